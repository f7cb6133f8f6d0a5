"""Text measures for the draft and script rules: words, paragraphs, similarity, names, labels.

Pure functions over strings (standard library only). The rules themselves are in `draft_rules`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from fractions import Fraction
from typing import Any

from congress.core.drafts import PoliticalReport, ReviewReport, ScriptPart, Speech
from congress.core.figures import percent_number
from congress.core.findings import Outcome, Status
from congress.core.numbers import format_decimal
from congress.core.text import clean, fold, header_key

LocalText = dict[str, str]

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_PUNCTUATION = re.compile(r"[\W_]+")
_NAME_SEPARATOR = re.compile(r"[,;]")
QUOTE_CHARS = 120


def local(vi: str, en: str) -> LocalText:
    return {"vi": vi, "en": en}


def join_local(items: Iterable[LocalText], sep: str = ", ") -> LocalText:
    """Join texts language by language: [{vi: a, en: A}, {vi: b, en: B}] -> {vi: "a, b", en: "A, B"}."""
    listed = list(items)
    return {lang: sep.join(item[lang] for item in listed) for lang in ("vi", "en")}


def result(
    ok: bool,
    values: dict[str, Any],
    actual: dict[str, Any],
    limit: dict[str, Any],
    hints: tuple[str, ...],
    people: Sequence[str] = (),
) -> Outcome:
    """A passed ("ok") or failed ("fail", with its hints) outcome."""
    status, variant = (Status.PASSED, "ok") if ok else (Status.FAILED, "fail")
    return Outcome(status, variant, values, actual, limit, list(people), () if ok else hints)


def percent(value: Fraction) -> str:
    """A ratio as a percentage, as short as it is exact: 4/5 -> "80", 11/12 -> "91,67"."""
    return format_decimal(value * 100, 2, trim=True)


def has_text(value: str | None) -> bool:
    return bool(value and clean(value))


def word_count(text: str | None) -> int:
    """Words of `text`: runs of non-space after `clean`."""
    return len(clean(text).split()) if text else 0


def paragraphs(text: str | None) -> list[str]:
    """Blank-line separated paragraphs, each cleaned (single line breaks are spaces)."""
    parts = (clean(p) for p in _PARAGRAPH_BREAK.split(text or ""))
    return [p for p in parts if p]


def normalised_words(text: str) -> list[str]:
    """Words for comparing paragraphs: folded (case, Unicode form), punctuation removed."""
    return _PUNCTUATION.sub(" ", fold(text)).split()


def phrase_key(text: str) -> str:
    """Folded text with punctuation as spaces, keeping diacritics: for matching names."""
    return " ".join(normalised_words(text))


def topic_key(text: str) -> str:
    """A topic ignoring case, spacing, punctuation and diacritics."""
    return header_key(text)


def similarity(a: Sequence[str], b: Sequence[str]) -> Fraction:
    """`difflib.SequenceMatcher(a, b).ratio()` as an exact fraction: 2 * matched / (len a + len b)."""
    total = len(a) + len(b)
    if total == 0:
        return Fraction(1)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return Fraction(2 * matched, total)


def could_reach(a: Sequence[str], b: Sequence[str], threshold: Fraction) -> bool:
    """A cheap upper bound of `similarity` (from the lengths) reaches `threshold`."""
    total = len(a) + len(b)
    return total == 0 or Fraction(2 * min(len(a), len(b)), total) >= threshold


def _bag_reaches(a: Counter[str], b: Counter[str], total: int, threshold: Fraction) -> bool:
    """An upper bound of `similarity` from the words both have (in any order) reaches
    `threshold`: the matched words are a common subsequence, so at most the shared words."""
    return Fraction(2 * sum((a & b).values()), total) >= threshold


def quote(text: str, limit: int = QUOTE_CHARS) -> str:
    """The first `limit` characters of `text`, cut at a word, with "…" when cut."""
    text = clean(text)
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:.") + "…"


def names_in(person: str) -> list[str]:
    """The people a script part names, separated by "," or ";" (pieces with no letter ignored)."""
    return [clean(p) for p in _NAME_SEPARATOR.split(person) if normalised_words(p)]


def names_person(person: str, name: str) -> bool:
    """True when one of the people in `person` is `name` (folded, as whole words).

    "Đ/c Nguyễn Văn An; Trần Thị Bình" names both Nguyễn Văn An and Trần Thị Bình; diacritics count,
    so Nguyễn Văn An is not Nguyễn Văn Ân.
    """
    key = phrase_key(name)
    return bool(key) and any(f" {key} " in f" {phrase_key(p)} " for p in names_in(person))


def pages(words: int, words_per_page: int) -> Fraction:
    """Pages to one decimal, rounded up (so 6.751 words at 450 a page is 15,1, not 15,0)."""
    return Fraction(-(-words * 10 // words_per_page), 10)


def pages_text(words: int, words_per_page: int) -> str:
    """`pages` as displayed: "15,1"."""
    return format_decimal(pages(words, words_per_page), 1)


# The sections of the documents, as the messages name them ----------------------------------

# The sections the political report must have (report_sections_present).
SECTIONS = {
    "results": local("kết quả thực hiện các lĩnh vực", "results of the term by field"),
    "shortcomings": local("hạn chế", "shortcomings"),
    "causes": local("nguyên nhân", "causes"),
    "lessons": local("bài học kinh nghiệm", "lessons learned"),
    "direction": local("phương hướng, mục tiêu", "direction and goals"),
    "new_targets": local("chỉ tiêu nhiệm kỳ mới", "targets for the new term"),
}

# What a task of the action programme may lack (action_items_specific).
LACKS = {
    "target": local("chỉ tiêu đo được", "a measurable target"),
    "owner": local("người phụ trách", "an owner"),
    "deadline": local("thời hạn", "a deadline"),
}


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of a document, the section it is in, and its words for comparing."""

    section: LocalText
    text: str
    words: tuple[str, ...]


def _section_paragraphs(section: LocalText, text: str | None) -> Iterator[Paragraph]:
    for p in paragraphs(text):
        yield Paragraph(section, p, tuple(normalised_words(p)))


def report_paragraphs(report: PoliticalReport) -> list[Paragraph]:
    """Every paragraph of the political report with its section."""
    out: list[Paragraph] = []
    plain = (
        (local("phần mở đầu", "introduction"), report.introduction),
        *((local(f"kết quả — {r.field}", f"results — {r.field}"), r.text) for r in report.results),
        *(
            (local(f"kết quả của {o.organisation}", f"results of {o.organisation}"), o.text)
            for o in report.member_organisations
        ),
        (local("hạn chế", "shortcomings"), report.shortcomings),
        (local("nguyên nhân", "causes"), report.causes),
        (local("bài học kinh nghiệm", "lessons"), report.lessons),
        (local("phương hướng, mục tiêu", "direction and goals"), report.direction),
        (local("nhiệm vụ, giải pháp", "tasks and solutions"), report.tasks),
        (local("phần kết luận", "conclusion"), report.conclusion),
    )
    for section, text in plain:
        out.extend(_section_paragraphs(section, text))
    return out


def review_paragraphs(review: ReviewReport) -> list[Paragraph]:
    """Every paragraph of the review report with its section."""
    out: list[Paragraph] = []
    for section, text in (
        (local("phần mở đầu", "introduction"), review.introduction),
        (local("ưu điểm", "strengths"), review.strengths),
        (local("khuyết điểm, hạn chế", "weaknesses"), review.weaknesses),
        (local("nguyên nhân", "causes"), review.causes),
        (local("bài học kinh nghiệm", "lessons"), review.lessons),
    ):
        out.extend(_section_paragraphs(section, text))
    return out


def report_texts(report: PoliticalReport) -> Iterator[str]:
    """All the text of the political report, tables included (names, units, figures)."""
    yield from (report.introduction or "", report.shortcomings or "", report.causes or "")
    yield from (report.lessons or "", report.direction or "", report.tasks or "")
    yield report.conclusion or ""
    for r in report.results:
        yield from (r.field, r.text or "")
    for o in report.member_organisations:
        yield from (o.organisation, o.text or "")
    for t in report.targets:
        yield from (t.name, t.unit)
        yield from (format_decimal(n, 2, trim=True) for n in (t.target, t.result) if n is not None)
    for n in report.new_targets:
        yield from (n.name, n.value)


# The rules on text (wrapped with the context in `draft_rules`) -------------------------------


def duplicate_paragraphs(
    review: ReviewReport, report: PoliticalReport, threshold: Fraction, min_words: int
) -> list[Outcome]:
    """One finding per review paragraph whose closest report paragraph is at least `threshold` alike.

    Paragraphs are compared as folded words without punctuation, by difflib's ratio (matched words
    × 2 / words of both); only paragraphs of at least `min_words` words on both sides.
    """
    theirs = [p for p in report_paragraphs(report) if len(p.words) >= min_words]
    ours = [p for p in review_paragraphs(review) if len(p.words) >= min_words]
    values: dict[str, Any] = {
        "threshold": percent(threshold),
        "min_words": min_words,
        "checked": len(ours),
    }
    # JSON: numbers are numbers, the Vietnamese display travels beside them (spec §4)
    limit = {
        "similarity_percent": percent_number(threshold * 100),
        "text": f"{values['threshold']}%",
        "min_words": min_words,
    }
    if not ours or not theirs:
        return [Outcome(Status.NOT_CHECKED, "not_checked", values=values, limit=limit)]
    outcomes = []
    bags = [Counter(p.words) for p in theirs]
    for mine in ours:
        bag = Counter(mine.words)
        scored = [
            (similarity(mine.words, other.words), index)
            for index, other in enumerate(theirs)
            if could_reach(mine.words, other.words, threshold)
            and _bag_reaches(bag, bags[index], len(mine.words) + len(other.words), threshold)
        ]
        best = max(scored, default=None, key=lambda s: (s[0], -s[1]))
        if best is None or best[0] < threshold:
            continue
        other = theirs[best[1]]
        alike = percent(best[0])
        outcomes.append(
            Outcome(
                Status.FAILED,
                "fail",
                values={
                    **values,
                    "review_section": mine.section,
                    "report_section": other.section,
                    "review_quote": quote(mine.text),
                    "report_quote": quote(other.text),
                    "similarity": alike,
                },
                actual={
                    "similarity_percent": percent_number(best[0] * 100),
                    "text": f"{alike}%",
                    "review": {"section": mine.section["vi"], "quote": quote(mine.text)},
                    "report": {"section": other.section["vi"], "quote": quote(other.text)},
                },
                limit=limit,
                hints=("rewrite",),
            )
        )
    return outcomes or [Outcome(Status.PASSED, "ok", values=values, limit=limit)]


def _part_label(part: ScriptPart) -> LocalText:
    when = clean(part.time)
    return (
        local(f"«{part.part}» ({when})", f"«{part.part}» ({when})")
        if when
        else local(f"«{part.part}»", f"«{part.part}»")
    )


def presidium_gaps(presidium: Sequence[str], script: Sequence[ScriptPart]) -> list[Outcome]:
    """Presidium members without a part of the script, and parts without a person.

    A part may name several people ("Nguyễn Văn An; Trần Thị Bình"); a member has a part when one
    of them is the member's name (folded; honorifics such as "Đ/c" around it are allowed).
    """
    members = [clean(m) for m in presidium if clean(m)]
    idle = [m for m in members if not any(names_person(p.person, m) for p in script)]
    unstaffed = [p for p in script if not names_in(p.person)]
    values: dict[str, Any] = {
        "total": len(members),
        "count": len(members) - len(idle),
        "parts": len(script),
        "without_part_count": len(idle),
        "without_part": ", ".join(idle),
        "no_person_count": len(unstaffed),
        "no_person": join_local((_part_label(p) for p in unstaffed), "; "),
    }
    actual = {
        "presidium": len(members),
        "parts": len(script),
        "members_without_part": idle,
        "parts_without_person": [p.part for p in unstaffed],
    }
    limit = {"members_without_part": 0, "parts_without_person": 0}
    gaps = [
        (not members, "no_presidium", "add_presidium", ()),
        (not script, "no_script", "add_script", ()),
        (bool(members and script and idle), "member_without_part", "assign_member", idle),
        (bool(unstaffed), "part_without_person", "assign_part", ()),
    ]
    outcomes = [
        Outcome(Status.FAILED, variant, values, actual, limit, list(people), (hint,))
        for failed, variant, hint, people in gaps
        if failed
    ]
    return outcomes or [Outcome(Status.PASSED, "ok", values, actual, limit, members)]


def shared_topics(speeches: Sequence[Speech], threshold: Fraction) -> list[Outcome]:
    """One finding per group of speeches on the same topic.

    Topics are compared ignoring case, spacing, punctuation and diacritics: equal, or alike by
    difflib's ratio on their letters at least `threshold`. Groups join alike pairs (A~B, B~C).
    """
    if not speeches:
        return [Outcome(Status.NOT_CHECKED, "not_checked")]
    keys = [topic_key(s.topic) for s in speeches]
    group = list(range(len(speeches)))
    for i in range(len(speeches)):
        for j in range(i):
            if keys[i] == keys[j] or similarity(keys[i], keys[j]) >= threshold:
                old, new = group[i], group[j]
                group = [new if g == old else g for g in group]
    base: dict[str, Any] = {"total": len(speeches), "threshold": percent(threshold)}
    outcomes = []
    for leader in sorted(set(group)):
        members = [s for s, g in zip(speeches, group, strict=True) if g == leader]
        if len(members) < 2:
            continue
        speakers = [
            f"{s.speaker} ({s.organisation})" if s.organisation else s.speaker for s in members
        ]
        values = {
            **base,
            "topic": clean(members[0].topic),
            "speakers": ", ".join(speakers),
            "count": len(members),
            "change": len(members) - 1,
        }
        actual = {"topics": [s.topic for s in members], "speakers": [s.speaker for s in members]}
        people = [s.speaker for s in members]
        outcomes.append(
            Outcome(Status.FAILED, "fail", values, actual, {"same_topic": 1}, people, ("change",))
        )
    return outcomes or [Outcome(Status.PASSED, "ok", base, {"speeches": len(speeches)})]
