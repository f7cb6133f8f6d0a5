"""The one-walk YAML builder gives what PyYAML's own constructor gives, and refuses the same."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from congress.adapters import yaml_files
from congress.errors import ConfigError
from congress.resources import workflows_dir

_Fast: Any = yaml_files._DATA_LOADER


class _Standard(_Fast):  # type: ignore[misc, valid-type]
    """The same loader with PyYAML's own construction and resolution."""

    def get_single_data(self) -> Any:
        return yaml.CSafeLoader.get_single_data(self)

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        return yaml.CSafeLoader.resolve(self, kind, value, implicit)


def _both(text: str) -> tuple[Any, Any]:
    return yaml.load(text, Loader=_Fast), yaml.load(text, Loader=_Standard)


def _outcomes(text: str) -> list[str]:
    """What the walk and PyYAML's constructor make of `text`: the object, or the refusal."""
    outcomes = []
    for loader in (_Fast, _Standard):
        try:
            outcomes.append(repr(yaml.load(text, Loader=loader)))
        except yaml.YAMLError as exc:  # a number past the limits: refused by both alike
            outcomes.append(f"{type(exc).__name__}: {exc}")
    return outcomes


pytestmark = pytest.mark.skipif(
    not getattr(yaml, "__with_libyaml__", False), reason="PyYAML without libyaml"
)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_every_bundled_and_example_yaml_is_built_the_same() -> None:
    files = sorted(workflows_dir().glob("*.yaml")) + sorted(EXAMPLES.rglob("*.yaml"))
    assert len(files) > 5
    for path in files:
        fast, standard = _both(path.read_text(encoding="utf-8-sig"))
        assert fast == standard and repr(fast) == repr(standard), path


@pytest.mark.parametrize(
    "text",
    [
        "a: 2024-02-30\nb: 2024-02-29\nc: 2024-01-05 08:30:00\n",  # an impossible date kept as text
        "a: yes\nb: Off\nc: ~\nd: null\ne: ''\nf: '12'\ng: 0x1F\nh: 1_000\ni: 1.5e3\nj: -.5\n",
        "? !!str 12\n: x\nk: !!str 2024-01-01\nl: !!int '7'\nm: !!float '2'\n",
        "s: !!set {a, b}\no: !!omap [{a: 1}, {b: 2}]\nbin: !!binary aGk=\n",
        "t: «Bình\u202e» \u200fđ\n",  # bidirectional controls stripped
        "deep: " + "[" * 150 + "1" + "]" * 150 + "\n",  # past MAX_DEPTH: the standard way
        "1: a\nfalse: b\n2.5: c\n",
        # the same plain texts twice, the second time from the remembered tags
        "a: [12, '12', 1.5, yes, '', ~, 2024-01-05, x]\nb: [12, '12', 1.5, yes, '', ~, 2024-01-05, x]\n",
        "k: " + "9" * 45 + "\n",  # too long to be remembered; refused below as a number
    ],
)
def test_special_scalars_and_nodes_are_built_the_same(text: str) -> None:
    fast, standard = _outcomes(text)
    assert fast == standard


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb: 2\na: 3\n",
        "outer:\n  - x: 1\n    x: 2\n",
        "n: 1234567890123456789012\n",
        "f: .nan\n",
        "1: a\ntrue: b\n",  # equal keys of two types
        "other:\n  <<: {x: 1, y: 2}\n  z: 3\n",  # a merge key: handed to the standard way
    ],
)
def test_refusals_are_the_same(text: str) -> None:
    with pytest.raises(yaml.YAMLError) as fast:
        yaml.load(text, Loader=_Fast)
    with pytest.raises(yaml.YAMLError) as standard:
        yaml.load(text, Loader=_Standard)
    assert type(fast.value) is type(standard.value)
    assert str(fast.value) == str(standard.value)


def test_a_duplicate_key_is_refused_with_its_line_through_read_yaml(tmp_path: Path) -> None:
    path = tmp_path / "ward.yaml"
    path.write_text("ward: A\nlists:\n  - name: x\n    name: y\n", encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        yaml_files.read_yaml(path)
    assert error.value.problems[0].row == 4


_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**17), max_value=10**17),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2100, 1, 1)),
)
_trees = st.recursive(
    _scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=6) | st.integers(0, 99), children, max_size=4)
    ),
    max_leaves=25,
)


@settings(max_examples=150, deadline=None)
@given(_trees, st.booleans())
def test_any_plain_document_is_built_the_same(tree: Any, flow: bool) -> None:
    text = yaml.safe_dump({"root": tree}, allow_unicode=True, default_flow_style=flow)
    fast, standard = _outcomes(text)
    assert fast == standard
