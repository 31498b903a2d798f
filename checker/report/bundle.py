"""A report's findings in bundles: how they travel back from a worker process and live in a report.

A national batch makes ~150,000 findings. Sent back from the workers as objects, they were
unpickled one by one by the parent (alone, while the workers waited to hand over more), and then
each renderer pass turned every one into its canonical record again (`Finding.to_dict`): the
parent, not the engine, set the pace. Here one submission's findings are a `Bundle`:

- each finding's canonical record as JSON text, made once, in the worker: what the JSON report
  writes as it is, and what every other format parses when it reads a finding in full;
- a head per finding (criterion, stage, status, severity, waiver state): what the summary, the
  exit code, the counts and the matrices read, without touching the rest;
- the Finding objects, pickled, rebuilt only for a caller that asks for them (the library API,
  waivers, the history store), and left behind when none will (`without_objects`: the CLI
  without a store or waivers; compressing them cost a worker ~17 µs a finding);
- optionally, a renderer's piece of output for each finding, made in the worker beside it
  (`prepare`: the workbook's findings rows), so the parent, alone once the workers are done,
  only puts them together.

A bundle made in this process keeps its objects and makes texts only when asked; pickled (to cross
a process boundary) it travels sealed: texts and objects as zlib-compressed bytes, ~0.2 KB a
finding where the objects took ~1.6 KB. `Findings` is the report's sequence of Finding objects
over its bundles; `FindingRecords` the record's list of findings as plain data.
"""

from __future__ import annotations

import json
import pickle
import zlib
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any, Callable, Iterable, Iterator

from checker.model import Finding
from checker.report.jsontext import FindingText

_CUT = b"\x01"  # between a bundle's pieces (`Bundle.prepare`): a byte no piece holds
_LEVEL = 1  # zlib's fastest level: these texts repeat themselves, so it already shrinks them ~7:1
_TEXTS = FindingText()  # keeps the pieces findings share (criteria, bases, thresholds) for the process


def _waiver_state(f: Finding) -> str | None:
    return f.waiver.get("state") if f.waiver is not None else None


class Bundle:
    """The findings of one entity and year (one submission), in their order."""

    __slots__ = ("entity", "period", "criteria", "heads", "_objects", "_texts", "_blob", "_keep", "_pieces")

    def __init__(self, findings: Sequence[Finding]):
        first = findings[0]  # never empty: `bundles_of` makes them
        self.entity, self.period = first.entity, first.period
        criteria: dict[tuple, int] = {}
        heads = []
        for f in findings:
            n = criteria.setdefault((f.criterion_id, f.title_zh, f.title_en, f.pack), len(criteria))
            heads.append((n, f.stage, f.status.value, f.severity.value, _waiver_state(f)))
        self.criteria: tuple[tuple[str, str, str, str], ...] = tuple(criteria)  # (id, title_zh, title_en, pack)
        self.heads: tuple[tuple[int, str | None, str, str, str | None], ...] = tuple(heads)
        self._objects: tuple[Finding, ...] | None = tuple(findings)
        self._texts: bytes | None = None
        self._blob: bytes | None = None
        self._keep = True  # pickled, the objects go too (`without_objects`)
        self._pieces: tuple[Any, bytes] | None = None  # (tag, pieces): `prepare`

    def __len__(self) -> int:
        return len(self.heads)

    def __getstate__(self):
        """Sealed: the texts and the objects as compressed bytes (made here, in the worker)."""
        self._sealed_texts()
        if self._blob is None and self._keep:
            self._blob = zlib.compress(pickle.dumps(self._objects, pickle.HIGHEST_PROTOCOL), _LEVEL)
        return self.entity, self.period, self.criteria, self.heads, self._texts, self._blob, self._pieces

    def __setstate__(self, state) -> None:
        self.entity, self.period, self.criteria, self.heads, self._texts, self._blob, self._pieces = state
        self._objects, self._keep = None, self._blob is not None

    def _sealed_texts(self) -> list[str] | None:
        """The texts, compressed into the bundle the first time (the list when made now)."""
        if self._texts is not None:
            return None
        texts = _TEXTS.bundle(self._objects)
        self._texts = zlib.compress("\n".join(texts).encode("utf-8"), _LEVEL)
        return texts

    def without_objects(self) -> "Bundle":
        """Pickled, this bundle leaves its Finding objects behind (~17 µs a finding to compress
        them): for a run whose caller reads only the records (the CLI without a store or waivers)."""
        self._keep = False
        return self

    def findings(self) -> tuple[Finding, ...]:
        if self._objects is not None:
            return self._objects
        if self._blob is None:
            raise LookupError("these findings were sent without their objects (Bundle.without_objects)")
        return pickle.loads(zlib.decompress(self._blob))

    def prepare(self, tag: Any, make: Callable[[list[dict | None]], list[bytes | None]],
                suspicious: Callable[[str], Any]) -> None:
        """A renderer's piece of output for each finding, made now (in the worker, beside the
        finding) and kept, compressed, under `tag` (what the renderer made them for: its language…).
        `make` is given each finding's canonical record, or None for one whose JSON text
        `suspicious` finds something in (its record would be cleaned: it gets no piece), and gives
        a piece (never empty) or None for each: a finding without a piece is rendered from its
        record, as usual."""
        texts = self._sealed_texts() or self.texts()
        records = [None if suspicious(t) else f.to_dict() for t, f in zip(texts, self._objects)]
        try:
            pieces = make(records)
        except Exception:  # noqa: BLE001 - rendered from the records instead, where it shows
            return
        if len(pieces) == len(records) and all(p is None or (p and _CUT not in p) for p in pieces):
            self._pieces = (tag, zlib.compress(_CUT.join(p or b"" for p in pieces), _LEVEL))

    def pieces(self, tag: Any) -> list[bytes | None] | None:
        """The pieces `prepare` made under `tag` (None for a finding that has none), or None."""
        if self._pieces is None or self._pieces[0] != tag:
            return None
        return [p or None for p in zlib.decompress(self._pieces[1]).split(_CUT)]

    def texts(self) -> list[str]:
        """Each finding's JSON text (no text holds a line break: JSON escapes them)."""
        if self._texts is not None:
            return zlib.decompress(self._texts).decode("utf-8").split("\n")
        return _TEXTS.bundle(self._objects)

    def records(self, clean: Callable[[Any], Any] | None = None,
                suspicious: Callable[[str], Any] | None = None) -> list[dict]:
        """Each finding's canonical record; `clean` applied to those whose JSON text `suspicious`
        finds something in (to every one when the bundle holds objects, not texts)."""
        if self._objects is not None:
            records = [f.to_dict() for f in self._objects]
            return [clean(r) for r in records] if clean else records
        loads = json.loads
        if clean is None:
            return [loads(t) for t in self.texts()]
        return [clean(loads(t)) if suspicious(t) else loads(t) for t in self.texts()]


def bundles_of(findings: Iterable[Finding]) -> list[Bundle]:
    """Findings (in report order) as bundles, one per run of the same entity and year."""
    bundles: list[Bundle] = []
    run: list[Finding] = []
    for f in findings:
        if run and (f.period != run[0].period or f.entity != run[0].entity):
            bundles.append(Bundle(run))
            run = []
        run.append(f)
    if run:
        bundles.append(Bundle(run))
    return bundles


class Findings(Sequence):
    """A report's findings, in report order, held as bundles; `order` (bundle, index) pairs pick
    and order a part of them (`take`). Reads as a sequence of Finding objects, each bundle rebuilt as
    it is reached."""

    def __init__(self, bundles: Iterable[Bundle], order: Sequence[tuple[int, int]] | None = None):
        self.bundles = tuple(bundles)
        self._order = order
        self._len = len(order) if order is not None else sum(len(p) for p in self.bundles)
        self._starts: list[int] | None = None
        self._cached: tuple[int, tuple[Finding, ...]] | None = None  # the last bundle rebuilt

    @classmethod
    def of(cls, findings: Iterable[Finding]) -> "Findings":
        return findings if isinstance(findings, Findings) else cls(bundles_of(findings))

    def __len__(self) -> int:
        return self._len

    def positions(self) -> Iterator[tuple[int, int]]:
        """(bundle, index) of each finding, in order."""
        if self._order is not None:
            return iter(self._order)
        return ((n, i) for n, p in enumerate(self.bundles) for i in range(len(p)))

    def _objects(self, n: int) -> tuple[Finding, ...]:
        if self._cached is None or self._cached[0] != n:
            self._cached = (n, self.bundles[n].findings())
        return self._cached[1]

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        n, i = self.locate(index)
        return self._objects(n)[i]

    def locate(self, index: int) -> tuple[int, int]:
        """(bundle, index in it) of the finding at `index` (not negative)."""
        if not 0 <= index < len(self):
            raise IndexError(index)
        if self._order is not None:
            return self._order[index]
        if self._starts is None:
            self._starts, total = [], 0
            for p in self.bundles:
                self._starts.append(total)
                total += len(p)
        n = bisect_right(self._starts, index) - 1  # bundles are never empty
        return n, index - self._starts[n]

    def __iter__(self) -> Iterator[Finding]:
        if self._order is None:
            for p in self.bundles:
                yield from p.findings()
            return
        for n, i in self._order:
            yield self._objects(n)[i]

    def __eq__(self, other) -> bool:
        if isinstance(other, (Findings, tuple, list)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __add__(self, other) -> tuple[Finding, ...]:
        return tuple(self) + tuple(other)

    def __repr__(self) -> str:
        return f"Findings({len(self)} findings in {len(self.bundles)} bundles)"

    def heads(self) -> Iterator[tuple[Bundle, tuple]]:
        """(bundle, head) of each finding, in order: head = (criterion index in bundle.criteria,
        stage, status, severity, waiver state)."""
        bundles = self.bundles
        if self._order is None:
            return ((b, h) for b in bundles for h in b.heads)
        return ((bundles[n], bundles[n].heads[i]) for n, i in self._order)

    def take(self, positions: Sequence[tuple[int, int]]) -> "Findings":
        return Findings(self.bundles, tuple(positions))

    def _segments(self) -> Iterator[tuple[int, list[int] | None]]:
        """Runs of the order within one bundle: (bundle, indexes or None for the whole bundle)."""
        if self._order is None:
            yield from ((n, None) for n in range(len(self.bundles)))
            return
        run: list[int] = []
        current = -1
        for n, i in self._order:
            if n != current and run:
                yield current, run
                run = []
            current = n
            run.append(i)
        if run:
            yield current, run

    def texts(self) -> Iterator[str]:
        for n, indexes in self._segments():
            texts = self.bundles[n].texts()
            yield from texts if indexes is None else (texts[i] for i in indexes)

    def records(self, clean=None, suspicious=None) -> Iterator[dict]:
        for n, indexes in self._segments():
            records = self.bundles[n].records(clean, suspicious)
            yield from records if indexes is None else (records[i] for i in indexes)

    def prepared(self, tag: Any, clean=None, suspicious=None) -> Iterator[tuple[bytes, str] | dict]:
        """Each finding's piece made under `tag` with its status (`Bundle.prepare`), or, for a
        finding without one, its record (`clean` applied as in `records`)."""
        for n, indexes in self._segments():
            bundle = self.bundles[n]
            pieces = bundle.pieces(tag)
            if pieces is None:
                records = bundle.records(clean, suspicious)
                yield from records if indexes is None else (records[i] for i in indexes)
                continue
            records = None
            for i in range(len(bundle)) if indexes is None else indexes:
                piece = pieces[i]
                if piece is not None:
                    yield piece, bundle.heads[i][2]
                    continue
                if records is None:
                    records = bundle.records(clean, suspicious)
                yield records[i]


_WAIVER = {"active": {"state": "active"}, "expired": {"state": "expired"}}  # a head's waiver: its state


class FindingRecords(Sequence):
    """The record's findings as plain data (canonical records), converted as they are read and
    never held all at once. Beside reading them in full, a renderer may ask for `texts()` (each
    as JSON text: what the JSON report writes) or `heads()` (each as its entity, period,
    criterion, stage, status, severity and waiver state: what counts and matrices read, without converting the
    rest). `cleaned(clean, suspicious)` is the same list with `clean` applied to every record
    whose JSON text `suspicious` finds something in, and to every head.

    The heads are the statistics' view: those of `every` finding of the report when the list is a
    part of it (`check --only`), so that what is counted never depends on what is listed."""

    def __init__(self, findings: Findings, clean: Callable[[Any], Any] | None = None,
                 suspicious: Callable[[str], Any] | None = None, every: Findings | None = None):
        self._findings = findings
        self._clean = clean
        self._suspicious = suspicious
        self._every = every if every is not None else findings

    def cleaned(self, clean: Callable[[Any], Any], suspicious: Callable[[str], Any]) -> "FindingRecords":
        return FindingRecords(self._findings, clean, suspicious, self._every)

    def __len__(self) -> int:
        return len(self._findings)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        n, i = self._findings.locate(index + len(self) if index < 0 else index)
        return self._findings.bundles[n].records(self._clean, self._suspicious)[i]

    def __iter__(self) -> Iterator[dict]:
        return self._findings.records(self._clean, self._suspicious)

    def prepared(self, tag: Any) -> Iterator[tuple[bytes, str] | dict]:
        """Each finding as the piece a renderer made for it under `tag` in the worker
        (`Bundle.prepare`) with its status, or as its record where there is no such piece."""
        return self._findings.prepared(tag, self._clean, self._suspicious)

    def texts(self) -> Iterator[str]:
        if self._clean is not None:  # a cleaned record is no longer the JSON report's
            return (json.dumps(r, ensure_ascii=False) for r in self)
        return self._findings.texts()

    def heads(self) -> Iterator[dict]:
        clean = self._clean or (lambda x: x)
        entity: tuple[Bundle | None, dict] = (None, {})
        criteria: dict[tuple, dict] = {}
        for bundle, (c, stage, status, severity, waiver) in self._every.heads():
            if entity[0] is not bundle:
                entity = (bundle, clean(bundle.entity.to_dict()))
            key = bundle.criteria[c]
            criterion = criteria.get(key)
            if criterion is None:
                criterion = criteria[key] = clean({"id": key[0], "title_zh": key[1], "title_en": key[2],
                                                   "pack": key[3]})
            head = {"entity": entity[1], "period": bundle.period, "criterion": criterion, "stage": stage,
                    "status": status, "severity": severity}
            if waiver is not None:  # as the record holds it, by its state alone
                head["waiver"] = _WAIVER[waiver]
            yield head
