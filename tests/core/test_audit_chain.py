"""The audit chain: each entry seals the one before; any change names the first broken entry."""

from dataclasses import replace
from datetime import timedelta

from kiosk.core.audit_chain import GENESIS, AuditEntry, first_break, seal
from tests.fake_clock import START


def chain(n: int) -> list[AuditEntry]:
    entries: list[AuditEntry] = []
    prev = GENESIS
    for seq in range(1, n + 1):
        entry = seal(seq, START + timedelta(minutes=seq), "export", {"n": seq}, prev)
        entries.append(entry)
        prev = entry.hash
    return entries


def test_an_untouched_chain_holds() -> None:
    """Five sealed entries verify, also against the head kept apart."""
    entries = chain(5)
    assert first_break(entries, (5, entries[-1].hash)) is None


def test_a_changed_detail_breaks_the_chain_at_that_entry() -> None:
    """Changing entry 3's details is found at entry 3, not later."""
    entries = chain(5)
    entries[2] = replace(entries[2], details={"n": 99})
    broken = first_break(entries)
    assert broken is not None and broken.seq == 3


def test_a_removed_entry_and_a_cut_tail_are_found() -> None:
    """A gap names the missing entry; removing the newest ones shows against the head."""
    entries = chain(5)
    gap = first_break(entries[:2] + entries[3:])
    assert gap is not None and gap.seq == 3
    cut = first_break(entries[:3], (5, entries[-1].hash))
    assert cut is not None and cut.seq == 4
