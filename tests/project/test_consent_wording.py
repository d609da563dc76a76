"""The consent wording: a sensible default, each edit a new version (the older ones kept), the
version each interview agreed to, and both travelling in kits and bundles."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from madeinlocal_desktop.domain.consent import DEFAULT, MAX_WORDING
from madeinlocal_desktop.errors import UserFacingError
from madeinlocal_desktop.project import Project
from tests.sync.sync_helpers import add_interview, coordinator, join

NEW_FR = ("Étude menée par la Communauté d'agglomération de Poitiers. Contact : "
          "commerce@grandpoitiers.fr. Données gardées jusqu'au 31 décembre 2027.")
NEW_EN = ("Study run by the Poitiers urban community. Contact: commerce@grandpoitiers.fr. "
          "Data kept until 31 December 2027.")


@pytest.fixture
def coord(tmp_path: Path):
    project = coordinator(tmp_path)
    yield project
    project.close()


def test_a_new_study_reads_the_default_notice(coord) -> None:
    wording = coord.settings.consent_wording()
    assert wording.version == 1 and wording == DEFAULT
    for needed in ("CNIL", "effacer", "consentement", "jusqu'à la fin de l'étude"):
        assert needed in wording.fr
    for needed in ("CNIL", "erased", "consent", "until the end of the study"):
        assert needed in wording.en


def test_each_edit_is_a_new_version_and_the_old_ones_are_kept(coord) -> None:
    second = coord.settings.set_consent_wording(NEW_FR, NEW_EN).value
    assert (second.version, second.fr, second.en, second.by) == (2, NEW_FR, NEW_EN,
                                                                  "Coordination")
    assert coord.settings.set_consent_wording(NEW_FR, NEW_EN).value == second  # nothing new
    third = coord.settings.set_consent_wording(en=NEW_EN + " Thank you.").value
    assert third.version == 3 and third.fr == NEW_FR
    assert [v.version for v in coord.settings.consent_versions()] == [1, 2, 3]
    assert coord.settings.consent_version(1) == DEFAULT
    assert coord.settings.consent_version(2).en == NEW_EN
    path = coord.path
    coord.close()
    with Project.open(path) as again:  # kept in the file
        assert again.settings.consent_wording() == third


@pytest.mark.parametrize(("fr", "message"), [
    ("   ", "is empty"), ("x" * (MAX_WORDING + 1), "too long"), ("\ud800", "not readable")])
def test_a_bad_wording_is_refused_and_nothing_changes(coord, fr, message) -> None:
    with pytest.raises(UserFacingError, match=message):
        coord.settings.set_consent_wording(fr, NEW_EN)
    assert coord.settings.consent_versions() == [DEFAULT]


def test_an_interview_keeps_the_version_it_agreed_to(coord) -> None:
    first = add_interview(coord)
    stamped = coord.interviews.save(dataclasses.replace(first, consent_version=1)).value
    coord.settings.set_consent_wording(NEW_FR, NEW_EN)
    assert coord.interviews.get(stamped.id).consent_version == 1  # not moved by the edit
    assert coord.settings.consent_version(1).fr == DEFAULT.fr


def test_the_wording_and_the_stamps_travel_in_kits_and_bundles(coord, tmp_path) -> None:
    coord.settings.set_consent_wording(NEW_FR, NEW_EN)
    alice = join(coord, tmp_path, "dev-alice", "Alice")  # the kit carries version 2
    try:
        assert alice.settings.consent_wording().fr == NEW_FR
        interview = alice.interviews.save(dataclasses.replace(add_interview(alice),
                                                              consent_version=2)).value
        (tmp_path / "post").mkdir()
        coord.settings.set_consent_wording(en=NEW_EN + " Thank you.")
        to_alice = coord.sync.make_bundle(tmp_path / "post")
        from_alice = alice.sync.make_bundle(tmp_path / "post", passphrase="tilleul marché vélo")
        [report] = alice.sync.import_bundles([to_alice.path])
        assert report.counts.rejected == 0
        assert [v.version for v in alice.settings.consent_versions()] == [1, 2, 3]
        [report] = coord.sync.import_bundles([from_alice.path], passphrase="tilleul marché vélo")
        assert report.counts.rejected == 0
        assert coord.interviews.get(interview.id).consent_version == 2
    finally:
        alice.close()


def test_interchange_files_carry_the_version(coord, tmp_path) -> None:
    from madeinlocal_desktop.exchange import interchange

    interview = coord.interviews.save(dataclasses.replace(add_interview(coord),
                                                          consent_version=1)).value
    coord.exchange.export(tmp_path / "study.json", format="json")
    document = json.loads((tmp_path / "study.json").read_text(encoding="utf-8"))
    [written] = document["interviews"]
    assert written["consent_version"] == 1
    assert interchange.parse(document).interviews[0].consent_version == 1
    written["consent_version"] = "deux"
    with pytest.raises(UserFacingError, match=r"interviews\[0\].*consent version"):
        interchange.parse(document)
    del written["consent_version"]  # files of earlier versions: not recorded
    assert interchange.parse(document).interviews[0].consent_version is None
    assert interview.id == written["id"]


def test_a_file_made_before_the_wording_existed_reads_the_default(tmp_path) -> None:
    """A study file from before migration m010: on opening, its interviews have no recorded
    version and the study reads the default wording as version 1."""
    import sqlite3

    with coordinator(tmp_path) as project:
        interview = add_interview(project)
        path = project.path
    with sqlite3.connect(path) as db:  # as the previous version left it
        db.execute("ALTER TABLE study DROP COLUMN consent_wording")
        db.execute("ALTER TABLE interviews DROP COLUMN consent_version")
        db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm010_consent_wording'")
    with Project.open(path) as again:
        assert again.settings.consent_versions() == [DEFAULT]
        assert again.interviews.get(interview.id).consent_version is None
        assert again.settings.set_consent_wording(NEW_FR, NEW_EN).value.version == 2
