"""The study row, its spending categories and its surveyors."""

from __future__ import annotations

import json
from typing import Any

from ..domain import Category, R2Rule, Recipient, Study, Surveyor, Territory, rules
from ..errors import StudyFileError
from . import records
from .database import StudyDatabase, WriteContext, dumps, utc_now

# What the Study object holds; the study row also keeps the consent wording's versions
# (storage/consent.py), which travel with it.
ROW_FIELDS = ("name", "fiscal_year", "territory_name", "communes", "rules",
              "respend_defaults", "fictitious")
STUDY_FIELDS = (*ROW_FIELDS, "consent_wording")


def _study_row(study: Study) -> dict[str, Any]:
    return {
        "id": study.id,
        "name": study.name,
        "fiscal_year": study.fiscal_year,
        "territory_name": study.territory.name,
        "communes": dumps(study.territory.communes),
        "rules": dumps(rules.local_rules_to_mapping(study.rules)),
        "respend_defaults": dumps(rules.respend_defaults_to_mapping(study.respend_defaults)),
        "fictitious": int(study.fictitious),
    }


def save_study(sdb: StudyDatabase, study: Study, ctx: WriteContext) -> None:
    """Write the study row and replace its category list (codes are stable, never reused)."""
    records.save_many(sdb, "study", [_study_row(study)], ctx, fields=ROW_FIELDS)
    known = {row["code"] for row in sdb.query("SELECT code FROM categories")}
    rows = [
        {"code": c.code, "label_fr": c.label_fr, "label_en": c.label_en,
         "recipient": str(c.recipient), "r2_rule": str(c.r2_rule), "position": position}
        for position, c in enumerate(study.categories)
    ]
    sdb.db.conn.executemany(
        "INSERT INTO categories (code, label_fr, label_en, recipient, r2_rule, position) "
        "VALUES (:code, :label_fr, :label_en, :recipient, :r2_rule, :position) "
        "ON CONFLICT(code) DO UPDATE SET label_fr = excluded.label_fr, "
        "label_en = excluded.label_en, recipient = excluded.recipient, "
        "r2_rule = excluded.r2_rule, position = excluded.position", rows)
    added = [r["code"] for r in rows if r["code"] not in known]
    if added and known:
        records.append_history(sdb, [("categories", code, records.CREATED, None, code, ctx.who,
                                      records.utc_now(), ctx.device) for code in added])


def category_state(sdb: StudyDatabase, code: str) -> dict[str, Any] | None:
    rows = sdb.query("SELECT * FROM categories WHERE code = ?", [code])
    return rows[0] if rows else None


def add_category(sdb: StudyDatabase, category: Category, ctx: WriteContext) -> None:
    """A new category after the last one, versioned from its first save so that it travels."""
    row = sdb.db.conn.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM categories").fetchone()
    now = utc_now()
    sdb.db.conn.execute(
        "INSERT INTO categories (code, label_fr, label_en, recipient, r2_rule, position, "
        "version, updated_at, updated_by, device) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [category.code, category.label_fr, category.label_en, str(category.recipient),
         str(category.r2_rule), row[0], records.bump(None, ctx.device), now, ctx.who,
         ctx.device])
    snapshot = dumps({"label_fr": category.label_fr, "label_en": category.label_en,
                      "recipient": str(category.recipient), "r2_rule": str(category.r2_rule)})
    records.append_history(sdb, [("categories", category.code, records.CREATED, None, snapshot,
                                  ctx.who, now, ctx.device)])


def relabel_category(sdb: StudyDatabase, code: str, label_fr: str, label_en: str,
                     ctx: WriteContext) -> bool:
    """New labels for a category (its code, and so every line of it, stays): False when
    nothing changed. The version is bumped and each changed label goes in the history."""
    old = category_state(sdb, code)
    if old is None:
        return False
    changed = [(name, old[name], new) for name, new in (("label_fr", label_fr),
                                                        ("label_en", label_en))
               if old[name] != new]
    if not changed:
        return False
    now = utc_now()
    sdb.db.conn.execute(
        "UPDATE categories SET label_fr = ?, label_en = ?, version = ?, updated_at = ?, "
        "updated_by = ?, device = ? WHERE code = ?",
        [label_fr, label_en, records.bump(old["version"], ctx.device), now, ctx.who,
         ctx.device, code])
    records.append_history(sdb, [("categories", code, name, before, after, ctx.who, now,
                                  ctx.device) for name, before, after in changed])
    return True


def load_study(sdb: StudyDatabase) -> Study:
    rows = sdb.query("SELECT * FROM study WHERE deleted = 0")
    if not rows:
        raise StudyFileError("storage.no_study", name=sdb.path.name)
    row = rows[0]
    categories = [
        Category(c["code"], c["label_fr"], c["label_en"], Recipient(c["recipient"]),
                 R2Rule(c["r2_rule"]))
        for c in sdb.query("SELECT * FROM categories ORDER BY position")
    ]
    # Read with the rules' own readers: a key written by a newer version is kept, not fatal.
    defaults = rules.respend_defaults_from_mapping(json.loads(row["respend_defaults"]))
    return Study(
        id=row["id"],
        name=row["name"],
        fiscal_year=row["fiscal_year"],
        territory=Territory(row["territory_name"], json.loads(row["communes"])),
        rules=rules.local_rules_from_mapping(json.loads(row["rules"])),
        categories=categories,
        respend_defaults=defaults,
        fictitious=bool(row["fictitious"]),
    )


def save_surveyors(sdb: StudyDatabase, surveyors: list[Surveyor], ctx: WriteContext) -> None:
    records.save_many(sdb, "surveyors", [{"id": s.id, "name": s.name} for s in surveyors], ctx,
                      fields=("name",))


def load_surveyors(sdb: StudyDatabase) -> list[Surveyor]:
    return [Surveyor(r["id"], r["name"])
            for r in sdb.query("SELECT id, name FROM surveyors WHERE deleted = 0 ORDER BY name")]
