"""Certificates issued by other laptops of the office, kept for offline verification.

The server's pull feed carries every certificate the office's devices pushed. The
``certificate`` table cannot hold them (its business and officers are usually not on
this laptop), so they go to ``peer_certificate``: the signed canonical JSON (masked NIK
only), the signature, and the revocation. A scan of such a certificate then verifies
with the issuing device's key from ``known_device``, with no connection.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TIMESTAMP = sa.String(length=32)  # storage.types.UtcDateTime
ID = sa.String(length=36)


def upgrade() -> None:
    op.create_table(
        "peer_certificate",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("certificate_id", ID, nullable=False),
        sa.Column("device_code", sa.String(length=8), nullable=False),
        sa.Column("canonical", sa.Text(), nullable=False),
        sa.Column("signature", sa.String(length=86), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.Column("revoked_at", TIMESTAMP, nullable=True),
        sa.Column("replaced_by", sa.String(length=40), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("learned_at", TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("number", name=op.f("pk_peer_certificate")),
        sa.UniqueConstraint("certificate_id", name=op.f("uq_peer_certificate_certificate_id")),
    )


def downgrade() -> None:
    op.drop_table("peer_certificate")
