"""The built-in demo study (fictitious shops of Grand Poitiers)."""

from __future__ import annotations

from pathlib import Path

from .. import paths
from ..exchange import interchange


def demo_path() -> Path:
    return paths.user_data_dir() / "demo.madeinlocal"


def ensure_demo(fresh: bool = False) -> Path:
    """The demo study in the user's data folder, generated (deterministically) when missing."""
    from ..demo.study import demo_study

    target = demo_path()
    if fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
    if not target.exists():
        from .facade import create_from_data

        project, _ = create_from_data(target, interchange.parse(demo_study()))
        project.territory.install_demo()  # its fictitious register, design and draw
        project.close()
    return target
