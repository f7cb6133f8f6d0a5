"""How a ward's documents name the ward, its supervising unit, the term and the ordinal, and
who issues and signs each document (pure).

No level word is fixed: the ward's type (xã, phường, thị trấn, đặc khu) comes from ward.yaml or
its name, the supervising level (quận, huyện, thị xã, thành phố, tỉnh) from ward.yaml, unit.yaml
or the unit's name (`congress.core.levels`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from congress.core import levels

if TYPE_CHECKING:
    from congress.core.doc_context import DocSpec, WardDocuments
    from congress.core.drafts import CongressFile

NONE = "…"


def upper(text: str) -> str:
    return text.upper()


@dataclass(frozen=True)
class Names:
    """How the ward, its supervising unit, the term and the ordinal are written (no level word
    is fixed: the ward's type and the upper level come from ward.yaml and unit.yaml)."""

    unit_type: str  # "phường"
    ward: str  # "Ô Chợ Dừa" ("Phường 5" keeps its word): the ward's dateline place
    ward_full: str  # "phường Ô Chợ Dừa"
    upper: str  # "Quận Đống Đa": the supervising unit as ward.yaml names it
    upper_level: str  # "quận" ("" when unknown)
    upper_full: str  # "quận Đống Đa"
    upper_place: str  # "Đống Đa": the supervising unit's dateline place
    ordinal: str  # "XVII"
    term: str

    @classmethod
    def of(cls, src: WardDocuments) -> Names:
        ward, unit_file = src.ward, src.unit
        upper = (ward.unit or (unit_file.unit if unit_file else "") or "").strip()
        # the name's own word («Huyện Sóc Sơn») says its level before the workspace's default
        named = levels.infer_level(upper)
        level = ward.level or named or (unit_file.level if unit_file else None)
        word, bare = levels.split_unit_name(upper)
        if word is not None and level is not None and word != level:
            bare = upper  # the name's own word is not a level word here: keep it whole
        ordinal = src.congress.ordinal or ward.ordinal or NONE
        return cls(
            unit_type=ward.kind,
            ward=ward.place,
            ward_full=ward.full_name,
            upper=upper or NONE,
            upper_level=level or "",
            upper_full=levels.full_name(level, bare) if upper else NONE,
            upper_place=levels.place_name(level, bare) if upper else NONE,
            ordinal=ordinal,
            term=src.term,
        )

    @property
    def congress_name(self) -> str:
        return (
            f"Đại hội đại biểu MTTQ Việt Nam {self.ward_full} lần thứ {self.ordinal}, "
            f"nhiệm kỳ {self.term}"
        )

    def keys(self) -> dict[str, str]:
        """The context keys every document has for names and levels."""
        return {
            "ward": self.ward,
            "ward_upper": upper(self.ward),
            "ward_full": self.ward_full,
            "ward_full_upper": upper(self.ward_full),
            "unit_type": self.unit_type,
            "unit_type_upper": upper(self.unit_type),
            "unit": self.upper,
            "upper_level": self.upper_level or NONE,
            "upper_level_name": self.upper_full,
            "upper_level_upper": upper(self.upper_full),
            "upper_place": self.upper_place,
            "term": self.term,
            "ordinal": self.ordinal,
            "congress_name": self.congress_name,
            "committee_full": f"Ủy ban MTTQ Việt Nam {self.ward_full}",
        }


# Who issues each document, and so how it is signed and how its symbol ends (domain.md §6).
STANDING = "standing"  # the ward's Ban Thường trực: «TM. BAN THƯỜNG TRỰC», symbol «-BTT»
CONGRESS = "congress"  # the congress: «TM. ĐOÀN CHỦ TỊCH», symbol «-ĐH»
COMMITTEE = "committee"  # the ward's Ủy ban (its first meeting): the meeting's chair and secretary
UPPER = "upper"  # the supervising unit's Ban Thường trực (the recognition decision)

# Documents signed by two people side by side and sent to no one (no «Nơi nhận»).
MINUTES = frozenset({"bien_ban", "bien_ban_hoi_nghi_thu_nhat"})
NO_RECIPIENTS = frozenset({"kich_ban", "bien_ban", "bien_ban_kiem_phieu", "bien_ban_hoi_nghi_thu_nhat"})  # fmt: skip


def issuer_of(spec: DocSpec) -> str:
    if spec.by_congress:
        return CONGRESS
    return {"bien_ban_hoi_nghi_thu_nhat": COMMITTEE, "quyet_dinh_cong_nhan": UPPER}.get(
        spec.id, STANDING
    )


def presidium_signature(congress: CongressFile) -> dict[str, str]:
    """«TM. ĐOÀN CHỦ TỊCH», then the signer's role in it (none: the Đoàn Chủ tịch has no chair)."""
    chosen = congress.presidium_signer
    name = chosen.name or (congress.presidium[0] if congress.presidium else "")
    return {"on_behalf": "TM. ĐOÀN CHỦ TỊCH", "title": chosen.title.upper(), "name": name or NONE}


def secretary_signature(congress: CongressFile) -> dict[str, str]:
    """The congress secretary's column of the minutes (the first of the Đoàn Thư ký)."""
    names = congress.secretariat
    return {"on_behalf": "THƯ KÝ ĐẠI HỘI", "title": "", "name": names[0] if names else NONE}


def counting_signature(congress: CongressFile) -> dict[str, str]:
    """The counting minutes are signed for the Ban Kiểm phiếu by its head."""
    board = congress.counting_board
    return {
        "on_behalf": "TM. BAN KIỂM PHIẾU",
        "title": "TRƯỞNG BAN",
        "name": board[0] if board else "…",
    }
