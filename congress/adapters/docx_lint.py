"""`congress docs lint`: what in a template will go wrong before an officer finds out."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import meta

from congress.adapters.docx_render import CompiledTemplate, environment
from congress.adapters.sandbox import GUARDS
from congress.core.text import is_legacy_font
from congress.errors import CongressError

FONT = "Times New Roman"
_PARAGRAPH = re.compile(r"<w:p[ >].*?</w:p>", re.S)
_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_FONTS = re.compile(r"<w:rFonts\b[^>]*?/>")
_FONT_ATTR = re.compile(r'w:(ascii|hAnsi|cs|eastAsia)="([^"]+)"')
_XML_PARTS = re.compile(r"^word/(document|header\d*|footer\d*|styles)\.xml$")


@dataclass(frozen=True)
class LintIssue:
    """One problem in a template, with where it is; `error` issues make the lint fail."""

    template: str
    key: str
    params: dict[str, Any]
    error: bool


def _parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
        return {
            n: archive.read(n).decode("utf-8") for n in archive.namelist() if _XML_PARTS.match(n)
        }


def split_tags(xml: str) -> list[tuple[int, str]]:
    """Tags whose text is spread over several runs, with their paragraph number."""
    found = []
    for number, paragraph in enumerate(_PARAGRAPH.findall(xml), start=1):
        runs = _TEXT.findall(paragraph)
        joined = "".join(runs)
        for tag in _TAG.findall(joined):
            if not any(tag in run for run in runs):
                found.append((number, tag))
    return found


def fonts(parts: dict[str, str]) -> list[tuple[str, str]]:
    """(font, part) for every font named in the template that is not Times New Roman."""
    seen: list[tuple[str, str]] = []
    for name, xml in parts.items():
        for element in _FONTS.findall(xml):
            for _, font in _FONT_ATTR.findall(element):
                if font != FONT and (font, name) not in seen:
                    seen.append((font, name))
    return seen


def lint_template(
    path: Path,
    known: set[str],
    fill: Callable[[CompiledTemplate], None] | None = None,
) -> list[LintIssue]:
    """Every issue of one template: syntax, split tags, unknown variables, fonts, unfillable tags."""
    name = path.name
    issues: list[LintIssue] = []
    try:
        compiled = CompiledTemplate.load(path, environment())
    except CongressError as error:
        problem = error.problems[0]
        return [LintIssue(name, problem.key, dict(problem.params), True)]
    parts = _parts(path)
    for part, xml in parts.items():
        for paragraph, tag in split_tags(xml):
            issues.append(
                LintIssue(name, "lint.split_tag", {"tag": tag, "paragraph": paragraph}, False)
            )
        del part
    env = environment()  # sandboxed: `'A' * 300000000` is not folded while parsing
    used: set[str] = set()
    for source in compiled.sources.values():
        used |= meta.find_undeclared_variables(env.parse(source)) - GUARDS
    for variable in sorted(used - known):
        issues.append(
            LintIssue(
                name,
                "lint.unknown_variable",
                {"name": variable, "allowed": ", ".join(sorted(known))},
                True,
            )
        )
    for font, where in fonts(parts):
        legacy = is_legacy_font(font)
        key = "lint.legacy_font" if legacy else "lint.font"
        issues.append(
            LintIssue(name, key, {"font": font, "where": where.removeprefix("word/")}, legacy)
        )
    if fill is not None and not any(i.error for i in issues):
        try:
            fill(compiled)
        except CongressError as error:
            problem = error.problems[0]
            issues.append(LintIssue(name, problem.key, dict(problem.params), True))
    return issues
