"""A workspace folder (spec §2): find it, read its unit file and workflow, list and find its wards."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from congress.adapters import limits
from congress.adapters.files import inside_workspace
from congress.adapters.ward_folder import WARD_FILE, FileWardFolder
from congress.adapters.yaml_files import (
    definition_error,
    line_of,
    load_model,
    read_yaml,
    validation_error,
)
from congress.core.doc_specs import DOCUMENTS
from congress.core.ruleset import DefinitionError
from congress.core.text import clean, strip_diacritics
from congress.core.unit import UnitFile
from congress.core.workflow import WorkflowDefinition, validate_definition
from congress.errors import ConfigError, InputError, Problem
from congress.resources import workflows_dir

UNIT_FILE = "unit.yaml"
WARDS_DIR = "wards"
OUT_DIR = "out"
# The officer's Word drafts in a ward's folder (``wards/<ward>/van-kien/``): the political report,
# the review report and the action programme, as `congress docs draft` starts them.
DRAFTS_DIR = "van-kien"
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
        return state_db(self.root)

    @property
    def out(self) -> Path:
        """Where generated documents go (``out/<ward>/`` for a ward's): inside the workspace,
        symlinks followed, or an InputError before anything is written."""
        return inside_workspace(self.root, self.root / OUT_DIR)

    def ward_out(self, slug: str) -> Path:
        """``out/<ward>/``, checked like `out`."""
        return inside_workspace(self.root, self.out / slug)

    def ward_drafts(self, slug: str) -> Path:
        """``wards/<ward>/van-kien/``, checked like `out`; an InputError for an unknown ward."""
        folder = self.ward(slug).path / DRAFTS_DIR
        return inside_workspace(self.root, folder)

    def slug_of(self, ward: str) -> str:
        """The ward named `ward`: a folder name as it is, or a ward's name ("Ô Chợ Dừa"); an
        InputError naming the ward as typed (not its folder name) and listing the wards."""
        if ward in self.wards:
            return ward
        slug = slugify(ward)
        if slug not in self.wards:
            typed = clean(ward)  # as typed, without control characters (a terminal's escapes)
            raise InputError(
                Problem(
                    "ward.unknown_typed",
                    {"ward": typed, "slug": slug or "…", "allowed": ", ".join(self.wards) or "…"},
                )
            )
        return slug

    def ward(self, slug: str) -> FileWardFolder:
        """The folder of the ward `slug`; an InputError listing the wards if there is none."""
        if slug not in self.wards:
            raise InputError(
                Problem("ward.unknown", {"ward": slug, "allowed": ", ".join(self.wards)})
            )
        return FileWardFolder(slug, self.wards[slug], self.root)


def state_db(root: Path) -> Path:
    """The state database of the workspace at `root`."""
    return root / STATE_DIR / DB_FILE


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


class WorkflowNotFound(ConfigError):
    """The workflow named is neither a bundled one nor an existing file."""


def load_definition(
    name: str, known_checks: set[str], base: Path | None = None
) -> WorkflowDefinition:
    """A workflow by bundled name (``ward-2024-2029``, or ``ward-2024-2029@1`` for a version
    kept beside it as ``workflow.v1.yaml``) or by path (relative to `base`), validated."""
    version: int | None = None
    if "@" in name and not name.endswith((".yaml", ".yml")) and "/" not in name:
        name, _, wanted = name.partition("@")
        if not wanted.isdigit():
            raise WorkflowNotFound(
                Problem("workflow.bad_version", {"name": name, "version": wanted})
            )
        version = int(wanted)
    if name.endswith((".yaml", ".yml")) or "/" in name:
        path = Path(name) if base is None or Path(name).is_absolute() else base / name
        if base is not None:  # named by unit.yaml: inside the workspace, or bundled
            limits.check_name(name, source=base / UNIT_FILE, key="workflow")
            limits.confine_definition(path, (base,), source=base / UNIT_FILE, key="workflow")
        if not path.is_file():
            raise WorkflowNotFound(Problem("file.missing", file=str(path)))
    else:
        path = workflows_dir() / name / WORKFLOW_FILE
        if version is not None:
            older = workflows_dir() / name / f"workflow.v{version}.yaml"
            path = older if older.is_file() else path
        if not path.is_file():
            bundled = sorted(p.parent.name for p in workflows_dir().glob(f"*/{WORKFLOW_FILE}"))
            raise WorkflowNotFound(
                Problem("workflow.unknown", {"name": name, "allowed": ", ".join(bundled)})
            )
    data, node = read_yaml(path)
    try:
        definition = WorkflowDefinition.model_validate(data)
        validate_definition(definition, known_checks, DOCUMENTS)
    except ValidationError as exc:
        raise validation_error(exc, path, node, WorkflowDefinition) from exc
    except DefinitionError as exc:
        raise definition_error(exc, path, node) from exc
    if version is not None and definition.version != version:
        raise WorkflowNotFound(
            Problem(
                "workflow.no_such_version",
                {"name": name, "version": version, "current": definition.version},
            )
        )
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
    _, node = read_yaml(unit_path)
    try:
        definition = load_definition(unit.workflow, known_checks, root)
    except WorkflowNotFound as exc:
        # Said against the key that names it, so the officer knows which line to correct.
        reason = "\n".join(p.render() for p in exc.problems)
        raise ConfigError(
            Problem(
                "config.key",
                {"key": "workflow", "reason": reason},
                file=str(unit_path),
                row=line_of(node, ("workflow",)),
            )
        ) from exc
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
    named: list[tuple[tuple[str | int, ...], str]] = []
    if unit.pilot_ward is not None:
        named.append((("pilot_ward",), unit.pilot_ward))
    for g, group in enumerate(unit.working_groups):
        named += [(("working_groups", g, "wards", w), slug) for w, slug in enumerate(group.wards)]
    for loc, slug in named:
        if slug not in wards:
            error = DefinitionError(
                loc, "workspace.unknown_ward", ward=slug, allowed=", ".join(wards)
            )
            raise definition_error(error, unit_path, node)
    seen: set[str] = set()
    for index, lesson in enumerate(unit.lessons):
        if lesson.id in seen:
            error = DefinitionError(
                ("lessons", index, "id"), "workflow.duplicate_lesson", lesson=lesson.id
            )
            raise definition_error(error, unit_path, node)
        seen.add(lesson.id)
    return WorkspaceFiles(root, unit, definition, wards)
