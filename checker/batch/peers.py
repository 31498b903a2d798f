"""The checks against the province's peers in this round (`scale_peers`, `yoy_peers`), once every
submission of a run with a store is read."""

from __future__ import annotations

from dataclasses import replace

from checker.evaluate.engine import Engine
from checker.evaluate.findings import evaluate
from checker.evaluate.history import PEER_CHECKS, History
from checker.report.bundle import Bundle, Findings, bundles_of
from checker.report.record import Report
from checker.rules.compile import compile_packs
from checker.rules.criteria import Pack
from checker.store.run import RoundSink, StoreRun, from_blob


def peer_checks(report: Report, sink: "RoundSink", packs: list[Pack], run: "StoreRun", jobs: int = 1) -> Report:
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
    for sub in from_blob(blob):
        key = (sub.entity.code, sub.period)
        if key in skip:
            continue
        found = evaluate(sub, _PEER["packs"], _PEER["compiled"], _PEER["engine"], history)
        out.append((key, bundles_of(found) if found else [], [finding_values(f) for f in found] if run.rows else []))
    return out
