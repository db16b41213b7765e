"""The public API behind ``kg.extract``, ``kg.build`` and ``kg.load``.

Every fact comes out as the record ``records.jsonl`` holds for it (the
format of ``../shared/spec/records.md``), typed: ``extract`` runs one text
through the same unit of work and assembly as ``kg build``, so a text gives
the same facts either way, and every offset counts characters of the text as
given (document offsets, not sentence ones).
"""
from __future__ import annotations

import hashlib
import json
import sys
from contextlib import redirect_stdout
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Optional, Union

from kg.engine.assembly import assemble
from kg.engine.engines import process
from kg.extraction.ingest import Failure, IngestError, Source, read_source
from kg.doc.model import Document
from kg.doc.settings import Settings


@dataclass(frozen=True)
class EntityRecord:
    """An entity: its canonical name, other names, and where it is named
    (``(document id, start, end)`` into the document's text)."""
    id: str
    type: str
    subtype: str
    name: str
    aliases: tuple[str, ...]
    mentions: tuple[tuple[str, int, int], ...]


@dataclass(frozen=True)
class RelationRecord:
    """A relation as the text states it; ``text[start:end]`` is its sentence."""
    subject: str
    predicate: str
    object: str
    doc: str
    sentence: str
    start: int
    end: int
    extractor: str
    confidence: float
    role: Optional[str] = None
    subject_id: str = ""
    object_id: str = ""


@dataclass(frozen=True)
class MeasureRecord:
    """A figure a subject reached, added or aims for; ``text[start:end]`` is its sentence."""
    subject: str
    indicator: str
    value: float
    unit: str
    year: Optional[int]
    status: str
    change: str
    qualifier: Optional[str]
    doc: str
    sentence: str
    start: int
    end: int
    subject_id: str = ""


Record = Union[EntityRecord, RelationRecord, MeasureRecord]


def typed(record: dict) -> Record:
    """A ``records.jsonl`` line's object as its record type."""
    kind = record["kind"]
    if kind == "entity":
        return EntityRecord(record["id"], record["type"], record.get("subtype", ""), record["name"],
                            tuple(record.get("aliases", ())),
                            tuple((m["doc"], m["start"], m["end"]) for m in record.get("mentions", ())))
    if kind == "relation":
        return RelationRecord(record["subject_name"], record["predicate"], record["object_name"], record["doc"],
                              record["sentence"], record["start"], record["end"], record["extractor"],
                              record["confidence"], record.get("role"), record["subject"], record["object"])
    if kind == "measure":
        return MeasureRecord(record["subject_name"], record["indicator"], record["value"], record["unit"],
                             record.get("year"), record["status"], record["change"], record.get("qualifier"),
                             record["doc"], record["sentence"], record["start"], record["end"], record["subject"])
    raise ValueError(f"unknown record kind {kind!r}")


@dataclass(frozen=True)
class Records:
    """Facts by kind, in ``records.jsonl`` order."""
    entities: tuple[EntityRecord, ...]
    relations: tuple[RelationRecord, ...]
    measures: tuple[MeasureRecord, ...]

    @classmethod
    def of(cls, records: Iterable[Record]) -> "Records":
        records = list(records)
        return cls(tuple(r for r in records if isinstance(r, EntityRecord)),
                   tuple(r for r in records if isinstance(r, RelationRecord)),
                   tuple(r for r in records if isinstance(r, MeasureRecord)))


@dataclass(frozen=True)
class Extraction(Records):
    """What one text gives: its document (text, date, title) and its facts."""
    document: Document = None

    def __repr__(self) -> str:
        return (f"Extraction({self.document.id!r}: {len(self.entities)} entities, {len(self.relations)} relations, "
                f"{len(self.measures)} measures)")

    def __str__(self) -> str:
        """The facts a line each, as ``print`` shows them.

        >>> print(extract("天津市印发《天津市5G发展行动方案》，提出到2023年建成5G基站5万个。"))  # doctest: +ELLIPSIS
        Extraction(...)
          天津市 issues 天津市5G发展行动方案
          ...
          天津市 5G基站 50000 个 (2023, target, new)
        """
        lines = [repr(self)]
        lines += [f"  {r.subject} {r.predicate} {r.object}" + (f" ({r.role})" if r.role else "") for r in self.relations]
        lines += [f"  {m.subject} {m.indicator} {m.value:g} {m.unit} ({m.year}, {m.status}, {m.change})"
                  for m in self.measures]
        return "\n".join(lines)


def extract(text_or_path: Union[str, Path], *, published: Optional[str] = None,
            title: Optional[str] = None, **settings) -> Extraction:
    """The facts of one text, or of the file at a path, as ``kg build``
    gives them. The publication date and title are read from the text as a
    build reads them unless given (``published`` as an ISO date).
    ``settings`` are fields of ``Settings`` (its thresholds and confidences
    among them) by name, as ``build`` takes them.

    >>> facts = extract("近日，天津市印发《天津市新型基础设施建设三年行动方案》，提出到2023年建成5G基站5万个。")
    >>> [(r.subject, r.predicate, r.object) for r in facts.relations if r.predicate == "issues"]
    [('天津市', 'issues', '天津市新型基础设施建设三年行动方案')]
    >>> [(m.subject, m.indicator, m.value, m.unit, m.year, m.status) for m in facts.measures]
    [('天津市', '5G基站', 50000, '个', 2023, 'target')]
    >>> r = facts.relations[0]; facts.document.text[r.start:r.end] == r.sentence
    True
    """
    chosen = Settings.of(**settings)
    source = _source(text_or_path)
    try:
        doc = source.document()
    except IngestError as exc:
        raise ValueError(f"{source.source}: {exc}") from None
    if published is not None or title is not None:
        doc = replace(doc, published=published if published is not None else doc.published,
                      title=title if title is not None else doc.title)
    piece = process(doc, chosen)
    if isinstance(piece, Failure):
        raise ValueError(f"{piece.path}: {piece.reason}")
    lines = b"".join(bytes(part) for part in assemble([piece], settings=chosen).records)
    records = Records.of(typed(json.loads(line)) for line in lines.splitlines() if line)
    return Extraction(records.entities, records.relations, records.measures, document=doc)


def _source(text_or_path: Union[str, Path]) -> Source:
    if isinstance(text_or_path, Path) or (isinstance(text_or_path, str) and "\n" not in text_or_path
                                          and len(text_or_path) < 4096 and _is_file(text_or_path)):
        return read_source(Path(text_or_path))
    data = text_or_path.encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    return Source(f"text_{digest[:16]}", "<text>", data, digest)


def _is_file(text: str) -> bool:
    """Whether a one-line string names a file; a long sentence is no path (the
    system refuses names over 255 bytes)."""
    try:
        return Path(text).is_file()
    except OSError:
        return False


@dataclass(frozen=True)
class BuildResult:
    """A finished ``build``: its folder, the command's exit code (0 every
    input read, 1 some failed, 2 usage, 3 output not written) and its
    report (``report.json``: each input's status, counts and warnings)."""
    out: Path
    code: int
    report: dict

    def load(self) -> "Build":
        return load(self.out)


def build(inputs: Union[str, Path, Iterable[Union[str, Path]]], out: Union[str, Path], **settings) -> BuildResult:
    """Build files or folders into ``out`` exactly as ``kg build`` does
    (the same outputs, written atomically); what the command prints goes
    to stderr, leaving a caller's stdout alone, and the process's state
    (its collector's thresholds, its umask) is left as it was.

    ``settings`` are fields of ``Settings`` by name: ``workers``,
    ``engine``, ``scheduler``, ``validate``, ``cache``, a group
    (``limits=Limits(...)``) or a field of one (``max_mb=4``,
    ``roundup_items=5``); an unknown name is a TypeError naming it.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "notice.txt").write_text("近日，天津市印发《天津市新型基础设施建设三年行动方案》。", encoding="utf-8")
    >>> result = build(folder / "notice.txt", folder / "out", validate="off")
    >>> result.code, result.report["files"][0]["status"]
    (0, 'ok')
    """
    from kg.cli import build_command
    chosen = Settings.of(**settings)
    paths = [inputs] if isinstance(inputs, (str, Path)) else list(inputs)
    with redirect_stdout(sys.stderr):
        code = build_command([str(p) for p in paths], Path(out), chosen)
    report_path = Path(out) / "report.json"
    report = json.loads(report_path.read_text(encoding="utf-8")) if report_path.exists() else {}
    return BuildResult(Path(out), code, report)


class Build:
    """A build on disk: its records, its graph (rdflib, over the SPARQL
    store) and its store (pyoxigraph, made by the first read)."""

    def __init__(self, out: Union[str, Path]) -> None:
        self.out = Path(out)
        path = self.out / "records.jsonl"
        if not path.exists():
            raise FileNotFoundError(f"{self.out}: no records.jsonl (run `kg build --out {self.out}` first)")
        with path.open(encoding="utf-8") as fh:
            self.records = Records.of(typed(json.loads(line)) for line in fh if line.strip())

    def store(self):
        """The pyoxigraph store, read-only."""
        from kg.serve.store import open_store
        return open_store(self.out)

    def graph(self):
        """The graph as an rdflib Dataset (default graph: every graph's union)."""
        from kg.serve.store import rdflib_graph
        return rdflib_graph(self.out)

    def query(self, sparql: str):
        """A SPARQL query with the project's prefixes declared."""
        from kg.serve.query import run
        return run(self.out, sparql)


def load(out: Union[str, Path]) -> Build:
    """Open a build folder.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "notice.txt").write_text("近日，天津市印发《天津市新型基础设施建设三年行动方案》。", encoding="utf-8")
    >>> _ = build(folder / "notice.txt", folder / "out", validate="off")
    >>> b = load(folder / "out")
    >>> [(r.subject, r.object) for r in b.records.relations if r.predicate == "issues"]
    [('天津市', '天津市新型基础设施建设三年行动方案')]
    >>> [row["p"].value for row in b.query("SELECT ?p WHERE { ?s kg:issues ?x . ?x skos:prefLabel ?p }")]
    ['天津市新型基础设施建设三年行动方案']
    """
    return Build(out)
