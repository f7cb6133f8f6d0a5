"""Messages of the state database's integrity (issue 14): tamper evidence, `congress doctor`,
and a run of documents that was undone whole."""

from __future__ import annotations

from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
    "help.doctor": {
        "vi": "Kiểm tra cơ sở dữ liệu trạng thái (.congress/state.db, hoặc cơ sở dữ liệu PostgreSQL mà CONGRESS_DATABASE_URL chỉ tới) có bị sửa ngoài chương trình"
        " không: chuỗi băm của toàn bộ lịch sử, bước của từng phường so với lần chuyển bước cuối,"
        " bảo vệ chỉ-ghi-thêm của lịch sử. In từng điều đã thấy.\n\nMã thoát: 0 nguyên vẹn, 1 đã"
        " bị sửa, 2 không mở được.\n\n\b\nVí dụ:\n  congress doctor -w dong-da\n"
        "  congress doctor -w dong-da --json",
        "en": "Check whether the state database (.congress/state.db, or the PostgreSQL database"
        " CONGRESS_DATABASE_URL names) was changed outside the"
        " program: the hash chain of the whole history, each ward's stage against its last"
        " transition, the history's append-only guard. Prints everything found.\n\nExit code:"
        " 0 sound, 1 changed, 2 cannot be opened.\n\n\b\nExamples:\n"
        "  congress doctor -w dong-da\n  congress doctor -w dong-da --json",
    },
    "store.tampered": {
        "vi": "cơ sở dữ liệu đã bị sửa ngoài chương trình; chưa thay đổi gì. Đã thấy:",
        "en": "the database was changed outside the program; nothing was changed. Found:",
    },
    "tamper.row": {
        "vi": "dòng lịch sử số {id} (phường {ward}, {kind}, {at}) không khớp chuỗi băm: dòng này "
        "đã bị sửa hoặc chèn thêm, hoặc dòng ngay trước nó đã bị xóa.",
        "en": "history row {id} (ward {ward}, {kind}, {at}) does not match the hash chain: it was "
        "changed or inserted, or the row before it was deleted.",
    },
    "tamper.head": {
        "vi": "dòng lịch sử cuối cùng (số {id}, phường {ward}, {kind}, {at}) không phải dòng "
        "chương trình ghi sau cùng: có dòng được chèn thêm hoặc dòng cuối đã bị xóa.",
        "en": "the last history row ({id}, ward {ward}, {kind}, {at}) is not the last one the "
        "program wrote: a row was inserted at the end or the last row was deleted.",
    },
    "tamper.no_head": {
        "vi": "mất dấu dòng lịch sử cuối cùng (khóa history_head của bảng meta đã bị xóa).",
        "en": "the mark of the last history row is gone (meta key history_head was deleted).",
    },
    "tamper.stage": {
        "vi": "phường {ward} đang ghi ở bước «{stage}» nhưng lần chuyển bước cuối cùng trong lịch "
        "sử đưa phường đến bước «{last}».",
        "en": "ward {ward} is recorded at stage «{stage}» but its last transition in the history "
        "took it to «{last}».",
    },
    "tamper.version": {
        "vi": "phường {ward} ghi theo quy trình phiên bản {version} nhưng lịch sử ghi phiên bản "
        "{last}.",
        "en": "ward {ward} is recorded under workflow version {version} but its history says "
        "version {last}.",
    },
    "tamper.ward_no_history": {
        "vi": "phường {ward} (bước «{stage}») không có dòng lịch sử nào: dòng của phường được "
        "thêm ngoài chương trình.",
        "en": "ward {ward} (stage «{stage}») has no history row: its row was added outside the "
        "program.",
    },
    "tamper.ward_deleted": {
        "vi": "lịch sử có phường {ward} (bước cuối «{stage}») nhưng dòng trạng thái của phường "
        "đã bị xóa; chương trình không tạo lại phường ở bước đầu.",
        "en": "the history holds ward {ward} (last stage «{stage}») but the ward's row was "
        "deleted; the program will not re-create it at the first stage.",
    },
    "tamper.triggers": {
        "vi": "bảng lịch sử không còn được bảo vệ chỉ-ghi-thêm (đã xóa trigger {triggers}).",
        "en": "the history table is no longer append-only (trigger {triggers} dropped).",
    },
    "tamper.more": {
        "vi": "… và {count} điều khác.",
        "en": "… and {count} more.",
    },
    "tamper.what_to_do": {
        "vi": "Chạy `congress doctor` để xem mọi điều đã thấy; khôi phục cơ sở dữ liệu {database} "
        "từ bản sao lưu gần nhất rồi làm lại các bước sau thời điểm đó.",
        "en": "Run `congress doctor` to see everything found; restore the database {database} "
        "from the latest backup and redo the steps taken since.",
    },
    "doctor.sound": {
        "vi": "Cơ sở dữ liệu {path} nguyên vẹn: {rows} dòng lịch sử khớp chuỗi băm, {wards} "
        "phường khớp lần chuyển bước cuối.",
        "en": "Database {path} is sound: {rows} history rows match the hash chain, {wards} wards "
        "match their last transition.",
    },
    "doctor.unsound": {
        "vi": "Cơ sở dữ liệu {path} đã bị sửa ngoài chương trình — {count} điều:",
        "en": "Database {path} was changed outside the program — {count} findings:",
    },
    "docs.run_undone": {
        "vi": "Không văn kiện nào của lần chạy này được ghi hay đăng ký: các tệp đã có được giữ "
        "nguyên như trước. Sửa lỗi trên rồi chạy lại.",
        "en": "No document of this run was written or registered: the files already there are "
        "as they were. Fix the error above and run again.",
    },
    "docs.copy_edited": {
        "vi": "cả tệp này và bản mới bên cạnh {copy} đều đã được sửa sau khi tạo; không ghi đè "
        "tệp nào. Đổi tên hoặc chuyển bản {copy} đi rồi chạy lại (hoặc dùng --force).",
        "en": "both this file and the new version beside it, {copy}, were edited after they were "
        "generated; neither was overwritten. Rename or move {copy} and run again (or use --force).",
    },
}
