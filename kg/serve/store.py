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
import json
import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import pyoxigraph as ox

from kg.rdf.graph import TURTLE_HEADER, NoBuild, Part, read_index, read_parts

STORE = "store"
DEFAULT = ".default.ttl"  # the sidecar with the default graph's Turtle statements
REBUILD_SHARE = 0.2       # above this share of changed triples, a new store is loaded, not patched
LOAD_STEPS = 10           # a first load goes in this many runs of graphs, each reported

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
        parts = read_parts(build, index)
        default = next(p for p in parts if not p.graph)
        try:
            how = _write(previous, old, target, parts, default, progress or (lambda _: None))
            _sidecar(target, DEFAULT).write_bytes(default.turtle)
            _sidecar(target, ".json").write_text(json.dumps(manifest, ensure_ascii=False, sort_keys=True),
                                                 encoding="utf-8")
        except BaseException:
            shutil.rmtree(target, ignore_errors=True)
            raise
        link = build / f".{STORE}.{os.getpid()}.tmp"
        link.unlink(missing_ok=True)
        link.symlink_to(Path(".stores") / target.name)
        os.replace(link, build / STORE)
        how["seconds"] = round(time.perf_counter() - t, 3)
        return how


def _write(previous: Path | None, old: dict, target: Path, parts: list[Part], default: Part,
           progress: Callable[[str], None]) -> dict:
    """Fill ``target``: the previous store with the changes applied when
    little changed, else every graph loaded, a share at a time so that
    ``progress`` can say how far it is."""
    total = sum(p.triples for p in parts)
    if old.get("oxigraph") == ox.__version__:
        graphs = old["graphs"]
        changed = [p for p in parts if p.graph and graphs.get(p.graph) != p.digest]
        removed = sorted(set(graphs) - {p.graph for p in parts})
        if sum(p.triples for p in changed) <= REBUILD_SHARE * total:
            progress(f"updating the store: {len(changed)} graphs changed, {len(removed)} removed")
            _update(previous, target, changed, removed, default)
            return {"mode": "updated", "graphs_replaced": len(changed), "graphs_removed": len(removed)}
    store = ox.Store(str(target))
    progress(f"loading the store from graph.ttl: {total:,} statements in {len(parts):,} graphs")
    done, said = 0, 0
    for batch in _batches(parts, LOAD_STEPS):
        store.bulk_load(TURTLE_HEADER + b"".join(p.trig for p in batch), format=ox.RdfFormat.TRIG, lenient=True)
        done += sum(p.triples for p in batch)
        share = 100 * done // max(total, 1)
        if len(parts) > 1 and share >= said + 100 // LOAD_STEPS and done < total:
            progress(f"loading the store: {share} %")
            said = share
    store.flush()
    del store
    return {"mode": "loaded", "quads": sum(p.triples for p in parts)}


def _batches(parts: list[Part], steps: int) -> Iterator[list[Part]]:
    """``parts`` in about ``steps`` runs of consecutive graphs."""
    size = max(1, -(-len(parts) // steps))
    for i in range(0, len(parts), size):
        yield parts[i:i + size]


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


def open_store(build: Path, said: Callable[[dict], None] | None = None,
               progress: Callable[[str], None] | None = None) -> ox.Store:
    """The build's store, read-only, made or brought up to date first;
    ``progress`` hears it while it is made, ``said`` how (``ensure``'s answer)."""
    how = ensure(build, progress)
    if said is not None:
        said(how)
    return ox.Store.read_only(str(held(build)))


def rdflib_graph(build: Path):
    """The build as an rdflib Dataset whose default graph is the union of
    all graphs, backed by the Oxigraph store (fast joins, no load time)."""
    from oxrdflib import OxigraphStore
    from rdflib import Dataset
    return Dataset(store=OxigraphStore(store=open_store(build)), default_union=True)
