"""French communes and EPCI shipped in resources/geo (COG 2025): territory and shop addresses,
municipal populations (populations légales 2022) and centroids (La Poste) for the impact figures
and the map.

Plain data, read once and cached; the GUI builds its completers from `communes()` and
`epcis()` through the facade (`project.reference_communes()`).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from . import shipped_csv


@dataclass(frozen=True)
class Commune:
    code: str  # INSEE code, e.g. "86194"
    name: str
    departement: str
    epci_siren: str | None  # its EPCI's name is in epcis(), not repeated per commune
    postal_codes: tuple[str, ...]
    population: int | None = None  # population municipale (populations légales 2022)
    latitude: float | None = None  # La Poste's centroid, WGS84; None for 7 communes
    longitude: float | None = None

    @property
    def city(self) -> str | None:
        """The city of an arrondissement municipal (Paris, Lyon, Marseille), else None."""
        return city_of_arrondissement(self.code)


@dataclass(frozen=True)
class Epci:
    siren: str
    name: str
    nature: str  # CC, CA, CU, METRO, MET69
    members: tuple[str, ...]  # INSEE codes of its communes (and arrondissements)


def search_key(text: str) -> str:
    """Lower case without accents, so "levescault" finds "Savigny-Lévescault"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# Paris, Lyon and Marseille are also listed by arrondissement municipal (ARM rows: SIRENE files
# establishments under either code). An arrondissement's code starts with its city's prefix.
PLM_CITIES = {"751": "75056", "6938": "69123", "132": "13055"}


def city_of_arrondissement(code: str) -> str | None:
    return next((city for prefix, city in PLM_CITIES.items()
                 if code.startswith(prefix) and code != city), None)


def _number(text: str, kind: type[int] | type[float]) -> Any:
    return kind(text) if text else None


@cache
def communes() -> tuple[Commune, ...]:
    return tuple(
        Commune(code=row["code_insee"], name=row["nom"], departement=row["dep_code"],
                epci_siren=row["epci_siren"] or None,
                postal_codes=tuple(p for p in row["codes_postaux"].split("|") if p),
                population=_number(row["population_municipale"], int),
                latitude=_number(row["latitude"], float),
                longitude=_number(row["longitude"], float))
        for row in shipped_csv.rows("geo", "communes.csv"))


@cache
def communes_by_code() -> dict[str, Commune]:
    return {c.code: c for c in communes()}


@cache
def epcis() -> tuple[Epci, ...]:
    members: dict[str, list[str]] = defaultdict(list)
    for commune in communes():
        if commune.epci_siren:
            members[commune.epci_siren].append(commune.code)
    return tuple(
        Epci(siren=row["epci_siren"], name=row["epci_nom"],
             nature=row["nature_juridique"], members=tuple(members[row["epci_siren"]]))
        for row in shipped_csv.rows("geo", "epci.csv"))


@cache
def national_population() -> int:
    """P_N: the municipal population of France, the sum over communes (arrondissements are
    parts of their city, not added again): 68,017,091 in the populations légales 2022."""
    return sum(c.population or 0 for c in communes() if c.city is None)


@dataclass(frozen=True)
class TerritoryPopulation:
    """P_R, the municipal population of a territory's communes, and what it could not count."""

    population: int
    communes: int  # communes (or arrondissements) counted
    unknown: tuple[str, ...]  # codes absent from the shipped geography
    inside_city: tuple[str, ...]  # arrondissements left out: their city is already counted


def territory_population(codes: Iterable[str]) -> TerritoryPopulation:
    """Σ of the communes' municipal populations, each inhabitant once.

    A territory chosen by EPCI lists Paris (75056) and its arrondissements alike: the city
    already holds its arrondissements' inhabitants, so those are not added again.
    """
    chosen = list(dict.fromkeys(str(code).strip() for code in codes))
    known = communes_by_code()
    counted, unknown, inside = 0, [], []
    population = 0
    for code in chosen:
        commune = known.get(code)
        if commune is None:
            unknown.append(code)
        elif commune.city is not None and commune.city in chosen:
            inside.append(code)
        else:
            population += commune.population or 0
            counted += 1
    return TerritoryPopulation(population, counted, tuple(unknown), tuple(inside))


def commune_name(code: str | None) -> str | None:
    if not code:
        return None
    commune = communes_by_code().get(code)
    return commune.name if commune else None
