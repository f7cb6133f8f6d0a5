"""Convert a ward's YAML inputs into the officer's Excel forms (the same data, another source).

    python scripts/yaml_to_forms.py WARD_FOLDER [--out DIR] [--second TALLY_YAML] [--force]

- `congress.yaml` -> `thong-tin-dai-hoi.xlsx` (one sheet per table), with ward.yaml's member
  organisations and residential areas in its sheets «Tổ chức thành viên» and «Khu dân cư»
  (ward.yaml keeps them too: the same lists in both are accepted, different ones refused);
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
from congress.adapters.ward_facts_form import WardFacts
from congress.adapters.yaml_files import load_model, read_yaml
from congress.core.drafts import CongressFile
from congress.core.ward import WardFile


def convert(
    folder: Path, out: Path, second: Path | None = None, *, force: bool = False
) -> list[Path]:
    """Write the forms for the YAML files of `folder` into `out`; return the files written."""
    written = []
    details = folder / "congress.yaml"
    if details.is_file():
        model = load_model(details, CongressFile)
        facts = ward_facts(folder)
        written.append(write_congress_form(out / CONGRESS_FORM, model, facts, force=force))
    count = folder / "tally.yaml"
    if count.is_file():
        first = load_tally(count)
        other = second or folder / "tally-ban-2.yaml"
        again = entry_values(load_tally(other)) if other.is_file() else {}
        written.append(write_tally_form(out / TALLY_FORM, entry_values(first), again, force=force))
    return written


def ward_facts(folder: Path) -> WardFacts:
    """ward.yaml's member organisations and residential areas (none without a ward.yaml)."""
    path = folder / "ward.yaml"
    if not path.is_file():
        return WardFacts()
    data, _ = read_yaml(path)
    lists = WardFile.model_validate(
        {k: data.get(k) for k in ("member_organisations", "residential_areas")}
        | {"ward": "-", "lists": {"proposed": "-"}}
    )
    return WardFacts(lists.member_organisations or None, lists.residential_areas or None)


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
