"""The form a county fills: exactly the facts a pack's criteria need, for the evaluated year and
the year before, as an Excel workbook (with unit drop-downs and instructions), a CSV long table
or a YAML skeleton. A filled form is a submission: `checker check filled.xlsx`.
"""

from __future__ import annotations

import csv
import io
from typing import Iterator

from checker.rules.criteria import Pack
from checker.intake.indicators import dictionary
from checker.intake.facts import LONG_COLUMNS, STATED_COLUMNS
from checker.intake.forms import DATA_LABEL, DATA_SHEET, ENTITY_SHEET, LEVEL_CHOICES, REGION_CHOICES, SCHOOL_SHEET
from checker.model import STAGE_ZH
from checker.intake.units import UNITS

HELP_SHEET = "填报说明"
ENTITY_FIELDS = (("entity_code", "单位代码", "division code (6 digits)"), ("entity_name", "单位名称", "name"),
                 ("entity_level", "级别", "level: 省级 province / 地级市 prefecture / 县级 county"),
                 ("region", "地区", "region: 东部 east / 中部 central / 西部 west"), ("period", "评估年度", "evaluated year"))
DATA_COLUMNS = (
    ("indicator", DATA_LABEL, "indicator id"), ("label_zh", "指标", "indicator (zh)"),
    ("label_en", "Indicator", "indicator (en)"), ("stage", "学段代码", "stage id"), ("stage_zh", "学段", "stage"),
    ("period", "年度", "year"), ("value", "数值", "value"), ("unit", "单位", "unit"),
    ("document", "来源文件", "source document"), ("locator", "位置(章节)", "locator"),
    ("quote", "原文摘录", "quote, copied exactly"), ("scope", "范围(如区属)", "scope, e.g. 区属"),
    ("stated_change_pct", "报告所述增幅%", "stated change %"), ("stated_share_pct", "报告所述占比%", "stated share %"),
    ("share_of", "占比分母指标", "share of (indicator id)"), ("stated_parts", "分项(如primary+junior)", "parts"),
)
FILL_COLUMNS = {"value", "unit", "document", "locator", "quote", "scope", "stated_change_pct", "stated_share_pct",
                "share_of", "stated_parts"}
UNIT_CHOICES = {"money": ["元", "万元", "亿元", "元/生", "元/年"], "percent": ["%", "‰"],
                "count": ["人", "万人", "所", "个", "班", "间", "台", "册"], "area": ["平方米", "㎡", "万平方米"]}
HELP = [
    ("填报说明", "Instructions"),
    ("1. 在“单位”表D列填写单位代码、名称、级别、地区和评估年度。",
     "1. Fill column D of the 单位 sheet: code, name, level, region and the evaluated year."),
    ("2. 在“数据”表“数值”列填写报告中的数字,照报告原样书写(保留小数位);单位从下拉列表选择。",
     "2. In the 数据 sheet write each figure as the report writes it (keep its decimals); pick the unit."),
    ("3. “来源文件/位置/原文摘录”写明数字出自报告何处;原文请逐字复制。",
     "3. Say where each figure stands in the report: document, section, and the exact sentence."),
    ("4. 报告只有表述而无数字时(如“辍学学生动态清零”),数值留空、在原文摘录中写明该表述。",
     "4. When the report asserts something without a figure, leave the value empty and copy the claim."),
    ("5. 报告给出的增幅、占比、分项合计,请填入相应列,系统将核对其与数据是否一致。",
     "5. Changes, shares and totals the report states go in their columns: they are checked against the data."),
    ("6. 不适用或无数据的行留空即可;灰色列受保护,不可修改(工作表保护未设密码)。",
     "6. Leave rows without data empty; the grey columns are protected (the sheet protection has no password)."),
    ("7. “数据”表表头填写填报单位、填表人、负责人和报出日期;评估年度须与数据的“年度”列一致。",
     "7. Fill the 数据 sheet's heading (reporting unit, preparer, head, date); the evaluated year must match the figures' years."),
]
# The 数据 sheet as a statistical return (报表): a hidden row of column ids (what the reader keys
# on, row 1 as in forms written before), a title, the return's number, reporting unit and unit of
# measure, who filled and signed it and when, then the column labels and the figures.
FORM_NUMBER = "教督自评表"
HEADER_ROWS = 5  # the 数据 sheet's figures start on the row below
TITLE_ZH, TITLE_EN = "履行教育职责自查自评数据表", "Self-evaluation of education duties: figures"


def needed_facts(packs: list[Pack], period: int) -> list[tuple[str, str | None, int]]:
    """(indicator, stage, year) every rule of the packs reads, in pack order, this year first; for a
    rate computed from level figures, the levels it is computed from as well."""
    years: dict[tuple[str, str | None], set[int]] = {}
    for pack in packs:
        for criterion in pack.criteria:
            for stage in criterion.stages if not criterion.check else ():
                for ref in criterion.refs:
                    # a derived figure is asked as the reported one it falls back on (学前 totals, CVs)
                    reported = dictionary()[ref.indicator].reported
                    key = (reported[0], reported[1] or stage) if reported else (ref.indicator, stage)
                    year = period - 1 if ref.prev else period
                    years.setdefault(key, set()).add(year)
                    # a rate the checker can compute from level figures (the dictionary's `computed:`):
                    # the levels are asked too — both years of a growth, both terms of a ratio —, so the
                    # rate is worked out and a stated one checked against them (CON-CHANGE-01)
                    computed = dictionary()[ref.indicator].computed
                    if computed and computed[0] == "growth":
                        years.setdefault((computed[1], stage), set()).update((year, year - 1))
                    elif computed:
                        for term in computed[1:]:
                            years.setdefault((term, stage), set()).add(year)
    return [(indicator, stage, year) for (indicator, stage), ys in years.items() for year in sorted(ys, reverse=True)
            if not dictionary()[indicator].derived]


def needs_schools(packs: list[Pack]) -> bool:
    """Does any criterion read the school table (a school check, or a figure derived from it)?"""
    from checker.rules.checks import SCHOOL_CHECKS

    return any(c.check in SCHOOL_CHECKS or any(dictionary()[r.indicator].derived for r in c.refs if not c.check)
               for p in packs for c in p.criteria)


def render(packs: list[Pack], period: int, fmt: str) -> Iterator[str | bytes]:
    rows = needed_facts(packs, period)
    if fmt == "xlsx":
        yield _xlsx(rows, period, needs_schools(packs))
    elif fmt == "csv":
        yield _csv(rows)
    else:
        yield _yaml(rows, period)


def _labels(indicator: str, stage: str | None) -> tuple[str, str, str]:
    spec = dictionary()[indicator]
    return spec.zh, spec.en, STAGE_ZH.get(stage, "")


def _xlsx(rows, period: int, schools: bool = False) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    grey = PatternFill("solid", start_color="EDEDED", end_color="EDEDED")
    bold = Font(bold=True)
    unlocked = Protection(locked=False)
    wb = Workbook()
    help_ws = wb.active
    help_ws.title = HELP_SHEET
    for zh, en in HELP:
        help_ws.append([zh, en])
    help_ws["A1"].font = help_ws["B1"].font = bold
    help_ws.column_dimensions["A"].width = help_ws.column_dimensions["B"].width = 90
    _print(help_ws, "1:1", HELP_SHEET)

    ent = wb.create_sheet(ENTITY_SHEET)
    ent.append(["key", "项目", "item", "填写 value"])
    for key, zh, en in ENTITY_FIELDS:
        ent.append([key, zh, en, period if key == "period" else None])
    for col, width in zip("ABCD", (14, 12, 34, 24)):
        ent.column_dimensions[col].width = width
    for choices, cell in (('"' + ",".join(LEVEL_CHOICES) + '"', "D4"), ('"' + ",".join(REGION_CHOICES) + '"', "D5")):
        dv = DataValidation(type="list", formula1=choices, allow_blank=True)
        ent.add_data_validation(dv)
        dv.add(cell)
    ent["D2"].number_format = "@"  # a code is text: keep leading digits as typed
    for r in range(2, len(ENTITY_FIELDS) + 2):
        ent.cell(row=r, column=4).protection = unlocked
    for c in range(1, 4):
        for r in range(2, len(ENTITY_FIELDS) + 2):
            ent.cell(row=r, column=c).fill = grey
    _guard(ent)
    _print(ent, "1:1", "单位信息")

    ws = wb.create_sheet(DATA_SHEET)
    last = get_column_letter(len(DATA_COLUMNS))
    ws.append([key for key, _, _ in DATA_COLUMNS])  # row 1: the ids the reader keys on, hidden
    ws.row_dimensions[1].hidden = True
    ws.append([f"{TITLE_ZH} {period}年"])
    ws.merge_cells(f"A2:{last}2")
    ws["A2"].font, ws["A2"].alignment = Font(bold=True, size=14), Alignment(horizontal="center")
    ws.append([f"表号:{FORM_NUMBER}", "填报单位(盖章):", None, None, None, None, None, None, None, None,
               "金额单位:元;其他计量单位见“单位”列"])
    ws.append([None, "填表人:", None, "负责人:", None, None, "报出日期:", None])
    ws.merge_cells("C3:J3")
    ws.merge_cells("E4:F4")
    ws.merge_cells("H4:J4")
    fill_ins = ("C3", "C4", "E4", "H4")
    ws.append([f"{zh} {en}" for _, zh, en in DATA_COLUMNS])  # row 5: the labels
    first = HEADER_ROWS + 1
    validations = {}
    for family, units in UNIT_CHOICES.items():
        dv = DataValidation(type="list", formula1='"' + ",".join(units) + '"', allow_blank=True)
        ws.add_data_validation(dv)
        validations[family] = dv
    value_col = next(i for i, (k, _, _) in enumerate(DATA_COLUMNS) if k == "value") + 1
    unit_col = value_col + 1
    for r, (indicator, stage, year) in enumerate(rows, start=first):
        zh, en, stage_zh = _labels(indicator, stage)
        spec = dictionary()[indicator]
        values = {"indicator": indicator, "label_zh": zh, "label_en": en, "stage": stage, "stage_zh": stage_zh,
                  "period": year, "unit": spec.unit if spec.unit in UNITS.get(spec.family, {}) else None,
                  "document": "self-report"}
        ws.append([values.get(key) for key, _, _ in DATA_COLUMNS])
        for c, (key, _, _) in enumerate(DATA_COLUMNS, start=1):
            if key not in FILL_COLUMNS:
                ws.cell(row=r, column=c).fill = grey
            else:
                ws.cell(row=r, column=c).protection = unlocked
        ws.cell(row=r, column=value_col).number_format = "@"  # typed as written: 10071.80 keeps its zero
        if spec.family in validations:
            validations[spec.family].add(ws.cell(row=r, column=unit_col).coordinate)
    for ref in fill_ins:
        ws[ref].protection = unlocked
        ws[ref].border = Border(bottom=Side(style="thin"))
    for cell in ws[1] + ws[HEADER_ROWS]:
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[HEADER_ROWS].height = 44  # three lines: a spreadsheet does not fit a written row to its text
    ws.freeze_panes = f"G{first}"
    _guard(ws)
    _print(ws, f"{HEADER_ROWS}:{HEADER_ROWS}", f"{TITLE_ZH} {period}年")
    if schools:
        from checker.intake.schools import columns

        sheet = wb.create_sheet(SCHOOL_SHEET)
        sheet.append(list(columns()))
        sheet.append([f"{c['zh']} {c['en']}" + (f" ({c['unit']})" if c.get("unit") else "") for c in columns().values()])
        for cell in sheet[1] + sheet[2]:
            cell.font = bold
        sheet.freeze_panes = "C3"
        _print(sheet, "1:2", "学校")
        help_ws.append(["8. “学校”表每行填写一所学校(一贯制学校按学段分列学生与教师)。",
                        "7. The 学校 sheet takes one school a row (through schools split pupils and teachers by section)."])
    for c, width in enumerate((30, 26, 30, 12, 8, 6, 14, 8, 12, 12, 40, 10, 12, 12, 14, 18), start=1):
        ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _guard(ws) -> None:
    """Protect the sheet (no password: a guard against slips, not a lock): only the cells left
    unlocked take input; columns may be widened, rows heightened."""
    ws.protection.sheet = True
    ws.protection.formatColumns = ws.protection.formatRows = False  # False: allowed


def _print(ws, title_rows: str, heading: str) -> None:
    """A4 landscape, one page wide, the heading rows on every page; the title in the page
    header, page X of Y in the footer."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.oddHeader.center.text = heading
    ws.oddFooter.center.text = "第 &P 页,共 &N 页"


def _csv(rows) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(LONG_COLUMNS + STATED_COLUMNS + ("label_zh", "label_en"))
    for indicator, stage, year in rows:
        zh, en, _ = _labels(indicator, stage)
        writer.writerow(["", "", "", "", year, indicator, stage or "", "", dictionary()[indicator].unit,
                         "self-report", "", "", "", "", "", "", "", zh, en])
    return "\ufeff" + buf.getvalue()


def _yaml(rows, period: int) -> str:
    import json

    out = [
        "# 履行教育职责自查自评 填报模板 (YAML). Fill in the entity and each value as the report writes it;",
        "# a claim without a figure keeps value: null and copies the sentence into source.quote.",
        'entity: {code: "", name: "", level: county, region: ""}',
        f"period: {period}",
        "documents: [{id: self-report, title: \"\"}]",
        "facts:",
    ]
    for indicator, stage, year in rows:
        zh, en, stage_zh = _labels(indicator, stage)
        unit = dictionary()[indicator].unit
        stage_part = f"stage: {stage}, " if stage else ""
        out.append(f"  # {zh}{f'({stage_zh})' if stage_zh else ''} {en}, {year}")
        out.append(f"  - {{indicator: {indicator}, {stage_part}period: {year}, value: null, unit: {json.dumps(unit, ensure_ascii=False)}, "
                   f'source: {{document: self-report, locator: "", quote: ""}}}}')
    return "\n".join(out) + "\n"
