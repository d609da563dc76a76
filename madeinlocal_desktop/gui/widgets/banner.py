"""The one way errors are shown: a banner inside the view, never a modal box (style.md §6).

User-facing errors show their message; unexpected ones a short sentence and a button that copies
the details for a bug report (as Anki's `show_exception`). Cancelled work shows nothing.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from ...errors import Cancelled, UserFacingError
from .. import theme


class Banner(QFrame):
    """A coloured strip with a message; hidden while there is nothing to say.

    Its colours are the stylesheet's, by level (resources/style.qss)."""

    action_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.level = ""
        self._details = ""
        self._label = QLabel()
        self._label.setWordWrap(True)
        self._action = QPushButton()
        self._action.clicked.connect(self.action_clicked)
        self._copy = QPushButton(self.tr("Copy details"))
        self._copy.clicked.connect(self._copy_details)
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Hide this message"))
        close.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._action)
        layout.addWidget(self._copy)
        layout.addWidget(close)
        self.clear()

    @property
    def text(self) -> str:
        return self._label.text() if self.level else ""

    def show_message(self, text: str, level: str = "error", *, action: str | None = None,
                     details: str = "") -> None:
        self.level = level
        theme.set_level(self, level)
        self._label.setText(text)
        # Set here, not when made: the banner is built before the first paint, and PySide builds
        # the whole `Qt` namespace (~30 ms) when it is first named.
        self._label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self._action.setVisible(action is not None)
        self._action.setText(action or "")
        self._details = details
        self._copy.setVisible(bool(details))
        self.setVisible(True)

    def show_error(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            return
        if isinstance(error, UserFacingError):
            self.show_message(str(error))  # in the interface's language (i18n.Translations)
            return
        import traceback  # only for the rare unexpected error

        details = "".join(traceback.format_exception(error))
        self.show_message(self.tr("Something unexpected went wrong; your data is safe. "
                                  "Copy the details to report the problem."), details=details)

    def clear(self) -> None:
        self.level = ""
        self._label.clear()
        self._details = ""
        self.setVisible(False)

    def _copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self._details)
