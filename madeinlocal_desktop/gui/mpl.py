"""matplotlib, imported once whichever thread needs it first.

The dashboard imports it on the UI thread, the input-output view on the worker. Two threads
importing matplotlib's inter-dependent modules at the same moment can each see the other's
half-initialised module ("cannot import name 'Transform' from partially initialized module").
One lock around the first import serialises them; later calls return at once.
"""

from __future__ import annotations

import threading

_LOCK = threading.Lock()
_loaded = False


def load() -> None:
    global _loaded
    if _loaded:
        return
    with _LOCK:
        if not _loaded:
            import matplotlib.figure  # noqa: F401
            from matplotlib.backends import backend_qtagg  # noqa: F401

            _loaded = True
