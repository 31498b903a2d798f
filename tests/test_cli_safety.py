"""The command line: a distinct exit code for an internal error, a closed pipe ends quietly, a
report written atomically (a failing run leaves the previous one whole), a failed write names the
file, and a report written into the folder being checked is never read back as a submission."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from checker.cli import app

ROOT = Path(__file__).resolve().parent.parent
QUJING = ROOT / "submissions" / "qujing-2021.yaml"


def test_internal_error_exits_3_and_names_the_file(tmp_path, monkeypatch):
    from checker.batch import chunk

    def explode(*args, **kwargs):
        raise KeyError("boom")

    monkeypatch.setattr(chunk, "evaluate", explode)
    result = CliRunner().invoke(app, ["check", str(QUJING), "-f", "json"])
    assert result.exit_code == 3
    assert "qujing-2021.yaml" in result.output


def test_help_documents_exit_code_3(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    result = CliRunner().invoke(app, ["check", "--help"])
    assert "3" in result.output and "内部错误" in result.output
    result = CliRunner().invoke(app, ["check", "--help", "--lang", "en"])
    assert "3" in result.output and "internal" in result.output


def test_closed_pipe_ends_quietly():
    proc = subprocess.run(f"{sys.executable} -m checker check {ROOT / 'submissions'} -f csv | head -c 3",
                          shell=True, capture_output=True, text=True, cwd=ROOT, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr and "内部错误" not in proc.stderr


def test_a_failing_run_leaves_the_previous_report_whole(tmp_path, monkeypatch):
    out = tmp_path / "report.json"
    out.write_text("previous", encoding="utf-8")
    import checker.report.render as render

    def broken(record, fmt, lang="zh", **options):
        yield "{half a report"
        raise RuntimeError("killed midway")

    monkeypatch.setattr(render, "render", broken)
    result = CliRunner().invoke(app, ["check", str(QUJING), "-f", "json", "-o", str(out)])
    assert result.exit_code == 3
    assert out.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary file left


def test_a_failed_write_names_the_output_file(tmp_path, monkeypatch):
    out = tmp_path / "report.json"

    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    result = CliRunner().invoke(app, ["check", str(QUJING), "-f", "json", "-o", str(out)])
    assert result.exit_code == 2
    assert str(out) in result.output and "Traceback" not in result.output
    assert not list(tmp_path.iterdir())


def test_a_report_in_the_checked_folder_is_not_read_back(tmp_path):
    for fmt in ("json", "csv", "xlsx"):
        folder = tmp_path / fmt
        folder.mkdir()
        shutil.copy(QUJING, folder / QUJING.name)
        out = folder / f"report.{fmt}"
        first = CliRunner().invoke(app, ["check", str(folder), "-f", fmt, "-o", str(out)])
        second = CliRunner().invoke(app, ["check", str(folder), "-f", fmt, "-o", str(out)])
        assert first.exit_code == second.exit_code == 1, (fmt, second.output)


def test_a_json_report_of_an_earlier_run_is_not_a_submission(tmp_path):
    shutil.copy(QUJING, tmp_path / QUJING.name)
    CliRunner().invoke(app, ["check", str(tmp_path), "-f", "json", "-o", str(tmp_path / "earlier.json")])
    result = CliRunner().invoke(app, ["check", str(tmp_path), "-f", "json"])
    assert result.exit_code == 1, result.output


def test_csv_and_xlsx_reports_of_earlier_runs_are_not_submissions(tmp_path):
    """Reports written into the folder (CSV and XLSX, in Chinese and English) by earlier runs under
    other names: the next run skips each with a notice and finds exactly what the first run found."""
    import json

    shutil.copy(QUJING, tmp_path / QUJING.name)
    shutil.copy(ROOT / "submissions" / "batch-seeds-001-003.csv", tmp_path / "batch.csv")

    def findings() -> tuple[list, dict]:
        result = CliRunner().invoke(app, ["check", str(tmp_path), "-f", "json", "--jobs", "1"])
        record = json.loads(result.stdout)
        return record["findings"], record

    before, _ = findings()
    for fmt, lang in (("csv", "zh"), ("xlsx", "zh"), ("csv", "en"), ("xlsx", "en")):
        out = tmp_path / f"earlier-{lang}.{fmt}"
        result = CliRunner().invoke(app, ["check", str(tmp_path), "-f", fmt, "--lang", lang, "-o", str(out)])
        assert result.exit_code == 1, (fmt, lang, result.output)
    after, record = findings()
    assert after == before
    assert record["errors"] == []
    skipped = sorted(Path(n["file"]).name for n in record["notices"] if n["message_en"].startswith("a report written"))
    assert skipped == ["earlier-en.csv", "earlier-en.xlsx", "earlier-zh.csv", "earlier-zh.xlsx"]


def test_a_report_too_large_for_a_submission_is_still_known_as_a_report(tmp_path, monkeypatch):
    """A nation's report (JSON, CSV, XLSX) is larger than any submission may be: it is recognised
    from its opening (key, header row, sheet names) without being read whole, and skipped."""
    from checker.api import check
    from checker.intake import safeyaml
    from checker.report.render import render

    shutil.copy(QUJING, tmp_path / QUJING.name)
    record = check([tmp_path], jobs=1).to_dict()
    for fmt in ("json", "csv", "xlsx"):
        data = b"".join(x if isinstance(x, bytes) else x.encode("utf-8") for x in render(record, fmt, "zh"))
        (tmp_path / f"nation.{fmt}").write_bytes(data)
    (tmp_path / "other.csv").write_text("a,b\n" + "1,2\n" * 800, encoding="utf-8")  # too large, not a report
    monkeypatch.setattr(safeyaml, "MAX_BYTES_BY_SUFFIX", {".json": 2000, ".csv": 2000, ".xlsx": 2000})
    again = check([tmp_path], jobs=1)
    assert [(Path(e.file).name, e.message.key) for e in again.errors] == [("other.csv", "input.file_too_large")]
    assert sorted(Path(n.file).name for n in again.notices if n.message.key == "input.report_not_submission") == \
        ["nation.csv", "nation.json", "nation.xlsx"]
    assert [f.to_dict() for f in again.findings] == record["findings"]


def test_county_text_is_never_read_as_terminal_markup(tmp_path):
    # rich reads `[bold]…[/bold]` as markup: a county's name or words would lose those characters
    import re

    from checker.api import check
    from checker.report.render import render

    (tmp_path / "a.yaml").write_text(
        'entity: {code: "530322", name: "陆良[bold]县[/bold]", level: county, region: west}\nperiod: 2021\n'
        "facts:\n  - {indicator: edu_general_budget_expenditure, period: 2021, value: 12, unit: 万元}\n",
        encoding="utf-8")
    record = check([tmp_path], jobs=1).to_dict()
    for color in (False, True):
        shown = re.sub(r"\x1b\[[0-9;]*m", "", "".join(render(record, "table", "zh", width=200, color=color)))
        assert "陆良[bold]县[/bold]" in shown, color
