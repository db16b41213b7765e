"""SHACL validation of a build against ``ontology/shapes.ttl`` (pyshacl)."""
from __future__ import annotations

import functools
import zlib
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


FULL_LIMIT = 20_000  # triples; larger graphs are validated on a sample (pyshacl is pure Python)
SAMPLE_SIZE = 5_000  # about this many triples in that sample
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def sample(all_triples: list[ox.Triple], limit: int = SAMPLE_SIZE) -> list[ox.Triple]:
    """Every k-th subject with all its triples, and the types of what they
    point at (so class constraints still see them): about ``limit`` triples."""
    step = max(1, -(-len(all_triples) // limit))
    # A node is in the sample by a hash of its IRI: the same nodes on every build.
    chosen = {t.subject for t in all_triples if zlib.crc32(t.subject.value.encode("utf-8", "surrogatepass")) % step == 0}
    kept = [t for t in all_triples if t.subject in chosen]
    targets = {t.object for t in kept if isinstance(t.object, ox.NamedNode)}
    kept += [t for t in all_triples if t.predicate == TYPE and t.subject in targets and t.subject not in chosen]
    return kept


def to_rdflib(selected: list[ox.Triple]) -> Graph:
    g = Graph()
    g.parse(data=ox.serialize(selected, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    return g


def validate_dataset(dataset: list[ox.Quad], mode: str = "auto") -> dict:
    """Validate a build's graph; ``auto`` is full up to FULL_LIMIT triples, a sample beyond."""
    if mode == "off":
        return {"mode": "off"}
    everything = triples(dataset)
    if mode == "sample" or (mode == "auto" and len(everything) > FULL_LIMIT):
        selected, mode = sample(everything), "sample"
    else:
        selected, mode = everything, "full"
    result = summary(validate_graph(to_rdflib(selected)))
    return {"mode": mode, "triples_checked": len(selected), "triples": len(everything), **result}


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
