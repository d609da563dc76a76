"""A study's input-output model: its stored settings applied to a table, joined to its survey.

`StudyModel` is what the facade (`Project.io`) hands out: a configured `InputOutputWorkbench`
plus what the interviews tell it — the local purchase shares observed per buying sector (the
hybrid table), the shops' supplier mix (for the `io_proxy` Round-3 shares) and h_loc. It reads
no database: the facade passes the analysis frames and the NAF code of each interview.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..domain.io_settings import IOSettings
from ..errors import InvalidInput, UserFacingError
from ..reference import io_tables
from ..reference.io_tables import LoadedTable
from . import io_model, io_survey
from .io_model import FloatArray
from .io_results import IOMultipliers, ScenarioImpact, SectorEffects, ShockResult
from .io_survey import ObservedShare
from .io_workbench import InputOutputWorkbench, euros_per_unit, persons_per_unit

STAFF = "staff"
SUPPLIER = io_survey.SUPPLIER
H_LOC_GIVEN = "given"
H_LOC_STAFF_MEAN = "staff_mean"


@lru_cache(maxsize=4)
def _shipped(table_id: str) -> LoadedTable:
    # Shipped tables never change while the app runs; a LoadedTable is immutable.
    return io_tables.read_shipped_table(table_id)


def open_table(table: str) -> InputOutputWorkbench:
    """A fresh workbench on a shipped table (by id) or a table folder (by path)."""
    if table in io_tables.shipped_table_ids():
        return InputOutputWorkbench(_shipped(table))
    folder = Path(table)
    if not folder.is_dir():
        raise InvalidInput("io.table_not_found", field="io.table", table=table,
                           shipped=list(io_tables.shipped_table_ids()))
    return InputOutputWorkbench.from_folder(folder)


def national_employment(bench: InputOutputWorkbench) -> dict[str, float]:
    """National employment by sector in persons (the shipped tables count thousands)."""
    employment = bench.table.employment
    if employment is None:
        return {}
    scale = persons_per_unit(bench.info.employment_unit) or 1.0
    return {code: float(v) * scale for code, v in zip(bench.sectors, employment, strict=True)}


def check_employment_sectors(bench: InputOutputWorkbench, employment: Mapping[str, float]) -> None:
    """Every sector of the table once, no other: said with the sector to fix."""
    for code in employment:
        if code not in bench.sectors:
            raise InvalidInput("io.employment_unknown_sector",
                               field=f"io.regional_employment.{code}", code=code,
                               sectors=list(bench.sectors))
    missing = [c for c in bench.sectors if c not in employment]
    if missing:
        raise InvalidInput("io.employment_missing_sectors",
                           field=f"io.regional_employment.{missing[0]}", codes=missing,
                           code=missing[0])


def configure(settings: IOSettings) -> InputOutputWorkbench:
    """The table of `settings` with its regionalisation and closure; refuses bad settings."""
    bench = open_table(settings.table)
    if settings.regional_employment is not None:
        check_employment_sectors(bench, settings.regional_employment)
        bench.set_regional_employment(dict(settings.regional_employment),
                                      method=settings.method, delta=settings.delta)
    if settings.closed:
        bench.set_closed(True)
    return bench


def read_employment_csv(bench: InputOutputWorkbench, path: Path) -> dict[str, float]:
    """A `code,employment` file (persons) for the form, checked against the table's sectors."""
    vector = io_tables.read_regional_employment(Path(path), bench.sectors)
    return {code: float(v) for code, v in zip(bench.sectors, vector, strict=True)}


@dataclass(frozen=True)
class SurveyInputs:
    """What the interviews bring: analysis frames and each interview's NAF sub-class."""

    interviews: pd.DataFrame
    lines: pd.DataFrame
    respondents: pd.DataFrame
    naf: Mapping[str, str | None]

    def staff_mean(self) -> float | None:
        answers = self.respondents[self.respondents["group"] == STAFF]["local_share"].dropna()
        return None if answers.empty else float(answers.mean())


class StudyModel:
    """A configured workbench joined to a study's survey (built for one request, then dropped)."""

    def __init__(self, settings: IOSettings, survey: SurveyInputs) -> None:
        self.settings = settings
        self.survey = survey
        self.bench = configure(settings)
        self._national_a = io_model.technical_coefficients(self.bench.table)
        self.sector_of = self._sectors_of_interviews()
        self.observed: dict[str, ObservedShare] = {}
        if settings.use_survey:
            self.observed = io_survey.observed_local_shares(survey.lines, self.sector_of)
            if self.observed:
                self.bench.set_survey_shares({c: o.share for c, o in self.observed.items()})
        self.h_loc, self.h_loc_source = self._household_local_share()

    def _sectors_of_interviews(self) -> dict[str, str | None]:
        if self.bench.info.naf_level is None:  # a folder table without a NAF bridge
            return {}
        sectors: dict[str, str | None] = {}
        for interview, naf in self.survey.naf.items():
            try:
                sectors[interview] = None if not naf else self.bench.sector_for_naf(naf)
            except UserFacingError:  # a NAF code the bridge does not know: not in the mix
                sectors[interview] = None
        return sectors

    def _household_local_share(self) -> tuple[float | None, str | None]:
        if self.settings.h_loc is not None:
            return self.settings.h_loc, H_LOC_GIVEN
        mean = self.survey.staff_mean()
        return (mean, H_LOC_STAFF_MEAN) if mean is not None else (None, None)

    # --- the model's figures ---------------------------------------------------------------
    def column_sources(self) -> dict[str, str]:
        """Per buying sector: 'survey', the LQ method, or 'national' (not regionalised)."""
        regional = self.bench.regionalisation()
        if regional is None:
            return dict.fromkeys(self.bench.sectors, "national")
        return {code: str(regional.sources[0, j]) if len(set(regional.sources[:, j])) == 1
                else "mixed" for j, code in enumerate(self.bench.sectors)}

    def jobs_per_million(self, employment_effects: list[float | None] | None
                         ) -> list[float | None] | None:
        """(e L)_j in persons per million euros of final demand: the unit people read."""
        money = euros_per_unit(self.bench.info.unit)
        persons = persons_per_unit(self.bench.info.employment_unit)
        if employment_effects is None or money is None or persons is None:
            return None
        return [None if v is None else v * persons / money * 1e6 for v in employment_effects]

    def multipliers(self, *, fictitious: bool = False) -> IOMultipliers:
        result = self.bench.compute()
        labels = self.bench.table.labels
        result["labels"] = list(labels) if labels else list(self.bench.sectors)
        result["jobs_per_million_eur"] = self.jobs_per_million(result["employment_effects"])
        result["column_sources"] = self.column_sources()
        result["survey_shares"] = {code: asdict(o) for code, o in self.observed.items()}
        result["household_local_share"] = {"value": self.h_loc, "source": self.h_loc_source}
        result["io_proxy"] = self.io_proxy_details()
        result["table"] = self.table_info()
        return IOMultipliers.of(result, fictitious=fictitious)

    def table_info(self) -> dict[str, Any]:
        """Which table, and the attribution every output built on it must carry."""
        info = self.bench.info
        return {"id": info.id or self.settings.table, "title": info.title,
                "title_fr": info.title_fr, "attribution": info.attribution,
                "attribution_fr": info.attribution_fr, "licence": info.licence}

    def _goods_mix(self) -> FloatArray | None:
        level = self.bench.info.naf_level
        if level is None:
            return None
        goods = io_tables.goods_sectors(level)
        mask = np.array([code in goods for code in self.bench.sectors])
        return io_survey.goods_mix(self.bench.table.household_consumption, mask)

    def _intermediate_sales(self) -> FloatArray:
        # What the economy's suppliers sell to other industries: the mix when the survey
        # gives none (no NAF codes, no answered line).
        return np.asarray(self.bench.table.z.sum(axis=1), dtype=np.float64)

    def _supplier_weights(self) -> FloatArray:
        """Sector weights of the shops' local suppliers.

        The euros each shop pays local suppliers (amount × local share) are spread over
        supplying sectors: goods for resale by households' purchases of goods, the rest as the
        shop's sector buys locally (column of r; national A where r buys nothing).
        """
        model = self.bench.multipliers()
        mix = io_survey.column_mix(model.coefficients, fallback=self._national_a)
        picked = io_survey.supplier_lines(self.survey.lines, self.sector_of)
        local = picked["amount"] * picked["local_share"]
        spread = io_survey.spread_purchases(picked, local, self.bench.sectors, mix,
                                            self._goods_mix())
        return io_survey.normalised(spread, self._intermediate_sales())

    def io_proxy_shares(self) -> dict[str, float]:
        """Round-3 `io_proxy` shares per recipient group; empty while h_loc is unknown."""
        if self.h_loc is None:
            return {}
        by_sector = self.bench.io_proxy_shares(self.h_loc)
        shares = np.array([by_sector[c] for c in self.bench.sectors])
        supplier = io_survey.weighted_share(shares, self._supplier_weights())
        return {SUPPLIER: supplier, STAFF: float(self.h_loc)}

    def io_proxy_details(self) -> dict[str, Any]:
        shares = self.io_proxy_shares()
        if not shares:
            return {"shares": {}, "supplier_weights": {}}
        weights = self._supplier_weights()
        return {"shares": shares,
                "supplier_weights": {c: float(w) for c, w in
                                     zip(self.bench.sectors, weights, strict=True) if w > 0}}

    def shock(self, sector: str, amount_euros: float) -> ShockResult:
        if not np.isfinite(amount_euros) or amount_euros < 0:
            raise InvalidInput("io.shock_amount", field="io.amount")
        return ShockResult.of(self.bench.shock({sector: float(amount_euros)}))

    def scenario_demand(self, category: str, fraction: float, euros: float) -> dict[str, float]:
        """`euros` of new local purchases spread over supplying sectors.

        Split as the category's non-local spending (what the scenario moves), then over
        supplying sectors: goods for resale by households' purchases of goods, other purchases
        with each buyer's *national* input mix (the products are bought outside today, so the
        regional mix would understate exactly them).
        """
        lines = self.survey.lines
        picked = io_survey.supplier_lines(lines[lines["category"] == category], self.sector_of,
                                          exclude=frozenset())
        moved = picked["amount"] * (1.0 - picked["local_share"]) * fraction
        mix = io_survey.column_mix(self._national_a)
        spread = io_survey.spread_purchases(picked, moved, self.bench.sectors, mix,
                                            self._goods_mix())
        weights = io_survey.normalised(spread, self._intermediate_sales())
        return {code: float(euros * w) for code, w in zip(self.bench.sectors, weights,
                                                          strict=True) if w > 0}

    def leakage_by_sector(self) -> dict[str, dict[str, float]]:
        """The shops' non-local supplier purchases (amount × (1 − local share), answered lines)
        by supplying sector and spending category, spread as `scenario_demand` spreads them."""
        picked = io_survey.supplier_lines(self.survey.lines, self.sector_of)
        mix = io_survey.column_mix(self._national_a)
        goods = self._goods_mix()
        out: dict[str, dict[str, float]] = {}
        for category, group in picked.groupby("category", sort=True):
            euros = group["amount"] * (1.0 - group["local_share"])
            spread = io_survey.spread_purchases(group, euros, self.bench.sectors, mix, goods)
            for code, value in zip(self.bench.sectors, spread, strict=True):
                if value > 0:
                    out.setdefault(code, {})[str(category)] = float(value)
        return out

    def scenario_impact(self, scenario: Mapping[str, Any], category: str) -> ScenarioImpact:
        """Output, income and jobs in the territory from a survey scenario's extra local euros."""
        weighted = scenario.get("delta_r2_weighted")
        euros = float(weighted if weighted is not None else scenario["delta_r2"])
        demand = self.scenario_demand(category, float(scenario["fraction"]), euros)
        effects = self.bench.shock(demand) if euros > 0 else None
        total = effects["total"] if effects else {}
        return ScenarioImpact(
            scenario=dict(scenario),
            extra_local_euros=euros,
            population_weighted=weighted is not None,
            demand=demand,
            output=float(total.get("output") or 0.0),
            income=float(total.get("income") or 0.0),
            value_added=float(total.get("value_added") or 0.0),
            jobs=float(total.get("jobs") or 0.0),
            closed=self.bench.closed,
            by_sector=SectorEffects.of(effects["by_sector"]) if effects else None,
            regionalisation=effects.get("regionalisation") if effects else None,
            table=self.table_info(),
        )
