"""What makes each noun of a study valid, written once.

The facade (forms, CLI, scripts), the interchange import, every record arriving in a bundle or
a kit and the interview form all ask these functions, so a value refused in one place is
refused everywhere, and nothing a merge brings can make a study that does not open.

Values are checked as the domain holds them: money in integer cents, shares in [0, 1], dates as
ISO text, codes as their enum's value. Every refusal is an `InvalidInput` with a catalogue code
(`catalogue/domain.py`) and the field it is about.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from ..errors import InvalidInput
from . import (
    Business,
    Category,
    Cents,
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
)

# Beyond these a value is a typing or a file error, not a shop: a thousand billion euros, a
# million staff. They also keep every amount exact in a float and inside SQLite's integers.
MAX_CENTS: Cents = 100_000_000_000_000
MAX_STAFF = 1_000_000.0
FIRST_YEAR, LAST_YEAR = 1900, 2200
MAX_POSITION = 1_000_000  # a spending line's place in its interview
BOUNDARIES = ("communes", "epci", "departement", "radius")

_NAF_RE = re.compile(r"^\d{2}\.\d{2}[A-Z]$")
_INSEE_RE = re.compile(r"^(\d{5}|2[AB]\d{3})$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SURROGATE = re.compile("[\ud800-\udfff]")
_E = TypeVar("_E", bound=StrEnum)


# -- how a value is named in a message ---------------------------------------------------------

def shown(value: Any, limit: int = 40) -> str:
    """A value as a message may quote it: short, and printable whatever it holds (a lone
    surrogate or a number of 5,000 digits must not break the message that names it)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 100:
        digits = int(value.bit_length() * math.log10(2)) + 1
        return f"{'-' if value < 0 else ''}≈10^{digits - 1}"
    text = value if isinstance(value, str) else repr(value)
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= limit else text[:limit - 1] + "…"


# -- single values -----------------------------------------------------------------------------

def has_bad_characters(text: str) -> bool:
    """A lone UTF-16 surrogate cannot be written to the study file (nor to most terminals)."""
    return _SURROGATE.search(text) is not None


def text(value: Any, field: str) -> str | None:
    """Optional text as it is kept (None stays None)."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidInput("value.not_text", field=field, value=shown(value))
    if has_bad_characters(value):
        raise InvalidInput("value.bad_characters", field=field, value=shown(value))
    return value


def name(value: Any, field: str) -> str | None:
    """A name as it is kept: stripped; None when missing or only spaces (each noun says what it
    lacks: the business needs a name...)."""
    checked = text(value, field)
    return (checked.strip() or None) if checked is not None else None


def business_name(value: Any) -> str:
    named = name(value, "name")
    if named is None:
        raise InvalidInput("business.name_missing", field="name")
    return named


def study_name(value: Any) -> str:
    named = name(value, "name")
    if named is None:
        raise InvalidInput("study.name_missing", field="name")
    return named


SCENARIO_NAME_MAX = 80  # a scenario's name is a short title shown in menus and tables


def scenario_name(value: Any) -> str:
    """A saved scenario's name: non-blank, one line, short; inner spaces collapsed."""
    named = name(value, "name")
    if named is None:
        raise InvalidInput("scenario.name_missing", field="name")
    named = " ".join(named.split())
    if len(named) > SCENARIO_NAME_MAX:
        raise InvalidInput("scenario.name_too_long", field="name", limit=SCENARIO_NAME_MAX)
    return named


def check_surveyor_name(value: Any) -> str:
    named = name(value, "name")
    if named is None:
        raise InvalidInput("surveyor.name_missing", field="name")
    return named


def flag(value: Any, field: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise InvalidInput("value.not_yes_no", field=field, value=shown(value))


def choice(value: Any, kind: type[_E], field: str) -> _E:
    """One of an enumeration's values (its code as text, or the member itself)."""
    try:
        return kind(value)
    except (ValueError, TypeError):
        raise InvalidInput("value.unknown_choice", field=field, value=shown(value),
                     allowed=[member.value for member in kind]) from None


def _finite(value: Any, field: str, *, is_share: bool = False) -> float:
    """A number that is not NaN; an integer too large for a float counts as infinite (and so
    fails any range)."""
    number = math.nan
    if not isinstance(value, bool) and isinstance(value, int | float):
        try:
            number = float(value)
        except OverflowError:  # an integer of hundreds of digits
            return math.inf if value > 0 else -math.inf
    if math.isnan(number):
        if is_share:
            raise InvalidInput("value.share_not_number", field=field, value=shown(value))
        raise InvalidInput("value.not_number", field=field, value=shown(value))
    return number


def cents(value: Any, field: str = "amount") -> Cents | None:
    """An amount as kept: whole cents, from 0 to MAX_CENTS (None: not answered)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput("value.amount_not_cents", field=field, value=shown(value))
    if value < 0:
        raise InvalidInput("value.amount_negative", field=field, value=shown(value))
    if value > MAX_CENTS:
        raise InvalidInput("value.amount_too_large", field=field, limit=MAX_CENTS // 100)
    return value


def euros_to_cents(value: object, what: str = "amount") -> Cents | None:
    """An amount typed or written in euros (12500, 12 500,50, "12500.5") as exact cents.

    Refused rather than rounded: a third decimal, text that is not a number, infinities, a
    negative amount, more than MAX_CENTS. None stays None.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise InvalidInput("value.amount_not_number", field=what, value=shown(value))
    if isinstance(value, float) and not math.isfinite(value):
        raise InvalidInput("value.amount_not_number", field=what, value=shown(value))
    if isinstance(value, int) and value.bit_length() > 64:
        raise InvalidInput("value.amount_too_large", field=what, limit=MAX_CENTS // 100)
    raw = str(value).strip()
    if len(raw) > 40:
        raise InvalidInput("value.amount_not_number", field=what, value=shown(value))
    raw = raw.replace(" ", "").replace("\u202f", "").replace("\u00a0", "").replace(",", ".")
    try:
        euros = Decimal(raw)
    except InvalidOperation:
        raise InvalidInput("value.amount_not_number", field=what, value=shown(value)) from None
    if not euros.is_finite():
        raise InvalidInput("value.amount_not_number", field=what, value=shown(value))
    if euros < 0:
        raise InvalidInput("value.amount_negative", field=what, value=shown(value))
    if euros > Decimal(MAX_CENTS) / 100:
        raise InvalidInput("value.amount_too_large", field=what, limit=MAX_CENTS // 100)
    hundredths = euros * 100
    if hundredths != hundredths.to_integral_value():
        raise InvalidInput("value.amount_decimals", field=what, value=shown(value))
    return int(hundredths)


def cents_to_euros(amount: Cents | None) -> float | None:
    return None if amount is None else amount / 100


def share(value: Any, what: str = "share") -> float | None:
    """A share in [0, 1] (None: not answered). Numbers written as text are read."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", "."))
        except ValueError:
            raise InvalidInput("value.share_not_number", field=what, value=shown(value)) from None
    number = _finite(value, what, is_share=True)
    if not 0.0 <= number <= 1.0:
        raise InvalidInput("value.share_range", field=what, percent=round(number * 100, 6))
    return number


def iso_date(value: Any, field: str = "date") -> str:
    """A calendar date written YYYY-MM-DD, in the years a study can be about."""
    if not isinstance(value, str) or not _DATE_RE.match(value.strip()):
        raise InvalidInput("value.date_invalid", field=field, value=shown(value))
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput("value.date_invalid", field=field, value=shown(value)) from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InvalidInput("value.date_invalid", field=field, value=shown(value))
    return day.isoformat()


def fiscal_year(value: Any, field: str = "fiscal_year") -> int:
    if isinstance(value, bool) or not isinstance(value, int) \
            or not FIRST_YEAR <= value <= LAST_YEAR:
        raise InvalidInput("study.fiscal_year", field=field)
    return value


def staff_fte(value: Any, field: str = "staff_fte") -> float | None:
    if value is None:
        return None
    number = _finite(value, field)
    if number < 0:
        raise InvalidInput("business.staff_negative", field=field)
    if number > MAX_STAFF:
        raise InvalidInput("business.staff_too_large", field=field, limit=int(MAX_STAFF))
    return number


def position(value: Any, field: str = "position") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_POSITION:
        raise InvalidInput("value.position", field=field, value=shown(value))
    return value


# -- codes of the registers: SIRET, NAF, INSEE ---------------------------------------------------

def siret_is_valid(siret: str) -> bool:
    """SIRET: 14 digits with a Luhn key (La Poste sites, SIREN 356000000, use a digit sum)."""
    if not (len(siret) == 14 and siret.isdigit()):
        return False
    if siret.startswith("356000000"):
        return sum(int(d) for d in siret) % 5 == 0
    total = 0
    for place, char in enumerate(reversed(siret)):
        digit = int(char)
        if place % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def normalise_siret(value: str | None) -> str | None:
    if value is None:
        return None
    digits = re.sub(r"[\s.]", "", str(value))
    return digits or None


def check_siret(value: Any, field: str = "siret") -> str | None:
    if value is not None:
        text(value, field)
    siret = normalise_siret(value)
    if siret is not None and not siret_is_valid(siret):
        raise InvalidInput("business.siret_invalid", field=field, value=shown(value))
    return siret


def check_naf(value: Any, field: str = "naf") -> str | None:
    if value in (None, ""):
        return None
    code = (text(value, field) or "").strip().upper()
    if len(code) == 5 and code[:4].isdigit():  # "4724Z" typed without the dot
        code = f"{code[:2]}.{code[2:]}"
    if not _NAF_RE.match(code):
        raise InvalidInput("business.naf_invalid", field=field, value=shown(value))
    return code


def check_commune(value: Any, field: str = "commune") -> str | None:
    if value in (None, ""):
        return None
    code = (text(value, field) or "").strip().upper()
    if not _INSEE_RE.match(code):
        raise InvalidInput("value.commune_invalid", field=field, value=shown(value))
    return code


def check_share(value: Any, what: str = "share") -> float | None:
    """A share in [0, 1] or None (the name older callers know)."""
    return share(value, what)


# -- one record at a time -----------------------------------------------------------------------

def at(where: str, error: InvalidInput) -> InvalidInput:
    """The same refusal, said with the place it was found: `interviews[3].lines[0]` and a
    refused `local_share` give `interviews[3].lines[0].local_share: …`."""
    place = f"{where}.{error.field}" if error.field else where
    place = place.encode("utf-8", "backslashreplace").decode("utf-8")  # a key from the file
    return InvalidInput("value.at", field=place, where=place, error=error)


def check_business(business: Business) -> Business:
    """A shop as it may be kept, normalised (name stripped, SIRET without spaces...)."""
    return dataclasses.replace(
        business,
        name=business_name(business.name),
        ownership=choice(business.ownership, Ownership, "ownership"),
        siret=check_siret(business.siret), naf=check_naf(business.naf),
        commune=check_commune(business.commune), address=text(business.address, "address"),
        staff_fte=staff_fte(business.staff_fte))


def check_line(line: SpendLine, categories: Collection[str]) -> SpendLine:
    category = text(line.category, "category")
    if not category or category not in categories:
        raise InvalidInput("line.category_unknown", field="category",
                           category=shown(category or ""))
    source = line.respend_source
    return dataclasses.replace(
        line, amount=cents(line.amount, "amount"),
        local_share=share(line.local_share, "local_share"),
        respend_share=share(line.respend_share, "respend_share"),
        respend_source=None if source is None else choice(source, RespendSource,
                                                          "respend_source"))


def completeness_problems(interview: Interview, *, spending: bool = True) -> list[InvalidInput]:
    """What stops an interview from being complete (a draft may lack all of it).

    A complete interview always has its shop, the owner's consent and the turnover: those hold
    in every file, whatever path its records took. Spending is asked for when a person marks
    the interview complete (`spending`): lines are records of their own, and a bundle may bring
    the deletion of a line after the interview was completed elsewhere."""
    found = []
    if not interview.business_id:
        found.append(InvalidInput("interview.needs_business", field="business"))
    if not interview.consent:
        found.append(InvalidInput("interview.needs_consent", field="consent"))
    if interview.turnover_excl_vat is None:
        found.append(InvalidInput("interview.needs_turnover", field="turnover"))
    if spending and not any(line.amount is not None for line in interview.lines):
        found.append(InvalidInput("interview.needs_spending", field="lines"))
    return found


def check_interview(interview: Interview, categories: Collection[str], *,
                    marking: bool = True) -> Interview:
    """An interview as it may be kept: a draft may be incomplete, never invalid; a complete or
    validated one has what `completeness_problems` asks (`marking`: a person is marking it
    complete now, so its spending is asked for too)."""
    if not interview.business_id:
        raise InvalidInput("interview.needs_business", field="business")
    lines = []
    for number, line in enumerate(interview.lines, start=1):
        try:
            lines.append(check_line(line, categories))
        except InvalidInput as error:
            raise InvalidInput("line.at", field=f"lines[{number - 1}].{error.field}",
                               line=number, error=error) from None
    checked = dataclasses.replace(
        interview, business_id=text(interview.business_id, "business") or "",
        date=iso_date(interview.date), surveyor=text(interview.surveyor, "surveyor"),
        consent=flag(interview.consent, "consent"),
        status=choice(interview.status, InterviewStatus, "status"),
        turnover_excl_vat=cents(interview.turnover_excl_vat, "turnover"),
        notes=text(interview.notes, "notes") or "", lines=lines)
    if checked.status != InterviewStatus.DRAFT:
        problems = completeness_problems(checked, spending=marking)
        if problems:
            raise InvalidInput("interview.incomplete", field=problems[0].field,
                               problems=problems)
    return checked


def check_respondent(respondent: Respondent) -> Respondent:
    local = share(respondent.local_share, "local_share")
    if local is None:
        raise InvalidInput("respondent.share_missing", field="local_share")
    return dataclasses.replace(
        respondent, group=choice(respondent.group, Recipient, "group"), local_share=local,
        interview_id=text(respondent.interview_id, "interview_id"),
        label=text(respondent.label, "label") or "")


# -- the study and its settings -----------------------------------------------------------------

def _rule_text(value: Any, field: str) -> str:
    checked = text(value, field)
    if checked is None:
        raise InvalidInput("value.not_text", field=field, value=shown(value))
    return checked


def _radius(value: Any, field: str) -> float | None:
    if value is None:
        return None
    number = _finite(value, field)
    if not 0 <= number <= 20_000:
        raise InvalidInput("study.radius_range", field=field)
    return number


def _boundary(value: Any, field: str) -> str:
    if value not in BOUNDARIES:
        raise InvalidInput("value.unknown_choice", field=field, value=shown(value),
                           allowed=list(BOUNDARIES))
    return str(value)


_RULES: dict[str, Callable[[Any, str], Any]] = {
    "boundary": _boundary, "radius_km": _radius,
    "supplier_test": _rule_text, "staff_test": _rule_text,
    "local_branch_counts_as_local": flag, "vat_excluded": flag,
}


def local_rules_from_mapping(data: Any, field: str = "rules") -> LocalRules:
    """What counts as local, from its JSON object. A key this version does not know (written by
    a newer one) is kept, so that saving here does not lose it, and otherwise ignored."""
    if not isinstance(data, Mapping):
        raise InvalidInput("study.rules_shape", field=field)
    known = {key: check(data[key], f"{field}.{key}") for key, check in _RULES.items()
             if key in data}
    extra = {str(key): value for key, value in data.items() if key not in _RULES}
    for key, value in extra.items():
        if not plain_json({key: value}):
            raise InvalidInput("study.rule_unreadable", field=f"{field}.{key}", key=shown(key))
    return LocalRules(**known, extra=extra)


def plain_json(value: Any) -> bool:
    """Can this be written back as it came (JSON, UTF-8)? What a newer version wrote is kept
    only if so."""
    try:
        json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except (TypeError, ValueError, RecursionError, UnicodeEncodeError):
        return False
    return True


def local_rules_to_mapping(rules: LocalRules) -> dict[str, Any]:
    if not isinstance(rules, LocalRules):
        raise InvalidInput("study.rules_shape", field="rules")
    data = {f.name: getattr(rules, f.name) for f in dataclasses.fields(rules) if f.name != "extra"}
    return {**dict(rules.extra), **data}


def respend_defaults_from_mapping(data: Any,
                                  field: str = "respend_defaults") -> dict[str, RespendDefault]:
    """{recipient group: {"share": 0.4, "justification": "..."}} (other keys are ignored)."""
    if not isinstance(data, Mapping):
        raise InvalidInput("study.defaults_shape", field=field)
    result = {}
    for group, entry in data.items():
        where = f"{field}.{group}"
        choice(group, Recipient, where)
        if not isinstance(entry, Mapping):
            raise InvalidInput("study.defaults_shape", field=where)
        value = share(entry.get("share"), f"{where}.share")
        if value is None:
            raise InvalidInput("study.default_share_missing", field=f"{where}.share",
                               group=shown(group))
        reason = text(entry.get("justification", ""), f"{where}.justification") or ""
        result[str(group)] = RespendDefault(value, reason)
    return result


def respend_defaults_to_mapping(defaults: Mapping[str, RespendDefault]) -> dict[str, Any]:
    if not isinstance(defaults, Mapping) or not all(
            isinstance(d, RespendDefault) for d in defaults.values()):
        raise InvalidInput("study.defaults_shape", field="respend_defaults")
    return {group: {"share": d.share, "justification": d.justification}
            for group, d in defaults.items()}


def check_category(category: Category) -> Category:
    code = name(category.code, "code")
    if code is None:
        raise InvalidInput("study.category_code_missing", field="code")
    label_fr = text(category.label_fr, "label_fr") or code
    return Category(code, label_fr, text(category.label_en, "label_en") or label_fr,
                    choice(category.recipient, Recipient, "recipient"),
                    choice(category.r2_rule, R2Rule, "r2_rule"))


def check_categories(categories: Iterable[Category]) -> list[Category]:
    result: list[Category] = []
    for number, category in enumerate(categories):
        try:
            if not isinstance(category, Category):
                raise InvalidInput("study.category_shape", field="")
            checked = check_category(category)
        except InvalidInput as error:
            raise at(f"categories[{number}]", error) from None
        if any(c.code == checked.code for c in result):
            raise InvalidInput("study.category_twice", field=f"categories[{number}].code",
                         code=shown(checked.code))
        result.append(checked)
    if not result:
        raise InvalidInput("study.no_categories", field="categories")
    return result


def check_communes(codes: Any, field: str = "communes") -> list[str]:
    if not isinstance(codes, list):
        raise InvalidInput("study.communes_shape", field=field)
    checked = []
    for number, code in enumerate(codes):
        commune = check_commune(code, f"{field}[{number}]")
        if commune:
            checked.append(commune)
    return checked


def check_study(study: Study) -> Study:
    """A study as it may be kept: it opens, analyses and exports."""
    return dataclasses.replace(
        study, name=study_name(study.name),
        fiscal_year=fiscal_year(study.fiscal_year),
        territory=dataclasses.replace(
            study.territory, name=text(study.territory.name, "territory.name") or "",
            communes=check_communes(study.territory.communes, "territory.communes")),
        rules=local_rules_from_mapping(local_rules_to_mapping(study.rules)),
        categories=check_categories(study.categories),
        respend_defaults=respend_defaults_from_mapping(
            respend_defaults_to_mapping(study.respend_defaults)),
        fictitious=flag(study.fictitious, "fictitious"))


# --- Round 3: where a blank re-spend share comes from (methods.md §1) -----------------------------

ROUND3_ORDER: tuple[RespendSource, ...] = (
    RespendSource.SURVEY_MEAN, RespendSource.IO_PROXY, RespendSource.DEFAULT)
"""The order in which a recipient group's Round-3 share is looked for: the mean of its surveyed
respondents, then the input-output model's estimate, then the coordinator's default."""


def round3_share(group: str, *, survey_mean: Mapping[str, float],
                 io_proxy: Mapping[str, float],
                 defaults: Mapping[str, float]) -> tuple[float, RespendSource] | None:
    """The Round-3 share of `group` and where it comes from, in ROUND3_ORDER; None when the
    study has none of the three (the engine then assumes its neutral default). The engine
    (analysis/respend.py) and the dashboard's scenario both ask this function."""
    for source, table in zip(ROUND3_ORDER, (survey_mean, io_proxy, defaults), strict=True):
        if group in table:
            return float(table[group]), source
    return None
