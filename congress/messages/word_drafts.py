"""Messages of the drafts read from Word files: bad files, and which source each draft came from."""

from __future__ import annotations

from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
    "word.old_doc": {
        "vi": "«{file}» là tệp Word cũ (.doc), chương trình chỉ đọc được .docx. Mở tệp trong Word, "
        "chọn Tệp › Lưu thành (File › Save As), kiểu «Word Document (*.docx)», lưu vào thư mục "
        "{folder}, rồi xóa hoặc chuyển tệp .doc ra khỏi thư mục và chạy lại.",
        "en": "«{file}» is an old Word file (.doc); only .docx is read. Open it in Word, choose "
        "File › Save As, type «Word Document (*.docx)», save it in {folder}, then delete or move "
        "the .doc file out of the folder and run again.",
    },
    "word.old_doc_office": {
        "vi": "«{file}» là tệp Word cũ (.doc), chương trình chỉ đọc được .docx. Lưu lại dưới dạng "
        ".docx trong Word (Tệp › Lưu thành, kiểu «Word Document (*.docx)»), hoặc chuyển bằng "
        "LibreOffice: soffice --headless --convert-to docx «{file}»; rồi xóa hoặc chuyển tệp .doc "
        "ra khỏi thư mục {folder} và chạy lại.",
        "en": "«{file}» is an old Word file (.doc); only .docx is read. Save it as .docx in Word "
        "(File › Save As, «Word Document (*.docx)»), or convert it with LibreOffice: soffice "
        "--headless --convert-to docx «{file}»; then delete or move the .doc file out of {folder} "
        "and run again.",
    },
    "word.old_doc_inside": {
        "vi": "«{file}» mang đuôi .docx nhưng thực ra là tệp Word cũ (.doc). Mở tệp trong Word, "
        "chọn Tệp › Lưu thành, kiểu «Word Document (*.docx)», lưu đè rồi chạy lại.",
        "en": "«{file}» is named .docx but is an old Word file (.doc). Open it in Word, choose "
        "File › Save As, «Word Document (*.docx)», save over it and run again.",
    },
    "word.encrypted": {
        "vi": "«{file}» được đặt mật khẩu nên chương trình không đọc được. Mở tệp trong Word, bỏ "
        "mật khẩu (Tệp › Thông tin › Bảo vệ tài liệu › Mã hóa bằng mật khẩu, xóa mật khẩu), lưu "
        "lại rồi chạy lại.",
        "en": "«{file}» is password-protected and cannot be read. Open it in Word, remove the "
        "password (File › Info › Protect Document › Encrypt with Password, clear it), save and "
        "run again.",
    },
    "word.damaged": {
        "vi": "«{file}» không đọc được: tệp hỏng hoặc không phải tệp Word .docx ({reason}). Mở thử "
        "trong Word; nếu Word sửa được thì lưu lại thành .docx, nếu không thì lấy lại bản gửi qua "
        "thư điện tử/Zalo.",
        "en": "«{file}» cannot be read: the file is damaged or not a Word .docx ({reason}). Try "
        "opening it in Word; if Word repairs it, save it as .docx, else take the copy sent by "
        "e-mail/Zalo again.",
    },
    "word.locked": {
        "vi": "Tệp «{name}» đang mở trong Word (có tệp khóa «{file}» của Word): đóng tệp trong Word "
        "rồi chạy lại. Nếu Word đã đóng mà tệp khóa còn đó thì xóa tệp khóa.",
        "en": "«{name}» is open in Word (Word's lock file «{file}» is there): close the file in "
        "Word and run again. If Word is closed and the lock file is still there, delete it.",
    },
    "word.legacy": {
        "vi": "«{file}» được gõ bằng phông/bảng mã cũ (phông {font}; ví dụ «{sample}»): chương trình "
        "chỉ đọc chữ Unicode. Chuyển mã bằng Unikey: chép toàn bộ văn bản, bật Công cụ (Ctrl+Shift+"
        "F6), chọn «Chuyển mã» từ TCVN3 (ABC) hoặc VNI Windows sang Unicode, dán lại, đổi phông sang "
        "Times New Roman, lưu rồi chạy lại.",
        "en": "«{file}» is typed in a legacy font/encoding (font {font}; e.g. «{sample}»): only "
        "Unicode text is read. Convert it with Unikey's converter (Ctrl+Shift+F6, from TCVN3 (ABC) "
        "or VNI Windows to Unicode), change the font to Times New Roman, save and run again.",
    },
    "word.legacy_text": {
        "vi": "Chữ trong «{file}» đọc ra như bị lỗi phông (ví dụ «{sample}»): có vẻ văn bản được gõ "
        "bằng bảng mã cũ TCVN3 (ABC) hoặc VNI. Chuyển mã bằng Unikey: chép toàn bộ văn bản, bật Công "
        "cụ (Ctrl+Shift+F6), chọn «Chuyển mã» từ TCVN3 (ABC) hoặc VNI Windows sang Unicode, dán "
        "lại, đổi phông sang Times New Roman, lưu rồi chạy lại.",
        "en": "The text of «{file}» reads garbled (e.g. «{sample}»): it looks typed in the legacy "
        "TCVN3 (ABC) or VNI encoding. Convert it with Unikey's converter (Ctrl+Shift+F6, from TCVN3 "
        "(ABC) or VNI Windows to Unicode), change the font to Times New Roman, save and run again.",
    },
    "ui.draft_sources": {
        "vi": "Nguồn dự thảo: báo cáo chính trị — {political}; báo cáo kiểm điểm — {review}; "
        "chương trình hành động — {action}.",
        "en": "Drafts read from: political report — {political}; review report — {review}; "
        "action programme — {action}.",
    },
}
