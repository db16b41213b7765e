"""Where extraction runs: in this process, in a pool of processes, or on a
Dask cluster, with a content-hash cache in front of all three.

Every engine returns results in input order, and extraction is a pure
function of a document, so the merged graph is byte-identical whichever
engine ran it. Documents stream through: an engine holds a bounded number
in flight, and what it returns (``DocFacts``) carries no document text.
"""
from __future__ import annotations

import functools
import hashlib
import multiprocessing
import os
import pickle
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Iterable, Iterator

from .graph import document_part
from .ingest import Failure, Source, as_document
from .model import Document
from .pipeline import Corpus, DocFacts, extract_document, facts_of

PACKAGE = Path(__file__).resolve().parent
Input = Document | Source  # a file read, decoded or not (``kg build`` hands over Sources)


@functools.cache
def pipeline_version() -> str:
    """A hash of the code and data extraction depends on: a change to any
    of them invalidates every cached result."""
    h = hashlib.sha256()
    roots = [PACKAGE, PACKAGE.parent / "ontology"]
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in (".py", ".tsv", ".toml", ".txt", ".ttl", ".html"):
                h.update(path.relative_to(root.parent).as_posix().encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:16]


def process(item: Input) -> DocFacts | Failure:
    """The unit of work: decode a file (a Source), extract the document
    and serialize its graph. A file that is not text, or a document that
    breaks an extractor, is a Failure naming it, never an exception that
    sinks the build."""
    doc = as_document(item) if isinstance(item, Source) else item
    if isinstance(doc, Failure):
        return doc
    try:
        facts = facts_of(extract_document(doc))
        facts.part = document_part(facts)
        return facts
    except Exception as exc:
        return Failure(doc.source, f"extraction failed: {type(exc).__name__}: {exc}")


class Cache:
    """Extraction results by content hash under ``out/.cache``. A complete
    build prunes what it did not use (results of older code, of documents
    changed or gone), so the cache holds one corpus's results, not every
    version's."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.used: set[str] = set()

    def key(self, doc: Input) -> str:
        key = hashlib.sha256(f"{pipeline_version()}\x1f{doc.id}\x1f{doc.source}\x1f{doc.sha256}".encode()).hexdigest()
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

    def get(self, doc: Input) -> DocFacts | None:
        path = self._path(self.key(doc))
        try:
            with open(path, "rb") as fh:
                return pickle.load(fh)  # our own files, written below; never a document's content as code
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            return None

    def put(self, doc: Input, facts: DocFacts) -> None:
        path = self._path(self.key(doc))
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(facts, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)


class Engine:
    """Runs ``process`` over documents; subclasses say where.

    Up to ``window`` documents are in flight: each is submitted as soon as it
    is read, and results are taken back in input order, so workers never
    wait for a batch's slowest document or for the next files to be read.
    """
    window = 1

    def __init__(self, cache: Cache | None = None) -> None:
        self.cache = cache
        self.hits = self.misses = 0

    def run(self, items: Iterable[Input | Failure], corpus: Corpus) -> Iterator[DocFacts | Failure]:
        complete = True  # every input read and extracted
        for done in self._in_order(items):
            complete = complete and not isinstance(done, Failure)
            yield done
        corpus.cache = {"hits": self.hits, "misses": self.misses}
        # Only a complete build prunes: a file that could not be read this
        # time keeps its result for the next.
        if self.cache is not None and complete and self.hits + self.misses:
            corpus.cache["pruned"] = self.cache.prune()

    def _in_order(self, items: Iterable[Input | Failure]) -> Iterator[DocFacts | Failure]:
        pending: deque[tuple[Input | Failure, object]] = deque()
        for item in items:
            pending.append((item, self._start(item)))
            if len(pending) >= self.window:
                yield self._finish(*pending.popleft())
        while pending:
            yield self._finish(*pending.popleft())

    def _start(self, item: Input | Failure) -> object:
        """A cached result or a failure as it is; otherwise the submitted work."""
        if isinstance(item, Failure):
            return item
        cached = self.cache.get(item) if self.cache is not None else None
        if cached is not None:
            self.hits += 1
            cached.seconds = {}  # no extraction time was spent on it in this build
            return cached
        self.misses += 1
        return self.submit(item)

    def _finish(self, item: Input | Failure, started: object) -> DocFacts | Failure:
        if isinstance(started, (DocFacts, Failure)):
            return started
        result = self.result(started)
        if self.cache is not None and isinstance(result, DocFacts):
            self.cache.put(item, result)
        return result

    def submit(self, doc: Input) -> object:
        raise NotImplementedError

    def result(self, work: object) -> DocFacts | Failure:
        raise NotImplementedError

    def close(self) -> None:
        pass


class Local(Engine):
    """In this process, one document at a time."""

    def submit(self, doc: Input) -> Input:
        return doc

    def result(self, work: Input) -> DocFacts | Failure:
        return process(work)


class Pool(Engine):
    """A pool of worker processes (fork: each inherits the loaded lexicons)."""

    def __init__(self, workers: int, cache: Cache | None = None) -> None:
        super().__init__(cache)
        self.window = 8 * workers
        self.executor = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))

    def submit(self, doc: Input) -> Future:
        return self.executor.submit(process, doc)

    def result(self, work: Future) -> DocFacts | Failure:
        return work.result()

    def close(self) -> None:
        self.executor.shutdown()


class Dask(Engine):
    """A Dask cluster: the scheduler at ``address``, or a local cluster."""
    window = 256

    def __init__(self, address: str | None = None, cache: Cache | None = None, workers: int = 2) -> None:
        super().__init__(cache)
        from dask.distributed import Client, LocalCluster
        self.cluster = None if address else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                         dashboard_address=None)
        self.client = Client(address or self.cluster)

    def submit(self, doc: Input):
        return self.client.submit(process, doc, pure=False)

    def result(self, work) -> DocFacts | Failure:
        return work.result()

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make(engine: str = "local", workers: int = 1, scheduler: str | None = None, cache_dir: Path | None = None) -> Engine:
    cache = Cache(cache_dir) if cache_dir is not None else None
    if engine == "dask":
        return Dask(scheduler, cache, workers=max(1, workers))
    if workers > 1:
        return Pool(workers, cache)
    return Local(cache)
