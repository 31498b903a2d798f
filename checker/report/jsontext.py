"""A finding's canonical record as JSON text, exactly `json.dumps(f.to_dict(), ensure_ascii=False)`,
built from pieces that findings share.

A national batch writes ~150,000 findings, and building each one's record (`Finding.to_dict`)
and encoding it cost a worker ~45 µs a finding, a fifth of evaluating it. Most of a record
repeats: a criterion's titles and legal basis and the thresholds chosen are the same for every
county, and one figure is the evidence of several findings of its county. `FindingText` encodes
each such piece once (through its own `to_dict`) and joins the pieces in `Finding.to_dict`'s
order with json's separators. Should `Finding` gain or lose a field, the pieces no longer cover
it and every finding is encoded whole (`json.dumps(f.to_dict())`); tests/test_bundle.py holds
the two equal over every kind of finding.
"""

from __future__ import annotations

import json
from dataclasses import fields
from json.encoder import encode_basestring

from checker.model import Finding, Status

_FIELDS = ("entity", "period", "criterion_id", "title_zh", "title_en", "stage", "status", "severity", "message_zh",
           "message_en", "thresholds", "evidence", "details", "basis", "pack", "draft", "waiver", "missing")
_SHARED_MAX = 20_000  # pieces kept between findings (criteria, thresholds, bases): a few hundred in practice


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def _text(value: str | None) -> str:
    return "null" if value is None else encode_basestring(value)


class FindingText:
    """Encodes findings; pieces shared by criterion (titles, basis, thresholds) are kept across
    calls, a submission's figures for the findings of one `bundle(...)` call."""

    def __init__(self):
        self.whole = tuple(f.name for f in fields(Finding)) != _FIELDS  # a Finding this code does not know
        self._criteria: dict[tuple, str] = {}
        self._thresholds: dict[tuple, str] = {}
        self._bases: dict[tuple, str] = {}

    def bundle(self, findings) -> list[str]:
        """The JSON text of each finding (of one submission: its figures are encoded once)."""
        if self.whole:
            return [_dumps(f.to_dict()) for f in findings]
        for memo in (self._criteria, self._thresholds, self._bases):
            if len(memo) > _SHARED_MAX:
                memo.clear()
        facts: dict[int, str] = {}  # id(fact) -> its text; the facts live as long as `findings`
        entities: dict[int, str] = {}
        return [self._one(f, facts, entities) for f in findings]

    def _one(self, f: Finding, facts: dict[int, str], entities: dict[int, str]) -> str:
        entity = entities.get(id(f.entity))
        if entity is None:
            entity = entities[id(f.entity)] = _dumps(f.entity.to_dict())
        key = (f.criterion_id, f.title_zh, f.title_en, f.pack)
        criterion = self._criteria.get(key)
        if criterion is None:
            criterion = self._criteria[key] = (f'{{"id": {_text(f.criterion_id)}, "title_zh": {_text(f.title_zh)}, '
                                       f'"title_en": {_text(f.title_en)}, "pack": {_text(f.pack)}}}')
        thresholds = self._thresholds.get(f.thresholds)
        if thresholds is None:
            thresholds = self._thresholds[f.thresholds] = _dumps([t.to_dict() for t in f.thresholds])
        basis = self._bases.get(f.basis)
        if basis is None:
            basis = self._bases[f.basis] = _dumps([b.to_dict() for b in f.basis])
        evidence = []
        for fact in f.evidence:
            text = facts.get(id(fact))
            if text is None:
                text = facts[id(fact)] = _dumps(fact.to_dict())
            evidence.append(text)
        tail = ""
        if f.draft:
            tail += ', "draft": true'
        if f.status is Status.MISSING:
            tail += f', "missing": {_dumps([dict(m) for m in f.missing])}'
        if f.waiver is not None:
            tail += f', "waiver": {_dumps(dict(f.waiver))}'
        details = _dumps([dict(d) for d in f.details]) if f.details else "[]"
        period = str(f.period) if type(f.period) is int else _dumps(f.period)
        return (f'{{"entity": {entity}, "period": {period}, "criterion": {criterion}, '
                f'"stage": {_text(f.stage)}, "status": {_text(f.status.value)}, '
                f'"severity": {_text(f.severity.value)}, "message_zh": {_text(f.message_zh)}, '
                f'"message_en": {_text(f.message_en)}, "thresholds": {thresholds}, '
                f'"evidence": [{", ".join(evidence)}], "details": {details}, '
                f'"basis": {basis}{tail}}}')
