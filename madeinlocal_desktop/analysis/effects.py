"""Effects of a final-demand change split into direct, indirect and induced (Miller & Blair ch. 6).

For a change Δf on the (regional) model:
- direct: the demand itself, Δx⁰ = Δf (and its income, value added and jobs: w ∘ Δf, ...);
- indirect (Type I): the suppliers' rounds, L Δf − Δf;
- induced (Type II, closed model only): household re-spending, L̄ [Δf; 0] − L Δf.
The three add up to the closed model's total (or the open one's when the model is open), and
every layer is linear in Δf, which is why the dashboard can scale one euro's effects.

`layer_totals` turns them into euros and persons for JSON with the table's units.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from ..reference.io_table import checked_vector
from .io_model import FloatArray, Multipliers

LAYERS = ("direct", "indirect", "induced")
MEASURES = ("output", "income", "value_added", "jobs")


@dataclass(frozen=True)
class Layer:
    """One layer of effects by sector, in table units (jobs in the table's employment unit)."""

    output: FloatArray
    income: FloatArray | None
    value_added: FloatArray | None
    jobs: FloatArray | None

    def measure(self, name: str) -> FloatArray | None:
        value: FloatArray | None = getattr(self, name)
        return value


@dataclass(frozen=True)
class LayeredEffects:
    codes: tuple[str, ...]
    demand: FloatArray
    direct: Layer
    indirect: Layer
    induced: Layer | None  # None in the open model
    total: Layer
    household_income: float | None  # closed model: Δ of the household row

    def layers(self) -> dict[str, Layer | None]:
        return {"direct": self.direct, "indirect": self.indirect, "induced": self.induced}


def _layer(model: Multipliers, output: FloatArray) -> Layer:
    def times(rate: FloatArray | None) -> FloatArray | None:
        return None if rate is None else np.asarray(rate * output, dtype=np.float64)

    return Layer(output=output, income=times(model.income_rate),
                 value_added=times(model.value_added_rate), jobs=times(model.employment_rate))


def _minus(a: Layer, b: Layer) -> Layer:
    def diff(x: FloatArray | None, y: FloatArray | None) -> FloatArray | None:
        return None if x is None or y is None else np.asarray(x - y, dtype=np.float64)

    return Layer(output=np.asarray(a.output - b.output, dtype=np.float64),
                 income=diff(a.income, b.income), value_added=diff(a.value_added, b.value_added),
                 jobs=diff(a.jobs, b.jobs))


def layered_effects(model: Multipliers, demand: ArrayLike, *, closed: bool) -> LayeredEffects:
    """Δf through the model, by layer. `closed` needs `model.closed` (households in)."""
    n = len(model.codes)
    delta_f = checked_vector(demand, n, "final demand change")
    assert delta_f is not None
    direct = _layer(model, delta_f)
    type1 = _layer(model, np.asarray(model.leontief @ delta_f, dtype=np.float64))
    induced = household = None
    total = type1
    if closed:
        if model.closed is None:
            raise ValueError("the closed model was not computed")
        effect = model.closed.leontief @ np.append(delta_f, 0.0)
        total = _layer(model, np.asarray(effect[:n], dtype=np.float64))
        induced = _minus(total, type1)
        household = float(effect[n])
    return LayeredEffects(codes=model.codes, demand=delta_f, direct=direct,
                          indirect=_minus(type1, direct), induced=induced, total=total,
                          household_income=household)


def _sum(values: FloatArray | None, scale: float) -> float | None:
    return None if values is None else float(np.sum(values)) * scale


def layer_totals(layer: Layer | None, money_scale: float, jobs_scale: float
                 ) -> dict[str, float | None] | None:
    """Σ over sectors of one layer: money × `money_scale` (euros), jobs × `jobs_scale`."""
    if layer is None:
        return None
    return {"output": _sum(layer.output, money_scale), "income": _sum(layer.income, money_scale),
            "value_added": _sum(layer.value_added, money_scale),
            "jobs": _sum(layer.jobs, jobs_scale)}


def effects_summary(effects: LayeredEffects, money_scale: float, jobs_scale: float
                    ) -> dict[str, Any]:
    """`direct`, `indirect`, `induced` (None when open) and `total`, each {output, income,
    value_added, jobs}, plus `household_income` in the closed model."""
    out: dict[str, Any] = {name: layer_totals(layer, money_scale, jobs_scale)
                           for name, layer in effects.layers().items()}
    out["total"] = layer_totals(effects.total, money_scale, jobs_scale)
    out["household_income"] = (None if effects.household_income is None
                                else effects.household_income * money_scale)
    return out


def by_sector(layer: Layer, money_scale: float, jobs_scale: float
              ) -> dict[str, list[float] | None]:
    """One layer sector by sector, in euros and persons."""
    def scaled(values: FloatArray | None, scale: float) -> list[float] | None:
        return None if values is None else [float(v) * scale for v in values]

    return {"output": scaled(layer.output, money_scale),
            "income": scaled(layer.income, money_scale),
            "value_added": scaled(layer.value_added, money_scale),
            "jobs": scaled(layer.jobs, jobs_scale)}
