"""Which packs to load (a file, a directory, a bundled name or alias, or the defaults) and loading
them: read, resolve `extends` and `parameters_from`, parse, reject duplicate ids across packs.

A loaded pack is cached on disk (checker/cache.py) by its file's name and bytes; the entry also
lists every other pack file its loading read (the base it extends, the pack it shares parameters
with) with their hashes, and is used only while they are all unchanged. An invalid pack is never
cached: its errors are found again on every run."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from checker.cache import cached
from checker.rules.criteria import Pack, PackError, problem
from checker.rules.files import (bundled_names, bundled_path, file_sha256, pack_name, read_pack_file, recording,
                                 unchanged)

BUNDLED_DEFAULT = ("duties", "consistency")  # run together unless --criteria says otherwise
ALIASES = {"优质均衡": "yzjh", "基本均衡": "jbjh", "普及普惠": "ppph", "学前普及普惠": "ppph", "履职": "duties", "一致性": "consistency"}


def resolve(spec: str | Path | None) -> list[Path]:
    """A pack file, a directory of packs, or the name of a bundled pack."""
    if spec is None:  # the default packs, and the bundled province packs that extend them
        base = [bundled_path(name) for name in BUNDLED_DEFAULT]
        return base + [bundled_path(n) for n in bundled_names() if "." in n and n.split(".")[0] in BUNDLED_DEFAULT]
    path = Path(spec)
    if path.is_dir():
        return sorted(path.glob("*.yaml"))
    if path.exists():
        return [path]
    name = ALIASES.get(str(spec), str(spec))
    if name in bundled_names():  # a bundled pack, with the province packs that extend it
        return [bundled_path(name)] + [bundled_path(n) for n in bundled_names() if n.startswith(name + ".")]
    raise PackError([problem(str(spec), "", "pack.not_found", bundled=", ".join(bundled_names()))])


def all_bundled() -> list[Pack]:
    """Every shipped pack: the default ones (with their province packs) first, then the opt-in ones."""
    packs = load_packs()
    for name in bundled_names():
        if name not in {p.id for p in packs}:
            packs += load_packs(name)
    return packs


def load_packs(spec: str | Path | None = None) -> list[Pack]:
    """The packs, base packs before the province packs that extend them (a directory lists
    duties.henan.yaml before duties.yaml; compiling needs the base first)."""
    packs = sorted((load_pack(p) for p in resolve(spec)), key=lambda p: p.extends is not None)
    seen: dict[str, str] = {}
    problems = []
    for pack in packs:
        if pack.extends:
            continue  # a province pack repeats its base's ids on purpose
        for c in pack.criteria:
            for key in (c.id, *c.aliases):
                if key in seen:
                    problems.append(problem(pack.source, f"criteria[{c.id}].id", "pack.id_reused", id=repr(key),
                                            other=seen[key]))
                seen[key] = pack.source
    if problems:
        raise PackError(problems)
    return packs


def load_pack(path: Path) -> Pack:
    """One pack file, parsed and validated, from the cache when neither it nor any pack file it
    read has changed since."""
    name = pack_name(path)
    reads, pack = cached("packs", (name, file_sha256(path)), lambda: _built(path, name),
                         fresh=lambda entry: unchanged(entry[0]))
    return pack


def _built(path: Path, name: str) -> tuple[list[tuple[str, str | None]], Pack]:
    with recording() as reads:
        pack = _parsed(path, name)
    return reads, pack


def _parsed(path: Path, name: str) -> Pack:
    from checker.rules.extends import extended, shared_parameters  # not needed for a cached pack
    from checker.rules.parse import parse_pack

    sha256, raw = read_pack_file(path)
    extends, provinces, overrides = None, (), ()
    if isinstance(raw, dict) and raw.get("extends"):
        raw, extends, provinces, overrides = extended(raw, name, path)
    if isinstance(raw, dict) and raw.get("parameters_from"):
        raw = shared_parameters(raw, name, path)
    pack = parse_pack(raw, name, sha256)
    return replace(pack, extends=extends, provinces=provinces, overrides=overrides) if extends else pack
