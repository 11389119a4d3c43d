"""`kiosk doctor`: is this kiosk in a state to take registrations? Reads, never repairs."""

import argparse
import json
import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from kiosk.cli.desk_access import chosen_data_dir
from kiosk.cli.parsing import CommandLine, Commands
from kiosk.paths import database_path, resources_dir
from kiosk.store.database import (
    DatabaseKeyProblem,
    Opened,
    check_integrity,
    current_revision,
    describe,
    head_revision,
    known_revisions,
    make_engine,
)
from kiosk.store.database_key import KeyProblem, key_place, read_key
from kiosk.store.desk import Desk

FONTS = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
    "NotoSansEthiopic-Regular.ttf",
    "NotoSansEthiopic-Bold.ttf",
    "NotoSansGeorgian-Regular.ttf",
    "NotoSansGeorgian-Bold.ttf",
)
FONT_LICENCE = "OFL.txt"
FONT_MAGIC = (b"\x00\x01\x00\x00", b"true", b"OTTO")
MIN_FREE_BYTES = 500 * 1024 * 1024
# What the store sets on every connection (kiosk.store.database.PRAGMAS), as SQLite reports it.
EXPECTED_PRAGMAS = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "secure_delete": 1}


@dataclass(frozen=True, slots=True)
class Finding:
    check: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok' if self.ok else 'PROBLEM':<8} {self.check}: {self.detail}"


def add_to(commands: Commands, common: CommandLine) -> None:
    parser = commands.add_parser(
        "doctor",
        parents=[common],
        help="check the database, fonts, data directory and disk space",
        description="Check this kiosk. Exit code 0 when all is well, 1 when a problem was found.",
    )
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    directory = chosen_data_dir(args.data_dir)
    findings = [
        check_data_dir(directory),
        check_free_space(directory),
        check_fonts(resources_dir() / "fonts"),
        check_database_key(),
        *check_database(database_path(directory)),
    ]
    healthy = all(finding.ok for finding in findings)
    if args.json:
        report = {"ok": healthy, "checks": [asdict(finding) for finding in findings]}
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print("\n".join(finding.line() for finding in findings))
    return 0 if healthy else 1


def check_data_dir(directory: Path) -> Finding:
    if not directory.is_dir():
        return Finding("data dir", False, f"{directory} does not exist: run `kiosk init`")
    try:
        with tempfile.TemporaryFile(dir=directory):
            pass
    except OSError as error:
        return Finding("data dir", False, f"cannot write in {directory}: {error.strerror}")
    return Finding("data dir", True, f"{directory} is writable")


def check_free_space(directory: Path) -> Finding:
    existing = directory
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    free = shutil.disk_usage(existing).free
    shown = f"{free / 1024**3:.1f} GB free" if free >= 1024**3 else f"{free // 1024**2} MB free"
    if free < MIN_FREE_BYTES:
        return Finding(
            "disk space", False, f"only {shown}; make room (at least 500 MB) before the day starts"
        )
    return Finding("disk space", True, shown)


def check_fonts(fonts: Path) -> Finding:
    missing = [name for name in (*FONTS, FONT_LICENCE) if not (fonts / name).is_file()]
    if missing:
        return Finding(
            "fonts", False, f"missing in {fonts}: {', '.join(missing)}; reinstall the kiosk"
        )
    broken = [name for name in FONTS if not _looks_like_font(fonts / name)]
    if broken:
        return Finding("fonts", False, f"not font files: {', '.join(broken)}; reinstall the kiosk")
    return Finding("fonts", True, f"{len(FONTS)} Noto fonts and their licence in {fonts}")


def _looks_like_font(path: Path) -> bool:
    with path.open("rb") as font:
        return font.read(4) in FONT_MAGIC


def check_database_key() -> Finding:
    """Where the database key is (never the key itself), and whether it can be read."""
    place = key_place()
    try:
        read_key(place)
    except KeyProblem as problem:
        return Finding("database key", False, str(problem))
    mode = place.path.stat().st_mode & 0o777
    if not place.credential and mode & 0o077:
        return Finding(
            "database key", False, f"{place.describe()} is mode {mode:o}: make it 0600"
        )
    return Finding("database key", True, place.describe())


def check_database(path: Path) -> list[Finding]:
    if not path.is_file():
        return [Finding("database", False, f"{path} does not exist: run `kiosk init`")]
    try:
        problems = check_integrity(path, full=True)
    except DatabaseKeyProblem as problem:
        return [Finding("database", False, str(problem))]
    if problems:
        return [
            Finding(
                "database integrity",
                False,
                f"{path} is damaged ({'; '.join(problems[:3])}). Leave the file as it is "
                "and restore the latest backup, or ask your coordinator",
            )
        ]
    if path.stat().st_size == 0:
        return [Finding("database", False, f"{path} is empty (0 bytes): it is damaged, not a "
                        "new kiosk. Restore the latest backup: kiosk restore FILE")]
    findings = [Finding("database integrity", True, f"integrity_check found {path} sound")]
    engine = make_engine(path, read_only=True)  # the doctor never writes
    try:
        findings += _check_open_database(Opened(engine, path, head_revision(), None))
    except SQLAlchemyError as error:
        reason = getattr(error, "orig", None) or error
        findings.append(Finding("database", False, f"cannot read {path}: {reason}"))
    finally:
        engine.dispose()
    return findings


def _check_open_database(opened: Opened) -> list[Finding]:
    head = opened.schema_version
    current = current_revision(opened.engine)
    if current == head:
        schema = Finding("schema", True, f"version {current}, as this kiosk expects")
    elif current is None:
        schema = Finding("schema", False, "no kiosk schema: the database is damaged, not a new "
                         "kiosk. Restore the latest backup: kiosk restore FILE")
    elif current in known_revisions():
        schema = Finding(
            "schema",
            True,
            f"version {current}; it is backed up and upgraded to {head} when the kiosk opens it",
        )
    else:
        schema = Finding(
            "schema",
            False,
            f"version {current} was written by a newer kiosk (this one knows up to {head}): "
            "install that version again",
        )
    actual = describe(opened.engine)
    wrong = {name: actual[name] for name, want in EXPECTED_PRAGMAS.items() if actual[name] != want}
    if wrong:
        shown = ", ".join(
            f"{name}={value} (want {EXPECTED_PRAGMAS[name]})" for name, value in wrong.items()
        )
        pragmas = Finding("pragmas", False, f"not durable as set: {shown}")
    else:
        pragmas = Finding("pragmas", True, ", ".join(f"{k}={v}" for k, v in actual.items()))
    findings = [schema, pragmas]
    if current == head:
        site = Desk(opened).site()
        findings.append(
            Finding("site", True, f"{site.name} ({site.site_id}, {site.timezone})")
            if site
            else Finding("site", False, "not set up yet: run `kiosk init` or start the screens")
        )
    return findings
