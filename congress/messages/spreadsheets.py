"""Messages of the spreadsheet reader (issue 15): the formats read (.xlsx, .xls, .ods, .csv)."""

from __future__ import annotations

from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
    "limit.kind_form": {"vi": "một phiếu nhập liệu", "en": "an input form"},
    "sheet.unsupported_format": {
        "vi": "định dạng {suffix} không được hỗ trợ; chỉ nhận bảng tính .xlsx, .xls, .ods hoặc "
        ".csv. Hãy mở bằng Excel và lưu lại dạng .xlsx.",
        "en": "the {suffix} format is not supported; use an .xlsx, .xls, .ods or .csv spreadsheet. "
        "Open it in Excel and save it as .xlsx.",
    },
    "sheet.encrypted": {
        "vi": "bảng tính được đặt mật khẩu nên chương trình không đọc được. Mở tệp trong Excel, "
        "bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật "
        "khẩu), lưu lại rồi chạy lại.",
        "en": "the spreadsheet is protected with a password, so it cannot be read. Open it in "
        "Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, "
        "clear it), save, and run again.",
    },
}
