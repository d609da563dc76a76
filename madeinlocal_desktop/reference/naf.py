"""Reference data shipped in resources/: NAF activity labels (more in io_tables and geo)."""

from __future__ import annotations

import csv
from functools import cache

from ..paths import resource

UNKNOWN_SECTOR = "Activité non renseignée"


@cache
def _naf_labels() -> dict[str, str]:
    with resource("naf", "naf_postes.csv").open(encoding="utf-8", newline="") as handle:
        return {row["code"]: row["libelle_65"] for row in csv.DictReader(handle)}


def naf_label(code: str) -> str | None:
    """French label of any NAF level (section, division, group, class, sub-class)."""
    return _naf_labels().get(code)


def sector_of(naf: str | None) -> str:
    """The analysis sector of a shop: its NAF group (e.g. "47.2 Commerce détail alimentaire")."""
    if not naf:
        return UNKNOWN_SECTOR
    group = naf[:4]  # "47.24Z" → "47.2"
    label = _naf_labels().get(group)
    return f"{group} {label}" if label else group


@cache
def naf_subclasses() -> tuple[tuple[str, str], ...]:
    """Every NAF rév. 2 sub-class (APE code) with its French label, in INSEE order."""
    try:
        with resource("naf", "naf_sous_classes.csv").open(encoding="utf-8",
                                                         newline="") as handle:
            return tuple((row["code_naf"], row["libelle"]) for row in csv.DictReader(handle))
    except (FileNotFoundError, KeyError):  # a trimmed build ships only the full list of items
        with resource("naf", "naf_postes.csv").open(encoding="utf-8", newline="") as handle:
            return tuple((row["code"], row["libelle"]) for row in csv.DictReader(handle)
                         if row["niveau"] == "sous_classe")
