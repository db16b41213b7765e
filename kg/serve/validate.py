"""SHACL validation of a build against ``ontology/shapes.ttl`` (pyshacl)."""
from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.rdf.parts import Part, statements_of
from kg.rdf.terms import TYPE, kg
from kg.rdf.rdftext import Statement
from kg.doc.schema import ONTOLOGY
from kg.engine.staging import write_atomic

if TYPE_CHECKING:  # rdflib and pyshacl load only when a check runs: a cached result needs neither
    from rdflib import Graph


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str
    value: str

    def __str__(self) -> str:
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {self.focus} {self.path}: {self.message}{value}"


@functools.cache
def shapes() -> Graph:
    from rdflib import Graph
    g = Graph()
    g.parse(ONTOLOGY / "shapes.ttl", format="turtle")
    return g


FULL_LIMIT = 20_000  # triples; larger graphs are validated on a sample (pyshacl is pure Python)
SAMPLE_SIZE = 2_000  # about this many triples in that sample (about a second of pyshacl)
DOCUMENT = kg("Document")


def _rank(iri: str) -> tuple[int, str]:
    # A hash of the IRI: the same nodes are chosen on every build.
    return zlib.crc32(iri.encode("utf-8", "surrogatepass")), iri


def _node_rank(term: str) -> tuple[int, str]:
    return _rank(term[1:-1])  # an IRI term, <...>


class StatementsBySubject(dict):
    """A graph's statements by subject, and which subjects are entities
    (what ``sample`` reads of the default graph)."""

    def __init__(self, statements: list[Statement]) -> None:
        super().__init__()
        for t in statements:
            self.setdefault(t[0], []).append(t)
        self.entities = [s for s, ts in self.items() if any(t[1] == TYPE and t[2] != DOCUMENT for t in ts)]


def sample(parts: list[Part], limit: int = SAMPLE_SIZE, default_graph=None) -> tuple[list[Statement], set[str]]:
    """Documents and entities chosen by a hash of their IRI, until about
    ``limit`` triples: each chosen document's description and the nodes of
    its graph (all of them, unless the document alone is over the budget),
    each chosen entity's description, and the types of every other node
    they name, so class constraints see them. Returns the triples and the
    focus nodes (the chosen ones, the only ones checked), as N-Triples
    terms. ``default_graph`` is the default graph as ``StatementsBySubject`` has it; a
    build hands over its assembly's (``kg.engine.assembly.DefaultGraphBySubject``), which
    reads only the subjects asked for, so that graph, the largest, is
    neither parsed nor read whole."""
    if default_graph is None:
        default_graph = StatementsBySubject(statements_of([p for p in parts if not p.graph]))
    kept: list[Statement] = []
    focus: set[str] = set()
    for p in sorted((p for p in parts if p.graph), key=lambda p: _rank(p.graph)):
        if len(kept) >= limit // 2:
            break
        doc = f"<{p.graph}>"
        kept += default_graph.get(doc, [])
        focus.add(doc)
        graph = statements_of([p])
        nodes: dict[str, list[Statement]] = {}
        for t in graph:
            nodes.setdefault(t[0], []).append(t)
        chosen = []
        for node in sorted(nodes, key=_node_rank):  # all of a small document; part of a huge one
            if len(kept) >= limit // 2:
                break
            chosen.append(node)
            kept += nodes[node]
        if len(chosen) < len(nodes):  # what the chosen nodes need of the rest: links into them, types
            inside = set(chosen)
            kept += [t for t in graph if t[2] in inside and t[0] not in inside]
            named = {t[2] for n in chosen for t in nodes[n]}
            kept += [t for n in sorted(named - inside, key=_node_rank) for t in nodes.get(n, ()) if t[1] == TYPE]
        focus |= {n for n in chosen if any(t[1] == TYPE for t in nodes[n])}
    for s in sorted(default_graph.entities, key=_node_rank):
        if len(kept) >= limit:
            break
        kept += default_graph.get(s, [])
        focus.add(s)
    named = {t[0] for t in kept} | {t[2] for t in kept if t[2][0] == "<"}
    kept += [t for n in sorted(named - focus, key=_node_rank) for t in default_graph.get(n, ()) if t[1] == TYPE]
    return kept, focus


def _ntriples(selected: list[Statement]) -> str:
    return "".join(f"{s} {p} {o} .\n" for s, p, o in selected)


def to_rdflib(selected: list[Statement]) -> Graph:
    from rdflib import Graph
    g = Graph()
    g.parse(data=_ntriples(selected), format="nt")
    return g


CACHE = "validation.json"  # the last check's key and result, in the build's cache folder


def _key(selected: list[Statement], focus: set[str] | None) -> str:
    """What a check's result depends on: the triples checked, the focus
    nodes, the shapes and code (pipeline_version), and pyshacl's version."""
    from kg.engine.engines import pipeline_version
    h = hashlib.sha256(f"{pipeline_version()}\x1f{importlib.metadata.version('pyshacl')}\x1f".encode())
    h.update(_ntriples(selected).encode("utf-8", "surrogatepass"))
    h.update("\x1f".join(sorted(focus)).encode("utf-8", "surrogatepass") if focus is not None else b"\x1e")
    return h.hexdigest()


def validate_parts(parts: list[Part], mode: str = "auto", cache: Path | None = None, default_graph=None) -> dict:
    """Validate a build's graph; ``auto`` is full up to FULL_LIMIT triples, a
    sample beyond (``default_graph``: as ``sample``). With a ``cache`` folder, a
    check of the same triples as the previous build's (a rebuild whose
    sample missed the changed documents) reuses its result instead of
    running pyshacl again."""
    if mode == "off":
        return {"mode": "off"}
    total = sum(p.triples for p in parts)
    if mode == "sample" or (mode == "auto" and total > FULL_LIMIT):
        (selected, focus), mode = sample(parts, default_graph=default_graph), "sample"
    else:
        selected, focus, mode = list(dict.fromkeys(statements_of(parts))), None, "full"
    key = _key(selected, focus) if cache is not None else None
    result = _cached(cache, key)
    reused = result is not None
    if not reused:
        result = summary(validate_graph(to_rdflib(selected), focus))
        if cache is not None:
            _remember(cache, key, result)
    return {"mode": mode, "triples_checked": len(selected), "triples": total, "reused": reused, **result}


def _cached(folder: Path | None, key: str | None) -> dict | None:
    try:
        last = json.loads((folder / CACHE).read_bytes()) if folder is not None else {}
    except (OSError, ValueError):
        return None
    return last.get("result") if last.get("key") == key else None


def _remember(folder: Path, key: str, result: dict) -> None:
    try:
        write_atomic(folder / CACHE, json.dumps({"key": key, "result": result}, ensure_ascii=False).encode())
    except OSError:  # a full disk: the result only saves the next build the check
        pass


def validate_graph(data: Graph, focus: set[str] | None = None) -> list[Violation]:
    """Violations in ``data``: of every node, or of the ``focus`` nodes only."""
    from pyshacl import validate
    from rdflib import RDF, Namespace, URIRef
    SH = Namespace("http://www.w3.org/ns/shacl#")
    if focus is not None and not focus:
        return []  # pyshacl reads an empty focus list as "every node"
    # in place: with no inference and shapes that hold no rules, pyshacl writes nothing
    # to the data graph, so the copy it would take first is spared
    _conforms, report, _text = validate(data, shacl_graph=shapes(), inference="none", advanced=True, inplace=True,
                                        focus_nodes=sorted(URIRef(n[1:-1]) for n in focus) if focus is not None else None)
    out = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        def val(p):
            v = report.value(r, p)
            return "" if v is None else str(v)
        path = report.value(r, SH.resultPath)
        out.append(Violation(focus=val(SH.focusNode), path=data.namespace_manager.normalizeUri(path) if path is not None
                             and not isinstance(path, type(r)) else val(SH.resultPath),
                             message=val(SH.resultMessage), severity=val(SH.resultSeverity).rsplit("#", 1)[-1],
                             value=val(SH.value)))
    return sorted(out, key=lambda v: (v.focus, v.path, v.message))


def summary(violations: list[Violation], limit: int = 50) -> dict:
    return {"conforms": not violations, "violations": len(violations),
            "first": [str(v) for v in violations[:limit]]}
