"""Whether every filling of a bundled template's part is well-formed XML, decided once from its
Jinja tree, so that the part need not be parsed again after each render (issue 15).

A filled part is parsed by expat before it is written (`docx_render._well_formed`): a part Word
cannot open is never written. For a district that check was ≈ 7 % of a worker's time, spent
proving again, document after document, what the template's shape already decides. When the
data are plain text made XML-safe (`xml_safe`) and every ``{{ … }}`` is escaped (autoescaping,
no ``|safe`` or other way to markup), a filling differs from the template's text only by:

- escaped text where each expression stands — valid wherever ``x -- y`` is valid (in content or
  an attribute value; not in a name, between attributes, in an entity or in a comment);
- each ``{% if %}``/``{% for %}`` block's body, repeated zero or more times where the block stands.

XML content followed by XML content is XML content. So if the part with each expression replaced
by ``x -- y`` and each block by an empty element parses, with that element found as an element
(not inside a comment), and each block's body, itself checked the same way, parses as the content
of an element, then every filling parses. Anything else in the tree (a macro, a ``{% set %}``
block, a filter not listed here, a call of an unknown function…) leaves the part unproven, and it
is checked after each render as before. Only the bundled templates are proven this way: the
officer's own are parsed after each render whatever their shape (a template can compute text
that XML refuses, which the data cannot carry).
"""

from __future__ import annotations

from xml.parsers import expat

from jinja2 import nodes
from markupsafe import escape

PLACEHOLDER = "x -- y"  # stands for an expression's escaped text
BLOCK = "congress-block"  # an empty element stands for a block
ROOT = "congress-root"  # the element a block's body is checked inside

# filters that give text or numbers (never markup) for text or numbers
_FILTERS = frozenset(
    {"length", "count", "join", "upper", "lower", "title", "capitalize", "trim", "default", "d",
     "first", "last", "int", "float", "round", "abs", "string", "replace", "sort", "list", "sum",
     "min", "max", "unique", "reverse", "batch", "slice", "selectattr", "rejectattr", "map",
     "attr", "truncate", "wordcount", "center", "format"}
)  # fmt: skip
# functions a template of ours calls: the sandbox's loop and size guards, range
_CALLS = frozenset({"_congress_loop", "_congress_size", "range"})
_EXPRESSIONS = (
    nodes.Name, nodes.Const, nodes.Getattr, nodes.Getitem, nodes.Slice, nodes.Not, nodes.And,
    nodes.Or, nodes.CondExpr, nodes.Compare, nodes.Operand, nodes.Test, nodes.Concat, nodes.List,
    nodes.Tuple, nodes.Dict, nodes.Pair, nodes.Keyword, nodes.BinExpr, nodes.UnaryExpr,
)  # fmt: skip


def always_well_formed(tree: nodes.Template) -> bool:
    """Whether every filling of the part whose tree is `tree` is well-formed XML (see above)."""
    if not _plain_expressions(tree):
        return False
    bodies: list[tuple[list[nodes.Node], bool]] = [(tree.body, True)]
    while bodies:
        body, whole = bodies.pop()
        found = _fragment(body)
        if found is None:
            return False
        text, blocks, inner = found
        if not _parses(text if whole else f"<{ROOT}>{text}</{ROOT}>", blocks):
            return False
        bodies += [(b, False) for b in inner]
    return True


def _plain_expressions(tree: nodes.Template) -> bool:
    """Every expression gives text, numbers or data, never markup (no ``|safe``, no macro…)."""
    for node in tree.find_all(nodes.Node):
        if isinstance(node, nodes.Filter):
            if node.name not in _FILTERS:
                return False
        elif isinstance(node, nodes.Call):
            callee = node.node
            if not (isinstance(callee, nodes.Getattr) or (
                    isinstance(callee, nodes.Name) and callee.name in _CALLS)):  # fmt: skip
                return False
        elif isinstance(node, nodes.Stmt | nodes.Helper | nodes.TemplateData | nodes.Template):
            continue  # statements: `_fragment` takes only Output, If, For
        elif not isinstance(node, _EXPRESSIONS):
            return False
    return True


def _fragment(body: list[nodes.Node]) -> tuple[str, int, list[list[nodes.Node]]] | None:
    """The text of `body` with each expression as PLACEHOLDER and each block as an empty BLOCK
    element, the number of blocks, and their bodies; None for any other statement."""
    text: list[str] = []
    blocks = 0
    inner: list[list[nodes.Node]] = []
    for node in body:
        if isinstance(node, nodes.Output):
            for child in node.nodes:
                if isinstance(child, nodes.TemplateData):
                    text.append(child.data)
                elif isinstance(child, nodes.Const) and isinstance(child.value, str):
                    text.append(str(escape(child.value)))  # its very text
                else:
                    text.append(PLACEHOLDER)
        elif isinstance(node, nodes.If):
            inner += [node.body, *(e.body for e in node.elif_), node.else_]
        elif isinstance(node, nodes.For):
            inner += [node.body, node.else_]
        else:
            return None
        if isinstance(node, nodes.If | nodes.For):
            text.append(f"<{BLOCK}/>")
            blocks += 1
    return "".join(text), blocks, inner


def _parses(xml: str, blocks: int) -> bool:
    """`xml` is well-formed and holds `blocks` BLOCK elements (none hidden in a comment)."""
    seen = 0

    def start(name: str, _attributes: object) -> None:
        nonlocal seen
        seen += name == BLOCK

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    try:
        parser.Parse(xml, True)
    except expat.ExpatError:
        return False
    return seen == blocks
