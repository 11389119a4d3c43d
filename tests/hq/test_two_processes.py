"""Two `kiosk-hq serve` processes on one database (a SQLite file, and PostgreSQL when
KIOSK_TEST_POSTGRES_URL is set), as behind a reverse proxy: a session started on one is
used on the other, and wrong tokens and wrong passwords are counted across both."""

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kiosk.hq.accounts import Accounts
from kiosk.hq.store import HqStore
from tests.hq.pinned_time import HQ_NOW, clock_for_new_processes
from tests.hq_harness import BACKENDS, RunningHq, hq_database, start_hq, stop_hq

CSRF = re.compile(r'name="csrf" value="([^"]+)"')
PASSWORD = "a good long password"


@pytest.fixture(params=BACKENDS)
def two(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[RunningHq, RunningHq]]:
    """Two servers on one fresh database; wrong tokens throttled after 3 in 10 minutes."""
    with hq_database(request.param, tmp_path) as db_url:
        store = HqStore.open(db_url, clock=lambda: HQ_NOW)
        accounts = Accounts(store.engine, store.clock)
        one_time = accounts.add("ann", "viewer")
        account = next(a for a in accounts.all() if a.name == "ann")
        accounts.change_password(account.id, one_time, PASSWORD)
        store.close()
        servers: list[RunningHq] = []
        try:
            with clock_for_new_processes():
                for _ in range(2):
                    servers.append(start_hq(db_url, "--wrong-tokens", "3/600"))
            yield servers[0], servers[1]
        finally:
            for server in servers:
                err = stop_hq(server)
                assert "Traceback" not in err, err


def sign_in(hq: RunningHq, password: str) -> httpx.Response:
    with httpx.Client(base_url=hq.url, timeout=30) as browser:
        form = browser.get("/sign-in")
        token = CSRF.search(form.text)
        assert token is not None
        return browser.post(
            "/sign-in", data={"name": "ann", "password": password, "csrf": token.group(1)}
        )


def test_a_session_started_on_one_process_works_on_the_other(
    two: tuple[RunningHq, RunningHq],
) -> None:
    """Signed in on A, the cookie opens the overview on B; signed out on B, A refuses it."""
    a, b = two
    answer = sign_in(a, PASSWORD)
    assert answer.status_code == 303 and answer.headers["location"] == "/overview"
    cookie = {"hq_session": answer.cookies["hq_session"]}
    on_b = httpx.get(f"{b.url}/overview", cookies=cookie, timeout=30)
    assert on_b.status_code == 200 and "ann" in on_b.text
    token = CSRF.search(on_b.text)
    assert token is not None
    out = httpx.post(f"{b.url}/sign-out", data={"csrf": token.group(1)}, cookies=cookie)
    assert out.status_code == 303
    again = httpx.get(f"{a.url}/overview", cookies=cookie, timeout=30)
    assert again.status_code == 303 and again.headers["location"] == "/sign-in"


def test_wrong_tokens_are_counted_across_both(two: tuple[RunningHq, RunningHq]) -> None:
    """Two wrong tokens on A and one on B make three: the next request, on either, is 429."""
    a, b = two
    wrong = {"Authorization": "Bearer " + "x" * 43}
    for server in (a, a, b):
        answer = httpx.get(
            f"{server.url}/api/v1/days?from=2026-11-01&to=2026-11-02", headers=wrong, timeout=30
        )
        assert answer.status_code == 401
    for server in (a, b):
        answer = httpx.get(
            f"{server.url}/api/v1/days?from=2026-11-01&to=2026-11-02", headers=wrong, timeout=30
        )
        assert answer.status_code == 429
        assert int(answer.headers["retry-after"]) >= 1


def test_wrong_passwords_lock_across_both(two: tuple[RunningHq, RunningHq]) -> None:
    """Three wrong passwords on A and two on B lock the account on both."""
    a, b = two
    for server in (a, b, a, b):
        assert sign_in(server, "not the password").status_code == 401
    fifth = sign_in(a, "still not it")
    assert fifth.status_code == 401 and "locked" in fifth.text
    assert "locked" in sign_in(b, PASSWORD).text
