"""How the conflicts view names a record: from the core's code and parameters, in French."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from madeinlocal_desktop.gui.exchange_text import record_text


@pytest.fixture
def french_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(previous)


def test_records_read_as_the_french_forms_write_them(french_locale) -> None:  # type: ignore[no-untyped-def]
    shop = {"shop": "Boulangerie du Marché", "date": "2026-03-02"}
    assert record_text("conflict.record_interview", shop, "interview …") == \
        "Boulangerie du Marché, 02/03/2026"
    assert record_text("conflict.record_line", {"category": "rent", **shop}, "line …",
                       {"rent": "Loyer"}) == "Loyer — Boulangerie du Marché, 02/03/2026"
    # A name with quotes of either kind is shown as it is (the old patterns expected ').
    assert record_text("conflict.record_study", {"name": 'Centre "40 pour l\'an"'},
                       "the study …") == 'Centre "40 pour l\'an"'
    assert record_text("conflict.record_named", {"name": "Camille"}, "Camille") == "Camille"
    assert record_text("conflict.record_from_a_newer_version", {}, "as the core said") == \
        "as the core said"
