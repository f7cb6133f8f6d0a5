"""Messages of the officer's Excel forms: the congress details and the count's entry form."""

from __future__ import annotations

from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
    "tally.entries_cells": {"vi": " (ô {cells})", "en": " (cells {cells})"},
    "facts.ward": {"vi": "tên phường", "en": "the ward's name"},
    "facts.date": {"vi": "ngày Đại hội", "en": "the congress day"},
    "facts.ordinal": {"vi": "lần thứ của Đại hội", "en": "the congress ordinal"},
    "facts.counting_board": {"vi": "Ban Kiểm phiếu", "en": "the counting board"},
    "forms.written": {"vi": "Đã ghi {path}", "en": "Written: {path}"},
    "forms.none_written": {
        "vi": "Các mẫu đã có; không ghi đè (thêm --force để ghi lại, mất số liệu đã nhập).",
        "en": "The forms exist; nothing overwritten (add --force to rewrite them, losing what "
        "was entered).",
    },
    "form.where": {"vi": "{file}, trang «{sheet}»", "en": "{file}, sheet «{sheet}»"},
    "form.pick": {
        "vi": "Hãy chọn một giá trị trong danh sách.",
        "en": "Pick a value from the list.",
    },
    "form.entry_note": {
        "vi": "Số liệu ghi ở cột B và các cột số của bảng; không đổi tên mục, tên cột; không gộp ô.",
        "en": "Figures go in column B and the tables' number columns; keep section and column "
        "names; do not merge cells.",
    },
    "form.no_sheet": {
        "vi": "không có trang «{name}» (tệp có các trang: {found}). Không đổi tên hay xóa trang "
        "của mẫu: đổi lại đúng tên «{name}», hoặc tạo lại mẫu (congress init) và chép số liệu sang.",
        "en": "there is no sheet «{name}» (the file has: {found}). Do not rename or delete the "
        "form's sheets: rename it back to «{name}», or make the form again and copy the data over.",
    },
    "form.missing_column": {
        "vi": "thiếu cột «{column}»{unknown}. Khôi phục tiêu đề cột «{column}» đúng như mẫu (không "
        "đổi tên, không xóa cột) rồi chạy lại.",
        "en": "the column «{column}» is missing{unknown}. Restore the header «{column}» as in the "
        "form (do not rename or delete columns) and run again.",
    },
    "form.unknown_columns": {
        "vi": " (có cột không nhận ra: {names})",
        "en": " (unrecognised columns: {names})",
    },
    "form.missing_section": {
        "vi": "không thấy mục «{section}» ở cột A. Khôi phục dòng tên mục đúng như mẫu rồi chạy lại.",
        "en": "the section «{section}» is not in column A. Restore its title row as in the form "
        "and run again.",
    },
    "form.missing_label": {
        "vi": "không thấy dòng «{label}» ở cột A. Khôi phục dòng này đúng như mẫu rồi chạy lại.",
        "en": "the row «{label}» is not in column A. Restore it as in the form and run again.",
    },
    "form.not_count": {
        "vi": "ô ghi «{value}», không phải số: ghi một số nguyên không âm (ví dụ 128; 0 nếu không "
        "có), không ghi chữ hay đơn vị.",
        "en": "the cell holds «{value}», not a number: write a whole number, 0 or more (e.g. 128; "
        "0 for none), with no words or units.",
    },
    "form.negative": {
        "vi": "số âm «{value}»: số người, số phiếu không thể âm; ghi số đúng (0 nếu không có).",
        "en": "negative number «{value}»: a count of people or ballots cannot be negative; write "
        "the right figure (0 for none).",
    },
    "form.not_date": {
        "vi": "ô ghi «{value}», không phải ngày: ghi dạng dd/mm/yyyy (ví dụ 12/01/2024).",
        "en": "the cell holds «{value}», not a date: write dd/mm/yyyy (e.g. 12/01/2024).",
    },
    "form.not_choice": {
        "vi": "«{value}» không có trong danh sách chọn: chọn một trong {allowed}.",
        "en": "«{value}» is not one of the choices: pick one of {allowed}.",
    },
    "form.merged": {
        "vi": "có ô gộp {range}: bỏ gộp ô (Trang đầu › Gộp và căn giữa › Bỏ gộp ô) rồi ghi mỗi giá "
        "trị vào một ô.",
        "en": "cells {range} are merged: unmerge them (Home › Merge & Center › Unmerge Cells) and "
        "write each value in its own cell.",
    },
    "form.invalid": {
        "vi": "{field}: {reason}",
        "en": "{field}: {reason}",
    },
    "form.empty_entry": {
        "vi": "trang «{sheet}» chưa có số liệu nào. Sau Đại hội, Đoàn Thư ký nhập số liệu kiểm "
        "phiếu, biểu quyết vào trang này (người thứ hai nhập lại vào trang «{second}») rồi chạy lại.",
        "en": "the sheet «{sheet}» holds no figure yet. After the congress, the secretariat enters "
        "the count in this sheet (a second person again in «{second}») and runs again.",
    },
    "form.both_sources": {
        "vi": "có cả {yaml} và {xlsx} cho cùng một dữ liệu; chương trình không tự chọn. Giữ một "
        "tệp: cán bộ dùng mẫu Excel {xlsx}, người bảo trì dùng {yaml}; xóa hoặc đổi tên tệp kia "
        "rồi chạy lại.",
        "en": "both {yaml} and {xlsx} hold the same data; the tool does not pick one. Keep one: "
        "officers use the Excel form {xlsx}, maintainers {yaml}; delete or rename the other and "
        "run again.",
    },
}
