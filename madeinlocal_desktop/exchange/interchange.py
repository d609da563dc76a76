"""The interchange JSON `madeinlocal/1` (docs/interchange.md): read with checks, and write.

Reading validates the whole document before anything is stored; the first problem is raised as
`InvalidInput` naming its place (`interviews[3].lines[12].local_share`).
"""

from __future__ import annotations

import dataclasses
import json
import math
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO, TypeVar

from ..domain import (
    DEFAULT_CATEGORIES,
    Business,
    Category,
    Interview,
    Respondent,
    SpendLine,
    Study,
    Surveyor,
    Territory,
    cents_to_euros,
    consent,
    io_settings,
    new_id,
    rules,
)
from ..domain.io_settings import IOSettings
from ..errors import InvalidInput, NewerFileError
from .territory_interchange import TerritoryData, parse_sections, to_sections

_T = TypeVar("_T")
FORMAT = "madeinlocal/1"


@dataclass
class StudyData:
    """One whole study in memory: what an interchange document holds."""

    study: Study
    surveyors: list[Surveyor] = field(default_factory=list)
    businesses: list[Business] = field(default_factory=list)
    interviews: list[Interview] = field(default_factory=list)
    respondents: list[Respondent] = field(default_factory=list)
    study_id_given: bool = True  # False when a script left study.id out: import anywhere
    io_settings: IOSettings | None = None  # the input-output model's settings, if chosen
    territory: TerritoryData | None = None  # frame, sampling design, draw (optional sections)


# -- reading -----------------------------------------------------------------------------------

def _refuse_constant(name: str) -> Any:
    # NaN and Infinity are not JSON; Python's reader accepts them unless told not to.
    raise InvalidInput("interchange.non_standard_number", value=name)


def read_file(path: str | Path) -> StudyData:
    path = Path(path)
    name = rules.shown(path.name, 80)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InvalidInput("interchange.no_file", path=rules.shown(str(path), 200)) from None
    except IsADirectoryError:
        raise InvalidInput("interchange.is_folder", path=rules.shown(str(path), 200)) from None
    except UnicodeDecodeError:
        raise InvalidInput("interchange.not_utf8", name=name) from None
    except OSError as error:
        raise InvalidInput("interchange.unreadable", name=name,
                           reason=rules.shown(error.strerror or "", 80)) from None
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise InvalidInput("interchange.not_json", name=name, line=error.lineno,
                           column=error.colno) from None
    except RecursionError:
        raise InvalidInput("interchange.too_deep", name=name) from None
    except ValueError:  # an integer of thousands of digits (Python refuses to read it)
        raise InvalidInput("interchange.number_too_long", name=name) from None
    return parse(document)


def parse(document: Any) -> StudyData:
    """A whole document checked with the rules of local input, or InvalidInput naming the place
    of the first problem (nothing is stored before every record passed)."""
    if not isinstance(document, dict):
        raise InvalidInput("interchange.not_object")
    fmt = document.get("format")
    if fmt != FORMAT:
        if isinstance(fmt, str) and fmt.startswith("madeinlocal/"):
            raise NewerFileError("interchange.newer_format", format=rules.shown(fmt),
                                 known=FORMAT)
        raise InvalidInput("interchange.not_ours", format=FORMAT)
    reader = _Reader()
    raw_study = _obj(document.get("study"), "study")
    study = reader.study(raw_study)
    surveyors = [reader.surveyor(_obj(s, f"surveyors[{i}]"), f"surveyors[{i}]")
                 for i, s in enumerate(_list(document, "surveyors"))]
    businesses = [reader.business(_obj(b, f"businesses[{i}]"), f"businesses[{i}]")
                  for i, b in enumerate(_list(document, "businesses"))]
    known_businesses = {b.id for b in businesses}
    codes = {c.code for c in study.categories}
    interviews = [reader.interview(_obj(v, f"interviews[{i}]"), f"interviews[{i}]",
                                   known_businesses, codes)
                  for i, v in enumerate(_list(document, "interviews"))]
    known_interviews = {v.id for v in interviews}
    respondents = [reader.respondent(_obj(r, f"respondents[{i}]"), f"respondents[{i}]",
                                     known_interviews)
                   for i, r in enumerate(_list(document, "respondents"))]
    return StudyData(study, surveyors, businesses, interviews, respondents,
                     study_id_given="id" in raw_study,
                     io_settings=_io_settings(raw_study.get("io_settings")),
                     territory=parse_sections(document))


def _checked(where: str, check: Callable[[], _T]) -> _T:
    """`check()`, its refusal said with the place in the file."""
    try:
        return check()
    except InvalidInput as error:
        raise rules.at(where, error) from None


def _io_settings(value: Any) -> IOSettings | None:
    """Checks that need no table (method, δ, shares, employment figures); the table-dependent
    ones run when the settings are applied to a study."""
    if value is None:
        return None
    where = "study.io_settings"
    obj = _obj(value, where)
    try:
        return io_settings.from_mapping(obj)
    except InvalidInput as error:  # its field is the setting's: io.delta → …io_settings.delta
        error.field = (error.field or "").removeprefix("io.").removeprefix("io") or None
        raise rules.at(where, error) from None


def _or_empty(value: Any) -> Any:
    return {} if value is None else value


def _obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InvalidInput("interchange.expected_object", field=where, where=where)
    return value


def _list(document: dict[str, Any], key: str) -> list[Any]:
    value = document.get(key, [])
    if not isinstance(value, list):
        raise InvalidInput("interchange.expected_list", field=key, where=key)
    return value


def _reference(value: Any) -> str | None:
    """A reference to another record of the file, in the canonical UUID spelling; what is not
    a UUID is kept as written, to be reported as unknown by the caller."""
    if not isinstance(value, str):
        return None
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return value


class _Reader:
    """Checks one document; remembers ids so a duplicate is caught wherever it appears."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}

    def id(self, obj: dict[str, Any], where: str) -> str:
        """The record's UUID (checked, canonical, unique in the file); a new one if absent."""
        value = obj.get("id")
        if value is None:
            return new_id()
        try:
            canonical = str(uuid.UUID(value)) if isinstance(value, str) else ""
        except ValueError:
            canonical = ""
        if not canonical:
            raise InvalidInput("interchange.not_uuid", field=f"{where}.id", where=f"{where}.id",
                               value=rules.shown(value))
        if canonical in self.ids:
            raise InvalidInput("interchange.id_twice", field=f"{where}.id", where=f"{where}.id",
                               value=canonical, other=self.ids[canonical])
        self.ids[canonical] = where
        return canonical

    def study(self, obj: dict[str, Any]) -> Study:
        territory = _obj(obj.get("territory", {}), "study.territory")
        study = Study(
            id=self.id(obj, "study"),
            name=obj.get("name"),  # type: ignore[arg-type]  # checked just below
            fiscal_year=obj.get("fiscal_year"),  # type: ignore[arg-type]
            territory=Territory(territory.get("name") or "",
                                territory.get("communes", [])),
            rules=_checked("study", lambda: rules.local_rules_from_mapping(
                _or_empty(obj.get("rules")))),
            categories=self.categories(obj.get("categories")),
            respend_defaults=_checked("study", lambda: rules.respend_defaults_from_mapping(
                _or_empty(obj.get("respend_defaults")))),
            fictitious=obj.get("fictitious", False))
        return _checked("study", lambda: rules.check_study(study))

    def categories(self, value: Any) -> list[Category]:
        if value is None:
            return list(DEFAULT_CATEGORIES)
        if not isinstance(value, list):
            raise InvalidInput("interchange.expected_list", field="study.categories",
                               where="study.categories")
        result = []
        for i, item in enumerate(value):
            entry = _obj(item, f"study.categories[{i}]")
            # Built as the file says, then checked (a wrong type is named, not a crash).
            result.append(Category(entry.get("code", ""), entry.get("label_fr", ""),
                                   entry.get("label_en", ""), entry.get("recipient", "supplier"),
                                   entry.get("r2_rule", "share")))
        return _checked("study", lambda: rules.check_categories(result))

    def surveyor(self, obj: dict[str, Any], where: str) -> Surveyor:
        return Surveyor(self.id(obj, where),
                        _checked(where, lambda: rules.check_surveyor_name(obj.get("name"))))

    def business(self, obj: dict[str, Any], where: str) -> Business:
        business = Business(id=self.id(obj, where), name=obj.get("name"),  # type: ignore[arg-type]
                            naf=obj.get("naf"), ownership=obj.get("ownership", "independent"),
                            commune=obj.get("commune"), siret=obj.get("siret"),
                            address=obj.get("address") or None, staff_fte=obj.get("staff_fte"))
        return _checked(where, lambda: rules.check_business(business))

    def interview(self, obj: dict[str, Any], where: str, businesses: set[str],
                  categories: set[str]) -> Interview:
        interview_id = self.id(obj, where)
        business_id = _reference(obj.get("business_id"))
        if business_id is None or business_id not in businesses:
            raise InvalidInput("interchange.unknown_business", field=f"{where}.business_id",
                               where=f"{where}.business_id",
                               value=rules.shown(business_id or ""))
        raw_lines = obj.get("lines") or []
        if not isinstance(raw_lines, list):
            raise InvalidInput("interchange.expected_list", field=f"{where}.lines",
                               where=f"{where}.lines")
        lines = [self.line(_obj(line, f"{where}.lines[{i}]"), f"{where}.lines[{i}]",
                           default_id=str(uuid.uuid5(uuid.UUID(interview_id), f"line-{i}")))
                 for i, line in enumerate(raw_lines)]
        interview = Interview(
            id=interview_id, business_id=business_id, date=obj.get("date"),  # type: ignore[arg-type]
            surveyor=obj.get("surveyor") or None, consent=obj.get("consent", False),
            status=obj.get("status", "draft"), turnover_excl_vat=None,
            notes=obj.get("notes") or "", lines=lines)
        interview.consent_version = _checked(where, lambda: consent.check_version(
            obj.get("consent_version")))
        interview.turnover_excl_vat = _checked(where, lambda: (
            rules.euros_to_cents(obj.get("turnover_excl_vat"), "turnover_excl_vat")))
        for i, line in enumerate(lines):  # each line's own checks, said with its place
            try:
                rules.check_line(line, categories)
            except InvalidInput as error:
                raise rules.at(f"{where}.lines[{i}]", error) from None
        # A file holds what a study may hold (complete interviews keep consent and turnover);
        # spending is asked for when a person marks an interview complete, in the app.
        return _checked(where, lambda: rules.check_interview(interview, categories,
                                                             marking=False))

    def line(self, obj: dict[str, Any], where: str, default_id: str) -> SpendLine:
        # Lines without ids get one derived from their place, so re-importing is a no-op.
        line_id = self.id(obj, where) if obj.get("id") is not None else default_id
        amount = _checked(where, lambda: rules.euros_to_cents(obj.get("amount"), "amount"))
        return SpendLine(id=line_id, category=obj.get("category"),  # type: ignore[arg-type]
                         amount=amount, local_share=obj.get("local_share"),
                         respend_share=obj.get("respend_share"),
                         respend_source=obj.get("respend_source"))

    def respondent(self, obj: dict[str, Any], where: str, interviews: set[str]) -> Respondent:
        given = obj.get("interview_id")
        interview_id = None if given in (None, "") else _reference(given)
        if given not in (None, "") and interview_id not in interviews:
            raise InvalidInput("interchange.unknown_interview", field=f"{where}.interview_id",
                               where=f"{where}.interview_id", value=rules.shown(given))
        respondent = Respondent(id=self.id(obj, where), group=obj.get("group"),  # type: ignore[arg-type]
                                local_share=obj.get("local_share"),  # type: ignore[arg-type]
                                interview_id=interview_id, label=obj.get("label") or "")
        return _checked(where, lambda: rules.check_respondent(respondent))


# -- writing -----------------------------------------------------------------------------------

def _euros(cents: int | None) -> int | float | None:
    """Whole euros as integers, so files stay readable and round trips stay exact."""
    if cents is None:
        return None
    return cents // 100 if cents % 100 == 0 else cents_to_euros(cents)


def _finite(value: float | None) -> float | None:
    """A stored number as JSON can write it: a NaN or an infinity left by an older version
    (never stored by this one) is written as null, never as the non-standard `Infinity`."""
    return value if value is None or math.isfinite(value) else None


def interview_document(v: Interview) -> dict[str, Any]:
    document = {
        "id": v.id, "business_id": v.business_id, "date": v.date, "surveyor": v.surveyor,
        "consent": v.consent, "status": str(v.status),
        "turnover_excl_vat": _euros(v.turnover_excl_vat), "notes": v.notes,
        "lines": [
            {"id": line.id, "category": line.category, "amount": _euros(line.amount),
             "local_share": _finite(line.local_share),
             "respend_share": _finite(line.respend_share),
             "respend_source": None if line.respend_source is None
             else str(line.respend_source)} for line in v.lines]}
    if v.consent_version is not None:  # written only when known: older files stay the same
        document["consent_version"] = v.consent_version
    return document


def to_document(data: StudyData) -> dict[str, Any]:
    study = data.study
    return {
        "format": FORMAT,
        "study": {
            "id": study.id,
            "name": study.name,
            "fiscal_year": study.fiscal_year,
            "territory": {"name": study.territory.name, "communes": study.territory.communes},
            "rules": rules.local_rules_to_mapping(study.rules),
            "categories": [
                {"code": c.code, "label_fr": c.label_fr, "label_en": c.label_en,
                 "recipient": str(c.recipient), "r2_rule": str(c.r2_rule)}
                for c in study.categories],
            "respend_defaults": rules.respend_defaults_to_mapping(study.respend_defaults),
            "fictitious": study.fictitious,
            **({} if data.io_settings is None
               else {"io_settings": io_settings.to_mapping(data.io_settings)}),
        },
        "surveyors": [{"id": s.id, "name": s.name} for s in data.surveyors],
        "businesses": [business_document(b) for b in data.businesses],
        "interviews": [interview_document(v) for v in data.interviews],
        "respondents": [respondent_document(r) for r in data.respondents],
        **to_sections(data.territory),
    }


def business_document(b: Business) -> dict[str, Any]:
    return {"id": b.id, "name": b.name, "siret": b.siret, "naf": b.naf,
            "ownership": str(b.ownership), "commune": b.commune, "address": b.address,
            "staff_fte": _finite(b.staff_fte)}


def respondent_document(r: Respondent) -> dict[str, Any]:
    return {"id": r.id, "group": str(r.group), "local_share": _finite(r.local_share),
            "interview_id": r.interview_id, "label": r.label}


# Stand for the lists written one item at a time, in the document's order.
_STREAMED = {key: f"\u2063{key} follow\u2063"
             for key in ("businesses", "interviews", "respondents")}


def write_file(data: StudyData, path: str | Path,
               interviews: Iterable[Sequence[Interview]] | None = None) -> int:
    """Write the document; `interviews`, if given, are chunks written one at a time in place
    of `data.interviews`. Shops, interviews and respondents are each written as they come, the
    same bytes as one `json.dumps` of the whole document, without its dictionaries and text of
    a large study in memory at once (100,000 shops took about 150 MB). Returns the number of
    interviews written."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    if interviews is None:
        interviews = [data.interviews]
    lists: dict[str, Iterable[dict[str, Any]]] = {
        "businesses": (business_document(b) for b in data.businesses),
        "interviews": (interview_document(v) for chunk in interviews for v in chunk),
        "respondents": (respondent_document(r) for r in data.respondents)}
    empty = dataclasses.replace(data, businesses=[], interviews=[], respondents=[])
    frame = json.dumps({**to_document(empty), **_STREAMED}, ensure_ascii=False, indent=1,
                       allow_nan=False)
    counts: dict[str, int] = {}
    try:
        with tmp.open("w", encoding="utf-8") as out:
            for key in sorted(_STREAMED, key=lambda key: frame.index(_marker(key))):
                before, frame = frame.split(_marker(key), 1)
                out.write(before)
                counts[key] = _write_list(out, lists[key])
            out.write(frame + "\n")
    except BaseException:  # cancelled or failed: no half-written file either
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(path)  # never leave a half-written export behind
    return counts["interviews"]


def _marker(key: str) -> str:
    return json.dumps(_STREAMED[key], ensure_ascii=False)


def _write_list(out: TextIO, items: Iterable[dict[str, Any]]) -> int:
    """A top-level list, item by item, indented as `json.dumps(indent=1)` would."""
    written = 0
    out.write("[")
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=1, allow_nan=False)
        out.write(("," if written else "") + "\n  " + text.replace("\n", "\n  "))
        written += 1
    out.write("\n ]" if written else "]")
    return written
