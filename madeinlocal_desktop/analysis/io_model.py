"""Input-output model (Miller & Blair 2009, ch. 2 and 6; methods.md §4). Pure numpy, no I/O.

Conventions: `Z` is n×n domestic intermediate flows (rows sell, columns buy), `x` gross output, all
money in one unit (the table's). Vectors are in `codes` order. Every check that can fail on a user's
table raises `InvalidInput` with the sector codes involved, so a front end can show it as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from ..errors import InvalidInput, Message
from ..reference.io_table import FloatArray, IOTable, checked_vector, make_table, sector_names

__all__ = ["FloatArray", "IOTable", "make_table"]

# Round-off in a correct Leontief inverse can give entries like -1e-17; real sign errors are larger.
NEGATIVE_TOLERANCE = 1e-10
# Above this condition number of I − A the inverse is numerically meaningless: treat as singular.
MAX_CONDITION = 1e12


def technical_coefficients(table: IOTable) -> FloatArray:
    """A = Z diag(x)^-1, refusing a column whose domestic inputs reach its whole output."""
    a = table.z / table.output[np.newaxis, :]
    check_coefficients(a, table.codes)
    return a


def check_coefficients(a: FloatArray, codes: Sequence[str]) -> None:
    """Every column sum of A below 1: a sector cannot buy more domestic inputs than it produces."""
    sums = a.sum(axis=0)
    if np.any(sums >= 1):
        worst = int(np.argmax(sums))
        others = int(np.sum(sums >= 1)) - 1
        raise InvalidInput("io.column_sum" if not others else "io.column_sum_more",
                           sum=float(sums[worst]), sector=codes[worst], more=others)


def leontief_inverse(a: FloatArray, codes: Sequence[str], *, closed: bool = False) -> FloatArray:
    """L = (I − A)^-1, refusing a singular system or an inverse with negative entries."""
    system = np.eye(a.shape[0]) - a
    try:
        condition = np.linalg.cond(system)
        inverse = np.linalg.inv(system) if condition < MAX_CONDITION else None
    except np.linalg.LinAlgError:
        inverse = None
    if inverse is None:
        raise InvalidInput("io.closed_singular" if closed else "io.singular")
    if np.any(inverse < -NEGATIVE_TOLERANCE):
        negative_columns = np.any(inverse < -NEGATIVE_TOLERANCE, axis=0)
        households: list[str | Message] = [Message("io.households")] * (inverse.shape[0]
                                                                        - len(codes))
        raise InvalidInput("io.closed_not_productive" if closed else "io.not_productive",
                           sectors=sector_names([*codes, *households], negative_columns))
    return np.asarray(inverse, dtype=np.float64)


@dataclass(frozen=True)
class ClosedModel:
    """Households moved into the inter-industry matrix (Type II multipliers)."""

    coefficients: FloatArray  # Ā, (n+1)×(n+1), households last
    leontief: FloatArray  # L̄ = (I − Ā)^-1
    household_income: float  # the denominator of c (table unit)
    household_own_share: float  # a_hh
    output_type2: FloatArray  # Σ_{i≤n} L̄_ij
    income_type2: FloatArray  # L̄_{n+1,j} / w_j
    type2_type1_ratio: float  # 1 / (1 − a_hh − w L c), the same for every j


@dataclass(frozen=True)
class Multipliers:
    codes: tuple[str, ...]
    coefficients: FloatArray  # A (national, or regional r_ij)
    leontief: FloatArray
    output: FloatArray  # Type I output multipliers, column sums of L
    value_added_rate: FloatArray | None  # v = GVA / x
    income_rate: FloatArray | None  # w = compensation / x
    employment_rate: FloatArray | None  # e = jobs / x
    value_added_effects: FloatArray | None  # v L
    income_effects: FloatArray | None  # w L
    employment_effects: FloatArray | None  # e L
    income_type1: FloatArray | None  # (w L)_j / w_j; NaN where w_j = 0
    closed: ClosedModel | None = None


def _rate(values: FloatArray | None, output: FloatArray) -> FloatArray | None:
    return None if values is None else values / output


def _ratio(numerator: FloatArray, denominator: FloatArray) -> FloatArray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(denominator != 0, numerator / denominator, np.nan)


def household_coefficients(
    household_consumption: FloatArray, household_income: float
) -> FloatArray:
    """c_i = households' purchases of domestic product i / total household income.

    The denominator is a modelling choice that must be stated: `compute_multipliers` uses total
    compensation of employees unless told otherwise.
    """
    if not np.isfinite(household_income) or household_income <= 0:
        raise InvalidInput("io.household_income_not_positive", field="household_income",
                           value=household_income)
    return household_consumption / household_income


def closed_model(
    a: FloatArray,
    leontief: FloatArray,
    w: FloatArray,
    c: FloatArray,
    codes: Sequence[str],
    *,
    household_income: float,
    household_own_share: float = 0.0,
) -> ClosedModel:
    """Ā = [[A, c], [w, a_hh]] and its Type II multipliers.

    I − Ā is invertible with a non-negative inverse iff I − A is and its Schur complement
    s = 1 − a_hh − w L c is positive, which is why s is checked rather than the column sums of Ā
    (WIOD's households-as-employers sector has w_j > 1 and is still a valid closed model).
    """
    if not 0 <= household_own_share < 1:
        raise InvalidInput("io.household_own_share_range", value=household_own_share)
    n = a.shape[0]
    closed = np.zeros((n + 1, n + 1))
    closed[:n, :n] = a
    closed[:n, n] = c
    closed[n, :n] = w
    closed[n, n] = household_own_share
    schur = 1.0 - household_own_share - float(w @ leontief @ c)
    if schur <= 0:
        raise InvalidInput("io.closed_explodes", value=schur)
    big_l = leontief_inverse(closed, codes, closed=True)
    return ClosedModel(
        coefficients=closed,
        leontief=big_l,
        household_income=household_income,
        household_own_share=household_own_share,
        output_type2=big_l[:n, :n].sum(axis=0),
        income_type2=_ratio(big_l[n, :n], w),
        type2_type1_ratio=1.0 / schur,
    )


def compute_multipliers(
    table: IOTable,
    *,
    coefficients: FloatArray | None = None,
    closed: bool = False,
    household_income: float | None = None,
    household_own_share: float = 0.0,
    household_column: FloatArray | None = None,
) -> Multipliers:
    """Type I (and with `closed`, Type II) multipliers of a table.

    `coefficients` replaces A (a regionalised r_ij); effect rows v, w, e stay those of the table.
    `household_income` is the denominator of c (default: total compensation of employees).
    `household_column` replaces c (e.g. regionalised household purchases).
    """
    codes = table.codes
    if coefficients is None:
        a = technical_coefficients(table)
    else:
        a = np.asarray(coefficients, dtype=np.float64)
        if a.shape != table.z.shape:
            raise InvalidInput("io.coefficients_shape")
        check_coefficients(a, codes)
    big_l = leontief_inverse(a, codes)
    v = _rate(table.value_added, table.output)
    w = _rate(table.compensation, table.output)
    e = _rate(table.employment, table.output)
    closed_result = None
    if closed:
        if w is None or (table.household_consumption is None and household_column is None):
            raise InvalidInput("io.closed_needs_accounts")
        assert table.compensation is not None  # w exists only with compensation
        income = float(table.compensation.sum()) if household_income is None else household_income
        c = household_column
        if c is None:
            assert table.household_consumption is not None
            c = household_coefficients(table.household_consumption, income)
        closed_result = closed_model(
            a, big_l, w, c, codes, household_income=income, household_own_share=household_own_share
        )
    return Multipliers(
        codes=codes,
        coefficients=a,
        leontief=big_l,
        output=big_l.sum(axis=0),
        value_added_rate=v,
        income_rate=w,
        employment_rate=e,
        value_added_effects=None if v is None else v @ big_l,
        income_effects=None if w is None else w @ big_l,
        employment_effects=None if e is None else e @ big_l,
        income_type1=None if w is None else _ratio(w @ big_l, w),
        closed=closed_result,
    )


@dataclass(frozen=True)
class ShockEffects:
    """Effects of a final-demand change Δf, by sector (table units) and in total."""

    codes: tuple[str, ...]
    demand: FloatArray
    output: FloatArray  # Δx
    income: FloatArray | None  # w ∘ Δx (compensation of employees)
    value_added: FloatArray | None  # v ∘ Δx
    employment: FloatArray | None  # e ∘ Δx (table's employment unit)
    household_income: float | None = None  # closed model: Δ of the household row

    def total(self, name: str) -> float | None:
        values = getattr(self, name)
        return None if values is None else float(np.sum(values))


def shock_effects(model: Multipliers, demand: ArrayLike, *, closed: bool = False) -> ShockEffects:
    """Δx = L Δf (open) or the first n rows of L̄ [Δf; 0] (closed: induced effects included)."""
    n = len(model.codes)
    delta_f = checked_vector(demand, n, "final demand change")
    assert delta_f is not None
    household = None
    if closed:
        if model.closed is None:
            raise InvalidInput("io.closed_not_computed")
        effect = model.closed.leontief @ np.append(delta_f, 0.0)
        delta_x, household = effect[:n], float(effect[n])
    else:
        delta_x = model.leontief @ delta_f

    def times(rate: FloatArray | None) -> FloatArray | None:
        return None if rate is None else rate * delta_x

    return ShockEffects(
        codes=model.codes,
        demand=delta_f,
        output=delta_x,
        income=times(model.income_rate),
        value_added=times(model.value_added_rate),
        employment=times(model.employment_rate),
        household_income=household,
    )
