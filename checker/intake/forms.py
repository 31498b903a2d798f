"""The filled Excel form (`checker template --format xlsx`): the entity from the 单位 sheet, one fact
per filled row of the 数据 sheet, the school table from the 学校 sheet."""

from __future__ import annotations

from checker.intake.facts import Loaded, column_of, row_fact
from checker.intake.tables import sheet_rows
from checker.model import STAGES, BadFact, Entity, InputError, Location, Submission

ENTITY_SHEET, DATA_SHEET, SCHOOL_SHEET = "单位", "数据", "学校"  # the sheets of the Excel form


def is_template(wb) -> bool:
    return DATA_SHEET in wb.sheetnames and ENTITY_SHEET in wb.sheetnames


def from_template(wb, name: str, out: Loaded, period: int | None) -> None:
    """A filled form: the entity from the 单位 sheet, one fact per filled row of the 数据 sheet.
    Rows left empty are figures not reported (missing in the findings, not errors)."""
    _, ent_rows = sheet_rows(wb[ENTITY_SHEET])
    fields = {row[0][0].strip(): row[3] if len(row) > 3 else ("", f"D{n}")
              for n, row in enumerate(ent_rows, start=1) if row and row[0][0].strip()}

    def ent(key: str) -> tuple[str, str]:
        text, ref = fields.get(key, ("", ""))
        return text.strip(), f"{ENTITY_SHEET}!{ref}" if ref else ENTITY_SHEET

    code, level, region, year = ent("entity_code"), ent("entity_level"), ent("region"), ent("period")
    problems = []
    if not (code[0].isdigit() and len(code[0]) in (6, 9)):
        problems.append(InputError(name, code[1], f"entity code {code[0]!r} is not a 6-digit division code", "e.g. 530300"))
    if not ent("entity_name")[0]:
        problems.append(InputError(name, ent("entity_name")[1], "entity name is empty", "the entity's name"))
    if level[0] not in ("province", "prefecture", "county"):
        problems.append(InputError(name, level[1], f"level {level[0]!r} is not allowed", "province, prefecture or county"))
    if region[0] not in ("", "east", "central", "west"):
        problems.append(InputError(name, region[1], f"region {region[0]!r} is not allowed", "east, central or west"))
    try:
        evaluated = int(year[0])
    except ValueError:
        problems.append(InputError(name, year[1], f"evaluated year {year[0]!r} is not a year", "e.g. 2021"))
        evaluated = None
    out.errors.extend(problems)
    if problems:
        return
    entity = Entity(code[0], ent("entity_name")[0], level[0], region[0] or None)

    sheet, rows = sheet_rows(wb[DATA_SHEET])
    header = [text.strip() for text, _ in rows[0]] if rows else []
    col = {key: header.index(key) for key in header if key}
    facts, bad = [], []
    for row in rows[2:]:
        cells = {key: row[i] if i < len(row) else ("", "") for key, i in col.items()}

        def text(key: str) -> str:
            return cells[key][0].strip() if key in cells else ""

        if not (text("value") or text("quote")) or not text("indicator"):
            continue  # not reported
        ref = cells["value"][1]
        loc = Location(name, sheet=sheet, cell=ref)
        try:
            fact_period = int(float(text("period")))
        except ValueError:
            out.errors.append(InputError(name, f"{sheet}!{cells['period'][1]}", f"year {text('period')!r} is not a year",
                                         "a year such as 2021"))
            continue
        fact, found = row_fact(text, cells.get("quote", ("",))[0], fact_period, loc)
        for field_name, message, expected in found:
            key = column_of(field_name, cells)
            out.errors.append(InputError(name, f"{sheet}!{cells[key][1]}", message, expected))
        if fact is None:
            st = text("stage")
            bad.append(BadFact(text("indicator") or None, st if st in STAGES else None, fact_period, loc,
                               "; ".join(m for _, m, _ in found)))
        else:
            facts.append(fact)
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
                                      schools_file=table))
