"""`kiosk backup --out FILE` and `kiosk restore FILE`."""

import argparse
from pathlib import Path

from kiosk.cli.desk_access import Refused, chosen_data_dir, make_data_dir, set_up_desk
from kiosk.cli.parsing import CommandLine, Commands
from kiosk.core.audit_chain import Action
from kiosk.paths import database_path
from kiosk.store.backups import BackupProblem, automatic_name, restore
from kiosk.store.restore_check import compare


def add_to(commands: Commands, common: CommandLine) -> None:
    backup = commands.add_parser(
        "backup",
        parents=[common],
        help="write a checked copy of the database (while the kiosk runs)",
        description="Write a consistent copy of the database with SQLite's backup API and "
        "check it with integrity_check. It holds per-person rows: keep it safe.",
    )
    backup.add_argument("--out", required=True, metavar="FILE", help="a file, or a folder")
    backup.set_defaults(run=run_backup)
    back = commands.add_parser(
        "restore",
        parents=[common],
        help="replace the database with a backup (stop the kiosk first)",
        description="Replace the database with a backup. A damaged, truncated or newer-schema "
        "file is refused; the database that was there is kept aside. Another site's (or "
        "another installation's) database is refused unless --other-site is given; what the "
        "restore changes (site, ticket secret, headquarters link, days held) is said first.",
    )
    back.add_argument("file", metavar="FILE")
    back.add_argument(
        "--other-site",
        action="store_true",
        help="restore even a database of another site or installation (this desk becomes it)",
    )
    back.set_defaults(run=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    with set_up_desk(chosen_data_dir(args.data_dir), args.clock) as desk:
        if out.is_dir():
            out = out / automatic_name(args.clock())
        if not out.parent.is_dir():
            raise Refused("out", f"the folder {out.parent} does not exist")
        try:
            written = desk.days.backup_to(out)
        except BackupProblem as problem:
            raise Refused("backup", str(problem)) from None
    size = written.stat().st_size
    print(f"Backup written to {written} ({size // 1024} KB), checked with integrity_check.")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    source = Path(args.file).expanduser()
    directory = make_data_dir(chosen_data_dir(args.data_dir))
    comparison = compare(database_path(directory), source)
    changes = [] if comparison is None else comparison.changes()
    if comparison is not None and comparison.other_site and not args.other_site:
        raise Refused(
            "file",
            f"{source} is another site's database ({comparison.candidate.site()}; this kiosk is "
            f"{comparison.current.site()}): nothing was changed. Restoring it would change: "
            f"{'; '.join(changes)}. Give --other-site to restore it anyway",
        )
    try:
        restored = restore(database_path(directory), source, args.clock())
    except BackupProblem as problem:
        raise Refused("file", str(problem)) from None
    with set_up_desk(directory, args.clock) as desk:
        desk.access.audit(Action.RESTORE, {
            "from": str(source),
            "aside": None if restored.aside is None else str(restored.aside),
            "other_site": comparison is not None and comparison.other_site,
            "changed": [] if comparison is None else comparison.changed_names(),
        })
        site = desk.require_site()
    print(f"Restored {source} for {site.name} ({site.site_id}).")
    for change in changes:
        print(f"Changed: {change}")
    if restored.aside is not None:
        print(f"The database that was there is kept as {restored.aside}")
    return 0
