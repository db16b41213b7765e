"""Word boundaries by jieba's dictionary and HMM, and word tags from that
dictionary.

Cutting runs on jieba-rs (``rjieba``): the same dictionary and HMM as
jieba, about ten times faster and with no second-long start. jieba-rs keeps
runs such as ``5G-A`` or ``15-2`` whole where jieba cuts them at the
punctuation; ``cut`` re-cuts those the way jieba does, so the words are
jieba's (a test compares the two on the seeds). Part-of-speech comes from
jieba's dictionary as a lexicon lookup (word -> tag), never from
``jieba.posseg``'s HMM, which is slow and tags this text poorly.
"""
from __future__ import annotations

import functools
import importlib.util
import itertools
import os
import re
from typing import Callable, TypeVar

import rjieba

# Tags of words that cannot be part of a name: verbs, prepositions,
# conjunctions, particles, adverbs, pronouns, numerals, measure words.
_FUNCTION_TAGS = {"v", "p", "c", "u", "d", "r", "m", "q", "uj", "ul", "ud", "ug", "uv", "uz", "y", "e", "o", "vd", "ad", "t", "tg", "zg"}

_HAN = re.compile("[\u4E00-\u9FD5]+")
# Han characters and punctuation that jieba and rjieba alike yield one by one (no
# block character, no space): a piece of these only needs no re-cut.
_HAN_AND_PUNCTUATION = re.compile("[\u4E00-\u9FD5，。、；：？！“”‘’（）《》【】—…·]+")
# jieba's block characters (re_han_default): a run of them that is not a
# dictionary word goes to its HMM, which cuts Han runs from letter-and-digit
# runs (finalseg.re_skip) and keeps what lies between them whole.
_BLOCK = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+")
_HMM_PARTS = re.compile(r"([\u4E00-\u9FD5]+|[a-zA-Z0-9]+(?:\.\d+)?%?)")
_CHARACTERS = re.compile(r"\r\n|.", re.S)  # outside blocks jieba yields characters one by one, "\r\n" whole
T = TypeVar("T")


@functools.cache
def _dictionary() -> tuple[dict[str, int], list[str]]:
    """jieba's dictionary, read from its package without importing it (a
    quarter second): its fields (word, frequency, tag, ...) and each word's
    position there. Positions, not (frequency, tag) tuples, because building
    350,000 tuples and ints took 0.25 s of every build's start."""
    path = os.path.join(os.path.dirname(importlib.util.find_spec("jieba").origin), "dict.txt")
    with open(path, encoding="utf-8") as fh:
        fields = fh.read().split()  # "word frequency tag" per line
    return dict(zip(fields[0::3], range(0, len(fields), 3))), fields


class _Lookup(dict):
    """word -> what its dictionary line says (``read`` of its frequency and
    tag fields), kept for each dictionary word once asked: recognisers ask
    about the same few thousand words again and again, and a small dict
    answers faster than the dictionary's 350,000 positions and fields.
    Words not in the dictionary get ``absent`` and are not kept, so the
    lookup never outgrows the dictionary whatever the texts hold."""

    def __init__(self, read: Callable[[str, str], T], absent: T) -> None:
        super().__init__()
        self.read = read
        self.absent = absent

    def __missing__(self, word: str) -> T:
        position, fields = _dictionary()
        at = position.get(word)
        if at is None:
            return self.absent
        value = self[word] = self.read(fields[at + 1], fields[at + 2])
        return value


_TAGS = _Lookup(lambda frequency, tag: tag, "")
_FUNCTION_WORDS = _Lookup(lambda frequency, tag: tag in _FUNCTION_TAGS, False)
_FREQUENCIES = _Lookup(lambda frequency, tag: int(frequency), 0)


def tag(word: str) -> str:
    """The word's tag in jieba's dictionary; "" for a word not in it."""
    return _TAGS[word]


CUTS_KEPT = 1 << 12  # the pieces of text cut last: recognisers ask for the same span's words again and again


@functools.lru_cache(maxsize=CUTS_KEPT)
def cut(text: str) -> tuple[str, ...]:
    """jieba.lcut(text), HMM on (as a tuple: the answer is shared)."""
    # rjieba's default instance, loaded on import: nothing adds words to it.
    jieba_words = rjieba.cut(text, True)
    if _HAN_AND_PUNCTUATION.fullmatch(text):  # most pieces, whose words need no re-cut
        return tuple(jieba_words)
    out: list[str] = []
    known = _dictionary()[0]
    for word in jieba_words:
        if len(word) == 1 or word in known or _HAN.fullmatch(word):  # most words are in the dictionary
            out.append(word)
        elif _BLOCK.fullmatch(word):
            out.extend(part for part in _HMM_PARTS.split(word) if part)
        else:
            out.extend(_CHARACTERS.findall(word))
    return tuple(out)


CONTEXT_AROUND = 4  # characters read either side of a span, so that its words are cut as in the sentence


def cuts_around(text: str, start: int, end: int) -> set[int]:
    """Where jieba cuts the text around text[start:end]: offsets in text, read
    from the span with CONTEXT_AROUND characters either side."""
    lo = max(0, start - CONTEXT_AROUND)
    return set(itertools.accumulate(map(len, cut(text[lo:end + CONTEXT_AROUND])), initial=lo))


def word_before(text: str, at: int) -> str:
    """jieba's last word of the text before ``at`` (at > 0), read with CONTEXT_AROUND characters of it."""
    return cut(text[max(0, at - CONTEXT_AROUND):at])[-1]


def is_function_word(word: str) -> bool:
    """A verb, preposition, particle... by jieba's dictionary tag."""
    return _FUNCTION_WORDS[word]


def frequency(word: str) -> int:
    """The word's count in jieba's dictionary; 0 for a word not in it."""
    return _FREQUENCIES[word]
