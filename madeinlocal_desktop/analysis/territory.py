"""From the sample to the territory: design-based totals and ratios with their uncertainty.

Stratified simple random sampling without replacement (Cochran 1977, ch. 5-6; Särndal,
Swensson & Wretman 1992, ch. 3 and 7), with non-response adjusted within strata (the weight of
a respondent is N_h / r_h):

    Ŷ = Σ_h N_h ȳ_h                      V̂(Ŷ) = Σ_h N_h² (1 − r_h/N_h) s²_h / r_h
    R̂ = Ŷ / X̂                            V̂(R̂) = X̂⁻² Σ_h N_h² (1 − r_h/N_h) s²_e,h / r_h,
                                          e_i = y_i − R̂ x_i

These are R `survey`'s `svytotal` and `svyratio` on `svydesign(strata=, fpc=)`. Intervals use
Student's t with r − H degrees of freedom, and a stratified rescaled bootstrap (Rao & Wu 1988;
Rao, Wu & Yue 1992) drawing r_h − 1 units with replacement in each stratum, with the
finite-population correction λ_h = √(1 − r_h/N_h): a stratum answered in full adds nothing.

A stratum with one respondent has no variance: it is collapsed with its nearest stratum (same
sector, nearest size band first) and flagged. A stratum without respondents is not covered;
the estimates describe the covered strata and `coverage` says how much of the frame they hold.
Domains (sector, ownership) are estimated from the same design with indicator variables.
"""

from __future__ import annotations

import dataclasses
import math
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from ..errors import Cancelled, InvalidInput
from .calibration import Calibration, Margin, calibrate
from .frame_profile import SIZE_BANDS
from .statistics import DEFAULT_SEED, default_workers, percentile_interval, t_quantile

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]

BOOTSTRAP_METHOD = "rao-wu rescaled, with the finite-population correction"
# Replicate × unit cells per pass. Small on purpose: the counts stay in the core's own cache,
# and each matrix product is small enough for OpenBLAS to run it on the calling thread; with
# 2**20 cells it started its own threads beside the pool's, and on a busy two-core machine
# the bootstrap of 10,000 interviews took three times as long (benchmarks/bench_territory.py).
_CHUNK_CELLS = 1 << 14


@dataclass(frozen=True)
class Strata:
    """The frame's strata (in scope): sizes, salaried jobs, and the design's sample sizes."""

    keys: tuple[str, ...]
    parts: tuple[tuple[str, ...], ...]
    variables: tuple[str, ...]
    N: IntArray
    jobs: FloatArray
    planned: IntArray | None = None


@dataclass(frozen=True)
class Sample:
    """One row per responding frame unit: its stratum and its values (euros a year)."""

    stratum: IntArray
    values: FloatArray  # units × len(names)
    names: tuple[str, ...]
    domains: Mapping[str, tuple[IntArray, tuple[str, ...]]] = field(default_factory=dict)

    def column(self, name: str) -> FloatArray:
        return self.values[:, self.names.index(name)]


# --- results --------------------------------------------------------------------------------------


def _number(value: float | None) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return float(value)


def _pair(pair: tuple[float, float] | None) -> list[float | None] | None:
    return None if pair is None else [_number(pair[0]), _number(pair[1])]


@dataclass(frozen=True)
class Estimate:
    estimate: float
    se: float | None
    se_no_fpc: float | None
    ci95: tuple[float, float] | None
    bootstrap_ci95: tuple[float, float] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"estimate": _number(self.estimate), "se": _number(self.se),
                "se_no_fpc": _number(self.se_no_fpc), "ci95": _pair(self.ci95),
                "bootstrap_ci95": _pair(self.bootstrap_ci95)}


@dataclass(frozen=True)
class DomainEstimate:
    respondents: int
    totals: dict[str, Estimate]
    ratios: dict[str, Estimate]

    def to_dict(self) -> dict[str, Any]:
        return {"respondents": self.respondents,
                "totals": {k: v.to_dict() for k, v in self.totals.items()},
                **{k: v.to_dict() for k, v in self.ratios.items()}}


@dataclass(frozen=True)
class StratumResult:
    key: str
    N: int
    n: int | None  # planned by the design
    respondents: int
    weight: float | None  # N / r of its (collapsed) stratum; None when not covered
    collapsed_with: tuple[str, ...]  # the other strata it was estimated with
    covered: bool

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "N": self.N, "n": self.n, "respondents": self.respondents,
                "weight": _number(self.weight), "collapsed_with": list(self.collapsed_with),
                "covered": self.covered}


@dataclass(frozen=True)
class TerritoryEstimate:
    strata: tuple[StratumResult, ...]
    respondents: int
    degrees_of_freedom: int | None
    totals: dict[str, Estimate]
    ratios: dict[str, Estimate]
    domains: dict[str, dict[str, DomainEstimate]]
    coverage: dict[str, float | None]
    bootstrap: dict[str, Any]
    calibration: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "strata": [s.to_dict() for s in self.strata],
            "respondents": self.respondents,
            "degrees_of_freedom": self.degrees_of_freedom,
            "totals": {k: v.to_dict() for k, v in self.totals.items()},
            **{k: v.to_dict() for k, v in self.ratios.items()},
            "domains": {name: {label: d.to_dict() for label, d in found.items()}
                        for name, found in self.domains.items()},
            "coverage": {k: _number(v) for k, v in self.coverage.items()},
            "bootstrap": dict(self.bootstrap),
            "calibration": self.calibration,
        }


# --- collapsing strata ----------------------------------------------------------------------------


def _distance(a: tuple[str, ...], b: tuple[str, ...], variables: Sequence[str]) -> tuple[int,
                                                                                       int]:
    """(other components that differ, size bands apart): the same sector in the next size
    band comes before another sector in the same band."""
    differ, bands = 0, 0
    for variable, x, y in zip(variables, a, b, strict=True):
        if variable == "size" and x in SIZE_BANDS and y in SIZE_BANDS:
            bands += abs(SIZE_BANDS.index(x) - SIZE_BANDS.index(y))
        else:
            differ += x != y
    return differ, bands


def collapse(strata: Strata, respondents: IntArray) -> IntArray:
    """Group of every stratum (−1: not covered); strata with one respondent join the nearest
    covered stratum (ties: the one first in key order) until every group has two or more."""
    group = np.where(respondents > 0, np.arange(len(strata.keys)), -1)
    for _ in range(len(strata.keys)):
        ids = sorted(set(group[group >= 0].tolist()))
        counts = {g: int(respondents[group == g].sum()) for g in ids}
        single = next((g for g in ids if counts[g] == 1), None)
        if single is None or len(ids) < 2:
            break
        mine = np.flatnonzero(group == single)
        best: tuple[tuple[int, int, int], int] | None = None
        for other in ids:
            if other == single:
                continue
            theirs = np.flatnonzero(group == other)
            score = min(_distance(strata.parts[a], strata.parts[b], strata.variables)
                        for a in mine for b in theirs)
            candidate = ((*score, int(theirs[0])), other)
            if best is None or candidate[0] < best[0]:
                best = candidate
        assert best is not None
        group[group == single] = best[1]
    return group


# --- stratified moments ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Design:
    """Units sorted by group, with each group's size in the frame and its respondents."""

    order: IntArray
    group: IntArray  # per unit (original order), 0..G-1
    starts: IntArray
    N: FloatArray
    r: FloatArray

    @property
    def weight(self) -> FloatArray:
        return self.N / self.r

    def moments(self, values: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
        """Σ_h N_h ȳ_h, and its variance with and without the fpc, per column of `values`."""
        v = values[self.order]
        sums = np.add.reduceat(v, self.starts, axis=0)
        means = sums / self.r[:, None]
        sorted_group = self.group[self.order]
        dev = v - means[sorted_group]
        squares = np.add.reduceat(dev * dev, self.starts, axis=0)
        with np.errstate(divide="ignore", invalid="ignore"):
            s2 = np.where(self.r[:, None] >= 2, squares / (self.r[:, None] - 1), np.nan)
            base = (self.N**2 / self.r)[:, None] * s2
        total = (self.N[:, None] * means).sum(axis=0)
        fpc = (1.0 - self.r / self.N)[:, None]
        return total, (base * fpc).sum(axis=0), base.sum(axis=0)


def _design(group_of_unit: IntArray, N_group: FloatArray) -> _Design:
    order = np.argsort(group_of_unit, kind="stable")
    sorted_group = group_of_unit[order]
    starts = np.flatnonzero(np.r_[True, sorted_group[1:] != sorted_group[:-1]])
    r = np.diff(np.r_[starts, len(order)]).astype(np.float64)
    return _Design(order, group_of_unit, starts, N_group, r)


# --- the bootstrap --------------------------------------------------------------------------------


def _stratum_replicates(block: FloatArray, r: int, scale: float, B: int, seed: int, h: int,
                        stop: threading.Event) -> FloatArray:
    """B × columns: what the draws change in stratum h's totals,
    w λ (r/m) Σ_i c*_i y_i − w λ Σ_i y_i = w λ (r/m) Σ_i c*_i (y_i − ȳ) since Σ_i c*_i = m.
    Centred, the products keep their precision in float32, which halves the matrix product."""
    centred = ((block - block.mean(axis=0)) * scale).astype(np.float32)
    rng = np.random.Generator(np.random.PCG64(np.random.SeedSequence(seed, spawn_key=(h,))))
    out = np.zeros((B, block.shape[1]))
    rows = max(1, min(B, _CHUNK_CELLS // r))
    for first in range(0, B, rows):
        if stop.is_set():
            break
        m = min(rows, B - first)
        index = rng.integers(0, r, size=(m, r - 1), dtype=np.int64)
        index += (np.arange(m, dtype=np.int64) * r)[:, None]
        counts = np.bincount(index.ravel(), minlength=m * r).reshape(m, r)
        out[first:first + m] = counts.astype(np.float32) @ centred
    return out


def rao_wu_totals(design: _Design, values: FloatArray, B: int, seed: int,
                  report: Callable[[float], None], workers: int | None = None) -> FloatArray:
    """B replicate totals Σ w*_i y_i of each column (B × columns).

    w*_i = w_i (1 − λ_h + λ_h (r_h/m_h) c*_i), c*_i how often unit i is among m_h = r_h − 1
    draws with replacement in its stratum, λ_h = √(m_h (1 − f_h) / (r_h − 1)) = √(1 − f_h).
    Stratum by stratum, the counts of a block of replicates are one small bincount and their
    totals one matrix product; each stratum draws from its own stream
    `SeedSequence(seed, spawn_key=(h,))` and the strata are added in order, so the result
    depends on the seed only, not on the threads (numpy releases the GIL while it draws and
    multiplies). `report(done)` runs in the calling thread and may raise to stop the work.
    """
    w = design.weight
    lam = np.sqrt(np.clip(1.0 - design.r / design.N, 0.0, 1.0))
    point = (w[design.group][:, None] * values).sum(axis=0)
    out = np.tile(point, (B, 1))
    drawn = [int(h) for h in np.flatnonzero((design.r >= 2) & (lam > 0))]
    if not drawn or B == 0:
        return out
    v = values[design.order]
    ends = np.r_[design.starts[1:], len(design.order)]
    work = float(sum(design.r[h] for h in drawn)) or 1.0
    stop = threading.Event()

    def run(h: int) -> FloatArray:
        r = int(design.r[h])
        return _stratum_replicates(v[design.starts[h]:ends[h]], r,
                                   float(w[h] * lam[h] * r / (r - 1)), B, seed, h, stop)

    done = 0.0
    n_workers = default_workers() if workers is None else max(1, workers)
    pool = ThreadPoolExecutor(max_workers=n_workers) if n_workers > 1 and len(drawn) > 1 \
        else None
    try:
        found = {} if pool is None else {h: pool.submit(run, h) for h in drawn}
        for h in drawn:  # in stratum order: the sum does not depend on which thread ends first
            out += run(h) if pool is None else found[h].result()
            done += design.r[h]
            report(done / work)
    finally:
        stop.set()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    return out


# --- estimation -----------------------------------------------------------------------------------


class _Progress:
    def __init__(self, progress: Callable[[float], None] | None,
                 should_cancel: Callable[[], bool] | None) -> None:
        self.progress, self.should_cancel = progress, should_cancel

    def __call__(self, done: float) -> None:
        if self.should_cancel is not None and self.should_cancel():
            raise Cancelled("territory estimation cancelled")
        if self.progress is not None:
            self.progress(min(max(done, 0.0), 1.0))


def _interval(value: float, se: float | None, df: int | None) -> tuple[float, float] | None:
    if se is None or df is None or df < 1 or not math.isfinite(se):
        return None
    half = t_quantile(0.975, df) * se
    return (value - half, value + half)


def _se(variance: float) -> float | None:
    return math.sqrt(max(variance, 0.0)) if math.isfinite(variance) else None


def estimate(
    strata: Strata,
    sample: Sample,
    *,
    ratios: Mapping[str, tuple[str, str]],
    bootstrap: int = 2000,
    seed: int = DEFAULT_SEED,
    bootstrap_totals: Sequence[str] | None = None,
    calibration: Calibration | None = None,
    progress: Callable[[float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> TerritoryEstimate:
    """Totals of every column of the sample and the ratios `{name: (numerator, denominator)}`
    for the territory and its domains, with linearised and bootstrap intervals.

    `bootstrap_totals` names the totals that also get a bootstrap interval (default: all);
    the ratios always do. `calibration` rakes the design weights to known totals first (the
    strata's sizes are always among them).
    """
    if bootstrap < 0:
        raise InvalidInput("territory.bootstrap_negative", field="bootstrap", B=bootstrap)
    report = _Progress(progress, should_cancel)
    report(0.0)
    H = len(strata.keys)
    r_h = np.bincount(sample.stratum, minlength=H).astype(np.intp)
    if int(r_h.sum()) == 0:
        raise InvalidInput("territory.no_respondent", field="interviews")
    group_of_stratum = collapse(strata, r_h)
    ids = np.unique(group_of_stratum[group_of_stratum >= 0])
    renumber = np.full(H, -1, dtype=np.intp)
    renumber[group_of_stratum >= 0] = np.searchsorted(ids, group_of_stratum[group_of_stratum >= 0])
    N_group = np.bincount(renumber[renumber >= 0], weights=strata.N[renumber >= 0],
                          minlength=len(ids)).astype(np.float64)
    design = _design(renumber[sample.stratum], N_group)
    G = len(ids)
    respondents = int(r_h.sum())
    df = respondents - G if respondents - G >= 1 else None

    weights = design.weight[design.group]
    g = np.ones(len(weights))
    calibration_report = None
    residualise: Callable[[FloatArray], FloatArray] = lambda values: values  # noqa: E731
    if calibration is not None:
        # The (collapsed) strata keep their sizes: the design's own margin comes first.
        labels = tuple(strata.keys[int(i)] for i in ids)
        calibration = dataclasses.replace(calibration, margins=(
            Margin("strata", design.group, labels, N_group), *calibration.margins))
        result = calibrate(weights, calibration)
        g, calibration_report = result.g, result.report
        residualise = result.residuals
    final = weights * g
    report(0.05)

    names = sample.names
    values = sample.values
    boot_names = list(dict.fromkeys([*(bootstrap_totals if bootstrap_totals is not None
                                       else names),
                                     *(c for pair in ratios.values() for c in pair)]))
    domains = {name: codes for name, codes in sample.domains.items()}

    # The columns whose replicates the bootstrap needs: the overall ones, then each domain's
    # ratio columns.
    ratio_columns = list(dict.fromkeys(c for pair in ratios.values() for c in pair))
    boot_blocks: list[FloatArray] = [values[:, [names.index(c) for c in boot_names]]]
    domain_slices: dict[tuple[str, int], slice] = {}
    width = len(boot_names)
    for name, (codes, labels) in domains.items():
        base = values[:, [names.index(c) for c in ratio_columns]]
        for c in range(len(labels)):
            boot_blocks.append(base * (codes == c)[:, None])
            domain_slices[(name, c)] = slice(width, width + len(ratio_columns))
            width += len(ratio_columns)
    boot_values = np.hstack(boot_blocks)

    replicates: FloatArray | None = None
    if bootstrap > 0:
        if calibration is None:
            replicates = rao_wu_totals(design, boot_values, bootstrap, seed,
                                       lambda d: report(0.1 + 0.8 * d))
        else:  # linearised replicates of the calibrated estimator (see docs/territory.md)
            linear = residualise(boot_values) * g[:, None]
            point = (final[:, None] * boot_values).sum(axis=0)
            replicates = point + rao_wu_totals(design, linear, bootstrap, seed,
                                               lambda d: report(0.1 + 0.8 * d)) \
                - (weights[:, None] * linear).sum(axis=0)
    report(0.9)

    def totals_of(block: FloatArray, boot: FloatArray | None, columns: Sequence[str]
                  ) -> dict[str, Estimate]:
        estimate_ = (final[:, None] * block).sum(axis=0)
        _, var, var0 = design.moments(residualise(block) * g[:, None])
        out = {}
        for j, column in enumerate(columns):
            se, se0 = _se(var[j]), _se(var0[j])
            interval = None if boot is None else percentile_interval(boot[:, j])
            out[column] = Estimate(float(estimate_[j]), se, se0,
                                   _interval(float(estimate_[j]), se, df), interval)
        return out

    def ratios_of(block: FloatArray, boot: FloatArray | None, mask: npt.NDArray[np.bool_]
                  ) -> dict[str, Estimate]:
        out = {}
        for name, (num, den) in ratios.items():
            y, x = block[:, names.index(num)], block[:, names.index(den)]
            X = float(final @ x)
            if X <= 0:
                continue
            R = float(final @ y) / X
            e = np.where(mask, y - R * x, 0.0)
            _, var, var0 = design.moments(residualise(e[:, None]) * g[:, None])
            se = _se(float(var[0])) if X else None
            se0 = _se(float(var0[0])) if X else None
            se = None if se is None else se / X
            se0 = None if se0 is None else se0 / X
            interval = None
            if boot is not None:
                cols = ratio_columns
                with np.errstate(invalid="ignore", divide="ignore"):
                    reps = boot[:, cols.index(num)] / boot[:, cols.index(den)]
                interval = percentile_interval(reps)
            out[name] = Estimate(R, se, se0, _interval(R, se, df), interval)
        return out

    overall_boot_ratio = None
    if replicates is not None:
        overall_boot_ratio = replicates[:, [boot_names.index(c) for c in ratio_columns]]
    everyone = np.ones(len(final), dtype=bool)
    boot_totals = None
    if replicates is not None:
        boot_totals = np.full((bootstrap, len(names)), np.nan)
        for j, column in enumerate(names):
            if column in boot_names and (bootstrap_totals is None or column in bootstrap_totals):
                boot_totals[:, j] = replicates[:, boot_names.index(column)]
    totals = totals_of(values, boot_totals, names)
    overall = ratios_of(values, overall_boot_ratio, everyone)

    found: dict[str, dict[str, DomainEstimate]] = {}
    for name, (codes, labels) in domains.items():
        found[name] = {}
        for c, label in enumerate(labels):
            mask = codes == c
            if not mask.any():
                continue
            block = values * mask[:, None]
            boot = None if replicates is None else replicates[:, domain_slices[(name, c)]]
            found[name][label] = DomainEstimate(int(mask.sum()), totals_of(block, None, names),
                                                ratios_of(block, boot, mask))
    report(0.97)

    covered = group_of_stratum >= 0
    members: dict[int, list[int]] = {}
    for h, grp in enumerate(group_of_stratum):
        if grp >= 0:
            members.setdefault(int(grp), []).append(h)
    stratum_results = []
    for h, key in enumerate(strata.keys):
        grp = int(renumber[h])
        weight = float(design.weight[grp]) if grp >= 0 else None
        others = tuple(strata.keys[o] for o in members.get(int(group_of_stratum[h]), [])
                       if o != h) if covered[h] else ()
        stratum_results.append(StratumResult(
            key=key, N=int(strata.N[h]),
            n=None if strata.planned is None else int(strata.planned[h]),
            respondents=int(r_h[h]), weight=weight, collapsed_with=others,
            covered=bool(covered[h])))
    total_jobs = float(strata.jobs.sum())
    coverage = {
        "establishments": float(strata.N[covered].sum() / strata.N.sum()),
        "employment": float(strata.jobs[covered].sum() / total_jobs) if total_jobs > 0
        else None,
    }
    report(1.0)
    return TerritoryEstimate(
        strata=tuple(stratum_results), respondents=respondents, degrees_of_freedom=df,
        totals=totals, ratios=overall, domains=found, coverage=coverage,
        bootstrap={"B": int(bootstrap), "seed": int(seed), "method": BOOTSTRAP_METHOD},
        calibration=calibration_report)
