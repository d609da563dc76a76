"""Shared by the dashboard's tests: a real demo study file, and a real analysis of it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from madeinlocal_desktop.project import Project

SEED = 7  # bootstrap seed shared by the dashboard and `madeinlocal analyse --seed`


def make_demo_study(path: Path) -> Path:
    """The built-in fictitious demo study written to `path` (closed again)."""
    Project.create_demo(path, register=False, who="test", device="dev-test").close()
    return path


def demo_analysis(path: Path, bootstrap: int = 200) -> tuple[dict[str, Any], Any]:
    """(result dict, study) of the demo study at `path`."""
    with Project.open(path, who="test", device="dev-test") as project:
        result = project.analysis.run(bootstrap=bootstrap, seed=SEED)
        return result.to_dict(), project.study
