"""What the study's input-output model answers (`project.io`), as types read by attribute.

The workbench itself speaks JSON (docs/input-output.md: the CLI's `io ... --format json`); the
facade turns its answers into these frozen dataclasses so that a misspelt field is an error mypy
sees, and `to_dict()` gives back the very keys of the JSON for whoever writes it out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Literal

Series = tuple[float | None, ...]


@dataclass(frozen=True)
class SectorEffects:
    """The same four, one value per sector in the table's order (None: not in the table)."""

    output: Series | None
    income: Series | None
    value_added: Series | None
    jobs: Series | None

    @classmethod
    def of(cls, values: Mapping[str, Any]) -> SectorEffects:
        def series(name: str) -> Series | None:
            found = values.get(name)
            return None if found is None else tuple(found)
        return cls(output=series("output"), income=series("income"),
                   value_added=series("value_added"), jobs=series("jobs"))

    def to_dict(self) -> dict[str, list[float | None] | None]:
        return {name: None if values is None else list(values)
                for name, values in (("output", self.output), ("income", self.income),
                                     ("value_added", self.value_added), ("jobs", self.jobs))}


@dataclass(frozen=True)
class ShockTotals:
    """Output, income and value added in euros, jobs in persons (None: the table lacks it)."""

    output: float | None
    income: float | None
    value_added: float | None
    jobs: float | None
    household_income: float | None = None  # closed model only: income re-spent by households

    @classmethod
    def of(cls, values: Mapping[str, Any]) -> ShockTotals:
        return cls(output=values.get("output"), income=values.get("income"),
                   value_added=values.get("value_added"), jobs=values.get("jobs"),
                   household_income=values.get("household_income"))

    def to_dict(self) -> dict[str, float | None]:
        found = {"output": self.output, "income": self.income,
                 "value_added": self.value_added, "jobs": self.jobs}
        if self.household_income is not None:
            found["household_income"] = self.household_income
        return found


@dataclass(frozen=True)
class ShockResult:
    """Effects in the territory of extra final demand (`project.io.shock`)."""

    sectors: tuple[str, ...]
    demand: dict[str, float | None]  # sector → euros
    money_unit: str | None
    jobs_unit: str | None
    closed: bool  # Type II: household re-spending included
    by_sector: SectorEffects
    total: ShockTotals
    regionalisation: dict[str, Any] | None
    table: dict[str, Any] | None

    @classmethod
    def of(cls, found: Mapping[str, Any]) -> ShockResult:
        """From `InputOutputWorkbench.shock()`'s JSON-ready answer."""
        return cls(sectors=tuple(found["sectors"]), demand=dict(found["demand"]),
                   money_unit=found.get("money_unit"), jobs_unit=found.get("jobs_unit"),
                   closed=bool(found.get("closed")), by_sector=SectorEffects.of(found["by_sector"]),
                   total=ShockTotals.of(found["total"]),
                   regionalisation=found.get("regionalisation"), table=found.get("table"))

    def to_dict(self) -> dict[str, Any]:
        """The keys of `io shock --format json`."""
        found: dict[str, Any] = {
            "sectors": list(self.sectors), "demand": dict(self.demand),
            "money_unit": self.money_unit, "jobs_unit": self.jobs_unit, "closed": self.closed,
            "by_sector": self.by_sector.to_dict(), "total": self.total.to_dict()}
        if self.regionalisation is not None:
            found["regionalisation"] = self.regionalisation
        if self.table is not None:
            found["table"] = self.table
        return found


@dataclass(frozen=True)
class ScenarioImpact:
    """A shift scenario's extra local purchases as final demand on the supplying sectors."""

    scenario: dict[str, Any]  # `ScenarioResult.to_dict()`: LM3 before and after, the euros
    extra_local_euros: float
    population_weighted: bool
    demand: dict[str, float]  # supplying sector → euros
    output: float
    income: float
    value_added: float
    jobs: float
    closed: bool
    by_sector: SectorEffects | None  # None when nothing moves
    regionalisation: dict[str, Any] | None
    table: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"scenario": dict(self.scenario), "extra_local_euros": self.extra_local_euros,
                "population_weighted": self.population_weighted, "demand": dict(self.demand),
                "output": self.output, "income": self.income, "value_added": self.value_added,
                "jobs": self.jobs, "closed": self.closed,
                "by_sector": None if self.by_sector is None else self.by_sector.to_dict(),
                "regionalisation": self.regionalisation, "table": self.table}


Column = Literal["output_multipliers", "output_multipliers_type2", "value_added_effects",
                 "income_effects", "employment_effects", "income_multipliers_type1",
                 "income_multipliers_type2", "jobs_per_million_eur"]
_OPTIONAL = ("output_multipliers_type2", "income_multipliers_type2", "closed_model",
             "regionalisation", "final_demand_output")  # keys the JSON has only when they apply


@dataclass(frozen=True)
class IOMultipliers:
    """The study's multipliers by sector (`project.io.multipliers`), lists in `sectors` order."""

    sectors: list[str]
    output_multipliers: list[float | None]  # Type I
    labels: list[str] = field(default_factory=list)  # empty: the codes are the names
    value_added_effects: list[float | None] | None = None
    income_effects: list[float | None] | None = None
    employment_effects: list[float | None] | None = None  # in the table's units
    income_multipliers_type1: list[float | None] | None = None
    jobs_per_million_eur: list[float | None] | None = None  # persons per M€ of final demand
    column_sources: dict[str, str] = field(default_factory=dict)  # sector → "survey" or LQ
    survey_shares: dict[str, dict[str, Any]] = field(default_factory=dict)  # observed shares
    household_local_share: dict[str, Any] = field(default_factory=dict)  # value and source
    io_proxy: dict[str, Any] = field(default_factory=dict)  # shares, supplier_weights
    table: dict[str, Any] = field(default_factory=dict)  # id, titles, attribution, licence
    units: dict[str, str | None] = field(default_factory=dict)
    output_multipliers_type2: list[float | None] | None = None  # closed model only
    income_multipliers_type2: list[float | None] | None = None
    closed_model: dict[str, Any] | None = None
    regionalisation: dict[str, Any] | None = None  # method, delta, lambda, survey_sectors
    final_demand_output: dict[str, list[float | None] | None] | None = None
    fictitious: bool = False  # figures of the demo: a saved file must say so

    @property
    def names(self) -> list[str]:
        """The sectors' names, or their codes where the table has none."""
        return self.labels or list(self.sectors)

    @classmethod
    def of(cls, found: Mapping[str, Any], *, fictitious: bool = False) -> IOMultipliers:
        names = {f.name for f in fields(cls)} - {"fictitious"}
        return cls(**{k: v for k, v in found.items() if k in names}, fictitious=fictitious)

    def column(self, name: Column) -> list[float | None] | None:
        """One of the per-sector columns, by its JSON key (the tables list them by key)."""
        values: list[float | None] | None = getattr(self, name)
        return values

    def to_dict(self) -> dict[str, Any]:
        """The keys of `io multipliers --format json` (and of the study's JSON export)."""
        found = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "fictitious"}
        return {k: v for k, v in found.items() if not (k in _OPTIONAL and v is None)}
