"""Python's cyclic garbage collector runs in whichever thread happens to allocate. If it frees
an unreachable Qt widget while the study worker is running, the widget is destroyed off the UI
thread and Qt crashes. So automatic collection is switched off and done here instead, on the
UI thread, driven by a timer and the same thresholds Python would use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

_INTERVAL_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(_INTERVAL_MS)

    @staticmethod
    def check() -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):  # the oldest generation due takes the younger ones too
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return


def install(app: QApplication) -> MainThreadCollector:
    """Once per application; later calls return the same collector."""
    existing = app.findChild(MainThreadCollector)
    return existing if existing is not None else MainThreadCollector(app)
