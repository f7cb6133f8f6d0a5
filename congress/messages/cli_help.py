"""What the command line itself says: Click's own words (headings, errors) in Vietnamese.

The keys `click.*` hold Click's message templates: the English text is Click's own msgid, the
Vietnamese keeps its placeholders (Click fills them: `{name!r}`, `%(prog)s`). The help of every
command and option is in `congress.messages.help_texts`.
"""

from __future__ import annotations

from congress.messages.types import Catalogue

MESSAGES: Catalogue = {
    "click.usage": {"vi": "Cách dùng:", "en": "Usage:"},
    "click.options": {"vi": "Tùy chọn", "en": "Options"},
    "click.commands": {"vi": "Lệnh", "en": "Commands"},
    "click.arguments": {"vi": "Tham số", "en": "Positional arguments"},
    "click.help": {"vi": "In hướng dẫn này rồi thoát.", "en": "Show this message and exit."},
    "click.version_help": {"vi": "In số phiên bản rồi thoát.", "en": "Show the version and exit."},
    "click.version": {
        "vi": "%(prog)s, phiên bản %(version)s",
        "en": "%(prog)s, version %(version)s",
    },
    "click.error": {"vi": "Lỗi: {message}", "en": "Error: {message}"},
    "click.try_help": {
        "vi": "Xem hướng dẫn: «{command} {option}».",
        "en": "Try '{command} {option}' for help.",
    },
    "click.no_such_option": {
        "vi": "không có tùy chọn {name!r}.",
        "en": "No such option {name!r}.",
    },
    "click.no_such_command": {
        "vi": "không có lệnh {name!r}.",
        "en": "No such command {name!r}.",
    },
    "click.did_you_mean": {"vi": "Có phải là {possibility}?", "en": "Did you mean {possibility}?"},
    "click.did_you_mean_many": {
        "vi": "(Có phải là một trong: {possibilities}?)",
        "en": "(Did you mean one of: {possibilities}?)",
    },
    "click.missing_argument": {"vi": "Thiếu tham số", "en": "Missing argument"},
    "click.missing_option": {"vi": "Thiếu tùy chọn", "en": "Missing option"},
    "click.missing_parameter": {"vi": "Thiếu tham số", "en": "Missing parameter"},
    "click.missing_type": {"vi": "Thiếu {param_type}", "en": "Missing {param_type}"},
    "click.missing_named": {
        "vi": "Thiếu tham số: {param_name}",
        "en": "Missing parameter: {param_name}",
    },
    "click.missing_command": {"vi": "Thiếu tên lệnh.", "en": "Missing command."},
    "click.invalid_for": {
        "vi": "Giá trị không dùng được cho {param_hint}: {message}",
        "en": "Invalid value for {param_hint}: {message}",
    },
    "click.invalid": {"vi": "Giá trị không dùng được: {message}", "en": "Invalid value: {message}"},
    "click.extra_argument": {
        "vi": "Thừa tham số ({args})",
        "en": "Got unexpected extra argument ({args})",
    },
    "click.extra_arguments": {
        "vi": "Thừa các tham số ({args})",
        "en": "Got unexpected extra arguments ({args})",
    },
    "click.needs_value": {
        "vi": "Tùy chọn {name!r} cần một giá trị.",
        "en": "Option {name!r} requires an argument.",
    },
    "click.needs_values": {
        "vi": "Tùy chọn {name!r} cần {nargs} giá trị.",
        "en": "Option {name!r} requires {nargs} arguments.",
    },
    "click.takes_no_value": {
        "vi": "Tùy chọn {name!r} không nhận giá trị.",
        "en": "Option {name!r} does not take a value.",
    },
    "click.not_choice": {
        "vi": "{value!r} không phải là {choice}.",
        "en": "{value!r} is not {choice}.",
    },
    "click.not_choices": {
        "vi": "{value!r} không phải là một trong {choices}.",
        "en": "{value!r} is not one of {choices}.",
    },
    # Click's type name («integer range») is left out: it is English in both languages
    "click.not_number": {
        "vi": "{value!r} không phải là một số.",
        "en": "{value!r} is not a number.",
    },
    "click.not_in_range": {
        "vi": "{value} nằm ngoài khoảng {range}.",
        "en": "{value} is not in the range {range}.",
    },
    "click.path_missing": {
        "vi": "{name} {filename!r} không có.",
        "en": "{name} {filename!r} does not exist.",
    },
    "click.path_is_file": {
        "vi": "{name} {filename!r} là một tệp.",
        "en": "{name} {filename!r} is a file.",
    },
    "click.path_is_dir": {
        "vi": "{name} {filename!r} là một thư mục.",
        "en": "{name} {filename!r} is a directory.",
    },
    "click.path_unreadable": {
        "vi": "{name} {filename!r} không đọc được.",
        "en": "{name} {filename!r} is not readable.",
    },
    "click.path_unwritable": {
        "vi": "{name} {filename!r} không ghi được.",
        "en": "{name} {filename!r} is not writable.",
    },
    "click.file": {"vi": "Tệp", "en": "file"},
    "click.directory": {"vi": "Thư mục", "en": "directory"},
    "click.path": {"vi": "Đường dẫn", "en": "path"},
    "click.default": {"vi": "mặc định: {default}", "en": "default: {default}"},
    "click.aborted": {"vi": "Đã dừng.", "en": "Aborted!"},
    "click.required": {"vi": "bắt buộc", "en": "required"},
    # the placeholders of a usage line
    "click.options_metavar": {"vi": "[TÙY_CHỌN]", "en": "[OPTIONS]"},
    "click.command_metavar": {"vi": "LỆNH [THAM_SỐ]...", "en": "COMMAND [ARGS]..."},
    "click.type_text": {"vi": "CHỮ", "en": "TEXT"},
    "click.type_path": {"vi": "ĐƯỜNG_DẪN", "en": "PATH"},
    "click.type_directory": {"vi": "THƯ_MỤC", "en": "DIRECTORY"},
    "click.type_number": {"vi": "SỐ", "en": "INTEGER"},
}
