"""The diff between two rounds (checker/store/diff.py) in every output format, and the list of a
store's rounds (`checker rounds`): pure functions of their records, like the report's renderers,
sharing their labels and helpers.

The diff leads with the news: the counts first (each group by status: fail, missing, error apart),
then the findings that changed — newly failing, failing in a new submission, failing where nothing
was checked before, fixed, no longer checked — and last the unchanged failures (still failing),
which the table and Markdown only count (listed with `--only still_failing`) and the HTML page
folds; then the figures that changed (old → new with both places) and the submissions new and
withdrawn. JUnit: a test case per changed finding, the newly failing ones as failures.

JSON: the record as `json.dumps(record, ensure_ascii=False, indent=1)` writes it, byte for byte,
but row by row (`_json`, `_pretty`); with them this module passes 400 lines, kept here because they
serve this record only (the report's JSON, render/json_.py, has a format of its own).
"""

from __future__ import annotations

import csv
import io
import json
from html import escape
from json.encoder import encode_basestring
from typing import Iterator
from xml.sax.saxutils import escape as xml_escape, quoteattr

from checker.report.render.common import (indicator_label, severity_label, stage_label, status_label, waiver_text,
                                          word)

CHANGES = ("newly_failing", "new_submission", "newly_checked", "fixed", "no_longer_checked", "still_failing")
WORSE = ("newly_failing",)
FAILING_ORDER = ("fail", "missing", "error")
OTHER_COUNTS = ("changed_figures", "new_submissions", "withdrawn_submissions")
COUNTS = CHANGES + OTHER_COUNTS


def _w(key: str, lang: str, **fields) -> str:
    return word(f"diff.{key}", lang, **fields)


def render(record: dict, fmt: str, lang: str = "zh") -> Iterator[str | bytes]:
    if fmt == "json":
        yield from _json(record)
        return
    if fmt == "junit":
        yield from _junit(record, lang)
        return
    folded = fmt in ("table", "markdown") and "only" not in record  # unchanged failures counted, not listed
    tables = _tables(record, lang, folded)
    yield from {"table": _text, "markdown": _markdown, "csv": _csv, "html": _html, "xlsx": _xlsx}[fmt](
        record, tables, lang)


ROWS_PER_CHUNK = 2000  # list items of the JSON written at a time


def _json(record: dict) -> Iterator[str]:
    """`json.dumps(record, ensure_ascii=False, indent=1)` and a newline, byte for byte, written item
    by item of each list in the record (the findings, the figures): a national diff is ~50 MB of
    JSON, which in one piece cost ~300 MB. Formatted here because the standard library's indenting
    encoder is its pure-Python one (the C encoder cannot indent), about twice as slow as `_pretty`;
    strings are still encoded by its C encoder (`encode_basestring`)."""
    if not record:
        yield "{}\n"
        return
    for n, (key, value) in enumerate(record.items()):
        head = ("{\n " if n == 0 else ",\n ") + _key(key)
        if isinstance(value, list) and value:
            out = [head, "["]
            for i, item in enumerate(value):
                out.append("\n  " if i == 0 else ",\n  ")
                _pretty(item, "\n  ", out)
                if i % ROWS_PER_CHUNK == ROWS_PER_CHUNK - 1:
                    yield "".join(out)
                    out = []
            out.append("\n ]")
            yield "".join(out)
        else:
            out = [head]
            _pretty(value, "\n ", out)
            yield "".join(out)
    yield "\n}\n"


def _key(key) -> str:
    """A key and its colon, as json.dumps writes them (a number, true, false or null as a string)."""
    return encode_basestring(key if isinstance(key, str) else json.dumps(key)) + ": "


_HEADS: dict[tuple, list[str]] = {}  # (indent, an object's keys) -> what precedes each value


def _pretty(value, indent: str, out: list[str]) -> None:
    """`value` as `json.dumps(value, ensure_ascii=False, indent=1)` writes it at `indent` (a newline
    and the spaces of its depth), appended to `out`. A container's plain strings, integers and nulls
    are written in its own loop (most of a diff's values), everything else by recursion; what
    precedes each value of an object is made once for each set of keys (every finding has the same)."""
    if isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = indent + " "
        shape = (inner, *value)
        heads = _HEADS.get(shape)
        if heads is None:
            heads = [("{" if n == 0 else ",") + inner + _key(k) for n, k in enumerate(value)]
            if len(_HEADS) < 1000 and all(type(k) is str for k in value):  # 1 == True == 1.0: never cached
                _HEADS[shape] = heads
        for head, x in zip(heads, value.values()):
            kind = type(x)
            if kind is str:
                out.append(head + encode_basestring(x))
            elif x is None:
                out.append(head + "null")
            elif kind is int:
                out.append(head + int.__repr__(x))
            else:
                out.append(head)
                _pretty(x, inner, out)
        out.append(indent + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = indent + " "
        sep = "[" + inner
        for x in value:
            out.append(sep)
            sep = "," + inner
            _pretty(x, inner, out)
        out.append(indent + "]")
    elif isinstance(value, str):
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    else:  # numbers
        out.append(json.dumps(value))


def _side(values: list[dict]) -> str:
    if not values:
        return "—"
    return "; ".join(f"{v['value_as_written']} {v['unit_as_written'] or ''}".strip() + f" @ {v['place']}"
                     + (f" ({v['locator']})" if v.get("locator") else "") for v in values)


def _period(row: dict) -> str:
    """The year, or both years for a submission paired across years (2021 → 2022)."""
    a = row.get("period_a")
    return f"{a} → {row['period']}" if a is not None and a != row["period"] else str(row["period"])


def _finding_cells(f: dict, lang: str) -> list[str]:
    stage = stage_label(f["stage"], lang) if f["stage"] else "—"
    return [_w(f["change"], lang), f"{f['entity']['code']} {f['entity']['name']}", _period(f), f["criterion"]["id"],
            stage, status_label(f["status_a"], lang) if f["status_a"] else "—",
            status_label(f["status_b"], lang) if f["status_b"] else "—", severity_label(f["severity"], lang),
            ((waiver_text(f["waiver"], lang) + " ") if f.get("waiver") else "")
            + f["message_zh" if lang == "zh" else "message_en"]]


def _tables(record: dict, lang: str, folded: bool = False) -> list[tuple[str, list[str], list[list[str]]]]:
    def head(key: str) -> str:
        return word(f"head.{key}", lang)

    def stage(s: str | None) -> str:
        return stage_label(s, lang) if s else "—"

    shown = [f for f in record["findings"] if not (folded and f["change"] == "still_failing")]
    findings = [_finding_cells(f, lang) for f in shown]
    figures = [[f"{f['entity']['code']} {f['entity']['name']}", _period(f), indicator_label(f["indicator"], lang)
                + (f"[{f['scope']}]" if f["scope"] else ""), stage(f["stage"]), str(f["year"]),
                _side(f["old"]), _side(f["new"])] for f in record["figures"]]
    subs = [[_w("new", lang), f"{s['code']} {s['name']}", str(s["period"]), s["file"]]
            for s in record["submissions"]["new"]]
    subs += [[_w("withdrawn", lang), f"{s['code']} {s['name']}", str(s["period"]), s["file"]]
             for s in record["submissions"]["withdrawn"]]
    a, b = record["rounds"]["a"]["name"], record["rounds"]["b"]["name"]
    before, after = _w("before", lang, name=a), _w("after", lang, name=b)
    return [
        (_w("findings", lang), [_w("change", lang), head("entity"), head("period"), head("criterion"), head("stage"),
                                before, after, head("severity"), head("message")], findings),
        (_w("figures", lang), [head("entity"), head("period"), _w("indicator", lang), head("stage"),
                               _w("year", lang), before, after], figures),
        (_w("submissions", lang), [_w("change", lang), head("entity"), head("period"), head("file")], subs),
    ]


def _summary_rows(record: dict, lang: str) -> tuple[list[str], list[list[str]]]:
    """The counts: each group of findings with its fail, missing and error apart, then the figures
    and submissions."""
    s = record["summary"]
    header = [_w("change", lang), word("head.total", lang)] + [status_label(x, lang) for x in FAILING_ORDER]
    rows = [[_w(c, lang), str(s[c])] + [str(s["by_status"][c][x]) for x in FAILING_ORDER] for c in CHANGES]
    rows += [[_w(k, lang), str(s[k]), "", "", ""] for k in OTHER_COUNTS]
    return header, rows


def _notes(record: dict, lang: str, folded: bool) -> list[str]:
    """What a reader must know before the rows: entities paired across years, rows filtered or folded."""
    out = []
    across = record.get("across_periods") or []
    if across:
        years = sorted({(x["period_a"], x["period_b"]) for x in across})
        out.append(_w("across_periods", lang, count=len(across),
                      years=", ".join(f"{a} → {b}" for a, b in years)))
    if "only" in record:
        names = {"figures": "changed_figures", "submissions": "submissions"}
        out.append(_w("only", lang, groups=", ".join(_w(names.get(c, c), lang) for c in record["only"]) or "—"))
    elif folded and record["summary"]["still_failing"]:
        out.append(_w("folded", lang, count=record["summary"]["still_failing"]))
    out.append(_w("worse" if record["summary"]["worse"] else "not_worse", lang, count=record["summary"]["worse"]))
    return out


def _heading(record: dict, lang: str) -> str:
    r = record["rounds"]
    return _w("title", lang, a=r["a"]["name"], b=r["b"]["name"])


def _text(record, tables, lang) -> Iterator[str]:
    from tabulate import tabulate

    folded = "only" not in record
    yield f"== {_heading(record, lang)} ==\n\n"
    header, rows = _summary_rows(record, lang)
    yield tabulate(rows, headers=header, tablefmt="simple", disable_numparse=True) + "\n\n"
    yield "".join(note + "\n" for note in _notes(record, lang, folded)) + "\n"
    for name, header, rows in tables:
        body = tabulate(rows, headers=header, tablefmt="simple", disable_numparse=True,
                        maxcolwidths=[None] * (len(header) - 1) + [64]) if rows else _w("none", lang)
        yield f"{name}:\n{body}\n\n"


def _cell(text: str) -> str:
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def _markdown(record, tables, lang) -> Iterator[str]:
    from tabulate import tabulate

    folded = "only" not in record
    yield f"# {_cell(_heading(record, lang))}\n\n"
    header, rows = _summary_rows(record, lang)
    yield tabulate([[_cell(c) for c in r] for r in rows], headers=[_cell(h) for h in header], tablefmt="github",
                   disable_numparse=True) + "\n\n"
    yield "".join(f"- {_cell(note)}\n" for note in _notes(record, lang, folded)) + "\n"
    for name, header, rows in tables:
        body = tabulate([[_cell(c) for c in r] for r in rows], headers=[_cell(h) for h in header], tablefmt="github",
                        disable_numparse=True) if rows else _w("none", lang)
        yield f"## {_cell(name)}\n\n{body}\n\n"


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _neutralise(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv(record, tables, lang) -> Iterator[str]:
    """One CSV: a `table` column says which table a row belongs to; the counts come first."""
    buf = io.StringIO()
    buf.write("\ufeff")
    writer = csv.writer(buf, lineterminator="\r\n")
    counts = (word("head.total", lang), *_summary_rows(record, lang))
    width = max(len(h) for _, h, _ in (counts, *tables))
    for name, header, rows in (counts, *tables):
        writer.writerow([_neutralise(x) for x in ["table", *header]] + [""] * (width - len(header)))
        for row in rows:
            writer.writerow([_neutralise(x) for x in [name, *row]] + [""] * (width - len(row)))
    yield buf.getvalue()


CSS = ("body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:1.5em}"
       "table{border-collapse:collapse;font-size:.85em}td,th{border:1px solid #ccc;padding:.25em .4em;"
       "vertical-align:top}th{background:#f3f3f3}.c-newly_failing,.c-new_submission,.c-newly_checked"
       "{background:#ffc7ce}.c-fixed{background:#c6efce}.c-still_failing{background:#ffeb9c}"
       "summary{cursor:pointer;margin:.5em 0}")


def _html_table(header: list[str], rows: list[list[str]], classes: list[str] | None = None) -> str:
    e = escape
    out = ["<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in header) + "</tr>"]
    for i, row in enumerate(rows):
        cls = f' class="c-{classes[i]}"' if classes else ""
        out.append(f"<tr{cls}>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
    return "\n".join(out) + "</table>\n"


def _html(record, tables, lang) -> Iterator[str]:
    """The counts, then the news; the unchanged failures in a folded section of their own."""
    e = escape
    yield (f"<!DOCTYPE html>\n<html lang=\"{'zh-CN' if lang == 'zh' else 'en'}\"><head><meta charset=\"utf-8\">"
           f"<title>{e(_heading(record, lang))}</title><style>{CSS}</style></head><body>\n"
           f"<h1>{e(_heading(record, lang))}</h1>\n")
    yield _html_table(*_summary_rows(record, lang))
    yield "".join(f"<p>{e(note)}</p>\n" for note in _notes(record, lang, False))
    changes = [f["change"] for f in record["findings"]]
    for n, (name, header, rows) in enumerate(tables):
        yield f"<h2>{e(name)}</h2>\n"
        if not rows:
            yield f"<p>{e(_w('none', lang))}</p>\n"
            continue
        if n:
            yield _html_table(header, rows)
            continue
        news = [i for i, c in enumerate(changes) if c != "still_failing"]
        same = [i for i, c in enumerate(changes) if c == "still_failing"]
        if news:
            yield _html_table(header, [rows[i] for i in news], [changes[i] for i in news])
        if same:
            yield (f"<details><summary>{e(_w('still_failing', lang))} ({len(same)})</summary>\n"
                   + _html_table(header, [rows[i] for i in same], [changes[i] for i in same]) + "</details>\n")
    yield "</body></html>\n"


def _xlsx(record, tables, lang) -> Iterator[bytes]:
    """A workbook: the counts first (each group by status), one sheet per table; county text stored as text."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(word("head.total", lang))
    ws.append([_heading(record, lang)])
    header, rows = _summary_rows(record, lang)
    ws.append(header)
    for row in rows:
        ws.append([row[0]] + [int(x) if x else None for x in row[1:]])
    for note in _notes(record, lang, False):
        ws.append([note])
    for name, header, rows in tables:
        sheet = wb.create_sheet(name.replace("/", "-")[:31])
        sheet.append(header)
        for row in rows:
            cells = []
            for value in row:
                cell = WriteOnlyCell(sheet, value=str(value))
                cell.data_type = "s"  # never a formula, whatever the county wrote
                cells.append(cell)
            sheet.append(cells)
    buf = io.BytesIO()
    wb.save(buf)
    yield buf.getvalue()


def _junit(record, lang) -> Iterator[str]:
    """JUnit XML: one test suite per group of changed findings, one test case per finding; a newly
    failing finding is a failure (whatever its severity or waiver, both in its message), a fix passes,
    every other group — failing in a new submission, newly checked, still failing, no longer checked —
    is skipped with its status in the message: it is not something that got worse."""
    groups = [(c, [f for f in record["findings"] if f["change"] == c]) for c in CHANGES]
    total = len(record["findings"])
    failures = sum(len(rows) for c, rows in groups if c in WORSE)
    skipped = sum(len(rows) for c, rows in groups if c not in WORSE and c != "fixed")
    yield ('<?xml version="1.0" encoding="UTF-8"?>\n'
           f'<testsuites name={quoteattr(_heading(record, lang))} tests="{total}" failures="{failures}" '
           f'errors="0" skipped="{skipped}">\n')
    for change, rows in groups:
        if not rows:
            continue
        bad = len(rows) if change in WORSE else 0
        skip = len(rows) if change not in WORSE and change != "fixed" else 0
        out = [f'<testsuite name={quoteattr(_w(change, lang))} tests="{len(rows)}" failures="{bad}" errors="0" '
               f'skipped="{skip}">']
        for f in rows:
            cells = _finding_cells(f, lang)
            stage = f" ({cells[4]})" if f["stage"] else ""
            name = f"{f['entity']['code']} {f['entity']['name']} {_period(f)} {f['criterion']['id']}{stage}"
            out.append(f'<testcase classname={quoteattr(f["criterion"]["id"])} name={quoteattr(name)}>')
            text = f"{cells[5]} → {cells[6]} [{cells[7]}] {cells[8]}"
            if change in WORSE:
                out.append(f"<failure type={quoteattr(cells[6])} message={quoteattr(text)}>{xml_escape(text)}</failure>")
            elif skip:
                out.append(f"<skipped message={quoteattr(text)}/>")
            else:
                out.append(f"<system-out>{xml_escape(text)}</system-out>")
            out.append("</testcase>")
        out.append("</testsuite>\n")
        yield "".join(out)
    yield "</testsuites>\n"


def render_rounds(record: dict, fmt: str, lang: str = "zh") -> Iterator[str]:
    """`checker rounds`: every round in a store with its date, checker version, submissions (count,
    years) and findings counted by status — as a table, JSON or CSV."""
    if fmt == "json":
        yield json.dumps(record, ensure_ascii=False, indent=1) + "\n"
        return
    statuses = ("pass", "fail", "warn", "missing", "not_applicable", "error")
    header = [_w("round", lang), _w("created_at", lang), _w("checker_version", lang), _w("submissions_count", lang),
              _w("periods", lang), _w("findings_count", lang)] + [status_label(s, lang) for s in statuses]
    rows = [[r["name"], r["created_at"], r["checker_version"], str(r["submissions"]),
             ", ".join(str(p) for p in r["periods"]) or "—", str(r["findings"])]
            + [str(r["by_status"][s]) for s in statuses] for r in record["rounds"]]
    if fmt == "csv":
        buf = io.StringIO()
        buf.write("\ufeff")
        writer = csv.writer(buf, lineterminator="\r\n")
        for row in [header, *rows]:
            writer.writerow([_neutralise(x) for x in row])
        yield buf.getvalue()
        return
    from tabulate import tabulate

    yield f"== {_w('rounds_title', lang, store=record['store'])} ==\n"
    yield (tabulate(rows, headers=header, tablefmt="simple", disable_numparse=True) if rows
           else _w("no_rounds", lang)) + "\n"
