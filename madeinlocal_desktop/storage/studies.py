"""The study row, its spending categories and its surveyors."""

from __future__ import annotations

import json
from typing import Any

from ..domain import Category, R2Rule, Recipient, Study, Surveyor, Territory, rules
from ..errors import StudyFileError
from . import records
from .database import StudyDatabase, WriteContext, dumps

STUDY_FIELDS = ("name", "fiscal_year", "territory_name", "communes", "rules",
                "respend_defaults", "fictitious")


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
    records.save_many(sdb, "study", [_study_row(study)], ctx, fields=STUDY_FIELDS)
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
