"""Text helpers for searching in the interface."""

from __future__ import annotations

import unicodedata


def search_key(text: str) -> str:
    """Lower case without accents: typing "levescault" finds "Savigny-Lévescault"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
