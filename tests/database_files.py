"""Reading a desk's database file directly in a test, with the session's key (SQLCipher)."""

from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from kiosk.store.database_key import connect, key_of_file


def open_file(path: Path, *, read_only: bool = False) -> sqlcipher.Connection:
    """A connection to the database (or backup) at `path`, opened with its key, as a
    test's sqlite3.connect would be (plain files open without one)."""
    target = f"{path.absolute().as_uri()}?mode=ro" if read_only else str(path)
    return connect(target, key_of_file(path), uri=read_only)


def readable_text(path: Path) -> str:
    """Every row of every table, decrypted with the key, as text (what the key reveals)."""
    connection = open_file(path, read_only=True)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        )]
        return "\n".join(
            repr(row) for table in tables
            for row in connection.execute(f'SELECT * FROM "{table}"')
        )
    finally:
        connection.close()
