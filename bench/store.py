"""Benchmark: loading and querying a graph of a million triples.

    python bench/store.py [--triples 1000000] [--skip-rdflib]

Makes a synthetic graph shaped like a build (entities with labels, reified
relations with provenance, measurements, sentences), then times, in the
same run: bulk-loading it into an Oxigraph store like a build's (kg store), opening
that store read-only, and three analyst queries; and the same load and
queries on rdflib's default in-memory store. Prints a table and JSON.
"""
from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

KG = "https://kg-news.org/ontology#"
ID = "https://kg-news.org/id/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
PROV = "http://www.w3.org/ns/prov#"

QUERIES = {
    "top sectors (group by)": f"""
        PREFIX kg: <{KG}> PREFIX skos: <{SKOS}>
        SELECT ?sector (COUNT(DISTINCT ?who) AS ?n) WHERE {{ ?who kg:targets ?s . ?s skos:prefLabel ?sector }}
        GROUP BY ?sector ORDER BY DESC(?n) LIMIT 10""",
    "figures of one region (join)": f"""
        PREFIX kg: <{KG}> PREFIX skos: <{SKOS}> PREFIX prov: <{PROV}>
        SELECT ?indicator ?value ?text WHERE {{
          ?r skos:prefLabel "地区7"@zh ; kg:hasMeasurement ?m .
          ?m kg:indicator ?indicator ; kg:value ?value ; prov:wasDerivedFrom/kg:text ?text }}""",
    "units of a group at any depth (path)": f"""
        PREFIX kg: <{KG}> PREFIX skos: <{SKOS}>
        SELECT (COUNT(DISTINCT ?u) AS ?n) WHERE {{ ?g skos:prefLabel "组织3"@zh . ?u kg:subOrganizationOf+ ?g }}""",
    "evidence of a fact (reification)": f"""
        PREFIX kg: <{KG}> PREFIX skos: <{SKOS}> PREFIX prov: <{PROV}> PREFIX rdf: <{RDF}>
        SELECT ?text WHERE {{ ?s skos:prefLabel "组织11"@zh . ?a rdf:subject ?s ; rdf:predicate kg:issues ;
          prov:wasDerivedFrom/kg:text ?text }}""",
}


def synthetic(n_triples: int, seed: int = 7) -> bytes:
    """N-Triples of about ``n_triples`` triples in the shape of a build."""
    rnd = random.Random(seed)
    lines: list[str] = []
    n_entities = max(100, n_triples // 40)
    orgs = [f"{ID}organization/o{i}" for i in range(n_entities)]
    regions = [f"{ID}region/r{i}" for i in range(n_entities // 10)]
    sectors = [f"https://kg-news.org/sector/s{i}" for i in range(200)]
    for kind, items, label in (("Organization", orgs, "组织"), ("Region", regions, "地区"), ("Sector", sectors, "领域")):
        for i, e in enumerate(items):
            lines.append(f'<{e}> <{RDF}type> <{KG}{kind}> .')
            lines.append(f'<{e}> <{SKOS}prefLabel> "{label}{i}"@zh .')
    for i, o in enumerate(orgs[1:], 1):
        lines.append(f"<{o}> <{KG}subOrganizationOf> <{orgs[rnd.randrange(0, i)]}> .")
    k = 0
    while len(lines) < n_triples:
        k += 1
        sent = f"{ID}sentence/{k}"
        lines.append(f'<{sent}> <{KG}text> "第{k}句：某单位聚焦某领域，新建5G基站{k}个。" .')
        lines.append(f'<{sent}> <{KG}start> "{k * 40}"^^<http://www.w3.org/2001/XMLSchema#integer> .')
        s = rnd.choice(orgs)
        p, o = rnd.choice([("targets", rnd.choice(sectors)), ("issues", f"{ID}policy/p{rnd.randrange(n_entities)}"),
                           ("locatedIn", rnd.choice(regions))])
        a = f"{ID}assertion/{k}"
        lines += [f"<{s}> <{KG}{p}> <{o}> .", f"<{a}> <{RDF}subject> <{s}> .", f"<{a}> <{RDF}predicate> <{KG}{p}> .",
                  f"<{a}> <{RDF}object> <{o}> .", f"<{a}> <{PROV}wasDerivedFrom> <{sent}> .",
                  f'<{a}> <{KG}confidence> "0.8"^^<http://www.w3.org/2001/XMLSchema#decimal> .']
        if k % 3 == 0:
            m, r = f"{ID}measurement/{k}", rnd.choice(regions)
            lines += [f"<{r}> <{KG}hasMeasurement> <{m}> .", f'<{m}> <{KG}indicator> "5G基站"@zh .',
                      f'<{m}> <{KG}value> "{k}"^^<http://www.w3.org/2001/XMLSchema#decimal> .',
                      f"<{m}> <{PROV}wasDerivedFrom> <{sent}> ."]
    return ("\n".join(lines[:n_triples]) + "\n").encode("utf-8")


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def bench_oxigraph(data: bytes, work: Path) -> dict:
    path = work / "store"
    store = ox.Store(str(path))
    load, _ = timed(lambda: (store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES), store.flush()))
    del store
    open_s, store = timed(lambda: ox.Store.read_only(str(path)))
    res = {"load_s": load, "open_s": open_s, "queries_s": {}}
    for name, q in QUERIES.items():
        res["queries_s"][name] = min(timed(lambda: list(store.query(q)))[0] for _ in range(3))
    return res


def bench_rdflib(data: bytes) -> dict:
    from rdflib import Graph
    g = Graph()
    load, _ = timed(lambda: g.parse(data=data.decode("utf-8"), format="nt"))
    res = {"load_s": load, "open_s": None, "queries_s": {}}
    for name, q in QUERIES.items():
        res["queries_s"][name] = timed(lambda: list(g.query(q)))[0]
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--skip-rdflib", action="store_true")
    args = ap.parse_args()
    t, data = timed(lambda: synthetic(args.triples))
    print(f"synthetic graph: {args.triples:,} triples, {len(data) / 1e6:.1f} MB N-Triples ({t:.1f} s to make)")
    with tempfile.TemporaryDirectory() as tmp:
        results = {"triples": args.triples, "oxigraph": bench_oxigraph(data, Path(tmp))}
    if not args.skip_rdflib:
        results["rdflib"] = bench_rdflib(data)
    engines = [e for e in ("oxigraph", "rdflib") if e in results]
    print(f"\n{'':48}" + "".join(f"{e:>14}" for e in engines))
    print(f"{'load (s)':48}" + "".join(f"{results[e]['load_s']:>14.2f}" for e in engines))
    print(f"{'open read-only (s)':48}" + "".join(f"{results[e]['open_s'] or 0:>14.3f}" for e in engines))
    for name in QUERIES:
        print(f"{'query: ' + name + ' (s)':48}" + "".join(f"{results[e]['queries_s'][name]:>14.4f}" for e in engines))
    print("\n" + json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
