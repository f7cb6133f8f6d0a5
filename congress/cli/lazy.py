"""A command group whose subcommands are imported when first named (issue 15, start-up).

Click's documented lazy-loading pattern: `list_commands` names every subcommand (so
`congress --help` lists them all, with their help), `get_command` imports a subcommand's module
the first time it is asked for and registers it, so `congress personnel check` imports no other
command module. `on_load` gives a command just loaded its texts (`congress.cli.localise`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import click

Loader = Callable[[], click.Command]


class LazyGroup(click.Group):
    """A group whose subcommands in `lazy_subcommands` (name -> loader) load on first use."""

    def __init__(
        self,
        *args: Any,
        lazy_subcommands: Mapping[str, Loader] | None = None,
        on_load: Callable[[str, click.Command], None] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_subcommands = dict(lazy_subcommands or {})
        self.on_load = on_load

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_subcommands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.lazy_subcommands:
            self._load(cmd_name)
        return super().get_command(ctx, cmd_name)

    def load_all(self) -> None:
        """Import every subcommand (for a walk of the whole tree: the tests of the help)."""
        for name in self.lazy_subcommands:
            if name not in self.commands:
                self._load(name)

    def _load(self, name: str) -> click.Command:
        command = self.lazy_subcommands[name]()
        self.add_command(command, name)
        if self.on_load is not None:
            self.on_load(name, command)
        return command
