"""The written content of the plan, the personnel scheme and the script, and the name of the
congress the delegation goes to (see doc_context.py for how documents use them).

Text fields become lists of paragraphs; a section with no text gets one visible placeholder
paragraph saying what to write and where: the row of the Excel details form first, then the
section of congress.yaml (`details_form.form_place`).
"""

from __future__ import annotations

import re
from typing import Any

from congress.core.composition import Composition
from congress.core.details_form import form_place
from congress.core.drafts import CongressFile, ScriptPart
from congress.core.text import fold
from congress.core.unit import UnitFile
from congress.core.vn_format import roman
from congress.core.ward import WardFile

PLACEHOLDER = "[CẦN VIẾT: {what}]"


def paragraphs(text: str | None, what: str) -> list[str]:
    """Blank-line separated paragraphs, or one visible placeholder naming what to write."""
    parts = [re.sub(r"\s*\n\s*", " ", p).strip() for p in re.split(r"\n\s*\n", text or "")]
    parts = [p for p in parts if p]
    return parts or [PLACEHOLDER.format(what=what)]


def plan_tasks(congress: CongressFile) -> dict[str, Any]:
    """The congress's preparatory tasks in the plan: comments on the higher level's drafts and
    the Điều lệ, the delegates, the sub-committees, propaganda and the budget."""
    return {
        "comments": paragraphs(congress.plan_comments, f"việc lấy ý kiến góp ý dự thảo văn kiện Đại hội cấp trên và dự thảo Điều lệ ({form_place('plan_comments', 'Kế hoạch - góp ý dự thảo văn kiện')})"),
        "delegates": paragraphs(congress.plan_delegates, f"số lượng, cơ cấu đại biểu dự Đại hội ({form_place('plan_delegates', 'Kế hoạch - đại biểu dự Đại hội')})"),
        "subcommittees": [
            {
                "index": str(i),
                "name": c.name,
                "head": c.head or "…",
                "members": list(c.members),
                "tasks": paragraphs(c.tasks, f"nhiệm vụ của {c.name}"),
            }
            for i, c in enumerate(congress.plan_subcommittees, 1)
        ],
        "propaganda": paragraphs(congress.plan_propaganda, f"công tác tuyên truyền, trang trí ({form_place('plan_propaganda', 'Kế hoạch - tuyên truyền')})"),
        "budget": paragraphs(congress.plan_budget, f"kinh phí tổ chức Đại hội ({form_place('plan_budget', 'Kế hoạch - kinh phí')})"),
    }  # fmt: skip


def scheme_text(congress: CongressFile) -> dict[str, Any]:
    """Grounds and standards from congress.yaml (placeholders when unwritten); the process as
    written there, or an empty list for the template's standard five steps."""
    scheme = congress.personnel_scheme
    return {
        "grounds": paragraphs(scheme.grounds, f"văn bản lãnh đạo của cấp ủy cùng cấp về công tác nhân sự ({form_place('personnel_scheme.grounds', 'Đề án nhân sự - căn cứ')})"),
        "standards": paragraphs(scheme.standards, f"tiêu chuẩn Ủy viên Ủy ban ({form_place('personnel_scheme.standards', 'Đề án nhân sự - tiêu chuẩn')})"),
        "process": [{"index": str(i), "text": step} for i, step in enumerate(scheme.process, 1)],
    }  # fmt: skip


def structure(found: Composition) -> dict[str, Any]:
    """The structure by category as the scheme prints it: counts from `composition`."""
    areas_total = found.areas_total
    return {
        "total": str(found.total),
        "organisations_known": found.organisations_known,
        "organisations": [
            {"index": str(i), "name": g.name, "count": str(g.count)}
            for i, g in enumerate(found.organisations, 1)
        ],
        "organisation_people": str(found.organisation_people),
        "organisations_represented": str(found.organisations_represented),
        "organisations_total": str(len(found.organisations)),
        "areas_known": areas_total is not None,
        "area_people": str(found.area_people),
        "areas_represented": str(found.areas_represented),
        "areas_total": "…" if areas_total is None else str(areas_total),
        "categories": [
            {"index": str(i), "name": g.name, "count": str(g.count)}
            for i, g in enumerate(found.categories, 1)
        ],
        "category_people": str(found.category_people),
    }


def script_part(index: int, part: ScriptPart) -> dict[str, Any]:
    """A part of the script with its lời dẫn (a placeholder naming the part when unwritten)."""
    return {
        **part.model_dump(),
        "index": str(index),
        "person": part.person or "…",
        "words": paragraphs(part.words, f"lời dẫn phần «{part.part}» (script[].words)"),
    }


def upper_congress(unit: UnitFile | None, ward: WardFile) -> str:
    """The supervising unit's congress the delegation goes to, from unit.yaml: «Đại hội đại
    biểu MTTQ Việt Nam quận Đống Đa lần thứ XVII»; from ward.yaml's unit when there is none."""
    name = unit.unit if unit else (ward.unit or "")
    if not name:
        return PLACEHOLDER.format(what="tên Đại hội cấp trên (unit.yaml)")
    level = unit.level if unit else ""
    if level and fold(name).startswith(fold(level) + " "):
        name = f"{level}{name[len(level) :]}"  # "Quận Đống Đa" -> "quận Đống Đa" in running text
    ordinal = (unit.ordinal if unit else None) or "…"
    if ordinal.isdigit():
        ordinal = roman(int(ordinal))
    return f"Đại hội đại biểu MTTQ Việt Nam {name} lần thứ {ordinal}"
