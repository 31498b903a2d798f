"""One self-contained HTML file an inspector can open or e-mail: no network, no external assets.

The summary matrix (entities × criteria), then a section per entity with every finding, the
county's figures as written, citations, thresholds and basis. Filters by status and a search by
county work in the page (and from the address: `#status=fail,missing&q=曲靖`). Everything a
county submitted is escaped; the page's only script is the filter below, which reads no
submitted text as code.
"""

from __future__ import annotations

from html import escape
from typing import Iterator

from checker.report.render.common import (localized, HEADERS, LEVEL_LABEL, SEVERITY_LABEL, STAGE_LABEL, STATUS_LABEL, basis_text,
                                   entity_heading, grouped, label, message, threshold_text, title)

MARK = {"pass": "✓", "fail": "✗", "warn": "!", "missing": "?", "not_applicable": "–", "error": "⚠"}
WORDS = {
    "zh": {"title": "教育督导核查报告", "matrix": "汇总", "search": "搜索单位(名称或代码)", "filter": "状态",
           "invalid": "无效输入", "roster": "名单内未提交", "evidence": "证据", "threshold": "标准值",
           "basis": "依据", "as_written": "原文", "generated": "生成"},
    "en": {"title": "Education supervision findings", "matrix": "Summary", "search": "Search entity (name or code)",
           "filter": "Status", "invalid": "Invalid inputs", "roster": "On the roster, not submitted",
           "evidence": "evidence", "threshold": "threshold", "basis": "basis", "as_written": "as written",
           "generated": "generated"},
}

CSS = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:1.5em;color:#222}
h1{font-size:1.4em} h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;font-size:.85em} td,th{border:1px solid #ccc;padding:.25em .4em;vertical-align:top}
th{background:#f3f3f3;position:sticky;top:0}
.s-pass{background:#c6efce}.s-fail{background:#ffc7ce}.s-warn{background:#ffeb9c}.s-missing{background:#e4e4e4}
.s-not_applicable{background:#f7f7f7;color:#777}.s-error{background:#f4b183}
#controls{position:sticky;top:0;background:#fff;padding:.5em 0;border-bottom:1px solid #ddd;z-index:2}
#controls label{margin-right:.8em} .matrix td{text-align:center} .ev{font-size:.9em;color:#333}
.quote{color:#555} .muted{color:#777;font-size:.85em} [hidden]{display:none!important}
section td:nth-child(1),section td:nth-child(3),section td:nth-child(4),section td:nth-child(5){white-space:nowrap}
section td:nth-child(2){min-width:10em} section td:nth-child(6){min-width:16em}
"""

# The page's one script: status filter and county search. It reads only data-* attributes and
# the controls; it never turns page text into code.
SCRIPT = """
(function(){
  var boxes=[].slice.call(document.querySelectorAll('#controls input[type=checkbox]'));
  var search=document.getElementById('q');
  function fromHash(){
    var h=decodeURIComponent(location.hash.replace(/^#/,'')), parts={};
    h.split('&').forEach(function(kv){var i=kv.indexOf('=');if(i>0)parts[kv.slice(0,i)]=kv.slice(i+1);});
    if(parts.status!==undefined){var on=parts.status.split(',');boxes.forEach(function(b){b.checked=on.indexOf(b.value)>=0;});}
    if(parts.q!==undefined){search.value=parts.q;}
  }
  function apply(){
    var on={};boxes.forEach(function(b){on[b.value]=b.checked;});
    var q=search.value.trim().toLowerCase();
    document.querySelectorAll('section.entity').forEach(function(sec){
      var match=!q||sec.getAttribute('data-search').indexOf(q)>=0, shown=0;
      sec.querySelectorAll('tr.finding').forEach(function(tr){
        var ok=match&&on[tr.getAttribute('data-status')];tr.hidden=!ok;if(ok)shown++;});
      sec.hidden=!match||shown===0;
    });
    document.querySelectorAll('tr.mrow').forEach(function(tr){
      tr.hidden=!!q&&tr.getAttribute('data-search').indexOf(q)<0;});
    var n=document.querySelectorAll('tr.finding:not([hidden])').length;
    document.getElementById('shown').textContent=n;
  }
  boxes.forEach(function(b){b.addEventListener('change',apply);});
  search.addEventListener('input',apply);
  window.addEventListener('hashchange',function(){fromHash();apply();});
  fromHash();apply();
})();
"""


def e(value) -> str:
    return escape("" if value is None else str(value), quote=True)


def render(report: dict, lang: str = "zh") -> Iterator[str]:
    w, h = WORDS[lang], HEADERS[lang]
    summary = report["summary"]
    yield (f'<!DOCTYPE html>\n<html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">'
           f'<meta name="viewport" content="width=device-width,initial-scale=1">'
           f'<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; '
           f'script-src \'unsafe-inline\'; img-src data:">'
           f"<title>{e(w['title'])}</title><style>{CSS}</style></head><body>\n")
    yield f"<h1>{e(w['title'])}</h1>\n"
    counts = " · ".join(f'<span class="s-{s}">{e(label(STATUS_LABEL, lang, s))} {n}</span>'
                        for s, n in summary["by_status"].items())
    yield f'<p id="totals">{counts} · {e(h["entity"])} {summary["entities"]}</p>\n'
    boxes = "".join(f'<label class="s-{s}"><input type="checkbox" value="{s}" checked> '
                    f'{e(label(STATUS_LABEL, lang, s))}</label>' for s in STATUS_LABEL[lang])
    yield (f'<div id="controls">{e(w["filter"])}: {boxes} <input id="q" type="search" size="28" '
           f'placeholder="{e(w["search"])}"> <span class="muted"><span id="shown"></span></span></div>\n')
    yield from _matrix(report, lang)
    yield from _problems(report, lang)
    for entity, period, findings in grouped(report["findings"]):
        yield _section(entity, period, findings, lang)
    meta = report.get("meta") or {}
    packs = ", ".join(f"{p['id']} {p['version']}" for p in meta.get("packs", []))
    yield (f'<p class="muted">{e(w["generated"])}: checker {e(meta.get("checker_version"))}; {e(packs)}; '
           f'{e(meta.get("generated_at"))}</p>\n<script>{SCRIPT}</script></body></html>\n')


def _search_key(entity: dict) -> str:
    return e(f"{entity['code']} {entity['name']}".lower())


def _matrix(report: dict, lang: str) -> Iterator[str]:
    columns: dict[tuple[str, str | None], None] = {}
    rows = []
    for entity, period, findings in grouped(report["findings"]):
        marks = {}
        for f in findings:
            columns.setdefault((f["criterion"]["id"], f["stage"]))
            marks[(f["criterion"]["id"], f["stage"])] = f["status"]
        rows.append((entity, period, marks))
    heads = "".join(f"<th>{e(cid)}<br>{e(label(STAGE_LABEL, lang, st)) if st else ''}</th>" for cid, st in columns)
    yield f'<h2>{e(WORDS[lang]["matrix"])}</h2>\n<table class="matrix"><thead><tr><th>{e(HEADERS[lang]["entity"])}</th>{heads}</tr></thead><tbody>\n'
    for entity, period, marks in rows:
        cells = "".join(
            f'<td class="s-{marks[c]}" title="{e(label(STATUS_LABEL, lang, marks[c]))}">{MARK[marks[c]]}</td>'
            if c in marks else "<td></td>" for c in columns)
        anchor = f"e-{e(entity['code'])}-{period}"
        yield (f'<tr class="mrow" data-search="{_search_key(entity)}"><th><a href="#{anchor}">'
               f'{e(entity["code"])} {e(entity["name"])}</a> {period}</th>{cells}</tr>\n')
    yield "</tbody></table>\n"


def _problems(report: dict, lang: str) -> Iterator[str]:
    w = WORDS[lang]
    if report["errors"]:
        items = "".join(f"<li><code>{e(x['file'])}</code> {e(x['place'])}: {e(localized(x, 'message', lang))}"
                        + (f" <span class=muted>({e(x['expected'])})</span>" if x["expected"] else "") + "</li>"
                        for x in report["errors"])
        yield f'<h2 class="s-error">{e(w["invalid"])} ({len(report["errors"])})</h2><ul id="invalid">{items}</ul>\n'
    roster = report.get("roster")
    if roster and roster["missing_submissions"]:
        items = "".join(f"<li>{e(x['code'])} {e(x['name'])} ({e(label(LEVEL_LABEL, lang, x['level']))})</li>"
                        for x in roster["missing_submissions"])
        yield f'<h2>{e(w["roster"])} ({len(roster["missing_submissions"])})</h2><ul id="missing">{items}</ul>\n'


def _section(entity: dict, period: int, findings: list[dict], lang: str) -> str:
    w, h = WORDS[lang], HEADERS[lang]
    rows = []
    for f in findings:
        evidence = "".join(_evidence(x, w) for x in f["evidence"])
        thresholds = "<br>".join(e(threshold_text(t)) for t in f["thresholds"])
        basis = "<br>".join(e(basis_text(b)) for b in f["basis"])
        rows.append(
            f'<tr class="finding s-{f["status"]}" data-status="{f["status"]}"><td>{e(f["criterion"]["id"])}</td>'
            f'<td>{e(title(f, lang))}</td><td>{e(label(STAGE_LABEL, lang, f["stage"]))}</td>'
            f'<td>{e(label(STATUS_LABEL, lang, f["status"]))}</td><td>{e(label(SEVERITY_LABEL, lang, f["severity"]))}</td>'
            f'<td>{e(message(f, lang))}</td><td class="ev">{evidence}</td><td>{thresholds}</td>'
            f'<td class="muted">{basis}</td></tr>')
    heads = "".join(f"<th>{e(x)}</th>" for x in (h["criterion"], h["title"], h["stage"], h["status"], h["severity"],
                                                  h["message"], w["evidence"], w["threshold"], w["basis"]))
    return (f'<section class="entity" id="e-{e(entity["code"])}-{period}" data-search="{_search_key(entity)}">'
            f'<h2>{e(entity_heading(entity, period, lang))}</h2><table><thead><tr>{heads}</tr></thead><tbody>'
            + "".join(rows) + "</tbody></table></section>\n")


def _evidence(fact: dict, w: dict) -> str:
    cit, loc = fact["citation"], fact["location"]
    value = "—" if fact["value"] is None else f"{fact['value_as_written']} {fact['unit_as_written'] or ''}"
    normal = "" if fact["value"] is None or fact["unit_as_written"] in (None, fact["unit"]) else \
        f" = {fact['value']} {fact['unit']}"
    where = " ".join(str(loc[k]) for k in ("file", "path", "sheet", "cell", "row") if k in loc)
    quote = f'<br><span class="quote">「{e(cit["quote"])}」</span>' if cit["quote"] else ""
    return (f"<div>{e(fact['indicator'])} {e(fact['period'])} {e(fact['stage'] or '')}: <b>{e(value)}</b>{e(normal)}"
            f' <span class="muted">[{e(cit["document"] or "")} {e(cit["locator"] or "")}] @ {e(where)}</span>{quote}</div>')
