"""Finding the data directory and opening the desk for a command, with one-line refusals."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kiosk.core.clock import Clock
from kiosk.paths import data_dir, database_path
from kiosk.store.desk import Desk, NotSetUp


class Refused(Exception):
    """A command cannot go ahead; `field` names what is wrong, as ValidationError does."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def chosen_data_dir(option: str | None) -> Path:
    """--data-dir, else $KIOSK_DATA_DIR, else the user data directory of this OS."""
    return data_dir(option)


def make_data_dir(directory: Path) -> Path:
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise Refused("data dir", f"cannot create {directory}: {error.strerror or error}") from None
    if not directory.is_dir():
        raise Refused("data dir", f"{directory} is not a directory")
    return directory


def open_desk_at(directory: Path, clock: Clock) -> Desk:
    """Open (and if needed create and migrate) the desk's database in `directory`; its time
    comes from `clock`."""
    make_data_dir(directory)
    try:
        return Desk.open(database_path(directory), clock=clock)
    except OSError as error:
        raise Refused("data dir", f"cannot use {directory}: {error.strerror or error}") from None


@contextmanager
def set_up_desk(directory: Path, clock: Clock) -> Iterator[Desk]:
    """The desk of a kiosk that has been set up; never creates a database that is not there."""
    if not database_path(directory).is_file():
        raise NotSetUp(f"no kiosk is set up in {directory}: run `kiosk init` first")
    desk = open_desk_at(directory, clock)
    try:
        desk.require_site()
        yield desk
    finally:
        desk.close()
