"""Text cells that spreadsheets would run as formulas, made harmless (OWASP's CSV injection
advice): a cell starting with `=`, `+`, `-`, `@`, a tab or a line break gets a leading
apostrophe, which Excel and LibreOffice show as text."""

from __future__ import annotations

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text
