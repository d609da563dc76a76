"""Import-substitution opportunities: Shuman's leakage analysis on the French table (§4c).

For every sector i of the table, with national output x_i, national employment E_i, national
domestic use D_i = output + imports − exports, the territory's population P_R, the national
population P_N and the territory's employment E^R_i:

    E*_i = E_i · (D_i / x_i) · (P_R / P_N)     jobs a self-reliant territory would have
    g_i  = max(0, E*_i − E^R_i)                the gap (a negative difference is a surplus)
    Δf_i = θ g_i x_i / E_i                     filling a share θ of it: direct output
    x    = L^R Δf                              total effects through the regional model
                                               (L̄ with households in, when closed)

Jobs are Σ_i e_i x_i, income and value added likewise. Each sector's row carries the effects of
filling *its own* gap (column j of L^R times Δf_j), so the rows add up to the totals and a local
committee can read every candidate on its own. Ranked by total jobs.

`TerritoryEmployment` is the one input the business-register frame feeds (`from_establishments`),
until then a file or the study's input-output settings give it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import InvalidInput
from .effects import effects_summary, layered_effects
from .impact_notices import notice
from .io_model import FloatArray
from .io_workbench import InputOutputWorkbench, euros_per_unit, persons_per_unit
from .regionalisation import naf_to_sector

SOURCES = ("file", "settings", "frame")

# SIRENE `trancheEffectifsEtablissement` (methods.md §4b) → persons: the middle of each band of
# employees; an establishment declaring none (NN, 00) counts its one working owner.
SIZE_BANDS: dict[str, float] = {
    "NN": 1, "00": 1, "01": 1.5, "02": 4, "03": 7.5, "11": 14.5, "12": 34.5, "21": 74.5,
    "22": 149.5, "31": 224.5, "32": 374.5, "41": 749.5, "42": 1499.5, "51": 3499.5,
    "52": 7499.5, "53": 10000,
}  # fmt: skip


@dataclass(frozen=True)
class TerritoryEmployment:
    """E^R_i: the territory's employment by sector (persons), and where it comes from."""

    employment: Mapping[str, float]
    source: str  # "file", "settings" or "frame"
    establishments: Mapping[str, int] | None = None  # frame establishments by sector

    @property
    def total(self) -> float:
        return float(sum(self.employment.values()))


def from_establishments(establishments: Iterable[tuple[str | None, str | None]],
                        bridge: Mapping[str, str], codes: Iterable[str]) -> TerritoryEmployment:
    """E^R_i from the frame's active establishments, given as (NAF sub-class, size band code).

    Persons are the middle of each SIRENE employee band (an estimate: the register counts
    employees in bands, and the self-employed owner of a one-person shop as none). An
    establishment without a NAF code or with a code the bridge lacks is left out.
    """
    persons = dict.fromkeys(codes, 0.0)
    counts = dict.fromkeys(persons, 0)
    for naf, band in establishments:
        if not naf:
            continue
        try:
            sector = naf_to_sector(naf, bridge)
        except InvalidInput:
            continue
        if sector not in persons:
            continue
        counts[sector] += 1
        persons[sector] += SIZE_BANDS.get(str(band or "NN"), 1.0)
    return TerritoryEmployment(persons, "frame", counts)


def check_share(share: float) -> float:
    value = float(share)
    if not (np.isfinite(value) and 0 <= value <= 1):
        raise InvalidInput("impact.share_range", field="share", share=value)
    return value


def check_population(territory: float, national: float) -> tuple[float, float]:
    """P_R and P_N: positive, and the territory not larger than the country."""
    p_r, p_n = float(territory), float(national)
    if not (np.isfinite(p_n) and p_n > 0):
        raise InvalidInput("impact.national_population", field="national_population",
                           population=p_n)
    if not (np.isfinite(p_r) and p_r > 0):
        raise InvalidInput("impact.population_zero", field="population", population=p_r)
    if p_r > p_n:
        raise InvalidInput("impact.population_above_national", field="population",
                           population=p_r, national=p_n)
    return p_r, p_n


def employment_vector(bench: InputOutputWorkbench, employment: Mapping[str, float]
                      ) -> FloatArray:
    """E^R in the table's sector order; every sector once, none unknown, none negative."""
    codes = bench.sectors
    unknown = [str(code) for code in employment if code not in codes]
    if unknown:
        raise InvalidInput("impact.unknown_sector", field="regional_employment",
                           sector=unknown[0], sectors=codes)
    missing = [code for code in codes if code not in employment]
    if missing:
        raise InvalidInput("impact.missing_sectors", field="regional_employment",
                           sectors=missing)
    vector = np.array([float(employment[code]) for code in codes], dtype=np.float64)
    bad = [c for c, v in zip(codes, vector, strict=True) if not (np.isfinite(v) and v >= 0)]
    if bad:
        raise InvalidInput("impact.negative_employment", field="regional_employment",
                           sectors=bad)
    return vector


def _scales(bench: InputOutputWorkbench) -> tuple[float, str | None, float, str | None]:
    money = euros_per_unit(bench.info.unit)
    persons = persons_per_unit(bench.info.employment_unit)
    return (money or 1.0, "EUR" if money else bench.info.unit,
            persons or 1.0, "persons" if persons else bench.info.employment_unit)


def import_substitution(
    bench: InputOutputWorkbench,
    territory: TerritoryEmployment,
    *,
    population: float,
    national_population: float,
    share: float,
    leakage: Mapping[str, Mapping[str, float]] | None = None,
) -> dict[str, Any]:
    """The opportunities of methods.md §4c on `bench`'s model (regionalised, closed or not).

    `territory.employment` is in persons when the table states its employment unit, otherwise
    in that unit; money results are in euros when the table states its money unit.
    `leakage` (sector → category → euros) is the survey's non-local purchases spread over
    supplying sectors, shown beside each sector.
    """
    theta = check_share(share)
    p_r, p_n = check_population(population, national_population)
    table = bench.table
    if table.employment is None:
        raise InvalidInput("impact.no_employment", field="table")
    if table.domestic_use is None:
        raise InvalidInput("impact.no_domestic_use", field="table")
    money_scale, money_unit, jobs_scale, jobs_unit = _scales(bench)
    codes = bench.sectors
    local = employment_vector(bench, territory.employment)
    national = table.employment * jobs_scale
    above = [c for c, r, n in zip(codes, local, national, strict=True) if r > n * (1 + 1e-9)]
    if above:
        raise InvalidInput("impact.local_above_national", field="regional_employment",
                           sector=above[0])
    x = table.output
    with np.errstate(divide="ignore", invalid="ignore"):
        per_person = np.where(national > 0, x / national, 0.0)  # table money per job
    expected = national * (table.domestic_use / x) * (p_r / p_n)
    gap = np.maximum(expected - local, 0.0)
    direct_jobs = theta * gap
    demand = direct_jobs * per_person

    model = bench.multipliers()
    effects = layered_effects(model, demand, closed=bench.closed)
    inverse = (model.closed.leontief[:len(codes), :len(codes)]
               if bench.closed and model.closed is not None else model.leontief)

    def attributed(rate: FloatArray | None) -> FloatArray | None:
        return None if rate is None else np.asarray((rate @ inverse) * demand)

    output = inverse.sum(axis=0) * demand
    jobs = attributed(model.employment_rate)
    income = attributed(model.income_rate)
    value_added = attributed(model.value_added_rate)
    labels = table.labels or tuple(codes)
    counts = territory.establishments
    rows: list[dict[str, Any]] = []
    for k, code in enumerate(codes):
        in_sector = dict((leakage or {}).get(code, {}))
        rows.append({
            "code": code, "label": labels[k],
            "national_jobs": float(national[k]),
            "domestic_use_ratio": float(table.domestic_use[k] / x[k]),
            "expected_jobs": float(expected[k]),
            "local_jobs": float(local[k]),
            "gap_jobs": float(gap[k]),
            "surplus_jobs": float(max(local[k] - expected[k], 0.0)),
            "direct_jobs": float(direct_jobs[k]),
            "direct_output": float(demand[k] * money_scale),
            "total_output": float(output[k] * money_scale),
            "total_jobs": None if jobs is None else float(jobs[k] * jobs_scale),
            "total_income": None if income is None else float(income[k] * money_scale),
            "total_value_added": (None if value_added is None
                                  else float(value_added[k] * money_scale)),
            "establishments": None if counts is None else int(counts.get(code, 0)),
            "survey_leakage": None if leakage is None else float(sum(in_sector.values())),
            "leakage_categories": None if leakage is None else {
                c: float(v) for c, v in sorted(in_sector.items(), key=lambda p: -p[1]) if v > 0},
        })
    rows.sort(key=lambda r: (-(r["total_jobs"] or 0.0), -r["gap_jobs"], r["code"]))
    for rank, row in enumerate(rows, start=1):
        row["rank"] = rank

    def total(name: str) -> float | None:
        values = [r[name] for r in rows]
        return None if any(v is None for v in values) else float(sum(values))

    totals = {name: total(name) for name in (
        "expected_jobs", "local_jobs", "gap_jobs", "surplus_jobs", "direct_jobs",
        "direct_output", "total_output", "total_jobs", "total_income", "total_value_added",
        "establishments", "survey_leakage")}
    regional = bench.regionalisation()
    notices = []
    if regional is None:
        notices.append(notice("impact.national_model"))
    return {
        "share": theta,
        "sectors": rows,
        "totals": totals,
        "effects": effects_summary(effects, money_scale, jobs_scale),
        "population": {"territory": p_r, "national": p_n, "share": p_r / p_n},
        "territory_employment": {"source": territory.source, "total": float(local.sum()),
                                 "establishments": (None if counts is None
                                                    else int(sum(counts.values())))},
        "closed": bench.closed,
        "regionalisation": None if regional is None else {
            "method": regional.method, "delta": regional.delta, "lambda": regional.lam},
        "units": {"money": money_unit, "jobs": jobs_unit},
        "table": {"id": bench.info.id, "title": bench.info.title,
                  "title_fr": bench.info.title_fr, "attribution": bench.info.attribution,
                  "attribution_fr": bench.info.attribution_fr},
        "notices": notices,
    }
