"""Initial server schema: offices, officers, devices, idempotency keys, records, change log.

Revision ID: s0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "office",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("last_push_at", TS, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_office"),
        sa.UniqueConstraint("code", name="uq_office_code"),
    )
    op.create_table(
        "officer",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("office_id", sa.String(36), nullable=False),
        sa.Column("username", sa.String(100), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("password_hash", sa.String(300), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_officer"),
        sa.ForeignKeyConstraint(["office_id"], ["office.id"], name="fk_officer_office_id_office"),
        sa.UniqueConstraint("username", name="uq_officer_username"),
    )
    op.create_table(
        "device",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("office_id", sa.String(36), nullable=False),
        sa.Column("officer_id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("device_code", sa.String(16), nullable=False),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("revoked_at", TS, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_device"),
        sa.ForeignKeyConstraint(["office_id"], ["office.id"], name="fk_device_office_id_office"),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officer.id"], name="fk_device_officer_id_officer"
        ),
        sa.UniqueConstraint("device_code", name="uq_device_device_code"),
        sa.UniqueConstraint("token_hash", name="uq_device_token_hash"),
    )
    op.create_index("ix_device_office_id", "device", ["office_id"])
    op.create_table(
        "applied_change",
        sa.Column("office_id", sa.String(36), nullable=False),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.Column("version", sa.BigInteger, nullable=False),
        sa.Column("payload_hash", sa.String(64), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("server_version", sa.BigInteger, nullable=True),
        sa.Column("applied_at", TS, nullable=False),
        sa.PrimaryKeyConstraint(
            "office_id", "entity", "entity_id", "version", name="pk_applied_change"
        ),
    )
    op.create_table(
        "record",
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.Column("office_id", sa.String(36), nullable=False),
        sa.Column("version", sa.BigInteger, nullable=False),
        sa.Column("operation", sa.String(10), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("payload_hash", sa.String(64), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=True),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("entity", "entity_id", name="pk_record"),
        sa.ForeignKeyConstraint(["office_id"], ["office.id"], name="fk_record_office_id_office"),
    )
    op.create_table(
        "change_log",
        sa.Column("seq", BIG_ID, nullable=False, autoincrement=True),
        sa.Column("office_id", sa.String(36), nullable=False),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.Column("version", sa.BigInteger, nullable=False),
        sa.Column("operation", sa.String(10), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("source_device_id", sa.String(36), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_change_log"),
        sa.UniqueConstraint(
            "office_id", "entity", "entity_id", "version", name="uq_change_log_key"
        ),
    )
    op.create_index("ix_change_log_office_seq", "change_log", ["office_id", "seq"])


def downgrade() -> None:
    for name in ("change_log", "record", "applied_change", "device", "officer", "office"):
        op.drop_table(name)
