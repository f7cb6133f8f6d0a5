"""Issue 14 point 4: a ward's files read and the documents written stay inside the workspace.

A list ward.yaml names (``lists.proposed``) or a tally's ``people_file`` given as an absolute
path, a ``../`` escape or a symlink leading out of the workspace is refused (exit 2, a message
naming the file and the key), the foreign file never read into any output; a symlinked ``out/``
or ``out/<ward>`` pointing out of the workspace is refused before anything is written.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
import yaml

from tests.cli_helpers import replace, run

SECRET = "Trần Bí Mật"
PROPOSED = "proposed: du-kien-uy-ban-nhiem-ky-2024-2029.xlsx"


@pytest.fixture
def secret(ws: Path) -> Path:
    """A personnel list outside the workspace (beside it)."""
    folder = ws.parent / "ngoai"
    folder.mkdir()
    path = folder / "secret.csv"
    path.write_text(f"STT;Họ và tên;Ngày sinh\n1;{SECRET};01/02/1970\n", encoding="utf-8")
    return path


def _ward(ws: Path) -> Path:
    return ws / "wards" / "o-cho-dua"


def _refused(result_err: str, result_out: str, name: str, key: str) -> None:
    assert "ngoài" in result_err and name in result_err, result_err
    assert f"khóa «{key}»" in result_err
    assert "ward.yaml" in result_err or "tally.yaml" in result_err
    assert SECRET not in result_err + result_out
    assert "Traceback" not in result_err


def _ways_out(ws: Path, secret: Path) -> dict[str, str]:
    link = _ward(ws) / "lien-ket.csv"
    link.symlink_to(secret)
    return {
        "absolute": str(secret),
        "dot-dot": f"../../../{secret.parent.name}/{secret.name}",
        "symlink": link.name,
    }


@pytest.mark.parametrize("way", ["absolute", "dot-dot", "symlink"])
def test_a_list_outside_the_workspace_is_refused(
    capsys: pytest.CaptureFixture[str], ws: Path, secret: Path, way: str
) -> None:
    name = _ways_out(ws, secret)[way]
    replace(_ward(ws) / "ward.yaml", PROPOSED, f"proposed: '{name}'")
    before = secret.read_bytes()
    result = run(capsys, "personnel", "check", str(_ward(ws)))
    assert result.code == 2, (result.out, result.err)
    _refused(result.err, result.out, name, "lists.proposed")
    assert secret.read_bytes() == before
    # the documents show placeholders for an unreadable list: never the foreign file's names
    result = run(capsys, "docs", "render", "o-cho-dua", "de_an_nhan_su", "-w", str(ws))
    assert result.code == 0, result.err
    for document in (ws / "out" / "o-cho-dua").glob("*.docx"):
        with zipfile.ZipFile(document) as package:
            assert SECRET not in package.read("word/document.xml").decode("utf-8")
    district = run(capsys, "district", "run", str(ws))
    assert SECRET not in district.out + district.err
    dashboard = ws / "out" / "dashboard.html"
    assert not dashboard.exists() or SECRET not in dashboard.read_text(encoding="utf-8")


def test_a_list_at_the_workspace_root_is_read(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    shutil.move(_ward(ws) / "du-kien-uy-ban-nhiem-ky-2024-2029.xlsx", ws / "chung.xlsx")
    replace(_ward(ws) / "ward.yaml", PROPOSED, "proposed: ../../chung.xlsx")
    result = run(capsys, "personnel", "check", str(_ward(ws)), "--json")
    assert result.code in (0, 1), result.err
    assert result.json()


@pytest.mark.parametrize("way", ["absolute", "dot-dot", "symlink"])
def test_a_tally_people_file_outside_the_workspace_is_refused(
    capsys: pytest.CaptureFixture[str], ws: Path, secret: Path, way: str
) -> None:
    name = _ways_out(ws, secret)[way]
    tally = _ward(ws) / "tally.yaml"
    data = yaml.safe_load(tally.read_text(encoding="utf-8"))
    del data["delegation"]["official"]["people"]
    data["delegation"]["official"]["people_file"] = name
    tally.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = run(capsys, "tally", "o-cho-dua", "-w", str(ws))
    assert result.code == 2, (result.out, result.err)
    _refused(result.err, result.out, name, "delegation.official.people_file")


@pytest.mark.parametrize("linked", ["out", "out/o-cho-dua"])
def test_a_symlinked_output_folder_is_refused_before_writing(
    capsys: pytest.CaptureFixture[str], ws: Path, linked: str
) -> None:
    elsewhere = ws.parent / "noi-khac"
    elsewhere.mkdir()
    (ws / linked).parent.mkdir(parents=True, exist_ok=True)
    (ws / linked).symlink_to(elsewhere, target_is_directory=True)
    result = run(capsys, "docs", "render", "o-cho-dua", "-w", str(ws))
    assert result.code == 2, (result.out, result.err)
    assert "ngoài thư mục làm việc" in result.err
    assert "Traceback" not in result.err
    if linked == "out":
        result = run(capsys, "district", "run", str(ws))
        assert result.code == 2, (result.out, result.err)
        assert "ngoài thư mục làm việc" in result.err
    assert list(elsewhere.iterdir()) == []
