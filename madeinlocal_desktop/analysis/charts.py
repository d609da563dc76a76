"""The dashboard's charts as matplotlib `Figure`s, built without pyplot and without Qt.

The GUI embeds them (gui/dashboard_charts.py), the report and the CLI save them (`save_figure`).
Every builder takes plain data (the `AnalysisResult.to_dict()` pieces, or dicts from
`dashboard_data`) and a language; labels of categories, sectors and ownerships are passed in so
the GUI can show the study's own words. No global matplotlib state is touched (no rcParams), so
figures can be built on any thread.

Sizes suit a 1366×768 laptop: about 900×480 px at 100 dpi on screen, saved at 150 dpi.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ..errors import InvalidInput
from ..reference.naf import sector_label
from .chart_format import (
    apportion,
    format_amount,
    format_euros,
    format_euros_short,
    format_number,
    format_percent,
    literal,
    literal_labels,
    ownership_label,
    short_label,
    text,
    wrap,
)
from .dashboard_data import money_trail
from .statistics import LM3_RANGE

# One palette for every chart (Okabe–Ito, safe for colour-blind readers): green is money that
# stays, vermillion money that leaves, blue the shop's own turnover, grey what is not spent.
PALETTE = {
    "turnover": "#0072B2",
    "local": "#009E73",
    "local3": "#7BCFB0",
    "leak": "#D55E00",
    "neutral": "#A6A6A6",
    "group": "#009E73",
    "interval": "#222222",
    "overall": "#CC79A7",
    "text": "#222222",
    "muted": "#666666",
}
SCREEN_SIZE = (9.0, 4.8)  # inches at 100 dpi: the chart area of the dashboard on a laptop
COMPACT_SIZE = (4.6, 2.6)  # a side panel's chart
SAVE_DPI = 150
TITLE_SIZE = 12
LABEL_SIZE = 9.5
NOTE_SIZE = 8.5
# LM3_RANGE (from statistics): every LM3 lies in [1, 3] (methods.md §1); intervals are cut to it

Texts = Mapping[str, str] | None


def _figure(rows: int = 0, per_row: float = 0.38) -> Figure:
    """A white figure with constrained layout, taller when there are many rows."""
    height = max(SCREEN_SIZE[1], 1.3 + per_row * rows) if rows else SCREEN_SIZE[1]
    return Figure(figsize=(SCREEN_SIZE[0], height), dpi=100, layout="constrained",
                  facecolor="white")


def _style(ax: Axes, lang: str, *, grid: Literal["x", "y"] = "x") -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=LABEL_SIZE, colors=PALETTE["text"])
    ax.grid(axis=grid, color="#DDDDDD", linewidth=0.8)
    ax.set_axisbelow(True)


def _titles(fig: Figure, ax: Axes, title: str, note: str = "", *, strong: bool = False) -> None:
    """Title on the figure, note as the axes' subtitle: they never overlap, whatever the width."""
    fig.suptitle(title, x=0.01, ha="left", fontsize=TITLE_SIZE, fontweight="bold",
                 color=PALETTE["text"])
    if note:
        ax.set_title(note, loc="left", fontsize=LABEL_SIZE + 0.5 if strong else NOTE_SIZE,
                     color=PALETTE["local"] if strong else PALETTE["muted"],
                     fontweight="bold" if strong else "normal")


def _decimal_axis(ax: Axes, lang: str) -> None:
    """LM3 ticks at round steps (1,0 · 1,2 · 1,4...), so one decimal never misstates a tick."""
    ax.xaxis.set_major_locator(MaxNLocator(nbins=8, steps=[1, 2, 5, 10]))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: format_number(x, 1, lang)))


# --- LM3 by group ---------------------------------------------------------------------------------


def _interval(group: Mapping[str, Any], key: str) -> tuple[float, float] | None:
    pair = group.get("lm3", {}).get(key)
    if not pair or pair[0] is None or pair[1] is None:
        return None
    return float(pair[0]), float(pair[1])


def lm3_by_group_figure(
    groups: Mapping[str, Mapping[str, Any]],
    *,
    kind: str,
    lang: str = "fr",
    labels: Mapping[str, str] | None = None,
    overall: float | None = None,
    interval: str = "ci95",
    texts: Texts = None,
) -> Figure:
    """LM3 (ratio of totals) per sector or ownership, with its 95 % interval and n.

    `groups` is `result["by_sector"]` or `result["by_ownership"]`; `kind` is "sector" or
    "ownership"; `interval` names the interval to draw ("ci95" or "bootstrap_ci95").
    Bars start at 1 (an LM3 is never below 1), so their length is the local value added.
    """
    labels = literal_labels(labels)
    items = sorted(groups.items(), key=lambda kv: -(kv[1]["lm3"]["ratio_of_totals"] or 0.0))
    fig = _figure(len(items), per_row=0.42)
    ax = fig.add_subplot()
    _style(ax, lang)
    lo_end, hi_end = LM3_RANGE
    values, lows, highs, names, clipped = [], [], [], [], False
    for key, group in items:
        value = float(group["lm3"]["ratio_of_totals"])
        ci = _interval(group, interval)
        low, high = ci if ci else (value, value)
        clipped |= low < lo_end or high > hi_end
        values.append(value)
        lows.append(max(low, lo_end))
        highs.append(min(high, hi_end))
        name = labels.get(key) or (ownership_label(key, lang) if kind == "ownership"
                                   else literal(sector_label(key, lang)))
        lines = wrap(name, 36).split("\n")
        alone = group.get("n_businesses", 2) < 2  # one shop: no interval to draw
        lines[-1] = text(lang, "n_label_no_interval" if alone else "n_label", texts,
                         label=lines[-1], n=group["n"])
        names.append("\n".join(lines))
    rows = list(range(len(items)))[::-1]  # the highest LM3 on top
    ax.barh(rows, [v - lo_end for v in values], left=lo_end, height=0.62,
            color=PALETTE["group"], alpha=0.85)
    ax.errorbar(values, rows, xerr=[[v - lo for v, lo in zip(values, lows, strict=True)],
                                    [hi - v for v, hi in zip(values, highs, strict=True)]],
                fmt="none", ecolor=PALETTE["interval"], elinewidth=1.3, capsize=4)
    for row, value, high in zip(rows, values, highs, strict=True):
        ax.text(max(value, high) + 0.03, row, format_number(value, 2, lang), va="center",
                fontsize=LABEL_SIZE, color=PALETTE["text"])
    # An interval cut at 1 or 3 ends in an arrow head instead of a cap.
    for row, (_, group) in zip(rows, items, strict=True):
        ci = _interval(group, interval)
        if ci and ci[0] < lo_end:
            ax.plot(lo_end, row, marker="<", color=PALETTE["interval"], markersize=6)
        if ci and ci[1] > hi_end:
            ax.plot(hi_end, row, marker=">", color=PALETTE["interval"], markersize=6)
    if overall is not None and math.isfinite(overall):
        ax.axvline(overall, color=PALETTE["overall"], linestyle="--", linewidth=1.5,
                   label=text(lang, "overall", texts, value=format_number(overall, 2, lang)))
        ax.legend(loc="lower right", fontsize=NOTE_SIZE, frameon=True, framealpha=0.9)
    ax.set_yticks(rows, names)
    right = max([*highs, *values, overall or lo_end]) + 0.25
    ax.set_xlim(lo_end - 0.02, min(max(right, lo_end + 0.5), hi_end + 0.25))
    ax.set_ylim(-0.6, len(items) - 0.4)
    _decimal_axis(ax, lang)
    ax.set_xlabel(text(lang, "lm3_axis", texts), fontsize=LABEL_SIZE)
    note = text(lang, "interval_note", texts) + (text(lang, "clipped_note", texts)
                                                   if clipped else "")
    _titles(fig, ax, text(lang, "by_sector" if kind == "sector" else "by_ownership", texts),
            note)
    return fig


# --- leakage --------------------------------------------------------------------------------------


def leakage_figure(
    leakage: Mapping[str, Mapping[str, Any]],
    *,
    lang: str = "fr",
    labels: Mapping[str, str] | None = None,
    retained: Mapping[str, Any] | None = None,
    not_described: Mapping[str, Any] | None = None,
    texts: Texts = None,
) -> Figure:
    """Euros (and share of turnover) leaving the territory per spending category.

    `leakage` is `result["leakage_by_category"]`; `labels` maps category codes to the study's
    words. `retained` and `not_described`, when given, are drawn apart in grey: they are neither
    local nor leakage.
    """
    labels = literal_labels(labels)
    rows_data = [(short_label(labels.get(code, code)), entry, PALETTE["leak"])
                 for code, entry in sorted(leakage.items(),
                                           key=lambda kv: -(kv[1].get("euros") or 0.0))]
    for key, entry in (("retained", retained), ("not_described", not_described)):
        if entry is not None:
            rows_data.append((short_label(text(lang, key, texts)), entry, PALETTE["neutral"]))
    fig = _figure(len(rows_data), per_row=0.30)
    ax = fig.add_subplot()
    _style(ax, lang)
    # Half a row of space sets the grey "not spent" rows apart from the leakage proper.
    gap = [0.5 if colour == PALETTE["neutral"] else 0.0 for _, _, colour in rows_data]
    rows = [len(rows_data) - 1 - i + (0.5 - g if any(gap) else 0.0)
            for i, g in enumerate(gap)]
    euros = [float(entry.get("euros") or 0.0) for _, entry, _ in rows_data]
    ax.barh(rows, euros, height=0.62, color=[c for _, _, c in rows_data])
    top = max(euros, default=0.0) or 1.0
    for row, (_, entry, _), value in zip(rows, rows_data, euros, strict=True):
        label = f"{format_euros(value, lang)} · {_share_label(entry.get('share'), lang)}"
        ax.text(value + top * 0.01, row, label, va="center", fontsize=LABEL_SIZE - 0.5,
                color=PALETTE["text"])
    ax.set_yticks(rows, [name for name, _, _ in rows_data])
    ax.set_xlim(0, top * 1.42)  # room for the "43 386 650 € · 43,3 %" labels
    ax.set_ylim(-0.6, max(rows) + 0.6)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: format_euros_short(x, lang)))
    ax.set_xlabel(text(lang, "leakage_axis", texts), fontsize=LABEL_SIZE)
    _titles(fig, ax, text(lang, "leakage", texts), text(lang, "leakage_share_note", texts))
    return fig


def _share_label(share: float | None, lang: str) -> str:
    """"< 0,1 %" rather than a misleading "0,0 %" for a small but real leak."""
    if share is not None and 0 < share < 0.0005:
        return "< " + format_percent(0.001, lang)
    return format_percent(share, lang)


# --- the money trail ------------------------------------------------------------------------------


def money_trail_figure(
    result: Mapping[str, Any],
    *,
    lang: str = "fr",
    labels: Mapping[str, str] | None = None,
    texts: Texts = None,
) -> Figure:
    """100 € spent in a surveyed shop, round by round: what stays and what leaks (a waterfall).

    Round 1 is the 100 €; round 2 splits them into what the shop pays locally, what it pays
    outside and what it does not spend; round 3 is what the local recipients re-spend locally;
    the last column adds the local rounds up: its height / 100 is the LM3.
    """
    labels = literal_labels(labels)
    trail = money_trail(result)
    money = lambda v: format_amount(v, lang)  # noqa: E731
    fig = _figure()
    ax = fig.add_subplot()
    _style(ax, lang, grid="y")
    width = 0.56
    spent, r2, r3 = trail.spent, trail.round2_local, trail.round3_local
    outside, not_spent, outside3 = trail.round2_outside, trail.round2_not_spent, \
        trail.round3_outside
    bars = [  # (column, bottom, height, colour)
        (0, 0.0, spent, PALETTE["turnover"]),
        (1, 0.0, r2, PALETTE["local"]),
        (1, r2, outside, PALETTE["leak"]),
        (1, r2 + outside, not_spent, PALETTE["neutral"]),
        (2, 0.0, r3, PALETTE["local3"]),
        (2, r3, outside3, PALETTE["leak"]),
        (3, 0.0, spent, PALETTE["turnover"]),
        (3, spent, r2, PALETTE["local"]),
        (3, spent + r2, r3, PALETTE["local3"]),
    ]
    for column, bottom, height, colour in bars:
        ax.bar(column, height, width, bottom=bottom, color=colour, edgecolor="white",
               linewidth=0.8)

    def inside(column: float, bottom: float, height: float, label: str, dark: bool) -> None:
        if height < 7 * (label.count("\n") + 1):  # too thin for its lines: write beside the bar
            ax.text(column + width / 2 + 0.04, bottom + height / 2, label, va="center",
                    ha="left", fontsize=NOTE_SIZE, color=PALETTE["text"])
            return
        ax.text(column, bottom + height / 2, label, ha="center", va="center",
                fontsize=LABEL_SIZE, color="white" if dark else PALETTE["text"],
                fontweight="bold")

    # Written amounts are rounded to 0,1 € so that the parts add up to what is written as
    # their whole (26,5 + 68,0 + 5,5 = 100); the bars keep the exact values.
    r2_, outside_, not_spent_ = apportion([r2, outside, not_spent])
    r3_, outside3_ = apportion([r3, outside3], total=r2_)
    inside(0, 0, spent, text(lang, "trail_spent", texts, value=money(spent)), True)
    inside(1, 0, r2, text(lang, "trail_local", texts, value=money(r2_)), True)
    inside(1, r2, outside, text(lang, "trail_outside", texts, value=money(outside_)), True)
    if not_spent >= 0.5:
        inside(1, r2 + outside, not_spent,
               text(lang, "trail_not_spent", texts, value=money(not_spent_)), False)
    inside(2, 0, r3, text(lang, "trail_local", texts, value=money(r3_)), False)
    inside(2, r3, outside3, text(lang, "trail_outside", texts, value=money(outside3_)), True)
    inside(3, 0, spent, money(spent), True)
    inside(3, spent, r2, "+ " + money(r2_), True)
    inside(3, spent + r2, r3, "+ " + money(r3_), False)
    total = spent + r2 + r3
    ax.text(3, total + 2, f"= {money(spent + r2_ + r3_)}", ha="center", va="bottom",
            fontsize=LABEL_SIZE + 1, fontweight="bold", color=PALETTE["text"])
    # Connectors: the money that stays local is the next round's whole bar.
    for x0, x1, level in ((0, 1, spent), (1, 2, r2)):
        ax.plot([x0 + width / 2, x1 - width / 2], [level, level], color=PALETTE["muted"],
                linestyle=":", linewidth=1)

    ax.set_xticks(range(4), [text(lang, key, texts) for key in
                             ("trail_round1", "trail_round2", "trail_round3", "trail_total")])
    ax.set_xlim(-0.5, 3.75)
    ax.set_ylim(0, total * 1.12)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _: money(y)))
    leaks = ", ".join(f"{short_label(labels.get(code, code), 0)} {money(value)}"
                      for code, value in trail.biggest_leaks)
    if leaks:
        ax.set_xlabel(wrap(text(lang, "trail_leaks", texts, items=leaks), 100),
                      fontsize=NOTE_SIZE, color=PALETTE["muted"])
    r = lambda v: money(v).replace("€", "").strip()  # noqa: E731
    formula = text(lang, "trail_lm3", texts, r1=r(spent), r2=r(r2_), r3=r(r3_),
                   lm3=format_number(trail.lm3, 3, lang))  # 3 digits: 138,5 € ↔ 1,385
    _titles(fig, ax, text(lang, "trail", texts, spent=money(spent)), formula)
    return fig


# --- scenarios ------------------------------------------------------------------------------------


def scenario_figure(
    outcomes: Sequence[Mapping[str, Any]],
    *,
    lang: str = "fr",
    labels: Mapping[str, str] | None = None,
    texts: Texts = None,
    compact: bool = False,
) -> Figure:
    """Today's LM3 beside one or more shift scenarios (`ScenarioOutcome.to_dict()` each).

    Like the LM3 charts, bars start at 1 (round 1: the euro of sales) and stack the local rounds 2
    and 3 per euro, then, hatched, what the scenario adds; the label at the end is the LM3.
    `compact` draws a small chart without titles, for a panel whose labels already say them.
    """
    if not outcomes:
        raise ValueError("scenario_figure needs at least one scenario")
    labels = literal_labels(labels)
    base = outcomes[0]["base"]
    r1 = float(base["r1"])
    fig = (Figure(figsize=COMPACT_SIZE, dpi=100, layout="constrained", facecolor="white")
           if compact else _figure(len(outcomes) + 1, per_row=0.9))
    ax = fig.add_subplot()
    _style(ax, lang)
    names = [text(lang, "scenario_today", texts)]
    if len(outcomes) == 1:
        names.append(text(lang, "scenario_row", texts))
    else:  # several scenarios: each row says which category moves and how much
        names += [wrap(f"{short_label(labels.get(o['category'], o['category']), 0)} "
                       f"{format_percent(o['fraction'], lang, 0)}", 24) for o in outcomes]
    rows = list(range(len(outcomes) + 1))[::-1]
    r2, r3 = float(base["r2"]) / r1, float(base["r3"]) / r1
    ends = []
    for index, row in enumerate(rows):
        segments = [(r2, PALETTE["local"], "", "scenario_r2"),
                    (r3, PALETTE["local3"], "", "scenario_r3")]
        if index > 0:
            outcome = outcomes[index - 1]
            segments += [(float(outcome["shifted"]) / r1, PALETTE["local"], "///",
                          "scenario_gain"),
                         (float(outcome["extra_round3"]) / r1, PALETTE["local3"], "///",
                          "scenario_gain")]
        left = LM3_RANGE[0]
        for width, colour, hatch, key in segments:
            ax.barh(row, width, left=left, height=0.55, color=colour, hatch=hatch,
                    edgecolor="white", linewidth=0.8, label=text(lang, key, texts))
            left += width
        ends.append(left)
        ax.text(left + 0.02, row, format_number(left, 2, lang), va="center",
                fontsize=LABEL_SIZE + 1, fontweight="bold", color=PALETTE["text"])
    ax.set_yticks(rows, names)
    ax.set_xlim(LM3_RANGE[0], max(max(ends) + 0.2, LM3_RANGE[0] + 0.6))
    ax.set_ylim(-0.7, len(rows) - 0.3)
    _decimal_axis(ax, lang)
    ax.set_xlabel(text(lang, "scenario_axis", texts), fontsize=LABEL_SIZE)
    handles, legend_labels = ax.get_legend_handles_labels()
    unique = dict(zip(legend_labels, handles, strict=True))  # each colour once in the legend
    fig.legend(unique.values(), unique.keys(), loc="outside lower center", ncols=3,
               fontsize=NOTE_SIZE, frameon=False)
    if compact:
        return fig
    title, note = text(lang, "scenario_title", texts), ""
    if len(outcomes) == 1:
        outcome = outcomes[0]
        category = short_label(labels.get(outcome["category"], outcome["category"]), 0)
        title = wrap(text(lang, "scenario", texts,
                          fraction=format_percent(outcome["fraction"], lang, 0),
                          category=category), 70)
        note = text(lang, "scenario_kept", texts,
                    value=format_euros(outcome["kept_locally"], lang))
    _titles(fig, ax, title, note, strong=True)
    return fig


# --- saving ---------------------------------------------------------------------------------------


def mark_fictitious(fig: Figure, lang: str) -> Text:
    """Stamp "DONNÉES FICTIVES" on a chart of the demo: a saved file travels without the
    banner that says so on screen."""
    # Across the middle, light: it needs no room in the layout, and it cannot be cropped off.
    return fig.text(0.5, 0.5, text(lang, "fictitious_mark"), ha="center", va="center",
                    rotation=20, fontsize=min(44.0, 6.0 * fig.get_figwidth()),
                    fontweight="bold", color=PALETTE["leak"], alpha=0.22, zorder=10)


def save_figure(fig: Figure, path: str | Path, *, fictitious_lang: str | None = None) -> Path:
    """Write `fig` as PNG or SVG, chosen by the file's suffix; with `fictitious_lang`, the
    chart carries the fictitious-data mark in that language (the figure itself is left as it
    was: one on screen keeps its own banner)."""
    target = Path(path)
    mark = mark_fictitious(fig, fictitious_lang) if fictitious_lang is not None else None
    try:
        return _save(fig, target)
    finally:
        if mark is not None:
            mark.remove()


def _save(fig: Figure, target: Path) -> Path:
    suffix = target.suffix.lower()
    if suffix == ".png":
        fig.savefig(target, format="png", dpi=SAVE_DPI, facecolor="white")
    elif suffix == ".svg":
        # No date in the file: the same chart always gives the same bytes.
        fig.savefig(target, format="svg", facecolor="white", metadata={"Date": None})
    else:
        raise InvalidInput("analysis.chart_format", field="path", name=target.name)
    return target
