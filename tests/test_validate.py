"""SHACL: the seed build conforms; a broken graph is reported node by node."""
import json

from rdflib import Graph, Literal, Namespace, RDF, URIRef

from kg.cli import main
from kg.validate import validate_graph

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


def test_validate_samples_a_large_graph():
    import pyoxigraph as ox
    from kg.validate import sample
    kg = "https://kg-news.org/ontology#"
    triples = []
    for i in range(3000):
        s = ox.NamedNode(f"urn:m{i}")
        triples += [ox.Triple(s, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(kg + "Measurement")),
                    ox.Triple(s, ox.NamedNode(kg + "value"), ox.Literal(str(i)))]
    kept = sample(triples, limit=600)
    subjects = {t.subject for t in kept}
    assert 250 <= len(subjects) <= 350
    assert all(sum(1 for t in kept if t.subject == s) == 2 for s in subjects)  # a sampled node keeps all its triples
