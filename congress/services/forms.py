"""Use case: write a blank personnel list for a ward office to fill in."""

from __future__ import annotations

from pathlib import Path

from congress.adapters.form_xlsx import FormSpec, write_form
from congress.adapters.rulebook_files import load_rulebook
from congress.adapters.yaml_files import load_model
from congress.core.ward import WardFile
from congress.services.personnel import WARD_FILE


def write_personnel_form(
    output: Path, ruleset: str, ward_dir: Path | None, *, force: bool = False
) -> Path:
    """The form at `output`; with a ward folder, its organisations and areas join the dropdown."""
    ward = load_model(ward_dir / WARD_FILE, WardFile) if ward_dir is not None else None
    book = load_rulebook((ward.ruleset if ward else None) or ruleset, ward_dir)
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
