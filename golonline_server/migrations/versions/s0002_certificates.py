"""Certificates indexed by number, for the public verification page.

Revision ID: s0002
Revises: s0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "certificate",
        sa.Column("number", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.Column("office_id", sa.String(36), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("canonical", sa.Text(), nullable=False),
        sa.Column("signature", sa.String(86), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.Column("revoked_at", TS, nullable=True),
        sa.Column("replaced_by", sa.String(40), nullable=True),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("number", name="pk_certificate"),
        sa.UniqueConstraint("entity_id", name="uq_certificate_entity_id"),
    )


def downgrade() -> None:
    op.drop_table("certificate")
