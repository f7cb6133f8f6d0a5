"""Messages of the names an officer types (stages, moves, items, approvals) and of the CLI's
Vietnamese surface: the workflow picture, history lines."""

from __future__ import annotations

from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
    "naming.ambiguous": {
        "vi": "«{typed}» khớp với nhiều tên: {candidates}. Hãy gõ đầy đủ tên hơn, hoặc gõ mã "
        "trong ngoặc.",
        "en": "«{typed}» fits several names: {candidates}. Type more of the name, or the code "
        "in parentheses.",
    },
    "workflow.name_twice": {
        "vi": "tên «{name}» được đặt cho cả «{first}» và «{second}»: gõ tên đó sẽ không biết là "
        "cái nào. Hãy đổi một trong hai tên.",
        "en": "the name «{name}» is given to both «{first}» and «{second}»: typed, it would name "
        "neither. Rename one of them.",
    },
    # history rows, in the officer's words
    "ui.history_move": {
        "vi": "{move}: «{before}» → «{after}»",
        "en": "{move}: «{before}» → «{after}»",
    },
    "ui.history_confirm": {"vi": "Xác nhận: {label}", "en": "Confirmed: {label}"},
    "ui.history_approve": {"vi": "Phê duyệt: {label}", "en": "Approval: {label}"},
    "ui.history_exception": {
        "vi": "Ngoại lệ cho quy tắc «{rule}»",
        "en": "Exception to the rule «{rule}»",
    },
    "ui.history_lesson": {
        "vi": "Tiếp thu bài học {lesson}: {text}",
        "en": "Lesson {lesson} addressed: {text}",
    },
    "ui.history_document": {"vi": "Tạo văn kiện: {title}", "en": "Document made: {title}"},
    "ui.history_register": {
        "vi": "Bắt đầu theo dõi, ở bước «{stage}»",
        "en": "Registered, at stage «{stage}»",
    },
    # what a move needs (workflow show, its picture)
    "ui.check_script": {"vi": "Kịch bản, tham luận", "en": "Script and speeches"},
    "ui.check_tally": {"vi": "Kiểm phiếu", "en": "Vote count"},
    "ui.check_first_meeting": {"vi": "Hội nghị lần thứ nhất", "en": "First meeting"},
    "ui.guard_check": {"vi": "{check} đạt", "en": "{check} passes"},
    "ui.guard_items": {"vi": "{count} việc xác nhận", "en": "{count} items confirmed"},
    "ui.guard_approvals": {"vi": "{count} phê duyệt", "en": "{count} approvals"},
    "ui.guard_pilot": {
        "vi": "phường điểm đã đại hội, bài học đã tiếp thu",
        "en": "the pilot ward held its congress, lessons addressed",
    },
    "ui.guard_needs": {"vi": "cần: {needs}", "en": "needs: {needs}"},
    "ui.workflow_picture": {
        "vi": "Sơ đồ quy trình: {path}",
        "en": "Workflow picture: {path}",
    },
    "ui.workflow_more": {
        "vi": "Sơ đồ: thêm --svg TỆP.svg (mở bằng trình duyệt) hoặc --mermaid (mã Mermaid).",
        "en": "Diagram: add --svg FILE.svg (open it in a browser) or --mermaid (Mermaid source).",
    },
    "ui.workflow_names": {"vi": "Tên gõ được", "en": "Names you can type"},
    "ui.workflow_title": {
        "vi": "{title} — {id}, phiên bản {version}",
        "en": "{title} — {id}, version {version}",
    },
    "workflow.svg_unwritable": {
        "vi": "không ghi được sơ đồ ({reason}). Hãy kiểm tra thư mục có tồn tại và ghi được, "
        "hoặc chọn tên tệp khác.",
        "en": "cannot write the picture ({reason}). Check that the folder exists and is "
        "writable, or choose another file name.",
    },
}
