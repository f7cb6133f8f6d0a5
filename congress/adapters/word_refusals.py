"""Word files the drafts check cannot read, refused before anything is read or written, with
what to do: an old .doc, a file still open in Word (its «~$» lock file), a damaged or
password-protected file, a draft typed in a TCVN3/VNI font."""

from __future__ import annotations

import shutil
from pathlib import Path

from congress.core.redact import excerpt
from congress.core.text import is_legacy_font, looks_legacy_encoded
from congress.core.word_doc import WordDoc
from congress.errors import InputError, Problem

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def refuse(key: str, path: Path, **params: object) -> InputError:
    return InputError(Problem(key, {"file": path.name, **params}, file=str(path)))


def lock_files(folder: Path) -> list[Path]:
    """Word's «~$» lock files in `folder`: a draft still open in Word."""
    return sorted(p for p in folder.glob("~$*") if p.suffix.lower() in (".docx", ".doc"))


def refuse_locked(folder: Path) -> None:
    """Refuse when a draft is open in Word: Word's lock file «~$» + the name (its first two letters
    replaced when the name is long) stays there while the file is open."""
    for lock in lock_files(folder):
        tail = lock.name[2:]
        drafts = [p.name for p in folder.iterdir() if not p.name.startswith("~$")]
        name = next((d for d in drafts if d == tail or d[2:] == tail), tail)
        raise refuse("word.locked", lock, name=name)


def refuse_old_doc(path: Path) -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    key = "word.old_doc_office" if office else "word.old_doc"
    raise refuse(key, path, folder=path.parent.name)


def check_container(path: Path, head: bytes) -> None:
    if head.startswith(_OLE_MAGIC):
        data = path.read_bytes()
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise refuse("word.encrypted", path)
        raise refuse("word.old_doc_inside", path)
    if not head.startswith(b"PK"):
        raise refuse("word.damaged", path, reason="not a .docx (ZIP) file")


def refuse_legacy(doc: WordDoc, path: Path) -> None:
    """Refuse a draft typed in a TCVN3/VNI font, or whose text reads as TCVN3/VNI mojibake in
    several paragraphs (one odd paragraph, or the «» quotes, do not count)."""
    legacy = sorted(f for f in doc.fonts if is_legacy_font(f))
    texts = [p.text for p in doc.paragraphs if p.text.strip()][:400]  # a sample is enough
    odd = [t for t in texts if looks_legacy_encoded(t.replace("«", "").replace("»", ""))]
    sample = odd[0] if len(odd) >= max(3, len(texts) // 10) else None
    if legacy:
        typed = next((t for t in texts if not t.isascii()), texts[0] if texts else "")
        raise refuse("word.legacy", path, font=", ".join(legacy), sample=excerpt(typed, 40))
    if sample is not None:
        raise refuse("word.legacy_text", path, sample=excerpt(sample, 40))
