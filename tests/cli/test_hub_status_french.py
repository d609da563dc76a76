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
