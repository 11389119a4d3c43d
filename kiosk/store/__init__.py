"""The desk's durable local store: SQLite through SQLAlchemy, migrated by Alembic."""
