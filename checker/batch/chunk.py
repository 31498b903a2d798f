"""A batch's evaluation, chunk by chunk: each file read, each submission evaluated (guarded: a bug
met with one submission becomes its `error` findings, the batch goes on), the findings bundled
(`check_chunk`, in a worker or here); then the chunks combined into one report, resubmissions
merged and evaluated once (`combine`)."""

from __future__ import annotations

import os
import time
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from checker import __version__
from checker.evaluate import coverage
from checker.evaluate.consistency import report_only
from checker.evaluate.derive import derive
from checker.evaluate.engine import Engine
from checker.evaluate.findings import evaluate
from checker.evaluate.history import PEER_CHECKS, History, peer_figures, peer_view, supplement
from checker.i18n import t, text
from checker.intake.facts import Loaded
from checker.intake.files import load_file, unique_inputs
from checker.model import Finding, InputError, Status, Submission
from checker.report.bundle import Bundle, Findings, bundles_of
from checker.report.record import Report
from checker.rules.compile import compile_packs
from checker.rules.criteria import Pack, packs_for
from checker.store.run import RoundSink, StoreRun, to_blob


@dataclass
class ChunkResult:
    """What a chunk of files gives back (from a worker process: pickled). The findings travel in
    bundles (checker/report/bundle.py: JSON texts, heads and the objects compressed, made in the
    worker), so the parent only sorts them into the report."""

    loaded: Loaded
    findings: dict[tuple[str, int, str], list[Bundle]]  # per submission: (code, period, file)
    unchecked: dict[tuple[str, int, str], list[InputError]] = field(default_factory=dict)  # figures nothing read
    rows: list | None = None  # with a store: each submission's rows (`_store_rows`)
    peer_subs: bytes | None = None  # with a store: the submissions' figures the peer checks read, compressed
    peer_figures: list | None = None  # with a store: each submission's figures for the peers' medians


def evaluate_one(sub: Submission, packs: list[Pack], compiled, engine, parents: dict | None = None,
             history: History | None = None, notices: list[InputError] | None = None) -> list[Finding]:
    """Add the parent's figures a plan's relative targets read, take missing last-year figures from
    the store, derive (the school table, growth rates), pick the entity's province and plan packs, evaluate
    (the peer checks wait for the whole batch: `peer_checks`); into `notices`, the submission's
    figures no criterion read (`_unchecked`)."""
    own = sub
    extra = (parents or {}).get((sub.entity.code, sub.period), ())
    if extra:
        sub = replace(sub, facts=sub.facts + tuple(extra))
    if history is not None:  # last year's figures from the store first: derived rates are computed from them too
        sub = supplement(sub, history)
    sub = derive(sub)
    findings = evaluate(sub, without_peer_checks(packs_for(packs, sub.entity.code)), compiled, engine, history)
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


_NO_PEERS: dict[tuple[int, ...], tuple[list[Pack], list[Pack]]] = {}


def without_peer_checks(packs: list[Pack]) -> list[Pack]:
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
        sub = with_period(sub, period) if period is not None else sub
        for child, indicator in sorted(wanted.get(sub.entity.code, ())):
            facts = [replace(f, indicator=f"parent_{indicator}") for f in sub.facts
                     if f.indicator == indicator and f.period == sub.period and f.stage is None
                     and f.scope is None and not f.is_claim]
            found.setdefault((child, sub.period), []).extend(facts)
    return {key: tuple(facts) for key, facts in found.items()}


def guarded(sub: Submission, packs: list[Pack], errors: list[InputError], run: Callable[[], list[Finding]]
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


def check_chunk(files: list[Path], period: int | None, packs: list[Pack], compiled, engine,
                parents: dict | None = None, entity: str | None = None,
                history: "StoreRun | History | None" = None, prepare=None, keep: bool = True,
                told: dict | None = None) -> ChunkResult:
    loaded = Loaded()
    for path in files:
        load_file(path, loaded, period, entity)
    if period is not None:
        loaded.submissions = [with_period(sub, period) for sub in loaded.submissions]
    run = history if isinstance(history, StoreRun) else None
    if run is not None:  # this chunk's entities' history, read now: never the whole nation at once
        history = run.history(loaded.submissions)
    findings, kept, unchecked = {}, {}, {}
    for sub in loaded.submissions:
        if told and (sub.entity.code, sub.period) in told:  # what the narrative report states (--report)
            from checker.intake.narrative import with_report

            sub = with_report(sub, told[(sub.entity.code, sub.period)])
        key = (sub.entity.code, sub.period, sub.file)
        notes = unchecked[key] = []
        findings[key] = bundles_of(guarded(
            sub, packs, loaded.errors, lambda: evaluate_one(sub, packs, compiled, engine, parents, history, notes)))
        kept[key] = sub
    rows = peer_subs = figures = None
    if run is not None:
        if run.rows:
            rows = [_store_rows(kept[key], found) for key, found in findings.items()]
        if run.peers:
            views = [peer_view(sub) for sub in kept.values()]
            peer_subs = to_blob(views)
            figures = [((v.entity.code, v.period), peer_figures(v)) for v in views]
    bundles = [b for found in findings.values() for b in found]
    if prepare is not None:  # a renderer's parts, made here beside the findings (`check`)
        prepare.bundles(bundles, loaded.inputs)
    if not keep:
        for bundle in bundles:
            bundle.without_objects()
    loaded.submissions = []  # only the findings travel back; resubmissions are reloaded by combine
    return ChunkResult(loaded, findings, unchecked, rows, peer_subs, figures)


def _store_rows(sub: Submission, bundles: list[Bundle]) -> tuple[dict, list[dict], list[dict]]:
    """A submission's rows in the store: its own, its facts', its findings' (made where the objects are)."""
    from checker.store.rounds import fact_values, finding_values, submission_row

    cited: dict = {}  # the submission's facts' JSON as evidence, made once each (the findings keep them alive)
    return (submission_row(sub), [fact_values(f) for f in sub.facts],
            [finding_values(f, cited) for b in bundles for f in b.findings()])


def combine(results: list[ChunkResult], errors: list[InputError], packs: list[Pack],
            period: int | None, parents: dict | None = None, entity: str | None = None,
            history: "StoreRun | None" = None, sink: "RoundSink | None" = None) -> Report:
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
            merged = [with_period(s, period) if period is not None else s for s in again.submissions]
            merged = [s for s in merged if (s.entity.code, s.period) == key]
            for sub in merge_resubmissions(Loaded(submissions=merged, errors=loaded.errors, notices=loaded.notices)):
                past = history.history([sub]) if history is not None else None
                found = guarded(sub, packs, loaded.errors,
                                lambda: evaluate_one(sub, packs, compiled, engine, parents, past, loaded.notices))
                findings.extend(bundles_of(found))
                if sink is not None:
                    sink.resubmission(key, sub, found)
    return Report(Findings(findings), tuple(loaded.errors), tuple(loaded.notices), tuple(unique_inputs(loaded.inputs)),
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


def with_period(s: Submission, period: int) -> Submission:
    return replace(s, period=period)  # every other field kept: facts, school table, lineage
