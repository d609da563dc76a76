"""Made in Local desktop: measure how money circulates in a local economy."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("madeinlocal-desktop")
except PackageNotFoundError:  # frozen bundle without metadata
    __version__ = "0.1.0"

__all__ = ["__version__"]
