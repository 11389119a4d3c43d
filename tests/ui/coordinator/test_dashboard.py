"""The dashboard shows the desk's own numbers: today's figures, by hour, the last 30 days,
and breakdowns with the number beside every bar; closing the day is two taps."""

import random
from datetime import timedelta
from itertools import pairwise

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.core.demo import demo_party
from kiosk.core.period_totals import ShelterTonight
from kiosk.core.registration import make_party
from kiosk.store.desk import Desk
from kiosk.ui.coordinator.dashboard_screen import DashboardScreen
from kiosk.ui.labels import language_name
from tests.fake_clock import START, FakeClock
from tests.ui.coordinator.conftest import Frame

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def busy_desk(coordinator_desk: Desk) -> Desk:
    """Twenty days back, and this morning's arrivals handed out, printed and served."""
    rng = random.Random(3)
    coordinator_desk.registrations.register_many(
        (START - timedelta(days=d, minutes=-i), demo_party(rng))
        for d in range(1, 21) for i in range(8)
    )
    for i in range(12):
        coordinator_desk.registrations.register(
            demo_party(rng), at=START - timedelta(minutes=70 - 5 * i), hand_out=True
        )
    for _ in range(5):
        job = coordinator_desk.print_queue.next_print_job()
        assert job is not None
        coordinator_desk.print_queue.print_done(job.id)
    coordinator_desk.tickets.redeem(coordinator_desk.tickets.typed_label(1))
    coordinator_desk.tickets.redeem(coordinator_desk.tickets.typed_label(2))
    return coordinator_desk


@pytest.fixture
def dashboard(qtbot: QtBot, frame: type[Frame], busy_desk: Desk) -> tuple[DashboardScreen, Frame]:
    screen = DashboardScreen(busy_desk.registrations.dashboard, busy_desk.days.close_day)
    return screen, frame(qtbot, screen)


def figure(shown: Frame, name: str) -> int:
    label = shown.find(f"figure-{name}")
    assert isinstance(label, QLabel)
    return int(label.text().replace(",", "").replace("\u202f", ""))


def test_todays_figures_are_the_desks_counts(
    dashboard: tuple[DashboardScreen, Frame], busy_desk: Desk
) -> None:
    """People, parties, children, unaccompanied minors, meals served and sheets printed."""
    _, shown = dashboard
    today = busy_desk.registrations.counts(busy_desk.today())
    assert figure(shown, "people") == today.people
    assert figure(shown, "parties") == today.parties == 12
    assert figure(shown, "children") == today.children
    assert figure(shown, "unaccompanied_minors") == today.unaccompanied_minors
    assert figure(shown, "meals_served") == 2
    assert figure(shown, "sheets_printed") == today.sheets_printed >= 2


def test_the_charts_carry_their_numbers(
    dashboard: tuple[DashboardScreen, Frame], busy_desk: Desk
) -> None:
    """By hour adds up to today's people; 30 columns per day; bars by language with counts."""
    screen, _ = dashboard
    today = busy_desk.registrations.counts(busy_desk.today())
    assert sum(n for _, n in screen.by_hour.columns()) == today.people
    days = screen.per_day.columns()
    assert len(days) == 30 and days[-1][1] == today.people
    assert sum(n for _, n in days) == sum(
        c.people
        for c in busy_desk.registrations.counts_by_day(
            busy_desk.today() - timedelta(days=29), busy_desk.today()
        )
    )
    top = max(today.by_language.items(), key=lambda kv: (kv[1], [-ord(c) for c in kv[0]]))
    assert (language_name(top[0]), top[1]) in screen.by_language.rows()
    assert str(top[1]) in screen.by_language.accessibleDescription()
    assert sum(n for _, n in screen.by_age.rows()) == today.people


def test_breakdowns_switch_to_the_last_30_days(
    qtbot: QtBot, dashboard: tuple[DashboardScreen, Frame], busy_desk: Desk
) -> None:
    """Tapping 'Last 30 days' shows the period's breakdowns (twenty days + today)."""
    screen, shown = dashboard
    shown.tap("breakdowns-30-days")
    period = busy_desk.registrations.dashboard().period
    assert sum(n for _, n in screen.by_age.rows()) == period.total("people")
    shown.tap("breakdowns-today")
    today = busy_desk.registrations.counts(busy_desk.today())
    assert sum(n for _, n in screen.by_age.rows()) == today.people


def test_closing_the_day_asks_first(
    qtbot: QtBot, dashboard: tuple[DashboardScreen, Frame], busy_desk: Desk, clock: FakeClock
) -> None:
    """Close the day → a question; Cancel closes nothing; Close the day freezes today."""
    screen, shown = dashboard
    shown.tap("dashboard-close-day")
    assert screen.confirm.isVisible()
    shown.tap("close-day-no")
    assert not busy_desk.registrations.dashboard().today_closed
    shown.tap("dashboard-close-day")
    with qtbot.waitSignal(screen.day_closed, timeout=1000):
        shown.tap("close-day-yes")
    assert busy_desk.registrations.dashboard().today_closed and screen.status.isVisible()
    assert [e.action for e in busy_desk.access.audit_entries()][-1] == "day-closed"


def test_need_shelter_tonight_counts_flagged_or_referred_parties_once(
    qtbot: QtBot, frame: type[Frame], coordinator_desk: Desk, clock: FakeClock
) -> None:
    """Today's people in parties flagged "needs shelter", referred to a shelter, or both
    (counted once); yesterday's and other parties are not among them."""
    adults = [("female", "26-59"), ("male", "26-59")]

    def register(people: int, flags: tuple[str, ...] = (), referrals: tuple[str, ...] = (),
                 days_ago: int = 0) -> None:
        party = make_party(language="ar", nationality="SY", people=adults[:1] * people,
                           flags=flags, referrals=referrals)
        coordinator_desk.registrations.register(party, at=START - timedelta(days=days_ago))

    register(3, flags=("needs-shelter",))
    register(2, referrals=("shelter",))
    register(4, flags=("needs-shelter",), referrals=("shelter",))
    register(5, flags=("medical-need",), referrals=("medical-point",))
    register(6, flags=("needs-shelter",), days_ago=1)
    assert coordinator_desk.registrations.dashboard().shelter_tonight == ShelterTonight(3, 9)
    screen = DashboardScreen(
        coordinator_desk.registrations.dashboard, coordinator_desk.days.close_day
    )
    shown = frame(qtbot, screen)
    assert figure(shown, "shelter_tonight") == 9
    assert "3" in shown.find("figure-shelter_tonight").accessibleDescription()


def test_the_30_day_chart_names_each_labelled_day_with_its_month(
    qtbot: QtBot, dashboard: tuple[DashboardScreen, Frame], busy_desk: Desk
) -> None:
    """"3 Nov", in the interface language's words (Dutch here: "okt", "sep" …); today's
    column is always labelled, and no two labels touch or leave the chart, at any width."""
    screen, _ = dashboard
    QLocale.setDefault(QLocale("nl"))
    try:
        screen.refresh()
        today = busy_desk.today()
        names = [name for name, _ in screen.per_day.columns()]
        assert names[-1] == QLocale("nl").toString(QDate(today), "d MMM")
        assert names[-1].split()[0] == str(today.day) and names[-1].split()[1].isalpha()
        for width in (300, 480, 900):
            screen.per_day.setFixedWidth(width)
            placed = screen.per_day.labels()
            assert placed[-1][0] == names[-1]
            assert len(placed) >= 2
            for (_, one), (_, two) in pairwise(placed):
                assert one.right() < two.left()
            assert placed[0][1].left() >= 0 and placed[-1][1].right() <= width
    finally:
        QLocale.setDefault(QLocale("en"))
