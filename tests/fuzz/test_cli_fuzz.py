"""The command line under fuzzed arguments: refused or done, never a crash, nothing half-stored.

Every example runs `kiosk.cli.main.main(argv)` in-process with one argument replaced by
strange text (see strange_text.py). The exit code is 0, 1 or 2; a refusal is exactly one line
on stderr and is never the "internal error" line of a bug; a refusal stores nothing.
"""

from pathlib import Path
from uuid import uuid4

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.codes import Flag, Referral
from kiosk.core.countries import nationalities
from kiosk.core.languages import LANGUAGE_CODES
from kiosk.core.settings import BY_KEY
from kiosk.store.desk import Desk
from tests.cli.conftest import Kiosk, Ran, stored
from tests.fuzz.strange_text import strange_text

pytestmark = pytest.mark.slow  # long fuzzing: `make test-slow`, and CI

FUZZ = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
NATIONALITY_CODES = [n.code for n in nationalities()]
REGISTER = {  # a good party; --at is added only when fuzzed
    "--language": "ar",
    "--nationality": "SY",
    "--person": "female:26-59",
    "--flag": "needs-shelter",
    "--referral": "info-point",
}
GOOD = {
    "--language": LANGUAGE_CODES,
    "--nationality": NATIONALITY_CODES,
    "--person": ["female:26-59", "male:0-4", "unknown:60+"],
    "--flag": [str(f) for f in Flag],
    "--referral": [str(r) for r in Referral],
    "--at": ["2026-01-05T08:15", "2026-01-05", "08:15"],
}


def refused_cleanly(ran: Ran) -> bool:
    """Exit 0/1/2, never a reported bug. 2 (a refused argument) is one line on stderr; 1 (a
    refused ticket) is one line saying why, on stdout or stderr."""
    assert ran.code in (0, 1, 2), ran
    assert "internal error" not in ran.err, ran.err
    if ran.code == 2:
        assert len(ran.err_lines) == 1, ran.err
    elif ran.code == 1:
        assert len(ran.out.splitlines()) + len(ran.err_lines) == 1, ran
    return ran.code != 0


@FUZZ
@given(option=st.sampled_from(sorted(GOOD)), data=st.data())
def test_register_with_one_strange_value(
    kiosk: Kiosk, desk: Desk, data_dir: Path, option: str, data: st.DataObject
) -> None:
    """Any value of any register option is refused with one line and nothing stored, or
    registers a party whose codes are all known ones."""
    value = data.draw(strange_text(*GOOD[option]))
    before = stored(data_dir)
    argv = ["register"]
    for name, good in REGISTER.items():
        argv += [name, value if name == option else good]
    if option == "--at":
        argv += ["--at", value]
    ran = kiosk(*argv, "--json")
    if refused_cleanly(ran):
        assert stored(data_dir) == before
    else:
        counts = desk.registrations.counts(desk.today()) if option != "--at" else None
        if counts is not None:
            assert set(counts.by_language) <= set(LANGUAGE_CODES)
            assert set(counts.by_nationality) <= set(NATIONALITY_CODES)


@FUZZ
@given(date=strange_text("2026-11-26", "2026-02-28"))
def test_counts_with_a_strange_date(kiosk: Kiosk, desk: Desk, data_dir: Path, date: str) -> None:
    """`kiosk counts --date` takes a real date or refuses in one line; it never writes."""
    before = stored(data_dir)
    refused_cleanly(kiosk("counts", "--date", date, "--json"))
    assert stored(data_dir) == before


@FUZZ
@given(code=strange_text("M1.BRUSSELS-TEST.20261126.17.ABCDEFGHIJKLMNOP", "17", "0017"))
def test_redeem_a_strange_code(kiosk: Kiosk, desk: Desk, data_dir: Path, code: str) -> None:
    """`kiosk redeem` with any text accepts (0) or refuses (1 or 2) in one line; a refusal
    changes nothing."""
    before = stored(data_dir)
    if refused_cleanly(kiosk("redeem", code)):
        assert stored(data_dir) == before


@FUZZ
@given(
    key=st.one_of(st.sampled_from(sorted(BY_KEY)), strange_text(*sorted(BY_KEY))),
    data=st.data(),
)
def test_settings_set_strange_values(
    kiosk: Kiosk, desk: Desk, data_dir: Path, key: str, data: st.DataObject
) -> None:
    """`kiosk settings set KEY VALUE` with strange keys and values: saved or refused in one
    line, and a refusal leaves every setting as it was."""
    value = data.draw(strange_text("24", "true", "nl", "08:00", "https://example.org/{language}",
                                   "folder; ; a4", "Startpunt", "Europe/Brussels", "ar, ti"))
    before = stored(data_dir)
    if refused_cleanly(kiosk("settings", "set", key, value)):
        assert stored(data_dir) == before
    else:
        assert "internal error" not in kiosk("settings", "show", "--json").err


@FUZZ
@given(
    option=st.sampled_from(["--site-id", "--site-name", "--timezone", "--pin"]), data=st.data()
)
def test_init_with_one_strange_value(
    kiosk: Kiosk, tmp_path: Path, option: str, data: st.DataObject
) -> None:
    """`kiosk init` on a fresh folder with one strange value: set up, or refused in one line
    with no site stored."""
    good = {"--site-id": "brussels-1", "--site-name": "Startpunt Brussel",
            "--timezone": "Europe/Brussels", "--pin": "246810"}
    value = data.draw(strange_text(good[option]))
    folder = tmp_path / uuid4().hex
    argv = ["init", "--data-dir", str(folder)]
    for name, default in good.items():
        argv += [name, value if name == option else default]
    if refused_cleanly(kiosk(*argv)):
        rows = stored(folder)
        assert rows is None or not rows.get("settings"), rows


@FUZZ
@given(language=strange_text(*LANGUAGE_CODES), number=st.one_of(
    st.none(), st.integers(-(10**12), 10**12).map(str), strange_text("7")))
def test_sheet_with_strange_language_and_number(
    kiosk: Kiosk, desk: Desk, tmp_path: Path, language: str, number: str | None
) -> None:
    """`kiosk sheet` writes a PDF or refuses in one line, and writes no file when it refuses."""
    out = tmp_path / f"{uuid4().hex}.pdf"
    argv = ["sheet", "--language", language, "--out", str(out)]
    if number is not None:
        argv += ["--number", number]
    if refused_cleanly(kiosk(*argv)):
        assert not out.exists()
    else:
        assert out.read_bytes().startswith(b"%PDF")
