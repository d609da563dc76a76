"""The consent wording read to the interviewee, versioned with the study.

Every edit by the coordinator makes a new version; the older ones are kept, so that the version
an interview agreed to still says what was read that day. A study that never edited its wording
uses version 1, the default below: its text is fixed once released, like a migration (a later
default would be offered as a new version, never written over this one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import InvalidInput
from .rules import has_bad_characters, shown

MAX_WORDING = 4000  # about a page read aloud


@dataclass(frozen=True)
class ConsentWording:
    version: int
    fr: str
    en: str
    at: str | None = None  # when the coordinator saved it (None: the default)
    by: str | None = None

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.fr


DEFAULT = ConsentWording(
    1,
    "Cette enquête est menée par la structure qui coordonne l'étude du commerce local sur le "
    "territoire. Elle mesure ce que les commerces apportent à l'économie locale : chiffre "
    "d'affaires, dépenses et part de ces dépenses faite localement. Vos réponses servent "
    "uniquement à cette étude ; les résultats publiés sont des totaux qui ne permettent pas "
    "de reconnaître votre commerce. Le nom, l'adresse et le SIRET du commerce sont conservés "
    "jusqu'à la fin de l'étude, puis effacés ; seuls les chiffres sans nom sont gardés. "
    "Répondre est libre : vous pouvez refuser, arrêter à tout moment, demander à voir vos "
    "données, les faire corriger ou effacer, auprès du coordinateur ou de la coordinatrice "
    "de l'étude (coordonnées sur la fiche remise). Vous pouvez aussi adresser une "
    "réclamation à la CNIL (www.cnil.fr). Base légale : votre consentement.",
    "This survey is carried out by the organisation that coordinates the study of local trade "
    "in the area. It measures what shops bring to the local economy: turnover, spending and "
    "the share of that spending made locally. Your answers are used for this study only; the "
    "published results are totals in which your shop cannot be recognised. The shop's name, "
    "address and SIRET are kept until the end of the study, then erased; only the figures "
    "without a name are kept. Answering is up to you: you may refuse, stop at any time, ask "
    "to see your data, have it corrected or erased, by contacting the study's coordinator "
    "(details on the sheet you were given). You may also complain to the CNIL (www.cnil.fr). "
    "Legal basis: your consent.")


def check_text(value: Any, field: str) -> str:
    """A wording as it is kept: stripped, not empty, not longer than a page."""
    if not isinstance(value, str) or has_bad_characters(value):
        raise InvalidInput("consent.text_unreadable", field=field, language=field,
                           value=shown(value))
    text = value.strip()
    if not text:
        raise InvalidInput("consent.text_empty", field=field, language=field)
    if len(text) > MAX_WORDING:
        raise InvalidInput("consent.text_too_long", field=field, language=field,
                           length=len(text), limit=MAX_WORDING)
    return text


def versions_from_list(value: Any) -> list[ConsentWording]:
    """The stored list of versions (JSON), checked: increasing versions from 1, two texts."""
    if not isinstance(value, list) or not value:
        raise InvalidInput("consent.versions_unreadable")
    versions: list[ConsentWording] = []
    for item in value:
        if not isinstance(item, dict):
            raise InvalidInput("consent.versions_unreadable")
        number = item.get("version")
        if not isinstance(number, int) or isinstance(number, bool) \
                or number != (versions[-1].version + 1 if versions else 1):
            raise InvalidInput("consent.versions_unreadable")
        at, by = item.get("at"), item.get("by")
        if not all(v is None or (isinstance(v, str) and len(v) <= 200) for v in (at, by)):
            raise InvalidInput("consent.versions_unreadable")
        versions.append(ConsentWording(number, check_text(item.get("fr"), "fr"),
                                       check_text(item.get("en"), "en"), at, by))
    return versions


def versions_to_list(versions: Sequence[ConsentWording]) -> list[dict[str, Any]]:
    return [{"version": v.version, "fr": v.fr, "en": v.en, "at": v.at, "by": v.by}
            for v in versions]


def check_version(value: Any) -> int | None:
    """The version an interview agreed to: a positive whole number, or None (not recorded)."""
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value < 2**31:
        raise InvalidInput("consent.version_invalid", field="consent_version",
                           value=shown(value))
    return value
