"""Benchmark: the full document set for many wards, compiled templates vs plain docxtpl.

Run by hand (not a test):  python bench/bench_docs.py [--wards 20]
Both sides render the same templates with the same contexts in the same run; plain docxtpl does
what its README shows (load, render, save) for every document.
"""

from __future__ import annotations

import argparse
import platform
import tempfile
import time
from pathlib import Path

from docxtpl import DocxTemplate

from congress.adapters.docx_render import environment
from congress.adapters.people_reader import read_people
from congress.adapters.rulebook_files import load_rulebook
from congress.adapters.yaml_files import load_model
from congress.core.doc_context import DOCUMENTS, WardDocuments, context
from congress.core.drafts import CongressFile, DraftsFile
from congress.core.personnel_context import PersonnelContext
from congress.core.statistics import compute
from congress.core.text import xml_safe
from congress.core.ward import WardFile
from congress.services.documents import TemplateSet

ROOT = Path(__file__).resolve().parent.parent
WARD = ROOT / "examples" / "wards" / "o-cho-dua"


def ward_documents(index: int) -> WardDocuments:
    """The example ward under another name, so each 'ward' has its own data."""
    ward = load_model(WARD / "ward.yaml", WardFile).model_copy(
        update={"ward": f"Phường số {index}"}
    )
    drafts = (
        load_model(WARD / "drafts.yaml", DraftsFile)
        if (WARD / "drafts.yaml").exists()
        else DraftsFile()
    )
    congress = (
        load_model(WARD / "congress.yaml", CongressFile)
        if (WARD / "congress.yaml").exists()
        else CongressFile()
    )
    new = read_people(WARD / ward.lists.proposed, "proposed")
    old = read_people(WARD / (ward.lists.previous or ""), "previous")
    ctx = PersonnelContext.build(
        new,
        old,
        ward.planned_size,
        ward.congress_date or congress.date or __import__("datetime").date(2024, 1, 12),
        ward.member_organisations,
        ward.residential_areas,
    )
    stats = compute(ctx, load_rulebook("ward-2024-2029").ruleset.age_bands, "vi")
    return WardDocuments(ward, drafts, congress, ctx, stats, "2024-2029")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--wards", type=int, default=20)
    args = parser.parse_args()
    sources = [ward_documents(i) for i in range(args.wards)]
    contexts = [(doc, xml_safe(context(doc, s))) for s in sources for doc in DOCUMENTS]
    folder = ROOT / "doc_templates"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)

        start = time.perf_counter()
        templates = TemplateSet(folder)
        for n, (doc, data) in enumerate(contexts):
            (out / f"fast-{n}.docx").write_bytes(templates.get(doc).render(data))
        fast = time.perf_counter() - start

        start = time.perf_counter()
        for n, (doc, data) in enumerate(contexts):
            template = DocxTemplate(folder / DOCUMENTS[doc].template)
            template.render(data, jinja_env=environment())
            template.save(out / f"plain-{n}.docx")
        plain = time.perf_counter() - start

    count = len(contexts)
    print(
        f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}"
    )
    print(f"documents: {count} ({args.wards} wards × {len(DOCUMENTS)} documents)")
    print(f"congress (compiled once): {fast:.2f} s, {count / fast:.0f} documents/s")
    print(f"plain docxtpl (load, render, save): {plain:.2f} s, {count / plain:.0f} documents/s")
    print(f"speed-up: {plain / fast:.1f}×")


if __name__ == "__main__":
    main()
