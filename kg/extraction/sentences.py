"""Stage 3: split cleaned paragraphs into sentences with raw offsets."""
from __future__ import annotations

import re

from kg.extraction.clean import Paragraph
from kg.doc.model import Sentence
from kg.doc.settings import DEFAULT

# A sentence ends at 。！？ (and any closing quotes after it). Semicolons do
# not end one: list items joined by ； share the subject named before them.
# Written to open with a character class, which ``re`` looks for in C (an
# alternation at the start is tried at every position): [。！？!?]+ or …{2,}.
_END = re.compile(r"[。！？!?…](?:(?<=[。！？!?])[。！？!?]*[”’」』）)]*|(?<=…)…+[”’」』]*)")


def _cuts(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Sentence spans; a run-on one (a 2 MB line) longer than ``max_chars`` is cut at a comma, then hard."""
    spans, start = [], 0
    for m in _END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while b - a > max_chars:
            comma = max(text.rfind("，", a, a + max_chars), text.rfind(",", a, a + max_chars))
            cut = comma + 1 if comma > a else a + max_chars
            out.append((a, cut))
            a = cut
        out.append((a, b))
    return out


def split(doc_id: str, paragraphs: list[Paragraph], max_chars: int = DEFAULT.limits.max_sentence_chars) -> list[Sentence]:
    """Sentences of every paragraph, numbered in reading order.

    >>> from kg.extraction.clean import Mapped, Paragraph
    >>> p = Paragraph(Mapped.of("今天开会。“很好！”他说", 10), article=0)
    >>> [(s.text, s.start, s.end) for s in split("d", [p])]
    [('今天开会。', 10, 15), ('“很好！”', 15, 20), ('他说', 20, 22)]
    """
    sentences: list[Sentence] = []
    for pi, para in enumerate(paragraphs):
        text = para.text.text
        for a, b in _cuts(text, max_chars):
            piece = para.text.slice(a, b).strip()
            if not piece.text.strip(" ,，、;；"):
                continue
            sentences.append(Sentence(
                doc_id=doc_id, index=len(sentences), text=piece.text, runs=piece.runs,
                paragraph=pi, article=para.article, heading=para.heading,
            ))
    return sentences
