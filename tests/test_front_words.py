"""The documents of a ward congress speak the Front's words (domain.md §5): the committee is
hiệp thương cử, never elected. Every generated DOCX of the bundled examples is searched for the
words of State and Party elections; a quotation («…» or “…”) and a mention of a State election
(«cuộc bầu cử đại biểu Quốc hội», «Luật Bầu cử đại biểu Hội đồng nhân dân», «cuộc bầu cử ngày
23/5/2021», in a political report's account of the term) are left out of the search."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from docx import Document

from tests.cli_helpers import ROOT, run

ELECTION_WORDS = re.compile(r"trúng cử|ứng cử viên|bầu cử|phiếu bầu", re.IGNORECASE)
QUOTED = re.compile(
    r"«[^»]*»|“[^”]*”|(bầu cử|ứng cử)[^.;]{0,60}(Quốc hội|Hội đồng nhân dân)"
    r"|cuộc bầu cử ngày \d",  # the State election of a given day
    re.IGNORECASE,
)


def words_of(path: Path) -> str:
    document = Document(str(path))
    found = [p.text for p in document.paragraphs]
    for table in document.tables:
        found += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(found)


def election_words(folder: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*.docx")):
        hits = ELECTION_WORDS.findall(QUOTED.sub("", words_of(path)))
        if hits:
            found[str(path.relative_to(folder))] = hits
    return found


@pytest.mark.slow
def test_the_example_wards_documents_never_speak_of_an_election(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    for ward in ("o-cho-dua", "van-mieu"):
        result = run(capsys, "docs", "render", ward, "-w", str(ws))
        assert result.code == 0, result.err
    out = ws / "out"
    assert len(list(out.rglob("*.docx"))) >= 20
    assert election_words(out) == {}


@pytest.mark.slow
def test_the_dong_da_documents_of_the_count_never_speak_of_an_election(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ws = tmp_path / "dong-da"
    shutil.copytree(ROOT / "examples" / "dong-da", ws,
                    ignore=shutil.ignore_patterns(".congress", "out"))  # fmt: skip
    wards = sorted(p.parent.name for p in (ws / "wards").glob("*/tally.yaml"))
    assert len(wards) >= 5
    docs = ("bien_ban", "bien_ban_kiem_phieu", "nghi_quyet", "danh_sach_doan_dai_bieu", "to_trinh")
    for ward in wards:
        result = run(capsys, "docs", "render", ward, *docs, "-w", str(ws))
        assert result.code == 0, result.err
    assert election_words(ws / "out") == {}


def test_the_search_finds_the_words_outside_quotations() -> None:
    text = ("Ủy ban được bầu cử. Theo «Luật Bầu cử» và cuộc bầu cử đại biểu Quốc hội khóa XV; "
            "ứng cử viên")  # fmt: skip
    assert ELECTION_WORDS.findall(QUOTED.sub("", text)) == ["bầu cử", "ứng cử viên"]
