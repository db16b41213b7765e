"""The fast tokenizer cuts exactly as jieba.lcut does."""
from __future__ import annotations

import logging

import jieba
import pytest

from kg.lang import words
from kg.extraction.ingest import read_document

from .conftest import SEEDS


@pytest.fixture(scope="module")
def reference() -> jieba.Tokenizer:
    jieba.setLogLevel(logging.WARNING)
    return jieba.Tokenizer()


@pytest.mark.parametrize("text", [
    "陵水15-2气田项目", "推进5G-A和NB-IoT网络", "见miit.gov.cn网站", "增长3.5%，达到12.8亿元",
    "A--B 两个  空格\r\n下一行", "卡拉OK和T恤", "",
])
def test_cut_equals_jieba_on_mixed_scripts(reference, text):
    assert list(words.cut(text)) == reference.lcut(text)


def test_cut_equals_jieba_on_every_seed_line(reference):
    lines = [line for path in sorted(SEEDS.glob("*.txt"))
             for line in read_document(path).text.splitlines() if line.strip()]
    assert len(lines) > 100
    assert [list(words.cut(line)) for line in lines] == [reference.lcut(line) for line in lines]


def test_cuts_around_gives_word_boundaries_as_offsets_in_the_text():
    text = "会上，国家发展改革委对《意见》进行解读"
    start = text.index("对")
    cuts = words.cuts_around(text, start, start + 1)
    # offsets are in the whole text, read from a window around the span; jieba
    # reads 委对 as one word, so there is a cut after 对 and none before it
    assert all(start - words.CONTEXT_AROUND <= c <= start + 1 + words.CONTEXT_AROUND for c in cuts)
    assert start + 1 in cuts and start not in cuts
