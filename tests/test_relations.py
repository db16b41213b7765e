import pytest

from kg.entities import recognise
from kg.model import Document, Sentence
from kg.pipeline import extract_document
from kg.relations import EXTRACTORS, Frame


def triples(text: str, scopes=None) -> set[tuple[str, str, str]]:
    sent = Sentence(doc_id="t", index=0, text=text, runs=((0, 0),), paragraph=0, article=0)
    frame = Frame(sent, recognise(sent), scopes=scopes or {})
    return {(r.subject.name, r.predicate, r.object.name) for fn in EXTRACTORS.values() for r in fn(frame)}


@pytest.mark.parametrize("text, expected", [
    ("近日,上海市经信委编制印发了《上海市5G移动通信基站布局规划导则》",
     {("上海市经济和信息化委员会", "issues", "上海市5G移动通信基站布局规划导则")}),
    ("浙江省发展改革委、浙江省经信厅联合印发《浙江省数字基础设施发展规划》",
     {("浙江省发展改革委", "issues", "浙江省数字基础设施发展规划"),
      ("浙江省经济和信息化厅", "issues", "浙江省数字基础设施发展规划")}),
    ("中电科仪器仪表公司瞄准基站建设、工业互联网等领域",
     {("中电科仪器仪表公司", "targets", "基站建设"), ("中电科仪器仪表公司", "targets", "工业互联网")}),
    ("工业和信息化部党组书记、部长李乐成主持召开第十次中小企业圆桌会议",
     {("李乐成", "hasPosition", "工业和信息化部党组"), ("李乐成", "hasPosition", "工业和信息化部"),
      ("李乐成", "chairs", "第十次中小企业圆桌会议")}),
    ("广东省工信厅厅长涂高坤调研企业", {("涂高坤", "hasPosition", "广东省工业和信息化厅"),
                                  ("广东省工业和信息化厅", "locatedIn", "广东省")}),
    ("工业和信息化部装备工业司召开视频会", {("工业和信息化部装备工业司", "subOrganizationOf", "工业和信息化部")}),
    ("北京市海淀区中关村大街1号", {("海淀区", "locatedIn", "北京市")}),
    ("四川省通信管理局与重庆市通信管理局签署《川渝通信合作协议》",
     {("四川省通信管理局", "signs", "川渝通信合作协议"), ("重庆市通信管理局", "signs", "川渝通信合作协议")}),
    ("省工信厅与省卫健委共同落实5G应用", {("{}工业和信息化厅", "cooperatesWith", "{}卫生健康委员会")}),
    ("天奥子集团召开党委理论学习中心组学习会", {("天奥子集团", "holds", "天奥子集团党委理论学习中心组学习会")}),
    ("贯彻落实中央和国家机关工委《关于破解两张皮问题的意见》",
     {("中央和国家机关工作委员会", "issues", "关于破解两张皮问题的意见")}),
    ("印发《中共中央关于制定国民经济和社会发展第十四个五年规划的建议》",
     {("中共中央", "issues", "中共中央关于制定国民经济和社会发展第十四个五年规划的建议")}),
    ("国家市场监督管理总局质量发展局参加会议", {("国家市场监督管理总局质量发展局", "subOrganizationOf", "国家市场监督管理总局")}),
    ("湖南省人民政府办公厅印发通知", {("湖南省人民政府办公厅", "subOrganizationOf", "湖南省人民政府"),
                              ("湖南省人民政府办公厅", "locatedIn", "湖南省")}),
    ("天津(西青)国家级车联网先导区揭牌", {("天津(西青)国家级车联网先导区", "locatedIn", "西青区")}),
])
def test_relations_extract_sentence(text, expected):
    found = triples(text)
    assert expected <= found, found


@pytest.mark.parametrize("text, absent", [
    ("李乐成认真听取企业家发言", "hasPosition"),
    ("天津市的工业互联网发展良好", "issues"),
    ("一是工业和信息化部党组成员严格落实《部党组落实全面从严治党清单》有关要求", "issues"),
    ("在西青区、东丽区等区域构建应用场景", "targets"),
])
def test_relations_need_their_trigger(text, absent):
    assert not any(p == absent for _, p, _ in triples(text))


def test_relations_carry_the_subject_within_a_paragraph():
    text = "面向新基建,莱斯子集团认为,要在模式创新上持续发力。下一步,子集团将聚焦智慧民航和智能交通等领域。"
    doc = Document(id="d", text=text, source="d.txt")
    ex = extract_document(doc)
    got = {(r.subject.name, r.predicate, r.object.name) for r in ex.relations}
    assert ("莱斯子集团", "targets", "智慧民航") in got
    assert ("莱斯子集团", "targets", "智能交通") in got


def test_relations_resolve_local_bodies_against_the_document_city():
    text = ("在全市信息化工作会议上的讲话\n\n安康市加快信息化建设。我市要突出重点。\n\n"
            "市委网信办、市发改委、市工信局三部门印发了《安康市5G创新发展行动计划》。")
    ex = extract_document(Document(id="d", text=text, source="d.txt"))
    got = {(r.subject.name, r.predicate, r.object.name) for r in ex.relations}
    assert ("安康市工业和信息化局", "issues", "安康市5G创新发展行动计划") in got
    assert ("中共安康市委网络安全和信息化委员会办公室", "issues", "安康市5G创新发展行动计划") in got
