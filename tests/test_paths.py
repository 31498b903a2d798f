"""A school table or document path that leaves the submission's folder — by `..`, an absolute
path, or a symbolic link — is refused, and no byte of the file it points at reaches a message."""

from __future__ import annotations

import os

from checker.api import check

SECRET = "TOP-SECRET-CONTENT-9876"
SUB = ('entity: {code: "530321", name: 会泽县, level: county, region: west}\nperiod: 2021\n'
       'facts:\n  - {indicator: students, period: 2021, value: 12, unit: 人}\ntables: {schools: schools.csv}\n')


def test_a_symlink_out_of_the_folder_is_refused_without_reading_it(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.csv").write_text(f"school_code,school_name\n{SECRET},x\n", encoding="utf-8")
    folder = tmp_path / "county"
    folder.mkdir()
    (folder / "county.yaml").write_text(SUB, encoding="utf-8")
    os.symlink(outside / "secret.csv", folder / "schools.csv")
    report = check([folder / "county.yaml"], criteria="yzjh")
    places = [(e.file, e.place) for e in report.errors]
    assert ((folder / "county.yaml").as_posix(), "tables.schools") in places
    text = str(report.to_dict())
    assert SECRET not in text
    assert not any(i.get("role") == "school table" for i in report.inputs)


def test_a_walk_never_follows_a_link_out_of_the_folder(tmp_path):
    """A folder holding a link to a file outside and a link to a directory outside: each link is an
    input error naming it, the valid submission beside them is checked, and the secret in the files
    they point at reaches no output format."""
    from checker.report.render import FORMATS, render

    outside = tmp_path / "outside"
    (outside / "more").mkdir(parents=True)
    secret_yaml = SUB.replace("会泽县", SECRET).replace("tables: {schools: schools.csv}\n", "")
    (outside / "secret.yaml").write_text(secret_yaml, encoding="utf-8")
    (outside / "more" / "other.yaml").write_text(secret_yaml, encoding="utf-8")
    folder = tmp_path / "county"
    folder.mkdir()
    (folder / "county.yaml").write_text(SUB.replace("tables: {schools: schools.csv}\n", ""), encoding="utf-8")
    os.symlink(outside / "secret.yaml", folder / "linked.yaml")
    os.symlink(outside / "more", folder / "linked-dir")
    report = check([folder])
    assert sorted(e.file for e in report.errors) == [(folder / "linked-dir").as_posix(),
                                                     (folder / "linked.yaml").as_posix()]
    assert {e.message.key for e in report.errors} == {"input.link_leaves_folder"}
    assert {f.entity.name for f in report.findings} == {"会泽县"}
    record = report.to_dict()
    for fmt in FORMATS:
        for lang in ("zh", "en"):
            out = render(record, fmt, lang)
            data = b"".join(x if isinstance(x, bytes) else x.encode("utf-8") for x in out)
            if fmt == "xlsx":
                import io

                from openpyxl import load_workbook

                wb = load_workbook(io.BytesIO(data))
                data = "\n".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
                                 if c.value is not None).encode("utf-8")
            assert SECRET.encode("utf-8") not in data, (fmt, lang)
            if fmt in ("json", "table", "markdown", "html", "xlsx"):  # the formats that list invalid inputs
                assert "linked.yaml" in data.decode("utf-8"), (fmt, lang)
