"""`hub status` in the user's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from madeinlocal_desktop import language
from madeinlocal_desktop.cli import main
from madeinlocal_desktop.project.hub import Hub, HubStatus


@pytest.fixture
def enrolled(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A study linked to a hub (its server is not needed to say so)."""
    monkeypatch.setattr(Hub, "status", lambda self: HubStatus(
        True, "https://hub.example.fr", "surveyor", "Alice", 1234))
    yield
    language.set_language(None)


@pytest.fixture
def study(tmp_path: Path) -> Path:
    from madeinlocal_desktop.project import Project

    path = tmp_path / "poitiers.madeinlocal"
    with Project.new_study(path, "Centre de Poitiers", 2025, ["86194"], "Poitiers"):
        pass
    return path


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr", "https://hub.example.fr\u00a0: Alice (enquêteur)\u202f; lots en attente d'envoi\u00a0: "
           "1\u202f234"),
    ("en", "https://hub.example.fr: Alice (surveyor); 1,234 bundle(s) queued")])
def test_hub_status_speaks_the_users_language(enrolled: None, study: Path, lang: str,
                                              expected: str) -> None:
    result = CliRunner().invoke(main, ["hub", "status", str(study), "--lang", lang])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == expected


def test_hub_enrol_and_sync_speak_french(study: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole app side of `hub` (help, enrolment, sync report) follows the language."""
    from types import SimpleNamespace

    monkeypatch.setattr(Hub, "enrol", lambda self, url, code: SimpleNamespace(
        url=url, name="Alice", role="surveyor", study_name="Centre de Poitiers"))
    monkeypatch.setattr(Hub, "sync", lambda self, **_: SimpleNamespace(
        written=object(), pushed=1200, already_there=3, imported=[], refused=[]))
    runner = CliRunner()
    try:
        helped = runner.invoke(main, ["--lang", "fr", "hub", "sync", "--help"])
        enrolled = runner.invoke(main, ["--lang", "fr", "hub", "enrol", str(study),
                                        "https://hub.example.fr", "ABCD-1234"])
        synced = runner.invoke(main, ["--lang", "fr", "hub", "sync", str(study)])
    finally:
        language.set_language(None)
    assert "Envoie au hub les nouveaux lots" in helped.output
    assert "Essais par appel" in helped.output
    assert "Inscrit auprès de https://hub.example.fr comme Alice (enquêteur)" in enrolled.output
    assert "Un nouveau lot fait" in synced.output and "1\u202f200" in synced.output
    for english in ("Enrolled", "pushed", "Made", "Push this"):
        assert english not in helped.output + enrolled.output + synced.output


@pytest.mark.parametrize(("lang", "expected", "option"), [
    ("fr", "Affiche un code d'inscription à usage unique", "Le code expire après"),
    ("en", "Print a single-use enrolment code", "The code expires after")])
def test_the_servers_commands_help_in_the_users_language(lang: str, expected: str,
                                                         option: str) -> None:
    runner = CliRunner()
    try:
        listed = runner.invoke(main, ["--lang", lang, "hub", "--help"])
        helped = runner.invoke(main, ["--lang", lang, "hub", "invite", "--help"])
    finally:
        language.set_language(None)
    assert helped.exit_code == 0, helped.output
    assert expected in helped.output and option in helped.output
    assert expected[:25] in listed.output  # the list of commands too
