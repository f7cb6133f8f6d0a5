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
    "lint.generated_ok": {
        "vi": "{path}: không có lỗi.",
        "en": "{path}: no defects.",
    },
    "lint.generated_summary": {
        "vi": "Đã kiểm tra {documents} văn bản đã tạo: {findings} lỗi ở {failed} văn bản.",
        "en": "Checked {documents} generated documents: {findings} defects in {failed} documents.",
    },
    "lint.no_generated": {
        "vi": "Không có văn bản đã tạo nào trong {out}. Tạo văn bản trước: congress docs render "
        "<phường> (hoặc congress district run --all-docs), rồi kiểm tra lại.",
        "en": "No generated documents in {out}. Generate them first: congress docs render <ward> "
        "(or congress district run --all-docs), then lint again.",
    },
    "lint.doc_unreadable": {
        "vi": "không đọc được tệp .docx ({reason}); mở bằng Word, lưu lại dạng .docx rồi kiểm tra lại.",
        "en": "the .docx file cannot be read ({reason}); open it in Word, save it as .docx, and lint "
        "again.",
    },
    "lint.where_paragraph": {"vi": "đoạn {paragraph}", "en": "paragraph {paragraph}"},
    "lint.where_table": {
        "vi": "bảng {table}, hàng {row}, ô {cell}, đoạn {paragraph}",
        "en": "table {table}, row {row}, cell {cell}, paragraph {paragraph}",
    },
    "lint.where_header": {"vi": "đầu trang, {where}", "en": "page header, {where}"},
    "lint.where_footer": {"vi": "chân trang, {where}", "en": "page footer, {where}"},
    "lint.gen_level_word": {
        "vi": "từ chỉ cấp «{word}» không đúng với đơn vị (ở đây là: {expected}).",
        "en": "level word «{word}» contradicts the unit (here: {expected}).",
    },
    "lint.gen_level_word_hint": {
        "vi": "Mẫu không viết cứng cấp: lấy loại đơn vị (xã, phường, thị trấn, đặc khu) và cấp trên "
        "(quận, huyện, thị xã, thành phố, tỉnh) từ ward.yaml và unit.yaml.",
        "en": "Templates must not hard-code a level: take the unit type and the supervising level "
        "from ward.yaml and unit.yaml.",
    },
    "lint.gen_english": {
        "vi": "còn mã kỹ thuật «{token}» trong văn bản.",
        "en": "technical identifier «{token}» left in the text.",
    },
    "lint.gen_english_hint": {
        "vi": "Thay bằng lời tiếng Việt (nhãn trong danh mục thông báo); thẻ mẫu {{{{ … }}}} còn sót là "
        "lỗi của mẫu hoặc của dữ liệu.",
        "en": "Replace with Vietnamese words (a catalogue label); a template tag {{{{ … }}}} left over "
        "is a template or data defect.",
    },
    "lint.gen_number": {
        "vi": "số «{number}» chưa tách hàng nghìn.",
        "en": "number «{number}» has no thousands separators.",
    },
    "lint.gen_number_hint": {
        "vi": "Viết số bằng bộ định dạng số của văn bản: dấu chấm hàng nghìn, dấu phẩy thập phân "
        "(6.241; 12.500.000; 46,67%).",
        "en": "Format with the documents' number formatter: «.» for thousands, «,» for decimals "
        "(6.241; 12.500.000; 46,67%).",
    },
    "lint.gen_ellipsis_date": {
        "vi": "dòng ngày tháng còn «…» dù congress.yaml (documents:) đã có ngày ban hành.",
        "en": "the date line is left «…» although congress.yaml (documents:) has the date.",
    },
    "lint.gen_ellipsis_date_hint": {
        "vi": "Điền ngày ban hành của văn bản (congress.yaml › documents) vào dòng địa danh, ngày tháng.",
        "en": "Fill in the document's date (congress.yaml › documents) in the date line.",
    },
    "lint.gen_ellipsis_signer": {
        "vi": "tên người ký còn «…» dù congress.yaml đã có người ký ({signer}).",
        "en": "the signer's name is left «…» although congress.yaml names the signer ({signer}).",
    },
    "lint.gen_ellipsis_signer_hint": {
        "vi": "In họ tên người ký (signer.name) dưới chức danh ký.",
        "en": "Print the signer's name (signer.name) under the signature title.",
    },
    "lint.gen_ellipsis_present": {
        "vi": "số đại biểu có mặt còn «…» dù kết quả kiểm phiếu đã có ({present}).",
        "en": "the number present is left «…» although the count has it ({present}).",
    },
    "lint.gen_ellipsis_present_hint": {
        "vi": "Lấy số có mặt từ tally.yaml (delegates › present).",
        "en": "Take the number present from tally.yaml (delegates › present).",
    },
    "lint.gen_place": {
        "vi": "địa danh «{place}» ở dòng ngày tháng không phải nơi cơ quan ban hành đóng trụ sở "
        "(phải là: {expected}).",
        "en": "the place «{place}» in the date line is not where the issuing body sits "
        "(should be: {expected}).",
    },
    "lint.gen_place_hint": {
        "vi": "Theo Nghị định 30/2020: văn bản của phường (và Đại hội phường) ghi tên phường, văn "
        "bản của quận ghi tên quận.",
        "en": "Under Decree 30/2020 the ward's (and its congress's) documents name the ward, the "
        "district's name the district.",
    },
    "lint.gen_signature": {
        "vi": "dòng ký không khớp cơ quan ban hành «{issuer}»: phải là «{expected}».",
        "en": "the signature line does not match the issuer «{issuer}»: it must be «{expected}».",
    },
    "lint.gen_signature_hint": {
        "vi": "Ban Thường trực ký «TM. BAN THƯỜNG TRỰC»; văn bản của Đại hội ký «TM. ĐOÀN CHỦ TỊCH».",
        "en": "The Ban Thường trực signs «TM. BAN THƯỜNG TRỰC»; the congress's documents «TM. ĐOÀN "
        "CHỦ TỊCH».",
    },
    "lint.gen_signature_chair": {
        "vi": "dưới «TM. ĐOÀN CHỦ TỊCH» ghi «CHỦ TỊCH», nhưng Đoàn Chủ tịch không có chủ tịch.",
        "en": "«CHỦ TỊCH» under «TM. ĐOÀN CHỦ TỊCH», but the Đoàn Chủ tịch has no chair.",
    },
    "lint.gen_signature_chair_hint": {
        "vi": "Dòng dưới «TM. ĐOÀN CHỦ TỊCH» là vai trò của người ký trong Đoàn Chủ tịch (hoặc để "
        "trống), rồi họ tên.",
        "en": "The line under «TM. ĐOÀN CHỦ TỊCH» is the signer's role in it (or nothing), then the "
        "name.",
    },
    "docs.final_to_write": {
        "vi": "bản chính thức còn chỗ chưa viết {placeholder}",
        "en": "the final copy still has a part to write: {placeholder}",
    },
    "docs.final_refused": {
        "vi": "Không ghi bản chính thức (--final): {count} chỗ «[CẦN VIẾT: …]» chưa viết. Viết các "
        "nội dung đó vào biểu mẫu/tệp được nêu trong từng chỗ rồi chạy lại; hoặc bỏ --final để in "
        "bản DỰ THẢO. Chưa tệp nào được ghi.",
        "en": "The final copy (--final) was not written: {count} «[CẦN VIẾT: …]» still to write. "
        "Write them in the form/file each one names and run again; or drop --final for a DỰ THẢO "
        "copy. No file was written.",
    },
    "lint.gen_to_write": {
        "vi": "bản chính thức (không có «DỰ THẢO») còn chỗ chưa viết {placeholder}.",
        "en": "a final copy (no «DỰ THẢO») still has a part to write: {placeholder}.",
    },
    "lint.gen_to_write_hint": {
        "vi": "Viết nội dung đó (chỗ ghi trong ngoặc nói viết ở đâu) rồi in lại bằng «congress docs "
        "render PHƯỜNG --final». Bản dự thảo (có chữ «DỰ THẢO») được để lại các chỗ này.",
        "en": "Write it (the bracket says where) and render again with «congress docs render WARD "
        "--final». A draft (marked «DỰ THẢO») may keep them.",
    },
    # What `tally_consistent` compared (its passed message lists only these).
}
