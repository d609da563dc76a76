"""The subject-access report as a PDF: everything a study holds about one shop, plainly listed.

The JSON form is the report itself (project.privacy.held_about); this lays it out for a person.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .document import GREY, Document

_TITLES = {
    "fr": {"title": "Ce que l'étude détient sur ce commerce", "study": "Étude",
           "business": "Le commerce", "erased": "Identité effacée", "interviews": "Entretiens",
           "spend_lines": "Lignes de dépenses", "respondents": "Répondants",
           "history": "Historique des modifications", "bundles": "Paquets échangés depuis",
           "none": "aucun"},
    "en": {"title": "What the study holds about this shop", "study": "Study",
           "business": "The shop", "erased": "Identity erased", "interviews": "Interviews",
           "spend_lines": "Spending lines", "respondents": "Respondents",
           "history": "History of changes", "bundles": "Bundles exchanged since",
           "none": "none"},
}


def _cell(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def _rows(doc: Document, rows: Sequence[Mapping[str, Any]], none: str) -> None:
    if not rows:
        doc.paragraph(none, colour=GREY)
        return
    for row in rows:
        doc.bullets([f"{key} : {_cell(value)}" if doc.lang == "fr" else f"{key}: {_cell(value)}"
                     for key, value in row.items() if value not in (None, "")])


def write_pdf(report: Mapping[str, Any], path: Path, lang: str) -> Path:
    t = _TITLES["fr" if lang == "fr" else "en"]
    doc = Document(lang, fictitious=False, footer_left=str(report["study"]["name"])[:80])
    doc.add_page()
    doc.heading(t["title"])
    doc.paragraph(f"{t['study']} : {report['study']['name']}" if lang == "fr"
                  else f"{t['study']}: {report['study']['name']}")
    doc.paragraph(str(report["shown_name"]), size=16, bold=True)
    if report["erased"]:
        doc.paragraph(t["erased"], bold=True)
    for key in ("business", "interviews", "spend_lines", "respondents", "history", "bundles"):
        doc.heading(t[key], level=1)
        value = report[key]
        _rows(doc, [value] if isinstance(value, Mapping) else value, t["none"])
    path.write_bytes(bytes(doc.output()))
    return path
