"""What a district worker no longer does twice for a ward (issue 15), on the example ward's files:
the count's results, the bundled ruleset, the statistics the documents show, a page header
with nothing to fill — each the same as before, computed once."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest

from congress.adapters.docx_render import CompiledTemplate, environment
from congress.adapters.rulebook_files import load_rulebook
from congress.adapters.ward_folder import FileWardFolder
from congress.core import rules_tally
from congress.core.doc_context import safe_context
from congress.core.personnel import check, statistics
from congress.core.personnel_context import PersonnelContext
from congress.core.tally import sections
from congress.resources import data_dir
from congress.services.documents import load_ward_documents
from congress.services.tally import context_of
from congress.services.workspace import WardScope

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
WARDS = ("o-cho-dua", "van-mieu")


def _folder(slug: str = "o-cho-dua") -> FileWardFolder:
    return FileWardFolder.at(EXAMPLES / "wards" / slug)


def test_a_bundled_ruleset_is_loaded_once_for_every_ward() -> None:
    books = [
        load_rulebook("ward-2024-2029", EXAMPLES / "wards" / s, (EXAMPLES / "wards" / s, EXAMPLES))
        for s in WARDS
    ]
    assert books[0] is books[1]  # the cache no longer keys on the ward's own folder
    assert books[0] == load_rulebook("ward-2024-2029")  # the ruleset as a command line names it


def test_the_count_is_counted_once_per_context(monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder()
    book = folder.rulebook("ward-2024-2029")
    counted: list[str] = []
    real = rules_tally.count_choice

    def counting(*args: object) -> rules_tally.ChoiceResult:
        counted.append("x")
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(rules_tally, "count_choice", counting)
    ctx = context_of(folder.tally(), folder.second_tally(), book)
    first = ctx.results()
    assert ctx.usable == ctx.usable
    second = ctx.results()
    assert len(counted) == len(sections(folder.tally())) == len(first) > 0
    assert first == second and first is not second  # a caller's list is its own
    fresh = context_of(folder.tally(), folder.second_tally(), book)
    assert [r.chosen for r in fresh.results()] == [r.chosen for r in first]


def test_the_documents_statistics_are_those_of_the_whole_check() -> None:
    folder = _folder()
    book = folder.rulebook("ward-2024-2029")
    ward = folder.ward()
    ctx = PersonnelContext.build(
        folder.proposed(), folder.previous(), ward.planned_size,
        ward.congress_date or date(2024, 1, 20), ward.member_organisations,
        ward.residential_areas,
    )  # fmt: skip
    _, whole = check(book, ctx, "vi")
    assert statistics(book, ctx, "vi") == whole
    assert any(m.key == "re_elected" for m in whole)


def test_a_page_header_without_tags_is_filled_once_and_written_as_it_is() -> None:
    path = data_dir("doc_templates") / "ke-hoach.docx"
    template = CompiledTemplate.load(path, environment())
    assert set(template.fixed) == {"word/header1.xml", "word/header2.xml"}
    assert "word/document.xml" not in template.fixed
    folder = _folder()
    scope = WardScope(folder, EXAMPLES, Path("/nonexistent"), "ward-2024-2029", "vi",
                      date(2024, 1, 20))  # fmt: skip
    data = safe_context("ke_hoach", load_ward_documents(scope))
    filled = template.render(data)
    every_time = CompiledTemplate.load(path, environment())
    every_time.fixed.clear()  # each part filled at each render, as before
    assert filled == every_time.render(data)  # byte for byte
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(io.BytesIO(filled)) as made:
        assert made.read("word/header1.xml") == source.read("word/header1.xml")
