"""The lists' search text: accents and case never stop a surveyor finding a shop."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from madeinlocal_desktop.gui.text import search_key


def one_character_at_a_time(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def test_accents_and_case_do_not_matter() -> None:
    assert search_key("Savigny-Lévescault") == "savigny-levescault"
    assert search_key("ÉPICERIE Œuvre") == "epicerie œuvre"
    assert search_key("Boulangerie MARCHÉ") == search_key("boulangerie marche")


@given(st.text())
def test_the_same_key_as_dropping_marks_one_character_at_a_time(text: str) -> None:
    assert search_key(text) == one_character_at_a_time(text)
