"""`analyse(...)`: from interview tables to the LM3 figures a study reports.

Pipeline: validate the contract (frames) → fill missing answers (missing) → resolve Round-3
shares (respend) → rounds per interview (lm3) → aggregates with Taylor SE and a stratified
bootstrap (statistics) → `AnalysisResult`, whose `to_dict()` is plain JSON-ready Python.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from ..errors import Cancelled, InvalidInput, Message
from ..reference.naf import sector_labels
from .frames import RETAINED, SHARE, Inputs, validate
from .lm3 import LineArrays, Rounds, leakage, ratio_with_shares, rounds, sum_by
from .missing import exclusions, impute_amount, impute_local_share
from .proxy_spread import CONCENTRATION, DRAWS, ProxyDraws, draw_shares, replicate_ratios
from .respend import Resolved, resolve, survey_means
from .statistics import (
    DEFAULT_SEED,
    LM3_RANGE,
    GroupedRatio,
    Replicates,
    clip_interval,
    grouped_ratio,
    percentile_interval,
    stratified_bootstrap,
    t_interval,
)

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]
BoolArray = npt.NDArray[np.bool_]

FLAG_COLUMNS = ("local_share_imputed", "respend_share_imputed", "amount_imputed")
OVERSPENT = "spending_exceeds_turnover"


# --- preparation (shared with scenarios) ----------------------------------------------------------


@dataclass(frozen=True)
class Prepared:
    """Validated, filled-in inputs restricted to the interviews that enter the aggregates."""

    inputs: Inputs
    excluded: BoolArray  # per input interview
    reasons: npt.NDArray[np.object_]  # per input interview: None, or why it is excluded
    said: dict[str, Message]  # each reason in words (missing.Exclusions)
    rows: IntArray  # input rows of the included interviews
    r1: FloatArray
    weight: FloatArray
    lines: LineArrays
    local_imputed: BoolArray  # per kept line
    amount_imputed: BoolArray
    respend: Resolved
    survey_mean: dict[str, float]
    recipient: IntArray  # per kept line: its recipient group's code (Round 3)


def prepare(
    interviews: pd.DataFrame,
    lines: pd.DataFrame,
    *,
    respondents: pd.DataFrame | None = None,
    defaults: Mapping[str, Any] | None = None,
    io_proxy: Mapping[str, float] | None = None,
) -> Prepared:
    """Validate, fill in missing answers and resolve Round 3: what `analyse` and the scenarios
    compute on. Raises InvalidInput for input that breaks the contract."""
    inp = validate(interviews, lines, respondents, defaults, io_proxy)
    n_sec, n_cat = len(inp.sector.labels), len(inp.category.labels)
    line_sector = inp.sector.codes[inp.line_interview]
    share_rule = inp.rule == SHARE
    amount = impute_amount(inp.amount, inp.r1[inp.line_interview], line_sector,
                           inp.category.codes, n_sec, n_cat)
    local = impute_local_share(inp.local_share, share_rule, line_sector, inp.category.codes,
                               n_sec, n_cat)
    means = survey_means(inp.respondent_group, inp.respondent_share)
    out = exclusions(inp.r1, inp.line_interview, amount.unfillable, inp.category.codes,
                     inp.category.labels)
    included = ~out.excluded
    rows = np.flatnonzero(included)
    keep = included[inp.line_interview]
    # Round 3 is resolved on the kept lines only: step 4 medians and counts describe the analysis.
    respend = resolve(
        inp.respend_share[keep], inp.respend_source[keep], inp.recipient.codes[keep],
        inp.recipient.labels, share_rule[keep],
        survey_mean=means, io_proxy=inp.io_proxy, defaults=inp.defaults,
    )
    position = np.full(len(inp.r1), -1, dtype=np.intp)
    position[rows] = np.arange(len(rows))
    kept = LineArrays(
        interview=position[inp.line_interview[keep]],
        category=inp.category.codes[keep],
        rule=inp.rule[keep],
        amount=amount.values[keep],
        local_share=local.values[keep],
        respend_share=respend.shares,
    )
    return Prepared(
        inputs=inp, excluded=out.excluded, reasons=out.reasons, said=out.said, rows=rows,
        r1=inp.r1[rows], weight=inp.weight[rows],
        lines=kept, local_imputed=local.imputed[keep], amount_imputed=amount.imputed[keep],
        respend=respend, survey_mean=means, recipient=inp.recipient.codes[keep],
    )


def require_some(prep: Prepared) -> None:
    """Refuse, saying why, when no interview is left to analyse."""
    if len(prep.rows) == 0:
        found = sorted({str(r) for r in prep.reasons})
        if not found:
            raise InvalidInput("analysis.no_interviews")
        raise InvalidInput("analysis.none_analysable", reasons=[prep.said[r] for r in found])


# --- result ---------------------------------------------------------------------------------------


def _number(value: Any) -> float | None:
    """A plain float for JSON, None for NaN/inf/None."""
    if value is None:
        return None
    out = float(value)
    return out if math.isfinite(out) else None


def _pair(values: tuple[float, float] | None) -> list[float | None] | None:
    return None if values is None else [_number(values[0]), _number(values[1])]


@dataclass(frozen=True)
class RatioSummary:
    """The LM3 of a set of interviews: headline, typical shop and uncertainty."""

    ratio_of_totals: float
    mean: float
    se: float | None
    ci95: tuple[float, float] | None
    bootstrap_ci95: tuple[float, float] | None
    bootstrap_b: int
    seed: int
    # 95 % range of the LM3 when the estimated Round-3 shares are drawn (proxy_spread.py);
    # None when every share used was surveyed.
    proxy_ci95: tuple[float, float] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "ratio_of_totals": _number(self.ratio_of_totals),
            "mean": _number(self.mean),
            "se": _number(self.se),
            "ci95": _pair(self.ci95),
            "bootstrap_ci95": _pair(self.bootstrap_ci95),
            "bootstrap": {"B": int(self.bootstrap_b), "seed": int(self.seed)},
            "proxy_ci95": _pair(self.proxy_ci95),
        }


@dataclass(frozen=True)
class GroupSummary:
    n: int  # interviews
    lm3: RatioSummary
    recirculation_share: float
    n_businesses: int = 0  # the units of the intervals: below 2, a group has none

    @property
    def too_small_for_interval(self) -> bool:
        return self.n_businesses < 2

    def to_dict(self) -> dict[str, Any]:
        return {"n": int(self.n), "n_businesses": int(self.n_businesses),
                "lm3": self.lm3.to_dict(),
                "recirculation_share": _number(self.recirculation_share)}


@dataclass(frozen=True)
class Euros:
    euros: float
    share: float  # of Σ w R1

    def to_dict(self) -> dict[str, Any]:
        return {"euros": _number(self.euros), "share": _number(self.share)}


@dataclass(frozen=True)
class MissingSummary:
    counts: dict[str, int]
    excluded: tuple[tuple[str, str], ...]  # (interview id, reason)
    bounds: tuple[float, float]  # headline with every imputed share at 0 and at 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "counts": {k: int(v) for k, v in self.counts.items()},
            "excluded": [{"id": i, "reason": r} for i, r in self.excluded],
            "bounds": {"low": _number(self.bounds[0]), "high": _number(self.bounds[1])},
        }


@dataclass(frozen=True)
class AnalysisResult:
    """Everything `analyse` found; `interviews` is the per-interview table for the GUI.

    Euro figures (leakage, retained, not described) are weighted sums, i.e. the sample sums
    when no weights are given; their `share` is of Σ w R1. Per-interview `flags` name what was
    filled in or looks wrong: local_share_imputed, respend_share_imputed, amount_imputed,
    spending_exceeds_turnover. `respend_inputs` records the group shares used for Round 3.
    """

    n: int
    n_businesses: int
    weighted: bool
    population: int | None
    lm3: RatioSummary
    recirculation_share: float
    leakage_by_category: dict[str, Euros]
    retained: Euros
    not_described: Euros
    by_sector: dict[str, GroupSummary]
    by_ownership: dict[str, GroupSummary]
    respend_sources: dict[str, int]
    respend_inputs: dict[str, Any]
    missing: MissingSummary
    interviews: pd.DataFrame
    proxy_shares: ProxyDraws | None = None

    def to_dict(self) -> dict[str, Any]:
        table = self.interviews
        flags = [
            [name for name, hit in zip((*FLAG_COLUMNS, OVERSPENT), row, strict=True) if hit]
            for row in zip(*(table[c].to_numpy() > 0 for c in (*FLAG_COLUMNS, OVERSPENT)),
                           strict=True)
        ]
        records = [
            {"id": str(i), "business_id": str(b), "sector": str(s), "ownership": str(o),
             "r1": _number(r1), "r2": _number(r2), "r3": _number(r3), "lm3": _number(m),
             "recirculation_share": _number(rs), "flags": f}
            for i, b, s, o, r1, r2, r3, m, rs, f in zip(
                table["id"], table["business_id"], table["sector"], table["ownership"],
                table["r1"], table["r2"], table["r3"], table["lm3"],
                table["recirculation_share"], flags, strict=True)
        ]
        return {
            "n": int(self.n),
            "n_businesses": int(self.n_businesses),
            "weighted": bool(self.weighted),
            "population": None if self.population is None else int(self.population),
            "lm3": self.lm3.to_dict(),
            "recirculation_share": _number(self.recirculation_share),
            "leakage_by_category": {k: v.to_dict() for k, v in self.leakage_by_category.items()},
            "retained": self.retained.to_dict(),
            "not_described": self.not_described.to_dict(),
            "by_sector": {k: {**v.to_dict(), "label": sector_labels(k)}
                          for k, v in self.by_sector.items()},
            "by_ownership": {k: v.to_dict() for k, v in self.by_ownership.items()},
            "interviews": records,
            "respend_sources": dict(self.respend_sources),
            "respend_inputs": {k: dict(v) for k, v in self.respend_inputs.items()},
            "missing": self.missing.to_dict(),
            "proxy_shares": None if self.proxy_shares is None else self.proxy_shares.to_dict(),
        }


# --- progress and cancel --------------------------------------------------------------------------


class _Progress:
    def __init__(self, progress: Callable[[float], None] | None,
                 should_cancel: Callable[[], bool] | None) -> None:
        self._progress, self._cancel, self._last = progress, should_cancel, -1.0

    def __call__(self, done: float) -> None:
        if self._cancel is not None and self._cancel():
            raise Cancelled("analysis cancelled")
        if self._progress is not None and (done >= 1.0 or done - self._last >= 0.01):
            self._last = done
            self._progress(min(max(done, 0.0), 1.0))


# --- analysis -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Units:
    """Businesses: the bootstrap resamples them (interviews of one shop are not independent)."""

    wx: FloatArray
    wy: FloatArray
    sector: IntArray
    ownership: IntArray


def _units(prep: Prepared, rnd: Rounds) -> _Units:
    inp = prep.inputs
    _, first, business = np.unique(inp.business.codes[prep.rows], return_index=True,
                                   return_inverse=True)
    business = business.ravel()
    return _Units(
        wx=sum_by(business, prep.weight * rnd.r1, len(first)),
        wy=sum_by(business, prep.weight * rnd.y, len(first)),
        sector=inp.sector.codes[prep.rows][first],
        ownership=inp.ownership.codes[prep.rows][first],
    )


def _summaries(
    units: _Units, unit_groups: IntArray, interview_groups: IntArray,
    labels: Sequence[str] | npt.NDArray[np.object_],
    rnd: Rounds, weight: FloatArray, fraction: float,
    reps: FloatArray | None, rep_codes: IntArray | None, B: int, seed: int,
    proxy: FloatArray | None = None,
) -> dict[str, GroupSummary]:
    """One summary per group present; loops over groups only (a handful), never interviews."""
    k = len(labels)
    stats: GroupedRatio = grouped_ratio(units.wx, units.wy, unit_groups, k, fraction=fraction)
    count = np.bincount(interview_groups, minlength=k)
    mean = np.bincount(interview_groups, weights=rnd.lm3, minlength=k)
    wr1 = np.bincount(interview_groups, weights=weight * rnd.r1, minlength=k)
    wr2 = np.bincount(interview_groups, weights=weight * rnd.r2, minlength=k)
    column = {} if rep_codes is None else {int(c): j for j, c in enumerate(rep_codes)}
    out: dict[str, GroupSummary] = {}
    for g in np.flatnonzero(count):
        n_units = int(stats.n[g])
        se = None if n_units < 2 else float(stats.se[g])
        ratio = float(stats.ratio[g])
        boot = None
        if reps is not None and n_units >= 2 and int(g) in column:
            boot = percentile_interval(reps[:, column[int(g)]])
        spread = None if proxy is None else percentile_interval(proxy[:, g])
        # Every interval is cut to where an LM3 can be: a t interval of a small, spread group
        # would otherwise reach below 1.
        summary = RatioSummary(ratio, float(mean[g] / count[g]), se,
                               t_interval(ratio, se, n_units, LM3_RANGE),
                               clip_interval(boot, LM3_RANGE), B, seed,
                               clip_interval(spread, LM3_RANGE))
        out[str(labels[int(g)])] = GroupSummary(int(count[g]), summary, float(wr2[g] / wr1[g]),
                                                n_units)
    return out


def _interview_table(prep: Prepared, rnd: Rounds, spent: FloatArray) -> pd.DataFrame:
    inp, n = prep.inputs, len(prep.rows)
    line = prep.lines.interview
    table = pd.DataFrame({
        "id": inp.ids[prep.rows],
        "business_id": np.asarray(inp.business.labels, dtype=object)[inp.business.codes[prep.rows]],
        "sector": np.asarray(inp.sector.labels, dtype=object)[inp.sector.codes[prep.rows]],
        "ownership": np.asarray(inp.ownership.labels,
                                dtype=object)[inp.ownership.codes[prep.rows]],
        "weight": prep.weight,
        "r1": rnd.r1, "r2": rnd.r2, "r3": rnd.r3, "lm3": rnd.lm3,
        "recirculation_share": rnd.recirculation,
    })
    for name, mask in zip(FLAG_COLUMNS,
                          (prep.local_imputed, prep.respend.imputed, prep.amount_imputed),
                          strict=True):
        table[name] = np.bincount(line, weights=mask, minlength=n).astype(np.int64)
    table[OVERSPENT] = spent > rnd.r1 * (1 + 1e-9)
    return table


def _bounds(prep: Prepared, headline: float) -> tuple[float, float]:
    """Headline with every imputed share (local and Round 3) at 0 and at 1."""
    local, respend = prep.local_imputed, prep.respend.imputed
    if not (local.any() or respend.any()):
        return (headline, headline)
    low, high = (ratio_with_shares(prep.r1, prep.weight, prep.lines, headline, local, respend, v)
                 for v in (0.0, 1.0))
    return (low, high)


def _fraction(population: int | None, n_units: int) -> float:
    if population is None:
        return 0.0
    if population < n_units:
        raise InvalidInput("analysis.population_too_small", field="population",
                           population=population, n=n_units)
    return n_units / population


def analyse(
    interviews: pd.DataFrame,
    lines: pd.DataFrame,
    *,
    respondents: pd.DataFrame | None = None,
    defaults: Mapping[str, Any] | None = None,
    io_proxy: Mapping[str, float] | None = None,
    population: int | None = None,
    bootstrap: int = 2000,
    seed: int = DEFAULT_SEED,
    progress: Callable[[float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    workers: int | None = None,
    proxy_draws: int = DRAWS,
    proxy_concentration: float = CONCENTRATION,
) -> AnalysisResult:
    """LM3, recirculation, leakage and their uncertainty for a set of interviews.

    `population` is the number of businesses N in the surveyed population (finite-population
    correction; none when omitted). `bootstrap` is B (0 skips it). `proxy_draws` Monte Carlo
    draws (0 skips them) spread the io_proxy and default Round-3 shares, each from a Beta
    distribution of concentration `proxy_concentration` around it. `progress(done)` receives a
    fraction in [0, 1]; `should_cancel()` returning True raises `Cancelled`. `workers` is the
    number of bootstrap threads (default: up to 4 cores); the result does not depend on it.
    """
    if bootstrap < 0:
        raise InvalidInput("analysis.bootstrap_negative", field="bootstrap", b=bootstrap)
    if proxy_draws < 0:
        raise InvalidInput("analysis.draws_negative", field="proxy_draws", draws=proxy_draws)
    if not proxy_concentration > 0 or not math.isfinite(proxy_concentration):
        raise InvalidInput("analysis.concentration_not_positive", field="proxy_concentration",
                           value=proxy_concentration)
    report = _Progress(progress, should_cancel)
    report(0.0)
    prep = prepare(interviews, lines, respondents=respondents, defaults=defaults,
                   io_proxy=io_proxy)
    require_some(prep)
    inp = prep.inputs
    report(0.05)

    rnd = rounds(prep.r1, prep.lines)
    leak = leakage(prep.r1, prep.weight, prep.lines, len(inp.category.labels))
    units = _units(prep, rnd)
    fraction = _fraction(population, len(units.wx))
    report(0.1)

    reps: Replicates | None = None
    if bootstrap > 0:
        reps = stratified_bootstrap(units.wx, units.wy, units.sector, [units.ownership],
                                    B=bootstrap, seed=seed, workers=workers,
                                    on_progress=lambda done: report(0.1 + 0.85 * done))

    all_units = np.zeros(len(units.wx), dtype=np.intp)
    all_interviews = np.zeros(len(prep.rows), dtype=np.intp)
    sector, ownership = inp.sector.codes[prep.rows], inp.ownership.codes[prep.rows]
    spread = draw_shares(prep.lines, prep.respend.source, prep.recipient,
                         inp.recipient.labels, draws=proxy_draws, seed=seed,
                         concentration=proxy_concentration)

    def proxy(domain: IntArray, n_domains: int) -> FloatArray | None:
        if spread is None:
            return None
        return replicate_ratios(spread, prep.lines, prep.weight, rnd, domain, n_domains)

    overall = _summaries(units, all_units, all_interviews, ("all",), rnd, prep.weight, fraction,
                         None if reps is None else reps.overall[:, None],
                         None if reps is None else np.zeros(1, dtype=np.intp),
                         bootstrap, seed, proxy(all_interviews, 1))["all"]
    by_sector = _summaries(units, units.sector, sector, inp.sector.labels,
                           rnd, prep.weight, fraction,
                           None if reps is None else reps.by_stratum,
                           None if reps is None else reps.strata, bootstrap, seed,
                           proxy(sector, len(inp.sector.labels)))
    by_ownership = _summaries(units, units.ownership, ownership,
                              inp.ownership.labels, rnd, prep.weight, fraction,
                              None if reps is None else reps.by_domain[0],
                              None if reps is None else reps.domain_codes[0], bootstrap, seed,
                              proxy(ownership, len(inp.ownership.labels)))

    total = leak.total_r1
    leak_codes = np.unique(prep.lines.category[prep.lines.rule != RETAINED])  # shown apart
    excluded = tuple((str(inp.ids[i]), str(prep.reasons[i]))
                     for i in np.flatnonzero(prep.excluded))
    result = AnalysisResult(
        n=len(prep.rows),
        n_businesses=len(units.wx),
        weighted=inp.weighted,
        population=population,
        lm3=overall.lm3,
        recirculation_share=overall.recirculation_share,
        leakage_by_category={
            inp.category.labels[c]: Euros(float(leak.by_category[c]),
                                          float(leak.by_category[c]) / total)
            for c in leak_codes
        },
        retained=Euros(leak.retained, leak.retained / total),
        not_described=Euros(leak.not_described, leak.not_described / total),
        by_sector=by_sector,
        by_ownership=by_ownership,
        respend_sources=prep.respend.counts(),
        respend_inputs={
            "survey_mean": prep.survey_mean,
            "io_proxy": dict(inp.io_proxy),
            "default": {g: {"share": s, "justification": j} for g, (s, j) in inp.defaults.items()},
            "assumed_default": dict(prep.respend.assumed_defaults),
            "imputed": dict(prep.respend.imputed_values),
        },
        missing=MissingSummary(
            counts={
                "local_share": int(prep.local_imputed.sum()),
                "respend_share": int(prep.respend.imputed.sum()),
                "amount": int(prep.amount_imputed.sum()),
                "turnover": int(np.isnan(inp.r1).sum()),
                "excluded": len(excluded),
            },
            excluded=excluded,
            bounds=_bounds(prep, overall.lm3.ratio_of_totals),
        ),
        interviews=_interview_table(prep, rnd, leak.spent),
        proxy_shares=spread,
    )
    report(1.0)
    return result


__all__ = ["AnalysisResult", "GroupSummary", "RatioSummary", "analyse", "prepare"]
