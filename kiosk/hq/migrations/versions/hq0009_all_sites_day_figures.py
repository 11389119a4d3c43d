"""Dashboard at scale, all sites per day: `all_sites_day_figures`, the packets' totals and
dashboard figures (children, unaccompanied minors, needs shelter, with how many packets
hid a part of each) added up over the sites per day, kept at ingest by
kiosk/hq/dashboard_keeping.py; filled here from the figure columns of `day_packets`
(hq0007), closed or unmarked packets only (an open day's packet adds nothing).

Revision ID: hq0009_all_sites_day_figures
Revises: hq0008_all_sites_months
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "hq0009_all_sites_day_figures"
down_revision = "hq0008_all_sites_months"
branch_labels = None
depends_on = None

TOTALS = ("people", "parties", "meals_served", "sheets_printed")
FIGURES = ("children", "unaccompanied_minors", "needs_shelter")
SUMMARY = (*TOTALS, *FIGURES)


def upgrade() -> None:
    op.create_table(
        "all_sites_day_figures",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("packets", sa.Integer(), nullable=False),
        *(sa.Column(name, sa.BigInteger(), nullable=False) for name in SUMMARY),
        *(sa.Column(f"{name}_hidden", sa.Integer(), nullable=False) for name in FIGURES),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_all_sites_day_figures")),
    )
    packets = sa.table(
        "day_packets",
        *(sa.column(name) for name in ("day", "closed", *SUMMARY)),
        *(sa.column(f"{name}_hidden") for name in FIGURES),
    )
    days = sa.table(
        "all_sites_day_figures",
        *(sa.column(name) for name in ("day", "packets", *SUMMARY)),
        *(sa.column(f"{name}_hidden") for name in FIGURES),
    )
    op.execute(
        days.insert().from_select(
            ["day", "packets", *SUMMARY, *(f"{name}_hidden" for name in FIGURES)],
            sa.select(
                packets.c.day,
                sa.func.count(),
                *(sa.func.sum(packets.c[name]) for name in SUMMARY),
                *(
                    sa.func.sum(sa.case((packets.c[f"{name}_hidden"], 1), else_=0))
                    for name in FIGURES
                ),
            )
            .where(sa.or_(packets.c.closed.is_(None), packets.c.closed.is_(True)))
            .group_by(packets.c.day),
        )
    )


def downgrade() -> None:
    op.drop_table("all_sites_day_figures")
