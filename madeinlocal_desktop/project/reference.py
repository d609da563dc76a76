"""Reference data for front ends, which must not reach below the facade."""

from __future__ import annotations

from ..domain import check_commune
from ..errors import InvalidInput
from ..reference import geo, naf

Commune = geo.Commune
Epci = geo.Epci


def reference_communes() -> tuple[Commune, ...]:
    """Every French commune (COG 2025) with its EPCI and postal codes."""
    return geo.communes()


def reference_epcis() -> tuple[Epci, ...]:
    """Every EPCI à fiscalité propre with its member communes."""
    return geo.epcis()


def commune_name(code: str | None) -> str | None:
    return geo.commune_name(code)


def find_epci(siren_or_name: str) -> Epci:
    """The EPCI with that SIREN, or whose name is that one (accents and case aside)."""
    wanted = siren_or_name.strip()
    by_siren = [e for e in geo.epcis() if e.siren == wanted]
    if by_siren:
        return by_siren[0]
    key = geo.search_key(wanted)
    named = [e for e in geo.epcis() if geo.search_key(e.name) == key]
    if not named:
        raise InvalidInput("reference.epci_unknown", field="epci", epci=wanted)
    if len(named) > 1:
        raise InvalidInput("reference.epci_ambiguous", field="epci", epci=wanted,
                           matches=[f"{e.name} ({e.siren})" for e in named])
    return named[0]


def territory_communes(communes: list[str], epcis: list[str]) -> list[str]:
    """INSEE codes of `communes` and of every member of `epcis`, each once, in that order;
    a code that is not a commune of the shipped geography is refused by name."""
    known = geo.communes_by_code()
    codes: list[str] = []
    for value in communes:
        code = check_commune(value)
        if code is None:
            continue
        if code not in known:
            raise InvalidInput("reference.commune_unknown", field="commune", code=code)
        codes.append(code)
    for value in epcis:
        codes += find_epci(value).members
    return list(dict.fromkeys(codes))


def naf_subclasses() -> tuple[tuple[str, str], ...]:
    """(code, French label) of every NAF rév. 2 sub-class, e.g. ("47.24Z", "Commerce...")."""
    return naf.naf_subclasses()
