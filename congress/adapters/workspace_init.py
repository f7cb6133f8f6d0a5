"""`congress init`: a new workspace with Vietnamese-commented files and blank forms, written whole.

Everything is built in a temporary folder beside the target and renamed into place at the end, so
an interrupted init leaves nothing half-written; the state database is written last, and a
failure there takes the folder away again.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from congress.adapters.congress_form import FORM_FILE as CONGRESS_FORM
from congress.adapters.congress_form import write_congress_form
from congress.adapters.docx_render import file_in_the_way
from congress.adapters.form_xlsx import FormSpec, write_form
from congress.adapters.tally_form import FORM_FILE as TALLY_FORM
from congress.adapters.tally_form import blank_values, write_tally_form
from congress.adapters.ward_facts_form import DEFAULT_ORGANISATIONS, WardFacts
from congress.adapters.ward_folder import PREVIOUS_FILE, PROPOSED_FILE, WARD_FILE
from congress.adapters.workspace import (
    OUT_DIR,
    STATE_DIR,
    UNIT_FILE,
    WARDS_DIR,
    WORKFLOW_FILE,
    slugify,
)
from congress.core.drafts import CongressFile
from congress.core.levels import DEFAULT_UNIT_TYPE, full_name, place_name, split_ward_name
from congress.core.ward import Unit
from congress.errors import CongressError, InputError, Problem


def _q(value: str) -> str:
    """A YAML scalar for any text (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


UNIT_TEMPLATE = """\
# ĐƠN VỊ CẤP TRÊN (quận/huyện, hoặc tỉnh sau sắp xếp) chỉ đạo đại hội các xã, phường.
# Sửa các dòng dưới đây; dòng bắt đầu bằng # là chú thích.

# Tên đơn vị.
unit: {unit}
# Cấp của đơn vị: quận, huyện, thị xã, thành phố hoặc tỉnh; để null thì văn bản ghi tên đơn vị
# đúng như dòng unit ở trên.
level: {level}
# Nhiệm kỳ.
term: {term}
# Đại hội lần thứ (số La Mã) của chính đơn vị này, nếu cần in trong văn bản; lần thứ của đại hội
# mỗi đơn vị cấp dưới ghi trong ward.yaml của đơn vị đó (đơn vị mới hợp nhất năm 2025: I).
ordinal: null
# Quy trình dùng cho các phường (tên có sẵn trong workflows/ hoặc đường dẫn tệp workflow.yaml).
workflow: {workflow}
# Phường đại hội điểm (tên thư mục trong wards/). Các phường khác chỉ được đại hội sau phường này.
pilot_ward: {pilot}
# Các tổ công tác và các phường mỗi tổ theo dõi (tên thư mục trong wards/).
working_groups:
{groups}
# Hạn chót: đến ngày này mọi phường phải tới bước đó (mã bước trong quy trình), dạng yyyy-mm-dd.
# Mỗi phường có thể ghi hạn riêng trong ward.yaml (khóa timeline).
timeline:
{timeline}
# Bài học kinh nghiệm rút ra từ đại hội điểm; mỗi phường khác phải xác nhận đã tiếp thu từng bài
# học (congress ward acknowledge PHƯỜNG MÃ --by … --note …) trước khi đại hội.
lessons: []
# Người ký các báo cáo gửi cấp trên (báo cáo tiến độ, báo cáo tổng hợp), ví dụ
#   signer: {{name: Nguyễn Văn A, title: Chủ tịch}}
# Để null thì chỗ ký tên trong văn bản để «…» cho người ký tự ghi.
signer: null
"""

WARD_TEMPLATE = """\
# THÔNG TIN PHƯỜNG dùng cho việc kiểm tra đề án nhân sự và các bước của quy trình.

# Tên đơn vị (không cần ghi chữ «phường», «xã» ở đầu, trừ tên là số như «Phường 5»).
ward: {ward}
# Loại đơn vị: xã, phường, thị trấn hoặc đặc khu.
unit_type: {unit_type}
# Đại hội lần thứ (số La Mã, ví dụ XVII; đơn vị mới hợp nhất năm 2025 bắt đầu lại từ I).
ordinal: null
# Đơn vị cấp trên.
unit: {unit}
# Bộ quy tắc; để trống thì dùng bộ quy tắc của quy trình.
ruleset: null
# Ngày đại hội dự kiến, dạng yyyy-mm-dd (dùng để tính tuổi).
congress_date: null
# Số lượng Ủy viên Ủy ban MTTQ phường dự kiến (ghi số; cần cho bước đề án nhân sự — để trống thì
# các quy tắc về số lượng và tỷ lệ tái cử ghi «chưa kiểm tra»).
planned_size: null
# Các tổ chức thành viên và các khu dân cư (tổ dân phố) của phường: cán bộ ghi ở trang «Tổ chức
# thành viên» và «Khu dân cư» của mẫu Excel thong-tin-dai-hoi.xlsx (để hai danh sách dưới đây
# trống). Người bảo trì có thể ghi ở đây, mỗi dòng «- Tên» hoặc
# «- {{name: Tên, aliases: [Tên tắt]}}»; ghi ở cả hai nơi mà khác nhau thì chương trình báo lỗi.
member_organisations: []
residential_areas: []
# Các tệp danh sách trong thư mục này (.xlsx, .xls, .ods hoặc .csv).
lists:
  # Danh sách dự kiến Ủy ban khóa mới.
  proposed: {proposed}
  # Danh sách Ủy ban khóa trước.
  previous: {previous}
# Hạn riêng của phường cho từng bước (ghi đè hạn chung trong unit.yaml), dạng yyyy-mm-dd.
timeline: {{}}
"""


def write_blank_forms(
    folder: Path,
    ward: str,
    details: CongressFile | None = None,
    people: Sequence[tuple[str, int | None]] = (),
    facts: WardFacts | None = None,
    *,
    force: bool = False,
) -> list[Path]:
    """The congress details form and the count's entry form, blank but for what is known: the
    ward's name, and (from `details`) the day, the ordinal and the counting board; the ward's
    organisations and areas (`facts`); the names put forward (`people`) in the count's
    committee table. An existing form is kept unless `force`."""
    details = details or CongressFile()
    written = []
    if force or not (folder / CONGRESS_FORM).exists():
        blank = details.model_copy(update={"ward": details.ward or ward})
        written.append(write_congress_form(folder / CONGRESS_FORM, blank, facts, force=force))
    if force or not (folder / TALLY_FORM).exists():
        ordinal = details.ordinal
        values = blank_values(ward=ward, date=details.date, ordinal=ordinal,
                              counting_board=details.counting_board, people=people,
                              committee_name=None)  # fmt: skip
        written.append(write_tally_form(folder / TALLY_FORM, values, force=force))
    return written


def write_workspace(
    target: Path,
    *,
    unit: str,
    term: str,
    workflow: str,
    wards: Sequence[str],
    pilot: str | None,
    level: str | None = None,
    unit_type: str | None = None,
    categories: Sequence[str] = (),
    stages: Sequence[str] = (),
    prepare: Callable[[Path, dict[str, str]], None] | None = None,
    register: Callable[[Path, dict[str, str]], None] | None = None,
    workflow_file: Path | None = None,
) -> dict[str, str]:
    """Create the workspace at `target` (which must not exist or be empty); slug -> name.

    `workflow_file`, a workflow of the officer's own, is copied into the workspace as
    ``workflow.yaml`` and unit.yaml names the copy: a workspace reads no file outside it.

    `prepare(folder, wards)` runs on the finished temporary folder before it is renamed into
    place; `register(folder, wards)` runs last, on the workspace in place (the state database is
    written there). A failure at any step — a folder that cannot be written, a full disk, the
    rename, the database refusing — takes the workspace away again (InputError for a file
    system's refusal, exit 2), so nothing is left behind.
    """
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise InputError(Problem("workspace.exists", file=str(target)))
    slugs: dict[str, str] = {}
    for name in wards:
        slug = slugify(name)
        if not slug or slug in slugs:
            # An empty folder name would put ward.yaml into wards/ itself; a repeated one would
            # silently merge two wards.
            other = slugs.get(slug, "")
            raise InputError(Problem("workspace.bad_ward_name", {"name": name, "other": other}))
        slugs[slug] = name
    pilot_slug = slugify(pilot) if pilot else None
    if pilot_slug is not None and pilot_slug not in slugs:
        raise InputError(Problem("workspace.pilot_not_listed", {"pilot": pilot}))
    existed = target.exists()
    with _undone_on_failure(target):
        if (blocker := file_in_the_way(target.parent)) is not None:
            raise InputError(Problem("workspace.blocked", {"blocker": str(blocker)}))
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            temp = Path(tempfile.mkdtemp(prefix=".congress-init-", dir=target.parent))
        except OSError as exc:
            raise _cannot_write(target.parent, exc) from exc
        try:
            _write_files(temp, slugs, unit=unit, term=term, workflow=workflow, pilot=pilot_slug,
                         level=level, unit_type=unit_type, categories=categories, stages=stages,
                         workflow_file=workflow_file)  # fmt: skip
            if prepare is not None:
                prepare(temp, slugs)
            if existed:
                target.rmdir()
            temp.rename(target)
        except BaseException as exc:
            shutil.rmtree(temp, ignore_errors=True)
            if existed and not target.exists():
                target.mkdir()  # the empty folder the officer made, as it was
            if isinstance(exc, OSError):
                raise _cannot_write(target, exc, temp) from exc
            raise
        try:
            if register is not None:
                register(target, slugs)
        except BaseException:
            _take_away(target, existed)
            raise
    return slugs


@contextmanager
def _undone_on_failure(target: Path) -> Iterator[None]:
    """A CongressError raised inside says, last, that nothing of the workspace was left."""
    try:
        yield
    except CongressError as error:
        problems = [p for p in error.problems if p.key != "docs.run_undone"]
        undone = Problem("workspace.init_undone", {"folder": str(target)})
        raise type(error)(*problems, undone) from error


def _cannot_write(folder: Path, exc: OSError, temp: Path | None = None) -> InputError:
    """The file system's refusal, naming the file as it would have been in the workspace."""
    where = exc.filename if isinstance(exc.filename, str) else str(folder)
    if temp is not None and Path(where).is_relative_to(temp):
        where = str(folder / Path(where).relative_to(temp))
    params = {"reason": exc.strerror or str(exc), "folder": str(folder)}
    return InputError(Problem("workspace.cannot_write", params, file=where))


def _take_away(target: Path, existed: bool) -> None:
    """The workspace just renamed into place, removed again (its registration failed): out of
    sight first under a hidden name, then deleted; the empty folder put back if there was one."""
    gone = target.parent / f".congress-init-undone-{uuid.uuid4().hex[:8]}"
    try:
        target.rename(gone)
    except OSError:
        gone = target
    shutil.rmtree(gone, ignore_errors=True)
    if existed and not target.exists():
        with contextlib.suppress(OSError):
            target.mkdir()


def _write_files(
    temp: Path,
    slugs: dict[str, str],
    *,
    unit: str,
    term: str,
    workflow: str,
    pilot: str | None,
    level: str | None,
    unit_type: str | None,
    categories: Sequence[str],
    stages: Sequence[str],
    workflow_file: Path | None,
) -> None:
    """unit.yaml, each ward's folder with its ward.yaml, forms and blank lists, out/ and the
    state folder, in the temporary folder `temp`."""
    if workflow_file is not None:
        shutil.copyfile(workflow_file, temp / WORKFLOW_FILE)
        workflow = WORKFLOW_FILE
    groups = "\n".join(
        [f"  - name: {_q('Tổ công tác số 1')}", "    wards: [" + ", ".join(slugs) + "]"]
    )
    (temp / UNIT_FILE).write_text(
        UNIT_TEMPLATE.format(
            unit=_q(unit),
            level=_q(level) if level else "null",
            term=_q(term),
            workflow=_q(workflow),
            pilot=_q(pilot) if pilot else "null",
            groups=groups if slugs else "  []",
            timeline="\n".join(f"  {stage}: null" for stage in stages) or "  {}",
        ),
        encoding="utf-8",
    )
    for slug, name in slugs.items():
        folder = temp / WARDS_DIR / slug
        folder.mkdir(parents=True)
        word, bare = split_ward_name(name)
        kind = unit_type or word or DEFAULT_UNIT_TYPE
        (folder / WARD_FILE).write_text(
            WARD_TEMPLATE.format(
                ward=_q(name if word is None or word != kind else place_name(kind, bare)),
                unit_type=_q(kind),
                unit=_q(unit),
                proposed=PROPOSED_FILE,
                previous=PREVIOUS_FILE,
            ),
            encoding="utf-8",
        )
        ward_name = name if word is None or word != kind else place_name(kind, bare)
        defaults = [Unit(name=n) for n in DEFAULT_ORGANISATIONS]
        write_blank_forms(folder, ward_name, facts=WardFacts(member_organisations=defaults))
        place = full_name(kind, bare if word == kind else name).upper()
        for file, subtitle in (
            (
                PROPOSED_FILE,
                f"DANH SÁCH DỰ KIẾN NHÂN SỰ ỦY BAN MTTQ VIỆT NAM {place}, NHIỆM KỲ {term}",
            ),
            (PREVIOUS_FILE, f"DANH SÁCH ỦY BAN MTTQ VIỆT NAM {place} KHÓA TRƯỚC"),
        ):
            choices = [*categories, *DEFAULT_ORGANISATIONS]
            spec = FormSpec(f"ỦY BAN MTTQ VIỆT NAM {place}", subtitle, choices,
                            previous=file == PREVIOUS_FILE)  # fmt: skip
            write_form(folder / file, spec, force=False)
    (temp / OUT_DIR).mkdir()
    (temp / STATE_DIR).mkdir()
