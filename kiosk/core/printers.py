"""Which printer each document goes to: a site setting, checked here."""

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from kiosk.core.errors import ValidationError, quoted


class PrinterKind(StrEnum):
    FOLDER = "folder"  # save PDFs to a folder: always works, the fallback
    CUPS = "cups"  # a CUPS queue, through `lp` (Linux, macOS)
    QT = "qt"  # the system's printer through Qt (Windows)
    ESCPOS = "escpos"  # a receipt printer spoken to directly, tickets as raster images


class Paper(StrEnum):
    A4 = "a4"
    RECEIPT = "receipt"  # 80 mm roll


@dataclass(frozen=True, slots=True)
class PrinterChoice:
    kind: PrinterKind = PrinterKind.FOLDER
    target: str = ""  # folder path, queue or printer name, or ESC/POS connection
    paper: Paper = Paper.A4

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind.value, "target": self.target, "paper": self.paper.value}


_QUEUE = re.compile(r"[A-Za-z0-9_.-]{1,127}")
_ESCPOS = re.compile(
    r"(usb:0x[0-9a-fA-F]{4}:0x[0-9a-fA-F]{4}|network:[A-Za-z0-9.-]{1,253}(:\d{1,5})?"
    r"|serial:/dev/[A-Za-z0-9/_.-]{1,64}|file:/[A-Za-z0-9/_.-]{1,200}|dummy)"
)


def make_printer_choice(values: dict[str, Any], field: str) -> PrinterChoice:
    """Check a printer setting; `field` names it in the message (e.g. 'printer.sheet')."""
    try:
        kind = PrinterKind(values.get("kind", "folder"))
    except ValueError:
        allowed = ", ".join(k.value for k in PrinterKind)
        raise ValidationError(
            field, f"kind must be one of {allowed}",
            reason="not_one_of", value=quoted(values.get("kind")), allowed=allowed,
        ) from None
    try:
        paper = Paper(values.get("paper", "a4"))
    except ValueError:
        raise ValidationError(
            field, "paper must be a4 or receipt",
            reason="not_one_of", value=quoted(values.get("paper")), allowed="a4, receipt",
        ) from None
    target = str(values.get("target", "")).strip()
    if kind is PrinterKind.CUPS and not _QUEUE.fullmatch(target):
        raise ValidationError(
            field, f"{target[:40]!r} is not a CUPS queue name",
            reason="not_a_queue", value=quoted(target),
        )
    if kind is PrinterKind.QT and not target:
        raise ValidationError(field, "give the printer's name", reason="empty")
    if kind is PrinterKind.QT and len(target) > 200:
        raise ValidationError(
            field, "give the printer's name", reason="too_long", limit=200, got=len(target)
        )
    if kind is PrinterKind.ESCPOS:
        if not _ESCPOS.fullmatch(target):
            raise ValidationError(
                field,
                "an ESC/POS connection is usb:0xVVVV:0xPPPP, network:HOST[:PORT], "
                "serial:/dev/NAME, file:/dev/usb/lp0 or dummy",
                reason="not_a_connection",
            )
        if paper is not Paper.RECEIPT:
            raise ValidationError(
                field, "an ESC/POS printer takes receipt paper only", reason="receipt_only"
            )
    if kind is PrinterKind.FOLDER and "\x00" in target:
        raise ValidationError(field, "not a folder path", reason="not_a_folder")
    return PrinterChoice(kind, target, paper)
