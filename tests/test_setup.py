"""The README's test line works from a clone in any folder: scripts/setup-tests.sh starts the
history store's PostgreSQL through scripts/pg-cluster.sh, which keeps the cluster under /tmp, never
inside the clone. Here it is run for a folder only its owner can enter (mode 700, as root's home or
a `mktemp -d` is), whose path holds a space and Chinese characters and is longer than a Unix socket
path may be; the server must start, take a connection at the URL written to .pg/url, and stop."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "pg-cluster.sh"


def _can_run_postgres() -> str | None:
    if not glob.glob("/usr/lib/postgresql/*/bin/initdb"):
        return "PostgreSQL is not installed (scripts/setup-tests.sh installs it)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "no postgres user"
        if not shutil.which("runuser") and not os.path.exists("/usr/sbin/runuser"):
            return "no runuser"
    return None


def test_the_cluster_runs_for_a_clone_in_a_private_folder_with_spaces_and_chinese(tmp_path):
    problem = _can_run_postgres()
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(problem)
        pytest.skip(problem)
    private = tmp_path / "私有"
    private.mkdir(mode=0o700)
    private.chmod(0o700)
    clone = private / ("中文 目录 " + "长" * 30) / "repo"  # far beyond a socket path's 107 bytes
    clone.mkdir(parents=True)
    assert len(str(clone).encode()) > 107
    run = subprocess.run(["bash", str(SCRIPT), "start", str(clone)], capture_output=True, text=True, timeout=120,
                         cwd=clone)  # started from inside the private folder, as .ci/run is
    try:
        assert run.returncode == 0, run.stderr
        url = (clone / ".pg" / "url").read_text().strip()
        cluster = (clone / ".pg" / "cluster").read_text().strip()
        assert cluster.startswith("/tmp/checker-pg.") and str(clone) not in url and " " not in url
        from sqlalchemy import create_engine, text

        from checker.store.schema import engine_url

        engine = create_engine(engine_url(url))
        with engine.connect() as conn:
            assert conn.execute(text("select current_database()")).scalar() == "checker_test"
        engine.dispose()
    finally:
        stop = subprocess.run(["bash", str(SCRIPT), "stop", str(clone)], capture_output=True, text=True, timeout=60)
    assert stop.returncode == 0, stop.stderr
    assert not (clone / ".pg").exists() and not Path(cluster).exists()


def test_setup_starts_postgres_through_the_cluster_script_only():
    """The set-up script hands PostgreSQL to pg-cluster.sh (no initdb of its own under the clone)."""
    setup = (ROOT / "scripts" / "setup-tests.sh").read_text("utf-8")
    assert 'bash scripts/pg-cluster.sh start "$PWD"' in setup and "$PGBIN/initdb" not in setup
    assert (ROOT / ".ci" / "run").read_text("utf-8").splitlines()[-1] == \
        "bash scripts/setup-tests.sh && .venv/bin/python -m pytest"
