"""What the whole own-made documents' test files share (tests/test_extract_documents32d.py, 33, 33c, 33e): each
document's key (`hand`, what a careful reader attaches; `also`, readings not wrong though not counted), the check that
the documents are whole and their keys their own, the test parameters (a document read wrongly today a strict xfail
naming the class of its fault), and the two assertions: nothing read wrongly, recall not lower than recorded."""

from __future__ import annotations

import re
import unicodedata

import pytest


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
