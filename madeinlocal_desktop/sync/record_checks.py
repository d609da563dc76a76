"""What a stored value may be, field by field: checks records arriving in bundles and kits, and
reads a value typed by a person resolving a conflict.

Values are checked as they are stored (cents, shares in [0, 1], 0/1 flags), because bundles
carry stored rows. A record that fails is *rejected* (counted and reported), never written.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ..domain import (
    InterviewStatus,
    Ownership,
    RespendSource,
    check_commune,
    check_naf,
    check_share,
    check_siret,
    euros_to_cents,
)
from ..errors import InvalidInput

Check = Callable[[Any], str | None]  # None when fine, else what is wrong


def _text(required: bool) -> Check:
    def check(value: Any) -> str | None:
        if value is None:
            return "is missing" if required else None
        if not isinstance(value, str):
            return "should be text"
        if required and not value.strip():
            return "is empty"
        return None
    return check


def _number(*, integer: bool, required: bool = False, low: float | None = None,
            high: float | None = None) -> Check:
    def check(value: Any) -> str | None:
        if value is None:
            return "is missing" if required else None
        if isinstance(value, bool) or not isinstance(value, int | float) or (
                integer and not isinstance(value, int)):
            return "should be a whole number" if integer else "should be a number"
        if low is not None and value < low:
            return f"should be at least {low:g}"
        if high is not None and value > high:
            return f"should be at most {high:g}"
        return None
    return check


def _choice(allowed: set[str], required: bool = True) -> Check:
    def check(value: Any) -> str | None:
        if value is None:
            return "is missing" if required else None
        return None if value in allowed else f"should be one of {', '.join(sorted(allowed))}"
    return check


def _json(kind: type) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, str):
            return "should be JSON text"
        try:
            decoded = json.loads(value)
        except ValueError:
            return "is not valid JSON"
        return None if isinstance(decoded, kind) else f"should hold a JSON {kind.__name__}"
    return check


def _any_scalar(value: Any) -> str | None:
    ok = value is None or isinstance(value, str | int | float)
    return None if ok else "should be text or a number"


_FLAG = _choice({0, 1}, required=True)  # type: ignore[arg-type]
_SHARE = _number(integer=False, low=0, high=1)
_CENTS = _number(integer=True, low=0)

CHECKS: dict[str, dict[str, Check]] = {
    "study": {"name": _text(True), "fiscal_year": _number(integer=True, required=True,
                                                          low=1900, high=2200),
              "territory_name": _text(False), "communes": _json(list), "rules": _json(dict),
              "respend_defaults": _json(dict), "fictitious": _FLAG},
    "surveyors": {"name": _text(True)},
    "businesses": {"name": _text(True), "siret": _text(False), "naf": _text(False),
                   "ownership": _choice({o.value for o in Ownership}),
                   "commune": _text(False), "address": _text(False),
                   "staff_fte": _number(integer=False, low=0)},
    "interviews": {"business_id": _text(True), "date": _text(True), "surveyor": _text(False),
                   "consent": _FLAG, "status": _choice({s.value for s in InterviewStatus}),
                   "turnover_cents": _CENTS, "notes": _text(False)},
    "spend_lines": {"interview_id": _text(True),
                    "position": _number(integer=True, required=True, low=0),
                    "category": _text(True), "amount_cents": _CENTS, "local_share": _SHARE,
                    "respend_share": _SHARE,
                    "respend_source": _choice({s.value for s in RespendSource}, required=False)},
    "respondents": {"group": _text(True),
                    "local_share": _number(integer=False, required=True, low=0, high=1),
                    "interview_id": _text(False), "label": _text(False)},
}
_NOT_NULL_TEXT = {("interviews", "notes"), ("respondents", "label")}  # '' rather than NULL


def checker(table: str, name: str) -> Check:
    """The check of one field (looked up once per table when checking many rows)."""
    if name == "deleted":
        return _FLAG
    check = CHECKS.get(table, {}).get(name, _any_scalar)
    if (table, name) in _NOT_NULL_TEXT:
        return lambda value: "is missing" if value is None else check(value)
    return check


def problem(table: str, name: str, value: Any) -> str | None:
    """What is wrong with a stored value, or None."""
    return checker(table, name)(value)


# -- values typed by a person (resolving a conflict with a value of their own) -----------------

def _parse_flag(text: str) -> int:
    lowered = text.strip().lower()
    if lowered in {"1", "yes", "oui", "true", "vrai"}:
        return 1
    if lowered in {"0", "no", "non", "false", "faux"}:
        return 0
    raise InvalidInput(f"{text!r} is not yes or no")


def _parse_share(text: str) -> float | None:
    raw = text.strip().replace(",", ".")
    if not raw:
        return None
    try:
        value = float(raw[:-1]) / 100 if raw.endswith("%") else float(raw)
    except ValueError:
        raise InvalidInput(f"{text!r} is not a share; write 40% or 0.4") from None
    return check_share(value)


def _parse_number(text: str) -> float | None:
    raw = text.strip().replace(",", ".")
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError:
        raise InvalidInput(f"{text!r} is not a number") from None


def _parse_int(text: str) -> int | None:
    raw = text.strip()
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        raise InvalidInput(f"{text!r} is not a whole number") from None


_PARSERS: dict[str, Callable[[str], Any]] = {
    "turnover_cents": lambda t: euros_to_cents(t.strip() or None, "amount"),
    "amount_cents": lambda t: euros_to_cents(t.strip() or None, "amount"),
    "local_share": _parse_share, "respend_share": _parse_share,
    "consent": _parse_flag, "fictitious": _parse_flag,
    "staff_fte": _parse_number, "position": _parse_int, "fiscal_year": _parse_int,
    "siret": lambda t: check_siret(t or None), "naf": lambda t: check_naf(t or None),
    "commune": lambda t: check_commune(t or None),
}


def parse_typed_value(table: str, name: str, text: str) -> Any:
    """A value typed for a field (euros for amounts, 40% or 0.4 for shares) as stored."""
    parser = _PARSERS.get(name)
    if parser is not None:
        value = parser(text)
    else:
        value = text if text != "" or (table, name) in _NOT_NULL_TEXT else None
    wrong = problem(table, name, value)
    if wrong:
        raise InvalidInput(f"The value for {name.replace('_', ' ')} {wrong}", field=name)
    return value
