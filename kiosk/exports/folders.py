"""Where an export can go: USB sticks the system has mounted, then the kiosk's own folder."""

import getpass
import os
from pathlib import Path


def removable_folders() -> list[Path]:
    """Writable mount points under /media/USER, /run/media/USER, /media and /mnt."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    bases = [Path("/media") / user, Path("/run/media") / user, Path("/media"), Path("/mnt")]
    found: list[Path] = []
    for base in bases:
        try:
            children = sorted(base.iterdir()) if base.is_dir() else []
        except OSError:
            continue
        for child in children:
            if (child not in found and child.is_dir() and os.path.ismount(child)
                    and os.access(child, os.W_OK)):
                found.append(child)
    return found


def export_folders(data_dir: Path) -> list[Path]:
    """USB sticks first; the kiosk's own `exports` folder last (always offered)."""
    return [*removable_folders(), data_dir / "exports"]
