"""The study report and the shop feedback sheets: `Project.report`, `Project.shop_sheets`.

The figures come from the same calls as the command line (`analysis.run` as `analyse --format
json`, `impact.capital`, `compare_studies`...), never recomputed here. Files are written to a
temporary name in the target's folder and renamed at the end, so an error or a cancel leaves
nothing half-written.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import Recipient
from ..errors import Cancelled, InvalidInput, UserFacingError
from .base import Progress, ShouldCancel

if TYPE_CHECKING:
    from ..analysis.scenario_impact import ScenarioSpec
    from .facade import Project

BOOTSTRAP = 2000  # as `analyse` by default, so the report's intervals are the same numbers


def _check_target(out: Path) -> Path:
    out = Path(out)
    if out.suffix.lower() != ".pdf":
        raise InvalidInput("report.not_pdf", field="out", path=str(out))
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInput("report.no_folder", field="out", path=str(out), folder=str(folder))
    if out.is_dir():
        raise InvalidInput("report.is_folder", field="out", path=str(out))
    return out


@contextlib.contextmanager
def _atomic(targets: Sequence[Path]) -> Iterator[list[Path]]:
    """Temporary files beside each target, renamed onto them only when all were written."""
    temporaries: list[Path] = []
    try:
        for target in targets:
            try:
                handle, name = tempfile.mkstemp(prefix=f".{target.stem[:40]}-", suffix=".part",
                                                dir=target.parent)
            except OSError:
                raise InvalidInput("report.cannot_write", field="out",
                                   path=str(target)) from None
            os.close(handle)
            temporaries.append(Path(name))
        yield temporaries
        for temporary, target in zip(temporaries, targets, strict=True):
            try:
                os.replace(temporary, target)
            except OSError:
                raise InvalidInput("report.cannot_write", field="out",
                                   path=str(target)) from None
    finally:
        for temporary in temporaries:
            temporary.unlink(missing_ok=True)


def _stages(progress: Progress | None, weights: Sequence[float]) -> Callable[[int], Progress]:
    total = sum(weights)
    starts = [sum(weights[:k]) / total for k in range(len(weights))]

    def stage(index: int) -> Progress:
        def report(done: float) -> None:
            if progress is not None:
                progress(starts[index] + weights[index] / total * min(max(done, 0.0), 1.0))
        return report

    return stage


def _checker(cancel: ShouldCancel | None) -> Callable[[], None]:
    def check() -> None:
        if cancel is not None and cancel():
            raise Cancelled("report cancelled")
    return check


def saved_scenarios(project: Project,
                    wanted: Sequence[str | ScenarioSpec] | None) -> list[ScenarioSpec]:
    """The scenarios the report shows: `wanted` (names of saved scenarios, or specs), or
    every saved scenario when None. An unknown name is refused with the saved names."""
    manager = getattr(project, "scenarios", None)
    saved = list(manager.list()) if manager is not None else []
    if wanted is None:
        return saved
    by_name = {spec.name: spec for spec in saved}
    chosen = []
    for item in wanted:
        if not isinstance(item, str):
            chosen.append(item)
        elif item in by_name:
            chosen.append(by_name[item])
        elif by_name:
            raise InvalidInput("report.unknown_scenario", field="scenarios", name=item,
                               names=sorted(by_name))
        else:
            raise InvalidInput("report.no_scenarios", field="scenarios", name=item)
    return chosen


def write_study_report(project: Project, out: str | Path, *, lang: str = "fr",
                       scenarios: Sequence[str | ScenarioSpec] | None = None,
                       compare: Sequence[str | Path] = (), progress: Progress | None = None,
                       cancel: ShouldCancel | None = None) -> Path:
    from ..report import ReportInputs, write_report
    from .impact import compare_studies

    target = _check_target(Path(out))
    specs = saved_scenarios(project, scenarios)
    others = [Path(p) for p in compare]
    for other in others:
        if other.expanduser().resolve() == project.path.resolve():
            raise InvalidInput("report.compare_self", field="compare", path=str(other))
    check = _checker(cancel)
    stage = _stages(progress, [4, 2, 1, 1, 2 if others else 0.01, 3])
    with _atomic([target]) as (temporary,):
        analysis = project.analysis.run(bootstrap=BOOTSTRAP, progress=stage(0),
                                        should_cancel=cancel).to_dict()
        check()
        inputs = ReportInputs(study=project.study, analysis=analysis)
        if project.territory.has_frame():
            with contextlib.suppress(UserFacingError):
                inputs.territory = project.territory.estimate(bootstrap=BOOTSTRAP).to_dict()
                inputs.profile = project.territory.profile()
        stage(1)(1.0)
        check()
        if project.io.has_settings():
            inputs.io = project.io.multipliers()
        inputs.scenarios = [project.impact.scenario(spec) for spec in specs]
        stage(2)(1.0)
        check()
        try:
            inputs.opportunities = project.impact.opportunities()
        except UserFacingError as error:
            inputs.opportunities_note = error.text(lang)
        inputs.capital = project.impact.capital()
        inputs.map = project.impact.map_data("shops")
        stage(3)(1.0)
        check()
        if others:
            inputs.comparison = compare_studies([project.path, *others], progress=stage(4),
                                                should_cancel=cancel)
        write_report(inputs, temporary, lang=lang, progress=stage(5), should_cancel=cancel)
    if progress is not None:
        progress(1.0)
    return target


def _slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-").lower()
    return slug[:60] or "commerce"


def write_shop_sheets(project: Project, out: str | Path, *,
                      shops: str | Sequence[str] = "all", one_per_shop: bool = False,
                      lang: str = "fr", progress: Progress | None = None,
                      cancel: ShouldCancel | None = None) -> list[Path]:
    """The feedback sheets of `shops` ("all", or business ids) in `out`, or one file per shop
    beside it (`OUT-shop-name.pdf`). Returns the files written."""
    from ..analysis.shop_feedback import shop_feedback
    from ..report.shop_sheet import Sheet
    from ..report.shop_sheet import write_shop_sheets as write

    target = _check_target(Path(out))
    stage = _stages(progress, [1, 3])
    analysis = project.analysis.run(bootstrap=0)
    interviews, lines, respondents = project.analysis.frames()
    found = shop_feedback(interviews, lines, respondents=respondents,
                          defaults=project.analysis._defaults(),
                          io_proxy=project.io.io_proxy_shares() or None,
                          respend_share=_supplier_respend(analysis.to_dict()),
                          movable=[c.code for c in project.study.categories
                                   if c.recipient == Recipient.SUPPLIER],
                          should_cancel=cancel)
    stage(0)(1.0)
    names = {b.id: b.name for b in project.businesses.list()}
    if shops == "all" or shops == ["all"]:
        chosen = sorted(found, key=lambda b: (names.get(b, "").lower(), b))
    else:
        chosen = []
        for shop in dict.fromkeys(shops):
            if shop not in found:
                raise InvalidInput("report.unknown_shop", field="shops", shop=shop)
            chosen.append(shop)
    sheets = [Sheet(names.get(b, b), found[b]) for b in chosen]
    data = analysis.to_dict()
    territory = (float(data["lm3"]["ratio_of_totals"]), float(data["recirculation_share"]))
    if one_per_shop and len(sheets) > 1:
        used: set[str] = set()
        targets = []
        for sheet in sheets:
            slug = _slug(sheet.name)
            while slug in used:
                slug += "-" + sheet.feedback.business_id[:4]
            used.add(slug)
            targets.append(target.with_name(f"{target.stem}-{slug}.pdf"))
    else:
        targets = [target]
    with _atomic(targets) as temporaries:
        write(sheets, temporaries, study=project.study, territory=territory, lang=lang,
              progress=stage(1), should_cancel=cancel)
    return targets


def _supplier_respend(data: dict[str, Any]) -> float:
    """The Round-3 share the study uses for its suppliers (the survey's mean), for the new
    local suppliers of the sheet's 10 % shift."""
    inputs = data.get("respend_inputs") or {}
    for source in ("survey_mean", "io_proxy", "default"):
        value = (inputs.get(source) or {}).get("supplier")
        if isinstance(value, dict):
            value = value.get("share")
        if value is not None:
            return float(value)
    return 0.0
