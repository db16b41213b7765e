"""Word boundaries from jieba, with the project's own tokenizer instance.

jieba's module-level tokenizer is shared global state; the pipeline owns its
own ``jieba.Tokenizer``. Part-of-speech comes from jieba's dictionary as a
lexicon lookup (word -> tag), never from ``jieba.posseg``'s HMM, which is
slow and tags this text poorly.
"""
from __future__ import annotations

import functools
import logging
import os
import jieba

# Tags of words that cannot be part of a name: verbs, prepositions,
# conjunctions, particles, adverbs, pronouns, numerals, measure words.
_FUNCTION_TAGS = {"v", "p", "c", "u", "d", "r", "m", "q", "uj", "ul", "ud", "ug", "uv", "uz", "y", "e", "o", "vd", "ad", "t", "tg", "zg"}


@functools.cache
def tokenizer() -> jieba.Tokenizer:
    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    return tok


@functools.cache
def tags() -> dict[str, tuple[int, str]]:
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            word, freq, tag = line.split()
            out[word] = (int(freq), tag)
    return out


def cut(text: str) -> list[str]:
    return tokenizer().lcut(text)


def is_function_word(word: str) -> bool:
    """A verb, preposition, particle... by jieba's dictionary tag."""
    entry = tags().get(word)
    return entry is not None and entry[1] in _FUNCTION_TAGS


def frequency(word: str) -> int:
    entry = tags().get(word)
    return entry[0] if entry else 0
