"""Benchmark: the explorer page at 1,000 and 2,000 nodes (2,000 is the
most a build's page draws, Settings.limits.html_max_nodes: about a 1,000-document build).

    python bench/explorer.py [--nodes 1000 2000]

Makes records for a graph of N entities with about 2N relations, renders
the explorer, times the layout kg/exporters/html.py computes for it, opens the page
in headless Chromium (Debian's, offline) and times it from navigation to
drawn and ready (the layout comes with the page: nothing settles in the
browser). Prints a table and JSON.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import tempfile
import time
from pathlib import Path

from kg.exporters.html import PREDICATES_ZH, layout, render

TYPES = ["Organization", "Region", "Person", "Policy", "Sector", "Event"]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


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


def time_to_ready(page_path: Path, chromium: str) -> float:
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        page = browser.new_context(offline=True, viewport={"width": 1600, "height": 1000}).new_page()
        t = time.perf_counter()
        page.goto(page_path.as_uri())
        page.wait_for_function("document.body.getAttribute('data-settled') === 'true'", timeout=600_000, polling=100)
        seconds = time.perf_counter() - t
        browser.close()
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, nargs="+", default=[1000, 2000])
    args = ap.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.nodes:
            recs = synthetic_records(n)
            t = time.perf_counter()
            layout(sorted(r["id"] for r in recs if r["kind"] == "entity"),
                   [(r["subject"], r["object"]) for r in recs if r["kind"] == "relation"])
            layout_s = time.perf_counter() - t
            t = time.perf_counter()
            page, v = render(recs)
            render_s = time.perf_counter() - t
            path = Path(tmp) / f"graph-{n}.html"
            path.write_text(page, encoding="utf-8")
            settle = time_to_ready(path, chromium) if chromium else None
            results.append({"nodes": len(v.entities), "edges": len(v.relations), "html_mb": round(path.stat().st_size / 1e6, 2),
                            "layout_s": round(layout_s, 2), "render_s": round(render_s, 2),
                            "ready_s": round(settle, 1) if settle else None})
    print(f"{'nodes':>7} {'edges':>7} {'HTML MB':>8} {'layout s':>9} {'render s':>9} {'ready s':>8}")
    for r in results:
        print(f"{r['nodes']:>7} {r['edges']:>7} {r['html_mb']:>8} {r['layout_s']:>9} {r['render_s']:>9} {str(r['ready_s']):>8}")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
