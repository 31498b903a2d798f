"""Pack files: the bundled ones (checker/packs/, which the repository's criteria/ points to), and
each file read once per process. While a pack is being built for the cache (rules/library.py),
every pack file it reads — and every file it looked for and did not find — is recorded, so that a
cached pack is used only while all of them are unchanged."""

from __future__ import annotations

import hashlib
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from checker.i18n import Text, t
from checker.intake.safeyaml import DocumentError, decode, load_yaml, read_bytes
from checker.rules.criteria import PackError

_recorded: list[list[tuple[str, str | None]]] = []  # (file, sha256, or None: looked for, absent)


PACKS = Path(__file__).parent.parent / "packs"


def bundled_path(name: str = "duties") -> Path:
    """A pack shipped in the package (checker/packs/, which the repository's criteria/ points to)."""
    return PACKS / f"{name}.yaml"


def bundled_names() -> list[str]:
    return sorted(p.name[:-5] for p in PACKS.iterdir() if p.name.endswith(".yaml"))


def pack_name(path: Path) -> str:
    return path.as_posix() if not str(path).startswith(str(bundled_path().parent)) else f"bundled:{path.name}"


def read_pack_file(path: Path) -> tuple[str, Any]:
    """(sha256, YAML data) of a pack file; read once per process, as a province pack's base is
    read again by every pack that extends it. Callers never mutate the data (`extended` copies)."""
    stat = path.stat()
    sha256, data = _read_cached(str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    for reads in _recorded:
        reads.append((str(path.resolve()), sha256))
    return sha256, data


def pack_file_exists(path: Path) -> bool:
    """Whether a pack file is there; its absence is recorded too (a file put there later changes
    what a pack extends)."""
    if path.is_file():
        return True
    for reads in _recorded:
        reads.append((str(path.resolve()), None))
    return False


def file_sha256(path: Path) -> str:
    """The sha256 of a pack file's bytes, without parsing it."""
    stat = path.stat()
    return _sha_cached(str(path.resolve()), stat.st_mtime_ns, stat.st_size)


@contextmanager
def recording() -> Iterator[list[tuple[str, str | None]]]:
    """Every pack file read (path, sha256) and looked for in vain (path, None) inside the block."""
    reads: list[tuple[str, str | None]] = []
    _recorded.append(reads)
    try:
        yield reads
    finally:
        _recorded.remove(reads)


def unchanged(reads: list[tuple[str, str | None]]) -> bool:
    """Whether every recorded pack file still has the same bytes, and every absent one is still absent."""
    try:
        return all(file_sha256(Path(p)) == sha if sha else not Path(p).is_file() for p, sha in reads)
    except (OSError, PackError):
        return False


@lru_cache(maxsize=64)
def _sha_cached(path: str, mtime_ns: int, size: int) -> str:
    try:
        return hashlib.sha256(read_bytes(Path(path))).hexdigest()
    except DocumentError as exc:
        raise _pack_error(path, exc) from None


@lru_cache(maxsize=64)
def _read_cached(path: str, mtime_ns: int, size: int) -> tuple[str, Any]:
    try:
        data = read_bytes(Path(path))
        return hashlib.sha256(data).hexdigest(), load_yaml(decode(data)).data
    except DocumentError as exc:
        raise _pack_error(path, exc) from None


def _pack_error(path: str, exc: DocumentError) -> PackError:
    return PackError([document_problem(pack_name(Path(path)), exc)])


def document_problem(name: str, exc: DocumentError) -> Text:
    """A pack or plan file that cannot be read (YAML syntax, encoding, size): where and what, as a
    submission's reading error says it."""
    message = t("pack.with_expected", message=exc.message, expected=exc.expected) if exc.expected else exc.message
    return t("pack.at", file=name, place=exc.place, message=message) if exc.place else \
        t("pack.at_file", file=name, message=message)
