"""The one catalogue: every text has zh and en with the same fields; every key the code names exists."""

import re
import string
from pathlib import Path

import pytest

from checker.i18n import Text, catalogue, t, text
from checker.model import InputError

PKG = Path(__file__).resolve().parent.parent / "checker"


def fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def test_every_text_has_both_languages_with_the_same_fields():
    for key, entry in catalogue().items():
        assert set(entry) == {"zh", "en"}, key
        assert entry["zh"] and entry["en"], key
        assert fields(entry["zh"]) == fields(entry["en"]), key


def test_every_key_named_in_the_code_is_in_the_catalogue():
    named = set()
    for path in PKG.rglob("*.py"):
        named |= set(re.findall(r"""\b(?:t|text|_?both|text_in)\(\s*["']([a-z_]+(?:\.[a-z_0-9]+)+)["']""",
                                path.read_text("utf-8")))
    assert named, "no catalogue keys found in the code"
    assert not named - set(catalogue()), sorted(named - set(catalogue()))


def test_unknown_key_is_refused_at_once():
    with pytest.raises(KeyError):
        t("no.such.key")


def test_texts_render_in_each_language_and_nest():
    msg = t("input.expected_suffixes", suffixes=".yaml")
    assert msg.render("zh") == "以下列后缀结尾的文件:.yaml"
    assert msg.render("en") == "files ending in .yaml"
    assert isinstance(msg, Text) and str(msg) == msg.render("zh")
    assert text("input.no_such_path", "en") == "no such file or directory"


def test_input_errors_carry_both_languages_in_the_record():
    err = InputError("a.yaml", "facts[0]", t("input.no_such_path"), t("input.expected_suffixes", suffixes=".csv"))
    d = err.to_dict()
    assert d["message"] == "没有这个文件或目录" and d["message_en"] == "no such file or directory"
    assert d["expected"].endswith(".csv") and d["expected_en"] == "files ending in .csv"
    assert err.render("en") == "a.yaml: facts[0]: no such file or directory (expected: files ending in .csv)"
