"""The portal under a season's last hour, on 127.0.0.1 only, bounded in count and time.

    .venv/bin/python benchmarks/bench_portal.py [--counties 50] [--store URL] [--workers N]

1. Load: `checker serve` on a fresh SQLite store (or --store postgresql://…); N counties, each with
   its own link and its own filled form (the season's form, its code filled in, the 中职 figures
   typed), all upload at once (a barrier). Upload-to-findings is the time from sending the form to
   having the county's page with its findings. Reports p50 / p95 / max, and checks that every county
   has exactly one upload stored (none lost, none twice).
2. Kill: the same uploads again, the server killed with SIGKILL while they run, started again on the
   same store; every stored upload is whole (its bytes hash to its SHA-256, its record parses, its
   audit row is there) and every county whose upload was answered has it.

Synthetic counties (codes 99xxxx, not real divisions); the forms are the real form filled in.
Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VOC = "per_student_general_budget_expenditure"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def setup(store: str, n: int, tag: str) -> tuple[dict[str, str], dict[str, bytes], int]:
    """The season, its links (code -> path with token) and each county's filled form."""
    sys.path.insert(0, str(ROOT / "tests"))
    from test_web import fill

    from checker.web import security, work
    from checker.web.portal import Portal

    portal = Portal(store)
    now = security.stamp(security.now_utc())
    account = portal.add_account(f"bench-{tag}-{os.getpid()}", security.hash_password("bench password"), "bench", now)
    roster = [{"code": f"99{i:04d}", "name": f"合成县{i:04d}", "level": "county", "region": "west"} for i in range(n)]
    sid = portal.add_season(f"bench {tag} {now} {os.getpid()}", 2021, "2099-12-31", None, roster, account, now)
    tokens = {r["code"]: security.new_token() for r in roster}
    portal.add_links(sid, {c: security.token_hash(t) for c, t in tokens.items()}, account, now)
    season = portal.season(sid)
    forms = {}
    for r in roster:
        blank = work.filled_form(season, r["code"], r["name"], "county", "west")
        forms[r["code"]] = fill(blank, {(VOC, "vocational", 2021): "10107.75", (VOC, "vocational", 2020): "10071.80",
                                        (VOC, "primary", 2021): "10771.37", (VOC, "primary", 2020): "10762.85"})
    portal.close()
    return {c: f"/c/{t}" for c, t in tokens.items()}, forms, sid


def start(store: str, port: int, workers: int = 1) -> subprocess.Popen:
    log = open(Path(tempfile.gettempdir()) / f"bench-portal-{port}.log", "wb")
    proc = subprocess.Popen([sys.executable, "-m", "checker", "serve", "--store", store, "--port", str(port),
                             *(("--workers", str(workers)) if workers > 1 else ())], stdout=log, stderr=log,
                            start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # a benchmark may wait for its server; a test never does
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("the server did not start")


def cpu_seconds(server: subprocess.Popen) -> float:
    """CPU time used so far by the server's processes (its session: the server processes and their
    checkers): a figure that other work on the machine hardly moves, unlike the latencies."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(stat[3]) == server.pid:  # the session id (start_new_session: the server's pid)
            total += (int(stat[11]) + int(stat[12])) / tick
    return total


def stop(server: subprocess.Popen) -> None:
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=60)


def one_county(base: str, link: str, code: str, form: bytes, barrier: threading.Barrier, out: dict) -> None:
    import httpx2 as httpx

    try:
        with httpx.Client(base_url=base, timeout=120, follow_redirects=True) as client:
            page = client.get(link)
            csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
            barrier.wait(timeout=120)
            began = time.perf_counter()
            r = client.post("/county/upload", data={"csrf": csrf},
                            files={"file": (f"{code}.xlsx", form)})
            ok = r.status_code == 200 and "最近一次上传" in r.text
            out[code] = (time.perf_counter() - began, ok, r.status_code)
    except Exception as exc:  # noqa: BLE001 - a refused or cut connection is a result here (the kill run)
        out[code] = (None, False, f"{exc.__class__.__name__}")


def run_uploads(base: str, links: dict, forms: dict, out: dict | None = None) -> dict:
    barrier = threading.Barrier(len(links))
    out = {} if out is None else out
    threads = [threading.Thread(target=one_county, args=(base, links[c], c, forms[c], barrier, out))
               for c in sorted(links)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    return out


def stored(store: str, season_id: int) -> dict[str, list]:
    from sqlalchemy import select

    from checker.web.portal import Portal

    portal = Portal(store)
    u, a = portal.t["uploads"], portal.t["audit"]
    with portal.engine.connect() as conn:
        rows = list(conn.execute(select(u).where(u.c.season_id == season_id)))
        audit = {json.loads(r.detail)["upload"] for r in conn.execute(select(a).where(a.c.action == "upload"))}
    portal.close()
    found: dict[str, list] = {}
    for r in rows:
        whole = hashlib.sha256(r.content).hexdigest() == r.sha256 and bool(json.loads(r.record)) and r.id in audit
        found.setdefault(r.code, []).append(whole)
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--counties", type=int, default=50)
    parser.add_argument("--store", default=None, help="default: a fresh SQLite file")
    parser.add_argument("--workers", type=int, default=1, help="server processes (checker serve --workers)")
    parser.add_argument("--settle", type=float, default=10, help="seconds for the servers' checkers to warm")
    parser.add_argument("--no-kill", action="store_true", help="the load run alone")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-portal-"))
    store = args.store or str(folder / "portal.db")

    links, forms, sid = setup(store, args.counties + 1, "load")
    warmup = max(links)  # one county uploads first, alone and unmeasured: a season's server is long warm
    port = free_port()
    server = start(store, port, args.workers)
    try:
        run_uploads(f"http://127.0.0.1:{port}", {warmup: links.pop(warmup)}, {warmup: forms.pop(warmup)})
        time.sleep(args.settle)  # every server process's checkers warm (each warms as it starts), as in a season
        before = cpu_seconds(server)
        out = run_uploads(f"http://127.0.0.1:{port}", links, forms)
        after = cpu_seconds(server)
    finally:
        stop(server)
    times = sorted(t for t, ok, _ in out.values() if t is not None)
    ok = sum(1 for _, good, _ in out.values() if good)
    counts = stored(store, sid)
    print(f"load: {args.counties} counties at once, {ok} answered with their findings")
    print(f"  upload-to-findings p50 {statistics.median(times):.2f} s, "
          f"p95 {times[max(0, int(len(times) * 0.95) - 1)]:.2f} s, max {times[-1]:.2f} s")
    print(f"  server CPU per upload {(after - before) / args.counties * 1000:.0f} ms, its processes and checkers "
          f"together (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    print(f"  stored: {sum(len(v) for v in counts.values())} uploads for {len(counts)} counties; "
          f"exactly one each: {all(len(v) == 1 for v in counts.values()) and len(counts) == args.counties + 1}")
    if args.no_kill:
        return

    links2, forms2, sid2 = setup(store, args.counties, "kill")
    port = free_port()
    server = start(store, port, args.workers)
    result: dict = {}
    runner = threading.Thread(target=run_uploads, args=(f"http://127.0.0.1:{port}", links2, forms2, result))
    runner.start()
    limit = time.monotonic() + 120
    while len([r for r in result.values() if r[1]]) < args.counties // 4 and time.monotonic() < limit:
        time.sleep(0.01)  # a benchmark's own pacing: a quarter answered, the rest in flight, then the kill
    os.killpg(server.pid, signal.SIGKILL)  # every server process and its checkers, at once
    server.wait(timeout=60)
    runner.join(timeout=300)
    server = start(store, port, args.workers)  # started again on the same store: it must open and serve
    stop(server)
    counts = stored(store, sid2)
    mine = {c: counts.get(c, []) for c in links2}
    answered = [c for c, (_, good, _) in result.items() if good]
    print(f"kill: SIGKILL during {args.counties} uploads; {len(answered)} answered before it, "
          f"{sum(len(v) for v in mine.values())} stored")
    print(f"  every stored upload whole: {all(all(v) for v in mine.values())}; "
          f"every answered upload stored: {all(mine[c] for c in answered)}; "
          f"none stored twice: {all(len(v) <= 1 for v in mine.values())}")


if __name__ == "__main__":
    main()
