"""The help of the `ward` and `workflow` commands and their options (see `help_texts`)."""

from __future__ import annotations

from congress.messages.help_texts import _h
from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
    # ward
    "help.ward": _h(
        "Từng phường: trạng thái, điều kiện bước tiếp theo, chuyển bước, lịch sử. Bước, bước"
        " chuyển, việc và phê duyệt gõ bằng tên tiếng Việt (có dấu hay không) hoặc mã.\n\n\b\n"
        "Ví dụ:\n  congress ward status -w dong-da\n"
        '  congress ward advance "Văn Miếu" "Dự thảo văn kiện" --by "Nguyễn Văn An" -w dong-da',
        "One ward at a time: status, what the next move needs, moving on, history. Stages,"
        " moves, items and approvals are typed by Vietnamese name (with or without diacritics)"
        " or code.\n\n\b\nExamples:\n  congress ward status -w dong-da\n"
        '  congress ward advance "Văn Miếu" "Dự thảo văn kiện" --by "Nguyễn Văn An" -w dong-da',
    ),
    "help.ward.status": _h(
        "Các phường đang ở bước nào, từ khi nào, có quá hạn không, có ngoại lệ nào.\n\n\b\n"
        "Ví dụ:\n  congress ward status -w dong-da\n"
        '  congress ward status "Ô Chợ Dừa" -w dong-da --json',
        "Where each ward is, since when, whether late, with which exceptions.\n\n\b\n"
        "Examples:\n  congress ward status -w dong-da\n"
        '  congress ward status "Ô Chợ Dừa" -w dong-da --json',
    ),
    "help.ward.check": _h(
        "Điều kiện để sang bước tiếp theo: quy tắc, việc cần xác nhận, phê duyệt, đại hội"
        " điểm.\n\nMã thoát 0 khi đủ điều kiện (hoặc đã ở bước cuối), 1 khi còn vướng.\n\n\b\n"
        'Ví dụ:\n  congress ward check "Ô Chợ Dừa" -w dong-da',
        "What the next move needs: rules, items to confirm, approvals, the pilot congress."
        "\n\nExit code 0 when ready (or at the last stage), 1 when something blocks.\n\n\b\n"
        'Examples:\n  congress ward check "Ô Chợ Dừa" -w dong-da',
    ),
    "help.ward.advance": _h(
        "Chuyển phường sang bước tiếp theo, nếu đủ điều kiện; nếu không, nói rõ vì sao.\n\n"
        "BƯỚC_CHUYỂN: tên bước chuyển hoặc tên bước đến («Dự thảo văn kiện», «nộp dự thảo»,"
        " có dấu hay không), hoặc mã (start_drafts).\n\n\b\nVí dụ:\n"
        '  congress ward advance "Ô Chợ Dừa" "du thao van kien" --by "Nguyễn Văn An" -w dong-da\n'
        '  congress ward advance o-cho-dua start_drafts --by "Nguyễn Văn An" -w dong-da',
        "Move the ward on, when ready; otherwise say why.\n\nMOVE: the move's name or the name"
        " of the stage it leads to («Dự thảo văn kiện», «nộp dự thảo», with or without"
        " diacritics), or its code (start_drafts).\n\n\b\nExamples:\n"
        '  congress ward advance "Ô Chợ Dừa" "du thao van kien" --by "Nguyễn Văn An" -w dong-da\n'
        '  congress ward advance o-cho-dua start_drafts --by "Nguyễn Văn An" -w dong-da',
    ),
    "help.ward.advance.note": _h("Ghi chú, lưu trong lịch sử.", "A note, kept in the history."),
    "help.ward.history": _h(
        "Lịch sử của phường: mọi lần chuyển bước, xác nhận, phê duyệt, ngoại lệ — ai, khi nào."
        '\n\n\b\nVí dụ:\n  congress ward history "Ô Chợ Dừa" -w dong-da',
        "The ward's history: every move, confirmation, approval, exception — who, when."
        '\n\n\b\nExamples:\n  congress ward history "Ô Chợ Dừa" -w dong-da',
    ),
    "help.ward.confirm": _h(
        "Xác nhận một việc trong danh mục (ví dụ đã dự tập huấn). VIỆC: tên việc hoặc một cụm"
        " từ của tên («tập huấn»), hoặc mã.\n\n\b\nVí dụ:\n"
        '  congress ward confirm "Ô Chợ Dừa" "tap huan" --by "Nguyễn Văn An" -w dong-da\n'
        '  congress ward confirm o-cho-dua training_attended --by "Nguyễn Văn An" -w dong-da',
        "Confirm a checklist item (e.g. the training attended). ITEM: the item's name or a"
        " phrase of it («tập huấn»), or its code.\n\n\b\nExamples:\n"
        '  congress ward confirm "Ô Chợ Dừa" "tap huan" --by "Nguyễn Văn An" -w dong-da\n'
        '  congress ward confirm o-cho-dua training_attended --by "Nguyễn Văn An" -w dong-da',
    ),
    "help.ward.confirm.note": _h("Ghi chú.", "A note."),
    "help.ward.approve": _h(
        "Ghi một phê duyệt (Đảng ủy phường, Ban Thường trực cấp trên…) với số văn bản; quyết"
        " định công nhận cần cả số và ngày ký. PHÊ_DUYỆT: tên, một cụm từ của tên («Đảng ủy»)"
        " hoặc mã.\n\n\b\nVí dụ:\n"
        '  congress ward approve "Ô Chợ Dừa" "dang uy" --by "Trần Văn Bình" \\\n'
        '      --document "Số 45-CV/ĐU" -w dong-da\n'
        '  congress ward approve o-cho-dua upper_recognition --by "Phạm Minh Đức" \\\n'
        '      --document "Số 21/QĐ-MTTQ-BTT" --date 2024-01-26 -w dong-da',
        "Record an approval (ward Party committee, upper Standing Committee…) with its document"
        " number; the recognition decision needs its number and date. APPROVAL: its name, a"
        " phrase of it («Đảng ủy») or its code.\n\n\b\nExamples:\n"
        '  congress ward approve "Ô Chợ Dừa" "dang uy" --by "Trần Văn Bình" \\\n'
        '      --document "Số 45-CV/ĐU" -w dong-da\n'
        '  congress ward approve o-cho-dua upper_recognition --by "Phạm Minh Đức" \\\n'
        '      --document "Số 21/QĐ-MTTQ-BTT" --date 2024-01-26 -w dong-da',
    ),
    "help.ward.approve.document": _h(
        "Số, ký hiệu văn bản đồng ý.", "Number and symbol of the document of agreement."
    ),
    "help.ward.approve.document_date": _h(
        "Ngày ký văn bản (yyyy-mm-dd hoặc dd/mm/yyyy); bắt buộc với quyết định công nhận.",
        "The date signed (yyyy-mm-dd or dd/mm/yyyy); required for the recognition decision.",
    ),
    "help.ward.approve.note": _h("Ghi chú.", "A note."),
    "help.ward.exception": _h(
        "Cho một quy tắc mức lỗi được qua, theo văn bản đồng ý của cấp trên (ghi vào lịch sử)."
        "\n\n\b\nVí dụ:\n"
        '  congress ward exception "Văn Miếu" re_election_max --by "Lê Thị Hoa" \\\n'
        '      --reason "Phường mới sáp nhập" --document "Số 12/CV-MTTQ" -w dong-da',
        "Let an error-level rule pass, on the upper level's written agreement (recorded in the"
        " history).\n\n\b\nExamples:\n"
        '  congress ward exception "Văn Miếu" re_election_max --by "Lê Thị Hoa" \\\n'
        '      --reason "Phường mới sáp nhập" --document "Số 12/CV-MTTQ" -w dong-da',
    ),
    "help.ward.exception.reason": _h("Lý do cho qua.", "Why it may pass."),
    "help.ward.exception.document": _h(
        "Số văn bản đồng ý của cấp trên.", "The upper level's document of agreement."
    ),
    "help.ward.acknowledge": _h(
        "Xác nhận phường đã tiếp thu một bài học kinh nghiệm của đại hội điểm.\n\n\b\nVí dụ:\n"
        '  congress ward acknowledge "Văn Miếu" L1 --by "Lê Thị Hoa" \\\n'
        '      --note "Đã rút gọn báo cáo chính trị còn 18 trang" -w dong-da',
        "Record that the ward addressed a lesson of the pilot congress.\n\n\b\nExamples:\n"
        '  congress ward acknowledge "Văn Miếu" L1 --by "Lê Thị Hoa" \\\n'
        '      --note "Đã rút gọn báo cáo chính trị còn 18 trang" -w dong-da',
    ),
    "help.ward.acknowledge.note": _h(
        "Phường đã tiếp thu bài học thế nào.", "How the ward addressed the lesson."
    ),
    "help.ward.reopen": _h(
        "Trả phường về một bước trước (ví dụ cấp trên trả lại dự thảo hoặc đề án nhân sự)."
        "\n\nCác phê duyệt của những bước được mở lại bị hủy và phải ghi lại; các việc đã xác"
        " nhận vẫn giữ nguyên; lịch sử ghi ai trả lại, vì sao, theo văn bản nào. Chỉ trả về"
        " bước trước bước hiện tại. BƯỚC: tên bước (có dấu hay không) hoặc mã.\n\n\b\nVí dụ:\n"
        '  congress ward reopen "Văn Miếu" "De an nhan su" --by "Lê Thị Hoa" \\\n'
        '      --reason "Đề án nhân sự chưa đủ cơ cấu khu dân cư" --document "Số 140/MTTQ-BTT" \\'
        "\n      -w dong-da",
        "Send the ward back to an earlier stage (e.g. the upper level returns the drafts or the"
        " personnel scheme).\n\nThe approvals of the stages reopened are withdrawn and must be"
        " given again; confirmed items stay; the history says who, why and on which document."
        " Only an earlier stage. STAGE: its name (with or without diacritics) or code.\n\n\b\n"
        "Examples:\n"
        '  congress ward reopen "Văn Miếu" "De an nhan su" --by "Lê Thị Hoa" \\\n'
        '      --reason "Đề án nhân sự chưa đủ cơ cấu khu dân cư" --document "Số 140/MTTQ-BTT" \\'
        "\n      -w dong-da",
    ),
    "help.ward.reopen.reason": _h(
        "Lý do trả lại (ghi vào lịch sử).", "Why it is sent back (recorded in the history)."
    ),
    "help.ward.reopen.document": _h(
        "Số văn bản trả lại của cấp trên, nếu có.", "The upper level's document, if any."
    ),
    # workflow
    "help.workflow": _h(
        "Quy trình: các bước, tên gõ được, bước chuyển và điều kiện; sơ đồ.\n\n\b\nVí dụ:\n"
        "  congress workflow show -w dong-da --svg quy-trinh.svg",
        "The workflow: stages, the names to type, moves and what they need; a picture.\n\n\b\n"
        "Examples:\n  congress workflow show -w dong-da --svg quy-trinh.svg",
    ),
    "help.workflow.show": _h(
        "Các bước, tên gõ được, bước chuyển và điều kiện của quy trình; vẽ sơ đồ (SVG).\n\n"
        "Không có QUY_TRÌNH: quy trình của thư mục làm việc. Mã Mermaid chỉ in khi có"
        " --mermaid.\n\n\b\nVí dụ:\n  congress workflow show ward-2024-2029\n"
        '  congress workflow show -w dong-da --ward "Ô Chợ Dừa" --svg quy-trinh.svg\n'
        "  congress workflow show -w dong-da --mermaid",
        "The stages, the names to type, the moves and what they need; draw the workflow"
        " (SVG).\n\nWithout WORKFLOW: the workspace's. The Mermaid source only with --mermaid."
        "\n\n\b\nExamples:\n  congress workflow show ward-2024-2029\n"
        '  congress workflow show -w dong-da --ward "Ô Chợ Dừa" --svg quy-trinh.svg\n'
        "  congress workflow show -w dong-da --mermaid",
    ),
    "help.workflow.show.ward_name": _h(
        "Đánh dấu bước hiện tại của phường này.", "Mark this ward's current stage."
    ),
    "help.workflow.show.svg_path": _h(
        "Vẽ sơ đồ quy trình vào tệp .svg (mở bằng trình duyệt).",
        "Draw the workflow into an .svg file (open it in a browser).",
    ),
    "help.workflow.show.as_mermaid": _h(
        "Chỉ in mã sơ đồ Mermaid.", "Print only the Mermaid source."
    ),
}
