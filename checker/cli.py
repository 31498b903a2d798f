"""The command line: parse options, call the library, render, exit with the report's code.

    checker check PATH... [--criteria PATH] [--format table|json|csv|markdown|xlsx|html|junit]
                          [--output FILE] [--period YEAR] [--lang zh|en] [--only fail,missing,error]
                          [--sort input|status] [--output DIR --split entity]
                          [--store URL [--round NAME] [--against ROUND]] [--waivers FILE]
    checker diff ROUND_A ROUND_B --store URL [--format …] [--output FILE] [--lang zh|en] [--only GROUPS]
    checker rounds --store URL [--format table|json|csv] [--output FILE] [--lang zh|en]
    checker --version | --install-completion | --show-completion
    checker criteria list [--criteria PATH] [--lang zh|en]
    checker criteria test [--criteria PATH]

Help and usage errors are written here from the catalogue (help.*, usage.*), in Chinese unless
`--lang en` is on the command line or the locale is English: typer's own help (rich panels titled
Options, Arguments) and click's usage messages are English only (typer 0.29's vendored click
writes them without gettext, so no translation catalogue can reach them). The command classes
(`cls=`) format help, and the root command's `main` shows usage errors from what each exception
carries (option, parameter, choices).

Exit codes: 2 if any input was invalid or the command was misused; otherwise 1 if any blocking
criterion is fail, missing or error; otherwise 0. Errors are caught in one place (checker/command.py,
which does the work of `check` for this typer command); `--debug` shows the traceback.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from typer.core import TyperCommand, TyperGroup

from checker import command
from checker.command import EXIT_INVALID, Format, Lang, Sort, _binary_needs_output, _emit, _fail, _packs, _plans
from checker.i18n import text

EPILOG = "help.epilog.exit_codes"  # a catalogue key: every help text is the catalogue's (_localize)


def _lang_option(argv: List[str], before_command: bool = False) -> tuple[int, int] | None:
    """Where `--lang X` (two words) or `--lang=X` (one) stands on the command line, before any `--`
    (and, with `before_command`, before the command's name): (index, words), or None."""
    for i, arg in enumerate(argv):
        if arg == "--" or (before_command and not arg.startswith("-")):
            return None
        if arg == "--lang" and i + 1 < len(argv):
            return i, 2
        if arg.startswith("--lang="):
            return i, 1
    return None


def help_lang(argv: List[str]) -> str:
    """The language of help and usage errors: `--lang` on the command line, else English when the
    locale (LC_ALL, LC_MESSAGES, LANG: the first one set) is English, else Chinese."""
    at = _lang_option(argv)
    if at is not None:
        i, n = at
        return "en" if (argv[i + 1] if n == 2 else argv[i].partition("=")[2]) == "en" else "zh"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "en" if value.lower().startswith("en") else "zh"
    return "zh"


def _lang_after_command(argv: List[str]) -> List[str]:
    """`checker --lang en check …`, `checker --lang en --help`: a `--lang` before the command is the
    command's (moved after it, before any `--`); with no command it is the help's language alone
    (help_lang reads it from the command line as given) and click never sees it."""
    at = _lang_option(argv, before_command=True)
    if at is None:
        return argv
    i, n = at
    lang, rest = argv[i:i + n], argv[:i] + argv[i + n:]
    end = rest.index("--") if "--" in rest else len(rest)
    if all(a.startswith("-") for a in rest[:end]):
        return rest
    return rest[:end] + lang + rest[end:]


_LANG = ["zh"]  # the language of this invocation's help, set by the root command's main


def _say(key: str, **fields) -> str:
    return text(key, _LANG[0], **fields)


def _option_help(path: str, name: str) -> str:
    """An option's help: the command's own text (help.opt.check.period) or the shared one (help.opt.period)."""
    from checker.i18n import catalogue

    own = f"help.opt.{path}.{name}"
    return _say(own if own in catalogue() else f"help.opt.{name}")


def _localize(cmd, path: str) -> None:
    """Every help text of a command and its subcommands from the catalogue, in this invocation's language."""
    cmd.help = _say(f"help.cmd.{path or 'root'}")
    cmd.short_help = None
    if cmd.epilog:
        cmd.epilog = _say(cmd.epilog if cmd.epilog.startswith("help.") else EPILOG)
    cmd.options_metavar = _say("help.options_metavar")
    for param in cmd.params:
        if param.param_type_name == "argument":
            param.help = _say(f"help.arg.{param.name}")
        else:
            param.help = _option_help(path, param.name)
    for name, sub in (getattr(cmd, "commands", None) or {}).items():
        _localize(sub, f"{path}.{name}" if path else name)


def _metavar(param) -> str:
    """What an option takes, as help shows it: its choices, or a number, a path or text."""
    if getattr(param, "is_flag", False):
        return ""
    kind = param.type_descriptor.annotation
    kind = next((a for a in getattr(kind, "__args__", ()) if a is not type(None)), kind)  # Optional[X], List[X]
    if isinstance(kind, type) and issubclass(kind, Enum):
        return "[" + "|".join(m.value for m in kind) + "]"
    if kind is int:
        return _say("help.metavar.integer")
    if kind is Path:
        return _say("help.metavar.path")
    return _say("help.metavar.text")


def _extras(param) -> str:
    """[默认:table], [1990 至 2100], [必填] after an option's help."""
    out = []
    default = param.default
    if isinstance(default, Enum):
        default = default.value
    if default not in (None, False, "", ()) and not getattr(param, "is_flag", False) and not param.required:
        out.append(_say("help.default", value=default))
    low, high = getattr(param, "min", None), getattr(param, "max", None)
    if low is not None:
        out.append(_say("help.range", low=low, high=high) if high is not None else _say("help.at_least", low=low))
    if param.required:
        out.append(_say("help.required"))
    return " ".join(out)


class _Localized:
    """Help and usage in the reader's language, written from the catalogue: typer's own help
    (panels titled Options, Arguments…) and click's messages are English only."""

    def get_help_option(self, ctx):
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = _say("help.opt.help")
        return option

    def collect_usage_pieces(self, ctx) -> list:
        pieces = [self.options_metavar] + [_say(f"help.metavar.{p.name}") for p in self.params
                                           if p.param_type_name == "argument"]
        return pieces + ([_say("help.commands_metavar")] if hasattr(self, "commands") else [])

    def format_usage(self, ctx, formatter) -> None:
        formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)),
                              prefix=_say("help.usage") + " ")

    def format_help(self, ctx, formatter) -> None:
        self.format_usage(ctx, formatter)
        for paragraph, options in ((self.help, False), (None, True), (self.epilog, False)):
            if options:
                self.format_options(ctx, formatter)
            elif paragraph:
                formatter.write_paragraph()
                formatter.write("".join(f"  {line}\n" for line in _wrap(paragraph, (formatter.width or 80) - 2)))

    def format_options(self, ctx, formatter) -> None:
        params = self.get_params(ctx)
        arguments = [(_say(f"help.metavar.{p.name}"), p.help or "") for p in params if p.param_type_name == "argument"]
        options = [((", ".join(p.opts + p.secondary_opts) + " " + _metavar(p)).strip(),
                    " ".join(x for x in (p.help or "", _extras(p)) if x)) for p in params
                   if p.param_type_name == "option" and not p.hidden]
        commands = [(name, _short(cmd.help or "")) for name, cmd in (getattr(self, "commands", None) or {}).items()
                    if not cmd.hidden]
        for title, rows in (("help.section.arguments", arguments), ("help.section.options", options),
                            ("help.section.commands", commands)):
            if rows:
                formatter.write_paragraph()
                formatter.write_text(_say(title) + (":" if _LANG[0] == "zh" else ":"))
                formatter.write(_table(rows, formatter.width or 80))


def _table(rows: list, width: int) -> str:
    """Two columns, as click's definition list, but measured in terminal columns (a CJK character
    takes two): the term, then its text wrapped beside it (on the next line if the term is long)."""
    from wcwidth import wcswidth

    first = min(max(wcswidth(term) for term, _ in rows), 30) + 2
    out = []
    for term, help_text in rows:
        lines = _wrap(help_text, max(width - 2 - first, 20))
        if wcswidth(term) > first - 2:
            out.append(f"  {term}\n")
            out += [" " * (2 + first) + line + "\n" for line in lines]
            continue
        out.append(f"  {term}" + " " * (first - wcswidth(term)) + (lines[0] if lines else "") + "\n")
        out += [" " * (2 + first) + line + "\n" for line in lines[1:]]
    return "".join(out)


def _wrap(help_text: str, width: int) -> list[str]:
    """Lines of at most `width` terminal columns: broken at spaces, and anywhere in CJK text."""
    import re

    from wcwidth import wcwidth

    lines, line, used = [], "", 0
    wide = "\u2e80-\u9fff\u3000-\u303f\uff00-\uffef"
    for word in re.findall(rf"[{wide}]\s*|[^\s{wide}]+\s*", help_text):  # each CJK character, or a run of other text
        size = sum(max(wcwidth(ch), 0) for ch in word.rstrip())
        wide = any(wcwidth(ch) == 2 for ch in word)
        if used + size <= width:
            line, used = line + word, used + sum(max(wcwidth(ch), 0) for ch in word)
            continue
        if not wide and size <= width:  # a word that does not fit: on the next line
            lines.append(line.rstrip())
            line, used = word, sum(max(wcwidth(ch), 0) for ch in word)
            continue
        for ch in word:  # CJK text (or an overlong word) continues up to the edge
            w = max(wcwidth(ch), 0)
            if used + w > width and line.strip():
                lines.append(line.rstrip())
                line, used = "", 0
            line, used = line + ch, used + w
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _short(help_text: str) -> str:
    """A command's help up to its first sentence, for the list of commands."""
    for end in ("。", ". ", ":", ":"):
        if end in help_text:
            return help_text.split(end)[0] + ("。" if end == "。" else "")
    return help_text


class LocalizedCommand(_Localized, TyperCommand):
    pass


class LocalizedGroup(_Localized, TyperGroup):
    """The root command: sets the language, localizes every help text, and shows usage errors
    itself (in that language) instead of letting typer print click's English."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        given = list(sys.argv[1:] if args is None else args)
        _LANG[0] = help_lang(given)
        argv = _lang_after_command(given)
        _localize(self, "")
        if not standalone_mode:
            return super().main(argv, prog_name, complete_var, standalone_mode, **extra)
        from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError
        from typer.exceptions import Abort

        try:
            code = super().main(argv, prog_name, complete_var, False, **extra)
        except NoArgsIsHelpError as exc:  # `checker` alone: the help, exit 2 (as typer does)
            typer.echo(exc.ctx.get_help())
            sys.exit(exc.exit_code)
        except UsageError as exc:
            lines = [exc.ctx.get_usage(), _say("help.try", command=exc.ctx.command_path), ""] if exc.ctx else []
            typer.echo("\n".join(lines + [_say("help.error", message=usage_message(exc, _LANG[0]))]), err=True)
            sys.exit(exc.exit_code)
        except ClickException as exc:
            typer.echo(_say("help.error", message=exc.format_message()), err=True)
            sys.exit(exc.exit_code)
        except Abort:
            typer.echo(_say("help.aborted"), err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


def usage_message(exc, lang: str) -> str:
    """A usage error (click's, English) in the reader's language, from what the exception carries."""
    import re

    from typer._click import exceptions as e

    param = getattr(exc, "param", None)
    option = " / ".join(param.opts) if param is not None and param.param_type_name == "option" else \
        (exc.param_hint if isinstance(getattr(exc, "param_hint", None), str) else "")
    if isinstance(exc, e.NoSuchOption):
        message = text("usage.no_such_option", lang, option=exc.option_name)
        if exc.possibilities:
            message = text("usage.did_you_mean", lang, message=message, options=", ".join(sorted(exc.possibilities)))
        return message
    if isinstance(exc, e.MissingParameter):
        if param is not None and param.param_type_name == "argument":
            return text("usage.missing_argument", lang, name=text(f"help.metavar.{param.name}", lang))
        return text("usage.missing_option", lang, name=option)
    if isinstance(exc, e.BadOptionUsage):
        for phrase, key in (("requires an argument", "usage.needs_value"),
                            ("does not take a value", "usage.takes_no_value")):
            if phrase in exc.message:
                return text(key, lang, option=exc.option_name)
    if isinstance(exc, e.BadParameter):
        kind = param.type_descriptor.annotation if param is not None else None
        kind = next((a for a in getattr(kind, "__args__", ()) if a is not type(None)), kind)
        if isinstance(kind, type) and issubclass(kind, Enum):
            return text("usage.bad_choice", lang, option=option, choices=", ".join(m.value for m in kind))
        if kind is int and param.min is not None:
            if param.max is not None:
                return text("usage.bad_range", lang, option=option, low=param.min, high=param.max)
            return text("usage.bad_at_least", lang, option=option, low=param.min)
        if kind is int:
            return text("usage.bad_integer", lang, option=option)
        return text("usage.bad_value", lang, option=option, message=exc.message)
    found = re.match(r"No such command '(.*?)'\.", exc.message)
    if found:
        return text("usage.no_such_command", lang, command=repr(found[1]))
    found = re.match(r"Got unexpected extra arguments? \((.*)\)", exc.message)
    if found:
        return text("usage.extra_arguments", lang, args=found[1])
    if exc.message.startswith("Missing command"):
        return text("usage.missing_command", lang)
    return text("usage.other", lang, message=exc.format_message())


app = typer.Typer(cls=LocalizedGroup, add_completion=True, no_args_is_help=True, epilog=EPILOG)
criteria_app = typer.Typer(cls=LocalizedGroup, no_args_is_help=True)
app.add_typer(criteria_app, name="criteria")


def _version(value: bool) -> None:
    if value:
        from checker import __version__

        typer.echo(f"checker {__version__}")
        raise typer.Exit(0)


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True),
) -> None:
    """Check education-duty self-evaluations (教育督导) against criteria packs."""


@app.command(cls=LocalizedCommand, epilog=EPILOG)
def check(
    paths: List[Path] = typer.Argument(...),
    criteria: Optional[str] = typer.Option(None, "--criteria", "-c"),
    fmt: Format = typer.Option(Format.table, "--format", "-f"),
    output: Optional[Path] = typer.Option(None, "--output", "-o"),
    period: Optional[int] = typer.Option(None, "--period", min=1990, max=2100),
    lang: Lang = typer.Option(Lang.zh, "--lang"),
    roster: Optional[Path] = typer.Option(None, "--roster"),
    only: Optional[str] = typer.Option(None, "--only"),
    sort: Sort = typer.Option(Sort.input, "--sort"),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1),
    entity_sheets: bool = typer.Option(False, "--entity-sheets"),
    plan: Optional[List[Path]] = typer.Option(None, "--plan", "-p"),
    entity: Optional[str] = typer.Option(None, "--entity"),
    store: Optional[str] = typer.Option(None, "--store"),
    round_name: Optional[str] = typer.Option(None, "--round"),
    against: Optional[str] = typer.Option(None, "--against"),
    waivers: Optional[Path] = typer.Option(None, "--waivers"),
    debug: bool = typer.Option(False, "--debug"),
    reports: Optional[List[Path]] = typer.Option(None, "--report"),
    split: Optional[command.SplitBy] = typer.Option(None, "--split"),
) -> None:
    """Check submissions and print the findings (with --against: what changed since that round)."""
    try:
        command.only_statuses(only, _LANG[0])  # a misuse is told in the language of help and usage
        code = command.check(paths, criteria, fmt, output, period, lang, roster, only, sort, jobs, entity_sheets, plan,
                             entity, store, round_name, against, waivers, debug, reports, split)
    except command.UnknownStatuses as exc:
        raise typer.BadParameter(str(exc), param_hint="--only") from None
    raise typer.Exit(code)


@app.command(cls=LocalizedCommand)
def extract(
    report: Path = typer.Argument(...),
    entity: str = typer.Option(..., "--entity"),
    period: int = typer.Option(..., "--period", min=1990, max=2100),
    output: Optional[Path] = typer.Option(None, "--output", "-o"),
    name: Optional[str] = typer.Option(None, "--name"),
    region: Optional[str] = typer.Option(None, "--region"),
    lang: Lang = typer.Option(Lang.zh, "--lang"),
    debug: bool = typer.Option(False, "--debug"),
) -> None:
    """Propose a draft submission from a report: one fact per figure found, each with its locator and
    an exact quote; figures not attached with certainty are listed apart. A person confirms it."""
    from checker.api import extract_report
    from checker.i18n import text
    from checker.intake.extract import ReportError, draft_yaml
    from checker.intake.facts import normal_code

    code = normal_code(entity)  # the submissions' own rule: a draft must load as a submission of this code
    if code is None:
        sep = ";" if lang is Lang.zh else "; "
        _fail(f"--entity: {text('input.entity_code_invalid', lang.value, code=repr(entity[:20]))}{sep}"
              f"{text('input.expected_code', lang.value)}", debug)
    try:
        draft = extract_report(report, code, period, name=name, region=region)
    except ReportError as exc:
        _fail(f"{report}: {text(exc.key, lang.value, **exc.fields)}", debug)
    _emit([draft_yaml(draft)], output)
    claims = sum(1 for p in draft.facts if p.value is None)
    typer.echo(text("extract.summary", lang.value, facts=len(draft.facts), claims=claims,
                    unattached=len(draft.unattached)), err=True)


@app.command(cls=LocalizedCommand, epilog="help.epilog.diff_exit_codes")
def diff(
    round_a: str = typer.Argument(...),
    round_b: str = typer.Argument(...),
    store: str = typer.Option(..., "--store"),
    fmt: Format = typer.Option(Format.table, "--format", "-f"),
    output: Optional[Path] = typer.Option(None, "--output", "-o"),
    lang: Lang = typer.Option(Lang.zh, "--lang"),
    only: Optional[str] = typer.Option(None, "--only"),
    debug: bool = typer.Option(False, "--debug"),
) -> None:
    """What changed between two stored rounds, news first: the counts (fail, missing and error apart),
    findings newly failing, failing in a new submission, newly checked, fixed, no longer checked, and
    the unchanged failures (counted in the table, listed with --only still_failing); figures changed
    (old → new, both places); submissions new and withdrawn. Rounds of different years are matched
    on (entity, criterion, stage), and the diff says so."""
    from checker.api import diff as run_diff
    from checker.report.render import BINARY
    from checker.report.render.diff import render as render_diff
    from checker.store.diff import CHANGES, SECTIONS, exit_code

    _binary_needs_output(fmt.value in BINARY, output)
    groups = None
    if only:
        groups = {v.strip() for v in only.split(",") if v.strip()}
        unknown = groups - set(CHANGES + SECTIONS)
        if unknown:
            raise typer.BadParameter(text("store.unknown_only", lang.value, values=", ".join(sorted(unknown)),
                                          known=",".join(CHANGES + SECTIONS)))
    record = _on_store(lambda: run_diff(store, round_a, round_b, only=groups), lang, debug)
    _on_store(lambda: _emit(render_diff(record, fmt.value, lang.value), output, binary=fmt.value in BINARY), lang, debug)
    raise typer.Exit(exit_code(record))


def _on_store(work, lang: Lang, debug: bool):
    """Run a store command's work; its errors as `check`'s are (a bad store or output exit 2, a fault 3)."""
    from checker.command import EXIT_INTERNAL
    from checker.store.schema import StoreError

    try:
        return work()
    except StoreError as exc:
        _fail(exc.text.render(lang.value), debug)
    except command.OutputError as exc:
        _fail(text("cli.cannot_write", lang.value, output=exc.output, reason=exc.cause.strerror or exc.cause), debug)
    except Exception as exc:  # noqa: BLE001 - the one place errors are caught
        _fail(text("cli.internal_error", lang.value, error=f"{exc.__class__.__name__}: {exc}"), debug, EXIT_INTERNAL)


class RoundsFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


@app.command(cls=LocalizedCommand)
def rounds(
    store: str = typer.Option(..., "--store"),
    fmt: RoundsFormat = typer.Option(RoundsFormat.table, "--format", "-f"),
    output: Optional[Path] = typer.Option(None, "--output", "-o"),
    lang: Lang = typer.Option(Lang.zh, "--lang"),
    debug: bool = typer.Option(False, "--debug"),
) -> None:
    """List the rounds in a store, as recorded: name, date, checker version, submissions (count,
    years) and findings by status. Exit 0, or 2 if the store cannot be used."""
    from checker.api import rounds as list_rounds
    from checker.report.render.diff import render_rounds

    _on_store(lambda: _emit(render_rounds(list_rounds(store), fmt.value, lang.value), output), lang, debug)


class TemplateFormat(str, Enum):
    xlsx = "xlsx"
    csv = "csv"
    yaml = "yaml"


@app.command(cls=LocalizedCommand)
def serve(
    store: str = typer.Option("checker-portal.db", "--store"),
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    demo: bool = typer.Option(False, "--demo"),
    secure: bool = typer.Option(False, "--secure"),
    create_account: Optional[str] = typer.Option(None, "--create-account"),
    display_name: Optional[str] = typer.Option(None, "--display-name"),
    workers: int = typer.Option(1, "--workers", min=1, max=64),
) -> None:
    """Run the portal: counties check and submit in a browser; the office watches and freezes rounds."""
    from checker.web.serve import create_account as make_account, serve as run

    if create_account:
        raise typer.Exit(make_account(store, create_account, display_name))
    raise typer.Exit(run(store, host, port, demo, secure, workers))


@app.command(cls=LocalizedCommand)
def template(
    fmt: TemplateFormat = typer.Option(TemplateFormat.xlsx, "--format", "-f"),
    output: Optional[Path] = typer.Option(None, "--output", "-o"),
    criteria: Optional[str] = typer.Option(None, "--criteria", "-c"),
    period: Optional[int] = typer.Option(None, "--period", min=1990, max=2100),
    plan: bool = typer.Option(False, "--plan"),
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
            typer.echo("checker: " + _say("usage.template_plan_xlsx"), err=True)
            raise typer.Exit(EXIT_INVALID)
        _emit([render_form()], output, binary=True)
        return
    packs = _packs(criteria, debug, lang=_LANG[0])
    year = period if period is not None else datetime.date.today().year - 1
    _emit(render_template(packs, year, fmt.value), output, binary=fmt is TemplateFormat.xlsx)


@criteria_app.command("list", cls=LocalizedCommand)
def criteria_list(
    criteria: Optional[str] = typer.Option(None, "--criteria", "-c"),
    lang: Lang = typer.Option(Lang.zh, "--lang"),
    plan: Optional[List[Path]] = typer.Option(None, "--plan", "-p"),
    debug: bool = typer.Option(False, "--debug"),
) -> None:
    """List the criteria of a pack: id, severity, stages, years, title and basis."""
    from tabulate import tabulate

    packs = _packs(criteria, debug, lang=lang.value) + _plans(plan, debug, lang.value)[0]
    rows = []
    for pack in packs:
        for c in pack.criteria:
            years = f"{c.valid_from or ''}–{c.valid_to or ''}" if (c.valid_from or c.valid_to) else ""
            stages = ",".join(s for s in c.stages if s) or "—"
            basis = "; ".join(b.document + (f" {b.number}" if b.number else "") for b in c.basis)
            rows.append([pack.id, c.id, c.severity.value, stages, years,
                         c.title_zh if lang is Lang.zh else c.title_en, basis])
    headers = [text(f"cli.list.{h}", lang.value)
               for h in ("pack", "id", "severity", "stages", "years", "title", "basis")]
    _emit([tabulate(rows, headers=headers,
                    maxcolwidths=[None, None, None, 24, None, 36, 48], disable_numparse=True) + "\n"], None)


@criteria_app.command("catalogue", cls=LocalizedCommand)
def criteria_catalogue(
    criteria: Optional[str] = typer.Option(None, "--criteria", "-c"),
    output: Optional[Path] = typer.Option(None, "--output", "-o"),
    plan: Optional[List[Path]] = typer.Option(None, "--plan", "-p"),
    debug: bool = typer.Option(False, "--debug"),
) -> None:
    """Write the Markdown catalogue of the criteria (docs/criteria.md), generated from the YAML."""
    from checker.rules.catalogue import render as render_catalogue
    _emit(render_catalogue(_packs(criteria, debug, True, _LANG[0]) + _plans(plan, debug, _LANG[0])[0]), output)


@criteria_app.command("test", cls=LocalizedCommand)
def criteria_test(
    criteria: Optional[str] = typer.Option(None, "--criteria", "-c"),
    plan: Optional[List[Path]] = typer.Option(None, "--plan", "-p"),
    debug: bool = typer.Option(False, "--debug"),
) -> None:
    """Run every criterion's own examples through the engine (by default of every bundled pack,
    province packs included); exit 1 if any gives another status."""
    from checker.api import run_examples
    # with no --criteria, every bundled pack's examples (province packs included)
    results = run_examples(_packs(criteria, debug, True, _LANG[0]) + _plans(plan, debug, _LANG[0])[0])
    bad = [r for r in results if not r.ok]
    for r in results:
        typer.echo(_say("cli.example_ok" if r.ok else "cli.example_failed", criterion=r.criterion, example=r.example,
                        expected=r.expected, actual=r.actual, pack=r.pack))
    typer.echo(_say("cli.examples_summary", passed=len(results) - len(bad), failed=len(bad)))
    raise typer.Exit(1 if bad else 0)


if __name__ == "__main__":  # the `checker` script and `python -m checker` enter at checker/__main__.py
    app()
