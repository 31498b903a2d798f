"""`checker extract`: measured against the hand transcriptions of the seeds and of three real funding
bulletins, quotes exact, nothing wrongly attached, drafts marked until a person confirms them."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.api import check, extract_report, measure_extraction
from checker.cli import app
from checker.intake.extract import ReportError, draft_yaml, extract_text
from conftest import ROOT, SEEDS, SUBMISSIONS, cjk_hex, cjk_pdf, pdf_file

REPORTS = ROOT / "tests" / "data" / "reports"
# document, hand transcription, entity, evaluated year, (least numeric facts found, of how many)
CORPUS = [
    (SEEDS / "000_1afc5dbe69f06f0f.txt", SUBMISSIONS / "qujing-2021.yaml", "530300", 2021, (21, 21)),
    # 002 and 001 state one figure twice differently (43/45 民办幼儿园; 98.5%/98.91 毛入园率): since h-extract6 the
    # inferred one of 002, both of 001, are listed `stated_twice` for a person (guards.py)
    (SEEDS / "002_36dbaba7e56358f4.txt", SUBMISSIONS / "chengzhong-2018.yaml", "630103", 2018, (18, 20)),
    (SEEDS / "001_3bf94dc3a89a6442.txt", SUBMISSIONS / "batch-seeds-001-003.csv", "140107", 2020, (5, 7)),
    (SEEDS / "003_5eb50fef6423d212.txt", SUBMISSIONS / "batch-seeds-001-003.csv", "140400", 2021, (5, 5)),
    (REPORTS / "luanchuan-2021.txt", REPORTS / "luanchuan-2021.yaml", "410324", 2021, (16, 16)),
    (REPORTS / "yantai-2022.txt", REPORTS / "yantai-2022.yaml", "370600", 2022, (14, 14)),
    (REPORTS / "liaoning-2021.txt", REPORTS / "liaoning-2021.yaml", "210000", 2021, (13, 13)),
    (REPORTS / "qingtian-2022.txt", REPORTS / "qingtian-2022.yaml", "331121", 2022, (19, 19)),
]
runner = CliRunner()


# Figures extracted that the hand transcription does not have, each read against the document and
# found right (a new one must be reviewed the same way before it is added here).
REVIEWED_EXTRA = {
    # 000: 全年新建、改扩建幼儿园20所 (二(三)1), read since the name holding its 、 is one clause's (stop 34)
    "000_1afc5dbe69f06f0f": ("kindergartens_built_or_expanded/-/2021=20所", "schools/kindergarten/2021=1876所",
                             "students/kindergarten/2021=22.79万人", "students/senior/2021=17.06万人"),
    # 001: the four rates of its 专栏一 table's 2020 column (小学净入学率, 初中毛入学率, 专任教师专业教育比例,
    # 双师型教师比例) are the plan's base-year figures, as written
    "001_3bf94dc3a89a6442": ("dual_qualified_teacher_share/-/2020=54%",
                             "full_time_teachers/-/2020=2991名", "full_time_teachers/kindergarten/2020=1696人",
                             "full_time_teachers/special/2020=33人", "junior_gross_enrollment_rate/-/2020=100%",
                             "kg_teacher_professional_share/-/2020=65%", "primary_net_enrollment_rate/-/2020=100%",
                             "schools/junior/2020=13所",
                             "schools/primary/2020=51所", "schools/special/2020=1所",
                             "students/kindergarten/2020=16760人",
                             "students/special/2020=230人"),
    # hulunbuir-2020 was transcribed while held out, before the dictionary had 教育经费总投入 and 国家财政性教育经费
    # (its header lists them as unmapped): the four are its 一 section's figures, as written, read and right
    "hulunbuir-2020": ("edu_total_investment/-/2019=73.11亿元", "edu_total_investment/-/2020=76.15亿元",
                       "state_fiscal_edu_funding/-/2019=68.91亿元", "state_fiscal_edu_funding/-/2020=72.72亿元"),
    # pingyuan-2021 and tengchong-2023 were transcribed while held out, listing 教育经费总投入, 国家财政性教育经费 and
    # 生均…教育事业费 as unmapped: 平原 一's 2021年 total (its 上年 3.92亿 has no 元, not taken) and 二2.'s 事业费 lines under
    # the lead-in 2021年…生均公共财政预算教育事业费支出情况是 (本年 2021, 上年 2020); 腾冲 一's two totals, 本年 2023 and 上年
    # 2022: read against the documents and right; and (h-extract10, its items numbered 1幼儿园… read) 腾冲 二(二)'s 事业费 lines,
    # 本年 2023 and 上年 2022 (its 4 and 5 write 上年 without 元: not taken)
    "pingyuan-2021": ("edu_total_investment/-/2021=3.94亿元",
                      "per_student_general_budget_operating_expense/junior/2020=23085.73元",
                      "per_student_general_budget_operating_expense/junior/2021=32089.84元",
                      "per_student_general_budget_operating_expense/primary/2020=7134.15元",
                      "per_student_general_budget_operating_expense/primary/2021=7316.71元",
                      "per_student_general_budget_operating_expense/senior/2020=16814.12元",
                      "per_student_general_budget_operating_expense/senior/2021=11541.49元"),
    "tengchong-2023": ("edu_total_investment/-/2022=154640.82万元", "edu_total_investment/-/2023=163338.03万元",
                       "per_student_general_budget_operating_expense/junior/2022=14100.64元",
                       "per_student_general_budget_operating_expense/junior/2023=14543.88元",
                       "per_student_general_budget_operating_expense/kindergarten/2022=2975.80元",
                       "per_student_general_budget_operating_expense/kindergarten/2023=3364.22元",
                       "per_student_general_budget_operating_expense/primary/2022=12204.47元",
                       "per_student_general_budget_operating_expense/primary/2023=12205.82元",
                       "per_student_general_budget_operating_expense/senior/2023=12767.56元",
                       "per_student_general_budget_operating_expense/vocational/2023=14307.78元",
                       "state_fiscal_edu_funding/-/2022=144495.75万元", "state_fiscal_edu_funding/-/2023=152997.73万元"),
    # shijiazhuang-2011 was transcribed before the dictionary had 一般公共预算教育经费占一般公共预算支出比例 (its header lists
    # the share as unmapped); 二(一)1.'s 24个县(市)、区预算内教育经费占财政支出比例为33.65%,比2010年的34.13%, read once 预算内
    # 教育经费占财政支出比例 is that share's older name (stop 35): the same 24 counties' scope as the key's 二(一)2., right
    "shijiazhuang-2011": ("edu_general_budget_share/-/2010=34.13%", "edu_general_budget_share/-/2011=33.65%"),
}


@pytest.mark.parametrize("doc,hand,entity,period,expected", CORPUS, ids=[c[0].stem for c in CORPUS])
def test_extraction_matches_the_hand_transcription(doc, hand, entity, period, expected):
    m = measure_extraction(doc, hand, entity, period)
    assert m.wrong == ()  # exact or silent: no figure on the wrong indicator, stage or year
    assert (m.found, m.hand) >= expected and m.hand == expected[1]
    assert m.exact == m.found  # every value found is written as the document writes it
    assert m.extra == REVIEWED_EXTRA.get(doc.stem, ())


@pytest.mark.parametrize("doc,hand,entity,period,expected", CORPUS, ids=[c[0].stem for c in CORPUS])
def test_every_quote_is_an_exact_substring_of_the_document(doc, hand, entity, period, expected):
    draft = extract_report(doc, entity, period)
    text = doc.read_text(encoding="utf-8")
    quotes = [draft.quote(p) for p in draft.facts] + [draft.quote(u) for u in draft.unattached]
    assert quotes and all(q and q in text for q in quotes)


def _check_draft(tmp_path, doc, entity, period):
    path = tmp_path / f"{entity}.yaml"
    path.write_text(draft_yaml(extract_report(doc, entity, period)), encoding="utf-8")
    return check([path], jobs=1)


def test_seed_000_extracted_then_checked_flags_what_the_hand_transcription_flags(tmp_path):
    report = _check_draft(tmp_path, CORPUS[0][0], "530300", 2021)
    status = {(f.criterion_id, f.stage): f for f in report.findings}
    assert not report.errors
    assert status[("DUT-FUND-02", "vocational")].status.value == "fail"  # 中职 只增不减 broken
    change = status[("CON-CHANGE-01", None)]
    assert change.status.value == "fail" and any(e.stated and e.stage == "kindergarten" for e in change.evidence)
    assert all(f.draft for f in report.findings)


def test_seed_002_extracted_then_checked_lists_43_against_45_and_flags_the_truncated_share(tmp_path):
    # 民办43所 (a part of 学前教育55所, its indicator inferred from the label) and 全区共有民办幼儿园45所 (named):
    # two values of one key; since h-extract6 the draft lists the inferred one for a person, naming the other's
    # place (checker/intake/extract/guards.py), where the check flagged both as CON-SAME-01 before
    draft = extract_report(CORPUS[1][0], "630103", 2018)
    assert [(u.figure, u.reason) for u in draft.unattached if u.reason.startswith("stated_twice")] == [
        ("43所", "stated_twice: 45所 二(五)1")]
    assert [p.value for p in draft.facts if p.indicator == "private_kindergartens"] == ["45"]
    report = _check_draft(tmp_path, CORPUS[1][0], "630103", 2018)
    status = {(f.criterion_id, f.stage): f for f in report.findings}
    share = status[("CON-SHARE-01", None)]
    assert share.status.value == "warn"
    assert any(e.indicator == "large_classes" and e.value == 15 for e in share.evidence)


def test_confirming_the_draft_removes_the_draft_mark(tmp_path):
    text = draft_yaml(extract_report(CORPUS[5][0], "370600", 2022))
    assert "extracted: true" in text and "confirmed: false" in text
    path = tmp_path / "yantai.yaml"
    path.write_text(text.replace("confirmed: false", "confirmed: true"), encoding="utf-8")
    report = check([path], jobs=1)
    assert report.findings and not any(f.draft for f in report.findings)
    assert all("draft" not in f.to_dict() for f in report.findings)


def test_text_as_governments_write_it():
    source = ("二、經費\n(一)投入\n1.２０２１年，全市一般公共預(yù)算教育支出為1,244,000萬元，比上年的１,２００,０００萬元增長3.67%。\n"
              "普通小學(xué)一般公共預算教育支出十五元。")
    draft = extract_text(source, "x.txt", "530300", 2021)
    facts = {(p.indicator, p.period): p for p in draft.facts}
    now = facts[("edu_general_budget_expenditure", 2021)]
    assert (now.value, now.unit, now.locator, now.stated) == ("1244000", "万元", "二(一)1", {"change_pct": "3.67"})
    assert draft.quote(now).startswith("全市一般公共預(yù)算教育支出為1,244,000萬元")
    assert facts[("edu_general_budget_expenditure", 2020)].value == "1200000"
    assert all(draft.quote(p) in source for p in draft.facts)


def test_uncertain_figures_are_listed_unattached_never_guessed():
    source = "2021年,全区幼儿园100所,小学51所,专任教师1696人,普通高等学校生均一般公共预算教育经费为15773.06元。"
    draft = extract_text(source, "x.txt", "140107", 2021)
    assert {p.indicator for p in draft.facts} == {"schools"}  # 专任教师: of which stage? 高等学校: no stage
    reasons = {u.figure: u.reason for u in draft.unattached}
    assert reasons == {"1696人": "stage_unclear", "15773.06元": "not_a_stage"}


def test_a_name_without_a_stage_takes_the_one_stage_its_sentence_or_section_names():
    one = extract_text("2021年,全区幼儿园100所,专任教师1696人。", "x.txt", "140107", 2021)
    assert ("full_time_teachers", "kindergarten", "1696") in [(p.indicator, p.stage, p.value) for p in one.facts]
    section = extract_text("一、学前教育\n全省共有幼儿园6973所。专任教师56742人,比上年增长3.55%。", "x.txt", "140000", 2018)
    assert ("full_time_teachers", "kindergarten", "56742") in [(p.indicator, p.stage, p.value) for p in section.facts]


def test_stage_words_are_mapped_exactly_never_to_one_stage():
    # 义务教育阶段 is primary + junior, 高中阶段 senior + vocational: no stage of ours, never a total
    source = ("二、义务教育\n2023年,全市共有义务教育阶段学校77所,招生24636人,在校生84036人,专任教师7879人。\n"
              "三、高中阶段教育\n2023年,全市高中阶段共有学校8所。招生8057人,在校生29396人,专任教师2287人。\n"
              "其中普通高中6所,招生5735人,在校生22502人。")
    draft = extract_text(source, "x.txt", "370784", 2023)
    assert [(p.indicator, p.stage, p.value) for p in draft.facts] == [
        ("schools", "senior", "6"), ("students", "senior", "22502")]
    reasons = {u.figure: u.reason for u in draft.unattached}
    assert reasons["84036人"] == reasons["7879人"] == reasons["29396人"] == reasons["2287人"] == "mixed_stage"
    total = extract_text("全区中小学超大班额无,在校中小学生9000人。", "x.txt", "630103", 2018)
    assert [(p.indicator, p.stage, p.value) for p in total.facts] == [
        ("super_large_classes", None, "0"), ("students", None, "9000")]


def test_intakes_parts_standards_and_other_entities_are_not_the_entity_s_figures():
    source = ("招收各种形式的特殊教育学生86人,在校生539人。全县普惠性幼儿园在园幼儿6000人。"
              "按照省定标准,小学生均公用经费650元。全国学前三年毛入园率89.7%。")
    draft = extract_text(source, "x.txt", "370784", 2023)
    assert [(p.indicator, p.stage, p.value) for p in draft.facts] == [("students", "special", "539")]
    reasons = {u.figure: u.reason for u in draft.unattached}
    assert reasons == {"86人": "flow", "6000人": "subset", "650元": "standard", "89.7%": "other_entity"}


def test_scope_is_captured_and_never_mixed():
    source = ("二、班额\n2018年秋季义务教育阶段区属21所中小学校,409个教学班(其中小学379个,初中30个)。"
              "全区中小学超大班额无,小学大班额15个,占比3.9%。全区大班额20个,初中大班额5个。\n"
              "辖区在校生26568名,全区共有教学班500个。")
    draft = extract_text(source, "x.txt", "630103", 2018)
    got = {(p.indicator, p.stage, p.value): p.scope for p in draft.facts}
    assert got[("classes", None, "409")] == got[("classes", "primary", "379")] == "区属"
    assert got[("classes", None, "500")] is None and got[("students", None, "26568")] is None
    assert got[("large_classes", "primary", "15")] == "区属"  # a share of the 区属 classes: their scope
    assert ("large_classes", "junior", "5") not in got  # its line names 区属 and 全区: which one?
    assert {u.figure: u.reason for u in draft.unattached}["5个"] == "scope_unclear"
    assert '    scope: "区属"' in draft_yaml(draft)


def test_school_years_and_named_prior_years():
    single = extract_text("2021学年,全县小学在校生1100人。", "x.txt", "410324", 2022)
    assert [(p.indicator, p.period, p.value) for p in single.facts] == [("students", 2021, "1100")]
    draft = extract_text("2022—2023学年,全县小学在校生1200人。2011年,全县国家财政性教育经费为89.42亿元,比2010年的73.12亿元增长22.29%。",
                         "x.txt", "410324", 2022)
    got = {(p.indicator, p.period, p.value) for p in draft.facts}
    assert ("students", 2022, "1200") in got
    assert {("state_fiscal_edu_funding", 2011, "89.42"), ("state_fiscal_edu_funding", 2010, "73.12")} <= got


def test_share_words_are_read_in_each_variant_of_the_name():
    for word in ("占比", "比率", "占比率", "比例"):
        draft = extract_text(f"其中公办幼儿园在园幼儿{word}达到83.12%。", "x.txt", "350429", 2018)
        assert [(p.indicator, p.value) for p in draft.facts] == [("public_kindergarten_enrollment_share", "83.12")]


def test_per_student_recurrent_spending_is_its_own_indicator_never_the_per_student_funding():
    """青田 二(二) gives 生均一般公共预算教育事业费 (its lines say 幼儿园生均支出): its own indicator now."""
    draft = extract_report(REPORTS / "qingtian-2022.txt", "331121", 2022)
    per_student = [p for p in draft.facts if p.indicator.startswith("per_student")]
    assert len(per_student) == 10 and {p.indicator for p in per_student} == {"per_student_general_budget_operating_expense"}
    assert {p.stage for p in per_student} == {"kindergarten", "primary", "junior", "senior", "vocational"}


def test_a_stage_count_is_a_school_count_only_when_the_sentence_counts_schools():
    kept = extract_text("至2020年底,全区义务教育阶段学校64所,其中小学51所。", "x.txt", "140107", 2020)
    closed = extract_text("全市撤并义务教育学校88所,其中初中38所、小学50所。", "x.txt", "140400", 2021)
    assert [(p.indicator, p.stage, p.value) for p in kept.facts] == [("schools", "primary", "51")]
    assert closed.facts == ()


def test_targets_and_later_years_are_not_facts():
    source = "(三)目标任务\n学前教育毛入园率达到99%。\n到2025年,九年义务教育巩固率达99.7%。"
    draft = extract_text(source, "plan.txt", "140107", 2020)
    assert draft.facts == ()
    assert sorted(u.reason for u in draft.unattached) == ["later_year", "target"]


def test_docx_and_html_are_read(tmp_path):
    import docx

    lines = CORPUS[5][0].read_text(encoding="utf-8").splitlines()
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(tmp_path / "yantai.docx")
    html = "<html><head><style>p{}</style><script>var x=1;</script></head><body>" + "".join(
        f"<p>{line}</p>" for line in lines) + "</body></html>"
    (tmp_path / "yantai.html").write_text(html, encoding="utf-8")
    plain = extract_report(CORPUS[5][0], "370600", 2022)
    for name in ("yantai.docx", "yantai.html"):
        draft = extract_report(tmp_path / name, "370600", 2022)
        assert [(p.indicator, p.stage, p.period, p.value) for p in draft.facts] == \
               [(p.indicator, p.stage, p.period, p.value) for p in plain.facts]


def _pdf(content: bytes) -> bytes:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    return pdf_file(objects)


def test_pdf_text_layer_is_read_and_a_scan_is_a_clear_error(tmp_path):
    (tmp_path / "text.pdf").write_bytes(_pdf(b"BT /F1 12 Tf 20 100 Td (Report 2021: 124.40) Tj ET"))
    (tmp_path / "scan.pdf").write_bytes(_pdf(b"0 0 1 rg 10 10 100 100 re f"))
    from checker.intake.extract import read_report

    assert "124.40" in read_report(tmp_path / "text.pdf")
    with pytest.raises(ReportError) as err:
        read_report(tmp_path / "scan.pdf")
    assert err.value.key == "extract.no_text"
    result = runner.invoke(app, ["extract", str(tmp_path / "scan.pdf"), "--entity", "530300", "--period", "2021"])
    assert result.exit_code == 2 and "scan.pdf" in result.output and "Traceback" not in result.output


def test_cli_extract_writes_a_submission_and_check_reads_a_report_directly(tmp_path):
    out = tmp_path / "draft.yaml"
    result = runner.invoke(app, ["extract", str(CORPUS[6][0]), "--entity", "210000", "--period", "2021",
                                 "--output", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    written = out.read_text(encoding="utf-8")
    assert written.count("  - indicator: ") == 13 and written.count("    extracted: true\n") == 13
    report = check([CORPUS[6][0]], period=2021, entity="210000", jobs=1)
    assert not report.errors and report.findings and all(f.draft for f in report.findings)
    assert all(e.extracted for f in report.findings for e in f.evidence)
    missing = check([CORPUS[6][0]], jobs=1)
    assert [e.message.key for e in missing.errors] == ["extract.needs_entity"]
    shown = runner.invoke(app, ["check", str(CORPUS[6][0]), "--entity", "210000", "--period", "2021"])
    assert "【草稿】" in shown.output


# --- the corpus of real reports and its split (issue 24) ------------------------------------------

def _load(path: Path, name: str):
    import importlib.util
    import sys

    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    module = sys.modules[name] = importlib.util.module_from_spec(spec)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_hand_quote_is_exact_and_the_split_names_existing_files_without_overlap(capsys):
    # the guard of tests/data/reports/check_quotes.py, run as a test (reads text only, never extracts)
    check_quotes = _load(REPORTS / "check_quotes.py", "check_quotes")
    assert check_quotes.main([]) == 0, capsys.readouterr().out


def test_the_benchmark_reads_the_split_and_keeps_the_seeds_in_the_tune_set():
    import yaml

    bench = _load(ROOT / "benchmarks" / "bench_extract.py", "bench_extract")
    split = yaml.safe_load((REPORTS / "split.yaml").read_text(encoding="utf-8"))
    tune = bench.documents("tune")
    assert [d[1] for d in tune if d[2].parent == REPORTS] == split["tune"]
    assert sum(1 for d in tune if d[2].parent == SEEDS) == 4 and {d[0] for d in tune} == {"tune"}
    assert [d[1] for d in bench.documents("heldout")] == split["heldout"]


def test_the_benchmark_refuses_verbose_output_for_held_out_documents(capsys):
    bench = _load(ROOT / "benchmarks" / "bench_extract.py", "bench_extract")
    assert bench.main(["--set", "heldout", "--verbose", "--repeat", "1"]) == 2
    out = capsys.readouterr()
    assert out.out == "" and "refused" in out.err


# The second batch's tune documents (NEW-BATCH.md), measured once before any change was made for them:
# 12/36 found (33 %), 3 wrong stages (甘肃 2017); after h-extract's general reading 17/36 (47 %); after the
# second pass (h-extract2: stages across ; and broken lines, older 公共财政/预算内 names, budgets, part years,
# lists under a lead-in line, amounts without a unit) 36/36, 0 wrong, and 房县's budget headline refused.
# hulunbuir-2020 keeps two misses: its transcription also gives the 三个增长 sentence's two growth rates
# (2.59 %, 5.28 %) as facts, which the other bulletins' transcriptions give as `stated.change_pct` only.


def test_the_tune_set_has_no_wrong_value_stage_or_year_and_keeps_its_recall():
    # the benchmark's own scoring (bench_extract.py) over the seeds and all the split's tune documents
    bench = _load(ROOT / "benchmarks" / "bench_extract.py", "bench_extract")
    total = bench.Score()
    for which, label, doc, hand, entity, period in bench.documents("tune"):
        s = bench.score(doc, hand, entity, period, heldout=False)
        assert s.wrong["value"] == s.wrong["stage"] == s.wrong["year"] == [], label
        # seed 002's 33 pupils are 区属 by the hand's inference (全区21所学校 = the 21 schools it runs):
        # no word of the sentence says so, and the extractor does not guess
        assert s.wrong["scope"] == (["disabled_students_in_regular_classes/-/2018=33人"] if label.startswith("seed-002") else []), label
        assert sorted(s.extra) == sorted(REVIEWED_EXTRA.get(doc.stem, ())), label  # every extra read and right
        total.add(s)
    # 244: the seeds, batch 1 and batch 2's tune documents; 241 found (h-extract2); 240 after h-extract3's audit,
    # which refuses seed 002's 截至2018年10月31号征收教育附加费2021万元 as `part_year` (money to a date before
    # December is part of the year, not the year's figure; the hand transcription takes it as 2018's)
    # 344 with batch 3's eight tune documents (blind: 39/100, 1 wrong value, 2 wrong stages; after h-extract3's
    # generalisation 54/100, 0 wrong: the 46 left are three tables the grid reader cannot read); 315 after
    # h-texttab reads tables flattened into text (武隆 14/21, 鸠江 9/9; 庐阳's two districts refuse each other)
    # 339 after h-extract4 (the entity's name passed: 庐阳's six-district table 0 -> 18/18; 武隆's 教育班数/超大班 read);
    # 497 with batch 4's nine and batch 5's first six tune documents (blind: 83/153, 2 wrong values, 2 wrong stages,
    # 1 wrong scope; after h-extract4 generalised their misses 150/153, 0 wrong), 489 found
    # 544 with 5B.6 chongqing-2007 and 5B.8 jiangmen-2024, moved to tune before any run (the real-table tests
    # were built from the same pages): their stored texts, one cell a line, read 0/20 and 0/27; 516 after h-extract5
    # reads a `|` table one cell a line whose short row's gap its ratio column places (江门 27/27), 536 when a
    # bilingual yearbook's `Item 2006 2007` header and its section rows (学校数 / 专任教师) are read (重庆 20/20)
    # 550 with 4B.10 gulou-2015, moved to tune after the held-out run at 4ae4e5f (seen: READ-FOR-WORDING.md), 0/6
    # 533 after h-extract6: a key given two values beyond their precision is listed `stated_twice` (seed 002's
    # inferred 43所 against its named 45所; seed 001's 98.5% against its table's 98.91, nothing deciding)
    # 563/584 with batch 6's four tune documents (北京 2017, 墨玉 2025, 大足 2019, 虹口 2020) at first contact:
    # 30/34, before any change made for them
    # 569 after h-extract7 (a parenthesis's teachers take their clause's stage; 不含教学点 is the school count's own
    # definition; 中等职业技术学校 is vocational; 学前教育专业毕业的专任教师…占总数的 is kg_teacher_professional_share; 亿 / 元
    # broken over a line is 亿元; a county named …市 is a city: its 全市 is itself, whatever its number)
    # 599 with heilongjiang-2003 moved from held out (first contact 1/15, 2 wrong values) after the reader learnt its
    # thousands written with a space (`2 181所`, GB/T 15835-2011): 12/15, 0 wrong; 581 found
    # 636 with three held-out documents rotated to tune after the held-out run at 4a77fc3 (宁国 2022 0/14, 平原示范区 2021
    # 0/12, 腾冲 2023 2/11: the worst read), to be studied; 583 found
    # 598 after h-extract10 (ROTATED.md): an item number that lost its dot (1幼儿园为…) or a heading its opening bracket
    # (一)) is an item (腾冲 11/11); a lead-in naming a year (…。2020年全区…情况是:) gives it to the list under it (平原 6/12:
    # its other six are 2020 stated twice, 二1. against 二3., listed `stated_twice`); 612 when a `|` table whose header
    # wraps over lines above a row of column codes (L1 | L2 | …) is read, and 县级及以上 is 县级以上 (宁国 14/14)
    # 698 with four more held-out documents rotated to tune after the first rotation carried over to none of the 30
    # (贵定 2022 15/23 with one wrong value, 乐山 2016, 富民 2022, 内蒙古 2024), 654 found; 655 after h-extract11: a
    # figure is stated against another value of its key only when its quote names its stage too (贵定's 四 专任教师421人,
    # its stage the paragraph's, no longer outweighs 一's 高中326人: both listed `stated_twice`)
    # 659 when a per-student name averaged over all the students (按在校学生人数平均的…) needs no stage, 教育公用经费 is
    # 公用经费, and the amount written inside a share (占一般公共预算支出6916.71亿元的比例) is the base's (内蒙古 8/8)
    # 665 when 职校/特校 are stages, 幼儿三年毛入园率, 普惠性覆盖率, 公办幼儿园在园人数占比 names, 学生人数 counted (贵定 21/23)
    # 666 when a 其中 list after a full stop takes the indicator of a several-stage total listed `mixed_stage` (富民 5/12)
    # 672 when a line of quantities over blocks of repeated stage columns (专任教师数 在校生数 / 普通高中 普通初中 小学 twice)
    # is a header row, each quantity heading its block (鼓楼 6/6)
    # 719 with zhijin-2022 moved from held out (stop 33: its page was shown by a search; seen is tune), 19/21 as when
    # held out: 691 found
    # 751 with three held-out documents rotated to tune after the held-out run at d0dde81 (stop 35: 河南 2020 2/8, 泉州
    # 2000 3/9, 津南 2010 9/15, the three with the most misses), 708 found; 719 after stop 35's readings: a rate's
    # change told from a named year's value (从2019年的65.26%上涨到73.7%), a count of classes written N个班, 预算内教育经费
    # 占财政支出比例 (also with the part 含城市教育费附加 between), a per-student 公用经费 of 2000 (35.80元) no longer held
    # implausible, 学前三年入园率, 初中巩固率, 特教, and a bare sentence after a breakdown of a whole no indicator names
    # (教职工4303人,包括:中学…。专任教师3022人) the whole's (河南 8/8, 泉州 8/9, 津南 12/15)
    # 787 with batch 7's tune documents (深圳 2022, 厦门 2023, 呼和浩特 2010) and shanghai-2017, rotated after its first
    # contact as held out (4/9, one wrong value: NEW-BATCH-7-FIRST.md), 733 found; 748 after stop 35's readings of them:
    # 普高, 普通本专科 another level, a sentence naming the whole continues no topic, the school year before in a document
    # counting by school year, a kind within the stage under the stage's count a part (the wrong value: 中等专业学校50所
    # under 普通中等职业学校82所), and a document-sharing site's preview chunks (…57.3万 / 2、人) read through (上海 9/9);
    # 呼和浩特's yearbook table (its header broken over lines, its rows unlabelled) reads 0/4
    # 847 with batch 8's tune documents (承德县 2003, 二七区 2009, 庄浪 2021, 东川 2023, 荣昌 2022), 780 found at their
    # first contact (NEW-BATCH-8-FIRST.md: 32/60); 800 after stop 36's readings of them: the stages in a parenthesis
    # after a several-stage part of a 其中 list (基础教育3222人(其中幼儿园458人,…)), a parenthesis the sentence's end
    # closes, an aside in angle brackets (小学27所<…>), 各级各类学校学生, 各类学校… a total by its own words, 特殊学校, a
    # name after the entity's whole named again once the stages broke another total down (…全县教职工总数6286人,其中专任
    # 教师4603人); 荣昌's pupils stay `scope_unclear` (区属 is said of its schools only)
    # 880 with batch 9B's tune documents (青羊 2012, 凤庆 2016, 萍乡 2007), 814 found at their first contact (14/33 of
    # them, NEW-BATCH-9-FIRST.md); 815 when a yearbook's stage counts its classes then its pupils (高中94个班5241人) and
    # figures set with spaces on both sides (在校生 15 230 人) are read; 凤庆's page runs two columns side by side, 3/20
    # 905 with batch 9A's tune documents (陇南 2013 9/9, 大港 2002 4/5, 济南 2015 1/11: its table one cell a line), 829
    # found at their first contact, and the same after h-review36a's mends; 839 when a table one cell a line under a unit
    # column and years (单位 / 2014年 / 2015年 / 学校所数 / 所 / 958 / 946) is read, a stage's row counted in 所 its schools
    # and a decimal in 万人 a count (济南 11/11)
    # 940 with batch 10's tune documents (江山 2023 14/15, 恩施 2022 1/6, 张掖 2018 6/6, 轮台 2011 7/8), 867 found at their
    # first contact (NEW-BATCH-10-FIRST.md); 872 when the entity's name without its division's word (恩施 for 恩施市)
    # opens a count as its full name does (恩施 6/6)
    # 984 with batch 11's tune documents (平顶山 2021 22/22, 塔什库尔干 2024 5/7, 雨湖 2006 4/6, 汨罗 2006 8/9), 911 found at
    # their first contact (NEW-BATCH-11-FIRST.md); 912 when a rate's name is read with words set in before its rate word
    # (学前教育阶段幼儿毛入学率; a quoted phrase inside it, 塔什库尔干's "应入尽入", was withdrawn after h-review37) and
    # 一般预算 as the older wording of 一般公共预算 (tests/test_extract_general37.py; a rule reading 雨湖's 20398 as a whole
    # was withdrawn too)
    # 1055 with batch 12's tune documents (温州 2018 10/11, 绍兴 2020 8/31 with one wrong scope, 信阳 2020 17/17, 包头 2024
    # 10/12), 959 found at their first contact (NEW-BATCH-12-FIRST.md); 979 when a run of pinyin after a character is
    # dropped whole (市(shi)(shi)), a table's corner naming its quantity and unit (指标(在校学生数/万人)) reads its rows, and
    # an aside 含技工学校 after the vocational stage's name scopes its figures (绍兴 30/31, its wrong scope gone)
    # 981 when 各类 opens a count and school types in the 其中 right after a stage's count are its parts (温州 11/11, 包头 11/12)
    # 982 when pupils after such a breakdown are the stage's (包头 12/12)
    # 1078 with batch 13's tune documents (老河口 2009 4/4, 铁东 2020 1/4, 密云 2011 5/8) and 鄂州 2011 (held out until its
    # first contact, 6/7 with one wrong stage; ROTATED.md, fourth rotation), 998 found; 1004 when 中等专业学校 alone is
    # one kind's (鄂州's wrong stage gone), 普通 a word of counting, 职业学校, 中等职业中学, 聋哑学校 stages' names, a plan's
    # review section (发展基础, 主要成就) states what was reached, and 普惠率 names the coverage (鄂州 7/7, 铁东 3/4, 密云 8/8)
    # 1106 with batch 14's tune documents (东城 2010 0/10, 惠州 2021 16/18), 1020 found; 1029 when the entity's own name
    # holding a part's word (东城区: 城区) names no part, and a kind no stage names (工读学校) opening its sentence is not the
    # topic before (东城 9/10)
    assert total.found >= 1029 and total.hand == 1106


# --- tables (issue 24): python-docx and pdfplumber grids ---------------------------------------------
# No document of the corpus has a table (the stored pages are text), so these fixtures put the figures
# of three real tune documents into the layouts their kinds publish tables in: a funding bulletin's
# 教育经费收入 table (项目 × 本年/上年/增长, 莲都 2022 一), its per-stage table (学校类别 × 2022年/2021年/增长,
# 青田 2022 二(二), with a 普通高等学校 row and a 合计 row), and a statistics table (学校类别 × 学校数/在校生数/
# 专任教师数, 安丘 2023, with 义务教育阶段 and 高中阶段 subtotal rows). They are built here, deterministic.
LIANDU = ("表1 2022年全区地方教育经费收入情况（单位：万元）",
          [["项目", "本年", "上年", "比上年增长（%）"], ["地方教育经费总收入", "144682.33", "151271.81", "-4.36"],
           ["国家财政性教育经费", "109506.12", "111436.86", "-1.73"], ["事业收入", "33844.74", "34583.04", "-1.73"],
           ["其他教育经费", "1331.47", "5251.91", "-74.65"]])
QINGTIAN = ("表2 各类教育生均一般公共预算教育事业费增长情况（单位：元）",
            [["学校类别", "2022年", "2021年", "增长（%）"], ["幼儿园", "17443.63", "17302.62", "0.81"],
             ["普通小学", "20251.63", "20210.51", "0.20"], ["普通初中", "24843.16", "24644.62", "0.81"],
             ["普通高中", "22259.40", "21671.68", "2.71"], ["中等职业学校", "25896.51", "25758.93", "0.53"],
             ["普通高等学校", "30112.00", "29876.00", "0.79"], ["合计", "21000.00", "20800.00", "0.96"]])
ANQIU = ("表3 2023年全市各级各类学校基本情况",
         [["学校类别", "学校数（所）", "在校生数（人）", "专任教师数（人）"], ["合计", "167", "131164", "11232"],
          ["幼儿园", "81", "17193", "1029"], ["义务教育阶段", "77", "84036", "7879"], ["普通小学", "49", "60766", "3150"],
          ["普通初中", "28", "23270", "4729"], ["高中阶段", "8", "29396", "2287"], ["普通高中", "6", "22502", "1931"],
          ["中等职业学校", "2", "6894", "356"], ["特殊教育学校", "1", "539", "37"]])


def _docx_tables(path, tables, before=""):
    import docx

    document = docx.Document()
    if before:
        document.add_paragraph(before)
    for caption, rows in tables:
        document.add_paragraph(caption)
        table = document.add_table(rows=0, cols=len(rows[0]))
        for row in rows:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text
    document.save(path)


def _pdf_table(caption: str, rows: list[list[str]]) -> bytes:
    """One page: the caption, then a ruled table, in STSong-Light (a standard CJK font: no font file)."""
    ops, x0, top, w, h = [f"BT /F1 10 Tf 30 760 Td {cjk_hex(caption)} Tj ET"], 30, 745, 100, 20
    ncols = len(rows[0])
    ops += [f"{x0} {top - i * h} m {x0 + w * ncols} {top - i * h} l S" for i in range(len(rows) + 1)]
    ops += [f"{x0 + j * w} {top} m {x0 + j * w} {top - len(rows) * h} l S" for j in range(ncols + 1)]
    ops += [f"BT /F1 9 Tf {x0 + j * w + 4} {top - (i + 1) * h + 6} Td {cjk_hex(cell)} Tj ET"
            for i, row in enumerate(rows) for j, cell in enumerate(row)]
    return cjk_pdf(ops)


def _hand(stem):
    from checker.intake.files import load_paths

    return {(f.indicator, f.stage, f.period, f.value_as_written, f.unit_as_written)
            for s in load_paths([REPORTS / f"{stem}.yaml"]).submissions for f in s.facts if f.value is not None}


@pytest.mark.parametrize("kind", ["docx", "pdf"])
@pytest.mark.parametrize("stem,entity,period,table", [("liandu-2022", "331102", 2022, LIANDU),
                                                      ("qingtian-2022", "331121", 2022, QINGTIAN),
                                                      ("anqiu-2023", "370784", 2023, ANQIU)])
def test_a_table_is_read_as_a_grid_of_stage_by_indicator_with_cell_locators(tmp_path, kind, stem, entity, period, table):
    path = tmp_path / f"{stem}.{kind}"
    if kind == "docx":
        _docx_tables(path, [table], before="一、情况")
    else:
        path.write_bytes(_pdf_table(*table))
    draft = extract_report(path, entity, period)
    from checker.intake.extract import read_report

    text = read_report(path)
    grid = [p for p in draft.facts if p.locator.startswith("表")]
    # every figure of the table is one of the hand transcription's facts of the same document
    assert grid and {(p.indicator, p.stage, p.period, p.value, p.unit) for p in grid} <= _hand(stem)
    assert all(draft.quote(p) == p.value and draft.quote(p) in text for p in grid)
    unattached = {(u.locator, u.reason) for u in draft.unattached}
    if stem == "liandu-2022":
        assert len(grid) == 8 and not unattached
        first = next(p for p in grid if p.indicator == "edu_total_investment" and p.period == 2022)
        assert (first.locator, first.unit, first.stated) == ("表1 第2行第2列", "万元", {"change_pct": "-4.36"})
    if stem == "qingtian-2022":
        assert len(grid) == 10 and {p.stage for p in grid} == {"kindergarten", "primary", "junior", "senior", "vocational"}
        assert ("表2 第7行第2列", "not_a_stage") in unattached and ("表2 第8行第2列", "no_stage") in unattached
    if stem == "anqiu-2023":
        assert len(grid) == 21  # 合计 (3, no stage) and 6 stages × 3; 义务教育阶段 and 高中阶段: never one stage
        assert {r for _, r in unattached} == {"mixed_stage"} and len(unattached) == 6
        teachers = next(p for p in grid if p.indicator == "full_time_teachers" and p.stage == "special")
        assert (teachers.value, teachers.unit, teachers.locator) == ("37", "人", "表3 第10行第4列")


def test_a_table_without_a_unit_is_never_given_one():
    from checker.intake.extract.readers import _Builder

    out = _Builder()
    out.line("表1 各级教育生均一般公共预算教育经费")
    out.table([["学校类别", "2022年"], ["普通小学", "17937.20"]])
    document = out.document()
    draft = extract_text(document.text, "x.docx", "331102", 2022, grids=document.grids)
    assert draft.facts == () and [(u.locator, u.reason) for u in draft.unattached] == [("表1 第2行第2列", "unit")]


def test_the_benchmark_leaves_out_on_held_out_documents_exactly_the_indicators_added_after_them():
    from checker.intake.indicators import dictionary

    bench = _load(ROOT / "benchmarks" / "bench_extract.py", "bench_extract")
    block = (ROOT / "checker" / "data" / "indicators.yaml").read_text(encoding="utf-8").split(
        "# Funding-bulletin lines (issue 24, extraction)")[1]
    added = set()
    for line in block.splitlines()[1:]:
        if ": {zh:" in line:
            added.add(line.split(":")[0].strip())
        elif added and not line.startswith("  #"):
            continue
        elif added:
            break  # the next block (another topic's) begins
    added.add("edu_general_budget_share")  # the bulletins' share line, declared with the computed rates
    assert bench.NEWER_THAN_HELDOUT == added and added <= set(dictionary())
