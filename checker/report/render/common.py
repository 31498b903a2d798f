"""Shared, pure helpers for renderers: labels in zh/en, short text forms of evidence, and the one
cleaning of county text every format but JSON gets (`safe_record`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Iterator

# Characters county text may carry that no report should pass on raw: C0 controls but tab and
# newline (a terminal runs ESC sequences, a workbook refuses \v and \x01), DEL, C1 controls, and
# the bidirectional overrides and isolates that reorder what a reader sees ("Trojan source").
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match) -> str:
    return f"\\x{ord(match.group()):02x}" if ord(match.group()) < 0x100 else f"\\u{ord(match.group()):04x}"


def safe_text(text: str) -> str:
    """`text` with line breaks made `\n` and every unsafe character shown as an escape (`\x1b`),
    so what a county typed stays visible but can neither steer a terminal nor break a file."""
    if text.isprintable():
        return text
    return _UNSAFE.sub(_visible, text.replace("\r\n", "\n").replace("\r", "\n"))


def safe_record(value: Any) -> Any:
    """The record with `safe_text` applied to every string in it (keys included); a lazy list
    (the report's streamed findings) stays lazy."""
    if isinstance(value, str):
        return safe_text(value)
    if isinstance(value, dict):
        return {safe_record(k): safe_record(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [safe_record(v) for v in value]
    if isinstance(value, Sequence):
        return _SafeSequence(value)
    return value


class _SafeSequence(Sequence):
    def __init__(self, items: Sequence):
        self._items = items

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index):
        return safe_record(self._items[index])

    def __iter__(self):
        return (safe_record(x) for x in self._items)

STATUS_LABEL = {
    "zh": {"pass": "通过", "fail": "不达标", "warn": "预警", "missing": "缺数据", "not_applicable": "不适用", "error": "错误"},
    "en": {"pass": "pass", "fail": "FAIL", "warn": "warn", "missing": "missing", "not_applicable": "n/a", "error": "ERROR"},
}
SEVERITY_LABEL = {"zh": {"blocking": "约束", "warning": "预警"}, "en": {"blocking": "blocking", "warning": "warning"}}
STAGE_LABEL = {"zh": {"kindergarten": "学前", "primary": "小学", "junior": "初中", "senior": "普通高中",
                      "vocational": "中职", "special": "特殊教育", None: "—"},
               "en": {None: "—"}}
LEVEL_LABEL = {"zh": {"province": "省", "prefecture": "市(州)", "county": "县(区)"}, "en": {}}
REGION_LABEL = {"zh": {"east": "东部", "central": "中部", "west": "西部", None: ""}, "en": {None: ""}}
HEADERS = {
    "zh": {"criterion": "准则", "title": "名称", "stage": "学段", "status": "状态", "severity": "级别",
           "message": "说明", "entity": "单位", "count": "数量", "errors": "无效输入", "notices": "提示",
           "summary": "合计", "period": "年度", "missing_submissions": "名单内未提交"},
    "en": {"criterion": "criterion", "title": "title", "stage": "stage", "status": "status", "severity": "severity",
           "message": "message", "entity": "entity", "count": "count", "errors": "invalid inputs",
           "notices": "notices", "summary": "totals", "period": "year",
           "missing_submissions": "on the roster, not submitted"},
}


def label(table: dict, lang: str, key: Any) -> str:
    return table.get(lang, {}).get(key, key if key is not None else "—")


def title(finding: dict, lang: str) -> str:
    return finding["criterion"]["title_zh" if lang == "zh" else "title_en"]


def localized(record: dict, key: str, lang: str) -> str:
    """An input error's or notice's `message` / `expected` in the report's language."""
    return record.get(f"{key}_en", record[key]) if lang == "en" else record[key]


def message(finding: dict, lang: str) -> str:
    return finding["message_zh" if lang == "zh" else "message_en"]


def entity_heading(entity: dict, period: int, lang: str) -> str:
    level = label(LEVEL_LABEL, lang, entity["level"])
    return f"{entity['code']} {entity['name']} ({level}) {period}"


def evidence_text(fact: dict) -> str:
    """10007.75 元 (2021, vocational) [self-report 二(五)1 «…»] @ file facts[9]."""
    loc = fact["location"]
    place = loc["file"] + (" " + loc["path"] if "path" in loc else "") \
        + (f" {loc['sheet']}!{loc.get('cell', '')}" if "sheet" in loc else "") \
        + (f" row {loc['row']}" if "row" in loc else "")
    cit = fact["citation"]
    cite = " ".join(x for x in (cit["document"], cit["locator"]) if x)
    quote = f" «{cit['quote']}»" if cit["quote"] else ""
    written = fact["value_as_written"]
    value = "claim" if fact["value"] is None else f"{written} {fact['unit_as_written'] or ''}".strip()
    if fact["value"] is not None and (fact["unit_as_written"] not in (None, fact["unit"])):
        value += f" = {fact['value']} {fact['unit']}"
    stage = f", {fact['stage']}" if fact["stage"] else ""
    return f"{fact['indicator']} {fact['period']}{stage}: {value} [{cite}{quote}] @ {place}"


def threshold_text(t: dict) -> str:
    unit = f" {t['unit']}" if t.get("unit") else ""
    return f"{t['name']}={t['value']}{unit} ({t['period']}, {t['region'] or '—'}; {t['chosen_variant']})"


def basis_text(b: dict) -> str:
    parts = [b["document"], b["number"], b["article"]]
    text = " ".join(p for p in parts if p)
    return text + ("" if b["status"] == "confirmed" else f" [{b['status']}]")


def grouped(findings) -> Iterator[tuple[dict, int, list[dict]]]:
    """Findings grouped by (entity, period), in report order, one group at a time."""
    group: list[dict] = []
    for f in findings:
        if group and (group[0]["entity"]["code"], group[0]["period"]) != (f["entity"]["code"], f["period"]):
            yield group[0]["entity"], group[0]["period"], group
            group = []
        group.append(f)
    if group:
        yield group[0]["entity"], group[0]["period"], group
