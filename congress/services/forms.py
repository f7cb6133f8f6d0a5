"""Use case: write a blank personnel list for a ward office to fill in."""

from __future__ import annotations

from pathlib import Path

from congress.adapters.form_xlsx import FormSpec, write_form
from congress.adapters.rulebook_files import load_rulebook
from congress.services.ports import WardFolder


def write_personnel_form(
    output: Path, ruleset: str, folder: WardFolder | None, *, force: bool = False
) -> Path:
    """The form at `output`; with a ward folder, its organisations and areas join the dropdown."""
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
