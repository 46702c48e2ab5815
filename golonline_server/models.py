"""The server schema (SQLAlchemy Core tables; the Alembic migrations create the same).

Exactly-once is carried by keys, not by code that checks first:

* ``applied_change`` is keyed by (office, entity, entity_id, version): the first push of a
  version wins the ``INSERT ... ON CONFLICT DO NOTHING``; a replay finds the row and its
  payload hash.
* ``record`` holds the current state, keyed by (entity, entity_id) across offices so a
  device cannot write over another office's record; moving it forward is a
  compare-and-set on ``version``.
* ``change_log`` is the pull feed; its ``seq`` is the cursor.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)

# SQLite only auto-increments an INTEGER PRIMARY KEY (its rowid).
BigId = BigInteger().with_variant(Integer(), "sqlite")
Timestamp = DateTime(timezone=True)

office = Table(
    "office",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("code", String(40), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("created_at", Timestamp, nullable=False),
    # Touched by every push: the row lock orders an office's change-log appends.
    Column("last_push_at", Timestamp, nullable=True),
)

officer = Table(
    "officer",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("office_id", String(36), ForeignKey("office.id"), nullable=False),
    Column("username", String(100), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("password_hash", String(300), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", Timestamp, nullable=False),
)

device = Table(
    "device",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("office_id", String(36), ForeignKey("office.id"), nullable=False, index=True),
    Column("officer_id", String(36), ForeignKey("officer.id"), nullable=False),
    Column("name", String(100), nullable=False),
    Column("device_code", String(16), nullable=False, unique=True),
    Column("public_key", String(64), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", Timestamp, nullable=False),
    Column("revoked_at", Timestamp, nullable=True),
)

applied_change = Table(
    "applied_change",
    metadata,
    Column("office_id", String(36), primary_key=True),
    Column("entity", String(40), primary_key=True),
    Column("entity_id", String(36), primary_key=True),
    Column("version", BigInteger, primary_key=True),
    Column("payload_hash", String(64), nullable=False),
    Column("device_id", String(36), nullable=True),
    Column("status", String(20), nullable=False),
    Column("server_version", BigInteger, nullable=True),
    Column("applied_at", Timestamp, nullable=False),
)

record = Table(
    "record",
    metadata,
    Column("entity", String(40), primary_key=True),
    Column("entity_id", String(36), primary_key=True),
    Column("office_id", String(36), ForeignKey("office.id"), nullable=False),
    Column("version", BigInteger, nullable=False),
    Column("operation", String(10), nullable=False),
    Column("payload", Text, nullable=False),
    Column("payload_hash", String(64), nullable=False),
    Column("device_id", String(36), nullable=True),
    Column("updated_at", Timestamp, nullable=False),
)

change_log = Table(
    "change_log",
    metadata,
    Column("seq", BigId, primary_key=True, autoincrement=True),
    Column("office_id", String(36), nullable=False),
    Column("entity", String(40), nullable=False),
    Column("entity_id", String(36), nullable=False),
    Column("version", BigInteger, nullable=False),
    Column("operation", String(10), nullable=False),
    Column("payload", Text, nullable=False),
    Column("source_device_id", String(36), nullable=True),
    Column("created_at", Timestamp, nullable=False),
    UniqueConstraint("office_id", "entity", "entity_id", "version", name="uq_change_log_key"),
)
Index("ix_change_log_office_seq", change_log.c.office_id, change_log.c.seq)
