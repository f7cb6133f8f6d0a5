"""The shape of a message catalogue: key -> {"vi": text, "en": text}."""

from __future__ import annotations

Catalogue = dict[str, dict[str, str]]
