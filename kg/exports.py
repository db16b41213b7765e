"""Stage 8: exports, registered by format name.

``EXPORTERS["turtle"](build, path)`` writes one file. Every file is written
beside its target and renamed into place, so an interrupted build never
leaves a half-written output.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import pyoxigraph as ox

from .graph import PREFIXES, triples
from .pipeline import Corpus, entity_of
from .store import write_store


@dataclass
class Build:
    corpus: Corpus
    dataset: list[ox.Quad]  # sorted, each quad once


_UMASK = os.umask(0)
os.umask(_UMASK)

Exporter = Callable[[Build, Path], None]
EXPORTERS: dict[str, Exporter] = {}


def exporter(name: str) -> Callable[[Exporter], Exporter]:
    def register(fn: Exporter) -> Exporter:
        EXPORTERS[name] = fn
        return fn
    return register


def _fsync(path: Path) -> None:
    if path.is_file() and not path.is_symlink():
        with open(path, "rb") as fh:
            os.fsync(fh.fileno())


def write_outputs(build: Build, out: Path, outputs: dict[str, str]) -> None:
    """Write every output beside its target, then rename them all into place.

    Nothing is renamed until every file is written, so a build that fails
    or is killed before that leaves the previous outputs untouched; the
    renames that follow are one system call each.
    """
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob(".*.tmp"):  # left by a build that was killed
        stale.unlink(missing_ok=True)
    staged: list[tuple[Path, Path]] = []
    try:
        for name, fmt in outputs.items():
            tmp = out / f".{name}.{os.getpid()}.tmp"
            EXPORTERS[fmt](build, tmp)
            if tmp.is_file() and not tmp.is_symlink():
                os.chmod(tmp, 0o666 & ~_UMASK)
            _fsync(tmp)
            staged.append((tmp, out / name))
        for tmp, final in staged:
            os.replace(tmp, final)
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise


def write_one(build: Build, fmt: str, path: Path) -> None:
    """One export to ``path``, written beside it and renamed into place."""
    path = Path(path)
    write_outputs(build, path.parent, {path.name: fmt})


# -- RDF ------------------------------------------------------------------------

RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
               "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}


def _rdf_exporter(name: str, fmt: ox.RdfFormat) -> Exporter:
    def write(build: Build, path: Path) -> None:
        # Oxigraph's serializers: rdflib's Python ones are ~45x slower on large graphs.
        data = build.dataset if fmt.supports_datasets else triples(build.dataset)
        with open(path, "wb") as fh:
            ox.serialize(data, fh, format=fmt, prefixes=PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None)
    write.__doc__ = f"The graph as {name}."
    return write


for _name, _fmt in RDF_FORMATS.items():
    exporter(_name)(_rdf_exporter(_name, _fmt))


@exporter("store")
def write_oxigraph_store(build: Build, path: Path) -> None:
    """A new Oxigraph store, with ``path`` a symbolic link to it."""
    write_store(build.dataset, path)


# -- records.jsonl ----------------------------------------------------------------

def records(corpus: Corpus) -> Iterator[dict]:
    """The facts as records.md describes them: entities, then relations and
    measures in document order, each unique fact once per document."""
    docs = {d.id: d for d in corpus.documents}
    for e in sorted(corpus.entities.values(), key=lambda e: e.iri):
        yield {"kind": "entity", "id": e.iri, "type": e.type, "subtype": e.subtype, "name": e.name,
               "aliases": e.aliases,
               "mentions": [{"doc": d, "start": a, "end": b} for d, a, b in e.mentions]}
    best: dict[tuple, dict] = {}
    for rel, fact in corpus.relations:
        s, o = entity_of(corpus, rel.subject), entity_of(corpus, rel.object)
        key = (fact.doc, s.iri, rel.predicate, o.iri)
        rec = {"kind": "relation", "subject": s.iri, "subject_name": s.name, "predicate": rel.predicate,
               "object": o.iri, "object_name": o.name, "doc": fact.doc,
               "sentence": docs[fact.doc].text[fact.start:fact.end], "start": fact.start, "end": fact.end,
               "extractor": rel.extractor, "confidence": rel.confidence}
        if rel.role:
            rec["role"] = rel.role
        if key not in best or best[key]["confidence"] < rec["confidence"]:
            best[key] = rec
    yield from sorted(best.values(), key=lambda r: (r["doc"], r["start"], r["predicate"], r["subject"], r["object"]))
    seen: dict[tuple, list[str]] = {}
    out = []
    for m, fact in corpus.measures:
        s = entity_of(corpus, m.subject)
        # One figure once per document: the same value of the same subject
        # under an indicator that contains, or is contained in, one seen.
        key = (fact.doc, s.iri, m.value, m.unit)
        if any(m.indicator in i or i in m.indicator for i in seen.get(key, ())):
            continue
        seen.setdefault(key, []).append(m.indicator)
        out.append({"kind": "measure", "subject": s.iri, "subject_name": s.name, "indicator": m.indicator,
                    "value": int(m.value) if float(m.value).is_integer() else m.value, "unit": m.unit,
                    "year": m.year, "status": m.status, "change": m.change, "qualifier": m.qualifier,
                    "doc": fact.doc, "sentence": docs[fact.doc].text[fact.start:fact.end],
                    "start": fact.start, "end": fact.end, "extractor": m.extractor, "confidence": m.confidence})
    yield from sorted(out, key=lambda r: (r["doc"], r["start"], r["subject"], r["indicator"], str(r["value"])))


@exporter("records")
def write_records(build: Build, path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records(build.corpus):
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")


# -- report.json --------------------------------------------------------------------

def report(corpus: Corpus) -> dict:
    from collections import Counter
    ents = Counter(e.type for e in corpus.entities.values())
    rels = Counter(r["predicate"] for r in records(corpus) if r["kind"] == "relation")
    n_measures = sum(1 for r in records(corpus) if r["kind"] == "measure")
    return {
        "documents": len(corpus.documents),
        "failed": len(corpus.failures),
        "entities": dict(sorted(ents.items())),
        "relations": dict(sorted(rels.items())),
        "measures": n_measures,
        "validation": corpus.validation,
        "seconds": {k: round(v, 3) for k, v in sorted(corpus.seconds.items())},
        "files": [corpus.reports[k] for k in sorted(corpus.reports)],
    }


@exporter("report")
def write_report(build: Build, path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(report(build.corpus), fh, ensure_ascii=False, indent=2)
        fh.write("\n")


@exporter("html")
def write_html(build: Build, path: Path) -> None:
    from .html import render
    page, _ = render(list(records(build.corpus)), {d.id: d.title for d in build.corpus.documents})
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(page)
