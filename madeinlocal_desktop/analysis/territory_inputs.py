"""The sample of the territory estimators, from the same code path as `analyse`.

Per interview: x = R1 and y = R1 + R2 + R3, R2, R3 and the leakage by category, computed by
`engine.prepare` and `lm3.rounds` exactly as the sample figures are, so the two cannot
disagree. Interviews are then matched to frame units by the SIRET of their business: those
without a SIRET in the frame, or whose establishment lies outside the design's scope, are
reported and left out (never weighted); several interviews of one establishment are averaged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from .engine import prepare, require_some
from .lm3 import leakage_lines, rounds
from .territory import Sample

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]

BASE_COLUMNS = ("r1", "r2", "r3", "local", "y")
LEAK_PREFIX = "leakage:"
RATIOS = {"lm3": ("y", "r1"), "recirculation": ("r2", "r1")}


@dataclass(frozen=True)
class InterviewValues:
    """The rounds of every analysed interview (euros a year)."""

    ids: npt.NDArray[np.object_]
    business_id: npt.NDArray[np.object_]
    ownership: npt.NDArray[np.object_]
    values: FloatArray  # interviews × columns
    columns: tuple[str, ...]
    categories: tuple[str, ...]  # the leakage columns' categories, in order


def interview_values(interviews: pd.DataFrame, lines: pd.DataFrame, *,
                     respondents: pd.DataFrame | None = None,
                     defaults: Mapping[str, Any] | None = None,
                     io_proxy: Mapping[str, float] | None = None) -> InterviewValues:
    prep = prepare(interviews, lines, respondents=respondents, defaults=defaults,
                   io_proxy=io_proxy)
    require_some(prep)
    inp = prep.inputs
    rnd = rounds(prep.r1, prep.lines)
    n, categories = len(prep.rows), tuple(str(c) for c in inp.category.labels)
    leak = np.zeros((n, len(categories)))
    np.add.at(leak, (prep.lines.interview, prep.lines.category), leakage_lines(prep.lines))
    values = np.column_stack([rnd.r1, rnd.r2, rnd.r3, rnd.r2 + rnd.r3, rnd.y, leak])
    return InterviewValues(
        ids=inp.ids[prep.rows],
        business_id=np.asarray(inp.business.labels, dtype=object)[inp.business.codes[prep.rows]],
        ownership=np.asarray(inp.ownership.labels, dtype=object)[inp.ownership.codes[prep.rows]],
        values=values,
        columns=(*BASE_COLUMNS, *(LEAK_PREFIX + c for c in categories)),
        categories=categories)


@dataclass(frozen=True)
class Matched:
    sample: Sample
    sirets: tuple[str, ...]  # of the responding units, in sample order
    outside_frame: tuple[str, ...]  # interview ids
    outside_scope: tuple[str, ...]
    averaged: tuple[str, ...]  # SIRETs interviewed more than once


def match(values: InterviewValues, siret_of_business: Mapping[str, str | None],
          stratum_of_siret: Mapping[str, int], frame_sirets: frozenset[str] | set[str],
          sector_of_siret: Mapping[str, str], sector_labels: Sequence[str]) -> Matched:
    """Respondents as frame units: stratum, averaged values, sector and ownership domains.

    `stratum_of_siret` holds the units of the scope; `frame_sirets` is every frame SIRET, so
    an interview of a frame unit outside the scope is told apart from one outside the frame.
    """
    sirets = [siret_of_business.get(str(b)) for b in values.business_id]
    outside_frame, outside_scope, kept = [], [], []
    for i, siret in enumerate(sirets):
        if siret is None or siret not in frame_sirets:
            outside_frame.append(str(values.ids[i]))
        elif siret not in stratum_of_siret:
            outside_scope.append(str(values.ids[i]))
        else:
            kept.append(i)
    rows = np.asarray(kept, dtype=np.intp)
    unit_sirets = np.asarray([sirets[i] for i in kept], dtype=object)
    units, first, inverse, counts = np.unique(unit_sirets, return_index=True,
                                              return_inverse=True, return_counts=True)
    inverse = inverse.ravel()
    sums = np.zeros((len(units), values.values.shape[1]))
    np.add.at(sums, inverse, values.values[rows])
    averaged = sums / counts[:, None]
    stratum = np.asarray([stratum_of_siret[str(s)] for s in units], dtype=np.intp)
    labels = tuple(sector_labels)
    sector = np.asarray([labels.index(sector_of_siret[str(s)]) for s in units], dtype=np.intp)
    ownership_all = values.ownership[rows][first]
    owners = tuple(sorted({str(o) for o in ownership_all}))
    ownership = np.asarray([owners.index(str(o)) for o in ownership_all], dtype=np.intp)
    sample = Sample(stratum=stratum, values=averaged, names=values.columns,
                    domains={"sector": (sector, labels), "ownership": (ownership, owners)})
    return Matched(sample, tuple(str(s) for s in units), tuple(outside_frame),
                   tuple(outside_scope), tuple(str(s) for s in units[counts > 1]))
