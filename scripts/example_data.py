"""Data tables for scripts/make_examples.py (fictional people, realistic structure).

Every name, company, temple and parish below is invented for the examples; positions follow the
usual composition of a ward committee of the Vietnam Fatherland Front (domain.md §4).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

CHU_TICH = "Chủ tịch"
PHO_CHU_TICH = "Phó Chủ tịch"
UV_THUONG_TRUC = "Ủy viên Thường trực"
UY_VIEN = "Ủy viên"
ROLE_RANK = {CHU_TICH: 0, PHO_CHU_TICH: 1, UV_THUONG_TRUC: 2, UY_VIEN: 3}


class Slot(NamedTuple):
    """One seat of a committee and the kind of person who fills it.

    sex: "M", "F" or "*" (decided by the generator); lo/hi: age range at the congress date;
    party: "Y" Party member, "N" not, "?" decided by the generator; status: "R" re-elected,
    "N" new with a predecessor in the outgoing list, "n" new without one, "?" decided;
    old: (role, position) held in the outgoing committee by a re-elected person, if different.
    """

    role: str
    position: str
    cocau: str
    sex: str
    lo: int
    hi: int
    party: str = "?"
    status: str = "?"
    old: tuple[str, str] | None = None
    religion: str = ""


# --- names -------------------------------------------------------------------------------------

FAMILY_NAMES = (
    ("Nguyễn", 30), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Vũ", 4), ("Phan", 3),
    ("Đặng", 3), ("Bùi", 3), ("Đỗ", 3), ("Hồ", 2), ("Ngô", 2), ("Dương", 2), ("Đinh", 2),
    ("Trịnh", 2), ("Lý", 1), ("Đào", 1), ("Mai", 1), ("Cao", 1), ("Lương", 1), ("Tạ", 1),
    ("Chu", 1), ("Kiều", 1),
)  # fmt: skip
MINORITY_FAMILY_NAMES = {
    "Tày": ("Nông", "Hoàng", "Lục", "Ma", "Hà"),
    "Nùng": ("Nông", "Hoàng", "Lương", "Chu"),
    "Mường": ("Bùi", "Đinh", "Quách", "Hà"),
    "Thái": ("Lò", "Cầm", "Lường", "Hà"),
    "Dao": ("Triệu", "Bàn"),
}
MIDDLE_MALE = (
    "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân", "Ngọc", "Thanh", "Mạnh", "Quốc", "Tiến",
    "Trọng", "Anh", "Duy", "Đình", "Việt", "Hồng", "Bá", "Tuấn", "Kim",
)  # fmt: skip
MIDDLE_FEMALE = (
    "Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Thúy", "Kim", "Phương", "Bích", "Diệu", "Hải",
    "Lan", "Mai", "Thùy", "Hoài", "Khánh", "Bảo", "Quỳnh",
)  # fmt: skip
GIVEN_MALE = (
    "An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Huy", "Khánh", "Long", "Minh", "Nam",
    "Phong", "Quân", "Sơn", "Tâm", "Thắng", "Thành", "Toàn", "Trung", "Tuấn", "Việt", "Vinh",
    "Hiếu", "Hòa", "Lâm", "Lợi", "Nghĩa", "Phúc", "Quý", "Tài", "Thịnh", "Tiến", "Tú", "Khoa",
    "Đông", "Hưng", "Kiên", "Chiến", "Thông", "Thuận", "Bảo", "Giang", "Hoàn", "Khải", "Lộc",
)  # fmt: skip
GIVEN_FEMALE = (
    "Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Huệ", "Hương", "Lan",
    "Liên", "Loan", "Mai", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Thủy",
    "Trang", "Tuyết", "Vân", "Yến", "Xuân", "Linh", "Ly", "Nhàn", "Thúy", "Bích", "Diệp",
    "Duyên", "Huyền", "Lệ", "Ngọc", "Tâm", "Thơ",
)  # fmt: skip

# --- member organisations: (name, aliases, head's position, sex, age lo, age hi, party) -------

MEMBER_ORGANISATIONS = (
    ("Hội Cựu chiến binh", ("Hội CCB", "CCB"),
     "Chủ tịch Hội Cựu chiến binh phường", "M", 60, 74, "Y"),
    ("Hội Liên hiệp Phụ nữ", ("Hội Phụ nữ", "Hội LHPN"),
     "Chủ tịch Hội Liên hiệp Phụ nữ phường", "F", 38, 55, "Y"),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", ("Đoàn Thanh niên", "Đoàn TNCS Hồ Chí Minh"),
     "Bí thư Đoàn Thanh niên phường", "*", 28, 32, "Y"),
    ("Hội Người cao tuổi", ("Hội NCT",),
     "Chủ tịch Hội Người cao tuổi phường", "*", 66, 75, "Y"),
    ("Hội Chữ thập đỏ", ("Hội CTĐ",),
     "Chủ tịch Hội Chữ thập đỏ phường", "*", 45, 68, "?"),
    ("Hội Khuyến học", ("Khuyến học",),
     "Chủ tịch Hội Khuyến học phường", "*", 58, 72, "?"),
    ("Hội Cựu thanh niên xung phong", ("Hội Cựu TNXP", "Cựu TNXP"),
     "Chủ tịch Hội Cựu thanh niên xung phong phường", "*", 66, 75, "Y"),
    ("Hội Nạn nhân chất độc da cam/dioxin", ("Hội Nạn nhân da cam", "Hội NNCĐDC"),
     "Chủ tịch Hội Nạn nhân chất độc da cam/dioxin phường", "M", 62, 75, "?"),
)  # fmt: skip

AREA_HEAD = "Trưởng ban công tác Mặt trận Tổ dân phố số {n}"
AREA_NAME = "Tổ dân phố số {n}"

# --- standing committees (Ban Thường trực) -----------------------------------------------------

BTT = "Ban Thường trực Ủy ban MTTQ phường"
POS_CT = "Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường"
POS_PCT = "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"
POS_PCT_KCT = "Phó Chủ tịch (không chuyên trách) Ủy ban MTTQ Việt Nam phường"
POS_UVTT = "Ủy viên Thường trực Ủy ban MTTQ Việt Nam phường"

BTT_O_CHO_DUA = (
    Slot(CHU_TICH, POS_CT, BTT, "*", 45, 58, "Y", "R", old=(PHO_CHU_TICH, POS_PCT)),
    Slot(PHO_CHU_TICH, POS_PCT, BTT, "F", 38, 55, "Y", "R"),
    Slot(PHO_CHU_TICH, POS_PCT_KCT, BTT, "*", 50, 66, "Y", "R", old=(UV_THUONG_TRUC, POS_UVTT)),
    Slot(UV_THUONG_TRUC, POS_UVTT, BTT, "*", 32, 45, "Y", "n"),
)
# The outgoing Chủ tịch of Ô Chợ Dừa retires: outgoing list only.
LEAVING_O_CHO_DUA = (Slot(CHU_TICH, POS_CT, BTT, "M", 60, 62, "Y"),)

BTT_VAN_MIEU = (
    Slot(CHU_TICH, POS_CT, BTT, "F", 45, 57, "Y", "R"),
    Slot(PHO_CHU_TICH, POS_PCT, BTT, "*", 38, 52, "Y", "R"),
    Slot(PHO_CHU_TICH, POS_PCT_KCT, BTT, "*", 55, 66, "Y", "R"),
    Slot(UV_THUONG_TRUC, POS_UVTT, BTT, "*", 30, 45, "Y", "R"),
    Slot(UV_THUONG_TRUC, "Ủy viên Thường trực, Trưởng Ban Thanh tra nhân dân phường", BTT,
         "*", 55, 68, "Y", "n"),
)  # fmt: skip
LEAVING_VAN_MIEU: tuple[Slot, ...] = ()


# --- other seats -------------------------------------------------------------------------------


def public_bodies(ward: str) -> tuple[Slot, ...]:
    """Representatives of the ward's public bodies (People's Committee, police, schools…)."""
    return (
        Slot(UY_VIEN, "Phó Chủ tịch Ủy ban nhân dân phường", "Ủy ban nhân dân phường",
             "*", 36, 52, "Y"),
        Slot(UY_VIEN, "Trưởng Công an phường", "Công an phường", "M", 38, 52, "Y"),
        Slot(UY_VIEN, "Chỉ huy trưởng Ban Chỉ huy Quân sự phường", "Ban Chỉ huy Quân sự phường",
             "M", 32, 48, "Y"),
        Slot(UY_VIEN, "Trạm trưởng Trạm y tế phường", "Trạm y tế", "*", 35, 55, "Y"),
        Slot(UY_VIEN, f"Hiệu trưởng Trường Mầm non {ward}", "Trường học", "F", 40, 55, "Y"),
        Slot(UY_VIEN, f"Hiệu trưởng Trường Tiểu học {ward}", "Trường học", "*", 40, 56, "Y"),
        Slot(UY_VIEN, f"Hiệu trưởng Trường THCS {ward}", "Trường học", "*", 42, 57, "Y"),
        Slot(UY_VIEN, "Trưởng ban Bảo vệ dân phố phường", "Ban Bảo vệ dân phố", "M", 45, 62, "Y"),
    )  # fmt: skip


def _individuals(cocau: str, rows: tuple[tuple[str, str, int, int], ...]) -> tuple[Slot, ...]:
    return tuple(Slot(UY_VIEN, pos, cocau, sex, lo, hi) for pos, sex, lo, hi in rows)


OTHERS_O_CHO_DUA = (
    *public_bodies("Ô Chợ Dừa"),
    Slot(UY_VIEN, "Trưởng Ban Thanh tra nhân dân phường", "Ban Thanh tra nhân dân",
         "*", 55, 70),
    Slot(UY_VIEN, "Đại đức, Trụ trì một chùa trên địa bàn phường", "Chức sắc tôn giáo", "M", 35, 60, "N",
         religion="Phật giáo"),
    Slot(UY_VIEN, "Ni sư, đại diện tăng ni Phật giáo trên địa bàn phường", "Chức sắc tôn giáo", "F", 45, 70, "N",
         religion="Phật giáo"),
    Slot(UY_VIEN, "Trưởng ban Hành giáo giáo họ trên địa bàn phường", "Chức việc tôn giáo", "M", 50, 72,
         "N", religion="Công giáo"),
    *_individuals("Doanh nghiệp", (
        ("Giám đốc Công ty TNHH Thương mại và Dịch vụ An Phát", "*", 35, 60),
        ("Giám đốc Công ty Cổ phần Xây dựng Thành Đạt", "M", 38, 62),
        ("Phó Giám đốc Công ty TNHH In và Quảng cáo Hồng Hà", "*", 33, 55),
        ("Chủ tịch Hội đồng quản trị Công ty Cổ phần Dược phẩm Minh Tâm", "*", 45, 65),
    )),
    Slot(UY_VIEN, "Chủ hộ kinh doanh, tiểu thương chợ Ô Chợ Dừa", "Hộ kinh doanh", "*", 35, 60),
    *_individuals("Trí thức", (
        ("Phó Giáo sư, Tiến sĩ, giảng viên đại học (nghỉ hưu)", "*", 62, 75),
        ("Bác sĩ chuyên khoa II, bệnh viện tuyến Trung ương", "*", 40, 60),
        ("Luật sư, Đoàn Luật sư thành phố Hà Nội", "*", 35, 58),
        ("Kỹ sư công nghệ thông tin", "*", 28, 38),
    )),
    *_individuals("Cá nhân tiêu biểu", (
        ("Tổ trưởng Tổ hòa giải cơ sở, cán bộ hưu trí", "*", 62, 75),
        ("Nhà giáo ưu tú, nguyên Hiệu trưởng trường trung học phổ thông", "*", 64, 75),
        ("Thương binh, gia đình chính sách tiêu biểu", "M", 66, 75),
        ("Nghệ nhân làm bánh cốm truyền thống", "F", 50, 72),
        ("Chủ nhiệm Câu lạc bộ dưỡng sinh phường", "*", 60, 75),
        ("Tình nguyện viên tiêu biểu, Đội hiến máu tình nguyện phường", "*", 28, 40),
        ("Huấn luyện viên, Câu lạc bộ bóng bàn phường", "*", 30, 50),
        ("Người có uy tín trong khu dân cư, cán bộ hưu trí", "*", 60, 75),
    )),
)  # fmt: skip

OTHERS_VAN_MIEU = (
    *public_bodies("Văn Miếu"),
    Slot(UY_VIEN, "Đại đức, Phó Trụ trì một chùa trên địa bàn phường", "Chức sắc tôn giáo", "M", 35, 58, "N",
         religion="Phật giáo"),
    Slot(UY_VIEN, "Ni sư, đại diện tăng ni Phật giáo trên địa bàn phường", "Chức sắc tôn giáo", "F", 48, 70, "N",
         religion="Phật giáo"),
    Slot(UY_VIEN, "Trưởng ban Hành giáo giáo họ trên địa bàn phường", "Chức việc tôn giáo", "M", 50, 72,
         "N", religion="Công giáo"),
    *_individuals("Doanh nghiệp", (
        ("Giám đốc Công ty TNHH Văn phòng phẩm Tân Tiến", "*", 35, 60),
        ("Giám đốc Công ty Cổ phần Du lịch Thăng Long Xanh", "*", 33, 58),
        ("Phó Giám đốc Công ty TNHH Kiến trúc Nội thất Bảo Minh", "M", 35, 55),
        ("Giám đốc Hợp tác xã Dịch vụ Thương mại Đồng Tâm", "*", 40, 62),
        ("Chủ tịch Hội đồng quản trị Công ty Cổ phần Sách và Thiết bị giáo dục Hòa Bình",
         "*", 45, 65),
    )),
    Slot(UY_VIEN, "Chủ hộ kinh doanh, cửa hàng lưu niệm phố Quốc Tử Giám", "Hộ kinh doanh",
         "*", 35, 62),
    *_individuals("Trí thức", (
        ("Tiến sĩ, nghiên cứu viên Viện Hán Nôm (nghỉ hưu)", "*", 62, 75),
        ("Bác sĩ, Phòng khám đa khoa khu vực", "*", 38, 58),
        ("Kiến trúc sư, Hội Kiến trúc sư Hà Nội", "M", 40, 65),
        ("Giảng viên đại học, Thạc sĩ Ngữ văn", "*", 30, 45),
        ("Luật sư, Văn phòng luật sư Hòa Bình", "*", 33, 55),
    )),
    *_individuals("Cá nhân tiêu biểu", (
        ("Nhà giáo ưu tú, nguyên Hiệu trưởng trường tiểu học", "*", 62, 75),
        ("Thương binh, gia đình chính sách tiêu biểu", "M", 66, 75),
        ("Nghệ nhân thư pháp", "M", 55, 75),
        ("Tổ trưởng Tổ hòa giải cơ sở, cán bộ hưu trí", "*", 60, 75),
        ("Chủ nhiệm Câu lạc bộ thơ Văn Miếu", "*", 62, 75),
        ("Tình nguyện viên tiêu biểu, Đội thanh niên tình nguyện phường", "*", 28, 35),
        ("Hướng dẫn viên du lịch tiêu biểu", "F", 28, 45),
        ("Người có uy tín trong khu dân cư, cán bộ hưu trí", "*", 60, 75),
        ("Tổ trưởng Tổ tự quản về an ninh trật tự", "*", 45, 68),
        ("Nghệ sĩ ưu tú, diễn viên chèo (nghỉ hưu)", "F", 58, 75),
    )),
)  # fmt: skip


# --- column headers of the lists ---------------------------------------------------------------

# "Năm sinh" spans two sub-columns "Nam" / "Nữ" in the second header row.
HEAD_MERGED = [
    "STT", "Họ và tên", "Năm sinh", None, "Dân tộc", "Tôn giáo", "Đảng viên",
    "Chức vụ, đơn vị công tác", "Cơ cấu", "Dự kiến chức danh", "Tái cử/Mới", "Ghi chú",
]  # fmt: skip
HEAD_PLAIN = [
    "STT", "Họ và tên", "Năm sinh", "Giới tính", "Số CCCD", "Dân tộc", "Tôn giáo", "Đảng viên",
    "Chức vụ, đơn vị công tác", "Cơ cấu", "Dự kiến chức danh", "Ghi chú",
]  # fmt: skip
HEAD_PREVIOUS_XLSX = [
    "STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Dân tộc", "Tôn giáo", "Đảng viên",
    "Chức vụ, đơn vị công tác", "Cơ cấu", "Chức danh",
]  # fmt: skip
HEAD_PREVIOUS_CSV = [
    "STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Tôn giáo", "Đảng viên",
    "Chức vụ, đơn vị công tác", "Cơ cấu", "Chức danh",
]  # fmt: skip

# --- the ward file (ward.yaml), with a comment for the ward officer above every key ------------

WARD_YAML = """\
# Thông tin của phường {ward}, dùng để kiểm tra đề án nhân sự Ủy ban MTTQ Việt Nam phường
# nhiệm kỳ 2024-2029. Lưu tệp ở dạng UTF-8; dòng bắt đầu bằng # là ghi chú.

# Tên phường, viết đầy đủ và có dấu.
ward: {ward}

# Đơn vị cấp trên trực tiếp chỉ đạo Đại hội của phường.
unit: Quận Đống Đa

# Bộ quy tắc kiểm tra: tên bộ quy tắc có sẵn hoặc đường dẫn tới tệp quy tắc riêng.
ruleset: ward-2024-2029

# Ngày khai mạc Đại hội (năm-tháng-ngày), dùng để tính tuổi của từng người.
congress_date: {date}

# Số lượng Ủy viên dự kiến của Ủy ban MTTQ Việt Nam phường khóa mới; mặc định là mẫu số khi
# tính tỷ lệ tái cử (không quá 60%).
planned_size: {planned}

# Các tổ chức thành viên của Mặt trận phường; mỗi tổ chức cần có người đứng đầu trong Ủy ban.
# Mỗi mục là tên đầy đủ, hoặc name (tên đầy đủ) kèm aliases (các tên viết tắt có thể gặp trong
# cột "Cơ cấu" của danh sách).
member_organisations:
{orgs}
# Các khu dân cư (tổ dân phố) của phường; mỗi khu dân cư cần có người đại diện, thường là
# Trưởng ban công tác Mặt trận. Mỗi mục viết giống như tổ chức thành viên.
residential_areas:
{areas}
# Các tệp danh sách nhân sự (.xlsx hoặc .csv), đặt trong cùng thư mục với tệp này.
lists:
  # Danh sách dự kiến nhân sự Ủy ban MTTQ Việt Nam phường nhiệm kỳ 2024-2029.
  proposed: {proposed}
  # Danh sách Ủy ban nhiệm kỳ trước (2019-2024), để xác định người tái cử và so sánh tỷ lệ
  # ngoài Đảng.
  previous: {previous}
"""

# --- the two example wards ---------------------------------------------------------------------


@dataclass(frozen=True)
class WardSpec:
    """What to generate for one ward; the counts are targets the generator must hit exactly."""

    slug: str
    name: str
    khoa: str  # ordinal of the new committee (fictional)
    areas: int  # residential areas "Tổ dân phố số 1…N"
    btt: tuple[Slot, ...]
    others: tuple[Slot, ...]
    leaving: tuple[Slot, ...]  # outgoing members whose seat has no counterpart in the new list
    re_elected: int
    previous_size: int
    non_party: int
    previous_non_party: int
    women: int
    minorities: tuple[str, ...]
    religions: tuple[str, ...]  # religion of some non-Party members besides the clergy
    previous_file: str
    expect_pass: bool  # True: passes every rule; False: breaks re-election cap and non-Party rule
    cocau_alias: dict[str, str] = field(default_factory=dict)  # write "Cơ cấu" with an alias


WARDS = (
    WardSpec(
        "o-cho-dua", "Ô Chợ Dừa", "XVII", 12, BTT_O_CHO_DUA, OTHERS_O_CHO_DUA, LEAVING_O_CHO_DUA,
        re_elected=30, previous_size=52, non_party=15, previous_non_party=13, women=19,
        minorities=("Tày", "Mường", "Nùng"),
        religions=("Phật giáo", "Công giáo", "Phật giáo", "Phật giáo"),
        previous_file="uy-ban-nhiem-ky-2019-2024.csv", expect_pass=True,
    ),
    WardSpec(
        "van-mieu", "Văn Miếu", "XVII", 10, BTT_VAN_MIEU, OTHERS_VAN_MIEU, LEAVING_VAN_MIEU,
        re_elected=34, previous_size=50, non_party=12, previous_non_party=14, women=19,
        minorities=("Tày", "Thái"), religions=("Phật giáo", "Công giáo", "Phật giáo"),
        previous_file="uy-ban-nhiem-ky-2019-2024.xlsx", expect_pass=False,
        cocau_alias={
            "Hội Cựu chiến binh": "Hội CCB",
            "Hội Người cao tuổi": "Hội NCT",
            "Đoàn Thanh niên Cộng sản Hồ Chí Minh": "Đoàn Thanh niên",
        },
    ),
)  # fmt: skip
