"""Coordinator mode: frozen daily summaries, the append-only audit trail.

Triggers keep the audit trail append-only, and refuse a registration on a day whose
per-person rows were already deleted (its frozen summary could no longer count it).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TRIGGERS = (
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
    """CREATE TRIGGER parties_not_on_purged_days BEFORE INSERT ON parties
    WHEN EXISTS (SELECT 1 FROM daily_summaries
                 WHERE day = NEW.day AND purged_at IS NOT NULL)
    BEGIN SELECT RAISE(ABORT, 'this day is closed and its registrations were deleted'); END""",
)


def upgrade() -> None:
    op.create_table(
        "daily_summaries",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=False),
        sa.Column("purged_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_daily_summaries")),
    )
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_log")),
    )
    for trigger in TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    for name in ("parties_not_on_purged_days", "audit_log_no_delete", "audit_log_no_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("audit_log")
    op.drop_table("daily_summaries")
