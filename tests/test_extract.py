"""`checker extract`: measured against the hand transcriptions of the seeds and of three real funding
bulletins, quotes exact, nothing wrongly attached, drafts marked until a person confirms them."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.api import check, extract_report, measure_extraction
from checker.cli import app
from checker.intake.extract import ReportError, draft_yaml, extract_text
from conftest import ROOT, SEEDS, SUBMISSIONS

REPORTS = ROOT / "tests" / "data" / "reports"
# document, hand transcription, entity, evaluated year, (least numeric facts found, of how many)
CORPUS = [
    (SEEDS / "000_1afc5dbe69f06f0f.txt", SUBMISSIONS / "qujing-2021.yaml", "530300", 2021, (21, 21)),
    (SEEDS / "002_36dbaba7e56358f4.txt", SUBMISSIONS / "chengzhong-2018.yaml", "630103", 2018, (19, 20)),
    (SEEDS / "001_3bf94dc3a89a6442.txt", SUBMISSIONS / "batch-seeds-001-003.csv", "140107", 2020, (6, 7)),
    (SEEDS / "003_5eb50fef6423d212.txt", SUBMISSIONS / "batch-seeds-001-003.csv", "140400", 2021, (1, 5)),
    (REPORTS / "luanchuan-2021.txt", REPORTS / "luanchuan-2021.yaml", "410324", 2021, (13, 13)),
    (REPORTS / "yantai-2022.txt", REPORTS / "yantai-2022.yaml", "370600", 2022, (12, 12)),
    (REPORTS / "liaoning-2021.txt", REPORTS / "liaoning-2021.yaml", "210000", 2021, (6, 6)),
    (REPORTS / "qingtian-2022.txt", REPORTS / "qingtian-2022.yaml", "331121", 2022, (1, 1)),
]
runner = CliRunner()


# Figures extracted that the hand transcription does not have, each read against the document and
# found right (a new one must be reviewed the same way before it is added here).
REVIEWED_EXTRA = {
    "000_1afc5dbe69f06f0f": ("schools/kindergarten/2021=1876所", "students/senior/2021=17.06万人"),
    "001_3bf94dc3a89a6442": ("full_time_teachers/-/2020=2991名", "schools/junior/2020=13所",
                             "schools/primary/2020=51所"),
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


def test_seed_002_extracted_then_checked_flags_43_45_and_the_truncated_share(tmp_path):
    report = _check_draft(tmp_path, CORPUS[1][0], "630103", 2018)
    status = {(f.criterion_id, f.stage): f for f in report.findings}
    same = status[("CON-SAME-01", None)]
    assert same.status.value == "fail"
    assert sorted(e.value for e in same.evidence if e.indicator == "private_kindergartens") == [43, 45]
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
    source = "2021年,全区幼儿园100所,专任教师1696人,普通高等学校生均一般公共预算教育经费为15773.06元。"
    draft = extract_text(source, "x.txt", "140107", 2021)
    assert {p.indicator for p in draft.facts} == {"schools"}  # 专任教师: of which stage? 高等学校: no stage
    reasons = {u.figure: u.reason for u in draft.unattached}
    assert reasons == {"1696人": "stage_unclear", "15773.06元": "not_a_stage"}


def test_per_student_recurrent_spending_is_not_taken_for_another_indicator():
    """青田 二(二) gives 生均一般公共预算教育事业费 (its lines say 幼儿园生均支出): no indicator of ours."""
    draft = extract_report(REPORTS / "qingtian-2022.txt", "331121", 2022)
    assert [(p.indicator, p.period, p.value) for p in draft.facts] == [("edu_general_budget_expenditure", 2022, "13.52")]


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
    out, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


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
    assert written.count("  - indicator: ") == 6 and written.count("    extracted: true\n") == 6
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
