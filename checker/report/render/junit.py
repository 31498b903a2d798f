"""JUnit XML for offices that feed findings into CI or dashboards: one test suite per entity and
year, one test case per finding, so that the XML is red exactly when the run's exit code is not 0.

- a binding criterion that fails or lacks data (not under a waiver in force) is a `<failure>`,
  one that cannot be judged (a data conflict, an engine error) an `<error>`: each makes the exit
  code 1;
- an advisory criterion's fail, missing or undetermined result, and a waived one, pass, their
  message kept as `<system-out>` saying so (they do not change the exit code), as a warning's;
- not applicable is `<skipped>`;
- an invalid input file is an `<error>` in a suite of its own (the exit code 2, or 3 for an
  internal error), and an entity on the roster that did not submit a `<failure>` in another.

The counts on `<testsuites>` and on each entity's `<testsuite>` count every finding, as every
format's totals do: with `check --only`, only the chosen findings are listed as test cases.
"""

from __future__ import annotations

from typing import Iterator
from xml.sax.saxutils import escape, quoteattr

from checker.report.render.common import (View, grouped, heads, localized, message, ordered_evidence, stage_label,
                                          status_label, title)

_BAD = ("fail", "missing", "error")


def outcome(f: dict) -> str:
    """What a finding is to a JUnit reader: failure, error, skipped or passed."""
    status = f["status"]
    if status == "not_applicable":
        return "skipped"
    if status in _BAD and f["severity"] == "blocking" and (f.get("waiver") or {}).get("state") != "active":
        return "error" if status == "error" else "failure"
    return "passed"


def _count(findings) -> dict[str, int]:
    out = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for f in findings:
        out["tests"] += 1
        kind = outcome(f)
        if kind == "failure":
            out["failures"] += 1
        elif kind == "error":
            out["errors"] += 1
        elif kind == "skipped":
            out["skipped"] += 1
    return out


def _attrs(count: dict[str, int]) -> str:
    return " ".join(f'{k}="{v}"' for k, v in count.items())


def render(report: dict, lang: str = "zh") -> Iterator[str]:
    view = View.of(report, lang)
    per_entity = {(e["code"], p): _count(fs) for e, p, fs in grouped(heads(report["findings"]))}
    total = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for count in per_entity.values():
        for k, v in count.items():
            total[k] += v
    errors = list(report["errors"])
    missing = list((report.get("roster") or {}).get("missing_submissions") or ())
    total["tests"] += len(errors) + len(missing)
    total["errors"] += len(errors)
    total["failures"] += len(missing)
    yield f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name={quoteattr(view.word("title"))} {_attrs(total)}>\n'
    if errors:
        out = [f'<testsuite name={quoteattr(view.word("junit.invalid_suite"))} tests="{len(errors)}" failures="0" '
               f'errors="{len(errors)}" skipped="0">']
        for e in errors:
            place = localized(e, "place", lang)
            text = localized(e, "message", lang)
            expected = localized(e, "expected", lang)
            body = text + (f"\n{view.word('head.expected')}: {expected}" if expected else "")
            out.append(f'<testcase classname={quoteattr(view.file(e["file"]))} name={quoteattr(place or view.file(e["file"]))}>'
                       f'<error type={quoteattr(view.word("fix.kind.invalid"))} message={quoteattr(text)}>'
                       f'{escape(body)}</error></testcase>')
        out.append("</testsuite>\n")
        yield "".join(out)
    if missing:
        out = [f'<testsuite name={quoteattr(view.word("junit.missing_suite"))} tests="{len(missing)}" '
               f'failures="{len(missing)}" errors="0" skipped="0">']
        label = quoteattr(status_label("no_submission", lang))
        for x in missing:
            case = view.word("junit.missing_case", code=x["code"], name=x["name"])
            out.append(f'<testcase classname={quoteattr(x["code"])} name={quoteattr(case)}>'
                       f'<failure type={label} message={quoteattr(case)}>{escape(case)}</failure></testcase>')
        out.append("</testsuite>\n")
        yield "".join(out)
    for entity, period, findings in grouped(report["findings"]):
        name = view.word("junit.suite", code=entity["code"], name=entity["name"], period=period)
        count = per_entity.get((entity["code"], period)) or _count(findings)
        out = [f'<testsuite name={quoteattr(name)} {_attrs(count)}>']
        for f in findings:
            stage = stage_label(f["stage"], lang)
            case = title(f, lang) + (f"({stage})" if stage and lang == "zh" else f" ({stage})" if stage else "")
            out.append(f'<testcase classname={quoteattr(f["criterion"]["id"])} name={quoteattr(case)}>')
            text = message(f, lang)
            evidence = "\n".join(view.evidence_text(x) for x in ordered_evidence(f))
            body = escape(text + ("\n" + evidence if evidence else ""))
            label = quoteattr(status_label(f["status"], lang))
            kind = outcome(f)
            if kind == "failure":
                out.append(f"<failure type={label} message={quoteattr(text)}>{body}</failure>")
            elif kind == "error":
                out.append(f"<error type={label} message={quoteattr(text)}>{body}</error>")
            elif kind == "skipped":
                out.append(f"<skipped message={quoteattr(text)}/>")
            elif f["status"] in _BAD:  # advisory, or waived: passes, saying what it is
                why = "junit.waived" if f["severity"] == "blocking" else "junit.advisory"
                note = escape(view.word(why, status=status_label(f["status"], lang)))
                out.append(f"<system-out>{note} {body}</system-out>")
            elif f["status"] == "warn":
                out.append(f"<system-out>{body}</system-out>")
            out.append("</testcase>")
        out.append("</testsuite>\n")
        yield "".join(out)
    yield "</testsuites>\n"
