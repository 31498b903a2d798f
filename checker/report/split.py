"""A batch's report cut into one report per entity, and one for what belongs to no entity.

`by_entity(report)` is a pure function of the Report: each entity's report is the batch's with only
that entity's findings (its bundles, every period it was checked for), the inputs it was read from,
and the errors and notices of those inputs; its summary and criteria are counted over that alone by
the Report's own code (checker/report/record.py), never by a copy of it. The batch's meta stays; the
roster (who did not submit) is the batch's, and goes with the rest.

Which entity a file belongs to: the entities it names (`inputs[].entities`). A file that names none
(an invalid file, a school table, which its submission names) belongs to the one entity whose files
share its folder, when exactly one does; else to `owner(file)` when the caller knows better (the
portal lays each county's uploads in a folder named by its code); else to the rest. A notice that
lists figures belongs to the entities of those figures. `checker check --split entity` and the
portal's per-county records are made here.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, replace
from typing import Callable, Iterable

from checker.model import Entity, InputError
from checker.report.bundle import Findings
from checker.report.record import Report


@dataclass(frozen=True)
class Split:
    """The batch's report as one report per entity (in the batch's order) and the rest: the files
    and notices of no entity, and the roster (None when there is nothing of the kind)."""

    entities: tuple[tuple[Entity, Report], ...]
    rest: Report | None


def by_entity(report: Report, owner: Callable[[str], str | None] | None = None) -> Split:
    bundles = _bundles(report.findings)
    entities: dict[str, Entity] = {}
    by_code: dict[str, list] = {}
    for bundle in bundles:
        entities.setdefault(bundle.entity.code, bundle.entity)
        by_code.setdefault(bundle.entity.code, []).append(bundle)
    files = _owners(report.inputs, owner)
    for codes in files.values():  # an entity whose every file was invalid still gets its report
        for code in codes:
            entities.setdefault(code, None)
    inputs = _spread(report.inputs, lambda i: files.get(i["file"], ()))
    errors = _spread(report.errors, lambda e: files.get(e.file, ()))
    notices = _spread(report.notices, lambda n: _notice_codes(n) or files.get(n.file, ()))

    out = []
    for code, entity in entities.items():
        findings = Findings(by_code.get(code, ()))
        mine = replace(report, findings=findings, errors=tuple(errors.get(code, ())),
                       notices=tuple(notices.get(code, ())), inputs=tuple(inputs.get(code, ())), roster=None,
                       waivers=_waivers(report.waivers, findings, code), diff=None)
        out.append((entity or Entity(code, code, "county"), mine))
    rest = replace(report, findings=Findings(()), errors=tuple(errors.get(None, ())),
                   notices=tuple(notices.get(None, ())), inputs=tuple(inputs.get(None, ())), diff=None)
    empty = not (rest.errors or rest.notices or rest.inputs or (rest.roster and rest.roster["missing_submissions"]))
    return Split(tuple(out), None if empty else rest)


_UNSAFE = str.maketrans({c: "_" for c in '/\\:*?"<>|' + "".join(map(chr, range(32))) + "\x7f"})


def file_stem(entity: Entity) -> str:
    """`<code>-<name>` as a file name on any system: separators and control characters made `_`,
    Chinese kept."""
    return f"{entity.code}-{entity.name}".translate(_UNSAFE).strip(" .")[:120]


def _bundles(findings) -> tuple:
    """The findings' bundles, each one entity's and year's, in report order."""
    if isinstance(findings, Findings) and len(findings) == sum(len(b) for b in findings.bundles):
        return findings.bundles  # the whole of each bundle, as the checker made them
    return Findings.of(tuple(findings)).bundles


def _owners(inputs: Iterable[dict], owner: Callable[[str], str | None] | None) -> dict[str, tuple[str, ...]]:
    """Each input file's entities: those it names; for a file naming none, the one entity of its
    folder, or `owner(file)`; no entry when nobody's."""
    named = {i["file"]: tuple(dict.fromkeys(str(c) for c in i["entities"])) for i in inputs if i["entities"]}
    folders: dict[str, set[str]] = {}
    for file, codes in named.items():
        folders.setdefault(posixpath.dirname(file), set()).update(codes)
    out = dict(named)
    for i in inputs:
        if i["file"] in named:
            continue
        folder = folders.get(posixpath.dirname(i["file"]), set())
        code = next(iter(folder)) if len(folder) == 1 else owner(i["file"]) if owner else None
        if code:
            out[i["file"]] = (code,)
    return out


def _notice_codes(notice: InputError) -> tuple[str, ...]:
    return tuple(dict.fromkeys(str(f["entity"]) for f in notice.figures if f.get("entity")))


def _spread(items: Iterable, codes_of: Callable) -> dict:
    """Items by entity code (an item of several entities goes to each), None for the rest; in order."""
    out: dict = {}
    for item in items:
        for code in codes_of(item) or (None,):
            out.setdefault(code, []).append(item)
    return out


def _waivers(block: dict | None, findings: Findings, code: str) -> dict | None:
    """The waivers block over one entity: its findings' waivers counted, its unmatched waivers."""
    if block is None:
        return None
    states = [head[4] for bundle in findings.bundles for head in bundle.heads]
    return {**block, "active": states.count("active"), "expired": states.count("expired"),
            "unmatched": [u for u in block.get("unmatched", ()) if str(u.get("entity")) == code]}
