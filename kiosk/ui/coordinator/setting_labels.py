"""The names of the settings and their groups as the coordinator reads them.

Written out in `QCoreApplication.translate("settings", ...)` calls so that pyside6-lupdate
finds them; looked up at call time, so a switch of interface language shows at once.
"""

from PySide6.QtCore import QCoreApplication


def group_label(group: str) -> str:
    names = {
        "site": QCoreApplication.translate("settings", "Site"),
        "sheets": QCoreApplication.translate("settings", "On the sheets"),
        "languages": QCoreApplication.translate("settings", "Languages"),
        "printers": QCoreApplication.translate("settings", "Printers"),
        "headquarters": QCoreApplication.translate("settings", "Headquarters"),
        "privacy": QCoreApplication.translate("settings", "Privacy and closing"),
        "screens": QCoreApplication.translate("settings", "Screens"),
        "backups": QCoreApplication.translate("settings", "Backups"),
        "pin": QCoreApplication.translate("settings", "Coordinator PIN"),
    }
    return names.get(group, group)


def setting_label(key: str) -> str:
    names = {
        "site_id": QCoreApplication.translate("settings", "Site id"),
        "site_name": QCoreApplication.translate("settings", "Site name"),
        "timezone": QCoreApplication.translate("settings", "Time zone"),
        "printed_info.registration_address": QCoreApplication.translate(
            "settings", "Registration address"
        ),
        "printed_info.registration_hours": QCoreApplication.translate(
            "settings", "Registration hours"
        ),
        "printed_info.shelter_phone": QCoreApplication.translate(
            "settings", "Shelter phone number"
        ),
        "printed_info.info_point_address": QCoreApplication.translate(
            "settings", "Info Point address"
        ),
        "printed_info.legal_aid_address": QCoreApplication.translate(
            "settings", "Legal aid address"
        ),
        "printed_info.medical_point_address": QCoreApplication.translate(
            "settings", "Medical point address"
        ),
        "printed_info.humanitarian_hub_address": QCoreApplication.translate(
            "settings", "Humanitarian Hub address"
        ),
        "printed_info.guardianship_phone": QCoreApplication.translate(
            "settings", "Guardianship service phone"
        ),
        "printed_info.emergency_number": QCoreApplication.translate("settings", "Emergency number"),
        "printed_info.startpunt_address": QCoreApplication.translate(
            "settings", "Startpunt address"
        ),
        "printed_info.soup_hours": QCoreApplication.translate(
            "settings", "Soup served (days and hours)"
        ),
        "printed_info.info_point_hours": QCoreApplication.translate(
            "settings", "Info Point opening hours"
        ),
        "printed_info.legal_aid_hours": QCoreApplication.translate(
            "settings", "Legal aid opening hours"
        ),
        "printed_info.medical_point_hours": QCoreApplication.translate(
            "settings", "Medical point opening hours"
        ),
        "printed_info.humanitarian_hub_hours": QCoreApplication.translate(
            "settings", "Humanitarian Hub opening hours"
        ),
        "printed_info.help_line_phone": QCoreApplication.translate(
            "settings", "Help line phone"
        ),
        "printed_info.help_line_hours": QCoreApplication.translate(
            "settings", "Help line hours"
        ),
        "printed_info.official_language": QCoreApplication.translate(
            "settings", "Second language of every sheet"
        ),
        "printed_info.info_url": QCoreApplication.translate("settings", "Information link"),
        "printed_info.info_urls": QCoreApplication.translate(
            "settings", "Links for single languages"
        ),
        "languages_shown": QCoreApplication.translate(
            "settings", "Languages on the start screen, in order"
        ),
        "interface_language": QCoreApplication.translate(
            "settings", "Language of the volunteers' screens"
        ),
        "frequent_nationalities": QCoreApplication.translate(
            "settings", "Frequent nationalities on the desk (pinned)"
        ),
        "printer.sheet": QCoreApplication.translate("settings", "Printer for the sheets"),
        "printer.tickets": QCoreApplication.translate("settings", "Printer for meal tickets"),
        "hq_url": QCoreApplication.translate("settings", "Headquarters address"),
        "hq_token": QCoreApplication.translate("settings", "Headquarters token"),
        "hq_ca_bundle": QCoreApplication.translate("settings", "Certificate file (CA bundle)"),
        "disclosure_k": QCoreApplication.translate(
            "settings", "Smallest count sent to headquarters (k)"
        ),
        "retention_hours": QCoreApplication.translate(
            "settings", "Hours before per-person rows are deleted"
        ),
        "close_day_at": QCoreApplication.translate("settings", "The day closes by itself at"),
        "idle_seconds": QCoreApplication.translate(
            "settings", "Seconds before an unfinished registration clears"
        ),
        "coordinator_idle_seconds": QCoreApplication.translate(
            "settings", "Seconds before coordinator mode locks itself"
        ),
        "high_contrast": QCoreApplication.translate(
            "settings", "High contrast (black, white and yellow)"
        ),
        "large_text": QCoreApplication.translate("settings", "Large text"),
        "backup_folder": QCoreApplication.translate("settings", "Backup folder"),
    }
    return names.get(key, key)


def choice_label(choice: str) -> str:
    """A choice as its button shows it: on/off for yes-or-no settings, else the code."""
    names = {
        "true": QCoreApplication.translate("settings", "On"),
        "false": QCoreApplication.translate("settings", "Off"),
    }
    return names.get(choice, choice.upper())


def setting_hint(key: str) -> str:
    hints = {
        "site_id": QCoreApplication.translate(
            "settings", "Lowercase letters, digits and dashes. Headquarters knows the desk by it."
        ),
        "timezone": QCoreApplication.translate("settings", "e.g. Europe/Brussels"),
        "printed_info.info_url": QCoreApplication.translate(
            "settings", "https:// address; {language} becomes the sheet's language code"
        ),
        "printed_info.info_urls": QCoreApplication.translate(
            "settings", "e.g. ti=https://example.org/ti (empty: none)"
        ),
        "printed_info.registration_hours": QCoreApplication.translate(
            "settings", "Days and hours, e.g. mon-fri 07:00-09:00; sat 09:00-12:00"
        ),
        "printed_info.soup_hours": QCoreApplication.translate(
            "settings", "Days and hours, e.g. mon-fri 07:00-09:00; sat 09:00-12:00"
        ),
        "printed_info.info_point_hours": QCoreApplication.translate(
            "settings", "Days and hours, e.g. mon-fri 07:00-09:00; sat 09:00-12:00"
        ),
        "printed_info.legal_aid_hours": QCoreApplication.translate(
            "settings", "Days and hours, e.g. mon-fri 07:00-09:00; sat 09:00-12:00"
        ),
        "printed_info.medical_point_hours": QCoreApplication.translate(
            "settings", "Days and hours, e.g. mon-fri 07:00-09:00; sat 09:00-12:00"
        ),
        "printed_info.humanitarian_hub_hours": QCoreApplication.translate(
            "settings", "Days and hours, e.g. mon-fri 07:00-09:00; sat 09:00-12:00"
        ),
        "printed_info.help_line_hours": QCoreApplication.translate(
            "settings", "Days and hours, e.g. mon-fri 07:00-09:00; sat 09:00-12:00"
        ),
        "printed_info.startpunt_address": QCoreApplication.translate(
            "settings", "Empty: the sentence that would print it is left out of the sheet"
        ),
        "printed_info.help_line_phone": QCoreApplication.translate(
            "settings", "Empty: the sentence that would print it is left out of the sheet"
        ),
        "languages_shown": QCoreApplication.translate(
            "settings", "Language codes separated by commas, e.g. ar, prs, ps, ti"
        ),
        "printer.sheet": QCoreApplication.translate(
            "settings", "KIND; TARGET; PAPER, e.g. cups; Office; a4 or folder; /media/usb; a4"
        ),
        "printer.tickets": QCoreApplication.translate(
            "settings", "e.g. escpos; usb:0x04b8:0x0202; receipt"
        ),
        "hq_token": QCoreApplication.translate(
            "settings", "Never shown. Type a new token to replace it; leave empty to keep it."
        ),
        "disclosure_k": QCoreApplication.translate(
            "settings", "3 at the least; counts from 1 to k−1 never leave the desk"
        ),
        "retention_hours": QCoreApplication.translate(
            "settings", "After the day is closed; at most 720 (30 days)"
        ),
        "close_day_at": QCoreApplication.translate("settings", "A time like 20:00"),
        "idle_seconds": QCoreApplication.translate("settings", "15 to 600"),
        "coordinator_idle_seconds": QCoreApplication.translate("settings", "60 to 1800"),
        "backup_folder": QCoreApplication.translate(
            "settings", "A whole path; empty: the kiosk's own folder. Copies are kept 7 days."
        ),
    }
    return hints.get(key, "")
