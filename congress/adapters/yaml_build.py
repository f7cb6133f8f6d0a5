"""Python objects from a composed YAML node tree, in one recursive walk.

PyYAML's constructor dispatches every node through `construct_object` (a memo of every node, a
state machine of generators for mappings and sequences, a lookup of the constructor by tag): on a
ward's files it costs about as much as libyaml's parsing. The files a ward holds are plain
mappings, sequences and scalars, with no anchors or aliases (`limits.check_yaml_text` refuses
them before parsing), so this walk builds them directly. Each scalar that is not plain text
goes through the loader's own constructor (the number limits, the impossible date kept as text)
and each unusual node — another tag, a merge key, a key that is not a scalar, a nesting deeper
than MAX_DEPTH — makes the whole document go the standard way: the result is the same object
PyYAML builds, only sooner. A refusal (a key written twice, a number past the limits) also
hands the document to the standard way, so that the error reported — when a file holds several,
the first in PyYAML's order, not in this walk's — is the one it always was.
"""

from __future__ import annotations

from typing import Any

import yaml

from congress.core.text import strip_bidi

MAX_DEPTH = 100  # deeper than any congress file: past it the standard constructor takes over

_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_SCALARS = frozenset(
    (
        "tag:yaml.org,2002:int",
        "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:timestamp",
    )
)
_BOOLS = {"yes": True, "no": False, "true": True, "false": False, "on": True, "off": False}


class _Unusual(Exception):
    """A node this walk leaves to the standard constructor."""


def build(loader: Any, node: yaml.Node) -> Any:
    """The document at `node`, as `loader.construct_document(node)` would build it."""
    try:
        return _node(loader, node, 0)
    except Exception:  # an unusual node or a refusal: the standard way decides
        return loader.construct_document(node)


def _node(loader: Any, node: yaml.Node, depth: int) -> Any:
    tag = node.tag
    if isinstance(node, yaml.ScalarNode):
        if tag == _STR:
            return strip_bidi(node.value)
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return _BOOLS[node.value.lower()]
        if tag in _SCALARS:
            return loader.yaml_constructors[tag](loader, node)
        raise _Unusual
    if depth >= MAX_DEPTH:
        raise _Unusual
    if isinstance(node, yaml.MappingNode) and tag == _MAP:
        return _mapping(loader, node, depth + 1)
    if isinstance(node, yaml.SequenceNode) and tag == _SEQ:
        return [_node(loader, item, depth + 1) for item in node.value]
    raise _Unusual


def _mapping(loader: Any, node: yaml.MappingNode, depth: int) -> dict[Any, Any]:
    keys = []
    seen: set[Any] = set()
    for key_node, _ in node.value:
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in _KEY_TAGS:
            raise _Unusual  # a merge key, a `=` key, a mapping or a list as a key
        key = _node(loader, key_node, depth)
        if key in seen:  # refused by `_Loader.construct_mapping`, with its message
            raise _Unusual
        seen.add(key)
        keys.append(key)
    return {
        key: _node(loader, value_node, depth)
        for key, (_, value_node) in zip(keys, node.value, strict=True)
    }


_KEY_TAGS = frozenset((_STR, _NULL, _BOOL, *_SCALARS))
