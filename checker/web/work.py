"""What the portal asks of the library, the way the command line asks it: check an upload, freeze
a round into the history store, the diff between rounds, the forms and the downloads. Nothing is
decided here that `checker check` does not decide: every verdict comes from checker.api."""

from __future__ import annotations

import io
import json
import re
import tempfile
import zipfile
from dataclasses import dataclass
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


def _run_child(folder: Path, *args: str) -> dict:
    """`python -m checker.web.work ARGS` in `folder`, as its own process: a fault in one batch
    cannot take the server down, and what it prints (one JSON document) is its answer."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    try:
        done = subprocess.run([sys.executable, "-m", "checker.web.work", *args], cwd=folder, env=env,
                              capture_output=True, timeout=CHECK_TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        raise CheckFailed("timeout") from exc
    if done.returncode != 0 or not done.stdout.strip():
        raise CheckFailed(done.stderr.decode("utf-8", "replace")[-2000:])
    return json.loads(done.stdout)


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
        with tempfile.TemporaryDirectory(prefix="checker-upload-") as folder:
            (Path(folder) / filename).write_bytes(content)
            if report is not None:
                (Path(folder) / REPORT_FILE).write_text(report, encoding="utf-8")  # hidden: never a submission
            return self.call(_check_in, folder, season.criteria, season.period, report is not None)

    def call(self, fn, *args):
        """`fn(*args)` in a worker (a check, or a county's report read by the extractor,
        checker/web/drafts.py: a damaged file cannot take the server down); CheckFailed when the worker
        stopped, timed out or failed (nothing is stored then)."""
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
    """A worker's warm-up: its packs compiled, and the season's blank form checked once, so the
    first county it serves does not pay for the modules a form's reading loads (~1 s); nothing
    travels back."""
    from checker.rules.template import render

    warm = _warm(criteria)
    with tempfile.TemporaryDirectory(prefix="checker-warm-") as folder:
        (Path(folder) / "form.xlsx").write_bytes(b"".join(render(warm.packs, 2021, "xlsx")))
        _check_in(folder, criteria, 2021)


def _check_in(folder: str, criteria: str | None, period: int, report: bool = False) -> tuple[int, str, dict, set[str]]:
    """In a worker: `checker check . --period P [--report .report.yaml]` in `folder`, with this
    worker's warm packs."""
    import os

    from checker.report.render import render

    warm = _warm(criteria)
    os.chdir(folder)
    try:
        report = warm.check(["."], period, [REPORT_FILE] if report else ())
        text = "".join(render(report.record(), "json", "zh"))  # `--format json`: the findings' texts as made
        record = report.to_dict()
        return record["summary"]["exit_code"], text, summary_of(record), entity_codes(record)
    finally:
        os.chdir("/")


def entity_codes(record: dict) -> set[str]:
    return {f["entity"]["code"] for f in record["findings"]} | {
        str(c) for i in record.get("inputs", ()) for c in i.get("entities", ())}


def summary_of(record: dict) -> dict:
    """What the office's dashboard and a county's page read of a record, kept beside it: the exit
    code, the counts, and the binding problems by criterion (id -> titles and how many findings)."""
    summary = record.get("summary", {})
    problems: dict[str, dict] = {}
    for f in record["findings"]:
        if f["severity"] == "blocking" and f["status"] in ("fail", "missing", "error"):
            c = f["criterion"]
            problems.setdefault(c["id"], {"zh": c["title_zh"], "en": c["title_en"], "n": 0})["n"] += 1
    return {"exit_code": summary.get("exit_code"), "blocking": summary.get("blocking_by_status", {}),
            "by_status": summary.get("by_status", {}), "invalid_inputs": summary.get("invalid_inputs", 0),
            "blocking_criteria": problems, "todo": to_do(record),
            "errors": [{k: e.get(k) for k in ("place", "place_en", "message", "message_en")}
                       for e in record.get("errors", ())]}


_ORDER = {"error": 0, "fail": 1, "missing": 2, "warn": 3}


def to_do(record: dict) -> list[dict]:
    """The findings a county must act on, binding ones first (then by status), with only what its
    page shows of each: the criterion, stage, status, severity, the message and the cells to fill.
    Made once with the check and kept in the upload's summary: the page never reads the record."""
    found = [f for f in record["findings"] if f["status"] in _ORDER]
    found.sort(key=lambda f: (f["severity"] != "blocking", _ORDER[f["status"]]))
    return [{"criterion": {k: f["criterion"][k] for k in ("id", "title_zh", "title_en")}, "stage": f["stage"],
             "status": f["status"], "severity": f["severity"], "message_zh": f["message_zh"],
             "message_en": f["message_en"], "cells": [m["cell"] for m in f.get("missing") or () if m.get("cell")]}
            for f in found]


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


@dataclass(frozen=True)
class Frozen:
    """A round as checked at freezing: the batch's record (the office's downloads) and each county's
    own, cut from the batch's Report by checker/report/split.py, as JSON texts with their summaries."""

    exit_code: int
    record: str
    counties: dict[str, tuple[str, dict]]  # code -> (its record, its summary)


def freeze(url: str, season: Season, uploads: Iterable, roster: Iterable, waivers: list[dict],
           store_round: str, reports: dict[str, str] | None = None) -> Frozen:
    """Check every county's last upload of the open round together, as one batch (`code/file`), and
    write it to the history store as the round `store_round` (the store writes a round in one
    transaction), with the season's roster (who did not submit) and waivers, and each county's
    confirmed report figures (`reports`: code -> YAML, as `--report code/.report.yaml`)."""
    import csv

    roster = list(roster)
    with tempfile.TemporaryDirectory(prefix="checker-round-") as folder:
        root = Path(folder)
        for up in uploads:
            (root / up.code).mkdir()
            (root / up.code / up.filename).write_bytes(up.content)
        told = []
        for code, report in sorted((reports or {}).items()):
            if (root / code).is_dir():
                (root / code / REPORT_FILE).write_text(report, encoding="utf-8")
                told.append(f"{code}/{REPORT_FILE}")
        with tempfile.TemporaryDirectory(prefix="checker-side-") as side:
            roster_file = Path(side) / "roster.csv"
            with roster_file.open("w", encoding="utf-8", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(["code", "name", "level", "parent", "region"])
                writer.writerows([r.code, r.name, r.level, "", r.region or ""] for r in roster)
            spec = {"criteria": season.criteria, "period": season.period, "store": url, "round": store_round,
                    "roster": str(roster_file), "codes": [r.code for r in roster], "waivers": None,
                    "reports": told}
            if waivers:
                path = Path(side) / "waivers.yaml"  # JSON is YAML
                path.write_text(json.dumps({"waivers": waivers}, ensure_ascii=False), encoding="utf-8")
                spec["waivers"] = str(path)
            done = _run_child(root, "freeze", json.dumps(spec, ensure_ascii=False))
    dump = lambda record: json.dumps(record, ensure_ascii=False, sort_keys=True)  # noqa: E731
    return Frozen(done["exit_code"], dump(done["record"]),
                  {code: (dump(record), summary_of(record)) for code, record in done["counties"].items()})


def _freeze_child(spec: dict) -> dict:
    """In the freezing process (its working folder the batch's): `checker check . --store URL
    --round R --roster F [--waivers W]`, and each county's report cut from it (by_entity); a file
    that names no county belongs to the county whose folder holds it."""
    from checker.api import check
    from checker.report.split import by_entity

    report = check(["."], criteria=spec["criteria"], period=spec["period"], store=spec["store"],
                   round_name=spec["round"], roster=spec["roster"], waivers=spec["waivers"], jobs=1,
                   reports=spec.get("reports") or ())
    codes = set(spec["codes"])
    parts = by_entity(report, owner=lambda file: file.split("/", 1)[0] if file.split("/", 1)[0] in codes else None)
    return {"exit_code": report.exit_code(), "record": report.to_dict(),
            "counties": {entity.code: part.to_dict() for entity, part in parts.entities}}


def render_record(record: dict, fmt: str, lang: str) -> bytes:
    from checker.report.render import render

    out = render(record, fmt, lang)
    return b"".join(c if isinstance(c, bytes) else c.encode("utf-8") for c in out)


def split_zip(records: Iterable[tuple[str, str, str]], lang: str) -> bytes:
    """One findings file per county, `<code>-<name>.html` (its HTML report, from its own record:
    (code, name, record as JSON text)), in a zip an office can unpack and mail."""
    from checker.model import Entity
    from checker.report.split import file_stem

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for code, name, record in sorted(records):
            info = zipfile.ZipInfo(f"{file_stem(Entity(code, name, 'county'))}.html", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, render_record(json.loads(record), "html", lang))
    return out.getvalue()


def round_diff(url: str, round_a: str, round_b: str, lang: str) -> str:
    from checker.api import diff
    from checker.report.render.diff import render as render_diff

    return "".join(render_diff(diff(url, round_a, round_b), "html", lang))


if __name__ == "__main__":  # the freezing process (`_run_child`)
    import sys

    if sys.argv[1:2] != ["freeze"] or len(sys.argv) != 3:
        raise SystemExit(2)
    sys.stdout.buffer.write(json.dumps(_freeze_child(json.loads(sys.argv[2])), ensure_ascii=False).encode("utf-8"))
