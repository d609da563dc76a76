"""The business register: every shop of the study, searched as you type, edited beside the list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import language
from ..domain import Ownership
from . import file_dialogs, labels
from .business_editor import BusinessEditor
from .business_table_model import (
    COMMUNE,
    ID_ROLE,
    NAF,
    NAME,
    BusinessFilter,
    BusinessRow,
    BusinessTableModel,
    load_first_page,
    load_rows,
)
from .paged_rows import PreparedRows
from .session import StudySession
from .widgets.banner import Banner

# Applying the retention erases every shop's and respondent's identity and the interviews' notes.


class BusinessRegisterView(QWidget):
    interview_requested = Signal(str)  # business id
    loaded = Signal()

    def __init__(self, session: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._select_after_load: str | None = None
        self.model = BusinessTableModel()
        self.model.release = session.let_go
        self.proxy = BusinessFilter()
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: name, SIRET, activity, commune…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.ownership = QComboBox()
        self.ownership.addItem(self.tr("All ownership types"), None)
        for value in Ownership:
            self.ownership.addItem(labels.ownership(value), str(value))
        self.ownership.currentIndexChanged.connect(
            lambda: self._filter_changed(self.ownership.currentData()))
        self.count = QLabel()
        add = QPushButton(self.tr("New business"))
        add.clicked.connect(self.new_business)
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.ownership, 1)
        top.addWidget(self.count)
        top.addWidget(add)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in ((NAME, 220), (1, 120), (NAF, 220), (COMMUNE, 120), (4, 120),
                              (5, 70), (6, 90)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(NAF, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(
            lambda index: self.interview_requested.emit(index.data(ID_ROLE)))

        self.editor = BusinessEditor(session)
        self.editor.saved.connect(self._business_saved)
        self.editor.interview_requested.connect(self.interview_requested)
        self.editor.setMinimumWidth(340)
        self.banner = Banner()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.banner)
        left_layout.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        session.on_changes(self, self.reload, "businesses", "interviews")
        self.banner.action_clicked.connect(self.ask_apply_retention)
        self.reload()
        self.show_retention_warning()

    # -- what is held about one shop (subject access) -----------------------------------------

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        business_id = index.data(ID_ROLE)
        menu = QMenu(self)
        menu.addAction(self.tr("Export what is held about this shop…"),
                       lambda: self._ask_export_held_about(business_id))
        menu.exec(self.table.viewport().mapToGlobal(position))

    def _ask_export_held_about(self, business_id: str) -> None:
        path, _ = file_dialogs.save_file(
            self, "privacy", self.tr("Export what is held about this shop"),
            "commerce.pdf", self.tr("PDF report (*.pdf);;JSON data (*.json)"))
        if path is not None:
            self.export_held_about(business_id, path)

    def export_held_about(self, business_id: str, path: Path) -> None:
        """Write the subject-access report off the UI thread; the banner says where."""
        lang = language.current()

        def done(written: Path) -> None:
            self.banner.show_message(self.tr("Report written: {path}").format(path=written),
                                     "info")

        self.session.run(lambda project: project.privacy.export_held_about(
            path, business_id=business_id, lang=lang), on_done=done,
            on_error=self.banner.show_error)

    def ask_apply_retention(self) -> None:
        """The banner's button once the retention date has passed."""
        answer = QMessageBox.question(self, self.tr("Erase the identities"), self.tr(
            "Erase the names, SIRETs, addresses and labels of every shop and respondent of this "
            "study? Their figures stay, so the results do not change. This cannot be undone, "
            "and the erasure travels to the other devices with the next bundle."))
        if answer == QMessageBox.StandardButton.Yes:
            self.apply_retention()

    def apply_retention(self) -> None:
        def done(erased: tuple[int, int]) -> None:
            self.banner.show_message(self.tr(
                "Identities erased: {shops} shop(s) and {respondents} respondent(s).").format(
                shops=erased[0], respondents=erased[1]), "info")

        self.session.run(lambda project: project.privacy.apply_retention(), on_done=done,
                         on_error=self.banner.show_error)

    def show_retention_warning(self) -> None:
        """30 days before the study's retention date, and once it has passed, say so."""
        def shown(state: tuple[int | None, object]) -> None:
            left, until = state
            if left is None or left > 30:
                return
            if left < 0:
                self.banner.show_message(self.tr(
                    "The retention date ({date}) has passed: erase the identities of the "
                    "shops and respondents (here, or madeinlocal privacy "
                    "apply-retention).").format(date=until), "warning",
                    action=self.tr("Erase the identities…"))
            else:
                self.banner.show_message(self.tr(
                    "The retention date ({date}) passes in {days} day(s): identities will "
                    "then have to be erased.").format(date=until, days=left), "warning")

        self.session.run(lambda project: (project.privacy.days_left(),
                                          project.privacy.retention_until()), on_done=shown)

    # -- data --------------------------------------------------------------------------------

    def reload(self) -> None:
        if not self.model.rowCount():
            # A first load: the first page at once (replies keep their order: it always comes
            # before the whole list, which takes seconds for 100,000 shops).
            self.session.run(load_first_page, on_done=self.model.set_rows,
                             on_error=self.banner.show_error)
        self.session.run(load_rows, on_done=self._rows_loaded, on_error=self.banner.show_error)

    def _rows_loaded(self, rows: PreparedRows[BusinessRow]) -> None:
        current = self.current_business_id()
        self.model.set_rows(rows)
        self._update_count()
        wanted = self._select_after_load or current
        self._select_after_load = None
        if wanted:
            self.select(wanted)
        self.loaded.emit()

    def _update_count(self) -> None:
        shown, total = self.proxy.matched_count(), self.model.rowCount()
        if shown == total:
            self.count.setText(self.tr("%Ln business(es)", "", total))
        else:
            self.count.setText(self.tr("{shown} of {total}").format(shown=shown, total=total))

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _filter_changed(self, ownership: str | None) -> None:
        self.proxy.set_ownership(ownership)
        self._update_count()

    # -- selection ---------------------------------------------------------------------------

    def current_business_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, business_id: str) -> None:
        row = self.model.row_of(business_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, NAME))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    def _row_changed(self) -> None:
        business_id = self.current_business_id()
        row = self.model.row_of(business_id) if business_id else None
        if row is not None and self.editor.business_id != business_id:
            self.editor.edit(self.model.rows[row].business)  # a reload keeps what is typed

    def _business_saved(self, business_id: str) -> None:
        # Select it once the list has it, unless the editor has moved on to another shop
        # (a save that lands after leaving must not pull the editor back).
        if business_id == self.editor.editing_id:
            self._select_after_load = business_id

    # -- actions -----------------------------------------------------------------------------

    def new_business(self) -> None:
        self.table.clearSelection()
        self.editor.new_business()

    def show_example(self) -> None:
        """Select a shop that has an interview, so the editor shows a filled record."""
        for row in self.proxy.matched_source_rows():
            source = self.model.rows[row]
            if source.interview_status is not None and source.business.siret:
                self.select(source.business.id)
                return

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def save(self) -> None:
        self.editor.save()
