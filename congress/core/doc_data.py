"""A document's data as its template sees it, and the text its `data_hash` is taken of (pure).

A ward's documents share parts of their data (the personnel rows, the count, the congress day,
the political report: `WardDocuments.once`). Each shared part is made XML-safe (`xml_safe`) and
serialised ONCE per ward, not once per document that shows it; the data of a document is then
its own small parts made safe plus the shared parts as they are, and the text hashed is put
together from the serialised parts — the very text `json.dumps(data, ensure_ascii=False,
sort_keys=True, default=str)` gives, so every `data_hash` stays what it was.

Several documents are given the same shared part, so a template must not change it: the shared
parts are `ReadOnlyDict`/`ReadOnlyList` (plain dicts and lists to everything else), whose
mutating methods the template sandbox refuses (`adapters.sandbox`). A document's own parts are
its own copies, as before.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any

from congress.core.text import xml_safe


class ReadOnlyDict(dict[Any, Any]):
    """A dict a template may read but not change (shared by the documents of a ward)."""

    __slots__ = ()


class ReadOnlyList(list[Any]):
    """A list a template may read but not change (shared by the documents of a ward)."""

    __slots__ = ()


READ_ONLY = (ReadOnlyDict, ReadOnlyList)


# The leaves `xml_safe` returns as they are, whatever their value: the walks below keep them (and
# a printable str, see `xml_safe`) without a call for each — most of a document's data is such
# leaves, and a call a leaf was most of the cost of making it safe.
_ATOMS = frozenset({int, bool, float, type(None)})


def read_only_safe(value: Any) -> Any:
    """`xml_safe(value)` whose dicts and lists are read-only (`ReadOnlyDict`, `ReadOnlyList`)."""
    return _safe(value, ReadOnlyDict, ReadOnlyList)


def own_safe(value: Any) -> Any:
    """`xml_safe(value)` (plain dicts and lists, a document's own copy)."""
    return _safe(value, dict, list)


def _safe(value: Any, mapping: type[dict[Any, Any]], sequence: type[list[Any]]) -> Any:
    """`xml_safe(value)` with its dicts made `mapping` and its lists `sequence`; a printable str
    or an atom kept as it is without a further call."""
    if isinstance(value, dict):
        return mapping(
            {
                k: v
                if (type(v) is str and v.isprintable()) or type(v) in _ATOMS
                else _safe(v, mapping, sequence)
                for k, v in value.items()
            }
        )
    if isinstance(value, list):
        return sequence(
            [
                v
                if (type(v) is str and v.isprintable()) or type(v) in _ATOMS
                else _safe(v, mapping, sequence)
                for v in value
            ]
        )
    return xml_safe(value)


# `json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)`, its encoder made once
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str)


def serialised(value: Any) -> str:
    """The JSON text of `value` as `data_hash` takes it: `json.dumps(value, ensure_ascii=False,
    sort_keys=True, default=str)`."""
    return _ENCODER.encode(value)


class SharedParts:
    """The shared parts of one ward's documents, each made safe and serialised once.

    Keyed by the identity of the part as built (`WardDocuments.once` keeps every part alive for
    the ward's life, so an identity is never reused while it is here)."""

    def __init__(self) -> None:
        self._parts: dict[int, tuple[Any, Any]] = {}  # id(built) -> (built, safe)
        self._texts: dict[int, str] = {}  # id(safe) -> its JSON text
        self._utf8: dict[int, bytes] = {}  # id(safe) -> its JSON text in UTF-8

    def safe(self, built: Any) -> Any:
        known = self._parts.get(id(built))
        if known is None or known[0] is not built:
            known = (built, read_only_safe(built))
            self._parts[id(built)] = known
        return known[1]

    def text(self, value: Any) -> str:
        """The JSON text of `value`: remembered for a shared part, else serialised now."""
        if type(value) is str:
            return encode_basestring(value)  # what json.dumps does with a str (ensure_ascii=False)
        if isinstance(value, READ_ONLY) and id(value) in self._texts:
            return self._texts[id(value)]
        text = serialised(value)
        if isinstance(value, READ_ONLY):
            self._texts[id(value)] = text  # safe parts live in `_parts` as long as this does
        return text

    def utf8(self, value: Any) -> bytes | None:
        """The JSON text of `value` in UTF-8 when it is a shared part (encoded once), else None."""
        if not isinstance(value, READ_ONLY):
            return None
        known = self._utf8.get(id(value))
        if known is None:
            known = self._utf8[id(value)] = self.text(value).encode("utf-8")
        return known


def document_data(built: dict[str, Any], shared: set[int], parts: SharedParts) -> dict[str, Any]:
    """The document's data from its context as `built`: each top-level value that is a shared
    part (its identity in `shared`) as made safe once for the ward, every other one made safe
    now (a copy of the document's own)."""
    return {
        k: v
        if (type(v) is str and v.isprintable()) or type(v) in _ATOMS
        else parts.safe(v)
        if id(v) in shared
        else own_safe(v)
        for k, v in built.items()
    }


def data_text(data: dict[str, Any], parts: SharedParts) -> str:
    """`serialised(data)`, put together from the serialised top-level values (a shared part's
    text is made once). Same separators, same key order as `json.dumps(sort_keys=True)`."""
    items = (f"{encode_basestring(k)}: {parts.text(data[k])}" for k in sorted(data))
    return "{" + ", ".join(items) + "}"


def data_utf8(data: dict[str, Any], parts: SharedParts) -> bytes:
    """`data_text(data, parts).encode("utf-8")`, each shared part's text encoded once for the
    ward (the text is cut only between whole JSON values: the same bytes)."""
    chunks: list[bytes] = []
    text = ["{"]
    for i, k in enumerate(sorted(data)):
        text.append(f"{', ' if i else ''}{encode_basestring(k)}: ")
        encoded = parts.utf8(data[k])
        if encoded is None:
            text.append(parts.text(data[k]))
        else:
            chunks += ("".join(text).encode("utf-8"), encoded)
            text = []
    text.append("}")
    chunks.append("".join(text).encode("utf-8"))
    return b"".join(chunks)
