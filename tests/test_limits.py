"""Issue 14, point 5: the limits one by one, fast (the CLI replays are in test_adversarial)."""

from __future__ import annotations

import time
from fractions import Fraction
from pathlib import Path

import jinja2
import pytest
from markupsafe import Markup, escape
from pydantic import ValidationError

from congress.adapters import limits
from congress.adapters.docx_render import environment
from congress.adapters.sandbox import MAX_SECONDS, RenderLimit
from congress.adapters.yaml_files import read_yaml
from congress.core.numbers import parse_percent
from congress.core.text import clean, strip_bidi
from congress.core.ward import WardFile
from congress.errors import ConfigError, InputError
from tests import bombs

HUGE = {
    "nested-loops": "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}"
    "{% endfor %}",
    "string-times": "{{ 'A' * 300000000 }}",
    "list-times": "{{ ([1] * 100000000) | length }}",
    "center-filter": "{{ 'x' | center(1000000000) }}",
    "center-method": "{{ 'x'.center(1000000000) }}",
    "printf-width": "{{ '%0999999999d' | format(1) }}",
    "format-width": "{{ '{:>999999999}'.format(1) }}",
    "tilde-doubling": "{% set n = namespace(s='AB') %}{% for i in range(60) %}"
    "{% set n.s = n.s ~ n.s %}{% endfor %}",
    "plus-doubling": "{% set n = namespace(s='AB') %}{% for i in range(60) %}"
    "{% set n.s = n.s + n.s %}{% endfor %}",
    "replace-growth": "{% set n = namespace(s='AAAAAAAAAA') %}{% for i in range(20) %}"
    "{% set n.s = n.s | replace('A', 'AAAAAAAAAA') %}{% endfor %}",
    "power": "{{ 10 ** 100000000 }}",
    "big-range": "{% for i in range(10 ** 7) %}{% endfor %}",
    "recursive-macro": "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
}


@pytest.mark.parametrize("source", list(HUGE.values()), ids=list(HUGE))
def test_the_sandbox_ends_a_huge_or_endless_render(source: str) -> None:
    env = environment()
    started = time.monotonic()
    with pytest.raises(RenderLimit) as caught:
        env.render(env.from_string(source), {})
    assert caught.value.key in ("limit.render_time", "limit.render_size")
    assert time.monotonic() - started < MAX_SECONDS


@pytest.mark.parametrize(
    "source",
    [
        "{% set _congress_loop = {}.fromkeys %}{% for i in range(3) %}{% endfor %}",
        "{% for _congress_size in [1] %}{% endfor %}",
        "{% macro _congress_loop(x) %}{% endmacro %}",
        "{% macro m(_congress_loop) %}{% endmacro %}",
        "{% with _congress_size = 1 %}{% endwith %}",
        "{% import 'x' as _congress_loop %}",
        "{% from 'x' import y as _congress_size %}",
    ],
)
def test_a_template_cannot_replace_a_guard(source: str) -> None:
    """The guards' names are the sandbox's: a template naming a variable, macro, argument or
    import so is refused when it is parsed (its loops would no longer be counted)."""
    with pytest.raises(jinja2.TemplateSyntaxError, match="is reserved"):
        environment().from_string(source)


def test_the_sandbox_renders_ordinary_templates_as_before() -> None:
    env = environment()
    source = (
        "{{ name }}|{{ 'a' ~ 'b' }}|{% for p in people %}{{ loop.index }}{{ p }};{% endfor %}|"
        "{{ 'y' | upper }}|{{ '{:>4}'.format(7) }}|{{ 3 * 4 }}|{{ 2 ** 10 }}|{{ total }}|{{ raw }}"
    )
    out = env.render(
        env.from_string(source),
        {"name": "An\u202eB", "people": ["x", "y"], "total": 10**15, "raw": Markup("<b>&amp;</b>")},
    )
    assert out == "AnB|ab|1x;2y;|Y|   7|12|1024|1000000000000000|<b>&amp;</b>"


@pytest.mark.parametrize("size", [1, 200, 201, 5000])
def test_every_printed_value_is_escaped_as_jinja_escapes_it(size: int) -> None:
    """``{{ … }}`` is written by one call of the sandbox (`environment.printed`): the text Jinja's
    own ``escape(finalize(value))`` gives, for a short (remembered) or a long string, a number,
    markup, and in a macro; ``{% autoescape false %}`` stays Jinja's."""
    hostile = ("<w:t>&'\"\u202eĐ" * size)[: max(size, 9)]
    values = {"s": hostile, "n": 12, "m": Markup("<b>&amp;\u202e</b>"), "none": None}
    source = (
        "{{ s }}|{{ n }}|{{ m }}|{{ none }}|{{ s ~ n }}|{% macro f(x) %}[{{ x }}]{% endmacro %}"
        "{{ f(s) }}|{% autoescape false %}{{ s }}{% endautoescape %}"
    )
    env = environment()
    out = env.render(env.from_string(source), values)
    escaped = str(escape(strip_bidi(hostile)))
    expected = (
        f"{escaped}|12|<b>&amp;</b>|None|{escape(strip_bidi(hostile + '12'))}|[{escaped}]|"
        f"{strip_bidi(hostile)}"
    )
    assert out == expected
    assert "environment.printed(" in env.compile(source, raw=True)


def test_literal_braces_are_a_template_feature_not_a_rewrite_of_the_output() -> None:
    env = environment()
    out = env.render(env.from_string("{{ text }}"), {"text": "{_{ x }_}"})
    assert out == "{_{ x }_}"


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf", "1e999999999", "inf", "nan"])
def test_a_figure_that_is_not_a_finite_number(value: str) -> None:
    with pytest.raises(ValueError, match=r"nan|inf|e999999999"):
        parse_percent(value)
    assert parse_percent("92,5") == Fraction(185, 2)


def _yaml(tmp_path: Path, text: str) -> ConfigError:
    path = tmp_path / "f.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(ConfigError) as caught:
        read_yaml(path)
    return caught.value


def test_yaml_aliases_are_refused_before_parsing(tmp_path: Path) -> None:
    started = time.monotonic()
    error = _yaml(tmp_path, bombs.alias_yaml(levels=30))
    assert error.problems[0].key == "limit.yaml_alias" and error.problems[0].row == 1
    assert time.monotonic() - started < 1


def test_yaml_text_with_ampersands_and_stars_is_read(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text("a: 'R&D *quan trọng*'\nb: x & y\n", "utf-8")
    assert read_yaml(path)[0] == {"a": "R&D *quan trọng*", "b": "x & y"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("n: " + "9" * 5000 + "\n", "limit.number_too_large"),
        ("n: 1234567890123456789\n", "limit.number_too_large"),
        ("n: .nan\n", "limit.number_not_finite"),
        ("n: -.inf\n", "limit.number_not_finite"),
        ("n: 1.0e+400\n", "limit.number_not_finite"),
    ],
)
def test_yaml_numbers_no_congress_file_holds(tmp_path: Path, text: str, key: str) -> None:
    error = _yaml(tmp_path, text)
    assert error.problems[0].key == key and error.problems[0].row == 1


def test_yaml_text_loses_its_bidi_controls(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text('ward: "Ô Chợ \u202eDừa"\nlist: ["a\u2066b\u2069"]\n', "utf-8")
    assert read_yaml(path)[0] == {"ward": "Ô Chợ Dừa", "list": ["ab"]}


def test_a_yaml_file_over_the_size_limit(tmp_path: Path) -> None:
    error = _yaml(tmp_path, "a: " + "x" * limits.YAML_MAX_BYTES + "\n")
    assert error.problems[0].key == "limit.file_too_large"


@pytest.mark.parametrize(
    ("changes", "kind"),
    [
        ({"planned_size": True}, "int_type"),
        ({"planned_size": 10**7}, "less_than_equal"),
        ({"congress_date": "0001-01-01"}, "catalogue"),
        ({"congress_date": "2999-01-01"}, "catalogue"),
    ],
)
def test_the_ward_model_bounds_numbers_and_dates(changes: dict[str, object], kind: str) -> None:
    data = {"ward": "Ô Chợ Dừa", "planned_size": 55, "lists": {"proposed": "a.xlsx"}}
    WardFile.model_validate(data)
    with pytest.raises(ValidationError) as caught:
        WardFile.model_validate({**data, **changes})
    assert caught.value.errors()[0]["type"] == kind


def test_a_file_name_too_long_for_any_file_system(tmp_path: Path) -> None:
    limits.check_name("a" * 255, source=tmp_path, key="k")
    with pytest.raises(InputError) as caught:
        limits.check_name("ư" * 128 + ".xlsx", source=tmp_path, key="lists.proposed")
    assert caught.value.problems[0].params["length"] == 261


def test_utf16_is_recognised() -> None:
    assert limits.looks_utf16("Họ và tên\tNgày".encode("utf-16"))
    assert limits.looks_utf16("STT\tHo va ten\tNgay sinh".encode("utf-16-le"))
    assert not limits.looks_utf16("Họ và tên;Ngày".encode())


def test_bidi_controls_are_dropped_from_user_text() -> None:
    text = "Nguy\u202eễn \u2067Văn\u2069 An\u200f"
    assert clean(text) == "Nguyễn Văn An"
    assert strip_bidi(text) == "Nguyễn Văn An"
