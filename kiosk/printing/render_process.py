"""Drawing documents in a child process of their own, so the screens never wait for them.

PySide6 keeps Python's GIL for the whole of a Qt call. Laying out a sheet
(`QTextCursor.endEditBlock`, ~65 ms) or writing its PDF (`QPainter.end`, up to ~95 ms) on
the print worker's thread therefore froze the GUI thread just as long. Here the drawing is
done by a long-lived child process (`python -m kiosk.printing.render_process`; in the
PyInstaller build the kiosk's own executable with `--render-process`), with its own
offscreen QGuiApplication and the shipped fonts. The worker sends it an order (the same
frozen dataclasses the in-process renderer takes, pickled) over its stdin and waits for the
answer on its stdout: waiting on a pipe lets go of the GIL.

- The child starts on the first order (or `start()`), and is started again when it died:
  the order it died on is tried once more in a new one, and if that one dies too the job
  fails with a plain reason (PrintFailed): the print queue keeps it and retries later.
- An order that takes longer than `timeout` kills the child (PrintFailed).
- `close()` ends a wait at once (PrintStopped: the job stays queued), asks the child to
  quit, kills it if it does not within a moment, and always reaps it (no zombie).
- The sheet's lengths depend on the screen's DPI, which only the kiosk's GUI thread may read
  (`note_screen_dpi`): it is given to the child when it starts.
- If the kiosk itself dies, the child reads the end of its stdin and quits.
"""

import argparse
import contextlib
import logging
import os
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from PySide6.QtGui import QImage

from kiosk.core.clock import monotonic
from kiosk.printing.backends import PrintFailed, PrintStopped, Problem
from kiosk.printing.renderer import IN_PROCESS, Order, TicketsOrder

RENDER_PROCESS_FLAG = "--render-process"  # the frozen kiosk's executable, started as the child
RENDER_TIMEOUT_S = 60.0  # a sheet takes ~0.1 s, a new child ~1 s to start
POLL_S = 0.1  # how often a wait looks whether the kiosk is closing
QUIT_WAIT_S = 2.0  # how long close() lets the child end by itself before killing it

log = logging.getLogger("kiosk.printing")


class _ChildLost(Exception):
    """The child died or broke the conversation; the message says how, in plain words."""


def child_command(screen_dpi: float) -> list[str]:
    """How to start the render process, from a checkout, an install or the frozen build."""
    if getattr(sys, "frozen", False):  # PyInstaller: no `-m`, the kiosk's main() takes a flag
        start = [sys.executable, RENDER_PROCESS_FLAG]
    else:
        start = [sys.executable, "-m", "kiosk.printing.render_process"]
    return [*start, "--screen-dpi", repr(screen_dpi)]


def _connection(fd: int, *, readable: bool, writable: bool) -> Connection:
    """A message pipe (pickles with a length) over one end of an OS pipe; takes the fd."""
    if sys.platform == "win32":  # not tried: the kiosk is run and tested on Linux
        import msvcrt
        from multiprocessing.connection import PipeConnection

        return PipeConnection(  # type: ignore[return-value]
            msvcrt.get_osfhandle(fd), readable=readable, writable=writable
        )
    return Connection(fd, readable=readable, writable=writable)


@dataclass(slots=True)
class _Child:
    process: subprocess.Popen[bytes]
    orders: Connection
    answers: Connection


class RenderProcess:
    """The `Renderer` of the print worker: draws in the child process described above."""

    def __init__(self, screen_dpi: float, timeout: float = RENDER_TIMEOUT_S) -> None:
        self.screen_dpi = screen_dpi
        self.timeout = timeout
        self.started = 0  # how many children were started (1 unless one died)
        self._child: _Child | None = None
        self._closing = threading.Event()
        self._lock = threading.Lock()  # one order at a time; close() waits for it briefly

    # -- the Renderer protocol -----------------------------------------------------------

    def write_pdf(self, order: Order, target: str) -> int:
        pages = self._ask(("pdf", order, target))
        assert isinstance(pages, int)
        return pages

    def rasters(self, order: TicketsOrder) -> list[QImage]:
        images = []
        for width, height, per_line, data in self._ask(("rasters", order)):
            image = QImage(data, width, height, per_line, QImage.Format.Format_Grayscale8)
            images.append(image.copy())  # its own pixels, not the received bytes'
        return images

    # -- the child -----------------------------------------------------------------------

    def start(self) -> None:
        """Start the child now (it otherwise starts with the first order)."""
        with self._lock:
            if self._child is None and not self._closing.is_set():
                self._child = self._spawn()

    @property
    def pid(self) -> int | None:
        child = self._child
        return child.process.pid if child is not None else None

    def rss_bytes(self) -> int | None:
        """The child's resident memory (Linux); None when it is not running."""
        pid = self.pid
        if pid is None:
            return None
        try:
            with open(f"/proc/{pid}/statm") as statm:
                return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            return None

    def close(self, wait_s: float = QUIT_WAIT_S) -> None:
        """End a wait in progress (PrintStopped), then stop and reap the child. Later
        orders raise PrintStopped. Returns within about 2 × `wait_s`."""
        self._closing.set()
        got = self._lock.acquire(timeout=wait_s)  # a waiting order sees `_closing` in POLL_S
        try:
            child, self._child = self._child, None
            if child is not None:
                self._stop(child, wait_s)
        finally:
            if got:
                self._lock.release()

    def _spawn(self) -> _Child:
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")  # never a window
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no console flashes up
        process = subprocess.Popen(
            child_command(self.screen_dpi),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=environment,
            creationflags=flags,
        )
        assert process.stdin is not None and process.stdout is not None
        orders = _connection(os.dup(process.stdin.fileno()), readable=False, writable=True)
        answers = _connection(os.dup(process.stdout.fileno()), readable=True, writable=False)
        process.stdin.close()
        process.stdout.close()
        self.started += 1
        log.info("render process %d started", process.pid)
        return _Child(process, orders, answers)

    def _stop(self, child: _Child, wait_s: float) -> None:
        with contextlib.suppress(OSError):
            child.orders.send(None)  # "quit"; a child that is drawing quits after it
        with contextlib.suppress(OSError):
            child.orders.close()
        try:
            child.process.wait(wait_s)
        except subprocess.TimeoutExpired:
            child.process.kill()
            child.process.wait()  # reaped: never a zombie
        with contextlib.suppress(OSError):
            child.answers.close()

    def _discard(self, child: _Child) -> None:
        """Kill a child that died or cannot be trusted any more, and reap it."""
        if self._child is child:
            self._child = None
        child.process.kill()
        child.process.wait()
        for end in (child.orders, child.answers):
            with contextlib.suppress(OSError):
                end.close()

    def _ask(self, message: tuple[Any, ...]) -> Any:
        """Send one order and wait for its answer; a dead child is replaced once."""
        with self._lock:
            for attempt in (1, 2):
                if self._closing.is_set():
                    raise PrintStopped("the kiosk is closing")
                if self._child is None:
                    self._child = self._spawn()
                child = self._child
                try:
                    outcome, value = self._exchange(child, message)
                except _ChildLost as lost:
                    self._discard(child)
                    if attempt == 2:
                        raise PrintFailed(
                            f"the document could not be drawn: the drawing process {lost}, twice",
                            Problem.DRAWING,
                        ) from None
                    log.warning("render process %s; starting another one", lost)
                    continue
                except PrintStopped:
                    self._discard(child)  # its answer would come to the next order
                    raise
                if outcome == "error":
                    raise PrintFailed(f"the document could not be drawn ({value})", Problem.DRAWING)
                return value
        raise AssertionError("unreachable")

    def _exchange(self, child: _Child, message: tuple[Any, ...]) -> tuple[str, Any]:
        try:
            child.orders.send(message)
        except OSError as error:
            raise _ChildLost(_ended(child, f"did not take the order ({error})")) from None
        deadline = monotonic() + self.timeout
        while not child.answers.poll(POLL_S):  # waits on the pipe: the GIL is free meanwhile
            if self._closing.is_set():
                raise PrintStopped("the kiosk is closing")
            if child.process.poll() is not None:
                raise _ChildLost(_ended(child, "stopped"))
            if monotonic() > deadline:
                self._discard(child)
                raise PrintFailed(
                    f"the document could not be drawn: no answer in {self.timeout:g} s",
                    Problem.DRAWING,
                )
        try:
            answer = child.answers.recv()
        except (EOFError, OSError):
            raise _ChildLost(_ended(child, "stopped")) from None
        if not (isinstance(answer, tuple) and len(answer) == 2):
            raise _ChildLost("answered something else than a drawing")
        return answer


def _ended(child: _Child, how: str) -> str:
    code = child.process.poll()
    if code is None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            code = child.process.wait(1.0)
    if code is None:
        return how
    if code < 0:
        return f"{how} (killed by signal {-code})"
    return f"{how} (exit code {code})"


# -- the child's side -------------------------------------------------------------------


def _draw(message: tuple[Any, ...]) -> Any:
    kind = message[0]
    if kind == "pdf":
        _, order, target = message
        return IN_PROCESS.write_pdf(order, target)
    if kind == "rasters":
        rows = []
        for image in IN_PROCESS.rasters(message[1]):
            gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
            data = bytes(gray.constBits())[: gray.bytesPerLine() * gray.height()]
            rows.append((gray.width(), gray.height(), gray.bytesPerLine(), data))
        return rows
    raise ValueError(f"unknown order {kind!r}")


def serve(argv: list[str]) -> int:
    """The child: answer orders from stdin on stdout until told to quit or stdin ends."""
    parser = argparse.ArgumentParser(prog="kiosk render process")
    parser.add_argument("--screen-dpi", type=float, required=True)
    args = parser.parse_args(argv)
    # The kiosk stops this process itself; a Ctrl-C in its terminal is not for the child.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    orders = _connection(os.dup(0), readable=True, writable=False)
    answers = _connection(os.dup(1), readable=False, writable=True)
    os.dup2(2, 1)  # anything printed goes to stderr, never into the answers
    sys.stdout = sys.stderr
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtGui import QGuiApplication

    from kiosk.documents.fonts import load_fonts
    from kiosk.documents.sheet_formats import note_screen_dpi

    app = QGuiApplication(["kiosk-render"])
    load_fonts()
    note_screen_dpi(args.screen_dpi)
    while True:
        try:
            message = orders.recv()
        except (EOFError, OSError):
            break  # the kiosk is gone
        if message is None:
            break
        try:
            answer: tuple[str, Any] = ("done", _draw(message))
        except Exception as error:  # a bug in a document: say so, stay up for the next
            answer = ("error", f"{type(error).__name__}: {error}")
        try:
            answers.send(answer)
        except OSError:
            break
    del app
    return 0


if __name__ == "__main__":
    sys.exit(serve(sys.argv[1:]))
