"""Benchmark: rendering the full document set, against two anchors measured in the same run.

Run by hand (not a test):

    python bench/bench_docs.py [--wards 20] [--runs 5] [--json PATH]

Three sides, each a fresh process per run (through `bench/measure.py`, interleaved run by run so
they share the load), each building the same contexts first (not timed) and then timing only its
rendering of the same templates and contexts, writing every document to a file:

  congress   the compiled templates (`services.documents.TemplateSet`: patched and compiled
             once, the sandbox, the XML check, unchanged parts deflated once);
  docxtpl    plain docxtpl as its README shows it: `DocxTemplate(path)`, `render`, `save`, for
             every document (the anchor that says how much compiling once saves);
  floor      a zip writer copying every part pre-deflated except `word/document.xml`, which the
             same compiled Jinja template renders with no clean-up and no check (the anchor that
             says how close to the cost of Jinja and zlib alone congress is; target ≤ 1.5×).

The results go to `bench/results/docs-<date>.json`; `python bench/report.py` puts them in
bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WARD = ROOT / "examples" / "wards" / "o-cho-dua"
SIDES = ("congress", "docxtpl", "floor")


def ward_documents(index: int) -> Any:
    """The example ward under another name, so each 'ward' has its own data."""
    from congress.adapters.people_reader import read_people
    from congress.adapters.rulebook_files import load_rulebook
    from congress.adapters.yaml_files import load_model
    from congress.core.doc_context import WardDocuments
    from congress.core.drafts import CongressFile, DraftsFile
    from congress.core.personnel_context import PersonnelContext
    from congress.core.statistics import compute
    from congress.core.ward import WardFile

    ward = load_model(WARD / "ward.yaml", WardFile).model_copy(
        update={"ward": f"Phường số {index}"}
    )
    drafts_file, congress_file = WARD / "drafts.yaml", WARD / "congress.yaml"
    drafts = load_model(drafts_file, DraftsFile) if drafts_file.exists() else DraftsFile()
    congress = load_model(congress_file, CongressFile) if congress_file.exists() else CongressFile()
    new = read_people(WARD / ward.lists.proposed, "proposed")
    old = read_people(WARD / (ward.lists.previous or ""), "previous")
    day = ward.congress_date or congress.date or date(2024, 1, 12)
    ctx = PersonnelContext.build(
        new, old, ward.planned_size, day, ward.member_organisations, ward.residential_areas
    )
    stats = compute(ctx, load_rulebook("ward-2024-2029").ruleset.age_bands, "vi")
    return WardDocuments(ward, drafts, congress, ctx, stats, "2024-2029")


def side(name: str, wards: int) -> None:
    """Build the contexts, then render them the `name` way; print {"wall", "cpu"} of the render."""
    from congress.adapters import docx_render
    from congress.core.doc_context import DOCUMENTS, context
    from congress.core.text import xml_safe
    from congress.services.documents import TemplateSet

    sources = [ward_documents(i) for i in range(wards)]
    contexts = [(doc, xml_safe(context(doc, s))) for s in sources for doc in DOCUMENTS]
    folder = ROOT / "doc_templates"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        if name == "docxtpl":
            from docxtpl import DocxTemplate

            wall, cpu = time.perf_counter(), time.process_time()
            for n, (doc, data) in enumerate(contexts):
                template = DocxTemplate(folder / DOCUMENTS[doc].template)
                # a fresh sandbox per document: its time limit runs from its creation
                template.render(data, jinja_env=docx_render.environment())
                template.save(out / f"{n}.docx")
        else:
            templates = TemplateSet(folder)
            for doc in DOCUMENTS:
                templates.get(doc)  # compiled before the clock starts, on every side alike
            render = templates_render if name == "congress" else floor_render
            wall, cpu = time.perf_counter(), time.process_time()
            for n, (doc, data) in enumerate(contexts):
                (out / f"{n}.docx").write_bytes(render(templates.get(doc), data))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(json.dumps({"wall": wall, "cpu": cpu, "documents": len(contexts)}))


def templates_render(template: Any, data: dict[str, Any]) -> bytes:
    return template.render(data)  # type: ignore[no-any-return]


def floor_render(template: Any, data: dict[str, Any]) -> bytes:
    """Only word/document.xml rendered (the same compiled Jinja template, no clean-up, no check)
    and deflated; every other part copied as deflated once."""
    from congress.adapters.docx_render import _Entry, _zip

    cached = template.__dict__.setdefault("_floor_packed", {})
    entries = []
    for info, raw in template.entries:
        if info.filename == "word/document.xml":
            xml = template.parts[info.filename].render(data).encode("utf-8")
            entries.append(_Entry.deflate(info, xml))
        elif info.filename in template.packed:
            entries.append(template.packed[info.filename])
        else:  # a header or footer: copied as it is in the template, deflated once
            if info.filename not in cached:
                cached[info.filename] = _Entry.deflate(info, raw)
            entries.append(cached[info.filename])
    return _zip(entries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--wards", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--side", choices=SIDES)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    if args.side:
        side(args.side, args.wards)
        return
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from measure import machine, measure_sides, save

    meta = machine()
    print(f"{meta['cpu_count']} × {meta['cpu_model']}, Python {meta['python']}")
    me = [sys.executable, str(Path(__file__).resolve()), "--wards", str(args.wards)]
    sides = {name: [*me, "--side", name] for name in ("congress", "floor", "docxtpl")}
    figure = measure_sides(
        f"{args.wards} wards × 15 documents, rendered and written",
        sides,
        runs=args.runs,
        wards=args.wards,
    )
    save("docs", meta, [figure], args.json)


if __name__ == "__main__":
    main()
