"""YAML files (ruleset, rule catalogue, ward file): read, validate, and say precisely what is wrong."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from congress.core.ruleset import DefinitionError
from congress.errors import ConfigError, InputError, Problem
from congress.i18n import t

M = TypeVar("M", bound=BaseModel)


def read_yaml(path: Path) -> tuple[Any, yaml.Node | None]:
    """The document and its node tree (for line numbers). Missing file or bad syntax: exit 2."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise InputError(Problem("file.missing", file=str(path))) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(Problem("file.unreadable", {"reason": exc}, file=str(path))) from exc
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        reason = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(
            Problem(
                "yaml.syntax",
                {"reason": reason},
                file=str(path),
                row=mark.line + 1 if mark else None,
                column=str(mark.column + 1) if mark else None,
            )
        ) from exc
    if not isinstance(data, dict):
        raise ConfigError(Problem("yaml.not_mapping", file=str(path)))
    return data, node


def line_of(node: yaml.Node | None, loc: tuple[str | int, ...]) -> int | None:
    """The line (1-based) of the key at `loc` in a composed YAML tree, or of its nearest parent."""
    line = None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == str(part):
                    line, node = key.start_mark.line + 1, value
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                return line
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def _reason(error: Mapping[str, Any], model: type[BaseModel] | None) -> tuple[str, dict[str, Any]]:
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "extra_forbidden":
        allowed = _allowed_keys(model, error["loc"][:-1])
        return "config.extra", {"allowed": ", ".join(allowed) if allowed else "—"}
    if kind == "missing":
        return "config.missing", {}
    if kind in ("literal_error", "enum"):
        return "config.choice", {"allowed": ctx.get("expected", "")}
    if kind.startswith("int_") or kind == "greater_than_equal":
        return "config.int", {}
    if kind.startswith("date_"):
        return "config.date", {}
    if kind == "value_error" and "percent" in error.get("msg", ""):
        return "config.percent", {}
    return "config.invalid", {"reason": error.get("msg", kind)}


def _allowed_keys(model: type[BaseModel] | None, loc: tuple[Any, ...]) -> list[str]:
    """The field names of the model found at `loc` (best effort, for the 'valid keys' hint)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int) or current is None:
            continue
        fields = getattr(current, "model_fields", None)
        if not fields or part not in fields:
            return []
        current = _inner_model(fields[part].annotation)
    fields = getattr(current, "model_fields", None)
    return list(fields) if fields else []


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def validation_error(
    exc: ValidationError,
    path: Path,
    node: yaml.Node | None,
    model: type[BaseModel] | None,
    prefix: tuple[str | int, ...] = (),
) -> ConfigError:
    """A pydantic error, translated: which key of which file, on which line, and what to do."""
    problems = []
    for error in exc.errors():
        loc = prefix + tuple(error["loc"])
        key, params = _reason(error, model)
        problems.append(
            Problem(
                "config.key",
                {"key": ".".join(map(str, loc)), "reason": _render(key, params)},
                file=str(path),
                row=line_of(node, loc),
            )
        )
    return ConfigError(*problems)


def definition_error(exc: DefinitionError, path: Path, node: yaml.Node | None) -> ConfigError:
    return ConfigError(
        Problem(
            "config.key",
            {"key": ".".join(map(str, exc.loc)), "reason": _render(exc.key, exc.params)},
            file=str(path),
            row=line_of(node, exc.loc),
        )
    )


def _render(key: str, params: Mapping[str, Any]) -> str:
    return t(key, None, **params)


def load_model(path: Path, model: type[M]) -> M:
    """Read a YAML file into `model`, or raise a ConfigError naming the key and the line."""
    data, node = read_yaml(path)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise validation_error(exc, path, node, model) from exc
