"""Work that waits for a widget's first paint.

Started earlier, that work competes with the paint for the interpreter: each of the paint's calls
into Python waits for a busy thread to hand the interpreter over, and the window (or view)
appears late.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

_FALLBACK_MS = 500  # should no paint ever come (a widget that paints nothing of its own)


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, action: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._action: Callable[[], object] | None = action
        widget.installEventFilter(self)
        QTimer.singleShot(_FALLBACK_MS, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._fire)  # once this paint is done
        return False

    def _fire(self) -> None:
        action, self._action = self._action, None
        if action is not None:
            self._widget.removeEventFilter(self)
            action()


def after_first_paint(widget: QWidget, action: Callable[[], object]) -> None:
    """Run `action` on the UI thread just after `widget` is next painted."""
    _FirstPaint(widget, action)
