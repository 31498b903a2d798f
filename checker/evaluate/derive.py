"""The derive stage (pandas): from a submission's school table to the figures the 优质均衡 and
学前普及普惠 assessments are computed from, each with its lineage.

- Per school and section (小学 / 初中; a 九年一贯制 school has both), the seven resource indicators
  of 教督〔2017〕6号: qualified teachers per 100 pupils (per section), and backbone teachers, PE/art
  teachers and multimedia rooms per 100 pupils, teaching and auxiliary area, sports area and
  equipment value per pupil (school-wide resources over all its compulsory pupils: shared in
  proportion to pupils, they are the same per pupil in either section).
- Excluded, as the documents say: special-education and vocational schools, and 教学点 with fewer
  than 50 pupils (they are listed as excluded, never silently dropped).
- The enrolment-weighted coefficient of variation (差异系数) per indicator and section:
  X̄ = Σ PᵢXᵢ / N, S = √(Σ (Pᵢ/N)(Xᵢ − X̄)²), CV = S / X̄ (sources §7).
- Kindergarten totals (children, teachers, certified teachers) over the 幼儿园 rows.

Derived facts are ordinary facts for the engine; their lineage (formula, schools, rows) travels
in `Submission.derived` and into the findings that use them.
"""

from __future__ import annotations

import math
from dataclasses import replace
from functools import lru_cache

from checker.evaluate.consistency import NO_BAND, Detail
from checker.model import BadFact, Citation, Fact, Location, School, Submission

RESOURCES = (  # (id, zh, en, numerator column, per, section-specific numerator)
    ("degree_per100", "每百名学生拥有高于规定学历教师数", "teachers above the required degree per 100 pupils",
     "teachers_above_degree", 100, True),
    ("backbone_per100", "每百名学生拥有县级以上骨干教师数", "backbone teachers per 100 pupils", "backbone_teachers",
     100, False),
    ("pe_art_per100", "每百名学生拥有体育艺术专任教师数", "PE and art teachers per 100 pupils", "pe_art_teachers", 100,
     False),
    ("aux_area_per_student", "生均教学及辅助用房面积", "teaching and auxiliary area per pupil (m²)", "teaching_aux_area",
     1, False),
    ("sports_area_per_student", "生均体育运动场馆面积", "sports area per pupil (m²)", "sports_area", 1, False),
    ("equipment_per_student", "生均教学仪器设备值", "equipment value per pupil (元)", "equipment_value", 1, False),
    ("multimedia_per100", "每百名学生拥有网络多媒体教室数", "multimedia classrooms per 100 pupils", "multimedia_rooms",
     100, False),
)
SECTIONS = {"小学": ("primary",), "教学点": ("primary",), "初中": ("junior",), "九年一贯制": ("primary", "junior"),
            "十二年一贯制": ("primary", "junior"), "完全中学": ("junior",)}
EXCLUDED_TYPES = {"特殊教育学校": "special-education school", "中职": "vocational school"}
SMALL_POINT = 50


@lru_cache(maxsize=4)
def sections(schools: tuple[School, ...]):
    """One row per school and section: pupils, the seven indicators, and why a row is excluded.
    Built once per school table (derive and each stage's 6-of-7 check read it); never mutated."""
    import pandas as pd

    rows = []
    for s in schools:
        total = (s.get("students_primary") or 0) + (s.get("students_junior") or 0)
        for section in SECTIONS.get(s.type, ()):
            pupils = s.get(f"students_{section}") or 0
            if not pupils:
                continue
            row = {"code": s.code, "name": s.name, "type": s.type, "section": section, "pupils": pupils,
                   "total": total, "place": str(s.location), "excluded": ""}
            if s.type == "教学点" and total < SMALL_POINT:
                row["excluded"] = f"教学点 with {total} pupils (< {SMALL_POINT})"
            for key, _, _, column, per, by_section in RESOURCES:
                numerator = s.get(f"{column}_{section}" if by_section else column)
                base = pupils if by_section else total
                # multiply first and round off binary noise: 9 × 100 / 1000 is 0.9, not 0.8999999999999999
                row[key] = math.nan if numerator is None else round(numerator * per / base, 9)
            rows.append(row)
    for s in schools:
        if s.type in EXCLUDED_TYPES:
            rows.append({"code": s.code, "name": s.name, "type": s.type, "section": None, "pupils": 0, "total": 0,
                         "place": str(s.location), "excluded": EXCLUDED_TYPES[s.type]})
    return pd.DataFrame(rows)


def weighted_cv(values, weights) -> tuple[float, float]:
    """(CV, weighted mean) with X̄ = ΣPX/N and S = √(Σ(P/N)(X−X̄)²)."""
    import numpy as np

    x, p = np.asarray(values, dtype=float), np.asarray(weights, dtype=float)
    n = p.sum()
    mean = float((p * x).sum() / n)
    sd = float(math.sqrt(((p / n) * (x - mean) ** 2).sum()))
    return (sd / mean if mean else math.nan), mean


def derive(sub: Submission) -> Submission:
    """The submission with its derived facts (CVs, kindergarten totals) and their lineage."""
    if not sub.schools_file:
        return sub
    table = sub.schools_file
    if sub.bad_schools:  # a CV or total over the readable rows only would judge the county wrongly
        bad = tuple(BadFact(f"cv_{key}", section, sub.period, Location(table), "unreadable school-table rows: "
                            + ", ".join(sub.bad_schools)) for key, *_ in RESOURCES for section in ("primary", "junior"))
        bad += tuple(BadFact(k, None, sub.period, Location(table), "unreadable school-table rows")
                     for k in ("kg_children", "kg_teachers", "kg_certified_teachers"))
        return replace(sub, bad_facts=sub.bad_facts + bad)
    facts, lineage = [], []
    frame = sections(sub.schools)
    if len(frame):
        used = frame[frame["excluded"] == ""]
        for key, zh, en, *_ in RESOURCES:
            for section in ("primary", "junior"):
                part = used[used["section"] == section]
                if part.empty or part[key].isna().any():
                    continue
                cv, mean = weighted_cv(part[key], part["pupils"])
                if math.isnan(cv):
                    continue
                far = part.assign(distance=(part[key] - mean).abs()).sort_values(["distance", "code"],
                                                                                 ascending=[False, True]).head(3)
                locator = f"derived: enrolment-weighted CV of {key} over {len(part)} schools"
                fact = Fact(f"cv_{key}", section, sub.period, round(cv, 6), "", None, None,
                            Citation(table, locator), Location(table, path=f"{len(part)} rows"))
                facts.append(fact)
                lineage.append((fact.key, (
                    {"formula": "CV = √(Σ(Pᵢ/N)(Xᵢ − X̄)²) / X̄, X̄ = ΣPᵢXᵢ / N", "indicator": f"{zh} {en}",
                     "schools": len(part), "pupils": int(part["pupils"].sum()), "mean": round(mean, 4),
                     "excluded": frame.loc[frame["excluded"] != "", ["name", "excluded"]].to_dict("records")},
                    *({"school": r.name, "code": r.code, "value": round(getattr(r, key), 4), "pupils": int(r.pupils),
                       "row": r.place, "note": "farthest from the mean"} for r in far.itertuples()))))
    kgs = [s for s in sub.schools if s.type == "幼儿园"]
    for key, column in (("kg_children", "children"), ("kg_teachers", "kg_teachers"),
                        ("kg_certified_teachers", "kg_certified_teachers")):
        if kgs and all(s.get(column) is not None for s in kgs):
            total = sum(s.get(column) for s in kgs)
            fact = Fact(key, None, sub.period, total, "人", None, None,
                        Citation(table, f"derived: sum of {column} over {len(kgs)} kindergartens"),
                        Location(table, path=f"{len(kgs)} rows"))
            facts.append(fact)
            lineage.append((fact.key, ({"formula": f"Σ {column} over the 幼儿园 rows", "schools": len(kgs)},
                                       *({"school": s.name, "code": s.code, "value": s.get(column),
                                          "row": str(s.location)} for s in kgs))))
    return replace(sub, facts=sub.facts + tuple(facts), derived=sub.derived + tuple(lineage))


def school_details(check: str, sub: Submission, stage: str | None, threshold) -> list[Detail]:
    """Per-school comparisons for a school check; `threshold(name)` is the parameter in force."""
    if not sub.schools:
        return []
    frame = sections(sub.schools)
    out = []
    if check == "school_resources":
        part = frame[(frame["excluded"] == "") & (frame["section"] == stage)]
        for r in part.itertuples():
            for key, zh, en, *_ in RESOURCES:
                standard = threshold(f"{key}_min")
                value = getattr(r, key)
                d = Detail(key, [], f"{r.name} {zh}", f"{r.name} {en}", point=value)
                d.school, d.place = r.name, r.place
                if math.isnan(value):
                    d.missing_zh, d.missing_en = "学校表缺该项", "the school table lacks this figure"
                else:
                    d.computed, d.stated = (value, value), (standard, 1e15)
                    d.truncated = (standard * threshold("floor_share"), standard)
                    d.standard = standard
                out.append(d)
    elif check == "school_size":
        for s in sub.schools:
            if s.type not in SECTIONS:
                continue
            pupils = (s.get("students_primary") or 0) + (s.get("students_junior") or 0)
            cap = threshold("size_max_through" if s.type in ("九年一贯制", "十二年一贯制") else "size_max")
            out.append(_cap(s, pupils, cap, f"{s.name} 在校生", f"{s.name} pupils"))
    elif check == "class_size":
        for s in sub.schools:
            if stage not in SECTIONS.get(s.type, ()) or not s.get(f"students_{stage}"):
                continue
            size = s.get(f"max_class_size_{stage}")
            d = _cap(s, size, threshold("class_size_max"), f"{s.name} 最大班额", f"{s.name} largest class")
            out.append(d)
    return out


def _cap(s: School, value, cap: float, zh: str, en: str) -> Detail:
    d = Detail("cap", [], zh, en, point=value)
    d.school, d.place, d.standard = s.name, str(s.location), cap
    if value is None:
        d.missing_zh, d.missing_en = "学校表缺该项", "the school table lacks this figure"
    else:
        d.computed, d.stated, d.truncated = (value, value), (-1e15, cap), NO_BAND
    return d
