"""SYNTHETIC counties for the history store's tests (not real places or figures): one province
(52), three rounds — 2020-终审 (each county's own 2020 report), 2021-初审 and 2021-复审 — with on
purpose: a fix (甲), a new failure (乙), a restated base year that makes 只增不减 pass (丙), a waived
failure (丁), a failure whose waiver expired (戊), a 元/万元 slip that is then corrected (己), a
submission withdrawn (庚) and one new (辛), and one that leaves last year's figures out (壬)."""

from __future__ import annotations

from pathlib import Path

PROVINCE = "52"
COUNTIES = {"520102": "合成甲县", "520103": "合成乙县", "520104": "合成丙县", "520105": "合成丁县",
            "520106": "合成戊县", "520107": "合成己县", "520108": "合成庚县", "520109": "合成辛县",
            "520110": "合成壬县"}
A, B, C, D, E, F, G, H, I = COUNTIES  # noqa: E741 - the counties in order
STAGES = ("kindergarten", "primary", "junior", "senior", "vocational")
PER_STUDENT = {"kindergarten": 5400.00, "primary": 10800.00, "junior": 12100.00, "senior": 11400.00,
               "vocational": 10000.00}
TOTAL = {2019: "4.80", 2020: "5.00", 2021: "5.12"}  # 亿元
ROUNDS = ("2020-终审", "2021-初审", "2021-复审")

WAIVERS = """\
# SYNTHETIC waivers for tests/rounds_data.py
waivers:
  - entity: "520105"
    period: 2021
    criterion: DUT-FUND-02
    stage: vocational
    reason: 中职学校并入市属职教中心,在校生口径调整
    approver: 省督导室 王某
    expires: 2099-12-31
  - entity: "520106"
    period: 2021
    criterion: DUT-FUND-01
    stage: null
    reason: 上年含一次性债务置换支出
    approver: 省督导室 王某
    expires: 2022-06-30
  - entity: "520199"
    period: 2021
    criterion: DUT-FUND-01
    stage: null
    reason: 名单外单位
    approver: 省督导室 王某
    expires: 2099-12-31
"""


def _per_student(stage: str, year: int) -> float:
    return round(PER_STUDENT[stage] * {2019: 0.98, 2020: 1.0, 2021: 1.02}[year], 2)


def figures(code: str, round_name: str) -> tuple[int, dict]:
    """(period, {(indicator, stage, year): (value as written, unit)}) for a county in a round."""
    period = 2020 if round_name == "2020-终审" else 2021
    years = (period, period - 1)
    out = {}
    for y in years:
        out[("edu_general_budget_expenditure", None, y)] = (TOTAL[y], "亿元")
        for s in STAGES:
            out[("per_student_general_budget_expenditure", s, y)] = (f"{_per_student(s, y):.2f}", "元")
    if period == 2020:
        return period, out
    first = round_name == "2021-初审"
    ps = "per_student_general_budget_expenditure"
    if code == A and first:  # 甲: primary falls in the first submission; corrected in the second
        out[(ps, "primary", 2021)] = (f"{_per_student('primary', 2020) - 100:.2f}", "元")
    if code == B and not first:  # 乙: the resubmission lowers this year's total below last year's
        out[("edu_general_budget_expenditure", None, 2021)] = ("4.90", "亿元")
    if code == C:  # 丙: 2020 junior first submitted as 12100.00, restated 11800.00; 2021 is 11950.00
        out[(ps, "junior", 2020)] = ("11800.00", "元")
        out[(ps, "junior", 2021)] = ("11950.00", "元")
    if code == D:  # 丁: vocational falls (waived)
        out[(ps, "vocational", 2021)] = (f"{_per_student('vocational', 2020) - 50:.2f}", "元")
    if code == E:  # 戊: the total falls (its waiver has expired)
        out[("edu_general_budget_expenditure", None, 2021)] = ("4.95", "亿元")
    if code == F and first:  # 己: 5.12 亿元 written as 5.12 万元
        out[("edu_general_budget_expenditure", None, 2021)] = ("5.12", "万元")
    if code == I:  # 壬: leaves last year's per-student figures out
        out = {k: v for k, v in out.items() if not (k[0] == ps and k[2] == 2020)}
    return period, out


def members(round_name: str) -> list[str]:
    codes = [A, B, C, D, E, F, I]
    if round_name == "2021-初审":
        codes.append(G)
    if round_name == "2021-复审":
        codes.append(H)
    if round_name == "2020-终审":
        codes += [G]
    return sorted(codes)


def write_round(root: Path, round_name: str) -> Path:
    folder = root / round_name
    folder.mkdir(parents=True, exist_ok=True)
    for code in members(round_name):
        period, figs = figures(code, round_name)
        lines = [f"# SYNTHETIC submission for tests/rounds_data.py ({round_name})",
                 f'entity: {{code: "{code}", name: {COUNTIES[code]}, level: county, region: west}}',
                 f"period: {period}", "documents: [{id: self-report, title: 自查自评报告(合成)}]", "facts:"]
        for (indicator, stage, year), (value, unit) in sorted(figs.items(), key=lambda kv: (kv[0][0], kv[0][1] or "",
                                                                                           -kv[0][2])):
            st = f", stage: {stage}" if stage else ""
            lines.append(f'  - {{indicator: {indicator}{st}, period: {year}, value: "{value}", unit: "{unit}", '
                         f'source: {{document: self-report, locator: "二(五)"}}}}')
        (folder / f"{code}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder
