"""Reference data for front ends, which must not reach below the facade."""

from __future__ import annotations

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


def naf_subclasses() -> tuple[tuple[str, str], ...]:
    """(code, French label) of every NAF rév. 2 sub-class, e.g. ("47.24Z", "Commerce...")."""
    return naf.naf_subclasses()
