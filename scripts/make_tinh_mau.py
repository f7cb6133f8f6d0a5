"""Generate examples/tinh-mau/: a small workspace of the 2025-2030 round (reproducible).

    python scripts/make_tinh_mau.py [--out DIR]

A province (Tỉnh Mẫu, fictional) supervises three units formed by the 2025 merger: two communes
(xã) and one ward (phường). Each holds its congress «lần thứ I» under the ruleset
`ward-2025-2030`; each previous committee is the union of the merged units' committees (their
lists combined in one file, with the old unit in the «Cơ cấu» column). All names are invented.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "examples" / "tinh-mau"
SEED = 20250815
HEAD = "STT;Họ và tên;Ngày sinh;Giới tính;Dân tộc;Tôn giáo;Đảng viên;Chức vụ, đơn vị công tác;Cơ cấu;Chức danh"  # fmt: skip
PROPOSED = "du-kien-uy-ban-nhiem-ky-2025-2030.csv"
PREVIOUS = "uy-ban-cac-don-vi-truoc-hop-nhat.csv"

FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý")
MIDDLE = {"M": ("Văn", "Đức", "Minh", "Quang", "Hữu"), "F": ("Thị", "Thu", "Ngọc", "Thanh", "Minh")}
GIVEN = {
    "M": ("An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Thắng", "Tuấn", "Vinh"),
    "F": ("Anh", "Chi", "Dung", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Oanh", "Phương", "Thảo", "Trang", "Yến"),
}  # fmt: skip
ORGANISATIONS = (
    "Hội Cựu chiến binh", "Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Hội Nông dân", "Công đoàn", "Hội Người cao tuổi", "Hội Chữ thập đỏ", "Hội Khuyến học",
)  # fmt: skip
# The heads of the socio-political organisations are Phó Chủ tịch after 2025.
VICE_CHAIR_ORGS = ORGANISATIONS[:4]


@dataclass(frozen=True)
class Unit:
    slug: str
    name: str
    unit_type: str
    merged: tuple[str, ...]  # the old units' names
    area: str  # residential area word: thôn or tổ dân phố
    congress: date
    planned: int = 50


UNITS = (
    Unit("dong-tien", "Đồng Tiến", "xã", ("Xã Đồng Tâm", "Xã Tiến Thắng"), "Thôn", date(2025, 8, 20)),
    Unit("hoa-binh", "Hòa Bình", "xã", ("Xã Hòa Lạc", "Xã Bình Yên", "Xã Yên Hòa"), "Thôn", date(2025, 8, 22)),
    Unit("trung-tam", "Trung Tâm", "phường", ("Phường Bắc Sơn", "Phường Nam Sơn"), "Tổ dân phố", date(2025, 8, 26)),
)  # fmt: skip
AREAS = 10


class People:
    """Distinct invented names, deterministic for the seed."""

    def __init__(self, rng: random.Random) -> None:
        self.rng, self.used = rng, set[str]()

    def name(self, gender: str) -> str:
        while True:
            name = f"{self.rng.choice(FAMILY)} {self.rng.choice(MIDDLE[gender])} {self.rng.choice(GIVEN[gender])}"  # fmt: skip
            if name not in self.used:
                self.used.add(name)
                return name

    def row(self, gender: str, age: int, party: bool, position: str, group: str, role: str) -> list[str]:  # fmt: skip
        born = date(2025 - age, self.rng.randint(1, 12), self.rng.randint(1, 28))
        return [self.name(gender), born.strftime("%d/%m/%Y"), "Nam" if gender == "M" else "Nữ", "Kinh", "Không", "Có" if party else "Không", position, group, role]  # fmt: skip


def committee(unit: Unit, rng: random.Random, people: People) -> tuple[list[list[str]], list[list[str]]]:  # fmt: skip
    """(the proposed list, the previous committees of the merged units combined)."""
    body = f"Ủy ban MTTQ Việt Nam {unit.unit_type} {unit.name}"
    btt = f"Ban Thường trực {body}"
    proposed = [people.row("M", 52, True, f"Chủ tịch {body}", btt, "Chủ tịch"),
                people.row("F", 45, True, f"Phó Chủ tịch {body}", btt, "Phó Chủ tịch"),
                people.row("M", 40, True, f"Ủy viên Thường trực {body}", btt, "Ủy viên Thường trực")]  # fmt: skip
    for i, org in enumerate(ORGANISATIONS):
        gender = "F" if org == "Hội Liên hiệp Phụ nữ" or i % 3 == 2 else "M"
        role = "Phó Chủ tịch" if org in VICE_CHAIR_ORGS else "Ủy viên"
        proposed.append(people.row(gender, 35 + 3 * i, True, f"Chủ tịch {org} {unit.unit_type}", org, role))  # fmt: skip
    for n in range(1, AREAS + 1):
        area = f"{unit.area} {n}" if unit.area == "Thôn" else f"Tổ dân phố số {n}"
        gender = "F" if n % 2 else "M"
        proposed.append(people.row(gender, 45 + n, n % 3 != 0, f"Trưởng ban công tác Mặt trận {area}", area, "Ủy viên"))  # fmt: skip
    jobs = ("Bí thư Chi bộ", "Giáo viên", "Bác sĩ Trạm Y tế", "Chủ hợp tác xã", "Doanh nhân", "Chức sắc tôn giáo", "Nghệ nhân", "Cựu giáo viên")  # fmt: skip
    while len(proposed) < unit.planned:
        gender = "F" if len(proposed) % 2 else "M"
        job = jobs[len(proposed) % len(jobs)]
        proposed.append(people.row(gender, rng.randint(32, 66), rng.random() < 0.4, job, "Cá nhân tiêu biểu", "Ủy viên"))  # fmt: skip
    # The previous committee: each merged unit's, about 30 people each, some re-proposed.
    previous: list[list[str]] = []
    keep = iter(proposed[:3] + proposed[3 : 3 + len(ORGANISATIONS)] + proposed[-12:])
    for old in unit.merged:
        for k in range(30):
            person = next(keep, None) if k < 26 // len(unit.merged) * 2 else None
            if person is not None:
                previous.append([person[0], *person[1:6], f"{person[6]} ({old})", old, "Ủy viên"])
            else:
                gender = "F" if k % 2 else "M"
                previous.append(people.row(gender, rng.randint(40, 70), True, f"Ủy viên Ủy ban MTTQ {old}", old, "Ủy viên"))  # fmt: skip
    return proposed, previous


def csv(rows: list[list[str]]) -> str:
    lines = [HEAD] + [";".join([str(i), *row]) for i, row in enumerate(rows, 1)]
    return "\n".join(lines) + "\n"


UNIT_YAML = """\
# THƯ MỤC LÀM VIỆC MẪU (dữ liệu hư cấu): Ủy ban MTTQ Việt Nam tỉnh Mẫu chỉ đạo Đại hội MTTQ Việt Nam
# ba đơn vị hành chính cấp xã mới (sau sắp xếp năm 2025), nhiệm kỳ 2025-2030: xã Đồng Tiến,
# xã Hòa Bình và phường Trung Tâm. Mỗi đơn vị đại hội lần thứ I.
#   congress personnel check dong-tien -w examples/tinh-mau
#   congress docs render dong-tien -w examples/tinh-mau
#   congress district run -w examples/tinh-mau

# Tên đơn vị cấp trên.
unit: Tỉnh Mẫu
# Cấp của đơn vị: quận, huyện, thị xã, thành phố, tỉnh.
level: tỉnh
# Nhiệm kỳ.
term: 2025-2030
# Quy trình dùng cho các đơn vị cấp dưới.
workflow: ward-2024-2029
# Đơn vị đại hội điểm.
pilot_ward: dong-tien
# Tổ công tác và các đơn vị theo dõi.
working_groups:
  - name: Tổ công tác số 1
    leader: Lê Thị Minh Hằng
    wards: [dong-tien, hoa-binh, trung-tam]
# Hạn chót mỗi bước (yyyy-mm-dd).
timeline:
  congress: 2025-09-15
lessons: []
"""

WARD_YAML = """\
# {full}: thành lập năm 2025 trên cơ sở hợp nhất {merged} (dữ liệu hư cấu).

# Tên đơn vị (không ghi chữ «{unit_type}» ở đầu).
ward: {name}
# Loại đơn vị: xã, phường, thị trấn, đặc khu.
unit_type: {unit_type}
# Đơn vị cấp trên.
unit: Tỉnh Mẫu
# Đại hội lần thứ: đơn vị mới hợp nhất bắt đầu lại từ I.
ordinal: I
# Bộ quy tắc của nhiệm kỳ 2025-2030 (sau sắp xếp).
ruleset: ward-2025-2030
congress_date: {congress}
# Số lượng Ủy viên dự kiến.
planned_size: {planned}
member_organisations:
{orgs}
residential_areas:
{areas}
lists:
  # Danh sách dự kiến Ủy ban MTTQ Việt Nam {full} nhiệm kỳ 2025-2030.
  proposed: {proposed}
  # Ủy ban khóa trước: Ủy ban của các đơn vị cũ gộp lại.
  previous: {previous}
"""

CONGRESS_YAML = """\
# Đại hội đại biểu MTTQ Việt Nam {full} lần thứ I, nhiệm kỳ 2025-2030.
date: {congress}
venue: Hội trường Trung tâm chính trị {full}
delegates_convened: 120
presidium: [{chair}, {vice}]
secretariat: [{member}]
presidium_signer:
  name: {chair}
signer:
  name: {chair}
  title: Chủ tịch
documents:
  ke_hoach: {{number: "3", date: {plan}}}
  nghi_quyet: {{number: "1", date: {congress}}}
recipients:
  - Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Mẫu
  - Thường trực Đảng ủy {full}
"""


def write(out: Path) -> None:
    rng = random.Random(SEED)
    people = People(rng)
    (out / "wards").mkdir(parents=True, exist_ok=True)
    (out / "unit.yaml").write_text(UNIT_YAML, encoding="utf-8")
    for unit in UNITS:
        folder = out / "wards" / unit.slug
        folder.mkdir(parents=True, exist_ok=True)
        proposed, previous = committee(unit, rng, people)
        full = f"{unit.unit_type} {unit.name}"
        areas = [f"{unit.area} {n}" if unit.area == "Thôn" else f"Tổ dân phố số {n}" for n in range(1, AREAS + 1)]  # fmt: skip
        (folder / "ward.yaml").write_text(
            WARD_YAML.format(
                full=full, name=unit.name, unit_type=unit.unit_type,
                merged=", ".join(m.lower().replace("xã", "xã", 1) for m in unit.merged),
                congress=unit.congress.isoformat(), planned=unit.planned,
                orgs="\n".join(f"  - {o}" for o in ORGANISATIONS),
                areas="\n".join(f"  - {a}" for a in areas),
                proposed=PROPOSED, previous=PREVIOUS,
            ),
            encoding="utf-8",
        )  # fmt: skip
        (folder / PROPOSED).write_text(csv(proposed), encoding="utf-8")
        (folder / PREVIOUS).write_text(csv(previous), encoding="utf-8")
        plan = date(unit.congress.year, unit.congress.month - 1, 5)
        (folder / "congress.yaml").write_text(
            CONGRESS_YAML.format(
                full=full, congress=unit.congress.isoformat(), plan=plan.isoformat(),
                chair=proposed[0][0], vice=proposed[1][0], member=proposed[2][0],
            ),
            encoding="utf-8",
        )  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    write(parser.parse_args(argv).out)


if __name__ == "__main__":
    main()
