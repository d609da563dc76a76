"""Conflicts a person must resolve: the same field changed on two devices since they last
exchanged. Each keeps every concurrent value; resolving writes the chosen one as a new local
version (so it supersedes all of them everywhere) and logs the choice in the history.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from .. import language
from ..catalogue import render
from ..domain.rules import shown as short
from ..errors import InvalidInput, NotFound
from ..storage import StudyDatabase, WriteContext
from ..storage import sync as store
from ..storage.database import utc_now
from ..storage.records import bump
from .merge import Dot, State, is_real_conflict
from .replication import RESOLVED, fields_of, materialize, state_from_row, write_states


@dataclass(frozen=True)
class ConflictOption:
    number: int  # 1, 2...: what `take` accepts besides mine/theirs
    value: Any  # as stored (cents, shares in [0, 1])
    shown: str  # as a person reads it
    device: str | None
    who: str | None  # the person behind the device, when known
    mine: bool  # made on this device


@dataclass(frozen=True)
class Conflict:
    id: str
    table: str
    record_id: str
    field: str
    record: str  # what the record is, for a person ("Boulangerie du Marché, 2026-03-02")
    current: Any  # the value shown meanwhile (the same on every device)
    options: tuple[ConflictOption, ...]
    record_deleted: bool
    # `record` as a catalogue code and its parameters, for a front end that words it its own
    # way (the GUI shows the category's label and the date as the language writes it).
    record_code: str = "conflict.record_named"
    record_params: Mapping[str, Any] = dataclass_field(default_factory=dict)


def conflict_id(table: str, record_id: str, name: str) -> str:
    return hashlib.sha1(f"{table}/{record_id}/{name}".encode()).hexdigest()[:10]


def shown(name: str, value: Any, lang: str | None = None) -> str:
    """A stored value as the forms show it, in the language of the moment: cents as euros with
    their cents (`3 000,50 €`), shares as percentages (`45,4 %`), numbers with the language's
    decimal mark (`2,5`), flags as yes or no."""
    lang = lang or language.current()
    if value is None or value == "":
        return render("conflict.value_empty", {}, lang)
    if isinstance(value, bool) or name in ("consent", "fictitious", "deleted"):
        return render("conflict.value_yes" if value else "conflict.value_no", {}, lang)
    if isinstance(value, int | float) and math.isfinite(value):
        if name.endswith("_cents"):
            return language.format_euros(value / 100, 0 if value % 100 == 0 else 2, lang)
        if name.endswith("_share"):
            return _decimal(value * 100, lang) + ("\u202f%" if lang == "fr" else "%")
        return _decimal(value, lang)
    return str(value)


def _decimal(value: float, lang: str) -> str:
    """Up to two decimals, trailing zeros dropped: `3`, `2,5`, `45,4` (a field's own digits)."""
    text = language.format_number(round(value, 2), ".2f", lang)
    point = "," if lang == "fr" else "."
    return text.rstrip("0").rstrip(point) if point in text else text


Described = tuple[str, dict[str, Any]]  # a catalogue code and its parameters


def _labels(sdb: StudyDatabase, table: str, rows: list[dict[str, Any]]) -> dict[str, Described]:
    if table == "study":
        return {r["id"]: ("conflict.record_study", {"name": r["name"]}) for r in rows}
    if table in ("surveyors", "businesses"):
        return {r["id"]: ("conflict.record_named", {"name": r["name"]}) for r in rows}
    if table == "respondents":
        return {r["id"]: ("conflict.record_named", {"name": r["label"]}) if r["label"]
                else ("conflict.record_respondent", {"group": r["group"]}) for r in rows}
    if table == "saved_scenarios":
        return {r["id"]: ("conflict.record_scenario", {"name": r["name"]}) for r in rows}
    interview_ids = [r["id"] if table == "interviews" else r["interview_id"] for r in rows]
    interviews = store.rows_by_ids(sdb, "interviews", interview_ids)
    shops = store.rows_by_ids(sdb, "businesses",
                              [i["business_id"] for i in interviews.values()])

    def interview(interview_id: str) -> dict[str, Any]:
        row = interviews.get(interview_id)
        shop = shops.get(row["business_id"]) if row else None
        return {"shop": shop["name"] if shop else "?", "date": row["date"] if row else "?"}

    if table == "interviews":
        return {r["id"]: ("conflict.record_interview", interview(r["id"])) for r in rows}
    return {r["id"]: ("conflict.record_line",
                      {"category": r["category"], **interview(r["interview_id"])})
            for r in rows}


def list_conflicts(sdb: StudyDatabase, my_device: str) -> list[Conflict]:
    people = store.device_names(sdb)
    found: list[Conflict] = []
    for table in store.SYNCED:
        rows = store.rows_with_conflicts(sdb, table)
        labels = _labels(sdb, table, rows) if rows else {}
        for row in rows:
            state = state_from_row(table, row)
            for name, entries in sorted(state.conflicts.items()):
                if not is_real_conflict(entries):
                    continue
                options = tuple(
                    ConflictOption(number, e.value, shown(name, e.value),
                                   e.dot.device if e.dot else None,
                                   people.get(e.dot.device) if e.dot else None,
                                   e.dot is not None and e.dot.device == my_device)
                    for number, e in enumerate(entries, start=1))
                code, params = labels.get(state.id, ("conflict.record_named",
                                                     {"name": state.id}))
                found.append(Conflict(conflict_id(table, state.id, name), table, state.id, name,
                                      render(code, params), state.values.get(name),
                                      options, bool(state.values.get("deleted")), code, params))
    return found


def find_conflict(sdb: StudyDatabase, my_device: str, wanted: str) -> Conflict:
    matches = [c for c in list_conflicts(sdb, my_device) if c.id.startswith(wanted.strip())]
    if not matches or not wanted.strip():
        raise NotFound("conflict.not_found", id=short(wanted))
    if len(matches) > 1:
        raise InvalidInput("conflict.ambiguous", id=short(wanted))
    return matches[0]


def choose(conflict: Conflict, take: str | int) -> Any:
    """The value `take` designates: an option number, 'mine' or 'theirs'."""
    options = conflict.options
    if isinstance(take, int) or str(take).isdigit():
        number = int(take)
        if not 1 <= number <= len(options):
            raise InvalidInput("conflict.option_range", count=len(options))
        return options[number - 1].value
    mine = [o for o in options if o.mine]
    theirs = [o for o in options if not o.mine]
    if take == "mine":
        if len(mine) != 1:
            raise InvalidInput("conflict.none_mine")
        return mine[0].value
    if take == "theirs":
        if len(mine) != 1 or len(theirs) != 1:
            raise InvalidInput("conflict.theirs_ambiguous")
        return theirs[0].value
    raise InvalidInput("conflict.unknown_choice", value=short(take))


def resolve(sdb: StudyDatabase, ctx: WriteContext, conflict: Conflict, value: Any) -> None:
    """Write `value` as a new version made here; every device then drops the conflict."""
    table, name = conflict.table, conflict.field
    if value is not None and any(column == name for column, _ in store.PARENTS.get(table, ())):
        parent = dict(store.PARENTS[table])[name]
        if not store.existing_ids(sdb, parent, [value]):
            raise InvalidInput("conflict.parent_missing", field=name, value=short(value))
    with sdb.atomic():
        materialize(sdb)
        row = store.rows_by_ids(sdb, table, [conflict.record_id])[conflict.record_id]
        state: State = state_from_row(table, row)
        entries = state.conflicts.pop(name, ())
        old = state.values.get(name)
        version = json.loads(bump(json.dumps(state.version), ctx.device))
        now = utc_now()
        state.version = version
        state.values[name] = value
        state.dots[name] = Dot(version[ctx.device], ctx.device)
        state.updated_at, state.updated_by, state.device = now, ctx.who, ctx.device
        history: list[tuple[Any, ...]] = [(table, state.id, RESOLVED + name,
                    json.dumps([e.value for e in entries], ensure_ascii=False),
                    None if value is None else str(value), ctx.who, now, ctx.device)]
        if old != value:
            history.append((table, state.id, name, None if old is None else str(old),
                            None if value is None else str(value), ctx.who, now, ctx.device))
        assert name in fields_of(table)
        write_states(sdb, table, [state], history)
