"""A disk cache for what is slow to build and depends only on files: parsed and validated packs
(checker/rules/library.py), compiled schema validators (checker/intake/schema.py) and the language
catalogue (checker/i18n.py). Without it a one-file check spends most of its start parsing the same
YAML and compiling the same JSON schemas on every run.

Where: `$CHECKER_CACHE_DIR`, else `$XDG_CACHE_HOME/checker`, else `~/.cache/checker`;
`CHECKER_CACHE_DIR=0` turns the cache off (everything is then built in memory on every run).

An entry is one file named by a hash of everything it was built from: the content of its source
files (the caller's `parts`), the checker's version, the Python version, and the checker's own
files by size and modification time (so an edited parser or indicator dictionary never meets an
entry built by the old one). Entries are written atomically (a temporary file renamed over the
entry), so concurrent runs never read a half-written one; an entry that cannot be read (corrupt,
truncated, another pickle format) or that its caller finds stale is ignored and rebuilt. A cache
that cannot be written (read-only home, full disk) only costs time: the result is still returned.
The cache holds pickles, read back only from the user's own cache directory.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
FORMAT = b"checker-cache-1"
KEEP = 200  # entries kept per kind; the oldest beyond that are removed when a new one is written


def directory() -> Path | None:
    """The cache directory, or None when the cache is turned off."""
    chosen = os.environ.get("CHECKER_CACHE_DIR")
    if chosen == "0":
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "checker"


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """The checker's version, the Python version, and every file of the checker package by path,
    size and modification time (a stat of each: well under a millisecond)."""
    from checker import __version__

    h = hashlib.sha256(f"{__version__}\0{sys.version}\0{pickle.HIGHEST_PROTOCOL}".encode())
    todo = [os.path.dirname(os.path.abspath(__file__))]
    while todo:
        with os.scandir(todo.pop()) as it:
            entries = sorted(it, key=lambda e: e.name)
        for e in entries:
            if e.name == "__pycache__" or e.name.startswith("."):
                continue
            if e.is_dir():
                todo.append(e.path)
            elif not e.name.endswith((".pyc", ".tmp")):
                st = e.stat()
                h.update(f"{e.path}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    return h.hexdigest()


def key(kind: str, parts: Iterable[str | bytes]) -> str:
    h = hashlib.sha256(f"{kind}\0{fingerprint()}\0".encode())
    for part in parts:
        h.update(part if isinstance(part, bytes) else part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def cached(kind: str, parts: Iterable[str | bytes], build: Callable[[], T],
           fresh: Callable[[T], bool] | None = None) -> T:
    """The value `build()` returns for these source `parts`: read from the cache when an entry for
    exactly these parts exists and `fresh(value)` agrees (it checks what the key cannot, such as
    the files a pack extends), else built and stored. Exceptions from `build` are never cached."""
    root = directory()
    if root is None:
        return build()
    name = key(kind, parts)
    path = root / kind / f"{name}.pickle"
    try:
        with open(path, "rb") as f:
            stored_format, stored_key, value = pickle.load(f)
        if stored_format == FORMAT and stored_key == name and (fresh is None or fresh(value)):
            return value
    except Exception:  # noqa: BLE001 - absent, corrupt, truncated or foreign: rebuilt below
        pass
    value = build()
    _store(path, (FORMAT, name, value))
    return value


def _store(path: Path, entry: tuple) -> None:
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{path.stem[:16]}.", suffix=".tmp", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump(entry, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, path)
    except Exception:  # noqa: BLE001 - a value that cannot be pickled or a full disk: not cached
        try:
            os.unlink(temp)
        except OSError:
            pass
        return
    _prune(path.parent)


def _prune(folder: Path) -> None:
    """Keep the newest KEEP entries of a kind: every edit of a pack or of the checker makes new ones."""
    try:
        entries = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in entries[KEEP:]:
            old.unlink()
    except OSError:
        pass
