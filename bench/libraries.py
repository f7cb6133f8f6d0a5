"""The libraries a command loads, and a process that imports only them (run by hand, with the
benchmarks; never by CI or pytest).

    python bench/libraries.py list -- congress ARGS…    # the third-party modules, in load order
    python bench/libraries.py import MODULE…            # import them in that order, nothing else

`list` runs the command in this interpreter and prints the modules it loaded that are neither
the standard library's nor the project's, in the order they were loaded (`sys.modules` keeps it).
`import` is the floor of that command's start-up with the fixed libraries: Python itself and those
modules, imported and doing nothing else (the standard-library modules they need come along).
The command's time beyond it is the project's own: its modules, the models it builds, its work.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import sys


def third_party(names: list[str]) -> list[str]:
    """`names` (in load order) without the standard library's modules and the project's."""
    own = set(sys.stdlib_module_names) | {"congress"}
    return [
        n
        for n in names
        if n.split(".")[0] not in own and not n.startswith(("_sysconfigdata", "_cython", "cython_"))
    ]


def main(argv: list[str]) -> None:
    if argv[:2] == ["list", "--"] and argv[2:3] == ["congress"]:
        before = set(sys.modules)
        from congress.cli.main import main as congress

        with contextlib.suppress(SystemExit):
            congress(argv[3:])
        loaded = [n for n in sys.modules if n not in before and n != "__main__"]
        print(json.dumps(third_party(loaded)))
    elif argv[:1] == ["import"]:
        for name in argv[1:]:
            try:
                importlib.import_module(name)
            except ImportError:  # an alias that only its package can register
                continue
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
