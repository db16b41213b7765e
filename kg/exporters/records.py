"""records.jsonl and report.json: the records each document contributes,
as records.md describes them, and the build's report."""
from __future__ import annotations

from pathlib import Path

import orjson

from kg.exporters.view import BuildView
from kg.extraction.measures import names_a_thing
from kg.extraction.pipeline import DocFacts, StatedRelation
from kg.extraction.resolution import Entity, mention_iri


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
    best: dict[tuple, StatedRelation] = {}
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
    seen: dict[tuple, list[tuple[str, int]]] = {}  # each figure's indicators so far, with where its record is
    measures = []
    for m, fact in facts.measures:
        subject = mention_iri(m.subject)
        # One figure once per document: the same value of the same subject
        # under an indicator that contains, or is contained in, one seen. A
        # growth rate is named by its quantity (records.md), so a rate and a
        # level in % of the same number are kept apart (民间投资增长23.4%, 占比23.4%).
        # A later statement with better evidence (the body's, after the headline's) takes the record's place.
        key = (subject, m.value, m.unit, m.change == "rate")
        same = next((at for i, at in seen.get(key, ()) if m.indicator in i or i in m.indicator), None)
        named_alike = same is not None
        if same is None:  # a headline's figure and the body's statement of it in other words (数字经济占GDP比重达36.2%
            # over 2019年，中国数字经济规模达35.8万亿元，占GDP比重达36.2%): one figure, as the body names and dates it
            same = next((at for _, at in seen.get(key, ()) if measures[at]["confidence"] != m.confidence), None)
        if same is not None and measures[same]["confidence"] >= m.confidence:
            continue
        record = {"kind": "measure", "subject": subject, "subject_name": None, "indicator": m.indicator,
                  "value": int(m.value) if float(m.value).is_integer() else m.value, "unit": m.unit,
                  "year": m.year, "status": m.status, "change": m.change, "qualifier": m.qualifier,
                  "doc": fact.doc, "sentence": fact.text, "start": fact.start, "end": fact.end,
                  "extractor": m.extractor, "confidence": m.confidence}
        if same is None:
            seen.setdefault(key, []).append((m.indicator, len(measures)))
            measures.append(record)
        else:  # the body dates it; the shorter name is the one both statements write (records.md: short)
            shorter = min(m.indicator, measures[same]["indicator"], key=len)
            # named otherwise, the body's words stand unless they name nothing the headline's do (首单绿色主权熊猫债 over
            # …在香港成功发行60亿元: 成功; 进出口总值 over 扣除汇率因素后…: 汇率因素后)
            headline_s = measures[same]["indicator"]
            other = headline_s if not names_a_thing(m.indicator) and names_a_thing(headline_s) else m.indicator
            measures[same] = {**record, "indicator": shorter if named_alike else other}
            if not named_alike:
                seen[key].append((m.indicator, same))
    measures.sort(key=lambda r: (r["start"], r["subject"], r["indicator"], str(r["value"])))
    return relations, measures


# A record's name keys, each with the key of the IRI whose name it holds.
NAMES = {"subject_name": "subject", "object_name": "object"}
# Each name key as a record left unnamed writes it, and as a template writes it.
_SLOTS = {key: (b'"%s":null' % key.encode(), b'"%s":\0' % key.encode()) for key in NAMES}


def record_template(rec: dict) -> bytes:
    """A record's JSON line with each entity name left out (None, as
    ``document_records`` leaves them): in its place the IRI whose name goes
    there, between NUL bytes, which JSON text never holds raw
    (``join_lines`` puts the names in). Inside a JSON string every quote is
    escaped, so ``"subject_name":null`` is found only where the record put it."""
    line = orjson.dumps(rec, option=orjson.OPT_APPEND_NEWLINE)
    for key, partner in NAMES.items():
        if key in rec:
            unnamed, slot = _SLOTS[key]
            line = line.replace(unnamed, b"%s%s\0" % (slot, rec[partner].encode()), 1)
    return line


def join_lines(template: bytes, names: dict[bytes, bytes]) -> bytes:
    """Lines from ``record_template`` with the names (JSON strings, by
    IRI) put in."""
    parts = template.split(b"\0")
    parts[1::2] = [names[iri] for iri in parts[1::2]]
    return b"".join(parts)


def write_records(build: BuildView, path: Path) -> None:
    """One JSON object per line, UTF-8, keys in the spec's order."""
    with open(path, "wb") as fh:
        fh.writelines(build.record_lines())


def write_report(build: BuildView, path: Path) -> None:
    """Per input file: status, encoding, sentences, entities by type, relations by predicate, measures, warnings."""
    path.write_bytes(orjson.dumps(build.report(), option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE))
