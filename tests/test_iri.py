"""IRIs: stable across builds and corpora, valid for any name."""
import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg.doc.iri import entity_iri

NASTY = ["天津市", "a b", 'quote " and \' marks', "<angle>{brace}|pipe^caret`tick\\back", "line\nbreak\ttab",
         "100%", "#hash?query&amp", "emoji 🚀", "\u200bzero-width", "", "  ", "(2021—2023年)"]


@pytest.mark.parametrize("name", NASTY)
def test_iri_any_name_gives_valid_turtle(name):
    iri = entity_iri("Policy", name)
    ox.NamedNode(iri)  # raises on an invalid IRI
    turtle = f"<{iri}> <https://kg-news.org/ontology#name> \"x\" .\n"
    g = Graph()
    g.parse(data=turtle, format="turtle")
    assert str(next(iter(g.subjects()))) == iri
    assert list(ox.parse(turtle.encode(), format=ox.RdfFormat.TURTLE))


def test_iri_is_a_function_of_type_and_name():
    assert entity_iri("Region", "天津市") == entity_iri("Region", "天津市")
    assert entity_iri("Region", "天津市") != entity_iri("Organization", "天津市")
    assert len({entity_iri("Policy", n) for n in NASTY}) == len(NASTY)
