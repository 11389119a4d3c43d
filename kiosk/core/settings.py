"""Every setting a coordinator can change, in one place: its key, group, check and text form.

Every setting is declared once here with its check and how it is shown; every write, from
any command or screen (`kiosk connect`, `kiosk settings set`, the settings screen, first-run
set-up, the desk's typed savers), goes through `changes` and the store's one write path, which
audits each changed key by name (never its value). So a value is checked the same way
wherever it is typed, and a refusal names the setting's key. Each
setting reads and writes rows of the key/value settings table (`stored`), where the site,
the printed information and the printers were kept before coordinator mode existed.
"""

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import PurePath
from typing import Any

from kiosk.core.countries import STATELESS, UNKNOWN, is_nationality
from kiosk.core.disclosure import DEFAULT_K, check_k
from kiosk.core.errors import ValidationError, quoted
from kiosk.core.hq_link import check_ca_bundle, check_hq_url, check_token
from kiosk.core.languages import LANGUAGE_CODES
from kiosk.core.print_job import Document
from kiosk.core.printed_info import PrintedInfo, check_url, make_printed_info
from kiosk.core.printers import Paper, PrinterChoice, PrinterKind, make_printer_choice
from kiosk.core.retention import (
    DEFAULT_CLOSING_TIME,
    DEFAULT_RETENTION_HOURS,
    check_closing_time,
    check_retention_hours,
)
from kiosk.core.site import (
    VOLUNTEER_LANGUAGES,
    check_idle_seconds,
    check_interface_language,
    check_site_id,
    check_site_name,
    check_timezone,
)
from kiosk.core.site_day import DEFAULT_TIMEZONE

COORDINATOR_IDLE_LIMITS = (60, 1800)
DEFAULT_COORDINATOR_IDLE = 300
MAX_PINNED = 8  # the frequent buttons on the nationality screen
NOT_SET = "(not set)"
SECRET_SET = "(set)"

type Parse = Callable[[Any], Any]
type Show = Callable[[Any], str]


@dataclass(frozen=True, slots=True)
class Setting:
    key: str  # as typed on the command line: `kiosk settings set KEY VALUE`
    group: str  # site, sheets, languages, printers, headquarters, privacy, screens, backups
    parse: Parse  # typed text (or the value itself) -> stored value; raises ValidationError
    show: Show  # stored value -> text (a secret shows only whether it is set)
    default: Any
    choices: tuple[str, ...] = ()  # the only values allowed, when the list is short
    secret: bool = False
    store_key: str = ""  # the row of the settings table, when not the key itself
    item: str = ""  # the entry inside that row's JSON object (printed information)

    @property
    def row(self) -> str:
        return self.store_key or self.key


def _int_between(key: str, low: int, high: int) -> Parse:
    def parse(text: str) -> int:
        try:
            number = int(str(text).strip())
        except ValueError:
            raise ValidationError(
                key, f"{str(text)[:40]!r} is not a whole number",
                reason="not_a_number", value=quoted(text),
            ) from None
        if not low <= number <= high:
            raise ValidationError(
                key, f"must be between {low} and {high}", reason="out_of_range", low=low, high=high
            )
        return number

    return parse


def _one_of(key: str, allowed: tuple[str, ...]) -> Parse:
    def parse(text: str) -> str:
        value = str(text).strip()
        if value not in allowed:
            raise ValidationError(
                key, f"{value[:40]!r} is not one of {', '.join(allowed)}",
                reason="not_one_of", value=quoted(value), allowed=", ".join(allowed),
            )
        return value

    return parse


def parse_languages(text: str | list[str]) -> list[str]:
    """Sheet languages shown on the start screen, in their order: `ar, prs, ps, ti`."""
    if isinstance(text, list | tuple):
        text = ", ".join(str(code) for code in text)
    codes = [code for code in re.split(r"[\s,]+", str(text).strip()) if code]
    if not codes:
        raise ValidationError("languages_shown", "name at least one language", reason="empty")
    unknown = [code for code in codes if code not in LANGUAGE_CODES]
    if unknown:
        raise ValidationError(
            "languages_shown",
            f"{unknown[0][:20]!r} is not one of {', '.join(LANGUAGE_CODES)}",
            reason="not_one_of", value=quoted(unknown[0], 20), allowed=", ".join(LANGUAGE_CODES),
        )
    twice = sorted({code for code in codes if codes.count(code) > 1})
    if twice:
        raise ValidationError(
            "languages_shown", f"{twice[0]!r} is named twice",
            reason="named_twice", value=quoted(twice[0]),
        )
    return codes


def parse_pinned_nationalities(text: str | list[str]) -> list[str]:
    """The frequent nationalities a coordinator pins, in their order: `AF, SY, ER`; empty:
    the desk's own last seven days. Stateless and unknown always have their own buttons."""
    key = "frequent_nationalities"
    if isinstance(text, list | tuple):
        text = ", ".join(str(code) for code in text)
    codes = [code.upper() for code in re.split(r"[\s,]+", str(text).strip()) if code]
    for code in codes:
        if code.lower() in (STATELESS, UNKNOWN) or not is_nationality(code):
            raise ValidationError(
                key, f"{code[:20]!r} is not an ISO 3166-1 alpha-2 country code",
                reason="not_a_nationality", value=quoted(code, 20),
            )
    twice = sorted({code for code in codes if codes.count(code) > 1})
    if twice:
        raise ValidationError(
            key, f"{twice[0]!r} is named twice", reason="named_twice", value=quoted(twice[0])
        )
    if len(codes) > MAX_PINNED:
        raise ValidationError(
            key, f"pin at most {MAX_PINNED} nationalities, not {len(codes)}",
            reason="out_of_range", low=0, high=MAX_PINNED,
        )
    return codes


def parse_printer(document: Document) -> Parse:
    key = f"printer.{document.value}"

    def parse(text: str | dict[str, Any]) -> dict[str, str]:
        if isinstance(text, dict):
            return make_printer_choice(text, key).to_json()
        value = str(text).strip()
        if value.startswith("{"):
            try:
                given = json.loads(value)
            except ValueError:
                raise ValidationError(key, "is not valid JSON", reason="printer_format") from None
            if not isinstance(given, dict):
                raise ValidationError(key, "give KIND; TARGET; PAPER", reason="printer_format")
        else:
            parts = [part.strip() for part in value.split(";")]
            if len(parts) > 3 or not parts[0]:
                raise ValidationError(
                    key, "give KIND; TARGET; PAPER, e.g. 'cups; Office; a4'",
                    reason="printer_format",
                )
            parts += [""] * (3 - len(parts))
            default_paper = Paper.A4 if document is Document.SHEET else Paper.RECEIPT
            given = {"kind": parts[0], "target": parts[1], "paper": parts[2] or default_paper}
        return make_printer_choice(given, key).to_json()

    return parse


def show_printer(value: Any) -> str:
    choice = value if isinstance(value, dict) else {}
    parts = [str(choice.get("kind", "folder")), str(choice.get("target", "")),
             str(choice.get("paper", "a4"))]
    return "; ".join(parts)


def parse_info_urls(text: str) -> dict[str, str]:
    """Per-language links: `ar=https://… ti=https://…` (empty: none)."""
    found: dict[str, str] = {}
    for pair in str(text).split():
        code, sep, url = pair.partition("=")
        if not sep or code not in LANGUAGE_CODES:
            raise ValidationError(
                "printed_info.info_urls", f"{pair[:40]!r} is not LANGUAGE=https://address",
                reason="not_a_language_link", value=quoted(pair),
            )
        found[code] = check_url("printed_info.info_urls", url)
    return found


def _yes_no(key: str) -> Parse:
    def parse(text: str) -> bool:
        value = str(text).strip().lower()
        if value not in ("true", "false"):
            raise ValidationError(
                key, f"{value[:40]!r} is not one of true, false",
                reason="not_one_of", value=quoted(value), allowed="true, false",
            )
        return value == "true"

    return parse


def _shown_yes_no(value: Any) -> str:
    return "true" if value is True else "false"


def parse_folder(text: str) -> str:
    value = str(text).strip()
    if not value:
        return ""
    if "\x00" in value or len(value) > 400 or not PurePath(value).is_absolute():
        raise ValidationError(
            "backup_folder", "give a whole folder path, like /media/usb/backups",
            reason="not_a_folder",
        )
    return value


def _printed(name: str) -> Setting:
    default = getattr(PrintedInfo(), name)

    def parse(text: Any) -> Any:
        value: Any = text
        if name == "info_urls" and not isinstance(text, dict):
            value = parse_info_urls(text)
        try:
            return getattr(make_printed_info({name: value}), name)
        except ValidationError as error:
            raise error.renamed(f"printed_info.{name}") from None

    def show(value: Any) -> str:
        if isinstance(value, dict):
            return " ".join(f"{code}={url}" for code, url in value.items())
        return str(value)

    return Setting(
        f"printed_info.{name}", "sheets", parse, show, default,
        choices=("nl", "fr") if name == "official_language" else (),
        store_key="printed_info", item=name,
    )


def _renamed(key: str, check: Callable[[str], Any]) -> Parse:
    """A check of kiosk.core.site, with the refusal naming the setting's key."""

    def parse(text: Any) -> Any:
        try:
            return check("" if text is None else str(text))
        except ValidationError as error:
            raise error.renamed(key) from None

    return parse


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _secret(value: Any) -> str:
    return SECRET_SET if value else NOT_SET


SETTINGS: tuple[Setting, ...] = (
    Setting("site_id", "site", _renamed("site_id", check_site_id), _text, ""),
    Setting("site_name", "site", _renamed("site_name", check_site_name), _text, ""),
    Setting("timezone", "site", _renamed("timezone", check_timezone), _text, DEFAULT_TIMEZONE),
    *(_printed(f.name) for f in fields(PrintedInfo)),
    Setting("languages_shown", "languages", parse_languages, lambda v: ", ".join(v),
            list(LANGUAGE_CODES)),
    Setting("interface_language", "languages",
            _renamed("interface_language", check_interface_language), _text, "nl",
            choices=VOLUNTEER_LANGUAGES),
    Setting("frequent_nationalities", "languages", parse_pinned_nationalities,
            lambda v: ", ".join(v), []),
    *(Setting(f"printer.{doc.value}", "printers", parse_printer(doc), show_printer,
              PrinterChoice(PrinterKind.FOLDER, "",
                            Paper.A4 if doc is Document.SHEET else Paper.RECEIPT).to_json())
      for doc in Document),
    Setting("hq_url", "headquarters", _renamed("hq_url", check_hq_url), _text, ""),
    Setting("hq_token", "headquarters", _renamed("hq_token", check_token), _secret, "",
            secret=True),
    Setting("hq_ca_bundle", "headquarters", _renamed("hq_ca_bundle", check_ca_bundle), _text,
            None),
    Setting("disclosure_k", "privacy", _renamed("disclosure_k", check_k), _text, DEFAULT_K),
    Setting("retention_hours", "privacy", check_retention_hours, _text, DEFAULT_RETENTION_HOURS),
    Setting("close_day_at", "privacy", check_closing_time, _text, DEFAULT_CLOSING_TIME),
    Setting("idle_seconds", "screens", _renamed("idle_seconds", check_idle_seconds), _text, 60),
    Setting("coordinator_idle_seconds", "screens",
            _int_between("coordinator_idle_seconds", *COORDINATOR_IDLE_LIMITS), _text,
            DEFAULT_COORDINATOR_IDLE),
    Setting("high_contrast", "screens", _yes_no("high_contrast"), _shown_yes_no, False,
            choices=("true", "false")),
    Setting("large_text", "screens", _yes_no("large_text"), _shown_yes_no, False,
            choices=("true", "false")),
    Setting("backup_folder", "backups", parse_folder, _text, ""),
)
BY_KEY: dict[str, Setting] = {setting.key: setting for setting in SETTINGS}
GROUPS: tuple[str, ...] = tuple(dict.fromkeys(setting.group for setting in SETTINGS))


def setting(key: str) -> Setting:
    found = BY_KEY.get(key.strip())
    if found is None:
        raise ValidationError("key", f"{key[:40]!r} is not a setting (see `kiosk settings show`)")
    return found


def value_of(stored: Mapping[str, Any], key: str) -> Any:
    """A setting's value from the settings rows, or its default."""
    found = setting(key)
    row = stored.get(found.row)
    if found.item:
        return dict(row or {}).get(found.item, found.default)
    return found.default if row is None else row


def shown(stored: Mapping[str, Any], key: str) -> str:
    return setting(key).show(value_of(stored, key))


def all_shown(stored: Mapping[str, Any]) -> dict[str, str]:
    """Every setting as text, in the order of SETTINGS (secrets only say whether they are set)."""
    return {s.key: shown(stored, s.key) for s in SETTINGS}


def changed_rows(stored: Mapping[str, Any], key: str, text: Any) -> dict[str, Any]:
    """Check `text` for setting `key`; the settings rows to write (raises ValidationError)."""
    return changes(stored, {key: text})[0]


_ABSENT = object()


def changes(
    stored: Mapping[str, Any], given: Mapping[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    """Check every given value (text as typed, or the value itself) of the settings named by
    key; the settings rows to write, and the keys whose value differs from the one in force
    (the stored one, or the default).
    Raises ValidationError naming the first setting refused; then nothing is to be written."""
    rows: dict[str, Any] = {}
    changed: list[str] = []
    for key, text in given.items():
        found = setting(key)
        value = found.parse(text)
        current = rows[found.row] if found.row in rows else stored.get(found.row, _ABSENT)
        if found.item:
            row = dict(current) if isinstance(current, dict) else {}
            before = row.get(found.item, found.default)
            row[found.item] = value
            rows[found.row] = row
        else:
            before = found.default if current is _ABSENT else current
            rows[found.row] = value
        if before != value and found.key not in changed:
            changed.append(found.key)
    return rows, changed
