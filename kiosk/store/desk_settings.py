"""The site's settings: read through the registry (kiosk.core.settings), written through
one path that checks every value and audits each change by the settings' names, never their
values.

`kiosk connect`, `kiosk settings set`, the settings screen, first-run set-up, desk settings,
printed information, printer choice and disclosure k all end in `change_many`.
"""

from collections.abc import Callable, Mapping
from typing import Any

from kiosk.core import settings as registry
from kiosk.core.audit_chain import Action
from kiosk.core.disclosure import MIN_K, check_k
from kiosk.core.hq_link import HqConnection, make_hq_connection
from kiosk.core.meal_ticket import new_secret
from kiosk.core.pin import hash_pin
from kiosk.core.print_job import Document
from kiosk.core.printed_info import PrintedInfo, make_printed_info
from kiosk.core.printers import PrinterChoice, make_printer_choice
from kiosk.core.site import DeskSettings, Site
from kiosk.core.site_day import local_day, zone
from kiosk.store import audit, settings_store
from kiosk.store.sessions import Sessions
from kiosk.store.site_record import SET_UP_KEY

SITE_KEYS = frozenset({"site_id", "site_name", "timezone"})


class Settings:
    """Every setting of the site, as values and as text."""

    def __init__(self, sessions: Sessions, site_changed: Callable[[], None]) -> None:
        self._sessions = sessions
        self._site_changed = site_changed

    def _stored(self) -> dict[str, Any]:
        with self._sessions.session() as session:
            return settings_store.read_all(session)

    # -- reading --------------------------------------------------------------------------

    def shown(self) -> dict[str, str]:
        """Every setting as text (the headquarters token only says whether it is set)."""
        return registry.all_shown(self._stored())

    def value(self, key: str) -> Any:
        return registry.value_of(self._stored(), key)

    def desk_settings(self) -> DeskSettings:
        stored = self._stored()
        return DeskSettings(
            idle_seconds=int(registry.value_of(stored, "idle_seconds")),
            interface_language=str(registry.value_of(stored, "interface_language")),
        )

    def printed_info(self) -> PrintedInfo:
        """Addresses, hours and links printed on the sheets (defaults until a coordinator
        changes them)."""
        return make_printed_info(self._stored().get("printed_info", {}))

    def printer_choice(self, document: Document) -> PrinterChoice:
        key = f"printer.{document.value}"
        return make_printer_choice(self.value(key), key)

    def disclosure_k(self) -> int:
        """The smallest count that leaves the kiosk (a site setting: 5 unless changed)."""
        return max(MIN_K, int(self.value("disclosure_k")))

    # -- the one write path ---------------------------------------------------------------

    def change_many(self, values: Mapping[str, Any]) -> dict[str, str]:
        """Check every value (as typed, or the value itself), then store them, in one
        transaction with one audit entry naming the settings whose value changed (by key,
        never the value; nothing changed, no entry); the new values as text.
        A ValidationError names the refused setting; then nothing is stored."""
        return self._write(values, {})

    def _write(self, values: Mapping[str, Any], extra: dict[str, Any]) -> dict[str, str]:
        """`change_many`, with `extra` rows that are not settings (the PIN hash, the ticket
        secret) in the same transaction."""
        with self._sessions.session(write=True) as session:
            stored = settings_store.read_all(session)
            rows, changed = registry.changes(stored, values)
            settings_store.write(session, {**rows, **extra})
            if changed:
                named = {"key": changed[0]} if len(changed) == 1 else {"keys": changed}
                audit.append(session, Action.SETTING_CHANGED, named, self._sessions.now())
            after = {**stored, **rows}
        if SITE_KEYS & set(values):
            self._site_changed()
        return {key: registry.shown(after, key) for key in values}

    def change(self, key: str, text: str) -> str:
        """Check and store one setting (ValidationError names the key); audited."""
        return self.change_many({key: text})[key]

    # -- typed writers, all through change_many -------------------------------------------

    def set_up(self, site: Site, pin: str | None = None) -> None:
        """First run: the site, and the coordinator PIN (kept only as a hash)."""
        extra: dict[str, Any] = {}
        if pin is not None:
            extra["pin_hash"] = hash_pin(pin)
        stored = self._stored()
        if "ticket_secret" not in stored:
            extra["ticket_secret"] = new_secret()
        if SET_UP_KEY not in stored:
            extra[SET_UP_KEY] = local_day(self._sessions.now(), zone(site.timezone)).isoformat()
        self._write(
            {"site_id": site.site_id, "site_name": site.name, "timezone": site.timezone}, extra
        )

    def save_desk_settings(self, settings: DeskSettings) -> None:
        self.change_many(
            {
                "idle_seconds": settings.idle_seconds,
                "interface_language": settings.interface_language,
            }
        )

    def save_printed_info(self, changes: dict[str, Any]) -> PrintedInfo:
        """Check and store changed values; returns the whole new set."""
        info = make_printed_info({**self._stored().get("printed_info", {}), **changes})
        self.change_many({f"printed_info.{name}": value for name, value in changes.items()})
        return info

    def save_printer_choice(self, document: Document, values: dict[str, Any]) -> PrinterChoice:
        key = f"printer.{document.value}"
        choice = make_printer_choice(values, key)
        self.change_many({key: choice.to_json()})
        return choice

    def save_hq_connection(self, connection: HqConnection) -> None:
        """`kiosk connect`: where headquarters is and this kiosk's token (audited by name)."""
        checked = make_hq_connection(connection.url, connection.token, connection.ca_bundle)
        self.change_many(
            {"hq_url": checked.url, "hq_token": checked.token, "hq_ca_bundle": checked.ca_bundle}
        )

    def save_disclosure_k(self, k: int) -> int:
        checked = check_k(k)
        self.change_many({"disclosure_k": checked})
        return checked
