"""Dashboard at scale, all sites per month: `all_sites_months`, `all_sites_days` added up per
month (value, how many packets hid the cell, how many published it), kept at ingest by
kiosk/hq/dashboard_sums.py; filled here from `all_sites_days`.

Revision ID: hq0008_all_sites_months
Revises: hq0007_site_months
Create Date: 2026-12-03
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "hq0008_all_sites_months"
down_revision = "hq0007_site_months"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "all_sites_months",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("breakdown", sa.String(length=32), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("hidden_packets", sa.Integer(), nullable=False),
        sa.Column("packets", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("month", "breakdown", "code", name=op.f("pk_all_sites_months")),
    )
    days = sa.table(
        "all_sites_days",
        *(sa.column(name) for name in ("day", "breakdown", "code", "value")),
        sa.column("hidden_sites"),
        sa.column("sites"),
    )
    months = sa.table(
        "all_sites_months",
        *(sa.column(name) for name in ("month", "breakdown", "code", "value")),
        sa.column("hidden_packets"),
        sa.column("packets"),
    )
    if op.get_bind().dialect.name == "postgresql":
        month: Any = sa.cast(sa.func.date_trunc("month", days.c.day), sa.Date)
    else:
        month = sa.func.date(days.c.day, "start of month")
    month = month.label("month")
    op.execute(
        months.insert().from_select(
            ["month", "breakdown", "code", "value", "hidden_packets", "packets"],
            sa.select(
                month,
                days.c.breakdown,
                days.c.code,
                sa.func.sum(days.c.value),
                sa.func.sum(days.c.hidden_sites),
                sa.func.sum(days.c.sites),
            ).group_by(month, days.c.breakdown, days.c.code),
        )
    )


def downgrade() -> None:
    op.drop_table("all_sites_months")
