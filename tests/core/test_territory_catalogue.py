"""Every territory refusal has a French and an English text naming the same things."""

from __future__ import annotations

import re

from madeinlocal_desktop.catalogue import territory

FIELD = re.compile(r"\{(\w+)[^}]*\}")


def test_both_languages_name_the_same_parameters() -> None:
    assert len(territory.TEXTS) > 50
    for code, (french, english) in territory.TEXTS.items():
        assert code.startswith("territory.")
        assert sorted(FIELD.findall(french)) == sorted(FIELD.findall(english)), code
        assert french != english or not re.search(r"[a-z]{4}", french), code
        assert "\n" not in french and "\n" not in english, code
