"""The batch's worker processes: one pool for a batch, its peer checks (HIS-SCALE-02, a run with a
store) done in the same workers as its chunks, with the findings a single process gives."""

from __future__ import annotations

import concurrent.futures

import rounds_data as rd
from checker.api import check


def test_a_round_across_workers_starts_one_pool_for_its_chunks_and_its_peer_checks(tmp_path, monkeypatch):
    import checker.api as api

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795000000")
    folder = rd.write_round(tmp_path / "rounds", "2021-初审")
    started = []
    real = concurrent.futures.ProcessPoolExecutor

    class Counted(real):
        def __init__(self, *args, **kwargs):
            started.append(kwargs.get("max_workers"))
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Counted)
    monkeypatch.setattr(api, "CHUNK_FILES", 2)  # several chunks, so several peer tasks
    two = check([folder], store=str(tmp_path / "two.db"), round_name="r", jobs=2)
    assert started == [2]  # one pool of two workers: the chunks, then the peer checks
    one = check([folder], store=str(tmp_path / "one.db"), round_name="r", jobs=1)
    assert started == [2]  # one process: no pool at all
    peers = [f for f in two.findings if f.criterion_id == "HIS-SCALE-02"]
    assert peers and {f.entity.code for f in peers} == set(rd.members("2021-初审"))
    assert two.to_dict()["findings"] == one.to_dict()["findings"]


def test_a_round_for_the_command_line_brings_back_no_finding_objects_from_its_workers(tmp_path, monkeypatch):
    """The command line reads only the findings' records (keep_objects=False): the workers send no
    Finding objects back, neither with the chunks' bundles nor with the peer checks' (their store
    rows are made in the workers)."""
    import pytest

    import checker.api as api
    from checker.report.bundle import Findings

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795000000")
    folder = rd.write_round(tmp_path / "rounds", "2021-初审")
    monkeypatch.setattr(api, "CHUNK_FILES", 2)
    report = check([folder], store=str(tmp_path / "s.db"), round_name="r", jobs=2, keep_objects=False)
    bundles = Findings.of(report.findings).bundles
    assert any(b.criteria[0][0] == "HIS-SCALE-02" for b in bundles)  # the peer checks' own bundles are there
    for bundle in bundles:
        with pytest.raises(LookupError):
            bundle.findings()


def test_peer_checks_lost_in_a_worker_run_here(tmp_path, monkeypatch):
    """A peer task whose worker dies is run in the parent: the same findings as one process gives."""
    import checker.api as api
    from checker.batch import peers

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795000000")
    folder = rd.write_round(tmp_path / "rounds", "2021-初审")
    monkeypatch.setattr(api, "CHUNK_FILES", 2)
    monkeypatch.setattr(peers, "_in_worker", _dies)
    two = check([folder], store=str(tmp_path / "two.db"), round_name="r", jobs=2)
    one = check([folder], store=str(tmp_path / "one.db"), round_name="r", jobs=1)
    assert any(f.criterion_id == "HIS-SCALE-02" for f in two.findings)
    assert two.to_dict()["findings"] == one.to_dict()["findings"]


def _dies(blob, peers, skip):
    import os

    os._exit(9)
