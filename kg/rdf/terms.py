"""The graph's vocabulary as Turtle terms: the namespaces and their
prefixes, the terms every description uses, literals, and the Turtle
writer under those prefixes. Light to import: ``kg query`` needs only this
and the parts of a build, not the extraction."""
from __future__ import annotations

import functools
from decimal import Decimal

from kg.doc.schema import KG
from kg.rdf import rdftext
from kg.rdf.rdftext import literal

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


TURTLE = rdftext.Turtle(PREFIXES)
TURTLE_HEADER = TURTLE.header.encode()
