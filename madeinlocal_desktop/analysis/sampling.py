"""The sampling design: strata from the frame, allocation, sample size, and the seeded draw.

Strata cross the study's choice of `a17`, `a38`, `naf_group` (NAF group, e.g. 47.2) and `size`
(0, 1-9, 10-49, 50+ salaried) over the establishments of the scope (NAF prefixes such as
`47,56,10.71`). The allocation is proportional (n_h ∝ N_h), Neyman (n_h ∝ N_h S_h) or fixed.
From a target half-width H of the 95 % interval of the territory LM3 the sample size follows
Cochran (1977, §5.5) with the finite-population correction:

    V(R̂) = Σ_h N_h² (1 − n_h/N_h) S_h² / n_h / X²,   S_h = CV_h · x̄_h,   X = Σ_h N_h x̄_h

where CV_h is the prior relative spread of the LM3 residual e = y − R x (its standard deviation
over the stratum's mean turnover) and x̄_h the stratum's mean turnover, taken proportional to
its mean employment plus one (the owner): the unknown euros per job cancel out of V(R̂).

Units come in as a DataFrame with `siret`, `naf`, `a17`, `a38`, `naf_group`, `size_code` and
`jobs`; the facade adds the sector columns from the reference data.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from ..errors import InvalidInput
from .frame_profile import SIZE_BANDS, size_bands
from .sampling_priors import DEMO_CV, DEMO_CV_ALL
from .statistics import t_quantile

IntArray = npt.NDArray[np.intp]
FloatArray = npt.NDArray[np.float64]

STRATA_VARIABLES = ("a17", "a38", "naf_group", "size")
SECTOR_VARIABLES = ("naf_group", "a38", "a17")  # finest first
ALLOCATIONS = ("proportional", "neyman", "fixed")
KEY_SEPARATOR = "|"
MIN_PER_STRATUM = 2  # two answers are the fewest that give a stratum a variance
ROLE_SAMPLE, ROLE_RESERVE = "sample", "reserve"

_SCOPE_ITEM = re.compile(r"^\d{2}(\.\d{1,2}[A-Z]?)?$")


# --- the study's choices --------------------------------------------------------------------------


def parse_variables(value: str | Sequence[str]) -> tuple[str, ...]:
    """'a17,size' or ['a17', 'size'] → ('a17', 'size'), checked."""
    items = [v.strip().lower() for v in (value.split(",") if isinstance(value, str) else value)]
    items = [v for v in items if v]
    if not items:
        raise InvalidInput("territory.strata_missing", field="strata",
                           allowed=list(STRATA_VARIABLES))
    for item in items:
        if item not in STRATA_VARIABLES:
            raise InvalidInput("territory.strata_unknown", field="strata", variable=item,
                               allowed=list(STRATA_VARIABLES))
    if len(set(items)) != len(items):
        raise InvalidInput("territory.strata_twice", field="strata", variable=items[0])
    if sum(v in SECTOR_VARIABLES for v in items) > 1:
        raise InvalidInput("territory.strata_two_sectors", field="strata",
                           variables=[v for v in items if v in SECTOR_VARIABLES])
    return tuple(items)


def _scope_item(raw: str) -> str:
    text = raw.strip().upper().replace(" ", "")
    if len(text) >= 3 and "." not in text and text[:2].isdigit():
        text = f"{text[:2]}.{text[2:]}"  # 1071 → 10.71, 4724Z → 47.24Z
    if not _SCOPE_ITEM.match(text):
        raise InvalidInput("territory.scope_item", field="scope", item=raw.strip())
    return text


def parse_scope(value: str | Sequence[str] | None) -> tuple[str, ...]:
    """NAF prefixes of the scope: '47,56,10.71' → ('47', '56', '10.71'); empty means all."""
    if value is None:
        return ()
    items = value.split(",") if isinstance(value, str) else list(value)
    return tuple(dict.fromkeys(_scope_item(i) for i in items if str(i).strip()))


def in_scope(naf: pd.Series, scope: Sequence[str]) -> npt.NDArray[np.bool_]:
    if not scope:
        return np.ones(len(naf), dtype=bool)
    return naf.astype(str).str.startswith(tuple(scope)).to_numpy()


# --- strata ---------------------------------------------------------------------------------------


def unit_parts(units: pd.DataFrame, variables: Sequence[str]) -> pd.DataFrame:
    """One text column per stratification variable (size as its band)."""
    parts = {}
    for variable in variables:
        if variable == "size":
            parts[variable] = size_bands(units["size_code"])
        else:
            parts[variable] = units[variable].fillna("?").astype(str)
    return pd.DataFrame(parts, index=units.index)


def stratum_keys(units: pd.DataFrame, variables: Sequence[str]) -> pd.Series:
    parts = unit_parts(units, variables)
    key = parts[variables[0]].astype(str)
    for variable in variables[1:]:
        key = key + KEY_SEPARATOR + parts[variable].astype(str)
    return key


def _key_order(key: str, variables: Sequence[str]) -> tuple[Any, ...]:
    """Sort strata by sector, then size band in its natural order."""
    out: list[Any] = []
    for variable, part in zip(variables, key.split(KEY_SEPARATOR), strict=True):
        out.append(SIZE_BANDS.index(part) if variable == "size" and part in SIZE_BANDS else part)
    return tuple(out)


@dataclass(frozen=True)
class StratumPlan:
    key: str
    parts: tuple[str, ...]
    N: int
    jobs: float  # salaried jobs of its establishments (frame)
    size: float  # mean employment + 1: the turnover proxy of the allocation
    cv: float
    cv_source: str  # "given", "demo" (A17 of the demo) or "demo_all"
    n: int

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "parts": list(self.parts), "N": self.N, "jobs": self.jobs,
                "cv": self.cv, "cv_source": self.cv_source, "n": self.n}


@dataclass(frozen=True)
class DesignSpec:
    """What the coordinator chose; stored in the study file and in the interchange JSON."""

    strata: tuple[str, ...]
    scope: tuple[str, ...] = ()
    allocation: str = "proportional"
    n: int | None = None
    half_width: float | None = None
    cv: Mapping[str, float] = field(default_factory=dict)
    fixed: Mapping[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"strata": list(self.strata), "scope": list(self.scope),
                "allocation": self.allocation, "n": self.n, "half_width": self.half_width,
                "cv": dict(self.cv), "fixed": dict(self.fixed)}

    @property
    def sector_variable(self) -> str | None:
        return next((v for v in self.strata if v in SECTOR_VARIABLES), None)


def _positive_number(value: Any, code: str, where: str, **params: Any) -> float:
    if isinstance(value, bool):
        raise InvalidInput(code, field=where, value=str(value), **params)
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InvalidInput(code, field=where, value=str(value), **params) from None
    if not math.isfinite(number) or number <= 0:
        raise InvalidInput(code, field=where, value=str(value), **params)
    return number


def _count(value: Any, code: str, where: str, **params: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise InvalidInput(code, field=where, value=str(value), **params)
    try:
        number = float(value)
    except ValueError:
        raise InvalidInput(code, field=where, value=str(value), **params) from None
    if not number.is_integer() or number < 0:
        raise InvalidInput(code, field=where, value=str(value), **params)
    return int(number)


def check_spec(data: Mapping[str, Any]) -> DesignSpec:
    """A design from its JSON object (CLI options, the study file, an interchange file)."""
    strata = parse_variables(data.get("strata") or [])
    scope = parse_scope(data.get("scope") or ())
    allocation = str(data.get("allocation") or "proportional")
    if allocation not in ALLOCATIONS:
        raise InvalidInput("territory.allocation_unknown", field="allocation",
                           allocation=allocation, allowed=list(ALLOCATIONS))
    n, half = data.get("n"), data.get("half_width")
    fixed = {str(k): _count(v, "territory.fixed_value", f"fixed.{k}", stratum=str(k))
             for k, v in dict(data.get("fixed") or {}).items()}
    if allocation == "fixed":
        if not fixed:
            raise InvalidInput("territory.fixed_missing", field="fixed")
        if n is not None or half is not None:
            raise InvalidInput("territory.fixed_with_size", field="n")
    elif n is None and half is None:
        raise InvalidInput("territory.size_missing", field="n")
    elif n is not None and half is not None:
        raise InvalidInput("territory.size_choice", field="n")
    cv = {str(k): _positive_number(v, "territory.cv_value", f"cv.{k}", stratum=str(k))
          for k, v in dict(data.get("cv") or {}).items()}
    return DesignSpec(
        strata=strata, scope=scope, allocation=allocation,
        n=None if n is None else _count(n, "territory.n_value", "n"),
        half_width=None if half is None else _positive_number(half, "territory.half_width",
                                                              "half_width"),
        cv=cv, fixed=fixed)


# --- allocation -----------------------------------------------------------------------------------


def _round_shares(total: int, shares: FloatArray) -> IntArray:
    """Largest remainders: integers summing to `total`, ties to the first stratum."""
    quotas = total * shares / shares.sum()
    counts = np.floor(quotas).astype(np.intp)
    order = np.lexsort((np.arange(len(quotas)), -(quotas - counts)))
    counts[order[: total - int(counts.sum())]] += 1
    return counts


def allocate(n: int, N: IntArray, weight: FloatArray) -> IntArray:
    """n_h ∝ weight_h, each stratum between min(2, N_h) and N_h: a stratum whose share falls
    outside is fixed at its bound and the rest is shared again (Cochran §5.9)."""
    floor = np.minimum(MIN_PER_STRATUM, N)
    counts = np.zeros(len(N), dtype=np.intp)
    fixed = np.zeros(len(N), dtype=bool)
    for _ in range(len(N) + 1):
        free = ~fixed
        left = n - int(counts[fixed].sum())
        if not free.any():
            break
        w = np.where(free, weight, 0.0)
        if w[free].sum() <= 0:
            w = np.where(free, N.astype(np.float64), 0.0)
        candidate = counts.copy()
        candidate[free] = _round_shares(max(left, 0), w[free])
        over, under = free & (candidate > N), free & (candidate < floor)
        if not (over.any() or under.any()):
            return candidate
        if over.any():  # caps first: what they free may lift the small strata
            counts[over] = N[over]
            fixed |= over
        else:
            counts[under] = floor[under]
            fixed |= under
    return counts


def ratio_variance(N: IntArray, n: IntArray, S: FloatArray, X: float) -> float:
    """V(R̂) = Σ N_h² (1 − n_h/N_h) S_h² / n_h / X² (0 where a stratum is taken whole)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(n > 0, N.astype(np.float64) ** 2 * (1 - n / N) * S**2 / n, np.inf)
    return float(terms.sum()) / X**2


@dataclass(frozen=True)
class Plan:
    spec: DesignSpec
    strata: tuple[StratumPlan, ...]
    frame_establishments: int
    in_scope: int
    scope_counts: dict[str, int]
    n: int
    half_width: float | None  # expected half-width of the 95 % interval of the LM3

    def to_dict(self) -> dict[str, Any]:
        return {"design": self.spec.to_dict(), "frame_establishments": self.frame_establishments,
                "in_scope": self.in_scope, "scope_counts": dict(self.scope_counts),
                "n": self.n, "expected_half_width": self.half_width,
                "strata": [s.to_dict() for s in self.strata]}


def _priors(keys: Sequence[str], a17_of: Mapping[str, str], given: Mapping[str, float]
            ) -> tuple[FloatArray, list[str]]:
    values, sources = [], []
    for key in keys:
        if key in given:
            values.append(given[key])
            sources.append("given")
        elif a17_of.get(key) in DEMO_CV:
            values.append(DEMO_CV[a17_of[key]])
            sources.append("demo")
        else:
            values.append(DEMO_CV_ALL)
            sources.append("demo_all")
    return np.asarray(values, dtype=np.float64), sources


def _half_width(N: IntArray, n: IntArray, S: FloatArray, X: float) -> float:
    df = max(int(n.sum()) - len(N), 1)
    return t_quantile(0.975, df) * math.sqrt(ratio_variance(N, n, S, X))


def plan(units: pd.DataFrame, spec: DesignSpec) -> Plan:
    """Strata, their sizes and the sample of each; refuses an impossible design unchanged."""
    scope_mask = in_scope(units["naf"], spec.scope)
    counts = {p: int(units["naf"].astype(str).str.startswith(p).sum()) for p in spec.scope}
    if not scope_mask.any():
        raise InvalidInput("territory.scope_empty", field="scope", scope=list(spec.scope))
    chosen = units[scope_mask]
    keys = stratum_keys(chosen, spec.strata)
    grouped = pd.DataFrame({"key": keys, "jobs": chosen["jobs"].to_numpy(),
                            "a17": chosen["a17"].fillna("").astype(str).to_numpy()})
    stats = grouped.groupby("key", sort=False).agg(N=("jobs", "size"), jobs=("jobs", "sum"),
                                                   a17=("a17", lambda s: s.mode().iat[0]))
    order = sorted(stats.index, key=lambda k: _key_order(str(k), spec.strata))
    stats = stats.loc[order]
    names = [str(k) for k in stats.index]
    for key in [*spec.fixed, *spec.cv]:
        if key not in stats.index:
            raise InvalidInput("territory.stratum_empty", field=f"fixed.{key}", stratum=key,
                               known=names[:8])
    N = stats["N"].to_numpy(dtype=np.intp)
    jobs = stats["jobs"].to_numpy(dtype=np.float64)
    size = jobs / N + 1.0
    cv, sources = _priors(names, dict(zip(names, stats["a17"], strict=True)), spec.cv)
    S, X = cv * size, float((N * size).sum())
    population = int(N.sum())
    if spec.allocation == "fixed":
        n_h = np.array([spec.fixed.get(k, 0) for k in names], dtype=np.intp)
        for key, wanted, available in zip(names, n_h, N, strict=True):
            if wanted == 0:
                raise InvalidInput("territory.stratum_no_sample", field=f"fixed.{key}",
                                   stratum=key, N=int(available))
            if wanted > available:
                raise InvalidInput("territory.stratum_too_small", field=f"fixed.{key}",
                                   stratum=key, n=int(wanted), N=int(available))
    else:
        weight = N * S if spec.allocation == "neyman" else N.astype(np.float64)
        minimum = int(np.minimum(MIN_PER_STRATUM, N).sum())
        if spec.n is not None:
            if spec.n > population:
                raise InvalidInput("territory.sample_too_large", field="n", n=spec.n,
                                   N=population)
            if spec.n < minimum:
                raise InvalidInput("territory.sample_too_small", field="n", n=spec.n,
                                   minimum=minimum, strata=len(names))
            n_h = allocate(spec.n, N, weight)
        else:
            n_h = _size_for_half_width(N, S, X, weight, float(spec.half_width or 0), minimum)
    return Plan(spec=spec, frame_establishments=len(units), in_scope=population,
                scope_counts=counts, n=int(n_h.sum()),
                half_width=_half_width(N, n_h, S, X) if (n_h < N).any() else 0.0,
                strata=tuple(
                    StratumPlan(key, tuple(key.split(KEY_SEPARATOR)), int(N[i]),
                                float(jobs[i]), float(size[i]), float(cv[i]),
                                sources[i], int(n_h[i]))
                    for i, key in enumerate(names)))


def _size_for_half_width(N: IntArray, S: FloatArray, X: float, weight: FloatArray, half: float,
                         minimum: int) -> IntArray:
    """The smallest n whose allocation reaches the half-width (Cochran 5.25 with the fpc)."""
    population = int(N.sum())
    shares = weight / weight.sum()
    n = float(minimum)
    for _ in range(20):  # t depends on n through its degrees of freedom
        df = max(int(n) - len(N), 1)
        target = (half / t_quantile(0.975, df)) ** 2 * X**2
        with np.errstate(divide="ignore"):
            need = float(np.sum(N**2 * S**2 / shares)) / (target + float(np.sum(N * S**2)))
        if abs(need - n) < 0.5:
            break
        n = need
    n_total = min(max(math.ceil(n), minimum), population)
    counts = allocate(n_total, N, weight)
    while n_total < population and _half_width(N, counts, S, X) > half:
        n_total = min(population, n_total + max(1, n_total // 100))
        counts = allocate(n_total, N, weight)
    while n_total > minimum:  # the steps up may overshoot: the smallest n that reaches it
        fewer = allocate(n_total - 1, N, weight)
        if _half_width(N, fewer, S, X) > half:
            break
        n_total, counts = n_total - 1, fewer
    return counts


# --- the draw -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Draw:
    seed: int
    reserve: int
    units: pd.DataFrame  # siret, stratum, role (sample/reserve), rank (1.. within stratum)

    def counts(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for stratum, role in zip(self.units["stratum"], self.units["role"], strict=True):
            counts = out.setdefault(str(stratum), {})
            counts[str(role)] = counts.get(str(role), 0) + 1
        return out


def draw(units: pd.DataFrame, chosen: Plan, *, seed: int, reserve: int = 0) -> Draw:
    """Simple random sampling without replacement inside each stratum, then `reserve` more
    per stratum in drawing order (the units to call when one refuses).

    Units are sorted by SIRET first and strata taken in key order, so the same frame, design
    and seed always give the same draw, whatever the order of the register file.
    """
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise InvalidInput("territory.seed", field="seed", seed=str(seed))
    if isinstance(reserve, bool) or not isinstance(reserve, int) or reserve < 0:
        raise InvalidInput("territory.reserve", field="reserve", reserve=str(reserve))
    spec = chosen.spec
    scoped = units[in_scope(units["naf"], spec.scope)].sort_values("siret", kind="stable")
    keys = stratum_keys(scoped, spec.strata).to_numpy()
    sirets = scoped["siret"].to_numpy()
    rng = np.random.Generator(np.random.PCG64(np.random.SeedSequence(seed)))
    rows: list[pd.DataFrame] = []
    for stratum in chosen.strata:
        members = sirets[keys == stratum.key]
        order = rng.permutation(len(members))
        take = min(len(members), stratum.n + reserve)
        picked = members[order[:take]]
        roles = np.where(np.arange(take) < stratum.n, ROLE_SAMPLE, ROLE_RESERVE)
        ranks = np.where(roles == ROLE_SAMPLE, np.arange(1, take + 1),
                         np.arange(1, take + 1) - stratum.n)
        rows.append(pd.DataFrame({"siret": picked, "stratum": stratum.key, "role": roles,
                                  "rank": ranks.astype(np.int64)}))
    table = pd.concat(rows, ignore_index=True) if rows else pd.DataFrame(
        columns=["siret", "stratum", "role", "rank"])
    return Draw(seed=seed, reserve=reserve, units=table)
