"""Exporters: every output a build writes (Turtle and other RDF formats, records, the explorer page, property graphs).

Each is ``write(view, path)`` (``kg.exporters.view.BuildView``), registered
here by name and imported only when asked for, as rdflib loads its plugins:
``exporter("graphml")`` imports the property-graph writer, ``turtle`` never does.
"""
from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from kg.exporters.view import BuildView

Exporter = Callable[["BuildView", Path], None]

# name -> "module:function"
EXPORTERS = {
    "turtle": "kg.exporters.rdf:write_turtle",
    "ntriples": "kg.exporters.rdf:write_ntriples",
    "nquads": "kg.exporters.rdf:write_nquads",
    "trig": "kg.exporters.rdf:write_trig",
    "rdfxml": "kg.exporters.rdf:write_rdfxml",
    "jsonld": "kg.exporters.rdf:write_jsonld",
    "parts": "kg.exporters.rdf:write_parts_index",
    "records": "kg.exporters.records:write_records",
    "report": "kg.exporters.records:write_report",
    "html": "kg.exporters.html:write_page",
    "graphml": "kg.exporters.property_graph:export_graphml",
    "neo4j": "kg.exporters.property_graph:export_neo4j",
}


def exporter(name: str) -> Exporter:
    """The exporter registered as ``name``; KeyError names the known ones."""
    if name not in EXPORTERS:
        raise KeyError(f"no exporter {name!r}; exporters: {', '.join(EXPORTERS)}")
    module, _, function = EXPORTERS[name].partition(":")
    return getattr(importlib.import_module(module), function)
