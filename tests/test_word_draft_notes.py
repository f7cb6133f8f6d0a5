"""The sentences an officer writes where `docs draft` left a placeholder under a table (the
action programme's tasks, the new term's targets) are read as notes, not as one more task or
target; the same passages without a table still count."""

from __future__ import annotations

from pathlib import Path

from congress.adapters.word_reader import read_word
from congress.core.drafts import DraftsFile
from congress.core.word_drafts import from_files
from tests import word_corpus as wc
from tests.test_word_drafts import CLEAN, ORGS, by_rule, failed, word_findings, write


def test_a_note_under_the_table_of_tasks_is_no_task(tmp_path: Path) -> None:
    """The sentence an officer writes under the tasks' table (where `docs draft` left its
    placeholder) does not turn the section's heading into a vague task of its own."""

    def note(kind: str, w: wc.Writer) -> None:
        if kind == "action_programme":
            closing = wc.find(w, "II. Chương trình")
            closing.insert_paragraph_before("Đại hội giao 8 nhiệm vụ trên cho Ủy ban khóa mới.")

    got = by_rule(word_findings(write(tmp_path, CLEAN, "styles", edit=note)))
    [specific] = got["action_items_specific"]
    assert specific.ok and specific.actual["of"] == 8  # type: ignore[index]

    # a heading with its labelled lines beside the table is still a task, checked as one
    def labelled(kind: str, w: wc.Writer) -> None:
        if kind == "action_programme":
            closing = wc.find(w, "II. Chương trình")
            closing.insert_paragraph_before("Thời gian: năm 2025")

    [vague] = failed(
        word_findings(write(tmp_path, CLEAN, "styles", edit=labelled)), "action_items_specific"
    )
    assert vague.actual["tasks"] == [  # type: ignore[index]
        {"task": "I. Nhiệm vụ trọng tâm", "lacks": ["target", "owner"]}
    ]


def test_a_sentence_under_the_new_targets_table_is_no_target(tmp_path: Path) -> None:
    """The new term's targets are the table's rows: a sentence with them (where `docs draft` left
    its placeholder) is not one more target for the resolution; without a table, each paragraph
    of the section is a target."""

    def sentence(kind: str, w: wc.Writer) -> None:
        if kind == "political_report":
            wc.find(w, "III. Nhiệm vụ").insert_paragraph_before("Phấn đấu đạt 7 chỉ tiêu trên.")

    paths = write(tmp_path, CLEAN, "styles", edit=sentence)
    read = from_files(DraftsFile(), [read_word(p) for p in paths], ORGS).drafts
    assert read.political_report.new_targets == CLEAN.political_report.new_targets
    targets = CLEAN.political_report.new_targets[:2]

    def paragraphs(kind: str, w: wc.Writer) -> None:
        if kind == "political_report":
            table = w.doc.tables[-1]
            for target in targets:
                table._element.addprevious(w.doc.add_paragraph(f"{target.name}: {target.value}")._p)
            table._element.getparent().remove(table._element)

    paths = write(tmp_path / "paragraphs", CLEAN, "styles", edit=paragraphs)
    read = from_files(DraftsFile(), [read_word(p) for p in paths], ORGS).drafts
    assert [t.name for t in read.political_report.new_targets] == [
        f"{t.name}: {t.value}" for t in targets
    ]
