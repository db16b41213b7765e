"""SPARQL against the seed build: every example query answers its question."""
import csv
import io
import json
import re
import shutil
import subprocess
import sys

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.serve.query import QueryError, read_query, render, run, to_table, width

from .conftest import ROOT

QUERIES = ROOT / "queries"


def rows(build, name):
    table = to_table(run(build, read_query(str(QUERIES / name))))
    return [dict(zip(table.variables, r)) for r in table.rows]


def test_query_examples_are_at_least_ten():
    assert len(list(QUERIES.glob("*.rq"))) >= 10


@pytest.mark.parametrize("name, check", [
    ("issued-plans.rq", lambda r: {"issuer": "上海市经济和信息化委员会", "plan": "上海市5G移动通信基站布局规划导则", "date": "2020"} in r),
    ("cities-5g-base-stations.rq", lambda r: r[0]["region"] == "天津市" and r[0]["stations"] == "50000" and r[0]["status"] == "target"),
    ("top-sectors.rq", lambda r: r[0]["sector"] == "5G" and len(r) == 15),
    ("group-subsidiaries-targets.rq", lambda r: any(x["sector"] == "5G" and "网络通信子集团" in x["which"] for x in r)),
    ("tianjin-figures.rq", lambda r: any(x["indicator"] == "5G基站" and x["value"] == "50000" and x["year"] == "2023" for x in r)),
    ("shaanxi-organisations.rq", lambda r: {"organisation": "汉滨区人民政府", "where": "汉滨区"} in r),
    ("people-positions.rq", lambda r: {"person": "李乐成", "role": "部长", "body": "工业和信息化部"} in r),
    ("evidence.rq", lambda r: any("天津印发了" in x["sentence"] and x["document"] == "004_849704c3b9c66b14" for x in r)),
    ("meetings.rq", lambda r: any(x["meeting"] == "第十次中小企业圆桌会议" and x["chaired_by"] == "李乐成" for x in r)),
    ("cooperation.rq", lambda r: {"a": "四川省", "b": "重庆市"} in r),
    ("sentence-facts.rq", lambda r: any(x["fact"].startswith("天津市 issues ") for x in r)),
    ("documents.rq", lambda r: len(r) == 5 and all(int(x["relations"]) > 50 for x in r)),
])
def test_query_example_answers(seed_build, name, check):
    assert check(rows(seed_build, name))


# The example queries as first written, plainly: the files are rewritten for speed on large builds (hash joins
# through subqueries, tests on distinct values), and must give the same answers.
PLAIN = {
    "cities-5g-base-stations.rq": """
SELECT ?region ?status ?year ?change (MAX(?value) AS ?stations) WHERE {
  ?r a kg:Region ; skos:prefLabel ?region ; kg:hasMeasurement ?m .
  ?m kg:indicator ?indicator ; kg:value ?value ; kg:status ?status ; kg:change ?change .
  OPTIONAL { ?m kg:year ?year }
  OPTIONAL { ?m kg:unit ?unit }
  FILTER(CONTAINS(STR(?indicator), "5G") && CONTAINS(STR(?indicator), "基站") && ?change != "rate" && COALESCE(STR(?unit), "") != "%")
}
GROUP BY ?region ?status ?year ?change
ORDER BY DESC(?stations)""",
    "documents.rq": """
SELECT ?document ?title (COUNT(DISTINCT ?a) AS ?relations) (COUNT(DISTINCT ?m) AS ?figures) WHERE {
  ?d a kg:Document ; dcterms:identifier ?document ; dcterms:title ?title .
  GRAPH ?d { { ?a a kg:Assertion } UNION { ?m a kg:Measurement } }
}
GROUP BY ?document ?title
ORDER BY ?document""",
    "issued-plans.rq": """
SELECT ?issuer ?plan ?date WHERE {
  ?i kg:issues ?p .
  ?i skos:prefLabel ?issuer . ?p skos:prefLabel ?plan .
  ?a rdf:subject ?i ; rdf:predicate kg:issues ; rdf:object ?p ; prov:wasDerivedFrom/dcterms:isPartOf ?doc .
  OPTIONAL { ?doc dcterms:date ?date }
}
GROUP BY ?issuer ?plan ?date
ORDER BY ?plan ?issuer""",
    "people-positions.rq": """
SELECT ?person ?role ?body WHERE {
  ?a rdf:predicate kg:hasPosition ; rdf:subject ?p ; rdf:object ?o .
  OPTIONAL { ?a kg:role ?role }
  ?p skos:prefLabel ?person . ?o skos:prefLabel ?body .
}
GROUP BY ?person ?role ?body
ORDER BY ?person ?body""",
    "sentence-facts.rq": """
SELECT ?fact ?detail WHERE {
  ?sent kg:text ?text . FILTER(CONTAINS(?text, "天津印发了"))
  {
    ?a prov:wasDerivedFrom ?sent ; rdf:subject/skos:prefLabel ?s ; rdf:predicate ?p ; rdf:object/skos:prefLabel ?o .
    BIND(CONCAT(?s, " ", STRAFTER(STR(?p), "#"), " ", ?o) AS ?fact) BIND("" AS ?detail)
  } UNION {
    ?m prov:wasDerivedFrom ?sent ; kg:indicator ?i ; kg:value ?v . ?who kg:hasMeasurement ?m ; skos:prefLabel ?w .
    OPTIONAL { ?m kg:unit ?u } OPTIONAL { ?m kg:year ?y }
    BIND(CONCAT(?w, " ", ?i) AS ?fact) BIND(CONCAT(STR(?v), " ", COALESCE(?u, ""), " ", COALESCE(STR(?y), "")) AS ?detail)
  }
}
ORDER BY ?fact""",
    "top-sectors.rq": """
SELECT ?sector (COUNT(DISTINCT ?who) AS ?targeted_by) WHERE {
  ?who kg:targets ?s . ?s skos:prefLabel ?sector .
}
GROUP BY ?sector
ORDER BY DESC(?targeted_by) ?sector
LIMIT 15""",
}


def order_keys(query: str) -> list[str]:
    """The variables a query's ORDER BY names, in order."""
    return re.findall(r"\?(\w+)", query.rsplit("ORDER BY", 1)[1].split("LIMIT")[0])


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_query_rewritten_for_speed_gives_the_plain_answers(seed_build, name):
    fast, plain = to_table(run(seed_build, read_query(str(QUERIES / name)))), to_table(run(seed_build, PLAIN[name]))
    assert fast.variables == plain.variables and plain.rows
    assert sorted(fast.rows, key=repr) == sorted(plain.rows, key=repr)  # the same rows, as many times
    keys = [fast.variables.index(k) for k in order_keys(PLAIN[name])]
    assert [[r[k] for k in keys] for r in fast.rows] == [[r[k] for k in keys] for r in plain.rows]  # in the same order


def test_query_formats(seed_build):
    result = lambda: run(seed_build, "SELECT ?n WHERE { ?r a kg:Region ; skos:prefLabel ?n } ORDER BY ?n LIMIT 3")
    parsed = list(csv.reader(io.StringIO(render(result(), "csv"))))
    assert parsed[0] == ["n"] and len(parsed) == 4
    assert render(result(), "tsv").splitlines()[0] == "?n"
    data = json.loads(render(result(), "json"))
    assert data["head"]["vars"] == ["n"] and len(data["results"]["bindings"]) == 3
    table = render(result(), "table").splitlines()
    assert table[-1] == "(3 rows)" and set(table[1]) == {"-"}


def test_query_table_counts_wide_characters_twice():
    assert width("天津市5G") == 8


def test_query_syntax_error_gives_line_and_column(seed_build):
    with pytest.raises(QueryError, match=r"line 2, column \d+"):
        run(seed_build, "SELECT ?x WHERE {\n ?x ?y }")


def test_query_cli(seed_build, capsys):
    assert main(["query", str(QUERIES / "top-sectors.rq"), "--build", str(seed_build), "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("sector,targeted_by\n5G,")
    assert main(["query", "SELECT ?x WHERE {", "--build", str(seed_build)]) == 2
    assert "syntax error at line 1" in capsys.readouterr().err
    assert main(["query", "SELECT * {}", "--build", str(seed_build / "nowhere")]) == 2
    assert "no build found" in capsys.readouterr().err


def test_query_store_behind_rdflib(seed_build):
    from kg.serve.store import rdflib_graph
    g = rdflib_graph(seed_build)
    res = list(g.query("""PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX kg: <https://kg-news.org/ontology#>
        SELECT ?p WHERE { ?s skos:prefLabel "天津市"@zh ; kg:issues ?p }"""))
    assert len(res) == 1


def test_query_docs_show_current_outputs(seed_build):
    """docs/queries.md's example outputs are what the queries print on the seeds."""
    text = (ROOT / "docs" / "queries.md").read_text(encoding="utf-8")
    blocks = text.split("```text\n$ kg query ")[1:]
    assert len(blocks) >= 10
    for block in blocks:
        command, rest = block.split("\n", 1)
        shown = rest.split("```", 1)[0]
        out = subprocess.run([sys.executable, "-m", "kg.cli", "query", command.split()[0], "--build", str(seed_build)],
                             capture_output=True, text=True, cwd=ROOT, check=True).stdout
        assert out == shown, command


def test_query_store_is_made_once_then_reused_and_refuses_a_changed_graph(seed_build, tmp_path, capsys):
    out = tmp_path / "copy"
    shutil.copytree(seed_build, out, ignore=shutil.ignore_patterns("store", ".stores", ".store.lock"))
    assert main(["store", "--build", str(out)]) == 0
    assert "store: loaded" in capsys.readouterr().out
    assert main(["query", "ASK { ?s a kg:Document }", "--build", str(out)]) == 0
    assert "store:" not in capsys.readouterr().err  # up to date: opened as it is
    # A graph.ttl changed after its build no longer matches its map: said, not loaded
    shutil.rmtree(out / ".stores")
    (out / "store").unlink()
    graph = out / "graph.ttl"
    graph.write_bytes(graph.read_bytes().replace("天津市".encode(), "天律市".encode(), 1))
    assert main(["store", "--build", str(out)]) == 2
    assert "graph.ttl does not match graph.parts.json" in capsys.readouterr().err


def test_query_store_holds_exactly_the_graphs_quads(seed_build, tmp_path):
    # A first load: each statement of graph.ttl once, in the graph its map names, and nothing else.
    from kg.rdf.parts import quads, read_index, read_parts
    from kg.serve.store import location
    build = tmp_path / "build"
    shutil.copytree(seed_build, build, symlinks=True, ignore=shutil.ignore_patterns("store", ".stores", ".store.lock"))
    assert main(["store", "--build", str(build)]) == 0
    stored = list(ox.Store.read_only(str(location(build))))
    # Oxigraph keeps numbers by value ("30.0"^^xsd:decimal reads back as "30"): the parsed quads go
    # through an in-memory store, which does the same, and the bulk loader's work is what is compared.
    expected, graph = ox.Store(), ox.Store()
    expected.extend(quads(read_parts(build)))
    graph.extend(ox.parse(path=str(build / "graph.ttl"), format=ox.RdfFormat.TURTLE))
    assert len(stored) == len(expected) == sum(row["triples"] for row in read_index(build))
    assert set(stored) == set(expected)
    assert {q.triple for q in stored} == {q.triple for q in graph}


def test_query_two_processes_make_one_store(seed_build, tmp_path):
    # The lock: the second `kg store` waits for the first, then finds the store current.
    out = tmp_path / "copy"
    shutil.copytree(seed_build, out, ignore=shutil.ignore_patterns("store", ".stores", ".store.lock"))
    cmd = [sys.executable, "-m", "kg.cli", "store", "--build", str(out)]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    said = sorted(p.communicate(timeout=120)[0] for p in procs)
    assert [p.returncode for p in procs] == [0, 0]
    assert said[0].startswith("store: loaded") and said[1].startswith("store: up to date"), said
    assert len([p for p in (out / ".stores").iterdir() if p.is_dir()]) == 1
    assert bool(run(out, "ASK { ?d a kg:Document }"))


def kg_query(build, *args, stdin=None):
    return subprocess.run([sys.executable, "-m", "kg.cli", "query", *args, "--build", str(build)], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, timeout=60)


def test_query_unknown_prefix_names_it_and_the_declared_ones(seed_build):
    proc = kg_query(seed_build, "PREFIX ex: <http://example.org/>\nSELECT * WHERE { ?s foo:bar ?o ; ex:p ?x }")
    assert proc.returncode == 2
    line = proc.stderr.strip()
    assert line.startswith("kg query: unknown prefix foo:") and "kg:" in line and "ex:" in line and "\n" not in line


def test_query_dash_reads_standard_input(seed_build):
    proc = kg_query(seed_build, "-", "-f", "csv", stdin="SELECT ?n WHERE { region:天津市 skos:prefLabel ?n }")
    assert proc.returncode == 0 and proc.stdout == "n\n天津市\n"


def test_query_update_is_refused_as_read_only(seed_build):
    proc = kg_query(seed_build, "PREFIX ex: <http://example.org/>\nINSERT DATA { ex:a ex:b ex:c }")
    assert proc.returncode == 2 and "read-only" in proc.stderr and "syntax error" not in proc.stderr


def test_query_construct_and_describe_print_rdf(seed_build):
    q = "CONSTRUCT { ?s kg:issues ?p } WHERE { region:天津市 kg:issues ?p . BIND(region:天津市 AS ?s) }"
    ttl = kg_query(seed_build, q).stdout
    triples = set(ox.parse(ttl.encode(), format=ox.RdfFormat.TURTLE))
    assert len(triples) == 1 and "region:天津市 kg:issues policy:" in ttl
    nt = kg_query(seed_build, q, "-f", "nt").stdout
    assert set(ox.parse(nt.encode(), format=ox.RdfFormat.N_TRIPLES)) == triples
    jsonld = kg_query(seed_build, q, "-f", "jsonld").stdout
    assert set(ox.parse(jsonld.encode(), format=ox.RdfFormat.JSON_LD)) == triples
    described = set(ox.parse(kg_query(seed_build, "DESCRIBE region:天津市").stdout.encode(), format=ox.RdfFormat.TURTLE))
    assert ox.Literal("天津", language="zh") in {t.object for t in described}
    assert kg_query(seed_build, q, "-f", "csv").returncode == 2


def test_query_table_shows_prefixed_names_and_select_star_keeps_the_order(seed_build):
    out = kg_query(seed_build, "SELECT * WHERE { ?who kg:issues ?plan . ?who skos:prefLabel \"天津市\"@zh }").stdout
    header, _, row = out.splitlines()[:3]
    assert header.split() == ["who", "plan"]
    assert row.startswith("region:天津市  policy:")
    csv_out = kg_query(seed_build, "SELECT * WHERE { ?who kg:issues ?plan . ?who skos:prefLabel \"天津市\"@zh }",
                       "-f", "csv").stdout
    assert csv_out.startswith("who,plan\nhttps://kg-news.org/id/region/")  # CSV keeps the IRIs whole
    data = json.loads(kg_query(seed_build, "SELECT * WHERE { ?z skos:prefLabel \"天津市\"@zh . ?z a ?a }", "-f", "json").stdout)
    assert data["head"]["vars"] == ["z", "a"]


def test_query_tsv_is_sparql_tsv(seed_build):
    q = "SELECT ?r ?n ?x WHERE { ?r skos:prefLabel ?n FILTER(?n = \"天津市\"@zh) OPTIONAL { ?r kg:none ?x } }"
    lines = kg_query(seed_build, q, "-f", "tsv").stdout.splitlines()
    assert lines[0] == "?r\t?n\t?x"
    assert lines[1] == "<https://kg-news.org/id/region/天津市>\t\"天津市\"@zh\t"


def test_query_says_the_store_is_loading_before_it_answers(seed_build, tmp_path, capsys):
    build = tmp_path / "build"
    shutil.copytree(seed_build, build, symlinks=True, ignore=shutil.ignore_patterns("store", ".stores"))
    assert main(["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--build", str(build)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("kg: loading the store from graph.ttl:") and "statements in" in err[0], err
    assert any(line.startswith("kg: loading the store: ") and line.endswith("%") for line in err[1:]), err
    assert err[-1].startswith("kg: store: loaded"), err
    assert main(["query", "ASK { ?s ?p ?o }", "--build", str(build)]) == 0
    assert "loading" not in capsys.readouterr().err  # a current store is opened as it is
