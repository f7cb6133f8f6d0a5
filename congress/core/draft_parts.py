"""The three drafts read from the blocks of a Word document into the models of `drafts.yaml`
(pure): the political report, the review report, the action programme.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from congress.core.draft_recognise import (
    NUMBERED,
    Block,
    column,
    first_number,
    lead_in,
    part_of,
)
from congress.core.drafts import (
    ActionItem,
    ActionProgramme,
    FieldResult,
    NewTarget,
    OrganisationResult,
    PoliticalReport,
    ResidentialProgramme,
    ReviewReport,
    Target,
)
from congress.core.text import clean, header_key
from congress.core.ward import Unit

# A heading's words and the section they open, first match wins.
REPORT_TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("orgs", ("to chuc thanh vien", "doan the chinh tri")),
    ("lessons", ("bai hoc",)),
    ("targets", ("chi tieu",)),
    ("direction", ("phuong huong", "muc tieu")),
    ("results", ("ket qua", "danh gia", "uu diem", "thanh tuu")),
    ("tasks", ("nhiem vu", "giai phap")),
    ("conclusion", ("ket luan",)),
    ("introduction", ("mo dau", "dac diem", "boi canh", "tinh hinh")),
)
# Shortcomings and causes: whichever word comes first in the heading («Hạn chế và nguyên nhân»).
FIRST_WORD = (
    ("shortcomings", ("han che", "khuyet diem", "ton tai", "yeu kem")),
    ("causes", ("nguyen nhan",)),
)
REVIEW_TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("lessons", ("bai hoc",)),
    ("weaknesses", ("han che", "khuyet diem", "ton tai", "yeu kem")),
    ("causes", ("nguyen nhan",)),
    ("strengths", ("uu diem", "ket qua", "thanh tuu", "danh gia")),
    ("introduction", ("mo dau", "dac diem", "tinh hinh")),
)
LOWER_IS_BETTER = ("khong qua", "duoi", "giam", "toi da", "khong vuot")
OWNER = ("chu tri", "phu trach", "don vi thuc hien", "trach nhiem", "thuc hien", "nguoi phu trach")
DEADLINE = ("thoi gian", "thoi han", "tien do", "hoan thanh")
TARGET = ("chi tieu", "muc tieu", "ket qua can dat", "yeu cau")
RESIDENTIAL = ("xay dung khu dan cu", "khu dan cu doan ket")


def topic(key: str, topics: tuple[tuple[str, tuple[str, ...]], ...], first: bool = True) -> str:
    """The section a heading (or a lead-in) opens, "" when its words say none."""
    if first:
        found = [(key.find(w), name) for name, words in FIRST_WORD for w in words if w in key]
        if found:
            return min(found)[1]
    return next((name for name, words in topics if any(w in key for w in words)), "")


def org_of(text: str, orgs: Sequence[Unit]) -> Unit | None:
    """The member organisation a heading or a passage starts with (its name or an alias, after
    the numbering or a bullet, or after «Kết quả hoạt động của»)."""
    key = header_key(NUMBERED.sub("", clean(text).lstrip("-–+*• ")))
    key = re.sub(r"^(?:ket qua )?(?:hoat dong )?cua ", "", key)
    for unit in orgs:
        if any(key.startswith(header_key(s)) for s in unit.spellings if header_key(s)):
            return unit
    return None


def _join(*parts: str | None) -> str | None:
    text = "\n\n".join(p for p in parts if p and p.strip())
    return text or None


# -- the political report --------------------------------------------------------------------


def political(found: list[Block], orgs: Sequence[Unit]) -> tuple[PoliticalReport, list[str]]:
    """The political report (each block's heading opens a section, its paragraphs fill it), and
    its sections in the order they first come in the document."""
    build = _Political(orgs)
    for block in found:
        if block.heading is not None:
            build.heading(block)
        # Under a table of the new targets, a sentence («Phấn đấu đạt 7 chỉ tiêu sau:») is no
        # target of its own; without a table, each paragraph of the section is one.
        build.listed = any(_new_targets(table) for table in block.tables)
        for p in block.paras:
            if not p.table:
                build.paragraph(p.text, block.title)
        for table in block.tables:
            build.table(table)
    return build.report(), build.order


class _Political:
    def __init__(self, orgs: Sequence[Unit]) -> None:
        self.orgs = orgs
        self.texts: dict[str, str | None] = {}
        self.results: list[FieldResult] = []
        self.members: list[OrganisationResult] = []
        self.targets: list[Target] = []
        self.new_targets: list[NewTarget] = []
        self.section, self.part = "introduction", 1
        self.order: list[str] = []
        self.listed = False  # the current block has a table of the new targets

    def _open(self, section: str) -> None:
        self.section = section
        if section not in self.order:
            self.order.append(section)

    def heading(self, block: Block) -> None:
        key = block.key
        number = part_of(key)
        self.part = number or self.part
        unit = org_of(block.title, self.orgs)
        named = topic(key, REPORT_TOPICS)
        if unit is not None:
            self._open("org")
            self.members.append(OrganisationResult(organisation=block.title))
        elif named == "targets":
            new = self.part >= 2 or "moi" in key
            self._open("new_targets" if new else "targets")
        elif named == "results" and self.part >= 2:
            self._open("direction")
        elif named:
            self._open(named)
        elif number is not None:
            self._open("results" if self.part == 1 else "direction")
        if self.section == "results":
            self.results.append(FieldResult(field=block.title))

    def paragraph(self, text: str, title: str) -> None:
        lead = topic(lead_in(text), REPORT_TOPICS)
        if lead in ("shortcomings", "causes", "lessons"):
            self._open(lead)
        unit = org_of(text, self.orgs) if self.section in ("orgs", "org", "results") else None
        if unit is not None and not (
            self.section == "org" and org_of(self.members[-1].organisation, [unit])
        ):
            self._open("org")
            self.members.append(OrganisationResult(organisation=unit.name))
        if self.section == "org":
            last = self.members[-1]
            self.members[-1] = last.model_copy(update={"text": _join(last.text, text)})
        elif self.section == "results":
            if not self.results:
                self.results.append(FieldResult(field=title or "Kết quả"))
            field = self.results[-1]
            self.results[-1] = field.model_copy(update={"text": _join(field.text, text)})
        elif self.section == "new_targets":
            if not self.listed:
                self.new_targets.append(NewTarget(name=clean(text), value=clean(text)))
        elif self.section not in ("orgs", "targets"):
            self.texts[self.section] = _join(self.texts.get(self.section), text)

    def table(self, table: list[list[str]]) -> None:
        if self.section == "new_targets" or self.part >= 2:
            self.new_targets += _new_targets(table)
        else:
            self.targets += _targets(table)

    def report(self) -> PoliticalReport:
        return PoliticalReport(
            introduction=self.texts.get("introduction"),
            results=self.results,
            member_organisations=self.members,
            targets=self.targets,
            shortcomings=self.texts.get("shortcomings"),
            causes=self.texts.get("causes"),
            lessons=self.texts.get("lessons"),
            direction=self.texts.get("direction"),
            new_targets=self.new_targets,
            tasks=self.texts.get("tasks"),
            conclusion=self.texts.get("conclusion"),
        )


def _header(table: list[list[str]]) -> tuple[int, list[str]]:
    """The header row (the first with two or more non-empty cells) and its index."""
    for i, row in enumerate(table[:3]):
        if sum(1 for c in row if c) >= 2:
            return i, row
    return 0, table[0] if table else []


def _targets(table: list[list[str]]) -> list[Target]:
    """A table of the last resolution's targets: name, (unit), target, result (, status)."""
    if not table:
        return []
    at, header = _header(table)
    result = column(header, "ket qua", "thuc hien", "dat duoc")
    goal = column(header, "nghi quyet", "chi tieu nq", "ke hoach", "muc tieu", skip=[result or -1])
    name = column(header, "noi dung", "ten chi tieu", "chi tieu", skip=[goal or -1, result or -1])
    unit = column(header, "don vi", "dvt")
    if result is None or goal is None:
        return []
    name = (
        name
        if name is not None
        else (1 if len(header) > 2 and header_key(header[0]) in ("tt", "stt") else 0)
    )
    out = []
    for row in table[at + 1 :]:
        if len(row) <= max(result, goal, name) or not re.search(r"[^\W\d_]", row[name]):
            continue  # a row without a name (a sub-total, a blank row)
        goal_text = row[goal]
        out.append(
            Target(
                name=row[name],
                unit=row[unit] if unit is not None and unit < len(row) else "",
                target=first_number(goal_text),
                result=first_number(row[result]),
                higher_is_better=not any(w in header_key(goal_text) for w in LOWER_IS_BETTER),
            )
        )
    return out


def _new_targets(table: list[list[str]]) -> list[NewTarget]:
    """A table of targets: a name column and a value column (the last with a figure)."""
    if not table:
        return []
    at, header = _header(table)
    value = column(header, "muc tieu", "chi tieu nhiem ky", "gia tri", "phan dau", "ke hoach")
    name = column(
        header, "noi dung", "ten chi tieu", "chi tieu", skip=[value if value is not None else -1]
    )
    out = []
    for row in table[at + 1 :]:
        cells = [c for c in row]
        if not any(cells):
            continue
        n = name if name is not None and name < len(cells) else (1 if len(cells) > 2 else 0)
        v = value if value is not None and value < len(cells) else len(cells) - 1
        out.append(NewTarget(name=cells[n], value=cells[v] if v != n else cells[n]))
    return out


# -- the review report ----------------------------------------------------------------------


def review(found: list[Block]) -> ReviewReport:
    texts: dict[str, str | None] = {}
    section = "introduction"
    for block in found:
        if block.heading is not None:
            section = topic(block.key, REVIEW_TOPICS, first=False) or section
        for p in block.paras:
            if p.table:
                continue
            lead = topic(lead_in(p.text), REVIEW_TOPICS, first=False)
            section = lead or section
            texts[section] = _join(texts.get(section), p.text)
        for table in block.tables:
            texts[section] = _join(texts.get(section), *(" ".join(r) for r in table))
    return ReviewReport(**texts)


# -- the action programme -------------------------------------------------------------------


def action(found: list[Block]) -> ActionProgramme:
    tasks: list[ActionItem] = []
    intro: list[str] = []
    programme: ResidentialProgramme | None = None
    where = "intro"
    for block in found:
        key = block.key
        if any(w in key for w in RESIDENTIAL):
            where, programme = "programme", ResidentialProgramme(title=_quoted(block.title))
        elif block.heading is not None and _closes(key):
            where = "after"
        elif block.heading is not None and where in ("intro", "after") and part_of(key) is None:
            where = "tasks"
        paras = [clean(p.text) for p in block.paras if not p.table and clean(p.text)]
        if where == "programme" and programme is not None:
            rows = [t for table in block.tables for t in _new_targets(table)]
            rows += [NewTarget(name=t, value=t) for t in paras]
            programme = programme.model_copy(update={"targets": programme.targets + rows})
            continue
        if where == "after":
            continue
        listed = [item for table in block.tables for item in _task_table(table)]
        tasks += listed
        labelled = _labelled(block.title, paras)
        # A note under a table of tasks («Đại hội giao 8 nhiệm vụ trên…») is no task of its own:
        # only lines labelled with an owner or a time make the heading a task beside the table.
        note = bool(listed) and labelled is not None and not (labelled.owner or labelled.deadline)
        if labelled is not None and not note and (block.heading is not None or labelled.owner):
            tasks.append(labelled)
        elif block.heading is None:
            intro += paras
    return ActionProgramme(introduction=_join(*intro), tasks=tasks, residential_programme=programme)


def _quoted(title: str) -> str:
    """The programme's name: what the heading quotes, else the heading without its number."""
    inside = re.search(r"[«“\"](.+)[»”\"]", title)
    return clean(inside.group(1)) if inside else clean(NUMBERED.sub("", title))


def _closes(key: str) -> bool:
    """A heading that ends the tasks: the implementation («Tổ chức thực hiện»), the conclusion."""
    return key.lstrip("ivxlc0123456789 ").startswith(("to chuc thuc hien", "ket luan"))


def _task_table(table: list[list[str]]) -> list[ActionItem]:
    at, header = _header(table)
    owner = column(header, *OWNER)
    deadline = column(header, *DEADLINE)
    target = column(header, *TARGET, skip=[i for i in (owner, deadline) if i is not None])
    task = column(
        header,
        "nhiem vu",
        "noi dung",
        "cong viec",
        "giai phap",
        skip=[target if target is not None else -1],
    )
    if task is None or (owner is None and deadline is None):
        return []
    out = []
    for row in table[at + 1 :]:
        if len(row) <= task or not row[task]:
            continue

        def cell(i: int | None, row: list[str] = row) -> str:
            return row[i] if i is not None and i < len(row) else ""

        out.append(
            ActionItem(
                task=row[task], target=cell(target), owner=cell(owner), deadline=cell(deadline)
            )
        )
    return out


def _labelled(title: str, paras: list[str]) -> ActionItem | None:
    """A task written as a heading (or a first line) and lines «Chỉ tiêu: …», «Chủ trì: …»,
    «Thời gian: …»; None when the passage has none of those labels and no heading."""
    fields: dict[str, str] = {}
    rest: list[str] = []
    for para in paras:
        for line in re.split(r"\n|;\s+(?=[^\W\d_][^:;]{0,40}:)", para):
            label = lead_in(line)
            value = clean(line.partition(":")[2]) if label else ""
            for name, words in (("owner", OWNER), ("deadline", DEADLINE), ("target", TARGET)):
                if label and any(label.startswith(w) for w in words) and name not in fields:
                    fields[name] = value
                    break
            else:
                rest.append(clean(line))
    task = title or (rest.pop(0) if rest and fields else "")
    if not task or not (fields or rest):
        return None
    return ActionItem(
        task=task,
        target=fields.get("target", " ".join(rest) if "target" not in fields else ""),
        owner=fields.get("owner", ""),
        deadline=fields.get("deadline", ""),
    )
