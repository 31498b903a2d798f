"""Fuzz the loaders and the pack loader (tests/fuzz_loaders.py) in a child process whose address
space is capped: a file that made the checker allocate without bound would fail it with a
MemoryError; the child's time is bounded by the subprocess timeout, never asserted as speed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEMORY_MIB = 2048


def test_loaders_never_raise_never_blow_up_and_keep_the_valid_file():
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "fuzz_loaders.py"), "80", str(MEMORY_MIB)],
                          capture_output=True, text=True, timeout=900, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0 and "fuzz ok" in proc.stdout, proc.stdout[-3000:] + proc.stderr[-3000:]
