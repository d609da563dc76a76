"""Lists of ids longer than SQLite's parameter limit (999 in older builds) are read in slices."""

from __future__ import annotations

from pathlib import Path

import pytest

from madeinlocal_desktop.domain import Business, new_id
from madeinlocal_desktop.project import Project
from madeinlocal_desktop.storage import businesses, sync
from madeinlocal_desktop.storage.database import id_chunks


def test_slices_cover_every_id_once_with_a_mark_for_each() -> None:
    ids = [f"id-{n}" for n in range(1_234)]
    slices = list(id_chunks(ids))
    assert [len(chunk) for chunk, _ in slices] == [500, 500, 234]
    assert all(marks.count("?") == len(chunk) for chunk, marks in slices)
    assert [i for chunk, _ in slices for i in chunk] == ids
    assert list(id_chunks([])) == []


def test_a_study_finds_its_records_among_more_ids_than_one_query_may_bind(tmp_path: Path) -> None:
    p = Project.new_study(tmp_path / "t.madeinlocal", "Territoire", 2025,
                          communes=["86194"], who="test", device="dev-test")
    try:
        shops = [Business(new_id(), f"Commerce {n}") for n in range(1_100)]
        with p._db.atomic():
            businesses.save(p._db, shops, p.ctx)
        asked = [b.id for b in shops] + [new_id() for _ in range(400)]  # 400 unknown
        assert sync.existing_ids(p._db, "businesses", asked) == {b.id for b in shops}
        rows = sync.travelling_rows(p._db, "businesses", asked)
        assert sorted(row[0] for row in rows) == sorted(b.id for b in shops)
    finally:
        p.close()


def test_a_bulk_write_has_a_roomy_page_cache_and_gives_it_back(tmp_path: Path) -> None:
    """An import's indexes stay in SQLite's cache while it writes, not after (nor if it fails)."""
    p = Project.new_study(tmp_path / "t.madeinlocal", "Territoire", 2025,
                          communes=["86194"], who="test", device="dev-test")

    def cache() -> int:
        return int(p._db.db.execute("PRAGMA cache_size").fetchone()[0])

    try:
        before = cache()
        with p._db.bulk():
            assert cache() == -128 * 1024 != before
        assert cache() == before
        with pytest.raises(RuntimeError), p._db.bulk():
            raise RuntimeError("refused half-way")
        assert cache() == before
    finally:
        p.close()
