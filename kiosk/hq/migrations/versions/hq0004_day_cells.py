"""Dashboard at scale: each stored packet's published cells, one row per (site, day,
breakdown, code), so that the dashboard adds a period up with GROUP BY; filled from the
packets already stored.

A row holds the cell's value as sent, `hidden` for a suppressed cell (value 0); a withheld
breakdown is one hidden row with code "". The same rows as
kiosk.core.packet_sums.published_cells (kept here as they were, as migrations are).

Revision ID: hq0004
Revises: hq0003
Create Date: 2026-12-02
"""

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "hq0004"
down_revision = "hq0003"
branch_labels = None
depends_on = None

BREAKDOWNS = (
    "by_language",
    "by_nationality",
    "by_sex_age_band",
    "by_flag",
    "by_referral",
    "by_party_kind",
)
BATCH = 5000


def _rows(site_id: str, day: Any, breakdowns: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for name in BREAKDOWNS:
        breakdown = breakdowns[name]
        if breakdown.get("withheld"):
            cells: dict[str, tuple[int, bool]] = {"": (0, True)}
        else:
            cells = {code: (int(n), False) for code, n in breakdown.get("cells", {}).items()}
            cells.update({code: (0, True) for code in breakdown.get("suppressed", ())})
        found.extend(
            {
                "site_id": site_id,
                "day": day,
                "breakdown": name,
                "code": code,
                "value": value,
                "hidden": hidden,
            }
            for code, (value, hidden) in cells.items()
        )
    return found


def upgrade() -> None:
    day_cells = op.create_table(
        "day_cells",
        sa.Column("site_id", sa.String(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("breakdown", sa.String(length=32), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id", "day"],
            ["day_packets.site_id", "day_packets.day"],
            name=op.f("fk_day_cells_site_id_day_packets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("site_id", "day", "breakdown", "code", name=op.f("pk_day_cells")),
    )
    op.create_index(
        "ix_day_cells_breakdown",
        "day_cells",
        ["breakdown", "code", "day", "site_id", "value", "hidden"],
    )
    packets = sa.table(
        "day_packets",
        sa.column("site_id", sa.String()),
        sa.column("day", sa.Date()),
        sa.column("breakdowns", sa.Text()),
    )
    connection = op.get_bind()
    batch: list[dict[str, Any]] = []
    result = connection.execute(
        sa.select(packets.c.site_id, packets.c.day, packets.c.breakdowns).execution_options(
            yield_per=500
        )
    )
    for site_id, day, breakdowns in result:
        batch.extend(_rows(site_id, day, json.loads(breakdowns)))
        if len(batch) >= BATCH:
            connection.execute(sa.insert(day_cells), batch)
            batch = []
    if batch:
        connection.execute(sa.insert(day_cells), batch)


def downgrade() -> None:
    op.drop_index("ix_day_cells_breakdown", table_name="day_cells")
    op.drop_table("day_cells")
