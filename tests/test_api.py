"""The public API: kg.extract gives what kg build gives, with document offsets."""
import json

import pytest

import kg
from kg.cli import main

from .conftest import SEEDS


@pytest.fixture(scope="module")
def seed_file():
    return sorted(SEEDS.glob("*.txt"))[1]


def test_api_extract_gives_the_facts_a_build_gives(seed_file, tmp_path):
    assert main(["build", str(seed_file), "--out", str(tmp_path / "out"), "--validate", "off"]) == 0
    built = [json.loads(line) for line in (tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    facts = kg.extract(seed_file)
    assert {(r["subject_name"], r["predicate"], r["object_name"], r["start"], r["end"])
            for r in built if r["kind"] == "relation"} \
        == {(r.subject, r.predicate, r.object, r.start, r.end) for r in facts.relations}
    assert {(m["subject_name"], m["indicator"], m["value"], m["unit"], m["year"], m["status"])
            for m in built if m["kind"] == "measure"} \
        == {(m.subject, m.indicator, m.value, m.unit, m.year, m.status) for m in facts.measures}
    assert sorted(e["name"] for e in built if e["kind"] == "entity") == sorted(e.name for e in facts.entities)
    assert facts.relations and facts.measures


def test_api_offsets_count_in_the_text_as_given(seed_file):
    facts = kg.extract(seed_file.read_text(encoding="utf-8"))
    text = facts.document.text
    for r in facts.relations + facts.measures:
        assert text[r.start:r.end] == r.sentence
    for e in facts.entities:
        for _, start, end in e.mentions:
            assert text[start:end].strip(), e


def test_api_extract_takes_a_date_and_title_and_reads_them_otherwise():
    text = "通知\n力争今年建成5G基站2万个。\n河北省工业和信息化厅\n2023年6月20日"
    assert kg.extract(text).document.published == "2023-06-20"
    facts = kg.extract(text, published="2021-03-01", title="关于5G的通知")
    assert (facts.document.published, facts.document.title) == ("2021-03-01", "关于5G的通知")
    assert [m.year for m in facts.measures] == [2021]


def test_api_extract_names_what_it_cannot_read(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"   ")
    with pytest.raises(ValueError, match="empty.txt: no text"):
        kg.extract(tmp_path / "empty.txt")


def test_api_extract_reads_a_long_line_as_text_not_as_a_path():
    # Over 255 bytes a string cannot be a file name; the system refuses to look it up.
    text = "1-2月，东部地区完成软件业务收入6837亿元，同比下降9.4%。" * 6
    assert kg.extract(text, published="2020-04-03").document.text == text
