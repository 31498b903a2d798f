"""The command line end to end: formats, exit codes, determinism, bad input without tracebacks."""

import csv
import io
import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from checker.api import check
from checker.cli import app
from conftest import MINI_PACK, MINIMAL, ROOT, SUBMISSIONS, write

runner = CliRunner()
QUJING = str(SUBMISSIONS / "qujing-2021.yaml")


def invoke(*args, env=None):
    return runner.invoke(app, list(args), env={"SOURCE_DATE_EPOCH": "1700000000", **(env or {})})


def test_exit_0_when_every_blocking_criterion_passes(tmp_path):
    pack = write(tmp_path, "mini.yaml", MINI_PACK)
    sub = write(tmp_path, "s.yaml", MINIMAL + "  - {indicator: dropouts_outstanding, period: 2021, value: 0, unit: 人}\n")
    result = invoke("check", str(sub), "--criteria", str(pack))
    assert result.exit_code == 0, result.output
    assert "MINI-01" in result.output and "通过" in result.output


def test_exit_1_on_a_blocking_failure_and_2_on_invalid_input(tmp_path):
    assert invoke("check", QUJING).exit_code == 1
    bad = write(tmp_path, "bad.yaml", "entity: [\n")
    result = invoke("check", QUJING, str(bad))
    assert result.exit_code == 2  # 2 wins over 1
    assert "bad.yaml" in result.output and "YAML 语法错误" in result.output
    assert "530300" in result.output  # the valid file is still checked and reported


def test_misuse_exits_2():
    assert invoke("check").exit_code == 2
    assert invoke("check", QUJING, "--format", "pdf").exit_code == 2
    assert invoke("check", QUJING, "--criteria", "no-such-pack").exit_code == 2
    assert invoke("check", "/no/such/file.yaml").exit_code == 2


def test_json_output_is_the_reports_canonical_record():
    result = invoke("check", QUJING, "--format", "json")
    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    try:
        expected = check([QUJING]).to_dict()
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]
    assert json.loads(result.stdout) == expected
    assert expected["meta"]["generated_at"] == "2023-11-14T22:13:20Z"


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_outputs_are_byte_identical_across_runs(fmt, tmp_path):
    outs = []
    for n in range(2):
        path = tmp_path / f"out{n}.{fmt}"
        invoke("check", str(SUBMISSIONS), "--format", fmt, "--output", str(path))
        outs.append(path.read_bytes())
    assert outs[0] == outs[1] and len(outs[0]) > 1000
    assert "曲靖市" in outs[0].decode("utf-8")


def test_csv_has_bom_and_neutralises_formulas(tmp_path):
    evil = MINIMAL.replace("陆良县", "=cmd|' /C calc'!A0") + \
        "  - {indicator: dropouts_outstanding, period: 2021, source: {document: report, quote: \"+SUM(1,2)\"}}\n"
    sub = write(tmp_path, "evil.yaml", evil)
    out = tmp_path / "out.csv"
    invoke("check", str(sub), "--format", "csv", "--output", str(out))
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows and all(r["单位名称"] == "'=cmd|' /C calc'!A0" for r in rows)
    assert not any(v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values())


def test_lang_and_period_options(tmp_path):
    result = invoke("check", QUJING, "--lang", "en")
    assert "fail" in result.stdout and "vocational" in result.stdout and "不达标" not in result.stdout
    result = invoke("check", QUJING, "--period", "2022", "--format", "json")
    record = json.loads(result.stdout)
    assert {f["period"] for f in record["findings"]} == {2022}


def test_markdown_escapes_pipes(tmp_path):
    sub = write(tmp_path, "s.yaml", MINIMAL.replace("陆良县", "陆良|县") +
                "  - {indicator: dropouts_outstanding, period: 2021, value: 0}\n")
    result = invoke("check", str(sub), "--format", "markdown")
    assert "陆良\\|县" in result.stdout


def test_criteria_list_and_test_commands():
    listed = invoke("criteria", "list")
    assert listed.exit_code == 0 and "DUT-FUND-02" in listed.stdout and "国办发〔2018〕82号" in listed.stdout
    tested = invoke("criteria", "test")
    assert tested.exit_code == 0 and any(s in tested.stdout for s in (" 0 failed", ",0 个不符"))  # the locale's language


def test_real_process_no_traceback_on_bad_input(tmp_path):
    bad = write(tmp_path, "bad.csv", "\xff\xfe garbage".encode("latin-1").decode("latin-1"), "latin-1")
    proc = subprocess.run([sys.executable, "-m", "checker", "check", str(bad), QUJING],
                          capture_output=True, cwd=ROOT, env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert proc.returncode == 2
    assert b"Traceback" not in proc.stderr + proc.stdout
    assert "曲靖市".encode() in proc.stdout  # Chinese survives an ASCII locale


def test_a_resubmission_is_merged_and_differences_become_conflicts(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    fact = "  - {indicator: dropouts_outstanding, period: 2021, value: %s, unit: 人}\n"
    write(tmp_path / "a", "s.yaml", MINIMAL + fact % 0)
    write(tmp_path / "b", "same.yaml", MINIMAL + fact % 0)
    report = check([tmp_path / "a", tmp_path / "b"])
    drops = [f for f in report.findings if f.criterion_id == "DUT-DROP-01"]
    assert len(drops) == 1 and drops[0].status.value == "pass"  # identical: one finding, no conflict
    assert "several files" in report.notices[0].message
    write(tmp_path / "b", "same.yaml", MINIMAL + fact % 3)
    drops = [f for f in check([tmp_path / "a", tmp_path / "b"]).findings if f.criterion_id == "DUT-DROP-01"]
    assert len(drops) == 1 and drops[0].status.value == "error"
    assert "a/s.yaml" in drops[0].message_en and "b/same.yaml" in drops[0].message_en


def test_one_entity_described_differently_in_two_files_is_an_input_error(tmp_path, monkeypatch):
    import checker.api as api

    monkeypatch.setattr(api, "CHUNK_FILES", 1)  # each file in its own chunk: merged after the chunks
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    text = MINIMAL + "  - {indicator: dropouts_outstanding, period: 2021, value: 0, unit: 人}\n"
    write(tmp_path / "a", "s.yaml", text)
    write(tmp_path / "b", "t.yaml", text.replace("陆良县", "陆良").replace("west", "central"))
    report = check([tmp_path / "a", tmp_path / "b"], jobs=2)
    assert report.errors == check([tmp_path / "a", tmp_path / "b"], jobs=1).errors
    wrong = sorted((e.place, dict(e.message.fields)["first"][-8:], dict(e.message.fields)["other"][-8:])
                   for e in report.errors)
    assert wrong == [("entity.name", "a/s.yaml", "b/t.yaml"), ("entity.region", "a/s.yaml", "b/t.yaml")]
    assert report.exit_code() == 2
    write(tmp_path / "b", "t.yaml", text)  # described alike: merged, no error
    assert check([tmp_path / "a", tmp_path / "b"]).errors == ()


def test_parallel_batch_equals_serial_and_merges_resubmissions_across_chunks(tmp_path, monkeypatch):
    import checker.api as api

    monkeypatch.setattr(api, "CHUNK_FILES", 8)
    for i in range(40):
        text = MINIMAL.replace("530322", f"5303{i:02d}") + \
            f"  - {{indicator: dropouts_outstanding, period: 2021, value: {i % 3}, unit: 人}}\n"
        write(tmp_path, f"c{i:02d}.yaml", text)
    write(tmp_path, "z-resubmitted.yaml", MINIMAL.replace("530322", "530300") +
          "  - {indicator: dropouts_outstanding, period: 2021, value: 9, unit: 人}\n")
    write(tmp_path, "zz-broken.yaml", "entity: [\n")
    serial = check([tmp_path], jobs=1)
    parallel = check([tmp_path], jobs=2)
    assert serial.to_dict()["findings"] == parallel.to_dict()["findings"]
    assert serial.errors == parallel.errors and serial.inputs == parallel.inputs
    assert serial.notices == parallel.notices and "several files" in serial.notices[0].message
    drop = [f for f in parallel.findings if f.entity.code == "530300" and f.criterion_id == "DUT-DROP-01"]
    assert len(drop) == 1 and drop[0].status.value == "error"  # 0 in c00.yaml, 9 in z-resubmitted.yaml
    assert parallel.exit_code() == 2


def test_roster_names_missing_submissions_and_strangers(tmp_path):
    roster = write(tmp_path, "roster.csv", "code,name,level,parent,region\n530300,曲靖市,prefecture,530000,west\n"
                   "530321,马龙区,county,530300,west\n", "gb18030")
    result = invoke("check", QUJING, str(SUBMISSIONS / "chengzhong-2018.yaml"), "--roster", str(roster),
                    "--format", "json")
    record = json.loads(result.stdout)
    assert [e["code"] for e in record["roster"]["missing_submissions"]] == ["530321"]
    assert [e["code"] for e in record["roster"]["not_on_roster"]] == ["630103"]
    assert record["summary"]["missing_submissions"] == 1 and result.exit_code == 1
    table = invoke("check", QUJING, "--roster", str(roster))
    assert "名单内未提交 (1/2)" in table.stdout and "530321 马龙区" in table.stdout
    bad = write(tmp_path, "bad-roster.csv", "id,name\n1,x\n")
    assert invoke("check", QUJING, "--roster", str(bad)).exit_code == 2


def test_progress_is_reported_per_file_and_never_on_a_pipe(tmp_path):
    seen = []
    check([SUBMISSIONS], progress=seen.append, jobs=1)
    assert sum(seen) == len([p for p in SUBMISSIONS.rglob("*.*") if p.is_file()])
    proc = subprocess.run([sys.executable, "-m", "checker", "check", str(SUBMISSIONS)], capture_output=True)
    assert b"checking" not in proc.stderr  # stderr is a pipe here: no bar


def test_roster_codes_follow_the_submissions_rule(tmp_path):
    """A roster code is read as a submission's is: six or nine ASCII digits, full-width digits folded;
    circled or other-script digits (str.isdigit() accepts ①②③④⑤⑥ and ٥٣٠٣٠٠) are refused at their row."""
    from checker.intake.roster import load_roster
    from checker.model import row_place

    roster = write(tmp_path, "roster.csv", "code,name,level,parent,region\n５３０３００,曲靖市,prefecture,530000,west\n"
                   "①②③④⑤⑥,甲县,county,530300,west\n٥٣٠٣٢١,乙县,county,530300,west\n530300,曲靖市,prefecture,,\n")
    entries, errors = load_roster(roster)
    assert [e["code"] for e in entries] == ["530300"]
    assert [str(e.place) for e in errors] == [str(row_place(r, "code")) for r in (3, 4, 5)]
    assert "530300" in str(errors[2].message)  # the folded code is the one seen twice


def test_extract_checks_the_entity_code(tmp_path):
    """`extract --entity` is read by the submissions' rule: a draft for code 4103 would not load."""
    report = write(tmp_path, "r.txt", "2021年全县一般公共预算教育经费64469万元。\n")
    bad = invoke("extract", str(report), "--entity", "4103", "--period", "2021")
    assert bad.exit_code == 2 and "单位代码 '4103'" in bad.stderr and "Traceback" not in bad.stderr
    good = invoke("extract", str(report), "--entity", "４１０３２４", "--period", "2021")
    assert good.exit_code == 0 and 'code: "410324"' in good.stdout


def test_lang_before_the_command_is_the_commands_or_the_helps():
    """`checker --help --lang en` and `checker --lang en check …` (a --lang given before the command)."""
    top = subprocess.run([sys.executable, "-m", "checker", "--help", "--lang", "en"], capture_output=True, text=True,
                         env={**os.environ, "LANG": "zh_CN.UTF-8", "LC_ALL": ""})
    assert top.returncode == 0 and "Commands:" in top.stdout and "命令" not in top.stdout
    zh = subprocess.run([sys.executable, "-m", "checker", "--help"], capture_output=True, text=True,
                        env={**os.environ, "LANG": "zh_CN.UTF-8", "LC_ALL": ""})
    assert zh.returncode == 0 and "Commands:" not in zh.stdout
    check = subprocess.run([sys.executable, "-m", "checker", "--lang=en", "check", str(QUJING)], capture_output=True,
                           text=True, env={**os.environ, "LANG": "zh_CN.UTF-8", "LC_ALL": ""})
    assert check.returncode == 1 and "exit code 1" in check.stderr and "退出码" not in check.stderr
