"""The inspector's workbook (openpyxl, write-only so a national report streams):

- 汇总 Summary: entities × criteria (and stages) with a coloured mark per cell, frozen headers,
  filters, the counts per status, rows for invalid files and for entities that did not submit;
- 明细 Findings: one row per finding with the county's figures, citations, threshold and basis;
- 输入错误 Invalid inputs, and optionally one sheet per entity.

Every cell holding text is written as text: nothing a county wrote can run as a formula.
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Iterator

from checker.report.render.common import (localized, HEADERS, LEVEL_LABEL, REGION_LABEL, SEVERITY_LABEL, STAGE_LABEL, STATUS_LABEL, basis_text,
                                   entity_heading, evidence_text, grouped, label, message, threshold_text, title)

FILL = {"pass": "C6EFCE", "fail": "FFC7CE", "warn": "FFEB9C", "missing": "D9D9D9", "not_applicable": "F2F2F2",
        "error": "F4B183", "invalid": "F4B183", "no_submission": "BFBFBF"}
MARK = {"zh": {"pass": "✓ 通过", "fail": "✗ 不达标", "warn": "! 预警", "missing": "? 缺数据", "not_applicable": "– 不适用",
               "error": "⚠ 错误", "invalid": "⚠ 无效提交", "no_submission": "未提交"},
        "en": {"pass": "✓ pass", "fail": "✗ FAIL", "warn": "! warn", "missing": "? missing", "not_applicable": "– n/a",
               "error": "⚠ ERROR", "invalid": "⚠ invalid submission", "no_submission": "not submitted"}}
WORDS = {"zh": {"summary": "汇总", "findings": "明细", "errors": "输入错误", "code": "单位代码", "name": "单位名称",
                "level": "级别", "region": "地区", "year": "年度", "evidence": "证据", "threshold": "标准值",
                "basis": "依据", "file": "文件", "place": "位置", "expected": "应为"},
         "en": {"summary": "Summary", "findings": "Findings", "errors": "Invalid inputs", "code": "code",
                "name": "name", "level": "level", "region": "region", "year": "year", "evidence": "evidence",
                "threshold": "threshold", "basis": "basis", "file": "file", "place": "place", "expected": "expected"}}


def render(report: dict, lang: str = "zh", entity_sheets: bool = False) -> Iterator[bytes]:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    columns = _criteria_columns(report)
    _summary(wb, report, columns, lang)
    _findings(wb, report, lang)
    if report["errors"]:
        _errors(wb, report, lang)
    if entity_sheets:
        used: set[str] = set()
        for entity, period, findings in grouped(report["findings"]):
            _entity_sheet(wb, entity, period, findings, lang, used)
    stamp = _stamp(report)
    wb.properties.created = wb.properties.modified = stamp
    buf = io.BytesIO()
    wb.save(buf)
    yield _fixed_zip(buf.getvalue(), stamp)


def _stamp(report: dict):
    """The report's own time (meta.generated_at, fixed by SOURCE_DATE_EPOCH), never the clock."""
    import datetime

    text = report.get("meta", {}).get("generated_at") or "1980-01-01T00:00:00Z"
    return datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")


def _fixed_zip(data: bytes, stamp) -> bytes:
    """The workbook's zip with every member dated `stamp`, so equal reports are equal bytes."""
    import zipfile

    when = max(stamp.timetuple()[:6], (1980, 1, 1, 0, 0, 0))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=when)
            member.compress_type, member.external_attr = zipfile.ZIP_DEFLATED, info.external_attr
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()


def _text(ws, value, fill: str | None = None, bold: bool = False):
    """A cell that is always text (or a plain number), never a formula."""
    from openpyxl.cell import WriteOnlyCell

    if not fill and not bold and not (isinstance(value, str) and value.startswith("=")):
        return value  # a plain value: openpyxl writes it as text or number, without a cell object
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl would make "=…" a formula; a county's text stays text
    if fill:
        cell.fill = _fill(fill)
    if bold:
        cell.font = _bold()
    return cell


@lru_cache(maxsize=None)
def _fill(colour: str):
    from openpyxl.styles import PatternFill

    return PatternFill("solid", start_color=colour, end_color=colour)


@lru_cache(maxsize=1)
def _bold():
    from openpyxl.styles import Font

    return Font(bold=True)


def _criteria_columns(report: dict) -> list[tuple[str, str | None, str]]:
    """(criterion id, stage, zh/en title) in report order."""
    seen: dict[tuple[str, str | None], str] = {}
    for f in report["findings"]:
        key = (f["criterion"]["id"], f["stage"])
        if key not in seen:
            seen[key] = f["criterion"]["title_zh"] + "\n" + f["criterion"]["title_en"]
    return [(cid, stage, t) for (cid, stage), t in seen.items()]


def _summary(wb, report: dict, columns, lang: str) -> None:
    from openpyxl.utils import get_column_letter

    w = WORDS[lang]
    ws = wb.create_sheet(w["summary"])
    ws.freeze_panes = "F2"
    statuses = list(STATUS_LABEL[lang])
    fixed = [w["code"], w["name"], w["level"], w["region"], w["year"]]
    heads = [f"{cid} {label(STAGE_LABEL, lang, stage) if stage else ''}".strip() for cid, stage, _ in columns]
    ws.append([_text(ws, h, bold=True) for h in fixed + heads + [label(STATUS_LABEL, lang, s) for s in statuses]])
    for entity, period, findings in grouped(report["findings"]):
        marks = {(f["criterion"]["id"], f["stage"]): f["status"] for f in findings}
        counts = {s: sum(1 for f in findings if f["status"] == s) for s in statuses}
        row = [_text(ws, entity["code"]), _text(ws, entity["name"]), _text(ws, label(LEVEL_LABEL, lang, entity["level"])),
               _text(ws, label(REGION_LABEL, lang, entity["region"])), period]
        for cid, stage, _ in columns:
            status = marks.get((cid, stage))
            row.append(_text(ws, MARK[lang][status], FILL[status]) if status else _text(ws, ""))
        ws.append(row + [counts[s] for s in statuses])
    for e in report["errors"]:
        ws.append([_text(ws, ""), _text(ws, e["file"]), _text(ws, ""), _text(ws, ""), _text(ws, ""),
                   _text(ws, MARK[lang]["invalid"], FILL["invalid"]), _text(ws, f"{e['place']}: {localized(e, 'message', lang)}")])
    roster = report.get("roster")
    for e in (roster or {}).get("missing_submissions", []):
        ws.append([_text(ws, e["code"]), _text(ws, e["name"]), _text(ws, label(LEVEL_LABEL, lang, e["level"])),
                   _text(ws, label(REGION_LABEL, lang, e["region"] or None)), _text(ws, ""),
                   _text(ws, MARK[lang]["no_submission"], FILL["no_submission"])])
    last = get_column_letter(len(fixed) + len(heads) + len(statuses))
    ws.auto_filter.ref = f"A1:{last}1"
    ws.column_dimensions["B"].width = 18


FINDING_COLUMNS = ("code", "name", "year", "criterion", "title", "stage", "status", "severity", "message",
                   "threshold", "evidence", "basis")


def _findings(wb, report: dict, lang: str) -> None:
    w, h = WORDS[lang], HEADERS[lang]
    ws = wb.create_sheet(w["findings"])
    ws.freeze_panes = "A2"
    heads = [w["code"], w["name"], w["year"], h["criterion"], h["title"], h["stage"], h["status"], h["severity"],
             h["message"], w["threshold"], w["evidence"], w["basis"]]
    ws.append([_text(ws, x, bold=True) for x in heads])
    for f in report["findings"]:
        _finding_row(ws, f, lang, with_entity=True)
    ws.auto_filter.ref = "A1:L1"
    for col, width in zip("ABCDEFGHIJKL", (9, 14, 6, 13, 30, 8, 9, 8, 60, 30, 80, 50)):
        ws.column_dimensions[col].width = width


def _finding_row(ws, f: dict, lang: str, with_entity: bool) -> None:
    cells = []
    if with_entity:
        cells += [_text(ws, f["entity"]["code"]), _text(ws, f["entity"]["name"]), f["period"]]
    cells += [_text(ws, f["criterion"]["id"]), _text(ws, title(f, lang)),
              _text(ws, label(STAGE_LABEL, lang, f["stage"]) if f["stage"] else ""),
              _text(ws, MARK[lang][f["status"]], FILL[f["status"]]), _text(ws, label(SEVERITY_LABEL, lang, f["severity"])),
              _text(ws, message(f, lang)), _text(ws, "; ".join(threshold_text(t) for t in f["thresholds"])),
              _text(ws, "\n".join(evidence_text(x) for x in f["evidence"])),
              _text(ws, "; ".join(basis_text(b) for b in f["basis"]))]
    ws.append(cells)


def _errors(wb, report: dict, lang: str) -> None:
    w = WORDS[lang]
    ws = wb.create_sheet(w["errors"])
    ws.append([_text(ws, x, bold=True) for x in (w["file"], w["place"], "message", w["expected"])])
    for e in report["errors"]:
        ws.append([_text(ws, e["file"]), _text(ws, e["place"]), _text(ws, localized(e, "message", lang)), _text(ws, localized(e, "expected", lang))])


def _entity_sheet(wb, entity: dict, period: int, findings: list[dict], lang: str, used: set[str]) -> None:
    base = "".join(ch for ch in f"{entity['code']} {entity['name']}" if ch not in '[]:*?/\\')[:28]
    name, n = base, 2
    while name in used:
        name, n = f"{base[:26]}~{n}", n + 1
    used.add(name)
    ws = wb.create_sheet(name)
    h = HEADERS[lang]
    ws.append([_text(ws, entity_heading(entity, period, lang), bold=True)])
    ws.append([_text(ws, x, bold=True) for x in (h["criterion"], h["title"], h["stage"], h["status"], h["severity"],
                                                  h["message"], WORDS[lang]["threshold"], WORDS[lang]["evidence"],
                                                  WORDS[lang]["basis"])])
    for f in findings:
        _finding_row(ws, f, lang, with_entity=False)
