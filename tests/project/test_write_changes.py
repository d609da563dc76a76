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
SETTINGS = Changes(settings=True)
SCENARIOS = Changes(scenarios=True)
IMPORTED = Changes(businesses=True, interviews=True, respondents=True, settings=True)


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


def a_scenario() -> Any:
    from madeinlocal_desktop.analysis.scenario_impact import ScenarioSpec

    return dataclasses.replace(ScenarioSpec.single("supplies", 0.2, 0.45), name="Relocaliser")


def a_shop_list(p: Project, tmp_path: Path) -> tuple[Any, dict[str, str]]:
    path = tmp_path / "cci.csv"
    path.write_text("Nom;Ville\nLa Cave du Marché;Poitiers\n", encoding="utf-8")
    table = p.interop.read_shop_list(path)
    return table, p.interop.guess_shop_mapping(table)


def a_bundle(p: Project, tmp_path: Path, *, again: bool = False) -> Path:
    """A bundle from another computer holding one new shop (imported once first if `again`)."""
    other = tmp_path / "other.madeinlocal"
    kit = p.exchange.export_kit(tmp_path / "kit.mlkit")
    with Project.create_from_kit(kit, other, who="Alice", device="dev-alice") as alice:
        a_shop(alice, "Fromagerie d'Alice")
        folder = tmp_path / "shared"
        folder.mkdir(exist_ok=True)
        made = alice.sync.make_bundle(folder)
        assert made is not None
        bundle = made.path
    if again:
        p.sync.import_bundles([bundle])
    return bundle


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
                              IMPORTED),
    "a default share set": (lambda p, _: p.settings.set_default_share("tax", 0.3, "Budget"),
                            SETTINGS),
    "a default share removed": (lambda p, _: p.settings.remove_default_share("tax"), SETTINGS),
    "a category added": (lambda p, _: p.settings.add_category("fees", "Honoraires",
                                                              recipient="supplier"), SETTINGS),
    "a category renamed": (lambda p, _: p.settings.rename_category("rent", "Loyer commercial"),
                           SETTINGS),
    "the territory changed": (lambda p, _: p.settings.set_territory(["86194"]), SETTINGS),
    "a local rule changed": (lambda p, _: p.settings.set_local_rules(vat_excluded=False),
                             SETTINGS),
    "the retention date set": (lambda p, _: p.privacy.set_retention("2030-01-01"), SETTINGS),
    "the writer named": (lambda p, _: p.set_writer("Lucie"), SETTINGS),
    "input-output settings cleared": (lambda p, _: (p.io.save_settings(delta=0.25),
                                                    p.io.clear_settings())[1], Changes(io=True)),
    "a scenario saved": (lambda p, _: p.scenarios.save(a_scenario()), SCENARIOS),
    "a scenario deleted": (lambda p, _: (p.scenarios.save(a_scenario()),
                                         p.scenarios.delete("Relocaliser"))[1], SCENARIOS),
    "the frame's employment applied": (lambda p, tmp: (with_frame(p, tmp),
                                                       p.territory.apply_employment())[1],
                                       Changes(io=True)),
    "a sync folder chosen": (lambda p, tmp: p.sync.set_folder(tmp), Changes()),
    "a list of shops imported": (lambda p, tmp: p.interop.import_shops(*a_shop_list(p, tmp)),
                                 SHOPS),
    "a bundle imported": (lambda p, tmp: p.sync.import_bundles([a_bundle(p, tmp)]),
                          Changes.everything()),
    "a bundle already imported": (lambda p, tmp: p.sync.import_bundles(
        [a_bundle(p, tmp, again=True)]), Changes()),
    "a folder synced": (lambda p, tmp: p.sync.sync_folder(a_bundle(p, tmp).parent),
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
