"""Dashboard at scale, all sites: `all_sites_days`, each day's published cells (and the
packets' totals, as breakdown "totals") added up over the sites, kept at ingest by
kiosk/hq/dashboard_sums.py; filled here from `day_cells` and `day_packets`.

Revision ID: hq0005_all_sites_days
Revises: hq0005_day_closed
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "hq0005_all_sites_days"
down_revision = "hq0005_day_closed"
branch_labels = None
depends_on = None

TOTALS = ("people", "parties", "meals_served", "sheets_printed")


def upgrade() -> None:
    op.create_table(
        "all_sites_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("breakdown", sa.String(length=32), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("hidden_sites", sa.Integer(), nullable=False),
        sa.Column("sites", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "breakdown", "code", name=op.f("pk_all_sites_days")),
    )
    all_sites_days = sa.table(
        "all_sites_days",
        *(sa.column(name) for name in ("day", "breakdown", "code", "value")),
        sa.column("hidden_sites"),
        sa.column("sites"),
    )
    cells = sa.table(
        "day_cells",
        *(sa.column(name) for name in ("day", "breakdown", "code", "value", "hidden")),
    )
    packets = sa.table(
        "day_packets",
        sa.column("day"),
        sa.column("closed"),
        *(sa.column(name) for name in TOTALS),
    )
    columns = ["day", "breakdown", "code", "value", "hidden_sites", "sites"]
    op.execute(
        all_sites_days.insert().from_select(
            columns,
            sa.select(
                cells.c.day,
                cells.c.breakdown,
                cells.c.code,
                sa.func.sum(cells.c.value),
                sa.func.sum(sa.case((cells.c.hidden, 1), else_=0)),
                sa.func.count(),
            ).group_by(cells.c.day, cells.c.breakdown, cells.c.code),
        )
    )
    for name in TOTALS:
        op.execute(
            all_sites_days.insert().from_select(
                columns,
                sa.select(
                    packets.c.day,
                    sa.literal("totals"),
                    sa.literal(name),
                    sa.func.sum(packets.c[name]),
                    sa.literal(0),
                    sa.func.count(),
                )
                # an open day's packet adds nothing (kiosk/hq/published_days.py)
                .where(sa.or_(packets.c.closed.is_(None), packets.c.closed.is_(True)))
                .group_by(packets.c.day),
            )
        )


def downgrade() -> None:
    op.drop_table("all_sites_days")
