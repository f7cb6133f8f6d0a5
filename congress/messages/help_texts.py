"""The help of every command and option, in Vietnamese and English (`congress … --help`).

Keys: `help.<command path>` for a command (`help.congress` for the top), `help.<command
path>.<parameter>` for its own options, `help.opt.<parameter>` for the options every command
shares, `help.arg.<parameter>` for the name an argument has in a usage line. Every command's
help ends with examples (`Ví dụ:` / `Examples:`, after a `\\b` line so Click keeps the lines);
tests/test_help.py walks every command and checks it.
"""

from __future__ import annotations

from congress.messages.types import Catalogue


def _h(vi: str, en: str) -> dict[str, str]:
    return {"vi": vi, "en": en}


MESSAGES: Catalogue = {
    # the top and its options
    "help.congress": _h(
        "Chuẩn bị Đại hội MTTQ Việt Nam cấp phường: kiểm tra đề án nhân sự, quy trình, văn kiện,"
        " kiểm phiếu, cả quận.\n\nPhường được gọi bằng tên (có dấu hay không) hoặc tên thư mục;"
        " thư mục làm việc là thư mục đang đứng, hoặc -w THƯ_MỤC.\n\n\b\nVí dụ:\n"
        '  congress init dong-da --unit "Quận Đống Đa" --ward "Ô Chợ Dừa" --ward "Văn Miếu"\n'
        '  congress personnel check "Ô Chợ Dừa" -w dong-da\n'
        "  congress ward status -w dong-da",
        "Prepare the ward congresses of the Vietnam Fatherland Front: personnel schemes, the"
        " workflow, documents, vote counts, a whole district.\n\nA ward is named by its name"
        " (with or without diacritics) or its folder name; the workspace is the current folder,"
        " or -w FOLDER.\n\n\b\nExamples:\n"
        '  congress init dong-da --unit "Quận Đống Đa" --ward "Ô Chợ Dừa" --ward "Văn Miếu"\n'
        '  congress personnel check "Ô Chợ Dừa" -w dong-da\n'
        "  congress ward status -w dong-da",
    ),
    "help.congress.lang": _h(
        "Ngôn ngữ thông báo: vi (mặc định) hoặc en.", "Language of messages: vi (default) or en."
    ),
    "help.congress.version": _h("In số phiên bản rồi thoát.", "Show the version and exit."),
    # options every command shares
    "help.opt.workspace": _h(
        "Thư mục làm việc (có unit.yaml); mặc định thư mục đang đứng hoặc thư mục cha.",
        "The workspace (with unit.yaml); by default the current folder or a parent.",
    ),
    "help.opt.as_json": _h(
        "In kết quả dạng JSON (cho script).", "Print the result as JSON (for scripts)."
    ),
    "help.opt.actor": _h("Họ tên người thực hiện.", "Full name of who does it."),
    # the names of arguments in a usage line
    "help.arg.ward": _h("PHƯỜNG", "WARD"),
    "help.arg.ward_name": _h("PHƯỜNG", "WARD"),
    "help.arg.trigger": _h("BƯỚC_CHUYỂN", "MOVE"),
    "help.arg.item": _h("VIỆC", "ITEM"),
    "help.arg.approval": _h("PHÊ_DUYỆT", "APPROVAL"),
    "help.arg.rule": _h("QUY_TẮC", "RULE"),
    "help.arg.lesson": _h("BÀI_HỌC", "LESSON"),
    "help.arg.stage": _h("BƯỚC", "STAGE"),
    "help.arg.folder": _h("THƯ_MỤC", "FOLDER"),
    "help.arg.output": _h("TỆP", "FILE"),
    "help.arg.documents": _h("VĂN_KIỆN", "DOC"),
    "help.arg.templates": _h("MẪU", "TEMPLATE"),
    "help.arg.first": _h("A", "A"),
    "help.arg.second": _h("B", "B"),
    "help.arg.name": _h("QUY_TRÌNH", "WORKFLOW"),
    "help.tally.subcommands": _h("PHƯỜNG | compare A B", "WARD | compare A B"),
    # personnel
    "help.personnel": _h(
        "Đề án nhân sự: kiểm tra danh sách dự kiến, tạo mẫu danh sách.\n\n\b\nVí dụ:\n"
        '  congress personnel check "Ô Chợ Dừa" -w dong-da\n'
        "  congress personnel form du-kien-nhan-su.xlsx",
        "Personnel scheme: check the proposed list, write a blank list.\n\n\b\nExamples:\n"
        '  congress personnel check "Ô Chợ Dừa" -w dong-da\n'
        "  congress personnel form du-kien-nhan-su.xlsx",
    ),
    "help.personnel.check": _h(
        "Kiểm tra đề án nhân sự theo bộ quy tắc (tỷ lệ tái cử, ngoài Đảng, cơ cấu…).\n\n"
        "PHƯỜNG: tên phường (có dấu hay không), tên thư mục của phường trong thư mục làm việc,"
        " hoặc đường dẫn thư mục phường (có ward.yaml); hoặc chỉ các tệp (--proposed …)."
        " Mã thoát: 0 đạt (có thể có cảnh báo), 1 có lỗi theo quy tắc, 2 dữ liệu vào không"
        " dùng được.\n\n\b\nVí dụ:\n"
        '  congress personnel check "Ô Chợ Dừa" -w dong-da\n'
        "  congress personnel check examples/wards/o-cho-dua --people\n"
        "  congress personnel check --proposed moi.xlsx --previous cu.xlsx --planned-size 55",
        "Check the personnel scheme against the ruleset (re-election, non-Party share,"
        " composition…).\n\nWARD: the ward's name (with or without diacritics), its folder name"
        " in the workspace, or the path of a ward folder (with ward.yaml); or only files"
        " (--proposed …). Exit code: 0 passed (warnings allowed), 1 a rule failed, 2 the input"
        " could not be used.\n\n\b\nExamples:\n"
        '  congress personnel check "Ô Chợ Dừa" -w dong-da\n'
        "  congress personnel check examples/wards/o-cho-dua --people\n"
        "  congress personnel check --proposed moi.xlsx --previous cu.xlsx --planned-size 55",
    ),
    "help.personnel.check.proposed": _h(
        "Danh sách dự kiến (.xlsx/.xls/.ods/.csv).", "The proposed list (.xlsx/.xls/.ods/.csv)."
    ),
    "help.personnel.check.previous": _h(
        "Danh sách Ủy ban khóa trước.", "The outgoing committee's list."
    ),
    "help.personnel.check.planned_size": _h(
        "Số lượng Ủy viên dự kiến.", "The planned number of committee members."
    ),
    "help.personnel.check.ruleset": _h(
        "Bộ quy tắc: tên có sẵn hoặc đường dẫn tệp .yaml. Mặc định: khóa ruleset của ward.yaml,"
        " hoặc ward-2024-2029.",
        "The ruleset: a bundled name or the path of a .yaml file. Default: the ruleset key of"
        " ward.yaml, or ward-2024-2029.",
    ),
    "help.personnel.check.show_people": _h(
        "In cả danh sách người dự kiến.", "Also print the proposed people."
    ),
    "help.personnel.form": _h(
        "Tạo mẫu danh sách nhân sự (.xlsx) trống, có danh sách chọn và dòng hướng dẫn.\n\n\b\n"
        "Ví dụ:\n  congress personnel form du-kien-nhan-su.xlsx\n"
        '  congress personnel form du-kien-nhan-su.xlsx --ward "Ô Chợ Dừa" -w dong-da',
        "Write a blank personnel list (.xlsx) with drop-down lists and a guidance row.\n\n\b\n"
        "Examples:\n  congress personnel form du-kien-nhan-su.xlsx\n"
        '  congress personnel form du-kien-nhan-su.xlsx --ward "Ô Chợ Dừa" -w dong-da',
    ),
    "help.personnel.form.ruleset": _h("Bộ quy tắc.", "The ruleset."),
    "help.personnel.form.ward": _h(
        "Phường (tên, tên thư mục hoặc đường dẫn thư mục): thêm tổ chức thành viên và khu dân"
        " cư vào danh sách chọn.",
        "A ward (name, folder name or folder path): add its member organisations and"
        " residential areas to the drop-down lists.",
    ),
    "help.personnel.form.force": _h("Ghi đè nếu tệp đã có.", "Overwrite the file if it exists."),
    # district
    "help.district": _h(
        "Cả quận: kiểm tra mọi phường, văn kiện đến hạn, bảng theo dõi, báo cáo lên cấp trên."
        "\n\n\b\nVí dụ:\n  congress district status -w dong-da\n"
        "  congress district run -w dong-da",
        "The whole district: every ward checked, the documents due, the dashboard, the reports"
        " upward.\n\n\b\nExamples:\n  congress district status -w dong-da\n"
        "  congress district run -w dong-da",
    ),
    "help.district.run": _h(
        "Kiểm tra mọi phường, tạo văn kiện đến hạn của mỗi phường, viết bảng theo dõi"
        " (out/dashboard.html), bảng tổng hợp (.xlsx), báo cáo tiến độ và báo cáo tổng hợp"
        " (.docx).\n\nKhông tự chuyển bước cho phường nào. Phường thiếu dữ liệu được ghi «thiếu"
        " dữ liệu» và các phường khác vẫn được xử lý. Mã thoát 0 khi mọi phường đọc được dữ"
        " liệu, 1 khi có phường thiếu. THƯ_MỤC (cách viết cũ) tương đương -w THƯ_MỤC."
        "\n\n\b\nVí dụ:\n  congress district run -w examples/dong-da\n"
        "  congress district run -w examples/dong-da --json > ket-qua.json",
        "Check every ward, write each ward's documents due, the dashboard (out/dashboard.html),"
        " the summary workbook (.xlsx), the progress and summary reports (.docx).\n\nNo ward is"
        " moved on. A ward with missing data is marked so and the others are still processed."
        " Exit code 0 when every ward's data could be read, 1 otherwise. FOLDER (the older form)"
        " is the same as -w FOLDER.\n\n\b\nExamples:\n  congress district run -w examples/dong-da"
        "\n  congress district run -w examples/dong-da --json > ket-qua.json",
    ),
    "help.district.run.no_docs": _h(
        "Không tạo văn kiện, chỉ kiểm tra và báo cáo.", "Write no documents: check and report."
    ),
    "help.district.run.all_docs": _h(
        "Tạo mọi văn kiện cho mọi phường, không chỉ văn kiện đến hạn.",
        "Write every document of every ward, not only those due.",
    ),
    "help.district.run.workers": _h(
        "Số tiến trình (mặc định: số lõi).", "Number of processes (default: the cores)."
    ),
    "help.district.status": _h(
        "Bức tranh cả quận trên màn hình: bước của từng phường, quá hạn, vướng mắc, các tỷ lệ."
        " THƯ_MỤC (cách viết cũ) tương đương -w THƯ_MỤC.\n\n\b\nVí dụ:\n"
        "  congress district status -w examples/dong-da",
        "The district on screen: each ward's stage, deadlines missed, what blocks, the shares."
        " FOLDER (the older form) is the same as -w FOLDER.\n\n\b\nExamples:\n"
        "  congress district status -w examples/dong-da",
    ),
    # docs
    "help.docs": _h(
        "Văn kiện Đại hội: tạo từ dữ liệu của phường, kiểm tra dự thảo, kiểm tra mẫu.\n\n\b\n"
        'Ví dụ:\n  congress docs check "Văn Miếu" -w examples\n'
        '  congress docs render "Ô Chợ Dừa" -w examples',
        "Congress documents: written from the ward's data, drafts checked, templates checked."
        '\n\n\b\nExamples:\n  congress docs check "Văn Miếu" -w examples\n'
        '  congress docs render "Ô Chợ Dừa" -w examples',
    ),
    "help.docs.render": _h(
        "Tạo văn kiện (.docx, mở và sửa được bằng Word) vào out/<phường>/.\n\nKhông bao giờ ghi"
        " đè tệp cán bộ đã sửa: bản mới được ghi bên cạnh (trừ khi --force). VĂN_KIỆN:"
        " ke_hoach, bao_cao_chinh_tri, chuong_trinh_hanh_dong, bao_cao_kiem_diem, de_an_nhan_su,"
        " to_trinh, chuong_trinh_dai_hoi, kich_ban, danh_sach_doan_dai_bieu, bien_ban,"
        " bien_ban_kiem_phieu, nghi_quyet, bien_ban_hoi_nghi_thu_nhat, quyet_dinh_cong_nhan,"
        " bao_cao_ket_qua (mặc định: tất cả).\n\n\b\nVí dụ:\n"
        '  congress docs render "Ô Chợ Dừa" -w examples\n'
        "  congress docs render o-cho-dua bao_cao_chinh_tri --pdf -w examples",
        "Write the documents (.docx, to open and edit in Word) into out/<ward>/.\n\nA file an"
        " officer edited is never overwritten: the new one is written beside it (unless"
        " --force). DOC: ke_hoach, bao_cao_chinh_tri, chuong_trinh_hanh_dong, bao_cao_kiem_diem,"
        " de_an_nhan_su, to_trinh, chuong_trinh_dai_hoi, kich_ban, danh_sach_doan_dai_bieu,"
        " bien_ban, bien_ban_kiem_phieu, nghi_quyet, bien_ban_hoi_nghi_thu_nhat,"
        " quyet_dinh_cong_nhan, bao_cao_ket_qua (default: all).\n\n\b\nExamples:\n"
        '  congress docs render "Ô Chợ Dừa" -w examples\n'
        "  congress docs render o-cho-dua bao_cao_chinh_tri --pdf -w examples",
    ),
    "help.docs.render.force": _h(
        "Ghi đè cả tệp đã được sửa sau khi tạo.", "Overwrite even a file edited since."
    ),
    "help.docs.render.final": _h(
        "Bản chính thức (không in «DỰ THẢO»); không ghi nếu còn chỗ «[CẦN VIẾT: …]» (mã thoát 1).",
        "The final version (no «DỰ THẢO» mark); refused while a «[CẦN VIẾT: …]» is left (exit 1).",
    ),
    "help.docs.render.as_pdf": _h(
        "Xuất thêm PDF (cần LibreOffice).", "Also write a PDF (needs LibreOffice)."
    ),
    "help.docs.render.templates": _h(
        "Thư mục mẫu riêng (mặc định: mẫu có sẵn).", "Own templates folder (default: bundled)."
    ),
    "help.docs.check": _h(
        "Kiểm tra dự thảo văn kiện và kịch bản: độ dài, đủ phần, kết quả tổ chức thành viên,"
        " chỉ tiêu, chương trình hành động, trùng lặp báo cáo kiểm điểm, Đoàn Chủ tịch, tham"
        " luận.\n\nMã thoát: 0 đạt (có thể có cảnh báo), 1 có lỗi, 2 dữ liệu không đọc được."
        '\n\n\b\nVí dụ:\n  congress docs check "Văn Miếu" -w examples',
        "Check the drafts and the script: length, sections, member organisations' results,"
        " targets, action programme, review report repeating the political report, Presidium,"
        " speeches.\n\nExit code: 0 passed (warnings allowed), 1 errors, 2 unreadable data."
        '\n\n\b\nExamples:\n  congress docs check "Văn Miếu" -w examples',
    ),
    "help.docs.draft": _h(
        "Tạo dự thảo Báo cáo chính trị, Báo cáo kiểm điểm, Chương trình hành động (.docx, viết"
        " tiếp bằng Word) vào wards/<phường>/van-kien/.\n\nĐiền sẵn những gì đã biết: tiêu đề,"
        " quốc hiệu, các phần theo thứ tự (là Heading trong Word), bảng chỉ tiêu nghị quyết nhiệm"
        " kỳ trước với kết quả và đánh giá, một mục cho mỗi tổ chức thành viên, Chương trình xây"
        " dựng khu dân cư với các dòng chỉ tiêu; chỗ còn phải viết ghi «[CẦN VIẾT: …]». Dự thảo"
        " đã được sửa thì giữ nguyên, không bao giờ ghi đè.\n\nMã thoát: 0 xong, 2 không ghi được"
        " (phường không có, tệp đang mở trong Word…).\n\n\b\nVí dụ:\n"
        "  congress docs draft o-cho-dua -w examples\n"
        '  congress docs draft "Ô Chợ Dừa"',
        "Write drafts of the political report, the review report and the action programme (.docx,"
        " to go on with in Word) into wards/<ward>/van-kien/.\n\nFilled with what is known: the"
        " titles and header blocks, the sections in order (as Word headings), the last"
        " resolution's targets with results and status, a section per member organisation, the"
        " residential-area programme with its target rows; what is left to write says «[CẦN VIẾT:"
        " …]». A draft the officer edited is kept, never overwritten.\n\nExit code: 0 done, 2"
        " nothing written (unknown ward, a file open in Word…).\n\n\b\nExamples:\n"
        "  congress docs draft o-cho-dua -w examples\n"
        '  congress docs draft "Ô Chợ Dừa"',
    ),
    "help.docs.draft.force": _h(
        "Dự thảo đã được sửa: ghi bản mới bên cạnh để đối chiếu (không bao giờ ghi đè).",
        "A draft was edited: write a new copy beside it to compare (never overwrites).",
    ),
    "help.ward.forms": _h(
        "Tạo mẫu Excel thông tin Đại hội (thong-tin-dai-hoi.xlsx) và phiếu nhập số liệu kiểm"
        " phiếu (kiem-phieu.xlsx, hai trang «Nhập lần 1», «Nhập lần 2») cho phường, điền sẵn"
        " những gì đã biết: tên phường, ngày Đại hội, Ban Kiểm phiếu, họ tên những người trong"
        " danh sách dự kiến. Mẫu đã có được giữ nguyên, trừ khi thêm --force.\n\n\b\nVí dụ:\n"
        "  congress ward forms thanh-cong -w dong-da\n"
        "  congress ward forms thanh-cong --force -w dong-da",
        "Write the ward's Excel forms for the congress details (thong-tin-dai-hoi.xlsx) and the"
        " count (kiem-phieu.xlsx, two entry sheets «Nhập lần 1», «Nhập lần 2»), filled with what"
        " is known: the ward's name, the congress day, the counting board, the names on the"
        " proposed list. Existing forms are kept unless --force.\n\n\b\nExamples:\n"
        "  congress ward forms thanh-cong -w dong-da\n"
        "  congress ward forms thanh-cong --force -w dong-da",
    ),
    "help.ward.forms.force": _h(
        "Ghi đè cả mẫu đã có (mất số liệu đã nhập trong đó).",
        "Overwrite existing forms too (what was entered in them is lost).",
    ),
    "help.docs.lint": _h(
        "Kiểm tra mẫu văn kiện: cú pháp thẻ, thẻ bị tách qua nhiều run, biến không có trong dữ"
        " liệu, thẻ dữ liệu không điền được, phông không phải Times New Roman, phông"
        " .VnTime/VNI.\n\nVới --generated: kiểm tra các văn bản đã tạo (out/<phường>/*.docx và"
        " out/*.docx của quận) như cán bộ đọc duyệt: từ chỉ cấp sai đơn vị (level_word), mã"
        " tiếng Anh còn sót (english), số trên 999 chưa tách hàng nghìn (number), «…» còn để"
        " trống dù đã có dữ liệu (ellipsis), địa danh ở dòng ngày tháng (place), dòng ký không"
        " khớp cơ quan ban hành (signature, signature_chair), bản chính thức (không có «DỰ THẢO»)"
        " còn chỗ «[CẦN VIẾT: …]» (to_write; bản dự thảo được để lại).\n\nMã thoát: 0 đạt, 1 có lỗi, 2"
        " tệp không đọc được hoặc chưa có văn bản nào.\n\n\b\nVí dụ:\n  congress docs lint\n"
        '  congress docs lint mau/bao-cao-chinh-tri.docx --ward "Ô Chợ Dừa" -w examples\n'
        "  congress docs lint --generated -w examples/dong-da",
        "Check document templates: tag syntax, tags split across runs, variables not in the"
        " data, data tags that cannot be filled, fonts other than Times New Roman, .VnTime/VNI"
        " fonts.\n\nWith --generated: check the documents written (out/<ward>/*.docx and the"
        " district's out/*.docx) as an officer reviewing them: a level word of the wrong unit"
        " (level_word), English codes left (english), numbers over 999 without thousands"
        " separators (number), «…» left although the data is there (ellipsis), the place in"
        " the date line (place), a signature not matching the issuer (signature,"
        " signature_chair), a final copy (no «DỰ THẢO») still holding «[CẦN VIẾT: …]» (to_write; a"
        " draft may keep them).\n\nExit code: 0 passed, 1 errors, 2 unreadable files or no"
        " documents yet.\n\n\b\nExamples:\n  congress docs lint\n"
        '  congress docs lint mau/bao-cao-chinh-tri.docx --ward "Ô Chợ Dừa" -w examples\n'
        "  congress docs lint --generated -w examples/dong-da",
    ),
    "help.docs.lint.ward_name": _h(
        "Kiểm tra thêm: dữ liệu của phường này điền được mẫu.",
        "Also check that this ward's data fills the templates.",
    ),
    "help.docs.lint.generated": _h(
        "Kiểm tra văn bản ĐÃ TẠO trong out/ (mọi phường và của quận; với --ward: một phường).",
        "Check the documents WRITTEN in out/ (every ward and the district's; with --ward: one"
        " ward).",
    ),
    # init
    "help.init": _h(
        "Tạo thư mục làm việc: unit.yaml, mỗi phường một thư mục (ward.yaml có chú thích, mẫu"
        " danh sách trống), out/ và cơ sở dữ liệu trạng thái .congress/.\n\n\b\nVí dụ:\n"
        '  congress init dong-da --unit "Quận Đống Đa" --ward "Ô Chợ Dừa" --ward "Văn Miếu" \\\n'
        '      --pilot "Ô Chợ Dừa"',
        "Create a workspace: unit.yaml, one folder per ward (an annotated ward.yaml, blank"
        " lists), out/ and the state database .congress/.\n\n\b\nExamples:\n"
        '  congress init dong-da --unit "Quận Đống Đa" --ward "Ô Chợ Dừa" --ward "Văn Miếu" \\\n'
        '      --pilot "Ô Chợ Dừa"',
    ),
    "help.init.unit": _h(
        "Tên đơn vị cấp trên, ví dụ «Quận Đống Đa».", "The supervising unit, e.g. «Quận Đống Đa»."
    ),
    "help.init.wards": _h(
        "Tên một phường (lặp lại cho mỗi phường).", "A ward's name (repeat for each ward)."
    ),
    "help.init.pilot": _h("Tên phường đại hội điểm.", "The pilot ward's name."),
    "help.init.term": _h("Nhiệm kỳ.", "The term."),
    "help.init.workflow": _h("Quy trình.", "The workflow."),
    "help.init.level": _h(
        "Cấp của đơn vị cấp trên; mặc định theo chữ đầu tên đơn vị («Tỉnh …» -> tỉnh).",
        "The supervising unit's level; by default from its name («Tỉnh …» -> tỉnh).",
    ),
    "help.init.unit_type": _h(
        "Loại các đơn vị cấp dưới; mặc định theo chữ đầu tên («Xã …» -> xã), còn lại phường.",
        "The kind of the units below; by default from the name («Xã …» -> xã), else phường.",
    ),
    # tally
    "help.tally": _h(
        "Kiểm phiếu, biểu quyết: kiểm tra số liệu của Đại hội (kiem-phieu.xlsx của phường) — đại"
        " biểu có mặt, các nội dung biểu quyết, danh sách Ủy ban và Đoàn đại biểu được hiệp"
        " thương cử, Ban Thường trực do Hội nghị lần thứ nhất hiệp thương cử — tính kết quả và"
        " in nhật ký nhập liệu; đối chiếu hai lần nhập độc lập.\n\nSố liệu không khớp nhau (có"
        " mặt > triệu tập, tán thành nhiều hơn số có mặt, thu vào > phát ra, số khuyết khác số"
        " lượng trừ số đã hiệp thương cử, dự khuyết trùng chính thức…) thì không dùng kết quả."
        " Mã thoát: 0 đạt, 1 có lỗi (số liệu không khớp, không đủ đại biểu, nội dung không được"
        " thông qua, số lượng chưa khớp hoặc cần biểu quyết lại), 2 dữ liệu không đọc được."
        '\n\n\b\nVí dụ:\n  congress tally "Ô Chợ Dừa" -w examples\n'
        "  congress tally o-cho-dua -w examples --json\n"
        "  congress tally compare examples/wards/o-cho-dua/tally.yaml \\\n"
        "      examples/wards/o-cho-dua/tally-nhap-sai.yaml",
        "Vote count: check the congress's figures (the ward's kiem-phieu.xlsx) — delegates present,"
        " the votes, the committee and delegation chosen, the Standing Committee chosen by the"
        " first meeting — compute the results and print the entry journal; compare two"
        " independent entries.\n\nFigures that do not add up (present > convened, more in"
        " favour than present, more collected than issued, vacancies not the planned size less"
        " those chosen, an alternate also official…) give no result. Exit code: 0 passed, 1"
        " errors (figures that do not add up, no quorum, a vote not passed, seats not matching"
        " or a re-vote needed), 2 unreadable data.\n\n\b\nExamples:\n"
        '  congress tally "Ô Chợ Dừa" -w examples\n'
        "  congress tally o-cho-dua -w examples --json\n"
        "  congress tally compare examples/wards/o-cho-dua/tally.yaml \\\n"
        "      examples/wards/o-cho-dua/tally-nhap-sai.yaml",
    ),
    "help.tally.check": _h(
        "Kiểm tra số liệu kiểm phiếu của phường và in kết quả (cũng chạy được là «congress"
        " tally PHƯỜNG»).\n\n\b\nVí dụ:\n  congress tally check o-cho-dua -w examples",
        "Check the ward's vote count and print the results (also run as «congress tally"
        " WARD»).\n\n\b\nExamples:\n  congress tally check o-cho-dua -w examples",
    ),
    "help.tally.compare": _h(
        "Đối chiếu hai lần nhập độc lập của cùng một cuộc kiểm phiếu (hai tệp tally.yaml): mọi"
        " số liệu khác nhau được liệt kê. Mã thoát 0 khi hai bản khớp nhau, 1 khi có số liệu"
        " khác.\n\n\b\nVí dụ:\n  congress tally compare tally.yaml tally-ban-2.yaml",
        "Compare two independent entries of the same count (two tally.yaml files): every"
        " figure that differs is listed. Exit code 0 when they agree, 1 otherwise.\n\n\b\n"
        "Examples:\n  congress tally compare tally.yaml tally-ban-2.yaml",
    ),
}
