"""The graph's vocabulary as ``ontology/kg.ttl`` declares it, read once.

``ontology/`` is the one declaration of what the graph may say: the entity
types (the subclasses of ``kg:Entity``) with their subtypes, the relations
between entities, and the other properties, each with its Chinese and
English label and its domain and range. Code and tests read them here
instead of spelling them out again; ``ontology/context.jsonld`` and
``ontology/shapes.ttl`` stay files that other tools read, and a test checks
that they agree with the ontology (tests/test_schema.py).

Names are the local names of the ``kg:`` namespace; everything comes in the
order the ontology declares it.

>>> [t.name for t in entity_types()]
['Organization', 'Region', 'Person', 'Policy', 'Sector', 'Event']
>>> issues = relation("issues")
>>> issues.zh, issues.en, issues.domain, issues.range
('发布', 'issues', ('Organization', 'Region'), ('Policy',))
>>> [s.name for s in entity_type("Policy").subtypes]
['Programme']
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

PACKAGE = Path(__file__).resolve().parents[1]
# In a checkout the ontology is the repository's ontology/; an installed wheel
# carries it as kg/ontology (pyproject.toml).
ONTOLOGY = PACKAGE / "ontology" if (PACKAGE / "ontology").is_dir() else PACKAGE.parent / "ontology"

KG = "https://kg-news.org/ontology#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_OWL = "http://www.w3.org/2002/07/owl#"
_XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass(frozen=True)
class Class:
    name: str
    zh: str
    en: str
    parent: str = ""  # the kg: class it refines; "" for a class under none
    comment: str = ""  # its Chinese rdfs:comment (an Event subtype's lists the head words of its names)


@dataclass(frozen=True)
class EntityType:
    """A kind of entity node (kind "entity" in records.jsonl)."""
    name: str
    zh: str
    en: str
    subtypes: tuple[Class, ...]


@dataclass(frozen=True)
class Property:
    name: str
    zh: str
    en: str
    domain: tuple[str, ...]  # kg: classes, a union spelt out; () where the ontology declares none
    range: tuple[str, ...]   # kg: classes, or one datatype ("xsd:decimal", "rdf:langString")
    datatype: bool           # its values are literals (owl:DatatypeProperty)


@dataclass(frozen=True)
class Schema:
    classes: dict[str, Class]
    properties: dict[str, Property]
    entity_types: tuple[EntityType, ...]
    relations: tuple[Property, ...]  # the object properties from an entity to an entity


def name_of(iri: str) -> str:
    """An IRI as the schema names it: kg:Policy as ``Policy``, a datatype as
    ``xsd:decimal`` or ``rdf:langString``; any other IRI whole."""
    for prefix, ns in (("", KG), ("xsd:", _XSD), ("rdf:", _RDF)):
        if iri.startswith(ns):
            return prefix + iri[len(ns):]
    return iri


@functools.cache
def load() -> Schema:
    path = ONTOLOGY / "kg.ttl"
    try:
        triples = list(ox.parse(path=path, format=ox.RdfFormat.TURTLE))
    except SyntaxError as e:
        raise ValueError(f"{path}: not valid Turtle: {e}") from None
    about: dict[ox.NamedNode | ox.BlankNode, dict[str, list]] = {}  # subject -> predicate -> objects, in file order
    for t in triples:
        about.setdefault(t.subject, {}).setdefault(t.predicate.value, []).append(t.object)

    def label(node, lang: str) -> str:
        return next((o.value for o in about[node].get(_RDFS + "label", []) if o.language == lang), "")

    def comment(node) -> str:
        return next((o.value for o in about[node].get(_RDFS + "comment", []) if o.language == "zh"), "")

    def kinds(node) -> set[str]:
        return {o.value for o in about[node].get(_RDF + "type", [])}

    def members(node) -> list:  # an RDF list's items
        out = []
        while node.value != _RDF + "nil":
            out.append(about[node][_RDF + "first"][0])
            node = about[node][_RDF + "rest"][0]
        return out

    def spelt_out(nodes: list) -> tuple[str, ...]:  # a union class as its members
        out: list[str] = []
        for n in nodes:
            union = about.get(n, {}).get(_OWL + "unionOf")
            out += spelt_out(members(union[0])) if union else [name_of(n.value)]
        return tuple(out)

    classes, properties = {}, {}
    for s in about:
        if not (isinstance(s, ox.NamedNode) and s.value.startswith(KG)):
            continue
        name, zh, en, said = name_of(s.value), label(s, "zh"), label(s, "en"), about[s]
        if _OWL + "Class" in kinds(s) and _OWL + "unionOf" not in said:  # a union names no type of its own
            parent = next((name_of(o.value) for o in said.get(_RDFS + "subClassOf", []) if o.value.startswith(KG)), "")
            classes[name] = Class(name, zh, en, parent, comment(s))
        elif kinds(s) & {_OWL + "ObjectProperty", _OWL + "DatatypeProperty"}:
            properties[name] = Property(name, zh, en, spelt_out(said.get(_RDFS + "domain", [])),
                                        spelt_out(said.get(_RDFS + "range", [])), _OWL + "DatatypeProperty" in kinds(s))
    types = tuple(EntityType(c.name, c.zh, c.en, tuple(d for d in classes.values() if d.parent == c.name))
                  for c in classes.values() if c.parent == "Entity")
    names = {t.name for t in types}
    relations = tuple(p for p in properties.values() if not p.datatype and p.domain and p.range
                      and set(p.domain) <= names and set(p.range) <= names)
    return Schema(classes, properties, types, relations)


def entity_types() -> tuple[EntityType, ...]:
    return load().entity_types


def entity_type(name: str) -> EntityType:
    return next(t for t in load().entity_types if t.name == name)


def head_words(name: str) -> tuple[str, ...]:
    """The head words the Chinese rdfs:comment of class ``name`` lists
    (kg:Meeting "会议、座谈会、学习会、研讨会。" -> 会议, 座谈会, 学习会, 研讨会):
    the items between 、, without the closing 。 and a closing 等… (主题教育、
    专项行动等活动 -> 主题教育, 专项行动).

    >>> head_words("Conference")
    ('大会', '峰会', '论坛', '博览会')
    """
    items = load().classes[name].comment.rstrip("。").split("、")
    return tuple(item.split("等")[0] if i == len(items) - 1 else item for i, item in enumerate(items))


def relations() -> tuple[Property, ...]:
    return load().relations


def relation(name: str) -> Property:
    return next(p for p in load().relations if p.name == name)
