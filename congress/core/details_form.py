"""Where the officer writes each congress detail: the rows of the «Thông tin chung» sheet of the
Excel details form (`thong-tin-dai-hoi.xlsx`), which `congress.yaml` mirrors for maintainers.

The one source for the form's row labels (`congress.adapters.congress_form` writes and reads them)
and for the place a document's «[CẦN VIẾT: …]» points the officer to (`form_place`).
"""

from __future__ import annotations

FORM_FILE = "thong-tin-dai-hoi.xlsx"
GENERAL_SHEET = "Thông tin chung"

# (field of CongressFile, label in column A, kind); a dotted field is nested.
GENERAL: tuple[tuple[str, str, str], ...] = (
    ("ward", "Tên phường (xã)", "text"),
    ("ordinal", "Đại hội lần thứ (số La Mã)", "text"),
    ("date", "Ngày khai mạc Đại hội", "date"),
    ("place", "Địa danh ghi ở dòng ngày tháng (để trống: tên phường)", "text"),
    ("venue", "Địa điểm tổ chức Đại hội", "text"),
    ("delegates_convened", "Số đại biểu được triệu tập", "count"),
    ("planned_size", "Số lượng Ủy viên Ủy ban khóa mới dự kiến", "count"),
    ("plan_purposes", "Kế hoạch: mục đích", "para"),
    ("plan_requirements", "Kế hoạch: yêu cầu", "para"),
    ("plan_comments", "Kế hoạch: lấy ý kiến góp ý văn kiện cấp trên, dự thảo Điều lệ", "para"),
    ("plan_delegates", "Kế hoạch: số lượng, cơ cấu đại biểu", "para"),
    ("plan_propaganda", "Kế hoạch: tuyên truyền, trang trí, công trình chào mừng", "para"),
    ("plan_budget", "Kế hoạch: kinh phí", "para"),
    ("personnel_scheme.grounds", "Đề án nhân sự: căn cứ", "para"),
    ("personnel_scheme.standards", "Đề án nhân sự: tiêu chuẩn", "para"),
    ("personnel_scheme.process", "Đề án nhân sự: quy trình (mỗi bước một dòng)", "para"),
    ("signer.name", "Người ký thay mặt Ban Thường trực: họ và tên", "text"),
    ("signer.title", "Người ký thay mặt Ban Thường trực: chức danh (để trống: CHỦ TỊCH)", "text"),
    ("presidium_signer.name", "Người ký thay mặt Đoàn Chủ tịch: họ và tên", "text"),
    ("presidium_signer.title", "Người ký thay mặt Đoàn Chủ tịch: chức danh", "text"),
)
LABELS = {key: label for key, label, _ in GENERAL}


def form_place(key: str, yaml_section: str) -> str:
    """Where to write `key`, as a document's placeholder says it: the form's sheet and row first,
    then (for maintainers) the section of congress.yaml, named in Vietnamese as its comments
    name it (a document carries no key such as «plan_budget»)."""
    return (
        f"biểu mẫu {FORM_FILE}, trang «{GENERAL_SHEET}», dòng «{LABELS[key]}»; "
        f"hoặc tệp congress.yaml, mục {yaml_section}"
    )
