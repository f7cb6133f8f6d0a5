"""Messages of the count (`congress tally`): hiệp thương cử, tán thành, khuyết — not an election."""

from __future__ import annotations

from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
    "tally.missing": {
        "vi": "chưa có tệp số liệu kiểm phiếu, biểu quyết. Sau Đại hội, Đoàn Thư ký điền tệp {file} "
        "trong thư mục của phường (chép từ examples/wards/o-cho-dua/tally.yaml rồi thay số liệu).",
        "en": "there is no tally file yet. After the congress, the secretariat fills {file} in the "
        "ward's folder (copy examples/wards/o-cho-dua/tally.yaml and replace the figures).",
    },
    # checks of the file itself (exit 2, naming the key)
    "tally.people_twice": {
        "vi": "danh sách ghi cả people lẫn people_file; chỉ dùng một trong hai",
        "en": "the list gives both people and people_file; use one of them",
    },
    "tally.people_file_missing": {
        "vi": "không tìm thấy tệp danh sách {file} (đường dẫn tính từ thư mục của tệp tally.yaml)",
        "en": "the list {file} is not found (the path is relative to the tally file's folder)",
    },
    "tally.no_columns": {
        "vi": "không tìm thấy dòng tiêu đề có cột «Họ và tên» và cột «Tán thành» (thêm cột «Không "
        "tán thành», «Năm sinh» nếu có).",
        "en": "no header row with a «Họ và tên» column and a «Tán thành» column was found (add "
        "«Không tán thành», «Năm sinh» if known).",
    },
    "tally.bad_count": {
        "vi": "số «{value}» không hợp lệ: ghi một số nguyên không âm (ví dụ 128; 0 nếu không có).",
        "en": "«{value}» is not valid: write a whole number, 0 or more (e.g. 128; 0 for none).",
    },
    "tally.absence_who": {
        "vi": "ghi họ tên (name) hoặc số người (count) vắng mặt, kèm lý do (reason)",
        "en": "give the name or the count of those absent, with the reason",
    },
    "tally.secret_needs_ballots": {
        "vi": "biểu quyết bằng phiếu kín (method: secret) phải ghi số phiếu (ballots: issued, "
        "collected, valid, invalid)",
        "en": "a secret vote (method: secret) needs its ballots (ballots: issued, collected, "
        "valid, invalid)",
    },
    "tally.hands_no_ballots": {
        "vi": "biểu quyết giơ tay (method: hands) không có phiếu; bỏ khóa ballots hoặc ghi "
        "method: secret",
        "en": "a show of hands (method: hands) has no ballots; remove ballots or set method: secret",
    },
    # the lists, the meetings, the approvals by show of hands
    "tally.section.committee": {"vi": "Ủy ban MTTQ khóa mới", "en": "The new committee"},
    "tally.section.official": {
        "vi": "Đoàn đại biểu — đại biểu chính thức",
        "en": "Delegation — official delegates",
    },
    "tally.section.alternate": {
        "vi": "Đoàn đại biểu — đại biểu dự khuyết",
        "en": "Delegation — alternate delegates",
    },
    "tally.section.standing": {
        "vi": "Ban Thường trực (Hội nghị lần thứ nhất)",
        "en": "Standing Committee (first meeting)",
    },
    "tally.meeting.congress": {"vi": "Đại hội", "en": "The congress"},
    "tally.meeting.first_meeting": {
        "vi": "Hội nghị lần thứ nhất Ủy ban khóa mới",
        "en": "The new committee's first meeting",
    },
    "tally.members_present": {"vi": "số ủy viên có mặt", "en": "the members present"},
    "tally.members_convened": {
        "vi": "số ủy viên được triệu tập",
        "en": "the members convened",
    },
    "tally.approve.presidium": {"vi": "Đoàn Chủ tịch Đại hội", "en": "The presidium"},
    "tally.approve.secretariat": {"vi": "Đoàn Thư ký Đại hội", "en": "The secretariat"},
    "tally.method.hands": {"vi": "biểu quyết giơ tay", "en": "show of hands"},
    "tally.method.secret": {"vi": "phiếu biểu quyết kín", "en": "secret ballot"},
    # `congress tally WARD`
    "tally.header": {
        "vi": "Kiểm phiếu, biểu quyết: {ward} — đại biểu triệu tập {convened}, có mặt {present} "
        "({percent}%)",
        "en": "Count: {ward} — delegates convened {convened}, present {present} ({percent}%)",
    },
    "tally.no_result": {
        "vi": "Số liệu chưa khớp nhau (hoặc hai bản nhập khác nhau): chưa dùng kết quả. Sửa "
        "tally.yaml theo các lỗi dưới đây rồi kiểm tra lại.",
        "en": "The tally does not reconcile (or the two entries differ): no result is used. "
        "Correct tally.yaml as the errors below say and check again.",
    },
    "tally.items": {"vi": "Biểu quyết", "en": "Votes"},
    "tally.item": {"vi": "Nội dung", "en": "Item"},
    "tally.in_favour": {"vi": "Tán thành", "en": "For"},
    "tally.against": {"vi": "Không tán thành", "en": "Against"},
    "tally.not_voting": {"vi": "Không biểu quyết", "en": "Not voting"},
    "tally.percent": {"vi": "Tỷ lệ tán thành", "en": "Share for"},
    "tally.outcome": {"vi": "Kết quả", "en": "Result"},
    "tally.passed": {"vi": "Thông qua", "en": "Passed"},
    "tally.not_passed": {"vi": "Không thông qua", "en": "Not passed"},
    "tally.list_title": {
        "vi": "{name}: số lượng {planned}; {method}",
        "en": "{name}: {planned} seats; {method}",
    },
    "tally.ballots_line": {
        "vi": "phiếu phát ra {issued}, thu vào {collected}, hợp lệ {valid}, không hợp lệ {invalid}",
        "en": "ballots issued {issued}, collected {collected}, valid {valid}, invalid {invalid}",
    },
    "tally.number": {"vi": "STT", "en": "No."},
    "tally.name": {"vi": "Họ và tên", "en": "Name"},
    "tally.role": {"vi": "Chức danh", "en": "Role"},
    "tally.approvals": {"vi": "Tán thành", "en": "Approvals"},
    "tally.approvals_percent": {"vi": "Tỷ lệ (%)", "en": "Share (%)"},
    "tally.chosen": {"vi": "Được hiệp thương cử", "en": "Chosen"},
    "tally.tied": {"vi": "Bằng nhau — biểu quyết lại", "en": "Tied — new vote"},
    "tally.not_chosen": {"vi": "Không đạt", "en": "Not chosen"},
    "tally.passed_over": {
        "vi": "Đạt nhưng ít tán thành hơn (đủ số lượng)",
        "en": "Passed, fewer approvals (seats full)",
    },
    "tally.list_summary": {
        "vi": "Đã hiệp thương cử {chosen}/{planned}.",
        "en": "{chosen}/{planned} chosen.",
    },
    "tally.list_vacant": {
        "vi": "Đã hiệp thương cử {chosen}/{planned}; khuyết {vacancies}.",
        "en": "{chosen}/{planned} chosen; {vacancies} vacant.",
    },
    "tally.list_revote": {
        "vi": "Đã hiệp thương cử {chosen}/{planned}; bằng số tán thành ở vị trí cuối, biểu quyết "
        "lại: {tied}.",
        "en": "{chosen}/{planned} chosen; a tie for the last seat needs a new vote: {tied}.",
    },
    "tally.first_meeting": {
        "vi": "Hội nghị lần thứ nhất: ủy viên triệu tập {members}, có mặt {present} ({percent}%)",
        "en": "First meeting: members convened {members}, present {present} ({percent}%)",
    },
    # the entry journal (nhật ký nhập liệu): every reconciliation, printed by `congress tally`
    "tally.journal": {"vi": "Nhật ký nhập liệu — đối chiếu số liệu", "en": "Entry journal"},
    "tally.journal.matches": {"vi": "khớp", "en": "matches"},
    "tally.journal.differs": {"vi": "KHÔNG KHỚP", "en": "DOES NOT MATCH"},
    "tally.journal.present": {
        "vi": "Đại biểu có mặt {present} ≤ triệu tập {convened}",
        "en": "Delegates present {present} ≤ convened {convened}",
    },
    "tally.journal.absent": {
        "vi": "Vắng mặt ghi tên/số {listed} = triệu tập − có mặt ({absent})",
        "en": "Absences listed {listed} = convened − present ({absent})",
    },
    "tally.journal.vote": {
        "vi": "«{item}»: tán thành {in_favour} + không tán thành {against} + không biểu quyết "
        "{not_voting} = {total}; có mặt {present}",
        "en": "«{item}»: for {in_favour} + against {against} + not voting {not_voting} = {total}; "
        "present {present}",
    },
    "tally.journal.issued": {
        "vi": "{list}: phiếu phát ra {issued} ≤ có mặt {present}",
        "en": "{list}: ballots issued {issued} ≤ present {present}",
    },
    "tally.journal.collected": {
        "vi": "{list}: phiếu thu vào {collected} ≤ phát ra {issued}",
        "en": "{list}: collected {collected} ≤ issued {issued}",
    },
    "tally.journal.valid": {
        "vi": "{list}: hợp lệ {valid} + không hợp lệ {invalid} = thu vào {collected}",
        "en": "{list}: valid {valid} + invalid {invalid} = collected {collected}",
    },
    "tally.journal.approvals": {
        "vi": "{list}: tán thành + không tán thành của mỗi người ≤ {of_label} ({of})",
        "en": "{list}: each person's approvals + disapprovals ≤ {of_label} ({of})",
    },
    "tally.journal.seats": {
        "vi": "{list}: số lượng {planned} = đã hiệp thương cử {chosen} + khuyết {vacancies} (ghi "
        "trong tệp: {declared})",
        "en": "{list}: seats {planned} = chosen {chosen} + vacant {vacancies} (recorded: "
        "{declared})",
    },
    "tally.journal.not_recorded": {"vi": "không ghi", "en": "not recorded"},
    "tally.journal.second": {
        "vi": "Bản nhập thứ hai ({file}): {count} số liệu khác nhau",
        "en": "Second entry ({file}): {count} figures differ",
    },
    # `congress tally compare A B`
    "tally.same": {
        "vi": "Hai bản nhập khớp nhau: {a} và {b}.",
        "en": "The two entries match: {a} and {b}.",
    },
    "tally.differ": {
        "vi": "Hai bản nhập KHÔNG khớp ({count} số liệu khác nhau; bản A: {a}, bản B: {b}). Đối "
        "chiếu với biên bản và phiếu gốc, sửa bản nhập sai rồi so lại:",
        "en": "The two entries DIFFER ({count} figures; entry A: {a}, entry B: {b}). Check the "
        "minutes and ballots, correct the wrong entry and compare again:",
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
    "tally.where.delegates": {"vi": "Đại biểu", "en": "Delegates"},
    "tally.where.absent": {"vi": "vắng mặt «{name}»", "en": "absent «{name}»"},
    "tally.where.presidium": {"vi": "Biểu quyết Đoàn Chủ tịch", "en": "Presidium vote"},
    "tally.where.secretariat": {"vi": "Biểu quyết Đoàn Thư ký", "en": "Secretariat vote"},
    "tally.where.item": {"vi": "Biểu quyết «{name}»", "en": "Vote «{name}»"},
    "tally.where.committee": {"vi": "Ủy ban khóa mới", "en": "New committee"},
    "tally.where.delegation": {"vi": "Đoàn đại biểu", "en": "Delegation"},
    "tally.where.official": {"vi": "chính thức", "en": "official"},
    "tally.where.alternate": {"vi": "dự khuyết", "en": "alternate"},
    "tally.where.first_meeting": {"vi": "Hội nghị lần thứ nhất", "en": "First meeting"},
    "tally.where.standing": {"vi": "Ban Thường trực", "en": "Standing Committee"},
    "tally.where.ballots": {"vi": "phiếu biểu quyết", "en": "ballots"},
    "tally.where.person": {"vi": "«{name}»", "en": "«{name}»"},
    "tally.field.convened": {"vi": "số đại biểu triệu tập", "en": "delegates convened"},
    "tally.field.present": {"vi": "số có mặt", "en": "present"},
    "tally.field.count": {"vi": "số người", "en": "count"},
    "tally.field.in_favour": {"vi": "tán thành", "en": "in favour"},
    "tally.field.against": {"vi": "không tán thành", "en": "against"},
    "tally.field.not_voting": {"vi": "không biểu quyết", "en": "not voting"},
    "tally.field.planned": {"vi": "số lượng", "en": "seats"},
    "tally.field.method": {"vi": "hình thức biểu quyết", "en": "method"},
    "tally.field.issued": {"vi": "số phiếu phát ra", "en": "ballots issued"},
    "tally.field.collected": {"vi": "số phiếu thu vào", "en": "ballots collected"},
    "tally.field.valid": {"vi": "số phiếu hợp lệ", "en": "valid ballots"},
    "tally.field.invalid": {"vi": "số phiếu không hợp lệ", "en": "invalid ballots"},
    "tally.field.approvals": {"vi": "số tán thành", "en": "approvals"},
    "tally.field.disapprovals": {"vi": "số không tán thành", "en": "disapprovals"},
    "tally.field.role": {"vi": "chức danh", "en": "role"},
    "tally.field.vacancies": {"vi": "số khuyết", "en": "vacancies"},
    "tally.field.members": {"vi": "số ủy viên triệu tập", "en": "members convened"},
    "tally.field.one_side": {"vi": "chỉ có trong một bản", "en": "only in one entry"},
    "tally.entries_differ": {
        "vi": "{where}: {field}: bản 1 {first}, bản 2 {second}",
        "en": "{where}: {field}: entry 1 {first}, entry 2 {second}",
    },
    "tally.compared.present": {"vi": "có mặt ≤ triệu tập", "en": "present ≤ convened"},
    "tally.compared.absent": {
        "vi": "số vắng mặt trong danh sách = triệu tập − có mặt",
        "en": "the absences listed = convened − present",
    },
    "tally.compared.votes": {
        "vi": "tán thành + không tán thành + không biểu quyết = có mặt ở mỗi lần biểu quyết",
        "en": "for + against + not voting = present in every show of hands",
    },
    "tally.compared.ballots": {
        "vi": "phiếu thu vào ≤ phát ra ≤ có mặt; hợp lệ + không hợp lệ = thu vào",
        "en": "collected ≤ issued ≤ present; valid + invalid = collected",
    },
    "tally.compared.people": {
        "vi": "số tán thành của mỗi người ≤ mẫu số; không ai ghi hai lần trong một danh sách",
        "en": "each person's approvals ≤ the denominator; nobody twice in a list",
    },
    "tally.compared.vacancies": {
        "vi": "số khuyết ≤ số dự kiến",
        "en": "vacancies ≤ planned",
    },
    "tally.compared.alternates": {
        "vi": "dự khuyết không trùng chính thức",
        "en": "no alternate is also official",
    },
    "tally.compared.first_meeting": {
        "vi": "ủy viên có mặt ≤ được triệu tập; thành viên Ban Thường trực đều trong danh sách Ủy ban",
        "en": "members present ≤ convened; every Standing Committee member is on the committee",
    },
}
