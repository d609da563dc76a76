"""What the `madeinlocal hub` server commands do, as functions the tests call too."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from ..sync.kit import read_kit
from . import database, store


def add_study(url: str, kit_path: Path, *, actor: str) -> tuple[store.Study, bool]:
    """Register a study from its kit, creating and migrating the database on first use.
    The whole kit is checked first; a refused kit changes nothing."""
    kit = read_kit(Path(kit_path))
    text = Path(kit_path).read_text(encoding="utf-8")
    engine = database.open_database(url, create=True)
    try:
        added = store.add_study(engine, study_id=kit.study_id, name=kit.study_name,
                                key=kit.key, kit=text, actor=actor)
        return store.require_study(engine, kit.study_id), added
    finally:
        engine.dispose()


def engine_for(url: str) -> Engine:
    return database.open_database(url)
