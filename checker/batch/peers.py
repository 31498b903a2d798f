"""The checks against the province's peers in this round (`scale_peers`, `yoy_peers`), once every
submission of a run with a store is read: in the batch's own workers when it has them
(checker/batch/pool.py), else here. Each process evaluates them with the peer checks alone compiled
into an engine of their own: asserted into the whole packs' engine instead, a national round took
1.08× the CPU time of a second pool (two paired runs); this way, 1.04× (0.95–1.14: noise)."""

from __future__ import annotations

from dataclasses import replace

from checker.batch.pool import WORKER, Workers
from checker.evaluate.engine import Engine
from checker.evaluate.findings import evaluate
from checker.evaluate.history import PEER_CHECKS, History
from checker.report.bundle import Bundle, Findings, bundles_of
from checker.report.record import Report
from checker.rules.compile import compile_packs
from checker.rules.criteria import Pack
from checker.store.run import RoundSink, StoreRun, from_blob


def peer_packs_of(packs: list[Pack]) -> list[Pack]:
    """The packs' peer checks, each pack with only those (a province pack's are its base's)."""
    return [replace(p, criteria=tuple(c for c in p.criteria if c.check in PEER_CHECKS)) for p in packs
            if not p.extends and any(c.check in PEER_CHECKS for c in p.criteria)]


def peer_checks(report: Report, sink: RoundSink, packs: list[Pack], run: StoreRun,
                workers: Workers | None = None) -> Report:
    """The checks against the province's peers in this round, once every submission is read: the
    peers' figures in one pass over the submissions' kept figures (`peer_view`, compressed per
    chunk), then the checks, chunk by chunk across the batch's `workers` (each task given its
    provinces' peers), or here; their findings go with each entity's others (a bundle of their own
    right after the entity's last one: the same order, its other findings left as they are) and to
    the store."""
    peer_packs = peer_packs_of(packs)
    if not peer_packs:
        return report
    peers, provinces = sink.peers()
    tasks = [(blob, {k: v for k, v in peers.items() if k[0] in mine}, skip)
             for (blob, skip), mine in zip(sink.peer_tasks(), provinces)]
    extra: dict[tuple[str, int], list[Bundle]] = {}
    rows: list[dict] = []
    for key, bundles, found in _peer_results(tasks, peer_packs, run, workers):
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


def _peer_results(tasks: list[tuple], peer_packs: list[Pack], run: StoreRun, workers: Workers | None):
    """(key, bundles, store rows) of each submission's peer checks: in the batch's workers if it
    has them, else here (and here too for any task a worker could not finish)."""
    done: list = [None] * len(tasks)
    if workers is not None and len(tasks) > 1:
        try:
            pool = workers.pool()
            futures = [pool.submit(_in_worker, *task) for task in tasks]
            for i, future in enumerate(futures):
                try:
                    done[i] = future.result()
                except Exception:  # noqa: BLE001 - a worker lost: that task runs here
                    done[i] = None
        except Exception:  # noqa: BLE001 - no pool: every task runs here
            pass
        if any(d is None for d in done):
            workers.broken()  # a worker was lost: its survivors are ended, never waited for
    if any(d is None for d in done):
        compiled = compile_packs(peer_packs)
        with Engine(compiled) as engine:
            for i, task in enumerate(tasks):
                if done[i] is None:
                    done[i] = _peer_work(*task, peer_packs, compiled, engine, run)
    for found in done:
        yield from found


def _in_worker(blob: bytes, peers: dict, skip: frozenset) -> list:
    """A peer task in one of the batch's workers (pool.py `_init_worker`: its packs, its run): the
    packs' peer checks, compiled into their own engine at the worker's first peer task."""
    if "peer_engine" not in WORKER:
        peer_packs = peer_packs_of(WORKER["packs"])
        compiled = compile_packs(peer_packs)
        WORKER.update(peer_packs=peer_packs, peer_compiled=compiled, peer_engine=Engine(compiled))
    done = _peer_work(blob, peers, skip, WORKER["peer_packs"], WORKER["peer_compiled"], WORKER["peer_engine"],
                      WORKER["history"])
    if not WORKER["keep"]:  # as the chunks' bundles (check_chunk): their rows are made, no caller reads the objects
        for _key, bundles, _rows in done:
            for bundle in bundles:
                bundle.without_objects()
    return done


def _peer_work(blob: bytes, peers: dict, skip: frozenset, peer_packs: list[Pack], compiled, engine: Engine,
               run: StoreRun) -> list[tuple[tuple[str, int], list[Bundle], list[tuple]]]:
    """The peer checks of one chunk's submissions (`peer_view`s, compressed), given their provinces' peers."""
    from checker.store.rounds import finding_values

    history = History(peers=peers, non_decreasing=run.non_decreasing)
    out = []
    for sub in from_blob(blob):
        key = (sub.entity.code, sub.period)
        if key in skip:
            continue
        found = evaluate(sub, peer_packs, compiled, engine, history)
        out.append((key, bundles_of(found) if found else [], [finding_values(f) for f in found] if run.rows else []))
    return out
