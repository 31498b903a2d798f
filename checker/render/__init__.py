"""Renderers: pure functions `render(report_dict, lang) -> str`, one module per format."""

from __future__ import annotations

from importlib import import_module

FORMATS = {"table": "table", "json": "json_", "csv": "csv_", "markdown": "markdown"}


def render(report: dict, fmt: str, lang: str = "zh") -> str:
    return import_module(f"checker.render.{FORMATS[fmt]}").render(report, lang)
