"""Possible duplicate shops: two surveyors recorded the same shop as two records.

Same SIRET, or the same name in the same commune (`project.sync.duplicates()`): a person
decides. Merging keeps one record (it takes the other's interviews and the details it lacks);
"not a duplicate" takes the pair off the list on this computer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from . import exchange_text, formatting
from .exchange_widgets import keep_fitted
from .paged_rows import PagedFilter, PreparedRows, PreparedTableModel, prepare
from .panel_tasks import run_quietly
from .session import StudySession
from .text import search_key
from .widgets.banner import Banner

if TYPE_CHECKING:
    from ..project import PossibleDuplicate, Project, ShopSummary

_RELOAD_DELAY_MS = 300


# A merge moves interviews to the kept shop; a dismissal marks the pair.


@dataclass(frozen=True)
class DuplicateRow:
    pair: PossibleDuplicate
    communes: dict[str, str]  # INSEE code → name, for the two shops
    cells: tuple[str, ...] = ("", "", "")  # first shop, second shop, why: as listed
    keys: tuple[str, ...] = ("", "", "")  # the same, accent-free: searched and sorted


def shop_text(shop: ShopSummary, communes: dict[str, str]) -> str:
    """A shop named whole: name, SIRET, commune and its interviews (any thread)."""
    details = [shop.name]
    if shop.siret:
        details.append(f"SIRET {shop.siret}")
    if shop.commune:
        details.append(communes.get(shop.commune, shop.commune))
    details.append(QCoreApplication.translate("DuplicatesView", "%Ln interview(s)", "",
                                              shop.interviews))
    return " · ".join(details)


class PairsModel(PreparedTableModel):
    """The pairs' three texts, written on the worker; shown a page at a time (PagedFilter).
    A model, not a QTableWidget: filling thousands of items cell by cell is slow, and each of
    PySide6 6.12's void calls on Python 3.11 releases a reference to None, which ends in
    "deallocating None" (3,800 pairs of a merged 10,000-interview study did it)."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row: DuplicateRow = self.prepared.rows[index.row()]
            return row.cells[index.column()]
        return None


def load_duplicates(project: Project) -> PreparedRows[DuplicateRow]:
    """On the worker: every pair with its texts and its search and sort keys, so that
    thousands of them (several teams' registers merged) fill the list a page at a time.

    A shop is in as many pairs as it has look-alikes: its text and key are made once (a
    merged 100,000-shop study has 640,000 pairs; made per pair, they took 15 s)."""
    from ..project import commune_name

    names: dict[str, str] = {}  # INSEE code → commune name
    shops: dict[str, tuple[str, str]] = {}  # shop id → its text and accent-free key
    reasons: dict[str, tuple[str, str]] = {}

    def shop(summary: ShopSummary) -> tuple[str, str]:
        known = shops.get(summary.id)
        if known is None:
            code = summary.commune
            if code and code not in names:
                names[code] = commune_name(code) or code
            text = shop_text(summary, names)
            known = shops[summary.id] = (text, search_key(text))
        return known

    def reason(why: str) -> tuple[str, str]:
        if why not in reasons:
            text = exchange_text.duplicate_reason(why)
            reasons[why] = (text, search_key(text))
        return reasons[why]

    rows = []
    for pair in project.sync.duplicates():
        cells = (shop(pair.first), shop(pair.second), reason(pair.reason))
        communes = {code: names[code] for code in (pair.first.commune, pair.second.commune)
                    if code}
        rows.append(DuplicateRow(pair, communes, tuple(text for text, _ in cells),
                                 tuple(key for _, key in cells)))
    return prepare(rows, lambda r: " ".join(r.keys), lambda r: r.keys, 3)


class DuplicatesView(QWidget):
    count_changed = Signal(int)
    loaded = Signal()

    def __init__(self, session: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[DuplicateRow] = []
        self.count = 0
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(_RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self.merge_dialog: MergeDialog | None = None

        self.banner = Banner()
        intro = QLabel(self.tr(
            "Two surveyors may have recorded the same shop as two records. Merge them into "
            "one, or say they are different shops. Merge on one computer only (the "
            "coordinator's): the merge travels with the next bundle."))
        intro.setWordWrap(True)
        self.empty = QLabel(self.tr("No possible duplicate."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.model = PairsModel([self.tr("First shop"), self.tr("Second shop"),
                                 self.tr("Why they may be the same")])
        self.model.release = session.let_go
        self.shown = PagedFilter()  # a page at a time, sorted on the worker's keys
        self.shown.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.shown)
        self._fitted: set[int] = set()  # rows already as tall as their text
        self.shown.modelReset.connect(self._refit)  # sorted, searched, reloaded
        self.shown.rowsInserted.connect(self._fit_visible)  # the next page
        self.table.verticalScrollBar().valueChanged.connect(self._fit_visible)
        # Wider or narrower columns wrap the texts differently.
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._refit())
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.merge_button = QPushButton(self.tr("Merge into one…"))
        self.merge_button.clicked.connect(self.ask_merge)
        self.dismiss_button = QPushButton(self.tr("Not a duplicate"))
        self.dismiss_button.clicked.connect(self.dismiss)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        session.on_changes(self, self.schedule_reload, "businesses", "interviews")
        self._show_rows()
        self.reload()

    def tab_title(self) -> str:
        return self.tr("Possible duplicates ({n})").format(
            n=formatting.number(self.count, 0)) if self.count else \
            self.tr("Possible duplicates")

    # -- loading -----------------------------------------------------------------------------

    def schedule_reload(self) -> None:
        self._reload_timer.start()

    def reload(self) -> None:
        self._reload_timer.stop()
        run_quietly(self.session, self, load_duplicates, on_done=self._loaded,
                    on_error=lambda error: exchange_text.show_error(self.banner, error))

    def _loaded(self, prepared: PreparedRows[DuplicateRow]) -> None:
        self.rows = prepared.rows
        self._show_rows(prepared)
        if len(self.rows) != self.count:
            self.count = len(self.rows)
            self.count_changed.emit(self.count)
        self.loaded.emit()

    def _show_rows(self, prepared: PreparedRows[DuplicateRow] | None = None) -> None:
        self.model.set_prepared(prepared if prepared is not None else PreparedRows([]))
        self.empty.setVisible(not self.rows)
        self.table.setVisible(bool(self.rows))
        self._fit_visible()
        if self.rows:
            self.table.selectRow(0)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_visible()  # built hidden behind another tab: its view had no height yet

    def _refit(self) -> None:
        self._fitted.clear()
        self._fit_visible()

    def _fit_visible(self) -> None:
        """The rows in view as tall as their wrapped text, as the list scrolls: fitting a page
        of 200 at once held the window ~60 ms."""
        table, bottom = self.table, self.table.viewport().height()
        row = max(table.rowAt(0), 0)
        while row < self.shown.rowCount() and table.rowViewportPosition(row) < bottom:
            if row not in self._fitted:
                table.resizeRowToContents(row)
                self._fitted.add(row)
            row += 1

    def selected(self) -> DuplicateRow | None:
        rows = self.table.selectionModel().selectedRows() if self.rows else []
        source = self.shown.mapToSource(rows[0]) if rows else None
        return self.rows[source.row()] if source is not None and source.isValid() else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.merge_button.setEnabled(chosen)
        self.dismiss_button.setEnabled(chosen)

    # -- deciding ----------------------------------------------------------------------------

    def ask_merge(self) -> None:
        row = self.selected()
        if row is None:
            return
        # A confirmation, not an error: merging deletes a record, so the person says which.
        self.merge_dialog = MergeDialog(row, self)
        self.merge_dialog.accepted.connect(
            lambda: self.merge(row, self.merge_dialog.keep_id if self.merge_dialog else ""))
        self.merge_dialog.open()

    def merge(self, row: DuplicateRow, keep_id: str) -> None:
        first, second = row.pair.ids
        other_id = second if keep_id == first else first
        self.banner.clear()
        run_quietly(self.session, self,
                    lambda project: project.sync.merge_duplicates(keep_id, other_id),
                    on_done=lambda _: self._written(),
                    on_error=lambda error: exchange_text.show_error(self.banner, error))

    def dismiss(self) -> None:
        row = self.selected()
        if row is None:
            return
        first, second = row.pair.ids
        self.banner.clear()
        run_quietly(self.session, self,
                    lambda project: project.sync.dismiss_duplicate(first, second),
                    on_done=lambda _: self._written(),
                    on_error=lambda error: exchange_text.show_error(self.banner, error))

    def _written(self) -> None:
        self.reload()  # the session has broadcast what it changed to the other views


class MergeDialog(QDialog):
    """Which of the two records to keep; the other's interviews move to it."""

    def __init__(self, row: DuplicateRow, view: DuplicatesView) -> None:
        super().__init__(view)
        keep_fitted(self)
        self.setWindowTitle(self.tr("Merge two shops"))
        pair = row.pair
        explain = QLabel(self.tr(
            "Keep one record: it takes the other's interviews and the details it lacks "
            "(SIRET, NAF, commune, address, staff); the other record is deleted."))
        explain.setWordWrap(True)
        self.choices: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        for shop in (pair.first, pair.second):
            button = QRadioButton(self.tr("Keep {shop}").format(shop=shop_text(shop, row.communes)))
            button.setChecked(shop.id == pair.suggested_keep)
            self.choices[shop.id] = button
            layout.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # As wide as the longer choice: each names a shop whole (SIRET, commune, interviews).
        self.setMinimumWidth(max(560, *(b.sizeHint().width() + 40
                                        for b in self.choices.values())))

    @property
    def keep_id(self) -> str:
        return next(shop_id for shop_id, button in self.choices.items() if button.isChecked())
