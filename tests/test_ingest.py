import os

import pytest

from kg.extraction.ingest import IngestError, decode, publication_date, read_all, read_document


@pytest.mark.parametrize("data, encoding", [
    ("天津市印发方案".encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + "天津市印发方案".encode("utf-8"), "utf-8-sig"),
    ("天津市印发方案".encode("gb18030"), "gb18030"),
    ("天津市印发方案".encode("gbk"), "gb18030"),
    ("天津市印发方案".encode("utf-16"), "utf-16"),
])
def test_ingest_decodes_common_encodings(data, encoding):
    text, enc, warnings = decode(data)
    assert text == "天津市印发方案"
    assert enc == encoding and warnings == []


def test_ingest_repairs_a_few_bad_bytes_in_utf8():
    body = "天津市印发了《行动方案》，聚焦5G和工业互联网。" * 10
    data = body.encode("utf-8") + b"\xed\xa0\x80" + body.encode("utf-8") + b"\x00"
    text, enc, warnings = decode(data)
    assert enc == "utf-8" and text.count("\ufffd") == 4 and "\x00" not in text
    assert any("invalid UTF-8" in w for w in warnings) and any("NUL" in w for w in warnings)


def test_ingest_rejects_binary():
    with pytest.raises(IngestError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(IngestError, match="binary"):
        decode(b"\x00\x01\x02" * 100)


@pytest.mark.parametrize("text, date", [
    ("讲话\n（2021年7月20日）\n今天", "2021-07-20"),
    ("2020年数字福建建设。力争到2025年，2020年完成", "2020"),
    ("没有年份", None),
    # a saved page's date line under its title: the date before the time, weekday or source
    ("工信部：1~5月电子信息制造业增加值同比增长11.2%\n2015/7/2 08:58 中国电子报\n2015年1~5月，我国…", "2015-07-02"),
    ("中国中铁1-3月新签合同额6057.4亿元\n发布时间：2022-04-09 10:01:00 | 来源：新华网\n4月7日，中国中铁…", "2022-04-09"),
    ("1EB=1024PB\n2022-13-40\n存储容量达到800EB", None),  # no real month and day
    ("协鑫集成第二主业调整为半导体材料\n日期:2020-05-12 18:50\n公司发布公告。", "2020-05-12"),
    ("运营商年报\n发布时间:2022-03-29 16:37:15 文章来源:羊城晚报\n三大运营商发布年报。", "2022-03-29"),
    # a page's date line of the year and month alone: the month's first day (its day unknown)
    ("国家电网前9月完成固定资产投资超4200亿元\n2025-10\n今年1至9月，国家电网完成投资，比2024年增长。", "2025-10-01"),
    ("第三届全国机械工业产品质量创新大赛启动\n2024年7月\n拟定于7月29日举行启动仪式。", "2024-07-01"),
    ("16家企业成立国产主机系统产业联盟\n2013-9\n9月27日下午，联盟在京宣布成立。", "2013-09-01"),
    # …not a year alone, a line that goes on, nor the title's own month
    ("数据中心发展规划解读\n2020年\n2020年7月，领导小组印发了规划。", "2020"),
    ("数据中心发展规划解读\n2020年7月，领导小组印发了规划。2021年规划实施。", "2020"),
    ("2022-03\n今年一季度，全市新建5G基站。2021年建成1万个。", "2021"),
    # no page's date line: a headline's date (the title is none), an event's time, a report's period
    ("重磅：2025.7.1起，这些新规正式施行\n近日，国家市场监管总局发布公告。", None),
    ("2025.7.1起，这些新规正式施行\n近日，国家市场监管总局发布公告，自2025年7月1日起施行。", "2025"),
    ("关于举办2023年数字经济论坛的通知\n各有关单位：\n举办时间：2023-06-20 09:00\n请各单位报名。", "2023"),
    ("数字经济发展报告\n编制单位：星河研究院\n报告期：2021.1.1-2021.12.31\n2021年数字经济规模增长。", "2021"),
    # a year before a name in the title, with no 年, is the edition's: the event reported is of that year
    ("2022中国信息通信业发展高层论坛举行\n从2012年到2021年，中国数字经济规模从11万亿元增长到45.5万亿元。", "2022"),
    # an undated round-up: a year compared with (是2012年的4倍) is a baseline, not the text's year; one that is
    # the subject of 是 (2012年是…) is the text's own
    ("中央网信办：我国数字经济规模稳居世界第二\n2021年的总规模达到7.1万亿美元。我国2021年数字经济规模是2012年的4倍多。"
     "软件业务收入是2012年的3.8倍。", "2021"),
    ("数字经济十年\n2012年是起步之年。2012年规模达11万亿元，2021年规模是2012年的4倍。", "2012"),
    ("卫星发射\n这是2022年首次发射。2022年发射任务圆满成功，比2021年增加5次，2021年发射任务多。", "2022"),
])
def test_ingest_publication_date(text, date):
    assert publication_date(text) == date


def test_ingest_dates_a_news_item_by_its_file_name(tmp_path):
    # A 新闻联播 item states no date; the years it names are not its own.
    path = tmp_path / "xwlb-20120702-19.txt"
    path.write_text("政府采购法颁布十年\n我国政府采购规模由2002年的1009亿元增加到2011年的11332亿元。", encoding="utf-8")
    assert read_document(path).published == "2012-07-02"
    # a date the text states wins; a hash's digits are no date
    assert publication_date("讲话\n（2021年7月20日）\n今天", "xwlb-20120702-19.txt") == "2021-07-20"
    assert publication_date("没有年份", "001_ad624d7e20220709.txt") is None
    # a story that opens with the day it recalls, or ends with a day to come, is dated by its name
    assert publication_date("习近平总书记在贵州考察\n央视网消息（新闻联播）：2015年6月18日，习近平总书记在贵州召开座谈会。",
                            "xwlb-20180618-1.txt") == "2018-06-18"
    assert publication_date("流星雨如约至\n今年，英仙座流星雨恰逢七夕佳节，下次要到2032年8月12日。",
                            "xwlb-20130813-12.txt") == "2013-08-13"
    # any other file's name may carry the day it was saved: its own dateline wins
    assert publication_date("关于印发方案的通知\n2022年9月8日，省工业和信息化厅印发方案。", "2021-07-20_通知.txt") == "2022-09-08"
    assert publication_date("关于印发方案的通知\n请遵照执行。", "2021-07-20_通知.txt") == "2021-07-20"


def test_ingest_reports_bad_files_and_reads_the_rest(tmp_path):
    (tmp_path / "good.txt").write_text("天津市印发了《行动方案》。", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\x00\x00\x00")
    os.symlink(tmp_path / "missing.txt", tmp_path / "broken.txt")
    results = list(read_all([tmp_path]))
    docs = [r for r in results if hasattr(r, "text")]
    failures = {os.path.basename(r.path): r.reason for r in results if not hasattr(r, "text")}
    assert [d.id for d in docs] == ["good"]
    assert failures == {"empty.txt": "empty file",
                        "image.txt": "binary content (an image, archive or executable, or many NUL bytes)",
                        "broken.txt": "broken symbolic link"}
