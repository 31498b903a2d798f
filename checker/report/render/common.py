"""Shared, pure helpers for renderers: every label from the one catalogue (checker/i18n.py), and
evidence written for people — figures as the county wrote them, indicator and stage names in the
report's language, places relative to the batch (`数据!G5`, `第3行`), citations without notes.

County text reaches every format but JSON through `safe_record`: control characters and bidi
overrides shown as escapes. A renderer builds one `View` from the record and asks it for text; nothing here formats data
that the record does not hold, and nothing reads the clock or the disk.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable, Iterator

from checker.i18n import catalogue, text

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


# What a finding's JSON text shows of those characters: JSON escapes C0 controls (\b \f \r, or
# \u0000–\u001f) and writes the rest as they are. A text without any holds no unsafe character,
# so its record needs no `safe_record` (a false alarm only costs the full walk).
_UNSAFE_IN_JSON = re.compile(r"\\[bfr]|\\u00[01]|[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_RAW_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_ESCAPED_IN_JSON = re.compile(r"\\(?:[bfr]|u00[01])")


def unsafe_in_json(text: str) -> bool:
    """Whether `_UNSAFE_IN_JSON` finds something in a finding's JSON text, three times as fast
    (~18 µs for a typical finding, not ~58): the escapes are looked for only where there is a
    backslash."""
    return bool(_UNSAFE_RAW_IN_JSON.search(text) or ("\\" in text and _UNSAFE_ESCAPED_IN_JSON.search(text)))


def safe_record(value: Any) -> Any:
    """The record with `safe_text` applied to every string in it (keys included); a lazy list
    (the report's streamed findings) stays lazy, and a finding whose JSON text shows nothing
    unsafe is taken as it is."""
    if isinstance(value, str):
        return safe_text(value)
    if isinstance(value, dict):
        return {safe_record(k): safe_record(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [safe_record(v) for v in value]
    if hasattr(value, "cleaned"):  # the record's findings (checker/report/packed.py FindingRecords)
        return value.cleaned(safe_record, unsafe_in_json)
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


STATUSES = ("pass", "fail", "warn", "missing", "not_applicable", "error")
MARK = {"pass": "✓", "fail": "✗", "warn": "!", "missing": "?", "not_applicable": "–", "error": "⚠",
        "invalid": "⚠", "no_submission": "∅"}
# An entity's overall result: its worst binding status; an advisory fail or error counts as a warning.
VERDICT_ORDER = ("error", "fail", "missing", "warn", "pass")
_BAD = ("fail", "missing", "error")


def word(key: str, lang: str, **fields: Any) -> str:
    """A report label: `report.<key>` from the catalogue."""
    return text(f"report.{key}", lang, **fields)


def _optional(prefix: str, key: Any, lang: str, default: str = "") -> str:
    if key is None:
        return default
    entry = catalogue().get(f"report.{prefix}.{key}")
    return entry[lang] if entry else str(key)


def status_label(status: str, lang: str) -> str:
    return _optional("status", status, lang)


def severity_label(severity: str, lang: str) -> str:
    return _optional("severity", severity, lang)


def stage_label(stage: str | None, lang: str) -> str:
    return _optional("stage", stage, lang)


def level_label(level: str | None, lang: str) -> str:
    return _optional("level", level, lang)


def region_label(region: str | None, lang: str) -> str:
    return _optional("region", region, lang, default=word("region.all", lang))


def province_code(code: str) -> str:
    return str(code)[:2]


def province_label(prefix: str, lang: str) -> str:
    entry = catalogue().get(f"report.province.{prefix}")
    return entry[lang] if entry else word("province.unknown", lang, prefix=prefix)


@lru_cache(maxsize=None)
def _indicators() -> dict:
    from checker.intake.indicators import dictionary

    return dictionary()


def indicator_label(indicator: str, lang: str) -> str:
    spec = _indicators().get(indicator)
    return (spec.zh if lang == "zh" else spec.en) if spec else indicator


def title(finding: dict, lang: str) -> str:
    return finding["criterion"]["title_zh" if lang == "zh" else "title_en"]


def column_title(criterion: dict, stage: str | None, lang: str) -> str:
    """A matrix column: the criterion's title, and the stage when it has one."""
    name = criterion["title_zh" if lang == "zh" else "title_en"]
    return f"{name}({stage_label(stage, lang)})" if stage and lang == "zh" else \
        f"{name} ({stage_label(stage, lang)})" if stage else name


def message(finding: dict, lang: str) -> str:
    """The finding's message, after its waiver when it has one (every format shows it this way); one
    resting on extracted facts no person confirmed says it is a draft."""
    text_ = finding["message_zh" if lang == "zh" else "message_en"]
    waiver = finding.get("waiver")
    if waiver:
        text_ = f"{waiver_text(waiver, lang)} {text_}"
    if not finding.get("draft"):
        return text_
    return f"【{word('draft', lang)}】{text_}" if lang == "zh" else f"[{word('draft', lang)}] {text_}"


def waiver_text(w: dict, lang: str) -> str:
    """[已豁免: reason — approver,至 2027-06-30], or once expired [豁免已于 2025-06-30 过期: …]."""
    key = "waived" if w["state"] == "active" else "waiver_expired"
    return word(key, lang, reason=w["reason"], approver=w["approver"], expires=w["expires"])


def localized(record: dict, key: str, lang: str) -> str:
    """An input error's or notice's `message` / `expected` in the report's language."""
    return record.get(f"{key}_en", record[key]) if lang == "en" else record[key]


def figure(fact: dict, lang: str) -> str:
    """The figure as the county wrote it (`124.40 亿元`), or that it gave words and no figure."""
    if fact["value"] is None:
        return word("claim", lang)
    written = fact["value_as_written"] if fact["value_as_written"] not in (None, "") else fact["value"]
    unit = fact["unit_as_written"] if fact["unit_as_written"] is not None else fact["unit"]
    return f"{written} {unit or ''}".strip()


def threshold_text(t: dict, lang: str) -> str:
    value = f"{t['value']:g}" if isinstance(t["value"], float) else str(t["value"])
    unit = f" {t['unit']}" if t.get("unit") else ""
    return word("threshold", lang, value=value + unit, period=t["period"], region=region_label(t["region"], lang))


def basis_text(b: dict, lang: str) -> str:
    """Document, number and article; a secondary or unconfirmed source says so. Notes stay out."""
    text_ = " ".join(p for p in (b["document"], b["number"], b["article"]) if p)
    if b["status"] != "confirmed":
        text_ += f"〔{_optional('basis', b['status'], lang)}〕" if lang == "zh" else \
            f" [{_optional('basis', b['status'], lang)}]"
    return text_


def entity_heading(entity: dict, period: int, lang: str) -> str:
    return f"{entity['code']} {entity['name']}({level_label(entity['level'], lang)}){word('year', lang, year=period)}" \
        if lang == "zh" else f"{entity['code']} {entity['name']} ({level_label(entity['level'], lang)}) {period}"


@dataclass
class View:
    """What a renderer needs besides the findings: the language, the batch's folder (places are
    written relative to it) and the titles of the documents each file cites."""

    lang: str = "zh"
    base: str = ""
    documents: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def of(cls, record: dict, lang: str = "zh") -> "View":
        files, documents = [], {}
        for item in record.get("inputs") or ():
            files.append(item["file"])
            if item.get("documents"):
                documents[item["file"]] = item["documents"]
        return cls(lang, _common_folder(files), documents)

    def word(self, key: str, **fields: Any) -> str:
        return word(key, self.lang, **fields)

    def file(self, path: str) -> str:
        """A submitted file's path relative to the batch."""
        if self.base and path.startswith(self.base + "/"):
            return path[len(self.base) + 1:]
        return path

    def place(self, loc: dict) -> str:
        """Where a figure stands in the submitted file: `表格.xlsx 数据!G5`, `batch.csv 第3行`,
        `qujing-2021.yaml facts[0]`."""
        out = self.file(loc["file"])
        if "sheet" in loc:
            out += f" {loc['sheet']}!{loc.get('cell') or ''}".rstrip("!")
        elif "row" in loc:
            out += " " + self.word("row", row=loc["row"])
        elif "path" in loc:
            out += f" {loc['path']}"
        return out

    def document(self, fact: dict) -> str:
        doc = fact["citation"]["document"]
        if doc is None:
            return ""
        return self.documents.get(fact["location"]["file"], {}).get(doc) or doc

    def fact_name(self, fact: dict) -> str:
        """`一般公共预算教育支出 2021年` with the stage and scope when there are."""
        stage = stage_label(fact["stage"], self.lang)
        scope = f"[{fact['scope']}]" if fact.get("scope") else ""
        name = indicator_label(fact["indicator"], self.lang)
        if self.lang == "zh":
            return f"{stage}{name}{scope} {fact['period']}年"
        return f"{name}{' (' + stage + ')' if stage else ''}{scope} {fact['period']}"

    def citation(self, fact: dict) -> str:
        """`自查自评报告 二(五)1「原文」`: the county's document, section and words."""
        cit = fact["citation"]
        locator = cit.get("locator_en") or cit["locator"] if self.lang == "en" else cit["locator"]
        where = " ".join(x for x in (self.document(fact), locator) if x)
        quote = f"「{cit['quote']}」" if cit["quote"] else ""
        return f"{where}{quote}"

    def evidence_text(self, fact: dict) -> str:
        """One line: name, the figure as written, citation, place in the file."""
        cite = self.citation(fact)
        return (f"{self.fact_name(fact)}: {figure(fact, self.lang)}"
                + (f" 〔{cite}〕" if cite else "") + f" @ {self.place(fact['location'])}")


def _common_folder(files: list[str]) -> str:
    """The deepest folder holding every submitted file (the batch), '' when there is none."""
    folders = [posixpath.dirname(f) for f in files if f]
    if not folders:
        return ""
    try:
        return posixpath.commonpath(folders) if len(set(f.startswith("/") for f in folders)) == 1 else ""
    except ValueError:
        return ""


def ordered_evidence(finding: dict) -> list[dict]:
    """The finding's facts, those a failing or warning check names first (the figures that
    disagree), then the rest in the record's order."""
    places = [p for d in finding.get("details") or () if d.get("status") in ("fail", "warn", "error")
              for p in d.get("places") or ()]
    if not places:
        return list(finding["evidence"])

    def rank(fact: dict) -> int:
        where = _place_key(fact["location"])
        return places.index(where) if where in places else len(places)

    return sorted(finding["evidence"], key=rank)


def _place_key(loc: dict) -> str:
    """A location as checker.model.Location prints it (what a detail's `places` hold)."""
    if "sheet" in loc:
        return f"{loc['file']} {loc['sheet']}!{loc['cell']}" if loc.get("cell") else f"{loc['file']} {loc['sheet']}"
    if "row" in loc:
        return f"{loc['file']} row {loc['row']}" + (f" ({loc['path']})" if loc.get("path") else "")
    return f"{loc['file']} {loc['path']}" if loc.get("path") else loc["file"]


def verdict(findings: list[dict]) -> str:
    """An entity's overall result: the worst binding status; advisory problems make a warning."""
    worst = "pass"
    for f in findings:
        status = f["status"]
        if status in _BAD and f["severity"] != "blocking":
            status = "warn"
        if status in VERDICT_ORDER and VERDICT_ORDER.index(status) < VERDICT_ORDER.index(worst):
            worst = status
    return worst


def sort_key(finding: dict) -> int:
    """Problems first: error, fail, missing, warn, pass, not applicable."""
    order = ("error", "fail", "missing", "warn", "pass", "not_applicable")
    return order.index(finding["status"]) if finding["status"] in order else len(order)


def heads(findings) -> Iterable[dict]:
    """The findings with only their entity, period, criterion, stage, status and severity: what
    counts, verdicts and matrices read, without converting each finding in full (when the record
    offers them: `FindingRecords.heads`; otherwise the findings themselves)."""
    light = getattr(findings, "heads", None)
    return light() if light is not None else findings


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


def columns(findings) -> list[tuple[str, str | None, dict]]:
    """The matrix's columns: (criterion id, stage, criterion) in the order first met."""
    seen: dict[tuple[str, str | None], dict] = {}
    for f in findings:
        seen.setdefault((f["criterion"]["id"], f["stage"]), f["criterion"])
    return [(cid, stage, crit) for (cid, stage), crit in seen.items()]
