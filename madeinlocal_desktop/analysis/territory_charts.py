"""The territory's chart: euros kept locally and euros leaked, sector by sector, a year.

A matplotlib `Figure` built without pyplot or Qt (the GUI embeds it, the CLI or a report may
save it with `charts.save_figure`), from the `territory` object of the analysis: `by_sector`
with each sector's totals (R2 + R3 kept, with its 95 % interval) and its leakage.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from .chart_format import format_euros, format_euros_short, short_label
from .charts import LABEL_SIZE, PALETTE, _figure, _style, _titles

TEXTS = {
    "fr": {"title": "Ce que le territoire garde et ce qui en part, par secteur",
           "note": "Euros par an, tout le champ · trait : intervalle à 95 %",
           "kept": "Gardé localement (R2 + R3)", "leaked": "Parti hors du territoire",
           "axis": "Euros par an (territoire)", "empty": "Pas encore d'estimation"},
    "en": {"title": "What the territory keeps and what leaves it, by sector",
           "note": "Euros a year, whole scope · whisker: 95% interval",
           "kept": "Kept locally (R2 + R3)", "leaked": "Leaked out of the territory",
           "axis": "Euros a year (territory)", "empty": "No estimate yet"},
}


def kept_and_leaked_figure(territory: Mapping[str, Any], *, lang: str = "fr") -> Figure:
    words = TEXTS["fr" if lang == "fr" else "en"]
    sectors = sorted(territory.get("by_sector", {}).items(),
                     key=lambda item: -((item[1]["totals"]["r1"]["estimate"]) or 0.0))
    fig = _figure(len(sectors) * 2, per_row=0.30)
    ax = fig.add_subplot()
    _style(ax, lang)
    if not sectors:
        ax.text(0.5, 0.5, words["empty"], ha="center", va="center", transform=ax.transAxes)
        _titles(fig, ax, words["title"])
        return fig
    rows = list(range(len(sectors) - 1, -1, -1))
    kept = [float(s["totals"]["local"]["estimate"] or 0.0) for _, s in sectors]
    leaked = [float(s.get("leakage") or 0.0) for _, s in sectors]
    height = 0.38
    ax.barh([r + height / 2 for r in rows], kept, height=height, color=PALETTE["local"],
            label=words["kept"])
    ax.barh([r - height / 2 for r in rows], leaked, height=height, color=PALETTE["leak"],
            label=words["leaked"])
    ends = list(kept)  # where each kept bar's label may start: past its whisker
    for i, (row, (_, sector)) in enumerate(zip(rows, sectors, strict=True)):
        interval = sector["totals"]["local"].get("ci95")
        if interval and interval[0] is not None and interval[1] is not None:
            low, high = max(0.0, float(interval[0])), float(interval[1])
            ax.plot([low, high], [row + height / 2] * 2, color=PALETTE["interval"],
                    linewidth=1.2)
            ends[i] = max(ends[i], high)
    top = max([*ends, *leaked, 1.0])
    for row, value, end in zip(rows, kept, ends, strict=True):
        ax.text(end + top * 0.01, row + height / 2, format_euros(value, lang), va="center",
                fontsize=LABEL_SIZE - 1, color=PALETTE["text"])
    for row, value in zip(rows, leaked, strict=True):
        ax.text(value + top * 0.01, row - height / 2, format_euros(value, lang), va="center",
                fontsize=LABEL_SIZE - 1, color=PALETTE["text"])
    labels = [short_label(f"{code} {s.get('label', '')}".strip(), 40) for code, s in sectors]
    ax.set_yticks(rows, labels)
    ax.set_xlim(0, top * 1.3)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: format_euros_short(x, lang)))
    ax.set_xlabel(words["axis"], fontsize=LABEL_SIZE)
    ax.legend(loc="lower right", fontsize=LABEL_SIZE - 0.5, frameon=False)
    _titles(fig, ax, words["title"], words["note"])
    return fig
