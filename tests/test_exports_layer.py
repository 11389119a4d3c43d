"""The exports (CSV, XLSX, PDF) are an adapter like the store: no Qt, no database, no screens."""

from pathlib import Path

from tests.test_layers import imports_of

EXPORTS = Path(__file__).resolve().parents[1] / "kiosk" / "exports"
FORBIDDEN = {"PySide6", "sqlalchemy", "alembic", "sqlite3", "kiosk.ui", "kiosk.cli", "kiosk.app"}


def test_exports_import_only_inward() -> None:
    """kiosk.exports reads counts through the Desk and writes files; nothing else."""
    bad = [f"{path.name} imports {name}" for path in sorted(EXPORTS.glob("*.py"))
           for name in imports_of(path)
           if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)]
    assert bad == []
