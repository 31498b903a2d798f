"""What a county does about a finding, and at which cell of its file: the workbook's 需要处理
column and the 需要处理 list at the top of a county's HTML page both say it this way."""

from __future__ import annotations

from checker.report.render.common import View, ordered_evidence

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
