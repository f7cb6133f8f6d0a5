"""Replay a workspace's history.yaml through the real `congress` command (in-process).

    python scripts/replay_history.py examples/dong-da [--dry-run] [--force]

The state database (.congress/) is never committed; history.yaml lists, ward by ward, the
`congress ward confirm | approve | exception | acknowledge | advance | reopen` steps that bring each ward to
its stage. They run in date order (same-day steps keep their order), each on its recorded date:
the step is stamped with CONGRESS_NOW = its date at 08:00, plus one minute for each earlier step
of that day (so a day's steps keep their order in the history), and CONGRESS_TODAY = its date.
The ward's history, its `since` date and the reports then show the recorded dates, not the day
of the replay. The first step the command refuses stops the replay with the command, its exit
code and what it said.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import io
import os
import shlex
import shutil
import sys
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import yaml

from congress.cli.main import main as congress_main

HISTORY_FILE = "history.yaml"
DAY_STARTS = time(8, 0)  # a recorded day's first step; the next ones a minute apart
STATE_DIR = ".congress"
ARGUMENT = {"confirm": "item", "approve": "approval", "exception": "rule",
            "acknowledge": "lesson", "advance": "trigger", "reopen": "stage"}  # fmt: skip
REQUIRED = {"approve": ("document",), "exception": ("reason", "document"), "acknowledge": ("note",),
            "reopen": ("reason",)}  # fmt: skip


class HistoryError(Exception):
    """history.yaml cannot be used as it is."""


@dataclass(frozen=True)
class Step:
    ward: str
    index: int
    day: date
    args: list[str]
    at: datetime | None = None  # the recorded moment (set by `load_steps`)

    @property
    def env(self) -> dict[str, str]:
        """The clock the step runs under: its recorded day and moment."""
        moment = self.at or datetime.combine(self.day, DAY_STARTS)
        return {"CONGRESS_TODAY": self.day.isoformat(),
                "CONGRESS_NOW": moment.isoformat(timespec="minutes")}  # fmt: skip

    def command(self, workspace: Path) -> list[str]:
        return [*self.args, "-w", str(workspace)]


def load_steps(path: Path) -> list[Step]:
    """Every step of history.yaml as `congress` arguments, in date order."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise HistoryError(f"{path}: không đọc được ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("wards"), dict):
        raise HistoryError(f"{path}: thiếu khóa «wards» (mỗi phường một danh sách các bước)")
    steps: list[Step] = []
    for ward, items in data["wards"].items():
        for i, item in enumerate(items or [], start=1):
            steps.append(_step(path, str(ward), i, item))
    steps.sort(key=lambda s: s.day)  # stable: a ward's same-day steps keep their order
    earlier: dict[date, int] = {}  # steps already stamped on each day
    timed = []
    for step in steps:
        n = earlier[step.day] = earlier.get(step.day, -1) + 1
        at = datetime.combine(step.day, DAY_STARTS) + timedelta(minutes=n)
        timed.append(dataclasses.replace(step, at=at))
    return timed


def _step(path: Path, ward: str, i: int, item: Any) -> Step:
    where = f"{path}: phường {ward}, bước {i}"
    if not isinstance(item, dict):
        raise HistoryError(f"{where}: mỗi bước phải là một bảng khóa: giá trị")
    kind = item.get("kind")
    if kind not in ARGUMENT:
        raise HistoryError(f"{where}: kind «{kind}» không hợp lệ; dùng {', '.join(ARGUMENT)}")
    missing = [
        k for k in ("date", ARGUMENT[kind], "by", *REQUIRED.get(kind, ())) if not item.get(k)
    ]
    if missing:
        raise HistoryError(f"{where}: thiếu {', '.join(missing)}")
    day = item["date"]
    if not isinstance(day, date):
        raise HistoryError(f"{where}: date phải viết năm-tháng-ngày, ví dụ 2024-01-12")
    args = ["ward", kind, ward, str(item[ARGUMENT[kind]]), "--by", str(item["by"])]
    if kind in ("exception", "reopen"):
        args += ["--reason", str(item["reason"])]
    else:
        args += ["--note", str(item.get("note") or "")]
    if kind in ("approve", "exception") or (kind == "reopen" and item.get("document")):
        args += ["--document", str(item["document"])]
    if kind == "approve" and item.get("decided"):  # a decision: its date too
        args += ["--date", str(item["decided"])]
    return Step(ward, i, day, args)


def run(step: Step, workspace: Path) -> tuple[int, str]:
    """Run one step through `congress` in-process; (exit code, what it printed)."""
    out = io.StringIO()
    previous = {name: os.environ.get(name) for name in step.env}
    os.environ.update(step.env)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            congress_main(step.command(workspace))
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    finally:
        for name, value in previous.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return code, out.getvalue()


def replay(workspace: Path, *, dry_run: bool = False, force: bool = False) -> int:
    history = workspace / HISTORY_FILE
    if not history.is_file():
        print(f"{history}: không có tệp lịch sử.", file=sys.stderr)
        return 2
    try:
        steps = load_steps(history)
    except HistoryError as exc:
        print(exc, file=sys.stderr)
        return 2
    if dry_run:
        for step in steps:
            clock = " ".join(f"{k}={v}" for k, v in step.env.items())
            print(f"{clock} congress {shlex.join(step.command(workspace))}")
        return 0
    state = workspace / STATE_DIR
    if state.exists():
        if not force:
            print(f"{state}: đã có dữ liệu trạng thái; chạy lại với --force để xóa và làm lại từ "
                  "đầu.", file=sys.stderr)  # fmt: skip
            return 2
        shutil.rmtree(state)
    for n, step in enumerate(steps, start=1):
        code, said = run(step, workspace)
        if code != 0:
            print(
                f"Dừng ở bước {n}/{len(steps)} (phường {step.ward}, bước {step.index} trong "
                f"{HISTORY_FILE}, ngày {step.day.strftime('%d/%m/%Y')}): lệnh bị từ chối, mã "
                f"thoát {code}.\n  congress {shlex.join(step.command(workspace))}\n{said.rstrip()}",
                file=sys.stderr,
            )
            return 1
    wards = len({s.ward for s in steps})
    print(f"Đã chạy lại {len(steps)} bước của {wards} phường vào {state}.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Chạy lại history.yaml qua lệnh congress.")
    parser.add_argument(
        "workspace", type=Path, help="thư mục làm việc (có unit.yaml, history.yaml)"
    )
    parser.add_argument("--dry-run", action="store_true", help="chỉ in các lệnh, không chạy")
    parser.add_argument("--force", action="store_true", help="xóa .congress/ đã có rồi làm lại")
    args = parser.parse_args(argv)
    return replay(args.workspace, dry_run=args.dry_run, force=args.force)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `--dry-run | head`
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - nothing more to write
        sys.exit(0)
