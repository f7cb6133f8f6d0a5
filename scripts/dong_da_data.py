"""Data tables for scripts/make_dong_da.py: the 21 wards of Đống Đa, their plan and faults.

Every person and company is invented, and no pagoda or parish is named; the structure (two working groups, a pilot
ward, 261 residential areas, deadlines, the lessons of the pilot) follows seed 004 and domain.md.
The reference date is the day the workspace shows: wards are spread over the stages as of then.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import example_data as data
from example_data import Slot

REFERENCE_DATE = date(2024, 3, 15)
PILOT = "o-cho-dua"
PILOT_DATE = date(2024, 1, 12)
LESSONS_MEETING = date(2024, 1, 19)  # the district passes the pilot's lessons to every ward
TRAINING_DATE = date(2023, 10, 12)  # the district's training for the 21 ward standing committees

# Faults planted on purpose (each listed in unit.yaml and README.md).
REPORT_LONG = "report_long"  # political report over 15 pages (report_length_max, warning)
REVIEW_COPY = "review_copy"  # review report copies the political report (warning)
OVER_CAP = "over_cap"  # re-elected over 60% of the planned size (re_election_max)
NON_PARTY = "non_party"  # non-Party share below the last term's (non_party_min_vs_previous)
TALLY_OFF = "tally_off"  # a vote whose counts do not add up (tally_consistent)
LIST_MISSING = "list_missing"  # the proposed list named in ward.yaml is not in the folder
LIST_BROKEN = "list_broken"  # the proposed "xlsx" is an HTML page exported by a web system

FAULT_TEXT = {
    REPORT_LONG: "báo cáo chính trị quá dài (report_length_max, cảnh báo)",
    REVIEW_COPY: "báo cáo kiểm điểm chép lại báo cáo chính trị (review_duplicates_report, cảnh báo)",
    OVER_CAP: "đề án nhân sự vượt tỷ lệ tái cử 60% (re_election_max)",
    NON_PARTY: "tỷ lệ ngoài Đảng thấp hơn nhiệm kỳ trước (non_party_min_vs_previous)",
    TALLY_OFF: "số liệu kiểm phiếu không khớp (tally_consistent)",
    LIST_MISSING: "thiếu dữ liệu: không có tệp danh sách dự kiến nhân sự",
    LIST_BROKEN: "tệp danh sách đặt đuôi .xlsx nhưng không phải bảng tính (trang HTML)",
}


@dataclass(frozen=True)
class WardPlan:
    """One ward: its group, where it stands on the reference date, its congress, its faults."""

    slug: str
    name: str
    group: int
    stage: str  # stage reached on REFERENCE_DATE
    congress: date  # date of the congress (held, or planned)
    areas: int  # residential areas (Tổ dân phố số 1…N)
    planned: int  # planned size of the new committee
    faults: tuple[str, ...] = ()
    lessons_done: int = 6  # lessons acknowledged by a ward at the pilot stage


D = date
WARDS = (
    WardPlan("o-cho-dua", "Ô Chợ Dừa", 1, "reported", PILOT_DATE, 12, 55),
    WardPlan("kim-lien", "Kim Liên", 2, "reported", D(2024, 2, 27), 16, 55),
    WardPlan("trung-tu", "Trung Tự", 2, "reported", D(2024, 2, 29), 15, 53),
    WardPlan("cat-linh", "Cát Linh", 1, "recognised", D(2024, 3, 5), 9, 45),
    WardPlan("nam-dong", "Nam Đồng", 2, "recognised", D(2024, 3, 6), 11, 46),
    WardPlan("lang-ha", "Láng Hạ", 1, "recognised", D(2024, 3, 7), 12, 50),
    WardPlan("hang-bot", "Hàng Bột", 1, "first_meeting", D(2024, 3, 8), 11, 50, (OVER_CAP,)),
    WardPlan("phuong-mai", "Phương Mai", 2, "first_meeting", D(2024, 3, 12), 14, 52),
    WardPlan("tho-quan", "Thổ Quan", 2, "congress", D(2024, 3, 13), 16, 55, (TALLY_OFF,)),
    WardPlan("quoc-tu-giam", "Quốc Tử Giám", 1, "pilot", D(2024, 3, 19), 11, 48, (REPORT_LONG,)),
    WardPlan("van-mieu", "Văn Miếu", 1, "pilot", D(2024, 3, 22), 10, 47),
    WardPlan("trung-liet", "Trung Liệt", 1, "pilot", D(2024, 3, 26), 15, 54, lessons_done=3),
    WardPlan("khuong-thuong", "Khương Thượng", 2, "pilot", D(2024, 3, 28), 15, 52, (REVIEW_COPY,),
             lessons_done=2),
    WardPlan("phuong-lien", "Phương Liên", 2, "pilot", D(2024, 4, 2), 13, 50, lessons_done=0),
    WardPlan("thinh-quang", "Thịnh Quang", 1, "personnel", D(2024, 4, 5), 12, 50,
             (OVER_CAP, NON_PARTY)),
    WardPlan("quang-trung", "Quang Trung", 2, "personnel", D(2024, 4, 9), 10, 45, (LIST_BROKEN,)),
    WardPlan("van-chuong", "Văn Chương", 1, "personnel", D(2024, 4, 11), 13, 50),
    WardPlan("trung-phung", "Trung Phụng", 2, "personnel", D(2024, 4, 16), 12, 48, (LIST_MISSING,)),
    WardPlan("kham-thien", "Khâm Thiên", 2, "personnel", D(2024, 4, 19), 10, 48, (REPORT_LONG,)),
    WardPlan("lang-thuong", "Láng Thượng", 1, "drafts", D(2024, 4, 24), 16, 55, (REVIEW_COPY,)),
    WardPlan("nga-tu-so", "Ngã Tư Sở", 1, "drafts", D(2024, 4, 26), 8, 40),
)  # fmt: skip
assert sum(w.areas for w in WARDS) == 261, "seed 004: 261 Ban công tác Mặt trận"

# Each ward's congress has its own ordinal (fictional: a ward's count depends on when it was
# founded); the pilot's and Văn Miếu's are those of examples/wards.
ORDINALS = {
    "o-cho-dua": "XVII", "kim-lien": "XVIII", "trung-tu": "XVI", "cat-linh": "XIV",
    "nam-dong": "XV", "lang-ha": "XV", "hang-bot": "XVI", "phuong-mai": "XVIII",
    "tho-quan": "XVII", "quoc-tu-giam": "XIX", "van-mieu": "XVII", "trung-liet": "XV",
    "khuong-thuong": "XVI", "phuong-lien": "XVIII", "thinh-quang": "XV", "quang-trung": "XVI",
    "van-chuong": "XVIII", "trung-phung": "XVII", "kham-thien": "XIX", "lang-thuong": "XVIII",
    "nga-tu-so": "XVI",
}  # fmt: skip
assert set(ORDINALS) == {w.slug for w in WARDS}
PREVIOUS_ORDINALS = {
    "XIV": "XIII", "XV": "XIV", "XVI": "XV", "XVII": "XVI", "XVIII": "XVII", "XIX": "XVIII",
}  # fmt: skip


def ordinals(plan: WardPlan) -> tuple[str, str]:
    """The ordinal of the ward's congress and that of its outgoing committee (khóa)."""
    ordinal = ORDINALS[plan.slug]
    return ordinal, PREVIOUS_ORDINALS[ordinal]


# --- the district -------------------------------------------------------------------------------

GROUPS = {
    1: ("Tổ công tác số 1", "Phạm Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận"),
    2: ("Tổ công tác số 2", "Đinh Quang Huy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận"),
}
DISTRICT_CHAIR = "Lê Thị Hoa"  # Chủ tịch Ủy ban MTTQ Việt Nam quận
DISTRICT_VICE = "Phạm Minh Đức"  # Phó Chủ tịch thường trực

TIMELINE = {  # the district plan: by each date every ward should have reached the stage
    "drafts": D(2023, 11, 30),
    "personnel": D(2023, 12, 20),
    "congress": D(2024, 4, 30),
    "reported": D(2024, 5, 15),
}
PILOT_TIMELINE = {
    "drafts": D(2023, 10, 20),
    "personnel": D(2023, 12, 10),
    "pilot": D(2023, 12, 31),
    "congress": PILOT_DATE,
    "first_meeting": PILOT_DATE,
    "recognised": D(2024, 1, 24),
    "reported": D(2024, 1, 31),
}

LESSONS = (
    ("L1", "Dự thảo báo cáo chính trị còn dài; cần ngắn gọn (không quá 15 trang), tập trung kết quả "
           "nổi bật, số liệu chi tiết đưa vào phụ lục."),
    ("L2", "Kết quả hoạt động của từng tổ chức thành viên phải được phản ánh rõ nét trong báo cáo "
           "chính trị."),
    ("L3", "Báo cáo kiểm điểm chỉ tự đánh giá sự lãnh đạo, điều hành của Ủy ban; không chép lại kết "
           "quả đã nêu trong báo cáo chính trị."),
    ("L4", "Chương trình hành động phải cụ thể: mỗi nhiệm vụ có chỉ tiêu đo được, đơn vị chủ trì, "
           "thời hạn; có Chương trình “Xây dựng khu dân cư đoàn kết, đồng thuận; an ninh, an toàn; "
           "ấm no, hạnh phúc” với chỉ tiêu rõ ràng."),
    ("L5", "Đề án nhân sự bảo đảm cơ cấu, thành phần, tính đại diện; tỷ lệ tái cử không quá 60%, "
           "tỷ lệ ngoài Đảng không thấp hơn nhiệm kỳ trước."),
    ("L6", "Kịch bản điều hành phân công rõ từng thành viên Đoàn Chủ tịch; tham luận mỗi bài một "
           "chủ đề; trang trí, tuyên truyền trực quan và công trình chào mừng thiết thực, không "
           "phô trương."),
)  # fmt: skip

# --- the committee's seats besides the member organisations and residential areas --------------

BTT_VARIANTS = (
    (  # the outgoing vice-chair becomes chair; the outgoing chair retires (as in Ô Chợ Dừa)
        Slot(data.CHU_TICH, data.POS_CT, data.BTT, "*", 45, 58, "Y", "R",
             old=(data.PHO_CHU_TICH, data.POS_PCT)),
        Slot(data.PHO_CHU_TICH, data.POS_PCT, data.BTT, "F", 38, 55, "Y", "n"),
        Slot(data.PHO_CHU_TICH, data.POS_PCT_KCT, data.BTT, "*", 50, 66, "Y", "R"),
        Slot(data.UV_THUONG_TRUC, data.POS_UVTT, data.BTT, "*", 32, 45, "Y", "R"),
    ),
    (  # the whole standing committee stays, a new standing member
        Slot(data.CHU_TICH, data.POS_CT, data.BTT, "*", 46, 57, "Y", "R"),
        Slot(data.PHO_CHU_TICH, data.POS_PCT, data.BTT, "*", 38, 52, "Y", "R"),
        Slot(data.PHO_CHU_TICH, data.POS_PCT_KCT, data.BTT, "*", 52, 66, "Y", "R"),
        Slot(data.UV_THUONG_TRUC, data.POS_UVTT, data.BTT, "*", 30, 42, "Y", "n"),
    ),
)  # fmt: skip
RETIRING_CHAIR = (Slot(data.CHU_TICH, data.POS_CT, data.BTT, "M", 60, 62, "Y"),)

ALWAYS = (  # besides data.public_bodies(ward)
    Slot(data.UY_VIEN, "Trưởng Ban Thanh tra nhân dân phường", "Ban Thanh tra nhân dân",
         "*", 55, 70),
    Slot(data.UY_VIEN, "Tình nguyện viên tiêu biểu, Đội thanh niên tình nguyện phường",
         "Cá nhân tiêu biểu", "*", 28, 36),
)  # fmt: skip

# Religious seats name no particular pagoda or parish: the example invents no places.
MONK = "Đại đức, Trụ trì một chùa trên địa bàn phường"
NUN = "Ni sư, đại diện tăng ni Phật giáo trên địa bàn phường"
CATHOLIC = "Trưởng ban Hành giáo giáo họ trên địa bàn phường"

COMPANY_KINDS = (
    "Công ty TNHH Thương mại và Dịch vụ", "Công ty Cổ phần Xây dựng", "Công ty TNHH In và Quảng cáo",
    "Công ty Cổ phần Dược phẩm", "Công ty TNHH Công nghệ", "Hợp tác xã Dịch vụ Thương mại",
    "Công ty Cổ phần Đầu tư và Phát triển nhà", "Công ty TNHH Thực phẩm sạch",
)  # fmt: skip
COMPANY_NAMES = (
    "An Phát", "Thành Đạt", "Hồng Hà", "Minh Tâm", "Tân Tiến", "Đồng Tâm", "Bảo Minh", "Hòa Bình",
    "Phú Gia", "Việt Hưng", "Sao Mai", "Thăng Long Xanh", "Hưng Thịnh", "Trường An", "Kim Ngân",
)  # fmt: skip
COMPANY_ROLES = (
    ("Giám đốc", "*", 35, 60), ("Phó Giám đốc", "*", 33, 55),
    ("Chủ tịch Hội đồng quản trị", "*", 45, 65), ("Giám đốc", "M", 38, 62),
)  # fmt: skip
SMALL_BUSINESS = (
    "Chủ hộ kinh doanh, tiểu thương chợ dân sinh phường",
    "Chủ hộ kinh doanh ăn uống, dịch vụ",
)
INTELLECTUALS = (
    ("Phó Giáo sư, Tiến sĩ, giảng viên đại học (nghỉ hưu)", "*", 62, 75),
    ("Bác sĩ chuyên khoa II, bệnh viện tuyến Trung ương", "*", 40, 60),
    ("Luật sư, Đoàn Luật sư thành phố Hà Nội", "*", 35, 58),
    ("Kỹ sư công nghệ thông tin", "*", 28, 38),
    ("Kiến trúc sư, Hội Kiến trúc sư Hà Nội", "M", 40, 65),
    ("Giảng viên đại học, Thạc sĩ Kinh tế", "*", 30, 45),
    ("Nhà báo, hội viên Hội Nhà báo Việt Nam", "*", 35, 62),
)  # fmt: skip
NOTABLES = (
    ("Tổ trưởng Tổ hòa giải cơ sở, cán bộ hưu trí", "*", 62, 75),
    ("Nhà giáo ưu tú, nguyên Hiệu trưởng trường trung học cơ sở", "*", 64, 75),
    ("Thương binh, gia đình chính sách tiêu biểu", "M", 66, 75),
    ("Chủ nhiệm Câu lạc bộ dưỡng sinh phường", "*", 60, 75),
    ("Người có uy tín trong khu dân cư, cán bộ hưu trí", "*", 60, 75),
    ("Huấn luyện viên, Câu lạc bộ bóng bàn phường", "*", 30, 50),
    ("Tổ trưởng Tổ tự quản về an ninh trật tự", "*", 45, 68),
    ("Nghệ sĩ ưu tú, diễn viên chèo (nghỉ hưu)", "F", 58, 75),
    ("Nghệ nhân thư pháp", "M", 55, 75),
    ("Chủ nhiệm Câu lạc bộ thơ phường", "*", 62, 75),
    ("Trưởng ban Đại diện cha mẹ học sinh Trường Tiểu học", "F", 35, 48),
    ("Gương điển hình “Người tốt, việc tốt” của quận", "*", 40, 70),
    ("Bác sĩ y học cổ truyền, Hội Đông y phường", "*", 50, 72),
    ("Cựu chiến binh, doanh nhân tiêu biểu", "M", 60, 72),
)  # fmt: skip

CONTEXTS = (
    "tốc độ đô thị hóa nhanh, nhiều công trình xây dựng, dân cư biến động lớn",
    "địa bàn có nhiều ngõ nhỏ, nhiều khu tập thể cũ xuống cấp, hạ tầng quá tải",
    "trên địa bàn có nhiều trường học, bệnh viện, số người thuê trọ đông và thay đổi thường xuyên",
    "nhiều tuyến phố kinh doanh, dịch vụ sầm uất, yêu cầu giữ gìn trật tự, văn minh đô thị ngày "
    "càng cao",
)
