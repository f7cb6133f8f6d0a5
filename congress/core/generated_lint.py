"""The lint of GENERATED documents: what a district officer would send back (pure: no I/O here).

A document is read as its text structure (`DocText`: paragraphs in reading order, each with where it
is) and judged against what is known about its issuer (`Facts`). Each check is a small function
`(DocText, Facts) -> list[DocFinding]`; `CHECKS` lists them by rule id. The adapter
(`congress.adapters.docx_text`) makes the `DocText` from a .docx file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from congress.core.doc_text import DocFinding, DocText, Facts, Para, fold, nonblank, normal, quote

# -- level words ---------------------------------------------------------------------------------

WARD_TIER = ("thị trấn", "đặc khu", "phường", "xã")
DISTRICT_TIER = ("thị xã", "quận", "huyện")
_LEVEL = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(w) for w in (*WARD_TIER, *DISTRICT_TIER)) + r")(?!\w)",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"\s*(?:,|/|;|-|–|\bvà\b|\bhoặc\b)\s*", re.IGNORECASE)
# "xã hội", "xã viên", "hợp tác xã", and the generic tiers "cấp xã" / "cấp huyện" are not a unit.
_NOT_A_UNIT_AFTER = re.compile(r"\s+(hội|viên)(?!\w)", re.IGNORECASE)
_NOT_A_UNIT_BEFORE = re.compile(r"(?:\bcấp|\bhợp tác|\bcác cấp)\s+$", re.IGNORECASE)


def _mask(text: str, names: tuple[str, ...]) -> str:
    """The text with the given proper names blanked out (same length: positions stay)."""
    for name in names:
        if name.strip():
            pattern = re.compile(re.escape(normal(name)).replace(r"\ ", r"\s+"), re.IGNORECASE)
            text = pattern.sub(lambda m: " " * len(m.group()), text)
    return text


def check_level_words(doc: DocText, facts: Facts) -> list[DocFinding]:
    """«phường» in a commune's document, «QUẬN» when the supervising unit is a tỉnh, ...

    Not a unit: "xã hội", "hợp tác xã", "cấp xã"; an enumeration of a tier ("xã, phường, thị
    trấn"); the ward's or the district's own name (e.g. «Phường 5»)."""
    allowed = {w.casefold() for w in facts.unit_words} | {facts.level.casefold()}
    found = []
    for para, text in nonblank(doc):
        masked = _mask(text, facts.names)
        matches = list(_LEVEL.finditer(masked))
        for i, m in enumerate(matches):
            word = m.group(1).casefold()
            if word in allowed:
                continue
            if word == "xã" and _NOT_A_UNIT_AFTER.match(masked, m.end()):
                continue
            if _NOT_A_UNIT_BEFORE.search(masked[: m.start()]):
                continue
            tier = WARD_TIER if word in WARD_TIER else DISTRICT_TIER
            neighbours = [matches[j] for j in (i - 1, i + 1) if 0 <= j < len(matches)]
            if any(
                n.group(1).casefold() in tier
                and _SEPARATOR.fullmatch(masked[min(m.end(), n.end()) : max(m.start(), n.start())])
                for n in neighbours
            ):
                continue  # "các xã, phường, thị trấn": the tier, not this unit
            expected = sorted(facts.unit_words) if tier is WARD_TIER else [facts.level]
            found.append(
                DocFinding(
                    "level_word",
                    para.where,
                    quote(text, m.start(), m.end()),
                    {"word": m.group(1), "expected": ", ".join(expected)},
                )
            )
    return found


# -- English left in the text --------------------------------------------------------------------

_SNAKE = re.compile(r"(?<![\w@/.])[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?![\w@])")
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}|\{\{|\}\}|\{%|%\}")
_LITERAL = re.compile(r"(?<![\w])(None|True|False|null|NaN)(?![\w])")
_URL = re.compile(r"\S*(?:@|://|www\.)\S*")


def check_english(doc: DocText, facts: Facts) -> list[DocFinding]:
    """snake_case identifiers (``re_election_max``), template leftovers (``{{ … }}``), Python
    values (``None``, ``True``). Not flagged: e-mail addresses and web addresses."""
    del facts
    found = []
    for para, text in nonblank(doc):
        urls = [m.span() for m in _URL.finditer(text)]
        seen: list[tuple[int, int]] = []
        for pattern in (_JINJA, _SNAKE, _LITERAL):
            for m in pattern.finditer(text):
                if any(a <= m.start() < b for a, b in urls + seen):
                    continue
                seen.append(m.span())
                found.append(
                    DocFinding(
                        "english", para.where, quote(text, m.start(), m.end()), {"token": m.group()}
                    )
                )
    return found


# -- numbers -------------------------------------------------------------------------------------

_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_SYMBOL_AFTER = re.compile(r"/(?:\d+/)*[A-ZĐ]")  # "1234/QĐ-UBND", "30/2020/NĐ-CP"
_ID_BEFORE = re.compile(
    r"(?:số\s*:|số hiệu|CCCD|CMND|CMT|định danh|mã số|MST|mã|tài khoản|STK|điện thoại|ĐT|SĐT|"
    r"Tel|Fax|Hotline|di động)[\s:.#]*(?:số\s*:?\s*)?[\d\s.\-]*$",
    re.IGNORECASE,
)
_COUNTED = re.compile(
    r"\s+(?:người|hộ|đại biểu|hội viên|đoàn viên|thành viên|vị|lượt|phiếu|đồng|nghìn|triệu|tỷ|"
    r"suất|cuốn|trường hợp|công trình|ngày công|m2|m²|km|kg|tấn)(?!\w)",
    re.IGNORECASE,
)


def _unformatted(text: str, m: re.Match[str]) -> bool:
    token = m.group()
    if _GROUPED.fullmatch(token):
        return False
    leading = re.match(r"\d+", token)
    digits = leading.group() if leading else ""
    if len(digits) < 4 or digits.startswith("0"):
        return False  # ≤ 999, or a code with a leading zero (phone, id, "0123")
    if len(digits) == 4 and 1900 <= int(digits) <= 2100 and "." not in token and "," not in token:
        return bool(_COUNTED.match(text, m.end()))  # a year, unless it counts something
    if _SYMBOL_AFTER.match(text, m.end()):
        return False  # a document number
    before = text[max(0, m.start() - 30) : m.start()]
    return not _ID_BEFORE.search(before)


def check_numbers(doc: DocText, facts: Facts) -> list[DocFinding]:
    """A number above 999 without its thousands dots («6241», «12500000»). Not flagged: years
    1900-2100 (unless followed by what they count: «2000 người»), document numbers («Số: 1234/…»,
    «1234/QĐ-UBND»), numbers with a leading zero (phones, ids), numbers after «CCCD», «điện
    thoại», «tài khoản», «mã số», ..., numbers joined to letters («B1234»)."""
    del facts
    found = []
    for para, text in nonblank(doc):
        for m in _NUMBER.finditer(text):
            if _unformatted(text, m):
                found.append(
                    DocFinding(
                        "number", para.where, quote(text, m.start(), m.end()), {"number": m.group()}
                    )
                )
    return found


# -- «…» where the data exists -------------------------------------------------------------------

ELLIPSIS = r"(?:…|\.{2,})+"
_DATELINE = re.compile(
    r"(?P<place>[^,]{1,80}),\s*ngày\s+(?P<day>\S+)\s+tháng\s+(?P<month>\S+)\s+năm\s+(?P<year>\S+?)"
    r"\s*\.?",
    re.IGNORECASE,
)
_ONLY_ELLIPSIS = re.compile(r"\s*" + ELLIPSIS + r"\s*")
_PRESENT = re.compile(r"có mặt\s*:?\s*" + ELLIPSIS, re.IGNORECASE)
_ON_BEHALF = re.compile(r"\s*(?:TM|KT|Q|TL|TUQ)\.\s", re.IGNORECASE)


def datelines(doc: DocText) -> Iterator[tuple[Para, re.Match[str]]]:
    """The place-and-date lines: a paragraph that is only «<place>, ngày … tháng … năm …»."""
    for para, text in nonblank(doc):
        m = _DATELINE.fullmatch(text.strip())
        if m and not m.group("place").strip().casefold().startswith(("hôm nay", "vào")):
            yield para, m


def check_ellipsis(doc: DocText, facts: Facts) -> list[DocFinding]:
    """«…» left in a field whose value is known: the date line when the document's date is set,
    the signer's name when the signer is set, «có mặt: …» when the count gives those present."""
    found = []
    if facts.date_known:
        for para, m in datelines(doc):
            if any(re.fullmatch(ELLIPSIS, m.group(g)) for g in ("day", "month", "year")):
                found.append(
                    DocFinding("ellipsis", para.where, normal(m.group()), {"field": "date"})
                )
    if facts.signer:
        signing: set[tuple[str, int, int, int]] = set()
        for para, text in nonblank(doc):
            if _ON_BEHALF.match(text):
                signing.add(para.where.cell_id)
            elif para.where.cell_id in signing and _ONLY_ELLIPSIS.fullmatch(text):
                found.append(
                    DocFinding(
                        "ellipsis",
                        para.where,
                        normal(text),
                        {"field": "signer", "signer": facts.signer},
                    )
                )
    if facts.present is not None:
        for para, text in nonblank(doc):
            for m in _PRESENT.finditer(text):
                found.append(
                    DocFinding(
                        "ellipsis",
                        para.where,
                        quote(text, m.start(), m.end()),
                        {"field": "present", "present": str(facts.present)},
                    )
                )
    return found


# -- the place in the date line ------------------------------------------------------------------


def check_place(doc: DocText, facts: Facts) -> list[DocFinding]:
    """The place of the date line is where the issuing body sits: the ward for a ward's
    documents, the district for the district's (domain.md §6)."""
    accepted = {fold(p) for p in facts.places}
    found = []
    for para, m in datelines(doc):
        place = normal(m.group("place"))
        if fold(place) not in accepted:
            expected = " / ".join(sorted(facts.places))
            found.append(
                DocFinding(
                    "place", para.where, normal(m.group()), {"place": place, "expected": expected}
                )
            )
    return found


# -- the signature block -------------------------------------------------------------------------

STANDING = "BAN THƯỜNG TRỰC"
CONGRESS = "ĐẠI HỘI"
ON_BEHALF = {STANDING: "TM. BAN THƯỜNG TRỰC", CONGRESS: "TM. ĐOÀN CHỦ TỊCH"}
# Bodies of the congress that sign for themselves what they did (the count's minutes).
ALSO_SIGNS = {CONGRESS: ("TM. BAN KIỂM PHIẾU",)}


def issuer(doc: DocText) -> str | None:
    """The issuing body of the header block (STANDING or CONGRESS), or None if not recognised:
    the last capitalised line before «Số:»."""
    found = None
    for _, text in nonblank(doc):
        line = normal(text)
        if line.startswith("Số"):
            break
        if line == STANDING:
            found = STANDING
        elif line.startswith(CONGRESS + " ") and line == line.upper():
            found = CONGRESS
    return found


def check_signature(doc: DocText, facts: Facts) -> list[DocFinding]:
    """The «TM.» line matches the issuer («BAN THƯỜNG TRỰC» ↔ «TM. BAN THƯỜNG TRỰC»; «ĐẠI HỘI …»
    ↔ «TM. ĐOÀN CHỦ TỊCH»), and «TM. ĐOÀN CHỦ TỊCH» is not over «CHỦ TỊCH» (the Đoàn Chủ tịch
    has no chair)."""
    del facts
    body = issuer(doc)
    expected = ON_BEHALF.get(body) if body else None
    found = []
    items = list(nonblank(doc))
    for i, (para, text) in enumerate(items):
        line = normal(text).upper()
        if not line.startswith("TM."):
            continue
        if expected and body and line != expected and line not in ALSO_SIGNS.get(body, ()):
            found.append(
                DocFinding(
                    "signature",
                    para.where,
                    normal(text),
                    {"expected": expected, "issuer": body or ""},
                )
            )
        if line == ON_BEHALF[CONGRESS] and i + 1 < len(items):
            after, after_text = items[i + 1]
            if normal(after_text).upper() == "CHỦ TỊCH":
                found.append(
                    DocFinding(
                        "signature_chair",
                        after.where,
                        f"{normal(text)} / {normal(after_text)}",
                    )
                )
    return found


# -- «[CẦN VIẾT: …]» left in a final document -----------------------------------------------------

_TO_WRITE = re.compile(r"\[\s*CẦN\s+VIẾT[^\]]*\]?", re.IGNORECASE)
_DRAFT_MARK = re.compile(r"(?<!\w)DỰ THẢO(?!\w)")


def is_draft(doc: DocText) -> bool:
    """A draft says so: «DỰ THẢO» (capitals) printed anywhere, as `docs render` without
    ``--final`` prints it."""
    return any(_DRAFT_MARK.search(normal(text)) for _, text in nonblank(doc))


def to_write(doc: DocText) -> list[DocFinding]:
    """Each «[CẦN VIẾT: …]» the document still holds, wherever it is (the one source for
    `docs render --final` and `docs lint --generated`)."""
    return [
        DocFinding("to_write", para.where, normal(m.group()), {"placeholder": normal(m.group())})
        for para, text in nonblank(doc)
        for m in _TO_WRITE.finditer(text)
    ]


def check_to_write(doc: DocText, facts: Facts) -> list[DocFinding]:
    """«[CẦN VIẾT: …]» left in a final document. A draft (it prints «DỰ THẢO», or it is the
    officer's working draft in van-kien/: ``facts.working_draft``) may keep them: they say what
    is still to be written."""
    if facts.working_draft or is_draft(doc):
        return []
    return to_write(doc)


Check = Callable[[DocText, Facts], list[DocFinding]]

CHECKS: dict[str, Check] = {
    "level_word": check_level_words,
    "english": check_english,
    "number": check_numbers,
    "ellipsis": check_ellipsis,
    "place": check_place,
    "signature": check_signature,
    "to_write": check_to_write,
}


def lint_document(doc: DocText, facts: Facts) -> list[DocFinding]:
    """Every finding of every check, in the order of `CHECKS`."""
    return [finding for check in CHECKS.values() for finding in check(doc, facts)]
