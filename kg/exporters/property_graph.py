"""Exports for property-graph tools: GraphML (Gephi, Cytoscape, yEd) and the
CSV layout of Neo4j's bulk importer, with a Cypher script for ``LOAD CSV``.

Both read the records (``records.jsonl`` in memory): entities are nodes,
relations are edges carrying their evidence (sentence, document, offsets,
extractor, confidence, role), and every figure is a Measurement node linked
from its subject, so nothing the RDF holds is lost.
"""
from __future__ import annotations

import csv
import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

from kg.doc import schema
from kg.exporters.names import figure_name

if TYPE_CHECKING:
    from kg.exporters.view import BuildView

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml(text) -> str:
    return escape(_XML_BAD.sub("\ufffd", "" if text is None else str(text)))


def measurement_id(m: dict) -> str:
    # the unit too: a level and its growth rate, both named by the quantity, can share a number in one
    # sentence (研发投入70亿元，…增长超过70%)
    return f"{m['subject']}#m/{m['doc']}/{m['start']}/{m['indicator']}/{m['value']}{m.get('unit') or ''}"


NODE_KEYS = [("type", "string"), ("subtype", "string"), ("label", "string"), ("aliases", "string"), ("docs", "string"),
             ("indicator", "string"), ("value", "double"), ("unit", "string"), ("year", "int"), ("status", "string"),
             ("change", "string"), ("qualifier", "string")]
EDGE_KEYS = [("predicate", "string"), ("role", "string"), ("sentence", "string"), ("doc", "string"), ("start", "int"),
             ("end", "int"), ("extractor", "string"), ("confidence", "double")]


def graph_elements(records: list[dict]) -> tuple[list[tuple[str, dict]], list[tuple[str, str, dict]]]:
    """Nodes and edges, each relation and figure once."""
    nodes, edges = [], []
    for r in records:
        if r["kind"] == "entity":
            nodes.append((r["id"], {"type": r["type"], "subtype": r.get("subtype", ""), "label": r["name"],
                                    "aliases": ";".join(r.get("aliases", [])),
                                    "docs": ";".join(sorted({m["doc"] for m in r.get("mentions", [])}))}))
        elif r["kind"] == "relation":
            edges.append((r["subject"], r["object"], {k: r.get(k) for k, _ in EDGE_KEYS}))
        else:
            mid = measurement_id(r)
            nodes.append((mid, {"type": "Measurement", "label": f"{figure_name(r)} {r['value']}{r.get('unit') or ''}",
                                **{k: r.get(k) for k in ("indicator", "value", "unit", "year", "status", "change", "qualifier")}}))
            edges.append((r["subject"], mid, {"predicate": "hasMeasurement", "sentence": r["sentence"], "doc": r["doc"],
                                              "start": r["start"], "end": r["end"], "extractor": r["extractor"],
                                              "confidence": r["confidence"]}))
    return nodes, edges


def write_graphml(records: list[dict], path: Path) -> None:
    nodes, edges = graph_elements(records)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
        for key, kind in NODE_KEYS:
            fh.write(f'  <key id="n_{key}" for="node" attr.name="{key}" attr.type="{kind}"/>\n')
        for key, kind in EDGE_KEYS:
            fh.write(f'  <key id="e_{key}" for="edge" attr.name="{key}" attr.type="{kind}"/>\n')
        fh.write('  <graph id="kg" edgedefault="directed">\n')
        for nid, attrs in nodes:
            fh.write(f"    <node id={quoteattr(_XML_BAD.sub('', nid))}>")
            fh.write("".join(f'<data key="n_{k}">{_xml(v)}</data>' for k, v in attrs.items() if v not in (None, "")))
            fh.write("</node>\n")
        for i, (a, b, attrs) in enumerate(edges):
            fh.write(f"    <edge id=\"e{i}\" source={quoteattr(_XML_BAD.sub('', a))} target={quoteattr(_XML_BAD.sub('', b))}>")
            fh.write("".join(f'<data key="e_{k}">{_xml(v)}</data>' for k, v in attrs.items() if v not in (None, "")))
            fh.write("</edge>\n")
        fh.write("  </graph>\n</graphml>\n")


# -- Neo4j bulk import -------------------------------------------------------------

NODE_HEADER = ["id:ID", "name", "type", "subtype", "aliases:string[]", "docs:string[]", "indicator", "value:double",
               "unit", "year:int", "status", "change", "qualifier", ":LABEL"]
REL_HEADER = [":START_ID", ":END_ID", ":TYPE", "role", "sentence", "doc", "start:int", "end:int", "extractor",
              "confidence:double"]


@functools.cache
def relationship_types() -> dict[str, str]:
    """Each object property of the ontology as a Neo4j relationship type:
    subOrganizationOf -> SUB_ORGANIZATION_OF."""
    return {p.name: re.sub("(?<=[a-z])(?=[A-Z])", "_", p.name).upper()
            for p in schema.load().properties.values() if not p.datatype}


CYPHER = """// Load the kg property graph into Neo4j with LOAD CSV.
// Put nodes.csv and relationships.csv in Neo4j's import folder, then run
//   cypher-shell -f load.cypher
CREATE CONSTRAINT kg_node_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
CALL {
  WITH row
  MERGE (n:Entity {id: row.`id:ID`})
  SET n.name = row.name, n.type = row.type, n.subtype = row.subtype,
      n.aliases = CASE row.`aliases:string[]` WHEN '' THEN [] ELSE split(row.`aliases:string[]`, ';') END,
      n.docs = CASE row.`docs:string[]` WHEN '' THEN [] ELSE split(row.`docs:string[]`, ';') END,
      n.indicator = row.indicator, n.value = toFloat(row.`value:double`), n.unit = row.unit,
      n.year = toInteger(row.`year:int`), n.status = row.status, n.change = row.change, n.qualifier = row.qualifier
  WITH n, row
  CALL apoc.create.addLabels(n, split(row.`:LABEL`, ';')) YIELD node
  RETURN count(*) AS labelled
} IN TRANSACTIONS OF 10000 ROWS;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
CALL {
  WITH row
  MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})
  CALL apoc.create.relationship(a, row.`:TYPE`, {role: row.role, sentence: row.sentence, doc: row.doc,
       start: toInteger(row.`start:int`), end: toInteger(row.`end:int`), extractor: row.extractor,
       confidence: toFloat(row.`confidence:double`)}, b) YIELD rel
  RETURN count(*) AS created
} IN TRANSACTIONS OF 10000 ROWS;
"""

# LadybugDB (the maintained fork of Kùzu) reads the same two files. Its CSV
# reader takes a list column as "[a,b]", so the ;-joined lists are read as
# text and split while copying. Paths are relative: run it in this folder.
LADYBUG = """// Load the kg property graph into LadybugDB, from this folder:
//   python -c 'import ladybug as lb; lb.Connection(lb.Database("kgdb")).execute(open("ladybug.cypher").read())'
CREATE NODE TABLE Entity(id STRING PRIMARY KEY, name STRING, type STRING, subtype STRING, aliases STRING[],
  docs STRING[], indicator STRING, value DOUBLE, unit STRING, year INT64, status STRING, change STRING,
  qualifier STRING, labels STRING[]);
CREATE REL TABLE Rel(FROM Entity TO Entity, type STRING, role STRING, sentence STRING, doc STRING, start INT64,
  `end` INT64, extractor STRING, confidence DOUBLE);
COPY Entity FROM (
  LOAD WITH HEADERS (id STRING, name STRING, type STRING, subtype STRING, aliases STRING, docs STRING,
    indicator STRING, value DOUBLE, unit STRING, year INT64, status STRING, change STRING, qualifier STRING,
    labels STRING)
  FROM 'nodes.csv' (HEADER=true, PARALLEL=false)
  RETURN id, name, type, subtype,
    CASE WHEN aliases IS NULL THEN CAST([] AS STRING[]) ELSE string_split(aliases, ';') END,
    CASE WHEN docs IS NULL THEN CAST([] AS STRING[]) ELSE string_split(docs, ';') END,
    indicator, value, unit, year, status, change, qualifier, string_split(labels, ';'));
COPY Rel FROM 'relationships.csv' (HEADER=true, PARALLEL=false);
"""

IMPORT_SH = """#!/usr/bin/env bash
# Bulk-import into a new, empty Neo4j database (faster than LOAD CSV; Neo4j 5):
set -euo pipefail
neo4j-admin database import full --overwrite-destination \\
  --nodes="$(dirname "$0")/nodes.csv" --relationships="$(dirname "$0")/relationships.csv" \\
  --array-delimiter=';' --multiline-fields=true "${1:-neo4j}"
"""


def write_neo4j(records: list[dict], folder: Path) -> None:
    """nodes.csv, relationships.csv, load.cypher, import.sh and ladybug.cypher in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    nodes, edges = graph_elements(records)
    with open(folder / "nodes.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(NODE_HEADER)
        for nid, a in nodes:
            label = "Entity;" + (a["type"] if a["type"] == "Measurement" else a["type"])
            w.writerow([nid, a.get("label", ""), a["type"], a.get("subtype", ""), a.get("aliases", ""), a.get("docs", ""),
                        a.get("indicator") or "", "" if a.get("value") is None else a["value"], a.get("unit") or "",
                        "" if a.get("year") is None else a["year"], a.get("status") or "", a.get("change") or "",
                        a.get("qualifier") or "", label])
    types = relationship_types()
    with open(folder / "relationships.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(REL_HEADER)
        for a, b, e in edges:
            w.writerow([a, b, types[e["predicate"]], e.get("role") or "", e.get("sentence") or "", e.get("doc") or "",
                        e.get("start", ""), e.get("end", ""), e.get("extractor") or "", e.get("confidence", "")])
    (folder / "load.cypher").write_text(CYPHER, encoding="utf-8")
    (folder / "import.sh").write_text(IMPORT_SH, encoding="utf-8")
    (folder / "import.sh").chmod(0o755)
    (folder / "ladybug.cypher").write_text(LADYBUG, encoding="utf-8")



def export_graphml(build: "BuildView", path: Path) -> None:
    """GraphML for Gephi, Cytoscape and yEd."""
    write_graphml(build.records, path)


def export_neo4j(build: "BuildView", path: Path) -> None:
    """A folder for Neo4j: nodes.csv, relationships.csv, load.cypher, import.sh."""
    write_neo4j(build.records, path)
