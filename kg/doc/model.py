"""The unit of work: an immutable document and spans into its text.

Offsets come at two levels. A ``Sentence`` is located in ``Document.text``,
the file's text exactly as decoded: ``doc.text[sent.start:sent.end]`` is the
sentence as written. Mentions and figures are spans of their sentence's
clean text: ``sent.text[m.start:m.end]`` is ``m.surface``, and
``sent.raw_span(m.start, m.end)`` gives the same span in ``Document.text``,
so provenance needs no second search. ``records.jsonl`` and ``kg.extract``
give offsets into the document's text.
"""
from __future__ import annotations

import bisect
from dataclasses import MISSING, dataclass, field, fields
from typing import Optional


def frozen(cls: type) -> type:
    """``@dataclass(frozen=True)`` with a cheaper ``__init__``: one
    assignment of the instance's dict, where the dataclass's calls
    ``object.__setattr__`` once per field. For the types extraction
    makes per sentence, mention, relation and figure: a corpus makes them
    by the hundred thousand. Instances stay frozen: assigning to a field
    raises FrozenInstanceError."""
    cls = dataclass(frozen=True)(cls)
    if hasattr(cls, "__post_init__") or any(f.default_factory is not MISSING or not f.init or f.kw_only
                                            for f in fields(cls)):
        raise TypeError(f"{cls.__name__}: frozen() takes fields with plain defaults only")
    params, scope = [], {"_set": object.__setattr__}
    for f in fields(cls):
        if f.default is MISSING:
            params.append(f.name)
        else:
            scope[f"_{f.name}_default"] = f.default
            params.append(f"{f.name}=_{f.name}_default")
    values = ", ".join(f"{f.name!r}: {f.name}" for f in fields(cls))
    exec(f"def __init__(self, {', '.join(params)}):\n    _set(self, '__dict__', {{{values}}})", scope)
    scope["__init__"].__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = scope["__init__"]
    return cls


def evolve(obj, **changes):
    """``dataclasses.replace(obj, **changes)`` for an instance of a
    frozen() class (whose ``__init__`` only sets its dict): the copy's
    dict made at once from the instance's, where replace reads the fields
    one by one and calls ``__init__`` (6 µs against 1.3 µs a Mention;
    resolution copies one per name it resolves). Not for other
    dataclasses: their instances share their dicts' keys, a copy's dict
    would not (5 MB more at the peak of a 5,216-item build, for the pieces
    the assembly holds)."""
    new = object.__new__(type(obj))
    object.__setattr__(new, "__dict__", {**obj.__dict__, **changes})
    return new


@dataclass(frozen=True)
class Document:
    id: str
    text: str
    source: str = ""
    sha256: str = ""
    encoding: str = "utf-8"
    published: Optional[str] = None  # ISO date, when the text states one
    title: str = ""
    warnings: tuple[str, ...] = ()  # what decoding had to repair


_AFTER_ANY = float("inf")  # sorts after every raw offset: (i, _AFTER_ANY) follows every run opening at i


def raw_offset(runs: tuple[tuple[int, int], ...], i: int) -> int:
    """Map clean offset ``i`` through ``(clean_start, raw_start)`` runs."""
    if len(runs) == 1:  # most sentences: copied from the raw text in one piece
        clean_start, raw_start = runs[0]
        return raw_start + (i - clean_start)
    k = bisect.bisect_right(runs, (i, _AFTER_ANY)) - 1
    clean_start, raw_start = runs[max(k, 0)]
    return raw_start + (i - clean_start)


@frozen
class Sentence:
    """A sentence of the cleaned text, located in the raw text.

    ``text`` is what extractors read (noise removed, broken lines joined);
    ``runs`` maps it back: each ``(clean_start, raw_start)`` opens a stretch
    copied verbatim from the raw text, so any clean span maps to the file.
    ``start``/``end`` bound the sentence in the raw text.
    """
    doc_id: str
    index: int
    text: str
    runs: tuple[tuple[int, int], ...]
    paragraph: int
    article: int
    heading: bool = False

    def raw(self, i: int) -> int:
        """Raw offset of clean character ``i``."""
        return raw_offset(self.runs, i)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw offsets of the clean span ``text[start:end]``."""
        runs = self.runs
        if len(runs) == 1:  # most sentences (raw_offset): one shift for both ends, without its two calls
            shift = runs[0][1] - runs[0][0]
            return start + shift, end + shift
        return raw_offset(runs, start), raw_offset(runs, end - 1) + 1

    @property
    def title_line(self) -> bool:
        """A heading, or the document's first line: its title, which cleaning
        leaves no heading (a long title, or one a headline's subject opens)."""
        return self.heading or self.index == 0

    @property
    def start(self) -> int:
        return self.raw(0)

    @property
    def end(self) -> int:
        return self.raw(len(self.text) - 1) + 1


@frozen
class Mention:
    """An entity named in a sentence.

    ``start``/``end`` index the sentence's clean text (``Sentence.text``, not
    the document's: ``Sentence.raw_span`` maps them); ``surface`` is that
    slice. ``type`` is an entity type of the ontology (``kg.doc.schema``);
    ``subtype`` is one of its subtypes, the type itself, ``SectorConcept``
    for a concept of sectors.ttl, or "" when unknown. ``name`` is the
    canonical name the recogniser proposes (市工信局 -> 安康市工业和信息化局);
    resolution may still merge it.
    """
    type: str
    surface: str
    name: str
    start: int
    end: int
    sentence: int
    subtype: str = ""
    source: str = ""
    parent: str = ""  # canonical name of a containing region or body, when known
    # A name that needs the document's context: "{}" in ``name`` stands for
    # the context's region or body of this kind (市, 省, 部, 集团), so
    # 市工信局 is ``name="{}工业和信息化局", scope="市"`` until resolution.
    scope: str = ""
    iri: str = ""  # a fixed IRI from the lexicon (sector concepts)


@frozen
class Relation:
    subject: Mention
    predicate: str
    object: Mention
    sentence: int
    extractor: str
    confidence: float
    role: Optional[str] = None


@frozen
class Measure:
    subject: Mention
    indicator: str
    value: float
    unit: str
    year: Optional[int]
    status: str
    change: str
    qualifier: Optional[str]
    sentence: int
    start: int  # the figure's span in the sentence's clean text, as a Mention's
    end: int
    extractor: str
    confidence: float


@dataclass(frozen=True)
class Extraction:
    """Everything one document gave, before corpus-level resolution."""
    document: Document
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    measures: tuple[Measure, ...]
    warnings: tuple[str, ...] = ()
    seconds: dict = field(default_factory=dict)


def coverage(spans, length: int) -> bytearray:
    """1 at every position some (start, end) span covers: O(1) membership
    tests instead of a scan of every span per position."""
    cover = bytearray(length + 1)
    for a, b in spans:
        cover[a:b] = b"\x01" * (b - a)
    return cover


def reach(spans, length: int) -> list[int]:
    """reach[i]: the furthest end of a span starting at or before i, so a
    span (a, b) lies inside one of them exactly when reach[a] >= b."""
    best = [0] * (length + 1)
    for a, b in spans:
        if b > best[a]:
            best[a] = b
    for i in range(1, length + 1):
        if best[i - 1] > best[i]:
            best[i] = best[i - 1]
    return best
