"""Restore a backup: pick one of the study's automatic copies (or any copy of it on disk), see
its date and what it holds, and restore it as a new file beside the study. The study itself is
never overwritten; the restored file can then be opened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import file_dialogs
from .session import StudySession
from .widgets.banner import Banner

if TYPE_CHECKING:
    from ..project import CopySummary

DATE, BUSINESSES, INTERVIEWS, RESPONDENTS, LAST_CHANGE = range(5)


class RestoreDialog(QDialog):
    open_requested = Signal(object)  # the restored file's path
    restored = Signal(object)

    def __init__(self, session: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.copies: list[CopySummary] = []
        self.restored_path: Path | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(780)
        self.banner = Banner()
        explain = QLabel(self.tr(
            "Each day a study is opened, a copy of it is kept in the application's data "
            "folder. Restoring a copy writes it as a new study file beside this one: the "
            "study itself is not changed."))
        explain.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Copy of"), self.tr("Businesses"), self.tr("Interviews"),
            self.tr("Respondents"), self.tr("Last change")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (DATE, LAST_CHANGE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel(self.tr("No automatic copy of this study yet."))
        self.empty.setVisible(False)
        self.other_button = QPushButton(self.tr("Choose another copy…"))
        self.other_button.clicked.connect(self.choose_file)
        self.restore_button = QPushButton(self.tr("Restore as a new file"))
        self.restore_button.setEnabled(False)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore)
        self.open_button = QPushButton(self.tr("Open the restored study"))
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self._open_restored)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        session.run(lambda project: project.backups.copies(), on_done=self._show_copies,
                    on_error=self.banner.show_error)

    # -- the list ----------------------------------------------------------------------------

    def _show_copies(self, copies: list[CopySummary]) -> None:
        self.copies = list(copies)
        self.table.setRowCount(len(self.copies))
        for row, copy in enumerate(self.copies):
            self._fill_row(row, copy)
        self.empty.setVisible(not self.copies)
        if self.copies:
            self.table.selectRow(0)

    def _fill_row(self, row: int, copy: CopySummary) -> None:
        locale = QLocale()
        day = (locale.toString(QDate(copy.day.year, copy.day.month, copy.day.day),
                               QLocale.FormatType.LongFormat)
               if copy.day else copy.path.name)
        values = [day, str(copy.businesses), str(copy.interviews), str(copy.respondents),
                  _moment(copy.last_change)]
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setToolTip(str(copy.path))
            if column in (BUSINESSES, INTERVIEWS, RESPONDENTS):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)

    def selected(self) -> CopySummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.copies[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def choose_file(self) -> None:
        chosen = file_dialogs.open_file(self, "backup", self.tr("Choose a copy of the study"),
                                        self.tr("Made in Local studies (*.madeinlocal)"))
        if chosen is not None:
            self.add_copy(chosen)

    def add_copy(self, path: Path) -> None:
        """A copy found elsewhere (a USB key, `madeinlocal backup`): checked, then listed."""
        self.session.run(lambda project: project.backups.describe(path),
                         on_done=self._copy_added, on_error=self.banner.show_error)

    def _copy_added(self, copy: CopySummary) -> None:
        self.banner.clear()
        self.copies.insert(0, copy)
        self.table.insertRow(0)
        self._fill_row(0, copy)
        self.empty.setVisible(False)
        self.table.selectRow(0)

    # -- restoring ---------------------------------------------------------------------------

    def restore(self) -> None:
        copy = self.selected()
        if copy is None:
            return
        self.restore_button.setEnabled(False)
        self.session.run(lambda project: project.backups.restore(copy.path),
                         on_done=self._restored, on_error=self._failed)

    def _restored(self, path: Path) -> None:
        self.restored_path = Path(path)
        self.banner.show_message(self.tr("Restored as {name}, beside the study. The study "
                                         "itself was not changed.").format(name=path.name),
                                 "info")
        self.open_button.setVisible(True)
        self.open_button.setDefault(True)
        self.restore_button.setEnabled(True)
        self.restored.emit(path)

    def _failed(self, error: BaseException) -> None:
        self.banner.show_error(error)
        self.restore_button.setEnabled(self.selected() is not None)

    def _open_restored(self) -> None:
        if self.restored_path is not None:
            path = self.restored_path
            self.accept()
            self.open_requested.emit(path)


def _moment(iso: Any) -> str:
    """An ISO time from the history, in the user's local time and language."""
    if not iso:
        return "—"
    moment = QDateTime.fromString(str(iso).replace("+00:00", "Z"), Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return str(iso)
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
