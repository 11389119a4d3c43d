"""A printer that hangs never holds the kiosk: `lp` has a time-out, stopping the kiosk ends
the wait at once (the job stays queued), and receipt-printer connections are closed after
every job, printed or not."""

import os
import stat
import threading
import time
from pathlib import Path

import pytest

from kiosk.core.printed_info import PrintedInfo
from kiosk.core.printers import Paper
from kiosk.documents.sheet import SheetRequest
from kiosk.printing.backends import CupsBackend, EscPosBackend, PrintFailed, PrintStopped
from kiosk.printing.print_service import sheet_rendering, tickets_rendering
from tests.printing.test_backends import a_ticket


@pytest.fixture
def hanging_cups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`lpstat` that knows the queue `slow`, and an `lp` that takes a minute to answer
    (small shell scripts first on PATH: a printer that hangs cannot be had otherwise)."""
    folder = tmp_path / "bin"
    folder.mkdir()
    scripts = {
        "lpstat": "#!/bin/sh\necho 'printer slow is idle.  enabled since now'\n",
        "lp": f"#!/bin/sh\necho started > {tmp_path / 'lp-started'}\nexec sleep 60\n",
    }
    for name, text in scripts.items():
        script = folder / name
        script.write_text(text)
        script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return tmp_path


def a_sheet() -> object:
    return sheet_rendering(SheetRequest("en", "Test", PrintedInfo(official_language="fr")))


def test_lp_that_does_not_answer_is_a_plain_failure_after_its_time_out(
    qapp: object, hanging_cups: Path
) -> None:
    """`lp` hangs: after the back-end's time-out it is killed and the job fails plainly."""
    started = time.monotonic()
    with pytest.raises(PrintFailed, match="did not answer in time"):
        CupsBackend("slow", timeout=0.5).send(a_sheet())  # type: ignore[arg-type]
    assert time.monotonic() - started < 5


def test_stopping_ends_the_wait_for_lp_at_once(qapp: object, hanging_cups: Path) -> None:
    """The kiosk closes while `lp` hangs: the back-end gives up within a moment
    (PrintStopped, so the job is neither printed nor failed) and `lp` is killed."""
    stopping = threading.Event()
    backend = CupsBackend("slow", stopping, timeout=60)
    outcome: list[BaseException] = []

    def send() -> None:
        try:
            backend.send(a_sheet())  # type: ignore[arg-type]
        except BaseException as error:
            outcome.append(error)

    worker = threading.Thread(target=send)
    worker.start()
    deadline = time.monotonic() + 10
    while not (hanging_cups / "lp-started").exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    asked = time.monotonic()
    stopping.set()
    worker.join(5)
    assert not worker.is_alive() and time.monotonic() - asked < 2
    assert len(outcome) == 1 and isinstance(outcome[0], PrintStopped)


class RecordingDevice:
    """An ESC/POS device that notes what was done with it; fails on `image` if asked."""

    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.closed = 0
        self.images = 0

    def image(self, _image: object, impl: str) -> None:
        if self.fail:
            raise OSError("paper out")
        self.images += 1

    def cut(self) -> None:
        pass

    def close(self) -> None:
        self.closed += 1


@pytest.mark.parametrize("fail", [False, True])
def test_a_receipt_printer_connection_is_closed_after_each_job(qapp: object, fail: bool) -> None:
    """Printed or failed, the connection is closed once the job is over."""
    device = RecordingDevice(fail)
    backend = EscPosBackend("network:printer:9100", device=device)
    rendering = tickets_rendering([a_ticket()], Paper.RECEIPT)
    if fail:
        with pytest.raises(PrintFailed, match="check the paper"):
            backend.send(rendering)
    else:
        backend.send(rendering)
        assert device.images == 1
    assert device.closed == 1
