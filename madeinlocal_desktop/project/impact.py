"""The socio-economic impact of the study: `project.impact` (docs/impact.md).

Jobs, income and value added of relocalisation scenarios, import-substitution opportunities by
sector, money for capital by ownership type, and the territory's map; `compare_studies` puts
study files side by side. Every call reads the study afresh, like `project.io`.

The territory's employment by sector (E^R) comes from a file, the study's input-output settings
or the study's business register (the SIRENE frame, `project.territory`): `_frame_establishments`
is the one place that reads it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import language
from ..errors import Cancelled, InvalidInput
from ..reference import geo
from .base import Manager, Progress, ShouldCancel

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from ..analysis.opportunities import TerritoryEmployment
    from ..analysis.scenario_impact import ScenarioSpec

DEFAULT_SHARE = 0.25  # Shuman's "25 % shift" (methods.md §4c)


class Impact(Manager):
    # -- the territory ---------------------------------------------------------------------------

    def population(self) -> dict[str, Any]:
        """P_R (the territory's communes' municipal population, each inhabitant once) and P_N."""
        found = geo.territory_population(self.project.study.territory.communes)
        return {"territory": found.population, "national": geo.national_population(),
                "communes": found.communes, "unknown": list(found.unknown),
                "inside_city": list(found.inside_city), "source": "geography"}

    def _frame_establishments(self) -> Iterable[tuple[str | None, str | None]] | None:
        """The study's active frame establishments as (NAF sub-class, SIRENE size band), or
        None while the study has no business register frame."""
        if not self.project.territory.has_frame():
            return None
        frame = self.project.territory.frame()
        return list(zip(frame["naf"], frame["size_code"], strict=True))

    def _frame_by_commune(self) -> dict[str, int] | None:
        """Active frame establishments per commune, or None without a frame."""
        if not self.project.territory.has_frame():
            return None
        counts = self.project.territory.frame()["commune"].value_counts()
        return {str(code): int(n) for code, n in counts.items()}

    def has_frame(self) -> bool:
        """Whether the study holds the business register's establishments (the map offers
        them as a size, the opportunities count them by sector)."""
        return self._frame_by_commune() is not None

    def territory_employment(self, path: str | Path | None = None, *,
                             bench: Any = None) -> TerritoryEmployment:
        """E^R by sector (persons): `path` (a `code,employment` CSV) if given, else the study's
        input-output settings, else the frame; refused with one line when none has it."""
        from ..analysis.io_study import configure, read_employment_csv
        from ..analysis.opportunities import TerritoryEmployment, from_establishments
        from ..reference.io_tables import read_naf_bridge

        settings = self.project.io.settings()
        if bench is None:
            bench = configure(settings)
        establishments = self._frame_establishments()
        framed = None
        if establishments is not None and bench.info.naf_level is not None:
            framed = from_establishments(establishments, read_naf_bridge(bench.info.naf_level),
                                         bench.sectors)
        # Employment typed or from a file still shows the frame's establishments beside it:
        # a committee picks candidates by the shops already there as much as by the jobs.
        counts = framed.establishments if framed is not None else None
        if path is not None:
            return TerritoryEmployment(read_employment_csv(bench, Path(path)), "file", counts)
        if settings.regional_employment is not None:
            return TerritoryEmployment(dict(settings.regional_employment), "settings", counts)
        if framed is not None:
            return framed
        raise InvalidInput("impact.no_territory_employment", field="io.regional_employment")

    # -- opportunities ---------------------------------------------------------------------------

    def opportunities(self, share: float = DEFAULT_SHARE, *,
                      employment: str | Path | None = None) -> dict[str, Any]:
        """Import-substitution opportunities by sector for filling `share` of each gap
        (analysis/opportunities.py), with the survey's leakage beside each sector."""
        from ..analysis.impact_notices import notice
        from ..analysis.opportunities import check_share, import_substitution

        check_share(share)
        model = self.project.io.model()
        bench = model.bench
        territory = self.territory_employment(employment, bench=bench)
        if territory.source != "settings":  # the regional model follows the same E^R
            settings = model.settings
            bench.set_regional_employment(dict(territory.employment), method=settings.method,
                                          delta=settings.delta)
        population = self.population()
        result = import_substitution(bench, territory, population=population["territory"],
                                     national_population=population["national"], share=share,
                                     leakage=model.leakage_by_sector())
        result["population"].update(communes=population["communes"], source="geography")
        if population["unknown"]:
            result["notices"].append(notice("impact.unknown_communes",
                                            codes=population["unknown"]))
        result["table"] = model.table_info()
        result["fictitious"] = self.project.study.fictitious
        return result

    def export_opportunities(self, path: str | Path, result: Mapping[str, Any] | None = None,
                             *, share: float = DEFAULT_SHARE,
                             headers: Mapping[str, str] | None = None,
                             lang: str = "fr") -> Path:
        """The ranked opportunities as .csv (French Excel) or .xlsx, with the attribution;
        `result` as `opportunities()` gave it, else computed for `share`."""
        from ..exchange.impact_exports import export_opportunities

        return export_opportunities(result or self.opportunities(share), Path(path),
                                    headers=headers, lang=lang)

    # -- scenarios -------------------------------------------------------------------------------

    def scenario(self, spec: ScenarioSpec | Mapping[str, Any]) -> dict[str, Any]:
        """A scenario's LM3, extra local euros, shock vector and its direct, indirect and
        induced effects on output, income, value added and jobs (analysis/scenario_impact.py).
        `spec` is a `ScenarioSpec` or its dict (`ScenarioSpec.to_dict()`)."""
        from ..analysis.scenario_impact import ScenarioSpec, scenario_impact

        chosen = spec if isinstance(spec, ScenarioSpec) else ScenarioSpec.from_dict(spec)
        study = self.project.study
        return scenario_impact(self.project.io.model(), chosen, categories=study.categories,
                               defaults=self.project.analysis._defaults())

    def scenario_rates(self) -> dict[str, Any]:
        """`categories`: per supplier category, the effects of one more euro bought locally
        (the dashboard multiplies them by its scenario's euros); `model`: which model."""
        from ..analysis.scenario_impact import model_json, per_euro_effects

        model = self.project.io.model()
        return {"categories": per_euro_effects(model, self.project.study.categories),
                "model": model_json(model), "configured": self.project.io.has_settings()}

    # -- money for capital -----------------------------------------------------------------------

    def capital(self) -> dict[str, Any]:
        """Interest and owners' pay by ownership type: paid, received locally, leaving."""
        from ..analysis.capital import money_for_capital

        interviews, lines, respondents = self.project.analysis.frames()
        result = money_for_capital(interviews, lines, respondents=respondents,
                                   defaults=self.project.analysis._defaults())
        result["fictitious"] = self.project.study.fictitious
        return result

    # -- the map ---------------------------------------------------------------------------------

    def map_data(self, size_by: str = "shops") -> dict[str, Any]:
        """The territory's communes with their centroid and the value that sizes them:
        `shops` (interviewed shops), `kept` (their R2 + R3, euros) or `establishments`."""
        from ..analysis.territory_map import SIZES

        if size_by not in SIZES:
            raise InvalidInput("map.unknown_size", field="size_by", size=size_by)
        study = self.project.study
        codes = list(dict.fromkeys(study.territory.communes))
        if not codes:
            raise InvalidInput("map.no_communes", field="territory")
        values = self._map_values(size_by)
        inside = set(codes)
        known = geo.communes_by_code()
        points, unknown = [], []
        for code in codes:
            commune = known.get(code)
            if commune is None:
                unknown.append(code)
                continue
            points.append({"code": code, "name": commune.name, "latitude": commune.latitude,
                           "longitude": commune.longitude, "value": values.get(code, 0.0)})
        outside = {code: v for code, v in values.items() if code not in inside and v}
        return {"size_by": size_by, "territory": study.territory.name or study.name,
                "points": points, "unknown": unknown,
                "missing": [p for p in points if p["latitude"] is None],
                "outside": {"communes": len(outside), "value": sum(outside.values())},
                "total": sum(p["value"] for p in points), "fictitious": study.fictitious}

    def _map_values(self, size_by: str) -> dict[str, float]:
        from ..analysis.engine import prepare
        from ..analysis.territory_map import kept_by_business

        if size_by == "establishments":
            found = self._frame_by_commune()
            if found is None:
                raise InvalidInput("map.no_frame", field="size_by")
            return {code: float(n) for code, n in found.items()}
        commune = {b.id: b.commune for b in self.project.businesses.list()}
        interviews, lines, respondents = self.project.analysis.frames()
        values: dict[str, float] = {}
        if size_by == "shops":
            for business in set(interviews["business_id"]):
                code = commune.get(str(business))
                if code:
                    values[code] = values.get(code, 0.0) + 1.0
            return values
        if interviews.empty:
            return values
        prep = prepare(interviews, lines, respondents=respondents,
                       defaults=self.project.analysis._defaults(),
                       io_proxy=self.project.io.io_proxy_shares() or None)
        for business, euros in kept_by_business(prep).items():
            code = commune.get(business)
            if code:
                values[code] = values.get(code, 0.0) + euros
        return values

    def map_figure(self, size_by: str = "shops", *, lang: str = "fr",
                   texts: Mapping[str, str] | None = None) -> Figure:
        from ..analysis.territory_map import CommunePoint, territory_map_figure

        data = self.map_data(size_by)
        points = [CommunePoint(p["code"], p["name"], p["latitude"], p["longitude"],
                               float(p["value"])) for p in data["points"]]
        return territory_map_figure(points, size_by, territory=data["territory"], lang=lang,
                                    texts=texts)


# -- comparisons -----------------------------------------------------------------------------------


def compare_studies(paths: Sequence[str | Path], *, progress: Progress | None = None,
                    should_cancel: ShouldCancel | None = None) -> dict[str, Any]:
    """Two or more study files side by side (analysis/comparison.py): the first is the baseline.
    Each file is opened in turn and closed; nothing is written to it."""
    from ..analysis.comparison import Measures, StudyFacts, compare

    if len(paths) < 2:
        raise InvalidInput("compare.need_two", field="studies")
    resolved = [Path(p).expanduser().resolve() for p in paths]
    for k, path in enumerate(resolved):
        if path in resolved[:k]:
            raise InvalidInput("compare.same_file", field="studies", file=str(paths[k]))
    names = [p.stem for p in resolved]
    labels = [n if names.count(n) == 1 else str(p) for n, p in zip(names, resolved, strict=True)]
    facts: list[StudyFacts] = []
    measures: list[Measures] = []
    check: Callable[[], bool] = should_cancel or (lambda: False)
    for k, path in enumerate(resolved):
        if check():
            raise Cancelled("comparison cancelled")
        fact, measured = _measure_file(path, labels[k])
        facts.append(fact)
        measures.append(measured)
        if progress is not None:
            progress((k + 1) / len(resolved))
    return compare(facts, measures)


def export_comparison(result: Mapping[str, Any], path: str | Path) -> Path:
    """A comparison (`compare_studies`) as .csv for French Excel or .xlsx, warnings after."""
    from ..exchange.impact_exports import export_comparison as write

    return write(result, Path(path))


def _measure_file(path: Path, label: str) -> tuple[Any, Any]:
    from ..analysis.comparison import StudyFacts, measure
    from ..analysis.engine import prepare
    from ..errors import NotFound
    from .facade import Project

    if not path.is_file():
        raise NotFound("compare.not_found", field="studies", file=str(path))
    with Project.open(path) as project:
        study = project.study
        interviews, lines, respondents = project.analysis.frames()
        prep = prepare(interviews, lines, respondents=respondents,
                       defaults=project.analysis._defaults(),
                       io_proxy=project.io.io_proxy_shares() or None)
        fact = StudyFacts(
            label=label, name=study.name, fiscal_year=study.fiscal_year,
            territory=study.territory.name, communes=tuple(sorted(study.territory.communes)),
            rules=asdict(study.rules),
            categories={c.code: (str(c.recipient), str(c.r2_rule)) for c in study.categories},
            category_labels={c.code: c.label_fr if language.current() == "fr" else c.label_en
                             for c in study.categories},
            fictitious=study.fictitious)
        return fact, measure(prep)
