"""Stages and moves by their Vietnamese names: typed with or without diacritics, in any case."""

from __future__ import annotations

import xml.dom.minidom
from pathlib import Path

import pytest
import yaml

from congress.adapters.workspace import load_definition
from congress.core import workflow_names as wn
from congress.services.ward_checks import CHECKS
from tests.cli_helpers import ROOT, run
from tests.workspace_helpers import cli, fulfil, history, ok, stage_of

DEFINITION = load_definition("ward-2024-2029", set(CHECKS))


def codes(typed: str, things: list[wn.Named]) -> list[str]:
    return [t.code for t in wn.matches(typed, things)]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("start_drafts", ["start_drafts"]),
        ("Dự thảo văn kiện", ["start_drafts"]),  # the stage the move leads to
        ("du thao van kien", ["start_drafts"]),
        ("DỰ THẢO VĂN KIỆN", ["start_drafts"]),
        ("nộp dự thảo", ["submit_drafts"]),
        ("Nop du thao", ["submit_drafts"]),
        ("  thông qua   ĐỀ ÁN nhân sự ", ["approve_personnel"]),
        ("Hội nghị lần thứ nhất", ["hold_first_meeting"]),
        ("xyz", []),
        ("", []),
    ],
)
def test_a_move_by_code_or_name(typed: str, expected: list[str]) -> None:
    assert codes(typed, wn.moves(DEFINITION)) == expected


def test_a_phrase_names_one_thing_or_several() -> None:
    assert codes("ke hoach", wn.checklist(DEFINITION)) == ["plan_issued"]
    assert codes("tap huan", wn.checklist(DEFINITION)) == ["training_attended"]
    several = codes("lay y kien", wn.checklist(DEFINITION))
    assert several == ["comments_member_orgs", "comments_residential_areas",
                       "comments_party_committee"]  # fmt: skip
    assert codes("dang uy", wn.approvals(DEFINITION)) == ["party_committee"]
    assert codes("de an nhan su", wn.stages(DEFINITION)) == ["personnel"]
    assert codes("Đại hội", wn.stages(DEFINITION)) == ["congress"]  # a whole name wins


def test_the_first_version_of_the_workflow_still_loads_and_is_named_by_its_labels() -> None:
    v1 = load_definition("ward-2024-2029@1", set(CHECKS))
    assert v1.version == 1 and all(not s.names for s in v1.stages)
    assert codes("du thao van kien", wn.moves(v1)) == ["start_drafts"]


def _with(tmp_path: Path, change: dict[str, object]) -> Path:
    data = yaml.safe_load(
        (ROOT / "workflows" / "ward-2024-2029" / "workflow.yaml").read_text(encoding="utf-8")
    )
    data["stages"][1]["names"] = change["names"]
    path = tmp_path / "workflow.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_a_name_given_to_two_stages_is_refused_with_its_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = _with(tmp_path, {"names": ["Đề án nhân sự"]})  # the personnel stage's label
    result = run(capsys, "workflow", "show", str(path))
    assert result.code == 2 and "stages.1.names.0" in result.err
    assert "«Đề án nhân sự»" in result.err and "drafts" in result.err
    path = _with(tmp_path, {"names": ["Nhân sự"]})  # a name of the personnel stage
    result = run(capsys, "workflow", "show", str(path))
    assert result.code == 2 and "stages.2.names.0" in result.err  # personnel's own name, now twice
    assert "«Nhân sự»" in result.err and "drafts" in result.err and "personnel" in result.err


pytestmark = pytest.mark.workspace("init")


def test_an_officer_moves_a_ward_by_names(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    slug = "van-mieu"
    for item in ("da ban hanh ke hoach", "TIỂU BAN", "Tập huấn"):
        done = ok(capsys, ws, "ward", "confirm", "Văn Miếu", item, "--by", "An")
        assert "Đã ghi: Đã" in done.out
    moved = ok(capsys, ws, "ward", "advance", "van mieu", "du thao van kien", "--by", "An")
    assert "Dự thảo văn kiện" in moved.out
    assert stage_of(capsys, ws, slug) == "drafts"

    back = ok(capsys, ws, "ward", "reopen", slug, "huong dan", "--by", "An", "--reason", "R")
    assert "Triển khai hướng dẫn, kế hoạch" in back.out
    assert stage_of(capsys, ws, slug) == "guidance"
    ok(capsys, ws, "ward", "advance", slug, "Dự thảo văn kiện", "--by", "An")

    refused = cli(capsys, ws, "ward", "advance", slug, "thông qua đề án nhân sự", "--by", "An")
    assert refused.code == 1
    assert "Thông qua đề án nhân sự (approve_personnel)" in refused.err
    assert "Có thể: Hoàn thành dự thảo, chuyển sang đề án nhân sự (submit_drafts)" in refused.err

    rows = history(capsys, ws, slug)
    assert [r["trigger"] for r in rows if r["kind"] == "transition"] == ["start_drafts"] * 2
    text = " ".join(ok(capsys, ws, "ward", "history", slug).out.split())
    assert "Xác nhận: Đã ban hành Kế hoạch tổ chức Đại hội" in text
    assert "Bắt đầu dự thảo văn kiện: «Triển khai hướng dẫn, kế hoạch» → «Dự thảo văn kiện»" in text
    assert "confirm:" not in text and "plan_issued" not in text and "start_drafts" not in text
    english = " ".join(ok(capsys, ws, "ward", "history", slug, "--lang", "en").out.split())
    assert "Confirmed: The ward's congress plan is issued" in english


def test_an_unknown_or_ambiguous_name_is_refused_listing_the_names(
    capsys: pytest.CaptureFixture[str], ws: Path
) -> None:
    unknown = cli(capsys, ws, "ward", "advance", "van-mieu", "sang buoc sau", "--by", "An")
    assert unknown.code == 2
    assert "Bắt đầu dự thảo văn kiện (start_drafts); Hoàn thành dự thảo" in unknown.err
    several = cli(capsys, ws, "ward", "confirm", "van-mieu", "lấy ý kiến", "--by", "An")
    assert several.code == 2
    assert "«lấy ý kiến» khớp với nhiều tên" in several.err
    assert "(comments_member_orgs)" in several.err and "(plan_issued)" not in several.err
    approval = cli(capsys, ws, "ward", "approve", "van-mieu", "cấp trên", "--by", "An",
                   "--document", "Số 1")  # fmt: skip
    assert approval.code == 2 and "(upper_standing)" in approval.err
    # nothing recorded after what init did: the registration and its three Word drafts
    assert [r["kind"] for r in history(capsys, ws, "van-mieu")] == ["register"] + ["document"] * 3


def test_approve_by_name_records_the_code(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    fulfil(capsys, ws, "o-cho-dua", "start_drafts")
    done = ok(capsys, ws, "ward", "approve", "o-cho-dua", "dang uy phuong", "--by", "An",
              "--document", "Số 45-CV/ĐU")  # fmt: skip
    assert "Đã ghi: Ban Thường vụ Đảng ủy phường đồng ý đề án nhân sự (Số 45-CV/ĐU)" in done.out
    rows = history(capsys, ws, "o-cho-dua")
    assert rows[-1]["trigger"] == "approve:party_committee"


def test_workflow_show_draws_a_picture(
    capsys: pytest.CaptureFixture[str], ws: Path, tmp_path: Path
) -> None:
    picture = tmp_path / "quy-trinh.svg"
    shown = ok(capsys, ws, "workflow", "show", "--ward", "Ô Chợ Dừa", "--svg", str(picture))
    assert f"Sơ đồ quy trình: {picture}" in shown.out
    document = xml.dom.minidom.parse(str(picture))
    texts = [t.firstChild.data for t in document.getElementsByTagName("text") if t.firstChild]
    for stage in DEFINITION.stages:
        assert stage.label["vi"] in texts
    for move in DEFINITION.transitions:
        assert f"{move.label['vi']} ({move.trigger})" in texts
    assert "cần: Đề án nhân sự đạt; 2 phê duyệt" in texts
    current = [r for r in document.getElementsByTagName("rect")
               if "current" in r.getAttribute("class")]  # fmt: skip
    assert len(current) == 1  # o-cho-dua is at its first stage
    assert document.getElementsByTagName("line").length == len(DEFINITION.transitions)

    unwritable = cli(capsys, ws, "workflow", "show", "--svg", str(tmp_path / "no" / "x.svg"))
    assert unwritable.code == 2 and "không ghi được sơ đồ" in unwritable.err
    english = ok(capsys, ws, "workflow", "show", "--lang", "en").out
    assert "Stage" in english and "Tên gõ được" not in english


def test_a_hostile_label_is_escaped_in_the_picture(tmp_path: Path) -> None:
    from congress.core.workflow_svg import draw

    first = DEFINITION.stages[0].model_copy(
        update={"label": {"vi": "<script>alert(1)</script> & «x»"}}
    )
    hostile = DEFINITION.model_copy(update={"stages": [first, *DEFINITION.stages[1:]]})
    svg = draw(hostile, None, "vi", {}, "T")
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    xml.dom.minidom.parseString(svg)


def test_an_exception_by_the_rule_title(capsys: pytest.CaptureFixture[str], ws: Path) -> None:
    guess = cli(capsys, ws, "ward", "exception", "van-mieu", "tai cu", "--by", "Hoa",
                "--reason", "R", "--document", "D")  # fmt: skip
    assert guess.code == 2  # a rule is named whole: no exception is granted on a phrase
    granted = ok(capsys, ws, "ward", "exception", "van-mieu", "ty le tai cu", "--by", "Hoa",
                 "--reason", "Phường mới sáp nhập", "--document", "Số 12/CV-MTTQ")  # fmt: skip
    assert "Đã ghi: Tỷ lệ tái cử (Số 12/CV-MTTQ)" in granted.out
    assert history(capsys, ws, "van-mieu")[-1]["trigger"] == "exception:re_election_max"
    status = " ".join(ok(capsys, ws, "ward", "status", "van-mieu").out.split())
    assert "Ngoại lệ Tỷ lệ tái cử: Hoa" in status and "re_election_max" not in status
    unknown = cli(capsys, ws, "ward", "exception", "van-mieu", "xyz", "--by", "Hoa",
                  "--reason", "R", "--document", "D")  # fmt: skip
    assert unknown.code == 2 and "Tỷ lệ tái cử (re_election_max)" in unknown.err
