"""One admin log: the command line's and the web's lines in one table, read by one
command (`kiosk-hq admin-log`) and one page; hq0006 moves the two old tables' rows into it
in order and back on downgrade."""

from datetime import UTC, date, datetime

from alembic import command
from sqlalchemy import Date, column, insert, table, text

from kiosk.hq.database import alembic_config
from kiosk.hq.store import HqStore

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def test_hq0006_moves_both_logs_into_one_in_order(store: HqStore) -> None:
    """Lines of the command line's log and of the web's, over two days, end up in one log:
    by day, the command line's first within a day; new lines follow them; downgrading puts
    each back in its own table."""
    with store.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "hq0005_all_sites_days")
        events = table("admin_events", column("day", Date), column("action"), column("subject"))
        actions = table(
            "admin_actions",
            column("on_day", Date),
            *(column(name) for name in ("account", "action", "target")),
        )
        connection.execute(
            insert(events),
            [
                {"day": date(2026, 11, 2), "action": "site-added", "subject": "desk-b"},
                {"day": date(2026, 11, 1), "action": "site-added", "subject": "desk-a"},
            ],
        )
        connection.execute(
            insert(actions),
            [
                {
                    "on_day": date(2026, 11, 1),
                    "account": "ada",
                    "action": "revoke-site",
                    "target": "desk-a",
                },
                {
                    "on_day": date(2026, 11, 3),
                    "account": "ada",
                    "action": "add-reader",
                    "target": "Analyst",
                },
            ],
        )
    with store.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    store.add_site("desk-c", "Desk C", by="bob")
    assert store.admin_log() == [
        (date(2026, 11, 1), "", "site-added", "desk-a"),
        (date(2026, 11, 1), "ada", "revoke-site", "desk-a"),
        (date(2026, 11, 2), "", "site-added", "desk-b"),
        (date(2026, 11, 3), "ada", "add-reader", "Analyst"),
        (NOW.date(), "bob", "site-added", "desk-c"),
    ]
    assert store.admin_log(latest=2) == store.admin_log()[-2:]
    with store.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "hq0005_all_sites_days")
        events = connection.execute(text("SELECT action, subject FROM admin_events")).all()
        actions = connection.execute(text("SELECT account, target FROM admin_actions")).all()
    assert [tuple(row) for row in events] == [("site-added", "desk-a"), ("site-added", "desk-b")]
    assert ("bob", "desk-c") in [tuple(row) for row in actions]
