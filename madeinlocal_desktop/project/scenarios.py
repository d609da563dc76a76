"""Saved scenarios of the study: `project.scenarios` (issue 13 §3).

A scenario is a `ScenarioSpec` with a name: several spending categories, each with the share
moved to local suppliers and, if it differs from the scenario's, its own Round-3 re-spend
share. It is kept in the study file, logged in the history and travels in bundles like any
record (storage/scenarios.py). `run` gives what `project.impact.scenario` gives for it: LM3
before and after, the euros kept locally and the jobs, income and value added.
"""

from __future__ import annotations

import builtins
import dataclasses
import json
from typing import TYPE_CHECKING, Any

from ..domain import rules
from ..domain.changes import Changed, Changes
from ..errors import InvalidInput, NotFound
from ..storage import scenarios as scenario_store
from ..storage.database import dumps
from .base import Manager

SCENARIOS = Changes(scenarios=True)

if TYPE_CHECKING:
    from ..analysis.scenario_impact import ScenarioSpec

# What `compare` puts side by side (all in `run`'s result), the difference being b − a.
COMPARED = ("lm3_before", "lm3_after", "extra_local_euros", "extra_local_euros_r2_r3",
            "output", "income", "value_added", "jobs")


class SavedScenarios(Manager):
    def save(self, spec: ScenarioSpec, *, replace: bool = False) -> Changed[ScenarioSpec]:
        """Keep `spec` under its name; a name already used is refused unless `replace`."""
        from ..analysis.scenario_impact import check_spec

        name = rules.scenario_name(spec.name)
        check_spec(spec, self.project.study.categories)
        existing = scenario_store.load(self._db, name)
        if not replace and existing is not None:
            raise InvalidInput("scenario.name_taken", field="name", name=existing["name"])
        saved = dataclasses.replace(spec, name=name)
        body = saved.to_dict()
        del body["name"]
        with self._db.atomic():
            scenario_store.save(self._db, name, dumps(body), self.project.ctx)
        return Changed(saved, SCENARIOS)

    def list(self) -> list[ScenarioSpec]:
        """Every saved scenario, sorted by name (case aside)."""
        found = [self._spec(row) for row in scenario_store.load_all(self._db)]
        return sorted(found, key=lambda s: (s.name.casefold(), s.name))

    def names(self) -> builtins.list[str]:
        return [spec.name for spec in self.list()]

    def get(self, name: str) -> ScenarioSpec:
        row = scenario_store.load(self._db, str(name))
        if row is None:
            raise NotFound("scenario.not_found", field="name", name=str(name).strip(),
                           names=self.names() or "—")
        return self._spec(row)

    def delete(self, name: str) -> Changes:
        spec = self.get(name)
        with self._db.atomic():
            scenario_store.delete(self._db, spec.name, self.project.ctx)
        return SCENARIOS

    def run(self, name: str) -> dict[str, Any]:
        """LM3 before and after, the euros kept and the scenario's effects in the territory
        (the same as `project.impact.scenario(self.get(name))`)."""
        return self.project.impact.scenario(self.get(name))

    def compare(self, a: str, b: str) -> dict[str, Any]:
        """Two saved scenarios run side by side, and `difference` = b − a for each figure."""
        first, second = self.run(a), self.run(b)
        difference = {key: _minus(second.get(key), first.get(key)) for key in COMPARED}
        return {"a": first, "b": second, "difference": difference,
                "jobs_unit": first.get("jobs_unit")}

    @staticmethod
    def _spec(row: dict[str, Any]) -> ScenarioSpec:
        from ..analysis.scenario_impact import ScenarioSpec

        return ScenarioSpec.from_dict({**json.loads(row["spec"]), "name": row["name"]})


def _minus(b: Any, a: Any) -> float | None:
    if isinstance(a, int | float) and isinstance(b, int | float):
        return float(b) - float(a)
    return None
