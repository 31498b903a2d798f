"""The indicator dictionary (checker/data/indicators.yaml), loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from checker.model import STAGES


@dataclass(frozen=True)
class Indicator:
    id: str
    zh: str
    en: str
    family: str
    unit: str
    stages: tuple[str, ...] | str  # "any", "none" or the stages allowed
    derived: bool = False  # computed from the school table by the derive stage, never submitted
    # the reported figure a derived one is taken from when the school table cannot give it:
    # (indicator, stage), the stage None meaning the derived figure's own stage
    reported: tuple[str, str | None] | None = None
    aliases_zh: tuple[str, ...] = ()  # other names reports use; `{stage}` stands for a stage's name
    claims_zh: tuple[str, ...] = ()  # phrases asserting the figure without giving it (动态清零)
    min: float | None = None  # the smallest value it can take (counts, money: 0), None for no bound
    max: float | None = None  # the largest (a share: 100 %; a gross rate or a growth rate: no bound)
    # computed from level figures when the county does not state it (checker/evaluate/derive.py), and
    # checked against them when it does: ("growth", x) — x on prev(x), in % — or ("ratio", x, y) — x / y, in %
    computed: tuple[str, ...] | None = None

    def allows_stage(self, stage: str | None) -> bool:
        if stage is None:
            return True  # a total over all stages is always meaningful
        if self.stages == "any":
            return stage in STAGES
        if self.stages == "none":
            return False
        return stage in self.stages


@lru_cache(maxsize=1)
def dictionary() -> dict[str, Indicator]:
    """The indicators by key; parsed once and kept in the disk cache (checker/cache.py) by the file's bytes."""
    from checker.cache import cached

    data = (Path(__file__).parent.parent / "data" / "indicators.yaml").read_bytes()
    return cached("indicators", (data,), lambda: _parsed(data.decode("utf-8")))


def _parsed(text: str) -> dict[str, Indicator]:
    import yaml

    whole = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    raw = whole["indicators"]
    bounds = whole.get("bounds") or {}
    computed = {key: (("growth", spec["growth"]) if "growth" in spec else ("ratio", *spec["ratio"]))
                for key, spec in (whole.get("computed") or {}).items()}
    out = {}
    for key, spec in raw.items():
        family = bounds.get(spec["family"]) or {}
        stages = spec["stages"]
        reported = spec.get("reported")
        out[key] = Indicator(key, spec["zh"], spec["en"], spec["family"], spec["unit"],
                             tuple(stages) if isinstance(stages, list) else stages, bool(spec.get("derived")),
                             (reported["indicator"], reported.get("stage")) if reported else None,
                             tuple(spec.get("aliases_zh") or ()), tuple(spec.get("claims_zh") or ()),
                             spec.get("min", family.get("min")), spec.get("max", family.get("max")),
                             computed.get(key))
    return out


@lru_cache(maxsize=1)
def plausible_ranges() -> dict[str, dict]:
    """checker/data/plausible.yaml: indicator -> {"basis": {...}, level: (lo, hi), ...}, the ranges a
    figure of an entity of that level can plausibly lie in (screening for unit slips)."""
    import yaml

    text = (Path(__file__).parent.parent / "data" / "plausible.yaml").read_text(encoding="utf-8")
    raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))["ranges"]
    return {key: {k: (tuple(float(x) for x in v) if k != "basis" else v) for k, v in spec.items()}
            for key, spec in raw.items()}
