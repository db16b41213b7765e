"""The explorer opened in real headless Chromium with the network off."""
import json

import pytest

from kg.cli import main

pw = pytest.importorskip("playwright.sync_api")

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


class Page:
    """A page opened offline, recording any request that leaves the file and any script error."""

    def __init__(self, p, chromium, path):
        self.browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        context = self.browser.new_context(offline=True, viewport={"width": 1600, "height": 1000})
        self.page = context.new_page()
        self.external, self.errors, self.dialogs = [], [], []
        self.page.on("request", lambda r: self.external.append(r.url) if not r.url.startswith(("file:", "data:")) else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("document.body.getAttribute('data-settled') === 'true'", timeout=120_000)

    def click_node(self, entity_id):
        pos = self.page.evaluate("""id => { const p = network.getPositions([id])[id];
            const d = network.canvasToDOM(p); const r = document.querySelector('#mynetwork canvas').getBoundingClientRect();
            return {x: r.left + d.x, y: r.top + d.y}; }""", entity_id)
        self.page.mouse.click(pos["x"], pos["y"])


def records(build):
    return [json.loads(l) for l in (build / "records.jsonl").read_text(encoding="utf-8").splitlines()]


def test_html_explorer_offline(seed_build, chromium, artifacts):
    recs = records(seed_build)
    n_entities = sum(r["kind"] == "entity" for r in recs)
    html = (seed_build / "graph.html").read_text(encoding="utf-8")
    assert "cdn.jsdelivr" not in html and "<script src" not in html and "<link" not in html
    tianjin = next(r for r in recs if r["kind"] == "entity" and r["name"] == "天津市")
    with pw.sync_playwright() as p:
        ui = Page(p, chromium, seed_build / "graph.html")
        page = ui.page
        assert page.evaluate("network.body.data.nodes.length") == n_entities
        assert page.evaluate("Object.keys(network.getPositions()).length") == n_entities
        # Search by an alias focuses the node and opens its panel.
        page.fill("#kg-search", "天津")
        page.press("#kg-search", "Enter")
        assert page.evaluate("network.getSelectedNodes()") == [tianjin["id"]]
        assert page.inner_text("#kg-panel-title") == "天津市"
        panel = page.inner_text("#kg-panel-body")
        assert "天津市新型基础设施建设三年行动方案" in panel and "近日,天津印发了" in panel
        assert "5G基站" in panel  # the figures table
        # A real click on a node opens its panel with the evidence sentence.
        policy = next(r for r in recs if r["kind"] == "entity" and r["name"].startswith("上海市5G移动通信基站布局规划导则"))
        page.evaluate("id => network.focus(id, {scale: 3, animation: false})", policy["id"])
        page.wait_for_timeout(300)  # let the canvas redraw at the new scale before clicking
        ui.click_node(policy["id"])
        page.wait_for_function("document.getElementById('kg-panel-title').textContent.startsWith('上海市5G移动通信基站布局规划导则')",
                               timeout=10_000)
        assert "上海市经信委编制印发了" in page.inner_text("#kg-panel-body")
        # An edge shows its evidence.
        edge = page.evaluate("edges.get().find(e => e.predicate === 'issues').id")
        page.evaluate("id => kgExplorer.showEdge(id)", edge)
        assert "证据" in page.inner_text("#kg-panel-body")
        # Filters hide a type and a predicate.
        page.uncheck("input[data-type='Sector']")
        assert page.evaluate("nodes.get({filter: n => !n.hidden && n.kgType === 'Sector'}).length") == 0
        page.uncheck("input[data-predicate='locatedIn']")
        assert page.evaluate("edges.get({filter: e => !e.hidden && e.predicate === 'locatedIn'}).length") == 0
        page.check("input[data-type='Sector']")
        page.fill("#kg-search", "天津")
        page.press("#kg-search", "Enter")
        page.screenshot(path=str(artifacts / "explorer.png"))
        ui.browser.close()
    assert ui.external == [] and ui.errors == [] and ui.dialogs == []


def test_html_hostile_document_runs_nothing(tmp_path, chromium, artifacts):
    src = tmp_path / "in"
    src.mkdir()
    hostile = ("天津市印发了《<script>alert('policy')</script>行动方案》,聚焦5G和工业互联网。"
               "<img src=x onerror=alert('img')>华为公司与天津市合作。\"</script><script>alert('quote')</script>\"")
    (src / "hostile.txt").write_text(hostile, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out)]) == 0
    with pw.sync_playwright() as p:
        ui = Page(p, chromium, out / "graph.html")
        page = ui.page
        page.fill("#kg-search", "天津市")
        page.press("#kg-search", "Enter")
        panel = page.inner_text("#kg-panel-body")
        assert "<img src=x onerror=alert('img')>" in panel or "<script>" in panel  # shown as text
        assert page.evaluate("document.querySelectorAll('#kg-panel img, #kg-panel script').length") == 0
        page.select_option("#kg-doc", index=1)  # the documents view writes the same text
        assert "onerror=alert('img')>" in page.inner_text("#kg-panel-body")
        assert page.evaluate("document.querySelectorAll('#kg-panel img, #kg-panel script').length") == 0
        page.screenshot(path=str(artifacts / "hostile.png"))
        ui.browser.close()
    assert ui.dialogs == [] and ui.errors == [] and ui.external == []


def test_html_focus_and_max_nodes(seed_build, tmp_path, capsys, chromium):
    path = tmp_path / "focus.html"
    assert main(["html", "--build", str(seed_build), "-o", str(path), "--focus", "天津市", "--hops", "1"]) == 0
    out = capsys.readouterr()
    n = int(out.out.split()[0])
    assert 5 < n < 50 and "天津市" in out.err
    assert main(["html", "--build", str(seed_build), "-o", str(tmp_path / "top.html"), "--max-nodes", "40"]) == 0
    assert "dropped" in capsys.readouterr().err
    assert main(["html", "--build", str(seed_build), "-o", str(path), "--focus", "不存在的地方"]) == 2
    with pw.sync_playwright() as p:
        ui = Page(p, chromium, tmp_path / "top.html")
        assert ui.page.evaluate("network.body.data.nodes.length") == 40
        assert "dropped" in ui.page.inner_text("#kg-notes")
        ui.browser.close()


def test_html_max_nodes_keeps_the_nodes_networkx_ranks_first():
    # Degree as networkx counts it on the undirected graph: a pair linked both
    # ways is one neighbour, a loop counts twice; ties go by IRI.
    import networkx as nx

    from kg.exporters.html import view
    names = "abcdefg"
    pairs = [("a", "b"), ("b", "a"), ("a", "c"), ("d", "d"), ("e", "f"), ("c", "b"), ("g", "a"), ("f", "f")]
    recs = [{"kind": "entity", "id": n, "name": n, "type": "Organization"} for n in names]
    recs += [{"kind": "relation", "subject": s, "object": o, "predicate": "cooperatesWith"} for s, o in pairs]
    g = nx.Graph(pairs)
    g.add_nodes_from(names)
    for k in range(1, len(names)):
        expected = sorted(names, key=lambda n: (-g.degree(n), n))[:k]
        assert sorted(view(recs, max_nodes=k).entities) == sorted(expected)
    assert view(recs, max_nodes=3).dropped == 4


def test_html_layout_is_shipped_with_hubs_labelled(seed_build, seed_records, chromium, artifacts):
    # The page opens laid out by kg/exporters/html.py: no physics, every node at the
    # position the page carries, the hubs' labels drawn at first sight, none
    # over another, and
    # the nodes without relations in a block below the graph, not a ring round it.
    from kg.exporters.html import render
    assert render(seed_records)[0] == render(seed_records)[0]
    with pw.sync_playwright() as p:
        ui = Page(p, chromium, seed_build / "graph.html")
        page = ui.page
        state = page.evaluate("""() => {
            const pos = network.getPositions(), rect = document.querySelector('#mynetwork canvas').getBoundingClientRect();
            const all = nodes.get(), linked = new Set();
            edges.get().forEach(e => { linked.add(e.from); linked.add(e.to); });
            const hubs = all.filter(n => n.labelled).map(n => { const b = network.body.nodes[n.id].labelModule.size;
                const a = network.canvasToDOM({x: b.left, y: b.top}), z = network.canvasToDOM({x: b.left + b.width, y: b.top + b.height});
                return {px: n.font.size * network.getScale(), l: a.x, t: a.y, r: z.x, b: z.y}; });
            return {physics: network.physics.physicsEnabled, moved: all.filter(n => pos[n.id].x !== n.x || pos[n.id].y !== n.y).length,
                    hubs: hubs, w: rect.width, h: rect.height, threshold: network.nodesHandler.options.scaling.label.drawThreshold,
                    lowestLinked: Math.max(...all.filter(n => linked.has(n.id)).map(n => n.y)),
                    highestAlone: Math.min(...all.filter(n => !linked.has(n.id)).map(n => n.y))}; }""")
        page.screenshot(path=str(artifacts / "explorer-first-view.png"))
        ui.browser.close()
    assert state["physics"] is False and state["moved"] == 0
    assert len(state["hubs"]) >= 6
    assert all(h["px"] >= state["threshold"] and 0 <= h["l"] < h["r"] <= state["w"] and 0 <= h["t"] < h["b"] <= state["h"]
               for h in state["hubs"])
    for k, a in enumerate(state["hubs"]):  # no two labels overlap
        assert all(a["r"] <= b["l"] or b["r"] <= a["l"] or a["b"] <= b["t"] or b["b"] <= a["t"] for b in state["hubs"][k + 1:])
    assert state["highestAlone"] > state["lowestLinked"]
    assert ui.errors == [] and ui.external == []


def test_html_focus_and_context(seed_build, seed_records, chromium, artifacts):
    tianjin = next(r["id"] for r in seed_records if r["kind"] == "entity" and r["name"] == "天津市")
    lit = "nodes.get({filter: n => n.lit}).map(n => n.id).sort()"
    with pw.sync_playwright() as p:
        ui = Page(p, chromium, seed_build / "graph.html")
        page = ui.page
        page.fill("#kg-search", "天津")
        page.press("#kg-search", "Enter")
        near = page.evaluate("id => [id].concat(network.getConnectedNodes(id)).sort()", tianjin)
        assert len(near) > 5 and page.evaluate(lit) == near
        dimmed = page.evaluate("nodes.get({filter: n => n.lit === false}).map(n => n.color)")
        assert len(dimmed) == sum(r["kind"] == "entity" for r in seed_records) - len(near) and set(dimmed) == {"rgba(190,196,204,0.25)"}
        centre = page.evaluate("id => [network.getViewPosition(), network.getPositions([id])[id]]", tianjin)
        assert abs(centre[0]["x"] - centre[1]["x"]) < 1 and abs(centre[0]["y"] - centre[1]["y"]) < 1
        page.screenshot(path=str(artifacts / "explorer-focus-tianjin.png"))
        page.keyboard.press("Escape")
        assert page.evaluate(lit) == [] and page.evaluate("network.getSelectedNodes()") == []
        # A click picks, a second click on the same node clears.
        ui.click_node(tianjin)
        assert page.evaluate(lit) == near
        ui.click_node(tianjin)
        assert page.evaluate(lit) == []
        # The document filter draws only the facts one article gave.
        doc = next(r["doc"] for r in seed_records if r["kind"] == "relation" and r["subject"] == tianjin)
        page.select_option("#kg-doc", doc)
        shown = page.evaluate("edges.get({filter: e => !e.hidden}).map(e => e.id)")
        given = {f'{r["subject"]}|{r["predicate"]}|{r["object"]}' for r in seed_records if r["kind"] == "relation" and r["doc"] == doc}
        assert shown and set(shown) == given
        ui.browser.close()
    assert ui.errors == [] and ui.external == []


def test_html_figures_chart(seed_build, chromium, artifacts):
    with pw.sync_playwright() as p:
        ui = Page(p, chromium, seed_build / "graph.html")
        page = ui.page
        page.evaluate("kgExplorer.focus('安康市')")
        bars = page.evaluate("""Array.from(document.querySelectorAll('svg.kg-chart[data-indicator="5G基站"] rect'))
            .map(r => [r.dataset.year, r.dataset.status, r.dataset.value, r.getAttribute('fill')])""")
        page.locator("svg.kg-chart").first.scroll_into_view_if_needed()
        page.screenshot(path=str(artifacts / "explorer-figures-ankang.png"))
        ui.browser.close()
    assert ["2020", "actual", "903", "#4e79a7"] in bars and ["2021", "target", "537", "#fff"] in bars
    assert ui.errors == []


def test_html_focus_writes_its_own_page(seed_build, tmp_path, capsys):
    import shutil
    build = tmp_path / "b"
    shutil.copytree(seed_build, build)
    whole = (build / "graph.html").read_bytes()
    assert main(["html", "--build", str(build), "--focus", "天津市", "--hops", "1"]) == 0
    assert str(build / "graph-天津市.html") in capsys.readouterr().out
    assert (build / "graph.html").read_bytes() == whole
    assert "天津市" in (build / "graph-天津市.html").read_text(encoding="utf-8")


def test_html_documents_view_marks_facts_in_place(seed_build, seed_records, chromium, artifacts):
    tianjin = next(r["id"] for r in seed_records if r["kind"] == "entity" and r["name"] == "天津市")
    fact = next(r for r in seed_records if r["kind"] == "relation" and r["sentence"].startswith("近日,天津印发了"))
    starts = sorted({r["start"] for r in seed_records if r["kind"] in ("relation", "measure") and r["doc"] == fact["doc"]})
    with pw.sync_playwright() as p:
        ui = Page(p, chromium, seed_build / "graph.html")
        page = ui.page
        page.select_option("#kg-doc", fact["doc"])
        assert page.get_attribute("#kg-panel-body", "data-document") == fact["doc"]
        # The cited sentences in document order, each at the offset its facts give.
        assert page.evaluate("Array.from(document.querySelectorAll('#kg-panel-body .kg-fact')).map(b => +b.dataset.start)") == starts
        box = page.locator(f"#kg-panel-body .kg-fact[data-start='{fact['start']}']")
        assert box.locator(".kg-sentence").inner_text() == fact["sentence"]
        mark = box.locator(f"mark.kg-mark[data-entity='{tianjin}']").first
        assert mark.inner_text() in ("天津", "天津市")
        page.screenshot(path=str(artifacts / "explorer-document.png"))
        mark.click()
        assert page.get_attribute("body", "data-focus") == tianjin
        assert page.inner_text("#kg-panel-title") == "天津市"
        ui.browser.close()
    assert ui.errors == [] and ui.external == []


def test_html_click_on_an_edge_opens_its_evidence(seed_build, seed_records, chromium):
    # A click on the line of one edge, where no node covers it, opens that edge.
    rel = next(r for r in seed_records if r["kind"] == "relation" and r["predicate"] == "issues"
               and r["sentence"].startswith("近日,天津印发了"))
    edge = f'{rel["subject"]}|{rel["predicate"]}|{rel["object"]}'
    with pw.sync_playwright() as p:
        ui = Page(p, chromium, seed_build / "graph.html")
        page = ui.page
        at = page.evaluate("""id => { const e = edges.get(id), p = network.getPositions([e.from, e.to]);
            const r = document.querySelector('#mynetwork canvas').getBoundingClientRect();
            for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
              const m = {x: p[e.from].x + t * (p[e.to].x - p[e.from].x), y: p[e.from].y + t * (p[e.to].y - p[e.from].y)};
              network.moveTo({position: m, scale: 1, animation: false});
              const d = network.canvasToDOM(m);
              if (network.getNodeAt(d) === undefined) return {x: r.left + d.x, y: r.top + d.y};
            } }""", edge)
        page.wait_for_timeout(100)
        page.mouse.click(at["x"], at["y"])
        assert page.get_attribute("#kg-panel-body", "data-edge") == edge
        assert rel["sentence"] in page.inner_text("#kg-panel-body")
        ui.browser.close()
    assert ui.errors == []
