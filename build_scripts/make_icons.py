"""Draw the app icon's PNG sizes from resources/icons/madeinlocal.svg with Qt's SVG renderer.

    uv run python build_scripts/make_icons.py

The PNGs are committed (the app loads them without the SVG plug-in); rerun after editing the SVG.
Also writes madeinlocal.ico (Windows) from the same pixels.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage text and SVG need an application
    renderer = QSvgRenderer(str(ICONS / "madeinlocal.svg"))
    if not renderer.isValid():
        print("the SVG could not be read", file=sys.stderr)
        return 1
    for size in SIZES:
        target = ICONS / f"madeinlocal-{size}.png"
        if not render(renderer, size).save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(f"wrote {target.name}")
    ico = ICONS / "madeinlocal.ico"
    if render(renderer, 256).save(str(ico)):
        print(f"wrote {ico.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
