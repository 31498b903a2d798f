"""The one entry point for programs, tests and the CLI: `check(paths) -> Report`."""

from __future__ import annotations

import os
import pickle
import time
import zlib
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, ClassVar, Iterable, Iterator

from checker import __version__
from checker.rules.compile import compile_packs
from checker.evaluate import coverage
from checker.evaluate.consistency import report_only
from checker.evaluate.derive import derive
from checker.i18n import t, text
from checker.rules.checks import HISTORY_CHECKS
from checker.rules.criteria import Criterion, Example, Pack, packs_for
from checker.rules.library import load_packs
from checker.rules.plan import load_plans
from checker.rules.planreport import below_floors
from checker.evaluate.engine import Engine
from checker.evaluate.findings import evaluate
from checker.evaluate.history import (PEER_CHECKS, Earlier, History, non_decreasing, peer_figures, peer_view, peers_from,
                                      supplement)
from checker.intake.facts import Loaded, read_fact
from checker.intake.files import discover, internal_error, load_file, unique_inputs
from checker.model import Citation, Entity, Finding, InputError, Location, Status, Submission
from checker.report.bundle import Bundle, Findings, bundles_of
from checker.report.record import Report


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
    with: the diff record is `report.diff`. `waivers` is the inspector's waivers file.

    For a caller that renders the report: `prepare` is a renderer's preparer
    (checker.report.render `preparer`), whose parts of the output are made in the workers beside
    the findings; with `keep_objects=False` the workers send back the findings' records without
    their objects (kept anyway for a store or waivers, which read them): the report's findings
    then give records, texts and heads, not Finding objects."""
    packs = packs if packs is not None else load_packs(criteria)
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
                           any(c.check in PEER_CHECKS for p in packs for c in p.criteria))
            writer = db.writer(round_name, __version__) if round_name else None  # a name taken: refused now
            sink = _RoundSink(run, writer, RoundData(round_name or text("store.this_run", "zh"), "")
                              if against else None)
        keep = keep_objects or waivers is not None
        told, told_errors = _report_figures(paths, list(reports), period, entity) if reports else ({}, [])
        report = _run(paths, packs, period, 1 if told else jobs, progress, entity, run, exclude, prepare, keep, sink,
                      told)
        if told_errors:
            report = replace(report, errors=report.errors + tuple(told_errors))
        if plan_notices:
            report = replace(report, notices=report.notices + tuple(plan_notices))
        if roster is not None:
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
        if against:
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
         sink: "_RoundSink | None" = None, told: dict | None = None) -> Report:
    """Evaluate every file; with a store (`history`, and its `sink`), each chunk reads its own
    history, and its rows and peer figures go to the sink as it arrives."""
    files, errors = discover([Path(p) for p in paths], [Path(p) for p in exclude])
    if prepare is not None:
        prepare = prepare.for_batch([f.as_posix() for f in files])
    parents = parent_figures(files, packs, period)
    if jobs is None:
        jobs = min(os.cpu_count() or 1, 1 + len(files) // PARALLEL_MIN_FILES)
    chunks = [files[i:i + CHUNK_FILES] for i in range(0, len(files), CHUNK_FILES)]
    if jobs > 1 and len(chunks) > 1:
        results = _parallel(chunks, packs, period, jobs, progress, parents, entity, history, prepare=prepare, keep=keep,
                            sink=sink.chunk if sink is not None else None)
    else:
        compiled = compile_packs(packs)
        with Engine(compiled) as engine:
            results = []
            for chunk in chunks:
                results.append(_check_chunk(chunk, period, packs, compiled, engine, parents, entity, history, prepare,
                                            keep, told))
                if sink is not None:
                    sink.chunk(results[-1])
                if progress:
                    progress(len(chunk))
    report = _combine(results, errors, packs, period, parents, entity, history, sink)
    if sink is not None and history.peers:
        report = _peer_checks(report, sink, packs, history, jobs)
    return report


def with_roster(report: Report, path: Path) -> Report:
    """Entities on the roster with no submission, and submissions from entities not on it."""
    from checker.intake.roster import load_roster

    entries, errors = load_roster(path)
    submitted: dict[str, str] = {}
    for item in report.inputs:
        for code in item["entities"]:
            submitted.setdefault(code, item["file"])
    listed = {e["code"] for e in entries}
    missing = [e for e in entries if e["code"] not in submitted] if not errors else []
    unexpected = [{"code": code, "file": file} for code, file in sorted(submitted.items()) if code not in listed] \
        if not errors else []
    notices = list(report.notices) + [
        InputError(u["file"], "entity.code", f"entity {u['code']} is not on the roster {path.as_posix()}")
        for u in unexpected]
    block = {"file": path.as_posix(), "entities": len(entries), "submitted": len(listed & set(submitted)),
             "missing_submissions": missing, "not_on_roster": unexpected}
    return replace(report, errors=report.errors + tuple(errors), notices=tuple(notices), roster=block)


@dataclass
class _ChunkResult:
    """What a chunk of files gives back (from a worker process: pickled). The findings travel in
    bundles (checker/report/bundle.py: JSON texts, heads and the objects compressed, made in the
    worker), so the parent only sorts them into the report."""

    loaded: Loaded
    findings: dict[tuple[str, int, str], list[Bundle]]  # per submission: (code, period, file)
    unchecked: dict[tuple[str, int, str], list[InputError]] = field(default_factory=dict)  # figures nothing read
    rows: bytes | None = None  # with a store: each submission's rows (`_store_rows`), compressed
    peer_subs: bytes | None = None  # with a store: the submissions' figures the peer checks read, compressed
    peer_figures: bytes | None = None  # with a store: each submission's figures for the peers' medians, compressed


def _evaluate(sub: Submission, packs: list[Pack], compiled, engine, parents: dict | None = None,
              history: History | None = None, notices: list[InputError] | None = None) -> list[Finding]:
    """Add the parent's figures a plan's relative targets read, take missing last-year figures from
    the store, derive (the school table, growth rates), pick the entity's province and plan packs, evaluate
    (the peer checks wait for the whole batch: `_peer_checks`); into `notices`, the submission's
    figures no criterion read (`_unchecked`)."""
    own = sub
    extra = (parents or {}).get((sub.entity.code, sub.period), ())
    if extra:
        sub = replace(sub, facts=sub.facts + tuple(extra))
    if history is not None:  # last year's figures from the store first: derived rates are computed from them too
        sub = supplement(sub, history)
    sub = derive(sub)
    findings = evaluate(sub, _without_peer_checks(packs_for(packs, sub.entity.code)), compiled, engine, history)
    if notices is not None:
        notices.extend(_unchecked(own, sub, packs, history))
    if any(f.extracted for f in sub.facts):  # extracted and not confirmed by a person: drafts
        findings = [replace(f, draft=True) for f in findings]
    return findings


def _unchecked(own: Submission, evaluated: Submission, packs: list[Pack], history: History | None) -> list[InputError]:
    """Notices listing the submission's figures no criterion in force read, its figures for years
    neither evaluated nor read, and its narrative report's figures it does not give
    (checker/evaluate/coverage.py)."""
    unchecked, other_years = coverage.unread(own, evaluated, packs_for(packs, own.entity.code), history)
    return coverage.notices(evaluated, unchecked, other_years, report_only(evaluated))


def _report_figures(paths, reports: list, period: int | None, entity: str | None
                    ) -> tuple[dict[tuple[str, int], tuple], list[InputError]]:
    """The figures each narrative report states, as draft facts of the one submission the paths hold
    (its entity and year); an input error for a report that cannot be read, or a batch of several."""
    from checker.intake.documents import from_document
    from checker.intake.extract import ReportError, draft_yaml
    from checker.intake.files import load_paths
    from checker.intake.safeyaml import load_yaml

    told, errors = _confirmed_reports([r for r in reports if Path(r).suffix.lower() in (".yaml", ".yml")], period)
    reports = [r for r in reports if Path(r).suffix.lower() not in (".yaml", ".yml")]
    if not reports:
        return told, errors
    subs = load_paths([Path(p) for p in paths], period).submissions
    keys = sorted({(s.entity.code, s.period) for s in subs})
    if len(keys) != 1:
        return told, errors + [InputError(str(r), "", t("input.report_needs_one", count=len(keys))) for r in reports]
    sub = next(s for s in subs if (s.entity.code, s.period) == keys[0])
    facts = list(told.pop(keys[0], ()))
    for r in reports:
        try:
            draft = extract_report(r, sub.entity.code, sub.period, sub.entity.name, sub.entity.level, sub.entity.region)
        except (ReportError, OSError) as exc:
            errors.append(InputError(str(r), "", t("input.report_unreadable", reason=str(exc))))
            continue
        except Exception as exc:  # noqa: BLE001 - a damaged file the PDF or Word reader refused: this file's error
            errors.append(InputError(str(r), "", t("input.report_unreadable", reason=f"{exc.__class__.__name__}: {exc}")))
            continue
        got = Loaded()
        from_document(load_yaml(draft_yaml(draft)), str(r), Path(r), got)
        facts += [f for s in got.submissions for f in s.facts]
        errors += got.errors
    return {**told, keys[0]: tuple(facts)}, errors


def _confirmed_reports(reports: list, period: int | None) -> tuple[dict[tuple[str, int], tuple], list[InputError]]:
    """A report given as its draft YAML (`checker extract`, a person's `confirmed: true`; the portal
    writes one per county): its figures for its own entity and year (`period` when given, as for the
    submissions), so a batch may have several."""
    told: dict[tuple[str, int], tuple] = {}
    got = Loaded()
    for r in reports:
        load_file(Path(r), got)  # a submission file's limits and errors
    for s in got.submissions:
        key = (s.entity.code, s.period if period is None else period)
        told[key] = told.get(key, ()) + tuple(s.facts)
    return told, got.errors


def _with_report(sub: Submission, facts: tuple) -> Submission:
    """The report's figures on a submission: compared with its own (CON-REPORT-01), never replacing
    one; a figure a person confirmed (not `extracted`) that the submission does not give at all — no
    figure, no unreadable one, for its indicator, stage, year and scope — counts as the entity's
    own, cited at its place in the report. A draft never counts."""
    given = {(f.key, f.scope) for f in sub.facts} | {((b.indicator, b.stage, b.period), None) for b in sub.bad_facts}
    taken: dict = {}
    for f in facts:
        if not f.extracted and not f.is_claim and (f.key, f.scope) not in given:
            taken.setdefault((f.key, f.scope, f.value_as_written), f)
    return replace(sub, facts=sub.facts + tuple(taken.values()), report_facts=facts)


_NO_PEERS: dict[tuple[int, ...], tuple[list[Pack], list[Pack]]] = {}


def _without_peer_checks(packs: list[Pack]) -> list[Pack]:
    """The packs without their peer checks, the same objects for the same packs: the evaluator's
    plans are made once per pack tuple (cases.plans), and a new tuple for every submission made
    them again for each (the history pack's), ~1 ms a submission, and filled its cache: ~100 MB a
    worker in a national round."""
    key = tuple(map(id, packs))
    hit = _NO_PEERS.get(key)
    if hit is not None and all(a is b for a, b in zip(hit[0], packs)):
        return hit[1]
    if len(_NO_PEERS) > 1_000:
        _NO_PEERS.clear()
    made = [p if not any(c.check in PEER_CHECKS for c in p.criteria)
            else replace(p, criteria=tuple(c for c in p.criteria if c.check not in PEER_CHECKS)) for p in packs]
    _NO_PEERS[key] = (list(packs), made)
    return made


def _peer_checks(report: Report, sink: "_RoundSink", packs: list[Pack], run: "StoreRun", jobs: int = 1) -> Report:
    """The checks against the province's peers in this round, once every submission is read: the
    peers' figures in one pass over the submissions' kept figures (`peer_view`, compressed per
    chunk), then the checks, chunk by chunk across worker processes (each given its provinces'
    peers); their findings go with each entity's others (a bundle of their own right after the
    entity's last one: the same order, its other findings left as they are) and to the store."""
    peer_packs = [replace(p, criteria=tuple(c for c in p.criteria if c.check in PEER_CHECKS)) for p in packs
                  if not p.extends and any(c.check in PEER_CHECKS for c in p.criteria)]
    if not peer_packs:
        return report
    peers, provinces = sink.peers()
    tasks = [(blob, {k: v for k, v in peers.items() if k[0] in mine}, skip)
             for (blob, skip), mine in zip(sink.peer_tasks(), provinces)]
    extra: dict[tuple[str, int], list[Bundle]] = {}
    rows: list[dict] = []
    for key, bundles, found in _peer_results(tasks, peer_packs, run, jobs):
        extra[key] = bundles
        rows.extend(found)
    sink.rows_of_findings(rows)
    bundles = Findings.of(report.findings).bundles
    findings: list[Bundle] = []
    for n, bundle in enumerate(bundles):
        key = (bundle.entity.code, bundle.period)
        nxt = bundles[n + 1] if n + 1 < len(bundles) else None
        more = extra.pop(key, []) if nxt is None or (nxt.entity.code, nxt.period) != key else []
        findings.append(bundle)
        findings.extend(more)
    return replace(report, findings=Findings(findings))


def _peer_results(tasks: list[tuple], peer_packs: list[Pack], run: "StoreRun", jobs: int):
    """(key, bundles, store rows) of each submission's peer checks: across `jobs` worker processes
    for a large batch, else here (and here too for any task a worker could not finish)."""
    done: list = [None] * len(tasks)
    if jobs > 1 and len(tasks) > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        try:
            with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                                     initializer=_init_peer_worker, initargs=(peer_packs, run)) as pool:
                futures = [pool.submit(_peer_work, *task) for task in tasks]
                for i, future in enumerate(futures):
                    try:
                        done[i] = future.result()
                    except Exception:  # noqa: BLE001 - a worker lost: that task runs here
                        done[i] = None
        except Exception:  # noqa: BLE001 - no pool: every task runs here
            pass
    if any(d is None for d in done):
        _init_peer_worker(peer_packs, run)
        try:
            for i, task in enumerate(tasks):
                if done[i] is None:
                    done[i] = _peer_work(*task)
        finally:
            _PEER.pop("engine").close()
    for found in done:
        yield from found


_PEER: dict = {}


def _init_peer_worker(peer_packs: list[Pack], run: "StoreRun") -> None:
    compiled = compile_packs(peer_packs)
    _PEER.update(packs=peer_packs, compiled=compiled, engine=Engine(compiled), run=run)


def _peer_work(blob: bytes, peers: dict, skip: frozenset) -> list[tuple[tuple[str, int], list[Bundle], list[tuple]]]:
    """The peer checks of one chunk's submissions (`peer_view`s, compressed), given their provinces' peers."""
    from checker.store.rounds import finding_values

    run: StoreRun = _PEER["run"]
    history = History(peers=peers, non_decreasing=run.non_decreasing)
    out = []
    for sub in _unpack(blob):
        key = (sub.entity.code, sub.period)
        if key in skip:
            continue
        found = evaluate(sub, _PEER["packs"], _PEER["compiled"], _PEER["engine"], history)
        out.append((key, bundles_of(found) if found else [], [finding_values(f) for f in found] if run.rows else []))
    return out


def parent_figures(files: list[Path], packs: list[Pack], period: int | None) -> dict:
    """Relative plan targets ("达全市平均水平"): the parent entity's figures in this batch, as
    `parent_<indicator>` facts of each child, keyed by (child code, year). Only when a plan has
    such a target are the files read for it (a second, cheap pass); without the parent's
    submission the child's finding is `missing`, naming the parent's figure."""
    wanted: dict[str, set[tuple[str, str]]] = {}  # parent code -> {(child code, indicator)}
    for pack in packs:
        for c in pack.criteria:
            if c.plan and c.plan.get("relative") == "parent" and c.plan.get("parent"):
                wanted.setdefault(c.plan["parent"], set()).add((pack.entity, c.plan["indicator"]))
    if not wanted:
        return {}
    loaded = Loaded()
    for path in files:
        load_file(path, loaded, period)
    found: dict = {}
    for sub in loaded.submissions:
        sub = _with_period(sub, period) if period is not None else sub
        for child, indicator in sorted(wanted.get(sub.entity.code, ())):
            facts = [replace(f, indicator=f"parent_{indicator}") for f in sub.facts
                     if f.indicator == indicator and f.period == sub.period and f.stage is None
                     and f.scope is None and not f.is_claim]
            found.setdefault((child, sub.period), []).extend(facts)
    return {key: tuple(facts) for key, facts in found.items()}


def _guarded(sub: Submission, packs: list[Pack], errors: list[InputError], run: Callable[[], list[Finding]]
             ) -> list[Finding]:
    """`run()` (evaluating `sub`); an exception — a bug met with this submission — makes every
    criterion of the entity an `error` finding naming the file, and an internal error (exit 3) in
    `errors`: the batch goes on."""
    try:
        return run()
    except Exception as exc:  # noqa: BLE001 - one submission never ends the batch
        error = f"{exc.__class__.__name__}: {str(exc)[:200]}"
        entity = f"{sub.entity.code} {sub.entity.name} {sub.period}"
        errors.append(InputError(sub.file, "", t("input.internal_error_checking", entity=entity, error=error),
                                 internal=True))
        zh, en = text("input.internal_error_checking", "zh", entity=entity, error=error), \
            text("input.internal_error_checking", "en", entity=entity, error=error)
        return [Finding(sub.entity, sub.period, c.id, c.title_zh, c.title_en, stage, Status.ERROR, c.severity,
                        f"{zh} ({sub.file})", f"{en} ({sub.file})", basis=c.basis, pack=c.pack)
                for p in packs_for(packs, sub.entity.code) for c in p.criteria for stage in c.stages]


def _check_chunk(files: list[Path], period: int | None, packs: list[Pack], compiled, engine,
                 parents: dict | None = None, entity: str | None = None,
                 history: "StoreRun | History | None" = None, prepare=None, keep: bool = True,
                 told: dict | None = None) -> _ChunkResult:
    loaded = Loaded()
    for path in files:
        load_file(path, loaded, period, entity)
    if period is not None:
        loaded.submissions = [_with_period(sub, period) for sub in loaded.submissions]
    run = history if isinstance(history, StoreRun) else None
    if run is not None:  # this chunk's entities' history, read now: never the whole nation at once
        history = run.history(loaded.submissions)
    findings, kept, unchecked = {}, {}, {}
    for sub in loaded.submissions:
        if told and (sub.entity.code, sub.period) in told:  # what the narrative report states (--report)
            sub = _with_report(sub, told[(sub.entity.code, sub.period)])
        key = (sub.entity.code, sub.period, sub.file)
        notes = unchecked[key] = []
        findings[key] = bundles_of(_guarded(
            sub, packs, loaded.errors, lambda: _evaluate(sub, packs, compiled, engine, parents, history, notes)))
        kept[key] = sub
    rows = peer_subs = figures = None
    if run is not None:
        if run.rows:
            rows = _pack([_store_rows(kept[key], found) for key, found in findings.items()])
        if run.peers:
            views = [peer_view(sub) for sub in kept.values()]
            peer_subs = _pack(views)
            figures = _pack([((v.entity.code, v.period), peer_figures(v)) for v in views])
    bundles = [b for found in findings.values() for b in found]
    if prepare is not None:  # a renderer's parts, made here beside the findings (`check`)
        prepare.bundles(bundles, loaded.inputs)
    if not keep:
        for bundle in bundles:
            bundle.without_objects()
    loaded.submissions = []  # only the findings travel back; resubmissions are reloaded by _combine
    return _ChunkResult(loaded, findings, unchecked, rows, peer_subs, figures)


def _pack(items: list) -> bytes:
    return zlib.compress(pickle.dumps(items, pickle.HIGHEST_PROTOCOL), 1)


def _unpack(blob: bytes) -> list:
    return pickle.loads(zlib.decompress(blob))


def _store_rows(sub: Submission, bundles: list[Bundle]) -> tuple[dict, list[dict], list[dict]]:
    """A submission's rows in the store: its own, its facts', its findings' (made where the objects are)."""
    from checker.store.rounds import fact_values, finding_values, submission_row

    return (submission_row(sub), [fact_values(f) for f in sub.facts],
            [finding_values(f) for b in bundles for f in b.findings()])


@dataclass
class StoreRun:
    """What a run with a history store needs in every process: the store's URL (each chunk reads
    the history of its own entities, `history`), the 只增不减 indicators, whether each submission's
    rows are made for the store (`rows`: a round is recorded, or diffed with `--against`) and
    whether the peer checks' figures are kept (`peers`)."""

    url: str
    non_decreasing: frozenset[str]
    rows: bool
    peers: bool

    _open: ClassVar[dict] = {}  # url -> Store, one per process

    def history(self, subs: Iterable[Submission]) -> History:
        from checker.store.rounds import Store

        store = self._open.get(self.url)
        if store is None:
            store = self._open[self.url] = Store(self.url)
        found = store.history(sub.entity.code for sub in subs)
        found.non_decreasing = self.non_decreasing
        return found

    @classmethod
    def close(cls, url: str) -> None:
        store = cls._open.pop(url, None)
        if store is not None:
            store.close()


class _RoundSink:
    """The parent's end of a run with a store: each chunk's rows go to the round being written
    (`writer`, one transaction) and/or to the run's own RoundData (`data`, for `--against`) as the
    chunk arrives, and are dropped; the peer checks' figures are kept compressed, per chunk. A
    resubmission (one entity and year in several files, merged only once every chunk is in) has its
    rows replaced by the merged submission's."""

    def __init__(self, run: StoreRun, writer, data):
        self.run, self.writer, self.data = run, writer, data
        self.peer_blobs: list[bytes] = []
        self.figure_blobs: list[bytes] = []
        self.merged: dict[tuple[str, int], Submission] = {}

    def chunk(self, result: _ChunkResult) -> None:
        if result.rows is not None:
            self._rows(_unpack(result.rows))
            result.rows = None
        if result.peer_subs is not None:
            self.peer_blobs.append(result.peer_subs)
            self.figure_blobs.append(result.peer_figures)
            result.peer_subs = result.peer_figures = None

    def _rows(self, items: list[tuple[dict, list[tuple], list[tuple]]]) -> None:
        from checker.store.rounds import FACT_COLUMNS

        if self.writer is not None:
            self.writer.submissions([(sub, facts) for sub, facts, _ in items])
            self.writer.findings([row for _, _, found in items for row in found])
        if self.data is not None:
            for sub, facts, found in items:
                code, period = sub["entity_code"], sub["period"]
                self.data.submissions[(code, period)] = {"code": code, "name": sub["entity_name"], "period": period,
                                                         "file": sub["file"]}
                for row in facts:
                    self.data.add_fact(code, period, dict(zip(FACT_COLUMNS, row)))
                self._findings(found)

    def _findings(self, rows: list[tuple]) -> None:
        from checker.store.rounds import FINDING_COLUMNS

        for values in rows:
            row = dict(zip(FINDING_COLUMNS, values))
            self.data.findings[(row["entity_code"], row["period"], row["criterion_id"], row["stage"])] = row

    def resubmission(self, key: tuple[str, int], sub: Submission, found: list[Finding]) -> None:
        from checker.store.rounds import fact_values, finding_values, submission_row

        if self.writer is not None:
            self.writer.drop(*key)
        if self.data is not None:
            for table in (self.data.submissions, self.data.facts, self.data.findings):
                for k in [k for k in table if k[:2] == key]:
                    del table[k]
        if self.run.rows:
            self._rows([(submission_row(sub), [fact_values(f) for f in sub.facts], [finding_values(f) for f in found])])
        if self.run.peers:
            self.merged[key] = peer_view(sub)

    def peers(self) -> tuple[dict[tuple, dict[str, float]], list[set[str]]]:
        """The peers' figures (`peers_from`) in the batch's order — by entity and year, each
        resubmission by its merged submission —, and the provinces of each peer task's blob."""
        figures: dict[tuple[str, int], list] = {}
        provinces = []
        for blob in self.figure_blobs:
            found = [(key, f) for key, f in _unpack(blob) if key not in self.merged]
            figures.update(found)
            provinces.append({key[0][:2] for key, _ in found})
        for key, sub in self.merged.items():
            figures[key] = peer_figures(sub)
        if self.merged:
            provinces.append({key[0][:2] for key in self.merged})
        return peers_from((key[0], figures[key]) for key in sorted(figures)), provinces

    def peer_tasks(self) -> list[tuple[bytes, frozenset]]:
        """(blob, the entities' years to leave out of it): each chunk's figures without the
        resubmitted ones, which their merged submissions' blob gives instead."""
        skip = frozenset(self.merged)
        return [(blob, skip) for blob in self.peer_blobs] + (
            [(_pack(list(self.merged.values())), frozenset())] if self.merged else [])

    def rows_of_findings(self, rows: list[tuple]) -> None:
        """The rows of findings made after the chunks (the peer checks')."""
        if self.writer is not None:
            self.writer.findings(rows)
        if self.data is not None:
            self._findings(rows)

    def waive(self, findings: Iterable[Finding]) -> None:
        """The waivers set on the report's findings, onto their rows."""
        from checker.store.rounds import finding_row

        items = [((f.entity.code, f.period, f.criterion_id, f.stage), finding_row(f)["waiver"])
                 for f in findings if f.waiver]
        if self.writer is not None:
            self.writer.waive(items)
        if self.data is not None:
            for k, waiver in items:
                if k in self.data.findings:
                    self.data.findings[k]["waiver"] = waiver


_WORKER: dict = {}


def _init_worker(packs: list[Pack], parents: dict, history: "StoreRun | None" = None, prepare=None,
                 keep: bool = True) -> None:
    compiled = compile_packs(packs)
    _WORKER.update(packs=packs, compiled=compiled, engine=Engine(compiled), parents=parents, history=history,
                   prepare=prepare, keep=keep)


def _work(chunk: list[Path], period: int | None, entity: str | None = None) -> _ChunkResult:
    return _check_chunk(chunk, period, _WORKER["packs"], _WORKER["compiled"], _WORKER["engine"], _WORKER["parents"],
                        entity, _WORKER["history"], _WORKER["prepare"], _WORKER["keep"])


def _parallel(chunks, packs, period, jobs, progress, parents=None, entity=None,
              history: "StoreRun | None" = None, work=None, prepare=None, keep: bool = True,
              sink: Callable[[_ChunkResult], None] | None = None) -> list[_ChunkResult]:
    """Chunks across worker processes. A worker that dies (killed, out of memory, a crash in the
    engine's C code) breaks the pool: the chunks already finished are kept; the lost ones are run
    again one at a time in a fresh worker, and a chunk that kills its worker again is run file by
    file, so the file that kills its worker is reported by name and every other file is checked."""
    work = work or _work
    results: list[_ChunkResult | None] = [None] * len(chunks)
    initargs, args = (packs, parents, history, prepare, keep), (period, entity)
    lost = _run_pool(list(enumerate(chunks)), initargs, args, jobs, progress, work, results, sink)
    for i, result, _ in _one_by_one([(i, chunks[i]) for i in sorted(lost)], initargs, args, work):
        if result is None:
            result = _ChunkResult(Loaded(), {})
            files = list(enumerate(chunks[i]))
            for n, single, code in _one_by_one([(n, [path]) for n, path in files], initargs, args, work):
                _merge_into(result, single if single is not None else _died(chunks[i][n], code))
        results[i] = result
        if sink is not None:
            sink(result)
        if progress:
            progress(len(chunks[i]))
    return results  # type: ignore[return-value]


def _pool(jobs: int, initargs: tuple):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context("spawn")  # a fresh engine per worker; never fork a live one
    return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker, initargs=initargs)


def _run_pool(items, initargs, args, jobs, progress, work, results, sink=None) -> dict[int, object]:
    """Run (index, chunk) items in a pool, each result given to `sink` as it arrives; returns
    {index: exit code} of the items lost."""
    from concurrent.futures import as_completed
    from concurrent.futures.process import BrokenProcessPool

    lost: dict[int, object] = {}
    pool = _pool(jobs, initargs)
    try:
        futures = {}
        for i, chunk in items:
            try:
                futures[pool.submit(work, chunk, *args)] = (i, chunk)
            except BrokenProcessPool:  # a worker died while the chunks were still being handed out
                lost[i] = _exit_code(pool)
        for future in as_completed(futures):
            i, chunk = futures[future]
            try:
                results[i] = future.result()
            except BrokenProcessPool:
                lost[i] = _exit_code(pool)
                continue
            except Exception as exc:  # noqa: BLE001 - the chunk raised past every guard: name its files
                results[i] = _raised(chunk, exc)
            if sink is not None:
                sink(results[i])
            if progress:
                progress(len(chunk))
    finally:
        _close(pool, broken=bool(lost))
    return lost


def _close(pool, broken: bool) -> None:
    """Shut a pool down. A broken one's surviving workers are ended first: Python 3.11's executor
    joins them while they wait for work that never comes, and the batch would hang (seen under
    load when a worker died while the chunks were still being handed out)."""
    if broken:
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            if process.is_alive():
                process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


def _one_by_one(items, initargs, args, work):
    """(index, result or None, exit code) for each (index, chunk), one at a time in one worker,
    started afresh after a worker died: only the chunk that kills its worker is lost."""
    from concurrent.futures.process import BrokenProcessPool

    pool = None
    try:
        for i, chunk in items:
            pool = pool or _pool(1, initargs)
            try:
                yield i, pool.submit(work, chunk, *args).result(), None
            except BrokenProcessPool:
                code = _exit_code(pool)
                _close(pool, broken=True)
                pool = None
                yield i, None, code
            except Exception as exc:  # noqa: BLE001
                yield i, _raised(chunk, exc), None
    finally:
        if pool is not None:
            pool.shutdown(wait=True)


def _raised(chunk: list[Path], exc: BaseException) -> _ChunkResult:
    loaded = Loaded(errors=[internal_error(p.as_posix(), exc) for p in chunk])
    loaded.inputs = [{"file": p.as_posix(), "sha256": None, "entities": []} for p in chunk]
    return _ChunkResult(loaded, {})


def _exit_code(pool) -> object:
    codes = [p.exitcode for p in (getattr(pool, "_processes", None) or {}).values() if p.exitcode]
    return codes[0] if codes else "?"


def _died(path: Path, code: object) -> _ChunkResult:
    name = path.as_posix()
    return _ChunkResult(Loaded(errors=[InputError(name, "", t("input.worker_died", code=code), internal=True)],
                               inputs=[{"file": name, "sha256": None, "entities": []}]), {})


def _merge_into(into: _ChunkResult, other: _ChunkResult) -> None:
    into.loaded.errors.extend(other.loaded.errors)
    into.loaded.notices.extend(other.loaded.notices)
    into.loaded.inputs.extend(other.loaded.inputs)
    into.findings.update(other.findings)
    into.unchecked.update(other.unchecked)
    for name in ("rows", "peer_subs", "peer_figures"):  # one file's, when a chunk is run file by file
        mine, theirs = getattr(into, name), getattr(other, name)
        if theirs is not None:
            setattr(into, name, _pack((_unpack(mine) if mine else []) + _unpack(theirs)))


def _combine(results: list[_ChunkResult], errors: list[InputError], packs: list[Pack],
             period: int | None, parents: dict | None = None, entity: str | None = None,
             history: "StoreRun | None" = None, sink: "_RoundSink | None" = None) -> Report:
    loaded = Loaded(errors=list(errors))
    per_entity: dict[tuple[str, int], list[tuple[str, list[Bundle]]]] = {}
    unchecked: dict[tuple[str, int, str], list[InputError]] = {}
    for result in results:
        unchecked.update(result.unchecked)
        loaded.errors.extend(result.loaded.errors)
        loaded.notices.extend(result.loaded.notices)
        loaded.inputs.extend(result.loaded.inputs)
        for (code, year, file), found in result.findings.items():
            per_entity.setdefault((code, year), []).append((file, found))
    findings: list[Bundle] = []
    resubmitted = {key for key, group in per_entity.items() if len(group) > 1}
    compiled = compile_packs(packs) if resubmitted else None
    with Engine(compiled) if compiled else nullcontext() as engine:
        for key in sorted(per_entity):
            group = per_entity[key]
            if key not in resubmitted:
                findings.extend(group[0][1])
                loaded.notices.extend(unchecked.get((*key, group[0][0]), ()))
                continue
            # A resubmission: reload its files here, merge them into one submission, evaluate once.
            again = Loaded()
            for file in sorted({f for f, _ in group}):
                load_file(Path(file), again, period, entity)
            merged = [_with_period(s, period) if period is not None else s for s in again.submissions]
            merged = [s for s in merged if (s.entity.code, s.period) == key]
            for sub in merge_resubmissions(Loaded(submissions=merged, errors=loaded.errors, notices=loaded.notices)):
                past = history.history([sub]) if history is not None else None
                found = _guarded(sub, packs, loaded.errors,
                                 lambda: _evaluate(sub, packs, compiled, engine, parents, past, loaded.notices))
                findings.extend(bundles_of(found))
                if sink is not None:
                    sink.resubmission(key, sub, found)
    return Report(Findings(findings), tuple(loaded.errors), tuple(loaded.notices), tuple(unique_inputs(loaded.inputs)),
                  meta(packs))


def run(loaded: Loaded, packs: list[Pack]) -> Report:
    """Evaluate submissions already in memory (one per entity and year after merging)."""
    compiled = compile_packs(packs)
    findings: list[Finding] = []
    with Engine(compiled) as engine:
        for submission in merge_resubmissions(loaded):
            findings.extend(_guarded(submission, packs, loaded.errors,
                                     lambda: _evaluate(submission, packs, compiled, engine, notices=loaded.notices)))
    return Report(tuple(findings), tuple(loaded.errors), tuple(loaded.notices), tuple(loaded.inputs),
                  meta(packs))


def merge_resubmissions(loaded: Loaded) -> list[Submission]:
    """One submission per entity and year. The same entity and year in several files are merged:
    identical figures collapse, differing ones become conflicts that name both places."""
    groups: dict[tuple[str, int], list[Submission]] = {}
    for s in sorted(loaded.submissions, key=lambda s: (s.entity.code, s.period, s.file)):
        groups.setdefault((s.entity.code, s.period), []).append(s)
    merged = []
    for (code, period), subs in groups.items():
        first = subs[0]
        if len(subs) > 1:
            files = ", ".join(s.file for s in subs)
            loaded.notices.append(InputError(first.file, "entity", f"entity {code} {first.entity.name} for {period} is "
                                             f"submitted in several files ({files}); figures that differ between them "
                                             "are reported as conflicts"))
            for other in subs[1:]:  # one entity, described two ways: which is right is the county's to say
                for name in ("name", "level", "region"):
                    a, b = getattr(first.entity, name), getattr(other.entity, name)
                    if a != b:
                        loaded.errors.append(InputError(
                            other.file, f"entity.{name}",
                            t("input.entity_differs", code=code, field=name, first=first.file, value=str(a or "—"),
                              other=other.file, other_value=str(b or "—")),
                            t("input.expected_entity_same")))
            first = replace(first, facts=tuple(f for s in subs for f in s.facts),
                            bad_facts=tuple(b for s in subs for b in s.bad_facts),
                            documents=tuple(d for s in subs for d in s.documents),
                            bad_schools=tuple(b for s in subs for b in s.bad_schools))
        merged.append(first)
    return merged


def meta(packs: list[Pack]) -> dict:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    stamp = time.gmtime(int(epoch)) if epoch and epoch.isdigit() else time.gmtime()
    return {
        "checker_version": __version__,
        "packs": [p.meta() for p in packs],
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", stamp),
    }


def _with_period(s: Submission, period: int) -> Submission:
    return replace(s, period=period)  # every other field kept: facts, school table, lineage


# --- criteria examples ------------------------------------------------------------------------

@dataclass(frozen=True)
class ExampleResult:
    pack: str
    criterion: str
    example: str
    expected: str
    actual: str
    message: str

    @property
    def ok(self) -> bool:
        return self.expected == self.actual


def example_submission(criterion: Criterion, example: Example) -> Submission:
    facts, told = [], []
    for n, item in enumerate(example.facts):
        stated = item.get("stated") or {}
        parts = [p if isinstance(p, str) else (p["label"], str(p["value"])) for p in stated.get("parts") or []]
        value = item.get("value")
        fact, problems = read_fact(
            indicator=item["indicator"], stage=item.get("stage"), period=item["period"], value=value,
            value_text=None if value is None else str(value), unit=item.get("unit"),
            citation=Citation("example" if "report" not in item else "report", item.get("report", example.name)),
            known_documents=None, scope=item.get("scope"),
            location=Location(f"criteria example {criterion.id}", path=f"examples[{example.name}].facts[{n}]"),
            stated_change=_text(stated.get("change_pct")), stated_share=_text(stated.get("share_pct")),
            share_of=stated.get("of"), parts=parts, unit_default=True,  # a pack's figures: its indicator's unit
        )
        if fact is None:
            raise ValueError(f"{criterion.id} example {example.name!r}: {problems}")
        (told if "report" in item else facts).append(fact)  # `report:` a figure of the narrative report
    for n, (ref_text, value) in enumerate(example.values):
        if value is None:
            continue
        prev = ref_text.startswith("prev(")
        indicator = ref_text[5:-1] if prev else ref_text
        text = value if isinstance(value, str) else repr(value)
        fact, problems = read_fact(
            indicator=indicator, stage=example.stage, period=example.period - (1 if prev else 0), value=value,
            value_text=text, unit=None, citation=Citation("example", example.name), known_documents=None,
            allow_derived=True,  # an example may state a derived figure: it tests the rule, not the derivation
            unit_default=True,  # an example's values are in the indicator's own unit
            location=Location(f"criteria example {criterion.id}", path=f"examples[{example.name}].values.{ref_text}"),
        )
        if fact is None:
            raise ValueError(f"{criterion.id} example {example.name!r}: {problems}")
        facts.append(fact)
    entity = Entity("000000", f"example {example.name}", example.level, example.region)
    schools: tuple = ()
    if example.schools:
        from checker.intake.schools import read_table

        header = sorted({k for row in example.schools for k in row})
        rows = [[(h, "") for h in header]] + [[("" if r.get(h) is None else str(r[h]), "") for h in header]
                                              for r in example.schools]
        read, bad, problems = read_table(rows, f"criteria example {criterion.id}", None)
        if problems:
            raise ValueError(f"{criterion.id} example {example.name!r}: {[str(p) for p in problems]}")
        schools = tuple(read)
    return derive(Submission(entity, example.period, "example", tuple(facts), schools=schools,
                             schools_file="example schools" if schools else None, report_facts=tuple(told)))


def _text(value) -> str | None:
    return None if value is None else str(value)


def _example_history(criterion: Criterion, example: Example, nd: frozenset[str]) -> tuple[Example, History]:
    """A history check's example: facts with `round:` were submitted in an earlier round, facts with
    `peer:` are another entity of the province in this round; the rest are the submission."""
    own = tuple(f for f in example.facts if "round" not in f and "peer" not in f)
    history = History(non_decreasing=nd)
    for item in example.facts:
        if "round" not in item and "peer" not in item:
            continue
        fact = example_submission(criterion, replace(example, facts=(item,), values=())).facts[0]
        k = (fact.indicator, fact.stage, fact.period, fact.scope)
        if "round" in item:
            history.earlier.setdefault("000000", {})[k] = Earlier(fact, item["round"], "example", fact.period)
        else:
            history.peers.setdefault(("00", *k), {})[str(item["peer"])] = float(fact.value)
    return replace(example, facts=own), history


def run_examples(packs: list[Pack]) -> list[ExampleResult]:
    compiled = compile_packs(packs)
    flat = non_decreasing(c for p in packs + load_packs() for c in p.criteria)
    results = []
    with Engine(compiled) as engine:
        for pack in packs:
            # a province pack's other criteria are its base's, with the base's examples
            for criterion in pack.criteria if not pack.extends else [c for c in pack.criteria
                                                                     if c.id in pack.overrides]:
                single = Pack(pack.id, pack.version, pack.title_zh, pack.title_en, pack.source, pack.sha256,
                              (criterion,))
                for example in criterion.examples:
                    history = None
                    if criterion.check in HISTORY_CHECKS:
                        example, history = _example_history(criterion, example, flat)
                    findings = evaluate(example_submission(criterion, example), [single], compiled, engine, history)
                    mine = [f for f in findings if f.stage == example.stage]
                    actual = mine[0].status.value if len(mine) == 1 else f"{len(mine)} findings"
                    results.append(ExampleResult(pack.id, criterion.id, example.name, example.expect, actual,
                                                 mine[0].message_en if mine else ""))
    return results


# --- extraction -------------------------------------------------------------------------------

def extract_report(path: str | Path, entity: str, period: int, name: str | None = None,
                   level: str | None = None, region: str | None = None):
    """Propose the facts of a county's report (.txt, .docx, .pdf with text, .html) as a draft
    submission (`checker.intake.extract.Draft`; `draft_yaml(draft)` is its file). Raises
    `ReportError` for a file without text."""
    from checker.intake.extract import extract

    return extract(Path(path), entity, period, name, level, region)


@dataclass(frozen=True)
class Measure:
    """Extraction against a hand transcription of the same document: numeric facts compared by
    (indicator, stage, period, normalised value); `wrong` are extracted figures that sit on a key the
    hand gives another value, or a hand figure put on another key; `extra` the rest not in the hand."""

    hand: int
    found: int
    exact: int  # found with the same value and unit as written
    wrong: tuple[str, ...]
    extra: tuple[str, ...]
    missed: tuple[str, ...]
    claims_hand: int
    claims_found: int

    @property
    def recall(self) -> float:
        return self.found / self.hand if self.hand else 1.0


def measure_extraction(report: str | Path, hand: str | Path, entity: str, period: int) -> Measure:
    """Extract `report` and compare it with the hand transcription `hand` (its facts for `entity`)."""
    from checker.intake.extract import draft_yaml
    from checker.intake.files import load_paths
    from checker.intake.documents import from_document
    from checker.intake.safeyaml import load_yaml

    draft = extract_report(report, entity, period)
    got = Loaded()
    from_document(load_yaml(draft_yaml(draft)), "draft", Path(report), got)
    mine = [f for s in got.submissions for f in s.facts]
    theirs = [f for s in load_paths([Path(hand)]).submissions if s.entity.code == entity for f in s.facts]

    def key(f):
        return (f.indicator, f.stage, f.period, f.value)

    def name(f):
        return f"{f.indicator}/{f.stage or '-'}/{f.period}={f.value_as_written}{f.unit_as_written or ''}"

    hand_num = {key(f): f for f in theirs if f.value is not None}
    mine_num = {key(f): f for f in mine if f.value is not None}
    hand_keys = {k[:3] for k in hand_num}
    hand_written = {(f.value_as_written, f.unit_as_written) for f in hand_num.values()}
    wrong, extra = [], []
    for k, f in sorted(mine_num.items(), key=lambda kv: name(kv[1])):
        if k in hand_num:
            continue
        if k[:3] in hand_keys or (f.value_as_written, f.unit_as_written) in hand_written:
            wrong.append(name(f))
        else:
            extra.append(name(f))
    exact = sum(1 for k, f in hand_num.items() if k in mine_num and any(
        (m.value_as_written, m.unit_as_written) == (f.value_as_written, f.unit_as_written)
        for m in mine if key(m) == k))
    claims_hand = {(f.indicator, f.period) for f in theirs if f.value is None}
    claims_mine = {(f.indicator, f.period) for f in mine if f.value is None}
    return Measure(len(hand_num), sum(1 for k in hand_num if k in mine_num), exact, tuple(wrong), tuple(extra),
                   tuple(sorted(name(f) for k, f in hand_num.items() if k not in mine_num)),
                   len(claims_hand), len(claims_hand & claims_mine))


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
        told, told_errors = _report_figures(paths, list(reports), period, None) if reports else ({}, [])
        result = _check_chunk(files, period, self.packs, self.compiled, self.engine, told=told)
        return _combine([result], errors + told_errors, self.packs, period)

    def close(self) -> None:
        self.engine.__exit__(None, None, None)
