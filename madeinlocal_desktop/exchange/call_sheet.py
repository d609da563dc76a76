"""The call sheet of a drawn sample: who to call, in which order, and who replaces a refusal.

French by default (the surveyors' language): name, address, NAF label, stratum, role and order,
as XLSX or as CSV that French Excel opens (`;`, UTF-8 with BOM). Rows come stratum by stratum,
the sample first, then its reserve in drawing order: call reserve 1 when a sampled shop refuses.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import InvalidInput
from . import xlsx
from .exports import neutralise

HEADERS = {
    "fr": ("Strate", "Rôle", "Ordre", "Nom", "SIRET", "Adresse", "Code postal", "Commune",
           "Code NAF", "Activité (NAF)", "Tranche d'effectifs", "Appelé le", "Réponse"),
    "en": ("Stratum", "Role", "Order", "Name", "SIRET", "Address", "Postal code", "Commune",
           "NAF code", "Activity (NAF)", "Employee-size band", "Called on", "Answer"),
}
ROLES = {"fr": {"sample": "Échantillon", "reserve": "Réserve"},
         "en": {"sample": "Sample", "reserve": "Reserve"}}
NOTES = {
    "fr": ("Appelez d'abord les établissements de l'échantillon ; pour chaque refus, appelez le "
           "premier établissement de réserve non encore appelé de la même strate.",),
    "en": ("Call the sampled establishments first; for each refusal, call the first reserve "
           "establishment of the same stratum not yet called.",),
}
WIDTHS = (18, 12, 7, 34, 16, 34, 11, 22, 9, 40, 16, 12, 14)


def write_call_sheet(rows: Sequence[Sequence[Any]], path: Path, *, lang: str = "fr",
                     fictitious: bool = False) -> Path:
    """`rows`: (stratum, role, order, name, siret, address, postal code, commune, NAF code,
    NAF label, size band) in calling order."""
    lang = "fr" if lang == "fr" else "en"
    suffix = path.suffix.lower()
    header = HEADERS[lang]
    roles = ROLES[lang]
    body = [[r[0], roles.get(str(r[1]), str(r[1])), *r[2:], "", ""] for r in rows]
    notes = list(NOTES[lang])
    if fictitious:
        notes.append("Données fictives (étude de démonstration)." if lang == "fr"
                     else "Fictitious data (demo study).")
    if suffix == ".xlsx":
        kinds = [xlsx.TEXT] * len(header)
        kinds[2] = xlsx.NUMBER
        xlsx.write_xlsx(path, [xlsx.Sheet("Appels" if lang == "fr" else "Calls", header, body,
                                          kinds, len(body), widths=WIDTHS, frozen_columns=4,
                                          notes=notes)])
    elif suffix == ".csv":
        partial = path.with_name(path.name + ".part")
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
            writer.writerow(header)
            writer.writerows([[neutralise(str(v)) if isinstance(v, str) else v for v in row]
                              for row in body])
        partial.replace(path)
    else:
        raise InvalidInput("territory.sheet_kind", field="out", suffix=path.suffix or path.name)
    return path
