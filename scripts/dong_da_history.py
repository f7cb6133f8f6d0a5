"""`history.yaml` of the Đống Đa workspace: the steps that bring each ward to its stage.

Each step is one `congress ward …` command (confirm, approve, exception, acknowledge, advance) with
its date, who did it and the document it rests on; scripts/replay_history.py runs them, in date
order, through the real command. Only steps dated on or before the reference date are written.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import dong_da_data as dd
import yaml

STAGES = ("guidance", "drafts", "personnel", "pilot", "congress", "first_meeting", "recognised",
          "reported")  # fmt: skip
# trigger that leaves each stage
TRIGGERS = ("start_drafts", "submit_drafts", "approve_personnel", "hold_congress",
            "hold_first_meeting", "recognise", "report_results")  # fmt: skip
KEYS = {"confirm": "item", "approve": "approval", "acknowledge": "lesson", "exception": "rule",
        "advance": "trigger", "reopen": "stage"}  # fmt: skip


@dataclass(frozen=True)
class Actors:
    chair: str  # the outgoing chair, who prepares the congress
    new_chair: str  # the chair chosen by the congress
    secretary: str  # Bí thư Đảng ủy phường
    leader: str  # leader of the district working group following the ward


def _fmt(day: date) -> str:
    return day.strftime("%d/%m/%Y")


@dataclass
class _Steps:
    """The steps of one ward, written up to the reference date and up to its stage."""

    reach: int  # index of the ward's stage on the reference date
    steps: list[dict[str, Any]] = field(default_factory=list)

    def add(self, day: date, kind: str, what: str, by: str, note: str = "", **extra: Any) -> None:
        if day <= dd.REFERENCE_DATE:
            self.steps.append({"date": day, "kind": kind, KEYS[kind]: what, "by": by,
                               **({"note": note} if note else {}), **extra})  # fmt: skip

    def advance(self, day: date, stage_from: int, by: str, note: str) -> None:
        if self.reach > stage_from:
            self.add(day, "advance", TRIGGERS[stage_from], by, note)


def ward_steps(
    plan: dd.WardPlan, d: dict[str, date], who: Actors, nums: dict[str, str], facts: dict[str, Any]
) -> list[dict[str, Any]]:
    """The ward's steps up to its stage on the reference date (district numbers filled later)."""
    rng = random.Random(f"dong-da:{plan.slug}:history")
    w = _Steps(STAGES.index(plan.stage))
    _prepare(w, plan, d, who, nums, rng)
    _hold(w, plan, d, who, nums, facts, rng)
    return sorted(w.steps, key=lambda s: s["date"])  # stable: same-day steps keep their order


def _prepare(
    w: _Steps, plan: dd.WardPlan, d: dict[str, date], who: Actors, nums: dict[str, str],
    rng: random.Random,
) -> None:  # fmt: skip
    """Guidance, drafts, and the ward Party committee's agreement to the personnel scheme."""
    ke_hoach = f"Kế hoạch số {nums['ke_hoach']}/KH-MTTQ ngày {_fmt(d['plan'])}"
    w.add(d["plan"], "confirm", "plan_issued", who.chair, ke_hoach)
    w.add(d["plan"] + timedelta(days=rng.randint(1, 3)), "confirm", "subcommittees_formed",
          who.chair, "Thành lập các tiểu ban Văn kiện, Nhân sự, Tổ chức - phục vụ")  # fmt: skip
    w.add(dd.TRAINING_DATE, "confirm", "training_attended", who.chair,
          "Ban Thường trực dự hội nghị tập huấn của Ủy ban MTTQ quận ngày 12/10/2023")  # fmt: skip
    late = 25 if plan.stage == "drafts" else 0  # the two late wards also started late
    start = max(d["plan"] + timedelta(days=4), dd.TRAINING_DATE) + timedelta(
        days=rng.randint(1, 8) + late
    )
    w.advance(start, 0, who.chair, "Bắt đầu xây dựng dự thảo văn kiện")
    if w.reach >= 1:
        done, n = d["drafts_done"], plan.areas
        comments = (
            ("comments_member_orgs", 12, "8 tổ chức thành viên góp ý bằng văn bản"),
            ("comments_residential_areas", 8, f"Hội nghị Ban công tác Mặt trận {n} tổ dân phố góp ý"),
            ("comments_party_committee", 3, "Thường trực Đảng ủy phường cho ý kiến vào dự thảo"),
        )  # fmt: skip
        for item, before, note in comments[: 1 if plan.stage == "drafts" else 3]:
            if plan.slug != "nga-tu-so":  # not one comment collected yet
                w.add(done - timedelta(days=before), "confirm", item, who.chair, note)
        w.advance(done, 1, who.chair, "Hoàn thành dự thảo, đã tiếp thu ý kiến góp ý")
        if plan.slug in SENT_BACK and w.reach >= 2:  # the district sends the drafts back once
            back, reason = done + timedelta(days=6), SENT_BACK[plan.slug]
            w.add(back, "reopen", "drafts", who.leader, reason=reason, document="district")
            w.advance(
                back + timedelta(days=9), 1, who.chair, "Đã bổ sung dự thảo theo ý kiến của quận"
            )
    if w.reach >= 2 and plan.slug not in _NO_APPROVAL:
        w.add(d["personnel"] + timedelta(days=2), "approve", "party_committee", who.secretary,
              f"Đồng ý Đề án nhân sự số {nums['de_an_nhan_su']}/ĐA-MTTQ",
              document=f"Số {nums['party']}-CV/ĐU")  # fmt: skip


def _hold(
    w: _Steps, plan: dd.WardPlan, d: dict[str, date], who: Actors, nums: dict[str, str],
    facts: dict[str, Any], rng: random.Random,
) -> None:  # fmt: skip
    """The district's agreement (or exception), the pilot's lessons, the congress and after."""
    c = d["congress"]
    if w.reach >= 3:
        agreed = d["submission"] + timedelta(days=3)
        if dd.OVER_CAP in plan.faults:
            w.add(d["submission"] + timedelta(days=2), "exception", "re_election_max",
                  dd.DISTRICT_CHAIR, reason=facts["exception_reason"], document="district")  # fmt: skip
        w.add(agreed, "approve", "upper_standing", dd.DISTRICT_CHAIR,
              f"Tờ trình số {nums['to_trinh']}/TTr-MTTQ", document="district")  # fmt: skip
        w.advance(agreed, 2, who.chair, f"Đề án nhân sự số {nums['de_an_nhan_su']}/ĐA-MTTQ")
    if w.reach >= 3 and plan.slug != dd.PILOT:
        day = dd.LESSONS_MEETING + timedelta(days=rng.randint(2, 6))
        for lesson_id, _ in _lessons_done(plan):
            w.add(day, "acknowledge", lesson_id, who.chair, facts["acks"][lesson_id])
            day += timedelta(days=rng.randint(1, 5))
    if w.reach >= 3:
        w.add(c - timedelta(days=7), "confirm", "programme_script_ready", who.chair,
              "Chương trình, kịch bản điều hành; phân công 7 thành viên Đoàn Chủ tịch")  # fmt: skip
        w.add(c - timedelta(days=5), "confirm", "propaganda_done", who.chair,
              f"Băng rôn, khẩu hiệu tại trụ sở phường và {plan.areas} nhà văn hóa tổ dân phố")  # fmt: skip
        w.add(c - timedelta(days=4), "confirm", "celebratory_works", who.chair,
              f"{facts['works']} công trình, phần việc chào mừng Đại hội")  # fmt: skip
        w.advance(
            c,
            3,
            who.chair,
            f"Đại hội đại biểu MTTQ Việt Nam phường {plan.name} lần thứ {dd.ordinals(plan)[0]}",
        )
    if w.reach >= 5:
        w.add(c, "confirm", "minutes_signed", who.new_chair, "Biên bản Đại hội đã ký")
        w.add(c, "confirm", "first_meeting_minutes_signed", who.new_chair,
              "Hội nghị lần thứ nhất hiệp thương cử Ban Thường trực; biên bản đã ký")  # fmt: skip
    w.advance(
        c,
        4,
        who.new_chair,
        f"Hội nghị lần thứ nhất Ủy ban khóa {dd.ordinals(plan)[0]} ngay sau Đại hội",
    )
    recognised = c + timedelta(days=rng.randint(6, 9))
    if w.reach >= 6:
        w.add(recognised, "approve", "upper_recognition", dd.DISTRICT_CHAIR,
              f"Công nhận Ban Thường trực Ủy ban MTTQ Việt Nam phường khóa {dd.ordinals(plan)[0]}",
              document="recognition", decided=recognised)  # fmt: skip
    w.advance(recognised, 5, who.leader, "Đã có quyết định công nhận")
    sent = recognised + timedelta(days=rng.randint(1, 3))
    if w.reach >= 7:
        w.add(sent, "confirm", "results_sent", who.new_chair,
              f"Báo cáo kết quả, biên bản, Nghị quyết, danh sách Ủy ban khóa {dd.ordinals(plan)[0]} gửi Ủy ban MTTQ quận")  # fmt: skip
    w.advance(sent, 6, who.new_chair, "Báo cáo kết quả Đại hội lên Ủy ban MTTQ quận")


# Wards whose drafts the district sent back after they were submitted (congress ward reopen).
SENT_BACK = {"van-chuong": "Báo cáo chính trị chưa phản ánh kết quả của từng tổ chức thành viên"}
_NO_APPROVAL = {"quang-trung", "trung-phung", "kham-thien"}  # lists not ready / not yet sent


def _lessons_done(plan: dd.WardPlan) -> list[tuple[str, str]]:
    """The lessons a ward has acknowledged: not the one its own fault shows is still open."""
    open_ = {"L1"} if dd.REPORT_LONG in plan.faults else set()
    open_ |= {"L3"} if dd.REVIEW_COPY in plan.faults else set()
    left = [(i, t) for i, t in dd.LESSONS if i not in open_]
    return left[: plan.lessons_done]


def number_district_documents(wards: dict[str, list[dict[str, Any]]]) -> None:
    """Number the district's letters and decisions in date order (as its register would)."""
    every = sorted(
        (s["date"], i, s) for i, s in enumerate(s for steps in wards.values() for s in steps)
    )
    letters, decisions = iter(range(118, 1000)), iter(range(21, 1000))
    for _, _, step in every:
        if step.get("document") == "district":
            step["document"] = f"Số {next(letters)}/MTTQ-BTT"
        elif step.get("document") == "recognition":
            step["document"] = f"Số {next(decisions)}/QĐ-MTTQ-BTT"


class _Plain(yaml.SafeDumper):
    """No anchors and aliases: two steps on the same day each show their date."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


HEADER = """\
# LỊCH SỬ CÁC BƯỚC của 21 phường quận Đống Đa, tính đến ngày {ref} (dữ liệu hư cấu).
# Cơ sở dữ liệu trạng thái (.congress/) không đưa vào git; lệnh sau chạy lại từng bước, theo thứ
# tự ngày, qua lệnh congress thật, để thư mục mới tải về có các phường ở đúng bước của mình:
#   python scripts/replay_history.py examples/dong-da
# Gặp bước bị từ chối (chưa đủ điều kiện), lệnh dừng lại và in lý do.
#
# Mỗi bước là một lệnh «congress ward …»:
#   date        ngày thực hiện (năm-tháng-ngày); lịch sử ghi bước này vào đúng ngày đó
#   kind        confirm (xác nhận việc), approve (phê duyệt), acknowledge (tiếp thu bài học của
#               đại hội điểm), exception (cho qua một quy tắc, có văn bản), advance (chuyển bước),
#               reopen (cấp trên trả phường về một bước trước, có lý do)
#   item / approval / lesson / rule / trigger / stage   mã việc, phê duyệt, bài học, quy tắc,
#               bước chuyển, bước được trả về
#   by          người thực hiện;  note: ghi chú;  document: số văn bản;  reason: lý do ngoại lệ;
#   decided     ngày ký quyết định (quyết định công nhận: phải có số và ngày)

# Ngày mà thư mục mẫu thể hiện (xem: CONGRESS_TODAY={ref_iso} congress ward status -w …).
reference_date: {ref_iso}

wards:
"""


def history_yaml(plans: list[dd.WardPlan], wards: dict[str, list[dict[str, Any]]]) -> str:
    """history.yaml: a header, then each ward's steps under a comment with its stage."""
    out = [HEADER.format(ref=_fmt(dd.REFERENCE_DATE), ref_iso=dd.REFERENCE_DATE.isoformat())]
    for plan in plans:
        group = dd.GROUPS[plan.group][0]
        out.append(f"  # {plan.name} ({group}) — tới bước «{plan.stage}»\n")
        body = yaml.dump({plan.slug: wards[plan.slug]}, Dumper=_Plain, allow_unicode=True,
                         sort_keys=False, width=96)  # fmt: skip
        out.append("".join(f"  {line}\n" for line in body.splitlines()))
    return "".join(out)
