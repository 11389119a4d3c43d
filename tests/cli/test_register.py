"""`kiosk register` stores a party through the desk and prints its number of the day."""

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.store.desk import Desk
from tests.cli.conftest import Kiosk, stored
from tests.fake_clock import START

BRUSSELS = ZoneInfo("Europe/Brussels")


def test_register_prints_the_number_of_the_day(kiosk: Kiosk, desk: Desk) -> None:
    """The text receipt names the number, the site day and the people; numbers go up by one."""
    first = kiosk("register", "--language", "ar", "--nationality", "SY",
                  "--person", "female:26-59", "--person", "male:5-11")
    second = kiosk("register", "--language", "ti", "--nationality", "ER",
                   "--person", "male:18-25")
    today = desk.today().isoformat()
    assert (first.code, first.err) == (0, "")
    assert first.out == f"Registered 001 on {today} (2 people)\n"
    assert second.out == f"Registered 002 on {today} (1 person)\n"
    counts = desk.registrations.counts(desk.today())
    assert (counts.parties, counts.people, counts.children) == (2, 3, 1)


def test_register_json_receipt(kiosk: Kiosk, desk: Desk) -> None:
    """--json prints number, label, date, people and the UTC time, and all of it is stored."""
    ran = kiosk("register", "--language", "prs", "--nationality", "AF", "--person",
                "female:26-59", "--person", "female:0-4", "--person", "male:12-17",
                "--flag", "needs-shelter", "--flag", "pregnant", "--referral", "shelter",
                "--referral", "info-point", "--json")
    assert ran.code == 0, ran.err
    receipt = json.loads(ran.out)
    assert set(receipt) == {"number", "label", "date", "people", "tickets", "registered_at"}
    assert receipt["tickets"] == []  # typed in from paper: no tickets
    assert (receipt["number"], receipt["label"], receipt["people"]) == (1, "001", 3)
    assert receipt["date"] == desk.today().isoformat()
    at = datetime.fromisoformat(receipt["registered_at"])
    assert receipt["registered_at"].endswith("Z")
    assert at == START
    counts = desk.registrations.counts(desk.today())
    assert counts.by_flag == {"needs-shelter": 1, "pregnant": 1}
    assert counts.by_referral == {"shelter": 1, "info-point": 1}
    assert counts.by_language == {"prs": 3}
    assert counts.by_nationality == {"AF": 3}


def test_register_at_a_local_time_counts_on_the_site_day(kiosk: Kiosk, desk: Desk) -> None:
    """--at without an offset is site local time; the day is the site's day, not UTC's."""
    ran = kiosk("register", "--language", "fr", "--nationality", "CD",
                "--person", "male:26-59", "--at", "2025-11-20T00:30", "--json")
    assert ran.code == 0, ran.err
    receipt = json.loads(ran.out)
    assert receipt["date"] == "2025-11-20"
    assert receipt["registered_at"] == "2025-11-19T23:30:00Z"
    summer = json.loads(kiosk("register", "--language", "fr", "--nationality", "CD",
                              "--person", "male:26-59", "--at", "2025-07-01T08:15",
                              "--json").out)
    assert summer["registered_at"] == "2025-07-01T06:15:00Z"
    assert desk.registrations.counts(date(2025, 11, 20)).people == 1
    assert desk.registrations.counts(date(2025, 11, 19)).people == 0


def test_register_at_with_an_offset(kiosk: Kiosk, desk: Desk) -> None:
    """An explicit offset is honoured: 23:30 UTC is already the next day in Brussels."""
    ran = kiosk("register", "--language", "en", "--nationality", "stateless",
                "--person", "unknown:60+", "--at", "2025-11-20T23:30+00:00", "--json")
    assert ran.code == 0, ran.err
    assert json.loads(ran.out)["date"] == "2025-11-21"


def test_paper_list_numbers_follow_the_numbers_of_that_day(kiosk: Kiosk, desk: Desk) -> None:
    """Entering a past day's paper list continues that day's numbering."""
    day = (START.astimezone(BRUSSELS) - timedelta(days=2)).date()
    numbers = [
        json.loads(kiosk("register", "--language", "ar", "--nationality", "PS",
                         "--person", "male:18-25", "--at", f"{day}T08:{minute:02d}",
                         "--json").out)["number"]
        for minute in (10, 5, 20)
    ]
    assert numbers == [1, 2, 3]
    assert desk.registrations.counts(day).parties == 3


def test_codes_are_read_generously(kiosk: Kiosk, desk: Desk) -> None:
    """Lower-case country codes and upper-case language codes are accepted as meant."""
    ran = kiosk("register", "--language", "AR", "--nationality", "sy",
                "--person", " female:26-59 ", "--json")
    assert ran.code == 0, ran.err
    counts = desk.registrations.counts(desk.today())
    assert counts.by_nationality == {"SY": 1}
    assert counts.by_language == {"ar": 1}


def test_register_refuses_a_kiosk_that_is_not_set_up(kiosk: Kiosk, data_dir: Path) -> None:
    """Without `kiosk init`, register refuses on one line and creates no database."""
    ran = kiosk("register", "--language", "ar", "--nationality", "SY",
                "--person", "female:26-59")
    assert ran.code == 2
    assert ran.err_lines == [ran.err.strip()] and ran.err.startswith("kiosk: site: ")
    assert "kiosk init" in ran.err
    assert stored(data_dir) is None


def test_register_refuses_needs_that_do_not_fit_the_party(
    kiosk: Kiosk, desk: Desk, data_dir: Path
) -> None:
    """An adult as unaccompanied minor, a man as pregnant: exit 2, the field named, nothing
    stored (kiosk.core.plausibility, the same rules as the desk's screens)."""
    before = stored(data_dir)
    for person, flag in (("female:26-59", "unaccompanied-minor"), ("male:26-59", "pregnant")):
        ran = kiosk("register", "--language", "ar", "--nationality", "SY",
                    "--person", person, "--flag", flag)
        assert ran.code == 2, ran
        assert ran.err_lines == [ran.err.strip()] and ran.err.startswith("kiosk: flag: ")
    assert stored(data_dir) == before


def test_hand_out_issues_one_ticket_per_person_and_queues_them(
    kiosk: Kiosk, desk: Desk, tmp_path: Path, qapp: object
) -> None:
    """`kiosk register --hand-out` for a party of 3 issues 3 meal tickets and queues the sheet
    and the tickets as the screens do; printed, each ticket's biggest number (read back with
    pdftotext) is the party's number of the day, not its ticket serial."""
    from kiosk.printing.print_service import PrintService
    from tests.documents.conftest import biggest_words, pdf_text

    kiosk("register", "--language", "ar", "--nationality", "SY", "--person", "male:26-59")
    ran = kiosk("register", "--hand-out", "--language", "ar", "--nationality", "SY",
                "--person", "female:26-59", "--person", "male:5-11", "--person", "male:0-4",
                "--json")
    assert ran.code == 0, ran.err
    receipt = json.loads(ran.out)
    assert (receipt["number"], receipt["tickets"]) == (2, [1, 2, 3])
    jobs = desk.print_queue.waiting_print_jobs()
    assert [(job.document.value, job.number, job.tickets) for job in jobs] == [
        ("sheet", 2, ()), ("tickets", 2, (1, 2, 3))
    ]
    service = PrintService(desk.print_queue, tmp_path / "printed")
    printed = [service.print_next(), service.print_next()]
    assert all(outcome is not None and outcome.printed for outcome in printed)
    assert service.print_next() is None
    tickets = Path(printed[1].where)  # type: ignore[union-attr]
    assert biggest_words(tickets) == ["002"] * 3
    text = pdf_text(tickets)
    assert all(desk.tickets.typed_label(serial) in text for serial in (1, 2, 3))


def test_without_hand_out_the_help_says_no_tickets(kiosk: Kiosk) -> None:
    """`kiosk register --help` says a party typed in from paper gets no tickets, and what
    --hand-out does."""
    ran = kiosk("register", "--help")
    text = " ".join(ran.out.split())
    assert ran.code == 0
    assert "typed in from paper" in text and "no meal tickets" in text
    assert "--hand-out" in text and "one per person" in text


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(
    st.datetimes(timezones=st.one_of(st.none(), st.timezones())).map(datetime.isoformat),
    st.sampled_from(["0001-01-01T00:00", "9999-12-31T23:59-12:00", "1900-01-01T10:00",
                     "2007-12-31", "3000-01-01T00:00", "2026-11-20T08:30+23:59",
                     "2026-11-20T08:30-00:01:30"]),
))
def test_no_at_raises_anything_but_a_one_line_refusal(
    kiosk: Kiosk, data_dir: Path, desk: Desk, at: str
) -> None:
    """Whatever --at says, over the whole datetime range and any offset: stored, or one line
    naming "at" with exit 2 and nothing stored."""
    before = desk.registrations.counts(desk.today()).parties
    rows = stored(data_dir)
    ran = kiosk("register", "--language", "fr", "--nationality", "CD",
                "--person", "male:26-59", "--at", at)
    if ran.code == 0:
        return
    assert ran.code == 2, ran.err
    assert ran.err_lines[0].startswith("kiosk: at: ") and len(ran.err_lines) == 1, ran.err
    assert stored(data_dir) == rows
    assert desk.registrations.counts(desk.today()).parties == before


def test_dates_headquarters_refuses_are_refused(kiosk: Kiosk, data_dir: Path, desk: Desk) -> None:
    """1900, 2007 and a day before the set-up day minus the grace are refused naming "at"."""
    rows = stored(data_dir)
    for at in ("1900-01-01T10:00", "2007-12-31", "2024-11-30T12:00", "2026-11-20T08:36"):
        ran = kiosk("register", "--language", "fr", "--nationality", "CD",
                    "--person", "male:26-59", "--at", at)
        assert (ran.code, ran.err_lines[0][:11]) == (2, "kiosk: at: "), ran.err
    assert stored(data_dir) == rows
