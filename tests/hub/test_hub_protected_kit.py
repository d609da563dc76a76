"""A study registered on the hub from a passphrase-protected kit: the passphrase opens it, a
wrong one registers nothing, and the hub keeps the kit's plain document (it needs the key)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from madeinlocal_desktop.cli import main
from madeinlocal_desktop.errors import UserFacingError
from madeinlocal_desktop.hub import admin, database, store
from tests.sync.sync_helpers import coordinator

PASSPHRASE = "tilleul marché vélo 1987"


def test_add_study_opens_a_protected_kit(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    coord = coordinator(tmp_path)
    kit = coord.exchange.export_kit(tmp_path / "study.mlkit", passphrase=PASSPHRASE)
    with pytest.raises(UserFacingError, match="Wrong passphrase"):
        admin.add_study(url, kit, actor="test", kit_passphrase="tilleul marché vélo 1988")
    assert not (tmp_path / "hub.db").exists()  # nothing registered, not even a database

    refused = CliRunner().invoke(main, ["hub", "add-study", "--db", url, str(kit)])
    assert refused.exit_code != 0 and "protected by a passphrase" in refused.output
    added = CliRunner().invoke(main, ["hub", "add-study", "--db", url, str(kit),
                                      "--kit-passphrase", PASSPHRASE])
    assert added.exit_code == 0, added.output
    engine = database.open_database(url)
    try:
        study = store.require_study(engine, coord.study.id)
        assert study.name == "Centre-ville"
        assert '"format": "madeinlocal-kit/1"' in study.kit  # plain: results pages rebuild it
    finally:
        engine.dispose()
        coord.close()
