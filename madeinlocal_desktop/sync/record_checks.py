"""What a stored value may be, field by field, for records arriving in bundles and kits, and for a
value typed by a person resolving a conflict.

The rules are the domain's (domain/rules.py), the ones every form and import follows; this
module only says which rule each stored column obeys, in its stored form (cents, shares in
[0, 1], 0/1 flags, JSON text for the study's settings). A record that fails is *rejected*
(counted and reported with the reason), never written.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ..domain import InterviewStatus, Ownership, Recipient, RespendSource, consent, rules
from ..errors import InvalidInput

Check = Callable[[Any], InvalidInput | None]  # None when fine, else what is wrong

_MAX_TEXT = 100_000  # a name, an address or notes longer than this is not typed by a person


def _rule(rule: Callable[[Any], Any], *, required: bool = False) -> Check:
    """A domain rule as a check: its refusal is the reason."""
    def check(value: Any) -> InvalidInput | None:
        if value is None:
            return InvalidInput("record.missing") if required else None
        if isinstance(value, str) and len(value) > _MAX_TEXT:
            return InvalidInput("record.too_long", limit=_MAX_TEXT)
        try:
            rule(value)
        except InvalidInput as error:
            return error
        return None
    return check


def _canonical(rule: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Stored codes are kept in their one spelling (47.24Z, not 4724z): analyses compare them."""
    def check(value: Any) -> Any:
        written = rule(value)
        if written != value:
            raise InvalidInput("record.not_canonical", value=rules.shown(value),
                               canonical=rules.shown(written))
        return written
    return check


def _json(rule: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A column holding JSON text (the study's settings): decoded, then the domain's rule."""
    def check(value: Any) -> Any:
        if not isinstance(value, str):
            raise InvalidInput("record.json_invalid")
        try:
            decoded = json.loads(value, parse_constant=_no_constant)
        except (ValueError, RecursionError):
            raise InvalidInput("record.json_invalid") from None
        return rule(decoded)
    return check


def _no_constant(name: str) -> Any:
    raise ValueError(name)  # NaN and Infinity are not JSON


def _text(value: Any) -> Any:
    return rules.text(value, "text")


def _plain_number(rule: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Stored numbers are numbers: text that looks like one is not read here."""
    def check(value: Any) -> Any:
        if isinstance(value, str):
            raise InvalidInput("value.not_number", value=rules.shown(value))
        return rule(value)
    return check


def _flag(value: Any) -> Any:
    return rules.flag(value, "flag")


def _share(value: Any) -> Any:
    return rules.share(value)


def _enum(kind: Any) -> Callable[[Any], Any]:
    return lambda value: rules.choice(value, kind, "code")


_FLAG = _rule(_flag, required=True)
_SHARE = _rule(_plain_number(_share))
_CENTS = _rule(rules.cents)
_TEXT = _rule(_text)
_NOT_NULL_TEXT = _rule(_text, required=True)


def _category(value: Any) -> str:
    code = rules.name(value, "category")
    if code is None:
        raise InvalidInput("line.category_missing", field="category")
    return code


CHECKS: dict[str, dict[str, Check]] = {
    "study": {
        "name": _rule(rules.study_name, required=True),
        "fiscal_year": _rule(rules.fiscal_year, required=True),
        "territory_name": _TEXT,
        "communes": _rule(_json(rules.check_communes), required=True),
        "rules": _rule(_json(rules.local_rules_from_mapping), required=True),
        "respend_defaults": _rule(_json(rules.respend_defaults_from_mapping), required=True),
        "fictitious": _FLAG,
        "consent_wording": _rule(_json(consent.versions_from_list)),
    },
    "surveyors": {"name": _rule(rules.check_surveyor_name, required=True)},
    "businesses": {
        "name": _rule(rules.business_name, required=True),
        "siret": _rule(_canonical(rules.check_siret)),
        "naf": _rule(_canonical(rules.check_naf)),
        "ownership": _rule(_enum(Ownership), required=True),
        "commune": _rule(_canonical(rules.check_commune)),
        "address": _TEXT,
        "staff_fte": _rule(_plain_number(rules.staff_fte)),
        "erased": _rule(_flag),  # NULL: a bundle from a version before erasure
    },
    "interviews": {
        "business_id": _rule(_text, required=True),
        "date": _rule(_canonical(rules.iso_date), required=True),
        "surveyor": _TEXT, "consent": _FLAG,
        "status": _rule(_enum(InterviewStatus), required=True),
        "turnover_cents": _CENTS, "notes": _NOT_NULL_TEXT,
        "consent_version": _rule(consent.check_version),
    },
    "spend_lines": {
        "interview_id": _rule(_text, required=True),
        "position": _rule(rules.position, required=True),
        "category": _rule(_category, required=True),
        "amount_cents": _CENTS, "local_share": _SHARE, "respend_share": _SHARE,
        "respend_source": _rule(_enum(RespendSource)),
    },
    "respondents": {
        "group": _rule(_enum(Recipient), required=True),
        "local_share": _rule(_plain_number(_share), required=True),
        "interview_id": _TEXT, "label": _NOT_NULL_TEXT, "erased": _rule(_flag),
    },
}


def _scenario_spec(value: Any) -> Any:
    from ..analysis.scenario_impact import ScenarioSpec, check_shape

    if not isinstance(value, dict):
        raise InvalidInput("scenario.malformed", field="scenario")
    spec = ScenarioSpec.from_dict(value)
    check_shape(spec)
    return spec


CHECKS["saved_scenarios"] = {
    "name": _rule(rules.scenario_name, required=True),
    "spec": _rule(_json(_scenario_spec), required=True),
}


def _never_deleted(value: Any) -> InvalidInput | None:
    # A study is never deleted: a tombstone would leave a file that no longer opens.
    return None if value in (0, False) else InvalidInput("record.study_deleted")


def checker(table: str, name: str) -> Check:
    """The check of one field (looked up once per table when checking many rows)."""
    if name == "deleted":
        return _never_deleted if table == "study" else _FLAG
    return CHECKS.get(table, {}).get(name, _TEXT)


def problem(table: str, name: str, value: Any) -> InvalidInput | None:
    """What is wrong with a stored value, or None."""
    return checker(table, name)(value)


def check_value(table: str, name: str, value: Any) -> Any:
    """A stored value given for a field (InvalidInput naming the field when it is wrong)."""
    wrong = problem(table, name, value)
    if wrong is not None:
        raise InvalidInput("record.value_refused", field=name, name=name, error=wrong)
    return value


TIED_TABLES = frozenset({"interviews"})  # tables with rules that tie fields of one record


def row_problem(table: str, values: dict[str, Any]) -> InvalidInput | None:
    """What is wrong with a whole record whose fields each passed: the rules that tie fields of
    one record together (a complete interview has its consent and its turnover)."""
    if table != "interviews" or values.get("status") == InterviewStatus.DRAFT.value:
        return None
    found = [problem for problem in (
        None if values.get("consent") else InvalidInput("interview.needs_consent"),
        None if values.get("turnover_cents") is not None
        else InvalidInput("interview.needs_turnover")) if problem is not None]
    return InvalidInput("interview.incomplete", problems=found) if found else None


# -- values typed by a person (resolving a conflict with a value of their own) -----------------

def _parse_flag(text: str) -> int:
    lowered = text.strip().lower()
    if lowered in {"1", "yes", "oui", "true", "vrai"}:
        return 1
    if lowered in {"0", "no", "non", "false", "faux"}:
        return 0
    raise InvalidInput("value.not_yes_no", value=rules.shown(text))


def _parse_share(text: str) -> float | None:
    raw = text.strip().replace(",", ".").replace("\u202f", "").replace("\u00a0", "")
    if not raw:
        return None
    try:
        value = float(raw[:-1].strip()) / 100 if raw.endswith("%") else float(raw)
    except ValueError:
        raise InvalidInput("value.share_not_number", value=rules.shown(text)) from None
    return rules.share(value)


def _parse_number(text: str) -> float | None:
    raw = text.strip().replace(",", ".").replace("\u202f", "").replace("\u00a0", "")
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError:
        raise InvalidInput("value.not_number", value=rules.shown(text)) from None


def _parse_int(text: str) -> int | None:
    raw = text.strip()
    if not raw:
        return None
    if not raw.isdigit() or len(raw) > 18:
        raise InvalidInput("value.not_whole_number", value=rules.shown(text))
    return int(raw)


_PARSERS: dict[str, Callable[[str], Any]] = {
    "turnover_cents": lambda t: rules.euros_to_cents(t.strip() or None, "amount"),
    "amount_cents": lambda t: rules.euros_to_cents(t.strip() or None, "amount"),
    "local_share": _parse_share, "respend_share": _parse_share,
    "consent": _parse_flag, "fictitious": _parse_flag,
    "staff_fte": _parse_number, "position": _parse_int, "fiscal_year": _parse_int,
    "siret": lambda t: rules.check_siret(t or None), "naf": lambda t: rules.check_naf(t or None),
    "commune": lambda t: rules.check_commune(t or None),
}
_KEPT_EMPTY = {("interviews", "notes"), ("respondents", "label")}  # '' rather than NULL


def parse_typed_value(table: str, name: str, text: str) -> Any:
    """A value typed for a field (euros for amounts, 40 % or 0.4 for shares) as stored."""
    parser = _PARSERS.get(name)
    if parser is not None:
        value = parser(text)
    else:
        value = text if text != "" or (table, name) in _KEPT_EMPTY else None
    return check_value(table, name, value)
