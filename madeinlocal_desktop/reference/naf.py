"""Reference data shipped in resources/: NAF activity labels (more in io_tables and geo)."""

from __future__ import annotations

from functools import cache

from . import shipped_csv

# Shops whose NAF code was not entered (it is optional in the form) make a group of their own.
# Its key is French, as every NAF group label is; `sector_label` gives it in either language.
UNKNOWN_SECTOR = "Activité non renseignée"
_UNKNOWN_LABELS = {"fr": UNKNOWN_SECTOR, "en": "Sector not given"}


@cache
def _naf_labels() -> dict[str, str]:
    return {row["code"]: row["libelle_65"] for row in shipped_csv.rows("naf", "naf_postes.csv")}


def naf_label(code: str) -> str | None:
    """French label of any NAF level (section, division, group, class, sub-class)."""
    return _naf_labels().get(code)


def sector_of(naf: object) -> str:
    """The analysis sector of a shop: its NAF group (e.g. "47.2 Commerce détail alimentaire").

    No code (None, an empty text, or the NaN pandas reads a NULL as) is the unknown sector."""
    if not isinstance(naf, str) or not naf.strip():
        return UNKNOWN_SECTOR
    group = naf[:4]  # "47.24Z" → "47.2"
    label = _naf_labels().get(group)
    return f"{group} {label}" if label else group


def sector_label(sector: str, lang: str) -> str:
    """A sector key as shown in `lang`: NAF labels are French only; the unknown sector is not."""
    return _UNKNOWN_LABELS["en" if lang == "en" else "fr"] if sector == UNKNOWN_SECTOR else sector


def sector_labels(sector: str) -> dict[str, str]:
    return {lang: sector_label(sector, lang) for lang in ("fr", "en")}


@cache
def naf_subclasses() -> tuple[tuple[str, str], ...]:
    """Every NAF rév. 2 sub-class (APE code) with its French label, in INSEE order."""
    try:
        return tuple((row["code_naf"], row["libelle"])
                     for row in shipped_csv.rows("naf", "naf_sous_classes.csv"))
    except (FileNotFoundError, KeyError):  # a trimmed build ships only the full list of items
        return tuple((row["code"], row["libelle"])
                     for row in shipped_csv.rows("naf", "naf_postes.csv")
                     if row["niveau"] == "sous_classe")
