"""The File menu's exchange commands (export, kit, bundles, folder sync) for the main window.

Kept out of main_window.py so the window stays readable: it adds `handlers()` to its menu and
this object opens the dialogs, then tells the views when an import or a sync changed records.
The dialog modules are imported on first use, like the window's other dialogs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from ..domain import Study
    from .main_window import MainWindow
    from .session import StudySession


class ExchangeMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None  # the open one: kept alive, reachable by tests

    def handlers(self) -> dict[str, Callable[[], object]]:
        # Methods without arguments: a QAction would pass its `checked` flag to an optional one.
        return {"export": self.export, "export_kit": self.export_kit,
                "new_from_kit": self.new_from_kit, "import_bundles": self.import_bundles,
                "make_bundle": self.make_bundle, "sync_folder": self.sync_folder}

    @property
    def session(self) -> StudySession | None:
        return self.window.session

    def _show(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- without a study open ------------------------------------------------------------------

    def new_from_kit(self) -> None:
        from .kit_dialogs import NewFromKitDialog

        dialog = NewFromKitDialog(self.window.runner, self.window)
        dialog.created.connect(self._kit_study_created)
        self._show(dialog)

    def _kit_study_created(self, path: Path, project: Any, study: Study) -> None:
        self.window.close_study(forget=False)
        self.window._study_ready(path, project, study)

    # -- with a study open ---------------------------------------------------------------------

    def export(self) -> None:
        from .export_dialog import ExportDialog

        if self.session is not None:
            self._show(ExportDialog(self.session, self.window))

    def export_kit(self) -> None:
        from .kit_dialogs import ExportKitDialog

        if self.session is not None:
            self._show(ExportKitDialog(self.session, self.window))

    def import_bundles(self) -> None:
        self.open_import(None)

    def open_import(self, files: Sequence[Path] | None) -> None:
        """The import dialog: the files given, or a file dialog to choose several first."""
        from .bundle_dialogs import ImportBundlesDialog

        if self.session is None:
            return
        dialog = ImportBundlesDialog(self.session, self.window)
        dialog.imported.connect(self.follow_study)
        self._show(dialog)
        if files is None:
            dialog.choose_files()
        else:
            dialog.add_files(files)

    def make_bundle(self) -> None:
        from .bundle_dialogs import MakeBundleDialog

        if self.session is not None:
            self._show(MakeBundleDialog(self.session, self.window))

    def sync_folder(self) -> None:
        from .bundle_dialogs import SyncFolderDialog

        if self.session is not None:
            dialog = SyncFolderDialog(self.session, self.window)
            dialog.synced.connect(self.follow_study)
            self._show(dialog)

    def follow_study(self) -> None:
        """After an import or a sync, whose result told the views what changed: the title
        follows a study renamed on another computer."""
        session = self.session
        if session is None:
            return
        session.run(lambda project: project.reread().value, on_done=self._study_reloaded)

    def _study_reloaded(self, study: Study) -> None:
        if self.session is not None:
            self.session.study = study
            self.window._update_title()
