"""The user's language and the way numbers are written in it, for every front end.

French on a French system, English otherwise, unless the user chose (`--lang`, the app's
preferences). Pure Python: the CLI, the error catalogue, exports and the report use it; the GUI
sets it at start-up so core messages follow the interface.

French numbers follow CLDR (what Qt and LibreOffice write): a narrow no-break space between
thousands, a decimal comma, a narrow no-break space before `%` and a no-break space before `€`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

LANGUAGES = ("fr", "en")
GROUP_FR = "\u202f"  # narrow no-break space: 1 234,5
NBSP = "\u00a0"

_chosen: str | None = None


def system_language() -> str:
    """'fr' when the system speaks French, else 'en'."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return "fr" if value.lower().startswith("fr") else "en"
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
        return "fr" if lang_id & 0x3FF == 0x0C else "en"
    if sys.platform == "darwin":  # pragma: no cover - exercised on macOS only
        return _mac_language()
    return "en"


def _mac_language() -> str:
    import plistlib

    prefs = Path.home() / "Library" / "Preferences" / ".GlobalPreferences.plist"
    try:
        with prefs.open("rb") as handle:
            languages = plistlib.load(handle).get("AppleLanguages") or []
    except (OSError, ValueError, plistlib.InvalidFileException):
        return "en"
    return "fr" if languages and str(languages[0]).lower().startswith("fr") else "en"


def current() -> str:
    """The language messages and numbers are written in now."""
    return _chosen or system_language()


def chosen() -> str | None:
    """The language the user asked for (`--lang`, the app's preferences), None if none."""
    return _chosen


def set_language(lang: str | None) -> str:
    """Choose 'fr' or 'en' (None: follow the system again); returns the language in force."""
    global _chosen
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    _chosen = lang
    return current()


def format_number(value: float, spec: str = "", lang: str | None = None) -> str:
    """`format(value, spec)` written the language's way: `1.5` → `1,5`, `12,500` → `12 500`."""
    text = format(value, spec) if spec else _plain(value)
    if (lang or current()) != "fr":
        return text
    text = text.replace(",", "\x00").replace(".", ",").replace("\x00", GROUP_FR)
    return text[:-1] + GROUP_FR + "%" if text.endswith("%") else text


def _plain(value: float) -> str:
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}" if abs(value) >= 10_000 else str(int(value))
    return f"{value:,.6g}" if abs(value) >= 10_000 else f"{value:.6g}"


def format_euros(value: float, decimals: int = 0, lang: str | None = None) -> str:
    """`1234.5` → `1 235 €` (fr) or `€1,235` (en)."""
    number = format_number(value, f",.{decimals}f", lang)
    return f"{number}{NBSP}€" if (lang or current()) == "fr" else f"€{number}"


def format_percent(share: float, decimals: int = 1, lang: str | None = None) -> str:
    """A share in [0, 1] as a percentage: `0.325` → `32,5 %` (fr) or `32.5%` (en)."""
    return format_number(share, f".{decimals}%", lang)
