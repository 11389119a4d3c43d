"""Closed days: a packet says whether its day is over at the desk (`closed`), and readers
see only closed days, so that two revisions of a day still being registered cannot be
subtracted. Packets stored before (and packets from older desks) have no mark (NULL): they
are published once their day is more than one day before headquarters' today.

Revision ID: hq0005_day_closed
Revises: hq0004
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "hq0005_day_closed"
down_revision = "hq0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("day_packets") as batch:
        batch.add_column(sa.Column("closed", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("day_packets") as batch:
        batch.drop_column("closed")
