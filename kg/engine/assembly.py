"""Stage 8: assembly. The corpus-level outputs from what each document
contributed: entities merged from their sightings in every document, the
default graph, records.jsonl and the explorer page.

Each output is joined from pieces: one per document (``DocPiece``: its
records, its part of the page, its description, its named graph), made by
the worker that extracted it and kept in the extraction cache, and one per
entity (``EntityPiece``: its record, its description with its relations,
its entry in the page), made here. The entity pieces are kept between
builds in a snapshot beside the cache, so a rebuild after a change merges
again only the entities the changed documents speak of, each from what all
documents say of it (kept with the entity), and joins the rest as it was.
A clean build is the same assembly from no snapshot, so a rebuild and a
clean build give the same bytes.

Merging reads each entity's sightings by document in the order of
(document id, source file), not in the order the inputs were given: the
graph does not depend on that order, and a rebuild need not know it.

Memory is bounded by the graph, not by the corpus: a build holds each
document's piece without its bulk (its bulk stays in the file the engine stored it
in, ``Stored``), the sightings and the merged entities' bulk wait in
spools on disk (``Spool``), and each output is written piece by piece, each
read when its turn comes. What stays in memory is, per document, its
head (names, counts, description, edges), and per entity its key, IRI,
name and type.
"""
from __future__ import annotations

import array
import functools
import hashlib
import io
import itertools
import marshal
import mmap
import operator
import os
import pickle
import struct
import tempfile
import weakref
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, NamedTuple

import orjson

from kg.exporters.records import document_records, entity_record, join_lines, record_template
from kg.engine.forked import Forked
from kg.engine.staging import _clear, write_atomic
from kg.rdf.graph import document_description, document_part, entity_description
from kg.rdf.parts import NoBuild, Part, read_index
from kg.rdf.terms import TURTLE
from kg.exporters.html import document_chunk, entity_entry, page
from kg.doc.model import Document
from kg.doc.settings import DEFAULT, Settings
from kg.engine.corpus import Unchanged
from kg.extraction.pipeline import DocFacts
from kg.rdf.rdftext import Statement
from kg.extraction.resolution import entity_of, key_of

EntityKey = tuple[str, str]  # resolution.entity_key
# What one document tells of one entity: its id and source file, then its
# sightings of the entity and the relations it states from it (predicate,
# object IRI), marshalled by the worker (plain tuples and lists): decoded
# only to merge the entity, and kept as they are in the snapshot.
EntityEvidence = tuple[str, str, bytes]
_DOCUMENT_ORDER = operator.itemgetter(0, 1)  # of an EntityEvidence: its document's id and source file

SNAPSHOT = "assembly.pickle"  # in the cache folder


@dataclass
class DocPiece:
    """What one document adds to the corpus outputs, ready to join: the
    unit a worker returns and the cache keeps. A function of the document
    alone (entity names, which are the corpus's, are put in when joined)."""
    document: Document        # without its text
    report: dict
    seconds: dict             # extraction time per stage; {} when it came from the cache
    part: Part                # its named graph
    description: list[Statement]  # it, in the default graph
    turtle: bytes             # the description as Turtle
    relations: bytes          # its relation records (``record_template``)
    measures: bytes           # its measure records, the same
    predicates: dict[str, int]  # relation records by predicate
    figures: int              # measure records
    chunk: bytes              # its part of the explorer page
    edges: bytes              # [(subject IRI, predicate, object IRI)] of its relation records, marshalled
    evidence: bytes           # what it says of each entity it speaks of (``evidence_of``), one after another
    entities: bytes           # [(entity key, length of its evidence)], in that order, marshalled
    key: str = ""             # its cache key, set by an engine with a cache
    # Where a build wrote its bytes: output file -> (start, end) of its
    # relation records, its measure records (records.jsonl) and its chunk
    # (graph.html). The snapshot keeps them, so the next build can copy
    # them from those files instead of reading the piece again.
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    stored: "Stored | None" = None  # where its bulk lies on disk, once an engine wrote it there (``store``)

    @property
    def order(self) -> tuple[str, str]:
        return self.document.id, self.document.source

    def bulk(self, name: str) -> bytes:
        """One of its BULK bytes: from the file it was stored in, or from itself."""
        if self.stored is not None:
            return self.stored.read(name)
        return self.part.turtle if name == "part" else getattr(self, name)

    def without_bulk(self) -> "DocPiece":
        """The piece without its bulk: as the snapshot keeps it (its bytes
        left in the outputs), or as a build holds it once stored."""
        part = Part(self.part.graph, b"", self.part.triples, self.part.digest)
        return replace(self, part=part, relations=b"", measures=b"", chunk=b"", evidence=b"", stored=None)


# The bytes of a piece that a build reads once or twice, each when its turn
# comes, and need not hold: a document's named graph, its records, its part
# of the page, what it says of each entity. Nine tenths of a piece.
BULK = ("part", "relations", "measures", "chunk", "evidence")
_TAIL = struct.Struct("<Q")


class Stored(NamedTuple):
    """Where a piece's bulk lies: the file, and each one's byte range in it
    (a document's or an entity's)."""
    path: str
    at: dict[str, tuple[int, int]]

    def read(self, name: str) -> bytes:
        start, end = self.at[name]
        fd = os.open(self.path, os.O_RDONLY)  # not open(): its buffered file objects cost thrice the read
        try:
            data = os.pread(fd, end - start, start)
        finally:
            os.close(fd)
        if len(data) != end - start:
            raise OSError(f"{self.path}: truncated (a stored piece changed under the build)")
        return data


def _spans(lengths: list[int]) -> dict[str, tuple[int, int]]:
    at, start = {}, 0
    for name, n in zip(BULK, lengths):
        at[name] = (start, start + n)
        start += n
    return at


def pack_into(piece: DocPiece, fh: BinaryIO) -> list[int]:
    """A piece as a file: its bulk, then its head (the piece without its bulk and the
    bulk's lengths, pickled), then where the head starts, so that reading
    the head reads nothing else. The bulk's lengths."""
    lengths = []
    for name in BULK:
        lengths.append(fh.write(piece.bulk(name)))
    start = fh.tell()
    pickle.dump((piece.without_bulk(), lengths), fh, protocol=pickle.HIGHEST_PROTOCOL)
    fh.write(_TAIL.pack(start))
    return lengths


def pack(piece: DocPiece) -> bytes:
    """The file ``pack_into`` writes, as bytes (a Dask worker's reply)."""
    fh = io.BytesIO()
    pack_into(piece, fh)
    return fh.getvalue()


def unpack(data: bytes, path: Path | None = None) -> DocPiece:
    """The piece in a file ``pack_into`` wrote: header, reading its bulk
    from ``path``, or whole from ``data``."""
    (start,) = _TAIL.unpack_from(data, len(data) - _TAIL.size)
    piece, lengths = pickle.loads(data[start:-_TAIL.size])  # our own files; never a document's content as code
    at = _spans(lengths)
    if path is not None:
        piece.stored = Stored(str(path), at)
        return piece
    bulk = {name: data[a:b] for name, (a, b) in at.items()}
    part = Part(piece.part.graph, bulk.pop("part"), piece.part.triples, piece.part.digest)
    return replace(piece, part=part, **bulk)


def load_piece(path: Path) -> DocPiece:
    """The piece stored in ``path``, without its bulk, its bulk left there."""
    with open(path, "rb") as fh:
        fh.seek(-_TAIL.size, os.SEEK_END)
        (start,) = _TAIL.unpack(fh.read(_TAIL.size))
        fh.seek(start)
        head = fh.read()
    piece, lengths = pickle.loads(head[:-_TAIL.size])  # our own files
    piece.stored = Stored(str(path), _spans(lengths))
    return piece


def spool(piece: DocPiece, fh: BinaryIO) -> DocPiece:
    """Append ``piece``'s bulk to the open file ``fh`` (one file for a whole
    build without a cache: a file per document cost a build a seventh of
    its time) and hand back the piece without it, reading it there."""
    start = fh.tell()
    lengths = [fh.write(piece.bulk(name)) for name in BULK]
    fh.flush()
    header = piece.without_bulk()
    header.stored = Stored(fh.name, {name: (a + start, b + start) for name, (a, b) in _spans(lengths).items()})
    return header


def store(piece: DocPiece, path: Path) -> DocPiece:
    """Write ``piece`` to ``path`` and hand back the piece without its bulk, reading it there."""
    lengths: list[int] = []
    write_atomic(path, lambda fh: lengths.extend(pack_into(piece, fh)))
    header = piece.without_bulk()
    header.stored = Stored(str(path), _spans(lengths))
    return header


def document_piece(facts: DocFacts) -> DocPiece:
    doc = facts.document
    relations, measures = document_records(facts)
    description = document_description(doc)
    evidence = sorted(evidence_of(facts).items())
    return DocPiece(
        document=doc, report=facts.report, seconds=facts.seconds, part=document_part(facts), description=description,
        turtle=TURTLE.statements(description).encode(),
        relations=b"".join(map(record_template, relations)), measures=b"".join(map(record_template, measures)),
        predicates=dict(Counter(r["predicate"] for r in relations)), figures=len(measures),
        chunk=document_chunk(doc.id, doc.title, relations, measures),
        edges=marshal.dumps([(r["subject"], r["predicate"], r["object"]) for r in relations]),
        evidence=b"".join(said for _, said in evidence),
        entities=marshal.dumps([(key, len(said)) for key, said in evidence]))


def evidence_of(facts: DocFacts) -> dict[EntityKey, bytes]:
    """What one document says of each entity it speaks of: its sightings
    of it and the relations it states from it, marshalled (an
    EntityEvidence's bytes)."""
    found: dict[EntityKey, tuple[list, list]] = {}
    for s in facts.mentions:
        key = key_of(s[0], s[1], s[2])
        evidence = found.get(key)
        if evidence is None:
            evidence = found[key] = ([], [])
        evidence[0].append(s)
    for r in facts.relations:
        found.setdefault(r.subject, ([], []))[1].append((r.predicate, r.object_iri))
    return {key: marshal.dumps(evidence) for key, evidence in found.items()}


@dataclass
class EntityPiece:
    iri: str
    type: str
    name: str
    name_json: bytes          # the name as a JSON string, for the records that name the entity
    line: bytes               # its record
    entry: bytes              # its entry in the explorer page
    turtle: bytes             # its description in the default graph
    triples: int
    statements: bytes         # that description's statements, marshalled (the validation sample reads a few)
    evidence: bytes               # what each document says of it ([EntityEvidence], in document order), marshalled
    stored: Stored | None = None  # where its ENTITY_BULK lies, once spooled (``Spool.keep``)

    def bulk(self, name: str) -> bytes:
        return self.stored.read(name) if self.stored is not None else getattr(self, name)

    def without_bulk(self, stored: Stored | None) -> "EntityPiece":
        return replace(self, line=b"", entry=b"", turtle=b"", statements=b"", evidence=b"", stored=stored)


# What a build holds of an entity is its name, type and IRI; the rest waits
# in a spool (and, between builds, in the snapshot's file).
ENTITY_BULK = ("line", "entry", "turtle", "statements", "evidence")


class Spool:
    """A file of bytes a build writes once and reads back by range, in
    ``folder`` (removed with it): the entities' pieces as they are merged,
    the documents' sightings of them as they arrive. What cannot be
    written (a full disk, a file size limit) is held in memory instead:
    the spool only saves memory."""

    def __init__(self, folder: Path) -> None:
        self.fd, self.path = tempfile.mkstemp(dir=folder, prefix=".spool-")
        self.close = weakref.finalize(self, os.close, self.fd)  # once read for the last time
        self.at = 0
        self.in_memory: bytearray | None = None  # what came from ``self.base`` on, once a write failed
        self.base = 0

    def put(self, data: bytes, lengths: Iterable[int]) -> list[tuple[int, int]]:
        """``data``, chunks of ``lengths`` one after another, appended; where each chunk lies."""
        written = 0
        if self.in_memory is None:
            try:
                while written < len(data):
                    written += os.write(self.fd, memoryview(data)[written:])
            except OSError:
                self.in_memory, self.base = bytearray(), self.at + written
        if self.in_memory is not None:
            self.in_memory += memoryview(data)[written:]
        spans = []
        for length in lengths:
            spans.append((self.at, self.at + length))
            self.at += length
        return spans

    def keep(self, piece: EntityPiece) -> EntityPiece:
        """``piece`` written here, handed back without its bulk (whole, if it could not be)."""
        chunks = [getattr(piece, name) for name in ENTITY_BULK]
        spans = self.put(b"".join(chunks), map(len, chunks))
        if self.in_memory is not None:
            return piece
        return piece.without_bulk(Stored(self.path, dict(zip(ENTITY_BULK, spans))))

    def read(self, start: int, end: int) -> bytes:
        if self.in_memory is None or end <= self.base:
            return os.pread(self.fd, end - start, start)
        if start >= self.base:
            return bytes(self.in_memory[start - self.base:end - self.base])
        return os.pread(self.fd, self.base - start, start) + bytes(self.in_memory[:end - self.base])


def entity_piece(key: EntityKey, evidence: list[EntityEvidence]) -> EntityPiece | None:
    """One entity from what every document says of it (in document order);
    None when no document mentions it any more."""
    evidence_for = [marshal.loads(d[2]) for d in evidence]
    sightings = [s for sightings, _ in evidence_for for s in sightings]
    if not sightings:
        return None
    e = entity_of(key, sightings)
    statements = entity_description(e, [r for _, relations in evidence_for for r in relations])
    record = entity_record(e)
    return EntityPiece(iri=e.iri, type=e.type, name=e.name, name_json=orjson.dumps(e.name),
                       line=orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE), entry=entity_entry(record),
                       turtle=TURTLE.statements(statements).encode(), triples=len(statements),
                       statements=marshal.dumps(statements), evidence=marshal.dumps(evidence))


class Snapshot(NamedTuple):
    """What a build keeps for the next: the pipeline's version, its
    documents' pieces by cache key (``DocPiece.without_bulk``), its entity pieces,
    and how it left its outputs (size, mtime, inode of each), so that the
    next build knows the bytes its spans point at are still there."""
    version: str
    documents: dict[str, DocPiece]
    entities: dict[EntityKey, EntityPiece]
    outputs: dict[str, tuple[int, int, int]]


# The outputs whose bytes a rebuild copies: graph.ttl (each document's named
# graph, where graph.parts.json says), records.jsonl and graph.html.
REUSED = ("graph.ttl", "records.jsonl", "graph.html")
SIGNED = (*REUSED, "graph.parts.json")  # what must be as the snapshot's build left it


def signature(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ino


class Previous(NamedTuple):
    """The previous build, as a rebuild reads it: its snapshot, and its
    outputs mapped into memory (nothing is read until a span is written)."""
    snapshot: Snapshot
    outputs: dict[str, memoryview]
    parts: dict[str, tuple[int, int]]  # named graph -> its span in graph.ttl


def previous_build(out: Path, cache: Path, version: str) -> Previous | None:
    """The previous build into ``out``, when its snapshot is this
    pipeline's and its outputs are as it wrote them; else None (every
    document's piece is then read from the cache)."""
    snapshot = load(cache, version)
    if snapshot is None or any(signature(out / n) != snapshot.outputs.get(n) for n in SIGNED):
        return None
    try:
        parts = {row["graph"]: (row["start"], row["end"]) for row in read_index(out)}
        outputs = {}
        for name in REUSED:
            with open(out / name, "rb") as fh:
                outputs[name] = memoryview(mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ))
    except (OSError, ValueError, NoBuild):  # ValueError: an empty file cannot be mapped
        return None
    return Previous(snapshot, outputs, parts)


class MergeCounts(NamedTuple):
    """What a build assembled anew: documents new to it, entities merged again."""
    documents: int
    entities: int


@dataclass
class Assembly:
    """A build's corpus: its documents' pieces in input order, its entities,
    and the previous build's outputs, whose bytes the unchanged documents'
    pieces point at (``unchanged``: their keys)."""
    docs: list[DocPiece]
    entities: dict[EntityKey, EntityPiece]  # by key
    previous: Previous | None = None
    unchanged: frozenset[str] = frozenset()
    merged: MergeCounts = MergeCounts(0, 0)
    sightings: Sightings | None = None  # whose folder holds the entities' spools: kept as long as they are read
    settings: Settings = DEFAULT  # the page's node limit

    @functools.cached_property
    def by_document(self) -> list[DocPiece]:
        """The documents in records' order: by id, then source file."""
        return sorted(self.docs, key=lambda d: d.order)

    def _previous_bytes(self, d: DocPiece, output: str, what: str) -> memoryview:
        start, end = d.spans[what]
        return self.previous.outputs[output][start:end]

    def default_part(self) -> Part:
        """The default graph: the documents, then the entities with their relations."""
        turtle = b"".join([d.turtle for d in self.docs] + [e.bulk("turtle") for e in self.entities.values()])
        triples = sum(len(d.description) for d in self.docs) + sum(e.triples for e in self.entities.values())
        return Part("", turtle, triples, hashlib.sha1(turtle).hexdigest())

    @functools.cached_property
    def parts(self) -> list[Part]:
        """The default graph, then each document's; an unchanged document's
        statements are a view of the previous graph.ttl, a stored one's
        are read when asked for."""
        parts = [self.default_part()]
        for d in self.docs:
            if d.key in self.unchanged:
                start, end = self.previous.parts[d.part.graph]
                parts.append(Part(d.part.graph, self.previous.outputs["graph.ttl"][start:end], d.part.triples,
                                  d.part.digest))
            else:
                parts.append(d.part if d.stored is None else StoredPart(d))
        return parts

    @property
    def records(self) -> Iterator[bytes | memoryview]:
        """records.jsonl, in pieces: the entities by IRI, then the
        relations and the measures, each by document, each read when its
        turn comes. Sets each document's spans there."""
        entities = sorted(self.entities.values(), key=lambda e: e.iri)
        at = 0
        for e in entities:
            line = e.bulk("line")
            at += len(line)
            yield line
        names = {e.iri.encode(): e.name_json for e in entities}
        for what in ("relations", "measures"):
            for d in self.by_document:
                lines = self._previous_bytes(d, "records.jsonl", what) if d.key in self.unchanged else join_lines(d.bulk(what), names)
                d.spans[what] = (at, at + len(lines))
                at += len(lines)
                yield lines

    @property
    def page(self) -> Iterator[bytes | memoryview]:
        """The explorer page, in pieces: the whole graph (``kg html
        --max-nodes`` draws a part). Sets each document's span there."""
        entities = {e.iri: e for e in self.entities.values()}
        edges = set(itertools.chain.from_iterable(marshal.loads(d.edges) for d in self.docs))  # each once: a fact recurs
        shown = sorted(entities)
        before, after = page({i: (entities[i].name, entities[i].type) for i in shown},
                             [entities[i].bulk("entry") for i in shown], edges, [])
        del edges
        yield before
        at = len(before)
        for n, d in enumerate(self.by_document):
            if n:
                at += 1
                yield b","
            chunk = self._previous_bytes(d, "graph.html", "chunk") if d.key in self.unchanged else d.bulk("chunk")
            d.spans["chunk"] = (at, at + len(chunk))
            at += len(chunk)
            yield chunk
        yield after

    def counts(self) -> dict:
        """What report.json counts: entities by type, relation records by predicate, measure records."""
        relations: Counter = Counter()
        for d in self.docs:
            relations.update(d.predicates)
        return {"entities": dict(sorted(Counter(e.type for e in self.entities.values()).items())),
                "relations": dict(sorted(relations.items())), "measures": sum(d.figures for d in self.docs)}

    def default_graph(self) -> "DefaultGraphBySubject":
        return DefaultGraphBySubject(self)

    def snapshot(self, version: str, out: Path) -> Snapshot:
        """What the next build keeps of this one, once its outputs are in ``out``."""
        return Snapshot(version, {d.key: d.without_bulk() for d in self.docs}, self.entities,
                        {n: signature(out / n) for n in SIGNED})


class StoredPart(Part):
    """A document's named graph whose statements stay in its stored piece
    until read: a build holds its name, size and digest, not its Turtle."""

    def __init__(self, piece: DocPiece) -> None:  # noqa: the dataclass's fields, set as its __init__ would
        for name in ("graph", "triples", "digest"):
            object.__setattr__(self, name, getattr(piece.part, name))
        object.__setattr__(self, "_piece", piece)

    @property
    def turtle(self) -> bytes:
        return self._piece.bulk("part")

    @property
    def size(self) -> int:
        start, end = self._piece.stored.at["part"]  # known without reading it
        return end - start


class DefaultGraphBySubject:
    """The default graph's statements by subject, as the validation sample
    reads them (``kg.serve.validate.StatementsBySubject``): an entity's are unmarshalled
    from its piece only when asked for."""

    def __init__(self, assembly: Assembly) -> None:
        self._docs = {d.description[0][0]: d.description for d in assembly.docs}
        self._entities = {f"<{e.iri}>": e for e in assembly.entities.values()}
        self._spooled = assembly.sightings  # the folder its entities' statements lie in lives as long as this
        self.entities = list(self._entities)

    def get(self, subject: str, default=()) -> list[Statement]:
        if subject in self._docs:
            return self._docs[subject]
        e = self._entities.get(subject)
        return marshal.loads(e.bulk("statements")) if e is not None else default


class Sightings:
    """What the documents new to a build say of each entity, gathered as
    their pieces arrive (an observer of ``engines.build``): merging then
    waits for no second pass over the corpus. The sightings wait in a
    spool in ``folder`` (a temporary one without), each entity's listed by
    where they lie, so the build holds no more than the entities' keys."""

    def __init__(self, previous: Previous | None = None, folder: Path | None = None) -> None:
        self.before = previous.snapshot.documents if previous is not None else {}
        if folder is None:
            self._temporary = tempfile.TemporaryDirectory(prefix="kg-assembly-")  # removed with this object
            folder = Path(self._temporary.name)
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.spool = Spool(self.folder)
        self.docs: list[tuple[str, str]] = []  # each new document's id and source file
        self.came: dict[EntityKey, array.array] = {}  # document number, start, end of each sighting

    def __call__(self, piece: DocPiece | Unchanged) -> None:
        if isinstance(piece, Unchanged) or piece.key in self.before:
            return
        n = len(self.docs)
        self.docs.append(piece.order)
        entities = marshal.loads(piece.entities)
        for (key, _), span in zip(entities, self.spool.put(piece.bulk("evidence"), [length for _, length in entities])):
            where = self.came.get(key)
            if where is None:
                where = self.came[tuple(key)] = array.array("q")
            where.extend((n, *span))

    def evidence_for(self, key: EntityKey) -> list[EntityEvidence]:
        """What the new documents say of ``key``, in document order (a
        stable sort: pieces arrive in input order)."""
        where = iter(self.came.get(key, ()))
        docs, read = self.docs, self.spool.read
        evidence = [(*docs[n], read(start, end)) for n, start, end in zip(where, where, where)]
        evidence.sort(key=_DOCUMENT_ORDER)
        return evidence


def assemble(items: list[DocPiece | Unchanged], previous: Previous | None = None,
             reload: Callable[[str], DocPiece | None] = lambda key: None, jobs: int = 1,
             sightings: Sightings | None = None, settings: Settings = DEFAULT) -> Assembly:
    """The corpus from its documents' pieces, in input order: each a
    DocPiece, or Unchanged for a document the previous build holds as it is now.
    With the previous build, only the entities that documents new to it,
    or gone from it, speak of are merged again; an unchanged document whose
    records name an entity whose name changed is read again (``reload``,
    by cache key) to write them with the new name. ``sightings``: what
    the new documents say, if gathered as they arrived; the entities'
    pieces are spooled in its folder. With ``jobs`` to spare, a forked
    process merges half of the entities (from ``settings.limits.fork_from``
    of them)."""
    before = previous.snapshot.documents if previous is not None else {}
    entities = dict(previous.snapshot.entities) if previous is not None else {}
    docs = [before[d.key] if isinstance(d, Unchanged) else d for d in items]
    unchanged = {d.key for d in items if isinstance(d, Unchanged)}
    if sightings is None:
        sightings = Sightings(previous)
        for d in items:
            sightings(d)
    new = [d for d in docs if d.key not in before]
    # A document the previous build held and this one does not (changed,
    # gone or unreadable) takes back what it evidence.
    present = {d.key for d in docs}
    gone = [d for key, d in before.items() if key not in present]
    gone_docs = {d.order for d in gone}
    touched = set(sightings.came)
    for d in gone:
        touched.update(tuple(key) for key, _ in marshal.loads(d.entities))

    def evidence_for(key: EntityKey) -> list[EntityEvidence]:
        evidence = sightings.evidence_for(key)
        old = entities.get(key)
        if old is not None:
            kept = [s for s in marshal.loads(old.bulk("evidence")) if (s[0], s[1]) not in gone_docs]
            evidence = sorted(kept + evidence, key=_DOCUMENT_ORDER)
        return evidence

    renamed: set[tuple[str, str]] = set()  # the documents that name an entity whose name changed
    for key, piece in merged(touched, evidence_for, sightings.folder, jobs, settings.limits.fork_from).items():
        old = entities.get(key)
        if piece is None:
            entities.pop(key, None)
            continue
        entities[key] = piece
        if old is not None and old.name != piece.name:
            renamed.update((s[0], s[1]) for s in evidence_for(key))
    for i, d in enumerate(docs):
        if d.key in unchanged and d.order in renamed:
            docs[i] = reload(d.key)
            if docs[i] is None:
                raise RuntimeError(f"{d.document.source}: its cached piece cannot be read (build again with --no-cache)")
            unchanged.discard(d.key)
    return Assembly(docs, dict(sorted(entities.items())), previous, frozenset(unchanged), MergeCounts(len(new), len(touched)),
                    sightings, settings)


def merged(keys: Iterable[EntityKey], evidence_for: Callable[[EntityKey], list[EntityEvidence]], folder: Path, jobs: int = 1,
           fork_from: int = DEFAULT.limits.fork_from) -> dict[EntityKey, EntityPiece | None]:
    """Each entity from what the documents say of it (``evidence_for``), spooled
    in ``folder``; with ``jobs`` to spare and ``fork_from`` entities or
    more, half are merged in a forked process."""
    keys = sorted(keys)
    if jobs < 2 or len(keys) < fork_from:
        return _merge(evidence_for, keys, folder)
    half = Forked(functools.partial(_merge, evidence_for, keys[1::2], folder))
    mine = _merge(evidence_for, keys[::2], folder)
    return {**mine, **half.result()}


def _merge(evidence_for: Callable[[EntityKey], list[EntityEvidence]], keys: list[EntityKey],
           folder: Path) -> dict[EntityKey, EntityPiece | None]:
    spool = Spool(folder)  # each process its own
    pieces = {}
    for key in keys:
        piece = entity_piece(key, evidence_for(key))
        pieces[key] = None if piece is None else spool.keep(piece)
    spool.close()
    return pieces


def load(folder: Path, version: str) -> Snapshot | None:
    """The snapshot a build left, if this pipeline made it: its entities
    header, their bulk left in its file."""
    path = Path(folder) / SNAPSHOT
    try:
        with open(path, "rb") as fh:
            fh.seek(-_TAIL.size, os.SEEK_END)
            (start,) = _TAIL.unpack(fh.read(_TAIL.size))
            fh.seek(start)
            found = pickle.load(fh)  # our own file, written below
    except Exception:  # missing, truncated, or of another version of this module: assembled anew
        return None
    if not isinstance(found, Snapshot) or found.version != version:
        return None
    where = str(path)
    for e in found.entities.values():
        e.stored = Stored(where, e.stored.at)
    return found


def save(snapshot: Snapshot, folder: Path) -> None:
    """The snapshot as one file (``SnapshotFile``), written at once."""
    file = SnapshotFile(folder)
    try:
        file.finish(snapshot, file.entities(snapshot.entities))
    except BaseException:
        file.abort()
        raise


class SnapshotFile:
    """The snapshot as one file, written beside it and renamed into place:
    its entities' bulk, copied from where each lies (a spool of this
    build, or the previous snapshot's file, replaced only once this one is
    written), then the rest pickled. The entities' bulk, the most of it,
    does not depend on the outputs: a build with a process to spare
    writes it (``entities``) while a forked process writes the page, and
    the rest (``finish``) once that is done."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / SNAPSHOT
        self.tmp = self.path.with_name(f".{SNAPSHOT}.{os.getpid()}.tmp")  # the build's process's, wherever written
        _clear(self.path.parent, SNAPSHOT)  # what a killed build left

    def entities(self, entities: dict[EntityKey, EntityPiece]) -> dict[EntityKey, EntityPiece]:
        """The entities' bulk written; each entity without it, pointing at it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        headers = {}
        with open(self.tmp, "wb") as fh:
            for key, e in entities.items():
                at = {}
                for name in ENTITY_BULK:
                    start = fh.tell()
                    at[name] = (start, start + fh.write(e.bulk(name)))
                headers[key] = e.without_bulk(Stored("", at))  # its file's path is put in when loaded
        return headers

    def finish(self, snapshot: Snapshot, entities: dict[EntityKey, EntityPiece]) -> None:
        """The rest of ``snapshot`` (``entities``: what ``entities`` returned) written, and the file put in place."""
        with open(self.tmp, "ab") as fh:
            start = fh.tell()
            pickle.dump(snapshot._replace(entities=entities), fh, protocol=pickle.HIGHEST_PROTOCOL)
            fh.write(_TAIL.pack(start))
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        self.tmp.unlink(missing_ok=True)
