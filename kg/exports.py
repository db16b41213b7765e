"""Stage 9: exports, registered by format name, and the records each document contributes.

``EXPORTERS["turtle"](build, path)`` writes one file. Every file is written
beside its target and renamed into place, so an interrupted build never
leaves a half-written output.
"""
from __future__ import annotations

import fcntl
import functools
import glob
import json
import os
import shutil
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, Optional

import orjson
import pyoxigraph as ox

from .graph import PREFIXES, TURTLE_HEADER, NoBuild, Part, parts_index, quads, read_parts, triples
from .pipeline import Corpus, DocFacts, Said
from .registry import Registry
from .resolution import Entity, mention_iri

if TYPE_CHECKING:  # the assembly joins what this module writes
    from .assembly import Assembly


@dataclass
class Build:
    """What exporters read: the documents' titles and the graph, as
    serialized parts (the default graph first, then each document's) and
    as quads. A fresh build has its corpus and assembly too (report.json,
    records.jsonl and the page are joined from the assembly's pieces); a
    build read back from disk (``load``) has its records, and cuts its
    parts from graph.ttl by graph.parts.json, so exports need no store."""
    titles: dict[str, str]
    parts: list[Part]
    records: list[dict] = field(default_factory=list)
    corpus: Optional[Corpus] = None
    assembly: Optional[Assembly] = None

    @classmethod
    def of(cls, corpus: Corpus, assembly: Assembly) -> "Build":
        return cls({d.document.id: d.document.title for d in assembly.docs}, assembly.parts, corpus=corpus,
                   assembly=assembly)

    @classmethod
    def load(cls, folder: Path) -> "Build":
        """An earlier build, from its records and its graph."""
        recs, titles = read_records(Path(folder))
        return cls(titles, read_parts(Path(folder)), recs)

    @functools.cached_property
    def dataset(self) -> list[ox.Quad]:
        """Every quad, each once."""
        return quads(self.parts)


def read_records(folder: Path) -> tuple[list[dict], dict[str, str]]:
    """A build's records and its documents' titles, read back from disk."""
    path = folder / "records.jsonl"
    if not path.exists():
        raise NoBuild(f"{folder}: no records.jsonl (run `kg build --out {folder}` first)")
    # Lines end at "\n" only: a name may hold U+0085 or U+2028, which JSON keeps raw and splitlines() splits at.
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    titles = {}
    report_path = folder / "report.json"
    if report_path.exists():
        titles = {f["document"]: f.get("title", "") for f in json.loads(report_path.read_text(encoding="utf-8"))["files"]
                  if f.get("status") == "ok"}
    return recs, titles


_UMASK = os.umask(0)
os.umask(_UMASK)

Exporter = Callable[[Build, Path], None]
EXPORTERS = Registry()
exporter = EXPORTERS.register


def _fsync(path: Path) -> None:
    if path.is_file() and not path.is_symlink():
        with open(path, "rb") as fh:
            os.fsync(fh.fileno())


class WriteError(Exception):
    """An output that cannot be written (a full disk, a file size limit, no
    memory, no permission, another build writing the folder): one line
    naming the path and the reason; ``kg build`` exits with code 3."""

    @classmethod
    def of(cls, path: Path, exc: BaseException) -> "WriteError":
        if isinstance(exc, MemoryError):
            reason = "out of memory"
        elif isinstance(exc, OSError) and exc.strerror:
            reason = exc.strerror[0].lower() + exc.strerror[1:]
        else:
            reason = f"{type(exc).__name__}: {exc}"
        return cls(f"{path}: cannot write: {reason}")


LOCK = ".build.lock"


@contextmanager
def writer(out: Path) -> Iterator[None]:
    """One build at a time writes ``out``: a second one, started while the
    first writes, stops at once instead of deleting its staged files."""
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        fh = open(out / LOCK, "a+b")
    except OSError as exc:
        raise WriteError.of(out / LOCK, exc) from None
    with fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise WriteError(f"another build is writing {out}; nothing written (run again when it ends)") from None
        yield


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


class Staging:
    """Outputs written beside their targets, then renamed into place together.

    Nothing is renamed until every file is written, so a build that fails
    or is killed before that leaves the previous outputs untouched; the
    renames that follow are one system call each. ``begin`` clears what a
    killed build left, ``write`` writes one output beside its target, ``end``
    renames them all, and ``abort`` deletes what was written. Staged files
    are named ``.NAME.PID.tmp``: those of a process still running (a
    ``kg export`` beside a build, the store's link) are left alone.
    """

    def __init__(self, out: Path, outputs: dict[str, str]) -> None:
        self.out, self.outputs = Path(out), outputs
        self.staged: dict[str, Path] = {}  # output name -> the file being written

    def begin(self) -> None:
        try:
            self.out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WriteError.of(self.out, exc) from None
        for name in self.outputs:  # what a killed process left of these outputs
            _clear(self.out, name)

    def _path(self, name: str) -> Path:
        """Where an output is written before it is published."""
        return self.out / f".{name}.{os.getpid()}.tmp"

    def write(self, build: Build, name: str) -> None:
        tmp = self.staged[name] = self._path(name)
        try:
            EXPORTERS[self.outputs[name]](build, tmp)
            if tmp.is_file() and not tmp.is_symlink():
                os.chmod(tmp, 0o666 & ~_UMASK)
            _fsync(tmp)
        except (OSError, MemoryError) as exc:
            raise WriteError.of(self.out / name, exc) from None
        except Exception as exc:
            raise RuntimeError(f"writing {name}: {type(exc).__name__}: {exc}") from exc

    def end(self) -> None:
        try:
            for name in self.outputs:
                try:
                    _replace(self.staged[name], self.out / name)
                except OSError as exc:
                    raise WriteError.of(self.out / name, exc) from None
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        """Delete every staged file."""
        for tmp in self.staged.values():
            _remove(tmp)


BUILDS = ".builds"  # in a build's folder: one folder per build, the published one and any being written
CURRENT = ".build"  # the symbolic link to the published one


class Publication(Staging):
    """A build's outputs published as a whole: written into a folder of
    their own (``OUT/.builds/ID``), then published by one rename, of the
    symbolic link ``OUT/.build`` to that folder. Each output in OUT is a
    link through it (``graph.ttl -> .build/graph.ttl``), so every reader,
    and a build killed at any moment, finds all the outputs of one build,
    never some of the new and some of the old. Once published, the other
    builds' folders are deleted (a reader that opened a file keeps it)."""

    def begin(self) -> None:
        super().begin()
        _clear(self.out, CURRENT[1:])  # the link a killed build was about to publish
        self.folder = self.out / BUILDS / f"{time.time_ns():016x}-{os.getpid()}"
        self.published = False
        try:
            self.folder.mkdir(parents=True)
        except OSError as exc:
            raise WriteError.of(self.folder, exc) from None

    def _path(self, name: str) -> Path:
        return self.folder / name

    def end(self) -> None:
        try:
            _link(self.out / CURRENT, Path(BUILDS) / self.folder.name)
        except OSError as exc:
            self.abort()
            raise WriteError.of(self.out / CURRENT, exc) from None
        self.published = True
        # Made once; `kg html` or `kg export` may have written a file in place of one.
        for name in self.outputs:
            try:
                _link(self.out / name, Path(CURRENT) / name)
            except OSError as exc:
                raise WriteError.of(self.out / name, exc) from None
        for other in (self.out / BUILDS).iterdir():
            if other != self.folder:
                _remove(other)

    def abort(self) -> None:
        if not self.published:
            _remove(self.folder)


def _link(path: Path, target: Path) -> None:
    """``path`` made a symbolic link to ``target`` by one rename, unless it is one."""
    if path.is_symlink() and os.readlink(path) == str(target):
        return
    tmp = path.with_name(f"{path.name if path.name.startswith('.') else '.' + path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(target)
    os.replace(tmp, path)


def _clear(out: Path, name: str) -> None:
    """``.NAME.PID.tmp`` (and ``.old``) files left in ``out`` by this process or one that is gone."""
    for stale in list(out.glob(f".{glob.escape(name)}.*.tmp")) + list(out.glob(f".{glob.escape(name)}.*.old")):
        pid = stale.name[len(name) + 2:].rpartition(".")[0]
        if pid.isdigit() and (int(pid) == os.getpid() or not _alive(int(pid))):
            _remove(stale)


def _remove(path: Path) -> None:
    """A staged file, or folder (neo4j), if it is there."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _replace(tmp: Path, final: Path) -> None:
    """Rename into place; a folder output (neo4j) swaps with the old folder."""
    if tmp.is_dir() and not tmp.is_symlink() and final.is_dir() and not final.is_symlink():
        old = final.with_name(f".{final.name}.{os.getpid()}.old")
        os.replace(final, old)
        os.replace(tmp, final)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(tmp, final)


def write_one(build: Build, fmt: str, path: Path) -> None:
    """One export to ``path``, written beside it and renamed into place."""
    path = Path(path)
    staging = Staging(path.parent, {path.name: fmt})
    staging.begin()
    try:
        staging.write(build, path.name)
        staging.end()
    except BaseException:
        staging.abort()
        raise


# -- RDF ------------------------------------------------------------------------

RDF_FORMATS = {"ntriples": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
               "rdfxml": ox.RdfFormat.RDF_XML}


@exporter("turtle")
def write_turtle(build: Build, path: Path) -> None:
    """The graph as Turtle: the parts' statements, as the graph stage
    wrote them (in Oxigraph's layout, far faster than rdflib's serializer)."""
    with open(path, "wb") as fh:
        fh.write(TURTLE_HEADER)
        for p in build.parts:
            fh.write(p.turtle)


def _rdf_exporter(name: str, fmt: ox.RdfFormat) -> Exporter:
    def write(build: Build, path: Path) -> None:
        data = build.dataset if fmt.supports_datasets else triples(build.dataset)
        with open(path, "wb") as fh:
            ox.serialize(data, fh, format=fmt, prefixes=PREFIXES if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML) else None)
    write.__doc__ = f"The graph as {name}."
    return write


for _name, _fmt in RDF_FORMATS.items():
    exporter(_name)(_rdf_exporter(_name, _fmt))


@exporter("jsonld")
def write_jsonld(build: Build, path: Path) -> None:
    """Compact JSON-LD under ontology/context.jsonld, one named graph per document."""
    from . import jsonld
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        jsonld.write(build.dataset, fh)


@exporter("graphml")
def write_graphml(build: Build, path: Path) -> None:
    """GraphML for Gephi, Cytoscape and yEd."""
    from .property_graph import write_graphml as write
    write(build.records, path)


@exporter("neo4j")
def write_neo4j_folder(build: Build, path: Path) -> None:
    """A folder for Neo4j: nodes.csv, relationships.csv, load.cypher, import.sh."""
    from .property_graph import write_neo4j
    write_neo4j(build.records, path)


@exporter("parts")
def write_parts_index(build: Build, path: Path) -> None:
    """Where each graph's statements lie in graph.ttl (``graph.parts_index``):
    what the store is made from, graphs named."""
    path.write_bytes(parts_index(build.parts))


# -- records.jsonl ----------------------------------------------------------------

def entity_record(e: Entity) -> dict:
    return {"kind": "entity", "id": e.iri, "type": e.type, "subtype": e.subtype, "name": e.name, "aliases": e.aliases,
            "mentions": [{"doc": d, "start": a, "end": b} for d, a, b in e.mentions]}


def document_records(facts: DocFacts) -> tuple[list[dict], list[dict]]:
    """One document's relation and measure records as records.md describes
    them, each unique fact once, in the document's order; the entities'
    names are the corpus's, so they are left None here (``record_line``)."""
    # The best statement of each fact is chosen before any record is made:
    # one statement in six repeats a fact its document already states
    # (46,189 statements, 38,939 facts on 1,000 documents).
    best: dict[tuple, Said] = {}
    for rel in facts.relations:
        key = (rel.subject_iri, rel.predicate, rel.object_iri)
        kept = best.get(key)
        if kept is None or kept.confidence < rel.confidence:
            best[key] = rel
    relations = []
    for rel in sorted(best.values(), key=lambda r: (r.fact.start, r.predicate, r.subject_iri, r.object_iri)):
        fact = rel.fact
        rec = {"kind": "relation", "subject": rel.subject_iri, "subject_name": None, "predicate": rel.predicate,
               "object": rel.object_iri, "object_name": None, "doc": fact.doc,
               "sentence": fact.text, "start": fact.start, "end": fact.end,
               "extractor": rel.extractor, "confidence": rel.confidence}
        if rel.role:
            rec["role"] = rel.role
        relations.append(rec)
    seen: dict[tuple, list[str]] = {}
    measures = []
    for m, fact in facts.measures:
        subject = mention_iri(m.subject)
        # One figure once per document: the same value of the same subject
        # under an indicator that contains, or is contained in, one seen.
        key = (subject, m.value, m.unit)
        if any(m.indicator in i or i in m.indicator for i in seen.get(key, ())):
            continue
        seen.setdefault(key, []).append(m.indicator)
        measures.append({"kind": "measure", "subject": subject, "subject_name": None, "indicator": m.indicator,
                         "value": int(m.value) if float(m.value).is_integer() else m.value, "unit": m.unit,
                         "year": m.year, "status": m.status, "change": m.change, "qualifier": m.qualifier,
                         "doc": fact.doc, "sentence": fact.text, "start": fact.start, "end": fact.end,
                         "extractor": m.extractor, "confidence": m.confidence})
    measures.sort(key=lambda r: (r["start"], r["subject"], r["indicator"], str(r["value"])))
    return relations, measures


# A record's name keys, each with the key of the IRI whose name it holds.
NAMES = {"subject_name": "subject", "object_name": "object"}
_UNNAMED = "\x1f"  # stands for a name while a record is serialized


def record_template(rec: dict) -> bytes:
    """A record's JSON line with each entity name left out: in its place
    the IRI whose name goes there, between NUL bytes, which JSON text never
    holds raw (``join_lines`` puts the names in). Inside a JSON string
    every quote is escaped, so ``"subject_name":"\\u001f"`` is found only
    where the record put it."""
    line = orjson.dumps({k: _UNNAMED if k in NAMES else v for k, v in rec.items()}, option=orjson.OPT_APPEND_NEWLINE)
    for key, partner in NAMES.items():
        if key in rec:
            slot = b'"%s":' % key.encode()
            line = line.replace(slot + b'"\\u001f"', b"%s\0%s\0" % (slot, rec[partner].encode()), 1)
    return line


def join_lines(template: bytes, names: dict[bytes, bytes]) -> bytes:
    """Lines from ``record_template`` with the names (JSON strings, by
    IRI) put in."""
    parts = template.split(b"\0")
    parts[1::2] = [names[iri] for iri in parts[1::2]]
    return b"".join(parts)


@exporter("records")
def write_records(build: Build, path: Path) -> None:
    """One JSON object per line, UTF-8, keys in the spec's order."""
    with open(path, "wb") as fh:
        fh.writelines(build.assembly.records)


# -- report.json --------------------------------------------------------------------

def report(corpus: Corpus, assembly: Assembly) -> dict:
    return {
        "documents": len(assembly.docs),
        "failed": len(corpus.failures),
        **assembly.counts(),
        "validation": corpus.validation,
        "cache": corpus.cache,
        "assembled": assembly.merged._asdict(),
        "seconds": {k: round(v, 3) for k, v in sorted(corpus.seconds.items())},
        "files": sorted([d.report for d in assembly.docs] + list(corpus.reports.values()), key=lambda f: f["file"]),
    }


@exporter("report")
def write_report(build: Build, path: Path) -> None:
    text = orjson.dumps(report(build.corpus, build.assembly), option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    path.write_bytes(text)


@exporter("html")
def write_html(build: Build, path: Path) -> None:
    """The explorer page (``kg.assembly.Assembly.page``)."""
    with open(path, "wb") as fh:
        fh.writelines(build.assembly.page)
