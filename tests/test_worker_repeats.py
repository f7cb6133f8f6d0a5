"""What a district worker no longer does twice for a ward (issue 15), on the example ward's files:
the count's results, the bundled ruleset, the statistics the documents show, a page header
with nothing to fill — each the same as before, computed once."""

from __future__ import annotations

import gc
import io
import shutil
import weakref
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from congress.adapters.docx_render import CompiledTemplate, environment
from congress.adapters.rulebook_files import load_rulebook
from congress.adapters.ward_folder import FileWardFolder
from congress.core import rules_tally
from congress.core.doc_context import safe_context
from congress.core.doc_specs import DOCUMENTS
from congress.core.engine import PilotState
from congress.core.memo import Memo
from congress.core.personnel import check, statistics
from congress.core.personnel_context import PersonnelContext
from congress.core.rules_lists import _represented
from congress.core.rules_tally import TallyContext
from congress.core.ruleset import _FORMATTER, _fill
from congress.core.tally import sections
from congress.core.text import contains_phrase
from congress.core.ward import Unit
from congress.core.word_drafts import DraftSources
from congress.resources import data_dir
from congress.services import draft_checks
from congress.services import personnel as personnel_service
from congress.services import tally as tally_service
from congress.services.district import WardJob, check_ward_job
from congress.services.documents import load_ward_documents
from congress.services.personnel import check_ward, figures
from congress.services.tally import check_ward_tally, context_of, ward_results
from congress.services.ward_checks import CHECKS
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


def _scope(folder: FileWardFolder, lang: str = "vi") -> WardScope:
    return WardScope(folder, EXAMPLES, Path("/nonexistent"), "ward-2024-2029", lang,
                     date(2024, 1, 20))  # fmt: skip


def _kept_figures(folder: FileWardFolder) -> PersonnelContext | None:
    """The personnel context `check_ward` kept in the folder's memo, if any."""
    kept = folder.memo.last(personnel_service._Figures)
    return None if kept is None else kept.ctx


def test_the_documents_take_the_statistics_the_check_just_computed() -> None:
    folder = _folder()
    report = check_ward(folder, "vi", today=date(2024, 1, 20))
    source = load_ward_documents(_scope(folder))
    kept = _kept_figures(folder)
    assert kept is not None and source.personnel is kept  # not built a second time
    assert list(source.statistics) == report.statistics
    book, ward = folder.rulebook("ward-2024-2029"), folder.ward()
    new, old = folder.proposed(), folder.previous()
    assert ward.congress_date is not None
    # another folder of the same ward, given the very same lists and facts: its own figures
    elsewhere = _folder()
    ctx, stats = figures(elsewhere, book, new, old, ward, ward.congress_date)
    assert ctx is not source.personnel and stats == report.statistics
    assert _kept_figures(elsewhere) is None  # the documents keep nothing
    other = date(2030, 6, 1)  # another reference day: its own context, its own ages
    ctx, stats = figures(folder, book, new, old, ward, other)
    assert ctx.reference_date == other and ctx is not source.personnel
    fresh = PersonnelContext.build(new, old, ward.planned_size, other,
                                   ward.member_organisations, ward.residential_areas)  # fmt: skip
    assert stats == statistics(book, fresh, "vi") != report.statistics


def test_the_documents_show_statistics_in_vietnamese_after_a_check_in_english() -> None:
    folder = _folder()
    english = check_ward(folder, "en", today=date(2024, 1, 20))
    source = load_ward_documents(_scope(folder, "en"))
    kept = _kept_figures(folder)
    assert kept is not None and source.personnel is not kept
    assert [m.label for m in source.statistics] != [m.label for m in english.statistics]
    vietnamese = check_ward(_folder(), "vi", today=date(2024, 1, 20))
    assert list(source.statistics) == vietnamese.statistics


def test_the_district_takes_the_results_the_check_reports_and_the_documents_its_count() -> None:
    for slug in WARDS:  # a count that reconciles (o-cho-dua), one that does not (van-mieu)
        scope = _scope(_folder(slug))
        results = ward_results(scope)
        assert results == check_ward_tally(scope).report.results
        assert (results is None) == (slug == "van-mieu")
        # the documents count with the context the check just built (its results, once)
        kept = scope.ward.memo.last(TallyContext)
        assert kept is not None and load_ward_documents(scope).tally.context is kept  # type: ignore[union-attr]
    checked = _scope(_folder())
    ward_results(checked)
    ward_results(_scope(_folder("van-mieu")))  # another ward checked meanwhile: its own memo
    kept = checked.ward.memo.last(TallyContext)
    assert kept is not None and load_ward_documents(checked).tally.context is kept  # type: ignore[union-attr]
    fresh = _scope(_folder())  # another folder of the same ward: counted anew
    source = load_ward_documents(fresh)
    assert source.tally is not None and source.tally.context is not kept
    assert source.tally.context.usable and fresh.ward.memo.last(TallyContext) is None


def test_the_documents_take_the_drafts_the_checks_just_read(tmp_path: Path) -> None:
    ward = tmp_path / "o-cho-dua"
    shutil.copytree(EXAMPLES / "wards" / "o-cho-dua", ward)
    drafts = ward / "drafts.yaml"
    drafts.write_text(drafts.read_text(encoding="utf-8").replace(
        "  introduction: |\n", "  introduction: |\n    Kết nạp xxx hội viên mới.\n", 1), encoding="utf-8")  # fmt: skip
    folder = FileWardFolder.at(ward)
    checked = draft_checks.load_drafts_context(folder)
    found = draft_checks.drafts_of(folder)
    assert found is folder.memo.last(DraftSources) and found.leftovers == tuple(checked.leftovers)
    assert len(found.leftovers) == 1  # the «xxx» left in drafts.yaml
    other = FileWardFolder.at(ward)  # another folder (another ward, another run): read anew
    fresh = draft_checks.drafts_of(other)
    assert fresh is not found and fresh.leftovers == ()  # the documents never show them
    assert fresh.drafts == found.drafts and fresh.sources == found.sources
    assert other.memo.last(DraftSources) is None  # read for the documents: not kept
    assert draft_checks.drafts_of(folder) is found  # the first folder's memo is its own


def test_a_memo_keeps_the_last_value_of_each_type() -> None:
    memo = Memo()
    assert memo.last(int) is None
    for value in (1, "a", 2):
        memo.keep(value)
    assert memo.last(int) == 2 and memo.last(str) == "a"
    assert memo.last(object) is None  # the exact type is the key
    memo.keep(True)  # a bool is an int, but kept under its own type
    assert memo.last(int) == 2 and memo.last(bool) is True


def test_what_a_check_keeps_lives_and_dies_with_its_folder() -> None:
    for module in (personnel_service, tally_service, draft_checks):
        assert not hasattr(module, "_LAST")  # no memo at module level any more
    folder = _folder()
    scope = _scope(folder)
    check_ward(folder, "vi", today=date(2024, 1, 20))
    ward_results(scope)
    draft_checks.load_drafts_context(folder)
    kinds = (personnel_service._Figures, TallyContext, DraftSources)
    kept = [folder.memo.last(kind) for kind in kinds]
    assert all(value is not None for value in kept)
    refs = [weakref.ref(value) for value in kept]
    assert _folder().memo.last(personnel_service._Figures) is None  # a new folder: nothing kept
    del folder, scope, kept
    gc.collect()
    assert all(ref() is None for ref in refs)


def test_a_message_is_filled_as_before_with_its_unknown_names_left_visible() -> None:
    values = {"count": 3, "percent": "40,5", "name": "Lê Văn A"}
    for template in (
        "{count} người ({percent}%) {missing}",
        "{name!r:>12} {missing:>4}",
        "{{x}} {count:03d}",
    ):
        assert _fill(template, values) == _FORMATTER.vformat(template, (), values)
    for broken in ("{}", "{0}", "{count.real.x}"):
        with pytest.raises((IndexError, AttributeError)):
            _fill(broken, values)


def test_the_units_represented_are_those_a_phrase_of_a_person_names() -> None:
    folder = _folder()
    ward = folder.ward()
    ctx = PersonnelContext.build(folder.proposed(), folder.previous(), ward.planned_size,
                                 date(2024, 1, 20))  # fmt: skip
    texts = [t for p in ctx.proposed.people for t in (p.representation, p.position) if t]
    odd = [Unit(name="Tổ dân phố số 99"), Unit(name="!!!", aliases=["Hội   Cựu chiến BINH"])]
    for units in (ward.member_organisations or [], ward.residential_areas or [], odd):
        found, missing = _represented(ctx, units)
        assert found  # the example's units; of the odd ones, the «!!!» alias of CCB
        for unit in units:  # as contains_phrase decides, pair by pair
            hit = any(contains_phrase(text, s) for text in texts for s in unit.spellings)
            assert (unit in found, unit in missing) == (hit, not hit)
    assert _represented(ctx, odd) == (odd[1:], odd[:1])


def test_a_wards_job_leaves_nothing_in_its_folder(tmp_path: Path) -> None:
    """A district run without a pool keeps every ward's folder for the run (`keep_folders`) and
    runs the jobs in its own process: what a job's checks kept for its documents is forgotten
    when the job ends, or every ward's figures would stay in memory until the run ends."""
    root = tmp_path / "examples"
    shutil.copytree(EXAMPLES, root, ignore=shutil.ignore_patterns(".congress", "out"))
    folder = FileWardFolder.at(root / "wards" / "o-cho-dua")
    scope = WardScope(folder, root, root / "out" / "o-cho-dua", "ward-2024-2029", "vi",
                      date(2024, 1, 20))  # fmt: skip
    pilot = PilotState(True, "Ô Chợ Dừa", None, False, {}, ())
    job = WardJob(scope, [], frozenset(), frozenset(), frozenset(), pilot, list(DOCUMENTS),
                  True, datetime(2024, 1, 20, 9), list(CHECKS))  # fmt: skip
    seen: list[object] = []
    real_keep = Memo.keep

    def keep(memo: Memo, value: object) -> None:
        seen.append(type(value))
        real_keep(memo, value)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Memo, "keep", keep)
        outcome = check_ward_job(job)
    assert outcome.staged is not None  # the documents were written, from what was kept
    assert set(seen) >= {personnel_service._Figures, TallyContext, DraftSources}
    assert all(folder.memo.last(kind) is None for kind in set(seen))  # type: ignore[arg-type]
