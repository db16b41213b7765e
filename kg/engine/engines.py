"""Where extraction runs: in this process, in a pool of processes, or on a
Dask cluster, with a content-hash cache in front of all three.

Every engine returns results in input order, and extraction is a pure
function of a document, so the merged graph is byte-identical whichever
engine ran it. Documents stream through: an engine holds a bounded number
in flight, and what it returns (``DocPiece``) holds only the sentences its
facts cite, not the document's text. Each piece is stored on disk as it
arrives (by the worker that made it, where it can), in the cache or a spill
folder, and what the build holds of it is its head: its bulk is read
back when the assembly's turn comes to it.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import pickle
import shutil
import struct
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Iterable, Iterator, NamedTuple

from kg.engine.assembly import DocPiece, document_piece, load_piece, pack, spool, store, unpack
from kg.engine.staging import write_atomic
from kg.extraction.ingest import Failure, IngestError, Source, as_document, find_inputs, shown, with_ids
from kg.doc.schema import ONTOLOGY, PACKAGE
from kg.doc.model import Document
from kg.doc.settings import DEFAULT, Settings
from kg.engine.corpus import Corpus, Unchanged
from kg.engine.remote import Remote, read, read_inputs
from kg.extraction.pipeline import extract_document, facts_of

if TYPE_CHECKING:
    from concurrent.futures import Future

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


def cache_key(version: str, doc: Input) -> str:
    return hashlib.sha256(f"{version}\x1f{doc.id}\x1f{doc.source}\x1f{doc.sha256}".encode()).hexdigest()


class Cache:
    """Extraction results by content hash under ``out/.cache``, each piece
    a file (``assembly.pack``) whose bulk the build reads from there when
    its turn comes, so a build holds none. A complete build prunes what it
    did not use (results of older code, of documents changed or gone), so
    the cache holds one corpus's results, not every version's.

    Without a cache (``--no-cache``) the pieces go to a folder of their
    own (``spilling``), which no build reads again: ``lookup`` is False."""
    lookup = True

    def __init__(self, folder: Path, settings: Settings = DEFAULT) -> None:
        self.folder = Path(folder)
        self.version = pipeline_version(settings)  # results of other settings are not reused
        self.used: set[str] = set()
        self.unwritable: str | None = None  # why an entry could not be written: the build goes on without
        self.spilled = 0

    def key(self, doc: Input) -> str:
        if not self.lookup:
            self.spilled += 1
            return f"{self.spilled & 0xff:02x}{self.spilled:08x}"  # spread over 256 folders as hashes are
        key = cache_key(self.version, doc)
        self.used.add(key)
        return key

    def prune(self) -> int:
        """Delete every entry no document of this build asked for; how many."""
        stale = [path for path in self.folder.glob("??/*") if path.stem not in self.used]  # older code's too
        for path in stale:
            path.unlink(missing_ok=True)
        return len(stale)

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}{SUFFIX}"

    def has(self, key: str) -> bool:
        return self.lookup and self.path(key).is_file()

    def get(self, key: str) -> DocPiece | None:
        if not self.lookup:
            return None
        try:
            return load_piece(self.path(key))
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, struct.error, ValueError):
            return None

    def put(self, key: str, piece: DocPiece) -> DocPiece:
        """``piece`` stored under ``key``, handed back without its bulk; as it is when it cannot be written."""
        if self.unwritable is not None or piece.stored is not None:
            return piece
        try:
            return store(piece, self.path(key))
        except OSError as exc:  # a full disk: the cache only saves time, the spill only memory
            self.unwritable = exc.strerror or str(exc)
            return piece

    def put_packed(self, key: str, data: bytes) -> DocPiece:
        """A piece packed by a worker (``assembly.pack``), stored under ``key``; without its bulk if it could be written."""
        if self.unwritable is None:
            try:
                write_atomic(self.path(key), data)
                return unpack(data, self.path(key))
            except OSError as exc:
                self.unwritable = exc.strerror or str(exc)
        return unpack(data)


SUFFIX = ".pickle"  # a piece's bulk, then its head pickled (``assembly.pack_into``)


class Spill(Cache):
    """Where a build without a cache puts its pieces (``spilling``): the
    pieces made in this process appended to one file, a worker's each in
    a file of its own."""
    lookup = False

    def __init__(self, folder: Path, settings: Settings = DEFAULT) -> None:
        super().__init__(folder, settings)
        self.file: BinaryIO | None = None

    def put(self, key: str, piece: DocPiece) -> DocPiece:
        if self.unwritable is not None or piece.stored is not None:
            return piece
        try:
            if self.file is None:
                self.folder.mkdir(parents=True, exist_ok=True)
                self.file = open(self.folder / "pieces", "wb")  # closed with the process; removed by ``spilling``
            return spool(piece, self.file)
        except OSError as exc:  # a full disk: the spill only saves memory
            self.unwritable = exc.strerror or str(exc)
            return piece


@contextlib.contextmanager
def spilling(out: Path) -> Iterator[Path]:
    """``OUT/.spill``, emptied before and after a build without a cache
    (one build at a time writes OUT, so what is there is a killed build's)."""
    folder = Path(out) / ".spill"
    shutil.rmtree(folder, ignore_errors=True)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class Engine:
    """Runs ``process`` over documents; subclasses say where.

    Up to ``window`` documents are in flight: each is submitted as soon as it
    is read, and results are taken back in input order, so workers never
    wait for a batch's slowest document or for the next files to be read.
    A document whose cache key is among ``unchanged`` (the previous build holds it,
    and the cache its piece) comes back Unchanged, its piece not even read.
    Each piece is stored (``store``: the cache, or a spill folder) as it
    arrives and handed on without its bulk.
    """
    window = 1

    def __init__(self, cache: Cache | None = None, spill: Cache | None = None, settings: Settings = DEFAULT) -> None:
        self.cache = cache
        self.settings = settings  # what extraction is given
        self.store = cache if cache is not None else spill  # where pieces go
        self.unchanged: frozenset[str] = frozenset()
        self.hits = self.misses = 0

    def inputs(self, files: list[Path | Remote], max_bytes: int) -> Iterator[Input | Failure]:
        """What ``run`` takes for ``files`` (found by path or by URL): here, each file read."""
        return read_inputs(files, max_bytes)

    def run(self, items: Iterable[Input | Failure], corpus: Corpus) -> Iterator[DocPiece | Unchanged | Failure]:
        complete = True  # every input read and extracted
        for done in self._in_order(items):
            complete = complete and not isinstance(done, Failure)
            yield done
        corpus.cache = {"hits": self.hits, "misses": self.misses}
        # Only a complete build prunes: a file that could not be read this
        # time keeps its result for the next.
        if self.cache is not None and complete and self.hits + self.misses:
            corpus.cache["pruned"] = self.cache.prune()

    def _in_order(self, items: Iterable[Input | Failure]) -> Iterator[DocPiece | Unchanged | Failure]:
        pending: deque[tuple[str, object]] = deque()
        for item in items:
            pending.append(self._start(item))
            if len(pending) >= self.window:
                yield self._finish(*pending.popleft())
        while pending:
            yield self._finish(*pending.popleft())

    def _start(self, item: Input | Failure) -> tuple[str, object]:
        """The item's key (in the cache, or the spill; "" without either)
        and what it comes to: a cached piece, a failure as it is, or the
        submitted work."""
        if isinstance(item, Failure):
            return "", item
        if self.cache is None:
            key = self.store.key(item) if self.store is not None else ""
            return key, self.submit(item, key)
        key = self.cache.key(item)
        hit = self._hit(key)
        if hit is not None:
            return key, hit
        self.misses += 1
        return key, self.submit(item, key)

    def _hit(self, key: str) -> DocPiece | Unchanged | None:
        """What the cache holds for ``key``: Unchanged when the previous build holds it too."""
        if key in self.unchanged and self.cache.has(key):
            self.hits += 1
            return Unchanged(key)
        cached = self.cache.get(key)
        if cached is not None:
            self.hits += 1
            cached.seconds = {}  # no extraction time was spent on it in this build
        return cached

    def _finish(self, key: str, started: object) -> DocPiece | Unchanged | Failure:
        if isinstance(started, (DocPiece, Unchanged, Failure)):
            return started
        result = self.result(started)
        if key and isinstance(result, DocPiece):
            result = self.store.put(key, result)  # as it is, if a worker stored it
        return result

    def _target(self, key: str) -> str | None:
        """Where a worker stores the piece of ``key``, if it can."""
        if not key or self.store.unwritable is not None:
            return None
        return str(self.store.path(key))

    def submit(self, doc: Input, key: str) -> object:
        raise NotImplementedError

    def result(self, work: object) -> DocPiece | Failure:
        raise NotImplementedError

    def close(self) -> None:
        pass


def process_into(item: Input, key: str, path: str | None, settings: Settings = DEFAULT) -> DocPiece | Failure:
    """``process``, its piece keyed, stored at ``path`` (in a worker:
    what crosses back to the build is the piece without its bulk), or whole when it
    cannot be stored there (the build's process tries, and says why)."""
    result = process(item, settings)
    if isinstance(result, DocPiece):
        result.key = key
        if path is not None:
            try:
                return store(result, Path(path))
            except OSError:
                pass
    return result


class Local(Engine):
    """In this process, one document at a time."""

    def submit(self, doc: Input, key: str) -> tuple[Input, str]:
        return doc, key

    def result(self, work: tuple[Input, str]) -> DocPiece | Failure:
        return process_into(*work, None, self.settings)


class Pool(Engine):
    """A pool of worker processes (fork: each inherits the loaded lexicons),
    each storing the pieces it makes."""

    def __init__(self, workers: int, cache: Cache | None = None, spill: Cache | None = None,
                 settings: Settings = DEFAULT) -> None:
        import multiprocessing  # with concurrent.futures, a fiftieth of a second: only a pool needs them
        from concurrent.futures import ProcessPoolExecutor
        super().__init__(cache, spill, settings)
        self.window = 8 * workers
        self.executor = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))

    def submit(self, doc: Input, key: str) -> Future:
        return self.executor.submit(process_into, doc, key, self._target(key), self.settings)

    def result(self, work: Future) -> DocPiece | Failure:
        return work.result()

    def close(self) -> None:
        self.executor.shutdown()


class Located(NamedTuple):
    """An input file by path or URL, as a Dask worker reads it (``remote.read``)."""
    path: str
    id: str
    max_bytes: int
    size: int  # when it was found; what a batch counts


def located(files: list[Path | Remote], max_bytes: int) -> Iterator[Located | Failure]:
    """``read_inputs`` without reading: each file's path (or URL) and id."""
    remote = [f for f in files if isinstance(f, Remote)]
    found, failures = find_inputs(f for f in files if not isinstance(f, Remote))
    yield from failures
    for f, doc_id in with_ids(sorted(found + remote, key=str) if remote else found):
        if isinstance(f, Remote):
            yield Located(f.url, doc_id, max_bytes, f.size)
            continue
        try:
            size = f.stat().st_size
        except OSError:
            size = 0  # its worker says why
        yield Located(str(f), doc_id, max_bytes, size)


Arrived = Failure | str | tuple[str, Failure | bytes]  # what a Dask task hands back of each document


def extract_batch(batch: list[Located | Failure], version: str, have: frozenset[str], keyed: bool,
                  settings: Settings = DEFAULT) -> list[Arrived]:
    """A Dask task: each file of ``batch`` read, keyed (with ``keyed``: the
    build has a cache) and, unless the build's cache holds its key
    (``have``: then the key alone comes back), extracted: its key, with
    its piece packed or the failure that stopped it."""
    out: list[Arrived] = []
    for item in batch:
        if isinstance(item, Failure):
            out.append(item)
            continue
        try:
            source = read(item.path, item.id, item.max_bytes)
        except IngestError as exc:
            out.append(Failure(shown(item.path), str(exc)))
            continue
        key = cache_key(version, source) if keyed else ""
        if key in have:
            out.append(key)
            continue
        result = process(source, settings)
        if isinstance(result, DocPiece):
            result.key = key
            result = pack(result)
        out.append((key, result))
    return out


class Dask(Engine):
    """A Dask cluster: the scheduler at ``address``, or a local cluster.

    Documents go by path or URL, in batches (``batch`` documents or
    ``batch_bytes`` of input a task): each worker reads its files (on
    storage every worker sees by the same paths, or through fsspec), keys them, and extracts
    those the build's cache lacks. Batches come back as they complete,
    each piece packed, and are stored at once; the build takes them in
    input order. This process holds neither the corpus nor the pieces' bulk.
    """
    batch, batch_bytes = 32, 4 << 20

    def __init__(self, address: str | None = None, cache: Cache | None = None, workers: int = 2,
                 spill: Cache | None = None, settings: Settings = DEFAULT) -> None:
        super().__init__(cache, spill, settings)
        from dask.distributed import Client, LocalCluster
        self.cluster = None if address else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                         dashboard_address=None)
        self.client = Client(address or self.cluster)

    def inputs(self, files: list[Path], max_bytes: int) -> Iterator[Located | Failure]:
        return located(files, max_bytes)

    def _batches(self, items: Iterable[Located | Failure]) -> Iterator[list[Located | Failure]]:
        batch, size = [], 0
        for item in items:
            batch.append(item)
            size += getattr(item, "size", 0)
            if len(batch) >= self.batch or size >= self.batch_bytes:
                yield batch
                batch, size = [], 0
        if batch:
            yield batch

    def _in_order(self, items: Iterable[Located | Failure]) -> Iterator[DocPiece | Unchanged | Failure]:
        from dask.distributed import as_completed
        keyed = self.cache is not None
        have = frozenset(p.stem for p in self.cache.folder.glob(f"??/*{SUFFIX}")) if keyed else frozenset()
        if have:
            have = self.client.scatter([have], broadcast=True)[0]  # once to each worker, not with every batch
        window = 2 * max(2, sum(self.client.nthreads().values()))  # batches in flight: each worker's next at hand
        version = self.cache.version if keyed else ""
        running, ready, done = {}, {}, as_completed()
        sent = taken = 0

        def arrive() -> None:
            future = next(done)
            ready[running.pop(future.key)] = [self._arrived(r) for r in future.result()]
            future.release()

        for batch in self._batches(items):
            future = self.client.submit(extract_batch, batch, version, have, keyed, self.settings, pure=False)
            running[future.key] = sent
            sent += 1
            done.add(future)
            while len(running) >= window:
                arrive()
            while taken in ready:
                yield from ready.pop(taken)
                taken += 1
        while taken < sent:
            if taken not in ready:
                arrive()
                continue
            yield from ready.pop(taken)
            taken += 1

    def _arrived(self, result: Arrived) -> DocPiece | Unchanged | Failure:
        """One document's result from a worker (``extract_batch``), its piece stored."""
        if isinstance(result, Failure):
            return result
        if isinstance(result, str):
            self.cache.used.add(result)
            hit = self._hit(result)
            if hit is not None:
                return hit
            raise RuntimeError(f"{self.cache.path(result)}: unreadable (build again with --no-cache)")
        key, packed = result
        if self.cache is not None:
            self.misses += 1
            self.cache.used.add(key)
        if isinstance(packed, Failure):
            return packed
        if self.store is None:
            return unpack(packed)
        return self.store.put_packed(key or self.store.key(None), packed)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make(engine: str = "local", workers: int = 1, scheduler: str | None = None, cache_dir: Path | None = None,
         unchanged: Iterable[str] = (), spill_dir: Path | None = None, settings: Settings = DEFAULT) -> Engine:
    """An engine that extracts with ``settings``; with ``cache_dir``, the
    documents whose keys are among ``unchanged`` come back Unchanged; without, with
    ``spill_dir``, pieces are stored there."""
    cache = Cache(cache_dir, settings) if cache_dir is not None else None
    spill = Spill(spill_dir, settings) if spill_dir is not None and cache is None else None
    if engine == "dask":
        made: Engine = Dask(scheduler, cache, workers=max(1, workers), spill=spill, settings=settings)
    elif workers > 1:
        made = Pool(workers, cache, spill, settings)
    else:
        made = Local(cache, spill, settings)
    made.unchanged = frozenset(unchanged)
    return made


def build(items: Iterable[Document | Source | Located | Failure], engine=None, observers=()) -> Corpus:
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
