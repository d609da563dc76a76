"""The File menu's report commands (the PDF report, the shop feedback sheets): the dialog
(gui/report_dialogs.py) is imported when it first opens, not before the first window shows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .report_dialogs import ReportDialog


class ReportMenu(QObject):
    """The two File menu commands; `opener` is replaced in tests (no viewer offscreen)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ReportDialog | None = None
        self.opener: Callable[[Path], object] = _open_in_viewer

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {"report_pdf": self.report_pdf, "shop_sheets": self.shop_sheets}

    def _suggested(self, suffix: str) -> Path:
        session = self.window.session
        study = session.path if session is not None else Path.home() / "etude.madeinlocal"
        return study.with_name(f"{study.stem}-{suffix}.pdf")

    def report_pdf(self) -> None:
        from .report_dialogs import ReportDialog

        self._open(ReportDialog(self._suggested(self.tr("report")), sheets=False,
                                parent=self.window))

    def shop_sheets(self) -> None:
        session = self.window.session
        if session is None:
            return

        def shops(project: Any) -> list[tuple[str, str]]:
            interviewed = {i.business_id for i in project.interviews.list()}
            return sorted(((b.id, b.name) for b in project.businesses.list()
                           if b.id in interviewed), key=lambda pair: pair[1].lower())

        from .report_dialogs import ReportDialog

        session.run(shops, on_done=lambda found: self._open(ReportDialog(
            self._suggested(self.tr("shops")), sheets=True, shops=found, parent=self.window)),
            on_error=self.window._show_study_error)

    def _open(self, dialog: ReportDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._write(dialog.options()))
        dialog.open()

    def _write(self, options: dict[str, Any]) -> None:
        session = self.window.session
        if session is None:
            return
        sheets = "shops" in options

        def work(project: Any, task: Any) -> Path:
            if sheets:
                written = project.shop_sheets(progress=task.progress, cancel=task.should_cancel,
                                              **options)
                return written[0] if len(written) == 1 else written[0].parent
            return project.report(progress=task.progress, cancel=task.should_cancel,
                                  **options)

        label = self.tr("Writing the shop sheets…") if sheets else self.tr("Writing the report…")
        session.run_long(label, work, on_done=self._written,
                         on_error=self.window._show_study_error)

    def _written(self, path: Path) -> None:
        self.window.statusBar().showMessage(self.tr("Written: {path}").format(path=path),
                                            10_000)
        self.opener(path)


def _open_in_viewer(path: Path) -> bool:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
