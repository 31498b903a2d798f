"""Hostile-input-safe YAML and JSON reading that keeps every scalar's text as written.

YAML is read from libyaml's event stream (no recursion, no object construction by tag): aliases
are refused (no billion laughs), nesting is capped, the node count is capped and the file size is
checked before reading. Scalars become plain values, and `raw` maps each scalar's path to its
text exactly as written (`10071.80` keeps both decimals) and its line.
"""

from __future__ import annotations

import io
import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from checker.i18n import Text, t
from checker.model import line_place

MAX_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 24
MAX_NODES = 500_000

PathT = tuple  # of str | int


MAX_NUMBER_CHARS = 64  # no reported figure is longer; Python refuses ints over 4,300 digits anyway


class DocumentError(ValueError):
    """A file that cannot be read; `message`, `place` and `expected` are catalogue texts or plain
    text (a place is a YAML path or sheet!cell as written, or a line or row in the reader's language)."""

    def __init__(self, message, place: "str | Text" = "", expected=""):
        super().__init__(str(message))
        self.message = message
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


def place_of(path: PathT) -> str | Text:
    """An input error's place for a YAML/JSON path: the path itself, or the whole document."""
    return format_path(path) if path else t("input.place.document")


# Size limits by format, checked before a byte is read (README "Limits"). YAML and JSON are read
# whole into a tree: 8 MiB is ~30,000 facts, far beyond one entity's submission. A long CSV table
# is an office's batch (200,000 rows is legitimate) and is streamed row by row. An .xlsx is a zip:
# its unpacked size (`check_zip`) and its sheets' dimensions (intake/tables.py) are bounded
# separately. A county's report given to `extract` (.docx, .pdf, .html, .txt) is bounded likewise,
# then by its pages and characters (intake/extract/readers.py).
MIB = 1024 * 1024
MAX_BYTES_BY_SUFFIX = {".csv": 64 * MIB, ".xlsx": 32 * MIB, ".docx": 32 * MIB, ".pdf": 64 * MIB, ".html": 4 * MIB,
                       ".htm": 4 * MIB, ".txt": 8 * MIB}  # a web page is parsed at ~1-2 MiB a second


def limit_for(path: Path) -> int:
    return MAX_BYTES_BY_SUFFIX.get(path.suffix.lower(), MAX_BYTES)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refused before reading when over its format's limit or not a regular file
    (a FIFO or a device such as /dev/zero would block or never end)."""
    import stat

    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise DocumentError(t("input.not_regular_file"), expected=t("input.expected_regular_file"))
    size = info.st_size
    limit = limit_for(path)
    kind = path.suffix.lower().lstrip(".").upper() or "submission"
    if size > limit:
        raise DocumentError(t("input.file_too_large", size=f"{size:,}", limit=f"{limit:,}", kind=kind),
                            expected=t("input.expected_file_size", kind=kind, limit_mib=limit // (1024 * 1024)))
    with path.open("rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:  # grew while we read
        raise DocumentError(t("input.file_too_large", size=f"> {limit:,}", limit=f"{limit:,}", kind=kind),
                            expected=t("input.expected_file_size", kind=kind, limit_mib=limit // (1024 * 1024)))
    return data


# A zip (an .xlsx workbook, a .docx report) is refused before any member is inflated when its
# members together declare more than `MAX_UNPACKED` (a zip bomb), or one XML member more than
# `MAX_XML_MEMBER` (the part a reader parses whole into a tree: a .docx's document.xml). The sizes
# are the zip's declared ones; Python's zipfile never inflates a member beyond its declared size.
MAX_UNPACKED = {".xlsx": 256 * MIB, ".docx": 64 * MIB}
MAX_XML_MEMBER = {".docx": 16 * MIB}
MAX_MEMBERS = 10_000
# the catalogue's words, by kind: (damaged, expected intact, too large unpacked, expected size)
_ZIP_TEXTS = {".xlsx": ("input.xlsx_damaged", "input.expected_xlsx", "input.xlsx_too_large_unpacked",
                        "input.expected_xlsx_size"),
              ".docx": ("input.docx_damaged", "input.expected_docx", "input.docx_too_large_unpacked",
                        "input.expected_docx_size")}


def check_zip(data: bytes, suffix: str = ".xlsx") -> None:
    """Refuse a zip of kind `suffix` (.xlsx, .docx) that is damaged (no directory: truncated, not a
    zip) or unpacks beyond its limits, from its directory alone: no member is read."""
    import zipfile

    damaged, intact, too_large, expected_size = _ZIP_TEXTS[suffix]
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise DocumentError(t(damaged, cause=exc.__class__.__name__), expected=t(intact)) from None
    limit = MAX_UNPACKED[suffix]
    size = sum(i.file_size for i in infos)
    if size > limit or len(infos) > MAX_MEMBERS:
        raise DocumentError(t(too_large, size=f"{size:,}", limit=f"{limit:,}"),
                            expected=t(expected_size, limit_mib=limit // MIB))
    member = MAX_XML_MEMBER.get(suffix)
    big = next((i for i in infos if member is not None and i.file_size > member
                and i.filename.lower().endswith((".xml", ".rels"))), None)
    if big is not None:
        raise DocumentError(t("input.zip_member_too_large", member=big.filename[:80], size=f"{big.file_size:,}",
                              limit=f"{member:,}"),
                            big.filename[:80], t("input.expected_zip_member_size", limit_mib=member // MIB))


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(t("input.not_utf8", byte=exc.start), expected=t("input.expected_utf8")) from None


def load_yaml(text: str) -> Document:
    """One pass over libyaml's events, building plain containers as they arrive.

    Per event the work is a class test and, for a scalar, a cached conversion of its text
    (`_plain`): the same keys and codes recur in every file, so most scalars cost a dict look-up.
    """
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    doc = Document(None)
    raw, lines = doc.raw, doc.lines
    stack: list[list] = []  # of [container, path, pending key or None]
    nodes = docs = 0
    scalar_event, alias_event, doc_start = yaml.ScalarEvent, yaml.AliasEvent, yaml.DocumentStartEvent
    seq_start, map_start = yaml.SequenceStartEvent, yaml.MappingStartEvent
    ends = (yaml.SequenceEndEvent, yaml.MappingEndEvent)

    def current_path() -> PathT:
        if not stack:
            return ()
        container, path, key = stack[-1]
        return path + ((len(container),) if isinstance(container, list) else (key,))

    def place(value: Any, line: int) -> PathT | None:
        """Put a value into the open container; its path, or None for a key or the root."""
        if not stack:
            doc.data = value
            return None
        frame = stack[-1]
        container = frame[0]
        if container.__class__ is list:
            p = frame[1] + (len(container),)
            container.append(value)
            return p
        key = frame[2]
        if key is None:
            if value is None or not isinstance(value, (str, int, float, bool)):
                raise DocumentError(t("input.yaml_complex_key"), place_of(frame[1]),
                                    expected=t("input.expected_plain_key"))
            key = str(value)
            if key in container:
                raise DocumentError(t("input.duplicate_key_line", name=repr(key), line=line), place_of(frame[1] + (key,)),
                                    expected=t("input.expected_key_once"))
            frame[2] = key
            return None
        container[key] = value
        frame[2] = None
        return frame[1] + (key,)

    try:
        try:
            while loader.check_event():
                event = loader.get_event()
                nodes += 1
                if nodes > MAX_NODES:
                    raise DocumentError(t("input.too_many_nodes", limit=f"{MAX_NODES:,}"), expected=t("input.expected_normal_size"))
                cls = event.__class__
                if cls is scalar_event:
                    line = event.start_mark.line + 1
                    if event.tag is not None and event.tag != "!":
                        raise DocumentError(t("input.yaml_tag", tag=event.tag, line=line),
                                            place_of(current_path()), expected=t("input.expected_untagged"))
                    written = event.value
                    p = place(_scalar(written, line, current_path()) if event.implicit[0] else written, line)
                    if p is not None:
                        raw[p] = written
                        lines[p] = line
                elif cls is map_start or cls is seq_start:
                    line = event.start_mark.line + 1
                    if event.tag is not None and event.tag != "!":
                        raise DocumentError(t("input.yaml_tag", tag=event.tag, line=line),
                                            place_of(current_path()), expected=t("input.expected_untagged"))
                    if len(stack) >= MAX_DEPTH:
                        raise DocumentError(t("input.too_deep_line", depth=MAX_DEPTH, line=line),
                                            place_of(current_path()), expected=t("input.expected_shallow"))
                    container: Any = [] if cls is seq_start else {}
                    path = current_path()
                    if place(container, line) is not None:
                        lines[path] = line
                    stack.append([container, path, None])
                elif cls in ends:
                    stack.pop()
                elif cls is alias_event:
                    line = event.start_mark.line + 1 if event.start_mark else 0
                    raise DocumentError(t("input.yaml_alias", anchor=event.anchor, line=line),
                                        place_of(current_path()), expected=t("input.expected_no_alias"))
                elif cls is doc_start:
                    docs += 1
                    if docs > 1:
                        raise DocumentError(t("input.yaml_many_documents"), expected=t("input.expected_one_document"))
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        position = getattr(exc, "position", None)  # a reader error (a control character): a byte offset
        where = line_place(mark.line + 1, mark.column + 1) if mark else \
            line_place(text.encode("utf-8")[:position].count(b"\n") + 1) if isinstance(position, int) else ""
        problem = yaml_problem(getattr(exc, "problem", None) or getattr(exc, "reason", None) or str(exc))
        raise DocumentError(t("input.yaml_syntax", problem=problem), where, expected=t("input.expected_yaml")) from None
    return doc


# libyaml's (or PyYAML's) and Python's json's problem texts, by a phrase they contain, to the
# catalogue's words for them (first match wins);
# any other problem keeps the parser's own text (shown as a detail in Chinese).
_YAML_PROBLEMS = (
    ("found character '\\t'", "tab"), ("found a tab character", "tab"),
    ("did not find expected node content", "node_content"), ("mapping values are not allowed", "mapping_values"),
    ("that cannot start any token", "cannot_start_token"),
    ("did not find expected '-' indicator", "expected_dash"), ("did not find expected ',' or ']'", "flow_sequence"),
    ("did not find expected ',' or '}'", "flow_mapping"), ("found unexpected end of stream", "end_of_stream"),
    ("found unknown escape character", "escape"),
    ("did not find expected key", "expected_key"), ("could not find expected ':'", "expected_colon"),
    ("expected <document start>", "document_start"), ("expected alphabetic or numeric character", "anchor_name"),
    ("control characters are not allowed", "control_char"), ("special characters are not allowed", "control_char"),
)
_JSON_PROBLEMS = (
    ("Expecting value", "value"), ("Expecting ':' delimiter", "colon"), ("Expecting ',' delimiter", "comma"),
    ("Expecting property name", "property_name"), ("Unterminated string", "unterminated"),
    ("Invalid \\escape", "escape"), ("Invalid \\uXXXX escape", "escape"), ("Extra data", "extra_data"),
    ("Invalid control character", "control_char"), ("Illegal trailing comma", "trailing_comma"),
)


def _problem(raw: str, known: tuple, prefix: str) -> Text:
    for start, key in known:
        if start in raw:
            return t(f"{prefix}.{key}")
    return t(f"{prefix}.other", raw=raw.strip()[:200])


def yaml_problem(raw: str) -> Text:
    """libyaml's problem (`could not find expected ':'`) in the reader's language."""
    return _problem(raw, _YAML_PROBLEMS, "input.yaml_problem")


def json_problem(raw: str) -> Text:
    """Python's JSON problem (`Expecting ',' delimiter`) in the reader's language."""
    return _problem(raw, _JSON_PROBLEMS, "input.json_problem")


def os_reason(exc: OSError) -> Text:
    """Why a file could not be opened, in the reader's language (the system's English text only
    for a cause not named here)."""
    import errno

    key = {errno.ENOENT: "not_found", errno.EACCES: "permission", errno.EPERM: "permission",
           errno.EISDIR: "is_directory", errno.ELOOP: "loop"}.get(exc.errno or -1)
    if key:
        return t(f"input.os.{key}")
    return t("input.os.other", code=exc.errno or "", reason=exc.strerror or exc.__class__.__name__)


def joined(messages: list) -> Text | str:
    """Several problems of one fact as one text, in the reader's language."""
    out = messages[0] if messages else ""
    for m in messages[1:]:
        out = t("input.and", first=out, second=m)
    return out


def either(options: list) -> Text | str:
    """`文字或数字` / `text or a number`."""
    out = options[0] if options else ""
    for o in options[1:]:
        out = t("input.or", first=out, second=o)
    return out


def _scalar(text: str, line: int, path: PathT) -> Any:
    """A plain scalar's value, or a DocumentError at its place: an impossible date (2021-13-45), a
    number of thousands of digits, anything PyYAML's constructors refuse."""
    if len(text) > MAX_NUMBER_CHARS and text[:1] in "+-.0123456789" and _plain_is_number(text):
        raise DocumentError(t("input.number_too_long", digits=len(text)), place_of(path),
                            t("input.expected_short_number", limit=MAX_NUMBER_CHARS))
    try:
        return _plain(text)
    except (ValueError, OverflowError, TypeError) as exc:
        raise DocumentError(t("input.bad_scalar", line=line, text=repr(text[:40]), reason=str(exc)[:80]),
                            place_of(path), t("input.expected_plain_value")) from None


def _plain_is_number(text: str) -> bool:
    import yaml

    resolver, _ = _yaml_tools()
    return resolver.resolve(yaml.ScalarNode, text, (True, False)).endswith((":int", ":float"))


@lru_cache(maxsize=1 << 16)
def _plain(text: str) -> Any:
    """A plain (unquoted) scalar's value by PyYAML's own safe resolver and constructors (int,
    float, bool, null, timestamp, str). Cached: every result is immutable."""
    import yaml

    resolver, constructor = _yaml_tools()
    tag = resolver.resolve(yaml.ScalarNode, text, (True, False))
    build = constructor.yaml_constructors.get(tag)
    if build is None:
        return text
    return build(constructor, yaml.ScalarNode(tag, text))


@lru_cache(maxsize=1)
def _yaml_tools():
    import yaml

    return yaml.resolver.Resolver(), yaml.constructor.SafeConstructor()


def load_json(text: str) -> Document:
    """JSON with raw number text kept; duplicate keys and non-finite numbers refused."""
    doc = Document(None)

    def pairs(items: list[tuple[str, Any]]) -> dict:
        out: dict = {}
        for key, value in items:
            if key in out:
                raise DocumentError(t("input.duplicate_key", name=repr(key)), expected=t("input.expected_key_once"))
            out[key] = value
        return out

    def bad_constant(name: str) -> Any:
        raise DocumentError(t("input.not_finite", text=name), expected=t("input.expected_finite"))

    class Raw(str):
        pass

    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_float=Raw, parse_int=Raw,
                          parse_constant=bad_constant)
    except json.JSONDecodeError as exc:
        raise DocumentError(t("input.json_syntax", problem=json_problem(exc.msg)), line_place(exc.lineno, exc.colno),
                            expected=t("input.expected_json")) from None
    except RecursionError:
        raise DocumentError(t("input.too_deep", depth=MAX_DEPTH), expected=t("input.expected_shallow")) from None

    def walk(value: Any, path: PathT, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise DocumentError(t("input.too_deep", depth=MAX_DEPTH), place_of(path))
        if isinstance(value, Raw):
            if len(value) > MAX_NUMBER_CHARS:
                raise DocumentError(t("input.number_too_long", digits=len(value)), place_of(path),
                                    t("input.expected_short_number", limit=MAX_NUMBER_CHARS))
            doc.raw[path] = str(value)
            number = float(value) if any(c in value for c in ".eE") else int(value)
            if isinstance(number, float) and not math.isfinite(number):  # 1e999
                raise DocumentError(t("input.not_finite", text=value), place_of(path), expected=t("input.expected_finite"))
            return number
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
