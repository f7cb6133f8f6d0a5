"""Issue 14 replayed: every numbered case of the adversarial test, and the payload classes behind
them, through the CLI on real files.

Each case asserts what the issue's «done when» asks: a clear message (the right exit code, the
file named), no traceback, nothing outside the workspace touched (a sibling folder's snapshot is
compared), no formula cell in any workbook written, no birth date or identity number of a broken
list in any output. The resource bombs run in a subprocess limited to 10 s and 500 MB.

Cases 1–4 have their own modules (test_terminal_markup, test_hostile_formulas, test_reader_errors'
stray quote, test_hostile_paths); their payloads are imported here and replayed together in one
hostile workspace. Cases 6 and 7 (registry drift, tampering) and the full disk, read-only
workspace and orphaned workers of case 8 are another branch's and are not replayed here.
"""

from __future__ import annotations

import hashlib
import os
import re
import resource
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from tests import bombs
from tests.cli_helpers import ROOT, Run, replace, run
from tests.sheets import Sheet, write_xlsx
from tests.test_hostile_formulas import ORGANISATION, UNIT_NAME, WARD_NAME, _cells
from tests.test_terminal_markup import ACTOR, NOTE, PERSON

BIDI = "\u202e"
BRACES = "{_{ x }_}"
WARD = "o-cho-dua"
PROPOSED = "proposed: du-kien-uy-ban-nhiem-ky-2024-2029.xlsx"
# The personal data of a broken list: none of it may reach any output.
BIRTHS = [f"{n % 28 + 1:02d}/07/1961" for n in range(1, 40)]
IDENTITIES = [f"0010610{n:05d}" for n in range(1, 40)]
PERSONAL = re.compile(r"\d{1,2}/07/1961|0010610\d{5}")


def _no_traceback(result: Run) -> None:
    assert "Traceback" not in result.out + result.err, result.err[-2000:]
    assert result.code in (0, 1, 2), result.code


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def sibling(ws: Path) -> Path:
    """A folder beside the workspace, with a list in it: nothing may read or write there."""
    folder = ws.parent / "ngoai"
    folder.mkdir()
    (folder / "secret.csv").write_text("Họ và tên;Ngày sinh\nTrần Bí Mật;01/02/1970\n", "utf-8")
    return folder


def _broken_list(path: Path) -> Path:
    """A list with a stray quote (`;"Nam;`) and a birth date and identity number on every row."""
    rows = ["STT;Họ và tên;Ngày sinh;Giới tính;Số CCCD"]
    for n, (born, number) in enumerate(zip(BIRTHS, IDENTITIES, strict=True), start=1):
        gender = '"Nam' if n == 5 else "Nam"
        rows.append(f"{n};Nguyễn Văn Người {n};{born};{gender};{number}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _hostile_workspace(ws: Path, sibling: Path) -> None:
    """Every payload class at once: markup, formulas, bidi controls, literal braces, a broken
    list with personal data, a path out of the workspace."""
    ward = ws / "wards" / WARD
    replace(ward / "ward.yaml", "ward: Ô Chợ Dừa", f"ward: '{WARD_NAME}'")
    replace(ward / "ward.yaml", "  - name: Hội Cựu chiến binh\n", f'  - name: "{ORGANISATION}"\n')
    replace(ws / "unit.yaml", "unit: Quận Đống Đa", f"unit: '{UNIT_NAME}'")
    target = "    - name: Vận động Quỹ “Vì người nghèo” cả nhiệm kỳ"
    replace(ward / "drafts.yaml", target, f"    - name: 'Quỹ {BRACES} {BIDI}nghèo'")
    book_path = ward / "du-kien-uy-ban-nhiem-ky-2024-2029.xlsx"
    book = openpyxl.load_workbook(book_path)
    cell = next(
        c for r in book.worksheets[0].iter_rows() for c in r if c.value == "Nguyễn Thị Xuân"
    )
    cell.value = PERSON
    book.save(book_path)
    other = ws / "wards" / "van-mieu"
    _broken_list(other / "broken.csv")
    text = (other / "ward.yaml").read_text("utf-8")
    text = re.sub(r"(?m)^  proposed: .*$", "  proposed: broken.csv", text)
    text = re.sub(r"(?m)^  previous: .*$", f"  previous: {sibling / 'secret.csv'}", text)
    (other / "ward.yaml").write_text(text, "utf-8")


def _texts(ws: Path) -> list[tuple[Path, str]]:
    """The text of every file written in the workspace's out/ and of the form."""
    found = []
    for path in sorted(ws.rglob("*")):
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as package:
                xml = "".join(
                    package.read(n).decode("utf-8")
                    for n in package.namelist()
                    if n.startswith("word/") and n.endswith(".xml")
                )
            found.append((path, re.sub(r"<[^>]+>", "", xml)))
        elif (path.suffix == ".xlsx" and "out" in path.parts) or path.name == "form.xlsx":
            found.append((path, " ".join(str(c[1]) for c in _cells(path))))
        elif path.suffix in (".html", ".json", ".md", ".txt"):
            found.append((path, path.read_text("utf-8")))
    return found


def test_a_hostile_workspace_leaves_no_trace(
    capsys: pytest.CaptureFixture[str], ws: Path, sibling: Path
) -> None:
    """Payload classes of cases 1-5 and 8 together, through the commands an officer runs."""
    _hostile_workspace(ws, sibling)
    before = _snapshot(sibling)
    folder = str(ws / "wards" / WARD)
    commands: list[tuple[str, ...]] = [
        ("personnel", "check", folder, "--people"),
        ("personnel", "check", str(ws / "wards" / "van-mieu")),
        ("ward", "status", "-w", str(ws)),
        ("ward", "confirm", WARD, "plan_issued", "--by", ACTOR, "-w", str(ws)),
        ("ward", "history", WARD, "-w", str(ws)),
        ("docs", "render", WARD, "bao_cao_chinh_tri", "-w", str(ws)),
        ("district", "run", str(ws)),
        ("personnel", "form", str(ws / "form.xlsx"), "--ward", folder),
    ]
    outputs, codes = [], []
    for args in commands:
        result = run(capsys, *args)
        _no_traceback(result)
        outputs.append(result.out + result.err)
        codes.append(result.code)
    # the hostile ward is checked; the broken list is refused; the district goes on (exit 1)
    assert codes == [1, 2, 0, 0, 0, 0, 1, 0], list(zip(commands, codes, strict=True))
    joined = "\n".join(outputs)
    assert ACTOR in joined and PERSON in joined  # markup printed as typed
    assert "broken.csv, dòng 6, cột D «Giới tính»" in joined  # the stray quote, located
    assert not PERSONAL.search(joined)
    assert _snapshot(sibling) == before
    texts = _texts(ws)
    assert any(p.name == "dashboard.html" for p, _ in texts)
    for path, text in texts:
        assert not PERSONAL.search(text), path
        assert BIDI not in text, path
        assert "Trần Bí Mật" not in text, path
    for path in [*ws.glob("out/*.xlsx"), ws / "form.xlsx"]:
        assert [c for c in _cells(path) if c[2] == "f"] == [], path
    dashboard = (ws / "out" / "dashboard.html").read_text("utf-8")
    # the dashboard: where and which rule, never the error's text (it quotes the cell)
    assert "broken.csv, dòng 6, cột D «Giới tính» — lỗi «cell.bad_gender»" in dashboard
    assert "giới tính «" not in dashboard
    report = next(t for p, t in texts if p.name.startswith("bao-cao-chinh-tri"))
    assert BRACES in report  # user text printed verbatim, never read as a tag
    assert NOTE  # (case 1's note is replayed by test_terminal_markup)


# -- case 5: resource bombs, each in a process limited to 10 s and 500 MB -----------------------

LIMIT_BYTES = 500 * 1024 * 1024


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT_BYTES, LIMIT_BYTES))


def _congress(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CONGRESS_LANG": "vi"}
    return subprocess.run(
        [sys.executable, "-m", "congress", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=10,
        preexec_fn=_limited,
        check=False,
    )


def _list_check(build: Callable[[Path], Path], name: str) -> Callable[[Path], tuple[str, ...]]:
    def make(folder: Path) -> tuple[str, ...]:
        path = build(folder / name)
        return ("personnel", "check", "--proposed", str(path), "--planned-size", "5")

    return make


def _ward_file(text: Callable[[str], str]) -> Callable[[Path], tuple[str, ...]]:
    def make(folder: Path) -> tuple[str, ...]:
        ward = folder / "phuong"
        ward.mkdir()
        source = ROOT / "examples" / "wards" / WARD
        for item in source.iterdir():
            (ward / item.name).write_bytes(item.read_bytes())
        path = ward / "ward.yaml"
        path.write_text(text(path.read_text("utf-8")), "utf-8")
        return ("personnel", "check", str(ward))

    return make


def _lint(tag: str) -> Callable[[Path], tuple[str, ...]]:
    def make(folder: Path) -> tuple[str, ...]:
        return ("docs", "lint", str(bombs.template_with(folder / "ke-hoach.docx", tag)))

    return make


BIG = "9" * 5000
DOUBLING = (
    "{% set n = namespace(s='AB') %}{% for i in range(40) %}{% set n.s = n.s ~ n.s %}{% endfor %}"
)
# (how to make it, the exit code, words of the message)
BOMBS = {
    "shared-string-400MB": (_list_check(bombs.shared_string_bomb, "l.xlsx"), 2, "giải nén"),
    "long-shared-string": (_list_check(bombs.long_string, "l.xlsx"), 2, "32.767"),
    "sparse-20M-cells": (_list_check(bombs.sparse_sheet, "l.xlsx"), 2, "T1000000"),
    "declared-dimension": (_list_check(bombs.declared_sheet, "l.xlsx"), 2, "XFD1048576"),
    "dense-cells": (_list_check(bombs.dense_sheet, "l.xlsx"), 2, "ô; tối đa"),
    "zip-ratio": (_list_check(bombs.packed_sheet, "l.xlsx"), 2, "gấp"),
    "xml-entities": (_list_check(bombs.entity_bomb, "l.xlsx"), 2, "ENTITY"),
    "csv-long-field": (_list_check(bombs.long_csv_field, "l.csv"), 2, "ngoặc kép"),
    "yaml-aliases": (_ward_file(bombs.alias_ward), 2, "bí danh"),
    "yaml-4300-digits": (
        _ward_file(lambda t: re.sub(r"(?m)^planned_size: .*$", f"planned_size: {BIG}", t)),
        2,
        "quá lớn",
    ),
    "yaml-inf": (
        _ward_file(lambda t: re.sub(r"(?m)^planned_size: .*$", "planned_size: .inf", t)),
        2,
        ".inf",
    ),
    # docs lint: a template that cannot be filled is a failed lint (exit 1), with the reason
    "template-endless-loop": (
        _lint("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"),
        1,
        "quá 10 giây",
    ),
    "template-300MB-string": (_lint("{{ 'A' * 300000000 }}"), 1, "quá lớn"),
    "template-doubling": (
        _lint(DOUBLING),
        1,
        "quá lớn",
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", list(BOMBS))
def test_a_bomb_ends_within_10s_and_500MB(tmp_path: Path, case: str) -> None:
    make, code, words = BOMBS[case]
    args = make(tmp_path)
    result = _congress(tmp_path, *args)
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.returncode == code, (result.stdout[-1000:], result.stderr[-1000:])
    assert words in result.stdout + result.stderr, (result.stdout[-1000:], result.stderr[-1000:])


# -- case 5 in the workspace: one ward's bomb never stops the others ----------------------------


def test_a_300_character_file_name_stops_only_its_ward(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    name = "a" * 300 + ".xlsx"
    replace(ws / "wards" / WARD / "ward.yaml", PROPOSED, f"proposed: {name}")
    check = run(capsys, "personnel", "check", str(ws / "wards" / WARD))
    _no_traceback(check)
    assert check.code == 2
    assert "khóa «lists.proposed» ghi một tên tệp quá dài (305 byte; tối đa 255" in check.err
    district = run(capsys, "district", "run", str(ws), "--json")
    _no_traceback(district)
    report = district.json()
    states = {w["slug"]: w["state"] for w in report["wards"]}
    assert states[WARD] == "missing_data" and states["van-mieu"] != "missing_data"
    assert (ws / "out" / "dashboard.html").is_file()


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("planned_size: 55", f"planned_size: {BIG}", "quá lớn (tối đa 18 chữ số)"),
        ("planned_size: 55", "planned_size: true", "cần một số nguyên, không phải true/false"),
        ("congress_date: 2024-01-12", "congress_date: 0001-01-01", "ngày không hợp lý"),
    ],
    ids=["4300-digits", "bool", "year-1"],
)
def test_a_number_or_date_no_congress_has(
    capsys: pytest.CaptureFixture[str], ws: Path, old: str, new: str, words: str
) -> None:
    replace(ws / "wards" / WARD / "ward.yaml", old, new)
    check = run(capsys, "personnel", "check", str(ws / "wards" / WARD))
    _no_traceback(check)
    assert check.code == 2 and words in check.err and "ward.yaml, dòng" in check.err
    status = run(capsys, "ward", "status", "-w", str(ws))  # the other wards are still shown
    _no_traceback(status)
    assert status.code == 0 and "Văn Miếu" in status.out


@pytest.mark.parametrize("value", [".nan", ".inf", "'1e999999999'"])
def test_a_target_that_is_no_number(
    capsys: pytest.CaptureFixture[str], ws: Path, value: str
) -> None:
    replace(ws / "wards" / WARD / "drafts.yaml", "target: 1500", f"target: {value}")
    result = run(capsys, "docs", "check", WARD, "-w", str(ws))
    _no_traceback(result)
    assert result.code == 2 and "drafts.yaml, dòng" in result.err
    assert "không phải một số" in result.err or "cần một số" in result.err


# -- case 8: the other cases ------------------------------------------------------------------


def test_a_utf16_unicode_text_list_is_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Excel's «Unicode Text» (spec §3): UTF-16 with a BOM, tab-separated."""
    text = "STT\tHọ và tên\tNgày sinh\tGiới tính\n1\tNguyễn Văn An\t01/02/1970\tNam\n"
    path = tmp_path / "danh-sach.txt"
    path.write_bytes(text.encode("utf-16"))
    result = run(
        capsys, "personnel", "check", "--proposed", str(path), "--planned-size", "1", "--people"
    )
    _no_traceback(result)
    assert result.code in (0, 1) and "Nguyễn Văn An" in result.out


def test_a_workbook_with_every_sheet_hidden(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Excel saves such a workbook (openpyxl will not): every `<sheet>` of workbook.xml hidden."""
    source = write_xlsx(tmp_path / "s.xlsx", Sheet([["Họ và tên"], ["An"]], title="DS"))
    path = tmp_path / "l.xlsx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "xl/workbook.xml":
                data = re.sub(rb"<sheet ", b'<sheet state="hidden" ', data)
            new.writestr(info, data)
    result = run(capsys, "personnel", "check", "--proposed", str(path), "--planned-size", "1")
    _no_traceback(result)
    assert result.code == 2 and "mọi trang tính trong tệp đều đang ẩn («DS»)" in result.err


def test_a_folder_named_as_the_second_entry(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    (ws / "wards" / WARD / "tally-ban-2.yaml").mkdir()
    result = run(capsys, "tally", "check", WARD, "-w", str(ws))
    _no_traceback(result)
    assert result.code == 2 and "«tally-ban-2.yaml» là một thư mục, không phải tệp" in result.err


@pytest.mark.parametrize("where", ["absolute", "symlink", "extends"])
def test_a_ruleset_or_workflow_outside_the_workspace(
    capsys: pytest.CaptureFixture[str], ws: Path, sibling: Path, where: str
) -> None:
    bundled = ROOT / "workflows" / "ward-2024-2029" / "ruleset.yaml"
    (sibling / "ruleset.yaml").write_text(bundled.read_text("utf-8"), "utf-8")
    ward = ws / "wards" / WARD / "ward.yaml"
    if where == "absolute":
        replace(ward, "ruleset: ward-2024-2029", f"ruleset: {sibling / 'ruleset.yaml'}")
    elif where == "symlink":
        (ws / "quy-tac.yaml").symlink_to(sibling / "ruleset.yaml")
        replace(ward, "ruleset: ward-2024-2029", "ruleset: ../../quy-tac.yaml")
    else:
        (ws / "quy-tac.yaml").write_text(f"extends: {sibling / 'ruleset.yaml'}\n", "utf-8")
        replace(ward, "ruleset: ward-2024-2029", "ruleset: ../../quy-tac.yaml")
    before = _snapshot(sibling)
    result = run(capsys, "personnel", "check", str(ws / "wards" / WARD))
    _no_traceback(result)
    assert result.code == 2 and "nằm ngoài thư mục làm việc" in result.err
    assert ("«extends»" if where == "extends" else "«ruleset»") in result.err
    unit = ws / "unit.yaml"
    text = unit.read_text("utf-8")
    unit.write_text(
        re.sub(r"(?m)^workflow: .*$", f"workflow: {sibling / 'wf.yaml'}", text), "utf-8"
    )
    status = run(capsys, "ward", "status", "-w", str(ws))
    _no_traceback(status)
    assert status.code == 2 and "khóa «workflow»" in status.err
    assert _snapshot(sibling) == before


def test_literal_braces_and_bidi_controls_in_a_document(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    """`{_{ x }_}` typed by a user is printed as typed; U+202E never reaches a document."""
    ward = ws / "wards" / WARD
    target = "    - name: Vận động Quỹ “Vì người nghèo” cả nhiệm kỳ"
    replace(ward / "drafts.yaml", target, f"    - name: 'Quỹ {BRACES} {BIDI}nghèo'")
    result = run(capsys, "docs", "render", WARD, "bao_cao_chinh_tri", "-w", str(ws))
    _no_traceback(result)
    assert result.code == 0, result.err
    [document] = (ws / "out" / WARD).glob("bao-cao-chinh-tri*.docx")
    with zipfile.ZipFile(document) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    assert f"Quỹ {BRACES} nghèo" in re.sub(r"<[^>]+>", "", xml)
    assert BIDI not in xml


def test_docs_lint_fails_a_template_whose_document_would_not_open(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    template = bombs.template_with(tmp_path / "ke-hoach.docx", "{{ '<w:p>'|safe }}")
    result = run(capsys, "docs", "lint", str(template))
    _no_traceback(result)
    assert result.code == 1 and "văn bản không mở được" in result.out + result.err


def test_init_copies_a_workflow_of_ones_own_into_the_workspace(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """unit.yaml names files inside the workspace only: `init --workflow FILE` copies FILE in."""
    from tests.test_workflow_definition import SMALL, _init_small

    own = tmp_path / "chung" / "workflow.yaml"
    own.parent.mkdir()
    own.write_text(SMALL, encoding="utf-8")
    assert _init_small(capsys, tmp_path / "ws", str(own)).code == 0
    unit = (tmp_path / "ws" / "unit.yaml").read_text("utf-8")
    assert re.search(r"(?m)^workflow: '?\"?workflow\.yaml", unit), unit
    assert (tmp_path / "ws" / "workflow.yaml").read_text("utf-8") == SMALL
    status = run(capsys, "ward", "status", "-w", str(tmp_path / "ws"))
    _no_traceback(status)
    assert status.code == 0, status.err
