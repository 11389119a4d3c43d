"""Render the meal ticket of every language to PNG, and a contact sheet of all sixteen.

    .venv/bin/python docs/make_ticket_images.py

Writes docs/sheets/tickets-contact-sheet.png (the 80 mm receipt ticket of each language, as
the thermal printer gets it), docs/sheets/ticket-<lang>.png for Arabic, Tigrinya and Georgian
(readable size) and docs/sheets/tickets-a4-ar.png (the cut-out tickets on A4).
"""

import os
import subprocess
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from contact_sheet import contact_sheet  # docs/contact_sheet.py, beside this script
from PySide6.QtGui import QGuiApplication

from kiosk.core.languages import LANGUAGES
from kiosk.core.meal_ticket import MealTicket, check_code, encode
from kiosk.documents.ticket import TicketPrint, render_tickets_pdf, ticket_image

OUT = Path(__file__).with_name("sheets")
SITE = "Startpunt Brussel"
DAY = date(2026, 11, 26)
SECRET = "5a" * 32  # fixed, so the pictures only change when the ticket does


def ticket(language: str, serial: int = 17, number: int = 42) -> TicketPrint:
    meal = MealTicket("brussels-1", DAY, serial)
    return TicketPrint(
        SITE, DAY, serial, number, language, "nl", encode(meal, SECRET), check_code(meal, SECRET)
    )


def main() -> None:
    app = QGuiApplication([])
    OUT.mkdir(exist_ok=True)
    images = [
        (f"{lang.code} · {lang.endonym}", ticket_image(ticket(lang.code))) for lang in LANGUAGES
    ]
    for code in ("ar", "ti", "ka"):
        ticket_image(ticket(code)).save(str(OUT / f"ticket-{code}.png"))
    sheet = contact_sheet(images, columns=8, scale=0.5)
    sheet.save(str(OUT / "tickets-contact-sheet.png"))
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "tickets.pdf"
        render_tickets_pdf([ticket("ar", serial, 42) for serial in (17, 18, 19)], str(pdf), a4=True)
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", "-singlefile", str(pdf), str(OUT / "tickets-a4-ar")],
            check=True,
        )
    app.quit()
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
