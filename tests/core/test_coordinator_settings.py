"""One typed settings module: every setting checked the same way, refusals name the key."""

import pytest

from kiosk.core.errors import ValidationError
from kiosk.core.settings import SECRET_SET, SETTINGS, all_shown, changed_rows, value_of

GOOD = {
    "site_id": "brussels-2",
    "site_name": "Startpunt Belliard",
    "timezone": "Europe/Brussels",
    "printed_info.registration_address": "Belliardstraat 68, 1040 Brussel",
    "printed_info.registration_hours": "mon-fri 07:00-09:00",
    "printed_info.shelter_phone": "0800 99 340",
    "printed_info.info_point_address": "Rue Héger-Bordet 3, 1000 Brussel",
    "printed_info.legal_aid_address": "Rue de la Régence 63, 1000 Brussel",
    "printed_info.medical_point_address": "Rue Héger-Bordet 3, 1000 Brussel",
    "printed_info.humanitarian_hub_address": "Havenlaan 86C, 1000 Brussel",
    "printed_info.guardianship_phone": "078 15 43 24",
    "printed_info.emergency_number": "112",
    "printed_info.official_language": "fr",
    "printed_info.info_url": "https://fedasilinfo.be/{language}",
    "printed_info.info_urls": "ti=https://example.org/ti",
    "printed_info.startpunt_address": "Belliardstraat 68, 1040 Brussel",
    "printed_info.soup_hours": "mon-fri 07:00-09:00",
    "printed_info.info_point_hours": "mon-fri 09:00-12:00,13:00-16:00",
    "printed_info.legal_aid_hours": "mon,wed 09:00-12:00",
    "printed_info.medical_point_hours": "mon-fri 08:00-16:00; sat 09:00-12:00",
    "printed_info.humanitarian_hub_hours": "mon-sun 09:00-17:00",
    "printed_info.help_line_phone": "02 225 44 11",
    "printed_info.help_line_hours": "mon-fri 09:00-17:00",
    "languages_shown": "ar, ti, prs",
    "interface_language": "fr",
    "frequent_nationalities": "AF, SY, ER",
    "printer.sheet": "cups; Office_A4; a4",
    "printer.tickets": "escpos; usb:0x04b8:0x0202; receipt",
    "hq_url": "https://hq.example.org",
    "hq_token": "abcdefghijklmnopqrstuvwxyz0123",
    "hq_ca_bundle": "/etc/ssl/hq.pem",
    "disclosure_k": "7",
    "retention_hours": "24",
    "close_day_at": "19:30",
    "idle_seconds": "90",
    "coordinator_idle_seconds": "600",
    "high_contrast": "true",
    "large_text": "false",
    "backup_folder": "/media/usb/backups",
}
BAD = {
    "site_id": "Brussels Centre!",
    "site_name": "",
    "timezone": "Mars/Olympus",
    "printed_info.registration_hours": "{hours}",
    "printed_info.official_language": "de",
    "printed_info.soup_hours": "mornings",
    "printed_info.info_point_hours": "mon-fri 9-12",
    "printed_info.legal_aid_hours": "monday 09:00-12:00",
    "printed_info.medical_point_hours": "mon-fri 25:00-26:00",
    "printed_info.humanitarian_hub_hours": "mon-fri",
    "printed_info.help_line_hours": "{hours}",
    "printed_info.help_line_phone": "{phone}",
    "printed_info.startpunt_address": "a\u202eb",
    "printed_info.info_url": "http://fedasilinfo.be",
    "printed_info.info_urls": "xx=https://example.org",
    "languages_shown": "ar, ar",
    "interface_language": "de",
    "frequent_nationalities": "AF, XX",
    "printer.sheet": "cups; two words; a4",
    "printer.tickets": "escpos; usb:0x04b8:0x0202; a4",
    "hq_url": "http://hq.example.org",
    "hq_token": "short",
    "hq_ca_bundle": "a\nb",
    "disclosure_k": "2",
    "retention_hours": "721",
    "close_day_at": "25:00",
    "idle_seconds": "5",
    "coordinator_idle_seconds": "10",
    "high_contrast": "yes",
    "large_text": "1",
    "backup_folder": "relative/folder",
}


def test_every_setting_has_a_good_and_a_bad_example() -> None:
    """The examples here cover every setting, so a new one cannot go untested."""
    keys = {s.key for s in SETTINGS}
    assert set(GOOD) == keys
    assert set(BAD) <= keys and len(BAD) >= len(keys) - 9


@pytest.mark.parametrize("key", sorted(GOOD))
def test_a_good_value_is_stored_and_shown_back(key: str) -> None:
    """A valid value round-trips through the settings rows (the token only as '(set)')."""
    stored = changed_rows({}, key, GOOD[key])
    shown = all_shown(stored)[key]
    if key == "hq_token":
        assert shown == SECRET_SET and GOOD[key] not in str(all_shown(stored))
    else:
        assert shown.replace(" ", "") == GOOD[key].replace(" ", "")
    assert value_of(stored, key) is not None


@pytest.mark.parametrize("key", sorted(BAD))
def test_a_bad_value_is_refused_with_the_key_named(key: str) -> None:
    """The refusal's field is the setting's key, as typed on the command line."""
    with pytest.raises(ValidationError) as refused:
        changed_rows({}, key, BAD[key])
    assert refused.value.field == key
    assert refused.value.message


def test_printed_information_keeps_the_other_entries() -> None:
    """Changing one address keeps the others in the same settings row."""
    stored = changed_rows({}, "printed_info.shelter_phone", "02 555 55 55")
    stored = changed_rows(stored, "printed_info.emergency_number", "112")
    assert stored["printed_info"] == {"shelter_phone": "02 555 55 55", "emergency_number": "112"}


def test_an_unknown_key_is_refused() -> None:
    """A typo in the key is named, with where to look."""
    with pytest.raises(ValidationError, match="kiosk settings show"):
        changed_rows({}, "retention", "24")
