"""One ward's folder (spec §2): the only place that knows its file names and how each is read.

`ward.yaml` is read once per `FileWardFolder`; every other input (the lists it names, the drafts,
the congress script, the tally and its second entry) is loaded through a method, so a use case
never builds a path itself; its `memo` keeps what the ward's checks computed for its documents.
`congress.services.ports.WardFolder` is what the use cases rely on.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from congress.adapters import limits
from congress.adapters.files import confined
from congress.adapters.yaml_files import Tree, load_model, read_yaml, validation_error
from congress.core.details_form import FORM_FILE as CONGRESS_FORM
from congress.core.memo import Memo
from congress.core.ward import Unit, WardFile
from congress.errors import ConfigError, InputError, Problem
from congress.i18n import t

if TYPE_CHECKING:
    from congress.adapters.sheet_read import Book
    from congress.adapters.ward_facts_form import WardFacts
    from congress.core.drafts import CongressFile, DraftsFile
    from congress.core.people import PeopleList
    from congress.core.ruleset import RuleBook
    from congress.core.tally import TallyFile
    from congress.core.word_doc import WordDoc

# The readers of the forms, the lists, the count and the Word drafts (calamine, the rules) are
# imported by the methods that read them: `ward status` reads only ward.yaml's timeline.

Source = Literal["congress", "tally", "second"]
WARD_FILE = "ward.yaml"
DRAFTS_FILE = "drafts.yaml"
CONGRESS_FILE = "congress.yaml"
TALLY_FILE = "tally.yaml"
SECOND_ENTRY_FILE = "tally-ban-2.yaml"  # the second, independent entry of the same count
PROPOSED_FILE = "du-kien-uy-ban-khoa-moi.xlsx"  # the lists `congress init` starts a ward with
PREVIOUS_FILE = "uy-ban-khoa-truoc.xlsx"

M = TypeVar("M", bound=BaseModel)
_DEFER = ConfigDict(defer_build=True)  # as congress.core.model: built when first used
_TIMELINE: TypeAdapter[dict[str, date | None]] = TypeAdapter(dict[str, date | None], config=_DEFER)
_WHAT = {
    "member_organisations": "ward_facts.member_organisations",
    "residential_areas": "ward_facts.residential_areas",
}
_UNITS: TypeAdapter[list[Unit]] = TypeAdapter(list[Unit], config=_DEFER)


def _tally_form() -> tuple[str, tuple[str, str]]:
    """The count's entry form: its file name and its two entry sheets (from its writer, which
    loads openpyxl: only the count's methods need them)."""
    from congress.adapters.tally_form import ENTRIES, FORM_FILE

    return FORM_FILE, ENTRIES


@dataclass
class FileWardFolder:
    """A ward folder on disk: `wards/<slug>/` of a workspace, or any folder with a ward.yaml."""

    slug: str
    path: Path
    root: Path | None = None  # the workspace's root; None for a folder checked on its own
    _read: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    # what the ward's checks computed, for its documents (`congress.services.ports.WardFolder`)
    memo: Memo = field(default_factory=Memo, repr=False, compare=False)

    @classmethod
    def at(cls, path: Path) -> FileWardFolder:
        """The folder at `path`, which must hold a ward.yaml (`personnel check FOLDER`)."""
        if not path.is_dir() or not (path / WARD_FILE).is_file():
            raise InputError(Problem("file.not_a_folder", {"expected": WARD_FILE}, file=str(path)))
        above = path.resolve().parent  # `wards/` of a workspace (spec §2), when it is one
        in_workspace = above.name == "wards" and (above.parent / "unit.yaml").is_file()
        return cls(path.name, path, above.parent if in_workspace else None)

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
            data = self._with_units(self._with_details(data))
            try:
                return WardFile.model_validate(data)
            except ValidationError as exc:
                raise validation_error(exc, self.path / WARD_FILE, node, WardFile) from exc

        return self._once("ward", validate)  # type: ignore[no-any-return]

    def draft_facts(self) -> WardFile:
        """`ward.yaml` for the drafts (`docs draft`): as `ward`, except that a committee size not
        filled in yet (``planned_size: null``, as `congress init` writes it) is taken as 1 — the
        drafts never show it, and the personnel check still refuses it."""
        data, node = self._raw()
        data = self._with_units(data)
        if isinstance(data, dict) and data.get("planned_size") is None:
            data = {**data, "planned_size": 1}
        try:
            return WardFile.model_validate(data)
        except ValidationError as exc:
            raise validation_error(exc, self.path / WARD_FILE, node, WardFile) from exc

    def _with_details(self, data: Any) -> Any:
        """ward.yaml's facts, each left empty there taken from the congress details (the form an
        officer fills: the day, the ordinal, the planned size)."""
        wanted = (
            ("congress_date", "date"),
            ("ordinal", "ordinal"),
            ("planned_size", "planned_size"),
        )
        if not isinstance(data, dict) or all(data.get(key) is not None for key, _ in wanted):
            return data
        try:
            details = self.congress() if self._details_source() is not None else None
        except InputError:
            return data  # the details' own check says what is wrong with them
        if details is None:
            return data
        filled = {key: getattr(details, field) for key, field in wanted if data.get(key) is None}
        return {**data, **{k: v for k, v in filled.items() if v is not None}}

    def _facts_form(self) -> WardFacts | None:
        """The organisations and areas of the details form, read once; None without a form."""
        from congress.adapters.ward_facts_form import read_ward_facts

        path = self.path / CONGRESS_FORM
        if not path.is_file():
            return None
        return self._once("facts", lambda: read_ward_facts(path, self._form_book()))  # type: ignore[no-any-return]

    def _form_book(self) -> Book:
        """The details form, opened once for both its readers."""
        from congress.adapters.form_book import open_book

        return self._once("book", lambda: open_book(self.path / CONGRESS_FORM))  # type: ignore[no-any-return]

    def _with_units(self, data: Any) -> Any:
        """ward.yaml's member organisations and residential areas, each list left empty there
        taken from the details form (its sheets «Tổ chức thành viên», «Khu dân cư»). Both given
        and different: refused, naming both files (the tool does not pick one) — unless the sheet
        is still as `init` wrote it (the usual organisations), which is no list filled in."""
        from congress.adapters.ward_facts_form import FACT_SHEETS, as_written_by_init, differences

        form = self._facts_form() if isinstance(data, dict) else None
        if form is None:
            return data
        filled = dict(data)
        for key, spec in FACT_SHEETS.items():
            given = form.get(key)
            if not given:
                continue
            if not data.get(key):
                filled[key] = [u.model_dump() for u in given]
                continue
            if as_written_by_init(key, given):
                continue
            try:
                ours = _UNITS.validate_python(
                    [{"name": x} if isinstance(x, str) else x for x in data[key]]
                )
            except (ValidationError, TypeError):
                continue  # ward.yaml's own check names what is wrong with its list
            if found := differences(ours, given, WARD_FILE, f"{CONGRESS_FORM} «{spec.name}»"):
                params = {"what": t(_WHAT[key]), "yaml": WARD_FILE, "xlsx": CONGRESS_FORM,
                          "sheet": spec.name, "key": key, "differences": found}  # fmt: skip
                raise InputError(Problem("ward_facts.conflict", params, file=str(self.path)))
        return filled

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
        from congress.adapters.people_reader import read_people

        return read_people(self.named(self.ward().lists.proposed, "lists.proposed"), "proposed")

    def previous(self) -> PeopleList | None:
        """The outgoing committee; None when ward.yaml names no such list."""
        from congress.adapters.people_reader import read_people

        previous = self.ward().lists.previous
        if not previous:
            return None
        return read_people(self.named(previous, "lists.previous"), "previous")

    def _optional(self, name: str, model: type[M]) -> M:
        """The YAML file `name` read into `model`, or the empty model when there is no file."""
        path = self.path / name
        return load_model(path, model) if path.is_file() else model()

    def drafts(self) -> DraftsFile:
        from congress.core.drafts import DraftsFile

        return self._optional(DRAFTS_FILE, DraftsFile)

    def _refuse_both(self, yaml_name: str, form_name: str) -> InputError:
        params = {"yaml": yaml_name, "xlsx": form_name}
        return InputError(Problem("form.both_sources", params, file=str(self.path)))

    def _details_form(self) -> CongressFile | None:
        """The congress details form, read once; None when there is none."""
        path = self.path / CONGRESS_FORM
        if not path.is_file():
            return None
        from congress.adapters.congress_form import read_congress_form

        return self._once("congress", lambda: read_congress_form(path, self._form_book()))  # type: ignore[no-any-return]

    def _details_source(self) -> str | None:
        """Which file holds the congress details. The Excel form, once anything is filled in
        it; a YAML file beside a form that is still blank (as `init` wrote it) is used instead;
        a filled form beside a YAML file is refused, naming both."""
        from congress.core.congress_file import CongressFile

        form, has_yaml = self._details_form(), (self.path / CONGRESS_FILE).is_file()
        filled = form is not None and form != CongressFile(ward=form.ward)
        if filled and has_yaml:
            raise self._refuse_both(CONGRESS_FILE, CONGRESS_FORM)
        if filled or (form is not None and not has_yaml):
            return CONGRESS_FORM
        return CONGRESS_FILE if has_yaml else None

    def congress(self) -> CongressFile:
        """The congress details: the form `thong-tin-dai-hoi.xlsx` or `congress.yaml`."""
        from congress.core.congress_file import CongressFile

        found = self._details_source()
        if found == CONGRESS_FORM:
            return self._details_form() or CongressFile()
        if found == CONGRESS_FILE:  # read once (the checks and the documents all ask)
            path = self.path / CONGRESS_FILE
            return self._once("congress_yaml", lambda: load_model(path, CongressFile))  # type: ignore[no-any-return]
        return CongressFile()

    def _entry(self, index: int) -> TallyFile | None:
        from congress.adapters.tally_form_read import read_entry

        path = self.path / _tally_form()[0]
        return self._once(f"entry{index}", lambda: read_entry(path, index))  # type: ignore[no-any-return]

    def _tally_source(self) -> str | None:
        """Which file holds the count: the entry form once its «Nhập lần 1» holds a figure;
        `tally.yaml` beside a blank form; a filled form beside tally.yaml is refused."""
        form = _tally_form()[0]
        has_form, has_yaml = (self.path / form).is_file(), (self.path / TALLY_FILE).is_file()
        filled = has_form and self._entry(0) is not None
        if filled and has_yaml:
            raise self._refuse_both(TALLY_FILE, form)
        if filled or (has_form and not has_yaml):
            return form
        return TALLY_FILE if has_yaml else None

    def source(self, what: Source) -> str:
        """The file (and sheet) the congress details, the count or its second entry come from."""
        if what == "congress":
            return self._details_source() or CONGRESS_FILE
        form, entries = _tally_form()
        if self._tally_source() == form:
            return f"{form} «{entries[what == 'second']}»"
        return TALLY_FILE if what == "tally" else SECOND_ENTRY_FILE

    def word_drafts(self, *, pages: bool = True) -> list[WordDoc]:
        """The officer's Word drafts in `van-kien/` (none without it); `pages`: count pages."""
        from congress.adapters.word_drafts_folder import DRAFTS_FOLDER, PAGE_COUNTS, read_drafts

        cache = None if self.root is None else self.root / ".congress" / PAGE_COUNTS
        return read_drafts(self.path / DRAFTS_FOLDER, cache, pages=pages)

    def has_tally(self) -> bool:
        try:
            found = self._tally_source()
        except InputError:
            return True  # two sources, or a form that cannot be read: `tally()` says why
        return found == TALLY_FILE or (found == _tally_form()[0] and self._entry(0) is not None)

    def tally(self) -> TallyFile:
        """The count (`tally.yaml` or «Nhập lần 1» of the form); says what to do when there is
        none yet."""
        from congress.adapters.tally_files import load_tally

        found = self._tally_source()
        if found is None:
            path = self.path / TALLY_FILE
            raise InputError(Problem("tally.missing", {"file": TALLY_FILE}, file=str(path)))
        form, entries = _tally_form()
        if found == form:
            entry = self._entry(0)
            if entry is None:
                params = {"sheet": entries[0], "second": entries[1]}
                raise InputError(Problem("form.empty_entry", params, file=str(self.path / found)))
            return entry
        path = self.path / TALLY_FILE
        return self._once("tally", lambda: load_tally(path, self.roots))  # type: ignore[no-any-return]

    def second_tally(self) -> TallyFile | None:
        """The second, independent entry of the count («Nhập lần 2», or tally-ban-2.yaml)."""
        from congress.adapters.tally_files import load_tally

        if self._tally_source() == _tally_form()[0]:
            return self._entry(1)
        path = self.path / SECOND_ENTRY_FILE
        if not path.is_file():
            if path.exists():  # a folder of that name must not silently skip the second entry
                params = {"name": SECOND_ENTRY_FILE}
                raise InputError(Problem("limit.not_a_file", params, file=str(path)))
            return None
        return self._once("second", lambda: load_tally(path, self.roots))  # type: ignore[no-any-return]

    def ruleset(self, default: str) -> str:
        return self.ward().ruleset or default

    def rulebook(self, default: str, sections: Collection[str] | None = None) -> RuleBook:
        """The ruleset ward.yaml names (relative to the folder), or `default`; `sections`: ports."""
        from congress.adapters.rulebook_files import load_rulebook, locate_ruleset

        name, roots = self.ruleset(default), self._ruleset_roots  # its file: found once here
        return load_rulebook(name, sections=sections, located=self._once(f"ruleset {name}", lambda: locate_ruleset(name, self.path, roots)))  # fmt: skip

    def inputs(
        self, check: Literal["personnel", "drafts", "tally", "first_meeting"], default: str
    ) -> list[Path]:
        """The files a check's findings were computed from (for the hash of a decision)."""
        from congress.adapters.rulebook_files import resolve_ruleset

        files = [self.path / WARD_FILE]
        if check == "personnel":
            files += [self.path / CONGRESS_FORM] if (self.path / CONGRESS_FORM).is_file() else []
            lists = self.ward().lists
            named = (("lists.proposed", lists.proposed), ("lists.previous", lists.previous))
            files += [self.named(name, key) for key, name in named if name]
        elif check == "drafts":
            from congress.adapters.word_drafts_folder import DRAFTS_FOLDER, draft_files

            files += [self.path / DRAFTS_FILE, self.path / CONGRESS_FILE, self.path / CONGRESS_FORM]
            files += draft_files(self.path / DRAFTS_FOLDER)
        elif self._tally_source() == (form := _tally_form()[0]):
            files += [self.path / form]
        else:  # the count, and the first meeting within it
            from congress.adapters.tally_files import people_files

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
