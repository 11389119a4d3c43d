"""Arrows point inward: core knows no Qt, SQL or network; widgets never touch the database."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kiosk"

FORBIDDEN = {
    "core": {
        "PySide6",
        "sqlalchemy",
        "alembic",
        "sqlite3",
        "httpx",
        "requests",
        "socket",
        "kiosk.store",
        "kiosk.ui",
        "kiosk.cli",
        "kiosk.app",
        "kiosk.sync",
        "kiosk.documents",
        "kiosk.printing",
        "kiosk.hq",
        "fastapi",
        "uvicorn",
        "psycopg",
        "ssl",
        "http.client",
        "urllib.request",
    },
    "store": {
        "PySide6",
        "kiosk.ui",
        "kiosk.cli",
        "kiosk.app",
        "kiosk.sync",
        "kiosk.hq",
        "httpx",
        "fastapi",
    },
    # The HTTP client side: rules from core only; the desk comes in through a Protocol.
    "sync": {
        "PySide6",
        "sqlalchemy",
        "alembic",
        "sqlite3",
        "kiosk.store",
        "kiosk.ui",
        "kiosk.cli",
        "kiosk.app",
        "kiosk.hq",
        "kiosk.documents",
        "kiosk.printing",
        "fastapi",
        "uvicorn",
    },
    # Headquarters: its own models and database; never the kiosk's store, screens or client.
    "hq": {
        "PySide6",
        "kiosk.store",
        "kiosk.ui",
        "kiosk.cli",
        "kiosk.app",
        "kiosk.sync",
        "kiosk.documents",
        "kiosk.printing",
        "httpx",
    },
    "ui": {"sqlalchemy", "alembic", "sqlite3", "kiosk.cli", "kiosk.hq", "fastapi", "uvicorn"},
    "cli": {"kiosk.ui", "kiosk.hq"},
}


def imports_of(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_inward(layer: str) -> None:
    """No module of a layer imports what sits outside it."""
    bad = []
    for module in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imports_of(module):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[layer]):
                bad.append(f"{module.relative_to(PACKAGE)} imports {name}")
    assert not bad, "\n".join(bad)
