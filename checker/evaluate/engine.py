"""The durable-rules wrapper, following ../shared/notes/durable-rules-field-guide.md §9.

- One engine per compiled pack, calling the C extension directly: no host, so no background
  timer threads and no per-firing Python dispatch; its C rulesets are deleted on close.
- One session per submission, one live session at a time, ended by a sentinel fact that fires a
  no-op rule (so `delete_state` is safe) and then `delete_state`.
- Fact ids are `str(n)` (collision-free in the engine's 32-bit hash for n ≤ 797,185); facts are
  asserted one by one, never in a batch; numbers are serialised by us, finite and always with a
  `.` (the engine's parser refuses `1e-05`).
- A ruleset holds at most `KINDS_PER_RULESET` case kinds: every rule starts by testing `kind`, and
  the engine's root alpha node takes at most 511 children (field guide trap 9: at 513
  `create_ruleset` hangs forever, which is where a pack of ~550 criteria stopped). A larger pack is
  split into several rulesets in the one host, each with its own sentinel; a case goes to the
  ruleset holding its kind.
- Every firing is recorded by one wrapper that catches BaseException, so an exception there
  surfaces as an error instead of vanishing.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any, Callable

from checker.i18n import Text, t
from checker.rules.compile import SENTINEL_KIND, CompiledPack

SID = "0"
MAX_FACTS_PER_SESSION = 797_185
_RULESET = "checker"
KINDS_PER_RULESET = 400  # well under the root alpha node's 511 children (field guide trap 9)


class EngineInputError(ValueError):
    pass


class EngineRuleError(ValueError):
    """The engine refused to create the ruleset; `rules` names the rules it refused on their own."""

    def __init__(self, rules: list[str], cause: Exception):
        super().__init__(f"the rule engine refused rules {', '.join(rules) or '(none alone)'}: {cause}")
        self.rules = rules


class CaseResult:
    """What the engine did with one case: the rules that fired (names) and any errors."""

    __slots__ = ("fired", "errors")

    def __init__(self, fired: list[str] | None = None, errors: list[Text] | None = None):
        self.fired = [] if fired is None else fired
        self.errors = [] if errors is None else errors

    def __repr__(self) -> str:
        return f"CaseResult(fired={self.fired!r}, errors={self.errors!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, CaseResult) and (self.fired, self.errors) == (other.fired, other.errors)


def number_text(value: Any) -> str:
    """A number as JSON the engine reads exactly: finite, always with a '.' before any exponent."""
    cls = value.__class__
    if cls is float or cls is int:  # the common case, without the checks below
        x = float(value)
        if x - x == 0.0:  # finite
            text = repr(x)
            if "e" not in text:
                return text
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise EngineInputError(f"{value!r} is not a number")
    x = float(value)
    if not math.isfinite(x):
        raise EngineInputError(f"{value!r} is not a finite number")
    text = repr(x)
    if "e" in text:
        mantissa, exponent = text.split("e")
        if "." not in mantissa:
            text = f"{mantissa}.0e{exponent}"
    return text


def encode(value: Any) -> str:
    """JSON for the engine: like json.dumps, but every number through `number_text`."""
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(str(k), ensure_ascii=False)}:{encode(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(encode(v) for v in value) + "]"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if value is None:
        return "null"
    return number_text(value)


def case_text(n: int, kind: str, operands: dict[str, Any]) -> str:
    """`encode` of a case fact, fast: ids, kinds and slot names are ASCII the compiler made."""
    body = "".join([f',"{key}":{number_text(value)}' for key, value in operands.items()])
    head = _KIND_TEXT.get(kind)
    if head is None:
        head = _KIND_TEXT[kind] = f'"sid":"{SID}","kind":{json.dumps(kind, ensure_ascii=False)}'
    return f'{{"id":"{n}",{head}{body}}}'


_KIND_TEXT: dict[str, str] = {}
_MESSAGE = re.compile(r'\{"([^"\\]*)":\{"m":\{"id":"([0-9]+)"')


def _kind_of(rule: dict) -> str | None:
    """The case kind a compiled rule tests first (compile.py puts `{"kind": …}` first)."""
    m = rule["all"][0]["m"]
    return m["$and"][0].get("kind") if "$and" in m else m.get("kind")


def split_ruleset(ruleset: dict[str, dict], per: int = KINDS_PER_RULESET) -> list[dict[str, dict]]:
    """The ruleset as groups of at most `per` kinds, each with the sentinel rule; rule order kept."""
    sentinel = {k: v for k, v in ruleset.items() if _kind_of(v) == SENTINEL_KIND}
    kinds: dict[str | None, dict[str, dict]] = {}
    for name, rule in ruleset.items():
        if name not in sentinel:
            kinds.setdefault(_kind_of(rule), {})[name] = rule
    groups = list(kinds.values())
    out = []
    for i in range(0, max(len(groups), 1), per):
        part = {name: rule for group in groups[i:i + per] for name, rule in group.items()}
        out.append({**part, **sentinel})
    return out


class Engine:
    """One compiled pack loaded into its own durable-rules rulesets, driven through the C API.

    The engine's Python host (`durable.engine.Host`) dispatches every firing through closures,
    promises, timers and JSON round trips of the session state; here the C calls are made
    directly (`assert_fact` → `start_action_for_state` → `complete_and_start_action` until the
    queue is empty), so nothing runs on another thread and each firing costs one regular
    expression match of its message (a full `json.loads` only with an `on_match` hook). The
    safety rules of the field guide are kept: one session at a time, ended by the sentinel and
    `delete_state`; ids `str(n)`; facts asserted one by one (a refused fact is named); every
    action wrapped (`_fire`).
    """

    def __init__(self, compiled: CompiledPack):
        import durable_rules_engine

        self._dre = durable_rules_engine
        self.compiled = compiled
        self.on_match: Callable[[str, dict], None] | None = None  # a hook for tests
        self._current: dict[int, CaseResult] = {}
        self._parts: list[int] = []  # the C handle of one ruleset per group of kinds
        self._part_of: dict[str, int] = {}  # case kind -> index in _parts
        self._closed = False
        try:
            for n, group in enumerate(split_ruleset(compiled.ruleset)):
                self._parts.append(self._register(f"{_RULESET}{n}", group, compiled))
                for rule in group.values():
                    self._part_of.setdefault(_kind_of(rule), n)
        except BaseException:
            self.close()
            raise

    def _register(self, name: str, ruleset: dict[str, dict], compiled: CompiledPack) -> int:
        # Encoded by us rather than json.dumps, which would spell a constant such as 1e-05 in a
        # form the engine's parser refuses (field guide §0 #14).
        try:
            return self._dre.create_ruleset(name, encode(ruleset))
        except Exception as exc:  # noqa: BLE001 - find which rules the engine refused, and say so
            raise EngineRuleError(self._refused_rules(compiled), exc) from None

    def _refused_rules(self, compiled: CompiledPack) -> list[str]:
        refused = []
        for name, rule in compiled.ruleset.items():
            try:
                handle = self._dre.create_ruleset("probe", encode({name: rule}))
            except Exception:  # noqa: BLE001
                refused.append(name)
            else:
                self._dre.delete_ruleset(handle)
        return refused

    def _fire(self, message: str) -> None:
        """One firing: record the rule against its case. Never raises (the engine would lose it)."""
        name, fact_id = "?", None
        try:
            quick = _MESSAGE.match(message) if self.on_match is None else None
            if quick is not None:  # '{"RULE":{"m":{"id":"N",…': no need to parse the whole fact
                name, fact_id = quick.group(1), int(quick.group(2))
            else:
                (name, matched), = json.loads(message).items()
                fact = matched["m"]
                fact_id = int(fact["id"])
                if self.on_match is not None:
                    self.on_match(name, fact)
            self._current[fact_id].fired.append(name)
        except BaseException as exc:  # noqa: BLE001 - the engine would swallow it silently
            target = self._current.get(fact_id) if fact_id is not None else None
            text = t("engine.action_raised", rule=name, error=f"{exc.__class__.__name__}: {exc}")
            (target if target is not None else self._current.setdefault(-1, CaseResult())).errors.append(text)

    def run(self, cases: list[tuple[str, dict[str, float]]]) -> tuple[list[CaseResult], list[Text]]:
        """Assert each (kind, operands) case into a fresh session; return what fired for each.

        The second value lists session-level errors (the sentinel did not fire, an action raised
        outside any case): the caller must turn them into errors for the whole submission.
        """
        if self._closed:
            raise RuntimeError("engine is closed")
        if len(cases) >= MAX_FACTS_PER_SESSION:
            raise EngineInputError(f"{len(cases)} cases exceed one session's safe id range")
        results = [CaseResult() for _ in cases]
        self._current = dict(enumerate(results))
        if len(self._parts) == 1:  # the usual case: the whole pack in one ruleset
            groups = [(0, range(len(cases)))]
        else:
            by_part: dict[int, list[int]] = {}
            for n, (kind, _) in enumerate(cases):
                by_part.setdefault(self._part_of.get(kind, 0), []).append(n)
            groups = [(part, by_part.get(part, [])) for part in sorted(by_part) or [0]]
        session_errors: list[Text] = []
        for part, numbers in groups:
            session_errors.extend(self._session(self._parts[part], numbers, cases, results))
        self._current = {}
        return results, session_errors

    def _session(self, rs, numbers, cases, results: list[CaseResult]) -> list[Text]:
        """One session of one ruleset: its cases, then the sentinel, then `delete_state`."""
        session_errors: list[Text] = []
        for n in numbers:
            kind, operands = cases[n]
            try:
                text = case_text(n, kind, operands)
            except EngineInputError as exc:
                results[n].errors.append(t("engine.cannot_take", error=str(exc)))
                continue
            errors = self._assert(rs, text)
            if errors:
                results[n].errors.extend(errors)
        end = len(cases)
        self._current[end] = sentinel = CaseResult()
        self._current.pop(-1, None)
        errors = self._assert(rs, encode({"id": str(end), "sid": SID, "kind": SENTINEL_KIND}))
        session_errors.extend(errors)
        session_errors.extend(self._current.get(-1, CaseResult()).errors)
        session_errors.extend(sentinel.errors)
        if not errors and not sentinel.fired:
            session_errors.append(t("engine.sentinel_lost"))
        try:
            self._dre.delete_state(rs, SID)
        except Exception as exc:  # noqa: BLE001
            session_errors.append(t("engine.session_not_ended", error=str(exc)))
        return session_errors

    def _assert(self, handle: int, text: str) -> tuple[Text, ...] | list[Text]:
        """Assert one fact and run every action it fires, in this thread, before returning.

        Unlike durable's host, no `update_state` follows an action: it would delete and re-store
        the session's state fact, which no action of ours changes and no rule reads.
        """
        dre = self._dre
        try:
            code, state_handle = dre.assert_fact(handle, text)
        except Exception as exc:  # noqa: BLE001 - e.g. the C parser refusing a value (error 204)
            return [t("engine.refused", error=str(exc), fact=text)]
        if code == 1:
            return ()  # no rule matched: the evaluator reports the missing verdict
        if code == 2:
            return [t("engine.duplicate", fact=text)]
        if code == 3:
            state_handle = 0  # as durable.engine.Ruleset._handle_result reads this code
        try:
            result = dre.start_action_for_state(handle, state_handle)
            message = result[1] if result else None
            while message:
                self._fire(message)
                message = dre.complete_and_start_action(handle, state_handle)
        except Exception as exc:  # noqa: BLE001
            try:
                dre.abandon_action(handle, state_handle)
            except Exception:  # noqa: BLE001 - already reported below
                pass
            return [t("engine.actions_failed", error=str(exc), fact=text)]
        return ()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        for handle in self._parts:
            try:
                self._dre.delete_ruleset(handle)
            except Exception:  # noqa: BLE001 - nothing more to free
                pass

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # noqa: BLE001
            pass
