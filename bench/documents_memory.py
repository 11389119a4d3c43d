"""Resident memory while sheets and tickets are printed again and again, without the screens.

    .venv/bin/python bench/documents_memory.py [--count 3000] [--every 500] [--main-thread]
                                               [--trim]

Renders `--count` sheet + A4 ticket pairs (the sixteen languages in turn) through the print
service's folder back-end, as bench/long_run.py's print thread does, but on their own: a
growth seen here is the documents', not the screens'. By default on one long-lived QThread,
like kiosk/ui/print_worker.py; `--main-thread` renders on the GUI thread instead (glibc
gives each thread its own malloc arena, so the two can differ). `--trim` calls glibc's
malloc_trim(0) after each batch and reports RSS before and after it: memory that comes back
then was free but fragmented, memory that does not is still in use (a leak, or a cache).
The printed files are deleted after each pair.

Reports RSS after a warm-up of 100 pairs and after every batch (with the batch's ms per
pair), and the growth per 1,000 pairs. Nothing to reach on its own: it is how issue 6's
memory growth was split (bench/README.md, long_run.py).
"""

import argparse
import ctypes
import json
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QObject, QThread, Signal, Slot
from PySide6.QtGui import QGuiApplication

from kiosk.core.languages import LANGUAGES
from kiosk.core.printed_info import PrintedInfo
from kiosk.core.printers import Paper
from kiosk.documents.fonts import load_fonts
from kiosk.documents.sheet import SheetRequest
from kiosk.documents.ticket import TicketPrint
from kiosk.printing.backends import FolderBackend
from kiosk.printing.print_service import sheet_rendering, tickets_rendering

PAGE = os.sysconf("SC_PAGE_SIZE")
DAY = date(2026, 11, 26)
WARM_UP = 100


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE / 1e6


class Printer(QObject):
    """Prints pairs on whichever thread it lives on; `done` when a batch is through."""

    done = Signal()

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.backend = FolderBackend(folder)
        self.info = PrintedInfo()
        self.codes = [language.code for language in LANGUAGES]

    @Slot(int, int)
    def print_pairs(self, first: int, count: int) -> None:
        for index in range(first, first + count):
            code = self.codes[index % len(self.codes)]
            number = index % 999 + 1
            request = SheetRequest(code, "Startpunt Brussel", self.info, number=number, day=DAY)
            self.backend.send(sheet_rendering(request))
            ticket = TicketPrint("Startpunt Brussel", DAY, number, number, code, "nl",
                                 f"BENCH-{index:08d}", "K7R")
            self.backend.send(tickets_rendering([ticket], Paper.A4))
            for path in self.folder.iterdir():
                path.unlink()
        self.done.emit()


class Caller(QObject):
    print_pairs = Signal(int, int)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--every", type=int, default=500)
    parser.add_argument("--main-thread", action="store_true")
    parser.add_argument("--trim", action="store_true", help="malloc_trim(0) after each batch")
    args = parser.parse_args()
    app = QGuiApplication([])
    load_fonts()
    trim = ctypes.CDLL("libc.so.6").malloc_trim if args.trim else None
    printer = Printer(Path(tempfile.mkdtemp(prefix="kiosk-bench-memory-")))
    thread = QThread()
    caller = Caller()
    if not args.main_thread:
        printer.moveToThread(thread)
        thread.start()
    caller.print_pairs.connect(printer.print_pairs)

    def run(first: int, count: int) -> None:
        loop = QEventLoop()
        printer.done.connect(loop.quit)
        caller.print_pairs.emit(first, count)
        if not args.main_thread:
            loop.exec()
        printer.done.disconnect(loop.quit)

    run(0, WARM_UP)
    if trim is not None:
        trim(0)
    warm = rss_mb()
    batches = []
    done = 0
    while done < args.count:
        size = min(args.every, args.count - done)
        start = time.perf_counter()
        run(WARM_UP + done, size)
        seconds = time.perf_counter() - start
        done += size
        batch = {"pairs": done, "ms_per_pair": round(seconds * 1000 / size, 1),
                 "rss_mb": round(rss_mb(), 1)}
        if trim is not None:
            trim(0)
            batch["rss_trimmed_mb"] = round(rss_mb(), 1)
        batches.append(batch)
        print(json.dumps(batch), file=sys.stderr, flush=True)
    thread.quit()
    thread.wait()
    end = batches[-1].get("rss_trimmed_mb", batches[-1]["rss_mb"])
    print(json.dumps({
        "pairs": args.count,
        "thread": "main" if args.main_thread else "worker",
        "trim": args.trim,
        "rss_after_warm_up_mb": round(warm, 1),
        "rss_end_mb": end,
        "growth_mb_per_1000": round((end - warm) * 1000 / args.count, 2),
        "batches": batches,
    }, indent=2))
    del app


if __name__ == "__main__":
    main()
