"""`InputOutputWorkbench`: the one object the CLI and the GUI use for the input-output model.

It holds a loaded table and the user's settings (regionalisation, closed model), and turns the
numpy results of `analysis.io_model` into the JSON-ready dict of the public contract
(docs/input-output.md) and into pandas DataFrames for export.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from madeinlocal_desktop.analysis import io_model, regionalisation
from madeinlocal_desktop.analysis.io_model import FloatArray, Multipliers
from madeinlocal_desktop.analysis.regionalisation import Regionalisation
from madeinlocal_desktop.errors import InvalidInput
from madeinlocal_desktop.reference import io_tables
from madeinlocal_desktop.reference.io_tables import LoadedTable, TableInfo

SIGNIFICANT_DIGITS = 10  # JSON keeps 10 significant digits: exact enough, readable


def euros_per_unit(unit: str | None) -> float | None:
    """1 for 'EUR', 1e6 for 'M EUR' (also 'MEUR', 'million EUR', 'k€'...); None if unknown."""
    if not unit:
        return None
    text = unit.lower().replace("€", "eur").replace("euros", "eur").replace("euro", "eur")
    text = "".join(text.split())
    prefixes = {
        "": 1.0,
        "k": 1e3,
        "thousand": 1e3,
        "m": 1e6,
        "million": 1e6,
        "mio": 1e6,
        "bn": 1e9,
        "billion": 1e9,
        "md": 1e9,
        "mrd": 1e9,
    }
    if text.endswith("eur") and text[:-3] in prefixes:
        return prefixes[text[:-3]]
    return None


def persons_per_unit(unit: str | None) -> float | None:
    """1 for 'persons' (or 'jobs'), 1000 for 'thousand persons'; None if unknown."""
    if not unit:
        return None
    text = " ".join(unit.lower().split())
    for word in ("persons", "jobs", "employees", "people"):
        if text == word:
            return 1.0
        if text in (f"thousand {word}", f"thousands of {word}", f"k {word}"):
            return 1e3
    return None


def _number(value: float) -> float | None:
    """A JSON number, or null for 'not defined' (e.g. an income multiplier where w_j = 0)."""
    if not math.isfinite(value):
        return None
    return float(f"{value:.{SIGNIFICANT_DIGITS}g}")


def _numbers(values: FloatArray | None) -> list[float | None] | None:
    return None if values is None else [_number(float(v)) for v in values]


def _matrix(values: FloatArray) -> list[list[float | None]]:
    return [[_number(float(v)) for v in row] for row in values]


class InputOutputWorkbench:
    """A table plus settings; results are recomputed lazily when a setting changes."""

    def __init__(self, loaded: LoadedTable, *, report_final_demand: bool = False) -> None:
        """`report_final_demand`: add x = L f for the table's final demand to `compute()`."""
        self._loaded = loaded
        self.report_final_demand = report_final_demand
        self._regional_employment: FloatArray | None = None
        self._method = regionalisation.DEFAULT_METHOD
        self._delta = regionalisation.DEFAULT_DELTA
        self._survey: dict[str, float | Mapping[str, float]] = {}
        self._closed = False
        self._household_income: float | None = None
        self._household_own_share = 0.0
        self._cache: tuple[Multipliers, Regionalisation | None] | None = None

    # --- loading -------------------------------------------------------------------------
    @classmethod
    def from_shipped(cls, table_id: str) -> InputOutputWorkbench:
        return cls(io_tables.read_shipped_table(table_id))

    @classmethod
    def from_folder(cls, folder: Path) -> InputOutputWorkbench:
        return cls(io_tables.read_table_folder(Path(folder)))

    @classmethod
    def from_files(
        cls,
        z: Path,
        accounts: Path,
        final_demand: Path | None = None,
        *,
        unit: str | None = None,
        employment_unit: str | None = None,
    ) -> InputOutputWorkbench:
        """Bare CSV files; `unit` (e.g. 'M EUR') lets shocks be given in euros."""
        if unit is not None and euros_per_unit(unit) is None:
            raise InvalidInput("io.unit_unknown", field="unit", unit=unit)
        loaded = io_tables.read_table_files(Path(z), Path(accounts), final_demand)
        info = TableInfo(title=loaded.info.title, unit=unit, employment_unit=employment_unit)
        loaded = LoadedTable(table=loaded.table, info=info, final_demand=loaded.final_demand)
        return cls(loaded, report_final_demand=final_demand is not None)

    @staticmethod
    def shipped_tables() -> list[str]:
        return io_tables.shipped_table_ids()

    # --- what is loaded ------------------------------------------------------------------
    @property
    def info(self) -> TableInfo:
        return self._loaded.info

    @property
    def table(self) -> io_model.IOTable:
        return self._loaded.table

    @property
    def final_demand(self) -> dict[str, FloatArray]:
        """The table's final demand by column (table units), empty when none was given."""
        return dict(self._loaded.final_demand)

    @property
    def sectors(self) -> list[str]:
        return list(self.table.codes)

    @property
    def closed(self) -> bool:
        return self._closed

    def _index(self, code: str) -> int:
        if code not in self.table.codes:
            raise InvalidInput("io.sector_unknown", field="sector", code=code,
                               sectors=list(self.table.codes))
        return self.table.codes.index(code)

    # --- settings ------------------------------------------------------------------------
    def set_regional_employment(
        self,
        employment: Mapping[str, float] | Path | None,
        *,
        method: str = regionalisation.DEFAULT_METHOD,
        delta: float = regionalisation.DEFAULT_DELTA,
    ) -> None:
        """Regionalise with location quotients; None goes back to the national table.

        Regional employment is in persons when the table states its employment unit (the shipped
        tables count thousands), otherwise in the same unit as the table's employment column.
        """
        if employment is None:
            self._regional_employment = None
            self._cache = None
            return
        if self.table.employment is None:
            raise InvalidInput("io.no_employment")
        if isinstance(employment, Mapping):
            for code in employment:
                self._index(code)
            missing = [c for c in self.table.codes if c not in employment]
            if missing:
                raise InvalidInput("io.employment_missing_sectors",
                                   field=f"io.regional_employment.{missing[0]}", codes=missing,
                                   code=missing[0])
            vector = np.array([float(employment[c]) for c in self.table.codes])
        else:
            vector = io_tables.read_regional_employment(Path(employment), self.table.codes)
        if method not in regionalisation.METHODS:
            raise InvalidInput("io.method_unknown", field="method", method=method,
                               methods=list(regionalisation.METHODS))
        regionalisation.check_delta(delta)
        previous = (self._regional_employment, self._method, self._delta, self._cache)
        self._regional_employment, self._method, self._delta = vector, method, delta
        self._cache = None
        try:
            self._compute()  # refuse bad settings now, not at the next display
        except InvalidInput:
            self._regional_employment, self._method, self._delta, self._cache = previous
            raise

    def set_survey_shares(self, observed: Mapping[str, float | Mapping[str, float]]) -> None:
        """Local purchase shares observed by the survey for buying sectors (hybrid table)."""
        previous, self._survey, self._cache = self._survey, dict(observed), None
        try:
            self._compute()
        except InvalidInput:
            self._survey, self._cache = previous, None
            raise

    def set_closed(
        self,
        closed: bool = True,
        *,
        household_income: float | None = None,
        household_own_share: float = 0.0,
    ) -> None:
        """Households in the model (Type II). `household_income` is the denominator of c, in
        table units; None means total compensation of employees. `household_own_share` is a_hh."""
        previous = (self._closed, self._household_income, self._household_own_share)
        self._closed, self._household_income = closed, household_income
        self._household_own_share = household_own_share
        self._cache = None
        try:
            self._compute()
        except InvalidInput:
            self._closed, self._household_income, self._household_own_share = previous
            self._cache = None
            raise

    # --- computing -----------------------------------------------------------------------
    def _compute(self) -> tuple[Multipliers, Regionalisation | None]:
        if self._cache is not None:
            return self._cache
        table = self.table
        coefficients = household_column = None
        regional = None
        if self._regional_employment is not None or self._survey:
            a = io_model.technical_coefficients(table)
            regional = self._regionalise(a)
            coefficients = regional.coefficients
            if self._closed and table.household_consumption is not None:
                income = self._household_income
                if income is None and table.compensation is not None:
                    income = float(table.compensation.sum())
                if income is not None:
                    c = io_model.household_coefficients(table.household_consumption, income)
                    household_column = regionalisation.regional_household_column(c, regional.slq)
        model = io_model.compute_multipliers(
            table,
            coefficients=coefficients,
            closed=self._closed,
            household_income=self._household_income,
            household_own_share=self._household_own_share,
            household_column=household_column,
        )
        self._cache = (model, regional)
        return self._cache

    def _regionalise(self, a: FloatArray) -> Regionalisation:
        codes = self.table.codes
        if self._regional_employment is None:  # survey shares on the national table
            n = len(codes)
            regional = Regionalisation(
                method="national",
                delta=None,
                lam=None,
                slq=np.ones(n),
                quotients=np.ones((n, n)),
                coefficients=a.copy(),
                sources=np.full((n, n), "national", dtype="<U8"),
            )
        else:
            assert self.table.employment is not None
            scale = persons_per_unit(self.info.employment_unit) or 1.0
            regional = regionalisation.regionalise(
                a,
                self._regional_employment,
                self.table.employment * scale,
                codes,
                method=self._method,
                delta=self._delta,
            )
        if self._survey:
            regional = regionalisation.apply_survey_shares(regional, a, codes, self._survey)
        return regional

    def multipliers(self) -> Multipliers:
        return self._compute()[0]

    def regionalisation(self) -> Regionalisation | None:
        return self._compute()[1]

    def compute(self, *, matrices: bool = False) -> dict[str, Any]:
        """The JSON-ready result (keys in docs/input-output.md), lists in `sectors` order."""
        model, regional = self._compute()
        result: dict[str, Any] = {
            "sectors": self.sectors,
            "output_multipliers": _numbers(model.output),
            "value_added_effects": _numbers(model.value_added_effects),
            "income_effects": _numbers(model.income_effects),
            "employment_effects": _numbers(model.employment_effects),
            "income_multipliers_type1": _numbers(model.income_type1),
        }
        if model.closed is not None:
            result["output_multipliers_type2"] = _numbers(model.closed.output_type2)
            result["income_multipliers_type2"] = _numbers(model.closed.income_type2)
            result["closed_model"] = {
                "household_income": _number(model.closed.household_income),
                "household_income_basis": (
                    "total compensation of employees" if self._household_income is None else "given"
                ),
                "household_own_share": model.closed.household_own_share,
                "type2_type1_income_ratio": _number(model.closed.type2_type1_ratio),
            }
        if regional is not None:
            result["regionalisation"] = self._regionalisation_json(regional)
        if self.report_final_demand and self._loaded.final_demand:
            result["final_demand_output"] = {
                name: _numbers(model.leontief @ f) for name, f in self._loaded.final_demand.items()
            }
        if matrices:
            result["technical_coefficients"] = _matrix(model.coefficients)
            result["leontief_inverse"] = _matrix(model.leontief)
        result["units"] = {"money": self.info.unit, "employment": self.info.employment_unit}
        if self._loaded.shipped:
            result["table"] = self._table_json()
        return result

    def _regionalisation_json(self, regional: Regionalisation) -> dict[str, Any]:
        data: dict[str, Any] = {
            "method": regional.method,
            "delta": regional.delta,
            "lambda": None if regional.lam is None else _number(regional.lam),
        }
        if self._survey:
            data["survey_sectors"] = [c for c in self.sectors if c in self._survey]
        return data

    def _table_json(self) -> dict[str, Any]:
        return {"id": self.info.id, "title": self.info.title, "attribution": self.info.attribution}

    def shock(self, demand: Mapping[str, float], *, in_euros: bool = True) -> dict[str, Any]:
        """Effects of extra final demand {sector: amount} on output, income, value added, jobs.

        With `in_euros` the amounts are euros (converted with the table's unit) and money results
        are euros; otherwise both are in the table's unit. Jobs are persons when the table's
        employment unit is known. In the closed model the effects include household re-spending.
        """
        scale = euros_per_unit(self.info.unit) if in_euros else 1.0
        if scale is None:
            raise InvalidInput("io.unit_missing_for_euros")
        vector = np.zeros(len(self.sectors))
        for code, amount in demand.items():
            if not math.isfinite(amount):
                raise InvalidInput("io.demand_not_finite", code=code)
            vector[self._index(code)] += amount / scale
        model = self.multipliers()
        effects = io_model.shock_effects(model, vector, closed=self._closed)
        jobs_scale = persons_per_unit(self.info.employment_unit)
        jobs_unit = "persons" if jobs_scale is not None else self.info.employment_unit

        def series(values: FloatArray | None) -> list[float | None] | None:
            return None if values is None else _numbers(values * scale)

        jobs = None if effects.employment is None else effects.employment * (jobs_scale or 1.0)
        by_sector = {
            "output": series(effects.output),
            "income": series(effects.income),
            "value_added": series(effects.value_added),
            "jobs": _numbers(jobs),
        }
        totals: dict[str, float | None] = {
            name: None if values is None else _number(sum(v for v in values if v is not None))
            for name, values in by_sector.items()
        }
        if effects.household_income is not None:
            totals["household_income"] = _number(effects.household_income * scale)
        result: dict[str, Any] = {
            "sectors": self.sectors,
            "demand": {code: _number(float(amount)) for code, amount in demand.items()},
            "money_unit": "EUR" if in_euros else self.info.unit,
            "jobs_unit": jobs_unit,
            "closed": self._closed,
            "by_sector": by_sector,
            "total": totals,
        }
        regional = self.regionalisation()
        if regional is not None:
            result["regionalisation"] = self._regionalisation_json(regional)
        if self._loaded.shipped:
            result["table"] = self._table_json()
        return result

    # --- helpers for the survey ----------------------------------------------------------
    def sector_for_naf(self, naf_code: str) -> str:
        """The table sector of a NAF sub-class ('47.24Z' → 'GZ' in A17), via the shipped bridge."""
        level = self.info.naf_level
        if level is None:
            raise InvalidInput("io.no_naf_level")
        sector = regionalisation.naf_to_sector(naf_code, io_tables.read_naf_bridge(level))
        if sector not in self.table.codes:
            raise InvalidInput("io.naf_sector_absent", naf=naf_code, sector=sector)
        return sector

    def io_proxy_shares(self, household_local_share: float) -> dict[str, float]:
        """Round-3 `io_proxy` re-spend share per sector: s_j ≈ Σ_i r_ij + w_j · h_loc."""
        model = self.multipliers()
        if model.income_rate is None:
            raise InvalidInput("io.no_compensation")
        shares = regionalisation.io_proxy_respend_shares(
            model.coefficients, model.income_rate, household_local_share
        )
        return dict(zip(self.sectors, (float(s) for s in shares), strict=True))

    # --- export --------------------------------------------------------------------------
    def to_dataframe(self, result: Mapping[str, Any] | None = None) -> pd.DataFrame:
        """One row per sector, one column per multiplier list of `compute()` (or of a shock)."""
        data = dict(self.compute() if result is None else result)
        columns: dict[str, list[Any]] = {}
        if self.table.labels is not None:
            columns["label"] = list(self.table.labels)
        lists = data.get("by_sector", data)
        for key, values in lists.items():
            is_vector = isinstance(values, list) and not any(isinstance(v, list) for v in values)
            if key != "sectors" and is_vector and len(values) == len(self.sectors):
                columns[key] = [np.nan if v is None else v for v in values]
        return pd.DataFrame(columns, index=pd.Index(self.sectors, name="sector"))
