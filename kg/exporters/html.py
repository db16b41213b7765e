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

The explorer reads one JSON blob embedded with ``<``, ``>`` and ``&``
escaped: the drawn entities, and each document's part (its title, the
sentences its facts cite, its relations and figures by entity IRI), which
depends on that document alone, so a rebuild copies the unchanged ones from
the previous page; the page's script builds each panel's lists from them.
It writes every piece of document text into the page with ``textContent``:
nothing from a document is ever parsed as HTML or run. The layout is
computed here (``layout``, seeded) and shipped as each node's position, so
the page opens laid out, with no physics, the same picture every time.
"""
from __future__ import annotations

import functools
import importlib.util
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

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


def neighbours_of(pairs: Iterable[tuple[str, str]], nodes: Iterable[str]) -> dict[str, set[str]]:
    """Each node's neighbours over (subject, object) pairs: a third of the
    time networkx takes to add the edges and count degrees."""
    out: dict[str, set[str]] = {i: set() for i in nodes}
    for s, o in pairs:
        out[s].add(o)
        out[o].add(s)
    return out


def best_connected(nodes: Iterable[str], neighbours: dict[str, set[str]], k: int) -> list[str]:
    """The ``k`` nodes of most neighbours, as networkx ranks degrees in an
    undirected graph (a loop counts twice); ties by IRI."""
    return sorted(nodes, key=lambda n: (-len(neighbours[n]) - (n in neighbours[n]), n))[:k]


def kept_note(kept: int, dropped: int) -> str:
    return f"保留连接最多的 {kept} 个节点，略去 {dropped} 个 / kept the {kept} best-connected nodes, dropped {dropped}"


def view(records: list[dict], focus: str | None = None, hops: int = 2, max_nodes: int | None = None) -> View:
    """Select what to draw: the neighbourhood of ``focus`` (a name or an
    alias) within ``hops``, then at most ``max_nodes`` best-connected nodes."""
    entities = {r["id"]: r for r in records if r["kind"] == "entity"}
    relations = [r for r in records if r["kind"] == "relation" and r["subject"] in entities and r["object"] in entities]
    measures = [r for r in records if r["kind"] == "measure"]
    neighbours = neighbours_of(((r["subject"], r["object"]) for r in relations), entities)
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
        chosen = set(best_connected(keep, neighbours, max_nodes))
        if focus:
            chosen.add(start)
        dropped = len(keep) - len(chosen)
        keep = chosen
        notes.append(kept_note(len(keep), dropped))
    return View(entities={i: e for i, e in entities.items() if i in keep},
                relations=[r for r in relations if r["subject"] in keep and r["object"] in keep],
                measures=[m for m in measures if m["subject"] in keep], dropped=dropped, notes=notes)


EVIDENCE_SHOWN = 20  # sentences per edge, per relation of a node, and per node's figures


def _script_safe(text: bytes) -> bytes:
    # Inside <script> only "</" could end the element; escaping <, > and & keeps
    # any text a document holds inert.
    return text.replace(b"&", b"\\u0026").replace(b"<", b"\\u003c").replace(b">", b"\\u003e")


def entity_entry(record: dict) -> bytes:
    """An entity record as the page's entity table holds it: ``"<iri>":{…}``."""
    entry = {"aliases": record.get("aliases", []), "docs": sorted({m["doc"] for m in record.get("mentions", [])}),
             "name": record["name"], "subtype": record.get("subtype", ""), "type": record["type"]}
    return _script_safe(orjson.dumps(record["id"]) + b":" + orjson.dumps(entry))


def document_chunk(doc: str, title: str, relations: list[dict], measures: list[dict]) -> bytes:
    """One document's part of the page: its title, the sentences its facts
    cite (each once), its relations and its figures, by entity IRI, and
    where each sentence starts in the document; a function of the document
    alone, so a rebuild keeps it. The page's script builds the panels' lists
    and the document view from these (``index`` in explorer.html); the
    offsets come last, so a page still holding a part written without them
    reads it."""
    sentences: dict[str, int] = {}
    starts: list[int] = []

    def cite(fact: dict) -> int:
        if fact["sentence"] not in sentences:
            sentences[fact["sentence"]] = len(sentences)
            starts.append(fact.get("start", 0))
        return sentences[fact["sentence"]]

    rels = [[r["subject"], r["predicate"], r["object"], cite(r), r.get("role")] for r in relations]
    figures = [[m["subject"], m["indicator"], m["value"], m["unit"], m["year"], m["status"], m["change"], m["qualifier"],
                cite(m)] for m in measures]
    return _script_safe(orjson.dumps([doc, title, list(sentences), rels, figures, starts]))


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
    env = Environment(loader=FileSystemLoader(folder), bytecode_cache=compiled)
    # The template writes nodes and edges with |tojson: orjson writes them
    # (keys sorted, as jinja2's default does) five times faster than json.
    env.policies["json.dumps_function"] = lambda obj, **_: orjson.dumps(obj, option=orjson.OPT_SORT_KEYS).decode()
    return env.get_template("template.html")


def render(records: list[dict], documents: dict[str, str] | None = None, focus: str | None = None, hops: int = 2,
           max_nodes: int | None = None) -> tuple[str, View]:
    """The page of ``records`` (a build's, read back), or of a part of them."""
    v = view(records, focus, hops, max_nodes)
    documents = documents or {}
    by_doc: dict[str, tuple[list, list]] = defaultdict(lambda: ([], []))
    for r in v.relations:
        by_doc[r["doc"]][0].append(r)
    for m in v.measures:
        by_doc[m["doc"]][1].append(m)
    chunks = [document_chunk(doc, documents.get(doc, ""), *found) for doc, found in sorted(by_doc.items())]
    entities = sorted(v.entities.items())
    before, after = page({i: (e["name"], e["type"]) for i, e in entities}, [entity_entry(e) for _, e in entities],
                         ((r["subject"], r["predicate"], r["object"]) for r in v.relations), v.notes)
    return b"".join([before, b",".join(chunks), after]).decode(), v


def layout(nodes: list[str], pairs: list[tuple[str, str]], seed: int = 7) -> dict[str, tuple[int, int]]:
    """Positions for the page: Fruchterman-Reingold from a seeded start,
    with gravity so small components stay near the main one, on dense
    numpy arrays (networkx's layouts need scipy past 500 nodes, its
    ForceAtlas2 took 9 s at 2,000); nodes without relations go in a
    compact grid below the graph rather than a ring around it. Rounded to
    whole units, so two builds write the same page."""
    import numpy as np  # only a page needs it

    linked = sorted({n for pair in pairs for n in pair})
    index = {n: i for i, n in enumerate(linked)}
    n = len(linked)
    out: dict[str, tuple[int, int]] = {}
    span = 0.0
    if n:
        pos = np.random.default_rng(seed).random((n, 2)) - 0.5
        ij = np.array(sorted({(index[s], index[o]) for s, o in pairs if s != o}), dtype=np.int64).reshape(-1, 2)
        k2 = 1.0 / n  # the ideal distance, squared
        iterations = 100 if n <= 500 else 50 if n <= 1000 else 30
        step = 0.1
        rows = max(1, 4_000_000 // n)  # repulsion by blocks of rows: memory stays near 32 MB at any size
        for _ in range(iterations):
            sq = (pos * pos).sum(1)
            move = np.empty_like(pos)
            for at in range(0, n, rows):
                block = pos[at:at + rows]
                push = block @ pos.T  # squared distances, then k² over them: the repulsion's weights
                push *= -2
                push += sq[at:at + rows, None]
                push += sq[None, :]
                np.maximum(push, 1e-6, out=push)
                np.divide(k2, push, out=push)
                push[np.arange(len(block)), np.arange(at, at + len(block))] = 0
                move[at:at + rows] = block * push.sum(1)[:, None] - push @ pos
            d = pos[ij[:, 0]] - pos[ij[:, 1]]
            pull = d * (np.sqrt((d * d).sum(1)) * n ** 0.5)[:, None]
            np.subtract.at(move, ij[:, 0], pull)
            np.add.at(move, ij[:, 1], pull)
            move -= pos * (0.5 * n ** 0.5)
            length = np.maximum(np.sqrt((move * move).sum(1)), 1e-9)
            pos += move * (np.minimum(length, step) / length)[:, None]
            step -= 0.1 / (iterations + 1)
        pos -= pos.mean(0)
        scale = 60 * n ** 0.5 / max(float(np.abs(pos).max()), 1e-9)
        out = {name: (round(float(x) * scale), round(float(y) * scale)) for name, (x, y) in zip(linked, pos)}
        span = 60 * n ** 0.5
    alone = [i for i in nodes if i not in index]
    width = max(1, int(len(alone) ** 0.5 * 1.6))
    for k, i in enumerate(alone):
        out[i] = (round(-span + 70 * (k % width)), round(span + 120 + 70 * (k // width)))
    return out


def page(nodes: dict[str, tuple[str, str]], entries: list[bytes], relations: Iterable[tuple[str, str, str]],
         notes: list[str]) -> tuple[bytes, bytes]:
    """The explorer page, UTF-8, as the bytes before and after its
    documents' chunks (``document_chunk``, in document order, joined by
    commas): ``nodes`` (IRI -> name, type) drawn, with the relations
    between them (subject, predicate, object; each drawn once), and
    ``entries`` (``entity_entry``) for the panels. A rebuild copies the
    chunks of unchanged documents from the previous page."""
    edges = sorted({f"{s}|{p}|{o}": (s, p, o) for s, p, o in relations if s in nodes and o in nodes}.items())
    degree: dict[str, int] = defaultdict(int)
    for _, (s, _p, o) in edges:
        degree[s] += 1
        degree[o] += 1
    at = layout(sorted(nodes), [(s, o) for _, (s, _p, o) in edges])
    # The best-connected nodes, ranked, are the candidates for a label at
    # first sight (the page labels those whose labels do not overlap); the
    # rest have labels too small to draw (drawThreshold) until one zooms in.
    hubs = {i: k + 1 for k, i in enumerate(sorted(nodes, key=lambda i: (-degree[i], i))[:40])}
    drawn = []
    for i, (name, kind) in sorted(nodes.items()):
        colour, shape, _ = STYLE[kind]
        x, y = at[i]
        drawn.append({"id": i, "label": name, "shape": shape, "color": colour, "kgType": kind, "x": x, "y": y,
                      "size": 8 + 2.5 * min(degree[i], 16), "font": {"size": 14},
                      "hub": hubs.get(i, 0)})
    lines = [{"id": key, "from": s, "to": o, "label": PREDICATES_ZH[p], "predicate": p, "arrows": "to"}
             for key, (s, p, o) in edges]
    options = json.dumps({
        "layout": {"improvedLayout": False},
        "physics": {"enabled": False},
        "nodes": {"scaling": {"label": {"drawThreshold": 11}}},
        "edges": {"font": {"size": 10, "align": "middle"}, "smooth": False, "color": {"color": "#9aa7b5"}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": len(nodes) > 1000},
    })
    # What Network(height="100vh", width="100%", directed=True,
    # cdn_resources="in_line").generate_html() passes its template.
    html = _pyvis_template().render(
        height="100vh", width="100%", nodes=drawn, edges=lines, heading="", options=options, physics_enabled=False,
        use_DOT=False, dot_lang="", widget=False, bgcolor="#ffffff", conf=False, tooltip_link=False,
        neighborhood_highlight=False, select_menu=False, filter_menu=False, notebook=False, cdn_resources="in_line")
    html = _EXTERNAL.sub("", html)
    html = html.replace("<title>", "<title>kg · 知识图谱浏览 ", 1) if "<title>" in html else html
    ui_before, ui_after = (ASSETS / "explorer.html").read_bytes().split(b"__KG_DATA__")
    at = html.index("</body>")
    before = b"".join([html[:at].encode(), ui_before, b'{"docs":['])
    after = b"".join([b'],"entities":{', b",".join(entries), b'},"notes":', _script_safe(orjson.dumps(notes)),
                      b',"predicates":', orjson.dumps(PREDICATES_ZH), b',"shown":', str(EVIDENCE_SHOWN).encode(),
                      b',"types":', _TYPES, b"}", ui_after, b"\n", html[at:].encode()])
    return before, after


_TYPES = orjson.dumps({t: {"colour": c, "shape": s, "zh": zh} for t, (c, s, zh) in STYLE.items()})


def write_page(build, path: Path) -> None:
    """The explorer page (a fresh build joins it from its pieces: ``kg.engine.assembly.Assembly.page``)."""
    with open(path, "wb") as fh:
        fh.writelines(build.page_chunks())
