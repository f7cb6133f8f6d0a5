"""Messages of `congress docs draft` (the ward's starting drafts in Word) and of the draft
findings the district keeps showing until they are fixed."""

from __future__ import annotations

from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
    "drafts.copy_edited": {
        "vi": "dự thảo này đã được sửa, và bản mới bên cạnh {copy} cũng đã được sửa sau khi tạo; "
        "không ghi đè tệp nào. Đổi tên hoặc chuyển bản {copy} đi rồi chạy lại.",
        "en": "this draft was edited, and so was the new version beside it, {copy}, after it "
        "was generated; neither was overwritten. Rename or move {copy} and run again.",
    },
    "ui.draft_written": {"vi": "Đã tạo dự thảo: {path}", "en": "Draft written: {path}"},
    "ui.draft_refreshed": {
        "vi": "Đã cập nhật dự thảo (chưa ai sửa): {path}",
        "en": "Draft refreshed (nobody had edited it): {path}",
    },
    "ui.draft_unchanged": {"vi": "Không đổi: {path}", "en": "Unchanged: {path}"},
    "ui.draft_kept": {
        "vi": "{path} đã được sửa — giữ nguyên, không ghi đè. Muốn có bản mới từ dữ liệu để đối "
        "chiếu: thêm --force (bản mới ghi bên cạnh, không ghi đè).",
        "en": "{path} has been edited — kept, not overwritten. For a new version from the data to "
        "compare with: add --force (written beside it, never over it).",
    },
    "ui.draft_beside": {
        "vi": "{edited} đã được sửa — giữ nguyên; bản mới ghi bên cạnh: {path}",
        "en": "{edited} has been edited — kept; the new version is beside it: {path}",
    },
    "ui.draft_next": {
        "vi": "Mở các tệp trong Word để viết tiếp (thay mọi chỗ «[CẦN VIẾT: …]»), rồi kiểm tra: "
        "congress docs check {ward}",
        "en": "Open the files in Word to go on writing (replace every «[CẦN VIẾT: …]»), then "
        "check: congress docs check {ward}",
    },
    "dashboard.open_title": {
        "vi": "Còn phải sửa (dự thảo văn kiện, đề án nhân sự, kịch bản) cho tới khi đạt",
        "en": "Still to fix (drafts, personnel scheme, script) until they pass",
    },
    "dashboard.open_error": {"vi": "Lỗi:", "en": "Error:"},
    "dashboard.open_warning": {"vi": "Cảnh báo:", "en": "Warning:"},
    "dashboard.no_open": {
        "vi": "Không có phường nào còn lỗi hay cảnh báo phải sửa.",
        "en": "No ward has an error or warning left to fix.",
    },
}
