"""JUnit XML for offices that feed findings into CI or dashboards: one test suite per entity and
year, one test case per finding. `fail` and `missing` are failures, `error` is an error,
`not_applicable` is skipped; pass and warn pass (a warning's message is kept as output)."""

from __future__ import annotations

from typing import Iterator
from xml.sax.saxutils import escape, quoteattr

from checker.report.render.common import (View, grouped, message, ordered_evidence, stage_label, status_label, title)


def render(report: dict, lang: str = "zh") -> Iterator[str]:
    view = View.of(report, lang)
    s = report["summary"]["by_status"]
    failures, errors, skipped = s["fail"] + s["missing"], s["error"], s["not_applicable"]
    yield ('<?xml version="1.0" encoding="UTF-8"?>\n'
           f'<testsuites name={quoteattr(view.word("title"))} tests="{report["summary"]["findings"]}" '
           f'failures="{failures}" errors="{errors}" skipped="{skipped}">\n')
    for entity, period, findings in grouped(report["findings"]):
        count = {k: sum(1 for f in findings if f["status"] in v)
                 for k, v in (("failures", ("fail", "missing")), ("errors", ("error",)), ("skipped", ("not_applicable",)))}
        name = view.word("junit.suite", code=entity["code"], name=entity["name"], period=period)
        out = [f'<testsuite name={quoteattr(name)} tests="{len(findings)}" failures="{count["failures"]}" '
               f'errors="{count["errors"]}" skipped="{count["skipped"]}">']
        for f in findings:
            stage = stage_label(f["stage"], lang)
            case = title(f, lang) + (f"({stage})" if stage and lang == "zh" else f" ({stage})" if stage else "")
            out.append(f'<testcase classname={quoteattr(f["criterion"]["id"])} name={quoteattr(case)}>')
            text = message(f, lang)
            evidence = "\n".join(view.evidence_text(x) for x in ordered_evidence(f))
            body = escape(text + ("\n" + evidence if evidence else ""))
            label = quoteattr(status_label(f["status"], lang))
            if f["status"] in ("fail", "missing"):
                out.append(f"<failure type={label} message={quoteattr(text)}>{body}</failure>")
            elif f["status"] == "error":
                out.append(f"<error type={label} message={quoteattr(text)}>{body}</error>")
            elif f["status"] == "not_applicable":
                out.append(f"<skipped message={quoteattr(text)}/>")
            elif f["status"] == "warn":
                out.append(f"<system-out>{body}</system-out>")
            out.append("</testcase>")
        out.append("</testsuite>\n")
        yield "".join(out)
    yield "</testsuites>\n"
