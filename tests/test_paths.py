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
