"""One self-contained HTML file for a whole nation: an overview first, each county on demand.

Why one file rendering counties on demand (and not a folder of per-county pages): the report is
one stream from one pure function, one file an office can e-mail or put on a shared drive, and it
works from `file://` with no server. What makes it fast is what the browser builds at load: the
overview (entity counts by overall result, failure and missing-data rates by criterion and by
province as tables, each rate with its own bar in its cell, the roster's missing submissions on
top) and the first rows of the entities × criteria matrix. Every county's findings travel as an inert JSON block
(`<script type="application/json">`, never executed) that is parsed only when the county is
opened (`#e=530300-2021`), so the page holds one county's rows, not 93,000.

County text is never markup: the server side escapes everything it writes into HTML, the JSON
blocks cannot close their element (`<` is written `\\u003c`), and the page's one script puts
county text into the page with `textContent` only. No network, no external assets (the CSP says
so). Filters: status, province and a search by name or code, also from the address
(`#status=fail,missing&p=53&q=曲靖`); the filter bar shows the count, a filter brings the matrix
up under it, and the overview counts only the entities a province or search selects. A county
opens with what it has to do (需要处理: the cells to correct or fill); a report of one county
opens on it.
"""

from __future__ import annotations

import json
from html import escape
from typing import Iterator

from checker.report.render.common import (MARK, STATUSES, View, column_title, columns, entity_heading, figure, grouped, heads,
                                          level_label, localized, message, ordered_evidence, province_code,
                                          province_label, severity_label, sort_key, stage_label, status_label,
                                          threshold_text, basis_text, verdict)
from checker.report.render.overview import overview
from checker.report.render.fixlist import TO_DO, to_fix

CODE = {"pass": "p", "fail": "f", "warn": "w", "missing": "m", "not_applicable": "n", "error": "e"}

CSS = """
*{box-sizing:border-box}
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;margin:0;color:#222;font-size:14px}
header{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid #ccc;padding:.4em 1em;display:flex;flex-wrap:wrap;gap:.3em 1em;align-items:center}
header h1{font-size:1.15em;margin:0 1em 0 0} header label{white-space:nowrap}
main{padding:0 1em 2em} h2{font-size:1.1em;margin:1.2em 0 .4em;border-bottom:1px solid #ddd}
table{border-collapse:collapse} td,th{border:1px solid #d4d4d4;padding:.2em .4em;vertical-align:top}
thead th{background:#f1f1f1} .num{text-align:right;font-variant-numeric:tabular-nums}
.s-pass{background:#d8f0dc}.s-fail{background:#ffd0d5}.s-warn{background:#fff0b0}.s-missing{background:#e6e6e6}
.s-not_applicable{background:#f7f7f7;color:#777}.s-error{background:#f8c49c}.s-no_submission{background:#d0d0d0}
.cards{display:flex;flex-wrap:wrap;gap:.5em;margin:.6em 0}.card{padding:.4em .8em;border-radius:4px;min-width:7em}
.card b{display:block;font-size:1.5em}.muted{color:#666;font-size:.9em}.id{color:#777;font-size:.8em}
.pair{display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start}.pair>div{flex:1 1 40em;min-width:0}
.pair table{font-size:.9em} .pair td:first-child{max-width:24em}
td.rate{position:relative;min-width:7.5em;padding-left:.3em;-webkit-print-color-adjust:exact;print-color-adjust:exact}
td.rate i{position:absolute;left:0;top:.3em;height:1.1em;background:#d64545;opacity:.5} td.rate.m i{background:#8a8a8a}
td.rate span{position:relative} #scope{font-weight:bold} #hits{margin-left:auto}
#matrix-title{scroll-margin-top:4em} #todo{border:2px solid #d64545;border-radius:4px;padding:.3em 1em;margin:.6em 0}
#todo h3{margin:.2em 0;font-size:1.05em} #todo li{margin:.2em 0} #todo .act{font-weight:bold;margin:0 .4em}
#mwrap{overflow:auto;max-height:calc(100vh - 5em);border:1px solid #ccc;contain:strict;height:calc(100vh - 5em)}
#matrix{font-size:12px;table-layout:fixed;width:max-content}
#matrix col.n{width:15em} #matrix col.c{width:2.3em} #matrix thead th{position:sticky;top:0;z-index:2;background:#f1f1f1}
#matrix th.v{writing-mode:vertical-rl;text-orientation:mixed;height:13em;overflow:hidden;font-weight:normal;
  padding:.3em .1em;text-align:left;white-space:normal;width:2.2em;vertical-align:bottom}
#matrix td{text-align:center;padding:.1em;min-width:1.8em} #matrix tbody th{text-align:left;font-weight:normal;white-space:nowrap;
  position:sticky;left:0;background:#fff;z-index:1} #matrix thead th:first-child{left:0;z-index:3}
#entity table{width:100%;font-size:.92em} #entity td.ev div{margin-bottom:.3em} .quote{color:#555}
#entity td:nth-child(2),#entity td:nth-child(3),#entity td:nth-child(4){white-space:nowrap}
#entity td:nth-child(1){min-width:12em} #entity td:nth-child(6){min-width:9em} #entity td:nth-child(7){min-width:22em} [hidden]{display:none!important}
a{color:#1a55a8}
"""

# The page's one script. It reads the inert JSON blocks and the controls, and writes county text
# with textContent only: nothing a county wrote is ever parsed as markup or run as code.
SCRIPT = r"""
(function(){
var I=JSON.parse(document.getElementById('index').textContent),W=I.w,C=I.crit,CODES=I.codes,LIMIT=100,limit=LIMIT;
var boxes=[].slice.call(document.querySelectorAll('header input[type=checkbox]'));
var q=document.getElementById('q'),prov=document.getElementById('prov'),body=document.getElementById('mbody');
var ov=document.getElementById('overview'),ent=document.getElementById('entity'),shown=document.getElementById('shown');
var hits=document.getElementById('hits'),scope=document.getElementById('scope');
function el(tag,cls,text){var x=document.createElement(tag);if(cls)x.className=cls;if(text!=null)x.textContent=text;return x;}
function on(){var o={};boxes.forEach(function(b){if(b.checked)o[b.value]=1;});return o;}
function parse(){var h=location.hash.replace(/^#/,''),p={};h.split('&').forEach(function(kv){var i=kv.indexOf('=');
  if(i>0)p[kv.slice(0,i)]=decodeURIComponent(kv.slice(i+1));});return p;}
function fromHash(){var p=parse();
  if(p.status!==undefined){var s=p.status.split(',');boxes.forEach(function(b){b.checked=s.indexOf(b.value)>=0;});}
  if(p.q!==undefined)q.value=p.q; if(p.p!==undefined)prov.value=p.p; return p;}
function inScope(r,text,pv){if(pv&&r[4]!==pv)return false;
  return !text||(r[0]+' '+r[1]).toLowerCase().indexOf(text)>=0;}
function matches(r,o,text,pv){if(!inScope(r,text,pv))return false;
  for(var k in o){if(r[5].indexOf(CODES[k])>=0)return true;}return false;}
function pct(x){return (x*100).toFixed(1)+'%';}
function setRate(tr,n,fail,missing){var c=tr.cells;c[1].textContent=n;c[2].textContent=fail;c[4].textContent=missing;
  [[3,fail],[5,missing]].forEach(function(x){var v=n?x[1]/n:0;c[x[0]].lastChild.textContent=pct(v);c[x[0]].firstChild.style.width=pct(v);});}
function sortRows(tb,rate){[].slice.call(tb.rows).sort(function(a,b){var x=rate[a.getAttribute('data-k')],y=rate[b.getAttribute('data-k')];
  return (y.f/(y.n||1)-x.f/(x.n||1))||(y.m/(y.n||1)-x.m/(x.n||1))||(a.getAttribute('data-k')<b.getAttribute('data-k')?-1:1);})
  .forEach(function(tr){tb.appendChild(tr);});}
// The overview of the entities in scope (a province, a search): counted as the server counts them.
var counted='\u0000';  // the scope the overview counts (province, search): the server's, unfiltered
function overview(){var text=q.value.trim().toLowerCase(),pv=prov.value,n=0,verdicts={},crit={},provs={};
  if(pv+'\u0000'+text===counted)return;counted=pv+'\u0000'+text;
  I.rows.forEach(function(r){if(!inScope(r,text,pv))return;n++;verdicts[r[6]]=(verdicts[r[6]]||0)+1;
    var seen={};for(var j=0;j<r[5].length;j++){var c=r[5][j];if(c==='.')continue;var k=I.ccrit[j];(seen[k]=seen[k]||{})[c]=1;}
    for(var k in seen){var s=seen[k];if(Object.keys(s).every(function(x){return x==='n';}))continue;
      var a=crit[k]=crit[k]||{n:0,f:0,m:0};a.n++;if(s.f)a.f++;if(s.m)a.m++;}
    var b=provs[r[4]]=provs[r[4]]||{n:0,f:0,m:0};b.n++;if(r[7].indexOf('f')>=0)b.f++;if(r[7].indexOf('m')>=0)b.m++;});
  [].forEach.call(document.querySelectorAll('#verdicts .card'),function(c){c.firstChild.textContent=verdicts[c.getAttribute('data-k')]||0;});
  var tb=document.querySelector('#by-criterion tbody');[].forEach.call(tb.rows,function(tr){var a=crit[tr.getAttribute('data-k')]||{n:0,f:0,m:0};
    crit[tr.getAttribute('data-k')]=a;tr.hidden=!a.n;setRate(tr,a.n,a.f,a.m);});sortRows(tb,crit);
  [].forEach.call(document.querySelectorAll('#by-province tbody tr'),function(tr){var k=tr.getAttribute('data-k'),b=provs[k]||{n:0,f:0,m:0};
    tr.hidden=!!(pv&&k!==pv)||(!!text&&!b.n);setRate(tr,b.n,b.f,b.m);});
  [].forEach.call(document.querySelectorAll('#missing tbody tr'),function(tr){tr.hidden=!!(pv&&tr.getAttribute('data-p')!==pv);});
  var what=[];if(pv)what.push(prov.options[prov.selectedIndex].text);if(text)what.push('\u201c'+q.value.trim()+'\u201d');
  scope.hidden=!what.length;scope.textContent=W.scope.replace('{scope}',what.join(' \u00b7 ')).replace('{entities}',n);}
function matrix(){var o=on(),text=q.value.trim().toLowerCase(),pv=prov.value,n=0,frag=document.createDocumentFragment();
  for(var i=0;i<I.rows.length;i++){var r=I.rows[i];if(!matches(r,o,text,pv))continue;n++;if(n>limit)continue;
    var tr=el('tr','mrow');tr.setAttribute('data-key',r[0]+' '+r[1]);var th=el('th');var a=el('a',null,r[0]+' '+r[1]);
    a.href='#e='+encodeURIComponent(r[0]+'-'+r[3]);th.appendChild(a);th.appendChild(el('span','id',' '+r[3]));tr.appendChild(th);
    for(var j=0;j<r[5].length;j++){var c=r[5][j],s=I.status[c];var td=el('td',s?'s-'+s:null,s?I.mark[s]:'');
      if(s)td.title=W.status[s];tr.appendChild(td);}
    frag.appendChild(tr);}
  body.textContent='';body.appendChild(frag);
  shown.textContent=hits.textContent=W.shown.replace('{shown}',Math.min(n,limit)).replace('{total}',n);
  document.getElementById('more').hidden=n<=limit;}
function filtered(){return !!(prov.value||q.value.trim()||boxes.some(function(b){return !b.checked;}));}
function fact(F,k){var f=F[k],d=el('div');d.appendChild(el('span',null,f[0]+': '));d.appendChild(el('b',null,f[1]));
  if(f[2]){d.appendChild(el('span','quote',' \u3014'+f[2]+'\u3015'));}d.appendChild(el('span','muted',' @ '+f[3]));return d;}
// What the county has to do: its files' input errors, then its findings to act on (the rows come
// problems first, so these are the first rows), each with the cells to correct or fill.
function todo(D){var items=D.errors.slice();D.f.forEach(function(f){if(I.todo.indexOf(f[2])>=0)
    items.push([f[2],C[f[0]][1]+(f[1]!=='\u2014'?' \u00b7 '+f[1]:''),f[7],f[4]]);});
  if(!items.length)return null;var box=el('section'),ol=el('ol');box.id='todo';
  box.appendChild(el('h3',null,W.todo+' ('+items.length+')'));
  items.forEach(function(t){var li=el('li','s-'+t[0]);li.appendChild(el('b',null,(I.mark[t[0]]||'')+' '+(W.status[t[0]]||W.invalid)));
    li.appendChild(el('span',null,' '+t[1]));if(t[2])li.appendChild(el('span','act',t[2]));li.appendChild(el('span','muted',' '+t[3]));ol.appendChild(li);});
  box.appendChild(ol);return box;}
function entity(key){var blk=document.getElementById('d-'+key);if(!blk)return false;var D=JSON.parse(blk.textContent),o=on();
  ent.textContent='';var back=el('a',null,W.back);back.href='#all';ent.appendChild(back);ent.appendChild(el('h2',null,D.h));
  var cards=el('div','cards');D.counts.forEach(function(c){var x=el('span','card s-'+c[0]);x.appendChild(el('b',null,String(c[1])));
    x.appendChild(el('span',null,W.status[c[0]]));cards.appendChild(x);});ent.appendChild(cards);
  var box=todo(D);if(box)ent.appendChild(box);
  var t=el('table'),hr=el('tr');W.heads.forEach(function(h){hr.appendChild(el('th',null,h));});var th=el('thead');th.appendChild(hr);t.appendChild(th);
  var tb=el('tbody');D.f.forEach(function(f){var c=C[f[0]],tr=el('tr','finding s-'+f[2]);tr.setAttribute('data-status',f[2]);
    if(!o[f[2]])tr.hidden=true;var t1=el('td');t1.appendChild(el('div','ctitle',c[1]));t1.appendChild(el('div','id',c[0]));tr.appendChild(t1);
    tr.appendChild(el('td',null,f[1]));tr.appendChild(el('td',null,W.status[f[2]]));tr.appendChild(el('td',null,f[3]));
    tr.appendChild(el('td',null,f[4]));tr.appendChild(el('td','fix',f[7]));var ev=el('td','ev');f[5].forEach(function(k){ev.appendChild(fact(D.facts,k));});tr.appendChild(ev);
    tr.appendChild(el('td',null,f[6]));tr.appendChild(el('td','muted',c[2]));tb.appendChild(tr);});
  t.appendChild(tb);ent.appendChild(t);return true;}
function results(){if(filtered())document.getElementById('matrix-title').scrollIntoView();}
function route(){var p=fromHash(),bare=!location.hash.replace(/^#/,'');
  if((p.e&&entity(p.e))||(bare&&I.rows.length===1&&entity(I.rows[0][0]+'-'+I.rows[0][3]))){ov.hidden=true;ent.hidden=false;window.scrollTo(0,0);}
  else{ent.hidden=true;ov.hidden=false;limit=LIMIT;overview();matrix();results();}}
function apply(){if(!ent.hidden){var o=on();[].forEach.call(ent.querySelectorAll('tr.finding'),function(tr){tr.hidden=!o[tr.getAttribute('data-status')];});}
  else{limit=LIMIT;overview();matrix();results();}}
boxes.forEach(function(b){b.addEventListener('change',apply);});q.addEventListener('input',function(){if(!ent.hidden)location.hash='all';apply();});
prov.addEventListener('change',apply);document.getElementById('more').addEventListener('click',function(){limit+=1000;matrix();});
window.addEventListener('hashchange',route);route();
})();
"""


def e(value) -> str:
    return escape("" if value is None else str(value), quote=True)


def inert(data) -> str:
    """JSON that cannot end its <script> element nor open a comment: `<` is written \\u003c."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def render(report: dict, lang: str = "zh") -> Iterator[str]:
    view = View.of(report, lang)
    stats = overview(report)
    cols = columns(heads(report["findings"]))
    w = view.word
    yield (f'<!DOCTYPE html>\n<html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">'
           f'<meta name="viewport" content="width=device-width,initial-scale=1">'
           f'<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; '
           f'script-src \'unsafe-inline\'; img-src data:">'
           f"<title>{e(w('title'))}</title><style>{CSS}</style></head><body>\n")
    yield _controls(view, stats)
    yield '<main id="overview">\n'
    yield from _overview(report, view, stats)
    yield _matrix_head(cols, view)
    yield '</main>\n<main id="entity" hidden></main>\n'
    crit_index: dict[str, int] = {}
    crit: list[list[str]] = []
    rows = []
    problems = _errors_by_entity(report)
    for entity, period, findings in grouped(report["findings"]):
        marks = {(f["criterion"]["id"], f["stage"]): f["status"] for f in findings}
        binding = {f["status"] for f in findings if f["severity"] == "blocking"}
        rows.append([entity["code"], entity["name"], level_label(entity["level"], lang), period,
                     province_code(entity["code"]), "".join(CODE.get(marks.get((cid, st)), ".") for cid, st, _ in cols),
                     verdict(findings), "".join(CODE[s] for s in ("fail", "missing", "error") if s in binding)])
        yield (f'<script type="application/json" id="d-{e(entity["code"])}-{period}">'
               f'{inert(_entity_data(entity, period, findings, view, crit_index, crit, problems.get(entity["code"], ())))}'
               f'</script>\n')
    index = {"rows": rows, "crit": crit, "codes": CODE, "status": {v: k for k, v in CODE.items()}, "mark": MARK,
             "ccrit": [cid for cid, _stage, _crit in cols], "todo": list(TO_DO),
             "w": {"status": {s: status_label(s, lang) for s in STATUSES}, "back": w("back"),
                   "invalid": status_label("invalid", lang), "todo": w("head.to_fix"),
                   "shown": w("shown", shown="{shown}", total="{total}"),
                   "scope": w("scope", scope="{scope}", entities="{entities}"),
                   "heads": [w("head.criterion"), w("head.stage"), w("head.status"), w("head.severity"),
                             w("head.message"), w("head.to_fix"), w("head.evidence"), w("head.threshold"),
                             w("head.basis")]}}
    yield f'<script type="application/json" id="index">{inert(index)}</script>\n'
    meta = report.get("meta") or {}
    packs = ", ".join(f"{p['id']} {p['version']}" for p in meta.get("packs", []))
    yield (f'<footer class="muted" style="padding:0 1em 1em">{e(w("generated"))}: checker '
           f'{e(meta.get("checker_version"))}; {e(packs)}; {e(meta.get("generated_at"))}</footer>\n'
           f"<script>{SCRIPT}</script></body></html>\n")


def _controls(view: View, stats) -> str:
    lang = view.lang
    boxes = "".join(f'<label class="s-{s}"><input type="checkbox" value="{s}" checked> {e(status_label(s, lang))}</label>'
                    for s in STATUSES)
    provinces = "".join(f'<option value="{e(r.key)}">{e(province_label(r.key, lang))}</option>'
                        for r in stats.by_province())
    return (f'<header><h1><a href="#">{e(view.word("title"))}</a></h1>{e(view.word("filter"))}: {boxes}'
            f'<select id="prov"><option value="">{e(view.word("all_provinces"))}</option>{provinces}</select>'
            f'<input id="q" type="search" size="24" placeholder="{e(view.word("search"))}">'
            f'<span id="hits" class="muted" aria-live="polite"></span></header>\n')


def _overview(report: dict, view: View, stats) -> Iterator[str]:
    lang, w = view.lang, view.word
    yield (f'<h2>{e(w("section.overview"))}</h2><p>{e(w("entities_total", entities=stats.entities, findings=stats.findings))}</p>'
           f'<p id="scope" hidden></p>\n')
    roster = report.get("roster")
    if roster and roster["missing_submissions"]:
        missing = roster["missing_submissions"]
        rows = "".join(f'<tr class="s-no_submission" data-p="{e(province_code(x["code"]))}"><td>{e(x["code"])}</td><td>{e(x["name"])}</td>'
                       f'<td>{e(level_label(x["level"], lang))}</td><td>{e(province_label(province_code(x["code"]), lang))}</td>'
                       f'<td>{e(x.get("parent") or "")}</td></tr>' for x in missing)
        heads = "".join(f"<th>{e(w(k))}</th>" for k in ("head.code", "head.name", "head.level", "head.province", "head.parent"))
        yield (f'<h2 id="missing-title">{e(w("section.missing_submissions"))} ({len(missing)}/{roster["entities"]})</h2>'
               f'<table id="missing"><thead><tr>{heads}</tr></thead><tbody>{rows}</tbody></table>\n')
    if report["errors"]:
        items = "".join(f"<li><code>{e(view.file(x['file']))}</code> {e(localized(x, 'place', lang))}: {e(localized(x, 'message', lang))}"
                        + (f' <span class="muted">({e(w("head.expected"))}: {e(localized(x, "expected", lang))})</span>'
                           if x["expected"] else "") + "</li>" for x in report["errors"])
        yield f'<h2 class="s-error">{e(w("section.errors"))} ({len(report["errors"])})</h2><ul id="invalid">{items}</ul>\n'
    if report["notices"]:  # folded: a nation has one per submission (figures not checked)
        items = "".join(f"<li><code>{e(view.file(x['file']))}</code> "
                        + (f"{e(localized(x, 'place', lang))}: " if x["place"] else "")
                        + f"{e(localized(x, 'message', lang))}</li>" for x in report["notices"])
        yield (f'<details id="notices"><summary><h2>{e(w("section.notices"))} ({len(report["notices"])})</h2></summary>'
               f'<ul>{items}</ul></details>\n')
    cards = "".join(f'<div class="card s-{s}" data-k="{s}"><b>{n}</b>{e(status_label(s, lang))}</div>'
                    for s, n in stats.by_verdict.items())
    yield (f'<h2>{e(w("section.entities_by_verdict"))}</h2><div class="cards" id="verdicts">{cards}</div>'
           f'<p class="muted">{e(w("verdict.note"))}</p>\n')
    yield '<div class="pair">'
    yield _rates(w("section.by_criterion"), w("rate.note"), "by-criterion",
                 [(stats.criterion_info[r.key]["title_zh" if lang == "zh" else "title_en"], r.key, r)
                  for r in stats.by_criterion()], view, stats)
    yield _rates(w("section.by_province"), w("province.note"), "by-province",
                 [(province_label(r.key, lang), r.key, r) for r in stats.by_province()], view, stats)
    yield "</div>\n"


def _rates(heading: str, note: str, ident: str, items, view: View, stats) -> str:
    """A table of failure and missing-data rates, each rate with its own bar (0–100 % of its
    cell) behind the figure: one bar per measure, the names in the table, never cut off."""
    w, lang = view.word, view.lang
    province = ident == "by-province"
    heads = [w("head.province" if province else "head.criterion"), w("head.applicable" if not province else "head.entities"),
             w("head.fail_entities"), w("head.fail_rate"), w("head.missing_entities"), w("head.missing_rate")]
    if province:
        heads.append(status_label("no_submission", lang))
    rows = []
    for name, key, r in items:
        extra = f'<td class="num">{stats.missing_by_province.get(key, 0)}</td>' if province else ""
        rows.append(f'<tr data-k="{e(key)}"><td title="{e(key)}">{e(name)}</td><td class="num">{r.assessed}</td>'
                    f'<td class="num">{r.fail}</td>{_rate_cell(r.share("fail"), "f")}<td class="num">{r.missing}</td>'
                    f'{_rate_cell(r.share("missing"), "m")}{extra}</tr>')
    table = (f'<table id="{ident}"><thead><tr>{"".join(f"<th>{e(h)}</th>" for h in heads)}</tr></thead>'
             f'<tbody>{"".join(rows)}</tbody></table>')
    return f'<div><h2>{e(heading)}</h2><p class="muted">{e(note)}</p>{table}</div>'


def _rate_cell(share: float, kind: str) -> str:
    return f'<td class="num rate {kind}"><i style="width:{share:.1%}"></i><span>{share:.1%}</span></td>'


def _matrix_head(cols, view: View) -> str:
    lang = view.lang
    heads = "".join(f'<th class="v" title="{e(cid)}{" " + e(stage) if stage else ""}">{e(column_title(crit, stage, lang))}</th>'
                    for cid, stage, crit in cols)
    return (f'<h2 id="matrix-title">{e(view.word("section.matrix"))}</h2><p class="muted"><span id="shown"></span> '
            f'<button id="more" type="button" hidden>{e(view.word("more"))}</button></p>'
            f'<div id="mwrap"><table id="matrix"><colgroup><col class="n">{"<col class=c>" * len(cols)}</colgroup><thead><tr><th>{e(view.word("head.entity"))}</th>{heads}</tr></thead>'
            f'<tbody id="mbody"></tbody></table></div>\n')


def _errors_by_entity(report: dict) -> dict[str, list[dict]]:
    """Each entity's input errors: those of the files it was read from."""
    by_file: dict[str, list[dict]] = {}
    for item in report["errors"]:
        by_file.setdefault(item["file"], []).append(item)
    out: dict[str, list[dict]] = {}
    for item in report.get("inputs") or ():
        for code in item.get("entities") or ():
            out.setdefault(code, []).extend(by_file.get(item["file"], ()))
    return out


def _entity_data(entity: dict, period: int, findings: list[dict], view: View, crit_index: dict, crit: list,
                 errors=()) -> dict:
    """One county, compact: its facts once each, its findings problems first, each with what the
    county does about it (the cells to correct or fill), and its files' input errors."""
    lang = view.lang
    facts: dict[tuple, int] = {}
    fact_rows: list[list[str]] = []
    rows = []
    invalid = [["invalid", localized(x, "place", lang), "", localized(x, "message", lang)
                + (f" ({view.word('head.expected')}: {localized(x, 'expected', lang)})" if x["expected"] else "")]
               for x in errors]
    for f in sorted(findings, key=sort_key):
        cid = f["criterion"]["id"]
        ckey = f"{cid}\x00{f['criterion']['pack']}"
        if ckey not in crit_index:
            crit_index[ckey] = len(crit)
            crit.append([cid, f["criterion"]["title_zh" if lang == "zh" else "title_en"],
                         "; ".join(basis_text(b, lang) for b in f["basis"])])
        refs = []
        for fact in ordered_evidence(f):
            key = (fact["indicator"], fact["stage"], fact["period"], fact["value_as_written"], fact["unit_as_written"],
                   fact["citation"]["quote"], tuple(fact["location"].items()))
            if key not in facts:
                facts[key] = len(fact_rows)
                fact_rows.append([view.fact_name(fact), figure(fact, lang), view.citation(fact), view.place(fact["location"])])
            refs.append(facts[key])
        rows.append([crit_index[ckey], stage_label(f["stage"], lang) or "—", f["status"],
                     severity_label(f["severity"], lang), message(f, lang), refs,
                     "; ".join(threshold_text(t, lang) for t in f["thresholds"]), to_fix(f, view)])
    counts = [[s, n] for s in STATUSES if (n := sum(1 for f in findings if f["status"] == s))]
    return {"h": f"{entity_heading(entity, period, lang)} · {province_label(province_code(entity['code']), lang)}",
            "counts": counts, "f": rows, "facts": fact_rows, "errors": invalid}
