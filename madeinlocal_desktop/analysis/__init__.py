"""Pure numpy/pandas computations: LM3, statistics, scenarios, input-output, charts."""

from .engine import AnalysisResult, GroupSummary, RatioSummary, analyse
from .frames import Inputs, frames_from_records, validate
from .respend import nef_average
from .scenarios import ScenarioResult, direct_shift_effect, shift_scenario
from .statistics import DEFAULT_SEED, t_quantile, taylor_se

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
