"""Coordinator access: the PIN and its lockout, and the audit trail.

Every action a coordinator takes writes exactly one audit entry, in the same transaction.
"""

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kiosk.core import pin_lockout
from kiosk.core.audit_chain import Action, AuditEntry, ChainBreak
from kiosk.core.errors import ValidationError
from kiosk.core.pin import check_pin, hash_pin, pin_matches
from kiosk.core.pin_lockout import Outcome, PinAttempts, PinVerdict
from kiosk.store import audit, settings_store
from kiosk.store.sessions import Sessions

__all__ = ["Access", "AuditCheck", "AuditEntry", "PinVerdict"]

ATTEMPTS_KEY = "pin_attempts"


@dataclass(frozen=True, slots=True)
class AuditCheck:
    entries: int
    broken: ChainBreak | None = None
    broken_entry: AuditEntry | None = None  # the first broken entry, when it is still there

    @property
    def ok(self) -> bool:
        return self.broken is None


def _attempts(stored: dict[str, Any]) -> PinAttempts:
    saved = stored.get(ATTEMPTS_KEY) or {}
    until = saved.get("wait_until")
    return PinAttempts(
        int(saved.get("failures", 0)),
        None if until is None else datetime.fromisoformat(until),
    )


def _attempts_row(attempts: PinAttempts) -> dict[str, Any]:
    until = attempts.wait_until
    return {ATTEMPTS_KEY: {"failures": attempts.failures,
                           "wait_until": None if until is None else until.isoformat()}}


class Access:
    """Who may enter coordinator mode, and the trail of what was done there."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def _stored(self) -> dict[str, Any]:
        with self._sessions.session() as session:
            return settings_store.read_all(session)

    # -- the PIN ------------------------------------------------------------------------

    def has_pin(self) -> bool:
        return "pin_hash" in self._stored()

    def check_pin(self, pin: str) -> bool:
        """Whether `pin` is the coordinator PIN (no lockout, not audited: for the command line
        on the machine itself)."""
        stored = self._stored().get("pin_hash")
        return isinstance(stored, str) and pin_matches(stored, pin)

    def pin_state(self) -> PinVerdict:
        """Free to try, waiting after wrong PINs, or locked (before anything is typed)."""
        return pin_lockout.current(_attempts(self._stored()), self._sessions.now())

    def _try_pin(self, pin: str, success: Action | None, details: dict[str, Any]) -> PinVerdict:
        """Check a PIN under the lockout rules; one audit entry for a wrong PIN, and one for
        `success` when it is right (a try refused for waiting is not a try)."""
        # The whole try holds the database's write lock (BEGIN IMMEDIATE): tries from other
        # processes wait for it, see every failure before them, and so the lockout holds
        # across processes (a try that has to wait is not made at all).
        with self._sessions.session(write=True) as session:
            now = self._sessions.now()
            stored = settings_store.read_all(session)
            pin_hash = stored.get("pin_hash")
            if not isinstance(pin_hash, str):
                raise ValidationError(
                    "pin",
                    "no coordinator PIN is set: set one with `kiosk reset-pin` on this machine",
                    reason="no_pin_set",
                )
            attempts = _attempts(stored)
            early = pin_lockout.before_try(attempts, now)
            if early is not None:
                return early
            if pin_matches(pin_hash, pin):
                settings_store.write(session, _attempts_row(PinAttempts()))
                if success is not None:
                    audit.append(session, success, details, now)
                return PinVerdict(Outcome.ACCEPTED)
            attempts = pin_lockout.after_wrong(attempts, now)
            settings_store.write(session, _attempts_row(attempts))
            noted: dict[str, Any] = {"failures": attempts.failures}
            if attempts.wait_until is not None:
                noted["wait_until"] = attempts.wait_until.isoformat()
            audit.append(session, Action.PIN_FAILED, noted, now)
        return PinVerdict(Outcome.WRONG, attempts.failures, attempts.wait_until)

    def login(self, pin: str) -> PinVerdict:
        return self._try_pin(pin, Action.LOGIN, {})

    def change_pin(self, old: str, new: str, again: str | None = None) -> PinVerdict:
        """The old PIN is needed (and counts as a try); the new one is checked first."""
        check_pin(new)
        if again is not None and again != new:
            raise ValidationError(
                "pin again", "the two new PINs are not the same", reason="pins_differ"
            )
        verdict = self._try_pin(old, None, {})
        if verdict.accepted:
            with self._sessions.session(write=True) as session:
                settings_store.write(session, {"pin_hash": hash_pin(new)})
                audit.append(session, Action.PIN_CHANGED, {}, self._sessions.now())
        return verdict

    def reset_pin(self, new: str) -> None:
        """`kiosk reset-pin` on the machine: a new PIN without the old one, the lockout lifted;
        logged."""
        pin_hash = hash_pin(new)
        with self._sessions.session(write=True) as session:
            settings_store.write(session, {"pin_hash": pin_hash, **_attempts_row(PinAttempts())})
            audit.append(session, Action.PIN_RESET, {"where": "command line"},
                         self._sessions.now())

    # -- the audit trail ------------------------------------------------------------------

    def audit(self, action: str, details: dict[str, Any]) -> AuditEntry:
        """Append one entry to the audit trail (e.g. a sync, or a restore)."""
        with self._sessions.session(write=True) as session:
            return audit.append(session, action, details, self._sessions.now())

    def audit_entries(self, last: int | None = None) -> list[AuditEntry]:
        with self._sessions.session() as session:
            return audit.entries(session, last)

    def verify_audit(self) -> AuditCheck:
        with self._sessions.session() as session:
            broken = audit.verify(session)
            count = audit.count(session)
            entry = None
            if broken is not None:
                found = [e for e in audit.entries(session) if e.seq == broken.seq]
                entry = found[0] if found else None
        return AuditCheck(count, broken, entry)

    def record_export(self, first: date, last: date, format: str, where: Path) -> None:
        self.audit(Action.EXPORT, {"from": first.isoformat(), "to": last.isoformat(),
                                   "format": format, "where": str(where)})
