from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


class Cli:
    """Runs `madeinlocal` in a real subprocess, as a user would."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def __call__(self, *args: str | Path, ok: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [sys.executable, "-m", "madeinlocal_desktop.launcher", *map(str, args)],
            capture_output=True, text=True, env=self.env, timeout=120)
        if ok:
            assert result.returncode == 0, result.stderr
        return result

    def json(self, *args: str | Path) -> dict:
        return json.loads(self(*args).stdout)


@pytest.fixture
def cli(user_home: Path) -> Cli:
    env = dict(os.environ, MADEINLOCAL_HOME=str(user_home))
    return Cli(env)


def write_json(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path
