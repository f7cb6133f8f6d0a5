"""YAML files (ruleset, rule catalogue, ward file): read, validate, and say precisely what is wrong."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from yaml.constructor import SafeConstructor

from congress.adapters import limits
from congress.adapters.yaml_build import build
from congress.core.ruleset import DefinitionError
from congress.core.text import strip_bidi
from congress.errors import ConfigError, InputError, Problem
from congress.i18n import t

M = TypeVar("M", bound=BaseModel)


class Tree:
    """A YAML file's node tree, composed only when an error needs a line number.

    Reading goes through libyaml when it is there; the pure-Python composer that keeps the
    positions of keys runs only on the error path, so a correct file is parsed once, fast.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._root: yaml.Node | None = None
        self._done = False

    @property
    def root(self) -> yaml.Node | None:
        if not self._done:
            self._root, self._done = yaml.compose(self.text, Loader=_Loader), True
        return self._root


Node = Tree | yaml.Node | None
Layer = tuple[Path, Node]


MAX_DIGITS = 18  # a count, a sum of money in đồng, a 12-digit identity number all fit


class _NumberError(yaml.constructor.ConstructorError):
    """A number no congress file holds: too many digits, or not finite."""

    def __init__(self, key: str, node: yaml.Node, **params: object) -> None:
        super().__init__(None, None, key, node.start_mark)
        self.key = key
        value = str(node.value)
        self.params: dict[str, object] = {"value": value[:20] + ("…" if len(value) > 20 else "")}
        self.params.update(params)


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps an impossible date (``2024-02-30``) as text instead of raising.

    PyYAML turns anything shaped like a date into one and raises a bare ValueError when the day
    does not exist; kept as text, the model reports it as a wrong date on the key's line.
    """

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        try:
            return SafeConstructor.construct_yaml_timestamp(self, node)
        except ValueError:
            return self.construct_scalar(node)

    def construct_yaml_str(self, node: yaml.ScalarNode) -> Any:
        """Text without bidirectional controls (U+202E shows «Bình» stored as «hnìB»)."""
        return strip_bidi(SafeConstructor.construct_yaml_str(self, node))

    def construct_yaml_int(self, node: yaml.ScalarNode) -> Any:
        """An integer of more than MAX_DIGITS digits is a mistake (and past 4,300 digits Python
        refuses to read it, with a bare ValueError)."""
        digits = sum(ch.isdigit() for ch in str(node.value))
        if digits > MAX_DIGITS:
            raise _NumberError("limit.number_too_large", node, digits=MAX_DIGITS)
        return SafeConstructor.construct_yaml_int(self, node)

    def construct_yaml_float(self, node: yaml.ScalarNode) -> Any:
        """``.nan`` and ``.inf`` are no figure of a congress; nor is 1e999."""
        value = SafeConstructor.construct_yaml_float(self, node)
        if not math.isfinite(value):
            raise _NumberError("limit.number_not_finite", node)
        if sum(ch.isdigit() for ch in str(node.value)) > MAX_DIGITS or abs(value) >= 10**MAX_DIGITS:
            raise _NumberError("limit.number_too_large", node, digits=MAX_DIGITS)
        return value

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        """Refuse a key written twice in one mapping (YAML would silently keep the last)."""
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key «{key}»", key_node.start_mark
                )
            seen.add(key)
        return SafeConstructor.construct_mapping(self, node, deep=deep)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)
_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)
_Loader.add_constructor("tag:yaml.org,2002:str", _Loader.construct_yaml_str)
_Loader.add_constructor("tag:yaml.org,2002:float", _Loader.construct_yaml_float)

if getattr(yaml, "__with_libyaml__", False):

    class _FastLoader(yaml.CSafeLoader):
        """libyaml's parser with the same constructors as `_Loader`."""

        construct_yaml_timestamp = _Loader.construct_yaml_timestamp
        construct_mapping = _Loader.construct_mapping
        construct_yaml_int = _Loader.construct_yaml_int
        construct_yaml_str = _Loader.construct_yaml_str
        construct_yaml_float = _Loader.construct_yaml_float

        def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
            """`Resolver.resolve` without its per-call list building (no path resolvers here);
            a short plain scalar's tag is remembered (the same keys recur in every file)."""
            if kind is not _SCALAR:
                return super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]
            if not implicit[0]:
                return _STR_TAG
            tag = _PLAIN.get(value)
            if tag is None:
                tag = _STR_TAG
                for candidate, regexp in _IMPLICIT.get(value[:1], _WILDCARD):
                    if regexp.match(value):
                        tag = candidate
                        break
                if len(value) <= 40 and len(_PLAIN) < 8192:
                    _PLAIN[value] = tag
            return tag

        def get_single_data(self) -> Any:
            """The document, built by one walk of its nodes (`yaml_build`)."""
            node = self.get_single_node()
            return None if node is None else build(self, node)

    _FastLoader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)
    _FastLoader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)
    _FastLoader.add_constructor("tag:yaml.org,2002:str", _Loader.construct_yaml_str)
    _FastLoader.add_constructor("tag:yaml.org,2002:float", _Loader.construct_yaml_float)
    _WILDCARD = tuple(_FastLoader.yaml_implicit_resolvers.get(None, []))
    _IMPLICIT = {
        first: tuple(resolvers) + _WILDCARD
        for first, resolvers in _FastLoader.yaml_implicit_resolvers.items()
        if first is not None
    }
    _SCALAR = yaml.ScalarNode
    _STR_TAG = _FastLoader.DEFAULT_SCALAR_TAG
    _PLAIN: dict[str, str] = {}  # a plain scalar's resolved tag, by its text
    _DATA_LOADER: type = _FastLoader
else:  # pragma: no cover - PyYAML built without libyaml
    _DATA_LOADER = _Loader


def read_yaml(path: Path) -> tuple[Any, Tree]:
    """The document and its node tree (for line numbers). Missing file or bad syntax: exit 2."""
    limits.check_size(path, limits.YAML_MAX_BYTES, "limit.kind_yaml", ConfigError)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise InputError(Problem("file.missing", file=str(path))) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(Problem("file.unreadable", {"reason": exc}, file=str(path))) from exc
    limits.check_yaml_text(text, path, ConfigError)
    try:
        data = yaml.load(text, Loader=_DATA_LOADER)
        node = Tree(text)
    except _NumberError as exc:
        mark = exc.problem_mark
        row = mark.line + 1 if mark else None
        raise ConfigError(Problem(exc.key, exc.params, file=str(path), row=row)) from exc
    except yaml.reader.ReaderError as exc:
        at = text.find(chr(exc.character)) if isinstance(exc.character, int) else -1
        line = text.count("\n", 0, at if at >= 0 else exc.position) + 1
        raise ConfigError(
            Problem(
                "yaml.bad_character", {"code": f"U+{exc.character:04X}"}, file=str(path), row=line
            )
        ) from exc
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


def _find(tree: Node, loc: tuple[str | int, ...]) -> tuple[int, int | None]:
    """How many leading parts of `loc` the tree holds, and the line (1-based) of the last of them."""
    node = tree.root if isinstance(tree, Tree) else tree
    depth, line = 0, None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == str(part):
                    line, node = key.start_mark.line + 1, value
                    break
            else:
                break
        elif (
            isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value)
        ):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
        depth += 1
    return depth, line


def line_of(node: Node, loc: tuple[str | int, ...]) -> int | None:
    """The line (1-based) of the key at `loc` in a composed YAML tree, or of its nearest parent."""
    return _find(node, loc)[1]


def locate(layers: Sequence[Layer], loc: tuple[str | int, ...]) -> tuple[Path, int | None]:
    """The file of `layers` that holds the most of `loc`, and the line there.

    `layers` is a file first, then the files it extends (nearest first); on a tie the earlier file
    wins, as its keys override the others'. So a mistake inherited from a parent ruleset is shown in
    the parent, where it can be fixed.
    """
    best: tuple[Path, int | None] = (layers[0][0], None)
    best_depth = -1
    for path, node in layers:
        depth, line = _find(node, loc)
        if depth > best_depth:
            best, best_depth = (path, line), depth
    return best


def _reason(error: Mapping[str, Any], model: type[BaseModel] | None) -> tuple[str, dict[str, Any]]:
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "extra_forbidden":
        allowed = _allowed_keys(model, error["loc"][:-1])
        return "config.extra", {"allowed": ", ".join(allowed) if allowed else "—"}
    if kind == "missing":
        return "config.missing", {}
    if kind == "catalogue":  # a model's own check, worded in the message catalogue
        params = {k: v for k, v in ctx.items() if k != "key"}
        return str(ctx["key"]), params
    if kind in ("literal_error", "enum"):
        expected = str(ctx.get("expected", ""))
        choices = re.findall(r"'([^']*)'", expected)
        return "config.choice", {"allowed": ", ".join(choices) if choices else expected}
    if kind.startswith("bool_"):
        return "config.choice", {"allowed": "true, false"}
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return "yaml.not_mapping", {}
    if kind == "greater_than_equal":
        return "config.min", {"min": ctx.get("ge", "")}
    if kind == "less_than_equal":
        return "limit.number_max", {"max": ctx.get("le", "")}
    if kind == "int_type" and isinstance(error.get("input"), bool):
        return "limit.not_a_bool_number", {}
    if kind.startswith("int_"):
        return "config.int", {}
    if kind == "string_type":
        return "config.text", {}
    if kind in ("list_type", "tuple_type", "set_type"):
        return "config.list", {}
    if kind.startswith("date_"):
        return "config.date", {}
    if kind == "value_error" and "percent" in error.get("msg", ""):
        return "config.percent", {}
    if kind == "value_error" and "share" in error.get("msg", ""):
        return "config.share", {}
    if kind == "value_error" and "not a number" in error.get("msg", ""):
        return "limit.not_a_number", {}
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
    node: Node,
    model: type[BaseModel] | None,
    prefix: tuple[str | int, ...] = (),
    *,
    parents: Sequence[Layer] = (),
) -> ConfigError:
    """A pydantic error, translated: which key of which file, on which line, and what to do.

    `parents` are the files `path` extends (nearest first), when the data was merged from them.
    """
    problems = []
    for error in exc.errors():
        loc = prefix + tuple(error["loc"])
        key, params = _reason(error, model)
        # A missing key is not in any file: point at the mapping that should hold it.
        where = loc[:-1] if error.get("type") == "missing" else loc
        file, row = locate([(path, node), *parents], where)
        problems.append(
            Problem(
                "config.key",
                {"key": ".".join(map(str, loc)), "reason": _render(key, params)},
                file=str(file),
                row=row,
            )
        )
    return ConfigError(*problems)


def definition_error(
    exc: DefinitionError,
    path: Path,
    node: Node,
    *,
    parents: Sequence[Layer] = (),
) -> ConfigError:
    file, row = locate([(path, node), *parents], exc.loc)
    return ConfigError(
        Problem(
            "config.key",
            {"key": ".".join(map(str, exc.loc)), "reason": _render(exc.key, exc.params)},
            file=str(file),
            row=row,
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
