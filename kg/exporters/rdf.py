"""The graph in RDF: Turtle as the graph stage wrote it, the other formats
through Oxigraph, JSON-LD under the ontology's context, and the index of
the parts of graph.ttl."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.exporters.view import BuildView
from kg.rdf.parts import parts_index, triples
from kg.rdf.terms import PREFIXES, TURTLE_HEADER


def write_turtle(build: BuildView, path: Path) -> None:
    """The graph as Turtle: the parts' statements, as the graph stage
    wrote them (in Oxigraph's layout, far faster than rdflib's serializer)."""
    with open(path, "wb") as fh:
        fh.write(TURTLE_HEADER)
        for p in build.parts:
            fh.write(p.turtle)


def _serialize(build: BuildView, path: Path, fmt: ox.RdfFormat) -> None:
    data = build.dataset if fmt.supports_datasets else triples(build.dataset)
    with open(path, "wb") as fh:
        ox.serialize(data, fh, format=fmt, prefixes=PREFIXES if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML) else None)


def write_ntriples(build: BuildView, path: Path) -> None:
    """The graph as N-Triples (the default graph and every document's, merged)."""
    _serialize(build, path, ox.RdfFormat.N_TRIPLES)


def write_nquads(build: BuildView, path: Path) -> None:
    """The graph as N-Quads, one named graph per document."""
    _serialize(build, path, ox.RdfFormat.N_QUADS)


def write_trig(build: BuildView, path: Path) -> None:
    """The graph as TriG, one named graph per document."""
    _serialize(build, path, ox.RdfFormat.TRIG)


def write_rdfxml(build: BuildView, path: Path) -> None:
    """The graph as RDF/XML (the default graph and every document's, merged)."""
    _serialize(build, path, ox.RdfFormat.RDF_XML)


def write_jsonld(build: BuildView, path: Path) -> None:
    """Compact JSON-LD under ontology/context.jsonld, one named graph per document."""
    from kg.exporters import jsonld
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        jsonld.write(build.dataset, fh)


def write_parts_index(build: BuildView, path: Path) -> None:
    """Where each graph's statements lie in graph.ttl (``graph.parts_index``):
    what the store is made from, graphs named."""
    path.write_bytes(parts_index(build.parts))
