"""Messages of the officer's Word drafts used as the congress documents (`docs render`)."""

from __future__ import annotations

from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
    "ui.doc_word": {
        "vi": "Dùng bản Word của phường (không tạo lại): {path}",
        "en": "The ward's own Word draft is used (not rendered again): {path}",
    },
}
