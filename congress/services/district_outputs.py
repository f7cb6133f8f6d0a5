"""The district run's outputs: the dashboard, the aggregate workbook, the two reports upward."""

from __future__ import annotations

from pathlib import Path

from congress.core.district import DistrictReport
from congress.core.levels import place_name, split_unit_name
from congress.errors import CongressError, InputError, Problem
from congress.services.workspace import Workspace


def _ward_kinds(ws: Workspace) -> dict[str, str]:
    """Each ward's type (xã, phường, …) by its name, as its ward.yaml says; a ward that cannot
    be read is left out (its checks already say why). A report of `district_report` carries
    them, from its workers (`WardOutcome.kind`)."""
    kinds = {}
    for slug in ws.files.wards:
        try:
            ward = ws.ward(slug).ward()
        except CongressError:
            continue
        kinds[ward.ward] = ward.kind
    return kinds


def prepare_outputs() -> None:
    """Load the outputs' libraries (the workbook's, the documents') and compile the reports'
    templates: `district run` has `district_report` call it once the workers are busy, so that
    this part of `write_outputs` (≈ 0.5 s) is not done at the end while they wait idle."""
    from congress.adapters import aggregate_xlsx, dashboard_html  # noqa: F401  (loaded now)
    from congress.core.district_context import DISTRICT_DOCUMENTS
    from congress.services.district_pool import templates

    for doc, spec in DISTRICT_DOCUMENTS.items():
        templates().get(doc, spec.template)


def write_outputs(ws: Workspace, report: DistrictReport) -> dict[str, str]:
    """The dashboard, the aggregate workbook and the two reports upward, into ``out/``."""
    from congress.adapters.aggregate_xlsx import write_aggregate_xlsx
    from congress.adapters.dashboard_html import write_dashboard
    from congress.adapters.docx_render import write_atomically
    from congress.core.district_context import DISTRICT_DOCUMENTS, district_context, ward_words
    from congress.core.text import xml_safe
    from congress.services.district_pool import templates

    out = ws.files.out
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(
            Problem("docs.unwritable", {"reason": exc.strerror or str(exc)}, file=str(out))
        ) from exc
    ward_kinds = report.ward_kinds if report.ward_kinds is not None else _ward_kinds(ws)
    wards_word = ward_words(list(ward_kinds.values()))["wards_word"]
    written = {
        "dashboard": write_dashboard(out / "dashboard.html", report, ws.lang),
        "xlsx": write_aggregate_xlsx(out / "tong-hop-ket-qua.xlsx", report, wards_word),
    }
    unit = ws.files.unit
    level = unit.level
    word, bare = split_unit_name(unit.unit)
    place = place_name(level, bare if word is None or word == level else unit.unit)
    for doc, spec in DISTRICT_DOCUMENTS.items():
        template = templates().get(doc, spec.template)  # compiled by `prepare_outputs` already
        data = xml_safe(
            district_context(
                doc,
                report,
                term=unit.term,
                place=place,
                draft=True,
                level=level,
                ward_kinds=ward_kinds,
                signer=ws.files.unit.signer,
            )
        )
        target = out / spec.template
        write_atomically(target, template.render(data))
        written[doc] = target
    return {k: str(Path(v).relative_to(ws.files.root)) for k, v in written.items()}
