"""The desk's audit chain anchored at headquarters, and its installation id: a chain
rewritten at the desk (even one `audit verify` calls intact) shows in `kiosk-hq
audit-check`; a second desk on the same token is refused and overwrites nothing."""

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete
from sqlalchemy.orm import Session

from kiosk.core.audit_chain import GENESIS, seal
from kiosk.core.hq_link import make_hq_connection
from kiosk.core.registration import make_party
from kiosk.core.site import make_site
from kiosk.hq import cli as hq_cli
from kiosk.paths import database_path
from kiosk.store import audit, settings_store
from kiosk.store.database import make_engine
from kiosk.store.desk import Desk
from kiosk.store.models import AuditEntryRow
from kiosk.sync.service import SyncService
from tests.database_files import open_file
from tests.fake_clock import START, FakeClock
from tests.hq_harness import RunningHq
from tests.sync.conftest import Kiosk

SYRIAN = make_party(language="ar", nationality="SY", people=[("male", "26-59")])


def audit_check(site_id: str, hq: RunningHq, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = hq_cli.main(["audit-check", "--site", site_id, "--db", hq.db_url])
    return code, capsys.readouterr().out


def work_and_sync(kiosk: Kiosk, clock: FakeClock, days_ago: int, actions: int) -> None:
    """Some audited coordinator actions, arrivals on a day, and a sync that is confirmed."""
    for n in range(actions):
        kiosk.desk.access.audit("export", {"n": n})
        clock.advance(minutes=1)
    kiosk.desk.registrations.register_many([(START - timedelta(days=days_ago), SYRIAN)] * 6)
    report = SyncService(kiosk.desk.outbox).sync_once()
    assert report.waiting == 0, report.last_error


def rewrite_chain(data_dir: Path, keep: str) -> None:
    """What a user with the database file can do: drop the triggers, remove entries, and
    recompute every hash and the stored head, so that the desk's own check passes."""
    path = database_path(data_dir)
    raw = open_file(path)  # the key is on the same machine: the user has it too
    raw.execute("DROP TRIGGER audit_log_no_update")
    raw.execute("DROP TRIGGER audit_log_no_delete")
    raw.close()
    engine = make_engine(path)
    with Session(engine) as session, session.begin():
        old = audit.entries(session)
        kept = [e for e in old if e.seq != 3] if keep == "all-but-3" else old[:-3]
        session.execute(delete(AuditEntryRow))
        prev, seq = GENESIS, 0
        for entry in kept:
            seq += 1
            new = seal(seq, entry.at, entry.action, entry.details, prev)
            session.add(
                AuditEntryRow(
                    seq=new.seq, at=new.at, action=new.action,
                    details=json.dumps(dict(new.details), sort_keys=True, ensure_ascii=False),
                    prev_hash=new.prev_hash,
                    hash=new.hash,
                )
            )
            prev = new.hash
        settings_store.write(session, {audit.HEAD_KEY: [seq, prev]})
    engine.dispose()


@pytest.mark.parametrize("keep", ["all-but-3", "all-but-the-newest"])
def test_a_rewritten_chain_is_reported_by_audit_check(
    keep: str,
    kiosk: Kiosk,
    hq: RunningHq,
    clock: FakeClock,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Two confirmed syncs: audit-check finds nothing. Then an entry is deleted and the
    chain recomputed (or the newest entries cut off with the head): the desk's own check
    says intact, the next packet is still accepted, and audit-check reports the site."""
    work_and_sync(kiosk, clock, days_ago=2, actions=6)
    work_and_sync(kiosk, clock, days_ago=1, actions=2)
    code, out = audit_check(kiosk.site_id, hq, capsys)
    assert (code, out.strip()) == (0, "1 site(s) checked, 0 with a rewritten audit chain.")

    kiosk.desk.close()
    rewrite_chain(data_dir, keep)
    kiosk.desk = Desk.open(database_path(data_dir), clock=clock)
    assert kiosk.desk.access.verify_audit().ok  # the desk alone cannot tell
    work_and_sync(kiosk, clock, days_ago=0, actions=1 if keep == "all-but-3" else 0)
    code, out = audit_check(kiosk.site_id, hq, capsys)
    assert code == 1, out
    assert f"{kiosk.site_id}: REWRITTEN: the audit chain sent with the packet of" in out
    assert out.strip().endswith("1 site(s) checked, 1 with a rewritten audit chain.")


def test_packets_carry_the_anchor_outside_their_content(kiosk: Kiosk, clock: FakeClock) -> None:
    """The anchor is the chain's count and last hash, with proofs of what was sent before;
    it changes neither the content hash nor the idempotency key."""
    kiosk.desk.access.audit("export", {"n": 1})
    kiosk.desk.registrations.register_many([(START - timedelta(days=1), SYRIAN)] * 6)
    first = kiosk.desk.outbox.waiting_packets()[0]
    kiosk.desk.access.audit("export", {"n": 2})
    second = kiosk.desk.outbox.waiting_packets()[0]
    anchor_1, anchor_2 = first.packet["audit"], second.packet["audit"]
    assert anchor_2["entries"] == anchor_1["entries"] + 1
    assert {"entries": anchor_1["entries"], "head": anchor_1["head"]} in anchor_2["proofs"]
    assert (first.content_hash, first.idempotency_key) == (
        second.content_hash, second.idempotency_key
    )


def test_a_second_desk_on_the_same_token_is_refused(
    kiosk: Kiosk, hq: RunningHq, clock: FakeClock, tmp_path: Path
) -> None:
    """Desk A sends first; desk B, set up with A's site and token, is refused with a
    message saying what to do, and A's counts are what headquarters holds."""
    work_and_sync(kiosk, clock, days_ago=1, actions=0)
    other = Desk.open(database_path(tmp_path / "desk-b"), clock=clock)
    try:
        other.settings.set_up(make_site(kiosk.site_id, "Sync test"))
        other.settings.save_hq_connection(make_hq_connection(hq.url, kiosk.token))
        other.registrations.register_many([(START - timedelta(days=1), SYRIAN)] * 20)
        report = SyncService(other.outbox).sync_once()
        assert report.waiting == 1 and report.confirmed == 0
        assert report.last_error is not None
        assert "another kiosk already sends with this token" in report.last_error
    finally:
        other.close()
    first, last = (START - timedelta(days=3)).date(), (START + timedelta(days=1)).date()
    held = hq.days(hq.add_reader(), first.isoformat(), last.isoformat(), kiosk.site_id)
    assert [row["people"] for row in held] == [6]
