"""An error-level rule not checked stands in the way like a failed one (issue 12: "not checked
is not passed"): the verdicts, the readiness lines and what to do."""

from __future__ import annotations

from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
    "ui.verdict_unchecked_blocks": {
        "vi": "CHƯA ĐỦ DỮ LIỆU ĐỂ KẾT LUẬN: không có lỗi ✘ ({warnings} cảnh báo), nhưng {count} quy "
        "tắc bắt buộc chưa kiểm tra: {rules}. Chưa thể chuyển bước: bổ sung dữ liệu còn thiếu rồi "
        "kiểm tra lại.",
        "en": "NOT ENOUGH DATA FOR A VERDICT: no ✘ errors ({warnings} warnings), but {count} "
        "required rules not checked: {rules}. The next move is refused: add the missing data and "
        "check again.",
    },
    "ui.verdict_fail_unchecked": {
        "vi": "KHÔNG ĐẠT: {errors} lỗi, {warnings} cảnh báo, và {count} quy tắc bắt buộc chưa kiểm "
        "tra: {rules}. Sửa các lỗi ✘, bổ sung dữ liệu còn thiếu rồi kiểm tra lại.",
        "en": "FAILED: {errors} errors, {warnings} warnings, and {count} required rules not "
        "checked: {rules}. Fix the ✘ errors, add the missing data and check again.",
    },
    "ui.unchecked_mark": {"vi": "chưa kiểm tra", "en": "not checked"},
    "dashboard.unchecked": {"vi": "chưa kiểm tra", "en": "not checked"},
    "ui.unchecked_line": {
        "vi": "{title} — chưa kiểm tra: {message}",
        "en": "{title} — not checked: {message}",
    },
    "ui.unchecked_todo": {
        "vi": "Bổ sung cột hoặc tệp còn thiếu rồi kiểm tra lại. Nếu phường thực sự không có dữ "
        "liệu này (ví dụ phường mới sau sắp xếp năm 2025, chưa có nhiệm kỳ trước), Ban Thường trực "
        'cho ngoại lệ: congress ward exception {ward} {rule} --by "…" --reason "…" --document "…"',
        "en": "Add the missing column or file and check again. If the ward really has no such "
        "data (e.g. a ward new after the 2025 merger, with no previous term), the Standing "
        'Committee grants an exception: congress ward exception {ward} {rule} --by "…" '
        '--reason "…" --document "…"',
    },
}
