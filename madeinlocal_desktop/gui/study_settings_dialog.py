"""Study → Study settings: what the coordinator set when creating the study, edited later.

Three tabs: the Round-3 default shares with their justification (what a blank "automatic"
share becomes), the spending categories and their labels (a new one may be added; a code never
changes, so the lines keep their category), the territory's name and what counts as local.
Saving applies every change in one go (`project.settings.change`): one refusal changes nothing
and is shown on its row. Each change is logged in the history and travels in the next bundle.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..report.texts import DEFAULT_TESTS_FR
from . import labels
from .formatting import percent
from .panel_tasks import run_quietly
from .session import StudySession
from .widgets.banner import Banner

if TYPE_CHECKING:
    from ..domain import Study

# Groups whose money is re-spent (Recipient.NONE has no Round 3), in the order the form asks.
GROUPS = ("supplier", "staff", "landlord", "owner", "tax", "lender", "charity")
BOUNDARIES = ("communes", "epci", "departement", "radius")
_SHOWN_PRECISION = 0.00005 + 1e-12  # shares are shown with two decimals of a percent
_CODE_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


class SettingsError(ValueError):
    """A value the dialog cannot read; said on its row before anything is sent."""


def read_percent(text: str) -> float | None:
    """"40", "40 %", "40,5" → 0.40, 0.405; blank → None (no default)."""
    cleaned = text.replace("\u00a0", "").replace("%", "").replace(" ", "").strip()
    if not cleaned:
        return None
    value, ok = QLocale().toDouble(cleaned)
    if not ok:
        value, ok = QLocale(QLocale.Language.C).toDouble(cleaned.replace(",", "."))
    if not ok or not 0 <= value <= 100:
        raise SettingsError(cleaned)
    return value / 100


class StudySettingsDialog(QDialog):
    def __init__(self, session: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.study: Study | None = None
        self.setWindowTitle(self.tr("Study settings"))
        self.setMinimumSize(720, 480)
        self.banner = Banner()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._defaults_tab(), self.tr("Round-3 defaults"))
        self.tabs.addTab(self._categories_tab(), self.tr("Spending categories"))
        self.tabs.addTab(self._local_tab(), self.tr("What counts as local"))
        self.save_button = QPushButton(self.tr("Save the settings"))
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)  # until the settings are shown
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        run_quietly(session, self, lambda project: project.study, on_done=self._loaded,
                    on_error=self.banner.show_error)

    # -- the tabs ----------------------------------------------------------------------------

    def _defaults_tab(self) -> QWidget:
        page = QWidget()
        explain = QLabel(self.tr(
            "The share of what each group receives that it spends again in the territory, "
            "used for Round 3 when nobody answered for the group (a share the form calls "
            "automatic). Give a source or a reason; leave the share blank to use the "
            "input-output estimate instead."))
        explain.setWordWrap(True)
        self.defaults = QTableWidget(len(GROUPS), 3)
        self.defaults.setHorizontalHeaderLabels(
            [self.tr("Group"), self.tr("Share (%)"), self.tr("Justification")])
        for row, group in enumerate(GROUPS):
            name = QTableWidgetItem(labels.recipient_group(group))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, group)
            self.defaults.setItem(row, 0, name)
            self.defaults.setItem(row, 1, QTableWidgetItem(""))
            self.defaults.setItem(row, 2, QTableWidgetItem(""))
        _stretch_last(self.defaults)
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addWidget(self.defaults, 1)
        return page

    def _categories_tab(self) -> QWidget:
        page = QWidget()
        explain = QLabel(self.tr(
            "Rename a category in French and in English: its spending lines keep it. A new "
            "category takes spending lines from the next interview on."))
        explain.setWordWrap(True)
        self.categories = QTableWidget(0, 4)
        self.categories.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("French label"), self.tr("English label"),
             self.tr("Received by")])
        _stretch_last(self.categories, stretch=(1, 2))
        self.new_code = QLineEdit()
        self.new_code.setPlaceholderText(self.tr("code, e.g. marketing"))
        self.new_label_fr = QLineEdit()
        self.new_label_fr.setPlaceholderText(self.tr("French label"))
        self.new_label_en = QLineEdit()
        self.new_label_en.setPlaceholderText(self.tr("English label"))
        for edit in (self.new_code, self.new_label_fr, self.new_label_en):
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(
                edit.placeholderText()) + 24)  # each hint whole
        self.new_recipient = QComboBox()
        for group in (*GROUPS, "none"):
            self.new_recipient.addItem(labels.recipient_group(group), group)
        self.add_button = QPushButton(self.tr("Add the category"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_category)
        adding = QHBoxLayout()
        adding.addWidget(self.new_code, 1)
        adding.addWidget(self.new_label_fr, 2)
        adding.addWidget(self.new_label_en, 2)
        adding.addWidget(self.new_recipient, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addWidget(self.categories, 1)
        layout.addLayout(adding)
        return page

    def _local_tab(self) -> QWidget:
        page = QWidget()
        self.territory_name = QLineEdit()
        self.communes = QLabel()
        self.communes.setWordWrap(True)
        self.boundary = QComboBox()
        for code, text in zip(BOUNDARIES, (
                self.tr("The communes listed"), self.tr("The intercommunality"),
                self.tr("The département"), self.tr("A radius around the centre")),
                strict=True):
            self.boundary.addItem(text, code)
        self.radius = QDoubleSpinBox()
        self.radius.setRange(0, 20_000)
        self.radius.setDecimals(1)
        self.radius.setSuffix(" km")
        self.boundary.currentIndexChanged.connect(
            lambda: self.radius.setEnabled(self.boundary.currentData() == "radius"))
        self.supplier_test = QLineEdit()
        self.staff_test = QLineEdit()
        self.branch = QCheckBox(self.tr("A local branch of a chain counts as local"))
        self.vat = QCheckBox(self.tr("Amounts are excluding VAT"))
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name of the territory"), self.territory_name)
        form.addRow(self.tr("Communes"), self.communes)
        form.addRow(self.tr("Boundary"), self.boundary)
        form.addRow(self.tr("Radius"), self.radius)
        form.addRow(self.tr("A supplier is local if"), self.supplier_test)
        form.addRow(self.tr("An employee is local if"), self.staff_test)
        form.addRow(self.branch)
        form.addRow(self.vat)
        return page

    # -- showing -----------------------------------------------------------------------------

    def _loaded(self, study: Study) -> None:
        self.study = study
        for row, group in enumerate(GROUPS):
            default = study.respend_defaults.get(group)
            self._set(self.defaults, row, 1, "" if default is None
                      else percent(default.share, 2, symbol=False))
            self._set(self.defaults, row, 2, "" if default is None else default.justification)
        self.categories.setRowCount(len(study.categories))
        for row, category in enumerate(study.categories):
            self._set(self.categories, row, 0, category.code, editable=False)
            self._set(self.categories, row, 1, category.label_fr)
            self._set(self.categories, row, 2, category.label_en)
            self._set(self.categories, row, 3, labels.recipient_group(category.recipient),
                      editable=False)
        territory, rules = study.territory, study.rules
        self.territory_name.setText(territory.name)
        self.communes.setText(self.tr("%Ln commune(s); the command line changes them: "
                                      "madeinlocal settings STUDY rules --commune / --epci",
                                      "",
                                      len(territory.communes)))
        self.boundary.setCurrentIndex(max(0, self.boundary.findData(rules.boundary)))
        self.radius.setValue(rules.radius_km or 0)
        self.radius.setEnabled(rules.boundary == "radius")
        french = QLocale().language() == QLocale.Language.French
        for edit, text in ((self.supplier_test, rules.supplier_test),
                           (self.staff_test, rules.staff_test)):
            # The built-in tests are stored in English; a French interface shows them in
            # French, as the report does, and an untouched one is not a change.
            shown = DEFAULT_TESTS_FR.get(text, text) if french else text
            edit.setProperty("stored", text)
            edit.setProperty("shown", shown)
            edit.setText(shown)
            edit.setCursorPosition(0)  # a rule longer than its field shows its start
        self.branch.setChecked(rules.local_branch_counts_as_local)
        self.vat.setChecked(rules.vat_excluded)
        self.save_button.setEnabled(True)

    @staticmethod
    def _set(table: QTableWidget, row: int, column: int, text: str, *,
             editable: bool = True) -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if not editable:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(row, column, item)

    @staticmethod
    def _text(table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return "" if item is None else item.text().strip()

    # -- what changed ------------------------------------------------------------------------

    def changes(self) -> dict[str, Any]:
        """What the form holds that differs from the study, as `project.settings.change`
        takes it; a share the dialog cannot read raises SettingsError naming its row."""
        study = self.study
        assert study is not None
        defaults: dict[str, tuple[float, str] | None] = {}
        for row, group in enumerate(GROUPS):
            typed = self._text(self.defaults, row, 1)
            why = self._text(self.defaults, row, 2)
            try:
                share = read_percent(typed)
            except SettingsError:
                self.defaults.setCurrentCell(row, 1)
                raise SettingsError(self.tr(
                    "{group}: the share must be a percentage between 0 and 100, not "
                    "“{typed}”.").format(group=labels.recipient_group(group),
                                         typed=typed)) from None
            current = study.respend_defaults.get(group)
            if share is None:
                if current is not None:
                    defaults[group] = None
            elif (current is None or abs(current.share - share) > _SHOWN_PRECISION
                  or current.justification != why):
                if current is not None and abs(current.share - share) <= _SHOWN_PRECISION:
                    share = current.share  # only the justification changed: keep the figure
                if not why:
                    self.defaults.setCurrentCell(row, 2)
                    raise SettingsError(self.tr(
                        "{group}: say where the share of {share} comes from.").format(
                        group=labels.recipient_group(group), share=percent(share, 2)))
                defaults[group] = (share, why)
        renamed: dict[str, tuple[str, str]] = {}
        for row, category in enumerate(study.categories):
            label_fr = self._text(self.categories, row, 1)
            label_en = self._text(self.categories, row, 2)
            if (label_fr, label_en) != (category.label_fr, category.label_en):
                renamed[category.code] = (label_fr, label_en)
        rules = study.rules
        boundary = str(self.boundary.currentData())
        local: dict[str, Any] = {
            "territory_name": self.territory_name.text().strip(),
            "boundary": boundary,
            "radius_km": self.radius.value() if boundary == "radius" else None,
            "supplier_test": _rule_text(self.supplier_test),
            "staff_test": _rule_text(self.staff_test),
            "local_branch_counts_as_local": self.branch.isChecked(),
            "vat_excluded": self.vat.isChecked(),
        }
        was = {"territory_name": study.territory.name, "boundary": rules.boundary,
               "radius_km": rules.radius_km if rules.boundary == "radius" else None,
               "supplier_test": rules.supplier_test, "staff_test": rules.staff_test,
               "local_branch_counts_as_local": rules.local_branch_counts_as_local,
               "vat_excluded": rules.vat_excluded}
        local = {key: value for key, value in local.items() if value != was[key]}
        return {"defaults": defaults, "labels": renamed, "local": local}

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        self.banner.clear()
        try:
            changes = self.changes()
        except SettingsError as error:
            self.banner.show_message(str(error), "error")
            return
        if not any(changes.values()):
            self.banner.show_message(self.tr("Nothing changed."), "info")
            return
        self._send(changes, self.tr("Settings saved. The analysis and the next bundle "
                                    "use them."))

    def add_category(self) -> None:
        self.banner.clear()
        code = self.new_code.text().strip()
        if not _CODE_RE.match(code):
            self.new_code.setFocus()
            self.banner.show_message(self.tr(
                "A category code is lower-case letters, digits and “_”, starting with a "
                "letter, e.g. marketing."), "error")
            return
        label_fr = self.new_label_fr.text().strip()
        label_en = self.new_label_en.text().strip() or label_fr
        new = {"code": code, "label_fr": label_fr, "label_en": label_en,
               "recipient": str(self.new_recipient.currentData())}
        self._send({"new_categories": [new]}, self.tr("Category “{label}” added.").format(
            label=label_fr or code), added=True)

    def _send(self, changes: dict[str, Any], done: str, *, added: bool = False) -> None:
        self.save_button.setEnabled(False)
        self.add_button.setEnabled(False)

        def finished(study: Study) -> None:
            self.add_button.setEnabled(True)
            self._loaded(study)
            if added:
                for edit in (self.new_code, self.new_label_fr, self.new_label_en):
                    edit.clear()
            self.banner.show_message(done, "info")

        def failed(error: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.add_button.setEnabled(True)
            self.banner.show_error(error)

        run_quietly(self.session, self,
                    lambda project: project.settings.change(**changes),
                    on_done=finished, on_error=failed)


def _rule_text(edit: QLineEdit) -> str:
    """The test as typed, or as stored when the shown translation was left as it was."""
    typed = edit.text().strip()
    return str(edit.property("stored")) if typed == edit.property("shown") else typed


def _stretch_last(table: QTableWidget, stretch: tuple[int, ...] = ()) -> None:
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch or (table.columnCount() - 1,):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setWordWrap(False)
