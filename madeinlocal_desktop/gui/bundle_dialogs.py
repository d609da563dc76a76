"""Bundles between computers (docs/exchange.md): import several, with a preview first; make this
computer's bundle; sync with a shared folder.

The import dialog always previews before it imports (design/sync.md §6): per bundle, the
records that would be new, updated, identical, conflicting or rejected, and for a refused
bundle the reason, on its own row. Nothing is written until the person presses Import.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.changes import Changes
from ..errors import Cancelled
from . import exchange_text, file_dialogs
from .bundle_reports import BundleReportTable, rejection_lines
from .exchange_widgets import PassphraseField, PathField, keep_fitted
from .panel_tasks import run_quietly, run_with_panel
from .session import StudySession
from .tasks import Task
from .widgets.banner import Banner
from .widgets.field_message import FieldWithMessage
from .widgets.progress_panel import ProgressPanel

if TYPE_CHECKING:
    from ..project import BundleInfo, BundleReport, FolderSyncResult, Project

BUNDLE_FILTER = "*.zip"


@dataclass
class ImportOutcome:
    reports: list[BundleReport] = field(default_factory=list)
    total: int = 0
    stopped: bool = False  # cancelled: the bundle under way was rolled back

    @property
    def changes(self) -> Changes:
        """What the bundles imported before any stop changed."""
        return Changes.union(report.changes for report in self.reports)


def import_each(project: Project, task: Task, files: Sequence[Path],
                passphrase: str | None) -> ImportOutcome:
    """Import bundle by bundle; Cancel stops inside the bundle under way, which is rolled back.

    Not `import_bundles(files, should_cancel=...)`: that raises Cancelled and so loses the
    reports of the bundles already imported (each is its own committed transaction), and the
    person must be told which ones went in.
    """
    outcome = ImportOutcome(total=len(files))
    for number, file in enumerate(files):
        def progress(done: float, number: int = number) -> None:
            task.progress((number + done) / len(files))

        try:
            outcome.reports += project.sync.import_bundles(
                [file], passphrase=passphrase, should_cancel=task.should_cancel,
                progress=progress)
        except Cancelled:
            outcome.stopped = True
            break
    return outcome


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        button.setAutoDefault(False)
        row.addWidget(button)
    return row


class ImportBundlesDialog(QDialog):
    previewed = Signal()
    imported = Signal()  # records may have changed: the views reload

    def __init__(self, session: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_fitted(self)
        self.session = session
        self.files: list[Path] = []
        self.reports: list[BundleReport] = []
        self.outcome: ImportOutcome | None = None
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Import bundles"))
        self.setMinimumSize(900, 480)
        self.banner = Banner()
        explain = QLabel(self.tr(
            "Bundles are the files the other computers of the study make. Here is what "
            "importing them would do; nothing is written until you press Import."))
        explain.setWordWrap(True)
        add = QPushButton(self.tr("Add bundles…"))
        add.clicked.connect(self.choose_files)
        clear = QPushButton(self.tr("Clear the list"))
        clear.clicked.connect(self.clear_files)
        self.passphrase = PassphraseField(self.tr("only for encrypted bundles"))
        self.passphrase.returnPressed.connect(self.preview)
        self.preview_button = QPushButton(self.tr("Preview again"))
        self.preview_button.clicked.connect(self.preview)
        top = QHBoxLayout()
        top.addWidget(add)
        top.addWidget(clear)
        top.addSpacing(24)
        top.addWidget(QLabel(self.tr("Passphrase")))
        top.addWidget(self.passphrase, 1)
        top.addWidget(self.preview_button)
        self.table = BundleReportTable()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.rejections = QLabel()
        self.rejections.setWordWrap(True)
        self.rejections.setVisible(False)
        self.progress = ProgressPanel()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.clicked.connect(self.import_bundles)
        self.import_button.setEnabled(False)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(explain)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.rejections)
        layout.addWidget(self.progress)
        layout.addLayout(_buttons(self.import_button, close))

    # -- files -------------------------------------------------------------------------------

    def choose_files(self) -> None:
        chosen = file_dialogs.open_files(
            self, "bundle", self.tr("Choose the bundles to import"),
            self.tr("Made in Local bundles ({pattern})").format(pattern=BUNDLE_FILTER))
        if chosen:
            self.add_files(chosen)

    def add_files(self, files: Sequence[Path]) -> None:
        for file in files:
            if Path(file) not in self.files:
                self.files.append(Path(file))
        self.preview()

    def clear_files(self) -> None:
        self.files = []
        self.reports = []
        self.table.show_reports([])
        self.summary.clear()
        self.rejections.setVisible(False)
        self.import_button.setEnabled(False)
        self.banner.clear()

    @property
    def busy(self) -> bool:
        return self.progress.busy

    # -- preview, then import ----------------------------------------------------------------

    def preview(self) -> None:
        if not self.files or self.busy:
            return
        files, passphrase = list(self.files), self.passphrase.passphrase
        self.banner.clear()
        self._set_busy(True)
        run_with_panel(
            self.session, self.progress, self.tr("Reading the bundles…"),
            lambda project, task: project.sync.preview(
                files, passphrase=passphrase, progress=task.progress,
                should_cancel=task.should_cancel),
            on_done=self._previewed, on_error=self._failed,
            on_cancelled=lambda: self._set_busy(False))

    def _previewed(self, reports: list[BundleReport]) -> None:
        self._set_busy(False)
        self.reports = reports
        self.outcome = None
        self.table.show_reports(reports)
        self.summary.setText(self._summary(reports))
        lines = rejection_lines(reports)
        self.rejections.setText(self.tr("Records that will not be imported (they fail a check; "
                                        "the others are imported):") + "\n" + "\n".join(lines))
        self.rejections.setVisible(bool(lines))
        self.import_button.setEnabled(any(r.status == "preview" for r in reports))
        self.previewed.emit()

    def _summary(self, reports: Sequence[BundleReport]) -> str:
        ready = [r for r in reports if r.status == "preview"]
        refused = sum(r.status == "refused" for r in reports)
        parts = []
        if ready:
            new, updated, identical, conflicting, rejected = (
                sum(getattr(r.counts, name) for r in ready)
                for name in ("new", "updated", "identical", "conflicting", "rejected"))
            identical += sum(r.counts.older for r in ready)
            parts.append(self.tr(
                "In total: new {new}, updated {updated}, identical {identical}, conflicting "
                "{conflicting}, rejected {rejected}. Nothing is written until you press Import."
            ).format(new=new, updated=updated, identical=identical, conflicting=conflicting,
                     rejected=rejected))
        if refused:
            parts.append(self.tr("%Ln bundle(s) refused: the reason is on its row; the other "
                                 "bundles can still be imported.", "", refused))
        if not ready and not refused:
            parts.append(self.tr("These bundles were all imported already: nothing to do."))
        return "\n".join(parts)

    def import_bundles(self) -> None:
        if not self.files or self.busy:
            return
        files, passphrase = list(self.files), self.passphrase.passphrase
        self.banner.clear()
        self._set_busy(True)
        self.import_button.setEnabled(False)
        self.task = run_with_panel(
            self.session, self.progress, self.tr("Importing the bundles…"),
            lambda project, task: import_each(project, task, files, passphrase),
            on_done=self._imported, on_error=self._failed)

    def _imported(self, outcome: ImportOutcome) -> None:
        self._set_busy(False)
        self.outcome = outcome
        self.table.show_reports(outcome.reports)
        done = sum(r.status == "imported" for r in outcome.reports)
        conflicts = sum(r.counts.conflicting for r in outcome.reports
                        if r.status == "imported")
        if outcome.stopped:
            text = self.tr("Import stopped after {done} of {total} bundles: each bundle is "
                           "imported whole or not at all, so the others were not touched.")
            self.banner.show_message(text.format(done=done, total=outcome.total), "warning")
        else:
            text = self.tr("%Ln bundle(s) imported.", "", done)
            if conflicts:
                text += " " + self.tr("%Ln field(s) changed on two computers: resolve them in "
                                      "the Conflicts tab.", "", conflicts)
            self.banner.show_message(text, "info")
        self.summary.clear()
        self.import_button.setEnabled(False)
        if done:
            self.imported.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        exchange_text.show_error(self.banner, error)

    def _set_busy(self, busy: bool) -> None:
        self.preview_button.setEnabled(not busy)
        if busy:
            self.import_button.setEnabled(False)

    def reject(self) -> None:
        self.progress.cancel()  # a closed dialog stops its work between two bundles
        super().reject()


class MakeBundleDialog(QDialog):
    """This computer's changes since its last bundle, as a new file in a folder."""

    made = Signal()

    def __init__(self, session: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_fitted(self)
        self.session = session
        self.info: BundleInfo | None = None
        self.setWindowTitle(self.tr("Make a bundle"))
        self.setMinimumWidth(620)
        self.banner = Banner()
        explain = QLabel(self.tr(
            "A bundle holds what was typed on this computer since its last bundle. Give it to "
            "the coordinator (USB key, shared folder, e-mail); it is signed with the study's "
            "key, so a changed copy is refused."))
        explain.setWordWrap(True)
        self.folder = PathField(mode="folder", caption=self.tr("Folder for the bundle"),
                                kind="bundle")
        self.folder.set_path(file_dialogs.start_folder("bundle"))
        self.encrypt = QCheckBox(self.tr("Encrypt it with a passphrase (for e-mail or a cloud "
                                         "folder)"))
        self.passphrase = PassphraseField(self.tr("passphrase"))
        self.confirm = PassphraseField(self.tr("the same again"))
        self.confirm_field = FieldWithMessage(self.confirm)
        for edit in (self.passphrase, self.confirm):
            edit.setEnabled(False)
            self.encrypt.toggled.connect(edit.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("Folder"), self.folder)
        form.addRow(self.encrypt)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Confirm the passphrase"), self.confirm_field)
        self.progress = ProgressPanel()
        self.make_button = QPushButton(self.tr("Make the bundle"))
        self.make_button.clicked.connect(self.make)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addLayout(_buttons(self.make_button, close))
        run_quietly(session, self, lambda project: project.sync.folder,
                    on_done=self._folder_loaded, on_error=self.banner.show_error)

    def _folder_loaded(self, folder: Path | None) -> None:
        if folder is not None:  # the sync folder is where bundles usually go
            self.folder.set_path(folder)

    def make(self) -> None:
        folder = self.folder.path
        self.folder.set_message("" if folder is not None else self.tr("Choose a folder"))
        passphrase = self.passphrase.passphrase if self.encrypt.isChecked() else None
        mismatch = self.encrypt.isChecked() and (
            not passphrase or self.confirm.text() != self.passphrase.text())
        self.confirm_field.set_message(
            self.tr("Type the same passphrase twice") if mismatch else "")
        if folder is None or mismatch or self.progress.busy:
            return
        self.banner.clear()
        self.make_button.setEnabled(False)
        run_with_panel(self.session, self.progress, self.tr("Making the bundle…"),
                       lambda project, task: project.sync.make_bundle(
                           folder, passphrase=passphrase),
                       on_done=self._made, on_error=self._failed, determinate=False,
                       cancellable=False)

    def _made(self, info: BundleInfo | None) -> None:
        self.make_button.setEnabled(True)
        self.info = info
        if info is None:
            self.banner.show_message(self.tr("Nothing was typed on this computer since its "
                                             "last bundle: no file was written."), "info")
            return
        counts = ", ".join(f"{exchange_text.table_title(table)} {count}"
                           for table, count in info.counts.items() if table != "study")
        self.banner.show_message(self.tr("Wrote {name} in {folder} ({counts}).").format(
            name=info.path.name, folder=info.path.parent, counts=counts or "—"), "info")
        self.made.emit()

    def _failed(self, error: BaseException) -> None:
        self.make_button.setEnabled(True)
        exchange_text.show_error(self.banner, error)


class SyncFolderDialog(QDialog):
    """Write this computer's new bundle into the shared folder and import the unseen ones."""

    synced = Signal()

    def __init__(self, session: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_fitted(self)
        self.session = session
        self.sync_result: FolderSyncResult | None = None
        self.setWindowTitle(self.tr("Sync with a folder"))
        self.setMinimumSize(900, 460)
        self.banner = Banner()
        explain = QLabel(self.tr(
            "Every computer of the study writes its new bundle into one shared folder (a USB "
            "key, a network drive, a Nextcloud or Dropbox folder) and imports the bundles it "
            "has not seen yet. The folder is remembered for the next time."))
        explain.setWordWrap(True)
        self.folder = PathField(mode="folder",
                                caption=self.tr("Folder shared by the study's computers"),
                                kind="bundle")
        self.passphrase = PassphraseField(self.tr("only if the study's bundles are encrypted"))
        form = QFormLayout()
        form.addRow(self.tr("Shared folder"), self.folder)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self.written = QLabel()
        self.written.setWordWrap(True)
        self.table = BundleReportTable()
        self.table.setVisible(False)
        self.progress = ProgressPanel()
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sync)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.written)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addLayout(_buttons(self.sync_button, close))
        run_quietly(session, self, lambda project: project.sync.folder,
                    on_done=self._folder_loaded, on_error=self.banner.show_error)

    def _folder_loaded(self, folder: Path | None) -> None:
        if folder is not None and self.folder.path is None:
            self.folder.set_path(folder)

    def sync(self) -> None:
        folder = self.folder.path
        self.folder.set_message("" if folder is not None else
                                self.tr("Choose the folder the study's computers share"))
        if folder is None or self.progress.busy:
            return
        passphrase = self.passphrase.passphrase
        self.banner.clear()
        self.sync_button.setEnabled(False)
        run_with_panel(self.session, self.progress, self.tr("Syncing…"),
                       lambda project, task: project.sync.sync_folder(
                           folder, passphrase=passphrase, progress=task.progress,
                           should_cancel=task.should_cancel),
                       on_done=self._synced, on_error=self._failed,
                       on_cancelled=self._stopped)

    def _synced(self, result: FolderSyncResult) -> None:
        self.sync_button.setEnabled(True)
        self.sync_result = result
        lines = [self.tr("Written: {name}").format(name=result.written.path.name)
                 if result.written else
                 self.tr("Nothing new to send from this computer.")]
        lines.append(self.tr("%Ln bundle(s) imported.", "", len(result.imported)))
        if result.already_seen:
            lines.append(self.tr("%Ln bundle(s) already imported before.", "",
                                 result.already_seen))
        if result.other_studies:
            lines.append(self.tr("%Ln bundle(s) of other studies left alone.", "",
                                 result.other_studies))
        if result.refused:
            lines.append(self.tr("%Ln bundle(s) refused: the reason is on its row; they will be "
                                 "tried again at the next sync.", "", len(result.refused)))
        self.written.setText("\n".join(lines))
        shown = [*result.imported, *result.refused]
        self.table.setVisible(bool(shown))
        self.table.show_reports(shown)
        self.synced.emit()

    def _stopped(self) -> None:
        self.sync_button.setEnabled(True)
        self.banner.show_message(self.tr("Sync stopped. The bundles imported so far are kept "
                                         "whole; sync again to finish."), "warning")
        # Some bundles may have gone in before the stop, and the result that would say so
        # is lost: the study is read again and every view told.
        self.session.run(lambda project: project.reread())
        self.synced.emit()

    def _failed(self, error: BaseException) -> None:
        self.sync_button.setEnabled(True)
        exchange_text.show_error(self.banner, error)

    def reject(self) -> None:
        self.progress.cancel()
        super().reject()
