"""One ward's folder (spec §2): the only place that knows its file names and how each is read.

`ward.yaml` is read once per `FileWardFolder`; every other input (the lists it names, the drafts,
the congress script, the tally and its second entry) is loaded through a method, so a use case
never builds a path itself. `congress.services.ports.WardFolder` is what the use cases rely on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from congress.adapters import limits
from congress.adapters.files import confined
from congress.adapters.people_reader import read_people
from congress.adapters.rulebook_files import load_rulebook, resolve_ruleset
from congress.adapters.tally_files import load_tally, people_files
from congress.adapters.yaml_files import Tree, load_model, read_yaml, validation_error
from congress.core.drafts import CongressFile, DraftsFile
from congress.core.people import PeopleList
from congress.core.ruleset import RuleBook
from congress.core.tally import TallyFile
from congress.core.ward import WardFile
from congress.errors import ConfigError, InputError, Problem
from congress.i18n import t

WARD_FILE = "ward.yaml"
DRAFTS_FILE = "drafts.yaml"
CONGRESS_FILE = "congress.yaml"
TALLY_FILE = "tally.yaml"
SECOND_ENTRY_FILE = "tally-ban-2.yaml"  # the second, independent entry of the same count
PROPOSED_FILE = "du-kien-uy-ban-khoa-moi.xlsx"  # the lists `congress init` starts a ward with
PREVIOUS_FILE = "uy-ban-khoa-truoc.xlsx"

M = TypeVar("M", bound=BaseModel)
_TIMELINE: TypeAdapter[dict[str, date | None]] = TypeAdapter(dict[str, date | None])


@dataclass
class FileWardFolder:
    """A ward folder on disk: `wards/<slug>/` of a workspace, or any folder with a ward.yaml."""

    slug: str
    path: Path
    root: Path | None = None  # the workspace's root; None for a folder checked on its own
    _read: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def at(cls, path: Path) -> FileWardFolder:
        """The folder at `path`, which must hold a ward.yaml (`personnel check FOLDER`)."""
        if not path.is_dir() or not (path / WARD_FILE).is_file():
            raise InputError(Problem("file.not_a_folder", {"expected": WARD_FILE}, file=str(path)))
        above = path.resolve().parent  # `wards/` of a workspace (spec §2), when it is one
        root = (
            above.parent
            if above.name == "wards" and (above.parent / "unit.yaml").is_file()
            else None
        )
        return cls(path.name, path, root)

    @property
    def facts_source(self) -> str:
        """The file the ward's facts come from, as messages name it."""
        return str(self.path / WARD_FILE)

    def _once(self, key: str, read: Any) -> Any:
        if key not in self._read:
            self._read[key] = read()
        return self._read[key]

    def _raw(self) -> tuple[Any, Tree]:
        return self._once("raw", lambda: read_yaml(self.path / WARD_FILE))  # type: ignore[no-any-return]

    def ward(self) -> WardFile:
        """`ward.yaml`, validated; a wrong key is a ConfigError naming its line."""

        def validate() -> WardFile:
            data, node = self._raw()
            try:
                return WardFile.model_validate(data)
            except ValidationError as exc:
                raise validation_error(exc, self.path / WARD_FILE, node, WardFile) from exc

        return self._once("ward", validate)  # type: ignore[no-any-return]

    def name(self) -> str:
        """The ward's name, even while the rest of ward.yaml is unfilled (the slug if unreadable)."""
        try:
            data, _ = self._raw()
        except InputError:
            return self.slug
        return str(data.get("ward") or self.slug)

    def timeline(self) -> dict[str, date | None]:
        """The ward's own deadlines (``timeline:``), whatever the state of the rest of ward.yaml."""
        data, _ = self._raw()
        try:
            return _TIMELINE.validate_python(data.get("timeline") or {})
        except ValidationError as exc:
            params = {"key": "timeline", "reason": t("config.date")}
            raise ConfigError(Problem("config.key", params, self.facts_source)) from exc

    @property
    def roots(self) -> list[Path]:
        """Where a file ward.yaml or tally.yaml names may be: the ward's folder, the workspace."""
        return [self.path] if self.root is None else [self.path, self.root]

    def named(self, name: str, key: str, source: str = WARD_FILE) -> Path:
        """The file `name` that key `key` of `source` names, confined to `roots`."""
        limits.check_name(name, source=self.path / source, key=key)
        return confined(self.path, name, self.roots, source=self.path / source, key=key)

    def proposed(self) -> PeopleList:
        """The proposed new committee, from the list ward.yaml names."""
        return read_people(self.named(self.ward().lists.proposed, "lists.proposed"), "proposed")

    def previous(self) -> PeopleList | None:
        """The outgoing committee; None when ward.yaml names no such list."""
        previous = self.ward().lists.previous
        if not previous:
            return None
        return read_people(self.named(previous, "lists.previous"), "previous")

    def _optional(self, name: str, model: type[M]) -> M:
        """The YAML file `name` read into `model`, or the empty model when there is no file."""
        path = self.path / name
        return load_model(path, model) if path.is_file() else model()

    def drafts(self) -> DraftsFile:
        return self._optional(DRAFTS_FILE, DraftsFile)

    def congress(self) -> CongressFile:
        return self._optional(CONGRESS_FILE, CongressFile)

    def has_tally(self) -> bool:
        return (self.path / TALLY_FILE).is_file()

    def tally(self) -> TallyFile:
        """`tally.yaml` with its candidate tables; says what to do when there is none yet."""
        path = self.path / TALLY_FILE
        if not path.is_file():
            raise InputError(Problem("tally.missing", {"file": TALLY_FILE}, file=str(path)))
        return self._once("tally", lambda: load_tally(path, self.roots))  # type: ignore[no-any-return]

    def second_tally(self) -> TallyFile | None:
        """The second, independent entry of the count, when there is one."""
        path = self.path / SECOND_ENTRY_FILE
        if not path.is_file():
            if path.exists():  # a folder of that name must not silently skip the second entry
                params = {"name": SECOND_ENTRY_FILE}
                raise InputError(Problem("limit.not_a_file", params, file=str(path)))
            return None
        return self._once("second", lambda: load_tally(path, self.roots))  # type: ignore[no-any-return]

    def ruleset(self, default: str) -> str:
        return self.ward().ruleset or default

    def rulebook(self, default: str) -> RuleBook:
        """The ruleset ward.yaml names (a path there is relative to the folder), or `default`."""
        return load_rulebook(self.ruleset(default), self.path, self._ruleset_roots)

    def inputs(
        self, check: Literal["personnel", "drafts", "tally", "first_meeting"], default: str
    ) -> list[Path]:
        """The files a check's findings were computed from (for the hash of a decision)."""
        files = [self.path / WARD_FILE]
        if check == "personnel":
            lists = self.ward().lists
            named = (("lists.proposed", lists.proposed), ("lists.previous", lists.previous))
            files += [self.named(name, key) for key, name in named if name]
        elif check == "drafts":
            files += [self.path / DRAFTS_FILE, self.path / CONGRESS_FILE]
        else:  # the count, and the first meeting within it
            tally_path, second_path = self.path / TALLY_FILE, self.path / SECOND_ENTRY_FILE
            files += [tally_path, *people_files(tally_path, self.tally())]
            second = self.second_tally()
            if second is not None:
                files += [second_path, *people_files(second_path, second)]
        return [*files, resolve_ruleset(self.ruleset(default), self.path, self._ruleset_roots)]

    @property
    def _ruleset_roots(self) -> tuple[Path, ...] | None:
        """Where a ruleset ward.yaml names may be: in a workspace, inside it (or bundled); a
        folder checked on its own names its ruleset as the officer typed it."""
        return None if self.root is None else (self.path, self.root)
