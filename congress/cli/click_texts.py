"""Click's own words in the officer's language: «Cách dùng:», «Tùy chọn», «Lỗi: …».

Click marks its texts for gettext (`from gettext import gettext as _` in each of its modules)
but ships no Vietnamese. `install()` gives those modules a lookup into the one catalogue
(`congress/messages/cli_help.py`, keys `click.*`), in the process language at the moment a
text is needed; a text not listed here stays Click's own. tests/test_help.py walks every command.
"""

from __future__ import annotations

from types import ModuleType

import click.core
import click.decorators
import click.exceptions
import click.formatting
import click.parser
import click.termui
import click.types

from congress.i18n import get_lang
from congress.messages import CATALOGUE

# Click's msgid -> catalogue key
TEXTS = {
    "Usage:": "click.usage",
    "Options": "click.options",
    "Commands": "click.commands",
    "Positional arguments": "click.arguments",
    "Show this message and exit.": "click.help",
    "Show the version and exit.": "click.version_help",
    "%(prog)s, version %(version)s": "click.version",
    "Error: {message}": "click.error",
    "Try '{command} {option}' for help.": "click.try_help",
    "No such option {name!r}.": "click.no_such_option",
    "No such command {name!r}.": "click.no_such_command",
    "Missing argument": "click.missing_argument",
    "Missing option": "click.missing_option",
    "Missing parameter": "click.missing_parameter",
    "Missing {param_type}": "click.missing_type",
    "Missing parameter: {param_name}": "click.missing_named",
    "Missing command.": "click.missing_command",
    "Invalid value for {param_hint}: {message}": "click.invalid_for",
    "Invalid value: {message}": "click.invalid",
    "Option {name!r} does not take a value.": "click.takes_no_value",
    "{value!r} is not a valid {number_type}.": "click.not_number",
    "{value} is not in the range {range}.": "click.not_in_range",
    "{name} {filename!r} does not exist.": "click.path_missing",
    "{name} {filename!r} is a file.": "click.path_is_file",
    "{name} {filename!r} is a directory.": "click.path_is_dir",
    "{name} {filename!r} is not readable.": "click.path_unreadable",
    "{name} {filename!r} is not writable.": "click.path_unwritable",
    "file": "click.file",
    "directory": "click.directory",
    "path": "click.path",
    "default: {default}": "click.default",
    "Aborted!": "click.aborted",
    "required": "click.required",
}
# Click's plural msgids (singular form) -> (key for one, key for several)
PLURALS = {
    "Did you mean {possibility}?": ("click.did_you_mean", "click.did_you_mean_many"),
    "Got unexpected extra argument ({args})": ("click.extra_argument", "click.extra_arguments"),
    "Option {name!r} requires an argument.": ("click.needs_value", "click.needs_values"),
    "{value!r} is not {choice}.": ("click.not_choice", "click.not_choices"),
}
MODULES: tuple[ModuleType, ...] = (
    click.core,
    click.decorators,
    click.exceptions,
    click.formatting,
    click.parser,
    click.termui,
    click.types,
)


def text(key: str) -> str:
    """A catalogue entry as a raw template, for Click to fill in."""
    entry = CATALOGUE[key]
    return entry.get(get_lang()) or entry["vi"]


def gettext(message: str) -> str:
    key = TEXTS.get(message)
    return text(key) if key else message


def ngettext(singular: str, plural: str, count: int) -> str:
    keys = PLURALS.get(singular)
    if keys is None:
        return singular if count == 1 else plural
    return text(keys[0] if count == 1 else keys[1])


def install() -> None:
    """Give Click's modules the catalogue's words (idempotent)."""
    for module in MODULES:
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]
