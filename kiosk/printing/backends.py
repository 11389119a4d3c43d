"""Printer back-ends. Each one either prints or raises PrintFailed with a plain reason.

They run on the print worker's thread: they paint only on devices Qt lets other threads
paint on (QPdfWriter, QPrinter, QImage: Qt's "Painting in Threads"), never ask the screen,
and give up on a slow printer when the kiosk stops (PrintStopped: the job stays queued).
"""

import contextlib
import os
import re
import shutil
import subprocess
import tempfile
import threading
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from kiosk.core.clock import Clock, system_clock
from kiosk.core.printers import PrinterChoice, PrinterKind
from kiosk.printing.rendering import Rendering

LP_TIMEOUT_S = 30.0  # CUPS takes a document in well under a second when it is running
LPSTAT_TIMEOUT_S = 10.0
POLL_S = 0.1  # how often a waiting back-end looks whether the kiosk is stopping


class Problem(StrEnum):
    """What kind of printer problem it was: the screens word each in the volunteer's
    language (the message itself stays English, for the log and the technical detail)."""

    NO_CUPS = "no-cups"  # printing is not installed on this computer
    UNKNOWN_PRINTER = "unknown-printer"  # no such queue or system printer
    PAUSED = "paused"  # the queue is disabled or the printer offline
    NO_ANSWER = "no-answer"  # the printer command timed out
    REFUSED = "refused"  # CUPS refused the document
    NOT_CONNECTED = "not-connected"  # the receipt printer cannot be reached
    PAPER = "paper"  # the receipt printer stopped (paper out, cover open)
    WRONG_PAPER = "wrong-paper"  # an A4 sheet sent to a receipt printer
    FOLDER = "folder"  # the PDF folder cannot be written (missing, full)
    DRAWING = "drawing"  # the document could not be drawn
    OTHER = "other"


class PrintFailed(Exception):
    """The printer did not take the document; the message says why in plain words and
    `problem` says what kind of problem it was."""

    def __init__(self, message: str, problem: Problem = Problem.OTHER) -> None:
        super().__init__(message)
        self.problem = problem


class PrintStopped(Exception):
    """The kiosk is stopping: the document was not handed over, the job stays in the queue."""


def run_command(
    command: list[str], timeout: float, stopping: threading.Event | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a printing command; killed (and waited for) after `timeout` seconds
    (subprocess.TimeoutExpired) or as soon as `stopping` is set (PrintStopped)."""
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    waited = 0.0
    while True:
        try:
            out, err = process.communicate(timeout=POLL_S)
        except subprocess.TimeoutExpired:
            waited += POLL_S
            if waited < timeout and not (stopping is not None and stopping.is_set()):
                continue
            process.kill()
            process.communicate()
            if stopping is not None and stopping.is_set():
                raise PrintStopped(command[0]) from None
            raise subprocess.TimeoutExpired(command, timeout) from None
        return subprocess.CompletedProcess(command, process.returncode, out, err)


class Backend(Protocol):
    def describe(self) -> str: ...

    def send(self, rendering: Rendering) -> str:
        """Print; returns where it went (a file, a CUPS job id); raises PrintFailed."""
        ...


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-")[:60] or "document"


class FolderBackend:
    """Saves each document as a PDF in a folder: the fallback that always works."""

    def __init__(self, folder: Path, clock: Clock = system_clock) -> None:
        self.folder = folder
        self._clock = clock  # names each file by the moment it was saved

    def describe(self) -> str:
        return f"save to the folder {self.folder}"

    def send(self, rendering: Rendering) -> str:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise PrintFailed(
                f"cannot write to the folder {self.folder}: {error.strerror}", Problem.FOLDER
            ) from None
        stamp = self._clock().strftime("%Y%m%dT%H%M%S%fZ")
        # Plain strings, not Path, for a name that is new with every document: Python
        # 3.12's pathlib interns each part of a path it parses, for good (interned strings
        # are immortal there, CPython gh-121780), about 130 bytes per name for as long as
        # the kiosk runs.
        name = f"{stamp}-{_safe_name(rendering.title)}"
        target = os.path.join(self.folder, f"{name}.pdf")
        partial = os.path.join(self.folder, f"{name}.part")
        rendering.write_pdf(partial)
        if not os.path.exists(partial) or os.path.getsize(partial) == 0:
            raise PrintFailed(
                f"the disk did not take the file (is {self.folder} full?)", Problem.FOLDER
            )
        os.replace(partial, target)
        return target


def cups_queues(stopping: threading.Event | None = None) -> list[tuple[str, str]]:
    """CUPS queues and their state ("idle", "disabled", ...); empty without CUPS."""
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return []
    try:
        done = run_command([lpstat, "-p"], LPSTAT_TIMEOUT_S, stopping)
    except (OSError, subprocess.TimeoutExpired):
        return []
    found = []
    for line in done.stdout.splitlines():
        match = re.match(r"printer (\S+) (?:is )?(\w+)", line)
        if match:
            found.append((match.group(1), match.group(2)))
    return found


class CupsBackend:
    """A CUPS queue through `lp`, with the media size given explicitly."""

    def __init__(
        self,
        queue: str,
        stopping: threading.Event | None = None,
        timeout: float = LP_TIMEOUT_S,
    ) -> None:
        """`stopping`, once set, ends a wait for `lp` at once (PrintStopped)."""
        self.queue = queue
        self.timeout = timeout
        self._stopping = stopping

    def describe(self) -> str:
        return f"CUPS queue {self.queue}"

    def _check_queue(self) -> None:
        states = dict(cups_queues(self._stopping))
        if self.queue not in states:
            raise PrintFailed(
                f"the printer {self.queue} is not known to this computer",
                Problem.UNKNOWN_PRINTER,
            )
        if states[self.queue] == "disabled":
            raise PrintFailed(f"the printer {self.queue} is paused or offline", Problem.PAUSED)

    def send(self, rendering: Rendering) -> str:
        lp = shutil.which("lp")
        if lp is None:
            raise PrintFailed(
                "printing is not installed on this computer (no CUPS `lp`)", Problem.NO_CUPS
            )
        self._check_queue()
        setup = rendering.setup
        media = (
            "A4" if not rendering.receipt else f"Custom.{setup.width_mm:g}x{setup.height_mm:g}mm"
        )
        with tempfile.TemporaryDirectory(prefix="kiosk-print-") as folder:
            # A plain string: the folder's name is new each time (see FolderBackend.send)
            pdf = os.path.join(folder, "document.pdf")
            rendering.write_pdf(pdf)
            command = [
                lp,
                "-d",
                self.queue,
                "-o",
                f"media={media}",
                "-o",
                "fit-to-page",
                "-t",
                rendering.title,
                pdf,
            ]
            try:
                done = run_command(command, self.timeout, self._stopping)
            except subprocess.TimeoutExpired:
                raise PrintFailed(
                    f"the printer {self.queue} did not answer in time", Problem.NO_ANSWER
                ) from None
        if done.returncode != 0:
            detail = (done.stderr or done.stdout).strip().splitlines()
            reason = detail[-1] if detail else f"lp exited with {done.returncode}"
            raise PrintFailed(
                f"the printer {self.queue} refused the document ({reason})", Problem.REFUSED
            )
        match = re.search(r"request id is (\S+)", done.stdout)
        return match.group(1) if match else self.queue


class QtBackend:
    """The system's printer through Qt (the Windows route; works wherever Qt sees printers)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def describe(self) -> str:
        return f"system printer {self.name}"

    def send(self, rendering: Rendering) -> str:
        # A QPrinter of its own, painted on by this thread: what Qt allows off the GUI
        # thread. (The list of printers, QPrinterInfo, is not asked here: Qt does not
        # promise it is safe from another thread; an unknown name gives an invalid printer.)
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPrinterName(self.name)
        printer.setDocName(rendering.title)
        if not printer.isValid() or printer.printerName() != self.name:
            raise PrintFailed(
                f"the printer {self.name} is not connected to this computer or cannot be "
                "used right now",
                Problem.UNKNOWN_PRINTER,
            )
        if rendering.paint(printer) < 1:
            raise PrintFailed(f"nothing was printed on {self.name}", Problem.REFUSED)
        return self.name


class EscPosBackend:
    """A receipt printer spoken to in ESC/POS; tickets go as raster images (no text shaping
    on the printer, so Arabic and Ethiopic print exactly as laid out by Qt)."""

    def __init__(self, connection: str, device: object | None = None) -> None:
        self.connection = connection
        self._device = device

    def describe(self) -> str:
        return f"receipt printer {self.connection}"

    def _open(self) -> object:
        if self._device is not None:
            return self._device
        from escpos import printer

        kind, _, where = self.connection.partition(":")
        try:
            if kind == "usb":
                vendor, product = (int(part, 16) for part in where.split(":"))
                return printer.Usb(vendor, product)
            if kind == "network":
                host, _, port = where.partition(":")
                return printer.Network(host, int(port or 9100), timeout=10)
            if kind == "serial":
                return printer.Serial(where)
            if kind == "file":
                return printer.File(where)
            return printer.Dummy()
        except Exception as error:  # python-escpos raises many kinds for "not connected"
            raise PrintFailed(
                f"the receipt printer is not connected ({error})", Problem.NOT_CONNECTED
            ) from None

    def send(self, rendering: Rendering) -> str:
        if rendering.rasters is None:
            raise PrintFailed(
                "a receipt printer cannot print A4 sheets: choose another printer",
                Problem.WRONG_PAPER,
            )
        device = self._open()
        try:
            for image in rendering.rasters():
                device.image(_to_pil(image), impl="bitImageRaster")  # type: ignore[attr-defined]
                device.cut()  # type: ignore[attr-defined]
        except PrintFailed:
            raise
        except Exception as error:
            raise PrintFailed(
                f"the receipt printer stopped ({error}); check the paper", Problem.PAPER
            ) from None
        finally:
            _close(device)  # a USB handle or a socket per job, never left open
        return self.connection


def _close(device: object) -> None:
    """Let go of the printer's connection, whatever state it is in."""
    close = getattr(device, "close", None)
    if close is None:
        return
    with contextlib.suppress(Exception):  # a connection that already broke may refuse
        close()


def _to_pil(image: object) -> object:
    """QImage → 1-bit PIL image, as python-escpos wants it."""
    from PIL import Image
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(gray.constBits())[: gray.bytesPerLine() * gray.height()]
    pil = Image.frombytes("L", (gray.width(), gray.height()), data, "raw", "L", gray.bytesPerLine())
    return pil.point(lambda v: 0 if v < 128 else 255, mode="1")


def backend_for(
    choice: PrinterChoice, default_folder: Path, stopping: threading.Event | None = None
) -> Backend:
    if choice.kind is PrinterKind.CUPS:
        return CupsBackend(choice.target, stopping)
    if choice.kind is PrinterKind.QT:
        return QtBackend(choice.target)
    if choice.kind is PrinterKind.ESCPOS:
        return EscPosBackend(choice.target)
    return FolderBackend(Path(choice.target) if choice.target else default_folder)
