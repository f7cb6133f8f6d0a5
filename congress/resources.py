"""Where the bundled workflows and document templates are, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The bundled folder `name` (``workflows`` or ``doc_templates``).

    A wheel carries them as ``congress/_data/<name>``; an editable install or a checkout has them
    at the top of the repository.
    """
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def workflows_dir() -> Path:
    return data_dir("workflows")


def bundled_rulesets() -> list[str]:
    """Names of the bundled rulesets (folders of `workflows/` that hold a ruleset.yaml)."""
    return sorted(p.parent.name for p in workflows_dir().glob("*/ruleset.yaml"))
