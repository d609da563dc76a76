"""French communes and EPCI shipped in resources/geo (COG 2025): territory and shop addresses.

Plain data, read once and cached; the GUI builds its completers from `communes()` and
`epcis()` through the facade (`project.reference_communes()`).
"""

from __future__ import annotations

import csv
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from ..paths import resource


@dataclass(frozen=True)
class Commune:
    code: str  # INSEE code, e.g. "86194"
    name: str
    departement: str
    epci_siren: str | None  # its EPCI's name is in epcis(), not repeated per commune
    postal_codes: tuple[str, ...]


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


@cache
def communes() -> tuple[Commune, ...]:
    with resource("geo", "communes.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(
            Commune(code=row["code_insee"], name=row["nom"], departement=row["dep_code"],
                    epci_siren=row["epci_siren"] or None,
                    postal_codes=tuple(p for p in row["codes_postaux"].split("|") if p))
            for row in csv.DictReader(handle))


@cache
def communes_by_code() -> dict[str, Commune]:
    return {c.code: c for c in communes()}


@cache
def epcis() -> tuple[Epci, ...]:
    members: dict[str, list[str]] = defaultdict(list)
    for commune in communes():
        if commune.epci_siren:
            members[commune.epci_siren].append(commune.code)
    with resource("geo", "epci.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(
            Epci(siren=row["epci_siren"], name=row["epci_nom"],
                 nature=row["nature_juridique"], members=tuple(members[row["epci_siren"]]))
            for row in csv.DictReader(handle))


def commune_name(code: str | None) -> str | None:
    if not code:
        return None
    commune = communes_by_code().get(code)
    return commune.name if commune else None
