"""The context of the three drafts — political report, action programme, review report — as the
templates and `congress docs draft` fill them (pure: see doc_context.py for the other documents).

A section with no text gets a visible «[CẦN VIẾT: …]» placeholder; every member organisation of
ward.yaml gets its own section, and the residential-area programme its rows, even before the
ward has written them, so the draft the officer opens in Word has a place for each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from congress.core import content_context as content
from congress.core.drafts import RESIDENTIAL_TITLE
from congress.core.targets import target_rows
from congress.core.text import contains_phrase

if TYPE_CHECKING:
    from congress.core.doc_context import WardDocuments

# The heading of each section the political report must have (`draft_rules_text.SECTIONS`, the
# list `report_sections_present` checks), in that order: the template's headings
# (scripts/build_templates.py) are these, so a draft started by `docs draft` has them all.
REPORT_HEADINGS = {
    "results": "I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ",
    "shortcomings": "1. Hạn chế",
    "causes": "2. Nguyên nhân",
    "lessons": "V. BÀI HỌC KINH NGHIỆM",
    "direction": "I. PHƯƠNG HƯỚNG, MỤC TIÊU",
    "new_targets": "II. CÁC CHỈ TIÊU CHỦ YẾU",
}


def _organisations(src: WardDocuments) -> dict[str, str | None]:
    """The member organisations' results: those drafts.yaml gives, then (in ward.yaml's order)
    each member organisation it does not name yet (by name or alias), with no text."""
    report = src.drafts.political_report
    orgs: dict[str, str | None] = {o.organisation: o.text for o in report.member_organisations}
    for unit in src.ward.member_organisations or []:
        if not any(contains_phrase(name, s) for name in orgs for s in unit.spellings):
            orgs[unit.name] = None
    return orgs


def organisation_placeholder(name: str) -> str:
    """What a member organisation's section asks for until it is written."""
    return f"kết quả nổi bật của {name}, có số liệu"


def political_report(src: WardDocuments) -> dict[str, Any]:
    report = src.drafts.political_report
    return {
        "introduction": content.paragraphs(report.introduction, "phần mở đầu"),
        "results": [
            {"field": r.field, "paragraphs": content.paragraphs(r.text, f"kết quả {r.field}")}
            for r in report.results
        ]
        or [
            {"field": "…", "paragraphs": [content.PLACEHOLDER.format(what="kết quả từng lĩnh vực")]}
        ],
        "member_orgs": [
            {"name": name, "paragraphs": content.paragraphs(text, organisation_placeholder(name))}
            for name, text in _organisations(src).items()
        ],
        "targets": target_rows(report.targets),
        "targets_lower": any(not t.higher_is_better for t in report.targets),
        "shortcomings": content.paragraphs(report.shortcomings, "hạn chế"),
        "causes": content.paragraphs(report.causes, "nguyên nhân"),
        "lessons": content.paragraphs(report.lessons, "bài học kinh nghiệm"),
        "direction": content.paragraphs(report.direction, "phương hướng, mục tiêu"),
        "new_targets": [
            {"index": str(i), "name": t.name, "value": t.value}
            for i, t in enumerate(report.new_targets, 1)
        ],
        "tasks": content.paragraphs(report.tasks, "nhiệm vụ, giải pháp"),
        "conclusion": content.paragraphs(report.conclusion, "phần kết luận"),
    }


# The residential-area programme's rows while the ward has given none: one per aim of its title
# (đoàn kết, đồng thuận; an ninh, an toàn; ấm no, hạnh phúc), each value, owner and time to write.
RESIDENTIAL_SUGGESTED = (
    "Tỷ lệ hộ gia đình đạt danh hiệu «Gia đình văn hóa»",
    "Số khu dân cư đạt danh hiệu «Khu dân cư văn hóa»",
    "Số mô hình tự quản về an ninh trật tự ở khu dân cư",
    "Số hộ nghèo, hộ cận nghèo được giúp đỡ thoát nghèo",
)


def _residential_rows(src: WardDocuments) -> list[dict[str, str]]:
    programme = src.drafts.action_programme.residential_programme
    given = [t for t in programme.targets if t.name.strip()] if programme else []
    if given:
        return [
            {"index": str(i), "name": t.name, "value": t.value or "…", "owner": t.owner or "…",
             "deadline": t.deadline or "…"}
            for i, t in enumerate(given, 1)
        ]  # fmt: skip
    fill = content.PLACEHOLDER
    return [
        {"index": str(i), "name": name, "value": fill.format(what="mức phấn đấu"),
         "owner": fill.format(what="chủ trì"), "deadline": fill.format(what="thời gian")}
        for i, name in enumerate(RESIDENTIAL_SUGGESTED, 1)
    ]  # fmt: skip


def action_programme(src: WardDocuments) -> dict[str, Any]:
    programme = src.drafts.action_programme
    residential = programme.residential_programme
    return {
        "introduction": content.paragraphs(programme.introduction, "phần mở đầu"),
        "tasks": [
            {"index": str(i), "task": a.task, "target": a.target or "…", "owner": a.owner or "…", "deadline": a.deadline or "…"}
            for i, a in enumerate(programme.tasks, 1)
        ],
        "residential": {
            "title": residential.title if residential else RESIDENTIAL_TITLE,
            "targets": _residential_rows(src),
        },
    }  # fmt: skip


def review_report(src: WardDocuments) -> dict[str, Any]:
    review = src.drafts.review_report
    return {
        "introduction": content.paragraphs(review.introduction, "phần mở đầu"),
        "strengths": content.paragraphs(review.strengths, "ưu điểm"),
        "weaknesses": content.paragraphs(review.weaknesses, "khuyết điểm, hạn chế"),
        "causes": content.paragraphs(review.causes, "nguyên nhân"),
        "lessons": content.paragraphs(review.lessons, "bài học kinh nghiệm"),
    }
