"""What start-up leaves for later (issue 15) still behaves as before: the rulebook a command
builds from some sections of the ruleset, the models whose schemas are built when first used,
the workbook reader's own unescaping of XML attributes."""

from __future__ import annotations

import importlib
import pkgutil
import shutil
from pathlib import Path
from xml.sax.saxutils import unescape

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel

import congress
from congress.adapters import rulebook_files
from congress.adapters.rulebook_files import known_rules, load_rulebook
from congress.adapters.sheet_xml import _unescape
from congress.core.model import Model
from congress.core.personnel import PERSONNEL_RULES
from congress.core.rule_index import SECTIONS, rule_ids
from congress.core.ruleset import DefinitionError, build_rulebook
from congress.errors import ConfigError
from tests.cli_helpers import replace, run

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "wards" / "o-cho-dua"
BUNDLED = ROOT / "workflows" / "ward-2024-2029" / "ruleset.yaml"
THRESHOLD = '      threshold: "1/2"\n      # Mẫu số: present = số đại biểu có mặt'


@pytest.fixture
def ward(tmp_path: Path) -> Path:
    """The passing example ward, naming a copy of the bundled ruleset beside it."""
    folder = Path(shutil.copytree(EXAMPLE, tmp_path / "o-cho-dua"))
    (tmp_path / "vong-moi").mkdir()
    shutil.copy(BUNDLED, tmp_path / "vong-moi" / "ruleset.yaml")
    replace(folder / "ward.yaml", "ruleset: ward-2024-2029", "ruleset: ../vong-moi/ruleset.yaml")
    return folder


def test_the_index_names_every_rule_of_each_section_in_order() -> None:
    for section, (module, registry, ids) in SECTIONS.items():
        rules = getattr(importlib.import_module(module), registry)
        assert tuple(rules) == ids, section
        assert list(known_rules([section])) == list(ids)
    assert rule_ids() == list(known_rules())  # the whole registry, in the same order


def test_personnel_check_leaves_the_count_rules_unparsed_other_commands_do_not(
    capsys: pytest.CaptureFixture[str], ward: Path, tmp_path: Path
) -> None:
    ruleset = tmp_path / "vong-moi" / "ruleset.yaml"
    replace(ruleset, THRESHOLD, THRESHOLD.replace('"1/2"', '"một nửa"'))
    checked = run(capsys, "personnel", "check", str(ward), "--json")
    assert checked.code == 0, checked.err  # its own rules ran and passed
    assert {f["rule"] for f in checked.json()["findings"]} <= set(PERSONNEL_RULES)
    # a command that loads the whole ruleset still refuses it, with the file and the key
    form = run(capsys, "personnel", "form", str(tmp_path / "mau.xlsx"), "--ruleset", str(ruleset))
    assert form.code == 2, form.out
    assert str(ruleset) in form.err and "rules.item_passed.params.threshold" in form.err
    assert not (tmp_path / "mau.xlsx").exists()
    with pytest.raises(ConfigError):
        load_rulebook(str(ruleset))
    assert load_rulebook(str(ruleset), sections=["personnel"]).params.keys() == set(PERSONNEL_RULES)


def test_personnel_check_still_refuses_a_rule_no_section_knows(
    capsys: pytest.CaptureFixture[str], ward: Path, tmp_path: Path
) -> None:
    ruleset = tmp_path / "vong-moi" / "ruleset.yaml"
    replace(ruleset, "  quorum:\n", "  quorom:\n")
    result = run(capsys, "personnel", "check", str(ward))
    assert result.code == 2, result.out
    assert "không có quy tắc «quorom»" in result.err
    # the rules it offers are every section's, not only the personnel rules
    assert "quorum" in result.err and "report_length_max" in result.err


def test_a_skipped_section_still_needs_its_texts_in_the_catalogue() -> None:
    book = load_rulebook("ward-2024-2029")
    texts = {rule: text for rule, text in book.texts.items() if rule != "quorum"}
    with pytest.raises(DefinitionError) as error:
        build_rulebook(book.ruleset, texts, PERSONNEL_RULES, book.labels, known=rule_ids())
    assert (error.value.loc, error.value.key) == (("quorum",), "config.missing")
    partial = build_rulebook(book.ruleset, book.texts, PERSONNEL_RULES, known=rule_ids())
    assert set(partial.params) == set(PERSONNEL_RULES) and partial.enabled("quorum")


def test_without_the_index_an_unloaded_rule_is_unknown() -> None:
    book = load_rulebook("ward-2024-2029")
    with pytest.raises(DefinitionError) as error:
        build_rulebook(book.ruleset, book.texts, PERSONNEL_RULES)
    assert error.value.key == "config.unknown_rule"


@given(st.text(alphabet="&;ltgquoampsx <>\"'Tổ", max_size=40))
def test_attribute_unescaping_is_saxutils(text: str) -> None:
    assert _unescape(text.encode("utf-8")) == unescape(text, {"&quot;": '"', "&apos;": "'"})


def test_every_model_of_the_project_defers_its_schema() -> None:
    for info in pkgutil.walk_packages(congress.__path__, "congress."):
        importlib.import_module(info.name)
    pending = [BaseModel]
    models = []
    while pending:
        for sub in pending.pop().__subclasses__():
            pending.append(sub)
            if sub.__module__.startswith("congress."):
                models.append(sub)
    assert len(models) > 50  # the walk found them
    for model in models:
        assert issubclass(model, Model), f"{model.__module__}.{model.__qualname__}"
        assert model.model_config.get("defer_build") is True, model.__qualname__


def test_the_sections_of_a_ward_read_its_ruleset_once(
    ward: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A district run checks each ward's personnel, drafts and count (three partial books)
    and renders its documents (the whole book): the ruleset file is read and validated once."""
    ruleset = tmp_path / "vong-moi" / "ruleset.yaml"
    read: list[Path] = []
    real = rulebook_files.read_yaml
    monkeypatch.setattr(rulebook_files, "read_yaml", lambda path: read.append(path) or real(path))
    roots = (ward, tmp_path)
    books = [
        load_rulebook("../vong-moi/ruleset.yaml", ward, roots, sections)
        for sections in (["personnel"], ["drafts", "script", "facts"], ["tally", "facts"], None)
    ]
    assert read.count(ruleset) == 1  # (the catalogue, rules.yaml, is read once per process)
    assert [len(book.params) for book in books] == [10, 11, 8, len(rule_ids())]
    assert books[0].ruleset is books[3].ruleset  # one validated ruleset behind the four books
