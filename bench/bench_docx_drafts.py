"""Benchmark: checking a ward's Word drafts (a 40-page political report, the review report and the
action programme) without LibreOffice, against the time python-docx takes just to open the report.

Run by hand (not a test):  python bench/bench_docx_drafts.py [--runs 7] [--pages 40]

Measured in the same run, each the median of --runs with min and max, wall and CPU time:
  open      `docx.Document(report)`: python-docx opening the political report (the anchor),
            and opening it and reading the text of every paragraph and table cell;
  check     in-process: read the three .docx files, recognise the drafts, run every draft rule
            (what `docs check` and the `submit_drafts` guard do, without the CLI);
  command   `python -m congress docs check WARD` as a fresh process (imports, workspace, state
            database, the script rules and the printout included; CONGRESS_PAGES=estimate), on
            the Word files and, for comparison, on the same ward's drafts.yaml.
The drafts are written by tests/word_corpus.py from examples/wards/van-mieu/drafts.yaml, the results
section repeated until the report's page estimate reaches --pages, on A4 paper with the margins of
a Vietnamese administrative document, 14 pt Times New Roman, line spacing 1.15.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
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
        path = wc.political(longer, office_writer()).save(folder / "bao-cao-chinh-tri.docx")
        estimate = float(estimated_pages(read_word(path)))
        if estimate >= pages:
            break
        field = fields[len(more) % len(fields)]
        copy = len(more) // len(fields) + 1
        more.append(FieldResult(field=f"{field.field} (phụ lục {copy})", text=field.text))
    review = wc.review(drafts.review_report, office_writer()).save(
        folder / "bao-cao-kiem-diem.docx"
    )
    action = wc.action(drafts.action_programme, office_writer()).save(
        folder / "chuong-trinh-hanh-dong.docx"
    )
    return [path, review, action], estimate


def timed(task: Callable[[], object], runs: int) -> tuple[list[float], list[float]]:
    walls, cpus = [], []
    for _ in range(runs):
        cpu, wall = time.process_time(), time.perf_counter()
        task()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return walls, cpus


def timed_process(
    command: list[str], env: dict[str, str], runs: int
) -> tuple[list[float], list[float]]:
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=False)
        walls.append(time.perf_counter() - wall)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return walls, cpus


def line(name: str, walls: list[float], cpus: list[float]) -> str:
    med, lo, hi = statistics.median(walls), min(walls), max(walls)
    return (
        f"| {name} | {med * 1000:.0f} ms | {lo * 1000:.0f}–{hi * 1000:.0f} ms "
        f"| {statistics.median(cpus) * 1000:.0f} ms |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--office", action="store_true", help="also ask LibreOffice's page count")
    args = parser.parse_args()
    ward = load_model(SOURCE / "ward.yaml", WardFile)
    book = load_rulebook("ward-2024-2029", SOURCE)
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp, "ws")
        shutil.copytree(
            ROOT / "examples",
            workspace,
            ignore=shutil.ignore_patterns(".congress", "out", "dong-da", "tinh-mau"),
        )
        folder = workspace / "wards" / "van-mieu" / "van-kien"
        paths, estimate = write_drafts(folder, args.pages)
        report = paths[0]
        words = sum(len(p.text.split()) for p in read_word(report).paragraphs)

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

        check()  # warm: imports and caches, as in a running process
        open_times = timed(lambda: docx.Document(str(report)), args.runs)

        def read_text() -> object:
            document = docx.Document(str(report))
            texts = [p.text for p in document.paragraphs]
            cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
            return texts + cells

        text_times = timed(read_text, args.runs)
        check_times = timed(check, args.runs)
        env = {**os.environ, "CONGRESS_PAGES": "estimate", "PYTHONPATH": str(ROOT)}
        command = [
            sys.executable,
            "-m",
            "congress",
            "docs",
            "check",
            "van-mieu",
            "-w",
            str(workspace),
        ]
        subprocess.run(command, env=env, capture_output=True, check=False)  # the state database
        command_times = timed_process(command, env, args.runs)
        plain = Path(tmp, "plain")  # the same workspace without the Word files: drafts.yaml
        shutil.copytree(workspace, plain, ignore=shutil.ignore_patterns("van-kien"))
        yaml_command = [*command[:-1], str(plain)]
        subprocess.run(yaml_command, env=env, capture_output=True, check=False)
        yaml_times = timed_process(yaml_command, env, args.runs)
        office = None
        if args.office:
            from congress.adapters.word_drafts_folder import office_pages

            office = office_pages(report)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores, "
          f"load average {load}")  # fmt: skip
    print(
        f"political report: ≈ {estimate:.1f} pages estimated, {words} words"
        + (f", LibreOffice counts {office} pages" if office else "")
    )
    print(f"runs: {args.runs} (median, min–max, median CPU)")
    print("| what | wall (median) | wall (min–max) | CPU (median) |")
    print("|---|---|---|---|")
    print(line("python-docx opens the report (anchor)", *open_times))
    print(line("python-docx opens it and reads every paragraph and cell", *text_times))
    print(line("check the three drafts, in-process", *check_times))
    print(line("`python -m congress docs check` (process), Word files", *command_times))
    print(line("`python -m congress docs check` (process), drafts.yaml", *yaml_times))


if __name__ == "__main__":
    main()
