"""The study's input-output model (docs/input-output.md): `project.io`."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..analysis.io_results import IOMultipliers, ScenarioImpact, ShockResult
from ..domain import check_share
from ..domain.changes import Changed, Changes
from ..domain.io_settings import IOSettings
from ..domain.io_settings import check as check_io_settings
from ..errors import InvalidInput
from .base import Manager

if TYPE_CHECKING:
    from ..analysis.io_study import StudyModel
    from ..analysis.io_workbench import InputOutputWorkbench


class InputOutput(Manager):
    """The study's input-output model: settings, multipliers, shocks, `io_proxy` shares.

    Every call builds the model afresh from the stored settings and the current interviews
    (a few milliseconds with the shipped tables), so no figure can lag behind an edit.
    """

    def has_settings(self) -> bool:
        from ..storage import io_settings

        return io_settings.load(self._db) is not None

    def settings(self) -> IOSettings:
        """The stored settings, or the defaults (A17 table, FLQ, δ = 0.3) when none are."""
        from ..storage import io_settings

        return io_settings.load(self._db) or IOSettings()

    def save_settings(self, settings: IOSettings | None = None,
                      **changes: Any) -> Changed[IOSettings]:
        """Check and store settings (all of them, or `changes` to the current ones).

        Refused settings raise `InvalidInput` (with the field to fix) and change nothing.
        """
        from ..analysis.io_study import configure
        from ..storage import io_settings

        chosen = dataclasses.replace(settings or self.settings(), **changes)
        checked = check_io_settings(chosen)
        configure(checked)  # the table-dependent checks: sectors, regional ≤ national...
        io_settings.save(self._db, checked, self.project.ctx, self.project.study.id)
        return Changed(checked, Changes(io=True))

    def clear_settings(self) -> Changes:
        from ..storage import io_settings

        io_settings.clear(self._db, self.project.ctx, self.project.study.id)
        return Changes(io=True)

    # -- tables and the employment form ----------------------------------------------------------

    @staticmethod
    def tables() -> list[dict[str, Any]]:
        """The shipped tables: id, title, French title, number of sectors."""
        from ..analysis.io_study import open_table
        from ..analysis.io_workbench import InputOutputWorkbench

        found = []
        for table_id in InputOutputWorkbench.shipped_tables():
            bench = open_table(table_id)
            found.append({"id": table_id, "title": bench.info.title,
                          "title_fr": bench.info.title_fr, "sectors": len(bench.sectors)})
        return found

    def sectors(self, table: str | None = None) -> list[tuple[str, str]]:
        """(code, label) of every sector of `table` (default: the study's)."""
        from ..analysis.io_study import open_table

        bench = open_table(table or self.settings().table)
        labels = bench.table.labels or tuple(bench.sectors)
        return list(zip(bench.sectors, labels, strict=True))

    def national_employment(self, table: str | None = None) -> dict[str, float]:
        """National employment by sector in persons, shown beside the regional form."""
        from ..analysis.io_study import national_employment, open_table

        return national_employment(open_table(table or self.settings().table))

    def read_regional_employment(self, path: str | Path,
                                 table: str | None = None) -> dict[str, float]:
        """A `code,employment` CSV (persons) checked against the table; nothing is saved."""
        from ..analysis.io_study import open_table, read_employment_csv

        return read_employment_csv(open_table(table or self.settings().table), Path(path))

    # -- the model -----------------------------------------------------------------------------

    def model(self) -> StudyModel:
        """The model built from the stored settings and the current interviews."""
        from ..analysis.io_study import StudyModel, SurveyInputs
        from ..storage.io_survey import naf_by_interview

        interviews, lines, respondents = self.project.analysis.frames()
        survey = SurveyInputs(interviews, lines, respondents, naf_by_interview(self._db))
        return StudyModel(self.settings(), survey)

    def workbench(self) -> InputOutputWorkbench:
        """The configured `InputOutputWorkbench` (hybrid where the survey observed shares)."""
        return self.model().bench

    def multipliers(self) -> IOMultipliers:
        """`InputOutputWorkbench.compute()` plus labels, jobs per M€, where each column came
        from (survey or LQ), the observed shares, h_loc and the `io_proxy` shares."""
        return self.model().multipliers(fictitious=self.project.study.fictitious)

    def shock(self, sector: str, amount_euros: float) -> ShockResult:
        """Effects in the territory of extra final demand for one sector, in euros and jobs."""
        return self.model().shock(sector, amount_euros)

    def io_proxy_shares(self) -> dict[str, float]:
        """Round-3 shares for `supplier` and `staff`; empty without settings or h_loc."""
        if not self.has_settings():
            return {}
        return self.model().io_proxy_shares()

    def scenario_impact(self, category: str, fraction: float,
                        respend_share: float) -> ScenarioImpact:
        """The shift scenario's extra local purchases as a final-demand shock on the supplying
        sectors: output, income and jobs in the territory."""
        from ..analysis.scenarios import shift_scenario

        chosen = self.project.study.category(category)
        if chosen is None:
            codes = [c.code for c in self.project.study.categories]
            raise InvalidInput("analysis.category_unknown", field="category", category=category,
                               codes=codes)
        if str(chosen.recipient) != "supplier":
            raise InvalidInput("project.impact_needs_supplier", field="category",
                               category=category, recipient=str(chosen.recipient))
        check_share(fraction, "shifted fraction")
        check_share(respend_share, "re-spend share")
        model = self.model()
        survey = model.survey
        scenario = shift_scenario(survey.interviews, survey.lines, respondents=survey.respondents,
                                  defaults=self.project.analysis._defaults(), category=category,
                                  fraction=fraction, respend_share=respend_share,
                                  io_proxy=model.io_proxy_shares() or None)
        return model.scenario_impact(scenario.to_dict(), category)

    def export_multipliers(self, path: str | Path, *, headers: dict[str, str] | None = None,
                           lang: str = "fr") -> Path:
        """The multipliers table as .csv (`;`, decimal comma, BOM) or .xlsx, with attribution."""
        from ..exchange.io_exports import export_multipliers

        return export_multipliers(self.multipliers(), Path(path), headers=headers, lang=lang)
