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
