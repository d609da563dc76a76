"""Interviews: the list on the left, the form in the middle, its history on demand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain import Interview, InterviewStatus
from ..project import ERASED_NAME
from . import labels
from .business_choices import BusinessChoices
from .history_view import HistoryView
from .interview_form import InterviewForm
from .interview_list_model import (
    DATE,
    ID_ROLE,
    InterviewFilter,
    InterviewListModel,
    prepare_rows,
)
from .reference_choices import commune_names
from .session import StudySession
from .settings import AppSettings
from .widgets.banner import Banner


class InterviewsView(QWidget):
    loaded = Signal()
    interview_shown = Signal(str)

    def __init__(self, session: StudySession, settings: AppSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self._wanted: str | None = settings.open_interview(session.path)
        self.model = InterviewListModel()
        self.model.release = session.let_go
        self.proxy = InterviewFilter()
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a shop or a surveyor…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Every status"), None)
        for status in InterviewStatus:
            self.status_filter.addItem(labels.status(status), str(status))
        self.status_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_status(self.status_filter.currentData()))
        new = QPushButton(self.tr("New interview"))
        new.clicked.connect(lambda: self.new_interview(None))
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.banner = Banner()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.status_filter, 1)
        row.addWidget(new)
        left_layout.addWidget(self.search)
        left_layout.addLayout(row)
        left_layout.addWidget(self.banner)
        left_layout.addWidget(self.table)

        self.form = InterviewForm(session)
        self.form.autosaved.connect(self._autosaved)
        self.form.history_toggled.connect(self._toggle_history)
        hint = QLabel(self.tr("Choose an interview in the list, or start a new one from the "
                              "business register or with “New interview”."))
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(hint)
        self.pages.addWidget(self.form)
        self.history = HistoryView(session.study.categories)
        self.history.setVisible(False)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 1000, 0])
        splitter.setCollapsible(1, False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        session.on_changes(self, self.reload, "businesses", "interviews")
        self.reload()

    # -- list --------------------------------------------------------------------------------

    def reload(self) -> None:
        def read(project: Any) -> tuple[Any, ...]:
            names = commune_names()
            shops = project.businesses.list()
            erased = frozenset(b.id for b in shops if b.name == ERASED_NAME)
            businesses = BusinessChoices.of([
                (b.id, f"{erased_label if b.id in erased else b.name} — "
                       f"{names.get(b.commune or '', b.commune or '')}") for b in shops])
            return prepare_rows(project.interviews.list_summaries()), businesses, \
                project.interviews.surveyors(), erased

        erased_label = self.tr("erased")

        self.session.run(read, on_done=self._loaded, on_error=self.banner.show_error)

    def _loaded(self, loaded: tuple[Any, ...]) -> None:
        summaries, businesses, surveyors, erased = loaded
        current = self._wanted or self.current_id()
        self._wanted = None
        self.form.set_businesses(businesses, erased)
        self.form.set_surveyors(surveyors)
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(summaries)
        self.table.selectionModel().blockSignals(False)
        if current:
            self._select(current)
        self.loaded.emit()

    def current_id(self) -> str | None:
        return self.form.interview.id if self.form.interview else None

    def _select(self, interview_id: str) -> None:
        row = self.model.row_of(interview_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # hidden by a filter: show it anyway
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _row_changed(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_interview(index.data(ID_ROLE))

    # -- the form ----------------------------------------------------------------------------

    def open_interview(self, interview_id: str) -> None:
        if self.current_id() == interview_id:
            return
        self.form.flush()
        self.session.run(lambda p: p.interviews.get(interview_id), on_done=self._show,
                         on_error=self.banner.show_error)

    def _show(self, interview: Interview) -> None:
        self.form.load(interview)
        self.pages.setCurrentWidget(self.form)
        self.settings.set_open_interview(self.session.path, interview.id)
        if self.history.isVisible():
            self._load_history()
        self.interview_shown.emit(interview.id)

    def new_interview(self, business_id: str | None) -> None:
        self.form.new_interview(business_id, self.settings.surveyor())
        self.pages.setCurrentWidget(self.form)
        self.table.clearSelection()
        if self.form.interview is not None:
            self.settings.set_open_interview(self.session.path, self.form.interview.id)
            self._wanted = self.form.interview.id  # selected once the list knows it

    def _autosaved(self, interview: Interview) -> None:
        self.model.update_from(interview, self.form.businesses.label_of(interview.business_id))
        if self.history.isVisible():
            self._load_history()

    # -- history -----------------------------------------------------------------------------

    def _toggle_history(self, shown: bool) -> None:
        self.history.setVisible(shown)
        if shown:
            sizes = self.splitter.sizes()
            self.splitter.setSizes([sizes[0], max(400, sizes[1] - 380), 380])
            self._load_history()

    def toggle_history(self) -> None:
        self.form.fields.history_button.toggle()

    def _load_history(self) -> None:
        if self.form.interview is None:
            return
        interview_id = self.form.interview.id
        numbers = {line.id: n for n, line in enumerate(self.form.snapshot().lines, start=1)}
        self.session.run(lambda p: p.interviews.history(interview_id),
                         on_done=lambda rows: self.history.show_history(rows, numbers),
                         on_error=self.banner.show_error)

    def show_example(self) -> None:
        """Open the first complete interview (for screenshots and first looks at a study)."""
        for row in self.proxy.matched_source_rows():
            source = self.model.rows[row]
            if source["status"] == "complete" and source["n_lines"] >= 8:
                self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
                return

    # -- main window actions -----------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def save(self) -> None:
        self.form.flush()
