"""The corpus: every document's piece (or its cache key) in input order,
the files that failed, and the time each stage took."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from kg.extraction.ingest import Failure


class Unchanged(NamedTuple):
    """A document the previous build holds as it is now, by its cache key:
    what an engine hands over instead of reading its piece."""
    key: str


@dataclass
class Corpus:
    docs: list = field(default_factory=list)  # each document's kg.engine.assembly.DocPiece, or Unchanged, in input order
    failures: list[Failure] = field(default_factory=list)
    reports: dict[str, dict] = field(default_factory=dict)  # of the files that failed
    seconds: dict[str, float] = field(default_factory=dict)
    validation: dict = field(default_factory=dict)
    cache: dict[str, int] = field(default_factory=dict)
