"""Messages of the workspace and the ward workflow."""

from __future__ import annotations

from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
    # workspace
    "workspace.not_found": {
        "vi": "không phải thư mục làm việc (không có tệp {unit} ở đây hay ở thư mục cha). "
        "Tạo mới bằng: congress init THƯ_MỤC --unit «Tên quận» --ward «Tên phường» …",
        "en": "is not a workspace (no {unit} here or in a parent folder). "
        "Create one with: congress init FOLDER --unit NAME --ward NAME …",
    },
    "workspace.exists": {
        "vi": "thư mục đã có và không trống; chọn thư mục khác (không xóa gì).",
        "en": "the folder exists and is not empty; choose another (nothing was removed).",
    },
    "workspace.cannot_write": {
        "vi": "không ghi được ({reason}). Kiểm tra quyền ghi thư mục {folder} và chỗ trống trên "
        "ổ đĩa.",
        "en": "cannot write ({reason}). Check write permission on {folder} and free disk space.",
    },
    "workspace.blocked": {
        "vi": "không tạo được thư mục làm việc: «{blocker}» là một tệp, không phải thư mục. Đổi "
        "tên hoặc chuyển tệp đó đi, hoặc chọn thư mục khác.",
        "en": "cannot make the workspace folder: «{blocker}» is a file, not a folder. Rename or "
        "move that file, or choose another folder.",
    },
    "workspace.init_undone": {
        "vi": "Chưa tạo thư mục làm việc {folder}: không để lại tệp nào, không ghi phường nào "
        "vào cơ sở dữ liệu. Sửa lỗi trên rồi chạy lại.",
        "en": "The workspace {folder} was not created: no file is left behind and no ward was "
        "recorded in the database. Fix the error above and run again.",
    },
    "workspace.pilot_not_listed": {
        "vi": "phường điểm «{pilot}» không có trong các --ward.",
        "en": "the pilot ward «{pilot}» is not among the --ward names.",
    },
    "workspace.bad_ward_name": {
        "vi": "tên phường «{name}» không dùng được làm tên thư mục (trống, hoặc trùng với "
        "«{other}» sau khi bỏ dấu); đặt tên khác.",
        "en": "the ward name «{name}» cannot be a folder name (empty, or the same as «{other}» "
        "once accents are removed); choose another.",
    },
    "workspace.unknown_ward": {
        "vi": "không có phường «{ward}» trong thư mục wards/. Các phường: {allowed}",
        "en": "there is no ward «{ward}» under wards/. Wards: {allowed}",
    },
    "workspace.created": {
        "vi": "Đã tạo thư mục làm việc {path} với {count} phường, quy trình {workflow}.",
        "en": "Workspace {path} created with {count} wards, workflow {workflow}.",
    },
    "workspace.bad_today": {
        "vi": "biến môi trường CONGRESS_TODAY=«{value}» không phải ngày dạng yyyy-mm-dd "
        "(ví dụ 2024-01-12).",
        "en": "the environment variable CONGRESS_TODAY=«{value}» is not a date yyyy-mm-dd "
        "(e.g. 2024-01-12).",
    },
    "workspace.bad_now": {
        "vi": "biến môi trường CONGRESS_NOW=«{value}» không phải thời điểm dạng yyyy-mm-ddTHH:MM "
        "(ví dụ 2024-01-12T08:30).",
        "en": "the environment variable CONGRESS_NOW=«{value}» is not a moment yyyy-mm-ddTHH:MM "
        "(e.g. 2024-01-12T08:30).",
    },
    "workspace.now_not_today": {
        "vi": "CONGRESS_NOW=«{now}» và CONGRESS_TODAY=«{today}» chỉ hai ngày khác nhau; bỏ một "
        "biến hoặc cho chúng cùng một ngày.",
        "en": "CONGRESS_NOW=«{now}» and CONGRESS_TODAY=«{today}» name two different days; drop "
        "one or make them the same day.",
    },
    "workspace.clock_backwards": {
        "vi": "phường {ward}: thời điểm ghi ({at}) sớm hơn lần ghi cuối trong lịch sử của phường "
        "({last}); lịch sử chỉ ghi tiếp theo thứ tự thời gian. Kiểm tra CONGRESS_NOW hoặc đồng "
        "hồ máy.",
        "en": "ward {ward}: the moment to record ({at}) is earlier than the last entry of the "
        "ward's history ({last}); the history is only ever appended in time order. Check "
        "CONGRESS_NOW or the machine's clock.",
    },
    "workspace.state_created": {
        "vi": "Thư mục làm việc chưa có dữ liệu trạng thái; tạo mới: {path}",
        "en": "The workspace has no state yet; created: {path}",
    },
    "ward.unknown": {
        "vi": "không có phường «{ward}». Các phường (tên thư mục): {allowed}",
        "en": "there is no ward «{ward}». Wards (folder names): {allowed}",
    },
    # workflow definitions
    "workflow.unknown": {
        "vi": "không có quy trình «{name}». Quy trình có sẵn: {allowed}; hoặc ghi đường dẫn tệp.",
        "en": "there is no workflow «{name}». Bundled workflows: {allowed}; or give a file path.",
    },
    "workflow.unknown_stage": {
        "vi": "không có bước «{stage}». Các bước: {allowed}",
        "en": "there is no stage «{stage}». Stages: {allowed}",
    },
    "workflow.duplicate_stage": {
        "vi": "bước «{stage}» được khai báo hai lần",
        "en": "stage «{stage}» is declared twice",
    },
    "workflow.duplicate_trigger": {
        "vi": "lệnh chuyển «{trigger}» có hai lần từ cùng một bước",
        "en": "trigger «{trigger}» appears twice from the same stage",
    },
    "workflow.unknown_checks": {
        "vi": "không có phần kiểm tra «{name}». Các phần kiểm tra: {allowed}",
        "en": "there is no check «{name}». Checks: {allowed}",
    },
    "workflow.unknown_checklist": {
        "vi": "việc «{name}» chưa khai báo trong mục checklist. Các việc: {allowed}",
        "en": "checklist item «{name}» is not declared under checklist. Items: {allowed}",
    },
    "workflow.unknown_approvals": {
        "vi": "phê duyệt «{name}» chưa khai báo trong mục approvals. Các phê duyệt: {allowed}",
        "en": "approval «{name}» is not declared under approvals. Approvals: {allowed}",
    },
    "workflow.unknown_document": {
        "vi": "không có văn bản «{name}». Các văn bản: {allowed}",
        "en": "there is no document «{name}». Documents: {allowed}",
    },
    "workflow.unreachable": {
        "vi": "không có bước chuyển nào dẫn tới bước «{stage}»",
        "en": "no transition leads to stage «{stage}»",
    },
    "workflow.stage_gone": {
        "vi": "phường {ward} đang ở bước «{stage}» (quy trình phiên bản {version}), nhưng quy trình "
        "{workflow} hiện không còn bước này. Khôi phục bước đó trong workflow.yaml (không đổi tên hay "
        "xóa bước đang có phường).",
        "en": "ward {ward} is at stage «{stage}» (workflow version {version}), which workflow "
        "{workflow} no longer has. Restore that stage in workflow.yaml (do not rename or remove a "
        "stage a ward is at).",
    },
    "workflow.bad_version": {
        "vi": "quy trình «{name}@{version}»: sau «@» phải là số phiên bản, ví dụ «{name}@1».",
        "en": "workflow «{name}@{version}»: «@» must be followed by a version number, e.g. «{name}@1».",
    },
    "workflow.no_such_version": {
        "vi": "quy trình {name} không còn giữ phiên bản {version} (phiên bản hiện hành: {current}).",
        "en": "workflow {name} keeps no version {version} (current version: {current}).",
    },
    "workflow.migration_version": {
        "vi": "from_version {found} phải nhỏ hơn phiên bản của quy trình ({version})",
        "en": "from_version {found} must be lower than the workflow's version ({version})",
    },
    "workflow.migrated": {
        "vi": "Phường {ward}: chuyển từ quy trình {workflow} phiên bản {old} sang phiên bản {new}; "
        "bước cũ «{before}» nay là «{after}» (đã ghi vào lịch sử).",
        "en": "Ward {ward}: carried over from workflow {workflow} version {old} to version {new}; "
        "the old stage «{before}» is now «{after}» (recorded in the history).",
    },
    "workflow.ward_newer": {
        "vi": "phường {ward} đã chạy quy trình {workflow} phiên bản {found}, mới hơn phiên bản "
        "{version} mà unit.yaml đang dùng; không thể quay lại phiên bản cũ. Ghi «workflow: "
        "{workflow}» (phiên bản hiện hành) trong unit.yaml.",
        "en": "ward {ward} already runs workflow {workflow} version {found}, newer than version "
        "{version} that unit.yaml names; it cannot go back. Name «workflow: {workflow}» (the "
        "current version) in unit.yaml.",
    },
    "workflow.bad_stage_id": {
        "vi": "mã bước «{stage}» chỉ được gồm chữ thường không dấu, số và «_», bắt đầu bằng chữ",
        "en": "stage id «{stage}» may hold only lower-case ASCII letters, digits and «_», "
        "starting with a letter",
    },
    "workflow.duplicate_lesson": {
        "vi": "bài học «{lesson}» được khai báo hai lần",
        "en": "lesson «{lesson}» is declared twice",
    },
    # using the workflow
    "workflow.unknown_trigger": {
        "vi": "không có lệnh chuyển «{trigger}». Các lệnh: {allowed}",
        "en": "there is no trigger «{trigger}». Triggers: {allowed}",
    },
    "workflow.not_from_stage": {
        "vi": "không thể «{trigger}» khi phường đang ở bước «{stage}». Có thể: {possible}",
        "en": "«{trigger}» is not possible while the ward is at «{stage}». Possible: {possible}",
    },
    "workflow.unknown_item": {
        "vi": "không có việc «{item}». Các việc: {allowed}",
        "en": "there is no checklist item «{item}». Items: {allowed}",
    },
    "workflow.unknown_approval": {
        "vi": "không có phê duyệt «{approval}». Các phê duyệt: {allowed}",
        "en": "there is no approval «{approval}». Approvals: {allowed}",
    },
    "workflow.unknown_rule": {
        "vi": "không có quy tắc «{rule}». Các quy tắc: {allowed}",
        "en": "there is no rule «{rule}». Rules: {allowed}",
    },
    "workflow.unknown_lesson": {
        "vi": "không có bài học «{lesson}» trong unit.yaml. Các bài học: {allowed}",
        "en": "there is no lesson «{lesson}» in unit.yaml. Lessons: {allowed}",
    },
    "workflow.never_excepted": {
        "vi": "quy tắc «{rule}» không thể cho qua bằng ngoại lệ: số liệu phải được sửa cho khớp.",
        "en": "rule «{rule}» cannot be passed by an exception: the figures must be corrected.",
    },
    "workflow.document_needed": {
        "vi": "cần số văn bản (--document), ví dụ «Số 12-CV/ĐU».",
        "en": "the document number is needed (--document), e.g. «Số 12-CV/ĐU».",
    },
    "workflow.decision_number": {
        "vi": "«{label}» là một quyết định: --document phải ghi số quyết định, ví dụ «Số 21/QĐ-MTTQ-BTT» "
        "(đã ghi: «{document}»).",
        "en": "«{label}» is a decision: --document must give its number, e.g. «21/QD-MTTQ-BTT» "
        "(given: «{document}»).",
    },
    "workflow.decision_date": {
        "vi": "«{label}» là một quyết định: cần ngày ký (--date), ví dụ --date 2024-01-26.",
        "en": "«{label}» is a decision: its date is needed (--date), e.g. --date 2024-01-26.",
    },
    "workflow.bad_date": {
        "vi": "ngày «{value}» không đúng dạng yyyy-mm-dd hoặc dd/mm/yyyy (ví dụ 2024-01-26 hay 26/01/2024).",
        "en": "the date «{value}» is not yyyy-mm-dd or dd/mm/yyyy (e.g. 2024-01-26 or 26/01/2024).",
    },
    "workflow.actor_needed": {
        "vi": "cần ghi họ tên người thực hiện (--by).",
        "en": "the name of who does it is needed (--by).",
    },
    "workflow.reopen_not_back": {
        "vi": "chỉ trả phường về một bước TRƯỚC bước hiện tại: phường {ward} đang ở «{current}», "
        "không thể trả về «{stage}». Các bước trước: {earlier}",
        "en": "a ward can only be sent back to a stage BEFORE its current one: ward {ward} is at "
        "«{current}», not after «{stage}». Earlier stages: {earlier}",
    },
    "workflow.reason_needed": {
        "vi": "cần ghi lý do (--reason).",
        "en": "a reason is needed (--reason).",
    },
    "workflow.note_needed": {
        "vi": "cần ghi phường đã tiếp thu bài học thế nào (--note).",
        "en": "say how the ward addressed the lesson (--note).",
    },
    # the pilot gate
    "gate.no_pilot": {
        "vi": "Chưa chọn phường đại hội điểm (khóa pilot_ward trong unit.yaml).",
        "en": "No pilot ward is set (pilot_ward in unit.yaml).",
    },
    "gate.pilot_not_done": {
        "vi": "Phường đại hội điểm {pilot} chưa tổ chức Đại hội (đang ở bước «{stage}»).",
        "en": "The pilot ward {pilot} has not held its congress (it is at «{stage}»).",
    },
    "gate.no_lessons": {
        "vi": "Chưa ghi bài học kinh nghiệm của đại hội điểm {pilot} (khóa lessons trong unit.yaml).",
        "en": "The lessons of the pilot congress ({pilot}) are not recorded (lessons in unit.yaml).",
    },
    "gate.lesson_open": {
        "vi": "Chưa xác nhận tiếp thu bài học {lesson}: «{text}».",
        "en": "Lesson {lesson} not yet acknowledged: «{text}».",
    },
    # the district
    "ui.district_progress": {"vi": "Đang xử lý các phường", "en": "Processing the wards"},
    "ui.district_title": {"vi": "{unit} — ngày {today}", "en": "{unit} — {today}"},
    "ui.state": {"vi": "Tình trạng", "en": "State"},
    "ui.state_ok": {"vi": "bình thường", "en": "on track"},
    "ui.state_blocked": {"vi": "vướng {count} lỗi", "en": "blocked by {count}"},
    "ui.state_missing_data": {"vi": "thiếu dữ liệu", "en": "missing data"},
    "ui.re_elected": {"vi": "Tái cử", "en": "Re-elected"},
    "ui.women": {"vi": "Nữ", "en": "Women"},
    "ui.non_party": {"vi": "Ngoài Đảng", "en": "Non-Party"},
    "ui.total": {"vi": "Toàn quận", "en": "District"},
    "ui.district_counts": {
        "vi": "{wards} phường: {blocked} vướng lỗi, {overdue} quá hạn, {missing} thiếu dữ liệu, "
        "{reopened} bị trả lại.",
        "en": "{wards} wards: {blocked} blocked, {overdue} overdue, {missing} missing data, "
        "{reopened} sent back.",
    },
    "ui.district_reopened": {
        "vi": "trả lại về «{after}»",
        "en": "sent back to «{after}»",
    },
    # terminal output
    "ui.ward": {"vi": "Phường", "en": "Ward"},
    "ui.stage": {"vi": "Bước hiện tại", "en": "Stage"},
    "ui.since": {"vi": "Từ", "en": "Since"},
    "ui.group": {"vi": "Tổ công tác", "en": "Working group"},
    "ui.deadline": {"vi": "Hạn", "en": "Deadline"},
    "ui.pilot_mark": {"vi": " (điểm)", "en": " (pilot)"},
    "ui.overdue": {
        "vi": "QUÁ HẠN {days} ngày: chưa tới «{label}» (hạn {due})",
        "en": "OVERDUE by {days} days: not at «{label}» yet (due {due})",
    },
    "ui.next_due": {"vi": "«{label}» trước {due}", "en": "«{label}» by {due}"},
    "ui.exception_line": {
        "vi": "Ngoại lệ {rule}: {granted_by}, văn bản {document} — {reason}",
        "en": "Exception {rule}: {granted_by}, document {document} — {reason}",
    },
    "ui.status_title": {
        "vi": "{unit} — quy trình {workflow} (phiên bản {version}), ngày {today}",
        "en": "{unit} — workflow {workflow} (version {version}), {today}",
    },
    "ui.moved": {
        "vi": "Phường {ward}: «{before}» → «{after}» ({actor}).",
        "en": "Ward {ward}: «{before}» → «{after}» ({actor}).",
    },
    "ui.refused": {
        "vi": "TỪ CHỐI «{trigger}» cho phường {ward}: chưa đủ điều kiện sang «{dest}».",
        "en": "REFUSED «{trigger}» for ward {ward}: not ready for «{dest}».",
    },
    "ui.ready": {
        "vi": "«{trigger}» → «{dest}»: ĐỦ ĐIỀU KIỆN.",
        "en": "«{trigger}» → «{dest}»: READY.",
    },
    "ui.not_ready": {
        "vi": "«{trigger}» → «{dest}»: CHƯA ĐỦ ĐIỀU KIỆN.",
        "en": "«{trigger}» → «{dest}»: NOT READY.",
    },
    "ui.final_stage": {
        "vi": "Phường {ward} đã ở bước cuối «{stage}».",
        "en": "Ward {ward} is at the last stage «{stage}».",
    },
    "ui.checklist_todo": {
        "vi": "Chưa xác nhận: {label} — congress ward confirm {ward} {id} --by «Họ tên»",
        "en": "Not confirmed: {label} — congress ward confirm {ward} {id} --by NAME",
    },
    "ui.approval_todo": {
        "vi": "Chưa có phê duyệt: {label} — congress ward approve {ward} {id} --by «Người ký» "
        "--document «Số văn bản»",
        "en": "Approval missing: {label} — congress ward approve {ward} {id} --by SIGNER "
        "--document NUMBER",
    },
    "ui.decision_todo": {
        "vi": "Chưa có quyết định: {label} — congress ward approve {ward} {id} --by «Người ký» "
        "--document «Số quyết định» --date «yyyy-mm-dd»",
        "en": "Decision missing: {label} — congress ward approve {ward} {id} --by SIGNER "
        "--document NUMBER --date yyyy-mm-dd",
    },
    "ui.excepted": {
        "vi": "Cho qua theo ngoại lệ: {title} ({granted_by}, văn bản {document})",
        "en": "Passed by exception: {title} ({granted_by}, document {document})",
    },
    "ui.recorded": {"vi": "Đã ghi: {what}", "en": "Recorded: {what}"},
    "ui.dated": {"vi": "ngày {day}", "en": "dated {day}"},
    "ui.reopened": {
        "vi": "Phường {ward}: trả lại từ «{before}» về «{after}».",
        "en": "Ward {ward}: sent back from «{before}» to «{after}».",
    },
    "ui.reopen_no_approvals": {
        "vi": "Không có phê duyệt nào phải ghi lại; các việc đã xác nhận vẫn giữ nguyên.",
        "en": "No approval needs to be given again; confirmed items stay confirmed.",
    },
    "ui.reopened_line": {
        "vi": "Bị trả lại từ «{before}» về «{after}» ngày {at} ({by}): {reason}",
        "en": "Sent back from «{before}» to «{after}» on {at} ({by}): {reason}",
    },
    "ui.reopen_document": {"vi": "— văn bản {document}", "en": "— document {document}"},
    "ui.reopened_times": {"vi": "(đã trả lại {count} lần)", "en": "(sent back {count} times)"},
    "ui.history_reopen": {
        "vi": "TRẢ LẠI: «{before}» → «{after}»",
        "en": "SENT BACK: «{before}» → «{after}»",
    },
    "ui.history_withdrawn": {
        "vi": "phê duyệt phải ghi lại: {approvals}",
        "en": "approvals to be given again: {approvals}",
    },
    "ui.history_migrate": {
        "vi": "Chuyển sang quy trình phiên bản {new} (từ {old}): «{before}» → «{after}»",
        "en": "Carried over to workflow version {new} (from {old}): «{before}» → «{after}»",
    },
    "ui.rerun_title": {
        "vi": "Kiểm tra lại dự thảo văn kiện và đề án nhân sự sau khi tiếp thu bài học:",
        "en": "The drafts and the personnel scheme checked again after the lesson:",
    },
    "ui.check_drafts": {"vi": "Dự thảo văn kiện", "en": "Draft reports"},
    "ui.check_personnel": {"vi": "Đề án nhân sự", "en": "Personnel scheme"},
    "ui.rerun_ok": {
        "vi": "{check}: đạt",
        "en": "{check}: passes",
    },
    "ui.rerun_blocked": {
        "vi": "{check}: còn {count} lỗi, phải sửa trước khi tổ chức Đại hội (hold_congress)",
        "en": "{check}: {count} errors left, to fix before the congress (hold_congress)",
    },
    "ui.workflow_stage": {"vi": "Bước", "en": "Stage"},
    "ui.workflow_moves": {"vi": "Bước chuyển → bước đến", "en": "Trigger → destination"},
    "ui.workflow_guards": {"vi": "Điều kiện", "en": "Guards"},
    "ui.history_title": {"vi": "Lịch sử phường {ward}", "en": "History of ward {ward}"},
    "ui.when": {"vi": "Thời gian", "en": "When"},
    "ui.who": {"vi": "Người thực hiện", "en": "Who"},
    "ui.what": {"vi": "Việc", "en": "What"},
    "ui.note": {"vi": "Ghi chú", "en": "Note"},
    "ward.unknown_typed": {
        "vi": "không có phường «{ward}» (không có thư mục wards/{slug}). Các phường (tên thư mục): "
        "{allowed}. Gọi phường bằng tên có dấu hay không dấu, hoặc tên thư mục.",
        "en": "there is no ward «{ward}» (no folder wards/{slug}). Wards (folder names): "
        "{allowed}. Name a ward with or without accents, or by its folder name.",
    },
}
