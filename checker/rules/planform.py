"""The Excel form of a plan file (`checker template --plan`): a 规划 sheet for the plan document and
a 目标 sheet with one row per target, and reading a filled form back into the same data a YAML plan
file holds (checker/rules/plan.py validates and compiles both alike)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

PLAN_SHEET, TARGET_SHEET = "规划", "目标"
PLAN_FIELDS = (
    ("id", "规划代号(小写字母、数字、连字符)", "plan id"), ("entity_code", "单位代码", "entity code"),
    ("entity_name", "单位名称", "entity name"), ("entity_level", "级别", "province / prefecture / county"),
    ("parent_code", "上级单位代码", "parent code"), ("parent_name", "上级单位名称", "parent name"),
    ("title", "规划文件标题", "document title"), ("number", "文号", "document number"),
    ("date", "成文日期", "date (YYYY-MM-DD)"), ("issuer", "发文单位", "issuer"),
    ("period_from", "规划期起始年", "first year"), ("period_to", "规划期终止年", "last year"),
)
TARGET_COLUMNS = (
    ("id", "目标编号(如T1)", "row id"), ("indicator", "指标代码", "indicator id"), ("stage", "学段", "stage"),
    ("label", "原文指标名称", "label as written"), ("unit", "单位", "unit"), ("scope", "范围", "scope"),
    ("baseline_year", "基期年", "baseline year"), ("baseline_value", "基期值", "baseline value"),
    ("target_year", "目标年", "target year"), ("target_value", "目标值", "target value"),
    ("relative", "相对目标(parent=达上级平均)", "relative: parent"),
    ("compare_indicator", "比较指标(如不低于公务员)", "compared with indicator"),
    ("previous_year", "逐年只增不减(是)", "not below last year"),
    ("type", "属性(约束性/预期性/unstated)", "type"), ("direction", "方向(>= 或 <=,可空)", "direction"),
    ("wording", "措辞(达到/控制在/保持…)", "wording"), ("maintain", "保持(是)", "maintained floor"),
    ("trajectory", "轨迹(floor/linear/none)", "trajectory"), ("authoritative", "以此为准(是)", "authoritative"),
    ("assigned_by", "上级下达(如省定任务:山西省)", "assigned by"), ("locator", "原文位置", "locator"),
    ("quote", "原文摘录(逐字)", "exact quote"), ("note", "备注", "note"),
    # added later, at the end, so that forms filled before keep their columns
    ("until", "保持至(年;空=规划期末)", "floor until (year; empty: the plan's last year)"),
    ("baseline_comparable", "基期与指标口径相同(否=不同,不查推进路径)", "baseline comparable (no: another quantity)"),
    ("baseline_locator", "基期口径原文位置", "where the baseline's measure is stated"),
    ("baseline_quote", "基期口径原文摘录(逐字)", "exact quote of the baseline's measure"),
)


def render_form() -> bytes:
    """The empty plan form: what each field means, in Chinese and English."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    plan = wb.active
    plan.title = PLAN_SHEET
    plan.append(["key", "项目", "item", "填写 value"])
    for key, zh, en in PLAN_FIELDS:
        plan.append([key, zh, en, None])
    targets = wb.create_sheet(TARGET_SHEET)
    targets.append([key for key, _, _ in TARGET_COLUMNS])
    targets.append([f"{zh} {en}" for _, zh, en in TARGET_COLUMNS])
    for cell in plan[1] + targets[1] + targets[2]:
        cell.font = Font(bold=True)
    for row in targets.iter_cols(min_row=3, max_row=200):
        for cell in row:
            cell.number_format = "@"  # typed as written
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def read_form(path: Path) -> dict[str, Any]:
    """A filled form -> the data of a plan file (plans/*.yaml); empty cells are left out. The
    workbook is read as a submission's is (intake/tables.py): over the workbooks' limits, or damaged
    (a bad CRC, a truncated file), it is a DocumentError naming what is wrong."""
    from checker.intake.safeyaml import read_bytes
    from checker.intake.tables import damaged, open_workbook

    wb = open_workbook(read_bytes(path))
    plan_sheet, target_sheet = wb[PLAN_SHEET], wb[TARGET_SHEET]
    try:
        plan_rows = list(plan_sheet.iter_rows(min_row=2, values_only=True))
        target_rows = list(target_sheet.iter_rows(min_row=3, values_only=True))
    except Exception as exc:  # noqa: BLE001 - a damaged member (zlib.error, BadZipFile, bad XML) met mid-sheet
        raise damaged(exc) from None
    finally:
        wb.close()
    fields = {str(r[0]): r[3] for r in plan_rows if r and r[0]}
    f = {k: _cell(v) for k, v in fields.items() if _cell(v) is not None}
    plan: dict[str, Any] = {
        "id": f.get("id"), "entity": {"code": f.get("entity_code"), "name": f.get("entity_name"),
                                      "level": f.get("entity_level")},
        "document": {k: f[k] for k in ("title", "number", "date", "issuer") if k in f},
        "period": {"from": _int(f.get("period_from")), "to": _int(f.get("period_to"))}}
    if "parent_code" in f:
        plan["entity"]["parent"] = {"code": f["parent_code"], "name": f.get("parent_name")}
    keys = [k for k, _, _ in TARGET_COLUMNS]
    targets = []
    for values in target_rows:
        cells = {k: _cell(v) for k, v in zip(keys, values) if _cell(v) is not None}
        if cells:
            targets.append(_target(cells))
    return {"plan": plan, "targets": targets}


def _target(c: dict) -> dict:
    row: dict[str, Any] = {k: c[k] for k in ("id", "indicator", "stage", "label", "unit", "scope", "type",
                                             "direction", "wording", "trajectory", "assigned_by", "note") if k in c}
    if "baseline_year" in c:
        row["baseline"] = {"year": _int(c["baseline_year"]), "value": _float(c.get("baseline_value"))}
        if "baseline_comparable" in c:
            row["baseline"]["comparable"] = _yes(c["baseline_comparable"])
        if "baseline_locator" in c or "baseline_quote" in c:
            row["baseline"]["source"] = {"locator": c.get("baseline_locator"), "quote": c.get("baseline_quote")}
    if "until" in c:
        row["until"] = _int(c["until"])
    target: dict[str, Any] = {"year": _int(c.get("target_year"))}
    if "target_value" in c:
        target["value"] = _float(c["target_value"])
    if "relative" in c:
        target["relative"] = c["relative"]
    if "compare_indicator" in c:
        target["indicator"] = c["compare_indicator"]
    if "previous_year" in c:
        target["previous_year"] = _yes(c["previous_year"])
    row["target"] = target
    for key in ("maintain", "authoritative"):
        if key in c:
            row[key] = _yes(c[key])
    row["source"] = {"locator": c.get("locator"), "quote": c.get("quote")}
    return row


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _yes(value: Any) -> bool:
    return str(value).strip().lower() in ("是", "yes", "true", "1", "y")


def _int(value: Any) -> Any:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return value  # the schema names it


def _float(value: Any) -> Any:
    try:
        return float(str(value).replace(",", "").strip())
    except (TypeError, ValueError):
        return value
