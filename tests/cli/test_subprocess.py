"""The real `kiosk` program, run as a separate process, as a coordinator or a script runs it."""

import json
import os
import subprocess
import sys
from pathlib import Path

INSTALLED = Path(sys.executable).with_name("kiosk")


def kiosk(*argv: str, program: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    command = program or [sys.executable, "-m", "kiosk.cli.main"]
    return subprocess.run(
        [*command, *argv], capture_output=True, text=True, timeout=60, env=os.environ.copy()
    )


def test_init_register_counts_in_separate_processes(data_dir: Path) -> None:
    """What one process registered and acknowledged, the next one counts."""
    assert kiosk("init", "--site-id", "brussels-test", "--site-name", "Test").returncode == 0
    ran = kiosk("register", "--language", "so", "--nationality", "SO", "--person", "female:18-25",
                "--person", "female:0-4", "--json")
    assert ran.returncode == 0, ran.stderr
    receipt = json.loads(ran.stdout)
    counts = json.loads(kiosk("counts", "--date", receipt["date"], "--json").stdout)
    assert (counts["people"], counts["by_language"]["so"]) == (2, 2)


def test_bad_input_in_a_real_process(data_dir: Path) -> None:
    """A real process also refuses with exit code 2 and one line, never a traceback."""
    assert kiosk("init", "--site-id", "brussels-test", "--site-name", "Test").returncode == 0
    for argv in (
        ["register", "--language", "ar", "--nationality", "XX", "--person", "male:18-25"],
        ["frobnicate"],
        ["counts", "--date", "26/11/2026"],
    ):
        ran = kiosk(*argv)
        assert ran.returncode == 2
        assert ran.stdout == ""
        assert len(ran.stderr.splitlines()) == 1 and "Traceback" not in ran.stderr


def test_installed_script(data_dir: Path) -> None:
    """The `kiosk` script installed with the package is the same command."""
    program = [str(INSTALLED)] if INSTALLED.exists() else None
    ran = kiosk("--version", program=program)
    assert ran.returncode == 0 and ran.stdout.startswith("kiosk ")
    ran = kiosk("doctor", program=program)
    assert ran.returncode == 1 and "PROBLEM" in ran.stdout  # nothing is set up yet


def test_a_reader_that_stops_reading_gets_no_error(data_dir: Path) -> None:
    """`kiosk settings show | head`: when the reader closes the pipe before the output is
    written, the kiosk ends quietly (exit 0), without "Broken pipe" or a traceback."""
    assert kiosk("init", "--site-id", "brussels-test", "--site-name", "Test").returncode == 0
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk.cli.main", "settings", "show"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ.copy(),
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # long before the program has started and written anything
    errors = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=60) == 0, errors
    assert errors == ""
