"""The documents the tool produces (their template file, type line, number symbol, issuer), by id.

A table on its own, without the builders of `doc_context`: a workflow definition names its
documents by these ids, and checking those names (every command that opens a workspace) should
not load everything the documents are built from.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DocSpec:
    """A document the tool produces: its template file, type line, number symbol, issuer."""

    id: str
    template: str
    doc_type: str
    symbol: str
    by_congress: bool
    title: str


DOCUMENTS: dict[str, DocSpec] = {
    d.id: d
    for d in (
        DocSpec("ke_hoach", "ke-hoach.docx", "KẾ HOẠCH", "KH-MTTQ-BTT", False, "Kế hoạch tổ chức Đại hội"),
        DocSpec("bao_cao_chinh_tri", "bao-cao-chinh-tri.docx", "BÁO CÁO CHÍNH TRỊ", "BC-ĐH", True, "Báo cáo chính trị"),
        DocSpec("chuong_trinh_hanh_dong", "chuong-trinh-hanh-dong.docx", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "CTr-ĐH", True, "Chương trình hành động"),
        DocSpec("bao_cao_kiem_diem", "bao-cao-kiem-diem.docx", "BÁO CÁO KIỂM ĐIỂM", "BC-MTTQ-BTT", False, "Báo cáo kiểm điểm"),
        DocSpec("de_an_nhan_su", "de-an-nhan-su.docx", "ĐỀ ÁN", "ĐA-MTTQ-BTT", False, "Đề án nhân sự"),
        DocSpec("to_trinh", "to-trinh.docx", "TỜ TRÌNH", "TTr-MTTQ-BTT", False, "Tờ trình đề án nhân sự"),
        DocSpec("chuong_trinh_dai_hoi", "chuong-trinh-dai-hoi.docx", "CHƯƠNG TRÌNH", "CTr-ĐH", True, "Chương trình Đại hội"),
        DocSpec("kich_ban", "kich-ban-dieu-hanh.docx", "KỊCH BẢN ĐIỀU HÀNH", "KB-ĐH", True, "Kịch bản điều hành Đại hội"),
        DocSpec("danh_sach_doan_dai_bieu", "danh-sach-doan-dai-bieu.docx", "DANH SÁCH", "DS-ĐH", True, "Danh sách đoàn đại biểu"),
        DocSpec("bien_ban", "bien-ban.docx", "BIÊN BẢN", "BB-ĐH", True, "Biên bản Đại hội"),
        DocSpec("bien_ban_kiem_phieu", "bien-ban-kiem-phieu.docx", "BIÊN BẢN KIỂM PHIẾU", "BB-ĐH", True, "Biên bản kiểm phiếu, biểu quyết"),
        DocSpec("nghi_quyet", "nghi-quyet.docx", "NGHỊ QUYẾT", "NQ-ĐH", True, "Nghị quyết Đại hội"),
        DocSpec("bien_ban_hoi_nghi_thu_nhat", "bien-ban-hoi-nghi-thu-nhat.docx", "BIÊN BẢN", "BB-MTTQ", False, "Biên bản Hội nghị lần thứ nhất Ủy ban khóa mới"),
        DocSpec("quyet_dinh_cong_nhan", "quyet-dinh-cong-nhan.docx", "QUYẾT ĐỊNH", "QĐ-MTTQ-BTT", False, "Quyết định công nhận Ban Thường trực"),
        DocSpec("bao_cao_ket_qua", "bao-cao-ket-qua.docx", "BÁO CÁO", "BC-MTTQ-BTT", False, "Báo cáo kết quả Đại hội"),
    )
}  # fmt: skip
