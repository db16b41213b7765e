"""The interactive graph view: one self-contained HTML file built on pyvis.

pyvis 0.3.2 inlines vis-network with ``cdn_resources="in_line"`` but still
links Bootstrap from a CDN, and its ``write_html`` uses the locale's
encoding; so the page is rendered with ``generate_html()``, every external
``<link>``/``<script src>`` is removed, and the caller writes it as UTF-8.
Nodes and edges are handed to pyvis as whole lists because ``add_node`` and
``add_edge`` check membership in lists (quadratic on large graphs).
Physics stabilises for a bounded number of iterations, then stops.
"""
from __future__ import annotations

import html
import json
import re

from pyvis.network import Network

from .pipeline import Corpus, entity_of

COLOURS = {
    "Organization": ("#4e79a7", "dot"), "Region": ("#59a14f", "triangle"), "Person": ("#f28e2b", "star"),
    "Policy": ("#b07aa1", "square"), "Sector": ("#e15759", "diamond"), "Event": ("#76b7b2", "hexagon"),
}
LABELS_ZH = {"issues": "发布", "targets": "聚焦", "subOrganizationOf": "隶属于", "locatedIn": "位于", "holds": "举办",
             "chairs": "主持", "hasPosition": "任职于", "signs": "签署", "cooperatesWith": "合作"}
_EXTERNAL = re.compile(r"<link\b[^>]*\bhref=\"(?:https?:)?//[^>]*>|<link\b[^>]*node_modules[^>]*>|"
                       r"<script\b[^>]*\bsrc=\"[^\"]*\"[^>]*>\s*</script>", re.S)
STABILISE = """
<script type="text/javascript">
  // Stop the physics once the layout has settled (or after the capped
  // iterations), so the page is still and responsive.
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({physics: false});
    document.body.setAttribute("data-settled", "true");
  });
</script>
</body>"""


def render(corpus: Corpus, iterations: int = 200) -> str:
    net = Network(height="900px", width="100%", directed=True, cdn_resources="in_line")
    degree: dict[str, int] = {}
    edges = {}
    for rel, _fact in corpus.relations:
        s, o = entity_of(corpus, rel.subject), entity_of(corpus, rel.object)
        key = (s.iri, rel.predicate, o.iri)
        if key not in edges:
            edges[key] = {"from": s.iri, "to": o.iri, "label": LABELS_ZH[rel.predicate], "title": html.escape(rel.predicate),
                          "arrows": "to"}
            degree[s.iri] = degree.get(s.iri, 0) + 1
            degree[o.iri] = degree.get(o.iri, 0) + 1
    nodes = []
    for e in sorted(corpus.entities.values(), key=lambda e: e.iri):
        colour, shape = COLOURS[e.type]
        nodes.append({"id": e.iri, "label": e.name, "shape": shape, "color": colour,
                      "size": 10 + 3 * min(degree.get(e.iri, 0), 10),
                      "title": html.escape(f"{e.type} · {e.name}" + (f" ({'、'.join(e.aliases)})" if e.aliases else ""))})
    net.nodes = nodes
    net.node_ids = [n["id"] for n in nodes]
    net.node_map = {n["id"]: n for n in nodes}
    net.edges = [edges[k] for k in sorted(edges)]
    net.set_options(json.dumps({
        "physics": {"enabled": True, "solver": "forceAtlas2Based",
                    "stabilization": {"enabled": True, "iterations": iterations, "fit": True}},
        "edges": {"font": {"size": 10}, "smooth": False},
        "interaction": {"hover": True},
    }))
    page = net.generate_html()
    page = _EXTERNAL.sub("", page)
    return page.replace("</body>", STABILISE, 1)
