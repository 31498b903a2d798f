"""The terminal table (rich): one table per entity wrapped to the terminal's width with CJK
characters counted double, the status coloured on a terminal and plain when piped, then the
roster's missing submissions, invalid inputs and the entity counts. A single submission's output
opens with what to fix (render/fixlist.py), a problem's message ends with its place (`@ 数据!G26`),
and a batch's closes with each criterion's results and the findings by status, counted over every
finding whatever `--only` lists.

The column widths are given to rich (`widths`), so it draws the table without measuring every
cell's smallest and largest width first (twice, when the table is wider than the terminal): on a
small check that measuring was a third of the table's time. Each column is as wide as its widest
line; when they do not all fit, criterion and message share what stage, status and severity
leave (`widths`). That is the layout rich chose itself, except on a narrow terminal (80 columns
or fewer in English, about 65 in Chinese), where rich narrowed every column and cropped characters
of the figures (`124.40 亿元` shown as `124.40 亿`), and stage, status and severity now wrap
instead (tests/test_table.py).

Options: `width` (columns; 100 when not given), `color` (ANSI colours; off unless asked).
"""

from __future__ import annotations

import io
from typing import Iterator

import checker.report.render.fixlist as fixlist
from checker.report.render.common import (STATUSES, View, entity_heading, grouped, level_label, localized, message,
                                          province_code, province_label, severity_label, stage_label, status_label,
                                          title)

STYLE = {"pass": "green", "fail": "bold red", "warn": "yellow", "missing": "magenta", "not_applicable": "dim",
         "error": "bold red reverse"}


def render(report: dict, lang: str = "zh", width: int | None = None, color: bool = False) -> Iterator[str]:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text
    from rich import box

    view = View.of(report, lang)
    buf = io.StringIO()
    console = Console(file=buf, width=width or 100, color_system="standard" if color else None,
                      force_terminal=color, no_color=not color, highlight=False, emoji=False, soft_wrap=False,
                      markup=False)  # county text is never read as rich markup
    w = view.word

    def flush() -> str:
        out = buf.getvalue()
        buf.seek(0)
        buf.truncate()
        return out

    where = fixlist.places_of(report, view)
    if fixlist.shown(report):  # one submission: what to do first
        yield from _fixes(report, console, flush, lang)
    for entity, period, findings in grouped(report["findings"]):
        heading = f"{entity_heading(entity, period, lang)} · {province_label(province_code(entity['code']), lang)}"
        table = Table(title=heading, title_justify="left", box=box.SIMPLE_HEAD, expand=False, pad_edge=False)
        heads, cells = columns(findings, view, where)
        sizes = widths(heads, cells, console.width - _EXTRA)
        for head, size in zip(heads, sizes):
            table.add_column(head, width=size, overflow="fold")  # only what is wider than its column wraps
        for f, cell in zip(findings, cells):
            if color:  # styles as Text spans, never markup: county text keeps its brackets
                cell = [Text.assemble(title(f, lang), "\n", (f["criterion"]["id"], "dim")), cell[1],
                        Text.assemble((cell[2], STYLE[f["status"]])), cell[3], cell[4]]
            table.add_row(*cell, end_section=False)
        console.print(table, markup=False)
        yield flush()
    batch = report["summary"]["entities"] > 1
    if batch:  # each criterion's results over the batch, counted by entity
        _criteria(report, console, view)
        yield flush()
    roster = report.get("roster")
    if roster and roster["missing_submissions"]:
        console.print(f"{w('section.missing_submissions')} ({len(roster['missing_submissions'])}/{roster['entities']}):",
                      markup=False)
        for x in roster["missing_submissions"]:
            console.print(f"  {x['code']} {x['name']}({level_label(x['level'], lang)},"
                          f"{province_label(province_code(x['code']), lang)})", markup=False, soft_wrap=True)
    for key, items in (("section.errors", report["errors"]), ("section.notices", report["notices"])):
        if items:
            console.print(f"{w(key)}:", markup=False, soft_wrap=True)
            for x in items:
                console.print(f"  {_error(x, view)}", markup=False, soft_wrap=True)
    if batch:
        console.print(by_status_line(report, lang), markup=False, soft_wrap=True)
    console.print(summary_line(report, lang), markup=False, soft_wrap=True)
    yield flush()


def _fixes(report: dict, console, flush, lang: str) -> Iterator[str]:
    """The "需要处理" list (render/fixlist.py): the blocking problems and broken rows, each with
    its place; the advisory ones counted (they are in the table)."""
    items = fixlist.fixes(report, lang)
    shown = [x for x in items if x.blocking or x.kind == "broken"]
    if not items:
        return
    console.print(f"{View(lang).word('fix.title')} ({len(shown)}):", markup=False, soft_wrap=True)
    for line in fixlist.lines(shown, lang):
        console.print(f"  {line}", markup=False, soft_wrap=True)
    if len(items) > len(shown):
        console.print(f"  {View(lang).word('fix.advisory', count=len(items) - len(shown))}", markup=False,
                      soft_wrap=True)
    console.print("", markup=False)
    yield flush()


def _criteria(report: dict, console, view: View) -> None:
    """Each criterion's entities with a finding other than not applicable, and how many of them
    fail, lack data, cannot be judged or warn, over every finding (never only those listed)."""
    from rich import box
    from rich.table import Table

    w, lang = view.word, view.lang
    table = Table(title=w("section.criteria_results"), title_justify="left", box=box.SIMPLE_HEAD, expand=False,
                  pad_edge=False)
    heads = [w("head.criterion"), w("head.severity"), w("head.applicable"), w("head.failing"), w("head.missing_data"),
             w("head.undetermined"), w("head.warning")]
    rows = [[f"{c['title_zh' if lang == 'zh' else 'title_en']}\n{c['id']}", severity_label(c["severity"], lang),
             *(str(c[k]) for k in ("applicable", "fail", "missing", "error", "warn"))]
            for c in report.get("criteria") or ()]
    if not rows:
        return
    sizes = _criteria_widths(heads, rows, console.width - (3 * len(heads) - 1))
    for n, (head, size) in enumerate(zip(heads, sizes)):
        table.add_column(head, width=size, overflow="fold", justify="right" if n > 1 else "left")
    for row in rows:
        table.add_row(*row)
    console.print(table, markup=False)


def _criteria_widths(heads: list[str], rows: list[list[str]], room: int) -> list[int]:
    """The criteria table's widths: each column its widest line; when they do not fit, the widest
    of the counts' columns give up cells (their heads wrap) down to 6, then the criterion down to
    10, then the counts down to their figures' width."""
    from rich.cells import cell_len

    sizes = [max(cell_len(line) for text in column for line in text.split("\n")) for column in zip(heads, *rows)]
    figures = [max(cell_len(r[n]) for r in rows) for n in range(len(heads))]
    for floor in ([sizes[0]] + [max(6, x) for x in figures[1:]], [10] + [max(6, x) for x in figures[1:]],
                  [10] + [max(2, x) for x in figures[1:]]):
        while sum(sizes) > room:  # the widest of the others above its floor gives up a cell, then the criterion
            n = max(range(len(sizes)), key=lambda i: (sizes[i] - floor[i], i > 0))
            if sizes[n] <= floor[n]:
                break
            sizes[n] -= 1
    return sizes


def by_status_line(report: dict, lang: str) -> str:
    """`结果按状态:通过 9,不达标 3,…`: every finding counted by status (never only those listed)."""
    sep = "," if lang == "zh" else ", "
    counts = sep.join(f"{status_label(s, lang)} {n}" for s, n in report["summary"]["by_status"].items() if n)
    return View(lang).word("by_status", counts=counts)


def columns(findings: list[dict], view: View, where=None) -> tuple[list[str], list[list[str]]]:
    """The heads and, per finding, the plain text of its five cells; with `where`
    (render/fixlist.py `places_of`), a problem's message ends with the places to act on
    (`@ 数据!G26`: the form's cell to fill, or the figures to correct)."""
    lang, w = view.lang, view.word
    heads = [w("head.criterion"), w("head.stage"), w("head.status"), w("head.severity"), w("head.message")]
    return heads, [[f"{title(f, lang)}\n{f['criterion']['id']}", stage_label(f["stage"], lang) or "—",
                     status_label(f["status"], lang), severity_label(f["severity"], lang), _message(f, lang, where)]
                    for f in findings]


_PROBLEMS = ("fail", "missing", "error")


def _message(f: dict, lang: str, where) -> str:
    places = where(f) if where is not None and f["status"] in _PROBLEMS else ()
    return message(f, lang) + ("\n@ " + ("、" if lang == "zh" else ", ").join(places) if places else "")


_EXTRA = 6 + 8  # the table's edges and column rules (2 + 4) and the cells' padding (one space each side, none outside)
_MIN = (10, 16)  # the narrowest criterion and message columns


def widths(heads: list[str], rows: list[list[str]], room: int) -> list[int]:
    """Each column's width in terminal cells (CJK characters count double) for `room` cells of
    content: the widest line of each column. If they do not fit, criterion (first) and message
    (last) share what the other columns leave: a column that needs no more than half keeps its
    width and the other takes the rest, else each takes half (the message the odd cell); the
    message no narrower than 16 and the criterion than 10, for which on a narrow terminal the
    widest of stage, status and severity give up a cell at a time, down to 2, and wrap (a terminal
    narrower still is left to rich, which then crops every column)."""
    from rich.cells import cell_len

    sizes = [max(cell_len(line) for text in column for line in text.split("\n")) for column in zip(heads, *rows)]
    sizes[0], sizes[-1] = max(sizes[0], _MIN[0]), max(sizes[-1], _MIN[1])
    if sum(sizes) <= room:
        return sizes
    middle = sizes[1:-1]
    while sum(middle) + sum(_MIN) > room and max(middle) > 2:  # a narrow terminal: the widest of them wraps
        middle[middle.index(max(middle))] -= 1
    share = room - sum(middle)
    last = max(_MIN[1], min(sizes[-1], max(share - share // 2, share - sizes[0])))
    return [max(_MIN[0], min(sizes[0], share - last)), *middle, last]


def summary_line(report: dict, lang: str) -> str:
    """`合计:2834 个单位(不达标 2772,缺数据 62);87854 条结果`: entities by overall result, over
    every finding (the record's summary), whatever the list shows."""
    summary = report["summary"]
    sep = "," if lang == "zh" else ", "
    parts = sep.join(f"{status_label(s, lang)} {c}" for s, c in summary["entities_by_verdict"].items() if c)
    return View(lang).word("totals", entities=summary["entities"], counts=parts, findings=summary["findings"])


def _error(e: dict, view: View) -> str:
    place = localized(e, "place", view.lang)
    where = f"{view.file(e['file'])}: {place}" if place else view.file(e["file"])
    expected = localized(e, "expected", view.lang)
    tail = (f"(应为:{expected})" if view.lang == "zh" else f" (expected: {expected})") if expected else ""
    return f"{where}: {localized(e, 'message', view.lang)}{tail}"


__all__ = ["render", "summary_line", "by_status_line", "STATUSES"]
