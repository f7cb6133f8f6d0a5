"""The count as the documents show it, and the entry journal (pure).

The official minutes carry results, never a reconciliation line: every «— khớp» goes to the entry
journal (`journal`), which `congress tally WARD` prints. A result is shown only when the count is
`usable` (it reconciles, and a second entry, if any, agrees).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from congress.core.figures import Ratio
from congress.core.numbers import group_thousands
from congress.core.rules_tally import (
    ApprovalParams,
    ItemParams,
    QuorumParams,
    TallyContext,
)
from congress.core.tally import (
    ChoiceResult,
    TallyFile,
    denominator,
    hands_votes,
    passes,
    quorum_met,
    sections,
    whole_label,
)
from congress.i18n import t

ROLE_ORDER = {"chair": 0, "vice_chair": 1, "standing_member": 2, None: 3}


@dataclass(frozen=True)
class TallyInput:
    """The count and the ruleset's parameters that turn it into results."""

    tally: TallyFile
    quorum: QuorumParams
    items: ItemParams
    approval: ApprovalParams
    second: TallyFile | None = None
    counted: TallyContext | None = None  # the check's context of this very count, if any

    @property
    def context(self) -> TallyContext:
        return self.counted or TallyContext(self.tally, self.second, self.approval)


# -- the entry journal ----------------------------------------------------------------------------


@dataclass(frozen=True)
class JournalLine:
    text: str
    ok: bool


def journal(ctx: TallyContext, lang: str) -> list[JournalLine]:
    """Every identity the count must satisfy, stated with its figures and whether it holds."""
    tally = ctx.tally
    d = tally.delegates
    lines = [JournalLine(t("tally.journal.present", lang, present=d.present,
                           convened=d.convened), d.present <= d.convened)]  # fmt: skip
    if d.absent:
        lines.append(JournalLine(t("tally.journal.absent", lang, listed=d.absent_listed,
                                   absent=d.convened - d.present),
                                 d.absent_listed == d.convened - d.present))  # fmt: skip
    for _, name, vote in hands_votes(tally):
        total = (vote.in_favour or 0) + (vote.against or 0) + (vote.not_voting or 0)
        item = name if isinstance(name, str) else t(name.key, lang)
        lines.append(JournalLine(t("tally.journal.vote", lang, item=item,
                                   in_favour=_shown(vote.in_favour), against=_shown(vote.against),
                                   not_voting=_shown(vote.not_voting), total=total,
                                   present=d.present),
                                 vote.recorded and total == d.present))  # fmt: skip
    for s in sections(tally):
        label = t(s.label, lang)
        b = s.choice.ballots
        if b is not None:
            lines += [
                JournalLine(t("tally.journal.issued", lang, list=label, issued=b.issued,
                              present=s.present), b.issued <= s.present),
                JournalLine(t("tally.journal.collected", lang, list=label, collected=b.collected,
                              issued=b.issued), b.collected <= b.issued),
                JournalLine(t("tally.journal.valid", lang, list=label, valid=b.valid,
                              invalid=b.invalid, collected=b.collected),
                            b.valid + b.invalid == b.collected),
            ]  # fmt: skip
        of, base = (b.valid, "valid") if b is not None else (s.present, "present")
        over = [p.name for p in s.choice.people if p.approvals + (p.disapprovals or 0) > of]
        text = t("tally.journal.approvals", lang, list=label, of=of,
                 of_label=t(whole_label(s, base), lang))  # fmt: skip
        lines.append(JournalLine(text + (": " + ", ".join(over) if over else ""), not over))
    if not ctx.violations and not ctx.differences:  # the seats can be counted
        for r in ctx.results():
            declared = r.declared_vacancies
            shown = t("tally.journal.not_recorded", lang) if declared is None else declared
            lines.append(JournalLine(t("tally.journal.seats", lang, list=t(r.section.label, lang),
                                       planned=r.planned, chosen=len(r.chosen),
                                       vacancies=r.vacancies, declared=shown),
                                     r.vacancies_match))  # fmt: skip
    if ctx.second is not None:
        count = len(ctx.differences)
        text = t("tally.journal.second", lang, file=ctx.second_file, count=count)
        lines.append(JournalLine(text, count == 0))
    return lines


def _shown(value: int | None) -> str:
    return "…" if value is None else group_thousands(value)


# -- what the documents show ---------------------------------------------------------------------


def _n(value: int) -> str:
    """A count as a document prints it: thousands with «.» (1.234)."""
    return group_thousands(value)


def _seats(value: int) -> str:
    """A number of seats as a resolution writes it: two digits below 10 (02)."""
    return f"{value:02d}" if value < 10 else _n(value)


def approval_line(ratio: Ratio) -> str:
    """«128/128 đại biểu có mặt tán thành, đạt 100,00%» — the show of hands as minutes say it."""
    whole = {"present": "đại biểu có mặt", "convened": "đại biểu được triệu tập",
             "valid": "phiếu hợp lệ"}.get(ratio.base, "")  # fmt: skip
    return f"{_n(ratio.count)}/{_n(ratio.of)} {whole} tán thành, đạt {ratio.percent_text}%"


def _list_view(r: ChoiceResult, source: TallyInput) -> dict[str, Any]:
    choice = r.section.choice
    b = choice.ballots
    rows = sorted(r.people, key=lambda p: (ROLE_ORDER[p.role], -p.approvals))
    people = []
    for index, p in enumerate(rows, start=1):
        result = ("Được hiệp thương cử" if p.chosen else
                  "Bằng nhau — biểu quyết lại" if p.tied else
                  "Đạt, ít tán thành hơn (đã đủ số lượng)" if p.passed else
                  "Không đạt")  # fmt: skip
        people.append({
            "index": str(index), "name": p.name, "approvals": _n(p.approvals),
            "disapprovals": "" if p.disapprovals is None else _n(p.disapprovals),
            "percent": p.ratio.percent_text, "line": approval_line(p.ratio), "result": result,
            "role": t(f"role.{p.role}", "vi") if p.role else "",
        })  # fmt: skip
    chosen = [{"index": str(i), "name": n} for i, n in enumerate(r.chosen, start=1)]
    of, base = denominator(r.section, source.approval.denominator)
    if r.needs_revote:
        summary = (f"Số người đạt nhiều hơn số lượng {_n(r.planned)}; {', '.join(r.tied)} bằng "
                   "số tán thành ở vị trí cuối: biểu quyết lại giữa những người này.")  # fmt: skip
    elif r.vacancies:
        summary = (f"Số lượng {_n(r.planned)} vị; đã hiệp thương cử {_n(len(r.chosen))} vị, "
                   f"khuyết {_seats(r.vacancies)} vị.")  # fmt: skip
    else:
        summary = f"Số lượng {_n(r.planned)} vị; đã hiệp thương cử đủ {_n(len(r.chosen))} vị."
    return {
        "name": choice.name or t(r.section.label, "vi"),
        "planned": _n(r.planned),
        "planned_padded": _seats(r.planned),
        "chosen_count": _n(len(r.chosen)),
        "chosen_padded": _seats(len(r.chosen)),
        "vacancies": _seats(r.vacancies),
        "has_vacancies": r.vacancies > 0,
        "revote": r.needs_revote,
        "secret": choice.secret,
        "method": t(f"tally.method.{choice.method}", "vi"),
        "issued": _n(b.issued) if b else "",
        "collected": _n(b.collected) if b else "",
        "valid": _n(b.valid) if b else "",
        "invalid": _n(b.invalid) if b else "",
        "of": _n(of),
        "of_label": t(whole_label(r.section, base), "vi"),
        "threshold": str(source.approval.threshold),
        "people": people,
        "chosen": chosen,
        "summary": summary,
    }


_BLANK_LIST: dict[str, Any] = {"recorded": False, "people": [], "chosen": [], "secret": False}


def tally_view(source: TallyInput | None) -> dict[str, Any]:
    """The `tally` key of the minutes, the counting minutes, the resolution and the delegation
    list; `recorded` is false until there is a count, `usable` until it reconciles."""
    if source is None:
        blank = dict.fromkeys(
            ("convened", "present", "absent", "present_percent", "quorum_share", "quorum"), "…"
        )
        return {"recorded": False, "usable": False, "secret": False, **blank, "absences": [],
                "votes": [], "secret_lists": [], "first_meeting": {"recorded": False},
                **{k: _BLANK_LIST for k in ("committee", "official", "alternate", "standing")}}  # fmt: skip
    tally = source.tally
    ctx = source.context
    usable = ctx.usable
    d = tally.delegates
    of = getattr(d, source.items.denominator)
    votes = []
    for index, (key, name, vote) in enumerate(hands_votes(tally), start=1):
        count = vote.in_favour or 0
        ratio = Ratio(count=count, of=of, base=source.items.denominator)
        passed = passes(count, of, source.items.threshold)
        votes.append({
            "index": str(index), "name": name if isinstance(name, str) else t(name.key, "vi"),
            "id": getattr(vote, "id", key),  # an item's id; «presidium», «secretariat»
            "in_favour": _n(count), "against": _shown(vote.against),
            "not_voting": _shown(vote.not_voting), "percent": ratio.percent_text,
            "line": approval_line(ratio),
            "result": ("Thông qua" if passed else "Không thông qua") if usable else "Chưa có kết quả",
        })  # fmt: skip
    lists: dict[str, Any] = {
        k: _BLANK_LIST for k in ("committee", "official", "alternate", "standing")
    }
    if usable:
        for r in ctx.results():
            lists[r.section.id] = {"recorded": True, **_list_view(r, source)}
    absences = [
        {"text": (a.name or f"{a.people} đại biểu") + (f" ({a.reason})" if a.reason else "")}
        for a in d.absent
    ]
    meeting = tally.first_meeting
    first: dict[str, Any] = {"recorded": False}
    if meeting is not None:
        first = {
            "recorded": True,
            "date": meeting.date.strftime("%d/%m/%Y") if meeting.date else "…",
            "members": _n(meeting.members),
            "present": _n(meeting.present),
            "absent": _n(max(meeting.members - meeting.present, 0)),
            "present_percent": Ratio(count=meeting.present, of=meeting.members).percent_text,
            "quorum": "đủ" if quorum_met(meeting.present, meeting.members, source.quorum.share)
            else "không đủ",
        }  # fmt: skip
    return {
        "recorded": True,
        "usable": usable,
        "secret": tally.secret,
        "convened": _n(d.convened),
        "present": _n(d.present),
        "absent": _n(max(d.convened - d.present, 0)),
        "absences": absences,
        "present_percent": Ratio(count=d.present, of=d.convened).percent_text,
        "quorum_share": str(source.quorum.share),
        "quorum": "đủ" if quorum_met(d.present, d.convened, source.quorum.share) else "không đủ",
        "votes": votes,
        **lists,
        "secret_lists": [v for v in lists.values() if v.get("recorded") and v.get("secret")],
        "first_meeting": first,
    }
