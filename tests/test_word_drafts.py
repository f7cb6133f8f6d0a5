"""The draft rules on Word drafts made the way ward offices make them (tests/word_corpus.py): each
rule catches its planted fault and passes the clean draft, whatever the heading habit; the Word
files and drafts.yaml give the same findings for the same content.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from congress.adapters.rulebook_files import load_rulebook
from congress.adapters.word_reader import read_word
from congress.adapters.yaml_files import load_model
from congress.core.draft_rules import DRAFT_RULES, DraftsContext
from congress.core.drafts import (
    ActionItem,
    CongressFile,
    DraftsFile,
    NewTarget,
    OrganisationResult,
    Target,
)
from congress.core.findings import Finding
from congress.core.ruleset import evaluate
from congress.core.ward import WardFile
from congress.core.word_drafts import from_files
from tests import word_corpus as wc
from tests.cli_helpers import EXAMPLES

BOOK = load_rulebook("ward-2024-2029")
HABITS = ("styles", "bold", "caps", "template")


def example(slug: str) -> tuple[DraftsFile, WardFile]:
    folder = EXAMPLES / slug
    return load_model(folder / "drafts.yaml", DraftsFile), load_model(
        folder / "ward.yaml", WardFile
    )


CLEAN, WARD = example("o-cho-dua")
ORGS = WARD.member_organisations


def write(
    folder: Path,
    drafts: DraftsFile,
    habit: str = "styles",
    *,
    tasks: str = "table",
    nfd: bool = False,
    breaks: bool = False,
    edit: Callable[[str, wc.Writer], None] | None = None,
) -> list[Path]:
    """The three drafts as Word files in `folder`; `edit(kind, writer)` plants a fault."""
    made = []
    for kind, name, build in (
        ("political_report", "bao-cao-chinh-tri.docx", wc.political),
        ("review_report", "bao-cao-kiem-diem.docx", wc.review),
        ("action_programme", "chuong-trinh-hanh-dong.docx", wc.action),
    ):
        writer = wc.Writer(habit, nfd=nfd, breaks=breaks)
        if kind == "action_programme":
            wc.action(drafts.action_programme, writer, tasks=tasks)
        else:
            build(getattr(drafts, kind), writer)  # type: ignore[operator]
        if edit is not None:
            edit(kind, writer)
        made.append(writer.save(folder / name))
    return made


def word_findings(paths: list[Path], yaml: DraftsFile | None = None) -> list[Finding]:
    found = from_files(yaml or DraftsFile(), [read_word(p) for p in paths], ORGS)
    context = DraftsContext(
        found.drafts,
        CongressFile(),
        ORGS,
        found.places,
        found.pages,
        found.leftovers,
        found.sources,
        found.order,
    )
    return evaluate(BOOK, DRAFT_RULES, context, "vi")


def yaml_findings(drafts: DraftsFile) -> list[Finding]:
    return evaluate(BOOK, DRAFT_RULES, DraftsContext(drafts, CongressFile(), ORGS), "vi")


def by_rule(found: list[Finding]) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {}
    for f in found:
        out.setdefault(f.rule, []).append(f)
    return out


def failed(found: list[Finding], rule: str) -> list[Finding]:
    return [f for f in found if f.rule == rule and not f.ok]


def verdicts(found: list[Finding]) -> list[tuple[str, bool, str]]:
    return [(f.rule, f.ok, f.status.value) for f in found]


# What a rule computed that does not depend on where the text came from.
SAME_ACTUAL: dict[str, tuple[str, ...]] = {
    "report_sections_present": ("present", "missing"),
    "member_org_results_present": ("present", "of", "absent", "empty"),
    "targets_assessed": ("targets", "assessed", "met", "exceeded", "missed", "incomplete"),
    "action_items_specific": ("specific", "of"),
    "residential_programme_present": ("present", "targets", "with_value", "no_value"),
    "review_duplicates_report": ("similarity_percent",),
}


def comparable(found: list[Finding]) -> list[tuple[str, bool, dict[str, Any]]]:
    return [
        (
            f.rule,
            f.ok,
            {k: f.actual.get(k) for k in SAME_ACTUAL.get(f.rule, ())}
            if isinstance(f.actual, dict)
            else {},
        )
        for f in found
    ]


# -- both sources, the same findings --------------------------------------------------------


@pytest.mark.parametrize("slug", ["o-cho-dua", "van-mieu"])
@pytest.mark.parametrize("habit", HABITS)
def test_word_files_and_drafts_yaml_give_the_same_findings(
    tmp_path: Path, slug: str, habit: str
) -> None:
    drafts, _ = example(slug)
    expected = yaml_findings(drafts)
    got = word_findings(
        write(tmp_path, drafts, habit, tasks="labels" if habit == "bold" else "table")
    )
    assert verdicts(got) == verdicts(expected)
    assert comparable(got) == comparable(expected)
    # o-cho-dua passes every draft rule; van-mieu's seeded faults are all found in Word too
    failing = {f.rule for f in got if not f.ok}
    if slug == "o-cho-dua":
        assert failing == set()
    else:
        assert failing == {
            "report_length_max",
            "member_org_results_present",
            "action_items_specific",
            "residential_programme_present",
            "review_duplicates_report",
        }


def test_nfd_text_and_manual_line_breaks_read_as_the_clean_draft(tmp_path: Path) -> None:
    got = word_findings(write(tmp_path, CLEAN, "bold", nfd=True, breaks=True))
    assert [f for f in got if not f.ok] == []
    assert comparable(got) == comparable(yaml_findings(CLEAN))


def test_sources_name_each_drafts_file_and_fall_back_to_drafts_yaml(tmp_path: Path) -> None:
    paths = write(tmp_path, CLEAN)
    found = from_files(CLEAN, [read_word(paths[0])], ORGS)
    assert found.sources == {
        "political_report": "bao-cao-chinh-tri.docx",
        "review_report": "drafts.yaml",
        "action_programme": "drafts.yaml",
    }
    assert found.drafts.review_report == CLEAN.review_report


def test_the_usual_file_name_wins_over_a_fresh_copy_beside_it(tmp_path: Path) -> None:
    edited = write(tmp_path / "a", with_org_text("Hội hoạt động tốt."))[0]
    fresh = write(tmp_path / "b", CLEAN)[0].rename(
        tmp_path / "a" / "bao-cao-chinh-tri (ban moi 20241201-101010).docx"
    )
    found = from_files(DraftsFile(), [read_word(fresh), read_word(edited)], ORGS)
    assert found.sources["political_report"] == "bao-cao-chinh-tri.docx"


def test_a_draft_is_known_by_its_title_whatever_its_file_name(tmp_path: Path) -> None:
    writer = wc.political(CLEAN.political_report, wc.Writer("caps"))
    path = writer.save(tmp_path / "BCCT ban 3 (sua).docx")
    found = from_files(DraftsFile(), [read_word(path)], ORGS)
    assert found.sources["political_report"] == "BCCT ban 3 (sua).docx"
    assert len(found.drafts.political_report.member_organisations) == len(ORGS or [])


# -- each rule catches its planted fault ------------------------------------------------------


def with_org_text(text: str) -> DraftsFile:
    orgs = list(CLEAN.political_report.member_organisations)
    orgs[2] = OrganisationResult(organisation=orgs[2].organisation, text=text)
    report = CLEAN.political_report.model_copy(update={"member_organisations": orgs})
    return CLEAN.model_copy(update={"political_report": report})


@pytest.mark.parametrize("habit", HABITS)
def test_an_organisation_named_without_a_result_fails(tmp_path: Path, habit: str) -> None:
    drafts = with_org_text("Hội hoạt động tốt, hoàn thành nhiệm vụ.")
    name = drafts.political_report.member_organisations[2].organisation
    got = word_findings(write(tmp_path, drafts, habit))
    [finding] = failed(got, "member_org_results_present")
    assert finding.actual["empty"] == [ORGS[2].name]  # type: ignore[index]
    assert "Hội hoạt động tốt, hoàn thành nhiệm vụ." in finding.message
    assert "bao-cao-chinh-tri.docx" in finding.message and "đoạn" in finding.message
    assert name[:20] in finding.message
    assert finding.hint is not None and "tệp Word" in finding.hint
    # drafts.yaml says the same
    assert failed(yaml_findings(drafts), "member_org_results_present")[0].actual == finding.actual


def test_an_organisation_with_a_figure_passes_and_a_year_is_no_figure(tmp_path: Path) -> None:
    good = word_findings(write(tmp_path / "a", with_org_text("Hội kết nạp 45 hội viên mới.")))
    assert not failed(good, "member_org_results_present")
    year = word_findings(write(tmp_path / "b", with_org_text("Năm 2023, Hội hoạt động tốt.")))
    assert failed(year, "member_org_results_present")


def test_an_organisation_left_out_fails(tmp_path: Path) -> None:
    orgs = CLEAN.political_report.member_organisations[1:]
    report = CLEAN.political_report.model_copy(update={"member_organisations": orgs})
    got = word_findings(write(tmp_path, CLEAN.model_copy(update={"political_report": report})))
    [finding] = failed(got, "member_org_results_present")
    assert finding.actual["absent"] == [ORGS[0].name]  # type: ignore[index]


def paraphrase_edit(kind: str, w: wc.Writer) -> None:
    """The review report's strengths retell the Quỹ «Vì người nghèo» paragraph with its figures."""
    if kind == "review_report":
        w.heading("V. Ưu điểm nổi bật khác", 2)
        w.para(
            "Điểm sáng của nhiệm kỳ là công tác an sinh: Ủy ban đã huy động 1.872 triệu đồng "
            "cho Quỹ, bằng 124,8% kế hoạch được giao, đồng thời hỗ trợ làm mới và sửa chữa "
            "7 căn nhà cho các hộ khó khăn trên địa bàn."
        )


def test_a_paraphrase_with_the_same_figures_is_found_quoting_both(tmp_path: Path) -> None:
    got = word_findings(write(tmp_path, CLEAN, edit=paraphrase_edit))
    [finding] = failed(got, "review_duplicates_report")
    assert finding.actual["shared_figures"] == ["1.872 triệu", "124,8%"]  # type: ignore[index]
    assert "Điểm sáng của nhiệm kỳ" in finding.message  # the review's passage
    assert "Quỹ “Vì người nghèo” phường vận động được 1.872" in finding.message  # the report's
    assert (
        "bao-cao-kiem-diem.docx" in finding.message and "bao-cao-chinh-tri.docx" in finding.message
    )
    # the same paragraph without those figures is no repeat
    clean = word_findings(write(tmp_path / "clean", CLEAN))
    assert not failed(clean, "review_duplicates_report")


def test_a_direction_is_not_a_measurable_target(tmp_path: Path) -> None:
    tasks = list(CLEAN.action_programme.tasks)
    tasks[0] = ActionItem(
        task=tasks[0].task, target="Tiếp tục đẩy mạnh", owner=tasks[0].owner, deadline="2029"
    )
    programme = CLEAN.action_programme.model_copy(update={"tasks": tasks})
    residential = programme.residential_programme
    assert residential is not None
    targets = [NewTarget(name="Tỷ lệ hộ nghèo", value="Phấn đấu giảm"), *residential.targets[1:]]
    programme = programme.model_copy(
        update={"residential_programme": residential.model_copy(update={"targets": targets})}
    )
    drafts = CLEAN.model_copy(update={"action_programme": programme})
    for habit, tasks_as in (("styles", "table"), ("bold", "labels")):
        got = word_findings(write(tmp_path / habit, drafts, habit, tasks=tasks_as))
        [vague] = failed(got, "action_items_specific")
        assert vague.actual["tasks"][0]["lacks"] == ["target"]  # type: ignore[index]
        assert "chuong-trinh-hanh-dong.docx" in vague.message
        [programme_finding] = failed(got, "residential_programme_present")
        assert programme_finding.actual["no_value"] == ["Tỷ lệ hộ nghèo"]  # type: ignore[index]
        assert "Tỷ lệ hộ nghèo (chuong-trinh-hanh-dong.docx" in (programme_finding.hint or "")


def test_a_task_without_owner_or_time_fails(tmp_path: Path) -> None:
    tasks = list(CLEAN.action_programme.tasks)
    tasks[1] = ActionItem(task=tasks[1].task, target="100% khu dân cư", owner="", deadline="")
    drafts = CLEAN.model_copy(
        update={"action_programme": CLEAN.action_programme.model_copy(update={"tasks": tasks})}
    )
    got = word_findings(write(tmp_path, drafts, "bold", tasks="labels"))
    [vague] = failed(got, "action_items_specific")
    assert vague.actual["tasks"][0]["lacks"] == ["owner", "deadline"]  # type: ignore[index]


def test_a_target_without_a_result_is_not_assessed(tmp_path: Path) -> None:
    targets = list(CLEAN.political_report.targets)
    targets[3] = Target(name=targets[3].name, unit=targets[3].unit, target=targets[3].target)
    report = CLEAN.political_report.model_copy(update={"targets": targets})
    got = word_findings(write(tmp_path, CLEAN.model_copy(update={"political_report": report})))
    [finding] = failed(got, "targets_assessed")
    assert finding.actual["incomplete"] == [targets[3].name]  # type: ignore[index]
    assert "(thiếu kết quả) (bao-cao-chinh-tri.docx, mục «III. Kết quả thực hiện" in finding.message
    assert "bảng 1, hàng 5, cột 2" in finding.message  # the table row of that target


def test_a_missing_section_fails_and_sections_out_of_order_fail(tmp_path: Path) -> None:
    report = CLEAN.political_report.model_copy(update={"lessons": None})
    got = word_findings(
        write(tmp_path / "a", CLEAN.model_copy(update={"political_report": report}))
    )
    [finding] = failed(got, "report_sections_present")
    assert finding.actual["missing"] == ["lessons"]  # type: ignore[index]

    def lessons_first(kind: str, w: wc.Writer) -> None:
        if kind == "political_report":  # the lessons moved up, right after the introduction
            body = w.doc.element.body
            heading = wc.find(w, "VI. Bài học kinh nghiệm")._p
            text = heading.getnext()
            first = wc.find(w, "PHẦN THỨ NHẤT")._p
            first.addprevious(heading)
            first.addprevious(text)
            assert body is not None

    got = word_findings(write(tmp_path / "b", CLEAN, edit=lessons_first))
    [finding] = failed(got, "report_sections_present")
    assert finding.actual["order"][0] == "lessons"  # type: ignore[index]
    assert "bài học kinh nghiệm → kết quả" in finding.message


def test_leftovers_placeholders_comments_and_tracked_changes_are_found(tmp_path: Path) -> None:
    def leave(kind: str, w: wc.Writer) -> None:
        if kind == "political_report":
            w.para("[CẦN VIẾT: kết quả của Hội Cựu chiến binh phường]")
            w.para("Tỷ lệ hộ gia đình văn hóa đạt …% trên tổng số hộ.")
            w.para("Ô Chợ Dừa, ngày … tháng … năm 2024")  # a dateline: filled at the congress
            wc.comment(w, wc.find(w, "IV. Hạn chế"), "Anh Bình xem lại số liệu phần này")
        if kind == "review_report":
            wc.tracked(wc.find(w, "I. Ưu điểm"), " và thành tích", "cũ")

    got = word_findings(write(tmp_path, CLEAN, edit=leave))
    found = failed(got, "draft_leftovers")
    kinds = sorted(f.actual["kind"] for f in found)  # type: ignore[index]
    assert kinds == ["comment", "deletion", "insertion", "placeholder", "placeholder"]
    comment = next(f for f in found if f.actual["kind"] == "comment")  # type: ignore[index]
    assert "Anh Bình xem lại số liệu" in comment.message and "Trần Văn Bình" in comment.message
    assert "mục «IV. Hạn chế»" in comment.message
    placeholder = next(f for f in found if "CẦN VIẾT" in f.message)
    assert "bao-cao-chinh-tri.docx" in placeholder.message and "đoạn" in placeholder.message
    assert not any("ngày … tháng" in f.message for f in found)
    clean = word_findings(write(tmp_path / "clean", CLEAN))
    assert [f.ok for f in clean if f.rule == "draft_leftovers"] == [True]


def test_a_long_report_is_too_long_by_its_page_estimate(tmp_path: Path) -> None:
    drafts, _ = example("van-mieu")  # 8.073 words: about 23 pages at 14 pt
    got = word_findings(write(tmp_path, drafts))
    [finding] = failed(got, "report_length_max")
    assert finding.actual["method"] == "estimate"  # type: ignore[index]
    assert 20 <= finding.actual["pages"] <= 26  # type: ignore[index]
    assert "ước tính từ khổ giấy" in finding.message
    short = [
        f for f in word_findings(write(tmp_path / "short", CLEAN)) if f.rule == "report_length_max"
    ]
    assert short[0].ok and short[0].actual["pages"] < 15  # type: ignore[index]
