"""Bad submission files of every kind the checker met in the wild or from an attacker, each a
function writing one into a folder and returning its path (shared by the batch and fuzz tests)."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOOD_YAML = ROOT / "submissions" / "qujing-2021.yaml"
GOOD_CSV = ROOT / "submissions" / "batch-seeds-001-003.csv"
HEAD = 'entity: {code: "530321", name: 会泽县, level: county, region: west}\nperiod: 2021\nfacts:\n'


def fact(value: str, indicator: str = "students", unit: str = "人") -> str:
    return f"  - {{indicator: {indicator}, period: 2021, value: {value}, unit: {unit}, source: {{document: r}}}}\n"


def form_bytes(fill) -> bytes:
    """A filled Excel form (checker template) after `fill(workbook)` changed it."""
    from openpyxl import load_workbook

    from checker.rules.library import load_packs
    from checker.rules.template import render

    data = b"".join(render(load_packs(), 2021, "xlsx"))
    wb = load_workbook(io.BytesIO(data))
    ent = wb["单位"]
    for row, value in zip(range(2, 7), ("530321", "会泽县", "county", "west", 2021)):
        ent.cell(row=row, column=4, value=value)
    fill(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _data_cell(wb, indicator: str, column: str, value) -> None:
    ws = wb["数据"]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=3):
        if row[0].value == indicator:
            row[header.index(column)].value = value
            return
    raise KeyError(indicator)


def bad_date(folder: Path) -> Path:
    p = folder / "bad-date.yaml"
    p.write_text(HEAD + fact("2021-13-45"), encoding="utf-8")
    return p


def huge_int_yaml(folder: Path) -> Path:
    p = folder / "huge-int.yaml"
    p.write_text(HEAD + fact("1" * 5000), encoding="utf-8")
    return p


def huge_int_json(folder: Path) -> Path:
    p = folder / "huge-int.json"
    p.write_text('{"entity": {"code": "530321", "name": "会泽县", "level": "county", "region": "west"}, '
                 '"period": 2021, "facts": [{"indicator": "students", "period": 2021, "value": ' + "9" * 5000
                 + ', "unit": "人", "source": {"document": "r"}}]}', encoding="utf-8")
    return p


def chart_only(folder: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart

    wb = Workbook()
    cs = wb.create_chartsheet()
    cs.add_chart(BarChart())
    wb.remove(wb.worksheets[0])
    p = folder / "chart-only.xlsx"
    wb.save(p)
    return p


def corrupt_member(folder: Path) -> Path:
    """A long-table workbook whose sheet member's compressed bytes are damaged (the CRC fails)."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["entity_code"])
    buf = io.BytesIO()
    wb.save(buf)
    data = bytearray(buf.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start, start + min(info.compress_size, 40)):
        data[i] ^= 0x5A
    p = folder / "corrupt-member.xlsx"
    p.write_bytes(bytes(data))
    return p


def error_cells(folder: Path) -> Path:
    def fill(wb):
        _data_cell(wb, "edu_general_budget_expenditure", "value", "#DIV/0!")
        _data_cell(wb, "edu_general_budget_expenditure", "period", "#N/A")
        wb["单位"].cell(row=6, column=4, value="#REF!")
    p = folder / "error-cells.xlsx"
    p.write_bytes(form_bytes(fill))
    return p


def inf_year(folder: Path) -> Path:
    def fill(wb):
        _data_cell(wb, "edu_general_budget_expenditure", "value", "1000")
        _data_cell(wb, "edu_general_budget_expenditure", "period", "inf")
    p = folder / "inf-year.xlsx"
    p.write_bytes(form_bytes(fill))
    return p


def no_value_column(folder: Path) -> Path:
    def fill(wb):
        _data_cell(wb, "edu_general_budget_expenditure", "value", "1000")
        ws = wb["数据"]
        for cell in ws[1]:
            if cell.value in ("value", "period"):
                cell.value = None
    p = folder / "no-value-column.xlsx"
    p.write_bytes(form_bytes(fill))
    return p


def kindergartens_only(folder: Path) -> Path:
    """A valid submission whose school table holds only kindergartens."""
    sub = folder / "kg-only"
    sub.mkdir()
    county = (ROOT / "submissions" / "synthetic-county" / "county.yaml").read_text(encoding="utf-8")
    (sub / "county.yaml").write_text(county, encoding="utf-8")
    lines = (ROOT / "submissions" / "synthetic-county" / "schools.csv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    kind = header.index("school_type")
    kept = [lines[0]] + [line for line in lines[1:] if "幼儿园" in line.split(",")[kind]]
    (sub / "schools.csv").write_text("\n".join(kept) + "\n", encoding="utf-8")
    return sub / "county.yaml"


def good_files(folder: Path) -> list[Path]:
    out = []
    for src in (GOOD_YAML, GOOD_CSV):
        dst = folder / src.name
        shutil.copy(src, dst)
        out.append(dst)
    return out


BAD = [bad_date, huge_int_yaml, huge_int_json, chart_only, corrupt_member, error_cells, inf_year, no_value_column]
