"""The period a page shows: a preset (this week, the last 30 days, this year) or from/to
dates, and one site or all. A period that cannot be read, or is too long, falls back to the
last 30 days and the page says so.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated

from fastapi import Depends, Request

from kiosk.core.site import SITE_ID
from kiosk.hq.access import MAX_PERIOD_DAYS
from kiosk.hq.web.page_kit import store_of

PRESETS = ("this-week", "last-30", "this-year")


@dataclass(frozen=True, slots=True)
class Chosen:
    first: date
    last: date
    site: str | None
    preset: str
    problem: bool = False

    def query(self) -> str:
        site = f"&site={self.site}" if self.site else ""
        return f"from={self.first.isoformat()}&to={self.last.isoformat()}{site}"


def chosen_period(
    request: Request,
    from_: str = "",
    to: str = "",
    site: str = "",
    preset: str = "",
) -> Chosen:
    today = store_of(request).today()
    site_id = site if SITE_ID.fullmatch(site) else None
    presets = {
        "this-week": (today - timedelta(days=today.weekday()), today),
        "last-30": (today - timedelta(days=29), today),
        "this-year": (date(today.year, 1, 1), today),
    }
    if preset in presets:
        return Chosen(*presets[preset], site_id, preset)
    if not from_ and not to:
        return Chosen(*presets["last-30"], site_id, "last-30")
    try:
        first, last = date.fromisoformat(from_[:10]), date.fromisoformat(to[:10])
    except ValueError:
        return Chosen(*presets["last-30"], site_id, "last-30", problem=True)
    if first > last or (last - first).days >= MAX_PERIOD_DAYS:
        return Chosen(*presets["last-30"], site_id, "last-30", problem=True)
    matching = [name for name, span in presets.items() if span == (first, last)]
    return Chosen(first, last, site_id, matching[0] if matching else "")


def period(
    request: Request, from_: str = "", to: str = "", site: str = "", preset: str = ""
) -> Chosen:
    params = request.query_params
    return chosen_period(
        request,
        params.get("from", from_),
        params.get("to", to),
        params.get("site", site),
        params.get("preset", preset),
    )


Period = Annotated[Chosen, Depends(period)]
