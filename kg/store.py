"""The build's embedded store: an Oxigraph database under ``out/store``.

A build bulk-loads its quads into a fresh directory and swaps a symbolic
link to it in one atomic rename, so readers (``kg query``, ``kg serve``) see
the previous store or the new one, never a half-written one. Readers open
it read-only. ``rdflib_graph`` puts the rdflib API on top through oxrdflib.
"""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pyoxigraph as ox

STORE = "store"


class NoBuild(Exception):
    """The folder holds no build to read; the message says which folder."""


def write_store(dataset: list[ox.Quad], link: Path) -> None:
    """Load ``dataset`` into a new store directory under ``.stores`` beside
    ``link`` and point ``link`` at it. Renaming ``link`` over the build's
    ``store`` link then swaps stores atomically."""
    versions = link.parent / ".stores"
    versions.mkdir(parents=True, exist_ok=True)
    # Keep the store in use and the one before it (a reader may hold it open).
    for old in sorted(versions.iterdir(), key=lambda p: p.name)[:-2]:
        shutil.rmtree(old, ignore_errors=True)
    target = versions / f"{time.time_ns():016x}-{os.getpid()}"
    store = ox.Store(str(target))
    store.bulk_extend(dataset)
    store.flush()
    store.optimize()
    del store
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(Path(".stores") / target.name)


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
