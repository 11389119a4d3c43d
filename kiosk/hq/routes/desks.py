"""PUT /api/v1/sites/{site_id}/days/{date}: a desk's packet for one day (site token)."""

import hashlib
import json
from datetime import timedelta
from typing import Annotated, Any, NoReturn

from fastapi import APIRouter, Header, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from kiosk.core.errors import ValidationError
from kiosk.core.packet import (
    AUDIT,
    PacketInvalid,
    canonical_json,
    find_disclosure,
    parse_packet,
)
from kiosk.core.packet_schema import packet_json_schema
from kiosk.core.registration_window import check_day
from kiosk.hq.access import SendingSite, Store, parse_day
from kiosk.hq.api_models import Conflict, Problem, Receipt
from kiosk.hq.audit_anchors import AnchorMissing, record_anchor
from kiosk.hq.installations import (
    HEADER,
    INSTALLATION_PATTERN,
    InstallationRefused,
    bind_installation,
)
from kiosk.hq.refusals import problems, refuse
from kiosk.hq.store import KeyReused

MAX_BODY = 256 * 1024

router = APIRouter(tags=["desks"])


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise ValueError(f"duplicate key {key[:40]!r}")
        found[key] = value
    return found


def _no_constants(name: str) -> NoReturn:
    raise ValueError(f"{name} is not JSON")


def read_json(body: bytes) -> Any:
    """Strict JSON: no duplicate keys, no NaN or Infinity (400 otherwise)."""
    try:
        return json.loads(
            body.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_no_constants
        )
    except (ValueError, RecursionError) as error:
        refuse(400, f"body: not valid JSON ({str(error)[:120]})")


async def read_body(request: Request) -> bytes:
    """The body, refused (413) as soon as it passes MAX_BODY, before it is all in memory."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        refuse(413, f"body: larger than {MAX_BODY // 1024} KiB")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            refuse(413, f"body: larger than {MAX_BODY // 1024} KiB")
        chunks.append(chunk)
    return b"".join(chunks)


def openapi_packet_schema() -> dict[str, Any]:
    schema = packet_json_schema()
    schema.pop("$schema", None)
    schema.pop("$id", None)
    return schema


@router.put(
    "/sites/{site_id}/days/{date}",
    response_model=Receipt,
    responses={
        **problems(400, 401, 403, 408, 413, 415, 422, 429, 503),
        409: {
            "model": Conflict | Problem,
            "description": "Other content is held at this revision (Conflict), or another "
            "desk installation sends with this site's token (Problem)",
        },
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": openapi_packet_schema()}},
        }
    },
)
async def put_day(
    request: Request,
    address: SendingSite,
    store: Store,
    installation: Annotated[
        str | None,
        Header(
            alias=HEADER,
            pattern=INSTALLATION_PATTERN,
            max_length=64,
            description="The desk's installation id: the site's token is bound to the first.",
        ),
    ] = None,
) -> Any:
    """A desk's packet for one day. Kept when its revision is higher than the stored one;
    the answer says which revision headquarters holds."""
    site_id = address.site_id
    day = parse_day(address.date, "date")
    body = await read_body(request)
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media != "application/json":
        refuse(415, "body: send the packet as application/json")
    data = read_json(body)
    try:
        packet = parse_packet(data)
    except PacketInvalid as invalid:
        refuse(422, f"{invalid.field}: {invalid.message}")
    holes = find_disclosure(packet.to_json())  # sums and differences giving 1 to k-1
    if holes:
        refuse(422, holes[0])
    if packet.site_id != site_id:
        refuse(422, "site_id: the packet's site is not the one in the address")
    if packet.day != day:
        refuse(422, "date: the packet's date is not the one in the address")
    set_up_day = packet.set_up_day  # the desk's own; older desks do not send it
    if set_up_day is not None and set_up_day > store.today() + timedelta(days=1):
        refuse(
            422,
            f"set_up_day: {set_up_day.isoformat()} is after tomorrow at headquarters "
            f"({store.today().isoformat()}): check the desk's clock",
        )
    if set_up_day is None:  # then the day the site was added at headquarters
        set_up_day = await run_in_threadpool(store.added_on, site_id) or day
    try:  # the window the desk checks too (kiosk.core.registration_window)
        check_day(day, set_up_day, store.clock())
    except ValidationError as refused:
        refuse(422, str(refused))
    try:  # the token is bound to the first desk installation that sends with it
        installation = await run_in_threadpool(bind_installation, store, site_id, installation)
    except InstallationRefused as refused:
        refuse(refused.status, refused.detail)
    try:
        await run_in_threadpool(record_anchor, store, site_id, installation, day, packet.audit)
    except AnchorMissing:
        refuse(422, "audit: this desk sent its audit chain head before; send it with every packet")
    # The audit anchor changes with every send: the key's meaning is the day's content.
    content = {key: value for key, value in data.items() if key != AUDIT}
    request_hash = hashlib.sha256(canonical_json(content)).hexdigest()
    try:
        stored = await run_in_threadpool(
            store.receive, packet, address.idempotency_key, request_hash
        )
    except KeyReused:
        refuse(422, "Idempotency-Key: already used with another packet")
    if stored.outcome == "conflict":
        return JSONResponse(
            {
                "detail": f"revision: {stored.revision} is held with other content; "
                "send it again with a higher revision",
                "revision": stored.revision,
                "content_hash": stored.content_hash,
            },
            status_code=409,
        )
    return stored.to_json()
