"""Use case: lint document templates (syntax, split tags, variables, fonts, fillable by data)."""

from __future__ import annotations

from pathlib import Path

from congress.adapters.docx_lint import LintIssue, lint_template
from congress.adapters.docx_render import CompiledTemplate
from congress.core.district_context import DISTRICT_DOCUMENTS, district_context, sample_report
from congress.core.doc_context import DOCUMENTS, WardDocuments, context
from congress.core.drafts import CongressFile, DraftsFile
from congress.core.text import xml_safe
from congress.core.ward import WardFile, WardLists
from congress.errors import InputError, Problem
from congress.resources import data_dir
from congress.services.documents import load_ward_documents
from congress.services.workspace import WardScope, Workspace

_BY_FILE = {spec.template: doc for doc, spec in DOCUMENTS.items()}
_DISTRICT_BY_FILE = {spec.template: doc for doc, spec in DISTRICT_DOCUMENTS.items()}


def sample_documents() -> WardDocuments:
    """Data with every section empty: what a template may rely on in any ward."""
    ward = WardFile(ward="…", planned_size=1, lists=WardLists(proposed="-"))
    return WardDocuments(ward, DraftsFile(), CongressFile(), None, [], "…")


def template_files(paths: list[Path]) -> list[Path]:
    """The templates to lint: each file given, and the .docx files of each folder given (without
    the lock files Word and LibreOffice leave beside an open file)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p for p in path.glob("*.docx") if not p.name.startswith(("~$", ".~lock."))
            )
        else:
            found.append(path)
    return found


def lint(
    templates: list[Path] | None = None, ws: Workspace | None = None, ward: str | None = None
) -> list[tuple[Path, list[LintIssue]]]:
    """Lint the given templates (default: the bundled set) against the data they will get."""
    paths = template_files(templates or [data_dir("doc_templates")])
    real = ws is not None and bool(ward)
    source = (
        load_ward_documents(WardScope.of(ws, ward))
        if ws is not None and ward
        else sample_documents()
    )
    results = []
    for path in paths:
        doc = _BY_FILE.get(path.name)
        district = _DISTRICT_BY_FILE.get(path.name)
        if district is not None:
            data = xml_safe(
                district_context(district, sample_report(), term="…", place="…", draft=True)
            )
            known = set(data)
        elif doc is not None:
            data = xml_safe(context(doc, source))
            known = set(data)
        else:  # a template of the officer's own: only the keys every document has
            data = xml_safe(context("ke_hoach", source))
            known = {k for k in data if k not in ("plan", "congress")}

        def fill(compiled: CompiledTemplate, data: dict[str, object] = data) -> None:
            try:
                compiled.render(data)
            except InputError as error:
                problem = error.problems[0]
                if not real or problem.key == "docs.template_unsafe":
                    raise
                params = {"ward": source.ward.ward, "reason": problem.params.get("reason", "")}
                raise InputError(Problem("lint.unfillable", params, file=problem.file)) from error

        results.append((path, lint_template(path, known, fill)))
    return results
