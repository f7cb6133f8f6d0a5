"""One source for every figure: what the personnel scheme (DOCX), the dashboard (HTML) and the
JSON show of a share is the finding's own figure — for generated lists and rulesets, every
denominator and every limit.

Each example writes a real ward (CSV lists, ward.yaml, a ruleset extending the bundled one) into
a copy of the examples workspace and goes through the CLI as an officer would: `personnel check
--json`, `docs render`, `district run --json`.
"""

from __future__ import annotations

import csv
import re
import shutil
import tempfile
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from congress.core.figures import Bound, Ratio, percent_number
from congress.core.numbers import format_limit
from tests.cli_helpers import ROOT, run

WARD = "o-cho-dua"
HEADER = [
    "Họ và tên",
    "Năm sinh",
    "Giới tính",
    "Đảng viên",
    "Cơ cấu",
    "Dự kiến chức danh",
    "Bổ sung giữa nhiệm kỳ",
]
ROLES = ["Chủ tịch", "Phó Chủ tịch", "Ủy viên Thường trực"]
GIVEN = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khánh", "Lan", "Minh", "Nam", "Oanh"]
LIMITS = [Fraction(40), Fraction(50), Fraction(55), Fraction(67, 2), Fraction(60), Fraction(125, 2)]


@dataclass(frozen=True)
class Case:
    planned: int
    proposed: int
    previous: int
    re_elected: int
    non_party: int
    previous_non_party: int
    previous_mid_term: int
    women: int
    re_denominator: str
    re_max: Fraction
    party_denominator: str
    women_min: Fraction


@st.composite
def cases(draw: st.DrawFn) -> Case:
    planned = draw(st.integers(30, 55))
    proposed = draw(st.integers(10, planned))
    previous = draw(st.integers(10, 55))
    return Case(
        planned=planned,
        proposed=proposed,
        previous=previous,
        re_elected=draw(st.integers(0, min(proposed, previous))),
        non_party=draw(st.integers(0, proposed)),
        previous_non_party=draw(st.integers(0, previous)),
        previous_mid_term=draw(st.integers(0, previous - 1)),
        women=draw(st.integers(0, proposed)),
        re_denominator=draw(st.sampled_from(["planned", "proposed", "previous_start"])),
        re_max=draw(st.sampled_from(LIMITS)),
        party_denominator=draw(st.sampled_from(["planned", "proposed"])),
        women_min=draw(st.sampled_from(LIMITS[:3])),
    )


def _name(index: int, family: str) -> str:
    return f"{family} Văn {GIVEN[index % len(GIVEN)]} {index}"


def _write_list(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)


def _ward(folder: Path, case: Case) -> None:
    """The lists: the first `re_elected` people of the proposal sat on the outgoing committee."""
    proposed = [
        [
            _name(i, "Nguyễn" if i < case.re_elected else "Trần"),
            str(1960 + i % 30),
            "Nữ" if i < case.women else "Nam",
            "" if i < case.non_party else "x",
            "Cá nhân tiêu biểu",
            ROLES[i] if i < len(ROLES) else "Ủy viên",
            "",
        ]
        for i in range(case.proposed)
    ]
    previous = [
        [
            _name(i, "Nguyễn" if i < case.re_elected else "Lê"),
            str(1960 + i % 30),
            "Nam",
            "" if i < case.previous_non_party else "x",
            "Cá nhân tiêu biểu",
            "Ủy viên",
            "x" if i >= case.previous - case.previous_mid_term else "",
        ]
        for i in range(case.previous)
    ]
    for old in folder.glob("*.xlsx"):
        old.unlink()
    for old in folder.glob("*.csv"):
        old.unlink()
    _write_list(folder / "du-kien.csv", proposed)
    _write_list(folder / "khoa-truoc.csv", previous)
    (folder / "quy-tac.yaml").write_text(
        "id: thu-nghiem\nversion: 1\ntitle: Thử nghiệm\nterm: 2024-2029\n"
        "extends: ward-2024-2029\nrules:\n"
        f"  re_election_max:\n    params:\n      max_percent: {float(case.re_max)}\n"
        f"      denominator: {case.re_denominator}\n"
        f"  non_party_min_vs_previous:\n    params:\n      denominator: {case.party_denominator}\n"
        f"  women_min:\n    params:\n      min_percent: {float(case.women_min)}\n",
        encoding="utf-8",
    )
    text = (folder / "ward.yaml").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^planned_size: \d+", f"planned_size: {case.planned}", text)
    text = re.sub(r"(?m)^ruleset: .*", "ruleset: quy-tac.yaml", text)
    text = re.sub(r"(?m)^  proposed: .*", "  proposed: du-kien.csv", text)
    text = re.sub(r"(?m)^  previous: .*", "  previous: khoa-truoc.csv", text)
    (folder / "ward.yaml").write_text(text, encoding="utf-8")


def _expected(case: Case) -> dict[str, tuple[Ratio, Bound]]:
    """The figures the rules must compute, by the definition of each rule (domain.md §4): the
    outgoing committee at the start of its term leaves out its last `previous_mid_term` rows."""
    start = case.previous - case.previous_mid_term
    re_of = {"planned": case.planned, "proposed": case.proposed, "previous_start": start}[
        case.re_denominator
    ]
    party_of = case.planned if case.party_denominator == "planned" else case.proposed
    before = Ratio(count=min(case.previous_non_party, start), of=start, base="previous_start")
    return {
        "re_election_max": (
            Ratio(count=case.re_elected, of=re_of, base=case.re_denominator),
            Bound(kind="max", percent=case.re_max, count=int(case.re_max * re_of // 100)),
        ),
        "non_party_min_vs_previous": (
            Ratio(count=case.non_party, of=party_of, base=case.party_denominator),
            Bound(
                kind="min",
                percent=before.percent,
                count=-(-before.count * party_of // before.of),
                baseline=before,
            ),
        ),
        "women_min": (
            Ratio(count=case.women, of=case.proposed, base="proposed"),
            Bound(
                kind="min", percent=case.women_min, count=-(-case.women_min * case.proposed // 100)
            ),
        ),
    }


def _docx_text(path: Path) -> tuple[str, list[list[str]]]:
    doc = Document(str(path))
    text = "\n".join(p.text for p in doc.paragraphs)
    rows = [[c.text for c in row.cells] for table in doc.tables for row in table.rows]
    return text, rows


@pytest.mark.slow
@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(case=cases())
def test_every_output_shows_the_findings_figures(
    capsys: pytest.CaptureFixture[str], case: Case
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ws = Path(tmp) / "examples"
        shutil.copytree(
            ROOT / "examples", ws, ignore=shutil.ignore_patterns(".congress", "out", "dong-da")
        )
        folder = ws / "wards" / WARD
        _ward(folder, case)

        # JSON: the findings carry exactly the figures the rules define
        report = run(capsys, "personnel", "check", str(folder), "--json").json()
        findings = {f["rule"]: f for f in report["findings"]}
        expected = _expected(case)
        for rule, (ratio, bound) in expected.items():
            finding = findings[rule]
            assert finding["actual"] == ratio.model_dump(), rule
            assert finding["limit"] == bound.model_dump(), rule
            assert finding["actual"]["percent"] == percent_number(ratio.percent)
            assert finding["ok"] is bound.admits(ratio), rule
            assert ratio.text in finding["message"], rule
        statistics = {m["key"]: m for m in report["statistics"]}
        assert statistics["re_elected"]["share"] == expected["re_election_max"][0].model_dump()
        assert statistics["women"]["share"] == expected["women_min"][0].model_dump()
        assert statistics["non_party"]["share"] == (
            expected["non_party_min_vs_previous"][0].model_dump()
        )

        # DOCX: the personnel scheme's re-election line and table show the finding's figure
        rendered = run(capsys, "docs", "render", WARD, "de_an_nhan_su", "-w", str(ws))
        assert rendered.code == 0, rendered.err
        text, rows = _docx_text(ws / "out" / WARD / "de-an-nhan-su.docx")
        cap = expected["re_election_max"][0]
        denominator = {
            "planned": "số lượng Ủy viên dự kiến",
            "proposed": "số người được giới thiệu",
            "previous_start": "số Ủy viên khóa trước đầu nhiệm kỳ",
        }
        assert (
            f"Tái cử: {cap.count} vị, bằng {cap.percent_text}% so với "
            f"{denominator[cap.base]} ({cap.of} vị);"
        ) in text
        assert ["Tái cử", str(cap.count), str(cap.of), cap.percent_text] in [r[:4] for r in rows]
        party = expected["non_party_min_vs_previous"][0]
        assert ["Ngoài Đảng", str(party.count), str(party.of), party.percent_text] in [
            r[:4] for r in rows
        ]

        # Dashboard and district JSON: the ward's shares are its findings' figures and verdicts
        district = run(capsys, "district", "run", str(ws), "--no-docs", "--json")
        ward = next(w for w in district.json()["wards"] if w["slug"] == WARD)
        for key, rule in (("re_elected", "re_election_max"), ("women", "women_min"),
                          ("non_party", "non_party_min_vs_previous")):  # fmt: skip
            ratio, bound = expected[rule]
            assert ward["shares"][key]["ratio"] == ratio.model_dump(), key
            assert ward["shares"][key]["bound"] == bound.model_dump(), key
            assert ward["shares"][key]["ok"] is bound.admits(ratio), key
        html = (ws / "out" / "dashboard.html").read_text(encoding="utf-8")
        chart = html[html.index('id="chart-re_elected"') :]
        chart = chart[: chart.index("</figure>")]
        bar = re.search(r'<rect class="bar (\w+)"[^>]*><title>Ô Chợ Dừa: ([^<]*)</title>', chart)
        assert bar is not None
        assert bar.group(2) == f"{cap.percent_text}% ({cap.count}/{cap.of})"
        assert (bar.group(1) == "bad") is not expected["re_election_max"][1].admits(cap)
        # one limit line only when every ward was held to the same cap (Văn Miếu keeps 60%)
        if case.re_max == 60:
            assert f"Tối đa {format_limit(case.re_max)}%" in chart
        else:
            assert 'class="limit"' not in chart
