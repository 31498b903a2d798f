"""The inspector's workbook (openpyxl, write-only so a national report streams):

- 单位计数 Entity counts (entities by overall result), 各准则不达标率 and 各省份不达标率 (failure rates
  by criterion and by province, counted by entity);
- 汇总 Summary: entities × criteria — Chinese criterion titles in the header, ids in the row
  below — with a coloured mark per cell, a province column, a total row per status under each
  criterion, rows for invalid files and for entities that did not submit;
- 明细 Findings: one row per finding with what to do about it (需要处理: the cells to fill or
  check), the county's figures as written, citations, threshold and basis; 输入错误 Invalid
  inputs; optionally one sheet per entity, its input errors and notices on a page of their own.

Rates are percentages (`0.0%`). Every sheet has frozen headers, filters and a print setup (A4
landscape, fit to width — 汇总 at a legible scale, pages across —, header rows repeated on each
page, the title, sheet and report date in the page header, page X of Y in the footer). Every cell holding text is written as text: nothing a county wrote can
run as a formula, and the workbook holds no formula at all (totals are numbers). openpyxl sets up
the sheets and writes the workbook; the rows are written directly (render/xlsxfile.py), since a
national findings sheet has two million cells.
"""

from __future__ import annotations

from typing import Iterator

from checker.report.render.common import (MARK, STATUSES, View, basis_text, column_title, columns, entity_heading,
                                          grouped, heads, level_label, localized, message, ordered_evidence,
                                          province_code, province_label, region_label, severity_label, sort_key,
                                          stage_label,
                                          status_label, threshold_text, title, unsafe_in_json)
from checker.report.render.overview import overview
from checker.report.render.fixlist import to_fix
from checker.report.render.xlsxfile import STYLE, Book, Styled, row

FILL = {"pass": "C6EFCE", "fail": "FFC7CE", "warn": "FFEB9C", "missing": "D9D9D9", "not_applicable": "F2F2F2",
        "error": "F4B183", "invalid": "F4B183", "no_submission": "BFBFBF"}
PERCENT = "0.0%"
# 汇总 has a column per criterion and stage (66 for the bundled packs): fitted to one A4 width it
# prints at ~19 %. Wider than this many columns, it prints pages across at SUMMARY_SCALE with the
# code and name repeated on each page.
SUMMARY_ONE_PAGE, SUMMARY_SCALE = 24, 80
SUMMARY_TITLE_HEIGHT, SUMMARY_ID_HEIGHT = 96, 28  # points: a criterion's title wrapped in its column, its id
FIXED = ("head.code", "head.name", "head.level", "head.province", "head.region", "head.period")


def render(report: dict, lang: str = "zh", entity_sheets: bool = False) -> Iterator[bytes]:
    view = View.of(report, lang)
    wb = Book()
    wb.page = _page(report, view)
    cols = columns(heads(report["findings"]))
    _counts(wb, report, view)
    _summary(wb, report, cols, view)
    _findings(wb, report, view)
    if report["errors"]:
        _errors(wb, report, view)
    if report["notices"]:
        _notices(wb, report, view)
    if entity_sheets:
        used: set[str] = set()
        errors, notices = _by_entity(report, "errors"), _by_entity(report, "notices")
        for entity, period, findings in grouped(report["findings"]):
            _entity_sheet(wb, entity, period, findings, view, used,
                          errors.get(entity["code"], ()), notices.get(entity["code"], ()))
    yield wb.save(_stamp(report))


def _stamp(report: dict):
    """The report's own time (meta.generated_at, fixed by SOURCE_DATE_EPOCH), never the clock."""
    import datetime

    text = report.get("meta", {}).get("generated_at") or "1980-01-01T00:00:00Z"
    return datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")


def _page(report: dict, view: View) -> tuple[str, str, str]:
    """What every printed page says: the report's title and date in its header (the report's own
    date, meta.generated_at, so the bytes stay the same), page X of Y in its footer. `&` is the
    header's control character: doubled."""
    date = (report.get("meta", {}).get("generated_at") or "")[:10]
    return (view.word("title").replace("&", "&&"), view.word("generated_on", date=date).replace("&", "&&"),
            view.word("page_x_of_y"))


def _rate(share: float):
    """A rate as a percentage a spreadsheet shows as one (0.7641 → 76.4 %), not a bare fraction."""
    return Styled(round(share, 4), fmt=PERCENT)


def mark(status: str, lang: str) -> str:
    return f"{MARK[status]} {status_label(status, lang)}"


def _text(value, fill: str | None = None, bold: bool = False, wrap: bool = False):
    """A cell: text (always text, never a formula) or a number, with its style if it has one."""
    if fill or bold or wrap:
        return Styled(value, fill, bold, wrap)
    return value


def _sheet(wb, name: str, header_rows: int, freeze: str, widths: dict[str, float], title_cols: str | None = None,
           scale: int | None = None):
    """A sheet set up to be read and printed: frozen headers, A4 landscape, header rows repeated
    on every printed page, the report's title, the sheet and the date in the page header, page X
    of Y in the footer. One page wide, or, for a sheet too wide to read at that (`scale`), pages
    across at that scale with the `title_cols` repeated on each."""
    sheet = wb.sheet(name)
    ws = sheet.ws
    ws.freeze_panes = freeze
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    if scale:
        ws.page_setup.scale = scale
        ws.print_title_cols = title_cols
    else:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"1:{header_rows}"
    title, date, pages = wb.page
    ws.oddHeader.left.text, ws.oddHeader.center.text, ws.oddHeader.right.text = title, "&A", date
    ws.oddFooter.center.text = pages
    for col, width in widths.items():
        ws.column_dimensions[col].width = width
    return sheet


def _letter(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(n)


def _counts(wb, report: dict, view: View) -> None:
    """Three small sheets: entities by overall result; failure rates by criterion; by province."""
    lang, w = view.lang, view.word
    stats = overview(report)
    sheet = _sheet(wb, w("section.entity_counts"), 1, "A2", {"A": 28, "B": 12, "C": 12})
    sheet.append([_text(x, bold=True) for x in (w("head.verdict"), w("head.entities"), w("head.at_least_one"))])
    for status, n in stats.by_verdict.items():
        sheet.append([_text(status_label(status, lang), FILL[status]), n, stats.at_least_one.get(status, 0)])
    sheet.append([_text(w("head.total"), bold=True), stats.entities])
    missing = len((report.get("roster") or {}).get("missing_submissions") or ())
    if missing:
        sheet.append([_text(w("section.missing_submissions"), FILL["no_submission"]), missing])
    sheet.ws.auto_filter.ref = "A1:C1"
    rates = (w("head.fail_entities"), w("head.fail_rate"), w("head.missing_entities"), w("head.missing_rate"))
    sheet = _sheet(wb, w("section.by_criterion"), 1, "C2", {"A": 40, "B": 14, "C": 10, "D": 12, "E": 10, "F": 12, "G": 10})
    sheet.append([_text(x, bold=True) for x in (w("head.criterion"), w("head.criterion_id"), w("head.applicable")) + rates])
    for r in stats.by_criterion():
        info = stats.criterion_info[r.key]
        sheet.append([_text(info["title_zh" if lang == "zh" else "title_en"]), _text(r.key), r.assessed, r.fail,
                      _rate(r.share("fail")), r.missing, _rate(r.share("missing"))])
    sheet.ws.auto_filter.ref = "A1:G1"
    sheet = _sheet(wb, w("section.by_province"), 1, "C2", {"A": 18, "B": 8, "C": 10, "D": 12, "E": 10, "F": 12, "G": 10, "H": 10})
    sheet.append([_text(x, bold=True) for x in (w("head.province"), w("head.code"), w("head.entities")) + rates
                  + (status_label("no_submission", lang),)])
    for r in stats.by_province():
        sheet.append([_text(province_label(r.key, lang)), _text(r.key), r.assessed, r.fail, _rate(r.share("fail")),
                      r.missing, _rate(r.share("missing")), stats.missing_by_province.get(r.key, 0)])
    sheet.ws.auto_filter.ref = "A1:H1"


def _summary(wb, report: dict, cols, view: View) -> None:
    lang, w = view.lang, view.word
    fixed = [w(k) for k in FIXED]
    statuses = list(STATUSES)
    first = len(fixed) + 1
    widths = {"A": 9, "B": 18, "C": 8, "D": 12, "E": 6, "F": 6}
    widths.update({_letter(first + i): 9 for i in range(len(cols))})
    wide = len(fixed) + len(cols) + len(statuses) > SUMMARY_ONE_PAGE
    sheet = _sheet(wb, w("section.summary"), 2, f"{_letter(first)}3", widths,
                   title_cols="A:B" if wide else None, scale=SUMMARY_SCALE if wide else None)
    sheet.append([_text(h, bold=True) for h in fixed]
                 + [_text(column_title(crit, stage, lang), bold=True, wrap=True) for _cid, stage, crit in cols]
                 + [_text(status_label(s, lang), bold=True) for s in statuses], height=SUMMARY_TITLE_HEIGHT)
    sheet.append([_text("", bold=True) for _ in fixed]
                 + [_text(f"{cid} {stage_label(stage, lang)}" if stage else cid, wrap=True) for cid, stage, _crit in cols]
                 + [_text("") for _ in statuses], height=SUMMARY_ID_HEIGHT)
    totals = {s: [0] * len(cols) for s in statuses}
    marked = {s: _text(mark(s, lang), FILL[s]) for s in statuses}  # a cell per status, made once
    for entity, period, findings in grouped(heads(report["findings"])):
        marks = {(f["criterion"]["id"], f["stage"]): f["status"] for f in findings}
        counts = dict.fromkeys(statuses, 0)
        for f in findings:
            if f["status"] in counts:
                counts[f["status"]] += 1
        row = [_text(entity["code"]), _text(entity["name"]), _text(level_label(entity["level"], lang)),
               _text(province_label(province_code(entity["code"]), lang)),
               _text(region_label(entity["region"], lang) if entity["region"] else ""), period]
        for i, (cid, stage, _crit) in enumerate(cols):
            status = marks.get((cid, stage))
            if status:
                totals[status][i] += 1
                row.append(marked.get(status) or _text(mark(status, lang), FILL[status]))
            else:
                row.append("")
        sheet.append(row + [counts[s] for s in statuses])
    for e in report["errors"]:
        sheet.append([_text(""), _text(view.file(e["file"])), _text(""), _text(""), _text(""),
                      _text(""), _text(mark("invalid", lang), FILL["invalid"]),
                      _text(f"{localized(e, 'place', lang)}: {localized(e, 'message', lang)}")])
    roster = report.get("roster")
    for e in (roster or {}).get("missing_submissions", []):
        sheet.append([_text(e["code"]), _text(e["name"]), _text(level_label(e["level"], lang)),
                      _text(province_label(province_code(e["code"]), lang)),
                      _text(region_label(e["region"], lang) if e.get("region") else ""), _text(""),
                      _text(mark("no_submission", lang), FILL["no_submission"])])
    for s in statuses:  # per-criterion totals: entities with each status in each column
        sheet.append([_text(w("head.total"), bold=True), _text(status_label(s, lang), FILL[s], bold=True)]
                     + [""] * (len(fixed) - 2) + totals[s])
    sheet.ws.auto_filter.ref = f"A2:{_letter(len(fixed) + len(cols) + len(statuses))}2"


def _findings(wb, report: dict, view: View) -> None:
    """One row per finding: made in the worker that made the finding where it could be
    (`FindingRows`: the piece waits with the finding), here otherwise."""
    w = view.word
    titles = [w(k) for k in ("head.code", "head.name", "head.province", "head.period", "head.criterion",
                             "head.criterion_id", "head.stage", "head.status", "head.severity", "head.message",
                             "head.to_fix", "head.threshold", "head.evidence", "head.basis")]
    widths = dict(zip("ABCDEFGHIJKLMN", (9, 14, 10, 6, 30, 13, 8, 9, 8, 60, 24, 24, 80, 50)))
    sheet = _sheet(wb, w("section.findings"), 1, "C2", widths)
    sheet.append([_text(x, bold=True) for x in titles])
    findings = report["findings"]
    prepared = getattr(findings, "prepared", None)  # checker/report/bundle.py FindingRecords
    styles: dict[str, int] = {}
    for f in prepared(FindingRows.tag_for(view)) if prepared else findings:
        if type(f) is tuple:  # (row, status)
            style = styles.get(f[1])
            if style is None:
                style = styles[f[1]] = wb.style_id(FILL[f[1]], False, False)
            sheet.add(f[0], style)
        else:
            _finding_row(sheet, f, view, with_entity=True)
    sheet.ws.auto_filter.ref = f"A1:{_letter(len(titles))}1"


def _finding_row(sheet, f: dict, view: View, with_entity: bool) -> None:
    sheet.append(_finding_cells(f, view, with_entity))


def _finding_cells(f: dict, view: View, with_entity: bool) -> list:
    lang = view.lang
    cells = []
    if with_entity:
        cells += [_text(f["entity"]["code"]), _text(f["entity"]["name"]),
                  _text(province_label(province_code(f["entity"]["code"]), lang)), f["period"]]
    cells += [_text(title(f, lang)), _text(f["criterion"]["id"]), _text(stage_label(f["stage"], lang)),
              _text(mark(f["status"], lang), FILL[f["status"]]), _text(severity_label(f["severity"], lang)),
              _text(message(f, lang)), _text(to_fix(f, view)),
              _text("; ".join(threshold_text(t, lang) for t in f["thresholds"])),
              _text("\n".join(view.evidence_text(x) for x in ordered_evidence(f))),
              _text("; ".join(basis_text(b, lang) for b in f["basis"]))]
    return cells


class FindingRows:
    """The findings sheet's rows, made in the worker processes beside the findings (api.check's
    `prepare`; checker/report/bundle.py `Bundle.prepare`), so the parent, which writes the
    workbook alone after the workers are done, only numbers them (`_findings`): a national
    findings sheet is 150,000 rows, ~25 s of one process's time made here, ~6 s of two workers'.

    A row is made exactly as `_findings` would make it, for the view the workbook will have: the
    language, the batch's folder (computed from the files before they are read: `for_batch`),
    the titles of the documents each file cites (those of the worker's own files: a finding
    citing another file gets no row). The renderer takes the rows only when made for its view
    (`tag_for`); every finding without one (cleaned text, another file, rebuilt in the parent:
    a resubmission, waivers, peer checks) is rendered from its record, as before."""

    def __init__(self, lang: str = "zh", base: str = ""):
        self.lang, self.base = lang, base

    @staticmethod
    def tag_for(view: View) -> tuple:
        return "xlsx.findings", view.lang, view.base

    def for_batch(self, files: list[str]) -> "FindingRows":
        """For the batch of these files (the folder `View.of` will find)."""
        return FindingRows(self.lang, View.of({"inputs": [{"file": f} for f in files]}).base)

    def bundles(self, bundles, inputs: list[dict]) -> None:
        """Rows for the findings in these bundles, read from these input files."""
        view = View(self.lang, self.base, {i["file"]: i["documents"] for i in inputs if i.get("documents")})
        files = {i["file"] for i in inputs}
        tag = self.tag_for(view)
        for bundle in bundles:
            bundle.prepare(tag, lambda records: [self._row(r, view, files) for r in records], unsafe_in_json)

    @staticmethod
    def _row(f: dict | None, view: View, files: set[str]) -> bytes | None:
        if f is None or any(x["location"]["file"] not in files for x in f["evidence"]):
            return None
        fill = FILL[f["status"]]

        def style(cell: Styled) -> str:
            if (cell.fill, cell.bold, cell.wrap, cell.fmt) != (fill, False, False, None):
                raise ValueError(f"a finding's row has one style, its status's: {cell}")
            return STYLE

        return row(_finding_cells(f, view, True), style).encode("utf-8", "xmlcharrefreplace")


def preparer(lang: str, entity_sheets: bool = False) -> FindingRows:
    """What api.check makes in its workers for this workbook (checker/report/render `preparer`)."""
    return FindingRows(lang)


def _errors(wb, report: dict, view: View) -> None:
    w = view.word
    sheet = _sheet(wb, w("section.errors"), 1, "A2", {"A": 30, "B": 20, "C": 60, "D": 40})
    sheet.append([_text(x, bold=True) for x in (w("head.file"), w("head.place"), w("head.message"), w("head.expected"))])
    for e in report["errors"]:
        sheet.append([_text(view.file(e["file"])), _text(localized(e, "place", view.lang)),
                      _text(localized(e, "message", view.lang)), _text(localized(e, "expected", view.lang))])
    sheet.ws.auto_filter.ref = "A1:D1"


def _notices(wb, report: dict, view: View) -> None:
    """Figures no criterion read, figures for other years, reports skipped…: one row per notice,
    with the entities of its file."""
    w = view.word
    sheet = _sheet(wb, w("section.notices"), 1, "A2", {"A": 30, "B": 20, "C": 100, "D": 24})
    sheet.append([_text(x, bold=True) for x in (w("head.file"), w("head.place"), w("head.message"), w("head.entity"))])
    entities = {i["file"]: " ".join(i.get("entities") or ()) for i in report.get("inputs") or ()}
    for e in report["notices"]:
        sheet.append([_text(view.file(e["file"])), _text(localized(e, "place", view.lang)),
                      _text(localized(e, "message", view.lang)), _text(entities.get(e["file"], ""))])
    sheet.ws.auto_filter.ref = "A1:D1"


def _by_entity(report: dict, what: str) -> dict[str, list[dict]]:
    """Each entity's input errors or notices (`what`): those of the files it was read from."""
    files: dict[str, list[str]] = {}
    for item in report.get("inputs") or ():
        for code in item.get("entities") or ():
            files.setdefault(code, []).append(item["file"])
    by_file: dict[str, list[dict]] = {}
    for item in report[what]:
        by_file.setdefault(item["file"], []).append(item)
    return {code: [n for f in fs for n in by_file.get(f, ())] for code, fs in files.items()}


def _entity_sheet(wb, entity: dict, period: int, findings: list[dict], view: View, used: set[str],
                  errors=(), notices=()) -> None:
    """One entity: its findings, problems first, then its files' input errors and notices on a
    printed page of their own."""
    base = "".join(ch for ch in f"{entity['code']} {entity['name']}" if ch not in '[]:*?/\\')[:28]
    name, n = base, 2
    while name in used:
        name, n = f"{base[:26]}~{n}", n + 1
    used.add(name)
    w = view.word
    sheet = _sheet(wb, name, 2, "A3", dict(zip("ABCDEFGHIJ", ENTITY_WIDTHS)))
    sheet.append([_text(entity_heading(entity, period, view.lang), bold=True)])
    sheet.append([_text(x, bold=True, wrap=True) for x in (w("head.criterion"), w("head.criterion_id"), w("head.stage"),
                                                             w("head.status"), w("head.severity"), w("head.message"),
                                                             w("head.to_fix"), w("head.threshold"), w("head.evidence"),
                                                             w("head.basis"))])
    for f in sorted(findings, key=sort_key):
        cells = [_text(c, wrap=True) if type(c) is str and c else Styled(c.value, c.fill, c.bold, True) if type(c) is Styled
                 else c for c in _finding_cells(f, view, with_entity=False)]  # wrapped, at the top of the row
        sheet.append(cells, height=_height(cells, ENTITY_WIDTHS))
    sheet.ws.auto_filter.ref = "A2:J2"
    if errors or notices:
        from openpyxl.worksheet.pagebreak import Break

        sheet.ws.row_breaks.append(Break(id=sheet.count))  # they start a printed page
        widths = ENTITY_WIDTHS[:5] + (sum(ENTITY_WIDTHS[5:]),)
        for heading, items in ((w("section.errors"), errors), (w("section.notices"), notices)):
            if items:
                sheet.append([_text(f"{heading} ({len(items)})", bold=True)])
            for e in items:
                text = localized(e, "message", view.lang)
                if e.get("expected"):
                    text += f"({w('head.expected')}: {localized(e, 'expected', view.lang)})"
                cells = [_text(localized(e, "place", view.lang) or view.file(e["file"]), wrap=True), None, None, None,
                         None, _text(text, wrap=True)]
                sheet.append(cells, height=_height(cells, widths))


ENTITY_WIDTHS = (22, 12, 6, 10, 6, 36, 16, 16, 44, 36)  # an entity's sheet: A4 landscape at ~65 %
LINE_HEIGHT = 15  # points: one line of 11-point text


def _height(cells, widths) -> float | None:
    """The height of a row of wrapped cells, in points, counted from its text (CJK characters
    are two columns wide): a spreadsheet does not work it out when it prints a written file."""
    from rich.cells import cell_len

    lines = 1
    for cell, width in zip(cells, widths):
        text = cell.value if type(cell) is Styled else cell
        if type(text) is str and text:
            room = max(width - 1, 1)
            lines = max(lines, sum(max(1, -(-cell_len(line) // room)) for line in text.split("\n")))
    return min(lines * LINE_HEIGHT, 409) if lines > 1 else None
