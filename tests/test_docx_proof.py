"""A bundled template's parts proven well-formed once, from their Jinja tree, instead of being
parsed after every render (issue 15: ≈ 7 % of a district worker). The proof must be sound: a part
it accepts gives well-formed XML whatever the data; anything it cannot tell is left to the check
after each render, as is every part of the officer's own templates."""

from __future__ import annotations

import shutil
from pathlib import Path
from xml.parsers import expat

import jinja2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from congress.adapters.docx_proof import always_well_formed
from congress.adapters.docx_render import CompiledTemplate, environment
from congress.core.text import xml_safe
from congress.resources import data_dir
from tests.cli_helpers import run

BUNDLED = data_dir("doc_templates")


def _proven(source: str) -> bool:
    return always_well_formed(environment().parse(source))


def test_every_part_of_every_bundled_template_with_tags_is_proven() -> None:
    env = environment()
    for path in sorted(BUNDLED.glob("*.docx")):
        template = CompiledTemplate.load(path, env)
        assert set(template.parts) - set(template.fixed) <= template.proven, path.name


def test_the_officers_own_templates_are_parsed_after_every_render(tmp_path: Path) -> None:
    own = tmp_path / "mau"
    shutil.copytree(BUNDLED, own)
    template = CompiledTemplate.load(own / "ke-hoach.docx", environment())
    assert template.proven == set()


@pytest.mark.parametrize(
    "source",
    [
        '<r>{% for x in xs %}<p a="{{ x }}">{{ x|upper }}</p>{% endfor %}</r>',
        "<r>{% if c %}<p/>{% elif d %}<q>{{ v }}</q>{% else %}{% endif %}</r>",
        "<r>{% for x in xs %}{% if x %}<p>{{ x ~ v }}</p>{% endif %}{% endfor %}{{ xs|length }}</r>",
        "<?xml version=\"1.0\"?><r><!-- a note -->{{ '<literal>' }}</r>",
    ],
)
def test_parts_whose_every_filling_is_well_formed_are_proven(source: str) -> None:
    assert _proven(source)


@pytest.mark.parametrize(
    ("source", "why"),
    [
        ("<r>{% if c %}<p>{% endif %}</p></r>", "a block that opens an element it does not close"),
        ("<r><{{ t }}/></r>", "an expression as an element's name"),
        ("<r><p {{ a }}/></r>", "an expression between attributes"),
        ('<r><p {% if c %}a="1"{% endif %}/></r>', "a block inside a tag"),
        ("<r><!-- {% if c %}-- {% endif %} --></r>", "a block inside a comment"),
        ("<r><!-- {{ v }} --></r>", "an expression inside a comment («--» breaks it)"),
        ("<r>&{{ v }};</r>", "an expression as an entity's name"),
        ("<r>{{ v|safe }}</r>", "markup let through"),
        ("<r>{{ v|xmlattr }}</r>", "a filter that gives markup"),
        ("{% macro m() %}<p>{% endmacro %}<r>{{ m() }}</r>", "a macro"),
        ("{% set x %}<p>{% endset %}<r>{{ x }}</r>", "a block assigned"),
        ("<r>{% filter upper %}<p>{% endfilter %}</r>", "a filter block"),
        ("<r>{{ '\x01' }}</r>", "a constant XML refuses"),
        ("<r>{{ undefined_function(v) }}</r>", "a call of a function the proof does not know"),
        ("<r>&nbsp;{{ v }}</r>", "an entity XML does not define"),
    ],
)
def test_parts_it_cannot_tell_are_left_to_the_check_after_each_render(
    source: str, why: str
) -> None:
    assert not _proven(source), why


# a template of random pieces: tags, text, expressions in content and attributes, blocks
_PIECES = st.sampled_from(
    ["<p>", "</p>", "<q/>", "text", "{{ v }}", "<a b=\"{{ v }}\"/>", "{% if c %}", "{% else %}",
     "{% endif %}", "{% for x in xs %}", "{% endfor %}", "{{ x }}", "<!-- note -->", "&amp;",
     "<c ", "/>", "\"", "{{ xs|join(v) }}", "<!--", "-->", "&", ";", "<", ">", "{{ v|safe }}"]
)  # fmt: skip
_TEXT = st.text(st.characters(exclude_categories=()), max_size=8)


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=12), _TEXT, st.booleans(), st.lists(_TEXT, max_size=3))
def test_a_proven_part_is_well_formed_whatever_the_data(
    pieces: list[str], text: str, flag: bool, items: list[str]
) -> None:
    source = "<r>" + "".join(pieces) + "</r>"
    env = environment()
    try:
        tree = env.parse(source)
    except jinja2.TemplateSyntaxError:
        return  # not a template
    if not always_well_formed(tree):
        return
    data = xml_safe({"v": text, "c": flag, "xs": items})  # as every document's data is made
    try:
        xml = env.from_string(source).render(data)
    except jinja2.UndefinedError:
        return  # `x` outside its loop: no filling at all
    expat.ParserCreate().Parse(xml, True)


def test_a_template_of_ones_own_that_breaks_the_xml_is_still_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The check after each render stays for the officer's own templates (`docs lint`)."""
    from tests import bombs

    template = bombs.template_with(tmp_path / "ke-hoach.docx", "{{ '<w:p>'|safe }}")
    result = run(capsys, "docs", "lint", str(template))
    assert result.code == 1 and "văn bản không mở được" in result.out + result.err
