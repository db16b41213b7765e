"""Benchmark: the explorer page of real builds (or of synthetic graphs),
whole, in headless Chromium drawing with WebGL (SwiftShader, on the CPU).

    python bench/explorer.py /work/scale/build-1k /tmp/b10k/graph.html [--runs 3]
    python bench/explorer.py --nodes 5000 50000

For a build folder: reads its records back and renders the page (timed);
for a page (.html) given as it is: takes it as the build wrote it. Then
times kg/exporters/html.py's layout of the whole graph the page carries, and opens it
``--runs`` times (a fresh browser each time, offline) and reads from the
page's own clock (performance.now(), from navigation): when the first
frame was on screen (graph read, sigma drew it, labels placed, two
animation frames later) and when it was interactive (documents read,
panels and filters ready); then zooms in and out with the mouse wheel and
times each frame meanwhile (the interval between animation frames;
Chromium caps it at 60 Hz, 16.7 ms), and sigma's render call alone.
Prints min / median / max over the runs, as a table and as JSON.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from kg.exporters.html import PREDICATES_ZH, layout, render

TYPES = ["Organization", "Region", "Person", "Policy", "Sector", "Event"]
ARGS = ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
RECORD = """() => { window.kgFrames = []; let last = performance.now();
    (function tick(now) { window.kgFrames.push(now - last); last = now; if (window.kgFrames) requestAnimationFrame(tick); })(last); }"""
RENDER = """() => { const R = kgExplorer.renderer, cam = R.getCamera(), ratio = cam.getState().ratio, out = [];
    for (let i = 0; i < 20; i++) { cam.setState({ratio: ratio * Math.pow(0.85, i)}); const t = performance.now(); R.render();
      out.push(performance.now() - t); }
    cam.setState({ratio: ratio}); return out; }"""


def zoom(page) -> dict:
    """Zoom in and out with the mouse wheel over the graph, as a person
    does (sigma animates each step), timing every frame meanwhile; then
    sigma's render alone at 20 zoom levels."""
    box = page.evaluate("(() => { const r = document.getElementById('kg-graph').getBoundingClientRect();"
                        " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()")
    page.mouse.move(box["x"], box["y"])
    page.evaluate(RECORD)
    for delta in [-200] * 8 + [200] * 8:
        page.mouse.wheel(0, delta)
        page.wait_for_timeout(120)
    frames = page.evaluate("(() => { const f = window.kgFrames.slice(1); window.kgFrames = null; return f; })()")
    return {"frames": frames, "renders": page.evaluate(RENDER)}


def synthetic_records(n: int, seed: int = 5) -> list[dict]:
    rnd = random.Random(seed)
    ents = [{"kind": "entity", "id": f"urn:e{i}", "type": TYPES[i % 6], "subtype": TYPES[i % 6], "name": f"实体{i}",
             "aliases": [f"别名{i}"], "mentions": [{"doc": f"d{i % 50}", "start": 0, "end": 2}]} for i in range(n)]
    rels = []
    for k in range(2 * n):
        # Preferential attachment: a few hubs, many leaves, as in real builds.
        a = rnd.randrange(n)
        b = int(rnd.paretovariate(1.2)) % n
        if a != b:
            rels.append({"kind": "relation", "subject": f"urn:e{a}", "object": f"urn:e{b}",
                         "predicate": rnd.choice(list(PREDICATES_ZH)), "doc": f"d{k % 50}",
                         "sentence": f"第{k}句：实体{a}与实体{b}的关系。", "start": 0, "end": 10})
    return ents + rels


def open_page(page_path: Path, chromium: str) -> dict:
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        page = browser.new_context(offline=True, viewport={"width": 1600, "height": 1000}).new_page()
        page.goto(page_path.as_uri(), timeout=600_000)
        page.wait_for_function("document.body.getAttribute('data-settled') === 'true'", timeout=600_000, polling=100)
        times = page.evaluate("window.kgTimes")
        zoomed = zoom(page)
        browser.close()
    return {"drawn_s": times["drawn"] / 1000, "ready_s": times["ready"] / 1000,
            "frame_ms": statistics.median(zoomed["frames"]), "frame_max_ms": max(zoomed["frames"]),
            "render_ms": statistics.median(zoomed["renders"])}


def spread(values: list[float], digits: int = 2) -> str:
    return "/".join(str(round(v, digits)) for v in (min(values), statistics.median(values), max(values)))


def graph_of(html: str) -> tuple[list[str], list[tuple[str, str]], int]:
    """The nodes a page carries (its graph element), the linked pairs, and how many edges it draws."""
    start = html.index('id="kg-graph-data">') + len('id="kg-graph-data">')
    g = json.loads(html[start:html.index("</script>", start)])
    e = g["edges"]
    return g["ids"], sorted({(g["ids"][e[k]], g["ids"][e[k + 2]]) for k in range(0, len(e), 3)}), len(e) // 3


def measure(name: str, page: Path, render_s: float | None, chromium: str | None, runs: int) -> dict:
    ids, pairs, edges = graph_of(page.read_text(encoding="utf-8"))
    t = time.perf_counter()
    layout(ids, pairs)
    layout_s = time.perf_counter() - t
    opened = [open_page(page, chromium) for _ in range(runs)] if chromium else []
    row = {"graph": name, "nodes": len(ids), "edges": edges, "html_mb": round(page.stat().st_size / 1e6, 1),
           "layout_s": round(layout_s, 2), "render_s": round(render_s, 2) if render_s is not None else None}
    for key in ("drawn_s", "ready_s", "frame_ms", "frame_max_ms", "render_ms"):
        row[key] = spread([o[key] for o in opened], 1 if key.endswith("ms") else 2) if opened else None
    return row


def rendered(records: list[dict], titles: dict, path: Path) -> float:
    """Writes the page of ``records`` to ``path``; the seconds kg/exporters/html.py took."""
    t = time.perf_counter()
    html, _ = render(records, titles)
    seconds = time.perf_counter() - t
    path.write_text(html, encoding="utf-8")
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graphs", nargs="*", help="build folders (the page is rendered again from records.jsonl) or pages"
                                               " (.html, as a build of this version wrote them)")
    ap.add_argument("--nodes", type=int, nargs="*", default=[], help="synthetic graphs of N entities, about 2N relations")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    from kg.exporters.view import read_records
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for given in map(Path, args.graphs):
            if given.suffix == ".html":
                rows.append(measure(given.name, given, None, chromium, args.runs))
                continue
            page = Path(tmp) / f"{given.name}.html"
            seconds = rendered(*read_records(given), page)
            rows.append(measure(given.name, page, seconds, chromium, args.runs))
        for n in args.nodes:
            page = Path(tmp) / f"synthetic-{n}.html"
            seconds = rendered(synthetic_records(n), {}, page)
            rows.append(measure(page.stem, page, seconds, chromium, args.runs))
    head = ["graph", "nodes", "edges", "html_mb", "layout_s", "render_s", "drawn_s", "ready_s", "frame_ms", "frame_max_ms",
            "render_ms"]
    print(f"min/median/max of {args.runs} runs in Chromium; layout and render once, in Python")
    print("  ".join(f"{h:>14}" for h in head))
    for r in rows:
        print("  ".join(f"{str(r[h]):>14}" for h in head))
    print(json.dumps(rows, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
