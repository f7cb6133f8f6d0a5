"""What every command module shares: Click's settings and the common options.

Kept apart from the command modules so that `congress.cli.main` can hold the options of
`personnel check` without importing any other command (the tree loads lazily, `cli/lazy.py`).
"""

from __future__ import annotations

from pathlib import Path

import click

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
workspace_option = click.option(
    "-w",
    "--workspace",
    type=click.Path(path_type=Path),
    default=Path("."),
    show_default=True,
)
json_option = click.option("--json", "as_json", is_flag=True)
by_option = click.option("--by", "actor", required=True)
