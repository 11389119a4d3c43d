"""The render process, for real: a child Python process that draws sheets and tickets, is
replaced when it dies (the job tried again, or failed plainly and kept in the queue), and
is stopped and reaped on shutdown, also while it is drawing."""

import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core.printed_info import PrintedInfo
from kiosk.core.registration import make_party
from kiosk.documents.sheet import SheetRequest
from kiosk.documents.sheet_formats import note_screen_dpi
from kiosk.documents.texts import sheet_texts
from kiosk.printing import render_process
from kiosk.printing.backends import PrintFailed, PrintStopped
from kiosk.printing.print_service import PrintService
from kiosk.printing.render_process import RenderProcess
from kiosk.printing.renderer import IN_PROCESS, TicketsOrder
from kiosk.store.desk import Desk
from tests.documents.extract import pdf_text, squash
from tests.printing.test_backends import a_ticket

REQUEST = SheetRequest("en", "Startpunt Test", PrintedInfo(official_language="fr"), number=12)


def reaped(pid: int) -> bool:
    """True when `pid` is no child of ours any more: ended and waited for (no zombie)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@pytest.fixture
def renderer(qapp: object) -> Iterator[RenderProcess]:
    """A render process told the DPI the tests' own (offscreen) screen has."""
    process = RenderProcess(note_screen_dpi())
    yield process
    process.close()


@pytest.fixture
def hanging_child(monkeypatch: pytest.MonkeyPatch) -> None:
    """A child that starts but never answers (a stand-in for a drawing that hangs)."""
    monkeypatch.setattr(
        render_process,
        "child_command",
        lambda _dpi: [sys.executable, "-c", "import time; time.sleep(60)"],
    )


def test_the_child_draws_the_same_sheet_as_this_process(
    renderer: RenderProcess, tmp_path: Path
) -> None:
    """A sheet drawn by the child has its text (read back by the tests' PDF extractor), the
    same text as one drawn here, and the child is a process of its own."""
    child_pdf, here_pdf = str(tmp_path / "child.pdf"), str(tmp_path / "here.pdf")
    assert renderer.write_pdf(REQUEST, child_pdf) >= 1
    IN_PROCESS.write_pdf(REQUEST, here_pdf)
    text = pdf_text(child_pdf)
    assert squash(sheet_texts("en").title) in text and "Startpunt Test" in text
    assert text == pdf_text(here_pdf)
    assert renderer.pid is not None and renderer.pid != os.getpid()
    rss = renderer.rss_bytes()
    assert rss is not None and rss > 10_000_000  # a Qt application of its own


def test_receipt_rasters_come_back_as_images(renderer: RenderProcess) -> None:
    """Tickets for a receipt printer come back as images of the printable width, as here."""
    order = TicketsOrder((a_ticket(1), a_ticket(2)), receipt=True)
    images = renderer.rasters(order)
    here = IN_PROCESS.rasters(order)
    assert [(i.width(), i.height()) for i in images] == [(576, here[0].height())] * 2


def test_a_document_that_cannot_be_drawn_fails_plainly_and_the_child_stays(
    renderer: RenderProcess, tmp_path: Path
) -> None:
    """An error while drawing is a plain failure; the child keeps serving."""
    with pytest.raises(PrintFailed, match=r"could not be drawn \(ValueError: no tickets"):
        renderer.write_pdf(TicketsOrder((), receipt=False), str(tmp_path / "none.pdf"))
    assert renderer.write_pdf(REQUEST, str(tmp_path / "after.pdf")) >= 1
    assert renderer.started == 1


def test_a_child_killed_while_drawing_is_replaced_and_the_document_drawn(
    renderer: RenderProcess, tmp_path: Path
) -> None:
    """The child is killed in the middle of a sheet: a new one draws it, the dead one is
    reaped."""
    renderer.write_pdf(REQUEST, str(tmp_path / "first.pdf"))  # the child is up
    first = renderer.pid
    assert first is not None
    # A thread that sleeps, not a threading.Timer: a timed wait on a lock takes an absolute
    # monotonic deadline, which libfaketime (CI's runs at hostile moments) moves out of reach.
    killer = threading.Thread(target=lambda: (time.sleep(0.02), os.kill(first, signal.SIGKILL)))
    killer.start()
    target = tmp_path / "second.pdf"
    assert renderer.write_pdf(REQUEST, str(target)) >= 1
    killer.join()
    assert renderer.started == 2 and renderer.pid != first and reaped(first)
    assert "Startpunt Test" in pdf_text(target)


def test_a_job_that_kills_every_child_fails_plainly_and_stays_queued(
    qapp: object, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the drawing process dies again on the retry, the job fails with a plain reason and
    stays in the queue (the database is the truth); once drawing works it prints."""
    dying = RenderProcess(note_screen_dpi())
    service = PrintService(desk.print_queue, tmp_path / "printed", dying)
    party = make_party(language="prs", nationality="AF", people=[("male", "26-59")])
    desk.registrations.register(party, hand_out=True)
    with monkeypatch.context() as patch:
        patch.setattr(
            render_process, "child_command", lambda _dpi: [sys.executable, "-c", "exit(3)"]
        )
        try:
            outcome = service.print_next()
        finally:
            dying.close()
    assert outcome is not None and not outcome.printed
    assert "could not be drawn" in outcome.where and "exit code 3" in outcome.where
    assert dying.started == 2
    waiting = desk.print_queue.waiting_print_jobs()
    assert outcome.job.id in [job.id for job in waiting]
    assert any(job.last_error == outcome.where for job in waiting)

    working = RenderProcess(note_screen_dpi())
    service.renderer = working
    try:
        desk.print_queue.reprint(outcome.job.id)
        while service.print_next() is not None:
            pass
    finally:
        working.close()
    assert desk.print_queue.waiting_print_jobs() == []
    assert len(list((tmp_path / "printed").glob("*.pdf"))) == 2  # the sheet and the tickets


def test_close_reaps_the_child(renderer: RenderProcess, tmp_path: Path) -> None:
    """Closing a kiosk stops the child and waits for it: no zombie is left; later orders are
    refused as the kiosk stopping (the job stays queued)."""
    renderer.write_pdf(REQUEST, str(tmp_path / "sheet.pdf"))
    pid = renderer.pid
    assert pid is not None
    started = time.monotonic()
    renderer.close()
    assert time.monotonic() - started < 3 and reaped(pid) and renderer.pid is None
    with pytest.raises(PrintStopped):
        renderer.write_pdf(REQUEST, str(tmp_path / "late.pdf"))


def test_close_ends_a_wait_for_a_drawing_at_once(
    qapp: object, hanging_child: None, tmp_path: Path
) -> None:
    """The kiosk closes while the child is busy: the wait ends at once with PrintStopped
    (the job stays queued) and the child is killed and reaped."""
    renderer = RenderProcess(96.0)
    outcome: list[BaseException] = []

    def draw() -> None:
        try:
            renderer.write_pdf(REQUEST, str(tmp_path / "never.pdf"))
        except BaseException as error:
            outcome.append(error)

    worker = threading.Thread(target=draw)
    worker.start()
    deadline = time.monotonic() + 10
    while renderer.pid is None and time.monotonic() < deadline:
        time.sleep(0.01)
    pid = renderer.pid
    assert pid is not None
    asked = time.monotonic()
    renderer.close()
    worker.join(5)
    assert not worker.is_alive() and time.monotonic() - asked < 3
    assert len(outcome) == 1 and isinstance(outcome[0], PrintStopped)
    assert reaped(pid)


def test_a_child_that_does_not_answer_is_killed_after_the_time_out(
    qapp: object, hanging_child: None, tmp_path: Path
) -> None:
    """A drawing that hangs fails plainly after the time-out, and the child is reaped."""
    renderer = RenderProcess(96.0, timeout=0.5)
    try:
        with pytest.raises(PrintFailed, match=r"no answer in 0\.5 s"):
            renderer.write_pdf(REQUEST, str(tmp_path / "never.pdf"))
        assert renderer.pid is None
    finally:
        renderer.close()


def test_the_frozen_kiosk_knows_the_render_process_flag() -> None:
    """The PyInstaller build starts its own executable with this flag (kiosk.app.main)."""
    from kiosk import app

    assert app.RENDER_PROCESS_FLAG == render_process.RENDER_PROCESS_FLAG
