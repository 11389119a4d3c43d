"""A first look at the desk's database, before the store is loaded: SQLCipher, read-only.

The screens paint their first screen from this look; the Desk (SQLAlchemy, quick_check,
backup, migration) opens right after the first paint and has the last word. The look never
creates or changes anything, and anything unexpected makes it unknown (None): the app then
opens the Desk first, as it always did, so a damaged file is reported before any window.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from sqlcipher3.dbapi2 import Error as DriverError

from kiosk.store.database_key import KeyProblem, connect, key_of_file

KEYS = ("site_id", "site_name", "interface_language")


@dataclass(frozen=True, slots=True)
class FirstLook:
    """What the first screen needs: set up or not, the site's name, the screen language."""

    exists: bool
    set_up: bool
    site_name: str = ""
    interface_language: str | None = None


NO_FILE = FirstLook(exists=False, set_up=False)


def _read_only_uri(path: Path) -> str:
    # Without a -wal file nobody has the database open and everything is in the file itself:
    # immutable=1 then reads it without creating -wal and -shm files next to it (plain
    # mode=ro on a WAL database leaves both behind). With a -wal file, read through it.
    has_wal = path.with_name(path.name + "-wal").exists()
    return path.absolute().as_uri() + ("?mode=ro" if has_wal else "?mode=ro&immutable=1")


def peek(path: Path) -> FirstLook | None:
    """Whether the desk's database exists and is set up; None when that cannot be told."""
    try:
        if not path.exists():
            return NO_FILE  # only a missing file is a first run
        if path.stat().st_size == 0:
            return None  # an emptied database: Desk.open reports it as damaged
        connection = connect(_read_only_uri(path), key_of_file(path), uri=True, timeout=1.0)
        try:
            rows = connection.execute(
                f"SELECT key, value FROM settings WHERE key IN ({', '.join('?' * len(KEYS))})",
                KEYS,
            ).fetchall()
        finally:
            connection.close()
        values = {str(key): json.loads(value) for key, value in rows}
    except (OSError, DriverError, KeyProblem, ValueError, TypeError):
        return None
    site_name = values.get("site_name", "")
    language = values.get("interface_language")
    if not isinstance(site_name, str) or not (language is None or isinstance(language, str)):
        return None
    return FirstLook(
        exists=True,
        set_up="site_id" in values,
        site_name=site_name,
        interface_language=language,
    )
