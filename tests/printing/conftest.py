"""Printing tests need a Qt GUI application (fonts, painting) and, for CUPS, a real queue."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

CUPS_QUEUE = os.environ.get("KIOSK_TEST_CUPS_QUEUE", "kiosk-pdf")
CUPS_OUT = Path(os.environ.get("KIOSK_TEST_CUPS_OUT", str(Path.home() / "PDF")))


def cups_queue_ready() -> bool:
    if shutil.which("lpstat") is None:
        return False
    done = subprocess.run(["lpstat", "-p", CUPS_QUEUE], capture_output=True, text=True)
    return done.returncode == 0


@pytest.fixture
def cups_queue() -> str:
    """The CUPS queue that .ci/run sets up (cups-pdf); in CI its absence is a failure."""
    if not cups_queue_ready():
        if os.environ.get("CI"):
            pytest.fail(f"CUPS queue {CUPS_QUEUE} is missing: .ci/run should have created it")
        pytest.skip(f"no CUPS queue {CUPS_QUEUE} on this machine")
    return CUPS_QUEUE
