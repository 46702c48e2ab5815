"""The local store: SQLAlchemy schema, engine, migrations, repositories, outbox, files."""
