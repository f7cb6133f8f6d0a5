"""The draft rules (political report, action programme, review report) and the script rules.

`DRAFT_RULES` are checked before the draft-reports stage ends; `SCRIPT_RULES` check the congress
script (the Presidium's parts, the speeches). Each rule looks at everything and returns findings
with figures; limits come from the ruleset, texts from the catalogue (workflows/rules.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from pydantic import Field

from congress.core import draft_rules_text as tx
from congress.core import draft_rules_word as wx
from congress.core.draft_recognise import ACTION, POLITICAL, Place
from congress.core.draft_rules_word import ActionParams, Ratio
from congress.core.drafts import CongressFile, DraftsFile, ResidentialProgramme
from congress.core.findings import Outcome, Status
from congress.core.numbers import group_thousands
from congress.core.ruleset import NoParams, RuleDef, Strict
from congress.core.targets import Verdict, assess
from congress.core.text import clean, contains_phrase
from congress.core.ward import Unit
from congress.core.word_drafts import Leftover, PageCount


@dataclass(frozen=True)
class DraftsContext:
    """The ward's drafts, its congress file, and its member organisations (None: not listed);
    from the officer's Word files also: where each passage is (`places`), the political report's
    page count, and the placeholders, comments and tracked changes left in the files. `sources`
    names each draft's source file."""

    drafts: DraftsFile
    congress: CongressFile
    member_organisations: Sequence[Unit] | None
    places: Mapping[str, Mapping[str, Place]] = field(default_factory=dict)
    pages: PageCount | None = None
    leftovers: Sequence[Leftover] = ()
    sources: Mapping[str, str] = field(default_factory=dict)
    section_order: Sequence[str] = ()


DRAFT_RULES: dict[str, RuleDef[DraftsContext, Any]] = {}
SCRIPT_RULES: dict[str, RuleDef[DraftsContext, Any]] = {}
Evaluate = Callable[[DraftsContext, Any], list[Outcome]]


def _rule(
    registry: dict[str, RuleDef[DraftsContext, Any]],
    params: Any,
    fields: str,
    messages: str = "ok fail",
    hints: str = "",
) -> Callable[[Evaluate], Evaluate]:
    """Register the decorated function as the rule of its name, with its template fields."""

    def register(evaluate: Evaluate) -> Evaluate:
        f, m, h = (frozenset(s.split()) for s in (fields, messages, hints))
        registry[evaluate.__name__] = RuleDef(evaluate.__name__, params, f, m, h, evaluate)
        return evaluate

    return register


# The political report -----------------------------------------------------------------------


@_rule(
    DRAFT_RULES,
    NoParams,
    "count total missing_count missing keys order expected",
    "ok fail order",
    "add add_word reorder",
)
def report_sections_present(ctx: DraftsContext, _: NoParams) -> list[Outcome]:
    """Results, shortcomings, causes, lessons, direction and new targets all have content, in
    that order (the order of a Word file's headings)."""
    r = ctx.drafts.political_report
    present = {
        "results": any(tx.has_text(x.text) for x in r.results),
        "shortcomings": tx.has_text(r.shortcomings),
        "causes": tx.has_text(r.causes),
        "lessons": tx.has_text(r.lessons),
        "direction": tx.has_text(r.direction),
        "new_targets": any(tx.has_text(t.name) for t in r.new_targets),
    }
    missing = [key for key, ok in present.items() if not ok]
    values = {
        "count": len(tx.SECTIONS) - len(missing),
        "total": len(tx.SECTIONS),
        "missing_count": len(missing),
        "missing": tx.join_local((tx.SECTIONS[k] for k in missing), "; "),
        "keys": ", ".join(f"political_report.{k}" for k in missing),
    }
    actual = {"present": [k for k in tx.SECTIONS if present[k]], "missing": missing}
    limit = {"sections": list(tx.SECTIONS)}
    misplaced = wx.order_outcome(ctx.section_order, present, values, actual, limit)
    if not missing and misplaced is not None:
        return [misplaced]
    return [tx.result(not missing, values, actual, limit, (_add(ctx),))]


def _add(ctx: DraftsContext) -> str:
    """The hint to add what is missing: to drafts.yaml, or to the political report's Word file."""
    return "add_word" if ctx.sources.get(POLITICAL, "drafts.yaml") != "drafts.yaml" else "add"


class LengthParams(Strict):
    max_pages: int = Field(default=15, ge=1)
    words_per_page: int = Field(default=450, ge=1)


@_rule(
    DRAFT_RULES,
    LengthParams,
    "words pages max_pages words_per_page max_words cut cut_pages method file",
    "ok fail pages_ok pages_fail",
    hints="cut shorten",
)
def report_length_max(ctx: DraftsContext, p: LengthParams) -> list[Outcome]:
    """Pages of the political report's Word file ≤ max_pages (LibreOffice's count or an estimate
    from the file's layout); from drafts.yaml, words ≤ max_pages × words_per_page."""
    words = sum(tx.word_count(t) for t in tx.report_texts(ctx.drafts.political_report))
    if ctx.pages is not None:
        return [wx.pages_outcome(ctx.pages, p.max_pages, words)]
    max_words = p.max_pages * p.words_per_page
    cut = max(words - max_words, 0)
    pages = tx.pages_text(words, p.words_per_page)
    values = {
        "words": group_thousands(words),
        "pages": pages,
        "max_pages": p.max_pages,
        "words_per_page": group_thousands(p.words_per_page),
        "max_words": group_thousands(max_words),
        "cut": group_thousands(cut),
        "cut_pages": tx.pages_text(cut, p.words_per_page),
    }
    # JSON: numbers as numbers, the displayed pages ("18,0") beside them
    actual = {"words": words, "pages": float(tx.pages(words, p.words_per_page)), "text": pages}
    limit = {"words": max_words, "pages": p.max_pages, "words_per_page": p.words_per_page}
    return [tx.result(words <= max_words, values, actual, limit, ("cut",))]


@_rule(
    DRAFT_RULES,
    NoParams,
    "count total missing_count missing",
    "ok fail not_checked",
    "add add_word",
)
def member_org_results_present(ctx: DraftsContext, _: NoParams) -> list[Outcome]:
    """Every member organisation of the ward (by name or alias) has its results in the report."""
    units = ctx.member_organisations
    if not units:
        return [Outcome(Status.NOT_CHECKED, "not_checked")]
    entries = ctx.drafts.political_report.member_organisations
    absent: list[str] = []
    empty: list[str] = []
    quoted: dict[str, Any] = {}
    for unit in units:
        named = [
            e for e in entries if any(contains_phrase(e.organisation, s) for s in unit.spellings)
        ]
        if not named:
            absent.append(unit.name)
        elif not any(wx.has_figure(e.text) for e in named):
            empty.append(unit.name)
            quoted[unit.name] = next((e for e in named if tx.has_text(e.text)), named[0])
    listed = [tx.local(n, n) for n in absent] + [
        wx.with_place(
            ctx.places, POLITICAL, wx.no_figure(n, quoted[n].text), quoted[n].organisation
        )
        for n in empty
    ]
    missing = len(listed)
    values = {
        "count": len(units) - missing,
        "total": len(units),
        "missing_count": missing,
        "missing": tx.join_local(listed),
    }
    actual = {"present": len(units) - missing, "of": len(units), "absent": absent, "empty": empty}
    return [tx.result(not missing, values, actual, {"missing": 0}, (_add(ctx),))]


@_rule(
    DRAFT_RULES,
    NoParams,
    "total assessed missing_count missing met exceeded missed",
    "ok fail empty",
    "fill add_table",
)
def targets_assessed(ctx: DraftsContext, _: NoParams) -> list[Outcome]:
    """Every target of the last resolution has a target and a result, so its status is computed."""
    targets = ctx.drafts.political_report.targets
    if not targets:
        return [Outcome(Status.FAILED, "empty", actual={"targets": 0}, hints=("add_table",))]
    counts = dict.fromkeys(Verdict, 0)
    incomplete: list[tuple[str, list[str]]] = []
    for target in targets:
        assessment = assess(target)
        if assessment is not None:
            counts[assessment.verdict] += 1
        else:
            lacks = [k for k in ("target", "result") if getattr(target, k) is None]
            incomplete.append((target.name, lacks))
    vi = {"target": "chỉ tiêu", "result": "kết quả"}
    missing = [
        wx.with_place(
            ctx.places,
            POLITICAL,
            tx.local(
                f"{name} (thiếu {' và '.join(vi[k] for k in lacks)})",
                f"{name} (no {' or '.join(lacks)})",
            ),
            name,
        )
        for name, lacks in incomplete
    ]
    verdicts = {v.value: counts[v] for v in Verdict}
    values = {
        "total": len(targets),
        "assessed": len(targets) - len(incomplete),
        "missing_count": len(incomplete),
        "missing": tx.join_local(missing, "; "),
        **verdicts,
    }
    actual = {
        "targets": len(targets),
        "assessed": values["assessed"],
        **verdicts,
        "incomplete": [name for name, _ in incomplete],
    }
    return [tx.result(not incomplete, values, actual, {"incomplete": 0}, ("fill",))]


# The action programme -----------------------------------------------------------------------


@_rule(
    DRAFT_RULES,
    ActionParams,
    "total count vague_count details no_target no_owner no_deadline pattern",
    "ok fail empty",
    "fix add_tasks",
)
def action_items_specific(ctx: DraftsContext, p: ActionParams) -> list[Outcome]:
    """Every task of the action programme has a measurable target, an owner and a deadline."""
    tasks = ctx.drafts.action_programme.tasks
    if not tasks:
        return [Outcome(Status.FAILED, "empty", actual={"tasks": 0}, hints=("add_tasks",))]
    pattern = re.compile(p.measurable_pattern)
    vague: list[tuple[str, list[str]]] = []
    where: list[tx.LocalText] = []
    for item in tasks:
        has = {
            "target": wx.measurable(clean(item.target), pattern),
            "owner": wx.filled(item.owner),
            "deadline": wx.filled(item.deadline),
        }
        if not all(has.values()):
            vague.append((tx.quote(item.task, 80), [k for k, ok in has.items() if not ok]))
            where.append(wx.at(ctx.places, ACTION, item.task))
    details = [
        tx.local(
            f"«{task}»{w['vi']} (thiếu {tx.join_local(tx.LACKS[k] for k in lacks)['vi']})",
            f"«{task}»{w['en']} (lacks {tx.join_local(tx.LACKS[k] for k in lacks)['en']})",
        )
        for (task, lacks), w in zip(vague, where, strict=True)
    ]
    values = {
        "total": len(tasks),
        "count": len(tasks) - len(vague),
        "vague_count": len(vague),
        "details": tx.join_local(details, "; "),
        **{f"no_{key}": sum(key in lacks for _, lacks in vague) for key in tx.LACKS},
        "pattern": p.measurable_pattern,
    }
    actual = {
        "specific": values["count"],
        "of": len(tasks),
        "tasks": [{"task": task, "lacks": lacks} for task, lacks in vague],
    }
    limit = {"measurable_pattern": p.measurable_pattern}
    return [tx.result(not vague, values, actual, limit, ("fix",))]


_DIGIT = re.compile(r"\d")


class ResidentialParams(Strict):
    min_targets: int = Field(default=3, ge=1)


@_rule(
    DRAFT_RULES,
    ResidentialParams,
    "title count total min_targets add without_count without_value",
    "ok fail absent",
    "create add fill",
)
def residential_programme_present(ctx: DraftsContext, p: ResidentialParams) -> list[Outcome]:
    """The residential-area programme is there, with ≥ min_targets targets, each with a value."""
    programme = ctx.drafts.action_programme.residential_programme
    limit = {"min_targets": p.min_targets}
    if programme is None:
        absent = {"title": ResidentialProgramme().title, "min_targets": p.min_targets}
        return [
            Outcome(Status.FAILED, "absent", absent, {"present": False}, limit, [], ("create",))
        ]
    named = [t for t in programme.targets if tx.has_text(t.name)]
    # A value is a figure to reach: «Phấn đấu giảm» (a direction) is no value.
    without = [t.name for t in named if not wx.measurable(t.value, _DIGIT)]
    count = len(named) - len(without)
    add = max(p.min_targets - len(named), 0)
    values = {
        "title": programme.title,
        "count": count,
        "total": len(named),
        "min_targets": p.min_targets,
        "add": add,
        "without_count": len(without),
        "without_value": tx.join_local(
            wx.with_place(ctx.places, ACTION, tx.local(n, n), n) for n in without
        ),
    }
    actual = {"present": True, "targets": len(named), "with_value": count, "no_value": without}
    hints = ("fill",) * bool(without) + ("add",) * bool(add)
    return [tx.result(count >= p.min_targets and not without, values, actual, limit, hints)]


# The review report and the script (their logic is in draft_rules_text) ----------------------


class DuplicateParams(Strict):
    threshold: Ratio = Fraction(4, 5)
    min_words: int = Field(default=12, ge=1)
    min_shared_figures: int = Field(default=2, ge=1)


@_rule(
    DRAFT_RULES,
    DuplicateParams,
    "review_section report_section review_quote report_quote similarity threshold min_words "
    "checked figures shared min_shared_figures",
    "ok fail not_checked figures",
    "rewrite",
)
def review_duplicates_report(ctx: DraftsContext, p: DuplicateParams) -> list[Outcome]:
    """Paragraphs of the review report that repeat the political report, quoting both: alike in
    words, or a paraphrase giving the same figures as one paragraph of the report."""
    return wx.duplicates(
        ctx.drafts.review_report,
        ctx.drafts.political_report,
        (p.threshold, p.min_words, p.min_shared_figures),
        ctx.places,
    )


@_rule(
    DRAFT_RULES, NoParams, "kind quote where author files", "ok fail", "placeholder comment changes"
)
def draft_leftovers(ctx: DraftsContext, _: NoParams) -> list[Outcome]:
    """Placeholders («[CẦN VIẾT…]», «…», «xxx»), comments and tracked changes left in the drafts."""
    files = ", ".join(dict.fromkeys(ctx.sources.values())) or "drafts.yaml"
    return wx.leftover_outcomes(ctx.leftovers, files)


@_rule(
    SCRIPT_RULES,
    NoParams,
    "total count without_part_count without_part parts no_person_count no_person",
    "ok member_without_part part_without_person no_presidium no_script",
    "assign_member assign_part add_presidium add_script",
)
def presidium_tasks_assigned(ctx: DraftsContext, _: NoParams) -> list[Outcome]:
    """Every Presidium member has a part of the script, and every part has a person."""
    return tx.presidium_gaps(ctx.congress.presidium, ctx.congress.script)


class TopicParams(Strict):
    threshold: Ratio = Fraction(85, 100)


@_rule(
    SCRIPT_RULES,
    TopicParams,
    "total topic speakers count change threshold",
    "ok fail not_checked",
    "change",
)
def speech_topics_distinct(ctx: DraftsContext, p: TopicParams) -> list[Outcome]:
    """No two speeches share a topic (equal ignoring case and diacritics, or alike)."""
    return tx.shared_topics(ctx.congress.speeches, p.threshold)
