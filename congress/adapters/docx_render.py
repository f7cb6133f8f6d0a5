"""DOCX templates compiled once and rendered many times, in a sandbox, written atomically.

docxtpl's own `render` re-reads the package, re-patches and re-compiles the XML on every call and
saves through python-docx. Here each template's XML parts (body, headers, footers) are patched
with docxtpl's `patch_xml` and compiled by Jinja once; a render fills them and writes a new zip
in which every other part is copied as it is. Templates are user-editable files, so Jinja runs
sandboxed, with autoescaping and strict undefined variables.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import struct
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from congress.errors import InputError, Problem

_PARTS = re.compile(r"^word/(document|header\d*|footer\d*)\.xml$")
_TAGS = re.compile(r"<[^>]+>")


def environment() -> SandboxedEnvironment:
    """The Jinja environment for user-editable templates."""
    return SandboxedEnvironment(autoescape=True, undefined=jinja2.StrictUndefined)


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
    def deflate(cls, info: zipfile.ZipInfo, raw: bytes) -> _Entry:
        packer = zlib.compressobj(6, zlib.DEFLATED, -15)
        data = packer.compress(raw) + packer.flush()
        year, month, day, hour, minute, second = info.date_time
        time = (hour << 11) | (minute << 5) | (second // 2)
        date = ((max(year, 1980) - 1980) << 9) | (month << 5) | day
        return cls(info.filename.encode("utf-8"), data, zlib.crc32(raw), len(raw), time, date)


def _zip(entries: list[_Entry]) -> bytes:
    """A zip archive of deflated entries (the parts that did not change are deflated only once)."""
    out, central = bytearray(), bytearray()
    utf8 = 0x0800
    for e in entries:
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, utf8, 8, e.time, e.date, e.crc,
                           len(e.data), e.size, len(e.name), 0) + e.name + e.data  # fmt: skip
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, utf8, 8, e.time, e.date,
                               e.crc, len(e.data), e.size, len(e.name), 0, 0, 0, 0, 0, offset)  # fmt: skip
        central += e.name
    start = len(out)
    out += central
    out += struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), start, 0
    )
    return bytes(out)


def paragraph_text(line: str) -> str:
    return re.sub(r"\s+", " ", _TAGS.sub("", line)).strip()


@dataclass
class CompiledTemplate:
    """A template file, read, patched and compiled once."""

    path: Path
    sha256: str
    entries: list[tuple[zipfile.ZipInfo, bytes]]
    parts: dict[str, jinja2.Template] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    packed: dict[str, _Entry] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path, env: SandboxedEnvironment) -> CompiledTemplate:
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise InputError(Problem("docs.template_missing", file=str(path))) from exc
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            entries = [(info, archive.read(info)) for info in archive.infolist()]
        except (zipfile.BadZipFile, KeyError, OSError) as exc:
            raise InputError(Problem("docs.template_not_docx", file=str(path))) from exc
        template = cls(path, hashlib.sha256(data).hexdigest(), entries)
        patcher = _patcher()
        for info, raw in entries:
            if not _PARTS.match(info.filename):
                continue
            xml = patcher.patch_xml(raw.decode("utf-8"))
            xml = re.sub(r"<w:p([ >])", r"\n<w:p\1", xml)  # one paragraph per line, as docxtpl
            template.sources[info.filename] = xml
            try:
                template.parts[info.filename] = env.from_string(xml)
            except jinja2.TemplateSyntaxError as exc:
                raise template.syntax_error(info.filename, exc) from exc
        template.packed = {
            info.filename: _Entry.deflate(info, raw)
            for info, raw in entries
            if info.filename not in template.parts
        }
        return template

    def syntax_error(self, part: str, exc: jinja2.TemplateSyntaxError) -> InputError:
        lines = self.sources[part].splitlines()
        line = lines[exc.lineno - 1] if 0 < exc.lineno <= len(lines) else ""
        paragraph = sum(1 for x in lines[: exc.lineno] if x.startswith("<w:p"))
        return InputError(
            Problem(
                "docs.template_syntax",
                {
                    "part": part.removeprefix("word/").removesuffix(".xml"),
                    "paragraph": paragraph,
                    "text": paragraph_text(line)[:120],
                    "reason": exc.message or "",
                },
                file=str(self.path),
            )
        )

    def render(self, context: dict[str, Any]) -> bytes:
        """The filled document as bytes; template errors become InputError naming the template."""
        entries = []
        for info, _ in self.entries:
            compiled = self.parts.get(info.filename)
            if compiled is None:
                entries.append(self.packed[info.filename])
            else:
                xml = self._fill(info.filename, compiled, context).encode("utf-8")
                entries.append(_Entry.deflate(info, xml))
        return _zip(entries)

    def _fill(self, part: str, compiled: jinja2.Template, context: dict[str, Any]) -> str:
        try:
            xml = compiled.render(context)
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
        xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", xml)
        return (
            xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
        )


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def open_elsewhere(path: Path) -> bool:
    """Word (``~$name``) or LibreOffice (``.~lock.name#``) has the file open."""
    folder = path.parent
    return (folder / f"~${path.name[2:]}").exists() or (folder / f".~lock.{path.name}#").exists()


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file and a rename: never half-written."""
    if open_elsewhere(path):
        raise InputError(Problem("docs.output_open", file=str(path)))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(suffix=".docx.tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temp, path)
        finally:
            if os.path.exists(temp):
                os.unlink(temp)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InputError(Problem("docs.unwritable", {"reason": reason}, file=str(path))) from exc
