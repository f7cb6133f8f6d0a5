"""`congress docs check` and the `submit_drafts` guard on the officer's Word drafts in
`wards/<slug>/van-kien/`, and the Word files they refuse (exit 2, a Vietnamese message saying what
to do, nothing written)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import docx
import pytest
from docx.shared import Pt

from congress.adapters import word_drafts_folder
from congress.core.drafts import DraftsFile, OrganisationResult
from tests.cli_helpers import run
from tests.test_word_drafts import CLEAN, write
from tests.workspace_helpers import fulfil, ok, stage_of, walk_to

WARD = "o-cho-dua"


@pytest.fixture(autouse=True)
def estimate_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Page counts estimated from the file (LibreOffice takes seconds a file); one test below
    asks LibreOffice."""
    monkeypatch.setenv("CONGRESS_PAGES", "estimate")


def van_kien(ws: Path) -> Path:
    return ws / "wards" / WARD / "van-kien"


def without_results(drafts: DraftsFile) -> DraftsFile:
    orgs = list(drafts.political_report.member_organisations)
    orgs[0] = OrganisationResult(
        organisation=orgs[0].organisation, text="Hội hoạt động tốt, hoàn thành nhiệm vụ."
    )
    report = drafts.political_report.model_copy(update={"member_organisations": orgs})
    return drafts.model_copy(update={"political_report": report})


def flat(text: str) -> str:
    return " ".join(text.split())


def test_docs_check_reads_the_word_files_and_says_so(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    write(van_kien(ws), without_results(CLEAN), "bold", tasks="labels")
    result = run(capsys, "docs", "check", WARD, "-w", str(ws), "--json")
    assert result.code == 1, result.err
    report = result.json()
    assert report["sources"] == {
        "political_report": "bao-cao-chinh-tri.docx",
        "review_report": "bao-cao-kiem-diem.docx",
        "action_programme": "chuong-trinh-hanh-dong.docx",
    }
    failing = {f["rule"]: f for f in report["findings"] if not f["ok"]}
    assert set(failing) == {"member_org_results_present"}
    assert (
        "Hội hoạt động tốt, hoàn thành nhiệm vụ."
        in failing["member_org_results_present"]["message"]
    )
    length = next(f for f in report["findings"] if f["rule"] == "report_length_max")
    assert length["actual"]["method"] == "estimate"
    text = flat(run(capsys, "docs", "check", WARD, "-w", str(ws)).out)
    assert "Nguồn dự thảo: báo cáo chính trị — bao-cao-chinh-tri.docx" in text
    # Without the Word files, drafts.yaml again
    shutil.rmtree(van_kien(ws))
    again = run(capsys, "docs", "check", WARD, "-w", str(ws), "--json")
    assert again.code == 0 and set(again.json()["sources"].values()) == {"drafts.yaml"}


def test_the_submit_drafts_guard_reads_the_word_files(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    walk_to(capsys, ws, WARD, "drafts")
    fulfil(capsys, ws, WARD, "submit_drafts")
    write(van_kien(ws), without_results(CLEAN))
    refused = run(capsys, "ward", "advance", WARD, "submit_drafts", "--by", "Nguyễn Văn An",
                  "-w", str(ws))  # fmt: skip
    assert refused.code == 1, refused.err
    assert "Hội hoạt động tốt, hoàn thành nhiệm vụ." in flat(refused.out)
    assert stage_of(capsys, ws, WARD) == "drafts"
    write(van_kien(ws), CLEAN)  # the officer writes the results in
    ok(capsys, ws, "ward", "advance", WARD, "submit_drafts", "--by", "Nguyễn Văn An")
    assert stage_of(capsys, ws, WARD) == "personnel"


# -- files that cannot be read ----------------------------------------------------------------


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".congress" not in p.parts
    }


def refused(capsys: pytest.CaptureFixture[str], ws: Path, *parts: str) -> None:
    before = snapshot(ws)
    result = run(capsys, "docs", "check", WARD, "-w", str(ws))
    assert result.code == 2, (result.out, result.err)
    assert "Traceback" not in result.err + result.out
    message = flat(result.err)
    for part in parts:
        assert part in message, (part, message)
    assert snapshot(ws) == before  # nothing written


def test_an_old_doc_file_says_how_to_save_it_as_docx(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    folder = van_kien(ws)
    folder.mkdir()
    (folder / "bao-cao-chinh-tri.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    office = shutil.which("soffice") or shutil.which("libreoffice")
    how = "soffice --headless --convert-to docx" if office else "Word Document (*.docx)"
    refused(capsys, ws, "bao-cao-chinh-tri.doc", "tệp Word cũ (.doc)", "Lưu thành", how)


def test_a_password_protected_file_is_refused(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    folder = van_kien(ws)
    folder.mkdir()
    # what Word writes for a file with a password: an OLE container with an EncryptedPackage
    body = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "EncryptedPackage".encode("utf-16-le")
    (folder / "bao-cao-chinh-tri.docx").write_bytes(body + bytes(500))
    refused(capsys, ws, "bao-cao-chinh-tri.docx", "đặt mật khẩu", "bỏ mật khẩu")


def test_a_damaged_file_is_refused(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    paths = write(van_kien(ws), CLEAN)
    paths[1].write_bytes(paths[1].read_bytes()[:3000])  # cut short, as a broken download
    refused(capsys, ws, "bao-cao-kiem-diem.docx", "tệp hỏng", "Mở thử trong Word")


def test_a_draft_open_in_word_says_close_it(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    write(van_kien(ws), CLEAN)
    (van_kien(ws) / "~$o-cao-chinh-tri.docx").write_bytes(b"\x0bNguyen Van An" + bytes(150))
    refused(capsys, ws, "«bao-cao-chinh-tri.docx» đang mở trong Word",
            "đóng tệp trong Word rồi chạy lại")  # fmt: skip


def test_a_draft_typed_in_tcvn3_says_how_to_convert_it(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    write(van_kien(ws), CLEAN)
    document = docx.Document()
    document.add_paragraph("B¸o c¸o chÝnh trÞ")
    for line in ("NhiÖm kú 2019-2024, ñy ban MÆt trËn Tæ quèc", "KÕt qu¶ ®¹t ®­îc"):
        run_ = document.add_paragraph().add_run(line)
        run_.font.name = ".VnTime"
        run_.font.size = Pt(14)
    document.save(str(van_kien(ws) / "bao-cao-chinh-tri.docx"))
    refused(capsys, ws, "bao-cao-chinh-tri.docx", ".VnTime", "Unikey", "Chuyển mã")


def test_a_draft_in_vni_without_its_font_is_found_by_its_text(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    write(van_kien(ws), CLEAN)
    document = docx.Document()
    for line in ("BAÙO CAÙO KIEÅM ÑIEÅM", "Nguyeãn Vaên An, Traàn Thò Bình", "Vaên hoùa, vaên minh",
                 "Ñoaøn keát xaây döïng"):  # fmt: skip
        document.add_paragraph(line)
    document.save(str(van_kien(ws) / "bao-cao-kiem-diem.docx"))
    refused(capsys, ws, "bao-cao-kiem-diem.docx", "TCVN3 (ABC) hoặc VNI", "Unikey")


@pytest.mark.external
def test_libreoffice_counts_the_pages_when_it_is_installed(
    capsys: pytest.CaptureFixture[str], ws: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("LibreOffice is not installed")
    monkeypatch.delenv("CONGRESS_PAGES")
    write(van_kien(ws), CLEAN)
    # the count is cached in the state folder, which a read-only check never creates: an
    # officer's first recorded step makes it
    assert not (ws / ".congress").exists()
    assert run(capsys, "ward", "confirm", WARD, "plan_issued", "--by", "A", "-w", str(ws)).code == 0
    report = run(capsys, "docs", "check", WARD, "-w", str(ws), "--json").json()
    length = next(f for f in report["findings"] if f["rule"] == "report_length_max")
    assert length["actual"]["method"] == "office"
    assert length["actual"]["pages"] == int(length["actual"]["pages"]) > 5
    assert "số trang LibreOffice đếm" in length["message"]
    # counted once: the next check (a district run, a guard) takes the count from the cache
    assert (ws / ".congress" / "page-counts.json").is_file()

    def no_office(path: Path, timeout: float = 0) -> int:
        raise AssertionError(f"LibreOffice asked again for {path}")

    monkeypatch.setattr(word_drafts_folder, "office_pages", no_office)
    again = run(capsys, "docs", "check", WARD, "-w", str(ws), "--json").json()
    length_again = next(f for f in again["findings"] if f["rule"] == "report_length_max")
    assert length_again["actual"] == length["actual"]
