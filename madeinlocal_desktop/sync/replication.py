"""Records as they travel: give local edits their dots, collect what to send, plan and apply
merges of received records (the rules are in merge.py, the SQL in storage/sync.py).

Local saves (storage/records.py) bump the version vector and write history but know nothing of
dots. Before anything leaves or enters the file, `materialize` reads the history written since
last time and stamps each field edited here with the dot (device, current counter). That is
exact for merging: other devices only learn of our state through bundles, and every bundle is
made after this step.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..domain import Category, rules
from ..errors import InvalidInput
from ..storage import StudyDatabase, erasure
from ..storage import sync as store
from ..storage.database import dumps, utc_now
from ..storage.records import CREATED, append_history
from . import record_checks
from .merge import (
    DELETED,
    Dot,
    Kind,
    Order,
    Outcome,
    State,
    compare,
    join,
    merge,
    pack_conflicts,
    pack_dots,
    unpack_conflicts,
    unpack_dots,
)
from .received_rows import TableRows, fields_of, parse_rows, record_id_of, version_text

TABLES = tuple(store.SYNCED)
WATERMARK = "sync.history_watermark"  # history rows up to here have been given dots
IMPORTED = "*imported*:"  # history: how many new records of a table a bundle brought
CONFLICT = "*conflict*:"  # history field prefix: a conflict appeared on that field
RESOLVED = "*resolved*:"  # history field prefix: a person chose a value


# -- rows, states and the wire format ---------------------------------------------------------

def state_from_row(table: str, row: dict[str, Any]) -> State:
    names = fields_of(table)
    return State(
        id=row["id"], version=json.loads(row["version"] or "{}"),
        values={name: row[name] for name in names},
        dots=unpack_dots(json.loads(row["sync_dots"] or "{}"), names),
        conflicts=unpack_conflicts(json.loads(row["sync_conflicts"])
                                   if row["sync_conflicts"] else None),
        updated_at=row["updated_at"], updated_by=row["updated_by"], device=row["device"])


def row_from_state(table: str, state: State) -> tuple[Any, ...]:
    """A tuple in storage.sync.columns(table) order."""
    conflicts = pack_conflicts(state.conflicts)
    return (state.id, *(state.values.get(name) for name in store.SYNCED[table]),
            int(state.values.get(DELETED) or 0), dumps(state.version), state.updated_at,
            state.updated_by, state.device, dumps(pack_dots(state.dots)),
            dumps(conflicts) if conflicts else None)


# -- local edits get their dots -----------------------------------------------------------------

@dataclass
class LocalEdits:
    states: dict[tuple[str, str], State] = field(default_factory=dict)
    watermark: int = 0  # history rows up to here were already stamped
    last_history_id: int = 0


def local_edits(sdb: StudyDatabase) -> LocalEdits:
    """Records edited here since the last stamp, with their new dots (nothing is written)."""
    watermark = int(sdb.meta(WATERMARK) or 0)
    edited: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    last = watermark
    for history_id, table, record_id, name, device in store.history_after(sdb, watermark):
        last = history_id
        names = fields_of(table)
        if name == CREATED:
            touched: Sequence[str] = names  # created or revived: every field is this edit's
        elif name in names:
            touched = (name,)
        else:
            continue
        for one in touched:
            edited[(table, record_id)][one] = device
    result = LocalEdits(watermark=watermark, last_history_id=last)
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, record_id in edited:
        by_table[table].append(record_id)
    for table, ids in by_table.items():
        for record_id, row in store.rows_by_ids(sdb, table, ids).items():
            state = state_from_row(table, row)
            for name, device in edited[(table, record_id)].items():
                counter = state.version.get(device)
                state.dots[name] = Dot(counter, device) if counter else None
                state.conflicts.pop(name, None)  # an edit made here supersedes what it saw
            result.states[(table, record_id)] = state
    return result


def materialize(sdb: StudyDatabase) -> LocalEdits:
    """Stamp local edits with their dots and queue them for the next bundle (caller's
    transaction)."""
    edits = local_edits(sdb)
    by_table: dict[str, list[tuple[str, str | None, str]]] = defaultdict(list)
    for (table, _), state in edits.states.items():
        conflicts = pack_conflicts(state.conflicts)
        by_table[table].append((dumps(pack_dots(state.dots)),
                                dumps(conflicts) if conflicts else None, state.id))
    for table, rows in by_table.items():
        store.set_sync_state(sdb, table, rows)
    store.add_to_outbox(sdb, edits.states.keys())
    if edits.last_history_id > edits.watermark:  # nothing new: write nothing at all
        sdb.set_meta(WATERMARK, str(edits.last_history_id))
    return edits


# -- what a bundle carries ----------------------------------------------------------------------

def collect(sdb: StudyDatabase, pairs: Iterable[tuple[str, str]]) -> dict[str, TableRows]:
    """The rows of `pairs`, their parents (so the bundle stands alone) and the study row."""
    ids: dict[str, set[str]] = defaultdict(set)
    for table, record_id in pairs:
        ids[table].add(record_id)
    for table in reversed(TABLES):  # children first, so a parent's own parents are added too
        if ids.get(table) and table in store.PARENTS:
            for parent, parent_ids in store.parent_ids(sdb, table, sorted(ids[table])).items():
                ids[parent].update(parent_ids)
    return {table: TableRows(list(store.columns(table)), store.travelling_rows(
                sdb, table, None if table == "study" else sorted(ids.get(table, ()))))
            for table in TABLES}


# -- planning a merge -----------------------------------------------------------------------------

@dataclass
class Counts:
    new: int = 0
    updated: int = 0
    identical: int = 0
    older: int = 0
    conflicting: int = 0
    rejected: int = 0

    def add(self, other: Counts) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def total(self) -> int:
        return sum(vars(self).values())

    def summary(self) -> str:
        return (f"{self.new} new, {self.updated} updated, {self.identical + self.older} "
                f"identical or older, {self.conflicting} conflicting, {self.rejected} rejected")


@dataclass(frozen=True)
class Rejection:
    table: str
    record_id: str
    reason: InvalidInput  # str() is the reason in the current language


@dataclass
class Plan:
    counts: Counts = field(default_factory=Counts)
    by_table: dict[str, Counts] = field(default_factory=dict)
    inserts: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    updates: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    history: list[tuple[Any, ...]] = field(default_factory=list)
    categories: list[dict[str, Any]] = field(default_factory=list)  # new to this file
    category_updates: list[dict[str, Any]] = field(default_factory=list)  # new labels
    rejections: list[Rejection] = field(default_factory=list)
    conflicts: list[tuple[str, str, str]] = field(default_factory=list)  # table, id, field
    study_changed: bool = False

    def reject(self, table: str, record_id: str, reason: InvalidInput) -> None:
        self.rejections.append(Rejection(table, record_id, reason))
        self.counts.rejected += 1
        self.by_table.setdefault(table, Counts()).rejected += 1


def plan_merge(sdb: StudyDatabase, tables: Mapping[str, TableRows],
               categories: Sequence[Any], *, study_id: str, source: str,
               overlay: dict[tuple[str, str], State] | None = None,
               step: Callable[[float], None] | None = None) -> Plan:
    """What importing these rows would do, decided without writing anything.

    `overlay` holds local states not yet written (the preview's local edits); `source` names
    the bundle in the history; `step(done)` is called after each table (it may raise
    Cancelled).
    """
    plan = Plan()
    for name in sorted(set(tables) - set(TABLES), key=str):
        for row in tables[name].rows:
            plan.reject(rules.shown(name), record_id_of(row), InvalidInput("record.unknown_table"))
    _received_categories(sdb, categories, plan)
    plan.study_changed = bool(plan.categories or plan.category_updates)
    known_codes = {c["code"] for c in store.categories(sdb)} | {
        c["code"] for c in plan.categories}
    accepted: dict[str, set[str]] = {}
    for number, table in enumerate(TABLES, start=1):
        block = tables.get(table)
        if block is None:
            accepted[table] = set()
            continue
        rows, _ = parse_rows(table, block, lambda i, why, t=table: plan.reject(t, i, why))
        rows = _check_references(sdb, table, rows, accepted, known_codes, study_id, plan)
        accepted[table] = {row[0] for row in rows}
        _plan_table(sdb, table, rows, overlay or {}, source, plan)
        if step is not None:
            step(number / len(TABLES))
    return plan


def _received_categories(sdb: StudyDatabase, categories: Sequence[Any], plan: Plan) -> None:
    """The categories this file lacks, and new labels for the ones it has, each checked like
    the study's own (a category with an unknown recipient would leave a study that does not
    open). Labels follow the category's version vector: the newer wins; of two concurrent
    renamings the later (then the device id) wins, the same way on every device. A code's
    recipient and rule never change: a category that says otherwise is refused."""
    known = {c["code"]: c for c in store.categories(sdb)}
    for position, item in enumerate(categories):
        code = item.get("code") if isinstance(item, dict) else None
        if not isinstance(code, str):
            plan.reject("categories", "?", InvalidInput("record.not_category"))
            continue
        if any(c["code"] == code for c in (*plan.categories, *plan.category_updates)):
            continue
        try:
            checked = rules.check_category(Category(
                code, item.get("label_fr"), item.get("label_en"), item.get("recipient"),
                item.get("r2_rule")))
            version = _category_version(item.get("version"))
            stamp = [record_checks.check_value("categories", name, item.get(name))
                     for name in ("updated_at", "updated_by", "device")]
        except InvalidInput as error:
            plan.reject("categories", rules.shown(code), error)
            continue
        given = item.get("position")
        ok_position = isinstance(given, int) and not isinstance(given, bool) \
            and 0 <= given <= rules.MAX_POSITION
        row = {"code": checked.code, "label_fr": checked.label_fr,
               "label_en": checked.label_en, "recipient": str(checked.recipient),
               "r2_rule": str(checked.r2_rule),
               "position": given if ok_position else 1000 + position,
               "version": dumps(version), "updated_at": stamp[0], "updated_by": stamp[1],
               "device": stamp[2]}
        local = known.get(code)
        if local is None:
            plan.categories.append(row)
        else:
            _category_update(local, row, version, plan)


def _category_update(local: dict[str, Any], row: dict[str, Any], version: dict[str, int],
                     plan: Plan) -> None:
    if (row["recipient"], row["r2_rule"]) != (local["recipient"], local["r2_rule"]):
        plan.reject("categories", rules.shown(row["code"]),
                    InvalidInput("record.category_changed", category=rules.shown(row["code"])))
        return
    mine = json.loads(local["version"] or "{}")
    order = compare(mine, version)
    if order in (Order.EQUAL, Order.AFTER):
        return
    wins = order is Order.BEFORE or (row["updated_at"] or "", row["device"] or "") > (
        local["updated_at"] or "", local["device"] or "")
    joined = dumps(join(mine, version))
    if wins:
        merged = {**row, "version": joined}
    else:  # ours stays; only the version learns of theirs
        merged = {name: local[name] for name in store.CATEGORY_COLUMNS} | {"version": joined}
    plan.category_updates.append(merged)
    for name in ("label_fr", "label_en"):
        if merged[name] != local[name]:
            plan.history.append(("categories", local["code"], name, local[name], merged[name],
                                 row["updated_by"], row["updated_at"] or utc_now(),
                                 row["device"]))


def _category_version(value: Any) -> dict[str, int]:
    """A category's version vector as it travels (absent or `{}`: the labels it was created
    with, known to every device)."""
    if value in (None, "{}"):
        return {}
    checked = version_text(value)
    if checked is None:
        raise InvalidInput("record.version_invalid")
    vector: dict[str, int] = json.loads(checked)
    return vector


def _check_references(sdb: StudyDatabase, table: str, rows: list[Any],
                      accepted: dict[str, set[str]], codes: set[str], study_id: str,
                      plan: Plan) -> list[Any]:
    """Drop rows whose parent is neither here nor in the bundle (they could not be stored)."""
    columns = store.columns(table)
    if table == "study":
        for row in rows:
            if row[0] != study_id:
                plan.reject(table, row[0], InvalidInput("record.other_study"))
        return [row for row in rows if row[0] == study_id]
    for column, parent in store.PARENTS.get(table, ()):
        at = columns.index(column)
        wanted = {row[at] for row in rows if row[at] is not None}
        missing = wanted - accepted.get(parent, set())
        if missing:
            missing -= store.existing_ids(sdb, parent, missing)
        if missing:
            for row in rows:
                if row[at] in missing:
                    plan.reject(table, row[0], _missing_parent(parent))
            rows = [row for row in rows if row[at] not in missing]
    if table == "spend_lines":
        at = columns.index("category")
        for row in rows:
            if row[at] not in codes:
                plan.reject(table, row[0], InvalidInput("record.unknown_category",
                                                        category=rules.shown(row[at])))
        rows = [row for row in rows if row[at] in codes]
    return rows


def _missing_parent(parent: str) -> InvalidInput:
    if parent == "businesses":
        return InvalidInput("record.missing_business")
    return InvalidInput("record.missing_interview")


def _plan_table(sdb: StudyDatabase, table: str, rows: list[Any],
                overlay: dict[tuple[str, str], State], source: str, plan: Plan) -> None:
    counts = plan.by_table.setdefault(table, Counts())
    columns, names = store.columns(table), fields_of(table)
    at_conflicts = columns.index("sync_conflicts")
    # Which ids exist first (an index-only query), then whole rows for those alone: in a large
    # import almost every record is new.
    known = store.existing_ids(sdb, table, [row[0] for row in rows])
    local_rows = store.rows_by_ids(sdb, table, [i for i in known if (table, i) not in overlay])
    inserts = plan.inserts.setdefault(table, [])
    updates = plan.updates.setdefault(table, [])
    for row in rows:
        record_id = row[0]
        local = overlay.get((table, record_id)) if overlay else None
        if local is None and record_id in local_rows:
            local = state_from_row(table, local_rows[record_id])
        if local is None:
            # The common case of a large import: the row goes in as it came. Its author,
            # device and time are on the row; the bundle's arrival is logged once
            # (one history row per record would double the cost of a large import).
            inserts.append(row)
            if row[at_conflicts] is not None:
                plan.conflicts += [(table, record_id, name)
                                   for name in json.loads(row[at_conflicts])]
            continue
        remote = state_from_row(table, dict(zip(columns, row, strict=True)))
        outcome = merge(local, remote, names)
        assert outcome.kind is not Kind.NEW
        if outcome.state is not None and table in erasure.IDENTIFYING:
            outcome = _erased_stays_erased(table, outcome)
        broken = None if outcome.state is None else record_checks.row_problem(
            table, outcome.state.values)
        if broken is not None:
            # Concurrent edits of two fields of one record, each valid, that together break a
            # rule (completed on one device, consent unticked on the other): refused, said.
            plan.reject(table, record_id, InvalidInput("record.merge_breaks_rule",
                                                       error=broken))
            continue
        _count(counts, plan.counts, outcome)
        if outcome.state is None:
            continue
        plan.study_changed |= table == "study"
        updates.append(row if outcome.kind is Kind.TAKEN else
                       row_from_state(table, outcome.state))
        _history(plan, table, local, outcome, remote)
        plan.conflicts += [(table, record_id, name) for name in outcome.new_conflicts]
    new = len(inserts)
    counts.new += new
    plan.counts.new += new
    plan.study_changed |= table == "study" and (new > 0 or bool(updates))
    if new:
        plan.history.append(("sync_bundles", source, IMPORTED + table, None, str(new),
                             None, utc_now(), None))


def _erased_stays_erased(table: str, outcome: Outcome) -> Outcome:
    """A record erased on either side ends erased, whatever the other side edited meanwhile
    (the same rule on every device, so all converge): identities and their conflicts go."""
    state = outcome.state
    assert state is not None
    if not any(entry.value for entry in state.entries("erased")):
        return outcome
    neutral = {**erasure.IDENTIFYING[table], "erased": 1}
    for name in neutral:
        state.conflicts.pop(name, None)
    state.values.update(neutral)
    kind = Kind.MERGED if outcome.kind is Kind.TAKEN else outcome.kind
    return Outcome(kind, state, outcome.changed,
                   [name for name in outcome.new_conflicts if name not in neutral])


def _count(counts: Counts, total: Counts, outcome: Outcome) -> None:
    if outcome.new_conflicts:
        key = "conflicting"
    else:
        key = {Kind.NEW: "new", Kind.IDENTICAL: "identical", Kind.OLDER: "older",
               Kind.TAKEN: "updated", Kind.MERGED: "updated"}[outcome.kind]
    setattr(counts, key, getattr(counts, key) + 1)
    setattr(total, key, getattr(total, key) + 1)


def _history(plan: Plan, table: str, local: State, outcome: Outcome, remote: State) -> None:
    assert outcome.state is not None
    who, at, device = remote.updated_by, remote.updated_at or "", remote.device
    for name in outcome.changed:
        plan.history.append((table, local.id, name, _text(local.values.get(name)),
                             _text(outcome.state.values.get(name)), who, at, device))
    for name in outcome.new_conflicts:
        values = [e.value for e in outcome.state.conflicts[name]]
        plan.history.append((table, local.id, CONFLICT + name, _text(local.values.get(name)),
                             json.dumps(values, ensure_ascii=False), who, at, device))


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def apply_plan(sdb: StudyDatabase, plan: Plan,
               step: Callable[[float], None] | None = None) -> None:
    """Write a plan inside the caller's transaction (parents first; foreign keys checked at
    commit, so a failure, or Cancelled raised by `step` after a table, rolls the whole bundle
    back)."""
    sdb.db.conn.execute("PRAGMA defer_foreign_keys = ON")
    store.add_missing_categories(sdb, plan.categories)
    store.update_categories(sdb, plan.category_updates)
    for number, table in enumerate(TABLES, start=1):
        store.insert_rows(sdb, table, plan.inserts.get(table, []))
        store.update_rows(sdb, table, plan.updates.get(table, []))
        if step is not None:
            step(number / len(TABLES))
    append_history(sdb, plan.history)
    for table in erasure.IDENTIFYING:  # this file's own copies of an identity go too
        received = [row[0] for row in (*plan.inserts.get(table, []),
                                       *plan.updates.get(table, []))]
        erasure.scrub(sdb, table, erasure.erased_ids(sdb, table, received))
    erasure.quiet_merged_notes(
        sdb, [row[0] for row in (*plan.inserts.get("interviews", []),
                                 *plan.updates.get("interviews", []))],
        [row[0] for row in (*plan.inserts.get("businesses", []),
                            *plan.updates.get("businesses", []))])


def write_states(sdb: StudyDatabase, table: str, states: Sequence[State],
                 history: Sequence[tuple[Any, ...]]) -> None:
    """Replace existing rows by states decided here (conflict resolutions)."""
    store.update_rows(sdb, table, [row_from_state(table, s) for s in states])
    append_history(sdb, history)
    store.add_to_outbox(sdb, [(table, s.id) for s in states])
