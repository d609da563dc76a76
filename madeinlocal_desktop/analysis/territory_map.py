"""The territory as a map: its communes at their shipped centroids, sized by a chosen figure.

Drawn offline with matplotlib alone (no tiles, no network, no pyplot): each commune is a point at
La Poste's centroid, its disc's area proportional to the value (interviewed shops, euros kept
locally, or the frame's establishments); communes with nothing to show are small grey dots, so
the territory's shape stays visible. Longitudes are stretched by 1 / cos(latitude) so distances
read the same both ways, and a scale bar gives kilometres. Communes without a centroid cannot be
placed: they are listed under the map (and returned, for the GUI to list them too).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from matplotlib.figure import Figure

from .chart_format import format_euros_short, format_number, literal, wrap

SIZES = ("shops", "kept", "establishments")
COLOURS = {"point": "#009E73", "edge": "#00694C", "empty": "#BBBBBB", "text": "#222222",
           "muted": "#666666"}
MAX_AREA = 900.0  # points², the largest disc
MIN_AREA = 12.0
LABELLED = 6  # communes named on the map: the largest values
KM_PER_DEGREE = 111.32

TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "{territory} : {what} par commune",
        "shops": "commerces enquêtés",
        "kept": "euros gardés localement (tours 2 et 3)",
        "establishments": "établissements du répertoire",
        "empty": "Commune sans valeur",
        "missing": "Sans centroïde, non placées : {names}",
        "source": "Centroïdes La Poste, géographie Insee (COG 2025), Licence Ouverte 2.0",
        "km": "{km} km",
    },
    "en": {
        "title": "{territory}: {what} by commune",
        "shops": "interviewed shops",
        "kept": "euros kept locally (rounds 2 and 3)",
        "establishments": "register establishments",
        "empty": "Commune with no value",
        "missing": "No centroid, not placed: {names}",
        "source": "Centroids La Poste, geography INSEE (COG 2025), Licence Ouverte 2.0",
        "km": "{km} km",
    },
}


@dataclass(frozen=True)
class CommunePoint:
    code: str
    name: str
    latitude: float | None
    longitude: float | None
    value: float


def _text(lang: str, key: str, texts: Mapping[str, str] | None, **values: object) -> str:
    template = (texts or {}).get(key) or TEXTS["fr" if lang == "fr" else "en"][key]
    return template.format(**values) if values else template


def _value_label(value: float, size_by: str, lang: str) -> str:
    if size_by == "kept":
        return format_euros_short(value, lang)
    return format_number(value, 0, lang)


def _nice(value: float) -> float:
    """1, 2 or 5 times a power of ten, at most `value`."""
    if value <= 0:
        return 0.0
    power = 10 ** math.floor(math.log10(value))
    return max(step * power for step in (1, 2, 5) if step * power <= value)


def _area(value: float, largest: float) -> float:
    return max(MIN_AREA, MAX_AREA * value / largest) if largest > 0 else MIN_AREA


def missing_centroids(points: Sequence[CommunePoint]) -> list[CommunePoint]:
    return [p for p in points if p.latitude is None or p.longitude is None]


def territory_map_figure(points: Sequence[CommunePoint], size_by: str, *, territory: str,
                         lang: str = "fr", texts: Mapping[str, str] | None = None,
                         dpi: float = 100) -> Figure:
    """One disc per commune at its centroid, area ∝ value; missing centroids listed below."""
    if size_by not in SIZES:
        raise ValueError(size_by)
    placed = [p for p in points if p.latitude is not None and p.longitude is not None]
    fig = Figure(figsize=(7.6, _height(placed)), dpi=dpi, layout="constrained",
                 facecolor="white")
    ax = fig.add_subplot()
    ax.set_axis_off()
    if placed:
        mean_lat = sum(p.latitude or 0.0 for p in placed) / len(placed)
        ax.set_aspect(1 / math.cos(math.radians(mean_lat)))
        largest = max(p.value for p in placed)
        empty = [p for p in placed if p.value <= 0]
        full = sorted((p for p in placed if p.value > 0), key=lambda p: -p.value)
        ax.scatter([p.longitude or 0.0 for p in empty], [p.latitude or 0.0 for p in empty], s=10,
                   color=COLOURS["empty"], zorder=1, label=_text(lang, "empty", texts))
        ax.scatter([p.longitude or 0.0 for p in full], [p.latitude or 0.0 for p in full],
                   s=[_area(p.value, largest) for p in full], color=COLOURS["point"], alpha=0.55,
                   edgecolors=COLOURS["edge"], linewidths=0.8, zorder=2)
        ax.margins(x=0.2, y=0.06)  # room for the names of communes on the edge
        _labels(ax, full, placed, largest, size_by, lang)
        _legend(ax, largest, size_by, lang, texts)
        _scale_bar(ax, placed, mean_lat, lang, texts)
    what = _text(lang, size_by, texts)
    fig.suptitle(wrap(literal(_text(lang, "title", texts, territory=territory, what=what)), 80),
                 x=0.01, ha="left", fontsize=11, fontweight="bold", color=COLOURS["text"])
    notes = [_text(lang, "source", texts)]
    lost = missing_centroids(points)
    if lost:
        names = ", ".join(f"{p.name} ({p.code})" for p in lost)
        notes.insert(0, wrap(literal(_text(lang, "missing", texts, names=names)), 110, 4))
    fig.supxlabel("\n".join(notes), x=0.01, ha="left", fontsize=7.5, color=COLOURS["muted"])
    return fig


def _km(points: Sequence[CommunePoint]) -> list[tuple[float, float]]:
    """Points in kilometres east and north of the first one (good enough for a territory)."""
    lat0 = points[0].latitude or 0.0
    lon0 = points[0].longitude or 0.0
    scale = KM_PER_DEGREE * math.cos(math.radians(lat0))
    return [(((p.longitude or 0.0) - lon0) * scale, ((p.latitude or 0.0) - lat0) * KM_PER_DEGREE)
            for p in points]


def _height(placed: Sequence[CommunePoint]) -> float:
    """Inches: the territory's own proportions, within what a window shows."""
    if len(placed) < 2:
        return 5.0
    xy = _km(placed)
    width = max(x for x, _ in xy) - min(x for x, _ in xy)
    height = max(y for _, y in xy) - min(y for _, y in xy)
    ratio = height / width if width > 0 else 1.0
    return min(max(1.2 + 5.6 * ratio, 4.2), 7.4)


def _labels(ax: Any, full: Sequence[CommunePoint], placed: Sequence[CommunePoint],
            largest: float, size_by: str, lang: str) -> None:
    """Name the largest values, west of the centre to the left, east to the right; a label
    that would sit on another (same side, within a line's height) is left out."""
    if not full:
        return
    xy = dict(zip((p.code for p in placed), _km(placed), strict=True))
    xs = sorted(x for x, _ in xy.values())
    middle = xs[len(xs) // 2]
    span = max(max(y for _, y in xy.values()) - min(y for _, y in xy.values()), 1.0)
    taken: list[tuple[bool, float, float]] = []
    for p in full[:LABELLED * 2]:
        if len(taken) == LABELLED:
            break
        x, y = xy[p.code]
        right = x >= middle
        if any(side == right and abs(y - ty) < span * 0.06 and abs(x - tx) < span * 0.6
               for side, tx, ty in taken):
            continue
        taken.append((right, x, y))
        radius = math.sqrt(_area(p.value, largest) / math.pi)
        ax.annotate(literal(f"{p.name} ({_value_label(p.value, size_by, lang)})"),
                    (p.longitude or 0.0, p.latitude or 0.0),
                    xytext=((radius + 3) * (1 if right else -1), 0),
                    textcoords="offset points", ha="left" if right else "right", va="center",
                    fontsize=8, color=COLOURS["text"], zorder=3)


def _legend(ax: Any, largest: float, size_by: str, lang: str,
            texts: Mapping[str, str] | None) -> None:
    steps = sorted({v for v in (_nice(largest), _nice(largest / 4), _nice(largest / 16))
                    if v > 0}, reverse=True)
    handles = [ax.scatter([], [], s=_area(v, largest), color=COLOURS["point"], alpha=0.55,
                          edgecolors=COLOURS["edge"], linewidths=0.8,
                          label=_value_label(v, size_by, lang)) for v in steps]
    empty = ax.scatter([], [], s=10, color=COLOURS["empty"], label=_text(lang, "empty", texts))
    ax.legend(handles=[*handles, empty], loc="upper left", bbox_to_anchor=(1.0, 1.0),
              fontsize=8, frameon=False, labelspacing=1.6, borderpad=1.2)


def _scale_bar(ax: Any, placed: Sequence[CommunePoint], mean_lat: float, lang: str,
               texts: Mapping[str, str] | None) -> None:
    lons = [p.longitude or 0.0 for p in placed]
    lats = [p.latitude or 0.0 for p in placed]
    width_km = (max(lons) - min(lons)) * KM_PER_DEGREE * math.cos(math.radians(mean_lat))
    km = _nice(max(width_km / 4, 1.0))
    length = km / (KM_PER_DEGREE * math.cos(math.radians(mean_lat)))
    x0 = min(lons)
    y0 = min(lats) - 0.09 * max(max(lats) - min(lats), 0.05)
    ax.plot([x0, x0 + length], [y0, y0], color=COLOURS["text"], linewidth=2,
            solid_capstyle="butt")
    ax.annotate(_text(lang, "km", texts, km=format_number(km, 0, lang)), (x0 + length / 2, y0),
                xytext=(0, 4), textcoords="offset points", ha="center", fontsize=8,
                color=COLOURS["text"])


def kept_by_business(prep: Any) -> dict[str, float]:
    """R2 + R3 of each business over its analysed interviews (`engine.prepare`'s output):
    the euros its turnover keeps circulating locally, weighted like the analysis."""
    from .lm3 import rounds

    inp = prep.inputs
    rnd = rounds(prep.r1, prep.lines)
    labels = inp.business.labels
    out: dict[str, float] = {}
    for code, value in zip(inp.business.codes[prep.rows], prep.weight * (rnd.r2 + rnd.r3),
                           strict=True):
        key = str(labels[code])
        out[key] = out.get(key, 0.0) + float(value)
    return out
