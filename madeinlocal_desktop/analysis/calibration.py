"""Calibration of design weights to known totals, with bounded weight ratios.

Deville & Särndal (1992); Särndal, Swensson & Wretman (1992, ch. 6-7). The calibrated weight
of a respondent is d_i g_i with g_i = F(z_i' λ): z_i holds the respondent's calibration
variables (one column per category of each margin: 1, or its value, such as the frame's jobs)
and λ solves Σ_i d_i F(z_i' λ) z_i = T by Newton's method. F is Deville & Särndal's bounded
logit ("raking" kept within bounds): F(0) = 1 and L < F < U, so that no respondent ends up
speaking for far more or far fewer establishments than its design weight says. Unlike plain
iterative proportional fitting it also calibrates on quantitative margins (jobs by sector)
crossed with the strata. The variance of a calibrated total is that of the g-weighted
residuals e_i = y_i − z_i' B̂ of the weighted regression of y on z (the GREG linearisation).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from ..errors import InvalidInput, Message

# A margin's name in a message, in the message's language ("employment" is a key, not a word).
MARGIN_WORDS = {"employment": Message("territory.margin.employment"),
                "strata": Message("territory.margin.strata")}


def _margin_word(name: str) -> Message | str:
    return MARGIN_WORDS.get(name, name)

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]


@dataclass(frozen=True)
class Margin:
    """Known totals of one variable by category: Σ_{i in c} w_i v_i should be totals[c]."""

    name: str
    codes: IntArray  # per respondent; −1 when it belongs to no category of this margin
    labels: tuple[str, ...]
    totals: FloatArray
    values: FloatArray | None = None  # per respondent; None counts establishments


@dataclass(frozen=True)
class Calibration:
    margins: tuple[Margin, ...]
    bounds: tuple[float, float] = (0.5, 2.0)
    max_iterations: int = 100
    tolerance: float = 1e-9


@dataclass(frozen=True)
class CalibrationResult:
    g: FloatArray
    report: dict[str, Any]
    residuals: Callable[[FloatArray], FloatArray]


def _values(margin: Margin, n: int) -> FloatArray:
    return np.ones(n) if margin.values is None else margin.values


def _design_matrix(calibration: Calibration, n: int) -> FloatArray:
    columns = []
    for margin in calibration.margins:
        v = _values(margin, n)
        for c in range(len(margin.labels)):
            columns.append(np.where(margin.codes == c, v, 0.0))
    return np.column_stack(columns) if columns else np.zeros((n, 0))


def _logit(u: FloatArray, low: float, high: float) -> tuple[FloatArray, FloatArray]:
    """F(u) and F'(u) of the bounded logit: F(0) = 1, F'(0) = 1, low < F < high."""
    a = (high - low) / ((1 - low) * (high - 1))
    e = np.exp(np.clip(a * u, -300.0, 300.0))  # den² stays finite
    den = (high - 1) + (1 - low) * e
    value = (low * (high - 1) + high * (1 - low) * e) / den
    slope = e * (high - low) ** 2 / den**2
    return value, slope


def calibrate(d: FloatArray, calibration: Calibration) -> CalibrationResult:
    """g-factors that make the weighted sample reproduce every margin, within the bounds."""
    n = len(d)
    low, high = calibration.bounds
    if not 0 <= low < 1 < high:
        raise InvalidInput("territory.calibration_bounds", field="calibration.bounds",
                           low=low, high=high)
    names: list[tuple[str, str]] = []
    for margin in calibration.margins:
        v = _values(margin, n)
        for c, label in enumerate(margin.labels):
            names.append((margin.name, label))
            if margin.totals[c] > 0 and not np.any((margin.codes == c) & (v > 0)):
                raise InvalidInput("territory.calibration_empty", field="calibration",
                                   margin=_margin_word(margin.name), category=label)
    Z = _design_matrix(calibration, n)
    T = np.concatenate([m.totals for m in calibration.margins]) if calibration.margins \
        else np.zeros(0)
    scale = np.maximum(np.abs(T), 1e-12)
    lam = np.zeros(Z.shape[1])
    g = np.ones(n)
    iterations = 0
    for iterations in range(1, calibration.max_iterations + 1):  # noqa: B007
        g, slope = _logit(Z @ lam, low, high)
        gap = T - Z.T @ (d * g)
        if not len(gap) or float(np.max(np.abs(gap) / scale)) <= calibration.tolerance:
            break
        hessian = Z.T @ (Z * (d * slope)[:, None])
        step, *_ = np.linalg.lstsq(hessian, gap, rcond=None)
        lam = lam + step
    else:
        worst = int(np.argmax(np.abs(gap) / scale))
        raise InvalidInput("territory.calibration_failed", field="calibration",
                           margin=_margin_word(names[worst][0]), category=names[worst][1],
                           gap=float(abs(gap[worst]) / scale[worst]), low=low, high=high)

    w = d * g
    root = np.sqrt(w)[:, None]

    def residuals(values: FloatArray) -> FloatArray:
        if Z.shape[1] == 0:
            return values
        coefficients, *_ = np.linalg.lstsq(Z * root, values * root, rcond=None)
        return values - Z @ coefficients

    report = {
        "method": "bounded logit (raking within bounds)",
        "bounds": [low, high],
        "iterations": iterations,
        "g_range": [float(g.min()), float(g.max())] if n else None,
        "margins": {m.name: {label: float(m.totals[c]) for c, label in enumerate(m.labels)}
                    for m in calibration.margins},
    }
    return CalibrationResult(g, report, residuals)
