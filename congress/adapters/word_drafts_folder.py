"""The ward's `van-kien/` folder of Word drafts: which files are drafts, and reading them all
(refusing an old .doc or a draft still open in Word before reading any)."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from congress.adapters.files import replace_atomically
from congress.adapters.word_reader import read_word
from congress.adapters.word_refusals import refuse_locked, refuse_old_doc
from congress.core.draft_recognise import POLITICAL, kind_of
from congress.core.word_doc import WordDoc

DRAFTS_FOLDER = "van-kien"
# "estimate" estimates the page count from the file even when LibreOffice is installed (faster).
PAGES_ENV = "CONGRESS_PAGES"
PAGE_COUNTS = "page-counts.json"  # LibreOffice's page counts by file hash, in .congress/


def draft_files(folder: Path) -> list[Path]:
    """The .docx files of the folder (not Word's «~$» lock files), by name."""
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.iterdir() if p.suffix.lower() == ".docx" and not p.name.startswith("~$")
    )


def read_drafts(folder: Path, cache: Path | None = None, *, pages: bool = True) -> list[WordDoc]:
    """Every Word draft of the folder; the political report's page count from LibreOffice when it
    is installed (and CONGRESS_PAGES is not "estimate"), kept in `cache` (a JSON file, by the
    file's hash) so that a district run converts only the files that changed. Without `pages`,
    no page is counted (the congress documents need the text only)."""
    if not folder.is_dir():
        return []
    refuse_locked(folder)
    for old in sorted(folder.glob("*")):
        if old.suffix.lower() == ".doc" and not old.name.startswith("~$"):
            refuse_old_doc(old)
    docs = []
    office = pages and os.environ.get(PAGES_ENV, "").strip().lower() != "estimate"
    for path in draft_files(folder):
        doc = read_word(path)
        if office and kind_of(doc) == POLITICAL:
            doc = dataclasses.replace(doc, pages=counted_pages(path, cache))
        docs.append(doc)
    return docs


def counted_pages(path: Path, cache: Path | None) -> int | None:
    """LibreOffice's page count of `path`, from `cache` when the same file was counted before."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    known: dict[str, int] = {}
    if cache is not None and cache.is_file():
        try:
            loaded = json.loads(cache.read_text(encoding="utf-8"))
            known = {k: v for k, v in loaded.items() if isinstance(v, int)}
        except (OSError, ValueError, AttributeError):
            known = {}  # a damaged cache is only a cache
    if digest in known:
        return known[digest]
    pages = office_pages(path)
    if pages is not None and cache is not None and cache.parent.is_dir():
        known[digest] = pages
        text = json.dumps(known, indent=0)
        with contextlib.suppress(OSError):  # not kept: counted again next time
            replace_atomically(cache, lambda temp: Path(temp).write_text(text, encoding="utf-8"))
    return pages


def office_pages(path: Path, timeout: float = 120) -> int | None:
    """LibreOffice's page count of the document (converted to PDF in a temporary folder); None
    when LibreOffice is not installed or fails."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        return None
    with tempfile.TemporaryDirectory(prefix="congress-pages-") as tmp:
        profile = Path(tmp, "profile").as_uri()
        try:
            command = [office, f"-env:UserInstallation={profile}", "--headless"]
            subprocess.run(
                [*command, "--convert-to", "pdf", "--outdir", tmp, str(path)],
                check=True,
                capture_output=True,
                timeout=timeout,
            )
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError):
            return None
        pdf = Path(tmp, path.with_suffix(".pdf").name)
        if not pdf.is_file():
            return None
        data = pdf.read_bytes()
    counts = [int(n) for n in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data)]
    return max(counts) if counts else len(re.findall(rb"/Type\s*/Page\b", data)) or None
