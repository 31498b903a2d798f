"""One bad file never stops a batch: valid files beside one bad file of each known kind are all
reported, every bad one is named; a worker that dies loses only its own file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import badfiles
from checker.api import check
from checker.batch.chunk import check_chunk
from checker.batch.pool import WORKER, parallel
from checker.model import Status
from checker.rules.library import load_packs


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("batch")
    good = badfiles.good_files(folder)
    bad = [make(folder) for make in badfiles.BAD]
    return folder, good, bad


def test_every_valid_file_reported_every_bad_one_named(batch):
    folder, good, bad = batch
    report = check([folder])
    entities = {(f.entity.code, f.period) for f in report.findings}
    assert {("530300", 2021), ("140107", 2020), ("140400", 2021)} <= entities
    named = {e.file for e in report.errors}
    assert {p.as_posix() for p in bad} <= named
    assert not any(e.internal for e in report.errors)  # each is a clear input error, not a bug
    assert report.exit_code() == 2


@pytest.mark.parametrize("make", badfiles.BAD, ids=lambda m: m.__name__)
def test_each_bad_kind_is_an_input_error_with_its_file(tmp_path, make):
    path = make(tmp_path)
    report = check([path])
    assert [e.file for e in report.errors] and all(e.file == path.as_posix() for e in report.errors)
    assert report.exit_code() == 2


def test_school_table_of_kindergartens_only_is_checked(tmp_path):
    path = badfiles.kindergartens_only(tmp_path)
    report = check([path], criteria="yzjh")
    assert report.findings and not report.errors


def test_an_exception_while_evaluating_names_the_file_and_keeps_the_others(tmp_path, monkeypatch):
    good = badfiles.good_files(tmp_path)
    from checker.batch import chunk

    real = chunk.evaluate

    def explode(sub, *args):
        if sub.entity.code == "530300":
            raise KeyError("boom")
        return real(sub, *args)

    monkeypatch.setattr(chunk, "evaluate", explode)
    report = check(good)
    errors = [f for f in report.findings if f.entity.code == "530300"]
    assert errors and all(f.status is Status.ERROR for f in errors)
    assert any(f.status is not Status.ERROR for f in report.findings if f.entity.code == "140107")
    internal = [e for e in report.errors if e.internal]
    assert [e.file for e in internal] == [good[0].as_posix()]
    assert report.exit_code() == 3


def die_on_bad_date(chunk, period, entity=None):
    """A worker that dies (as from a crash in C code) when its chunk holds bad-date.yaml."""
    if any(p.name == "bad-date.yaml" for p in chunk):
        os._exit(7)
    return check_chunk(chunk, period, WORKER["packs"], WORKER["compiled"], WORKER["engine"])


def test_a_worker_that_dies_loses_only_its_file(batch):
    folder, good, bad = batch
    files = sorted(good + bad)
    chunks = [files[i:i + 3] for i in range(0, len(files), 3)]
    results = parallel(chunks, load_packs(), None, 2, None, work=die_on_bad_date)
    errors = [e for r in results for e in r.loaded.errors]
    died = [e for e in errors if e.internal]
    assert [e.file for e in died] == [(folder / "bad-date.yaml").as_posix()]
    codes = {code for r in results for code, _, _ in r.findings}
    assert {"530300", "140107", "140400"} <= codes
    others = {e.file for e in errors} - {(folder / "bad-date.yaml").as_posix()}
    assert others == {p.as_posix() for p in bad} - {(folder / "bad-date.yaml").as_posix()}
