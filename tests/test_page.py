"""A web page read as the text it shows: title without the site's name,
the page's date, blocks kept apart, navigation dropped, evidence in text."""
import json

from kg.cli import main
from kg.extraction.ingest import read_document
from kg.extraction.page import read_page

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="PubDate" content="2023-06-20 10:30">
<title>浙江省人民政府办公厅关于印发浙江省数字基础设施建设三年行动方案的通知_浙江省人民政府</title>
<style>.a{color:red}</style>
<script>var x = "<p>杭州市印发了《脚本方案》</p>";</script>
</head>
<body>
<div class="top-nav"><a href="/">首页</a> | <a href="/zw">政务公开</a> | <a href="/hd">互动交流</a></div>
<ul class="mainmenu"><li><a href="/1">要闻动态</a></li><li><a href="/2">政策文件</a></li></ul>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zc">政策文件</a></div>
<div class="article">
  <h1>浙江省人民政府办公厅关于印发浙江省数字基础设施建设三年行动方案的通知</h1>
  <div class="info">发布时间：2023-06-20 10:30　来源：省政府办公厅</div>
  <p>　　各市、县（市、区）人民政府，省政府直属各单位：</p>
  <p>　　浙江省人民政府办公厅印发了《浙江省数字基础设施建设三年行动方案》，聚焦5G和工业互联网，
  累计建成5G基站&nbsp;20万个。</p>
</div>
<ul><li><a href="/y">宁波市印发了《宁波市新基建方案》</a></li><li><a href="/z">温州出台5G规划</a></li></ul>
<footer>版权所有 浙江省人民政府 主办</footer>
</body></html>
"""

# No <h1>, no metadata: the title from <title>, the date from a line of the page.
PLAIN = """<html><head><title>天津出台新基建三年行动方案 - 新闻中心 - 天津政务网</title></head><body>
<p>天津市工业和信息化局</p><p>2021年07月20日</p>
<p>近日，天津印发了《天津市新型基础设施建设三年行动方案》，聚焦5G。</p><p>第二段&amp;结尾。</p></body></html>"""


def test_page_title_date_blocks_and_no_navigation():
    page = read_page(PAGE)
    assert page.title == "浙江省人民政府办公厅关于印发浙江省数字基础设施建设三年行动方案的通知"
    assert page.date == "2023-06-20"
    assert page.text.splitlines() == [
        "浙江省人民政府办公厅关于印发浙江省数字基础设施建设三年行动方案的通知",
        "发布时间：2023-06-20 10:30\u3000来源：省政府办公厅",
        "各市、县（市、区）人民政府，省政府直属各单位：",
        "浙江省人民政府办公厅印发了《浙江省数字基础设施建设三年行动方案》，聚焦5G和工业互联网，累计建成5G基站 20万个。",
    ]
    plain = read_page(PLAIN)
    assert plain.title == "天津出台新基建三年行动方案" and plain.date == "2021-07-20"
    assert plain.text.splitlines()[0] == "天津出台新基建三年行动方案"  # the title opens the text
    assert plain.text.splitlines()[-1] == "第二段&结尾。"


def test_page_built_with_its_title_date_and_evidence_in_text(tmp_path):
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "zj.html"
    path.write_text(PAGE, encoding="utf-8")
    (tmp_path / "in" / "tj.htm").write_text(PLAIN, encoding="utf-8")
    assert main(["build", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--validate", "off"]) == 0
    report = {f["document"]: f for f in json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))["files"]}
    assert report["zj"]["title"] == "浙江省人民政府办公厅关于印发浙江省数字基础设施建设三年行动方案的通知"
    assert report["zj"]["published"] == "2023-06-20" and report["tj"]["published"] == "2021-07-20"
    records = [json.loads(line) for line in (tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    text = read_document(path).text
    facts = [r for r in records if r["kind"] != "entity" and r["doc"] == "zj"]
    assert facts
    for r in facts:
        assert text[r["start"]:r["end"]] == r["sentence"]
        assert "<" not in r["sentence"] and "&nbsp;" not in r["sentence"] and "_浙江省人民政府" not in r["sentence"]
        # the date line is a block of its own: a fact said there (its 来源) holds nothing else
        assert "发布时间" not in r["sentence"] or r["sentence"].startswith("发布时间")
    names = {r.get("subject_name") for r in facts} | {r.get("object_name") for r in facts}
    assert "脚本方案" not in str(names) and "宁波市新基建方案" not in str(names)  # script and link list dropped
    assert ("浙江省人民政府办公厅", "issues", "浙江省数字基础设施建设三年行动方案") in {
        (r["subject_name"], r.get("predicate"), r.get("object_name")) for r in facts}
    # the site's name says nothing (the office's name still places its government in 浙江省)
    assert not [r for r in facts if r.get("subject_name") == "浙江省人民政府" and r.get("predicate") != "locatedIn"]
