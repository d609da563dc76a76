"""matplotlib, imported once whichever thread needs it first.

The dashboard's charts import it on their drawing thread (dashboard_charts), the input-output
view on the worker. Two threads importing matplotlib's inter-dependent modules at the same moment
can each see the other's half-initialised module ("cannot import name 'Transform' from partially
initialized module"). One lock around the first import serialises them; later calls return at
once.

The first import also moves every object then alive into the collector's permanent generation
(`gc.freeze`): modules, classes and functions of PySide6, pandas and matplotlib live as long as the
application, yet each full collection walked them all again, holding the interpreter lock for
50-90 ms on a 10,000-interview study, whichever thread it fell on (the dashboard's longest stalls
while an analysis ran). Frozen objects are still freed when their last reference goes; only a
frozen reference cycle would outlive its use.
"""

from __future__ import annotations

import gc
import threading

_LOCK = threading.Lock()
_loaded: set[str] = set()


def load(*, qt: bool = True) -> None:
    """Import matplotlib's Figure and Agg renderer, and its Qt canvas unless `qt` is False."""
    wanted = {"agg", "qt"} if qt else {"agg"}
    if wanted <= _loaded:
        return
    with _LOCK:
        if "agg" not in _loaded:
            import matplotlib.figure  # noqa: F401
            from matplotlib.backends import backend_agg  # noqa: F401

            _loaded.add("agg")
            gc.freeze()
        if qt and "qt" not in _loaded:
            from matplotlib.backends import backend_qtagg  # noqa: F401

            _loaded.add("qt")
