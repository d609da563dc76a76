"""What the Territoire view shows, read on the worker thread in one round trip.

`load_state(project, lang)` gathers the frame (version, import report), its profile, the
design's plan, the last draw, and, when the study has a frame and a design, the territory's
estimates (the view draws their chart when it is shown).
A refused estimate (no respondent yet, say) arrives as `estimate_error`, so the rest still shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import UserFacingError

if TYPE_CHECKING:
    from ..project import Project


@dataclass
class TerritoryState:
    fictitious: bool = False
    communes: int = 0
    version: dict[str, Any] | None = None
    profile: dict[str, Any] | None = None
    design: dict[str, Any] | None = None
    plan: dict[str, Any] | None = None
    plan_error: UserFacingError | None = None
    draw: dict[str, Any] | None = None
    estimate: dict[str, Any] | None = None
    estimate_error: UserFacingError | None = None
    categories: dict[str, str] = field(default_factory=dict)


def estimate_state(project: Project, state: TerritoryState, lang: str, *,
                   calibrate: str | None = None, progress: Any = None,
                   should_cancel: Any = None) -> TerritoryState:
    state.estimate = state.estimate_error = None
    try:
        state.estimate = project.territory.estimate(calibrate=calibrate, progress=progress,
                                                    should_cancel=should_cancel).to_dict()
    except UserFacingError as error:
        state.estimate_error = error
    return state


def load_state(project: Project, lang: str, *, estimate: bool = True,
               progress: Any = None, should_cancel: Any = None) -> TerritoryState:
    study = project.study
    state = TerritoryState(fictitious=study.fictitious, communes=len(study.territory.communes),
                           categories={c.code: c.label_fr if lang == "fr" else c.label_en
                                       for c in study.categories})
    territory = project.territory
    state.version = territory.frame_version()
    if state.version is None:
        return state
    state.profile = territory.profile()
    state.design = territory.design()
    if state.design is not None:
        try:
            state.plan = territory.plan().to_dict()
        except UserFacingError as error:
            state.plan_error = error
    found = territory.current_draw()
    if found is not None:
        info, units = found
        counts = units.groupby("role").size().to_dict()
        state.draw = {**info, "sample": int(counts.get("sample", 0)),
                      "reserve_units": int(counts.get("reserve", 0))}
    if estimate and state.plan is not None:
        estimate_state(project, state, lang, progress=progress, should_cancel=should_cancel)
    return state
