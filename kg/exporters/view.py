"""What every exporter reads: one view of a build, fresh from the engine
(``kg.engine.fresh.FreshBuild``) or read back from its folder (``SavedBuild``).

An exporter is ``write(view, path)``; it reads the graph's parts (or their
quads), the records, the explorer page's chunks or the report, and each
view gives all four, so every exporter runs on either.
"""
from __future__ import annotations

import functools
import json
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from kg.rdf.parts import NoBuild, Part, quads, read_parts


class BuildView(ABC):
    """The documents' titles and the graph, as serialized parts (the
    default graph first, then each document's) and as quads, with the
    records, the page and the report made from them."""
    titles: dict[str, str]
    parts: list[Part]

    @functools.cached_property
    def dataset(self) -> list[ox.Quad]:
        """Every quad, each once."""
        return quads(self.parts)

    @property
    @abstractmethod
    def records(self) -> list[dict]:
        """The records of records.jsonl, as dicts."""

    @abstractmethod
    def record_lines(self) -> Iterable[bytes | memoryview]:
        """records.jsonl, line by line."""

    @abstractmethod
    def page_chunks(self) -> Iterable[bytes | memoryview]:
        """The explorer page, in pieces."""

    @abstractmethod
    def report(self) -> dict:
        """report.json."""


class SavedBuild(BuildView):
    """An earlier build, from its records and its graph: its parts cut from
    graph.ttl by graph.parts.json, so exports need no store."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._records, self.titles = read_records(self.folder)
        self.parts = read_parts(self.folder)

    @property
    def records(self) -> list[dict]:
        return self._records

    def record_lines(self) -> Iterable[bytes]:
        with open(self.folder / "records.jsonl", "rb") as fh:  # binary: lines end at b"\n" only
            yield from fh

    def page_chunks(self) -> Iterable[bytes]:
        from kg.exporters.html import render
        return [render(self._records, self.titles)[0].encode()]

    def report(self) -> dict:
        path = self.folder / "report.json"
        if not path.exists():
            raise NoBuild(f"{self.folder}: no report.json (run `kg build --out {self.folder}` first)")
        return json.loads(path.read_text(encoding="utf-8"))


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


