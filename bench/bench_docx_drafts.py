"""Benchmark: checking a ward's Word drafts (a 40-page political report, the review report and the
action programme) without LibreOffice, against the time python-docx takes just to open the report.

Run by hand (not a test):  python bench/bench_docx_drafts.py [--runs 7] [--pages 40] [--office]
                                                            [--json PATH]

Every figure comes from `bench/measure.py` (median, min and max of ≥ 5 fresh processes,
CONGRESS_TODAY/NOW pinned, interleaved with its anchors):
  check     in-process: read the three .docx files, recognise the drafts, run every draft rule
            (what `docs check` and the `submit_drafts` guard do, without the CLI); each process
            warms up once (imports and caches, as in a running process) and times one check;
            its anchors, in the same rounds: `docx.Document(report)` (python-docx opening the
            political report) and opening it and reading the text of every paragraph and cell;
  command   `python -m congress docs check WARD` as a fresh process (imports, workspace, state
            database, the script rules and the printout included; CONGRESS_PAGES=estimate), on
            the Word files and, for comparison, on the same ward's drafts.yaml; anchor
            `python -c "import yaml, openpyxl"`.
The drafts are written by tests/word_corpus.py from examples/wards/van-mieu/drafts.yaml, the results
section repeated until the report's page estimate reaches --pages, on A4 paper with the margins of
a Vietnamese administrative document, 14 pt Times New Roman, line spacing 1.15. The results go to
`bench/results/drafts-<date>.json`; `python bench/report.py` puts them in bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import docx
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from congress.adapters.rulebook_files import load_rulebook  # noqa: E402
from congress.adapters.word_reader import read_word  # noqa: E402
from congress.adapters.yaml_files import load_model  # noqa: E402
from congress.core.draft_rules import DRAFT_RULES, DraftsContext  # noqa: E402
from congress.core.drafts import CongressFile, DraftsFile, FieldResult  # noqa: E402
from congress.core.ruleset import evaluate  # noqa: E402
from congress.core.ward import WardFile  # noqa: E402
from congress.core.word_doc import estimated_pages  # noqa: E402
from congress.core.word_drafts import from_files  # noqa: E402
from tests import word_corpus as wc  # noqa: E402

SOURCE = ROOT / "examples" / "wards" / "van-mieu"
DRAFT_FILES = ("bao-cao-chinh-tri.docx", "bao-cao-kiem-diem.docx", "chuong-trinh-hanh-dong.docx")


def office_writer() -> wc.Writer:
    w = wc.Writer("styles")
    section = w.doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(1.5)
    normal = w.doc.styles["Normal"]
    normal.font.size = Pt(14)
    normal.paragraph_format.line_spacing = 1.15
    normal.paragraph_format.space_after = Pt(6)
    return w


def write_drafts(folder: Path, pages: int) -> tuple[list[Path], float]:
    drafts = load_model(SOURCE / "drafts.yaml", DraftsFile)
    report = drafts.political_report
    fields = list(report.results)
    more: list[FieldResult] = []
    while True:
        longer = report.model_copy(update={"results": fields + more})
        path = wc.political(longer, office_writer()).save(folder / DRAFT_FILES[0])
        estimate = float(estimated_pages(read_word(path)))
        if estimate >= pages:
            break
        field = fields[len(more) % len(fields)]
        copy = len(more) // len(fields) + 1
        more.append(FieldResult(field=f"{field.field} (phụ lục {copy})", text=field.text))
    review = wc.review(drafts.review_report, office_writer()).save(folder / DRAFT_FILES[1])
    action = wc.action(drafts.action_programme, office_writer()).save(folder / DRAFT_FILES[2])
    return [path, review, action], estimate


def side(name: str, workspace: Path) -> None:
    """One process of the in-process figure: warm up once, then time one `name`; print
    {"wall", "cpu"}."""
    folder = workspace / "wards" / "van-mieu" / "van-kien"
    paths = [folder / f for f in DRAFT_FILES]
    report = paths[0]
    ward = load_model(SOURCE / "ward.yaml", WardFile)
    book = load_rulebook("ward-2024-2029", SOURCE)

    def check() -> object:
        docs = [read_word(p) for p in paths]
        found = from_files(DraftsFile(), docs, ward.member_organisations)
        ctx = DraftsContext(
            found.drafts,
            CongressFile(),
            ward.member_organisations,
            found.places,
            found.pages,
            found.leftovers,
            found.sources,
            found.order,
        )
        return evaluate(book, DRAFT_RULES, ctx, "vi")

    def read_text() -> object:
        document = docx.Document(str(report))
        texts = [p.text for p in document.paragraphs]
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        return texts + cells

    task: Callable[[], object] = {
        "check": check,
        "open": lambda: docx.Document(str(report)),
        "read": read_text,
    }[name]
    task()  # warm: imports and caches, as in a running process
    wall, cpu = time.perf_counter(), time.process_time()
    task()
    print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--office", action="store_true", help="also ask LibreOffice's page count")
    parser.add_argument("--side", choices=("check", "open", "read"))
    parser.add_argument("--workspace", type=Path)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    if args.side:
        side(args.side, args.workspace)
        return
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from measure import machine, measure, measure_sides, run_once, save

    meta = {**machine(), "script": "bench/bench_docx_drafts.py"}
    print(f"{meta['cpu_count']} × {meta['cpu_model']}, Python {meta['python']}")
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp, "ws")
        shutil.copytree(
            ROOT / "examples",
            workspace,
            ignore=shutil.ignore_patterns(".congress", "out", "dong-da", "tinh-mau"),
        )
        paths, estimate = write_drafts(workspace / "wards" / "van-mieu" / "van-kien", args.pages)
        words = sum(len(p.text.split()) for p in read_word(paths[0]).paragraphs)
        office = None
        if args.office:
            from congress.adapters.word_drafts_folder import office_pages

            office = office_pages(paths[0])
        about = {"pages_estimated": round(estimate, 1), "words": words, "office_pages": office}
        me = [sys.executable, str(Path(__file__).resolve()), "--workspace", str(workspace)]
        sides = {name: [*me, "--side", name] for name in ("check", "open", "read")}
        check = measure_sides(
            "check the three drafts in-process (read, recognise, every draft rule)",
            sides,
            runs=args.runs,
            target_s=1.0,
            **about,
        )
        env = {"CONGRESS_PAGES": "estimate", "PYTHONPATH": str(ROOT)}
        command = [sys.executable, "-m", "congress", "docs", "check", "van-mieu", "-w"]
        plain = Path(tmp, "plain")  # the same workspace without the Word files: drafts.yaml
        shutil.copytree(workspace, plain, ignore=shutil.ignore_patterns("van-kien"))
        figures = [check]
        for label, folder in (("Word files", workspace), ("drafts.yaml", plain)):
            args_ = [*command, str(folder)]
            run_once(args_, env=env)  # the state database, not timed
            figures.append(
                measure(f"`congress docs check van-mieu`, {label}", args_, args.runs, env=env)
            )
    save("drafts", meta, figures, args.json)


if __name__ == "__main__":
    main()
