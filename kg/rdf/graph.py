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
from operator import itemgetter
from typing import Iterable

from kg.doc.iri import document_iri, node_iri
from kg.doc.model import Document
from kg.extraction.pipeline import DocFacts
from kg.extraction.resolution import Entity, mention_iri
from kg.rdf.parts import Part, part
from kg.rdf.rdftext import Statement, literal
from kg.rdf.terms import (ALT, DATE, DERIVED, IDENTIFIER, LABEL, PART_OF, PREF, RDF, SOURCE, TITLE, TYPE, decimal,
                          iri, kg, typed, zh)

@functools.lru_cache(maxsize=1 << 10)  # each sentence is cited by its facts, then described
def sentence_iri(doc_id: str, start: int, end: int) -> str:
    return iri(node_iri("sentence", doc_id, start, end))


@functools.lru_cache(maxsize=1 << 10)  # extractors, units, statuses and changes: a few hundred words
def _word(value: str) -> str:
    return literal(value)


# The vocabulary of a document's named graph, named once: each term is
# written hundreds of thousands of times in a corpus.
ASSERTION, MEASUREMENT, SENTENCE = kg("Assertion"), kg("Measurement"), kg("Sentence")
RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT = iri(RDF + "subject"), iri(RDF + "predicate"), iri(RDF + "object")
EXTRACTOR, CONFIDENCE, ROLE = kg("extractor"), kg("confidence"), kg("role")
HAS_MEASUREMENT, INDICATOR, VALUE, UNIT, YEAR = (kg(t) for t in ("hasMeasurement", "indicator", "value", "unit", "year"))
STATUS, CHANGE, QUALIFIER = kg("status"), kg("change"), kg("qualifier")
TEXT, START, END = kg("text"), kg("start"), kg("end")


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
        a = iri(node_iri("assertion", subj, rel.predicate, obj, fact.doc, fact.start, rel.extractor))
        used[(fact.start, fact.end)] = fact.text
        add((a, TYPE, ASSERTION))
        add((a, RDF_SUBJECT, iri(subj)))
        add((a, RDF_PREDICATE, kg(rel.predicate)))
        add((a, RDF_OBJECT, iri(obj)))
        add((a, DERIVED, sentence_iri(fact.doc, fact.start, fact.end)))
        add((a, EXTRACTOR, _word(rel.extractor)))
        add((a, CONFIDENCE, decimal(rel.confidence)))
        if rel.role:
            add((a, ROLE, zh(rel.role)))

    for m, fact in facts.measures:
        subj = mention_iri(m.subject)
        node = iri(node_iri("measurement", subj, m.indicator, m.value, m.unit, m.year, fact.doc, fact.start, m.start))
        used[(fact.start, fact.end)] = fact.text
        add((iri(subj), HAS_MEASUREMENT, node))
        add((node, TYPE, MEASUREMENT))
        add((node, INDICATOR, zh(m.indicator)))
        add((node, VALUE, decimal(m.value)))
        if m.unit:
            add((node, UNIT, _word(m.unit)))
        if m.year is not None:
            add((node, YEAR, typed(m.year, "integer")))
        add((node, STATUS, _word(m.status)))
        add((node, CHANGE, _word(m.change)))
        if m.qualifier:
            add((node, QUALIFIER, literal(m.qualifier)))
        add((node, DERIVED, sentence_iri(fact.doc, fact.start, fact.end)))
        add((node, EXTRACTOR, _word(m.extractor)))
        add((node, CONFIDENCE, decimal(m.confidence)))

    doc_id = facts.document.id
    for (start, end), text in sorted(used.items()):
        node = sentence_iri(doc_id, start, end)
        add((node, TYPE, SENTENCE))
        add((node, TEXT, literal(text)))
        add((node, START, typed(start, "integer")))
        add((node, END, typed(end, "integer")))
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


def document_part(facts: DocFacts) -> Part:
    return part(document_iri(facts.document.id), document_statements(facts))
