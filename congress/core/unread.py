"""Why a rule could not run: the reasons a «chưa kiểm tra» finding gives (never a pass).

A rule that needs a column the list does not have (or has under a header the reader did not
recognise), a fact the ward has not given (the planned size), or at least one person, says so
with one of these reasons; its values travel as {"vi": …, "en": …}.
"""

from __future__ import annotations

from collections.abc import Sequence

from congress.core.findings import Outcome, Status
from congress.core.people import Header, PeopleList
from congress.i18n import LANGS, t


def headers_text(headers: Sequence[Header], lang: str | None = None) -> str:
    """«cột F «Dân tộcc», cột H «Sở thích»»: each header not recognised, where it is."""
    return ", ".join(f"{t('where.column', lang, column=h.column)} «{h.text}»" for h in headers)


def _unrecognised(people: PeopleList, lang: str) -> str:
    if not people.unrecognised:
        return ""
    headers = headers_text(people.unrecognised, lang)
    return t("reason.unrecognised_headers", lang, headers=headers)


def column_missing(people: PeopleList, *columns: str) -> dict[str, str]:
    """«danh sách dự kiến (file) không có cột Đảng viên; các cột không nhận ra: «ĐV»», or «…:
    cột Đảng viên để trống ở mọi dòng»."""
    blank = all(c in people.blank for c in columns)
    return {
        lang: t(
            "reason.column_blank" if blank else "reason.column_missing",
            lang,
            list=t(f"list.{people.label}", lang),
            file=people.source,
            column=t("reason.or", lang).join(t(f"column.{c}", lang) for c in columns),
        )
        + ("" if blank else _unrecognised(people, lang))
        for lang in LANGS
    }


def reason(key: str, /, **params: object) -> dict[str, str]:
    """A reason from the catalogue, in every language."""
    return {lang: t(key, lang, **params) for lang in LANGS}


def lacking(people: PeopleList | None, column: str) -> PeopleList | None:
    """`people` when it lacks `column`, else None."""
    return people if people is not None and people.lacks(column) else None


def not_checked(missing: object, field: str = "missing") -> Outcome:
    """A «chưa kiểm tra» outcome whose `field` holds the reason."""
    return Outcome(Status.NOT_CHECKED, "not_checked", values={field: missing})


NO_PLANNED_SIZE = "reason.no_planned_size"
NO_PEOPLE = "reason.no_people"
