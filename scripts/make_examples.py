"""Generate the two example wards under examples/wards/ (reproducible).

    python scripts/make_examples.py [--out DIR]

- o-cho-dua: a personnel proposal that passes every rule (xlsx with titles and a merged two-row
  header; the outgoing committee as a CSV saved the way Excel does);
- van-mieu: a proposal that breaks the re-election cap (34 of 55) and the non-Party rule.

Both also get drafts.yaml and congress.yaml, written and checked by scripts/example_drafts.py (which
holds their content): Ô Chợ Dừa's pass every draft and script check, Văn Miếu's show the faults
listed by seed 004.

Everything comes from a seeded random.Random and the xlsx archives get fixed timestamps, so a
rerun rewrites the same files. The data tables live in scripts/example_data.py.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

import example_data as data  # scripts/ is sys.path[0] when run as a script
import example_drafts as drafts
import yaml
from example_data import WardSpec
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

SEED = 20240112
CONGRESS_DATE = date(2024, 1, 12)  # the pilot's; the people's ages are taken on this day
WARD_CONGRESS_DATES = {"van-mieu": date(2024, 3, 22)}  # as in its congress.yaml
FIXED_TIME = datetime(2024, 1, 2)
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "examples" / "wards"
PROPOSED_FILE = "du-kien-uy-ban-nhiem-ky-2024-2029.xlsx"
PLANNED_SIZE = 55
MIN_SIZE, MAX_SIZE, MAX_RE_PCT, MIN_WOMEN_PCT = 30, 55, 60, 30


@dataclass
class Person:
    name: str
    female: bool
    born: date
    ethnicity: str
    religion: str
    party: date | None  # date of admission to the Party, None if not a member
    party_as_date: bool  # written as that date rather than "x" in the Ô Chợ Dừa list
    cccd: str


@dataclass
class Member:
    person: Person
    role: str
    position: str
    cocau: str
    re_elected: bool = False
    note: str | None = None


# --- generation --------------------------------------------------------------------------------


def fill(flags: list[bool | None], target: int, rng: random.Random, what: str) -> list[bool]:
    """Decide the undecided (None) flags so that exactly `target` flags are True."""
    free = [i for i, f in enumerate(flags) if f is None]
    need = target - sum(1 for f in flags if f)
    if not 0 <= need <= len(free):
        raise SystemExit(f"cannot reach {target} for {what}: {need} needed, {len(free)} free")
    chosen = set(rng.sample(free, need))
    return [f if f is not None else i in chosen for i, f in enumerate(flags)]


class PersonFactory:
    """Fictional people with unique names and identity numbers within one ward."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names: set[str] = set()
        self.ids: set[str] = set()

    def name(self, female: bool, older: bool, ethnicity: str) -> str:
        rng = self.rng
        while True:
            if ethnicity in data.MINORITY_FAMILY_NAMES:
                family = rng.choice(data.MINORITY_FAMILY_NAMES[ethnicity])
            else:
                family = rng.choices(*zip(*data.FAMILY_NAMES, strict=True))[0]
            usual, share = ("Thị", 0.7) if female else ("Văn", 0.5)
            if rng.random() < (share if older else share / 2.5):
                middle = usual
            else:
                middle = rng.choice(data.MIDDLE_FEMALE if female else data.MIDDLE_MALE)
            given = rng.choice(data.GIVEN_FEMALE if female else data.GIVEN_MALE)
            name = f"{family} {middle} {given}"
            if middle not in (family, given) and name not in self.names:
                self.names.add(name)
                return name

    def make(self, slot: data.Slot, *, female: bool, non_party: bool, shift: int = 0,
             ethnicity: str = "Kinh", religion: str = "Không") -> Person:  # fmt: skip
        """A person for `slot`, aged within its range (moved by `shift` years for predecessors)."""
        rng = self.rng
        lo, hi = slot.lo + shift, min(slot.hi + 2 * shift, 82)
        year = rng.randint(CONGRESS_DATE.year - hi, CONGRESS_DATE.year - lo - 1)
        born = date(year, rng.randint(1, 12), rng.randint(1, 28))
        name = self.name(female, CONGRESS_DATE.year - year >= 45, ethnicity)
        party = None
        if not non_party:
            joined = min(year + rng.randint(20, 35), 2023)
            party = date(joined, rng.randint(1, 12), rng.randint(1, 28))
        while True:  # Hà Nội (001), sex and century digit, year of birth, six random digits
            cccd = f"001{int(female)}{year % 100:02d}{rng.randint(0, 999_999):06d}"
            if cccd not in self.ids:
                self.ids.add(cccd)
                break
        religion = slot.religion or religion
        return Person(name, female, born, ethnicity, religion, party, rng.random() < 0.5, cccd)


def slots_for(spec: WardSpec) -> list[data.Slot]:
    orgs = [
        data.Slot(data.UY_VIEN, head, name, sex, lo, hi, party, "N" if "Đoàn" in name else "?")
        for name, _aliases, head, sex, lo, hi, party in data.MEMBER_ORGANISATIONS
    ]
    areas = [
        data.Slot(data.UY_VIEN, data.AREA_HEAD.format(n=n), data.AREA_NAME.format(n=n), "*", 45, 75)
        for n in range(1, spec.areas + 1)
    ]
    return [*spec.btt, *orgs, *areas, *spec.others]


def build_ward(spec: WardSpec) -> tuple[list[Member], list[Member]]:
    """Return (proposed committee, outgoing committee), each ordered by role."""
    rng = random.Random(f"{SEED}:{spec.slug}")
    factory = PersonFactory(rng)
    slots = slots_for(spec)
    status = {"R": True, "N": False, "n": False, "?": None}
    re_el = fill([status[s.status] for s in slots], spec.re_elected, rng, "re-elected")
    flags = [
        None if s.status == "?" and not r else s.status == "N"
        for s, r in zip(slots, re_el, strict=True)
    ]
    n_preds = spec.previous_size - spec.re_elected - len(spec.leaving)
    preds = fill(flags, n_preds, rng, "predecessors")
    female = fill([{"F": True, "M": False}.get(s.sex) for s in slots], spec.women, rng, "women")
    sides = {"Y": False, "N": True, "?": None}
    non_party = fill([sides[s.party] for s in slots], spec.non_party, rng, "non-Party")
    plain = [i for i, s in enumerate(slots) if not s.religion]
    ethnic = dict(zip(rng.sample(plain, len(spec.minorities)), spec.minorities, strict=True))
    lay = [i for i in plain if non_party[i]]
    faith = dict(zip(rng.sample(lay, len(spec.religions)), spec.religions, strict=True))

    proposed: list[Member] = []
    # The outgoing committee, in seat order: (seat, person if re-elected, age shift if not).
    plan: list[tuple[data.Slot, Person | None, int]] = [(s, None, 0) for s in spec.leaving]
    for i, slot in enumerate(slots):
        eth, rel = ethnic.get(i, "Kinh"), faith.get(i, "Không")
        person = factory.make(
            slot, female=female[i], non_party=non_party[i], ethnicity=eth, religion=rel
        )
        note = f"Nhiệm kỳ 2019-2024: {slot.old[0]}" if slot.old else None
        proposed.append(Member(person, slot.role, slot.position, slot.cocau, re_el[i], note))
        if re_el[i] or preds[i]:
            plan.append((slot, person if re_el[i] else None, 3))
    gaps = [k for k, (_, p, _) in enumerate(plan) if p is None]
    known = sum(1 for _, p, _ in plan if p is not None and p.party is None)
    np_flags = [sides[plan[k][0].party] for k in gaps]
    outgoing_np = fill(np_flags, spec.previous_non_party - known, rng, "outgoing non-Party")
    np_gap = dict(zip(gaps, outgoing_np, strict=True))
    previous: list[Member] = []
    for k, (slot, carried, shift) in enumerate(plan):
        person = carried
        if person is None:
            is_f = {"F": True, "M": False}.get(slot.sex, rng.random() < 0.35)
            faith_k = "Phật giáo" if np_gap[k] and rng.random() < 0.2 else "Không"
            person = factory.make(
                slot, female=is_f, non_party=np_gap[k], shift=shift, religion=faith_k
            )
        role, position = slot.old if carried and slot.old else (slot.role, slot.position)
        previous.append(Member(person, role, position, slot.cocau))
    proposed.sort(key=lambda m: data.ROLE_RANK[m.role])
    previous.sort(key=lambda m: data.ROLE_RANK[m.role])
    return proposed, previous


# --- writers -----------------------------------------------------------------------------------

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TNR = "Times New Roman"
FONT, BOLD = Font(name=TNR, size=12), Font(name=TNR, size=12, bold=True)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def save_workbook(wb: Workbook, path: Path) -> None:
    """Save with fixed properties and zip timestamps (openpyxl's save() stamps "now")."""
    wb.properties.creator = "scripts/make_examples.py"
    wb.properties.created = wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    ExcelWriter(wb, ZipFile(buf, "w", ZIP_DEFLATED)).save()
    with ZipFile(buf) as src, ZipFile(path, "w", ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            dst.writestr(fixed, src.read(info.filename), compress_type=ZIP_DEFLATED)


def style_table(ws: Worksheet, first: int, widths: list[int], header_rows: int) -> None:
    """Borders, fonts and widths for the table starting at row `first`."""
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    text_cols = {i for i, w in enumerate(widths, start=1) if w >= 20}
    for row in ws.iter_rows(min_row=first, max_row=ws.max_row, max_col=len(widths)):
        for cell in row:
            head = cell.row < first + header_rows
            cell.border, cell.font = BOX, BOLD if head else FONT
            cell.alignment = WRAP if cell.column in text_cols and not head else CENTRE


def party_mark(p: Person, mark: str) -> str | None:
    if p.party is None:
        return None
    if mark == "date-or-x":
        return p.party.strftime("%d/%m/%Y") if p.party_as_date else "x"
    return mark


def gender(p: Person) -> str:
    return "Nữ" if p.female else "Nam"


def write_merged_header_list(spec: WardSpec, members: list[Member], path: Path) -> None:
    """Proposed list as offices lay it out: titles, a two-row header, "(n)" numbers, a total."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách dự kiến"
    term = f"KHÓA {spec.khoa}, NHIỆM KỲ 2024-2029"
    titles = (
        (f"ỦY BAN MTTQ VIỆT NAM PHƯỜNG {spec.name.upper()}", "A1:E1", BOLD),
        (f"DANH SÁCH DỰ KIẾN NHÂN SỰ ỦY BAN MTTQ VIỆT NAM PHƯỜNG {spec.name.upper()} {term}",
         "A2:L2", Font(name=TNR, size=14, bold=True)),
        (f"(Kèm theo Đề án nhân sự Ủy ban MTTQ Việt Nam phường {spec.name} khóa {spec.khoa}, nhiệm kỳ 2024-2029)",
         "A3:L3", Font(name=TNR, size=12, italic=True)),
    )  # fmt: skip
    for row, (text, span, font) in enumerate(titles, start=1):
        ws.cell(row, 1, text).font = font
        ws.cell(row, 1).alignment = Alignment(horizontal="center")
        ws.merge_cells(span)
    heads = data.HEAD_MERGED
    for col, text in enumerate(heads, start=1):
        if text:
            ws.cell(4, col, text)
            if col != 3:
                ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.merge_cells("C4:D4")
    ws["C5"], ws["D5"] = "Nam", "Nữ"
    ws.append([f"({col})" for col in range(1, len(heads) + 1)])
    for i, m in enumerate(members, start=1):
        p, year = m.person, m.person.born.year
        ws.append([i, p.name, None if p.female else year, year if p.female else None,
                   p.ethnicity, p.religion, party_mark(p, "date-or-x"), m.position, m.cocau,
                   m.role, "Tái cử" if m.re_elected else "Mới", m.note])  # fmt: skip
    ws.append([f"Tổng cộng: {len(members)} người"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=2)
    style_table(ws, 4, [6, 24, 8, 8, 9, 11, 12, 40, 22, 16, 10, 22], header_rows=3)
    ws.cell(ws.max_row, 1).font = BOLD
    save_workbook(wb, path)


def write_plain_list(spec: WardSpec, members: list[Member], path: Path) -> None:
    """Proposed list with a single header row, a gender column and identity numbers."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Dự kiến 2024-2029"
    ws.append(data.HEAD_PLAIN)
    for i, m in enumerate(members, start=1):
        p, cocau = m.person, spec.cocau_alias.get(m.cocau, m.cocau)
        ws.append([i, p.name, p.born.year, gender(p), p.cccd, p.ethnicity, p.religion,
                   party_mark(p, "x"), m.position, cocau, m.role, m.note])  # fmt: skip
        ws.cell(ws.max_row, 5).number_format = "@"
    style_table(ws, 1, [6, 24, 9, 9, 15, 9, 11, 10, 40, 22, 18, 22], header_rows=1)
    save_workbook(wb, path)


def write_previous_xlsx(spec: WardSpec, members: list[Member], path: Path) -> None:
    """Outgoing committee: a title row, real Excel dates of birth, identity numbers as text."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Khóa 2019-2024"
    ws["A1"] = f"DANH SÁCH ỦY VIÊN ỦY BAN MTTQ VIỆT NAM PHƯỜNG {spec.name.upper()} 2019-2024"
    ws["A1"].font = BOLD
    ws.merge_cells("A1:K1")
    ws.append(data.HEAD_PREVIOUS_XLSX)
    for i, m in enumerate(members, start=1):
        p = m.person
        born = datetime(p.born.year, p.born.month, p.born.day)
        ws.append([i, p.name, born, gender(p), p.cccd, p.ethnicity, p.religion,
                   party_mark(p, "✓"), m.position, m.cocau, m.role])  # fmt: skip
        ws.cell(ws.max_row, 3).number_format = "dd/mm/yyyy"
        ws.cell(ws.max_row, 5).number_format = "@"
    style_table(ws, 2, [6, 24, 12, 9, 15, 9, 11, 10, 40, 22, 18], header_rows=1)
    save_workbook(wb, path)


def write_previous_csv(members: list[Member], path: Path) -> None:
    """Outgoing committee as Excel saves a CSV here: UTF-8 with BOM, ';', CRLF."""
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f, delimiter=";", lineterminator="\r\n")
        out.writerow(data.HEAD_PREVIOUS_CSV)
        for i, m in enumerate(members, start=1):
            p = m.person
            born, mark = p.born.strftime("%d/%m/%Y"), party_mark(p, "Có") or ""
            out.writerow([i, p.name, born, gender(p), p.ethnicity, p.religion, mark, m.position,
                          m.cocau, m.role])  # fmt: skip


def ward_yaml(spec: WardSpec) -> tuple[str, dict[str, object]]:
    """The ward file's text (with Vietnamese comments) and the data it must load as."""
    orgs = [(n, list(a)) for n, a, *_ in data.MEMBER_ORGANISATIONS]
    areas = [data.AREA_NAME.format(n=n) for n in range(1, spec.areas + 1)]
    day = WARD_CONGRESS_DATES.get(spec.slug, CONGRESS_DATE)
    text = data.WARD_YAML.format(
        ward=spec.name, date=day.isoformat(), planned=PLANNED_SIZE,
        orgs="".join(f"  - name: {n}\n    aliases: [{', '.join(a)}]\n" for n, a in orgs),
        areas="".join(f"  - {a}\n" for a in areas), proposed=PROPOSED_FILE,
        previous=spec.previous_file,
    )  # fmt: skip
    expected = {
        "ward": spec.name, "unit": "Quận Đống Đa", "ruleset": "ward-2024-2029",
        "congress_date": day, "planned_size": PLANNED_SIZE,
        "member_organisations": [{"name": n, "aliases": a} for n, a in orgs],
        "residential_areas": areas,
        "lists": {"proposed": PROPOSED_FILE, "previous": spec.previous_file},
    }  # fmt: skip
    return text, expected


# --- self-check --------------------------------------------------------------------------------


def age(born: date) -> int:
    before_birthday = (CONGRESS_DATE.month, CONGRESS_DATE.day) < (born.month, born.day)
    return CONGRESS_DATE.year - born.year - before_birthday


def check(spec: WardSpec, proposed: list[Member], previous: list[Member]) -> str:
    """Assert the pass/break conditions on the generated people; return a one-line summary."""

    def key(m: Member) -> tuple[str, int]:
        name = " ".join(unicodedata.normalize("NFC", m.person.name).casefold().split())
        return name, m.person.born.year

    for people in (proposed, previous):
        assert len({key(m) for m in people}) == len(people), "duplicate person in a list"
        texts = [t for m in people for t in (m.person.name, m.position, m.cocau, m.note or "")]
        assert all(unicodedata.is_normalized("NFC", t) for t in texts)
    before = {key(m) for m in previous}
    re_count = sum(1 for m in proposed if key(m) in before)
    assert all((key(m) in before) == m.re_elected for m in proposed), "Tái cử/Mới column"
    same_ids = {m.person.cccd for m in previous} & {m.person.cccd for m in proposed}
    assert len(same_ids) == re_count, "identity numbers disagree with name + year matching"
    size, n_prev = len(proposed), len(previous)
    np_new = sum(1 for m in proposed if m.person.party is None)
    np_old = sum(1 for m in previous if m.person.party is None)
    women = sum(1 for m in proposed if m.person.female)
    roles = [m.role for m in proposed]
    cocau = {spec.cocau_alias.get(m.cocau, m.cocau) for m in proposed}
    # Composition: both examples must pass these.
    assert MIN_SIZE <= PLANNED_SIZE <= MAX_SIZE
    assert size <= PLANNED_SIZE
    assert roles.count(data.CHU_TICH) == 1
    assert roles.count(data.PHO_CHU_TICH) == 2
    assert 3 <= sum(r != data.UY_VIEN for r in roles) <= 5
    assert all({n, *a} & cocau for n, a, *_ in data.MEMBER_ORGANISATIONS), "member organisation"
    assert all(data.AREA_NAME.format(n=n) in cocau for n in range(1, spec.areas + 1)), "area"
    assert women * 100 >= MIN_WOMEN_PCT * size, "women"
    assert all(28 <= age(m.person.born) <= 75 for m in proposed), "ages"
    assert sum(m.person.ethnicity != "Kinh" for m in proposed) >= 2
    assert sum(m.person.religion != "Không" for m in proposed) >= 4
    # The two headline rules (exact integer arithmetic): pass in one ward, fail in the other.
    re_ok = re_count * 100 <= MAX_RE_PCT * PLANNED_SIZE
    np_ok = np_new * n_prev >= np_old * size
    if spec.expect_pass:
        assert re_ok, spec.slug
        assert re_count * 100 <= MAX_RE_PCT * size, spec.slug  # also against people proposed
        assert np_ok, spec.slug
    else:
        assert re_count == 34, spec.slug
        assert not re_ok, spec.slug
        assert np_new * n_prev < np_old * size, spec.slug
    return (
        f"{spec.slug}: proposed {size} of {PLANNED_SIZE} planned, re-elected {re_count} "
        f"({'ok' if re_ok else 'over 60%'}), non-Party {np_new}/{size} vs outgoing "
        f"{np_old}/{n_prev} ({'ok' if np_ok else 'lower'}), women {women}/{size}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Generate the example wards.")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the wards")
    args = parser.parse_args(argv)
    for spec in data.WARDS:
        proposed, previous = build_ward(spec)
        summary = check(spec, proposed, previous)
        folder = args.out / spec.slug
        folder.mkdir(parents=True, exist_ok=True)
        text, expected = ward_yaml(spec)
        assert unicodedata.is_normalized("NFC", text)
        assert yaml.safe_load(text) == expected, "ward.yaml does not load as intended"
        (folder / "ward.yaml").write_bytes(text.encode("utf-8"))
        if spec.expect_pass:
            write_merged_header_list(spec, proposed, folder / PROPOSED_FILE)
            write_previous_csv(previous, folder / spec.previous_file)
        else:
            write_plain_list(spec, proposed, folder / PROPOSED_FILE)
            write_previous_xlsx(spec, previous, folder / spec.previous_file)
        names = {m.position: m.person.name for m in proposed}
        assert len(names) == len(proposed), "positions must be unique"
        print(summary)
        print(drafts.write(spec, names, folder))


if __name__ == "__main__":
    main()
