"""The graph explorer: one self-contained HTML file built on pyvis.

pyvis 0.3.2 inlines vis-network with ``cdn_resources="in_line"`` but still
links Bootstrap from a CDN, and its ``write_html`` uses the locale's
encoding; so the page is rendered from pyvis's template as
``Network.generate_html()`` renders it, every external
``<link>``/``<script src>`` is removed, and the caller writes it as UTF-8.
The template is rendered by jinja2 straight from pyvis's package: importing
``pyvis.network`` imports networkx and IPython, a third of a second of
every build, for nothing the page uses (``add_node`` and ``add_edge``
check membership in lists, quadratic on large graphs, so nodes and edges
are handed over as whole lists anyway).

The explorer reads one JSON blob (entities, facts with their sentences,
figures) embedded with ``<``, ``>`` and ``&`` escaped, and writes every piece
of document text into the page with ``textContent``: nothing from a document
is ever parsed as HTML or run. Physics stabilises for a bounded number of
iterations, then stops.
"""
from __future__ import annotations

import functools
import importlib.util
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import orjson

STYLE = {  # type -> (colour, vis shape, Chinese name)
    "Organization": ("#4e79a7", "dot", "组织"), "Region": ("#59a14f", "triangle", "地区"),
    "Person": ("#f28e2b", "star", "人物"), "Policy": ("#b07aa1", "square", "政策"),
    "Sector": ("#e15759", "diamond", "领域"), "Event": ("#76b7b2", "hexagon", "事件"),
}
PREDICATES_ZH = {"issues": "发布", "targets": "聚焦", "subOrganizationOf": "隶属于", "locatedIn": "位于", "holds": "举办",
                 "chairs": "主持", "hasPosition": "任职于", "signs": "签署", "cooperatesWith": "合作"}
_EXTERNAL = re.compile(r"<link\b[^>]*\bhref=\"(?:https?:)?//[^>]*>|<link\b[^>]*node_modules[^>]*>|"
                       r"<script\b[^>]*\bsrc=\"[^\"]*\"[^>]*>\s*</script>", re.S)
ASSETS = Path(__file__).resolve().parent / "templates"


@dataclass
class View:
    """What the page shows, and what was left out to keep it usable."""
    entities: dict[str, dict]
    relations: list[dict]
    measures: list[dict]
    dropped: int = 0
    notes: list[str] = field(default_factory=list)


def view(records: list[dict], focus: str | None = None, hops: int = 2, max_nodes: int | None = None) -> View:
    """Select what to draw: the neighbourhood of ``focus`` (a name or an
    alias) within ``hops``, then at most ``max_nodes`` best-connected nodes."""
    entities = {r["id"]: r for r in records if r["kind"] == "entity"}
    relations = [r for r in records if r["kind"] == "relation" and r["subject"] in entities and r["object"] in entities]
    measures = [r for r in records if r["kind"] == "measure"]
    # Neighbour sets: a third of the time networkx takes to add the edges and count degrees.
    neighbours: dict[str, set[str]] = {i: set() for i in entities}
    for r in relations:
        neighbours[r["subject"]].add(r["object"])
        neighbours[r["object"]].add(r["subject"])
    keep = set(entities)
    notes = []
    if focus:
        start = next((i for i, e in sorted(entities.items()) if e["name"] == focus or focus in e.get("aliases", [])), None)
        if start is None:
            raise KeyError(f"no entity named {focus!r}")
        import networkx as nx  # only a neighbourhood needs it
        keep = set(nx.single_source_shortest_path_length(nx.Graph(neighbours), start, cutoff=hops))
        notes.append(f"{focus} 的 {hops} 跳邻域 / the {hops}-hop neighbourhood of {focus}: {len(keep)} nodes")
    dropped = 0
    if max_nodes is not None and len(keep) > max_nodes:
        # Degree as in an undirected graph, where a loop counts twice.
        ranked = sorted(keep, key=lambda n: (-len(neighbours[n]) - (n in neighbours[n]), n))
        chosen = set(ranked[:max_nodes])
        if focus:
            chosen.add(start)
        dropped = len(keep) - len(chosen)
        keep = chosen
        notes.append(f"保留连接最多的 {len(keep)} 个节点，略去 {dropped} 个 / kept the {len(keep)} best-connected nodes, "
                     f"dropped {dropped}")
    return View(entities={i: e for i, e in entities.items() if i in keep},
                relations=[r for r in relations if r["subject"] in keep and r["object"] in keep],
                measures=[m for m in measures if m["subject"] in keep], dropped=dropped, notes=notes)


EVIDENCE_SHOWN = 20  # sentences per edge, per relation of a node, and per node's figures


def _payload(v: View, documents: dict[str, str]) -> dict:
    """The page's data. Each sentence is stored once and cited by number, and
    a busy node or edge shows its first EVIDENCE_SHOWN sentences per list
    with a count of the rest, so a large graph stays a page a browser opens."""
    sentences: dict[tuple[str, str], int] = {}

    def cite(r: dict) -> int:
        return sentences.setdefault((r["sentence"], r["doc"]), len(sentences))

    facts: dict[str, list] = defaultdict(list)
    evidence: dict[str, list] = defaultdict(list)
    shown: dict[str, int] = defaultdict(int)  # "<node or edge>|<list>" -> sentences cited
    more: dict[str, int] = defaultdict(int)   # ... and left out
    edges = {}
    for r in v.relations:
        subject, predicate, obj = r["subject"], r["predicate"], r["object"]
        key = f"{subject}|{predicate}|{obj}"
        if key not in edges:
            edges[key] = {"id": key, "from": subject, "to": obj, "predicate": predicate}
        # The edge's own list, then each end's list of this predicate
        # (a head says from which side); entries are built only when shown.
        for items, name, head in ((evidence[key], key, None), (facts[subject], f"{subject}|{predicate}", ("out", obj)),
                                  (facts[obj], f"{obj}|{predicate}", ("in", subject))):
            if shown[name] >= EVIDENCE_SHOWN:
                more[name] += 1
                continue
            shown[name] += 1
            item = {"s": cite(r), "role": r.get("role")}
            if head is not None:
                item.update(predicate=predicate, direction=head[0], other=head[1])
            items.append(item)
    figures: dict[str, list] = defaultdict(list)
    for m in v.measures:
        if len(figures[m["subject"]]) >= EVIDENCE_SHOWN:  # one list per node
            more[f"{m['subject']}|figures"] += 1
            continue
        figures[m["subject"]].append({**{k: m.get(k) for k in ("indicator", "value", "unit", "year", "status", "change",
                                                               "qualifier")}, "s": cite(m)})
    return {
        "entities": {i: {"name": e["name"], "type": e["type"], "subtype": e.get("subtype", ""),
                         "aliases": e.get("aliases", []), "docs": sorted({m["doc"] for m in e.get("mentions", [])})}
                     for i, e in v.entities.items()},
        "facts": facts, "figures": figures, "evidence": evidence, "edges": list(edges.values()), "more": more,
        "sentences": [[text, doc] for text, doc in sentences],
        "titles": {doc: documents.get(doc, "") for _, doc in sentences},
        "predicates": PREDICATES_ZH, "types": {t: {"colour": c, "shape": s, "zh": zh} for t, (c, s, zh) in STYLE.items()},
        "notes": v.notes,
    }


def _json_for_script(data: dict) -> str:
    # Inside <script> only "</" could end the element; escaping <, > and & keeps
    # any text a document holds inert.
    text = orjson.dumps(data, option=orjson.OPT_SORT_KEYS).decode()
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


@functools.cache
def _pyvis_template():
    """pyvis's page template, found without importing pyvis. jinja2 keeps
    its compiled form in its own cache folder (under the temporary
    folder), when it can make one: compiling the template, which includes
    the 500 kB of vis-network as text to scan, takes 0.1 s."""
    from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader

    class Compiled(FileSystemBytecodeCache):
        """jinja2's bytecode cache, for which a file it cannot read or
        write is a template to compile, never a failed build."""

        def load_bytecode(self, bucket) -> None:
            try:
                super().load_bytecode(bucket)
            except Exception:  # jinja2 catches a bad code section, not a bad checksum or a failed read
                bucket.reset()

        def dump_bytecode(self, bucket) -> None:
            try:
                super().dump_bytecode(bucket)
            except OSError:
                pass

    folder = Path(importlib.util.find_spec("pyvis").origin).parent / "templates"
    try:
        compiled = Compiled()
    except (OSError, RuntimeError):  # no private folder to be had: compile every time
        compiled = None
    return Environment(loader=FileSystemLoader(folder), bytecode_cache=compiled).get_template("template.html")


def render(records: list[dict], documents: dict[str, str] | None = None, focus: str | None = None, hops: int = 2,
           max_nodes: int | None = None) -> tuple[str, View]:
    v = view(records, focus, hops, max_nodes)
    data = _payload(v, documents or {})
    degree: dict[str, int] = defaultdict(int)
    for e in data["edges"]:
        degree[e["from"]] += 1
        degree[e["to"]] += 1
    n = len(v.entities)
    nodes = []
    for i, e in sorted(v.entities.items()):
        colour, shape, _ = STYLE[e["type"]]
        nodes.append({"id": i, "label": e["name"], "shape": shape, "color": colour, "kgType": e["type"],
                      "size": 8 + 2.5 * min(degree[i], 16), "font": {"size": 12}})
    edges = [{"id": e["id"], "from": e["from"], "to": e["to"], "label": PREDICATES_ZH[e["predicate"]],
              "predicate": e["predicate"], "arrows": "to"} for e in sorted(data["edges"], key=lambda e: e["id"])]
    # Fewer iterations on bigger graphs, and no Kamada-Kawai seeding, so the
    # layout settles in seconds rather than minutes; then physics stops.
    iterations = 300 if n <= 300 else 60 if n <= 1500 else 30
    options = json.dumps({
        "layout": {"improvedLayout": n <= 150, "randomSeed": 7},
        "physics": {"enabled": True, "solver": "forceAtlas2Based" if n <= 300 else "barnesHut",
                    "forceAtlas2Based": {"gravitationalConstant": -60},
                    "barnesHut": {"gravitationalConstant": -3000, "springLength": 120},
                    "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 25, "fit": True}},
        "edges": {"font": {"size": 10, "align": "middle"}, "smooth": False, "color": {"color": "#9aa7b5"}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": n > 1000},
    })
    # What Network(height="100vh", width="100%", directed=True,
    # cdn_resources="in_line").generate_html() passes its template.
    page = _pyvis_template().render(
        height="100vh", width="100%", nodes=nodes, edges=edges, heading="", options=options, physics_enabled=True,
        use_DOT=False, dot_lang="", widget=False, bgcolor="#ffffff", conf=False, tooltip_link=False,
        neighborhood_highlight=False, select_menu=False, filter_menu=False, notebook=False, cdn_resources="in_line")
    page = _EXTERNAL.sub("", page)
    page = page.replace("<title>", "<title>kg · 知识图谱浏览 ", 1) if "<title>" in page else page
    ui = (ASSETS / "explorer.html").read_text(encoding="utf-8")
    ui = ui.replace("__KG_DATA__", _json_for_script(data))
    return page.replace("</body>", ui + "\n</body>", 1), v
