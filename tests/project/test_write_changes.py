"""Every write of the facade returns what it changed, for the views that show it to refresh."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from madeinlocal_desktop.domain import (
    Business,
    Interview,
    InterviewStatus,
    Recipient,
    Respondent,
    new_id,
)
from madeinlocal_desktop.domain.changes import Changes, split_result
from madeinlocal_desktop.errors import InvalidInput
from madeinlocal_desktop.project import Project
from tests.storage.test_territory_storage import extract
from tests.sync.sync_helpers import add_interview

SHOPS = Changes(businesses=True)
LISTED = Changes(interviews=True)
MERGED = Changes(businesses=True, interviews=True)
FRAME = Changes(frame=True)
ERASED = Changes(businesses=True, interviews=True, respondents=True)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    opened = Project.new_study(tmp_path / "t.madeinlocal", "Territoire", 2025,
                               communes=["86194", "86041"], who="test", device="dev-test")
    yield opened
    opened.close()


def a_shop(p: Project, name: str = "Boulangerie") -> Business:
    return p.businesses.save(Business(new_id(), name, naf="10.71C", commune="86194")).value


def a_respondent(p: Project) -> Respondent:
    return p.respondents.save(Respondent(new_id(), Recipient.STAFF, 0.4)).value


def with_frame(p: Project, tmp_path: Path) -> None:
    p.territory.import_frame(extract(tmp_path))


def with_design(p: Project, tmp_path: Path) -> None:
    with_frame(p, tmp_path)
    p.territory.save_design({"strata": ["a17"], "scope": ["47", "56"], "n": 10})


def an_export(p: Project, tmp_path: Path) -> Path:
    a_shop(p, "Épicerie exportée")
    return p.exchange.export(tmp_path / "etude.json").path


def past_retention(p: Project) -> None:
    p.privacy.set_retention(date.today() - timedelta(days=1))


def a_new_interview(p: Project) -> Any:
    return p.interviews.save(Interview(new_id(), a_shop(p).id, "2026-03-02", surveyor="Léa",
                                       status=InterviewStatus.DRAFT))


def two_same_shops(p: Project) -> tuple[str, str]:
    return a_shop(p, "Café du Marché").id, a_shop(p, "Café du Marché").id


Write = Callable[[Project, Path], Any]
WRITES: dict[str, tuple[Write, Changes]] = {
    "a shop saved": (lambda p, _: p.businesses.save(Business(new_id(), "Boucherie")), SHOPS),
    "a shop erased": (lambda p, _: p.businesses.delete(a_shop(p).id), MERGED),
    "a new interview": (lambda p, _: a_new_interview(p), LISTED),
    "an interview typed into": (
        lambda p, _: p.interviews.save(dataclasses.replace(add_interview(p), notes="ouvert")),
        Changes()),
    "an interview back to draft": (
        lambda p, _: p.interviews.save(dataclasses.replace(
            add_interview(p), status=InterviewStatus.DRAFT)), LISTED),
    "an interview deleted": (lambda p, _: p.interviews.delete(add_interview(p).id), LISTED),
    "a respondent saved": (lambda p, _: p.respondents.save(
        Respondent(new_id(), Recipient.SUPPLIER, 0.3)), Changes(respondents=True)),
    "a respondent deleted": (lambda p, _: p.respondents.delete(a_respondent(p).id),
                             Changes(respondents=True)),
    "the study renamed": (lambda p, _: p.update_study(dataclasses.replace(p.study, name="Autre")),
                          Changes(settings=True)),
    "a new consent wording": (lambda p, _: p.settings.set_consent_wording(
        "Vous acceptez de répondre.", "You agree to answer."), Changes(settings=True)),
    "the same consent wording": (lambda p, _: p.settings.set_consent_wording(
        p.settings.consent_wording().fr), Changes()),
    "input-output settings": (lambda p, _: p.io.save_settings(delta=0.25), Changes(io=True)),
    "the register imported": (lambda p, tmp: p.territory.import_frame(extract(tmp)), FRAME),
    "a design saved": (lambda p, tmp: (with_frame(p, tmp), p.territory.save_design(
        {"strata": ["a17"], "scope": ["47"], "n": 5}))[1], FRAME),
    "a sample drawn": (lambda p, tmp: (with_design(p, tmp), p.territory.draw(seed=3))[1], FRAME),
    "a register unit added": (lambda p, tmp: (with_frame(p, tmp), p.territory.add_to_register(
        p.territory.search("BOUTIQUE")[0]["siret"]))[1], Changes(businesses=True, frame=True)),
    "duplicates merged": (lambda p, _: p.sync.merge_duplicates(*two_same_shops(p)), MERGED),
    "duplicates dismissed": (lambda p, _: p.sync.dismiss_duplicate(*two_same_shops(p)), MERGED),
    "retention applied": (lambda p, _: (a_shop(p), past_retention(p),
                                        p.privacy.apply_retention())[2], ERASED),
    "a study file imported": (lambda p, tmp: p.exchange.import_file(an_export(p, tmp)),
                              Changes.everything()),
    "the study read after a sync": (lambda p, _: p.reread(), Changes.everything()),
}


@pytest.mark.parametrize("name", WRITES)
def test_a_write_returns_what_it_changed(name: str, project: Project, tmp_path: Path) -> None:
    write, expected = WRITES[name]
    _, changes = split_result(write(project, tmp_path))
    assert changes == expected


def test_a_write_that_needs_a_value_returns_it_with_its_changes(project: Project) -> None:
    saved = project.businesses.save(Business(new_id(), "  Boucherie  Centrale "))
    assert saved.changes == SHOPS
    assert saved.value == project.businesses.get(saved.value.id)  # the shop as stored
    kept, other = two_same_shops(project)
    merged = project.sync.merge_duplicates(kept, other)
    assert merged.value.id == kept and other not in {b.id for b in project.businesses.list()}


def test_a_refused_write_changes_nothing(project: Project) -> None:
    before = project.businesses.list()
    with pytest.raises(InvalidInput):
        project.businesses.save(Business(new_id(), ""))
    assert project.businesses.list() == before
