"""The key that encrypts the desk's database (SQLCipher), kept outside the data folder.

Where it is, first found wins:

1. the systemd credential `database-key` (`$CREDENTIALS_DIRECTORY/database-key`), which the
   shipped unit loads with `LoadCredentialEncrypted=` (sealed to the TPM where there is one);
2. the file named by `$KIOSK_DATABASE_KEY_FILE`;
3. `database.key` in the user's configuration folder (`~/.config/startpunt-kiosk` on Linux).

A key is 32 random bytes written as 64 hexadecimal digits; it is used as SQLCipher's raw key
(no passphrase derivation, so opening a connection costs nothing extra). A key file is
created with mode 0600 in a folder of mode 0700, and only for a database that is not yet
encrypted: a missing key for an encrypted database is refused, never replaced.
`connect` opens any database file with its key (the engine, backups and the first look).
"""

import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from platformdirs import user_config_path

from kiosk.paths import APP_NAME

KEY_FILE_ENV = "KIOSK_DATABASE_KEY_FILE"
CREDENTIAL = "database-key"
PLAIN_MAGIC = b"SQLite format 3\x00"
_HEX = re.compile(r"[0-9a-fA-F]{64}")


class KeyProblem(Exception):
    """The key is missing, unreadable or malformed; the message says where and what to do."""


@dataclass(frozen=True, slots=True)
class KeyPlace:
    """Where the key is (or would be created): a systemd credential or a key file."""

    path: Path
    credential: bool  # a systemd credential (read-only, made by `systemd-creds encrypt`)

    def describe(self) -> str:
        kind = "systemd credential" if self.credential else "key file"
        return f"{kind} {self.path}"


@dataclass(frozen=True, slots=True)
class DatabaseKey:
    secret: bytes = field(repr=False)
    place: KeyPlace

    def pragma_value(self) -> str:
        """SQLCipher's raw-key literal, for `PRAGMA key = "x'...'"` and `ATTACH ... KEY`."""
        return f"x'{self.secret.hex()}'"


def key_place() -> KeyPlace:
    credentials = os.environ.get("CREDENTIALS_DIRECTORY")
    if credentials and (Path(credentials) / CREDENTIAL).is_file():
        return KeyPlace(Path(credentials) / CREDENTIAL, credential=True)
    chosen = os.environ.get(KEY_FILE_ENV)
    if chosen:
        return KeyPlace(Path(chosen).expanduser(), credential=False)
    return KeyPlace(user_config_path(APP_NAME, appauthor=False) / "database.key", credential=False)


def read_key(place: KeyPlace) -> DatabaseKey:
    try:
        text = place.path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        raise KeyProblem(f"the database key is missing ({place.describe()})") from None
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or error
        raise KeyProblem(f"cannot read the database key ({place.describe()}): {reason}") from None
    if not _HEX.fullmatch(text):
        raise KeyProblem(
            f"the database key ({place.describe()}) is not 64 hexadecimal digits"
        )
    return DatabaseKey(bytes.fromhex(text), place)


def create_key(place: KeyPlace) -> DatabaseKey:
    """A new random key in a new file of mode 0600 (never over an existing one).

    The key is written and synced in a file of its own beside the key's place, then linked
    into the place (which fails if a key is there): a kiosk stopped while making its key
    leaves either no key file or a whole one, never an empty key that would refuse every
    later start."""
    if place.credential:
        raise KeyProblem(f"a systemd credential cannot be created here ({place.describe()})")
    place.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    secret = secrets.token_bytes(32)
    partial = place.path.with_name(f".{place.path.name}.{secrets.token_hex(8)}.new")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        try:
            os.fchmod(descriptor, 0o600)
            os.write(descriptor, (secret.hex() + "\n").encode("ascii"))
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.link(partial, place.path)  # FileExistsError: another process made it just now
    finally:
        partial.unlink(missing_ok=True)
    _sync_folder(place.path.parent)
    return DatabaseKey(secret, place)


def _sync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def existing_key() -> DatabaseKey:
    return read_key(key_place())


def key_or_new() -> DatabaseKey:
    """The key where it is, else a new key file (for a database that is not encrypted yet)."""
    place = key_place()
    if place.credential or place.path.exists():
        return read_key(place)
    try:
        return create_key(place)
    except FileExistsError:  # another process made it just now
        return read_key(place)
    except OSError as error:
        raise KeyProblem(
            f"cannot create the database key ({place.describe()}): {error.strerror or error}"
        ) from None


def is_plain(path: Path) -> bool:
    """Whether `path` is an unencrypted SQLite file (an encrypted one starts with its salt)."""
    with path.open("rb") as file:
        return file.read(16) == PLAIN_MAGIC


def connect(
    path: Path | str, key: DatabaseKey | None, *, uri: bool = False, timeout: float = 5.0
) -> sqlcipher.Connection:
    """A SQLCipher connection opened with `key` (None: a plain file), nothing read yet."""
    connection = sqlcipher.connect(
        str(path), uri=uri, timeout=timeout, check_same_thread=False, isolation_level=None
    )
    # A wrong key is reported by the kiosk in one line; SQLCipher's own log would add lines.
    connection.execute("PRAGMA cipher_log_level=NONE")
    if key is not None:
        connection.execute(f'PRAGMA key="{key.pragma_value()}"')
    return connection


def key_of_file(path: Path) -> DatabaseKey | None:
    """The key to open `path` with: None for a plain file, else the key where it is kept."""
    if path.exists() and path.stat().st_size > 0 and is_plain(path):
        return None
    return existing_key()
