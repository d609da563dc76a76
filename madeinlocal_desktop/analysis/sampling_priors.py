"""Prior coefficients of variation for Neyman allocation and the sample-size calculation.

CV_h = S_e,h / x̄_h: the standard deviation of the LM3 residual e = y − R x of a stratum's
shops over their mean turnover (y = R1 + R2 + R3, x = R1, R the ratio of totals of all shops).
Until a study has answers of its own, the defaults are those of the demo study (fictitious
town-centre shops of Grand Poitiers, default seed), by A17 sector; `DEMO_CV_ALL` is the value
over all its shops, used for sectors the demo does not have. tests/core/test_sampling.py
recomputes them from the demo with `coefficients_of_variation`.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

DEMO_CV: dict[str, float] = {"C1": 0.19, "GZ": 0.34, "IZ": 0.21, "KZ": 0.28, "RU": 0.13}
DEMO_CV_ALL = 0.38


def coefficients_of_variation(x: npt.NDArray[np.float64], y: npt.NDArray[np.float64],
                              groups: npt.NDArray[np.object_]) -> tuple[dict[str, float], float]:
    """(CV by group, CV over all) of the residual y − R x relative to the mean of x."""
    ratio = float(y.sum() / x.sum())
    e = y - ratio * x

    def cv(mask: npt.NDArray[np.bool_]) -> float:
        return float(np.std(e[mask], ddof=1) / np.mean(x[mask]))

    everyone = np.ones(len(x), dtype=bool)
    by_group = {str(g): round(cv(groups == g), 2) for g in sorted(set(groups))
                if int((groups == g).sum()) >= 2}
    return by_group, round(cv(everyone), 2)
