"""The hub's tables. Times are UTC ISO-8601 text of one fixed width, so that comparing them as
strings compares them as times on SQLite and PostgreSQL alike."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})

# SQLite only gives an auto-incrementing key to INTEGER PRIMARY KEY.
Serial = BigInteger().with_variant(Integer(), "sqlite")
Time = String(32)
ROLES = ("coordinator", "surveyor", "viewer")

studies = Table(
    "studies", metadata,
    Column("id", String(36), primary_key=True),
    Column("name", Text, nullable=False),
    Column("study_key", String(64), nullable=False),  # hex; checks bundle signatures
    Column("kit", Text, nullable=False),  # the kit, from which the results copy is made
    Column("public_token_hash", String(64), nullable=True, unique=True),
    Column("created_at", Time, nullable=False),
)

members = Table(
    "members", metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("study_id", String(36), ForeignKey("studies.id"), nullable=False),
    Column("name", Text, nullable=False),
    Column("role", String(16), nullable=False),
    Column("device", Text, nullable=True),
    Column("token_hash", String(64), nullable=False, unique=True),  # SHA-256 of the token
    Column("created_at", Time, nullable=False),
    Column("revoked_at", Time, nullable=True),
    sqlite_autoincrement=True,
)

invites = Table(
    "invites", metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("study_id", String(36), ForeignKey("studies.id"), nullable=False),
    Column("code_hash", String(64), nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    Column("name", Text, nullable=False),
    Column("created_by", Text, nullable=False),
    Column("created_at", Time, nullable=False),
    Column("expires_at", Time, nullable=False),
    Column("used_at", Time, nullable=True),
    Column("member_id", BigInteger, nullable=True),
    sqlite_autoincrement=True,
)

# The cursor orders a study's bundles for pulls: bigger is newer, never reused.
bundles = Table(
    "bundles", metadata,
    Column("cursor", Serial, primary_key=True, autoincrement=True),
    Column("study_id", String(36), ForeignKey("studies.id"), nullable=False),
    Column("bundle_id", String(36), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    Column("device", Text, nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("encrypted", Integer, nullable=False),
    Column("member_id", BigInteger, nullable=False),
    Column("received_at", Time, nullable=False),
    UniqueConstraint("study_id", "bundle_id"),  # the same id with other bytes: 409
    UniqueConstraint("study_id", "sha256"),
    Index("ix_bundles_study_cursor", "study_id", "cursor"),  # keyset pagination
    sqlite_autoincrement=True,
)

# What a device needs to decide and fetch, in the order of a pull page's columns: a page's
# bytes are mostly its encoding, so nothing more (when a bundle arrived is in the audit log).
INDEX_COLUMN_NAMES = ("cursor", "bundle_id", "sha256", "size", "device", "sequence", "encrypted")

# The bytes apart, so that paging through the index never reads them.
bundle_data = Table(
    "bundle_data", metadata,
    Column("cursor", BigInteger, ForeignKey("bundles.cursor"), primary_key=True,
           autoincrement=False),
    Column("data", LargeBinary, nullable=False),
)

audit = Table(
    "audit", metadata,
    Column("id", Serial, primary_key=True, autoincrement=True),
    Column("at", Time, nullable=False),
    Column("study_id", String(36), nullable=True),
    Column("member_id", BigInteger, nullable=True),
    Column("actor", Text, nullable=False),
    Column("action", String(32), nullable=False),
    Column("detail", Text, nullable=False),  # JSON
    Index("ix_audit_study_id", "study_id", "id"),
    sqlite_autoincrement=True,
)

# Copy order for moving a hub to another database (parents before children).
TABLES = (studies, members, invites, bundles, bundle_data, audit)
