"""Messages of the vote count (`congress tally`)."""

from __future__ import annotations

from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
    "tally.missing": {
        "vi": "chưa có tệp số liệu kiểm phiếu. Sau khi kiểm phiếu, tổ kiểm phiếu điền tệp {file} "
        "trong thư mục của phường (chép từ examples/wards/o-cho-dua/tally.yaml rồi thay số liệu).",
        "en": "there is no tally file yet. After the count, the counting board fills {file} in the "
        "ward's folder (copy examples/wards/o-cho-dua/tally.yaml and replace the figures).",
    },
    "tally.candidates_twice": {
        "vi": "phiếu bầu ghi cả candidates lẫn candidates_file; chỉ dùng một trong hai",
        "en": "the ballot gives both candidates and candidates_file; use one of them",
    },
    "tally.candidates_file_missing": {
        "vi": "không tìm thấy tệp danh sách {file} (đường dẫn tính từ thư mục của tệp tally.yaml)",
        "en": "the list {file} is not found (the path is relative to the tally file's folder)",
    },
    "tally.no_columns": {
        "vi": "không tìm thấy dòng tiêu đề có cột «Họ và tên» và cột «Số phiếu» (thêm cột «Ngày "
        "sinh» hoặc «Năm sinh» nếu có).",
        "en": "no header row with a «Họ và tên» column and a «Số phiếu» column was found (add "
        "«Ngày sinh» or «Năm sinh» if known).",
    },
    "tally.bad_votes": {
        "vi": "số phiếu «{value}» không hợp lệ: ghi một số nguyên không âm (ví dụ 128; 0 nếu không "
        "có phiếu nào).",
        "en": "votes «{value}» is not valid: write a whole number, 0 or more (e.g. 128; 0 for none).",
    },
    "tally.header": {
        "vi": "Kiểm phiếu: {ward} — đại biểu triệu tập {convened}, có mặt {present} ({percent}%)",
        "en": "Vote count: {ward} — delegates convened {convened}, present {present} ({percent}%)",
    },
    "tally.no_result": {
        "vi": "Số liệu kiểm phiếu chưa khớp nhau: chưa tính kết quả. Sửa tally.yaml theo các lỗi "
        "dưới đây rồi kiểm tra lại.",
        "en": "The tally does not reconcile: no result is computed. Correct tally.yaml as the "
        "errors below say and check again.",
    },
    "tally.items": {"vi": "Biểu quyết", "en": "Show-of-hands votes"},
    "tally.item": {"vi": "Nội dung", "en": "Item"},
    "tally.in_favour": {"vi": "Tán thành", "en": "For"},
    "tally.against": {"vi": "Không tán thành", "en": "Against"},
    "tally.not_voting": {"vi": "Không biểu quyết", "en": "Not voting"},
    "tally.percent": {"vi": "Tỷ lệ tán thành", "en": "Share for"},
    "tally.outcome": {"vi": "Kết quả", "en": "Result"},
    "tally.passed": {"vi": "Thông qua", "en": "Passed"},
    "tally.not_passed": {"vi": "Không thông qua", "en": "Not passed"},
    "tally.ballot_title": {
        "vi": "Phiếu bầu «{name}»: bầu {seats} người; phiếu phát ra {issued}, thu vào "
        "{collected}, hợp lệ {valid}, không hợp lệ {invalid}",
        "en": "Ballot «{name}»: {seats} seats; ballots issued {issued}, collected {collected}, "
        "valid {valid}, invalid {invalid}",
    },
    "tally.number": {"vi": "STT", "en": "No."},
    "tally.name": {"vi": "Họ và tên", "en": "Name"},
    "tally.votes": {"vi": "Số phiếu", "en": "Votes"},
    "tally.votes_percent": {"vi": "Tỷ lệ (%)", "en": "Share (%)"},
    "tally.elected": {"vi": "Trúng cử", "en": "Elected"},
    "tally.elected_by_age": {"vi": "Trúng cử (cao tuổi hơn)", "en": "Elected (older)"},
    "tally.tied": {"vi": "Bằng phiếu — bầu lại", "en": "Tied — re-vote"},
    "tally.not_elected": {"vi": "Không trúng cử", "en": "Not elected"},
    "tally.ballot_summary": {
        "vi": "{elected}/{seats} người trúng cử.",
        "en": "{elected}/{seats} elected.",
    },
    "tally.ballot_shortfall": {
        "vi": "{elected}/{seats} người trúng cử; còn thiếu {shortfall} người.",
        "en": "{elected}/{seats} elected; {shortfall} short.",
    },
    "tally.ballot_revote": {
        "vi": "{elected}/{seats} người trúng cử; bằng phiếu ở vị trí cuối, cần bầu lại: {tied}.",
        "en": "{elected}/{seats} elected; a tie for the last seat needs a re-vote: {tied}.",
    },
    "tally.same": {
        "vi": "Hai bản nhập khớp nhau: {a} và {b}.",
        "en": "The two entries match: {a} and {b}.",
    },
    "tally.differ": {
        "vi": "Hai bản nhập KHÔNG khớp ({count} số liệu khác nhau; bản A: {a}, bản B: {b}). Đối "
        "chiếu với phiếu gốc, sửa bản nhập sai rồi so lại:",
        "en": "The two entries DIFFER ({count} figures; entry A: {a}, entry B: {b}). Check the "
        "ballots, correct the wrong entry and compare again:",
    },
    "tally.difference": {
        "vi": "{where}: {field}: bản A {first}, bản B {second}",
        "en": "{where}: {field}: entry A {first}, entry B {second}",
    },
    "tally.only_in": {
        "vi": "{where}: chỉ có trong bản {side}",
        "en": "{where}: only in entry {side}",
    },
    # where two entries of a double entry differ (congress.core.tally.compare)
    "tally.where_delegates": {"vi": "Đại biểu", "en": "Delegates"},
    "tally.where_item": {"vi": "Biểu quyết «{name}»", "en": "Vote «{name}»"},
    "tally.where_ballot": {"vi": "Phiếu bầu «{name}»", "en": "Ballot «{name}»"},
    "tally.where_candidate": {"vi": "«{name}»", "en": "«{name}»"},
    "tally.field.convened": {"vi": "số đại biểu triệu tập", "en": "delegates convened"},
    "tally.field.present": {"vi": "số đại biểu có mặt", "en": "delegates present"},
    "tally.field.in_favour": {"vi": "tán thành", "en": "in favour"},
    "tally.field.against": {"vi": "không tán thành", "en": "against"},
    "tally.field.not_voting": {"vi": "không biểu quyết", "en": "not voting"},
    "tally.field.seats": {"vi": "số người được bầu", "en": "seats"},
    "tally.field.issued": {"vi": "số phiếu phát ra", "en": "ballots issued"},
    "tally.field.collected": {"vi": "số phiếu thu vào", "en": "ballots collected"},
    "tally.field.valid": {"vi": "số phiếu hợp lệ", "en": "valid ballots"},
    "tally.field.invalid": {"vi": "số phiếu không hợp lệ", "en": "invalid ballots"},
    "tally.field.votes": {"vi": "số phiếu bầu", "en": "votes"},
    "tally.field.one_side": {"vi": "chỉ có trong một bản", "en": "only in one entry"},
    "tally.entries_differ": {
        "vi": "{where}: {field}: bản 1 {first}, bản 2 {second}",
        "en": "{where}: {field}: entry 1 {first}, entry 2 {second}",
    },
}
