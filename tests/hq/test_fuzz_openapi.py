"""Schema-based fuzzing of headquarters (schemathesis against its own OpenAPI): whatever
arrives, the answer is never a 500, and it matches what the description promises.

Bounded: for each operation, 40 cases generated from the description (positive) and 40
that break it (negative), about 300 requests per database backend. The cases come in three
lanes: no token; the right site's or a reader's token; and, for PUT, the right token with
the packet's site and date lined up with the address, so that generated packets reach the
deepest checks.
"""

import uuid
from datetime import timedelta
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.hq.pinned_time import HQ_TODAY
from tests.hq_harness import RunningHq

pytestmark = pytest.mark.slow  # long fuzzing: `make test-slow`, and CI

FUZZ_SITE = "fuzz-site"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
PUT_DAY = "PUT /api/v1/sites/{site_id}/days/{date}"
OPERATIONS = ("GET /api/v1/health", PUT_DAY, "GET /api/v1/days", "GET /api/v1/days.csv")


@pytest.fixture(scope="module")
def tokens(hq: RunningHq) -> dict[str, str]:
    """A site token and a reader token on the server under test."""
    return {"site": hq.add_site(FUZZ_SITE), "reader": hq.add_reader("Fuzz reader")}


@pytest.fixture(scope="module")
def api_schema(hq: RunningHq) -> Any:
    """Headquarters' OpenAPI description, loaded from the running server."""
    return schemathesis.openapi.from_url(f"{hq.url}/api/v1/openapi.json")


def _lanes(operation: Any, mode: GenerationMode, tokens: dict[str, str]) -> Any:
    token = tokens["site"] if operation.method.upper() == "PUT" else tokens["reader"]
    authorised = {"Authorization": f"Bearer {token}"}
    lanes = [operation.as_strategy(mode), operation.as_strategy(mode, headers=authorised)]
    if operation.method.upper() == "PUT":
        lanes.append(
            operation.as_strategy(
                mode, headers=authorised, path_parameters={"site_id": FUZZ_SITE}
            )
        )
    return st.one_of(lanes)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=str)
@pytest.mark.parametrize("label", OPERATIONS)
def test_headquarters_never_answers_500(
    label: str, mode: GenerationMode, hq: RunningHq, api_schema: Any, tokens: dict[str, str]
) -> None:
    """Every generated request gets a documented answer, never a server error."""
    operation = api_schema.find_operation_by_label(label)
    assert operation is not None
    if mode is GenerationMode.NEGATIVE and label.endswith("health"):
        pytest.skip("the health check takes no input that could be broken")
    today = HQ_TODAY  # the server's clock is pinned (conftest.py)

    @settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )
    @given(case=_lanes(operation, mode, tokens), ago=st.integers(0, 30))
    def call(case: Any, ago: int) -> None:
        lined_up = (case.path_parameters or {}).get("site_id") == FUZZ_SITE
        if label == PUT_DAY and lined_up and mode is GenerationMode.POSITIVE:
            day = (today - timedelta(days=ago)).isoformat()
            case.path_parameters = {**case.path_parameters, "date": day}
            case.headers = {**(case.headers or {}), "Idempotency-Key": f"fuzz-{uuid.uuid4()}"}
            if isinstance(case.body, dict):
                case.body = {**case.body, "site_id": FUZZ_SITE, "date": day}
        response = case.call(base_url=hq.url, timeout=15)
        case.validate_response(response, checks=CHECKS)

    call()
