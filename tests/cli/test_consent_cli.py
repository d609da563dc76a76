"""`madeinlocal settings STUDY consent`: shows the wording, --fr/--en make a new version,
--all lists them; an empty text is one line and changes nothing."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Cli


def _study(cli: Cli, tmp_path: Path) -> Path:
    study = tmp_path / "coord.madeinlocal"
    cli("new", study, "--name", "Centre-ville", "--year", "2025", "--commune", "86194")
    return study


def test_the_consent_wording_is_shown_edited_and_versioned(cli: Cli, tmp_path: Path) -> None:
    study = _study(cli, tmp_path)
    shown = cli("settings", study, "consent").stdout
    assert "version 1 (default wording)" in shown and "CNIL" in shown
    saved = cli("settings", study, "consent", "--fr", "Enquête de la ville de Poitiers.",
                "--en", "Survey by the city of Poitiers.")
    assert "version 2" in saved.stdout
    assert "unchanged (version 2)" in cli("settings", study, "consent", "--fr",
                                          "Enquête de la ville de Poitiers.").stdout
    current = cli("settings", study, "consent").stdout
    assert "version 2" in current and "Survey by the city of Poitiers." in current
    assert "version 1" not in current
    every = cli("settings", study, "consent", "--all").stdout
    assert every.index("version 1") < every.index("version 2") and "CNIL" in every


def test_an_empty_wording_is_refused_in_one_line(cli: Cli, tmp_path: Path) -> None:
    study = _study(cli, tmp_path)
    result = cli("settings", study, "consent", "--en", "  ", ok=False)
    assert result.returncode != 0 and "is empty" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "version 1 (default wording)" in cli("settings", study, "consent").stdout
