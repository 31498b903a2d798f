"""A county's narrative report (.txt, .docx, .pdf with text, .html) read as draft figures: for the
figures a check compares with the submission's (`--report`, `report_figures`), and for measuring
extraction against a hand transcription (`measure_extraction`). Here, not under intake/extract/,
because it reads submissions too (intake/files.py), which comes after the extractor."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from checker.i18n import t
from checker.intake.facts import Loaded
from checker.model import InputError, Submission


def extract_report(path: str | Path, entity: str, period: int, name: str | None = None,
                   level: str | None = None, region: str | None = None):
    """Propose the facts of a county's report (.txt, .docx, .pdf with text, .html) as a draft
    submission (`checker.intake.extract.Draft`; `draft_yaml(draft)` is its file). Raises
    `ReportError` for a file without text."""
    from checker.intake.extract import extract

    return extract(Path(path), entity, period, name, level, region)


def report_figures(paths, reports: list, period: int | None, entity: str | None
                   ) -> tuple[dict[tuple[str, int], tuple], list[InputError]]:
    """The figures each narrative report states, as draft facts of the one submission the paths hold
    (its entity and year); an input error for a report that cannot be read, or a batch of several."""
    from checker.intake.documents import from_document
    from checker.intake.extract import ReportError, draft_yaml
    from checker.intake.files import load_paths
    from checker.intake.safeyaml import load_yaml

    told, errors = confirmed_reports([r for r in reports if Path(r).suffix.lower() in (".yaml", ".yml")], period)
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


def confirmed_reports(reports: list, period: int | None) -> tuple[dict[tuple[str, int], tuple], list[InputError]]:
    """A report given as its draft YAML (`checker extract`, a person's `confirmed: true`; the portal
    writes one per county): its figures for its own entity and year (`period` when given, as for the
    submissions), so a batch may have several."""
    from checker.intake.files import load_file

    told: dict[tuple[str, int], tuple] = {}
    got = Loaded()
    for r in reports:
        load_file(Path(r), got)  # a submission file's limits and errors
    for s in got.submissions:
        key = (s.entity.code, s.period if period is None else period)
        told[key] = told.get(key, ()) + tuple(s.facts)
    return told, got.errors


def with_report(sub: Submission, facts: tuple) -> Submission:
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
