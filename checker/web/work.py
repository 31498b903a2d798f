"""What the portal asks of the library, the way the command line asks it: check an upload, freeze
a round into the history store, the diff between rounds, the forms and the downloads. Nothing is
decided here that `checker check` does not decide: every verdict comes from checker.api."""

from __future__ import annotations

import io
import json
import re
import tempfile
import zipfile
from pathlib import Path
from typing import Iterable

from checker.web.portal import Season

_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]")
REPORT_FILE = ".report.yaml"  # a county's confirmed report figures beside its form: hidden, never a submission


def safe_filename(name: str, code: str, suffix: str) -> str:
    """The name a county gave its file, as a plain file name with the suffix it was accepted for."""
    stem = _UNSAFE.sub("_", Path(name or "").stem).strip(" .")[:80]
    return f"{stem or code}{suffix}"


def _packs(season: Season):
    from checker.rules.library import load_packs

    return load_packs(season.criteria or None)


CHECK_TIMEOUT = 120  # seconds: a national batch takes ~20 s; one county's form well under one


class CheckFailed(Exception):
    """The checker process did not give a report (killed, out of time): nothing is stored."""


def run_check(folder: Path, season: Season, *extra: str) -> tuple[int, dict]:
    """`checker check . --format json` in `folder`, as its own process: the same command a county
    runs, its places relative to the folder (表格.xlsx 数据!G5, 530322/表格.xlsx), and a fault in one
    check cannot take the server down. Returns (exit code, the JSON record)."""
    import os
    import subprocess
    import sys

    args = [sys.executable, "-m", "checker", "check", ".", "--format", "json", "--jobs", "1",
            "--period", str(season.period), *(("--criteria", season.criteria) if season.criteria else ()), *extra]
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    try:
        done = subprocess.run(args, cwd=folder, env=env, capture_output=True, timeout=CHECK_TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        raise CheckFailed("timeout") from exc
    if done.returncode not in (0, 1, 2, 3) or not done.stdout.strip():
        raise CheckFailed(done.stderr.decode("utf-8", "replace")[-2000:])
    return done.returncode, json.loads(done.stdout)


class Checkers:
    """A pool of worker processes, each with the packs compiled and the engine started once
    (checker.api.Warm), that check uploads one at a time: one check costs tens of milliseconds instead
    of a process start; a worker's fault (even a crash of the engine's C code) fails that check,
    never the server — the pool is made anew. Made on first use, shut down with the app."""

    def __init__(self, workers: int | None = None):
        import os
        import threading

        self.workers = workers or os.cpu_count() or 1
        self._pool = None
        self._lock = threading.Lock()  # requests arrive on many threads at once: one pool, made once

    def _get(self):
        with self._lock:
            if self._pool is None:
                import multiprocessing
                from concurrent.futures import ProcessPoolExecutor

                self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
            return self._pool

    def warm(self, criteria: str | None = None) -> None:
        """Start the workers and compile the default packs in each, before the first county waits."""
        pool = self._get()
        for done in [pool.submit(_start, criteria) for _ in range(self.workers)]:
            done.result(timeout=CHECK_TIMEOUT)

    def check(self, season: Season, filename: str, content: bytes, report: str | None = None
              ) -> tuple[int, str, dict, set[str]]:
        """(exit code, the JSON record as text, its summary, the entities it is about): the record
        travels as the worker wrote it and is stored as it is, never parsed and written again.
        `report`: the county's confirmed report figures (a YAML, checker/web/drafts.py), checked as
        `checker check FILE --report .report.yaml` checks them."""
        from concurrent.futures.process import BrokenProcessPool

        with tempfile.TemporaryDirectory(prefix="checker-upload-") as folder:
            (Path(folder) / filename).write_bytes(content)
            if report is not None:
                (Path(folder) / REPORT_FILE).write_text(report, encoding="utf-8")  # hidden: never a submission
            try:
                code, text, summary, codes = self._get().submit(
                    _check_in, folder, season.criteria, season.period, report is not None).result(timeout=CHECK_TIMEOUT)
            except BrokenProcessPool as exc:
                self.close()
                raise CheckFailed("a checker worker stopped") from exc
            except Exception as exc:  # noqa: BLE001 - time-out or a fault in the worker: nothing stored
                raise CheckFailed(f"{exc.__class__.__name__}: {exc}") from exc
        return code, text, summary, codes

    def call(self, fn, *args):
        """`fn(*args)` in a worker (a county's report read by the extractor, checker/web/drafts.py: a
        damaged file cannot take the server down); CheckFailed as for a check."""
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._get().submit(fn, *args).result(timeout=CHECK_TIMEOUT)
        except BrokenProcessPool as exc:
            self.close()
            raise CheckFailed("a checker worker stopped") from exc
        except Exception as exc:  # noqa: BLE001 - time-out or a fault in the worker: nothing stored
            raise CheckFailed(f"{exc.__class__.__name__}: {exc}") from exc

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


_WARM: dict = {}


def _warm(criteria: str | None):
    """This worker's packs for `criteria`, compiled on first use (checker.api.Warm)."""
    from checker.api import Warm
    from checker.rules.library import load_packs

    if criteria not in _WARM:
        _WARM[criteria] = Warm(load_packs(criteria))
    return _WARM[criteria]


def _start(criteria: str | None) -> None:
    """A worker's warm-up: its packs compiled (nothing travels back)."""
    _warm(criteria)


def _check_in(folder: str, criteria: str | None, period: int, report: bool = False) -> tuple[int, str, dict, set[str]]:
    """In a worker: `checker check . --period P [--report .report.yaml]` in `folder`, with this
    worker's warm packs."""
    import os

    warm = _warm(criteria)
    os.chdir(folder)
    try:
        record = warm.check(["."], period, [REPORT_FILE] if report else ()).to_dict()
        return (record["summary"]["exit_code"], json.dumps(record, ensure_ascii=False), summary_of(record),
                entity_codes(record))
    finally:
        os.chdir("/")


def entity_codes(record: dict) -> set[str]:
    return {f["entity"]["code"] for f in record["findings"]} | {
        str(c) for i in record.get("inputs", ()) for c in i.get("entities", ())}


def county_record(record: dict, code: str) -> dict:
    """A batch's record restricted to one county (its findings, and the errors, notices and inputs
    of its own folder `code/`), with the summary counted again over what is left."""
    mine = lambda item: str(item.get("file", "")).startswith(f"{code}/")  # noqa: E731
    findings = [f for f in record["findings"] if f["entity"]["code"] == code]
    errors = [e for e in record.get("errors", ()) if mine(e)]
    notices = [n for n in record.get("notices", ()) if mine(n)]
    out = {**record, "findings": findings, "errors": errors, "notices": notices,
           "inputs": [i for i in record.get("inputs", ()) if mine(i)], "roster": None}
    out["summary"] = _summary(findings, errors, notices, "waivers" in record)
    return out


def _summary(findings: list[dict], errors: list[dict], notices: list[dict], waivers: bool) -> dict:
    """The record's summary over some of its findings (as Report.summary counts them)."""
    from checker.model import STATUS_ORDER

    by_status = {s.value: 0 for s in STATUS_ORDER}
    blocking = dict(by_status)
    bad, code, waived = ("fail", "missing", "error"), 0, 0
    for f in findings:
        by_status[f["status"]] += 1
        active = (f.get("waiver") or {}).get("state") == "active"
        waived += active
        if f["severity"] == "blocking":
            blocking[f["status"]] += 1
            code = 1 if f["status"] in bad and not active else code
    code = 3 if any(e.get("internal") for e in errors) else 2 if errors else code
    return {"findings": len(findings), "entities": len({(f["entity"]["code"], f["period"]) for f in findings}),
            "by_status": by_status, "blocking_by_status": blocking, "invalid_inputs": len(errors),
            "unchecked_figures": sum(len(n.get("figures", ())) for n in notices if n.get("kind") == "unchecked"),
            "other_year_figures": sum(len(n.get("figures", ())) for n in notices if n.get("kind") == "other_years"),
            "missing_submissions": 0, "exit_code": code} | ({"waived": waived} if waivers else {})


def summary_of(record: dict) -> dict:
    summary = record.get("summary", {})
    return {"exit_code": summary.get("exit_code"), "blocking": summary.get("blocking_by_status", {}),
            "by_status": summary.get("by_status", {}), "invalid_inputs": summary.get("invalid_inputs", 0)}


def filled_form(season: Season, code: str, name: str, level: str, region: str | None) -> bytes:
    """This season's form with the county's code, name, level, region and the year filled in."""
    from openpyxl import load_workbook

    from checker.rules.template import ENTITY_SHEET, render

    blank = b"".join(render(_packs(season), season.period, "xlsx"))
    wb = load_workbook(io.BytesIO(blank))
    ws = wb[ENTITY_SHEET]
    values = {"entity_code": code, "entity_name": name, "entity_level": level, "entity_region": region,
              "period": season.period}
    for row in ws.iter_rows():
        key = row[0].value
        if key in values and values[key] is not None:
            cell = row[3]
            cell.value = values[key]
            if key == "entity_code":
                cell.number_format = "@"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def freeze(url: str, season: Season, uploads: Iterable, roster: Iterable, waivers: list[dict],
           store_round: str, reports: dict[str, str] | None = None) -> tuple[int, dict]:
    """Check every county's last upload of the open round together, as one batch (`code/file`), and
    write it to the history store as the round `store_round` (the store writes a round in one
    transaction), with the season's roster (who did not submit) and waivers, and each county's
    confirmed report figures (`reports`: code -> YAML, as `--report code/.report.yaml`). Returns
    (exit code, the batch's record)."""
    import csv

    with tempfile.TemporaryDirectory(prefix="checker-round-") as folder:
        root = Path(folder)
        for up in uploads:
            (root / up.code).mkdir()
            (root / up.code / up.filename).write_bytes(up.content)
        extra = ["--store", url, "--round", store_round]
        for code, report in sorted((reports or {}).items()):
            if (root / code).is_dir():
                (root / code / REPORT_FILE).write_text(report, encoding="utf-8")
                extra += ["--report", f"{code}/{REPORT_FILE}"]
        with tempfile.TemporaryDirectory(prefix="checker-side-") as side:
            roster_file = Path(side) / "roster.csv"
            with roster_file.open("w", encoding="utf-8", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(["code", "name", "level", "parent", "region"])
                writer.writerows([r.code, r.name, r.level, "", r.region or ""] for r in roster)
            extra += ["--roster", str(roster_file)]
            if waivers:
                path = Path(side) / "waivers.yaml"  # JSON is YAML
                path.write_text(json.dumps({"waivers": waivers}, ensure_ascii=False), encoding="utf-8")
                extra += ["--waivers", str(path)]
            return run_check(root, season, *extra)


def render_record(record: dict, fmt: str, lang: str) -> bytes:
    from checker.report.render import render

    out = render(record, fmt, lang)
    return b"".join(c if isinstance(c, bytes) else c.encode("utf-8") for c in out)


def split_zip(records: dict[str, dict], lang: str) -> bytes:
    """One findings file per county (its HTML report), in a zip an office can unpack and mail."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for code in sorted(records):
            info = zipfile.ZipInfo(f"{code}.html", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, render_record(records[code], "html", lang))
    return out.getvalue()


def round_diff(url: str, round_a: str, round_b: str, lang: str) -> str:
    from checker.api import diff
    from checker.report.render.diff import render as render_diff

    return "".join(render_diff(diff(url, round_a, round_b), "html", lang))
