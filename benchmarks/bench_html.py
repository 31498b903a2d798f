"""The HTML report of a nation in a real browser: its size, its load time in headless Chromium and
the time to answer a search and to open a county.

    .venv/bin/python benchmarks/bench_html.py [--counties 2850] [--seed 2026] [--repeat 3] [--record FILE]

1. Generates the synthetic nation (benchmarks/make_nation.py) under benchmarks/_data/ if absent
   and checks it once (`checker check … --format json`), or reads a record given with --record.
2. Renders the HTML report from the record (timed), and a copy of it with a measuring script
   appended (the report itself carries none). Headless Chromium (/usr/bin/chromium) opens the copy;
   the script records, at the load event, the time since navigation began, then types a search
   (`合成县12`), filters by status and opens one county, each measured until the page's layout is
   done, and writes the numbers into the DOM that `--dump-dom` prints.
Reports the file size, render time, DOM size at load, load time, search time and county time
(best of --repeat). Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from make_nation import make  # noqa: E402

PROBE = """<script>
window.addEventListener('load', function(){
  function settle(){ return document.body.offsetHeight; }
  settle();
  var out = {load_ms: performance.now(), nodes: document.getElementsByTagName('*').length};
  var nav = performance.getEntriesByType('navigation')[0];
  if (nav) { out.dom_content_loaded_ms = nav.domContentLoadedEventEnd; }
  var q = document.getElementById('q');
  var t = performance.now(); q.value = "合成县12"; q.dispatchEvent(new Event("input")); out.search_js_ms = performance.now() - t; settle();
  out.search_ms = performance.now() - t;
  out.search_rows = document.querySelectorAll('#mbody tr').length;
  var box = document.querySelector('header input[value=pass]');
  t = performance.now(); box.checked = false; box.dispatchEvent(new Event('change')); settle();
  out.filter_ms = performance.now() - t;
  var link = document.querySelector('#mbody tr a');
  t = performance.now(); location.hash = link.getAttribute('href'); window.dispatchEvent(new HashChangeEvent('hashchange')); settle();
  out.county_ms = performance.now() - t;
  out.county_rows = document.querySelectorAll('#entity tr.finding').length;
  out.nodes_after = document.getElementsByTagName('*').length;
  var pre = document.createElement('pre'); pre.id = 'bench'; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>"""


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        sys.exit("needs Debian's chromium (scripts/setup-tests.sh installs it)")
    return path


def measure(page: Path, profile: Path) -> dict:
    proc = subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", "--window-size=1600,1000", "--dump-dom", page.as_uri()],
        capture_output=True, timeout=600)
    found = re.search(r'<pre id="bench">(.*?)</pre>', proc.stdout.decode("utf-8", "replace"))
    if not found:
        sys.exit("the page did not report: " + proc.stderr.decode("utf-8", "replace")[-2000:])
    return json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--counties", type=int, default=2850)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--record", type=Path, help="a report record (checker check --format json) to render")
    args = ap.parse_args()

    from checker.report.render import render

    record_path = args.record
    if record_path is None:
        data = HERE / "_data" / f"nation-{args.counties}-{args.seed}"
        if not (data / "roster.csv").exists():
            make(data, args.counties, args.seed, 2021)
        record_path = data / "report.json"
        if not record_path.exists():
            subprocess.run([sys.executable, "-m", "checker", "check", str(data / "submissions"), "--roster",
                            str(data / "roster.csv"), "--format", "json", "--output", str(record_path)], cwd=ROOT)
    record = json.loads(record_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        start = time.perf_counter()
        with page.open("w", encoding="utf-8") as f:
            for chunk in render(record, "html", "zh"):
                f.write(chunk)
        t_render = time.perf_counter() - start
        size = page.stat().st_size
        probe = Path(tmp) / "probe.html"
        probe.write_text(page.read_text(encoding="utf-8").replace("</body></html>", PROBE + "</body></html>"),
                         encoding="utf-8")
        runs = []
        for n in range(args.repeat):
            start = time.perf_counter()
            result = measure(probe, Path(tmp) / f"profile{n}")
            result["wall_s"] = time.perf_counter() - start
            runs.append(result)
    best = {k: min(r[k] for r in runs) for k in runs[0]}
    print("runs:", json.dumps(runs))
    print(f"nation: {record['summary']['entities']:,} entities, {record['summary']['findings']:,} findings")
    print(f"html: {size / 2**20:.1f} MiB, rendered in {t_render:.1f} s")
    print(f"chromium (best of {args.repeat}): load {best['load_ms']:.0f} ms "
          f"(DOMContentLoaded {best.get('dom_content_loaded_ms', 0):.0f} ms), {best['nodes']:,} DOM nodes at load; "
          f"search {best['search_ms']:.1f} ms ({runs[0]['search_rows']} rows shown); "
          f"status filter {best['filter_ms']:.1f} ms; open a county {best['county_ms']:.1f} ms "
          f"({runs[0]['county_rows']} findings); whole browser run {best['wall_s']:.1f} s")


if __name__ == "__main__":
    main()
