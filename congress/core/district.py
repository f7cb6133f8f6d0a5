"""The district's picture: one summary per ward and exact aggregates over all of them (pure).

A `WardSummary` is what the dashboard, `congress district status`, the progress report and the
aggregate report show for a ward; `aggregate` adds the wards up with exact arithmetic.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from pydantic import Field

from congress.core.figures import Bound, Ratio
from congress.core.findings import Finding, Status
from congress.core.model import Model

SHARES = ("re_elected", "women", "non_party", "ethnic_minority", "religious")


class Share(Model):
    """A share as the ward's rule (or its statistics) computed it: the ratio, the bound the rule
    held it to, and the rule's verdict (None where no rule judges this share)."""

    ratio: Ratio
    bound: Bound | None = None
    ok: bool | None = None

    @classmethod
    def of_finding(cls, finding: Finding) -> Share | None:
        """The finding's own figures and verdict; None when the rule was not checked."""
        if finding.ratio is None or finding.status is Status.NOT_CHECKED:
            return None
        return cls(ratio=finding.ratio, bound=finding.bound, ok=finding.ok)

    @property
    def count(self) -> int:
        return self.ratio.count

    @property
    def of(self) -> int:
        return self.ratio.of


def total_share(parts: Sequence[Share]) -> Share:
    """The sum of the wards' counts and wholes; held to the wards' bound when they all share one
    fixed bound (none when a bound depends on each ward's own baseline)."""
    ratio = Ratio(count=sum(p.count for p in parts), of=sum(p.of for p in parts))
    if parts and all(p.ratio.base == parts[0].ratio.base for p in parts):
        ratio = ratio.model_copy(update={"base": parts[0].ratio.base})
    bounds = {
        (p.bound.kind, p.bound.percent) if p.bound and p.bound.baseline is None else None
        for p in parts
    }
    common = bounds.pop() if len(bounds) == 1 else None
    if common is None:
        return Share(ratio=ratio)
    fixed = Bound(kind=common[0], percent=common[1])
    return Share(ratio=ratio, bound=fixed, ok=fixed.admits(ratio) if ratio.defined else None)


class FindingLine(Model):
    """A failed rule as a line on the dashboard; `check` names the check it comes from (drafts,
    personnel, script…) where it is listed as still open."""

    rule: str
    title: str
    message: str
    severity: str
    check: str = ""
    status: str = "failed"  # or "not_checked": an error-level rule that could not read its data


class Deadline(Model):
    """A stage a ward must reach by `due`; `days_late` past it (0: not late)."""

    stage: str
    label: str
    due: date
    days_late: int = 0


class Chosen(Model):
    """One list hiệp thương cử (the committee, the delegation's chính thức or dự khuyết, the Ban
    Thường trực): the seats, those chosen, the seats left vacant (khuyết), and the names tied
    for the last seats that wait for a new vote — as the tally rules computed them."""

    planned: int
    chosen: int
    vacancies: int = 0
    tied: int = 0

    def __add__(self, other: Chosen) -> Chosen:
        return Chosen(
            planned=self.planned + other.planned,
            chosen=self.chosen + other.chosen,
            vacancies=self.vacancies + other.vacancies,
            tied=self.tied + other.tied,
        )


class CongressResults(Model):
    """What a ward's congress decided, from a count that reconciles (never from one that does
    not): the delegates convened and present, the committee, the delegation to the upper-level
    congress, and the Ban Thường trực its first meeting chose (None: not recorded yet)."""

    convened: int
    present: int
    committee: Chosen | None = None
    official: Chosen | None = None
    alternate: Chosen | None = None
    standing: Chosen | None = None


RESULT_LISTS = ("committee", "official", "alternate", "standing")


def total_results(results: Sequence[CongressResults]) -> CongressResults:
    """The exact sums over `results`; a list counts over the wards that recorded it (None when
    none did)."""
    sums: dict[str, Chosen | None] = {}
    for key in RESULT_LISTS:
        parts: list[Chosen] = [c for r in results if (c := getattr(r, key)) is not None]
        sums[key] = sum(parts[1:], parts[0]) if parts else None
    return CongressResults(
        convened=sum(r.convened for r in results),
        present=sum(r.present for r in results),
        **sums,
    )


class WardSummary(Model):
    """Everything the district shows about one ward."""

    slug: str
    name: str
    group: str | None
    pilot: bool
    stage: str
    stage_label: str
    stage_index: int
    since: datetime
    state: str  # "ok" | "blocked" | "missing_data"
    problems: list[str] = []  # what is wrong, for the terminal and --json
    places: list[str] = []  # where and which rule only, for the dashboard (no cell quoted)
    blocking: list[FindingLine] = []
    # The failed findings (errors and warnings) of the checks still open at the ward's stage
    # (e.g. the drafts from the drafts stage until the congress): they stay until fixed.
    open_findings: list[FindingLine] = []
    warnings: int = 0
    overdue: list[Deadline] = []
    exceptions: list[dict[str, str]] = []
    shares: dict[str, Share] = {}
    planned_size: int | None = None
    documents: list[dict[str, str]] = []
    tally: dict[str, int] = {}
    # The results of the ward's count, only when the count reconciles (see `CongressResults`).
    results: CongressResults | None = None
    # The last time the district sent the ward back ({"from", "to", "by", "at", "reason",
    # "document"}, stage labels), and how many times in all; empty when never.
    reopened: dict[str, str | date] = {}
    reopen_count: int = 0


class Totals(Model):
    """The district's totals: every share (and the planned size) summed over the wards with
    data, exactly; `wards` counts them all."""

    wards: int
    with_data: int
    planned_size: int
    shares: dict[str, Share]
    by_stage: dict[str, int]
    overdue: int
    blocked: int
    missing_data: int
    reopened: int  # wards sent back to an earlier stage at least once
    delegates_convened: int
    delegates_present: int


def aggregate(wards: Sequence[WardSummary], stages: Sequence[str]) -> Totals:
    """Totals over the wards; a ward without data counts in `wards` but not in the shares."""
    with_data = [w for w in wards if w.shares]
    shares = {
        key: total_share([w.shares[key] for w in with_data if key in w.shares]) for key in SHARES
    }
    return Totals(
        wards=len(wards),
        with_data=len(with_data),
        planned_size=sum(w.planned_size or 0 for w in with_data),
        shares=shares,
        by_stage={s: sum(1 for w in wards if w.stage == s) for s in stages},
        overdue=sum(1 for w in wards if w.overdue),
        blocked=sum(1 for w in wards if w.state == "blocked"),
        missing_data=sum(1 for w in wards if w.state == "missing_data"),
        reopened=sum(1 for w in wards if w.reopen_count),
        delegates_convened=sum(w.tally.get("convened", 0) for w in wards),
        delegates_present=sum(w.tally.get("present", 0) for w in wards),
    )


class DistrictReport(Model):
    """`congress district run` / `status`: every ward and the totals."""

    unit: str
    workflow: dict[str, object]
    today: date
    stages: list[dict[str, str]]
    wards: list[WardSummary]
    totals: Totals
    notices: list[str] = []
    outputs: dict[str, str] = {}
    # each ward's type by its name, as the workers read them: the district documents' words
    # («phường», «xã, phường»); not part of the report shown (None: not gathered)
    ward_kinds: dict[str, str] | None = Field(default=None, exclude=True)

    @property
    def ok(self) -> bool:
        return self.totals.missing_data == 0
