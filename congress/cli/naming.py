"""One way to name things: a ward by its folder name or its name, from a workspace.

Every command that takes a ward accepts its slug («bach-mai») or its name, with or without
diacritics, in any case («Bạch Mai», «bach mai»), from inside a workspace (the current folder or
a parent) or with `-w/--workspace`. `personnel check` and `personnel form --ward` also still take
the path of a ward's folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def ward_folder(ward: str, workspace: Path) -> Any:
    """The ward folder `ward` names: a folder holding a ward.yaml, or a ward of the workspace
    (its slug or its name). Reads the workspace's files only: no state is created."""
    from congress.adapters.ward_folder import WARD_FILE, FileWardFolder
    from congress.adapters.workspace import locate, read_workspace
    from congress.errors import InputError
    from congress.services.ward_checks import CHECKS

    path = Path(ward)
    if path.is_dir() or (path / WARD_FILE).exists():
        return FileWardFolder.at(path)
    try:
        root = locate(workspace)
    except InputError:
        # No workspace here: the argument was meant as a folder, and that folder is not there.
        return FileWardFolder.at(path)
    files = read_workspace(root, set(CHECKS))
    return files.ward(files.slug_of(ward))
