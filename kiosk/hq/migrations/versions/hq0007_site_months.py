"""Dashboard at scale, per site: each packet's dashboard figures as columns of `day_packets`
(children, unaccompanied minors, needs shelter: the sum of their cells and whether a part
was hidden), and `site_months`, each site's packets added up per month, kept at ingest by
kiosk/hq/dashboard_sums.py. Filled here: the figures from `day_cells` (open days' packets,
which have no cells, from their JSON), the months from `day_packets`.

The cells of each figure as kiosk.core.packet_sums.SUMMARY_CELLS names them (kept here as
they were, as migrations are); a withheld breakdown (code "") hides every figure of it.

Revision ID: hq0007_site_months
Revises: hq0006_one_admin_log
Create Date: 2026-12-02
"""

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "hq0007_site_months"
down_revision = "hq0006_one_admin_log"
branch_labels = None
depends_on = None

TOTALS = ("people", "parties", "meals_served", "sheets_printed")
CHILD_CODES = tuple(
    f"{sex}:{band}"
    for sex in ("female", "male", "other", "unknown")
    for band in ("0-4", "5-11", "12-17")
)
FIGURES = {  # figure: (breakdown, its codes)
    "children": ("by_sex_age_band", CHILD_CODES),
    "unaccompanied_minors": ("by_flag", ("unaccompanied-minor",)),
    "needs_shelter": ("by_flag", ("needs-shelter",)),
}
SUMMARY = (*TOTALS, *FIGURES)  # site_months' sums


def _packet_figures(breakdowns: dict[str, Any]) -> dict[str, Any]:
    """The figures of one packet from its JSON (an open day's: it has no cells)."""
    found: dict[str, Any] = {}
    for name, (breakdown_name, codes) in FIGURES.items():
        breakdown = breakdowns[breakdown_name]
        if breakdown.get("withheld"):
            found[name], found[f"{name}_hidden"] = 0, True
            continue
        cells = breakdown.get("cells", {})
        suppressed = set(breakdown.get("suppressed", ()))
        found[name] = sum(int(cells.get(code, 0)) for code in codes if code not in suppressed)
        found[f"{name}_hidden"] = any(code in suppressed for code in codes)
    return found


def _fill_figures() -> None:
    packets = sa.table(
        "day_packets",
        *(sa.column(name) for name in ("site_id", "day", "closed", "breakdowns")),
        *(sa.column(name) for name in FIGURES),
        *(sa.column(f"{name}_hidden") for name in FIGURES),
    )
    cells = sa.table(
        "day_cells",
        *(sa.column(name) for name in ("site_id", "day", "breakdown", "code", "value", "hidden")),
    )
    sums: list[Any] = []
    for name, (breakdown, codes) in FIGURES.items():
        wanted = sa.and_(cells.c.breakdown == breakdown, cells.c.code.in_(("", *codes)))
        sums.append(sa.func.sum(sa.case((wanted, cells.c.value), else_=0)).label(name))
        hidden = sa.and_(wanted, cells.c.hidden)
        sums.append(sa.func.max(sa.case((hidden, 1), else_=0)).label(f"{name}_hidden"))
    summed = (
        sa.select(cells.c.site_id, cells.c.day, *sums)
        .where(cells.c.breakdown.in_({breakdown for breakdown, _ in FIGURES.values()}))
        .group_by(cells.c.site_id, cells.c.day)
        .subquery("summed")
    )
    values: dict[str, Any] = {}
    for name in FIGURES:
        values[name] = summed.c[name]
        values[f"{name}_hidden"] = summed.c[f"{name}_hidden"] == 1
    op.execute(
        sa.update(packets)
        .where(packets.c.site_id == summed.c.site_id, packets.c.day == summed.c.day)
        .values(**values)
    )
    connection = op.get_bind()
    open_days = connection.execute(
        sa.select(packets.c.site_id, packets.c.day, packets.c.breakdowns).where(
            packets.c.closed.is_(False)
        )
    ).all()
    for site_id, day, breakdowns in open_days:  # no cells: from the packet itself
        connection.execute(
            sa.update(packets)
            .where(packets.c.site_id == site_id, packets.c.day == day)
            .values(**_packet_figures(json.loads(breakdowns)))
        )


def _fill_months() -> None:
    packets = sa.table(
        "day_packets",
        *(sa.column(name) for name in ("site_id", "day", "closed", *SUMMARY)),
        *(sa.column(f"{name}_hidden") for name in FIGURES),
    )
    months = sa.table(
        "site_months",
        *(sa.column(name) for name in ("site_id", "month", "packets", *SUMMARY)),
        *(sa.column(f"{name}_hidden") for name in FIGURES),
    )
    if op.get_bind().dialect.name == "postgresql":
        month: Any = sa.cast(sa.func.date_trunc("month", packets.c.day), sa.Date)
    else:
        month = sa.func.date(packets.c.day, "start of month")
    month = month.label("month")
    op.execute(
        months.insert().from_select(
            ["site_id", "month", "packets", *SUMMARY, *(f"{name}_hidden" for name in FIGURES)],
            sa.select(
                packets.c.site_id,
                month,
                sa.func.count(),
                *(sa.func.sum(packets.c[name]) for name in SUMMARY),
                *(
                    sa.func.sum(sa.case((packets.c[f"{name}_hidden"], 1), else_=0))
                    for name in FIGURES
                ),
            )
            # an open day's packet adds nothing (kiosk/hq/published_days.py)
            .where(sa.or_(packets.c.closed.is_(None), packets.c.closed.is_(True)))
            .group_by(packets.c.site_id, month),
        )
    )


def upgrade() -> None:
    for name in FIGURES:
        op.add_column(
            "day_packets",
            sa.Column(name, sa.Integer(), nullable=False, server_default="0"),
        )
        op.add_column(
            "day_packets",
            sa.Column(f"{name}_hidden", sa.Boolean(), nullable=False, server_default=sa.false()),
        )
    _fill_figures()
    op.create_index(
        "ix_day_packets_figures",
        "day_packets",
        [
            "day",
            "site_id",
            "closed",
            *TOTALS,
            *(column for name in FIGURES for column in (name, f"{name}_hidden")),
        ],
    )
    open_days = "closed IS false" if op.get_bind().dialect.name == "postgresql" else "closed IS 0"
    op.create_index(
        "ix_day_packets_open",
        "day_packets",
        ["day"],
        postgresql_where=sa.text(open_days),
        sqlite_where=sa.text(open_days),
    )
    op.create_table(
        "site_months",
        sa.Column("site_id", sa.String(length=32), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("packets", sa.Integer(), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in SUMMARY),
        *(sa.Column(f"{name}_hidden", sa.Integer(), nullable=False) for name in FIGURES),
        sa.PrimaryKeyConstraint("site_id", "month", name=op.f("pk_site_months")),
    )
    _fill_months()


def downgrade() -> None:
    op.drop_table("site_months")
    op.drop_index("ix_day_packets_open", table_name="day_packets")
    op.drop_index("ix_day_packets_figures", table_name="day_packets")
    for name in FIGURES:
        op.drop_column("day_packets", f"{name}_hidden")
        op.drop_column("day_packets", name)
