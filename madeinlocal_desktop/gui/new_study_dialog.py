"""New study: name, fiscal year, territory (communes or whole intercommunalities), local rules.

The form is ui/new_study_dialog.ui. The communes come from the shipped COG 2025 reference,
searched by name, INSEE code or postal code; picking an EPCI adds all its member communes at once.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from ..domain import LocalRules, Study, Territory, new_id
from . import file_dialogs
from .completers import SearchCompleter
from .forms.ui_new_study_dialog import Ui_NewStudyDialog
from .reference_choices import PickedCommune, PickedEpci, territory_choices
from .session import while_alive
from .tasks import TaskRunner
from .widgets.number_edits import mark_invalid

STUDY_SUFFIX = ".madeinlocal"
_BOUNDARIES = ("communes", "epci", "departement", "radius")


class NewStudyDialog(QDialog, Ui_NewStudyDialog):
    """The form is ui/new_study_dialog.ui; its boundary list is in the order of _BOUNDARIES."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self._path_edited = False
        self._communes: dict[str, str] = {}  # INSEE code → name, in the order chosen
        self.completer: SearchCompleter | None = None

        self.name.textEdited.connect(self._suggest_path)
        self.year.setValue(dt.date.today().year - 1)  # the last closed fiscal year
        self.remove_button.clicked.connect(self._remove_selected)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.chosen,
                  self._remove_selected, context=Qt.ShortcutContext.WidgetShortcut)
        for index, code in enumerate(_BOUNDARIES):
            self.boundary.setItemData(index, code)
        self.boundary.currentIndexChanged.connect(
            lambda: self.radius.setEnabled(self.boundary.currentData() == "radius"))
        for rule in (self.supplier_test, self.staff_test):
            rule.setCursorPosition(0)  # a rule longer than its field shows its start
        # Labels above the territory's fields, so the search box gets the group's width; every
        # field takes its column's width (French labels are long).
        self.territory_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for form in (self.territory_form, self.rules_form):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # The form's own width (ui/), not smaller than what its French labels need.
        self.resize(self.sizeHint().expandedTo(self.size()))
        self.file.textEdited.connect(lambda: setattr(self, "_path_edited", True))
        self.browse_button.clicked.connect(self._browse)

        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create the study"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        # Enter belongs to the commune search (it adds the best match), not to "Create".
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self._update_count()
        self._suggest_path()
        # No study is open yet, so no session: the runner, with the session's rule that a reply
        # to a dialog closed meanwhile is dropped.
        runner.run(lambda task: territory_choices(), on_done=while_alive(self._choices_loaded),
                   on_error=while_alive(self.banner.show_error))

    # -- territory ---------------------------------------------------------------------------

    def _choices_loaded(self, choices: object) -> None:
        self.completer = SearchCompleter(choices, self)  # type: ignore[arg-type]
        self.completer.attach(self.search)
        self.completer.chosen.connect(self.add_choice)
        self.search.returnPressed.connect(self._add_best_match)
        self.search.setPlaceholderText(self.tr("Name, INSEE code or postal code"))
        self.search.setEnabled(True)

    @property
    def choices_ready(self) -> bool:
        return self.completer is not None

    def add_choice(self, payload: object) -> None:
        if isinstance(payload, PickedEpci):
            for commune in payload.members:
                self._communes.setdefault(commune.code, commune.name)
            if not self.territory_name.text().strip():
                self.territory_name.setText(payload.name)
                self.territory_name.setCursorPosition(0)
        elif isinstance(payload, PickedCommune):
            self._communes.setdefault(payload.code, payload.name)
        self.search.clear()
        self._refresh_list()

    def _add_best_match(self) -> None:
        # Enter without choosing in the list takes the best match, as a search box would.
        if self.completer is not None and self.search.text().strip():
            matches = self.completer.matches()
            if matches:
                self._hide_popup()
                self.add_choice(matches[0])

    def _hide_popup(self) -> None:
        popup = self.completer.popup() if self.completer else None
        if popup is not None:
            popup.hide()

    def _remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self._communes.pop(item.data(Qt.ItemDataRole.UserRole), None)
        self._refresh_list()

    def _refresh_list(self) -> None:
        self.chosen.clear()
        for code, name in self._communes.items():
            item = QListWidgetItem(f"{name} ({code})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.chosen.addItem(item)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%Ln commune(s) in the territory", "", len(self._communes)))

    @property
    def communes(self) -> list[str]:
        return list(self._communes)

    # -- file --------------------------------------------------------------------------------

    def _suggest_path(self) -> None:
        if self._path_edited:
            return
        folder = file_dialogs.start_folder("study")
        stem = re.sub(r"[^\w-]+", "-", self.name.text().strip()).strip("-") or self.tr("study")
        self.file.setText(str(folder / f"{stem}{STUDY_SUFFIX}"))

    def _browse(self) -> None:
        path, _ = file_dialogs.save_file(self, "study", self.tr("Save the new study as"),
                                         self.file.text(),
                                         self.tr("Made in Local studies (*.madeinlocal)"))
        if path is not None:
            chosen = str(path)
            self._path_edited = True
            self.file.setText(chosen if chosen.endswith(STUDY_SUFFIX) else chosen + STUDY_SUFFIX)

    @property
    def path(self) -> Path:
        return Path(self.file.text().strip()).expanduser()

    # -- result ------------------------------------------------------------------------------

    def problems(self) -> list[tuple[QWidget, str]]:
        found: list[tuple[QWidget, str]] = []
        if not self.name.text().strip():
            found.append((self.name, self.tr("Give the study a name")))
        if not self._communes:
            found.append((self.search, self.tr("Add at least one commune to the territory")))
        path = self.path
        if not self.file.text().strip():
            found.append((self.file, self.tr("Choose where to save the study file")))
        elif path.exists():
            found.append((self.file, self.tr("{name} already exists: choose another file name")
                          .format(name=path.name)))
        elif not path.parent.is_dir():
            found.append((self.file, self.tr("The folder {path} does not exist")
                          .format(path=path.parent)))
        return found

    def try_accept(self) -> None:
        problems = self.problems()
        for widget in (self.name, self.search, self.file):
            mark_invalid(widget, any(w is widget for w, _ in problems))
        if problems:
            self.banner.show_message(" ".join(message for _, message in problems))
            problems[0][0].setFocus()
            return
        self.banner.clear()
        self.accept()

    def study(self) -> Study:
        rules = LocalRules(
            boundary=str(self.boundary.currentData()),
            radius_km=self.radius.value() if self.boundary.currentData() == "radius" else None,
            supplier_test=self.supplier_test.text().strip(),
            staff_test=self.staff_test.text().strip(),
            local_branch_counts_as_local=self.branch_local.isChecked(),
            vat_excluded=self.vat_excluded.isChecked())
        territory = Territory(self.territory_name.text().strip() or self.name.text().strip(),
                              self.communes)
        return Study(id=new_id(), name=self.name.text().strip(), fiscal_year=self.year.value(),
                     territory=territory, rules=rules)
