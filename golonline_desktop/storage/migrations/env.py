"""Alembic environment: migrations run on a connection handed in by ``storage.migrate``."""

from __future__ import annotations

from alembic import context

from golonline_desktop.storage import (
    certificate_models,  # noqa: F401 - its tables join Base.metadata
    product_models,  # noqa: F401 - its tables join Base.metadata
    sync_state,  # noqa: F401 - its tables join Base.metadata
)
from golonline_desktop.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for `alembic revision --autogenerate` by hand
    from sqlalchemy import create_engine

    url = context.config.get_main_option("sqlalchemy.url") or "sqlite:///migration-scratch.sqlite3"
    connection = create_engine(url).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
