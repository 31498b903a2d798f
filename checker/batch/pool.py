"""Chunks of files across worker processes, and the pool's recovery: a worker that dies loses only
its own file (`parallel`). The batch's workers (`Workers`) are kept for the peer checks of a run
with a store (checker/batch/peers.py), which need the same packs compiled and engine started."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from checker.batch.chunk import ChunkResult, check_chunk
from checker.evaluate.engine import Engine
from checker.i18n import t
from checker.intake.facts import Loaded
from checker.intake.files import internal_error
from checker.model import InputError
from checker.rules.compile import compile_packs
from checker.rules.criteria import Pack
from checker.store.run import StoreRun, from_blob, to_blob


WORKER: dict = {}


def _init_worker(packs: list[Pack], parents: dict, history: "StoreRun | None" = None, prepare=None,
                 keep: bool = True) -> None:
    compiled = compile_packs(packs)
    WORKER.update(packs=packs, compiled=compiled, engine=Engine(compiled), parents=parents, history=history,
                   prepare=prepare, keep=keep)


def _work(chunk: list[Path], period: int | None, entity: str | None = None) -> ChunkResult:
    return check_chunk(chunk, period, WORKER["packs"], WORKER["compiled"], WORKER["engine"], WORKER["parents"],
                       entity, WORKER["history"], WORKER["prepare"], WORKER["keep"])


class Workers:
    """A batch's worker processes (`jobs` of them, each with the batch's packs compiled and its
    engine started: `_init_worker`), started on first use and kept until `close`: the chunks, then
    a run's peer checks in the same workers. A pool that a worker's death broke is shut down
    (`broken`); the next use starts a fresh one."""

    def __init__(self, jobs: int, packs: list[Pack], parents: dict | None = None, history: "StoreRun | None" = None,
                 prepare=None, keep: bool = True):
        self.jobs, self.initargs = jobs, (packs, parents, history, prepare, keep)
        self._pool = None

    def pool(self):
        if self._pool is None:
            self._pool = _pool(self.jobs, self.initargs)
        return self._pool

    def broken(self) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            _close(pool, broken=True)

    def close(self) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            _close(pool, broken=False)

    def __enter__(self) -> "Workers":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def parallel(chunks, packs, period, jobs, progress, parents=None, entity=None,
             history: "StoreRun | None" = None, work=None, prepare=None, keep: bool = True,
             sink: Callable[[ChunkResult], None] | None = None, workers: Workers | None = None) -> list[ChunkResult]:
    """Chunks across worker processes (`workers`, kept open for the caller; else a pool of `jobs`
    of its own). A worker that dies (killed, out of memory, a crash in the engine's C code) breaks
    the pool: the chunks already finished are kept; the lost ones are run again one at a time in a
    fresh worker, and a chunk that kills its worker again is run file by file, so the file that
    kills its worker is reported by name and every other file is checked."""
    if workers is None:
        with Workers(jobs, packs, parents, history, prepare, keep) as own:
            return parallel(chunks, packs, period, jobs, progress, parents, entity, history, work, prepare, keep,
                            sink, own)
    work = work or _work
    results: list[ChunkResult | None] = [None] * len(chunks)
    initargs, args = workers.initargs, (period, entity)
    lost = _run_pool(list(enumerate(chunks)), workers, args, progress, work, results, sink)
    for i, result, _ in _one_by_one([(i, chunks[i]) for i in sorted(lost)], initargs, args, work):
        if result is None:
            result = ChunkResult(Loaded(), {})
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


def _run_pool(items, workers: Workers, args, progress, work, results, sink=None) -> dict[int, object]:
    """Run (index, chunk) items in the workers' pool, each result given to `sink` as it arrives;
    returns {index: exit code} of the items lost (the pool is then broken, and shut down)."""
    from concurrent.futures import as_completed
    from concurrent.futures.process import BrokenProcessPool

    lost: dict[int, object] = {}
    pool = workers.pool()
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
        if lost:
            workers.broken()
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


def _raised(chunk: list[Path], exc: BaseException) -> ChunkResult:
    loaded = Loaded(errors=[internal_error(p.as_posix(), exc) for p in chunk])
    loaded.inputs = [{"file": p.as_posix(), "sha256": None, "entities": []} for p in chunk]
    return ChunkResult(loaded, {})


def _exit_code(pool) -> object:
    codes = [p.exitcode for p in (getattr(pool, "_processes", None) or {}).values() if p.exitcode]
    return codes[0] if codes else "?"


def _died(path: Path, code: object) -> ChunkResult:
    name = path.as_posix()
    return ChunkResult(Loaded(errors=[InputError(name, "", t("input.worker_died", code=code), internal=True)],
                              inputs=[{"file": name, "sha256": None, "entities": []}]), {})


def _merge_into(into: ChunkResult, other: ChunkResult) -> None:
    into.loaded.errors.extend(other.loaded.errors)
    into.loaded.notices.extend(other.loaded.notices)
    into.loaded.inputs.extend(other.loaded.inputs)
    into.findings.update(other.findings)
    into.unchecked.update(other.unchecked)
    for name in ("rows", "peer_figures"):  # one file's, when a chunk is run file by file
        mine, theirs = getattr(into, name), getattr(other, name)
        if theirs is not None:
            setattr(into, name, (mine or []) + theirs)
    if other.peer_subs is not None:
        into.peer_subs = to_blob((from_blob(into.peer_subs) if into.peer_subs else []) + from_blob(other.peer_subs))
