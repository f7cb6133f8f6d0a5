"""Messages of the ward's organisations and residential areas in the details form."""

from __future__ import annotations

from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
    "ward_facts.no_name": {
        "vi": "dòng có tên gọi khác ({aliases}) nhưng không có tên: ghi tên vào cột «Tên», hoặc "
        "xóa cả dòng.",
        "en": "the row has other names ({aliases}) but no name: write the name in «Tên», or delete "
        "the whole row.",
    },
    "ward_facts.duplicate": {
        "vi": "«{value}» đã có ở dòng {other} (là tên hoặc tên gọi khác): mỗi đơn vị ghi một "
        "dòng; xóa dòng trùng.",
        "en": "«{value}» is already on row {other} (as a name or another name): one row per unit; "
        "delete the repeated row.",
    },
    "ward_facts.shared_alias": {
        "vi": "tên gọi khác «{value}» đã dùng cho đơn vị ở dòng {other}: một tên gọi khác chỉ "
        "được thuộc một đơn vị (nếu không, không biết người ghi «{value}» đại diện cho ai); "
        "bỏ ở một trong hai dòng.",
        "en": "the other name «{value}» already belongs to the unit on row {other}: another name "
        "may belong to one unit only (otherwise whom a person marked «{value}» represents is "
        "unknown); remove it from one of the two rows.",
    },
    "ward_facts.conflict": {
        "vi": "{what} ghi ở cả {yaml} và trang «{sheet}» của {xlsx}, và hai nơi khác nhau "
        "({differences}); "
        "chương trình không tự chọn. Giữ một nơi: cán bộ điền mẫu Excel {xlsx} (để danh sách "
        "trong {yaml} trống: {key}: []), người bảo trì dùng {yaml} (xóa các dòng của trang "
        "«{sheet}»); rồi chạy lại.",
        "en": "{what} are given in both {yaml} and the sheet «{sheet}» of {xlsx}, and they "
        "differ ({differences}); the tool does not pick one. Keep one: officers fill the Excel form {xlsx} "
        "(leave the list in {yaml} empty: {key}: []), maintainers use {yaml} (delete the rows "
        "of the sheet «{sheet}»); then run again.",
    },
    "ward_facts.only_in": {"vi": "«{name}» chỉ có ở {where}", "en": "«{name}» only in {where}"},
    "ward_facts.other_names": {
        "vi": "tên gọi khác của «{name}» không giống nhau",
        "en": "the other names of «{name}» are not the same",
    },
    "ward_facts.member_organisations": {
        "vi": "các tổ chức thành viên",
        "en": "the member organisations",
    },
    "ward_facts.residential_areas": {
        "vi": "các khu dân cư",
        "en": "the residential areas",
    },
}
