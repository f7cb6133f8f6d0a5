"""Every command's help: fully Vietnamese (Click's own words too), an example in each, and
English with --lang en. The test walks the whole command tree, so a new command is covered."""

from __future__ import annotations

import re

import click
import pytest

from congress.cli.localise import command_key, option_key
from congress.cli.main import cli
from congress.messages import CATALOGUE
from tests.cli_helpers import run


def every_command(
    command: click.Command = cli, path: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], click.Command]]:
    found = [(path, command)]
    if isinstance(command, click.Group):
        # as Click walks it for --help: the top-level commands load when named (cli/lazy.py)
        ctx = click.Context(command)
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            assert sub is not None, f"{' '.join((*path, name))} is listed but does not load"
            found += every_command(sub, (*path, name))
    return found


COMMANDS = every_command()
IDS = [" ".join(path) or "congress" for path, _ in COMMANDS]
# Click's English words, and its English placeholders, that must not reach a Vietnamese reader
ENGLISH = ["Usage:", "Options:", "Commands:", "Show this message and exit.", "Show the version",
           "[OPTIONS]", "COMMAND [ARGS]", "[required]", "[default:", " TEXT", " PATH", " INTEGER",
           "Examples:", "Error:", " DIRECTORY", " FILE"]  # fmt: skip


def test_the_walk_finds_every_command() -> None:
    assert len(COMMANDS) >= 25
    assert ("ward", "advance") in [p for p, _ in COMMANDS]


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=IDS)
def test_every_command_and_option_has_its_text_in_both_languages(
    path: tuple[str, ...], command: click.Command
) -> None:
    key = command_key(path)
    assert key in CATALOGUE, f"add {key} to congress/messages/help_texts.py"
    assert "\b\nVí dụ:\n  congress" in CATALOGUE[key]["vi"], key
    assert "\b\nExamples:\n  congress" in CATALOGUE[key]["en"], key
    for param in command.params:
        if isinstance(param, click.Option) and param.name != "help":
            assert option_key(path, param.name or "") is not None, (key, param.name)


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=IDS)
def test_vietnamese_help_has_no_english_and_an_example(
    capsys: pytest.CaptureFixture[str], path: tuple[str, ...], command: click.Command
) -> None:
    result = run(capsys, *path, "--help")
    assert result.code == 0, result.err
    text = result.out
    assert text.startswith("Cách dùng: congress")
    assert [word for word in ENGLISH if word in text] == []
    assert "Tùy chọn:" in text and "In hướng dẫn này rồi thoát." in text
    if isinstance(command, click.Group):
        assert "Lệnh:" in text
    example = re.search(r"Ví dụ:\n((?:    .*\n?)+)", text)
    assert example, text
    assert f"congress {' '.join(path)}".strip() in example.group(1)


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=IDS)
def test_english_help_with_lang_en(
    capsys: pytest.CaptureFixture[str], path: tuple[str, ...], command: click.Command
) -> None:
    result = run(capsys, *path, "--help", "--lang", "en")
    assert result.code == 0, result.err
    text = result.out
    assert text.startswith("Usage: congress") and "Options:" in text and "Examples:" in text
    for word in ("Cách dùng", "Tùy chọn", "Ví dụ", "In hướng dẫn", "bắt buộc", "mặc định"):
        assert word not in text
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help == CATALOGUE[option_key(path, param.name or "") or ""]["en"]
            assert param.help in " ".join(text.split()) or len(param.help) > 40


def test_click_errors_in_vietnamese_and_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    bogus = run(capsys, "ward", "status", "--bogus")
    assert bogus.code == 2
    assert "Lỗi: không có tùy chọn '--bogus'." in bogus.err
    assert "Xem hướng dẫn: «congress ward status --help»." in bogus.err
    assert "Error" not in bogus.err and "Usage" not in bogus.err
    missing = run(capsys, "ward", "check")
    assert missing.code == 2 and "Lỗi: Thiếu tham số 'PHƯỜNG'." in missing.err
    unknown = run(capsys, "wrd")
    assert unknown.code == 2 and "Lỗi: không có lệnh 'wrd'." in unknown.err
    choice = run(capsys, "init", "x", "--unit", "Quận A", "--level", "làng")
    assert choice.code == 2 and "không phải là một trong" in choice.err
    number = run(capsys, "district", "run", "--workers", "abc")
    assert "Lỗi: Giá trị không dùng được cho '--workers': 'abc' không phải là một số." in number.err
    english = run(capsys, "ward", "status", "--bogus", "--lang", "en")
    assert "Error: No such option '--bogus'." in english.err
    assert "Try 'congress ward status --help' for help." in english.err


def test_version_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    from congress import __version__

    assert run(capsys, "--version").out.strip() == f"congress, phiên bản {__version__}"
    english = run(capsys, "--version", "--lang", "en").out.strip()
    assert english == f"congress, version {__version__}"
