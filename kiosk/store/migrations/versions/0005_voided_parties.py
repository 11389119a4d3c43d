"""Voided parties: a party stays on disk, marked as voided (when, by whom), and counts nowhere.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable columns: SQLite adds them in place, the parties already there stay valid.
    op.add_column("parties", sa.Column("voided_at", sa.DateTime(), nullable=True))
    op.add_column("parties", sa.Column("voided_by", sa.String(length=24), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("parties") as batch:
        batch.drop_column("voided_by")
        batch.drop_column("voided_at")
