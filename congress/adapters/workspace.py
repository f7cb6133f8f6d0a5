"""A workspace folder (spec §2): find it, read its unit file and workflow, list its wards."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from congress.adapters.yaml_files import definition_error, load_model, read_yaml, validation_error
from congress.core.ruleset import DefinitionError
from congress.core.text import strip_diacritics
from congress.core.unit import UnitFile
from congress.core.workflow import WorkflowDefinition, validate_definition
from congress.errors import ConfigError, InputError, Problem
from congress.resources import workflows_dir

UNIT_FILE = "unit.yaml"
WARD_FILE = "ward.yaml"
WARDS_DIR = "wards"
OUT_DIR = "out"
STATE_DIR = ".congress"
DB_FILE = "state.db"
WORKFLOW_FILE = "workflow.yaml"


@dataclass(frozen=True)
class WorkspaceFiles:
    """The files of a workspace, read and validated."""

    root: Path
    unit: UnitFile
    definition: WorkflowDefinition
    wards: dict[str, Path]

    @property
    def db_path(self) -> Path:
        return self.root / STATE_DIR / DB_FILE


def slugify(name: str) -> str:
    """A folder name for a ward: "Ô Chợ Dừa" -> "o-cho-dua"."""
    plain = strip_diacritics(name).lower()
    return "-".join("".join(c if c.isalnum() else " " for c in plain).split())


def locate(start: Path) -> Path:
    """The workspace holding `start`: the folder itself or the nearest parent with a unit file."""
    here = start.resolve()
    for folder in (here, *here.parents):
        if (folder / UNIT_FILE).is_file():
            return folder
    raise InputError(Problem("workspace.not_found", {"unit": UNIT_FILE}, file=str(start)))


def load_definition(
    name: str, known_checks: set[str], base: Path | None = None
) -> WorkflowDefinition:
    """A workflow by bundled name (``ward-2024-2029``) or by path, validated."""
    if name.endswith((".yaml", ".yml")) or "/" in name:
        path = Path(name) if base is None or Path(name).is_absolute() else base / name
    else:
        path = workflows_dir() / name / WORKFLOW_FILE
        if not path.is_file():
            bundled = sorted(p.parent.name for p in workflows_dir().glob(f"*/{WORKFLOW_FILE}"))
            raise ConfigError(
                Problem(
                    "workflow.unknown",
                    {"name": name, "allowed": ", ".join(bundled)},
                    file=str(base / UNIT_FILE) if base else None,
                )
            )
    data, node = read_yaml(path)
    try:
        definition = WorkflowDefinition.model_validate(data)
        validate_definition(definition, known_checks)
    except ValidationError as exc:
        raise validation_error(exc, path, node, WorkflowDefinition) from exc
    except DefinitionError as exc:
        raise definition_error(exc, path, node) from exc
    return definition


def ward_folders(root: Path) -> dict[str, Path]:
    """Every ward folder (one holding a ward.yaml) under ``wards/``, by slug."""
    folder = root / WARDS_DIR
    if not folder.is_dir():
        return {}
    return {p.parent.name: p.parent for p in sorted(folder.glob(f"*/{WARD_FILE}"))}


def read_workspace(start: Path, known_checks: set[str]) -> WorkspaceFiles:
    """Locate and read a workspace; a wrong key in its files is a ConfigError with the line."""
    root = locate(start)
    unit_path = root / UNIT_FILE
    unit = load_model(unit_path, UnitFile)
    definition = load_definition(unit.workflow, known_checks, root)
    _, node = read_yaml(unit_path)
    stages = [s.id for s in definition.stages]
    for key in unit.timeline:
        if key not in stages:
            raise definition_error(
                DefinitionError(
                    ("timeline", key),
                    "workflow.unknown_stage",
                    stage=key,
                    allowed=", ".join(stages),
                ),
                unit_path,
                node,
            )
    wards = ward_folders(root)
    if unit.pilot_ward is not None and unit.pilot_ward not in wards:
        raise definition_error(
            DefinitionError(
                ("pilot_ward",),
                "workspace.unknown_ward",
                ward=unit.pilot_ward,
                allowed=", ".join(wards),
            ),
            unit_path,
            node,
        )
    return WorkspaceFiles(root, unit, definition, wards)
