"""What changed between two rounds: findings newly failing, fixed and still failing, figures changed
(old → new, with both places), submissions new and withdrawn — one plain record every diff
renderer (checker/report/render/diff.py) draws from.

Submissions are paired on (entity, period); an entity whose period differs between the rounds (a
diff across years, 2021-复审 against 2022-初审) is paired with its nearest other period, and its
findings are then matched on (entity, criterion, stage), its figures on (indicator, stage, year,
scope) for the years both submissions give — the record says which entities were paired so
(`across_periods`). Within a period findings are matched on their full identity (entity, period,
criterion, stage), figures on (entity, period, indicator, stage, year, scope): never on part of a key.

"Failing" is fail, missing or error, whatever the severity (each row says which); the groups:

- newly_failing: a finding in both rounds, failing now and not before;
- new_submission: a failing finding of a submission the earlier round did not have (its own group);
- newly_checked: a failing finding of a paired submission that the earlier round did not check;
- fixed: failing before, not now; no_longer_checked: failing before, not checked now;
- still_failing: failing in both.

Every group is counted by status (fail, missing, error apart). A waived finding still counts here,
with its waiver shown. `worse` counts the findings that make `checker diff` exit 1: a binding finding
newly failing (present in both rounds, failing only now) not under a waiver in force — a new
submission's or a newly checked criterion's failures are news, not something that got worse.

Two rounds in memory (`check --against` without `--round`: the run is not stored) are compared
entity by entity (`_entity`); two stored rounds (`checker diff`, and `check --round --against`
once its round is written; `Store.walk`) are compared in the database (`_in_store`), which reads only
the findings failing in either round and the figures that differ — the same record, row for row.
"""

from __future__ import annotations

import json
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Iterable, Iterator

from checker.intake.indicators import dictionary
from checker.store.rounds import EMPTY, FAILING, Part, RoundData
from checker.store.walk import Walk

DIFF_SCHEMA_VERSION = 2
CHANGES = ("newly_failing", "new_submission", "newly_checked", "fixed", "no_longer_checked", "still_failing")
WORSE = ("newly_failing",)
FAILING_ORDER = ("fail", "missing", "error")
SECTIONS = ("figures", "submissions")  # besides the groups, what --only can name


def diff(a: RoundData, b: RoundData, meta: dict | None = None) -> dict:
    """The diff of two rounds held in memory (`check --against`: this run against a stored round)."""
    return diff_groups((a.name, a.created_at), (b.name, b.created_at), groups(a, b), meta)


def groups(a: RoundData, b: RoundData) -> Iterator[tuple[str, Part, Part]]:
    """Two rounds in memory as (entity code, its part of a, its part of b), in code order."""
    parts_a, parts_b = _parts(a), _parts(b)
    for code in sorted(set(parts_a) | set(parts_b)):
        yield code, parts_a.get(code, EMPTY), parts_b.get(code, EMPTY)


def diff_groups(a: tuple[str, str], b: tuple[str, str], entities: Iterable[tuple[str, Part, Part]],
                meta: dict | None = None) -> dict:
    """The diff record of rounds `a` and `b` (name, created_at) from their parts entity by entity,
    in code order (`groups`), or from two stored rounds (`Store.walk`), compared in the database
    (`_in_store`): every pairing and match is within one entity, so only one entity of each round
    is held at a time, and from a store only the rows the diff reports are read."""
    findings: list[dict] = []
    figures: list[dict] = []
    new_subs: list[dict] = []
    gone: list[dict] = []
    across: list[dict] = []
    if isinstance(entities, Walk):
        _in_store(entities, findings, figures, new_subs, gone, across)
    else:
        for _code, pa, pb in entities:
            _entity(pa, pb, findings, figures, new_subs, gone, across)
    findings.sort(key=lambda f: CHANGES.index(f["change"]))  # stable: within a group, by identity
    groups = Counter(f["change"] for f in findings)
    statuses = Counter((f["change"], _counted_status(f)) for f in findings)  # one pass, not one per count
    summary: dict = {c: groups[c] for c in CHANGES}
    summary["by_status"] = {c: {s: statuses[(c, s)] for s in FAILING_ORDER} for c in CHANGES}
    summary.update(changed_figures=len(figures), new_submissions=len(new_subs), withdrawn_submissions=len(gone),
                   across_periods=len(across), worse=sum(1 for f in findings if is_worse(f)))
    return {
        "schema_version": DIFF_SCHEMA_VERSION,
        "rounds": {"a": {"name": a[0], "created_at": a[1]}, "b": {"name": b[0], "created_at": b[1]}},
        "summary": summary,
        "across_periods": across,
        "findings": findings,
        "figures": figures,
        "submissions": {"new": new_subs, "withdrawn": gone},
        "meta": dict(meta or {}),
    }


def _in_store(walk: Walk, findings: list, figures: list, new_subs: list, gone: list, across: list) -> None:
    """The lists of `_entity`, for every entity, from two stored rounds compared in the database
    (checker/store/walk.py): the findings failing in either round with their counterparts' status,
    the failing ones round b no longer has, the keys of the figures that differ — the same rows in
    the same order as walking both rounds whole. An entity whose submissions pair across years
    (`pair`) is walked as a whole (`_entity`), as are, for their figures only, the entities whose
    figures changed."""
    if not walk.shared():  # an in-memory SQLite store is one connection's own: every query on this thread
        _from_store(walk, findings, figures, new_subs, gone, across, _done(lambda: list(walk.dropped())),
                    _done(walk.changed_figures))
        return
    with ThreadPoolExecutor(2) as early:  # the database works on these while this process reads the rest
        dropped, changed_keys = early.submit(lambda: list(walk.dropped())), early.submit(walk.changed_figures)
        _from_store(walk, findings, figures, new_subs, gone, across, dropped, changed_keys)


def _done(work) -> Future:
    """A future already holding `work()`'s result (or its exception, raised by `result()`, as a thread's)."""
    future: Future = Future()
    try:
        future.set_result(work())
    except Exception as exc:  # noqa: BLE001 - handed on to result(), as ThreadPoolExecutor does
        future.set_exception(exc)
    return future


def _from_store(walk: Walk, findings: list, figures: list, new_subs: list, gone: list, across: list,
                dropped: Future, changed_keys: Future) -> None:
    """`_in_store`'s work, given the failing findings round b no longer has and the keys of the
    figures that differ as futures (computed by the database on connections of their own)."""
    subs_a, subs_b, units_a, units_b = walk.units()
    pairs = pair(units_a, units_b)
    across_codes = {u[0] for u, o in pairs.items() if u != o}
    for _code, pa, pb in walk.parts(across_codes):
        _entity(pa, pb, findings, figures, new_subs, gone, across)
    for (code, name, period, criterion, stage, pack, status, severity, title_zh, title_en, message_zh, message_en,
         waiver, status_a) in walk.failing():  # WALK_COLUMNS and the status in round a
        if code in across_codes:
            continue
        paired = (code, period) in units_a  # outside across_codes every pair is the same (code, period)
        change = _changed(status_a, status, paired)
        if change:
            findings.append({
                "change": change, "entity": {"code": code, "name": name}, "period": period,
                "period_a": period if paired else None,
                "criterion": {"id": criterion, "title_zh": title_zh, "title_en": title_en, "pack": pack},
                "stage": stage, "severity": severity, "status_a": status_a, "status_b": status,
                "message_zh": message_zh, "message_en": message_en,
                "waiver": json.loads(waiver) if waiver else None})  # as _finding_row
    for row in dropped.result():
        unit = (row["entity_code"], row["period"])
        if unit[0] not in across_codes and unit in units_b:
            findings.append(_finding_row("no_longer_checked", (*unit, row["criterion_id"], row["stage"]), row, None,
                                         unit))
    changed: dict[str, dict[tuple, set]] = {}  # code -> unit -> figure keys
    for key in changed_keys.result():
        unit = key[:2]
        if unit[0] not in across_codes and unit in units_a and unit in units_b:
            changed.setdefault(unit[0], {}).setdefault(unit, set()).add(key[2:])
    for code, pa, pb in walk.parts(changed, findings=False):
        for unit, keys in changed.get(code, {}).items():
            for fk in keys:
                old, new = pa.facts.get((*unit, *fk), []), pb.facts.get((*unit, *fk), [])
                if _values(old) != _values(new):
                    name = subs_b[unit]["name"] if unit in subs_b else code
                    figures.append(_figure_row((*unit, *fk), old, new, name, unit[1]))
    paired_a = set(pairs.values())
    new_subs.extend(v for k, v in subs_b.items() if k not in pairs and k[0] not in across_codes)
    gone.extend(v for k, v in subs_a.items() if k not in paired_a and k[0] not in across_codes)
    findings.sort(key=lambda f: (f["entity"]["code"], f["period"], f["criterion"]["id"], f["stage"] or ""))
    figures.sort(key=lambda f: (f["entity"]["code"], f["period"],
                                *_order((f["indicator"], f["stage"], f["year"], f["scope"]))))
    for rows in (new_subs, gone):
        rows.sort(key=lambda s: (s["code"], s["period"]))
    across.sort(key=lambda x: (x["code"], x["period_b"]))


def _entity(a: Part, b: Part, findings: list, figures: list, new_subs: list, gone: list, across: list) -> None:
    """One entity's part of the diff (its submissions in both rounds), appended to the lists."""
    a_units = set(a.submissions) | {k[:2] for k in a.findings}
    b_units = set(b.submissions) | {k[:2] for k in b.findings}
    pairs = pair(a_units, b_units)
    a_find, b_find = _by_unit(a.findings), _by_unit(b.findings)
    for unit in sorted(b_units):
        other = pairs.get(unit)
        olds, news = a_find.get(other, {}) if other else {}, b_find.get(unit, {})
        for cs in sorted(set(olds) | set(news), key=_order):
            old, new = olds.get(cs), news.get(cs)
            change = _change(old, new, other is not None)
            if change:
                findings.append(_finding_row(change, (*unit, *cs), old, new, other))
    a_facts, b_facts = _facts_by_unit(a), _facts_by_unit(b)
    for unit in sorted(pairs):
        other = pairs[unit]
        olds, news = a_facts.get(other, {}), b_facts.get(unit, {})
        shared = set(olds) | set(news) if other == unit else set(olds) & set(news)  # across years: common figures
        for fk in sorted(shared, key=_order):
            old, new = olds.get(fk, []), news.get(fk, [])
            if _values(old) != _values(new):
                name = b.submissions[unit]["name"] if unit in b.submissions else unit[0]
                figures.append(_figure_row((*unit, *fk), old, new, name, other[1]))
    paired_a = set(pairs.values())
    new_subs.extend(b.submissions[k] for k in sorted(set(b.submissions) - set(pairs)))
    gone.extend(a.submissions[k] for k in sorted(set(a.submissions) - paired_a))
    across.extend({"code": u[0], "period_a": o[1], "period_b": u[1]} for u, o in sorted(pairs.items()) if u != o)


def _parts(data: RoundData) -> dict[str, Part]:
    out: dict[str, Part] = {}

    def part(code: str) -> Part:
        found = out.get(code)
        if found is None:
            found = out[code] = Part({}, {}, {})
        return found

    for k, v in data.submissions.items():
        part(k[0]).submissions[k] = v
    for k, v in data.facts.items():
        part(k[0]).facts[k] = v
    for k, v in data.findings.items():
        part(k[0]).findings[k] = v
    return out


def pair(a_units: set, b_units: set) -> dict[tuple, tuple]:
    """Each later submission (code, period) with its earlier counterpart: the same period if there
    is one, else the same entity's nearest other period not paired yet (earlier before later)."""
    pairs = {u: u for u in b_units if u in a_units}
    free: dict[str, list[int]] = {}
    for code, period in sorted(a_units - set(pairs.values())):
        free.setdefault(code, []).append(period)
    for code, period in sorted(b_units - set(pairs)):
        candidates = free.get(code)
        if candidates:
            best = min(candidates, key=lambda p: (abs(p - period), p > period))
            candidates.remove(best)
            pairs[(code, period)] = (code, best)
    return pairs


def is_worse(row: dict) -> bool:
    """A binding finding that newly fails, not under a waiver in force."""
    waiver = row.get("waiver") or {}
    return row["change"] in WORSE and row["severity"] == "blocking" and waiver.get("state") != "active"


def exit_code(record: dict) -> int:
    """`checker diff`: 1 if anything binding got worse (`summary.worse`), else 0."""
    return 1 if record["summary"]["worse"] else 0


def select(record: dict, only: frozenset[str]) -> dict:
    """The record keeping only the finding groups and sections named (`--only`); the summary still
    counts everything, and `only` says what was kept."""
    return {**record, "only": [c for c in CHANGES + SECTIONS if c in only],
            "findings": [f for f in record["findings"] if f["change"] in only],
            "figures": record["figures"] if "figures" in only else [],
            "submissions": record["submissions"] if "submissions" in only else {"new": [], "withdrawn": []}}


def _counted_status(row: dict) -> str | None:
    """The status a row is counted under: what it was for a fix or a finding no longer checked, else what it is."""
    return row["status_a"] if row["change"] in ("fixed", "no_longer_checked") else row["status_b"]


def _by_unit(findings: dict) -> dict[tuple, dict]:
    out: dict[tuple, dict] = {}
    for (code, period, criterion, stage), row in findings.items():
        out.setdefault((code, period), {})[(criterion, stage)] = row
    return out


def _facts_by_unit(data: RoundData) -> dict[tuple, dict]:
    out: dict[tuple, dict] = {}
    for (code, period, *rest), rows in data.facts.items():
        out.setdefault((code, period), {})[tuple(rest)] = rows
    return out


def _order(key: tuple) -> tuple:
    return tuple("" if k is None else k for k in key)


def _change(old: dict | None, new: dict | None, paired: bool) -> str | None:
    if new is None:
        return "no_longer_checked" if old is not None and old["status"] in FAILING else None
    return _changed(old["status"] if old is not None else None, new["status"], paired)


def _changed(was_status: str | None, now_status: str, paired: bool) -> str | None:
    """`_change` of a finding in the later round (status `now_status`) whose counterpart's status
    was `was_status` (None: none)."""
    was, now = was_status in FAILING, now_status in FAILING
    if not now:
        return "fixed" if was else None
    if not paired:
        return "new_submission"
    if was_status is None:
        return "newly_checked"
    return "still_failing" if was else "newly_failing"


def _finding_row(change: str, key: tuple, old: dict | None, new: dict | None, other: tuple | None) -> dict:
    code, period, criterion, stage = key
    latest = new or old
    return {"change": change, "entity": {"code": code, "name": latest["entity_name"]}, "period": period,
            "period_a": other[1] if other else None,
            "criterion": {"id": criterion, "title_zh": latest["title_zh"], "title_en": latest["title_en"],
                          "pack": latest["pack"]},
            "stage": stage, "severity": latest["severity"],
            "status_a": old["status"] if old else None, "status_b": new["status"] if new else None,
            "message_zh": latest["message_zh"], "message_en": latest["message_en"],
            "waiver": json.loads(new["waiver"]) if new and new.get("waiver") else None}


def _values(rows: list[dict]) -> list:
    return sorted({(r["value"], r["unit"]) for r in rows}, key=str)


def _side(rows: list[dict]) -> list[dict]:
    out = []
    for r in rows:
        loc = json.loads(r["location"])
        out.append({"value": None if r["value"] is None else json.loads(r["value"]), "unit": r["unit"],
                    "value_as_written": r["value_as_written"], "unit_as_written": r["unit_as_written"],
                    "place": _place(loc), "document": r["document"], "locator": r["locator"], "quote": r["quote"]})
    return out


def _place(loc: dict) -> str:
    if "sheet" in loc:
        return f"{loc['file']} {loc['sheet']}!{loc.get('cell', '')}".rstrip("!")
    if "row" in loc:
        return f"{loc['file']} row {loc['row']}"
    return f"{loc['file']} {loc['path']}" if loc.get("path") else loc["file"]


def _figure_row(key: tuple, old: list[dict], new: list[dict], name: str, period_a: int) -> dict:
    code, period, indicator, stage, year, scope = key
    spec = dictionary().get(indicator)
    return {"entity": {"code": code, "name": name}, "period": period, "period_a": period_a, "indicator": indicator,
            "indicator_zh": spec.zh if spec else indicator, "indicator_en": spec.en if spec else indicator,
            "stage": stage, "year": year, "scope": scope, "old": _side(old), "new": _side(new)}
