"""`kiosk void N [--date D]` and `kiosk reprint [--date D] --number N`."""

import json
from pathlib import Path

import pytest

from kiosk.core.registration import make_party
from kiosk.store.desk import Desk
from tests.cli.conftest import Kiosk, stored
from tests.fake_clock import FakeClock

FAMILY = make_party(language="ar", nationality="SY", people=[("female", "26-59"), ("male", "5-11")])
SINGLE = make_party(language="ti", nationality="ER", people=[("male", "18-25")])


def test_void_leaves_the_party_out_of_the_counts(kiosk: Kiosk, desk: Desk) -> None:
    """`kiosk void 1`: today's party 1 is voided by a coordinator, `kiosk counts` leaves it
    out, and `kiosk redeem` refuses its tickets as voided (exit 1)."""
    desk.registrations.register(FAMILY, hand_out=True)
    desk.registrations.register(SINGLE, hand_out=True)
    ran = kiosk("void", "1")
    assert ran.code == 0 and "Voided party 001" in ran.out
    counts = json.loads(kiosk("counts", "--json").out)
    assert counts["people"] == 1 and counts["parties"] == 1
    refused = kiosk("redeem", desk.tickets.typed_label(2), "--json")
    assert refused.code == 1 and json.loads(refused.out)["refusal"] == "voided"
    assert desk.access.audit_entries(last=1)[0].details["by"] == "coordinator"


def test_void_of_another_day_with_json(kiosk: Kiosk, desk: Desk, clock: FakeClock) -> None:
    """`--date` (or `--day`) names the day; `--json` answers what was voided."""
    yesterday = clock.advance(days=-1)
    desk.registrations.register(FAMILY, at=yesterday, hand_out=True)
    clock.advance(days=1)
    day = yesterday.date().isoformat()
    ran = kiosk("void", "001", "--day", day, "--json")
    assert ran.code == 0
    answer = json.loads(ran.out)
    assert (answer["date"], answer["number"], answer["voided_by"]) == (day, 1, "coordinator")


def test_reprint_queues_the_same_tickets(kiosk: Kiosk, desk: Desk) -> None:
    """`kiosk reprint 1` queues the sheet and the tickets again; no ticket is added."""
    desk.registrations.register(FAMILY, hand_out=True)
    for job in desk.print_queue.waiting_print_jobs():
        desk.print_queue.print_done(job.id)
    ran = kiosk("reprint", "1")
    assert ran.code == 0 and "Queued 2 documents of party 001" in ran.out
    assert [job.tickets for job in desk.print_queue.waiting_print_jobs()] == [(), (1, 2)]


def test_reprint_by_date_and_number(kiosk: Kiosk, desk: Desk, clock: FakeClock) -> None:
    """`kiosk reprint --date D --number N` queues yesterday's party N again, naming the day;
    a voided party is refused with a clear message."""
    yesterday = clock.advance(days=-1)
    desk.registrations.register(FAMILY, at=yesterday, hand_out=True)
    desk.registrations.register(SINGLE, at=yesterday, hand_out=True)
    clock.advance(days=1)
    for job in desk.print_queue.waiting_print_jobs():
        desk.print_queue.print_done(job.id)
    day = yesterday.date().isoformat()
    ran = kiosk("reprint", "--date", day, "--number", "1")
    assert ran.code == 0 and f"Queued 2 documents of party 001 of {day}" in ran.out
    assert [job.tickets for job in desk.print_queue.waiting_print_jobs()] == [(), (1, 2)]
    assert kiosk("void", "2", "--date", day).code == 0
    voided = kiosk("reprint", "--date", day, "--number", "2")
    assert voided.code == 2 and voided.err == "kiosk: number: party 002 was voided: its " \
        "documents are not printed\n"


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["void", "abc"], "number"),
        (["void", "0"], "number"),
        (["void", "12345"], "number"),
        (["void", "5"], "number"),  # no such party today
        (["void", "1", "--date", "2026-13-01"], "date"),
        (["void", "1", "--date", "2027-01-01"], "date"),  # a day to come
        (["reprint", "x"], "number"),
        (["reprint", "9"], "number"),
        (["reprint"], "number"),
        (["reprint", "--number", "9"], "number"),
        (["reprint", "--number", "1", "2"], "number"),
        (["reprint", "--number", "1", "--date", "2027-01-01"], "date"),  # a day to come
        (["reprint", "--number", "1", "--date", "2026-01-02"], "date"),  # outside retention
        (["reprint", "--number", "1", "--date", "01/12/2026"], "date"),
    ],
)
def test_bad_input_is_refused_naming_the_field(
    kiosk: Kiosk, desk: Desk, data_dir: Path, args: list[str], field: str
) -> None:
    """Exit 2, one line naming the field, nothing stored."""
    desk.registrations.register(SINGLE, hand_out=True)
    before = stored(data_dir)
    ran = kiosk(*args)
    assert ran.code == 2
    assert len(ran.err_lines) == 1 and ran.err_lines[0].startswith(f"kiosk: {field}: ")
    assert stored(data_dir) == before


def test_voiding_twice_is_refused(kiosk: Kiosk, desk: Desk) -> None:
    """The second void says the party was already voided."""
    desk.registrations.register(SINGLE, hand_out=True)
    assert kiosk("void", "1").code == 0
    ran = kiosk("void", "1")
    assert ran.code == 2 and "already voided" in ran.err
