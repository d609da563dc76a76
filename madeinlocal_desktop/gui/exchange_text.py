"""Words of the exchange screens: the core's English messages, tables, fields and values.

The core words its refusals in English for the CLI and logs; the ones met while exchanging
files (a damaged bundle, a wrong passphrase, a kit from a newer version) are matched here and
said again with translate() (context "Exchange"). An unknown message goes through the usual
`messages.user_message`, and failing that is shown as the core wrote it rather than hidden.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from .. import catalogue
from ..errors import Cancelled, UserFacingError
from . import formatting, labels
from .messages import user_message
from .widgets.banner import Banner

translate = QCoreApplication.translate  # the name lupdate looks for


def _patterns() -> list[tuple[str, str]]:
    # Built on each call so a language switch is followed; the texts stay literal for lupdate.
    newer = translate(
        "Exchange", "{name} was made by a newer version of Made in Local. Install the latest "
        "version to use it; nothing was changed.")
    return [
        (r"^(?P<name>.+?) is damaged or incomplete", translate(
            "Exchange", "{name} is damaged or incomplete (was the copy interrupted?). Copy it "
            "again from the computer that made it; nothing was imported.")),
        (r"^(?P<name>.+?): (?P<member>\S+) is larger than its manifest says", translate(
            "Exchange", "{name}: {member} is larger than its manifest says; it was not "
            "imported.")),
        (r"^No bundle at (?P<path>.+)$", translate("Exchange", "No bundle at {path}")),
        (r"^(?P<name>.+?) holds a file whose path leaves its folder", translate(
            "Exchange", "{name} holds a file whose path leaves its folder. Made in Local never "
            "makes such files; it was not opened.")),
        (r"^(?P<name>.+?) holds the same file twice", translate(
            "Exchange", "{name} holds the same file twice; it was not imported.")),
        (r"^(?P<name>.+?) is not a Made in Local bundle", translate(
            "Exchange", "{name} is not a Made in Local bundle.")),
        (r"^This bundle was made for another study \((?P<other>.*)\), not for (?P<this>.+?): ",
         translate("Exchange", "This bundle was made for another study ({other}), not for "
                               "{this}: import it into that study's file. Nothing was changed.")),
        (r"^(?P<name>.+?) was made by a newer version of Made in Local", newer),
        (r"^(?P<name>.+?) uses the bundle format", newer),
        (r"^(?P<name>.+?) does not carry this study's signature", translate(
            "Exchange", "{name} does not carry this study's signature: it was altered after it "
            "was made, or made by a study file not created from this study's kit. It was not "
            "imported.")),
        (r"^(?P<name>.+?): its files do not match its manifest", translate(
            "Exchange", "{name}: its files do not match its manifest; it was not imported.")),
        (r"^(?P<name>.+?): (?P<member>\S+) was altered after the bundle was made", translate(
            "Exchange", "{name}: {member} was altered after the bundle was made (its SHA-256 "
            "does not match the manifest). It was not imported.")),
        (r"^(?P<name>.+?) is encrypted: give the passphrase", translate(
            "Exchange", "{name} is encrypted: type the passphrase it was made with, then "
            "preview again.")),
        (r"^Wrong passphrase for this encrypted bundle", translate(
            "Exchange", "Wrong passphrase for this encrypted bundle: ask the person who made "
            "it for the passphrase.")),
        (r"^This bundle's encryption settings are not readable", translate(
            "Exchange", "This bundle's encryption settings are not readable; it was not "
            "imported.")),
        (r"^(?P<name>.+?): unknown member", translate(
            "Exchange", "{name} holds an unknown file; it was not imported.")),
        (r"^(?P<name>.+?) was made on this computer by another copy", translate(
            "Exchange", "{name} was made on this computer by another copy of this study's "
            "file (or before this file was restored from a backup). Work in one copy of a "
            "study file, not two side by side; nothing was imported.")),
        (r"^The folder (?P<path>.+?) does not exist", translate(
            "Exchange", "The folder {path} does not exist (is the USB key plugged in?)")),
        (r"^The sync folder (?P<path>.+?) is not available", translate(
            "Exchange", "The sync folder {path} is not available (is the USB key plugged in, "
            "or the network drive connected?)")),
        (r"^Choose the folder to sync with first", translate(
            "Exchange", "Choose the folder to sync with first")),
        (r"^The passphrase is empty", translate("Exchange", "The passphrase is empty")),
        (r"^No kit at (?P<path>.+)$", translate("Exchange", "No study kit at {path}")),
        (r"^(?P<name>.+?) is not a (?:Made in Local )?study kit", translate(
            "Exchange", "{name} is not a Made in Local study kit.")),
        (r"^(?P<name>.+?) is damaged.*; ask the coordinator for the kit again", translate(
            "Exchange", "{name} is damaged; ask the coordinator for the kit again.")),
        (r"^The kit is damaged", translate(
            "Exchange", "The kit is damaged; ask the coordinator for the kit again.")),
        (r"^(?P<path>.+?) is a file: a CSV export needs a folder", translate(
            "Exchange", "{path} is a file: a CSV export needs a folder (one file per table).")),
        (r"^None of these values was made on this device", translate(
            "Exchange", "None of these values was made on this computer: choose one of them.")),
        (r"^'theirs' is ambiguous here", translate(
            "Exchange", "Several other computers changed this field: choose one of the "
            "values.")),
        (r"^No open conflict with id", translate(
            "Exchange", "This conflict was already resolved.")),
        (r"^'(?P<text>.*)' is not a share", translate(
            "Exchange", "{text} is not a share; write 40 %")),
        (r"^'(?P<text>.*)' is not (?:a number|a whole number|yes or no)", translate(
            "Exchange", "{text} is not a value this field accepts")),
        (r"^The (?P<what>\w+) '?(?P<text>.*?)'? is not an amount", translate(
            "Exchange", "{text} is not an amount in euros")),
        (r"^The value for .* is missing", translate("Exchange", "This field cannot be empty")),
        (r"^Choose two different shops to merge", translate(
            "Exchange", "Choose two different shops to merge")),
        (r"^One of these shops no longer exists", translate(
            "Exchange", "One of these shops no longer exists")),
    ]


def message(error: BaseException | str) -> str:
    """A core message in the interface's language."""
    if isinstance(error, UserFacingError) and error.code in catalogue.TEXTS:
        return str(error)  # a catalogue code: already in the interface's language
    text = error.message if isinstance(error, UserFacingError) else str(error)
    for pattern, template in _patterns():
        match = re.match(pattern, text)
        if match:
            return template.format(**match.groupdict())
    return user_message(error) if isinstance(error, UserFacingError) else text


def show_error(banner: Banner, error: BaseException) -> None:
    """The banner's usual way, with the exchange messages translated."""
    if isinstance(error, UserFacingError):
        banner.show_message(message(error))
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
    }
    if name in own:
        return own[name]
    return labels.history_field(name)


def value_text(name: str, value: Any) -> str:
    """A stored value as a person reads it: euros, percentages, yes/no, words for codes."""
    if value is None or value == "":
        return translate("Exchange", "(empty)")
    if name.endswith("_cents") and isinstance(value, int):
        return formatting.money(value, always_cents=True)
    if name.endswith("_share") and isinstance(value, int | float):
        return formatting.percent(float(value), 2)
    if name in ("consent", "fictitious", "deleted"):
        return translate("Exchange", "yes") if value else translate("Exchange", "no")
    if isinstance(value, int | float) and not isinstance(value, bool) and name != "fiscal_year":
        return formatting.number(value, 2)  # staff 2,5 in French, as the form writes it
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


def record_text(table: str, record: str, categories: dict[str, str] | None = None) -> str:
    """The core's description of a record, reworded. The kind of record is shown beside it,
    so "interview Boulangerie, 2026-03-02" becomes "Boulangerie, 02/03/2026" and a line
    "Loyer — Boulangerie, 02/03/2026" (`categories`: code → label in this language)."""
    def dated(what: str) -> str:
        shop, _, date = what.rpartition(", ")
        day = QDate.fromString(date, Qt.DateFormat.ISODate)
        return f"{shop}, {QLocale().toString(day, QLocale.FormatType.ShortFormat)}" \
            if shop and day.isValid() else what

    if table == "study" and (match := re.match(r"^the study '(?P<name>.*)'$", record)):
        return match["name"]
    if table == "interviews" and record.startswith("interview "):
        return dated(record.removeprefix("interview "))
    if table == "spend_lines" and (match := re.match(r"^line (\S+) of (.*)$", record)):
        label = (categories or {}).get(match[1], match[1])
        return f"{label} — {dated(match[2])}"
    if table == "respondents" and (match := re.match(r"^(\w+) respondent$", record)):
        return value_text("group", match[1])
    return record


def duplicate_reason(reason: str) -> str:
    return {
        "same SIRET": translate("Exchange", "Same SIRET"),
        "same name and commune": translate("Exchange", "Same name in the same commune"),
    }.get(reason, reason)
