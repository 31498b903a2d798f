"""A county's narrative report (.txt, .docx, .pdf with text, .html) read as draft figures: for the
figures a check compares with the submission's (`--report`, `report_figures`), and for measuring
extraction against a hand transcription (`measure_extraction`). Here, not under intake/extract/,
because it reads submissions too (intake/files.py), which comes after the extractor."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from checker.i18n import t
from checker.intake.facts import Loaded
from checker.model import InputError


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

    subs = load_paths([Path(p) for p in paths], period).submissions
    keys = sorted({(s.entity.code, s.period) for s in subs})
    if len(keys) != 1:
        return {}, [InputError(str(r), "", t("input.report_needs_one", count=len(keys))) for r in reports]
    sub = next(s for s in subs if (s.entity.code, s.period) == keys[0])
    facts, errors = [], []
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
    return {keys[0]: tuple(facts)}, errors


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
