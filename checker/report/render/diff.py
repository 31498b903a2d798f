"""The diff between two rounds (checker/store/diff.py) in every output format: pure functions of the
diff record, like the report's renderers, sharing their labels and helpers.

Three tables — findings that changed (newly failing, fixed, still failing, no longer checked),
figures that changed (old → new with both places), submissions new and withdrawn — and the counts.
"""

from __future__ import annotations

import csv
import io
import json
from html import escape
from typing import Iterator

from checker.report.render.common import (indicator_label, severity_label, stage_label, status_label, waiver_text,
                                          word)

CHANGES = ("newly_failing", "fixed", "still_failing", "no_longer_checked")
COUNTS = CHANGES + ("changed_figures", "new_submissions", "withdrawn_submissions")


def _w(key: str, lang: str, **fields) -> str:
    return word(f"diff.{key}", lang, **fields)


def render(record: dict, fmt: str, lang: str = "zh") -> Iterator[str | bytes]:
    if fmt == "json":
        yield json.dumps(record, ensure_ascii=False, indent=1) + "\n"
        return
    tables = _tables(record, lang)
    yield from {"table": _text, "markdown": _markdown, "csv": _csv, "html": _html, "xlsx": _xlsx}[fmt](
        record, tables, lang)


def _side(values: list[dict]) -> str:
    if not values:
        return "—"
    return "; ".join(f"{v['value_as_written']} {v['unit_as_written'] or ''}".strip() + f" @ {v['place']}"
                     + (f" ({v['locator']})" if v.get("locator") else "") for v in values)


def _tables(record: dict, lang: str) -> list[tuple[str, list[str], list[list[str]]]]:
    def head(key: str) -> str:
        return word(f"head.{key}", lang)

    def stage(s: str | None) -> str:
        return stage_label(s, lang) if s else "—"

    findings = [[_w(f["change"], lang), f"{f['entity']['code']} {f['entity']['name']}", str(f["period"]),
                 f["criterion"]["id"], stage(f["stage"]),
                 status_label(f["status_a"], lang) if f["status_a"] else "—",
                 status_label(f["status_b"], lang) if f["status_b"] else "—", severity_label(f["severity"], lang),
                 ((waiver_text(f["waiver"], lang) + " ") if f.get("waiver") else "")
                 + f["message_zh" if lang == "zh" else "message_en"]] for f in record["findings"]]
    figures = [[f"{f['entity']['code']} {f['entity']['name']}", str(f["period"]), indicator_label(f["indicator"], lang)
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


def _counts(record: dict, lang: str) -> str:
    s = record["summary"]
    return f"{word('head.total', lang)}: " + ", ".join(f"{_w(k, lang)} {s[k]}" for k in COUNTS)


def _heading(record: dict, lang: str) -> str:
    r = record["rounds"]
    return _w("title", lang, a=r["a"]["name"], b=r["b"]["name"])


def _text(record, tables, lang) -> Iterator[str]:
    from tabulate import tabulate

    yield f"== {_heading(record, lang)} ==\n\n"
    for name, header, rows in tables:
        body = tabulate(rows, headers=header, tablefmt="simple", disable_numparse=True,
                        maxcolwidths=[None] * (len(header) - 1) + [64]) if rows else _w("none", lang)
        yield f"{name}:\n{body}\n\n"
    yield _counts(record, lang) + "\n"


def _cell(text: str) -> str:
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def _markdown(record, tables, lang) -> Iterator[str]:
    from tabulate import tabulate

    yield f"# {_cell(_heading(record, lang))}\n\n"
    for name, header, rows in tables:
        body = tabulate([[_cell(c) for c in r] for r in rows], headers=[_cell(h) for h in header], tablefmt="github",
                        disable_numparse=True) if rows else _w("none", lang)
        yield f"## {_cell(name)}\n\n{body}\n\n"
    yield f"**{_cell(_counts(record, lang))}**\n"


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _neutralise(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv(record, tables, lang) -> Iterator[str]:
    """One CSV: a `table` column says which of the three tables a row belongs to."""
    buf = io.StringIO()
    buf.write("\ufeff")
    writer = csv.writer(buf, lineterminator="\r\n")
    width = max(len(h) for _, h, _ in tables)
    for name, header, rows in tables:
        writer.writerow([_neutralise(x) for x in ["table", *header]] + [""] * (width - len(header)))
        for row in rows:
            writer.writerow([_neutralise(x) for x in [name, *row]] + [""] * (width - len(row)))
    yield buf.getvalue()


CSS = ("body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:1.5em}"
       "table{border-collapse:collapse;font-size:.85em}td,th{border:1px solid #ccc;padding:.25em .4em;"
       "vertical-align:top}th{background:#f3f3f3}.c-newly_failing{background:#ffc7ce}.c-fixed{background:#c6efce}"
       ".c-still_failing{background:#ffeb9c}")


def _html(record, tables, lang) -> Iterator[str]:
    e = escape
    yield (f"<!DOCTYPE html>\n<html lang=\"{'zh-CN' if lang == 'zh' else 'en'}\"><head><meta charset=\"utf-8\">"
           f"<title>{e(_heading(record, lang))}</title><style>{CSS}</style></head><body>\n"
           f"<h1>{e(_heading(record, lang))}</h1>\n<p>{e(_counts(record, lang))}</p>\n")
    changes = [f["change"] for f in record["findings"]]
    for n, (name, header, rows) in enumerate(tables):
        yield f"<h2>{e(name)}</h2>\n"
        if not rows:
            yield f"<p>{e(_w('none', lang))}</p>\n"
            continue
        out = ["<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in header) + "</tr>"]
        for i, row in enumerate(rows):
            cls = f' class="c-{changes[i]}"' if n == 0 else ""
            out.append(f"<tr{cls}>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
        yield "\n".join(out) + "</table>\n"
    yield "</body></html>\n"


def _xlsx(record, tables, lang) -> Iterator[bytes]:
    """A workbook: one sheet per table, the counts on the first; county text stored as text."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(word("head.total", lang))
    ws.append([_heading(record, lang)])
    for key in COUNTS:
        ws.append([_w(key, lang), record["summary"][key]])
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
