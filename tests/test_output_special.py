"""An output that is not a regular file is written in place: `-o /dev/null` or a named pipe never
has a temporary file renamed over it (as root that would replace the machine's /dev/null with a
regular file: found on this machine after a run)."""

import os
import stat
import threading

import pytest

from checker.command import _emit


def test_a_named_pipe_is_written_into_and_stays_a_pipe(tmp_path):
    fifo = tmp_path / "out.pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    _emit(["合计:", "5 个单位\n"], fifo)
    reader.join(timeout=30)
    assert got == ["合计:5 个单位\n".encode("utf-8")]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and os.listdir(tmp_path) == ["out.pipe"]


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root (CI runs as root)")
def test_a_device_like_dev_null_stays_a_device(tmp_path):
    null = tmp_path / "null"
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # the same device as /dev/null
    _emit([b"PK\x03\x04 a workbook"], null, binary=True)
    assert stat.S_ISCHR(os.stat(null).st_mode) and os.listdir(tmp_path) == ["null"]


def test_a_regular_file_is_still_replaced_whole(tmp_path):
    out = tmp_path / "report.json"
    out.write_text("old", encoding="utf-8")
    _emit(['{"new": true}'], out)
    assert out.read_text(encoding="utf-8") == '{"new": true}' and os.listdir(tmp_path) == ["report.json"]
