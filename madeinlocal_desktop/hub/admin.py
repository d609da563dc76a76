"""What the `madeinlocal hub` server commands do, as functions the tests call too."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from ..sync.kit import read_kit
from . import database, store


def add_study(url: str, kit_path: Path, *, actor: str,
              kit_passphrase: str | None = None) -> tuple[store.Study, bool]:
    """Register a study from its kit, creating and migrating the database on first use.
    The whole kit is checked first; a refused kit changes nothing. The hub keeps the kit's
    plain document (it holds the study key anyway, to check signatures)."""
    kit = read_kit(Path(kit_path), kit_passphrase)
    text = kit.document
    engine = database.open_database(url, create=True)
    try:
        added = store.add_study(engine, study_id=kit.study_id, name=kit.study_name,
                                key=kit.key, kit=text, actor=actor)
        return store.require_study(engine, kit.study_id), added
    finally:
        engine.dispose()


def engine_for(url: str) -> Engine:
    return database.open_database(url)
