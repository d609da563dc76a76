"""Regionalising a national table with location quotients (methods.md §4). Pure numpy, no I/O.

Sources: Flegg & Webber (1997, 2000), Flegg & Tohmo (2013), Miller & Blair (2009) ch. 8.
A location quotient Q_ij only ever shrinks a national coefficient: r_ij = a_ij × min(Q_ij, 1)
(a region cannot buy locally more of a product than the nation buys domestically).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ..domain.io_settings import DEFAULT_DELTA, DEFAULT_METHOD, METHODS
from ..errors import InvalidInput, Message

FloatArray = NDArray[np.float64]
SURVEY = "survey"  # source tag of a cell taken from the survey in a hybrid table


def _employment(values: ArrayLike, codes: Sequence[str], *, regional: bool) -> FloatArray:
    array = np.asarray(values, dtype=np.float64)
    which = Message("io.regional" if regional else "io.national")
    if array.shape != (len(codes),):
        raise InvalidInput("io.employment_size", which=which, size=int(array.size),
                           n=len(codes))
    if not np.all(np.isfinite(array)) or np.any(array < 0):
        bad = [c for c, v in zip(codes, array, strict=True) if not (np.isfinite(v) and v >= 0)]
        raise InvalidInput("io.employment_negative", which=which, codes=bad, code=bad[0])
    if array.sum() <= 0:
        raise InvalidInput("io.employment_zero", which=which)
    return array


def simple_location_quotients(
    regional: ArrayLike, national: ArrayLike, codes: Sequence[str]
) -> FloatArray:
    """SLQ_i = (E_i^R / E^R) / (E_i^N / E^N), both vectors in the same unit."""
    e_r = _employment(regional, codes, regional=True)
    e_n = _employment(national, codes, regional=False)
    over = e_r > e_n * (1 + 1e-9)
    if np.any(over):
        worst = int(np.argmax(np.where(over, e_r - e_n, -np.inf)))
        raise InvalidInput("io.employment_above_national", code=codes[worst],
                           regional=float(e_r[worst]), national=float(e_n[worst]))
    if np.any((e_n == 0) & (e_r > 0)):
        raise InvalidInput("io.employment_without_national")
    with np.errstate(divide="ignore", invalid="ignore"):
        slq = (e_r / e_r.sum()) / (e_n / e_n.sum())
    return np.nan_to_num(slq, nan=0.0)  # sector absent from the nation: absent from the region


def cross_industry_quotients(slq: FloatArray) -> FloatArray:
    """CILQ_ij = SLQ_i / SLQ_j (i ≠ j), CILQ_ii = SLQ_i.

    A buying sector j absent from the region (SLQ_j = 0) has no local purchases to estimate; its
    column gets +inf where the supplier exists (so min(Q, 1) = 1) and 0 where it does not.
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        q = slq[:, np.newaxis] / slq[np.newaxis, :]
    q = np.where(np.isnan(q), 0.0, q)
    np.fill_diagonal(q, slq)
    return q


def flq_lambda(regional_total: float, national_total: float, delta: float) -> float:
    """λ* = [log2(1 + E^R / E^N)]^δ: the smaller the region, the more it imports."""
    check_delta(delta)
    if not 0 < regional_total <= national_total * (1 + 1e-9):
        raise InvalidInput("io.employment_total", regional=regional_total,
                           national=national_total)
    return float(np.log2(1.0 + regional_total / national_total) ** delta)


def check_delta(delta: float) -> None:
    if not (np.isfinite(delta) and 0 <= delta < 1):
        raise InvalidInput("io.delta_range", field="delta", delta=delta)


def location_quotients(
    method: str,
    regional: ArrayLike,
    national: ArrayLike,
    codes: Sequence[str],
    *,
    delta: float = DEFAULT_DELTA,
) -> tuple[FloatArray, FloatArray, float | None]:
    """The n×n quotient matrix Q of `method`, the SLQ vector and λ* (None for SLQ, CILQ)."""
    if method not in METHODS:
        raise InvalidInput("io.method_unknown", field="method", method=method,
                           methods=list(METHODS))
    slq = simple_location_quotients(regional, national, codes)
    n = len(codes)
    if method == "slq":
        return np.repeat(slq[:, np.newaxis], n, axis=1), slq, None
    cilq = cross_industry_quotients(slq)
    if method == "cilq":
        return cilq, slq, None
    e_r = np.asarray(regional, dtype=np.float64)
    e_n = np.asarray(national, dtype=np.float64)
    lam = flq_lambda(float(e_r.sum()), float(e_n.sum()), delta)
    flq = cilq * lam
    if method == "flq":
        return flq, slq, lam
    # AFLQ: a sector over-represented in the region (SLQ_j > 1) buys more locally.
    boost = np.where(slq > 1, np.log2(1.0 + slq), 1.0)
    return flq * boost[np.newaxis, :], slq, lam


@dataclass(frozen=True)
class Regionalisation:
    method: str
    delta: float | None  # None for SLQ and CILQ, which do not use it
    lam: float | None  # λ*
    slq: FloatArray
    quotients: FloatArray  # Q_ij (NaN in survey columns of a hybrid table)
    coefficients: FloatArray  # r_ij
    sources: NDArray[np.str_]  # per cell: the method name, or "survey"


def regional_coefficients(a: FloatArray, quotients: FloatArray) -> FloatArray:
    """r_ij = a_ij × min(Q_ij, 1)."""
    return a * np.minimum(quotients, 1.0)


def regionalise(
    a: FloatArray,
    regional_employment: ArrayLike,
    national_employment: ArrayLike,
    codes: Sequence[str],
    *,
    method: str = DEFAULT_METHOD,
    delta: float = DEFAULT_DELTA,
) -> Regionalisation:
    """Regional coefficients from national A and employment by sector (same unit for both)."""
    q, slq, lam = location_quotients(
        method, regional_employment, national_employment, codes, delta=delta
    )
    return Regionalisation(
        method=method,
        delta=delta if method in ("flq", "aflq") else None,
        lam=lam,
        slq=slq,
        quotients=q,
        coefficients=regional_coefficients(a, q),
        sources=np.full(a.shape, method, dtype="<U8"),
    )


def apply_survey_shares(
    regional: Regionalisation,
    a: FloatArray,
    codes: Sequence[str],
    observed: Mapping[str, float | Mapping[str, float]],
) -> Regionalisation:
    """Hybrid table: survey-observed local purchase shares replace the LQ estimate.

    `observed[j]` is the share of sector j's purchases bought locally: one number for the whole
    column (r_ij = a_ij × share for every supplier i), or a mapping supplier code → share for
    the cells that were observed (the other cells of the column keep the LQ estimate).
    """
    index = {code: k for k, code in enumerate(codes)}
    r = regional.coefficients.copy()
    q = regional.quotients.copy()
    sources = regional.sources.copy()

    def share_of(value: float, where: str) -> float:
        share = float(value)
        if not (np.isfinite(share) and 0 <= share <= 1):
            raise InvalidInput("io.survey_share_range", cell=where, value=share)
        return share

    for buyer, shares in observed.items():
        if buyer not in index:
            raise InvalidInput("io.survey_unknown_buyer", code=buyer)
        j = index[buyer]
        cells = dict.fromkeys(codes, shares) if not isinstance(shares, Mapping) else dict(shares)
        for supplier, value in cells.items():
            if supplier not in index:
                raise InvalidInput("io.survey_unknown_supplier", buyer=buyer, code=supplier)
            i = index[supplier]
            r[i, j] = a[i, j] * share_of(value, f"{supplier} → {buyer}")
            q[i, j] = np.nan
            sources[i, j] = SURVEY
    return Regionalisation(
        method=regional.method,
        delta=regional.delta,
        lam=regional.lam,
        slq=regional.slq,
        quotients=q,
        coefficients=r,
        sources=sources,
    )


def regional_household_column(c: FloatArray, slq: FloatArray) -> FloatArray:
    """Households' local purchases: c_i × min(SLQ_i, 1) (the household column has no SLQ_j)."""
    return c * np.minimum(slq, 1.0)


def io_proxy_respend_shares(r: FloatArray, w: FloatArray, h_loc: float) -> FloatArray:
    """Round-3 re-spend share of a local supplier in sector j: s_j ≈ Σ_i r_ij + w_j · h_loc.

    Capped at 1: WIOD's households-as-employers sector has w_j > 1 (compensation above output),
    and a share of spending above 100% has no meaning for LM3.
    """
    if not (np.isfinite(h_loc) and 0 <= h_loc <= 1):
        raise InvalidInput("io.household_local_share_range", value=h_loc)
    return np.asarray(np.minimum(r.sum(axis=0) + w * h_loc, 1.0), dtype=np.float64)


_NAF = re.compile(r"^(\d{2})\.?(\d{2})([A-Z])$")


def normalise_naf_code(code: str) -> str:
    """'4724z', '47.24 Z', ' 47.24Z ' → '47.24Z' (the APE form used by SIRENE)."""
    compact = re.sub(r"\s+", "", str(code)).upper()
    match = _NAF.match(compact)
    if not match:
        raise InvalidInput("io.naf_code_format", field="naf", code=code)
    return f"{match[1]}.{match[2]}{match[3]}"


def naf_to_sector(code: str, bridge: Mapping[str, str]) -> str:
    """The table sector of a NAF sub-class, from a bridge {'47.24Z': 'GZ', ...}."""
    key = normalise_naf_code(code)
    if key not in bridge:
        raise InvalidInput("io.naf_code_unknown", field="naf", code=key)
    return bridge[key]
