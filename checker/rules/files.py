"""Pack files: the bundled ones (checker/packs/, which the repository's criteria/ points to), and
each file read once per process."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from checker.intake.safeyaml import DocumentError, decode, load_yaml, read_bytes
from checker.rules.criteria import PackError


def bundled_path(name: str = "duties") -> Path:
    """A pack shipped in the package (checker/packs/, which the repository's criteria/ points to)."""
    return Path(str(resources.files("checker").joinpath(f"packs/{name}.yaml")))


def bundled_names() -> list[str]:
    return sorted(p.name[:-5] for p in resources.files("checker").joinpath("packs").iterdir()
                  if p.name.endswith(".yaml"))


def pack_name(path: Path) -> str:
    return path.as_posix() if not str(path).startswith(str(bundled_path().parent)) else f"bundled:{path.name}"


def read_pack_file(path: Path) -> tuple[str, Any]:
    """(sha256, YAML data) of a pack file; read once per process, as a province pack's base is
    read again by every pack that extends it. Callers never mutate the data (`extended` copies)."""
    stat = path.stat()
    return _read_cached(str(path.resolve()), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _read_cached(path: str, mtime_ns: int, size: int) -> tuple[str, Any]:
    try:
        data = read_bytes(Path(path))
        return hashlib.sha256(data).hexdigest(), load_yaml(decode(data)).data
    except DocumentError as exc:
        raise PackError([f"{pack_name(Path(path))}: {str(exc.place) + ': ' if exc.place else ''}{exc}"]) from None
