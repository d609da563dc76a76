"""Words of the exchange screens: tables, fields and values, and the core's messages.

The core's refusals (a damaged bundle, a wrong passphrase, a kit from a newer version) carry a
catalogue code and are shown in the interface's language as they are (`str(error)`); the words
here are the screens' own, with translate() (context "Exchange").
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from ..errors import Cancelled, UserFacingError
from . import formatting
from .widgets.banner import Banner

translate = QCoreApplication.translate  # the name lupdate looks for


def message(error: BaseException | str) -> str:
    """A core message as the interface shows it: its text in the interface's language."""
    return str(error)


def show_error(banner: Banner, error: BaseException) -> None:
    """The banner's usual way: a user-facing error as its text, nothing for cancelled work."""
    if isinstance(error, UserFacingError):
        banner.show_message(str(error))
    elif not isinstance(error, Cancelled):
        banner.show_error(error)


# -- tables, fields and values ---------------------------------------------------------------


def table_name(table: str) -> str:
    return {
        "study": translate("Exchange", "Study"),
        "surveyors": translate("Exchange", "Surveyor"),
        "businesses": translate("Exchange", "Shop"),
        "interviews": translate("Exchange", "Interview"),
        "spend_lines": translate("Exchange", "Spending line"),
        "respondents": translate("Exchange", "Round-3 answer"),
        "categories": translate("Exchange", "Category"),
    }.get(table, table)


def table_title(table: str) -> str:
    """A table's records counted in a list: "shops 3, interviews 2"."""
    return {
        "study": translate("Exchange", "study"),
        "surveyors": translate("Exchange", "surveyors"),
        "businesses": translate("Exchange", "shops"),
        "interviews": translate("Exchange", "interviews"),
        "spend_lines": translate("Exchange", "spending lines"),
        "respondents": translate("Exchange", "round-3 answers"),
    }.get(table, table)


def field_name(table: str, name: str) -> str:
    own = {
        "name": translate("Exchange", "Name"),
        "siret": "SIRET",
        "naf": translate("Exchange", "NAF code"),
        "ownership": translate("Exchange", "Ownership"),
        "commune": translate("Exchange", "Commune"),
        "address": translate("Exchange", "Address"),
        "staff_fte": translate("Exchange", "Staff (FTE)"),
        "group": translate("Exchange", "Group"),
        "label": translate("Exchange", "Who answered"),
        "fiscal_year": translate("Exchange", "Fiscal year"),
        "territory_name": translate("Exchange", "Territory"),
        "communes": translate("Exchange", "Communes"),
        "rules": translate("Exchange", "What counts as local"),
        "respend_defaults": translate("Exchange", "Default re-spend shares"),
        "fictitious": translate("Exchange", "Fictitious data"),
        "consent_wording": translate("Exchange", "Consent wording"),
    }
    if name in own:
        return own[name]
    from . import labels  # the domain's codes: not imported before the first window

    return labels.history_field(name)


def _latest_wording(value: Any) -> str:
    try:
        latest = json.loads(value)[-1]
        french = QLocale().language() == QLocale.Language.French
        text = " ".join(str(latest["fr" if french else "en"]).split())
        return translate("Exchange", "version {version}: {text}").format(
            version=int(latest["version"]), text=text if len(text) <= 80 else text[:79] + "…")
    except (TypeError, ValueError, KeyError, IndexError):
        return str(value)


def value_text(name: str, value: Any) -> str:
    """A stored value as a person reads it: euros, percentages, yes/no, words for codes."""
    if value is None or value == "":
        return translate("Exchange", "(empty)")
    if name.endswith("_cents") and isinstance(value, int):
        return formatting.money(value, always_cents=True)
    if name.endswith("_share") and isinstance(value, int | float):
        return formatting.percent(float(value), 2)
    if name == "consent_wording":  # the versions as JSON: the latest one says enough
        return _latest_wording(value)
    if name in ("consent", "fictitious", "deleted"):
        return translate("Exchange", "yes") if value else translate("Exchange", "no")
    if isinstance(value, int | float) and not isinstance(value, bool) and name != "fiscal_year":
        return formatting.number(value, 2)  # staff 2,5 in French, as the form writes it
    from . import labels

    try:
        if name == "status":
            return labels.status(value)
        if name == "ownership":
            return labels.ownership(value)
        if name == "group":
            return labels.recipient_group(value)
        if name == "respend_source":
            return labels.respend_source(value)
    except ValueError:  # a code from a newer version: shown as it is
        pass
    return str(value)


def record_text(code: str, params: Mapping[str, Any], worded: str,
                categories: dict[str, str] | None = None) -> str:
    """What a record is (`Conflict.record_code` and `record_params`), worded for the GUI. The
    kind of record is shown beside it, so an interview reads "Boulangerie, 02/03/2026" and a line
    "Loyer — Boulangerie, 02/03/2026" (`categories`: code → label in this language); `worded`
    is the core's text, shown for a code this version does not know."""
    def dated() -> str:
        day = QDate.fromString(str(params.get("date", "")), Qt.DateFormat.ISODate)
        shown = QLocale().toString(day, QLocale.FormatType.ShortFormat) if day.isValid() \
            else str(params.get("date", "?"))
        return f"{params.get('shop', '?')}, {shown}"

    if code in ("conflict.record_study", "conflict.record_named"):
        return str(params.get("name", ""))
    if code == "conflict.record_interview":
        return dated()
    if code == "conflict.record_line":
        category = str(params.get("category", ""))
        return f"{(categories or {}).get(category, category)} — {dated()}"
    if code == "conflict.record_respondent":
        return value_text("group", params.get("group"))
    return worded


def duplicate_reason(reason: str) -> str:
    return {
        "same SIRET": translate("Exchange", "Same SIRET"),
        "same name and commune": translate("Exchange", "Same name in the same commune"),
    }.get(reason, reason)
