"""The disk cache of packs, schema validators and catalogues (checker/cache.py): an entry serves only
the exact contents it was built from, a corrupt or stale entry is rebuilt, an invalid pack is never
cached, and the cache can be moved or turned off."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from checker import cache
from checker.rules import parse
from checker.rules.criteria import PackError
from checker.rules.library import load_packs

from conftest import MINI_PACK, write


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def no_parsing(monkeypatch):
    """From here on a pack can only come from the cache."""
    def refuse(*args, **kwargs):
        raise AssertionError("parsed again instead of read from the cache")

    return lambda: monkeypatch.setattr(parse, "parse_pack", refuse)


def entries(folder: Path, kind: str = "packs") -> list[Path]:
    return sorted((folder / kind).glob("*.pickle"))


def test_the_tests_never_write_into_the_real_home():
    assert not str(cache.directory()).startswith(str(Path.home() / ".cache"))


def test_a_pack_is_read_back_from_the_cache(tmp_path, cache_dir, no_parsing):
    pack = write(tmp_path, "mini.yaml", MINI_PACK)
    first = load_packs(pack)
    assert len(entries(cache_dir)) == 1
    no_parsing()
    assert load_packs(pack) == first


def test_a_changed_pack_file_gives_a_new_result(tmp_path, cache_dir):
    pack = write(tmp_path, "mini.yaml", MINI_PACK)
    assert load_packs(pack)[0].criteria[0].title_zh == "辍学清零"
    write(tmp_path, "mini.yaml", MINI_PACK.replace("辍学清零", "控辍保学到位"))
    assert load_packs(pack)[0].criteria[0].title_zh == "控辍保学到位"
    assert len(entries(cache_dir)) == 2  # one entry per content, never shared


BASE = MINI_PACK.replace("id: mini,", "id: base,")
PROVINCE = 'pack: {id: base.x, version: "1", title: {zh: 某省, en: a province}}\nextends: BASE\nprovinces: ["53"]\n'


def test_a_pack_whose_base_changed_is_rebuilt(tmp_path, cache_dir):
    write(tmp_path, "base.yaml", BASE)
    province = write(tmp_path, "base.x.yaml", PROVINCE.replace("BASE", "base.yaml"))
    assert {c.title_zh for p in load_packs(province) for c in p.criteria} == {"辍学清零"}
    write(tmp_path, "base.yaml", BASE.replace("辍学清零", "控辍保学到位"))  # the province file itself is unchanged
    assert {c.title_zh for p in load_packs(province) for c in p.criteria} == {"控辍保学到位"}


def test_a_base_file_that_appears_beside_a_pack_is_noticed(tmp_path, cache_dir):
    # `extends: duties` means a file "duties" beside the pack if there is one, else the bundled pack
    province = write(tmp_path, "p.yaml", PROVINCE.replace("BASE", "duties").replace("base.x", "duties.x"))
    assert "DUT-RET-01" in {c.id for c in load_packs(province)[0].criteria}
    write(tmp_path, "duties", BASE)
    assert {c.id for c in load_packs(province)[0].criteria} == {"MINI-01"}


@pytest.mark.parametrize("damage", [b"", b"not a pickle", "truncated"])
def test_a_corrupt_entry_is_ignored_and_rebuilt(tmp_path, cache_dir, no_parsing, damage):
    pack = write(tmp_path, "mini.yaml", MINI_PACK)
    first = load_packs(pack)
    [entry] = entries(cache_dir)
    good = entry.read_bytes()
    entry.write_bytes(good[: len(good) // 2] if damage == "truncated" else damage)
    assert load_packs(pack) == first
    no_parsing()
    assert load_packs(pack) == first  # the rebuilt entry is whole again
    assert entry.read_bytes() == good


def test_an_entry_under_the_wrong_name_is_not_used(tmp_path, cache_dir):
    pack = write(tmp_path, "mini.yaml", MINI_PACK)
    load_packs(pack)
    other = write(tmp_path, "other.yaml", MINI_PACK.replace("辍学清零", "别的"))
    load_packs(other)
    a, b = entries(cache_dir)
    a.write_bytes(b.read_bytes())  # an entry renamed or copied over another: its stored key disagrees
    b.write_bytes(a.read_bytes())
    assert {load_packs(pack)[0].criteria[0].title_zh, load_packs(other)[0].criteria[0].title_zh} == {"辍学清零", "别的"}


def test_an_invalid_pack_is_never_cached(tmp_path, cache_dir):
    pack = write(tmp_path, "bad.yaml", MINI_PACK.replace("dropouts_outstanding == 0", "no_such_indicator == 0"))
    for _ in range(2):
        with pytest.raises(PackError):
            load_packs(pack)
    assert entries(cache_dir) == []


def test_the_cache_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKER_CACHE_DIR", "0")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.directory() is None
    calls = []
    assert cache.cached("test", ["a"], lambda: calls.append(1) or 42) == 42
    assert cache.cached("test", ["a"], lambda: calls.append(1) or 42) == 42
    assert len(calls) == 2 and not any(tmp_path.rglob("*.pickle"))


def test_xdg_cache_home_then_home(tmp_path, monkeypatch):
    monkeypatch.delenv("CHECKER_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.directory() == tmp_path / "xdg" / "checker"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.directory() == tmp_path / "home" / ".cache" / "checker"
    cache.cached("test", ["a"], lambda: 42)
    assert len(list((tmp_path / "home" / ".cache" / "checker" / "test").glob("*.pickle"))) == 1


def test_a_cache_that_cannot_be_written_costs_only_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(blocker / "cache"))
    pack = write(tmp_path, "mini.yaml", MINI_PACK)
    assert load_packs(pack)[0].criteria[0].id == "MINI-01"


def test_an_entry_its_caller_finds_stale_is_rebuilt(cache_dir):
    assert cache.cached("test", ["a"], lambda: 1) == 1
    assert cache.cached("test", ["a"], lambda: 2) == 1
    assert cache.cached("test", ["a"], lambda: 3, fresh=lambda value: value == 3) == 3
    assert cache.cached("test", ["b"], lambda: 4) == 4


def test_a_value_that_cannot_be_pickled_is_returned_not_cached(cache_dir):
    value = cache.cached("test", ["a"], lambda: (lambda: 5))
    assert value() == 5
    assert [p.name for p in (cache_dir / "test").iterdir()] == []  # no entry, no temporary file left


def test_old_entries_are_pruned(cache_dir, monkeypatch):
    monkeypatch.setattr(cache, "KEEP", 3)
    for n in range(5):
        cache.cached("test", [str(n)], lambda: n)
    assert len(entries(cache_dir, "test")) == 3


def test_schema_validators_come_from_the_cache_and_a_corrupt_one_is_rebuilt(cache_dir):
    from checker.intake import schema

    def fresh_errors(data):
        schema._fast.cache_clear()
        try:
            return [e.message for e in schema.errors("submission", data)]
        finally:
            schema._fast.cache_clear()

    bad = {"entity": {"code": "530322"}, "period": 2021, "facts": []}
    expected = fresh_errors(bad)
    assert expected and fresh_errors({**bad, "entity": {"code": "530322", "name": "陆良县", "level": "county"}}) == []
    [entry] = entries(cache_dir, "schemas")
    entry.write_bytes(pickle.dumps("garbage"))
    assert fresh_errors(bad) == expected
    assert fresh_errors(bad) == expected  # now from the rebuilt entry
