"""One findings file per entity: checker/report/split.py and `checker check … --output DIR --split entity`."""

import json
import shutil

import pytest
from typer.testing import CliRunner

from checker.api import check
from checker.cli import app
from checker.report.split import by_entity
from conftest import SUBMISSIONS

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, list(args), env={"SOURCE_DATE_EPOCH": "1700000000"})


@pytest.fixture
def batch(tmp_path):
    """Two counties and one file that cannot be read."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for name in ("qujing-2021.yaml", "chengzhong-2018.yaml"):
        shutil.copy(SUBMISSIONS / name, folder / name)
    (folder / "bad.yaml").write_text("entity: [\n", encoding="utf-8")
    return folder


def test_each_entity_report_holds_its_own_findings_and_counts_them(batch):
    report = check([batch])
    parts = by_entity(report)
    assert [e.code for e, _ in parts.entities] == ["530300", "630103"]
    whole = report.to_dict()
    for entity, part in parts.entities:
        record = part.to_dict()
        assert record["findings"] == [f for f in whole["findings"] if f["entity"]["code"] == entity.code]
        assert {i["file"] for i in record["inputs"]} == {i["file"] for i in whole["inputs"]
                                                         if entity.code in i["entities"]}
        assert record["errors"] == [] and record["summary"]["entities"] == 1
        assert record["summary"]["findings"] == len(record["findings"])
        assert record["summary"]["exit_code"] == 1  # its own: the batch's is 2 (the bad file)
        assert record["meta"] == whole["meta"]
    assert sum(p.summary["findings"] for _, p in parts.entities) == whole["summary"]["findings"]
    rest = parts.rest.to_dict()
    assert rest["findings"] == [] and [e["file"] for e in rest["errors"]] == [f"{batch.as_posix()}/bad.yaml"]
    assert rest["summary"]["exit_code"] == 2 == whole["summary"]["exit_code"]


def test_a_school_table_goes_with_the_entity_of_its_folder():
    parts = by_entity(check([SUBMISSIONS / "synthetic-county"]))
    assert parts.rest is None
    (entity, part), = parts.entities
    assert entity.code == "630199" and [i["file"].rsplit("/", 1)[1] for i in part.inputs] == ["county.yaml",
                                                                                              "schools.csv"]


def test_an_owner_claims_the_invalid_file_of_its_folder(batch):
    (batch / "xx").mkdir()
    (batch / "xx" / "form.yaml").write_text("entity: [\n", encoding="utf-8")
    parts = by_entity(check([batch / "xx"]), owner=lambda file: "530300" if "/xx/" in file else None)
    (entity, part), = parts.entities
    assert entity.code == "530300" and part.summary["invalid_inputs"] == 1 and parts.rest is None


@pytest.mark.parametrize("fmt,ext", [("json", "json"), ("html", "html"), ("csv", "csv"), ("markdown", "md"),
                                     ("xlsx", "xlsx")])
def test_split_writes_one_file_per_entity_and_one_for_the_rest(batch, tmp_path, fmt, ext):
    out = tmp_path / "out"
    result = invoke("check", str(batch), "--format", fmt, "--output", str(out), "--split", "entity")
    assert result.exit_code == 2, result.output  # as for the batch: one file is invalid
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([f"530300-曲靖市.{ext}", f"630103-城中区.{ext}", f"无所属单位.{ext}"])
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    invoke("check", str(batch), "--format", fmt, "--output", str(out), "--split", "entity")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == first  # byte-identical on a second run
    if fmt == "json":
        qujing = json.loads(first[f"530300-曲靖市.{ext}"])
        assert {f["entity"]["code"] for f in qujing["findings"]} == {"530300"}
        assert qujing["summary"]["findings"] == len(qujing["findings"]) > 0
        assert json.loads(first[f"无所属单位.{ext}"])["summary"]["invalid_inputs"] == 1
    if fmt in ("html", "csv", "markdown"):
        text = first[f"630103-城中区.{ext}"].decode("utf-8-sig")
        assert "城中区" in text and "曲靖市" not in text
    if fmt == "xlsx":
        from io import BytesIO

        from openpyxl import load_workbook

        wb = load_workbook(BytesIO(first[f"530300-曲靖市.{ext}"]), read_only=True)
        cells = {str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if c}
        assert "530300" in cells and "630103" not in cells


def test_split_in_english_names_the_rest_file_in_english(batch, tmp_path):
    out = tmp_path / "out"
    invoke("check", str(batch), "--format", "json", "--output", str(out), "--split", "entity", "--lang", "en")
    assert "no-entity.json" in {p.name for p in out.iterdir()}


def test_split_misuse_exits_2_with_a_message(batch, tmp_path):
    result = invoke("check", str(batch), "--split", "entity")
    assert result.exit_code == 2 and "--split 需要 --output" in result.output
    afile = tmp_path / "afile"
    afile.write_text("x")
    result = invoke("check", str(batch), "--split", "entity", "--output", str(afile))
    assert result.exit_code == 2 and "不是文件夹" in result.output and afile.read_text() == "x"
    result = invoke("check", str(batch), "--split", "county", "--output", str(tmp_path / "o"))
    assert result.exit_code == 2 and not (tmp_path / "o").exists()


def test_unsafe_characters_in_a_name_do_not_make_paths(tmp_path):
    sub = (SUBMISSIONS / "qujing-2021.yaml").read_text(encoding="utf-8").replace("name: 曲靖市", "name: 曲靖/../市", 1)
    (tmp_path / "q.yaml").write_text(sub, encoding="utf-8")
    out = tmp_path / "out"
    invoke("check", str(tmp_path / "q.yaml"), "--format", "json", "--output", str(out), "--split", "entity")
    assert [p.name for p in out.iterdir()] == ["530300-曲靖_.._市.json"]
