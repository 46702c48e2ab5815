"""Sync bookkeeping: pull checkpoint, sync log, conflicts, device enrollment.

The device token and private key are not stored in the database (see
``storage.device_secrets``). Quarantine reasons use the existing ``outbox.last_error``
column as JSON ``{"code", "message"}``.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_checkpoint",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("pull_cursor", sa.String(length=200), nullable=True),
        sa.Column("last_success_at", sa.String(length=32), nullable=True),
        sa.Column("last_attempt_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_checkpoint")),
    )
    op.create_table(
        "sync_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("counts", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_log")),
    )
    with op.batch_alter_table("sync_log", schema=None) as batch_op:
        batch_op.create_index("ix_sync_log_at", ["at"], unique=False)

    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("detected_at", sa.String(length=32), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("local_version", sa.Integer(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("server_payload", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("resolved_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index("ix_sync_conflict_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "device_enrollment",
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("server_url", sa.String(length=500), nullable=False),
        sa.Column("device_code", sa.String(length=20), nullable=False),
        sa.Column("office_code", sa.String(length=20), nullable=False),
        sa.Column("officer_name", sa.String(length=200), nullable=False),
        sa.Column("device_name", sa.String(length=100), nullable=False),
        sa.Column("enrolled_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_device_enrollment")),
    )


def downgrade() -> None:
    op.drop_table("device_enrollment")
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_conflict_entity")
    op.drop_table("sync_conflict")
    with op.batch_alter_table("sync_log", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_log_at")
    op.drop_table("sync_log")
    op.drop_table("sync_checkpoint")
