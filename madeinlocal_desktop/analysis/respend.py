"""Round-3 re-spend shares: where each one comes from (methods.md §1, "Where R3 shares come from").

A line that carries its own share keeps it (source `survey` unless it says otherwise). A blank
share is one of two things (the same meaning as `SpendLine.respend_automatic`):

- left for the analysis (no source, or a source other than `survey`: what the form shows as
  "automatic"): resolved for the line's recipient group, in this order:
  1. `survey_mean`: the mean of that group's respondents (NEF practice: "if staff spend on
     average 40% locally, 40% × £200,000 = £80,000");
  2. `io_proxy`: the input-output model's estimate for the group;
  3. `default`: the value the study coordinator set, with its justification; a study that set
     none for the group uses the neutral 50 % (`ASSUMED_DEFAULT`, reported as such).
  It is an estimate, not a missing answer: the Monte Carlo range shows its uncertainty
  (proxy_spread.py), and it is not counted among the imputed answers.
- asked and not answered (source `survey`, no share): a missing answer, `imputed` with the
  median of the group's other shares, else 0.5; flagged, counted, and the engine reports
  bounds with these shares at 0 and 1.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from ..domain import RespendSource
from ..domain.rules import round3_share
from .frames import DEFAULT, IMPUTED, IO_PROXY, NO_SOURCE, SOURCES, SURVEY, SURVEY_MEAN
from .missing import FALLBACK_SHARE, group_median

ASSUMED_DEFAULT = 0.5  # a group's default when the study set none: the neutral midpoint

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]
BoolArray = npt.NDArray[np.bool_]


def nef_average(shares: Sequence[float] | FloatArray) -> float:
    """The group share NEF applies to a whole group: the plain mean of respondents' shares."""
    values = np.asarray(shares, dtype=np.float64)
    if len(values) == 0:
        raise ValueError("no respondent shares to average")
    return float(values.mean())


def survey_means(groups: Sequence[str], shares: FloatArray) -> dict[str, float]:
    """Mean respondent share per recipient group."""
    if len(shares) == 0:
        return {}
    means = pd.Series(shares).groupby(pd.Series(groups, dtype=object)).mean()
    return {str(g): float(v) for g, v in means.items()}


@dataclass(frozen=True)
class Resolved:
    shares: FloatArray  # per line; NaN only where not needed
    source: IntArray  # index into frames.SOURCES, NO_SOURCE where not needed
    imputed_values: dict[str, float]  # group → value given to its unanswered shares
    assumed_defaults: dict[str, float]  # group → ASSUMED_DEFAULT, where the study set none

    @property
    def imputed(self) -> BoolArray:
        return self.source == IMPUTED

    def counts(self) -> dict[str, int]:
        """How many lines used each source (every source named, zero included)."""
        used = self.source[self.source != NO_SOURCE]
        tally = np.bincount(used, minlength=len(SOURCES))
        return {name: int(tally[i]) for i, name in enumerate(SOURCES)}


def resolve(
    respend_share: FloatArray,
    respend_source: IntArray,
    recipient: IntArray,
    recipient_labels: Sequence[str] | npt.NDArray[np.object_],
    needed: BoolArray,
    *,
    survey_mean: Mapping[str, float],
    io_proxy: Mapping[str, float],
    defaults: Mapping[str, tuple[float, str]],
) -> Resolved:
    """Give every needed line a Round-3 share and a source, without loops over lines.

    The order of the steps is decided per recipient group (a handful), then spread to the lines
    with one gather.
    """
    defaults_share = {g: v[0] for g, v in defaults.items()}
    group_value = np.full(len(recipient_labels), ASSUMED_DEFAULT)
    group_source = np.full(len(recipient_labels), DEFAULT, dtype=np.intp)
    assumed = np.ones(len(recipient_labels), dtype=bool)
    steps = {RespendSource.SURVEY_MEAN: SURVEY_MEAN, RespendSource.IO_PROXY: IO_PROXY,
             RespendSource.DEFAULT: DEFAULT}
    for code, label in enumerate(recipient_labels):
        found = round3_share(str(label), survey_mean=survey_mean, io_proxy=io_proxy,
                             defaults=defaults_share)
        if found is not None:
            group_value[code], group_source[code] = found[0], steps[found[1]]
            assumed[code] = False
    blank = needed & np.isnan(respend_share)
    given = needed & ~blank
    unanswered = blank & (respend_source == SURVEY)
    shares = np.where(given, respend_share, group_value[recipient])
    source = np.where(given, np.where(respend_source == NO_SOURCE, SURVEY, respend_source),
                      group_source[recipient])
    source[unanswered] = IMPUTED
    source[~needed] = NO_SOURCE
    shares[~needed] = np.nan
    automatic = blank & ~unanswered
    assumed_defaults = {str(recipient_labels[int(g)]): ASSUMED_DEFAULT for g in np.flatnonzero(
        assumed & (np.bincount(recipient[automatic], minlength=len(assumed)) > 0))}

    imputed_values: dict[str, float] = {}
    gap = source == IMPUTED
    if gap.any():
        wanted = np.bincount(recipient[gap], minlength=len(recipient_labels)) > 0
        median = group_median(np.where(gap, np.nan, shares), recipient, len(recipient_labels),
                              wanted)
        fill = np.where(np.isnan(median), FALLBACK_SHARE, median)
        shares[gap] = fill[recipient[gap]]
        for group in np.flatnonzero(np.bincount(recipient[gap], minlength=len(fill))):
            imputed_values[str(recipient_labels[int(group)])] = float(fill[group])
    return Resolved(shares, source, imputed_values, assumed_defaults)
