"""Made in Local desktop: measure how money circulates in a local economy."""

from __future__ import annotations

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    # Read on first use: importlib.metadata costs ~50 ms, which the desktop app's first window
    # should not wait for (benchmarks/bench_gui.py).
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("madeinlocal-desktop")
    except PackageNotFoundError:  # frozen bundle without metadata
        value = "0.1.0"
    globals()["__version__"] = value
    return value
