"""Run the `kiosk` command line in-process and look at what it stored."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.cli.main import main
from kiosk.paths import database_path
from tests.database_files import open_file
from tests.fake_clock import FakeClock


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


type Kiosk = Callable[..., Ran]


@pytest.fixture
def kiosk(capsys: pytest.CaptureFixture[str], clock: FakeClock) -> Kiosk:
    """`kiosk("register", "--language", "ar", ...)` runs main() at the test's `clock` and
    captures its output."""
    capsys.readouterr()

    def run(*argv: str) -> Ran:
        code = main(list(argv), clock=clock)
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run


def stored(data_dir: Path) -> dict[str, list[tuple[object, ...]]] | None:
    """Every row the kiosk keeps, read with SQLCipher and the key; None without a database."""
    path = database_path(data_dir)
    if not path.exists():
        return None
    connection = open_file(path, read_only=True)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        )]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }
    finally:
        connection.close()


def corrupt(path: Path, page: int | None = 1) -> None:
    """Overwrite one page of a closed database with junk (None: the file header)."""
    connection = open_file(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])
    connection.close()
    data = bytearray(path.read_bytes())
    if page is None:
        data[0:100] = b"\xff" * 100
    else:
        data[page * page_size:(page + 1) * page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))
