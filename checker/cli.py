"""The command line: parse options, call the library, render, exit with the report's code.

    checker check PATH... [--criteria PATH] [--format table|json|csv|markdown|xlsx|html|junit]
                          [--output FILE] [--period YEAR] [--lang zh|en] [--only fail,missing,error]
                          [--sort input|status]
                          [--store URL [--round NAME] [--against ROUND]] [--waivers FILE]
    checker diff ROUND_A ROUND_B --store URL [--format …] [--output FILE] [--lang zh|en]
    checker --version | --install-completion | --show-completion
    checker criteria list [--criteria PATH] [--lang zh|en]
    checker criteria test [--criteria PATH]

Exit codes: 2 if any input was invalid or the command was misused; otherwise 1 if any blocking
criterion is fail, missing or error; otherwise 0. Errors are caught here, in one place; `--debug`
shows the traceback.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Iterable, List, Optional

import typer

from checker.i18n import text

EXIT_CODES = ("Exit codes: 0 every binding criterion passes; 1 a binding criterion fails, lacks data or errs, "
              "or an entity on the roster did not submit; 2 an input is invalid, the command was misused or the "
              "output cannot be written; 3 an internal error (a bug in the checker) met while processing a file, "
              "which is named — every other file is still checked. 3 wins over 2, 2 over 1.")
app = typer.Typer(add_completion=True, no_args_is_help=True, epilog=EXIT_CODES,
                  help="Check education-duty self-evaluations (教育督导) against criteria packs.")
criteria_app = typer.Typer(no_args_is_help=True, help="List criteria packs and run their examples.")
app.add_typer(criteria_app, name="criteria")

EXIT_INVALID = 2
EXIT_INTERNAL = 3  # a bug in the checker, not the county's file (report/record.py)


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


STATUSES = ("pass", "fail", "warn", "missing", "not_applicable", "error")


class Lang(str, Enum):
    zh = "zh"
    en = "en"


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
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return
    import os
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
        self.bar = typer.progressbar(length=count, label=_word("cli.checking"), file=sys.stderr).__enter__()
        return self

    @property
    def update(self):
        return self.bar.update if self.bar is not None else None

    def writing(self, record: dict) -> dict:
        """The record whose findings move the bar as the renderer reads them (first pass)."""
        if self.bar is None:
            return record
        self.bar.__exit__(None, None, None)
        self.bar = typer.progressbar(length=len(record["findings"]), label=_word("cli.writing"),
                                     file=sys.stderr).__enter__()
        return {**record, "findings": _Counted(record["findings"], self.bar)}

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.__exit__(*exc)


class _Counted:
    """A record's findings that advance a progress bar while they are read, once."""

    def __init__(self, items, bar):
        self._items, self._bar, self._done = items, bar, 0

    def __len__(self):
        return len(self._items)

    def __getitem__(self, index):
        return self._items[index]

    def __iter__(self):
        for n, item in enumerate(self._items, 1):
            if n > self._done and n % 200 == 0:
                self._bar.update(200)
                self._done = n
            yield item


def _word(key: str, lang: str = "zh", **fields) -> str:
    from checker.i18n import text

    return text(key, lang, **fields)


def _packs(criteria: Optional[str], debug: bool, everything: bool = False) -> list:
    """The packs named by --criteria (the default packs, or with `everything` every bundled pack);
    invalid criteria end the command with exit 2 and every problem listed."""
    from checker.rules.criteria import PackError
    from checker.rules.library import all_bundled, load_packs

    try:
        return all_bundled() if everything and not criteria else load_packs(criteria)
    except PackError as exc:
        _fail(_word("cli.invalid_criteria", problems="\n  " + "\n  ".join(exc.problems)), debug)


def _plans(paths: Optional[List[Path]], debug: bool) -> tuple[list, list]:
    """The packs compiled from --plan files, and the notices their rows raise; an invalid plan
    ends the command with exit 2 and every problem listed."""
    from checker.rules.criteria import PackError
    from checker.rules.plan import load_plans

    if not paths:
        return [], []
    try:
        return load_plans(list(paths))
    except PackError as exc:
        _fail("invalid plan:\n  " + "\n  ".join(exc.problems), debug)


def _binary_needs_output(binary: bool, output: Optional[Path]) -> None:
    if binary and output is None and sys.stdout.isatty():
        typer.echo("checker: " + _word("cli.binary_needs_output"), err=True)
        raise typer.Exit(EXIT_INVALID)


def _fail(message: str, debug: bool, code: int = EXIT_INVALID) -> None:
    if debug:
        raise
    typer.echo(f"checker: {message}", err=True)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        from checker import __version__

        typer.echo(f"checker {__version__}")
        raise typer.Exit(0)


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """Check education-duty self-evaluations (教育督导) against criteria packs."""


def _only(value: Optional[str]) -> Optional[frozenset]:
    if not value:
        return None
    chosen = frozenset(v.strip() for v in value.split(",") if v.strip())
    unknown = chosen - set(STATUSES)
    if unknown:
        raise typer.BadParameter(_word("cli.unknown_status", statuses=", ".join(sorted(unknown)),
                                       known=",".join(STATUSES)))
    return chosen


@app.command(epilog=EXIT_CODES)
def check(
    paths: List[Path] = typer.Argument(..., help="Submission files (YAML, JSON, CSV, XLSX) or directories."),
    criteria: Optional[str] = typer.Option(None, "--criteria", "-c",
                                           help="A pack file, a directory of packs, or a bundled pack name."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
    period: Optional[int] = typer.Option(None, "--period", min=1990, max=2100, help="The evaluated year."),
    lang: Lang = typer.Option(Lang.zh, "--lang", help="Label and message language (default Chinese)."),
    roster: Optional[Path] = typer.Option(None, "--roster",
                                          help="CSV of entities that must submit: code,name,level,parent,region."),
    only: Optional[str] = typer.Option(None, "--only", help="Show only these statuses, e.g. fail,missing,error "
                                       "(the totals still count every finding)."),
    sort: Sort = typer.Option(Sort.input, "--sort", help="input: as read; status: entities with the worst "
                              "results first, problems first within each."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1,
                                       help="Worker processes (default: all cores for a large batch)."),
    entity_sheets: bool = typer.Option(False, "--entity-sheets", help="xlsx: add one sheet per entity."),
    plan: Optional[List[Path]] = typer.Option(None, "--plan", "-p",
                                              help="A plan file (plans/*.yaml) or directory: its targets apply "
                                                   "to its own entity, beside the packs. Repeatable."),
    entity: Optional[str] = typer.Option(None, "--entity",
                                         help="A report given directly (.docx/.pdf/.html/.txt) is extracted "
                                              "for this entity code; every finding is then a draft."),
    store: Optional[str] = typer.Option(None, "--store", help="History store: a SQLite file or postgresql://… URL; "
                                        "runs the history pack against earlier rounds."),
    round_name: Optional[str] = typer.Option(None, "--round", help="Record this run in the store as this round."),
    against: Optional[str] = typer.Option(None, "--against", help="Print what changed since this stored round."),
    waivers: Optional[Path] = typer.Option(None, "--waivers", help="YAML of waived findings (reason, approver, expiry)."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks."),
) -> None:
    """Check submissions and print the findings (with --against: what changed since that round)."""
    from checker.api import check as run_check
    from checker.evaluate.engine import EngineRuleError
    from checker.report.render import BINARY, render
    from checker.report.render.diff import render as render_diff
    from checker.store.schema import StoreError

    _binary_needs_output(fmt.value in BINARY, output)
    statuses = _only(only)
    for option, value in (("--round", round_name), ("--against", against)):
        if value and not store:
            _fail(text("store.needs_store", lang.value, option=option), debug)
    if against and fmt is Format.junit:
        _fail(text("store.diff_format", lang.value, fmt=fmt.value), debug)
    options = {"entity_sheets": True} if entity_sheets and fmt is Format.xlsx else {}
    if fmt is Format.table and output is None:
        import shutil

        options = {"width": shutil.get_terminal_size((100, 24)).columns,
                   "color": sys.stdout.isatty() and "NO_COLOR" not in __import__("os").environ}
    packs = _packs(criteria, debug)
    plan_packs, notices = _plans(plan, debug)
    try:
        with _progress(paths) as progress:
            report = run_check(paths, packs=packs + plan_packs, period=period, jobs=jobs, progress=progress.update,
                               roster=roster, entity=entity, store=store, round_name=round_name, against=against,
                               waivers=waivers, exclude=[output] if output is not None else [])
            if notices:
                from dataclasses import replace

                report = replace(report, notices=report.notices + tuple(notices))
            if report.diff is not None:  # --against: what changed since that round, instead of the findings
                _emit(render_diff(report.diff, fmt.value, lang.value), output, binary=fmt.value in BINARY)
            else:
                record = progress.writing(report.record(only=statuses, by_status=sort is Sort.status))
                _emit(render(record, fmt.value, lang.value, **options), output, binary=fmt.value in BINARY)
    except StoreError as exc:
        _fail(exc.text.render(lang.value), debug)
    except EngineRuleError as exc:
        _fail(_word("cli.invalid_criteria", lang.value, problems=str(exc)), debug)
    except OutputError as exc:
        _fail(_word("cli.cannot_write", lang.value, output=exc.output, reason=exc.cause.strerror or exc.cause), debug)
    except Exception as exc:  # noqa: BLE001 - the one place errors are caught
        _fail(_word("cli.internal_error", lang.value, error=f"{exc.__class__.__name__}: {exc}"), debug, EXIT_INTERNAL)
    if report.errors and fmt is not Format.table and output is None:
        for error in report.errors:
            typer.echo(f"checker: {_word('cli.invalid_input', lang.value)}: {error.render(lang.value)}", err=True)
    if output is not None:
        from checker.report.render.table import summary_line

        typer.echo(f"checker: {summary_line(report.record(), lang.value)}"
                   + _word("cli.written", lang.value, output=output, code=report.exit_code()), err=True)
    raise typer.Exit(report.exit_code())


@app.command()
def extract(
    report: Path = typer.Argument(..., help="The county's report: .txt, .docx, .pdf (with text) or .html."),
    entity: str = typer.Option(..., "--entity", help="The entity's administrative division code."),
    period: int = typer.Option(..., "--period", min=1990, max=2100, help="The evaluated year (本年)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the draft here instead of stdout."),
    name: Optional[str] = typer.Option(None, "--name", help="The entity's name (default: its code)."),
    region: Optional[str] = typer.Option(None, "--region", help="east, central or west."),
    lang: Lang = typer.Option(Lang.zh, "--lang", help="Message language."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks."),
) -> None:
    """Propose a draft submission from a report: one fact per figure found, each with its locator and
    an exact quote; figures not attached with certainty are listed apart. A person confirms it."""
    from checker.api import extract_report
    from checker.i18n import text
    from checker.intake.extract import ReportError, draft_yaml

    try:
        draft = extract_report(report, entity, period, name=name, region=region)
    except ReportError as exc:
        _fail(f"{report}: {text(exc.key, lang.value, **exc.fields)}", debug)
    _emit([draft_yaml(draft)], output)
    claims = sum(1 for p in draft.facts if p.value is None)
    typer.echo(text("extract.summary", lang.value, facts=len(draft.facts), claims=claims,
                    unattached=len(draft.unattached)), err=True)


@app.command()
def diff(
    round_a: str = typer.Argument(..., help="The earlier round's name."),
    round_b: str = typer.Argument(..., help="The later round's name."),
    store: str = typer.Option(..., "--store", help="History store: a SQLite file or postgresql://… URL."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
    lang: Lang = typer.Option(Lang.zh, "--lang", help="Label and message language."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks."),
) -> None:
    """What changed between two stored rounds: findings newly failing, fixed, still failing; figures
    changed (old → new, both places); submissions new and withdrawn. Exit 0, or 2 on a bad store."""
    from checker.api import diff as run_diff
    from checker.report.render import BINARY
    from checker.report.render.diff import render as render_diff
    from checker.store.schema import StoreError

    _binary_needs_output(fmt.value in BINARY, output)
    if fmt is Format.junit:
        _fail(text("store.diff_format", lang.value, fmt=fmt.value), debug)
    try:
        record = run_diff(store, round_a, round_b)
        _emit(render_diff(record, fmt.value, lang.value), output, binary=fmt.value in BINARY)
    except StoreError as exc:
        _fail(exc.text.render(lang.value), debug)
    except Exception as exc:  # noqa: BLE001 - the one place errors are caught
        _fail(f"internal error: {exc.__class__.__name__}: {exc} (run with --debug for the traceback)", debug)


class TemplateFormat(str, Enum):
    xlsx = "xlsx"
    csv = "csv"
    yaml = "yaml"


@app.command()
def template(
    fmt: TemplateFormat = typer.Option(TemplateFormat.xlsx, "--format", "-f", help="Form format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
    criteria: Optional[str] = typer.Option(None, "--criteria", "-c", help="Pack file, directory or bundled name."),
    period: Optional[int] = typer.Option(None, "--period", min=1990, max=2100,
                                         help="The evaluated year (default: last year)."),
    plan: bool = typer.Option(False, "--plan", help="The form for transcribing a plan's targets (xlsx)."),
    debug: bool = typer.Option(False, "--debug"),
) -> None:
    """Write the form a county fills for a pack: the facts its criteria need, this year and last
    (with --plan: the form for a plan's targets, read back by `check --plan`)."""
    import datetime

    from checker.rules.template import render as render_template

    _binary_needs_output(fmt is TemplateFormat.xlsx, output)
    if plan:
        from checker.rules.planform import render_form

        if fmt is not TemplateFormat.xlsx:
            typer.echo("checker: template --plan writes xlsx; a YAML plan is plans/*.yaml (see README)", err=True)
            raise typer.Exit(EXIT_INVALID)
        _emit([render_form()], output, binary=True)
        return
    packs = _packs(criteria, debug)
    year = period if period is not None else datetime.date.today().year - 1
    _emit(render_template(packs, year, fmt.value), output, binary=fmt is TemplateFormat.xlsx)


@criteria_app.command("list")
def criteria_list(
    criteria: Optional[str] = typer.Option(None, "--criteria", "-c", help="Pack file, directory or bundled name."),
    lang: Lang = typer.Option(Lang.zh, "--lang"),
    plan: Optional[List[Path]] = typer.Option(None, "--plan", "-p", help="Plan files or directories too."),
    debug: bool = typer.Option(False, "--debug"),
) -> None:
    """List the criteria of a pack: id, severity, stages, years, title and basis."""
    from tabulate import tabulate

    packs = _packs(criteria, debug) + _plans(plan, debug)[0]
    rows = []
    for pack in packs:
        for c in pack.criteria:
            years = f"{c.valid_from or ''}–{c.valid_to or ''}" if (c.valid_from or c.valid_to) else ""
            stages = ",".join(s for s in c.stages if s) or "—"
            basis = "; ".join(b.document + (f" {b.number}" if b.number else "") for b in c.basis)
            rows.append([pack.id, c.id, c.severity.value, stages, years,
                         c.title_zh if lang is Lang.zh else c.title_en, basis])
    _emit([tabulate(rows, headers=["pack", "id", "severity", "stages", "years", "title", "basis"],
                    maxcolwidths=[None, None, None, 24, None, 36, 48], disable_numparse=True) + "\n"], None)


@criteria_app.command("catalogue")
def criteria_catalogue(
    criteria: Optional[str] = typer.Option(None, "--criteria", "-c", help="Pack file, directory or bundled name."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
    plan: Optional[List[Path]] = typer.Option(None, "--plan", "-p", help="Plan files or directories too."),
    debug: bool = typer.Option(False, "--debug"),
) -> None:
    """Write the Markdown catalogue of the criteria (docs/criteria.md), generated from the YAML."""
    from checker.rules.catalogue import render as render_catalogue
    _emit(render_catalogue(_packs(criteria, debug, everything=True) + _plans(plan, debug)[0]), output)


@criteria_app.command("test")
def criteria_test(
    criteria: Optional[str] = typer.Option(None, "--criteria", "-c", help="Pack file, directory or bundled name."),
    plan: Optional[List[Path]] = typer.Option(None, "--plan", "-p", help="Plan files or directories too."),
    debug: bool = typer.Option(False, "--debug"),
) -> None:
    """Run every criterion's own examples through the engine (by default of every bundled pack,
    province packs included); exit 1 if any gives another status."""
    from checker.api import run_examples
    # with no --criteria, every bundled pack's examples (province packs included)
    results = run_examples(_packs(criteria, debug, everything=True) + _plans(plan, debug)[0])
    bad = [r for r in results if not r.ok]
    for r in results:
        mark = "ok  " if r.ok else "FAIL"
        typer.echo(f"{mark} {r.criterion} {r.example}: expected {r.expected}, got {r.actual} [{r.pack}]")
    typer.echo(f"{len(results) - len(bad)} passed, {len(bad)} failed")
    raise typer.Exit(1 if bad else 0)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
