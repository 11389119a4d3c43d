"""The audit trail's chain: each entry carries the SHA-256 of the one before it.

An entry holds what was done and when, never personal data: the action, and details such
as a period, a format, a folder or the name of a setting. Changing, removing or inserting
an entry anywhere breaks the chain from that entry on, and `verify` names the first one.
"""

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

GENESIS = "0" * 64


class Action(StrEnum):
    LOGIN = "login"
    PIN_FAILED = "pin-failed"
    PIN_CHANGED = "pin-changed"
    PIN_RESET = "pin-reset"
    EXPORT = "export"
    SETTING_CHANGED = "setting-changed"
    DAY_CLOSED = "day-closed"
    PURGE = "purge"
    BACKUP = "backup"
    RESTORE = "restore"
    SYNC = "sync"
    VOID = "void"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: datetime
    action: str
    details: Mapping[str, Any] = field(default_factory=dict)
    prev_hash: str = GENESIS
    hash: str = ""


@dataclass(frozen=True, slots=True)
class ChainBreak:
    seq: int
    reason: str


def canonical(details: Mapping[str, Any]) -> str:
    """The one text form of an entry's details that is hashed and stored."""
    return json.dumps(details, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def entry_hash(prev_hash: str, seq: int, at: datetime, action: str, details: str) -> str:
    moment = at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    text = "\n".join((prev_hash, str(seq), moment, action, details))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def seal(
    seq: int, at: datetime, action: str, details: Mapping[str, Any], prev_hash: str
) -> AuditEntry:
    return AuditEntry(
        seq, at, action, dict(details), prev_hash,
        entry_hash(prev_hash, seq, at, action, canonical(details)),
    )


def first_break(
    entries: Iterable[AuditEntry], head: tuple[int, str] | None = None
) -> ChainBreak | None:
    """The first entry that does not hold with the chain, or None when all is intact.

    `head` is the last (seq, hash) written, kept apart from the table: without it, removing
    the newest entries would go unnoticed.
    """
    prev_hash = GENESIS
    expected_seq = 1
    last: AuditEntry | None = None
    for entry in entries:
        if entry.seq != expected_seq:
            return ChainBreak(expected_seq, f"entry {expected_seq} is missing")
        if entry.prev_hash != prev_hash:
            return ChainBreak(entry.seq, "it does not carry the hash of the entry before it")
        recomputed = entry_hash(
            prev_hash, entry.seq, entry.at, entry.action, canonical(entry.details)
        )
        if recomputed != entry.hash:
            return ChainBreak(entry.seq, "its content does not match its hash (it was changed)")
        prev_hash = entry.hash
        expected_seq += 1
        last = entry
    if head is not None:
        head_seq, head_hash = head
        if last is None or last.seq < head_seq:
            return ChainBreak(expected_seq, f"entries {expected_seq} to {head_seq} are missing")
        if last.seq > head_seq:
            return ChainBreak(head_seq + 1, "it was added outside the kiosk")
        if last.hash != head_hash:
            return ChainBreak(last.seq, "it is not the last entry that was written")
    return None
