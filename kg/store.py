"""The build's embedded store: an Oxigraph database under ``out/store``.

A build writes a fresh directory (bulk-loaded while extraction runs, or a
checkpoint of the previous store with the changed graphs replaced) and
swaps a symbolic link to it in one atomic rename, so readers (``kg query``, ``kg serve``) see
the previous store or the new one, never a half-written one. Readers open
it read-only. ``rdflib_graph`` puts the rdflib API on top through oxrdflib.
"""
from __future__ import annotations

import json
import os
import queue
import shutil
import threading
import time
from pathlib import Path

import pyoxigraph as ox

from .graph import TURTLE_HEADER, Part

STORE = "store"
DEFAULT = ".default.ttl"  # the sidecar with the default graph's Turtle statements


class NoBuild(Exception):
    """The folder holds no build to read; the message says which folder."""


class StoreWriter:
    """Writes a build's store into a new directory under ``.stores``.

    When the build folder has no usable store yet, each document's graph is
    bulk-loaded as extraction hands it over (``add``), in chunks, on a
    thread: Oxigraph loads without the GIL, so the store fills on the
    second core while the first extracts. When the folder already has a
    store, the new one starts as its checkpoint (hard links to its files,
    made in milliseconds), then only the graphs whose digest changed are
    replaced and the default graph is patched; if more than REBUILD_SHARE
    of the triples changed it loads everything instead. ``complete`` hands
    that last work to the thread as soon as every graph is known, so it
    runs while the build validates and writes its other outputs; ``finish``
    waits for it. Sidecars per store record each graph's digest and the
    default graph.

    ``link`` then points a symbolic link at the new store; renaming that
    link over the build's ``store`` link swaps stores atomically.
    """
    CHUNK = 50_000        # quads per bulk load while streaming
    REBUILD_SHARE = 0.2

    def __init__(self, folder: Path) -> None:
        self.versions = Path(folder) / ".stores"
        current = Path(folder) / STORE
        self.previous = current.resolve() if current.is_symlink() and current.resolve().is_dir() else None
        self.target = self.versions / f"{time.time_ns():016x}-{os.getpid()}"
        self.old = _manifest(self.previous)
        self.streaming = self.old.get("oxigraph") != ox.__version__
        self._chunk: list[bytes] = []
        self._size = 0
        self._started = False
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self._completed: tuple[Part, dict, dict] | None = None  # the default graph, the manifest, how it was made

    def _start(self) -> None:
        """Make the new store's directory (nothing is written before this)."""
        self._started = True
        self.versions.mkdir(parents=True, exist_ok=True)
        _prune(self.versions, keep=self.previous)
        if self.streaming:
            self._open_loader()

    def _open_loader(self) -> None:
        self._store = ox.Store(str(self.target))
        self._queue: queue.Queue = queue.Queue(maxsize=4)
        self._thread = threading.Thread(target=self._load, name="kg-store", daemon=True)
        self._thread.start()

    def add(self, part: Part) -> None:
        """A document's graph, as soon as it is extracted."""
        if not self.streaming:
            return
        if not self._started:
            self._start()
        self._chunk.append(part.trig)
        self._size += part.triples
        if self._size >= self.CHUNK:
            self._queue.put(b"".join(self._chunk))
            self._chunk, self._size = [], 0

    def discard(self) -> None:
        """Stop loading and delete the unfinished store (a failed build)."""
        if self._thread is not None:
            if self.streaming and self._completed is None:
                self._queue.put(None)
            self._thread.join()
            self._thread = None
            if self.streaming:
                del self._store
        shutil.rmtree(self.target, ignore_errors=True)

    def _load(self) -> None:
        while (data := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._store.bulk_load(TURTLE_HEADER + data, format=ox.RdfFormat.TRIG, lenient=True)
                except BaseException as exc:  # re-raised by finish()
                    self._error = exc
        if self._error is None:
            self._store.flush()

    def _patch(self, changed: list[Part], removed: list[str], default: Part) -> None:
        try:
            _update(self.previous, self.target, changed, removed, default)
        except BaseException as exc:  # re-raised by finish()
            self._error = exc

    def complete(self, parts: list[Part]) -> None:
        """Every graph of the build is known (``parts``, the default graph
        among them): start loading the rest, or applying the update, on the
        thread, and return."""
        default = next(p for p in parts if not p.graph)
        manifest = {"oxigraph": ox.__version__, "graphs": {p.graph: p.digest for p in parts}}
        if not self._started:
            self._start()
        how = {"mode": "loaded"}
        if not self.streaming:
            old = self.old["graphs"]
            changed = [p for p in parts if p.graph and old.get(p.graph) != p.digest]
            removed = sorted(set(old) - set(manifest["graphs"]))
            if sum(p.triples for p in changed) <= self.REBUILD_SHARE * sum(p.triples for p in parts):
                self._thread = threading.Thread(target=self._patch, args=(changed, removed, default),
                                                name="kg-store", daemon=True)
                self._thread.start()
                how = {"mode": "updated", "graphs_replaced": len(changed), "graphs_removed": len(removed)}
            else:  # too much changed: load everything, as a first build does
                self.streaming = True
                self._open_loader()
                for p in parts:
                    if p.graph:
                        self.add(p)
        if self.streaming:
            self._queue.put(b"".join(self._chunk) + default.trig)
            self._queue.put(None)
            self._chunk, self._size = [], 0
        self._completed = (default, manifest, how)

    def finish(self, parts: list[Part]) -> dict:
        """Complete the store with ``parts`` (every graph of the build, the
        default graph among them), wait for it, and say how it was made."""
        if self._completed is None:
            self.complete(parts)
        default, manifest, how = self._completed
        self._thread.join()
        self._thread = None
        if self.streaming:
            del self._store
        if self._error is not None:
            raise self._error
        _sidecar(self.target, DEFAULT).write_bytes(default.turtle)
        _sidecar(self.target, ".json").write_text(json.dumps(manifest, ensure_ascii=False, sort_keys=True),
                                                  encoding="utf-8")
        return how

    def link(self, link: Path) -> None:
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to(Path(".stores") / self.target.name)


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
    """Delete all stores but the newest two and the one in use (a reader
    may hold it open), with their sidecars."""
    stores = sorted(p for p in versions.iterdir() if p.is_dir())
    for old in stores[:-2]:
        if keep is not None and old == keep:
            continue
        shutil.rmtree(old, ignore_errors=True)
        for suffix in (".json", DEFAULT):
            _sidecar(old, suffix).unlink(missing_ok=True)


def store_path(build: Path) -> Path:
    path = Path(build) / STORE
    if not path.exists():
        raise NoBuild(f"{build}: no store found (run `kg build --out {build}` first)")
    return path


def open_store(build: Path) -> ox.Store:
    """The build's store, read-only."""
    return ox.Store.read_only(str(store_path(build).resolve()))


def rdflib_graph(build: Path):
    """The build as an rdflib Dataset whose default graph is the union of
    all graphs, backed by the Oxigraph store (fast joins, no load time)."""
    from oxrdflib import OxigraphStore
    from rdflib import Dataset
    return Dataset(store=OxigraphStore(store=open_store(build)), default_union=True)
