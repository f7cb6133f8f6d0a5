"""The ward's `van-kien/` folder of Word drafts: which files are drafts, and reading them all
(refusing an old .doc or a draft still open in Word before reading any)."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from congress.adapters.word_reader import office_pages, read_word, refuse_locked, refuse_old_doc
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
