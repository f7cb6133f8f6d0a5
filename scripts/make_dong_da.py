"""Generate examples/dong-da/: the Đống Đa district workspace with its 21 wards (reproducible).

    python scripts/make_dong_da.py [--out DIR]

Ô Chợ Dừa, the pilot, is the ward of examples/wards/o-cho-dua (same people, same drafts); the other
20 wards get their own fictional people from the generator of scripts/make_examples.py and their
own figures in drafts modelled on Ô Chợ Dừa's. The plan of every ward (group, stage on 15/03/2024,
congress date, planted faults) is in scripts/dong_da_data.py; history.yaml holds the steps that
bring each ward to its stage (scripts/replay_history.py replays them through `congress`).
Everything comes from seeded generators and the xlsx archives get fixed timestamps, so a rerun
rewrites the same files.
"""

from __future__ import annotations

import argparse
import html
import random
import unicodedata
from pathlib import Path
from typing import Any

import dong_da_data as dd
import dong_da_docs as docs
import dong_da_files as files
import dong_da_history as hist
import dong_da_texts as texts
import example_data as data
import example_drafts as drafts
import make_examples as mk
import yaml
from example_data import Slot, WardSpec

from congress.adapters.tally_files import load_tally
from congress.adapters.workspace import read_workspace
from congress.adapters.yaml_files import load_model
from congress.core.drafts import CongressFile, DraftsFile
from congress.core.unit import UnitFile
from congress.core.ward import WardFile
from congress.services.ward_checks import CHECKS

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "examples" / "dong-da"
PREVIOUS = "uy-ban-nhiem-ky-2019-2024"
MINORITIES = ("Tày", "Mường", "Nùng", "Thái", "Dao")


# --- people ------------------------------------------------------------------------------------


def others(plan: dd.WardPlan, rng: random.Random, count: int) -> tuple[Slot, ...]:
    """The seats besides the standing committee, member organisations and residential areas."""
    i = [w.slug for w in dd.WARDS].index(plan.slug)
    religious = [
        Slot(data.UY_VIEN, dd.MONK, "Chức sắc tôn giáo", "M", 35, 60, "N", religion="Phật giáo"),
        Slot(data.UY_VIEN, dd.NUN, "Chức sắc tôn giáo", "F", 45, 70, "N", religion="Phật giáo"),
    ]  # fmt: skip
    if i % 3 == 0:
        religious.append(Slot(data.UY_VIEN, dd.CATHOLIC, "Chức việc tôn giáo", "M", 50, 72, "N",
                              religion="Công giáo"))  # fmt: skip
    fixed = [*data.public_bodies(plan.name), *dd.ALWAYS, *religious]
    firms = rng.sample(dd.COMPANY_NAMES, 4)
    pool = [
        Slot(data.UY_VIEN, f"{role} {kind} {name}", "Doanh nghiệp", sex, lo, hi)
        for (role, sex, lo, hi), kind, name in zip(
            dd.COMPANY_ROLES, rng.sample(dd.COMPANY_KINDS, 4), firms, strict=True
        )
    ]
    pool.append(Slot(data.UY_VIEN, f"{rng.choice(dd.SMALL_BUSINESS)} {plan.name}",
                     "Hộ kinh doanh", "*", 35, 60))  # fmt: skip
    pool += [Slot(data.UY_VIEN, p, "Trí thức", s, lo, hi) for p, s, lo, hi in dd.INTELLECTUALS]
    pool += [Slot(data.UY_VIEN, p, "Cá nhân tiêu biểu", s, lo, hi) for p, s, lo, hi in dd.NOTABLES]
    chosen = sorted(rng.sample(range(len(pool)), count - len(fixed)))
    return (*fixed, *(pool[k] for k in chosen))


def ward_spec(plan: dd.WardPlan, attempt: int) -> WardSpec:
    """Targets for the people generator; personnel faults are planted here."""
    rng = random.Random(f"dong-da:{plan.slug}:spec:{attempt}")
    variant = rng.randrange(2)
    btt = dd.BTT_VARIANTS[variant]
    size = plan.planned - rng.choice((0, 0, 1, 2))
    cap = 60 * plan.planned // 100
    if dd.OVER_CAP in plan.faults:
        re_elected = cap + rng.randint(1, 2)
    else:
        re_elected = rng.randint(-(-45 * plan.planned // 100), min(cap, 60 * size // 100))
    previous_size = plan.planned - rng.randint(0, 4)
    non_party = round(size * rng.uniform(0.26, 0.33))
    if dd.NON_PARTY in plan.faults:
        previous_non_party = -(-non_party * previous_size // size) + rng.randint(1, 2)
    else:
        previous_non_party = non_party * previous_size // size - rng.randint(0, 1)
    clergy = 3 if [w.slug for w in dd.WARDS].index(plan.slug) % 3 == 0 else 2
    return WardSpec(
        plan.slug, plan.name, dd.ordinals(plan)[0], plan.areas, btt,
        others(plan, rng, size - len(btt) - 8 - plan.areas),
        dd.RETIRING_CHAIR if variant == 0 else (),
        re_elected=re_elected, previous_size=previous_size, non_party=non_party,
        previous_non_party=previous_non_party, women=-(-30 * size // 100) + rng.randint(1, 5),
        minorities=tuple(rng.sample(MINORITIES, rng.randint(2, 3))),
        religions=tuple(rng.choice(("Phật giáo", "Phật giáo", "Công giáo"))
                        for _ in range(rng.randint(4 - clergy, 4))),
        previous_file=f"{PREVIOUS}.{docs.lists_for(plan)[1]}",
        expect_pass=not ({dd.OVER_CAP, dd.NON_PARTY} & set(plan.faults)),
        cocau_alias={"Hội Cựu chiến binh": "Hội CCB"} if rng.random() < 0.4 else {},
    )  # fmt: skip


def people(plan: dd.WardPlan) -> tuple[WardSpec, list[mk.Member], list[mk.Member], str]:
    """The first spec (in a fixed order of attempts) whose people hit every target."""
    if plan.slug == dd.PILOT:
        spec = data.WARDS[0]
        proposed, previous = mk.build_ward(spec)
        return spec, proposed, previous, mk.check(spec, proposed, previous)
    for attempt in range(40):
        spec = ward_spec(plan, attempt)
        try:
            proposed, previous = mk.build_ward(spec)
            return spec, proposed, previous, verify(plan, spec, proposed, previous)
        except (SystemExit, AssertionError):
            continue
    raise SystemExit(f"{plan.slug}: no spec reaches the targets")


def verify(plan: dd.WardPlan, spec: WardSpec, new: list[mk.Member], old: list[mk.Member]) -> str:
    """Composition passes; the headline rules pass, or fail exactly as planted (exact integers)."""

    def key(m: mk.Member) -> tuple[str, int]:
        return unicodedata.normalize("NFC", m.person.name).casefold(), m.person.born.year

    for members in (new, old):
        assert len({key(m) for m in members}) == len(members), "duplicate person in a list"
    before = {key(m) for m in old}
    re_count = sum(1 for m in new if key(m) in before)
    assert all((key(m) in before) == m.re_elected for m in new), "Tái cử/Mới column"
    size, np_new = len(new), sum(1 for m in new if m.person.party is None)
    np_old = sum(1 for m in old if m.person.party is None)
    roles = [m.role for m in new]
    cocau = {spec.cocau_alias.get(m.cocau, m.cocau) for m in new}
    assert 30 <= size <= plan.planned <= 55
    assert roles.count(data.CHU_TICH) == 1 and roles.count(data.PHO_CHU_TICH) == 2
    assert 3 <= sum(r != data.UY_VIEN for r in roles) <= 5
    assert all({n, *a} & cocau for n, a, *_ in data.MEMBER_ORGANISATIONS), "member organisation"
    assert all(data.AREA_NAME.format(n=n) in cocau for n in range(1, plan.areas + 1)), "area"
    assert sum(m.person.female for m in new) * 100 >= 30 * size, "women"
    assert all(28 <= mk.age(m.person.born) <= 75 for m in new), "ages"
    assert sum(m.person.ethnicity != "Kinh" for m in new) >= 2
    assert sum(m.person.religion != "Không" for m in new) >= 4
    re_ok = re_count * 100 <= 60 * plan.planned
    np_ok = np_new * len(old) >= np_old * size
    assert re_ok == (dd.OVER_CAP not in plan.faults), (plan.slug, re_count)
    assert re_ok <= (re_count * 100 <= 60 * size)  # also against the people proposed
    assert np_ok == (dd.NON_PARTY not in plan.faults), (plan.slug, np_new, np_old)
    return (
        f"{plan.slug}: proposed {size} of {plan.planned} planned, re-elected {re_count} "
        f"({'ok' if re_ok else 'over 60%'}), non-Party {np_new}/{size} vs outgoing "
        f"{np_old}/{len(old)} ({'ok' if np_ok else 'lower'})"
    )


# --- files -------------------------------------------------------------------------------------


def write_lists(
    plan: dd.WardPlan, spec: WardSpec, new: list[Any], old: list[Any], folder: Path
) -> None:
    layout, previous = docs.lists_for(plan)
    proposed = folder / mk.PROPOSED_FILE
    if dd.LIST_BROKEN in plan.faults:  # "Export to Excel" of a web system: an HTML page
        rows = "".join(
            f"<tr><td>{i}</td><td>{html.escape(m.person.name)}</td><td>{m.person.born.year}</td>"
            f"<td>{html.escape(m.role)}</td></tr>\n"
            for i, m in enumerate(new, start=1)
        )
        page = ('<html><head><meta charset="utf-8"></head><body><table border="1">\n'
                "<tr><th>STT</th><th>Họ và tên</th><th>Năm sinh</th><th>Chức danh</th></tr>\n"
                f"{rows}</table></body></html>\n")  # fmt: skip
        proposed.write_bytes(page.encode("utf-8"))
    elif dd.LIST_MISSING not in plan.faults:
        if layout == "merged":
            mk.write_merged_header_list(spec, new, proposed)
        else:
            mk.write_plain_list(spec, new, proposed)
    if previous == "csv":
        mk.write_previous_csv(old, folder / spec.previous_file)
    else:
        mk.write_previous_xlsx(spec, old, folder / spec.previous_file)


def ward_yaml(plan: dd.WardPlan, spec: WardSpec) -> str:
    orgs = [(n, list(a)) for n, a, *_ in data.MEMBER_ORGANISATIONS]
    text = data.WARD_YAML.format(
        ward=plan.name, date=plan.congress.isoformat(), planned=plan.planned,
        orgs="".join(f"  - name: {n}\n    aliases: [{', '.join(a)}]\n" for n, a in orgs),
        areas="".join(f"  - {data.AREA_NAME.format(n=n)}\n" for n in range(1, plan.areas + 1)),
        proposed=mk.PROPOSED_FILE, previous=spec.previous_file,
    ) + files.ward_timeline(plan)  # fmt: skip
    return text


def write_text(path: Path, text: str, model: Any = None) -> None:
    assert unicodedata.is_normalized("NFC", text), path
    path.write_bytes(text.encode("utf-8"))
    if model is not None:
        load_model(path, model)  # the project's own loader must accept it


def numbers(plan: dd.WardPlan) -> dict[str, str]:
    if plan.slug == dd.PILOT:
        base = {"ke_hoach": "05", "de_an_nhan_su": "11", "to_trinh": "12"}
    else:
        rng = random.Random(f"dong-da:{plan.slug}:numbers")
        k = rng.randint(3, 9)
        base = {"ke_hoach": f"{k:02d}", "de_an_nhan_su": f"{k + rng.randint(5, 12):02d}"}
        base["to_trinh"] = f"{int(base['de_an_nhan_su']) + 1:02d}"
    party = random.Random(f"dong-da:{plan.slug}:party").randint(30, 90)
    return {**base, "party": str(party)}


def facts_for(plan: dd.WardPlan, f: dict[str, Any], re_count: int, words: int) -> dict[str, Any]:
    cap = 60 * plan.planned // 100
    reason = (
        f"Tỷ lệ tái cử {re_count}/{plan.planned} vượt 60% ({re_count - cap} người): Đảng ủy phường "
        f"đề nghị giữ lại các Trưởng ban công tác Mặt trận có uy tín ở khu dân cư đang giải phóng "
        f"mặt bằng; Ban Thường trực quận đồng ý, phường bảo đảm tỷ lệ ở lần kiện toàn tới"
    )
    acks = {
        "L1": f"Báo cáo chính trị khoảng {-(-words // 450)} trang; số liệu từng tổ dân phố để ở phụ lục",
        "L2": "Bổ sung mục kết quả riêng của 8 tổ chức thành viên",
        "L3": "Viết lại báo cáo kiểm điểm: chỉ đánh giá lãnh đạo, điều hành của Ủy ban",
        "L4": "Mỗi nhiệm vụ có chỉ tiêu, đơn vị chủ trì, thời hạn; Chương trình khu dân cư có 5 chỉ tiêu",
        "L5": f"Rà soát đề án: tái cử {re_count}/{plan.planned}, ngoài Đảng không thấp hơn khóa trước"
        if dd.OVER_CAP not in plan.faults
        else f"Tái cử {re_count}/{plan.planned} vượt 60%: báo cáo Ban Thường trực quận, xin cho "
        "ngoại lệ bằng văn bản",
        "L6": "Phân công 7 thành viên Đoàn Chủ tịch; 5 tham luận, mỗi bài một chủ đề",
    }  # fmt: skip
    return {"exception_reason": reason, "acks": acks, "works": f["works"]}


def generate_ward(plan: dd.WardPlan, folder: Path) -> tuple[list[dict[str, Any]], str, int]:
    spec, new, old, summary = people(plan)
    folder.mkdir(parents=True, exist_ok=True)
    write_text(folder / "ward.yaml", ward_yaml(plan, spec), WardFile)
    write_lists(plan, spec, new, old, folder)
    names = {m.position: m.person.name for m in new}
    assert len(names) == len(new), "positions must be unique"
    nums = numbers(plan)
    i = [w.slug for w in dd.WARDS].index(plan.slug)
    places = ["các nhà chùa"] + ["giáo họ" for s in spec.others if s.position == dd.CATHOLIC]
    f = texts.figures(plan, places)
    if plan.slug == dd.PILOT:
        drafts.write(spec, names, folder)
        words = sum(len(x.split()) for x in drafts._strings(drafts.OCD_POLITICAL))
        con = drafts.congress(spec.slug, spec.name, names)
    else:
        d = {
            "political_report": texts.political_report(plan, f),
            "review_report": docs.review_report(plan, f, len(old)),
            "action_programme": docs.action_programme(plan, f),
        }
        head = {"ward": plan.name, "ordinal": dd.ordinals(plan)[0]}
        drafts.write_yaml(
            folder / "drafts.yaml", drafts.DRAFTS_HEADER.format(**head), d, DraftsFile
        )
        con = docs.congress(plan, names, nums)
        drafts.write_yaml(folder / "congress.yaml", drafts.CONGRESS_HEADER.format(**head), con,
                          CongressFile)  # fmt: skip
        summary += "\n" + check_drafts(plan, d)
        words = sum(len(x.split()) for x in drafts._strings(d["political_report"]))
    if plan.slug == dd.PILOT:  # the pilot's count, as in examples/wards/o-cho-dua
        (folder / "tally.yaml").write_bytes((mk.DEFAULT_OUT / dd.PILOT / "tally.yaml").read_bytes())
    elif hist.STAGES.index(plan.stage) >= hist.STAGES.index("congress"):
        members = [(m.person.name, m.person.born.year, m.role) for m in new]
        content = docs.tally(plan, members, con)
        counts = (len(con["delegation"]["official"]), len(con["delegation"]["alternate"]))
        if hist.STAGES.index(plan.stage) < hist.STAGES.index("first_meeting"):
            del content["first_meeting"]  # not held yet
        text = files.tally_yaml(plan, content, counts)
        write_text(folder / "tally.yaml", text)
        load_tally(folder / "tally.yaml")  # the project's own loader must accept it
        assert yaml.safe_load((folder / "tally.yaml").read_text(encoding="utf-8")) == content
    prev_chair = next(m.person.name for m in old if m.role == data.CHU_TICH)
    secretary = mk.PersonFactory(random.Random(f"dong-da:{plan.slug}:secretary"))
    who = hist.Actors(prev_chair, names[data.POS_CT], secretary.name(i % 4 == 1, True, "Kinh"),
                      dd.GROUPS[plan.group][1])  # fmt: skip
    before = {(m.person.name, m.person.born.year) for m in old}
    re_count = sum(1 for m in new if (m.person.name, m.person.born.year) in before)
    steps = hist.ward_steps(plan, docs.dates(plan), who, nums, facts_for(plan, f, re_count, words))
    print(summary)
    return steps, summary, len(new)


def check_drafts(plan: dd.WardPlan, d: dict[str, Any]) -> str:
    """Planted draft faults, counted the simple way of scripts/example_drafts.py."""
    words = sum(len(s.split()) for s in drafts._strings(d["political_report"]))
    copied = drafts._copied(d["review_report"], d["political_report"])
    assert (words > 15 * 450) == (dd.REPORT_LONG in plan.faults), (plan.slug, words)
    assert words >= 1500, (plan.slug, words)
    assert (copied >= 2) == (dd.REVIEW_COPY in plan.faults), (plan.slug, copied)
    return f"{plan.slug}: political report {words} words, review paragraphs copied {copied}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Generate the Đống Đa district workspace.")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder of the workspace")
    args = parser.parse_args(argv)
    out: Path = args.out
    plans = list(dd.WARDS)
    steps: dict[str, list[dict[str, Any]]] = {}
    sizes: dict[str, tuple[int, int]] = {}
    for plan in plans:
        steps[plan.slug], _, size = generate_ward(plan, out / "wards" / plan.slug)
        sizes[plan.slug] = (size, plan.planned)
    hist.number_district_documents(steps)
    write_text(out / "unit.yaml", files.unit_yaml(plans), UnitFile)
    read_workspace(out, set(CHECKS))  # the unit file names every ward folder
    write_text(out / "history.yaml", hist.history_yaml(plans, steps))
    loaded = yaml.safe_load((out / "history.yaml").read_text(encoding="utf-8"))
    assert loaded["wards"] == steps and loaded["reference_date"] == dd.REFERENCE_DATE
    assert all(s["date"] <= dd.REFERENCE_DATE for w in steps.values() for s in w)
    write_text(out / "README.md", files.readme(plans, sizes))
    print(f"{out}: {len(plans)} wards, {sum(map(len, steps.values()))} steps in history.yaml")


if __name__ == "__main__":
    main()
