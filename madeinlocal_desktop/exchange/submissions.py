"""Submissions of the study's XLSForm turned into shops and interviews, with every check.

    plan = plan_submissions(found, study, register, known)

`found` is what `submission_readers.read_submissions` read; `register` the study's shops;
`known` maps the instance ids imported before to (interview id, hash). Each submission comes
out new, updated, unchanged or refused; a refusal names the sheet, the row and the column.
Ids are derived from the instance id (UUID 5), so the same submission always gives the same
interview, lines and new shop, whichever tool exported it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from ..domain import (
    Business,
    Interview,
    InterviewStatus,
    Ownership,
    RespendSource,
    SpendLine,
    Study,
    rules,
)
from ..errors import InvalidInput, UserFacingError
from ..reference import geo
from .submission_readers import Answers, Submission, SubmissionFile
from .xlsform import LOCAL_OF, NEW_SHOP, NO, SECTION_CATEGORIES, YES, form_version

NEW, UPDATED, UNCHANGED, REFUSED = "new", "updated", "unchanged", "refused"
_NAMESPACE = uuid.UUID("5b0c6f3e-6a47-4c1e-9d1c-6d61646c6f63")
_T = TypeVar("_T")


@dataclass
class Refusal:
    sheet: str
    row: int
    column: str
    error: UserFacingError

    def message(self) -> InvalidInput:
        return InvalidInput("interop.refused_at", field=self.column, sheet=self.sheet,
                            row=self.row, column=self.column, error=self.error)


@dataclass
class Planned:
    """One submission and what importing it would do."""

    instance_id: str | None
    row: int
    status: str
    interview: Interview | None = None
    business: Business | None = None  # a new shop this submission brings
    digest: str = ""
    refusals: list[Refusal] = field(default_factory=list)
    shop_name: str = ""


@dataclass
class Plan:
    name: str
    items: list[Planned]
    repeats_dropped: bool = False

    def count(self, status: str) -> int:
        return sum(1 for item in self.items if item.status == status)

    @property
    def refusals(self) -> list[Refusal]:
        return [r for item in self.items for r in item.refusals]


def shop_key(name: str) -> str:
    """"Boulangerie  du Marché" and "boulangerie du marche" are the same shop."""
    return " ".join(geo.search_key(name).replace("'", " ").replace("-", " ").split())


class Register:
    """The study's shops, found by id, SIRET, or normalised name and commune."""

    def __init__(self, businesses: Iterable[Business]) -> None:
        self.by_id: dict[str, Business] = {}
        self._siret: dict[str, str] = {}
        self._name: dict[tuple[str, str | None], str] = {}
        for business in businesses:
            self.add(business)

    def add(self, business: Business) -> None:
        self.by_id[business.id] = business
        if business.siret:
            self._siret.setdefault(business.siret, business.id)
        self._name.setdefault((shop_key(business.name), business.commune), business.id)

    def match(self, business: Business) -> Business | None:
        found = self._siret.get(business.siret) if business.siret else None
        found = found or self._name.get((shop_key(business.name), business.commune))
        return self.by_id.get(found) if found else None


def derived_id(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


def plan_submissions(found: SubmissionFile, study: Study, register: Register,
                     known: Mapping[str, tuple[str, str]],
                     progress: Callable[[float], None] | None = None) -> Plan:
    plan = Plan(found.name, [], found.repeats_dropped)
    seen: set[str] = set()
    expected_version = form_version(study)
    categories = {c.code for c in study.categories}
    territory = set(study.territory.communes)
    total = len(found.submissions)
    for number, submission in enumerate(found.submissions):
        item = _Converter(submission, study.id, expected_version, categories, territory,
                          register).run()
        if item.instance_id and item.instance_id in seen:
            item.refusals.append(_at(submission.answers, "instanceID", InvalidInput(
                "interop.instance_twice", id=rules.shown(item.instance_id, 60))))
        if item.instance_id:
            seen.add(item.instance_id)
        if item.refusals:
            item.status, item.interview, item.business = REFUSED, None, None
        else:
            assert item.instance_id is not None and item.interview is not None
            before = known.get(item.instance_id)
            if before is not None and before[0] != item.interview.id:
                item.interview = dataclasses.replace(item.interview, id=before[0])
            item.status = NEW if before is None else (
                UNCHANGED if before[1] == item.digest else UPDATED)
            if item.business is not None:
                register.add(item.business)
        plan.items.append(item)
        if progress is not None and number % 500 == 0:
            progress(number / max(total, 1))
    return plan


def digest(interview: Interview, business: Business | None) -> str:
    """What the submission says, as stored: a re-import compares it (ids included, as they
    derive from the instance id)."""
    i = interview
    content = [i.id, i.business_id, i.date, i.surveyor, i.consent, str(i.status),
               i.turnover_excl_vat, i.notes,
               [[x.id, x.category, x.amount, x.local_share, x.respend_share,
                 None if x.respend_source is None else str(x.respend_source)] for x in i.lines],
               None if business is None else [
                   business.id, business.name, business.siret, business.naf,
                   str(business.ownership), business.commune, business.address,
                   business.staff_fte]]
    text = json.dumps(content, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _at(answers: Answers, name: str, error: UserFacingError) -> Refusal:
    return Refusal(answers.sheet, answers.row, answers.column(name), error)


class _Converter:
    def __init__(self, submission: Submission, study_id: str, version: str,
                 categories: set[str], territory: set[str], register: Register) -> None:
        self.s = submission
        self.study_id, self.version = study_id, version
        self.categories, self.territory, self.register = categories, territory, register
        self.refusals: list[Refusal] = []

    def value(self, answers: Answers, name: str, read: Callable[[str | None], _T],
              default: _T) -> _T:
        try:
            return read(answers.get(name))
        except InvalidInput as error:
            self.refusals.append(_at(answers, name, error))
            return default

    def run(self) -> Planned:
        main = self.s.answers
        item = Planned(self.s.instance_id, main.row, REFUSED,
                       shop_name=main.get("shop_name") or "")
        if not self.s.instance_id:
            where = "instanceID" if "instanceID" in main.columns else "_uuid"
            self.refusals.append(_at(main, where, InvalidInput("interop.no_instance_id")))
            item.refusals = self.refusals
            return item
        if main.get("study_id") != self.study_id:
            self.refusals.append(_at(main, "study_id", InvalidInput(
                "interop.other_study", value=rules.shown(main.get("study_id") or "", 60))))
        elif main.get("form_version") != self.version:
            self.refusals.append(_at(main, "form_version", InvalidInput(
                "interop.other_version", value=rules.shown(main.get("form_version") or "", 30),
                expected=self.version)))
        if self.refusals:
            item.refusals = self.refusals
            return item
        interview_id = derived_id(self.s.instance_id, "interview")
        business, new_shop = self.shop(main)
        if business is not None:
            item.shop_name = business.name
        consent = self.value(main, "consent", _yes_no, False)
        lines = self.sections(main, interview_id) + self.lines(interview_id)
        interview = Interview(
            id=interview_id, business_id=business.id if business else "",
            date=self.value(main, "interview_date", _date, ""),
            surveyor=main.get("surveyor"), consent=consent,
            status=InterviewStatus.COMPLETE if self.value(main, "complete", _yes_no, False)
            else InterviewStatus.DRAFT,
            turnover_excl_vat=self.value(main, "turnover", _euros, None),
            notes=main.get("notes") or "", lines=lines)
        if not self.refusals and business is not None:
            try:
                interview = rules.check_interview(interview, self.categories)
            except InvalidInput as error:
                self.refusals.append(_at(main, _FIELD_COLUMNS.get(error.field or "", "complete"),
                                         error))
        item.refusals = self.refusals
        if not self.refusals:
            item.interview, item.business = interview, new_shop
            item.digest = digest(interview, new_shop)
        return item

    def shop(self, main: Answers) -> tuple[Business | None, Business | None]:
        """The interviewed shop, and the new shop to add (None: it is in the register)."""
        chosen = main.get("business")
        if chosen is None:
            self.refusals.append(_at(main, "business", InvalidInput("interop.shop_missing")))
            return None, None
        if chosen != NEW_SHOP:
            known = self.register.by_id.get(chosen)
            if known is None:
                self.refusals.append(_at(main, "business", InvalidInput(
                    "interop.shop_unknown", value=rules.shown(chosen, 60))))
            return known, None
        before = len(self.refusals)
        commune = self.value(main, "commune", rules.check_commune, None)
        if commune is not None and commune not in self.territory:
            self.refusals.append(_at(main, "commune", InvalidInput(
                "interop.commune_outside", commune=commune)))
        shop = Business(
            id=derived_id(self.s.instance_id or "", "business"),
            name=self.value(main, "shop_name", rules.business_name, ""),
            siret=self.value(main, "siret", rules.check_siret, None),
            naf=self.value(main, "naf", rules.check_naf, None),
            ownership=self.value(main, "ownership",
                                 lambda v: rules.choice(v, Ownership, "ownership"),
                                 Ownership.INDEPENDENT),
            commune=commune)
        if len(self.refusals) > before:
            return None, None
        same = self.register.match(shop)
        if same is not None and same.id != shop.id:
            return same, None
        return shop, shop

    def sections(self, main: Answers, interview_id: str) -> list[SpendLine]:
        lines = []
        for amount_field, category in SECTION_CATEGORIES.items():
            amount = self.value(main, amount_field, _euros, None)
            local = self.value(main, LOCAL_OF[amount_field], _percent, None)
            if main.get(amount_field) is None and main.get(LOCAL_OF[amount_field]) is None:
                continue
            lines.append(SpendLine(id=derived_id(interview_id, category), category=category,
                                   amount=amount, local_share=local))
        return lines

    def lines(self, interview_id: str) -> list[SpendLine]:
        lines = []
        for number, answers in enumerate(self.s.lines, start=1):
            category = answers.get("category") or ""
            if category not in self.categories or category in SECTION_CATEGORIES.values():
                self.refusals.append(_at(answers, "category", InvalidInput(
                    "line.category_unknown", category=rules.shown(category))))
            respend = self.value(answers, "respend_share", _percent, None)
            lines.append(SpendLine(
                id=derived_id(interview_id, "line", str(number)), category=category,
                amount=self.value(answers, "amount", _euros, None),
                local_share=self.value(answers, "local_share", _percent, None),
                respend_share=respend,
                respend_source=RespendSource.SURVEY if respend is not None else None))
        return lines


_FIELD_COLUMNS = {"consent": "consent", "turnover": "turnover", "lines": "complete",
                  "business": "business", "date": "interview_date"}


def _date(value: str | None) -> str:
    """ISO text, or the day number a spreadsheet stores a date as (days since 1899-12-30)."""
    text = (value or "").strip()
    if text.replace(".", "", 1).isdigit() and 1 <= float(text) < 200_000:
        text = (date(1899, 12, 30) + timedelta(days=int(float(text)))).isoformat()
    return rules.iso_date(text[:10] if "T" in text else text)


def _yes_no(value: str | None) -> bool:
    if value in (None, NO, "0", "false"):
        return False
    if value in (YES, "1", "true"):
        return True
    raise InvalidInput("value.unknown_choice", field="", value=rules.shown(value),
                       allowed=[YES, NO])


def _euros(value: str | None) -> int | None:
    return rules.euros_to_cents(value)


def _percent(value: str | None) -> float | None:
    """A share asked in percent, read exactly (57,5 → 0.575, as typed in the app)."""
    if value is None:
        return None
    try:
        number = Decimal(value.strip().replace(",", "."))
    except InvalidOperation:
        raise InvalidInput("value.share_not_number", field="",
                           value=rules.shown(value)) from None
    if not number.is_finite():
        raise InvalidInput("value.share_not_number", field="", value=rules.shown(value))
    return rules.share(float(number / 100))


def first_refusal(plan: Plan) -> InvalidInput | None:
    refusals = plan.refusals
    if not refusals:
        return None
    first = refusals[0].message()
    if len(refusals) == 1:
        return InvalidInput("interop.refused_one", error=first)
    return InvalidInput("interop.refused_many", error=first, others=len(refusals) - 1)


def rows_of(plan: Plan) -> list[dict[str, Any]]:
    """The preview as rows for a table: status, where, the shop, and why if refused."""
    return [{"status": item.status, "row": item.row, "instance_id": item.instance_id or "",
             "shop": item.shop_name,
             "reasons": [r.message() for r in item.refusals]} for item in plan.items]
