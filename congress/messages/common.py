"""Messages of input files, configuration, the state database and the personnel check."""

from __future__ import annotations

from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
    # where an error is
    "where.row": {"vi": "dòng {row}", "en": "row {row}"},
    "where.column": {"vi": "cột {column}", "en": "column {column}"},
    "error.more_problems": {"vi": "… và {count} lỗi khác.", "en": "… and {count} more problems."},
    # files
    "file.missing": {
        "vi": "không tìm thấy tệp. Hãy kiểm tra lại đường dẫn.",
        "en": "file not found. Check the path.",
    },
    "file.not_a_folder": {
        "vi": "không phải là thư mục của một phường (cần có tệp {expected}).",
        "en": "is not a ward folder (it needs a file {expected}).",
    },
    "file.outside_workspace": {
        "vi": "khóa «{key}» chỉ tới tệp «{path}» nằm ngoài {allowed}; chương trình không đọc tệp "
        "đó. Hãy chép tệp vào {allowed} rồi ghi tên tệp (đường dẫn tương đối) ở khóa «{key}».",
        "en": "key «{key}» names the file «{path}» outside {allowed}; it is not read. Copy the file "
        "into {allowed} and give its name (a relative path) at key «{key}».",
    },
    "file.allowed_folders": {
        "vi": "thư mục {folders}",
        "en": "the folders {folders}",
    },
    "file.out_outside_workspace": {
        "vi": "thư mục kết quả trỏ ra ngoài thư mục làm việc {root} (liên kết tượng trưng); "
        "chương trình không ghi gì vào đó. Hãy xóa liên kết và để {folder} là một thư mục thật.",
        "en": "the output folder points outside the workspace {root} (a symbolic link); nothing "
        "is written there. Remove the link and make {folder} a real folder.",
    },
    "file.unreadable": {
        "vi": "không đọc được tệp ({reason}).",
        "en": "cannot read the file ({reason}).",
    },
    "sheet.not_spreadsheet": {
        "vi": "không phải bảng tính đọc được (Excel .xlsx, .xls, LibreOffice .ods hay CSV). "
        "Hãy mở bằng Excel và lưu lại dạng .xlsx.",
        "en": "is not a readable spreadsheet (Excel .xlsx, .xls, LibreOffice .ods or CSV). "
        "Open it in Excel and save as .xlsx.",
    },
    "sheet.unsupported_type": {
        "vi": "không ghi được mẫu nhập liệu dạng {suffix}; mẫu là tệp Excel .xlsx.",
        "en": "a form cannot be written as {suffix}; forms are Excel .xlsx files.",
    },
    "sheet.not_utf8": {
        "vi": "tệp CSV không ở mã UTF-8. Trong Excel chọn Lưu thành › CSV UTF-8 rồi chạy lại.",
        "en": "the CSV file is not UTF-8. In Excel, Save As › CSV UTF-8, and run again.",
    },
    "sheet.no_name_column": {
        "vi": "không tìm thấy cột họ tên. Dòng tiêu đề phải có một ô «Họ và tên» hoặc «Họ tên».",
        "en": "no name column found. The header row needs a cell «Họ và tên» or «Họ tên».",
    },
    "sheet.legacy_encoding": {
        "vi": "«{sample}» có vẻ được gõ bằng bảng mã cũ (TCVN3/ABC hoặc VNI). Không nhập để tránh "
        "sai tên. Hãy chuyển tệp sang Unicode (Unikey › Công cụ chuyển mã, Ctrl+Shift+F6) rồi chạy lại.",
        "en": "«{sample}» looks typed in a legacy encoding (TCVN3/ABC or VNI). Not imported, to keep "
        "names right. Convert the file to Unicode (Unikey › conversion tool, Ctrl+Shift+F6) and "
        "run again.",
    },
    "sheet.legacy_font": {
        "vi": "ô dùng phông cũ «{font}» (bảng mã TCVN3/VNI). Hãy chuyển tệp sang Unicode "
        "(Unikey › Công cụ chuyển mã) và dùng phông Times New Roman.",
        "en": "the cell uses the legacy font «{font}» (TCVN3/VNI). Convert the file to Unicode "
        "(Unikey › conversion tool) and use Times New Roman.",
    },
    "cell.bad_birth": {
        "vi": "không đọc được ngày/năm sinh «{value}». Ghi dạng dd/mm/yyyy (ví dụ 05/03/1968) "
        "hoặc chỉ năm (1968).",
        "en": "cannot read the birth date or year «{value}». Write dd/mm/yyyy (e.g. 05/03/1968) "
        "or just the year (1968).",
    },
    "cell.birth_both_genders": {
        "vi": "năm sinh ghi ở cả hai cột Nam và Nữ. Chỉ ghi ở một cột.",
        "en": "the birth year is written in both the Nam and Nữ columns. Write it in one.",
    },
    "cell.bad_gender": {
        "vi": "giới tính «{value}» không hợp lệ. Ghi «Nam» hoặc «Nữ».",
        "en": "gender «{value}» is not valid. Write «Nam» or «Nữ».",
    },
    "cell.bad_role": {
        "vi": "chức danh «{value}» không hợp lệ. Ghi một trong: {allowed}.",
        "en": "role «{value}» is not valid. Write one of: {allowed}.",
    },
    "cell.bad_party": {
        "vi": "giá trị Đảng viên «{value}» không hợp lệ. Ghi «x», «Có» hoặc ngày vào Đảng; "
        "để trống hoặc «Không» nếu không phải đảng viên.",
        "en": "Party member value «{value}» is not valid. Write «x», «Có» or the date of admission; "
        "leave empty or write «Không» otherwise.",
    },
    "cell.bad_status": {
        "vi": "giá trị Tái cử/Mới «{value}» không hợp lệ. Ghi «Tái cử» (hoặc «x») hoặc «Mới».",
        "en": "re-elected/new value «{value}» is not valid. Write «Tái cử» (or «x») or «Mới».",
    },
    "cell.bad_mid_term": {
        "vi": "giá trị Bổ sung giữa nhiệm kỳ «{value}» không hợp lệ. Ghi «x», «Có» hoặc ngày bổ "
        "sung; để trống hoặc «Không» nếu là Ủy viên từ đầu nhiệm kỳ.",
        "en": "added-mid-term value «{value}» is not valid. Write «x», «Có» or the date of "
        "addition; leave empty or write «Không» for a member since the start of the term.",
    },
    "cell.bad_identity": {
        "vi": "số CCCD «{value}» không hợp lệ: cần 12 chữ số (định dạng ô là Văn bản để giữ số 0 đầu).",
        "en": "identity number «{value}» is not valid: it needs 12 digits (format the cell as Text "
        "to keep leading zeros).",
    },
    "row.no_name": {
        "vi": "dòng có dữ liệu nhưng thiếu họ tên. Ghi họ tên hoặc xóa dòng.",
        "en": "the row has data but no name. Write the name or delete the row.",
    },
    # YAML and configuration
    "yaml.syntax": {
        "vi": "lỗi cú pháp YAML: {reason}. Kiểm tra thụt lề và dấu hai chấm.",
        "en": "YAML syntax error: {reason}. Check indentation and colons.",
    },
    "yaml.bad_character": {
        "vi": "có ký tự điều khiển {code} (thường do dán từ Word); xóa ký tự đó rồi chạy lại.",
        "en": "holds the control character {code} (often pasted from Word); delete it and run again.",
    },
    "yaml.not_mapping": {
        "vi": "nội dung phải là các cặp «khóa: giá trị».",
        "en": "the content must be «key: value» pairs.",
    },
    "config.key": {"vi": "khóa «{key}»: {reason}", "en": "key «{key}»: {reason}"},
    "config.extra": {
        "vi": "khóa không được hỗ trợ (viết sai tên?). Các khóa hợp lệ: {allowed}",
        "en": "unsupported key (a typo?). Valid keys: {allowed}",
    },
    "config.missing": {"vi": "thiếu khóa bắt buộc", "en": "required key is missing"},
    "config.choice": {
        "vi": "giá trị không hợp lệ; chọn một trong: {allowed}",
        "en": "invalid value; choose one of: {allowed}",
    },
    "config.int": {"vi": "phải là số nguyên", "en": "must be a whole number"},
    "ward.unit_type_mismatch": {
        "vi": "tên đơn vị bắt đầu bằng «{word}» nhưng unit_type là «{unit_type}»; sửa một trong hai",
        "en": "the name starts with «{word}» but unit_type is «{unit_type}»; correct one of them",
    },
    "config.ordinal": {
        "vi": "lần thứ phải viết bằng số La Mã (I, II, … XVII) hoặc bằng số",
        "en": "the ordinal must be a Roman numeral (I, II, … XVII) or a number",
    },
    "config.min": {
        "vi": "phải là số nguyên không nhỏ hơn {min}",
        "en": "must be a whole number of at least {min}",
    },
    "config.text": {
        "vi": 'phải là chữ (đặt trong ngoặc kép nếu là số, ví dụ "2026")',
        "en": 'must be text (quote it if it is a number, e.g. "2026")',
    },
    "config.list": {
        "vi": "phải là danh sách: mỗi mục một dòng, bắt đầu bằng «- »",
        "en": "must be a list: one item per line, each starting with «- »",
    },
    "config.date": {
        "vi": "phải là ngày dạng yyyy-mm-dd (ví dụ 2024-01-12)",
        "en": "must be a date yyyy-mm-dd (e.g. 2024-01-12)",
    },
    "config.percent": {
        "vi": "phải là tỷ lệ phần trăm từ 0 đến 100 (ví dụ 60 hoặc 33,5)",
        "en": "must be a percentage from 0 to 100 (e.g. 60 or 33.5)",
    },
    "config.share": {
        "vi": "phải là một tỷ lệ lớn hơn 0 và không quá 1, ghi như 2/3, 1/2, 0,5 hoặc 50%",
        "en": "must be a share above 0 and at most 1, written 2/3, 1/2, 0.5 or 50%",
    },
    "config.unknown_rule": {
        "vi": "không có quy tắc «{rule}». Các quy tắc có sẵn: {allowed}",
        "en": "there is no rule «{rule}». Available rules: {allowed}",
    },
    "config.unknown_ruleset": {
        "vi": "không có bộ quy tắc «{name}». Bộ quy tắc có sẵn: {allowed}; hoặc ghi đường dẫn tới tệp.",
        "en": "there is no ruleset «{name}». Bundled rulesets: {allowed}; or give a file path.",
    },
    "config.extends_loop": {
        "vi": "bộ quy tắc kế thừa vòng tròn: {chain}",
        "en": "rulesets extend each other in a loop: {chain}",
    },
    "config.template_field": {
        "vi": "mẫu câu dùng trường «{field}» không có; các trường dùng được: {allowed}",
        "en": "the template uses an unknown field «{field}»; available fields: {allowed}",
    },
    "config.invalid": {"vi": "{reason}", "en": "{reason}"},
    "cli.help_option": {"vi": "In hướng dẫn này rồi thoát.", "en": "Show this message and exit."},
    "cli.planned_size_needed": {
        "vi": "cần --planned-size (số lượng Ủy viên dự kiến) khi kiểm tra trên tệp.",
        "en": "--planned-size (the planned committee size) is needed when checking files.",
    },
    "cli.ward_or_files": {
        "vi": "hãy chỉ một thư mục phường, hoặc --proposed (và --previous, --planned-size), "
        "không dùng cả hai.",
        "en": "give either a ward folder, or --proposed (with --previous, --planned-size), not both.",
    },
    "form.written": {
        "vi": "Đã tạo mẫu danh sách: {path}",
        "en": "Blank list written: {path}",
    },
    "form.exists": {
        "vi": "tệp đã có; dùng --force để ghi đè.",
        "en": "the file exists; use --force to overwrite it.",
    },
    "form.unwritable": {
        "vi": "không ghi được tệp ({reason}). Tệp có đang mở trong Excel không?",
        "en": "cannot write the file ({reason}). Is it open in Excel?",
    },
    # terminal tables
    "ui.findings": {"vi": "Kết quả kiểm tra", "en": "Findings"},
    "ui.rule": {"vi": "Quy tắc", "en": "Rule"},
    "ui.result": {"vi": "Kết quả", "en": "Result"},
    "ui.warning": {"vi": "cảnh báo", "en": "warning"},
    "ui.basis": {"vi": "Căn cứ: {basis}", "en": "Basis: {basis}"},
    "ui.more_names": {"vi": " … và {count} người khác", "en": " … and {count} more"},
    "ui.statistics": {"vi": "Thống kê", "en": "Statistics"},
    "ui.metric": {"vi": "Chỉ tiêu", "en": "Metric"},
    "ui.count": {"vi": "Số lượng", "en": "Count"},
    "ui.previous": {"vi": "Khóa trước (đầu nhiệm kỳ)", "en": "Last term (at its start)"},
    "ui.people": {"vi": "Danh sách dự kiến", "en": "Proposed list"},
    "ui.row": {"vi": "Dòng", "en": "Row"},
    "ui.name": {"vi": "Họ và tên", "en": "Name"},
    "ui.role": {"vi": "Dự kiến chức danh", "en": "Proposed role"},
    "ui.representation": {"vi": "Cơ cấu", "en": "Represents"},
    "ui.status": {"vi": "Tái cử/Mới", "en": "Re-elected/new"},
    "ui.personnel_header": {
        "vi": "Đề án nhân sự: {ward} — bộ quy tắc {ruleset} (phiên bản {version}), "
        "số lượng dự kiến {planned}",
        "en": "Personnel scheme: {ward} — ruleset {ruleset} (version {version}), planned size {planned}",
    },
    "ui.verdict_ok": {
        "vi": "ĐẠT: không có lỗi ({warnings} cảnh báo).",
        "en": "PASSED: no errors ({warnings} warnings).",
    },
    "ui.verdict_fail": {
        "vi": "KHÔNG ĐẠT: {errors} lỗi, {warnings} cảnh báo. Sửa các lỗi ✘ rồi kiểm tra lại.",
        "en": "FAILED: {errors} errors, {warnings} warnings. Fix the ✘ errors and check again.",
    },
    # state database (congress/adapters/store.py)
    "store.not_workspace": {
        "vi": "không phải thư mục làm việc của congress (chưa có cơ sở dữ liệu). "
        "Hãy chạy `congress init` trong thư mục của đơn vị trước.",
        "en": "not a congress workspace (no database). Run `congress init` in the unit's folder first.",
    },
    "store.cannot_open": {
        "vi": "không mở được cơ sở dữ liệu ({reason}); chưa thay đổi gì.",
        "en": "cannot open the database ({reason}); nothing was changed.",
    },
    "store.corrupt": {
        "vi": "cơ sở dữ liệu bị hỏng ({reason}); chưa thay đổi gì. Hãy khôi phục tệp từ bản sao lưu.",
        "en": "the database is corrupt ({reason}); nothing was changed. Restore the file from a backup.",
    },
    "store.newer": {
        "vi": "cơ sở dữ liệu có phiên bản {found}, mới hơn phiên bản {known} mà chương trình này hiểu; "
        "chưa thay đổi gì. Hãy cập nhật congress lên bản mới rồi chạy lại.",
        "en": "the database has schema version {found}, newer than version {known} this program "
        "knows; nothing was changed. Update congress and run again.",
    },
    "store.foreign": {
        "vi": "không phải cơ sở dữ liệu của congress (có các bảng {tables}); chưa thay đổi gì.",
        "en": "not a congress database (it has tables {tables}); nothing was changed.",
    },
    "store.locked": {
        "vi": "cơ sở dữ liệu đang bị một chương trình khác khóa; chưa thay đổi gì. "
        "Hãy thử lại sau giây lát.",
        "en": "the database is locked by another program; nothing was changed. Try again in a moment.",
    },
    "store.failed": {
        "vi": "lỗi cơ sở dữ liệu ({reason}); chưa thay đổi gì.",
        "en": "database error ({reason}); nothing was changed.",
    },
    "store.concurrent": {
        "vi": "người khác vừa thay đổi phường {ward} trong lúc lệnh đang chạy; chưa ghi gì. "
        "Hãy chạy lại lệnh.",
        "en": "another person changed ward {ward} meanwhile; nothing was written. Run the command again.",
    },
    "store.ward_taken": {
        "vi": "cơ sở dữ liệu đã có phường {ward} (của một thư mục làm việc khác); chưa ghi gì. "
        "Mỗi thư mục làm việc cần một cơ sở dữ liệu riêng: tạo một cơ sở dữ liệu mới "
        "(createdb) và trỏ CONGRESS_DATABASE_URL tới đó.",
        "en": "the database already holds ward {ward} (another workspace's); nothing was "
        "written. Each workspace needs a database of its own: create a new one (createdb) and "
        "point CONGRESS_DATABASE_URL at it.",
    },
    "store.unknown_ward": {
        "vi": "phường {ward} chưa có trong cơ sở dữ liệu của thư mục làm việc.",
        "en": "ward {ward} is not in the workspace database.",
    },
}
