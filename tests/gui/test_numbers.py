"""Amounts and shares typed the French way (and the English way in the English interface)."""

from __future__ import annotations

import pytest

from madeinlocal_desktop.gui.widgets.numbers import NumberError, parse_amount, parse_percent


@pytest.mark.parametrize(("text", "cents"), [
    ("12 500,50", 1_250_050), ("12\u202f500,5", 1_250_050), ("12500", 1_250_000),
    ("12.500,50", 1_250_050), ("12500.5", 1_250_050), ("12.500", 1_250_000),
    ("0,01", 1), ("", None), ("  ", None), ("1 234 567 €", 123_456_700),
])
def test_french_amounts(text: str, cents: int | None) -> None:
    assert parse_amount(text, ",") == cents


@pytest.mark.parametrize(("text", "kind"), [
    ("-5", "negative"), ("12,345", "decimals"), ("douze", "not_number"), ("1,2,3", "not_number"),
])
def test_french_amounts_refused(text: str, kind: str) -> None:
    with pytest.raises(NumberError) as error:
        parse_amount(text, ",")
    assert error.value.kind == kind


def test_english_amounts() -> None:
    assert parse_amount("12,500.50", ".") == 1_250_050
    assert parse_amount("12,500", ".") == 1_250_000


@pytest.mark.parametrize(("text", "share"), [
    ("80", 0.8), ("42,1", 0.421), ("42,1 %", 0.421), ("100", 1.0), ("0", 0.0), ("", None),
])
def test_percentages(text: str, share: float | None) -> None:
    assert parse_percent(text, ",") == share


@pytest.mark.parametrize(("text", "kind"), [("130", "range"), ("-1", "negative"),
                                            ("abc", "not_number")])
def test_percentages_refused(text: str, kind: str) -> None:
    with pytest.raises(NumberError) as error:
        parse_percent(text, ",")
    assert error.value.kind == kind
