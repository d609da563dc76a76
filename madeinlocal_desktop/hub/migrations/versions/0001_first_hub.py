"""The first hub: studies, members, invites, bundles and their bytes, the audit log.

Revision ID: 0001_first_hub
Revises:
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_first_hub"
down_revision = None
branch_labels = None
depends_on = None

Serial = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Time = sa.String(32)


def upgrade() -> None:
    op.create_table(
        "studies",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("study_key", sa.String(64), nullable=False),
        sa.Column("kit", sa.Text, nullable=False),
        sa.Column("public_token_hash", sa.String(64), nullable=True),
        sa.Column("created_at", Time, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_studies"),
        sa.UniqueConstraint("public_token_hash", name="uq_studies_public_token_hash"),
    )
    op.create_table(
        "members",
        sa.Column("id", Serial, autoincrement=True),
        sa.Column("study_id", sa.String(36), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("device", sa.Text, nullable=True),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("created_at", Time, nullable=False),
        sa.Column("revoked_at", Time, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_members"),
        sa.ForeignKeyConstraint(["study_id"], ["studies.id"],
                                name="fk_members_study_id_studies"),
        sa.UniqueConstraint("token_hash", name="uq_members_token_hash"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "invites",
        sa.Column("id", Serial, autoincrement=True),
        sa.Column("study_id", sa.String(36), nullable=False),
        sa.Column("code_hash", sa.String(64), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("created_by", sa.Text, nullable=False),
        sa.Column("created_at", Time, nullable=False),
        sa.Column("expires_at", Time, nullable=False),
        sa.Column("used_at", Time, nullable=True),
        sa.Column("member_id", sa.BigInteger, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_invites"),
        sa.ForeignKeyConstraint(["study_id"], ["studies.id"],
                                name="fk_invites_study_id_studies"),
        sa.UniqueConstraint("code_hash", name="uq_invites_code_hash"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "bundles",
        sa.Column("cursor", Serial, autoincrement=True),
        sa.Column("study_id", sa.String(36), nullable=False),
        sa.Column("bundle_id", sa.String(36), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("device", sa.Text, nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("encrypted", sa.Integer, nullable=False),
        sa.Column("member_id", sa.BigInteger, nullable=False),
        sa.Column("received_at", Time, nullable=False),
        sa.PrimaryKeyConstraint("cursor", name="pk_bundles"),
        sa.ForeignKeyConstraint(["study_id"], ["studies.id"],
                                name="fk_bundles_study_id_studies"),
        sa.UniqueConstraint("study_id", "bundle_id", name="uq_bundles_study_id_bundle_id"),
        sa.UniqueConstraint("study_id", "sha256", name="uq_bundles_study_id_sha256"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_bundles_study_cursor", "bundles", ["study_id", "cursor"])
    op.create_table(
        "bundle_data",
        sa.Column("cursor", sa.BigInteger, autoincrement=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("cursor", name="pk_bundle_data"),
        sa.ForeignKeyConstraint(["cursor"], ["bundles.cursor"],
                                name="fk_bundle_data_cursor_bundles"),
    )
    op.create_table(
        "audit",
        sa.Column("id", Serial, autoincrement=True),
        sa.Column("at", Time, nullable=False),
        sa.Column("study_id", sa.String(36), nullable=True),
        sa.Column("member_id", sa.BigInteger, nullable=True),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_audit_study_id", "audit", ["study_id", "id"])


def downgrade() -> None:
    for table in ("audit", "bundle_data", "bundles", "invites", "members", "studies"):
        op.drop_table(table)
