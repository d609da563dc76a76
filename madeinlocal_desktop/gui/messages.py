"""The core's error messages (English, for the CLI and logs) in the interface's language.

The GUI validates most input itself and words those messages with tr(); errors that still come
from the core (a file that cannot be opened, a rule checked only there) are matched here. An
unknown message is shown as the core wrote it rather than hidden.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from .. import catalogue
from ..errors import UserFacingError

translate = QCoreApplication.translate  # the name lupdate looks for


def _patterns() -> list[tuple[str, str]]:
    # Built on each call so the current language is used after a switch in preferences.
    return [
        (r"^No study file at (?P<path>.+)$",
         translate("Messages", "No study file at {path}")),
        (r"^(?P<name>.+) is not a Made in Local study file$",
         translate("Messages", "{name} is not a Made in Local study file")),
        (r"^(?P<name>.+) is not a readable study file \((?P<reason>.*)\)$",
         translate("Messages", "{name} cannot be read as a study file ({reason})")),
        (r"^(?P<name>.+) was written by a newer version of Made in Local",
         translate("Messages", "{name} was written by a newer version of Made in Local. "
                               "Install the latest version to open it; the file was not "
                               "changed.")),
        (r"^(?P<name>.+) already exists: choose another file name$",
         translate("Messages", "{name} already exists: choose another file name")),
        (r"^The folder (?P<path>.+) does not exist$",
         translate("Messages", "The folder {path} does not exist")),
        (r"^(?P<path>.+) is a folder, not a study file$",
         translate("Messages", "{path} is a folder, not a study file")),
        (r"^This file is for the study (?P<other>.+), not (?P<this>.+): ",
         translate("Messages", "This file belongs to the study {other}, not {this}: import "
                               "it into its own study file")),
    ]


def _by_field() -> dict[str, str]:
    return {
        "siret": translate("Messages", "This SIRET is not valid: it needs 14 digits and a "
                                       "correct check key"),
        "naf": translate("Messages", "The NAF code should look like 47.24Z"),
        "commune": translate("Messages", "The commune should be a 5-character INSEE code "
                                         "such as 86194"),
        "staff_fte": translate("Messages", "Staff (full-time equivalents) cannot be negative"),
        "fiscal_year": translate("Messages", "The fiscal year should be a year such as 2025"),
        "turnover": translate("Messages", "The turnover cannot be negative"),
        "business": translate("Messages", "Choose the business this interview is about"),
    }


def user_message(error: UserFacingError) -> str:
    if error.code in catalogue.TEXTS:
        return str(error)  # a catalogue code: already in the interface's language
    text = error.message
    for pattern, template in _patterns():
        match = re.match(pattern, text)
        if match:
            return template.format(**match.groupdict())
    by_field = _by_field()
    return by_field.get(error.field or "", text)
