"""Load a ruleset (bundled by name, or a file) with the rule catalogue into a validated RuleBook."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from congress.adapters.yaml_files import definition_error, read_yaml, validation_error
from congress.core.personnel import PERSONNEL_RULES
from congress.core.ruleset import (
    DefinitionError,
    ParamsInvalid,
    RuleBook,
    RuleDef,
    Ruleset,
    RuleTexts,
    build_rulebook,
)
from congress.errors import ConfigError, Problem
from congress.resources import bundled_rulesets, workflows_dir

CATALOGUE_FILE = "rules.yaml"
RULESET_FILE = "ruleset.yaml"


def known_rules() -> dict[str, RuleDef[Any, Any]]:
    """Every rule the code knows, by id (the personnel rules for now)."""
    return dict(PERSONNEL_RULES)


def resolve_ruleset(name: str, base: Path | None = None) -> Path:
    """A ruleset given as a bundled name (``ward-2024-2029``) or as a path (relative to `base`)."""
    if name.endswith((".yaml", ".yml")) or "/" in name or "\\" in name:
        path = Path(name)
        return path if path.is_absolute() or base is None else base / path
    bundled = workflows_dir() / name / RULESET_FILE
    if not bundled.is_file():
        raise ConfigError(
            Problem(
                "config.unknown_ruleset",
                {"name": name, "allowed": ", ".join(bundled_rulesets())},
                file=str(base) if base else None,
            )
        )
    return bundled


def _merge(parent: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    """Child keys override the parent's; mappings merge key by key, lists are replaced."""
    merged = dict(parent)
    for key, value in child.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _raw_ruleset(path: Path, chain: tuple[Path, ...] = ()) -> dict[str, Any]:
    if path in chain:
        chain_text = " → ".join(p.parent.name for p in (*chain, path))
        raise ConfigError(Problem("config.extends_loop", {"chain": chain_text}, file=str(path)))
    data, _ = read_yaml(path)
    parent_name = data.get("extends")
    if not parent_name:
        return dict(data)
    parent = _raw_ruleset(resolve_ruleset(str(parent_name), path.parent), (*chain, path))
    for key in ("id", "version", "title", "term"):
        parent.pop(key, None)
    return _merge(parent, data)


@cache
def _catalogue(path: Path) -> dict[str, RuleTexts]:
    data, node = read_yaml(path)
    result: dict[str, RuleTexts] = {}
    for rule_id, texts in data.items():
        try:
            result[rule_id] = RuleTexts.model_validate(texts)
        except ValidationError as exc:
            raise validation_error(exc, path, node, RuleTexts, (rule_id,)) from exc
    return result


def load_rulebook(name_or_path: str, base: Path | None = None) -> RuleBook:
    """The validated ruleset `name_or_path` with the bundled catalogue; ConfigError if wrong."""
    path = resolve_ruleset(name_or_path, base)
    data = _raw_ruleset(path)
    _, node = read_yaml(path)
    try:
        ruleset = Ruleset.model_validate(data)
    except ValidationError as exc:
        raise validation_error(exc, path, node, Ruleset) from exc
    catalogue_path = workflows_dir() / CATALOGUE_FILE
    catalogue = _catalogue(catalogue_path)
    try:
        return build_rulebook(ruleset, catalogue, known_rules())
    except DefinitionError as exc:
        target = path if exc.loc and exc.loc[0] == "rules" else catalogue_path
        raise definition_error(exc, target, node if target == path else None) from exc
    except ParamsInvalid as exc:
        prefix = ("rules", exc.rule_id, "params")
        raise validation_error(exc.error, path, node, exc.model, prefix) from exc
