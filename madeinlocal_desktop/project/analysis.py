"""LM3, recirculation, leakage and scenarios of the study: `project.analysis`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import check_share
from ..errors import InvalidInput
from ..reference import naf
from .base import Manager, Progress, ShouldCancel

if TYPE_CHECKING:
    from ..analysis.engine import AnalysisResult

class Analysis(Manager):
    def frames(self) -> tuple[Any, Any, Any]:
        from ..storage.frames import analysis_frames

        return analysis_frames(self._db, naf.sector_of)

    def _defaults(self) -> dict[str, tuple[float, str]]:
        return {group: (d.share, d.justification)
                for group, d in self.project.study.respend_defaults.items()}

    def run(self, *, bootstrap: int = 2000, seed: int | None = None,
            progress: Progress | None = None,
            should_cancel: ShouldCancel | None = None,
            io_proxy: dict[str, float] | None = None) -> AnalysisResult:
        """`io_proxy`: Round-3 shares by recipient group; by default the study's input-output
        estimate (`project.io.io_proxy_shares()`, empty without input-output settings)."""
        from ..analysis.engine import analyse

        if io_proxy is None:
            io_proxy = self.project.io.io_proxy_shares()
        interviews, lines, respondents = self.frames()
        options: dict[str, Any] = {} if seed is None else {"seed": seed}
        return analyse(interviews, lines, respondents=respondents, defaults=self._defaults(),
                       io_proxy=io_proxy or None, bootstrap=bootstrap, progress=progress,
                       should_cancel=should_cancel, **options)

    def scenario(self, category: str, fraction: float, respend_share: float) -> dict[str, Any]:
        from ..analysis.scenarios import shift_scenario

        if self.project.study.category(category) is None:
            codes = [c.code for c in self.project.study.categories]
            raise InvalidInput("analysis.category_unknown", field="category", category=category,
                               codes=codes)
        check_share(fraction, "shifted fraction")
        check_share(respend_share, "re-spend share")
        interviews, lines, respondents = self.frames()
        result = shift_scenario(interviews, lines, respondents=respondents,
                                defaults=self._defaults(), category=category,
                                fraction=fraction, respend_share=respend_share,
                                io_proxy=self.project.io.io_proxy_shares() or None)
        return result if isinstance(result, dict) else result.to_dict()

    # -- result exports (issue 13 §4) -------------------------------------------------------

    def result_tables(self, data: dict[str, Any] | None = None, *,
                      lang: str | None = None) -> list[Any]:
        """The dashboard's figures as `ResultTable`s: `data` is `run().to_dict()` (computed
        when None); the saved scenarios with their jobs, income and value added (as the
        dashboard shows them: the study's model, else the national table); the multipliers
        when the study's input-output model is set."""
        from .. import language
        from ..analysis.chart_format import ownership_label
        from ..domain import OWNERSHIP_LABELS_FR
        from ..exchange.result_exports import result_tables

        lang = lang or language.current()
        study = self.project.study
        if data is None:
            data = self.run().to_dict()
        configured = self.project.io.has_settings()
        scenarios = [self.project.scenarios.run(name) for name in self.project.scenarios.names()]
        french = lang == "fr"
        return result_tables(
            data, lang=lang,
            study={"name": study.name, "fiscal_year": study.fiscal_year,
                   "fictitious": study.fictitious},
            category_labels={c.code: c.label_fr if french else c.label_en
                             for c in study.categories},
            ownership_labels={str(code): ownership_label(str(code), lang)
                              for code in OWNERSHIP_LABELS_FR},
            scenarios=scenarios,
            multipliers=self.project.io.multipliers() if configured else None)

    def export_results(self, path: str | Path, *, dialect: str | None = None,
                       lang: str | None = None, data: dict[str, Any] | None = None,
                       tables: Sequence[str] | None = None) -> Path:
        """The result tables (all, or those named in `tables`) as .csv or .xlsx; the CSV
        dialect and the headers follow the user's language unless given."""
        from .. import language
        from ..exchange.result_exports import check_path, write_results

        target = Path(path)
        check_path(target)  # before the analysis: a wrong name is refused at once
        lang = lang or language.current()
        found = self.result_tables(data, lang=lang)
        if tables is not None:
            found = [t for t in found if t.key in tables]
        return write_results(found, target, dialect=dialect or lang)
