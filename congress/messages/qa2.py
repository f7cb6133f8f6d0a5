"""Messages of the officer's-path fixes: a final document still to be written, the tally's
identities as compared, the ward asked for as typed."""

from __future__ import annotations

from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
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
    "ward.unknown_typed": {
        "vi": "không có phường «{ward}» (không có thư mục wards/{slug}). Các phường (tên thư mục): "
        "{allowed}. Gọi phường bằng tên có dấu hay không dấu, hoặc tên thư mục.",
        "en": "there is no ward «{ward}» (no folder wards/{slug}). Wards (folder names): "
        "{allowed}. Name a ward with or without accents, or by its folder name.",
    },
}
