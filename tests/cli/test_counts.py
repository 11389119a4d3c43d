"""`kiosk counts` shows exactly what was registered, as JSON or as a table for a person."""

import json
from datetime import date

from kiosk.core.counts import count_parties
from kiosk.core.registration import Party, make_party
from kiosk.store.desk import Desk
from tests.cli.conftest import Kiosk

PARTIES = (
    make_party(language="ar", nationality="SY", people=[("female", "26-59"), ("male", "26-59"),
               ("female", "5-11"), ("male", "0-4")], flags=["needs-shelter"],
               referrals=["info-point", "shelter"]),
    make_party(language="ti", nationality="ER", people=[("male", "12-17")],
               flags=["unaccompanied-minor"], referrals=["guardianship"]),
    make_party(language="ps", nationality="AF", people=[("male", "18-25")]),
    make_party(language="fr", nationality="CD", people=[("female", "26-59"), ("other", "60+")],
               flags=["medical-need", "pregnant"], referrals=["medical-point", "legal-aid"]),
)


def register_through_cli(kiosk: Kiosk, party: Party, at: str) -> None:
    argv = ["register", "--language", party.language, "--nationality", party.nationality,
            "--at", at]
    for person in party.people:
        argv += ["--person", f"{person.sex}:{person.age_band}"]
    for flag in sorted(party.flags):
        argv += ["--flag", flag]
    for referral in sorted(party.referrals):
        argv += ["--referral", referral]
    ran = kiosk(*argv)
    assert ran.code == 0, ran.err


def test_counts_json_equals_what_was_registered(kiosk: Kiosk, desk: Desk) -> None:
    """The JSON is DailyCounts.to_json() and agrees with counting the same parties in memory."""
    day = date(2025, 11, 20)
    for minute, party in enumerate(PARTIES):
        register_through_cli(kiosk, party, f"{day}T08:{minute:02d}")
    register_through_cli(kiosk, PARTIES[2], "2025-11-21T08:00")  # another day: not counted
    ran = kiosk("counts", "--date", day.isoformat(), "--json")
    assert ran.code == 0, ran.err
    shown = json.loads(ran.out)
    assert shown == count_parties(day, PARTIES).to_json()
    assert (shown["people"], shown["parties"], shown["unaccompanied_minors"]) == (8, 4, 1)
    assert shown["by_nationality"] == {"AF": 1, "CD": 2, "ER": 1, "SY": 4}


def test_counts_default_to_today_at_the_site(kiosk: Kiosk, desk: Desk) -> None:
    """Without --date, the counts are those of the site's today."""
    ran = kiosk("register", "--language", "ka", "--nationality", "GE", "--person", "male:26-59")
    assert ran.code == 0, ran.err
    shown = json.loads(kiosk("counts", "--json").out)
    assert shown["date"] == desk.today().isoformat()
    assert shown["people"] == 1


def test_counts_table_for_a_person(kiosk: Kiosk, desk: Desk) -> None:
    """The table has the totals, then each breakdown with only the rows that are not zero."""
    for minute, party in enumerate(PARTIES):
        register_through_cli(kiosk, party, f"2025-11-20T08:{minute:02d}")
    ran = kiosk("counts", "--date", "2025-11-20")
    assert ran.code == 0, ran.err
    lines = ran.out.splitlines()
    assert lines[0] == "Counts for 2025-11-20 at Startpunt Test (brussels-test)"
    assert lines[2].split() == ["People", "8"]
    assert lines[3].split() == ["Parties", "4"]
    assert "Syria (SY)" in ran.out and "Tigrinya (ti)" in ran.out
    by_sex = lines[lines.index("People by sex") + 1:]
    assert [row.split() for row in by_sex[:3]] == [["female", "3"], ["male", "4"], ["other", "1"]]
    assert "unknown" not in ran.out  # a zero row is left out
    assert "Arabic (ar)" in ran.out and "Urdu" not in ran.out


def test_counts_of_an_empty_day(kiosk: Kiosk, desk: Desk) -> None:
    """A day without arrivals shows zeros and '(none)' rather than failing."""
    ran = kiosk("counts", "--date", "2025-01-01")
    assert ran.code == 0, ran.err
    assert ran.out.splitlines()[2].split() == ["People", "0"]
    assert "(none)" in ran.out
