"""The graph explorer: one self-contained HTML file, drawn with WebGL.

The page (templates/explorer.html) inlines sigma.js and graphology
(templates/vendor/, copied from the npm registry; README there), so it
loads nothing from the network and works from ``file://``; the caller
writes it as UTF-8. sigma draws the whole graph, tens of thousands of
nodes, on the GPU; the page picks which labels to draw.

The explorer reads the graph (names, types, positions, edges) and then one
JSON blob embedded with ``<``, ``>`` and ``&``
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

import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import orjson

from kg.doc import schema
from kg.exporters.names import figure_name

COLOURS = {"Organization": "#4e79a7", "Region": "#59a14f", "Person": "#f28e2b", "Policy": "#b07aa1",
           "Sector": "#e15759", "Event": "#76b7b2"}  # presentation only: the types and their names are the ontology's
STYLE = {t.name: (COLOURS[t.name], t.zh) for t in schema.entity_types()}  # type -> (colour, Chinese name)
PREDICATES_ZH = {p.name: p.zh for p in schema.relations()}
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
    figures = [[m["subject"], figure_name(m), m["value"], m["unit"], m["year"], m["status"], m["change"], m["qualifier"],
                cite(m)] for m in measures]
    return _script_safe(orjson.dumps([doc, title, list(sentences), rels, figures, starts]))


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


def _close_pairs(np, cell, cells: int):
    """Every pair of nodes (i, j) in the same cell or in neighbouring ones
    of a grid ``cells`` wide, given each node's cell number, each pair
    once: in time linear in the pairs (spread by the grid's repulsion,
    the nodes of a cell stay few)."""
    # numpy sorts 16-bit keys stably by radix: a tenth of the time
    order = np.argsort(cell.astype(np.uint16) if cells * cells <= 1 << 16 else cell, kind="stable")
    count = np.bincount(cell, minlength=cells * cells)
    first = np.concatenate(([0], np.cumsum(count)))
    row, col = np.divmod(cell[order], cells)
    ats, los, his = [], [], []
    for dx, dy in ((0, 0), (0, 1), (1, -1), (1, 0), (1, 1)):
        ok = (row + dx < cells) & (col + dy >= 0) & (col + dy < cells)
        at = np.flatnonzero(ok)
        other = (row[at] + dx) * cells + col[at] + dy
        ats.append(at)
        los.append(first[other] if dx or dy else at + 1)  # in its own cell: only the nodes after it
        his.append(first[other + 1])
    # The pairs of all offsets in one go (they far outnumber the nodes): node
    # order[at[k]] with each of order[lo[k]:hi[k]], k after k.
    at, lo = np.concatenate(ats), np.concatenate(los)
    many = np.maximum(np.concatenate(his) - lo, 0)
    start = np.cumsum(many) - many  # where k's pairs start among all
    return np.repeat(order[at], many), order[np.arange(many.sum()) + np.repeat(lo - start, many)]


def layout(nodes: list[str], pairs: list[tuple[str, str]], seed: int = 7) -> dict[str, tuple[int, int]]:
    """Positions for the page: ForceAtlas2's forces (each node weighs its
    degree + 1; two nodes push each other by their weights' product over
    their distance, an edge pulls by its length, and a pull to the centre
    by weight keeps every component in one round map) from a seeded start,
    on numpy arrays in time O(n log n) an iteration. The push of all nodes
    on all is a convolution, done by FFT on a grid (particle-mesh: the same
    weights spread a node on the grid and read its force back, so no node
    pushes itself); nodes in neighbouring half cells, which the grid cannot
    tell apart, push each other exactly as well. Nodes without relations go in
    a compact block below the graph. Rounded, so two builds write the same
    page."""
    import numpy as np  # only a page needs it

    linked = sorted({n for pair in pairs for n in pair})
    index = {n: i for i, n in enumerate(linked)}
    n = len(linked)
    out: dict[str, tuple[int, int]] = {}
    radius = 1.0
    if n:
        ij = np.array(sorted({(index[s], index[o]) for s, o in pairs if s != o}), dtype=np.int64).reshape(-1, 2)
        s, o = ij[:, 0], ij[:, 1]
        weight = np.bincount(ij.ravel(), minlength=n) + 1.0
        radius = float(weight.sum()) ** 0.5  # of the round map the forces settle in
        # x and y as two rows, each contiguous: the forces are gathered and summed a
        # coordinate at a time, without numpy copying strided columns.
        pos = ((np.random.default_rng(seed).random((n, 2)) - 0.5) * 2 * radius).T.copy()
        cells = int(min(512, max(32, 1.2 * n ** 0.5)))  # a cell about the spacing of nodes
        side = 2 * cells  # padded: the FFT's convolution is circular
        d = np.fft.fftfreq(side, 1 / side)
        dx, dy = np.meshgrid(d, d, indexing="ij")
        r2 = dx * dx + dy * dy
        r2[0, 0] = 1  # dx = dy = 0 there: no force
        kernel = np.fft.rfft2(dx / r2), np.fft.rfft2(dy / r2)  # d/|d|²: a push by 1/distance, in 2-D
        iterations = 200 if n <= 20_000 else 120
        hot, cold = radius / 4, radius / 2000  # the most a node moves, first and last
        for it in range(iterations):
            limit = hot * (cold / hot) ** (it / (iterations - 1))
            lo = pos.min(1)
            h = float((pos.max(1) - lo).max()) / (cells - 1.001) + 1e-12
            g = (pos - lo[:, None]) / h
            c = np.minimum(g.astype(np.int64), cells - 2)
            fx, fy = g - c
            at = c[0] * side + c[1]
            corners = ((at, (1 - fx) * (1 - fy)), (at + side, fx * (1 - fy)), (at + 1, (1 - fx) * fy),
                       (at + side + 1, fx * fy))
            # Only the grid's first cells rows hold mass, and only their field is read: its FFT
            # is taken an axis at a time, as rfft2 takes it, leaving out the empty rows.
            grid = sum(np.bincount(k, w * weight, cells * side) for k, w in corners).reshape(cells, side)
            mass = np.fft.fft(np.fft.rfft(grid, axis=1), side, axis=0)
            move = np.empty_like(pos)
            for axis in (0, 1):
                field = np.fft.irfft(np.fft.ifft(mass * kernel[axis], axis=0)[:cells], side, axis=1).ravel()
                move[axis] = weight * sum(field[k] * w for k, w in corners) / h
            fine = np.minimum((2 * g).astype(np.int64), 2 * cells - 1)  # half cells: a few nodes each, even in a crowd
            a, b = _close_pairs(np, fine[0] * 2 * cells + fine[1], 2 * cells)
            x, y = pos
            for i, j, push in ((s, o, False), (a, b, True)):
                apart = x[i] - x[j], y[i] - y[j]
                if push:
                    by = weight[i] * weight[j] / np.maximum(apart[0] * apart[0] + apart[1] * apart[1], 1e-6)
                    force = apart[0] * by, apart[1] * by
                else:
                    force = -apart[0], -apart[1]
                for axis in (0, 1):
                    move[axis] += np.bincount(i, force[axis], n) - np.bincount(j, force[axis], n)
            move -= pos * weight * (2 / radius)
            move /= weight  # heavy nodes move slowly, as in ForceAtlas2
            length = np.maximum(np.sqrt(move[0] * move[0] + move[1] * move[1]), 1e-12)
            pos += move * (np.minimum(length, limit) / length)
        pos = pos.T.copy()  # a node a row again
        pos -= pos.mean(0)
        pos *= 1000 / max(float(np.abs(pos).max()), 1e-9)  # the map's radius: 1,000
        out = {name: (round(float(x)), round(float(y))) for name, (x, y) in zip(linked, pos)}
        radius = 1000
    # The block is as wide as the map and at most a third as high: with
    # thousands of nodes alone it grows denser, never taller.
    alone = [i for i in nodes if i not in index]
    width = max(1, math.ceil((3 * len(alone)) ** 0.5))
    step = 2 * radius / max(width, 20)
    for k, i in enumerate(alone):
        out[i] = (round(-radius + step * (k % width)), round(radius + 2 * step + step * (k // width)))
    return out


def _vendored(name: str) -> bytes:
    code = (ASSETS / "vendor" / name).read_bytes()
    if b"</script" in code.lower() or b"<!--" in code:  # would end or confuse the inline <script>
        raise ValueError(f"{ASSETS / 'vendor' / name}: cannot be inlined in a <script> element")
    return code


def page(nodes: dict[str, tuple[str, str]], entries: list[bytes], relations: Iterable[tuple[str, str, str]],
         notes: list[str]) -> tuple[bytes, bytes]:
    """The explorer page, UTF-8, as the bytes before and after its
    documents' chunks (``document_chunk``, in document order, joined by
    commas): ``nodes`` (IRI -> name, type) drawn, with the relations
    between them (subject, predicate, object; each drawn once), and
    ``entries`` (``entity_entry``) for the panels. A rebuild copies the
    chunks of unchanged documents from the previous page.

    The graph comes first, in its own element (names, types, positions,
    edges as indexes), so the page draws it before it reads the documents'
    parts, which hold most of its bytes."""
    ids = sorted(nodes)
    number = {i: k for k, i in enumerate(ids)}
    edges = sorted({(s, p, o) for s, p, o in relations if s in nodes and o in nodes})
    at = layout(ids, [(s, o) for s, _p, o in edges])
    types, predicates = list(STYLE), list(PREDICATES_ZH)
    kind, verb = {t: k for k, t in enumerate(types)}, {p: k for k, p in enumerate(predicates)}
    graph = {"ids": ids, "names": [nodes[i][0] for i in ids], "types": [kind[nodes[i][1]] for i in ids],
             "xy": [c for i in ids for c in at[i]], "edges": [k for s, p, o in edges for k in (number[s], verb[p], number[o])],
             "typeNames": types, "predicateNames": predicates}
    template = (ASSETS / "explorer.html").read_bytes()
    head, rest = template.split(b"__KG_LIBRARIES__")
    middle, rest = rest.split(b"__KG_GRAPH__")
    ui_before, ui_after = rest.split(b"__KG_DATA__")
    before = b"".join([head, _vendored("graphology.umd.min.js"), b"\n</script>\n<script>\n", _vendored("sigma.min.js"),
                       middle, _script_safe(orjson.dumps(graph)), ui_before, b'{"docs":['])
    after = b"".join([b'],"entities":{', b",".join(entries), b'},"notes":', _script_safe(orjson.dumps(notes)),
                      b',"predicates":', orjson.dumps(PREDICATES_ZH), b',"shown":', str(EVIDENCE_SHOWN).encode(),
                      b',"types":', _TYPES, b"}", ui_after])
    return before, after


_TYPES = orjson.dumps({t: {"colour": c, "zh": zh} for t, (c, zh) in STYLE.items()})


def write_page(build, path: Path) -> None:
    """The explorer page (a fresh build joins it from its pieces: ``kg.engine.assembly.Assembly.page``)."""
    with open(path, "wb") as fh:
        fh.writelines(build.page_chunks())
