"""Stage 7: the RDF graph under the ontology, with provenance for every fact.

The default graph is the merged graph: documents (title, date, source file,
sha256), entities, and every relation between two entities once
(``s kg:issues o``). Each document's named graph holds what it says: each
relation reified as a ``kg:Assertion`` that names its sentence
(``prov:wasDerivedFrom``), extractor and confidence, each figure as a
``kg:Measurement``, and the sentences (text and raw offsets). No blank nodes:
every node's IRI is derived from what it is, so the graph is the same on
every build and graphs built apart merge by union.

A document's graph depends on that document alone, so workers build and
serialize it (a ``Part``) beside extraction, and the cache keeps it; the
build only makes the default graph and concatenates.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal

import pyoxigraph as ox

from .iri import document_iri, node_iri
from .pipeline import Corpus, DocFacts, entity_of
from .resolution import mention_iri

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


def document_quads(facts: DocFacts) -> list[ox.Quad]:
    """What one document says, in its named graph: each relation as an
    Assertion, each figure as a Measurement, and the sentences they cite.
    Entity IRIs come from the mentions alone, so a worker makes these
    without the rest of the corpus."""
    g = iri(document_iri(facts.document.id))
    out: list[ox.Quad] = []
    add = out.append
    used: dict[tuple[int, int], str] = {}
    for rel, fact in facts.relations:
        subj, obj = mention_iri(rel.subject), mention_iri(rel.object)
        s, o, p = iri(subj), iri(obj), kg(rel.predicate)
        a = iri(node_iri("assertion", subj, rel.predicate, obj, fact.doc, fact.start, rel.extractor))
        used[(fact.start, fact.end)] = fact.text
        add(ox.Quad(a, TYPE, kg("Assertion"), g))
        add(ox.Quad(a, iri(RDF + "subject"), s, g))
        add(ox.Quad(a, iri(RDF + "predicate"), p, g))
        add(ox.Quad(a, iri(RDF + "object"), o, g))
        add(ox.Quad(a, DERIVED, sentence_iri(fact.doc, fact.start, fact.end), g))
        add(ox.Quad(a, kg("extractor"), ox.Literal(rel.extractor), g))
        add(ox.Quad(a, kg("confidence"), decimal(rel.confidence), g))
        if rel.role:
            add(ox.Quad(a, kg("role"), zh(rel.role), g))

    for m, fact in facts.measures:
        subj = mention_iri(m.subject)
        node = iri(node_iri("measurement", subj, m.indicator, m.value, m.unit, m.year, fact.doc, fact.start, m.start))
        used[(fact.start, fact.end)] = fact.text
        add(ox.Quad(iri(subj), kg("hasMeasurement"), node, g))
        add(ox.Quad(node, TYPE, kg("Measurement"), g))
        add(ox.Quad(node, kg("indicator"), zh(m.indicator), g))
        add(ox.Quad(node, kg("value"), decimal(m.value), g))
        if m.unit:
            add(ox.Quad(node, kg("unit"), ox.Literal(m.unit), g))
        if m.year is not None:
            add(ox.Quad(node, kg("year"), typed(m.year, "integer"), g))
        add(ox.Quad(node, kg("status"), ox.Literal(m.status), g))
        add(ox.Quad(node, kg("change"), ox.Literal(m.change), g))
        if m.qualifier:
            add(ox.Quad(node, kg("qualifier"), ox.Literal(m.qualifier), g))
        add(ox.Quad(node, DERIVED, sentence_iri(fact.doc, fact.start, fact.end), g))
        add(ox.Quad(node, kg("extractor"), ox.Literal(m.extractor), g))
        add(ox.Quad(node, kg("confidence"), decimal(m.confidence), g))

    doc_id = facts.document.id
    for (start, end), text in sorted(used.items()):
        node = sentence_iri(doc_id, start, end)
        add(ox.Quad(node, TYPE, kg("Sentence"), g))
        add(ox.Quad(node, kg("text"), ox.Literal(text), g))
        add(ox.Quad(node, kg("start"), typed(start, "integer"), g))
        add(ox.Quad(node, kg("end"), typed(end, "integer"), g))
        add(ox.Quad(node, PART_OF, g, g))
    return list(dict.fromkeys(out))


def corpus_quads(corpus: Corpus) -> list[ox.Quad]:
    """The default graph: the documents, the merged entities, and each
    relation between two entities once, however many documents state it.
    Its quads take no graph argument: passing ``DefaultGraph()`` costs
    pyoxigraph 5 µs a quad, nine times a quad without it."""
    out: list[ox.Quad] = []
    add = out.append
    for doc in corpus.documents:
        d = iri(document_iri(doc.id))
        add(ox.Quad(d, TYPE, kg("Document")))
        add(ox.Quad(d, iri(DCTERMS + "identifier"), ox.Literal(doc.id)))
        add(ox.Quad(d, iri(DCTERMS + "title"), ox.Literal(doc.title)))
        add(ox.Quad(d, iri(DCTERMS + "source"), ox.Literal(doc.source)))
        add(ox.Quad(d, kg("sha256"), ox.Literal(doc.sha256)))
        if doc.published:
            add(ox.Quad(d, iri(DCTERMS + "date"), typed(doc.published, "date" if len(doc.published) == 10 else "gYear")))

    for e in corpus.entities.values():
        s = iri(e.iri)
        add(ox.Quad(s, TYPE, kg(e.type)))
        if e.subtype and e.subtype not in (e.type, "SectorConcept"):
            add(ox.Quad(s, TYPE, kg(e.subtype)))
        add(ox.Quad(s, LABEL, zh(e.name)))
        add(ox.Quad(s, PREF, zh(e.name)))
        for alias in e.aliases:
            add(ox.Quad(s, ALT, zh(alias)))
        for doc_id in sorted({d for d, _, _ in e.mentions}):
            add(ox.Quad(s, kg("mentionedIn"), iri(document_iri(doc_id))))

    for rel, _ in corpus.relations:
        s, o = entity_of(corpus, rel.subject), entity_of(corpus, rel.object)
        add(ox.Quad(iri(s.iri), kg(rel.predicate), iri(o.iri)))
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class Part:
    """One graph of a build, serialized once by Oxigraph: as N-Quads for
    the store and the dataset exports, and as Turtle statements (without
    the prefix lines) that graph.ttl concatenates. ``graph`` is the named
    graph's IRI, "" for the default graph."""
    graph: str
    nquads: bytes
    turtle: bytes
    triples: int
    digest: str  # of the N-Quads: the store replaces a graph whose digest changed


TURTLE_HEADER = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items()).encode()


def part(graph: str, quads: list[ox.Quad]) -> Part:
    """Serialize one graph's quads (each once, all in ``graph``)."""
    text = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    body = 0  # the statements start after the prefix lines (written once, as TURTLE_HEADER)
    while text.startswith(b"@prefix ", body):
        body = text.index(b"\n", body) + 1
    nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    return Part(graph, nquads, text[body:], len(quads), hashlib.sha256(nquads).hexdigest())


def document_part(facts: DocFacts) -> Part:
    return part(document_iri(facts.document.id), document_quads(facts))


def corpus_part(corpus: Corpus) -> Part:
    return part("", corpus_quads(corpus))


def quads(parts: list[Part]) -> list[ox.Quad]:
    """The quads of ``parts``, parsed back (Oxigraph's parser)."""
    return list(ox.parse(b"".join(p.nquads for p in parts), format=ox.RdfFormat.N_QUADS))


def triples(dataset: list[ox.Quad]) -> list[ox.Triple]:
    """The union of the named graphs, each triple once, in dataset order."""
    return list(dict.fromkeys(q.triple for q in dataset))
