"""A label that keeps to one line: a long text ends in "…" and shows whole in its tooltip."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class OneLineLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    @property
    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        # Rich text: a long tooltip wraps.
        self.setToolTip(f"<p>{html.escape(text)}</p>" if text else "")
        self._elide()

    def minimumSizeHint(self) -> QSize:  # any width will do: the text is cut to fit
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        flat = " ".join(self._full.split())
        self.setText(self.fontMetrics().elidedText(flat, Qt.TextElideMode.ElideRight,
                                                    max(self.width(), 0)))
