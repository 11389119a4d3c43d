"""Headquarters' settings: options over environment over defaults; bad values are refused
naming the field (exit code 2 on the command line)."""

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.core.errors import ValidationError
from kiosk.hq.settings import KEEP_KEYS_DAYS, KEEP_KEYS_ENV, PURGE_EVERY, HqSettings


def test_options_come_before_the_environment() -> None:
    """--db and --keep-keys-days win over KIOSK_HQ_DB and KIOSK_HQ_KEEP_KEYS_DAYS."""
    environ = {"KIOSK_HQ_DB": "sqlite:///env.sqlite3", KEEP_KEYS_ENV: "12"}
    from_env = HqSettings.from_environment(environ=environ)
    assert from_env.db_url == "sqlite:///env.sqlite3"
    assert from_env.keep_request_keys == timedelta(days=12)
    assert from_env.purge_every == PURGE_EVERY == timedelta(hours=1)
    chosen = HqSettings.from_environment("sqlite:///opt.sqlite3", 7, environ)
    assert (chosen.db_url, chosen.keep_request_keys) == ("sqlite:///opt.sqlite3", timedelta(7))
    default = HqSettings.from_environment("sqlite:///x.sqlite3", environ={})
    assert default.keep_request_keys == timedelta(days=KEEP_KEYS_DAYS)


@pytest.mark.parametrize("value", ["0", "-3", "soon", "99999"])
def test_a_bad_number_of_days_is_refused(value: str) -> None:
    """Zero, negative, not a number, or more than ten years: refused naming the setting."""
    with pytest.raises(ValidationError) as refused:
        HqSettings.from_environment("sqlite:///x.sqlite3", environ={KEEP_KEYS_ENV: value})
    assert refused.value.field == "keep keys days"


def test_serve_refuses_a_bad_setting_in_one_line(tmp_path: Path) -> None:
    """`kiosk-hq serve --keep-keys-days 0`: one line naming the setting, exit code 2."""
    ran = subprocess.run(
        [sys.executable, "-m", "kiosk.hq.cli", "serve", "--db",
         f"sqlite:///{tmp_path / 'hq.sqlite3'}", "--port", "0", "--keep-keys-days", "0"],
        capture_output=True, text=True, timeout=60,
    )
    assert ran.returncode == 2
    assert ran.stderr == "kiosk-hq: keep keys days: must be between 1 and 3650\n"
