"""A partial index of the tombstones: the home figures count live businesses with it.

``storage/figures.py`` counts live businesses at every start, before the window is
shown. ``WHERE deleted = 0`` read the whole table (~15 ms for 100,000 businesses); all
rows minus the tombstones takes ~0.5 ms: ``count(*)`` walks the smallest index, and the
tombstones are counted from this index, which holds only them. A full index on
``deleted`` would not do: with every row at 0 the planner would pick it for the
browser's ``WHERE deleted = 0 ORDER BY ...`` and sort in a temporary B-tree again.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_business_tombstones", "business", ["deleted"], sqlite_where=sa.text("deleted = 1")
    )


def downgrade() -> None:
    op.drop_index("ix_business_tombstones", table_name="business")
