"""The terminal table gives rich its column widths (checker/report/render/table.py `widths`) so
rich draws without measuring every cell. Where the table fits the terminal, or criterion and
message need shrinking, that draws what rich draws when it measures the same cells itself; down
to 50 columns, no line is wider than the terminal and no character of any cell is lost."""

from __future__ import annotations

import io
import re
from collections import Counter

import pytest

from checker.report.render import render
from checker.report.render.common import View, entity_heading, grouped, province_code, province_label, safe_record
from checker.report.render.fixlist import places_of
from checker.report.render.table import columns, widths


@pytest.fixture(scope="module")
def records(report):
    return {"input": safe_record(report.record()), "status": safe_record(report.record(by_status=True))}


def rich_measured(record: dict, lang: str, width: int) -> list[str]:
    """Each entity's table as rich lays it out when it measures every cell itself (the reference)."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    buf = io.StringIO()
    console = Console(file=buf, width=width, color_system=None, force_terminal=False, no_color=True, highlight=False,
                      emoji=False, soft_wrap=False, markup=False)
    out = []
    for entity, period, findings in grouped(record["findings"]):
        heading = f"{entity_heading(entity, period, lang)} · {province_label(province_code(entity['code']), lang)}"
        table = Table(title=heading, title_justify="left", box=box.SIMPLE_HEAD, expand=False, pad_edge=False)
        heads, cells = columns(findings, View(lang), places_of(record, View.of(record, lang)))
        table.add_column(heads[0], overflow="fold", min_width=10)
        for head in heads[1:4]:
            table.add_column(head, no_wrap=True)
        table.add_column(heads[4], overflow="fold", min_width=16)
        for cell in cells:
            table.add_row(*cell, end_section=False)
        console.print(table, markup=False)
        out.append(buf.getvalue())
        buf.seek(0)
        buf.truncate()
    return out


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", [100, 160, 400])
def test_the_given_widths_draw_what_rich_draws_when_it_measures(records, lang, width):
    for record in records.values():
        mine = list(render(record, "table", lang, width=width))
        reference = rich_measured(record, lang, width)
        assert len(reference) > 3
        assert mine[:len(reference)] == reference


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("width", [50, 60, 80, 100])
@pytest.mark.parametrize("color", [False, True])
def test_no_line_is_wider_than_the_terminal_and_no_character_is_lost(records, lang, width, color):
    from rich.cells import cell_len

    record = records["input"]
    chunks = [re.sub(r"\x1b\[[0-9;]*m", "", chunk) for chunk in render(record, "table", lang, width=width, color=color)]
    tables, shown = chunks[:-1], "".join(chunks)  # one chunk per entity's table, then the notices and totals
    assert len(tables) > 3
    assert all(cell_len(line) <= width for table in tables for line in table.splitlines())
    wanted = Counter()
    for _entity, _period, findings in grouped(record["findings"]):
        heads, cells = columns(findings, View(lang))
        wanted.update(ch for cell in cells for text in cell for ch in text if not ch.isspace())
    have = Counter(ch for ch in shown if not ch.isspace())
    assert not wanted - have


def test_widths_fit_shrink_criterion_and_message_and_keep_the_minimum():
    heads = ["准则", "学段", "状态", "级别", "说明"]
    rows = [["一" * 20 + "\nDUT-1", "学前", "通过", "约束", "x" * 50]]
    natural = [40, 4, 4, 4, 50]
    assert widths(heads, rows, 200) == natural
    assert widths(heads, rows, sum(natural)) == natural
    assert widths(heads, rows, 12 + 61) == [30, 4, 4, 4, 31]  # both wider than half: halves, the odd cell to the message
    terse = [["一" * 30, "学前", "通过", "约束", "x" * 20]]
    assert widths(heads, terse, 12 + 60) == [40, 4, 4, 4, 20]  # the message needs less than half: the criterion takes the rest
    short = [["一" * 5, "学前", "通过", "约束", "x" * 50]]
    assert widths(heads, short, 12 + 40) == [10, 4, 4, 4, 30]  # the criterion needs less than half: the message takes the rest
    assert widths(heads, rows, 12 + 26) == [10, 4, 4, 4, 16]  # narrow: the minimums
    assert widths(heads, rows, 12 + 23) == [10, 3, 3, 3, 16]  # narrower: stage, status and severity give up a cell each
    assert widths(heads, rows, 12 + 20) == [10, 2, 2, 2, 16]  # no less than 2: rich crops the rest
