"""SHACL: the seed build conforms; a broken graph is reported node by node."""
import json

from rdflib import Graph, Literal, Namespace, RDF, URIRef

from kg.cli import main
from kg.serve.validate import validate_graph

from .conftest import SEEDS

KG = Namespace("https://kg-news.org/ontology#")


def test_validate_seed_build_conforms(seed_build, capsys):
    report = json.loads((seed_build / "report.json").read_text(encoding="utf-8"))
    v = report["validation"]
    assert v["conforms"] and v["violations"] == 0 and v["mode"] == "full" and v["triples_checked"] == v["triples"]
    assert main(["validate", "--build", str(seed_build)]) == 0
    assert "conforms" in capsys.readouterr().out


def test_validate_reports_focus_node_and_message(seed_build):
    g = Graph()
    g.parse(seed_build / "graph.ttl", format="turtle")
    m = URIRef("https://kg-news.org/id/measurement/broken")
    g.add((m, RDF.type, KG.Measurement))
    g.add((m, KG.status, Literal("maybe")))
    violations = validate_graph(g)
    about = [v for v in violations if v.focus == str(m)]
    messages = " ".join(v.message for v in about)
    assert "exactly one xsd:decimal value" in messages and "Status is actual or target" in messages
    assert "indicator" in messages


def test_validate_samples_documents_and_entities_without_false_alarms(seed_build):
    from kg.engine.assembly import assemble
    from kg.exporters.view import SavedBuild
    from kg.rdf.parts import statements_of
    from kg.extraction.ingest import read_all
    from kg.engine.engines import build as build_corpus
    from kg.serve.validate import sample, to_rdflib, validate_graph, validate_parts
    build = SavedBuild(seed_build)
    total = sum(p.triples for p in build.parts)
    own: dict = {}
    for s, p, o in statements_of(build.parts):  # each node's triples, but the links from an entity to figures
        if p != f"<{KG}hasMeasurement>":
            own.setdefault(s, set()).add((s, p, o))
    for limit in (600, 1500):  # the seeds' documents are larger: each is sampled in part
        kept, focus = sample(build.parts, limit=limit)
        assert limit <= len(kept) < total / 2
        kept_by = {}
        for t in kept:
            kept_by.setdefault(t[0], set()).add(t)
        assert all(own.get(node, set()) <= kept_by[node] for node in focus)  # a chosen node keeps all it has
        assert set(kept_by) - focus  # nodes only pointed at bring their types, and are not checked
        assert validate_graph(to_rdflib(kept), focus) == []
    # A build hands over its assembly, which parses only the entities the sample reads: the same sample.
    default_graph = assemble(build_corpus(read_all([SEEDS])).docs).default_graph()
    assert sample(build.parts, default_graph=default_graph) == sample(build.parts)
    v = validate_parts(build.parts, mode="sample")
    assert v["mode"] == "sample" and v["conforms"], v["first"]
    assert v["triples_checked"] < v["triples"]


def test_validate_reuses_a_result_only_for_the_same_triples(seed_build, tmp_path):
    from kg.exporters.view import SavedBuild
    from kg.rdf.parts import part, quads
    from kg.serve.validate import validate_parts
    parts = SavedBuild(seed_build).parts
    first = validate_parts(parts, cache=tmp_path)
    again = validate_parts(parts, cache=tmp_path)
    assert (first["reused"], again["reused"]) == (False, True) and again == {**first, "reused": True}
    default = parts[0]
    assert default.graph == ""
    statements = [(str(q.subject), str(q.predicate), str(q.object)) for q in quads([default])]
    statements.append(("<https://kg-news.org/id/measurement/broken>", f"<{RDF.type}>", f"<{KG.Measurement}>"))
    broken = [part("", statements), *parts[1:]]
    changed = validate_parts(broken, cache=tmp_path)
    assert not changed["reused"] and not changed["conforms"] and changed["violations"]
    assert validate_parts(broken, cache=tmp_path) == {**changed, "reused": True}
