"""The one entry point for programs, tests and the CLI: `check(paths) -> Report`, `diff` and `rounds`
of a store, `run` for submissions in memory, `Warm` for a process that checks batch after batch,
and the `criteria test` runner (`run_examples`, checker/evaluate/examples.py) and report extraction
(`extract_report`, `measure_extraction`, checker/intake/narrative.py) for programs and tests.

The work is done where its stage lives: a batch chunk by chunk in checker/batch/ (chunk.py, across
worker processes in pool.py, the peer checks in peers.py), a store's part of a run in
checker/store/run.py, the roster in checker/report/roster.py."""

from __future__ import annotations

import os
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable

from checker import __version__
from checker.batch.chunk import check_chunk, combine, evaluate_one, guarded, merge_resubmissions, meta, \
    parent_figures
from checker.evaluate.engine import Engine
from checker.evaluate.history import PEER_CHECKS, non_decreasing
from checker.i18n import text
from checker.intake.facts import Loaded
from checker.intake.files import discover
from checker.model import Finding
from checker.report.record import Report
from checker.rules.compile import compile_packs
from checker.rules.criteria import Pack
from checker.rules.library import load_packs
from checker.store.run import RoundSink, StoreRun

# Imported when first asked for (PEP 562), so that a plain check does not import them (start-up).
_LAZY = {"run_examples": "checker.evaluate.examples", "ExampleResult": "checker.evaluate.examples",
         "example_submission": "checker.evaluate.examples", "extract_report": "checker.intake.narrative",
         "measure_extraction": "checker.intake.narrative", "Measure": "checker.intake.narrative",
         "with_roster": "checker.report.roster"}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["check", "diff", "rounds", "run", "Warm", "run_examples", "ExampleResult", "example_submission",
           "extract_report", "measure_extraction", "Measure", "with_roster", "merge_resubmissions", "meta"]

PARALLEL_MIN_FILES = 64  # below this, starting worker processes costs more than it saves
CHUNK_FILES = 32


def check(paths: Iterable[str | Path], criteria: str | Path | None = None, period: int | None = None,
          packs: list[Pack] | None = None, jobs: int | None = None,
          progress: Callable[[int], None] | None = None, roster: str | Path | None = None,
          plans: Iterable[str | Path] = (), entity: str | None = None, store: str | None = None,
          round_name: str | None = None, against: str | None = None, waivers: str | Path | None = None,
          exclude: Iterable[str | Path] = (), prepare=None, keep_objects: bool = True,
          reports: Iterable[str | Path] = ()) -> Report:
    """Check submission files and directories. `jobs` worker processes (default: the cores, for
    a large batch); `progress(n)` is told each time n more files are done; `reports` are the county's
    narrative reports (.docx, .pdf, .txt, .html) for a submission of one entity and year: the figures
    they state are compared with the submission's (CON-REPORT-01), never taken as its figures; `roster` is the
    office's list of entities that must submit; `plans` are plan files (checker/rules/plan.py)
    whose targets apply to their own entity beside the packs; `entity` is the code a report (.docx,
    .pdf, .html, .txt) given directly is extracted for, every finding on it a draft.

    With a history `store` (a URL), the `history` pack runs against the figures stored before, a
    submission's missing last-year figures are taken from the store (with lineage), the run is
    recorded as the round `round_name` (if given), and `against` names a stored round to diff
    with: the diff record is `report.diff` (with `round_name`, computed in the database from the
    round just written, as `diff` does; without, from the run's rows in memory). `waivers` is the
    inspector's waivers file.

    For a caller that renders the report: `prepare` is a renderer's preparer
    (checker.report.render `preparer`), whose parts of the output are made in the workers beside
    the findings; with `keep_objects=False` the workers send back the findings' records without
    their objects (kept anyway for a store or waivers, which read them): the report's findings
    then give records, texts and heads, not Finding objects."""
    packs = packs if packs is not None else load_packs(criteria)
    plan_notices = []
    if plans or any(p.entity for p in packs):  # plans' modules are imported only when there are plans (start-up)
        from checker.rules.plan import load_plans
        from checker.rules.planreport import below_floors

        plan_packs, plan_notices = load_plans(list(plans)) if plans else ([], [])
        packs = packs + plan_packs
        plan_notices = plan_notices + below_floors([p for p in packs if p.entity], [p for p in packs if not p.entity])
    db = sink = None
    if store:  # the store, waivers and roster modules are imported only when asked for (start-up)
        from checker.store.rounds import RoundData, Store

        db = Store(store, create=bool(round_name))  # read-only use never makes a store (a typo)
    try:
        run = None
        if db is not None:
            if not any(p.id == "history" for p in packs):
                packs = packs + load_packs("history")
            if against:
                db.created_at(against)  # an unknown round is refused before the batch is checked
            run = StoreRun(store, non_decreasing(c for p in packs for c in p.criteria), bool(round_name or against),
                           any(c.check in PEER_CHECKS for p in packs for c in p.criteria), db.empty(), db.driver())
            writer = db.writer(round_name, __version__) if round_name else None  # a name taken: refused now
            # --against without --round: the run's rows are kept in memory to be diffed; with a
            # round, the diff walks the stored round instead (below), so nothing is kept
            sink = RoundSink(run, writer, RoundData(text("store.this_run", "zh"), "")
                             if against and not round_name else None)
        keep = keep_objects or waivers is not None
        told, told_errors = {}, []
        if reports:
            from checker.intake.narrative import report_figures

            told, told_errors = report_figures(paths, list(reports), period, entity)
        report = _run(paths, packs, period, 1 if told else jobs, progress, entity, run, exclude, prepare, keep, sink,
                      told)
        if told_errors:
            report = replace(report, errors=report.errors + tuple(told_errors))
        if plan_notices:
            report = replace(report, notices=report.notices + tuple(plan_notices))
        if roster is not None:
            from checker.report.roster import with_roster

            report = with_roster(report, Path(roster))
        if waivers is not None:
            from checker.report import waivers as waiver_file

            report = waiver_file.apply(report, Path(waivers))
            if sink is not None:
                sink.waive(report.findings)
        if db is None:
            return report
        created = report.meta["generated_at"]
        if sink.writer is not None:
            sink.writer.finish(created, report.meta["packs"])
            sink.writer = None
        if against and round_name:  # the round is stored: diffed in the database (store/walk.py), as `diff`
            from checker.store.diff import diff_groups

            report = replace(report, diff=diff_groups((against, db.created_at(against)), (round_name, created),
                                                      db.walk(against, round_name), meta(packs)))
        elif against:
            from checker.store.diff import diff as diff_rounds

            sink.data.created_at = created
            report = replace(report, diff=diff_rounds(db.load(against), sink.data, meta(packs)))
        return report
    finally:
        if sink is not None and sink.writer is not None:
            sink.writer.abort()  # the run did not finish: nothing of the round is kept
        if db is not None:
            db.close()
            StoreRun.close(store)


def diff(store: str, round_a: str, round_b: str, only: Iterable[str] | None = None) -> dict:
    """The diff record between two stored rounds (checker/store/diff.py); with `only`, just those
    groups of findings and sections (`figures`, `submissions`), the summary still counting all."""
    from checker.store.diff import diff_groups, select
    from checker.store.rounds import Store

    db = Store(store)
    try:  # both rounds walked entity by entity in key order: never a whole round in memory
        record = diff_groups((round_a, db.created_at(round_a)), (round_b, db.created_at(round_b)),
                             db.walk(round_a, round_b), {"generated_at": meta([])["generated_at"],
                                                         "checker_version": __version__})
    finally:
        db.close()
    return select(record, frozenset(only)) if only else record


def rounds(store: str) -> dict:
    """The rounds in a store: name, date, checker version, submissions and findings by status."""
    from checker.store.rounds import Store
    from checker.store.schema import safe_url

    db = Store(store)
    try:
        return {"store": safe_url(store), "rounds": db.listing()}
    finally:
        db.close()


def _run(paths, packs: list[Pack], period: int | None, jobs: int | None, progress, entity: str | None,
         history: "StoreRun | None", exclude: Iterable[str | Path] = (), prepare=None, keep: bool = True,
         sink: "RoundSink | None" = None, told: dict | None = None) -> Report:
    """Evaluate every file; with a store (`history`, and its `sink`), each chunk reads its own
    history, and its rows and peer figures go to the sink as it arrives; then the peer checks, in
    the same worker processes as the chunks."""
    files, errors = discover([Path(p) for p in paths], [Path(p) for p in exclude])
    if prepare is not None:
        prepare = prepare.for_batch([f.as_posix() for f in files])
    parents = parent_figures(files, packs, period)
    if jobs is None:
        jobs = min(os.cpu_count() or 1, 1 + len(files) // PARALLEL_MIN_FILES)
    chunks = [files[i:i + CHUNK_FILES] for i in range(0, len(files), CHUNK_FILES)]
    peers = sink is not None and history.peers
    with ExitStack() as stack:
        workers = None
        if jobs > 1 and len(chunks) > 1:
            from checker.batch.pool import Workers, parallel

            workers = stack.enter_context(Workers(jobs, packs, parents, history, prepare, keep))
            results = parallel(chunks, packs, period, jobs, progress, parents, entity, history, prepare=prepare,
                               keep=keep, sink=sink.chunk if sink is not None else None, workers=workers)
            if not peers:
                workers.close()  # nothing more for them: their memory is given back before the chunks are combined
        else:
            compiled = compile_packs(packs)
            with Engine(compiled) as engine:
                results = []
                for chunk in chunks:
                    results.append(check_chunk(chunk, period, packs, compiled, engine, parents, entity, history,
                                               prepare, keep, told))
                    if sink is not None:
                        sink.chunk(results[-1])
                    if progress:
                        progress(len(chunk))
        report = combine(results, errors, packs, period, parents, entity, history, sink)
        if peers:
            from checker.batch.peers import peer_checks

            report = peer_checks(report, sink, packs, history, workers)
    return report

def run(loaded: Loaded, packs: list[Pack]) -> Report:
    """Evaluate submissions already in memory (one per entity and year after merging)."""
    compiled = compile_packs(packs)
    findings: list[Finding] = []
    with Engine(compiled) as engine:
        for submission in merge_resubmissions(loaded):
            findings.extend(guarded(submission, packs, loaded.errors,
                                    lambda: evaluate_one(submission, packs, compiled, engine, notices=loaded.notices)))
    return Report(tuple(findings), tuple(loaded.errors), tuple(loaded.notices), tuple(loaded.inputs),
                  meta(packs))


class Warm:
    """Packs compiled once and their engine kept open, for a process that checks one small batch
    after another (the portal's workers, checker/web/work.py): `check` is `check(paths, packs=…)`
    without compiling the packs and starting the engine each time. Not for a store or waivers."""

    def __init__(self, packs: list[Pack]):
        self.packs = packs
        self.compiled = compile_packs(packs)
        self.engine = Engine(self.compiled)
        self.engine.__enter__()

    def check(self, paths: Iterable[str | Path], period: int | None = None, reports: Iterable[str | Path] = ()
              ) -> Report:
        files, errors = discover([Path(p) for p in paths])
        told, told_errors = ({}, [])
        if reports:
            from checker.intake.narrative import report_figures

            told, told_errors = report_figures(paths, list(reports), period, None)
        result = check_chunk(files, period, self.packs, self.compiled, self.engine, told=told)
        return combine([result], errors + told_errors, self.packs, period)

    def close(self) -> None:
        self.engine.__exit__(None, None, None)
