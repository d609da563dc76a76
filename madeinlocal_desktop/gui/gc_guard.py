"""Python's cyclic garbage collector runs in whichever thread happens to allocate. If it frees
an unreachable Qt widget while the study worker is running, the widget is destroyed off the UI
thread and Qt crashes. So automatic collection is switched off and done here instead, on the
UI thread, driven by a timer and the same thresholds Python would use.

What survives a full collection is frozen (`gc.freeze`): the next full collection walks only what
came since: walking a 100,000-shop study's rows each time held the window still ~100 ms per
1.4 million objects. So are what start-up made and data arriving in bulk (a young generation
slow to walk). Frozen objects are still freed when their last reference goes; only cycles
among them wait for `release()`, called when a study closes.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

_INTERVAL_MS = 25  # young objects pile up between ticks: each tick walks them all
# A young generation this slow to walk is data arriving in bulk (a list's 100,000 rows read by
# the worker): frozen at once, it is not walked again by every older collection (one of those
# held the window 50-70 ms while a large study opened).
_BULK_S = 0.001


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        gc.freeze()  # what start-up made (modules, classes) lasts as long as the app
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(_INTERVAL_MS)

    @staticmethod
    def check() -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):  # the oldest generation due takes the younger ones too
            if counts[generation] > thresholds[generation]:
                begun = time.perf_counter()
                gc.collect(generation)
                if generation == 2 or time.perf_counter() - begun > _BULK_S:
                    gc.freeze()
                return


def release() -> None:
    """Let the next full collection walk everything again (a study was closed: its cycles go)."""
    gc.unfreeze()


_installed: list[MainThreadCollector] = []


def install(app: QApplication) -> MainThreadCollector:
    """Once per application; later calls return the same collector. (Not `findChild`: it would
    wrap every child of the application, the style among them, ~30 ms at start-up.)"""
    if _installed and isValid(_installed[0]) and _installed[0].parent() is app:
        return _installed[0]
    _installed[:] = [MainThreadCollector(app)]
    return _installed[0]
