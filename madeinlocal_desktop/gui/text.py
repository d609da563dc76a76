"""Text helpers for searching in the interface."""

from __future__ import annotations

import unicodedata


class _WithoutMarks(dict[int, int | None]):
    """str.translate's table: accents and other combining marks go, all else stays.

    Filled as characters are met (a study meets a few hundred), so the loop over the text is
    str.translate's, in C: a 100,000-shop list's keys took 6 s one character at a time."""

    def __missing__(self, point: int) -> int | None:
        kept = None if unicodedata.combining(chr(point)) else point
        self[point] = kept
        return kept


_WITHOUT_MARKS = _WithoutMarks()


def search_key(text: str) -> str:
    """Lower case without accents: typing "levescault" finds "Savigny-Lévescault"."""
    if text.isascii():
        return text.lower()  # the same as casefold for ASCII
    return unicodedata.normalize("NFKD", text).translate(_WITHOUT_MARKS).casefold()
