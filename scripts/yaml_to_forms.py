"""Convert a ward's YAML inputs into the officer's Excel forms (the same data, another source).

    python scripts/yaml_to_forms.py WARD_FOLDER [--out DIR] [--second TALLY_YAML] [--force]

- `congress.yaml` -> `thong-tin-dai-hoi.xlsx` (one sheet per table);
- `tally.yaml` -> `kiem-phieu.xlsx`, «Nhập lần 1»; «Nhập lần 2» gets `--second` (by default
  `tally-ban-2.yaml` when there is one, else it stays blank: no second entry).

The forms are written to `--out` (default: the ward folder itself — then move the YAML files
away: a folder holding both is refused). `tests/test_forms_equivalence.py` uses `convert` to show
both sources give the same findings and the same documents.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from congress.adapters.congress_form import FORM_FILE as CONGRESS_FORM
from congress.adapters.congress_form import write_congress_form
from congress.adapters.tally_files import load_tally
from congress.adapters.tally_form import FORM_FILE as TALLY_FORM
from congress.adapters.tally_form import entry_values, write_tally_form
from congress.adapters.yaml_files import load_model
from congress.core.drafts import CongressFile


def convert(
    folder: Path, out: Path, second: Path | None = None, *, force: bool = False
) -> list[Path]:
    """Write the forms for the YAML files of `folder` into `out`; return the files written."""
    written = []
    details = folder / "congress.yaml"
    if details.is_file():
        model = load_model(details, CongressFile)
        written.append(write_congress_form(out / CONGRESS_FORM, model, force=force))
    count = folder / "tally.yaml"
    if count.is_file():
        first = load_tally(count)
        other = second or folder / "tally-ban-2.yaml"
        again = entry_values(load_tally(other)) if other.is_file() else {}
        written.append(write_tally_form(out / TALLY_FORM, entry_values(first), again, force=force))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--second", type=Path)
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args(argv)
    for path in convert(args.folder, args.out or args.folder, args.second, force=args.force):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
