"""The program's entry point, as the installers and file managers call it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_a_study_given_alone_is_opened(user_home: Path, tmp_path: Path) -> None:
    """A double-clicked study arrives as the only argument (macOS, the Linux desktop entry):
    it goes to `open`, which refuses a missing file in one line instead of a usage error."""
    result = subprocess.run(
        [sys.executable, "-m", "madeinlocal_desktop.launcher", str(tmp_path / "gone.madeinlocal")],
        capture_output=True, text=True, timeout=60,
        env=dict(os.environ, MADEINLOCAL_HOME=str(user_home), QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 2
    assert result.stderr.strip().startswith("Error: No study file")


HEAVY = ("pandas", "numpy", "sqlite_utils", "matplotlib", "PySide6")


def _loaded_after(*args: str) -> tuple[str, set[str]]:
    """Run the entry point with ARGS in a fresh interpreter: its output and the heavy
    libraries it imported (read from `-X importtime`, which lists every import)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "madeinlocal_desktop.launcher", *args],
        capture_output=True, text=True, timeout=60, env=dict(os.environ, LANG="C"))
    assert result.returncode == 0, result.stderr[-2000:]
    imported = {line.split("|")[-1].strip() for line in result.stderr.splitlines()
                if line.startswith("import time:")}
    return result.stdout, {name for name in HEAVY if name in imported}


def test_the_command_list_does_not_load_the_analysis_libraries() -> None:
    """`madeinlocal --help` lists every command with its summary, without paying for pandas,
    sqlite-utils, numpy or Qt (half a second at each call)."""
    out, heavy = _loaded_after("--help")
    assert "analyse" in out and "LM3, local recirculation share" in out
    assert "Copy STUDY into FOLDER" in out  # summaries of groups and commands alike
    assert heavy == set()


def test_the_command_list_is_in_french_too() -> None:
    out, heavy = _loaded_after("--lang", "fr", "--help")
    assert "Commandes" in out and "LM3, part de recirculation locale" in out
    assert "Le plan de sondage de l'étude" in out
    assert heavy == set()


def test_the_version_does_not_load_the_analysis_libraries() -> None:
    out, heavy = _loaded_after("--version")
    assert out.startswith("madeinlocal, version")
    assert heavy == set()


# The hub server's own commands (serve, invite...) need its database libraries to be described.
SERVER_COMMANDS = {"serve", "upgrade", "add-study", "studies", "invite", "members", "revoke",
                   "publish", "audit", "copy-db"}

_EVERY_HELP = r"""
import json, sys
import click
from madeinlocal_desktop.cli import LAZY_COMMANDS, main

skip = set(json.loads(sys.argv[1]))
shown = []
for name in sorted(LAZY_COMMANDS):
    paths = [[name]]
    command = main.get_command(click.Context(main), name)
    if isinstance(command, click.Group):
        paths += [[name, sub] for sub in command.list_commands(click.Context(command))
                  if sub not in skip]
    for path in paths:
        try:
            main.main(args=[*path, "--help"], standalone_mode=False)
        except SystemExit:
            pass
        shown.append(" ".join(path))
heavy = ("pandas", "numpy", "sqlite_utils", "cryptography", "matplotlib", "PySide6")
print(json.dumps({"shown": shown, "heavy": [m for m in heavy if m in sys.modules]}))
"""


def test_no_command_s_help_loads_the_analysis_or_storage_libraries() -> None:
    """`madeinlocal analyse --help`, `madeinlocal settings rules --help`... describe a command
    without importing what running it needs (each costs about half a second)."""
    import json

    result = subprocess.run(
        [sys.executable, "-c", _EVERY_HELP, json.dumps(sorted(SERVER_COMMANDS))],
        capture_output=True, text=True, timeout=120, env=dict(os.environ, LANG="C"))
    assert result.returncode == 0, result.stderr[-2000:]
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert {"analyse", "io multipliers", "settings rules", "frame import", "hub sync"} <= set(
        found["shown"])
    assert found["heavy"] == []
    assert "Run the consolidation hub" in result.stdout  # `hub --help` lists its server's commands
