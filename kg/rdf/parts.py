"""A build's graph as parts: each graph (the default one, then each
document's) serialized once as Turtle statements, concatenated into
graph.ttl, mapped by graph.parts.json, and read back from them."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.rdf.rdftext import Statement
from kg.rdf.terms import TURTLE, TURTLE_HEADER

@dataclass(frozen=True)
class Part:
    """One graph of a build, serialized once, as Turtle statements without
    the prefix lines: graph.ttl concatenates them, and wrapped in their
    graph's name (``trig``) they load the store. Turtle is a quarter of
    the size of the same graph as N-Quads, which matters because every
    part crosses a pipe from its worker and sits in the cache. ``graph``
    is the named graph's IRI, "" for the default graph."""
    graph: str
    turtle: bytes
    triples: int
    digest: str  # SHA-1 of the Turtle (here twice as fast as SHA-256): the store replaces a graph whose digest changed

    @property
    def size(self) -> int:
        """The length of its Turtle, in bytes."""
        return len(self.turtle)

    @property
    def trig(self) -> bytes:
        """The graph as TriG, under TURTLE_HEADER's prefixes."""
        return b"<%s> {\n%s}\n" % (self.graph.encode(), self.turtle) if self.graph else self.turtle


def part(graph: str, statements: list[Statement]) -> Part:
    """Serialize one graph's statements (each once, all in ``graph``)."""
    turtle = TURTLE.statements(statements).encode()
    return Part(graph, turtle, len(statements), hashlib.sha1(turtle).hexdigest())


GRAPH_TTL = "graph.ttl"
PARTS = "graph.parts.json"  # where each graph's statements lie in graph.ttl


class NoBuild(Exception):
    """The folder holds no build to read; the message says which folder and why."""


def parts_index(parts: list[Part]) -> bytes:
    """The map of graph.ttl (TURTLE_HEADER, then each part's statements in
    order): each graph's IRI, the byte range of its statements, their
    count and digest. A build's graphs can be read back from it, named."""
    rows, at = [], len(TURTLE_HEADER)
    for p in parts:
        end = at + p.size
        rows.append({"graph": p.graph, "start": at, "end": end, "triples": p.triples, "digest": p.digest})
        at = end
    return json.dumps({"graphs": rows}, ensure_ascii=False, indent=0).encode()


def read_index(build: Path) -> list[dict]:
    """A build's graph map (``parts_index``)."""
    try:
        return json.loads((Path(build) / PARTS).read_bytes())["graphs"]
    except FileNotFoundError:
        raise NoBuild(f"{build}: no build found (run `kg build --out {build}` first)") from None
    except (OSError, ValueError, KeyError) as exc:
        raise NoBuild(f"{Path(build) / PARTS}: unreadable ({exc}); run `kg build --out {build}` again") from None


def read_parts(build: Path, index: list[dict] | None = None) -> list[Part]:
    """A build's graphs, cut from graph.ttl by its map, each checked
    against its digest."""
    index = read_index(build) if index is None else index
    path = Path(build) / GRAPH_TTL
    try:
        text = path.read_bytes()
    except OSError as exc:
        raise NoBuild(f"{path}: {exc.strerror}; run `kg build --out {build}` again") from None
    parts = []
    for row in index:
        turtle = text[row["start"]:row["end"]]
        if hashlib.sha1(turtle).hexdigest() != row["digest"]:
            raise NoBuild(f"{path} does not match {PARTS} (changed after its build, or a build was replacing both): "
                          f"run `kg build --out {build}` again")
        parts.append(Part(row["graph"], turtle, row["triples"], row["digest"]))
    return parts


def quads(parts: list[Part]) -> list[ox.Quad]:
    """The quads of ``parts``, parsed back (Oxigraph's parser)."""
    return list(ox.parse(TURTLE_HEADER + b"".join(p.trig for p in parts), format=ox.RdfFormat.TRIG))


def statements_of(parts: list[Part]) -> list[Statement]:
    """The parts' triples parsed back, as N-Triples terms (a term's str()
    is its N-Triples text), as the graph stage made them."""
    return [(str(q.subject), str(q.predicate), str(q.object)) for q in quads(parts)]


def triples(dataset: list[ox.Quad]) -> list[ox.Triple]:
    """The union of the named graphs, each triple once, in dataset order."""
    return list(dict.fromkeys(q.triple for q in dataset))
