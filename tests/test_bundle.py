"""Findings in bundles (checker/report/bundle.py), as they come back from a worker process: the
objects, the JSON texts, the records and the heads they give are exactly what the findings
themselves give, and every format renders the same bytes from them."""

from __future__ import annotations

import json
import pickle
from dataclasses import replace

import pytest
from hypothesis import given, settings, strategies as st

from checker.api import check
from checker.report.bundle import Findings, FindingRecords
from checker.report.jsontext import FindingText
from checker.report.render import render
from checker.report.render.common import _UNSAFE, _UNSAFE_IN_JSON, safe_record, unsafe_in_json
from conftest import SUBMISSIONS
from test_output_safety import HOSTILE, YAML


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """The example submissions and a hostile county, as checked here (the findings as objects)
    and as a worker hands them over (bundles sealed by pickling)."""
    folder = tmp_path_factory.mktemp("bundle")
    (folder / HOSTILE).write_text(YAML.replace("530300", "530399"), encoding="utf-8")  # not 曲靖 again
    report = check([SUBMISSIONS, folder / HOSTILE], jobs=1)
    plain = replace(report, findings=tuple(report.findings))
    sealed = replace(report, findings=pickle.loads(pickle.dumps(Findings.of(report.findings))))
    assert isinstance(sealed.findings, Findings) and sealed.findings.bundles[0]._objects is None
    return plain, sealed


def test_sealed_bundles_give_back_the_findings_their_texts_and_records(reports):
    plain, sealed = reports
    assert tuple(sealed.findings) == plain.findings and sealed.findings == plain.findings
    texts = [json.dumps(f.to_dict(), ensure_ascii=False) for f in plain.findings]
    assert list(sealed.findings.texts()) == texts
    assert list(FindingRecords(sealed.findings)) == [json.loads(t) for t in texts]
    assert len({(b.entity.code, b.period) for b in sealed.findings.bundles}) == len(sealed.findings.bundles) == 6


def test_findings_read_as_a_sequence(reports):
    plain, sealed = reports
    findings = sealed.findings
    assert len(findings) == len(plain.findings) == 354  # 6 × 59
    for i in (0, 1, 53, 54, 100, -1, -54):
        assert findings[i] == plain.findings[i]
    assert findings[50:60] == plain.findings[50:60] and findings[::-7] == plain.findings[::-7]
    with pytest.raises(IndexError):
        findings[len(findings)]
    picked = findings.take([(3, 2), (0, 0), (0, 5)])
    first, fourth = findings.bundles[0].findings(), findings.bundles[3].findings()
    assert list(picked) == [fourth[2], first[0], first[5]] and picked[1] == first[0]


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown", "junit", "html", "xlsx", "table"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_format_renders_the_same_bytes_from_sealed_bundles(reports, fmt, lang):
    plain, sealed = reports

    def out(report, **choose):
        pieces = render(report.record(**choose), fmt, lang, **({"width": 160} if fmt == "table" else {}))
        return b"".join(p if isinstance(p, bytes) else p.encode("utf-8") for p in pieces)

    for choose in ({}, {"only": {"fail", "missing", "error"}, "by_status": True}):
        assert out(sealed, **choose) == out(plain, **choose)
    assert plain.summary == sealed.summary and plain.exit_code() == sealed.exit_code()


def test_heads_are_the_records_in_part_and_cleaned_alike(reports):
    _plain, sealed = reports
    records = sealed.record()["findings"]
    for findings in (records, safe_record(records)):
        full = list(findings)
        heads = list(findings.heads())
        assert len(heads) == len(full)
        assert all(h == {k: {"state": r[k]["state"]} if k == "waiver" else r[k] for k in h} and
                   ("waiver" in h) == ("waiver" in r) for h, r in zip(heads, full))  # a waiver by its state
    cleaned = list(safe_record(records))
    assert cleaned == [safe_record(r) for r in records]
    assert any(r != c for r, c in zip(records, cleaned))  # the hostile county was cleaned


def test_the_json_text_shows_every_character_safe_text_escapes():
    """A finding whose JSON text the quick check passes needs no cleaning: every character
    `safe_text` escapes leaves a mark in JSON text that the check finds."""
    unsafe = [chr(c) for c in range(0x10000) if _UNSAFE.match(chr(c))]
    assert len(unsafe) > 60
    for ch in unsafe:
        assert _UNSAFE_IN_JSON.search(json.dumps({"quote": f"前{ch}后"}, ensure_ascii=False)), repr(ch)
        assert unsafe_in_json(json.dumps({"quote": f"前{ch}后"}, ensure_ascii=False)), repr(ch)
    texts = [json.dumps(x, ensure_ascii=False) for x in ("\\b", "a\\u0010", "\\u0020", "\n", "\t", "\\", "路径\\r", "\x7f", "好")]
    assert [unsafe_in_json(t) for t in texts] == [bool(_UNSAFE_IN_JSON.search(t)) for t in texts]


def test_json_texts_built_from_shared_pieces_are_json_dumps_of_each_record(tmp_path):
    """Every bundled pack over the example submissions (every status, details, missing lists,
    school tables) and a hostile county, with drafts and waivers: the texts `FindingText` joins
    from pieces are `json.dumps(f.to_dict())`, and so is every text when it encodes whole."""
    from checker.rules.library import all_bundled

    (tmp_path / HOSTILE).write_text(YAML.replace("530300", "530399"), encoding="utf-8")
    findings = list(check([SUBMISSIONS, tmp_path / HOSTILE], packs=all_bundled(), jobs=1).findings)
    waiver = {"reason": "理由", "approver": "督导室", "expires": "2099-01-01", "state": "active", "file": "w.yaml",
              "place": "waivers[0]"}
    findings += [replace(f, draft=True) for f in findings[:40]] + [replace(f, waiver=waiver) for f in findings[40:80]]
    assert {f.status.value for f in findings} >= {"pass", "fail", "missing", "not_applicable"}
    assert any(f.details for f in findings) and any(f.missing for f in findings)
    expected = [json.dumps(f.to_dict(), ensure_ascii=False) for f in findings]
    texts = FindingText()
    assert not texts.whole
    by_entity: dict = {}
    for f in findings:
        by_entity.setdefault((f.entity.code, f.period), []).append(f)
    got = {id(f): t for group in by_entity.values() for f, t in zip(group, texts.bundle(group))}
    assert [got[id(f)] for f in findings] == expected
    texts.whole = True
    assert texts.bundle(findings) == expected


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_workbook_rows_made_beside_the_findings_are_the_workbooks_own(tmp_path, lang):
    """Rows of the findings sheet made where the findings are made (api.check's `prepare`, sealed
    and sent as a worker sends them, without the objects) give the very workbook the renderer
    makes from the records; the hostile county's findings (cleaned) and those citing a school
    table (another file) have no row made for them and are rendered from their records."""
    from checker.report.render import preparer
    from checker.report.render.common import View
    from checker.report.render.xlsx import FindingRows

    (tmp_path / HOSTILE).write_text(YAML.replace("530300", "530399"), encoding="utf-8")
    paths = [SUBMISSIONS, tmp_path / HOSTILE]
    plain = check(paths, jobs=1)
    made = check(paths, jobs=1, prepare=preparer("xlsx", lang), keep_objects=False)
    sealed = replace(made, findings=pickle.loads(pickle.dumps(made.findings)), meta=plain.meta)  # the same time
    with pytest.raises(LookupError):
        sealed.findings.bundles[0].findings()
    assert sealed.summary == plain.summary and sealed.exit_code() == plain.exit_code()
    record = safe_record(sealed.record())
    items = list(record["findings"].prepared(FindingRows.tag_for(View.of(record, lang))))
    rows = [x for x in items if isinstance(x, tuple)]
    assert len(items) == len(plain.findings) and len(rows) > len(items) / 2
    assert any(isinstance(x, dict) and x["entity"]["code"] == "530399" for x in items)

    def out(report, **choose):
        return b"".join(render(report.record(**choose), "xlsx", lang, entity_sheets=True))

    for choose in ({}, {"only": {"fail", "missing", "error"}, "by_status": True}):
        assert out(sealed, **choose) == out(plain, **choose)
    other = "en" if lang == "zh" else "zh"  # made for another language: every row from its record
    assert b"".join(render(sealed.record(), "xlsx", other)) == b"".join(render(plain.record(), "xlsx", other))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("\\bfrnu0019a好 \x7f\x9f\u202e\u2066\x01\x1f\"")) | st.characters()))
def test_the_quick_unsafe_check_agrees_with_the_pattern(value):
    text = json.dumps({"quote": value}, ensure_ascii=False)
    assert unsafe_in_json(text) == bool(_UNSAFE_IN_JSON.search(text))
