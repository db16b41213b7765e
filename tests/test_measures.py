import pytest

from kg.measures import parse_number
from kg.model import Document
from kg.pipeline import extract_document


def figures(text: str, doc_id: str = "d"):
    ex = extract_document(Document(id=doc_id, text=text, source="d.txt", published="2021-07-20"))
    return [(m.subject.name, m.indicator, m.value, m.unit, m.year, m.status, m.change, m.qualifier) for m in ex.measures]


@pytest.mark.parametrize("num, mult, value", [
    ("0.69", "万", 6900), ("37.2", "万", 372000), ("两", "万", 20000), ("903", None, 903), ("1", "亿", 1e8),
])
def test_measures_parse_number(num, mult, value):
    assert parse_number(num, mult) == value


def test_measures_actual_figures_with_units_and_change():
    got = figures("安康市加快建设。2020年，全市新增光缆0.69万公里，累计达10.9万公里；新建4G基站867个，发展5G用户37.2万户。")
    assert ("安康市", "光缆", 6900, "公里", 2020, "actual", "new", None) in got
    assert ("安康市", "光缆", 109000, "公里", 2020, "actual", "total", None) in got
    assert ("安康市", "4G基站", 867, "个", 2020, "actual", "new", None) in got
    assert ("安康市", "5G用户", 372000, "户", 2020, "actual", "new", None) in got


def test_measures_targets_money_rates_and_qualifiers():
    got = figures("湖南省加快发展。力争到2025年，全省工业新兴优势产业链产值突破2万亿元，占全省规模以上工业增加值比重40%以上。")
    assert any(g[1].startswith("工业新兴优势产业链产值") and g[2] == 20000 and g[3] == "亿元" and g[4] == 2025
               and g[5] == "target" and g[7] == "超过" for g in got), got
    assert any(g[2] == 40 and g[3] == "%" and g[7] == "以上" for g in got), got


def test_measures_skip_dates_ordinals_and_names():
    got = figures("6月20日,第十次会议在2号楼召开,讨论5G和IPv6,联系电话010-68205882。")
    assert got == []
