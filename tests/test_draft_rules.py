"""Each draft and script rule at its boundaries, on in-memory drafts, with the bundled ruleset."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from congress.adapters.rulebook_files import known_rules, load_rulebook
from congress.core.draft_rules import DRAFT_RULES, SCRIPT_RULES, DraftsContext
from congress.core.drafts import (
    ActionItem,
    ActionProgramme,
    CongressFile,
    DraftsFile,
    FieldResult,
    NewTarget,
    OrganisationResult,
    PoliticalReport,
    ResidentialProgramme,
    ReviewReport,
    ScriptPart,
    Speech,
    Target,
)
from congress.core.findings import Finding
from congress.core.ruleset import ParamsInvalid, RuleBook, Ruleset, build_rulebook, evaluate
from congress.core.ward import Unit

BOOK = load_rulebook("ward-2024-2029")
RULES = {**DRAFT_RULES, **SCRIPT_RULES}


def with_params(rule: str, **params: Any) -> RuleBook:
    raw = BOOK.ruleset.model_dump(mode="json")
    raw["rules"][rule]["params"].update(params)
    return build_rulebook(Ruleset.model_validate(raw), BOOK.texts, known_rules(), BOOK.labels)


def ctx(
    report: PoliticalReport | None = None,
    review: ReviewReport | None = None,
    programme: ActionProgramme | None = None,
    congress: CongressFile | None = None,
    organisations: list[Unit] | None = None,
) -> DraftsContext:
    drafts = DraftsFile(
        political_report=report or PoliticalReport(),
        review_report=review or ReviewReport(),
        action_programme=programme or ActionProgramme(),
    )
    return DraftsContext(drafts, congress or CongressFile(), organisations)


def findings(context: DraftsContext, book: RuleBook = BOOK, lang: str = "vi") -> list[Finding]:
    return evaluate(book, DRAFT_RULES, context, lang) + evaluate(book, SCRIPT_RULES, context, lang)


def of(context: DraftsContext, rule: str, book: RuleBook = BOOK, lang: str = "vi") -> list[Finding]:
    return [f for f in findings(context, book, lang) if f.rule == rule]


def only(context: DraftsContext, rule: str, book: RuleBook = BOOK, lang: str = "vi") -> Finding:
    (finding,) = of(context, rule, book, lang)
    return finding


def words(n: int, word: str = "từ") -> str:
    return " ".join([word] * n)


FULL_REPORT = PoliticalReport(
    results=[FieldResult(field="Công tác vận động", text="Vận động 620 triệu đồng.")],
    shortcomings="Một số hoạt động chưa đều.",
    causes="Kinh phí còn hạn chế.",
    lessons="Phải bám sát cơ sở.",
    direction="Phát huy sức mạnh khối đại đoàn kết.",
    new_targets=[NewTarget(name="Quỹ Vì người nghèo", value="700 triệu đồng")],
)


# report_sections_present ---------------------------------------------------------------------


def test_complete_report_has_every_section() -> None:
    finding = only(ctx(FULL_REPORT), "report_sections_present")
    assert finding.ok
    assert finding.actual["missing"] == []


def test_missing_sections_are_named_in_vietnamese() -> None:
    report = FULL_REPORT.model_copy(
        update={
            "shortcomings": "  ",
            "new_targets": [],
            "results": [FieldResult(field="Công tác vận động")],
        }
    )
    finding = only(ctx(report), "report_sections_present")
    assert not finding.ok and finding.severity == "error"
    assert finding.actual["missing"] == ["results", "shortcomings", "new_targets"]
    assert finding.message == (
        "Báo cáo chính trị còn thiếu 3/6 phần: kết quả thực hiện các lĩnh vực; hạn chế; "
        "chỉ tiêu nhiệm kỳ mới."
    )
    assert finding.hint is not None
    assert "political_report.shortcomings" in finding.hint
    assert "đánh giá đúng mức kết quả đạt được" in finding.basis


# report_length_max ---------------------------------------------------------------------------


def test_exactly_the_word_limit_passes() -> None:
    finding = only(ctx(PoliticalReport(introduction=words(6750))), "report_length_max")
    assert finding.ok
    assert finding.actual == {"words": 6750, "pages": 15.0, "text": "15,0"}
    assert finding.limit == {"words": 6750, "pages": 15, "words_per_page": 450}


def test_one_word_more_fails_with_the_words_to_cut() -> None:
    finding = only(ctx(PoliticalReport(introduction=words(6751))), "report_length_max")
    assert not finding.ok
    assert finding.severity == "warning"
    assert "6.751 từ (≈ 15,1 trang)" in finding.message
    assert finding.hint is not None
    assert finding.hint.startswith("Rút gọn ít nhất 1 từ (≈ 0,1 trang): 6.751 − 6.750 = 1;")
    assert "Dự thảo báo cáo chính trị còn dài" in finding.basis


def test_all_the_text_counts_tables_included() -> None:
    report = PoliticalReport(
        introduction="Mở  đầu\n\nhai đoạn",  # 4 words; spacing and blank lines do not count
        results=[FieldResult(field="Vận động", text="ba từ nữa")],  # 2 + 3
        member_organisations=[OrganisationResult(organisation="Hội CCB", text="tốt")],  # 2 + 1
        targets=[Target(name="Quỹ", unit="triệu đồng", target=500, result=620)],  # 1 + 2 + 2
        new_targets=[NewTarget(name="Nhà", value="5 nhà")],  # 1 + 2
    )
    assert only(ctx(report), "report_length_max").actual["words"] == 20


def test_report_length_in_english() -> None:
    finding = only(ctx(PoliticalReport(introduction=words(9000))), "report_length_max", lang="en")
    assert finding.title == "Political report length"
    assert finding.message == (
        "The political report has 9.000 words (≈ 20,0 pages), longer than 15 pages "
        "(6.750 words at 450 words a page)."
    )
    assert finding.hint is not None
    assert finding.hint.startswith("Cut at least 2.250 words (≈ 5,0 pages)")


def _cut(hint: str) -> int:
    match = re.search(r"Rút gọn ít nhất ([\d.]+) từ", hint)
    assert match, hint
    return int(match.group(1).replace(".", ""))


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=1, max_value=6),
    st.integers(min_value=1, max_value=60),
    st.integers(min_value=0, max_value=500),
)
def test_cutting_the_words_the_hint_says_makes_it_pass(
    max_pages: int, per_page: int, count: int
) -> None:
    book = with_params("report_length_max", max_pages=max_pages, words_per_page=per_page)
    finding = only(ctx(PoliticalReport(tasks=words(count))), "report_length_max", book)
    assert finding.ok == (count <= max_pages * per_page)
    if finding.ok:
        return
    assert finding.hint is not None
    cut = _cut(finding.hint)
    assert only(ctx(PoliticalReport(tasks=words(count - cut))), "report_length_max", book).ok
    short = ctx(PoliticalReport(tasks=words(count - cut + 1)))
    assert not only(short, "report_length_max", book).ok


# member_org_results_present ------------------------------------------------------------------

ORGS = [
    Unit(name="Hội Liên hiệp Phụ nữ", aliases=["Hội LHPN"]),
    Unit(name="Hội Cựu chiến binh"),
    Unit(name="Đoàn Thanh niên"),
]


def test_an_alias_counts_for_its_organisation() -> None:
    report = PoliticalReport(
        member_organisations=[
            OrganisationResult(organisation="Hội LHPN phường", text="Vận động 200 hội viên."),
            OrganisationResult(organisation="hội cựu chiến binh", text="Giúp 5 hộ thoát nghèo."),
            OrganisationResult(organisation="Đoàn Thanh niên", text="Ra quân 12 đợt."),
        ]
    )
    finding = only(ctx(report, organisations=ORGS), "member_org_results_present")
    assert finding.ok
    assert finding.message == "Báo cáo chính trị có kết quả của cả 3/3 tổ chức thành viên."


def test_missing_and_empty_organisations_are_listed() -> None:
    report = PoliticalReport(
        member_organisations=[
            OrganisationResult(organisation="Hội LHPN", text="Kết nạp 120 hội viên mới."),
            OrganisationResult(organisation="Đoàn Thanh niên", text=" "),
        ]
    )
    finding = only(ctx(report, organisations=ORGS), "member_org_results_present")
    assert not finding.ok
    assert finding.actual["absent"] == ["Hội Cựu chiến binh"]
    assert finding.actual["empty"] == ["Đoàn Thanh niên"]
    assert finding.message == (
        "2/3 tổ chức thành viên chưa có kết quả trong báo cáo chính trị: Hội Cựu chiến binh, "
        "Đoàn Thanh niên (có mục nhưng chưa có nội dung)."
    )
    assert "phản ảnh rõ nét" in finding.basis


@pytest.mark.parametrize("organisations", [None, []])
def test_member_org_results_not_checked_without_the_ward_list(
    organisations: list[Unit] | None,
) -> None:
    finding = only(ctx(organisations=organisations), "member_org_results_present")
    assert finding.ok and finding.status == "not_checked"
    assert "member_organisations" in finding.message


# targets_assessed ----------------------------------------------------------------------------


def test_every_target_assessed_with_counts_per_verdict() -> None:
    report = PoliticalReport(
        targets=[
            Target(name="Quỹ Vì người nghèo", target=500, result=620),
            Target(name="Nhà Đại đoàn kết", target=5, result=5),
            Target(name="Gia đình văn hóa", unit="%", target=95, result="93,5"),
            Target(name="Tỷ lệ hộ nghèo", unit="%", target=1, result="0,5", higher_is_better=False),
        ]
    )
    finding = only(ctx(report), "targets_assessed")
    assert finding.ok
    assert finding.actual == {
        "targets": 4,
        "assessed": 4,
        "met": 1,
        "exceeded": 2,
        "missed": 1,
        "incomplete": [],
    }
    assert "2 vượt, 1 đạt, 1 không đạt" in finding.message


def test_a_target_without_result_fails() -> None:
    report = PoliticalReport(
        targets=[
            Target(name="Quỹ Vì người nghèo", target=500, result=620),
            Target(name="Hội nghị cử tri", target=4),
            Target(name="Tổ tự quản"),
        ]
    )
    finding = only(ctx(report), "targets_assessed")
    assert not finding.ok
    assert finding.actual["incomplete"] == ["Hội nghị cử tri", "Tổ tự quản"]
    assert finding.actual["exceeded"] == 1
    assert finding.message.startswith(
        "2/3 chỉ tiêu nghị quyết chưa đủ số liệu để đánh giá: Hội nghị cử tri (thiếu kết quả); "
        "Tổ tự quản (thiếu chỉ tiêu và kết quả)."
    )
    assert finding.hint is not None and "2 chỉ tiêu trên" in finding.hint


def test_no_targets_at_all_fails() -> None:
    finding = only(ctx(), "targets_assessed")
    assert not finding.ok
    assert "chưa có bảng chỉ tiêu" in finding.message
    assert finding.hint is not None and "political_report.targets" in finding.hint


# action_items_specific -----------------------------------------------------------------------

GOOD_TASK = ActionItem(
    task="Vận động Quỹ Vì người nghèo", target="700 triệu đồng", owner="Ban Thường trực",
    deadline="2029",
)  # fmt: skip


def test_specific_tasks_pass() -> None:
    percent = ActionItem(
        task="Gia đình văn hóa", target="95%", owner="BCT Mặt trận", deadline="hằng năm"
    )
    finding = only(
        ctx(programme=ActionProgramme(tasks=[GOOD_TASK, percent])), "action_items_specific"
    )
    assert finding.ok


def test_a_task_without_owner_or_figure_is_named_with_what_it_lacks() -> None:
    tasks = [
        GOOD_TASK,
        GOOD_TASK.model_copy(update={"task": "Tuyên truyền", "owner": ""}),
        ActionItem(task="Nâng cao chất lượng giám sát", target="nâng cao rõ rệt"),
    ]
    finding = only(ctx(programme=ActionProgramme(tasks=tasks)), "action_items_specific")
    assert not finding.ok
    assert finding.actual["tasks"] == [
        {"task": "Tuyên truyền", "lacks": ["owner"]},
        {"task": "Nâng cao chất lượng giám sát", "lacks": ["target", "owner", "deadline"]},
    ]
    assert finding.message == (
        "2/3 nhiệm vụ của chương trình hành động chưa cụ thể: «Tuyên truyền» (thiếu người phụ "
        "trách); «Nâng cao chất lượng giám sát» (thiếu chỉ tiêu đo được, người phụ trách, thời hạn)."
    )
    assert finding.hint == (
        "Bổ sung cho các nhiệm vụ trên: 1 chỉ tiêu có con số, 2 người/đơn vị chủ trì, 1 thời gian "
        "(tệp Word: cột «Chỉ tiêu», «Chủ trì», «Thời gian» của bảng nhiệm vụ; drafts.yaml: target, "
        "owner, deadline)."
    )


def test_measurable_pattern_comes_from_the_ruleset() -> None:
    task = GOOD_TASK.model_copy(update={"target": "một trăm phần trăm"})
    context = ctx(programme=ActionProgramme(tasks=[task]))
    assert not only(context, "action_items_specific").ok
    book = with_params("action_items_specific", measurable_pattern=r"\d|phần trăm")
    assert only(context, "action_items_specific", book).ok
    with pytest.raises(ParamsInvalid):
        with_params("action_items_specific", measurable_pattern="(")


def test_no_tasks_fails() -> None:
    finding = only(ctx(), "action_items_specific")
    assert not finding.ok and "chưa có nhiệm vụ" in finding.message


# residential_programme_present ---------------------------------------------------------------


def _residential(*targets: tuple[str, str]) -> DraftsContext:
    programme = ResidentialProgramme(targets=[NewTarget(name=n, value=v) for n, v in targets])
    return ctx(programme=ActionProgramme(residential_programme=programme))


def test_three_residential_targets_pass() -> None:
    context = _residential(("Gia đình văn hóa", "95%"), ("Tổ tự quản", "100%"), ("Hộ nghèo", "0"))
    finding = only(context, "residential_programme_present")
    assert finding.ok
    assert "với 3 chỉ tiêu có giá trị" in finding.message


def test_two_residential_targets_fail_with_how_many_to_add() -> None:
    finding = only(_residential(("Gia đình văn hóa", "95%"), ("Tổ tự quản", "100%")), "residential_programme_present")  # fmt: skip
    assert not finding.ok
    assert finding.actual == {"present": True, "targets": 2, "with_value": 2, "no_value": []}
    assert finding.hint == "Bổ sung 1 chỉ tiêu có giá trị (2 + 1 = 3)."
    assert "với các chỉ tiêu rõ ràng" in finding.basis


def test_a_residential_target_without_value_fails() -> None:
    context = _residential(("Gia đình văn hóa", "95%"), ("Tổ tự quản", "100%"), ("An ninh", " "))
    finding = only(context, "residential_programme_present")
    assert not finding.ok
    assert finding.hint == (
        "Ghi mức phấn đấu cho 1 chỉ tiêu (tệp Word: cột «Mức phấn đấu»; drafts.yaml: value): "
        "An ninh."
    )


def test_residential_programme_absent() -> None:
    finding = only(ctx(), "residential_programme_present")
    assert not finding.ok
    assert "Xây dựng khu dân cư đoàn kết, đồng thuận" in finding.message
    assert finding.hint is not None and "ít nhất 3 chỉ tiêu" in finding.hint


# review_duplicates_report --------------------------------------------------------------------

RESULT_PARAGRAPH = (
    "Trong nhiệm kỳ, Ủy ban MTTQ phường đã vận động Quỹ Vì người nghèo được 620 triệu đồng, "
    "xây mới và sửa chữa 5 nhà Đại đoàn kết cho các hộ có hoàn cảnh khó khăn trên địa bàn."
)
OTHER_PARAGRAPH = (
    "Công tác giám sát và phản biện xã hội được triển khai theo kế hoạch, tổ chức 12 cuộc giám "
    "sát chuyên đề và 3 hội nghị phản biện các dự thảo văn bản của chính quyền phường."
)


def test_a_near_duplicate_paragraph_is_found_and_quoted() -> None:
    near = RESULT_PARAGRAPH.replace("Trong nhiệm kỳ", "TRONG NHIỆM KỲ QUA").replace("620", "600")
    report = PoliticalReport(results=[FieldResult(field="Vận động", text=RESULT_PARAGRAPH)])
    review = ReviewReport(strengths=f"{OTHER_PARAGRAPH}\n\n{near}\n\nNgắn.")
    finding = only(ctx(report, review), "review_duplicates_report")
    assert not finding.ok and finding.severity == "warning"
    assert finding.actual["review"]["section"] == "ưu điểm"
    assert finding.actual["report"]["section"] == "kết quả — Vận động"
    assert finding.actual["review"]["quote"].startswith("TRONG NHIỆM KỲ QUA, Ủy ban MTTQ")
    assert finding.actual["review"]["quote"].endswith("…")
    assert len(finding.actual["report"]["quote"]) <= 121
    assert finding.message.startswith("Đoạn trong «ưu điểm» của báo cáo kiểm điểm giống")
    assert "«Trong nhiệm kỳ, Ủy ban MTTQ phường" in finding.message
    assert "trùng lắp với nội dung báo cáo chính trị" in finding.basis


def test_short_or_different_paragraphs_are_not_duplicates() -> None:
    short = "Vận động Quỹ Vì người nghèo đạt 620 triệu đồng, vượt."  # 11 words
    report = PoliticalReport(introduction=f"{short}\n\n{RESULT_PARAGRAPH}")
    review = ReviewReport(introduction=short, strengths=OTHER_PARAGRAPH)
    finding = only(ctx(report, review), "review_duplicates_report")
    assert finding.ok and finding.status == "passed"
    assert "đã so 1 đoạn từ 12 từ trở lên" in finding.message


def test_duplicate_threshold_is_a_ruleset_parameter() -> None:
    # Two changed words of 39: the difflib ratio is 74/78 (94,87%).
    near = RESULT_PARAGRAPH.replace("620", "600").replace("5 nhà", "6 nhà")
    context = ctx(PoliticalReport(causes=RESULT_PARAGRAPH), ReviewReport(causes=near))
    assert only(context, "review_duplicates_report").actual["similarity_percent"] == 94.87
    strict = with_params("review_duplicates_report", threshold="0,95")
    assert only(context, "review_duplicates_report", strict).ok


def test_duplicates_not_checked_without_long_paragraphs() -> None:
    finding = only(ctx(PoliticalReport(introduction=RESULT_PARAGRAPH)), "review_duplicates_report")
    assert finding.ok and finding.status == "not_checked"


# presidium_tasks_assigned --------------------------------------------------------------------

PRESIDIUM = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]


def test_every_member_has_a_part() -> None:
    script = [
        ScriptPart(time="08:00", part="Khai mạc", person="Đ/c Nguyễn Văn An"),
        ScriptPart(part="Điều hành thảo luận", person="trần thị bình; Lê Văn Cường"),
    ]
    congress = CongressFile(presidium=PRESIDIUM, script=script)
    finding = only(ctx(congress=congress), "presidium_tasks_assigned")
    assert finding.ok
    assert finding.message.startswith("Cả 3 thành viên Đoàn Chủ tịch đều được phân công")


def test_a_member_without_part_and_a_part_without_person() -> None:
    script = [
        ScriptPart(time="08:00", part="Chào cờ"),
        ScriptPart(part="Khai mạc", person="Nguyễn Văn Ân"),  # not Nguyễn Văn An
        ScriptPart(part="Báo cáo chính trị", person="Trần Thị Bình, Lê Văn Cường"),
    ]
    congress = CongressFile(presidium=PRESIDIUM, script=script)
    member, part = of(ctx(congress=congress), "presidium_tasks_assigned")
    assert not member.ok and member.people == ["Nguyễn Văn An"]
    assert member.message == (
        "1/3 thành viên Đoàn Chủ tịch chưa được phân công phần nào trong kịch bản: Nguyễn Văn An."
    )
    assert not part.ok
    assert part.message == "1/3 phần của kịch bản chưa có người thực hiện: «Chào cờ» (08:00)."
    assert "từng thành viên Đoàn Chủ tịch" in member.basis


def test_no_presidium_and_no_script() -> None:
    variants = of(ctx(), "presidium_tasks_assigned")
    assert [f.ok for f in variants] == [False, False]
    assert "Đoàn Chủ tịch" in variants[0].message
    assert "kịch bản" in variants[1].message


# speech_topics_distinct ----------------------------------------------------------------------


def test_same_topic_in_other_case_diacritics_and_spacing() -> None:
    topic = "Công tác giám sát và phản biện xã hội"
    speeches = [
        Speech(speaker="Nguyễn Văn An", organisation="Hội CCB", topic=topic),
        Speech(speaker="Trần Thị Bình", topic="Vận động Quỹ Vì người nghèo"),
        Speech(speaker="Lê Văn Cường", topic=unicodedata.normalize("NFD", topic.upper())),
        Speech(speaker="Phạm Thu Hà", topic="  cong tac  giam sat va phan bien xa hoi."),
    ]
    finding = only(ctx(congress=CongressFile(speeches=speeches)), "speech_topics_distinct")
    assert not finding.ok
    assert finding.people == ["Nguyễn Văn An", "Lê Văn Cường", "Phạm Thu Hà"]
    assert finding.message == (
        "3 bài tham luận trùng chủ đề «Công tác giám sát và phản biện xã hội»: Nguyễn Văn An "
        "(Hội CCB), Lê Văn Cường, Phạm Thu Hà."
    )
    assert finding.hint is not None and "đổi chủ đề của 2 bài" in finding.hint
    assert "theo từng chủ đề riêng biệt" in finding.basis


def test_nearly_the_same_topic_and_distinct_topics() -> None:
    speeches = [
        Speech(speaker="A", topic="Xây dựng khu dân cư văn hóa"),
        Speech(speaker="B", topic="Xây dựng các khu dân cư văn hóa"),
        Speech(speaker="C", topic="Chăm lo cho hộ nghèo"),
    ]
    context = ctx(congress=CongressFile(speeches=speeches))
    assert only(context, "speech_topics_distinct").people == ["A", "B"]
    distinct = ctx(congress=CongressFile(speeches=[speeches[0], speeches[2]]))
    finding = only(distinct, "speech_topics_distinct")
    assert finding.ok and finding.message == "2 bài tham luận, mỗi bài một chủ đề riêng."


def test_no_speeches_not_checked() -> None:
    finding = only(ctx(), "speech_topics_distinct")
    assert finding.ok and finding.status == "not_checked"


# the bundled rulesets and the whole evaluation -----------------------------------------------


@pytest.mark.parametrize("name", ["ward-2024-2029", "ward-2025-2030"])
def test_bundled_rulesets_validate_with_the_draft_rules(name: str) -> None:
    book = load_rulebook(name)
    assert set(RULES) <= set(book.ruleset.rules)
    assert set(RULES) <= set(known_rules())
    for rule_id in RULES:
        assert book.enabled(rule_id)
        assert book.ruleset.rules[rule_id].basis
        assert set(book.texts[rule_id].title) == {"vi", "en"}


def test_every_rule_is_evaluated_on_empty_drafts() -> None:
    result = findings(ctx())
    assert {f.rule for f in result} == set(RULES)
    for finding in result:
        assert finding.message and "{" not in finding.message, finding
        assert finding.hint is None or "{" not in finding.hint, finding
    failed = {f.rule for f in result if not f.ok}
    assert failed == {
        "report_sections_present",
        "targets_assessed",
        "action_items_specific",
        "residential_programme_present",
        "presidium_tasks_assigned",
    }
