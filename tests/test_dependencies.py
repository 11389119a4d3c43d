"""Every package the kiosk imports is a dependency it declares: nothing arrives only because
another package happens to pull it in (Pillow came through python-escpos, once)."""

import ast
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

import kiosk

PACKAGE = Path(kiosk.__file__).resolve().parent
PYPROJECT = PACKAGE.parent / "pyproject.toml"


def imported_roots(paths: list[Path]) -> set[str]:
    """Top-level names of every absolute import in `paths`."""
    roots: set[str] = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                roots.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                roots.add(node.module.split(".")[0])
    return roots - set(sys.stdlib_module_names) - {"kiosk"}


def distributions_of(roots: set[str]) -> dict[str, set[str]]:
    found = packages_distributions()
    return {root: {canonicalize_name(d) for d in found.get(root, [])} for root in roots}


def declared(*extras: str) -> set[str]:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    for extra in extras:
        lines += project["optional-dependencies"][extra]
    return {canonicalize_name(Requirement(line).name) for line in lines}


def undeclared(paths: list[Path], allowed: set[str]) -> list[str]:
    return sorted(
        f"{root} (from {', '.join(sorted(dists)) or 'no installed distribution'})"
        for root, dists in distributions_of(imported_roots(paths)).items()
        if not dists & allowed
    )


def test_the_desk_declares_every_package_it_imports() -> None:
    """Each third-party import of the desk (all of kiosk/ but headquarters) is a dependency."""
    desk = [p for p in PACKAGE.rglob("*.py") if "hq" not in p.relative_to(PACKAGE).parts]
    assert undeclared(desk, declared()) == []


def test_headquarters_declares_every_package_it_imports() -> None:
    """kiosk/hq imports only what the desk or the `hq` extra declares."""
    assert undeclared(list((PACKAGE / "hq").rglob("*.py")), declared("hq")) == []


def test_every_declared_dependency_is_pinned_in_the_lock_file() -> None:
    """requirements.lock (what `make` installs) pins each declared package at a version the
    declaration allows: after changing pyproject.toml, `make lock`."""
    pinned: dict[str, str] = {}
    for line in (PACKAGE.parent / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if "==" in line and not line.startswith((" ", "#")):
            name, version = line.split(" ")[0].split("==")
            pinned[canonicalize_name(name)] = version
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        lines += extra
    wrong = [
        line for line in lines
        if Requirement(line).name and (
            canonicalize_name(Requirement(line).name) not in pinned
            or not Requirement(line).specifier.contains(
                pinned[canonicalize_name(Requirement(line).name)], prereleases=True
            )
        )
    ]
    assert wrong == []
