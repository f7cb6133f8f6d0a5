"""The pure core imports no file, database, document or CLI library, and opens no file."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parent.parent / "congress" / "core"
FORBIDDEN = {
    "openpyxl",
    "docx",
    "docxtpl",
    "sqlalchemy",
    "sqlite3",
    "click",
    "rich",
    "yaml",
    "csv",
    "pathlib",
    "os",
    "io",
    "shutil",
    "tempfile",
    "subprocess",
    "congress.adapters",
    "congress.services",
    "congress.cli",
    "congress.resources",
}


def _imports(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("module", sorted(CORE.glob("*.py")), ids=lambda p: p.name)
def test_core_module_is_pure(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    bad = {
        name
        for name in _imports(tree)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)
    }
    assert not bad, f"{module.name} imports {sorted(bad)}"
    calls = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "open"
    ]
    assert not calls, f"{module.name} calls open()"


def test_modules_stay_small() -> None:
    package = CORE.parent
    long = {
        str(p.relative_to(package)): n
        for p in package.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert not long, long


def test_every_error_class_has_a_one_line_docstring() -> None:
    from congress import errors

    classes = [
        c
        for c in vars(errors).values()
        if isinstance(c, type) and issubclass(c, Exception) and c.__module__ == errors.__name__
    ]
    assert classes
    for cls in classes:
        assert cls.__doc__ and "\n" not in cls.__doc__.strip(), cls.__name__
