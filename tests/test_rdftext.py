"""The N-Triples terms and the Turtle the graph stage writes itself are
what Oxigraph writes for the same statements, byte for byte."""
from __future__ import annotations

import pyoxigraph as ox
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kg.rdf import rdftext
from kg.engine.assembly import assemble
from kg.rdf.parts import quads
from kg.rdf.terms import PREFIXES, XSD
from kg.extraction.ingest import read_all
from kg.engine.engines import build

from .conftest import SEEDS

P = {"e": "http://example.org/e/", "kg": "http://example.org/kg#", "xsd": XSD,
     "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}
WRITER = rdftext.Turtle(P)
# Characters on either side of Turtle's rules for local names: allowed
# anywhere, allowed but not first or last, escapable, and not writable.
TRICKY = list("aZ09_-.~!$&'()*+,;=/?#@:·") + [
    "\u0300", "\u036f", "\u203f", "\u2040", "\u00b7", "\u00c0", "\u00d7", "\u037e", "\u200c", "\u2070",
    "\u3000", "\u3001", "中", "（", "①", "\ufdf0", "\U00010000", "\U000efffd", "%2A"]
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
DATATYPES = st.sampled_from(["", "string", "integer", "decimal", "double", "boolean", "gYear"])
VALUES = st.one_of(TEXT, st.sampled_from(["12", "-1.5", "+3", "1.", ".5", "1e3", ".5e-2", "1.5E+3", "true", ""]))


def _body(turtle: bytes) -> str:
    return "".join(line for line in turtle.decode().splitlines(True) if not line.startswith("@prefix "))


@settings(max_examples=300, deadline=None)
@given(local=st.lists(st.sampled_from(TRICKY), max_size=6).map("".join), value=VALUES, datatype=DATATYPES,
       language=st.booleans(), predicate=st.sampled_from(["http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
                                                          "http://example.org/kg#p", "http://other.org/q"]))
def test_statements_are_written_as_oxigraph_writes_them(local, value, datatype, language, predicate):
    subject = P["e"] + local
    if language:
        lit, term = ox.Literal(value, language="zh"), rdftext.literal(value, language="zh")
    elif datatype:
        lit = ox.Literal(value, datatype=ox.NamedNode(XSD + datatype))
        term = rdftext.literal(value, datatype=XSD + datatype)
    else:
        lit, term = ox.Literal(value), rdftext.literal(value)
    try:
        s = ox.NamedNode(subject)
    except ValueError:  # not an IRI at all (a second "#", say): the graph never has one
        assume(False)
    p, z = ox.NamedNode(predicate), ox.NamedNode(P["kg"] + "z")
    theirs = [ox.Triple(s, p, lit), ox.Triple(s, p, s), ox.Triple(s, z, lit), ox.Triple(z, p, s)]
    S, Pr, Z = rdftext.iri(subject), rdftext.iri(predicate), rdftext.iri(P["kg"] + "z")
    ours = [(S, Pr, term), (S, Pr, S), (S, Z, term), (Z, Pr, S)]
    assert WRITER.statements(ours) == _body(ox.serialize(theirs, format=ox.RdfFormat.TURTLE, prefixes=P))
    assert "".join(f"{s} {p} {o} .\n" for s, p, o in ours) == ox.serialize(theirs, format=ox.RdfFormat.N_TRIPLES).decode()


def test_seed_graphs_are_written_as_oxigraph_writes_them():
    """Every graph of the seed build: its TriG parses back into its own
    graph, and Oxigraph writes those statements as the same Turtle."""
    parts = assemble(build(read_all([SEEDS])).docs).parts
    assert sum(p.triples for p in parts) > 5000
    for part in parts:
        parsed = quads([part])
        assert len(parsed) == part.triples
        assert {q.graph_name.value if part.graph else "" for q in parsed} == {part.graph}
        theirs = ox.serialize([q.triple for q in parsed], format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        assert part.turtle.decode() == _body(theirs)

