"""The count as an Excel entry form (`kiem-phieu.xlsx`): what `tally.yaml` holds, entered twice.

Two entry sheets of the same layout, «Nhập lần 1» and «Nhập lần 2», for two people entering the
same count independently (domain.md §5); the second, once filled, is compared with the first
figure by figure (rule `double_entry_match`), each difference naming its two cells. A sheet is a
column of sections («I. THÔNG TIN CHUNG» …), each with its figures (label in column A, value in
column B) and its table (a header row, one row per person or item). `read_entry` gives the same
`TallyFile` as the YAML file, with the cell of every figure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from congress.adapters.form_book import (
    Col,
    choose,
    instructions,
    print_setup,
    save_book,
    style_header,
    style_title,
)
from congress.adapters.limits import letters
from congress.adapters.xlsx_cells import Cell, put
from congress.core.tally import Choice, TallyFile
from congress.i18n import t

if TYPE_CHECKING:  # openpyxl (slow to import) only when the form is written
    from openpyxl import Workbook

FORM_FILE = "kiem-phieu.xlsx"
GUIDE = "Hướng dẫn"
ENTRIES = ("Nhập lần 1", "Nhập lần 2")
METHODS = {"hands": "Giơ tay", "secret": "Phiếu kín"}
ROLES = {
    "chair": "Chủ tịch",
    "vice_chair": "Phó Chủ tịch",
    "standing_member": "Ủy viên Thường trực",
}
Field = tuple[str, str, str]  # key, label, kind

CHOICE_FIELDS: tuple[Field, ...] = (
    ("planned", "Số lượng", "count"),
    ("method", "Hình thức biểu quyết", "choice"),
    ("issued", "Số phiếu phát ra", "count"),
    ("collected", "Số phiếu thu vào", "count"),
    ("valid", "Số phiếu hợp lệ", "count"),
    ("invalid", "Số phiếu không hợp lệ", "count"),
    ("vacancies", "Số khuyết", "count"),
)
PEOPLE = (Col("name", "Họ và tên", 30), Col("birth", "Năm sinh", 12, "text"),
          Col("approvals", "Tán thành", 14, "count"), Col("disapprovals", "Không tán thành", 16, "count"))  # fmt: skip
STANDING = (Col("name", "Họ và tên", 30), Col("role", "Chức danh", 22, "choice", tuple(ROLES.values())),
            Col("approvals", "Tán thành", 14, "count"), Col("disapprovals", "Không tán thành", 16, "count"))  # fmt: skip


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    fields: tuple[Field, ...]
    table: tuple[Col, ...] = ()


SECTIONS: tuple[Section, ...] = (
    Section("general", "I. THÔNG TIN CHUNG", (
        ("ward", "Tên phường (xã)", "text"), ("date", "Ngày Đại hội", "date"),
        ("ordinal", "Đại hội lần thứ", "text"),
        ("counting_board", "Ban Kiểm phiếu (họ tên, cách nhau dấu phẩy)", "text"))),
    Section("delegates", "II. ĐẠI BIỂU", (
        ("convened", "Số đại biểu được triệu tập", "count"), ("present", "Số đại biểu có mặt", "count")),
        (Col("name", "Họ và tên người vắng mặt", 30), Col("count", "Số người vắng mặt", 14, "count"),
         Col("reason", "Lý do vắng mặt", 30))),
    Section("votes", "III. BIỂU QUYẾT GIƠ TAY", (), (
        Col("id", "Mã", 22, "code"), Col("name", "Nội dung biểu quyết", 50),
        Col("in_favour", "Tán thành", 14, "count"), Col("against", "Không tán thành", 16, "count"),
        Col("not_voting", "Không biểu quyết", 16, "count"))),
    Section("committee", "IV. ỦY BAN KHÓA MỚI", (("name", "Tên", "text"), *CHOICE_FIELDS), PEOPLE),
    Section("official", "V. ĐẠI BIỂU CHÍNH THỨC DỰ ĐẠI HỘI CẤP TRÊN",
            (("delegation", "Tên đoàn đại biểu", "text"), *CHOICE_FIELDS), PEOPLE),
    Section("alternate", "VI. ĐẠI BIỂU DỰ KHUYẾT", CHOICE_FIELDS, PEOPLE),
    Section("first_meeting", "VII. HỘI NGHỊ LẦN THỨ NHẤT ỦY BAN KHÓA MỚI", (
        ("date", "Ngày họp", "date"), ("members", "Số ủy viên được triệu tập", "count"),
        ("present", "Số ủy viên có mặt", "count"), ("secretary", "Người ghi biên bản", "text"),
        *(("planned", "Số lượng Ban Thường trực", "count"),), *CHOICE_FIELDS[1:]), STANDING),
)  # fmt: skip
# Empty rows a blank form leaves under each table (an officer may insert more).
BLANK_ROWS = {"committee": 80, "official": 20, "alternate": 10, "first_meeting": 12}
# The two shows of hands the congress opens with, kept apart from the items by their «Mã».
OPENING = {"presidium": "Thông qua Đoàn Chủ tịch", "secretariat": "Thông qua Đoàn Thư ký"}
GUIDE_LINES = (
    "Đoàn Thư ký (Ban Kiểm phiếu khi có phiếu kín) nhập vào mẫu này số liệu biểu quyết, hiệp "
    "thương cử của Đại hội và của Hội nghị lần thứ nhất Ủy ban khóa mới.",
    "Nhập hai lần: người thứ nhất nhập vào trang «Nhập lần 1»; người thứ hai, không xem trang "
    "đó, nhập lại vào trang «Nhập lần 2». Chương trình so từng số và chỉ rõ ô khác nhau; trang "
    "«Nhập lần 2» để trống thì không đối chiếu.",
    "Mọi số là số nguyên không âm, ghi vào cột B (số liệu) hoặc các cột số của bảng; không gộp ô, "
    "không đổi tên trang, tên mục, tên cột. Ngày ghi dd/mm/yyyy.",
    "Mục «III. BIỂU QUYẾT GIƠ TAY»: mỗi nội dung một dòng, mã (cột «Mã») viết không dấu, không "
    "trùng; dòng không có số nào thì bỏ qua. Hai dòng presidium, secretariat là biểu quyết Đoàn "
    "Chủ tịch, Đoàn Thư ký.",
    "Số liệu phải khớp: có mặt ≤ triệu tập; tán thành + không tán thành + không biểu quyết = có "
    "mặt; phiếu thu vào ≤ phát ra ≤ có mặt; hợp lệ + không hợp lệ = thu vào; số lượng = số được "
    "hiệp thương cử + số khuyết. «Hình thức biểu quyết»: Giơ tay (để trống) hoặc Phiếu kín.",
    "Tên phường, ngày, lần thứ ở mục I phải khớp với mẫu thông tin Đại hội (thong-tin-dai-hoi.xlsx, "
    "trang «Thông tin chung»), Ban Kiểm phiếu với trang «Nhân sự điều hành» của mẫu đó: chương "
    "trình báo lỗi nếu khác (ví dụ khi chép phiếu của phường khác).",
    "Kiểm tra: congress tally PHƯỜNG.",
    "(Dành cho người bảo trì: mẫu này tương ứng tệp tally.yaml; tên phường, ngày, lần thứ còn được "
    "đối chiếu với ward.yaml.)",
)


# -- writing ----------------------------------------------------------------------------------


def _choice_values(choice: Choice | None) -> dict[str, Cell]:
    if choice is None:
        return {}
    b = choice.ballots
    return {"name": choice.name, "planned": choice.planned, "method": METHODS[choice.method],
            "issued": b.issued if b else None, "collected": b.collected if b else None,
            "valid": b.valid if b else None, "invalid": b.invalid if b else None,
            "vacancies": choice.vacancies}  # fmt: skip


def _people(choice: Choice | None) -> list[dict[str, Cell]]:
    if choice is None:
        return []
    return [{"name": p.name, "birth": p.birth_date or p.birth_year,
             "role": ROLES[p.role] if p.role else None, "approvals": p.approvals,
             "disapprovals": p.disapprovals} for p in choice.people]  # fmt: skip


def entry_values(tally: TallyFile) -> dict[str, tuple[dict[str, Cell], list[dict[str, Cell]]]]:
    """The figures and table rows of each section, as a filled entry sheet shows them."""
    d, fm = tally.delegates, tally.first_meeting
    votes = [{"id": k, "name": OPENING[k], **getattr(tally, k).model_dump()}
             for k in OPENING if getattr(tally, k) is not None]  # fmt: skip
    votes += [item.model_dump() for item in tally.items]
    dele = tally.delegation
    meeting: dict[str, Cell] = {}
    if fm is not None:
        meeting = {
            **_choice_values(fm.standing),
            "date": fm.date,
            "members": fm.members,
            "present": fm.present,
            "secretary": fm.secretary,
        }
    return {
        "general": ({"ward": tally.ward, "date": tally.date, "ordinal": tally.ordinal,
                     "counting_board": ", ".join(tally.counting_board) or None}, []),
        "delegates": ({"convened": d.convened, "present": d.present},
                      [a.model_dump() for a in d.absent]),
        "votes": ({}, votes),
        "committee": (_choice_values(tally.committee), _people(tally.committee)),
        "official": ({**_choice_values(dele.official if dele else None),
                      "delegation": dele.name if dele else None},
                     _people(dele.official if dele else None)),
        "alternate": (_choice_values(dele.alternate if dele else None),
                      _people(dele.alternate if dele else None)),
        "first_meeting": (meeting, _people(fm.standing if fm else None)),
    }  # fmt: skip


def _write_entry(book: Workbook, name: str, values: dict[str, Any]) -> None:
    from openpyxl.styles import Font

    sheet = book.create_sheet(name)
    style_title(put(sheet, 1, 1, f"SỐ LIỆU BIỂU QUYẾT, HIỆP THƯƠNG CỬ — {name.upper()}"))
    style_title(put(sheet, 2, 1, t("form.entry_note", "vi")), bold=False)
    for col, width in enumerate((44, 30, 16, 16, 16), start=1):
        sheet.column_dimensions[letters(col)].width = width
    row = 4
    for section in SECTIONS:
        fields, rows = values.get(section.key, ({}, []))
        style_title(put(sheet, row, 1, section.title))
        row += 1
        for key, label, kind in section.fields:
            put(sheet, row, 1, label).font = Font(name="Times New Roman", size=12)
            cell = put(sheet, row, 2, fields.get(key))
            if kind == "date":
                cell.number_format = "DD/MM/YYYY"
            if key == "method":
                choose(sheet, cell.coordinate, tuple(METHODS.values()), label)
            row += 1
        if section.table:
            for col, c in enumerate(section.table, start=1):
                style_header(put(sheet, row, col, c.header))
            header, row = row, row + 1
            counted = any(
                r.get(k) is not None for r in rows for k in ("approvals", "in_favour", "count")
            )
            extra = 5 if counted else BLANK_ROWS.get(section.key, 15)
            for item in rows:
                for col, c in enumerate(section.table, start=1):
                    put(sheet, row, col, item.get(c.key))
                row += 1
            for col, c in enumerate(section.table, start=1):
                letter = letters(col)
                if c.choices:
                    choose(
                        sheet, f"{letter}{header + 1}:{letter}{row + extra}", c.choices, c.header
                    )
                if c.kind == "code":
                    for r in range(header + 1, row + extra):
                        sheet.cell(row=r, column=col).number_format = "@"
            row += extra
        row += 1
    print_setup(sheet, "1:2")


def build(first: dict[str, Any], second: dict[str, Any]) -> Workbook:
    from openpyxl import Workbook

    book = Workbook()
    instructions(book, GUIDE, "PHIẾU NHẬP SỐ LIỆU KIỂM PHIẾU — HƯỚNG DẪN", GUIDE_LINES)
    _write_entry(book, ENTRIES[0], first)
    _write_entry(book, ENTRIES[1], second)
    return book


def write_tally_form(
    path: Path, first: dict[str, Any], second: dict[str, Any] | None = None, *, force: bool = False
) -> Path:
    """The form with `first` in «Nhập lần 1» and `second` (default: the same) in «Nhập lần 2»;
    values are `entry_values` of a count, or a blank form's prefilled names."""
    return save_book(path, build(first, first if second is None else second), force=force)


def blank_values(
    *, ward: str | None, date: dt.date | None, ordinal: str | None, counting_board: Sequence[str],
    committee_name: str | None, people: Sequence[tuple[str, int | None]],
) -> dict[str, Any]:  # fmt: skip
    """What a blank form knows before the congress: the ward, the day, the Ban Kiểm phiếu, the
    Đoàn Chủ tịch and Đoàn Thư ký rows, and the names put forward (no figure)."""
    rows = [{"name": n, "birth": y} for n, y in people]
    return {
        "general": ({"ward": ward, "date": date, "ordinal": ordinal,
                     "counting_board": ", ".join(counting_board) or None}, []),
        "votes": ({}, [{"id": k, "name": v} for k, v in OPENING.items()]),
        "committee": ({"name": committee_name}, rows),
    }  # fmt: skip
