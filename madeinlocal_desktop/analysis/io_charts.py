"""The input-output chart as a matplotlib `Figure`: no pyplot, no Qt, no global state.

One horizontal bar per sector: the Type I output multiplier (and, in the closed model, the
Type II one behind it), sorted from the largest. Bars start at 1 because one euro of final
demand is always at least one euro of output: their length is what the suppliers (and, for
Type II, the households) add. Columns measured by the survey (hybrid table) are hatched, so
the reader sees which figures rest on local data.

Input: `Project.io.multipliers()` (an `IOMultipliers`). Texts in French or English; the GUI
may pass its own translations as `texts`.
"""

from __future__ import annotations

from collections.abc import Mapping

from matplotlib.figure import Figure
from matplotlib.patches import Patch

from .chart_format import format_number, wrap
from .io_results import IOMultipliers

TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Multiplicateurs de production par secteur",
        "axis": "Production générée par euro de demande finale du secteur",
        "type1": "Type I : fournisseurs",
        "type2": "Type II : fournisseurs et dépense des ménages",
        "survey": "Achats locaux mesurés par l'enquête",
        "regional": "Modèle régionalisé ({method}) ; les barres partent de 1",
        "national": "Tableau national ; les barres partent de 1",
    },
    "en": {
        "title": "Output multipliers by sector",
        "axis": "Output generated per euro of final demand for the sector",
        "type1": "Type I: suppliers",
        "type2": "Type II: suppliers and household spending",
        "survey": "Local purchases measured by the survey",
        "regional": "Regionalised model ({method}); bars start at 1",
        "national": "National table; bars start at 1",
    },
}
COLOURS = {"type1": "#0072B2", "type2": "#9BC9E8", "text": "#222222", "muted": "#666666"}
WIDTH_IN = 7.2
ROW_IN = 0.25
LABEL_WIDTH = 30  # characters of a sector label before it is cut


def _text(lang: str, key: str, texts: Mapping[str, str] | None, **values: object) -> str:
    template = (texts or {}).get(key) or TEXTS["fr" if lang == "fr" else "en"][key]
    return template.format(**values) if values else template


def figure_height(rows: int) -> float:
    """Inches: enough for every label to stay readable whatever the number of sectors."""
    return max(3.6, 1.3 + ROW_IN * rows)


def multipliers_figure(result: IOMultipliers, *, lang: str = "fr",
                       texts: Mapping[str, str] | None = None, dpi: float = 100) -> Figure:
    """Type I (and Type II) output multipliers of every sector, largest first."""
    codes = list(result.sectors)
    labels = result.names
    type1 = [float(v or 1.0) for v in result.output_multipliers]
    type2_raw = result.output_multipliers_type2
    type2 = None if type2_raw is None else [float(v or 1.0) for v in type2_raw]
    sources = result.column_sources
    order = sorted(range(len(codes)), key=lambda k: (type2 or type1)[k])  # largest on top

    fig = Figure(figsize=(WIDTH_IN, figure_height(len(codes))), dpi=dpi, layout="constrained",
                 facecolor="white")
    ax = fig.add_subplot()
    rows = range(len(order))
    names = [f"{codes[k]}  {wrap(labels[k], LABEL_WIDTH, 1)}" if labels[k] != codes[k]
             else codes[k] for k in order]
    if type2 is not None:
        ax.barh(rows, [type2[k] - 1 for k in order], left=1, height=0.72,
                color=COLOURS["type2"], label=_text(lang, "type2", texts))
    hatches = ["////" if sources.get(codes[k]) == "survey" else "" for k in order]
    bars = ax.barh(rows, [type1[k] - 1 for k in order], left=1, height=0.72 if type2 is None
                   else 0.42, color=COLOURS["type1"], edgecolor="white", linewidth=0,
                   label=_text(lang, "type1", texts))
    for bar, hatch in zip(bars, hatches, strict=True):
        bar.set_hatch(hatch)
    top = max(type2 or type1)
    for row, k in enumerate(order):
        value = (type2 or type1)[k]
        ax.text(value + (top - 1) * 0.01, row, format_number(value, 2, lang), va="center",
                fontsize=8, color=COLOURS["text"])
    ax.set_yticks(list(rows), names, fontsize=8)
    ax.set_xlim(1, 1 + (top - 1) * 1.12)
    ax.xaxis.set_major_formatter(lambda x, _: format_number(x, 2, lang))
    ax.tick_params(axis="x", labelsize=8)
    ax.set_xlabel(_text(lang, "axis", texts), fontsize=8.5, color=COLOURS["muted"])
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="x", color="#DDDDDD", linewidth=0.8)
    ax.set_axisbelow(True)

    handles, _ = ax.get_legend_handles_labels()
    if any(hatches):
        handles.append(Patch(facecolor=COLOURS["type1"], hatch="////", edgecolor="white",
                             label=_text(lang, "survey", texts)))
    ax.legend(handles=handles, loc="lower right", fontsize=7.5, frameon=True, framealpha=0.9)
    regional = result.regionalisation
    note = (_text(lang, "regional", texts, method=str(regional["method"]).upper())
            if regional and regional.get("method") != "national"
            else _text(lang, "national", texts))
    fig.suptitle(_text(lang, "title", texts), x=0.01, ha="left", fontsize=11,
                 fontweight="bold", color=COLOURS["text"])
    ax.set_title(note, loc="left", fontsize=8, color=COLOURS["muted"])
    return fig
