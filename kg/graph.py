"""Stage 7: the RDF graph under the ontology, with provenance for every fact.

Every relation is asserted directly (``s kg:issues o``) and reified as a
``kg:Assertion`` that names its sentence (``prov:wasDerivedFrom``), extractor
and confidence; a sentence is a node with its text and raw offsets, part of
its document (title, date, source file, sha256). What a document says lives
in that document's named graph; entities and documents live in the default
graph. No blank nodes: every node's IRI is derived from what it is, so the
graph is the same on every build and graphs built apart merge by union.

Quads are Oxigraph terms: the store, the Turtle writer and the other RDF
exports read them without converting; ``kg.store.rdflib_graph`` gives the
rdflib API over the same data.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Iterator

import pyoxigraph as ox

from .iri import document_iri, node_iri
from .pipeline import Corpus, entity_of

KG = "https://kg-news.org/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
PREFIXES = {
    "kg": KG, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "skos": SKOS, "prov": PROV, "dcterms": DCTERMS,
    "sector": "https://kg-news.org/sector/", "region": "https://kg-news.org/id/region/",
    "organization": "https://kg-news.org/id/organization/", "person": "https://kg-news.org/id/person/",
    "policy": "https://kg-news.org/id/policy/", "event": "https://kg-news.org/id/event/",
    "doc": "https://kg-news.org/id/doc/",
}
DEFAULT = ox.DefaultGraph()
_nodes: dict[str, ox.NamedNode] = {}


def iri(value: str) -> ox.NamedNode:
    node = _nodes.get(value)
    if node is None:
        node = _nodes[value] = ox.NamedNode(value)
    return node


def kg(term: str) -> ox.NamedNode:
    return iri(KG + term)


TYPE = iri(RDF + "type")
LABEL = iri(RDFS + "label")
PREF, ALT = iri(SKOS + "prefLabel"), iri(SKOS + "altLabel")
DERIVED = iri(PROV + "wasDerivedFrom")
PART_OF = iri(DCTERMS + "isPartOf")


def zh(text: str) -> ox.Literal:
    return ox.Literal(text, language="zh")


def typed(value, datatype: str) -> ox.Literal:
    return ox.Literal(str(value), datatype=iri(XSD + datatype))


def decimal(value: float) -> ox.Literal:
    d = Decimal(repr(float(value))).normalize()
    text = format(d, "f")
    return typed(text if "." in text else text + ".0", "decimal")


def sentence_iri(doc_id: str, start: int, end: int) -> ox.NamedNode:
    return iri(node_iri("sentence", doc_id, start, end))


def quads(corpus: Corpus) -> Iterator[ox.Quad]:
    for doc in corpus.documents:
        d = iri(document_iri(doc.id))
        yield ox.Quad(d, TYPE, kg("Document"), DEFAULT)
        yield ox.Quad(d, iri(DCTERMS + "identifier"), ox.Literal(doc.id), DEFAULT)
        yield ox.Quad(d, iri(DCTERMS + "title"), ox.Literal(doc.title), DEFAULT)
        yield ox.Quad(d, iri(DCTERMS + "source"), ox.Literal(doc.source), DEFAULT)
        yield ox.Quad(d, kg("sha256"), ox.Literal(doc.sha256), DEFAULT)
        if doc.published:
            yield ox.Quad(d, iri(DCTERMS + "date"), typed(doc.published, "date" if len(doc.published) == 10 else "gYear"), DEFAULT)

    for e in corpus.entities.values():
        s = iri(e.iri)
        yield ox.Quad(s, TYPE, kg(e.type), DEFAULT)
        if e.subtype and e.subtype not in (e.type, "SectorConcept"):
            yield ox.Quad(s, TYPE, kg(e.subtype), DEFAULT)
        yield ox.Quad(s, LABEL, zh(e.name), DEFAULT)
        yield ox.Quad(s, PREF, zh(e.name), DEFAULT)
        for alias in e.aliases:
            yield ox.Quad(s, ALT, zh(alias), DEFAULT)
        for doc_id in sorted({d for d, _, _ in e.mentions}):
            yield ox.Quad(s, kg("mentionedIn"), iri(document_iri(doc_id)), DEFAULT)

    used: dict[tuple[str, int, int], str] = {}
    for rel, fact in corpus.relations:
        g = iri(document_iri(fact.doc))
        subj, obj = entity_of(corpus, rel.subject), entity_of(corpus, rel.object)
        s, o, p = iri(subj.iri), iri(obj.iri), kg(rel.predicate)
        a = iri(node_iri("assertion", subj.iri, rel.predicate, obj.iri, fact.doc, fact.start, rel.extractor))
        used[(fact.doc, fact.start, fact.end)] = fact.text
        yield ox.Quad(s, p, o, g)
        yield ox.Quad(a, TYPE, kg("Assertion"), g)
        yield ox.Quad(a, iri(RDF + "subject"), s, g)
        yield ox.Quad(a, iri(RDF + "predicate"), p, g)
        yield ox.Quad(a, iri(RDF + "object"), o, g)
        yield ox.Quad(a, DERIVED, sentence_iri(fact.doc, fact.start, fact.end), g)
        yield ox.Quad(a, kg("extractor"), ox.Literal(rel.extractor), g)
        yield ox.Quad(a, kg("confidence"), decimal(rel.confidence), g)
        if rel.role:
            yield ox.Quad(a, kg("role"), zh(rel.role), g)

    for m, fact in corpus.measures:
        g = iri(document_iri(fact.doc))
        subj = entity_of(corpus, m.subject)
        node = iri(node_iri("measurement", subj.iri, m.indicator, m.value, m.unit, m.year, fact.doc, fact.start, m.start))
        used[(fact.doc, fact.start, fact.end)] = fact.text
        yield ox.Quad(iri(subj.iri), kg("hasMeasurement"), node, g)
        yield ox.Quad(node, TYPE, kg("Measurement"), g)
        yield ox.Quad(node, kg("indicator"), zh(m.indicator), g)
        yield ox.Quad(node, kg("value"), decimal(m.value), g)
        if m.unit:
            yield ox.Quad(node, kg("unit"), ox.Literal(m.unit), g)
        if m.year is not None:
            yield ox.Quad(node, kg("year"), typed(m.year, "integer"), g)
        yield ox.Quad(node, kg("status"), ox.Literal(m.status), g)
        yield ox.Quad(node, kg("change"), ox.Literal(m.change), g)
        if m.qualifier:
            yield ox.Quad(node, kg("qualifier"), ox.Literal(m.qualifier), g)
        yield ox.Quad(node, DERIVED, sentence_iri(fact.doc, fact.start, fact.end), g)
        yield ox.Quad(node, kg("extractor"), ox.Literal(m.extractor), g)
        yield ox.Quad(node, kg("confidence"), decimal(m.confidence), g)

    for (doc_id, start, end), text in sorted(used.items()):
        g = d = iri(document_iri(doc_id))
        node = sentence_iri(doc_id, start, end)
        yield ox.Quad(node, TYPE, kg("Sentence"), g)
        yield ox.Quad(node, kg("text"), ox.Literal(text), g)
        yield ox.Quad(node, kg("start"), typed(start, "integer"), g)
        yield ox.Quad(node, kg("end"), typed(end, "integer"), g)
        yield ox.Quad(node, PART_OF, d, g)


def build_dataset(corpus: Corpus) -> list[ox.Quad]:
    """Every quad once, in the order they are made: documents in input
    order, entities and facts in sorted order, so every export is
    byte-identical for the same input (sorting a million terms as strings
    would cost more than writing them)."""
    return list(dict.fromkeys(quads(corpus)))


def triples(dataset: list[ox.Quad]) -> list[ox.Triple]:
    """The union of the named graphs, each triple once, in dataset order."""
    return list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in dataset))
