"""Messages of the officer's-path fixes: a final document still to be written, the tally's
identities as compared, the ward asked for as typed."""

from __future__ import annotations

from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
    "docs.final_to_write": {
        "vi": "bản chính thức còn chỗ chưa viết {placeholder}",
        "en": "the final copy still has a part to write: {placeholder}",
    },
    "docs.final_refused": {
        "vi": "Không ghi bản chính thức (--final): {count} chỗ «[CẦN VIẾT: …]» chưa viết. Viết các "
        "nội dung đó vào biểu mẫu/tệp được nêu trong từng chỗ rồi chạy lại; hoặc bỏ --final để in "
        "bản DỰ THẢO. Chưa tệp nào được ghi.",
        "en": "The final copy (--final) was not written: {count} «[CẦN VIẾT: …]» still to write. "
        "Write them in the form/file each one names and run again; or drop --final for a DỰ THẢO "
        "copy. No file was written.",
    },
    "lint.gen_to_write": {
        "vi": "bản chính thức (không có «DỰ THẢO») còn chỗ chưa viết {placeholder}.",
        "en": "a final copy (no «DỰ THẢO») still has a part to write: {placeholder}.",
    },
    "lint.gen_to_write_hint": {
        "vi": "Viết nội dung đó (chỗ ghi trong ngoặc nói viết ở đâu) rồi in lại bằng «congress docs "
        "render PHƯỜNG --final». Bản dự thảo (có chữ «DỰ THẢO») được để lại các chỗ này.",
        "en": "Write it (the bracket says where) and render again with «congress docs render WARD "
        "--final». A draft (marked «DỰ THẢO») may keep them.",
    },
}
