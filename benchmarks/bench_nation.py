"""The national batch: the checker against a plain vectorised pandas yardstick of the same criteria.

    .venv/bin/python benchmarks/bench_nation.py [--counties 2850] [--seed 2026] [--repeat 3] [--jobs N]
                                                [--school-counties 2850] [--schools 74] [--only schools|rounds]

1. Generates the synthetic nation (benchmarks/make_nation.py) under benchmarks/_data/ if absent.
2. End to end, both reading the same files: `checker check DIR --roster … --format json` (a real
   process, all cores by default) against the yardstick reading the YAML with PyYAML's C loader
   and evaluating with pandas (one process). Also the workbook and the HTML report.
3. Evaluation only, both from the same in-memory facts: the checker's evaluator (one process)
   against the pandas evaluation; and the engine time of the checker's case-fact encoding against
   a wide-fact encoding (engine only).
4. Rounds (`--only rounds` runs only this part): the same batch (default packs, JSON) as a plain
   check, written as a round to a SQLite store, written as a second round that reads the first as
   history, `checker diff` of the two, and the same two rounds and diff on PostgreSQL, each with
   its ratio to a plain check run just before it (paired: on a shared machine the load moves
   within a minute, and the best plain run against rounds run under load overstated the ratios).
   The PostgreSQL is the benchmark's own, started as the tests start theirs
   (scripts/pg-cluster.sh) in a fresh directory under /tmp, listening only on a Unix socket
   there (no TCP port, so it never meets the tests' server or any other), emptied before each
   repeat and stopped and removed at the end. Without Debian's postgresql packages it says so and
   measures SQLite only. The rounds' JSON and the diff's are written with SOURCE_DATE_EPOCH fixed and
   their SHA-256 printed: two runs of the benchmark on two commits show whether the outputs are
   byte-identical.
5. The school-level nation (benchmarks/make_schools.py: 2,850 counties x 74 schools) through the
   yzjh pack, end to end (`--school-counties 0` skips it; `--only schools` runs only this part,
   --repeat times, and reports the best wall time with its CPU and the highest peak memory).
Reports wall and CPU times (CPU: user + system of the process and every worker it reaped; best of
--repeat), the ratios against the yardstick, facts/second, peak memory of the whole process tree,
the workbook against the JSON run, the start-up time of one small check (table and JSON, with byte
code), and whether both reached the same statuses. Not a test: nothing here asserts a time. The figures are noisy on a shared
machine: compare ratios from one run, not absolute times from different runs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from make_nation import make  # noqa: E402
from make_schools import make as make_schools  # noqa: E402
from yardstick import frames, pandas_evaluate, read_files, run_wide, wide_ruleset  # noqa: E402


def tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            with open(f"/proc/{p}/task/{p}/children") as f:
                todo.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return total


def run_measured(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int, int, float]:
    """Wall time, exit code, peak memory of the whole process tree, and CPU seconds (user + system
    of the command and every process it waited for) of a command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peak = [0]

    def sample():
        while proc.poll() is None:
            peak[0] = max(peak[0], tree_rss(proc.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, err = proc.communicate()
    elapsed = time.perf_counter() - start  # before joining the sampler, which may be asleep for 50 ms
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode not in (0, 1, 2):
        raise SystemExit(f"{' '.join(cmd)} failed: {err.decode()[-2000:]}")
    return elapsed, proc.returncode, peak[0], cpu


def best(fn, repeat: int):
    """(best wall, CPU of that run, result) over `repeat` runs in this process."""
    runs, result = [], None
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        result = fn()
        runs.append((time.perf_counter() - start, time.process_time() - cpu))
    wall, cpu = min(runs)
    return wall, cpu, result


def start_up(small: Path, fmt: str, repeat: int = 5) -> tuple[float, float]:
    """Best wall time (with its CPU) of one small check, run as a county runs it: with byte code
    written, as pip writes it on install (PYTHONDONTWRITEBYTECODE, if set here, is dropped for these
    runs, and one run first writes the byte code and the disk cache)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cmd = [sys.executable, "-m", "checker", "check", str(small), "-f", fmt]
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    runs = []
    for _ in range(repeat):
        wall, _, _, cpu = run_measured(cmd, env)
        runs.append((wall, cpu))
    return min(runs)


def school_level(args, repeat: int = 1) -> str:
    """The school-level nation (make_schools) through the yzjh pack, end to end: one line."""
    sdata = HERE / "_data" / "schools" / f"{args.school_counties}x{args.schools}-{args.seed}"
    if not (sdata / "submissions").exists():
        make_schools(sdata, args.school_counties, args.schools, args.seed)
    n_counties = sum(1 for _ in (sdata / "submissions").rglob("county.yaml"))
    cmd = [sys.executable, "-m", "checker", "check", str(sdata / "submissions"), "--criteria", "yzjh", "--jobs",
           str(args.jobs), "--format", "json", "--output", str(sdata / "report.json")]
    runs = [run_measured(cmd) for _ in range(repeat)]
    t_school, _, _, cpu_school = min(runs)
    peak_school = max(r[2] for r in runs)
    return (f"school level: {n_counties} counties x {args.schools} schools, --criteria yzjh --format json, "
            f"{args.jobs} jobs: {t_school:.2f} s wall, {cpu_school:.2f} s CPU, "
            f"peak memory {peak_school / 2**20:,.0f} MiB (whole process tree)")


class PrivatePostgres:
    """A PostgreSQL cluster of the benchmark's own for the rounds (module docstring, point 4):
    `url` is None, and `why` says why, where Debian's postgresql is not installed."""

    def __init__(self):
        self.home: Path | None = None
        self.url: str | None = None
        self.why = ""

    def __enter__(self) -> "PrivatePostgres":
        import glob
        import tempfile

        if not glob.glob("/usr/lib/postgresql/*/bin/initdb"):
            self.why = "Debian's postgresql is not installed (apt-get install postgresql): SQLite only"
            return self
        self.home = Path(tempfile.mkdtemp(prefix="checker-bench-"))  # its .pg/ (url, cluster), never the tests'
        done = subprocess.run(["bash", str(ROOT / "scripts" / "pg-cluster.sh"), "start", str(self.home)],
                              capture_output=True, text=True)
        if done.returncode:
            self.why = f"the benchmark's PostgreSQL did not start: {(done.stderr or done.stdout).strip()[-500:]}"
            return self
        self.url = (self.home / ".pg" / "url").read_text().strip()
        return self

    def fresh(self) -> str:
        """The URL of the cluster's database, emptied (as tests/test_store.py empties the tests')."""
        from sqlalchemy import create_engine, text

        from checker.store.schema import engine_url

        engine = create_engine(engine_url(self.url))
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
        return self.url

    def __exit__(self, *exc) -> None:
        import shutil

        if self.home is not None:
            subprocess.run(["bash", str(ROOT / "scripts" / "pg-cluster.sh"), "stop", str(self.home)],
                           capture_output=True)
            shutil.rmtree(self.home, ignore_errors=True)


def rounds(args, data: Path) -> list[str]:
    """The batch as a plain check, as a round on SQLite (and PostgreSQL), a second round reading the
    first as history, and the diff of the two: wall and peak memory, and ratios to the plain check."""
    import hashlib

    subs_dir = data / "submissions"
    base = [sys.executable, "-m", "checker", "check", str(subs_dir), "--jobs", str(args.jobs), "--format", "json"]
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}  # the outputs' dates fixed: their digests compare
    out = data / "rounds"
    out.mkdir(exist_ok=True)
    run_measured(base + ["--output", str(out / "plain.json")])  # unmeasured: caches warm
    plain = min((run_measured(base + ["--output", str(out / "plain.json")]) for _ in range(args.repeat)),
                key=lambda r: r[0])  # the best, for the peak memory; each round's ratio is to its own pair's
    lines = [f"rounds: {sum(1 for _ in subs_dir.rglob('*.yaml'))} files, default packs, JSON, {args.jobs} jobs, "
             f"load average {_load()} at the start",
             f"  plain check: {plain[0]:.2f} s wall, {plain[3]:.2f} s CPU, peak {plain[2] / 2**20:,.0f} MiB"]
    with PrivatePostgres() as pg:
        stores = [("sqlite", str(out / "store.db"))] + ([("postgresql", pg.url)] if pg.url else [])
        if not pg.url:
            lines.append(f"  postgresql: {pg.why}")
        for kind, store in stores:
            for _ in range(args.repeat):
                if kind == "sqlite":
                    for suffix in ("", "-wal", "-shm", "-journal"):
                        Path(store + suffix).unlink(missing_ok=True)
                else:
                    store = pg.fresh()
                # the plain check again beside each repeat: a round's ratio is to the plain run of its own
                # pair, made under the same load (a shared machine's load moves within a minute)
                plain = run_measured(base + ["--output", str(out / "plain.json")])
                lines.append(f"  {kind} plain check beside it: {plain[0]:.2f} s wall, {plain[3]:.2f} s CPU")
                first = run_measured(base + ["--output", str(out / "r1.json"), "--store", store, "--round", "r1"], env)
                second = run_measured(base + ["--output", str(out / "r2.json"), "--store", store, "--round", "r2"],
                                      env)
                diff = run_measured([sys.executable, "-m", "checker", "diff", "r1", "r2", "--store", store,
                                     "--format", "json", "--output", str(out / "diff.json")], env)
                for what, r, goal in (("round", first, (1.3, 2.0)), ("second round, with history", second, (1.5, 2.5))):
                    lines.append(f"  {kind} {what}: {r[0]:.2f} s wall ({r[0] / plain[0]:.2f}x; goal <= {goal[0]}x), "
                                 f"{r[3]:.2f} s CPU ({r[3] / plain[3]:.2f}x), peak {r[2] / 2**20:,.0f} MiB "
                                 f"({r[2] / plain[2]:.2f}x; goal <= {goal[1]}x)")
                lines.append(f"  {kind} diff r1 r2 (JSON): {diff[0]:.2f} s wall (goal <= 3 s), {diff[3]:.2f} s CPU, "
                             f"peak {diff[2] / 2**20:,.0f} MiB (goal <= 300 MB)")
                digests = ", ".join(f"{name} {hashlib.sha256((out / name).read_bytes()).hexdigest()[:12]}"
                                    for name in ("r1.json", "r2.json", "diff.json"))
                lines.append(f"  {kind} outputs (SOURCE_DATE_EPOCH fixed; equal digests, equal bytes): {digests}")
    lines.append(f"  load average {_load()} at the end (other processes share the machine: ratios, not times)")
    return lines


def _load() -> str:
    """The 1, 5 and 15 minute load averages, as `uptime` prints them."""
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--counties", type=int, default=2850)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=os.cpu_count())
    ap.add_argument("--data", type=Path, default=HERE / "_data" / "nation")
    ap.add_argument("--school-counties", type=int, default=2850)
    ap.add_argument("--schools", type=int, default=74)
    ap.add_argument("--only", choices=("schools", "rounds"), help="run only the school-level nation, or the rounds")
    args = ap.parse_args()
    if args.only == "schools":
        print(school_level(args, args.repeat))
        return

    from checker.rules.compile import compile_packs
    from checker.rules.library import load_packs
    from checker.evaluate.engine import Engine
    from checker.evaluate.findings import evaluate
    from checker.intake.files import load_paths

    data = args.data / f"{args.counties}-{args.seed}"
    if not (data / "roster.csv").exists():
        make(data, args.counties, args.seed)
    if args.only == "rounds":
        print("\n".join(rounds(args, data)))
        return
    subs_dir, roster = data / "submissions", data / "roster.csv"
    files = sorted(subs_dir.rglob("*.yaml"))
    # The yardstick implements the duties pack's rules: both sides evaluate exactly that pack.
    exe = [sys.executable, "-m", "checker", "check", str(subs_dir), "--roster", str(roster), "--jobs", str(args.jobs),
           "--criteria", "duties"]
    default = exe[:-2]  # the default packs: duties with the consistency checks beside it
    out = data / "report"
    packs = load_packs("duties")

    print(f"nation: {len(files)} county files, {args.jobs} jobs, {os.cpu_count()} cores")
    # One run not measured: the first run after a change builds the disk cache of packs and schemas
    # (checker/cache.py) and reads the files into the page cache; the yardstick, which runs later,
    # would otherwise be compared warm against a cold checker.
    run_measured(exe + ["--format", "json", "--output", str(out) + ".json"])
    runs = [run_measured(exe + ["--format", "json", "--output", str(out) + ".json"]) for _ in range(args.repeat)]
    t_e2e, _, _, cpu_e2e = min(runs)
    peak = max(r[2] for r in runs)
    record = json.loads((Path(str(out) + ".json")).read_text("utf-8"))
    t_default, _, peak_default, _ = run_measured(default + ["--format", "json", "--output", str(out) + "-default.json"])
    t_xlsx, _, peak_xlsx, _ = run_measured(default + ["--format", "xlsx", "--output", str(out) + ".xlsx"])
    t_html, _, peak_html, _ = run_measured(default + ["--format", "html", "--output", str(out) + ".html"])

    def yardstick_e2e():
        ents, facts = read_files(files)
        return ents, facts, pandas_evaluate(ents, facts, packs)

    t_yard, cpu_yard, (ents, facts, frame) = best(yardstick_e2e, args.repeat)
    mine = sorted((f["entity"]["code"], f["criterion"]["id"], f["stage"] or "", f["status"])
                  for f in record["findings"])
    theirs = sorted(frame.itertuples(index=False, name=None))
    n_facts = len(facts)
    n_evals = len(mine)
    identical, roster_block = mine == theirs, record["roster"]
    # The harness's own objects (the parsed report: ~1.5 million) are not kept alive while the
    # evaluator is timed: every full collection inside the timed loop would walk them.
    del record, mine, theirs

    # evaluation only, from the same in-memory facts
    subs = load_paths([subs_dir]).submissions
    compiled = compile_packs(packs)
    engine = Engine(compiled)
    engine_time = [0.0]
    real_run = engine.run

    def timed(cases):
        start = time.perf_counter()
        try:
            return real_run(cases)
        finally:
            engine_time[0] += time.perf_counter() - start

    engine.run = timed
    t_eval, _, _ = best(lambda: [evaluate(s, packs, compiled, engine) for s in subs], args.repeat)
    t_engine = engine_time[0] / args.repeat
    engine.close()
    ents2, facts2 = frames(subs)
    t_peval, _, _ = best(lambda: pandas_evaluate(ents2, facts2, packs), args.repeat)
    wide_rules = wide_ruleset(packs)
    t_wide, _, (wide_facts, wide_fired, _) = best(lambda: run_wide(subs, wide_rules), args.repeat)

    small = ROOT / "submissions" / "qujing-2021.yaml"
    starts = {fmt: start_up(small, fmt) for fmt in ("table", "json")}

    school = school_level(args) if args.school_counties else None
    round_lines = rounds(args, data)

    print(f"statuses identical to the pandas yardstick: {identical} ({n_evals} findings)")
    print(f"roster: {roster_block['entities']} listed, {len(roster_block['missing_submissions'])} did not submit")
    print(f"end to end (both read the same {len(files)} files, {n_facts} facts):")
    print(f"  checker --criteria duties --format json: {t_e2e:.2f} s wall, {cpu_e2e:.2f} s CPU, "
          f"{n_facts / t_e2e:,.0f} facts/s, peak memory {peak / 2**20:,.0f} MiB (whole process tree)")
    print(f"  default packs (duties + consistency): json {t_default:.2f} s (peak {peak_default / 2**20:,.0f} MiB), "
          f"xlsx {t_xlsx:.2f} s (peak {peak_xlsx / 2**20:,.0f} MiB), html {t_html:.2f} s "
          f"({(Path(str(out) + '.html')).stat().st_size / 2**20:,.0f} MiB file, peak {peak_html / 2**20:,.0f} MiB)")
    print(f"  workbook / json (default packs): {t_xlsx / t_default:.2f}x")
    print(f"  pandas yardstick:      {t_yard:.2f} s wall, {cpu_yard:.2f} s CPU, {n_facts / t_yard:,.0f} facts/s "
          "(one process)")
    print(f"  ratio end to end: {t_e2e / t_yard:.2f}x wall, {cpu_e2e / cpu_yard:.2f}x CPU")
    print("evaluation only (same in-memory facts, one process each):")
    print(f"  checker evaluate: {t_eval:.2f} s, {n_facts / t_eval:,.0f} facts/s "
          f"(inside the engine: {t_engine:.2f} s)")
    print(f"  pandas evaluate:  {t_peval:.3f} s, {n_facts / t_peval:,.0f} facts/s")
    print(f"  ratio evaluation only: {t_eval / t_peval:.1f}x")
    print(f"  engine encoding: case facts {t_engine:.2f} s vs wide facts (engine only, no checks) {t_wide:.2f} s "
          f"({wide_facts} wide facts, {wide_fired} firings)")
    for fmt, (wall, cpu) in starts.items():
        print(f"start-up: `checker check {small.name} -f {fmt}` best of 5: {wall:.3f} s wall, {cpu:.3f} s CPU "
              "(with byte code, as an installed package has it)")
    print("\n".join(round_lines))
    if school:
        print(school)


if __name__ == "__main__":
    main()
