"""How headquarters says no: a 4xx (or 503) with a one-line `detail`, documented as such."""

from typing import Any, NoReturn

from fastapi import HTTPException

from kiosk.hq.api_models import Problem


def refuse(status: int, detail: str, headers: dict[str, str] | None = None) -> NoReturn:
    """Stop the request with this status and a one-line, bounded detail."""
    raise HTTPException(status, " ".join(detail.split())[:300], headers)


def problems(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI: these refusals answer with a Problem."""
    return {code: {"model": Problem} for code in codes}


def json_problems(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI: these refusals answer with a JSON Problem on a route whose success is not JSON."""
    schema = {"$ref": "#/components/schemas/Problem"}
    problem = {"description": "Refused", "content": {"application/json": {"schema": schema}}}
    return {code: problem for code in codes}
