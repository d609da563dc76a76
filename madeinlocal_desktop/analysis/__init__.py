"""Pure numpy/pandas computations: LM3, statistics, scenarios, input-output, charts.

The names below are imported on first use (PEP 562): a module that needs only a label or a
number format from here (`chart_format`, `impact_notices`) must not pay for numpy and pandas,
which a command's `--help` never needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .engine import AnalysisResult, GroupSummary, RatioSummary, analyse
    from .frames import Inputs, frames_from_records, validate
    from .respend import nef_average
    from .scenarios import ScenarioResult, direct_shift_effect, shift_scenario
    from .statistics import DEFAULT_SEED, t_quantile, taylor_se

_HOMES = {
    "AnalysisResult": "engine", "GroupSummary": "engine", "RatioSummary": "engine",
    "analyse": "engine",
    "Inputs": "frames", "frames_from_records": "frames", "validate": "frames",
    "nef_average": "respend",
    "ScenarioResult": "scenarios", "direct_shift_effect": "scenarios",
    "shift_scenario": "scenarios",
    "DEFAULT_SEED": "statistics", "t_quantile": "statistics", "taylor_se": "statistics",
}

__all__ = [
    "DEFAULT_SEED",
    "AnalysisResult",
    "GroupSummary",
    "Inputs",
    "RatioSummary",
    "ScenarioResult",
    "analyse",
    "direct_shift_effect",
    "frames_from_records",
    "nef_average",
    "shift_scenario",
    "t_quantile",
    "taylor_se",
    "validate",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
