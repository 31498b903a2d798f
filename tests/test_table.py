"""The terminal table: without colour it is laid out by table.py's own arithmetic (cheap); rich draws
it with colour, and whenever a cell needs rich (markup-like text, a tab). Both must give the same
bytes: the plain layout is compared with rich's for the seeds at many widths, in both languages."""

import json

import pytest

from checker.api import check
from checker.report.render import render_text, table
from conftest import MINIMAL, SUBMISSIONS, write


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("table")
    # a county named with rich markup and a tab, a very long unbroken word, and a broken file
    write(tmp, "odd.yaml", MINIMAL.replace("陆良县", json.dumps("[bold]陆良[/bold]\t县" + "长" * 70, ensure_ascii=False)))
    write(tmp, "broken.yaml", "entity: [\n")
    return [check([SUBMISSIONS], jobs=1).record(), check([tmp], jobs=1).record()]


def by_rich(record: dict, lang: str, width: int, monkeypatch) -> str:
    with monkeypatch.context() as m:
        m.setattr(table, "_plain_table", lambda *args: None)
        return "".join(table.render(record, lang, width=width))


@pytest.mark.parametrize("width", [1, 12, 30, 47, 60, 79, 100, 133, 200])
def test_plain_layout_is_byte_identical_to_rich(records, width, monkeypatch):
    from checker.report.render.common import safe_record

    for record in records:
        record = safe_record(record)
        for lang in ("zh", "en"):
            assert "".join(table.render(record, lang, width=width)) == by_rich(record, lang, width, monkeypatch)


def test_plain_layout_is_used_for_plain_text_and_declines_markup(records):
    header = ["准则", "学段", "状态", "级别", "说明"]
    assert table._plain_table("t", header, [["a\nID-1", "—", "通过", "约束", "124.40 亿元"]], 100) is not None
    assert table._plain_table("t", header, [["a\nID-1", "—", "通过", "约束", "见 [link=x]"]], 100) is None
    assert table._plain_table("t", header, [["a\nID-1", "—", "通过", "约束", "a\tb"]], 100) is None


def test_colour_still_drawn_by_rich(records):
    out = "".join(table.render(records[0], "zh", width=100, color=True))
    assert "\x1b[" in out and "\x1b[" not in render_text(records[0], "table")
