"""DOCX templates compiled once and rendered many times, in a sandbox, written atomically.

docxtpl's own `render` re-reads the package, re-patches and re-compiles the XML on every call and
saves through python-docx. Here each template's XML parts (body, headers, footers) are patched
with docxtpl's `patch_xml` and compiled by Jinja once; a render fills them and writes a new zip
in which every other part is copied as it is. Templates are user-editable files, so Jinja runs
sandboxed, with autoescaping and strict undefined variables.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.parsers import expat

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from congress.adapters import limits
from congress.adapters.docx_proof import always_well_formed
from congress.adapters.files import ensure_not_open, permission_error, replace_atomically
from congress.adapters.sandbox import MAX_OUTPUT, MAX_SECONDS, LimitedEnvironment, RenderLimit
from congress.errors import InputError, Problem
from congress.resources import data_dir

_PARTS = re.compile(r"^word/(document|header\d*|footer\d*)\.xml$")
_BLOCKS = re.compile(r"<w:(p|tr|tc)[ >]")
_MARK = re.compile(r"<!--congress:p(\d+)-->")
_PARAGRAPH_START = re.compile(r"<w:p[ >]")
_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")
# zlib level of a part filled at each render: 3 deflates a ward's filled parts in half the time of
# 6 (2.1 against 4.6 ms for the example ward's 45) for 11% more bytes of them; the XML inside is
# the same (a part without tags, filled once, as well). The parts copied as they are keep 6.
_LEVEL = 3


def environment() -> SandboxedEnvironment:
    """The Jinja environment for user-editable templates: sandboxed, with limits."""
    return LimitedEnvironment(autoescape=True, undefined=jinja2.StrictUndefined)


# docxtpl's way to print a tag's braces literally (``{_{ x }_}`` for ``{{ x }}``), applied to the
# template before it is compiled — not to the filled document, where it would rewrite user text.
_LITERAL = {"{_{": "{{ '{{' }}", "}_}": "{{ '}}' }}", "{_%": "{{ '{%' }}", "%_}": "{{ '%}' }}"}
_LITERAL_TAG = re.compile("|".join(re.escape(k) for k in _LITERAL))


def _patcher() -> Any:
    from docxtpl import DocxTemplate  # docxtpl's tag clean-up, reused as is

    return DocxTemplate.__new__(DocxTemplate)


@dataclass(frozen=True)
class _Entry:
    """A zip member ready to be written: already deflated, with its CRC and sizes."""

    name: bytes
    data: bytes
    crc: int
    size: int
    time: int
    date: int

    @classmethod
    def deflate(cls, info: zipfile.ZipInfo, raw: bytes, level: int = 6) -> _Entry:
        packer = zlib.compressobj(level, zlib.DEFLATED, -15)
        data = packer.compress(raw) + packer.flush()
        year, month, day, hour, minute, second = info.date_time
        time = (hour << 11) | (minute << 5) | (second // 2)
        date = ((max(year, 1980) - 1980) << 9) | (month << 5) | day
        return cls(info.filename.encode("utf-8"), data, zlib.crc32(raw), len(raw), time, date)


_LOCAL = struct.Struct("<IHHHHHIIIHH")  # a local file header
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")  # a central directory entry
_END = struct.Struct("<IHHHHIIH")  # the end of the central directory


def _zip(entries: list[_Entry]) -> bytes:
    """A zip archive of deflated entries (the parts that did not change are deflated only once),
    its pieces joined once (each entry's data copied once, not into a growing buffer)."""
    pieces: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    utf8 = 0x0800
    for e in entries:
        header = _LOCAL.pack(0x04034B50, 20, utf8, 8, e.time, e.date, e.crc, len(e.data), e.size,
                             len(e.name), 0)  # fmt: skip
        pieces += (header, e.name, e.data)
        central += (_CENTRAL.pack(0x02014B50, 20, 20, utf8, 8, e.time, e.date, e.crc, len(e.data),
                                  e.size, len(e.name), 0, 0, 0, 0, 0, offset), e.name)  # fmt: skip
        offset += len(header) + len(e.name) + len(e.data)
    directory = b"".join(central)
    pieces.append(directory)
    pieces.append(
        _END.pack(0x06054B50, 0, 0, len(entries), len(entries), len(directory), offset, 0)
    )
    return b"".join(pieces)


def _marked(xml: str) -> str:
    """`xml` with an XML comment before each paragraph, table row and cell naming the paragraph
    (counted in document order, as a user counts them) that starts there.

    docxtpl's `patch_xml` drops a whole paragraph or row holding a `{%p %}`/`{%tr %}` tag but keeps
    the comment in front of it, so after patching each comment still marks where the user's
    paragraph was, even when the paragraph itself is gone.
    """
    count = 0

    def mark(match: re.Match[str]) -> str:
        nonlocal count
        paragraph = count + 1  # a row or a cell starts with the paragraph that comes next
        if match.group(1) == "p":
            count = paragraph
        return f"<!--congress:p{paragraph}-->{match.group(0)}"

    return _BLOCKS.sub(mark, xml)


def _paragraph_of(lines: list[str], lineno: int) -> int:
    """The paragraph marked on line `lineno` (1-based) of a patched, marked part, or before it."""
    for line in reversed(lines[: max(lineno, 1)]):
        found = _MARK.search(line)
        if found:
            return int(found.group(1))
    return 1


_BLOCK_TAGS = frozenset({"for", "if", "macro", "call", "filter", "with", "block", "autoescape"})


def _unclosed_block_line(env: SandboxedEnvironment, source: str) -> int | None:
    """The line of the innermost block tag (`{% if %}`, `{% for %}`…) never closed in `source`."""
    opened: list[tuple[str, int]] = []
    after_begin = False
    try:
        for lineno, kind, value in env.lex(source):
            if kind == "whitespace":
                continue
            if after_begin and kind == "name":
                if value in _BLOCK_TAGS:
                    opened.append((value, lineno))
                elif value.startswith("end") and opened and opened[-1][0] == value[3:]:
                    opened.pop()
            after_begin = kind == "block_begin"
    except jinja2.TemplateSyntaxError:
        return None
    return opened[-1][1] if opened else None


def _no_tags(env: SandboxedEnvironment, source: str) -> bool:
    """Whether `source` is only text for Jinja (no ``{{``, ``{%`` or ``{#`` of any kind)."""
    try:
        return all(kind == "data" for _, kind, _ in env.lex(source))
    except jinja2.TemplateSyntaxError:
        return False


def _nth_paragraph_text(xml: str, number: int) -> str:
    """The text of paragraph `number` (1-based, document order) of a part, as Word shows it."""
    starts = [m.start() for m in _PARAGRAPH_START.finditer(xml)]
    if not 0 < number <= len(starts):
        return ""
    start = starts[number - 1]
    end = xml.find("</w:p>", start)
    body = xml[start : end if end >= 0 else len(xml)]
    return re.sub(r"\s+", " ", html.unescape("".join(_TEXT.findall(body)))).strip()


@dataclass
class CompiledTemplate:
    """A template file, read, patched and compiled once."""

    path: Path
    sha256: str
    entries: list[tuple[zipfile.ZipInfo, bytes]]
    parts: dict[str, jinja2.Template] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    packed: dict[str, _Entry] = field(default_factory=dict)
    # the parts with no tag at all (page headers…): filled once, their deflated entry reused
    fixed: dict[str, _Entry] = field(default_factory=dict)
    # the bundled template's parts every filling of which is well-formed (`docx_proof`): not
    # parsed again after each render
    proven: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, path: Path, env: SandboxedEnvironment) -> CompiledTemplate:
        limits.check_size(path, limits.DOCX_MAX_BYTES, "limit.kind_docx")
        limits.check_package(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise InputError(_missing(path)) from exc
        except OSError as exc:  # a folder, or a file that cannot be read
            raise InputError(Problem("docs.template_not_docx", file=str(path))) from exc
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            entries = [(info, archive.read(info)) for info in archive.infolist()]
            for info, raw in entries:
                if _PARTS.match(info.filename):
                    raw.decode("utf-8")
        except (zipfile.BadZipFile, KeyError, OSError, UnicodeDecodeError) as exc:
            raise InputError(Problem("docs.template_not_docx", file=str(path))) from exc
        template = cls(path, hashlib.sha256(data).hexdigest(), entries)
        patcher = _patcher()
        bundled = _bundled(path)
        for info, raw in entries:
            if not _PARTS.match(info.filename):
                continue
            source = raw.decode("utf-8")
            xml = patcher.patch_xml(source)
            # docxtpl puts each paragraph on a line of its own, for the line numbers of its error
            # messages, and takes the newlines out of every filled part again (a pass over the
            # whole XML). Not here: a syntax error is located from the source with markers
            # (`syntax_error`), and the filled XML needs no clean-up.
            xml = _LITERAL_TAG.sub(lambda m: _LITERAL[m.group(0)], xml)
            template.sources[info.filename] = xml
            try:
                tree = env.parse(xml)
                if bundled and always_well_formed(tree):  # read before it is compiled
                    template.proven.add(info.filename)
                template.parts[info.filename] = env.from_string(tree)
            except jinja2.TemplateSyntaxError as exc:
                raise template.syntax_error(info.filename, source, env, exc) from exc
        template.packed = {
            info.filename: _Entry.deflate(info, raw)
            for info, raw in entries
            if info.filename not in template.parts
        }
        for info, _ in entries:
            compiled = template.parts.get(info.filename)
            if compiled is not None and _no_tags(env, template.sources[info.filename]):
                try:  # the same text whatever the data: filled (and checked) once
                    xml = template._fill(info.filename, compiled, {})
                except InputError:
                    continue  # said at each render, as for any part
                template.fixed[info.filename] = _Entry.deflate(info, xml.encode("utf-8"), _LEVEL)
        return template

    def syntax_error(
        self, part: str, source: str, env: SandboxedEnvironment, error: jinja2.TemplateSyntaxError
    ) -> InputError:
        """The syntax `error` of `part` located in the paragraph the user typed the tag in.

        The compiled source has lost the paragraphs docxtpl replaced by their `{%p %}` tags, so the
        part (its XML `source`) is patched and parsed again with a marker before every paragraph.
        """
        marked = _MARK.sub(lambda m: "\n" + m.group(0), _patcher().patch_xml(_marked(source)))
        paragraph, reason = 1, error.message or ""
        try:
            env.parse(marked)
        except jinja2.TemplateSyntaxError as exc:  # the same error: markers are plain text
            lineno = exc.lineno
            if reason.startswith("Unexpected end of template"):
                lineno = _unclosed_block_line(env, marked) or lineno
            paragraph = _paragraph_of(marked.split("\n"), lineno)
        return InputError(
            Problem(
                "docs.template_syntax",
                {
                    "part": part.removeprefix("word/").removesuffix(".xml"),
                    "paragraph": paragraph,
                    "text": _nth_paragraph_text(source, paragraph)[:120],
                    "reason": reason.rstrip("."),
                },
                file=str(self.path),
            )
        )

    def render(self, context: dict[str, Any]) -> bytes:
        """The filled document as bytes; template errors become InputError naming the template."""
        entries = []
        for info, _ in self.entries:
            compiled = self.parts.get(info.filename)
            fixed = self.fixed.get(info.filename)
            if fixed is not None:
                entries.append(fixed)
            elif compiled is None:
                entries.append(self.packed[info.filename])
            else:
                xml = self._fill(info.filename, compiled, context).encode("utf-8")
                entries.append(_Entry.deflate(info, xml, _LEVEL))
        return _zip(entries)

    def _fill(self, part: str, compiled: jinja2.Template, context: dict[str, Any]) -> str:
        env = compiled.environment
        try:
            if isinstance(env, LimitedEnvironment):
                xml = env.render(compiled, context)
            else:  # pragma: no cover - every template is compiled by `environment()`
                xml = compiled.render(context)
        except RenderLimit as exc:
            params = {"seconds": int(MAX_SECONDS), "limit": MAX_OUTPUT // 1_000_000}
            raise InputError(Problem(exc.key, params, file=str(self.path))) from exc
        except SecurityError as exc:
            raise InputError(
                Problem("docs.template_unsafe", {"reason": str(exc)}, file=str(self.path))
            ) from exc
        except jinja2.UndefinedError as exc:
            raise InputError(
                Problem(
                    "docs.template_undefined", {"reason": exc.message or ""}, file=str(self.path)
                )
            ) from exc
        except jinja2.TemplateError as exc:
            raise InputError(
                Problem("docs.template_error", {"reason": str(exc)}, file=str(self.path))
            ) from exc
        if part in self.proven:
            return xml
        try:  # a part Word cannot open is never written (a `|safe` of broken markup, say)
            _well_formed(xml)
        except expat.ExpatError as exc:
            broken = {"reason": str(exc)[:120]}
            raise InputError(Problem("limit.docx_unreadable", broken, file=str(self.path))) from exc
        return xml


def _well_formed(xml: str) -> None:
    """Parse `xml` with expat and no handlers (no tree is built): an ExpatError if it is not
    well-formed XML, the same check as ElementTree's parser at a fraction of its cost."""
    expat.ParserCreate().Parse(xml, True)


def _bundled(path: Path) -> bool:
    """Whether `path` is one of the templates the package carries (not the officer's own)."""
    return path.parent.resolve() == data_dir("doc_templates").resolve()


def _missing(path: Path) -> Problem:
    """A missing template: rebuild the bundled set, or say how to fill the user's own folder."""
    if _bundled(path):
        return Problem("docs.template_missing", file=str(path))
    params = {"bundled": str(data_dir("doc_templates")), "folder": str(path.parent)}
    return Problem("docs.template_missing_here", params, file=str(path))


def file_hash(path: Path) -> str:
    """The SHA-256 of the file at `path`; a folder or an unreadable file there is an InputError."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except IsADirectoryError as exc:
        raise InputError(Problem("docs.output_is_folder", file=str(path))) from exc
    except OSError as exc:
        raise permission_error(path, exc, "write") or unwritable(path, exc) from exc


def file_in_the_way(folder: Path) -> Path | None:
    """The nearest existing ancestor of `folder` (itself included) when it is not a folder."""
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            return None if candidate.is_dir() else candidate
    return None


def unwritable(path: Path, exc: OSError) -> InputError:
    reason = exc.strerror or str(exc)
    params = {"reason": reason, "folder": str(path.parent)}
    return InputError(Problem("docs.unwritable", params, file=str(path)))


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file and a rename: never half-written."""
    ensure_not_open(path)
    blocker = file_in_the_way(path.parent)
    if blocker is not None:
        raise InputError(Problem("docs.output_blocked", {"blocker": str(blocker)}, file=str(path)))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_atomically(path, lambda temp: Path(temp).write_bytes(data))
    except IsADirectoryError as exc:
        raise InputError(Problem("docs.output_is_folder", file=str(path))) from exc
    except OSError as exc:
        raise permission_error(path, exc, "write") or unwritable(path, exc) from exc
