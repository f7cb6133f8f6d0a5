"""The personnel rules, in the order a report lists them."""

from __future__ import annotations

from typing import Any

from congress.core import rules_lists as lists
from congress.core import rules_ratios as ratios
from congress.core.findings import Finding
from congress.core.personnel_context import PersonnelContext
from congress.core.ruleset import NoParams, RuleBook, RuleDef, evaluate
from congress.core.statistics import Metric, compute


def _rule(
    rule_id: str,
    params: Any,
    evaluate: Any,
    fields: str,
    messages: str = "ok fail",
    hints: str = "",
) -> RuleDef[PersonnelContext, Any]:
    return RuleDef(
        rule_id,
        params,
        frozenset(fields.split()),
        frozenset(messages.split()),
        frozenset(hints.split()),
        evaluate,
    )


_RATIO = "count of percent limit denominator"
PERSONNEL_RULES: dict[str, RuleDef[PersonnelContext, Any]] = {
    r.id: r
    for r in (
        _rule(
            "re_election_max",
            ratios.ReElectionParams,
            ratios.re_election_max,
            f"{_RATIO} max_allowed replace missing mid_term mid_term_names",
            "ok fail ok_mid_term fail_mid_term not_checked",
            "replace",
        ),
        _rule(
            "non_party_min_vs_previous",
            ratios.NonPartyParams,
            ratios.non_party_min_vs_previous,
            "count of percent denominator previous_count previous_of previous_percent need "
            "replace missing mid_term mid_term_names",
            "ok fail ok_mid_term fail_mid_term not_checked",
            "replace",
        ),
        _rule(
            "committee_size_range",
            ratios.SizeParams,
            ratios.committee_size_range,
            "planned proposed min max excess missing",
            "ok below_min above_max over_planned not_checked",
            "raise_planned lower_planned remove",
        ),
        _rule(
            "standing_committee_composition",
            ratios.CompositionParams,
            ratios.standing_committee_composition,
            "chair vice_chair standing_member total chair_range vice_range total_range "
            "chair_add chair_remove vice_add vice_remove total_add total_remove missing",
            "ok fail not_checked",
            "chair_add chair_remove vice_add vice_remove total_add total_remove",
        ),
        _rule(
            "member_orgs_represented",
            NoParams,
            lists.member_orgs_represented,
            "count total missing_count missing reason",
            "ok fail not_checked",
            "add",
        ),
        _rule(
            "residential_areas_represented",
            NoParams,
            lists.residential_areas_represented,
            "count total missing_count missing reason",
            "ok fail not_checked",
            "add",
        ),
        _rule(
            "women_min",
            ratios.WomenParams,
            ratios.women_min,
            "count of percent limit need add missing",
            "ok fail not_checked",
            "replace",
        ),
        _rule(
            "duplicate_person",
            NoParams,
            lists.duplicate_person,
            "name count rows list file",
            "ok fail",
            "fix",
        ),
        _rule(
            "status_column_consistent",
            NoParams,
            lists.status_column_consistent,
            "count details",
            "ok fail not_checked",
            "fix",
        ),
        _rule(
            "person_match_uncertain",
            NoParams,
            lists.person_match_uncertain,
            "count names",
            "ok fail not_checked",
            "fix",
        ),
    )
}


# statistics lines that a rule also computes: they show the rule's own figure (its denominator)
RULE_METRICS = {
    "re_elected": "re_election_max",
    "women": "women_min",
    "non_party": "non_party_min_vs_previous",
}


def check(book: RuleBook, ctx: PersonnelContext, lang: str) -> tuple[list[Finding], list[Metric]]:
    """Every personnel rule's findings, and the statistics, whose lines for the shares a rule
    holds to a limit carry that rule's figure — so no output shows two figures for one share."""
    findings = evaluate(book, PERSONNEL_RULES, ctx, lang)
    return findings, _metrics(book, ctx, lang, findings)


def statistics(book: RuleBook, ctx: PersonnelContext, lang: str) -> list[Metric]:
    """The statistics of `check` alone (the documents show them): only the rules whose figure a
    line shows are evaluated."""
    rules = {rule: PERSONNEL_RULES[rule] for rule in RULE_METRICS.values()}
    return _metrics(book, ctx, lang, evaluate(book, rules, ctx, lang))


def _metrics(
    book: RuleBook, ctx: PersonnelContext, lang: str, findings: list[Finding]
) -> list[Metric]:
    by_rule = {f.rule: f for f in findings}
    metrics = []
    for metric in compute(ctx, book.ruleset.age_bands, lang):
        finding = by_rule.get(RULE_METRICS.get(metric.key, ""))
        own = finding.ratio if finding is not None else None
        metrics.append(metric if own is None else metric.model_copy(update={"share": own}))
    return metrics
