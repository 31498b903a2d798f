"""What the whole own-made documents' test files share (tests/test_extract_documents32d.py, 33, 33c, 33e): each
document's key (`hand`, what a careful reader attaches; `also`, readings not wrong though not counted), the check that
the documents are whole and their keys their own, the test parameters (a document read wrongly today a strict xfail
naming the class of its fault), and the two assertions: nothing read wrongly, recall not lower than recorded."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

import pytest

from checker.intake.extract import extract, extract_text


class Doc(NamedTuple):
    """A whole document: its entity (code, name) and period, its text, its hand key and the readings also allowed."""

    id: str
    code: str
    name: str
    period: int
    text: str
    hand: list
    also: list = []


def draft_of(doc: Doc, tmp_path=None, word: dict | None = None):
    """The reader's draft of a document: as text, or — for a document given as Word blocks (`word[doc.id]` = (blocks,
    file name, heading level)) — of the .docx written from them in `tmp_path`."""
    if word and doc.id in word:
        blocks, file_name, level = word[doc.id]
        return extract(write_docx(blocks, tmp_path / file_name, level), doc.code, doc.period, name=doc.name)
    return extract_text(doc.text, "report.txt", doc.code, doc.period, name=doc.name)


def read_doc(doc: Doc, tmp_path=None, word: dict | None = None) -> set:
    """The document's facts as (indicator, stage, year, value), every quote asserted to be the text read (a .docx's
    paragraphs and table rows; the document's own text for the others)."""
    draft = draft_of(doc, tmp_path, word)
    whole = draft.folded.source
    assert (word and doc.id in word) or whole == doc.text
    for p in draft.facts:
        assert draft.quote(p) in whole
    return {(p.indicator, p.stage, p.period, p.value) for p in draft.facts}


def check_whole(docs, wrong: dict, recall: dict) -> None:
    """The documents are whole (40-120 lines), their keys hold no figure twice, and every hand figure is written in
    its document as it is keyed (full-width digits read as written: ３５５１.１７ is 3551.17)."""
    assert [d.id for d in docs] == list(recall) and set(wrong) <= set(recall)
    for doc in docs:
        assert 40 <= len(doc.text.splitlines()) <= 120, doc.id
        assert len(set(doc.hand)) == len(doc.hand) and not set(doc.hand) & set(doc.also), doc.id
        text = unicodedata.normalize("NFKC", doc.text.replace("\n", ""))
        for key in doc.hand:
            assert re.search(rf"(?<![\d.]){re.escape(key[3])}(?![\d.])", text), (doc.id, key)


def wrong_params(docs, wrong: dict) -> list:
    """Every document as a test parameter, those in `wrong` marked strict xfails with their class as the reason."""
    return [pytest.param(doc, id=doc.id, marks=pytest.mark.xfail(strict=True, reason=wrong[doc.id]))
            if doc.id in wrong else pytest.param(doc, id=doc.id) for doc in docs]


def assert_no_wrong(got: set, doc) -> None:
    assert got <= set(doc.hand) | set(doc.also), f"read wrongly: {sorted(got - set(doc.hand) - set(doc.also), key=str)}"


def assert_recall(got: set, doc, recall: dict) -> None:
    found = len(got & set(doc.hand))
    assert found >= recall[doc.id], f"{doc.id}: {found}/{len(doc.hand)} found, {recall[doc.id]} before"


def docx_text(blocks: list) -> str:
    """A Word document's text as a person reads it, from the blocks it is built of (("h"|"p", text) a heading or a
    paragraph, ("t", caption, rows[, merges]) a table): one line a paragraph, a table's caption then its rows one line
    each, cells apart by a space (empty cells, merged away, left out)."""
    lines = []
    for block in blocks:
        if block[0] == "t":
            lines += [block[1]] + [" ".join(cell for cell in row if cell) for row in block[2]]
        else:
            lines.append(block[1])
    return "\n".join(lines) + "\n"


def write_docx(blocks: list, path, heading_level: int = 2):
    """The Word document of those blocks, saved at `path` (python-docx): a table's caption a paragraph above it, its
    merges ((row, column, row, column) pairs, the header's) made."""
    from docx import Document

    doc = Document()
    for block in blocks:
        if block[0] == "h":
            doc.add_heading(block[1], level=heading_level)
        elif block[0] == "p":
            doc.add_paragraph(block[1])
        else:
            doc.add_paragraph(block[1])
            rows = block[2]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    if cell:
                        table.cell(r, c).text = cell
            for r0, c0, r1, c1 in (block[3] if len(block) > 3 else ()):
                table.cell(r0, c0).merge(table.cell(r1, c1))
    doc.save(path)
    return path
