"""Each study file made on a computer is its own device for version vectors: two surveyors'
files on one shared laptop sync like two laptops, and a file copied elsewhere becomes that
computer's."""

from __future__ import annotations

import sqlite3

from madeinlocal_desktop import paths
from madeinlocal_desktop.project import Project
from tests.sync.sync_helpers import add_interview, coordinator, snapshot


def test_two_files_from_one_kit_on_one_computer_sync_like_two_computers(tmp_path) -> None:
    coord = coordinator(tmp_path)
    coord.exchange.export_kit(tmp_path / "study.mlkit")
    (tmp_path / "post").mkdir()
    # Alice and Bob share the association's laptop: same installation, two study files.
    alice = Project.create_from_kit(tmp_path / "study.mlkit", tmp_path / "alice.madeinlocal",
                                    who="Alice")
    bob = Project.create_from_kit(tmp_path / "study.mlkit", tmp_path / "bob.madeinlocal",
                                  who="Bob")
    assert alice.ctx.device != bob.ctx.device
    assert alice.ctx.device.startswith(paths.device_id())
    add_interview(alice, "Boulangerie du Marché")
    add_interview(bob, "Primeur des Halles")
    from_alice = alice.sync.make_bundle(tmp_path / "post")
    from_bob = bob.sync.make_bundle(tmp_path / "post")
    assert from_alice is not None and from_bob is not None
    [to_bob] = bob.sync.import_bundles([from_alice.path])
    [to_alice] = alice.sync.import_bundles([from_bob.path])
    assert (to_bob.status, to_alice.status) == ("imported", "imported")
    reports = coord.sync.import_bundles([from_alice.path, from_bob.path])
    assert [r.status for r in reports] == ["imported", "imported"]
    assert snapshot(alice) == snapshot(bob) == snapshot(coord)
    for project in (coord, alice, bob):
        project.close()


def test_a_file_keeps_its_device_here_and_gets_another_elsewhere(tmp_path, monkeypatch) -> None:
    path = tmp_path / "study.madeinlocal"
    with Project.new_study(path, "Centre-ville", 2025, ["86194"]) as project:
        made_here = project.ctx.device
        add_interview(project)
    with Project.open(path) as again:
        assert again.ctx.device == made_here
    # The file copied to another computer: that computer's installation id, same file token.
    monkeypatch.setenv("MADEINLOCAL_HOME", str(tmp_path / "other-computer"))
    with Project.open(path) as elsewhere:
        assert elsewhere.ctx.device != made_here
        assert elsewhere.ctx.device.split("-")[-1] == made_here.split("-")[-1]
        interview = add_interview(elsewhere, "Épicerie Solidaire")
        history = elsewhere.interviews.history(interview.id)
        assert history and {h["device"] for h in history} == {elsewhere.ctx.device}


def test_a_file_made_before_tokens_keeps_the_installation_id(tmp_path) -> None:
    path = tmp_path / "old.madeinlocal"
    with Project.new_study(path, "Centre-ville", 2025, ["86194"]):
        pass
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM meta WHERE key = 'sync.replica_token'")
    connection.close()
    with Project.open(path) as project:
        assert project.ctx.device == paths.device_id()


def test_an_explicit_device_still_wins(tmp_path) -> None:
    # A caller that names the device (scripts, tests) manages ids itself: no token is drawn.
    path = tmp_path / "s.madeinlocal"
    with Project.new_study(path, "Centre-ville", 2025, ["86194"], device="dev-x") as project:
        assert project.ctx.device == "dev-x"
    with Project.open(path, device="dev-y") as project:
        assert project.ctx.device == "dev-y"
    with Project.open(path) as project:
        assert project.ctx.device == paths.device_id()
