"""The rules the code knows, by section, without importing them (issue 15, start-up).

A command builds its rulebook from the sections it evaluates (`personnel check`: the personnel
rules) and still rejects a rule id no section knows; the definitions of the other sections (and
the models of the drafts and the count they read) are not loaded. Every command that loads a
rulebook without naming sections (`init`, `personnel form`, `ward forms`, `docs`, the district's
documents) checks the whole ruleset. tests/test_startup_lazy.py checks this index against the rule
modules.
"""

from __future__ import annotations

# section -> (module, registry name, rule ids in the registry's order)
SECTIONS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "personnel": (
        "congress.core.personnel",
        "PERSONNEL_RULES",
        (
            "re_election_max",
            "non_party_min_vs_previous",
            "committee_size_range",
            "standing_committee_composition",
            "member_orgs_represented",
            "residential_areas_represented",
            "women_min",
            "duplicate_person",
            "status_column_consistent",
            "person_match_uncertain",
        ),
    ),
    "drafts": (
        "congress.core.draft_rules",
        "DRAFT_RULES",
        (
            "report_sections_present",
            "report_length_max",
            "member_org_results_present",
            "targets_assessed",
            "action_items_specific",
            "residential_programme_present",
            "review_duplicates_report",
            "draft_leftovers",
        ),
    ),
    "script": (
        "congress.core.draft_rules",
        "SCRIPT_RULES",
        ("presidium_tasks_assigned", "speech_topics_distinct"),
    ),
    "tally": (
        "congress.core.rules_tally",
        "TALLY_RULES",
        (
            "quorum",
            "tally_consistent",
            "double_entry_match",
            "item_passed",
            "person_approved",
            "seats_filled",
            "delegation_complete",
        ),
    ),
    "first_meeting": (
        "congress.core.first_meeting",
        "FIRST_MEETING_RULES",
        ("first_meeting_recorded",),
    ),
    "facts": ("congress.core.cross_facts", "FACT_RULES", ("facts_agree",)),
}


def rule_ids() -> list[str]:
    """Every rule id the code knows, section by section."""
    return [rule for _, _, rules in SECTIONS.values() for rule in rules]
