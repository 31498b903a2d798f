"""Hostile-input-safe YAML and JSON reading that keeps every scalar's text as written.

YAML is read from libyaml's event stream (no recursion, no object construction by tag): aliases
are refused (no billion laughs), nesting is capped, the node count is capped and the file size is
checked before reading. Scalars become plain values, and `raw` maps each scalar's path to its
text exactly as written (`10071.80` keeps both decimals) and its line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAX_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 24
MAX_NODES = 500_000

PathT = tuple  # of str | int


class DocumentError(ValueError):
    def __init__(self, message: str, place: str = "", expected: str = ""):
        super().__init__(message)
        self.place = place
        self.expected = expected


@dataclass
class Document:
    data: Any
    raw: dict[PathT, str] = field(default_factory=dict)  # scalar path -> text as written
    lines: dict[PathT, int] = field(default_factory=dict)  # scalar/collection path -> 1-based line


def format_path(path: PathT) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(document)"


def read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise DocumentError(f"file is {size:,} bytes, larger than the {MAX_BYTES:,}-byte limit",
                            expected="a submission under 8 MiB")
    return path.read_bytes()


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"not UTF-8 text (byte {exc.start})", expected="a UTF-8 file") from None


def load_yaml(text: str) -> Document:
    import yaml

    loader_cls = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    resolver = yaml.resolver.Resolver()
    doc = Document(None)
    # stack of [container, path, pending_key or None]
    stack: list[list] = []
    nodes = 0
    docs = 0

    def place(value: Any, line: int, raw: str | None) -> None:
        if not stack:
            doc.data = value
            return
        frame = stack[-1]
        container, path = frame[0], frame[1]
        if isinstance(container, list):
            p = path + (len(container),)
            container.append(value)
        else:
            if frame[2] is None:
                if not isinstance(value, (str, int, float, bool)) or value is None:
                    raise DocumentError("a mapping key must be a plain scalar", format_path(path),
                                        expected="key: value")
                key = str(value)
                if key in container:
                    raise DocumentError(f"duplicate key {key!r} (line {line})", format_path(path + (key,)),
                                        expected="each key once")
                frame[2] = key
                return
            p = path + (frame[2],)
            container[frame[2]] = value
            frame[2] = None
        if raw is not None:
            doc.raw[p] = raw
        doc.lines[p] = line

    def current_path() -> PathT:
        if not stack:
            return ()
        container, path, key = stack[-1]
        return path + ((len(container),) if isinstance(container, list) else (key,))

    try:
        for event in yaml.parse(text, Loader=loader_cls):
            nodes += 1
            if nodes > MAX_NODES:
                raise DocumentError(f"more than {MAX_NODES:,} YAML nodes", expected="a submission of normal size")
            kind = type(event).__name__
            line = event.start_mark.line + 1 if event.start_mark else 0
            if kind == "AliasEvent":
                raise DocumentError(f"YAML alias *{event.anchor} at line {line} is not allowed",
                                    format_path(current_path()), expected="plain values, no anchors or aliases")
            if kind == "DocumentStartEvent":
                docs += 1
                if docs > 1:
                    raise DocumentError("more than one YAML document in the file", expected="a single document")
            elif kind == "ScalarEvent":
                if event.tag not in (None, "!"):
                    raise DocumentError(f"YAML tag {event.tag} at line {line} is not allowed",
                                        format_path(current_path()), expected="untagged values")
                if event.implicit[0]:
                    tag = resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
                else:
                    tag = "tag:yaml.org,2002:str"
                place(_construct(tag, event.value), line, event.value)
            elif kind in ("SequenceStartEvent", "MappingStartEvent"):
                if event.tag not in (None, "!"):
                    raise DocumentError(f"YAML tag {event.tag} at line {line} is not allowed",
                                        format_path(current_path()), expected="untagged values")
                if len(stack) >= MAX_DEPTH:
                    raise DocumentError(f"nesting deeper than {MAX_DEPTH} levels at line {line}",
                                        format_path(current_path()), expected="the submission's shallow structure")
                container: Any = [] if kind == "SequenceStartEvent" else {}
                p = current_path()
                place(container, line, None)
                stack.append([container, p, None])
            elif kind in ("SequenceEndEvent", "MappingEndEvent"):
                stack.pop()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise DocumentError(f"YAML syntax error: {problem}", where, expected="valid YAML") from None
    return doc


def _construct(tag: str, text: str) -> Any:
    """A scalar's value by PyYAML's own safe constructors (int, float, bool, null, timestamp, str)."""
    import yaml

    global _CONSTRUCTOR
    if _CONSTRUCTOR is None:
        _CONSTRUCTOR = yaml.constructor.SafeConstructor()
    build = _CONSTRUCTOR.yaml_constructors.get(tag)
    if build is None:
        return text
    value = build(_CONSTRUCTOR, yaml.ScalarNode(tag, text))
    return value


_CONSTRUCTOR = None


def load_json(text: str) -> Document:
    """JSON with raw number text kept; duplicate keys and non-finite numbers refused."""
    doc = Document(None)

    def pairs(items: list[tuple[str, Any]]) -> dict:
        out: dict = {}
        for key, value in items:
            if key in out:
                raise DocumentError(f"duplicate key {key!r}", expected="each key once")
            out[key] = value
        return out

    def bad_constant(name: str) -> Any:
        raise DocumentError(f"{name} is not a number", expected="a finite number")

    class Raw(str):
        pass

    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_float=Raw, parse_int=Raw,
                          parse_constant=bad_constant)
    except json.JSONDecodeError as exc:
        raise DocumentError(f"JSON syntax error: {exc.msg}", f"line {exc.lineno}, column {exc.colno}",
                            expected="valid JSON") from None
    except RecursionError:
        raise DocumentError(f"nesting deeper than {MAX_DEPTH} levels", expected="the submission's shallow structure") from None

    def walk(value: Any, path: PathT, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise DocumentError(f"nesting deeper than {MAX_DEPTH} levels", format_path(path))
        if isinstance(value, Raw):
            doc.raw[path] = str(value)
            return float(value) if any(c in value for c in ".eE") else int(value)
        if isinstance(value, str):
            doc.raw[path] = value
            return value
        if isinstance(value, dict):
            return {k: walk(v, path + (k,), depth + 1) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v, path + (i,), depth + 1) for i, v in enumerate(value)]
        if value is not None and not isinstance(value, bool):
            doc.raw[path] = json.dumps(value)
        return value

    doc.data = walk(data, (), 0)
    return doc
