"""Indexes for the MSME browser's sort orders: business name, owner (both ignoring case)
and last change.

The browser pages by key: ``ORDER BY <key>, rowid`` with ``<key> >= :v AND (<key> > :v OR
rowid > :r)`` after the last row shown (``services/business_query.py``). Without an index
each page of 50 sorted 100,000 rows in a temporary B-tree (~20 ms); with one, SQLite starts
at the last row shown and reads 50 index entries. The rowid is the last column of every
SQLite index, so it needs no column of its own. The collation must match the query's
(``COLLATE NOCASE``) or SQLite cannot use the index for the order.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_NOCASE = {
    "ix_business_name_nocase": "business_name",
    "ix_business_owner_nocase": "owner_name",
}


def upgrade() -> None:
    for name, column in _NOCASE.items():
        op.create_index(name, "business", [sa.text(f"{column} COLLATE NOCASE")])
    op.create_index("ix_business_updated_at", "business", ["updated_at"])


def downgrade() -> None:
    op.drop_index("ix_business_updated_at", table_name="business")
    for name in reversed(_NOCASE):
        op.drop_index(name, table_name="business")
