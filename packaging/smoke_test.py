"""Start a standalone build offscreen to its first screen, and check what it painted.

    .venv/bin/python packaging/smoke_test.py build/dist/startpunt-kiosk/startpunt-kiosk

Runs the executable twice on a new data folder, as a fresh install at a desk would:

1. `--exit-after-first-paint`: the first screen appears (exit 0);
2. `--exit-when-ready --screenshot`: it opens (creates and migrates) the database from the
   migrations inside the build, shows the set-up screen and saves a screenshot.

Then checks that the screenshot is a real screen (not blank, the reference size) and that
the database was made: encrypted (SQLCipher) with the key file the first start created
(outside the data folder, 0600), in a data folder of mode 0700. The screenshot is kept as
`first-screen.png` beside the build folder. Exits 0 when all is well, 1 with one line per
problem otherwise.
"""

import os
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TIMEOUT_S = 120


KEY_FILE_ENV = "KIOSK_DATABASE_KEY_FILE"  # = kiosk.store.database_key.KEY_FILE_ENV


def run(executable: Path, key: Path, *args: str) -> tuple[int, float, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", KEY_FILE_ENV: str(key)}
    env.pop("CREDENTIALS_DIRECTORY", None)
    start = time.monotonic()
    done = subprocess.run(
        [str(executable), "--offscreen", *args],
        env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False,
    )
    return done.returncode, time.monotonic() - start, done.stderr


def painted(screenshot: Path) -> list[str]:
    """Problems with the screenshot: missing, too small, or (nearly) one colour."""
    from PySide6.QtGui import QImage

    image = QImage(str(screenshot))
    if image.isNull():
        return [f"no screenshot at {screenshot}"]
    problems = []
    if image.width() < 800 or image.height() < 600:
        problems.append(f"screenshot is only {image.width()}x{image.height()}")
    colours = {
        image.pixel(x, y)
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    if len(colours) < 8:
        problems.append(f"screenshot has {len(colours)} colours: nothing was drawn")
    return problems


def encrypted_and_private(database: Path, key: Path) -> list[str]:
    """Problems with the database the build made: not encrypted with the key it created,
    not migrated, or readable by others."""
    import sqlcipher3.dbapi2 as sqlcipher

    if not key.is_file():
        return [f"the first start made no key file at {key}"]
    problems = []
    modes = {path: stat.S_IMODE(path.stat().st_mode) for path in (key, database)}
    modes[database.parent] = stat.S_IMODE(database.parent.stat().st_mode)
    for path, mode in modes.items():
        if mode & 0o077:
            problems.append(f"{path} is mode {mode:o}: others may read it")
    if database.read_bytes()[:16] == b"SQLite format 3\x00":
        problems.append("the database is not encrypted")
    connection = sqlcipher.connect(str(database))
    try:
        connection.execute(f"PRAGMA key = \"x'{key.read_text().strip()}'\"")
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlcipher.DatabaseError as error:
        return [*problems, f"the database does not open with its key: {error}"]
    finally:
        connection.close()
    if "alembic_version" not in tables:
        problems.append("the database was not migrated (no alembic_version table)")
    return problems


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: smoke_test.py PATH-TO-EXECUTABLE", file=sys.stderr)
        return 2
    executable = Path(sys.argv[1])
    if not executable.is_file():
        print(f"no executable at {executable}: build it first (make package)", file=sys.stderr)
        return 1
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-smoke-") as folder:
        data = Path(folder) / "data"
        key = Path(folder) / "config" / "database.key"
        code, seconds, stderr = run(
            executable, key, "--data-dir", str(data), "--exit-after-first-paint"
        )
        print(f"first paint: exit {code} in {seconds:.2f} s")
        if code != 0:
            problems.append(f"first paint exited {code}: {stderr.strip()[-500:]}")
        screenshot = Path(folder) / "first-screen.png"
        code, seconds, stderr = run(
            executable, key, "--data-dir", str(data), "--exit-when-ready",
            "--screenshot", str(screenshot),
        )
        print(f"ready: exit {code} in {seconds:.2f} s")
        if code != 0:
            problems.append(f"--exit-when-ready exited {code}: {stderr.strip()[-500:]}")
        problems += painted(screenshot)
        if screenshot.exists():  # kept beside the build, to be looked at
            kept = executable.parent.parent / "first-screen.png"
            kept.write_bytes(screenshot.read_bytes())
            print(f"first screen: {kept}")
        database = data / "kiosk.sqlite3"
        if not database.exists():
            made = sorted(path.name for path in data.iterdir()) if data.exists() else []
            problems.append(f"no database in {data} (found {made})")
        else:
            problems += encrypted_and_private(database, key)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print("the build starts offscreen to its first screen")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
