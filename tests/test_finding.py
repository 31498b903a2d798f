"""A finding as the evaluator makes it (`make_finding`) is the dataclass's own, and evaluation
leaves the garbage collector as it found it."""

import dataclasses
import gc
import pickle

import pytest

from checker.evaluate.findings import evaluate
from checker.intake.files import load_paths
from checker.model import Finding, Severity, Status, make_finding
from conftest import SUBMISSIONS


def values(n: int) -> list:
    """A value of its own for every field, none of them the default."""
    special = {"status": Status.FAIL, "severity": list(Severity)[-1], "draft": True, "waiver": {"state": "active"},
               "stage": "primary", "period": 2021}
    return [special.get(f.name, (f"{f.name}-{n}",)) for f in dataclasses.fields(Finding)]


def test_make_finding_is_the_dataclass_finding():
    fields = values(1)
    made, plain = make_finding(*fields), Finding(*fields)
    assert made == plain and repr(made) == repr(plain) and type(made) is Finding
    assert [getattr(made, f.name) for f in dataclasses.fields(Finding)] == fields
    assert make_finding(*fields[:10]) == Finding(*fields[:10])  # the defaults are the dataclass's
    assert made != make_finding(*values(2))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.status = Status.PASS  # type: ignore[misc]
    again = pickle.loads(pickle.dumps(made, pickle.HIGHEST_PROTOCOL))
    assert again == plain and again is not made
    assert dataclasses.replace(made, status=Status.PASS).status is Status.PASS


def test_evaluation_leaves_the_collector_as_it_was(packs, compiled, engine):
    sub = load_paths([SUBMISSIONS / "qujing-2021.yaml"]).submissions[0]
    assert gc.isenabled()
    first = evaluate(sub, packs, compiled, engine)
    assert gc.isenabled() and first
    gc.disable()
    try:
        assert evaluate(sub, packs, compiled, engine) == first
        assert not gc.isenabled()  # a caller that turned it off keeps it off
    finally:
        gc.enable()
    with pytest.raises(Exception):
        evaluate(sub, packs, compiled, None)  # no engine: evaluation fails part-way
    assert gc.isenabled()
