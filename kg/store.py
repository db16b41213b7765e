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


def write_store(dataset: list[ox.Quad], out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    versions = out / ".stores"
    versions.mkdir(exist_ok=True)
    target = versions / f"{time.time_ns():x}-{os.getpid()}"
    store = ox.Store(str(target))
    store.bulk_extend(dataset)
    store.flush()
    store.optimize()
    del store
    link = out / STORE
    tmp = out / f".{STORE}.{os.getpid()}.lnk"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(Path(".stores") / target.name)
    os.replace(tmp, link)  # atomic: readers see the old store or the new one
    # Keep the previous version for a reader that still has it open; drop older ones.
    for old in sorted(versions.iterdir(), key=lambda p: p.name)[:-2]:
        shutil.rmtree(old, ignore_errors=True)
    return link


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
