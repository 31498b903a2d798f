"""JSON Schema validation of submissions and criteria packs (schemas in checker/schemas/).

jsonschema reports every error with its path; the same schema compiled by fastjsonschema first
tells, 25× faster and without importing jsonschema, whether there is any — almost every document
is valid, so a national batch and a one-file check both stay fast.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=None)
def schema(name: str) -> dict:
    return json.loads(resources.files("checker").joinpath(f"schemas/{name}.schema.json").read_text("utf-8"))


@lru_cache(maxsize=None)
def _full(name: str):
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema(name))


@lru_cache(maxsize=None)
def _fast(name: str):
    import fastjsonschema

    return fastjsonschema.compile(schema(name))


def errors(name: str, data: Any) -> list:
    """Every schema error of `data` (jsonschema errors, sorted by path); [] when valid."""
    import fastjsonschema

    try:
        _fast(name)(data)
        return []
    except fastjsonschema.JsonSchemaException:
        return sorted(_full(name).iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
