"""The identities a count must satisfy (domain.md §5), each broken one with its figures and the
key of the tally file it sits at: the substance of the rule `tally_consistent`."""

from __future__ import annotations

from collections import Counter
from typing import Any

from congress.core.figures import Label
from congress.core.tally import Section, TallyFile, hands_votes, sections, whole_label
from congress.core.text import fold


def _label(key: str) -> Label:
    return Label(key=key)


Violation = tuple[str, dict[str, Any]]


def violations(t: TallyFile) -> list[Violation]:
    """Every identity of domain.md §5 that does not hold, with its figures and its key."""
    found: list[Violation] = []
    d = t.delegates
    if d.convened == 0:
        found.append(("nobody_convened", {"key": "delegates.convened", "convened": d.convened}))
    if d.present > d.convened:
        found.append(("present_over_convened", {"key": "delegates.present", "present": d.present,
                      "convened": d.convened}))  # fmt: skip
    elif d.absent and d.absent_listed != d.convened - d.present:
        found.append(("absent_sum", {"key": "delegates.absent", "listed": d.absent_listed,
                      "convened": d.convened, "present": d.present,
                      "absent": d.convened - d.present}))  # fmt: skip
    for key, name, vote in hands_votes(t):
        if not vote.recorded:
            found.append(("vote_missing", {"key": key, "item": name}))
            continue
        total = (vote.in_favour or 0) + (vote.against or 0) + (vote.not_voting or 0)
        if total != d.present:
            found.append(("vote_sum", {"key": key, "item": name, "in_favour": vote.in_favour,
                          "against": vote.against, "not_voting": vote.not_voting,
                          "total": total, "present": d.present}))  # fmt: skip
    for section in sections(t):
        found += _section_violations(section)
    found += _cross_list(t)
    return found


def _section_violations(s: Section) -> list[Violation]:
    found: list[Violation] = []
    c, key, label = s.choice, s.key, _label(s.label)
    if s.id == "standing" and s.present > s.convened:
        found.append(("members_present_over", {"key": "first_meeting.present",
                      "present": s.present, "members": s.convened}))  # fmt: skip
    b = c.ballots
    if b is not None:
        where = {"key": f"{key}.ballots", "list": label}
        if b.issued > s.present:
            found.append(("issued_over_present", {**where, "issued": b.issued,
                          "present": s.present}))  # fmt: skip
        if b.collected > b.issued:
            found.append(("collected_over_issued", {**where, "collected": b.collected,
                          "issued": b.issued}))  # fmt: skip
        if b.valid + b.invalid != b.collected:
            found.append(("valid_invalid_sum", {**where, "valid": b.valid, "invalid": b.invalid,
                          "total": b.valid + b.invalid, "collected": b.collected}))  # fmt: skip
    if not c.people:
        found.append(("no_people", {"key": f"{key}.people", "list": label}))
    if c.vacancies is not None and c.vacancies > c.planned:
        found.append(("vacancies_over_planned", {"key": f"{key}.vacancies", "list": label,
                      "vacancies": c.vacancies, "planned": c.planned}))  # fmt: skip
    of, base = (b.valid, "valid") if b is not None else (s.present, "present")
    of_label = _label(whole_label(s, base))
    for index, person in enumerate(c.people):
        where = {"key": f"{key}.people.{index}", "list": label, "person": person.name}
        if person.approvals > of:
            found.append(("approvals_over", {**where, "approvals": person.approvals, "of": of,
                          "of_label": of_label}))  # fmt: skip
        elif person.approvals + (person.disapprovals or 0) > of:
            found.append(("votes_over", {**where, "approvals": person.approvals,
                          "disapprovals": person.disapprovals,
                          "total": person.approvals + (person.disapprovals or 0), "of": of,
                          "of_label": of_label}))  # fmt: skip
        if s.id == "standing" and person.role is None:
            found.append(("standing_role_missing", where))
    for name_key, n in Counter(p.key for p in c.people).items():
        if n > 1:
            name = next(p.name for p in c.people if p.key == name_key)
            found.append(("duplicate_person", {"key": f"{key}.people", "list": label,
                          "person": name}))  # fmt: skip
    return found


def _cross_list(t: TallyFile) -> list[Violation]:
    """An alternate never also official; a Ban Thường trực member always on the committee."""
    found: list[Violation] = []
    delegation = t.delegation
    if delegation is not None and delegation.alternate is not None:
        official = {fold(p.name) for p in delegation.official.people}
        for index, person in enumerate(delegation.alternate.people):
            if fold(person.name) in official:
                found.append(("alternate_also_official", {
                    "key": f"delegation.alternate.people.{index}", "person": person.name}))  # fmt: skip
    meeting = t.first_meeting
    if meeting is not None:
        committee = {fold(p.name) for p in t.committee.people} if t.committee else set()
        for index, person in enumerate(meeting.standing.people):
            if fold(person.name) not in committee:
                found.append(("standing_not_member", {
                    "key": f"first_meeting.standing.people.{index}", "person": person.name}))  # fmt: skip
        if t.committee is not None and meeting.members > t.committee.planned:
            found.append(("members_over_planned", {"key": "first_meeting.members",
                          "members": meeting.members, "planned": t.committee.planned}))  # fmt: skip
    return found


def compared(t: TallyFile) -> list[str]:
    """The groups of identities `violations` actually compares for this tally (a catalogue key
    each, «tally.compared.*»): what the passed finding may claim, and nothing more."""
    found = ["present"]
    if t.delegates.absent:
        found.append("absent")
    if hands_votes(t):
        found.append("votes")
    listed = sections(t)
    if any(s.choice.ballots is not None for s in listed):
        found.append("ballots")
    if any(s.choice.people for s in listed):
        found.append("people")
    if any(s.choice.vacancies is not None for s in listed):
        found.append("vacancies")
    if t.delegation is not None and t.delegation.alternate is not None:
        found.append("alternates")
    if t.first_meeting is not None:
        found.append("first_meeting")
    return [f"tally.compared.{group}" for group in found]


def consistent(tally: TallyFile) -> bool:
    return not violations(tally)
