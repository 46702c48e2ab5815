"""Officer accounts (username, active, password change date) and the audit log hash chain.

Existing audit rows are chained here, in id order, with the same hash ``storage.audit``
computes (copied, not imported: a migration must keep doing what it did when written;
``tests/unit/test_audit_chain.py`` checks the two agree).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28
"""

from __future__ import annotations

import hashlib
import json

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

GENESIS = "0" * 64
TIMESTAMP = sa.String(length=32)  # storage.types.UtcDateTime


def _row_hash(prev_hash: str, row: sa.Row) -> str:
    fields = {
        "id": int(row.id),
        "at": str(row.at),
        "officer_id": row.officer_id,
        "action": row.action,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "details": row.details,
    }
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def _chain_existing_rows() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT id, at, officer_id, action, entity, entity_id, details"
            " FROM audit_event ORDER BY id"
        )
    ).fetchall()
    previous = GENESIS
    updates = []
    for row in rows:
        digest = _row_hash(previous, row)
        updates.append({"id": row.id, "prev_hash": previous, "hash": digest})
        previous = digest
    if updates:
        connection.execute(
            sa.text("UPDATE audit_event SET prev_hash = :prev_hash, hash = :hash WHERE id = :id"),
            updates,
        )


def upgrade() -> None:
    # Plain ADD COLUMN, not a batch copy: the officer table is referenced by foreign keys
    # (enforced on our connections), so it cannot be dropped and recreated.
    op.add_column("officer", sa.Column("username", sa.String(length=100), nullable=True))
    op.add_column(
        "officer", sa.Column("active", sa.Boolean(), server_default=sa.text("1"), nullable=False)
    )
    op.add_column("officer", sa.Column("password_changed_at", TIMESTAMP, nullable=True))
    op.create_index("uq_officer_username", "officer", ["username"], unique=True)

    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    _chain_existing_rows()
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
    op.drop_index("uq_officer_username", table_name="officer")
    # SQLite >= 3.35 drops columns in place (no table copy, so the foreign keys stay happy).
    op.drop_column("officer", "password_changed_at")
    op.drop_column("officer", "active")
    op.drop_column("officer", "username")
