"""Named schema migrations, only ever appended.

A file whose `_sqlite_migrations` table names a migration this list does not know was written by a
newer version and is refused (see database.py).
"""

from __future__ import annotations

import json

from sqlite_utils import Database, Migrations

MIGRATION_SET = "madeinlocal"
migrations = Migrations(MIGRATION_SET)

_VERSIONED = ("version TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0, "
              "updated_at TEXT, updated_by TEXT, device TEXT")


@migrations()
def m001_initial(db: Database) -> None:
    # Plain DDL: CHECK constraints keep impossible values out even if a bug slips past validation.
    db.executescript(f"""
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    CREATE TABLE study (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, fiscal_year INTEGER NOT NULL,
        territory_name TEXT NOT NULL, communes TEXT NOT NULL DEFAULT '[]',
        rules TEXT NOT NULL DEFAULT '{{}}', respend_defaults TEXT NOT NULL DEFAULT '{{}}',
        fictitious INTEGER NOT NULL DEFAULT 0, {_VERSIONED});
    CREATE TABLE categories (
        code TEXT PRIMARY KEY, label_fr TEXT NOT NULL, label_en TEXT NOT NULL,
        recipient TEXT NOT NULL,
        r2_rule TEXT NOT NULL CHECK (r2_rule IN ('share','never','retained')),
        position INTEGER NOT NULL);
    CREATE TABLE surveyors (id TEXT PRIMARY KEY, name TEXT NOT NULL, {_VERSIONED});
    CREATE TABLE businesses (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, siret TEXT, naf TEXT,
        ownership TEXT NOT NULL, commune TEXT, address TEXT,
        staff_fte REAL CHECK (staff_fte IS NULL OR staff_fte >= 0), {_VERSIONED});
    CREATE INDEX businesses_siret ON businesses(siret);
    CREATE TABLE interviews (
        id TEXT PRIMARY KEY, business_id TEXT NOT NULL REFERENCES businesses(id),
        date TEXT NOT NULL, surveyor TEXT, consent INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL CHECK (status IN ('draft','complete','validated')),
        turnover_cents INTEGER CHECK (turnover_cents IS NULL OR turnover_cents >= 0),
        notes TEXT NOT NULL DEFAULT '', {_VERSIONED});
    CREATE INDEX interviews_business ON interviews(business_id);
    CREATE TABLE spend_lines (
        id TEXT PRIMARY KEY, interview_id TEXT NOT NULL REFERENCES interviews(id),
        position INTEGER NOT NULL DEFAULT 0,
        category TEXT NOT NULL REFERENCES categories(code),
        amount_cents INTEGER CHECK (amount_cents IS NULL OR amount_cents >= 0),
        local_share REAL CHECK (local_share IS NULL OR local_share BETWEEN 0 AND 1),
        respend_share REAL CHECK (respend_share IS NULL OR respend_share BETWEEN 0 AND 1),
        respend_source TEXT CHECK (respend_source IS NULL OR
            respend_source IN ('survey','survey_mean','io_proxy','default')),
        {_VERSIONED});
    CREATE INDEX spend_lines_interview ON spend_lines(interview_id);
    CREATE TABLE respondents (
        id TEXT PRIMARY KEY, "group" TEXT NOT NULL,
        local_share REAL NOT NULL CHECK (local_share BETWEEN 0 AND 1),
        interview_id TEXT REFERENCES interviews(id), label TEXT NOT NULL DEFAULT '',
        {_VERSIONED});
    CREATE TABLE history (
        id INTEGER PRIMARY KEY, record_table TEXT NOT NULL, record_id TEXT NOT NULL,
        field TEXT NOT NULL, old TEXT, new TEXT, who TEXT, at TEXT NOT NULL, device TEXT);
    CREATE INDEX history_record ON history(record_table, record_id);
    """)


@migrations()
def m002_sync(db: Database) -> None:
    # Merge state lives on each travelling row (one write per record on import): `sync_dots`
    # says which device's edit each field holds, `sync_conflicts` keeps every concurrent value
    # of a field until a person chooses (docs/exchange.md).
    # The list is spelled out: a migration must never change once released.
    for table in ("study", "surveyors", "businesses", "interviews", "spend_lines", "respondents"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN sync_dots TEXT NOT NULL DEFAULT '{{}}'")
        db.execute(f"ALTER TABLE {table} ADD COLUMN sync_conflicts TEXT")
        db.execute(f"CREATE INDEX {table}_sync_conflicts ON {table}(id) "
                   "WHERE sync_conflicts IS NOT NULL")
    # One statement at a time: executescript() would commit the migration's transaction early.
    for statement in (
        """CREATE TABLE sync_bundles (
            bundle_id TEXT PRIMARY KEY, sha256 TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
            file_name TEXT, device TEXT, sequence INTEGER, who TEXT, records INTEGER,
            at TEXT NOT NULL)""",
        "CREATE INDEX sync_bundles_sha256 ON sync_bundles(sha256)",
        """CREATE TABLE sync_outbox (
            record_table TEXT NOT NULL, record_id TEXT NOT NULL,
            PRIMARY KEY (record_table, record_id)) WITHOUT ROWID""",
        "CREATE TABLE sync_devices (device TEXT PRIMARY KEY, who TEXT, last_seen TEXT)",
        """CREATE TABLE duplicate_dismissals (
            first_id TEXT NOT NULL, second_id TEXT NOT NULL, who TEXT, at TEXT,
            PRIMARY KEY (first_id, second_id)) WITHOUT ROWID""",
    ):
        db.execute(statement)


@migrations()
def m003_territory(db: Database) -> None:
    # The business register of the territory (the sampling frame), the sampling design and the
    # drawn sample. Only the current extract's establishments are kept; each import leaves a
    # row in frame_versions with its report (what was left out, what changed). These tables are
    # the coordinator's: they do not travel in bundles.
    for statement in (
        """CREATE TABLE frame_versions (
            version INTEGER PRIMARY KEY, imported_at TEXT NOT NULL, who TEXT, device TEXT,
            source_name TEXT, source_sha256 TEXT, establishments INTEGER NOT NULL,
            report TEXT NOT NULL DEFAULT '{}')""",
        """CREATE TABLE frame_units (
            siret TEXT PRIMARY KEY, siren TEXT NOT NULL, name TEXT, naf TEXT NOT NULL,
            commune TEXT NOT NULL, size_code TEXT NOT NULL,
            head_office INTEGER CHECK (head_office IS NULL OR head_office IN (0, 1)),
            employer TEXT, legal_category TEXT, ess TEXT, address TEXT, postal_code TEXT)
            WITHOUT ROWID""",
        "CREATE INDEX frame_units_siren ON frame_units(siren)",
        """CREATE TABLE sampling_design (
            id INTEGER PRIMARY KEY CHECK (id = 1), spec TEXT NOT NULL, frame_version INTEGER,
            updated_at TEXT NOT NULL, updated_by TEXT, device TEXT)""",
        """CREATE TABLE sample_draw (
            id INTEGER PRIMARY KEY CHECK (id = 1), seed INTEGER NOT NULL,
            reserve INTEGER NOT NULL CHECK (reserve >= 0), frame_version INTEGER NOT NULL,
            design TEXT NOT NULL, drawn_at TEXT NOT NULL, drawn_by TEXT, device TEXT)""",
        """CREATE TABLE sample_draw_units (
            siret TEXT PRIMARY KEY, stratum TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('sample', 'reserve')),
            rank INTEGER NOT NULL CHECK (rank >= 1)) WITHOUT ROWID""",
    ):
        db.execute(statement)


@migrations()
def m004_category_versions(db: Database) -> None:
    # A category's labels and place can change after the study is created (the coordinator's
    # settings): each category keeps a version vector and its last writer, so a renaming
    # travels in bundles and two devices settle on the same labels. Codes never change.
    for statement in (
        "ALTER TABLE categories ADD COLUMN version TEXT NOT NULL DEFAULT '{}'",
        "ALTER TABLE categories ADD COLUMN updated_at TEXT",
        "ALTER TABLE categories ADD COLUMN updated_by TEXT",
        "ALTER TABLE categories ADD COLUMN device TEXT",
    ):
        db.execute(statement)


@migrations()
def m005_saved_scenarios(db: Database) -> None:
    # Named what-if scenarios (issue 13): each a travelling record like a respondent. Its id is
    # derived from its name (storage/scenarios.py), so two devices saving the same name edit one
    # record and merge field by field instead of ending with two scenarios of one name.
    for statement in (
        f"""CREATE TABLE saved_scenarios (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, spec TEXT NOT NULL, {_VERSIONED},
            sync_dots TEXT NOT NULL DEFAULT '{{}}', sync_conflicts TEXT)""",
        "CREATE INDEX saved_scenarios_sync_conflicts ON saved_scenarios(id) "
        "WHERE sync_conflicts IS NOT NULL",
    ):
        db.execute(statement)


@migrations()
def m006_submissions(db: Database) -> None:
    # Submissions imported from KoboToolbox or ODK Central: the instance id each phone gives a
    # submission → the interview it became, and a digest of what it said, so that importing the
    # same export again changes nothing and an edited submission updates its interview. The
    # coordinator's table: it does not travel in bundles.
    db.execute(
        """CREATE TABLE submissions (
            instance_id TEXT PRIMARY KEY, interview_id TEXT NOT NULL, digest TEXT NOT NULL,
            source TEXT, imported_at TEXT NOT NULL, who TEXT, device TEXT) WITHOUT ROWID""")
    db.execute("CREATE INDEX submissions_interview ON submissions(interview_id)")


@migrations()
def m007_compact_history(db: Database) -> None:
    # The history no longer copies a new record's values into a row of its own: the records
    # one save creates share one row (record_id '*', `new` their number) that each names in
    # `created_history`; its snapshot is the record's values with the later changes undone
    # (storage/records.py). Older files: a creation whose snapshot is still the record's
    # values and that nothing changed since is compacted the same way, one row per save
    # (same table, author, time and device); every other creation row stays as it was.
    # The list is spelled out: a migration must never change once released.
    # The analysis reads lines interview by interview in their order: an index in that order
    # spares it a sort of every line (its lookups by interview are the same).
    db.execute("DROP INDEX spend_lines_interview")
    db.execute("CREATE INDEX spend_lines_interview ON spend_lines(interview_id, position)")
    bookkeeping = {"id", "version", "deleted", "updated_at", "updated_by", "device",
                   "sync_dots", "sync_conflicts", "created_history"}
    for table in ("study", "surveyors", "businesses", "interviews", "spend_lines", "respondents"):
        # No index on it: it would cost more than the history it replaces; the one reader that
        # goes from a save to its records (sync stamping) reads each table once.
        db.execute(f"ALTER TABLE {table} ADD COLUMN created_history INTEGER")
        cursor = db.execute(f"""
            SELECT h.id, h.new, h.who, h.at, h.device, r.* FROM history h
            JOIN {table} r ON r.id = h.record_id
            WHERE h.record_table = ? AND h.field = '*created*' AND NOT EXISTS (
                SELECT 1 FROM history later WHERE later.record_table = h.record_table
                AND later.record_id = h.record_id AND later.id <> h.id)
            ORDER BY h.id""", [table])
        names = [d[0] for d in cursor.description]
        saves: dict[tuple[str, str, str], list[tuple[int, str]]] = {}
        for values in cursor.fetchall():
            row = dict(zip(names[5:], values[5:], strict=True))
            try:
                snapshot = json.loads(values[1]) if values[1] else None
            except ValueError:
                continue
            current = {k: v for k, v in row.items() if k not in bookkeeping}
            if not isinstance(snapshot, dict) or any(
                    current.get(k) != v for k, v in snapshot.items()):
                continue
            saves.setdefault((values[2], values[3], values[4]), []).append((values[0], row["id"]))
        for members in saves.values():
            kept = members[0][0]
            db.execute("UPDATE history SET record_id = '*', old = NULL, new = ? WHERE id = ?",
                       [str(len(members)), kept])
            db.conn.executemany(f"UPDATE {table} SET created_history = ? WHERE id = ?",
                                [(kept, record_id) for _, record_id in members])
            db.conn.executemany("DELETE FROM history WHERE id = ?",
                                [(history_id,) for history_id, _ in members[1:]])


@migrations()
def m009_erasure(db: Database) -> None:
    # Deleting a shop or a respondent erases who it was (storage/erasure.py): the flag travels
    # and merges like any field, so every device that hears of it erases too and an older copy
    # cannot bring the name back. The retention date is a meta key (privacy.retention_until).
    db.execute("ALTER TABLE businesses ADD COLUMN erased INTEGER DEFAULT 0 "
               "CHECK (erased IS NULL OR erased IN (0, 1))")
    db.execute("ALTER TABLE respondents ADD COLUMN erased INTEGER DEFAULT 0 "
               "CHECK (erased IS NULL OR erased IN (0, 1))")


@migrations()
def m010_consent_wording(db: Database) -> None:
    # The consent wording's versions ride in the study row (JSON; NULL: the default wording,
    # version 1), and each interview keeps the version it agreed to (NULL: not recorded, as in
    # every interview made before).
    db.execute("ALTER TABLE study ADD COLUMN consent_wording TEXT")
    db.execute("ALTER TABLE interviews ADD COLUMN consent_version INTEGER")
