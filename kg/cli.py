"""Command line: ``kg build [DIR_OR_FILES...] [--out OUT]``.

Exit codes: 0 every input was read, 1 some inputs failed (each is named on
stderr and in report.json; the others are built), 2 usage error, 3 the
output could not be written (a full disk, a file size limit, no memory, no
permission, or another build writing the folder; the previous output stays).
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import itertools
import os
import sys
import time
from pathlib import Path

from kg.doc.settings import DEFAULT, ENGINES, VALIDATION, Settings

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
    settings = Settings.of(workers=args.workers, engine=args.engine, scheduler=args.scheduler, validate=args.validate,
                           cache=not args.no_cache, max_mb=args.max_mb)
    return build_command(args.inputs or ["seeds"], Path(args.out), settings)


def build_command(paths: list[str], out: Path, settings: Settings) -> int:
    """``kg build`` of ``paths`` into ``out`` with ``settings`` (what
    ``kg.build`` runs too): ``_build``, which holds the output folder's lock
    (``writer``) until it ends; an output that cannot be written is one line
    and exit code 3. The process is left as it was found."""
    from kg.engine.staging import WriteError
    try:
        with contextlib.ExitStack() as stack:
            stack.enter_context(_few_full_collections())
            return _build(paths, out, settings, stack)
    except WriteError as exc:
        print(f"kg build: {exc}", file=sys.stderr)
        return 3


@contextlib.contextmanager
def _few_full_collections():
    """A build keeps every fact of the corpus in memory: full collections of
    that heap cost a third of a large build. Young objects are still
    collected; the corpus's own objects form no cycles. The thresholds are
    the process's, so they are put back after."""
    before = gc.get_threshold()
    gc.set_threshold(10_000, 10, 1_000_000)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _begin_snapshot(assembled, cache: Path):
    """The snapshot's file, its entities written (``SnapshotFile.entities``),
    or the OSError that stopped them: what ``_save_cache`` finishes."""
    from kg.engine import assembly
    file = assembly.SnapshotFile(cache)
    try:
        return file, file.entities(assembled.entities)
    except OSError as exc:
        return file, exc


def _save_cache(assembled, version: str, out: Path, cache: Path, engine, begun=None) -> None:
    """The snapshot for the next build (its file, if ``_begin_snapshot``
    began it); the cache only saves time, so one that cannot be written is
    skipped with a warning."""
    from kg.engine import assembly
    problem = engine.cache.unwritable
    if problem is None:
        try:
            if begun is None:
                assembly.save(assembled.snapshot(version, out), cache)
            else:
                file, entities = begun
                if isinstance(entities, OSError):
                    raise entities
                file.finish(assembled.snapshot(version, out), entities)
        except OSError as exc:
            if begun is not None:
                begun[0].abort()
            problem = exc.strerror or str(exc)
    if problem is not None:
        print(f"kg: {cache}: warning: cache not written ({problem}); the next build extracts every document again",
              file=sys.stderr)


def _build(paths: list[str], out: Path, settings: Settings, stack: contextlib.ExitStack) -> int:
    from kg.engine import assembly
    from kg.engine.engines import build, make, pipeline_version, spilling
    from kg.engine.fresh import FreshBuild, report
    from kg.engine.staging import Publication, WriteError, writer
    from kg.engine.forked import Forked
    from kg.serve.validate import validate_parts

    started = time.perf_counter()
    problem = _out_problem(out)
    if problem:
        print(f"kg build: --out {out}: {problem}", file=sys.stderr)
        return 2
    files, found_failures = _build_inputs(paths, out)
    if not files and not found_failures:
        print(f"kg build: {_nothing_to_read(paths)}", file=sys.stderr)
        return 2
    stack.enter_context(writer(out))  # one build at a time writes OUT
    cache = out / ".cache" if settings.cache else None
    version = pipeline_version(settings)
    previous = assembly.previous_build(out, cache, version) if cache is not None else None
    # What the build writes once and reads back waits on disk, in the
    # cache or a folder emptied after the build: each document's piece,
    # from when it arrives, and the entities' sightings and pieces.
    spill = stack.enter_context(spilling(out))
    engine = make(settings.engine, settings.workers, settings.scheduler, cache,
                  unchanged=previous.snapshot.documents if previous is not None else (), spill_dir=spill, settings=settings)
    sightings = assembly.Sightings(previous, spill)
    staging = Publication(out, OUTPUTS)
    check = page = snapshot = None
    try:
        try:
            sources = itertools.chain(found_failures, engine.inputs(files, max_bytes=int(settings.limits.max_mb * 1024 * 1024)))
            corpus = build(sources, engine, observers=(Progress(len(files)), sightings))
        finally:
            engine.close()
        for f in corpus.failures:
            print(f"kg: {f.path}: {f.reason}", file=sys.stderr)
        if not corpus.docs:
            print("kg: no document could be read; nothing written", file=sys.stderr)
            return 1
        t = time.perf_counter()
        spare = settings.workers if settings.engine == "local" else 1  # processes this machine gave the build
        assembled = assembly.assemble(corpus.docs, previous, reload=engine.cache.get if cache is not None else None,
                                      jobs=spare, sightings=sightings, settings=settings)
        for doc in assembled.docs:
            for w in doc.document.warnings:
                print(f"kg: {doc.document.source}: warning: {w}", file=sys.stderr)
        bundle = FreshBuild(corpus, assembled)
        corpus.seconds["assemble"] = time.perf_counter() - t
        t = time.perf_counter()
        validate = functools.partial(validate_parts, bundle.parts, settings.validate, cache, default_graph=assembled.default_graph())
        # With workers to spare, the SHACL check runs in its own process
        # while this one lays out and writes the outputs (report.json, which
        # holds its result, last).
        if spare > 1:
            check = Forked(validate)
        else:
            corpus.validation = validate()
        corpus.seconds["validate"] = time.perf_counter() - t
        t = time.perf_counter()
        staging.begin()
        if spare > 1:
            # The page (its layout: the longest output to write) is written
            # in a process of its own, while this one writes the others and
            # the snapshot's entities.
            page = staging.write_forked(bundle, "graph.html", lambda: [d.spans["chunk"] for d in assembled.by_document])
        for name in OUTPUTS:
            if name != "report.json" and not (name == "graph.html" and page is not None):
                staging.write(bundle, name)
        if page is not None:
            if cache is not None and engine.cache.unwritable is None:
                snapshot = _begin_snapshot(assembled, cache)
            spans = page.result()
            if isinstance(spans, WriteError):
                raise spans
            for doc, span in zip(assembled.by_document, spans):
                doc.spans["chunk"] = span  # where the snapshot says its chunk lies
        if check is not None:
            waited = time.perf_counter()
            corpus.validation = check.result()
            waited = time.perf_counter() - waited
            corpus.seconds["validate"] += waited  # what the check added to the build's time
            t += waited
        staging.write(bundle, "report.json")
        staging.end()
        if cache is not None:
            _save_cache(assembled, version, out, cache, engine, snapshot)
        corpus.seconds["export"] = time.perf_counter() - t
    except BaseException:
        for forked in (check, page):
            if forked is not None:
                forked.kill()
        if snapshot is not None:
            snapshot[0].abort()
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


def _out_problem(out: Path) -> str | None:
    """Why ``out`` cannot be a build's folder: it, or a folder above it, is a file."""
    for p in (out, *out.parents):
        if p.exists():
            return None if p.is_dir() else f"{p} is a file, not a folder"
    return None


def _is_build(folder: Path) -> bool:
    return (folder / "graph.parts.json").is_file() and (folder / "report.json").is_file()


def _build_inputs(paths: list[str], out: Path) -> tuple[list, list]:
    """The input files (found by path, and by URL: ``kg.engine.remote``)
    and the failures met finding them, less what a build wrote: a folder
    given as input may hold this build's output folder, or another build's
    (its graph.html, its exports), which is not news. Files named one by one
    are always read."""
    from kg.engine.remote import find_urls, is_url
    from kg.extraction.ingest import find_inputs
    urls = [p for p in paths if is_url(p)]
    remote, remote_failures = find_urls(urls) if urls else ([], [])
    paths = [p for p in paths if not is_url(p)]
    files, failures = find_inputs(paths)
    out = out.resolve()
    # A file:// URL names a local folder or file: what a build wrote there is skipped too.
    local = paths + [u[len("file://"):] for u in urls if u.startswith("file://")]
    folders = [Path(p).resolve() for p in local if Path(p).is_dir()]
    builds: dict[Path, bool] = {}  # folder -> whether it lies in a build folder

    def written(f: Path) -> bool:
        return written_in(f.resolve().parent if f.is_symlink() else f.parent)

    @functools.cache  # a folder's files are thousands
    def written_in(folder: Path) -> bool:
        here = folder.resolve()
        top = next((d for d in folders if here.is_relative_to(d)), None)
        if top is None:
            return False
        for d in (here, *here.parents):
            if d in builds:
                return builds[d]
            if d == out or _is_build(d):
                builds[d] = True
                print(f"kg build: skipping {os.path.relpath(d)}/ (a build's output)", file=sys.stderr)
                return True
            if d == top:
                break
        builds[here] = False
        return False

    named = {Path(p) for p in local}
    files = [f for f in files if f in named or not written(f)]
    if remote:
        remote = [r for r in remote if is_url(r.source) or Path(r.source) in named or not written(Path(r.source))]
        files = sorted(files + remote, key=str)
    return files, failures + remote_failures


def _nothing_to_read(paths: list[str]) -> str:
    """What the inputs hold when none is a document: the files found and
    skipped, and what is read."""
    from kg.extraction.ingest import SUFFIXES
    others = []
    for p in map(Path, paths):
        if p.is_dir():
            others += sorted(f for f in p.rglob("*") if f.is_file())
    kinds = ", ".join(SUFFIXES)
    if not others:
        return f"no input file in {', '.join(paths)} (kg reads {kinds} files)"
    shown = ", ".join(str(f) for f in others[:5]) + (f" and {len(others) - 5} more" if len(others) > 5 else "")
    return f"no document to read: found {len(others)} file(s), none of them {kinds}, skipped: {shown}"


def _store_note(how: dict) -> str:
    if how["mode"] == "current":
        return "store: up to date"
    if how["mode"] == "loaded":
        return f"store: loaded {how['quads']} quads in {how['seconds']:.2f} s"
    return (f"store: updated in {how['seconds']:.2f} s ({how['graphs_replaced']} graphs replaced, "
            f"{how['graphs_removed']} removed)")


def _loading(what: str) -> None:
    """What the store is doing while a command waits for it."""
    print(f"kg: {what}", file=sys.stderr, flush=True)


def _say_store(how: dict) -> None:
    """A command that made or updated the store before reading it says so."""
    if how["mode"] != "current":
        print(f"kg: {_store_note(how)}", file=sys.stderr)


def cmd_store(args: argparse.Namespace) -> int:
    from kg.serve.store import NoBuild, ensure
    try:
        how = ensure(Path(args.build), _loading)
    except NoBuild as exc:
        print(f"kg store: {exc}", file=sys.stderr)
        return 2
    print(f"{_store_note(how)} -> {Path(args.build) / 'store'}")
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from kg.serve.query import QueryError, read_query, render, run
    from kg.serve.store import NoBuild
    try:
        query = read_query(args.query)
        sys.stdout.write(render(run(Path(args.build), query, on_store=_say_store, federation=args.federation,
                                    progress=_loading), args.format,
                                query))
    except (QueryError, NoBuild) as exc:
        print(f"kg query: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # met while reading the answer: a SERVICE that failed (--federation)
        print(f"kg query: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 1
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import shutil
    from kg.serve.endpoint import PrefixFront, free_port
    from kg.serve.store import NoBuild, ensure, held
    host = "0.0.0.0" if args.public else "127.0.0.1"
    if args.public:
        print("kg serve: warning: --public: the graph is readable by anyone who can reach this machine "
              "(every interface, no authentication)", file=sys.stderr)
    try:
        front = PrefixFront(host, args.port, timeout=args.timeout, max_bytes=int(args.max_result_mb * 1e6),
                            federation=args.federation)  # taken first: a busy port is said before anything starts
    except OSError as exc:
        print(f"kg serve: cannot listen on {host}:{args.port}: {exc.strerror} (choose another with --port)",
              file=sys.stderr)
        return 2
    with front:
        try:
            _say_store(ensure(Path(args.build), _loading))
            store = held(Path(args.build))  # kept while this server runs, whatever rebuilds come
        except NoBuild as exc:
            print(f"kg serve: {exc}", file=sys.stderr)
            return 2
        binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
        if not Path(binary).exists():
            print("kg serve: the oxigraph server is not installed (pip install oxigraph)", file=sys.stderr)
            return 2
        # Oxigraph answers on loopback behind the front, which declares the project's prefixes in each query.
        backend = free_port()
        failed = front.serve([binary, "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{backend}",
                              "--union-default-graph"], backend,
                             announce=f"SPARQL endpoint (read-only): http://{host}:{front.port}/query")
    if failed:
        print(f"kg serve: {failed}", file=sys.stderr)
        return 1
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from rdflib import Graph
    from kg.serve.validate import validate_graph
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
    from kg.engine.staging import write_atomic
    from kg.exporters.view import read_records
    from kg.exporters.html import render
    from kg.serve.store import NoBuild
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
    # A neighbourhood gets a page of its own: it never replaces the build's whole graph.html.
    default = "graph-" + "".join("_" if c in '\\/:*?"<>|' or c.isspace() else c for c in args.focus) + ".html" \
        if args.focus else "graph.html"
    out = Path(args.output) if args.output else build / default
    write_atomic(out, page.encode())
    for note in shown.notes:
        print(note, file=sys.stderr)
    print(f"{len(shown.entities)} nodes, {len(shown.relations)} relations -> {out}")
    return 0


EXPORT_FORMATS = {"trig": "graph.trig", "nquads": "graph.nq", "ntriples": "graph.nt", "turtle": "graph.ttl",
                  "jsonld": "graph.jsonld", "rdfxml": "graph.rdf", "graphml": "graph.graphml", "neo4j": "neo4j"}
# The other names users type for a format, file extensions among them.
FORMAT_NAMES = {"nq": "nquads", "n-quads": "nquads", "nt": "ntriples", "n-triples": "ntriples", "ttl": "turtle",
                "json-ld": "jsonld", "json": "jsonld", "rdf": "rdfxml", "xml": "rdfxml", "rdf/xml": "rdfxml",
                "owl": "rdfxml"}
EXPORT_NAMES = [n + "".join(f" ({a})" for a, f in FORMAT_NAMES.items() if f == n and a in ("nq", "nt", "ttl", "json-ld", "xml"))
                for n in EXPORT_FORMATS]


def export_format(name: str | None, output: str | None) -> str:
    """The export format from its name, or else from the extension of the
    file to write; ValueError says what is missing."""
    if name is None:
        ext = Path(output).suffix.lstrip(".").lower() if output else ""
        name = FORMAT_NAMES.get(ext, ext)
        if name not in EXPORT_FORMATS:
            raise ValueError(f"which format? name it (-f ttl) or write a file whose extension tells (-o graph.ttl); "
                             f"formats: {', '.join(EXPORT_NAMES)}")
    fmt = FORMAT_NAMES.get(name, name)
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown format {name!r}; formats: {', '.join(EXPORT_NAMES)}")
    return fmt


def cmd_export(args: argparse.Namespace) -> int:
    from kg.engine.staging import write_one
    from kg.exporters.view import SavedBuild
    from kg.serve.store import NoBuild
    try:
        fmt = export_format(args.format, args.output)
        bundle = SavedBuild(Path(args.build))
    except (ValueError, NoBuild) as exc:
        print(f"kg export: {exc}", file=sys.stderr)
        return 2
    path = Path(args.output) if args.output else Path(args.build) / EXPORT_FORMATS[fmt]
    write_one(bundle, fmt, path)
    print(f"{fmt} -> {path}")
    return 0


def _endpoint_problem(endpoint: str) -> str | None:
    """Why ``endpoint`` is no URL to push to."""
    import urllib.parse
    url = urllib.parse.urlsplit(endpoint)
    if url.scheme not in ("http", "https") or not url.netloc:
        return f"{endpoint}: the endpoint is a URL starting with http:// or https:// (e.g. http://{endpoint.split('://')[-1]})"
    return None


def cmd_push(args: argparse.Namespace) -> int:
    from kg.exporters.view import SavedBuild
    from kg.serve.push import PushError, push
    from kg.serve.store import NoBuild
    problem = _endpoint_problem(args.endpoint)
    if problem:
        print(f"kg push: {problem}", file=sys.stderr)
        return 2
    try:
        bundle = SavedBuild(Path(args.build))
    except NoBuild as exc:
        print(f"kg push: {exc}", file=sys.stderr)
        return 2
    try:
        sent = push(bundle.dataset, args.endpoint, graph=args.graph, replace=not args.add)
    except PushError as exc:
        print(f"kg push: {exc}", file=sys.stderr)
        return 1
    for graph, n in sent:
        print(f"{n} triples -> {graph}")
    return 0


def _at_least(low: float, kind: type = int, high: float | None = None):
    """An argparse type: a number of ``kind`` from ``low`` (to ``high``)."""
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not {'a whole' if kind is int else 'a'} number") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"must be at least {low}, not {text}")
        if high is not None and value > high:
            raise argparse.ArgumentTypeError(f"must be at most {high}, not {text}")
        return value
    return parse


def _above_zero(text: str) -> float:
    """An argparse type: a number greater than 0."""
    value = _at_least(0, float)(text)
    if value == 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return value


class _Help(argparse.RawDescriptionHelpFormatter):
    """Help that shows each option's default (unless its text already says
    it) and keeps the examples' lines as written."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        if action.option_strings and "default" not in text and action.default not in (None, False, argparse.SUPPRESS):
            text += " (default: %(default)s)"
        return text


EXAMPLES = {
    "build": ["kg build                        # seeds/ into out/", "kg build news/ -o out/ --workers 2",
              "kg build a.txt b.html -o /tmp/g"],
    "query": ["kg query queries/top-sectors.rq", "kg query 'SELECT * WHERE { ?s kg:issues ?p }' -f csv",
              "kg query - < q.rq                # the query on standard input",
              "kg query 'CONSTRUCT { ?s ?p ?o } WHERE { ?s kg:issues ?o ; ?p ?o }' -f nt"],
    "serve": ["kg serve                        # http://127.0.0.1:7878/query", "kg serve -b out/ --port 8000"],
    "html": ["kg html --focus 天津市 --hops 2 -o tianjin.html", "kg html --max-nodes 500"],
    "export": ["kg export -f ttl                # out/graph.ttl", "kg export -o graph.nt           # the format from the extension",
               "kg export -f neo4j -o neo4j/"],
    "push": ["kg push http://localhost:7878/store", "kg push http://localhost:3030/kg/data --add"],
    "store": ["kg store -b out/"],
    "validate": ["kg validate -b out/"],
    "help": ["kg help build"],
}


class _Version(argparse.Action):
    """--version, looked up only when asked (reading the package metadata slows every start)."""

    def __init__(self, option_strings, dest, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from importlib.metadata import PackageNotFoundError, version
        try:
            print(f"kg {version('kg')}")
        except PackageNotFoundError:  # run from a source tree that was never installed
            print("kg (not installed)")
        parser.exit()


def _suggest(parser: argparse.ArgumentParser, commands: dict, argv: list[str]) -> None:
    """An unknown command is answered with the nearest one, as git does."""
    import difflib
    word = next((a for a in argv if not a.startswith("-")), None)
    if word is not None and word not in commands:
        close = difflib.get_close_matches(word, commands, n=1, cutoff=0.5)
        parser.error(f"unknown command '{word}'" + (f"; did you mean {close[0]}?" if close else "")
                     + f" (commands: {', '.join(commands)})")


def cmd_help(args: argparse.Namespace) -> int:
    parser, commands = args.parsers
    if args.topic is None:
        parser.print_help()
    elif args.topic in commands:
        commands[args.topic].print_help()
    else:
        _suggest(parser, commands, [args.topic])
    return 0


def make_parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """The parser and each command's own."""
    parser = argparse.ArgumentParser(prog="kg", description="Knowledge graphs from Chinese policy and industry news.",
                                     epilog="kg help CMD (or kg CMD --help) tells more of each command.")
    parser.add_argument("-V", "--version", action=_Version)
    sub = parser.add_subparsers(dest="command", required=True, metavar="CMD")
    commands: dict[str, argparse.ArgumentParser] = {}

    def command(name: str, summary: str, func) -> argparse.ArgumentParser:
        epilog = "examples:\n" + "\n".join("  " + e for e in EXAMPLES[name])
        p = commands[name] = sub.add_parser(name, help=summary, description=summary, epilog=epilog, formatter_class=_Help)
        p.set_defaults(func=func)
        return p

    def build_folder(p: argparse.ArgumentParser) -> None:
        p.add_argument("-b", "--build", default="out", help="build folder")

    b = command("build", "extract a graph from .txt/.html files or folders", cmd_build)
    b.add_argument("inputs", nargs="*", help="files or folders (default: seeds)")
    b.add_argument("-o", "--out", default="out", help="output folder")
    b.add_argument("--max-mb", type=_above_zero, default=DEFAULT.limits.max_mb,
                   help="skip (and report) files larger than this many MB")
    b.add_argument("--workers", type=_at_least(1), default=DEFAULT.workers, help="extract with N processes")
    b.add_argument("--engine", choices=ENGINES, default=DEFAULT.engine, help="where extraction runs")
    b.add_argument("--scheduler", help="with --engine dask: the scheduler's address (default: a local cluster)")
    b.add_argument("--validate", choices=VALIDATION, default=DEFAULT.validate,
                   help="SHACL check: full up to 20,000 triples, a sample beyond")
    b.add_argument("--no-cache", action="store_true", help="ignore and do not write the extraction cache (OUT/.cache)")
    q = command("query", "run SPARQL (text, a .rq file, or - for standard input) against a build", cmd_query)
    q.add_argument("query", help="SPARQL text, a .rq file, or - to read standard input")
    build_folder(q)
    q.add_argument("-f", "--format",
                   help="SELECT and ASK: table, csv, tsv, json (default: table); "
                        "CONSTRUCT and DESCRIBE: ttl, nt, jsonld (default: ttl)")
    s = command("serve", "SPARQL 1.1 Protocol endpoint over a build (read-only)", cmd_serve)
    build_folder(s)
    s.add_argument("--port", type=_at_least(0, high=65535), default=7878, help="TCP port")
    s.add_argument("--public", action="store_true", help="listen on every interface, not only 127.0.0.1")
    _guard_options(q, s)
    h = command("html", "draw a build, or a neighbourhood of it, as an explorer page", cmd_html)
    build_folder(h)
    h.add_argument("-o", "--output", help="the page to write (default: BUILD/graph.html, with --focus X BUILD/graph-X.html)")
    h.add_argument("--focus", help="draw only the neighbourhood of this entity (name or alias)")
    h.add_argument("--hops", type=_at_least(0), default=2, help="neighbourhood radius with --focus")
    h.add_argument("--max-nodes", type=_at_least(1), help="keep only the N best-connected nodes")
    e = command("export", "write a build in another format", cmd_export)
    e.add_argument("-f", "--format", type=str.lower, metavar="FORMAT",
                   help=f"one of {', '.join(EXPORT_NAMES)} (default: from -o's extension)")
    build_folder(e)
    e.add_argument("-o", "--output", help="file (folder for neo4j) to write (default: in the build folder)")
    pu = command("push", "send a build to a SPARQL 1.1 Graph Store Protocol endpoint", cmd_push)
    pu.add_argument("endpoint", help="the Graph Store endpoint, e.g. http://localhost:7878/store or http://host:3030/ds/data")
    build_folder(pu)
    pu.add_argument("--graph", help="send everything into this one named graph (default: each document's graph and the default graph)")
    pu.add_argument("--add", action="store_true", help="add to the graphs (POST) instead of replacing them (PUT)")
    st = command("store", "make or update a build's SPARQL store now (query and serve do it when needed)", cmd_store)
    build_folder(st)
    v = command("validate", "check a build against the SHACL shapes", cmd_validate)
    build_folder(v)
    hp = command("help", "show the help of a command", cmd_help)
    hp.add_argument("topic", nargs="?", metavar="CMD", help="the command")
    hp.set_defaults(parsers=(parser, commands))
    return parser, commands


def _guard_options(query: argparse.ArgumentParser, serve: argparse.ArgumentParser) -> None:
    """What keeps one query from taking the endpoint or making it fetch URLs (issue 25)."""
    for p in (query, serve):
        p.add_argument("--federation", action="store_true",
                       help="allow SERVICE, which fetches any URL a query names from this machine (default: refused)")
    serve.add_argument("--timeout", type=_above_zero, default=30, help="seconds a query may run before it is stopped")
    serve.add_argument("--max-result-mb", type=_above_zero, default=64, help="largest answer sent, in MB")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser, commands = make_parser()
    _suggest(parser, commands, argv[:1] if argv[:1] != ["-V"] else [])
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
