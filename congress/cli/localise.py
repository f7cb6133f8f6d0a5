"""The command line in the process language: every command's and option's help, the names of
arguments in a usage line, and Click's own words (`congress.cli.click_texts`).

The texts are in the catalogue (`congress/messages/help_texts.py`, `help_ward.py`): `help.<command path>`,
`help.<command path>.<parameter>`, `help.opt.<parameter>` for the shared options,
`help.arg.<parameter>` for an argument's name. `localise(cli)` runs once the language is known
(`congress.cli.main.main`); a command without a text keeps its own (tests/test_help.py fails).
"""

from __future__ import annotations

import click

from congress.cli.click_texts import install, text
from congress.messages import CATALOGUE

TOP = "help.congress"
# an option's value in a usage line, by Click's type name
TYPE_METAVARS = {
    "text": "click.type_text",
    "path": "click.type_path",
    "directory": "click.type_directory",
    "file": "click.type_path",
    "integer": "click.type_number",
    "integer range": "click.type_number",
}


def command_key(path: tuple[str, ...]) -> str:
    return ".".join(("help", *path)) if path else TOP


def option_key(path: tuple[str, ...], name: str) -> str | None:
    """The catalogue key of an option's help: the command's own, else the shared one."""
    for key in (f"{command_key(path)}.{name}", f"help.opt.{name}"):
        if key in CATALOGUE:
            return key
    return None


def _metavar(argument: click.Argument) -> str | None:
    key = f"help.arg.{argument.name}"
    if key not in CATALOGUE:
        return None
    name = text(key)
    if not argument.required:
        name = f"[{name}]"
    return name + ("..." if argument.nargs == -1 else "")


def _english_path_name(param: click.Parameter) -> None:
    """A path's kind in Click's English words («file», «directory», «path»), as a command module
    imported before `install` has it: Click translates the name when the type is made, and a
    command loaded later (the tree is lazy, `congress.cli.lazy`) would get the catalogue's word
    in its metavar and in Click's messages about the value."""
    kind = param.type
    if isinstance(kind, click.Path):
        if kind.file_okay and not kind.dir_okay:
            kind.name = "file"
        elif kind.dir_okay and not kind.file_okay:
            kind.name = "directory"
        else:
            kind.name = "path"


def _option_metavar(option: click.Option) -> None:
    """«--by CHỮ», «-w ĐƯỜNG_DẪN»: the value's kind in the reader's language."""
    kind = TYPE_METAVARS.get(option.type.name)
    if option.is_flag or kind is None:
        return
    if option.metavar is None or getattr(option, "_metavar_localised", False):
        option.metavar = text(kind)
        option._metavar_localised = True  # type: ignore[attr-defined]


def _help_option_in_language(command: click.Command) -> None:
    """Click makes a command's `--help` option once and keeps it: give it the text of the
    language at the moment it is shown (once per command)."""
    if getattr(command, "_help_localised", False):
        return
    original = command.get_help_option

    def get_help_option(ctx: click.Context) -> click.Option | None:
        option = original(ctx)
        if option is not None:
            option.help = text("click.help")
        return option

    command.get_help_option = get_help_option  # type: ignore[method-assign]
    command._help_localised = True  # type: ignore[attr-defined]


def localise(command: click.Command, path: tuple[str, ...] = ()) -> None:
    """Give `command` and everything under it the texts of the process language."""
    install()
    key = command_key(path)
    if key in CATALOGUE:
        command.help = text(key)
        command.short_help = None
    command.options_metavar = text("click.options_metavar")
    _help_option_in_language(command)
    for param in command.params:
        _english_path_name(param)
        if isinstance(param, click.Option) and param.name:
            found = option_key(path, param.name)
            if found:
                param.help = text(found)
            _option_metavar(param)
        elif isinstance(param, click.Argument):
            metavar = _metavar(param)
            if metavar:
                param.metavar = metavar
    if isinstance(command, click.Group):
        own = f"{key}.subcommands"
        command.subcommand_metavar = text(own if own in CATALOGUE else "click.command_metavar")
        for name, sub in command.commands.items():
            localise(sub, (*path, name))
