"""Review report, action programme, `congress.yaml` and `tally.yaml` of a Đống Đa ward.

The congress file follows the Ô Chợ Dừa model of scripts/example_drafts.py (the same script, with
every Presidium member given a part); the tally is the counting board's entry for a ward that has
held its congress. `TALLY_OFF` makes one vote not add up (for + against + not voting ≠ present).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import dong_da_data as dd
from dong_da_texts import _results
from example_drafts import (
    CCB,
    CT,
    DOAN,
    NCT,
    PCT,
    PCT_KCT,
    PN,
    PURPOSES,
    RECIPIENTS,
    REQUIREMENTS,
    TITLE_KDC,
    UVTT,
    area,
    head,
    preparation,
    script,
)

UBND = "@Phó Chủ tịch Ủy ban nhân dân phường"
TTND = "@Trưởng Ban Thanh tra nhân dân phường"
TNV = "@Tình nguyện viên tiêu biểu, Đội thanh niên tình nguyện phường"


def review_report(plan: dd.WardPlan, f: dict[str, Any], previous_size: int) -> dict[str, Any]:
    rng = random.Random(f"dong-da:{plan.slug}:review")
    left = rng.randint(5, 10)
    strengths: tuple[str, ...] = (
        f"Đầu nhiệm kỳ Ủy ban có {previous_size} Ủy viên; khi {left} Ủy viên chuyển công tác, nghỉ hưu hoặc đổi nơi ở, Ủy ban đã kịp thời hiệp thương bổ sung {left - rng.randint(1, 3)} người, giữ được cơ cấu đại diện. Quy chế làm việc được ban hành ngay từ đầu khóa; Ủy ban họp định kỳ 6 tháng một lần, Ban Thường trực giao ban hằng tuần và phân công rõ người phụ trách từng mảng việc.",
        "Tập thể Ủy ban giữ được đoàn kết, dân chủ khi thảo luận; chương trình công tác năm, kế hoạch giám sát, việc phân bổ nguồn quỹ đều được bàn bạc tập thể và thông báo tới khu dân cư. Khi phải giãn cách xã hội, Ban Thường trực chuyển sang họp trực tuyến, giao Ủy viên ở từng tổ dân phố nắm tình hình hằng ngày nên việc điều hành vẫn thông suốt.",
    )  # fmt: skip
    if dd.REVIEW_COPY in plan.faults:  # two paragraphs copied word for word from the report
        results = _results(f)
        strengths = (strengths[0], results[2]["text"][0], results[3]["text"][0])
    return {
        "introduction": (
            f"Theo hướng dẫn của Ban Thường trực Ủy ban MTTQ Việt Nam quận Đống Đa, Ủy ban khóa {dd.ordinals(plan)[1]} tự kiểm điểm sự lãnh đạo, điều hành của tập thể Ủy ban, của Ban Thường trực và việc thực hiện nhiệm vụ của từng Ủy viên. Ủy ban trân trọng báo cáo để Đại hội góp ý.",
        ),
        "strengths": strengths,
        "weaknesses": (
            f"Việc giữ Quy chế làm việc chưa nghiêm: bình quân mỗi kỳ họp chỉ có {f['attendance']}% Ủy viên dự, một số Ủy viên vắng nhiều kỳ liền nhưng chưa được nhắc nhở kịp thời. Chương trình công tác năm có lúc ban hành muộn và chưa chia thành việc cụ thể của từng Ủy viên.",
            "Ban Thường trực còn điều hành chủ yếu qua báo cáo, ít xuống cơ sở; thông tin hai chiều với Ban công tác Mặt trận có lúc chậm. Nhận xét Ủy viên cuối năm còn hình thức, chưa căn cứ vào mức độ tham gia thực tế.",
        ),
        "causes": (
            "Trách nhiệm trước hết thuộc về Ban Thường trực và người đứng đầu: chưa kiên quyết thực hiện quy chế, còn nể nang khi nhận xét Ủy viên, kiêm nhiệm nhiều việc hành chính. Ủy viên là cá nhân tiêu biểu tham gia trên tinh thần tự nguyện, chưa có cơ chế ràng buộc trách nhiệm.",
        ),
        "lessons": (
            "Ủy ban khóa mới cần ban hành chương trình công tác toàn khóa ngay sau Đại hội và giao việc bằng văn bản cho từng Ủy viên; nhận xét Ủy viên công khai mỗi năm; Ban Thường trực dành ít nhất một buổi mỗi tuần làm việc tại khu dân cư.",
        ),
    }  # fmt: skip


def action_programme(plan: dd.WardPlan, f: dict[str, Any]) -> dict[str, Any]:
    n = f["n"]
    return {
        "introduction": (
            f"Để thực hiện Nghị quyết Đại hội đại biểu MTTQ Việt Nam phường {plan.name} lần thứ {dd.ordinals(plan)[0]}, nhiệm kỳ 2024-2029, Đại hội thông qua Chương trình hành động với chỉ tiêu, đơn vị chủ trì và thời hạn của từng nhiệm vụ; hằng năm sơ kết tại hội nghị Ủy ban cuối năm.",
        ),
        "tasks": [
            {"task": "Tuyên truyền, nắm tình hình Nhân dân ở khu dân cư", "target": f"Ít nhất {3 * n} buổi tuyên truyền mỗi năm; 100% Ban công tác Mặt trận báo cáo tình hình Nhân dân hằng quý", "owner": f"Ban Thường trực Ủy ban MTTQ phường; Ban công tác Mặt trận {n} tổ dân phố", "deadline": "Hằng quý, 2024-2029"},
            {"task": "Vận động Quỹ “Vì người nghèo”", "target": f"Từ {f['fund_next']} triệu đồng trong nhiệm kỳ", "owner": "Ban Vận động Quỹ “Vì người nghèo” phường", "deadline": "Tổng kết ngày 18/11 hằng năm"},
            {"task": "Hỗ trợ xây mới, sửa chữa nhà Đại đoàn kết", "target": f"Ít nhất {f['houses_r'] + 1} căn trong nhiệm kỳ", "owner": "Ban Thường trực Ủy ban MTTQ phường; Hội Cựu chiến binh phường phối hợp", "deadline": "Quý IV/2028"},
            {"task": "Xây dựng gia đình văn hóa, tổ dân phố văn hóa", "target": f"Từ {f['cult_t_next']}% hộ đạt “Gia đình văn hóa”; {n}/{n} tổ dân phố văn hóa", "owner": "Ban công tác Mặt trận các tổ dân phố; Hội Liên hiệp Phụ nữ phường", "deadline": "Bình xét tháng 12 hằng năm"},
            {"task": "Giám sát và theo dõi kiến nghị sau giám sát", "target": "Ít nhất 5 cuộc giám sát mỗi năm; 100% kiến nghị được theo dõi đến khi có trả lời", "owner": "Ban Thường trực Ủy ban MTTQ phường; Ban Thanh tra nhân dân phường", "deadline": "Kế hoạch giám sát ban hành trước ngày 31/01 hằng năm"},
            {"task": "Phản biện xã hội", "target": "Ít nhất 1 hội nghị mỗi năm (5 hội nghị trong nhiệm kỳ)", "owner": "Ban Thường trực Ủy ban MTTQ phường", "deadline": "Quý III hằng năm"},
            {"task": "Chuyển đổi số trong công tác Mặt trận", "target": "100% Ban công tác Mặt trận có nhóm thông tin trực tuyến; 80% Ủy viên dự họp được bằng hình thức trực tuyến", "owner": "Ủy viên Thường trực Ủy ban MTTQ phường; Đoàn Thanh niên phường", "deadline": "Quý IV/2025"},
        ],
        "residential_programme": {"title": TITLE_KDC, "targets": [
            {"name": "Hộ đạt danh hiệu “Gia đình văn hóa”", "value": f"Từ {f['cult_t_next']}% trở lên"},
            {"name": "Tổ dân phố không có tội phạm, tệ nạn ma túy phát sinh", "value": f"Từ {max(n - 2, 1)}/{n} tổ trở lên mỗi năm"},
            {"name": "Hộ nghèo theo chuẩn của Thành phố", "value": "0 hộ từ năm 2028"},
            {"name": "Mô hình tự quản về an ninh trật tự, môi trường", "value": "Mỗi tổ dân phố ít nhất 2 mô hình"},
            {"name": "Hộ phân loại rác thải tại nguồn", "value": "Từ 70% số hộ trở lên"},
        ]},
    }  # fmt: skip


# --- congress.yaml -------------------------------------------------------------------------------

VENUES = (
    "Hội trường tầng 3, trụ sở Đảng ủy - HĐND - UBND phường {ward}",
    "Hội trường Nhà văn hóa phường {ward}",
    "Hội trường Trường Trung học cơ sở {ward}",
)
TOPICS = (
    (CCB, "Hội Cựu chiến binh phường", "Cựu chiến binh nòng cốt trong các tổ tự quản về an ninh trật tự"),
    (PN, "Hội Liên hiệp Phụ nữ phường", "Phụ nữ chung tay vận động Quỹ “Vì người nghèo”"),
    (DOAN, "Đoàn Thanh niên phường", "Thanh niên hỗ trợ chuyển đổi số ở khu dân cư"),
    (head("Hội Khuyến học"), "Hội Khuyến học phường", "Xây dựng gia đình học tập, cộng đồng học tập"),
    (TTND, "Ban Thanh tra nhân dân phường", "Giám sát của Ban Thanh tra nhân dân và theo dõi kiến nghị sau giám sát"),
    (head("Hội Chữ thập đỏ"), "Hội Chữ thập đỏ phường", "Phong trào “Tết Nhân ái” và các địa chỉ nhân đạo"),
)  # fmt: skip


def dates(plan: dd.WardPlan) -> dict[str, date]:
    """The ward's own milestones, shared by congress.yaml, history.yaml and the documents."""
    if plan.slug == dd.PILOT:  # as in examples/wards/o-cho-dua/congress.yaml
        days = ((2023, 10, 5), (2023, 12, 6), (2023, 12, 15), (2023, 12, 20), (2024, 1, 12))
        return dict(zip(("plan", "drafts_done", "personnel", "submission", "congress"),
                        (date(*d) for d in days), strict=True))  # fmt: skip
    rng = random.Random(f"dong-da:{plan.slug}:dates")
    c = plan.congress
    personnel = c - timedelta(days=rng.randint(24, 30))
    if plan.stage == "pilot":  # agreed by the district before the reference date
        personnel = min(personnel, dd.REFERENCE_DATE - timedelta(days=rng.randint(9, 12)))
    if plan.stage == "personnel":  # sent to the ward's Party committee before it
        personnel = min(personnel, dd.REFERENCE_DATE - timedelta(days=rng.randint(4, 8)))
    return {
        "plan": date(2023, 10, 2) + timedelta(days=rng.randint(0, 16)),
        "drafts_done": c - timedelta(days=rng.randint(55, 70)),
        "personnel": personnel, "submission": personnel + timedelta(days=5), "congress": c,
    }  # fmt: skip


def congress(plan: dd.WardPlan, names: dict[str, str], nums: dict[str, str]) -> dict[str, Any]:
    """The content of `congress.yaml`; `names` maps a position of the proposed list to the name."""
    rng = random.Random(f"dong-da:{plan.slug}:congress")
    chairs = {"@chair1": CCB, "@chair2": NCT, "@chair3": UBND, "@chair4": PN}
    areas = rng.sample(range(1, plan.areas + 1), 4)
    board = [area(areas[0]), area(areas[1]), area(areas[2]), TTND]

    def who(ref: str) -> str:
        ref = chairs.get(ref, board[0] if ref == "@counter" else ref)
        return names[ref[1:]] if ref.startswith("@") else ref

    speeches = [
        *rng.sample(TOPICS, 4),
        (area(areas[3]), f"Ban công tác Mặt trận Tổ dân phố số {areas[3]}",
         "Xây dựng tổ dân phố văn hóa, đô thị văn minh"),
    ]  # fmt: skip
    official = [CT, PCT, CCB, PN, area(areas[3])][: 4 + plan.areas // 12]
    d = dates(plan)
    c = d["congress"]
    timeline = [
        (d["plan"], "Ban hành Kế hoạch tổ chức Đại hội; thành lập các tiểu ban Văn kiện, Nhân sự, Tổ chức - phục vụ", "Ban Thường trực Ủy ban MTTQ phường"),
        (d["drafts_done"], "Hoàn thành dự thảo Báo cáo chính trị, Báo cáo kiểm điểm, Chương trình hành động", "Tiểu ban Văn kiện"),
        (d["personnel"], "Hoàn thành Đề án nhân sự, báo cáo Thường trực Đảng ủy phường", "Tiểu ban Nhân sự"),
        (d["submission"], "Trình Ban Thường trực Ủy ban MTTQ quận văn kiện và Đề án nhân sự", "Ban Thường trực Ủy ban MTTQ phường"),
        (dd.PILOT_DATE, "Dự Đại hội điểm MTTQ Việt Nam phường Ô Chợ Dừa; tiếp thu các nội dung rút kinh nghiệm", "Ban Thường trực Ủy ban MTTQ phường"),
        (c - timedelta(days=2), "Tổng duyệt Đại hội theo kịch bản", "Đoàn Chủ tịch dự kiến; Tiểu ban Tổ chức - phục vụ"),
        (c, "Tổ chức Đại hội", "Ban Thường trực Ủy ban MTTQ phường"),
    ]  # fmt: skip
    ordinal, previous = dd.ordinals(plan)
    timeline.sort(key=lambda row: row[0])  # stable: the pilot falls where its date does
    return {
        "ordinal": ordinal, "date": c,
        "venue": rng.choice(VENUES).format(ward=plan.name),
        "delegates_convened": delegates_convened(plan),
        "plan_purposes": tuple(p.format(ward=plan.name, ord=ordinal) for p in PURPOSES),
        "plan_requirements": REQUIREMENTS,
        "plan_timeline": [{"when": w.strftime("%d/%m/%Y"), "task": t, "owner": o} for w, t, o in timeline],
        **preparation(who, plan.name, ordinal, delegates_convened(plan), plan.areas),
        "presidium": [who(r) for r in (CT, PCT, PCT_KCT, CCB, PN, NCT, UBND)],
        "secretariat": [who(UVTT), who(TNV)],
        "counting_board": [who(r) for r in board],
        "script": script(who, plan.name, ordinal, previous),
        "speeches": [{"speaker": who(s), "organisation": o, "topic": t} for s, o, t in speeches],
        "delegation": {
            "official": [{"name": who(r), "position": r[1:]} for r in official],
            "alternate": [{"name": who(DOAN), "position": DOAN[1:]}],
        },
        "documents": {
            "ke_hoach": {"number": nums["ke_hoach"], "date": d["plan"]},
            "to_trinh": {"number": nums["to_trinh"], "date": d["submission"]},
            "de_an_nhan_su": {"number": nums["de_an_nhan_su"], "date": d["personnel"]},
        },
        "signer": {"name": who(CT), "title": "CHỦ TỊCH"}, "recipients": RECIPIENTS,
    }  # fmt: skip


def delegates_convened(plan: dd.WardPlan) -> int:
    return 70 + 5 * plan.areas + random.Random(f"dong-da:{plan.slug}:delegates").randint(0, 9)


# --- tally.yaml ----------------------------------------------------------------------------------


ROLE_KEYS = {
    "Chủ tịch": "chair",
    "Phó Chủ tịch": "vice_chair",
    "Ủy viên Thường trực": "standing_member",
}


def tally(
    plan: dd.WardPlan, members: list[tuple[str, int, str]], con: dict[str, Any]
) -> dict[str, Any]:
    """The count, laid out as examples/wards/o-cho-dua/tally.yaml: the show-of-hands votes, the
    committee hiệp thương cử (by show of hands, or by a secret phiếu biểu quyết in every third
    ward), the delegation's chính thức and dự khuyết lists, and the first meeting's Ban Thường
    trực. `members` are the proposed committee (name, birth year, proposed role)."""
    rng = random.Random(f"dong-da:{plan.slug}:tally")
    convened = con["delegates_convened"]
    present = convened - rng.randint(2, 9)
    hands = {"in_favour": present, "against": 0, "not_voting": 0}
    names = [
        ("chuong_trinh", "Thông qua Chương trình Đại hội"),
        ("bao_cao_chinh_tri", "Thông qua Báo cáo chính trị"),
        ("bao_cao_kiem_diem", f"Thông qua Báo cáo kiểm điểm của Ủy ban khóa {dd.ordinals(plan)[1]}"),
        ("so_luong_uy_ban", f"Số lượng Ủy viên Ủy ban MTTQ Việt Nam phường khóa {dd.ordinals(plan)[0]}: {plan.planned} vị"),
        ("chuong_trinh_hanh_dong", "Thông qua Chương trình hành động nhiệm kỳ 2024-2029"),
        ("nghi_quyet", "Thông qua Nghị quyết Đại hội"),
    ]  # fmt: skip
    items = []
    for key, name in names:
        against = 0 if key in ("chuong_trinh", "nghi_quyet") else rng.choice((0, 0, 1, 2, 3))
        not_voting = rng.choice((0, 0, 1, 2))
        items.append({"id": key, "name": name, "in_favour": present - against - not_voting,
                      "against": against, "not_voting": not_voting})  # fmt: skip
    if dd.TALLY_OFF in plan.faults:  # the secretariat copied the count of an earlier vote
        items[1]["in_favour"] -= 3
    year = {name: born for name, born, _ in members}
    secret = [w.slug for w in dd.WARDS].index(plan.slug) % 3 == 0

    def approvals(people: list[str], spread: int, of: int) -> list[dict[str, Any]]:
        rows = []
        for p in people:
            yes = of - rng.randint(0, spread)
            rows.append({"name": p, "birth_year": year[p], "approvals": yes,
                         "disapprovals": of - yes})  # fmt: skip
        return rows

    committee: dict[str, Any] = {"name": f"Ủy ban MTTQ Việt Nam phường {plan.name} khóa {dd.ordinals(plan)[0]}",
                                 "planned": plan.planned}  # fmt: skip
    if secret:
        issued = present - rng.randint(0, 1)
        collected = issued - rng.randint(0, 1)
        invalid = rng.randint(0, 2)
        valid = collected - invalid
        committee |= {"method": "secret", "ballots": {"issued": issued, "collected": collected,
                      "valid": valid, "invalid": invalid}}  # fmt: skip
    else:
        valid = present
        committee["method"] = "hands"
    committee["vacancies"] = plan.planned - len(members)
    committee["people"] = approvals([m for m, _, _ in members], 22, valid)

    def delegates(people: list[dict[str, Any]]) -> dict[str, Any]:
        return {"planned": len(people), "method": "hands",
                "people": approvals([p["name"] for p in people], 12, present)}  # fmt: skip

    official, alternate = con["delegation"]["official"], con["delegation"]["alternate"]
    chosen = len(members)
    attending = chosen - rng.randint(0, 3)
    standing = [(n, ROLE_KEYS[r]) for n, _, r in members if r in ROLE_KEYS]
    standing_people = []
    for n, role in standing:
        yes = attending - rng.randint(0, 2)
        standing_people.append({"name": n, "role": role, "approvals": yes,
                                "disapprovals": attending - yes})  # fmt: skip
    return {
        "delegates": {"convened": convened, "present": present,
                      "absent": [{"count": convened - present, "reason": "ốm, bận công tác"}]},
        "presidium": hands,
        "secretariat": dict(hands),
        "items": items,
        "committee": committee,
        "delegation": {
            "name": "Đoàn đại biểu dự Đại hội MTTQ Việt Nam quận Đống Đa lần thứ XVII",
            "official": delegates(official),
            "alternate": delegates(alternate),
        },
        "first_meeting": {
            "date": plan.congress,
            "members": chosen,
            "present": attending,
            "standing": {"planned": len(standing), "method": "hands", "people": standing_people},
        },
    }  # fmt: skip


def lists_for(plan: dd.WardPlan) -> tuple[str, str]:
    """(proposed layout, previous format) — the two layouts of the examples, varied by ward."""
    i = [w.slug for w in dd.WARDS].index(plan.slug)
    return ("merged" if i % 2 == 0 else "plain"), ("csv" if i % 3 != 1 else "xlsx")
