"""`madeinlocal encrypt|decrypt|change-passphrase` and every command on an encrypted study: the
passphrase from a file, the variable or a hidden prompt; without it, or wrong, one line and
the file unchanged."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from madeinlocal_desktop.domain import Business, new_id
from madeinlocal_desktop.project import Project

from .conftest import Cli

PASSPHRASE = "velo rouge sous la pluie de mars"
OTHER = "trois chats gris sur le toit"


def _plain_study(path: Path) -> Path:
    with Project.new_study(path, "Centre-ville", 2025, ["86194"], "Poitiers") as project:
        project.businesses.save(Business(new_id(), "Boulangerie Quintrelle", commune="86194"))
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _typed(cli: Cli, answers: str, *args: str | Path) -> subprocess.CompletedProcess:
    """The command with `answers` typed at its prompts (no terminal: the prompt reads stdin)."""
    return subprocess.run([sys.executable, "-m", "madeinlocal_desktop.launcher",
                           *map(str, args)], input=answers, capture_output=True, text=True,
                          env=cli.env, timeout=120, start_new_session=True)


def _names(cli: Cli, study: Path, out: Path, *extra: str | Path) -> list[str]:
    out.unlink(missing_ok=True)
    cli("export", study, out, *extra)
    return [b["name"] for b in json.loads(out.read_text(encoding="utf-8"))["businesses"]]


def test_encrypt_by_prompt_then_every_command_needs_the_passphrase(
        cli: Cli, tmp_path: Path) -> None:
    study = _plain_study(tmp_path / "poitiers.madeinlocal")
    done = _typed(cli, f"{PASSPHRASE}\n{PASSPHRASE}\n", "encrypt", study)
    assert done.returncode == 0, done.stderr
    assert "is now encrypted" in done.stdout
    assert b"Quintrelle" not in study.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["poitiers.madeinlocal"]

    key = tmp_path / "key.txt"
    key.write_text(PASSPHRASE + "\n", encoding="utf-8")
    out = tmp_path / "out.json"
    assert _names(cli, study, out, "--passphrase-file", key) == ["Boulangerie Quintrelle"]
    cli.env["MADEINLOCAL_STUDY_PASSPHRASE"] = PASSPHRASE
    assert _names(cli, study, out) == ["Boulangerie Quintrelle"]
    del cli.env["MADEINLOCAL_STUDY_PASSPHRASE"]
    typed = _typed(cli, PASSPHRASE + "\n", "--lang", "fr", "export", study, out)
    assert typed.returncode == 0, typed.stderr
    assert "Phrase de passe de poitiers.madeinlocal" in typed.stderr


def test_without_or_with_a_wrong_passphrase_one_line_and_nothing_changed(
        cli: Cli, tmp_path: Path) -> None:
    study = _plain_study(tmp_path / "poitiers.madeinlocal")
    Project.encrypt_file(study, PASSPHRASE)
    before = _digest(study)
    nothing = _typed(cli, "", "export", study, tmp_path / "out.json")
    assert nothing.returncode == 2
    assert nothing.stderr.strip().splitlines()[-1] == (
        "Error: poitiers.madeinlocal is an encrypted study: give its passphrase to open it")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("velo rouge sous la pluie d'avril", encoding="utf-8")
    refused = cli("--passphrase-file", wrong, "export", study, tmp_path / "out.json", ok=False)
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1
    assert "This passphrase does not open poitiers.madeinlocal" in refused.stderr
    missing = cli("decrypt", study, "--passphrase-file", tmp_path / "none.txt", ok=False)
    assert missing.returncode == 2 and "Cannot read the passphrase" in missing.stderr
    assert _digest(study) == before
    assert not (tmp_path / "out.json").exists()


def test_a_new_passphrase_typed_differently_or_too_short_changes_nothing(
        cli: Cli, tmp_path: Path) -> None:
    study = _plain_study(tmp_path / "poitiers.madeinlocal")
    before = _digest(study)
    differ = _typed(cli, f"{PASSPHRASE}\n{OTHER}\n", "encrypt", study)
    assert differ.returncode == 2 and "The two passphrases typed differ" in differ.stderr
    short = _typed(cli, "court\ncourt\n", "encrypt", study)
    assert short.returncode == 2 and "12" in short.stderr
    assert _digest(study) == before
    assert not Project.is_encrypted(study)


def test_change_the_passphrase_then_decrypt(cli: Cli, tmp_path: Path) -> None:
    study = _plain_study(tmp_path / "poitiers.madeinlocal")
    Project.encrypt_file(study, PASSPHRASE)
    cli.env.update(MADEINLOCAL_STUDY_PASSPHRASE=PASSPHRASE,
                   MADEINLOCAL_NEW_STUDY_PASSPHRASE=OTHER)
    cli("change-passphrase", study)
    out = tmp_path / "out.json"
    assert cli("export", study, out, ok=False).returncode == 2  # the old one no longer opens
    cli.env["MADEINLOCAL_STUDY_PASSPHRASE"] = OTHER
    assert _names(cli, study, out) == ["Boulangerie Quintrelle"]
    cli("decrypt", study)
    assert b"Quintrelle" in study.read_bytes()
    del cli.env["MADEINLOCAL_STUDY_PASSPHRASE"]
    assert _names(cli, study, out) == ["Boulangerie Quintrelle"]
    again = cli("decrypt", study, ok=False)
    assert again.returncode == 2 and "is not encrypted" in again.stderr


def test_new_encrypted_study_from_the_command_line(cli: Cli, tmp_path: Path) -> None:
    study = tmp_path / "niort.madeinlocal"
    cli.env["MADEINLOCAL_NEW_STUDY_PASSPHRASE"] = PASSPHRASE
    cli("new", study, "--name", "Niort", "--year", "2025", "--commune", "79191", "--encrypt")
    assert Project.is_encrypted(study)
    with Project.open(study, passphrase=PASSPHRASE) as project:
        assert project.study.name == "Niort"
    assert os.stat(study).st_mode & 0o077 == 0


def test_a_kit_asking_for_encryption_makes_new_asks_a_passphrase(
        cli: Cli, tmp_path: Path) -> None:
    coordinator = _plain_study(tmp_path / "centre.madeinlocal")
    kit = tmp_path / "centre.mlkit"
    cli("kit", coordinator, kit, "--encrypted-files")
    target = tmp_path / "alice.madeinlocal"
    refused = _typed(cli, "", "new", target, "--from-kit", kit)
    assert refused.returncode == 2
    assert refused.stderr.strip().splitlines()[-1] == "Error: The passphrase is empty"
    assert not target.exists()
    made = _typed(cli, f"{PASSPHRASE}\n{PASSPHRASE}\n", "new", target, "--from-kit", kit)
    assert made.returncode == 0, made.stderr
    assert Project.is_encrypted(target)
    with Project.open(target, passphrase=PASSPHRASE) as alice:
        assert alice.study.name == "Centre-ville"
