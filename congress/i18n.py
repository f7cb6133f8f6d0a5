"""The language of this process and `t`, the one lookup of the message catalogue.

The language is chosen once per process by the CLI (`--lang` or `CONGRESS_LANG`). The messages
themselves are in `congress.messages` (rule findings come from `workflows/rules.yaml` instead).
A key that is not in the catalogue, or a template parameter that is not given, is a programming
error and raises `MissingMessageError`: a user never sees a bare key.
"""

from __future__ import annotations

import os
import string

from congress.messages import CATALOGUE

LANGS = ("vi", "en")
_state = {"lang": ""}


class MissingMessageError(KeyError):
    """A message key is not in the catalogue, or its template needs a parameter not given."""


def set_lang(lang: str | None) -> str:
    """Choose the language for this process; None reads `CONGRESS_LANG`, default Vietnamese."""
    chosen = (lang or os.environ.get("CONGRESS_LANG") or "vi").strip().lower()[:2]
    _state["lang"] = chosen if chosen in LANGS else "vi"
    return _state["lang"]


def get_lang() -> str:
    return _state["lang"] or set_lang(None)


class _Strict(string.Formatter):
    """Formatter that names the message when a placeholder has no value."""

    def __init__(self, key: str) -> None:
        self.key = key

    def get_value(self, key: int | str, args: object, kwargs: dict[str, object]) -> object:  # type: ignore[override]
        if isinstance(key, str) and key not in kwargs:
            raise MissingMessageError(f"message {self.key!r} needs the parameter {key!r}")
        return super().get_value(key, args, kwargs)  # type: ignore[arg-type]


def t(key: str, lang: str | None = None, /, **params: object) -> str:
    """The message `key` in `lang` (or the process language), with `params` filled in."""
    entry = CATALOGUE.get(key)
    if entry is None:
        raise MissingMessageError(f"no message {key!r} in the catalogue (congress/messages/)")
    text = entry.get(lang or get_lang()) or entry["vi"]
    return _Strict(key).vformat(text, (), params)


def both(key: str, /, **params: object) -> dict[str, str]:
    """The message `key` in every language, for values that travel as {"vi": ..., "en": ...}."""
    return {lang: t(key, lang, **params) for lang in LANGS}
