"""Content of the example wards' `drafts.yaml` and `congress.yaml` (scripts/make_examples.py).

Fictional figures in the usual shape of a ward Front report (domain.md §3; seeds 000-004):
- o-cho-dua: drafts that pass every draft check, a script where every Presidium member has a part;
- van-mieu: the faults of seed 004 — a political report that is too long (detailed results for every
  residential area), a member organisation left out, a review report that copies the results, an
  action programme with a task without owner and one without a measurable target, only two targets
  for the residential programme; in the script a Presidium member without a part, a part without a
  person, two speeches on the same topic.

Text fields are tuples of paragraphs. "@<position>" stands for the person holding that position
in the ward's proposed list (resolved by `congress`); a delegate "@<position>" becomes
{name, position}. `write` lays the content out as commented YAML (an officer copies these files as a
model), reads it back with the project's loader and asserts the intended pass / fault conditions
with simple counts.
"""

from __future__ import annotations

import random
import re
import textwrap
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import example_data as data
import yaml
from example_data import WardSpec
from pydantic import BaseModel

from congress.adapters.yaml_files import load_model
from congress.core.drafts import CongressFile, DraftsFile

M = TypeVar("M", bound=BaseModel)

CT, PCT, PCT_KCT, UVTT = (f"@{p}" for p in (data.POS_CT, data.POS_PCT, data.POS_PCT_KCT, data.POS_UVTT))  # fmt: skip
TTND_VM = "@Ủy viên Thường trực, Trưởng Ban Thanh tra nhân dân phường"
TITLE_KDC = "Xây dựng khu dân cư đoàn kết, đồng thuận; an ninh, an toàn; ấm no, hạnh phúc"
RECIPIENTS = ["Ban Thường trực UBMTTQ quận Đống Đa", "Thường trực Đảng ủy phường", "Các tổ chức thành viên"]  # fmt: skip


def head(org: str) -> str:
    return f"@Chủ tịch {org} phường"


def area(n: int) -> str:
    return f"@Trưởng ban công tác Mặt trận Tổ dân phố số {n}"


CCB, PN, NCT, CTD, KH = (head(o) for o in ("Hội Cựu chiến binh", "Hội Liên hiệp Phụ nữ", "Hội Người cao tuổi", "Hội Chữ thập đỏ", "Hội Khuyến học"))  # fmt: skip
DOAN = "@Bí thư Đoàn Thanh niên phường"

# --- comments: above every top-level key and above each field the first time it appears ------

DRAFTS_HEADER = (
    "Dự thảo văn kiện Đại hội đại biểu MTTQ Việt Nam phường {ward} lần thứ {ordinal}, nhiệm kỳ "
    "2024-2029. Tệp mẫu: sao chép rồi thay nội dung của phường mình. Lưu ở dạng UTF-8; dòng bắt "
    'đầu bằng # là ghi chú. Mục văn bản dài viết sau dấu "|", thụt lề vào trong; các đoạn văn '
    "cách nhau bằng một dòng trống, trong một đoạn có thể xuống dòng tùy ý. Mục nào chưa viết thì "
    "để trống hoặc xóa đi."
)
CONGRESS_HEADER = (
    "Kế hoạch, nhân sự điều hành và kịch bản Đại hội đại biểu MTTQ Việt Nam phường {ward} lần thứ "
    "{ordinal}, nhiệm kỳ 2024-2029. Tệp mẫu: sao chép rồi thay nội dung của phường mình. Lưu ở dạng "
    "UTF-8; dòng bắt đầu bằng # là ghi chú. Họ tên viết đầy đủ, đúng như trong danh sách nhân sự."
)

COMMENTS = {
    "political_report": "Dự thảo Báo cáo chính trị. Viết gọn, không quá 15 trang (khoảng 6.750 chữ, tính cả các bảng); số liệu chi tiết của từng khu dân cư đưa vào phụ lục.",
    "political_report.introduction": "Phần mở đầu: bối cảnh nhiệm kỳ 2019-2024, thuận lợi, khó khăn và đánh giá chung.",
    "political_report.results": "Phần thứ nhất, kết quả nhiệm kỳ: mỗi lĩnh vực công tác một mục.",
    "political_report.results[].field": "Tên lĩnh vực công tác.",
    "political_report.results[].text": "Kết quả của lĩnh vực, 1-3 đoạn, có số liệu: số tiền (triệu đồng), số nhà, số cuộc giám sát, hội nghị, tỷ lệ %.",
    "political_report.member_organisations": "Kết quả của từng tổ chức thành viên: mỗi tổ chức có trong ward.yaml phải có một mục riêng.",
    "political_report.member_organisations[].organisation": "Tên tổ chức thành viên, viết đúng như trong ward.yaml (hoặc tên viết tắt đã khai báo ở đó).",
    "political_report.member_organisations[].text": "Kết quả nổi bật của tổ chức, 1-2 đoạn, có số liệu.",
    "political_report.targets": "Các chỉ tiêu Nghị quyết Đại hội nhiệm kỳ trước và kết quả thực hiện; phần mềm tự tính tỷ lệ % và đánh giá Đạt / Vượt / Không đạt.",
    "political_report.targets[].name": "Tên chỉ tiêu, viết như trong Nghị quyết Đại hội nhiệm kỳ trước.",
    "political_report.targets[].unit": "Đơn vị tính: triệu đồng, căn, cuộc, %...",
    "political_report.targets[].target": "Mức chỉ tiêu Đại hội đề ra, chỉ ghi số; số thập phân viết bằng dấu phẩy (92,5).",
    "political_report.targets[].result": "Kết quả đạt được đến cuối nhiệm kỳ, chỉ ghi số.",
    "political_report.targets[].higher_is_better": "Ghi false khi chỉ tiêu càng thấp càng tốt (như tỷ lệ hộ nghèo); không ghi thì hiểu là càng cao càng tốt.",
    "political_report.shortcomings": "Hạn chế, yếu kém trong nhiệm kỳ.",
    "political_report.causes": "Nguyên nhân của hạn chế: khách quan và chủ quan.",
    "political_report.lessons": "Bài học kinh nghiệm.",
    "political_report.direction": "Phần thứ hai: phương hướng, mục tiêu nhiệm kỳ 2024-2029, bám sát Nghị quyết Đại hội Đảng bộ phường.",
    "political_report.new_targets": "Các chỉ tiêu của nhiệm kỳ mới.",
    "political_report.new_targets[].name": "Tên chỉ tiêu.",
    "political_report.new_targets[].value": "Mức phấn đấu, có con số và đơn vị.",
    "political_report.tasks": "Nhiệm vụ, giải pháp chủ yếu; mỗi nhiệm vụ một đoạn.",
    "political_report.conclusion": "Phần kết luận.",
    "review_report": "Dự thảo Báo cáo kiểm điểm của Ủy ban khóa XVI: tự đánh giá sự lãnh đạo, điều hành của tập thể Ủy ban, Ban Thường trực và các Ủy viên. Không chép lại kết quả đã có trong Báo cáo chính trị.",
    "review_report.introduction": "Phần mở đầu: căn cứ và phạm vi kiểm điểm.",
    "review_report.strengths": "Ưu điểm trong lãnh đạo, điều hành và lề lối làm việc.",
    "review_report.weaknesses": "Khuyết điểm, hạn chế của tập thể Ủy ban, Ban Thường trực, Ủy viên.",
    "review_report.causes": "Nguyên nhân của khuyết điểm, nhất là nguyên nhân chủ quan.",
    "review_report.lessons": "Bài học và hướng khắc phục cho Ủy ban khóa mới.",
    "action_programme": "Dự thảo Chương trình hành động nhiệm kỳ 2024-2029: mỗi nhiệm vụ có chỉ tiêu đo được, đơn vị chủ trì và thời hạn.",
    "action_programme.introduction": "Phần mở đầu của Chương trình.",
    "action_programme.tasks": "Các nhiệm vụ cụ thể.",
    "action_programme.tasks[].task": "Nội dung nhiệm vụ.",
    "action_programme.tasks[].target": "Chỉ tiêu đo được: có con số hoặc tỷ lệ %.",
    "action_programme.tasks[].owner": "Đơn vị (người) chủ trì, đơn vị phối hợp.",
    "action_programme.tasks[].deadline": "Thời hạn hoặc mốc thời gian hoàn thành.",
    "action_programme.residential_programme": f"Chương trình “{TITLE_KDC}”, với các chỉ tiêu rõ ràng.",
    "action_programme.residential_programme.title": "Tên Chương trình (giữ nguyên).",
    "action_programme.residential_programme.targets": "Các chỉ tiêu của Chương trình (nên có 4-5 chỉ tiêu).",
    "action_programme.residential_programme.targets[].name": "Tên chỉ tiêu.",
    "action_programme.residential_programme.targets[].value": "Mức phấn đấu, có con số.",
    "ordinal": "Lần thứ của Đại hội, viết bằng số La Mã.",
    "place": "Địa danh ở dòng ngày tháng, nếu khác tên phường; để trống thì ghi tên phường (“Ô Chợ Dừa, ngày ... tháng ... năm ...”).",
    "date": "Ngày khai mạc Đại hội (năm-tháng-ngày).",
    "venue": "Địa điểm tổ chức Đại hội.",
    "delegates_convened": "Tổng số đại biểu được triệu tập.",
    "plan_purposes": "Kế hoạch tổ chức Đại hội, phần mục đích (các đoạn cách nhau một dòng trống).",
    "plan_requirements": "Kế hoạch tổ chức Đại hội, phần yêu cầu.",
    "plan_timeline": "Tiến độ thực hiện Kế hoạch, mỗi bước một mục.",
    "plan_timeline[].when": "Thời gian: ngày hoặc khoảng thời gian.",
    "plan_timeline[].task": "Công việc.",
    "plan_timeline[].owner": "Đơn vị hoặc người thực hiện.",
    "plan_comments": "Kế hoạch, nhiệm vụ chuẩn bị: lấy ý kiến góp ý dự thảo văn kiện Đại hội cấp trên và dự thảo Điều lệ MTTQ Việt Nam (sửa đổi, bổ sung).",
    "plan_delegates": "Số lượng, cơ cấu đại biểu dự Đại hội.",
    "plan_subcommittees": "Các tiểu ban giúp việc Đại hội (Văn kiện, Nhân sự, Tổ chức - phục vụ).",
    "plan_subcommittees[].name": "Tên tiểu ban.",
    "plan_subcommittees[].head": "Trưởng tiểu ban: họ tên, chức vụ.",
    "plan_subcommittees[].members": "Các thành viên: họ tên, chức vụ.",
    "plan_subcommittees[].tasks": "Nhiệm vụ của tiểu ban.",
    "plan_propaganda": "Công tác tuyên truyền, trang trí trực quan, công trình chào mừng Đại hội.",
    "plan_budget": "Kinh phí tổ chức Đại hội: nguồn, mức dự kiến.",
    "personnel_scheme": "Đề án nhân sự: căn cứ, tiêu chuẩn (số liệu, cơ cấu và danh sách lấy từ danh sách dự kiến nhân sự).",
    "personnel_scheme.grounds": "Căn cứ của cấp ủy phường (nghị quyết, kết luận về công tác nhân sự), mỗi căn cứ một đoạn.",
    "personnel_scheme.standards": "Tiêu chuẩn Ủy viên Ủy ban MTTQ Việt Nam phường khóa mới.",
    "presidium": "Đoàn Chủ tịch Đại hội; mỗi thành viên phải có phần việc trong kịch bản (mục script).",
    "secretariat": "Đoàn Thư ký Đại hội.",
    "counting_board": "Ban Kiểm phiếu.",
    "script": "Kịch bản điều hành Đại hội, theo thứ tự thời gian; phần nào cũng phải có người thực hiện.",
    "script[].time": "Giờ bắt đầu, ví dụ 7h30.",
    "script[].part": "Nội dung phần việc.",
    "script[].person": "Người thực hiện: họ tên, hoặc chức danh nếu là khách mời; nhiều người thì cách nhau bằng dấu phẩy.",
    "script[].session": "Phiên họp: internal (phiên nội bộ) hoặc official (phiên chính thức).",
    "script[].words": "Lời dẫn: lời người điều hành nói ở phần này.",
    "script[].votes": "Biểu quyết ở phần này, biên bản ghi kết quả ngay sau phần: mã nội dung (id) trong tally.yaml; presidium, secretariat = Đoàn Chủ tịch, Đoàn Thư ký; committee = Ủy ban khóa mới; official, alternate = đoàn đại biểu chính thức, dự khuyết.",
    "speeches": "Các tham luận tại Đại hội, mỗi tham luận một chủ đề riêng, không trùng nhau.",
    "speeches[].speaker": "Họ tên người trình bày.",
    "speeches[].organisation": "Đơn vị, tổ chức của người trình bày.",
    "speeches[].topic": "Chủ đề tham luận.",
    "delegation": "Đoàn đại biểu dự Đại hội đại biểu MTTQ Việt Nam quận Đống Đa lần thứ XVII.",
    "delegation.official": "Đại biểu chính thức.",
    "delegation.official[].name": "Họ và tên.",
    "delegation.official[].position": "Chức vụ, đơn vị công tác.",
    "delegation.alternate": "Đại biểu dự khuyết.",
    "documents": "Số và ngày ban hành các văn bản; văn bản chưa ban hành thì để trống.",
    "documents.ke_hoach": "Kế hoạch tổ chức Đại hội.",
    "documents.ke_hoach.number": "Số văn bản, chỉ phần số, đặt trong ngoặc kép (ví dụ \"05\").",
    "documents.ke_hoach.date": "Ngày ban hành (năm-tháng-ngày).",
    "documents.to_trinh": "Tờ trình về nhân sự Ủy ban MTTQ Việt Nam phường khóa mới.",
    "documents.de_an_nhan_su": "Đề án nhân sự Ủy ban MTTQ Việt Nam phường nhiệm kỳ 2024-2029.",
    "signer": "Người ký các văn bản thay mặt Ban Thường trực.",
    "signer.name": "Họ và tên người ký.",
    "signer.title": "Chức danh ghi trên chữ ký, viết hoa.",
    "recipients": "Nơi nhận của các văn bản.",
}  # fmt: skip

# --- Ô Chợ Dừa: drafts that pass every check ---------------------------------------------------

OCD_POLITICAL = {
    "introduction": (
        "Nhiệm kỳ 2019-2024, Ủy ban MTTQ Việt Nam phường Ô Chợ Dừa khóa XVI triển khai Nghị quyết Đại hội đại biểu MTTQ Việt Nam phường lần thứ XVI trong bối cảnh có nhiều thuận lợi nhưng không ít khó khăn: dịch bệnh Covid-19 kéo dài trong hai năm 2020-2021 ảnh hưởng nặng nề đến việc làm, thu nhập của nhiều hộ gia đình, nhất là lao động tự do và hộ kinh doanh nhỏ; yêu cầu chỉnh trang đô thị, giữ gìn trật tự, văn minh trên một địa bàn đông dân cư ngày càng cao.",
        "Được sự lãnh đạo của Đảng ủy phường, sự phối hợp của Ủy ban nhân dân phường, sự hướng dẫn của Ban Thường trực Ủy ban MTTQ Việt Nam quận Đống Đa và sự đồng thuận của Nhân dân 12 tổ dân phố với 8.436 hộ, 27.915 nhân khẩu, Ủy ban đã đoàn kết, đổi mới phương thức hoạt động, hoàn thành và hoàn thành vượt mức 7/8 chỉ tiêu Nghị quyết Đại hội đề ra.",
    ),
    "results": [
        {"field": "Công tác tuyên truyền, vận động Nhân dân và củng cố khối đại đoàn kết toàn dân tộc", "text": (
            "Ủy ban phối hợp với các tổ chức thành viên và Ban công tác Mặt trận các tổ dân phố tổ chức 186 buổi tuyên truyền trực tiếp, lồng ghép trong sinh hoạt khu dân cư với trên 14.500 lượt người dự; nội dung tập trung vào Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội Đảng bộ phường nhiệm kỳ 2020-2025, cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021-2026, Luật Thực hiện dân chủ ở cơ sở năm 2022 và các biện pháp phòng, chống dịch. Từ năm 2021, 12 nhóm Zalo của các tổ dân phố với hơn 3.200 thành viên giúp thông tin kịp thời tới từng hộ.",
            "Công tác nắm tình hình Nhân dân được duy trì thường xuyên với 20 báo cáo định kỳ hằng quý và 9 báo cáo chuyên đề gửi Đảng ủy phường, Ủy ban MTTQ quận. “Ngày hội Đại đoàn kết toàn dân tộc” được tổ chức hằng năm ở 12/12 khu dân cư. Ủy ban thăm hỏi các cơ sở thờ tự Phật giáo, Công giáo trên địa bàn vào dịp Lễ Phật đản, Lễ Vu lan, Lễ Giáng sinh; chức sắc, tín đồ các tôn giáo đóng góp 640 triệu đồng cho hoạt động từ thiện, an sinh xã hội.",
        )},
        {"field": "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” và phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”", "text": (
            "Tỷ lệ hộ đạt danh hiệu “Gia đình văn hóa” tăng từ 88,6% năm 2019 lên 92,5% năm 2023 (7.803/8.436 hộ), vượt chỉ tiêu 90%; 12/12 tổ dân phố được công nhận “Tổ dân phố văn hóa”, trong đó 5 tổ giữ danh hiệu 5 năm liên tục. Việc bình xét được làm công khai từ cuộc họp tổ dân phố, gắn với thực hiện quy ước khu dân cư và nếp sống văn minh trong việc cưới, việc tang, lễ hội.",
            "Ủy ban vận động 215 hộ kinh doanh ký cam kết không lấn chiếm vỉa hè, lòng đường; phối hợp thí điểm phân loại rác thải tại nguồn ở Tổ dân phố số 3 và số 7 với 1.120 hộ tham gia. Khu dân cư duy trì 20 mô hình tự quản về an ninh trật tự, phòng cháy, chữa cháy, vệ sinh môi trường; chỉ tiêu 24 mô hình chưa đạt vì 4 mô hình tự quản hè phố ngừng hoạt động khi Thành phố điều chỉnh phương án sử dụng tạm thời hè phố.",
        )},
        {"field": "Cuộc vận động “Ngày vì người nghèo” và công tác an sinh xã hội", "text": (
            "Cả nhiệm kỳ, Quỹ “Vì người nghèo” phường vận động được 1.872 triệu đồng, đạt 124,8% chỉ tiêu; Ủy ban hỗ trợ xây mới 2 nhà và sửa chữa 5 nhà Đại đoàn kết (7 căn, vượt chỉ tiêu 6 căn) với 420 triệu đồng; tặng 2.650 suất quà Tết trị giá 1.325 triệu đồng; mua 145 thẻ bảo hiểm y tế cho người thuộc hộ cận nghèo; mỗi năm hỗ trợ 38 học sinh có hoàn cảnh khó khăn. Số hộ nghèo theo chuẩn của Thành phố giảm từ 18 hộ (0,21%) đầu nhiệm kỳ xuống 6 hộ (0,07%) cuối năm 2023.",
            "Trong hai năm chống dịch Covid-19, Ủy ban tiếp nhận 2.140 triệu đồng tiền mặt và hàng hóa, vận hành điểm “Siêu thị 0 đồng” tại nhà văn hóa Tổ dân phố số 5, trao 4.300 suất quà cho lao động tự do, người thuê trọ mất việc và hộ phải cách ly; việc rà soát đối tượng hỗ trợ theo Nghị quyết số 68/NQ-CP của Chính phủ bảo đảm công khai, đúng đối tượng, không có khiếu nại. Nhân dân trong phường còn ủng hộ đồng bào miền Trung bị bão lũ năm 2020 được 318 triệu đồng.",
        )},
        {"field": "Công tác giám sát và phản biện xã hội", "text": (
            "Ủy ban chủ trì 31 cuộc giám sát (chỉ tiêu 25 cuộc) và phối hợp với Hội đồng nhân dân phường 14 cuộc, tập trung vào chính sách hỗ trợ người dân gặp khó khăn do đại dịch, cải tạo ngõ xóm, an toàn thực phẩm ở chợ dân sinh, cấp giấy chứng nhận quyền sử dụng đất và thu phí vệ sinh. Sau giám sát có 57 kiến nghị, trong đó 49 kiến nghị (86%) đã được giải quyết. Ban Thanh tra nhân dân giám sát 22 vụ việc; Ban Giám sát đầu tư của cộng đồng giám sát 9 công trình, kiến nghị khắc phục 3 công trình chậm tiến độ.",
            "Ủy ban tổ chức 5 hội nghị phản biện xã hội (đạt chỉ tiêu) đối với phương án sắp xếp điểm trông giữ xe, phương án cải tạo 3 nhà văn hóa tổ dân phố, kế hoạch thu gom rác thải, quy chế quản lý hè phố và dự thảo quy ước khu dân cư; 26 ý kiến phản biện được cơ quan soạn thảo tiếp thu. Ủy ban cũng lấy ý kiến Nhân dân góp ý 4 dự thảo văn bản của Đảng ủy, Ủy ban nhân dân phường và dự thảo Luật Đất đai (sửa đổi) với 1.240 ý kiến.",
        )},
        {"field": "Tham gia xây dựng Đảng, xây dựng chính quyền", "text": (
            "Ủy ban chủ trì 3 hội nghị hiệp thương, phối hợp tổ chức 12 hội nghị lấy ý kiến cử tri nơi cư trú đối với người ứng cử đại biểu Hội đồng nhân dân nhiệm kỳ 2021-2026; cuộc bầu cử ngày 23/5/2021 có 99,6% cử tri đi bầu. Ủy ban phối hợp tổ chức 18 hội nghị tiếp xúc cử tri với đại biểu Hội đồng nhân dân quận và phường, thu hút 1.960 lượt cử tri, tổng hợp 312 ý kiến, kiến nghị; 100% ý kiến được trả lời tại hội nghị hoặc chuyển đến cơ quan có thẩm quyền.",
            "Ủy ban lấy ý kiến Nhân dân nơi cư trú đối với 420 lượt đảng viên theo Quy định số 213-QĐ/TW của Bộ Chính trị; phối hợp tổ chức 5 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền phường với Nhân dân; các tổ chức thành viên giới thiệu 46 đoàn viên, hội viên ưu tú để Đảng xem xét kết nạp. Đại diện Ủy ban tham gia tiếp công dân định kỳ, góp phần giải quyết 35 đơn thư ngay tại cơ sở.",
        )},
        {"field": "Công tác phối hợp, xây dựng tổ chức và đổi mới phương thức hoạt động", "text": (
            "Ủy ban thực hiện Quy chế phối hợp với Ủy ban nhân dân phường; Ban Thường trực giao ban hằng tháng với người đứng đầu các tổ chức thành viên; 12/12 Ban công tác Mặt trận được kiện toàn với 96 thành viên; 8 lớp tập huấn nghiệp vụ được mở cho 620 lượt cán bộ Mặt trận cơ sở. Ủy ban MTTQ phường được Ủy ban MTTQ Việt Nam thành phố Hà Nội tặng Bằng khen năm 2022; 4 Ban công tác Mặt trận và 11 cá nhân được Ủy ban MTTQ quận khen thưởng.",
            "Chào mừng Đại hội MTTQ Việt Nam các cấp, Ủy ban vận động hoàn thành 6 công trình, phần việc trị giá 520 triệu đồng: lắp 36 mắt camera an ninh ở các ngõ, lát lại 1.200 m² mặt ngõ tại Tổ dân phố số 9, trồng 150 cây xanh, cải tạo điểm sinh hoạt cộng đồng Tổ dân phố số 2 và trao 20 suất học bổng “Tiếp sức đến trường”.",
        )},
    ],
    "member_organisations": [
        {"organisation": "Hội Cựu chiến binh", "text": (
            "Hội có 412 hội viên, 100% chi hội đạt vững mạnh. Hội viên cựu chiến binh là nòng cốt của 12 tổ tự quản về an ninh trật tự, hòa giải thành 19 vụ việc ở khu dân cư; Hội giúp 26 hội viên vay 1.200 triệu đồng phát triển kinh doanh, ủng hộ Quỹ “Vì người nghèo” 96 triệu đồng và duy trì phong trào “Cựu chiến binh gương mẫu”.",
        )},
        {"organisation": "Hội Liên hiệp Phụ nữ", "text": (
            "Hội có 2.650 hội viên ở 12 chi hội. Thực hiện phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc” và cuộc vận động “Xây dựng gia đình 5 không, 3 sạch”, Hội duy trì 12 câu lạc bộ “Gia đình hạnh phúc”; mô hình “Tiết kiệm vì phụ nữ nghèo” huy động 186 triệu đồng, giúp 31 hội viên có vốn làm ăn.",
            "Hội vận động 1.350 hộ phân loại rác thải tại nguồn, tặng 420 suất quà cho phụ nữ, trẻ em có hoàn cảnh khó khăn và giới thiệu 12 hội viên ưu tú để Đảng xem xét kết nạp.",
        )},
        {"organisation": "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "text": (
            "Đoàn Thanh niên phường có 14 chi đoàn với 356 đoàn viên, thực hiện 52 công trình, phần việc thanh niên và vận động 1.240 đơn vị máu tình nguyện. Trong hai năm 2022-2023, đội hình thanh niên tình nguyện giúp 3.500 người dân kích hoạt tài khoản định danh điện tử VNeID và hướng dẫn tiểu thương thanh toán không dùng tiền mặt.",
        )},
        {"organisation": "Hội Người cao tuổi", "text": (
            "Hội có 3.120 hội viên, duy trì 14 câu lạc bộ dưỡng sinh, thơ ca, văn nghệ; tổ chức mừng thọ 2.600 lượt người cao tuổi, vận động Quỹ chăm sóc và phát huy vai trò người cao tuổi được 210 triệu đồng. Nhiều hội viên là nòng cốt của tổ hòa giải, Ban công tác Mặt trận và phong trào khuyến học ở khu dân cư.",
        )},
        {"organisation": "Hội Chữ thập đỏ", "text": (
            "Hội có 860 hội viên và 210 tình nguyện viên. Qua phong trào “Tết Nhân ái”, Hội trao 1.150 suất quà cho hộ nghèo, người khuyết tật, người già cô đơn; cuộc vận động “Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo” kết nối 48 địa chỉ trị giá 680 triệu đồng; 6 lớp sơ cấp cứu ban đầu được mở cho 300 lượt người dân.",
        )},
        {"organisation": "Hội Khuyến học", "text": (
            "Hội có 1.980 hội viên ở 12 chi hội. Năm 2023 có 3.450 hộ đạt danh hiệu “Gia đình học tập”, 12/12 tổ dân phố đạt “Cộng đồng học tập”; Quỹ khuyến học huy động 380 triệu đồng, trao 1.560 suất học bổng, phần thưởng cho học sinh vượt khó, học giỏi.",
        )},
        {"organisation": "Hội Cựu thanh niên xung phong", "text": (
            "Hội có 186 hội viên, phần lớn tuổi cao. Hội thăm hỏi 240 lượt hội viên ốm đau, hỗ trợ 3 hội viên sửa chữa nhà ở với 60 triệu đồng, tổ chức cho 120 hội viên về thăm chiến trường xưa và nói chuyện truyền thống tại các trường học trên địa bàn.",
        )},
        {"organisation": "Hội Nạn nhân chất độc da cam/dioxin", "text": (
            "Hội có 74 hội viên, trong đó 38 nạn nhân. Hội vận động được 145 triệu đồng, tặng 280 suất quà, trao 2 xe lăn và phối hợp với Trạm y tế phường khám sức khỏe định kỳ cho 100% nạn nhân.",
        )},
    ],
    "targets": [
        {"name": "Vận động Quỹ “Vì người nghèo” cả nhiệm kỳ", "unit": "triệu đồng", "target": 1500, "result": 1872},
        {"name": "Hỗ trợ xây mới, sửa chữa nhà Đại đoàn kết", "unit": "căn", "target": 6, "result": 7},
        {"name": "Tỷ lệ hộ đạt danh hiệu “Gia đình văn hóa”", "unit": "%", "target": 90, "result": "92,5"},
        {"name": "Tổ dân phố đạt danh hiệu “Tổ dân phố văn hóa”", "unit": "tổ", "target": 12, "result": 12},
        {"name": "Cuộc giám sát do Ủy ban MTTQ phường chủ trì", "unit": "cuộc", "target": 25, "result": 31},
        {"name": "Hội nghị phản biện xã hội", "unit": "hội nghị", "target": 5, "result": 5},
        {"name": "Mô hình tự quản ở khu dân cư hoạt động hiệu quả", "unit": "mô hình", "target": 24, "result": 20},
        {"name": "Tỷ lệ hộ nghèo cuối nhiệm kỳ (chuẩn của Thành phố)", "unit": "%", "target": "0,15", "result": "0,07", "higher_is_better": False},
    ],
    "shortcomings": (
        "Việc nắm tình hình Nhân dân ở một số khu dân cư còn chậm, chưa dự báo sớm những vấn đề bức xúc như trông giữ xe, tiếng ồn từ hoạt động kinh doanh, xây dựng. Sinh hoạt của một số Ban công tác Mặt trận còn đơn điệu, chưa thu hút người trẻ tuổi, người lao động tự do và người thuê trọ.",
        "Việc đôn đốc giải quyết kiến nghị sau giám sát chưa thường xuyên, còn 8 kiến nghị chưa được trả lời; phản biện xã hội mới dừng ở các dự thảo do phường chủ động đưa ra. Chỉ tiêu mô hình tự quản chưa đạt; ứng dụng công nghệ thông tin trong quản lý, báo cáo còn hạn chế.",
    ),
    "causes": (
        "Nguyên nhân khách quan: dịch bệnh làm gián đoạn sinh hoạt khu dân cư gần hai năm; địa bàn đông dân, dân cư biến động nhiều; kinh phí hoạt động của Ban công tác Mặt trận còn hạn hẹp.",
        "Nguyên nhân chủ quan: một số Ủy viên, nhất là Ủy viên là cá nhân tiêu biểu, chưa dành nhiều thời gian cho công tác Mặt trận; chưa có cách theo dõi từng kiến nghị sau giám sát; kỹ năng sử dụng công nghệ thông tin của một bộ phận cán bộ Mặt trận cao tuổi còn hạn chế.",
    ),
    "lessons": (
        "Một là, bám sát sự lãnh đạo của Đảng ủy, chủ động phối hợp với chính quyền, lấy khu dân cư làm địa bàn hoạt động chủ yếu. Hai là, phát huy vai trò các tổ chức thành viên, phân công rõ người, rõ việc, rõ thời hạn. Ba là, gắn các cuộc vận động với lợi ích thiết thực của người dân, công khai mọi nguồn vận động. Bốn là, giám sát phải đi đến cùng, theo dõi việc giải quyết từng kiến nghị.",
    ),
    "direction": (
        "Nhiệm kỳ 2024-2029, Ủy ban MTTQ Việt Nam phường tiếp tục phát huy sức mạnh khối đại đoàn kết toàn dân tộc; đổi mới nội dung, phương thức hoạt động theo hướng thiết thực, hướng về khu dân cư; làm tốt vai trò giám sát, phản biện xã hội, tham gia xây dựng Đảng, chính quyền trong sạch, vững mạnh; góp phần thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ phường Ô Chợ Dừa nhiệm kỳ 2020-2025 và nhiệm kỳ tiếp theo, xây dựng phường văn minh, hiện đại, nghĩa tình.",
    ),
    "new_targets": [
        {"name": "Vận động Quỹ “Vì người nghèo” cả nhiệm kỳ", "value": "Từ 2.000 triệu đồng trở lên"},
        {"name": "Hỗ trợ xây mới, sửa chữa nhà Đại đoàn kết", "value": "Ít nhất 8 căn"},
        {"name": "Tỷ lệ hộ đạt danh hiệu “Gia đình văn hóa”", "value": "Từ 93% trở lên mỗi năm"},
        {"name": "Cuộc giám sát do Ủy ban MTTQ phường chủ trì", "value": "Ít nhất 6 cuộc mỗi năm"},
        {"name": "Hội nghị phản biện xã hội", "value": "Ít nhất 1 hội nghị mỗi năm"},
        {"name": "Mô hình tự quản ở khu dân cư", "value": "Từ 24 mô hình trở lên, mỗi tổ dân phố ít nhất 2 mô hình"},
        {"name": "Hộ nghèo theo chuẩn của Thành phố", "value": "Không còn hộ nghèo từ năm 2028"},
    ],
    "tasks": (
        "Một là, đẩy mạnh tuyên truyền, củng cố khối đại đoàn kết toàn dân tộc; nâng cao chất lượng nắm tình hình Nhân dân và kịp thời phản ánh với Đảng ủy, chính quyền; tổ chức tốt “Ngày hội Đại đoàn kết toàn dân tộc” ở 12/12 khu dân cư.",
        f"Hai là, nâng cao hiệu quả các cuộc vận động, phong trào thi đua, trọng tâm là Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” và Chương trình “{TITLE_KDC}”; sử dụng công khai, đúng đối tượng các nguồn vận động an sinh xã hội.",
        "Ba là, nâng cao chất lượng giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền; lập sổ theo dõi từng kiến nghị sau giám sát cho đến khi có kết quả giải quyết.",
        "Bốn là, kiện toàn tổ chức, bồi dưỡng cán bộ Mặt trận ở khu dân cư; phân công từng Ủy viên phụ trách một khu dân cư hoặc lĩnh vực; ứng dụng công nghệ thông tin, chuyển đổi số trong công tác Mặt trận.",
    ),
    "conclusion": (
        "Với tinh thần “Đoàn kết - Dân chủ - Đổi mới - Sáng tạo - Phát triển”, Ủy ban MTTQ Việt Nam phường Ô Chợ Dừa khóa XVII cùng các tổ chức thành viên và các tầng lớp Nhân dân quyết tâm thực hiện thắng lợi Nghị quyết Đại hội, xây dựng phường Ô Chợ Dừa ngày càng văn minh, giàu đẹp, nghĩa tình.",
    ),
}  # fmt: skip

OCD_REVIEW = {
    "introduction": (
        "Theo hướng dẫn của Ban Thường trực Ủy ban MTTQ Việt Nam quận Đống Đa, Ủy ban khóa XVI tự kiểm điểm sự lãnh đạo, điều hành của tập thể Ủy ban, của Ban Thường trực và việc thực hiện nhiệm vụ của từng Ủy viên. Ủy ban trân trọng báo cáo để Đại hội góp ý.",
    ),
    "strengths": (
        "Đầu nhiệm kỳ Ủy ban có 52 Ủy viên; khi 9 Ủy viên chuyển công tác, nghỉ hưu hoặc đổi nơi ở, Ủy ban đã kịp thời hiệp thương bổ sung 7 người, giữ được cơ cấu đại diện. Quy chế làm việc được ban hành ngay từ đầu khóa; Ủy ban họp định kỳ 6 tháng một lần, Ban Thường trực giao ban hằng tuần và phân công rõ người phụ trách từng mảng việc.",
        "Tập thể Ủy ban giữ được đoàn kết, dân chủ khi thảo luận; chương trình công tác năm, kế hoạch giám sát, việc phân bổ nguồn quỹ đều được bàn bạc tập thể và thông báo tới khu dân cư. Khi phải giãn cách xã hội, Ban Thường trực chuyển sang họp trực tuyến, giao Ủy viên ở từng tổ dân phố nắm tình hình hằng ngày nên việc điều hành vẫn thông suốt.",
    ),
    "weaknesses": (
        "Việc giữ Quy chế làm việc chưa nghiêm: bình quân mỗi kỳ họp chỉ có 81% Ủy viên dự, một số Ủy viên đại diện doanh nghiệp vắng nhiều kỳ liền nhưng chưa được nhắc nhở kịp thời. Chương trình công tác năm có lúc ban hành muộn và chưa chia thành việc cụ thể của từng Ủy viên.",
        "Ban Thường trực còn điều hành chủ yếu qua báo cáo, ít xuống cơ sở; thông tin hai chiều với Ban công tác Mặt trận có lúc chậm. Nhận xét Ủy viên cuối năm còn hình thức, chưa căn cứ vào mức độ tham gia thực tế; việc điều phối các tổ chức thành viên có lúc chưa rõ, để từng tổ chức tự làm riêng.",
    ),
    "causes": (
        "Trách nhiệm trước hết thuộc về Ban Thường trực và người đứng đầu: chưa kiên quyết thực hiện quy chế, còn nể nang khi nhận xét Ủy viên, kiêm nhiệm nhiều việc hành chính. Ủy viên là cá nhân tiêu biểu tham gia trên tinh thần tự nguyện, chưa có cơ chế ràng buộc trách nhiệm và hỗ trợ kinh phí đi lại, liên lạc.",
    ),
    "lessons": (
        "Ủy ban khóa mới cần ban hành chương trình công tác toàn khóa ngay sau Đại hội và giao việc bằng văn bản cho từng Ủy viên; nhận xét Ủy viên công khai mỗi năm, lấy đó làm căn cứ đề nghị thay người không làm tròn nhiệm vụ; Ban Thường trực dành ít nhất một buổi mỗi tuần làm việc tại khu dân cư; mọi quyết định về nguồn lực vận động đều bàn tập thể và công khai.",
    ),
}  # fmt: skip

OCD_ACTION = {
    "introduction": (
        "Để thực hiện Nghị quyết Đại hội đại biểu MTTQ Việt Nam phường Ô Chợ Dừa lần thứ XVII, nhiệm kỳ 2024-2029, Đại hội thông qua Chương trình hành động với chỉ tiêu, đơn vị chủ trì và thời hạn của từng nhiệm vụ; hằng năm sơ kết tại hội nghị Ủy ban cuối năm.",
    ),
    "tasks": [
        {"task": "Tuyên truyền, nắm tình hình Nhân dân ở khu dân cư", "target": "Ít nhất 36 buổi tuyên truyền mỗi năm; 100% Ban công tác Mặt trận báo cáo tình hình Nhân dân hằng quý", "owner": "Ban Thường trực Ủy ban MTTQ phường; Ban công tác Mặt trận 12 tổ dân phố", "deadline": "Hằng quý, 2024-2029"},
        {"task": "Vận động Quỹ “Vì người nghèo”", "target": "Từ 2.000 triệu đồng trong nhiệm kỳ (bình quân 400 triệu đồng mỗi năm)", "owner": "Ban Vận động Quỹ “Vì người nghèo” phường", "deadline": "Tổng kết ngày 18/11 hằng năm"},
        {"task": "Hỗ trợ xây mới, sửa chữa nhà Đại đoàn kết", "target": "Ít nhất 8 căn trong nhiệm kỳ", "owner": "Ban Thường trực Ủy ban MTTQ phường; Hội Cựu chiến binh phường phối hợp", "deadline": "Quý IV/2028"},
        {"task": "Xây dựng gia đình văn hóa, tổ dân phố văn hóa", "target": "Từ 93% hộ đạt “Gia đình văn hóa”; 12/12 tổ dân phố giữ danh hiệu “Tổ dân phố văn hóa”", "owner": "Ban công tác Mặt trận các tổ dân phố; Hội Liên hiệp Phụ nữ phường", "deadline": "Bình xét tháng 12 hằng năm"},
        {"task": "Giám sát và theo dõi kiến nghị sau giám sát", "target": "Ít nhất 6 cuộc giám sát mỗi năm; 100% kiến nghị được theo dõi đến khi có trả lời", "owner": "Ban Thường trực Ủy ban MTTQ phường; Ban Thanh tra nhân dân phường", "deadline": "Kế hoạch giám sát ban hành trước ngày 31/01 hằng năm"},
        {"task": "Phản biện xã hội", "target": "Ít nhất 1 hội nghị mỗi năm (5 hội nghị trong nhiệm kỳ)", "owner": "Ban Thường trực Ủy ban MTTQ phường", "deadline": "Quý III hằng năm"},
        {"task": "Phát triển mô hình tự quản ở khu dân cư", "target": "Từ 24 mô hình, mỗi tổ dân phố ít nhất 2 mô hình", "owner": "Ban công tác Mặt trận 12 tổ dân phố; Công an phường phối hợp", "deadline": "Năm 2026"},
        {"task": "Chuyển đổi số trong công tác Mặt trận", "target": "100% Ban công tác Mặt trận có nhóm thông tin trực tuyến; 80% Ủy viên dự họp được bằng hình thức trực tuyến", "owner": "Ủy viên Thường trực Ủy ban MTTQ phường; Đoàn Thanh niên phường", "deadline": "Quý IV/2025"},
    ],
    "residential_programme": {"title": TITLE_KDC, "targets": [
        {"name": "Hộ đạt danh hiệu “Gia đình văn hóa”", "value": "Từ 93% trở lên"},
        {"name": "Tổ dân phố không có tội phạm, tệ nạn ma túy phát sinh", "value": "Từ 10/12 tổ trở lên mỗi năm"},
        {"name": "Hộ nghèo theo chuẩn của Thành phố", "value": "0 hộ từ năm 2028"},
        {"name": "Mô hình tự quản về an ninh trật tự, môi trường", "value": "Mỗi tổ dân phố ít nhất 2 mô hình"},
        {"name": "Hộ phân loại rác thải tại nguồn", "value": "Từ 70% số hộ trở lên"},
    ]},
}  # fmt: skip

# --- Văn Miếu: the typical faults ----------------------------------------------------------------

VM_RESULTS = [
    {"field": "Công tác tuyên truyền, vận động, tập hợp Nhân dân, xây dựng khối đại đoàn kết toàn dân tộc", "text": (
        "Ủy ban MTTQ phường đã chủ động phối hợp với các tổ chức thành viên, Ban công tác Mặt trận 10 tổ dân phố đa dạng hóa các hình thức tuyên truyền như tuyên truyền miệng, hệ thống loa truyền thanh, bảng tin khu dân cư, trang thông tin điện tử và mạng xã hội; tổ chức 142 buổi tuyên truyền với trên 9.800 lượt người tham dự về chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước, Nghị quyết Đại hội Đảng bộ phường, Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân, Luật Thực hiện dân chủ ở cơ sở, các quy định về bảo vệ di tích lịch sử - văn hóa và quy tắc ứng xử văn minh nơi công cộng.",
        "Công tác nắm bắt tình hình tư tưởng, tâm trạng Nhân dân được Ban Thường trực duy trì thông qua đội ngũ Ban công tác Mặt trận, Ủy viên Ủy ban và các tổ chức thành viên; hằng quý tổng hợp báo cáo Đảng ủy phường và Ủy ban MTTQ quận. “Ngày hội Đại đoàn kết toàn dân tộc” được tổ chức hằng năm tại 10/10 khu dân cư với nhiều hoạt động ý nghĩa như trao quà cho hộ nghèo, biểu dương gia đình văn hóa tiêu biểu, thi đấu thể thao, biểu diễn văn nghệ. Ủy ban thường xuyên thăm hỏi, chúc mừng chức sắc, chức việc các cơ sở tôn giáo trên địa bàn nhân các ngày lễ lớn; đồng bào các tôn giáo tích cực tham gia các phong trào thi đua, hoạt động từ thiện, nhân đạo.",
    )},
    {"field": "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” gắn với phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”", "text": (
        "Cuộc vận động và phong trào được triển khai sâu rộng đến từng khu dân cư, hộ gia đình, gắn với việc xây dựng người Hà Nội thanh lịch, văn minh và giữ gìn cảnh quan khu di tích Văn Miếu - Quốc Tử Giám; năm 2023 có 2.845/3.182 hộ đạt danh hiệu “Gia đình văn hóa” (đạt 89,4%), vượt chỉ tiêu Đại hội đề ra; 9/10 tổ dân phố được công nhận danh hiệu “Tổ dân phố văn hóa”, riêng Tổ dân phố số 6 chưa đạt do năm 2022 để xảy ra vụ việc phức tạp về an ninh trật tự.",
        "Ủy ban phối hợp vận động 186 hộ kinh doanh trên các tuyến phố Quốc Tử Giám, Văn Miếu, Tôn Đức Thắng ký cam kết không lấn chiếm vỉa hè, giữ gìn vệ sinh, niêm yết giá bán; duy trì 15 mô hình tự quản về an ninh trật tự, phòng cháy, chữa cháy và bảo vệ môi trường; vận động Nhân dân đóng góp trên 600 triệu đồng và hàng nghìn ngày công chỉnh trang ngõ xóm, lắp đặt camera an ninh, điện chiếu sáng.",
    )},
    {"field": "Cuộc vận động “Ngày vì người nghèo”, công tác an sinh xã hội và phòng, chống dịch Covid-19", "text": (
        "Thực hiện Cuộc vận động “Ngày vì người nghèo”, hằng năm Ủy ban MTTQ phường phát động đợt thi đua cao điểm từ ngày 17/10 đến ngày 18/11; cả nhiệm kỳ, Quỹ “Vì người nghèo” phường tiếp nhận 742 triệu đồng từ các cơ quan, đơn vị, doanh nghiệp, hộ kinh doanh và Nhân dân, đạt 123,67% chỉ tiêu Đại hội; từ nguồn Quỹ và nguồn xã hội hóa, Ủy ban đã hỗ trợ sửa chữa 3 nhà Đại đoàn kết với tổng kinh phí 150 triệu đồng, trao 1.420 suất quà Tết cho hộ nghèo, hộ cận nghèo, gia đình chính sách, người cao tuổi cô đơn trị giá 710 triệu đồng, hỗ trợ mua 86 thẻ bảo hiểm y tế và trao học bổng cho 25 học sinh có hoàn cảnh khó khăn mỗi năm.",
        "Trong thời gian dịch bệnh Covid-19, Ủy ban tiếp nhận tiền và hàng hóa trị giá 980 triệu đồng, trao 2.150 suất quà cho lao động tự do, hộ kinh doanh dịch vụ du lịch bị ảnh hưởng, người thuê trọ và các hộ phải cách ly y tế; phối hợp rà soát, lập danh sách hỗ trợ theo chính sách của Chính phủ và Thành phố bảo đảm công khai, đúng đối tượng. Số hộ nghèo theo chuẩn của Thành phố giảm từ 7 hộ (0,22%) đầu nhiệm kỳ xuống còn 3 hộ (0,09%) năm 2023.",
    )},
    {"field": "Công tác giám sát và phản biện xã hội", "text": (
        "Ủy ban MTTQ phường chủ trì 23 cuộc giám sát, vượt chỉ tiêu Đại hội đề ra (20 cuộc), phối hợp với Thường trực Hội đồng nhân dân phường tham gia 11 cuộc giám sát; nội dung tập trung vào việc thực hiện chính sách hỗ trợ người dân gặp khó khăn do đại dịch Covid-19, công tác quản lý trật tự xây dựng, vệ sinh an toàn thực phẩm tại các cơ sở kinh doanh ăn uống quanh khu di tích, việc thu, chi các khoản đóng góp tự nguyện của Nhân dân; sau giám sát đưa ra 41 kiến nghị, 35 kiến nghị đã được tiếp thu, giải quyết. Ban Thanh tra nhân dân phường giám sát 16 vụ việc; Ban Giám sát đầu tư của cộng đồng giám sát 7 công trình trên địa bàn.",
        "Ủy ban tổ chức 5 hội nghị phản biện xã hội đối với dự thảo phương án chỉnh trang hè phố quanh khu di tích, kế hoạch sắp xếp điểm trông giữ xe, dự thảo quy chế quản lý hoạt động kinh doanh dịch vụ du lịch trên địa bàn, phương án cải tạo nhà văn hóa Tổ dân phố số 4 và dự thảo kế hoạch thu gom, phân loại rác thải; 19 ý kiến phản biện được cơ quan chủ trì soạn thảo tiếp thu.",
    )},
    {"field": "Tham gia xây dựng Đảng, xây dựng chính quyền trong sạch, vững mạnh", "text": (
        "Ủy ban MTTQ phường chủ trì 3 hội nghị hiệp thương, phối hợp tổ chức 10 hội nghị lấy ý kiến cử tri nơi cư trú đối với người ứng cử đại biểu Hội đồng nhân dân phường nhiệm kỳ 2021-2026; phối hợp tổ chức 15 hội nghị tiếp xúc cử tri với 1.210 lượt cử tri tham dự, tổng hợp 187 ý kiến, kiến nghị gửi đến các cơ quan có thẩm quyền xem xét, trả lời.",
        "Ủy ban phối hợp lấy ý kiến Nhân dân nơi cư trú đối với 265 lượt đảng viên, tổ chức 4 hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân; các tổ chức thành viên giới thiệu 28 quần chúng ưu tú để Đảng xem xét kết nạp.",
    )},
]  # fmt: skip

# Detailed results for every residential area: the padding that makes the Văn Miếu report too long.
_MODELS = (
    "tổ tự quản về an ninh trật tự",
    "tổ tự quản bảo vệ môi trường",
    "tổ liên gia an toàn phòng cháy, chữa cháy",
    "mô hình “Camera an ninh”",
    "tổ tự quản hè phố văn minh",
    "câu lạc bộ “Gia đình hạnh phúc”",
)
_WORKS = (
    "lắp đặt {x} mắt camera an ninh ở các ngõ",
    "lát lại {x}0 m² mặt ngõ xuống cấp",
    "lắp {x} bộ đèn chiếu sáng ngõ xóm",
    "trồng và chăm sóc {x}0 cây xanh, bồn hoa",
)
_ISSUES = (
    "tình trạng lấn chiếm vỉa hè để kinh doanh, trông giữ xe trên các tuyến phố quanh khu di tích vẫn còn tái diễn, nhất là vào mùa lễ hội và mùa thi",
    "việc thu gom rác thải ở một số ngõ nhỏ chưa đúng giờ, vẫn còn hộ để rác không đúng nơi quy định",
    "một số hộ cho thuê nhà chưa khai báo tạm trú kịp thời cho người thuê, gây khó khăn cho việc nắm tình hình",
    "số người tham gia sinh hoạt tổ dân phố còn ít, chủ yếu là người cao tuổi, người trẻ ít tham gia",
    "nguồn kinh phí hoạt động của Ban công tác Mặt trận còn hạn hẹp, chủ yếu dựa vào sự đóng góp của các hộ",
)


_CLUBS = ("dưỡng sinh", "thơ", "thư pháp", "văn nghệ", "cầu lông")


def _n(x: int) -> str:
    """A count the Vietnamese way: 1155 -> "1.155"."""
    return f"{x:,}".replace(",", ".")


def _split(total: int, weights: list[int]) -> list[int]:
    """`total` shared in proportion to `weights`, the remainder to the first shares."""
    shares = [total * w // sum(weights) for w in weights]
    return [s + (i < total - sum(shares)) for i, s in enumerate(shares)]


def _area_results(areas: int) -> list[dict[str, object]]:
    """Five long paragraphs per area; households and "Gia đình văn hóa" add up to the ward's."""
    rng = random.Random("van-mieu-khu-dan-cu-2019-2024")
    weights = [rng.randint(280, 370) for _ in range(areas)]
    homes, people = _split(3182, weights), _split(10954, weights)
    cultured = _split(2845, [h * rng.randint(86, 93) for h in homes])
    out: list[dict[str, object]] = []
    for n, h, nk, gv in zip(range(1, areas + 1), homes, people, cultured, strict=True):
        pct = f"{gv * 100 / h:.1f}".replace(".", ",")
        models = rng.sample(_MODELS, 3)
        works = [w.format(x=rng.randint(4, 24)) for w in rng.sample(_WORKS, 2)]
        hg = rng.randint(3, 9)
        out.append({"field": f"Kết quả ở Tổ dân phố số {n}", "text": (
            f"Tổ dân phố số {n} có {_n(h)} hộ với {_n(nk)} nhân khẩu. Trong nhiệm kỳ, Ban công tác Mặt trận đã phối hợp với Chi bộ, Tổ trưởng tổ dân phố và Cảnh sát khu vực tổ chức {rng.randint(10, 18)} buổi sinh hoạt, tuyên truyền lồng ghép với {_n(rng.randint(600, 1100))} lượt người dự, tập trung phổ biến Nghị quyết Đại hội Đảng bộ phường, Luật Thực hiện dân chủ ở cơ sở, các quy định về phòng cháy, chữa cháy đối với nhà ở kết hợp kinh doanh và quy tắc ứng xử nơi công cộng tại khu di tích; “Ngày hội Đại đoàn kết toàn dân tộc” được tổ chức đều đặn hằng năm với phần lễ trang trọng, phần hội vui tươi, thu hút bình quân {rng.randint(150, 320)} người tham gia mỗi năm.",
            f"Về công tác an sinh xã hội, các hộ gia đình, cá nhân, hộ kinh doanh trên địa bàn Tổ dân phố số {n} đã ủng hộ Quỹ “Vì người nghèo” phường tổng số {rng.randint(48, 70)} triệu đồng; Ban công tác Mặt trận đã phối hợp với các chi hội trao {rng.randint(90, 180)} suất quà Tết cho hộ nghèo, hộ cận nghèo, gia đình chính sách, người cao tuổi cô đơn; trong hai năm 2020-2021, tổ đã tiếp nhận và phân phát {_n(rng.randint(8, 25) * 100)} kg gạo, {rng.randint(120, 260)} suất quà cho lao động tự do mất việc, người thuê trọ bị ảnh hưởng bởi dịch Covid-19. Số hộ cận nghèo của tổ được hỗ trợ mua thẻ bảo hiểm y tế là {rng.randint(4, 14)} hộ; các gia đình chính sách, người có công đều được thăm hỏi, tặng quà đầy đủ vào các dịp lễ, Tết.",
            f"Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” tiếp tục được duy trì; năm 2023 có {_n(gv)}/{_n(h)} hộ đạt danh hiệu “Gia đình văn hóa” (đạt {pct}%). Tổ duy trì {models[0]}, {models[1]} và {models[2]}; các hộ dân đã đóng góp {rng.randint(25, 90)} triệu đồng và {rng.randint(60, 240)} ngày công để {works[0]} và {works[1]}, góp phần xây dựng khu dân cư xanh, sạch, đẹp, văn minh.",
            f"Các chi hội đoàn thể ở Tổ dân phố số {n} duy trì sinh hoạt đều đặn: chi hội Cựu chiến binh có {rng.randint(20, 32)} hội viên, chi hội Phụ nữ có {rng.randint(95, 130)} hội viên, chi hội Người cao tuổi có {rng.randint(140, 190)} hội viên, chi hội Khuyến học có {rng.randint(70, 100)} hội viên; năm 2023 tổ có {rng.randint(120, 170)} hộ đạt danh hiệu “Gia đình học tập”, {rng.randint(15, 40)} học sinh được khen thưởng. Câu lạc bộ {_CLUBS[(n - 1) % len(_CLUBS)]} của tổ sinh hoạt hằng tuần với {rng.randint(18, 45)} thành viên, tham gia hội diễn, hội thao do phường tổ chức và đạt {rng.randint(1, 4)} giải.",
            f"Ban công tác Mặt trận đã tham gia giám sát cộng đồng {rng.randint(4, 12)} nội dung, trong đó có {rng.randint(1, 3)} công trình sửa chữa, cải tạo hạ tầng trên địa bàn; tiếp nhận, tổng hợp {rng.randint(12, 40)} ý kiến, kiến nghị của cử tri gửi tới các hội nghị tiếp xúc cử tri và hội nghị đối thoại; Tổ hòa giải cơ sở hòa giải thành {hg}/{hg + rng.randint(0, 2)} vụ việc. Tuy nhiên, {_ISSUES[(n - 1) % len(_ISSUES)]}.",
        )})  # fmt: skip
    return out


VM_ORGANISATIONS = [  # Hội Nạn nhân chất độc da cam/dioxin is left out (seed 004)
    {"organisation": "Hội Cựu chiến binh", "text": ("Hội Cựu chiến binh phường có 268 hội viên sinh hoạt tại 10 chi hội; hằng năm 100% chi hội đạt vững mạnh; hội viên tích cực tham gia các tổ tự quản về an ninh trật tự, tuyên truyền truyền thống cho thế hệ trẻ và ủng hộ Quỹ “Vì người nghèo” 54 triệu đồng.",)},
    {"organisation": "Hội Liên hiệp Phụ nữ", "text": ("Hội Liên hiệp Phụ nữ phường có 1.120 hội viên; thực hiện cuộc vận động “Xây dựng gia đình 5 không, 3 sạch”, duy trì 10 câu lạc bộ “Gia đình hạnh phúc”, giúp 18 hội viên vay vốn phát triển kinh doanh với 540 triệu đồng, tặng 260 suất quà cho phụ nữ, trẻ em có hoàn cảnh khó khăn.",)},
    {"organisation": "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "text": ("Đoàn Thanh niên phường có 9 chi đoàn với 184 đoàn viên; thực hiện 31 công trình, phần việc thanh niên, tham gia hướng dẫn du khách tại khu di tích vào các dịp lễ, Tết, vận động 620 đơn vị máu tình nguyện và hỗ trợ 1.800 người dân kích hoạt tài khoản định danh điện tử.",)},
    {"organisation": "Hội Người cao tuổi", "text": ("Hội Người cao tuổi phường có 1.650 hội viên, duy trì 9 câu lạc bộ thơ, thư pháp, dưỡng sinh; tổ chức mừng thọ cho 1.380 lượt người cao tuổi và vận động Quỹ chăm sóc người cao tuổi được 96 triệu đồng.",)},
    {"organisation": "Hội Chữ thập đỏ", "text": ("Hội Chữ thập đỏ phường có 410 hội viên; qua phong trào “Tết Nhân ái” trao 640 suất quà, kết nối 22 địa chỉ nhân đạo với tổng trị giá 310 triệu đồng.",)},
    {"organisation": "Hội Khuyến học", "text": ("Hội Khuyến học phường có 860 hội viên; năm 2023 có 1.520 hộ đạt danh hiệu “Gia đình học tập”, Quỹ khuyến học trao 720 suất học bổng, phần thưởng trị giá 168 triệu đồng.",)},
    {"organisation": "Hội Cựu thanh niên xung phong", "text": ("Hội Cựu thanh niên xung phong phường có 92 hội viên; thăm hỏi 110 lượt hội viên ốm đau, hỗ trợ 2 hội viên sửa chữa nhà ở với 40 triệu đồng.",)},
]  # fmt: skip

VM_POLITICAL_REST = {
    "targets": [
        {"name": "Vận động Quỹ “Vì người nghèo” cả nhiệm kỳ", "unit": "triệu đồng", "target": 600, "result": 742},
        {"name": "Hỗ trợ sửa chữa nhà Đại đoàn kết", "unit": "căn", "target": 3, "result": 3},
        {"name": "Tỷ lệ hộ đạt danh hiệu “Gia đình văn hóa”", "unit": "%", "target": 88, "result": "89,4"},
        {"name": "Tổ dân phố đạt danh hiệu “Tổ dân phố văn hóa”", "unit": "tổ", "target": 10, "result": 9},
        {"name": "Cuộc giám sát do Ủy ban MTTQ phường chủ trì", "unit": "cuộc", "target": 20, "result": 23},
        {"name": "Hội nghị phản biện xã hội", "unit": "hội nghị", "target": 5, "result": 5},
        {"name": "Tỷ lệ hộ nghèo cuối nhiệm kỳ (chuẩn của Thành phố)", "unit": "%", "target": "0,2", "result": "0,09", "higher_is_better": False},
    ],
    "shortcomings": (
        "Bên cạnh những kết quả đạt được, công tác Mặt trận của phường trong nhiệm kỳ qua vẫn còn một số hạn chế: công tác nắm bắt tình hình Nhân dân ở một số khu dân cư chưa kịp thời; nội dung, hình thức sinh hoạt của một số Ban công tác Mặt trận chưa phong phú; việc theo dõi, đôn đốc giải quyết kiến nghị sau giám sát chưa thường xuyên; phản biện xã hội chưa thật sự rõ nét; chỉ tiêu tổ dân phố văn hóa chưa đạt.",
    ),
    "causes": (
        "Nguyên nhân khách quan là ảnh hưởng kéo dài của dịch bệnh Covid-19, địa bàn có nhiều hoạt động du lịch, dịch vụ, dân cư biến động; nguyên nhân chủ quan là một số Ủy viên chưa phát huy hết vai trò, đội ngũ cán bộ Mặt trận ở khu dân cư tuổi cao, kinh phí hoạt động còn hạn chế.",
    ),
    "lessons": (
        "Từ thực tiễn nhiệm kỳ, Ủy ban rút ra bài học: bám sát sự lãnh đạo của Đảng ủy, phối hợp chặt chẽ với chính quyền; phát huy vai trò các tổ chức thành viên và Ban công tác Mặt trận; lấy khu dân cư làm địa bàn hoạt động chủ yếu; công khai, minh bạch các nguồn vận động.",
    ),
    "direction": (
        "Nhiệm kỳ 2024-2029, Ủy ban MTTQ Việt Nam phường Văn Miếu tiếp tục phát huy sức mạnh khối đại đoàn kết toàn dân tộc, đổi mới nội dung, phương thức hoạt động, nâng cao chất lượng giám sát, phản biện xã hội, góp phần thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ phường, xây dựng phường Văn Miếu văn minh, giữ gìn giá trị di sản.",
    ),
    "new_targets": [
        {"name": "Vận động Quỹ “Vì người nghèo” cả nhiệm kỳ", "value": "Từ 800 triệu đồng trở lên"},
        {"name": "Tỷ lệ hộ đạt danh hiệu “Gia đình văn hóa”", "value": "Từ 90% trở lên"},
        {"name": "Tổ dân phố đạt danh hiệu “Tổ dân phố văn hóa”", "value": "10/10 tổ"},
        {"name": "Cuộc giám sát do Ủy ban MTTQ phường chủ trì", "value": "Ít nhất 5 cuộc mỗi năm"},
        {"name": "Hội nghị phản biện xã hội", "value": "Ít nhất 1 hội nghị mỗi năm"},
        {"name": "Hộ nghèo theo chuẩn của Thành phố", "value": "Không còn hộ nghèo từ năm 2027"},
    ],
    "tasks": (
        "Tiếp tục đẩy mạnh công tác tuyên truyền, vận động, củng cố khối đại đoàn kết toàn dân tộc; nâng cao hiệu quả các cuộc vận động, phong trào thi đua; làm tốt công tác an sinh xã hội; nâng cao chất lượng giám sát, phản biện xã hội, tham gia xây dựng Đảng, chính quyền; kiện toàn tổ chức, đổi mới phương thức hoạt động của Ủy ban và Ban công tác Mặt trận.",
    ),
    "conclusion": (
        "Với tinh thần “Đoàn kết - Dân chủ - Đổi mới - Sáng tạo - Phát triển”, Ủy ban MTTQ Việt Nam phường Văn Miếu khóa XVII quyết tâm thực hiện thắng lợi Nghị quyết Đại hội.",
    ),
}  # fmt: skip

VM_INTRODUCTION = (
    "Đại hội đại biểu MTTQ Việt Nam phường Văn Miếu lần thứ XVI, nhiệm kỳ 2019-2024 đã thông qua Nghị quyết với 7 chỉ tiêu và các nhóm nhiệm vụ, giải pháp chủ yếu. Triển khai Nghị quyết trong bối cảnh tình hình có nhiều diễn biến phức tạp, đặc biệt là đại dịch Covid-19 bùng phát trong các năm 2020-2021 đã tác động sâu sắc đến mọi mặt đời sống xã hội, hoạt động du lịch, dịch vụ quanh khu di tích Văn Miếu - Quốc Tử Giám gần như ngừng trệ, nhiều hộ kinh doanh, lao động tự do mất nguồn thu nhập; bên cạnh đó, phường có mật độ dân cư cao, nhiều ngõ nhỏ, hạ tầng xuống cấp, công tác quản lý trật tự đô thị còn nhiều khó khăn.",
    "Được sự lãnh đạo, chỉ đạo trực tiếp, toàn diện của Đảng ủy phường, sự phối hợp chặt chẽ của Hội đồng nhân dân, Ủy ban nhân dân phường, sự hướng dẫn của Ban Thường trực Ủy ban MTTQ Việt Nam quận Đống Đa, sự tham gia tích cực của các tổ chức thành viên và sự đồng tình, hưởng ứng của các tầng lớp Nhân dân trên địa bàn 10 tổ dân phố với 3.182 hộ, 10.954 nhân khẩu, Ủy ban MTTQ Việt Nam phường đã nỗ lực vượt qua khó khăn, hoàn thành cơ bản các chỉ tiêu, nhiệm vụ Đại hội đề ra. Ủy ban báo cáo kết quả thực hiện Nghị quyết nhiệm kỳ 2019-2024 và phương hướng, nhiệm vụ nhiệm kỳ 2024-2029 như sau.",
)  # fmt: skip


def _vm_review() -> dict[str, object]:
    fund, supervision = VM_RESULTS[2]["text"][0], VM_RESULTS[3]["text"][0]  # type: ignore[index]
    return {
        "introduction": ("Thực hiện hướng dẫn của Ủy ban MTTQ quận, Ủy ban MTTQ Việt Nam phường Văn Miếu khóa XVI kiểm điểm việc thực hiện nhiệm vụ nhiệm kỳ 2019-2024 như sau.",),
        "strengths": (
            "Trong nhiệm kỳ, Ủy ban đã bám sát sự lãnh đạo của Đảng ủy, hoàn thành cơ bản các chỉ tiêu, nhiệm vụ Đại hội đề ra.",
            fund,  # copied word for word from the political report
            supervision.replace("Ủy ban MTTQ phường chủ trì", "Trong nhiệm kỳ, Ủy ban đã chủ trì", 1),
        ),
        "weaknesses": ("Một số Ủy viên chưa tham gia đầy đủ các kỳ họp; việc theo dõi kiến nghị sau giám sát chưa thường xuyên.",),
        "causes": ("Do ảnh hưởng của dịch bệnh và một số Ủy viên kiêm nhiệm nhiều việc.",),
        "lessons": ("Cần phát huy vai trò của từng Ủy viên, tăng cường phối hợp với các tổ chức thành viên.",),
    }  # fmt: skip


VM_ACTION = {
    "introduction": ("Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu MTTQ Việt Nam phường Văn Miếu lần thứ XVII, nhiệm kỳ 2024-2029.",),
    "tasks": [
        {"task": "Tuyên truyền, vận động Nhân dân", "target": "Ít nhất 30 buổi tuyên truyền mỗi năm", "owner": "Ban Thường trực Ủy ban MTTQ phường", "deadline": "Hằng năm"},
        {"task": "Vận động Quỹ “Vì người nghèo”", "target": "Từ 800 triệu đồng trong nhiệm kỳ", "owner": "Ban Vận động Quỹ “Vì người nghèo” phường", "deadline": "Ngày 18/11 hằng năm"},
        {"task": "Xây dựng gia đình văn hóa, tổ dân phố văn hóa", "target": "Từ 90% hộ đạt “Gia đình văn hóa”; 10/10 tổ dân phố văn hóa", "owner": "Ban công tác Mặt trận các tổ dân phố", "deadline": "Tháng 12 hằng năm"},
        {"task": "Giám sát, phản biện xã hội", "target": "Ít nhất 5 cuộc giám sát và 1 hội nghị phản biện mỗi năm", "deadline": "Hằng năm"},
        {"task": "Nâng cao chất lượng hoạt động của Ban công tác Mặt trận", "target": "Nâng cao chất lượng, hiệu quả hoạt động", "owner": "Ban Thường trực Ủy ban MTTQ phường", "deadline": "Cả nhiệm kỳ"},
        {"task": "Giữ gìn trật tự đô thị quanh khu di tích", "target": "100% hộ kinh doanh mặt phố ký cam kết không lấn chiếm vỉa hè", "owner": "Ban công tác Mặt trận các Tổ dân phố số 1, 2, 3", "deadline": "Quý IV/2024"},
        {"task": "Chuyển đổi số trong công tác Mặt trận", "target": "10/10 Ban công tác Mặt trận có nhóm thông tin trực tuyến", "owner": "Đoàn Thanh niên phường", "deadline": "Năm 2025"},
    ],
    "residential_programme": {"title": TITLE_KDC, "targets": [
        {"name": "Hộ đạt danh hiệu “Gia đình văn hóa”", "value": "Từ 90% trở lên"},
        {"name": "Tổ dân phố đạt danh hiệu “Tổ dân phố văn hóa”", "value": "10/10 tổ"},
    ]},
}  # fmt: skip


def drafts(slug: str, areas: int) -> dict[str, object]:
    """The content of `drafts.yaml` for a ward."""
    if slug == "o-cho-dua":
        return {
            "political_report": OCD_POLITICAL,
            "review_report": OCD_REVIEW,
            "action_programme": OCD_ACTION,
        }
    political = {
        "introduction": VM_INTRODUCTION,
        "results": VM_RESULTS + _area_results(areas),
        "member_organisations": VM_ORGANISATIONS,
        **VM_POLITICAL_REST,
    }
    return {"political_report": political, "review_report": _vm_review(), "action_programme": VM_ACTION}  # fmt: skip


# --- congress.yaml -------------------------------------------------------------------------------

PURPOSES = (
    "Đại hội đại biểu MTTQ Việt Nam phường {ward} lần thứ {ord} là đợt sinh hoạt chính trị rộng rãi trong các tầng lớp Nhân dân, nhằm đánh giá kết quả thực hiện Nghị quyết Đại hội nhiệm kỳ 2019-2024, rút ra bài học kinh nghiệm và xác định phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2024-2029.",
    "Hiệp thương dân chủ cử Ủy ban MTTQ Việt Nam phường khóa {ord} có số lượng, cơ cấu, thành phần hợp lý, bảo đảm tính đại diện; cử đoàn đại biểu dự Đại hội đại biểu MTTQ Việt Nam quận Đống Đa lần thứ XVII.",
)  # fmt: skip
REQUIREMENTS = (
    "Công tác chuẩn bị và tổ chức Đại hội bảo đảm đúng Điều lệ MTTQ Việt Nam, hướng dẫn của Ủy ban MTTQ Việt Nam quận và sự lãnh đạo của Đảng ủy phường; văn kiện ngắn gọn, đánh giá đúng kết quả, hạn chế; đề án nhân sự đúng quy trình, tỷ lệ tái cử không quá 60%, tỷ lệ ngoài Đảng không thấp hơn nhiệm kỳ trước.",
    "Đại hội tổ chức trang trọng, tiết kiệm, không phô trương hình thức; mỗi thành viên Đoàn Chủ tịch có phần việc cụ thể trong kịch bản; tham luận theo từng chủ đề riêng; có công trình, phần việc chào mừng Đại hội.",
)  # fmt: skip

TIMELINES = {
    "o-cho-dua": [
        ("05/10/2023", "Ban hành Kế hoạch tổ chức Đại hội; thành lập các tiểu ban Văn kiện, Nhân sự, Tổ chức - phục vụ", "Ban Thường trực Ủy ban MTTQ phường"),
        ("Từ 10/10 đến 15/11/2023", "Quán triệt Kế hoạch; hội nghị Ban công tác Mặt trận 12 tổ dân phố giới thiệu nhân sự", "Ban Thường trực; Ban công tác Mặt trận các tổ dân phố"),
        ("Đến 20/11/2023", "Hoàn thành dự thảo Báo cáo chính trị, Báo cáo kiểm điểm, Chương trình hành động", "Tiểu ban Văn kiện"),
        ("Từ 21/11 đến 05/12/2023", "Lấy ý kiến góp ý dự thảo văn kiện của tổ chức thành viên, khu dân cư, Đảng ủy phường", "Tiểu ban Văn kiện"),
        ("Đến 15/12/2023", "Hoàn thành Đề án nhân sự, báo cáo Thường trực Đảng ủy phường", "Tiểu ban Nhân sự"),
        ("Đến 25/12/2023", "Trình Ban Thường trực Ủy ban MTTQ quận văn kiện và Đề án nhân sự", "Ban Thường trực Ủy ban MTTQ phường"),
        ("Từ 02/01/2024", "Trang trí, tuyên truyền trực quan; hoàn thành công trình chào mừng Đại hội", "Tiểu ban Tổ chức - phục vụ"),
        ("10/01/2024", "Tổng duyệt Đại hội theo kịch bản", "Đoàn Chủ tịch dự kiến; Tiểu ban Tổ chức - phục vụ"),
        ("12/01/2024", "Tổ chức Đại hội điểm", "Ban Thường trực Ủy ban MTTQ phường"),
        ("Trong 05 ngày sau Đại hội", "Báo cáo kết quả, hoàn thiện hồ sơ Đại hội gửi Ủy ban MTTQ quận", "Ban Thường trực Ủy ban MTTQ phường khóa XVII"),
    ],
    "van-mieu": [
        ("16/10/2023", "Ban hành Kế hoạch tổ chức Đại hội; thành lập các tiểu ban", "Ban Thường trực Ủy ban MTTQ phường"),
        ("Từ 01/11 đến 15/12/2023", "Hội nghị Ban công tác Mặt trận 10 tổ dân phố giới thiệu nhân sự", "Ban công tác Mặt trận các tổ dân phố"),
        ("Đến 10/01/2024", "Hoàn thành dự thảo văn kiện Đại hội", "Tiểu ban Văn kiện"),
        ("Sau 12/01/2024", "Tiếp thu, khắc phục các nội dung rút kinh nghiệm từ Đại hội điểm phường Ô Chợ Dừa", "Ban Thường trực Ủy ban MTTQ phường"),
        ("Từ 15/01 đến 05/02/2024", "Lấy ý kiến góp ý dự thảo văn kiện", "Tiểu ban Văn kiện"),
        ("Đến 26/02/2024", "Hoàn thành Đề án nhân sự, báo cáo Thường trực Đảng ủy phường", "Tiểu ban Nhân sự"),
        ("Đến 05/03/2024", "Trình Ban Thường trực Ủy ban MTTQ quận văn kiện và Đề án nhân sự", "Ban Thường trực Ủy ban MTTQ phường"),
        ("Từ 11/03/2024", "Trang trí, tuyên truyền trực quan; hoàn thành công trình chào mừng", "Tiểu ban Tổ chức - phục vụ"),
        ("22/03/2024", "Tổ chức Đại hội", "Ban Thường trực Ủy ban MTTQ phường"),
    ],
}  # fmt: skip

# (time, part, person, session); the persons cover the whole Presidium in Ô Chợ Dừa.
SCRIPT = [
    ("7h30", "Đón đại biểu, kiểm tra thẻ đại biểu", UVTT, "internal"),
    ("7h45", "Tuyên bố lý do phiên nội bộ; giới thiệu và biểu quyết Đoàn Chủ tịch, Đoàn Thư ký", DOAN, "internal"),
    ("7h55", "Thông qua chương trình, quy chế làm việc của Đại hội; biểu quyết Ban Kiểm phiếu", "@chair2", "internal"),
    ("8h00", "Báo cáo kết quả triệu tập đại biểu và thẩm tra tư cách đại biểu", PCT_KCT, "internal"),
    ("8h10", "Thảo luận, góp ý dự thảo Báo cáo chính trị và Chương trình hành động", "@chair1", "internal"),
    ("8h35", "Báo cáo kiểm điểm của Ủy ban MTTQ Việt Nam phường khóa {prev}", PCT, "internal"),
    ("8h50", "Thông qua Đề án nhân sự Ủy ban khóa {ord}; hiệp thương danh sách", CT, "internal"),
    ("9h15", "Chào cờ; tuyên bố lý do, giới thiệu đại biểu phiên chính thức", DOAN, "official"),
    ("9h25", "Diễn văn khai mạc Đại hội", CT, "official"),
    ("9h35", "Báo cáo chính trị trình Đại hội", PCT, "official"),
    ("10h05", "Điều hành phần tham luận", "@chair4", "official"),
    ("10h45", "Phát biểu chỉ đạo của Đảng ủy phường", "Bí thư Đảng ủy phường", "official"),
    ("11h00", "Phát biểu của lãnh đạo Ủy ban MTTQ Việt Nam quận Đống Đa", "Đại diện Ban Thường trực Ủy ban MTTQ quận", "official"),
    ("11h10", "Hiệp thương, biểu quyết Ủy ban MTTQ Việt Nam phường khóa {ord}", "@chair3", "official"),
    ("11h20", "Hiệp thương cử đoàn đại biểu dự Đại hội MTTQ Việt Nam quận Đống Đa lần thứ XVII", PCT_KCT, "official"),
    ("11h30", "Công bố kết quả kiểm phiếu biểu quyết", "@counter", "official"),
    ("11h35", "Ra mắt Ủy ban khóa {ord}; phát biểu nhận nhiệm vụ", CT, "official"),
    ("11h45", "Thông qua Nghị quyết Đại hội", "@chair2", "official"),
    ("11h55", "Bế mạc Đại hội", PCT, "official"),
    ("12h00", "Chào cờ bế mạc", DOAN, "official"),
]  # fmt: skip

# The votes held in each part of SCRIPT (by its time): the minutes give their results after it.
VOTES = {
    "7h45": ["presidium", "secretariat"],
    "7h55": ["chuong_trinh", "ban_kiem_phieu"],
    "8h35": ["bao_cao_kiem_diem"],
    "8h50": ["so_luong_uy_ban"],
    "10h05": ["bao_cao_chinh_tri", "chuong_trinh_hanh_dong"],
    "11h10": ["committee"],
    "11h20": ["official", "alternate"],
    "11h45": ["nghi_quyet"],
}

CONGRESS = {
    "o-cho-dua": {
        "date": date(2024, 1, 12), "venue": "Hội trường tầng 3, trụ sở Đảng ủy - Ủy ban nhân dân phường Ô Chợ Dừa",
        "delegates_convened": 135,
        "presidium": [CT, PCT, PCT_KCT, CCB, PN, NCT, "@Phó Chủ tịch Ủy ban nhân dân phường"],
        "chairs": {"@chair1": CCB, "@chair2": NCT, "@chair3": "@Phó Chủ tịch Ủy ban nhân dân phường", "@chair4": PN},
        "secretariat": [UVTT, "@Tình nguyện viên tiêu biểu, Đội hiến máu tình nguyện phường"],
        "counting_board": [area(2), area(4), area(11), "@Trưởng Ban Thanh tra nhân dân phường"],
        "speeches": [
            (CCB, "Hội Cựu chiến binh phường", "Cựu chiến binh nòng cốt trong các tổ tự quản về an ninh trật tự"),
            (PN, "Hội Liên hiệp Phụ nữ phường", "Phụ nữ chung tay vận động Quỹ “Vì người nghèo”"),
            (area(4), "Ban công tác Mặt trận Tổ dân phố số 4", "Xây dựng tổ dân phố văn hóa, đô thị văn minh"),
            (DOAN, "Đoàn Thanh niên phường", "Thanh niên hỗ trợ chuyển đổi số ở khu dân cư"),
            ("@Ni sư, đại diện tăng ni Phật giáo trên địa bàn phường", "Phân ban Trị sự Giáo hội Phật giáo Việt Nam trên địa bàn phường", "Đồng bào Phật giáo sống tốt đời, đẹp đạo, tham gia an sinh xã hội"),
            ("@Trưởng Ban Thanh tra nhân dân phường", "Ban Thanh tra nhân dân phường", "Giám sát của Ban Thanh tra nhân dân và theo dõi kiến nghị sau giám sát"),
        ],
        "official": [CT, PCT, CCB, PN, "@Ni sư, đại diện tăng ni Phật giáo trên địa bàn phường", area(4)],
        "alternate": [DOAN],
        "documents": {"ke_hoach": ("05", date(2023, 10, 5)), "to_trinh": ("12", date(2023, 12, 20)), "de_an_nhan_su": ("11", date(2023, 12, 15))},
    },
    "van-mieu": {
        "date": date(2024, 3, 22), "venue": "Hội trường Nhà văn hóa phường Văn Miếu",
        "delegates_convened": 128,
        "presidium": [CT, PCT, PCT_KCT, CCB, PN, NCT, "@Phó Chủ tịch Ủy ban nhân dân phường"],
        # Hội Người cao tuổi's head sits in the Presidium but has no part (seed 004).
        "chairs": {"@chair1": CCB, "@chair2": PN, "@chair3": "@Phó Chủ tịch Ủy ban nhân dân phường", "@chair4": CCB},
        "secretariat": [UVTT, "@Tình nguyện viên tiêu biểu, Đội thanh niên tình nguyện phường"],
        "counting_board": [area(3), area(8), TTND_VM],
        "speeches": [
            (PN, "Hội Liên hiệp Phụ nữ phường", "Công tác vận động Quỹ “Vì người nghèo”"),
            (CTD, "Hội Chữ thập đỏ phường", "Công tác vận động Quỹ “Vì người nghèo”"),
            (CCB, "Hội Cựu chiến binh phường", "Giữ gìn an ninh trật tự quanh khu di tích"),
            (KH, "Hội Khuyến học phường", "Xây dựng gia đình học tập, cộng đồng học tập"),
            (area(2), "Ban công tác Mặt trận Tổ dân phố số 2", "Xây dựng tuyến phố văn minh trên phố Quốc Tử Giám"),
        ],
        "official": [CT, PCT, CCB, PN, area(2)],
        "alternate": [DOAN, KH],
        "documents": {"ke_hoach": ("07", date(2023, 10, 16)), "to_trinh": ("04", date(2024, 3, 1)), "de_an_nhan_su": ("03", date(2024, 2, 26))},
        "no_person": "Thông qua Nghị quyết Đại hội",
    },
}  # fmt: skip


# The lời dẫn of each part of SCRIPT, in its order ({ward}, {ord}, {prev}: the ward and the
# ordinals of its congress and of the outgoing committee).
WORDS = (
    "Ban Tổ chức đón đại biểu, kiểm tra thẻ đại biểu; đề nghị các đại biểu ổn định chỗ ngồi theo sơ đồ của Ban Tổ chức.",
    "Kính thưa các vị đại biểu! Thay mặt Ban Tổ chức, tôi xin tuyên bố lý do phiên họp trù bị của Đại hội. Ban Thường trực đề xuất danh sách Đoàn Chủ tịch, Đoàn Thư ký Đại hội; xin Đại hội biểu quyết bằng hình thức giơ tay.",
    "Thay mặt Đoàn Chủ tịch, tôi xin trình bày chương trình và quy chế làm việc của Đại hội, danh sách Ban Kiểm phiếu; đại biểu nào có ý kiến khác, đề nghị phát biểu. Xin Đại hội biểu quyết thông qua.",
    "Xin mời đại diện Ban Thường trực báo cáo kết quả triệu tập đại biểu và thẩm tra tư cách đại biểu dự Đại hội.",
    "Đoàn Chủ tịch đề nghị các đại biểu tập trung thảo luận, góp ý dự thảo Báo cáo chính trị và Chương trình hành động; mỗi ý kiến không quá 5 phút, đi thẳng vào nội dung cần sửa.",
    "Xin mời đại diện Ủy ban MTTQ Việt Nam phường khóa {prev} trình bày Báo cáo kiểm điểm của Ủy ban nhiệm kỳ 2019-2024.",
    "Thay mặt Đoàn Chủ tịch, tôi xin trình bày Đề án nhân sự và danh sách hiệp thương Ủy ban MTTQ Việt Nam phường khóa {ord}; xin Đại hội thảo luận, cho ý kiến.",
    "Xin mời toàn thể Đại hội đứng nghiêm làm lễ chào cờ. Kính thưa các vị đại biểu, thay mặt Ban Tổ chức, tôi xin tuyên bố lý do và giới thiệu đại biểu dự phiên chính thức của Đại hội.",
    "Xin trân trọng kính mời đồng chí Chủ tịch Ủy ban MTTQ Việt Nam phường, thay mặt Đoàn Chủ tịch, phát biểu khai mạc Đại hội.",
    "Xin mời đại diện Đoàn Chủ tịch trình bày Báo cáo chính trị trình Đại hội đại biểu MTTQ Việt Nam phường {ward} lần thứ {ord}.",
    "Đoàn Chủ tịch xin mời các đại biểu trình bày tham luận theo thứ tự đã thông báo; mỗi tham luận không quá 7 phút.",
    "Xin trân trọng kính mời đồng chí Bí thư Đảng ủy phường phát biểu chỉ đạo Đại hội.",
    "Xin trân trọng kính mời đồng chí đại diện lãnh đạo Ủy ban MTTQ Việt Nam cấp trên phát biểu với Đại hội.",
    "Thay mặt Đoàn Chủ tịch, tôi xin trình bày danh sách hiệp thương cử Ủy ban MTTQ Việt Nam phường khóa {ord}; xin Đại hội biểu quyết theo hình thức Đại hội đã thống nhất.",
    "Đoàn Chủ tịch xin trình bày danh sách đoàn đại biểu đi dự Đại hội cấp trên, gồm đại biểu chính thức và đại biểu dự khuyết; xin Đại hội biểu quyết.",
    "Xin mời đồng chí Trưởng Ban Kiểm phiếu công bố biên bản kiểm phiếu biểu quyết.",
    "Xin mời Ủy ban MTTQ Việt Nam phường khóa {ord} ra mắt Đại hội; xin mời đại diện Ủy ban phát biểu nhận nhiệm vụ.",
    "Xin mời đại diện Đoàn Thư ký trình bày dự thảo Nghị quyết Đại hội; xin Đại hội biểu quyết thông qua.",
    "Xin trân trọng kính mời đại diện Đoàn Chủ tịch phát biểu bế mạc Đại hội.",
    "Xin mời toàn thể Đại hội đứng nghiêm làm lễ chào cờ bế mạc.",
)  # fmt: skip
assert len(WORDS) == len(SCRIPT)


def script(
    who: Any, ward: str, ordinal: str, previous: str, skip: str | None = None
) -> list[dict[str, object]]:
    """The parts of SCRIPT with their persons and lời dẫn; `skip`: a part left without a person."""
    out: list[dict[str, object]] = []
    for (t, text, p, s), words in zip(SCRIPT, WORDS, strict=True):
        part = text.format(ord=ordinal, prev=previous)
        person = {} if part == skip else {"person": who(p)}
        out.append(
            {
                "time": t,
                "part": part,
                **person,
                "session": s,
                "words": (words.format(ward=ward, ord=ordinal, prev=previous),),
                **({"votes": VOTES[t]} if t in VOTES else {}),
            }
        )
    return out  # fmt: skip


def preparation(who: Any, ward: str, ordinal: str, convened: int, areas: int) -> dict[str, object]:
    """The plan's tasks (comments, delegates, sub-committees, propaganda, budget) and the written
    parts of the personnel scheme; `who` resolves "@<position>" to a name."""

    def named(ref: str) -> str:
        return f"{who(ref)}, {ref[1:]}"

    return {
        "plan_comments": (f"Tổ chức lấy ý kiến góp ý dự thảo văn kiện Đại hội MTTQ Việt Nam cấp trên và dự thảo Điều lệ MTTQ Việt Nam (sửa đổi, bổ sung) tại hội nghị Ủy ban mở rộng và ở {areas} khu dân cư; tổng hợp ý kiến báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam cấp trên.",),
        "plan_delegates": (f"Đại hội triệu tập {convened} đại biểu, gồm: Ủy viên Ủy ban MTTQ Việt Nam phường khóa {_previous(ordinal)}; đại biểu các tổ chức thành viên; đại biểu Ban công tác Mặt trận {areas} khu dân cư; cá nhân tiêu biểu trong các tầng lớp Nhân dân. Bảo đảm tỷ lệ hợp lý đại biểu nữ, người ngoài Đảng, đại biểu tôn giáo.",),
        "plan_subcommittees": [
            {"name": "Tiểu ban Văn kiện", "head": named(PCT), "members": [named(UVTT), named(CCB), named(PN)], "tasks": ("Xây dựng dự thảo Báo cáo chính trị, Báo cáo kiểm điểm, Chương trình hành động; tổng hợp ý kiến góp ý; chuẩn bị dự thảo Nghị quyết Đại hội.",)},
            {"name": "Tiểu ban Nhân sự", "head": named(CT), "members": [named(PCT_KCT), named(NCT)], "tasks": ("Xây dựng Đề án nhân sự Ủy ban khóa mới và danh sách đoàn đại biểu đi dự Đại hội cấp trên theo đúng quy trình hiệp thương.",)},
            {"name": "Tiểu ban Tổ chức - phục vụ", "head": named(PCT_KCT), "members": [named(DOAN), named(UVTT)], "tasks": ("Chuẩn bị hội trường, trang trí, khánh tiết, giấy mời, tài liệu; xây dựng chương trình, kịch bản điều hành; bảo đảm hậu cần, an ninh Đại hội.",)},
        ],
        "plan_propaganda": ("Tuyên truyền về Đại hội trên hệ thống loa truyền thanh, trang thông tin điện tử và các nhóm thông tin của khu dân cư; treo băng rôn, khẩu hiệu tại trụ sở và các tuyến phố chính; phát động công trình, phần việc chào mừng Đại hội ở mỗi khu dân cư.",),
        "plan_budget": ("Kinh phí tổ chức Đại hội từ nguồn ngân sách phường cấp cho hoạt động của Ủy ban MTTQ Việt Nam phường và nguồn xã hội hóa hợp pháp; chi tiêu tiết kiệm, đúng quy định.",),
        "personnel_scheme": {
            "grounds": ("Căn cứ ý kiến chỉ đạo của Ban Thường vụ Đảng ủy phường về công tác chuẩn bị nhân sự Đại hội MTTQ Việt Nam phường nhiệm kỳ 2024-2029.",),
            "standards": (
                "Ủy viên Ủy ban MTTQ Việt Nam phường khóa mới là người tiêu biểu trong tổ chức thành viên, khu dân cư hoặc lĩnh vực công tác; có phẩm chất chính trị, đạo đức tốt, có uy tín trong Nhân dân; có năng lực, sức khỏe và điều kiện tham gia hoạt động của Ủy ban.",
                "Người đứng đầu tổ chức thành viên, Trưởng ban công tác Mặt trận khu dân cư tham gia Ủy ban; Ủy viên tái cử là người hoàn thành tốt nhiệm vụ trong nhiệm kỳ trước.",
            ),
        },
    }  # fmt: skip


def _previous(ordinal: str) -> str:
    from congress.core.vn_format import roman

    numerals = {roman(n): n for n in range(1, 40)}
    return roman(numerals[ordinal] - 1)


def congress(slug: str, ward: str, names: dict[str, str]) -> dict[str, object]:
    """The content of `congress.yaml`; `names` maps a position of the proposed list to the name."""
    c: dict = CONGRESS[slug]

    def who(ref: str) -> str:
        ref = c["chairs"].get(ref, c["counting_board"][0] if ref == "@counter" else ref)
        return names[ref[1:]] if ref.startswith("@") else ref

    def delegates(refs: list[str]) -> list[dict[str, str]]:
        return [{"name": who(r), "position": r[1:]} for r in refs]

    parts = script(who, ward, "XVII", "XVI", c.get("no_person"))
    return {
        "ordinal": "XVII", "date": c["date"], "venue": c["venue"],
        "delegates_convened": c["delegates_convened"],
        "plan_purposes": tuple(p.format(ward=ward, ord="XVII") for p in PURPOSES), "plan_requirements": REQUIREMENTS,
        "plan_timeline": [{"when": w, "task": t, "owner": o} for w, t, o in TIMELINES[slug]],
        **preparation(who, ward, "XVII", c["delegates_convened"], {w.slug: w.areas for w in data.WARDS}[slug]),
        "presidium": [who(r) for r in c["presidium"]], "secretariat": [who(r) for r in c["secretariat"]],
        "counting_board": [who(r) for r in c["counting_board"]],
        "script": parts,
        "speeches": [{"speaker": who(s), "organisation": o, "topic": t} for s, o, t in c["speeches"]],
        "delegation": {"official": delegates(c["official"]), "alternate": delegates(c["alternate"])},
        "documents": {k: {"number": n, "date": d} for k, (n, d) in c["documents"].items()},
        "signer": {"name": who(CT), "title": "CHỦ TỊCH"},
        "recipients": RECIPIENTS,
    }  # fmt: skip


# --- writing and checking: YAML with a comment above each field's first appearance -----------

WIDTH = 100


def _scalar(value: object) -> str:
    return yaml.safe_dump(value, allow_unicode=True, width=10**6).removesuffix("\n...\n").strip()


def commented_yaml(header: str, content: dict[str, object]) -> str:
    """YAML text: text fields (tuples of paragraphs) as `|` blocks, comments from COMMENTS."""
    out = [f"# {line}" for line in textwrap.wrap(header, WIDTH - 2)]
    seen: set[str] = set()

    def comment(path: str, pad: str) -> None:
        """The comment of `path` the first time it (or the sibling it stands for) appears."""
        general = re.sub(r"^documents\.\w+\.", "documents.ke_hoach.", path)
        general = general.replace(".alternate[]", ".official[]")
        assert general in COMMENTS, f"no comment for {general}"
        if general not in seen:
            seen.add(general)
            out.extend(
                f"{pad}# {line}" for line in textwrap.wrap(COMMENTS[general], WIDTH - len(pad) - 2)
            )

    def mapping(d: dict[str, object], path: str, pad: str, dash: bool = False) -> None:
        inner = pad + "  " if dash else pad
        for i, (key, value) in enumerate(d.items()):
            kpath = f"{path}.{key}" if path else key
            if not path or (i and "." not in path and isinstance(value, tuple | list | dict)):
                out.append("")
            comment(kpath, pad if dash and i == 0 else inner)
            lead = (pad + "- " if i == 0 else inner) if dash else pad
            if isinstance(value, tuple):
                out.append(f"{lead}{key}: |")
                for j, para in enumerate(value):
                    wrapped = textwrap.wrap(
                        para, WIDTH - len(inner) - 2, break_long_words=False, break_on_hyphens=False
                    )
                    out.extend([""] * (j > 0) + [f"{inner}  {line}" for line in wrapped])
            elif isinstance(value, dict):
                out.append(f"{lead}{key}:")
                mapping(value, kpath, inner + "  ")
            elif isinstance(value, list):
                out.append(f"{lead}{key}:")
                for j, item in enumerate(value):
                    if isinstance(item, dict):
                        out.extend(
                            [""] * (j > 0 and any(isinstance(v, tuple) for v in item.values()))
                        )
                        mapping(item, kpath + "[]", inner + "  ", dash=True)
                    else:
                        out.append(f"{inner}  - {_scalar(item)}")
            else:
                out.append(f"{lead}{key}: {_scalar(value)}")

    mapping(content, "", "")
    return "\n".join(out) + "\n"


def _plain(value: object) -> object:
    """Data as it loads back: paragraphs joined by a blank line, single line breaks as spaces."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, tuple):
        value = "\n\n".join(value)
    if isinstance(value, str):
        return "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", value.strip()))
    return value


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return [] if isinstance(value, bool) else [str(value)]


def _copied(review: dict, report: dict, run: int = 12) -> int:
    """Review paragraphs that share `run` consecutive words with a paragraph of the report."""

    def grams(text: str) -> set[tuple[str, ...]]:
        w = re.sub(r"[^\w\s]", " ", text.casefold()).split()
        return {tuple(w[i : i + run]) for i in range(len(w) - run + 1)}

    report_grams = set().union(*(grams(p) for p in _strings(report["results"])))
    return sum(1 for p in _strings(review) if grams(p) & report_grams)


def write_yaml(path: Path, header: str, content: dict[str, object], model: type[M]) -> M:
    """Write the commented YAML and read it back with the project's loader into `model`."""
    text = commented_yaml(header, content)
    assert unicodedata.is_normalized("NFC", text), path
    assert _plain(yaml.safe_load(text)) == _plain(content), f"{path} does not load as intended"
    path.write_bytes(text.encode("utf-8"))
    return load_model(path, model)


def write(spec: WardSpec, names: dict[str, str], folder: Path) -> str:
    """Write drafts.yaml and congress.yaml; check they load and hold the intended faults."""
    d: dict[str, Any] = drafts(spec.slug, spec.areas)
    c: dict[str, Any] = congress(spec.slug, spec.name, names)
    header = {"ward": spec.name, "ordinal": spec.khoa}
    loaded = write_yaml(folder / "drafts.yaml", DRAFTS_HEADER.format(**header), d, DraftsFile)
    write_yaml(folder / "congress.yaml", CONGRESS_HEADER.format(**header), c, CongressFile)
    targets = loaded.political_report.targets
    report, action = d["political_report"], d["action_programme"]
    words = sum(len(s.split()) for s in _strings(report))
    orgs = {o["organisation"] for o in report["member_organisations"]}
    missing = [n for n, *_ in data.MEMBER_ORGANISATIONS if n not in orgs]
    copied = _copied(d["review_report"], report)
    tasks = action["tasks"]
    no_owner = sum(1 for t in tasks if not t.get("owner"))
    unmeasured = sum(1 for t in tasks if not re.search(r"\d", t.get("target", "")))
    no_deadline = sum(1 for t in tasks if not t.get("deadline"))
    kdc = len(action["residential_programme"]["targets"])
    persons = {p.get("person") for p in c["script"]}
    idle = [n for n in c["presidium"] if n not in persons]
    nobody = sum(1 for p in c["script"] if not p.get("person"))
    topics = [s["topic"].casefold() for s in c["speeches"]]
    repeated = len(topics) - len(set(topics))
    verdicts = {
        "met"
        if t.result == t.target
        else "exceeded"
        if (t.result > t.target) == t.higher_is_better
        else "missed"
        for t in targets
    }
    assert 6 <= len(targets) <= 8 and verdicts == {"met", "exceeded", "missed"}, verdicts
    assert sum(not t.higher_is_better for t in targets) == 1, "one target where lower is better"
    assert all(n in names.values() for n in c["presidium"] + c["secretariat"] + c["counting_board"])
    if spec.expect_pass:
        assert 2000 <= words < 15 * 450 and not missing and not copied, spec.slug
        assert no_owner == unmeasured == no_deadline == 0 and 4 <= kdc <= 5, spec.slug
        assert not idle and not nobody and not repeated, spec.slug
    else:
        assert words > 15 * 450 and len(missing) == 1 and copied >= 2, spec.slug
        assert no_owner == unmeasured == 1 and no_deadline == 0 and kdc == 2, spec.slug
        assert len(idle) == 1 and nobody == 1 and repeated == 1, spec.slug
    return (
        f"{spec.slug}: political report {words} words (limit {15 * 450}), organisations missing "
        f"{len(missing)}, review paragraphs copied {copied}, tasks without owner {no_owner} / "
        f"measurable target {unmeasured}, residential targets {kdc}, Presidium without a part "
        f"{len(idle)}, parts without a person {nobody}, repeated topics {repeated}"
    )
