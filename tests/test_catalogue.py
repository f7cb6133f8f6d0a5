"""The one message catalogue: complete in both languages, every key used exists, no stray key."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from congress.core.people import COLUMNS, Role, Status
from congress.core.tally_compare import FIELDS
from congress.i18n import MissingMessageError, t
from congress.messages import AREAS, CATALOGUE, DuplicateKeyError, merge

PACKAGE = Path(__file__).resolve().parent.parent / "congress"
KEY = re.compile(r"^[a-z_]+(\.[a-z0-9_]+)+$")
PREFIXES = {key.split(".")[0] for key in CATALOGUE}
FILE_SUFFIXES = {"yaml", "yml", "html", "xlsx", "csv", "docx", "pdf", "txt", "db"}

# Keys built at run time, with every value they can take. A new f-string key in a call must be
# added here (test_dynamic_keys_are_all_enumerated), so that its values are checked too.
DYNAMIC: dict[str, list[str]] = {
    "role.": [r.value for r in Role],
    "status.": [s.value for s in Status],
    "stat.": [
        "size",
        "re_elected",
        "new",
        "women",
        "non_party",
        "ethnic_minority",
        "religious",
        "age_unknown",
    ],
    "tally.field.": list(FIELDS),
    "list.": ["proposed", "previous"],
    "column.": list(COLUMNS),
    "denominator.": [
        "planned",
        "proposed",
        "previous",
        "previous_start",
        "convened",
        "present",
        "valid",
        "total",
        "members_present",
        "members",
    ],
    "ui.check_": ["drafts", "personnel", "script", "tally", "first_meeting"],
    "tally.": ["in_favour", "against", "not_voting", "percent"],
    "tally.approve.": ["presidium", "secretariat"],
    "tally.meeting.": ["congress", "first_meeting"],
    "tally.method.": ["hands", "secret"],
    "store.": ["locked", "corrupt", "cannot_open", "failed"],
    "ui.state_": ["ok", "blocked", "missing_data"],
    "ui.doc_": ["written", "overwritten", "unchanged"],
    "workflow.unknown_": ["checks", "checklist", "approvals"],
    "facts.": ["ward", "date", "ordinal", "counting_board"],
}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _calls() -> list[tuple[str, int, ast.expr]]:
    """Every argument of every call in the package, with where it is."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or (
                isinstance(node.func, ast.Attribute)
                and node.func.attr in ("startswith", "endswith")
            ):
                continue
            args = [*node.args, *(k.value for k in node.keywords)]
            found.extend((str(path.relative_to(PACKAGE)), node.lineno, arg) for arg in args)
    return found


def test_every_key_has_vietnamese_and_english() -> None:
    for key, entry in CATALOGUE.items():
        assert KEY.match(key), key
        assert set(entry) == {"vi", "en"}, key
        assert all(isinstance(v, str) and v.strip() for v in entry.values()), key


def test_placeholders_agree_between_the_languages() -> None:
    for key, entry in CATALOGUE.items():
        assert _fields(entry["vi"]) == _fields(entry["en"]), key


def test_no_key_is_defined_twice() -> None:
    for area in AREAS:
        tree = ast.parse(Path(area.__file__ or "").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict):
                keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
                assert len(keys) == len(set(keys)), area.__name__
    assert len(CATALOGUE) == sum(len(area.MESSAGES) for area in AREAS)
    with pytest.raises(DuplicateKeyError, match=r"role\.chair"):
        merge((AREAS[1], AREAS[1]))


def _literals() -> list[tuple[str, int, str]]:
    """Every string literal of the package that looks like a key of the catalogue.

    All literals count, not only arguments of t(): code often picks a key first
    (`key = "ui.verdict_ok" if ok else "ui.verdict_fail"`). File names ("ward.yaml"), the
    constant heads of f-string keys (checked by enumeration below) and prefixes given to
    `startswith` are not keys.
    """
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.parent.name == "messages":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = {
            id(part)
            for node in ast.walk(tree)
            if isinstance(node, ast.JoinedStr)
            or (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("startswith", "endswith")
            )
            for part in ast.walk(node)
        }
        found.extend(
            (str(path.relative_to(PACKAGE)), node.lineno, node.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and id(node) not in skip
            and isinstance(node.value, str)
            and KEY.match(node.value)
            and node.value.split(".")[0] in PREFIXES
            and node.value.rsplit(".", 1)[1] not in FILE_SUFFIXES
        )
    return found


def test_every_literal_key_used_in_code_exists() -> None:
    literals = _literals()
    assert len(literals) > 200
    missing = [f"{where}:{line}: {key}" for where, line, key in literals if key not in CATALOGUE]
    assert not missing, missing


def test_dynamic_keys_are_all_enumerated() -> None:
    stems = {
        f"{where}:{line}: {arg.values[0].value}"
        for where, line, arg in _calls()
        if isinstance(arg, ast.JoinedStr)
        and arg.values
        and isinstance(arg.values[0], ast.Constant)
        and str(arg.values[0].value).split(".")[0] in PREFIXES
        and "." in str(arg.values[0].value)
    }
    unknown = [s for s in stems if s.rsplit(": ", 1)[1] not in DYNAMIC]
    assert not unknown, f"add these key families to DYNAMIC: {unknown}"
    for stem, values in DYNAMIC.items():
        for value in values:
            assert stem + value in CATALOGUE, stem + value


def test_a_missing_key_or_parameter_raises() -> None:
    with pytest.raises(MissingMessageError, match=r"no\.such_key"):
        t("no.such_key", "en")
    with pytest.raises(KeyError):
        t("no.such_key")
    with pytest.raises(MissingMessageError, match="'row'"):
        t("where.row", "en")
    assert t("where.row", "en", row=3) == "row 3"
    assert t("where.row", "vi", row=3) == "dòng 3"


def test_every_dashboard_label_used_exists() -> None:
    from congress.adapters.dashboard_html import labels
    from congress.core.district import SHARES

    used = set()
    for path in PACKAGE.glob("adapters/dashboard_*.py"):
        source = path.read_text(encoding="utf-8")
        used.update(re.findall(r"\bL\.(\w+)", source))
        used.update(re.findall(r"labels\[\"(\w+)\"\]", source))
    used.update(f"{kind}_{key}" for kind in ("share", "note") for key in SHARES)
    used.update(("limit_min", "limit_max"))
    for lang in ("vi", "en"):
        assert used - set(labels(lang)) == set(), lang
    assert labels("fr") == labels("vi")
