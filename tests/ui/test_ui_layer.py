"""The screens stay a thin layer: no SQL, small modules, every string translatable."""

import ast
from pathlib import Path

import kiosk.ui

UI = Path(kiosk.ui.__file__).resolve().parent
MODULES = sorted(UI.rglob("*.py"))  # coordinator mode included


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_screens_never_touch_the_database_directly() -> None:
    """kiosk.ui never imports SQLAlchemy, Alembic or sqlite3; it only calls a Desk."""
    for path in MODULES:
        roots = {name.split(".")[0] for name in imported(path)}
        assert not roots & {"sqlalchemy", "alembic", "sqlite3"}, path.name


def test_modules_stay_small() -> None:
    """No module of the screens passes 500 lines (the style guide's split point)."""
    sizes = {path.name: len(path.read_text(encoding="utf-8").splitlines()) for path in MODULES}
    assert {name: n for name, n in sizes.items() if n > 500} == {}


def test_no_text_is_set_without_translation() -> None:
    """setText/setPlaceholderText/setWindowTitle never get a bare string literal."""
    setters = {"setText", "setPlaceholderText", "setWindowTitle", "set_label"}
    bare: list[str] = []
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in setters and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str) and node.args[0].value.strip()):
                bare.append(f"{path.name}:{node.lineno}")
    assert bare == []
