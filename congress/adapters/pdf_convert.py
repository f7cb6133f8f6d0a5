"""A document converted to PDF by LibreOffice, run headless (`congress docs render --pdf`)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from congress.errors import InputError, Problem


def to_pdf(path: Path) -> Path:
    """Convert with LibreOffice (headless); say how to install it when it is missing."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        raise InputError(Problem("docs.no_libreoffice"))
    try:
        subprocess.run(
            [office, "--headless", "--convert-to", "pdf", "--outdir", str(path.parent), str(path)],
            check=True,
            capture_output=True,
            timeout=180,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        raise InputError(Problem("docs.pdf_failed", {"reason": str(exc)}, file=str(path))) from exc
    return path.with_suffix(".pdf")
