"""What one use case keeps with an object for the next to reuse: a ward folder's `memo` holds
what the ward's checks just computed, for its documents (issue 15).

It belongs to its owner and dies with it: two folders never share a result, and nothing is kept
at module level. The reuser decides whether what it finds still fits (the very same inputs).
"""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


class Memo:
    """The last value kept of each type: the type is the key."""

    def __init__(self) -> None:
        self._kept: dict[type, object] = {}

    def keep(self, value: object) -> None:
        """Keep `value` in place of the last one of its type."""
        self._kept[type(value)] = value

    def clear(self) -> None:
        """Forget everything kept (its owner's job is done)."""
        self._kept.clear()

    def last(self, kind: type[T]) -> T | None:
        """The last value of type `kind` kept, None if none was."""
        found = self._kept.get(kind)
        return found if isinstance(found, kind) else None
