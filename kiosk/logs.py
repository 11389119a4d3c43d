"""The kiosk's log file: `DATA_DIR/logs/kiosk.log`, rotated so it never fills the disk.

Nothing about a registration is ever logged: no widget text, no draft, no exception message
(which may quote a value); errors are logged as their type and traceback only.
"""

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LOGGER = "kiosk"


def log_path(data_dir: Path) -> Path:
    return data_dir / "logs" / "kiosk.log"


def set_up_logging(data_dir: Path) -> RotatingFileHandler:
    """Send the `kiosk` loggers to the rotating log file (once per file); returns its handler."""
    path = log_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    logger = logging.getLogger(LOGGER)
    for handler in logger.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return handler
    handler = RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.INFO:
        logger.setLevel(logging.INFO)
    return handler
