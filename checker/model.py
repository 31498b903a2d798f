"""The values that flow through the pipeline: facts, submissions, findings.

All are frozen dataclasses holding tuples, so a finding cannot change after it is made and the
same input always gives the same, comparable values. `to_dict()` gives the canonical record that
the JSON output and every renderer are built from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from typing import Any

from checker.i18n import Text, render, t

STAGES = ("kindergarten", "primary", "junior", "senior", "vocational", "special")
STAGE_ZH = {
    "kindergarten": "学前",
    "primary": "小学",
    "junior": "初中",
    "senior": "普通高中",
    "vocational": "中职",
    "special": "特殊教育",
    None: "",
}
LEVELS = ("province", "prefecture", "county")
REGIONS = ("east", "central", "west")
REGION_ZH = {"east": "东部", "central": "中部", "west": "西部"}


class Status(str, Enum):
    PASS = "pass"
    FAIL = "fail"
    WARN = "warn"
    MISSING = "missing"
    NOT_APPLICABLE = "not_applicable"
    ERROR = "error"


STATUS_ORDER = tuple(Status)
STATUS_ZH = {
    Status.PASS: "通过",
    Status.FAIL: "不达标",
    Status.WARN: "预警",
    Status.MISSING: "缺数据",
    Status.NOT_APPLICABLE: "不适用",
    Status.ERROR: "错误",
}


class Severity(str, Enum):
    BLOCKING = "blocking"
    WARNING = "warning"


@dataclass(frozen=True)
class Citation:
    """Where a value stands in the county's own documents. A figure the checker made (a sum of stage
    figures, a CV over the school table, a computed rate) says how in `locator`, in Chinese, and in
    `locator_en` in English (both from the catalogue); a county's own locator is as written."""

    document: str | None = None
    locator: str | None = None
    quote: str | None = None
    locator_en: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {"document": self.document, "locator": self.locator, "quote": self.quote}
        if self.locator_en is not None:
            out["locator_en"] = self.locator_en
        return out


@dataclass(frozen=True)
class Location:
    """Where a value stands in the submitted file: YAML path, sheet + cell, or CSV row."""

    file: str
    path: str | None = None
    sheet: str | None = None
    cell: str | None = None
    row: int | None = None

    def __str__(self) -> str:
        if self.sheet is not None:
            return f"{self.file} {self.sheet}!{self.cell}" if self.cell else f"{self.file} {self.sheet}"
        if self.row is not None:
            return f"{self.file} row {self.row}" + (f" ({self.path})" if self.path else "")
        return f"{self.file} {self.path}" if self.path else self.file

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"file": self.file}
        for key in ("path", "sheet", "cell", "row"):
            value = getattr(self, key)
            if value is not None:
                d[key] = value
        return d


def line_place(line: int, column: int | None = None) -> Text:
    """A place in a YAML or JSON file's text: `第2行第1列` / `line 2, column 1`."""
    return t("input.place.line", line=line) if column is None else t("input.place.line_column", line=line, column=column)


def row_place(row: int, column: str | int | None = None) -> Text:
    """A place in a table: `第5行`, `第5行「period」列` (a column by its id) or `第5行第14列` (by number)."""
    if column is None:
        return t("input.place.row", row=row)
    if isinstance(column, int):
        return t("input.place.row_column_number", row=row, column=column)
    return t("input.place.row_column", row=row, column=column)


@dataclass(frozen=True)
class Entity:
    code: str
    name: str
    level: str
    region: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "level": self.level, "region": self.region}


@dataclass(frozen=True)
class Part:
    """One part of a stated total: another fact's stage, or a labelled figure written inline."""

    stage: str | None = None
    label: str | None = None
    value: float | int | None = None
    value_as_written: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"stage": self.stage, "label": self.label, "value": self.value,
                "value_as_written": self.value_as_written}


@dataclass(frozen=True)
class Stated:
    """A figure the county derived and wrote next to a value: its change on the year before in
    percent (`change_pct`), its share of another indicator in percent (`share_pct`, `of`), or the
    parts the value is the total of (`parts`)."""

    kind: str  # change_pct | share_pct | parts
    value: float | None = None
    value_as_written: str | None = None
    of: str | None = None
    parts: tuple[Part, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind}
        if self.kind == "parts":
            d["parts"] = [p.to_dict() for p in self.parts]
        else:
            d.update(value=self.value, value_as_written=self.value_as_written)
            if self.of:
                d["of"] = self.of
        return d


@dataclass(frozen=True)
class Fact:
    """One figure (or claim) a county submitted, as written and normalised. `scope` tells a
    figure about part of the entity (区属: the schools the district runs) from the whole (辖区);
    figures of different scopes are different quantities."""

    indicator: str
    stage: str | None
    period: int
    value: float | int | str | None
    unit: str | None
    value_as_written: str | None
    unit_as_written: str | None
    citation: Citation
    location: Location
    scope: str | None = None
    stated: tuple[Stated, ...] = ()
    extracted: bool = False  # proposed by `checker extract` and not yet confirmed by a person

    @property
    def is_claim(self) -> bool:
        return self.value is None

    @property
    def key(self) -> tuple[str, str | None, int]:
        return (self.indicator, self.stage, self.period)

    def to_dict(self) -> dict[str, Any]:
        return {
            "indicator": self.indicator,
            "stage": self.stage,
            "period": self.period,
            "value": self.value,
            "unit": self.unit,
            "value_as_written": self.value_as_written,
            "unit_as_written": self.unit_as_written,
            "citation": self.citation.to_dict(),
            "location": self.location.to_dict(),
            "scope": self.scope,
            "stated": [x.to_dict() for x in self.stated],
            **({"extracted": True} if self.extracted else {}),
        }


@dataclass(frozen=True)
class BadFact:
    """A fact that was submitted but could not be read. Criteria that need it get `error`."""

    indicator: str | None
    stage: str | None
    period: int | None
    location: Location
    message: str | Text  # rendered in the reader's language where shown


@dataclass(frozen=True)
class School:
    """One row of a submission's school table, read and typed (values by column id)."""

    code: str
    name: str
    type: str
    values: tuple[tuple[str, Any], ...]
    location: Location

    def get(self, column: str, default: Any = None) -> Any:
        return self._by_column.get(column, default)

    @cached_property
    def _by_column(self) -> dict[str, Any]:  # built once: checks read a school's columns many times
        return dict(self.values)


@dataclass(frozen=True)
class Submission:
    entity: Entity
    period: int
    file: str
    facts: tuple[Fact, ...]
    bad_facts: tuple[BadFact, ...] = ()
    documents: tuple[tuple[str, str], ...] = ()
    schools: tuple[School, ...] = ()
    bad_schools: tuple[str | Text, ...] = ()  # rows of the school table that could not be read (their places)
    schools_file: str | None = None
    derived: tuple[tuple[tuple, tuple[dict, ...]], ...] = ()  # derived fact key -> its lineage
    # the Excel form's rows left blank: (indicator, stage, period) -> the cell to fill (数据!G12),
    # named in a `missing` finding; never a fact
    blank_cells: tuple[tuple[tuple, str], ...] = ()
    # the figures the county's narrative report states (`checker check FORM --report REPORT`: drafts
    # extracted from it), compared with the submission's own by CON-REPORT-01; never facts
    report_facts: tuple[Fact, ...] = ()


@dataclass(frozen=True)
class InputError:
    """An input that could not be read or broke the contract. `place` is where: a YAML path
    (`facts[0].value`) or a sheet!cell, the same in every language, or a catalogue text for a
    line, row or column (`第5行「period」列` / `row 5, column period`), rendered per language."""

    file: str
    place: str | Text
    message: str | Text  # a catalogue text (checker/i18n.py), or plain text not yet in the catalogue
    expected: str | Text = ""
    internal: bool = False  # a bug in the checker met while processing this file, not the file's fault
    kind: str = ""  # a notice about figures: "unchecked" (no criterion read them) or "other_years"
    figures: tuple[dict, ...] = ()  # those figures, machine-readable (checker/evaluate/coverage.py)

    def __str__(self) -> str:
        return self.render("zh")

    def render(self, lang: str = "zh") -> str:
        place = render(self.place, lang)
        where = f"{self.file}: {place}" if place else self.file
        expected = render(self.expected, lang)
        tail = (f"(应为:{expected})" if lang == "zh" else f" (expected: {expected})") if expected else ""
        return f"{where}: {render(self.message, lang)}{tail}"

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "place": render(self.place, "zh"), "place_en": render(self.place, "en"),
                "message": render(self.message, "zh"), "message_en": render(self.message, "en"),
                "expected": render(self.expected, "zh"), "expected_en": render(self.expected, "en"),
                **({"internal": True} if self.internal else {}),
                **({"kind": self.kind, "figures": [dict(f) for f in self.figures]} if self.kind else {})}


@dataclass(frozen=True)
class Threshold:
    """A parameter value actually applied, and what it was chosen for."""

    name: str
    value: float | int
    period: int
    region: str | None
    stage: str | None
    rule: str  # the variant that was chosen, e.g. "2021–2024, all regions"
    note: str = ""
    unit: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": self.value,
            "unit": self.unit,
            "period": self.period,
            "region": self.region,
            "stage": self.stage,
            "chosen_variant": self.rule,
            "note": self.note,
        }


@dataclass(frozen=True)
class Basis:
    document: str
    number: str = ""
    article: str = ""
    status: str = "confirmed"  # confirmed | secondary | unconfirmed
    note: str = ""
    checked: str = ""  # the date (YYYY-MM-DD) the source was last checked against this entry

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "number": self.number,
            "article": self.article,
            "status": self.status,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class Finding:
    """One entity × criterion × stage's result. Slotted: a national batch holds ~150,000-300,000 of
    them (a slot record is ~170 bytes, an instance dict ~1 KB), and `make_finding` builds one without
    the dataclass `__init__`'s call of `object.__setattr__` per field (~4 µs a finding)."""

    entity: Entity
    period: int
    criterion_id: str
    title_zh: str
    title_en: str
    stage: str | None
    status: Status
    severity: Severity
    message_zh: str
    message_en: str
    thresholds: tuple[Threshold, ...] = ()
    evidence: tuple[Fact, ...] = ()
    details: tuple[dict, ...] = field(default=())
    basis: tuple[Basis, ...] = ()
    pack: str = ""
    draft: bool = False  # rests on extracted facts no person has confirmed yet
    waiver: dict | None = None  # an inspector's waiver (reason, approver, expires, state: active | expired)
    missing: tuple[dict, ...] = ()  # a missing finding: what to fill ({indicator, stage, period[, cell]}, …)

    def to_dict(self) -> dict[str, Any]:
        record = {
            "entity": self.entity.to_dict(),
            "period": self.period,
            "criterion": {"id": self.criterion_id, "title_zh": self.title_zh, "title_en": self.title_en, "pack": self.pack},
            "stage": self.stage,
            "status": self.status.value,
            "severity": self.severity.value,
            "message_zh": self.message_zh,
            "message_en": self.message_en,
            "thresholds": [t.to_dict() for t in self.thresholds],
            "evidence": [f.to_dict() for f in self.evidence],
            "details": [dict(d) for d in self.details],
            "basis": [b.to_dict() for b in self.basis],
            **({"draft": True} if self.draft else {}),
            **({"missing": [dict(m) for m in self.missing]} if self.status is Status.MISSING else {}),
        }
        if self.waiver is not None:
            record["waiver"] = dict(self.waiver)
        return record

    def __reduce__(self):
        """Pickled as its field values (workers send findings back), rebuilt by `make_finding`."""
        return make_finding, tuple([getattr(self, name) for name in _FINDING_FIELDS])


_FINDING_FIELDS = tuple(Finding.__dataclass_fields__)


def _finding_maker():
    """`make_finding`, with each slot's own setter held in a closure variable (a local lookup)."""
    (entity_, period_, criterion_id_, title_zh_, title_en_, stage_, status_, severity_, message_zh_, message_en_,
     thresholds_, evidence_, details_, basis_, pack_, draft_, waiver_, missing_) = \
        (getattr(Finding, name).__set__ for name in _FINDING_FIELDS)
    new = object.__new__

    def make_finding(entity, period, criterion_id, title_zh, title_en, stage, status, severity, message_zh,
                     message_en, thresholds=(), evidence=(), details=(), basis=(), pack="", draft=False, waiver=None,
                     missing=()) -> Finding:
        """`Finding(...)` with the same fields in the same order, made by setting each slot directly
        (~2 µs instead of ~6): the evaluator makes one per entity × criterion × stage."""
        finding = new(Finding)
        entity_(finding, entity)
        period_(finding, period)
        criterion_id_(finding, criterion_id)
        title_zh_(finding, title_zh)
        title_en_(finding, title_en)
        stage_(finding, stage)
        status_(finding, status)
        severity_(finding, severity)
        message_zh_(finding, message_zh)
        message_en_(finding, message_en)
        thresholds_(finding, thresholds)
        evidence_(finding, evidence)
        details_(finding, details)
        basis_(finding, basis)
        pack_(finding, pack)
        draft_(finding, draft)
        waiver_(finding, waiver)
        missing_(finding, missing)
        return finding

    make_finding.__qualname__ = "make_finding"  # as module-level: pickles refer to it by name
    return make_finding


make_finding = _finding_maker()
