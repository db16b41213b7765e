"""ontology/ is the one declaration of the vocabulary: kg.doc.schema reads
kg.ttl, the data files beside it (context.jsonld, shapes.ttl) agree with it,
the lexicon reads sectors.ttl as RDF, and tools/build_regions.py regenerates
the region lexicon it claims to."""
import json
import subprocess
import sys

import pytest
from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.collection import Collection

from kg.doc import schema
from kg.lang import lexicon
from kg.lang.lexicon import LEXICONS, SECTOR_NS, load
from kg.rdf.terms import PREFIXES

from .conftest import ROOT

ONTOLOGY = ROOT / "ontology"
SH = Namespace("http://www.w3.org/ns/shacl#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")


def local(term) -> str:
    return schema.name_of(str(term))


def test_schema_reads_the_types_subtypes_and_relations():
    s = schema.load()
    region = schema.entity_type("Region")
    assert (region.zh, region.en) == ("地区", "Region")
    assert [c.name for c in region.subtypes] == ["Country", "Province", "City", "District", "Township", "Zone", "EconomicRegion",
                                                 "WorldRegion"]
    assert all(c.parent == "Region" and c.zh and c.en for c in region.subtypes)
    assert [p.name for p in schema.relations()] == ["issues", "targets", "subOrganizationOf", "locatedIn", "holds",
                                                    "chairs", "hasPosition", "signs", "cooperatesWith"]
    located = schema.relation("locatedIn")
    assert (located.zh, located.en, located.domain, located.range) == ("位于", "located in", ("Organization", "Region"),
                                                                       ("Region",))
    value = s.properties["value"]
    assert value.datatype and value.range == ("xsd:decimal",) and value.domain == ("Measurement",)
    assert s.properties["hasMeasurement"] not in schema.relations()  # a figure is no entity
    assert all(t.zh and t.en for t in schema.entity_types())
    assert all(p.zh and p.en for p in s.properties.values())


def test_schema_names_the_file_of_bad_turtle(tmp_path, monkeypatch):
    (tmp_path / "kg.ttl").write_text("kg:Broken a owl:Class", encoding="utf-8")
    monkeypatch.setattr(schema, "ONTOLOGY", tmp_path)
    with pytest.raises(ValueError, match=r"kg\.ttl: not valid Turtle"):
        schema.load.__wrapped__()


def test_context_jsonld_agrees_with_the_ontology():
    ctx = json.loads((ONTOLOGY / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    prefixes = {k: v for k, v in ctx.items() if isinstance(v, str) and v.endswith(("#", "/"))}
    assert prefixes == PREFIXES and prefixes["kg"] == schema.KG
    properties = schema.load().properties
    ours = {term: spec for term, spec in ctx.items() if isinstance(spec, dict) and spec["@id"].startswith("kg:")}
    assert {spec["@id"][3:] for spec in ours.values()} <= set(properties)  # no term for an undeclared property
    for p in properties.values():
        spec = ctx[p.name]
        assert spec["@id"] == "kg:" + p.name
        if not p.datatype:
            assert spec["@type"] == "@id", p.name
        elif p.range == ("rdf:langString",):
            assert spec["@language"] == "zh", p.name
        elif p.range == ("xsd:string",):
            assert "@type" not in spec and "@language" not in spec, p.name
        else:
            assert (spec["@type"],) == p.range, p.name


def test_shapes_agree_with_the_ontology():
    g = Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")
    s = schema.load()
    declared = set(s.classes) | set(s.properties)
    used = {local(t) for triple in g for t in triple if isinstance(t, URIRef) and str(t).startswith(schema.KG)}
    assert used <= declared, used - declared
    targets = {local(c) for c in g.objects(None, SH.targetClass)}
    assert {t.name for t in schema.entity_types()} <= targets
    # The predicates an assertion may carry are the ontology's relations.
    (allowed,) = [n for shape in g.subjects(SH.path, RDF.predicate) for n in g.objects(shape, SH["in"])]
    assert [local(p) for p in Collection(g, allowed)] == [p.name for p in schema.relations()]
    checked = 0
    for shape, path in g.subject_objects(SH.path):
        if not (isinstance(path, URIRef) and str(path).startswith(schema.KG)):
            continue
        p = s.properties[local(path)]
        classes = [c for c in g.objects(shape, SH["class"])]
        for alternatives in g.objects(shape, SH["or"]):
            classes += [c for item in Collection(g, alternatives) for c in g.objects(item, SH["class"])]
        if classes:
            assert tuple(local(c) for c in classes) == p.range, p.name
            checked += 1
        for datatype in g.objects(shape, SH.datatype):
            assert (local(datatype),) == p.range, p.name
            checked += 1
        for node in g.subjects(SH.property, shape):  # the shape's own class may carry the property
            for target in g.objects(node, SH.targetClass):
                assert not p.domain or local(target) in p.domain, (p.name, local(target))
    assert checked >= 20


def test_lexicon_reads_every_sector_concept_and_label():
    g = Graph().parse(ONTOLOGY / "sectors.ttl", format="turtle")
    labels = {}
    for concept in g.subjects(RDF.type, SKOS.Concept):
        pref = next(str(o) for o in g.objects(concept, SKOS.prefLabel) if o.language == "zh")
        for o in [pref] + [str(o) for o in g.objects(concept, SKOS.altLabel) if o.language == "zh"]:
            labels.setdefault(str(o), set()).add((str(concept), pref))
    assert len(labels) > 400 and all(iri.startswith(SECTOR_NS) for found in labels.values() for iri, _ in found)
    lex = load()
    assert set(lex.sector_labels) == set(labels)
    for label, (iri, pref) in lex.sector_labels.items():
        assert (iri, pref) in labels[label]
        assert any(e.type == "Sector" and e.iri == iri and e.name == pref for e in lex.entries[label])


def test_lexicon_names_one_organization_by_each_name_or_alias():
    # the gazetteer takes the first entry in file order: a second body of the same alias would hide
    lex = load()
    shared = {surface: bodies for surface, entries in lex.entries.items()
              for bodies in ({e.name for e in entries if e.type == "Organization"},) if len(bodies) > 1}
    assert not shared, shared


def test_lexicon_names_the_file_of_a_bad_sector_scheme(tmp_path, monkeypatch):
    (tmp_path / "sectors.ttl").write_text('sector:X skos:prefLabel "X"@zh .', encoding="utf-8")  # no @prefix
    monkeypatch.setattr(lexicon, "ONTOLOGY", tmp_path)
    with pytest.raises(ValueError, match=r"sectors\.ttl: not valid Turtle"):
        lexicon.Lexicon()


def test_build_regions_regenerates_the_region_lexicon(tmp_path):
    """regions.tsv says it is generated: the tool makes it again, byte for byte."""
    out = tmp_path / "regions.tsv"
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "build_regions.py"), "--out", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == (LEXICONS / "regions.tsv").read_bytes()
