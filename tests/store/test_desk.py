"""The desk gateway: numbers of the day, the site's day, counts that agree with the rules."""

import itertools
import os
import random
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.codes import AgeBand, Flag, Referral, Sex
from kiosk.core.counts import count_parties
from kiosk.core.demo import demo_party
from kiosk.core.plausibility import plausible_flags
from kiosk.core.registration import Party, Person, make_party
from kiosk.core.site import DeskSettings, make_site
from kiosk.paths import database_path
from kiosk.store.desk import Desk
from tests.database_files import readable_text
from tests.fake_clock import FakeClock

ONE_ADULT = make_party(language="ar", nationality="SY", people=[("male", "26-59")])


def test_numbers_of_the_day_start_at_one_each_day(desk: Desk) -> None:
    """Parties are numbered 1, 2, 3 within a day, and numbering starts again the next day."""
    monday = datetime(2026, 11, 23, 7, 30, tzinfo=UTC)
    register = desk.registrations.register
    numbers = [register(ONE_ADULT, at=monday + timedelta(minutes=i)).number for i in range(3)]
    tuesday = desk.registrations.register(ONE_ADULT, at=monday + timedelta(days=1))
    assert numbers == [1, 2, 3]
    assert (tuesday.number, tuesday.label, tuesday.day) == (1, "001", date(2026, 11, 24))


def test_the_day_runs_in_the_sites_time_zone(desk: Desk) -> None:
    """23:30 UTC in winter is already tomorrow in Brussels; the stored time stays UTC."""
    receipt = desk.registrations.register(ONE_ADULT, at=datetime(2026, 11, 26, 23, 30, tzinfo=UTC))
    assert receipt.day == date(2026, 11, 27)
    assert receipt.registered_at == datetime(2026, 11, 26, 23, 30, tzinfo=UTC)
    assert desk.registrations.counts(date(2026, 11, 27)).people == 1
    assert desk.registrations.counts(date(2026, 11, 26)).people == 0


def test_counts_in_sql_agree_with_the_rules(desk: Desk) -> None:
    """The store's SQL counts equal the in-memory count of the same parties."""
    rng = random.Random(7)
    day = date(2026, 11, 20)
    parties = [demo_party(rng) for _ in range(150)]
    for i, party in enumerate(parties):
        at = datetime(2026, 11, 20, 7, tzinfo=UTC) + timedelta(seconds=i)
        desk.registrations.register(party, at=at)
    assert desk.registrations.counts(day) == count_parties(day, parties)


people_st = st.lists(
    st.builds(Person, st.sampled_from(list(Sex)), st.sampled_from(list(AgeBand))),
    min_size=1,
    max_size=20,
)
party_st = st.builds(
    lambda language, nationality, people, flags, referrals: make_party(
        language=language,
        nationality=nationality,
        people=people,
        flags=plausible_flags(people, flags),
        referrals=referrals,
    ),
    st.sampled_from(["ar", "prs", "ti", "fr", "ka"]),
    st.sampled_from(["SY", "AF", "ER", "stateless", "unknown"]),
    people_st,
    st.frozensets(st.sampled_from(list(Flag))),
    st.frozensets(st.sampled_from(list(Referral))),
)


_fresh_days = itertools.count()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(parties=st.lists(party_st, min_size=0, max_size=12))
def test_counts_property(desk: Desk, parties: list[Party]) -> None:
    """For any parties on a fresh day, SQL counts equal the rules' counts."""
    day = date(2020, 1, 1) + timedelta(days=next(_fresh_days))
    start = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
    for i, party in enumerate(parties):
        desk.registrations.register(party, at=start + timedelta(seconds=i))
    assert desk.registrations.counts(day) == count_parties(day, parties)


def test_counts_by_day_include_days_without_arrivals(desk: Desk) -> None:
    """A period's counts have one entry per day, zero for quiet days."""
    desk.registrations.register(ONE_ADULT, at=datetime(2026, 11, 2, 8, tzinfo=UTC))
    days = desk.registrations.counts_by_day(date(2026, 11, 1), date(2026, 11, 3))
    assert [(c.day.day, c.people) for c in days] == [(1, 0), (2, 1), (3, 0)]


def test_frequent_nationalities_follow_the_last_week(desk: Desk, clock: FakeClock) -> None:
    """The most frequent nationality of the last 7 days comes first; older ones do not count."""
    now = clock()
    for _ in range(3):
        desk.registrations.register(
            make_party(language="ka", nationality="GE", people=[("male", "26-59")]),
            at=now - timedelta(days=1),
        )
    for _ in range(9):
        desk.registrations.register(ONE_ADULT, at=now - timedelta(days=10))
    frequent = desk.registrations.frequent_nationalities(limit=8)
    assert frequent[0] == "GE"
    assert len(frequent) == 8 and len(set(frequent)) == 8


def test_frequent_nationalities_hold_still_all_day(desk: Desk, clock: FakeClock) -> None:
    """Today's arrivals do not move the buttons; ties go by name; unknown and stateless have
    their own buttons and are never among the frequent ones."""
    yesterday = clock() - timedelta(days=1)
    for code, n in (("SY", 2), ("AF", 2), ("ER", 3), ("unknown", 9), ("stateless", 9)):
        for _ in range(n):
            desk.registrations.register(
                make_party(language="ar", nationality=code, people=[("male", "26-59")]),
                at=yesterday,
            )
    before = desk.registrations.frequent_nationalities(limit=8)
    assert before[:3] == ["ER", "AF", "SY"]  # 3, then 2 and 2 by name
    assert "unknown" not in before and "stateless" not in before
    for _ in range(5):
        desk.registrations.register(
            make_party(language="ar", nationality="GE", people=[("male", "26-59")]), at=clock()
        )
    assert desk.registrations.frequent_nationalities(limit=8) == before


def test_a_coordinator_can_pin_the_frequent_nationalities(desk: Desk) -> None:
    """Pinned ones replace last week's, in the order given; empty goes back to last week's."""
    automatic = desk.registrations.frequent_nationalities(limit=8)
    desk.settings.change_many({"frequent_nationalities": ["UA", "AF", "ER"]})
    assert desk.registrations.frequent_nationalities(limit=8) == ["UA", "AF", "ER"]
    desk.settings.change_many({"frequent_nationalities": ""})
    assert desk.registrations.frequent_nationalities(limit=8) == automatic


def test_pin_is_kept_only_as_a_hash(desk: Desk) -> None:
    """The PIN is checked against an Argon2id hash; the digits are not in the database even
    read with its key, and the hash is not in the (encrypted) file's bytes."""
    assert desk.access.check_pin("246810") and not desk.access.check_pin("246811")
    desk.days.checkpoint()
    readable = readable_text(desk.path)
    assert "246810" not in readable and "$argon2id$" in readable
    assert b"$argon2id$" not in desk.path.read_bytes()


def test_desk_settings_round_trip(desk: Desk) -> None:
    """Idle time and interface language are saved and read back."""
    desk.settings.save_desk_settings(DeskSettings(idle_seconds=90, interface_language="fr"))
    assert desk.settings.desk_settings() == DeskSettings(90, "fr")


def test_two_processes_never_share_a_number(data_dir: Path, desk: Desk, clock: FakeClock) -> None:
    """Two processes registering at once (screens and command line) get distinct numbers."""
    script = (
        "import sys\n"
        "from kiosk.core.clock import clock_from_environment\n"
        "from kiosk.store.desk import Desk\n"
        "from kiosk.core.registration import make_party\n"
        "d = Desk.open(__import__('pathlib').Path(sys.argv[1]), clock=clock_from_environment())\n"
        "p = make_party(language='ar', nationality='SY', people=[('male', '26-59')])\n"
        "for _ in range(40): d.registrations.register(p)\n"
    )
    path = str(database_path(data_dir))
    at_the_tests_moment = {**os.environ, "KIOSK_CLOCK": clock().isoformat()}
    workers = [
        subprocess.Popen([sys.executable, "-c", script, path], env=at_the_tests_moment)
        for _ in range(2)
    ]
    assert all(worker.wait(timeout=60) == 0 for worker in workers)
    counts = desk.registrations.counts(desk.today())
    assert counts.parties == 80


def test_site_is_remembered(data_dir: Path, desk: Desk) -> None:
    """The set-up survives closing and reopening the file."""
    desk.close()
    again = Desk.open(database_path(data_dir))
    try:
        assert again.site() == make_site("brussels-test", "Startpunt Test")
    finally:
        again.close()


def test_fast_path_writes_what_the_orm_reads(desk: Desk) -> None:
    """The registration path's plain SQL stores day and time in the ORM's own forms."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from kiosk.store.models import PartyRow

    moment = datetime(2026, 11, 26, 7, 5, 3, 120000, tzinfo=UTC)
    desk.registrations.register(ONE_ADULT, at=moment)
    with Session(desk._sessions.engine) as session:
        row = session.scalars(select(PartyRow)).one()
    assert (row.day, row.registered_at, row.number) == (date(2026, 11, 26), moment, 1)


def test_the_desk_doubts_a_clock_earlier_than_its_last_registration(
    desk: Desk, clock: FakeClock
) -> None:
    """No doubt on a fresh desk; set back three hours after a registration, the clock is
    doubted and the last registration's time (aware, site time) is given."""
    from kiosk.core.desk_clock import Doubt

    assert desk.registrations.clock_doubt() is None
    desk.registrations.register(ONE_ADULT)
    assert desk.registrations.clock_doubt() is None
    registered = clock.now
    clock.now = registered - timedelta(hours=3)
    doubt = desk.registrations.clock_doubt()
    assert doubt is not None and doubt.doubt is Doubt.BEFORE_LAST_REGISTRATION
    assert doubt.last_registration == registered
