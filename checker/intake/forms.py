"""The filled Excel form (`checker template --format xlsx`): the entity from the 单位 sheet, one fact
per filled row of the 数据 sheet, the school table from the 学校 sheet."""

from __future__ import annotations

from checker.i18n import t
from checker.intake.facts import Loaded, column_of, normal_code, number_elsewhere, read_year, row_fact
from checker.intake.safeyaml import DocumentError
from checker.intake.tables import sheet_rows
from checker.model import STAGES, BadFact, Entity, InputError, Location, Submission

ENTITY_SHEET, DATA_SHEET, SCHOOL_SHEET = "单位", "数据", "学校"  # the sheets of the Excel form
FORM_COLUMNS = ("indicator", "stage", "period", "value", "unit", "quote")  # without them no row can be read
DATA_LABEL = "指标代码"  # how the 数据 sheet's row of labels begins: the figures start below it


# What a county may choose or type in the form's drop-downs, in Chinese or as ids.
LEVEL_WORDS = {"省": "province", "省级": "province", "地级市": "prefecture", "地级": "prefecture", "市": "prefecture",
               "市(州)": "prefecture", "市（州）": "prefecture", "州": "prefecture", "县级": "county", "县": "county",
               "县(区)": "county", "县（区）": "county", "区": "county", "县区": "county", "县级市": "county"}
REGION_WORDS = {"东部": "east", "中部": "central", "西部": "west"}
LEVEL_CHOICES, REGION_CHOICES = ("省级", "地级市", "县级"), ("东部", "中部", "西部")


def plain_level(text: str) -> str:
    """`地级市` → prefecture; an id stays as it is."""
    return LEVEL_WORDS.get(text.strip(), text.strip())


def plain_region(text: str) -> str:
    return REGION_WORDS.get(text.strip(), text.strip())


def plain_year(text: str) -> str:
    """`2021年` or `2021 年` → 2021."""
    text = text.strip()
    return text[:-1].strip() if text.endswith("年") else text


def _first_figure_row(rows) -> int:
    """Where the figures start: below the row of labels (`指标代码 …`), which follows the ids in
    row 1 directly in forms written before the sheet had a heading, and after the heading now."""
    for n, row in enumerate(rows[1:12], start=1):
        if row and row[0][0].strip().startswith(DATA_LABEL):
            return n + 1
    return 2


def is_template(wb) -> bool:
    return DATA_SHEET in wb.sheetnames and ENTITY_SHEET in wb.sheetnames


def from_template(wb, name: str, out: Loaded, period: int | None) -> None:
    """A filled form: the entity from the 单位 sheet, one fact per filled row of the 数据 sheet.
    Rows left empty are figures not reported (missing in the findings, not errors); their value
    cells are kept so that a `missing` finding can name the cell to fill."""
    _, ent_rows = sheet_rows(wb[ENTITY_SHEET])
    fields = {row[0][0].strip(): row[3] if len(row) > 3 else ("", f"D{n}")
              for n, row in enumerate(ent_rows, start=1) if row and row[0][0].strip()}

    def ent(key: str) -> tuple[str, str]:
        text, ref = fields.get(key, ("", ""))
        return text.strip(), f"{ENTITY_SHEET}!{ref}" if ref else ENTITY_SHEET

    code, level, region, year = ent("entity_code"), ent("entity_level"), ent("region"), ent("period")
    level, region, year = (plain_level(level[0]), level[1]), (plain_region(region[0]), region[1]), \
        (plain_year(year[0]), year[1])
    problems = []
    raw_code = fields.get("entity_code", ("", ""))[0]
    if normal_code(raw_code) is None:
        problems.append(InputError(name, code[1], t("input.entity_code_invalid", code=repr(raw_code[:20])),
                                   t("input.expected_code")))
    if not ent("entity_name")[0]:
        problems.append(InputError(name, ent("entity_name")[1], t("input.entity_name_empty"), t("input.expected_entity_name")))
    if level[0] not in ("province", "prefecture", "county"):
        problems.append(InputError(name, level[1], t("input.entity_level_invalid", level=repr(level[0])),
                                   t("input.expected_form_level")))
    if region[0] not in ("", "east", "central", "west"):
        problems.append(InputError(name, region[1], t("input.region_invalid", region=repr(region[0])),
                                   t("input.expected_form_region")))
    evaluated = read_year(year[0])
    if evaluated is None:
        problems.append(InputError(name, year[1], t("input.year_invalid", text=repr(year[0][:20])), t("input.expected_year")))
    out.errors.extend(problems)
    if problems:
        return
    entity = Entity(normal_code(raw_code), ent("entity_name")[0], level[0], region[0] or None)

    sheet, rows = sheet_rows(wb[DATA_SHEET])
    header = [text.strip() for text, _ in rows[0]] if rows else []
    col = {key: header.index(key) for key in header if key}
    lacking = [key for key in FORM_COLUMNS if key not in col]
    if lacking:
        raise DocumentError(t("input.form_missing_columns", sheet=DATA_SHEET, columns=", ".join(lacking)),
                            f"{DATA_SHEET}!1", t("input.expected_form_header"))
    width = max(col.values()) + 1
    facts, bad, blank = [], [], {}
    for row in rows[_first_figure_row(rows):]:
        cells = {key: row[i] if i < len(row) else ("", "") for key, i in col.items()}

        def text(key: str) -> str:
            return cells[key][0].strip() if key in cells else ""

        beyond = next((cell for cell in row[width:] if cell[0].strip()), None)
        if beyond is not None:
            out.errors.append(InputError(name, f"{sheet}!{beyond[1]}",
                                         t("input.cell_beyond_header", cell=beyond[1], text=repr(beyond[0][:40])),
                                         t("input.expected_within_header")))
        if not (text("value") or text("quote")) or not text("indicator"):
            wrong = number_elsewhere(text)
            if wrong and text("indicator"):
                out.errors.append(InputError(name, f"{sheet}!{cells[wrong][1]}",
                                             t("input.number_in_wrong_column", column=wrong, text=text(wrong)[:40]),
                                             t("input.expected_value_column")))
            blank_period = read_year(plain_year(text("period")))
            if text("indicator") and blank_period is not None:  # the cell a `missing` finding names
                blank.setdefault((text("indicator"), text("stage") or None, blank_period),
                                 f"{sheet}!{cells['value'][1]}")
            continue  # not reported
        ref = cells["value"][1]
        loc = Location(name, sheet=sheet, cell=ref)
        fact_period = read_year(plain_year(text("period")))
        if fact_period is None:
            out.errors.append(InputError(name, f"{sheet}!{cells['period'][1]}",
                                         t("input.year_invalid", text=repr(text("period")[:20])), t("input.expected_year")))
            continue
        assumed: list = []
        fact, found = row_fact(text, cells.get("quote", ("",))[0], fact_period, loc, assumed)
        for field_name, message, expected in found:
            key = column_of(field_name, cells)
            out.errors.append(InputError(name, f"{sheet}!{cells[key][1]}", message, expected))
        out.notices.extend(InputError(name, f"{sheet}!{cells[column_of(f, cells)][1]}", m) for f, m in assumed)
        if fact is None:
            st = text("stage")
            bad.append(BadFact(text("indicator") or None, st if st in STAGES else None, fact_period, loc,
                               "; ".join(str(m) for _, m, _ in found)))
        else:
            facts.append(fact)
    years = {f.period for f in facts} or {key[2] for key in blank}
    checked = period if period is not None else evaluated
    if years and checked not in years:  # 2022 typed on a form of 2021's figures: say so, once
        out.notices.append(InputError(name, year[1], t("input.form_year_mismatch", data_year=max(years),
                                                        period=checked)))
    schools, bad_schools, table = (), (), None
    if SCHOOL_SHEET in wb.sheetnames:
        from checker.intake.schools import read_table

        title, rows = sheet_rows(wb[SCHOOL_SHEET])
        rows = rows[:1] + rows[2:]  # row 2 holds the form's labels
        if any(any(t.strip() for t, _ in r) for r in rows[1:]):
            schools, bad_schools, problems = read_table(rows, name, title)
            out.errors.extend(problems)
            table = f"{name} {title}"
    out.submissions.append(Submission(entity, period if period is not None else evaluated, name, tuple(facts),
                                      tuple(bad), schools=tuple(schools), bad_schools=tuple(bad_schools),
                                      schools_file=table, blank_cells=tuple(sorted(blank.items(), key=str))))
