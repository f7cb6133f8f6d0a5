"""The district's picture: one summary per ward and exact aggregates over all of them (pure).

A `WardSummary` is what the dashboard, `congress district status`, the progress report and the
aggregate report show for a ward; `aggregate` adds the wards up with exact arithmetic.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel

from congress.core.numbers import format_percent

SHARES = ("re_elected", "women", "non_party", "ethnic_minority", "religious")


class Share(BaseModel):
    """A count out of a whole, with its exact percentage as text."""

    count: int
    of: int
    percent: str

    @classmethod
    def of_counts(cls, count: int, of: int) -> Share:
        return cls(count=count, of=of, percent=format_percent(count, of))


class FindingLine(BaseModel):
    """A failed rule as a line on the dashboard."""

    rule: str
    title: str
    message: str
    severity: str


class Deadline(BaseModel):
    stage: str
    label: str
    due: str
    days_late: int = 0


class WardSummary(BaseModel):
    """Everything the district shows about one ward."""

    slug: str
    name: str
    group: str | None
    pilot: bool
    stage: str
    stage_label: str
    stage_index: int
    since: str
    state: str  # "ok" | "blocked" | "missing_data"
    problems: list[str] = []
    blocking: list[FindingLine] = []
    warnings: int = 0
    overdue: list[Deadline] = []
    exceptions: list[dict[str, str]] = []
    shares: dict[str, Share] = {}
    planned_size: int | None = None
    limits: dict[str, str] = {}
    documents: list[dict[str, str]] = []
    tally: dict[str, int] = {}


class Totals(BaseModel):
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
    delegates_convened: int
    delegates_present: int


def aggregate(wards: Sequence[WardSummary], stages: Sequence[str]) -> Totals:
    """Totals over the wards; a ward without data counts in `wards` but not in the shares."""
    with_data = [w for w in wards if w.shares]
    shares = {}
    for key in SHARES:
        count = sum(w.shares[key].count for w in with_data if key in w.shares)
        of = sum(w.shares[key].of for w in with_data if key in w.shares)
        shares[key] = Share.of_counts(count, of)
    return Totals(
        wards=len(wards),
        with_data=len(with_data),
        planned_size=sum(w.planned_size or 0 for w in with_data),
        shares=shares,
        by_stage={s: sum(1 for w in wards if w.stage == s) for s in stages},
        overdue=sum(1 for w in wards if w.overdue),
        blocked=sum(1 for w in wards if w.state == "blocked"),
        missing_data=sum(1 for w in wards if w.state == "missing_data"),
        delegates_convened=sum(w.tally.get("convened", 0) for w in wards),
        delegates_present=sum(w.tally.get("present", 0) for w in wards),
    )


class DistrictReport(BaseModel):
    """`congress district run` / `status`: every ward and the totals."""

    unit: str
    workflow: dict[str, object]
    today: str
    stages: list[dict[str, str]]
    wards: list[WardSummary]
    totals: Totals
    notices: list[str] = []
    outputs: dict[str, str] = {}

    @property
    def ok(self) -> bool:
        return self.totals.missing_data == 0
