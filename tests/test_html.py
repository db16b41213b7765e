"""The graph view opened in real headless Chromium with the network off."""
import json

import pytest

pw = pytest.importorskip("playwright.sync_api")

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def test_html_draws_the_graph_offline(seed_build, chromium, artifacts):
    records = [json.loads(l) for l in (seed_build / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    n_entities = sum(r["kind"] == "entity" for r in records)
    html = (seed_build / "graph.html").read_text(encoding="utf-8")
    assert "cdn.jsdelivr" not in html and "<script src" not in html
    with pw.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        context = browser.new_context(offline=True, viewport={"width": 1400, "height": 900})
        page = context.new_page()
        external = []
        page.on("request", lambda r: external.append(r.url) if not r.url.startswith(("file:", "data:")) else None)
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto((seed_build / "graph.html").as_uri())
        page.wait_for_function("document.body.getAttribute('data-settled') === 'true'", timeout=120_000)
        assert page.evaluate("network.body.data.nodes.length") == n_entities
        assert page.evaluate("network.body.data.edges.length") > 100
        assert page.evaluate("Object.keys(network.getPositions()).length") == n_entities
        page.screenshot(path=str(artifacts / "graph.png"))
        browser.close()
    assert external == [] and errors == []
