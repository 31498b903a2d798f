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
criterion is fail, missing or error; otherwise 0. Errors are caught in one place (checker/command.py,
which does the work of `check` for this typer command and for the fast path); `--debug` shows the
traceback.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from checker import command
from checker.command import EXIT_INVALID, Format, Lang, Sort, _binary_needs_output, _emit, _fail, _packs, _plans
from checker.i18n import text

EXIT_CODES = ("Exit codes: 0 every binding criterion passes; 1 a binding criterion fails, lacks data or errs, "
              "or an entity on the roster did not submit; 2 an input is invalid, the command was misused or the "
              "output cannot be written; 3 an internal error (a bug in the checker) met while processing a file, "
              "which is named — every other file is still checked. 3 wins over 2, 2 over 1.")
app = typer.Typer(add_completion=True, no_args_is_help=True, epilog=EXIT_CODES,
                  help="Check education-duty self-evaluations (教育督导) against criteria packs.")
criteria_app = typer.Typer(no_args_is_help=True, help="List criteria packs and run their examples.")
app.add_typer(criteria_app, name="criteria")


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
    try:
        code = command.check(paths, criteria, fmt, output, period, lang, roster, only, sort, jobs, entity_sheets, plan,
                             entity, store, round_name, against, waivers, debug)
    except command.UnknownStatuses as exc:
        raise typer.BadParameter(str(exc)) from None
    raise typer.Exit(code)


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
def serve(
    store: str = typer.Option("checker-portal.db", "--store",
                              help="The portal's database: a SQLite file (default, in this folder) or postgresql://… URL."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (behind a reverse proxy: 127.0.0.1)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    demo: bool = typer.Option(False, "--demo", help="Create a demo season from the bundled examples and print its links."),
    secure: bool = typer.Option(False, "--secure", help="Session cookies only over HTTPS (behind a TLS proxy)."),
    create_account: Optional[str] = typer.Option(None, "--create-account",
                                                 help="Add an office account with this user name and exit."),
    display_name: Optional[str] = typer.Option(None, "--display-name", help="With --create-account: the name shown."),
) -> None:
    """Run the portal: counties check and submit in a browser; the office watches and freezes rounds."""
    from checker.web.serve import create_account as make_account, serve as run

    if create_account:
        raise typer.Exit(make_account(store, create_account, display_name))
    raise typer.Exit(run(store, host, port, demo, secure))


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


if __name__ == "__main__":  # the `checker` script and `python -m checker` enter at checker/__main__.py
    app()
