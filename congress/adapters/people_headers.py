"""The header words of a list of people (spec §3), as offices write them.

Every header is compared by `people_cells.cell_key` (no case, diacritics or punctuation), with
"(…)" and "*" also tried away («Đảng viên (x)» is «Đảng viên»). `HEADERS` maps each column the
checker reads to its spellings; `KNOWN` are the columns offices add that no rule reads (STT,
Quê quán, Trình độ…): they are left alone without being reported. Any other header is named in
the report as not recognised, so that a column the checker could not read is never silently
taken as empty.
"""

from __future__ import annotations

HEADERS: dict[str, set[str]] = {
    "name": {"ho va ten", "ho ten", "ho va ten khai sinh", "ho ten day du", "ho va ten dem"},
    "birth": {
        "ngay sinh",
        "nam sinh",
        "ngay thang nam sinh",
        "sinh ngay",
        "ngay thang sinh",
        "ns",
        "sinh nam",
        "nam sinh ngay sinh",
    },
    "gender": {"gioi tinh", "gioi", "gt", "phai", "gioi tinh nam nu", "nam nu", "nam hay nu"},
    # a column that marks the women (x, ✓, Có); empty for a man
    "female": {"nu", "la nu", "gioi tinh nu", "nu danh dau x"},
    "ethnicity": {"dan toc", "dt", "dantoc", "dan toc kinh"},
    "religion": {"ton giao", "tg", "tongiao", "ton giao neu co"},
    "party": {
        "dang vien",
        "la dang vien",
        "ngay vao dang",
        "dang vien ngay vao dang",
        "dv",
        "d v",
        "dang",
        "dvien",
        "dang vien dcsvn",
        "dang vien dang cong san viet nam",
        "ngay vao dang chinh thuc",
        "ngay vao dang du bi",
        "ngay vao dang du bi chinh thuc",
        "ngay vao dang ngay chinh thuc",
        "ngay vao dcsvn",
        "ngay vao dang cong san viet nam",
        "ngay ket nap dang",
    },
    "position": {
        "chuc vu don vi cong tac",
        "chuc vu",
        "chuc vu noi cong tac",
        "chuc vu don vi",
        "chuc vu don vi cong tac hien nay",
        "chuc vu noi lam viec",
        "chuc vu hien nay",
        "chuc vu cong tac",
        "chuc vu nghe nghiep",
        "nghe nghiep chuc vu",
        "chuc vu co quan don vi cong tac",
        "don vi cong tac",
        "noi cong tac",
        "noi lam viec",
    },
    "representation": {
        "co cau",
        "thanh phan",
        "dai dien",
        "co cau thanh phan",
        "dai dien cho",
        "co cau dai dien",
        "thanh phan co cau",
        "thanh phan dai dien",
        "doi tuong",
        "co cau thanh phan dai dien",
    },
    "role": {
        "du kien chuc danh",
        "chuc danh",
        "chuc danh du kien",
        "du kien chuc danh uy ban",
        "du kien chuc danh trong uy ban",
        "chuc danh du kien tai uy ban",
        "du kien chuc vu",
        "chuc danh de xuat",
        "du kien",
    },
    "status": {"tai cu", "tai cu moi", "tai cu hay moi", "moi tai cu", "tai cu hoac moi"},
    "identity": {"so cccd", "cccd", "so dinh danh", "so dinh danh ca nhan", "so can cuoc"},
    "note": {"ghi chu"},
    "mid_term": {
        "bo sung giua nhiem ky",
        "bo sung trong nhiem ky",
        "bo sung giua khoa",
        "bo sung",
        "duoc bo sung",
        "ngay bo sung",
        "thoi diem bo sung",
        "bo sung ngay",
    },
}

# Columns offices keep that no rule reads: a header that is one of these, or starts with one
# followed by more words («Trình độ lý luận chính trị»), is known and not reported.
KNOWN = frozenset(
    {
        "stt",
        "tt",
        "so tt",
        "so thu tu",
        "que quan",
        "nguyen quan",
        "noi sinh",
        "trinh do",
        "hoc van",
        "chuyen mon",
        "ly luan chinh tri",
        "llct",
        "hoc ham",
        "hoc vi",
        "ngoai ngu",
        "tin hoc",
        "noi o",
        "cho o",
        "noi o hien nay",
        "dia chi",
        "thuong tru",
        "noi thuong tru",
        "tam tru",
        "dien thoai",
        "so dien thoai",
        "sdt",
        "so dt",
        "email",
        "nghe nghiep",
        "ky ten",
        "chu ky",
        "khen thuong",
        "ky luat",
        "suc khoe",
        "ngay vao mttq",
        "ngay tham gia",
        "thoi gian tham gia",
        "qua trinh cong tac",
        "anh",
    }
)


def is_known(key: str) -> bool:
    """A header no rule reads but offices keep (STT, Quê quán, Trình độ …)."""
    return key in KNOWN or any(key.startswith(word + " ") for word in KNOWN)


def phone_not_ethnicity(text: str, key: str) -> bool:
    """«ĐT» (with Đ) is điện thoại, the phone; «DT» is dân tộc."""
    return key == "dt" and "đ" in text.casefold()
