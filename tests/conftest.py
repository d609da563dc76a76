"""Shared fixtures: every test gets its own user folders and a real study file on disk."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from madeinlocal_desktop import language

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def english_unless_asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Messages in English unless a test asks for French (`--lang fr`, `LANGUAGE=fr`, the GUI's
    language), whatever the machine's language; no test leaves its choice to the next."""
    monkeypatch.setenv("LANGUAGE", "en")
    yield
    language.set_language(None)


@pytest.fixture(autouse=True)
def user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MADEINLOCAL_HOME", str(home))
    return home


BAKERY = "11111111-1111-4111-8111-111111111111"
BAKERY_INTERVIEW = "22222222-2222-4222-8222-222222222222"


def one_organisation_doc() -> dict:
    """methods.md §5: R1 = 100,000; staff 30,000 (0.454), suppliers 20,000 (0.40), landlord
    5,000 (0.20) → R3 = 22,620; LM3 = 1.7762."""
    return {
        "format": "madeinlocal/1",
        "study": {"name": "Cas publié", "fiscal_year": 2025,
                  "territory": {"name": "Poitiers", "communes": ["86194"]}},
        "businesses": [{"id": BAKERY, "name": "Boulangerie du Marché", "siret": None,
                        "naf": "10.71C", "ownership": "independent", "commune": "86194"}],
        "interviews": [{
            "id": BAKERY_INTERVIEW, "business_id": BAKERY, "date": "2026-03-02",
            "surveyor": "Camille", "consent": True, "status": "complete",
            "turnover_excl_vat": 100000,
            "lines": [
                {"category": "wages", "amount": 30000, "local_share": 1.0,
                 "respend_share": 0.454, "respend_source": "survey_mean"},
                {"category": "goods_resale", "amount": 20000, "local_share": 1.0,
                 "respend_share": 0.40, "respend_source": "survey"},
                {"category": "rent", "amount": 5000, "local_share": 1.0,
                 "respend_share": 0.20, "respend_source": "survey"},
            ]}],
    }


@pytest.fixture(autouse=True)
def system_language_again() -> Iterator[None]:
    """A test that chose a language (the app does, at start-up) leaves the next one the
    system's: core messages follow `language.current()`."""
    yield
    from madeinlocal_desktop import language

    language.set_language(None)
