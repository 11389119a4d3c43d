"""Headquarters refuses a packet from which a small count can be worked out by differencing."""

import copy
from datetime import timedelta

import httpx

from kiosk.core.counts import count_parties
from kiosk.core.packet import build_packet, canonical_json, content_hash
from kiosk.core.registration import make_party
from tests.hq.pinned_time import HQ_TODAY
from tests.hq_harness import RunningHq


def test_a_packet_with_a_differencing_hole_is_refused(hq: RunningHq) -> None:
    """The packet of issue 13 as it left before (only the 60+ cells hidden: people minus the
    published cells = 3) passes the schema but gets a 422 naming the breakdown; the same day
    protected as the desk builds it now is stored."""
    site_id = "disclosure-site"
    token = hq.add_site(site_id)
    day = HQ_TODAY - timedelta(days=1)
    family = make_party(
        language="ar",
        nationality="SY",
        people=[("female", "26-59"), ("male", "26-59"), ("male", "5-11")],
    )
    elders = make_party(
        language="ar",
        nationality="SY",
        people=[("female", "60+"), ("male", "60+"), ("male", "60+")],
    )
    packet = build_packet(site_id, count_parties(day, [family] * 12 + [elders]), k=5)
    holed = copy.deepcopy(packet)
    holed["breakdowns"]["by_sex_age_band"]["cells"]["female:26-59"] = 12
    holed["breakdowns"]["by_sex_age_band"]["suppressed"] = ["female:60+", "male:60+"]

    def put(sent: dict[str, object]) -> httpx.Response:
        return httpx.put(
            f"{hq.url}/api/v1/sites/{site_id}/days/{day.isoformat()}",
            content=canonical_json(sent),
            headers={
                "Content-Type": "application/json",
                "Authorization": f"Bearer {token}",
                "Idempotency-Key": f"disclosure-{content_hash(sent)[:24]}",
            },
            timeout=10,
        )

    refused = put(holed)
    assert refused.status_code == 422, refused.text
    assert refused.json()["detail"] == (
        "breakdowns.by_sex_age_band.suppressed: people minus the published cells leaves "
        "a count from 1 to 4"
    )
    stored = put(packet)
    assert stored.status_code == 200, stored.text
    assert stored.json()["outcome"] == "stored"
