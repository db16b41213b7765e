"""SHACL validation of a build against ``ontology/shapes.ttl`` (pyshacl)."""
from __future__ import annotations

import functools
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph, Namespace, RDF

from .graph import triples
from .lexicon import ONTOLOGY

SH = Namespace("http://www.w3.org/ns/shacl#")


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
    g = Graph()
    g.parse(ONTOLOGY / "shapes.ttl", format="turtle")
    return g


def to_rdflib(dataset: list[ox.Quad]) -> Graph:
    g = Graph()
    g.parse(data=ox.serialize(triples(dataset), format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    return g


def validate_graph(data: Graph) -> list[Violation]:
    from pyshacl import validate
    _conforms, report, _text = validate(data, shacl_graph=shapes(), inference="none", advanced=True)
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
