"""Words that name figures: denominators, and why a figure could not be computed."""

from __future__ import annotations

from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
    # findings stored before the start-of-term baseline (previous_start) name this one
    "denominator.previous": {
        "vi": "số Ủy viên khóa trước",
        "en": "the outgoing committee's size",
    },
    "denominator.convened": {
        "vi": "số đại biểu được triệu tập",
        "en": "the delegates convened",
    },
    "denominator.present": {"vi": "số đại biểu có mặt", "en": "the delegates present"},
    "denominator.members_present": {
        "vi": "số Ủy viên có mặt",
        "en": "the committee members present",
    },
    "denominator.members": {
        "vi": "số Ủy viên Ủy ban khóa mới",
        "en": "the members of the new committee",
    },
    "denominator.valid": {"vi": "số phiếu hợp lệ", "en": "the valid ballots"},
    "denominator.total": {"vi": "tổng số", "en": "the total"},
    "reason.no_previous_list": {
        "vi": "chưa có danh sách Ủy ban khóa trước",
        "en": "the outgoing committee's list was not given",
    },
    "reason.no_start_of_term_members": {
        "vi": "danh sách Ủy ban khóa trước không có Ủy viên nào từ đầu nhiệm kỳ "
        "(mọi người đều được đánh dấu bổ sung giữa nhiệm kỳ)",
        "en": "the outgoing committee's list has no member from the start of its term "
        "(everyone is marked as added mid-term)",
    },
}
