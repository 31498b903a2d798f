"""The derive stage: from a submission's school table to the figures the 优质均衡, 基本均衡
and 学前普及普惠 assessments are computed from, each with its lineage; a figure the table cannot give
is the county's reported one (the dictionary's `reported`).

- Per school and section (小学 / 初中; a 九年一贯制 school has both), the seven resource indicators
  of 教督〔2017〕6号: qualified teachers per 100 pupils (per section), and backbone teachers, PE/art
  teachers and multimedia rooms per 100 pupils, teaching and auxiliary area, sports area and
  equipment value per pupil. School-wide resources are shared over ALL the school's pupils,
  senior ones included (a 完全中学 or 十二年一贯制 school's sports ground serves its 高中 too), in
  proportion to pupils × the section weight of checker/data/school_columns.yaml
  (`section_weights`, equal by default: the CV definition counts pupils).
- Excluded, as the documents say: special-education and vocational schools, and 教学点 with fewer
  than 50 pupils (they are listed as excluded, never silently dropped).
- The enrolment-weighted coefficient of variation (差异系数) per indicator and section:
  X̄ = Σ PᵢXᵢ / N, S = √(Σ (Pᵢ/N)(Xᵢ − X̄)²), CV = S / X̄ (sources §7).
- Kindergarten totals (children, teachers, certified teachers) over the 幼儿园 rows.
- Growth rates and ratios the dictionary declares `computed:` (issue 20): a rate the county does not
  state is computed from the level figures — (x − prev(x)) / |prev(x)| × 100, or x / y × 100 —, or,
  when last year's figure is not given, taken from the county's own stated change on this year's
  figure (its quote). A stated rate is never overridden; figures in conflict make the rate unreadable
  (an `error` naming them), never a guess.

Derived facts are ordinary facts for the engine; their lineage (formula, schools, rows) travels
in `Submission.derived` and into the findings that use them.
"""

from __future__ import annotations

import math
from dataclasses import replace
from functools import lru_cache

from checker.evaluate.messages import both
from checker.i18n import t
from checker.intake.indicators import dictionary
from checker.intake.schools import section_weights
from checker.model import BadFact, Citation, Fact, Location, School, Submission

RESOURCES = (  # 优质均衡's seven: (id, zh, en, numerator column, per, section-specific numerator)
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
BASIC_ONLY = (  # 基本均衡 (教督〔2012〕3号) adds four of its own to four of the seven
    ("computers_per100", "每百名学生拥有计算机台数", "computers per 100 pupils", "computers", 100, False),
    ("books_per_student", "生均图书册数", "books per pupil", "books", 1, False),
    ("teachers_per100", "师生比(每百名学生专任教师数)", "full-time teachers per 100 pupils", "full_time_teachers",
     100, True),
    ("mid_title_per100", "每百名学生拥有中级及以上专业技术职务教师数", "teachers with a mid-level or higher title per 100 pupils",
     "mid_title_teachers", 100, True),
)
ALL_RESOURCES = RESOURCES + BASIC_ONLY
# 综合差异系数 = the mean of these eight single CVs (sources §7); per pupil or per 100 pupils gives the
# same CV, so the 生均高于规定学历教师数 of 基本均衡 is the seven's degree_per100
COMPOSITE = ("aux_area_per_student", "sports_area_per_student", "equipment_per_student", "computers_per100",
             "books_per_student", "teachers_per100", "degree_per100", "mid_title_per100")
CV_KEYS = tuple(f"cv_{key}" for key, *_ in ALL_RESOURCES) + ("cv_composite",)
KG_TOTALS = (("kg_children", "children"), ("kg_teachers", "kg_teachers"),
             ("kg_certified_teachers", "kg_certified_teachers"), ("kg_principals", "kg_principals"),
             ("kg_certified_principals", "kg_certified_principals"))
SECTIONS = {"小学": ("primary",), "教学点": ("primary",), "初中": ("junior",), "九年一贯制": ("primary", "junior"),
            "十二年一贯制": ("primary", "junior"), "完全中学": ("junior",)}
WITH_SENIOR = ("十二年一贯制", "完全中学")  # schools whose resources also serve senior pupils
EXCLUDED_TYPES = {"特殊教育学校": "special-education school", "中职": "vocational school"}
SMALL_POINT = 50


@lru_cache(maxsize=1)
def fallbacks() -> tuple[tuple[str, str | None, str, str | None], ...]:
    """(derived id, its stage, reported id, the reported stage): a derived figure the school table
    cannot give is the county's reported one, keeping its own citation (the dictionary's
    `reported`): kindergarten totals from the 学前 figures, CVs from a published 差异系数 table."""
    out = []
    for key, spec in dictionary().items():
        if spec.derived and spec.reported:
            stages = (None,) if spec.stages in ("none", "any") else spec.stages
            out += [(key, stage, spec.reported[0], spec.reported[1] or stage) for stage in stages]
    return tuple(out)


TABLE = "derived: "  # how a figure computed from the school table begins its English locator


def made_here(document: str | None, key: str, **fields) -> Citation:
    """The citation of a figure the checker made: how, in Chinese and English, from the catalogue."""
    zh, en = both(key, **fields)
    return Citation(document, zh, locator_en=en)


def from_table(fact: Fact, table_file: str | None) -> bool:
    """Whether a derived figure was computed from the school table `table_file` (not taken from
    the county's reported figures)."""
    locator = fact.citation.locator_en
    return table_file is not None and fact.citation.document == table_file and locator is not None \
        and locator.startswith(TABLE)


class Rows(tuple):
    """Row dicts; `rows["column"]` is a column as a list (NaN where a row lacks it)."""

    def __getitem__(self, key):
        if isinstance(key, str):
            return [row.get(key, math.nan) for row in self]
        return super().__getitem__(key)


def sections(schools: tuple[School, ...]) -> Rows:
    """One row per school and section: pupils, the seven indicators, and why a row is excluded.
    Built once per school table (derive and each stage's 6-of-7 check read it; the last table's
    rows are kept, by identity: hashing a table of School records cost more than building it);
    never mutated. Plain rows, not a DataFrame: a county's table is tens of rows, where pandas'
    per-call overhead was most of the cost of a school-level batch."""
    if _LAST_SECTIONS[0] is schools:
        return _LAST_SECTIONS[1]
    rows = _sections(schools)
    _LAST_SECTIONS[:] = [schools, rows]
    return rows


_LAST_SECTIONS: list = [None, None]
sections.cache_clear = lambda: _LAST_SECTIONS.__setitem__(slice(None), [None, None])  # type: ignore[attr-defined]


# per section: (indicator, the numerator's column, per, section-specific)
_SPEC = {section: tuple((key, f"{column}_{section}" if by_section else column, per, by_section)
                        for key, _, _, column, per, by_section in ALL_RESOURCES) for section in ("primary", "junior")}


def _sections(schools: tuple[School, ...]) -> Rows:
    rows = []
    weights = section_weights()
    nan = math.nan
    for s in schools:
        if s.type not in SECTIONS:
            continue
        get = dict(s.values).get
        primary, junior = get("students_primary") or 0, get("students_junior") or 0
        total = primary + junior
        senior = get("students_senior")
        # resources shared over every pupil, weighted: Σ wₖ·Pₖ (a senior count is required where
        # the school has senior sections: without it a per-pupil figure would be inflated)
        shared = (nan if s.type in WITH_SENIOR and senior is None else
                  sum((weights["primary"] * primary, weights["junior"] * junior, weights["senior"] * (senior or 0))))
        place = str(s.location)
        for section in SECTIONS[s.type]:
            pupils = primary if section == "primary" else junior
            if not pupils:
                continue
            row = {"code": s.code, "name": s.name, "type": s.type, "section": section, "pupils": pupils,
                   "total": total, "place": place, "excluded": ""}
            if s.type == "教学点" and total < SMALL_POINT:
                row["excluded"] = f"教学点 with {total} pupils (< {SMALL_POINT})"
            # per pupil of this section: Rᵢ·w / Σ wₖPₖ (by-section figures: over the section's pupils)
            whole = shared / weights[section]
            for key, column, per, by_section in _SPEC[section]:
                numerator = get(column)
                base = pupils if by_section else whole
                # multiply first and round off binary noise: 9 × 100 / 1000 is 0.9, not 0.8999999999999999
                row[key] = (nan if numerator is None or base != base else round(numerator * per / base, 9))
            rows.append(row)
    for s in schools:
        if s.type in EXCLUDED_TYPES:
            rows.append({"code": s.code, "name": s.name, "type": s.type, "section": None, "pupils": 0, "total": 0,
                         "place": str(s.location), "excluded": EXCLUDED_TYPES[s.type]})
    return Rows(rows)


def weighted_cv(values, weights) -> tuple[float, float]:
    """(CV, weighted mean) with X̄ = ΣPX/N and S = √(Σ(P/N)(X−X̄)²)."""
    import numpy as np

    x, p = np.asarray(values, dtype=float), np.asarray(weights, dtype=float)
    n = p.sum()
    mean = float((p * x).sum() / n)
    sd = float(math.sqrt(((p / n) * (x - mean) ** 2).sum()))
    return (sd / mean if mean else math.nan), mean


def weighted_cvs(table, weights) -> list[tuple[float, float]]:
    """`weighted_cv` of every row of `table` (indicators × schools) in one pass, to the last
    digit the same: the same float64 operations, and each row summed along its own contiguous
    axis as a 1-d array is (numpy's pairwise sum)."""
    import numpy as np

    x, p = np.ascontiguousarray(table, dtype=float), np.asarray(weights, dtype=float)
    n = p.sum()
    means = (p * x).sum(axis=1) / n
    means = [float(m) for m in means]
    spread = ((p / n) * (x - np.asarray(means)[:, None]) ** 2).sum(axis=1)
    out = []
    for mean, ss in zip(means, spread):
        sd = float(math.sqrt(ss))
        out.append(((sd / mean if mean else math.nan), mean))
    return out


def farthest(table, means: list[float], codes: list[str], n: int = 3) -> list[list[int]]:
    """Per row of `table` (indicators × schools), the positions of the `n` values farthest from
    its mean, ties by school code: what `heapq.nsmallest(n, schools, key=(-|x − X̄|, code))` picks
    (the same float64 operations), for every indicator in one numpy pass."""
    import numpy as np

    x = np.asarray(table, dtype=float)
    deviation = np.abs(x - np.asarray(means, dtype=float)[:, None])
    rank = np.empty(len(codes), dtype=np.intp)
    rank[sorted(range(len(codes)), key=codes.__getitem__)] = np.arange(len(codes))
    return [np.lexsort((rank, -row))[:n].tolist() for row in deviation]


def derive(sub: Submission) -> Submission:
    """The submission with its derived facts (CVs, kindergarten totals) and their lineage; a figure
    the school table cannot give comes from the county's reported one (fallbacks())."""
    facts, lineage, bad = [], [], []
    table = sub.schools_file
    if table and sub.bad_schools:  # a CV or total over the readable rows only would judge the county wrongly
        bad = [BadFact(key, section, sub.period, Location(table),
                       t("derive.unreadable_rows", rows=tuple(sub.bad_schools))) for key, section, *_ in fallbacks()]
    elif table:
        _from_table(sub, table, facts, lineage)
    given = {(f.indicator, f.stage) for f in facts} | {(b.indicator, b.stage) for b in bad}
    for key, stage, reported, reported_stage in fallbacks():
        if (key, stage) in given:
            continue
        for f in sub.facts:
            if f.indicator == reported and f.stage == reported_stage:
                copy = replace(f, indicator=key, stage=stage, stated=())
                facts.append(copy)
                if not copy.is_claim:
                    lineage.append((copy.key, ({"formula": f"reported: {reported}"
                                                + (f" ({reported_stage})" if reported_stage else ""),
                                                "row": str(f.location)},)))
        bad += [replace(b, indicator=key, stage=stage) for b in sub.bad_facts
                if b.indicator == reported and b.stage == reported_stage]
    _composite_from_stated(sub, facts, lineage)
    if computing():
        _computed(sub, facts, lineage, bad)
    if not facts and not bad:
        return sub
    return replace(sub, facts=sub.facts + tuple(facts), bad_facts=sub.bad_facts + tuple(bad),
                   derived=sub.derived + tuple(lineage))


def _composite_from_stated(sub: Submission, facts: list, lineage: list) -> None:
    """The 综合差异系数 of a section neither the school table nor the county gives, from the eight
    single CVs the county publishes (its 差异系数 table): their mean, as from the table. Only the
    stated ones, one value each: a composite never mixes the table's CVs with the county's."""
    spec = dictionary()
    stated = {spec[f"cv_{key}"].reported[0]: key for key in COMPOSITE}
    for section in ("primary", "junior"):
        if any(f.indicator == "cv_composite" and f.stage == section for f in facts):
            continue
        found: dict[str, list] = {}
        for f in sub.facts:
            if f.indicator in stated and f.stage == section and f.period == sub.period and not f.is_claim:
                found.setdefault(stated[f.indicator], []).append(f)
        if len(found) < len(COMPOSITE) or any(len({f.value for f in fs}) != 1 for fs in found.values()):
            continue  # a CV missing, or stated twice differently (the single CV's criteria say so)
        singles = {key: found[key][0] for key in COMPOSITE}
        value = round(sum(float(f.value) for f in singles.values()) / len(COMPOSITE), 6)
        first = singles[COMPOSITE[0]]
        fact = Fact("cv_composite", section, sub.period, value, "", None, None,
                    made_here(first.citation.document, "derive.locator.composite_stated"),
                    Location(first.location.file, path="Σ " + ", ".join(str(f.location) for f in singles.values()) + " / 8"))
        facts.append(fact)
        lineage.append((fact.key, ({"formula": "综合差异系数 = mean of the 8 single CVs the county states"},
                                   *({"indicator": key, "cv": f.value, "row": str(f.location)}
                                     for key, f in singles.items()))))


def _from_table(sub: Submission, table_file: str, facts: list, lineage: list) -> None:
    """CVs per indicator and section, the composite CV, kindergarten totals and class compliance."""
    import numpy as np

    frame = sections(sub.schools)
    if len(frame):
        used = [r for r in frame if r["excluded"] == ""]
        excluded = [{"name": r["name"], "excluded": r["excluded"]} for r in frame if r["excluded"] != ""]
        for section in ("primary", "junior"):
            part = [r for r in used if r["section"] == section]
            if not part:
                continue
            pupils = [r["pupils"] for r in part]
            # the indicators every school of the section gives, all CVs in one numpy pass
            columns = [[r[key] for r in part] for key, *_ in ALL_RESOURCES]
            known = [(spec, column) for spec, column in zip(ALL_RESOURCES, columns) if not any(x != x for x in column)]
            table = [column for _, column in known]
            cvs = weighted_cvs(table, pupils) if known else []
            total = int(sum(pupils)) if all(isinstance(x, int) for x in pupils) else int(np.asarray(pupils).sum())
            singles = {}
            far_of = farthest(table, [mean for _, mean in cvs], [r["code"] for r in part]) if known else []
            for ((key, zh, en, *_), _), (cv, mean), order in zip(known, cvs, far_of):
                if math.isnan(cv):
                    continue
                singles[key] = round(cv, 6)
                far = [part[i] for i in order]
                fact = Fact(f"cv_{key}", section, sub.period, singles[key], "", None, None,
                            made_here(table_file, "derive.locator.cv", name=(zh, en), indicator=key, n=len(part)),
                            Location(table_file, path=f"{len(part)} rows"))
                facts.append(fact)
                lineage.append((fact.key, (
                    {"formula": "CV = √(Σ(Pᵢ/N)(Xᵢ − X̄)²) / X̄, X̄ = ΣPᵢXᵢ / N", "indicator": f"{zh} {en}",
                     "schools": len(part), "pupils": total, "mean": round(mean, 4), "excluded": excluded},
                    *({"school": r["name"], "code": r["code"], "value": round(r[key], 4), "pupils": int(r["pupils"]),
                       "row": r["place"], "note": "farthest from the mean"} for r in far))))
            if all(k in singles for k in COMPOSITE):
                value = round(sum(singles[k] for k in COMPOSITE) / len(COMPOSITE), 6)
                fact = Fact("cv_composite", section, sub.period, value, "", None, None,
                            made_here(table_file, "derive.locator.composite_table", n=len(part)),
                            Location(table_file, path=f"{len(part)} rows"))
                facts.append(fact)
                lineage.append((fact.key, ({"formula": "综合差异系数 = mean of the 8 single CVs", "schools": len(part),
                                            "excluded": excluded},
                                           *({"indicator": k, "cv": singles[k]} for k in COMPOSITE))))
    kgs = [s for s in sub.schools if s.type == "幼儿园"]
    for key, column in KG_TOTALS:
        if kgs and all(s.get(column) is not None for s in kgs):
            total = sum(s.get(column) for s in kgs)
            fact = Fact(key, None, sub.period, total, "人", None, None,
                        made_here(table_file, "derive.locator.kg_total", column=column, n=len(kgs)),
                        Location(table_file, path=f"{len(kgs)} rows"))
            facts.append(fact)
            lineage.append((fact.key, ({"formula": f"Σ {column} over the 幼儿园 rows", "schools": len(kgs)},
                                       *({"school": s.name, "code": s.code, "value": s.get(column),
                                          "row": str(s.location)} for s in kgs))))
    if kgs and all(s.get("kg_classes") is not None and s.get("kg_classes_within_norm") is not None for s in kgs):
        classes = sum(s.get("kg_classes") for s in kgs)
        if classes:
            share = round(sum(s.get("kg_classes_within_norm") for s in kgs) * 100 / classes, 9)
            fact = Fact("kg_class_compliance_share", None, sub.period, share, "%", None, None,
                        made_here(table_file, "derive.locator.kg_classes", n=len(kgs)),
                        Location(table_file, path=f"{len(kgs)} rows"))
            facts.append(fact)
            lineage.append((fact.key, ({"formula": "Σ kg_classes_within_norm / Σ kg_classes × 100",
                                        "classes": classes},)))


@lru_cache(maxsize=1)
def computing() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(indicator, its formula) of every indicator the dictionary declares `computed:`."""
    return tuple((key, spec.computed) for key, spec in dictionary().items() if spec.computed)


def _computed(sub: Submission, facts: list, lineage: list, bad: list) -> None:
    """Growth rates and ratios of the evaluated year the county did not state, from its level
    figures (the whole entity's: a scope is another quantity), each with its lineage."""
    present = {f.indicator for f in sub.facts}
    wanted = [(key, formula) for key, formula in computing() if formula[1] in present]
    if not wanted:  # the common case: none of the level figures is given
        return
    numeric: dict[tuple, list[Fact]] = {}
    stated_keys = set()  # a figure stated (a claim without one does not stop the computation)
    for f in sub.facts:
        if not f.is_claim:
            stated_keys.add(f.key)
        if not f.is_claim and not isinstance(f.value, str) and f.scope is None:
            numeric.setdefault(f.key, []).append(f)
    unreadable = {b.indicator for b in sub.bad_facts}
    period = sub.period
    for key, formula in wanted:
        if key in unreadable:
            continue  # a stated rate that could not be read: its criteria say `error`, nothing replaces it
        spec = dictionary()[key]
        source = formula[1]
        stages = sorted({f.stage for f in sub.facts if f.indicator == source and f.period == period
                         and spec.allows_stage(f.stage)}, key=lambda s: s or "")
        for stage in stages:
            if (key, stage, period) in stated_keys:
                continue  # stated: a computed figure never overrides it
            if formula[0] == "growth":
                made = _growth(key, source, stage, period, numeric)
            else:
                made = _ratio(key, source, formula[2], stage, period, numeric)
            if made is None:
                continue
            if isinstance(made, BadFact):
                bad.append(made)
                continue
            fact, entry = made
            facts.append(fact)
            lineage.append((fact.key, (entry,)))


def _one(numeric: dict, key: tuple) -> Fact | list[Fact] | None:
    """The figure at `key`, None when absent, or the figures when they disagree."""
    found = numeric.get(key)
    if not found:
        return None
    return found[0] if len({f.value for f in found}) == 1 else found


def _source(f: Fact) -> dict:
    """A level figure a computed one rests on, as the finding shows it: as written, and where."""
    return {"indicator": f.indicator, "stage": f.stage, "period": f.period, "value_as_written": f.value_as_written,
            "unit_as_written": f.unit_as_written, "locator": f.citation.locator, "quote": f.citation.quote,
            "place": str(f.location)}


def _conflict(key: str, stage: str | None, period: int, figures: list[Fact]) -> BadFact:
    listing = ", ".join(f"{f.indicator} {f.period} {f.value_as_written} {f.unit_as_written or ''}".rstrip()
                        + f" @ {f.location}" for f in figures)
    return BadFact(key, stage, period, figures[0].location, t("growth.computed_conflict", figures=listing))


def _made(key: str, stage: str | None, period: int, value: float, kind: str, formula: str,
          sources: list[Fact]) -> tuple[Fact, dict]:
    value = round(value, 9)
    written = f"{value:.2f}"
    first = sources[0]
    fact = Fact(key, stage, period, value, "%", written, "%",
                made_here(None, "derive.locator.computed", formula=formula),
                Location(first.location.file, path="computed from " + ", ".join(
                    str(f.location.path or f.location) for f in sources)))
    return fact, {"computed": kind, "indicator": key, "stage": stage, "period": period, "value": round(value, 4),
                  "formula": formula, "sources": [_source(f) for f in sources]}


def _growth(key: str, source: str, stage: str | None, period: int, numeric: dict):
    cur = _one(numeric, (source, stage, period))
    prior = _one(numeric, (source, stage, period - 1))
    if cur is None:
        return None
    for figures in (cur, prior):
        if isinstance(figures, list):
            return _conflict(key, stage, period, figures)
    if prior is not None:
        if not prior.value:
            return None  # a growth on nothing is undefined: the rate stays missing
        value = (float(cur.value) - float(prior.value)) / abs(float(prior.value)) * 100
        return _made(key, stage, period, value, "growth",
                     f"({source} {period} − {source} {period - 1}) / |{source} {period - 1}| × 100", [cur, prior])
    # last year's figure not given: the county's own stated change on this year's figure, if it states one
    stating = [(f, x) for f in numeric[(source, stage, period)] for x in f.stated if x.kind == "change_pct"]
    if not stating:
        return None
    if len({x.value for _, x in stating}) > 1:
        changes = ", ".join(f"{x.value_as_written}% @ {f.location}" for f, x in stating)
        return BadFact(key, stage, period, stating[0][0].location, t("growth.stated_rates_disagree", changes=changes))
    f, stated = stating[0]
    fact = replace(f, indicator=key, stage=stage, value=stated.value, unit="%",
                   value_as_written=stated.value_as_written, unit_as_written="%", stated=())
    return fact, {"computed": "stated_change", "indicator": key, "stage": stage, "period": period,
                  "value": stated.value, "value_as_written": stated.value_as_written,
                  "formula": f"the change on {period - 1} stated with {source} {period}",
                  "sources": [_source(f)]}


def _ratio(key: str, num: str, den: str, stage: str | None, period: int, numeric: dict):
    a, b = _one(numeric, (num, stage, period)), _one(numeric, (den, stage, period))
    if a is None or b is None:
        return None
    for figures in (a, b):
        if isinstance(figures, list):
            return _conflict(key, stage, period, figures)
    if not b.value:
        return None
    return _made(key, stage, period, float(a.value) / float(b.value) * 100, "ratio",
                 f"{num} {period} / {den} {period} × 100", [a, b])
