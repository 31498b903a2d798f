"""The fuzz body of tests/test_fuzz.py, run in a child process under a memory limit: random and
mutated submission files of every format (and criteria packs) go through the loaders; no
exception may escape and none may be an internal error (a bug); a valid file beside each one
still gets its findings."""

from __future__ import annotations

import io
import resource
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
QUJING = (ROOT / "submissions" / "qujing-2021.yaml").read_bytes()
CSV = (ROOT / "submissions" / "batch-seeds-001-003.csv").read_bytes()
SCHOOLS = (ROOT / "submissions" / "synthetic-county" / "schools.csv").read_bytes()
SMALL_YAML = b'entity: {code: "530321", name: x, level: county, region: west}\nperiod: 2021\nfacts:\n' \
             b'  - {indicator: students, period: 2021, value: 12, unit: \xe4\xba\xba}\n'


def _xlsx(rows) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def mutate(data: bytes, edits) -> bytes:
    out = bytearray(data)
    for pos, kind, byte in edits:
        if not out:
            out.append(byte)
            continue
        i = pos % len(out)
        if kind == 0:
            out[i] = byte
        elif kind == 1:
            del out[i]
        else:
            out.insert(i, byte)
    return bytes(out)


edits = st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 2), st.integers(0, 255)), max_size=12)
cells = st.one_of(st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12), st.integers(-10**20, 10**20), st.floats(allow_nan=True), st.none())
files = st.one_of(
    st.tuples(st.just(".yaml"), st.builds(mutate, st.sampled_from([QUJING, SMALL_YAML]), edits)),
    st.tuples(st.just(".json"), st.builds(mutate, st.just(b'{"entity": {"code": "530321", "name": "x", "level": '
                                                           b'"county"}, "period": 2021, "facts": [{"indicator": '
                                                           b'"students", "period": 2021, "value": 12, "unit": "'
                                                           + "人".encode() + b'"}]}'), edits)),
    st.tuples(st.just(".csv"), st.builds(mutate, st.sampled_from([CSV, SCHOOLS]), edits)),
    st.tuples(st.just(".csv"), st.binary(max_size=400)),
    st.tuples(st.just(".xlsx"), st.builds(_xlsx, st.lists(st.lists(cells, max_size=14), max_size=6))),
    st.tuples(st.just(".xlsx"), st.builds(mutate, st.just(_xlsx([["entity_code", "x"], [1, 2]])), edits)),
    st.tuples(st.just(".yaml"), st.text(max_size=300).map(str.encode)),
)


def run(examples: int) -> None:
    from checker.api import check
    from checker.rules.criteria import PackError
    from checker.rules.library import load_packs

    packs = load_packs()

    @settings(max_examples=examples, deadline=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(file=files)
    def one(file):
        suffix, data = file
        with tempfile.TemporaryDirectory() as d:
            folder = Path(d)
            (folder / "good.yaml").write_bytes(SMALL_YAML)
            (folder / f"bad{suffix}").write_bytes(data)
            report = check([folder], packs=packs, jobs=1)
            assert not [e for e in report.errors if e.internal], [str(e) for e in report.errors]
            assert report.exit_code() in (0, 1, 2)
            assert "530321" in {f.entity.code for f in report.findings}  # the valid file still reported

    @settings(max_examples=examples // 2, deadline=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(data=st.builds(mutate, st.just((ROOT / "checker" / "packs" / "duties.hunan.yaml").read_bytes()), edits))
    def pack(data):
        with tempfile.TemporaryDirectory() as d:
            path = Path(d) / "p.yaml"
            path.write_bytes(data)
            try:
                load_packs(path)
            except PackError:
                pass

    one()
    pack()


if __name__ == "__main__":
    limit = int(sys.argv[2]) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    run(int(sys.argv[1]))
    print("fuzz ok")
