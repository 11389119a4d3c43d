"""Alembic runs inside kiosk-hq: the caller hands over an open connection
(kiosk.hq.database.migrate)."""

from alembic import context

from kiosk.hq.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
