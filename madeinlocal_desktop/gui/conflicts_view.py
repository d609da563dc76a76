"""Open conflicts: a field changed on two computers since they last exchanged (docs/exchange.md).

Every value is kept until a person chooses; the choice goes through `project.sync.resolve`,
which writes it as a new change made here and logs it in the history, so the next bundle makes
every other computer drop the conflict too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.changes import Changed
from . import exchange_text, formatting, labels, theme
from .paged_rows import PagedFilter, PreparedRows, PreparedTableModel, prepare
from .panel_tasks import run_quietly
from .session import StudySession
from .text import search_key
from .widgets.banner import Banner
from .widgets.field_message import FieldWithMessage

if TYPE_CHECKING:
    from ..project import Conflict, ConflictOption, Project

_CONFLICT_MARK = "*conflict*:"  # the history's field prefix for "a conflict appeared here"
_RELOAD_DELAY_MS = 300  # several edits in a row (an import) cost one reload


@dataclass(frozen=True)
class ConflictRow:
    conflict: Conflict
    origins: dict[int, tuple[str, str]]  # option number → (ISO time, who) of its change


def option_origins(conflict: Conflict,
                   history: Sequence[dict[str, Any]]) -> dict[int, tuple[str, str]]:
    """When (and by whom) each value was written, read back from the record's history.

    The facade's options carry the computer but no time, and no name for this computer's own
    value; the history has both: our own edit of the field, or the `*conflict*` row logged
    with the other computer's time and person.
    """
    found: dict[int, tuple[str, str]] = {}
    for option in conflict.options:
        text = None if option.value is None else str(option.value)
        for row in reversed(history):
            if row.get("device") != option.device:
                continue
            if (row.get("field") == conflict.field and row.get("new") == text) or \
                    row.get("field") == _CONFLICT_MARK + conflict.field:
                found[option.number] = (str(row.get("at") or ""), str(row.get("who") or ""))
                break
    return found


@dataclass(frozen=True)
class ListedConflict:
    """A conflict as its list shows it: the four cells, written on the worker."""

    row: ConflictRow
    cells: tuple[str, str, str, str]  # kind, record, field, values


def record_text(conflict: Conflict, categories: dict[str, str]) -> str:
    return exchange_text.record_text(conflict.record_code, conflict.record_params,
                                     conflict.record, categories)


def load_conflicts(project: Project) -> tuple[PreparedRows[ListedConflict], str]:
    """On the worker: every open conflict with its cells and its search and sort keys, so
    that thousands of them (a long-disconnected team) fill the list a page at a time."""
    categories = {c.code: labels.category(c) for c in project.study.categories}
    listed = []
    for c in project.sync.conflicts():
        values = " / ".join(exchange_text.value_text(c.field, o.value) for o in c.options)
        cells = (exchange_text.table_name(c.table), record_text(c, categories),
                 exchange_text.field_name(c.table, c.field), values)
        listed.append(ListedConflict(
            ConflictRow(c, option_origins(c, project.history(c.table, c.record_id))), cells))
    prepared = prepare(listed, lambda r: search_key(" ".join(r.cells)),
                       lambda r: tuple(search_key(cell) for cell in r.cells), 4)
    return prepared, project.ctx.who


class ConflictRowsModel(PreparedTableModel):
    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        listed: ListedConflict = self.prepared.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return listed.cells[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return listed.row.conflict.id
        return None


def _local_time(iso: str) -> str:
    if not iso:
        return "—"
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def _item(text: str, data: Any = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


class ConflictsView(QWidget):
    count_changed = Signal(int)
    loaded = Signal()
    resolved = Signal()

    def __init__(self, session: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[ConflictRow] = []
        self.me = ""
        self.count = 0
        self._shown_id: str | None = None
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(_RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)

        self.banner = Banner()
        intro = QLabel(self.tr(
            "The same field was changed on two computers before they exchanged bundles. Both "
            "values are kept until you choose one; your choice is logged in the history and "
            "sent with this computer's next bundle."))
        intro.setWordWrap(True)
        self.empty = QLabel(self.tr("No conflict to resolve."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.model = ConflictRowsModel([self.tr("Kind"), self.tr("Record"), self.tr("Field"),
                                        self.tr("Values")])
        self.model.release = session.let_go
        self.shown = PagedFilter()  # a page at a time, sorted on the worker's keys
        self.shown.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.shown)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._setup_table(self.table, stretch=(1, 3))
        self.table.selectionModel().selectionChanged.connect(self._show_selected)

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.options = QTableWidget(0, 4)
        self.options.setHorizontalHeaderLabels([self.tr("Value"), self.tr("Typed by"),
                                                self.tr("Computer"), self.tr("When")])
        self._setup_table(self.options, stretch=(0,))
        self.options.itemSelectionChanged.connect(self._update_buttons)
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_mine.clicked.connect(lambda: self.resolve(take="mine"))
        self.take_theirs = QPushButton(self.tr("Take theirs"))
        self.take_theirs.clicked.connect(lambda: self.resolve(take="theirs"))
        self.keep_selected = QPushButton(self.tr("Keep the selected value"))
        self.keep_selected.clicked.connect(self._keep_selected)
        choices = QHBoxLayout()
        for button in (self.keep_mine, self.take_theirs, self.keep_selected):
            choices.addWidget(button)
        choices.addStretch(1)
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("or type the right value"))
        self.value.returnPressed.connect(self._use_typed)
        self.value_field = FieldWithMessage(self.value)
        self.use_value = QPushButton(self.tr("Use this value"))
        self.use_value.clicked.connect(self._use_typed)
        typed = QHBoxLayout()
        typed.addWidget(self.value_field, 1)
        typed.addWidget(self.use_value, 0, Qt.AlignmentFlag.AlignTop)
        self.detail = QGroupBox(self.tr("Resolve"))
        note = QLabel(self.tr("The value you choose replaces the others on every computer "
                              "once they import this computer's next bundle."))
        note.setWordWrap(True)
        theme.set_role(note, "secondary")
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.options)
        detail_layout.addLayout(choices)
        detail_layout.addLayout(typed)
        detail_layout.addWidget(note)
        detail_layout.addStretch(1)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([3000, 2000])  # in proportion, whatever the window's width
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        session.on_changes(self, self.schedule_reload, "records")
        self._show_rows()
        self.reload()

    @staticmethod
    def _setup_table(table: QTableView, stretch: tuple[int, ...]) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        for column in range(table.model().columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in stretch:  # the long texts share the room; tooltips show them whole
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def tab_title(self) -> str:
        return self.tr("Conflicts ({n})").format(
            n=formatting.number(self.count, 0)) if self.count else \
            self.tr("Conflicts")

    # -- loading -----------------------------------------------------------------------------

    def schedule_reload(self) -> None:
        self._reload_timer.start()

    def reload(self) -> None:
        self._reload_timer.stop()
        run_quietly(self.session, self, load_conflicts, on_done=self._loaded,
                    on_error=lambda error: exchange_text.show_error(self.banner, error))

    def _loaded(self, loaded: tuple[PreparedRows[ListedConflict], str]) -> None:
        chosen = self.selected()
        prepared, self.me = loaded
        self.rows = [listed.row for listed in prepared.rows]
        self._show_rows(chosen.id if chosen else None, prepared)
        if len(self.rows) != self.count:
            self.count = len(self.rows)
            self.count_changed.emit(self.count)
        self.loaded.emit()

    def _show_rows(self, keep: str | None = None,
                   prepared: PreparedRows[ListedConflict] | None = None) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.model.set_prepared(prepared if prepared is not None else PreparedRows([]))
        selection.blockSignals(False)
        has_rows = bool(self.rows)
        self.empty.setVisible(not has_rows)
        self.splitter.setVisible(has_rows)
        ids = [r.conflict.id for r in self.rows]
        source = ids.index(keep) if keep in ids else 0
        shown = self.shown.mapFromSource(self.model.index(source, 0))  # fetches up to it
        self.table.selectRow(shown.row() if shown.isValid() else 0)
        self._show_selected()

    # -- the selected conflict ---------------------------------------------------------------

    def selected(self) -> Conflict | None:
        rows = self.table.selectionModel().selectedRows() if self.rows else []
        source = self.shown.mapToSource(rows[0]) if rows else None
        return self.rows[source.row()].conflict if source is not None and source.isValid() \
            else None

    def _selected_row(self) -> ConflictRow | None:
        chosen = self.selected()
        return next((r for r in self.rows if chosen and r.conflict.id == chosen.id), None)

    def _show_selected(self) -> None:
        row = self._selected_row()
        # A reload (an autosave elsewhere) keeps what the person is typing for this conflict.
        same = row is not None and row.conflict.id == self._shown_id
        self._shown_id = row.conflict.id if row is not None else None
        self.options.setRowCount(0)
        if not same:
            self.value.clear()
            self.value_field.set_message("")
        self.detail.setEnabled(row is not None)
        if row is None:
            self.title.clear()
            self._update_buttons()
            return
        c = row.conflict
        self.title.setText(self.tr("{record} — {field}").format(
            record=record_text(c, self._categories()),
            field=exchange_text.field_name(c.table, c.field)))
        for option in c.options:
            number = self.options.rowCount()
            self.options.insertRow(number)
            when, who = row.origins.get(option.number, ("", ""))
            cells = (exchange_text.value_text(c.field, option.value),
                     self._who(option, who), option.device or "—", _local_time(when))
            for column, text in enumerate(cells):
                self.options.setItem(number, column, _item(text, option.number))
        self._fit_options()
        if not same and isinstance(c.current, str):  # a name: the usual fix is a small edit
            self.value.setText(c.current)
        self._update_buttons()

    def _fit_options(self) -> None:
        # Two values, three with three computers: the table is as tall as its rows, so the
        # buttons stay right under them.
        self.options.resizeRowsToContents()
        rows = sum(self.options.rowHeight(r) for r in range(self.options.rowCount()))
        self.options.setFixedHeight(self.options.horizontalHeader().sizeHint().height() + rows
                                    + 2 * self.options.frameWidth() + 2)

    def _categories(self) -> dict[str, str]:
        return {c.code: labels.category(c) for c in self.session.study.categories}

    def _who(self, option: ConflictOption, logged: str) -> str:
        who = option.who or logged
        if option.mine:
            return self.tr("{who} (this computer)").format(who=who or self.me)
        return who or "—"

    def _update_buttons(self) -> None:
        c = self.selected()
        mine = [o for o in c.options if o.mine] if c else []
        self.keep_mine.setEnabled(len(mine) == 1)
        # The facade's own rule: "theirs" means one value here and exactly one elsewhere.
        self.take_theirs.setEnabled(len(mine) == 1 and c is not None and len(c.options) == 2)
        self.keep_selected.setEnabled(bool(self.options.selectionModel().selectedRows()))

    # -- resolving ---------------------------------------------------------------------------

    def _keep_selected(self) -> None:
        rows = self.options.selectionModel().selectedRows()
        item = self.options.item(rows[0].row(), 0) if rows else None
        if item is not None:
            self.resolve(take=int(item.data(Qt.ItemDataRole.UserRole)))

    def _use_typed(self) -> None:
        self.resolve(typed=self.value.text())

    def resolve(self, *, take: str | int | None = None, typed: str | None = None) -> None:
        c = self.selected()
        if c is None:
            return
        self.banner.clear()
        self.value_field.set_message("")

        def work(project: Project) -> Changed[Conflict]:
            if typed is not None:
                return project.sync.resolve(c.id, typed=typed)
            return project.sync.resolve(c.id, take=take)

        failed = self._typed_failed if typed is not None else (
            lambda error: exchange_text.show_error(self.banner, error))
        # The other views show the chosen value.
        run_quietly(self.session, self, work, on_done=self._resolved, on_error=failed)

    def _typed_failed(self, error: BaseException) -> None:
        from ..errors import UserFacingError

        if isinstance(error, UserFacingError):
            self.value_field.set_message(exchange_text.message(error))
            self.value.setFocus()
        else:
            exchange_text.show_error(self.banner, error)

    def _resolved(self, conflict: Conflict) -> None:
        self.reload()
        self.resolved.emit()
