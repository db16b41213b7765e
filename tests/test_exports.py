"""Every export loaded by a real reader or engine and checked against the graph."""
import csv
import json
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.cli import main
from kg.exporters import EXPORTERS
from kg.exporters.names import figure_name
from kg.exporters.view import SavedBuild

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def exported(seed_build, tmp_path_factory):
    out = tmp_path_factory.mktemp("exports")
    for fmt, name in {"trig": "g.trig", "nquads": "g.nq", "ntriples": "g.nt", "turtle": "g.ttl", "jsonld": "g.jsonld",
                      "graphml": "g.graphml", "neo4j": "neo4j"}.items():
        assert main(["export", "--format", fmt, "--build", str(seed_build), "-o", str(out / name)]) == 0
    return out


@pytest.fixture(scope="module")
def dataset(seed_build):
    return SavedBuild(seed_build).dataset


@pytest.mark.parametrize("name, fmt", [("g.trig", ox.RdfFormat.TRIG), ("g.nq", ox.RdfFormat.N_QUADS),
                                       ("g.jsonld", ox.RdfFormat.JSON_LD)])
def test_exports_datasets_parse_back_to_the_same_quads(exported, dataset, name, fmt):
    back = set(ox.parse(path=str(exported / name), format=fmt))
    assert back == set(dataset)
    graphs = {q.graph_name for q in back if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert len(graphs) == 5  # one named graph per document


@pytest.mark.parametrize("name, fmt", [("g.nt", ox.RdfFormat.N_TRIPLES), ("g.ttl", ox.RdfFormat.TURTLE)])
def test_exports_graphs_parse_back_to_the_union(exported, dataset, name, fmt):
    back = {ox.Triple(t.subject, t.predicate, t.object) for t in ox.parse(path=str(exported / name), format=fmt)}
    assert back == {ox.Triple(q.subject, q.predicate, q.object) for q in dataset}


def test_exports_turtle_and_ntriples_isomorphic_in_rdflib(exported):
    a, b = Graph(), Graph()
    a.parse(exported / "g.ttl", format="turtle")
    b.parse(exported / "g.nt", format="nt")
    assert isomorphic(a, b)


def test_exports_jsonld_is_compact_under_the_published_context(exported):
    doc = json.loads((exported / "g.jsonld").read_text(encoding="utf-8"))
    published = json.loads((Path(__file__).parent.parent / "ontology" / "context.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"] == published["@context"]
    tianjin = next(n for n in doc["@graph"] if n.get("name") == "天津市")
    assert tianjin["id"] == "region:天津市" and "天津" in tianjin["aliases"]


def test_exports_graphml_read_by_networkx(exported, seed_records):
    g = nx.read_graphml(exported / "g.graphml", force_multigraph=True)
    n_entities = sum(r["kind"] == "entity" for r in seed_records)
    n_relations = sum(r["kind"] == "relation" for r in seed_records)
    n_measures = sum(r["kind"] == "measure" for r in seed_records)
    assert g.number_of_nodes() == n_entities + n_measures
    assert g.number_of_edges() == n_relations + n_measures
    tianjin = next(n for n, d in g.nodes(data=True) if d.get("label") == "天津市")
    assert g.nodes[tianjin]["type"] == "Region"
    issues = [d for _, _, d in g.out_edges(tianjin, data=True) if d["predicate"] == "issues"]
    assert issues and "天津印发了" in issues[0]["sentence"]
    # a growth rate's node is labelled with 增速 after the quantity its record names
    labels = {d["label"] for _, d in g.nodes(data=True) if d.get("type") == "Measurement" and d.get("change") == "rate"}
    assert "互联网产业 增速 38%" in labels, sorted(labels)


@pytest.mark.parametrize("record, name", [
    ({"indicator": "电信业务收入", "change": "rate", "unit": "%"}, "电信业务收入 增速"),
    ({"indicator": "年均增速", "change": "rate", "unit": "%"}, "年均增速"),  # the rate word already there
    ({"indicator": "数字经济占GDP比重较上年变化", "change": "rate", "unit": "个百分点"}, "数字经济占GDP比重较上年变化"),
    ({"indicator": "5G基站", "change": "total", "unit": "个"}, "5G基站"),
])
def test_exports_a_figure_is_named_for_readers(record, name):
    assert figure_name(record) == name


def test_exports_a_growth_rate_and_a_level_of_one_number_are_two_figures():
    """A growth rate's record names its quantity: the per-document dedupe (an
    indicator inside another, same value and unit) keeps a level in % and a
    rate apart, and a property graph gives a level and its rate of one number
    two nodes (negative: 数字经济核心产业增加值, rate, 10 % merged into the share)."""
    from kg.api import extract
    from kg.exporters.property_graph import graph_elements
    facts = extract("2023年，我国数字经济核心产业增加值占GDP比重达到10%。我国数字经济核心产业增加值同比增长10%。",
                    published="2024-01-20")
    got = [(m.indicator, m.value, m.unit, m.change) for m in facts.measures]
    assert ("数字经济核心产业增加值占GDP比重", 10, "%", "total") in got, got
    assert ("数字经济核心产业增加值", 10, "%", "rate") in got, got
    base = {"kind": "measure", "subject": "s", "doc": "d", "start": 0, "end": 9, "indicator": "研发投入", "value": 70,
            "year": 2014, "status": "actual", "qualifier": None, "sentence": "…", "extractor": "x", "confidence": 1.0}
    nodes, _ = graph_elements([{**base, "unit": "亿元", "change": "total"}, {**base, "unit": "%", "change": "rate"}])
    assert len({nid for nid, _ in nodes}) == 2, nodes


def test_exports_property_graph_loads_into_ladybug(exported, tmp_path, monkeypatch):
    """The export's own ladybug.cypher, run as its first line says, loads
    both CSV files: lists (aliases, labels) as lists, figures typed."""
    ladybug = pytest.importorskip("ladybug")
    monkeypatch.chdir(exported / "neo4j")
    conn = ladybug.Connection(ladybug.Database(str(tmp_path / "kgdb")))
    conn.execute((exported / "neo4j" / "ladybug.cypher").read_text(encoding="utf-8"))
    rows = conn.execute("MATCH (a:Entity {name: '天津市'})-[r:Rel {type: 'ISSUES'}]->(p:Entity) "
                        "RETURN a.aliases, a.labels, p.name, r.sentence").get_all()
    assert rows and rows[0][:3] == [["天津"], ["Entity", "Region"], "天津市新型基础设施建设三年行动方案(2021—2023年)"]
    assert "天津印发了" in rows[0][3]
    assert conn.execute("MATCH (e:Entity) WHERE list_contains(e.aliases, '天津') RETURN e.name").get_all() == [["天津市"]]
    figures = conn.execute("MATCH (a:Entity {name: '安康市'})-[:Rel {type: 'HAS_MEASUREMENT'}]->(m:Entity) "
                           "WHERE m.indicator = '5G基站' RETURN m.value, m.year, m.status ORDER BY m.year").get_all()
    assert [903.0, 2020, "actual"] in figures and [537.0, 2021, "target"] in figures


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(location: Path, read_only: bool = False):
    port = _free_port()
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    proc = subprocess.Popen([binary, "serve-read-only" if read_only else "serve", "--location", str(location),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            urllib.request.urlopen(url + "/query?query=" + urllib.parse.quote("ASK {}"), timeout=2)
            return proc, url
        except OSError:
            time.sleep(0.2)
    proc.kill()
    pytest.fail("oxigraph did not start")


def _count(url):
    q = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
    req = urllib.request.Request(url + "/query?query=" + urllib.parse.quote(q), headers={"Accept": "application/sparql-results+json"})
    return int(json.load(urllib.request.urlopen(req, timeout=30))["results"]["bindings"][0]["n"]["value"])


def test_exports_push_to_a_real_oxigraph_server(seed_build, dataset, tmp_path, capsys):
    proc, url = _serve(tmp_path / "db")
    try:
        assert main(["push", url + "/store", "--build", str(seed_build)]) == 0
        assert _count(url) == len(dataset)
        assert main(["push", url + "/store", "--build", str(seed_build), "--add"]) == 0  # adding again changes nothing
        assert _count(url) == len(dataset)
        assert main(["push", url + "/store", "--build", str(seed_build), "--graph", "urn:kg:all"]) == 0
        q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:kg:all> { ?s ?p ?o } }"
        req = urllib.request.Request(url + "/query?query=" + urllib.parse.quote(q), headers={"Accept": "application/sparql-results+json"})
        n = int(json.load(urllib.request.urlopen(req, timeout=30))["results"]["bindings"][0]["n"]["value"])
        assert n == len({ox.Triple(q.subject, q.predicate, q.object) for q in dataset})
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    capsys.readouterr()
    # A read-only server refuses, and the message says so.
    proc, url = _serve(tmp_path / "db", read_only=True)
    try:
        assert main(["push", url + "/store", "--build", str(seed_build)]) == 1
        assert "the server refused: HTTP" in capsys.readouterr().err
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert main(["push", f"http://127.0.0.1:{_free_port()}/store", "--build", str(seed_build)]) == 1
    assert "cannot reach the server" in capsys.readouterr().err


@pytest.mark.parametrize("args, name, fmt", [
    (["-f", "nt"], "graph.nt", ox.RdfFormat.N_TRIPLES), (["-f", "ttl"], "graph.ttl", ox.RdfFormat.TURTLE),
    (["-f", "nq"], "graph.nq", ox.RdfFormat.N_QUADS), (["-f", "json-ld"], "graph.jsonld", ox.RdfFormat.JSON_LD),
    (["-f", "rdfxml"], "graph.rdf", ox.RdfFormat.RDF_XML), (["-f", "XML"], "graph.rdf", ox.RdfFormat.RDF_XML),
    (["-o", "{tmp}/g.nt"], "g.nt", ox.RdfFormat.N_TRIPLES), (["-o", "{tmp}/g.rdf"], "g.rdf", ox.RdfFormat.RDF_XML),
    (["-o", "{tmp}/g.nq"], "g.nq", ox.RdfFormat.N_QUADS), (["-o", "{tmp}/g.jsonld"], "g.jsonld", ox.RdfFormat.JSON_LD),
])
def test_exports_formats_by_the_names_users_type_or_the_extension(seed_build, dataset, tmp_path, args, name, fmt):
    build = tmp_path / "b"
    shutil.copytree(seed_build, build, ignore=shutil.ignore_patterns("store", ".stores", ".store.lock"))
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert main(["export", *args, "--build", str(build)]) == 0
    path = (tmp_path if "-o" in args else build) / name
    back = {(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path), format=fmt)}
    assert back == {(q.subject, q.predicate, q.object) for q in dataset}


def test_exports_unknown_or_unsaid_format_is_one_line(seed_build, capsys):
    assert main(["export", "--build", str(seed_build), "-f", "n3x"]) == 2
    assert "unknown format 'n3x'" in capsys.readouterr().err
    assert main(["export", "--build", str(seed_build), "-o", "graph.unknown"]) == 2
    err = capsys.readouterr().err
    assert "which format?" in err and "rdfxml" in err


_NEO4J_TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date",
                "localtime", "time", "localdatetime", "datetime", "duration"}


def _neo4j_columns(header: list[str]) -> dict[str, str]:
    """Each column's role or type under neo4j-admin's header rules: a
    :ID, :LABEL, :START_ID, :END_ID or :TYPE field, or name:type (untyped is
    string; type[] an array)."""
    kinds = {}
    for col in header:
        name, _, kind = col.partition(":")
        kind = re.sub(r"\(.*\)$", "", kind)  # an ID space
        if kind in ("ID", "LABEL", "START_ID", "END_ID", "TYPE"):
            kinds[col] = kind
        else:
            assert name and (kind == "" or kind.removesuffix("[]") in _NEO4J_TYPES), col
            kinds[col] = kind or "string"
    return kinds


def _neo4j_value_ok(kind: str, value: str) -> bool:
    if value == "":
        return True  # no value: the property is left out
    if kind.endswith("[]"):
        return all(v != "" and _neo4j_value_ok(kind[:-2], v) for v in value.split(";"))
    if kind in ("int", "long"):
        return re.fullmatch(r"-?\d+", value) is not None
    if kind in ("float", "double"):
        return re.fullmatch(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?", value) is not None
    return True


def test_exports_neo4j_csv_follows_the_bulk_importer_header_rules(exported, seed_records):
    """What `neo4j-admin database import full --array-delimiter=';'
    --multiline-fields=true` (import.sh) requires of nodes.csv and relationships.csv."""
    folder = exported / "neo4j"
    with open(folder / "nodes.csv", encoding="utf-8", newline="") as fh:
        nodes = list(csv.reader(fh, strict=True))  # RFC 4180 quoting: "" inside quotes, newlines only quoted
    with open(folder / "relationships.csv", encoding="utf-8", newline="") as fh:
        rels = list(csv.reader(fh, strict=True))
    node_kinds, rel_kinds = _neo4j_columns(nodes[0]), _neo4j_columns(rels[0])
    assert sorted(k for k in node_kinds.values() if k.isupper()) == ["ID", "LABEL"]
    assert sorted(k for k in rel_kinds.values() if k.isupper()) == ["END_ID", "START_ID", "TYPE"]
    ids = set()
    for row in nodes[1:]:
        assert len(row) == len(nodes[0])
        fields = dict(zip(nodes[0], row))
        for col, kind in node_kinds.items():
            if kind == "ID":
                assert fields[col] and fields[col] not in ids
                ids.add(fields[col])
            elif kind == "LABEL":
                labels = fields[col].split(";")
                assert "Entity" in labels and all(re.fullmatch(r"[A-Za-z]\w*", label) for label in labels), fields[col]
            else:
                assert _neo4j_value_ok(kind, fields[col]), (col, fields[col])
    assert len(ids) == len(nodes) - 1 == sum(r["kind"] in ("entity", "measure") for r in seed_records)
    for row in rels[1:]:
        assert len(row) == len(rels[0])
        fields = dict(zip(rels[0], row))
        for col, kind in rel_kinds.items():
            if kind in ("START_ID", "END_ID"):
                assert fields[col] in ids
            elif kind == "TYPE":
                assert re.fullmatch(r"[A-Z][A-Z_]*", fields[col])
            else:
                assert _neo4j_value_ok(kind, fields[col]), (col, fields[col])
    tianjin = next(dict(zip(nodes[0], r)) for r in nodes[1:] if r[1] == "天津市")
    assert tianjin["aliases:string[]"].split(";") == ["天津"] and tianjin[":LABEL"] == "Entity;Region"


@pytest.fixture(scope="module")
def fresh_and_saved(seed_build):
    """The seeds as a fresh build straight from the engine, and as the build folder read back."""
    from kg.engine.assembly import assemble
    from kg.engine.engines import build
    from kg.engine.fresh import FreshBuild
    from kg.extraction.ingest import read_sources
    corpus = build(read_sources([SEEDS]))
    return FreshBuild(corpus, assemble(corpus.docs)), SavedBuild(seed_build)


def _output(path: Path) -> dict[str, bytes]:
    files = sorted(path.rglob("*")) if path.is_dir() else [path]
    return {str(f.relative_to(path)): f.read_bytes() for f in files if f.is_file()}


@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_exports_every_exporter_writes_the_same_from_a_fresh_and_a_saved_build(fresh_and_saved, tmp_path, name):
    from kg.exporters import exporter
    fresh, saved = fresh_and_saved
    written = []
    for view, where in ((fresh, tmp_path / "fresh"), (saved, tmp_path / "saved")):
        where.mkdir()
        exporter(name)(view, where / "out")
        written.append(_output(where / "out"))
    assert written[0] and all(written[0].values()), f"{name} wrote nothing"
    if name == "report":  # two builds' reports differ in their times and cache counts only
        assert _untimed(json.loads(written[0]["."])) == _untimed(json.loads(written[1]["."]))
    else:
        assert written[0] == written[1]


def _untimed(report):
    if isinstance(report, dict):
        return {k: _untimed(v) for k, v in report.items() if k not in ("seconds", "cache", "validation")}
    return [_untimed(v) for v in report] if isinstance(report, list) else report


def test_exports_an_unknown_exporter_names_the_known_ones():
    from kg.exporters import exporter
    with pytest.raises(KeyError, match="exporters: turtle"):
        exporter("docx")


def test_exports_a_headline_s_figure_gives_way_to_the_body_s_statement_of_it():
    """A figure the headline and the body both state is recorded once, from the
    body, which dates it (截至2022年12月): the headline's is read in the
    document's year. Negative: a headline's figure the body does not repeat stays."""
    from kg.api import extract
    facts = extract("我国网民规模达10.67亿 5G基站超230万个\n中新经纬3月2日电 报告显示，截至2022年12月，我国网民规模达10.67亿，"
                    "互联网普及率达75.6%。", published="2023-03-02")
    got = [(m.indicator, m.value, m.year) for m in facts.measures]
    assert ("网民规模", 1067000000, 2022) in got, got
    assert not any(v == 1067000000 and y == 2023 for _, v, y in got), got
    assert any(v == 2300000 for _, v, _ in got), got


def test_exports_a_headline_s_figure_named_in_other_words_gives_way_to_the_body_s():
    """The headline names the share shorter than the body does (数字经济占GDP比重 over 数字经济规模…占GDP比重):
    one figure, recorded from the body, which dates it 2019 (the headline's would be the document's 2020)."""
    from kg.api import extract
    facts = extract("中国数字经济占GDP比重达36.2%\n《中国互联网发展报告2020》指出，2019年，中国数字经济规模达35.8万亿元，"
                    "占GDP比重达36.2%。", published="2020-11-24")
    got = [(m.indicator, m.year) for m in facts.measures if m.value == 36.2]
    assert got == [("数字经济规模占GDP比重", 2019)], got


@pytest.mark.parametrize("text, unit, indicator", [
    # the body's words name nothing (成功, 汇率因素后: a verb's, a time's): the headline's name stays, the body's record
    ("安康市首单绿色债券发行60亿元\n10月20日，安康市在香港成功发行60亿元。", "亿元", "首单绿色债券"),
    ("安康市进出口总值增长8%\n海关统计显示，今年前三季度，安康市进出口总值达到300亿元，扣除汇率因素后增长8%。", "%", "进出口总值"),
    # negative: the body's name of a thing stands (地区生产总值 over GDP)
    ("安康市GDP增长4%\n2022年，安康市地区生产总值增长4%。", "%", "地区生产总值"),
])
def test_exports_a_headline_s_name_stays_where_the_body_s_names_nothing(text, unit, indicator):
    from kg.api import extract
    facts = extract(text, published="2023-01-20")
    assert [m.indicator for m in facts.measures if m.unit == unit] == [indicator], facts.measures


def test_exports_two_body_figures_of_one_value_and_other_names_both_stay():
    # negative: the same value twice in the body, under names neither contains, is two figures
    from kg.api import extract
    facts = extract("安康市加快发展。2022年，安康市工业投资增长12%，服务业投资增长12%。", published="2023-01-10")
    assert len([m for m in facts.measures if m.value == 12]) == 2, facts.measures


def test_exports_the_body_s_statement_keeps_the_name_both_statements_write():
    """The shorter of the two names is in the cited body sentence too, and records.md wants it short."""
    from kg.api import extract
    facts = extract("去年全国社保基金投资收益率6.29%\n新华社北京3月26日电 2013年，全国社保基金实现投资收益696亿元，收益率达到6.29%。",
                    published="2014-03-26")
    got = [(m.indicator, m.value, m.year) for m in facts.measures if m.value == 6.29]
    assert got == [("收益率", 6.29, 2013)], got
