"""The interchange JSON `madeinlocal/1` (docs/interchange.md): read with checks, and write.

Reading validates the whole document before anything is stored; the first problem is raised as
`InvalidInput` naming its place (`interviews[3].lines[12].local_share`).
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain import (
    DEFAULT_CATEGORIES,
    Business,
    Category,
    Interview,
    InterviewStatus,
    LocalRules,
    Ownership,
    R2Rule,
    Recipient,
    RespendDefault,
    RespendSource,
    Respondent,
    SpendLine,
    Study,
    Surveyor,
    Territory,
    cents_to_euros,
    check_commune,
    check_naf,
    check_share,
    check_siret,
    euros_to_cents,
    new_id,
)
from ..errors import InvalidInput, NewerFileError
from ..storage import io_settings
from ..storage.io_settings import IOSettings
from .territory_interchange import TerritoryData, parse_sections, to_sections

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

def read_file(path: str | Path) -> StudyData:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InvalidInput(f"No file at {path}") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"{path.name} is not UTF-8 text: is it really a JSON file?") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInput(
            f"{path.name} is not valid JSON (line {error.lineno}, column {error.colno}: "
            f"{error.msg})") from None
    return parse(document)


def parse(document: Any) -> StudyData:
    if not isinstance(document, dict):
        raise InvalidInput("The file should hold one JSON object describing a study")
    fmt = document.get("format")
    if fmt != FORMAT:
        if isinstance(fmt, str) and fmt.startswith("madeinlocal/"):
            raise NewerFileError(
                f"This file uses format {fmt!r}, newer than this version of Made in Local "
                f"understands ({FORMAT}). Install the latest version to read it.")
        raise InvalidInput(f'Not a Made in Local file: "format" should be "{FORMAT}"')
    reader = _Reader()
    study = reader.study(_obj(document.get("study"), "study"))
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
                     study_id_given="id" in document["study"],
                     io_settings=_io_settings(document["study"].get("io_settings")),
                     territory=parse_sections(document))


def _io_settings(value: Any) -> IOSettings | None:
    """Checks that need no table (method, δ, shares, employment figures); the table-dependent
    ones run when the settings are applied to a study."""
    if value is None:
        return None
    where = "study.io_settings"
    obj = _obj(value, where)
    try:
        return io_settings.from_mapping(obj)
    except InvalidInput as error:
        raise InvalidInput(f"{where}: {error.message}", field=where) from None


def _obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InvalidInput(f"{where}: expected an object", field=where)
    return value


def _list(document: dict[str, Any], key: str) -> list[Any]:
    value = document.get(key, [])
    if not isinstance(value, list):
        raise InvalidInput(f"{key}: expected a list", field=key)
    return value


def _text(obj: dict[str, Any], key: str, where: str, *, required: bool = True) -> str | None:
    value = obj.get(key)
    if value is None or value == "":
        if required:
            raise InvalidInput(f"{where}.{key} is missing", field=f"{where}.{key}")
        return None
    if not isinstance(value, str):
        raise InvalidInput(f"{where}.{key} should be text", field=f"{where}.{key}")
    return value.strip()


def _canonical(value: str) -> str:
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return value  # reported as an unknown reference by the caller


def _at(where: str, key: str, error: InvalidInput) -> InvalidInput:
    return InvalidInput(f"{where}.{key}: {error.message}", field=f"{where}.{key}")


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
            canonical = str(uuid.UUID(str(value)))
        except ValueError:
            raise InvalidInput(f"{where}.id {value!r} is not a UUID", field=f"{where}.id") from None
        if canonical in self.ids:
            raise InvalidInput(
                f"{where}.id {value} is used twice (also at {self.ids[canonical]})",
                field=f"{where}.id")
        self.ids[canonical] = where
        return canonical

    def study(self, obj: dict[str, Any]) -> Study:
        where = "study"
        year = obj.get("fiscal_year")
        if not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= 2200:
            raise InvalidInput(f"study.fiscal_year should be a year such as 2025 (got {year!r})",
                               field="study.fiscal_year")
        territory = _obj(obj.get("territory", {}), "study.territory")
        communes = territory.get("communes", [])
        if not isinstance(communes, list):
            raise InvalidInput("study.territory.communes should be a list of INSEE codes")
        checked: list[str] = []
        for i, code in enumerate(communes):
            try:
                commune = check_commune(str(code))
            except InvalidInput as error:
                raise _at(where, f"territory.communes[{i}]", error) from None
            if commune:
                checked.append(commune)
        return Study(
            id=self.id(obj, where),
            name=_text(obj, "name", where) or "",
            fiscal_year=year,
            territory=Territory(_text(territory, "name", "study.territory", required=False)
                                or "", checked),
            rules=self.rules(obj.get("rules")),
            categories=self.categories(obj.get("categories")),
            respend_defaults=self.defaults(obj.get("respend_defaults")),
            fictitious=bool(obj.get("fictitious", False)),
        )

    def rules(self, value: Any) -> LocalRules:
        if value is None:
            return LocalRules()
        obj = _obj(value, "study.rules")
        names = {f.name for f in dataclasses.fields(LocalRules)}
        return LocalRules(**{k: v for k, v in obj.items() if k in names})

    def categories(self, value: Any) -> list[Category]:
        if value is None:
            return list(DEFAULT_CATEGORIES)
        if not isinstance(value, list) or not value:
            raise InvalidInput("study.categories should be a non-empty list")
        result: list[Category] = []
        for i, item in enumerate(value):
            where = f"study.categories[{i}]"
            obj = _obj(item, where)
            code = _text(obj, "code", where) or ""
            if any(c.code == code for c in result):
                raise InvalidInput(f"{where}.code {code!r} is used twice")
            try:
                recipient = Recipient(obj.get("recipient", "supplier"))
                rule = R2Rule(obj.get("r2_rule", "share"))
            except ValueError as error:
                raise InvalidInput(f"{where}: {error}") from None
            label_fr = _text(obj, "label_fr", where, required=False) or code
            result.append(Category(code, label_fr,
                                   _text(obj, "label_en", where, required=False) or label_fr,
                                   recipient, rule))
        return result

    def defaults(self, value: Any) -> dict[str, RespendDefault]:
        if value is None:
            return {}
        obj = _obj(value, "study.respend_defaults")
        result = {}
        for group, item in obj.items():
            where = f"study.respend_defaults.{group}"
            if group not in {r.value for r in Recipient}:
                raise InvalidInput(f"{where}: unknown recipient group {group!r}")
            entry = _obj(item, where)
            try:
                share = check_share(entry.get("share"), "share")
            except InvalidInput as error:
                raise _at(where, "share", error) from None
            if share is None:
                raise InvalidInput(f"{where}.share is missing")
            result[group] = RespendDefault(share, str(entry.get("justification", "")))
        return result

    def surveyor(self, obj: dict[str, Any], where: str) -> Surveyor:
        return Surveyor(self.id(obj, where), _text(obj, "name", where) or "")

    def business(self, obj: dict[str, Any], where: str) -> Business:
        try:
            ownership = Ownership(obj.get("ownership", "independent"))
        except ValueError:
            allowed = ", ".join(o.value for o in Ownership)
            raise InvalidInput(f"{where}.ownership {obj.get('ownership')!r} is not one of "
                               f"{allowed}", field=f"{where}.ownership") from None
        staff = obj.get("staff_fte")
        if staff is not None and (not isinstance(staff, int | float) or staff < 0):
            raise InvalidInput(f"{where}.staff_fte should be a number ≥ 0")
        try:
            siret = check_siret(obj.get("siret"))
            naf = check_naf(obj.get("naf"))
            commune = check_commune(obj.get("commune"))
        except InvalidInput as error:
            raise _at(where, error.field or "", error) from None
        return Business(id=self.id(obj, where), name=_text(obj, "name", where) or "",
                        naf=naf, ownership=ownership, commune=commune, siret=siret,
                        address=_text(obj, "address", where, required=False),
                        staff_fte=None if staff is None else float(staff))

    def interview(self, obj: dict[str, Any], where: str, businesses: set[str],
                  categories: set[str]) -> Interview:
        business_id = _canonical(_text(obj, "business_id", where) or "")
        if business_id not in businesses:
            raise InvalidInput(f"{where}.business_id {business_id} is not a business of the file")
        try:
            status = InterviewStatus(obj.get("status", "draft"))
        except ValueError:
            raise InvalidInput(f"{where}.status should be draft, complete or validated") from None
        if status != InterviewStatus.DRAFT and obj.get("consent") is not True:
            raise InvalidInput(f"{where}: a {status} interview needs \"consent\": true "
                               "(without consent it can only be a draft)", field=f"{where}.consent")
        date = _text(obj, "date", where) or ""
        try:
            turnover = euros_to_cents(obj.get("turnover_excl_vat"), "turnover")
        except InvalidInput as error:
            raise _at(where, "turnover_excl_vat", error) from None
        interview_id = self.id(obj, where)
        raw_lines = obj.get("lines") or []
        if not isinstance(raw_lines, list):
            raise InvalidInput(f"{where}.lines should be a list", field=f"{where}.lines")
        lines = [self.line(_obj(line, f"{where}.lines[{i}]"), f"{where}.lines[{i}]", categories,
                           default_id=str(uuid.uuid5(uuid.UUID(interview_id), f"line-{i}")))
                 for i, line in enumerate(raw_lines)]
        return Interview(id=interview_id, business_id=business_id,
                         date=date, surveyor=_text(obj, "surveyor", where, required=False),
                         consent=bool(obj.get("consent", False)), status=status,
                         turnover_excl_vat=turnover, notes=str(obj.get("notes") or ""),
                         lines=lines)

    def line(self, obj: dict[str, Any], where: str, categories: set[str],
             default_id: str) -> SpendLine:
        category = _text(obj, "category", where) or ""
        if category not in categories:
            raise InvalidInput(f"{where}.category {category!r} is not a category of the study",
                               field=f"{where}.category")
        try:
            amount = euros_to_cents(obj.get("amount"), "amount")
        except InvalidInput as error:
            raise _at(where, "amount", error) from None
        shares = {}
        for key in ("local_share", "respend_share"):
            try:
                shares[key] = check_share(obj.get(key), key.replace("_", " "))
            except InvalidInput as error:
                raise _at(where, key, error) from None
        source = obj.get("respend_source")
        try:
            respend_source = None if source is None else RespendSource(source)
        except ValueError:
            raise InvalidInput(f"{where}.respend_source should be survey, survey_mean, io_proxy "
                               "or default") from None
        # Lines without ids get one derived from their place, so re-importing is a no-op.
        line_id = self.id(obj, where) if obj.get("id") is not None else default_id
        return SpendLine(id=line_id, category=category, amount=amount,
                         local_share=shares["local_share"], respend_share=shares["respend_share"],
                         respend_source=respend_source)

    def respondent(self, obj: dict[str, Any], where: str, interviews: set[str]) -> Respondent:
        try:
            group = Recipient(str(obj.get("group")))
            share = check_share(obj.get("local_share"), "local share")
        except ValueError:
            raise InvalidInput(f"{where}.group {obj.get('group')!r} is not a recipient group") \
                from None
        except InvalidInput as error:
            raise _at(where, "local_share", error) from None
        if share is None:
            raise InvalidInput(f"{where}.local_share is missing")
        interview_id = _text(obj, "interview_id", where, required=False)
        if interview_id is not None:
            interview_id = _canonical(interview_id)
        if interview_id is not None and interview_id not in interviews:
            raise InvalidInput(f"{where}.interview_id {interview_id} is not an interview of the "
                               "file")
        return Respondent(id=self.id(obj, where), group=group, local_share=share,
                          interview_id=interview_id, label=str(obj.get("label") or ""))


# -- writing -----------------------------------------------------------------------------------

def _euros(cents: int | None) -> int | float | None:
    """Whole euros as integers, so files stay readable and round trips stay exact."""
    if cents is None:
        return None
    return cents // 100 if cents % 100 == 0 else cents_to_euros(cents)


def to_document(data: StudyData) -> dict[str, Any]:
    study = data.study
    return {
        "format": FORMAT,
        "study": {
            "id": study.id,
            "name": study.name,
            "fiscal_year": study.fiscal_year,
            "territory": {"name": study.territory.name, "communes": study.territory.communes},
            "rules": dataclasses.asdict(study.rules),
            "categories": [
                {"code": c.code, "label_fr": c.label_fr, "label_en": c.label_en,
                 "recipient": str(c.recipient), "r2_rule": str(c.r2_rule)}
                for c in study.categories],
            "respend_defaults": {k: dataclasses.asdict(v)
                                 for k, v in study.respend_defaults.items()},
            "fictitious": study.fictitious,
            **({} if data.io_settings is None
               else {"io_settings": io_settings.to_mapping(data.io_settings)}),
        },
        "surveyors": [{"id": s.id, "name": s.name} for s in data.surveyors],
        "businesses": [
            {"id": b.id, "name": b.name, "siret": b.siret, "naf": b.naf,
             "ownership": str(b.ownership), "commune": b.commune, "address": b.address,
             "staff_fte": b.staff_fte} for b in data.businesses],
        "interviews": [
            {"id": v.id, "business_id": v.business_id, "date": v.date, "surveyor": v.surveyor,
             "consent": v.consent, "status": str(v.status),
             "turnover_excl_vat": _euros(v.turnover_excl_vat), "notes": v.notes,
             "lines": [
                 {"id": line.id, "category": line.category, "amount": _euros(line.amount),
                  "local_share": line.local_share, "respend_share": line.respend_share,
                  "respend_source": None if line.respend_source is None
                  else str(line.respend_source)} for line in v.lines]}
            for v in data.interviews],
        "respondents": [
            {"id": r.id, "group": str(r.group), "local_share": r.local_share,
             "interview_id": r.interview_id, "label": r.label} for r in data.respondents],
        **to_sections(data.territory),
    }


def write_file(data: StudyData, path: str | Path) -> None:
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(to_document(data), ensure_ascii=False, indent=1) + "\n",
                   encoding="utf-8")
    tmp.replace(path)  # never leave a half-written export behind
