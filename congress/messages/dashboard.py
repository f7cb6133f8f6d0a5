"""Fixed texts of the district dashboard (congress.adapters.dashboard_html): templates the page
fills itself with `.format`, looked up by `congress.adapters.dashboard_html.labels`."""

from __future__ import annotations

from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
    "dashboard.title": {"vi": "Bảng theo dõi đại hội", "en": "Congress dashboard"},
    "dashboard.date": {"vi": "Ngày", "en": "Date"},
    "dashboard.workflow": {"vi": "Quy trình", "en": "Workflow"},
    "dashboard.version": {"vi": "phiên bản", "en": "version"},
    "dashboard.wards": {"vi": "Phường", "en": "Wards"},
    "dashboard.overdue": {"vi": "Quá hạn", "en": "Overdue"},
    "dashboard.blocked": {"vi": "Bị chặn", "en": "Blocked"},
    "dashboard.missing_data": {"vi": "Thiếu dữ liệu", "en": "Missing data"},
    "dashboard.reopened": {"vi": "Bị trả lại", "en": "Sent back"},
    "dashboard.reopened_card": {
        "vi": "Bị trả lại về «{to}» ngày {at} ({by}): {reason}",
        "en": "Sent back to «{to}» on {at} ({by}): {reason}",
    },
    "dashboard.counters": {"vi": "Số liệu chung", "en": "Overview"},
    "dashboard.grid": {"vi": "Các phường theo bước", "en": "Wards by stage"},
    "dashboard.pilot": {"vi": "điểm", "en": "pilot"},
    "dashboard.pilot_long": {"vi": "Phường làm đại hội điểm", "en": "Pilot congress ward"},
    "dashboard.no_group": {"vi": "Chưa phân tổ công tác", "en": "No working group"},
    "dashboard.days_late": {"vi": "Quá hạn {days} ngày", "en": "Overdue by {days} days"},
    "dashboard.not_at": {
        "vi": "chưa tới «{label}» (hạn {due})",
        "en": "not at «{label}» yet (due {due})",
    },
    "dashboard.blocking_count": {"vi": "{n} lỗi chặn", "en": "{n} blocking"},
    "dashboard.warnings": {"vi": "{n} cảnh báo", "en": "{n} warnings"},
    "dashboard.exceptions_count": {"vi": "{n} ngoại lệ", "en": "{n} exceptions"},
    "dashboard.no_data_state": {"vi": "thiếu dữ liệu", "en": "missing data"},
    "dashboard.empty_stage": {"vi": "Không có phường nào", "en": "No ward"},
    "dashboard.overdue_title": {"vi": "Phường quá hạn", "en": "Overdue wards"},
    "dashboard.no_overdue": {"vi": "Không có phường nào quá hạn.", "en": "No ward is overdue."},
    "dashboard.stage": {"vi": "Bước hiện tại", "en": "Stage"},
    "dashboard.late_item": {"vi": "Hạn", "en": "Deadline"},
    "dashboard.blocking_title": {"vi": "Lỗi chặn theo phường", "en": "Blocking findings per ward"},
    "dashboard.no_blocking": {"vi": "Không có phường nào bị chặn.", "en": "No ward is blocked."},
    "dashboard.exceptions_title": {"vi": "Ngoại lệ đã cho phép", "en": "Exceptions granted"},
    "dashboard.no_exceptions": {"vi": "Chưa có ngoại lệ nào.", "en": "No exception granted."},
    "dashboard.rule": {"vi": "Quy tắc", "en": "Rule"},
    "dashboard.granted_by": {"vi": "Người cho phép", "en": "Granted by"},
    "dashboard.document": {"vi": "Văn bản", "en": "Document"},
    "dashboard.reason": {"vi": "Lý do", "en": "Reason"},
    "dashboard.groups_title": {"vi": "Tổ công tác", "en": "Working groups"},
    "dashboard.charts_title": {
        "vi": "Tỷ lệ cơ cấu Ủy ban theo phường",
        "en": "Committee composition per ward",
    },
    "dashboard.charts_intro": {
        "vi": "Mỗi thanh là tỷ lệ của một phường (số người / số tính tỷ lệ); thanh đậm cuối cùng là toàn đơn vị.",
        "en": "Each bar is one ward's share (people / base); the bold last bar is the whole unit.",
    },
    "dashboard.total": {"vi": "Toàn đơn vị", "en": "Whole unit"},
    "dashboard.no_data": {"vi": "không có dữ liệu", "en": "no data"},
    "dashboard.flagged": {"vi": "Không đạt", "en": "Failing"},
    "dashboard.previous_term": {
        "vi": "Đầu nhiệm kỳ trước: {percent}%",
        "en": "Previous term, at its start: {percent}%",
    },
    "dashboard.limit_max": {"vi": "Tối đa {percent}%", "en": "At most {percent}%"},
    "dashboard.limit_min": {"vi": "Tối thiểu {percent}%", "en": "At least {percent}%"},
    "dashboard.share_re_elected": {"vi": "Tỷ lệ tái cử", "en": "Re-elected share"},
    "dashboard.share_women": {"vi": "Tỷ lệ nữ", "en": "Women's share"},
    "dashboard.share_non_party": {"vi": "Tỷ lệ ngoài Đảng", "en": "Non-Party share"},
    "dashboard.share_ethnic_minority": {
        "vi": "Tỷ lệ dân tộc thiểu số",
        "en": "Ethnic minority share",
    },
    "dashboard.share_religious": {"vi": "Tỷ lệ tôn giáo", "en": "Religious share"},
    "dashboard.note_re_elected": {
        "vi": "Vạch đứng là mức trần; thanh đỏ vượt trần.",
        "en": "The vertical line is the cap; red bars are above it.",
    },
    "dashboard.note_women": {
        "vi": "Vạch đứng là mức tham khảo; thanh vàng thấp hơn (cảnh báo).",
        "en": "The vertical line is the reference; amber bars are below it (warning).",
    },
    "dashboard.note_non_party": {
        "vi": "Vạch nhỏ trên mỗi thanh là tỷ lệ đầu nhiệm kỳ trước (không tính người bổ sung "
        "giữa nhiệm kỳ); thanh đỏ thấp hơn.",
        "en": "The small tick on each bar is the previous term's share at its start (members "
        "added mid-term left out); red bars are below it.",
    },
    "dashboard.note_ethnic_minority": {
        "vi": "Chỉ báo cáo, không có giới hạn.",
        "en": "Reported only, no limit.",
    },
    "dashboard.note_religious": {
        "vi": "Chỉ báo cáo, không có giới hạn.",
        "en": "Reported only, no limit.",
    },
    "dashboard.footer": {
        "vi": "Tệp tự chứa: mở trực tiếp từ máy, không cần mạng.",
        "en": "Self-contained file: opens from disk, no network needed.",
    },
}
