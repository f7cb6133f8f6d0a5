"""A document's data made safe and hashed once per ward (issue 15, the district's workers).

The parts a ward's documents share are made XML-safe and serialised once; the data a template
sees and the text its `data_hash` is taken of must be exactly what they were when every document
was made safe and serialised whole (`json.dumps(sort_keys=True)`), so no registered hash changes.
The shared parts are read-only to a template (one template cannot change what the next shows);
a template's own lists stay its own.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import jinja2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2.exceptions import SecurityError

from congress.adapters.docx_render import environment
from congress.adapters.ward_folder import FileWardFolder
from congress.core.doc_context import DOCUMENTS, applies, context, safe_context
from congress.core.doc_data import (
    ReadOnlyDict,
    ReadOnlyList,
    SharedParts,
    data_text,
    data_utf8,
    document_data,
)
from congress.core.text import xml_safe
from congress.services.documents import TemplateSet, data_hash, load_ward_documents, prepare
from congress.services.workspace import WardScope

EXAMPLE_WARD = Path(__file__).resolve().parent.parent / "examples" / "wards" / "o-cho-dua"

# strings with the characters XML refuses, JSON escapes and Vietnamese letters
_TEXT = st.text(
    alphabet=st.sampled_from(["a", "Đ", "ư", "\x00", "\x0b", "\x1f", "\t", '"', "\\", "\ufffe"]),
    max_size=6,
)
_LEAF = _TEXT | st.integers() | st.booleans() | st.none() | st.just(date(2024, 1, 20))
_VALUE = st.recursive(
    _LEAF,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
    max_leaves=12,
)


def _old_hash(data: dict[str, Any]) -> str:
    """The hash as every document's data was hashed before: serialised whole."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(_TEXT, _VALUE, max_size=6), st.data())
def test_data_and_its_text_are_those_of_the_whole_made_safe(
    built: dict[str, Any], data: st.DataObject
) -> None:
    shared_keys = data.draw(st.sets(st.sampled_from(sorted(built)))) if built else set()
    shared = {id(built[k]) for k in shared_keys}
    parts = SharedParts()
    for _ in range(2):  # the second document of the ward reuses what the first made
        made = document_data(built, shared, parts)
        assert made == xml_safe(built)
        text = data_text(made, parts)
        assert text == json.dumps(xml_safe(built), ensure_ascii=False, sort_keys=True, default=str)
        assert data_utf8(made, parts) == text.encode("utf-8")  # the bytes hashed
        assert data_hash(made, parts) == _old_hash(xml_safe(built))  # the same hash, again


def test_a_shared_part_is_made_safe_once_and_read_only() -> None:
    part = {"people": [{"name": "Lê\x00 Văn A"}], "count": 3}
    own = {"title": "Kế\x0b hoạch"}
    parts = SharedParts()
    first = document_data({"personnel": part, "plan": own}, {id(part)}, parts)
    second = document_data({"personnel": part}, {id(part)}, parts)
    assert first["personnel"] is second["personnel"]  # one copy for every document
    assert isinstance(first["personnel"], ReadOnlyDict)
    assert isinstance(first["personnel"]["people"], ReadOnlyList)
    assert first["personnel"]["people"][0] == {"name": "Lê Văn A"}
    assert type(first["plan"]) is dict and first["plan"] == {"title": "Kế hoạch"}  # its own copy
    assert part["people"][0]["name"] == "Lê\x00 Văn A"  # what was built is never changed


@pytest.fixture(scope="module")
def example() -> WardScope:
    folder = FileWardFolder.at(EXAMPLE_WARD)
    root = EXAMPLE_WARD.parent.parent
    return WardScope(folder, root, Path("/nonexistent"), "ward-2024-2029", "vi", date(2024, 1, 20))


def test_every_document_of_a_real_ward_keeps_its_data_and_its_hash(example: WardScope) -> None:
    """The example ward's 15 documents: the data given to each template and each `data_hash`
    are those of the document's context made safe and serialised whole."""
    fresh = load_ward_documents(example)  # the context as it was built, for the comparison
    source = load_ward_documents(example)
    templates = TemplateSet()
    checked = 0
    for doc in DOCUMENTS:
        if not applies(doc, source):
            continue
        expected = xml_safe(context(doc, fresh))
        assert safe_context(doc, source) == expected
        prepared = prepare(doc, source, templates, Path("/nonexistent"))
        assert prepared.data_hash == _old_hash(expected) == data_hash(expected)
        checked += 1
    assert checked >= 14
    assert source.parts._parts  # the shared parts were made once, not per document


@pytest.mark.parametrize(
    "call", ["people.append(1)", "people.pop()", "people.sort()", "info.update(a=1)",
             "info.clear()", "info.setdefault('x', 1)", "people.extend([1])"],
)  # fmt: skip
def test_a_template_cannot_change_a_shared_part(call: str) -> None:
    env = environment()
    data = {"people": ReadOnlyList(["b", "a"]), "info": ReadOnlyDict({"k": "v"})}
    with pytest.raises(SecurityError, match="unsafe"):
        env.render(env.from_string("{{ " + call + " }}"), data)
    assert data == {"people": ["b", "a"], "info": {"k": "v"}}


def test_a_template_still_reads_shared_parts_and_changes_its_own_lists() -> None:
    env = environment()
    data = {"people": ReadOnlyList(["b", "a"]), "info": ReadOnlyDict({"k": "v", "items": 1})}
    source = (
        "{% set mine = [] %}{% for p in people|sort %}{{ mine.append(p) or '' }}{% endfor %}"
        "{{ mine|join(',') }}|{{ people|length }}|{{ info.k }}|{{ info['items'] }}|"
        "{% for k, v in info.items() %}{{ k }}={{ v }};{% endfor %}|{{ people.index('a') }}"
    )
    assert env.render(env.from_string(source), data) == "a,b|2|v|1|k=v;items=1;|1"


def test_a_dict_key_after_a_dot_reads_as_jinja_reads_it() -> None:
    """`x.key` of a dict: its item, or jinja's own attribute when the dict has one by that name
    (``items``, ``keys``); a missing key is undefined (strict: an error)."""
    env = environment()
    data = {"x": {"name": "An", "keys": "k"}, "y": ReadOnlyDict({"name": "Bình"})}
    out = env.render(env.from_string("{{ x.name }}|{{ y.name }}|{{ x.keys()|list|length }}"), data)
    assert out == "An|Bình|2"
    with pytest.raises(jinja2.UndefinedError, match="missing"):
        env.render(env.from_string("{{ x.missing }}"), data)


def test_docs_render_refuses_a_template_that_changes_a_shared_part(
    capsys: pytest.CaptureFixture[str], ws: Path, tmp_path: Path
) -> None:
    """Through the command: the plan's template appends to the congress's presidium, a part the
    programme, the script, the minutes… show too. Refused as unsafe, exit 2, nothing written."""
    from tests.test_docs_bad_input import _outputs, bundled_copy, make_template, render

    folder = bundled_copy(tmp_path / "mau")
    unsafe = make_template(
        folder / "ke-hoach.docx", "Kế hoạch", "{{ congress.presidium.append('Kẻ lạ') }}"
    )
    result = render(capsys, ws, "--templates", str(folder))
    assert result.code == 2
    assert str(unsafe) in result.err
    assert "is unsafe" in result.err and "append" in result.err
    assert _outputs(ws) == []


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(exclude_categories=())))  # surrogates too
def test_xml_safe_removes_what_xml_refuses_and_nothing_else(text: str) -> None:
    """The shortcut for printable text (`str.isprintable`) changes no result: every character XML
    1.0 refuses goes, every other one stays, in any string hypothesis finds."""
    refused = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
    assert xml_safe(text) == refused.sub("", text)
    assert xml_safe({"k": [text]}) == {"k": [refused.sub("", text)]}
