"""Messages of the congress documents."""

from __future__ import annotations

from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
    "docs.unknown": {
        "vi": "không có văn bản «{doc}». Các văn bản: {allowed}",
        "en": "there is no document «{doc}». Documents: {allowed}",
    },
    "docs.template_missing": {
        "vi": "không tìm thấy tệp mẫu. Dựng lại bằng: python scripts/build_templates.py",
        "en": "template file not found. Rebuild with: python scripts/build_templates.py",
    },
    "docs.template_missing_here": {
        "vi": "không tìm thấy tệp mẫu. Kiểm tra tên tệp; mẫu có sẵn thì chép từ {bundled}, hoặc "
        "dựng lại cả bộ mẫu vào thư mục này bằng: python scripts/build_templates.py --out "
        "{folder} (ghi đè các mẫu đã sửa trong đó).",
        "en": "template file not found. Check the file name; copy a bundled template from "
        "{bundled}, or rebuild the whole set into this folder with: python "
        "scripts/build_templates.py --out {folder} (overwrites the templates edited there).",
    },
    "docs.template_not_docx": {
        "vi": "tệp mẫu không phải .docx đọc được; mở bằng Word và lưu lại dạng .docx.",
        "en": "the template is not a readable .docx; open it in Word and save as .docx.",
    },
    "docs.template_syntax": {
        "vi": "lỗi cú pháp mẫu ở {part}, đoạn {paragraph} «{text}»: {reason}. Sửa thẻ {{{{ … }}}} "
        "hoặc {{% … %}} ở đoạn đó.",
        "en": "template syntax error in {part}, paragraph {paragraph} «{text}»: {reason}. Fix the "
        "{{{{ … }}}} or {{% … %}} tag there.",
    },
    "docs.template_unsafe": {
        "vi": "mẫu cố truy cập phần bên trong của chương trình ({reason}); đã chặn. Chỉ dùng các "
        "biến dữ liệu trong mẫu.",
        "en": "the template tries to reach program internals ({reason}); refused. Use only the "
        "data variables.",
    },
    "docs.template_undefined": {
        "vi": "mẫu dùng biến mà dữ liệu không có ({reason}). Kiểm tra bằng: congress docs lint",
        "en": "the template uses a variable the data does not have ({reason}). Check with: "
        "congress docs lint",
    },
    "docs.template_error": {
        "vi": "lỗi khi điền mẫu: {reason}",
        "en": "error while filling the template: {reason}",
    },
    "docs.output_open": {
        "vi": "tệp đang mở trong Word/LibreOffice (có tệp khóa {lock} bên cạnh); tệp chưa bị ghi "
        "đè. Đóng tệp rồi chạy lại; nếu tệp không còn mở (máy tắt đột ngột), xóa tệp khóa {lock} "
        "rồi chạy lại.",
        "en": "the file is open in Word/LibreOffice (lock file {lock} beside it); it was not "
        "overwritten. Close it and run again; if it is not open any more (after a crash), delete "
        "the lock file {lock} and run again.",
    },
    "docs.output_blocked": {
        "vi": "không tạo được thư mục để ghi văn bản: «{blocker}» là một tệp, không phải thư mục. "
        "Đổi tên hoặc chuyển tệp đó đi rồi chạy lại.",
        "en": "cannot make the folder for the document: «{blocker}» is a file, not a folder. "
        "Rename or move that file, then run again.",
    },
    "docs.output_is_folder": {
        "vi": "ở chỗ tệp văn bản lại là một thư mục cùng tên. Đổi tên hoặc chuyển thư mục đó đi "
        "rồi chạy lại.",
        "en": "there is a folder where the document should be. Rename or move that folder, then "
        "run again.",
    },
    "docs.unwritable": {
        "vi": "không ghi được tệp ({reason}). Kiểm tra quyền ghi thư mục {folder} và chỗ trống "
        "trên ổ đĩa.",
        "en": "cannot write the file ({reason}). Check write permission on {folder} and free disk "
        "space.",
    },
    "docs.no_libreoffice": {
        "vi": "chưa cài LibreOffice để xuất PDF. Cài bằng: sudo apt-get install libreoffice-writer "
        "(Windows/macOS: tải từ libreoffice.org), rồi chạy lại với --pdf.",
        "en": "LibreOffice is not installed, needed for PDF. Install: sudo apt-get install "
        "libreoffice-writer (Windows/macOS: libreoffice.org), then run again with --pdf.",
    },
    "docs.pdf_failed": {
        "vi": "LibreOffice không chuyển được sang PDF: {reason}",
        "en": "LibreOffice could not convert to PDF: {reason}",
    },
    "ui.doc_written": {"vi": "Đã tạo: {path}", "en": "Written: {path}"},
    "ui.doc_overwritten": {
        "vi": "Đã ghi đè (--force): {path}",
        "en": "Overwritten (--force): {path}",
    },
    "ui.doc_unchanged": {"vi": "Không đổi: {path}", "en": "Unchanged: {path}"},
    "ui.doc_beside": {
        "vi": "{edited} đã được sửa sau khi tạo — giữ nguyên; bản mới ghi bên cạnh: {path} "
        "(dùng --force để ghi đè).",
        "en": "{edited} was edited after it was generated — kept; the new version is beside it: "
        "{path} (use --force to overwrite).",
    },
    "ui.pdf_written": {"vi": "Đã xuất PDF: {path}", "en": "PDF written: {path}"},
    "lint.split_tag": {
        "vi": "thẻ «{tag}» bị tách qua nhiều đoạn định dạng (run) ở đoạn {paragraph}; gõ lại thẻ "
        "liền một lần, không đổi định dạng giữa chừng.",
        "en": "tag «{tag}» is split across runs in paragraph {paragraph}; retype it in one go "
        "without changing formatting inside it.",
    },
    "lint.unknown_variable": {
        "vi": "biến «{name}» không có trong dữ liệu của văn bản này. Các biến: {allowed}",
        "en": "variable «{name}» is not in this document's data. Variables: {allowed}",
    },
    "lint.unfillable": {
        "vi": "dữ liệu của phường {ward} không điền được mẫu: {reason}",
        "en": "ward {ward}'s data cannot fill the template: {reason}",
    },
    "lint.font": {
        "vi": "phông «{font}» ({where}); văn bản hành chính dùng Times New Roman.",
        "en": "font «{font}» ({where}); official documents use Times New Roman.",
    },
    "lint.legacy_font": {
        "vi": "phông cũ «{font}» ({where}) của bảng mã TCVN3/VNI; đổi sang Times New Roman "
        "(Unicode) bằng Unikey › Công cụ chuyển mã.",
        "en": "legacy font «{font}» ({where}) of TCVN3/VNI; change to Times New Roman (Unicode).",
    },
    "lint.ok": {"vi": "{template}: không có vấn đề.", "en": "{template}: no problems."},
}
