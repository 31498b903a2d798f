"""Every entity × criterion × declared stage gets exactly one finding, whatever the data holds:
values, claims, conflicts, unreadable facts, any year, region and level. Missing is never pass."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.rules.compile import compile_packs
from checker.rules.criteria import packs_for
from checker.rules.library import load_packs
from checker.evaluate.coverage import unread
from checker.evaluate.engine import Engine
from checker.evaluate.findings import evaluate
from checker.intake.indicators import dictionary
from checker.model import STAGES, BadFact, Citation, Entity, Fact, Location, Part, Stated, Status, Submission

PACKS = load_packs()
COMPILED = compile_packs(PACKS)
ENGINE = Engine(COMPILED)
INDICATORS = sorted(i for i, spec in dictionary().items() if spec.family != "text")
EXPECTED = {(c.id, s) for p in PACKS if not p.extends for c in p.criteria for s in c.stages}


@st.composite
def submissions(draw):
    period = draw(st.integers(2014, 2028))
    entity = Entity(draw(st.sampled_from(["530300", "410100", "430100"])), "某地",
                    draw(st.sampled_from(["county", "prefecture", "province"])),
                    draw(st.sampled_from(["east", "central", "west", None])))
    facts, bad = [], []
    for n in range(draw(st.integers(0, 60))):
        indicator = draw(st.sampled_from(INDICATORS))
        spec = dictionary()[indicator]
        stage = None if spec.stages == "none" else draw(st.sampled_from((None,) + STAGES))
        p = period - draw(st.sampled_from([0, 0, 1, 2]))
        loc = Location("random.yaml", path=f"facts[{n}]")
        kind = draw(st.sampled_from(["value", "value", "value", "claim", "bad"]))
        if kind == "bad":
            bad.append(BadFact(indicator, stage, p, loc, "unreadable"))
            continue
        value = None if kind == "claim" else draw(st.one_of(
            st.integers(-5, 10**9), st.floats(-1e9, 1e9, allow_nan=False), st.sampled_from([0, 85, 100, 650])))
        stated = ()
        if value is not None and draw(st.integers(0, 3)) == 0:  # a figure the county derived from it
            pct = draw(st.sampled_from(["0.08", "-0.64", "5.17", "3.9", "100", "0"]))
            stated = (draw(st.sampled_from([
                Stated("change_pct", float(pct), pct),
                Stated("share_pct", float(pct), pct, of=draw(st.sampled_from(INDICATORS))),
                Stated("parts", parts=(Part(stage="primary"), Part(label="其他", value=3, value_as_written="3"))),
            ])),)
        facts.append(Fact(indicator, stage, p, value, spec.unit, None if value is None else repr(value), spec.unit,
                          Citation("report", "x", "一句声明" if value is None else None), loc,
                          draw(st.sampled_from([None, None, "区属"])), stated))
    return Submission(entity, period, "random.yaml", tuple(facts), tuple(bad))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sub=submissions())
def test_exactly_one_finding_per_criterion_and_stage(sub):
    findings = evaluate(sub, packs_for(PACKS, sub.entity.code), COMPILED, ENGINE)
    keys = [(f.criterion_id, f.stage) for f in findings]
    # a figure listed as read by no criterion is the evidence of none (coverage agrees with the evaluator),
    # but for the screen of every money figure's size (CON-RANGE-01), which reads a figure for no rule
    unchecked, other_years = unread(sub, sub, packs_for(PACKS, sub.entity.code))
    screens = {c.id for p in PACKS for c in p.criteria if c.check == "plausible_range"}
    shown = {id(x) for f in findings if f.criterion_id not in screens for x in f.evidence}
    assert not [x for x in unchecked + other_years if id(x) in shown]
    assert len(keys) == len(set(keys)) and set(keys) == EXPECTED
    present = {(f.indicator, f.stage, f.period) for f in sub.facts if not f.is_claim}
    criteria = {c.id: c for p in packs_for(PACKS, sub.entity.code) for c in p.criteria}
    places = {str(x.location) for x in sub.facts}
    for f in findings:
        if f.status in (Status.PASS, Status.FAIL, Status.WARN) and criteria[f.criterion_id].check:
            # a consistency verdict rests on stated figures that are there, each checked one by one
            assert f.details and all(set(d["places"]) <= places for d in f.details)
            continue
        if f.status in (Status.PASS, Status.FAIL, Status.WARN):
            # a verdict only ever rests on figures that are there, unconflicted and readable
            for ref in criteria[f.criterion_id].refs:
                period = sub.period - (1 if ref.prev else 0)
                if ref.prev and (ref.indicator, f.stage, period) not in present:
                    # decided on the county's stated change on this year's figure (cases._from_stated_change)
                    cur = [x for x in sub.facts if x.key == (ref.indicator, f.stage, sub.period) and not x.is_claim]
                    assert any(s.kind == "change_pct" for x in cur for s in x.stated) and cur[0].value > 0
                    continue
                assert (ref.indicator, f.stage, period) in present
                found = [x for x in sub.facts if x.key == (ref.indicator, f.stage, period) and not x.is_claim]
                whole = [x for x in found if x.scope is None]  # the whole entity's figure wins over a part's
                assert len({x.value for x in (whole or found)}) == 1
                assert whole or len({x.scope for x in found}) == 1
                assert not any(b.indicator == ref.indicator and b.stage in (f.stage, None) and b.period == period
                               for b in sub.bad_facts)
        if f.status is Status.ERROR:
            assert f.message_en
        if f.status is Status.MISSING:
            # what is missing, machine-readable: an indicator for a stage and year (or the region, the
            # school table, a school's figure); a figure named missing is not there as a readable value
            wanted = f.to_dict()["missing"]
            assert wanted
            for entry in wanted:
                if "indicator" in entry:
                    assert set(entry) >= {"indicator", "stage", "period"}
                    key = (entry["indicator"], entry["stage"], entry["period"])
                    there = {str(x.location) for x in sub.facts if x.key == key and not x.is_claim
                             and x.scope == entry.get("scope")}
                    # absent (for the scope asked: the whole entity's unless named — a part's figure does
                    # not stand for it, so one compared with a whole's is missing its counterpart):
                    # figures that are there but disagree are a conflict (`error` naming them), never missing
                    assert not there
                else:
                    assert entry.get("field") == "entity.region" or entry.get("table") == "schools" \
                        or "what" in entry
        else:
            assert "missing" not in f.to_dict()


def _one(indicator, stage, period, value, stated=()):
    spec = dictionary()[indicator]
    return Fact(indicator, stage, period, value, spec.unit, repr(value), spec.unit, Citation("report", "x", None),
                Location("random.yaml", path="facts[0]"), None, stated)


def test_a_zero_figure_with_a_stated_change_implies_nothing():
    """0 元 'up 0.08 %' gives no positive base: the 只增不减 rule stays missing, not fail on a made-up 0
    (found by the property test above)."""
    sub = Submission(Entity("530300", "某地", "county", "west"), 2024, "random.yaml",
                     (_one("teacher_avg_salary", None, 2024, 0, (Stated("change_pct", 0.08, "0.08"),)),), ())
    found = {f.criterion_id: f for f in evaluate(sub, packs_for(PACKS, "530300"), COMPILED, ENGINE)}
    assert found["DUT-GROW-03"].status is Status.MISSING


def test_zero_pupils_read_by_the_per_pupil_gate_is_not_unchecked():
    """A stage's 0 pupils makes its per-pupil criteria not_applicable, citing the figure: coverage must count
    that figure as read (found by the property test above)."""
    sub = Submission(Entity("530300", "某地", "county", "west"), 2014, "random.yaml",
                     (_one("students", "kindergarten", 2014, 0),), ())
    findings = evaluate(sub, packs_for(PACKS, "530300"), COMPILED, ENGINE)
    assert any(f.status is Status.NOT_APPLICABLE and f.evidence for f in findings if f.stage == "kindergarten")
    unchecked, other_years = unread(sub, sub, packs_for(PACKS, "530300"))
    assert unchecked == [] and other_years == []
