"""Calibration of design weights to known totals: raking with bounded weight ratios.

Deville & Särndal (1992); Särndal, Swensson & Wretman (1992, ch. 6-7). The calibrated weight
of a respondent is d_i g_i: the g_i are found by iterative proportional fitting over the margins
(e.g. the establishments of each stratum, the frame's salaried jobs of each sector), each
factor kept within `bounds` so that no respondent ends up speaking for far more or far fewer
establishments than its design weight says. The variance of a calibrated total is that of the
g-weighted residuals e_i = y_i − z_i' B̂ of the weighted regression of y on the calibration
variables (the GREG linearisation).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from ..errors import InvalidInput

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
    max_iterations: int = 1000
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


def calibrate(d: FloatArray, calibration: Calibration) -> CalibrationResult:
    """g-factors that make the weighted sample reproduce every margin, within the bounds."""
    n = len(d)
    low, high = calibration.bounds
    if not 0 < low <= 1 <= high:
        raise InvalidInput("territory.calibration_bounds", field="calibration.bounds",
                           low=low, high=high)
    for margin in calibration.margins:
        v = _values(margin, n)
        for c, label in enumerate(margin.labels):
            if margin.totals[c] > 0 and not np.any((margin.codes == c) & (v > 0)):
                raise InvalidInput("territory.calibration_empty", field="calibration",
                                   margin=margin.name, category=label)
    g = np.ones(n)
    worst = (np.inf, "", "")
    iterations = 0
    for iterations in range(1, calibration.max_iterations + 1):  # noqa: B007
        for margin in calibration.margins:
            v = _values(margin, n)
            inside = margin.codes >= 0
            current = np.bincount(margin.codes[inside], weights=(d * g * v)[inside],
                                  minlength=len(margin.labels))
            with np.errstate(divide="ignore", invalid="ignore"):
                factor = np.where(current > 0, margin.totals / current, 1.0)
            g[inside] *= factor[margin.codes[inside]]
            np.clip(g, low, high, out=g)
        worst = (0.0, "", "")
        for margin in calibration.margins:
            v = _values(margin, n)
            inside = margin.codes >= 0
            current = np.bincount(margin.codes[inside], weights=(d * g * v)[inside],
                                  minlength=len(margin.labels))
            gap = np.abs(current - margin.totals) / np.maximum(np.abs(margin.totals), 1e-12)
            c = int(np.argmax(gap)) if len(gap) else 0
            if len(gap) and gap[c] > worst[0]:
                worst = (float(gap[c]), margin.name, margin.labels[c])
        if worst[0] <= calibration.tolerance:
            break
    else:
        raise InvalidInput("territory.calibration_failed", field="calibration",
                           margin=worst[1], category=worst[2], gap=worst[0], low=low,
                           high=high)

    Z = _design_matrix(calibration, n)
    w = d * g
    root = np.sqrt(w)[:, None]

    def residuals(values: FloatArray) -> FloatArray:
        if Z.shape[1] == 0:
            return values
        coefficients, *_ = np.linalg.lstsq(Z * root, values * root, rcond=None)
        return values - Z @ coefficients

    report = {
        "method": "raking",
        "bounds": [low, high],
        "iterations": iterations,
        "g_range": [float(g.min()), float(g.max())] if n else None,
        "margins": {m.name: {label: float(m.totals[c]) for c, label in enumerate(m.labels)}
                    for m in calibration.margins},
    }
    return CalibrationResult(g, report, residuals)
