"""docs/make_screenshots.py taps through the real screens by widget name: run it, as `make
screenshots` does, so that a renamed or vanished widget fails here and not on the next person
who wants fresh screenshots. Each run is a separate process (the script makes its own
QApplication) writing into a temporary folder (--out). The walk-through in English (about
4 s) runs with every `make test`; the other languages and the sizes take the same taps and
about 5 s each more, so they run with the slow tests (`make test-slow`, and CI)."""

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "docs" / "make_screenshots.py"
WALK_THROUGH = {
    "setup", "setup-error", "start", "party", "nationality", "nationality-search", "needs",
    "confirm", "done", "soup-counter-accepted", "soup-counter-refused",
}
ARRIVAL = {"start", "done", "soup-counter-accepted", "soup-counter-refused"}


def make_screenshots(out: Path, *argv: str) -> None:
    ran = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(out), *argv],
        capture_output=True, text=True, timeout=300, env=os.environ.copy(),
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stderr == "", ran.stderr  # no traceback, and no Qt warning either


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header (its IHDR chunk comes first)."""
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def shots(folder: Path) -> dict[str, tuple[int, int]]:
    return {path.stem: png_size(path) for path in folder.glob("*.png")}


def test_the_walk_through_taps_to_the_end(tmp_path: Path) -> None:
    """In English: set-up, every registration step with the walk-through's party (the script
    checks the counters it tapped), the number of the day and both soup-counter verdicts, each
    at 1280×800."""
    make_screenshots(tmp_path)
    assert shots(tmp_path) == dict.fromkeys(WALK_THROUGH, (1280, 800))


@pytest.mark.slow  # two more runs of the script, about 5 s: `make test-slow`, and CI
def test_in_french_and_for_an_arabic_reader(tmp_path: Path) -> None:
    """--language fr writes the same screens into fr/; --arrival-only just those the arrival
    reads, into ar/."""
    make_screenshots(tmp_path, "--language", "fr")
    make_screenshots(tmp_path, "--arrival-only", "--arrival", "ar")
    assert shots(tmp_path / "fr") == dict.fromkeys(WALK_THROUGH, (1280, 800))
    assert shots(tmp_path / "ar") == dict.fromkeys(ARRIVAL, (1280, 800))


@pytest.mark.slow  # 33 screenshots, about 6 s: `make test-slow`, and CI
def test_every_size(tmp_path: Path) -> None:
    """--sizes: the main screens at each tested touchscreen size, Start upright on a tablet
    as well."""
    make_screenshots(tmp_path, "--sizes")
    screens = {"setup", "party", "nationality", "needs", "soup-counter",
               "coordinator-dashboard", "coordinator-export"}
    for width, height in ((1024, 768), (1280, 800), (1920, 1080), (1080, 1920)):
        assert shots(tmp_path / "sizes" / f"{width}x{height}") == dict.fromkeys(
            screens | {"start"}, (width, height)
        )
    assert shots(tmp_path / "sizes" / "768x1024") == {"start": (768, 1024)}
