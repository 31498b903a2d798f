"""The terminal table (rich): one table per entity wrapped to the terminal's width with CJK
characters counted double, the status coloured on a terminal and plain when piped, then the
roster's missing submissions, invalid inputs and the entity counts.

Options: `width` (columns; 100 when not given), `color` (ANSI colours; off unless asked).
"""

from __future__ import annotations

import io
from typing import Iterator

from checker.report.render.common import (STATUSES, View, entity_heading, grouped, heads, level_label, localized, message,
                                          province_code, province_label, severity_label, stage_label, status_label,
                                          title, verdict)

STYLE = {"pass": "green", "fail": "bold red", "warn": "yellow", "missing": "magenta", "not_applicable": "dim",
         "error": "bold red reverse"}


def render(report: dict, lang: str = "zh", width: int | None = None, color: bool = False) -> Iterator[str]:
    from rich.console import Console
    from rich.table import Table
    from rich import box

    view = View.of(report, lang)
    buf = io.StringIO()
    console = Console(file=buf, width=width or 100, color_system="standard" if color else None,
                      force_terminal=color, no_color=not color, highlight=False, emoji=False, soft_wrap=False,
                      markup=color)  # county text is never read as rich markup; with colour it is escaped
    w = view.word

    def flush() -> str:
        out = buf.getvalue()
        buf.seek(0)
        buf.truncate()
        return out

    for entity, period, findings in grouped(report["findings"]):
        heading = f"{entity_heading(entity, period, lang)} · {province_label(province_code(entity['code']), lang)}"
        table = Table(title=_escape(heading) if color else heading,
                      title_justify="left", box=box.SIMPLE_HEAD, expand=False, pad_edge=False)
        table.add_column(w("head.criterion"), overflow="fold", ratio=3, min_width=10)
        table.add_column(w("head.stage"), no_wrap=True)
        table.add_column(w("head.status"), no_wrap=True)
        table.add_column(w("head.severity"), no_wrap=True)
        table.add_column(w("head.message"), overflow="fold", ratio=6, min_width=16)
        for f in findings:
            table.add_row(f"{_escape(title(f, lang))}\n[dim]{_escape(f['criterion']['id'])}[/dim]" if color else
                          f"{title(f, lang)}\n{f['criterion']['id']}",
                          stage_label(f["stage"], lang) or "—",
                          f"[{STYLE[f['status']]}]{status_label(f['status'], lang)}[/]" if color else
                          status_label(f["status"], lang),
                          severity_label(f["severity"], lang), _escape(message(f, lang)) if color else message(f, lang),
                          end_section=False)
        console.print(table, markup=color)
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
    console.print(summary_line(report, lang), markup=False, soft_wrap=True)
    yield flush()


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
