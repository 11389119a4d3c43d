"""The screens stay small and every string is translatable (the layers themselves are
checked by import-linter in `make lint`: see [tool.importlinter] in pyproject.toml)."""

import ast
from pathlib import Path

import kiosk.ui

UI = Path(kiosk.ui.__file__).resolve().parent
MODULES = sorted(UI.rglob("*.py"))  # coordinator mode included


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
