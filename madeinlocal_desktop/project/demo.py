"""The built-in demo study (fictitious shops of Grand Poitiers)."""

from __future__ import annotations

from pathlib import Path

from .. import paths


def demo_path() -> Path:
    return paths.user_data_dir() / "demo.madeinlocal"


def ensure_demo(fresh: bool = False) -> Path:
    """The demo study in the user's data folder, generated (deterministically) when missing."""
    target = demo_path()
    if fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
    if not target.exists():
        from .facade import Project

        Project.create_demo(target).close()
    return target
