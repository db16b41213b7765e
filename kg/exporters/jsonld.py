"""Compact JSON-LD under the context published in ``ontology/context.jsonld``.

Oxigraph writes expanded JSON-LD; this writes the compact form a web
developer reads (``"name": "天津市"``, ``"issues": ["policy:…"]``), with the
context inlined so the file parses offline, and each document's facts as a
named graph (``"@graph"`` inside the document's node).
"""
from __future__ import annotations

import functools
import json
from collections import defaultdict

import pyoxigraph as ox

from kg.doc.schema import ONTOLOGY

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@functools.cache
def context() -> dict:
    return json.loads((ONTOLOGY / "context.jsonld").read_text(encoding="utf-8"))["@context"]


@functools.cache
def _tables() -> tuple[dict[str, str], dict[str, dict]]:
    ctx = context()
    prefixes = {k: v for k, v in ctx.items() if isinstance(v, str) and v.endswith(("#", "/"))}
    terms = {}
    for term, spec in ctx.items():
        if isinstance(spec, dict):
            prefix, _, local = spec["@id"].partition(":")
            terms[prefixes[prefix] + local] = {"term": term, **spec}
    return prefixes, terms


def compact_iri(iri: str) -> str:
    prefixes, _ = _tables()
    best = max((p for p, ns in prefixes.items() if iri.startswith(ns) and len(iri) > len(ns)),
               key=lambda p: len(prefixes[p]), default=None)
    return f"{best}:{iri[len(prefixes[best]):]}" if best else iri


def _expected(spec: dict, term) -> bool:
    """The term's definition fits this value, so the value can be written plain."""
    kind = spec.get("@type")
    if isinstance(term, ox.NamedNode):
        return kind in ("@id", "@vocab")
    if not isinstance(term, ox.Literal) or kind in ("@id", "@vocab"):
        return False
    if "@language" in spec:
        return term.language == spec["@language"]
    if kind:
        prefix, _, local = kind.partition(":")
        return term.language is None and term.datatype.value == XSD + local
    return term.language is None and term.datatype.value == XSD + "string"


def _value(term):
    if isinstance(term, ox.NamedNode):
        return {"@id": compact_iri(term.value)}
    if isinstance(term, ox.Literal):
        if term.language:
            return {"@value": term.value, "@language": term.language}
        return {"@value": term.value, "@type": compact_iri(term.datatype.value)}
    return {"@id": str(term)}


def _node(subject: str, pairs: list) -> dict:
    _, terms = _tables()
    node: dict = {"id": compact_iri(subject)}
    for p, o in pairs:
        if p == RDF_TYPE:
            node.setdefault("type", []).append(compact_iri(o.value))
            continue
        spec = terms.get(p)
        if spec and _expected(spec, o):
            key = spec["term"]
            val = compact_iri(o.value) if isinstance(o, ox.NamedNode) else o.value
        else:
            key, val = compact_iri(p), _value(o)
        node.setdefault(key, []).append(val)
    for key, vals in list(node.items()):
        if key != "id" and len(vals) == 1 and not (terms.get(_expand(key), {}).get("@container") == "@set"):
            node[key] = vals[0]
    return node


def _expand(term: str) -> str:
    _, terms = _tables()
    return next((iri for iri, spec in terms.items() if spec["term"] == term), term)


def document(dataset: list[ox.Quad]) -> dict:
    graphs: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for q in dataset:
        g = "" if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
        s = q.subject.value if isinstance(q.subject, ox.NamedNode) else str(q.subject)
        graphs[g][s].append((q.predicate.value, q.object))
    default = {s: _node(s, pairs) for s, pairs in graphs.pop("", {}).items()}
    for g in sorted(graphs):
        inner = [_node(s, pairs) for s, pairs in sorted(graphs[g].items())]
        default.setdefault(g, {"id": compact_iri(g)})["@graph"] = inner
    return {"@context": context(), "@graph": [default[s] for s in sorted(default)]}


def write(dataset: list[ox.Quad], fh) -> None:
    json.dump(document(dataset), fh, ensure_ascii=False, indent=1)
    fh.write("\n")
