"""Two or more studies side by side: LM3, recirculation and leakage, with the difference's interval.

Each study is measured on its own filled-in data (`engine.prepare`, as its analysis): ratios of
totals over businesses with their Taylor-linearised SE (methods.md §3), overall, by sector, by
ownership type and, for leakage, by spending category. The first study is the baseline; for
each other one the difference d = b − a has, the samples being independent,
`se = √(se_a² + se_b²)` and a 95 % interval `d ± t(ν) se` with Welch–Satterthwaite's ν.

What makes two studies comparable is checked and said, never silently ignored: different fiscal
years or territories, different local rules, different spending categories, fictitious data.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..errors import InvalidInput
from .engine import Prepared, require_some
from .frames import RETAINED
from .impact_notices import notice
from .lm3 import leakage_lines, rounds, sum_by
from .statistics import grouped_ratio, t_quantile

ALL = "all"
MEASURES = ("lm3", "recirculation", "leakage")


@dataclass(frozen=True)
class StudyFacts:
    """What a comparison needs to know about a study besides its numbers."""

    label: str  # how the reader names it: the file name
    name: str
    fiscal_year: int
    territory: str
    communes: tuple[str, ...]
    rules: Mapping[str, Any]
    categories: Mapping[str, tuple[str, str]]  # code → (recipient, r2 rule)
    category_labels: Mapping[str, str] = field(default_factory=dict)
    fictitious: bool = False


@dataclass(frozen=True)
class Estimate:
    estimate: float
    se: float | None
    n: int  # businesses

    def to_dict(self) -> dict[str, Any]:
        return {"estimate": _number(self.estimate), "se": _number(self.se), "n": self.n}


def _number(value: float | None) -> float | None:
    return None if value is None or not math.isfinite(value) else float(value)


@dataclass(frozen=True)
class Measures:
    """One study's estimates: (measure, breakdown, key) → Estimate."""

    values: dict[tuple[str, str, str], Estimate]
    n_interviews: int
    n_businesses: int


def measure(prep: Prepared) -> Measures:
    """LM3, recirculation and leakage shares of one study, over businesses (interviews of one
    shop together, as the analysis resamples them)."""
    require_some(prep)
    inp = prep.inputs
    rnd = rounds(prep.r1, prep.lines)
    w = prep.weight
    _, first, unit = np.unique(inp.business.codes[prep.rows], return_index=True,
                               return_inverse=True)
    unit = unit.ravel()
    n_units = len(first)
    wx = sum_by(unit, w * rnd.r1, n_units)
    wy = sum_by(unit, w * rnd.y, n_units)
    wr2 = sum_by(unit, w * rnd.r2, n_units)
    groups = {
        "sector": (inp.sector.codes[prep.rows][first], inp.sector.labels),
        "ownership": (inp.ownership.codes[prep.rows][first], inp.ownership.labels),
    }
    values: dict[tuple[str, str, str], Estimate] = {}

    def add(name: str, breakdown: str, index: Any, labels: Sequence[str], wv: Any) -> None:
        k = len(labels)
        stats = grouped_ratio(wx, wv, index, k)
        for g in np.flatnonzero(stats.n):
            se = float(stats.se[g]) if stats.n[g] >= 2 else None
            values[(name, breakdown, str(labels[int(g)]))] = Estimate(float(stats.ratio[g]), se,
                                                                 int(stats.n[g]))

    everyone = np.zeros(n_units, dtype=np.intp)
    for name, wv in (("lm3", wy), ("recirculation", wr2)):
        add(name, ALL, everyone, [ALL], wv)
        for breakdown, (index, labels) in groups.items():
            add(name, breakdown, index, list(labels), wv)
    leak = leakage_lines(prep.lines)
    line_unit = unit[prep.lines.interview]
    labels = inp.category.labels
    for code in np.unique(prep.lines.category[prep.lines.rule != RETAINED]):
        mask = prep.lines.category == code
        wv = sum_by(line_unit[mask], (w[prep.lines.interview] * leak)[mask], n_units)
        add("leakage", "category", everyone, [str(labels[code])], wv)
    return Measures(values, len(prep.rows), n_units)


def difference(a: Estimate, b: Estimate) -> dict[str, Any]:
    """b − a for independent samples: se = √(se_a² + se_b²), Welch's t interval."""
    d = b.estimate - a.estimate
    if a.se is None or b.se is None:
        return {"difference": _number(d), "se": None, "ci95": None, "df": None,
                "significant": None}
    se = math.sqrt(a.se**2 + b.se**2)
    if se == 0:
        return {"difference": _number(d), "se": 0.0, "ci95": [d, d], "df": None,
                "significant": d != 0}
    df = se**4 / (a.se**4 / max(a.n - 1, 1) + b.se**4 / max(b.n - 1, 1))
    half = t_quantile(0.975, df) * se
    low, high = d - half, d + half
    return {"difference": _number(d), "se": se, "ci95": [low, high], "df": df,
            "significant": bool(low > 0 or high < 0)}


def _comparability(facts: Sequence[StudyFacts]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    base = facts[0]
    years = [f.fiscal_year for f in facts]
    rules = sorted({key for f in facts[1:] for key in set(base.rules) | set(f.rules)
                    if base.rules.get(key) != f.rules.get(key)})
    categories = sorted({code for f in facts[1:]
                         for code in set(base.categories) | set(f.categories)
                         if base.categories.get(code) != f.categories.get(code)})
    territories = len({frozenset(f.communes) for f in facts}) > 1
    notices = []
    if len(set(years)) > 1:
        notices.append(notice("compare.fiscal_years", years=[str(y) for y in years]))
    if territories:
        notices.append(notice("compare.territories",
                              territories=[f.territory or f.name for f in facts]))
    if rules:
        notices.append(notice("compare.rules", rules=rules))
    if categories:
        notices.append(notice("compare.categories", categories=categories))
    if any(f.fictitious for f in facts):
        notices.append(notice("compare.fictitious",
                              studies=[f.label for f in facts if f.fictitious]))
    checks = {"same_fiscal_year": len(set(years)) == 1, "same_territory": not territories,
              "same_rules": not rules, "same_categories": not categories,
              "different_rules": rules, "different_categories": categories}
    return checks, notices


def compare(facts: Sequence[StudyFacts], measures: Sequence[Measures]) -> dict[str, Any]:
    """Rows of estimates side by side and their differences with the first study."""
    if len(facts) < 2:
        raise InvalidInput("compare.need_two", field="studies")
    keys: list[tuple[str, str, str]] = []
    for m in measures:
        keys += [k for k in m.values if k not in keys]
    order = {name: i for i, name in enumerate(MEASURES)}
    breakdowns = {ALL: 0, "sector": 1, "ownership": 2, "category": 3}
    keys.sort(key=lambda k: (breakdowns[k[1]], order[k[0]], k[2]))
    labels: dict[str, str] = {}
    for f in facts:
        for code, label in f.category_labels.items():
            labels.setdefault(code, label)
    rows = []
    for key in keys:
        found = [m.values.get(key) for m in measures]
        base = found[0]
        rows.append({
            "measure": key[0], "breakdown": key[1], "key": key[2],
            "label": labels.get(key[2], key[2]) if key[1] == "category" else key[2],
            "values": [None if v is None else v.to_dict() for v in found],
            "differences": [None] + [None if base is None or v is None else difference(base, v)
                                     for v in found[1:]],
        })
    checks, notices = _comparability(facts)
    return {
        "studies": [{"label": f.label, "name": f.name, "fiscal_year": f.fiscal_year,
                     "territory": f.territory, "fictitious": f.fictitious,
                     "n": m.n_interviews, "n_businesses": m.n_businesses}
                    for f, m in zip(facts, measures, strict=True)],
        "baseline": 0,
        **checks,
        "rows": rows,
        "notices": notices,
    }
