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


@pytest.mark.parametrize("text, value, unit, qualifier", [
    ("全省新增光缆0.69万公里。", 6900, "公里", None),
    ("累计建成5G基站5万个以上。", 50000, "个", "以上"),
    ("培育1至2家跨行业的工业互联网平台。", 2, "家", "1至2"),
    ("我国已有300多个城市实现覆盖。", 300, "个", "多"),
    ("力争建成两万个5G基站。", 20000, "个", None),
    ("完成工业投资52.11亿元。", 52.11, "亿元", None),
    ("捐赠7274万元。", 7274, "万元", None),
    ("产值突破2万亿元。", 20000, "亿元", "超过"),
    ("复工率98.5%。", 98.5, "%", None),
    ("新建5G基站数量是去年同期的10倍。", 10, "倍", None),
])
def test_measures_number_forms(text, value, unit, qualifier):
    got = figures("安康市加快建设，安康市持续推进。" + text)
    assert any(g[2] == value and g[3] == unit and g[7] == qualifier for g in got), got


@pytest.mark.parametrize("text, year, status", [
    ("今年以来，全市新增企业4975家。", 2021, "actual"),
    ("去年，全市新增企业4975家。", 2020, "actual"),
    ("力争到2023年，全市建成5G基站5万个。", 2023, "target"),
    ("到二〇三五年，全市建成5G基站5万个。", 2035, "target"),
    ("“十四五”期间，全市将建成5G基站5万个。", 2025, "target"),
])
def test_measures_year_and_status(text, year, status):
    got = figures("安康市加快建设，安康市持续推进。" + text)
    assert any(g[4] == year and g[5] == status for g in got), got


def test_measures_change_new_total_rate():
    got = figures("安康市加快建设，安康市持续推进。全市新增光缆0.69万公里，累计达10.9万公里，电子信息制造业增速达29.4%。")
    changes = {g[2]: g[6] for g in got}
    assert changes == {6900: "new", 109000: "total", 29.4: "rate"}
