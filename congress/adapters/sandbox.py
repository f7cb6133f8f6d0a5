"""The template sandbox with limits (issue 14, point 5): a render ends within a time and a size.

Jinja's SandboxedEnvironment stops a template reaching the system, not one that never ends or
fills the memory: nested ``{% for %}`` loops, ``'A' * 300000000``, a string doubled in a loop,
``"x"|center(10**9)``. `LimitedEnvironment` adds, for each render (`RenderLimits`):

- every ``{% for %}`` iterates through a guard counting the steps and watching the clock;
- ``*``, ``**`` and ``+`` are computed by the environment, refused when the result would be huge;
- every ``~`` concatenation, filter and call has its arguments and its result measured;
- the output is collected chunk by chunk, refused over `MAX_OUTPUT` characters;
- user text printed by ``{{ … }}`` loses its bidirectional controls (U+202E and its kin), which
  would show a document's words in another order than they are stored;
- the parts of the data a ward's documents share (`core.doc_data.ReadOnlyDict`/`ReadOnlyList`)
  cannot be changed by a template (``append``, ``update``… are refused as unsafe): one
  document's template never changes what the next one shows.

A template over a limit raises `RenderLimit` (a Jinja TemplateError), which the renderer turns
into a message naming the template; the process goes on with the other documents and wards.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.sandbox import SandboxedEnvironment, modifies_known_mutable
from jinja2.visitor import NodeTransformer
from markupsafe import Markup, escape

from congress.core.doc_data import READ_ONLY, ReadOnlyDict
from congress.core.text import strip_bidi

MAX_SECONDS = 10.0  # one document part
MAX_STEPS = 2_000_000  # loop iterations in one render
MAX_VALUE = 2_000_000  # characters (or items) of one value a template computes
MAX_OUTPUT = 20_000_000  # characters of one rendered part
MAX_NUMBER = 10**18
GUARDS = frozenset({"_congress_loop", "_congress_size"})  # the names the guards are called by


class RenderLimit(jinja2.TemplateError):
    """A render went over a limit: `key` is the catalogue message (limit.render_*)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class RenderLimits:
    """The budget of the render in progress: its deadline and its steps."""

    def __init__(self) -> None:
        self.deadline = time.monotonic() + MAX_SECONDS
        self.steps = 0

    def step(self) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise RenderLimit("limit.render_time")
        if self.steps % 512 == 0 and time.monotonic() > self.deadline:
            raise RenderLimit("limit.render_time")

    def clock(self) -> None:
        if time.monotonic() > self.deadline:
            raise RenderLimit("limit.render_time")


def _size(value: Any) -> int:
    if isinstance(value, str | bytes | list | tuple | dict | set):
        return len(value)
    return 0


def _checked(value: Any) -> Any:
    if _size(value) > MAX_VALUE:
        raise RenderLimit("limit.render_size")
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_NUMBER:
        raise RenderLimit("limit.render_size")
    return value


_WIDTH = re.compile(r"%[-+ #0]*(\d+)|\{[^{}]*?:[^{}]*?(\d+)[^{}]*\}")


def _arguments(args: Iterable[Any]) -> None:
    """An argument that would make a huge value: a number (``center(10**9)``) or a format width
    (``'%0999999999d'``, ``'{:>999999999}'``)."""
    for arg in args:
        if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > MAX_VALUE:
            raise RenderLimit("limit.render_size")
        if isinstance(arg, str) and len(arg) < 10_000:
            for match in _WIDTH.finditer(arg):
                width = match.group(1) or match.group(2)
                if width and int(width) > MAX_VALUE:
                    raise RenderLimit("limit.render_size")


def _guard_filter(function: Any) -> Any:
    """`function` (a filter) with its arguments checked — not its value, a figure may be large —
    and its result measured; the format string of ``format`` is checked too."""
    passes = getattr(function, "jinja_pass_arg", None) is not None

    def guarded(*args: Any, **kwargs: Any) -> Any:
        value_at = 1 if passes else 0
        value = args[value_at : value_at + 1]
        _arguments(
            [*args[value_at + 1 :], *kwargs.values(), *(v for v in value if isinstance(v, str))]
        )
        return _checked(function(*args, **kwargs))

    for attribute in ("jinja_pass_arg", "__name__", "__doc__"):
        if hasattr(function, attribute):
            setattr(guarded, attribute, getattr(function, attribute))
    return guarded


class _Guards(NodeTransformer):
    """Each loop's iterable through `_congress_loop`, each ``~`` through `_congress_size`; a
    template that names one of its own variables, macros or imports so is refused (it would
    replace the guard: ``{% set _congress_loop = … %}`` and its loops no longer counted)."""

    def visit_Name(self, node: nodes.Name) -> nodes.Node:
        if node.ctx in ("store", "param"):
            _not_reserved(node.name, node)
        return node

    def visit_Macro(self, node: nodes.Macro) -> nodes.Node:
        _not_reserved(node.name, node)
        return self.generic_visit(node)

    def visit_Import(self, node: nodes.Import) -> nodes.Node:
        _not_reserved(node.target, node)
        return node

    def visit_FromImport(self, node: nodes.FromImport) -> nodes.Node:
        for name in node.names:
            _not_reserved(name if isinstance(name, str) else name[-1], node)
        return node

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        guard = nodes.Name("_congress_loop", "load", lineno=node.lineno)
        node.iter = nodes.Call(guard, [node.iter], [], None, None, lineno=node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        guard = nodes.Name("_congress_size", "load", lineno=node.lineno)
        return nodes.Call(guard, [node], [], None, None, lineno=node.lineno)


def _not_reserved(name: str, node: nodes.Node) -> None:
    if name in GUARDS:
        raise jinja2.TemplateSyntaxError(f"the name «{name}» is reserved", node.lineno)


# the attributes a dict has (`getattr`): any other name after a dot is one of its keys
_DICT_ATTRIBUTES = {kind: frozenset(dir(kind)) for kind in (dict, ReadOnlyDict)}


class _Printer(CodeGenerator):
    """Jinja's code generator, but an autoescaped ``{{ … }}`` is written by ONE call,
    ``environment.printed(value)`` (`_printed`), instead of ``escape(environment.finalize(value))``:
    the same text, escaped the same way, with a plain str's escaped text remembered. Any other
    output (``{% autoescape false %}``, a volatile scope) is Jinja's own."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._printing: list[bool] = []  # for each output child: written by `printed`

    def _output_child_pre(
        self, node: nodes.Expr, frame: Frame, finalize: CodeGenerator._FinalizeInfo
    ) -> None:
        ours = (
            frame.eval_ctx.autoescape
            and not frame.eval_ctx.volatile
            and finalize.src == "environment.finalize("
        )
        self._printing.append(ours)
        if ours:
            self.write("environment.printed(")
        else:
            super()._output_child_pre(node, frame, finalize)

    def _output_child_post(
        self, node: nodes.Expr, frame: Frame, finalize: CodeGenerator._FinalizeInfo
    ) -> None:
        if self._printing.pop():
            self.write(")")
        else:
            super()._output_child_post(node, frame, finalize)


class LimitedEnvironment(SandboxedEnvironment):
    """A SandboxedEnvironment whose renders end within `MAX_SECONDS` and `MAX_OUTPUT`."""

    intercepted_binops = frozenset({"*", "**", "+"})
    code_generator_class = _Printer

    def __init__(self, **options: Any) -> None:
        super().__init__(finalize=_finalize, **options)
        self.limits = RenderLimits()
        self.filters = {name: _guard_filter(f) for name, f in self.filters.items()}
        self.globals.pop("lipsum", None)
        self.globals["_congress_loop"] = self._loop
        self.globals["_congress_size"] = _checked
        self.printed = _printed

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, READ_ONLY) and modifies_known_mutable(obj, attr):
            return False  # a part several documents are given
        return bool(super().is_safe_attribute(obj, attr, value))

    def getattr(self, obj: Any, attribute: str) -> Any:
        """``x.key`` of a dict that has no such attribute: its item, without Jinja's way there
        (an AttributeError raised and caught for each lookup); the same value or undefined."""
        names = _DICT_ATTRIBUTES.get(type(obj))
        if names is None or attribute in names:
            return super().getattr(obj, attribute)
        try:
            return obj[attribute]
        except LookupError:
            return self.undefined(obj=obj, name=attribute)

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """The template's tree, each loop's iterable and each ``~`` wrapped in a guard."""
        tree = _Guards().visit(super()._parse(source, name, filename))
        tree.set_environment(self)
        return tree  # type: ignore[no-any-return]

    def _loop(self, iterable: Any) -> Iterator[Any]:
        limits = self.limits
        for item in iterable:
            limits.step()
            yield item

    def call_binop(
        self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
    ) -> Any:
        self.limits.clock()
        if operator == "*":
            for one, other in ((left, right), (right, left)):
                if _size(one) and isinstance(other, int) and _size(one) * other > MAX_VALUE:
                    raise RenderLimit("limit.render_size")
        numbers = isinstance(left, int | float) and isinstance(right, int | float)
        if operator == "**" and numbers and abs(right) > 64 and abs(left) > 1:
            raise RenderLimit("limit.render_size")
        if operator == "+" and _size(left) + _size(right) > MAX_VALUE:
            raise RenderLimit("limit.render_size")
        return _checked(super().call_binop(context, operator, left, right))

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        __self.limits.clock()
        # str.format reaches here wrapped by the sandbox (`__wrapped__` is the bound method)
        bound = getattr(getattr(__obj, "__wrapped__", __obj), "__self__", None)
        if isinstance(bound, str | bytes | list | tuple):  # "x".center(n), "{:>n}".format(…)
            _arguments([*args, *kwargs.values(), bound])
        return _checked(SandboxedEnvironment.call(__self, __context, __obj, *args, **kwargs))

    def render(self, template: jinja2.Template, context: dict[str, Any]) -> str:
        """`template` filled from `context`, within the limits (a fresh budget each time)."""
        self.limits = RenderLimits()
        chunks: list[str] = []
        total = 0
        try:
            for chunk in template.generate(context):
                total += len(chunk)
                if total > MAX_OUTPUT:
                    raise RenderLimit("limit.render_size")
                chunks.append(chunk)
        except (OverflowError, MemoryError) as exc:  # safe_range's, or a value past the limits
            raise RenderLimit("limit.render_size") from exc
        except RecursionError as exc:  # a macro calling itself
            raise RenderLimit("limit.render_time") from exc
        return "".join(chunks)


def _finalize(value: Any) -> Any:
    """What ``{{ … }}`` prints: text without bidirectional controls."""
    if isinstance(value, Markup):
        return Markup(strip_bidi(value))
    return strip_bidi(value) if isinstance(value, str) else value


_SHORT = 200  # characters: a printed str this long or shorter is remembered (`_printed_text`)


def _printed(value: Any) -> str:
    """What an autoescaped ``{{ value }}`` writes: ``escape(_finalize(value))``, the text of a
    short plain str remembered (most of what a template prints: names, figures, the same words
    in every document), a long one not (the memory it would hold)."""
    if type(value) is str:
        return _printed_text(value) if len(value) <= _SHORT else escape(strip_bidi(value))
    return escape(_finalize(value))


@lru_cache(maxsize=65536)
def _printed_text(value: str) -> str:
    """A short plain str as ``{{ … }}`` writes it: without bidirectional controls, then escaped (a
    plain str, not Markup: the output is joined into one str)."""
    return str(escape(strip_bidi(value)))
