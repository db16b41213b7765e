"""Benchmark: loading and querying a graph of a million triples, or a real build.

    python bench/store.py [--triples 1000000] [--skip-rdflib]
    python bench/store.py --build out/ [--runs 3] [--checkout DIR] [--load-only | --phases]

Makes a synthetic graph shaped like a build (entities with labels, reified
relations with provenance, measurements, sentences), then times, in the
same run: bulk-loading it into an Oxigraph store like a build's (kg store), opening
that store read-only, and three analyst queries; and the same load and
queries on rdflib's default in-memory store. Prints a table and JSON.

With ``--build``, times what a user of that build waits for instead: the
store's first load (``kg store`` on a copy of the build's graph.ttl and
its map, the store removed before each run) and each example query
(queries/*.rq) in a new process, twice over: the query alone (run and
rendered as CSV, the store opened first) and the whole ``kg query``
command. Each figure is min / median / max of ``--runs`` runs, wall clock,
with the load's CPU seconds and peak memory beside it (the machine may be
shared: CPU time drifts less than wall time). ``--checkout`` runs another
checkout's ``kg`` and queries (main's, for a before-and-after);
``--load-only`` times the first load alone. ``--phases`` splits one first
load into its steps, each in turn in one process: reading graph.ttl into
the TriG stream (Python alone), parsing that stream (Oxigraph's parser, a
Python object made per quad), the bulk load, and the compaction, with the
CPU seconds and megabytes written of each.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
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


ROOT = Path(__file__).resolve().parent.parent
# A query timed in a process of its own, as `kg query` runs it, less the command's start.
ONE_QUERY = """
import sys, time
from pathlib import Path
from kg.serve.query import read_query, render, run
from kg.serve.store import open_store
build, name = Path(sys.argv[1]), sys.argv[2]
query = read_query(name)
open_store(build)
t = time.perf_counter()
render(run(build, query), "csv", query)
print(time.perf_counter() - t)
"""


# A first load's steps, timed one after another in a process of the checkout's kg.
PHASES = """
import json, os, resource, sys, time
from pathlib import Path
import pyoxigraph as ox
from kg.rdf.parts import read_index
from kg.serve.store import _TriG
build, target = Path(sys.argv[1]), sys.argv[2]
index = read_index(build)
def stream():
    return _TriG(build, index, lambda _: None)
def written():
    try:
        return int(dict(l.split(": ") for l in Path("/proc/self/io").read_text().splitlines())["write_bytes"]) / 1e6
    except OSError:
        return None
def drain():
    s = stream()
    while s.read(1 << 16):
        pass
store = ox.Store(target)
steps = {"stream graph.ttl as TriG": drain,
         "parse the TriG": lambda: sum(1 for _ in ox.parse(stream(), format=ox.RdfFormat.TRIG, lenient=True)),
         "bulk load": lambda: store.bulk_load(stream(), format=ox.RdfFormat.TRIG, lenient=True),
         "compact (optimize)": lambda: (store.optimize(), store.flush())}
out = {}
for name, step in steps.items():
    usage, t, mb = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter(), written()
    step()
    after = resource.getrusage(resource.RUSAGE_SELF)
    out[name] = {"seconds": time.perf_counter() - t, "mb_written": None if mb is None else written() - mb,
                 "cpu_seconds": after.ru_utime + after.ru_stime - usage.ru_utime - usage.ru_stime}
print(json.dumps(out))
"""


def bench_phases(build: Path, checkout: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="kg-bench-store-") as tmp:
        os.sync()
        return json.loads(child([sys.executable, "-c", PHASES, str(build), str(Path(tmp) / "store")], checkout)[3])


def spread(values: list[float]) -> dict:
    return {"min": min(values), "median": statistics.median(values), "max": max(values), "runs": values}


def child(cmd: list[str], cwd: Path) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds and peak MB of a child process (wait4's
    account of it), and what it printed."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as an installed kg runs
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode:
            raise SystemExit(f"failed: {' '.join(cmd)}\n{err.read().decode()}")
        return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out.read().decode()


def bench_build(build: Path, checkout: Path, runs: int, load_only: bool = False) -> dict:
    """The first load of ``build``'s store and, unless ``load_only``, each
    example query, ``runs`` times each."""
    index = json.loads((build / "graph.parts.json").read_bytes())["graphs"]
    queries = [] if load_only else sorted((checkout / "queries").glob("*.rq"))
    res: dict = {"build": str(build), "checkout": str(checkout), "graphs": len(index),
                 "quads": sum(row["triples"] for row in index), "load": {}, "queries": {}}
    with tempfile.TemporaryDirectory(prefix="kg-bench-store-") as tmp:
        copy = Path(tmp)
        for name in ("graph.ttl", "graph.parts.json"):  # the build's own folder stays as it is
            (copy / name).symlink_to((build / name).resolve())
        load = {"seconds": [], "cpu_seconds": [], "peak_mb": []}
        for _ in range(runs):
            shutil.rmtree(copy / ".stores", ignore_errors=True)
            (copy / "store").unlink(missing_ok=True)
            os.sync()
            wall, cpu, peak, said = child([sys.executable, "-m", "kg.cli", "store", "--build", str(copy)], checkout)
            load["seconds"].append(wall)
            load["cpu_seconds"].append(cpu)
            load["peak_mb"].append(peak)
        res["load"] = {k: spread(v) for k, v in load.items()} | {"said": said.strip()}
        for rq in queries:
            alone = [float(child([sys.executable, "-c", ONE_QUERY, str(copy), str(rq)], checkout)[3])
                     for _ in range(runs)]
            whole = [child([sys.executable, "-m", "kg.cli", "query", str(rq), "--build", str(copy), "--format", "csv"],
                           checkout)[0] for _ in range(runs)]
            out = child([sys.executable, "-m", "kg.cli", "query", str(rq), "--build", str(copy), "--format", "csv"],
                        checkout)[3]
            rows = len(list(csv.reader(io.StringIO(out)))) - 1
            res["queries"][rq.stem] = {"rows": rows, "query_s": spread(alone), "kg_query_s": spread(whole)}
    return res


def print_build(res: dict) -> None:
    def mmm(s: dict, fmt: str = "{:.2f}") -> str:
        return " / ".join(fmt.format(s[k]) for k in ("min", "median", "max"))
    load = res["load"]
    print(f"{res['build']}: {res['quads']:,} quads in {res['graphs']:,} graphs; kg and queries of {res['checkout']}")
    print(f"store first load (s, min / median / max): {mmm(load['seconds'])}; CPU s {mmm(load['cpu_seconds'])};"
          f" peak MB {mmm(load['peak_mb'], '{:.0f}')}; {load['said']}")
    print(f"{'query':30} {'rows':>7} {'query s (min / median / max)':>30} {'kg query s (min / median / max)':>33}")
    for name, q in res["queries"].items():
        print(f"{name:30} {q['rows']:>7} {mmm(q['query_s']):>30} {mmm(q['kg_query_s']):>33}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--skip-rdflib", action="store_true")
    ap.add_argument("--build", type=Path, help="a build folder: time its store's first load and the example queries")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--checkout", type=Path, default=ROOT, help="the checkout whose kg and queries/ to run")
    ap.add_argument("--load-only", action="store_true", help="with --build: time the store's first load, no queries")
    ap.add_argument("--phases", action="store_true", help="with --build: time each step of one first load")
    args = ap.parse_args()
    if args.build and args.phases:
        res = bench_phases(args.build.resolve(), args.checkout.resolve())
        for name, step in res.items():
            mb = "" if step["mb_written"] is None else f", {step['mb_written']:,.0f} MB written"
            print(f"{name:28} {step['seconds']:7.2f} s, CPU {step['cpu_seconds']:6.2f} s{mb}")
        print("\n" + json.dumps(res, indent=2))
        return
    if args.build:
        res = bench_build(args.build.resolve(), args.checkout.resolve(), args.runs, args.load_only)
        print_build(res)
        print("\n" + json.dumps(res, indent=2, ensure_ascii=False))
        return
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
