"""Jobs, income and value added of a relocalisation scenario (issue 14 §1, methods.md §2 and §4).

A scenario moves a fraction of one or more spending categories' non-local spending to local
suppliers (`ScenarioSpec`). For each category the survey scenario (`shift_scenario`) gives the
extra euros paid to local suppliers per year (Round 2, weighted to the population when the
sample is weighted) and the LM3 after; those euros become a final-demand shock on the supplying
sectors of the study's regionalised table (`StudyModel.scenario_demand`), whose direct, indirect
and induced effects (effects.py) are the scenario's output, income, value added and jobs in the
territory. Categories not paid to suppliers (wages, rent...) change LM3 but buy nothing from an
industry: they add no shock, and the result says so.

Saved scenarios and the report call `scenario_impact` with a spec; the dashboard scales
`per_euro_effects` (the model is linear) so its sliders stay instant.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..domain import Category, Recipient
from ..errors import InvalidInput
from .effects import by_sector, effects_summary, layered_effects
from .impact_notices import notice
from .io_study import StudyModel
from .io_workbench import euros_per_unit, persons_per_unit
from .scenarios import shift_scenario


@dataclass(frozen=True)
class Shift:
    category: str  # spending category code
    fraction: float  # of its non-local spending moved to local suppliers, in [0, 1]
    respend_share: float | None = None  # the new suppliers' Round-3 share; None: the spec's

    def respend(self, spec: ScenarioSpec) -> float:
        return spec.respend_share if self.respend_share is None else self.respend_share


@dataclass(frozen=True)
class ScenarioSpec:
    """What a scenario is: the shifts, the new suppliers' Round-3 share, and a name."""

    shifts: tuple[Shift, ...]
    respend_share: float
    name: str = ""

    @classmethod
    def single(cls, category: str, fraction: float, respend_share: float) -> ScenarioSpec:
        return cls((Shift(category, float(fraction)),), float(respend_share))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ScenarioSpec:
        """`{"shifts": [{"category": "supplies", "fraction": 0.2}], "respend_share": 0.45}`;
        a shift may carry its own `"respend_share"` (absent or null: the spec's)."""
        try:
            shifts = tuple(Shift(str(s["category"]), float(s["fraction"]),
                                 None if s.get("respend_share") is None
                                 else float(s["respend_share"]))
                           for s in data["shifts"])
            respend = float(data["respend_share"])
        except (KeyError, TypeError, ValueError, AttributeError):
            raise InvalidInput("scenario.malformed", field="scenario") from None
        return cls(shifts, respend, str(data.get("name") or ""))

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "respend_share": self.respend_share,
                "shifts": [{"category": s.category, "fraction": s.fraction}
                           | ({} if s.respend_share is None
                              else {"respend_share": s.respend_share})
                           for s in self.shifts]}


def check_shape(spec: ScenarioSpec) -> None:
    """At least one shift, each category once, every share in [0, 1] (what a saved scenario
    arriving in a bundle must satisfy, before the study's categories are looked at)."""
    if not spec.shifts:
        raise InvalidInput("scenario.no_shift", field="scenario")
    seen: set[str] = set()
    for shift in spec.shifts:
        if shift.category in seen:
            raise InvalidInput("scenario.category_twice", field="category",
                               category=shift.category)
        seen.add(shift.category)
        if not (np.isfinite(shift.fraction) and 0 <= shift.fraction <= 1):
            raise InvalidInput("scenario.fraction_range", field="fraction",
                               category=shift.category, share=shift.fraction)
        own = shift.respend_share
        if own is not None and not (np.isfinite(own) and 0 <= own <= 1):
            raise InvalidInput("scenario.shift_respend_range", field="respend_share",
                               category=shift.category, share=own)
    if not (np.isfinite(spec.respend_share) and 0 <= spec.respend_share <= 1):
        raise InvalidInput("scenario.respend_range", field="respend_share",
                           share=spec.respend_share)


def check_spec(spec: ScenarioSpec, categories: Sequence[Category]) -> None:
    """Known categories, each once, shares in [0, 1]: one line naming what to fix."""
    known = {c.code for c in categories}
    for shift in spec.shifts:
        if shift.category not in known:
            raise InvalidInput("scenario.unknown_category", field="category",
                               category=shift.category, categories=sorted(known))
    check_shape(spec)


def _buys_from_industry(category: Category) -> bool:
    return category.recipient == Recipient.SUPPLIER


def _units(model: StudyModel) -> tuple[float, float, str | None]:
    info = model.bench.info
    money = euros_per_unit(info.unit)
    if money is None:
        raise InvalidInput("scenario.table_unit", field="io.table")
    persons = persons_per_unit(info.employment_unit)
    return money, persons or 1.0, "persons" if persons else info.employment_unit


def model_json(model: StudyModel) -> dict[str, Any]:
    """The model the effects come from, so `madeinlocal io shock` can be run on the same one."""
    settings = model.settings
    regional = model.bench.regionalisation()
    return {"table": settings.table,
            "regionalised": settings.regional_employment is not None,
            "method": settings.method if settings.regional_employment is not None else None,
            "delta": (settings.delta if settings.regional_employment is not None
                      and settings.method in ("flq", "aflq") else None),
            "lambda": None if regional is None else regional.lam,
            "closed": model.bench.closed,
            "survey_sectors": sorted(model.observed)}


def scenario_impact(model: StudyModel, spec: ScenarioSpec, *,
                    categories: Sequence[Category],
                    defaults: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """LM3 before and after, the extra local euros, the shock vector and its effects."""
    check_spec(spec, categories)
    by_code = {c.code: c for c in categories}
    money_scale, jobs_scale, jobs_unit = _units(model)
    survey = model.survey
    io_proxy = model.io_proxy_shares() or None
    parts: list[dict[str, Any]] = []
    demand: dict[str, float] = {}
    lm3_before = lm3_after = None
    weighted = False
    outside: list[str] = []
    for shift in spec.shifts:
        result = shift_scenario(survey.interviews, survey.lines, respondents=survey.respondents,
                                defaults=defaults, category=shift.category,
                                fraction=shift.fraction, respend_share=shift.respend(spec),
                                io_proxy=io_proxy)
        data = result.to_dict()
        weighted = data["delta_r2_weighted"] is not None
        euros = float(data["delta_r2_weighted"] if weighted else data["delta_r2"])
        both = float(data["delta_r2_r3_weighted"] if weighted else data["delta_r2_r3"])
        lm3_before = data["lm3_before"]
        # Each shift adds Δy = ΔR2 + ΔR3 over the same Σ w R1, so the changes add up.
        lm3_after = (lm3_after or lm3_before) + data["lm3_after"] - data["lm3_before"]
        industry = _buys_from_industry(by_code[shift.category])
        if industry and euros > 0:
            for code, amount in model.scenario_demand(shift.category, shift.fraction,
                                                      euros).items():
                demand[code] = demand.get(code, 0.0) + amount
        elif not industry:
            outside.append(shift.category)
        parts.append({"category": shift.category, "fraction": shift.fraction,
                      "respend_share": shift.respend(spec),
                      "extra_local_euros": euros, "extra_local_euros_r2_r3": both,
                      "lm3_after": data["lm3_after"], "buys_from_industry": industry})
    bench = model.bench
    vector = np.array([demand.get(code, 0.0) for code in bench.sectors]) / money_scale
    effects = layered_effects(bench.multipliers(), vector, closed=bench.closed)
    summary = effects_summary(effects, money_scale, jobs_scale)
    total = summary["total"]
    notices = [notice("scenario.not_industry", categories=outside)] if outside else []
    if bench.regionalisation() is None:
        notices.append(notice("impact.national_model"))
    return {
        "scenario": spec.to_dict(),
        "lm3_before": lm3_before,
        "lm3_after": lm3_after,
        "categories": parts,
        "extra_local_euros": sum(p["extra_local_euros"] for p in parts),
        "extra_local_euros_r2_r3": sum(p["extra_local_euros_r2_r3"] for p in parts),
        "population_weighted": weighted,
        "shock": {"money_unit": "EUR",
                  "demand": {code: demand[code] for code in bench.sectors if code in demand}},
        "effects": summary,
        "output": total["output"], "income": total["income"],
        "value_added": total["value_added"], "jobs": total["jobs"],
        "jobs_unit": jobs_unit,
        "by_sector": {"sectors": bench.sectors,
                      **by_sector(effects.total, money_scale, jobs_scale)},
        "closed": bench.closed,
        "model": model_json(model),
        "table": model.table_info(),
        "notices": notices,
    }


def per_euro_effects(model: StudyModel, categories: Iterable[Category]
                     ) -> dict[str, dict[str, Any]]:
    """For each supplier category: the effects of one extra euro bought locally.

    The shock of a scenario is its extra euros times a spread that does not depend on the
    fraction moved, and the model is linear: effects = euros × these. Categories whose
    purchases no answered line describes are left out.
    """
    money_scale, jobs_scale, _ = _units(model)
    bench = model.bench
    multipliers = bench.multipliers()
    out: dict[str, dict[str, Any]] = {}
    for category in categories:
        if not _buys_from_industry(category):
            continue
        try:
            demand = model.scenario_demand(category.code, 1.0, 1.0)
        except ValueError:  # nothing to spread: no line of this category
            continue
        vector = np.array([demand.get(code, 0.0) for code in bench.sectors]) / money_scale
        effects = layered_effects(multipliers, vector, closed=bench.closed)
        out[category.code] = effects_summary(effects, money_scale, jobs_scale)
    return out
