"""Upload sessions of blob packs (many blobs in one resumable request).

Revision ID: s0003
Revises: s0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "upload_pack",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("manifest_sha256", sa.String(64), nullable=False),
        sa.Column("manifest", sa.Text(), nullable=False),
        sa.Column("total_bytes", sa.BigInteger(), nullable=False),
        sa.Column("durable_bytes", sa.BigInteger(), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("result", sa.Text(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("expires_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_upload_pack"),
    )
    op.create_index(
        "ix_upload_pack_device_manifest", "upload_pack", ["device_id", "manifest_sha256"]
    )
    op.create_index("ix_upload_pack_expires_at", "upload_pack", ["expires_at"])


def downgrade() -> None:
    op.drop_index("ix_upload_pack_expires_at", table_name="upload_pack")
    op.drop_index("ix_upload_pack_device_manifest", table_name="upload_pack")
    op.drop_table("upload_pack")
