"""Text of the Đống Đa workspace files with Vietnamese comments: unit.yaml, tally.yaml, README."""

from __future__ import annotations

import textwrap
from typing import Any

import dong_da_data as dd
import yaml

STAGE_VI = {
    "guidance": "Triển khai hướng dẫn", "drafts": "Dự thảo văn kiện", "personnel": "Đề án nhân sự",
    "pilot": "Rút kinh nghiệm Đại hội điểm", "congress": "Đại hội (biểu quyết, hiệp thương cử)",
    "first_meeting": "Đã họp Hội nghị lần thứ nhất", "recognised": "Cấp trên đã công nhận",
    "reported": "Đã báo cáo kết quả",
}  # fmt: skip


def _dump(value: Any, indent: int = 0) -> str:
    text = yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=96)
    return "".join(" " * indent + line + "\n" for line in text.splitlines())


def _wrap(text: str, prefix: str = "# ", width: int = 100) -> str:
    lines = textwrap.wrap(text, width, initial_indent=prefix, subsequent_indent=prefix,
                          break_on_hyphens=False, break_long_words=False)  # fmt: skip
    return "".join(f"{line}\n" for line in lines)


def fault_lines(plans: list[dd.WardPlan]) -> list[tuple[str, str]]:
    """(ward name, what is wrong) for every planted fault, in ward order."""
    return [(p.name, dd.FAULT_TEXT[f]) for p in plans for f in p.faults]


def unit_yaml(plans: list[dd.WardPlan]) -> str:
    faults = "".join(f"#   - {name}: {text}.\n" for name, text in fault_lines(plans))
    groups = "".join(
        f"  - name: {name}\n    leader: {leader}\n"
        + _wrap(
            f"[{', '.join(p.slug for p in plans if p.group == g)}]", "    wards: ", 100
        ).replace("\n    wards: ", "\n      ")
        for g, (name, leader, _) in dd.GROUPS.items()
    )
    timeline = "".join(f"  {k}: {v.isoformat()}\n" for k, v in dd.TIMELINE.items())
    lessons = "".join(
        "  - id: {}\n    text: >-\n{}".format(i, _wrap(t, "      ", 100)) for i, t in dd.LESSONS
    )
    return f"""\
# THƯ MỤC LÀM VIỆC MẪU: Ủy ban MTTQ Việt Nam quận Đống Đa chỉ đạo Đại hội MTTQ Việt Nam 21 phường,
# nhiệm kỳ 2024-2029 (dữ liệu hư cấu, tạo bằng: python scripts/make_dong_da.py). Phường Ô Chợ Dừa
# đại hội điểm ngày 12/01/2024; các phường còn lại đại hội đến hết tháng 4/2024.
#
# Các bước của từng phường ghi trong history.yaml (tính đến ngày 15/03/2024); cơ sở dữ liệu trạng
# thái .congress/ không đưa vào git, tạo lại bằng:
#   python scripts/replay_history.py examples/dong-da
#   CONGRESS_TODAY=2024-03-15 congress ward status -w examples/dong-da
#
# CÁC LỖI CỐ Ý ĐƯA VÀO để thử các lệnh kiểm tra (các phường khác đạt):
{faults}
# Tên đơn vị cấp trên.
unit: Quận Đống Đa
# Cấp của đơn vị.
level: quận
# Nhiệm kỳ.
term: 2024-2029
# Đại hội đại biểu MTTQ Việt Nam quận lần thứ.
ordinal: XVII
# Quy trình dùng cho các phường.
workflow: ward-2024-2029
# Phường đại hội điểm; hạn từng bước của phường này ghi trong wards/o-cho-dua/ward.yaml.
pilot_ward: {dd.PILOT}
# Hai Tổ công tác của Ban Thường trực quận theo dõi, đôn đốc các phường (tên thư mục phường).
working_groups:
{groups}# Hạn chót (năm-tháng-ngày): đến ngày này mọi phường phải tới bước đó; phường có hạn riêng
# ghi trong ward.yaml của mình (khóa timeline).
timeline:
{timeline}# Bài học kinh nghiệm của Đại hội điểm phường Ô Chợ Dừa (Hội nghị rút kinh nghiệm ngày
# 19/01/2024); phường nào cũng phải tiếp thu từng bài học trước khi đại hội.
lessons:
{lessons}# Người ký các báo cáo của Ban Thường trực quận gửi cấp trên (báo cáo tiến độ, báo cáo tổng
# hợp): họ tên và chức danh (không bắt buộc; bỏ khóa này thì chỗ ký tên để «…» cho người ký ghi).
signer:
  name: Lê Thị Hoa
  title: Chủ tịch
"""


def ward_timeline(plan: dd.WardPlan) -> str:
    """The ward's own deadlines, appended to its ward.yaml."""
    if plan.slug == dd.PILOT:
        items = dd.PILOT_TIMELINE
        head = (
            "# Hạn từng bước của phường đại hội điểm (năm-tháng-ngày), thay cho hạn chung của quận."
        )
    else:
        items = {"congress": plan.congress}
        head = "# Hạn riêng của phường (năm-tháng-ngày): ngày Đại hội theo Kế hoạch của phường."
    body = "".join(f"  {k}: {v.isoformat()}\n" for k, v in items.items())
    return f"\n{head}\ntimeline:\n{body}"


def _flow(value: dict[str, Any]) -> str:
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False, default_flow_style=True,
                          width=10**6).strip()  # fmt: skip


def _rows(people: list[dict[str, Any]], indent: int) -> str:
    return "".join(f"{' ' * indent}- {_flow(p)}\n" for p in people)


def _choice(choice: dict[str, Any], indent: int) -> str:
    pad = " " * indent
    head = "".join(f"{pad}{k}: {_flow({k: v})[len(k) + 3 : -1]}\n" for k, v in choice.items()
                   if k != "people")  # fmt: skip
    return f"{head}{pad}people:\n{_rows(choice['people'], indent + 2)}"


def _seats(planned: int, chosen: int) -> str:
    if planned == chosen:
        return f"Số lượng {planned} vị; Đại hội hiệp thương cử đủ {chosen} vị."
    return f"Số lượng {planned} vị; Đại hội hiệp thương cử {chosen} vị, khuyết {planned - chosen:02d} vị."


def tally_yaml(plan: dd.WardPlan, content: dict[str, Any], delegation: tuple[int, int]) -> str:
    """tally.yaml laid out as examples/wards/o-cho-dua/tally.yaml, with its comments."""
    d = content["delegates"]
    items = "".join(f"  - {_flow(item)}\n" for item in content["items"])
    committee = content["committee"]
    meeting = content.get("first_meeting")
    intro = _wrap(
        f"SỐ LIỆU BIỂU QUYẾT, HIỆP THƯƠNG CỬ của Đại hội đại biểu MTTQ Việt Nam phường {plan.name} "
        f"lần thứ {dd.ordinals(plan)[0]}, nhiệm kỳ 2024-2029 (ngày {plan.congress.strftime('%d/%m/%Y')}), và của Hội "
        "nghị lần thứ nhất Ủy ban khóa mới. Đoàn Thư ký điền sau Đại hội; lưu ở dạng UTF-8, dòng "
        "bắt đầu bằng # là ghi chú. Mọi số là số nguyên không âm. Kiểm tra và in nhật ký nhập liệu:"
    )
    return f"""\
{intro}#   congress tally {plan.slug} -w examples/dong-da
# Chương trình không dùng kết quả khi số liệu không khớp nhau (có mặt ≤ triệu tập; tán thành +
# không tán thành + không biểu quyết = có mặt; thu vào ≤ phát ra ≤ có mặt; hợp lệ + không hợp lệ =
# thu vào; số tán thành của mỗi người ≤ mẫu số; số lượng = đã hiệp thương cử + khuyết).

# Đại biểu: được triệu tập (convened), có mặt (present), vắng mặt (absent: số người, lý do).
delegates:
  convened: {d["convened"]}
  present: {d["present"]}
  absent:
{_rows(d["absent"], 4)}
# Biểu quyết giơ tay thông qua Đoàn Chủ tịch, Đoàn Thư ký: tán thành (in_favour), không tán thành
# (against), không biểu quyết (not_voting); cộng lại bằng số đại biểu có mặt.
presidium: {_flow(content["presidium"])}
secretariat: {_flow(content["secretariat"])}

# Các nội dung biểu quyết giơ tay, mỗi nội dung có mã (id) riêng, không dấu.
items:
{items}
# Ủy ban khóa mới, Đại hội hiệp thương dân chủ cử: số lượng (planned), hình thức (method: hands =
# giơ tay, secret = phiếu biểu quyết kín, khi đó ballots: phát ra, thu vào, hợp lệ, không hợp lệ),
# số khuyết (vacancies), người được giới thiệu (people): họ tên, năm sinh, số tán thành
# (approvals), số không tán thành (disapprovals). {_seats(plan.planned, len(committee["people"]))}
committee:
{_choice(committee, 2)}
# Đoàn đại biểu dự Đại hội cấp trên: {delegation[0]} đại biểu chính thức (official) và {delegation[1]} đại biểu
# dự khuyết (alternate), hai danh sách riêng (congress.yaml, khóa delegation).
delegation:
  name: {content["delegation"]["name"]}
  official:
{_choice(content["delegation"]["official"], 4)}  alternate:
{_choice(content["delegation"]["alternate"], 4)}{_first_meeting(meeting)}"""


def _first_meeting(meeting: dict[str, Any] | None) -> str:
    """The first meeting's section, once the ward has held it (none before)."""
    if meeting is None:
        return ""
    return f"""
# Hội nghị lần thứ nhất của Ủy ban khóa mới: ngày (date), số ủy viên được triệu tập (members), có
# mặt (present); Ban Thường trực (standing) hiệp thương cử theo cùng quy tắc, mỗi người ghi chức
# danh (role: chair = Chủ tịch, vice_chair = Phó Chủ tịch, standing_member = Ủy viên Thường trực).
first_meeting:
  date: {meeting["date"].isoformat()}
  members: {meeting["members"]}
  present: {meeting["present"]}
  standing:
{_choice(meeting["standing"], 4)}"""


def readme(plans: list[dd.WardPlan], people: dict[str, tuple[int, int]]) -> str:
    rows = "".join(
        f"| {p.name} | `{p.slug}` | {p.group} | {STAGE_VI[p.stage]} | {p.congress.strftime('%d/%m/%Y')} "
        f"| {people[p.slug][0]}/{p.planned} | {p.areas} | "
        f"{'; '.join(dd.FAULT_TEXT[f] for f in p.faults) or '—'} |\n"
        for p in plans
    )
    faults = "".join(f"- **{name}**: {text}.\n" for name, text in fault_lines(plans))
    return f"""\
# Thư mục làm việc mẫu: quận Đống Đa, 21 phường (dữ liệu hư cấu)

Ủy ban MTTQ Việt Nam quận Đống Đa chỉ đạo Đại hội MTTQ Việt Nam 21 phường, nhiệm kỳ 2024-2029:
phường **Ô Chợ Dừa** đại hội điểm ngày 12/01/2024, hai Tổ công tác theo dõi các phường, các phường
còn lại đại hội đến hết tháng 4/2024. Mọi người, số liệu, công ty đều là hư cấu; không nêu tên chùa, giáo họ cụ thể.

Toàn bộ thư mục (trừ `.congress/` và `out/`, không đưa vào git) được tạo lại y hệt bằng:

```
python scripts/make_dong_da.py            # ghi vào examples/dong-da
```

## Đưa các phường về đúng bước

Trạng thái (bước của từng phường, xác nhận, phê duyệt, ngoại lệ) nằm trong cơ sở dữ liệu
`.congress/`, không đưa vào git. `history.yaml` ghi từng bước đã làm (ai, ngày nào, văn bản số mấy)
tính đến ngày **15/03/2024**; lệnh sau chạy lại các bước đó qua lệnh `congress` thật, theo thứ tự ngày,
và dừng lại, nói rõ lý do, ở bước đầu tiên bị từ chối:

```
python scripts/replay_history.py examples/dong-da
CONGRESS_TODAY=2024-03-15 congress ward status -w examples/dong-da
```

Mỗi bước được ghi vào lịch sử đúng ngày ghi trong `history.yaml` (lệnh chạy lại đặt
`CONGRESS_NOW` = ngày đó, 08:00, các bước cùng ngày cách nhau một phút), nên cột «Từ ngày» của báo
cáo tiến độ và lịch sử từng phường là ngày thật của từng bước, không phải ngày chạy lệnh. Đặt
`CONGRESS_TODAY=2024-03-15` để xem hạn chót như ngày đó (hai phường còn ở bước dự thảo bị quá hạn).

## Các phường

| Phường | Thư mục | Tổ | Bước (15/03/2024) | Ngày Đại hội | Nhân sự/dự kiến | Tổ dân phố | Lỗi cố ý |
|---|---|---|---|---|---|---|---|
{rows}
## Các lỗi cố ý đưa vào

Các phường khác đạt mọi quy tắc. Lỗi nào cũng hiện ra khi kiểm tra:

{faults}
```
congress personnel check examples/dong-da/wards/thinh-quang     # mã thoát 1: re_election_max, non_party_min_vs_previous
congress personnel check examples/dong-da/wards/trung-phung     # mã thoát 2: thiếu tệp danh sách
congress personnel check examples/dong-da/wards/quang-trung     # mã thoát 2: tệp không phải bảng tính
congress docs check quoc-tu-giam -w examples/dong-da            # cảnh báo report_length_max
congress docs check khuong-thuong -w examples/dong-da           # cảnh báo review_duplicates_report
congress tally tho-quan -w examples/dong-da                     # mã thoát 1: tally_consistent
congress ward history hang-bot -w examples/dong-da              # ngoại lệ re_election_max, ai cho, văn bản nào
```

Phường Hàng Bột vượt tỷ lệ tái cử nhưng được Ban Thường trực quận cho ngoại lệ bằng văn bản (ghi
trong lịch sử, kèm người cho phép và lý do) nên đã đại hội; phường Thịnh Quang vừa vượt tỷ lệ tái cử
vừa giảm tỷ lệ ngoài Đảng, chưa được quận đồng ý nên dừng ở bước đề án nhân sự.
"""
