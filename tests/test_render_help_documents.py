"""`docs render --help` names every document `docs render` accepts (the help is a catalogue
text: this test keeps it and `DOCUMENTS` together)."""

from __future__ import annotations

import re

import pytest

from congress.core.doc_context import DOCUMENTS
from tests.cli_helpers import run


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_render_help_names_every_document(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    result = run(capsys, "--lang", lang, "docs", "render", "--help")
    assert result.code == 0
    named = set(re.findall(r"\b[a-z]+(?:_[a-z]+)+\b", result.out))
    missing = [doc for doc in DOCUMENTS if doc not in named and doc not in result.out.split()]
    assert not missing, missing
    assert {"bien_ban_hoi_nghi_thu_nhat", "quyet_dinh_cong_nhan", "bao_cao_ket_qua"} <= named
