"""The explorer opened in real headless Chromium with the network off,
drawing with WebGL (SwiftShader: Chromium's software GPU)."""
import base64
import json

import pytest

from kg.cli import main

pw = pytest.importorskip("playwright.sync_api")

ARGS = ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
FADED = "#e4e7eb"  # a dimmed node's colour (explorer.html)


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
        at = self.page.evaluate("id => kgExplorer.at(id)", entity_id)
        self.page.mouse.click(at["x"], at["y"])

    def drawn(self, path):
        """A screenshot to ``path``, and how many of its pixels in the graph's
        area have each entity type's colour: what WebGL really drew."""
        png = self.page.screenshot(path=str(path))
        return self.page.evaluate("""async png => {
            const img = new Image(); img.src = 'data:image/png;base64,' + png; await img.decode();
            const r = document.getElementById('kg-graph').getBoundingClientRect(), c = document.createElement('canvas');
            c.width = r.width; c.height = r.height;
            const g = c.getContext('2d'); g.drawImage(img, r.left, r.top, r.width, r.height, 0, 0, r.width, r.height);
            const px = g.getImageData(0, 0, r.width, r.height).data, colours = {
                Organization: [0x4e, 0x79, 0xa7], Region: [0x59, 0xa1, 0x4f], Sector: [0xe1, 0x57, 0x59], faded: [0xe4, 0xe7, 0xeb]};
            const out = {};
            for (const [k, [R, G, B]] of Object.entries(colours)) {
              let n = 0;
              for (let i = 0; i < px.length; i += 4)
                if (Math.abs(px[i] - R) < 6 && Math.abs(px[i + 1] - G) < 6 && Math.abs(px[i + 2] - B) < 6) n++;
              out[k] = n;
            }
            return out; }""", base64.b64encode(png).decode())


def records(build):
    return [json.loads(l) for l in (build / "records.jsonl").read_text(encoding="utf-8").splitlines()]


def entity(recs, name):
    return next(r["id"] for r in recs if r["kind"] == "entity" and r["name"] == name)


def hidden(page, kind):
    """The nodes or edges the renderer holds hidden, by the data it draws from."""
    return page.evaluate(f"""() => {{ const X = kgExplorer, out = [];
        X.graph.forEach{kind.title()}(k => {{ if (X.renderer.get{kind.title()}DisplayData(k).hidden) out.push(k); }});
        return out; }}""")


def test_html_explorer_offline(seed_build, chromium, artifacts):
    recs = records(seed_build)
    n_entities = sum(r["kind"] == "entity" for r in recs)
    html = (seed_build / "graph.html").read_text(encoding="utf-8")
    assert "cdn.jsdelivr" not in html and "<script src" not in html and "<link" not in html
    tianjin = entity(recs, "天津市")
    with pw.sync_playwright() as p:
        ui = Page(p, chromium, seed_build / "graph.html")
        page = ui.page
        assert page.evaluate("kgExplorer.graph.order") == n_entities
        # Search by an alias focuses the node and opens its panel.
        page.fill("#kg-search", "天津")
        page.press("#kg-search", "Enter")
        assert page.evaluate("kgExplorer.focused()") == tianjin
        assert page.inner_text("#kg-panel-title") == "天津市"
        panel = page.inner_text("#kg-panel-body")
        assert "天津市新型基础设施建设三年行动方案" in panel and "近日,天津印发了" in panel
        assert "5G基站" in panel  # the figures table
        page.keyboard.press("Escape")
        # A real click on a node opens its panel with the evidence sentence.
        policy = next(r["id"] for r in recs if r["kind"] == "entity" and r["name"].startswith("上海市5G移动通信基站布局规划导则"))
        page.evaluate("""id => { const d = kgExplorer.renderer.getNodeDisplayData(id);
            kgExplorer.renderer.getCamera().setState({x: d.x, y: d.y, ratio: 0.3}); kgExplorer.renderer.render(); }""", policy)
        ui.click_node(policy)
        page.wait_for_function("document.getElementById('kg-panel-title').textContent.startsWith('上海市5G移动通信基站布局规划导则')",
                               timeout=10_000)
        assert "上海市经信委编制印发了" in page.inner_text("#kg-panel-body")
        # Filters hide a type and a predicate.
        page.keyboard.press("Escape")
        page.uncheck("input[data-type='Sector']")
        sectors = {r["id"] for r in recs if r["kind"] == "entity" and r["type"] == "Sector"}
        assert set(hidden(page, "node")) == sectors
        page.uncheck("input[data-predicate='locatedIn']")
        assert all(e.split("|")[1] == "locatedIn" or e.split("|")[0] in sectors or e.split("|")[2] in sectors
                   for e in hidden(page, "edge"))
        assert any(e.split("|")[1] == "locatedIn" for e in hidden(page, "edge"))
        page.check("input[data-type='Sector']")
        page.fill("#kg-search", "天津")
        page.press("#kg-search", "Enter")
        page.screenshot(path=str(artifacts / "explorer.png"))
        ui.browser.close()
    assert ui.external == [] and ui.errors == [] and ui.dialogs == []


def test_html_counts_what_it_draws_and_what_the_build_counted(seed_build, seed_records, chromium):
    # The page draws each subject-relation-object once; the build prints
    # relation records (one per sentence stating it): the page says both.
    edges = {(r["subject"], r["predicate"], r["object"]) for r in seed_records if r["kind"] == "relation"}
    relations = sum(r["kind"] == "relation" for r in seed_records)
    assert len(edges) < relations
    with pw.sync_playwright() as p:
        ui = Page(p, chromium, seed_build / "graph.html")
        counts = ui.page.inner_text("#kg-counts")
        # The search box's hint fits in it, not cut at its edge.
        hint = ui.page.evaluate("""() => { const i = document.getElementById('kg-search'), s = getComputedStyle(i);
            const g = document.createElement('canvas').getContext('2d'); g.font = s.font;
            return [g.measureText(i.placeholder).width, i.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight)]; }""")
        ui.browser.close()
    assert f"{len(edges)} 条边 edges" in counts and f"{relations} 条关系记录 relation records" in counts
    assert hint[0] < hint[1] - 20  # room left for the search field's clear button


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
        assert ui.page.evaluate("kgExplorer.graph.order") == 40
        assert "dropped" in ui.page.inner_text("#kg-notes")
        ui.browser.close()
    assert ui.errors == []


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


def test_html_layout_is_seeded_and_draws_communities_apart():
    # The same picture every time; 30 groups of 100 nodes, linked mostly
    # within the group, come out as 30 clusters (two nodes of one group far
    # closer than two nodes at random), no two nodes on one spot, and the
    # nodes without relations lie in a block below the rest.
    import random
    import statistics

    from kg.exporters.html import layout
    rnd = random.Random(3)
    names = [f"n{i:04d}" for i in range(3100)]
    pairs = []
    for _ in range(6000):
        c = rnd.randrange(30)
        a = c * 100 + rnd.randrange(100)
        pairs.append((names[a], names[c * 100 + rnd.randrange(100) if rnd.random() < 0.95 else rnd.randrange(3000)]))
    at = layout(names, pairs)
    assert at == layout(names, pairs) and set(at) == set(names)

    def far(a, b):
        return ((at[a][0] - at[b][0]) ** 2 + (at[a][1] - at[b][1]) ** 2) ** 0.5
    linked = sorted({n for pair in pairs for n in pair})
    within = statistics.mean(far(names[c * 100 + rnd.randrange(100)], names[c * 100 + rnd.randrange(100)])
                             for c in range(30) for _ in range(50))
    anywhere = statistics.mean(far(rnd.choice(linked), rnd.choice(linked)) for _ in range(1500))
    assert within < 0.4 * anywhere
    assert len({at[n] for n in linked}) == len(linked)
    assert min(at[n][1] for n in names[3000:]) > max(at[n][1] for n in linked)


def test_html_first_view_draws_the_graph_with_hubs_labelled(seed_build, seed_records, chromium, artifacts):
    # The page opens laid out by kg/exporters/html.py: every node where the page
    # carries it, drawn (pixels of the types' colours on the screen), the
    # best-connected nodes labelled at first sight, no label over another
    # or cut at the canvas's edge; zooming in labels more.
    from kg.exporters.html import render
    assert render(seed_records)[0] == render(seed_records)[0]
    with pw.sync_playwright() as p:
        ui = Page(p, chromium, seed_build / "graph.html")
        page = ui.page
        state = page.evaluate("""() => {
            const X = kgExplorer, G = JSON.parse(document.getElementById('kg-graph-data').textContent);
            const moved = G.ids.filter((id, i) => X.graph.getNodeAttribute(id, 'x') !== G.xy[2 * i] ||
                                                  X.graph.getNodeAttribute(id, 'y') !== -G.xy[2 * i + 1]).length;
            const c = X.renderer.getCanvases().labels, top = Object.keys(X.rank).filter(k => X.rank[k] < 5);
            return {moved: moved, labels: X.labels(), top: top, w: c.clientWidth, h: c.clientHeight}; }""")
        drawn = ui.drawn(artifacts / "explorer-first-view.png")
        linked = {x for r in seed_records if r["kind"] == "relation" for x in (r["subject"], r["object"])}
        ys = page.evaluate("ids => ids.map(id => kgExplorer.at(id).y)", sorted(linked))
        alone = [r["id"] for r in seed_records if r["kind"] == "entity" and r["id"] not in linked]
        ys_alone = page.evaluate("ids => ids.map(id => kgExplorer.at(id).y)", alone)
        hub = max(state["top"], key=lambda k: -page.evaluate("k => kgExplorer.rank[k]", k))
        page.evaluate("""id => { const d = kgExplorer.renderer.getNodeDisplayData(id);
            kgExplorer.renderer.getCamera().setState({x: d.x, y: d.y, ratio: 0.25}); kgExplorer.renderer.render(); }""", hub)
        zoomed = page.evaluate("kgExplorer.labels()")
        page.screenshot(path=str(artifacts / "explorer-zoomed.png"))
        ui.browser.close()
    assert state["moved"] == 0
    assert all(n > 50 for n in drawn.values()), drawn
    labels = state["labels"]
    assert set(state["top"]) <= {b["key"] for b in labels} and len(labels) >= 10
    assert all(0 <= b["l"] < b["r"] <= state["w"] and 0 <= b["t"] < b["b"] <= state["h"] for b in labels)
    for k, a in enumerate(labels):  # no two labels overlap
        assert all(a["r"] <= b["l"] or b["r"] <= a["l"] or a["b"] <= b["t"] or b["b"] <= a["t"] for b in labels[k + 1:])
    assert {b["key"] for b in zoomed} - {b["key"] for b in labels}
    assert min(ys_alone) > max(ys)
    assert ui.errors == [] and ui.external == []


def test_html_focus_and_context(seed_build, seed_records, chromium, artifacts):
    tianjin = entity(seed_records, "天津市")
    with pw.sync_playwright() as p:
        ui = Page(p, chromium, seed_build / "graph.html")
        page = ui.page
        page.fill("#kg-search", "天津")
        page.press("#kg-search", "Enter")
        near = page.evaluate("id => [id].concat(kgExplorer.graph.neighbors(id)).sort()", tianjin)
        assert len(near) > 5 and page.evaluate("kgExplorer.lit()") == near
        colours = page.evaluate("""() => { const X = kgExplorer, out = {};
            X.graph.forEachNode(k => { out[k] = X.renderer.getNodeDisplayData(k).color; }); return out; }""")
        assert {k for k, c in colours.items() if c == FADED} == set(colours) - set(near)
        assert all(colours[k] != FADED for k in near)
        centre = page.evaluate("""id => { const c = kgExplorer.renderer.getCamera().getState(), d = kgExplorer.renderer.getNodeDisplayData(id);
            return [c.x - d.x, c.y - d.y]; }""", tianjin)
        assert abs(centre[0]) < 1e-9 and abs(centre[1]) < 1e-9
        assert {b["key"] for b in page.evaluate("kgExplorer.labels()")} <= set(near)
        drawn = ui.drawn(artifacts / "explorer-focus-tianjin.png")
        assert drawn["faded"] > 200 and drawn["Region"] > 50
        page.keyboard.press("Escape")
        assert page.evaluate("kgExplorer.lit()") == [] and page.get_attribute("body", "data-focus") is None
        # A click picks, a second click on the same node clears.
        ui.click_node(tianjin)
        assert page.evaluate("kgExplorer.lit()") == near
        page.wait_for_timeout(400)  # later than sigma's double click (300 ms), which zooms
        ui.click_node(tianjin)
        assert page.evaluate("kgExplorer.lit()") == []
        # The document filter draws only the facts one article gave.
        doc = next(r["doc"] for r in seed_records if r["kind"] == "relation" and r["subject"] == tianjin)
        page.select_option("#kg-doc", doc)
        shown = page.evaluate("""() => { const X = kgExplorer, out = [];
            X.graph.forEachEdge(k => { if (!X.renderer.getEdgeDisplayData(k).hidden) out.push(k); }); return out; }""")
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
        # a growth rate's record names its quantity (change rate): the page names it with 增速
        page.evaluate("kgExplorer.focus('海南省')")
        rate_titles = page.evaluate("""Array.from(document.querySelectorAll('svg.kg-chart[data-change="rate"] text:first-of-type'))
            .map(t => t.textContent)""")
        rows = page.evaluate("""Array.from(document.querySelectorAll('table.kg-figures tr'))
            .map(r => Array.from(r.children).map(c => c.textContent))""")
        ui.browser.close()
    assert ["2020", "actual", "903", "#4e79a7"] in bars and ["2021", "target", "537", "#fff"] in bars
    assert "互联网产业 增速（%）" in rate_titles, rate_titles
    assert ["互联网产业 增速", "增速 rate", "38", "%", "2020", "actual"] in rows, rows
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
    tianjin = entity(seed_records, "天津市")
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


def test_html_click_on_an_edge_opens_its_evidence(seed_build, seed_records, chromium, artifacts):
    # A real click on the line of an issues edge, where no node or other
    # edge is drawn near it, opens that edge (sigma picks edges by what it
    # drew under the pointer). The first such edge in the records is taken:
    # which lines cross depends on the layout.
    rels = {f'{r["subject"]}|{r["predicate"]}|{r["object"]}': r for r in seed_records
            if r["kind"] == "relation" and r["predicate"] == "issues"}
    with pw.sync_playwright() as p:
        ui = Page(p, chromium, seed_build / "graph.html")
        page = ui.page
        found = page.evaluate("""keys => { const X = kgExplorer, R = X.renderer;
            const box = document.getElementById('kg-graph').getBoundingClientRect();
            for (const key of keys) {
              if (!X.graph.hasEdge(key)) continue;
              const ends = X.graph.extremities(key), a = R.getNodeDisplayData(ends[0]), b = R.getNodeDisplayData(ends[1]);
              for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
                const m = {x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y)};
                R.getCamera().setState({x: m.x, y: m.y, ratio: 0.5}); R.render();
                const v = R.framedGraphToViewport(m);
                let clear = true;  // no node, and no other edge's line, drawn within 8 px
                X.graph.forEachNode(k => { const d = R.getNodeDisplayData(k), p = R.framedGraphToViewport(d);
                  if (!d.hidden && Math.hypot(p.x - v.x, p.y - v.y) < d.size + 8) clear = false; });
                X.graph.forEachEdge((k, _, s, o) => { if (k === key || R.getEdgeDisplayData(k).hidden) return;
                  const p = R.framedGraphToViewport(R.getNodeDisplayData(s)), q = R.framedGraphToViewport(R.getNodeDisplayData(o));
                  const dx = q.x - p.x, dy = q.y - p.y, u = Math.max(0, Math.min(1, ((v.x - p.x) * dx + (v.y - p.y) * dy) / (dx * dx + dy * dy || 1)));
                  if (Math.hypot(p.x + u * dx - v.x, p.y + u * dy - v.y) < 8) clear = false; });
                if (clear) return {key, x: box.left + v.x, y: box.top + v.y};
              } } }""", list(rels))
        assert found, "no issues edge has a clear point on its line"
        page.mouse.move(found["x"], found["y"])
        page.mouse.click(found["x"], found["y"])
        assert page.get_attribute("#kg-panel-body", "data-edge") == found["key"]
        assert rels[found["key"]]["sentence"] in page.inner_text("#kg-panel-body")
        page.screenshot(path=str(artifacts / "explorer-edge.png"))
        ui.browser.close()
    assert ui.errors == []
