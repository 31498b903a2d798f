"""What a county has to do about its submission — the "需要处理" list: a pure function of the
report's record, shared by every format that shows it (the terminal and Markdown at the top of a
single submission's output; the HTML page and the workbook may show the same list), and the
one-line action for a finding (`to_fix`: the workbook's 需要处理 column and the 需要处理 list at the
top of a county's HTML page).

Each item names the place to act on (the form's cell to fill or correct, `表格.xlsx 数据!G26`, or
the figure's place in the file), what is wrong and what the rule needs. Blocking problems come
first: invalid files (the run exits 2), then binding criteria that fail, lack data or cannot be
judged (not under a waiver in force). Then the rows a person broke in the form — a figure no
criterion read (a stage cleared) or for a year no criterion reads (2012 typed for 2021) — and
last the advisory problems. A missing figure whose row is there but broken points at that row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable

from checker.report.render.common import (View, indicator_label, localized, message, ordered_evidence, stage_label,
                                          status_label, threshold_text, title)

TO_DO = ("error", "fail", "missing", "warn")  # the statuses a county acts on, in the order it should


def to_fix(f: dict, view: View) -> str:
    """What the county does about a finding, at which cell of its file: the form's cells to fill
    for missing figures (`填写 数据!G26`, the JSON's `missing[].cell`), the figures to check for a
    failure, a warning or an error (`核对 数据!G5、数据!G6`, `facts[3]` of a YAML file); a file is
    named only when the figures stand in more than one."""
    status = f["status"]
    if status == "missing":
        cells = list(dict.fromkeys(m["cell"] for m in f.get("missing") or () if m.get("cell")))
        return view.word("fix.fill", cells="、".join(cells)) if cells else ""
    if status not in ("fail", "warn", "error"):
        return ""
    locations = [x["location"] for x in ordered_evidence(f)]
    several = len({loc["file"] for loc in locations}) > 1
    places = list(dict.fromkeys(view.place(loc) if several else view.place(loc)[len(view.file(loc["file"])):].strip()
                                for loc in locations))
    return view.word("fix.check", cells="、".join(p for p in places if p)) if any(places) else ""


_ORDER = {"invalid": 0, "error": 1, "fail": 2, "missing": 3, "broken": 4, "warn": 5}
_PROBLEMS = ("error", "fail", "missing")


@dataclass(frozen=True)
class Fix:
    """One thing to do: `kind` is `invalid` (a file that could not be read), a finding's status
    (`error`, `fail`, `missing`, or `warn` for an advisory problem), or `broken` (a form row whose
    figure no criterion read: `unchecked` or `other_years` in the record's notices)."""

    blocking: bool
    kind: str
    criterion: str  # the criterion's id; '' for a file or a broken row
    places: tuple[str, ...]  # where to act, relative to the batch (`表格.xlsx 数据!G26`); () when unknown
    problem: str  # what is wrong, in the report's language
    needs: str  # what the rule needs (the criterion's title and thresholds), or what to check


def fixes(record: dict, lang: str = "zh") -> list[Fix]:
    """Everything to fix in the record's listed findings, invalid inputs and notices: blocking
    first (invalid files, then binding error, fail, missing), then broken form rows, then advisory
    problems; report order within each."""
    view = View.of(record, lang)
    where = places_of(record, view)
    out: list[Fix] = []
    for e in record.get("errors") or ():
        place = localized(e, "place", lang)
        out.append(Fix(True, "invalid", "", (f"{view.file(e['file'])} {place}".strip(),),
                       localized(e, "message", lang), localized(e, "expected", lang)))
    for f in record.get("findings") or ():
        if f["status"] not in _PROBLEMS and f["status"] != "warn":
            continue
        if (f.get("waiver") or {}).get("state") == "active":
            continue  # an inspector's waiver in force: nothing to do this round
        blocking = f["severity"] == "blocking" and f["status"] in _PROBLEMS
        places, hint = where.of(f)
        out.append(Fix(blocking, f["status"] if blocking else "warn", f["criterion"]["id"], places,
                       message(f, lang) + (f" {hint}" if hint else ""), _needs(f, lang)))
    out.extend(where.unclaimed())
    return sorted(out, key=lambda x: (not x.blocking, _ORDER[x.kind]))


def _needs(f: dict, lang: str) -> str:
    thresholds = "; ".join(threshold_text(t, lang) for t in f.get("thresholds") or ())
    name = title(f, lang)
    return f"{name}({thresholds})" if thresholds and lang == "zh" else f"{name} ({thresholds})" if thresholds else name


class Places:
    """Where to act on a finding (what the terminal and CSV show beside a problem, and the fix
    list): a missing finding's form cells to fill (`表格.xlsx 数据!G26`), else the places of the
    figures that decide it, those a failing check names first; relative to the batch, and without
    the file's name when the report reads one file (`数据!G26`). A missing figure with no cell to
    fill gets the broken row that probably holds it, with a word saying so: the same indicator,
    and the same year or the same stage (a stage cleared, a year mistyped), each row given to the
    first finding that asks for it."""

    def __init__(self, record: dict, view: View):
        self.view = view
        self.files = {code: item["file"] for item in record.get("inputs") or () for code in item.get("entities") or ()}
        names = set(self.files.values())
        self._only = view.file(names.pop()) + " " if len(names) == 1 else None
        self.broken = _broken_rows(record, view, self.short)
        self._given: dict[int, tuple] = {}  # broken row -> the finding (entity, period, criterion, stage) given it

    def short(self, place: str) -> str:
        return place[len(self._only):] if self._only and place.startswith(self._only) else place

    def __call__(self, f: dict) -> tuple[str, ...]:
        return self.of(f)[0]

    def of(self, f: dict) -> tuple[tuple[str, ...], str]:
        """The finding's places, and a word on the broken rows among them ('' when none)."""
        view = self.view
        if f["status"] != "missing":
            return tuple(dict.fromkeys(self.short(view.place(x["location"])) for x in ordered_evidence(f))), ""
        file = self.files.get(f["entity"]["code"])
        out = [self.short(f"{view.file(file)} {x['cell']}" if file else x["cell"])
               for x in f.get("missing") or () if x.get("cell")]
        hints = []
        key = (f["entity"]["code"], f["period"], f["criterion"]["id"], f["stage"])
        for entry in f.get("missing") or ():
            if entry.get("cell"):
                continue
            for n, (figure, fix) in enumerate(self.broken):
                if self._given.get(n, key) == key and \
                        (figure["entity"], figure["indicator"]) == (f["entity"]["code"], entry["indicator"]) and \
                        (figure["period"] == entry["period"] or figure["stage"] == entry["stage"]):
                    self._given[n] = key
                    out.append(fix.places[0])
                    hints.append(view.word("fix.broken_hint", place=fix.places[0], figure=_figure_text(figure, view)))
                    break
        if not out and file:
            out.append(self.short(view.file(file)) or view.file(file))
        return tuple(dict.fromkeys(out)), " ".join(hints)

    def unclaimed(self) -> list[Fix]:
        """The broken rows no missing figure was given (after every finding was asked)."""
        return [fix for n, (_figure, fix) in enumerate(self.broken) if n not in self._given]


def places_of(record: dict, view: View) -> Places:
    """`Places` for this record: call it with a finding for the places to fill or correct."""
    return Places(record, view)


_ROW = re.compile(r"^(.*) row (\d+)((?: \(.*\))?)$")


def view_place(view: View, place: str) -> str:
    """A place as the record's figures write it (`batch/表格.xlsx 数据!G5`, `batch/a.csv row 2`),
    relative to the batch and in the report's language (`a.csv 第2行`)."""
    place = place[len(view.base) + 1:] if view.base and place.startswith(view.base + "/") else place
    row = _ROW.match(place)
    return f"{row[1]} {view.word('row', row=row[2])}{row[3]}" if row else place


def _broken_rows(record: dict, view: View, short: Callable[[str], str]) -> list[tuple[dict, Fix]]:
    """The figures the notices list as read by no criterion, or for a year no criterion reads."""
    out = []
    for n in record.get("notices") or ():
        if n.get("kind") not in ("unchecked", "other_years"):
            continue
        for figure in n.get("figures") or ():
            problem = view.word(f"fix.{n['kind']}", figure=_figure_text(figure, view))
            out.append((figure, Fix(False, "broken", "", (short(view_place(view, figure["place"])),), problem,
                                    view.word(f"fix.{n['kind']}_needs"))))
    return out


def _figure_text(figure: dict, view: View) -> str:
    stage = stage_label(figure.get("stage"), view.lang)
    name = indicator_label(figure["indicator"], view.lang)
    written = figure.get("value_as_written") if figure.get("value_as_written") not in (None, "") else figure["value"]
    unit = figure.get("unit_as_written") or ""
    if view.lang == "zh":
        return f"{stage}{name} {figure['period']}年 {written} {unit}".rstrip()
    return f"{name}{' (' + stage + ')' if stage else ''} {figure['period']}: {written} {unit}".rstrip()


def lines(items: Iterable[Fix], lang: str) -> list[str]:
    """The list as numbered lines of plain text: `1. 数据!G15、数据!G16 缺数据 缺少…的数值 → 需要:教育费附加足额用于教育 (DUT-FUND-03)`."""
    out = []
    sep = "、" if lang == "zh" else ", "
    for n, fix in enumerate(items, 1):
        label = View(lang).word(f"fix.kind.{fix.kind}") if fix.kind in ("invalid", "broken") else status_label(fix.kind, lang)
        where = sep.join(fix.places) or View(lang).word("fix.no_place")
        crit = f" ({fix.criterion})" if fix.criterion else ""
        needs = View(lang).word("fix.needs", needs=fix.needs + crit) if fix.needs or crit else ""
        out.append(f"{n}. {where}  {label}  {fix.problem}" + (f"  → {needs}" if needs else ""))
    return out


def shown(record: dict) -> bool:
    """Whether a report is one submission's, whose output opens with the list: one entity, or no
    entity and one invalid file."""
    summary = record.get("summary") or {}
    entities, invalid = summary.get("entities", 0), summary.get("invalid_inputs", 0)
    return entities == 1 or (entities == 0 and invalid == 1)
