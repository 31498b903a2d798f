"""The work of `checker check` once typer has parsed its options (checker/cli.py), and the helpers
every command uses to load criteria, write output and fail. Messages go to stderr directly, and a
failure ends the command with `SystemExit(code)`, which typer passes through unchanged.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import Iterable, List, Optional

from checker.i18n import text

EXIT_INVALID = 2
EXIT_INTERNAL = 3  # a bug in the checker, not the county's file (report/record.py)
STATUSES = ("pass", "fail", "warn", "missing", "not_applicable", "error")


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"
    xlsx = "xlsx"
    html = "html"
    junit = "junit"


class Sort(str, Enum):
    input = "input"
    status = "status"


class SplitBy(str, Enum):
    entity = "entity"


EXTENSIONS = {"table": "txt", "json": "json", "csv": "csv", "markdown": "md", "xlsx": "xlsx", "html": "html",
              "junit": "xml"}


class Lang(str, Enum):
    zh = "zh"
    en = "en"


class UnknownStatuses(ValueError):
    """--only names a status that does not exist (the typer command reports it as a bad parameter)."""


def say(message: str) -> None:
    """One line to stderr, as typer.echo(..., err=True) writes it."""
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def _emit(chunks: Iterable[str | bytes], output: Optional[Path], binary: bool = False) -> None:
    """Write a renderer's output piece by piece: to stdout (text as UTF-8; a reader that closed the
    pipe, as `| head` does, ends the output quietly), or to a temporary file beside `output`,
    renamed over it only once complete, so a failed or killed run leaves the previous report whole
    and two runs never leave a mixed file. A write that fails (disk full) names the output file."""
    if output is None:
        try:
            if binary:
                for chunk in chunks:
                    sys.stdout.buffer.write(chunk)
                sys.stdout.buffer.flush()
                return
            if hasattr(sys.stdout, "reconfigure"):
                sys.stdout.reconfigure(encoding="utf-8")  # Chinese must survive any locale
            for chunk in chunks:
                sys.stdout.write(chunk)
            sys.stdout.flush()
        except BrokenPipeError:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return
    if _special(output):  # /dev/null, a pipe: written in place, never replaced by a renamed file
        try:
            with open(output, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})) as f:
                for chunk in chunks:
                    f.write(chunk)
        except OSError as exc:
            raise OutputError(output, exc) from None
        return
    import tempfile

    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
    except OSError as exc:
        raise OutputError(output, exc) from None
    try:
        with (os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")) as f:
            for chunk in chunks:
                f.write(chunk)
        os.chmod(temp, 0o644)
        os.replace(temp, output)
    except OSError as exc:
        raise OutputError(output, exc) from None
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


def _special(path: Path) -> bool:
    """An existing output that is not a regular file (a device such as /dev/null, a named pipe):
    the rename that makes a report appear whole would put a regular file in its place — as root,
    `-o /dev/null` would turn the machine's /dev/null into a file."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


class OutputError(Exception):
    """The report could not be written (disk full, no permission): names the output file."""

    def __init__(self, output: Path, cause: OSError):
        super().__init__(f"{output}: {cause.strerror or cause}")
        self.output, self.cause = output, cause


class _progress:
    """A progress bar on stderr for a batch that takes more than a moment — checking the files,
    then writing the report; none when stderr is not a terminal or for a handful of files."""

    def __init__(self, paths: List[Path]):
        self.paths = paths
        self.bar = None

    def __enter__(self):
        from checker.intake.files import discover

        if not sys.stderr.isatty():
            return self
        count = len(discover(self.paths)[0])
        if count < 50:
            return self
        import typer  # only for a batch on a terminal

        self.bar = typer.progressbar(length=count, label=_word("cli.checking"), file=sys.stderr).__enter__()
        return self

    @property
    def update(self):
        return self.bar.update if self.bar is not None else None

    def writing(self, record: dict, to_terminal: bool = False) -> dict:
        """The record whose findings move the bar as the renderer reads them (first pass). None
        when the report itself goes to the terminal: the bar, redrawn on stderr's line, would be
        written into the findings table (stdout and stderr are the same screen); the checking bar
        is closed first, its line ended."""
        if self.bar is None:
            return record
        import typer

        self.bar.__exit__(None, None, None)
        self.bar = None
        if to_terminal:
            return record
        self.bar = typer.progressbar(length=len(record["findings"]), label=_word("cli.writing"),
                                     file=sys.stderr).__enter__()
        return {**record, "findings": _Counted(record["findings"], self.bar)}

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.__exit__(*exc)


class _Counted(Sequence):
    """A record's findings that advance a progress bar while they are read, once: read in full, as
    JSON texts (`--format json`) or as prepared pieces (the workbook), and still the findings of
    the record to every renderer — cleaned by `safe_record` (`cleaned`), counted by their `heads`
    (which do not move the bar)."""

    def __init__(self, items, bar, done: list | None = None):
        self._items, self._bar = items, bar
        self._done = done if done is not None else [0]  # shared with the cleaned copy

    def __len__(self):
        return len(self._items)

    def __getitem__(self, index):
        return self._items[index]

    def __iter__(self):
        return self._count(iter(self._items))

    def __getattr__(self, name):  # what FindingRecords offers beside the list, when it does
        inner = getattr(self._items, name)
        if name in ("texts", "prepared"):
            return lambda *args: self._count(inner(*args))
        if name == "cleaned":
            return lambda *args: _Counted(inner(*args), self._bar, self._done)
        return inner

    def _count(self, items):
        for n, item in enumerate(items, 1):
            if n > self._done[0] and n % 200 == 0:
                self._bar.update(200)
                self._done[0] = n
            yield item


def _word(key: str, lang: str = "zh", **fields) -> str:
    return text(key, lang, **fields)


def _packs(criteria: Optional[str], debug: bool, everything: bool = False, lang: str = "zh") -> list:
    """The packs named by --criteria (the default packs, or with `everything` every bundled pack);
    invalid criteria end the command with exit 2 and every problem listed."""
    from checker.rules.criteria import PackError
    from checker.rules.library import all_bundled, load_packs

    try:
        return all_bundled() if everything and not criteria else load_packs(criteria)
    except PackError as exc:
        _fail(_word("cli.invalid_criteria", lang, problems="\n  " + "\n  ".join(exc.render(lang))), debug)


def _plans(paths: Optional[List[Path]], debug: bool, lang: str = "zh") -> tuple[list, list]:
    """The packs compiled from --plan files, and the notices their rows raise; an invalid plan
    ends the command with exit 2 and every problem listed."""
    if not paths:
        return [], []
    from checker.rules.criteria import PackError
    from checker.rules.plan import load_plans

    try:
        return load_plans(list(paths))
    except PackError as exc:
        _fail(_word("plan.invalid", lang, problems="\n  " + "\n  ".join(exc.render(lang))), debug)


def _binary_needs_output(binary: bool, output: Optional[Path]) -> None:
    if binary and output is None and sys.stdout.isatty():
        say("checker: " + _word("cli.binary_needs_output"))
        raise SystemExit(EXIT_INVALID)


def _fail(message: str, debug: bool, code: int = EXIT_INVALID) -> None:
    if debug:
        raise
    say(f"checker: {message}")
    raise SystemExit(code)


def only_statuses(value: Optional[str], lang: str = "zh") -> Optional[frozenset]:
    """The statuses --only names; UnknownStatuses if one is not a status."""
    if not value:
        return None
    chosen = frozenset(v.strip() for v in value.split(",") if v.strip())
    unknown = chosen - set(STATUSES)
    if unknown:
        raise UnknownStatuses(_word("cli.unknown_status", lang, statuses=", ".join(sorted(unknown)),
                                    known=",".join(STATUSES)))
    return chosen


def check(paths: List[Path], criteria: Optional[str], fmt: Format, output: Optional[Path], period: Optional[int],
          lang: Lang, roster: Optional[Path], only: Optional[str], sort: Sort, jobs: Optional[int],
          entity_sheets: bool, plan: Optional[List[Path]], entity: Optional[str], store: Optional[str],
          round_name: Optional[str], against: Optional[str], waivers: Optional[Path], debug: bool,
          reports: Optional[Iterable[Path]] = None, split: Optional[SplitBy] = None) -> int:
    """Check submissions and print the findings (with --against: what changed since that round;
    with --split entity: one file per entity in the folder --output); the exit code."""
    from checker.api import check as run_check
    from checker.evaluate.engine import EngineRuleError
    from checker.report.render import BINARY, preparer, render

    store_errors = ()  # a StoreError comes only from a store: its module is imported only then (start-up)
    if store:
        from checker.store.schema import StoreError

        store_errors = (StoreError,)

    if split is not None:
        _split_folder(output, against, lang.value, debug)
    else:
        _binary_needs_output(fmt.value in BINARY, output)
    statuses = only_statuses(only, lang.value)
    for option, value in (("--round", round_name), ("--against", against)):
        if value and not store:
            _fail(text("store.needs_store", lang.value, option=option), debug)
    options = {"entity_sheets": True} if entity_sheets and fmt is Format.xlsx else {}
    if fmt is Format.table and output is None:
        import shutil

        options = {"width": shutil.get_terminal_size((100, 24)).columns,
                   "color": sys.stdout.isatty() and "NO_COLOR" not in os.environ}
    packs = _packs(criteria, debug, lang=lang.value)
    plan_packs, notices = _plans(plan, debug, lang.value)
    try:
        with _progress(paths) as progress:
            report = run_check(paths, packs=packs + plan_packs, period=period, jobs=jobs, progress=progress.update,
                               roster=roster, entity=entity, store=store, round_name=round_name, against=against,
                               waivers=waivers, exclude=[output] if output is not None else [], reports=reports or (),
                               prepare=preparer(fmt.value, lang.value, **options), keep_objects=False)
            if notices:
                from dataclasses import replace

                report = replace(report, notices=report.notices + tuple(notices))
            if report.diff is not None:  # --against: what changed since that round, instead of the findings
                from checker.report.render.diff import render as render_diff

                _emit(render_diff(report.diff, fmt.value, lang.value), output, binary=fmt.value in BINARY)
            elif split is not None:
                for name, part in _split_parts(report, fmt, lang.value):
                    _emit(render(part.record(only=statuses, by_status=sort is Sort.status), fmt.value, lang.value,
                                 **options), output / name, binary=fmt.value in BINARY)
            else:
                record = progress.writing(report.record(only=statuses, by_status=sort is Sort.status),
                                          to_terminal=output is None and sys.stdout.isatty())
                _emit(render(record, fmt.value, lang.value, **options), output, binary=fmt.value in BINARY)
    except store_errors as exc:
        _fail(exc.text.render(lang.value), debug)
    except EngineRuleError as exc:
        _fail(_word("cli.invalid_criteria", lang.value, problems=str(exc)), debug)
    except OutputError as exc:
        _fail(_word("cli.cannot_write", lang.value, output=exc.output, reason=exc.cause.strerror or exc.cause), debug)
    except Exception as exc:  # noqa: BLE001 - the one place errors are caught
        _fail(_word("cli.internal_error", lang.value, error=f"{exc.__class__.__name__}: {exc}"), debug, EXIT_INTERNAL)
    if report.errors and fmt is not Format.table and output is None:
        for error in report.errors:
            say(f"checker: {_word('cli.invalid_input', lang.value)}: {error.render(lang.value)}")
    if output is not None:
        from checker.report.render.table import summary_line

        say(f"checker: {summary_line(report.record(), lang.value)}"
            + _word("cli.written", lang.value, output=output) + exit_line(report, lang.value))
    elif report.exit_code():
        say(f"checker: {exit_line(report, lang.value)}")
    return report.exit_code()


def _split_folder(output: Optional[Path], against: Optional[str], lang: str, debug: bool) -> None:
    """--split entity writes into the folder --output (made if absent): refused before any work
    without one, with a file in its place, or where nothing can be written."""
    if output is None:
        _fail(_word("split.needs_output", lang), debug)
    if against:
        _fail(_word("split.not_with_against", lang), debug)
    if output.exists() and not output.is_dir():
        _fail(_word("split.not_a_folder", lang, output=output), debug)
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _fail(_word("split.cannot_write", lang, output=output, reason=exc.strerror or exc), debug)
    if not os.access(output, os.W_OK | os.X_OK):
        _fail(_word("split.cannot_write", lang, output=output, reason=os.strerror(13)), debug)


def _split_parts(report, fmt: Format, lang: str):
    """(file name, report) of each entity, `<code>-<name>.<ext>`, and of what belongs to no entity
    (checker/report/split.py)."""
    from checker.report.split import by_entity, file_stem

    parts = by_entity(report)
    ext = EXTENSIONS[fmt.value]
    for entity, part in parts.entities:
        yield f"{file_stem(entity)}.{ext}", part
    if parts.rest is not None:
        yield f"{_word('split.rest_name', lang)}.{ext}", parts.rest


def exit_line(report, lang: str = "zh") -> str:
    """What the exit code is and why, in one phrase: `退出码 2:1 个无效文件;5 个单位未提交`
    (every reason that holds, the one that sets the code first)."""
    code = report.exit_code()
    if not code:
        return _word("cli.exit.0", lang)
    internal = sum(1 for e in report.errors if e.internal)
    missing = len(report.roster["missing_submissions"]) if report.roster else 0
    blocking = report.blocking_problems()
    sep = "," if lang == "zh" else ", "
    reasons = [_word("cli.reason.internal", lang, count=internal) if internal else "",
               _word("cli.reason.invalid", lang, count=len(report.errors) - internal) if len(report.errors) > internal else "",
               _word("cli.reason.missing_submissions", lang, count=missing) if missing else "",
               _word("cli.reason.blocking", lang, counts=sep.join(f"{text(f'report.status.{s}', lang)} {n}"
                                                                  for s, n in blocking.items() if n))
               if any(blocking.values()) else ""]
    return _word(f"cli.exit.{code}", lang, reasons=(";" if lang == "zh" else "; ").join(r for r in reasons if r))
