"""Entries for the pickers, built from the facade's reference data (on the worker thread).

Reading 35,000 communes takes a tenth of a second: never on the UI thread, and only once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QCoreApplication

from .completers import Choice


@dataclass(frozen=True)
class PickedCommune:
    code: str
    name: str


@dataclass(frozen=True)
class PickedEpci:
    siren: str
    name: str
    members: tuple[PickedCommune, ...]


@cache
def commune_choices() -> tuple[Choice, ...]:
    from ..project import reference_communes

    return tuple(
        Choice(text=f"{c.name} ({c.code}) — {', '.join(c.postal_codes[:3])}",
               name=c.name, codes=f"{c.code} {' '.join(c.postal_codes)}",
               payload=PickedCommune(c.code, c.name))
        for c in reference_communes())


@cache
def territory_choices() -> tuple[Choice, ...]:
    """EPCI first (choosing one adds all its communes), then every commune."""
    from ..project import reference_communes, reference_epcis

    names = {c.code: c.name for c in reference_communes()}
    template = QCoreApplication.translate("Reference", "{name} — intercommunality, {n} communes")
    epcis = tuple(
        Choice(text=template.format(name=e.name, n=len(e.members)), name=e.name, codes=e.siren,
               payload=PickedEpci(e.siren, e.name,
                                  tuple(PickedCommune(code, names[code]) for code in e.members)))
        for e in reference_epcis() if e.members)
    return epcis + commune_choices()


@cache
def naf_choices() -> tuple[Choice, ...]:
    from ..project import naf_subclasses

    return tuple(Choice(text=f"{code} — {label}", name=label,
                        codes=f"{code} {code.replace('.', '')}", payload=(code, label))
                 for code, label in naf_subclasses())


@cache
def naf_labels() -> dict[str, str]:
    from ..project import naf_subclasses

    return dict(naf_subclasses())


@cache
def commune_names() -> dict[str, str]:
    from ..project import reference_communes

    return {c.code: c.name for c in reference_communes()}
