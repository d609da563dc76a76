"""The File menu's phone-team commands (XLSForm, Kobo/ODK submissions, shop lists): the dialogs
themselves (gui/interop_dialogs.py) are imported when one first opens, not before the first
window shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from .main_window import MainWindow
    from .session import StudySession


class InteropMenu(QObject):
    """The File menu's phone-team commands; kept out of main_window.py."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {"export_xlsform": self.export_xlsform,
                "import_submissions": self.import_submissions,
                "import_shop_list": self.import_shop_list}

    def _show(self, make: Callable[[StudySession], QDialog]) -> QDialog | None:
        session = self.window.session
        if session is None:
            return None
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = make(session)
        self.dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.dialog.open()
        return self.dialog

    def export_xlsform(self) -> None:
        from .interop_dialogs import ExportXlsformDialog

        self._show(lambda session: ExportXlsformDialog(session, self.window))

    def import_submissions(self) -> None:
        from .interop_dialogs import SubmissionsDialog

        self._show(lambda session: SubmissionsDialog(session, self.window))

    def import_shop_list(self) -> None:
        from .interop_dialogs import ShopListDialog

        self._show(lambda session: ShopListDialog(session, self.window))
