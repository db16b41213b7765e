from kg.extraction.clean import clean
from kg.doc.model import Document
from kg.extraction.sentences import split


def _doc(text: str, source: str = "x.txt") -> Document:
    return Document(id="d", text=text, source=source)


def _sentences(text: str, source: str = "x.txt"):
    doc = _doc(text, source)
    return doc, split(doc.id, clean(doc))


def test_clean_offsets_point_into_the_raw_text():
    raw = "第一段文字很长很长，天津市加快5G建设，累计建成5G基站5万个以上，实现全覆盖，引导企业加大5G建设力度，加\n\n图为一汽丰田天津智能制造生产线\n\n快5G独立组网部署。"
    doc, sentences = _sentences(raw)
    joined = [s for s in sentences if "加快5G独立组网" in s.text]
    assert joined, [s.text for s in sentences]
    s = joined[0]
    assert "图为" not in s.text
    # Every clean character maps to the same character of the raw text.
    for i, ch in enumerate(s.text):
        assert raw[s.raw(i)] == ch
    assert raw[s.start:s.end].startswith("第一段")
    captions = [s for s in sentences if s.text.startswith("图为")]
    assert captions and raw[captions[0].start:captions[0].end] == "图为一汽丰田天津智能制造生产线"


def test_full_width_figures_are_read_as_ascii_at_their_raw_offsets():
    raw = "截至２０２３年底，浙江省建成５Ｇ基站１２．５万个，增长６％。"
    doc, (s,) = _sentences(raw)
    assert s.text == "截至2023年底，浙江省建成5G基站12.5万个，增长6%。"
    assert all(raw[s.raw(i)] in (ch, chr(ord(ch) + 0xfee0)) for i, ch in enumerate(s.text))  # the same or its full width
    from kg.api import extract
    facts = extract(raw, published="2023-12-31")
    assert [(m.indicator, m.value, m.unit, m.year) for m in facts.measures] == [("5G基站", 125000, "个", 2023),
                                                                              ("5G基站", 6, "%", 2023)]
    assert all(raw[m.start:m.end] == m.sentence for m in facts.measures)


def test_clean_drops_page_jump_markers_and_blurbs():
    raw = "(上接第2版)对近一年新任命的44名局级干部进行任前谈话。\n\n赛迪出版物\n官方店\n\n扫码关注即可轻松订阅\n在这里\n"
    _, sentences = _sentences(raw)
    texts = [s.text for s in sentences]
    assert texts == ["对近一年新任命的44名局级干部进行任前谈话。"]


def test_clean_drops_a_paragraph_repeated_after_a_page_break():
    para = "要坚持走专精特新发展道路,聚焦细分领域苦练内功,不断提高企业质量、效益和核心竞争力。"
    raw = f"李乐成强调,我国中小企业有灵气。{para}\n\n{para}\n"
    _, sentences = _sentences(raw)
    assert sum(para in s.text for s in sentences) == 1


def test_the_title_is_kept_when_the_lead_repeats_it():
    """A lead that repeats the headline makes no pull quote of it: the title
    says what the text is about (a county-level city, whose 市工信局 it is)."""
    import kg
    title = "溧阳市工业经济品质突破年动员大会召开"
    raw = f"{title}\n\n2月23日上午,{title},副市长方学军参加会议。\n过去的一年,市工信局坚持推进新型工业化。常州市加快发展。\n"
    _, sentences = _sentences(raw)
    assert sentences[0].text == title
    facts = kg.extract(raw, published="2024-02-23")
    assert "溧阳市工业和信息化局" in {e.name for e in facts.entities}


def test_clean_separates_articles_on_a_page():
    raw = "上海发布5G基站布局规划导则\n\n本报讯 近日,上海市经信委编制印发了《导则》。\n\n福建出台工作要点\n\n本报讯 近日,福建省政府办公厅印发了《工作要点》。"
    _, sentences = _sentences(raw)
    article = {s.text: s.article for s in sentences}
    assert article["上海发布5G基站布局规划导则"] == article["本报讯 近日,上海市经信委编制印发了《导则》。"]
    assert article["福建出台工作要点"] == article["本报讯 近日,福建省政府办公厅印发了《工作要点》。"]
    assert article["福建出台工作要点"] != article["上海发布5G基站布局规划导则"]


def test_clean_keeps_the_title_apart_from_the_text():
    """A long title is no broken line: its last word (创新链) and the text's first
    name (北京大学…) make no name together."""
    import kg
    facts = kg.extract("重庆专访 | 中科院院士、北京大学副校长张平文：重庆打造数字生态 要围绕产业建创新链\n\n"
                       "北京大学大数据分析与应用技术国家工程实验室发布数字生态指数。\n")
    assert "北京大学大数据分析与应用技术国家工程实验室" in {e.name for e in facts.entities}


def test_a_date_line_under_the_headline_is_no_part_of_the_title():
    """A page's date line (2021-09-30; 日期:2018-08-09 来源:光伏资讯) is short like a
    title's second line, but the title ends above it: a law's name stays whole."""
    _, sentences = _sentences("浙江省电子商务条例\n2021-09-30\n第一条 为了促进电子商务持续健康发展，制定本条例。\n")
    assert sentences[0].text == "浙江省电子商务条例"
    _, sentences = _sentences("协鑫集成第二主业调整为半导体材料\n日期:2018-08-09 来源:光伏资讯\n协鑫集成科技股份有限公司发布公告。\n")
    assert sentences[0].text == "协鑫集成第二主业调整为半导体材料"
    for byline in ("来源：浙江省人民政府 发布时间：2021-09-30", "【发布日期】2021-09-30", "二〇二一年九月三十日",
                   "作者：张三 2021年9月"):  # a label first, a date inside, a date written out
        _, sentences = _sentences(f"浙江省电子商务条例\n{byline}\n第一条 为了促进电子商务持续健康发展，制定本条例。\n")
        assert sentences[0].text == "浙江省电子商务条例", byline


def test_a_date_line_of_the_year_alone_is_no_part_of_the_title():
    """A saved page's date line of the year alone (2022, 2022年) ends the title above it as a full date does:
    the notice's title, repeated under it, is no second part of one policy's name."""
    for year in ("2022", "2022年"):
        _, sentences = _sentences(f"自然资源部办公厅关于全面推进实景三维中国建设的通知\n{year}\n"
                                  "自然资源部办公厅关于全面推进实景三维中国建设的通知\n各省自然资源主管部门：现将有关事项通知如下。\n")
        assert sentences[0].text == "自然资源部办公厅关于全面推进实景三维中国建设的通知", year
    # a year inside a title's second line is the title's (a range, a bracketed edition)
    _, sentences = _sentences("数字经济白皮书\n(2022年)\n为加快数字经济发展，编制本白皮书。\n")
    assert sentences[0].text == "数字经济白皮书(2022年)"


def test_no_page_date_line_in_a_headline_an_event_s_time_or_a_period():
    """A page's date line is the date under the title, then only its time, weekday or source: a
    headline's date, a notice's event time and a report's period stay where they stand."""
    for raw in ("重磅：2025.7.1起，这些新规正式施行\n近日，国家市场监管总局发布公告。",
                "关于举办2023年数字经济论坛的通知\n各有关单位：\n举办时间：2023-06-20 09:00\n请各单位报名。",
                "数字经济发展报告\n编制单位：星河研究院\n报告期：2021.1.1-2021.12.31\n2021年数字经济规模增长。"):
        paragraphs = clean(_doc(raw))  # in the order written: none is read apart, after the body
        assert "".join(p.text.text for p in paragraphs) == raw.replace("\n", "") \
            and not any(p.caption for p in paragraphs), raw


def test_a_title_line_with_a_year_range_stays_joined():
    """A year range is no date: a title's second line that holds one (2021-2025年…) is the title's."""
    _, sentences = _sentences("浙江省数字经济发展\n2021-2025年行动计划\n为加快数字经济发展，制定本计划。\n")
    assert sentences[0].text == "浙江省数字经济发展2021-2025年行动计划"


def test_clean_reads_figures_and_latin_words_set_off_by_spaces_as_the_news_write_them():
    raw = "中国电信上半年营业收入为 2,587 亿元，5G 套餐用户渗透率达到 73.4%。研究员 李鹏 9月22日表示"
    doc, sentences = _sentences(raw)
    assert sentences[0].text == "中国电信上半年营业收入为2587亿元，5G套餐用户渗透率达到73.4%。"
    assert sentences[1].text == "研究员 李鹏 9月22日表示"  # a name set off on both sides stays so
    s = sentences[0]
    assert all(raw[s.raw(i)] == ch for i, ch in enumerate(s.text))
    assert raw[s.start:s.end] == "中国电信上半年营业收入为 2,587 亿元，5G 套餐用户渗透率达到 73.4%。"


def test_clean_keeps_the_editors_byline_and_drops_the_blurbs_around_it():
    raw = "首届数字经济研讨会当天举行，推动数字经济发展。\n责任编辑：李跃群\n海量资讯\n瓜分现金红包，扫码领取"
    doc, sentences = _sentences(raw)
    texts = [s.text for s in sentences]
    assert "责任编辑：李跃群" in texts and not any("海量资讯" in t or "扫码" in t for t in texts), texts
    for line in ("（责任编辑：李跃群）", "【责任编辑：李跃群】", "责任编辑：李跃群 王芳", "编辑：王芳 责任编辑：李跃群"):
        doc, sentences = _sentences(f"首届数字经济研讨会当天举行。\n{line}\n扫码领取")
        assert [s.text for s in sentences] == ["首届数字经济研讨会当天举行。", line]


def test_the_editors_line_is_no_headline_of_the_next_article():
    raw = ("星河科技上半年营收增长\n本报讯（记者 王芳）星河科技上半年营收增长20%。\n责任编辑：李跃群\n"
           "本报讯（记者 张明）安康市上半年地区生产总值增长5%。")
    assert [(p.heading, p.text.text) for p in clean(_doc(raw)) if p.heading] == [(True, "星河科技上半年营收增长")]


def test_a_saved_page_s_date_line_joins_neither_the_title_nor_the_lead():
    raw = ("工信部：上半年电信业务收入累计完成9055亿元 同比增长1%\n2025-07-22 16:43:51 星期二\n"
           "格隆汇7月22日|工信部发布数据，上半年，电信业务收入累计完成9055亿元，同比增长1%。"
           "截至6月末，5G基站总数达454.9万个，比上年末净增29.8万个。")
    doc, sentences = _sentences(raw)
    assert sentences[0].text == "工信部：上半年电信业务收入累计完成9055亿元 同比增长1%"
    assert sentences[-1].text == "2025-07-22 16:43:51星期二"  # read apart, after the body
    from kg.api import extract
    facts = extract(raw)
    # the country's figures, as the ministry's heading gives them (annotation.md), dated by the date line
    assert ("中国", "5G基站", 4549000, 2025) in {(m.subject, m.indicator, m.value, m.year) for m in facts.measures}


def test_a_document_number_line_ends_the_title():
    """A notice's number on its own line under its title (鄂州政发〔2023〕6号): the title ends
    above it, and neither the number nor the addressees below it join the title."""
    _, sentences = _sentences("市人民政府关于印发鄂州市数字经济发展“十四五”规划的通知\n鄂州政发〔2023〕6号\n"
                              "各区人民政府，葛店经开区、临空经济区管委会，市政府各部门：\n现将规划印发给你们。\n")
    assert sentences[0].text == "市人民政府关于印发鄂州市数字经济发展“十四五”规划的通知"
    assert sentences[1].text == "鄂州政发〔2023〕6号"
    # the number in round brackets, as many provinces write it (川府发(2021)15号)
    _, sentences = _sentences("市人民政府关于印发鄂州市数字经济发展“十四五”规划的通知\n鄂州政发(2023)6号\n"
                              "各区人民政府，市政府各部门：\n现将规划印发给你们。\n")
    assert sentences[0].text == "市人民政府关于印发鄂州市数字经济发展“十四五”规划的通知", sentences[0].text
    # a title set over two short lines is still one heading
    _, sentences = _sentences("工信部组织开展2022年工业互联网试点示范项目申报工作\n关于组织开展申报工作的通知\n"
                              "工信厅信管函〔2022〕252号\n各省、自治区、直辖市工业和信息化主管部门：\n")
    assert sentences[0].text == "工信部组织开展2022年工业互联网试点示范项目申报工作关于组织开展申报工作的通知"


def test_a_round_up_headline_with_a_comma_is_no_prose_cut_short_before_a_dated_lead():
    """A round-up's item headline (12.42亿，…EPC招标启动) has a comma like a line cut
    short, but the paragraph under it opens with its day: a report's lead, which
    joins no headline (its company, not the headline's place, owns its figures)."""
    _, sentences = _sentences("本周看点\n2025-11-25\n本周多地算力项目招标启动。\n8.5亿，新星市智算中心总承包招标公告\n"
                              "11月14日，新疆某数据科技有限公司发布招标公告，资金来源为自筹资金85000万元。\n")
    texts = [s.text for s in sentences]
    assert "8.5亿，新星市智算中心总承包招标公告" in texts
    assert "11月14日，新疆某数据科技有限公司发布招标公告，资金来源为自筹资金85000万元。" in texts


def test_a_short_line_cut_short_at_a_comma_still_joins_the_next():
    """Negative: a short line with a comma whose next line opens with no day is prose
    cut short (a page break), and is read on as one sentence."""
    _, sentences = _sentences("全市新建5G基站1200个，\n累计达到8000个。\n")
    assert [s.text for s in sentences] == ["全市新建5G基站1200个，累计达到8000个。"]


def test_a_line_cut_short_before_a_date_still_joins_its_dated_rest():
    """Negative for the dated-lead rule: a line that stops on a comma or on 于 (根据省委部署，|
    经研究决定，定于|) is prose cut short right before its date, not a headline."""
    _, sentences = _sentences("工作动态\n2025-11-25\n有关情况如下。\n根据省委部署，\n"
                              "3月5日，全省召开数字经济大会，签约项目30个。\n")
    assert "根据省委部署，3月5日，全省召开数字经济大会，签约项目30个。" in [s.text for s in sentences]
    _, sentences = _sentences("会议通知\n2025-11-25\n有关事项通知如下。\n经研究决定，定于\n"
                              "2024年3月5日，在北京召开全市工作会议。\n")
    assert "经研究决定，定于2024年3月5日，在北京召开全市工作会议。" in [s.text for s in sentences]


def test_the_title_ends_above_a_saved_page_s_date_line():
    """A short line under a page's date line (a photo's credit: …在提问。视频截图) is no second
    line of the title above the date: the title's last word (非常好) opens no name (好川报集团)."""
    _, sentences = _sentences("工信部部长肖亚庆答记者问——工业互联网发展前景非常好\n2021-03-14\n"
                              "川报集团特派记者卢荡在提问。视频截图\n3月8日，部长通道采访活动举行。\n")
    assert sentences[0].text == "工信部部长肖亚庆答记者问——工业互联网发展前景非常好"
    # a title set over two short lines above the date line is still one heading
    _, sentences = _sentences("浙江省数字经济发展\n三年行动计划\n2021-09-30\n为加快数字经济发展，制定本计划。\n")
    assert sentences[0].text == "浙江省数字经济发展三年行动计划"
