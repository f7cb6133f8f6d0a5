"""Reading lists of people from real .xlsx and .csv files (spec §3, domain §7)."""

from __future__ import annotations

import unicodedata
import warnings
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from congress.adapters.people_reader import read_people
from congress.core.people import Gender, PeopleList, Person, Role, Status
from congress.errors import SpreadsheetError
from tests.sheets import Sheet, with_drop_down_extension, write_csv, write_xlsx, xlsx

TITLE = (
    "DANH SÁCH DỰ KIẾN NHÂN SỰ ỦY BAN MTTQ VIỆT NAM PHƯỜNG Ô CHỢ DỪA KHÓA I, NHIỆM KỲ 2024 - 2029"
)
HEADER = [
    "STT",
    "Họ và tên",
    "Ngày sinh",
    "Giới tính",
    "Dân tộc",
    "Tôn giáo",
    "Đảng viên",
    "Chức vụ, đơn vị công tác",
    "Cơ cấu",
    "Dự kiến chức danh",
    "Tái cử/Mới",
    "Số CCCD",
    "Ghi chú",
]


def read(path: Path) -> PeopleList:
    return read_people(path, "proposed")


def one(path: Path) -> Person:
    people = read(path).people
    assert len(people) == 1, people
    return people[0]


def small(tmp_path: Path, header: str, value: object, *, name: str = "Nguyễn Văn An") -> Person:
    """A sheet with a name column and one other column `header` holding `value`."""
    return one(xlsx(tmp_path / "list.xlsx", [["STT", "Họ và tên", header], [1, name, value]]))


# ---------------------------------------------------------------------------
# A whole list as offices send it
# ---------------------------------------------------------------------------


def full_list_rows() -> list[list[object]]:
    def blank(col: str, text: str) -> list[object]:
        cells: list[object] = [None] * len(HEADER)
        cells["ABCDEFGHIJKLM".index(col)] = text
        return cells

    return [
        ["ỦY BAN MTTQ VIỆT NAM", None, None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["PHƯỜNG Ô CHỢ DỪA", None, None, None, None, "Độc lập - Tự do - Hạnh phúc"],
        [],
        [TITLE],
        ["(Kèm theo Tờ trình số 01/TTr-MTTQ ngày 10/01/2024)"],
        HEADER,
        [f"({i})" for i in range(1, len(HEADER) + 1)],
        ["I. ĐẠI DIỆN CÁC TỔ CHỨC THÀNH VIÊN"],
        [
            1,
            "Nguyễn Văn An",
            datetime(1968, 3, 5),
            "Nam",
            "Kinh",
            "Không",
            "x",
            "Bí thư Đảng ủy phường",
            "Đảng ủy phường",
            "Chủ tịch",
            "Tái cử",
            "001068000123",
            "Chủ tịch khóa trước",
        ],
        [
            2,
            "Trần Thị Bình",
            "12/07/1975",
            "Nữ",
            "Tày",
            "Phật giáo",
            None,
            "Chủ tịch Hội Liên hiệp Phụ nữ phường",
            "Hội Liên hiệp Phụ nữ",
            "Phó Chủ tịch",
            "Mới",
            1075000456,
            None,
        ],
        [],
        ["II. ĐẠI DIỆN CÁC KHU DÂN CƯ"],
        [
            3,
            "Lê Hoàng Cường",
            1980,
            "Nam",
            "Kinh",
            None,
            "Có",
            "Trưởng ban công tác Mặt trận",
            "Tổ dân phố số 5",
            "Ủy viên Thường trực",
            "x",
            None,
            None,
        ],
        ["Tổng cộng: 3 người"],
        [],
        blank("J", "Ô Chợ Dừa, ngày 10 tháng 01 năm 2024"),
        blank("J", "TM. BAN THƯỜNG TRỰC"),
        blank("J", "CHỦ TỊCH"),
        [],
        blank("J", "Phạm Văn Dũng"),
    ]


FULL_MERGES = ["A1:E1", "F1:M1", "A2:E2", "F2:M2", "A4:M4", "A5:M5", "A8:M8", "A12:M12", "A14:B14"]

EXPECTED_FULL = (
    Person(
        name="Nguyễn Văn An",
        row=9,
        birth_date=date(1968, 3, 5),
        birth_year=1968,
        gender=Gender.MALE,
        ethnicity="Kinh",
        religion="Không",
        party_member=True,
        position="Bí thư Đảng ủy phường",
        representation="Đảng ủy phường",
        role=Role.CHAIR,
        stated_status=Status.RE_ELECTED,
        identity_number="001068000123",
        note="Chủ tịch khóa trước",
    ),
    Person(
        name="Trần Thị Bình",
        row=10,
        birth_date=date(1975, 7, 12),
        birth_year=1975,
        gender=Gender.FEMALE,
        ethnicity="Tày",
        religion="Phật giáo",
        party_member=False,
        position="Chủ tịch Hội Liên hiệp Phụ nữ phường",
        representation="Hội Liên hiệp Phụ nữ",
        role=Role.VICE_CHAIR,
        stated_status=Status.NEW,
        identity_number="001075000456",
        note=None,
    ),
    Person(
        name="Lê Hoàng Cường",
        row=13,
        birth_date=None,
        birth_year=1980,
        gender=Gender.MALE,
        ethnicity="Kinh",
        religion=None,
        party_member=True,
        position="Trưởng ban công tác Mặt trận",
        representation="Tổ dân phố số 5",
        role=Role.STANDING_MEMBER,
        stated_status=Status.RE_ELECTED,
        identity_number=None,
        note=None,
    ),
)


def test_a_whole_list_as_offices_send_it(tmp_path: Path) -> None:
    """Titles, a numbering row, merged sections, a total row and the signature block."""
    path = xlsx(tmp_path / "du-kien.xlsx", full_list_rows(), FULL_MERGES)
    people = read(path)
    assert people == PeopleList(
        label="proposed",
        source="du-kien.xlsx › Danh sách",
        people=EXPECTED_FULL,
        has_gender=True,
        has_status_column=True,
    )


def test_signature_block_in_the_name_column_is_not_a_person(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        [TITLE],
        ["STT", "Họ và tên", "Năm sinh"],
        [1, "Nguyễn Văn An", 1968],
        [2, "Trần Thị Bình", 1975],
        [None, "Tổng cộng: 2 người"],
        [],
        [None, "TM. BAN THƯỜNG TRỰC"],
        [None, "CHỦ TỊCH"],
        [],
        [None, "Phạm Văn Dũng"],
    ]
    people = read(xlsx(tmp_path / "list.xlsx", rows))
    assert [(p.name, p.row, p.birth_year) for p in people.people] == [
        ("Nguyễn Văn An", 3, 1968),
        ("Trần Thị Bình", 4, 1975),
    ]


@pytest.mark.parametrize("merged", [True, False])
@pytest.mark.parametrize("date_line", [True, False])
def test_signature_block_without_a_total_row_ends_the_list(
    tmp_path: Path, merged: bool, date_line: bool
) -> None:
    """Many lists have no total row: the place-and-date line and the signature come right after."""
    rows: list[list[object]] = [
        ["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Cơ cấu"],
        [1, "Nguyễn Văn An", 1968, "Bí thư", "Đảng ủy"],
        [],
        [None, None, None, "Ô Chợ Dừa, ngày … tháng … năm 2024" if date_line else None],
        [None, None, None, "TM. BAN THƯỜNG TRỰC"],
        [None, None, None, "CHỦ TỊCH"],
        [],
        [None, None, None, "Phạm Văn Dũng"],
    ]
    merges = ["D4:E4", "D5:E5", "D6:E6", "D8:E8"] if merged else []
    people = read(xlsx(tmp_path / "list.xlsx", rows, merges))
    assert [p.name for p in people.people] == ["Nguyễn Văn An"]


@pytest.mark.parametrize("total", ["Tổng cộng: 2 người", "Tổng số: 2", "Cộng", "TỔNG CỘNG"])
def test_total_rows_end_the_list(tmp_path: Path, total: str) -> None:
    rows = [
        ["STT", "Họ và tên"],
        [1, "Nguyễn Văn An"],
        [2, "Trần Thị Bình"],
        [total, None],
        [None, "Phạm Văn Dũng"],
    ]
    assert [p.name for p in read(xlsx(tmp_path / "l.xlsx", rows)).people] == [
        "Nguyễn Văn An",
        "Trần Thị Bình",
    ]


@pytest.mark.parametrize(
    "name", ["Tống Thị Phóng", "Tống Công Minh", "Công Văn Minh", "Cống Thị Lan", "Kiều Văn Tâm"]
)
def test_names_that_look_like_a_total_row_are_people(tmp_path: Path, name: str) -> None:
    """Tống is a family name: only "Tổng …"/"Cộng …" (with those exact tones) ends a list."""
    rows = [["STT", "Họ và tên"], [1, name], [2, "Trần Thị Bình"]]
    assert [p.name for p in read(xlsx(tmp_path / "l.xlsx", rows)).people] == [
        name,
        "Trần Thị Bình",
    ]


def test_section_number_in_its_own_column_is_not_a_person(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["STT", "Họ và tên", "Năm sinh"],
        ["I", "ĐẠI DIỆN CÁC TỔ CHỨC THÀNH VIÊN"],
        [1, "Nguyễn Văn An", 1968],
        ["II.", "ĐẠI DIỆN KHU DÂN CƯ"],
        [2, "Trần Thị Bình", 1975],
        ["A", "CÁ NHÂN TIÊU BIỂU"],
        [3, "LÊ VĂN CƯỜNG", 1980],
        ["III. ĐẠI DIỆN CÁC DÂN TỘC, TÔN GIÁO"],  # typed in the STT cell, overflowing
        [4, "Y Bih Niê", 1985],
    ]
    people = read(xlsx(tmp_path / "l.xlsx", rows))
    assert [(p.name, p.row) for p in people.people] == [
        ("Nguyễn Văn An", 3),
        ("Trần Thị Bình", 5),
        ("LÊ VĂN CƯỜNG", 7),
        ("Y Bih Niê", 9),
    ]


def test_empty_and_numbering_rows_are_skipped(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["STT", "Họ và tên", "Năm sinh", "Ghi chú"],
        [1, 2, 3, 4],
        [],
        [None, None, None, None],
        [1, "Nguyễn Văn An", 1968, None],
        ["   ", "\u00a0", None, "\u200b"],
        [2, "Trần Thị Bình", 1975, None],
    ]
    people = read(xlsx(tmp_path / "l.xlsx", rows))
    assert [(p.name, p.row) for p in people.people] == [("Nguyễn Văn An", 5), ("Trần Thị Bình", 7)]


def test_header_over_two_rows_without_gender_split(tmp_path: Path) -> None:
    """A header merged over two rows (sub-columns for another group) is not a person."""
    rows: list[list[object]] = [
        ["STT", "Họ và tên", "Năm sinh", "Trình độ", None],
        [None, None, None, "Chuyên môn", "Lý luận chính trị"],
        [1, "Nguyễn Văn An", 1968, "Đại học", "Cao cấp"],
    ]
    merges = ["A1:A2", "B1:B2", "C1:C2", "D1:E1"]
    people = read(xlsx(tmp_path / "l.xlsx", rows, merges))
    assert [(p.name, p.row, p.birth_year) for p in people.people] == [("Nguyễn Văn An", 3, 1968)]


# ---------------------------------------------------------------------------
# Headers
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    ["Họ và tên", "Họ tên", " Họ tên ", "HỌ VÀ TÊN", "HO VA TEN", "ho ten", "Họ  và\u00a0tên"],
)
def test_name_header_spellings(tmp_path: Path, header: str) -> None:
    rows = [[TITLE], [], ["STT", header, "Ghi chú"], [1, "Nguyễn Văn An", "a"]]
    person = one(xlsx(tmp_path / "l.xlsx", rows))
    assert (person.name, person.row, person.note) == ("Nguyễn Văn An", 4, "a")


@pytest.mark.parametrize(
    ("header", "value", "attribute", "expected"),
    [
        ("Ngày sinh", "05/03/1968", "birth_date", date(1968, 3, 5)),
        ("Năm sinh", "1968", "birth_year", 1968),
        ("Ngày tháng năm sinh", "05/03/1968", "birth_year", 1968),
        ("NGAY THANG NAM SINH", "05/03/1968", "birth_date", date(1968, 3, 5)),
        ("Giới tính", "Nữ", "gender", Gender.FEMALE),
        ("gioi tinh", "nam", "gender", Gender.MALE),
        ("Dân tộc", "Tày", "ethnicity", "Tày"),
        ("Tôn giáo", "Công giáo", "religion", "Công giáo"),
        ("Đảng viên", "x", "party_member", True),
        ("DANG VIEN", "Có", "party_member", True),
        ("Chức vụ, đơn vị công tác", "Bí thư Chi bộ", "position", "Bí thư Chi bộ"),
        ("Chuc vu, don vi cong tac", "Bí thư Chi bộ", "position", "Bí thư Chi bộ"),
        ("Chức vụ", "Bí thư Chi bộ", "position", "Bí thư Chi bộ"),
        ("Cơ cấu", "Hội Cựu chiến binh", "representation", "Hội Cựu chiến binh"),
        ("Thành phần", "Tổ dân phố số 3", "representation", "Tổ dân phố số 3"),
        ("Đại diện", "Cá nhân tiêu biểu", "representation", "Cá nhân tiêu biểu"),
        ("Dự kiến chức danh", "Phó Chủ tịch", "role", Role.VICE_CHAIR),
        ("Chức danh", "Chủ tịch", "role", Role.CHAIR),
        ("Tái cử", "x", "stated_status", Status.RE_ELECTED),
        ("Tái cử/Mới", "Mới", "stated_status", Status.NEW),
        ("  tái cử / mới ", "Tái cử", "stated_status", Status.RE_ELECTED),
        ("Số CCCD", "001068000123", "identity_number", "001068000123"),
        ("CCCD", "001068000123", "identity_number", "001068000123"),
        ("Số định danh", "001068000123", "identity_number", "001068000123"),
        ("Ghi chú", "Chuyển công tác", "note", "Chuyển công tác"),
    ],
)
def test_every_recognised_column(
    tmp_path: Path, header: str, value: object, attribute: str, expected: object
) -> None:
    assert getattr(small(tmp_path, header, value), attribute) == expected


def test_unusual_spellings_together(tmp_path: Path) -> None:
    header = [
        "stt",
        "HO VA TEN",
        "ngày  sinh",
        "GIỚI TÍNH",
        "Dan toc",
        " Tôn giáo ",
        "Đảng viên",
        "Chuc vu, don vi cong tac",
        "THÀNH PHẦN",
        "chức danh",
        "Tái cử/Mới",
        "Số CCCD",
        "GHI CHU",
    ]
    row = [1, "Nguyễn Văn An", "5/3/1968", "Nam", "Kinh", "", "✓", "Bí thư", "Đảng ủy"]
    row += ["Chủ tịch", "Tái cử", "001068000123", "ok"]
    person = one(xlsx(tmp_path / "l.xlsx", [header, row]))
    assert person == Person(
        name="Nguyễn Văn An",
        row=2,
        birth_date=date(1968, 3, 5),
        birth_year=1968,
        gender=Gender.MALE,
        ethnicity="Kinh",
        religion=None,
        party_member=True,
        position="Bí thư",
        representation="Đảng ủy",
        role=Role.CHAIR,
        stated_status=Status.RE_ELECTED,
        identity_number="001068000123",
        note="ok",
    )


def test_list_without_gender_or_status_says_so(tmp_path: Path) -> None:
    people = read(xlsx(tmp_path / "l.xlsx", [["Họ và tên"], ["Nguyễn Văn An"]]))
    assert people.has_gender is False
    assert people.has_status_column is False
    assert people.people == (Person(name="Nguyễn Văn An", row=2),)


# ---------------------------------------------------------------------------
# "Năm sinh" over "Nam" / "Nữ"
# ---------------------------------------------------------------------------


def test_birth_year_under_nam_or_nu_gives_the_gender(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        [TITLE],
        ["STT", "Họ và tên", "Năm sinh", None, "Chức vụ"],
        [None, None, "Nam", "Nữ", None],
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        [1, "Nguyễn Văn An", 1968, None, "Bí thư"],
        [2, "Trần Thị Bình", None, "12/07/1975", "Chủ tịch Hội"],
        [3, "Lê Thị Hoa", None, "1980", None],
        [4, "Phạm Văn Dũng", None, None, None],
    ]
    merges = ["A1:E1", "A2:A3", "B2:B3", "C2:D2", "E2:E3"]
    people = read(xlsx(tmp_path / "l.xlsx", rows, merges))
    assert people.has_gender is True
    assert people.people == (
        Person(name="Nguyễn Văn An", row=5, birth_year=1968, gender=Gender.MALE, position="Bí thư"),
        Person(
            name="Trần Thị Bình",
            row=6,
            birth_date=date(1975, 7, 12),
            birth_year=1975,
            gender=Gender.FEMALE,
            position="Chủ tịch Hội",
        ),
        Person(name="Lê Thị Hoa", row=7, birth_year=1980, gender=Gender.FEMALE),
        Person(name="Phạm Văn Dũng", row=8),
    )


def test_birth_year_under_nam_and_nu_in_csv(tmp_path: Path) -> None:
    rows = [
        ["STT", "Họ và tên", "Năm sinh", "Năm sinh"],
        ["", "", "Nam", "Nữ"],
        ["1", "Nguyễn Văn An", "1968", ""],
        ["2", "Trần Thị Bình", "", "1975"],
    ]
    people = read(write_csv(tmp_path / "l.csv", rows, delimiter=";", bom=True))
    assert [(p.name, p.row, p.birth_year, p.gender) for p in people.people] == [
        ("Nguyễn Văn An", 3, 1968, Gender.MALE),
        ("Trần Thị Bình", 4, 1975, Gender.FEMALE),
    ]


def test_year_under_both_nam_and_nu_is_an_error(tmp_path: Path) -> None:
    rows = [
        ["STT", "Họ và tên", "Năm sinh", None],
        [None, None, "Nam", "Nữ"],
        [1, "Nguyễn Văn An", 1968, 1968],
    ]
    path = xlsx(tmp_path / "l.xlsx", rows, ["A1:A2", "B1:B2", "C1:D1"])
    with pytest.raises(SpreadsheetError) as info:
        read(path)
    [problem] = info.value.problems
    assert (problem.key, problem.file, problem.row) == (
        "cell.birth_both_genders",
        "l.xlsx › Danh sách",
        3,
    )
    assert problem.column == "C «Năm sinh › Nam»"


# ---------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "birth_date", "birth_year"),
    [
        (datetime(1968, 3, 5), date(1968, 3, 5), 1968),
        (date(1968, 3, 5), date(1968, 3, 5), 1968),
        ("05/03/1968", date(1968, 3, 5), 1968),
        ("5/3/1968", date(1968, 3, 5), 1968),
        (" 25/12/1970 ", date(1970, 12, 25), 1970),
        ("25-12-1970", date(1970, 12, 25), 1970),
        ("1968", None, 1968),
        (1968, None, 1968),
        (1968.0, None, 1968),
        ("03/1968", None, 1968),
        ("3/1968", None, 1968),
        (None, None, None),
    ],
)
def test_birth_dates(
    tmp_path: Path, value: object, birth_date: date | None, birth_year: int | None
) -> None:
    person = small(tmp_path, "Ngày sinh", value)
    assert (person.birth_date, person.birth_year) == (birth_date, birth_year)


def test_birth_dates_in_csv(tmp_path: Path) -> None:
    rows = [
        ["Họ và tên", "Ngày sinh"],
        ["Nguyễn Văn An", "05/03/1968"],
        ["Trần Thị Bình", "5/3/1975"],
        ["Lê Văn Cường", "1980"],
        ["Phạm Thị Dung", "11/1982"],
    ]
    people = read(write_csv(tmp_path / "l.csv", rows))
    assert [(p.birth_date, p.birth_year) for p in people.people] == [
        (date(1968, 3, 5), 1968),
        (date(1975, 3, 5), 1975),
        (None, 1980),
        (None, 1982),
    ]


@pytest.mark.parametrize(
    ("value", "member"),
    [
        ("x", True),
        ("X", True),
        ("Có", True),
        ("có", True),
        ("✓", True),
        ("12/05/1995", True),
        (datetime(1995, 5, 12), True),
        (None, False),
        ("", False),
        ("Không", False),
        ("không", False),
    ],
)
def test_party_member_values(tmp_path: Path, value: object, member: bool) -> None:
    assert small(tmp_path, "Đảng viên", value).party_member is member


@pytest.mark.parametrize(
    ("value", "role"),
    [
        ("Chủ tịch", Role.CHAIR),
        ("CHỦ TỊCH", Role.CHAIR),
        ("Phó Chủ tịch", Role.VICE_CHAIR),
        ("Ủy viên Thường trực", Role.STANDING_MEMBER),
        ("U\u1ef7 viên Thường trực", Role.STANDING_MEMBER),  # old tone placement: Uỷ
        ("Ủy viên Ban Thường trực", Role.STANDING_MEMBER),
        ("Ủy viên", Role.MEMBER),
        ("U\u1ef7 viên", Role.MEMBER),
        (None, Role.MEMBER),
        ("", Role.MEMBER),
    ],
)
def test_roles(tmp_path: Path, value: object, role: Role) -> None:
    assert small(tmp_path, "Dự kiến chức danh", value).role is role


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("001089000123", "001089000123"),
        (1089000123, "001089000123"),  # Excel stored 001089000123 as a number
        (1089000123.0, "001089000123"),
        (79089000123, "079089000123"),
        (123456789012, "123456789012"),
        ("001 089 000 123", "001089000123"),
        ("001.089.000.123", "001089000123"),
        (None, None),
    ],
)
def test_identity_numbers_stay_text_with_leading_zeros(
    tmp_path: Path, value: object, expected: str | None
) -> None:
    assert small(tmp_path, "Số CCCD", value).identity_number == expected


def test_identity_number_as_a_number_cell_with_a_format(tmp_path: Path) -> None:
    rows = [["Họ và tên", "Số CCCD"], ["Nguyễn Văn An", 1089000123]]
    sheet = Sheet(rows, number_formats={"B2": "000000000000"})
    person = one(write_xlsx(tmp_path / "l.xlsx", sheet))
    assert person.identity_number == "001089000123"


def test_identity_number_in_csv_keeps_leading_zeros(tmp_path: Path) -> None:
    rows = [["Họ và tên", "CCCD"], ["Nguyễn Văn An", "001089000123"]]
    assert one(write_csv(tmp_path / "l.csv", rows)).identity_number == "001089000123"


# ---------------------------------------------------------------------------
# Unicode
# ---------------------------------------------------------------------------


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_decomposed_names_come_out_nfc(tmp_path: Path) -> None:
    rows = [
        [nfd("Họ và tên"), nfd("Cơ cấu"), nfd("Dự kiến chức danh")],
        [nfd("Nguyễn Thị Hường"), nfd("Hội Cựu chiến binh"), nfd("Phó Chủ tịch")],
    ]
    person = one(xlsx(tmp_path / "l.xlsx", rows))
    assert nfd(person.name) != person.name  # the test really fed decomposed text
    assert person.name == "Nguyễn Thị Hường"
    assert unicodedata.is_normalized("NFC", person.name)
    assert person.representation == "Hội Cựu chiến binh"
    assert person.role is Role.VICE_CHAIR


def test_invisible_spaces_are_removed(tmp_path: Path) -> None:
    rows = [
        ["Họ\u00a0và tên", "Chức vụ"],
        ["\u00a0Nguyễn\u00a0Văn\u200b An\u200b", "Bí\u00a0thư\u00a0 Chi bộ\u200b"],
        ["\ufeffTrần  Thị\u2060 Bình ", None],
    ]
    people = read(xlsx(tmp_path / "l.xlsx", rows))
    assert [(p.name, p.position) for p in people.people] == [
        ("Nguyễn Văn An", "Bí thư Chi bộ"),
        ("Trần Thị Bình", None),
    ]


# ---------------------------------------------------------------------------
# CSV files
# ---------------------------------------------------------------------------

CSV_ROWS = [
    ["DANH SÁCH DỰ KIẾN NHÂN SỰ", "", "", "", "", ""],
    ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ, đơn vị công tác", "Số CCCD"],
    ["1", "Nguyễn Thị Hường", "05/03/1968", "Nữ", "Bí thư, Đảng ủy phường", "001168000123"],
    ["2", "Đặng Quốc Việt", "1975", "Nam", "Trưởng ban Công tác Mặt trận", ""],
    ["3", "Trần Ngọc Ánh", "", "Nữ", "", ""],
    ["", "Tổng cộng: 3 người", "", "", "", ""],
]

CSV_PEOPLE = [
    ("Nguyễn Thị Hường", 3, date(1968, 3, 5), Gender.FEMALE, "Bí thư, Đảng ủy phường"),
    ("Đặng Quốc Việt", 4, None, Gender.MALE, "Trưởng ban Công tác Mặt trận"),
    ("Trần Ngọc Ánh", 5, None, Gender.FEMALE, None),
]


def csv_people(people: PeopleList) -> list[tuple[object, ...]]:
    return [(p.name, p.row, p.birth_date, p.gender, p.position) for p in people.people]


def test_csv_utf8_with_bom_and_semicolons(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "l.csv", CSV_ROWS, delimiter=";", bom=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfDANH")
    people = read(path)
    assert people.source == "l.csv"
    assert csv_people(people) == CSV_PEOPLE
    assert people.people[0].identity_number == "001168000123"


def test_csv_plain_utf8_with_commas(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "l.csv", CSV_ROWS)
    assert '"Bí thư, Đảng ủy phường"'.encode() in path.read_bytes()
    assert csv_people(read(path)) == CSV_PEOPLE


def test_csv_in_windows_1258_comes_out_nfc(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "l.csv", CSV_ROWS, encoding="cp1258")
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert "Nguy\u00ea\u0303n".encode("cp1258") in raw  # tones as combining marks
    people = read(path)
    assert csv_people(people) == CSV_PEOPLE
    assert all(unicodedata.is_normalized("NFC", p.name) for p in people.people)
    assert all(unicodedata.is_normalized("NFC", p.position or "") for p in people.people)


def test_tab_separated_text(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "l.txt", CSV_ROWS, delimiter="\t")
    assert csv_people(read(path)) == CSV_PEOPLE


# ---------------------------------------------------------------------------
# Sheets
# ---------------------------------------------------------------------------


def test_hidden_sheet_is_skipped_and_the_first_visible_list_is_used(tmp_path: Path) -> None:
    people_rows = [["Họ và tên", "Năm sinh"], ["Nguyễn Văn An", 1968]]
    path = write_xlsx(
        tmp_path / "book.xlsx",
        Sheet([["Họ và tên"], ["Người trong sheet ẩn"]], title="Cũ", hidden=True),
        Sheet([["HƯỚNG DẪN ĐIỀN DANH SÁCH"], ["Ghi năm sinh dạng yyyy"]], title="Hướng dẫn"),
        Sheet(people_rows, title="Dự kiến"),
        Sheet([["Họ và tên"], ["Trần Thị Bình"]], title="Khóa trước"),
    )
    people = read(path)
    assert people.source == "book.xlsx › Dự kiến"
    assert people.people == (Person(name="Nguyễn Văn An", row=2, birth_year=1968),)


def test_very_hidden_sheet_is_skipped(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "book.xlsx",
        Sheet([["Họ và tên"], ["Người ẩn"]], title="Ẩn"),
        Sheet([["Họ và tên"], ["Nguyễn Văn An"]], title="Hiện"),
    )
    book = openpyxl.load_workbook(path)
    book["Ẩn"].sheet_state = "veryHidden"
    book.active = 1
    book.save(path)
    assert [p.name for p in read(path).people] == ["Nguyễn Văn An"]


def test_no_library_warnings_for_excel_drop_down_lists(tmp_path: Path) -> None:
    rows = [["Họ và tên", "Dự kiến chức danh"], ["Nguyễn Văn An", "Ủy viên"]]
    path = with_drop_down_extension(xlsx(tmp_path / "l.xlsx", rows))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        people = read(path)
    assert people.people == (Person(name="Nguyễn Văn An", row=2, role=Role.MEMBER),)
