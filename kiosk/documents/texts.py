"""The printed texts in `resources/sheets/<language>.json`, one file per language."""

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from kiosk.core.languages import BY_CODE
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
    qr_caption: str
    not_reviewed_notice: str
    page: str
    checked_on: str
    meal: str
    valid_today: str
    screen: dict[str, str]


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
        )
    except (OSError, KeyError, ValueError, TypeError) as error:
        raise TextsMissing(f"the texts for {language} cannot be read ({path}): {error}") from None


@dataclass(frozen=True, slots=True)
class ForYouTexts:
    """The labels of the sheet's first page (`"for_you"` in the language's file): the number
    of the day and its date, the box of the referrals ticked for the party, the key numbers."""

    number_label: str
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
