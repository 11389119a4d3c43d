"""One admin log: `admin_events` (what the command line and the receive path did to sites
and readers) and `admin_actions` (what admins did on the web dashboard) become `admin_log`
(day, account, action, subject; account "" for the command line and headquarters itself).
The rows move over in order: by day, and within a day the command line's before the web's
(the two tables kept no finer time).

Revision ID: hq0006_one_admin_log
Revises: hq0005_all_sites_days
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "hq0006_one_admin_log"
down_revision = "hq0005_all_sites_days"
branch_labels = None
depends_on = None


def _tables() -> tuple[sa.TableClause, sa.TableClause, sa.TableClause]:
    log = sa.table(
        "admin_log",
        *(sa.column(name) for name in ("id", "day", "account", "action", "subject")),
    )
    events = sa.table(
        "admin_events", *(sa.column(name) for name in ("id", "day", "action", "subject"))
    )
    actions = sa.table(
        "admin_actions",
        *(sa.column(name) for name in ("id", "on_day", "account", "action", "target")),
    )
    return log, events, actions


def upgrade() -> None:
    op.create_table(
        "admin_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("account", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admin_log")),
    )
    log, events, actions = _tables()
    connection = op.get_bind()
    rows = [
        (day, 0, id_, "", action, subject)
        for id_, day, action, subject in connection.execute(
            sa.select(events.c.id, events.c.day, events.c.action, events.c.subject)
        )
    ] + [
        (day, 1, id_, account, action, target)
        for id_, day, account, action, target in connection.execute(
            sa.select(
                actions.c.id,
                actions.c.on_day,
                actions.c.account,
                actions.c.action,
                actions.c.target,
            )
        )
    ]
    rows.sort(key=lambda row: row[:3])
    if rows:
        connection.execute(
            sa.insert(log),
            [
                {"id": n, "day": day, "account": account, "action": action, "subject": subject}
                for n, (day, _, _, account, action, subject) in enumerate(rows, start=1)
            ],
        )
    if connection.dialect.name == "postgresql" and rows:  # the next id after the moved ones
        connection.execute(
            sa.text("SELECT setval(pg_get_serial_sequence('admin_log', 'id'), :last)"),
            {"last": len(rows)},
        )
    op.drop_table("admin_events")
    op.drop_table("admin_actions")


def downgrade() -> None:
    op.create_table(
        "admin_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admin_events")),
    )
    op.create_table(
        "admin_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("on_day", sa.Date(), nullable=False),
        sa.Column("account", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("target", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admin_actions")),
    )
    log, events, actions = _tables()
    connection = op.get_bind()
    for day, account, action, subject in connection.execute(
        sa.select(log.c.day, log.c.account, log.c.action, log.c.subject).order_by(log.c.id)
    ).all():
        if account:
            connection.execute(
                sa.insert(actions).values(
                    on_day=day, account=account, action=action, target=subject[:80]
                )
            )
        else:
            connection.execute(sa.insert(events).values(day=day, action=action, subject=subject))
    op.drop_table("admin_log")
