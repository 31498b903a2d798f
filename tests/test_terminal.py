"""What a person at a terminal sees (issue 21): the progress bar never drawn into the findings, the
exit code's reason on stderr, and JUnit red exactly when the run's exit code is not 0.

The terminal tests run the command in a pseudo-terminal (the pty module): stdout and stderr are
then the same screen, colour is on and a batch of 50 files or more shows a bar, as for a person."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path
from xml.etree import ElementTree

import pytest
from typer.testing import CliRunner

from checker.api import check
from checker.cli import app
from checker.report.render import render_text
from conftest import ROOT, SUBMISSIONS, write

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def in_terminal(args: list[str], columns: int = 120) -> tuple[int, str]:
    """Run `python -m checker ARGS` with a pseudo-terminal as stdin, stdout and stderr: its exit
    code and everything the screen received."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS", "LINES")} | {"TERM": "xterm"}
    proc = subprocess.Popen([sys.executable, "-m", "checker", *args], stdin=slave, stdout=slave, stderr=slave,
                            cwd=ROOT, env=env, close_fds=True)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 1 << 16)
        except OSError:  # the other end closed (EIO on Linux)
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return proc.wait(), b"".join(chunks).decode("utf-8", "replace")


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """60 synthetic counties (benchmarks/make_nation.py, seeded): past the bar's 50 files."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from make_nation import make
    finally:
        sys.path.pop(0)
    out = tmp_path_factory.mktemp("nation")
    make(out, counties=60, seed=3)
    return out


def test_the_progress_bar_is_not_written_into_the_findings(batch):
    code, screen = in_terminal(["check", str(batch / "submissions")])
    assert code == 1
    assert "\x1b[" in screen  # colour: this is a terminal
    lines = ANSI.sub("", screen).replace("\r\n", "\n").split("\n")
    assert any("核查中" in line and "100%" in line for line in lines)  # the checking bar was shown, and ended
    headings = [line for line in lines if "合成县" in line and "年 · " in line]
    assert len(headings) == 60
    assert all(re.match(r"\d{6} ", line) for line in headings), [h[:120] for h in headings if not re.match(r"\d{6} ", h)][:3]
    assert not any("%" in line and "合成县" in line for line in lines)
    assert "写出报告" not in screen  # no bar while the report itself is drawn on the screen
    assert ANSI.sub("", screen).rstrip().splitlines()[-1].startswith("checker: 退出码 1:")


def test_a_report_to_a_file_still_shows_its_bar(batch, tmp_path):
    out = tmp_path / "r.json"
    code, screen = in_terminal(["check", str(batch / "submissions"), "-f", "json", "-o", str(out)])
    assert code == 1 and out.exists()
    assert "写出报告" in screen
    last = ANSI.sub("", screen).rstrip().splitlines()[-1]
    assert last.startswith("checker: 合计:60 个单位") and f"已写入 {out};退出码 1:约束性准则的结果 不达标 " in last


def _stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("checker:")]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_exit_2_says_why_in_one_line(tmp_path, lang):
    """One invalid file and five entities on the roster that did not submit: the code is 2, and
    its one stderr line names both."""
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "bad.yaml", "entity: [")
    (folder / "qujing-2021.yaml").write_bytes((SUBMISSIONS / "qujing-2021.yaml").read_bytes())
    codes = ["530300", "530321", "530322", "530323", "530324", "530325"]
    roster = write(tmp_path, "roster.csv", "code,name,level,parent,region\n"
                   + "".join(f"{c},单位{c},county,530000,west\n" for c in codes))
    out = tmp_path / "r.json"
    result = CliRunner().invoke(app, ["check", str(folder), "--roster", str(roster), "-f", "json", "-o", str(out),
                                      "--lang", lang])
    assert result.exit_code == 2
    [line] = _stderr_lines(result)
    if lang == "zh":
        assert "退出码 2:1 个无效文件;5 个单位未提交;约束性准则的结果 " in line
    else:
        assert "exit code 2: 1 invalid file(s); 5 entit(y/ies) on the roster did not submit; binding criteria's" in line
    table = CliRunner().invoke(app, ["check", str(folder), "--roster", str(roster), "--lang", lang])
    assert table.exit_code == 2  # the table on stdout: the same reasons alone on stderr
    assert _stderr_lines(table) == ["checker: " + line[line.index("退出码" if lang == "zh" else "exit code"):]]


def test_a_clean_run_to_stdout_says_nothing_on_stderr(tmp_path):
    from conftest import MINI_PACK, MINIMAL

    pack = write(tmp_path, "mini.yaml", MINI_PACK)
    sub = write(tmp_path, "s.yaml", MINIMAL + "  - {indicator: dropouts_outstanding, period: 2021, value: 0, unit: 人}\n")
    result = CliRunner().invoke(app, ["check", str(sub), "--criteria", str(pack)])
    assert result.exit_code == 0 and not _stderr_lines(result)
    out = tmp_path / "r.csv"
    result = CliRunner().invoke(app, ["check", str(sub), "--criteria", str(pack), "-f", "csv", "-o", str(out)])
    assert _stderr_lines(result)[0].endswith("退出码 0:全部约束性准则通过")


def test_undetermined_is_not_the_word_for_a_fault_of_the_program(report):
    """`error` reads 无法判定 / undetermined (杏花岭区's conflicting figures); 错误 stays for faults."""
    from checker.i18n import text

    assert text("report.status.error", "zh") == "无法判定" and text("report.status.error", "en") == "undetermined"
    assert "内部错误" in text("cli.internal_error", "zh", error="x")
    assert "无法判定" in text("input.internal_error_checking", "zh", entity="x", error="y")
    lines = render_text(report.record(), "table", "zh").splitlines()
    shown = [line for line in lines if "无法判定" in line]
    assert any("数据冲突" in line for line in shown) and not any("错误" in line for line in shown)


def junit(record) -> ElementTree.Element:
    return ElementTree.fromstring(render_text(record, "junit", "zh").encode("utf-8"))


def test_junit_lists_invalid_files_and_missing_submissions(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "bad.yaml", "entity: [")
    (folder / "qujing-2021.yaml").write_bytes((SUBMISSIONS / "qujing-2021.yaml").read_bytes())
    roster = write(tmp_path, "roster.csv", "code,name,level,parent,region\n530300,曲靖市,prefecture,530000,west\n"
                   "530321,会泽县,county,530300,west\n")
    report = check([folder], roster=roster)
    root = junit(report.record())
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    invalid = suites["无效输入"]
    [case] = invalid.findall("testcase")
    assert case.find("error") is not None and "bad.yaml" in case.get("classname")
    missing = suites["名单内未提交"]
    [case] = missing.findall("testcase")
    assert case.find("failure") is not None and "530321" in case.get("name")
    assert int(root.get("errors")) >= 1 and int(root.get("failures")) >= 1
    assert int(root.get("tests")) == len(root.findall("./testsuite/testcase"))


def test_junit_is_red_only_where_the_exit_code_is(report):
    """Advisory fail, missing and undetermined results pass (saying so); a run whose binding
    criteria hold gives a JUnit file with no failure and no error."""
    root = junit(report.record())
    by_case = {}
    for f, case in zip(report.findings, [c for s in root.findall("testsuite") for c in s.findall("testcase")]):
        by_case.setdefault((f.severity.value, f.status.value), []).append(case)
    for case in by_case[("warning", "fail")] + by_case[("warning", "missing")]:
        assert case.find("failure") is None and case.find("error") is None
        assert "预警级,不影响退出码" in case.find("system-out").text
    assert all(c.find("failure") is not None for c in by_case[("blocking", "fail")] + by_case[("blocking", "missing")])
    assert all(c.find("error") is not None for c in by_case[("blocking", "error")])
    # only advisory problems: exit 0 and nothing red
    from dataclasses import replace

    advisory = replace(report, findings=tuple(f for f in report.findings if f.severity.value == "warning"))
    assert advisory.exit_code() == 0
    clean = junit(advisory.record())
    assert clean.get("failures") == "0" and clean.get("errors") == "0"
    assert not clean.findall(".//failure") and not clean.findall(".//error")


class _Bar:
    def __init__(self):
        self.moved = 0

    def update(self, n):
        self.moved += n


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown", "junit", "html", "xlsx", "table"])
def test_the_writing_bar_changes_no_output(fmt, tmp_path):
    """With a bar (a batch on a terminal, the report to a file) the findings go to the renderer
    wrapped (command.py `_Counted`): every format's output is the same as without, county text
    cleaned alike (the JSON report with a bar used to stop with an internal error)."""
    from checker.command import _Counted
    from checker.report.render import render
    from test_output_safety import HOSTILE, YAML

    (tmp_path / HOSTILE).write_text(YAML, encoding="utf-8")
    report = check([tmp_path / HOSTILE, SUBMISSIONS / "qujing-2021.yaml"])

    def out(record):
        return b"".join(p if isinstance(p, bytes) else p.encode("utf-8") for p in render(record, fmt, "zh"))

    plain = report.record(only={"fail", "missing"})
    bar = _Bar()
    counted = {**plain, "findings": _Counted(report.record(only={"fail", "missing"})["findings"], bar)}
    assert out(counted) == out(plain)
