"""What the hub does to its database: studies, invites, members, bundles and the audit log.

Every rule that matters under concurrency rests on a constraint, not on a check made first:
a bundle id is unique per study (the same id with other bytes is a 409 from any number of hub
processes), an invite is spent by one conditional UPDATE. On PostgreSQL a study's pushes take a
transaction-scoped advisory lock, so their cursors commit in the order they were handed out and
a pull can never step over a bundle still being written; SQLite's single writer gives the same.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, and_, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from ..errors import InvalidInput, NotFound
from . import credentials, database, sqlite_fast
from .bundle_gate import CheckedBundle
from .models import (
    INDEX_COLUMN_NAMES,
    ROLES,
    audit,
    bundle_data,
    bundles,
    invites,
    members,
    studies,
)

PAGE_MAX = 1000


@contextlib.contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A write transaction. On SQLite it holds the write lock from its first statement; the
    process's lock is always taken before a connection, never while holding one (a
    connection held while waiting for the lock, by a thread the lock's holder waits for a
    connection from, was a deadlock that the pool's timeout turned into 500s)."""
    if engine.dialect.name == "sqlite":
        with sqlite_fast.WRITER, engine.connect() as connection:
            connection.execution_options(**{database.WRITE: True})
            with connection.begin():
                yield connection
    else:
        with engine.begin() as connection:
            yield connection


class AccessDenied(InvalidInput):
    """401 (no valid token) or 403 (a valid token without the right)."""


@dataclass(frozen=True)
class Member:
    id: int
    study_id: str
    name: str
    role: str
    device: str | None


@dataclass(frozen=True)
class Study:
    id: str
    name: str
    key: bytes
    kit: str


# -- audit -----------------------------------------------------------------------------------


def log(connection: Connection, action: str, *, study_id: str | None, member: Member | None,
        actor: str | None = None, **detail: Any) -> None:
    at, study_id, member_id, actor, action, detail_json = audit_row(
        action, study_id=study_id, member=member, actor=actor, **detail)
    connection.execute(insert(audit).values(
        at=at, study_id=study_id, member_id=member_id, actor=actor, action=action,
        detail=detail_json))


def audit_row(action: str, *, study_id: str | None, member: Member | None,
              actor: str | None = None, **detail: Any) -> tuple[Any, ...]:
    """An audit line as (at, study_id, member_id, actor, action, detail)."""
    return (credentials.now(), study_id, member.id if member else None,
            actor or (member.name if member else "?"), action,
            json.dumps(detail, ensure_ascii=False, sort_keys=True))


def audit_log(engine: Engine, study_id: str, *, after: int = 0,
              limit: int = PAGE_MAX) -> list[dict[str, Any]]:
    with engine.connect() as connection:
        rows = connection.execute(
            select(audit).where(audit.c.study_id == study_id, audit.c.id > after)
            .order_by(audit.c.id).limit(min(limit, PAGE_MAX))).mappings()
        return [dict(row, detail=json.loads(row["detail"])) for row in rows]


# -- studies ---------------------------------------------------------------------------------


def add_study(engine: Engine, *, study_id: str, name: str, key: bytes, kit: str,
              actor: str) -> bool:
    """Register a study (True), or refresh its name and kit when it is already here (False).
    A kit with another key for a known study is refused: its bundles would not verify."""
    with writing(engine) as connection:
        known = connection.execute(select(studies.c.study_key).where(
            studies.c.id == study_id)).scalar()
        if known is not None:
            if known != key.hex():
                raise InvalidInput("hub.study_key_differs", study=name)
            connection.execute(update(studies).where(studies.c.id == study_id)
                               .values(name=name, kit=kit))
            log(connection, "study-kit", study_id=study_id, member=None, actor=actor)
            return False
        connection.execute(insert(studies).values(
            id=study_id, name=name, study_key=key.hex(), kit=kit,
            created_at=credentials.now()))
        log(connection, "add-study", study_id=study_id, member=None, actor=actor, name=name)
        return True


def get_study(connection: Connection | Engine, study_id: str) -> Study | None:
    query = select(studies.c.id, studies.c.name, studies.c.study_key, studies.c.kit).where(
        studies.c.id == study_id)
    if isinstance(connection, Engine):
        with connection.connect() as conn:
            row = conn.execute(query).first()
    else:
        row = connection.execute(query).first()
    return None if row is None else Study(row.id, row.name, bytes.fromhex(row.study_key),
                                          row.kit)


def list_studies(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as connection:
        counts: dict[str, int] = dict(connection.execute(
            select(bundles.c.study_id, func.count()).group_by(bundles.c.study_id)).all())
        rows = connection.execute(select(studies.c.id, studies.c.name, studies.c.created_at,
                                         studies.c.public_token_hash)
                                  .order_by(studies.c.created_at)).all()
    return [{"id": r.id, "name": r.name, "created_at": r.created_at,
             "public": r.public_token_hash is not None, "bundles": counts.get(r.id, 0)}
            for r in rows]


def require_study(engine: Engine, study_id: str) -> Study:
    study = get_study(engine, study_id)
    if study is None:
        raise NotFound("hub.study_unknown", study=study_id)
    return study


def set_public_link(engine: Engine, study_id: str, on: bool, *, member: Member | None,
                    actor: str | None = None) -> str | None:
    """Turn the study's public results link on (a new secret link each time) or off."""
    token = credentials.new_token() if on else None
    with writing(engine) as connection:
        connection.execute(update(studies).where(studies.c.id == study_id).values(
            public_token_hash=credentials.digest(token) if token else None))
        log(connection, "public-link", study_id=study_id, member=member, actor=actor,
            on=on)
    return token


def study_of_public_link(engine: Engine, token: str) -> Study | None:
    with engine.connect() as connection:
        study_id = connection.execute(select(studies.c.id).where(
            studies.c.public_token_hash == credentials.digest(token))).scalar()
        return None if study_id is None else get_study(connection, study_id)


# -- invites and members -----------------------------------------------------------------------


def invite(engine: Engine, study_id: str, *, role: str, name: str, hours: float,
           by: Member | None, actor: str | None = None) -> tuple[str, str]:
    """A single-use enrolment code and when it expires."""
    if role not in ROLES:
        raise InvalidInput("hub.role_unknown", role=role, roles=list(ROLES))
    if not name.strip():
        raise InvalidInput("hub.invite_name", field="name")
    if not 0 < hours <= 24 * 30:
        raise InvalidInput("hub.invite_hours", field="hours", hours=hours)
    require_study(engine, study_id)
    code, expires = credentials.new_code(), credentials.later(hours)
    with writing(engine) as connection:
        connection.execute(insert(invites).values(
            study_id=study_id, code_hash=credentials.digest(code), role=role,
            name=name.strip(), created_by=actor or (by.name if by else "?"),
            created_at=credentials.now(), expires_at=expires))
        log(connection, "invite", study_id=study_id, member=by, actor=actor,
            role=role, name=name.strip(), expires_at=expires)
    return code, expires


@dataclass(frozen=True)
class Enrolment:
    token: str
    member: Member
    study_name: str


def enrol(engine: Engine, code: str, *, device: str | None,
          study_id: str | None = None) -> Enrolment:
    """Spend an enrolment code for a device token. An unknown, spent or expired code, or one
    for another study than `study_id`, all get the same answer and spend nothing."""
    code_hash = credentials.digest(credentials.normalise_code(code))
    token = credentials.new_token()
    now = credentials.now()
    conditions = [invites.c.code_hash == code_hash, invites.c.used_at.is_(None),
                  invites.c.expires_at > now]
    if study_id is not None:
        conditions.append(invites.c.study_id == study_id)
    with writing(engine) as connection:
        spent = connection.execute(update(invites).where(and_(*conditions)).values(used_at=now))
        if spent.rowcount != 1:
            raise AccessDenied("hub.code_invalid")
        row = connection.execute(select(invites).where(invites.c.code_hash == code_hash)).one()
        member_id = connection.execute(insert(members).values(
            study_id=row.study_id, name=row.name, role=row.role, device=device,
            token_hash=credentials.digest(token), created_at=now)).inserted_primary_key[0]  # type: ignore[index]
        connection.execute(update(invites).where(invites.c.id == row.id)
                           .values(member_id=member_id))
        member = Member(int(member_id), row.study_id, row.name, row.role, device)
        log(connection, "enrol", study_id=row.study_id, member=member, role=row.role,
            device=device)
        study_name = connection.execute(select(studies.c.name).where(
            studies.c.id == row.study_id)).scalar_one()
    return Enrolment(token, member, study_name)


def authenticate(engine: Engine | Connection, token: str | None) -> Member:
    if not token:
        raise AccessDenied("hub.token_missing")
    token_hash = credentials.digest(token)
    if isinstance(engine, Engine) and engine.dialect.name == "sqlite":
        with sqlite_fast.driver(engine) as handle:
            return _member(sqlite_fast.member_row(handle, token_hash))
    query = (select(members.c.id, members.c.study_id, members.c.name, members.c.role,
                    members.c.device)
             .where(members.c.token_hash == token_hash, members.c.revoked_at.is_(None)))
    if isinstance(engine, Engine):
        with engine.connect() as connection:
            row = connection.execute(query).first()
    else:
        row = engine.execute(query).first()
    return _member(None if row is None else tuple(row))


def _member(row: tuple[Any, ...] | None) -> Member:
    if row is None:
        raise AccessDenied("hub.token_refused")
    member_id, study_id, name, role, device = row
    return Member(int(member_id), study_id, name, role, device)


def authorise(member: Member, study_id: str, roles: Iterable[str]) -> None:
    """A member acts on its own study only, and only in its roles; the same answer whether
    the other study exists or not."""
    if member.study_id != study_id:
        raise AccessDenied("hub.other_study")
    if member.role not in roles:
        raise AccessDenied("hub.role_forbids", role=member.role)


def list_members(engine: Engine, study_id: str) -> list[dict[str, Any]]:
    with engine.connect() as connection:
        rows = connection.execute(
            select(members.c.id, members.c.name, members.c.role, members.c.device,
                   members.c.created_at, members.c.revoked_at)
            .where(members.c.study_id == study_id).order_by(members.c.id)).mappings()
        pending = connection.execute(
            select(invites.c.name, invites.c.role, invites.c.expires_at)
            .where(invites.c.study_id == study_id, invites.c.used_at.is_(None),
                   invites.c.expires_at > credentials.now())
            .order_by(invites.c.id)).mappings()
        found = [dict(row, status="revoked" if row["revoked_at"] else "active")
                 for row in rows]
        found += [{"id": None, "name": row["name"], "role": row["role"], "device": None,
                   "created_at": None, "revoked_at": None, "status": "invited",
                   "expires_at": row["expires_at"]} for row in pending]
    return found


def revoke(engine: Engine, study_id: str, member_id: int, *, by: Member | None,
           actor: str | None = None) -> dict[str, Any]:
    with writing(engine) as connection:
        row = connection.execute(select(members.c.name, members.c.role).where(
            members.c.id == member_id, members.c.study_id == study_id)).first()
        if row is None:
            raise NotFound("hub.member_unknown", member=member_id)
        connection.execute(update(members).where(
            members.c.id == member_id, members.c.revoked_at.is_(None)).values(
            revoked_at=credentials.now()))
        log(connection, "revoke", study_id=study_id, member=by, actor=actor,
            revoked=member_id, name=row.name, role=row.role)
    return {"id": member_id, "name": row.name, "role": row.role}


# -- bundles -----------------------------------------------------------------------------------


def _study_lock_key(study_id: str) -> int:
    return int.from_bytes(hashlib.sha256(study_id.encode()).digest()[:8], "big", signed=True)


# PostgreSQL: the study's advisory lock, the bundle, its bytes and its audit line in one
# statement, which is its own transaction: the lock is held for no round trip to the hub.
# (Five round trips under it, each waiting for a CPU shared with 50 clients, made every
# other push of the study wait, and the tail of their latencies.)
_PG_PUSH = text("""
WITH locked AS (SELECT pg_advisory_xact_lock(CAST(:lock_key AS bigint))),
stored AS (
    INSERT INTO bundles (study_id, bundle_id, sha256, size, device, sequence, encrypted,
                         member_id, received_at)
    SELECT CAST(:study_id AS text), CAST(:bundle_id AS text), CAST(:sha256 AS text),
           CAST(:size AS integer), CAST(:device AS text), CAST(:sequence AS integer),
           CAST(:encrypted AS integer), CAST(:member_id AS bigint), CAST(:received AS text)
    FROM locked
    RETURNING "cursor"),
bytes AS (INSERT INTO bundle_data ("cursor", data) SELECT "cursor", :data FROM stored),
line AS (
    INSERT INTO audit (at, study_id, member_id, actor, action, detail)
    SELECT CAST(:received AS text), CAST(:study_id AS text), CAST(:member_id AS bigint),
           CAST(:actor AS text), 'push',
           json_build_object('bundle_id', CAST(:bundle_id AS text), 'cursor', "cursor",
                             'sha256', CAST(:sha256 AS text), 'size', CAST(:size AS integer)
                             )::text
    FROM stored)
SELECT "cursor" FROM stored
""")


def _store_on_postgresql(engine: Engine, member: Member, checked: CheckedBundle, data: bytes,
                         received: str) -> int:
    with engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT")
        return int(connection.execute(_PG_PUSH, {
            "lock_key": _study_lock_key(checked.study_id), "study_id": checked.study_id,
            "bundle_id": checked.bundle_id, "sha256": checked.sha256, "size": checked.size,
            "device": checked.device, "sequence": checked.sequence,
            "encrypted": int(checked.encrypted), "member_id": member.id, "received": received,
            "actor": member.name, "data": data}).scalar_one())


def _push_line(member: Member, checked: CheckedBundle, cursor: int) -> tuple[Any, ...]:
    return audit_row("push", study_id=checked.study_id, member=member,
                     bundle_id=checked.bundle_id, sha256=checked.sha256, size=checked.size,
                     cursor=cursor)


def store_bundle(engine: Engine, member: Member, checked: CheckedBundle,
                 data: bytes) -> tuple[bool, int]:
    """(True, cursor) when stored now, (False, cursor) when these bytes were already here;
    InvalidInput hub.bundle_conflict when the id is known with other bytes."""
    received = credentials.now()
    try:
        if engine.dialect.name == "sqlite":
            with sqlite_fast.writing(engine) as handle:
                cursor = sqlite_fast.add_bundle(handle, (
                    checked.study_id, checked.bundle_id, checked.sha256, checked.size,
                    checked.device, checked.sequence, int(checked.encrypted), member.id,
                    received), data)
                sqlite_fast.add_audit(handle, [_push_line(member, checked, cursor)])
            return True, cursor
        return True, _store_on_postgresql(engine, member, checked, data, received)
    except IntegrityError:
        pass  # a constraint said no: this id (or these bytes) is already stored
    with writing(engine) as connection:
        row = connection.execute(select(bundles.c.cursor, bundles.c.sha256).where(
            bundles.c.study_id == checked.study_id,
            bundles.c.bundle_id == checked.bundle_id)).first()
        if row is None:  # the bytes are known under their id: the same bundle
            row = connection.execute(select(bundles.c.cursor, bundles.c.sha256).where(
                bundles.c.study_id == checked.study_id,
                bundles.c.sha256 == checked.sha256)).one()
        same = row.sha256 == checked.sha256
        log(connection, "push" if same else "push-conflict", study_id=checked.study_id,
            member=member, bundle_id=checked.bundle_id, sha256=checked.sha256,
            already_stored=same)
    if not same:
        raise InvalidInput("hub.bundle_conflict", bundle=checked.bundle_id)
    return False, int(row.cursor)


INDEX_COLUMNS = tuple(bundles.c[name] for name in INDEX_COLUMN_NAMES)
INDEX_NAMES = list(INDEX_COLUMN_NAMES)


def index_query(study_id: str, after: int, limit: int) -> Any:
    """The keyset page: served by the (study_id, cursor) index, however deep the cursor."""
    return (select(*INDEX_COLUMNS)
            .where(bundles.c.study_id == study_id, bundles.c.cursor > after)
            .order_by(bundles.c.cursor).limit(limit))


def _page(connection: Connection, study_id: str, after: int, limit: int) -> tuple[str, int, int]:
    """PostgreSQL: the rows encoded here (json_agg over the page measured slower)."""
    rows = [tuple(row) for row in connection.execute(index_query(study_id, after, limit))]
    return (json.dumps(rows, separators=(",", ":")), len(rows),
            int(rows[-1][0]) if rows else after)


def bundle_page(engine: Engine, token: str | None, study_id: str, roles: tuple[str, ...],
                after: int, limit: int) -> tuple[str, int, bool, int]:
    """For an allowed caller: the JSON array of the rows (cursor, bundle_id, sha256, size,
    device, sequence, encrypted) after `after`, the last cursor of the page, whether more
    follow, and the study's latest cursor (for a progress bar: one step down the same index).
    The token, the page and the latest cursor are one read transaction; its audit line is
    written after it (on SQLite, in a write transaction of its own: see writing())."""
    if not token:
        raise AccessDenied("hub.token_missing")
    limit = max(1, min(limit, PAGE_MAX))
    if engine.dialect.name == "sqlite":
        with sqlite_fast.driver(engine) as handle, sqlite_fast.transaction(handle):
            member = _member(sqlite_fast.member_row(handle, credentials.digest(token)))
            authorise(member, study_id, roles)
            encoded, count, last, latest = sqlite_fast.page(handle, study_id, after, limit)
        line = audit_row("pull", study_id=study_id, member=member, after=after, count=count,
                         last=last)
        with sqlite_fast.writing(engine) as handle:
            sqlite_fast.add_audit(handle, [line])
        return encoded, last, latest > last, latest
    with engine.connect() as connection:
        member = authenticate(connection, token)
        authorise(member, study_id, roles)
        encoded, count, last = _page(connection, study_id, after, limit)
        latest = int(connection.execute(select(func.max(bundles.c.cursor)).where(
            bundles.c.study_id == study_id)).scalar() or 0)
        log(connection, "pull", study_id=study_id, member=member, after=after, count=count,
            last=last)  # no lock to wait for on PostgreSQL: the same connection
        connection.commit()
    return encoded, last, latest > last, latest


def bundle_bytes(engine: Engine, study_id: str, sha256: str) -> bytes:
    with engine.connect() as connection:
        data = connection.execute(
            select(bundle_data.c.data).join(bundles, bundles.c.cursor == bundle_data.c.cursor)
            .where(bundles.c.study_id == study_id, bundles.c.sha256 == sha256)).scalar()
    if data is None:
        raise NotFound("hub.bundle_unknown", sha256=sha256)
    return bytes(data)


def bundles_after(engine: Engine, study_id: str, after: int,
                  limit: int = 200) -> list[tuple[int, str, bool, bytes]]:
    """(cursor, sha256, encrypted, bytes) for the results copy, in cursor order."""
    with engine.connect() as connection:
        rows = connection.execute(
            select(bundles.c.cursor, bundles.c.sha256, bundles.c.encrypted, bundle_data.c.data)
            .join(bundle_data, bundle_data.c.cursor == bundles.c.cursor)
            .where(bundles.c.study_id == study_id, bundles.c.cursor > after)
            .order_by(bundles.c.cursor).limit(limit)).all()
    return [(int(r[0]), r[1], bool(r[2]), bytes(r[3])) for r in rows]
