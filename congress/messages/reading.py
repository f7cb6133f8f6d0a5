"""Reading an officer's files: empty lists, columns not read, files open in Excel or Word."""

from __future__ import annotations

from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
    # lists of people (congress/adapters/people_reader.py)
    "list.empty": {
        "vi": "danh sách trống: có dòng tiêu đề (dòng {row}) nhưng chưa có người nào. Điền mỗi "
        "người một dòng dưới dòng tiêu đề rồi chạy lại.",
        "en": "the list is empty: it has a header row (row {row}) but nobody under it. Enter one "
        "person per row under the header and run again.",
    },
    "list.empty_file": {
        "vi": "danh sách trống: tệp không có nội dung. Điền danh sách (dòng tiêu đề có ô «Họ và "
        "tên», mỗi người một dòng) rồi chạy lại.",
        "en": "the list is empty: the file has no content. Fill in the list (a header row with a "
        "«Họ và tên» cell, one person per row) and run again.",
    },
    "cell.bad_female": {
        "vi": "cột «Nữ» ghi «{value}»: đánh dấu «x» (hoặc «Có», «Nữ») cho người là nữ, để trống "
        "cho người là nam.",
        "en": "the «Nữ» column says «{value}»: mark a woman with «x» (or «Có», «Nữ»), leave it "
        "empty for a man.",
    },
    # why a rule is not checked (congress/core/unread.py)
    "reason.column_missing": {
        "vi": "{list} ({file}) không có cột {column}",
        "en": "{list} ({file}) has no {column} column",
    },
    "reason.column_blank": {
        "vi": "cột {column} của {list} ({file}) để trống ở mọi dòng — chưa điền",
        "en": "the {column} column of {list} ({file}) is empty on every row — not filled in",
    },
    "reason.unrecognised_headers": {
        "vi": "; các cột không nhận ra: {headers} — đổi tiêu đề theo mẫu rồi kiểm tra lại",
        "en": "; columns not recognised: {headers} — rename the header as in the form and "
        "check again",
    },
    "reason.or": {"vi": " hoặc ", "en": " or "},
    "reason.no_planned_size": {
        "vi": "chưa có số lượng Ủy viên dự kiến: điền ô «Số lượng Ủy viên Ủy ban khóa mới dự "
        "kiến» ở trang «Thông tin chung» của thong-tin-dai-hoi.xlsx, hoặc --planned-size "
        "(ward.yaml: planned_size)",
        "en": "the planned size is not given: fill in «Số lượng Ủy viên Ủy ban khóa mới dự kiến» "
        "on the sheet «Thông tin chung» of thong-tin-dai-hoi.xlsx, or --planned-size "
        "(ward.yaml: planned_size)",
    },
    "reason.no_people": {
        "vi": "danh sách không có người nào",
        "en": "the list has nobody on it",
    },
    "reason.units_not_given": {
        "vi": "ward.yaml chưa có khóa {key}",
        "en": "ward.yaml does not give {key}",
    },
    "reason.units_empty": {
        "vi": "danh sách {key} trong ward.yaml đang trống",
        "en": "the {key} list in ward.yaml is empty",
    },
    "column.birth": {"vi": "Ngày sinh (Năm sinh)", "en": "birth date (Ngày sinh)"},
    "column.gender": {"vi": "Giới tính (hoặc cột Nữ)", "en": "gender (Giới tính, or Nữ)"},
    "column.ethnicity": {"vi": "Dân tộc", "en": "ethnicity (Dân tộc)"},
    "column.religion": {"vi": "Tôn giáo", "en": "religion (Tôn giáo)"},
    "column.party": {"vi": "Đảng viên", "en": "Party member (Đảng viên)"},
    "column.position": {"vi": "Chức vụ", "en": "position (Chức vụ)"},
    "column.representation": {"vi": "Cơ cấu", "en": "representation (Cơ cấu)"},
    "column.role": {"vi": "Dự kiến chức danh", "en": "proposed role (Dự kiến chức danh)"},
    # the personnel report (congress/cli/render.py)
    "ui.unrecognised_columns": {
        "vi": "Cột không nhận ra trong {list} ({file}): {headers}. Các cột này không được đọc; "
        "nếu là cột cần kiểm tra, đổi tiêu đề theo mẫu (`congress personnel form`).",
        "en": "Columns not recognised in {list} ({file}): {headers}. They were not read; if one "
        "should be checked, rename its header as in the form (`congress personnel form`).",
    },
    "ui.verdict_unchecked": {
        "vi": "CHƯA ĐỦ DỮ LIỆU ĐỂ KẾT LUẬN: không có lỗi ({warnings} cảnh báo), nhưng {count} quy "
        "tắc chưa kiểm tra: {rules}. Bổ sung dữ liệu còn thiếu rồi kiểm tra lại.",
        "en": "NOT ENOUGH DATA FOR A VERDICT: no errors ({warnings} warnings), but {count} rules "
        "not checked: {rules}. Add the missing data and check again.",
    },
    "ui.planned_unknown": {"vi": "chưa có", "en": "not given"},
    # files open in Excel or Word (congress/adapters/files.py)
    "file.open_in_office": {
        "vi": "tệp đang mở trong {app}: đóng tệp rồi chạy lại (có tệp khóa {lock} bên cạnh; tệp "
        "chưa bị đọc hay ghi). Nếu tệp không còn mở (máy tắt đột ngột), xóa tệp khóa {lock} rồi "
        "chạy lại.",
        "en": "the file is open in {app}: close it and run again (lock file {lock} beside it; "
        "the file was neither read nor written). If it is not open any more (after a crash), "
        "delete the lock file {lock} and run again.",
    },
    "file.permission_denied": {
        "vi": "không có quyền {action} tệp này. Nếu tệp đang mở trong {app}, đóng tệp rồi chạy "
        "lại; nếu không, kiểm tra quyền của tệp và của thư mục chứa nó.",
        "en": "no permission to {action} this file. If it is open in {app}, close it and run "
        "again; otherwise check the permissions of the file and of its folder.",
    },
    "file.action_read": {"vi": "đọc", "en": "read"},
    "file.action_write": {"vi": "ghi", "en": "write"},
}
