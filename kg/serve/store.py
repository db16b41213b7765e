"""The build's embedded store: an Oxigraph database under ``out/store``,
made from the build's graph by the first command that reads it.

``kg build`` writes the graph as Turtle (``graph.ttl``) with a map of its
graphs beside it (``graph.parts.json``: each graph's IRI, the byte range of
its statements in graph.ttl, their count and digest). The store is an index
of that text for SPARQL, and ``ensure`` keeps it in step: the first
``kg query``, ``kg serve`` or ``kg store`` after a build loads it, or, when
the folder holds the previous build's store, brings that one up to date
(a checkpoint of it, made in milliseconds, with the graphs whose digest
changed replaced and the default graph patched); later reads open it as it
is. Why not in the build: RocksDB's bulk load costs about a third of a
build's CPU (7 to 10 CPU-seconds for the 622,000 quads of 1,000 documents)
and slows extraction on the other core beside it, and a rebuild, or a build
nobody queries, needs none of it.

A new store is written into its own directory under ``.stores`` and a
symbolic link to it replaces ``store`` in one rename, so a reader sees the
previous store or the new one, never a half-written one. Readers open it
read-only. ``rdflib_graph`` puts the rdflib API on top through oxrdflib.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import pyoxigraph as ox

from kg.rdf.parts import GRAPH_TTL, PARTS, NoBuild, Part, read_index, read_parts
from kg.engine.staging import link_atomic
from kg.rdf.terms import TURTLE_HEADER

STORE = "store"
DEFAULT = ".default.ttl"  # the sidecar with the default graph's Turtle statements
REBUILD_SHARE = 0.2       # above this share of changed triples, a new store is loaded, not patched

__all__ = ["NoBuild", "ensure", "held", "location", "open_store", "rdflib_graph"]


def ensure(build: Path, progress: Callable[[str], None] | None = None) -> dict:
    """Make ``build``'s store match its graph, if it does not yet, and say
    how: ``{"mode": "current" | "loaded" | "updated", …}``. ``progress``
    hears what is being done while it is done (a first load of a large
    build takes seconds: the user is told before, not after)."""
    build = Path(build)
    index = read_index(build)  # the digests say whether the store is current: graph.ttl is read only to make it
    manifest = {"oxigraph": ox.__version__, "graphs": {row["graph"]: row["digest"] for row in index}}
    if _manifest(_current(build)) == manifest:
        return {"mode": "current"}
    with _locked(build):
        previous = _current(build)  # another process may have made it while this one waited
        old = _manifest(previous)
        if old == manifest:
            return {"mode": "current"}
        t = time.perf_counter()
        versions = build / ".stores"
        versions.mkdir(exist_ok=True)
        _prune(versions, keep=previous)
        target = versions / f"{time.time_ns():016x}-{os.getpid()}"
        try:
            how, default = _write(build, previous, old, target, index, progress or (lambda _: None))
            _sidecar(target, DEFAULT).write_bytes(default)
            _sidecar(target, ".json").write_text(json.dumps(manifest, ensure_ascii=False, sort_keys=True),
                                                 encoding="utf-8")
        except BaseException:
            shutil.rmtree(target, ignore_errors=True)
            raise
        link_atomic(build / STORE, Path(".stores") / target.name)
        how["seconds"] = round(time.perf_counter() - t, 3)
        return how


def _write(build: Path, previous: Path | None, old: dict, target: Path, index: list[dict],
           progress: Callable[[str], None]) -> tuple[dict, bytes]:
    """Fill ``target``: the previous store with the changes applied when
    little changed, else every graph loaded; with the default graph's
    Turtle, the next update's starting point."""
    total = sum(row["triples"] for row in index)
    if old.get("oxigraph") == ox.__version__:
        graphs = old["graphs"]
        changed = [row for row in index if row["graph"] and graphs.get(row["graph"]) != row["digest"]]
        removed = sorted(set(graphs) - {row["graph"] for row in index})
        if sum(row["triples"] for row in changed) <= REBUILD_SHARE * total:
            progress(f"updating the store: {len(changed)} graphs changed, {len(removed)} removed")
            *parts, default = read_parts(build, changed + [next(row for row in index if not row["graph"])])
            _update(previous, target, parts, removed, default)
            return {"mode": "updated", "graphs_replaced": len(changed), "graphs_removed": len(removed)}, default.turtle
    progress(f"loading the store from graph.ttl: {total:,} statements in {len(index):,} graphs")
    stream = _TriG(build, index, progress)
    store = ox.Store(str(target))
    # One bulk load of the whole graph: Oxigraph's loader parses it on this
    # thread and sorts and writes each million quads on another, two at a
    # time (a load per run of graphs, each under a million quads, kept one
    # core busy: 89.6 s for the 6 M quads of 10,000 documents).
    try:
        store.bulk_load(stream, format=ox.RdfFormat.TRIG, lenient=True)
    finally:
        stream.close()
    if stream.failed is not None:
        raise stream.failed
    # The loader leaves each index in as many overlapping files as it wrote
    # batches, and every lookup then searches them all: compacted, the
    # example queries take a half to a third of the CPU time at 10,000
    # documents (string lookups, which sorting and printing do, most).
    progress("compacting the store")
    store.optimize()
    store.flush()
    del store
    return {"mode": "loaded", "quads": total}, stream.default


class _TriG:
    """graph.ttl as one TriG stream for ``bulk_load`` to read: each graph's
    statements in turn, checked against its digest and wrapped in its name,
    read from the file as the loader asks for them (the file is never held
    whole). ``progress`` hears every tenth of the statements handed over. A
    graph that does not match its digest ends the stream there and is kept
    in ``failed`` (an exception raised inside ``read`` would reach the
    caller as the loader's own error)."""

    def __init__(self, build: Path, index: list[dict], progress: Callable[[str], None]) -> None:
        self.build, self.path = build, build / GRAPH_TTL
        self.rows, self.total, self.progress = iter(index), sum(row["triples"] for row in index), progress
        self.done, self.reported = 0, 0
        self.chunk, self.at = TURTLE_HEADER, 0
        self.default, self.failed = b"", None
        try:
            self.file = open(self.path, "rb")
        except OSError as exc:
            raise NoBuild(f"{self.path}: {exc.strerror}; run `kg build --out {build}` again") from None

    def read(self, size: int = -1) -> bytes:
        while self.at >= len(self.chunk):
            if not self._next():
                return b""
        out = self.chunk[self.at:self.at + size] if size >= 0 else self.chunk[self.at:]
        self.at += len(out)
        return out

    def _next(self) -> bool:
        row = next(self.rows, None)
        if row is None or self.failed is not None:
            return False
        try:
            self.file.seek(row["start"])
            turtle = self.file.read(row["end"] - row["start"])
        except OSError as exc:
            self.failed = NoBuild(f"{self.path}: {exc.strerror}; run `kg build --out {self.build}` again")
            return False
        if hashlib.sha1(turtle).hexdigest() != row["digest"]:
            self.failed = NoBuild(f"{self.path} does not match {PARTS} (changed after its build, or a build was "
                                  f"replacing both): run `kg build --out {self.build}` again")
            return False
        part = Part(row["graph"], turtle, row["triples"], row["digest"])
        if not part.graph:
            self.default = turtle
        self.chunk, self.at = part.trig, 0
        self.done += part.triples
        share = 100 * self.done // max(self.total, 1)
        if share >= self.reported + 10 and self.done < self.total:
            self.progress(f"loading the store: {share} %")
            self.reported = share
        return True

    def close(self) -> None:
        self.file.close()


def _current(build: Path) -> Path | None:
    link = build / STORE
    if not link.is_symlink():
        return None
    target = link.resolve()
    return target if target.is_dir() else None


@contextmanager
def _locked(build: Path) -> Iterator[None]:
    """One process at a time makes a build's store."""
    try:
        fh = open(build / ".store.lock", "a+b")
    except OSError as exc:
        raise NoBuild(f"{build}: the store is out of date and cannot be made here: {exc.strerror}") from None
    with fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        yield


def _sidecar(store: Path, suffix: str) -> Path:
    return store.with_name(store.name + suffix)


def _manifest(store: Path | None) -> dict:
    if store is None:
        return {}
    try:
        manifest = json.loads(_sidecar(store, ".json").read_text(encoding="utf-8"))
        return manifest if _sidecar(store, DEFAULT).is_file() else {}
    except (OSError, ValueError):
        return {}


def _update(previous: Path, target: Path, changed: list[Part], removed: list[str], default: Part) -> None:
    """``target`` as a checkpoint of ``previous`` with the changes applied."""
    ox.Store(str(previous)).backup(str(target))
    store = ox.Store(str(target))
    for graph in removed + [p.graph for p in changed]:
        if graph and store.contains_named_graph(ox.NamedNode(graph)):
            store.remove_graph(ox.NamedNode(graph))
    if changed:
        store.load(TURTLE_HEADER + b"".join(p.trig for p in changed), format=ox.RdfFormat.TRIG)
    gone, came = _default_change(_sidecar(previous, DEFAULT).read_bytes(), default.turtle)
    for q in gone:
        store.remove(q)
    store.extend(came)
    store.flush()
    del store


_BLOCK_END = b" .\n"  # ends the statements about one subject; never inside a term (literals escape newlines)


def _default_change(old: bytes, new: bytes) -> tuple[set[ox.Quad], set[ox.Quad]]:
    """The quads the default graph loses and gains from the ``old`` Turtle
    to the ``new``. Only the subject blocks whose text differs are parsed:
    each quad is written once, so a block both texts hold has its quads in
    both graphs."""
    old_blocks, new_blocks = set(old.split(_BLOCK_END)), set(new.split(_BLOCK_END))
    gone, came = _quads_of(old_blocks - new_blocks), _quads_of(new_blocks - old_blocks)
    return gone - came, came - gone


def _quads_of(blocks: set[bytes]) -> set[ox.Quad]:
    text = b"".join(b + _BLOCK_END for b in blocks if b.strip())
    return set(ox.parse(TURTLE_HEADER + text, format=ox.RdfFormat.TRIG))


def _prune(versions: Path, keep: Path | None) -> None:
    """Delete all stores but the newest two, the one in use, and any a
    reader holds (``held``: a server reads one for as long as it runs), with
    their sidecars."""
    stores = sorted(p for p in versions.iterdir() if p.is_dir())
    for old in stores[:-2]:
        if keep is not None and old == keep:
            continue
        try:
            fh = open(_sidecar(old, LOCK), "a+b")
        except OSError:
            continue
        with fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue
            shutil.rmtree(old, ignore_errors=True)
            for suffix in (".json", DEFAULT, LOCK):
                _sidecar(old, suffix).unlink(missing_ok=True)


LOCK = ".lock"  # the sidecar its readers hold a shared lock on
_HELD: dict[Path, object] = {}  # the stores this process reads, each with its open lock file


def location(build: Path) -> Path:
    """The directory of the build's current store (``ensure`` it first)."""
    return (Path(build) / STORE).resolve()


def held(build: Path) -> Path:
    """``location``, held for as long as this process lives: a shared lock
    that ``_prune`` respects, so rebuilds never delete the store a running
    server or query reads."""
    for _ in range(3):
        store = location(build)
        if store in _HELD:
            return store
        try:
            fh = open(_sidecar(store, LOCK), "a+b")
        except OSError:  # a store this user cannot lock is read unheld
            return store
        fcntl.flock(fh, fcntl.LOCK_SH)
        if store.is_dir():
            _HELD[store] = fh
            return store
        fh.close()  # pruned while this process waited for the lock: a newer one is current
    return store


def open_store(build: Path, on_store: Callable[[dict], None] | None = None,
               progress: Callable[[str], None] | None = None) -> ox.Store:
    """The build's store, read-only, made or brought up to date first;
    ``progress`` hears it while it is made, ``on_store`` how (``ensure``'s answer)."""
    how = ensure(build, progress)
    if on_store is not None:
        on_store(how)
    return ox.Store.read_only(str(held(build)))


def rdflib_graph(build: Path):
    """The build as an rdflib Dataset whose default graph is the union of
    all graphs, backed by the Oxigraph store (fast joins, no load time)."""
    from oxrdflib import OxigraphStore
    from rdflib import Dataset
    return Dataset(store=OxigraphStore(store=open_store(build)), default_union=True)
