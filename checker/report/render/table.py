"""The terminal table: one table per entity wrapped to the terminal's width with CJK characters
counted double, the status coloured on a terminal and plain when piped, then the roster's missing
submissions, invalid inputs and the entity counts.

rich draws it on a terminal (colour); piped, the same table is laid out by `_plain_table` with rich's
cell and line-breaking functions but without building rich's renderables, which cost more than the
check of a county (rich.console alone imports in ~0.1 s, and measures every cell). Both give the same
bytes (tests/test_table.py compares them at many widths).

Options: `width` (columns; 100 when not given), `color` (ANSI colours; off unless asked).
"""

from __future__ import annotations

import io
import re
from typing import Iterator

from checker.report.render.common import (STATUSES, View, entity_heading, grouped, heads, level_label, localized, message,
                                          province_code, province_label, severity_label, stage_label, status_label,
                                          title, verdict)

STYLE = {"pass": "green", "fail": "bold red", "warn": "yellow", "missing": "magenta", "not_applicable": "dim",
         "error": "bold red reverse"}
# rich reads a cell as console markup and expands tabs: a table with a tag-like `[x…]` or a tab goes to rich
_RICH_ONLY = re.compile(r"\[[a-z#/@][^[]*?]|\t")


def render(report: dict, lang: str = "zh", width: int | None = None, color: bool = False) -> Iterator[str]:
    view = View.of(report, lang)
    width = width or 100
    w = view.word
    console = None

    def rich_console():
        from rich.console import Console

        nonlocal console
        if console is None:
            console = Console(file=io.StringIO(), width=width, color_system="standard" if color else None,
                              force_terminal=color, no_color=not color, highlight=False, emoji=False, soft_wrap=False)
        return console

    for entity, period, findings in grouped(report["findings"]):
        heading = f"{entity_heading(entity, period, lang)} · {province_label(province_code(entity['code']), lang)}"
        header = [w("head.criterion"), w("head.stage"), w("head.status"), w("head.severity"), w("head.message")]
        plain = None if color else _plain_table(heading, header, [
            [f"{title(f, lang)}\n{f['criterion']['id']}", stage_label(f["stage"], lang) or "—",
             status_label(f["status"], lang), severity_label(f["severity"], lang), message(f, lang)]
            for f in findings], width)
        yield plain if plain is not None else _rich_table(rich_console(), heading, header, findings, lang, color)
    tail = []
    roster = report.get("roster")
    missing = bool(roster and roster["missing_submissions"])
    if missing:
        tail.append(f"{w('section.missing_submissions')} ({len(roster['missing_submissions'])}/{roster['entities']}):")
        tail += [f"  {x['code']} {x['name']}({level_label(x['level'], lang)},"
                 f"{province_label(province_code(x['code']), lang)})" for x in roster["missing_submissions"]]
    for key, items in (("section.errors", report["errors"]), ("section.notices", report["notices"])):
        if items:
            tail.append(f"{w(key)}:")
            tail += [f"  {_error(x, view)}" for x in items]
    tail.append(summary_line(report, lang))
    if color or any("\t" in line for line in tail) or (missing and _cell_len(tail[0]) > width):
        # rich expands tabs, and wraps the one line printed without soft_wrap (the roster heading)
        yield _rich_tail(rich_console(), tail, missing)
    else:
        yield "".join(line + "\n" for line in tail)


def _rich_table(console, heading: str, header: list[str], findings: list[dict], lang: str, color: bool) -> str:
    """One entity's table drawn by rich: with colour, or when `_plain_table` declines."""
    from rich.table import Table
    from rich import box

    table = Table(title=heading, title_justify="left", box=box.SIMPLE_HEAD, expand=False, pad_edge=False)
    table.add_column(header[0], overflow="fold", ratio=3, min_width=10)
    table.add_column(header[1], no_wrap=True)
    table.add_column(header[2], no_wrap=True)
    table.add_column(header[3], no_wrap=True)
    table.add_column(header[4], overflow="fold", ratio=6, min_width=16)
    for f in findings:
        table.add_row(f"{title(f, lang)}\n[dim]{_escape(f['criterion']['id'])}[/dim]" if color else
                      f"{title(f, lang)}\n{f['criterion']['id']}",
                      stage_label(f["stage"], lang) or "—",
                      f"[{STYLE[f['status']]}]{status_label(f['status'], lang)}[/]" if color else
                      status_label(f["status"], lang),
                      severity_label(f["severity"], lang), _escape(message(f, lang)) if color else message(f, lang),
                      end_section=False)
    console.print(table, markup=color)
    return _flush(console)


def _rich_tail(console, lines: list[str], roster_heading: bool) -> str:
    for n, line in enumerate(lines):
        console.print(line, markup=False, soft_wrap=not (roster_heading and n == 0))
    return _flush(console)


def _flush(console) -> str:
    out = console.file.getvalue()
    console.file.seek(0)
    console.file.truncate()
    return out


def _cell_len(text: str) -> int:
    from rich.cells import cell_len

    return cell_len(text)


def _plain_table(title_text: str, header: list[str], rows: list[list[str]], width: int) -> str | None:
    """The table rich draws for `render`'s settings when colour is off, laid out here with rich's own
    cell-width and line-breaking functions (rich.cells, rich._wrap) and the same arithmetic as
    rich.table (measure, collapse, re-measure), without rich's per-cell renderables: ~10× cheaper.
    None when a cell needs rich (markup-like text, a tab, a column too narrow), so the caller uses rich.
    tests/test_table.py checks it byte for byte against rich for many widths."""
    from rich._ratio import ratio_reduce
    from rich.cells import cell_len, set_cell_size
    from rich._wrap import divide_line

    if any(_RICH_ONLY.search(c) for row in rows for c in row) or _RICH_ONLY.search(title_text):
        return None
    columns = list(zip(header, *rows))
    pads = [(0, 1), (1, 1), (1, 1), (1, 1), (1, 0)]       # pad_edge=False: no padding at the table's edges
    min_widths = [10, None, None, None, 16]
    wrapable = [True, False, False, False, True]
    spans = []                                            # each cell's (longest word, longest line)
    for cells in columns:
        spans.append([(max(map(cell_len, c.split()), default=None), max(map(cell_len, c.splitlines()), default=0))
                      for c in cells])

    def measure(i: int, limit: int) -> int:
        if limit < 1:
            return 0
        extra = sum(pads[i])
        hi = 0
        for word, line in spans[i]:
            if limit - extra < 1:
                a = b = limit
            else:
                a, b = (line if word is None else word), line
                a = min(max(0, a), b)
                a, b = min(a, limit), min(b, limit)
                if b < 1:
                    a = b = 0
                a, b = min(a + extra, limit), min(b + extra, limit)
            hi = max(hi, b)
        if min_widths[i] is not None:
            hi = max(hi, min_widths[i] + extra)
        return hi

    inner = width - 6                                     # two edges and four dividers
    widths = [measure(i, inner) or 1 for i in range(5)]
    if sum(widths) > inner:
        widths = _collapse(widths, wrapable, inner, ratio_reduce)
        if sum(widths) > inner:
            widths = ratio_reduce(sum(widths) - inner, [1] * 5, widths, widths)
        widths = [measure(i, w) for i, w in enumerate(widths)]
    if any(w - sum(p) < 1 for w, p in zip(widths, pads)):
        return None
    total = sum(widths) + 6

    def lines(text: str, w: int, fold: bool) -> list[str]:
        out = []
        for line in text.split("\n"):
            pieces = [line]
            if fold:
                offsets = divide_line(line, w, fold=True)
                pieces = [line[a:b] for a, b in zip([0, *offsets], [*offsets, len(line)])]
            for p in pieces:
                if len(p) > w:                            # rich's Text.rstrip_end
                    p = p[:len(p) - min(len(p) - len(p.rstrip()), len(p) - w)]
                out.append(set_cell_size(p, w) if fold or cell_len(p) <= w else set_cell_size(p, w - 1) + "…")
        return out

    blank = " " * total
    result = [set_cell_size(line, total) for line in lines(title_text, total, True)] + [blank]
    for n, row in enumerate([header, *rows]):
        cells = [lines(c, w - sum(p), wrapable[i]) for i, (c, w, p) in enumerate(zip(row, widths, pads))]
        height = max(map(len, cells))
        for k in range(height):
            result.append(" " + " ".join(" " * p[0] + (c[k] if k < len(c) else " " * (w - sum(p))) + " " * p[1]
                                         for c, w, p in zip(cells, widths, pads)) + " ")
        if n == 0:
            result.append(" " + "─" * (total - 2) + " ")
    result.append(blank)
    if total > width:                                     # min_width can outgrow the console: rich crops
        result = [set_cell_size(line, width) for line in result]
    return "\n".join(result) + "\n"


def _collapse(widths: list[int], wrapable: list[bool], limit: int, ratio_reduce) -> list[int]:
    """rich.table.Table._collapse_widths: narrow the widest wrapable columns, step by step, to fit."""
    excess = sum(widths) - limit
    while excess > 0:
        widest = max(w for w, ok in zip(widths, wrapable) if ok)
        second = max(w if ok and w != widest else 0 for w, ok in zip(widths, wrapable))
        ratios = [1 if (w == widest and ok) else 0 for w, ok in zip(widths, wrapable)]
        if not any(ratios) or widest == second:
            break
        widths = ratio_reduce(excess, ratios, [min(excess, widest - second)] * len(widths), widths)
        excess = sum(widths) - limit
    return widths


def summary_line(report: dict, lang: str) -> str:
    """`合计:2834 个单位(不达标 2772,缺数据 62);87854 条结果`: entities by overall result."""
    counts = {s: 0 for s in ("error", "fail", "missing", "warn", "pass")}
    n = 0
    for _entity, _period, findings in grouped(heads(report["findings"])):
        counts[verdict(findings)] += 1
        n += 1
    sep = "," if lang == "zh" else ", "
    parts = sep.join(f"{status_label(s, lang)} {c}" for s, c in counts.items() if c)
    return View(lang).word("totals", entities=n, counts=parts, findings=report["summary"]["findings"])


def _error(e: dict, view: View) -> str:
    place = localized(e, "place", view.lang)
    where = f"{view.file(e['file'])}: {place}" if place else view.file(e["file"])
    expected = localized(e, "expected", view.lang)
    tail = (f"(应为:{expected})" if view.lang == "zh" else f" (expected: {expected})") if expected else ""
    return f"{where}: {localized(e, 'message', view.lang)}{tail}"


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


__all__ = ["render", "summary_line", "STATUSES"]
