"""Sheet and ticket generation, warm, next to a bare QTextDocument -> QPdfWriter of the same text.

    .venv/bin/python bench/documents_speed.py [--rounds N]

Targets (issues 3 and 12): sheet under 30 ms, ticket under 15 ms, ratio to the bare baseline
at most 1.5. The sheet is the two-page one of issue 12 for every language: number of the day
with its date, key numbers, a "for you" box with two referrals, a pictogram per topic; each
round prints the next party's (another number, another day: `sheet`: the kept sheet's PDF
with its card laid over it, kiosk/documents/sheet_pdf.py), and, apart, the first sheet of its
words (`sheet_of_new_words`: the kept documents forgotten first, so the sheet is laid out in
full and drawn whole; its fit is known, as after the first sheet of a language) and the
second (`second_sheet_of_its_words`: the kept document drawn once without its card, then the
card laid over it). Its
bare baseline is the same words (sheet and box texts) as plain paragraphs in one
QTextDocument printed to a QPdfWriter. The ticket's baseline is the ticket's own words
(number and its labels, date, meal lines, serial and check code) as plain text, written in
the same run.
"""

import argparse
import json
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from functools import partial
from itertools import count
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QPdfWriter, QTextDocument

from kiosk.core.codes import Referral
from kiosk.core.languages import LANGUAGES
from kiosk.core.meal_ticket import MealTicket, check_code, encode, new_secret
from kiosk.core.printed_info import PrintedInfo
from kiosk.core.sheet_text import fill
from kiosk.documents.fonts import families_for, load_fonts
from kiosk.documents.sheet import SheetRequest, forget_kept_sheets
from kiosk.documents.sheet_pdf import render_sheet_pdf
from kiosk.documents.texts import for_you_texts, sheet_texts
from kiosk.documents.ticket import TicketPrint
from kiosk.documents.ticket_texts import ticket_texts
from kiosk.documents.tickets_pdf import render_tickets_pdf


def timed(action: Callable[[], object], rounds: int) -> dict[str, float]:
    for _ in range(3):
        action()  # warm: fonts loaded, caches filled
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return {
        "median_ms": round(statistics.median(samples), 2),
        "p95_ms": round(samples[int(len(samples) * 0.95) - 1], 2),
    }


def next_party(request: SheetRequest, parties: Iterator[int], target: str) -> None:
    """The sheet of the next party of the same words: another number, another day."""
    number = next(parties)
    day = request.day + timedelta(days=number % 7) if request.day is not None else None
    render_sheet_pdf(replace(request, number=number % 1000, day=day), target)


def new_words_sheet(request: SheetRequest, target: str) -> None:
    """The first sheet of its words (a language, settings and referrals not printed since the
    last KEPT_SHEETS sheets): laid out in full, its fit known."""
    forget_kept_sheets()
    render_sheet_pdf(request, target)


def second_of_words(request: SheetRequest, target: str) -> None:
    """The second sheet of its words: the first drawn whole (not timed), then this one, the
    kept document's PDF drawn once without its card and the card laid over it."""
    forget_kept_sheets()
    render_sheet_pdf(request, target)
    start = time.perf_counter()
    render_sheet_pdf(replace(request, number=(request.number or 0) + 1), target)
    _second_ms.append((time.perf_counter() - start) * 1000)


_second_ms: list[float] = []


def timed_inside(
    action: Callable[[], object], rounds: int, samples: list[float]
) -> dict[str, float]:
    """Like `timed`, for an action that times its own part into `samples`."""
    for _ in range(3):
        action()
    samples.clear()
    for _ in range(rounds):
        action()
    ordered = sorted(samples)
    return {
        "median_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1], 2),
    }


def bare_text(language: str, official: str) -> str:
    """The same words as the sheet, as plain paragraphs."""
    info = PrintedInfo().placeholders()
    parts = []
    for code in (language, official):
        texts = sheet_texts(code)
        parts += [texts.title, fill(texts.intro, info)]
        for topic in texts.topics:
            parts += [topic.heading, *(fill(p, info) for p in topic.paragraphs)]
        box = for_you_texts(code)
        parts += [box.number_label, "042", box.weekdays[3] + " 26.11.2026", box.key_numbers]
        parts += [box.emergency, info["emergency_number"], box.shelter_line, info["shelter_phone"]]
        parts += [box.guardianship, info["guardianship_phone"], box.medical_point]
        parts += [box.box_title, box.referrals["medical-point"]]
        parts += [info["medical_point_address"]]
        parts += [box.referrals["guardianship"] + ": " + info["guardianship_phone"]]
    return "\n".join(parts)


def bare_pdf(text: str, script: str, target: str) -> None:
    document = QTextDocument()
    font = document.defaultFont()
    font.setFamilies(families_for(script))
    document.setDefaultFont(font)
    document.setPlainText(text)
    writer = QPdfWriter(target)
    writer.setResolution(300)
    document.print_(writer)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=60)
    args = parser.parse_args()
    app = QGuiApplication([])
    load_fonts()
    folder = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    results: dict[str, object] = {}
    secret = new_secret()
    day = date(2026, 11, 26)
    for language, script in ((lang.code, lang.script) for lang in LANGUAGES):
        info = PrintedInfo()
        request = SheetRequest(
            language,
            "Startpunt Brussel",
            info,
            42,
            day,
            (Referral.MEDICAL_POINT, Referral.GUARDIANSHIP),
        )
        pages = render_sheet_pdf(request, str(folder / "s.pdf"))
        parties = count(43)
        sheet = timed(partial(next_party, request, parties, str(folder / "s.pdf")), args.rounds)
        new_words = timed(partial(new_words_sheet, request, str(folder / "s.pdf")), args.rounds)
        second = timed_inside(
            partial(second_of_words, request, str(folder / "s.pdf")), args.rounds, _second_ms
        )
        text = bare_text(language, info.official_language)
        bare = timed(partial(bare_pdf, text, script, str(folder / "b.pdf")), args.rounds)
        meal = MealTicket("brussels-1", date(2026, 11, 26), 12)
        check = check_code(meal, secret)
        one = [
            TicketPrint(
                "Startpunt Brussel", meal.day, 12, 42, language, "nl", encode(meal, secret), check
            )
        ]
        ticket = timed(partial(render_tickets_pdf, one, str(folder / "t.pdf")), args.rounds)
        texts, official = ticket_texts(language), ticket_texts("nl")
        words = "\n".join(
            [
                "Startpunt Brussel",
                texts.your_number,
                f"{ticket_texts('nl').your_number} · {ticket_texts('fr').your_number}",
                "042",
                texts.written_date(meal.day),
                texts.meal,
                official.meal,
                texts.valid_today,
                f"012-{check}",
            ]
        )
        bare_ticket = timed(partial(bare_pdf, words, script, str(folder / "bt.pdf")), args.rounds)
        results[language] = {
            "sheet_pages": pages,
            "sheet": sheet,
            "sheet_of_new_words": new_words,
            "second_sheet_of_its_words": second,
            "bare_sheet_text": bare,
            "sheet_ratio": round(sheet["median_ms"] / bare["median_ms"], 2),
            "ticket": ticket,
            "bare_ticket_text": bare_ticket,
            "ticket_ratio": round(ticket["median_ms"] / bare_ticket["median_ms"], 2),
        }
    results["targets"] = {"sheet_ms": 30, "ticket_ms": 15, "ratio": 1.5}
    print(json.dumps(results, indent=2))
    app.quit()


if __name__ == "__main__":
    main()
