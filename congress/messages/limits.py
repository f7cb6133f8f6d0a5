"""Messages of the limits on inputs (issue 14): sizes, bombs, numbers, names, the template sandbox."""

from __future__ import annotations

from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
    "limit.file_too_large": {
        "vi": "tệp quá lớn ({size} MB; tối đa {limit} MB cho {kind}). Hãy kiểm tra lại đúng tệp "
        "chưa, hoặc bỏ bớt phần thừa (ảnh, trang tính khác) rồi lưu lại.",
        "en": "the file is too large ({size} MB; at most {limit} MB for {kind}). Check it is the "
        "right file, or remove what is not needed (pictures, other sheets) and save again.",
    },
    "limit.kind_list": {"vi": "một danh sách người", "en": "a list of people"},
    "limit.kind_yaml": {"vi": "một tệp .yaml", "en": "a .yaml file"},
    "limit.kind_docx": {"vi": "một văn bản .docx", "en": "a .docx document"},
    "limit.zip_bomb": {
        "vi": "tệp nén bất thường: phần «{part}» giải nén ra {size} MB (gấp {ratio} lần dung lượng "
        "nén; tối đa {limit} MB cả tệp). Chương trình không mở tệp này. Hãy mở bằng Excel, chép "
        "bảng danh sách sang một tệp mới rồi lưu lại.",
        "en": "an abnormal archive: part «{part}» unpacks to {size} MB ({ratio} times its packed "
        "size; at most {limit} MB in all). The file is not opened. Open it in Excel, copy the list "
        "into a new workbook and save it.",
    },
    "limit.xml_entities": {
        "vi": "phần «{part}» của tệp có khai báo DOCTYPE/ENTITY, điều mà Excel không bao giờ tạo "
        "ra; chương trình không mở tệp này. Hãy mở bằng Excel và lưu lại dạng .xlsx.",
        "en": "part «{part}» of the file declares a DOCTYPE/ENTITY, which Excel never writes; the "
        "file is not opened. Open it in Excel and save it as .xlsx.",
    },
    "limit.sheet_too_large": {
        "vi": "trang tính «{sheet}» trải tới ô {corner} ({cells} ô; tối đa {limit} ô). Có thể "
        "có dữ liệu hay định dạng sót ở xa bên dưới hoặc bên phải bảng: hãy xóa các dòng, cột "
        "thừa (hoặc chép bảng sang tệp mới) rồi lưu lại.",
        "en": "sheet «{sheet}» reaches cell {corner} ({cells} cells; at most {limit}). Data or "
        "formatting may be left far below or right of the table: delete the extra rows and "
        "columns (or copy the table into a new workbook) and save again.",
    },
    "limit.long_text": {
        "vi": "một ô chữ trong tệp dài {length} ký tự, quá giới hạn {limit} ký tự của một ô "
        "Excel. Hãy tìm ô đó (thường là nội dung dán nhầm) và rút gọn.",
        "en": "a text cell in the file is {length} characters long, over Excel's limit of {limit} "
        "per cell. Find that cell (usually pasted by mistake) and shorten it.",
    },
    "limit.csv_field": {
        "vi": 'một ô dài quá {limit} KB bắt đầu từ dòng này. Thường do một dấu ngoặc kép (") '
        "mở mà không đóng, nên mọi dòng sau bị gộp vào một ô: hãy sửa dấu ngoặc kép ở dòng "
        "này rồi lưu lại.",
        "en": 'a field over {limit} KB starts on this row. Usually a double quote (") is opened '
        "and never closed, so every following row is merged into one field: fix the quote on this "
        "row and save again.",
    },
    "limit.all_sheets_hidden": {
        "vi": "mọi trang tính trong tệp đều đang ẩn ({sheets}). Hãy mở bằng Excel, bỏ ẩn "
        "(chuột phải vào tên trang › Unhide) trang có danh sách rồi lưu lại.",
        "en": "every sheet of the file is hidden ({sheets}). Open it in Excel, unhide the sheet "
        "with the list (right-click a sheet tab › Unhide) and save again.",
    },
    "limit.bad_utf16": {
        "vi": "tệp có dấu hiệu mã UTF-16 («Unicode Text» của Excel) nhưng không giải mã được. "
        "Trong Excel chọn Lưu thành › CSV UTF-8 rồi chạy lại.",
        "en": "the file looks like UTF-16 (Excel's «Unicode Text») but cannot be decoded. In Excel, "
        "Save As › CSV UTF-8, and run again.",
    },
    "limit.yaml_alias": {
        "vi": "tệp dùng neo/bí danh YAML (ký hiệu «&» hay «*» trước một tên), chương trình không "
        "nhận. Hãy viết đầy đủ giá trị ở từng chỗ (nếu là chữ, đặt trong ngoặc kép).",
        "en": "the file uses YAML anchors/aliases («&» or «*» before a name), which are not "
        "accepted. Write each value out in full (put text in quotes).",
    },
    "limit.number_too_large": {
        "vi": "số «{value}» quá lớn (tối đa {digits} chữ số). Hãy kiểm tra lại số này.",
        "en": "the number «{value}» is too large (at most {digits} digits). Check it.",
    },
    "limit.number_not_finite": {
        "vi": "«{value}» không phải một số (.nan, .inf không được dùng). Hãy ghi một số cụ thể.",
        "en": "«{value}» is not a number (.nan and .inf are not accepted). Give a number.",
    },
    "limit.not_a_number": {
        "vi": "cần một số (ví dụ 1500 hay 92,5), không quá 18 chữ số.",
        "en": "must be a number (such as 1500 or 92.5), at most 18 digits.",
    },
    "limit.not_a_bool_number": {
        "vi": "cần một số nguyên, không phải true/false.",
        "en": "must be a whole number, not true/false.",
    },
    "limit.number_max": {
        "vi": "cần một số không lớn hơn {max}.",
        "en": "must be a number no larger than {max}.",
    },
    "limit.date_range": {
        "vi": "ngày không hợp lý: cần từ {min} đến {max}.",
        "en": "an implausible date: it must be from {min} to {max}.",
    },
    "limit.name_too_long": {
        "vi": "khóa «{key}» ghi một tên tệp quá dài ({length} byte; tối đa {limit} byte mỗi phần "
        "của đường dẫn). Hãy đổi tên tệp cho ngắn lại và ghi tên mới ở khóa «{key}».",
        "en": "key «{key}» names a file whose name is too long ({length} bytes; at most {limit} "
        "per part of the path). Rename the file shorter and give the new name at key «{key}».",
    },
    "limit.not_a_file": {
        "vi": "«{name}» là một thư mục, không phải tệp; bản nhập lần hai của kiểm phiếu chưa được "
        "đối chiếu. Hãy xóa hoặc đổi tên thư mục đó, rồi đặt bản nhập lần hai vào tệp {name}.",
        "en": "«{name}» is a folder, not a file; the second entry of the count is not compared. "
        "Remove or rename that folder and put the second entry in the file {name}.",
    },
    "limit.ward_failed": {
        "vi": "không xử lý được phường này ({reason}); các phường khác vẫn được xử lý.",
        "en": "this ward could not be handled ({reason}); the other wards were handled.",
    },
    "limit.workflows_outside": {
        "vi": "khóa «{key}» chỉ tới tệp «{path}» nằm ngoài thư mục làm việc {root} và ngoài các "
        "quy trình có sẵn; chương trình không đọc tệp đó. Hãy chép tệp vào thư mục làm việc "
        "rồi ghi đường dẫn tương đối ở khóa «{key}».",
        "en": "key «{key}» names the file «{path}» outside the workspace {root} and the bundled "
        "workflows; it is not read. Copy the file into the workspace and give its relative path "
        "at key «{key}».",
    },
    "limit.render_time": {
        "vi": "mẫu văn bản chạy quá {seconds} giây (có thể một vòng lặp {{% for %}} quá lớn hay "
        "không dừng). Hãy sửa mẫu rồi chạy «congress docs lint».",
        "en": "the template ran over {seconds} seconds (a {{% for %}} loop too large or never "
        "ending?). Fix the template and run «congress docs lint».",
    },
    "limit.render_size": {
        "vi": "mẫu văn bản tạo ra nội dung quá lớn (hơn {limit} MB, hay một phép nhân chuỗi, "
        "số quá lớn). Hãy sửa mẫu rồi chạy «congress docs lint».",
        "en": "the template produces too much (over {limit} MB, or a string or number multiplied "
        "too far). Fix the template and run «congress docs lint».",
    },
    "limit.docx_unreadable": {
        "vi": "văn bản không mở được (nội dung XML hỏng: {reason}). Word sẽ báo lỗi khi mở; "
        "hãy kiểm tra mẫu văn bản («congress docs lint») rồi tạo lại.",
        "en": "the document does not open (broken XML: {reason}). Word will refuse it; check the "
        "template («congress docs lint») and render again.",
    },
    "limit.dashboard_problem": {
        "vi": "{where} — lỗi «{rule}»; xem chi tiết: congress personnel check / docs check.",
        "en": "{where} — error «{rule}»; details: congress personnel check / docs check.",
    },
}
