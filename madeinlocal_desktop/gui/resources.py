"""The app's own images: found through paths.resource(), so source, wheel and frozen all work."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ..paths import resource

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


@cache
def app_icon() -> QIcon:
    """PNG sizes drawn from the SVG by build_scripts/make_icons.py (no SVG plug-in needed)."""
    icon = QIcon()
    for size in ICON_SIZES:
        png = resource("icons", f"madeinlocal-{size}.png")
        if png.is_file():
            icon.addFile(str(png))
    if icon.isNull():
        icon.addFile(str(resource("icons", "madeinlocal.svg")))
    return icon
