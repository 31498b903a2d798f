"""One catalogue of what a person reads — labels, messages, errors — Chinese first, English on request.

Texts live in `checker/data/messages.yaml` as `key: {zh: ..., en: ...}` with `{field}` placeholders
(str.format). Code names a text by its key; `Text` is a message not yet rendered (key and fields),
so the canonical record carries it in both languages and each renderer picks one. A field that is
itself a `Text` is rendered in the same language; a tuple field is a list, each item so rendered.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

LANGS = ("zh", "en")


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, str]]:
    """The texts by key; parsed once and kept in the disk cache (checker/cache.py) by the file's bytes."""
    from checker.cache import cached

    raw = (Path(__file__).parent / "data" / "messages.yaml").read_bytes()
    return cached("catalogue", (raw,), lambda: _parsed(raw))


def _parsed(raw: bytes) -> dict[str, dict[str, str]]:
    import yaml

    return yaml.load(raw.decode("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@dataclass(frozen=True)
class Text:
    """A message by catalogue key, rendered only when a language is chosen."""

    key: str
    fields: tuple[tuple[str, Any], ...] = ()

    def render(self, lang: str = "zh") -> str:
        entry = catalogue()[self.key]
        template = entry.get(lang) or entry["zh"]
        return template.format(**{k: _field(v, lang) for k, v in self.fields})

    def both(self) -> dict[str, str]:
        return {lang: self.render(lang) for lang in LANGS}

    def __str__(self) -> str:
        return self.render("zh")


def _field(value: Any, lang: str) -> Any:
    """A field as shown: a Text in the same language; a tuple of them (or of plain strings) listed."""
    if isinstance(value, Text):
        return value.render(lang)
    if isinstance(value, tuple):
        return ("、" if lang == "zh" else ", ").join(str(_field(v, lang)) for v in value)
    return value


def t(key: str, **fields: Any) -> Text:
    """The text `key` with its fields, to be rendered later in the reader's language."""
    if key not in catalogue():
        raise KeyError(f"no text {key!r} in checker/data/messages.yaml")
    return Text(key, tuple(sorted(fields.items())))


def text(key: str, lang: str = "zh", **fields: Any) -> str:
    """The text `key` rendered now, in `lang`."""
    return t(key, **fields).render(lang)


def render(value: Text | str | None, lang: str = "zh") -> str:
    """A message that may still be plain text (not yet in the catalogue) in `lang`."""
    if value is None:
        return ""
    return value.render(lang) if isinstance(value, Text) else value
