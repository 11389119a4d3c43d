"""Open data (off unless `kiosk-hq serve --public`): weekly totals across all sites for
anyone, without signing in, as a page (/public, in English, Dutch or French) and as JSON
(GET /api/v1/public/weeks.json). What is published and why: kiosk/core/public_weeks.py.

Both answer 404 while open data is off. They may be cached for an hour (by a reverse proxy
too): the figures change once a week.
"""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from kiosk.core.packet_sums import Cell
from kiosk.core.public_weeks import (
    FIGURES,
    MIN_SITES,
    ROUND_TO,
    SETTLE_DAYS,
    PublicWeek,
    public_weeks,
    published_weeks,
)
from kiosk.hq.accounts import LANGUAGES
from kiosk.hq.settings import HqSettings
from kiosk.hq.store import HqStore
from kiosk.hq.web.page_kit import WebRefusal, bar_chart, browser_language, page

router = APIRouter(include_in_schema=False)
CACHE = "public, max-age=3600"


def _weeks(request: Request) -> tuple[list[PublicWeek], int]:
    settings: HqSettings = request.app.state.settings
    if not settings.public:
        raise WebRefusal(404)
    store: HqStore = request.app.state.store
    today = store.today()
    first, last = published_weeks(today)
    rows = store.days(first, last)
    k = max([settings.public_k, *(int(row["k"]) for row in rows)])
    return public_weeks(rows, today, k), k


@router.get("/api/v1/public/weeks.json")
def weeks_json(request: Request) -> Response:
    weeks, k = _weeks(request)
    body: dict[str, Any] = {
        "rounded_to": ROUND_TO,
        "k": k,
        "min_sites": MIN_SITES,
        "settle_days": SETTLE_DAYS,
        "figures": list(FIGURES),
        "weeks": [week.to_json() for week in weeks],
    }
    return JSONResponse(body, headers={"Cache-Control": CACHE})


@router.get("/public")
def publicpage(request: Request, lang: str = "") -> HTMLResponse:
    weeks, k = _weeks(request)
    language = lang if lang in LANGUAGES else browser_language(request)
    people = [
        (week.monday.isoformat(), week.figures["people"].value or 0)
        for week in weeks
        if not week.withheld
    ]
    chart = bar_chart([(label, Cell(value)) for label, value in people])
    response = page(
        request,
        "public.html",
        language,
        weeks=weeks,
        figures=FIGURES,
        k=k,
        round_to=ROUND_TO,
        min_sites=MIN_SITES,
        settle_days=SETTLE_DAYS,
        chart=chart,
    )
    response.headers["Cache-Control"] = CACHE
    return response
