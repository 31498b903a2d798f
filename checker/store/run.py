"""A run with a history store, in every process and in the parent: `StoreRun` is what each worker
needs to read its own entities' history; `RoundSink` is the parent's end, where each chunk's rows
go to the round being written as the chunk arrives (checker/batch/chunk.py makes them in the
workers). The rows travel as they are (a worker's result is pickled once, by the pool; rows made in
this process are not pickled at all); `to_blob`/`from_blob`: the peer checks' submissions, kept by
the parent for the whole batch until the peers' medians are known, and handed on to a worker
unopened, as compressed pickles (~0.6 KB a submission where the pickle takes ~4 KB)."""

from __future__ import annotations

import gc
import pickle
import zlib
from dataclasses import dataclass
from typing import ClassVar, Iterable

from checker.evaluate.history import History, peer_figures, peer_view, peers_from
from checker.model import Finding, Submission
from checker.store.reader import Driver


def to_blob(items: list) -> bytes:
    return zlib.compress(pickle.dumps(items, pickle.HIGHEST_PROTOCOL), 1)


def from_blob(blob: bytes) -> list:
    """The items, unpickled with the cyclic garbage collector paused: a chunk's peer submissions are
    ~100,000 small objects and no reference cycles, and each young collection their making set off
    walked everything alive in the process (in one process, the whole batch's findings: 597
    counties' peer submissions took 0.32 s to unpickle with the collector running, 0.07 s paused).
    Its state is restored even if unpickling raises."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return pickle.loads(zlib.decompress(blob))
    finally:
        if paused:
            gc.enable()


@dataclass
class StoreRun:
    """What a run with a history store needs in every process: the store's URL (each chunk reads
    the history of its own entities, `history`), the 只增不减 indicators, whether each submission's
    rows are made for the store (`rows`: a round is recorded, or diffed with `--against`),
    whether the peer checks' figures are kept (`peers`), and whether the store holds no submission
    yet (`empty`: a first round; no process then opens it to read a history there is not), and how
    a process opens it to read history (`driver`: the database's own driver, no SQLAlchemy —
    checker/store/reader.py)."""

    url: str
    non_decreasing: frozenset[str]
    rows: bool
    peers: bool
    empty: bool = False
    driver: Driver | None = None

    _open: ClassVar[dict] = {}  # url -> DB-API connection, one per process

    def history(self, subs: Iterable[Submission]) -> History:
        if self.empty:
            return History(non_decreasing=self.non_decreasing)
        from checker.store.reader import history

        conn = self._open.get(self.url)
        if conn is None:
            conn = self._open[self.url] = self.driver.connect()
        found = history(conn, self.driver.mark(), (sub.entity.code for sub in subs))
        found.non_decreasing = self.non_decreasing
        return found

    @classmethod
    def close(cls, url: str) -> None:
        conn = cls._open.pop(url, None)
        if conn is not None:
            conn.close()


class RoundSink:
    """The parent's end of a run with a store: each chunk's rows go to the round being written
    (`writer`, one transaction) and/or to the run's own RoundData (`data`, for `--against`) as the
    chunk arrives, and are dropped; the peer checks' submissions are kept compressed, and their
    figures for the medians as they are, per chunk. A
    resubmission (one entity and year in several files, merged only once every chunk is in) has its
    rows replaced by the merged submission's."""

    def __init__(self, run: StoreRun, writer, data):
        self.run, self.writer, self.data = run, writer, data
        self.peer_blobs: list[bytes] = []
        self.figure_lists: list[list] = []
        self.merged: dict[tuple[str, int], Submission] = {}

    def chunk(self, result) -> None:
        """A chunk's rows and peer figures (a checker.batch.chunk.ChunkResult), taken from it."""
        if result.rows is not None:
            self._rows(result.rows)
            result.rows = None
        if result.peer_subs is not None:
            self.peer_blobs.append(result.peer_subs)
            self.figure_lists.append(result.peer_figures)
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
        for listed in self.figure_lists:
            found = [(key, f) for key, f in listed if key not in self.merged]
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
            [(to_blob(list(self.merged.values())), frozenset())] if self.merged else [])

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
