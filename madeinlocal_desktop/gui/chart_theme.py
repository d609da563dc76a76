"""Charts on screen follow the palette; charts in files stay light.

The chart code (analysis/) draws for paper: white ground, black text, light grey grid. On a dark
palette those neutral colours are mirrored along the window ↔ text axis (white becomes the
window, black the text, a light grey a dark one), while colours that carry a meaning (kept,
leaked, a sector) keep theirs. The light colours are remembered so that a file saved from a
chart on screen is the paper one.
"""

from __future__ import annotations

import colorsys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from .theme import is_dark

if TYPE_CHECKING:  # matplotlib itself is imported where a chart is drawn, not with this module
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

RGBA = tuple[float, float, float, float]
Setter = Callable[[RGBA], object]
_LIGHT = "_madeinlocal_colours"  # on the figure: [(setter, light colour, dark colour), ...]
NEUTRAL = 0.12  # saturation below which a colour is a grey (paper), not a meaning


RGB = tuple[float, float, float]
Colours = tuple[RGB, RGB]  # a dark palette's window (ground) and text (ink)


def palette_colours(palette: QPalette | None = None) -> Colours | None:
    """What `follow_colours` needs of a palette (the application's by default), read on the UI
    thread so that a chart can be drawn on another one; None for a light palette."""
    chosen = palette or QGuiApplication.palette()
    if not is_dark(chosen):
        return None
    return (_rgb(chosen.color(QPalette.ColorRole.Window)),
            _rgb(chosen.color(QPalette.ColorRole.WindowText)))


def follow_palette(figure: Figure, palette: QPalette | None = None) -> None:
    """Give `figure` the palette's ground, text and grid (the application's by default)."""
    follow_colours(figure, palette_colours(palette))


def follow_colours(figure: Figure, colours: Colours | None) -> None:
    """Give `figure` a dark palette's ground and text (`palette_colours`), or, for None, the
    light colours it was drawn with. Touches no Qt object: any thread may call it."""
    use_light(figure)
    if colours is None:
        return
    ground, ink = colours
    changed: list[tuple[Setter, RGBA, RGBA]] = []
    for setter, colour in list(_neutral_parts(figure)):
        dark = _mirror(colour, ground, ink)
        if dark is not None:
            changed.append((setter, colour, dark))
            setter(dark)
    setattr(figure, _LIGHT, changed)


def use_light(figure: Figure) -> None:
    """Back to the colours the chart was drawn with."""
    for setter, colour, _ in reversed(getattr(figure, _LIGHT, ())):
        setter(colour)
    setattr(figure, _LIGHT, [])


@contextmanager
def light(figure: Figure) -> Iterator[Figure]:
    """The paper colours for the time of a save, then the palette's again."""
    changed = list(getattr(figure, _LIGHT, ()))
    for setter, colour, _ in reversed(changed):
        setter(colour)
    try:
        yield figure
    finally:
        for setter, _, dark in changed:
            setter(dark)


def _rgb(colour: QColor) -> RGB:
    return colour.redF(), colour.greenF(), colour.blueF()


def _mirror(colour: RGBA, ground: RGB, ink: RGB) -> RGBA | None:
    """A grey of lightness L becomes L of the way from the text colour to the window's;
    None for a colour that means something (it keeps its hue) or is transparent."""
    red, green, blue, alpha = colour
    if alpha == 0:
        return None
    _, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    if saturation > NEUTRAL and 0.05 < lightness < 0.95:
        return None
    mixed = [i + (g - i) * lightness for g, i in zip(ground, ink, strict=True)]
    return mixed[0], mixed[1], mixed[2], alpha


def _neutral_parts(figure: Figure) -> Iterator[tuple[Setter, RGBA]]:
    """(setter, current colour) of every part whose colour may be paper's."""
    from matplotlib.colors import to_rgba
    from matplotlib.legend import Legend
    from matplotlib.text import Text

    yield figure.patch.set_facecolor, to_rgba(figure.patch.get_facecolor())
    for axes in figure.axes:
        yield from _axes_parts(axes)
    for text in figure.findobj(Text):
        yield text.set_color, to_rgba(text.get_color())
        box = text.get_bbox_patch()
        if box is not None:
            yield box.set_facecolor, to_rgba(box.get_facecolor())
            yield box.set_edgecolor, to_rgba(box.get_edgecolor())
    for legend in figure.findobj(Legend):
        frame = legend.get_frame()
        yield frame.set_facecolor, to_rgba(frame.get_facecolor())
        yield frame.set_edgecolor, to_rgba(frame.get_edgecolor())


def _axes_parts(axes: Axes) -> Iterator[tuple[Setter, RGBA]]:
    from matplotlib.colors import to_rgba

    yield axes.patch.set_facecolor, to_rgba(axes.patch.get_facecolor())
    for spine in axes.spines.values():
        yield spine.set_edgecolor, to_rgba(spine.get_edgecolor())
    for line in axes.lines:  # reference lines (zero, averages)
        yield line.set_color, to_rgba(line.get_color())
    for patch in axes.patches:
        yield patch.set_edgecolor, to_rgba(patch.get_edgecolor())
    for collection in axes.collections:  # error bars
        edges = collection.get_edgecolor()
        if len(edges) == 1:
            yield collection.set_edgecolor, to_rgba(edges[0])
    for axis in (axes.xaxis, axes.yaxis):
        # Ticks are made afresh at each draw from the axis's settings: change those.
        ticks = axis.get_major_ticks()
        if not ticks:
            continue
        tick = ticks[0]
        yield _tick_setter(axis, "labelcolor"), to_rgba(tick.label1.get_color())
        yield _tick_setter(axis, "color"), to_rgba(tick.tick1line.get_color())
        yield _tick_setter(axis, "grid_color"), to_rgba(tick.gridline.get_color())


def _tick_setter(axis: Any, name: str) -> Setter:
    def set_colour(colour: RGBA) -> None:
        axis.set_tick_params(which="both", **{name: colour})
    return set_colour
