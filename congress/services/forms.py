"""Use cases: write the blank forms a ward office fills in (lists, congress details, count)."""

from __future__ import annotations

from pathlib import Path

from congress.adapters.form_xlsx import FormSpec, write_form
from congress.adapters.rulebook_files import load_rulebook
from congress.adapters.ward_facts_form import DEFAULT_ORGANISATIONS, WardFacts
from congress.adapters.workspace_init import write_blank_forms
from congress.core.drafts import CongressFile
from congress.core.ward import Unit
from congress.errors import CongressError
from congress.services.ports import WardFolder
from congress.services.workspace import Workspace


def write_personnel_form(
    output: Path, ruleset: str, folder: WardFolder | None, *, force: bool = False
) -> Path:
    """The form at `output`; with a ward folder, its organisations and areas (from ward.yaml or
    the details form) join the drop-down of «Cơ cấu»."""
    ward = folder.ward() if folder is not None else None
    book = folder.rulebook(ruleset) if folder is not None else load_rulebook(ruleset)
    categories = list(book.ruleset.categories)
    place = "PHƯỜNG ……………"
    if ward is not None:
        place = f"PHƯỜNG {ward.ward.upper()}"
        categories += [u.name for u in ward.member_organisations or []]
        categories += [u.name for u in ward.residential_areas or []]
    spec = FormSpec(
        title=f"ỦY BAN MTTQ VIỆT NAM {place}",
        subtitle=(
            f"DANH SÁCH DỰ KIẾN NHÂN SỰ ỦY BAN MTTQ VIỆT NAM {place}, NHIỆM KỲ {book.ruleset.term}"
        ),
        categories=categories,
    )
    return write_form(output, spec, force=force)


def write_ward_forms(ws: Workspace, slug: str, *, force: bool = False) -> list[Path]:
    """`congress ward forms`: the ward's congress details and count forms, written where they
    are missing (all of them with `force`), pre-filled with what the tool knows by now: the
    ward's name and day, the details already given, the ward's organisations and areas (the usual
    organisations when none is known yet), the names on the proposed list."""
    folder = ws.ward(slug)
    path = ws.files.wards[slug]
    try:
        details = folder.congress()
    except CongressError:
        details = CongressFile()
    facts = WardFacts()
    try:
        ward = folder.ward()
        day = ward.congress_date
        facts = WardFacts(ward.member_organisations or None, ward.residential_areas or None)
    except CongressError:
        day = None  # ward.yaml still unfinished: its day is given in the details form
    if facts.member_organisations is None:
        defaults = [Unit(name=name) for name in DEFAULT_ORGANISATIONS]
        facts = WardFacts(defaults, facts.residential_areas)
    if details.date is None and day is not None:
        details = details.model_copy(update={"date": day})
    try:
        proposed = [(p.name, p.birth_year) for p in folder.proposed().people]
    except CongressError:
        proposed = []  # an unfinished list: the names are typed into the count form instead
    return write_blank_forms(path, folder.name(), details, proposed, facts, force=force)
