"""JSON Schema validation of submissions and criteria packs (schemas in checker/schemas/).

jsonschema reports every error with its path; the same schema compiled by fastjsonschema first
tells, 25× faster and without importing jsonschema, whether there is any — almost every document
is valid, so a national batch and a one-file check both stay fast. Generating and compiling that
validator costs 35–100 ms per schema, so its byte code is kept in the disk cache (checker/cache.py)
by the schema's bytes and fastjsonschema's version, and run with a stand-in for fastjsonschema's
exception so that a valid document is checked without importing fastjsonschema (~20 ms, it pulls
in urllib) or jsonschema.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any


@lru_cache(maxsize=None)
def _raw(name: str) -> bytes:
    return (Path(__file__).parent.parent / "schemas" / f"{name}.schema.json").read_bytes()


@lru_cache(maxsize=None)
def schema(name: str) -> dict:
    return json.loads(_raw(name).decode("utf-8"))


@lru_cache(maxsize=None)
def _full(name: str):
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema(name))


class Invalid(ValueError):
    """Raised by a generated validator (in place of fastjsonschema's exceptions): the document
    breaks its schema; jsonschema then lists every error with its path."""

    def __init__(self, message: str = "", **details: Any):
        super().__init__(message)


FJS_IMPORT = "from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException\n"


@lru_cache(maxsize=None)
def _fast(name: str):
    """The fastjsonschema validator of a schema: its generated module's byte code from the cache,
    run once per process; the validator is the first function the module defines (the root's)."""
    import marshal

    from checker.cache import cached

    function, code = cached("schemas", (name, _raw(name), _fjs_version()), lambda: _generated(name))
    namespace: dict[str, Any] = {"__name__": f"checker.schemas.{name}", "JsonSchemaValueException": Invalid,
                                 "JsonSchemaValuesException": Invalid}
    exec(marshal.loads(code), namespace)  # noqa: S102 - code generated from our own schema
    return namespace[function]


def _fjs_version() -> str:
    """fastjsonschema's version as its version.py states it (importing fastjsonschema costs ~20 ms)."""
    from importlib.util import find_spec

    try:
        return Path(find_spec("fastjsonschema").origin).with_name("version.py").read_text("utf-8")
    except (OSError, AttributeError, TypeError):
        import fastjsonschema

        return fastjsonschema.VERSION


def _generated(name: str) -> tuple[str, bytes]:
    import marshal
    import re

    import fastjsonschema

    source = fastjsonschema.compile_to_code(schema(name))
    if FJS_IMPORT not in source:  # fastjsonschema changed how it names its exceptions: update FJS_IMPORT
        raise RuntimeError(f"fastjsonschema {fastjsonschema.VERSION}: generated code does not import its exceptions "
                           "as checker/intake/schema.py expects")
    function = re.search(r"^def (\w+)\(", source, re.MULTILINE).group(1)
    return function, marshal.dumps(compile(source.replace(FJS_IMPORT, ""), f"<schema {name}>", "exec"))


def errors(name: str, data: Any) -> list:
    """Every schema error of `data` (jsonschema errors, sorted by path); [] when valid."""
    try:
        _fast(name)(data)
        return []
    except Invalid:
        return sorted(_full(name).iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
