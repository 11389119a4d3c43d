"""The web dashboard in process (FastAPI's TestClient over HTTPS, so Secure cookies travel),
on a real SQLite file, its clock pinned."""

import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher

with warnings.catch_warnings():
    # Starlette would rather have httpx2 for its TestClient; httpx is what the lock holds.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from kiosk.core.counts import count_parties
from kiosk.core.packet import build_packet, parse_packet
from kiosk.core.registration import Party, make_party
from kiosk.hq import accounts as accounts_module
from kiosk.hq.accounts import Accounts
from kiosk.hq.api import create_app
from kiosk.hq.settings import HqSettings
from kiosk.hq.store import HqStore
from tests.fake_clock import FakeClock

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
TODAY = NOW.date()
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@dataclass
class Web:
    client: TestClient
    store: HqStore
    accounts: Accounts
    clock: FakeClock

    def csrf(self, path: str = "/overview") -> str:
        found = CSRF.search(self.client.get(path).text)
        assert found is not None, path
        return found.group(1)

    def sign_in(self, name: str, password: str) -> object:
        token = self.csrf("/sign-in")
        return self.client.post(
            "/sign-in",
            data={"name": name, "password": password, "csrf": token},
            follow_redirects=False,
        )

    def account(
        self, name: str, role: str = "viewer", password: str = "a good long password"
    ) -> str:
        """A signed-in account that has chosen its own password; returns the password."""
        first = self.accounts.add(name, role)
        assert self.sign_in(name, first).headers["location"] == "/password"
        answer = self.client.post(
            "/password",
            data={"csrf": self.csrf("/password"), "current": first, "new": password},
            follow_redirects=False,
        )
        assert answer.status_code == 303, answer.text
        return password


@pytest.fixture
def web(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Web]:
    """The app on a fresh SQLite database, its clock at NOW, with a client for it."""
    # Still Argon2id, with light parameters: the real ones take about a second per hash on
    # this shared machine, and these tests sign in dozens of times (the CLI test keeps them).
    monkeypatch.setattr(accounts_module, "_hasher", PasswordHasher(time_cost=1, memory_cost=8192))
    clock = FakeClock(NOW)
    store = HqStore.open(f"sqlite:///{tmp_path / 'hq.sqlite3'}", clock)
    app = create_app(store, HqSettings(db_url="sqlite:///unused"))
    with TestClient(app, base_url="https://testserver") as client:
        yield Web(client, store, app.state.accounts, clock)
    store.close()


def party(
    language: str, nationality: str, people: list[tuple[str, str]], flags: tuple[str, ...] = ()
) -> Party:
    return make_party(language=language, nationality=nationality, people=people, flags=flags)


def send(
    store: HqStore,
    site_id: str,
    day: date,
    parties: list[Party],
    k: int = 5,
    *,
    closed: bool | None = True,
    revision: int = 1,
) -> None:
    """A desk's packet for a day (closed unless told), stored as the API would store it."""
    if site_id not in {s for s, _, _ in store.sites()}:
        store.add_site(site_id, f"Desk {site_id}")
    packet = build_packet(site_id, count_parties(day, parties), k, revision, closed=closed)
    store.receive(parse_packet(packet), f"key-{site_id}-{day}-r{revision}", "0" * 64)


def days_before(n: int) -> date:
    return TODAY - timedelta(days=n)
