"""The printed texts in `resources/sheets/<language>.json`, one file per language.

Top-level metadata: `content_date`, `reviewed` (a native speaker checked the file) and
`not_reviewed`, the lines added or changed since, still waiting for that check: a topic id
(heading and all its paragraphs), `topic.N` (its paragraph N, from 0) or a key of `sheet`.
A file with any such line is not fully reviewed, and its sheet says so.
"""

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from kiosk.core.languages import BY_CODE
from kiosk.core.opening_hours import DAYS
from kiosk.core.sheet_text import fill
from kiosk.paths import resources_dir


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SheetTexts:
    language: str
    content_date: date
    reviewed: bool
    title: str
    intro: str
    topics: tuple[Topic, ...]
    qr_caption: str  # the link opens a page in this language
    not_reviewed_notice: str
    page: str
    checked_on: str
    meal: str
    valid_today: str
    screen: dict[str, str]
    qr_caption_english: str = ""  # the link opens the English page
    qr_caption_plain: str = ""  # the language of the linked page is not known
    not_reviewed_footer: str = ""  # footer of a translation not yet checked: {date}
    days: tuple[tuple[str, str], ...] = ()  # day code -> this language's day name
    not_reviewed_lines: frozenset[str] = frozenset()

    @property
    def fully_reviewed(self) -> bool:
        """A native speaker checked every line of this file."""
        return self.reviewed and not self.not_reviewed_lines

    def day_names(self) -> dict[str, str]:
        return dict(self.days)

    def qr_caption_for(self, link_language: str | None) -> str:
        """The caption under the QR code, true to the language of the page it opens."""
        if link_language == self.language:
            return self.qr_caption
        if link_language == "en":
            return self.qr_caption_english
        return self.qr_caption_plain

    def date_line(self, isolate: bool = True) -> str:
        """The footer's date: "checked on" only for a fully reviewed file. The date is an
        isolate, so it keeps its order in a right-to-left line."""
        template = self.checked_on if self.fully_reviewed else self.not_reviewed_footer
        return fill(template, {"date": self.content_date.isoformat()}, isolate)


class TextsMissing(Exception):
    pass


@cache
def sheet_texts(language: str) -> SheetTexts:
    if language not in BY_CODE:
        raise TextsMissing(f"no sheet language {language!r}")
    path = resources_dir() / "sheets" / f"{language}.json"
    try:
        raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        sheet, ticket = raw["sheet"], raw["ticket"]
        return SheetTexts(
            language=language,
            content_date=date.fromisoformat(raw["content_date"]),
            reviewed=bool(raw["reviewed"]),
            title=sheet["title"],
            intro=sheet["intro"],
            topics=tuple(
                Topic(t["id"], t["heading"], tuple(t["paragraphs"])) for t in sheet["topics"]
            ),
            qr_caption=sheet["qr_caption"],
            not_reviewed_notice=sheet["not_reviewed_notice"],
            page=sheet["page"],
            checked_on=sheet["checked_on"],
            meal=ticket["meal"],
            valid_today=ticket["valid_today"],
            screen=dict(raw["screen"]),
            qr_caption_english=sheet["qr_caption_english"],
            qr_caption_plain=sheet["qr_caption_plain"],
            not_reviewed_footer=sheet["not_reviewed_footer"],
            days=tuple((code, sheet["days"][code]) for code in DAYS),
            not_reviewed_lines=_not_reviewed(raw.get("not_reviewed", []), sheet, raw),
        )
    except (OSError, KeyError, ValueError, TypeError) as error:
        raise TextsMissing(f"the texts for {language} cannot be read ({path}): {error}") from None


def _not_reviewed(lines: list[str], sheet: dict[str, Any], raw: dict[str, Any]) -> frozenset[str]:
    """The file's not-reviewed lines, each checked to name a line that exists (a topic, a
    topic's paragraph `medical.1`, a line of the sheet, or one of page 1's `for_you.<key>`)."""
    paragraphs = {t["id"]: len(t["paragraphs"]) for t in sheet["topics"]}
    for line in lines:
        topic, _, index = str(line).partition(".")
        if topic == "for_you":
            if index not in raw.get("for_you", {}):
                raise ValueError(f"not_reviewed names no line: {line!r}")
            continue
        known = (topic in paragraphs and (not index or int(index) < paragraphs[topic])) or (
            not index and topic in sheet
        )
        if not known:
            raise ValueError(f"not_reviewed names no line: {line!r}")
    return frozenset(lines)


@dataclass(frozen=True, slots=True)
class ForYouTexts:
    """The labels of the sheet's first page (`"for_you"` in the language's file): the number
    of the day and its date, the box of the referrals ticked for the party, the key numbers."""

    number_label: str
    number_note: str  # what the number is for, printed under it
    weekdays: tuple[str, ...]  # Monday first
    box_title: str
    key_numbers: str
    emergency: str
    shelter_line: str
    guardianship: str
    medical_point: str
    where: str
    when: str
    referrals: dict[str, str]  # Referral value -> its name


@cache
def for_you_texts(language: str) -> ForYouTexts:
    if language not in BY_CODE:
        raise TextsMissing(f"no sheet language {language!r}")
    path = resources_dir() / "sheets" / f"{language}.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))["for_you"]
        weekdays = tuple(str(day) for day in raw["weekdays"])
        if len(weekdays) != 7:
            raise ValueError("for_you.weekdays must name the 7 days, Monday first")
        return ForYouTexts(
            number_label=raw["number_label"],
            number_note=raw["number_note"],
            weekdays=weekdays,
            box_title=raw["box_title"],
            key_numbers=raw["key_numbers"],
            emergency=raw["emergency"],
            shelter_line=raw["shelter_line"],
            guardianship=raw["guardianship"],
            medical_point=raw["medical_point"],
            where=raw["where"],
            when=raw["when"],
            referrals={str(k): str(v) for k, v in raw["referrals"].items()},
        )
    except (OSError, KeyError, ValueError, TypeError) as error:
        raise TextsMissing(f"the texts for {language} cannot be read ({path}): {error}") from None
