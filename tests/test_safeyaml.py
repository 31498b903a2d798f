from contextlib import contextmanager
import time

import pytest

from conftest import en

from checker.intake.safeyaml import MAX_BYTES, DocumentError, load_json, load_yaml, read_bytes


def test_scalars_keep_their_written_text():
    doc = load_yaml("a: 10071.80\nb: [1, '3.90']\nc: null\n")
    assert doc.data == {"a": 10071.8, "b": [1, "3.90"], "c": None}
    assert doc.raw[("a",)] == "10071.80"
    assert doc.raw[("b", 1)] == "3.90"
    assert doc.lines[("b", 0)] == 2


@contextmanager
def refused(fragment: str):
    """The block raises a DocumentError whose message says `fragment` (in English)."""
    with pytest.raises(DocumentError) as info:
        yield
    assert fragment in en(info.value.message)


def test_alias_bomb_is_refused_fast():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(9))
    start = time.perf_counter()
    with refused("alias"):
        load_yaml(bomb)
    assert time.perf_counter() - start < 5  # a guard against a hang, not a timing claim


def test_deep_nesting_is_refused():
    with refused("nesting"):
        load_yaml("a: " + "[" * 5000 + "]" * 5000)  # libyaml itself stops at 1000
    with refused("nesting deeper"):
        load_yaml("a: " + "[" * 30 + "]" * 30)
    with refused("nesting deeper"):
        load_json('{"a": ' + "[" * 5000 + "]" * 5000 + "}")


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.yaml"
    with path.open("wb") as f:
        f.truncate(MAX_BYTES + 1)
    with pytest.raises(DocumentError) as info:
        read_bytes(path)
    assert info.value.message.key == "input.file_too_large"


def test_duplicate_keys_tags_and_multiple_documents_are_refused():
    with refused("duplicate key"):
        load_yaml("a: 1\na: 2\n")
    with refused("tag"):
        load_yaml("a: !!python/object:os.system ls\n")
    with refused("more than one"):
        load_yaml("a: 1\n---\nb: 2\n")
    with refused("duplicate key"):
        load_json('{"a": 1, "a": 2}')


def test_syntax_errors_name_the_line():
    with pytest.raises(DocumentError) as info:
        load_yaml("a: [1, 2\nb: 3\n")
    assert info.value.place.render("en") == "line 2, column 2" and info.value.place.render("zh") == "第2行第2列"


def test_json_keeps_number_text_and_refuses_nan():
    doc = load_json('{"v": 10071.80, "n": 3}')
    assert doc.data == {"v": 10071.8, "n": 3}
    assert doc.raw[("v",)] == "10071.80"
    with refused("not a finite number"):
        load_json('{"v": NaN}')


def test_a_control_character_is_placed_on_its_line_after_chinese_text():
    """libyaml counts a reader error's position in bytes: the line is still the right one."""
    with pytest.raises(DocumentError) as info:
        load_yaml("a: 1\nb: 陆良县陆良县陆良县\nc: 2\nd: x\x01\ne: 3\n")
    assert info.value.place.render("en") == "line 4" and info.value.message.render("zh").startswith("YAML")
