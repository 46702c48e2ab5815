"""Certificates, their per-device number counter, and known device keys.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TIMESTAMP = sa.String(length=32)  # storage.types.UtcDateTime
ID = sa.String(length=36)


def upgrade() -> None:
    op.create_table(
        "certificate",
        sa.Column("id", ID, nullable=False),
        sa.Column("business_id", ID, nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("office_code", sa.String(length=8), nullable=False),
        sa.Column("device_code", sa.String(length=8), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("canonical", sa.Text(), nullable=False),
        sa.Column("signature", sa.String(length=86), nullable=False),
        sa.Column("verify_url", sa.String(length=400), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.Column("revoked_at", TIMESTAMP, nullable=True),
        sa.Column("revoke_reason", sa.Text(), nullable=True),
        sa.Column("replaces_id", ID, nullable=True),
        sa.Column("replaced_by_id", ID, nullable=True),
        sa.Column("print_count", sa.Integer(), nullable=False),
        sa.Column("created_by", ID, nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.Column("updated_by", ID, nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["business_id"], ["business.id"], name=op.f("fk_certificate_business_id_business")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["officer.id"], name=op.f("fk_certificate_created_by_officer")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["officer.id"], name=op.f("fk_certificate_updated_by_officer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate")),
        sa.UniqueConstraint("number", name=op.f("uq_certificate_number")),
        sa.UniqueConstraint(
            "office_code", "device_code", "year", "sequence", name="uq_certificate_sequence"
        ),
    )
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.create_index("ix_certificate_business_id", ["business_id"], unique=False)

    op.create_table(
        "certificate_counter",
        sa.Column("office_code", sa.String(length=8), nullable=False),
        sa.Column("device_code", sa.String(length=8), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_sequence", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "office_code", "device_code", "year", name=op.f("pk_certificate_counter")
        ),
    )
    op.create_table(
        "known_device",
        sa.Column("device_code", sa.String(length=8), nullable=False),
        sa.Column("device_id", ID, nullable=True),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.Column("learned_at", TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("device_code", name=op.f("pk_known_device")),
    )


def downgrade() -> None:
    op.drop_table("known_device")
    op.drop_table("certificate_counter")
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.drop_index("ix_certificate_business_id")
    op.drop_table("certificate")
