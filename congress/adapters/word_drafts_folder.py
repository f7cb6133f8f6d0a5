"""The ward's `van-kien/` folder of Word drafts: which files are drafts, and reading them all
(refusing an old .doc or a draft still open in Word before reading any)."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from congress.adapters.word_reader import read_word
from congress.adapters.word_refusals import refuse_locked, refuse_old_doc
from congress.core.draft_recognise import POLITICAL, kind_of
from congress.core.word_doc import WordDoc

DRAFTS_FOLDER = "van-kien"
# "estimate" estimates the page count from the file even when LibreOffice is installed (faster).
PAGES_ENV = "CONGRESS_PAGES"


def draft_files(folder: Path) -> list[Path]:
    """The .docx files of the folder (not Word's «~$» lock files), by name."""
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.iterdir() if p.suffix.lower() == ".docx" and not p.name.startswith("~$")
    )


def read_drafts(folder: Path) -> list[WordDoc]:
    """Every Word draft of the folder; the political report's page count from LibreOffice when it
    is installed (and CONGRESS_PAGES is not "estimate")."""
    if not folder.is_dir():
        return []
    refuse_locked(folder)
    for old in sorted(folder.glob("*")):
        if old.suffix.lower() == ".doc" and not old.name.startswith("~$"):
            refuse_old_doc(old)
    docs = []
    office = os.environ.get(PAGES_ENV, "").strip().lower() != "estimate"
    for path in draft_files(folder):
        doc = read_word(path)
        if office and kind_of(doc) == POLITICAL:
            doc = dataclasses.replace(doc, pages=office_pages(path))
        docs.append(doc)
    return docs


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
