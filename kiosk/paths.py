"""Every place the kiosk keeps files, in one module (overridable with --data-dir)."""

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "startpunt-kiosk"
DATA_DIR_ENV = "KIOSK_DATA_DIR"
PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir, else $KIOSK_DATA_DIR, else the user data directory of this OS."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    return Path(chosen).expanduser() if chosen else user_data_path(APP_NAME, appauthor=False)


def keep_files_private() -> None:
    """Every file the process makes from now on is for its user alone (umask 077): logs,
    exports and anything SQLite makes, besides the modes the store sets itself."""
    os.umask(0o077)


def database_path(directory: Path) -> Path:
    return directory / "kiosk.sqlite3"


def resources_dir() -> Path:
    """Shipped with the package when installed; at the project root in a checkout."""
    inside = PACKAGE_DIR / "resources"
    return inside if inside.is_dir() else PROJECT_DIR / "resources"


def translations_dir() -> Path:
    inside = PACKAGE_DIR / "translations"
    return inside if inside.is_dir() else PROJECT_DIR / "translations"


def log_dir(directory: Path) -> Path:
    return directory / "logs"
