"""LM3, recirculation, leakage and scenarios of the study: `project.analysis`."""

from __future__ import annotations

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
