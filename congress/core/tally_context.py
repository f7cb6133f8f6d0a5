"""The tally as the documents show it: every reconciliation line, every result (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from congress.core.numbers import format_percent
from congress.core.rules_tally import (
    ItemParams,
    QuorumParams,
    SeatsParams,
    TallyContext,
    consistent,
)
from congress.core.tally import Ballot, TallyFile, count_ballot, passes, quorum_met


@dataclass(frozen=True)
class TallyInput:
    """The counting board's figures and the ruleset's parameters that turn them into results."""

    tally: TallyFile
    quorum: QuorumParams
    items: ItemParams
    seats: SeatsParams
    second: TallyFile | None = None


def _line(
    label: str, left: int, sign: str, right: int, right_label: str, ok: bool
) -> dict[str, str]:
    return {
        "text": f"{label}: {left} {sign} {right_label}: {right}",
        "verdict": "khớp" if ok else "KHÔNG KHỚP",
    }


def _reconciliation(b: Ballot, present: int) -> list[dict[str, str]]:
    total = sum(c.votes for c in b.candidates)
    lines = [
        _line(
            "Số phiếu phát ra", b.issued, "≤", present, "số đại biểu có mặt", b.issued <= present
        ),
        _line(
            "Số phiếu thu vào",
            b.collected,
            "≤",
            b.issued,
            "số phiếu phát ra",
            b.collected <= b.issued,
        ),
        _line(
            "Hợp lệ + không hợp lệ",
            b.valid + b.invalid,
            "=",
            b.collected,
            "số phiếu thu vào",
            b.valid + b.invalid == b.collected,
        ),
        _line(
            "Tổng số phiếu bầu",
            total,
            "≤",
            b.valid * b.seats,
            "số phiếu hợp lệ × số người được bầu",
            total <= b.valid * b.seats,
        ),
    ]
    over = [c.name for c in b.candidates if c.votes > b.valid]
    lines.append(
        {
            "text": f"Số phiếu của mỗi người ≤ số phiếu hợp lệ ({b.valid})",
            "verdict": "khớp" if not over else "KHÔNG KHỚP: " + ", ".join(over),
        }
    )
    return lines  # fmt: skip


def tally_view(source: TallyInput | None) -> dict[str, Any]:
    """The `tally` key of the minutes and the resolution; `recorded` is false until there is one."""
    if source is None:
        blank = dict.fromkeys(
            ("convened", "present", "absent", "present_percent", "quorum_share", "quorum"), "…"
        )
        return {"recorded": False, "consistent": False, **blank, "hands": [], "ballots": []}
    t = source.tally
    # A result is announced only when the figures reconcile and a second entry, if any, agrees.
    ok = consistent(t) and not TallyContext(t, source.second).entries_differ
    d = t.delegates
    share = source.quorum.share
    quorum_ok = quorum_met(d, share)
    of = getattr(d, source.items.denominator)
    items = []
    for index, item in enumerate(t.items, start=1):
        votes = item.in_favour or 0
        items.append({
            "index": str(index), "name": item.name, "in_favour": str(votes),
            "against": str(item.against if item.against is not None else "…"),
            "not_voting": str(item.not_voting if item.not_voting is not None else "…"),
            "percent": format_percent(votes, of),
            "result": ("Thông qua" if passes(votes, of, source.items.threshold) else "Không thông qua") if ok else "Chưa có kết quả",
        })  # fmt: skip
    ballots = []
    for index, ballot in enumerate(t.ballots, start=1):
        result = count_ballot(ballot, source.seats.threshold, source.seats.tie_rule) if ok else None
        elected = set(result.elected) if result else set()
        tied = set(result.tied) if result else set()
        ballots.append({
            "index": str(index), "name": ballot.name, "seats": str(ballot.seats),
            "issued": str(ballot.issued), "collected": str(ballot.collected),
            "valid": str(ballot.valid), "invalid": str(ballot.invalid),
            "lines": _reconciliation(ballot, d.present),
            "candidates": [
                {"index": str(i), "name": c.name, "votes": str(c.votes), "percent": format_percent(c.votes, ballot.valid),
                 "result": ("Bằng phiếu — bầu lại" if c.name in tied and result and result.needs_revote
                            else "Trúng cử" if c.name in elected else "Không trúng cử") if ok else "Chưa có kết quả"}
                for i, c in enumerate(sorted(ballot.candidates, key=lambda c: -c.votes), start=1)
            ],
            "elected": result.elected if result else [],
            "elected_count": str(len(elected)),
            "note": _note(result) if result else "Số liệu kiểm phiếu không khớp: chưa công bố kết quả.",
        })  # fmt: skip
    return {
        "recorded": True,
        "consistent": ok,
        "convened": str(d.convened),
        "present": str(d.present),
        "absent": str(max(d.convened - d.present, 0)),
        "present_percent": format_percent(d.present, d.convened),
        "quorum_share": str(share),
        "quorum": "đủ" if quorum_ok else "KHÔNG ĐỦ",
        "hands": items,
        "ballots": ballots,
    }


def _note(result: Any) -> str:
    if result.needs_revote:
        return f"Bằng phiếu ở vị trí cuối cùng ({', '.join(result.tied)}): phải bầu lại."
    if result.tie_broken_by_age:
        return f"Bằng phiếu ở vị trí cuối cùng ({', '.join(result.tied)}): người nhiều tuổi hơn trúng cử."
    if result.shortfall:
        return f"Bầu thiếu {result.shortfall} người so với số lượng được bầu."
    return "Bầu đủ số lượng."
