"""The compact history (m007): the records a save creates share one history row, yet each
record's history still starts with its creation, its values at that moment, who and when."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from madeinlocal_desktop.domain import Business, Interview, SpendLine, new_id
from madeinlocal_desktop.project import Project
from madeinlocal_desktop.storage import businesses as business_store
from madeinlocal_desktop.storage.database import dumps
from madeinlocal_desktop.storage.erasure import ERASED
from madeinlocal_desktop.storage.migrations import migrations


def make_project(path: Path) -> Project:
    return Project.new_study(path, "Centre-ville", 2025, ["86194"], "Poitiers",
                             who="Camille", device="dev-a")


def shops(count: int) -> list[Business]:
    return [Business(new_id(), f"Boutique {n}", naf="47.61Z", commune="86194", staff_fte=1.5)
            for n in range(count)]


def save_together(project: Project, made: list[Business]) -> list[Business]:
    """One save of many shops, as an import makes it."""
    with project._db.atomic():
        business_store.save(project._db, made, project.ctx)
    return made


def history_rows(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        (count,) = conn.execute("SELECT COUNT(*) FROM history").fetchone()
    conn.close()
    return int(count)


def test_a_save_of_many_records_adds_one_history_row_not_one_per_record(tmp_path: Path) -> None:
    path = tmp_path / "s.madeinlocal"
    with make_project(path) as project:
        before = history_rows(path)
        made = save_together(project, shops(300))
        after = history_rows(path)
        history = project.history("businesses", made[123].id)
    assert after - before == 1
    [created] = history
    assert created["field"] == "*created*"
    assert (created["who"], created["device"]) == ("Camille", "dev-a")
    values = json.loads(created["new"])
    assert (values["name"], values["staff_fte"], values["naf"]) == ("Boutique 123", 1.5, "47.61Z")


def test_the_creation_keeps_the_first_values_after_later_changes(tmp_path: Path) -> None:
    path = tmp_path / "s.madeinlocal"
    with make_project(path) as project:
        shop = project.businesses.save(shops(1)[0]).value
        line = SpendLine(new_id(), "supplies", 10_000, 0.5)
        interview = project.interviews.save(Interview(new_id(), shop.id, "2026-03-02",
                                                      turnover_excl_vat=50_000, lines=[line])).value
        project.businesses.save(dataclasses.replace(shop, name="Chez Martin", staff_fte=2.0))
        project.interviews.save(dataclasses.replace(
            interview, turnover_excl_vat=60_000,
            lines=[dataclasses.replace(line, amount=12_000)]))
        history = project.history("businesses", shop.id)
        changes = project.interviews.history(interview.id)
    assert [h["field"] for h in history] == ["*created*", "name", "staff_fte"]
    first = json.loads(history[0]["new"])
    assert (first["name"], first["staff_fte"]) == ("Boutique 0", 1.5)
    assert (history[1]["old"], history[1]["new"]) == ("Boutique 0", "Chez Martin")
    created = {h["record"]: json.loads(h["new"]) for h in changes if h["field"] == "*created*"}
    assert created[line.id]["amount_cents"] == 10_000
    assert created["interview"]["turnover_cents"] == 50_000
    assert [(h["old"], h["new"]) for h in changes if h["field"] == "turnover_cents"] == [
        ("50000", "60000")]


def test_a_deleted_record_created_again_shows_both_creations(tmp_path: Path) -> None:
    path = tmp_path / "s.madeinlocal"
    with make_project(path) as project:
        shop = project.businesses.save(shops(1)[0]).value
        project.businesses.delete(shop.id)
        project.businesses.save(dataclasses.replace(shop, name="Revenue"))
        history = project.history("businesses", shop.id)
    fields = [h["field"] for h in history]
    assert fields[0] == "*created*" and fields[-2:] == ["deleted", "*created*"]
    # Deleting erased who the shop was, in its first creation too (storage/erasure.py).
    assert json.loads(history[0]["new"])["name"] == ERASED
    assert "Boutique 0" not in json.dumps(history)
    assert json.loads(history[-1]["new"])["name"] == "Revenue"


def _before_m009(entry: dict) -> dict:
    """A history row as files of that time wrote it: no `erased` field in snapshots."""
    if entry["field"] != "*created*" or not entry["new"]:
        return entry
    snapshot = json.loads(entry["new"])
    snapshot.pop("erased", None)
    return {**entry, "new": dumps(snapshot)}


def test_an_older_file_migrates_and_its_history_reads_the_same(tmp_path: Path) -> None:
    """A file written before m007 (one snapshot row per new record) opens, its unchanged
    records' creations are compacted per save, and every record's history reads as before."""
    model_path, path = tmp_path / "model.madeinlocal", tmp_path / "old.madeinlocal"
    with make_project(model_path) as model:
        made = save_together(model, shops(40))
        model.businesses.save(dataclasses.replace(made[0], name="Renommée"))
        tables = ("study", "businesses", "categories", "surveyors")
        rows = {t: model._db.query(f"SELECT * FROM {t}") for t in tables}
        expected = {b.id: [_before_m009(h) for h in model.history("businesses", b.id)]
                    for b in made}
        # Files of that time gave each new record a history row with its snapshot.
        rows["history"] = [{"record_table": table, "record_id": row["id"],
                            **_before_m009(entry)}
                           for table in ("study", "businesses")
                           for row in rows[table] for entry in model.history(table, row["id"])]
    conn = sqlite3.connect(path)
    old = Database(conn)
    migrations.apply(old, stop_before="m007_compact_history")
    for table, table_rows in rows.items():
        kept = old[table].columns_dict
        for row in table_rows:
            old[table].insert({k: v for k, v in row.items() if k in kept})
    conn.close()
    before = history_rows(path)

    with Project.open(path) as project:
        assert "m007_compact_history" in project._db.schema_steps()
        assert {b.id: [_before_m009(h) for h in project.history("businesses", b.id)]
                for b in made} == expected
    # 39 unchanged shops saved together share one row; the renamed one keeps its snapshot.
    assert history_rows(path) == before - 38
