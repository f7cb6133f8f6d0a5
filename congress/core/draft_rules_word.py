"""What the draft rules need beyond the text measures of `draft_rules_text` (pure): figures in a
passage, whether a target is measurable, where a passage is in the officer's Word file, the
paraphrase with the same figures, the page length and what was left in the files.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer, field_validator

from congress.core import draft_rules_text as tx
from congress.core.draft_recognise import POLITICAL, REVIEW, Place, locate
from congress.core.drafts import PoliticalReport, ReviewReport
from congress.core.findings import Outcome, Status
from congress.core.numbers import format_decimal, parse_percent
from congress.core.ruleset import Strict
from congress.core.word_drafts import PLACEHOLDER, Leftover, PageCount

# Years, terms and dates are not results: «năm 2023», «2024-2029», «30/6/2025».
_NOT_A_FIGURE = re.compile(
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}/(?:19|20)\d{2}\b|\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b"
)
_FIGURE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?%?|\d+(?:,\d+)?%?")


def without_dates(text: str) -> str:
    return _NOT_A_FIGURE.sub(" ", text)


def figures(text: str | None) -> list[str]:
    """The figures of a passage, years and dates left out («1.872», «124,8%», «12»)."""
    return _FIGURE.findall(without_dates(text or ""))


def has_figure(text: str | None) -> bool:
    return bool(figures(text))


def filled(text: str | None) -> bool:
    """Written in: some text that is not only a placeholder («…», «xxx», «[CẦN VIẾT…]»)."""
    return tx.has_text(PLACEHOLDER.sub(" ", text or ""))


def measurable(text: str | None, pattern: re.Pattern[str]) -> bool:
    """A target with a measure: `pattern` (a digit by default) outside years and dates. A
    direction with no figure («phấn đấu giảm», «tiếp tục đẩy mạnh») is not measurable."""
    return bool(text) and pattern.search(without_dates(text or "")) is not None


# A figure with what it counts: «1.872 triệu», «45 ủy», «124,8%».
_COUNTED = re.compile(r"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(%|\s*[^\W\d_]+)?")


def counted(text: str | None) -> list[str]:
    """The figures of a passage that say something, each with the word after it (what it counts),
    years, dates and single digits left out: «1.872 triệu», «124,8%», «45 ủy»; in order, once."""
    out: dict[str, None] = {}
    for number, unit in _COUNTED.findall(without_dates(text or "")):
        if len(number) > 1 or unit == "%":
            out[f"{number}{'' if unit == '%' else ' '}{unit.strip().casefold()}".strip()] = None
    return list(out)


def shared(a: str, b: str) -> list[str]:
    """The figures two passages share, with what they count (`counted`), in order of `a`."""
    theirs = set(counted(b))
    return [f for f in counted(a) if f in theirs]


def _ratio(value: object) -> Fraction:
    try:
        result = parse_percent(value)
    except ValueError as exc:
        raise ValueError("not a number") from exc
    if not 0 < result <= 1:
        raise ValueError("a ratio above 0 and at most 1, e.g. 0.8")
    return result


# A similarity threshold above 0 and at most 1: 0.8, "0,8".
Ratio = Annotated[
    Fraction,
    BeforeValidator(_ratio),
    PlainSerializer(lambda v: format_decimal(v, 2, trim=True), return_type=str),
]


class ActionParams(Strict):
    measurable_pattern: str = r"\d"

    @field_validator("measurable_pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a regular expression: {exc}") from exc
        return value


def order_outcome(
    order: Sequence[str],
    present: Mapping[str, bool],
    values: dict[str, Any],
    actual: dict[str, Any],
    limit: dict[str, Any],
) -> Outcome | None:
    """A failed outcome when the Word file's sections come in another order than the standard
    one (results, shortcomings, causes, lessons, direction, new targets); None when in order."""
    found = [k for k in order if k in tx.SECTIONS and present[k]]
    expected = [k for k in tx.SECTIONS if k in found]
    if found == expected:
        return None
    values = {
        **values,
        "order": tx.join_local((tx.SECTIONS[k] for k in found), " → "),
        "expected": tx.join_local((tx.SECTIONS[k] for k in expected), " → "),
    }
    actual = {**actual, "order": found}
    return Outcome(Status.FAILED, "order", values, actual, limit, [], ("reorder",))


Places = Mapping[str, Mapping[str, Place]]


def at(places: Places, kind: str, text: str) -> tx.LocalText:
    """« (tệp, mục, đoạn, trang)» for a passage of the draft `kind`'s Word file; "" for drafts.yaml."""
    place = locate(dict(places[kind]), text) if kind in places else None
    if place is None:
        return tx.local("", "")
    label = place.label()
    return tx.local(f" ({label['vi']})", f" ({label['en']})")


def with_place(places: Places, kind: str, label: tx.LocalText, text: str) -> tx.LocalText:
    where = at(places, kind, text)
    return {lang: label[lang] + where[lang] for lang in ("vi", "en")}


def figure_duplicates(
    ours: Sequence[tx.Paragraph],
    theirs: Sequence[tx.Paragraph],
    flagged: set[int],
    min_shared: int,
    values: dict[str, Any],
    limit: dict[str, Any],
) -> list[Outcome]:
    """Review paragraphs (not yet `flagged`) that give the same figures as one paragraph of the
    political report — a paraphrase: at least `min_shared` figures shared, and at least half of
    the review paragraph's figures."""
    out = []
    their_figures = [set(counted(other.text)) for other in theirs]
    for i, mine in enumerate(ours):
        if i in flagged:
            continue
        said = counted(mine.text)
        if len(said) < min_shared:
            continue
        best = max(
            (([f for f in said if f in fs], j) for j, fs in enumerate(their_figures)),
            key=lambda s: (len(s[0]), -s[1]),
            default=([], -1),
        )
        common, j = best
        mine_figures = set(said)
        if len(common) < min_shared or 2 * len(common) < len(mine_figures):
            continue
        other = theirs[j]
        out.append(
            Outcome(
                Status.FAILED,
                "figures",
                values={
                    **values,
                    "review_section": mine.section,
                    "report_section": other.section,
                    "review_quote": tx.quote(mine.text),
                    "report_quote": tx.quote(other.text),
                    "figures": ", ".join(common),
                    "shared": len(common),
                },
                actual={
                    "shared_figures": common,
                    "review": {"section": mine.section["vi"], "quote": tx.quote(mine.text)},
                    "report": {"section": other.section["vi"], "quote": tx.quote(other.text)},
                },
                limit={**limit, "min_shared_figures": min_shared},
                hints=("rewrite",),
            )
        )
    return out


def pages_outcome(count: PageCount, max_pages: int, words: int) -> Outcome:
    """The political report's length held to `max_pages`, in pages of the Word file."""
    pages = format_decimal(count.pages, 1)
    method = {
        "office": tx.local("số trang LibreOffice đếm", "LibreOffice's page count"),
        "estimate": tx.local(
            "ước tính từ khổ giấy, lề, cỡ chữ và giãn dòng của tệp (máy không có LibreOffice)",
            "estimated from the file's page size, margins, font size and spacing (no LibreOffice)",
        ),
    }[count.method]
    cut = max(count.pages - max_pages, Fraction(0))
    values = {
        "pages": pages,
        "max_pages": max_pages,
        "method": method,
        "file": count.file,
        "cut_pages": format_decimal(cut, 1),
        "words": words,
    }
    actual = {"pages": float(count.pages), "method": count.method, "file": count.file}
    ok = count.pages <= max_pages
    return Outcome(
        Status.PASSED if ok else Status.FAILED,
        "pages_ok" if ok else "pages_fail",
        values,
        actual,
        {"pages": max_pages},
        [],
        () if ok else ("shorten",),
    )


KIND_LABELS = {
    "placeholder": tx.local("chỗ chưa viết", "placeholder"),
    "comment": tx.local("ghi chú (comment)", "comment"),
    "insertion": tx.local("chỉnh sửa chưa chấp nhận (thêm)", "tracked insertion"),
    "deletion": tx.local("chỉnh sửa chưa chấp nhận (xóa)", "tracked deletion"),
    "format": tx.local("chỉnh sửa định dạng chưa chấp nhận", "tracked format change"),
}


def leftover_outcomes(leftovers: Sequence[Leftover], files: str) -> list[Outcome]:
    """One failed outcome per placeholder, comment or tracked change; passed when none."""
    if not leftovers:
        return [Outcome(Status.PASSED, "ok", {"files": files}, {"leftovers": 0}, {"leftovers": 0})]
    out = []
    for item in leftovers:
        author = (
            tx.local(f" của {item.author}", f" by {item.author}")
            if item.author
            else tx.local("", "")
        )
        values = {
            "kind": KIND_LABELS[item.kind],
            "quote": item.quote or "—",
            "where": dict(item.where),
            "author": author,
            "files": files,
        }
        actual = {"kind": item.kind, "quote": item.quote, "where": item.where["vi"]}
        hint = (
            "placeholder"
            if item.kind == "placeholder"
            else "comment"
            if item.kind == "comment"
            else "changes"
        )
        out.append(Outcome(Status.FAILED, "fail", values, actual, {"leftovers": 0}, [], (hint,)))
    return out


def no_figure(name: str, text: str | None) -> tx.LocalText:
    """«Hội LHPN (có mục nhưng chưa có kết quả bằng số liệu: «Hội hoạt động tốt…»)»."""
    if not tx.has_text(text):
        return tx.local(f"{name} (có mục nhưng chưa có nội dung)", f"{name} (listed, no text)")
    said = tx.quote(text or "", 60)
    return tx.local(
        f"{name} (có mục nhưng chưa có kết quả bằng số liệu: «{said}»)",
        f"{name} (listed, no result with a figure: «{said}»)",
    )


def duplicates(
    review: ReviewReport,
    report: PoliticalReport,
    limits: tuple[Fraction, int, int],
    places: Places,
) -> list[Outcome]:
    """Paragraphs of the review report alike in words to one of the political report, or giving
    the same figures (`figure_duplicates`); each quoting both, with where they are."""
    threshold, min_words, min_shared = limits
    found = tx.duplicate_paragraphs(review, report, threshold, min_words)
    if found[0].status is Status.NOT_CHECKED:
        return found
    ours = [x for x in tx.review_paragraphs(review) if len(x.words) >= min_words]
    theirs = [x for x in tx.report_paragraphs(report) if len(x.words) >= min_words]
    alike = [o for o in found if o.status is Status.FAILED]
    quoted = {o.values["review_quote"] for o in alike}
    flagged = {i for i, x in enumerate(ours) if tx.quote(x.text) in quoted}
    values = {**found[0].values, "min_shared_figures": min_shared}
    for key in ("review_section", "report_section", "review_quote", "report_quote", "similarity"):
        values.pop(key, None)
    limit = dict(found[0].limit) if isinstance(found[0].limit, dict) else {}
    alike += figure_duplicates(ours, theirs, flagged, min_shared, values, limit)
    if not alike:
        return [Outcome(Status.PASSED, "ok", values=values, limit=limit)]
    return [placed(places, o) for o in alike]


def placed(places: Places, o: Outcome) -> Outcome:
    """The outcome with the places of both quoted passages beside their sections' names."""
    if not places:
        return o
    values = dict(o.values)
    for side, kind in (("review", REVIEW), ("report", POLITICAL)):
        values[f"{side}_section"] = with_place(
            places, kind, values[f"{side}_section"], values[f"{side}_quote"]
        )
    return Outcome(o.status, o.variant, values, o.actual, o.limit, o.people, o.hints)
