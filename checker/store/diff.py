"""What changed between two rounds: findings newly failing, fixed and still failing, figures changed
(old → new, with both places), submissions new and withdrawn — one plain record every diff
renderer (checker/report/render/diff.py) draws from.

Findings are matched on their full identity (entity, period, criterion, stage), figures on
(entity, period of the submission, indicator, stage, year, scope), submissions on (entity, period):
never on part of a key. "Failing" is fail, missing or error, whatever the severity (each row says
which); a waived finding still counts here, with its waiver shown.
"""

from __future__ import annotations

import json

from checker.intake.indicators import dictionary
from checker.store.rounds import FAILING, RoundData

DIFF_SCHEMA_VERSION = 1
CHANGES = ("newly_failing", "fixed", "still_failing", "no_longer_checked")


def diff(a: RoundData, b: RoundData, meta: dict | None = None) -> dict:
    findings = []
    for key in sorted(set(a.findings) | set(b.findings), key=_order):
        old, new = a.findings.get(key), b.findings.get(key)
        sub = key[:2]
        change = _change(old, new, sub in a.submissions, sub in b.submissions)
        if change:
            findings.append(_finding_row(change, key, old, new))
    figures = []
    for key in sorted(set(a.facts) | set(b.facts), key=_order):
        if key[:2] not in a.submissions or key[:2] not in b.submissions:
            continue  # a new or withdrawn submission is listed as such, not figure by figure
        old, new = a.facts.get(key, []), b.facts.get(key, [])
        if _values(old) != _values(new):
            figures.append(_figure_row(key, old, new, b.submissions[key[:2]]["name"]))
    new_subs = [b.submissions[k] for k in sorted(set(b.submissions) - set(a.submissions))]
    gone = [a.submissions[k] for k in sorted(set(a.submissions) - set(b.submissions))]
    summary = {c: sum(1 for f in findings if f["change"] == c) for c in CHANGES}
    summary.update(changed_figures=len(figures), new_submissions=len(new_subs), withdrawn_submissions=len(gone))
    return {
        "schema_version": DIFF_SCHEMA_VERSION,
        "rounds": {"a": {"name": a.name, "created_at": a.created_at}, "b": {"name": b.name, "created_at": b.created_at}},
        "summary": summary,
        "findings": findings,
        "figures": figures,
        "submissions": {"new": new_subs, "withdrawn": gone},
        "meta": dict(meta or {}),
    }


def _order(key: tuple) -> tuple:
    return tuple("" if k is None else k for k in key)


def _change(old: dict | None, new: dict | None, sub_in_a: bool, sub_in_b: bool) -> str | None:
    was = old is not None and old["status"] in FAILING
    now = new is not None and new["status"] in FAILING
    if new is None:
        return "no_longer_checked" if was and sub_in_b else None  # a withdrawn submission is listed as such
    if now and was:
        return "still_failing"
    if now:
        return "newly_failing"
    if was:
        return "fixed"
    return None


def _finding_row(change: str, key: tuple, old: dict | None, new: dict | None) -> dict:
    code, period, criterion, stage = key
    latest = new or old
    return {"change": change, "entity": {"code": code, "name": latest["entity_name"]}, "period": period,
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


def _figure_row(key: tuple, old: list[dict], new: list[dict], name: str) -> dict:
    code, period, indicator, stage, year, scope = key
    spec = dictionary().get(indicator)
    return {"entity": {"code": code, "name": name}, "period": period, "indicator": indicator,
            "indicator_zh": spec.zh if spec else indicator, "indicator_en": spec.en if spec else indicator,
            "stage": stage, "year": year, "scope": scope, "old": _side(old), "new": _side(new)}
