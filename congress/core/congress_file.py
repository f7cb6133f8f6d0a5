"""A ward's congress details as data (`congress.yaml`, or the form `thong-tin-dai-hoi.xlsx`).

Kept apart from the drafts (`congress.core.drafts`): `personnel check` reads the details (the
ordinal, the day, the planned size a ward.yaml leaves empty) but none of the drafts' models.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BeforeValidator, Field

from congress.core.bounds import Amount, PlausibleDate, Size
from congress.core.level_fields import check_ordinal
from congress.core.ruleset import Strict

Text = str | None


class ScriptPart(Strict):
    """A part of the congress script, who does it and what they say (*lời dẫn*)."""

    time: str = ""
    part: str
    person: str = ""
    session: str = "official"
    # Lời dẫn: lời người điều hành nói ở phần này (các đoạn cách nhau một dòng trống).
    words: Text = None
    # Biểu quyết ở phần này (biên bản ghi kết quả ngay sau phần): mã nội dung trong tally.yaml
    # (id), presidium / secretariat (Đoàn Chủ tịch, Đoàn Thư ký), committee (Ủy ban khóa mới),
    # official / alternate (đoàn đại biểu chính thức, dự khuyết).
    votes: list[str] = []


class Speech(Strict):
    """A speech (*tham luận*) on one topic."""

    speaker: str
    organisation: str = ""
    topic: str


class Delegate(Strict):
    """A member of the delegation to the upper-level congress."""

    name: str
    position: str = ""


class Delegation(Strict):
    official: list[Delegate] = []
    alternate: list[Delegate] = []


class PlanStep(Strict):
    """A line of the plan's timeline."""

    when: str
    task: str
    owner: str = ""


class Subcommittee(Strict):
    """A sub-committee helping the congress (tiểu ban Văn kiện, Nhân sự, Tổ chức - phục vụ)."""

    # Tên tiểu ban, ví dụ "Tiểu ban Văn kiện".
    name: str
    # Trưởng tiểu ban: họ tên, chức vụ.
    head: str = ""
    # Các thành viên: họ tên, chức vụ.
    members: list[str] = []
    # Nhiệm vụ của tiểu ban.
    tasks: Text = None


class PersonnelScheme(Strict):
    """The written parts of the personnel scheme (đề án nhân sự) besides its figures and list."""

    # Căn cứ xây dựng đề án (văn bản của cấp ủy, của Ủy ban MTTQ cấp trên), mỗi căn cứ một đoạn.
    grounds: Text = None
    # Tiêu chuẩn Ủy viên Ủy ban MTTQ Việt Nam phường khóa mới.
    standards: Text = None
    # Quy trình hiệp thương nhân sự, mỗi bước một mục; để trống thì dùng quy trình 5 bước chung.
    process: list[str] = []


class IssuedDocument(Strict):
    """Number and date of a document as issued (empty until it is)."""

    number: str | None = None
    date: PlausibleDate | None = None


class Signer(Strict):
    name: str = ""
    title: str = "CHỦ TỊCH"


class PresidiumSigner(Strict):
    """Who signs for the Đoàn Chủ tịch, and their role in it (it has no chair: no «CHỦ TỊCH»)."""

    name: str = ""
    title: str = ""


class CongressFile(Strict):
    """`congress.yaml`: the plan, the congress day (programme, script, presidium), delegation."""

    # the ward's name as the details give it: checked against ward.yaml and the count
    ward: str | None = None
    ordinal: Annotated[str | None, BeforeValidator(check_ordinal)] = None
    place: str | None = None
    date: PlausibleDate | None = None
    venue: str = ""
    delegates_convened: Amount | None = None
    # Số lượng Ủy viên Ủy ban khóa mới dự kiến (ward.yaml's planned_size, when that is empty)
    planned_size: Size | None = None
    plan_purposes: Text = None
    plan_requirements: Text = None
    plan_timeline: list[PlanStep] = []
    # Lấy ý kiến góp ý dự thảo văn kiện Đại hội cấp trên và dự thảo Điều lệ (sửa đổi, bổ sung).
    plan_comments: Text = None
    # Số lượng, cơ cấu đại biểu dự Đại hội.
    plan_delegates: Text = None
    # Các tiểu ban giúp việc Đại hội và thành viên.
    plan_subcommittees: list[Subcommittee] = []
    # Công tác tuyên truyền, trang trí, công trình chào mừng Đại hội.
    plan_propaganda: Text = None
    # Kinh phí tổ chức Đại hội.
    plan_budget: Text = None
    # Đề án nhân sự: căn cứ, tiêu chuẩn, quy trình.
    personnel_scheme: PersonnelScheme = Field(default_factory=PersonnelScheme)
    presidium: list[str] = []
    secretariat: list[str] = []
    counting_board: list[str] = []
    script: list[ScriptPart] = []
    speeches: list[Speech] = []
    delegation: Delegation = Field(default_factory=Delegation)
    documents: dict[str, IssuedDocument] = {}
    signer: Signer = Field(default_factory=Signer)
    presidium_signer: PresidiumSigner = Field(default_factory=PresidiumSigner)
    recipients: list[str] = []
