"""Render every language's information sheet to PNG, and a contact sheet (the tickets:
docs/make_ticket_images.py).

    .venv/bin/python docs/make_sheet_images.py

Writes docs/sheets/contact-sheet.png (both pages of all 16 sheets, each for party 042 on
Thursday 26 November 2026 at a site with every setting filled in, long opening hours, and
the medical point, legal aid and guardianship ticked: the longest sheet a site prints),
docs/sheets/sheet-<lang>-<page>.png for ar, ur, ti, ka, nl and fr (readable size); the
tickets are docs/make_ticket_images.py's.
"""

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date

from contact_sheet import contact_sheet  # docs/contact_sheet.py, beside this script
from PySide6.QtGui import QGuiApplication, QImage

from kiosk.core.codes import Referral
from kiosk.core.languages import LANGUAGES
from kiosk.core.printed_info import make_printed_info
from kiosk.documents.sheet import SheetRequest, sheet_image

OUT = Path(__file__).with_name("sheets")
SITE = "Startpunt Brussel"


def main() -> None:
    app = QGuiApplication([])
    OUT.mkdir(exist_ok=True)
    info = make_printed_info({
        "startpunt_address": "Boulevard du Roi Albert II 27, 1000 Brussel",
        "soup_hours": "mon-fri 08:00-10:00,12:00-14:00; sat 09:00-12:00",
        "info_point_hours": "mon-fri 09:00-17:00",
        "legal_aid_hours": "mon-fri 09:00-12:00,13:30-16:30",
        "medical_point_hours": "mon-fri 09:00-17:00; sat 10:00-13:00",
        "humanitarian_hub_hours": "mon-sun 08:00-20:00",
        "help_line_phone": "02 213 44 00",
        "help_line_hours": "mon-fri 09:00-17:00",
    })
    firsts: list[tuple[str, QImage]] = []
    for old in OUT.glob("sheet-*.png"):
        old.unlink()
    ticked = (Referral.MEDICAL_POINT, Referral.LEGAL_AID, Referral.GUARDIANSHIP)
    for language in LANGUAGES:
        request = SheetRequest(language.code, SITE, info, 42, date(2026, 11, 26), ticked)
        pages = sheet_image(request, dpi=100)
        for index, page in enumerate(pages, start=1):
            firsts.append((f"{language.code} · {language.endonym} · {index}/{len(pages)}", page))
        if language.code in ("ar", "ur", "ti", "ka", "nl", "fr"):
            for index, page in enumerate(pages, start=1):
                page.save(str(OUT / f"sheet-{language.code}-{index}.png"))
    sheet = contact_sheet(firsts, columns=8, scale=0.3)
    sheet.save(str(OUT / "contact-sheet.png"))
    app.quit()
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
