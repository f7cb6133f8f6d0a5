"""The layers: a pure core (no file, database, document or CLI library; opens no file), adapters
that never call a use case, use cases that never call the CLI and import each other as a tree."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "congress"
CORE = PACKAGE / "core"
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
            names.add(node.module)  # and `from package import module` names the module too
            names.update(f"{node.module}.{a.name}" for a in node.names)
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


def _module_imports(layer: str) -> dict[str, set[str]]:
    """Every module of `congress.<layer>` and what it imports, at the top or inside functions."""
    return {
        f"congress.{layer}.{path.stem}": _imports(ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted((PACKAGE / layer).glob("*.py"))
        if path.stem != "__init__"
    }


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [("services", "congress.cli"), ("adapters", "congress.services"), ("adapters", "congress.cli")],
)
def test_layer_does_not_import_the_layer_above(layer: str, forbidden: str) -> None:
    bad = {
        module: sorted(name for name in names if _within(name, forbidden))
        for module, names in _module_imports(layer).items()
    }
    assert not {m: names for m, names in bad.items() if names}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle of `graph` (each node's successors), as the path round it, or None."""
    done: set[str] = set()
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        if node in path:
            return [*path[path.index(node) :], node]
        if node in done:
            return None
        path.append(node)
        for successor in sorted(graph.get(node, set())):
            found = visit(successor)
            if found:
                return found
        path.pop()
        done.add(node)
        return None

    for node in sorted(graph):
        found = visit(node)
        if found:
            return found
    return None


def test_cycle_finder() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def test_services_import_each_other_as_a_tree() -> None:
    """No use-case module reaches back to one that needs it, not even inside a function."""
    imports = _module_imports("services")
    graph = {
        module: {name for name in names if name in imports and name != module}
        for module, names in imports.items()
    }
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


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
