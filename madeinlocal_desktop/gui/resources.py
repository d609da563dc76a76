"""The app's own images: found through paths.resource(), so source, wheel and frozen all work."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtGui import QPixmap

from ..paths import resource

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def logo(pixels: float) -> QPixmap:
    """The icon's smallest PNG of at least `pixels` device pixels (a label scales it down).

    A QPixmap, not app_icon().pixmap(): the first QIcon costs ~2 ms (PySide builds its 151
    theme names), which the welcome screen's first paint need not wait for.
    """
    chosen = next((size for size in ICON_SIZES if size >= pixels), ICON_SIZES[-1])
    return QPixmap(str(resource("icons", f"madeinlocal-{chosen}.png")))


@cache
def app_icon() -> QIcon:
    """PNG sizes drawn from the SVG by build_scripts/make_icons.py (no SVG plug-in needed)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:
        png = resource("icons", f"madeinlocal-{size}.png")
        if png.is_file():
            icon.addFile(str(png))
    if icon.isNull():
        icon.addFile(str(resource("icons", "madeinlocal.svg")))
    return icon
