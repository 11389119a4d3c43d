"""HTTPS for real: headquarters serves TLS with a certificate from a private CA; the kiosk
trusts it only through the CA bundle setting."""

import itertools
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.core.hq_link import make_hq_connection
from kiosk.core.registration import make_party
from kiosk.core.site import make_site
from kiosk.paths import database_path
from kiosk.store.desk import Desk
from kiosk.sync.service import SyncService
from tests.fake_clock import FakeClock
from tests.hq_harness import RunningHq, running_hq
from tests.tls_certs import Pki, make_pki

_sites = itertools.count(1)
SYRIAN = make_party(language="ar", nationality="SY", people=[("male", "26-59")])


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def https_hq(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningHq]:
    """Headquarters on https://127.0.0.1 (SQLite)."""
    directory = tmp_path_factory.mktemp("hq-tls")
    with running_hq(
        "sqlite", directory, "--tls-cert", str(pki.cert), "--tls-key", str(pki.key)
    ) as server:
        assert server.url.startswith("https://127.0.0.1:")
        yield server


@pytest.fixture
def tls_desk(
    data_dir: Path, https_hq: RunningHq, clock: FakeClock
) -> Iterator[tuple[Desk, str]]:
    """A desk at the tests' moment, like its headquarters (only OpenSSL reads the machine's
    time here, for the certificates)."""
    desk = Desk.open(database_path(data_dir), clock)
    site_id = f"tls-{next(_sites)}"
    desk.settings.set_up(make_site(site_id, "TLS test"))
    token = https_hq.add_site(site_id)
    desk.registrations.register_many([(clock.now - timedelta(days=1), SYRIAN)] * 6)
    yield desk, token
    desk.close()


def test_the_ca_bundle_setting_makes_the_certificate_trusted(
    tls_desk: tuple[Desk, str], https_hq: RunningHq, pki: Pki
) -> None:
    """With headquarters' CA bundle the day is sent over verified TLS and confirmed."""
    desk, token = tls_desk
    desk.settings.save_hq_connection(make_hq_connection(https_hq.url, token, str(pki.ca_bundle)))
    report = SyncService(desk.outbox).sync_once()
    assert report.to_json() == {"sent": 1, "confirmed": 1, "waiting": 0, "last_error": None}


def test_an_untrusted_certificate_is_never_accepted(
    tls_desk: tuple[Desk, str], https_hq: RunningHq
) -> None:
    """Without the CA bundle the certificate is not trusted: nothing is sent, and the
    problem says so in plain words."""
    desk, token = tls_desk
    desk.settings.save_hq_connection(make_hq_connection(https_hq.url, token))
    report = SyncService(desk.outbox).sync_once()
    assert (report.confirmed, report.waiting) == (0, 1)
    assert report.last_error is not None and "not trusted" in report.last_error
