"""Stage 7: the RDF graph under the ontology, with provenance for every fact.

Every relation is asserted directly (``s kg:issues o``) and reified as a
``kg:Assertion`` that names its sentence (``prov:wasDerivedFrom``), extractor
and confidence; a sentence is a node with its text and raw offsets, part of
its document (title, date, source file, sha256). No blank nodes: every node
has an IRI derived from what it is, so the graph is the same on every build
and graphs built apart merge by union.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from .iri import document_iri, node_iri
from .model import Sentence
from .pipeline import Corpus, entity_of

KG = Namespace("https://kg-news.org/ontology#")
PREFIXES = {
    "kg": str(KG), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "skos": str(SKOS),
    "prov": str(PROV), "dcterms": str(DCTERMS), "sector": "https://kg-news.org/sector/",
    "region": "https://kg-news.org/id/region/", "organization": "https://kg-news.org/id/organization/",
    "person": "https://kg-news.org/id/person/", "policy": "https://kg-news.org/id/policy/",
    "event": "https://kg-news.org/id/event/", "doc": "https://kg-news.org/id/doc/",
}
Triple = tuple[URIRef, URIRef, object]


def sentence_iri(doc_id: str, sent: Sentence) -> URIRef:
    return URIRef(node_iri("sentence", doc_id, sent.start, sent.end))


def triples(corpus: Corpus) -> Iterator[Triple]:
    for doc in corpus.documents:
        d = URIRef(document_iri(doc.id))
        yield d, RDF.type, KG.Document
        yield d, DCTERMS.identifier, Literal(doc.id)
        yield d, DCTERMS.title, Literal(doc.title)
        yield d, DCTERMS.source, Literal(doc.source)
        yield d, KG.sha256, Literal(doc.sha256)
        if doc.published:
            dtype = XSD.date if len(doc.published) == 10 else XSD.gYear
            yield d, DCTERMS.date, Literal(doc.published, datatype=dtype)

    sentences_used: set[tuple[str, int]] = set()
    for e in corpus.entities.values():
        s = URIRef(e.iri)
        yield s, RDF.type, KG[e.type]
        if e.subtype and e.subtype not in (e.type, "SectorConcept"):
            yield s, RDF.type, KG[e.subtype]
        yield s, RDFS.label, Literal(e.name, lang="zh")
        yield s, SKOS.prefLabel, Literal(e.name, lang="zh")
        for alias in e.aliases:
            yield s, SKOS.altLabel, Literal(alias, lang="zh")
        for doc_id in sorted({d for d, _, _ in e.mentions}):
            yield s, KG.mentionedIn, URIRef(document_iri(doc_id))

    for rel, fact in corpus.relations:
        subj, obj = entity_of(corpus, rel.subject), entity_of(corpus, rel.object)
        s, o, p = URIRef(subj.iri), URIRef(obj.iri), KG[rel.predicate]
        yield s, p, o
        a = URIRef(node_iri("assertion", subj.iri, rel.predicate, obj.iri, fact.doc, fact.start, rel.extractor))
        sent = sentence_iri(fact.doc, fact.sentence)
        sentences_used.add((fact.doc, fact.sentence.index))
        yield a, RDF.type, KG.Assertion
        yield a, RDF.subject, s
        yield a, RDF.predicate, p
        yield a, RDF.object, o
        yield a, PROV.wasDerivedFrom, sent
        yield a, KG.extractor, Literal(rel.extractor)
        yield a, KG.confidence, Literal(Decimal(str(rel.confidence)), datatype=XSD.decimal)
        if rel.role:
            yield a, KG.role, Literal(rel.role, lang="zh")

    for m, fact in corpus.measures:
        subj = entity_of(corpus, m.subject)
        node = URIRef(node_iri("measurement", subj.iri, m.indicator, m.value, m.unit, m.year, fact.doc, fact.start, m.start))
        sent = sentence_iri(fact.doc, fact.sentence)
        sentences_used.add((fact.doc, fact.sentence.index))
        yield URIRef(subj.iri), KG.hasMeasurement, node
        yield node, RDF.type, KG.Measurement
        yield node, KG.indicator, Literal(m.indicator, lang="zh")
        yield node, KG.value, Literal(Decimal(repr(m.value)).normalize(), datatype=XSD.decimal)
        if m.unit:
            yield node, KG.unit, Literal(m.unit)
        if m.year is not None:
            yield node, KG.year, Literal(m.year, datatype=XSD.integer)
        yield node, KG.status, Literal(m.status)
        yield node, KG.change, Literal(m.change)
        if m.qualifier:
            yield node, KG.qualifier, Literal(m.qualifier)
        yield node, PROV.wasDerivedFrom, sent
        yield node, KG.extractor, Literal(m.extractor)
        yield node, KG.confidence, Literal(Decimal(str(m.confidence)), datatype=XSD.decimal)

    docs = {d.id: d for d in corpus.documents}
    for doc_id, index in sorted(sentences_used):
        sent = corpus.sentences[(doc_id, index)]
        node = sentence_iri(doc_id, sent)
        yield node, RDF.type, KG.Sentence
        yield node, KG.text, Literal(docs[doc_id].text[sent.start:sent.end])
        yield node, KG.start, Literal(sent.start, datatype=XSD.integer)
        yield node, KG.end, Literal(sent.end, datatype=XSD.integer)
        yield node, DCTERMS.isPartOf, URIRef(document_iri(doc_id))


def build_graph(corpus: Corpus) -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for t in triples(corpus):
        g.add(t)
    return g
