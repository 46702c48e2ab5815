"""Products, their ordered photos, and marketplace listings.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TIMESTAMP = sa.String(length=32)  # storage.types.UtcDateTime
ID = sa.String(length=36)


def upgrade() -> None:
    op.create_table(
        "product",
        sa.Column("id", ID, nullable=False),
        sa.Column("business_id", ID, nullable=False),
        sa.Column("sku", sa.String(length=50), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("price_rupiah", sa.BigInteger(), nullable=False),
        sa.Column("stock", sa.Integer(), nullable=False),
        sa.Column("weight_grams", sa.Integer(), nullable=True),
        sa.Column("length_cm", sa.Float(), nullable=True),
        sa.Column("width_cm", sa.Float(), nullable=True),
        sa.Column("height_cm", sa.Float(), nullable=True),
        sa.Column("condition", sa.String(length=4), nullable=False),
        sa.Column("category_key", sa.String(length=40), nullable=False),
        sa.Column("brand", sa.String(length=100), nullable=False),
        sa.Column("preorder_days", sa.Integer(), nullable=True),
        sa.Column("created_by", ID, nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.Column("updated_by", ID, nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_at", TIMESTAMP, nullable=True),
        sa.ForeignKeyConstraint(
            ["business_id"], ["business.id"], name=op.f("fk_product_business_id_business")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["officer.id"], name=op.f("fk_product_created_by_officer")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["officer.id"], name=op.f("fk_product_updated_by_officer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product")),
    )
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.create_index("ix_product_business_id", ["business_id"], unique=False)

    op.create_table(
        "product_photo",
        sa.Column("id", ID, nullable=False),
        sa.Column("product_id", ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("bytes", sa.Integer(), nullable=False),
        sa.Column("created_by", ID, nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"], ["officer.id"], name=op.f("fk_product_photo_created_by_officer")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_product_photo_product_id_product")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_photo")),
    )
    with op.batch_alter_table("product_photo", schema=None) as batch_op:
        batch_op.create_index(
            "ix_product_photo_product_id", ["product_id", "position"], unique=False
        )
        batch_op.create_index("ix_product_photo_sha256", ["sha256"], unique=False)

    op.create_table(
        "listing",
        sa.Column("id", ID, nullable=False),
        sa.Column("product_id", ID, nullable=False),
        sa.Column("marketplace_id", sa.String(length=40), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("category_id", sa.String(length=60), nullable=False),
        sa.Column("pickup_point_code", sa.String(length=40), nullable=False),
        sa.Column("checked_at", TIMESTAMP, nullable=True),
        sa.Column("created_by", ID, nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.Column("updated_by", ID, nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"], ["officer.id"], name=op.f("fk_listing_created_by_officer")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_listing_product_id_product")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["officer.id"], name=op.f("fk_listing_updated_by_officer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_listing")),
        sa.UniqueConstraint("product_id", "marketplace_id", name="uq_listing_product_marketplace"),
    )
    with op.batch_alter_table("listing", schema=None) as batch_op:
        batch_op.create_index("ix_listing_state", ["state"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("listing", schema=None) as batch_op:
        batch_op.drop_index("ix_listing_state")
    op.drop_table("listing")
    with op.batch_alter_table("product_photo", schema=None) as batch_op:
        batch_op.drop_index("ix_product_photo_sha256")
        batch_op.drop_index("ix_product_photo_product_id")
    op.drop_table("product_photo")
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_index("ix_product_business_id")
    op.drop_table("product")
