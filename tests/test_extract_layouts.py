"""The layout campaign (h-extract12, issue 24): the same education figures laid out the ways Chinese yearbooks,
统计公报, funding bulletins and self-reports lay them out (tests/data/layouts.yaml: tables saved as text with spaces,
tabs, bars or one cell a line, headers over lines, transposed tables, tables by place, part rows, 本年/上年/增长%
columns, key-value lines, headings over items, numbered lists, full-width digits, thousands separators, a caption
under its table), every place and figure made up. A layout marked `read: true` must give exactly its facts (and the
changes it states, `changes`); no layout may give a fact or a stated change it does not list (a figure read wrongly
is worse than one not read: 比上年增减 220 taken as a 220 % change was one). The class table is
tests/data/reports/LAYOUTS.md."""

from pathlib import Path

import pytest
import yaml

from checker.intake.extract import extract_text

LAYOUTS = yaml.safe_load((Path(__file__).parent / "data" / "layouts.yaml").read_text(encoding="utf-8"))["layouts"]


def _facts(layout: dict) -> tuple[set, set]:
    draft = extract_text(layout["text"], "report.txt", layout["code"], layout["period"], name=layout["name"])
    for p in draft.facts:
        assert draft.quote(p) in layout["text"]  # every quote the layout's own text
    got = {(p.indicator, p.stage, p.period, p.value) for p in draft.facts}
    # a stated change (增长%) is read too: as a fact (…, "change", pct), only where the layout lists it
    got |= {(p.indicator, p.stage, p.period, "change", p.stated["change_pct"]) for p in draft.facts
            if "change_pct" in p.stated}
    expected = {tuple(fact) for fact in layout["facts"]}
    expected |= {(*change[:3], "change", change[3]) for change in layout.get("changes", [])}
    return got, expected


def test_the_layouts_are_many_and_their_ids_unique():
    ids = [layout["id"] for layout in LAYOUTS]
    assert len(ids) >= 50 and len(set(ids)) == len(ids)


@pytest.mark.parametrize("layout", LAYOUTS, ids=[layout["id"] for layout in LAYOUTS])
def test_a_layout_gives_no_fact_it_does_not_list(layout):
    got, expected = _facts(layout)
    assert got <= expected, f"read wrongly: {sorted(got - expected, key=str)}"


@pytest.mark.parametrize("layout", [layout for layout in LAYOUTS if layout["read"]],
                         ids=[layout["id"] for layout in LAYOUTS if layout["read"]])
def test_a_layout_marked_read_gives_exactly_its_facts(layout):
    got, expected = _facts(layout)
    assert got == expected


@pytest.mark.parametrize("layout", [layout for layout in LAYOUTS if not layout["read"]],
                         ids=[layout["id"] for layout in LAYOUTS if not layout["read"]])
def test_a_layout_marked_unread_is_not_yet_read_whole(layout):
    got, expected = _facts(layout)
    assert got != expected  # read whole now: mark it `read: true` in layouts.yaml
