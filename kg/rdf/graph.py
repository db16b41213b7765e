"""Stage 7: the RDF graph under the ontology, with provenance for every fact.

The default graph is the merged graph: documents (title, date, source file,
sha256), entities, and every relation between two entities once
(``s kg:issues o``, among its subject's statements). Each document's named graph holds what it says: each
relation reified as a ``kg:Assertion`` that names its sentence
(``prov:wasDerivedFrom``), extractor and confidence, each figure as a
``kg:Measurement``, and the sentences (text and raw offsets). No blank nodes:
every node's IRI is derived from what it is, so the graph is the same on
every build and graphs built apart merge by union.

A document's graph depends on that document alone, so workers build and
serialize it (a ``Part``) beside extraction, and the cache keeps it. The
default graph is described a document and an entity at a time
(``document_description``, ``entity_description``), and the assembly
(``kg.engine.assembly``) joins those descriptions.
"""
from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal
from operator import itemgetter
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from kg.rdf import rdftext
from kg.doc.iri import document_iri, node_iri
from kg.doc.model import Document
from kg.doc.schema import KG
from kg.extraction.pipeline import DocFacts
from kg.rdf.rdftext import Statement, literal
from kg.extraction.resolution import Entity, mention_iri

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = rdftext.XSD
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
iri = rdftext.iri


@functools.cache  # the vocabulary: a few dozen terms, asked for on every statement
def kg(term: str) -> str:
    return iri(KG + term)


TYPE = rdftext.RDF_TYPE
LABEL = iri(RDFS + "label")
PREF, ALT = iri(SKOS + "prefLabel"), iri(SKOS + "altLabel")
DERIVED = iri(PROV + "wasDerivedFrom")
PART_OF = iri(DCTERMS + "isPartOf")
IDENTIFIER, TITLE, SOURCE, DATE = (iri(DCTERMS + t) for t in ("identifier", "title", "source", "date"))


def zh(text: str) -> str:
    return literal(text, language="zh")


def typed(value, datatype: str) -> str:
    return literal(str(value), datatype=XSD + datatype)


@functools.lru_cache(maxsize=1 << 12)  # confidences and many figures recur
def decimal(value: float) -> str:
    d = Decimal(repr(float(value))).normalize()
    text = format(d, "f")
    return typed(text if "." in text else text + ".0", "decimal")


@functools.lru_cache(maxsize=1 << 10)  # each sentence is cited by its facts, then described
def sentence_iri(doc_id: str, start: int, end: int) -> str:
    return iri(node_iri("sentence", doc_id, start, end))


def document_statements(facts: DocFacts) -> list[Statement]:
    """What one document says, in its named graph: each relation as an
    Assertion, each figure as a Measurement, and the sentences they cite.
    Entity IRIs come from the mentions alone, so a worker makes these
    without the rest of the corpus."""
    g = document_term(facts.document.id)
    out: list[Statement] = []
    add = out.append
    used: dict[tuple[int, int], str] = {}
    for rel in facts.relations:
        fact, subj, obj = rel.fact, rel.subject_iri, rel.object_iri
        s, o, p = iri(subj), iri(obj), kg(rel.predicate)
        a = iri(node_iri("assertion", subj, rel.predicate, obj, fact.doc, fact.start, rel.extractor))
        used[(fact.start, fact.end)] = fact.text
        add((a, TYPE, kg("Assertion")))
        add((a, iri(RDF + "subject"), s))
        add((a, iri(RDF + "predicate"), p))
        add((a, iri(RDF + "object"), o))
        add((a, DERIVED, sentence_iri(fact.doc, fact.start, fact.end)))
        add((a, kg("extractor"), literal(rel.extractor)))
        add((a, kg("confidence"), decimal(rel.confidence)))
        if rel.role:
            add((a, kg("role"), zh(rel.role)))

    for m, fact in facts.measures:
        subj = mention_iri(m.subject)
        node = iri(node_iri("measurement", subj, m.indicator, m.value, m.unit, m.year, fact.doc, fact.start, m.start))
        used[(fact.start, fact.end)] = fact.text
        add((iri(subj), kg("hasMeasurement"), node))
        add((node, TYPE, kg("Measurement")))
        add((node, kg("indicator"), zh(m.indicator)))
        add((node, kg("value"), decimal(m.value)))
        if m.unit:
            add((node, kg("unit"), literal(m.unit)))
        if m.year is not None:
            add((node, kg("year"), typed(m.year, "integer")))
        add((node, kg("status"), literal(m.status)))
        add((node, kg("change"), literal(m.change)))
        if m.qualifier:
            add((node, kg("qualifier"), literal(m.qualifier)))
        add((node, DERIVED, sentence_iri(fact.doc, fact.start, fact.end)))
        add((node, kg("extractor"), literal(m.extractor)))
        add((node, kg("confidence"), decimal(m.confidence)))

    doc_id = facts.document.id
    for (start, end), text in sorted(used.items()):
        node = sentence_iri(doc_id, start, end)
        add((node, TYPE, kg("Sentence")))
        add((node, kg("text"), literal(text)))
        add((node, kg("start"), typed(start, "integer")))
        add((node, kg("end"), typed(end, "integer")))
        add((node, PART_OF, g))
    return list(dict.fromkeys(out))


_DOC = itemgetter(0)  # of an entity's mention: (doc id, start, end)


@functools.lru_cache(maxsize=1 << 16)  # a document is named by every entity it mentions
def document_term(doc_id: str) -> str:
    return iri(document_iri(doc_id))


def document_description(doc: Document) -> list[Statement]:
    """A document in the default graph: title, date, source file, sha256."""
    d = document_term(doc.id)
    out = [(d, TYPE, kg("Document")), (d, IDENTIFIER, literal(doc.id)), (d, TITLE, literal(doc.title)),
           (d, SOURCE, literal(doc.source)), (d, kg("sha256"), literal(doc.sha256))]
    if doc.published:
        out.append((d, DATE, typed(doc.published, "date" if len(doc.published) == 10 else "gYear")))
    return out


def entity_description(e: Entity, relations: Iterable[tuple[str, str]]) -> list[Statement]:
    """An entity in the default graph: its types, names, the documents that
    mention it, and each of its ``relations`` (predicate, object IRI) once,
    however many documents state it; a function of the entity alone, so a
    rebuild redescribes only the entities a changed document touches."""
    s = iri(e.iri)
    out = [(s, TYPE, kg(e.type))]
    if e.subtype and e.subtype not in (e.type, "SectorConcept"):
        out.append((s, TYPE, kg(e.subtype)))
    out += [(s, LABEL, zh(e.name)), (s, PREF, zh(e.name))]
    out += [(s, ALT, zh(alias)) for alias in e.aliases]
    mentioned = kg("mentionedIn")
    out += [(s, mentioned, document_term(doc_id)) for doc_id in sorted(set(map(_DOC, e.mentions)))]
    out += [(s, kg(predicate), iri(obj)) for predicate, obj in sorted(set(relations))]
    return list(dict.fromkeys(out))


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
    def trig(self) -> bytes:
        """The graph as TriG, under TURTLE_HEADER's prefixes."""
        return b"<%s> {\n%s}\n" % (self.graph.encode(), self.turtle) if self.graph else self.turtle


TURTLE = rdftext.Turtle(PREFIXES)
TURTLE_HEADER = TURTLE.header.encode()


def part(graph: str, statements: list[Statement]) -> Part:
    """Serialize one graph's statements (each once, all in ``graph``)."""
    turtle = TURTLE.statements(statements).encode()
    return Part(graph, turtle, len(statements), hashlib.sha1(turtle).hexdigest())


def document_part(facts: DocFacts) -> Part:
    return part(document_iri(facts.document.id), document_statements(facts))


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
        rows.append({"graph": p.graph, "start": at, "end": at + len(p.turtle), "triples": p.triples,
                     "digest": p.digest})
        at += len(p.turtle)
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
