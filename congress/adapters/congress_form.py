"""The congress details as an Excel form (`thong-tin-dai-hoi.xlsx`): what `congress.yaml` holds.

One sheet per table, Vietnamese headers, drop-downs where a value comes from a list. `build` writes
the form from a `CongressFile` (blank but for what the tool knows, or converted from YAML);
`read_congress_form` reads it back into the same `CongressFile` the YAML gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from congress.adapters.form_book import (
    Col,
    Problems,
    TableSheet,
    instructions,
    open_book,
    read_table,
    require_sheets,
    save_book,
    to_count,
    to_date,
    write_table,
)
from congress.adapters.sheet_read import Book
from congress.adapters.ward_facts_form import FACT_SHEETS, WardFacts, fact_rows
from congress.adapters.xlsx_cells import Cell
from congress.adapters.yaml_files import _reason
from congress.core import details_form
from congress.core.congress_file import CongressFile
from congress.core.details_form import GENERAL
from congress.core.doc_specs import DOCUMENTS
from congress.core.text import header_key
from congress.i18n import t

if TYPE_CHECKING:  # openpyxl (slow to import) only when the form is written
    from openpyxl import Workbook

FORM_FILE = details_form.FORM_FILE
GUIDE = "Hướng dẫn"

ROLES = {
    "presidium": "Đoàn Chủ tịch",
    "secretariat": "Đoàn Thư ký",
    "counting_board": "Ban Kiểm phiếu",
}
SESSIONS = {"internal": "Phiên nội bộ", "official": "Phiên chính thức"}
KINDS = {"official": "Chính thức", "alternate": "Dự khuyết"}
HEAD, MEMBER = "Trưởng tiểu ban", "Thành viên"
# The votes a script part may name besides the items of the count (their «Mã»).
VOTES = {"presidium": "Đoàn Chủ tịch", "secretariat": "Đoàn Thư ký", "committee": "Ủy ban khóa mới",
         "official": "Đại biểu chính thức", "alternate": "Đại biểu dự khuyết"}  # fmt: skip
DOC_TITLES = {spec.id: spec.title for spec in DOCUMENTS.values()}

SHEETS: dict[str, TableSheet] = {
    s.name: s
    for s in (
        TableSheet("Thông tin chung", "THÔNG TIN CHUNG VỀ ĐẠI HỘI",
                   "Ghi nội dung vào cột «Nội dung»; không sửa cột «Mục». Ô nhiều đoạn: "
                   "Alt+Enter để xuống dòng, một dòng trống giữa hai đoạn.",
                   (Col("label", "Mục", 48), Col("value", "Nội dung", 100, "para"))),
        TableSheet("Tiến độ", "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH", "Mỗi bước một dòng, theo thứ tự thời gian.",
                   (Col("when", "Thời gian", 22), Col("task", "Công việc", 70),
                    Col("owner", "Người thực hiện", 40))),
        TableSheet("Tiểu ban", "CÁC TIỂU BAN GIÚP VIỆC ĐẠI HỘI",
                   "Mỗi người một dòng; ghi tên tiểu ban ở mọi dòng; nhiệm vụ ghi ở một dòng.",
                   (Col("name", "Tiểu ban", 28), Col("role", "Vai trò", 18, "choice", (HEAD, MEMBER)),
                    Col("person", "Họ tên, chức vụ", 55), Col("tasks", "Nhiệm vụ của tiểu ban", 60, "para"))),
        TableSheet("Nhân sự điều hành", "ĐOÀN CHỦ TỊCH, ĐOÀN THƯ KÝ, BAN KIỂM PHIẾU",
                   "Mỗi người một dòng; phần việc của từng thành viên Đoàn Chủ tịch ghi ở trang «Kịch bản».",
                   (Col("name", "Họ và tên", 32),
                    Col("role", "Thuộc", 20, "choice", tuple(ROLES.values())))),
        TableSheet("Kịch bản", "KỊCH BẢN ĐIỀU HÀNH ĐẠI HỘI",
                   "Theo thứ tự thời gian; phần nào cũng phải có người thực hiện. «Biểu quyết»: mã "
                   "nội dung ở trang «Nhập lần 1» của phiếu kiểm phiếu, hoặc " + ", ".join(VOTES.values())
                   + "; nhiều mục cách nhau dấu phẩy.",
                   (Col("time", "Giờ", 9), Col("session", "Phiên", 18, "choice", tuple(SESSIONS.values())),
                    Col("part", "Nội dung", 45), Col("person", "Người thực hiện", 28),
                    Col("words", "Lời dẫn", 70, "para"), Col("votes", "Biểu quyết", 28))),
        TableSheet("Tham luận", "THAM LUẬN TẠI ĐẠI HỘI", "Mỗi tham luận một chủ đề riêng, không trùng nhau.",
                   (Col("speaker", "Người trình bày", 28), Col("organisation", "Đơn vị", 40),
                    Col("topic", "Chủ đề", 60))),
        TableSheet("Đoàn đại biểu", "ĐOÀN ĐẠI BIỂU DỰ ĐẠI HỘI CẤP TRÊN",
                   "Đại biểu chính thức và dự khuyết là hai danh sách riêng: chọn ở cột «Loại».",
                   (Col("name", "Họ và tên", 30), Col("position", "Chức vụ, đơn vị công tác", 60),
                    Col("kind", "Loại", 14, "choice", tuple(KINDS.values())))),
        TableSheet("Văn bản", "SỐ VÀ NGÀY BAN HÀNH CÁC VĂN BẢN",
                   "Văn bản chưa ban hành thì để trống. Số: chỉ phần số (ví dụ 05).",
                   (Col("doc", "Văn bản", 44, "choice", tuple(DOC_TITLES.values())),
                    Col("number", "Số", 10, "code"), Col("date", "Ngày ban hành", 16, "date"))),
        TableSheet("Nơi nhận", "NƠI NHẬN CÁC VĂN BẢN", "Mỗi nơi nhận một dòng («Lưu: VT» tự thêm).",
                   (Col("name", "Nơi nhận", 60),)),
    )
}  # fmt: skip

GUIDE_LINES = (
    "Cán bộ chỉ cần điền mẫu Excel này (cùng các mẫu khác trong thư mục của phường); các trang "
    "«Tổ chức thành viên» và «Khu dân cư» ghi danh sách đơn vị của phường. Mỗi trang là "
    "một bảng; không đổi tên trang, không đổi tên hay xóa cột, không gộp ô.",
    "Trang «Thông tin chung»: lần thứ, ngày, địa điểm Đại hội, các phần của Kế hoạch và Đề án nhân "
    "sự, người ký. Ngày ghi dd/mm/yyyy. Tên phường, ngày và lần thứ phải khớp với mục «I. THÔNG TIN "
    "CHUNG» của phiếu kiểm phiếu (kiem-phieu.xlsx, trang «Nhập lần 1»); Ban Kiểm phiếu ở trang "
    "«Nhân sự điều hành» phải khớp với Ban Kiểm phiếu ghi ở đó: chương trình đối chiếu và báo lỗi "
    "nếu khác.",
    "Trang «Nhân sự điều hành»: Đoàn Chủ tịch, Đoàn Thư ký, Ban Kiểm phiếu (chọn ở cột «Thuộc»).",
    "Trang «Kịch bản»: mỗi phần việc một dòng; mỗi thành viên Đoàn Chủ tịch phải có phần việc.",
    "Trang «Tổ chức thành viên» và «Khu dân cư»: các tổ chức thành viên và các khu dân cư (tổ "
    "dân phố) của phường, mỗi đơn vị một dòng; tên gọi khác, tên viết tắt cách nhau dấu «;». "
    "Cần để kiểm tra mỗi tổ chức, mỗi khu dân cư có người đại diện; tên trong cột «Cơ cấu» của "
    "danh sách nhân sự phải là một trong các tên này.",
    "Trang «Tham luận», «Đoàn đại biểu», «Văn bản», «Nơi nhận», «Tiến độ», «Tiểu ban»: mỗi mục một dòng.",
    "Kiểm tra: congress docs check PHƯỜNG; tạo văn kiện: congress docs render PHƯỜNG.",
    "In: mỗi trang in khổ A4 ngang, vừa chiều rộng, dòng tiêu đề lặp lại ở mỗi trang giấy.",
    "(Dành cho người bảo trì: mẫu này tương ứng tệp congress.yaml; tên phường, ngày, lần thứ còn "
    "được đối chiếu với ward.yaml.)",
)


def _get(model: CongressFile, dotted: str) -> Any:
    value: Any = model
    for part in dotted.split("."):
        value = getattr(value, part)
    return value


def _lines(value: Any) -> Cell:
    if isinstance(value, list):
        return "\n".join(value) or None
    return value if value not in ("", None) else None


def build(details: CongressFile, facts: WardFacts | None = None) -> Workbook:
    """The form holding `details` (an empty `CongressFile` for a blank form) and the ward's
    organisations and areas `facts` (none: blank sheets)."""
    from openpyxl import Workbook  # slow to import: only when a form is written

    book = Workbook()
    instructions(book, GUIDE, "MẪU THÔNG TIN ĐẠI HỘI — HƯỚNG DẪN", GUIDE_LINES)
    rows: dict[str, list[dict[str, Cell]]] = {
        "Thông tin chung": [{"label": label, "value": _cell(_get(details, key))}
                            for key, label, _ in GENERAL],
        "Tiến độ": [s.model_dump() for s in details.plan_timeline],
        "Tiểu ban": _subcommittee_rows(details),
        "Nhân sự điều hành": [{"name": n, "role": ROLES[k]} for k in ROLES
                              for n in getattr(details, k)],
        "Kịch bản": [{"time": p.time, "session": SESSIONS.get(p.session, p.session), "part": p.part,
                      "person": p.person, "words": _cell(p.words),
                      "votes": ", ".join(VOTES.get(v, v) for v in p.votes) or None}
                     for p in details.script],
        "Tham luận": [s.model_dump() for s in details.speeches],
        "Đoàn đại biểu": [{"name": d.name, "position": d.position, "kind": KINDS[k]}
                          for k in KINDS for d in getattr(details.delegation, k)],
        "Văn bản": [{"doc": DOC_TITLES.get(k, k), "number": d.number, "date": d.date}
                    for k, d in details.documents.items()],
        "Nơi nhận": [{"name": r} for r in details.recipients],
    }  # fmt: skip
    for name, spec in SHEETS.items():
        write_table(book, spec, rows[name])
    facts = facts or WardFacts()
    for key, spec in FACT_SHEETS.items():
        write_table(book, spec, fact_rows(facts.get(key)))
    return book


def _cell(value: Any) -> Cell:
    if isinstance(value, list):
        return _lines(value)
    if hasattr(value, "isoformat"):
        return value  # type: ignore[no-any-return]
    if isinstance(value, str):
        return value.strip() or None
    return value  # type: ignore[no-any-return]


def _subcommittee_rows(details: CongressFile) -> list[dict[str, Cell]]:
    rows: list[dict[str, Cell]] = []
    for s in details.plan_subcommittees:
        people: list[tuple[str | None, str | None]] = [(HEAD, s.head)] if s.head else []
        people = people + [(MEMBER, m) for m in s.members] or [(None, None)]
        for i, (role, person) in enumerate(people):
            tasks = _cell(s.tasks) if i == 0 else None
            rows += [{"name": s.name, "role": role, "person": person, "tasks": tasks}]
    return rows


def write_congress_form(
    path: Path, details: CongressFile, facts: WardFacts | None = None, *, force: bool = False
) -> Path:
    return save_book(path, build(details, facts), force=force)


# -- reading ----------------------------------------------------------------------------------


def read_congress_form(path: Path, book: Book | None = None) -> CongressFile:
    """The form at `path` (`book`, when already open) as the `CongressFile` the YAML would
    give; every bad cell named."""
    book = book or open_book(path)
    out = Problems(path)
    require_sheets(book, list(SHEETS), out)
    tables = {name: read_table(book, spec, out) for name, spec in SHEETS.items()}
    out.raise_if_any()
    data: dict[str, Any] = {}
    cells: dict[str, tuple[str, int]] = {}
    _general(tables["Thông tin chung"], data, cells, out)
    data["plan_timeline"] = [v for _, v in tables["Tiến độ"]]
    data["plan_subcommittees"] = _subcommittees(tables["Tiểu ban"])
    for key, role in ROLES.items():
        data[key] = [
            v["name"] for _, v in tables["Nhân sự điều hành"] if v["role"] == role and v["name"]
        ]
    by_session = {label: key for key, label in SESSIONS.items()}
    by_vote = {header_key(label): key for key, label in VOTES.items()}
    data["script"] = [
        {"time": v["time"], "part": v["part"], "person": v["person"],
         "session": by_session.get(v["session"] or "", "official"), "words": v["words"] or None,
         "votes": [by_vote.get(header_key(x), x.strip()) for x in (v["votes"] or "").split(",")
                   if x.strip()]}
        for _, v in tables["Kịch bản"]
    ]  # fmt: skip
    data["speeches"] = [v for _, v in tables["Tham luận"]]
    by_kind = {label: key for key, label in KINDS.items()}
    delegation: dict[str, list[dict[str, Any]]] = {"official": [], "alternate": []}
    for _, v in tables["Đoàn đại biểu"]:
        kind = by_kind.get(v["kind"] or "", "official")
        delegation[kind] += [{"name": v["name"], "position": v["position"]}]
    data["delegation"] = delegation
    by_title = {title: key for key, title in DOC_TITLES.items()}
    data["documents"] = {by_title[v["doc"]]: {"number": v["number"] or None, "date": v["date"]}
                         for _, v in tables["Văn bản"] if v["doc"]}  # fmt: skip
    data["recipients"] = [v["name"] for _, v in tables["Nơi nhận"]]
    return _validated(data, cells, out)


def _general(
    rows: Sequence[tuple[int, dict[str, Any]]], data: dict[str, Any],
    cells: dict[str, tuple[str, int]], out: Problems,
) -> None:  # fmt: skip
    sheet = "Thông tin chung"
    by_label = {header_key(label): (key, kind) for key, label, kind in GENERAL}
    seen = set()
    for row, v in rows:
        found = by_label.get(header_key(v["label"] or ""))
        if found is None:
            continue
        key, kind = found
        seen.add(key)
        cells[key] = (sheet, row)
        value: Any = v["value"] or None
        if value is not None and kind != "para":
            value = " ".join(value.split())
        if value is not None and kind in ("count", "date"):
            value = (to_count if kind == "count" else to_date)(value)
            if isinstance(value, str):
                out.add(value, sheet, row, 2, "Nội dung", shown=v["value"])
                continue
        if key == "personnel_scheme.process":
            value = [line.strip() for line in (value or "").split("\n") if line.strip()]
        _put(data, key, value)
    for key, label, _ in GENERAL:
        if key not in seen:
            out.add("form.missing_label", sheet, None, 1, "Mục", label=label)
    out.raise_if_any()


def _put(data: dict[str, Any], dotted: str, value: Any) -> None:
    parts = dotted.split(".")
    for part in parts[:-1]:
        data = data.setdefault(part, {})
    if value is None or value == []:
        return
    data[parts[-1]] = value


def _subcommittees(rows: Sequence[tuple[int, dict[str, Any]]]) -> list[dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for _, v in rows:
        name = v["name"] or ""
        item = found.setdefault(name, {"name": name, "head": "", "members": [], "tasks": None})
        if v["role"] == HEAD and v["person"]:
            item["head"] = v["person"]
        elif v["person"]:
            item["members"] += [v["person"]]
        if v["tasks"] and not item["tasks"]:
            item["tasks"] = v["tasks"]
    return list(found.values())


def _validated(
    data: dict[str, Any], cells: dict[str, tuple[str, int]], out: Problems
) -> CongressFile:
    try:
        return CongressFile.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            loc = ".".join(str(p) for p in error["loc"])
            sheet, row = cells.get(loc, ("Thông tin chung", 0))
            key, params = _reason(error, CongressFile)
            out.add(
                "form.invalid", sheet, row or None, None, field=loc, reason=t(key, None, **params)
            )
        out.raise_if_any()
        raise
