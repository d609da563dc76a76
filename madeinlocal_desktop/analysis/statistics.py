"""Sample statistics for LM3 aggregates (methods.md §3).

Ratio of totals, Taylor-linearised standard error, Student t quantiles (own implementation: the
app ships without scipy) and a stratified paired bootstrap of the ratio of totals.
"""

from __future__ import annotations

import itertools
import math
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]

DEFAULT_SEED = 20140101
"""Fixed bootstrap seed: the same data always give the same interval (stored in every result)."""

# --- point estimates ------------------------------------------------------------------------------


def ratio_of_totals(x: FloatArray, y: FloatArray, w: FloatArray | None = None) -> float:
    """R = Σ w y / Σ w x: LM3 per euro of sales in the surveyed population."""
    if w is None:
        return float(np.sum(y) / np.sum(x))
    return float(np.dot(w, y) / np.dot(w, x))


def taylor_se(
    x: FloatArray, y: FloatArray, w: FloatArray | None = None, *, fraction: float = 0.0
) -> float | None:
    """Taylor-linearised SE of the ratio of totals; None when n < 2.

    With unit weights this is exactly methods.md §3:
    V(R) = (1 − f) / (n x̄²) · Σ e_i² / (n − 1), e_i = y_i − R x_i, f = n / N.
    With weights it is the usual with-replacement linearisation, which reduces to the same
    formula when w = 1: V(R) = (1 − f) · n / (n − 1) · Σ (w_i e_i)² / (Σ w_i x_i)².
    """
    n = len(x)
    if n < 2:
        return None
    ww = np.ones(n) if w is None else w
    total_x = float(np.dot(ww, x))
    r = float(np.dot(ww, y)) / total_x
    e = ww * (y - r * x)
    variance = (1.0 - fraction) * n / (n - 1) * float(np.dot(e, e)) / total_x**2
    return math.sqrt(max(variance, 0.0))


@dataclass(frozen=True)
class GroupedRatio:
    """Ratio of totals and Taylor SE for every group at once (NaN SE where n < 2)."""

    n: IntArray
    ratio: FloatArray
    se: FloatArray


def grouped_ratio(
    wx: FloatArray, wy: FloatArray, groups: IntArray, n_groups: int, *, fraction: float = 0.0
) -> GroupedRatio:
    """`ratio_of_totals` and `taylor_se` per group, each group taken as its own sample."""
    n = np.bincount(groups, minlength=n_groups)
    total_x = np.bincount(groups, weights=wx, minlength=n_groups)
    total_y = np.bincount(groups, weights=wy, minlength=n_groups)
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = total_y / total_x
        e = wy - ratio[groups] * wx
        sum_e2 = np.bincount(groups, weights=e * e, minlength=n_groups)
        variance = (1.0 - fraction) * n / (n - 1.0) * sum_e2 / total_x**2
    se = np.where(n >= 2, np.sqrt(np.maximum(variance, 0.0)), np.nan)
    return GroupedRatio(n.astype(np.intp), ratio, se)


# --- Student t ------------------------------------------------------------------------------------

_TINY = 1e-300
_EPS = 1e-15


def _beta_continued_fraction(a: float, b: float, x: float) -> float:
    """Lentz's continued fraction for the incomplete beta (Numerical Recipes §6.4)."""
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c = 1.0
    d = 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    h = d
    for m in range(1, 100_000):
        m2 = 2 * m
        for aa in (
            m * (b - m) * x / ((qam + m2) * (a + m2)),
            -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)),
        ):
            d = 1.0 + aa * d
            d = 1.0 / (d if abs(d) > _TINY else _TINY)
            c = 1.0 + aa / c
            c = c if abs(c) > _TINY else _TINY
            h *= d * c
        if abs(d * c - 1.0) < _EPS:
            return h
    raise ArithmeticError(f"incomplete beta did not converge (a={a}, b={b}, x={x})")


def betainc(a: float, b: float, x: float) -> float:
    """Regularised incomplete beta I_x(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    # The fraction converges fast only on one side of the mode; use the symmetry on the other.
    if x < (a + 1.0) / (a + b + 2.0):
        return math.exp(log_front) * _beta_continued_fraction(a, b, x) / a
    return 1.0 - math.exp(log_front) * _beta_continued_fraction(b, a, 1.0 - x) / b


def t_cdf(t: float, df: float) -> float:
    """P(T ≤ t) for Student's t with df degrees of freedom."""
    tail = 0.5 * betainc(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t > 0 else tail


def _t_pdf(t: float, df: float) -> float:
    log_c = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)
    return math.exp(log_c - (df + 1) / 2 * math.log1p(t * t / df))


def _normal_quantile(p: float) -> float:
    z = 0.0
    for _ in range(100):  # Newton on Φ, monotone and smooth
        step = (0.5 * math.erfc(-z / math.sqrt(2)) - p) / (
            math.exp(-z * z / 2) / math.sqrt(2 * math.pi)
        )
        z -= step
        if abs(step) < 1e-15 * max(1.0, abs(z)):
            break
    return z


@lru_cache(maxsize=4096)
def t_quantile(p: float, df: float) -> float:
    """Quantile of Student's t: the t with P(T ≤ t) = p (e.g. t_quantile(0.975, 4) = 2.776445)."""
    if not 0.0 < p < 1.0:
        raise ValueError(f"probability must be in (0, 1), got {p}")
    if df <= 0:
        raise ValueError(f"degrees of freedom must be positive, got {df}")
    if p < 0.5:
        return -t_quantile(1.0 - p, df)
    if p == 0.5:
        return 0.0
    z = _normal_quantile(p)
    # Cornish–Fisher: exact to double precision for huge df, where lgamma differences lose digits.
    cornish = z + (z**3 + z) / (4 * df) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df**2)
    if df > 1e6:
        return cornish
    lo, hi = 0.0, max(1.0, cornish)
    while t_cdf(hi, df) < p:
        lo, hi = hi, hi * 2.0
    t = min(max(cornish, lo), hi)
    for _ in range(200):  # Newton, falling back to bisection whenever it leaves the bracket
        f = t_cdf(t, df) - p
        if f < 0:
            lo = t
        else:
            hi = t
        candidate = t - f / _t_pdf(t, df)
        if not lo < candidate < hi:
            candidate = 0.5 * (lo + hi)
        if abs(candidate - t) <= 1e-14 * max(1.0, t):
            return candidate
        t = candidate
    return t


LM3_RANGE = (1.0, 3.0)  # every LM3 lies here (methods.md §1)
SHARE_RANGE = (0.0, 1.0)  # recirculation and other shares


def t_interval(estimate: float, se: float | None, n: int,
               bounds: tuple[float, float] | None = None) -> tuple[float, float] | None:
    """estimate ± t(n − 1, 0.975) · SE, or None when it cannot be computed (n < 2).

    With `bounds` (the parameter space, e.g. LM3_RANGE), the interval is cut to it: a small
    sample's symmetric interval may reach values the parameter cannot take (an LM3 below 1).
    """
    if se is None or n < 2:
        return None
    half = t_quantile(0.975, n - 1) * se
    return clip_interval((estimate - half, estimate + half), bounds)


def clip_interval(interval: tuple[float, float] | None,
                  bounds: tuple[float, float] | None) -> tuple[float, float] | None:
    """`interval` cut to `bounds` (None stays None; no bounds, unchanged)."""
    if interval is None or bounds is None:
        return interval
    low, high = bounds
    return (min(max(interval[0], low), high), max(min(interval[1], high), low))


# --- stratified paired bootstrap ------------------------------------------------------------------


@dataclass(frozen=True)
class Replicates:
    """Bootstrap replicates of the ratio of totals.

    `by_stratum[:, k]` is the ratio within stratum code `strata[k]`; `by_domain[d][:, k]` the
    ratio within code `domain_codes[d][k]` of the d-th domain variable.
    """

    overall: FloatArray
    strata: IntArray
    by_stratum: FloatArray
    domain_codes: tuple[IntArray, ...]
    by_domain: tuple[FloatArray, ...]


ITEM_DRAWS = 1 << 20
"""Draws per work item. Fixed, because it decides which random stream serves which replicate."""
CHUNK_DRAWS = 1 << 18
"""Draws gathered at once: bounds memory (a few MB per worker) at any sample size."""
SMALL_CELL = 4096
"""Up to this size 16-bit draws are cheaper (rejections stay below 7% of draws)."""


@dataclass(frozen=True)
class _Stratum:
    """One stratum's units, sorted so that each domain cell is a contiguous run."""

    z: npt.NDArray[np.complex128]  # w x + i w y: one gather fetches both totals
    starts: IntArray  # of each cell, inside the stratum
    sizes: IntArray
    first_cell: int  # column of its first cell in the output


def _draw_dtype(size: int) -> type[np.integer[Any]]:
    return np.uint16 if size <= SMALL_CELL else np.int64


def _resample_stratum(
    stratum: _Stratum, replicates: int, seed: int, key: tuple[int, ...], stop: threading.Event,
) -> npt.NDArray[np.complex128]:
    """Cell totals (replicates × cells) of resamples of the whole stratum.

    Drawing n_h shops uniformly in the stratum is the same as drawing how many fall in each
    cell (multinomial with probabilities n_hc / n_h) and then drawing that many uniformly inside
    each cell; the second form yields the domain totals in the same pass.
    """
    z, sizes = stratum.z, stratum.sizes
    n_h, k = len(z), len(sizes)
    out = np.zeros((replicates, k), dtype=np.complex128)
    if n_h == 1:  # nothing to draw: the stratum always contributes itself
        out[:, 0] = z[0]
        return out
    rng = np.random.Generator(np.random.PCG64(np.random.SeedSequence(seed, spawn_key=key)))
    rows = max(1, CHUNK_DRAWS // n_h)
    for first in range(0, replicates, rows):
        if stop.is_set():
            break
        m = min(rows, replicates - first)
        if k == 1:
            index = rng.integers(0, n_h, size=(m, n_h), dtype=_draw_dtype(n_h))
            out[first : first + m, 0] = z.take(index).sum(axis=1)
            continue
        counts = rng.multinomial(n_h, sizes / n_h, size=m)
        for c in range(k):
            cell = z[stratum.starts[c] : stratum.starts[c] + sizes[c]]
            count = counts[:, c]
            total = int(count.sum())
            if sizes[c] == 1 or total == 0:
                out[first : first + m, c] = count * cell[0]
                continue
            values = np.empty(total + 1, dtype=np.complex128)
            values[total] = 0.0  # sentinel: lets reduceat start a segment at `total`
            draws = rng.integers(0, sizes[c], size=total, dtype=_draw_dtype(sizes[c]))
            # mode="clip": draws are in range, and "raise" would buffer `out` (an extra copy)
            np.take(cell, draws, out=values[:total], mode="clip")
            offsets = np.concatenate(([0], np.cumsum(count)[:-1]))
            segment = np.add.reduceat(values, offsets)
            segment[count == 0] = 0.0  # reduceat returns one element for an empty segment
            out[first : first + m, c] = segment
    return out


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def _ratios(totals: npt.NDArray[np.complex128]) -> FloatArray:
    with np.errstate(invalid="ignore", divide="ignore"):  # a domain absent from a replicate
        return totals.imag / totals.real


def stratified_bootstrap(
    wx: FloatArray,
    wy: FloatArray,
    strata: IntArray,
    domains: Sequence[IntArray] = (),
    *,
    B: int = 2000,
    seed: int = DEFAULT_SEED,
    workers: int | None = None,
    on_progress: Callable[[float], None] | None = None,
) -> Replicates:
    """Paired bootstrap of Σ wy / Σ wx, resampling units with replacement within strata.

    Every stratum keeps its size in every replicate, so strata never mix. Domains (e.g.
    ownership) are estimated from the same replicates, as domains of a stratified sample: their
    size varies from replicate to replicate as it would between samples, and a replicate in
    which a domain draws no unit gives NaN for it (skipped by `percentile_interval`).

    Work is split into items (stratum, block of replicates), each with its own random stream
    `SeedSequence(seed, spawn_key=item)`: the result depends on the seed only, not on `workers`.
    numpy releases the GIL while drawing and gathering, so threads use several cores.
    `on_progress(done)` runs in the calling thread and may raise to stop the work.
    """
    z = wx.astype(np.float64) + 1j * wy.astype(np.float64)
    keys = [strata, *domains]
    order = np.lexsort(tuple(reversed(keys)))  # by stratum, then domain(s)
    ordered = [k[order] for k in keys]
    new_cell = np.zeros(len(order), dtype=bool)
    new_cell[0] = True
    for k in ordered:
        new_cell[1:] |= k[1:] != k[:-1]
    cell_starts = np.flatnonzero(new_cell)
    cell_sizes = np.diff(np.append(cell_starts, len(order)))
    cell_stratum = ordered[0][cell_starts]
    stratum_first = np.flatnonzero(np.append(True, cell_stratum[1:] != cell_stratum[:-1]))
    bounds = np.append(stratum_first, len(cell_starts))
    zs = z[order]
    strata_list = [
        _Stratum(zs[cell_starts[a] : cell_starts[a] + cell_sizes[a:b].sum()],
                 cell_starts[a:b] - cell_starts[a], cell_sizes[a:b], int(a))
        for a, b in itertools.pairwise(bounds)
    ]

    items: list[tuple[int, int, int]] = []  # (stratum, first replicate, replicates)
    for si, st in enumerate(strata_list):
        per_item = B if len(st.z) == 1 else max(1, ITEM_DRAWS // len(st.z))
        items.extend((si, b0, min(per_item, B - b0)) for b0 in range(0, B, per_item))
    items.sort(key=lambda it: -len(strata_list[it[0]].z) * it[2])  # big first: balance
    total = float(sum(len(strata_list[si].z) * m for si, _, m in items)) or 1.0
    sums = np.zeros((B, len(cell_starts)), dtype=np.complex128)
    stop = threading.Event()

    def run(item: tuple[int, int, int]) -> tuple[tuple[int, int, int], Any]:
        si, b0, m = item
        return item, _resample_stratum(strata_list[si], m, seed, (si, b0), stop)

    def collect(done: Iterable[tuple[tuple[int, int, int], Any]]) -> None:
        drawn = 0.0
        for (si, b0, m), values in done:
            st = strata_list[si]
            sums[b0 : b0 + m, st.first_cell : st.first_cell + len(st.sizes)] = values
            drawn += len(st.z) * m
            if on_progress is not None:
                on_progress(drawn / total)

    n_workers = default_workers() if workers is None else max(1, workers)
    if n_workers == 1 or len(items) < 2:
        collect(run(item) for item in items)
    else:
        with ThreadPoolExecutor(max_workers=n_workers) as pool:
            futures = [pool.submit(run, item) for item in items]
            try:
                collect(f.result() for f in as_completed(futures))
            finally:  # on cancel: stop running items at their next chunk, drop queued ones
                stop.set()
                for f in futures:
                    f.cancel()

    by_stratum = np.add.reduceat(sums, stratum_first, axis=1)
    domain_codes, by_domain = [], []
    for d in ordered[1:]:
        codes = np.unique(d)
        member = (d[cell_starts][:, None] == codes[None, :]).astype(np.complex128)
        domain_codes.append(codes.astype(np.intp))
        by_domain.append(_ratios(sums @ member))
    return Replicates(
        overall=_ratios(by_stratum.sum(axis=1)),
        strata=cell_stratum[stratum_first].astype(np.intp),
        by_stratum=_ratios(by_stratum),
        domain_codes=tuple(domain_codes),
        by_domain=tuple(by_domain),
    )


def percentile_interval(replicates: FloatArray, level: float = 0.95) -> tuple[float, float] | None:
    """Percentile interval of bootstrap replicates, NaN ones skipped (None when none are left)."""
    replicates = replicates[~np.isnan(replicates)]
    if len(replicates) == 0:
        return None
    alpha = (1.0 - level) / 2.0
    lo, hi = np.quantile(replicates, [alpha, 1.0 - alpha])
    return (float(lo), float(hi))
