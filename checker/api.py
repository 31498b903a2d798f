"""The one entry point for programs, tests and the CLI: `check(paths) -> Report`."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from checker import __version__
from checker.compile import compile_packs
from checker.criteria import Criterion, Example, Pack, load_packs
from checker.engine import Engine
from checker.evaluate import evaluate
from checker.load import Loaded, load_paths, read_fact
from checker.model import Citation, Entity, Finding, InputError, Location, Submission
from checker.report import Report


def check(paths: Iterable[str | Path], criteria: str | Path | None = None, period: int | None = None,
          packs: list[Pack] | None = None) -> Report:
    packs = packs if packs is not None else load_packs(criteria)
    loaded = load_paths([Path(p) for p in paths], period)
    if period is not None:
        loaded.submissions = [_with_period(s, period) for s in loaded.submissions]
    return run(loaded, packs)


def run(loaded: Loaded, packs: list[Pack]) -> Report:
    compiled = compile_packs(packs)
    findings: list[Finding] = []
    submissions = merge_resubmissions(loaded)
    with Engine(compiled) as engine:
        for submission in submissions:
            findings.extend(evaluate(submission, packs, compiled, engine))
    return Report(tuple(findings), tuple(loaded.errors), tuple(loaded.notices), tuple(loaded.inputs),
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
            first = Submission(first.entity, period, first.file, tuple(f for s in subs for f in s.facts),
                               tuple(b for s in subs for b in s.bad_facts),
                               tuple(d for s in subs for d in s.documents))
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


def _with_period(s: Submission, period: int) -> Submission:
    return Submission(s.entity, period, s.file, s.facts, s.bad_facts, s.documents)


# --- criteria examples ------------------------------------------------------------------------

@dataclass(frozen=True)
class ExampleResult:
    pack: str
    criterion: str
    example: str
    expected: str
    actual: str
    message: str

    @property
    def ok(self) -> bool:
        return self.expected == self.actual


def example_submission(criterion: Criterion, example: Example) -> Submission:
    facts = []
    for n, (ref_text, value) in enumerate(example.values):
        if value is None:
            continue
        prev = ref_text.startswith("prev(")
        indicator = ref_text[5:-1] if prev else ref_text
        text = value if isinstance(value, str) else repr(value)
        fact, problems = read_fact(
            indicator=indicator, stage=example.stage, period=example.period - (1 if prev else 0), value=value,
            value_text=text, unit=None, citation=Citation("example", example.name), known_documents=None,
            location=Location(f"criteria example {criterion.id}", path=f"examples[{example.name}].values.{ref_text}"),
        )
        if fact is None:
            raise ValueError(f"{criterion.id} example {example.name!r}: {problems}")
        facts.append(fact)
    entity = Entity("000000", f"example {example.name}", example.level, example.region)
    return Submission(entity, example.period, "example", tuple(facts))


def run_examples(packs: list[Pack]) -> list[ExampleResult]:
    compiled = compile_packs(packs)
    results = []
    with Engine(compiled) as engine:
        for pack in packs:
            for criterion in pack.criteria:
                single = Pack(pack.id, pack.version, pack.title_zh, pack.title_en, pack.source, pack.sha256,
                              (criterion,))
                for example in criterion.examples:
                    findings = evaluate(example_submission(criterion, example), [single], compiled, engine)
                    mine = [f for f in findings if f.stage == example.stage]
                    actual = mine[0].status.value if len(mine) == 1 else f"{len(mine)} findings"
                    results.append(ExampleResult(pack.id, criterion.id, example.name, example.expect, actual,
                                                 mine[0].message_en if mine else ""))
    return results
