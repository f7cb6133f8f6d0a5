"""The district dashboard: structure, escaping, no network, and a real headless browser."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from datetime import UTC, date, datetime
from fractions import Fraction
from html.parser import HTMLParser
from pathlib import Path

import pytest

from congress.adapters.dashboard_html import render_dashboard, write_dashboard
from congress.core.district import (
    SHARES,
    Deadline,
    DistrictReport,
    FindingLine,
    Share,
    WardSummary,
    aggregate,
)
from congress.core.figures import Bound, Ratio

STAGES = [
    {"id": "guidance", "label": "Hướng dẫn"},
    {"id": "pilot", "label": "Đại hội điểm"},
    {"id": "drafts", "label": "Dự thảo văn kiện"},
    {"id": "personnel", "label": "Đề án nhân sự"},
    {"id": "congress", "label": "Đại hội và kiểm phiếu"},
]
EVIL = "Kim Liên & <script>alert(1)</script>"
EVIL_ESCAPED = "Kim Liên &amp; &lt;script&gt;alert(1)&lt;/script&gt;"


def _held(ratio: Ratio, bound: Bound) -> Share:
    """A share as a ward's rule leaves it: its figure, its bound and the bound's verdict."""
    return Share(ratio=ratio, bound=bound, ok=bound.admits(ratio))


def _shares(
    size: int,
    re_elected: int,
    women: int,
    non_party: int,
    ethnic: int,
    religious: int,
    previous_non_party: tuple[int, int],
) -> dict[str, Share]:
    before = Ratio(count=previous_non_party[0], of=previous_non_party[1], base="previous")
    return {
        "re_elected": _held(
            Ratio(count=re_elected, of=size, base="planned"),
            Bound(kind="max", percent=Fraction(60)),
        ),
        "women": _held(
            Ratio(count=women, of=size, base="proposed"), Bound(kind="min", percent=Fraction(30))
        ),
        "non_party": _held(
            Ratio(count=non_party, of=size, base="proposed"),
            Bound(kind="min", percent=before.percent, baseline=before),
        ),
        "ethnic_minority": Share(ratio=Ratio(count=ethnic, of=size, base="proposed")),
        "religious": Share(ratio=Ratio(count=religious, of=size, base="proposed")),
    }


def _ward(slug: str, name: str, stage: str, **extra: object) -> WardSummary:
    index = [s["id"] for s in STAGES].index(stage)
    base: dict[str, object] = {
        "slug": slug,
        "name": name,
        "group": "Tổ công tác số 1",
        "pilot": False,
        "stage": stage,
        "stage_label": STAGES[index]["label"],
        "stage_index": index,
        "since": datetime(2024, 1, 5, 8, 0, tzinfo=UTC),
        "state": "ok",
    }
    base.update(extra)
    return WardSummary.model_validate(base)


def make_report() -> DistrictReport:
    wards = [
        _ward(
            "o-cho-dua",
            "Ô Chợ Dừa",
            "congress",
            pilot=True,
            shares=_shares(55, 30, 18, 15, 1, 2, (13, 52)),
            planned_size=55,
        ),
        _ward(
            "cat-linh",
            "Cát Linh",
            "personnel",
            overdue=[
                Deadline(stage="congress", label="Đại hội", due=date(2024, 3, 1), days_late=5)
            ],
            shares=_shares(55, 34, 14, 12, 0, 1, (13, 52)),
            planned_size=55,
        ),
        _ward(
            "hang-bot",
            "Hàng Bột",
            "personnel",
            group="Tổ công tác số 2",
            state="blocked",
            blocking=[
                FindingLine(
                    rule="committee_size",
                    title="Số lượng Ủy viên",
                    message="Đề xuất 58 người > tối đa 55.",
                    severity="error",
                ),
                FindingLine(
                    rule="org_heads",
                    title="Người đứng đầu tổ chức thành viên",
                    message="Thiếu Chủ tịch Hội Nông dân & Đoàn Thanh niên.",
                    severity="error",
                ),
            ],
            warnings=1,
            shares=_shares(50, 25, 16, 14, 2, 3, (13, 50)),
            planned_size=50,
        ),
        _ward(
            "kham-thien",
            "Khâm Thiên",
            "drafts",
            group="Tổ công tác số 2",
            state="missing_data",
            problems=["Chưa có danh sách nhân sự đề xuất (nhan_su.xlsx)."],
            places=["wards/kham-thien/nhan_su.xlsx — lỗi «file.missing»"],
        ),
        _ward(
            "kim-lien",
            EVIL,
            "drafts",
            group="Tổ <2> & bạn",
            exceptions=[
                {
                    "rule": "re_election_cap",
                    "granted_by": "Nguyễn Văn An",
                    "document": "12/CV-MTTQ",
                    "reason": "Sáp nhập địa bàn",
                }
            ],
            shares=_shares(40, 20, 13, 11, 0, 0, (9, 40)),
            planned_size=40,
        ),
        _ward(
            "lang-ha",
            "Láng Hạ",
            "guidance",
            group=None,
            shares=_shares(45, 22, 15, 13, 1, 1, (11, 45)),
            planned_size=45,
        ),
    ]
    return DistrictReport(
        unit="Ủy ban MTTQ Việt Nam quận Đống Đa",
        workflow={"id": "ward-congress-2024", "version": 3, "title": "Đại hội MTTQ phường"},
        today=date(2024, 3, 6),
        stages=STAGES,
        wards=wards,
        totals=aggregate(wards, [s["id"] for s in STAGES]),
    )


class _Tree(HTMLParser):
    """Records which ward card sits in which stage column and checks tags are balanced."""

    VOID = {"meta", "br", "link", "img", "input", "hr", "col", "wbr"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.column: str | None = None
        self.column_depth = 0
        self.cards: dict[str, str] = {}
        self.column_order: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "section" and found.get("data-stage"):
            self.column = found["data-stage"]
            self.column_order.append(str(self.column))
            self.column_depth = len(self.stack)
        if tag == "article" and found.get("data-ward"):
            self.cards[str(found["data-ward"])] = str(self.column)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pass

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
            return
        self.stack.pop()
        if tag == "section" and len(self.stack) == self.column_depth:
            self.column = None


@pytest.fixture(scope="module")
def page() -> str:
    return render_dashboard(make_report())


def _between(page: str, start: str, end: str = "</section>") -> str:
    at = page.index(start)
    return page[at : page.index(end, at)]


def _card(page: str, slug: str) -> str:
    found = re.search(rf'<article [^>]*data-ward="{slug}"[^>]*>(.*?)</article>', page, re.S)
    assert found, slug
    return found.group(0)


def test_document_shell(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="vi">' in page
    assert '<meta charset="utf-8">' in page
    assert "<title>Bảng theo dõi đại hội — Ủy ban MTTQ Việt Nam quận Đống Đa" in page
    assert "@media print" in page
    assert "ward-congress-2024" in page
    tree = _Tree()
    tree.feed(page)
    tree.close()
    assert not tree.errors
    assert tree.stack == []


def test_every_ward_sits_in_its_stage_column(page: str) -> None:
    tree = _Tree()
    tree.feed(page)
    assert tree.column_order == [s["id"] for s in STAGES]
    report = make_report()
    assert tree.cards == {w.slug: w.stage for w in report.wards}
    assert 'data-stage="pilot"' in page  # the empty stage still has its column
    assert "Không có phường nào" in _between(page, 'data-stage="pilot"')


def test_cards_show_pilot_group_lateness_findings_and_missing_data(page: str) -> None:
    pilot = _card(page, "o-cho-dua")
    assert 'class="badge"' in pilot and "điểm" in pilot
    assert "Tổ công tác số 1" in pilot
    late = _card(page, "cat-linh")
    assert "overdue" in late.split(">")[0]
    assert "Quá hạn 5 ngày" in late
    blocked = _card(page, "hang-bot")
    assert "blocked" in blocked.split(">")[0]
    assert "<svg" in blocked and "2 lỗi chặn" in blocked
    missing = _card(page, "kham-thien")
    assert "missing" in missing.split(">")[0]
    assert "thiếu dữ liệu" in missing
    # where and which rule, never the error's text (issue 14: it may quote a person's cells)
    assert "wards/kham-thien/nhan_su.xlsx — lỗi «file.missing»" in missing
    assert "Chưa có danh sách" not in missing
    assert "overdue" not in _card(page, "lang-ha").split(">")[0]


def test_overdue_section_lists_the_late_wards(page: str) -> None:
    section = _between(page, '<section id="overdue"')
    assert re.findall(r'<tr data-ward="([^"]+)"', section) == ["cat-linh"]
    assert "chưa tới «Đại hội» (hạn 01/03/2024)" in section


def test_blocking_findings_and_exceptions(page: str) -> None:
    section = _between(page, '<section id="blocking"')
    assert re.findall(r'class="ward-findings" data-ward="([^"]+)"', section) == ["hang-bot"]
    assert "<b>Số lượng Ủy viên</b>" in section
    assert "Đề xuất 58 người &gt; tối đa 55." in section
    assert "Thiếu Chủ tịch Hội Nông dân &amp; Đoàn Thanh niên." in section
    exceptions = _between(page, '<table id="exceptions"', "</table>")
    assert re.findall(r'<tr data-ward="([^"]+)"', exceptions) == ["kim-lien"]
    for text in ("re_election_cap", "Nguyễn Văn An", "12/CV-MTTQ", EVIL_ESCAPED):
        assert text in exceptions


def test_working_groups(page: str) -> None:
    section = _between(page, '<section id="groups"')
    boxes = re.findall(
        r'<div class="group-box" data-group="([^"]*)"><h3>([^<]*)</h3><ul>(.*?)</ul>', section, re.S
    )
    found = {label: re.findall(r'data-ward="([^"]+)"', body) for _, label, body in boxes}
    assert found == {
        "Tổ công tác số 1": ["o-cho-dua", "cat-linh"],
        "Tổ công tác số 2": ["hang-bot", "kham-thien"],
        "Tổ &lt;2&gt; &amp; bạn": ["kim-lien"],
        "Chưa phân tổ công tác": ["lang-ha"],
    }
    assert "Đề án nhân sự" in section


def _charts(page: str) -> dict[str, str]:
    found = re.findall(
        r'<figure class="chart" id="chart-[^"]+" data-share="([^"]+)">(.*?)</figure>', page, re.S
    )
    return dict(found)


def _bar(chart: str, name: str) -> tuple[str, float]:
    found = re.search(
        rf'<rect class="bar (\w+)" x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="\d+"><title>{re.escape(name)}:',
        chart,
    )
    assert found, name
    return found.group(1), float(found.group(2))


def test_five_charts_with_a_bar_per_ward_and_the_total(page: str) -> None:
    charts = _charts(page)
    assert list(charts) == list(SHARES)
    names = [
        w.name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        for w in make_report().wards
    ]
    with_data = [n for n in names if n != "Khâm Thiên"]
    for key, chart in charts.items():
        assert 'role="img"' in chart, key
        assert re.search(r"<svg [^>]*>\s*<title id=", chart), key
        titles = re.findall(r'<rect class="bar \w+"[^>]*><title>(.*?): ', chart)
        assert titles == [*with_data, "Toàn đơn vị"], key
        assert 'class="bar total"' in chart
        assert chart.count("không có dữ liệu") == 1, key
    assert 'class="limit"' in charts["re_elected"]
    assert 'class="limit"' in charts["women"]
    for key in ("non_party", "ethnic_minority", "religious"):
        assert 'class="limit"' not in charts[key], key
    assert charts["non_party"].count('class="tick"') == len(with_data)


def test_limits_colour_the_bars(page: str) -> None:
    charts = _charts(page)
    assert _bar(charts["re_elected"], "Cát Linh")[0] == "bad"  # 34/55 = 61,82 % > 60 %
    assert _bar(charts["re_elected"], "Ô Chợ Dừa")[0] == "ok"
    assert "61,82% (34/55)" in charts["re_elected"]
    assert _bar(charts["women"], "Cát Linh")[0] == "warn"  # 14/55 = 25,45 % < 30 %
    assert _bar(charts["women"], "Ô Chợ Dừa")[0] == "ok"  # 18/55 = 32,73 %
    assert _bar(charts["non_party"], "Cát Linh")[0] == "bad"  # 21,82 % < 25,00 %
    assert _bar(charts["non_party"], "Ô Chợ Dừa")[0] == "ok"  # 27,27 % >= 25,00 %
    assert _bar(charts["ethnic_minority"], "Cát Linh")[0] == "ok"


def test_bar_lengths_follow_the_percentages(page: str) -> None:
    chart = _charts(page)["re_elected"]
    high = _bar(chart, "Cát Linh")[1]  # 61,82
    low = _bar(chart, "Láng Hạ")[1]  # 22/45 = 48,89
    assert high / low == pytest.approx(61.82 / 48.89, rel=1e-3)


def test_nothing_external_and_input_escaped(page: str) -> None:
    lowered = page.lower()
    for needle in (
        "http",
        "@import",
        "url(",
        "<link",
        "<script",
        " src=",
        " href=",
        "<img",
        "<iframe",
    ):
        assert needle not in lowered, needle
    assert not re.search(r'(src|href)\s*=\s*["\']?//', lowered)
    assert EVIL_ESCAPED in page
    assert "Tổ &lt;2&gt; &amp; bạn" in page


def test_english_labels() -> None:
    page = render_dashboard(make_report(), lang="en")
    assert '<html lang="en">' in page
    assert "Wards by stage" in page and "Overdue wards" in page and "no data" in page
    assert "Ô Chợ Dừa" in page


def test_write_dashboard_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "dashboard.html"
    target.write_text("old", encoding="utf-8")
    assert write_dashboard(target, make_report(), "vi") == target
    assert target.read_text(encoding="utf-8") == render_dashboard(make_report())
    assert [p.name for p in tmp_path.iterdir()] == ["dashboard.html"]


def _half_then_disk_full(self: Path, data: str, *args: object, **kwargs: object) -> int:
    """Path.write_text that writes half the page, then fails as a full disk would."""
    with open(self, "w", encoding="utf-8") as handle:
        handle.write(data[: len(data) // 2])
    raise OSError(28, "No space left on device")


def _rename_fails(*args: object) -> None:
    raise PermissionError(13, "Permission denied")  # e.g. the file is open in another program


@pytest.mark.parametrize(
    ("target", "patch"),
    [(Path, ("write_text", _half_then_disk_full)), (os, ("replace", _rename_fails))],
    ids=["write", "rename"],
)
def test_write_dashboard_interrupted_leaves_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: object, patch: tuple[str, object]
) -> None:
    path = tmp_path / "dashboard.html"
    path.write_text("old", encoding="utf-8")
    monkeypatch.setattr(target, *patch)
    with pytest.raises(OSError, match=r"No space left|Permission denied"):
        write_dashboard(path, make_report(), "vi")
    monkeypatch.undo()
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["dashboard.html"]


# --- a real headless browser -------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no Chromium binary ('chromium' or 'chromium-browser') on PATH; "
    "install it (Debian: apt-get install chromium) to run the browser check",
)
WIDTH, HEIGHT = 1400, 2200


def _chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        f"--window-size={WIDTH},{HEIGHT}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def _png_pixels(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and the decompressed scanlines of a PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    idat, at = b"", 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind = data[at + 4 : at + 8]
        if kind == b"IDAT":
            idat += data[at + 8 : at + 8 + length]
        at += 12 + length
    return width, height, zlib.decompress(idat)


@pytest.mark.external
@needs_chromium
def test_chromium_renders_the_dashboard_offline(tmp_path: Path) -> None:
    report = make_report()
    path = write_dashboard(tmp_path / "dashboard.html", report, "vi")
    shot = tmp_path / "shot.png"
    result = _chromium(tmp_path / "profile", f"--screenshot={shot}", path.as_uri())
    assert shot.exists(), result.stderr[-2000:]
    data = shot.read_bytes()
    width, height, pixels = _png_pixels(data)
    assert (width, height) == (WIDTH, HEIGHT)
    assert len(data) > 20_000
    assert len(set(pixels)) > 32  # not a blank page

    dom = _chromium(tmp_path / "profile-dom", "--dump-dom", path.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    for ward in report.wards:
        escaped = ward.name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        assert escaped in dom.stdout, ward.name
    assert dom.stdout.count("<svg") >= 5
    assert "<script>alert" not in dom.stdout


def test_empty_district_and_unknown_stage() -> None:
    stages = [s["id"] for s in STAGES]
    empty = DistrictReport(
        unit="Ủy ban MTTQ Việt Nam quận Đống Đa",
        workflow={},
        today=date(2024, 3, 6),
        stages=STAGES,
        wards=[],
        totals=aggregate([], stages),
    )
    page = render_dashboard(empty)
    assert "Không có phường nào quá hạn." in page
    assert '<rect class="bar' not in page
    assert page.count("không có dữ liệu") == len(SHARES)  # the total row of each chart
    stray = _ward("lang-ha", "Láng Hạ", "guidance").model_copy(
        update={"stage": "archived", "stage_label": "Lưu trữ"}
    )
    page = render_dashboard(
        DistrictReport(
            unit="X",
            workflow={},
            today=date(2024, 3, 6),
            stages=STAGES,
            wards=[stray],
            totals=aggregate([stray], stages),
        )
    )
    tree = _Tree()
    tree.feed(page)
    assert tree.column_order == [*stages, "archived"]
    assert tree.cards == {"lang-ha": "archived"}
