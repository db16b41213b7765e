"""Command line: ``kg build [DIR_OR_FILES...] [--out OUT]``.

Exit codes: 0 every input was read, 1 some inputs failed (each is named on
stderr and in report.json; the others are built), 2 usage error, 3 the
output could not be written (a full disk, a file size limit, no memory, no
permission, or another build writing the folder; the previous output stays).
"""
from __future__ import annotations

import argparse
import functools
import gc
import os
import sys
import time
from pathlib import Path

OUTPUTS = {"graph.ttl": "turtle", "graph.parts.json": "parts", "records.jsonl": "records", "graph.html": "html",
           "report.json": "report"}


class Progress:
    """A one-line progress bar on stderr, shown only for many files on a terminal."""

    def __init__(self, total: int) -> None:
        self.total, self.done = total, 0
        self.enabled = total >= 20 and sys.stderr.isatty()

    def __call__(self, _doc) -> None:
        self.done += 1
        if self.enabled:
            filled = int(30 * self.done / self.total)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total}")
            if self.done == self.total:
                sys.stderr.write("\n")


def cmd_build(args: argparse.Namespace) -> int:
    """``_build`` as the one writer of its output folder; an output that
    cannot be written is one line and exit code 3."""
    from .exports import WriteError, writer
    try:
        with writer(Path(args.out)):
            return _build(args)
    except WriteError as exc:
        print(f"kg build: {exc}", file=sys.stderr)
        return 3


def _save_cache(assembled, version: str, out: Path, cache: Path, engine) -> None:
    """The snapshot for the next build; the cache only saves time, so one
    that cannot be written is skipped with a warning."""
    from . import assembly
    problem = engine.cache.unwritable
    if problem is None:
        try:
            assembly.save(assembled.snapshot(version, out), cache)
        except OSError as exc:
            problem = exc.strerror or str(exc)
    if problem is not None:
        print(f"kg: {cache}: warning: cache not written ({problem}); the next build extracts every document again",
              file=sys.stderr)


def _build(args: argparse.Namespace) -> int:
    from . import assembly
    from .engines import make, pipeline_version
    from .exports import Build, Staging, report
    from .forked import Forked
    from .ingest import find_inputs, read_sources
    from .pipeline import build
    from .validate import validate_parts

    started = time.perf_counter()
    # A build keeps every fact of the corpus in memory: full collections of
    # that heap cost a third of a large build. Young objects are still
    # collected; the corpus's own objects form no cycles.
    gc.set_threshold(10_000, 10, 1_000_000)
    paths = args.inputs or ["seeds"]
    files, _ = find_inputs(paths)
    out = Path(args.out)
    cache = None if args.no_cache else out / ".cache"
    previous = assembly.previous_build(out, cache, pipeline_version()) if cache is not None else None
    engine = make(args.engine, args.workers, args.scheduler, cache,
                  held=previous.snapshot.documents if previous is not None else ())
    staging = Staging(out, OUTPUTS)
    check = None
    try:
        try:
            corpus = build(read_sources(paths, max_bytes=int(args.max_mb * 1024 * 1024)), engine,
                           observers=(Progress(len(files)),))
        finally:
            engine.close()
        for f in corpus.failures:
            print(f"kg: {f.path}: {f.reason}", file=sys.stderr)
        if not corpus.docs:
            print("kg: no document could be read; nothing written", file=sys.stderr)
            return 1
        t = time.perf_counter()
        spare = args.workers if args.engine == "local" else 1  # processes this machine gave the build
        assembled = assembly.assemble(corpus.docs, previous, reload=engine.cache.get if cache is not None else None,
                                      jobs=spare)
        for doc in assembled.docs:
            for w in doc.document.warnings:
                print(f"kg: {doc.document.source}: warning: {w}", file=sys.stderr)
        bundle = Build.of(corpus, assembled)
        corpus.seconds["assemble"] = time.perf_counter() - t
        t = time.perf_counter()
        validate = functools.partial(validate_parts, bundle.parts, args.validate, cache, described=assembled.described())
        # With workers to spare, the SHACL check runs in its own process
        # while this one lays out and writes the outputs (report.json, which
        # holds its result, last).
        if spare > 1:
            check = Forked(validate)
        else:
            corpus.validation = validate()
        corpus.seconds["validate"] = time.perf_counter() - t
        t = time.perf_counter()
        assembled.lay_out()
        staging.begin()
        for name in OUTPUTS:
            if name != "report.json":
                staging.write(bundle, name)
        if check is not None:
            waited = time.perf_counter()
            corpus.validation = check.result()
            waited = time.perf_counter() - waited
            corpus.seconds["validate"] += waited  # what the check added to the build's time
            t += waited
        staging.write(bundle, "report.json")
        staging.end()
        if cache is not None:
            _save_cache(assembled, pipeline_version(), out, cache, engine)
        corpus.seconds["export"] = time.perf_counter() - t
    except BaseException:
        if check is not None:
            check.kill()
        staging.abort()
        raise
    totals = report(corpus, assembled)
    total = time.perf_counter() - started
    print(f"{totals['documents']} documents, {totals['failed']} failed, {sum(p.triples for p in bundle.parts)} quads -> {out}/")
    print("entities:  " + ", ".join(f"{k} {v}" for k, v in totals["entities"].items()))
    print("relations: " + ", ".join(f"{k} {v}" for k, v in totals["relations"].items()))
    print(f"measures:  {totals['measures']}")
    v = corpus.validation
    if v["mode"] != "off":
        verdict = "conforms" if v["conforms"] else f"{v['violations']} violations (kg validate --build {out})"
        print(f"shapes:    {verdict} ({v['mode']}: {v['triples_checked']} of {v['triples']} triples)")
    print(f"seconds:   {total:.2f} (" + ", ".join(f"{k} {v:.2f}" for k, v in totals["seconds"].items()) + ")")
    return 1 if corpus.failures else 0


def _store_note(how: dict) -> str:
    if how["mode"] == "current":
        return "store: up to date"
    if how["mode"] == "loaded":
        return f"store: loaded {how['quads']} quads in {how['seconds']:.2f} s"
    return (f"store: updated in {how['seconds']:.2f} s ({how['graphs_replaced']} graphs replaced, "
            f"{how['graphs_removed']} removed)")


def _say_store(how: dict) -> None:
    """A command that made or updated the store before reading it says so."""
    if how["mode"] != "current":
        print(f"kg: {_store_note(how)}", file=sys.stderr)


def cmd_store(args: argparse.Namespace) -> int:
    from .store import NoBuild, ensure
    try:
        how = ensure(Path(args.build))
    except NoBuild as exc:
        print(f"kg store: {exc}", file=sys.stderr)
        return 2
    print(f"{_store_note(how)} -> {Path(args.build) / 'store'}")
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from .query import QueryError, read_query, render, run
    from .store import NoBuild
    try:
        result = run(Path(args.build), read_query(args.query), said=_say_store)
        sys.stdout.write(render(result, args.format))
    except (QueryError, NoBuild) as exc:
        print(f"kg query: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import shutil
    from .store import NoBuild, ensure, location
    try:
        _say_store(ensure(Path(args.build)))
        store = location(Path(args.build))
    except NoBuild as exc:
        print(f"kg serve: {exc}", file=sys.stderr)
        return 2
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(binary).exists():
        print("kg serve: the oxigraph server is not installed (pip install oxigraph)", file=sys.stderr)
        return 2
    host = "0.0.0.0" if args.public else "127.0.0.1"
    print(f"SPARQL endpoint (read-only): http://{host}:{args.port}/query", file=sys.stderr, flush=True)
    os.execv(binary, [binary, "serve-read-only", "--location", str(store), "--bind", f"{host}:{args.port}",
                      "--union-default-graph"])


def cmd_validate(args: argparse.Namespace) -> int:
    from rdflib import Graph
    from .validate import validate_graph
    path = Path(args.build) / "graph.ttl"
    if not path.exists():
        print(f"kg validate: {path}: no graph (run `kg build --out {args.build}` first)", file=sys.stderr)
        return 2
    g = Graph()
    g.parse(path, format="turtle")
    violations = validate_graph(g)
    for v in violations:
        print(v)
    print(f"{len(violations)} violations in {path}" if violations else f"{path} conforms to ontology/shapes.ttl")
    return 1 if violations else 0


def cmd_html(args: argparse.Namespace) -> int:
    from .exports import read_records
    from .html import render
    from .store import NoBuild
    build = Path(args.build)
    try:
        records, titles = read_records(build)
    except NoBuild as exc:
        print(f"kg html: {exc}", file=sys.stderr)
        return 2
    try:
        page, shown = render(records, titles, focus=args.focus, hops=args.hops, max_nodes=args.max_nodes)
    except KeyError as exc:
        print(f"kg html: {exc.args[0]}", file=sys.stderr)
        return 2
    out = Path(args.output) if args.output else build / "graph.html"
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(out)
    for note in shown.notes:
        print(note, file=sys.stderr)
    print(f"{len(shown.entities)} nodes, {len(shown.relations)} relations -> {out}")
    return 0


EXPORT_FORMATS = {"trig": "graph.trig", "nquads": "graph.nq", "ntriples": "graph.nt", "turtle": "graph.ttl",
                  "jsonld": "graph.jsonld", "graphml": "graph.graphml", "neo4j": "neo4j"}


def cmd_export(args: argparse.Namespace) -> int:
    from .exports import Build, write_one
    from .store import NoBuild
    try:
        bundle = Build.load(Path(args.build))
    except NoBuild as exc:
        print(f"kg export: {exc}", file=sys.stderr)
        return 2
    path = Path(args.output) if args.output else Path(args.build) / EXPORT_FORMATS[args.format]
    write_one(bundle, args.format, path)
    print(f"{args.format} -> {path}")
    return 0


def cmd_push(args: argparse.Namespace) -> int:
    from .exports import Build
    from .push import PushError, push
    from .store import NoBuild
    try:
        bundle = Build.load(Path(args.build))
        sent = push(bundle.dataset, args.endpoint, graph=args.graph, replace=not args.add)
    except (NoBuild, PushError) as exc:
        print(f"kg push: {exc}", file=sys.stderr)
        return 1
    for graph, n in sent:
        print(f"{n} triples -> {graph}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kg", description="Knowledge graphs from Chinese policy and industry news.")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="extract a graph from .txt/.html files or folders (default: seeds/)")
    b.add_argument("inputs", nargs="*", help="files or folders (default: seeds)")
    b.add_argument("--out", default="out", help="output folder (default: out)")
    b.add_argument("--max-mb", type=float, default=32, help="skip (and report) files larger than this (default: 32)")
    b.add_argument("--workers", type=int, default=1, help="extract with N processes (default: 1)")
    b.add_argument("--engine", choices=("local", "dask"), default="local", help="where extraction runs (default: local)")
    b.add_argument("--scheduler", help="with --engine dask: the scheduler's address (default: a local cluster)")
    b.add_argument("--validate", choices=("auto", "full", "sample", "off"), default="auto",
                   help="SHACL check: full up to 20,000 triples, a sample beyond (default: auto)")
    b.add_argument("--no-cache", action="store_true", help="ignore and do not write the extraction cache (OUT/.cache)")
    b.set_defaults(func=cmd_build)
    q = sub.add_parser("query", help="run SPARQL (text or a .rq file) against a build")
    q.add_argument("query", help="SPARQL text or a .rq file")
    q.add_argument("--build", default="out", help="build folder (default: out)")
    q.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table")
    q.set_defaults(func=cmd_query)
    s = sub.add_parser("serve", help="SPARQL 1.1 Protocol endpoint over a build (read-only)")
    s.add_argument("--build", default="out", help="build folder (default: out)")
    s.add_argument("--port", type=int, default=7878)
    s.add_argument("--public", action="store_true", help="listen on every interface, not only 127.0.0.1")
    s.set_defaults(func=cmd_serve)
    h = sub.add_parser("html", help="draw a build, or a neighbourhood of it, as an explorer page")
    h.add_argument("--build", default="out", help="build folder (default: out)")
    h.add_argument("-o", "--output", help="the page to write (default: BUILD/graph.html)")
    h.add_argument("--focus", help="draw only the neighbourhood of this entity (name or alias)")
    h.add_argument("--hops", type=int, default=2, help="neighbourhood radius with --focus (default: 2)")
    h.add_argument("--max-nodes", type=int, help="keep only the N best-connected nodes")
    h.set_defaults(func=cmd_html)
    e = sub.add_parser("export", help="write a build in another format")
    e.add_argument("--format", required=True, choices=sorted(EXPORT_FORMATS))
    e.add_argument("--build", default="out", help="build folder (default: out)")
    e.add_argument("-o", "--output", help="file (folder for neo4j) to write (default: in the build folder)")
    e.set_defaults(func=cmd_export)
    pu = sub.add_parser("push", help="send a build to a SPARQL 1.1 Graph Store Protocol endpoint")
    pu.add_argument("endpoint", help="the Graph Store endpoint, e.g. http://localhost:7878/store or http://host:3030/ds/data")
    pu.add_argument("--build", default="out", help="build folder (default: out)")
    pu.add_argument("--graph", help="send everything into this one named graph (default: each document's graph and the default graph)")
    pu.add_argument("--add", action="store_true", help="add to the graphs (POST) instead of replacing them (PUT)")
    pu.set_defaults(func=cmd_push)
    st = sub.add_parser("store", help="make or update a build's SPARQL store now (query and serve do it when needed)")
    st.add_argument("--build", default="out", help="build folder (default: out)")
    st.set_defaults(func=cmd_store)
    v = sub.add_parser("validate", help="check a build against the SHACL shapes")
    v.add_argument("--build", default="out", help="build folder (default: out)")
    v.set_defaults(func=cmd_validate)
    args = parser.parse_args(argv)
    return args.func(args)


def run() -> None:
    """The ``kg`` command: ``main``, then exit without tearing the
    interpreter down. A build leaves hundreds of megabytes of objects that
    the system frees at once and the interpreter would free one by one
    (0.1 to 0.2 s of a 1.5 s rebuild); every output is written and closed
    by then, and the engines' processes are shut down."""
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    run()
