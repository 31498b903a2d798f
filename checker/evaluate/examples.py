"""`checker criteria test`: each criterion's examples (`examples:` in its pack) evaluated as a
submission of their own, the status each gives against the status it expects."""

from __future__ import annotations

from dataclasses import dataclass, replace

from checker.evaluate.derive import derive
from checker.evaluate.engine import Engine
from checker.evaluate.findings import evaluate
from checker.evaluate.history import Earlier, History, non_decreasing
from checker.intake.facts import read_fact
from checker.model import Citation, Entity, Location, Submission
from checker.rules.checks import HISTORY_CHECKS
from checker.rules.compile import compile_packs
from checker.rules.criteria import Criterion, Example, Pack
from checker.rules.library import load_packs


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
    facts, told = [], []
    for n, item in enumerate(example.facts):
        stated = item.get("stated") or {}
        parts = [p if isinstance(p, str) else (p["label"], str(p["value"])) for p in stated.get("parts") or []]
        value = item.get("value")
        fact, problems = read_fact(
            indicator=item["indicator"], stage=item.get("stage"), period=item["period"], value=value,
            value_text=None if value is None else str(value), unit=item.get("unit"),
            citation=Citation("example" if "report" not in item else "report", item.get("report", example.name)),
            known_documents=None, scope=item.get("scope"),
            location=Location(f"criteria example {criterion.id}", path=f"examples[{example.name}].facts[{n}]"),
            stated_change=_text(stated.get("change_pct")), stated_share=_text(stated.get("share_pct")),
            share_of=stated.get("of"), parts=parts, unit_default=True,  # a pack's figures: its indicator's unit
        )
        if fact is None:
            raise ValueError(f"{criterion.id} example {example.name!r}: {problems}")
        (told if "report" in item else facts).append(fact)  # `report:` a figure of the narrative report
    for n, (ref_text, value) in enumerate(example.values):
        if value is None:
            continue
        prev = ref_text.startswith("prev(")
        indicator = ref_text[5:-1] if prev else ref_text
        text = value if isinstance(value, str) else repr(value)
        fact, problems = read_fact(
            indicator=indicator, stage=example.stage, period=example.period - (1 if prev else 0), value=value,
            value_text=text, unit=None, citation=Citation("example", example.name), known_documents=None,
            allow_derived=True,  # an example may state a derived figure: it tests the rule, not the derivation
            unit_default=True,  # an example's values are in the indicator's own unit
            location=Location(f"criteria example {criterion.id}", path=f"examples[{example.name}].values.{ref_text}"),
        )
        if fact is None:
            raise ValueError(f"{criterion.id} example {example.name!r}: {problems}")
        facts.append(fact)
    entity = Entity("000000", f"example {example.name}", example.level, example.region)
    schools: tuple = ()
    if example.schools:
        from checker.intake.schools import read_table

        header = sorted({k for row in example.schools for k in row})
        rows = [[(h, "") for h in header]] + [[("" if r.get(h) is None else str(r[h]), "") for h in header]
                                              for r in example.schools]
        read, bad, problems = read_table(rows, f"criteria example {criterion.id}", None)
        if problems:
            raise ValueError(f"{criterion.id} example {example.name!r}: {[str(p) for p in problems]}")
        schools = tuple(read)
    return derive(Submission(entity, example.period, "example", tuple(facts), schools=schools,
                             schools_file="example schools" if schools else None, report_facts=tuple(told)))


def _text(value) -> str | None:
    return None if value is None else str(value)


def _example_history(criterion: Criterion, example: Example, nd: frozenset[str]) -> tuple[Example, History]:
    """A history check's example: facts with `round:` were submitted in an earlier round, facts with
    `peer:` are another entity of the province in this round; the rest are the submission."""
    own = tuple(f for f in example.facts if "round" not in f and "peer" not in f)
    history = History(non_decreasing=nd)
    for item in example.facts:
        if "round" not in item and "peer" not in item:
            continue
        fact = example_submission(criterion, replace(example, facts=(item,), values=())).facts[0]
        k = (fact.indicator, fact.stage, fact.period, fact.scope)
        if "round" in item:
            history.earlier.setdefault("000000", {})[k] = Earlier(fact, item["round"], "example", fact.period)
        else:
            history.peers.setdefault(("00", *k), {})[str(item["peer"])] = float(fact.value)
    return replace(example, facts=own), history


def run_examples(packs: list[Pack]) -> list[ExampleResult]:
    compiled = compile_packs(packs)
    flat = non_decreasing(c for p in packs + load_packs() for c in p.criteria)
    results = []
    with Engine(compiled) as engine:
        for pack in packs:
            # a province pack's other criteria are its base's, with the base's examples
            for criterion in pack.criteria if not pack.extends else [c for c in pack.criteria
                                                                     if c.id in pack.overrides]:
                single = Pack(pack.id, pack.version, pack.title_zh, pack.title_en, pack.source, pack.sha256,
                              (criterion,))
                for example in criterion.examples:
                    history = None
                    if criterion.check in HISTORY_CHECKS:
                        example, history = _example_history(criterion, example, flat)
                    findings = evaluate(example_submission(criterion, example), [single], compiled, engine, history)
                    mine = [f for f in findings if f.stage == example.stage]
                    actual = mine[0].status.value if len(mine) == 1 else f"{len(mine)} findings"
                    results.append(ExampleResult(pack.id, criterion.id, example.name, example.expect, actual,
                                                 mine[0].message_en if mine else ""))
    return results
