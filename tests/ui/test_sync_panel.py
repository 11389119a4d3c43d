"""The headquarters card under the today panel: status, and "sync now" against a real HQ."""

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.core.hq_link import make_hq_connection
from kiosk.core.registration import make_party
from kiosk.store.desk import Desk
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.main_window import MainWindow
from tests.fake_clock import FakeClock
from tests.hq_harness import RunningHq, running_hq
from tests.ui.conftest import CALM, Finger, open_window


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[RunningHq]:
    with running_hq("sqlite", tmp_path / "hq") as server:
        yield server


def test_not_connected_says_so_without_a_button(window: MainWindow) -> None:
    """A kiosk without headquarters says it is not connected and offers nothing to tap."""
    panel = window.sync_panel
    assert panel is not None
    assert "Not connected" in panel.state.text()
    assert not panel.button.isVisibleTo(panel)


def test_sync_now_sends_the_days_to_headquarters(
    qtbot: QtBot, desk: Desk, clock: FakeClock, language: InterfaceLanguage, hq: RunningHq
) -> None:
    """Connected: tapping "Sync now" sends today's packet; the card shows nothing waiting.
    Readers at headquarters see the day once it is over and sent closed (the next sync)."""
    token = hq.add_site("brussels-test", "Startpunt Test")
    desk.settings.save_hq_connection(make_hq_connection(hq.url, token))
    for _ in range(6):
        desk.registrations.register(
            make_party(language="ar", nationality="SY", people=[("male", "26-59")])
        )
    window = open_window(qtbot, desk, language, replace(CALM, sync_s=3600.0))
    try:
        panel = window.sync_panel
        assert panel is not None and panel.button.isVisibleTo(panel)
        Finger(qtbot, window).tap("sync-now")
        qtbot.waitUntil(
            lambda: "Last sent" in panel.state.text() and panel.button.isEnabled(), timeout=30_000
        )
        assert "Days waiting: 0" in panel.state.text()
        reader = hq.add_reader()
        day = desk.today().isoformat()
        assert hq.days(reader, day, day) == []  # still open: no reader sees it yet
        clock.advance(days=1)
        Finger(qtbot, window).tap("sync-now")
        qtbot.waitUntil(lambda: len(hq.days(reader, day, day)) == 1, timeout=30_000)
        assert [row["people"] for row in hq.days(reader, day, day)] == [6]
    finally:
        window.shutdown()
