"""Where extraction runs: in this process, in a pool of processes, or on a
Dask cluster, with a content-hash cache in front of all three.

Every engine returns results in input order, and extraction is a pure
function of a document, so the merged graph is byte-identical whichever
engine ran it. Documents stream through: an engine holds a bounded number
in flight, and what it returns (``DocPiece``) holds only the sentences its
facts cite, not the document's text.
"""
from __future__ import annotations

import functools
import hashlib
import multiprocessing
import pickle
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Iterable, Iterator

from kg.engine.assembly import DocPiece, document_piece, dump
from kg.extraction.ingest import Failure, Source, as_document
from kg.doc.schema import ONTOLOGY, PACKAGE
from kg.doc.model import Document
from kg.doc.settings import DEFAULT, Settings
from kg.engine.corpus import Corpus, Kept
from kg.extraction.pipeline import extract_document, facts_of

Input = Document | Source  # a file read, decoded or not (``kg build`` hands over Sources)


@functools.cache
def pipeline_version(settings: Settings = DEFAULT) -> str:
    """A hash of the code and data extraction depends on, and of the
    settings that change its outputs: a change to any of them invalidates
    every cached result."""
    h = hashlib.sha256(settings.extraction_key().encode())
    roots = [PACKAGE] + ([ONTOLOGY] if ONTOLOGY.parent != PACKAGE else [])
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in (".py", ".tsv", ".toml", ".txt", ".ttl", ".html"):
                h.update(path.relative_to(root.parent).as_posix().encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:16]


def process(item: Input, settings: Settings = DEFAULT) -> DocPiece | Failure:
    """The unit of work: decode a file (a Source), extract the document,
    and make what it adds to the corpus outputs (its graph serialized, its
    records, its part of the page). A file that is not text, or a document
    that breaks an extractor, is a Failure naming it, never an exception
    that sinks the build."""
    doc = as_document(item) if isinstance(item, Source) else item
    if isinstance(doc, Failure):
        return doc
    try:
        return document_piece(facts_of(extract_document(doc, settings)))
    except Exception as exc:
        return Failure(doc.source, f"extraction failed: {type(exc).__name__}: {exc}")


class Cache:
    """Extraction results by content hash under ``out/.cache``. A complete
    build prunes what it did not use (results of older code, of documents
    changed or gone), so the cache holds one corpus's results, not every
    version's."""

    def __init__(self, folder: Path, settings: Settings = DEFAULT) -> None:
        self.folder = Path(folder)
        self.version = pipeline_version(settings)  # results of other settings are not reused
        self.used: set[str] = set()
        self.unwritable: str | None = None  # why an entry could not be written: the build goes on without

    def key(self, doc: Input) -> str:
        key = hashlib.sha256(f"{self.version}\x1f{doc.id}\x1f{doc.source}\x1f{doc.sha256}".encode()).hexdigest()
        self.used.add(key)
        return key

    def prune(self) -> int:
        """Delete every entry no document of this build asked for; how many."""
        stale = [path for path in self.folder.glob("??/*.pickle") if path.stem not in self.used]
        for path in stale:
            path.unlink(missing_ok=True)
        return len(stale)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def has(self, key: str) -> bool:
        return self._path(key).is_file()

    def get(self, key: str) -> DocPiece | None:
        try:
            with open(self._path(key), "rb") as fh:
                return pickle.load(fh)  # our own files, written below; never a document's content as code
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            return None

    def put(self, key: str, piece: DocPiece) -> None:
        if self.unwritable is not None:
            return
        try:
            dump(piece, self._path(key))
        except OSError as exc:  # a full disk: the cache only saves time
            self.unwritable = exc.strerror or str(exc)


class Engine:
    """Runs ``process`` over documents; subclasses say where.

    Up to ``window`` documents are in flight: each is submitted as soon as it
    is read, and results are taken back in input order, so workers never
    wait for a batch's slowest document or for the next files to be read.
    A document whose cache key is ``held`` (the previous build holds it,
    and the cache its piece) comes back Kept, its piece not even read.
    """
    window = 1

    def __init__(self, cache: Cache | None = None, settings: Settings = DEFAULT) -> None:
        self.cache = cache
        self.settings = settings  # what extraction is given
        self.held: frozenset[str] = frozenset()
        self.hits = self.misses = 0

    def run(self, items: Iterable[Input | Failure], corpus: Corpus) -> Iterator[DocPiece | Kept | Failure]:
        complete = True  # every input read and extracted
        for done in self._in_order(items):
            complete = complete and not isinstance(done, Failure)
            yield done
        corpus.cache = {"hits": self.hits, "misses": self.misses}
        # Only a complete build prunes: a file that could not be read this
        # time keeps its result for the next.
        if self.cache is not None and complete and self.hits + self.misses:
            corpus.cache["pruned"] = self.cache.prune()

    def _in_order(self, items: Iterable[Input | Failure]) -> Iterator[DocPiece | Kept | Failure]:
        pending: deque[tuple[str, object]] = deque()
        for item in items:
            pending.append(self._start(item))
            if len(pending) >= self.window:
                yield self._finish(*pending.popleft())
        while pending:
            yield self._finish(*pending.popleft())

    def _start(self, item: Input | Failure) -> tuple[str, object]:
        """The item's cache key ("" without a cache) and what it comes to:
        a cached piece, a failure as it is, or the submitted work."""
        if isinstance(item, Failure):
            return "", item
        if self.cache is None:
            return "", self.submit(item)
        key = self.cache.key(item)
        if key in self.held and self.cache.has(key):
            self.hits += 1
            return key, Kept(key)
        cached = self.cache.get(key)
        if cached is not None:
            self.hits += 1
            cached.seconds = {}  # no extraction time was spent on it in this build
            return key, cached
        self.misses += 1
        return key, self.submit(item)

    def _finish(self, key: str, started: object) -> DocPiece | Kept | Failure:
        if isinstance(started, (DocPiece, Kept, Failure)):
            return started
        result = self.result(started)
        if key and isinstance(result, DocPiece):
            result.key = key
            self.cache.put(key, result)
        return result

    def submit(self, doc: Input) -> object:
        raise NotImplementedError

    def result(self, work: object) -> DocPiece | Failure:
        raise NotImplementedError

    def close(self) -> None:
        pass


class Local(Engine):
    """In this process, one document at a time."""

    def submit(self, doc: Input) -> Input:
        return doc

    def result(self, work: Input) -> DocPiece | Failure:
        return process(work, self.settings)


class Pool(Engine):
    """A pool of worker processes (fork: each inherits the loaded lexicons)."""

    def __init__(self, workers: int, cache: Cache | None = None, settings: Settings = DEFAULT) -> None:
        super().__init__(cache, settings)
        self.window = 8 * workers
        self.executor = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))

    def submit(self, doc: Input) -> Future:
        return self.executor.submit(process, doc, self.settings)

    def result(self, work: Future) -> DocPiece | Failure:
        return work.result()

    def close(self) -> None:
        self.executor.shutdown()


class Dask(Engine):
    """A Dask cluster: the scheduler at ``address``, or a local cluster."""
    window = 256

    def __init__(self, address: str | None = None, cache: Cache | None = None, workers: int = 2,
                 settings: Settings = DEFAULT) -> None:
        super().__init__(cache, settings)
        from dask.distributed import Client, LocalCluster
        self.cluster = None if address else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                         dashboard_address=None)
        self.client = Client(address or self.cluster)

    def submit(self, doc: Input):
        return self.client.submit(process, doc, self.settings, pure=False)

    def result(self, work) -> DocPiece | Failure:
        return work.result()

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make(engine: str = "local", workers: int = 1, scheduler: str | None = None, cache_dir: Path | None = None,
         held: Iterable[str] = (), settings: Settings = DEFAULT) -> Engine:
    """An engine that extracts with ``settings``; with ``cache_dir``, the
    documents whose keys are ``held`` come back Kept."""
    cache = Cache(cache_dir, settings) if cache_dir is not None else None
    if engine == "dask":
        made: Engine = Dask(scheduler, cache, workers=max(1, workers), settings=settings)
    elif workers > 1:
        made = Pool(workers, cache, settings)
    else:
        made = Local(cache, settings)
    made.held = frozenset(held)
    return made


def build(items: Iterable[Document | Source | Failure], engine=None, observers=()) -> Corpus:
    """Extract every document (through ``engine``: in this process, a pool
    of processes, or a Dask cluster) and collect the results in input
    order, for the assembly (``kg.engine.assembly``); each observer sees each
    document's piece as it arrives."""
    engine = engine or Local()
    corpus = Corpus()
    for item in engine.run(items, corpus):
        if isinstance(item, Failure):
            corpus.failures.append(item)
            corpus.reports[item.path] = {"file": item.path, "status": "error", "error": item.reason}
            continue
        for observe in observers:
            observe(item)
        corpus.docs.append(item)
        for stage, sec in getattr(item, "seconds", {}).items():
            corpus.seconds[stage] = corpus.seconds.get(stage, 0.0) + sec
    return corpus
