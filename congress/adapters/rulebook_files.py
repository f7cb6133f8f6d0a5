"""Load a ruleset (bundled by name, or a file) with the rule catalogue into a validated RuleBook."""

from __future__ import annotations

import os
from collections.abc import Collection
from functools import cache, lru_cache
from importlib import import_module
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from congress.adapters import limits
from congress.adapters.yaml_files import (
    Layer,
    Tree,
    definition_error,
    line_of,
    read_yaml,
    validation_error,
)
from congress.core.rule_index import SECTIONS, rule_ids
from congress.core.ruleset import (
    DefinitionError,
    ParamsInvalid,
    RuleBook,
    RuleDef,
    Ruleset,
    RuleTexts,
    build_rulebook,
    check_texts,
)
from congress.errors import ConfigError, Problem
from congress.i18n import t
from congress.resources import bundled_rulesets, workflows_dir

CATALOGUE_FILE = "rules.yaml"
RULESET_FILE = "ruleset.yaml"


def known_rules(sections: Collection[str] | None = None) -> dict[str, RuleDef[Any, Any]]:
    """Every rule the code knows, by id (personnel, draft, script, vote-counting, first-meeting
    and cross-fact rules), or those of `sections` only (`congress.core.rule_index`).

    Their modules (and the models of the drafts and the count they read) are loaded here, when a
    ruleset is validated, not by every command that imports this module for a rule's title."""
    registry: dict[str, RuleDef[Any, Any]] = {}
    for section, (module, name, _) in SECTIONS.items():
        if sections is None or section in sections:
            registry.update(getattr(import_module(module), name))
    return registry


def _find_ruleset(name: str, base: Path | None) -> Path | None:
    """The file of a ruleset named `name` (a bundled name, or a path relative to `base`)."""
    if name.endswith((".yaml", ".yml")) or "/" in name or "\\" in name:
        path = Path(name)
        # normpath: messages say `b/ruleset.yaml`, not `a/../b/ruleset.yaml`.
        return path if path.is_absolute() or base is None else Path(os.path.normpath(base / path))
    bundled = workflows_dir() / name / RULESET_FILE
    return bundled if bundled.is_file() else None


def _unknown_ruleset(name: str) -> dict[str, str]:
    return {"name": name, "allowed": ", ".join(bundled_rulesets())}


def resolve_ruleset(
    name: str, base: Path | None = None, roots: tuple[Path, ...] | None = None
) -> Path:
    """A ruleset given as a bundled name (``ward-2024-2029``) or as a path (relative to `base`).

    With a `base` the name comes from the ``ruleset:`` key of a file there (ward.yaml), so an
    unknown name is reported against that key; without one it was typed on the command line.
    With `roots` (the ward's folder and workspace) the file must lie inside them or be bundled.
    """
    path = _find_ruleset(name, base)
    if path is not None and roots is not None:
        limits.check_name(name, source=base or path, key="ruleset")
        source = base / "ward.yaml" if base is not None else path
        return limits.confine_definition(path, roots, source=source, key="ruleset")
    if path is not None:
        return path
    if base is None:
        raise ConfigError(Problem("config.unknown_ruleset", _unknown_ruleset(name)))
    reason = t("config.unknown_ruleset", None, **_unknown_ruleset(name))
    raise ConfigError(Problem("config.key", {"key": "ruleset", "reason": reason}, file=str(base)))


def _merge(parent: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    """Child keys override the parent's; mappings merge key by key, lists are replaced."""
    merged = dict(parent)
    for key, value in child.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _label(path: Path) -> str:
    """A ruleset as the loop message names it: its folder (bundled layout) or its file name."""
    return path.parent.name if path.name == RULESET_FILE else path.name


def _raw_ruleset(
    path: Path, chain: tuple[Path, ...] = (), roots: tuple[Path, ...] | None = None
) -> tuple[dict[str, Any], list[Layer]]:
    """The ruleset at `path` merged over those it extends, and their files (itself first);
    with `roots`, each file it extends lies inside them or is bundled."""
    data, node = read_yaml(path)
    parent_name = data.get("extends")
    if not parent_name:
        return dict(data), [(path, node)]

    def at_extends(key: str, **params: object) -> ConfigError:
        reason = t(key, None, **params)
        return ConfigError(
            Problem(
                "config.key",
                {"key": "extends", "reason": reason},
                file=str(path),
                row=line_of(node, ("extends",)),
            )
        )

    parent_path = _find_ruleset(str(parent_name), path.parent)
    if parent_path is None:
        raise at_extends("config.unknown_ruleset", **_unknown_ruleset(str(parent_name)))
    if roots is not None:
        row = line_of(node, ("extends",))
        limits.confine_definition(parent_path, roots, source=path, key="extends", row=row)
    # Compare resolved paths: `../b/ruleset.yaml` and `b/ruleset.yaml` are the same file.
    here = (*chain, path.resolve())
    if parent_path.resolve() in here:
        loop = " → ".join(_label(p) for p in (*here, parent_path.resolve()))
        raise at_extends("config.extends_loop", chain=loop)
    parent, layers = _raw_ruleset(parent_path, here, roots)
    for key in ("id", "version", "title", "term"):
        parent.pop(key, None)
    return _merge(parent, data), [(path, node), *layers]


def _catalogue_word(key: str, lang: str) -> str:
    """A word of the message catalogue, for the figures the rules name (their denominators)."""
    return t(key, lang)


@cache
def _catalogue(path: Path) -> tuple[dict[str, RuleTexts], Tree]:
    """The rule texts by rule id, and the file's node tree (for the line of a later error)."""
    data, node = read_yaml(path)
    result: dict[str, RuleTexts] = {}
    for rule_id, texts in data.items():
        try:
            result[rule_id] = RuleTexts.model_validate(texts)
        except ValidationError as exc:
            raise validation_error(exc, path, node, RuleTexts, (rule_id,)) from exc
    return result, node


def rule_titles(lang: str) -> dict[str, str]:
    """Each rule's short title («Tỷ lệ tái cử»), for the lines that name a rule to a person."""
    catalogue, _ = _catalogue(workflows_dir() / CATALOGUE_FILE)
    return {rule: texts.title.get(lang) or texts.title["vi"] for rule, texts in catalogue.items()}


# a ruleset's file as `_load_rulebook` keys it: resolved, its mtime, the roots it is confined to
Located = tuple[Path, int, "tuple[Path, ...] | None"]


def load_rulebook(
    name_or_path: str,
    base: Path | None = None,
    roots: tuple[Path, ...] | None = None,
    sections: Collection[str] | None = None,
    *,
    located: Located | None = None,
) -> RuleBook:
    """The validated ruleset `name_or_path` with the bundled catalogue; ConfigError if wrong.

    With `sections` (`congress.core.rule_index`) only those rules' parameters and texts are
    checked and parsed (a rule id no section knows is still an error): a command that evaluates
    the personnel rules does not load the drafts' and the count's. Read once per process while
    the file is unchanged (a district run loads it for every ward); `located`: the file as
    `locate_ruleset` found it for these arguments (a ward's folder finds it once).
    """
    resolved, stamp, roots = located or locate_ruleset(name_or_path, base, roots)
    chosen = None if sections is None else tuple(sorted(sections))
    return _load_rulebook(resolved, stamp, roots, chosen)


def locate_ruleset(
    name_or_path: str, base: Path | None = None, roots: tuple[Path, ...] | None = None
) -> Located:
    """The ruleset's file (`resolve_ruleset`, ConfigError if wrong), resolved, with its mtime
    and the roots what it extends is confined to."""
    path = resolve_ruleset(name_or_path, base, roots)
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        stamp = 0
    resolved = path.resolve() if path.exists() else path
    if roots is not None and resolved.is_relative_to(workflows_dir().resolve()):
        # a bundled ruleset extends bundled ones only (checked against no other root): loaded
        # once for every ward of a district, not once per ward (its roots are the ward's own)
        roots = ()
    return resolved, stamp, roots


@lru_cache(maxsize=32)  # bounded: a district of wards each with its own ruleset file
def _parsed_ruleset(
    path: Path, _stamp: int, roots: tuple[Path, ...] | None
) -> tuple[Ruleset, list[Layer]]:
    """The ruleset file merged over those it extends and validated, with its files; read once
    for all the sections the checks of a ward parse (`_load_rulebook`)."""
    data, layers = _raw_ruleset(path, (), roots)
    (_, node), parents = layers[0], layers[1:]
    try:
        return Ruleset.model_validate(data), layers
    except ValidationError as exc:
        raise validation_error(exc, path, node, Ruleset, parents=parents) from exc


@cache
def _checked_texts(path: Path, sections: tuple[str, ...] | None) -> None:
    """The bundled catalogue checked against the rules of `sections`, once per process (it
    depends on neither the ward nor its ruleset: a district run checked it for every ward)."""
    check_texts(_catalogue(path)[0], known_rules(sections))


@lru_cache(maxsize=32)
def _load_rulebook(
    path: Path,
    _stamp: int,
    roots: tuple[Path, ...] | None = None,
    sections: tuple[str, ...] | None = None,
) -> RuleBook:
    ruleset, layers = _parsed_ruleset(path, _stamp, roots)
    (_, node), parents = layers[0], layers[1:]
    catalogue_path = workflows_dir() / CATALOGUE_FILE
    catalogue, catalogue_node = _catalogue(catalogue_path)
    try:
        registry = known_rules(sections)
        book = build_rulebook(
            ruleset, catalogue, registry, _catalogue_word, known=rule_ids(), texts_checked=True
        )
        _checked_texts(catalogue_path, sections)
        return book
    except DefinitionError as exc:
        if exc.loc and exc.loc[0] == "rules":
            raise definition_error(exc, path, node, parents=parents) from exc
        raise definition_error(exc, catalogue_path, catalogue_node) from exc
    except ParamsInvalid as exc:
        prefix = ("rules", exc.rule_id, "params")
        raise validation_error(exc.error, path, node, exc.model, prefix, parents=parents) from exc
