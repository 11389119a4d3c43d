"""What a meal ticket says in a language: its lines from the `"ticket"` object of
`resources/sheets/<language>.json`, and the date written the way that language writes it."""

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from kiosk.core.languages import BY_CODE
from kiosk.documents.texts import TextsMissing
from kiosk.paths import resources_dir


@dataclass(frozen=True, slots=True)
class TicketTexts:
    language: str
    meal: str
    valid_today: str
    your_number: str  # the label above the party's number of the day
    date_pattern: str  # "{day} {month} {year}"
    months: tuple[str, ...]  # January to December

    def written_date(self, day: date) -> str:
        """`day` as a reader of this language writes it: 2 December 2026, 2 de diciembre…"""
        return self.date_pattern.format(
            day=day.day, month=self.months[day.month - 1], year=day.year
        )


@cache
def ticket_texts(language: str) -> TicketTexts:
    if language not in BY_CODE:
        raise TextsMissing(f"no ticket language {language!r}")
    path = resources_dir() / "sheets" / f"{language}.json"
    try:
        raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))["ticket"]
        months = tuple(str(month) for month in raw["months"])
        if len(months) != 12:
            raise ValueError(f"{len(months)} months instead of 12")
        texts = TicketTexts(
            language=language,
            meal=raw["meal"],
            valid_today=raw["valid_today"],
            your_number=raw["your_number"],
            date_pattern=raw["date"],
            months=months,
        )
        texts.written_date(date(2026, 1, 1))  # a pattern with an unknown field fails here
        return texts
    except (OSError, KeyError, ValueError, TypeError, IndexError) as error:
        raise TextsMissing(
            f"the ticket texts for {language} cannot be read ({path}): {error}"
        ) from None
