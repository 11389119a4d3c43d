"""Every setting is written through one path that checks it and audits it by name: whichever
command or screen changes it, and never with a secret value in the audit trail."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk.core.errors import ValidationError
from kiosk.core.hq_link import HqConnection
from kiosk.core.print_job import Document
from kiosk.core.settings import SETTINGS
from kiosk.core.site import DeskSettings, make_site
from kiosk.store.desk import Desk
from tests.core.test_coordinator_settings import BAD, GOOD
from tests.fake_clock import FakeClock, clocked_desk

TOKEN = "secret-token-0123456789abcdef"
# A value for every setting that differs from the one in force after set-up (the defaults).
NEW = {
    **GOOD,
    **{f"printed_info.{name}": "Rue Neuve 1, 1000 Brussel" for name in (
        "registration_address", "info_point_address", "legal_aid_address",
        "medical_point_address", "humanitarian_hub_address",
    )},
    "printed_info.registration_hours": "08:00–10:00",
    "printed_info.shelter_phone": "02 555 55 55",
    "printed_info.guardianship_phone": "02 555 55 56",
    "printed_info.emergency_number": "101",
    "printed_info.info_url": "https://example.org/{language}",
    "timezone": "Europe/Luxembourg",
    "large_text": "true",
}


@pytest.fixture
def desk(data_dir: Path) -> Desk:
    return clocked_desk(data_dir, FakeClock())


def changes_audited(desk: Desk) -> list[dict[str, Any]]:
    return [dict(e.details) for e in desk.access.audit_entries() if e.action == "setting-changed"]


@pytest.mark.parametrize("key", [s.key for s in SETTINGS])
def test_every_setting_in_the_registry_is_audited_by_name(desk: Desk, key: str) -> None:
    """`kiosk settings set` and the settings screen: one entry naming the key, not the value."""
    before = len(desk.access.audit_entries())
    shown = desk.settings.change(key, NEW[key])
    entries = desk.access.audit_entries()
    assert len(entries) == before + 1
    assert (entries[-1].action, dict(entries[-1].details)) == ("setting-changed", {"key": key})
    assert desk.settings.shown()[key] == shown
    assert NEW[key] not in str(entries[-1].details)
    desk.close()


@pytest.mark.parametrize("key", sorted(BAD))
def test_a_refused_value_stores_nothing_and_is_not_audited(desk: Desk, key: str) -> None:
    """A bad value names the setting; the stored settings and the audit trail stay as they were."""
    before_shown, before_entries = desk.settings.shown(), desk.access.audit_entries()
    with pytest.raises(ValidationError) as refused:
        desk.settings.change(key, BAD[key])
    assert refused.value.field.startswith(key)
    assert desk.settings.shown() == before_shown
    assert desk.access.audit_entries() == before_entries
    desk.close()


def test_setting_the_same_value_again_is_not_a_change(desk: Desk) -> None:
    """Only a value that differs from the stored one leaves an entry."""
    desk.settings.change("retention_hours", "24")
    desk.settings.change("retention_hours", "24")
    assert changes_audited(desk)[1:] == [{"key": "retention_hours"}]
    desk.close()


WRITERS: dict[str, tuple[Callable[[Desk], object], dict[str, Any]]] = {
    "first-run set-up": (
        lambda desk: desk.settings.set_up(make_site("ghent-1", "Startpunt Gent")),
        {"keys": ["site_id", "site_name"]},
    ),
    "kiosk connect": (
        lambda desk: desk.settings.save_hq_connection(
            HqConnection("https://hq.example.org", TOKEN, None)
        ),
        {"keys": ["hq_url", "hq_token"]},  # no CA bundle: as before
    ),
    "disclosure k": (lambda desk: desk.settings.save_disclosure_k(7), {"key": "disclosure_k"}),
    "desk settings": (
        lambda desk: desk.settings.save_desk_settings(DeskSettings(90, "fr")),
        {"keys": ["idle_seconds", "interface_language"]},
    ),
    "printed info": (
        lambda desk: desk.settings.save_printed_info({"shelter_phone": "02 555 55 55"}),
        {"key": "printed_info.shelter_phone"},
    ),
    "printer choice": (
        lambda desk: desk.settings.save_printer_choice(
            Document.SHEET, {"kind": "cups", "target": "Office_A4", "paper": "a4"}
        ),
        {"key": "printer.sheet"},
    ),
}


@pytest.mark.parametrize("path", sorted(WRITERS))
def test_every_typed_write_path_is_audited(desk: Desk, path: str) -> None:
    """Set-up, connect, k, desk settings, printed information and printers all leave one entry
    naming what changed, and the token never reaches the audit trail."""
    write, expected = WRITERS[path]
    before = len(desk.access.audit_entries())
    write(desk)
    entries = desk.access.audit_entries()
    assert len(entries) == before + 1
    assert (entries[-1].action, dict(entries[-1].details)) == ("setting-changed", expected)
    assert TOKEN not in str(entries)
    desk.close()


def test_typed_writes_are_read_back_through_the_registry(desk: Desk) -> None:
    """What the typed savers store is what the registry shows and the readers return."""
    desk.settings.save_hq_connection(HqConnection("https://hq.example.org", TOKEN, None))
    desk.settings.save_printer_choice(
        Document.TICKETS, {"kind": "escpos", "target": "dummy", "paper": "receipt"}
    )
    shown = desk.settings.shown()
    assert (shown["hq_url"], shown["hq_token"]) == ("https://hq.example.org", "(set)")
    read = desk.outbox.hq_connection()
    assert read is not None and (read.url, read.token, read.ca_bundle) == (
        "https://hq.example.org", TOKEN, None
    )
    assert read.installation_id  # made at the first connection, sent with every packet
    assert desk.settings.printer_choice(Document.TICKETS).target == "dummy"
    desk.close()


def test_a_site_setting_changes_the_desks_site(desk: Desk) -> None:
    """The site read once by the desk is read again after a site setting changes."""
    assert desk.require_site().name == "Startpunt Test"
    desk.settings.change("site_name", "Startpunt Belliard")
    assert desk.require_site().name == "Startpunt Belliard"
    desk.close()
