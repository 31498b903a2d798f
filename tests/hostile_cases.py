"""What the hostile reviews' case files share (tests/test_extract_hostile32b.py, 32c, 32e): each case a text the reviewer
wrote and the facts a careful reader takes from it; a case read wrongly today is a strict xfail naming its class, a case
read whole today is held to exactly its facts."""

from __future__ import annotations

import pytest


def no_wrong_params(cases, wrong: dict) -> list:
    """Every case as a test parameter, those in `wrong` marked strict xfails with their class as the reason."""
    return [pytest.param(case, id=case.id, marks=pytest.mark.xfail(strict=True, reason=wrong[case.id]))
            if case.id in wrong else pytest.param(case, id=case.id) for case in cases]


def whole_params(cases) -> list:
    """The cases read whole today, as test parameters."""
    return [pytest.param(case, id=case.id) for case in cases if case.whole]


def check_cases(cases, wrong: dict, at_least: int) -> None:
    ids = [case.id for case in cases]
    assert len(ids) >= at_least and len(set(ids)) == len(ids) and set(wrong) <= set(ids)
    assert not any(case.whole for case in cases if case.id in wrong)


def assert_nothing_wrong(got: set, case) -> None:
    assert got <= set(case.facts), f"read wrongly: {sorted(got - set(case.facts), key=str)}"


def xfail(*args, reason: str):
    """A case read wrongly (or passed over) today: a strict xfail naming its class."""
    return pytest.param(*args, marks=pytest.mark.xfail(strict=True, reason=reason))


def mended(*args, reason: str):
    """A case read wrongly (or passed over) when its review was written, mended since: its reason kept as the class
    it was."""
    return pytest.param(*args)


def listed(unattached, figure: str) -> bool:
    """Whether a figure (as written, its unit after it) is among the unattached (figure, reason) pairs."""
    return any(f.startswith(figure) for f, _ in unattached)


def values(facts) -> set[str]:
    return {f[3] for f in facts}


def check_case(text: str, take=(), may=(), left=(), scoped: bool = False) -> None:
    """A stop-34 hostile case (tests/test_extract_hostile34d.py, 34g), read under a report's title: `take` must be read,
    `may` may be, nothing else; every figure in `left` read or listed (never silent). `scoped`: facts with their scope."""
    import re

    from extract_reading import read_report

    facts, unattached, draft = read_report(text)
    if scoped:
        facts = {(p.indicator, p.stage, p.period, p.value, p.scope) for p in draft.facts}
    take, may = set(take), set(may)
    assert take <= facts, f"not read: {sorted(take - facts, key=str)}"
    assert facts <= take | may, f"read wrongly: {sorted(facts - take - may, key=str)}"
    read_values = {f[3] for f in facts} | {v for p in draft.facts for v in p.stated.values() if isinstance(v, str)}  # stated
    for figure in left:
        number = re.match(r"[\d.,]+", figure).group().replace(",", "")
        assert number in read_values or listed(unattached, figure), f"passed over in silence: {figure}"


Y = 2023  # the year the hostile cases' entity (桐溪县 510998) is read for


def students(stage, value, year=Y):
    """A key (indicator, stage, year, value as written) of a count of students."""
    return ("students", stage, year, value)


def schools(stage, value, year=Y):
    return ("schools", stage, year, value)


def classes(stage, value, year=Y):
    return ("classes", stage, year, value)


def teachers(stage, value, year=Y):
    return ("full_time_teachers", stage, year, value)
