"""GET /api/v1/days and /api/v1/days.csv: stored packets of a period (reader token)."""

from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response

from kiosk.hq.access import ReadersPeriod, Store
from kiosk.hq.api_models import DayCounts
from kiosk.hq.csv_export import days_csv
from kiosk.hq.refusals import json_problems, problems

router = APIRouter(tags=["readers"])


class CsvResponse(Response):
    media_type = "text/csv"


@router.get("/days", response_model=list[DayCounts], responses=problems(401, 422, 429, 503))
def get_days(period: ReadersPeriod, store: Store) -> Any:
    """Stored packets of a period, by date then site (at most 366 days)."""
    return store.days(period.first, period.last, period.site_id)


@router.get(
    "/days.csv",
    response_class=CsvResponse,
    responses={
        200: {"content": {"text/csv": {"schema": {"type": "string"}}}},
        **json_problems(401, 422, 429, 503),
    },
)
def get_days_csv(period: ReadersPeriod, store: Store) -> CsvResponse:
    """The same as /api/v1/days, one row per site and day: `x` marks a suppressed cell,
    an empty field a count that was not sent (withheld, or merged into other)."""
    text = days_csv(store.days(period.first, period.last, period.site_id))
    name = f"startpunt-days-{period.first.isoformat()}-{period.last.isoformat()}.csv"
    return CsvResponse(text, headers={"Content-Disposition": f'attachment; filename="{name}"'})
