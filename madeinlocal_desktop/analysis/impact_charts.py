"""Charts of the socio-economic impact as matplotlib `Figure`s (no pyplot, no Qt, no global state).

- `opportunities_figure`: the sectors whose import gap would bring most jobs if a share of it
  were produced locally, direct jobs and those of suppliers (and households) stacked.
- `capital_figure`: per ownership type, the cents of each euro of turnover paid to lenders and
  owners, inside and outside the territory.

Inputs are the dicts of `Project.impact`; texts in French or English (the GUI may pass its own).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from matplotlib.figure import Figure

from .chart_format import format_number, format_percent, literal, ownership_label, wrap

TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "opportunities": "Où relocaliser : emplois si {share} de l'écart était produit "
                         "sur place",
        "opportunities_note": "{n} secteurs aux plus grands effets ; emplois en personnes",
        "direct": "Emplois directs",
        "indirect": "Fournisseurs du territoire",
        "indirect_closed": "Fournisseurs et dépense des ménages",
        "jobs_axis": "Emplois",
        "none": "Aucun écart : le territoire produit déjà ce qu'il consomme",
        "capital": "Rémunération du capital, pour 100 € de chiffre d'affaires",
        "capital_note": "Intérêts d'emprunt et rémunération des propriétaires",
        "capital_local": "Reste sur le territoire",
        "capital_outside": "Part hors du territoire",
        "capital_axis": "Euros pour 100 € de chiffre d'affaires",
        "capital_leaves": "{value} € sortent",
        "all": "Ensemble",
    },
    "en": {
        "opportunities": "Where to relocalise: jobs if {share} of the gap were produced "
                         "locally",
        "opportunities_note": "{n} sectors with the largest effects; jobs in persons",
        "direct": "Direct jobs",
        "indirect": "The territory's suppliers",
        "indirect_closed": "Suppliers and household spending",
        "jobs_axis": "Jobs",
        "none": "No gap: the territory already makes what it uses",
        "capital": "Pay to capital, per €100 of turnover",
        "capital_note": "Loan interest and owners' pay",
        "capital_local": "Stays in the territory",
        "capital_outside": "Leaves the territory",
        "capital_axis": "Euros per €100 of turnover",
        "capital_leaves": "€{value} leave",
        "all": "All",
    },
}
COLOURS = {"direct": "#00694C", "indirect": "#7BCFB0", "local": "#009E73",
           "outside": "#D55E00", "text": "#222222", "muted": "#666666"}
ROW_IN = 0.32


def _text(lang: str, key: str, texts: Mapping[str, str] | None, **values: object) -> str:
    template = (texts or {}).get(key) or TEXTS["fr" if lang == "fr" else "en"][key]
    return template.format(**values) if values else template


def _style(ax: Any) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="x", color="#DDDDDD", linewidth=0.8)
    ax.set_axisbelow(True)
    ax.tick_params(labelsize=8, colors=COLOURS["text"])


def opportunities_figure(result: Mapping[str, Any], *, lang: str = "fr", top: int = 12,
                         texts: Mapping[str, str] | None = None, dpi: float = 100) -> Figure:
    """Direct and supplier jobs of the `top` sectors, the largest on top."""
    rows = [r for r in result["sectors"] if (r.get("total_jobs") or 0) > 0][:top]
    fig = Figure(figsize=(7.6, max(3.4, 1.4 + ROW_IN * len(rows))), dpi=dpi,
                 layout="constrained", facecolor="white")
    ax = fig.add_subplot()
    _style(ax)
    share = format_percent(result["share"], lang, 0)
    fig.suptitle(_text(lang, "opportunities", texts, share=share), x=0.01, ha="left",
                 fontsize=11, fontweight="bold", color=COLOURS["text"])
    if not rows:
        ax.set_axis_off()
        ax.text(0.5, 0.5, _text(lang, "none", texts), ha="center", va="center", fontsize=10,
                color=COLOURS["muted"], transform=ax.transAxes)
        return fig
    rows = rows[::-1]
    positions = range(len(rows))
    direct = [r["direct_jobs"] for r in rows]
    others = [max((r["total_jobs"] or 0.0) - r["direct_jobs"], 0.0) for r in rows]
    names = [literal(f"{r['code']}  {wrap(r['label'], 34, 1)}") for r in rows]
    ax.barh(positions, direct, color=COLOURS["direct"], height=0.7,
            label=_text(lang, "direct", texts))
    ax.barh(positions, others, left=direct, color=COLOURS["indirect"], height=0.7,
            label=_text(lang, "indirect_closed" if result.get("closed") else "indirect", texts))
    largest = max(d + o for d, o in zip(direct, others, strict=True))
    for k, row in enumerate(rows):
        ax.text((row["total_jobs"] or 0.0) + largest * 0.01, k,
                format_number(row["total_jobs"] or 0.0, 0 if largest >= 20 else 1, lang),
                va="center", fontsize=8, color=COLOURS["text"])
    ax.set_yticks(list(positions), names, fontsize=8)
    ax.set_xlim(0, largest * 1.12)
    ax.xaxis.set_major_formatter(lambda v, _: format_number(v, 0, lang))
    ax.set_xlabel(_text(lang, "jobs_axis", texts), fontsize=8.5, color=COLOURS["muted"])
    ax.set_title(_text(lang, "opportunities_note", texts, n=len(rows)), loc="left", fontsize=8,
                 color=COLOURS["muted"])
    ax.legend(loc="lower right", fontsize=8, frameon=True, framealpha=0.9)
    return fig


def capital_figure(result: Mapping[str, Any], *, lang: str = "fr",
                   texts: Mapping[str, str] | None = None, dpi: float = 100) -> Figure:
    """Per ownership type: capital pay per 100 € of turnover, local and outside, stacked."""
    groups = [(ownership_label(code, lang), group)
              for code, group in result["by_ownership"].items()]
    groups.sort(key=lambda item: -(item[1]["capital"]["outside_share"] or 0.0))
    groups.append((_text(lang, "all", texts), result["all"]))
    groups = groups[::-1]
    fig = Figure(figsize=(7.6, max(3.0, 1.5 + ROW_IN * len(groups))), dpi=dpi,
                 layout="constrained", facecolor="white")
    ax = fig.add_subplot()
    _style(ax)
    local = [100 * (g["capital"]["local_share_of_turnover"] or 0.0) for _, g in groups]
    outside = [100 * (g["capital"]["outside_share"] or 0.0) for _, g in groups]
    positions = range(len(groups))
    ax.barh(positions, local, color=COLOURS["local"], height=0.65,
            label=_text(lang, "capital_local", texts))
    ax.barh(positions, outside, left=local, color=COLOURS["outside"], height=0.65,
            label=_text(lang, "capital_outside", texts))
    largest = max([a + b for a, b in zip(local, outside, strict=True)] + [0.1])
    for k, (a, b) in enumerate(zip(local, outside, strict=True)):
        ax.text(a + b + largest * 0.01, k,
                _text(lang, "capital_leaves", texts, value=format_number(b, 1, lang)),
                va="center", fontsize=8, color=COLOURS["outside"])
    ax.set_yticks(list(positions), [literal(f"{name} (n = {g['n']})") for name, g in groups],
                  fontsize=8)
    ax.set_xlim(0, largest * 1.18)
    ax.xaxis.set_major_formatter(lambda v, _: format_number(v, 1, lang))
    ax.set_xlabel(_text(lang, "capital_axis", texts), fontsize=8.5, color=COLOURS["muted"])
    fig.suptitle(_text(lang, "capital", texts), x=0.01, ha="left", fontsize=11,
                 fontweight="bold", color=COLOURS["text"])
    ax.set_title(_text(lang, "capital_note", texts), loc="left", fontsize=8,
                 color=COLOURS["muted"])
    ax.legend(loc="lower right", fontsize=8, frameon=True, framealpha=0.9)
    return fig
