"""`checker check …` without typer: the hot path of the command line, parsed by hand.

Importing typer and letting it parse costs more than checking one small file does (typer 0.29
imports pydantic and builds a pydantic TypeAdapter for every parameter of the command it runs:
~0.3 s of CPU). So `python -m checker` and the `checker` script first offer their arguments to
`parse` here; it accepts only a plain, valid `check` invocation, with the options the typer
command declares (checker/cli.py) and the values typer would give them, and runs the same code
(checker/command.py). Anything else — `--help`, `--debug`, shell completion, another command, an
option it does not know, a value it would have to judge (a path that cannot be read, a year out of
range, an unknown status), an option's value starting with `-` — returns None and goes to typer,
so every message and exit code of a misuse is the typer command's (checker/cli.py, in the reader's
language). tests/test_startup.py checks that this table matches the typer command and that both
parse the same arguments to the same values.

One difference remains, on purpose: a bug outside the command's own error handling shows Python's
plain traceback here where typer would show its formatted one (exit code 1 in both).
"""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

from checker.command import Format, Lang, Sort, SplitBy, UnknownStatuses, check, only_statuses

# every option of `checker check` but --debug and --help: option -> (parameter, kind)
OPTIONS = {
    "--criteria": ("criteria", str), "-c": ("criteria", str),
    "--format": ("fmt", Format), "-f": ("fmt", Format),
    "--output": ("output", Path), "-o": ("output", Path),
    "--period": ("period", (1990, 2100)),
    "--lang": ("lang", Lang),
    "--roster": ("roster", Path),
    "--only": ("only", str),
    "--sort": ("sort", Sort),
    "--jobs": ("jobs", (1, None)), "-j": ("jobs", (1, None)),
    "--entity-sheets": ("entity_sheets", bool),
    "--plan": ("plan", list), "-p": ("plan", list),
    "--entity": ("entity", str),
    "--store": ("store", str),
    "--round": ("round_name", str),
    "--against": ("against", str),
    "--waivers": ("waivers", Path),
    "--report": ("reports", list),
    "--split": ("split", SplitBy),
}
DEFAULTS = {"criteria": None, "fmt": Format.table, "output": None, "period": None, "lang": Lang.zh, "roster": None,
            "only": None, "sort": Sort.input, "jobs": None, "entity_sheets": False, "plan": None, "entity": None,
            "store": None, "round_name": None, "against": None, "waivers": None, "debug": False,
            "reports": None, "split": None}
INTEGER = re.compile(r"[1-9][0-9]{0,8}")


class _Typer(Exception):
    """These arguments are for typer to parse."""


def parse(argv: list[str]) -> dict | None:
    """The parameters typer would pass to `check` for these arguments, or None if typer must see them."""
    if not argv or argv[0] != "check" or os.name == "nt" or any(k.endswith("_COMPLETE") for k in os.environ):
        return None
    values, paths, rest = dict(DEFAULTS), [], iter(argv[1:])
    try:
        for arg in rest:
            if arg == "--":
                paths.extend(_path(a) for a in rest)
            elif not arg.startswith("-"):
                paths.append(_path(arg))
            else:
                name, value = _split(arg)
                if name not in OPTIONS:
                    raise _Typer
                param, kind = OPTIONS[name]
                if kind is bool:
                    if value is not None:
                        raise _Typer
                    values[param] = True
                    continue
                if value is None:
                    value = next(rest, None)
                    if value is None or value.startswith("-"):
                        raise _Typer
                if kind is list:
                    values[param] = (values[param] or []) + [_path(value)]
                else:
                    values[param] = _value(kind, value)
        if not paths:
            raise _Typer
        only_statuses(values["only"])
    except (_Typer, UnknownStatuses):
        return None
    return {"paths": paths, **values}


def _split(arg: str) -> tuple[str, str | None]:
    """`--name=value`, `--name`, `-xvalue`, `-x` -> (option, attached value or None)."""
    if arg.startswith("--"):
        name, eq, value = arg.partition("=")
        return name, (value if eq else None)
    if len(arg) > 2 and arg[2] == "=":  # click would keep the "=" in the value
        raise _Typer
    return arg[:2], (arg[2:] or None)


def _value(kind, value: str):
    if kind is str:
        return value
    if kind is Path:
        return _path(value)
    if isinstance(kind, tuple):
        low, high = kind
        if not INTEGER.fullmatch(value) or int(value) < low or (high is not None and int(value) > high):
            raise _Typer
        return int(value)
    try:
        return kind(value)  # an Enum, matched exactly (typer's choices are case-sensitive)
    except ValueError:
        raise _Typer from None


def _path(value: str) -> Path:
    """A path as typer gives it; one that exists but cannot be read is typer's to refuse."""
    if not value or value == "-" or (os.path.exists(value) and not os.access(value, os.R_OK)):
        raise _Typer
    return Path(value)


def run(argv: list[str]) -> int | None:
    """Run `checker check` if these arguments need no typer: its exit code; else None."""
    params = parse(argv)
    if params is None:
        return None
    try:
        return check(**params)
    except KeyboardInterrupt:
        return 130  # as typer: interrupted, no message
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # as typer: a closed pipe ends quietly, exit 1
        os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
        return 1
