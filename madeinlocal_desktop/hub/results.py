"""The figures of a results page, from a consolidated copy of the study kept by the hub.

The copy is an ordinary study file made from the study's kit; the bundles the hub stored are
imported into it in cursor order through the facade, with the same merge as on every device.
It lives in the hub's cache folder, is brought up to date when a page is asked for (under a
file lock, since several hub processes may share the folder), and can be deleted at any time.

Only aggregates leave this module, and only for groups of at least MIN_SHOPS shops (the usual
rule of statistical confidentiality): no shop's name, no single shop's figures.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from ..errors import UserFacingError
from . import store

MIN_SHOPS = 3
DEVICE = "hub-results"
BOOTSTRAP = 400


@dataclass
class Consolidated:
    """What one state of the copy gives, for any language."""

    cursor: int
    study_name: str
    territory: str
    fiscal_year: int
    bundles: int
    unreadable: int  # encrypted bundles (the hub has no passphrase) or refused ones
    result: dict[str, Any] | None  # AnalysisResult.to_dict() without its per-interview rows
    categories: dict[str, tuple[str, str]] = field(default_factory=dict)
    svg: dict[tuple[str, str], str] = field(default_factory=dict)  # (chart, lang) → SVG


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+") as handle:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: one hub process there
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class ResultsCache:
    def __init__(self, engine: Engine, folder: Path) -> None:
        self.engine = engine
        self.folder = Path(folder)
        self._memory: dict[str, Consolidated] = {}

    def consolidated(self, study: store.Study) -> Consolidated:
        with _locked(self.folder / f"{study.id}.lock"):
            state = self._catch_up(study)
            known = self._memory.get(study.id)
            if known is None or known.cursor != state["cursor"]:
                known = self._analyse(study, state)
                self._memory[study.id] = known
        return known

    def _state_path(self, study: store.Study) -> Path:
        return self.folder / f"{study.id}.json"

    def _catch_up(self, study: store.Study) -> dict[str, int]:
        from ..project import Project

        target = self.folder / f"{study.id}.madeinlocal"
        state_path = self._state_path(study)
        state = json.loads(state_path.read_text()) if state_path.exists() else {}
        if not target.exists() or not state:
            for suffix in ("", "-wal", "-shm"):
                Path(str(target) + suffix).unlink(missing_ok=True)
            with tempfile.TemporaryDirectory() as scratch:
                kit = Path(scratch) / "study.mlkit"
                kit.write_text(study.kit, encoding="utf-8")
                Project.create_from_kit(kit, target, who="hub", device=DEVICE).close()
            state = {"cursor": 0, "bundles": 0, "unreadable": 0}
            state_path.write_text(json.dumps(state))
        with Project.open(target, who="hub", device=DEVICE) as project, \
                tempfile.TemporaryDirectory() as scratch:
            while True:
                batch = store.bundles_after(self.engine, study.id, state["cursor"])
                if not batch:
                    break
                for cursor, sha256, encrypted, data in batch:
                    state["cursor"] = cursor
                    state["bundles"] += 1
                    if encrypted:
                        state["unreadable"] += 1
                        continue
                    path = Path(scratch) / f"{sha256}.zip"
                    path.write_bytes(data)
                    try:
                        project.sync.import_bundle(path)
                    except UserFacingError:  # say, from a newer version: counted, not shown
                        state["unreadable"] += 1
                    path.unlink()
                state_path.write_text(json.dumps(state))
        return state

    def _analyse(self, study: store.Study, state: dict[str, int]) -> Consolidated:
        from ..errors import InvalidInput
        from ..project import Project

        with Project.open(self.folder / f"{study.id}.madeinlocal", who="hub",
                          device=DEVICE) as project:
            info = project.study
            try:
                analysis = project.analysis.run(bootstrap=BOOTSTRAP, seed=20_251_202)
                result: dict[str, Any] | None = analysis.to_dict()
            except InvalidInput:  # no complete interview yet
                result = None
            categories = {c.code: (c.label_fr, c.label_en) for c in info.categories}
        if result is not None:
            result.pop("interviews", None)  # per-shop rows never leave this module
            if result["n_businesses"] < MIN_SHOPS:
                result = None
        return Consolidated(state["cursor"], info.name, info.territory.name, info.fiscal_year,
                            state["bundles"], state["unreadable"], result, categories)


def shown_groups(groups: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """The groups with at least MIN_SHOPS shops, and how many were held back."""
    shown = {k: v for k, v in groups.items() if int(v.get("n", 0)) >= MIN_SHOPS}
    return shown, len(groups) - len(shown)


def chart_svg(consolidated: Consolidated, chart: str, lang: str) -> str | None:
    """One chart as inline SVG (the page needs no JavaScript, nor any other request)."""
    key = (chart, lang)
    if key in consolidated.svg:
        return consolidated.svg[key]
    result = consolidated.result
    if result is None:
        return None
    from ..analysis import charts

    overall = result["lm3"]["ratio_of_totals"]
    if chart in ("sector", "ownership"):
        groups, _ = shown_groups(result[f"by_{chart}"])
        if not groups:
            return None
        figure = charts.lm3_by_group_figure(groups, kind=chart, lang=lang, overall=overall)
        # The app's figure is sized for a panel; on a page, a bar or two in a figure that
        # tall made bars a third of the screen high.
        width, height = figure.get_size_inches()
        figure.set_size_inches(width, min(height, 1.8 + 0.55 * len(groups)))
    else:
        labels = {code: pair[0 if lang == "fr" else 1]
                  for code, pair in consolidated.categories.items()}
        figure = charts.leakage_figure(result["leakage_by_category"], lang=lang, labels=labels,
                                       retained=result["retained"],
                                       not_described=result["not_described"])
    # The page's heading says the chart's title, as text that readers and search find: drawn
    # in the chart too (as paths), the page said it twice.
    figure.suptitle("").set_in_layout(False)
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight")
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]  # inline: without the XML prologue and doctype
    consolidated.svg[key] = svg
    return svg


def finite(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and math.isfinite(value) else None
