"""The files an officer edits (ward.yaml, a ruleset): every mistake is named, nothing needs code.

Each case copies the example ward into a temporary folder, breaks one thing, runs the real CLI and
expects exit code 2 with a message that names the file, the key (and its line when the key is in
the file) and what to write instead, never a traceback. The positive cases show that a new round
of congresses is a new ruleset file: inheritance and a changed limit work without a line of code.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from congress.adapters import rulebook_files
from congress.adapters.rulebook_files import load_rulebook
from congress.core.rules_ratios import CompositionParams, SizeParams
from tests.cli_helpers import Run, replace, run

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "wards" / "o-cho-dua"
WORKFLOWS = ROOT / "workflows"
BUNDLED_2024 = WORKFLOWS / "ward-2024-2029" / "ruleset.yaml"
PROPOSED = "du-kien-uy-ban-nhiem-ky-2024-2029.xlsx"
PREVIOUS = "uy-ban-nhiem-ky-2019-2024.csv"


def check_files(ward: Path) -> list[str]:
    """The arguments of `personnel check` on the ward's two lists as explicit files."""
    return [
        "personnel", "check", "--proposed", str(ward / PROPOSED),
        "--previous", str(ward / PREVIOUS), "--planned-size", "55",
    ]  # fmt: skip


def line_of(text: str, needle: str) -> int:
    """The 1-based line of the first line that contains `needle`."""
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not found")


def assert_config_error(result: Run, *parts: str) -> None:
    """Exit 2, nothing on stdout, no traceback, and every part in the message on stderr."""
    assert result.code == 2, result.err
    assert result.out == ""
    assert "Traceback" not in result.err
    for part in parts:
        assert part in result.err, f"{part!r} not in:\n{result.err}"


@pytest.fixture
def ward(tmp_path: Path) -> Path:
    """A copy of the passing example ward."""
    return Path(shutil.copytree(EXAMPLE, tmp_path / "o-cho-dua"))


@pytest.fixture
def ruleset(tmp_path: Path) -> Path:
    """A copy of the bundled 2024-2029 ruleset in a round folder of its own."""
    folder = tmp_path / "vong-moi"
    folder.mkdir()
    return Path(shutil.copy(BUNDLED_2024, folder / "ruleset.yaml"))


def use_ruleset(ward: Path, value: str) -> None:
    replace(ward / "ward.yaml", "ruleset: ward-2024-2029", f"ruleset: {value}")


# --- ward.yaml ---------------------------------------------------------------------------------


def test_example_ward_passes(capsys: pytest.CaptureFixture[str], ward: Path) -> None:
    assert run(capsys, "personnel", "check", str(ward)).code == 0


def test_misspelled_key_in_ward_file(capsys: pytest.CaptureFixture[str], ward: Path) -> None:
    text = replace(ward / "ward.yaml", "planned_size: 55", "planed_size: 55")
    result = run(capsys, "personnel", "check", str(ward))
    assert_config_error(
        result,
        f"{ward / 'ward.yaml'}, dòng {line_of(text, 'planed_size')}: khóa «planed_size»",
        "viết sai tên",
        "Các khóa hợp lệ: ward, unit, ruleset, congress_date, planned_size",
    )
    # planned_size itself is asked only by the rules that use it (issue 12): not «missing» here
    assert "thiếu khóa bắt buộc" not in result.err


@pytest.mark.parametrize(
    ("old", "new", "key", "what_to_do"),
    [
        ("planned_size: 55", "planned_size: năm mươi", "planned_size", "phải là số nguyên"),
        ("planned_size: 55", "planned_size: 55.5", "planned_size", "phải là số nguyên"),
        (
            "congress_date: 2024-01-12",
            "congress_date: 32/01/2024",
            "congress_date",
            "phải là ngày dạng yyyy-mm-dd (ví dụ 2024-01-12)",
        ),
        # Shaped like a date but impossible: PyYAML raised a bare ValueError (a traceback).
        (
            "congress_date: 2024-01-12",
            "congress_date: 2024-02-30",
            "congress_date",
            "phải là ngày dạng yyyy-mm-dd",
        ),
        (
            "lists:\n",
            "lists: du-kien.xlsx\nold_lists:\n",
            "lists",
            "nội dung phải là các cặp «khóa: giá trị»",
        ),
    ],
)
def test_wrong_value_in_ward_file(
    capsys: pytest.CaptureFixture[str], ward: Path, old: str, new: str, key: str, what_to_do: str
) -> None:
    text = replace(ward / "ward.yaml", old, new)
    result = run(capsys, "personnel", "check", str(ward))
    line = line_of(text, new.splitlines()[0])
    assert_config_error(result, f"{ward / 'ward.yaml'}, dòng {line}: khóa «{key}»: {what_to_do}")
    assert "Input should" not in result.err  # pydantic's English never reaches an officer


def test_missing_required_key(capsys: pytest.CaptureFixture[str], ward: Path) -> None:
    replace(ward / "ward.yaml", "\nward: Ô Chợ Dừa\n", "\n")
    result = run(capsys, "personnel", "check", str(ward))
    assert_config_error(result, f"{ward / 'ward.yaml'}: khóa «ward»: thiếu khóa bắt buộc")


def test_missing_nested_key_points_at_its_mapping(
    capsys: pytest.CaptureFixture[str], ward: Path
) -> None:
    text = replace(ward / "ward.yaml", f"  proposed: {PROPOSED}\n", "")
    result = run(capsys, "personnel", "check", str(ward))
    assert_config_error(
        result,
        f"{ward / 'ward.yaml'}, dòng {line_of(text, 'lists:')}: khóa «lists.proposed»: "
        "thiếu khóa bắt buộc",
    )


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("  - name: Hội Liên hiệp Phụ nữ", "   - name: Hội Liên hiệp Phụ nữ"),
        ("\nplanned_size: 55", "\n  planned_size: 55"),
    ],
)
def test_yaml_syntax_error_with_its_line(
    capsys: pytest.CaptureFixture[str], ward: Path, old: str, new: str
) -> None:
    text = replace(ward / "ward.yaml", old, new)
    result = run(capsys, "personnel", "check", str(ward))
    bad = new.splitlines()[-1]
    assert_config_error(
        result,
        f"{ward / 'ward.yaml'}, dòng {line_of(text, bad)}",
        "lỗi cú pháp YAML",
        "Kiểm tra thụt lề và dấu hai chấm",
    )


def test_unknown_bundled_ruleset_in_ward_file(
    capsys: pytest.CaptureFixture[str], ward: Path
) -> None:
    use_ruleset(ward, "ward-2099")
    result = run(capsys, "personnel", "check", str(ward))
    assert_config_error(
        result,
        str(ward),
        "khóa «ruleset»",
        "không có bộ quy tắc «ward-2099»",
        "Bộ quy tắc có sẵn: ward-2024-2029, ward-2025-2030; hoặc ghi đường dẫn tới tệp",
    )


def test_unknown_bundled_ruleset_on_the_command_line(
    capsys: pytest.CaptureFixture[str], ward: Path
) -> None:
    result = run(
        capsys,
        "personnel",
        "check",
        "--proposed",
        str(ward / PROPOSED),
        "--planned-size",
        "55",
        "--ruleset",
        "ward-2099",
    )
    assert_config_error(
        result,
        "không có bộ quy tắc «ward-2099»",
        "Bộ quy tắc có sẵn: ward-2024-2029, ward-2025-2030",
    )


def test_missing_ruleset_file(capsys: pytest.CaptureFixture[str], ward: Path) -> None:
    use_ruleset(ward, "../khong-co/ruleset.yaml")
    result = run(capsys, "personnel", "check", str(ward))
    # The path is relative to the ward folder, and shown without `o-cho-dua/..`.
    assert_config_error(
        result, f"{ward.parent / 'khong-co' / 'ruleset.yaml'}: không tìm thấy tệp", "đường dẫn"
    )


# --- a ruleset file ----------------------------------------------------------------------------

RULESET_CASES = [
    pytest.param(
        "term: 2024-2029\n",
        "term: 2024-2029\nterms: 2024-2029\n",
        "terms:",
        "khóa «terms»: khóa không được hỗ trợ (viết sai tên?). Các khóa hợp lệ: id, version, "
        "title, term, extends, categories, age_bands, rules",
        id="unknown-top-level-key",
    ),
    pytest.param(
        "  re_election_max:\n",
        "  re_election_maxx:\n",
        "re_election_maxx",
        "khóa «rules.re_election_maxx»: không có quy tắc «re_election_maxx». "
        "Các quy tắc có sẵn: re_election_max, non_party_min_vs_previous",
        id="unknown-rule",
    ),
    pytest.param(
        "max_percent: 60",
        "max_pct: 60",
        "max_pct",
        "khóa «rules.re_election_max.params.max_pct»: khóa không được hỗ trợ (viết sai tên?). "
        "Các khóa hợp lệ: max_percent, denominator",
        id="unknown-parameter",
    ),
    pytest.param(
        "max_percent: 60",
        "max_percent: 160",
        "max_percent: 160",
        "khóa «rules.re_election_max.params.max_percent»: phải là tỷ lệ phần trăm từ 0 đến 100",
        id="percent-out-of-range",
    ),
    pytest.param(
        "denominator: planned",
        "denominator: total",
        "denominator: total",
        "khóa «rules.re_election_max.params.denominator»: giá trị không hợp lệ; "
        "chọn một trong: planned, proposed",
        id="denominator-not-a-choice",
    ),
    pytest.param(
        "  re_election_max:\n    severity: error",
        "  re_election_max:\n    severity: fatal",
        "severity: fatal",
        "khóa «rules.re_election_max.severity»: giá trị không hợp lệ; "
        "chọn một trong: error, warning",
        id="severity-not-a-choice",
    ),
    pytest.param(
        "  re_election_max:\n    severity: error",
        "  re_election_max:\n    enabled: có\n    severity: error",
        "enabled: có",
        "khóa «rules.re_election_max.enabled»: giá trị không hợp lệ; chọn một trong: true, false",
        id="enabled-not-a-boolean",
    ),
    pytest.param(
        "      min: 30",
        "      min: ba mươi",
        "min: ba mươi",
        "khóa «rules.committee_size_range.params.min»: phải là số nguyên",
        id="size-not-a-number",
    ),
    pytest.param(
        "chair: {min: 1, max: 1}",
        "chair: {min: 1, most: 1}",
        "most: 1",
        "khóa «rules.standing_committee_composition.params.chair.most»: khóa không được hỗ trợ "
        "(viết sai tên?). Các khóa hợp lệ: min, max",
        id="range-key",
    ),
    pytest.param(
        '{label: "Dưới 35 tuổi", max: 34}',
        '{label: "Dưới 35 tuổi", to: 34}',
        "Dưới 35 tuổi",
        "khóa «age_bands.0.to»: khóa không được hỗ trợ (viết sai tên?). Các khóa hợp lệ: "
        "label, min, max",
        id="age-band-key",
    ),
]


@pytest.mark.parametrize(("old", "new", "marker", "message"), RULESET_CASES)
def test_broken_ruleset_named_in_ward_file(
    capsys: pytest.CaptureFixture[str],
    ward: Path,
    ruleset: Path,
    old: str,
    new: str,
    marker: str,
    message: str,
) -> None:
    text = replace(ruleset, old, new)
    use_ruleset(ward, "../vong-moi/ruleset.yaml")
    result = run(capsys, "personnel", "check", str(ward))
    assert_config_error(result, f"{ruleset}, dòng {line_of(text, marker)}: {message}")
    assert "Input should" not in result.err


@pytest.mark.parametrize(("old", "new", "marker", "message"), RULESET_CASES[:6])
def test_broken_ruleset_given_with_option_on_files(
    capsys: pytest.CaptureFixture[str],
    ward: Path,
    ruleset: Path,
    monkeypatch: pytest.MonkeyPatch,
    old: str,
    new: str,
    marker: str,
    message: str,
) -> None:
    text = replace(ruleset, old, new)
    monkeypatch.chdir(ruleset.parent.parent)  # a relative path, as an officer types it
    result = run(capsys, *check_files(ward), "--ruleset", "vong-moi/ruleset.yaml")
    assert_config_error(result, f"vong-moi/ruleset.yaml, dòng {line_of(text, marker)}: {message}")


def test_rule_without_severity(capsys: pytest.CaptureFixture[str], ruleset: Path) -> None:
    text = replace(ruleset, "  women_min:\n    severity: warning\n", "  women_min:\n")
    result = run(capsys, "personnel", "check", str(_ward_using(ruleset)))
    assert_config_error(
        result,
        f"{ruleset}, dòng {line_of(text, 'women_min:')}: khóa «rules.women_min.severity»: "
        "thiếu khóa bắt buộc",
    )


def _ward_using(ruleset: Path) -> Path:
    ward = Path(shutil.copytree(EXAMPLE, ruleset.parent.parent / "o-cho-dua"))
    use_ruleset(ward, str(ruleset))
    return ward


def test_extends_unknown_name(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    child = tmp_path / "vong-moi" / "ruleset.yaml"
    child.parent.mkdir()
    child.write_text(
        "id: vong-moi\nversion: 1\ntitle: Vòng mới\nterm: 2026-2031\nextends: ward-2099\n",
        encoding="utf-8",
    )
    result = run(capsys, "personnel", "check", str(_ward_using(child)))
    assert_config_error(
        result,
        f"{child}, dòng 5: khóa «extends»: không có bộ quy tắc «ward-2099»",
        "Bộ quy tắc có sẵn: ward-2024-2029, ward-2025-2030",
    )


def test_extends_loop_between_two_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for name, other in (("vong-a", "vong-b"), ("vong-b", "vong-a")):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "ruleset.yaml").write_text(
            f"id: {name}\nversion: 1\ntitle: {name}\nterm: 2026-2031\n"
            f"extends: ../{other}/ruleset.yaml\nrules: {{}}\n",
            encoding="utf-8",
        )
    result = run(capsys, "personnel", "check", str(_ward_using(tmp_path / "vong-a/ruleset.yaml")))
    assert_config_error(
        result,
        f"{tmp_path / 'vong-b' / 'ruleset.yaml'}, dòng 5: khóa «extends»: "
        "bộ quy tắc kế thừa vòng tròn: vong-a → vong-b → vong-a",
    )


def test_mistake_inherited_from_a_parent_is_shown_in_the_parent(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, ruleset: Path
) -> None:
    parent_text = replace(ruleset, "max_percent: 60", "max_pct: 60")
    child = tmp_path / "vong-con" / "ruleset.yaml"
    child.parent.mkdir()
    child.write_text(
        "id: vong-con\nversion: 1\ntitle: Vòng con\nterm: 2026-2031\n"
        "extends: ../vong-moi/ruleset.yaml\nrules:\n  women_min:\n    severity: error\n",
        encoding="utf-8",
    )
    result = run(capsys, "personnel", "check", str(_ward_using(child)))
    assert_config_error(
        result,
        f"{ruleset}, dòng {line_of(parent_text, 'max_pct')}: "
        "khóa «rules.re_election_max.params.max_pct»",
    )
    assert str(child) not in result.err


def test_child_must_give_its_own_identity(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    child = tmp_path / "vong-con" / "ruleset.yaml"
    child.parent.mkdir()
    child.write_text("id: vong-con\nextends: ward-2024-2029\n", encoding="utf-8")
    result = run(capsys, "personnel", "check", str(_ward_using(child)))
    for key in ("version", "title", "term"):
        assert f"{child}: khóa «{key}»: thiếu khóa bắt buộc" in result.err
    assert_config_error(result)


def test_unknown_template_field_in_the_catalogue(
    capsys: pytest.CaptureFixture[str],
    ward: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workflows = Path(shutil.copytree(WORKFLOWS, tmp_path / "workflows"))
    monkeypatch.setattr(rulebook_files, "workflows_dir", lambda: workflows)
    catalogue = workflows / "rules.yaml"
    text = replace(catalogue, "(mẫu số: {denominator}).", "(mẫu số: {mau_so}).")
    result = run(capsys, "personnel", "check", str(ward))
    assert_config_error(
        result,
        f"{catalogue}, dòng {line_of(text, '{mau_so}')}: khóa «re_election_max.messages.ok.vi»: "
        "mẫu câu dùng trường «mau_so» không có; các trường dùng được: count, denominator",
    )


def test_json_on_a_config_error_is_one_document(
    capsys: pytest.CaptureFixture[str], ward: Path
) -> None:
    text = replace(ward / "ward.yaml", "planned_size: 55", "planed_size: 55")
    result = run(capsys, "personnel", "check", str(ward), "--json")
    assert result.code == 2
    document = json.loads(result.out)  # the whole of stdout, nothing else
    assert document["ok"] is False
    [extra] = [e for e in document["errors"] if "planed_size" in e["message"]]
    assert extra["file"] == str(ward / "ward.yaml")
    assert extra["row"] == line_of(text, "planed_size")
    assert "Traceback" not in result.err


# --- a new round without code ------------------------------------------------------------------


def test_2025_round_inherits_from_2024() -> None:
    old = load_rulebook("ward-2024-2029")
    new = load_rulebook("ward-2025-2030")
    assert new.ruleset.extends == "ward-2024-2029"
    assert (new.ruleset.id, new.ruleset.term) == ("ward-2025-2030", "2025-2030")
    changed = {"committee_size_range", "standing_committee_composition"}
    assert set(new.ruleset.rules) == set(old.ruleset.rules)
    for rule_id in old.ruleset.rules:
        same = new.params[rule_id] == old.params[rule_id]
        assert same is (rule_id not in changed), rule_id
        if rule_id not in changed:
            assert new.ruleset.rules[rule_id] == old.ruleset.rules[rule_id]
    size = new.params["committee_size_range"]
    assert isinstance(size, SizeParams)
    assert (size.min, size.max) == (47, 70)
    btt = new.params["standing_committee_composition"]
    assert isinstance(btt, CompositionParams)
    assert (btt.vice_chair.min, btt.vice_chair.max) == (3, 7)
    assert (btt.standing_total.min, btt.standing_total.max) == (5, 9)
    assert (btt.chair.min, btt.chair.max) == (1, 1)  # written again in the child, same values
    assert new.ruleset.categories == old.ruleset.categories
    assert new.ruleset.age_bands == old.ruleset.age_bands


def test_2025_round_through_the_ward_file(capsys: pytest.CaptureFixture[str], ward: Path) -> None:
    use_ruleset(ward, "ward-2025-2030")
    result = run(capsys, "personnel", "check", str(ward), "--json")
    assert result.code == 1  # the example's Standing Committee of 4 is too small after 2025
    report = json.loads(result.out)
    assert report["ruleset"]["id"] == "ward-2025-2030"
    failed = {f["rule"] for f in report["findings"] if not f["ok"]}
    assert failed == {"standing_committee_composition"}


def _failed_rules(result: Run) -> set[str]:
    return {f["rule"] for f in json.loads(result.out)["findings"] if not f["ok"]}


def test_copied_ruleset_with_a_lower_cap_fails_the_example(
    capsys: pytest.CaptureFixture[str], ward: Path, ruleset: Path
) -> None:
    replace(ruleset, "max_percent: 60", "max_percent: 50")
    use_ruleset(ward, "../vong-moi/ruleset.yaml")
    result = run(capsys, "personnel", "check", str(ward), "--json")
    assert result.code == 1
    assert _failed_rules(result) == {"re_election_max"}
    [finding] = [f for f in json.loads(result.out)["findings"] if f["rule"] == "re_election_max"]
    assert finding["limit"]["percent"] == 50
    assert "vượt mức tối đa 50%" in finding["message"]


def test_extending_ruleset_with_a_lower_cap_fails_the_example(
    capsys: pytest.CaptureFixture[str], ward: Path, tmp_path: Path
) -> None:
    child = tmp_path / "vong-moi.yaml"
    child.write_text(
        "id: vong-moi\nversion: 1\ntitle: Vòng mới\nterm: 2024-2029\nextends: ward-2024-2029\n"
        "rules:\n  re_election_max:\n    params:\n      max_percent: 50\n",
        encoding="utf-8",
    )
    # The same file on explicit files, with --ruleset.
    result = run(capsys, *check_files(ward), "--ruleset", str(child), "--json")
    assert result.code == 1
    assert _failed_rules(result) == {"re_election_max"}
    report = json.loads(result.out)
    assert report["ruleset"]["id"] == "vong-moi"
    assert report["denominator"] == "planned"  # inherited from the parent


# --- follow-ups: duplicate keys, --ruleset over ward.yaml, a misplaced template field ---------


def test_duplicate_key_in_ward_file_is_refused_with_its_line(
    capsys: pytest.CaptureFixture[str], ward: Path
) -> None:
    text = (ward / "ward.yaml").read_text(encoding="utf-8") + "\nplanned_size: 40\n"
    (ward / "ward.yaml").write_text(text, encoding="utf-8")
    result = run(capsys, "personnel", "check", str(ward))
    line = len(text.splitlines())
    assert_config_error(result, "ward.yaml", f"dòng {line}", "duplicate key «planned_size»")


def test_ruleset_option_overrides_the_ward_file(
    capsys: pytest.CaptureFixture[str], ward: Path
) -> None:
    result = run(capsys, "personnel", "check", str(ward), "--ruleset", "ward-2025-2030", "--json")
    assert result.code == 1
    assert json.loads(result.out)["ruleset"]["id"] == "ward-2025-2030"


def test_misplaced_template_field_shows_instead_of_crashing() -> None:
    from congress.core.findings import Outcome, Status
    from congress.core.ruleset import RuleTexts

    book = load_rulebook("ward-2024-2029")
    texts = dict(book.texts)
    broken = texts["re_election_max"].model_dump()
    broken["messages"]["not_checked"]["vi"] = "Chưa kiểm tra {count} người: {missing}."
    texts["re_election_max"] = RuleTexts.model_validate(broken)
    patched = type(book)(ruleset=book.ruleset, params=book.params, texts=texts)
    outcome = Outcome(Status.NOT_CHECKED, "not_checked", values={"missing": "thiếu danh sách"})
    finding = patched.finding("re_election_max", outcome, "vi")
    assert finding.message == "Chưa kiểm tra {count} người: thiếu danh sách."


def test_a_control_character_pasted_into_yaml_is_named_with_its_line(
    capsys: pytest.CaptureFixture[str], ward: Path
) -> None:
    text = (ward / "ward.yaml").read_text(encoding="utf-8")
    (ward / "ward.yaml").write_text(
        text.replace("ward: Ô Chợ Dừa", "ward: Ô Chợ\x0b Dừa"), encoding="utf-8"
    )
    result = run(capsys, "personnel", "check", str(ward))
    line = line_of(text, "ward: Ô Chợ Dừa")
    assert_config_error(result, f"ward.yaml, dòng {line}: có ký tự điều khiển U+000B")
