"""The shapes of headquarters' answers, as published in its OpenAPI description."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Problem(BaseModel):
    """Any refusal: one sentence that names what is wrong."""

    detail: str


class Receipt(BaseModel):
    """What headquarters holds for the day after the request."""

    model_config = ConfigDict(extra="forbid")

    site_id: str
    date: str = Field(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
    revision: int = Field(ge=1)
    content_hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    outcome: Literal["stored", "unchanged", "newer-kept"]


class Conflict(BaseModel):
    """The same revision with other content is held: send again with a higher revision."""

    model_config = ConfigDict(extra="forbid")

    detail: str
    revision: int = Field(ge=1)
    content_hash: str = Field(pattern=r"^[0-9a-f]{64}$")


class Breakdown(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cells: dict[str, int]
    suppressed: list[str]
    withheld: bool


class DayCounts(BaseModel):
    """A stored packet: totals under the names `kiosk counts --json` uses."""

    model_config = ConfigDict(extra="forbid")

    site_id: str
    date: str
    revision: int
    schema_version: int
    k: int
    people: int
    parties: int
    meals_served: int
    sheets_printed: int
    breakdowns: dict[str, Breakdown]


class Health(BaseModel):
    status: Literal["ok"]
