"""Labels of tables and values: roles, statuses, statistics, denominators, dashboard words."""

from __future__ import annotations

from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
    # proposed roles (congress.core.people.Role); the Vietnamese ones are also the list vocabulary
    "role.chair": {"vi": "Chủ tịch", "en": "Chair"},
    "role.vice_chair": {"vi": "Phó Chủ tịch", "en": "Vice-chair"},
    "role.standing_member": {"vi": "Ủy viên Thường trực", "en": "Standing member"},
    "role.member": {"vi": "Ủy viên", "en": "Member"},
    # the two lists of people (congress.core.personnel_context), inside rule findings
    "list.proposed": {"vi": "danh sách dự kiến", "en": "the proposed list"},
    "list.previous": {"vi": "danh sách Ủy ban khóa trước", "en": "the outgoing committee's list"},
    "status.mismatch": {
        "vi": "{name} (dòng {row}: ghi {stated}, thực tế {actual})",
        "en": "{name} (row {row}: says {stated}, actually {actual})",
    },
    # re-elected or new (congress.core.people.Status)
    "status.re_elected": {"vi": "Tái cử", "en": "Re-elected"},
    "status.new": {"vi": "Mới", "en": "New"},
    # statistics of a proposal (congress.core.statistics)
    "stat.size": {"vi": "Tổng số", "en": "Size"},
    "stat.re_elected": {"vi": "Tái cử", "en": "Re-elected"},
    "stat.new": {"vi": "Mới", "en": "New"},
    "stat.women": {"vi": "Nữ", "en": "Women"},
    "stat.non_party": {"vi": "Ngoài Đảng", "en": "Non-Party"},
    "stat.ethnic_minority": {"vi": "Dân tộc thiểu số", "en": "Ethnic minorities"},
    "stat.religious": {"vi": "Tôn giáo", "en": "Religious"},
    "stat.age_unknown": {"vi": "Không rõ tuổi", "en": "Age unknown"},
    # an age band in English is named from its bounds (the ruleset's label is Vietnamese)
    "stat.age_between": {"vi": "Từ {min} đến {max} tuổi", "en": "Aged {min} to {max}"},
    "stat.age_from": {"vi": "Từ {min} tuổi trở lên", "en": "Aged {min} and over"},
    "stat.age_up_to": {"vi": "Từ {max} tuổi trở xuống", "en": "Aged {max} and under"},
    "stat.age_any": {"vi": "Mọi độ tuổi", "en": "Any age"},
    # denominators of the ratio rules (congress.core.rules_ratios)
    "denominator.planned": {"vi": "số lượng Ủy viên dự kiến", "en": "the planned committee size"},
    "denominator.proposed": {
        "vi": "số người được giới thiệu",
        "en": "the number of people proposed",
    },
    "denominator.previous_start": {
        "vi": "số Ủy viên khóa trước đầu nhiệm kỳ",
        "en": "the outgoing committee at the start of its term",
    },
}
