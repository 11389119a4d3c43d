"""The printers found through CUPS and a test page printed on a real queue (cups-pdf)."""

from pathlib import Path

import pytest

from kiosk.core.printers import Paper, PrinterChoice, PrinterKind
from kiosk.printing.backends import PrintFailed, Problem
from kiosk.printing.printer_check import found_printers, print_test_page


def test_the_cups_queue_is_found(cups_queue: str) -> None:
    """`lpstat` lists the cups-pdf queue that .ci/run sets up."""
    assert cups_queue in [printer.name for printer in found_printers()]


def test_a_test_page_prints_on_the_cups_queue(
    qapp: object, cups_queue: str, tmp_path: Path
) -> None:
    """The test page goes through `lp` and CUPS answers with a request id."""
    where = print_test_page(
        PrinterChoice(PrinterKind.CUPS, cups_queue, Paper.A4), tmp_path, ["Test page", "ok"]
    )
    assert where.startswith(cups_queue)


def test_a_test_page_to_an_unknown_queue_says_what_kind_of_problem(
    qapp: object, tmp_path: Path
) -> None:
    """A queue this computer does not have: PrintFailed of the kind "unknown printer" (or
    "no CUPS" where CUPS is not installed)."""
    with pytest.raises(PrintFailed) as failed:
        print_test_page(
            PrinterChoice(PrinterKind.CUPS, "no-such-printer", Paper.A4), tmp_path, ["x"]
        )
    assert failed.value.problem in (Problem.UNKNOWN_PRINTER, Problem.NO_CUPS)
