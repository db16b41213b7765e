"""Stage 5b: measures, the figures a subject reached, added or aims for.

A figure is a number with its multiplier and unit (0.69万公里 is 6900 公里;
52.11亿元 stays 52.11 亿元; 33% is 33 %; 七成 is 70 %). Its indicator is the
noun phrase that names what is counted, before the figure (新增光缆0.69万公里)
or after its classifier (753户规上工业企业); a rate names the quantity it
modifies (同比下降6.8% after 电信业务收入 is 电信业务收入增速), a share its
whole (占全省出口的比重), a 分别 list pairs in order. Its subject is what
the text makes clear: the clause's opener or scope word (全国, 全省, 全县),
the place the sentence is set in, an earlier figure's subject, else the
scope the discourse opened (a heading, an item, the article: national news
is 中国's; see pipeline._figure_scopes); otherwise the figure is left out.
Status, change, qualifier and year come from trigger words in the clause
and the document's date.
"""
from __future__ import annotations

import functools
import itertools
import re
from decimal import Decimal
from typing import Iterator, Optional

from kg.lang import words
from kg.extraction.entities import (ABBREVIATION_SEAT, CAMPAIGN_SUBTYPE, CRAFT_NUMBER, FOREIGN_AGENCY, CAPITAL_CITIES, CJK, COUNTRY, COUNTRY_PAIR, COUNTRY_SUBTYPE, HAN_CHAR, HAN_OR_LATIN, LIST_CLOSER, LIST_JOINERS, MACRO_REGIONS, OPENING_BRACKETS, ORDINAL_DIGITS,
                                   SCOPE_WORDS, VISION_OPENERS, WIN)
from kg.lang.lexicon import BARE_LEGAL_FORMS, MUNICIPALITIES, load
from kg.doc.model import Measure, Mention, coverage
from kg.doc.settings import Thresholds
from kg.lang.registry import alternation as _alt, any_of, holds_one
from kg.extraction.resolution import names_place, signer_of
from kg.extraction.relations import (BARE_ZONE_KINDS, OWNS, body_pointer, PLAN_PERIOD, REPORT_HEAD, WORD_AFTER, Frame, clause_span, meeting_saying,
                                     named_before_pointer, of_kind, opens_with_locality, pointed_kind, pointing_word, post_after, seat_of, subject)

LEX = load()
M = LEX.patterns["measure"]

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
# Units spelled in Latin letters are written in any case (788EFlops, 30PFlops, 100mbps): matched so,
# before the units as written (P would take 30PFlops's P and leave Flops), and given as the lexicon
# writes them; two-letter ones (EB, GW) only as written.
_UNIT_WORDS = M["units"] + M["foreign_currencies"]
_LATIN_UNITS = {u.lower(): u for u in _UNIT_WORDS if u.isascii() and u.isalpha() and len(u) >= 4}
_TRAFFIC_UNIT = "GB"
_TRAFFIC_SHORTHANDS = rf"(?<=[万亿])(?:{_alt(M['traffic_shorthands'])})(?![A-Za-z\d]|比特)"  # 139596.7万G, 22亿Gb: GB (not 100万G比特: bits)
_LATIN_UNIT = f"(?i:{_alt(_LATIN_UNITS)})"
_UNITS = f"{_LATIN_UNIT}|{_alt(_UNIT_WORDS)}|{_TRAFFIC_SHORTHANDS}"
# …and, as operators' and ministries' releases type them, after a space (智算规模达到19.6 EFLOPS)
_SPACE_BEFORE_LATIN = rf"(?:\s(?={_LATIN_UNIT}))?"
# 330千伏, 50千瓦: 千 begins the unit, it multiplies nothing
_KILO = _alt(u[1:] for u in _UNIT_WORDS if u.startswith("千") and len(u) > 1)
# 投入10个亿, 6000多个亿, 两个亿: 亿 said with a classifier (not 8个亿吨级油田, 70个亿元以上项目, 3个亿万富翁: things counted)
_SPOKEN_YI = r"多?个(?=亿(?![元吨级方立千万]))"
# A number written in two parts, the lower one with its own multiplier (2万3千多件, 2亿3232万人次, 1亿3千万元, 2万7千多亿元)
# or in units after 万 (网店从业者1万5000多人, 12万7027张: the 新闻联播 items, rec15 audit, session 31): one figure, not two
# (2万 and 3千多件; 1万 and 5000多人); not a year after 万 (万2020年)
_LOWER_PART = (rf"(?P<rest>(?<=\d万)[1-9](?=千(?!{_KILO}))|(?<=\d亿)\d{{1,4}}(?=万)|(?<=\d亿)[1-9](?=千万)"
               r"|(?<=\d万)\d{3,4}(?![\d.年]))(?P<rest_mult>千万|千|万)?")
_PART_SIZES = {"": 1, "千": 1e3, "万": 1e4, "千万": 1e7, "亿": 1e8}
# 接近 before a figure is one word, its 近 the qualifier: jieba may cut 已|接|近70%, leaving 接 at the end of the
# name (比重已接, 产值将接, 复工率接); not the 接 of a word before it (连接, 链接, 对接)
_NEAR_VERB = r"(?<![连链衔对焊承直间迎嫁])接(?=近)"
# 大约 before a figure (全国像这样不通宽带的行政村还有大约5万个, 光缆集采均价大约为55元): one word, its qualifier 约, no
# 大 left at the end of the name; not the 大 of a word before 约 (扩大, 增大, 加大: 扩大|约10%)
_ABOUT = r"(?<![扩增加放强最巨重较])大约"
# 不足 and 不到 (under): the qualifiers patterns.toml names 不足, read in the pre group as written
_UNDER = "|".join(w for w, q in M["qualifiers"].items() if q == "不足")
# 多 after the unit is "more than" (3个多月), not where it opens the noun counted (12个多式联运试点: patterns.toml)
_NOT_MORE = f"(?!{_alt(M['many_opening_nouns'])})"
# The lookahead names every character a figure can start with: it lets ``re``
# skip, in C, the positions none does, where it would try each alternative.
# (六百多家, 三千多名, 一万八千多家: the numerals before 百 or 千 are the figure's, not 百多 = 100 read after them;
# 万余 alone is 10000 as 百余 is 100: 建成万余家省级智能工厂, 万余项重点文物保护单位, 7 in the 新闻联播 items, rec11 audit;
# not after a numeral or 数/几, whose figure it ends: 数万余人, 百万余亩)
# a classifier's alternative in brackets after it (13万部（件）古籍, 5万台（套）设备: the noun counted follows it; review rvri)
# 约有 and 大约有 before a figure (约有129万家农民合作社, 目前我国大约有400个城市…): the qualifier 约 and the verb of
# having, read with the figure as 突破了 is
_FIGURE = re.compile(
    rf"(?=[超不突逾约近上接大\d一二两三四五六七八九十百千万])"
    rf"(?:{_NEAR_VERB})?(?P<pre>超过|不低于|不少于|不超过|{_UNDER}|突破|超|逾|{_ABOUT}|(?<![签节公条制合预履违集])约|近|上)?(?:(?<=超过|突破)了|(?<=约)有)?"  # 突破了4万亿元, 约有129万家
    rf"(?:(?P<lo>\d+(?:\.\d+)?)[至到~\-－—](?=\d))?"
    rf"(?P<num>\d+(?:\.\d+)?|(?<!“)[一二两三四五六七八九十]{{1,2}}(?=[万亿](?:{_UNITS})|{_SPOKEN_YI})"
    rf"|(?<=[上超逾近过破])[百千万](?=[万亿余多]|{_UNITS})|(?:[一二两三四五六七八九][万千])?[一二两三四五六七八九]?[百千](?=[余多])|(?<![\d.数几十百千两一二三四五六七八九])万(?=余)|[两三四五六七八九](?=成)"
    rf"|[二两三四五六七八九十]{{1,2}}(?=倍)|(?<=翻)[一两三四](?=番))"
    rf"(?:{_SPOKEN_YI})?(?P<approx>[多余](?=万|亿|千(?!{_KILO})))?(?P<mult>万亿|万|亿|千(?!{_KILO}))?"
    rf"(?:{_LOWER_PART})?(?P<post>多|余)?"
    rf"(?P<yi>(?<=万[多余])亿)?{_SPACE_BEFORE_LATIN}(?P<unit>{_UNITS})?(?:(?<=[台部件])[（(][套件][）)])?(?P<tail>以上|左右|{_NOT_MORE}多)?")
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _number(m: re.Match) -> str:
    """The figure's number in its multiplier's units, its lower part added (2万3千 -> 2.3, 1万5000 -> 1.5, of 万)."""
    if not m.group("rest"):
        return m.group("num")
    whole = float(m.group("num")) + float(m.group("rest")) * _PART_SIZES[m.group("rest_mult") or ""] / _PART_SIZES[m.group("mult")]
    return repr(round(whole, 8))


def _multiplier(m: re.Match) -> Optional[str]:
    """The figure's multiplier: 万亿 where a 多/余 splits it (投资1万多亿, 从4万多亿增加到8万多亿: more than
    one 万亿, as the news items speak), else as written."""
    return "万亿" if m.group("yi") else m.group("mult")


def _more_than(m: re.Match) -> Optional[str]:
    """The 多/余 of the figure ``m``, said after its multiplier (1万多名, 2800多亿元) or before it
    (20多万家, 300多万个, 百余万人: the multiplier then still multiplies)."""
    return m.group("approx") or m.group("post")

_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
_IS_DE = re.compile(r"是[^是]*的$")  # 是…的 around a noun phrase
_PUNCTUATION = re.compile(r"[，,；;、：:。\s“”\"（）()]+")
_DASH = "—"  # one half of a dash pair (——), as jieba cuts it
_RANGE_DASH = re.compile(r"\d—+$")  # a range's dash, between its numbers (3000——5000元)
_THIS_YEAR_WORD, _LAST_YEAR_WORD = "今年", "去年"
# a time in the document's own year; not 去年底, 去年年底 (the year before's end)
_DOCUMENT_YEAR = re.compile(rf"{_THIS_YEAR_WORD}|年内|(?<!{_LAST_YEAR_WORD})(?<!{_LAST_YEAR_WORD[0]})年底|本年度")
# The parts of a year a figure can be of (一季度, 前三季度, 上半年, 全年), in _LEAD_WORDS and _PERIOD
_PART_OF_YEAR = r"前?[一二三四]季度|[上下]半年|全年"
# …and the period a figure is of (2023年1-8月徐工汉云实现营收…): the subject follows it
_LEAD_WORDS = re.compile(r"[\s，,]*(?:截至目前|目前|其中|同时|并|今年以来|第一季度)?[，,]?"
                         rf"(?:(?:\d{{4}}年|今年|去年)?(?:\d{{1,2}}[-—~至]\d{{1,2}}月份?|{_PART_OF_YEAR})[，,]?)?")
# Every figure has a digit, or 万/亿 after Chinese numerals, or is a share in
# tenths (七成) or a round hundred or thousand (百余名, 上千家). The pattern
# opens with the set of their first characters and checks which one it met by
# lookbehinds: a set that opens a pattern lets ``re`` skip the other positions in C.
_NUMERAL = re.compile(r"[\d万亿两三四五六七八九百千十翻](?:(?<=[\d万亿])|(?<=[两三四五六七八九])成|(?<=[百千])[余多]"
                      r"|(?<=[二两三四五六七八九十])倍|(?<=翻)[一两三四]番)")
_BARE = ("百", "千", "万")  # a round number written without a digit: 超千亿元, 突破千亿元, 超过百万, 上千家, 百余名
_TENTHS = "成"  # 七成 is 70 %
_DOUBLINGS = "番"
_NOT_FIGURE_AFTER = re.compile(r"^(?:年|月|日|时|届|版|号|周年|次会议|大|项重点|个方面|个阶段|条推进|英寸|G\b|G[^\d]|-|\.)")
_FOREIGN_MONEY = set(M["foreign_currencies"])
_CURRENCIES = {"元"} | _FOREIGN_MONEY  # 万, 亿 and 万亿 before them stay in the unit (2亿元, 38.2亿美元)
_MONEY = {"万元", "亿元", "万亿元"} | _CURRENCIES
_RANKS = ("名", "位")
_NOT_A_UNIT = any_of(M['not_units'])
# 增加到2011年的11332亿元: the level a quantity reached by then, no deadline (a
# search that ends at the figure sees the text end right after 的)
_LEVEL_AT = r"(?![底末]?的(?:\d|$))"
# 截至2022年底, 截止今年6月末, 截止到2020年: a date a figure is counted up to, no aim
_AS_OF_WORD = "截[至止]"
# 到2025年, 力争到2027年: the year a sentence aims at (an as-of date is matched to be passed over)
_TARGET_YEAR = re.compile(rf"{_AS_OF_WORD}到?\d{{4}}年|(?:到|至|力争到|—|-)(\d{{4}})年{_LEVEL_AT}")
_YEAR = re.compile(r"(\d{4})年(?!代)")
_NEW = re.compile(f"(?:{_alt(M['new'])})(?!值)")  # 增加值 (value added) is a quantity, not an increase
# The lookahead on the first characters of every alternative lets ``re`` skip,
# in C, the positions none starts at (as ``alternation`` does for one word list).
_TARGET_WORDS = M["target_strong"] + M["expected"]
# 要完成, not 主要完成, nor 要 ending a noun (纲要建设, 会议纪要, 摘要, 概要); not 建议, 建言 (纲要建议稿: no 要建)
_MUST_REACH = f"(?<![{''.join(M['must_reach_not_after'])}])(?:{_alt(M['must_reach'])})(?![{''.join(M['must_reach_not_before'])}])"
_TARGET = re.compile(f"(?=[{re.escape(''.join(sorted({w[0] for w in _TARGET_WORDS + M['must_reach']})))}到年])"
                     f"(?:(?:{_alt(_TARGET_WORDS)})|{_MUST_REACH}|到(?:\\d{{4}}|[〇零一二三四五六七八九]{{4}}|今)年{_LEVEL_AT}|(?<!去)(?<!去年)年底{_LEVEL_AT}|年内)")  # not 去年底, 去年年底: gone by
_ESTIMATES = set(M["estimates"])
_WORK_REPORTS = tuple(M["work_report_heads"])
_BULLETINS = tuple(M["bulletin_heads"])
_FINDINGS_NOTICE = re.compile(rf"关于(?:{_alt(M['findings_notice_verbs'])})|(?:{_alt(M['findings_notice_heads'])})$")
_TARGET_LOOKALIKES = tuple(M["target_lookalikes"])  # 将近: read past the figure's start, which ends a search before it
# 争取到, not 争取到2025年, 争取到“十四五”末, 争取到下半年, 争取到月底 (a time the 到 opens: a digit, a numeral, a plan's
# quoted name, 本/今/明/下 or 年/月/期/届)
_TARGET_WON = re.compile(rf"(?:{_alt(M['target_won'])})(?![\d〇零一二两三四五六七八九十本今明下年月期届“\"「])")
_DISPOSAL_JIANG_AFTER = tuple(M["disposal_jiang_after"])  # 已将, 成功将: 将 marks the object, no future
_JIANG_TIME = ("于", "在")  # 将于年底, 将在明年: the future 将 before when
_JIANG_BA = "把"  # 将把…作为重点: the future 将 before the disposal 把, which marks the object itself
# …and where its clause's verb takes 了 (将生产效率提升了50%, 将国际漫游流量资费平均下调了70%): a deed done
# (not 为了, 除了, 了解, 了结, 了不起)
# or that sets the object as something (将数字政府建设作为…首项任务: disposal_jiang_verbs)
_DISPOSAL_JIANG_VERBS = tuple(M['disposal_jiang_verbs'])
_DEED_DONE = re.compile(rf"[^，,。；;：:？?！!将]{{1,30}}?(?:[{CJK}](?<![为除])了(?![解结]|不起)|{_alt(_DISPOSAL_JIANG_VERBS)})")
# jieba's tags of a verb, an adverb, an adjective and set phrases: what opens a predicate, not the object the
# disposal 将 takes (将使通行时间缩短了40%, 将大大缩短了…: the future 将, as news write it with 了); vn is a noun
_PREDICATE_TAGS = ("v", "d", "a", "i", "l")
_TOTAL_FIRST = any_of(M['total_strong'])
_NEGATIVE = any_of(M['negative'])
# the rate words of growth, not of a fall (增速, 增幅; 降幅's name gives its sign): a growth rate's record names
# the quantity alone and says rate in its change (records.md), 电信业务收入同比增长6.8% -> 电信业务收入, rate
_GROWTH_WORDS = [w for w in M['rate_words'] if w not in M['negative']]
_NARROWING = any_of(M['narrowing'])
# the last of these before a 收窄 says what narrows: a fall (降幅…收窄: up) or a growth (增幅…收窄: down)
_FALL_OR_GROWTH = re.compile(f"(?P<fall>{_alt(M['negative'])})|(?P<growth>{_alt(_GROWTH_WORDS)}|增长)")
_FALL_RATE, _GROWTH_RATE = "降幅", "增速"
_QUALIFIERS = M["qualifiers"]
# The verbs of a level a figure is (达到, 为, 突破): in _STRIP_RIGHT, _SHARE_LEVEL and _BARE_PREDICATE
_LEVEL_VERB = "达到|达|为|超过|突破"
_GDP_TERM = "国内生产总值"  # its 国内 is part of the term (GDP): no scope word to strip
# The period a figure is of (3月份, 1-2月, 一季度, 上半年, 前4个月) is its time, not what it counts;
# 月份 is what is left of 3月份 once its number is cut off as a figure before the quantity.
_PERIOD = rf"(?:\d{{1,2}}(?:[-—~至]\d{{1,2}})?)?月份|\d{{1,2}}(?:[-—~至]\d{{1,2}})?月|{_PART_OF_YEAR}|前(?:\d{{1,2}}|[两三四五六七八九十]{{1,2}})个月|当月|本月"
# A verb of having right after the subject's name cut off the indicator (中国|现有|水库大坝9.5万座, 中国联通|现有|数据中心,
# 重庆|已有|智能化产业企业): the clause's predicate, no word of what is counted (jieba tags 现有 b, so the walk back went on);
# not the 共有 "jointly owned" of 共有产权房, a kind of housing (北京市共有产权房供应量: 2 such in the 新闻联播 items)
_HAVING_OPENS = re.compile(r"^(?:现有|已有|共有(?!产权))(?=..)")
_STRIP_LEFT = re.compile(rf"^(?:{_PERIOD}|其中|当中|全市|全省|全国|我市|我省|本市|国内市场|(?!{_GDP_TERM})国内(?!外)|我国|全行业|努力实现|力争实现|预计|计划|仅|共有|共(?![建享同])|并|和|及|已|已有|现有|新增|新建|新上|累计|完成|发展|组织|"
                         r"实现|建设|建成|培育|推动|引进了?|签约了?|集聚(?!区)|聚集(?!区)|打造|力争|到今年年底|今年|去年|年内|目前|截至目前|第一季度|以来|"
                         r"\d{4}年|(?:期间|时期)(?!费用)|[，,、；;：:/\s]|[（(][^（）()]{1,10}[）)])+(?!(?:率|量|额|总额|金额)$)")  # an aside whose word is stripped: 国内（不含港澳台）…
# (/ as a separator too: 风电装机100万千瓦/光伏装机200万千瓦, two quantities a slash sets side by side; 期间/时期, the
# last word of a period whose name the quote or a holiday took (“十四五”期间实际使用外资, 春节期间小型客车流量), not
# 期间费用, an accounts' item: prec16 audit)
# (共 "in all", not the 共 that opens 共建, 共享, 共同: “一带一路”共建国家非金融类直接投资 keeps 共建, no 建国家…)
# …but not a verb a bound suffix makes a noun of (签约|额, 完成|率: _BOUND_SUFFIXES), which would leave the suffix alone
# or a sum's head (签约|总额, 签约|金额: verb_named_heads), which would leave the head bare
# an aside on how a quantity is measured, between it and its figure (邮政业务总量（按2010年不变价计算）1960.75亿元,
# 业务收入（不包括邮政储蓄银行直接营业收入）累计完成…, 电信业务总量（2015年不变价）…): no part of what is counted
_MEASURING_ASIDE = re.compile(r"[（(](?:按|不含|不包括|含|包括)[^（）()，,。；;]{1,24}[)）]|[（(][^（）()，,。；;]{0,16}(?:不变价|价格|口径)(?:计算)?[)）]")
# the years a quantity is summed over, in brackets after its name (信息通信基础设施累计投资(2021-2025)达387亿元): an aside
_PERIOD_ASIDE = re.compile(r"[（(]\d{4}\s*[-—–－~至]\s*\d{4}年?[)）]")
_COMPARED_PERIOD = _alt(M["compared_periods"])
_STRIP_RIGHT = re.compile(r"(?:(?:基本|总体|稳定|始终|持续|继续|长期)?(?:稳定|保持|控制|维持)在|连续(?:第?[一二两三四五六七八九十数多\d]+个?(?:年|月|天|日|周|季度))?"
                          rf"|{_alt(M['currencies_before_figure'])}|(?<=[数率量额])[从由]|{'|'.join(M['aims_before_figure'])}|{_alt(M['record_levels'])}|(?<=[{CJK}])(?:{_alt(M['caps_before_figure'])})|[（(][A-Za-z\d&]{{1,8}}[)）]|{_LEVEL_VERB}|[高多长]达|累计|是|{_ABOUT}|约|近|共|有|将|已|平均|(?<!平)均|可|同比增长|同比提升|同比(?:{_alt(M['falls_by'])})|增长|提升|下降|[，,、；;：:\s])+$")
_CLASSIFIERS = set(M["classifiers"])
# 预计, 力争, 有望 between a quantity and its figure: a forecast or an aim, no word of what is counted (not 预期, also a
# word of names: 人均预期寿命, 生产经营活动预期指数, 预期目标)
_AIMS_IN_PHRASE = set(M["aims_before_figure"]) - {"预期"}


def parse_number(num: str, mult: str | None) -> float:
    """'0.69', '万' -> 6900.0; '两', '万' -> 20000.0; a bare '千' is 1000.

    >>> parse_number("0.69", "万"), parse_number("两", "万"), parse_number("1", "万亿"), parse_number("百", "万")
    (6900.0, 20000.0, 1000000000000.0, 1000000.0)
    """
    if _PLAIN_NUMBER.fullmatch(num):
        # in decimal, then to the nearest float: 9960.03亿 is 996003000000, not 996003000000.0001 (binary noise)
        return float(Decimal(num) * _SCALES[mult])
    else:
        value, digit = 0.0, 0
        for ch in num:
            if ch in _CN_DIGITS:
                digit = _CN_DIGITS[ch]
            else:
                value += (digit or 1) * _CN_UNITS[ch]
                digit = 0
        value += digit
    return round(value * float(_SCALES[mult]), 6)


_SCALES = {"万": Decimal(10**4), "亿": Decimal(10**8), "千": Decimal(10**3), "万亿": Decimal(10**12), None: Decimal(1), "": Decimal(1)}


_RENMINBI, _YUAN = "人民币", "元"  # 102亿人民币 is 102 亿元


def _value_unit(m: re.Match, listed_unit: Optional[str] = None) -> tuple[float, str]:
    """The figure's value and unit; ``listed_unit`` the unit written once at
    the end of the list the figure opens (see _listed_unit)."""
    unit = m.group("unit") or listed_unit or ""
    mult = _multiplier(m)
    # a 分别 list's multiplier, written once with its unit (分别为3和5万户; 分别为1.2和3.4万亿元: 万亿 and 元)
    written = next((w for w in _MONEY_MULTIPLIERS[::-1] if unit.startswith(w) and len(unit) > len(w)), None)
    if written and not m.group("unit") and mult is None:
        mult, unit = written, unit[len(written):]
    unit = _YUAN if unit == _RENMINBI else _TRAFFIC_UNIT if unit in M["traffic_shorthands"] else _LATIN_UNITS.get(unit.lower(), unit)
    if unit in _MONEY:
        # Money keeps 万元/亿元: 52.11亿元 is 52.11 亿元, 2万亿元 is 20000 亿元.
        if mult == "万" and unit == "亿元":
            return parse_number(_number(m), "万"), "亿元"
        if mult == "万亿" and unit in _CURRENCIES:
            return parse_number(_number(m), "万"), "亿" + unit
        if mult and unit in _CURRENCIES:  # 38.2亿美元 is 38.2 亿美元
            return parse_number(_number(m), None), mult + unit
        return parse_number(_number(m), None), unit
    if unit == _TENTHS:
        return parse_number(m.group("num"), None) * 10, "%"
    if unit == _DOUBLINGS:  # 翻一番 is twice, 翻两番 four times
        return 2.0 ** parse_number(m.group("num"), None), "倍"
    return parse_number(_number(m), mult), unit


_MONEY_QUANTITY = re.compile(f"(?:{_alt(M['money_quantities'] + [q for q in M['quantities'] if q not in M['not_money_quantities']])})$")
_NOTHING_NAMED_AFTER = re.compile(f"[^{CJK}A-Za-z]|$")  # 22.4万亿，: no unit, currency or noun after the figure


_MONEY_MULTIPLIERS = ("万", "亿", "万亿")
_MONEY_HEADS = set(M["money_heads"])
_MONEY_HEAD_WORDS = tuple(_MONEY_HEADS)  # as jieba may glue one to the verb after it (资金投入)
_ACTING_TAGS = ("v", "p")  # jieba's tags of a verb (推动, 搭建) and a preposition (被, 向)


def _word_at(text: str, at: int) -> str:
    """The word jieba cuts first from ``at`` on ("" at the text's end)."""
    return next(iter(words.cut(text[at:at + _LONGEST])), "")


def _named_before(text: str, m: re.Match, indicator: str) -> bool:
    """The ``indicator`` is written in the figure's clause before it (总投资2734亿重大项目; 进出口总额先后跨越5000亿、
    8000亿两大台阶), not read off the words after it (发放100万贷款户), and only words of the level it reached stand
    between them: not a verb by which the sum acts on what the figure counts (新增贷款支持10万农户, 发放创业担保贷款
    扶持2万创业者, 惠及20万农户: the figure counts the noun after it, no sum)."""
    clause = text[clause_span(text, m.start())[0]:m.start()]
    at = clause.rfind(indicator)
    return at >= 0 and all(tok in _LEVEL_BETWEEN or words.tag(tok) in _LEVEL_BETWEEN_TAGS
                           for tok in words.cut(clause[at + len(indicator):]))


_DEED_VERB_TAG = "v"  # jieba's verb (处于, 深耕, 进入), not its verbal noun (投资: a quantity)


def _deed_of_members_after(text: str, end: int) -> bool:
    """A verb right after a share in tenths (超六成|处于…, 超七成|深耕…): what the members counted do, no noun counted."""
    return words.tag(_word_at(text, end)) == _DEED_VERB_TAG


def _verb_next(text: str, end: int) -> bool:
    """A verb, a preposition or 的 right at ``end`` (…100亿在这建设, …近1600亿打造, …20亿的厂房)."""
    first = _word_at(text, end)
    return first == _OF or words.tag(first).startswith(_ACTING_TAGS)


def _money_head_acting(text: str, end: int) -> Optional[str]:
    """A head of money right after the figure, the subject of a verb after it (我国4360亿贷款推动…,
    投入2亿资金搭建…, 1.17亿资金被转走, 2亿资金的项目): the figure is money, whatever its indicator; not a
    noun the head only modifies (100万贷款户, 10亿资金项目). The head, or None."""
    head = next((h for h in _MONEY_HEADS if text.startswith(h, end)), None)
    return head if head is not None and _verb_next(text, end + len(head)) else None


def _in_yuan_unsaid(m: re.Match, indicator: str, text: str, seen: list[tuple[re.Match, str]]) -> Optional[tuple[float, str]]:
    """A figure in 万/亿 of a quantity of money with nothing after it but
    punctuation, the level it changes to (数字经济规模达22.4万亿，;
    从11.76万亿增长到17万亿), the sum's name (撬动40亿技改资金), a verb, or whatever noun, where the
    quantity is named before it in its clause (总投资2734亿重大项目; not 发放100万贷款户, named after it) is in 元, as the
    news items leave it unsaid, or in the currency of the sentence's last money figure (``seen``: 1.2万亿美元，
    利润500万): its value and unit as money's (22.4万亿 -> 224000 亿元)."""
    mult = _multiplier(m)
    if m.group("unit") or mult not in _MONEY_MULTIPLIERS:
        return None
    if not _money_head_acting(text, m.end()) and (
            not _MONEY_QUANTITY.search(indicator)
            or not (_NOTHING_NAMED_AFTER.match(text, m.end()) or _FROM_TO.match(text, m.end())  # 从11.76万亿增长到17万亿
                    or _MONEY_NAMED_AFTER.match(text, m.end())  # 撬动40亿技改资金: the sum named after it
                    or _named_before(text, m, indicator)  # 总投资2734亿重大项目: the noun after is no name
                    or _verb_next(text, m.end()))):  # 再次投资100亿在这建设…, 投入近1600亿打造…: what the sum does
        return None
    currency = next((unit for unit in ((x.group("unit") or "").lstrip("万亿") for x, _ in reversed(seen))
                     if unit in _CURRENCIES), "元")
    if mult == "万亿":
        return parse_number(_number(m), "万"), "亿" + currency
    return parse_number(_number(m), None), mult + currency


def may_give_figures(text: str) -> bool:
    """The text holds a numeral or a rank: most sentences give no figure."""
    return _NUMERAL.search(text) is not None or _RANK_MARK in text and _RANK.search(text) is not None


_RANK_MARK = "第"
_RANK_WHOLE = _alt(M["rank_wholes"])
# 全国排名第7, 居全国第一, 位居全球第二: not 全国第一家 (the first of a kind), 第二批 (a list's)
# nor 全国第一梯队 (a group of leaders)
_RANK = re.compile(f"(?:(?P<before>{_RANK_WHOLE})?(?:{_alt(M['rank_ranking'])})|(?:{_alt(M['rank_placing'])})(?P<after>{_RANK_WHOLE})?)"
                   r"第(?P<n>[一二三四五六七八九十]{1,3}|\d{1,3})(?:位|名)?"
                   f"(?![个家批次条项座届代年天期轮号只种款名位]|{_alt(M['rank_groups'])})")
_RANK_UNIT = "位"
_RANK_HOW = re.compile(r"(?:连续[一二三四五六七八九十\d]+年|多年|首次|再次|继续|稳|均|分别)+$")  # 连续六年居全国第一


# a ratio with no unit and the words of its level before its bare number (PUE值降到1.3, 将PUE压降至惊人的1.18)
# …and the level it falls from, written before (PUE从1.6降到1.3: the level now after the one before, as 从6%降到5% gives both)
_UNITLESS_BEFORE = re.compile(rf"(?P<ratio>{_alt(M['unitless_quantities'])})值?(?:[（(][^（）()]*[)）])?"
                              rf"(?:[^，,。；;！？\d]{{0,8}}[从由]\d+(?:\.\d+)?)?[^，,。；;！？\d]{{0,8}}$")
_UNITLESS_REACH = 30  # characters before a bare number searched for such a ratio
# an index and the verb of its level right before its bare number (快递发展指数为140.8; 发展指数从2020年的85提高到95:
# the level it rises from, after 从 and its year, too), the verb maybe after an adverb (就达到了5551760); not after
# 分别, whose list of levels pairs with a list of indices (生产指数和新订单指数分别为51.9和50.2: the first is no
# level of the last index), nor after a word of its place in a ranking (指数排名升至12, 指数位次为12, 指数的排名从
# 2012年的34提高到12: 排名, 排位, 排在, 位次, 名次 hold one of these characters; a rank, not a level)
_RESPECTIVELY_WORD = "分别"
_RANKING_CHARACTERS = "排名位"
_INDEX_WORDS = tuple(M["index_words"])
_INDEX_BEFORE = re.compile(rf"(?P<index>{_alt(_INDEX_WORDS)})(?:[（(][^（）()]*[)）])?"
                           rf"(?:[从由](?:\d{{4}}年的?)?\d+(?:\.\d+)?)?(?:(?!{_RESPECTIVELY_WORD})[^，,。；;！？\d{_RANKING_CHARACTERS}]){{0,3}}?"
                           rf"(?P<verb>{_alt(M['index_level_verbs'])})了?(?:\d{{4}}年的?)?$")
# 从 and 由 give the level an index moves from, so a verb of its move follows the number (从2020年的85提高到95,
# 由1000上升至5610.6); not 指数从3方面衡量, where 从 opens what the index is read by
_INDEX_FROM_VERBS = ("从", "由")
_INDEX_MOVE_AFTER = re.compile(rf"[^，,。；;！？\d]{{0,2}}?(?:{_alt(M['index_move_verbs'])})")


_NOT_IN_INDEX_NAME = ("t", "m", "mq", "r", "uj", "p", "c", "d")  # a time, count, pronoun (我国), 的, preposition…
_INDEX_NAME_STOPS = ("是", "月份", "季度", "年度")  # …the copula, and the time nouns jieba tags nouns (3|月份|中国电商物流指数)
_EVERY_PLACE_WORD = re.compile(r"全[国省市县区]")
_NUMBER_WORD = re.compile(r"\d+(?:\.\d+)?")  # a count or date's number ends the name; 5G, 4K (a digit, then letters) are of it


def _index_name(words_before: str) -> str:
    """An index's name: the words before 指数 back to a time, count, pronoun, 的, punctuation or a scope word
    (3月|中国快递发展指数, 3月份|中国电商物流指数, 我国|数字中国发展指数, 全省|营商环境指数, 尤其是|总业务量指数):
    its words of development (发展, jieba's
    verbal noun) are part of it, which stop a quantity's name read back from its figure."""
    toks = words.cut(words_before)
    k = len(toks) - 1
    while k > 0 and words.tag(toks[k - 1]) not in _NOT_IN_INDEX_NAME and not _PUNCTUATION.fullmatch(toks[k - 1]) \
            and not _NUMBER_WORD.fullmatch(toks[k - 1]) and toks[k - 1] not in _INDEX_NAME_STOPS \
            and not _EVERY_PLACE_WORD.fullmatch(toks[k - 1]) and sum(map(len, toks[k - 1:])) <= _LONGEST:
        k -= 1
    return "".join(toks[k:])


_MOVED_TO = ("到", "至")  # the words of a move to a level (升至, 上升到)
_INDEX_POINT = M["index_point_unit"]  # an index's change in points (较上月回升0.7点)
# the comparison and verb before an index's change (较上月回升, 比上月提高, 环比上升, 比去年四季度上升): a rate's verbs
# and an index's of a move; not one that moves it to a level (较上月回升至113.9点, 比上月上升到113.9点: the level reached)
_INDEX_CHANGE = re.compile(rf"(?:[同环]比|(?:较|比)[^，,；;。\d]{{1,8}}?)"
                           rf"(?:{_alt([v for v in M['growth'] + M['index_move_verbs'] if not v.endswith(_MOVED_TO)])})了?$")


def _index_points(text: str, m: re.Match) -> Optional[str]:
    """点 as the unit of a bare number right before it, after a comparison and its verb, in a sentence that names
    an index before it (电商物流指数为113.9点，较上月回升0.7点; 成本指数较上月下降3.1点: the index's change), else None."""
    if m.group("mult") or not text.startswith(_INDEX_POINT, m.end()):
        return None
    a = clause_span(text, m.start())[0]
    named = any(w in text[:m.start()] for w in _INDEX_WORDS)
    return _INDEX_POINT if named and _INDEX_CHANGE.search(text, a, m.start()) else None


def _last_index(text: str, end: int) -> Optional[str]:
    """The name of the index named last before ``end`` (…中国电商物流指数为113.9点，较上月回升), or None."""
    at = max((text.rfind(w, 0, end) + len(w) for w in _INDEX_WORDS if w in text[:end]), default=None)
    return _index_name(text[:at]) if at is not None else None


def _unitless_before(text: str, m: re.Match) -> Optional[re.Match]:
    """The ratio or index whose level a bare number is (PUE值降到1.3; 快递发展指数为140.8), or None."""
    start = max(0, m.start() - _UNITLESS_REACH)
    ratio = _UNITLESS_BEFORE.search(text, start, m.start())
    if ratio:
        return ratio
    index = _INDEX_BEFORE.search(text, start, m.start())
    return None if index and index.group("verb") in _INDEX_FROM_VERBS and not _INDEX_MOVE_AFTER.match(text, m.end()) else index


def figures(text: str, mentions: list[Mention]) -> Iterator[tuple[re.Match, Optional[str]]]:
    """Numbers that are figures: not dates, years, ordinals, list marks,
    phone or page numbers, nor part of a name (5G, IPv6); each with the unit
    its list writes once after it, where it has none of its own (see _listed_unit)."""
    if not may_give_figures(text):
        return  # no scan for figures, no coverage map
    covered = coverage([(x.start, x.end) for x in mentions], len(text))
    for m in _FIGURE.finditer(text):
        listed_unit = None if m.group("unit") else _listed_unit(text, m, covered) or _index_points(text, m)
        if not m.group("unit") and not m.group("mult") and listed_unit is None and not _unitless_before(text, m):
            continue  # a bare number is rarely a figure worth keeping (tested first: two in five matches are)
        if _is_figure(text, m, covered):
            yield m, listed_unit


_SLASH = "/"
# a bare amount right after a count of transactions (…亿笔，金额…, …亿笔、金额…): the amount of the things counted
_TRANSACTION_UNITS = frozenset(M["transaction_units"])
_TRANSACTION_AMOUNT_HEADS = frozenset(M["transaction_amount_heads"])
_AMOUNT_AFTER_COUNT = re.compile(rf"[，,、](?:{_alt(M['transaction_amount_heads'])})")
_PAIRED_HEADS = {first: frozenset(after) for first, after in M["paired_quantity_heads"].items()}  # 合同额 -> 执行额
_PAIRED_AFTER = re.compile(rf"(?:{_RENMINBI})?[，,、]")  # 合同额9875亿元人民币，执行额: the second right after the first
# between a figure and the same one in another currency or unit (，约合; (约合人民币; ，按当时汇率约合): patterns.toml converted_words
_CONVERTED_WORDS = M["converted_words"]  # 约合, 折合
_CONVERTED = re.compile(rf"\s*[，,（(]?(?:按[^，,；;。\d]{{0,8}}汇率)?(?:{_alt(_CONVERTED_WORDS)})(?:{_RENMINBI})?约?")
# a store's size, its power before the slash and the energy it holds after (7376万千瓦/1.68亿千瓦时: patterns.toml
# storage_power_units, storage_energy_units): the energy is a figure though a number after a slash is else none
_STORAGE_ENERGY = set(M["storage_energy_units"])
_STORAGE_POWER_BEFORE = re.compile(rf"\d(?:万|亿)?(?:{_alt(M['storage_power_units'])})$")


def _is_figure(text: str, m: re.Match, covered: list[bool]) -> bool:
    """The number ``m`` (with a unit or a multiplier) is a figure: not a date,
    an ordinal, a list mark, a class (20万吨级) nor part of a name."""
    a = m.start("num")
    if m.group("num") in _BARE and not (m.group("pre") or _more_than(m)):
        return False  # 万 alone is no figure: 上万, 超千亿元, 百余名 are; 百亿元 alone is a class (百亿元级, 投资过百亿元的项目)
    if m.group("num") in _BARE and text.startswith(_OF, m.end()) and m.group("pre") != _NEARLY \
            and m.group("unit") not in _CLASSIFIERS:
        # 规模超过千亿的产业链, 年营业收入超百亿元的骨干企业: a round threshold that sorts things, no one's
        # figure (not 超过万套的设备, 近万亿元的大产业: so many things, about so much)
        return False
    if m.group("num") in _BARE and m.group("pre") != _NEARLY and _noun_sorted(text, m):
        return False  # 四个超百亿项目, 超千亿产业集群已有21个: the same threshold written right before the noun
    if m.group("num") in _BARE and m.group("pre") in _THRESHOLD_WORDS and m.group("unit") not in _CLASSIFIERS \
            and _COUNTED_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        # 有5个省份的地区生产总值超过万亿, 不少企业估值超过百亿元: how many things pass a round threshold (not
        # 220家企业的上万名员工, 来自38个国家和地区的近千家企业: so many things)
        return False
    if covered[a]:
        return False
    before = text[max(0, m.start() - 1):m.start()]
    if before == _SLASH and m.group("unit") in _STORAGE_ENERGY and _STORAGE_POWER_BEFORE.search(text, 0, m.start() - len(_SLASH)):
        return True  # 7376万千瓦/1.68亿千瓦时: the energy a store holds, after its power
    if before in ("第", "(", "（", "-", ".", _SLASH) or _ASCII_ALNUM.match(before):
        return False
    if before == "前" and m.group("unit") in _RANKS:
        return False  # 排名前10名: a rank
    if _NOT_FIGURE_AFTER.match(text[m.end("num") if not m.group("mult") else m.end("mult"):]) and not m.group("unit"):
        return False
    if m.group("unit") == "年" or m.group("unit") and _NOT_A_UNIT.match(text, m.start("unit")):
        return False
    if m.group("unit") == _CASES and m.group("mult") and _FROM_PRICE.search(text, 0, m.start()):
        return False  # 新车售价15.98万起: a price from so much, no count of cases
    if m.group("unit") == _BLOCKS and not HAN_CHAR.match(text, m.end()) and _said_in_yuan(text, m):
        return False  # 在当地卖80块, 成本下降200块: yuan as people say it, no blocks counted
    if text.startswith(_CLASS, m.end()) or _TIMES in text[max(0, m.start() - 1):m.end() + 1]:
        return False  # 20万吨级, 百亿级: a class; 5公里×5公里: a size
    if text.startswith(_RESOLUTION_WORDS, m.end()):
        return False  # 2米分辨率影像数据, 优于5米格网的…实景三维: how fine the data are
    if m.group("unit") in _GRADE_UNITS and _grades_next(text, m.end()):
        return False  # 1100千伏特高压直流输电线路: the grade of the line, no figure
    if _sizes_things_after(text, m):
        return False  # 10公里以上的特长隧道, 300人以上幼儿园: the size that sorts the things, no figure
    if m.group("unit") in _PACKAGE_UNITS and text.startswith(_PACKAGE_NAME_CLOSE, m.end()) \
            and _PACKAGE_NAME_OPENS.search(text, max(0, m.start() - _PACKAGE_NAME_LONGEST - 1), m.start()):
        return False  # “惠企16条”累计为企业减负: a package's name, no count
    return not _is_ratio_base(text, m) and not _is_ratio_yield(text, m)


_NOUN_TAGS = ("n", "nz")


def _said_in_yuan(text: str, m: re.Match) -> bool:
    """块 right after a verb of selling or earning, or after a price or cost with only a verb or an adverb between
    (成本+下降, 工资+能拿到; not 补贴+光伏板, blocks counted): yuan as people say it."""
    said = _YUAN_SAID.search(text, max(0, m.start() - _YUAN_SAID_REACH), m.start())
    return said is not None and all(words.tag(t)[:1] in _SAID_BETWEEN_TAGS for t in words.cut(said.group("between") or ""))


_SAID_BETWEEN_TAGS = ("v", "d", "p", "u")  # jieba's verbs, adverbs, prepositions and particles: 下降, 能+拿到, 才, 为
_WAN, _YI = "万", "亿"


def _noun_sorted(text: str, m: re.Match) -> bool:
    """A noun right after a figure in 亿, no 的 between, that its unit (if any) only opens (超百亿项目: 项|目,
    超千亿产业集群, 超百亿规模大气田, 超百亿影片): the figure is the scale of money that sorts the things the
    noun names, not a milestone passed (突破千亿大关), nor a count of the noun's things (上千万企业, 百余件套)
    or a unit in one character (超千亿方), nor the money a head of money names (撬动超百亿资金投入…), nor the
    quantity the figure is of where no noun follows it (实现超千亿产值。; not 超千亿产值企业: a class again)."""
    if m.group("mult") != _YI:
        return False
    start = m.start("unit") if m.group("unit") else m.end()
    first = _word_at(text, start)
    if first in _SORTING_QUANTITIES:
        return words.tag(_word_at(text, start + len(first))) in _NOUN_TAGS
    return len(first) > max(len(m.group("unit") or ""), 1) and first not in _MILESTONES and not first.startswith(_MONEY_HEAD_WORDS) \
        and words.tag(first) in _NOUN_TAGS


_SORTING_QUANTITIES = set(M["quantities"] + M["money_quantities"])  # 产值, 投资: the quantity a threshold is of


# 快4.0和2.2个百分点, 分别达4.92亿、2.7亿、0.78亿户: a list writes its figures' unit once, after the last
_LISTED = re.compile(r"(?:[和、及与]\d+(?:\.\d+)?(?:万亿|万|亿)?)*[和、及与](?=\d)")


def _listed_unit(text: str, m: re.Match, covered: list[bool]) -> Optional[str]:
    """The unit of the list that the figure ``m``, written without one, opens
    or goes on: the unit of its last figure, where that one is a figure in the
    same multiplier (not 3和4万元: 3 what is not said), or in 万 where the last's is 万亿 (100万、110万和130万亿元);
    in a 分别 list, where
    each figure is one item's, the last's multiplier too (分别实现收入2864和1774亿元:
    2864亿元; 分别为3和5万户: 3万户), the unit then written with it."""
    listed = _LISTED.match(text, m.end())
    last = _FIGURE.match(text, listed.end()) if listed else None
    if last is None or not last.group("unit") or not _is_figure(text, last, covered) or _one_or_next(m, last):
        return None
    if last.group("mult") == m.group("mult"):
        return last.group("unit")
    if m.group("mult") == _WAN and last.group("mult") == _WAN + _YI:
        return _YI + last.group("unit")  # 迈上100万、110万和130万亿元: 万亿 written once, after the last
    if m.group("mult") is None and text.rfind(_RESPECTIVELY, clause_span(text, m.start())[0], m.start()) >= 0:
        return last.group("mult") + last.group("unit")
    return None


def _passed_on_the_way(text: str, a: int, m: re.Match) -> bool:
    """The figure ``m`` is a level of a list of levels passed, not its last (连续跨越110万亿元、120万亿元…四个大台阶; 先后
    跨越5000亿、8000亿两大台阶): a level reached in an earlier year, passed since; the list opens after a verb of
    passing in the clause (from ``a``; its 上 may open the figure's match, 迈上100万) and a mark closes it. Not a list
    that 分别 pairs with the quantities before it, one level each (营业收入和利润分别突破1000亿元、100亿元大关)."""
    listed = _LISTED.match(text, m.end())
    return listed is not None and _PASSING.search(text, a, m.start("num")) is not None \
        and _MARK_CLOSES.match(text, listed.end()) is not None and _RESPECTIVELY not in text[a:m.start()]


def _one_or_next(m: re.Match, last: re.Match) -> bool:
    """15、6家, 6、7倍: a whole number or the next one (十五六家), written as two, no list."""
    num, following = m.group("num"), last.group("num")
    return last.start() == m.end() + 1 and num.isdigit() and len(following) == 1 and int(following) == int(num[-1]) + 1


_CLASS = ("级", "等级")  # 20万吨级, 30万千瓦等级压缩空气储能项目 (energy pages, session 24): a class of such things
_RESOLUTION_WORDS = tuple(M["resolution_words"])  # 2米分辨率影像, 10米格网: the fineness of data, no figure
_GRADE_UNITS = tuple(M["grade_units"])  # 1100千伏特高压…: a voltage before the equipment it grades
_GRADED_NAME = re.compile(rf"(?:及?(?:以上|以下))?(?=[{CJK}A-Za-z])")  # 1100千伏特高压, 110千伏及以上输电线路
# what goes on the clause after a voltage, no equipment it grades: a conjunction, localizer, preposition, adverb or
# pronoun (1000千伏并实现联网, 750千伏后, 由500千伏提高到…), or a verb of its level (提高到, 是)
_CLAUSE_GOES_ON_TAGS = ("c", "f", "p", "d", "r")
_LEVEL_GOES_ON = set(M["growth"]) | set(_LEVEL_VERB.split("|")) | {"是", "到", "至"}

# Words between a quantity and the figure of its level: its verbs (达到, 突破, 先后跨越…), qualifiers (超, 逾), the
# headlines' 破 (票房破200亿), and words jieba tags as adverbs, times, numerals, conjunctions or 了 (已经, 首次, 先后, an
# earlier level of a list: 5000亿、): no verb by which the quantity acts on something else (支持, 扶持, 带动, 惠及)
_LEVEL_BETWEEN = _LEVEL_GOES_ON | set(_QUALIFIERS) | set(M["total"]) | set(M["passing_marks"]) | {"破", "接连"}
_LEVEL_BETWEEN_TAGS = ("", "d", "t", "m", "c", "a", "ul")


def _grades_next(text: str, end: int) -> bool:
    """The voltage ending at ``end`` grades the equipment named right after it (1100千伏特高压直流输电线路,
    110千伏九寨沟变电站); not where the clause goes on about the voltage (电压由500千伏提高到1000千伏, 达到750千伏后)."""
    g = _GRADED_NAME.match(text, end)
    if g is None:
        return False
    first = _word_at(text, g.end())
    return not (words.tag(first).startswith(_CLAUSE_GOES_ON_TAGS) or first in _LEVEL_GOES_ON)
_NEARLY = "近"
_THRESHOLD_WORDS = ("超过", "突破", "超", "逾")
_MEMBER_SUMS = _alt(M["member_sums"])  # 合计, 总投资…: the counted things' sum, no bar each passes
# 有61个城市汽车保有量, 七个产业产值规模, 不少企业估值 (before 超过万亿…): things counted, each past the
# threshold that follows (not 这三家的出货量, named before; 67个重大项目 投资超千亿, 62个项目总投资: a sum)
_COUNTED_BEFORE = re.compile(r"(?:(?<![这该\d])(?:\d+|[两三四五六七八九十]+|[多几数])(?:多|余)?[个家座条项所次]|不少|部分|多数|许多|众多)"
                             rf"(?!百分点)(?:(?!{_MEMBER_SUMS})[^，,；;。：:\d\s]){{0,14}}$")
_CASES = "起"
_FROM_PRICE = re.compile(f"(?:{_alt(M['from_price'])})[^，,；;。]*$")  # a price word in the clause before the figure
_BLOCKS = "块"
_OPENING_QUOTE = "“"
# 卖80块, 成本下降200块: yuan as people say it (patterns.toml yuan_said_verbs, yuan_said_quantities), not blocks counted
_YUAN_SAID = re.compile(rf"(?:(?:{_alt(M['yuan_said_verbs'])})[了到得]?|(?:{_alt(M['yuan_said_quantities'])})(?P<between>[^，,；;。、\d]{{0,4}}))$")
_YUAN_SAID_REACH = 8  # characters before the figure searched: a price word and the verb after it (成本下降)
_TIMES = "×"
# 每100个手机网民中，就有69个; 每发出10度电，就有约4度; 每增加100亿元，能够拉动…; 每投入1元，能带动…
_PER_WORD = r"[^\d，,；;。每]"  # what 每 may take before its figure or after its base: no number, mark or second 每
_PER = re.compile(rf"每({_PER_WORD}{{0,2}})$")
_RATIO_PART = re.compile(rf"[^，,；;。]{{0,12}}?[，,]?(?:就|能够|[^，,；;。]{{0,3}}?(?:{_alt(M['ratio_yield_verbs'])}))")
# 每投入1元，能带动3元至4元的经济产出; 每个大棚将带动200多位新型农民就业: what a ratio yields for each of its base, a
# multiplier (patterns.toml ratio_yield_verbs); not a rate per a period (每年就能带动10万人就业: per_periods)
_RATIO_YIELD = re.compile(rf"每(?!{_alt(M['per_periods'])})[^。；;每]{{1,16}}?(?:{_alt(M['ratio_yield_verbs'])})[^，,；;。]{{0,10}}$")
_RATIO_YIELD_REACH = 40  # characters before a figure searched for its ratio's 每
# “人工智能15条”, “外资24条”: a count that ends a quoted name of a package of measures (patterns.toml package_units)
_PACKAGE_UNITS = set(M["package_units"])
_PACKAGE_NAME_LONGEST = 10  # characters of a package's name before its count (惠企, 人工智能)
_PACKAGE_NAME_OPENS = re.compile(rf"“[^“”，,。；;：:]{{1,{_PACKAGE_NAME_LONGEST}}}$")
_PACKAGE_NAME_CLOSE = "”"


def _is_ratio_base(text: str, m: re.Match) -> bool:
    """A number right after 每 (每100个手机网民中, 每50公斤118元, 每1600多名儿童),
    or after 每 and a verb of a clause that goes on to say what so many
    give (每发出10度电，就有…): the base a ratio is per, no figure."""
    per = _PER.search(text, max(0, m.start() - 3), m.start())
    return per is not None and (not per.group(1) or bool(_RATIO_PART.match(text, m.end())))


def _is_ratio_yield(text: str, m: re.Match) -> bool:
    """The number is what a ratio yields for each of its base (每投入1元，能带动3元至4元; GDP每增长一个点，就能拉动180万人),
    a multiplier, no figure."""
    return _RATIO_YIELD.search(text, max(0, m.start() - _RATIO_YIELD_REACH), m.start()) is not None


_AND_BOUND = re.compile(r"及以[上下]")
# 220千伏及以上, 50亿元及以上的, 65周岁及以上 (a measure word no unit): a figure graded so opens the noun
# phrase of a class of things (see _is_grade)
_GRADE = re.compile(rf"(?<![\d.])\d+(?:\.\d+)?[多余]?(?:万亿|万|亿|千)?[多余]?(?:{_UNITS}|[{CJK}]{{1,2}})?{_AND_BOUND.pattern}的?(?=[^，,；;。]*$)")
_GRADE_MODIFIER = 4  # 220千伏及以上|输电|线路: the most characters between the grade and the head a cut leaves


@functools.lru_cache(maxsize=256)
def _noun_phrase_before(text: str, verb_ok: bool = True, counted: bool = False) -> str:
    """The noun phrase a clause ends with: 全市新增光缆 -> 光缆; what a body
    实现/完成 is its quantity: 电子信息制造业实现营业收入 -> 电子信息制造业营业收入;
    ``counted``: the figure after it is a count or a share (see _cut_quoting);
    a grade opening it stays (220千伏及以上输电线路, 50亿元及以上项目投资).
    A function of its arguments alone, asked up to three times a figure
    (_indicator): its answers are kept."""
    clause = text
    grade = _GRADE.search(text)
    if grade:
        rest = text[grade.end():]
        out = _noun_phrase_before(rest, verb_ok, counted)
        at = rest.find(out) if out else -1
        return grade.group().rstrip(_OF) + rest[:at] + out if 0 <= at <= _GRADE_MODIFIER else out
    text = _FROM_YEAR.sub("", _IS_DE.sub("", _ONCE_DONE.sub("，", _MEASURING_ASIDE.sub("", _PERIOD_ASIDE.sub("", text)))))
    text = _YEAR_BEFORE_LEVEL.sub("", text)
    achieved = _ACHIEVES.search(text)
    if achieved:  # 徐工汉云|实现|营收: the quantity is cut apart from the words before the verb
        counted_before = False
        head, quantity = _PAST_FIGURE.sub("", text[:achieved.start()]), text[achieved.end():]
        text, toks = head + quantity, _cut_quoting(head) + _cut_quoting(quantity, counted)
    else:
        past = _PAST_FIGURE.match(text)
        counted_before = past is not None and past.group()[-1:] in _CLASSIFIERS  # 对52个|国家…: a count ends it
        text = _STRIP_RIGHT.sub("", _AMONG.sub("", _PAST_FIGURE.sub("", text)))
        toks = _cut_quoting(text, counted)
    toks = _same_period_dropped(_named_runs_joined(_terms_joined(_attributable_joined(toks))))
    out, verb, verb_at, unit_head, named_by_verbs, classed = "", "", -1, False, False, False
    ranged = _RANGE_DASH.search(clause) is not None  # 获得3000——5000元: the pair is the range's, no break in a phrase
    for i in range(len(toks) - 1, -1, -1):
        tok = toks[i]
        if _PUNCTUATION.fullmatch(tok) or tok == _DASH and toks[i - 1:i] == [_DASH] and not ranged:
            break  # (a dash pair, jieba's two tokens, ends the phrase too: 发布了2023年财报——收入突破万亿元)
        if unit_head and words.tag(tok) in _COMPOUND_VERB_TAGS and tok not in _PREDICATES:
            out, named_by_verbs = tok + out, True  # 示范+应用+场景超过100个: verbs right before a unit's head name the unit
            continue
        if named_by_verbs and words.tag(tok) in _TIME_OR_COUNT:
            break  # 二季度|开竣工项目: a time or a count before the unit's verbs is none of its name (国家级智能|制造示范工厂 is)
        if classed and i == 0 and counted_before and out:
            break  # 对52个+国家+非金融类直接投资: the noun right after another figure's count is what that figure counts
        if tok in _CLASS_SUFFIXES and i > 0 and words.tag(toks[i - 1])[:1] in _CLASSED_TAGS:
            out, unit_head, classed = tok + out, True, True  # 政府采购+类, 工程建设+类+项目: the class keeps its verbs, as a unit's head
            continue
        # a unit's head is the last word of the phrase, or the last before its class word (成交+项目+类: 成交 names it)
        unit_head = (not out or out in _CLASS_SUFFIXES) and tok in _COUNTED_HEADS
        if out and _CLASS_OF_ITEMS.fullmatch(tok) and _after_list_item(toks, i):
            break  # 水稻、小麦+两大+口粮作物品种: the items name the class's members; the class is what is counted
        if len(out) >= _LONGEST:
            if words.tag(toks[i + 1]) == _LOCALIZER:  # 规模+以上…: a localizer keeps the word it follows
                out = tok + out
            break
        if not out and tok in _SITE_HEADS and i > 0 and words.tag(toks[i - 1])[:1] in ("v", "n"):
            out = tok  # 起降+点 (jieba's numeral), 起降+场 (its classifier): a site, named by the word before it
            continue
        if (not out and tok in _KEEPS_WORD_BEFORE) or out in _KEEPS_WORD_BEFORE:
            # 复工 + 率: a rate keeps its verb; 快递 + 员, 网格 + 员: the one who does it keeps the word of what he does
            out = tok + out
            continue
        if out in _HEADS_NAMED_BY_VERB and words.tag(tok) in _COMPOUND_VERB_TAGS and len(tok) > 1 \
                and tok not in _LEFT_STOP and tok not in _CHANGE_WORDS and not _sets_size(tok, out) \
                and not (_after_modal(toks, i) and _sizes_what_follows(clause, out)):
            out = tok + out  # 种植+面积, 发行+总额, 参保+人数: the head keeps the verb that says what it is the size of
            continue
        if out and tok.endswith(_LEGAL_FORMS):
            break  # 中国铁塔股份有限公司+运营商业务收入: a company's name ends there, before what it counts
        if tok == _WITHIN and _SPAN.search("".join(toks[max(0, i - 3):i])):
            break  # 三年+内+投资, 一周+内+提高: the span a figure is reached in, no part of what it counts
        if tok in _ADVERBS and (out in _QUANTITY_HEADS or out in _HEADS_NAMED_BY_VERB) or _thing_before_adverb(toks, i, out):
            # 中央资金+累计+投入, 充电基础设施+累计+数量, 5G手机+累计+出货量: the head is of the noun before the adverb
            continue
        if tok == _ANNUAL and out and i > 0 and words.tag(toks[i - 1]) in _COMMON_NOUN_TAGS:
            out = tok + out  # 服务业+年+增加值: 年 between nouns is "annual", a word of the quantity's name, no date
            continue
        if out.startswith(_BOUNDS) and words.tag(tok) in _BAR_TAGS and len(tok) > 1:
            out = tok + out  # 百亿+以上+产业集群, 五年期+以上+贷款…: the bar is part of the class's name (not a
            continue  # classifier alone, 岁 or 级 of 65岁以上, 2级以上, whose number was cut off as a figure before)
        if tok in _AIMS_IN_PHRASE:  # 新能源发电装机+预计+将新增, 铁路+预计+发送旅客: the forecast is no word of the name
            if out and not (i > 0 and words.tag(toks[i - 1]) in _COMMON_NOUN_TAGS):
                break  # (a place, time or verb before it is none either: 吉林省+预计+建设…, 一季度+力争+投资)
            continue  # a noun before it is (铁路+预计+发送旅客: 铁路发送旅客, not 公路's)
        if out and (_opens_kind_adverb(tok, out) or tok in _PER_SHARE):
            out = tok + out  # 对外+直接+投资: the kind of investment, not how it is made; 每股+盈利: a result per share
            continue
        if out and tok + toks[i + 1] in _IN_SERVICE:  # 在+轨+卫星: a state of service, no place; it opens the name
            out = tok + out
            break
        if tok == _OF and out in _SIZE_HEADS and i > 0:  # 4G基站+的+总规模: the size of what comes before 的
            continue
        if out and _set_phrase_cut(toks, i):  # 可+再生能源+发电量: 可再生 is a word jieba cut for the longer one after
            out = tok + out
            continue
        if not out and _body_after_kind(toks, i):
            out = tok  # 涉黑+组织 35个: a kind of body, no verb of the clause (组织 is one of _LEFT_STOP: 组织开展)
            continue
        if words.is_function_word(tok) and tok not in _QUANTITY_WORDS and tok not in _NOUNS_TAGGED_AS_VERBS \
                and not (out and tok in _MODIFIERS_TAGGED_AS_VERBS) \
                and not (tok in _QUANTITY_HEADS and not out) and not _noun_morpheme(toks, i) \
                and not _BASIS_WORDS.match(tok + out) \
                and not _in_field(toks, i) and not _grade_word(toks, i) and not _quoted_numeral(tok, clause) \
                and not _season_word(toks, i) \
                or tok in _LEFT_STOP:
            if out and _sets_size(tok, out):
                break  # 政府+设立+规模5000万美元的…基金: the verb's object, nor is the noun before the verb (no compound)
            if out and _inside_compound(toks, i):
                out = tok + out
                continue
            if out:
                if tok in _ADDED_BETWEEN:  # 户用分布式光伏+新增+装机: what the addition is of, before the verb
                    out = _added_to(toks, i) + out
                break
            verb, verb_at = verb or tok, verb_at if verb else i
            continue
        out = tok + out
    if out and verb_at > 0 and words.tag(toks[verb_at - 1]) == _MODIFIER and _STRIP_RIGHT.sub("", text).endswith(out + verb) \
            and words.tag(verb) in _COMPOUND_VERB_TAGS:
        out += verb  # 经济总+产出: a modifier needs its head, the word jieba took for a verb (not 上座率+由: a preposition)
    if LEX.names(out, "Region", "Organization"):  # the subject, not what is counted
        out = ""
    back = _POINTS_BACK.search(text)
    if out and back and back.group().endswith(out):  # 这一数据比上年末增长了19.1%: the quantity named before, not a name
        return ""
    # Nothing but a verb before the figure (捐赠7274万元): the verb names it.
    out = out or (verb if verb_ok and len(verb) >= 2 and verb not in _LEFT_STOP else "")
    return _without_count_word(_STRIP_LEFT.sub("", out.removesuffix(_IN_A_ROW)))


_AIM_WORDS = set(M["target_strong"])


_BAR_AT_END = re.compile(f"(?:{_alt(M['class_bars'])})?$")


def _sizes_what_follows(clause: str, head: str) -> bool:
    """The figure comes right after the head, or after a bar (设立规模|5000万美元的…基金, 提供总额不超过|500亿元的…): the
    size of a thing named after it, the verb before the head the clause's predicate. With a predicate between (将种植面积
    扩大到|300万亩, 拟发行规模为|100亿元) the verb and head are the subject that reaches the figure, one name."""
    at = _BAR_AT_END.search(clause)
    return clause[:at.start()].endswith(head)


def _sets_size(verb: str, head: str) -> bool:
    """The verb holds, cuts, changes, founds or forms what the size head sizes (保持+规模, 设立+规模, 形成+总规模):
    the head is its object, the verb no word of the head's name (_SIZE_SET_BY, _FORMS)."""
    return head in _HEADS_NAMED_BY_VERB and (verb in _SIZE_SET_BY or verb == _FORMS and head in _SIZE_HEADS)


def _after_modal(toks: list[str], i: int) -> bool:
    """The verb follows a word of aim or a one-character modal (将+设立, 拟+设立, 会+得到):
    it is the clause's predicate, its object a thing the figure sizes (将设立规模5000万美元的…基金),
    no word of the size's name."""
    before = toks[i - 1] if i > 0 else ""
    return before in _AIM_WORDS or len(before) == 1 and words.tag(before) in _COMPOUND_VERB_TAGS


_SET_PHRASE = "l"  # jieba's tag of a fixed phrase (可再生, 可降解, 可回收)
_NOT = "不"  # 不良 (of 不良品率), an adjective (_ADJECTIVE) jieba's dictionary lists with its 不


_HOLDERS = tuple(M["attributable_holders"])
_ATTRIBUTABLE = ("应", "占")  # 股东|应|占|利润: attributable to, as jieba cuts it


def _attributable_joined(toks: list[str]) -> list[str]:
    """The words with 应|占 after a holder (股东|应|占|利润) joined into one,
    应占: the result attributable to the holders, a word of its name."""
    out: list[str] = []
    for tok in toks:
        if tuple(out[-1:]) + (tok,) == _ATTRIBUTABLE and len(out) > 1 and out[-2].endswith(_HOLDERS):
            out[-1] += tok
        else:
            out.append(tok)
    return out


_TERMS_CUT_AT_PREPOSITION = M["terms_cut_at_preposition"]
# (通过, 能力) -> 通过能力, (普遍, 服务) -> 普遍服务
_TERMS_CUT = {tuple(words.cut(t)): t for t in _TERMS_CUT_AT_PREPOSITION + M["terms_cut_at_adverb"]}


def _terms_joined(toks: list[str]) -> list[str]:
    """The words with a quantity's term jieba cuts at a preposition or an adverb joined into one (集装箱+通过|能力:
    the throughput capacity, not a preposition before 能力; 电信+普遍|服务+试点: universal service); not, for a
    preposition, where a noun follows, which the term's last word opens, governed by the preposition (通过+能力建设+
    投入资金: by capacity building)."""
    out: list[str] = []
    i = 0
    while i < len(toks):
        for cut, term in _TERMS_CUT.items():
            end = i + len(cut)
            if tuple(toks[i:end]) == cut and (end == len(toks) or words.tag(toks[end]) not in _COMMON_NOUN_TAGS
                                              or term not in _TERMS_CUT_AT_PREPOSITION):
                out.append(term)
                i = end
                break
        else:
            out.append(toks[i])
            i += 1
    return out


_RELATED = tuple(M["related_joiners"])  # 及相关: joins the words on either side of it
_CLASSES_WITH_AND = tuple(M["classes_named_with_and"])  # 电子及通信设备制造业: one class, 及 inside its name


def _spelled(toks: list[str], i: int, names: tuple[str, ...]) -> int:
    """How many words from ``toks[i]`` on spell one of ``names`` whole (0 where none)."""
    text = ""
    for j in range(i, len(toks)):
        text += toks[j]
        if text in names:
            return j - i + 1
        if not any(n.startswith(text) for n in names):
            return 0
    return 0


def _named_runs_joined(toks: list[str]) -> list[str]:
    """The words that spell a name jieba cuts at 及 joined into one, a word the walk back reads through: an official
    class (电子及通信设备制造业, 航空、航天器及设备制造业), or 及|相关 between two words (文化+及相关+产业: a field and those
    related to it, one name; jieba tags 相关 a verb)."""
    out: list[str] = []
    i = 0
    while i < len(toks):
        n = _spelled(toks, i, _CLASSES_WITH_AND)
        if not n and out and not _PUNCTUATION.fullmatch(out[-1]):
            n = _spelled(toks, i, _RELATED)
            n = n if i + n < len(toks) else 0
        out.append("".join(toks[i:i + n]) if n else toks[i])
        i += n or 1
    return out


_SAME_PERIOD_WORD, _IN_HISTORY = "同期", "历史"
# what 同期 may follow as the time of a quantity named before it: a name's last character, not a comparison's
# (较2019年同期, 比去年假期同期, 恢复至疫前同期, 与同期) nor a clause's start
_NAME_BEFORE_SAME_PERIOD = re.compile(
    rf"(?![年较比与{''.join(sorted({w[-1] for w in M['compared_periods']}))}])[{CJK}A-Za-z]$")


def _same_period_dropped(toks: list[str]) -> list[str]:
    """同期 (历史同期, "in the same period in history") right after a quantity's name is the figure's time, none of
    its name (万元工业增加值用水量+同期+下降50%, 民营企业进出口规模+历史+同期+首次突破12万亿元): dropped; not where it
    ends the basis of a comparison (较2019年同期增长, 上年同期为, 恢复至疫情前同期的)."""
    out: list[str] = []
    for tok in toks:
        if tok == _SAME_PERIOD_WORD and _NAME_BEFORE_SAME_PERIOD.search("".join(out)):
            if out[-1] == _IN_HISTORY and len(out) > 1:
                out.pop()
            continue
        out.append(tok)
    return out


def _set_phrase_cut(toks: list[str], i: int) -> bool:
    """A one-character word jieba cut off a fixed phrase when it took the
    longer word after it (可|再生能源, 可|降解塑料): the character and the next
    word's start make a dictionary phrase, so it is part of the name, no verb;
    so too the 不 of an adjective jieba cut off for the noun after it (产品不|良品率平均下降21.8%: the rate of
    rejects, 不良品率, not of good products, 良品率)."""
    tok, after = toks[i], toks[i + 1] if i + 1 < len(toks) else ""
    return len(tok) == 1 and any(words.tag(tok + after[:k]) == _SET_PHRASE for k in range(2, len(after))) \
        or tok == _NOT and words.tag(tok + after[:1]) == _ADJECTIVE


# 连续 right before the verb is how often the quantity did it (经济总量+连续+跨越, PMI+连续+五个月在…), no word of its
# name (jieba tags it an adjective); inside the name it stays (行业龙头企业连续参展比例)
_IN_A_ROW = "连续"
# a figure named by pointing back (这一数据, 该数字, 上述指标): the quantity the sentence named before it
_POINTS_BACK = re.compile(r"(?:这一?|这个|该|此|上述)(?:数据|数字|数值|指标)$")
# a quoted name inside the noun phrase (专精特新“小巨人”企业, “5G+工业互联网”项目): part of it, as after
# a count; not a plan's period (“十四五”时期), a time
_QUOTED = r"“(?!十[一二三四五六七八九]五”)([^”“，,。；;：:]{1,12})”"
_QUOTED_IN_PHRASE = re.compile(rf"{_QUOTED}(?=[{CJK}A-Za-z\d])")
# …and an aside in brackets between its words (广义货币（M2）余额, 中欧（中亚）班列, 水质优良（Ⅰ—Ⅲ类）比例):
# a word of it, brackets kept; not a date (今天（30日）发行) nor a list (省（区、市）)
_ASIDE_IN_PHRASE = re.compile(rf"(?<=[{CJK}A-Za-z\d])([（(](?![^）)]*[日月])[^（）()，,。；;、\s]{{1,10}}[）)])(?=[{CJK}A-Za-z])")
_WORD_IN_PHRASE = re.compile(f"{_QUOTED_IN_PHRASE.pattern}|{_ASIDE_IN_PHRASE.pattern}")
# …and one that ends the phrase before a count or a share (建成工业企业“云上平台”超万家, 缴获“伪基站”96套); not
# before a measure, which may describe the thing named (“中国天眼”500米口径球面射电望远镜)
_WORD_IN_COUNTED_PHRASE = re.compile(rf"{_QUOTED}(?=[{CJK}A-Za-z\d]|$)|{_ASIDE_IN_PHRASE.pattern}")


def _cut_quoting(text: str, counted: bool = False) -> list[str]:
    """The words of ``text``, a quoted name inside it (or, where the phrase
    names what is ``counted``, ending it) one word, without its quotes, and an
    aside in brackets one word, with its brackets."""
    toks: list[str] = []
    at = 0
    for inside in (_WORD_IN_COUNTED_PHRASE if counted else _WORD_IN_PHRASE).finditer(text):
        toks += words.cut(text[at:inside.start()])
        toks.append(inside.group(1) or inside.group(2))
        at = inside.end()
    return _sites_joined(_ranges_joined(_grades_joined(toks + list(words.cut(text[at:])))))


_AND = "及"
_BOUNDS = ("以上", "以下")


def _ranges_joined(toks: list[str]) -> list[str]:
    """The words, a grade and the 及以上/及以下 after it one word (地级|及|以上 -> 地级及以上):
    a range of grades (337个地级及以上城市, 市级及以上创新平台, 10G-PON及以上端口), no list."""
    joined: list[str] = []
    for tok in toks:
        if tok in _BOUNDS and len(joined) > 1 and joined[-1] == _AND:
            joined.pop()
            joined[-1] += _AND + tok
        else:
            joined.append(tok)
    return joined


_FIELD_PIECES = 3  # the most words jieba cuts a field's name into (智能网|联|汽车)


def _in_field(toks: list[str], i: int) -> bool:
    """The word is a piece of a field's name jieba cut up: the name's first (物|联网+连接数) or one inside it
    (智能网|联|汽车, 联 a verb to jieba: 17个国家级智能网联汽车测试区 is named in full, not 国家级智能网)."""
    return any(LEX.names("".join(toks[j:k]), "Sector")
               for j in range(max(0, i - _FIELD_PIECES + 1), i + 1)
               for k in range(max(i + 1, j + 2), min(len(toks), j + _FIELD_PIECES) + 1))


_GRADES = tuple(M["grade_suffixes"])
_NOUN_GRADES = tuple(M["noun_grade_suffixes"])
_TIER_TAGS = ("a", "nr")  # the tags of the tier words jieba gives (先进 an adjective, 卓越 a name): _grades_noun
_NUMERAL_TAG = "m"


def _grade_word(toks: list[str], i: int) -> bool:
    """A numeral word that grades the noun after it (千兆+宽带, 亿吨级+油田,
    二类+苗), not a count's (一座, 首批): part of what is counted."""
    tok = toks[i]
    return words.tag(tok) == _NUMERAL_TAG and len(tok) > 1 and tok.endswith(_GRADES) \
        and i + 1 < len(toks) and not words.is_function_word(toks[i + 1]) and not _PUNCTUATION.fullmatch(toks[i + 1])


_SEASON_SUFFIXES = tuple(M["season_suffixes"])


def _season_word(toks: list[str], i: int) -> bool:
    """A time right before the word that makes it a season of releases (国庆+档电影票房, 春节+档档期总票房): the season's
    name, a word of the indicator, not the figure's time (prec17 audit)."""
    return words.tag(toks[i]) == _TIME_TAG and i + 1 < len(toks) and toks[i + 1] in _SEASON_SUFFIXES


def _quoted_numeral(tok: str, clause: str) -> bool:
    """A numeral word written in quotes in the clause (“五一”档电影票房, “两会”期间): the name of a day, a meeting or
    a programme, a word of the name, not a count (prec16 audit)."""
    return words.tag(tok) == _NUMERAL_TAG and f"“{tok}”" in clause


_SIZE_GRADE = re.compile(f"[{M['size_grade_digits']}]*(?:{_alt(M['size_grade_ends'])})")
_SIZE_DIGITS = re.compile(f"[{M['size_grade_digits']}]+")


_NOUN_MORPHEMES = set(M["noun_morphemes"])


def _noun_morpheme(toks: list[str], i: int, counted: bool = False) -> bool:
    """A head jieba tags a morpheme right after a noun (互联网+村, 淘宝+村): it ends that noun's name, as a noun does;
    and, ``counted``, the first word after a count (20.4万个+村+建立了…: the villages counted); not one after a
    verb (帮扶|村)."""
    return toks[i] in _NOUN_MORPHEMES and (counted and i == 0 or i > 0 and words.tag(toks[i - 1]) in _COMMON_NOUN_TAGS)


def _long_enough(name: str) -> bool:
    """A name of two characters or more, or a head of one that is a morpheme (20.4万个村建立了…: the villages)."""
    return len(name) >= 2 or name in _NOUN_MORPHEMES


def _size_grade(toks: list[str], i: int) -> bool:
    """A round size written alone before a noun (万亿+产业集群, 五千亿+产业集群, 百万+人口城市): after a
    count's classifier it grades what is counted, as 千亿级 does (patterns.toml size_grade_digits)."""
    return len(toks[i]) > 1 and _SIZE_GRADE.fullmatch(toks[i]) is not None and i + 1 < len(toks) \
        and words.tag(toks[i + 1]) in _COMMON_NOUN_TAGS


def _sites_joined(toks: list[str]) -> list[str]:
    """The words, a verb and the site head jieba cuts off it (its classifier or numeral) one word, wherever
    it stands in the phrase: 充电|桩 -> 充电桩 (我国充电桩总量达到1024.4万台, 新增480个公共电动汽车充电桩),
    起降|点, 采集|点 (5万多个价格采集点), 充电|枪 (587个公共充电枪): a site or device named by what is done there,
    no verb of the figure."""
    joined: list[str] = []
    for tok in toks:
        if joined and tok in _SITE_HEADS and words.tag(joined[-1]) in _COMPOUND_VERB_TAGS:
            joined[-1] += tok
        else:
            joined.append(tok)
    return joined


def _grades_noun(word: str) -> bool:
    """A noun, or a word of two characters or more that jieba tags an adjective or a name, before 级: the grade
    of a tier (区域|级, 先进|级, 卓越|级 of 先进级智能工厂, 卓越级智能工厂: the tiers of smart factories that
    MIIT's lists and the provinces' reports count, jieba tagging 先进 an adjective and 卓越 a name)."""
    tag = words.tag(word)
    return tag in _COMMON_NOUN_TAGS or len(word) > 1 and tag in _TIER_TAGS


def _grades_joined(toks: list[str]) -> list[str]:
    """The words, a numeral or noun and the grade jieba cuts off it one word
    (千亿|级 -> 千亿级, 区域|级 -> 区域级, 先进|级 -> 先进级): 3个千亿级产业 counts 千亿级产业,
    20个区域级分中心 区域级分中心; a round size jieba cuts in two one word (五千|亿 -> 五千亿)."""
    joined: list[str] = []
    for tok in toks:
        if joined and (tok in _GRADES and words.tag(joined[-1]) == _NUMERAL_TAG
                       or tok in _NOUN_GRADES and _grades_noun(joined[-1])
                       or _SIZE_DIGITS.fullmatch(joined[-1]) and _SIZE_GRADE.fullmatch(joined[-1] + tok)):
            joined[-1] += tok
        else:
            joined.append(tok)
    return joined


def _inside_compound(toks: list[str], i: int) -> bool:
    """A verb between two nouns of a compound (标识+注册+总量, 5G全+连接+工厂,
    软件业+从业+人数) belongs to it, and so does one that opens the noun
    phrase after 的 or after a verb whose object is a quantity (的+参保+人数,
    实现+承保+金额, 形成+租赁+房供应); one that can be the clause's verb
    (实现, 新增, 达到…) does not."""
    tok, left = toks[i], toks[i - 1] if i > 0 else ""
    if words.tag(tok) not in _COMPOUND_VERB_TAGS or tok in _PREDICATES or not left:
        return False
    return left in _OPENS_NOUN_PHRASE or not _PUNCTUATION.fullmatch(left) and not words.is_function_word(left) \
        and left not in _LEFT_STOP


# 的, and the verbs whose object is the quantity itself (patterns.toml [measure] opens_noun_phrase)
_OPENS_NOUN_PHRASE = set(M["opens_noun_phrase"])


# A summary's item marks between its figures, as results pages list them (净增56万户 [2] - 5G网络客户数…: a footnote
# number, a spaced bullet dash): the next item starts (figl9 audit, session 26; tel audit's bullet summary)
_BULLET_MARK = re.compile(r"\s*\[\d{1,2}\]|\s[-–•·]\s")
# where the words right after a count stop: a clause mark, a bracket opening or closing (…（其中
# 黄陂区1170个微基站）), the next count (550个, 550多个: 150多个工种550多个培训机构; not a headcount before 的, the size of
# what is counted: 12支1600多人的医疗队), or a space between Chinese words outside quotes, which
# parts a headline's clauses (广西开竣工项目980个以上 总投资超4200亿元; not 5G 基站 in a web
# page's phrase, nor 90条“年礼好物 自在乡村”主题精品线路); a dash pair too, as before a figure (172项节水供水重大水利
# 工程——黑河黄藏寺水利枢纽下闸蓄水: the projects, then one of them; figl9 audit, session 26)
_AFTER_COUNT_ENDS = re.compile(rf"[，,；;：:。（(）)]|{_DASH}{{2}}|{_BULLET_MARK.pattern}|\d+(?:\.\d+)?(?=[多余]?(?:[万亿千%]|{_alt(M['classifiers'])}))(?![多余]?万?人的)"
                               rf"|(?:^|(?<=[{CJK}]))\s+(?=[{CJK}])(?![^“”]*”)")
_DIGIT = re.compile(r"\d")
_LIST_OR_QUOTE_MARK = re.compile(r"[、”“]")


def _noun_phrase_after(text: str, th: Thresholds, counted: bool = False, shortest_counted: int = 0, classifier: str = "",
                       clause_runs_on: bool = True) -> str:
    """The noun phrase right after a classifier: 753户规上工业企业 -> 规上工业企业;
    past a modifier ending in 的: 30家以上面向特定行业的企业级平台 -> 企业级平台.
    Right after a count of things (``counted``), a quoted name (9000多个“5G+工业
    互联网”项目, 200余份共建“一带一路”合作文件) and a verb before a noun (30个应用场景)
    modify the noun, and a quantity after at least ``shortest_counted`` characters is the next figure's;
    ``classifier`` is the count's (家, 个: _COUNTED_KIND); a field's name jieba cuts in two goes on (32个物|联网+应用场景:
    _in_field); ``clause_runs_on``: a clause after the count may open with more than one noun (_opens_with_clause)."""
    window, text = text, _AFTER_COUNT_ENDS.split(text, 1)[0]
    joiner, listed = "", ""
    if _DIGIT.match(window, len(text)):  # 20万个高校毕业生就业岗位+和+10万个…: the joiner is the list's, no word of the phrase
        listed = _JOINER_BEFORE.sub("", text)
        joiner, text = text[len(listed):], listed
    other = _FIGURE.match(window, len(text)) \
        if counted and (_ENDS_IN_QUANTITY_REACHED.search(text) or _SORTING_QUANTITY.search(text)) else None
    if other is not None and window.startswith(_OF, other.end()) and _sorted_by_its_quantity(window, other):
        # 40个以上主营业务收入超10亿元的创新型领军企业: the things the bar sorts, named after its 的
        return _noun_phrase_after(window[other.end() + len(_OF):], th, counted, shortest_counted, classifier, clause_runs_on)
    if other is not None and window[other.end():other.end() + 1] in _MODIFIER_GOES_ON:
        return ""  # 5个以上相关业务收入超过10亿元、具有…的供应商: a modifier of what is counted, which comes later
    quoted = _QUOTED_NAME.match(text) if counted else None
    # the noun the quoted name modifies, or its own last word where it ends the phrase (1400多个“一刻钟便民生活圈”。)
    # (past a verb that makes a kind of it: 100家“5G+工业互联网”示范工厂, 8个“5G+工业互联网”应用示范园区; prec10 audit)
    after_quote = words.cut(text[quoted.end():]) if quoted else []
    lead = 0
    while lead < min(len(after_quote) - 1, th.max_quote_lead_verbs) and _is_verb(after_quote[lead]):
        lead += 1
    head = (after_quote[lead:] or words.cut(quoted.group("name"))[-1:])[0] if quoted else ""
    if quoted and words.tag(head) not in _COMMON_NOUN_TAGS \
            or quoted and quoted.group("verb") and not _is_verb(quoted.group("verb")):
        quoted = None  # 190条“瘦身”到27条: a quoted verb, no name of the noun
    name, text = (quoted.group("verb") + quoted.group("name"), text[quoted.end():]) if quoted else ("", text)
    if "的" in text.lstrip("的"):
        # 30家以上面向特定行业的企业级平台: a modifier with a verb or figure ends in 的.
        before, after = text.lstrip("的").rsplit("的", 1)
        after_words = words.cut(after)
        made_up = _MAKES_UP.search(before)
        if after_words and words.tag(after_words[-1]) == _LOCALIZER:
            text = before  # 479项行政许可等审批事项的基础上: what the items are, not where they stand
        elif made_up is not None and made_up.start() > 0:
            # 22个自由贸易试验区构成的开放高地: the parts counted, not the whole; not 110人组成的巡回医疗队, a
            # whole's size, its parts unnamed
            text = before[:made_up.start()]
        elif (any(_is_verb(t) for t in words.cut(before)) or _DIGIT.search(before)
              or _described(before)) and not _opens_with_clause(before, clause_runs_on):
            text = after  # not 51个小区实行只进不出的封闭管控: the noun right after the count is what it counts
        else:
            text = before
    text = _LIST_OR_QUOTE_MARK.split(_quoted_inside_joined(text), 1)[0]
    text = text[:_noun_end(text)]
    out = name
    # the phrase is cut with the joiner after it, as written, and the joiner's word dropped (52个制种|大县|和: 制种|大|县 alone,
    # whose 县 ended the name)
    cut = words.cut(text + joiner) if joiner and listed.endswith(text) else []
    cut = cut[:-1] if cut and cut[-1] == joiner else words.cut(text)
    # 500个+充电|桩, 11批电信+普遍|服务+试点, 335项+行政|审批 (as before the figure)
    toks = _terms_joined(_crafts_joined(_all_joined(_sites_joined(_ranges_joined(_grades_joined(cut))))))
    if len(toks) > 1 and toks[0] == _PASSIVE:  # 12家被巡视单位: a passive verb modifies the noun
        toks[:2] = [toks[0] + toks[1]]
    for i, tok in enumerate(toks):
        if (tok in _AFTER_COUNT or tok in ("的", "人民币")) and not out:  # 120亿元人民币国债: the money's currency
            continue
        if out and tok in _GATHERING_VERBS:
            break  # 300多位专家+齐聚+青岛, 500位嘉宾+云集+上海: how those counted gather (jieba tags it a name or a noun)
        if out and _body_after_kind(toks, i):
            out += tok  # 20多个国际+组织+代表: a kind of body, which jieba tags a verb (patterns.toml body_kinds_before)
            continue
        if words.tag(tok) == _CLASSIFIER_TAG and out and words.tag(toks[i - 1]) == _ADJECTIVE:
            out += tok  # 制造业+大+类+行业: a classifier after an adjective makes a noun (大类, 小类)
            continue
        if counted and not name and i == 1 and out in _COUNTED_DOERS \
                and (words.tag(tok) in _COMPOUND_VERB_TAGS or tok in _SETTLING or _deed_tagged_otherwise(toks, i)):
            # 16个省份+启动+春灌, 7所高校+合作, 10个省份+落地 (jieba's noun), 14个省份+抢通+保通: the places or bodies
            # counted, then their deed
            break
        if counted and i + 1 < len(toks) and words.tag(toks[i + 1]) in _COMMON_NOUN_TAGS and (
                out == name and words.tag(tok) in _COMPOUND_VERB_TAGS
                or out and tok in _KIND_VERBS_AFTER_COUNT and words.tag(toks[i - 1]) != _LOCALIZER
                and not LEX.names(toks[i + 1], "Sector")):
            # 30个+应用+场景; 328项制度+创新+成果, 1000个5G行业+虚拟+专网: a kind of the noun after, not a deed (nor
            # after a localizer: 50条重点产业链+上+创新突破, where the things counted end; nor before a field, the verb's
            # object: 500个场景布局+应用+人工智能)
            out += tok
            continue
        if words.is_function_word(tok) and tok not in _NOUNISH and not _grade_word(toks, i) and not _noun_morpheme(toks, i, counted) \
                and not _in_field(toks, i) \
                and not (counted and not out and _size_grade(toks, i)) \
                or len(out) >= _LONGEST or tok in _ADVERBS or tok[:2] in _ADVERBS or tok in _AIMS_IN_PHRASE \
                or out and tok == _ALL and i + 1 < len(toks) and _is_verb(toks[i + 1]) \
                and (i + 2 == len(toks) or words.tag(toks[i + 2]) not in _COMMON_NOUN_TAGS) \
                or out and tok[:2] in _MANNER_NOUNS and (len(tok) > 2 or i + 1 < len(toks) and (
                    _is_verb(toks[i + 1]) or words.tag(toks[i + 1]) == "vn")) \
                or out and tok == _MOSTLY and i + 1 < len(toks) and (_is_verb(toks[i + 1]) or toks[i + 1] in _ADVERBS):
            # 41个工业大类+全+覆盖: 全 before a verb that ends the phrase says how much of them (not 5G全连接工厂);
            # 487个省界收费站+全面+取消, 108个重点项目+全力+推进, 102个国有林场+全面完成: how they act (jieba
            # tags 全面 and 全力 nouns, and fuses some with their verb)
            break
        out += tok
    if counted and not name and out.endswith(_NOUN_GRADES) and text.startswith(out):
        # 28.9万个村级寄递物流综合服务站: the grade's noun, not 村级; 4个国家级、7个省级及一批市级服务外包示范园区: the noun
        # after the list of grades, each counted its own; 150多个国家级和省级非遗项目: the grades counted together
        listed = _GRADES_LISTED.match(window, len(out))
        if listed:
            noun = _graded_noun(window[listed.start("last"):], listed.group("last"))[len(listed.group("last")):]
            out = (out if _OWN_COUNT.search(listed.group()) else window[:listed.end()]) + noun if noun else out
        else:
            out = _graded_noun(text, out)
    kind = _COUNTED_KIND.get(classifier)
    # (3.5万个易地扶贫搬迁安置区+等+重点区域: the things counted end at 等, the class of their kind after it)
    listed = text.partition(LIST_CLOSER)[0]
    whole = text if _COUNTED_COMPOUND.fullmatch(text) or kind is not None and kind.fullmatch(text) \
        else listed if _COUNTED_COMPOUND.fullmatch(listed) else _firms_before_their_deed(text, kind, classifier)
    if counted and out and not name and whole and text.startswith(out) \
            and not out.endswith(_GROUP_BODIES) and not _acts_on_unit(whole[len(out):]):
        out = whole  # 421家国家级智能制造示范工厂: verbs before a unit's head modify it; not 500家企业借助云平台
    kind_end = max((out.rfind(h) + len(h) for h in _COUNTED_KIND_HEADS[_FIRMS] if h in out), default=0) \
        if counted and classifier == _FIRMS else 0
    if 0 < kind_end < len(out) and (not any(words.tag(t) in _NAME_GOES_ON_TAGS for t in words.cut(out[kind_end:]))
                                    or _firms_deed_ends(text, out[:kind_end])
                                    or words.cut(out[kind_end:])[0].removesuffix("了") in _ACTS_ON_UNITS):
        # 8家房地产企业+违规, 3家外资企业+获批, 4.7万家企业+上云: no noun after the firms, what they do; 9家外资企业+获批+
        # 增值电信开放试点: what they do to a unit, right after them (acts_on_units)
        out = out[:kind_end]
    if counted:  # 321个项目总投资1.8万亿元, 17家集群产值同比增长: the quantity is the counted things', the next figure's
        quantity = _QUANTITY_OF_COUNTED.search(out)
        out = out[:quantity.start()].rstrip() if quantity and quantity.start() >= shortest_counted else out
        average = out.find(_AVERAGE, shortest_counted)  # 337个地级及以上城市平均优良天数比例为87%: the things' average, next
        out = out[:average] if average > 0 else out
    return _without_count_word(_AMONG.sub("", out))


_DEED_NOUN_TAG = "vn"  # jieba's verbal noun (发展, 升级): how the firms do, not a deed of their people (负责人+出席, v)


def _firms_deed_ends(text: str, firms: str) -> bool:
    """The phrase after the firms counted ends in a verbal noun, nouns only before it: how they do (支持5000家以上专精特新
    “小巨人”企业+高质量+发展, 5000家企业+高质量+发展: the firms supported, not 企业高质量; review rsm, session 23);
    not a noun after it (5000家企业+高质量+发展+标杆: the models counted), nor a verb of the people named after the
    firms (3家中央企业负责人+出席: test_measures_a_kind_of_firm_before_their_deed_is_named_in_full)."""
    if not text.startswith(firms):
        return False
    rest = words.cut(text[len(firms):])
    return len(rest) > 1 and words.tag(rest[-1]) == _DEED_NOUN_TAG \
        and all(words.tag(t) in _NAME_GOES_ON_TAGS for t in rest[:-1])


# a quoted name inside the noun phrase after a count, its words before it (2930家专精特新“小巨人”企业,
# 5家国家级“专精特新”“小巨人”企业): a word of the phrase, as before the figure (_QUOTED_IN_PHRASE)
_QUOTED_INSIDE = re.compile(rf"(?<=[{CJK}”]){_QUOTED}")


def _quoted_inside_joined(text: str) -> str:
    """``text`` with its quoted names inside the noun phrase written without their quotes, where a noun or
    another quoted name follows (专精特新“小巨人”企业 -> 专精特新小巨人企业), and no verb comes before it; not a
    quoted name that ends the phrase (300个项目“开花结果”, 40万名干部“联村联户”: what the things do, which
    the quote mark still ends)."""
    out, at = [], 0
    for m in _QUOTED_INSIDE.finditer(text):
        if any(_is_verb(t) for t in words.cut(text[at:m.start()])):
            break  # 在125个村建立了“…”信息平台: the things counted, then their deed, which the quote mark still ends
        after = words.cut(text[m.end():m.end() + _LONGEST])
        if not (text.startswith("“", m.end()) or after and words.tag(after[0]) in _COMMON_NOUN_TAGS):
            break
        out += [text[at:m.start()], m.group(1)]
        at = m.end()
    return "".join(out) + text[at:]


# …after the verb that makes it a modifier, if any (200余份共建“一带一路”合作文件)
_QUOTED_NAME = re.compile(rf"^(?P<verb>[{CJK}]{{0,2}})“(?P<name>[^”“]{{1,12}})”(?=[{CJK}]|$)")
_COMMON_NOUN_TAGS = ("n", "vn", "nz")  # not a person's or place's name (4次见到习近平, 10次考察北京)
_MAKES_UP = re.compile(f"(?:{_alt(M['make_up_adverbs'])})*(?:{_alt(M['make_up_verbs'])})$")
_AVERAGE = "平均"  # after what is counted, 平均 opens the quantity averaged over them (13个城市平均优良天数比例)
_KIND_ADVERBS = set(M["kind_adverbs"])  # 直接投资, 间接融资: an adverb naming a kind of the quantity


def _opens_kind_adverb(tok: str, out: str) -> bool:
    """``tok`` is a kind adverb before the name (直接+投资, 特别+国债), or the first character jieba cut off one the name
    opens with (超+长期特别国债)."""
    return any((tok + out).startswith(adverb) for adverb in _KIND_ADVERBS if adverb.startswith(tok))


_PER_SHARE = tuple(M["per_share_bases"])  # 每股盈利: the basis of a result per share, a word of its name
_IN_SERVICE = set(M["in_service"])  # 在|轨|卫星: 在 opens the modifier
_ANNUAL = "年"  # 服务业年增加值, 货物年吞吐量: a quantity per year (jieba cuts 年 off as a numeral)
# Counts of people, households or times: a verb after them is their predicate (4200万人关注肿瘤,
# 5000余户完成评估, 4次下调); so is one after a count of a set named before (270个村中，124个恢复市电)
_NOT_COUNTED_THINGS = ("人", "位", "名", "人次", "户", "次")
_MEASURED_UNITS = set(M["measured_units"])
_PARTITIVE = re.compile(r"中[，,]|其中|其余")
_AFTER_COUNT = ("以上", "多", "余", "左右")  # 30家以上…: the count's, not the noun's
_PREPOSITION_AFTER_NOUN = re.compile(rf"(?<=[{CJK}]{{2}})[向在从对为于与到由给把被将]")


# …and a list of grades that share it (4个国家级、7个省级及一批市级服务外包示范园区, 5个行业级、区域级标识解析二级节点)
_OWN_COUNT = re.compile(r"\d|一批")
_GRADES_LISTED = re.compile(rf"(?:(?:、|和|及|与|以及)(?:\d+(?:\.\d+)?[多余]?(?:{_alt(M['classifiers'])})|一批)?"
                            rf"(?P<last>[{CJK}]{{1,3}}级))+")


def _graded_noun(text: str, grade: str) -> str:
    """The noun a grade counted alone modifies (28.9万个村级|寄递|物流|综合|服务站, 157家县级|发热|病人|筛查|定点医院,
    50个国家级|现代|产业|学院): a grade (村级, 国家级, 行业级) is no thing counted, and the walk after it stopped at a
    verb jieba reads inside the noun; the words after it up to the last noun before a mark, a function word, or a
    verb or time word (现代) with no noun after it (a predicate). The grade alone where no noun follows
    (5家国家级“专精特新”…企业: the quote ends the text)."""
    toks = words.cut(text[len(grade):])
    phrase, end = "", len(grade)
    for i, tok in enumerate(toks):
        modifies = _is_verb(tok) or words.tag(tok) == _TIME_TAG  # 寄递|物流, 现代|产业
        if _PUNCTUATION.fullmatch(tok) or len(grade + phrase + tok) > _LONGEST + 4 \
                or words.is_function_word(tok) and not modifies \
                or modifies and not _noun_ahead(toks, i + 1):
            break
        phrase += tok
        if words.tag(tok) in _COMMON_NOUN_TAGS:
            end = len(grade) + len(phrase)
    return text[:end]


def _noun_ahead(toks: list[str], i: int) -> bool:
    """A noun comes at ``i`` or after more modifiers, verbs, distinguishing or time words jieba cut from it
    (县级|寄递|公共|配送|中心, 省级|智能|制造|示范|车间): the words before it modify it. Past the next word, no
    verbal noun (…|开展|工作|交流: a predicate and its object)."""
    if i < len(toks) and words.tag(toks[i]) in _COMMON_NOUN_TAGS:
        return True  # 寄递|物流
    for tok in toks[i:]:
        tag = words.tag(tok)
        if tag in _NOUN_TAGS:
            return True
        if not (_is_verb(tok) or tag in (_TIME_TAG, _MODIFIER)):
            return False
    return False


def _described(modifier: str) -> bool:
    """One modifier before 的 that ends in an adjective (277项内容丰富的活动, 74000部珍贵的古籍资源, 20个新的办事系统):
    it describes the noun after 的, which is what is counted, as after a verb (not 236个重点交通枢纽客流量的热力监测,
    whose adjective opens the noun counted; nor 16个受灾地区的保险机构: jieba tags many nouns 受灾地区 as set
    phrases, so only its adjective tag says a description)."""
    toks = words.cut(modifier)
    return bool(toks) and _OF not in toks and words.tag(toks[-1]) == _ADJECTIVE


def _opens_with_clause(text: str, runs_on: bool = True) -> bool:
    """The text opens with a noun and its verb (小区|实行…, 城市|完成…) or a
    preposition that opens its verb's phrase (4个行业|对工业生产增长的贡献率接近一半,
    as ministries' press conferences say it): a clause whose subject is what the
    count before counts, no modifier of a noun after. The noun may run on and
    adverbs come before the verb (31个省区市|政府|相继|发布…的年度政府工作报告,
    85家龙头|领军|企业|建成的…, 22个省份|已|认定的扶贫产品; figl8 audit, session 24),
    or a preposition (60多种便民|事项|为群众提供…的服务), not one before a figure
    (8个单体|面积|在105亩以上的智能温室大棚: the noun's size, a modifier of the noun after); only the
    first two words where not ``runs_on``."""
    toks = [t for t in words.cut(text) if t not in _AFTER_COUNT]
    if len(toks) < 2 or not _clause_noun(toks[0]):
        return False
    if _is_verb(toks[1]) or words.tag(toks[1]) == _PREPOSITION:
        return True
    if not runs_on:
        return False
    verb = next((i for i, t in enumerate(toks) if not _clause_noun(t) and words.tag(t) not in _ADVERB_TAGS), len(toks))
    after = "".join(toks[verb + 1:verb + 2])
    if any(t in _DEGREE_ADVERBS for t in toks[:verb]):
        return False  # 20个基础设施|较为|完善的产业园区: what the noun after is like, not what the count's noun does
    return verb < len(toks) and (_is_verb(toks[verb]) or words.tag(toks[verb]) == _PREPOSITION and not after[:1].isdigit())


_DEGREE_ADVERBS = frozenset(M["degree_adverbs"])


def _clause_noun(tok: str) -> bool:
    """A word of the noun that opens a clause (jieba's n, nz, ng…; not a verb it tags so)."""
    return words.tag(tok).startswith("n") and not _is_verb(tok)


def _noun_end(text: str) -> int:
    """Where a preposition after the noun ends it (38家药企向湖北…, which jieba
    cuts 家药|企向). One that makes a word with the character before it ends
    the noun before that word when the word is a verb (用人单位参与, 国道省道作为),
    and not at all when it is a noun (核心方向, 合作意向)."""
    for p in _PREPOSITION_AFTER_NOUN.finditer(text):
        tag = words.tag(text[p.start() - 1:p.end()])
        if not tag:
            return p.start()
        if not tag.startswith("n"):
            return p.start() - 1
    return len(text)


def _is_verb(word: str) -> bool:
    return word in ("面向", "具有") or words.tag(word) in ("v", "vd")


_ALL = "全"
_MANNER_NOUNS = set(M["manner_nouns_after_count"])  # 全面, 全力, 专门: how the things counted act, before their verb


def _crafts_joined(toks: list[str]) -> list[str]:
    """The words, a craft's number in characters joined to the name before it (18颗北斗+三号+组网卫星 -> 北斗三号+组网卫星:
    jieba tags 三号 a numeral, which ended what the count counts at 北斗); not after a word that is no name (a classifier,
    a verb)."""
    joined: list[str] = []
    for tok in toks:
        if joined and CRAFT_NUMBER.fullmatch(tok) and words.tag(joined[-1]) in _CRAFT_NAME_TAGS:
            joined[-1] += tok
        else:
            joined.append(tok)
    return joined


_CRAFT_NAME_TAGS = _COMMON_NOUN_TAGS + ("nr", "ns")  # 北斗 (nr), 吉林 (ns), 风云 (n), 神舟 (nz): what a craft is named after


def _all_joined(toks: list[str]) -> list[str]:
    """The words, 全 and the verb after it one word where a noun follows the verb (5G+全|连接+工厂示范标杆 ->
    5G+全连接+工厂: the compound 全连接 of 5G全连接工厂, as MIIT's lists name them); 全 before a verb that ends
    the phrase says how much of the things it covers (41个工业大类+全+覆盖) and stays apart."""
    joined: list[str] = []
    for i, tok in enumerate(toks):
        if joined and joined[-1] == _ALL and _is_verb(tok) and i + 1 < len(toks) and words.tag(toks[i + 1]) in _COMMON_NOUN_TAGS:
            joined[-1] += tok
        else:
            joined.append(tok)
    return joined


# 15项预期性指标+基本+完成, 130家上游配套企业+基本+都: "mostly", before a verb or adverb, says how far they act (jieba
# tags it a noun); not 80项基本公共服务, 3000家基本医疗机构, where it opens the noun
_MOSTLY = "基本"
_BOUND_SUFFIXES = {"率", "量", "额", "比重", "面"}
# …and 员, a person named by what he does, cut off by jieba (快递|员, 网格|员) and tagged a morpheme
_KEEPS_WORD_BEFORE = _BOUND_SUFFIXES | {"员"}
_LONGEST = 12  # an indicator is a short noun phrase
# A count of a class a list before it names the members of (水稻、小麦两大口粮作物, 集成电路、生物医药、人工智能三大先导产业)
_CLASS_OF_ITEMS = re.compile("[两二三四五六七八九十]大")


def _after_list_item(toks: tuple[str, ...], i: int) -> bool:
    """The words right before ``toks[i]`` are the last item of a list: a joiner
    opens them, no longer than an indicator (、小麦|两大, 、高端|装备|制造|两大; not
    造船业|三大, nor 装备制造|等|十大, examples whose 等 already ends the indicator)."""
    length = 0
    for tok in reversed(toks[:i]):
        if tok in LIST_JOINERS:
            return length > 0
        length += len(tok)
        if tok in _EXAMPLES or _PUNCTUATION.fullmatch(tok) or length > _LONGEST:
            return False
    return False
_ACTS_ON_UNITS = set(M["acts_on_units"])


def _firms_before_their_deed(text: str, kind: Optional[re.Pattern], classifier: str) -> str:
    """The kind of firm a count of firms names, up to its head, where a verb follows it, what they do (近500家医药高新
    企业参加…, 120家专精特新企业参展): all its words, though jieba tags some of them adverbs (高新) and the walk stops
    there; "" where no verb follows the head (企业集团, 企业负责人)."""
    whole = kind.match(text) if kind is not None and classifier == _FIRMS else None
    return whole.group() if whole and _is_verb(_word_at(text, whole.end())) else ""


def _acts_on_unit(rest: str) -> bool:
    """A word in ``rest`` by which the counted do something to a unit or
    have one (搭建, 借助, 设立了, 有)."""
    return any(tok.removesuffix("了") in _ACTS_ON_UNITS or tok in _PREDICATES for tok in words.cut(rest))


_COUNTED_HEADS = tuple(M['counted_heads'])
_CLASS_SUFFIXES = set(M['class_suffixes'])
_CLASSED_TAGS = ("n", "v", "l")  # jieba's tags (first letter) of the nouns, verbs and set phrases (工程建设) a class suffix makes a class of
_TIME_OR_COUNT = ("t", "m", "mq")  # jieba tags of a time (今年), a numeral and a count (二季度)
_BAR_TAGS = ("t", "m")  # the words of a bar before 以上/以下: a round number (百亿, 百万) or a term (五年期)
# a noun phrase with no 的, 等 or figure in it that ends with the head of a unit set up or built
# (示范工厂, 创新中心, 改造项目, 示范区; patterns.toml counted_heads), a little longer than an indicator read word by word;
# a generation's name is no figure (30个5G全连接工厂)
_COUNTED_WORDS = rf"(?:[^的等\d]|\dG){{2,{_LONGEST + 4}}}?"  # the words before the head
_COUNTED_COMPOUND = re.compile(rf"{_COUNTED_WORDS}(?:{_alt(_COUNTED_HEADS)})")
_ONCE = "次"  # the classifier of times
# the missions a count of times counts, its words after the count up to the head (发射任务, 海上测控任务)
# (not past a joiner: 2次出舱活动和多项科学实验任务 counts the spacewalks, not the experiments)
_MISSIONS_AFTER = re.compile(rf"[^的等\d，,。；;：:（({''.join(LIST_JOINERS)}]{{0,{_LONGEST}}}?(?:{_alt(M['mission_heads'])})(?![{CJK}])")
# …or with the head of a kind of firm or industry after its own classifier (patterns.toml counted_kind_heads)
_COUNTED_KIND_HEADS = M["counted_kind_heads"]
_FIRMS = "家"  # the classifier of firms, whose kind (企业) ends their name where no noun follows it (not 个: 产业+强镇, 产业+联盟)
_COUNTED_DOERS = set(M["counted_doers"])  # 省份, 城市, 高校: kinds of places and bodies that act (16个省份启动春灌)
_GATHERING_VERBS = set(M["gathering_verbs"])  # 齐聚, 云集: patterns.toml
_DEEDS_TAGGED_AS_NOUNS = set(M["deeds_tagged_as_nouns"])  # 部署, 协同, 试点: verbs jieba's dictionary tags nouns
_NAME_GOES_ON_TAGS = ("n", "nz", "ng", "nt", "s", "f")  # a noun, a place word or a localizer: a name goes on (企业+技术中心, 企业+内部)
_COUNTED_KIND = {unit: re.compile(rf"{_COUNTED_WORDS}(?:{_alt(heads)})") for unit, heads in _COUNTED_KIND_HEADS.items()}

# jieba tags: a localizer (以上, 以下) ends the word before it; a distinguishing
# word (总, 主要) modifies the noun after it; an adjective + classifier (大类) is a noun
_LOCALIZER, _MODIFIER, _ADJECTIVE, _CLASSIFIER_TAG, _PREPOSITION, _TIME_TAG = "f", "b", "a", "q", "p", "t"
_VERB, _CONJUNCTION = "v", "c"  # jieba's tags of a plain verb and a conjunction (并, 而)
_LOCALIZERS = {"上", "内", "里", "中", "外", "间"}  # jieba tags 内 a noun (范围内)
# when a level was (2017年的, 去年, 成立初期的, 十多年前的, 最高峰时期2015年的, 目前的): the date of a figure,
# no part of what it counts
_EARLY_DAYS = "之初|初期"  # 成立之初, 成立初期: when a body or a thing was new
_EARLIER_TIME_WORD = f"{_EARLY_DAYS}|时期|时|期末|以前|前|过去|原来|" + "|".join(M["now"])
_EARLIER_YEAR = r"(?:\d{4}年|上年|去年)(?:底|末|时)?"
_EARLIER_TIME = rf"(?:[^，,；;。\d从由到至]{{0,8}}?(?:{_EARLIER_TIME_WORD})(?:{_EARLIER_YEAR})?|{_EARLIER_YEAR})的?"
# the stage a project's figure is for (达产后年产值, 建成后可容纳服务器, 全部投产后): a time, which ends the
# phrase (后年 is no word of it)
_ONCE_DONE = re.compile(f"(?:{_alt(M['once_done'])})后(?![台勤方续期备])")  # not a word 后 opens (运营后台)
_FROM_YEAR = re.compile(rf"[从由]{_EARLIER_TIME}$")  # GDP从2017年的2.01万亿元…, 共享率从成立初期的14.3%…: no figure before this one
_AMONG = re.compile(r"(?<=.)中有?$")  # 在35个重点城市中有30个: the set counted from
# Another figure before this one (在35个重点城市中有30个, 98%以上涉企事项和…, 20万元以内) ends its noun
# phrase; a digit inside a name (5G, IPv6) does not, but one before a unit in Latin letters is a figure, whole
# (总功率6.89GW、总能量14.05GWh: not 6 alone, which left .89GW、总能量 the next one's name; 中电联's storage statistics,
# stor audit, session 29); not one in Latin letters right before a noun, which it grades (远景规划8kW机架20000架,
# 新建20kW机柜2500个, 规划10GW光伏基地3个, 1TB硬盘: 8kW机架 is the name, as before), only before a mark or a bound
# (6.89GW、, 20EB以上); a list's ordinal with its point (5.叙利亚政府军控制85%国土) is of no name either.
# …a date's end with it (截至2023年底运营塔类站址: 底 is the date's, not the phrase's)
# 数字经济核心产业增加值|2023年|超过: the figure's year between its name and its level verb, or its figure where the verb
# is cut off already (patterns.toml year_after_name_not_after)
_YEAR_BEFORE_LEVEL = re.compile(rf"(?<=[{CJK}])(?<![{''.join(M['year_after_name_not_after'])}])\d{{4}}年"
                                rf"(?=(?:已经|已|将)?(?:(?:{_LEVEL_VERB})了?)?$)")
_PAST_FIGURE = re.compile(rf"^.*(?<![A-Za-z\d.])\d+(?:\.\d+)?(?:\.(?=[{CJK}])|(?![\d.]))"
                          rf"(?!(?!(?:{_UNITS})(?![A-Za-z])(?!(?!以[上下内]|左右|多|及)[{CJK}]))[A-Za-z])[多余]?[万亿千]?[多余]?(?:(?!{_alt(M['not_units'])})(?:{_UNITS}))?"
                          r"(?:(?<=[年月])[底末])?(?:以上|以下|以内|左右|多|(?<=(?<!\d{3})\d[年月天周])内)?")
# 3年内投入: a span's 内 too; not a date's year (2023年内蒙古…: 内 opens the region's name)
_ADVERBS = {"全部", "均", "都", "已", "已经", "正在", "将", "共", "累计", "分别", "深入", "积极"}
_LEGAL_FORMS = ("有限公司", "有限责任公司")  # the legal forms that end a company's full name (中国铁塔股份有限公司)
# a span of time written in words before 内 (三年内, 一周内, 两个月内): when a figure is reached, not what it counts
_WITHIN = "内"
_SPAN = re.compile(r"[\d一二两三四五六七八九十百几数半]+个?(?:年|月|天|周|日|季度|小时)$")
_COUNT_WORDS = {"数量", "总数", "数", "总数量"}  # 充电站数量 is 充电站; 人数 is one word and stays
_COUNT_WORD_END = "数"  # 笔数: a count in the unit before it of the things before that
_TOTAL = "总"  # 企事业单位+总+数量: jieba cuts the total's word off the count word, one word of it


def _without_count_word(phrase: str) -> str:
    """充电站数量 -> 充电站, 移动用户数 -> 移动用户 (jieba's one word 用户数 too), 企事业单位总数量 -> 企事业单位;
    人数, 指数 are words of their own and stay (分指数: 指数 is likelier a word
    than 分指)."""
    toks = words.cut(phrase) if phrase.endswith(("数", "数量")) else ()
    if len(toks) > 2 and toks[-2] == _TOTAL and _TOTAL + toks[-1] in _COUNT_WORDS:
        toks = (*toks[:-2], _TOTAL + toks[-1])
    if len(toks) > 1 and toks[-1] in _COUNT_WORDS and len(phrase) - len(toks[-1]) >= 2 \
            and not (len(toks) == 2 and words.is_function_word(toks[0])):  # 注册数量: a verb alone counts nothing
        return "".join(toks[:-1])
    last = toks[-1] if toks else ""
    if len(last) >= 3 and last[-1] == "数" and words.frequency(last[:-1]) > words.frequency(last[-2:]):
        return phrase[:-1]
    return phrase


_LEFT_STOP = {"全市", "全省", "全国", "我市", "我省", "新增", "新建", "累计", "完成", "发展", "组织", "实现", "其中", "共", "已",
              "努力实现", "力争实现", "我国", "全行业"}
_QUANTITY_WORDS = set(M["quantities"]) | set(M["rate_words"])  # jieba tags 收入, 出口 as verbs: in an indicator they are its head noun
_QUANTITY_HEADS = set(M["quantity_heads"])
_NOUNS_TAGGED_AS_VERBS = set(M["nouns_tagged_as_verbs"])
# …and modifiers, words of a name before its head only (即时通信用户规模; not 医保基金即时|结算1657亿元, 即时 the verb's)
_MODIFIERS_TAGGED_AS_VERBS = set(M["modifiers_tagged_as_verbs"])
_KIND_VERBS_AFTER_COUNT = set(M["kind_verbs_after_count"])  # 制度+创新+成果: patterns.toml
_SIZE_HEADS = set(M["size_heads"])
# 面积 after a verb is the area planted, promoted, treated or let (种植面积, 推广面积, 治理面积, 签约面积; jieba cuts
# them apart), and so a size, a total or a headcount is of what the verb names (开工数量, 认购总额, 发行规模, 参保人数,
# 报名人数): the verb is part of its name, as with a rate's, but not one that is the figure's own predicate (新增面积,
# 累计数量) nor one that says how the quantity changed (扩大面积, 增加面积, 减少面积: _CHANGE_WORDS)
_SITE_HEADS = set(M["site_heads"])  # 起降|点: a site, the head of what is counted
_HEADS_NAMED_BY_VERB = _SIZE_HEADS | set(M["verb_named_heads"]) | _SITE_HEADS
# …nor one that holds the quantity at a level (保持规模在100亿元左右, 控制人数: held_at), cuts it (压减规模, 削减数量:
# level_change_verbs, as 减少 is a change word; 压缩, 缩小, 扩张, 翻番: size_set_by) or founds or forms the thing the figure
# sizes (设立规模5000万美元的…基金, 成立总规模…的基金: founding_verbs; 形成总规模400亿元的…基金: _FORMS; the modal
# guard covered 将设立 only): the head is its object, no word of its name
_SIZE_SET_BY = (set(M["held_at"]) | set(M["level_change_verbs"]) | set(M["size_set_by"])
                | set(LEX.patterns["organization"]["founding_verbs"]))
_FORMS = "形成"  # 形成总规模400亿元的…基金: the thing formed is what is sized; but 资本形成总额 is a name
# 组织, a body's head jieba tags a verb only: after a kind of body (国际|组织) what a count counts, after a noun the last
# word of a thing listed after a count (_listed_after)
_BODY_HEADS, _BODY_KINDS = frozenset(M["body_heads_tagged_as_verbs"]), tuple(M["body_kinds_before"])


_ADDED_BETWEEN = frozenset(M["added_between"])
# what may end the words an addition is of: nouns, abbreviations (光伏 j) and place words the gazetteer names not (城镇 ns)
_THING_TAGS = (*_COMMON_NOUN_TAGS, "j")  # a common noun or an abbreviation (光伏 j)
_ADDED_TO_TAGS = (*_THING_TAGS, "ns")
_WORDS_ONLY = re.compile(r"\w+")


def _added_to(toks: list[str], i: int) -> str:
    """The words before a verb of adding between two nouns (全国户用分布式光伏+新增+装机, 城镇+新增+就业, 5万个产地冷藏保鲜
    设施+新增+库容) with the verb: what the added quantity is of, a word of its name (户用分布式光伏新增装机, not 装机; prec11
    audit); none where a place, body, time, scope or aim stands before the verb (全市新增光缆, 我国新增, 今年新增, 计划新增)."""
    before = toks[i - 1] if i > 0 else ""
    tag = words.tag(before)
    if before in _LEFT_STOP or before in _AIM_WORDS or tag not in _ADDED_TO_TAGS \
            or LEX.names(before, "Region", "Organization"):
        return ""
    noun = _noun_phrase_before("".join(toks[:i]), verb_ok=False)
    # words only (not 最大页岩气田——涪陵页岩气田: a dash names the same thing again, the subject)
    return noun + toks[i] if _WORDS_ONLY.fullmatch(noun) and not LEX.names(noun, "Region", "Organization") else ""


_QUANTITY_ADVERBS = frozenset(M["quantity_adverbs"])
_SPAN_NOUNS = frozenset(M["span_nouns"])


def _thing_before_adverb(toks: list[str], i: int, out: str) -> bool:
    """toks[i] is an adverb of a total (累计) between a common noun and the noun of a quantity (5G手机+累计+出货量,
    商标+累计+注册量, 可再生能源发电+累计+装机容量, 风力发电机组+累计+出口): the adverb qualifies the quantity, whose
    name goes on with the thing before it. Not where a place, body, scope word or span stands before the adverb (全国累计…,
    中储粮累计…, 近6年时间累计…: the subject or a time), nor a partner a preposition governs (波兰向…欧盟国家累计出口,
    同本组织国家累计贸易额), nor before a verb or an activity (全国铁路累计+发送旅客, 建设累计+植树: the predicate)."""
    if toks[i] not in _QUANTITY_ADVERBS or not out or i == 0:
        return False
    before, head = toks[i - 1], words.cut(out)[-1]
    return (head.endswith(tuple(_BOUND_SUFFIXES)) or head in _SORTING_QUANTITIES or head in _SIZE_HEADS) \
        and words.tag(before) in _THING_TAGS and before not in _LEFT_STOP and before not in _SPAN_NOUNS \
        and not LEX.names(before, "Region", "Organization") and not any(words.tag(t) == _PREPOSITION for t in toks[:i])


def _body_after_kind(toks: list[str], i: int) -> bool:
    """toks[i] is a body's head jieba tags a verb (组织) after a word that makes it a kind of body (国际|组织, 涉黑|组织):
    the noun a count counts after the figure (20多个国际组织代表) or before it (打掉涉黑组织35个, 登记社会组织约88万家: 涉黑组织,
    社会组织, not the kind word alone; prec11 audit)."""
    return toks[i] in _BODY_HEADS and i > 0 and toks[i - 1].endswith(_BODY_KINDS)


_NOUNISH = {"上云"} | set(M["plan_parts"]) | set(M["nouns_tagged_as_verbs"])  # jieba tags 举措, 行动 as verbs: after a count, what is counted (21项具体举措, 30座抽水蓄能电站)
_COMPOUND_VERB_TAGS = ("v", "vn")
# Verbs that can be a figure's predicate (全省实现收入…, 企业完成投资…): never inside its noun phrase.
_PREDICATES = (_LEFT_STOP | set(M["new"]) | set(M["total"]) | set(M["target_strong"]) | set(M["growth"])
               | set(M["predicates"]))
_PASSIVE = "被"
_NEW_WORDS = set(M["new"]) | set(M["total"])


# a sum's name right after it, up to the clause's end: a phrase ending in a head of money (patterns.toml money_heads)
_MONEY_NAMED_AFTER = re.compile(rf"(?:人民币)?的?(?:{_alt(M['money_put_to'])})?"
                                rf"([^的等\d，,；;。、：:（()）“”\s]{{0,{_LONGEST + 4}}}?(?:{_alt(M['money_heads'])}))"
                                rf"(?=[，,；;。：:（(]|$|{_alt(M['money_does_after'])})")


_MILESTONES = set(M["milestones"])
_MILESTONE_ENDS = tuple(_MILESTONES)
_MARKS_COUNTED = "个"  # 连续跨越3个万亿元台阶: a count of marks passed, no quantity (not 突破5500万户大关)
# a list of levels (its items joined, the next figure after this one) that a verb of passing opens and a mark closes,
# in one clause (连续跨越110万亿元、120万亿元、130万亿元、140万亿元四个大台阶)
_AFTER_REACH = 24  # characters after a figure searched for what it counts: a counted name's longest and its modifiers
_PASSING = re.compile(_alt(M["passing_marks"]))
_MARK_CLOSES = re.compile(rf"[^，,；;。]*?(?:{_alt(M['milestones'])})")


# 惠及50万贫困群众, 惠及1.9亿人次: a figure right after a verb of reaching people counts whom it reaches, named
# after it or by the verb (its headcount: 惠及人次, 惠及户数); a noun right before it is theirs (惠及职工8076万人)
# characters between such a verb and the count: who it reaches or gives work (沿线, 周边村庄), no longer phrase (a
# clause of its own between them says the count is of something else)
_WHO_LONGEST = 6
_REACHES_PEOPLE = re.compile(rf"(?P<verb>{_alt(M['reaches_people'])})了?(?P<who>[^，,；;。：:\d]{{0,{_WHO_LONGEST}}}?)(?:{_alt(_QUALIFIERS)})?$")
_HEADCOUNT_WORD = "数"
# …its name by the unit: 人次 as written, people in 名/位 counted as 人数 (惠及3000万名: 惠及人数, not 惠及名数)
_HEADCOUNT_NAMES = {"人次": "人次", "名": "人数", "位": "人数"}
# 惠及全省150多万人, 惠及沿线3200多万人 (a water project's, the 新闻联播 items): a scope between the verb and the count,
# the whole region or the places along a line, names no one reached (not 惠及沿线 as the name)
_ALONG_THE_LINE = "沿线"
# 当地已转移避险超过20万人: a headcount right after a verb of moving people to safety, no one named between
_MOVING_VERBS = _alt(M["moves_people"])
_MOVES_PEOPLE = re.compile(rf"(?P<verb>{_MOVING_VERBS})了?(?:{_alt(_QUALIFIERS)})?$")


def _headcount_name(verb: str, unit: str) -> str:
    """A headcount named by the verb that reaches or moves those counted and its unit: 惠及人次, 惠及人数, 惠及户数,
    转移避险人数."""
    return verb + _HEADCOUNT_NAMES.get(unit, unit + _HEADCOUNT_WORD)


# a count, its things and 的 right before another count (16个国家和地区的|783家展商, 32支代表队的|684名选手); not a
# level a change starts from (城市从去年的15个增加到今年的300个)
_COUNTED_OWNERS = re.compile(rf"\d+(?:\.\d+)?[多余]?(?:{_alt(M['classifiers'])})[^，,；;。\d的到至]{{1,8}}的$")
_COUNTED_OWNERS_REACH = 16  # characters before the count searched: a count, a classifier, up to 8 of its things' and 的
_JOB_VERB = re.compile(rf"({_alt(M['job_verbs'])})了?[^，,；;。、\d]{{0,{_WHO_LONGEST}}}$")
_JOBS_AFTER = re.compile(rf"(?:{_alt(M['job_between'])})*{M['job_word']}")
# 已有20人遇难、4人失踪: a toll, the verb right after the headcount its name (patterns.toml casualty_verbs; not a rate: 死亡率)
_TOLL_AFTER = re.compile(rf"(?:{_alt(M['casualty_verbs'])})(?!率)")
_MOVED_AFTER = re.compile(_MOVING_VERBS)  # …and 9.6万人紧急避险转移: those moved, the verb after the headcount


def _tells_cause_or_place(before: str) -> bool:
    """The sentence before a toll's headcount says what caused it or where (造成, 已有, 地震, 西藏境内: a verb or a noun); a
    sentence of the count alone after a conjunction or an adverb (另外1人遇难) goes on from the sentence before, whose
    figure it splits, and is left as before."""
    return any(_is_verb(tok) or not words.is_function_word(tok) for tok in words.cut(before))


def _jobs_given(text: str, m: re.Match, unit: str, clause_start: int) -> str:
    """A headcount the verb before it gives work, 就业 after it (带动周边村庄300多人就业, 吸纳了600多人就业,
    带动16万人实现本地就业): named by the verb and 就业; "" otherwise."""
    if unit not in _HEADCOUNT or not _JOBS_AFTER.match(text, m.end()):
        return ""
    verb = _JOB_VERB.search(text, clause_start, m.start("num") if not m.group("lo") else m.start())
    return verb.group(1) + M["job_word"] if verb else ""


# a joiner of a list right before a listed thing (A、B和C), or of a list of figures right after one (100个和200个)
_JOINER_BEFORE = re.compile(rf"(?:{_alt(LIST_JOINERS)})$")
# …of a rate's or a multiple's things only 及, which joins a class's parts, one quantity (冰雪运动器材及装备成交额增长3倍,
# 主要商业网站及移动互联网应用支持率达到90%: were 装备成交额, 移动互联网应用支持率; 3 such in the 新闻联播 items and genre
# pages, prec15 audit); things listed with 、 or 和 have a rate each (3D打印设备、集成电路圆片、智能手表同比增长1至5倍)
_JOINED_BY_AND = re.compile(f"{_AND}$")
_FIGURE_LISTED_AFTER = re.compile(rf"[^\d，,；;。]{{0,6}}(?:{_alt(LIST_JOINERS)})[\d两三四五六七八九十]")
_EACH_OF_LIST = re.compile(r"分别|各|均|都")
# a figure (not a date) among the words before a listed thing, since the joiner before them (52个|项目、总金额…, 总投资30亿元
# 的永悦…全产业链、总投资1亿元的…): a thing another figure counts or sizes (not a name with a number in it: 4G和5G基站, IPv6)
_FIGURE_IN_ITEM = re.compile(r"(?<![A-Za-z\d.])\d[\d.]*(?![年月日A-Za-z\d.])[^" + "".join(LIST_JOINERS) + r"，,；;。]*$")
# a listed thing that is a person's or place's name by jieba's tag: those who act or their partners (中国和西班牙双边
# 贸易额), no thing counted (not nt, which jieba gives to 国际货物; the lexicon's bodies the walk stops at)
_ACTOR_TAGS = ("nr", "ns")


def _with_items_before(text: str, m: re.Match, before: str, name: str, shortest: int,
                       joined: re.Pattern = _JOINER_BEFORE) -> str:
    """``name`` with the things listed right before it, which the one figure ``m`` after it counts together
    (新产品、新技术、新方案900余项; 国际货物和服务贸易收入16601亿元; 风电、太阳能发电总装机容量): the tuning gold names
    such a figure by its list (智能工厂、数字化车间 800家), not by the last thing. Each listed thing is a noun phrase,
    after the last verb in it (新制定国家标准和行业标准: 国家标准; not 当场收缴、订票凭证), not one another figure counts or cut after a figure
    (52个项目、总金额, 世界500|强和…), nor a place or body (财政部、交通运输部下达资金: those who act). Not where the
    things share the figure each (分别, 各, 均, 都), a list of figures pairs them (A和B达到100个和200个), the list goes
    on after the figure (数据机房、蓝光存储 600PB、大数据交易中心: the last thing's alone), or 等 closes them (A、B等N个K:
    the kind after the count, as before); not where a listed thing names a quantity of its own (新兴产业增加值、固定资产
    投资总额、社会消费品零售总额突破千亿元: each passes it); nor for a name shorter than ``shortest``, a localizer
    or a verb (车道、宽40米, 岸线和两侧1公里)."""
    at = before.rfind(name) if len(name) >= shortest else -1
    if at < 0 or _EACH_OF_LIST.search(before, at) or _FIGURE_LISTED_AFTER.match(text, m.end()) \
            or text.startswith(LIST_JOINERS, m.end()) or LIST_CLOSER in before[at:] \
            or words.tag(name) == _LOCALIZER or words.is_function_word(name):
        return name
    start = _items_before(before, at, joined)
    return before[start:at] + name if start < at else name


def _items_before(before: str, start: int, joined: re.Pattern = _JOINER_BEFORE) -> int:
    """Where the things listed right before ``before[start:]`` (each after a joiner ``joined`` finds) begin: see
    _with_items_before."""
    while True:
        head = before[:start]
        joiner = joined.search(head)
        if joiner is None or _JOINT_IN_WORD.search(head[-3:]):  # 涉及, 参与: a word's character, no list
            break
        rest = head[:joiner.start()]
        toks = list(words.cut(_noun_phrase_before(rest, verb_ok=False, counted=True)))
        verbs = [i for i, tok in enumerate(toks) if words.is_function_word(tok)]
        item = "".join(toks[verbs[-1] + 1:] if verbs else toks)  # 新|制定|国家标准和…: the verb's object is listed
        if not item or not rest.endswith(item) or _FIGURE_IN_ITEM.search(rest) or words.tag(item).startswith(_ACTOR_TAGS) \
                or _is_quantity_word(words.cut(item)[-1]):
            break
        start = joiner.start() - len(item)
    return start


# a joiner of things counted together right after a count's first thing (130多个国家和地区, 1171名孤老、孤儿、孤残人员):
# not 以及 or 与, which add a thing the count does not cover or open a partner (7个摄影棚以及洗印车间, 35个班级与…名校)
_JOINER_AFTER = re.compile(r"、|和|(?<!以)及")
# the tags of the words a thing listed after a count is made of (n, vn, a modifier: 孤残+人员, 高耗能+企业; jieba tags
# 幼儿园 and 孤儿 nr), and of those it may end with (a noun, not a verbal noun: 棉被和温暖+过冬, 儿童片、动画片+参赛 end
# before them); not a place's or body's name (31个省份和新疆生产建设兵团: added to the count, not counted by it), nor an
# idiom or set phrase (相互连接, 提前完成)
_ITEM_TAGS = ("n", "nz", "ng", "nl", "vn", "an", "a", "b", "j", "nr", "eng")
_ITEM_HEAD_TAGS = ("n", "nz", "ng", "nl", "j", "nr", "eng")
# a figure right after a listed thing (企业48类), or after 的 where 、 sets the thing apart (31个大类、工业的207个中类; not
# 68个国家和地区的256名选手, a list that owns the next count): the list names that figure's things
_FIGURE_AFTER_ITEM = {"、": re.compile(r"的?\d")}  # after another joiner, a digit right after it (_DIGIT)
# 等 closing the list, right after the last thing read or up to three characters on (生物医药、装备+制造等11个, 农民专业
# +合作社等: the last thing was cut short at a word jieba tags otherwise; not 72个国家和地区+抓获经济犯罪等, a predicate's
# own list)
_CLOSER_AHEAD = re.compile(rf"[^，,；;。：:、\d]{{0,3}}?{LIST_CLOSER}")
# 分别/均 right after the list or a few characters on (15类国补家电和数码产品、网络服务+消费分别增长: each thing has its
# own figure, the list is no count's); not 各 there, which opens a word (国家和地区的+各国政要, 以及+各界嘉宾)
_EACH_AHEAD = re.compile(r"[^，,；;。：:、\d]{0,3}?(?:分别|均)")
# verbs of settling that jieba tags as nouns (228家高校和科研机构+落地): the predicate, no word of the thing
_SETTLING = set(LEX.patterns["region"]["settling_verbs"])
# the fewest characters of a thing listed after a count, as of the thing counted itself (_long_enough): one names none
_SHORTEST_LISTED = 2
# amounts of their own that jieba tags nouns (120名医护人员和+大量+物资): the thing after them is not what the count counts
_OWN_AMOUNTS = set(M["amounts_tagged_as_nouns"])
_NAMED_TYPES = ("Region", "Organization", "Person")
# a count of vehicles or machines does not count the people listed after its first thing (上百辆汽车和人员被困, 2000台
# 机械和人员抢修, 3艘舰艇和官兵): the people have no figure of their own there, the list is not joined
_MACHINE_CLASSIFIERS = set(M["machine_classifiers"])
_PEOPLE_ENDS = tuple(M["people_ends"])


def _deed_tagged_otherwise(toks: list[str] | tuple[str, ...], i: int) -> bool:
    """``toks[i]``, right after the things a count counts, is what they do though jieba tags it no verb: a word jieba
    does not know (14个省份+抢通+保通, 33家企业+输华+资质), or a verb its dictionary tags a noun with a word after it
    (300个城市+部署+千兆宽带, 80多个国家和地区+交流+合作; not 5个城市试点 at the phrase's end, a noun there). Not a set
    phrase (jieba's l), which names things as often as deeds (30多家省市+有线电视+网络公司, 19所地方+高等学校). An unknown
    word is the deed only with its object after it, no verb and no end: a new noun is as often unknown (15个城市+绿道,
    60家企业+链主+牵头, 20家医院+医共体+建设: what is counted, its deed after it)."""
    if not words.tag(toks[i]) and HAN_CHAR.fullmatch(toks[i][:1]):
        return i + 1 < len(toks) and toks[i + 1][:1].isalnum() and words.tag(toks[i + 1]) not in _COMPOUND_VERB_TAGS
    return toks[i] in _DEEDS_TAGGED_AS_NOUNS and i + 1 < len(toks) and HAN_CHAR.fullmatch(toks[i + 1][:1]) is not None


def _listed_after(rest: str, names_stop: bool) -> str:
    """The thing listed first in ``rest`` (after a joiner): its words while they are a noun's or a modifier's, up to
    the last noun among them ("" where none, or where a quantity's word ends them: 重点步行街、商圈+客流量+同比,
    52个项目、总金额, a list of the quantities before a figure; "" also where ``names_stop`` and a name the lexicon
    lists comes first or ends the words read: 调研木|兰溪, a thing that runs into a name)."""
    item, end, quantity = "", 0, False
    toks = words.cut(rest[:_AFTER_REACH])
    for i, tok in enumerate(toks):
        tag = words.tag(tok)
        head = tok in _BODY_HEADS and item != ""  # 国家和国际|组织: a noun's head after a noun
        if tag not in _ITEM_TAGS and not head or tok in _SETTLING or tok in _ADVERBS or _WHOLE_SCOPE.fullmatch(tok) \
                or tok in _OWN_AMOUNTS or item and _deed_tagged_otherwise(toks, i):
            break  # 奥委会+全部+报名; 75个国家和地区及+全国+各地: a scope, no thing; 和+大量+物资: its own amount; 和地区+交流+合作
        if names_stop and LEX.names(tok, *_NAMED_TYPES):  # whatever jieba's tag (欧盟 j, 广元 nz, 中方 n)
            return ""  # 5个国家及+欧盟, 3支参赛队和+广元舰: a name jieba tags as a noun, added to the count, not counted by it
        # a quantity's word, unless a plain noun follows it, which it modifies (投资+机构)
        quantity = _is_quantity_word(tok) or quantity and tag not in _NOUN_TAGS
        item += tok
        end = len(item) if tag in _ITEM_HEAD_TAGS or head else end
    return "" if quantity else item[:end]


# What the things counted do at their clause's end (1000多家企业参展, 89个项目签约): patterns.toml deeds_after_count
_MANNERS = _alt(M['manner_before_deed'])  # 项目+成功+签约, 总部+正式+落户: how they do it
_DEED_AFTER_COUNT = re.compile(rf"(?:{_MANNERS})?(?P<deed>{_alt(M['deeds_after_count'])})(?=[，,。；;！？]|$)")
_MANNER_BEFORE_DEED = re.compile(f"(?:{_MANNERS})$")
_COUNT_TAIL = 3  # 多, 余, 以上 between the count and the noun it counts


def _with_deed_after(text: str, at: int, name: str) -> str:
    """``name``, what the count ending at ``at`` counts, with the deed that ends the clause right after it, which names
    them as the tuning gold does (1000多家企业参展 -> 参展企业, 89个项目签约 -> 签约项目); not where the name already says
    they attend (2000多家参展商参会: attendees) nor where more words follow the deed (企业参展商品). A word of how they do
    it the name ends with is dropped (155个项目成功签约 -> 签约项目)."""
    start = text.find(name, at, at + _COUNT_TAIL + len(name)) if name else -1
    if start < 0 or _ATTENDEES.match(name):
        return name
    deed = _DEED_AFTER_COUNT.match(text, start + len(name))
    manner = _MANNER_BEFORE_DEED.search(name)
    return deed.group("deed") + name[:manner.start() if manner else len(name)] if deed else name


# A round of projects right before their count (签约64个项目, 开工了450个重大项目): patterns.toml project_rounds
_ROUND_BEFORE_COUNT = re.compile(f"(?P<round>{_alt(M['project_rounds'])})了?$")
_PROJECTS = "项目"


def _with_round_before(before: str, name: str) -> str:
    """``name``, what a count of projects counts, with the round of projects the clause ``before`` it ends with, which
    names them as the tuning gold does (签约重大项目, 建成投产5G应用项目): 签约64个项目 -> 签约项目, 开工了450个重大项目
    -> 开工重大项目; not a count of other things (签约3家企业)."""
    done = _ROUND_BEFORE_COUNT.search(before) if name.endswith(_PROJECTS) else None
    return done.group("round") + name if done else name


# the words after a count that 等 closes examples before, up to the clause's or the phrase's end (a joiner, a mark,
# a figure, 的): the kind counted, where the walk after the count read none (口岸 jieba's place word, 硕 a morpheme, 大项
# a numeral: 赣州铁路港等4个开放口岸和…, 人工智能等15个硕博士专业; figl8 audit, session 24)
_KIND_AFTER_EXAMPLES = re.compile(rf"[^，,。；;、：:“”《》（()）\d的和及与]{{2,{_AFTER_REACH}}}")
_KIND_HEAD_TAGS = (*_NOUN_TAGS, "ns", "s", "ng", "j", "vn")  # what the kind ends with: a noun, a place word (口岸)
# …and the words of it before the head: a modifier, an adjective, a classifier or numeral (系列, A级, 大项), a
# morpheme (硕) or a word jieba does not know; not a verb, adverb or time word (房山区已有坡峰岭等6家A级景区+恢复,
# 10个试点城市+将+打造: the clause goes on)
_KIND_WORD_TAGS = (*_KIND_HEAD_TAGS, _MODIFIER, _ADJECTIVE, _CLASSIFIER_TAG, "m", "zg", "eng", "")


def _kind_after_examples(text: str, at: int) -> str:
    """The kind a count right after 等 counts, written after it (…、赣州铁路港等4个开放口岸 -> 开放口岸; 坡峰岭等6家A级景区
    恢复开放 -> A级景区, up to the clause's verb): the last example names one of them only. The words of a noun (a verb
    or an adverb opening it: 开放+口岸, 最新+科技成果), ending with one; none where a verb, an adverb or a time word comes
    first before no noun (工业和信息化部等12部委+今天: the walk was cut at the classifier's word), nor past an indicator's
    length."""
    run = _KIND_AFTER_EXAMPLES.match(text, at)
    toks = list(words.cut(run.group())) if run else []
    kind = []
    for i, tok in enumerate(toks):
        tag = words.tag(tok)
        # a verb or adverb opening it right before a noun (开放+口岸; 新技术等49项+最新+科技成果: figl9 audit, session 26)
        opening = i == 0 and (_is_verb(tok) or tag in _ADVERB_TAGS) and len(toks) > 1 and words.tag(toks[1]) in _KIND_HEAD_TAGS
        if tag not in _KIND_WORD_TAGS and not opening:
            break
        kind.append(tok)
    while kind and words.tag(kind[-1]) not in _KIND_HEAD_TAGS:
        kind.pop()  # 重点行业+稳+增长: the words after the head, no noun's
    name = "".join(kind)
    return name if 2 <= len(name) <= _LONGEST and HAN_OR_LATIN.search(name) else ""


def _with_items_after(text: str, at: int, name: str, unit: str) -> str:
    """``name``, what the count ending at ``at`` counts, with the things listed right after it, which the count covers
    together (130多个国家和地区 -> 国家和地区; 15000余所学校和幼儿园; 1171名孤老、孤儿、孤残人员): the tuning gold names
    such a count by its list (智能工厂、数字化车间 800家). Each listed thing (``_listed_after``) is two characters or more,
    with no figure in it or right after it (400多台大型机械、上千名工作人员) and no place's or body's name; none at all
    where one is not so, where people follow a count of machines (``unit``: 2000台机械和人员), where 等 closes the
    list (A、B等渠道: the kind after it is what is counted; also a few words after the last thing read) or 分别/各/均
    shares a figure out, nor after a quantity's name."""
    start = text.find(name, at, at + _AFTER_REACH)
    if start < 0 or not name or _is_quantity_word(words.cut(name)[-1]):
        return name  # 批发市场进货量、交易量: quantities listed, no things counted
    end = start + len(name)
    items = []
    # a name listed after a thing the count counts is another party (5个国家及欧盟代表); after a place word with no
    # noun (国内, 海外), the things share the head after the list, and a name there is its modifier (270项国内和欧盟专利)
    names_stop = words.tag(words.cut(name)[-1]) in _ITEM_HEAD_TAGS
    while True:
        joiner = _JOINER_AFTER.match(text, end)
        if joiner is None:
            break
        if _JOINT_IN_WORD.match(text, end - 1) or _JOINT_IN_WORD.match(text, end):
            return name  # 普及, 及时: a word's character, no list
        item = _listed_after(text[joiner.end():], names_stop)
        after = joiner.end() + len(item)
        if len(item) < _SHORTEST_LISTED or _FIGURE_AFTER_ITEM.get(joiner.group(), _DIGIT).match(text, after):
            # 26类重大风险、地方政府和企业48类: the list names the next figure's things; 19个援疆省市、中央有关部门和单位、
            # 新疆维吾尔自治区: the list goes on past what is read, with things the count does not cover
            return name
        if unit in _MACHINE_CLASSIFIERS and item.endswith(_PEOPLE_ENDS):
            return name  # 上百辆汽车和人员: 辆 counts the cars
        items.append(text[end:after])
        end = after
    if not items or _CLOSER_AHEAD.match(text, end) or _EACH_AHEAD.match(text, end):
        return name
    return name + "".join(items)


# a count of provincial-level regions with their kinds written out after 省 (31个省（区、市）, 11个省、市、自治区)
_PROVINCIAL_KIND = f"(?:{_alt(M['provincial_kinds'])})"
_PROVINCES_WRITTEN_OUT = re.compile(rf"省(?:[（(]{_PROVINCIAL_KIND}(?:、{_PROVINCIAL_KIND})*[)）]|(?:、{_PROVINCIAL_KIND})+)")


_QUOTE_MARKS = re.compile("[“”]")


_WORTH_WORDS = tuple(M["worth_words"])
_CURRENCY_ENDS = tuple(_CURRENCIES)  # 万元, 亿美元: a sum in any currency
_WORTH_OF = re.compile(r"(?:人民币)?(?:以上|左右)?的")  # 价值2亿元人民币的…, 价值1700亿美元以上的商品


def _things_worth(text: str, m: re.Match, th: Thresholds) -> str:
    """The things a figure of worth after 价值 is the worth of, named after its 的 (价值64万元的书籍、光碟 -> 书籍); ""
    where no 的 follows the figure (走私大米7784吨，价值3840万元: the quantity before's worth, read as before)."""
    of = _WORTH_OF.match(text, m.end())
    return _noun_phrase_after(text[of.end():of.end() + _AFTER_REACH], th) if of else ""


def _listed_after_own_thing(text: str, seen: list[tuple[re.Match, str]], m: re.Match, previous: Optional[str]) -> bool:
    """The count ``m`` is a list's next item after the count before it and the thing that count named right after
    itself (13位委员和2位一线救援人员, 695家生物医药企业和1500多家相关研发机构, 42个单位、1300多人参与): it counts a thing
    of its own, none of those (not 270个村中，124个恢复市电、90个获得应急电源: the villages, named before the list)."""
    if not previous or not seen or seen[-1][1] != previous:
        return False
    item = text[seen[-1][0].end():m.start()]
    return _JOINER_BEFORE.search(item) is not None and not any(c in _CLAUSE_ENDS for c in item) \
        and _QUOTE_MARKS.sub("", item).startswith(previous)  # 200多个国家“千人计划”专家、: the name as read


def _indicator(text: str, m: re.Match, unit: str, clause_start: int, previous: Optional[str], last_rate: Optional[str],
               last_growth: Optional[str], th: Thresholds) -> str:
    """What the figure counts: the noun after its classifier (753户规上工业企业),
    a share (占全省出口的比重为34.6%), a growth rate, else the noun phrase
    before it (a change in points: _points_indicator);
    ``previous`` is the sentence's last quantity, ``last_rate`` its last
    figure in % (a rate or a level), ``last_growth`` its last growth rate."""
    # 力争实现1000万游客互访: 万/亿 with no classifier and no quantity named before count the noun after
    # (not 机架总规模超过650万标准机架, a unit of the quantity before)
    # (after a conjunction the words before are another item's: 900多万开发者、4万多生态伙伴; not a sum
    # in 元 left unsaid, 1万亿财政赤字、1万亿抗疫特别国债, read below)
    ratio = None if unit or m.group("mult") else _unitless_before(text, m)
    if ratio and ratio.lastgroup == "ratio":  # 数据中心PUE值降到1.3以下, 将PUE压降至惊人的1.18: the ratio, whatever words of its level follow it
        return ratio.group("ratio")
    if ratio:  # 中国快递发展指数为140.8: the index, by the words of its name
        return _index_name(text[clause_start:ratio.end("index")])
    glued = _word_the_unit_opens(text, m, unit)
    if glued:  # 近14亿人口汇聚出…: the classifier is a noun's first character, the noun what is counted
        return glued
    jobs = _jobs_given(text, m, unit, clause_start)
    if jobs:  # 带动16万人实现本地就业: the jobs the verb gives, not the trade before it
        return jobs
    before = text[clause_start:m.start()]
    told = unit in _HEADCOUNT and _tells_cause_or_place(text[:m.start()])
    toll = _TOLL_AFTER.match(text, m.end()) if told else None
    if toll:  # 西藏境内已有20人遇难, 事故已造成30人死亡: those the verb names, not the place or the disaster before
        return toll.group()
    moved_after = _MOVED_AFTER.match(text, m.end()) if told else None
    if moved_after:  # 13.4万人受灾，9.6万人紧急避险转移: those moved, named as after a verb before them (转移避险人数)
        return _headcount_name(moved_after.group(), unit)
    before = _without_scope_opening(before)
    # 该中心服务器达到3000台: 服务器, not 中心服务器 (the pointer's kind names the body, not what is counted),
    # where a noun (of a counted thing's length) is left after it (该公司新开垦了2000多公顷农田 keeps what it read before)
    pointer = body_pointer(text, clause_start)
    if pointer is not None and pointer.start() <= clause_start + 1 and pointer.end() < m.start():
        after_pointer = text[pointer.end() + len(pointer.group(1)):m.start()]
        before = after_pointer if len(_noun_phrase_before(after_pointer)) >= th.min_counted_name else before
    more_or_less = _ADDED_MORE_OR_LESS.search(before)
    if more_or_less:  # 人民币贷款增加8.89万亿元，同比多增6879亿元: how much more the quantity grew than a year before
        # (人民币贷款同比多增, its basis as written: the tuning gold's name)
        quantity = _noun_phrase_before(before[:more_or_less.start()], verb_ok=False) \
            or (previous or "").removesuffix(_INCREASE)
        return quantity + more_or_less.group("basis") + more_or_less.group("word") if quantity else ""
    reached = _REACHES_PEOPLE.search(before)
    if reached:  # 惠及沿线70多万群众, 惠及1.9亿人次: who a deed reaches, not the quantity named before (12项便利措施)
        counted = _noun_phrase_after(text[m.end():m.end() + _AFTER_REACH], th, True, th.min_counted_name, unit)
        if len(counted) >= 2 and HAN_OR_LATIN.search(counted):
            return counted
        who = reached.group("who")
        scope = who == _ALONG_THE_LINE or bool(_WHOLE_SCOPE.fullmatch(who))
        # a count with no one named, no sum; after a scope only one of people (惠及沿线20个县: 县 read as before)
        if not who and (unit in _CLASSIFIERS or unit in _NOT_COUNTED_THINGS) or scope and unit in _NOT_COUNTED_THINGS:
            return _headcount_name(reached.group("verb"), unit)
    moved = _MOVES_PEOPLE.search(before) if unit in _HEADCOUNT and _NOTHING_NAMED_AFTER.match(text, m.end()) else None
    if moved:  # 当地已转移避险超过20万人: those moved, named by the verb (转移避险人数); not 紧急转移1万多名群众, named after
        return _headcount_name(moved.group("verb"), unit)
    another_item = before[-1:] in LIST_JOINERS and not _MONEY_NAMED_AFTER.match(text, m.end())
    mission = _MISSIONS_AFTER.match(text, m.end()) if unit == _ONCE else None
    if mission:  # 执行18次发射任务: the missions counted, named after the count
        return mission.group()
    if unit in _CLASSIFIERS or not unit and m.group("mult") and (
            another_item or not _noun_phrase_before(before, verb_ok=False)):
        counted = unit not in _NOT_COUNTED_THINGS and not _PARTITIVE.search(text, 0, m.start())
        provinces = _PROVINCES_WRITTEN_OUT.match(text, m.end()) if counted else None
        if provinces:  # 31个省（区、市）, 11个省、市、自治区: the provincial regions counted, as written
            return provinces.group()
        # where places or bodies are listed as examples before the count (国台办和国家发改委等29个部门+已经+公布…的31项
        # 措施: those who act), the walk back names none, and a clause after the count is one only where its first two
        # words are a noun and its verb (not runs_on in _opens_with_clause; figl8 audit)
        examples = before.endswith(LIST_CLOSER) and _noun_phrase_before(before, verb_ok=False, counted=True)
        named_examples = before.endswith(LIST_CLOSER) and not examples
        right = _noun_phrase_after(text[m.end():m.end() + _AFTER_REACH], th, counted, th.min_counted_name, unit,
                                   clause_runs_on=not named_examples)
        if _long_enough(right) and HAN_OR_LATIN.search(right):
            # 20.4万个村建立了…: the villages, a name of one character; a count listed after another's (9条园区道路、2个
            # 污水处理厂、标准化厂房: the things after it are listed apart, uncounted) names its first thing alone (not
            # 遍及130多个国家和地区, 我国与160多个…: a word's 及, a partner's 与)
            listed = another_item and _FIGURE_IN_ITEM.search(before[:-1]) is not None
            named = right if listed else _with_items_after(text, m.end(), right, unit)
            return _with_round_before(before, _with_deed_after(text, m.end(), named)) if counted else named
        # 南昌航空港、…、赣州铁路港等4个开放口岸: the kind after the count, not the last example, where the walk back
        # read the examples as things (not places or bodies, which act)
        kind = _kind_after_examples(text, m.end()) if counted and examples else ""
        if kind:
            return kind
        if unit in _CLASSIFIERS and _COUNTED_OWNERS.search(text, max(0, m.start() - _COUNTED_OWNERS_REACH), m.start()) \
                and not _ATTENDS.match(text, m.end()):
            # 来自16个国家和地区的783家展商参展: what the count after 的 counts follows it; the things counted
            # before 的 own them, named by neither (jieba tags 展商, 选手 verbs, so the walk after found no noun);
            # not those who attend (…的4.7万名参会嘉宾: the meeting's attendance, below)
            return ""
    named_after = _MONEY_NAMED_AFTER.match(text, m.end()) if unit in _MONEY or not unit and m.group("mult") else None
    if named_after and not unit and not _MONEY_QUANTITY.search(named_after.group(1)):
        named_after = None  # 1万亿抗疫特别国债, 3000万消费券: no quantity of money by its name, read as before
    if named_after:  # 安排180亿元农机购置补贴, 安排30亿专项资金 (元 left unsaid): the sum is named after it
        return named_after.group(1)
    acting = _money_head_acting(text, m.end()) if unit in _MONEY else None
    if acting and not _noun_phrase_before(before, verb_ok=False):  # 提供不低于300亿元授信支持…: the head names the sum
        return acting
    topic = _topic_before(text, clause_start) if unit != _MULTIPLE and not _noun_phrase_before(before, verb_ok=False) else ""
    if topic:  # 5G网络用户普及率，将从11%增至60%: the quantity the clause before names alone
        return topic
    fulfilled = _PLAN_FULFILLED.fullmatch(before) if unit == "%" and previous else None
    if fulfilled:  # 城镇新增就业694万人，完成全年目标的77%: the share of the plan for the quantity before
        return previous + _FULFILS + fulfilled.group("plan")
    if m.group("unit") == _TENTHS and previous and _MONEY_QUANTITY.search(previous) and _deed_of_members_after(text, m.end()) \
            and not _noun_phrase_before(before, verb_ok=False):
        # 平均研发投入超3000万元，超六成处于工业基础领域: the share of the members that do what follows, not of the sum named
        # before (a share after a count of them, 270个村接近六成恢复供电, is theirs: 村, read as before)
        return ""
    if unit == "%":
        granted = _granted_rate(before, text[m.end():])
        if granted:  # 对…智能家居产品给予15%的补贴, 减按15%的税率征收: the rate of the grant or levy named after it
            return granted
        speed = _speed_indicator(before, text[m.end():], previous)
        if speed:  # 旅游业以年均6%的速度增长: the growth rate of the quantity before 以
            return speed
        named = _share_indicator(before, previous, text[:clause_start]) or _rate_indicator(before, previous)
        if named:
            return named
    # 实现98%以上涉企事项和80%以上民生事项: after a conjunction the words before belong to another item
    count_or_share = unit == "%" or unit in _CLASSIFIERS
    left = "" if before[-1:] in LIST_JOINERS else _noun_phrase_before(before, verb_ok=not count_or_share, counted=count_or_share)
    per_base = _PER_BASE.search(before)  # 最低收购价提高到每50公斤118元: per a base amount, no figure (_is_ratio_base)
    per_share = left.startswith(_PER_SHARE) and left not in _PER_SHARE  # 每股盈利: a result per share (not 即每股0.17元)
    per_unit = per_base is not None or bool(_PER_UNIT.fullmatch(left)) and left in before and not per_share
    if per_unit:  # 收购均价稳定在每斤1.4元: a rate per unit is of the quantity before it, or after it (每年14万亩的绿化造林)
        left = _noun_phrase_before(before[:per_base.start() if per_base else before.rindex(left)], verb_ok=False)
    else:  # (3D打印设备、集成电路圆片、智能手表同比增长1至5倍: each one's rate; joined by 及, one quantity's)
        left = _with_items_before(text, m, before, left, th.min_counted_name,
                                  _JOINER_BEFORE if unit not in ("%", _MULTIPLE) else _JOINED_BY_AND)
    worth_word = next((w for w in _WORTH_WORDS if left.endswith(w)), None)
    worth = _things_worth(text, m, th) if worth_word and (unit.endswith(_CURRENCY_ENDS) or not unit and m.group("mult")) else ""
    if worth:  # 捐赠了价值64万元的书籍, 冻结俄罗斯央行价值约2000亿欧元的资产: the worth of the things after 的, not a bare 价值
        return worth + worth_word
    # after a quantity, the clause goes on about it (迈上1.4万亿斤新台阶); a size and 以上 after it
    # is a class of things by their size, no quantity (800公里以上航线燃油附加费, 1000平方米以上商业建筑须…)
    # (also after a sum of money: 落实奖补资金495亿元，10.2亿亩草场得到休养生息 measures the grassland, not the money)
    if unit in _MEASURED_UNITS and not left and (not previous or _MONEY_QUANTITY.search(previous)) \
            and m.group("tail") not in _BOUNDS:
        measured = _measured_thing_after(text[m.end():m.end() + _AFTER_REACH], before)
        if measured:
            return measured
    contributed = _contributed_share(text, m, before, left, th) if unit == "%" else ""
    if contributed:  # 中小企业贡献了全国50%以上的税收: the share of what follows 的, no contribution
        return contributed
    whole_share = _share_of_whole_after(text, m, left, th) if unit == "%" and left in _WHOLES else ""
    if whole_share:  # 我国建成了全球43%的“灯塔工厂”: the share of the whole's things that the subject holds
        return whole_share
    # 实现98%以上涉企事项…: the share of what follows; 发行5000亿元特别国债: what a verb alone before the figure acts on
    if (unit == "%" or per_unit) and not left or words.is_function_word(left):
        right = _noun_phrase_after(text[m.end():m.end() + _AFTER_REACH], th)
        if right in _MILESTONES:  # 外贸进出口1.05万亿元，…首次突破万亿元大关: a mark the quantity before passed
            return previous or ""
        if len(right) >= 2 and HAN_OR_LATIN.search(right):
            return (_share_of_members(text, m.end(), right) if unit == "%" else "") or right
    if unit == "倍" and previous and (not left or _GROWTH_WORD_ONLY.fullmatch(left)):
        return previous + "增速"
    if previous and _COMPARED.search(before):  # 吞吐量263.95万标箱，较去年同期增加28.55万标箱: the quantity's increase
        return previous + _INCREASE
    change = _CHANGE_ONLY.fullmatch(before.strip(" ，,"))
    if previous and change:  # 移动用户数达4.02亿户，当月净增79万户 (净减少7万户): the quantity's change in that period
        # 全年 is the figure's year, which its year says (全年净增4315万户 -> 移动电话用户净增); 当月, 当年 tell two apart
        return _without_count_word(_CHANGE_AFTER.sub("", previous)) + change.group("change").removeprefix(_WHOLE_YEAR)
    if previous and left in _BARE_TOTAL:  # 全国电话用户净增3707万户，总数达到19亿户: the total of the quantity before
        return _without_count_word(_CHANGE_AFTER.sub("", previous)) + left
    passing = _CLASS_PASSING_BAR.search(before) if len(left) < 2 or left in _BOUNDS else None
    if passing:  # 村集体经济收入超过10万元的村达到153个: a thing of one character (村) is named by the bar it passes
        # (…在800毫米以上的县有60个: jieba leaves 以上 as the phrase before the count)
        return _STRIP_LEFT.sub("", passing.group("cls"))
    bare_rate = _BARE_RATE.fullmatch(left) if unit == "%" and previous else None
    if bare_rate:  # 成交额达到806亿元，…，增幅14.3%: a rate word alone is the rate of the quantity before
        # 年复合增长率 (jieba may leave 增长率 alone the name): compound, a yearly average
        compound = bare_rate.group("compound") or _COMPOUND + left in before
        basis = bare_rate.group("basis") or (_YEARLY[0] if compound else "")
        quantity = _YEAR_ON_YEAR_END.sub("", _RATE_SUFFIX.sub("", previous.removesuffix(_INCREASE)))
        return quantity + ("" if basis in _PLAIN_BASES else basis) + "增速"
    if _SAME_PERIOD.fullmatch(left):  # 比去年同期增长2.2%, 恢复到去年同期的90%: a period compared with, no quantity
        return previous or "" if _LAST_YEAR_LEVEL.search(before) else ""
    return _contribution_indicator(text, m, before, left) or _per_head(before, left, previous) \
        or _head_with_its_clause(before, left) or left or ("" if per_unit else previous or "")


_CONTRIBUTION_HEAD = re.compile(f"(?:{_alt(M['contribution_heads'])})$")
_CONTRIBUTION_VERBS = tuple(M["contribution_verbs"])  # in the file's order: the first that ends the words wins, whatever the hash seed
_DONE = "了"  # the aspect particle after a verb (贡献了)
_CONTRIBUTION_LEAD = "对"
# 两个|行业对…贡献率: a count in characters from two on (一个 is "a", 光我们中国一个国家: no pointer)
_COUNTED_CONTRIBUTORS = re.compile(f"[{''.join(d for d, n in _CN_DIGITS.items() if n > 1)}十几]个$")
_CONTRIBUTING_TAGS = ("v", "vn")  # jieba's tags of a verb the noun walk leaves after what contributes (科技|创新, 单产|提升)
_LONGEST_CONTRIBUTION = 24  # characters from 对 to the head's end (对武汉全市规模以上工业生产增长的贡献率: 18)


def _contribution_indicator(text: str, m: re.Match, before: str, left: str) -> str:
    """A contribution head (patterns.toml contribution_heads) after 对 and the whole it is to is named as written
    from what contributes, the noun phrase before 对 in its clause (最终消费支出对经济增长的贡献率为61.7%) with the things
    listed before it that contribute together (科技、信息产业对…, 工业和信息化领域对…), or from 对 where the clause names
    none (…，对经济增长的贡献率超过50%). Nothing from the clause before, whose quantity may be what contributes
    (数字经济增加值同比增长21.8%，对经济增长的贡献率…) or another (a share: 战略性新兴产业占规上工业比重达56.2%，
    对全市工业增长贡献率…): 对, the whole and the head name the figure without that guess."""
    if not left or not _CONTRIBUTION_HEAD.search(left):
        return ""
    end = before.rfind(left)
    lead = before.rfind(_CONTRIBUTION_LEAD, 0, end + 1) if end >= 0 else -1
    if lead < 0 or end + len(left) - lead > _LONGEST_CONTRIBUTION or _PUNCTUATION.search(before[lead:end]):
        return ""
    head = before[:lead]
    contributor = _noun_phrase_before(head, verb_ok=False) if lead else ""
    at = head.rfind(contributor) if contributor else -1
    if at >= 0 and head[at + len(contributor):] \
            and all(words.tag(tok) in _CONTRIBUTING_TAGS for tok in words.cut(head[at + len(contributor):])):
        contributor = head[at:]  # 科技|创新对…, 单产|提升对…: the act of the thing contributes, kept as written
    counted = _COUNTED_CONTRIBUTORS.search(head, 0, at) if at > 0 else None
    if counted:  # 两个|行业对…: the count, written in characters, points back to the things named before; kept as written
        contributor, at = head[counted.start():at] + contributor, counted.start()
    if contributor and head.endswith(contributor):
        contributor = _with_items_before(text, m, head, contributor, _SHORTEST_LISTED)
    return contributor + before[lead:end + len(left)]


def _without_scope_opening(before: str) -> str:
    """The words before a figure less a scope word opening the clause alone (当地引入30多架无人机, 全县净增10万吨竹材):
    it names the place that owns the figure, not what is counted, which follows the figure then; a scope word
    inside a noun (国内生产总值, 全区域) or with a noun of its own after it (全县地区生产总值) stays."""
    scope = _PLACED.match(before)
    if scope and _noun_phrase_before(before, verb_ok=False) == scope.group():
        return before[scope.end():]
    return before


_WHOLES = set(M["rank_wholes"])  # 全国, 全球, 世界, 全省 …: a whole the subject ranks in, or holds a share of
_OF_AFTER_SHARE = re.compile(rf"(?:{_alt(sorted(_BOUNDS))})?的")  # 全球70%以上的绿色船舶订单


_INSTRUMENT_BEFORE = re.compile(r"以[^，,；;。]*的$")  # 以…的: what a deed is done with (以全省2%的土地贡献了…)


def _contributed_share(text: str, m: re.Match, before: str, left: str, th: Thresholds) -> str:
    """A share after a contribution verb (patterns.toml contribution_verbs), a whole word or none between, and 的 and a
    quantity after it (外资企业贡献了全市20%的税收, 贡献了9.6%的营业收入): the contributors' quantity's share of the whole
    (外资企业税收占全市比重), or its share (营业收入占比); the contributors are the phrase before the verb, if any (after
    a clause's figure, …个体工商户数量超过7000万户，贡献了…, none: which the text adds up is not said)."""
    verb = next((v for v in _CONTRIBUTION_VERBS if left.endswith(v)), "")
    of = _OF_AFTER_SHARE.match(text, m.end()) if verb else None
    whole = before[before.rfind(verb) + len(verb):].lstrip(_DONE) if of else ""
    if of is None or whole and whole not in _WHOLES:
        return ""
    things = _noun_phrase_after(text[of.end():of.end() + _AFTER_REACH], th)
    if len(things) < 2 or not HAN_OR_LATIN.search(things):
        return ""
    contributors = left[:-len(verb)]
    if _CONTRIBUTION_LEAD in before[:before.rfind(verb)]:
        return ""  # 消费对经济增长贡献了65%的份额: a contribution to what follows 对, named as written (_share_indicator)
    at = before.rfind(left)
    if at > 0 and _INSTRUMENT_BEFORE.search(before, 0, at):
        contributors = ""  # 以全省2%的土地贡献了全省20%的工业增加值: what they contribute with, not who (session 31, review rvle)
    return f"{contributors}{things}占{whole}比重" if whole else contributors + things + _SHARE_MARK + "比"


def _share_of_whole_after(text: str, m: re.Match, whole: str, th: Thresholds) -> str:
    """A share written after the whole it is of and before 的 and the things it counts (我国拥有全球61%的人工智能专利,
    承接了全球70%以上的绿色船舶订单, 建成了全球43%的“灯塔工厂”): X占全球比重, as a share written 占全球 is named; the
    whole alone names nothing counted."""
    of = _OF_AFTER_SHARE.match(text, m.end())
    if of is None or _SPEED_AFTER.match(text, m.end()):
        return ""  # 远远超过世界2.6%的增长速度: the whole's own rate, no share of it
    things = _noun_phrase_after(text[of.end():of.end() + _AFTER_REACH], th, counted=True)
    return f"{things}占{whole}比重" if len(things) >= 2 and HAN_OR_LATIN.search(things) else ""


_MODIFIED_HEADS = set(M["modified_heads"])
_CLAUSE_BEFORE_HEAD = re.compile(rf"(?:^|(?<=[，,；;。：:]))(?P<clause>[^，,；;。：:、“”\d的]{{2,{_LONGEST + 4}}})的(?P<head>{_alt(M['modified_heads'])})"
                                 rf"(?:{_alt(sorted(_COUNT_WORDS))})?[^，,；;。：:\d的]{{0,6}}$")
# jieba's tags of a conjunction, an adverb and a pronoun or determiner: what opens a clause before the head and is
# none of its name (而, 此次, 本次, 每年); not a time word (半年GDP超过万亿的省份: the half-year's GDP) nor an ordinal
# (第三届+进博会签约…: the event would be left in the name)
_OPENING_TAGS = ("c", "d", "r")
_PER_PERIOD = "每"  # …but 每年 (a pronoun to jieba) says the count is a year's: 每年开发设计的产品 keeps it
_TARGET_MODALS = set(M["modals_before_head"])


def _head_with_its_clause(before: str, name: str) -> str:
    """A generic head (modified_heads) whose clause the text writes before it with 的 is named with the clause:
    参与联合惩戒的部门从21个…, 设立老年医学科的比例达到60%; the clause must hold a verb (江苏有线的净利润: a
    possessor, no clause) and name no figure; scope and time words opening it are stripped (我国被篡改的网站数量)."""
    if name not in _MODIFIED_HEADS:
        return ""
    written = _CLAUSE_BEFORE_HEAD.search(before)
    if not written or written.group("head") != name:
        return ""
    toks = list(words.cut(_STRIP_LEFT.sub("", written.group("clause"))))
    aim = _TARGET_MODALS & set(toks)  # before the opening words go: 今年底+将+实现 keeps its modal
    while toks and words.tag(toks[0]) in _OPENING_TAGS and not toks[0].startswith(_PER_PERIOD):
        toks.pop(0)  # 而+有这款中成药生产资质的企业, 此次+开工的项目, 本次+集中签约的项目: none of the name
    clause = "".join(toks)
    if len(clause) < 2 or LEX.names(clause, "Region", "Organization") or aim \
            or not any(words.tag(tok) == "v" for tok in toks):
        return ""  # (今年底将实现具备条件的乡镇100%…: after a modal the head is the object of the verb, no clause's)
    return clause + _OF + name


_PREDICATE_AFTER_HEAD = re.compile(rf"的(?P<head>{_alt(M['modified_heads'])})(?:{_alt(M['members_share_adverbs'])})*"
                                   rf"(?P<deed>[^，,；;。：:、“”的]{{2,{_LONGEST}}}?)(?=[，,；;。：:]|$)")
_FIGURE_IN_DEED = re.compile(r"\d(?![A-Za-z\d])")  # a figure, not 5G
_MEMBERS_SHARE = M["members_share_word"]
_SPEECH_WORDS = set(LEX.patterns["relation"]["speech"])  # 60%的企业认为，…: what they say follows the comma


def _share_of_members(text: str, end: int, name: str) -> str:
    """A share written before a generic head with 的 and the head's predicate after it, to the clause's end
    (全国97%的乡镇有了快递网点): the members that do it and their share, 有了快递网点的乡镇占比; no figure in the
    predicate (95%的企业营收增长10%: the growth is a figure of its own), a verb in it, and not a verb of speech alone
    (60%的企业认为，营商环境…: what they say is the next clause)."""
    written = _PREDICATE_AFTER_HEAD.match(text, end)
    if not written or written.group("head") != name:
        return ""
    deed = written.group("deed")
    if deed in _SPEECH_WORDS or _FIGURE_IN_DEED.search(deed) or not any(words.tag(tok) == "v" for tok in words.cut(deed)):
        return ""
    return deed + _OF + name + _MEMBERS_SHARE


# 每万人拥有5G基站数达22.78个, 每千人口医师数达到3.4人, 每万人口高价值发明专利拥有量达到57.9件: a count per so many
# people, no count of the things (the tuning gold names it 每万人拥有5G基站, as written); the base in people named
# by their group too (每万名工人配套使用机器人数量, a province's robot plan in the 新闻联播 items; 工业机器人密度达到每万名
# 员工X台 as robot density is reported), and in 十万/百万 (每十万人口, 每百万人)
_PER_HEAD = re.compile(rf"每[一十百千万]{{1,2}}(?:名?(?:人口?|户)|名(?:{_alt(M['per_head_groups'])}))(?:拥有|有)?")


def _per_head(before: str, name: str, previous: Optional[str]) -> str:
    """The name of a count per head, the base kept before it (jieba may cut 每万人|口 or 每万名|工人 into the
    name); a thing named short after its quantity (5G基站累计达9.3万个，平均每万人拥有基站26.7个),
    or not named (…6.3万个，平均每万人28.9个), is that quantity's; a base right before the figure, after
    what the clause names (人口普及率升至每百人119.2部, 机器人密度达到每万名工人392台), is the unit of that
    quantity's level, which is the name. "" where the name has no base."""
    at = before.rfind(name)  # no name: the base, if any, ends the words before the figure (全市每万人28.9个)
    if at < 0:
        return ""
    # the base that opens the name, jieba's cut inside it or right before it, or that ends it (平均每万人); not
    # one inside it after words of the name's own (内地每万人口发明专利拥有量: read as before, nothing dropped)
    bases = [b for b in _PER_HEAD.finditer(before) if b.start() < at <= b.end() or at < b.end() and b.end() >= at + len(name)]
    if not bases:
        return ""
    base = bases[-1]
    thing = _without_count_word(before[base.end():at + len(name)])
    # the quantity before, where it is no count per head itself (城镇居民每百户拥有家用汽车45.1辆，农村居民每百户
    # 拥有家用汽车30.2辆: not 每百户拥有每百户拥有家用汽车)
    whole = previous if previous and not _PER_HEAD.search(previous) else None
    if thing:
        if whole and len(thing) < len(whole) and whole.endswith(thing):
            thing = whole
        return base.group() + thing
    named = _noun_phrase_before(before[:base.start()], verb_ok=False)
    if named:  # 人口普及率升至每百人119.2部: the level of the quantity the clause names
        return named
    return base.group() + whole if whole else ""  # 5G基站总数达到6.3万个，平均每万人28.9个: the quantity before's


_UNIT_LED_NOUNS = set(M["unit_led_nouns"])


def _word_the_unit_opens(text: str, m: re.Match, unit: str) -> str:
    """The people a count of them names by a noun its classifier opens (14亿人口, 4亿人群, 13亿多人民:
    jieba cuts the noun whole), which is what the figure counts; not a bar a class of things passes
    (50万人口以上城市), nor a longer word (人民币)."""
    if not m.group("unit") or m.group("tail"):
        return ""
    word = words.cut(text[m.start("unit"):m.start("unit") + words.CONTEXT_AROUND])[0]
    if word in _UNIT_LED_NOUNS and not text.startswith(_BOUNDS, m.start("unit") + len(word)):
        return word
    return ""


_MEASURED_NOUN_TAGS = ("n", "nz", "nt", "ng", "eng")
_BOUND_TAGS = ("q", "m", "zg", "k")  # a classifier, numeral or bound morpheme: the word goes on (荔枝|园, 互花|米草)
_HAN_WORD = re.compile(f"[{CJK}]+")
_DIMENSION_WORDS = {*M["dimensions"], *M["dimensions_adjoining"]}
_CLAUSE_ENDS = {"，", ",", "；", ";", "。", "！", "？"}
_EXISTS = "有"


# a clause that opens with the change a quantity named before it goes through (将从11%增至60%, 由7%提高到10%)
_CHANGE_FROM = re.compile(r"(?:将|已|预计|计划)?(?:从|由)")
_TOPIC_HEADS = tuple(M["topic_heads"])
_TOPIC_HEAD_LONGEST = max(map(len, _TOPIC_HEADS))
_TOPIC_COMMAS = "，,：:"
_SHARE_OF = re.compile("占(?!比)")  # 占规模以上工业总产值比重 (not 占比, a share word of its own)
_MULTIPLE = "倍"  # a multiple (赔偿数额，由三倍以下提高到五倍以下) is a rule's bound, no topic's level


def _multiple_of_base(text: str, clause_start: int, m: re.Match, unit: str, indicator: str) -> bool:
    """A multiple named by its base (网络速度预计达到5G的10倍到100倍, 投标总量…为发行量的3.4倍, 相当于4G理论网速的60倍):
    the quantity it measures is another, no figure of the base; unless the clause names that quantity as it names the
    base (两年多时间的接入量相当于过去多年累计接入量的两倍, 全省人均GDP达到全国人均GDP的1.5倍): the same quantity
    of another time or place, and the name is right for the figure."""
    if unit != _MULTIPLE:
        return False
    before = text[clause_start:m.start()]
    base = re.search(rf"{re.escape(indicator)}的(?:[近约超]?[\d.]+倍?(?:到|至|—|-|~))?[近约超过]{{0,2}}$", before)
    return base is not None and indicator not in before[:base.start()]
_TOPIC_OPENS = re.compile(r"[，,；;。：:●·\n]")


def _topic_before(text: str, clause_start: int) -> str:
    """The quantity a clause names alone, as a topic, before the comma that
    opens the figure's clause with 从/由 (5G网络用户普及率，将从11%增至60%;
    ●5G网络用户普及率：从2020年的11%，增加到…): what changes, though the
    figure's own clause names it not."""
    if clause_start < 2 or text[clause_start - 1] not in _TOPIC_COMMAS or not _CHANGE_FROM.match(text, clause_start):
        return ""
    opens = max((o.end() for o in _TOPIC_OPENS.finditer(text, 0, clause_start - 1)), default=0)
    topic = text[opens:clause_start - 1].strip()
    if _SHARE_OF.search(topic):
        return ""  # 新兴产业产值占工业总产值比重，由…: a share of a whole, which _share_indicator names
    phrase = _noun_phrase_before(topic, verb_ok=False)  # 千兆宽带用户 of 千兆宽带用户占比: the share word follows it
    at = topic.rfind(phrase) if phrase else -1
    named = topic[at:] if at >= 0 else ""
    return named if named.endswith(_TOPIC_HEADS) and len(named) - len(phrase) <= _TOPIC_HEAD_LONGEST else ""


def _measured_nouns(toks: tuple[str, ...]) -> list[str]:
    """The nouns opening ``toks`` by jieba's dictionary tags, the first also a Chinese word it
    found by HMM (春棉); a predicate it tags a noun is taken too (农作物|被淹, 早稻|正值|灌浆),
    for _measured_thing_after's clause test to drop. Not a localizer, which jieba tags a noun
    (内) or glues to the next word (内有), nor an adverb it tags a noun (秋粮|全部)."""
    nouns: list[str] = []
    for tok in toks:
        tag = words.tag(tok)
        unknown_han = not tag and not nouns and _HAN_WORD.fullmatch(tok) and tok[0] not in _LOCALIZERS
        if not unknown_han and (tag not in _MEASURED_NOUN_TAGS or tok in _LOCALIZERS or tok in _ADVERBS):
            break
        nouns.append(tok)
    return nouns


def _measured_thing_after(after: str, before: str) -> str:
    """What a length or area opening its clause measures: the nouns right after its unit
    (8000多公里高速公路, 462万亩高标准农田建设全面展开 -> 高标准农田). Not a thing past a
    modifier (1公里出自他带领的企业), before a localizer (400公里太空轨道上, 20公里范围内:
    a place) or a superlative (3046公里世界最长…), or cut from a longer word (2000亩荔枝园),
    nor a dimension (350公里时速); nor, where no verb ``before`` the figure makes the nouns
    its object, nouns running to the clause's end: they hold its predicate, words jieba tags
    nouns (195.2万亩早稻正值灌浆结实期，, 1459万亩晚稻稳产丰产。); nor, after 有, nouns a
    predicate follows: the part of them it is true of (今年将有10亿亩农田真正实现旱涝保收,
    已有约1.4万公顷农作物受损), not all of them."""
    toks = words.cut(after)
    nouns = _measured_nouns(toks)
    stop = toks[len(nouns)] if len(nouns) < len(toks) else ""
    if stop and (stop[0] in _LOCALIZERS or words.tag(stop) in (_LOCALIZER, _ADJECTIVE, *_BOUND_TAGS)):
        return ""
    if stop in _CLAUSE_ENDS:
        if not any(_is_verb(tok) or tok in _PREDICATES for tok in words.cut(before)):
            return ""
    elif before.endswith(_EXISTS) and stop not in LIST_JOINERS:
        return ""
    thing = "".join(nouns)
    return thing if len(thing) >= 2 and thing not in _DIMENSION_WORDS else ""


_LAST_YEAR = f"上年|{_LAST_YEAR_WORD}|上一年"
# …with a period other than a year (疫情前同期, 2019年春运同期) and the verb of returning to it, on a basis
# (按可比口径恢复至疫前同期的98.7%: the walk back stops at 按)
_SAME_PERIOD = re.compile(rf"(?:(?:可比)?口径)?(?:恢复)?[至到]?(?:\d{{4}}年|{_LAST_YEAR}|常年)?(?:{_COMPARED_PERIOD})?同期的?")
# 营业收入3725.97亿元，同比增长5.0%，上年同期为3549.44亿元: the quantity's level a year before
_LAST_YEAR_LEVEL = re.compile(rf"(?:{_LAST_YEAR})同期(?:为|是|达到?)$")
_FROM_LAST_YEAR = re.compile(rf"[从由](?:{_LAST_YEAR})(?:同期|年?底|年?末)?的?$")  # 由上年的15.2%, 从去年底的…
# 从“十二五”时期的…, 从现在的90%, 从成立初期的14.3%, 从当时的13人: a from-level dated in its own phrase
_FROM_DATED = re.compile(f"{PLAN_PERIOD.pattern}|{_alt(M['now'])}|{_EARLY_DAYS}|当时")


_PER_UNIT = re.compile(rf"(?:每{_PER_WORD}{{1,3}})+")  # 每斤, 每万人, 每人每年: what a figure is per, no quantity
_PER_BASE = re.compile(rf"每\d+(?:\.\d+)?{_PER_WORD}{{1,3}}$")  # 每50公斤
_INCREASE = "增量"  # 较去年同期增加28.55万标箱 after 吞吐量 is 吞吐量增量
_GROWTH_WORD_ONLY = re.compile(r"(?:同比)?(?:增长|提升|增速|下降|降幅)?")  # 增长2.3倍 after a quantity: its growth
# …and over a period, the year's word before it no word of the name (今年前5个月累计净增3667万户 after 单月净增704万户:
# 5G套餐用户前5个月累计净增, not the month's name again; operators' monthly data, figl9 audit, session 26)
_CHANGE_ONLY = re.compile(rf"(?:(?:今年|本年)(?={_PERIOD}))?"
                          rf"(?P<change>(?:{_PERIOD}|单月|当年|本年|全年|今年)?(?:累计(?=净))?(?:净增|净减少?|新增))")
_WHOLE_YEAR = "全年"
_BARE_TOTAL = ("总数", "总量")  # a total that names no quantity: the one the sentence counted last
_NET_DECREASE = re.compile(r"净减少?$")  # 当月净减少7万户: a net change of -7万 (as the tuning gold writes it)
# 固定电话用户减少665.1万户，…, 汽油每吨降低250元，…: a quantity's fall written right after it, the clause ending with
# its figure (not 减少7000辆次油罐车运营, what a measure saves, named after it; 比年初减少 is the quantity's increase, _INCREASE);
# a basis between them too (贸易逆差同比减少620.9亿元, 每百元主营业务收入中的成本同比下降0.35元: a fall, as annotation.md signs it)
_DECREASED_BY = re.compile(rf"(?<=[{CJK}])(?:(?<![比较])|(?<=[同环]比))(?:{_alt(M['falls_by'])})了?$")
_ENDS_CLAUSE = re.compile(r"\s*(?:[，,；;。！？）)]|$)")
_CHANGE_AFTER = re.compile(f"(?:{_CHANGE_ONLY.pattern})$")  # …，当年净增: of the quantity, not of its monthly change
_POINTS = ("个百分点", "百分点", _INDEX_POINT)  # …and an index's points (较上月回升0.7点), read as a rate's
_RATE_LIST_UNITS = ("%", "倍", "")  # a list of growth figures in these (or bare) is of rates, named 增速


# 减少二氧化碳排放1.42亿吨, 计划减少农村贫困人口110万, 压减粗钢产能602万吨, 累计降低全社会物流成本近9000亿元: a verb of
# cutting right before the quantity, the figure right after it (its qualifier between), is the amount cut, named with the
# verb as the tuning gold names 减免租金 (the quantity itself did not reach the figure)
# (降低了物流成本120亿元: 了 after the verb, left out of the name)
_CUT_BY = re.compile(rf"({_alt(M['falls_by'] + M['cut_verbs'])})了?$")
_APPROXIMATE = _alt(M["approximations"])  # 约, 近, 超过, 超, 逾: before a figure, how near its value is
_QUALIFIER_BEFORE = re.compile(rf"(?:{_APPROXIMATE}|达到?|共计?|累计)*$")


def _cut_by(text: str, a: int, m: re.Match, unit: str, indicator: str) -> str:
    """The name of a figure that a verb of cutting right before its quantity gives (减少二氧化碳排放1.42亿吨 ->
    减少二氧化碳排放), else ``indicator``; not in % (减少碳排放20%: a rate, read as before)."""
    before = text[a:m.start()]
    before = before[:_QUALIFIER_BEFORE.search(before).start()]
    if unit == "%" or unit in _POINTS or len(indicator) < 2 or not before.endswith(indicator) \
            or indicator in _HEADS_NAMED_BY_VERB:
        return indicator  # (共降低大|约4000亿元: 大 of 大约 is no quantity; 红树林减少面积: a bare head the verbs before it name, read above)
    verb = _CUT_BY.search(before, 0, len(before) - len(indicator))
    return verb.group(1) + indicator if verb else indicator


def _rate_named(quantity: str, growth_rate: bool) -> str:
    """A listed figure's name: the quantity's growth rate (营业收入增速) where the list is of rates, unless the
    quantity is itself a rate (增长率) or unnamed; else the quantity."""
    return quantity + "增速" if growth_rate and quantity and not _IS_RATE.search(quantity) else quantity


# A rate's gap to another's as written -> the word the tuning gold names it with and the
# gap's sign (低于…4.3个百分点 is -4.3): 高于全部规模以上工业2.4个百分点 (超出 and 高出 say 高于: 高出全行业整体增速
# 3.4个百分点, 高出全部固定资产投资8.8个百分点 were named as a change, X增速变化; prec10 audit)
_GAP_WORDS = {"高于": ("高于", 1), "超出": ("高于", 1), "高出": ("高于", 1), "快于": ("快于", 1), "低于": ("低于", -1),
              "慢于": ("慢于", -1)}
_LEAD = "领先"  # 领先第二名: a lead over a rival, left
_GAP = re.compile(rf"(?P<word>{_alt([*_GAP_WORDS, _LEAD])})了?(?P<other>[^，,；;。]*)$")
# 比同期工业投资增速高8.2个百分点: the same gap, its word's first character (not 比上年提高, 比前三季度加快: a change);
# 比全部投资高出4.9个百分点 (高出 with the other before it)
_GAP_THAN_WORDS = {w[0]: named for w, named in _GAP_WORDS.items() if w.endswith("于")}
# what makes 比 a word of its own, no comparison: a share word it opens (比重, 比例: patterns.toml share_words) or 比较
_NOT_THAN_AFTER_BI = f"[{''.join(w[1] for w in M['share_words'] if w.startswith('比'))}较]"
_GAP_THAN = re.compile(rf"(?<![占])比(?!{_NOT_THAN_AFTER_BI}|{_PERIOD})(?P<other>[^比，,；;。\d]{{2,16}}?)(?<![提降升增减加放])"
                       rf"(?P<word>[{''.join(_GAP_THAN_WORDS)}])(?:(?<=高)出)?了?$")  # not 比重, 占比
# 上年同期, 去年, 上月, 前三季度: the rate itself then (同期工业: another's; 上海: a place)
_EARLIER_PERIOD = re.compile(rf"\s*(?:{_LAST_YEAR}|上(?:月|季度|半年|一季度)|前(?:[一二三]季度|\d+个?月|[两三四五六七八九十]{{1,2}}个月))|\s*同期$")
# 低于去年同期(的水平): what may follow the earlier period in a change since then (not 上年同期和全国平均水平, a list)
_SINCE_REST = re.compile(r"(?:同期)?(?:的?水平)?\s*")
_LEVEL_TAIL = re.compile(r"的?水平$")  # 低于去年同期水平: the period's rate, named by the period
_OTHER_RATE = re.compile(rf"^同期的?|(?:的)?(?:平均)?(?:{_alt(M['rate_words'])}|增长)$")
def _in_points(text: str, m: re.Match) -> bool:
    return m.group("unit") in _POINTS or m.group("unit") in ("个", None) and bool(_POINTS_LISTED.match(text, m.end()))


# 分别提升15.5个和38个百分点, 快4.2和3.4个百分点: a list of figures in points, its unit written once or in part
_POINTS_LISTED = re.compile(r"(?:[和、及与]\d+(?:\.\d+)?个?)*[和、及与]\d+(?:\.\d+)?个百分点")
_ACHIEVES = re.compile(f"(?:共)?(?:实现|完成)(?=(?:{_alt(M['quantities'])})$)")
_GROWTH_WORD = any_of(M['growth'])
# 同比增92.9%, 比上年增5.2%, 同比降1.9%, 环比增5.2% (statistics bureaus' and 通信管理局 releases): 增/降 alone after
# the basis is the growth verb; not elsewhere (新增, 增速 are other words). Its 降 is a fall (_SHORT_FALL).
# 按年 is Hong Kong's 同比 (company results as 中新社 and HK papers write them: 经营收入3771.24亿元，按年升2.97%),
# with 升 for 上升
_SHORT_BASES = ("同比", "环比", "上年", "同期", "去年", "按年")
_SHORT_GROWTH = f"(?:{'|'.join(f'(?<={b})' for b in _SHORT_BASES)})[增降涨跌升]"
_SHORT_FALL = re.compile(f"(?:{'|'.join(_SHORT_BASES)})(?:降(?![水雨雪温])|跌)")  # not 较常年同期降水偏多 (rain)
# 同比增长达107%, 增长达到30.8%, 年均增长达13.6%: the rate reached, as 增长了 (达 after a verb of growth whose object is
# a rate, patterns.toml growth_reaching_rate; not 提升至, 增加到, nor 提高达到45%, 上升达到90%: the level a share or
# ratio reached, no rate; prec11 audit: 8 rates of the 新闻联播 items, read as levels without it; rp11 review)
_GROWTH = re.compile(f"(?:(?:{_alt(M['growth'])}|{_SHORT_GROWTH})了?|(?:{_alt(M['growth_reaching_rate'])})达到?)$")
_DEGREE = "大幅|小幅"  # how far a quantity grew: in _RATE_BASIS, _COMPARED and _FROM_TO
_BASIS_WORDS = re.compile(r"两年平均|年均|环比")  # 两年 + 平均增速: a rate's basis stays with it
# 同口径 (on a like-for-like basis: 一般公共预算收入668亿元，下降1.8%（…，同口径增长8.1%）), a year-on-year rate as 同比 is
_PLAIN_BASES = ("同比", "同口径", "按年")
_PLAIN_BASIS = _alt(_PLAIN_BASES)
_GROWTH_NAME_END = re.compile(f"(?:{_alt(_GROWTH_WORDS)})$")
_RATE_BASIS_WORD = rf"{_PLAIN_BASIS}|{_BASIS_WORDS.pattern}"  # what a rate is against
_PLAIN_BASIS_END = re.compile(f"(?:{_PLAIN_BASIS})$")  # 地区生产总值同比 (分别增长…): the quantity is before it
# …and, where a rate's name is cut to its quantity (_quantity_of_growth), a basis of the year before written out too
# (民间投资同比增速, 投资比上年增速, 同比去年, 相比去年同期): the plain rate, said by its change as 同比增长 is;
# a basis other than the year before (较2019年同期, 环比, 年均, 较年初, 较上年末) stays
_YEAR_ON_YEAR_END = re.compile(rf"(?:{_PLAIN_BASIS}|(?:同比|[较比]|相比)(?:上年|去年)(?:同期)?)$")
_RATE_BASIS = re.compile(rf"({_RATE_BASIS_WORD})(?:{_DEGREE}|分别|均)?$")
# the basis and verb of a change: 同比, 环比 (against the month or quarter before: 中小企业发展指数为87.5，环比上升0.5点 ->
# 中小企业发展指数环比变化), 较上月…, 比上年… (not 比重)
_COMPARED = re.compile(f"([同环]比|(?:较|比(?!{_NOT_THAN_AFTER_BI}))[^，,；;。]{{1,8}}?)(?:{_DEGREE}|分别)?(?:{_alt(M['growth'])})了?$")
# 同比多增, 比去年同期多增, 同比大幅多增了: more (less) added than a year before, after the quantity or its figure
_ADDED_MORE_OR_LESS = re.compile(rf"(?P<basis>同比|(?:较|比)[^，,；;。]{{0,8}}?)(?:{_DEGREE})?(?P<word>{_alt(M['added_more_or_less'])})了?$")
# what stands between a share and its level: 为, 已达, 现已超过, 首超, 超过了, 达到了 (as speakers at press
# conferences say it: 绿色经济的占比达到了45%), 稳定在, 保持在, 在 (比重在10%左右), 高达, 约为 (约 the figure's
# qualifier, read with it), 分别为：, 接(近七成: the figure's 近 is its qualifier); not a change that reached it
# (占GDP比重进一步上升到24.5%: a name in full there lowered a check set's figures, taken back twice)
_SHARE_LEVEL = rf"(?:现?已经?|首次?|要|将|应|分别|{'|'.join(M['level_change_adverbs'])})?(?:大?约|高)?" \
               rf"(?:(?:{_LEVEL_VERB})了?|是|超|接|(?:稳定|保持)?在)?[：:]?"
# the words a share is named with (patterns.toml share_words): 比重 unless the text writes another (X占Y份额)
_SHARE_WORD, *_SHARE_WORDS_WRITTEN = M["share_words"]
_SHARE_WORDS = "|".join(M["share_words"])  # any of them, in a pattern
# 占Y的比重为, 占Y比为 (company results: 资本开支占通信服务收入比为22.8%), 在Y中占比为, 在Y中的比重超过了,
# 在Y中所占的比重 (在电信主营业务收入中所占的比重从…上升到72.33%), 占到Y的,
# 占全省近 (30%): the share of Y; 占比为, 占了: a share of no named whole
_SHARE = re.compile(rf"占(?:到了?|了)?([^，,；;。]{{1,16}}?)的?(?:{_SHARE_WORDS}|比(?=[为达是]))的?{_SHARE_LEVEL}$"
                    rf"|在([^，,；;。]{{1,16}}?)中(?:所?占)?的?(?:占比|{_SHARE_WORDS}){_SHARE_LEVEL}$"
                    rf"|占(?:到了?|了)?(?![有据领用地到了])([^，,；;。率比为达是份在%]{{1,16}}?)的?(?:{_APPROXIMATE})?$"
                    rf"|占比{_SHARE_LEVEL}$")
# 占同期手机出货量的76.2%, 产量占到总产量的90%: a share of the quantity's own total, named as 占比
_OWN_TOTAL = re.compile("同期|总")
_BASE_YEAR = re.compile(rf"\d{{4}}年(?:(?:{_COMPARED_PERIOD})?同期|底|末)?")  # 较2025年春节同期: a holiday that year
_RATE_SUFFIX = re.compile(rf"(?:较{_BASE_YEAR.pattern})?(?:{_BASIS_WORDS.pattern})?增速$")
# 比上年, 与去年同期相比, 同比去年: the basis (同 of 同比去年 is no part of the quantity)
_COMPARISON = re.compile(rf"(?:(?:同比|[较比])(?:[^，,；;。]{{1,8}}?|{_BASE_YEAR.pattern})|与[^，,；;。]{{1,10}}?相比)$")  # 较2025年春节同期
_IS_GROWTH = re.compile(f"(?:{_alt(M['rate_words'])})$")
_LEVEL_NAME = re.compile(f"(?:{_alt(M['level_words'])})$")  # a level in % whose change is in points (an index, 采购经理指数为50.1%, is a reading: left)
_IS_RATE = re.compile(f"(?:{_alt(M['level_words'] + M['rate_words'])})$")


def _share_indicator(before: str, previous: Optional[str], earlier: str = "") -> Optional[str]:
    """占Y的比重为x% and 在Y中占比为x% are X占Y比重 (X the quantity before,
    in the clause or the sentence); 占Y的x% is X占比. The share may be named in
    the clause before (占Y的比重最高，为x%), and 所占比重为x% is of the Y the
    sentence named last (``earlier``: the sentence before the clause). A
    share's change gives both its levels (占比由上年的15.2%提升至15.6%;
    比重较上年提升2.2个百分点，由47.5%扩大到49.7%)."""
    # 5G基站总数达454.9万个，比上年末净增29.8万个，占移动基站总数的35.7%: the level's share, not its increase's
    previous = previous.removesuffix(_INCREASE) if previous else previous
    change = _SHARE_CHANGE.search(before)
    if change is not None:
        before = before[:change.start()]
    share, part = _SHARE.search(before), False
    if share is None and _COPULA.fullmatch(before):
        share, before, part = _SHARE_BEFORE.search(earlier), earlier, True
    if share is None:
        own, wholes = _OWN_SHARE.search(before), _SHARE_WHOLE.findall(earlier)
        if own is None:
            return None
        base = _noun_phrase_before(before[:own.start()], verb_ok=False) or previous
        if not base:
            return None
        # 第三产业所占比重首次突破60%: no whole named before, a share of no named whole
        return f"{_without_value_word(base)}占{_short_form(wholes[-1])}比重" if wholes else base + "占比"
    base = _noun_phrase_before(before[:share.start()], verb_ok=False) or previous
    whole = share.group(1) or share.group(2) or share.group(3)
    if not base:
        # 东部地区占全国软件业务总收入的85.1%, 并首次实现占全港吞吐量的10%以上: the share of the whole named, of the
        # subject or of what the clause is about (was named by the whole alone, 软件业务总收入 = 85.1%; prec10 audit);
        # with the share word written (在全球算力规模中的份额分别为…: 占全球算力规模份额); not a bare scope without a
        # share word (以占全国3.7%的土地面积: the quantity follows the figure)
        scope_only = share.group(3) is not None and _WHOLE_SCOPE.fullmatch(whole) is not None
        word = next((w for w in _SHARE_WORDS_WRITTEN if w in share.group()), _SHARE_WORD)
        return f"占{_short_form(whole)}{word}" if whole and not _OWN_TOTAL.match(whole) and not scope_only else None
    if previous and _WHOLE_SCOPE.fullmatch(base) and not any(share.groups()):
        return f"{previous}占{base}比重"  # 5G用户达5.61亿户，全球占比超60%: the scope before 占比 is the whole
    if previous and base in _BARE_TOTAL:  # 已建成142.5万个5G基站，总量占全球60%以上: the total of the quantity before
        base = previous
    base = _without_value_word(base) if part else base
    if not whole or _OWN_TOTAL.match(whole) or whole == base:
        return base + "占比"
    return f"{base}占{_scope_of_total(_short_form(whole), base)}比重"


# 国内生产总值（GDP）: a name with its abbreviation in brackets after it
_ABBREVIATED = re.compile(r"[^（(]+[（(]([A-Za-z][A-Za-z0-9.]*)[）)]")


def _short_form(whole: str) -> str:
    """A share's whole written with its abbreviation (占国内生产总值（GDP）的比重)
    is named by the abbreviation, the short name (records.md: short): 占GDP比重."""
    abbreviated = _ABBREVIATED.fullmatch(whole)
    return abbreviated.group(1) if abbreviated else whole


def _scope_of_total(whole: str, part: str) -> str:
    """占全国二级节点总数的25%: a whole that is the part's own total is named
    by its scope (二级节点占全国比重; 新疆棉花总产量占全国比重, the part
    named with its own place)."""
    for cut in range(len(part) - 1):
        at = whole.find(part[cut:])
        if at > 0 and _WHOLE_SCOPE.fullmatch(whole, 0, at) and _TOTAL_TAIL.fullmatch(whole, at + len(part) - cut) \
                and (cut == 0 or names_place(part[:cut])):
            return whole[:at]
    scope = _WHOLE_SCOPE.match(whole)  # 软件业务收入在全国总收入中的占比: 总收入, the total of what the part names, is its own
    total = _OWN_TOTAL_AFTER_SCOPE.fullmatch(whole, scope.end()) if scope else None
    if total and part.endswith(total.group(1)):
        return scope.group()
    return whole


_TOTAL_TAIL = re.compile(r"(?:的?总[数量额和]?)?")  # 占全国二级节点|总数: the part's own total, after its name
_OWN_TOTAL_AFTER_SCOPE = re.compile(r"总(.{2,})")  # 全国|总收入: the total of a quantity of two or more characters
_WHOLE_SCOPE = re.compile(f"{_alt(M['national_scope'] + M['world_scope'])}|全省|全市|全区|全县|世界")


_COPULA = re.compile(r"\s*(?:为|达|达到|是)?")
# 由上年的 before the old level, 由2021年的47.5%扩大到2022年的 before the new one
_SHARE_CHANGE = re.compile(r"[由从][^，,；;。%]{0,10}?(?:\d+(?:\.\d+)?%[^，,；;。\d%]{0,4}(?:\d{4}年的?)?)?$")
# the share named in the clause before, with its superlative or change (较上年提升2.2个百分点)
_SHARE_BEFORE = re.compile(rf"占([^，,；;。]{{1,16}}?)的?(?:{_SHARE_WORDS})(?:最高|最大|最低|最小|[较比][^，,；;。%]{{1,16}})?[，,]$")
_OWN_SHARE = re.compile(rf"所占(?:{_SHARE_WORDS}){_SHARE_LEVEL}$")  # 所占比重为33.8%, 所占比重首次突破60%
_SHARE_WHOLE = re.compile(rf"占([^，,；;。所]{{1,16}}?)的?(?:{_SHARE_WORDS})")


_VALUE_WORD = re.compile(r"(?:增加值|营业收入|收入|规模|产值)$")


_NAME_END_TAGS = ("n", "vn", "l")  # jieba's nouns (n, nr, ns, nz…), verbal nouns (投资) and set phrases (世界排名, 刑事责任)


def names_a_thing(indicator: str) -> bool:
    """The indicator ends in a noun, a quantity word jieba tags a verb (营业收入, 出口) or a word jieba does not know
    (营收, GDP), not in a verb, adjective, time or place word or idiom (香港成功, 汇率因素后, 毛入学率进一步提高, 事故中被困
    井下): the words before a figure that name what it counts, not what the sentence says of it."""
    toks = words.cut(indicator)
    if not toks:
        return False
    last = toks[-1]
    tag = words.tag(last)
    return last in _QUANTITY_WORDS or last in _QUANTITY_HEADS or last in _NOUNS_TAGGED_AS_VERBS \
        or tag.startswith(_NAME_END_TAGS) or not tag and len(last) > 1


def _without_value_word(base: str) -> str:
    """数字产品制造业增加值 -> 数字产品制造业: a share is the part's, not its value's."""
    return _VALUE_WORD.sub("", base) or base


def _rate_indicator(before: str, previous: Optional[str]) -> Optional[str]:
    """A growth rate names the quantity it modifies and 增速, with the basis
    other than 同比 (两年平均增长6.3% after 出口额 is 出口额两年平均增速)."""
    growth = _GROWTH.search(before)
    if growth is None:
        return None
    compared = _COMPARISON.search(before[:growth.start()])
    core = before[:compared.start()] if compared else before[:growth.start()]  # 较去年同期增长16%: the basis, not the quantity
    base_year = _BASE_YEAR.search(compared.group()) if compared else None
    basis = _RATE_BASIS.search(core)
    if basis is not None:
        core = core[:basis.start()]
    quantity = _noun_phrase_before(core, verb_ok=False)
    if quantity in _INDEX_WORDS and core.endswith(quantity):
        quantity = _index_name(core)  # 拥堵指数下降了15%, 创新指数同比增长: the index named as its level is (not 指数)
    if quantity in ("", "增速", "增幅", "速度"):
        # 达到3278万人，比2021年底增加133万人，增长4.2%: the rate is the quantity's, not its increase's
        quantity = (previous or "").removesuffix(_INCREASE)
    if not quantity:
        return None
    at = core.rfind(quantity)
    if at > 0 and not _EACH_OF_LIST.search(before, at):  # 工业控制计算机及系统产品产量增长33.4%: the class's parts joined by 及
        quantity = core[_items_before(core, at, _JOINED_BY_AND):at] + quantity
    if _IS_RATE.search(quantity):
        return quantity
    how = basis.group(1) if basis and basis.group(1) not in _PLAIN_BASES else ""  # 同比 is what a rate is unless said otherwise
    if base_year is not None:  # 比去年同期增长28.6%，比2019年同期增长3.5%: a change since that year, named with it
        how = "较" + base_year.group() + how
    return quantity + how + "增速"


# 以(年均)N%的速度/增速(增长): a growth rate said as the speed the quantity before 以 grows at (旅游业以年均6%的速度增长,
# 销量…，随后以年均超50%的增速增长), or the one named between 的 and the speed (以年均3%的能源消费增速); the basis
# 年均/每年 (月均/每月) before or after 以 is the rate's
_YEARLY, _MONTHLY = ("年均", "每年"), ("月均", "每月")  # a rate's basis: per year (年均增速) or per month (月均增速)
_SPEED_BASIS = _alt(_YEARLY + _MONTHLY)
# (or the speed a verb keeps it growing at: 保持30%以上的增速, 跑出9.5%的增速, 保持了年均40%的增速)
_AT_SPEED = re.compile(rf"(?P<basis>{_SPEED_BASIS})?(?:以|(?:{_alt(M['speed_keeping_verbs'])})[了着]?)"
                       rf"(?P<basis2>{_SPEED_BASIS}|平均)?(?:{_APPROXIMATE}|接近)?$")  # 接近: after 连/链…, _FIGURE leaves it
# (a basis after 的 is the rate's, no quantity's name: 以20%的年均增速增长, 以30%的年复合增速增长; nor is its pace,
# 保持9.7%的高位增长速度; 年 right before the rate word is annual, the plain rate: 保持30%左右的年增长率). 增长 alone
# ending the clause is the growth too (对外贸易实现了8%的增长, 制造业仍保持了9.9%的较快增长, 用电量保持年均20%以上的
# 高增长: 新闻联播 items), not before a noun it names (8%的增长点); 高 a pace only right before 增 (高增长, not 高技术)
_SPEED_AFTER = re.compile(rf"(?:以上|左右)?的(?P<basis3>{_SPEED_BASIS}|年复合|复合|平均|年(?=增长率|增速|增幅))?"
                          rf"(?:{_alt(M['rate_pace_words'])}|高(?=增))?"
                          rf"(?P<quantity>[^，,；;。\d的]{{0,8}}?)(?:(?:增长)?(?:速度|速率|增速|增幅|{_alt(M['rate_nouns'])})"
                          r"|增长(?=[，,；;。！!]|$))")
# 以年均1%的速度减少: the speed of a fall (the words of decline, and 递减, the fall of the corpus's 以20%的速度递增)
_SPEED_FALLS = re.compile(_SPEED_AFTER.pattern + f"[^，,；;。\\d]{{0,4}}?(?:{_alt(M['negative'])}|递减)")
_PLAIN_SPEED_BASES = ("平均", "年")  # 的平均增速, 的年增长率: the rate itself, no basis of its own
_BEFORE_SPEED = re.compile(r"(?:从\d{4}年?(?:到|至|—|-)\d{4}年|还将|还|将|并在|并|在|都|仍然|仍|一直|持续|保持|随后|连续[^，,；;。]{1,4}年都?)+$")


# 给予15%的补贴, 给予4%以上的补贴, 减按15%的税率, 按3%征收率: a verb of granting or levying right before a rate in %
# and the grant or levy right after it (patterns.toml grant_rate_verbs, grant_rate_heads)
_GRANT_RATE_VERB = re.compile(rf"(?:{_alt(M['grant_rate_verbs'])})$")
_GRANT_RATE_HEAD = re.compile(rf"(?:以上|以内|左右)?的?(?P<head>[{CJK}]{{0,3}}?(?:{_alt(M['grant_rate_heads'])}))")
_RATE_WORD = ("率", "标准", "比例")  # a head that names a rate already (税率, 征收率, 补贴标准)


def _granted_rate(before: str, after: str) -> Optional[str]:
    """The rate in % that a grant or levy gives, after its verb and before its noun: the noun, as a share (给予15%的补贴 ->
    补贴比例, 给予50%的快递补贴 -> 快递补贴比例) or the rate it names (减按15%的税率 -> 税率), else None."""
    head = _GRANT_RATE_HEAD.match(after) if _GRANT_RATE_VERB.search(before) else None
    if head is None:
        return None
    name = head.group("head")
    return name if name.endswith(_RATE_WORD) else name + "比例"


def _speed_indicator(before: str, after: str, previous: Optional[str]) -> Optional[str]:
    """The rate a figure in % before 的…速度 and after 以 gives (_AT_SPEED): its
    quantity's name with the basis and 增速, or None where the words are not so."""
    at, speed = _AT_SPEED.search(before), _SPEED_AFTER.match(after)
    if at is None or speed is None:
        return None
    quantity = speed.group("quantity") or _noun_phrase_before(_BEFORE_SPEED.sub("", before[:at.start()]), verb_ok=False) \
        or previous or ""
    if not quantity:
        return None
    basis = at.group("basis") or at.group("basis2") or speed.group("basis3") or ""
    return quantity + ("月均" if basis in _MONTHLY else "年均" if basis and basis not in _PLAIN_SPEED_BASES else "") + "增速"


_PULLS = re.compile(r"(?:合计|共|分别)?(拉动[^，,；;。\d]{1,16}?(?:同比)?增长)约?$")


def _points_indicator(before: str, previous: Optional[str], last_rate: Optional[str], last_growth: Optional[str],
                      listed: bool = False) -> tuple[Optional[str], int]:
    """A change in points is of the share or rate the clause names or the sentence's
    last rate or level in % (or its quantity's 增速), compared as written (a
    contribution, 拉动GDP增长3.0个百分点, is named as written): 增速同比回落12.5个百分点
    -> X增速同比变化; 较上年同期回落8个百分点 (or 比上年同期…) -> X增速较上年同期变化;
    占GDP的比重较上年提升0.44个百分点 -> X占GDP比重较上年变化. With the name,
    the sign the points are read with: -1 for a gap below another rate."""
    pulled = _PULLS.search(before)
    if pulled:  # 拉动GDP增长3.0个百分点: a contribution to another quantity's growth, no change of this one
        return _noun_phrase_before(before[:pulled.start()], verb_ok=False) + pulled.group(1), 1
    gap = _gap_before(before)
    if gap:
        return (None, 1) if listed else _gap_indicator(before, gap, previous, last_rate, last_growth)
    compared = _COMPARED.search(before)
    share = _share_indicator(before[:compared.start()], previous) if compared else None
    own = _noun_phrase_before(before[:compared.start()], verb_ok=False) if compared and not share else ""
    rate = share or _named_or_last_rate(own, previous, last_rate, last_growth)  # 占GDP的比重较上年提升2.2个百分点: the share's
    if rate is None:
        return None, 1
    basis = compared.group(1) if compared else ""
    since = _gap_or_than(before) if not compared else None
    period = _EARLIER_PERIOD.match(since.group("other")) if since is not None and since.group("word") != _LEAD else None
    if period is not None and _SINCE_REST.fullmatch(since.group("other"), period.end()):
        # 增速低于去年同期1个百分点, 高于去年同期0.2个百分点, 比去年同期低1.5个百分点: a change since then, down for
        # 低于/慢于 (not 低于上年同期和全国平均水平1个和2个百分点, a list of gaps)
        word, sign = _GAP_WORDS.get(since.group("word")) or _GAP_THAN_WORDS[since.group("word")]
        return rate + "较" + _LEVEL_TAIL.sub("", since.group("other").strip()) + "变化", sign
    return rate + ("较" + basis[1:] if basis.startswith("比") else basis) + "变化", 1  # 比上年 and 较上年 say the same


def _named_or_last_rate(own: str, previous: Optional[str], last_rate: Optional[str], last_growth: Optional[str]) -> Optional[str]:
    """The rate a clause names before its points (贷款利率同比下降了0.4个百分点), else the
    sentence's last growth rate after a bare 增速 (增速比上月加快…), else its last rate or
    level in % (优良天数比例为87%，同比上升5个百分点), else its last quantity's 增速."""
    if _IS_RATE.search(own) and _IS_RATE.sub("", own):
        # 社会消费品零售总额降幅比上半年收窄4.2个百分点: the fall's change is its growth rate's, read with
        # the sign _falls gives (收窄: up), as a bare 降幅 after the rate is (…下降1.3%，降幅比一季度收窄7.1个百分点)
        return own.removesuffix(_FALL_RATE) + _GROWTH_RATE if own.endswith(_FALL_RATE) else own
    return (last_growth if _IS_GROWTH.fullmatch(own) else last_rate) or (previous + "增速" if previous else None)


def _gap_before(before: str) -> Optional[re.Match]:
    """The words before a figure in points that make it a gap to another rate (高于工业,
    比同期工业投资增速高): not 快于上年同期5.9个百分点, a change since then."""
    gap = _gap_or_than(before)
    return gap if gap and not _EARLIER_PERIOD.match(gap.group("other")) else None


def _gap_or_than(before: str) -> Optional[re.Match]:
    """The gap word and the other rate after it (高于工业), or, where none follows it, before it (比全部投资高出)."""
    gap = _GAP.search(before)
    return gap if gap and gap.group("other") else _GAP_THAN.search(before) or gap


def _gap_indicator(before: str, gap: re.Match, previous: Optional[str], last_rate: Optional[str],
                   last_growth: Optional[str]) -> tuple[Optional[str], int]:
    """A gap in points between a rate and another's, and its sign, named as the tuning gold
    names it (电子信息制造业增加值增速高于工业): the rate the clause names
    before 高于/低于/快于/慢于 (农村居民人均可支配收入增速快于城镇居民), else the
    sentence's last rate or level in % (its last growth rate after a bare 增速),
    and the other as written, less its 增速 (高于规模以上工业增加值增速6.1个百分点;
    比同期工业投资增速高8.2个百分点 -> 高于工业投资)."""
    if gap.group("word") == _LEAD:
        return None, 1
    other = _OTHER_RATE.sub("", gap.group("other").strip())
    rate = _named_or_last_rate(_noun_phrase_before(before[:gap.start()], verb_ok=False), previous, last_rate, last_growth)
    if not other or rate is None or _DIGIT.search(other):
        return None, 1  # 分别快于全部投资3.2和2.7个百分点: a list of gaps, paired in _respectively
    word, sign = _GAP_WORDS.get(gap.group("word")) or _GAP_THAN_WORDS[gap.group("word")]
    return rate + word + other, sign


def _gap_sign(indicator: str) -> int:
    """-1 for a gap named below another rate (…增速低于全部投资), else 1."""
    return -1 if _BELOW.search(indicator) else 1


_BELOW = re.compile(_alt(word for word, sign in _GAP_WORDS.values() if sign < 0))


# 增幅, 同比增幅, 环比增长率 alone before a figure in %: a rate that names no quantity of its own; 年 before it is
# annual, the plain rate (…总额达5607亿元，年增长率超过11%), and 复合 compound, a yearly average (年复合增长率)
_COMPOUND = "复合"
_BARE_RATE = re.compile(rf"(?:(?P<basis>{_RATE_BASIS_WORD})|年)?(?P<compound>{_COMPOUND})?(?:{_alt(_GROWTH_WORDS + M['rate_nouns'])})")
# 同比增长了218%, 日均发送1000万人次, 平均每天有42列: what a rate is against or a figure is an average over,
# no quantity
_BASIS_ONLY = re.compile(rf"{_RATE_BASIS_WORD}|[日人]均|平均")


def extract(frame: Frame, year: Optional[int], target_year: Optional[int], scope: Optional[Mention],
            county: Optional[str] = None, stated_year: Optional[int] = None, in_group: bool = False,
            of_plan: bool = False, reports_past: bool = False, month: Optional[int] = None,
            led_year: Optional[int] = None) -> Iterator[Measure]:
    """The figures of a sentence; ``scope`` is whose they are where the
    sentence names no one (see _measure_subject); ``county`` is the county
    or district the document is about, whose figures 全县/全区 give;
    ``stated_year`` the year an earlier sentence of the paragraph opened with
    (see opening_year), the year of figures the sentence dates no other way;
    ``in_group`` whether the sentence before ended inside a counted group's
    figures (see ends_in_group); ``of_plan`` whether the article reports a
    plan of goals for the years its title names (see names_its_period),
    whose goals follow the year they aim at (``target_year``); ``reports_past``
    whether the sentence reports what was: its paragraph opened looking back over a period
    (see opens_looking_back), or it stands under a plan's part on where things stand (see
    heads_background); ``month`` the month the document was published, in whose first months
    a period since last year is that year's (see _since_is_the_year); ``led_year`` the year gone by
    that the article's lead reports on, of the figures the sentence dates no other way where no
    ``stated_year`` is, and that are no aim (an estimate's only: 预计全年…)."""
    text = frame.text
    told_year = stated_year if stated_year is not None else led_year
    closing = month is not None and month <= frame.settings.thresholds.year_closing_months
    listed_units = dict(figures(text, frame.mentions))
    found = list(listed_units)
    ranks = list(_RANK.finditer(text)) if _RANK_MARK in text else []
    if not found and not ranks or _LEGAL.search(text):
        return  # a law's thresholds (违法所得五十万元以上的，处以…罚款) are no one's figures
    previous, carried, last_rate, last_growth = None, None, None, None
    previous_sum = False  # whether ``previous`` names a sum of money: no count of things is its quantity
    previous_people = False  # whether ``previous`` counts people (人, 名, 位, 人次): see own_previous
    passed: Optional[str] = None  # the name of the levels passed before the figure, in a list of them
    groups = _group_stretches(frame, found)
    against_last_edition = _LAST_EDITION.search(text) is not None  # 比上届增长25%: once a sentence, not a figure
    if in_group and text[frame.dateline:].lstrip().startswith(AMONG_THEM):
        groups.append((0, _stretch_end(frame, clause_span(text, frame.dateline)[1], _owners(frame))))  # 其中，5G手机终端连接数达…: the group's part
    from_levels = _from_levels(text, found)
    paired: dict[int, tuple[Optional[Mention], Optional[str]]] = {}
    seen: list[tuple[re.Match, str]] = []  # the sentence's figures so far, with their indicators
    owned: list[tuple[int, str, Mention]] = []  # where each figure given is, what it counts and whose it is
    for m in found:
        a, b = clause_span(text, m.start())
        value, unit = _value_unit(m, listed_units[m])
        if unit == "个" and _in_points(text, m):
            unit = _POINTS[0]  # 分别提升15.5个和38个百分点: both in points
        if m.start() not in paired:
            paired.update(_respectively(frame, found, m, seen, paired))
        pair_subject, indicator = paired.get(m.start(), (None, None))
        sign = _gap_sign(indicator) if indicator and unit in _POINTS else 1
        if indicator is None:
            indicator = _part_of_a_set(text, m, unit, frame.settings.thresholds)
        if indicator is None:
            if unit == _INDEX_POINT:  # 电商物流指数为113.9点，较上月回升0.7点: the change of the index named last
                indicator, sign = _points_indicator(text[a:m.start()], None, _last_index(text, m.start()), None)
            elif unit in _POINTS:
                indicator, sign = _points_indicator(text[a:m.start()], previous, last_rate, last_growth, bool(_POINTS_LISTED.match(text, m.end())))
            else:
                # 安排超长期特别国债540亿元，支持151个拔尖创新人才培养基地…: a count with no name of its own takes none from
                # a sum before it (a count of things is no sum's quantity)
                # nor a headcount from a toll before it, named by its own verb (造成6人死亡、1人自杀: 1人 is no 死亡)
                # nor a count of a quoted name after it, its own (8所“春蕾小学”、5个“留守儿童之家”: 5个 is no 春蕾小学)
                # nor a headcount with words of its own after it from a quantity that counts no people (违法案件6126件，
                # 1949人受到了党纪政纪处分; 6条铁路已全线复工，12300多人驻守工地: the people are none of those things; prec17 audit),
                # visits by people in 人次 among them (421个数字经济项目完成对接签约，超30万人次参与现场数字化体验: no project;
                # rvpp review, session 31)
                own_previous = None if previous_sum and unit in _CLASSIFIERS or previous and _TOLL_AFTER.fullmatch(previous) \
                    or unit in _CLASSIFIERS and text.startswith(_OPENING_QUOTE, m.end()) \
                    or (unit in _HEADCOUNT or unit in _HEADCOUNT_NAMES) and not previous_people \
                    and not _NOTHING_NAMED_AFTER.match(text, m.end()) \
                    or unit in _CLASSIFIERS and _listed_after_own_thing(text, seen, m, previous) else previous
                indicator = _indicator(text, m, unit, a, own_previous, last_rate, last_growth, frame.settings.thresholds)
            indicator = indicator or _clause_before_quantity(frame, a, m.start(), unit)
            if indicator and _VALUE_WORD.fullmatch(indicator):  # 新装备制造业规模最大，增加值为48808亿元: the field's
                indicator = _part_field(frame, a) + indicator
            indicator = _cut_by(text, a, m, unit, indicator)
        indicator = _past_straddled_name(frame, _whole_field(frame, indicator, a, m.start()), a, m.start())
        indicator = _with_reach_verb(text, a, m, unit, indicator)
        pointer = _POINTER_NAME.search(text, a, m.start())
        if pointer and _names_alone(pointer, text[pointer.end():m.start()]) \
                and not _COMPARED.search(text, pointer.end(), m.start()) and not _GROWTH.search(text, pointer.end(), m.start()):
            # 占GDP比重超过10%，预计“十四五”期间这一比重将超过17%: the quantity named before, unless the clause sets
            # the figure elsewhere (发达国家的这一比重只有10%: no one's the text names) or none was named
            # (not its change: 这一数据比上年末增长了19.1%, the rate of the quantity before, read above)
            antecedent = last_rate if unit == "%" else previous
            before = clause_span(text, a - 1)[0] if a > 0 else a  # its clause or the one before
            elsewhere = _ELSEWHERE.search(text[before:m.start()].lstrip("而但")) or _pointer_of_another(text[a:pointer.start()])
            indicator = antecedent if antecedent and not elsewhere else ""
        if _passed_on_the_way(text, a, m):  # 连续跨越110万亿元、120万亿元…台阶: passed in earlier years
            passed = passed or indicator
            continue
        if passed and (not indicator or indicator.endswith(_MILESTONE_ENDS)):
            indicator = passed  # …8000亿两大台阶: the last level passed is the quantity's that the first named
        passed = None
        from_to = bool(seen) and _FROM_TO.fullmatch(text, seen[-1][0].end(), m.start()) is not None
        # (a list's levels reached keep the pairing of the levels left: 分别从9.4%、28%提高到15.1%和32.4%)
        if from_to and m.start() not in paired:
            indicator = seen[-1][1]  # 保有量从320万辆增加到1500万辆: one quantity, then and later
            if unit != "%" and _value_unit(seen[-1][0])[1] == "%":
                indicator = _RATE_SUFFIX.sub("", indicator)  # 逆差下降67.6%至2031.7亿元: the level the rate led to
        elif seen and _ANOTHER_PERIOD.fullmatch(text, a, m.start()) and _value_unit(seen[-1][0])[1] == unit:
            indicator = seen[-1][1]  # 渗透率达到17%，二季度达到23%: the same quantity in another period
        elif seen and seen[-1][0].end() == m.start() - len(_SLASH) and text.startswith(_SLASH, seen[-1][0].end()):
            indicator = seen[-1][1]  # 装机规模达7376万千瓦/1.68亿千瓦时: the store's size, told in power and in energy
        elif seen and indicator in _TRANSACTION_AMOUNT_HEADS and _value_unit(seen[-1][0])[1] in _TRANSACTION_UNITS \
                and _AMOUNT_AFTER_COUNT.match(text, seen[-1][0].end()):
            indicator = seen[-1][1] + indicator  # 网上支付业务251.90亿笔，金额605.19万亿元: the amount of the payments counted
        elif seen and _thing_of_pair(seen[-1][1], indicator) \
                and (second := _PAIRED_AFTER.match(text, seen[-1][0].end())) and text.startswith(indicator, second.end()):
            # 企业承接服务外包合同额9875亿元人民币，执行额6454亿元: the execution value of the same outsourcing
            indicator = _thing_of_pair(seen[-1][1], indicator) + indicator
        elif seen and _CONVERTED.fullmatch(text, seen[-1][0].end(), m.start()) \
                and (not indicator or any(w in indicator for w in _CONVERTED_WORDS)):
            # 获利2900万美元，约合1.75亿元人民币: the same sum in another currency, unless the figure names its own
            # quantity after it (1亿英镑，约合9.3亿元人民币资金: 资金, whatever the name of the sum before)
            indicator = seen[-1][1]
        if not indicator or not _long_enough(indicator) or not HAN_OR_LATIN.search(indicator) \
                or _in_a_place_or_frame(indicator) or _ends_in_manner(indicator) \
                or _only_names(indicator, frame) or _names_no_quantity(indicator, text[a:m.start()]) \
                or _cut_from_a_name(indicator, frame, a, m) \
                or _names_a_person(indicator, frame) \
                or _is_dimension(text, a, m) or _is_grade(text, m, unit) \
                or _describes_one_thing(text, a, m) or _counts_places(text, m) or _is_gap_to_plan(text, a, m) \
                or _counts_a_level_s_base(text, m, unit, indicator) \
                or _passes_members_bar(text, a, m) or _bar_of_things_counted(text, m) or _grant_cap(text, a, m) \
                or _multiple_of_base(text, a, m, unit, indicator) \
                or _counted_by_the_count_before(text, found, m, unit, indicator) \
                or unit == _MARKS_COUNTED and indicator.endswith(_MILESTONE_ENDS) \
                or not any(w in indicator for w in _NAMED_ONLY.get(unit, ("",))) \
                or unit in _SUMMED_ONLY and _multiplier(m) is None:  # a body's name counts nothing; a dimension or duration describes
            continue
        if listed_units[m] is None:
            value, unit = _in_yuan_unsaid(m, indicator, text, seen) or (value, unit)
        status = _status(frame, a, m.start(), year, of_plan and target_year is not None, reports_past, month)
        goal_of = _GOAL_OF.match(text, m.end()) is not None
        if goal_of:
            status = "target"  # 提出经济总量达4500亿元左右的发展目标, also under a paragraph looking back
        elif status == "actual" and not reports_past and _period_ahead(text, m.start(), year) \
                and not _ACTUAL.search(text, 0, m.start()) and not _PLAN_PARTS.search(indicator):
            status = "target"  # “十五五”时期，…占国内生产总值比重达到12.5%, said in 2026: what the plan's years are to
            # reach (not the plan's own parts: “十五五”时期，…明确21个主要指标)
        # a ratio's year is read with the ratio (是2012年的4倍, 是2019年同期的48.8%: of a baseline; not 是2022年的5000亿元)
        aim = status == "target" and stated_year is None \
            and not {t.group() for t in _targets(text, 0, m.start(), year, month)} <= _ESTIMATES
        # (未来将直飞…，每周120余架次, in a January story on last year: an aim, of no year gone by)
        fig_year = _year(text[:m.end() if unit in _RATIO_UNITS else m.start()], year, target_year if status == "target" else None,
                         status == "target", stated_year if aim else told_year, closing)
        from_at = from_levels.get(m.start())  # where the 从/由 is of a level a change starts from
        if status == "target" and from_at is not None:  # 将从现有的3.3万个扩容至5万余个: the level it starts from stands
            status, fig_year = "actual", _year(text[from_at:m.start()], year, None, False)
        elif status == "target" and not goal_of and fig_year is not None and year is not None and fig_year < year \
                and {t.group() for t in _targets(text, 0, m.start(), year, month)} <= _ESTIMATES:
            # a year gone by when the text is written, with no target word before the figure but an
            # estimate (2023年…预计达9.28万亿元, said in 2024), or none (a plan's, a Policy topic's
            # unmarked figure: “十三五”期间，辽宁攻克关键技术300余项, said in 2021): reached, not aimed for; not the
            # value a goal of that year named (过去一年，…增长5.2%，高于5%左右的预期目标, said in March 2024)
            status = "actual"
        if fig_year is not None and _LAST_YEAR_LEVEL.search(text, a, m.start()):
            fig_year -= 1
        elif status == "actual" and fig_year is not None and fig_year == year \
                and _month_gone_by_last_year(text[:m.start()], month):
            fig_year -= 1  # 截至12月，我国5G基站总数达231万个, told in March 2023: last December's
        elif from_at is not None and _FROM_LAST_YEAR.search(text, a, m.start()):
            # 2023年…占比由上年的15.2%提升至15.6%: the level a year before the one the sentence is of
            fig_year = _year(text[:from_at], year, None, False, told_year)
            fig_year = fig_year - 1 if fig_year is not None else None
        elif from_at is not None and year is not None and _YEARS_AGO.match(text, from_at):
            # 2020年，我国网民规模从十年前的4.5亿增加到9.89亿: so many years before the year the sentence is of (2010)
            anchor = _year(text[:from_at], year, None, False, stated_year)
            fig_year = anchor - int(parse_number(_YEARS_AGO.match(text, from_at).group(1), None)) if anchor is not None else None
        elif from_at is not None and not _YEAR.search(text, 0, m.start()) and not _FROM_DATED.search(text, from_at, m.start()):
            fig_year = _period_start(text[:from_at], year) or _range_start(text[:from_at], year) or fig_year
        elif from_at is not None and not _YEAR.search(text, from_at, m.start()):
            fig_year = _range_start(text[:from_at], year) or fig_year
        if fig_year is not None:  # 2021年…比2020年增长16.3%: against the year before, the plain growth rate
            indicator = indicator.replace(f"较{fig_year - 1}年同期增速", "增速").replace(f"较{fig_year - 1}年增速", "增速")
        seen.append((m, indicator))  # named as given (its base year dropped): the later figures name theirs after it
        if unit == "%" and indicator.endswith("增速"):  # 同比增长12.8%，两年平均增长6.3%: the quantity goes on
            last_rate, last_growth, previous = indicator, indicator, _RATE_SUFFIX.sub("", indicator) or previous
        elif unit == "%" and _LEVEL_NAME.search(indicator):  # 占GDP的比重为12.7%，较上年提高0.44个百分点; 优良天数比例为87%，同比上升5个百分点
            last_rate = indicator
        elif unit not in _POINTS and unit != "%":
            previous, previous_sum, previous_people = indicator, unit in _MONEY, unit in _HEADCOUNT or unit in _HEADCOUNT_NAMES
        qualifier = _QUALIFIERS.get(m.group("pre") or "") or _QUALIFIERS.get(m.group("tail") or "") \
            or _QUALIFIERS.get(_more_than(m) or "")
        if m.group("lo"):
            qualifier = f"{m.group('lo')}至{m.group('num')}"
        if m.group("pre") == "上":
            qualifier = "以上"
        if unit in ("倍", *_POINTS) or unit == "%" and (_GROWTH.search(text, a, m.start()) or _IS_GROWTH.search(indicator)):
            change = "rate"  # a growth rate; a level in % (复工率98.5%, 占比58.4%) is a total
        elif unit == "%" or from_to:
            change = "total"  # …增加到1500万辆: the level reached, as the level it started from
        elif _TOTAL_FIRST.search(text, a, m.start()):
            change = "total"  # 累计建成, 已建成: what stands, not what was added
        elif _NEW.search(text[a:m.start()]):
            change = "new"
        else:
            change = "total"
        # a rate, or a count's change against a date (4G用户845万户，比年初减少126.9万户; 普及率…，比上年末下降0.1部/百人)
        changes = change == "rate" or indicator.endswith(_INCREASE)
        if _NET_DECREASE.search(indicator) or changes and (_falls(text[a:m.start()]) or _SHORT_FALL.search(text[a:m.start()]) or sign < 0
                                                           or _AT_SPEED.search(text, a, m.start()) and _SPEED_FALLS.match(text, m.end())):
            value = -value
        elif unit not in _POINTS and unit != "%" and _DECREASED_BY.search(text, a, m.start()) and _ENDS_CLAUSE.match(text, m.end()):
            value, change = -value, "new"  # 固定电话用户减少665.1万户: the quantity's fall, a change of -665.1万 (annotation.md)
        if pair_subject is None and any(start <= m.start() < end for start, end in groups):
            continue  # 全国12个国家级新区实现…: the figures of a group the text names as no one body
        subj = pair_subject or _measure_subject(frame, m.start(), carried, scope, county)
        indicator = _without_firm_word(frame, subj, indicator, a, m.start())
        if pair_subject is None and subj is not None and subj.name == COUNTRY and _told_here(frame, m.start()):
            subj = _here_s_owner(frame)  # 在福建古田县，全国80%以上的银耳都产自这里: the place told, not the country
        if against_last_edition and subj is not None and subj.type != _EVENT:
            subj = _this_edition(frame)  # …境外采购商到会，比上届增长25%: an event's edition, not a place's or body's
        subj = _region_aimed_at(frame, subj, m.start(), status)
        if status == "target" and (subj is None or subj is scope):
            subj = _titled_plan_place(frame, m.start()) or subj
        named = _body_in_indicator(frame, indicator, a, m.start()) if pair_subject is None else None
        if named is not None:
            subj, indicator = named
        plan = _plan_of_parts(frame, indicator, m.start())
        if plan is not None:  # 《方案》提出了…8项主要任务: the plan's, not its region's or issuer's
            subj = plan
        attended = _ATTENDS.match(text, m.end()) if unit in _HEADCOUNT else None
        if attended:  # 150余人参加了本届论坛: the meeting's attendance
            subj, indicator = _meeting(frame, m.start()), _ATTENDANCE[attended.group(1)]
        elif unit in _HEADCOUNT and _ATTENDED_BY.match(text, frame.lead):
            subj = _meeting(frame, m.start()) or subj  # 出席这次全会的有，中央委员168人: the meeting's, each group named as written
        elif _ATTENDEES.match(text, m.end()) and not _from_where(frame, subj, a, m, unit) and (subj is None or subj.type != _EVENT) \
                and not _THIS_EVENT.match(text, frame.lead):  # 本届书博会…: _this_edition says which, if the article names it
            # …大会上，400多位海内外嘉宾…: the event's, where named; where the sentence names no owner at all (the figure
            # fell to the article's scope, or to none where there is none), the event named in the sentence before
            # (进博会…将于11月举办。截至目前，已有50多个国家和国际组织确认参展: not the country's; subj7 audit, session 23)
            subj = _event_named_before(frame, m.start(), whole=True) \
                or (_edition_taken_part_in(frame) if subj is scope else None) or subj
        if subj is None or _from_where(frame, subj, a, m, unit):
            continue
        if subj is not scope and subj.type in _SUBJECT_TYPES:  # a figure's subject goes on to the later figures of its sentence
            carried = subj
        owned.append((m.start(), indicator, subj))
        for whose, what in _each_alike(frame, found, m, a, subj, indicator) if pair_subject is None else [(subj, indicator)]:
            if _BASIS_ONLY.fullmatch(_RATE_SUFFIX.sub("", what)):
                continue  # 同比增长了218%, 日均增速: a rate whose quantity was not found (A和B均同比上涨50%: each item's, above)
            counted = _without_own_scope(_without_subject(_without_name_tail(frame, what, whose, a, m.start()), whose), whose)
            # each item's growth (产量同比增长均超过55% -> 多晶硅产量增速): a rate, named by its quantity
            rate = change == "rate" or unit == "%" and _GROWTH_NAME_END.search(counted) is not None
            # a change in points of a growth rate (增速高2个百分点) is the rate's: its name keeps the rate word
            item_indicator = _without_adverb_tail(_quantity_of_growth(counted) if rate and unit not in _POINTS else counted)
            if not item_indicator:
                continue  # 几乎是五年前的2倍: an adverb alone names nothing
            yield Measure(subject=whose, indicator=item_indicator,
                          value=round(value, 6), unit=unit,
                          year=fig_year, status=status, change="rate" if rate else change, qualifier=qualifier, sentence=frame.sentence.index,
                          start=m.start(), end=m.end(), extractor="measure.figure.v1", confidence=frame.confidences.measure)


    for r in ranks:
        rank = _rank(frame, r, owned, year, scope, county, told_year, month)
        if rank is not None:
            yield rank


# 这一比重, 该指标, 这个比例, 这一数字: a name that points back to a quantity named before, right before its figure
_POINTER_NAME = re.compile(rf"(?:这一|这个|该|此)({_alt(M['pointed_quantities'])})(?=[^，,；;。]{{0,8}}$)")
_ELSEWHERE = re.compile(r"国家|国外|海外|全球|世界|(?:^|[，,])在")  # 在美国，这个数字是79.4%; 而在农村，…


def _names_alone(pointer: re.Match, after: str) -> bool:
    """The pointing name is a word of its own, not the start of a longer name (这个数据中心总投资50亿元,
    这个数字化车间, 该数字经济产业园: a thing, not a quantity named before)."""
    toks = words.cut(pointer.group(1) + after)
    ends = list(itertools.accumulate(map(len, toks)))
    if len(pointer.group(1)) not in ends:
        return False  # 数据中心, 数字化: the word runs on
    rest = toks[ends.index(len(pointer.group(1))) + 1:]
    return not rest or not words.tag(rest[0]).startswith("n")


def _pointer_of_another(words_before: str) -> bool:
    """A pointing name owned by the words right before it (农村居民这一数字为17131元, 东部地区的这一比例):
    the quantity named before, but of another group or place than the one it was given for; not a time
    (2020年这个数字, “十四五”期间这一比重, 到年底这一数字)."""
    toks = words.cut(words_before)
    return bool(toks) and (toks[-1] == _OF or words.tag(toks[-1]).startswith("n"))


# a share of a scope's whole (占全球比重, 占全国比重): ranked among that scope, its quantity is (光纤到户端口占宽带接入端口
# 比重…，居全国第5 stays the share's rank)
_SHARE_OF_SCOPE = re.compile(f"占(?:{_WHOLE_SCOPE.pattern})比重$")


def _rank(frame: Frame, r: re.Match, owned: list[tuple[int, str, Mention]], year: Optional[int],
          scope: Optional[Mention], county: Optional[str], stated_year: Optional[int],
          month: Optional[int] = None) -> Optional[Measure]:
    """A rank among a whole (算力总规模位居全球第二 -> 算力总规模全球排名 2 位):
    of the quantity the clause names before it, else of the sentence's
    figure before it (5G用户普及率达58.6%，全国排名第13), and whose that is."""
    text = frame.text
    a, _ = clause_span(text, r.start())
    quantity = _noun_phrase_before(_RANK_HOW.sub("", text[a:r.start()]), verb_ok=False)
    subj = None
    before = [o for o in owned if o[0] < r.start()]
    if not quantity and before:
        _, quantity, subj = before[-1]
        # 数据产量达8.1ZB，…，全球占比10.5%，位居世界第二: the rank of the quantity, not of its share of the whole
        quantity = _RATE_SUFFIX.sub("", _SHARE_OF_SCOPE.sub("", quantity)) or quantity
    if quantity in _BARE_TOTAL and before:  # 数字经济规模已达50.2万亿元，总量稳居世界第二: the quantity counted last
        _, counted, subj = before[-1]
        quantity = _RATE_SUFFIX.sub("", _SHARE_OF_SCOPE.sub("", counted)) or counted
    quantity = quantity or _quantity_opening_clause_before(frame, a)
    if _VALUE_WORD.fullmatch(quantity):  # 电子信息制造业销售产值达到4.4万亿元，规模…: the field's
        quantity = _part_field(frame, a) + quantity
    subj = subj or _measure_subject(frame, r.start(), owned[-1][2] if owned else None, scope, county)
    if subj is None or not quantity or any(m.surface == quantity for m in frame.mentions):
        return None  # 徐工汉云位列第三: a body's place in a list, no quantity's rank
    whole = r.group("before") or r.group("after") or ""
    status = _status(frame, a, r.start(), year, month=month)
    return Measure(subject=subj, indicator=_without_subject(quantity, subj) + whole + "排名", value=parse_number(r.group("n"), None),
                   unit=_RANK_UNIT, year=_year(text[:r.start()], year, None, False, stated_year), status=status, change="total",
                   qualifier=None, sentence=frame.sentence.index, start=r.start(), end=r.end(),
                   extractor="measure.rank.v1", confidence=frame.confidences.measure)


# Units that are a figure only where its indicator names what they measure (优良天数, 时延): else a duration
_NAMED_ONLY = {M["day_unit"]: M["day_indicators"]} | {u: M["latency_indicators"] for u in M["latency_units"]} \
    | {u: M["computing_power_indicators"] for u in M["computing_power_units"]}
_SUMMED_ONLY = frozenset(M["summed_only_units"])  # 1161.90万小时: hours summed; 7小时 a duration


def _whole_field(frame: Frame, indicator: str, a: int, pos: int) -> str:
    """An indicator that opens inside the name of a field the clause names
    before the figure (软件和信息技术服务业收入: 和 cut it; 计算机、通信和其他电子
    设备制造业增加值; 可再生能源) opens with the whole name; so does a field's growth rate, whose 增速 the name adds
    and the text does not write after the field (电力、热力、燃气及水生产和供应业同比增长17.1%: the whole field, not 供应业; prec11 audit)."""
    shortest = frame.settings.thresholds.min_field_tail
    for field_ in frame.of("Sector", top=False):
        if not a <= field_.start < field_.end <= pos:
            continue
        name = frame.text[field_.start:field_.end]
        for cut in range(1, len(name) - shortest + 1):
            tail, rest = name[cut:], _RATE_SUFFIX.sub("", indicator[len(name) - cut:])
            if indicator.startswith(tail) and frame.text.startswith(rest[:shortest], field_.end):
                return name[:cut] + indicator
    return indicator


def _body_in_indicator(frame: Frame, indicator: str, a: int, pos: int) -> Optional[tuple[Mention, str]]:
    """A body named inside what the figure counts (本次增资前徐工汉云估值为60.41亿元)
    is whose it is: the words after its name are what is counted."""
    for m in _owners(frame):
        if m.type == "Organization" and m.subtype != "InternationalOrganization" and a <= m.start and m.end <= pos \
                and len(m.surface) >= frame.settings.thresholds.min_body_in_indicator \
                and not _after_marker(frame.text, m.start):  # 对东盟进出口, 向国家知识产权局提交…: a partner
            if frame.text.startswith(indicator, m.end):
                return m, indicator
            at = indicator.find(m.surface)
            if at >= 0 and len(indicator) - at - len(m.surface) >= 2:
                return m, _HAVING_OPENS.sub("", _LEADING_JOINER.sub("", indicator[at + len(m.surface):]))
    return None


# a joiner the words after a name read out of the indicator open with (_body_in_indicator, _past_straddled_name): the
# name was a listed thing (社区卫生服务中心和乡镇卫生院中医馆增至4万多个, _with_items_before) or the subject a partner
# joins (…示范区与中东欧国家进出口): what is counted is the rest
_LEADING_JOINER = re.compile(rf"^(?:{_alt(LIST_JOINERS)})")


def _without_own_scope(indicator: str, subj: Mention) -> str:
    """A whole named by the subject's own scope word and more (武汉市: 占全市GDP
    比重 -> 占GDP比重): the subject says where; a larger one stays (长沙市:
    占全省规模工业比重), and so does the scope word alone (占全省比重)."""
    word = _own_scope_word(subj)
    at = indicator.find("占" + word) if word else -1
    if at < 0 or indicator.startswith(("比重", "的"), at + 1 + len(word)):
        return indicator
    return indicator[:at + 1] + indicator[at + 1 + len(word):]


def _own_scope_word(subj: Mention) -> str:
    """全国 for the country, 全省 for a province, 全市 for a city or municipality."""
    if subj.type != "Region":
        return ""
    if subj.name == COUNTRY:
        return "全国"
    level = next((r.level for r in LEX.regions_by_name.get(subj.name, ())), "")
    if subj.name in MUNICIPALITIES or level == "prefecture":
        return "全市"
    return "全省" if level == "province" else ""


def _without_name_tail(frame: Frame, indicator: str, subj: Mention, a: int, pos: int) -> str:
    """An indicator read back into the end of its subject's name, right before the figure (深圳市中小企业发展基金
    投资企业80家: 基金投资企业 of the fund; 农业发展银行新投放水利贷款 of 中国农业发展银行): the name's words are the
    subject's, what follows them is counted. Not a place's: its short form is often a character of a word of the
    quantity (国内|生产总值 of 中国, 川|渝地区, 中国籍犯罪嫌疑人)."""
    if subj.type == "Region" or not a <= subj.end <= pos:
        return indicator
    for cut in range(len(indicator) - _SHORTEST_AFTER_NAME, 0, -1):
        if subj.surface.endswith(indicator[:cut]) and frame.text.startswith(indicator[cut:], subj.end):
            return indicator[cut:]
    return indicator


_SHORTEST_AFTER_NAME = 2  # characters of what is counted after the name (投资企业, 规模)


_PAIRING_DASHES = (_DASH, "-", "－")  # 中国—中亚, 深圳—香港—广州: places paired by a dash, one name


def _without_subject(indicator: str, subj: Mention) -> str:
    """What is counted, without the name of whose it is (武汉市GDP增速 -> GDP增速
    of 武汉市; 长沙数字经济规模 -> 数字经济规模): the subject says whose; 国内生产总值
    keeps the 国内 that made it the country's, and a name paired with the next by a dash stays
    (中国—中亚进出口总值, not —中亚进出口总值: the pair's trade)."""
    if indicator.startswith(_GDP_TERM):
        return indicator
    for name in sorted({subj.name, subj.surface, subj.name.rstrip("省市区县")}, key=len, reverse=True):
        if len(name) >= 2 and indicator.startswith(name) and len(indicator) - len(name) >= 2 \
                and not _name_bound_to_next(indicator, len(name)) and not indicator.startswith(_PAIRING_DASHES, len(name)):
            return _HAVING_OPENS.sub("", indicator[len(name):])
    return indicator


def _name_bound_to_next(indicator: str, end: int) -> bool:
    """Whether the name indicator[:end] is no word of its own there: jieba reads it
    with the one character after it as one word, a suffix that makes the name a
    modifier (中国籍犯罪嫌疑人: 中国籍, "of Chinese nationality"; 全国性重点活动). A
    name compounded with a whole word stays cut off (中国网民规模: 中国网民 -> 网民规模);
    so does one whose end jieba joins to what follows (粤港澳大湾|区内地九市: a miscut)."""
    start = 0
    for word in words.cut(indicator):
        if start < end < start + len(word):
            return start == 0 and len(word) == end + 1
        start += len(word)
    return False


def _quantity_of_growth(indicator: str) -> str:
    """A growth rate's quantity, the rate said by its change (电信业务收入增速,
    电信业务收入同比 -> 电信业务收入; 民间投资同比增速 -> 民间投资); a rate word alone or
    after its basis alone (增速, 年均增幅, 同期增速) stays."""
    quantity = _YEAR_ON_YEAR_END.sub("", _GROWTH_NAME_END.sub("", indicator))
    return quantity if quantity and not _BASIS_ONLY.fullmatch(quantity) else indicator


def _only_names(indicator: str, frame: Frame) -> bool:
    """The indicator is names of places or bodies and nothing else (湖南益阳,
    山南市桑日县): it counts nothing."""
    for x in frame.top:
        if x.type in _SUBJECT_TYPES:
            indicator = indicator.replace(x.surface, "")
    return not indicator


# jieba's tags of the words that name no quantity on their own: adjectives (不足, 最高), adverbs,
# localizers (以下, 周边), numerals (首次), pronouns, prepositions, conjunctions, times and places (当地, 境内)
_NO_QUANTITY_TAGS = {_ADJECTIVE, "d", _LOCALIZER, "m", "r", "p", "c", "t", "s"}
_CHANGE_WORDS = set(M["growth"])
_REACHED = ("至", "到")  # 减至, 增至, 缩减到: a level reached


def _past_straddled_name(frame: Frame, indicator: str, a: int, pos: int) -> str:
    """The indicator from the end of a body's or place's name it opens inside (东部|地区|高中阶段教育毛入学率, where
    jieba cuts 东部地区 in two and the walk back stopped inside it: 高中阶段教育毛入学率), where the name ends
    between two of the indicator's words; a name wholly inside it stays (华为手机出货量), and so does a word the
    name ends inside (其|中移动|电话: 移动电话用户, 中移动 read across 其中)."""
    at = frame.text.rfind(indicator, a, pos) if indicator else -1
    cut = max((x.end - at for x in frame.top if x.type in _SUBJECT_TYPES and x.start < at < x.end < at + len(indicator)),
              default=0) if at >= 0 else 0
    return _LEADING_JOINER.sub("", indicator[cut:]) if cut and cut in itertools.accumulate(map(len, words.cut(indicator))) \
        else indicator


def _cut_from_a_name(indicator: str, frame: Frame, a: int, m: re.Match) -> bool:
    """The indicator is words cut out of a body's or place's longer name before
    the figure (国家发展改革委近日下达了… -> 改革): a piece of the name, no quantity.
    Not the noun a count reads after it (投资运营7个国家和地区, 新建200个铁塔)."""
    gap = frame.settings.thresholds.max_counted_noun_gap
    if frame.text.find(indicator, m.end(), m.end() + len(indicator) + gap) >= 0:
        return False
    at = frame.text.rfind(indicator, a, m.start())
    return at >= 0 and any(x.start <= at and at + len(indicator) <= x.end and x.end - x.start > len(indicator)
                           for x in frame.top if x.type in _SUBJECT_TYPES)


def _names_no_quantity(indicator: str, before: str) -> bool:
    """The indicator is the one word right ``before`` the figure and can name
    nothing counted (最低2元, 由过去不足2000元, 带动周边5万亩, 当地260艘渔船): it
    says how or where the figure stands, and its quantity was not found; nor can
    a verb of change alone (较7月增加119.17亿元, 较上月末上升662亿美元, …压减至10类):
    it says how the figure moved, of a quantity not found. (After a count,
    10个重大创新平台, such a word opens the counted noun: kept. A verb that says
    what the counted do, 脱贫1000万人, 占地400亩, 开行1493列, names them: kept.)"""
    if not before.endswith(indicator) or len(words.cut(indicator)) != 1:
        return False
    tag = words.tag(indicator)
    return tag in _NO_QUANTITY_TAGS or _is_verb(indicator) and (indicator in _CHANGE_WORDS or indicator.endswith(_REACHED))


_LOCALIZER_ENDS = _LOCALIZERS | {"下"}  # …and 下 (海平面下, 现行标准下): not a function word here
_OWN_LOCALIZER_WORDS = ("线上", "线下")  # online, offline: 企业线上线下参展, 代表线上线下参会 (an attendance, read later)
_COMPARED_WITH_LAST = "比上"  # 比上|月, 较上|月末, 环比上|月: the basis the figure is compared with, its 月 read as a date


def _in_a_place_or_frame(indicator: str) -> bool:
    """The name ends in a localizer jieba cuts off the noun before it (楼内共有60人, 从这个平台上拿到了2000万元的订单,
    59项政策措施中已经完成10项, 在…基础上削减10%): where or among what the figure is, no quantity; or in the basis of a
    comparison with the month before, which lost its 月 (外汇储备规模较上|月末上升317亿美元: the body's sentence names
    the change). Not 国内, 以上 (words of their own) nor 线上/线下."""
    name = _RATE_SUFFIX.sub("", indicator)
    if name.endswith(_OWN_LOCALIZER_WORDS):
        return False
    toks = words.cut(name)
    return bool(toks) and toks[-1] in _LOCALIZER_ENDS or name.endswith(_COMPARED_WITH_LAST)


_MANNER = tuple(M["manner_prepositions"])


def _ends_in_manner(indicator: str) -> bool:
    """The name ends in the preposition of the figure's manner, alone or glued by jieba to the word before (塞西以
    94.5%的得票率, 井正以每天100米的速度): what the figure is of follows it, unread; not a dictionary word that ends so
    (可以, 予以, 难以)."""
    toks = words.cut(indicator)
    return bool(toks) and (toks[-1] in _MANNER or toks[-1].endswith(_MANNER) and not words.tag(toks[-1]))


def _counted_by_the_count_before(text: str, found: list[re.Match], m: re.Match, unit: str, indicator: str) -> bool:
    """The name is what the count right before the figure counts, and the figure counts what follows it, unread (jieba
    tags 选手, 相关, 跨 verbs; 这样的 a pronoun): 22支车队140多名选手 (was 车队 140名), 160多家国家级绿色工厂和25家这样的
    绿色供应链企业 (was 国家级绿色工厂 25家), 6条线路、38辆车 (was 线路 38辆): no figure."""
    if unit not in _CLASSIFIERS or not HAN_CHAR.match(text, m.end()) or text.startswith(indicator, m.end()):
        return False
    for f in found:
        if f.end() >= m.start():
            break
        between = text[f.end():m.start()]
        if between.rstrip("".join(LIST_JOINERS)) == indicator and _value_unit(f)[1] in _CLASSIFIERS:
            return True
    return False


def _names_a_person(indicator: str, frame: Frame) -> bool:
    """The indicator names a person of the sentence (老年公寓院长范花枝等31人;
    习近平总书记先后13次赴各地考察): a count of the people named with them or
    of a person's acts, no quantity of a place or body."""
    return any(person.surface in indicator for person in frame.of("Person"))


# …增加到(2011年的)11332亿元, 大幅提升至目前的81%, 降至16%, 提高到了2020年的62%; after a comma too
# (比重从20.9%，上升到39.8%: a speaker's pause, the level reached is the same quantity's); 到已经超过了210万: 已经
# between 到 and the bound passed
_FROM_TO = re.compile(f"[，,]?(?:{_DEGREE}|{'|'.join(M['level_change_adverbs'])})?(?:{_alt(M['growth'] + M['level_change_verbs'])})?(?:到|至)了?(?:{_EARLIER_TIME}|已经|已)?")
_RESPECTIVELY = "分别"
# 从现有的, 由目前的, 从2020年的: what opens the level a change starts from, right before its figure
# (由5年前的不到1%上升到5%左右: so many years before, in digits, as 从十年前的 in Chinese numerals; 不到 the qualifier)
_LEVEL_FROM = re.compile(r"[从由][^，,；;。\d从由到至]{0,12}?(?:(?:\d{4}年|\d{1,2}年前)(?:[^，,；;。\d从由到至]|不到){0,4}?)?$")
# 从十年前的960亿斤, 由5年前的不到1%: a level so many years before the text's year
_YEARS_AGO = re.compile(r"[从由]近?([一二两三四五六七八九十]{1,2}|\d{1,2})年前")


def _from_levels(text: str, found: list[re.Match]) -> dict[int, int]:
    """The figures that are the level a change starts from (由312个扩大到
    3120个; 将从现有的3.3万个扩容至5万余个), by where each starts, with where
    its 从 or 由 is: the level that stands, even where the change is aimed at."""
    if "从" not in text and "由" not in text:
        return {}
    levels = {}
    for m, then in zip(found, found[1:]):
        opened = _LEVEL_FROM.search(text, 0, m.start())
        if opened and _FROM_TO.fullmatch(text, m.end(), then.start()):
            levels[m.start()] = opened.start()
    return levels
_TRAILING_ADVERB = re.compile(r"(?:已经|已|将|正在)$")  # …国家已经分别扩大到: not a word of the last thing
_TO_LEVEL = re.compile(r"[到至]\s*$")
# between the levels a list changes from and those it changes to (…28%提高到2021年的15.1%…; 15秒、29秒降至2秒…)
_TO_LEVEL_AFTER = re.compile(rf"[^，,；;。、\d]{{0,4}}[到至](?:\d{{4}}年)?的?")
_LIST_ITEM = re.compile(rf"[{CJK}A-Za-z0-9]{{2,12}}")
_UNPAIRED = ""  # an indicator no figure is given: the figure is left out
_PAIRED_WORDS = M["paired_words"]
_SHORT_WORD = re.compile(rf"[{CJK}]{{2,4}}")  # 份额分别为…: the word itself
_NAMES_A_QUANTITY = re.compile(rf"[{CJK}A-Za-z0-9]*[{CJK}][{CJK}A-Za-z0-9]*")
_LIST_JOINT = re.compile(r"[、和及与]|以及")
_JOINT_IN_WORD = re.compile(_alt(M["joint_in_words"]))
_BETWEEN_FIGURES = re.compile(r"[、和及与，,]|以及")
_PAIR_LEVELS = re.compile(r"[^、，,；;。]+和[^、，,；;。和]+?(达到|达|为)$")  # A和B…达到x和y: the levels of A and of B


def _respectively(frame: Frame, found: list[re.Match], first: re.Match,
                  seen: list[tuple[re.Match, str]],
                  paired: dict[int, tuple[Optional[Mention], Optional[str]]]) -> dict[int, tuple[Optional[Mention], Optional[str]]]:
    """Where ``first`` opens a 分别 list of figures (or a list of rates: 同比
    增长了8.2%和6.7%), each paired in order with what is listed before: regions or bodies (四川、湖北旅游收入分别
    增长4.2%、6.9%: each its own subject, the words between naming the
    quantity), the parts of a paired word (手机产销分别完成…: 产量, 销量), else
    the sentence's figures before (出货量3125.4万部、新机型28款，占比分别为64.7%和
    45.2%: each of those quantities + the word before 分别), and so the
    subjects a list before was ``paired`` with (东、中、西部和东北地区…流量分别达到
    773亿GB、403亿GB…，同比增长37.2%、38.5%…: each region's rate)."""
    text = frame.text
    a, _ = clause_span(text, first.start())
    if text.startswith(_SOURCE_COLONS, a - 1):  # 占比分别为：85.4%、…: the list after a colon goes on with its clause
        a, _ = clause_span(text, a - 1)
    at = text.rfind(_RESPECTIVELY, a, first.start())
    listed = [first]
    for m in found:
        if m.start() > first.start():
            if not _BETWEEN_FIGURES.fullmatch(text, listed[-1].end(), m.start()):
                break
            listed.append(m)
    earlier = [m for m in found if max(at, a) < m.start() < first.start()]
    if earlier:
        # 比重分别从2012年的9.4%、28%提高到2021年的15.1%和32.4%: the levels reached pair as the levels left did
        return {m.start(): paired[e.start()] for e, m in zip(earlier, listed)} \
            if at >= a and len(earlier) == len(listed) > 1 and all(e.start() in paired for e in earlier) \
            and _TO_LEVEL_AFTER.match(text, earlier[-1].end(), first.start()) else {}
    if len(listed) < 2:
        return {}
    how = text[max(at + len(_RESPECTIVELY), a):first.start()]
    growth = bool(_GROWTH_WORD.search(how)) and not _TO_LEVEL.search(how)  # 分别扩大到47个和55个: the levels reached
    points = _in_points(text, first)
    # 分别增加16列和13列, 分别提高90元和85元: a list of amounts a quantity changed by, no rates: named by the quantity,
    # as a single 增加16列 is (not 货运班列增速 16 列)
    growth_rate = growth and (points or (listed[-1].group("unit") or "") in _RATE_LIST_UNITS)
    respectively = at >= 0
    if not respectively:  # 同比增长了8.2%和6.7%: without 分别 only the rates of the quantities before pair, and
        # two levels of two things joined by 和 (城镇和农村居民人均可支配收入达到73860元和42794元)
        pair = None if growth or len(listed) != 2 else _PAIR_LEVELS.search(text, a, first.start())
        at = a + _GROWTH_WORD.search(how).start() if growth else pair.start(1) if pair else -1
        if at < 0:
            return {}
    subjects = _listed_before(frame, a, at)
    # 工商银行、建设银行、农业银行位列前三，金融科技投入分别为262.24亿元、…: the clause names only the quantity
    named_here = None if subjects or not respectively or a == 0 or _RATE_BASIS_ONLY.fullmatch(text, a, at) \
        else _quantity_alone(text[a:at])
    if not subjects and respectively and (_RATE_BASIS_ONLY.fullmatch(text, a, at) or named_here) and a > 0:
        # 北京、广东…软件业务收入居全国前5位，分别同比增长10.6%、…: the list and its quantity open the clause
        # before, which gives no figures of its own (…流量分别达到773亿GB…，同比增长37.2%…: paired below)
        # (华为在北京、上海、深圳设立研发中心，分别投入…: places inside the clause are where its subject acts)
        before, _ = clause_span(text, a - 1)
        earlier = _listed_before(frame, before, a - 1)
        if len(earlier) == len(listed) and not any(before <= m.start() < a for m in found) \
                and (earlier[0].start <= _LEAD_WORDS.match(text, before).end() + 1 or _partner_before(text, earlier)):
            quantity = named_here or _noun_phrase_after(_after_list(text, earlier[-1].end, a - 1), frame.settings.thresholds)
            name = _rate_named(quantity, growth_rate)
            return _pair_listed(text, earlier, listed, name)
    if len(subjects) == len(listed):
        between = _after_list(text, subjects[-1].end, at)
        # 东中西和东北四个地区软件业务收入在全国总收入中的占比分别为…: each region's share
        share = _share_indicator(between, None) if _SHARE.search(between) else None
        if share:
            return {m.start(): (s, share) for s, m in zip(subjects, listed)}
        if growth:  # 东、中、西部地区电信主营业务收入比上年同期分别增长8.4%、…, 东部、中部、西部实际使用外资同比分别增长…:
            # the basis, not the quantity (a basis other than 同比 stays: 环比)
            between = _PLAIN_BASIS_END.sub("", _COMPARISON.sub("", between)) or between
        quantity = _noun_phrase_before(between, verb_ok=False)
        if not quantity and growth and respectively:  # 中国移动和中国联通分别将资费下调了70%和80%: named after 分别
            quantity = _noun_phrase_before(how[:_GROWTH_WORD.search(how).start()], verb_ok=False)
        name = _rate_named(quantity, growth_rate)
        return _pair_listed(text, subjects, listed, name)
    words_before = text[a:at]
    pair = next((p for p in _PAIRED_WORDS if words_before.endswith(p)), None)
    if pair and len(_PAIRED_WORDS[pair]) == len(listed):  # 手机产销分别完成3210.5万部和3098.7万部
        base = _noun_phrase_before(words_before[:-len(pair)], verb_ok=False)
        return {m.start(): (None, base + part) for part, m in zip(_PAIRED_WORDS[pair], listed)}
    share = _SHARE.search(words_before) if not growth and not points else None
    # (a share of a named whole: 民间投资占比 of 非金属矿采选业、…等行业的 is each thing's quantity's, not read here)
    named = _share_indicator(words_before, None) if share and any(share.groups()) else None
    parts = _listed_items(frame, found, a, a + share.start(), len(listed)) if named and _SHARE_MARK in named else ([], True)
    if parts[0] and not parts[1]:
        # 高技术制造业、装备制造业增加值占规模以上工业增加值的比重分别达到…: each thing's share of the one whole, the
        # thing named with the quantity the last one names (高技术制造业增加值占规模以上工业增加值比重)
        whole = named.partition(_SHARE_MARK)[2]
        return {m.start(): (None, n + _SHARE_MARK + whole) for n, m in zip(_items_named(parts[0]), listed)}
    items, earlier_clause = _listed_items(frame, found, a, at, len(listed))
    if items:  # 客流量、营业额同比分别增长…; 完工量、新接订单量，分别达到…; 装饰品、葡萄酒等品类热销，销售额同比分别增长…
        if earlier_clause:
            quantity = _noun_phrase_before(_RATE_BASIS.sub("", words_before), verb_ok=False)
            names = [item + quantity for item in items]
        else:  # 原油、天然气产量分别达到…: the last item's quantity is each item's; 汽车、船舶等产品的出口额: the one after 等
            names = _of_the_first_thing(_items_named(items, _quantity_after_list(_RATE_BASIS.sub("", words_before))))
        if points:  # 弃风、弃光率分别同比下降5.2和4.3个百分点: each rate's change (an index's, a period's: left)
            return {m.start(): (None, n + "变化" if _IS_RATE.search(n) else _UNPAIRED) for n, m in zip(_rates_named(names), listed)}
        whole = _SHARE_AFTER_RESPECTIVELY.fullmatch(how) if respectively and not growth else None
        if whole:  # 造船完工量、新接订单量分别占全球的51.7%、68.3%: each one's share of the whole
            return {m.start(): (None, _share_of_whole(n, whole)) for n, m in zip(names, listed)}
        return {m.start(): (None, _rate_named(n, growth_rate)) for n, m in zip(names, listed)}
    names = [indicator for _, indicator in seen if _NAMES_A_QUANTITY.fullmatch(indicator)][-len(listed):]
    owners = _listed_owners(seen, paired, len(listed))
    if len(names) < len(listed) or len(set(names)) < len(names) and not any(owners):
        return {m.start(): (None, _UNPAIRED) for m in listed} if respectively else {}  # each figure is some item's: no one's we know
    gap = _gap_before(text[a:first.start()]) if points else None
    pulled = _PULLS.search(text[a:first.start()]) if points else None
    if points and (gap or growth or pulled) and not all(_IS_RATE.search(n) for n in names):
        return {m.start(): (None, _UNPAIRED) for m in listed}  # …增速较上月分别加快0.4、0.8个百分点，分别拉动…: no rates before
    if pulled:  # 分别拉动工业增长2.3、2.0个百分点: each quantity's contribution to another's growth
        return {m.start(): (s, _RATE_SUFFIX.sub("", n) + pulled.group(1)) for s, n, m in zip(owners, names, listed)}
    if gap:  # 增速分别比规模以上工业快4.2和3.4个百分点: each rate's gap to the other rate
        return {m.start(): (s, _gap_indicator(text[a:first.start()], gap, None, n, n)[0])
                for s, n, m in zip(owners, names, listed)}
    basis = _RATE_BASIS.search(words_before)
    if growth:  # 环比分别增长了2.3%和3.9%: each quantity's rate
        how = basis.group(1) if basis and basis.group(1) != "同比" else ""
        rate = how + "增速" if growth_rate else ""  # (同比增加2430万人、849万人: the quantities' increases, no rates)
        word = _noun_phrase_before(_RATE_BASIS.sub("", words_before), verb_ok=False)
        if all(owners) and word and not _IS_RATE.search(word) and not points:
            # 东部、中部和西部业务总量分别增长了7.4%、…，业务收入分别增长了0.5%、…: the listed regions' next quantity
            return {m.start(): (s, word + rate) for s, m in zip(owners, listed)}
        return {m.start(): (s, n + how + "变化" if _IS_RATE.search(n) and _in_points(text, m) else _RATE_SUFFIX.sub("", n) + rate)
                for s, n, m in zip(owners, names, listed)}  # 开工率…提升15.5个百分点: a rate's change
    if all(owners) and _SHARE.search(words_before):  # …；占本地区移动电话用户总数的比重分别为…: each region's quantity's share
        return {m.start(): (s, _share_indicator(words_before, n)) for s, n, m in zip(owners, names, listed)}
    whole = _SHARE_AFTER_RESPECTIVELY.fullmatch(how) if respectively and not growth and not words_before else None
    if whole and len(set(names)) == len(names):
        # …手持订单量三大指标分别为2113万载重吨、…，分别占世界总量的49.6%、…: the shares of the quantities listed before
        # (of the quantities, not their rates: …出口同比分别增长118.5%、…，分别占全国同类商品的63.7%、…)
        return {m.start(): (s, _share_of_whole(_RATE_SUFFIX.sub("", n), whole)) for s, n, m in zip(owners, names, listed)}
    word = words_before if _SHORT_WORD.fullmatch(words_before) else _noun_phrase_before(words_before, verb_ok=False)
    if all(owners) and word and not _IS_RATE.search(word):  # 东、中、西部…渗透率分别为…；5G移动电话用户分别达…: the regions' next quantity
        return {m.start(): (s, word) for s, m in zip(owners, listed)}
    return {m.start(): (s, n + word) for s, n, m in zip(owners, names, listed)} if word else {}


def _share_of_whole(name: str, whole: re.Match) -> str:
    """The share of the whole a 分别 list's shares are of (_SHARE_AFTER_RESPECTIVELY: 分别占世界总量的) that the quantity
    ``name`` takes (造船完工量占世界总量比重); each one's 占比 where the list names no whole (分别占比12%、40%)."""
    named = whole.group("whole")
    return f"{name}{_SHARE_MARK}{_scope_of_total(_short_form(named), name)}比重" if named else name + _SHARE_MARK + "比"


def _rates_named(names: list[str]) -> list[str]:
    """Listed things named with the rate or share the last one names, where they
    name none of their own (餐饮收入、限额以上餐饮收入增速 -> 餐饮收入增速;
    快递业务收入和业务量占全国的比重 -> 快递业务收入占全国的比重)."""
    rate = _IS_RATE.search(names[-1])
    if rate is None:
        return names
    tail = names[-1][names[-1].rfind(_SHARE_MARK):] if _SHARE_MARK in names[-1] else rate.group()
    return [n if _IS_RATE.search(n) else n + tail for n in names]


def _listed_owners(seen: list[tuple[re.Match, str]], paired: dict[int, tuple[Optional[Mention], Optional[str]]],
                   n: int) -> list[Optional[Mention]]:
    """The subjects the last ``n`` figures before were paired with in order,
    when each is another's (a list of regions or bodies); else none."""
    owners = [paired.get(m.start(), (None, None))[0] for m, _ in seen[-n:]]
    if len(owners) == n and all(owners) and len({o.name for o in owners}) == n:
        return owners
    return [None] * n


def _items_named(items: list[str], quantity: str = "") -> list[str]:
    """Each listed thing with ``quantity``, else the quantity the last one names (原油、天然气产量
    -> 原油产量, 天然气产量), or as written where it names its own; where the
    first thing's ending (two characters or more) recurs inside the last, after
    what sets it apart, what follows it there (移动通信网络、固定宽带网络接入能力
    -> 移动通信网络接入能力; 城镇居民、农村居民人均可支配收入, where 城镇居民 is
    one word -> 城镇居民人均可支配收入)."""
    quantity = quantity or _quantity_tail(items[-1])
    if not quantity:
        first, last = items[0], items[-1]
        # after the last's own first character: 人工智能、智能制造产值 share no 制造产值
        ending = next((first[i:] for i in range(len(first) - 1) if first[i:] in last[1:-len(first[i:])]), "")
        rest = last[last.rindex(ending) + len(ending):] if ending else ""
        quantity = "" if rest.startswith(tuple(_ADVERBS)) else rest  # 长江流域和黄河流域已累计…: no shared quantity
    if not quantity and _parallel_modifiers(items):  # 城镇和农村居民人均可支配收入: 城镇 parallels 农村
        quantity = items[-1][len(items[0]):]
    items = [_one_character_parallel(item, items[-1]) for item in items[:-1]] + items[-1:]
    return [item[:-len(_OF + quantity)] + quantity if quantity and item.endswith(_OF + quantity)
            else item if not quantity or item.endswith(quantity) or _is_quantity_word(words.cut(item)[-1]) else item + quantity
            for item in items]


def _of_the_first_thing(names: list[str]) -> list[str]:
    """An amount listed bare after a count of transactions (处理移动支付业务笔数和金额, 支付交易笔数、金额): the amount of the
    transactions counted (处理移动支付业务金额), as after a count in 笔 (_AMOUNT_AFTER_COUNT); a quantity released paired
    with the first (全国示范步行街客流量、营业额: _thing_of_pair) is of the first's thing (示范步行街营业额); the names as they
    are where the first is neither (营业收入和利润), names no thing (客流量、营业额) or a later item is more than the word."""
    toks = words.cut(names[0])
    own = toks[-1] if len(toks) > 1 else ""
    counted = own.endswith(_COUNT_WORD_END) and own[:-len(_COUNT_WORD_END)] in _TRANSACTION_UNITS
    thing = names[0][:-len(own)] if counted else ""
    # (金额较去年同期: its basis goes later, as the first's does)
    bare = all(_COMPARISON.sub("", n) in _TRANSACTION_AMOUNT_HEADS for n in names[1:])
    if len(thing) >= 2 and bare:
        return [names[0]] + [thing + n for n in names[1:]]
    paired = [_thing_of_pair(names[0], _COMPARISON.sub("", n)) for n in names[1:]]  # 示范步行街客流量、营业额
    return [names[0]] + [t + n for t, n in zip(paired, names[1:])] if all(paired) else names


def _thing_of_pair(first: str, bare: str) -> str:
    """The thing a quantity named ``first`` is of, where ``bare`` is the quantity released paired with it
    (企业承接服务外包合同额 and 执行额 -> 企业承接服务外包; 全国示范步行街客流量 and 营业额 -> 全国示范步行街:
    patterns.toml paired_quantity_heads); "" where ``first`` ends in no such head or names no thing before it."""
    for head, after in _PAIRED_HEADS.items():
        if bare in after and first.endswith(head) and len(first) - len(head) >= 2:
            return first[:-len(head)]
    return ""


def _one_character_parallel(item: str, last: str) -> str:
    """A thing listed by one character that stands in for the last thing's first
    character, and shares the rest of its first word and what follows (内、外贸吞吐量
    -> 内贸吞吐量; 汽、柴油价格 -> 汽油价格): the two make a word the dictionary knows
    (内贸, 汽油), where 中、小微企业 makes none (中微) and stays as it is. Only where
    jieba cuts the last thing's first word as two characters: 进、出口额 (出口额 one
    word) and 大、中型企业 (中型企业) stay as written."""
    first_word = words.cut(last)[0] if last else ""
    if len(item) != 1 or len(first_word) != 2 or item == first_word[0] or not words.tag(item + first_word[1]):
        return item
    return item + last[1:]


def _parallel_modifiers(items: list[str]) -> bool:
    """The things listed before the last are single words as long as each
    other that stand in for the last one's first characters (城镇 | 农村 in
    城镇和农村居民人均可支配收入), whose rest names the quantity they share."""
    first, rest = items[0], items[-1][len(items[0]):]
    return len(first) >= 2 and all(len(item) == len(first) and len(words.cut(item)) == 1 and not _is_quantity_word(item)
                                   for item in items[:-1]) \
        and len(rest) >= 2 and _is_quantity_word(words.cut(rest)[-1])


_SHARE_MARK = "占"
# 分别占全球的 (51.7%、68.3%), 分别占世界总量的: the whole the listed things' shares are of, between 分别 and the figures
# (none in 分别占比, 分别占到: 比, 到 and the words _SHARE keeps out of a whole open none)
_SHARE_AFTER_RESPECTIVELY = re.compile(r"\s*占(?:到了?|了)?(?:(?![有据领用地到了])(?P<whole>[^，,；;。\d%、率比为达是份在]{1,16}?)"
                                       rf"的?(?:比重|份额)?|比重?|份额)?的?(?:为|达到?|是)?(?:{_APPROXIMATE})?")
_EACH_GROWTH = re.compile(r"(?:同比|环比)?(?:增长|增速|增幅)$")
# 均/都/双双/各 before a figure's verb: every item listed before has that figure
# (not 年均, 人均, 平均…: a mean; nor 首都, 成都: a place; 各 alone, not 各类, 各地, 各有关)
_EACH = re.compile(r"(?:(?<![年人户平日月亩首成京国])(?:均|都|双双)|各(?!有关))(?=[^，,；;。\d]{0,6}$)")
_EACH_WORD = "各"  # 两省各新增…, 广东、江苏等省份地区生产总值各超过10万亿元: a word of its own there


def _each_alike(frame: Frame, found: list[re.Match], m: re.Match, a: int, subj: Mention,
                indicator: str) -> list[tuple[Mention, str]]:
    """Whose and of what the figure at ``m`` is, once for each thing listed
    before its 均/都/双双 (广东和浙江农村劳动力均增加了40%: each
    province's; 移动通信网络、固定宽带网络接入能力均达到1000兆比特每秒;
    多晶硅、硅片、电池、组件产量同比增长均超过55%: each item's, with the
    quantity the last names); otherwise the one figure."""
    text = frame.text
    each = _EACH.search(text, a, m.start())
    if each is not None and (words.tag(text[each.start():each.start() + 2]).startswith("n")
                             or each.group() == _EACH_WORD and words.cut(text[each.start():m.start()])[0] != _EACH_WORD):
        each = None  # 均价, 均值, 都市圈: a noun it opens, not "each"; 各类, 各项, 各地: a word 各 opens
    if each is None or _SHARE_MARK in text[each.end():m.start()]:  # 均占全国10%: a share of each, not named here
        return [(subj, indicator)]
    growth = _EACH_GROWTH.search(text, a, each.start())  # 产量同比增长均超过55%: each item's growth
    end = growth.start() if growth else each.start()
    rate = "增速" if growth or indicator.endswith("增速") else ""
    subjects = _listed_before(frame, a, each.start())
    if subjects and all(s.type == subj.type for s in subjects) and subj.name in {s.name for s in subjects}:
        between = _without_list_count(_RATE_BASIS.sub("", text[subjects[-1].end:end]))  # 两省各新增企业…: no quantity
        quantity = _noun_phrase_before(between, verb_ok=False)  # 湖北、河南等地重点零售业销售额均…
        name = quantity + rate if quantity and rate and not _IS_RATE.search(quantity) else quantity or indicator
        return [(s, name) for s in subjects]
    if each.group() == _EACH_WORD:
        return [(subj, indicator)]  # 新推出“秒批”服务和“不见面审批”事项各200项: things listed, named as before (only places and bodies here)
    if any(a <= o.start < each.start() and o.name != subj.name for o in _owners(frame) if o.type in _SUBJECT_TYPES):
        return [(subj, indicator)]  # 向“一带一路”沿线国家、欧洲等: places or bodies not all read as such
    items, earlier_clause = _listed_items(frame, found, a, end)
    after_etc = text[a:end].partition(LIST_CLOSER)[2]  # 教育、…等重点领域支出: what is counted of each follows 等
    quantity = _quantity_after_list(text[a:end])
    if not items or earlier_clause or after_etc and not quantity or any("的" in item for item in items):
        return [(subj, indicator)]  # 整个集团公司的营业额和利润: a modifier's reach unclear
    return [(subj, name + rate if rate and not _IS_RATE.search(name) else name) for name in _items_named(items, quantity)]


_GROWS_HOW = re.compile(f"(?:{_alt(M['growth'])})(?=[^，,；;。\\d%]{{0,6}}$)")  # …增长较为平稳, …增长较快: no figure after


def _listed_items(frame: Frame, found: list[re.Match], a: int, at: int, n: Optional[int] = None) -> tuple[list[str], bool]:
    """The ``n`` things (two or more, if not given) listed (A、B和C, up to 等) before 分别 at ``at``: in its
    clause, else in the clause before (then the words before 分别 name what
    is counted of each); none if figures are among them. A field's name
    with 和 in it (软件和信息技术服务业) is one thing, and so is a thing with
    和 before the list's last 、."""
    text = frame.text
    fields = [(f.start, f.end) for f in frame.of("Sector", top=False)]
    for start, end in ((a, at), (clause_span(text, a - 2)[0], a - 1) if a > 1 else (a, a)):
        if any(start <= m.start() < end for m in found):
            continue
        stretch = _RATE_BASIS.sub("", _TRAILING_ADVERB.sub("", text[start:end].split(LIST_CLOSER)[0]))
        if start < a:  # the clause before says how the things grew (软件产品和信息系统集成服务增长较为平稳，分别实现收入…)
            stretch = _GROWS_HOW.split(stretch, 1)[0]
        last_comma = stretch.rfind("、")  # A、B和C: 和 joins only after the last 、 (社会保障和就业、卫生健康: one thing)
        inside = [w.span() for w in _JOINT_IN_WORD.finditer(stretch)]  # 普及率's 及 joins nothing
        joints = [j for j in _LIST_JOINT.finditer(stretch) if (j.group() == "、" or j.start() > last_comma)
                  and not any(w_start <= j.start() < w_end for w_start, w_end in inside)
                  and not any(f_start <= start + j.start() < f_end for f_start, f_end in fields)]
        bounds = [0] + [x for j in joints for x in (j.start(), j.end())] + [len(stretch)]
        items = _class_of_items_dropped([_list_item(stretch[i:k]) for i, k in zip(bounds[::2], bounds[1::2])])
        if len(items) == (n or max(len(items), 2)) and all(items) and all(_NAMES_A_QUANTITY.fullmatch(i) for i in items) \
                and len(set(items)) == len(items):
            return items, start < a
    return [], False


def _quantity_tail(phrase: str) -> str:
    """The quantity a listed thing's noun phrase ends with, which the things
    listed before it share (原油、天然气产量 -> 产量; 科技、绿色、数字经济产业贷款余额
    -> 贷款余额; 太阳能电池、新能源汽车产量 -> 产量): from its first quantity word
    after a noun on; "" where a verb comes before (旅游收入, 销售金额: one quantity),
    where the phrase ends in no quantity, or for one character."""
    toks = words.cut(phrase)
    if not toks or not _is_quantity_word(toks[-1]):
        return ""
    tail = "".join(toks[len(toks) - toks[::-1].index(_OF):]) if _OF in toks[:-1] else ""
    if tail and not _IS_RATE.search(tail):
        # 太阳能电池的产量, 产品的出口额: what follows the last 的, if a word of two characters or more (not a share
        # or rate, whose 的 is of the whole it is taken of: 占规模以上工业增加值的比重)
        return tail if len(tail) >= 2 else ""
    for k, tok in enumerate(toks):
        named = _QUANTITY_END.search(tok)
        if named and named.start() > 0 and words.tag(tok[:named.start()]).startswith("n"):
            tail = tok[named.start():] + "".join(toks[k + 1:])  # 汽车产量: the thing and its quantity in one word
        elif k > 0 and _is_quantity_word(tok) and words.tag(toks[k - 1]).startswith("n"):
            tail = "".join(toks[k:])
        else:
            continue
        return tail if len(tail) >= 2 else ""
    return ""


_OF = "的"


def _quantity_after_list(stretch: str) -> str:
    """The quantity named after a list's 等 (教育、…等重点领域支出 -> 支出; 汽车、船舶等产品的出口额 -> 出口额):
    what is counted of each thing listed; "" where none is named."""
    after_etc = stretch.partition(LIST_CLOSER)[2]
    return _quantity_tail(after_etc) if after_etc else ""


def _is_quantity_word(tok: str) -> bool:
    return tok in _QUANTITY_WORDS or bool(_QUANTITY_END.search(tok)) or tok.endswith(tuple(_BOUND_SUFFIXES))


# the class a list's items make, written after the last (…和手持订单量+三大指标分别为…); its words name no quantity
_CLASS_AFTER_ITEMS = re.compile(f"(?:{_CLASS_OF_ITEMS.pattern})[{CJK}]{{1,4}}$")


def _class_of_items_dropped(items: list[str]) -> list[str]:
    """The listed things less the class they make after the last, where its number is theirs (造船完工量、新接订单量和
    手持订单量三大指标 -> …, 手持订单量): no word of the last thing's name; not where the class's words end in a quantity,
    each thing's (集成电路、生物医药两大产业产值: 产值 stays read as before)."""
    last = items[-1] if len(items) > 1 else ""
    cls = _CLASS_AFTER_ITEMS.search(last, 2)
    if cls is None or parse_number(cls.group()[0], None) != len(items) or _is_quantity_word(words.cut(cls.group())[-1]):
        return items
    return items[:-1] + [last[:cls.start()]]


def _list_item(part: str) -> str:
    """A listed thing as written (新接订单量, 年夜饭预制菜), less a scope word;
    a longer stretch, its noun phrase."""
    item = _STRIP_LEFT.sub("", part.strip())
    return item if _LIST_ITEM.fullmatch(item) else _noun_phrase_before(part, verb_ok=False)


_PARTNER_BEFORE = frozenset(M["partner_prepositions"])


def _partner_before(text: str, subjects: list[Mention]) -> str:
    """The preposition that makes the listed ``subjects`` partners of the
    clause's subject (我国对东盟、拉美、非洲进出口…: 对), or ""."""
    partner = text[subjects[0].start - 1:subjects[0].start]
    return partner if partner in _PARTNER_BEFORE else ""


def _pair_listed(text: str, subjects: list[Mention], listed: list[re.Match],
                 name: str) -> dict[int, tuple[Optional[Mention], Optional[str]]]:
    """Each figure ``listed`` paired in order with its subject, its quantity
    ``name``; listed partners (对东盟、拉美、非洲进出口分别增长…) name the
    quantity of the clause's subject instead (对东盟进出口增速)."""
    partner = _partner_before(text, subjects)
    if partner:
        return {m.start(): (None, partner + s.surface + name if name else _UNPAIRED) for s, m in zip(subjects, listed)}
    return {m.start(): (s, name or None) for s, m in zip(subjects, listed)}


_RATE_BASIS_ONLY = re.compile(r"\s*(?:同比|环比)?")  # 分别 opening its clause: …，(同比)分别增长…


def _quantity_alone(clause: str) -> str:
    """The quantity a clause before its 分别 names and nothing else (…位列前三，金融科技投入分别为…:
    金融科技投入), or "": a clause with a verb, a subject or a figure of its own names more."""
    quantity = _noun_phrase_before(clause, verb_ok=False)
    return quantity if quantity and quantity == clause.strip(" ，,") else ""
_LISTED_REGIONS_WORD = re.compile(r"^(?:[三四][个大])?地区")  # the run's last word (东北|四个地区), before what is counted


def _after_list(text: str, end: int, at: int) -> str:
    """The words from a list's ``end`` to ``at``, less the run's last word (东中西和东北|四个地区
    软件业务收入…): what the list's figures count."""
    return _LISTED_REGIONS_WORD.sub("", text[end:at])


def _listed_before(frame: Frame, a: int, at: int) -> list[Mention]:
    """The last list of regions or bodies (A、B和C; 东中西和东北四个地区) in text[a:at]."""
    runs: list[list[Mention]] = [[]]
    for m in _owners(frame):
        if m.start < a or m.end > at:
            continue
        if m.type not in _SUBJECT_TYPES or runs[-1] and not _LIST_JOINT.fullmatch(frame.text, runs[-1][-1].end, m.start) \
                and not (m.start == runs[-1][-1].end and m.source == runs[-1][-1].source == MACRO_REGIONS):
            runs.append([])
        if m.type in _SUBJECT_TYPES:
            runs[-1].append(m)
    return next((run for run in reversed(runs) if len(run) >= 2), [])


_LEGAL = any_of(M['legal'])
_DIMENSION = re.compile(f"(?:(?:{_alt(M['dimensions'])})(?:[^，,；;。\\d]{{0,6}})|{_alt(M['dimensions_adjoining'])})$")


_DIMENSION_AFTER = re.compile(f"(?:{_alt(M['dimensions_after'])})(?=的|[，,；;。、]|$)")


_LENGTHS = set(M["lengths"])
_DIMENSION_WORDS_AFTER = set(M["dimensions_after"])
_GROUP_SIZES = tuple(M["group_sizes"])


def _is_dimension(text: str, clause_start: int, m: re.Match) -> bool:
    """Whether the figure ``m`` measures a dimension (海拔4800米, 距离海岸线150公里, 40米深的地下;
    a length's word standing alone before a noun: 近百米高沙尘墙, not 100公里高速公路 or 长江) or is
    each group's size (社区居民4人一组)."""
    if _DIMENSION.search(text, clause_start, m.start()) or _DIMENSION_AFTER.match(text, m.end()) \
            or text.startswith(_GROUP_SIZES, m.end()):
        return True
    return m.group("unit") in _LENGTHS and text[m.end():m.end() + 1] in _DIMENSION_WORDS_AFTER \
        and words.cut(text[m.end():m.end() + WORD_AFTER])[0] in _DIMENSION_WORDS_AFTER


_SPEEDS = tuple(M["speed_units"])
# not 达到25%及以上等2个目标 (a list goes on), nor 保持在3%及以上水平/的增长 (the figure's own level or growth, as
# 8%以上的水平, 15%以上的增长 in the 新闻联播 items)
_GRADES_NOUN = re.compile(rf"{_AND_BOUND.pattern}(?!的?(?:[等和或]|水平|增长|增速|增幅|幅度|目标))的?[{CJK}]")


def _is_grade(text: str, m: re.Match, unit: str) -> bool:
    """Whether the figure ``m`` is the grade of a class of things: a speed
    and a bound after it that the class it grades follows (1000Mbps及以上接入速率的用户为9175万户,
    100Mbps以上用户), any figure and 及以上/及以下 before a noun (220千伏及以上输电线路79.4万公里,
    50亿元及以上项目投资, 1000万元及以下的小微企业贷款); no one's figure. Not a speed
    reached that its clause ends with (平均下载速率达到500Mbps以上。), nor a bound of
    the figure itself (增长10%及以上，)."""
    if unit in _SPEEDS:
        bound = m.end() if m.group("tail") in _BOUNDS else (b.end() if (b := _AND_BOUND.match(text, m.end())) else None)
        if bound is not None and bound < len(text) and not _PUNCTUATION.match(text, bound):
            return True
    return _GRADES_NOUN.match(text, m.end()) is not None or _money_band(text, m, unit)


# the things a money band grades and their count after them in the clause (5000万元以上|项目1171个), or the count before
# the band (843个|5000万元以上项目, 50个规模|300亿元以上轻工特色产业集群), the sum's name between them in the clause
# (966个计划总投资|10亿元以上公路水路续建项目: each one's size, no total of the 966)
_BANDED_THINGS_COUNTED = re.compile(rf"[^，,；;。：:的\d]{{1,12}}?\d+(?:\.\d+)?[多余]?[万千]?(?:{_alt(M['classifiers'])})")
_COUNT_BEFORE_BAND = re.compile(rf"\d+(?:\.\d+)?[多余]?(?:{_alt(M['classifiers'])})[{CJK}]{{0,6}}$")


def _money_band(text: str, m: re.Match, unit: str) -> bool:
    """Whether the figure ``m`` is a sum and 以上 right before things counted in its clause (承接京津投资5000万元以上项目
    1171个, 843个5000万元以上项目集中开工, 实施500万元以上技改项目1万个): the class of things by size, no one's
    figure. Not where a sum's own name follows (安排100亿元以上奖补资金), nor a verb (投资500亿元以上建设…, jieba tags 建设 vn)."""
    if m.group("tail") != "以上" or not unit.endswith(tuple(_CURRENCIES)):
        return False
    after = words.cut(text[m.end():m.end() + words.CONTEXT_AROUND])[:1]
    if not after or not HAN_CHAR.match(after[0]) or words.tag(after[0]).startswith("v") or after[0] in _MONEY_HEADS:
        return False  # …and not the sum's own name right after it (3家企业获得5000万元以上贷款)
    things = _BANDED_THINGS_COUNTED.match(text, m.end())
    if things is not None and any(h in things.group() for h in _MONEY_HEADS):
        return False
    return things is not None or _COUNT_BEFORE_BAND.search(text, 0, m.start()) is not None


_PLACE_KIND = _alt(M["place_kinds"])  # not a character class: a kind of two characters (自治州) stays one word
_PLACES_COUNTED = re.compile(rf"(?:{_PLACE_KIND})[（(](?:{_PLACE_KIND}|[、，,])+[）)]")
_SISTER_KINDS = rf"[（(][{CJK}、]{{1,6}}[)）]"  # 省(市), 省（区、市）: the kinds a counted group's name brackets


# 有5个省份的地区生产总值超过万亿: a count of members and the bar they pass (not their sum: 合计, 累计…)
_MEMBERS_PASS = re.compile(rf"有(?:\d+|[一二两三四五六七八九十]+)(?:多|余)?个(?:{_alt(M['bar_members'])})(?:{_SISTER_KINDS})?"
                           rf"(?:(?!{_MEMBER_SUMS})[^，,；;。、\d]){{0,16}}?(?P<verb>(?:超过|突破|达到)了)?$")
_BAR_QUALIFIERS = ("超过", "以上")


def _passes_members_bar(text: str, clause_start: int, m: re.Match) -> bool:
    """Whether the figure ``m`` is the bar that members counted after 有 pass
    (有5个省份的地区生产总值超过万亿, 有15个省份的经济总量超过了2万亿元): each one's, no one's."""
    if text.find("有", clause_start, m.start()) < 0:
        return False  # most clauses count no members after 有
    passed = _MEMBERS_PASS.search(text, clause_start, m.start())
    return passed is not None and bool(passed.group("verb") or any(
        _QUALIFIERS.get(q or "") in _BAR_QUALIFIERS for q in (m.group("pre"), m.group("tail"), _more_than(m))))


_COMES_FROM = re.compile(r"来自[^，,。；;]{0,30}$")
_FROM_COUNTED = set(M["from_counted"])
# …的毕业生达50万人: a verb of level after the 来自 phrase's head, whose figure is a quantity of the subject's
_LEVEL_AFTER_HEAD = re.compile(rf"的[^的]+?(?:{_alt(M['total'])})[约近逾]?$")


def _from_where(frame: Frame, subj: Optional[Mention], a: int, m: re.Match, unit: str) -> bool:
    """The figure's subject is a place its count of people names as where they come from (_counts_where_from)."""
    return subj is not None and subj.type == "Region" and _counts_where_from(frame, subj, a, m, unit)


def _counts_where_from(frame: Frame, subj: Mention, clause_start: int, m: re.Match, unit: str) -> bool:
    """The figure counts people, teams or bodies by where they come from (来自全国各地的600多名代表,
    来自36个国家和地区的800多名嘉宾): those who gather, no figure of the place they come from. Not where
    the place is written before them, acting on them (天津陆续承接来自北京…的6500家商户), nor where a verb
    of level gives the count of the phrase's head (来自低收入家庭的毕业生达50万人)."""
    text = frame.text
    came = _COMES_FROM.search(text, clause_start, m.start()) if unit in _FROM_COUNTED else None
    if came is None:
        return False
    # the place opens the clause as its subject (天津陆续承接来自…), not a word inside it (此次中国援几内亚医疗队24名队员来自…)
    acts = subj.sentence == frame.sentence.index and subj.start >= clause_start and not text[clause_start:subj.start].strip() \
        and subj.end <= came.start()
    return not acts and not _LEVEL_AFTER_HEAD.search(text, came.start(), m.start())


# 汽车保有量超过100万辆的城市共有79个, 其中超过1亿美元的大项目有15个: a bar before 的, the things that pass it and
# their count (a figure after them in the clause, 有/达到… between): the class's bar, no one's figure; not a share of
# what follows (超过50%的税收), nor a list of things (超过29000个泵站的基本信息和5000个…)
_CLASS_BARS = _alt(M["class_bars"])  # 超过, 不足…: the bar a class of things passes (patterns.toml)
_BAR_BEFORE = re.compile(rf"(?:{_CLASS_BARS})$")
_CLASS_BAR_LONGEST = max(map(len, M["class_bars"]))
_NOT_IN_THINGS = r"，,；;。、和及与\d“”（("  # what ends the name of a class's things: a mark, a joiner, a digit, a quote
_THINGS_AFTER_BAR = rf"的[^{_NOT_IN_THINGS}]{{1,10}}?"
_COUNT_OF_THINGS = rf"(?:{_alt(M['class_counts'])})?"
# 200万人次以下的…, 增幅在200%-300%之间的…: the figure's tail, not read with it (the range's end, a figure of its own
# where written with its unit, is read as one)
_BELOW_BAR = re.compile(r"以[下内]|[-—~至到][\d.]+%?之间")
_CLASS_COUNT_QUALIFIER = _alt(M["class_count_qualifiers"])
_THINGS_COUNTED_AFTER = re.compile(rf"{_THINGS_AFTER_BAR}{_COUNT_OF_THINGS}(?:{_CLASS_COUNT_QUALIFIER})?\d")
# …or after a bar word that ends the figure (以上, 以下): the count said by a verb or an approximation (有38个, 约7800家),
# a number, not a word a digit opens (90%以上的行政村已有5G网络, 80%以上的企业达到3A级: a share of the things, no bar)
_CLASS_COUNTED_AFTER = re.compile(rf"的?[^{_NOT_IN_THINGS}的\s]{{0,10}}?"
                                  rf"(?:(?:{_alt(M['class_counts'])})(?:{_CLASS_COUNT_QUALIFIER})?|{_CLASS_COUNT_QUALIFIER})"
                                  r"\d(?![\d.]*[A-Za-z])")
# …and the class so named, before the count of its things
# (or written 在N以上的, 在N以下的: 村集体经济收入在10万元以上的村达到153个)
_CLASS_PASSING_BAR = re.compile(rf"(?P<cls>[^，,；;。]+?(?:(?:{_CLASS_BARS})\d[^，,；;。]*?|在\d[^，,；;。]*?以[上下]){_THINGS_AFTER_BAR})"
                                rf"{_COUNT_OF_THINGS}$")


# 在N以上的 / 在N以下的 + the things (patterns.toml held_at: not 保持在…)
_RANGE_BAR_OPENS = re.compile(rf"(?:{_alt(M['held_at'])})?在$")
_RANGE_BAR_OPENS_LONGEST = max(map(len, M["held_at"])) + 1  # the verb and 在: how far back _RANGE_BAR_OPENS looks
_RANGE_BAR_ENDS = re.compile(rf"(?:以[上下])?的(?![{CJK}]{{0,2}}(?:{_alt(M['held_levels'])}))[{CJK}]")
# …but a count by a classifier after 在 counts the things after 的, and 在 says where something is done (工信部将在30个以上的
# 城市开展试点, 已在20个以上的国家设立研发中心): a bar only where what the unit counts is named before 在, a quantity
# of other things (汽车保有量在100万辆以上的城市, 床位数在500张以上的医院), or where it counts people, households or
# times (_NOT_COUNTED_THINGS), which cannot be the things after 的 (员工在1000人以上的企业)
_COUNT_NAMED_BEFORE = re.compile(r"(?:[量数额]|规模)$")
# 实缴注册资本超过1亿元的创新型企业总部, 年薪30万以上招聘岗位, 增速高于20%的省份: the quantity of each thing a condition
# sorts things by (patterns.toml class_quantities; not a sum, 总投资), a bar before the figure or 以上/以下 after it, and
# the things after (的, past another modifier after 、, or the bound before them; not the figure's own goal or pace:
# class_bar_not_things)
_RANGE_OPENS = r"在\d[\d.]*[^\d，,；;。]{0,3}?[到至~—-]"  # 价格在3333元到|6000元的产品: a range's start, the bar's other end
_SORTING_QUANTITY = re.compile(rf"(?<!总)(?:{_alt(M['class_quantities'])})(?:(?P<bar>{_CLASS_BARS}|{_RANGE_OPENS})|{_LEVEL_VERB}|在)?$")
_SORTING_QUANTITY_LONGEST = max(map(len, M["class_quantities"])) + 12  # the quantity and a bar, a range's start or a verb of level
_SORTED_THINGS = re.compile(rf"(?P<bound>及?以[上下])?(?:[（(]含[^）)]{{0,8}}[）)])?(?P<of>(?:、[^，,；;。\d]{{1,16}}?)?的)?"
                            rf"(?![{CJK}]{{0,3}}(?:{_alt(M['class_bar_not_things'])}))[{CJK}“]")


def _sorted_by_its_quantity(text: str, m: re.Match) -> bool:
    """Whether the figure ``m`` is the bar of each thing's quantity that sorts the things named after it
    (对…实缴注册资本超过1亿元的创新型企业总部，给予…; 城区人口超过50万的城市中; 年薪30万以上招聘岗位)."""
    quantity = _SORTING_QUANTITY.search(text, max(0, m.start() - _SORTING_QUANTITY_LONGEST), m.start())
    things = _SORTED_THINGS.match(text, m.end()) if quantity is not None else None
    if things is None:
        return False
    bound = m.group("tail") in _BOUNDS or things.group("bound") is not None
    barred = _BAR_BEFORE.search(m.group("pre") or "") is not None or quantity.group("bar") is not None
    return (bound or barred) and (things.group("of") is not None or bound)


_SIZE_BAR_UNITS = frozenset(M["size_bar_units"])  # 公里, 平方米, 人, 度: what each thing measures


def _sizes_things_after(text: str, m: re.Match) -> bool:
    """Whether the figure ``m`` is a size in a unit each thing measures (patterns.toml size_bar_units) and 以上/以下
    before the things it sorts, after 的 or as a noun (10公里以上的特长隧道, 300人以上幼儿园, 35度以上高温天气): a bar,
    no one's figure. Not before the figure's own goal (3000万人以上目标任务), nor before a verb (1000人以上参加)."""
    things = _SORTED_THINGS.match(text, m.end()) if m.group("unit") in _SIZE_BAR_UNITS else None
    if things is None or m.group("tail") not in _BOUNDS and things.group("bound") is None:
        return False
    if things.group("of") is None and m.group("unit") in _HEADCOUNT and _people_after(text, things.end() - 1):
        return False  # 培训1万人以上农民工, 转移5000人以上贫困劳动力: the people counted, no bar
    return things.group("of") is not None or _clause_noun(_word_at(text, things.end() - 1))


_PEOPLE_COUNTED = _PEOPLE_ENDS + tuple(M["people_counted_ends"])
_PHRASE_END = re.compile(r"[，,、；;。：:！？!?的]")


def _people_after(text: str, at: int) -> bool:
    """The noun phrase from ``at`` up to its verb (or the clause's end) names people (农民工, 贫困劳动力, 高校毕业生,
    技能人才: patterns.toml people_ends, people_counted_ends), not places or bodies they are in (幼儿园, 企业)."""
    end = _PHRASE_END.search(text, at)
    toks = list(words.cut(text[at:end.start() if end else len(text)]))
    phrase = "".join(itertools.takewhile(lambda tok: not _is_verb(tok), toks))
    return phrase.endswith(_PEOPLE_COUNTED)


def _bar_of_things_counted(text: str, m: re.Match) -> bool:
    """Whether the figure ``m`` is the bar of a class of things counted after it (超过100万辆的城市共有79个),
    or of one written 在N以上的 before the things (合同额在5000万美元以上的项目187个), or N以上的, N以下的 with the
    things' count after them (年旅客吞吐量1000万人次以上的运输机场有38个, 增幅在300%以上的运输机场有1个: a bulletin's
    classes by size), in % too; or of each thing's quantity that sorts the things after it (_sorted_by_its_quantity)."""
    if _sorted_by_its_quantity(text, m):
        return True
    under = _BELOW_BAR.match(text, m.end())
    after = under.end() if under is not None else m.end()
    if (m.group("tail") == "以上" or under is not None) and text.startswith(_OF, after) or m.group("lo"):
        if _CLASS_COUNTED_AFTER.match(text, after) is not None:
            return True  # (200-1000万人次运输机场有36个: a class between two bars; not 六成以上的城市在5毫秒内…: no count)
    if m.group("unit") == "%":
        return False  # 超过50%的税收, 在90%以上的南极冰盖: a share of what follows
    barred = _BAR_BEFORE.search(m.group("pre") or "") or _BAR_BEFORE.search(text, max(0, m.start() - _CLASS_BAR_LONGEST), m.start())
    if barred is not None and _THINGS_COUNTED_AFTER.match(text, m.end()) is not None:
        return True
    ranged = None if m.group("pre") else _RANGE_BAR_OPENS.search(text, max(0, m.start() - _RANGE_BAR_OPENS_LONGEST), m.start())
    after = _RANGE_BAR_ENDS.match(text, m.end())
    if ranged is None or ranged.group() != "在" or after is None \
            or (m.group("tail") == "以上") != (not after.group().startswith("以")):
        return False
    unit = m.group("unit")
    return unit not in _CLASSIFIERS or unit in _NOT_COUNTED_THINGS or _COUNT_NAMED_BEFORE.search(text, 0, ranged.start()) is not None


# 覆盖全国300多个城市, 已覆盖到160多个国家和地区, 遍及全球100多个国家: a verb of reach, the scope and a qualifier
# before a count (patterns.toml reach_verbs, reach_qualifiers); or the members it reaches listed and closed by 等 (覆盖
# 德国、波兰等21个国家, 覆盖人工智能、金融科技…等30余个行业: 覆盖国家, 覆盖行业, not the bare noun; prec11 audit, 12 such
# counts); names, no
# phrase with 的 (提供覆盖…全流程的保险产品、开展…试点等20条措施: the verb inside one item of a list of measures)
_REACHED_MEMBERS = 40  # characters of the members listed either side of the last joiner (德国、波兰等: a long field's name each)
_REACHED_LIST = rf"[^，,；;。：:\d的]{{1,{_REACHED_MEMBERS}}}?[、和][^，,；;。：:\d的]{{1,{_REACHED_MEMBERS}}}?等"
_REACH_VERB_BEFORE = re.compile(rf"(?P<verb>{_alt(M['reach_verbs'])})(?:了|到)?(?:{_WHOLE_SCOPE.pattern})?(?P<listed>{_REACHED_LIST})?"
                                rf"(?:{_alt(M['reach_qualifiers'])})?$")


def _only_a_list(listed: str) -> bool:
    """The words between a verb of reach and 等 are the members listed (德国、波兰, 装备制造、航空航天, 种植养殖), not a
    second predicate the clause goes on to (网络覆盖城市和农村并建成北京、上海等10个节点, 5G网络全覆盖并在教育、医疗等
    20个领域开展应用, 辐射华北和东北地区、带动上下游等200多家企业: the nodes, fields and firms are no reach; rp11
    review): no preposition, no conjunction but a list's (并), no item that opens with a verb and its object (带动|上下游)."""
    toks = list(words.cut(listed.removesuffix("等")))
    for i, tok in enumerate(toks):
        tag = words.tag(tok)
        if tok in LIST_JOINERS:
            continue
        if tag in (_PREPOSITION, _CONJUNCTION):
            return False
        opens_item = i == 0 or toks[i - 1] in LIST_JOINERS
        if tag == _VERB and opens_item and i + 1 < len(toks) and toks[i + 1] not in LIST_JOINERS \
                and not words.tag(toks[i + 1]).startswith(_VERB):
            return False
    return True


_REACH_MANNERS = frozenset(M['reach_manners'])  # 总体覆盖, 全面覆盖: how far it reaches (jieba's nouns)
_ADVERB_TAGS = ("d", "ad")


def _without_adverb_tail(indicator: str) -> str:
    """The name without the adverbs it ends with, which say how the quantity moved, not what it is
    (装备制造业、高技术制造业利润更是分别增长了… -> 装备制造业利润, not 装备制造业利润更是; 销售额同比增长也都超过五成);
    a name that is an adverb alone (几乎是五年前的2倍, 分别是挂牌前的8.8倍, 大概有近1000万人次) names nothing, as the
    adverb says how near or how shared the figure is, not what it counts (figl9 audit, session 26)."""
    toks = list(words.cut(indicator))
    while toks and words.tag(toks[-1]) in _ADVERB_TAGS:
        toks.pop()
    return "".join(toks)


def _with_reach_verb(text: str, a: int, m: re.Match, unit: str, indicator: Optional[str]) -> Optional[str]:
    """A count of what a verb of reach reaches, named by the noun written after it, is named with the verb
    (工业互联网网络已覆盖全国300个城市 -> 覆盖城市), as the tuning gold names such counts, and with what covers them where
    the clause names it right before the verb (-> 工业互联网网络覆盖城市, as the gold's 千兆光网覆盖家庭, 二级节点覆盖省份);
    not a place or body, the figure's subject (中国移动将覆盖…: _noun_phrase_before names none), nor the last of things
    listed (产品和服务遍及…), nor anything after another figure (…覆盖300个城市、连接18万家企业), nor a phrase the
    verb does not follow but for adverbs (对外发行覆盖: 对外)."""
    if unit not in _CLASSIFIERS or not indicator or not text.startswith(indicator, m.end()):
        return indicator
    reached = _REACH_VERB_BEFORE.search(text, a, m.start())
    if not reached or reached.group("listed") and not _only_a_list(reached.group("listed")):
        return indicator
    clause = text[a:reached.start()]
    toks = list(words.cut(clause))
    while toks and (toks[-1] in _ADVERBS or toks[-1] in _REACH_MANNERS or words.tag(toks[-1]) in _ADVERB_TAGS):
        toks.pop()  # 工业互联网网络+已+覆盖; 光纤网络+已+全面+覆盖, 该平台+总体+覆盖: how far, no coverer
    right_before = "".join(toks)
    coverer = "" if _DIGIT.search(clause) or not right_before else _noun_phrase_before(right_before, verb_ok=False)
    named = coverer and right_before.endswith(coverer) \
        and not right_before[:len(right_before) - len(coverer)].endswith(LIST_JOINERS)
    return (coverer if named else "") + reached.group("verb") + indicator


# 41个工业大类行业中，有37个行业增加值同比增长; 70个大中城市中有55个城市…: the set a count right after it takes its part of
# (prec10 audit: 25 such counts in the 新闻联播 items were named 行业增加值同比, 城市新建商品住宅销售价格, 行业利润 …)
_SET_BEFORE = re.compile(r"\d+个(?P<whole>[^，,；;。、\d个]{1,10}?)(?:当中|中)[，,]?(?:有|共有)?$")
_PART_CONDITION = re.compile(r"[^，,；;。、]*")
_FULFILS, _ACHIEVES_WORD = "完成", "实现"  # the verbs a figure's clause says a plan or a quantity is reached with
_ACHIEVED_LE = re.compile(rf"(?<={_ACHIEVES_WORD})了")  # 实现了增长: the condition as the tuning gold writes it (实现增长的工业大类行业)


def _part_of_a_set(text: str, m: re.Match, unit: str, th: Thresholds) -> Optional[str]:
    """A count of the members of a set named right before it (41个工业大类行业中，有39个行业增加值实现同比增长) that
    meet what its clause says of them, named as the tuning gold names it: the condition, 的, the set
    (增加值实现同比增长的工业大类行业); where the count names its members apart (1067个县（市）中，110个试点县（市）已完成…),
    those."""
    if m.group("unit") != _GENERAL_CLASSIFIER or unit != _GENERAL_CLASSIFIER:
        return None
    held = _SET_BEFORE.search(text, max(0, m.start() - th.max_set_before), m.start())
    if held is None:
        return None
    whole, after = held.group("whole"), _PART_CONDITION.match(text, m.end()).group()
    members = whole
    own = after.find(whole)
    if 0 < own <= th.max_set_before // 2:  # 110个试点县（市）: members of the set named by a kind of their own
        members, after = after[:own + len(whole)], after[own + len(whole):]
    else:
        cut = next((cut for cut in range(len(whole)) if after.startswith(whole[cut:])), None)
        if cut is None:  # 83个县市区中，有69个老区县: a kind of the set's members (县 of 县市区), no condition
            kind = after and after[-1] in whole and not any(words.tag(w).startswith("v") for w in words.cut(after))
            return after if kind else None  # 有39个实现增长: no member named after the count, named as before
        after = after[len(whole) - cut:]  # 有37个行业… after 41个工业大类行业中: the set's head, said again
    condition = _ACHIEVED_LE.sub("", after.removeprefix(_OF).strip())
    return f"{condition}{_OF}{members}" if condition else members


# 最高1亿元, 最高给予1万元, 分别给予最高200万元和500万元: the cap of a grant (patterns.toml grant_cap), before the
# figure or before the list it opens
_GRANT_CAP = re.compile(rf"{M['grant_cap']}(?:{_alt(M['grant_cap_between'])})*(?:[^，,；;。{M['grant_cap'][0]}]{{0,12}}?[和、及])?$")
_GRANTS = any_of(M["grant_words"])


def _grant_cap(text: str, a: int, m: re.Match) -> bool:
    """Whether the figure ``m`` is the most a grant gives each recipient (给予引才企业最高1亿元配套资助, 举报最高
    奖励5万元; 给予企业补贴…，单个企业最高可获200万元): in money or %, after 最高 in its clause (from ``a``), with a
    word of granting in the sentence up to the clause's end."""
    unit = m.group("unit") or ""
    return (unit == "%" or unit.endswith(tuple(_CURRENCIES))) \
        and _GRANT_CAP.search(text, max(a, m.start() - _GRANT_CAP_REACH), m.start()) is not None \
        and _GRANTS.search(text, 0, clause_span(text, m.end())[1]) is not None


_GRANT_CAP_REACH = 24  # characters before the figure searched for 最高: the verbs between and, in a list, the sums before


# 42个断面水质优良比例达到90.5%, 147个国考断面水质优良率达到97.3%, 31个大城市城镇调查失业率稳定在5%左右: a count
# whose things are named by a level's name (patterns.toml level_words) with a level in % after it in its clause
_LEVEL_IN_PERCENT_AHEAD = re.compile(r"[^，,；;。\d]{0,12}?\d+(?:\.\d+)?%")


def _counts_a_level_s_base(text: str, m: re.Match, unit: str, indicator: str) -> bool:
    """Whether the count ``m`` is of the things a level in % after it is taken over (12条主要流域水质优良比例达97.3%):
    the rate's base, no figure; the rate, read on its own, is the quantity."""
    return unit in _CLASSIFIERS and _LEVEL_NAME.search(indicator) is not None \
        and text.startswith(indicator, m.end()) \
        and _LEVEL_IN_PERCENT_AHEAD.match(text, m.end() + len(indicator)) is not None


def _counts_places(text: str, m: re.Match) -> bool:
    """Whether the figure ``m`` counts places by their kind and its sister kinds in brackets
    (31个省（区、市）, 2188个县（市、区）): the places a sentence's action reaches, no quantity."""
    return m.group("unit") == _GENERAL_CLASSIFIER and _PLACES_COUNTED.match(text, m.end()) is not None


# 一座高达18米的残历碑, 一套69.5平方米的廉租房, 一个年产600台机器人的生产线: a figure inside the modifier of one thing
# (一 and a classifier before it, 的 after it in its clause) describes that thing, not what a subject reached
# (一批 is a batch of them: 开工一批总投资1200亿元的重大项目 are the region's)
_ONE, _BATCH, _GENERAL_CLASSIFIER = "一", "批", "个"
_ONE_THING_CLASSIFIERS = [c for c in M["pointed_classifiers"] if c != _BATCH] + [_GENERAL_CLASSIFIER]
_ONE_THING = re.compile(rf"(?<![\d〇零一二两三四五六七八九十百千万亿第每]){_ONE}(?:{_alt(_ONE_THING_CLASSIFIERS)})[^，,；;。、：:\d]{{0,12}}$")
_MODIFIER_ENDS = re.compile(r"[^，,；;。、：:\d]{0,12}?的")


def _describes_one_thing(text: str, clause_start: int, m: re.Match) -> bool:
    """Whether the figure ``m`` stands inside the modifier of one thing (一座高达18米的残历碑)."""
    return _MODIFIER_ENDS.match(text, m.end()) is not None and text.find(_ONE, clause_start, m.start()) >= 0 \
        and _ONE_THING.search(text, clause_start, m.start()) is not None  # the anchored match first: 一 is in most clauses


_GROUP_VERBS = tuple(M['group_verbs'])
# (五省(市)合计…, 6个省（区、市）累计…: the sister kinds in brackets are part of the group's name)
_COUNTED_GROUP = re.compile(rf"(?:{_alt(M['national_scope'])}|全省|全市)?(?:\d+(?:个|家|大)|[一二两三四五六七八九十]+(?:个|家|大)?)"
                            rf"(?P<things>(?:[{CJK}]|{_SISTER_KINDS}){{1,10}}?)(?:{_alt(_GROUP_VERBS)})")
# …but counted projects are no group of bodies (全省380个重点项目完成投资2652亿元, 450个重大工业项目累计完成投资567.1亿元:
# the place's figures, as the tuning gold has 海南省's 增加总投资; new genre pages of project round-ups, session 31)
_PROJECT_HEADS = tuple(M['project_list_heads'])
# 3家基础电信企业, 52家中央工业企业, 800多家国企, 三大运营商: a counted class of bodies
# (not 一家…公司, one body; nor 企业园, 公司地区总部, 企业家: a longer word)
_GROUP_BODIES = tuple(M['group_bodies'])
_COUNTED_BODIES = re.compile(rf"(?![1一][家大])(?:\d+|[一二两三四五六七八九十]+)(?:多|余)?[家大][{CJK}A-Za-z]{{0,10}}?"
                             rf"(?:{_alt(_GROUP_BODIES)})(?![家园区业])")
# the period or date a clause's figures are of (1月至10月，截至10月末，): the group follows it
_GROUP_PERIOD = re.compile(rf"(?:{_AS_OF_WORD})?(?:\d{{4}}年)?(?:\d{{1,2}}月(?:[至到\-—~]\d{{1,2}}月)?[末底]?|{_PERIOD})[，,]")
# a scope word that sets a group in a place (省内50多家企业, 当地…) or opens a clause of its own
_PLACED = any_of(M["placed"])
# 在临港新片区，…: a place the sentence is set in (not an occasion: 在本次大会上，)
_SCENE = re.compile(r"(?<![^，,；;])在[^，,。；;]{2,12}(?<![上中里内间])[，,]")
_HEADCOUNT = ("人", "位", "名")
_ATTENDANCE = M["attends"]
_ATTENDS = re.compile(f"[^，,。；;]{{0,12}}?({_alt(_ATTENDANCE)})")
# …or one the sentence opens by saying who attended (出席这次全会的有，中央委员168人，候补中央委员147人: a plenary's
# communiqué, subj7 audit, session 23; 出席的有：)
_ATTENDED_BY = re.compile(f"(?:{_alt(_ATTENDANCE)})[^，,。；;：:]{{0,8}}的有[，,：:]")
# a count that names those who attend (400多位海内外嘉宾, 71名工匠代表), not one of where they come from (42个国家和地区的嘉宾)
_ATTENDEES = re.compile(f"[^，,。；;\\d的]{{0,12}}?(?:{_alt(M['attendees'])})(?!性)")  # not 代表性, a quality


_LAST_EDITION = re.compile(r"[较比与]上届")  # compared with an event's last edition: the figures are of this one
_EVENT = "Event"
_PLAN_PARTS = re.compile(f"(?:{_alt(M['plan_parts'])})$")
_PLAN_HEADS_ONLY = re.compile(f"(?:{_alt(M['plan_heads'])})+")  # 《方案》, 《行动方案》: a short form


_WHERE_MARKS = "在于到赴"  # before a place that says where (在山西落地), not whose


def _titled_plan_place(frame: Frame, pos: int) -> Optional[Mention]:
    """The place a plan's title opens with (《天津市促进人工智能创新发展三年行动方案》),
    where the sentence cites the plan's words before the target at ``pos``
    (…自4月15日起公开征求意见，其中提出，到2027年，攻克50项关键核心技术) and names no
    region or body between: the plan sets its place's aim, whatever place or
    country the article's other figures are of; None otherwise."""
    text = frame.text
    plan = max((p for p in frame.of("Policy")
                if p.end <= pos and text.startswith(_TITLE_OPENS, p.start) and _PLAN.search(p.name)),
               key=lambda p: p.start, default=None)
    if plan is None or not _PLAN_SAYS.search(text, plan.end, pos) \
            or any(plan.end <= m.start < pos and m.type in _SUBJECT_TYPES for m in _owners(frame)):
        return None  # 《…》提出，宁夏…: a place or body the clause names is the figure's own
    place = next((e.name for k in range(min(len(plan.name), frame.settings.thresholds.max_titled_place), 1, -1)
                  for e in LEX.entries.get(plan.name[:k], ()) if e.type == "Region"), None)
    return _region_for(frame, place) if place is not None and place != COUNTRY else None


_PLAN_SAYS = re.compile(_alt(LEX.patterns['relation']['speech'] + M['plan_states']))  # 提出, 明确: the plan's words


def _plan_of_parts(frame: Frame, indicator: str, pos: int) -> Optional[Mention]:
    """The plan whose parts a figure counts (《…行动方案》提出5个方面20项重点任务;
    …印发《…工作要点》，33项重点任务…): the last plan its part of the sentence
    (up to a ；) names before it by its name (not 《方案》 alone), not one of a
    list of examples (…、新技术基础设施夯实行动等十大行动); else the plan the
    sentence before named, which this one goes on about in its first part,
    opening with no region, body or scope word of its own (印发《2023年数字福建工作要点》。
    主要包括…44项重点任务)."""
    if not _PLAN_PARTS.search(indicator):
        return None
    text = frame.text
    segment = max((m.end() for m in _SEGMENT_END.finditer(text, 0, pos)), default=0)
    plans = [p for p in frame.of("Policy") if segment <= p.start and p.end <= pos and _PLAN.search(p.name)
             and not _PLAN_HEADS_ONLY.fullmatch(p.name)
             and text[p.end:p.end + 1] not in _EXAMPLES and text[p.end + 1:p.end + 2] not in _EXAMPLES]
    if plans:
        clause = max((m.end() for m in _COMMA.finditer(text, plans[-1].end, pos)), default=pos)
        if any(clause <= r.start and r.end <= pos and text[r.start - 1] not in _WHERE_MARKS for r in frame.of("Region")):
            return None  # 印发《…办法》，目前宁夏已有12个指标达到全国平均水平: a place the count's own clause names (not
            # where: 在山西落地的项目可享受25条优惠政策) counts them, its indicators, not the plan's
        return plans[-1]
    topic = frame.topic
    if topic is not None and topic.type == "Policy" and _PLAN.search(topic.name) and segment == 0 \
            and topic.sentence == frame.sentence.index - 1 and not frame.sentence.heading and subject(frame) in (None, topic) \
            and _NATIONAL.search(text, 0, pos) is None:
        return topic  # not a heading, which opens another item; not 全国新开工建设19条特高压工程, the country's
    return None


def _meeting(frame: Frame, pos: int) -> Optional[Mention]:
    """The meeting a headcount attends: one the sentence names before it, or
    the article's meeting where the sentence points back to it (本次会议)."""
    named = _event_named_before(frame, pos)
    if named is not None:
        return named
    return frame.event if _THIS_MEETING.search(frame.text) else None


# What an event is described as, after another (X峰会作为服贸会期间唯一…的高峰论坛): the words before the frame's event
_AS_PART_OF = tuple(M["event_as_part_of"])


def _event_named_before(frame: Frame, pos: int, whole: bool = False) -> Optional[Mention]:
    """The last event the sentence names before ``pos`` (the whole of a joint
    name, ``whole``: 第七届…论坛暨…表彰大会), or None; not one an event named
    before it is described as part of (X峰会作为服贸会期间…的论坛，吸引了…嘉宾: X's)."""
    events = [e for e in frame.of(_EVENT, top=whole) if e.end <= pos]
    while len(events) > 1 and frame.text.endswith(_AS_PART_OF, 0, events[-1].start) and events[-2].end <= events[-1].start:
        events.pop()
    return events[-1] if events else None


_THIS_MEETING = re.compile(r"[本此该这][次届场]")
# A sentence about this edition of an event (本届书博会, 此次大会, 本届戏剧节): its subject is the event
_THIS_EVENT = re.compile(f"(?:{_alt(LEX.patterns['event']['this'])})[^，,。；;\\d]{{0,6}}?(?P<head>{_alt(M['this_event_heads'])})")
# …or by its kind alone, opening the sentence (峰会期间，…; 洽谈会…共签约166个项目); not the scene
# others act in (峰会上发布的《报告》显示，我国…; 论坛上，…数据中心正式联网运营)
_BARE_EVENT = re.compile(f"(?P<head>{_alt(M['bare_event_heads'])})(?!上)")
# What a meeting says or resolves (提出, 指出, 决定): its words, which are its holder's or its place's
_SAYS_OR_RESOLVES = _alt(LEX.patterns['relation']['speech'] + M['meeting_resolves'])
# …unless the event speaks (本次大会提出…的目标): what a meeting sets is its place's aim
_SPEAKS = re.compile(f"[^，,。]{{0,4}}?(?:{_SAYS_OR_RESOLVES})")


def _group_stretches(frame: Frame, found: list[re.Match]) -> list[tuple[int, int]]:
    """The stretches of the sentence whose figures are those of a counted
    group the text names as no one body (annotation.md: left out): where a
    figure's clause opens with a group that acts (全国12个国家级新区实现…,
    三省市合计…), from its verb to the next ；; where any clause opens with a
    counted class of bodies (3家基础电信企业的移动电话用户总数达…, 52家中央工业企业
    …普及率…, see _bodies_stretch)."""
    text, stretches = frame.text, []
    counted = holds_one(text, _GROUP_VERBS) and _COUNTED_GROUP.search(text)  # the regex alone tries every position
    for a in sorted({clause_span(text, m.start())[0] for m in found}) if counted else ():
        g = _COUNTED_GROUP.match(text, _past_lead_words(text, a))
        if g is not None and not g.group("things").endswith(_PROJECT_HEADS):
            end = min((i for i in (text.find("；", g.end()), text.find(";", g.end())) if i >= 0), default=len(text))
            stretches.append((g.end(), end))
    return stretches + _bodies_stretches(frame, found) + _scope_group_stretches(frame, found)


_GROUP_SCOPES = tuple(M["group_scopes"])
_CENTRAL_FIRMS = tuple(M["central_firms"])  # 我国中央企业, 全国央企: the class after the country's word


def _scope_group_stretches(frame: Frame, found: list[re.Match]) -> list[tuple[int, int]]:
    """The stretches of the clauses that open with a scope word of many places
    or bodies (各地已累计发行…, 各地各部门将举办…, 中央企业一季度实现…), the
    country's word before the class of its central firms (我国中央企业会同…): their
    figures and those of the later clauses that go on with them; not where
    the clause names a region (央企在雄安设立…, 央企、民企等…项目在安徽…签约),
    the place's figures, though the country's word may stand in a kind's name
    (央企牵头建设91个全国重点实验室); not where a firm's name follows the class after
    the country's word (我国中央企业中国移动实现…: that firm's)."""
    text = frame.text
    if not holds_one(text, _GROUP_SCOPES):
        return []
    owners, stretches = _owners(frame), []
    own = {clause_span(text, m.start())[0] for m in found}
    last = max((m.start() for m in found), default=0)
    # the clauses with figures, and those before the last figure: the central firms after the country's word may open one
    # with no figure of its own (目前，我国中央企业会同产业合作伙伴，已在…超500个场景…), whose later clauses go on with
    # them; not a bare scope word (各地抢抓农时、科学施策，确保粮食产量稳定在1.4万亿斤左右: the country's aim)
    for a in sorted(own | {0} | {c.end() for c in _MID_SENTENCE_MARK.finditer(text, 0, last)}):
        lead = _past_lead_words(text, a)
        country = next((w for w in _SCOPE_OF_COUNTRY if text.startswith(w, lead)), "")
        firms = next((w for w in _CENTRAL_FIRMS if text.startswith(w, lead + len(country))), "") if country else ""
        if firms and any(m.type == "Organization" and m.start == lead + len(country) + len(firms) for m in owners):
            continue  # 我国中央企业中国移动实现利润…: the one firm named after its class, whose figures they are
        if text.startswith(_GROUP_SCOPES, lead) and a in own or firms:
            end = clause_span(text, lead)[1]
            if not any(m.type == "Region" and m.surface not in _SCOPE_OF_COUNTRY and lead <= m.start < end for m in owners):
                stretches.append((lead, _stretch_end(frame, end, owners)))
    return stretches


_MID_SENTENCE_MARK = re.compile(r"[，,；;：:]")  # a clause ends, the sentence goes on


def _bodies_stretches(frame: Frame, found: list[re.Match]) -> list[tuple[int, int]]:
    """The stretches of the clauses that open with a counted class of bodies (see _bodies_stretch)."""
    text = frame.text
    if not holds_one(text, _GROUP_BODIES) or _COUNTED_BODIES.search(text) is None:
        return []  # most sentences count no bodies: no clause of theirs opens with some
    starts, owners = [0] + [c.end() for c in _MID_SENTENCE_MARK.finditer(text)], _owners(frame)
    return [b for a in starts if (b := _bodies_stretch(frame, a, found, owners)) is not None]


AMONG_THEM = tuple(LEX.patterns["relation"]["breakdowns"])  # 其中: the words that open a part of a whole (read by the pipeline too)


def _bodies_stretch(frame: Frame, a: int, found: list[re.Match],
                    owners: list[Mention]) -> Optional[tuple[int, int]]:
    """Where the clause at ``a`` opens with a counted class of bodies (after
    the period its figures are of: 截至10月末，3家基础电信企业…) and the sentence
    sets it in no place (省内50多家企业投入…, 在上海，…30家跨国公司地区总部…, 4家
    通信企业将在鄂州共投入…: the place's figures), the stretch of its figures:
    its clause and the later ones that name no subject of their own, across a
    ；only to a part that opens with a verb (…；完成移动数据及互联网业务收入…).
    The stretch starts at the count where figures follow (the count only
    names the group), after it otherwise (1321家轻工企业获评…: the count is
    the figure). ``owners`` is _owners(frame)."""
    text = frame.text
    lead = _past_lead_words(text, a)
    period = _GROUP_PERIOD.match(text, lead)
    g = _COUNTED_BODIES.match(text, _members_end(text, period.end() if period else lead, owners))
    if g is None:
        return None
    clause_end = clause_span(text, g.start())[1]
    if _PLACED.search(text, frame.dateline, clause_end) or _SCENE.search(text, 0, clause_end) \
            or any(m.type == "Region" and m.start < clause_end for m in owners):
        return None
    end = _stretch_end(frame, clause_end, owners)
    own = any(g.end() <= m.start() < end for m in found)
    return (g.start() if own else g.end()), end


def _members_end(text: str, pos: int, owners: list[Mention], kind: str = "Organization") -> int:
    """Past the bodies (or places: ``kind``) listed at ``pos`` as the members of a counted class
    that follows them (中国移动、中国联通、中国电信三家基础电信企业的…; 山东、辽宁、吉林三省…): the
    class's figures are the group's all the same; ``pos`` where none is."""
    starts = {m.start: m for m in owners if m.type == kind}
    end, members = pos, 0
    while end in starts:
        end, members = starts[end].end, members + 1
        if text[end:end + 1] in LIST_JOINERS and end + 1 in starts:
            end += 1
    return end if members >= 2 else pos


def _stretch_end(frame: Frame, end: int, owners: list[Mention]) -> int:
    """Where a group's figures end, from the end of its first clause (``owners``: _owners(frame))."""
    while end < len(frame.text) and _goes_on(frame, end, owners):
        end = clause_span(frame.text, end + 1)[1]
    return end


_PART_OF_GROUP = re.compile(rf"的?(?:{_alt(_GROUP_BODIES)})")  # 八成|企业, 90%的|企业: a share of the group's members
_SHARE_UNITS = (_TENTHS, "%")  # …in tenths or per cent (not 超1万家|企业, a count of firms of its own)


def _goes_on(frame: Frame, end: int, owners: list[Mention]) -> bool:
    """The clause after the one ending at ``end`` goes on with its subject:
    it opens with no place, body, scope word nor count of its own, and after
    a ；with a verb, a speed's grade or a share of the group's members."""
    text = frame.text
    if text[end] in "。！？!?":
        return False
    start = end + 1
    lead = _past_lead_words(text, start)
    count = _FIGURE.match(text, lead)
    # a speed's grade opens another class of the group's things, no count of its own
    # (其中，100Mbps及以上接入速率的用户为…；1000Mbps及以上接入速率的用户为…); a share of the group's
    # own members, a part of it (中央企业…，超过八成企业营业收入下滑；实现净利润1304亿元: the group's still)
    group_part = count is not None and (_is_grade(text, count, count.group("unit")) or count.group("unit") in _SHARE_UNITS
                                        and _PART_OF_GROUP.match(text, count.end()) is not None)
    if _PLACED.match(text, lead) or count and count.group("unit") and not group_part \
            or any(lead <= m.start <= lead + 1 for m in owners if m.type in _SUBJECT_TYPES):
        return False
    if text[end] in "；;" and not group_part:
        first = words.cut(text[lead:lead + 8])[:1]
        return bool(first) and (words.tag(first[0]).startswith("v") or first[0] in _PREDICATES)
    return True


def ends_in_group(frame: Frame) -> bool:
    """The sentence ends inside a counted class of bodies' figures: a next
    sentence that opens with 其中 goes on with them (其中,5G手机终端连接数达…)."""
    stretches = _bodies_stretches(frame, [])
    if not stretches:
        return False  # most sentences: no group's figures at all
    end = len(frame.text.rstrip("。！？!? "))
    return any(stretch_end >= end for _, stretch_end in stretches)


# 当前和今后一个时期, 当前，要…: a plan's words for the years it covers and the tasks they hold, no figure reached
# 成功引进 reports a deed done; 力争成功举办, 要成功引进 aim at one, and 成功率 is a quantity's name
_AIMS_AT_DEED = "".join(f"(?<!{re.escape(w)})" for w in sorted(set(_TARGET_WORDS) | {"要", "能"}))
_ACTUAL = re.compile(f"(?:{_alt(M['actual'])})(?![和及与至](?:今后|未来|以后)|[，,]?要)"
                     f"|{_AIMS_AT_DEED}(?:{_alt(M['deed_done'])})(?!率)")
# A date a figure is counted up to reports it: its 年底 is no deadline.
_AS_OF = re.compile(rf"{_AS_OF_WORD}(?:\d{{4}}年|今年|去年|本年)?(?:\d{{1,2}}月)?(?:年?底|年?末)")
# The date a change or level is measured from (比2010年, 较2021年底, 与上年同期相比, 高于去年同期,
# 超过2019年全年, 比2020年和2021年两年同期), and the one a multiple is of (是2012年的4倍多; not 是2016年的数据),
# is neither the figure's year nor, by its 年底, a deadline.
_BASELINE_YEAR = r"(?:\d{4}年|[〇零一二三四五六七八九]{4}年|去年|上年|今年)(?:\d{1,2}月)?(?:年?底|年?末|同期|全年)?"
_BASELINE = re.compile(rf"(?:[比较]于?|与|[高低快慢]于|超过){_BASELINE_YEAR}(?:[和、]{_BASELINE_YEAR})*"
                       rf"|是{_BASELINE_YEAR}的(?=[^，,。；;倍%]{{1,8}}[倍%])")
_RATIO_UNITS = ("倍", "%")  # what a 是…年的 before the figure is the baseline of
# the words a baseline opens with, scanned for first: most text before a figure holds none
# (a bare 于 would let 位于, 关于, 由于 through)
_BASELINE_MARK = re.compile(r"[比较与]|[高低快慢]于|超过|是(?=[\d〇零一二三四五六七八九去上今])")
# The date of a from-level (从2016年的18.6%提高到36.2%, 由去年同期的4.3%提升到6.6%) is not the to-level's year;
# a period's start (从2021年1月至6月, 从2014年1月1日起到年底) is no from-level: its year dates the figures.
# (its figure may be qualified: 种植面积从2012年不足3万亩发展到现在的26.5万亩: 26.5万亩 is not 2012's)
_FROM_LEVEL_DATE = re.compile(rf"[从由]{_BASELINE_YEAR}的?(?:不足|不到|近|约|超过|逾)?(?=\d+(?:\.\d+)?(?![\d.月日号])[^，,；;。]*?[到至])")
_FROM_MARK = re.compile("[从由]")


# 新增就业694万人，完成全年目标的77%: the plan a figure fulfils a share of, no aim (_targets) and the share's name (_indicator)
# (为年度计划的96.1%, 占全年计划的76.9%: the progress reports of provinces' and ministries' investment write the share
# done so with 为 or 占, and 年计划 for the year's plan; after 为 or 占 a plan or a year's aim, not a bare 目标:
# 以建成数字强省为目标的行动计划 names the aim a plan is for, whose figures are aims)
_PLAN_FULFILLED = re.compile(rf"(?:(?:{_FULFILS}|{_ACHIEVES_WORD})了?|[为占](?=全年|年度|今年|年|计划))"
                             rf"(?P<plan>(?:全年|年度|今年|年)?(?:计划|目标)(?:任务)?)的")
# 增长3.2%，低于目标1.8个百分点; 建成5G基站3002个，超出计划2个: a figure set against its plan, no aim (_targets); the
# figure after it is the gap (_is_gap_to_plan). The plan as reports write it: 高于预期目标0.5个百分点, 超过全年目标任务500个,
# 快于年初预期, and the share of the year's plan the months gone by should have reached (占年计划74%，超序时进度7.33个
# 百分点; 超时序进度, 超均衡进度, 超过时间进度13.8个百分点: cities' key-project progress reports)
_AGAINST_PLAN = re.compile(rf"(?:{_alt(M['against_plan'])})(?:(?:全年|年度|年初)?(?:计划|目标|预期)(?:目标|任务)?(?:进度)?"
                           rf"|(?:序时|时序|均衡|时间)进度)")
_GAP_TO_PLAN = re.compile(rf"(?:{_AGAINST_PLAN.pattern})了?\s*$")


def _is_gap_to_plan(text: str, a: int, m: re.Match) -> bool:
    """The figure is how far one reached is above or below its plan
    (低于目标1.8个百分点, 超出计划2个): no quantity of its own."""
    return _GAP_TO_PLAN.search(text, a, m.start()) is not None


def _falls(before: str) -> bool:
    """A word of decline before the figure that no narrowing follows: 降幅比一季度收窄7.1个百分点
    is a fall made smaller, the rate's rise (two negatives); a narrowing after a growth word
    (增长5.3%，增幅比一季度收窄2.1个百分点) is a fall of the rate."""
    narrowed = None
    for narrowed in _NARROWING.finditer(before):
        pass
    last = None
    for last in _FALL_OR_GROWTH.finditer(before, 0, narrowed.start() if narrowed else len(before)):
        pass
    if narrowed is None:
        return last is not None and last.lastgroup == "fall"
    # a bare 比上月收窄0.8个百分点 says not what narrows (the clause before may hold a 下降): no sign of its own
    return last is not None and last.lastgroup == "growth" or _NEGATIVE.search(before, narrowed.end()) is not None


# a goal named in quotes (把握“双碳”目标带来的机遇, 围绕“全球买、全球卖”目标，500多个项目亮相): a goal spoken of,
# no aim of the figure's clause
_GOAL, _QUOTE_CLOSERS = "目标", ("”", "」")
# 经济总量达4500亿元左右的发展目标, 粮食产量1.4万亿斤左右的目标: the figure is the value a goal names
# (not 90%的目标客户, 80%的目标人群: the people or market aimed at, target_lookalikes)
_GOAL_OF = re.compile(rf"[^，,。；;：:\d]{{0,6}}?的(?:发展|奋斗|预期|增长|年度)?{_GOAL}"
                      rf"(?!{_alt([w[len(_GOAL):] for w in M['target_lookalikes'] if w.startswith(_GOAL)])})")


def _targets(text: str, start: int, end: int, year: Optional[int], month: Optional[int] = None) -> list[re.Match]:
    """Target words between ``start`` and ``end``, those inside an as-of or a
    baseline date or a plan fulfilled (完成全年目标的77%) left out, dates gone
    by in the document's ``year`` and ``month``, and words a target word only opens (将近)."""
    found = [t for t in _TARGET.finditer(text, start, end)
             if not _gone_by(text, t, year) and not text.startswith(_TARGET_LOOKALIKES, t.start())
             and not _TARGET_WON.match(text, t.start())
             and not (t.group() == "将" and (text.endswith(_DISPOSAL_JIANG_AFTER, 0, t.start()) or _deed_done(text, t.end(), year)))
             and not _ends_range_gone_by(text, t, year, month)
             and not (t.group() == _GOAL and text.endswith(_QUOTE_CLOSERS, 0, t.start()))]
    if found and ("截" in text or _BASELINE_MARK.search(text) or _FULFILS in text or _ACHIEVES_WORD in text
                  or _PLAN_FULFILLED.search(text, 0, end)
                  or _AGAINST_PLAN.search(text, 0, end)):
        spans = [(m.start(), m.end()) for pattern in (_AS_OF, _BASELINE, _PLAN_FULFILLED, _AGAINST_PLAN)
                 for m in pattern.finditer(text, 0, end)]
        found = [t for t in found if not any(a <= t.start() and t.end() <= b for a, b in spans)]
    return found


# the verbs that carry a plan out (patterns.toml [relation] carries_out: 深入实施…行动计划), not those that launch it
# (启动实施: [measure] plan_launched)
_PLAN_CARRIED_OUT = re.compile("".join(f"(?<!{re.escape(w)})" for w in M["plan_launched"])
                               + rf"(?:{_alt(LEX.patterns['relation']['carries_out'])})[《“]?$")


# …said to be under way: 正 before the verb (我国正深入实施“…珠峰计划”)
_PLAN_UNDER_WAY = re.compile(rf"正在?[^，,。；;：:]{{0,4}}?(?:{_alt(LEX.patterns['relation']['carries_out'])})[《“]?$")


def _plan_reported(text: str, at: int) -> bool:
    """The sentence tells of the plan named at ``at`` as under way or looked back on, before its verb: 正 (我国正深入
    实施…), a word of what is reached (已, 目前, 截至: …至今已两周年，…实施“互联网+税务”计划) or of a period looked back on
    (近年来, 以来); not a bare task (深入实施…行动计划，新建5G基站3万个; 政府工作报告提出，深入实施…: the plan's aims)."""
    return _PLAN_UNDER_WAY.search(text, 0, at) is not None or _ACTUAL.search(text, 0, at) is not None \
        or _LOOKS_BACK.search(text, 0, at) is not None


def _aims_said(frame: Frame, start: int, end: int, year: Optional[int], month: Optional[int] = None) -> list[re.Match]:
    """The sentence's target words (_targets) but those inside the name of a plan it says is carried out and tells of
    as under way or looked back on (_plan_reported): the 计划 of 近年来，江苏深入实施制造业智能化改造数字化转型三年行动
    计划，全省超3万家规上工业企业启动… names the plan whose results follow, no aim (not 印发《…行动计划》，新建…, nor a
    bare task, 深入实施…行动计划，新建…: what follows may be the plan's)."""
    names = [(p.start, p.end) for p in frame.of("Policy")
             if _PLAN_CARRIED_OUT.search(frame.text, 0, p.start) and _plan_reported(frame.text, p.start)]
    return [t for t in _targets(frame.text, start, end, year, month)
            if not any(a <= t.start() and t.end() <= b for a, b in names)]


def _deed_done(text: str, at: int, year: Optional[int] = None) -> bool:
    """The 将 ending at ``at`` marks the object of a verb that takes 了 (将生产效率提升了50%; 将存在卡上的9900元学费
    汇到了…: a clause of its own before 的): a deed done; or of one that sets it as something (将…作为首项任务);
    not 将 before a predicate (将带动就业增加了2000人, 将再选取30条国道作为…), a time (将于年底把…作为…) or 把
    (将把…作为首要任务); nor the stance in a sentence that opens looking ahead or names a year after the
    document's ``year`` before it (明年，全省将…作为首要任务，新建…; 2024年，全省将…, told in 2023: what it goes on
    to count is aimed at)."""
    done = _DEED_DONE.match(text, at)
    if done is None or text.startswith(_JIANG_TIME, at) or text.startswith(_JIANG_BA, at):
        return False
    if done.group().endswith(_DISPOSAL_JIANG_VERBS) and (_OPENS_LOOKING_AHEAD.match(text) or year is not None and any(
            int(y) > year for y in _YEAR.findall(text, 0, at))):
        return False
    first = _word_at(text, at)
    tag = words.tag(first)
    return tag == "vn" or not tag.startswith(_PREDICATE_TAGS) or _OF in done.group()


_WRITTEN_YEAR = re.compile(r"\d{4}")
_YEAR_BEFORE_END = re.compile(r"(?<!\d)\d{4}(?=年$)")  # 2024年|年底: the year whose end it is
_YEAR_WORD = "年"
_THIS_YEAR_TARGET = "到" + _THIS_YEAR_WORD
_MONTH_AFTER = re.compile(r"(\d{1,2})月")


def _ends_range_gone_by(text: str, target: re.Match, year: Optional[int], month: Optional[int]) -> bool:
    """到今年 and a month before the document's ``month`` closing a range that opens in a year before the
    document's (从2013年底到今年6月底，…, told in July): the period a change ran over up to a date, no deadline
    (not 从2020年到今年底: the year's end may be to come; nor 到今年6月底, told in March: June is to come)."""
    if target.group() != _THIS_YEAR_TARGET or year is None or month is None:
        return False
    named = _MONTH_AFTER.match(text, target.end())
    return named is not None and int(named.group(1)) < month and any(
        r.start() < target.start() < r.end() and int(r.group(1)) < year
               for r in _YEAR_RANGE.finditer(text, max(0, target.start() - 12), target.end() + 8))


def _gone_by(text: str, target: re.Match, year: Optional[int]) -> bool:
    """A target word that is a date (到2011年, 2019年底, 2024年年底) of a year before the
    document's: a period looked back on (2002年到2011年，…), no deadline."""
    written = _WRITTEN_YEAR.search(target.group()) or _WRITTEN_YEAR.fullmatch(text, max(target.start() - 4, 0), target.start()) \
        or (_YEAR_BEFORE_END.search(text, max(target.start() - 5, 0), target.start()) if target.group().startswith(_YEAR_WORD) else None)
    return year is not None and written is not None and int(written.group()) < year


def _status(frame: Frame, a: int, pos: int, year: Optional[int], of_plan: bool = False, reports_past: bool = False,
            month: Optional[int] = None) -> str:
    """target where the figure's clause says so (力争, 到2025年, 将); actual
    where it says the figure is reached (已建成, 截至, 目前); else as the
    later of such words in the sentence so far, else target where a plan
    without a year speaks (not a report's findings: 《…发展报告》…目前，我国…
    达18万多株), or in an article that reports a plan of goals
    (``of_plan``), where a sentence that says neither, names no year and
    looks back on no period lists its goals (…到2023年，…。一是…打造30个5G
    全连接工厂; 其中，5G个人用户普及率超过40%), not under a plan period gone
    by (“十三五”期间…); neither where the text ``reports_past`` (a paragraph looking back on a period,
    a plan's background part)."""
    text = frame.text
    if _aims_said(frame, a, pos, year, month):
        return "target"
    if _ACTUAL.search(text, a, pos):
        return "actual"
    target = max((t.end() for t in _aims_said(frame, 0, pos, year, month)), default=-1)
    if target > max((t.end() for t in _ACTUAL.finditer(text, 0, pos)), default=-1):
        return "target"  # the later word of the sentence so far says which
    if target < 0 and reports_past:
        return "actual"  # 过去五年，经济总量完成历史性跨越。…常住人口城镇化率达65.8%: what the period saw
    if target < 0 and frame.topic is not None and frame.topic.type == "Policy" and not _states_findings(frame.topic) \
            and not _results_of(frame, frame.topic) and not _YEAR.search(text, 0, pos) and not _ACTUAL.search(text, 0, pos):
        return "target"  # a plan's words are aims; a report's (《中国互联网发展报告2019》指出，…) are findings, and
        # so are a sentence's that says it reports (中国当前…项目超过1.7万个，工业5G模组价格下探至200元)
    if of_plan and target < 0 and not _YEAR.search(text, 0, pos) and not _ACTUAL.search(text, 0, pos) \
            and not _LOOKS_BACK.search(text, 0, pos) and not _period_gone_by(text, pos, year):
        return "target"
    return "actual"


# 发布“X工程”的阶段性重大成果，包括…22项专著: what a programme has produced, counted as done, not its aims
_RESULTS = re.compile(r"的?[^，,。；;：:]{0,6}?(?:成果|成效|成绩)")


def _results_of(frame: Frame, policy: Mention) -> bool:
    """The sentence names the policy as the one whose results it reports
    (…发布“中华民族现代文明研究阐释工程”的阶段性重大成果，包括…22项专著和论文)."""
    return any(p.name == policy.name and _RESULTS.match(frame.text, p.end) for p in frame.of("Policy"))


def _states_findings(policy: Mention) -> bool:
    """A report (报告, 白皮书), a statistical bulletin (统计公报) or a notice that
    makes known what was decided (关于公布…的通知, …情况的通报) states what was
    found, not aims; not a work report, which sets its year's tasks too
    (政府工作报告)."""
    return (REPORT_HEAD.search(policy.name) is not None and not policy.name.endswith(_WORK_REPORTS)) \
        or policy.name.endswith(_BULLETINS) or _FINDINGS_NOTICE.search(policy.name) is not None


# 成立一年来, 过去一年, …以来: a period looked back on, in a plan's report too
_LOOKS_BACK = re.compile(f"以来|年来|{_alt(LEX.patterns['relation']['looks_back'])}")


# 过去五年，…; 一年来，…; 今年以来，…: a sentence opening with a period looked back on; not the years at
# large (近年来，天津大力推进…; 多年来，…; 长期以来，…: such a paragraph goes on to the plans ahead)
_OPENS_LOOKING_BACK = re.compile(rf"(?![^，,。]*(?<![\d一二三四五六七八九十百])(?:{_alt(M['vague_periods'])}))"
                                 rf"[^，,。；;：:]{{0,12}}?(?:{_LOOKS_BACK.pattern})[^，,。；;：:\d]{{0,4}}[，,]")
# 今后五年，…; 下一步，…; 展望“十四五”，…: a sentence opening looking ahead (not 未来产业加快发展，…)
_OPENS_LOOKING_AHEAD = re.compile(rf"\s*(?:{_alt(M['looks_ahead'])})[^，,。；;：:]{{0,5}}[，,]")


def opens_looking_back(frame: Frame) -> bool:
    """The sentence opens with a period looked back on (过去五年，…): the
    paragraph it opens tells what that period saw, not aims."""
    return _OPENS_LOOKING_BACK.match(frame.text, frame.dateline) is not None


def opens_looking_ahead(frame: Frame) -> bool:
    """The sentence opens looking ahead (今后五年，…): what its paragraph tells
    from it on are aims, though it opened looking back."""
    return _OPENS_LOOKING_AHEAD.match(frame.text, frame.dateline) is not None


# a plan's years named as the point things stand at, not the span they are to run over: its first year or months
# (“十四五”时期开局之年, “十五五”期间首个季度, “十五五”时期开局良好), the plan's years entered (进入“十五五”时期),
# the years described (“十五五”时期是…关键时期)
_PLAN_STARTED_AFTER = re.compile(rf"是|[^，,。；;]{{0,2}}?(?:{_alt(M['plan_first_years'])})")
_PLAN_ENTERED = re.compile(rf"(?:{_alt(M['period_entered'])})“?$")


def _period_ahead(text: str, pos: int, year: Optional[int]) -> bool:
    """A five-year plan's years, named before ``pos`` as the span figures are of
    (“十五五”时期，…; not a baseline, 较“十四五”时期), that begin in the
    document's ``year`` or later (“十五五”时期 in 2026): years still to come;
    not where the plan's first year or its entry is told (“十五五”时期开局良好，
    一季度…增长5.3%: what its first months reached)."""
    return year is not None and any(_plan_end(p) - _YEARS_OF_A_PLAN + 1 >= year
                                    and not _PLAN_STARTED_AFTER.match(text, p.end())
                                    and not _PLAN_ENTERED.search(text, 0, p.start())
                                    for p in _PERIOD_LOOKED_BACK.finditer(text, 0, pos))


def _period_gone_by(text: str, pos: int, year: Optional[int]) -> bool:
    """A five-year plan's period named before ``pos`` that ended before the
    document's ``year`` (“十三五”期间 in 2021): a period looked back on."""
    return year is not None and any(_plan_end(p) < year for p in PLAN_PERIOD.finditer(text, 0, pos))


_YEARS_OF_A_PLAN = 5  # a five-year plan's: “十四五” (2021-2025) changes from 2020's level
# a plan named as the years a change took (“十四五”期间, 时期, 以来); not as a point in time (到“十四五”末,
# “十四五”开局之年, “十四五”规划提出): a level changed from before that is no plan's
_PLAN_SPAN = re.compile(f"(?:{PLAN_PERIOD.pattern})(?:期间|时期|以来)")
_YEARS_SINCE = re.compile(r"(?<![\d年])([一二两三四五六七八九十]{1,2}|\d{1,2})年来")  # 十年来, 5年来 (not 近年来, 多年来)


def _last_match(pattern: re.Pattern, text: str) -> Optional[re.Match]:
    """The last match of ``pattern`` in ``text``, or None."""
    return max(pattern.finditer(text), key=lambda m: m.start(), default=None)


def _period_start(before: str, year: Optional[int]) -> Optional[int]:
    """The year a change over the period named last in ``before`` starts from, for a level
    it changed from: the year before the plan's first (“十四五”期间，…从15%增至83.9% -> 2020),
    or as many years before the text's ``year`` as it names (十年来，…从0公里增加到1457公里,
    in 2022 -> 2012)."""
    plan, since = _last_match(_PLAN_SPAN, before), _last_match(_YEARS_SINCE, before)
    if since and year is not None and (plan is None or since.start() > plan.start()):
        return year - int(parse_number(since.group(1), None))
    return _plan_end(plan) - _YEARS_OF_A_PLAN if plan else None


# 2012年至2024年，…: the years a change runs over, opening its clause (not a plan's title: …（2023—2025年）》)
# (2013年底到今年6月底，…由60万公里增加到137.6万公里: a range may name a month or a year's end at either side, and end now)
_DATE_PART = r"(?:[底末初]|\d{1,2}月[底末份]?)?"
_YEAR_RANGE = re.compile(rf"(\d{{4}})年?{_DATE_PART}\s*[—–\-~至到]\s*(?:\d{{4}}年|{_THIS_YEAR_WORD}){_DATE_PART}(?=[，,])")
# …；今年上半年，光伏装机从…, 其中去年…从…: a from-level in a period of its own, not the range's (the range
# reaches past a ；: 2005年到2019年，…；城乡居民收入比从2.2缩小到1.7)
_DATED_AFTER_RANGE = re.compile(rf"(?:{_THIS_YEAR_WORD}|{_LAST_YEAR_WORD})(?!同期)|{_PERIOD}")


def _range_start(before: str, year: Optional[int]) -> Optional[int]:
    """The first year of the range of years written last in ``before``, where no
    year nor period is written after it (2012年至2024年，全社会研发经费从1.03万亿元增长到3.3万亿元:
    the level a change over the range starts from is of its first year), or
    of the period since a year (2013年以来，…占比从37%提高到…: of 2013; 去年以来 in 2021: of 2020)."""
    span = _last_match(_YEAR_RANGE, before) or _last_match(_SINCE_YEAR, before)
    first = _since_start(span, year) if span else None
    return first if first is not None and not _YEAR.search(before, span.end()) \
        and not _DATED_AFTER_RANGE.search(before, span.end()) else None


def _plan_end(period: re.Match) -> int:
    """The n-th five-year plan (n >= 3) ends in 1955 + 5n: “十四五” is 2021-2025."""
    return 1955 + 5 * (10 + _CN_DIGITS[period.group(1)])


_CN_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})年")
# …not in a baseline (2019年…，去年同期为80亿元: the year before the written one, _LAST_YEAR_LEVEL)
_RELATIVE_YEAR = re.compile(f"(?:{_THIS_YEAR_WORD}|{_LAST_YEAR_WORD})(?!同期)")
# A plan's title that names the years it runs: 《…行动计划（2021—2023年）》, 《“十四五”…规划》
# “十三五”期间，… / “十三五”时期… said after the period ended: its figures are of its last year (not a
# baseline: 较“十二五”时期增长83%; nor …以来, up to now)
_PERIOD_LOOKED_BACK = re.compile(rf"(?<![较比与])(?<![较比与]“)(?:{PLAN_PERIOD.pattern})(?:时期|期间)")
_PLAN_YEARS = re.compile(rf"\d{{4}}\s*[—–\-~至到]\s*\d{{4}}年|{PLAN_PERIOD.pattern}")


def names_its_period(plan: str) -> bool:
    """The plan's title names the years it runs: a plan of goals for them."""
    return _PLAN_YEARS.search(plan) is not None


def _year(before: str, year: Optional[int], target_year: Optional[int], target: bool = True,
          stated: Optional[int] = None, closing: bool = False) -> Optional[int]:
    """The year a figure refers to: written (2023年, 二〇三〇年), relative to
    the document's date (今年, 去年, 年内), the end of a five-year plan
    aimed at (“十四五” -> 2025) or looked back on (“十三五”期间 in 2021 ->
    2020), or carried from the article's target year, else from the year
    the paragraph ``stated`` before; ``closing``: written when the year
    before is summed up (see _since_is_the_year).

    >>> _year("到二〇三〇年，", 2021, None), _year("今年以来", 2021, None), _year("“十四五”期间将", 2021, None)
    (2030, 2021, 2025)
    >>> _year("2012年，全国粮食产量比1978年增长", 2013, None), _year("比去年同期增长", 2021, None)
    (2012, 2021)
    >>> _year("2017年中国数字经济规模达到27.2万亿元；今年前三季度，全国网上零售额", 2018, None)
    2018
    >>> _year("截至去年底，我国光缆总长度达", 2019, None), _year("到去年年底，", 2021, None), _year("到年底", 2021, None)
    (2018, 2020, 2021)
    >>> _year("全省5G基站数量与2019年持平，为", 2021, None)  # a baseline after 与 too
    2021
    >>> _year("上半年，广东完成电信业务总量（2015年不变价）", 2019, None)
    2019
    """
    if _BASELINE_MARK.search(before):
        before = _BASELINE.sub(lambda m: " " * len(m.group()), before)
    if _FROM_MARK.search(before):
        before = _FROM_LEVEL_DATE.sub(lambda m: " " * len(m.group()), before)
    before = _MEASURING_ASIDE.sub(lambda m: " " * len(m.group()), before)  # （按2010年不变价计算）: the prices', not the figure's year
    before = _SINCE_YEAR.sub(lambda m: m.group() if _since_is_the_year(m, before, year, closing) else " " * len(m.group()),
                             before)  # 自2019年投产以来，累计…: a start, the figure is of now
    explicit = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(before)]
    explicit += [(m.start(), int("".join(str(_CN_DIGITS[c]) for c in m.group(1)))) for m in _CN_YEAR.finditer(before)]
    if explicit:
        at, written = max(explicit)
        later = [m.group() for m in _RELATIVE_YEAR.finditer(before, at)]
        if year is not None and later:  # 2017年…；今年前三季度，…: a year named after the written one dates the figure
            return year if later[-1] == _THIS_YEAR_WORD else year - 1
        return written
    if year is not None and _DOCUMENT_YEAR.search(before):
        return year
    plan = PLAN_PERIOD.search(before)
    if plan and target:
        return _plan_end(plan)
    looked_back = _last_match(_PERIOD_LOOKED_BACK, before)  # the nearest: 从“十二五”时期的…增到“十三五”时期的
    if looked_back and year is not None and _plan_end(looked_back) < year:
        return _plan_end(looked_back)
    if year is not None and _LAST_YEAR_WORD in before:
        return year - 1
    return target_year or stated or year


# A year a period runs from to now (自2019年12月投产通气以来，已累计输送…; 2015年挂牌以来，累计…; 自2019年至今,
# 2019年至今, 自2019年来): the figure that follows counts up to the document's time, not that year's (今年以来 is
# the document's year anyway); not 至今年6月 (up to this year's June), nor 2019年来到 (no 自: came in 2019)
# (one clause, no other year in it: 2020年GDP增速为1976年以来最低 is of 2020); 去年以来 too, a year named by the document's
_UP_TO_NOW = r"(?:(?!\d{4}年)[^，,。；;]){0,20}?(?:以来|至今(?!年))"
_SINCE_YEAR = re.compile(rf"自?(?:\d{{4}}|[〇零一二三四五六七八九]{{4}}|{_LAST_YEAR_WORD[0]})年{_UP_TO_NOW}|自\d{{4}}年来")
_BARE_WHOLE_YEAR = re.compile(rf"(?<![年去今上本前]){_WHOLE_YEAR}")  # 全年 of no year named before it (not 去年全年)
# 截至1月20日, 到目前为止, 目前: the end of a period since a year, stated
_STATED_END = re.compile(rf"{_AS_OF_WORD}|为止|{_alt(M['now'])}")
# a period since a part of the year, not its start (2023年12月以来, 2023年下半年以来, told in January 2024): a count of
# the last months, no year's summing up
_SINCE_PART_OF_YEAR = re.compile(r"年(?:(?:[2-9]|1[0-2]|[二三四五六七八九]|十[一二]?)月|下半年|[二三四]季度|第[二三四]季度)")


# A month a figure is counted up to, written with no year: as of its end (截至12月, 截止到12月底), the months from
# January (1-11月, 1至12月份) or a month's end (12月末); not a day of a story or a schedule (12月5日, 从7月1日起,
# 到6月底…将, 于3月至12月), nor a month of a written year (2022年12月, 2022年1-11月), nor a count of months (30个月)
_MONTH_NUMBER = r"(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"
_NOT_BEFORE_MONTH = r"(?<![\d年个一二三四五六七八九十到至于从自—–\-~])"
_BARE_MONTH = re.compile(rf"{_AS_OF_WORD}到?{_MONTH_NUMBER}月(?:底|末|份)?(?![\d日号])"
                         rf"|{_NOT_BEFORE_MONTH}(?:1|一)\s*[-—–~至到]\s*{_MONTH_NUMBER}月份?(?![\d日号])"
                         rf"|{_NOT_BEFORE_MONTH}{_MONTH_NUMBER}月[底末](?![\d日号])")
# a time told after that month, which the figure after it is of (截至12月底…231万个，目前已超过250万个; …；2月份，新增…)
_TIME_SINCE = re.compile(rf"{_alt(M['now'])}|{_MONTH_NUMBER}月")
_DATED_MONTHS = re.compile(r"(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}\s*[-—–~至到]\s*[\d一二三四五六七八九十]{1,2}月")


def _month_gone_by_last_year(before: str, month: Optional[int]) -> bool:
    """The month the figure is told of (the last written before it, with no
    year) comes later in the year than the ``month`` the document was
    published in: a figure reached by then is of last year (截至12月，… in a
    report of March 2023 is December 2022's); not when this year is named
    after it (今年1-11月 is of no time yet to come, and not read here)."""
    if month is None:
        return False
    last = _last_match(_BARE_MONTH, _DATED_MONTHS.sub(lambda d: " " * len(d.group()), before))
    if last is None or _RELATIVE_YEAR.search(before, max(0, last.start() - 4)) or _TIME_SINCE.search(before, last.end()):
        return False
    return parse_number(next(g for g in last.groups() if g), None) > month  # 12月, 十二月: the month's number


# A time of its own that a sentence names, which the year gone by that its article's lead reports on does not
# date: a year by the document's (今年, 年内), a day of the news (今天, 近日, 日前), or a month with no year that has
# come by the month the document is of (1月份, 截至1月底, told in February; not 5月4号, told in January: last year's)
# (not a written year's 年底, nor a count's 年内: 较2023年底, 2023年年底, 三年内)
_OWN_TIME = re.compile(rf"(?<![\d〇零一二三四五六七八九十年])(?:{_DOCUMENT_YEAR.pattern})"
                       rf"|{_alt(M['news_days'] + LEX.patterns['relation']['recent_days'])}")
_MONTH_NAMED = re.compile(rf"(?<![\d年个一二三四五六七八九十]){_MONTH_NUMBER}月")


def names_its_time(frame: Frame, month: Optional[int]) -> bool:
    """The sentence names a time of its own, of the document's year or its days (3条新生产线今年6月就能投产;
    截至1月底，…; 近日，…), even after its figures: none that a lead's year gone by dates (see ``led_year``
    of extract); ``month`` the month the document was published."""
    if _OWN_TIME.search(frame.text):
        return True
    return month is not None and any(parse_number(m.group(1), None) <= month for m in _MONTH_NAMED.finditer(frame.text))


def _since_is_the_year(since: re.Match, before: str, year: Optional[int], closing: bool = False) -> bool:
    """The period ``since`` a year runs from began last year (or this), and
    the figure after it is a whole year's (2024年以来，我国旅行服务全年进出口达
    20511.5亿元, in February 2025), or, ``closing``, it is told when the year
    before is summed up, with no end stated (2023年以来，…全国在线旅游销售额
    增长两倍多, 21 January 2024; not …，截至1月20日，…): that year is the
    figure's, not the document's (a period of several years holds no one 全年,
    nor ends with the last)."""
    first = _since_start(since, year)
    if year is None or first is None or first < year - 1:
        return False
    return _BARE_WHOLE_YEAR.search(before, since.end()) is not None \
        or closing and first == year - 1 and _STATED_END.search(before, since.end()) is None \
        and not _SINCE_PART_OF_YEAR.search(since.group())


def _since_start(since: re.Match, year: Optional[int]) -> Optional[int]:
    """The year a period ``since`` a year starts: written (2019年以来), or the
    one before the document's ``year`` (去年以来); None for a year in numerals."""
    written = _YEAR.search(since.group())
    if written:
        return int(written.group(1))
    return year - 1 if year is not None and since.group().lstrip("自").startswith(_LAST_YEAR_WORD) else None


# A sentence that opens with the year or period its figures are of (2020年，…; 2024年全年…; 截至2022年底，…;
# 去年…; a five-year plan's period gone by: “十三五”时期，…), also after the data it reads from or who
# reports it (公报显示，截至2022年底，…; 《报告》指出，2019年，…; 根据普查数据，2023年…), dates the figures of the sentences
# after it in its paragraph that name no time; not a day or month of a story (2018年4月，总书记…考察),
# though the month data are as of (截至2022年6月，…), nor a year a period runs from to now (1978年以来，…;
# 2015年挂牌以来，…; 2013年至今，…);
# and a sentence that speaks of now (目前, 如今, 十年来; not a year's 年来: 自2014年来, 1933年来到) ends it.
# (根据X needs its comma: in 根据国务院2021年印发的《规划》，… the year is the source's)
_DATA_SHOWS = rf"(?:[^，,。；;：:]{{0,24}}(?:显示|表明|{_alt(M['reports'])})[，,]?|根据[^，,。；;：:]{{1,24}}[，,])"
_OPENING_YEAR = re.compile(rf"\s*(?:{_DATA_SHOWS})?(?:{_AS_OF_WORD}\d{{4}}年\d{{1,2}}月[底末]?(?![\d日])|(?:{_AS_OF_WORD})?(?:\d{{4}}年(?![代\d月]|{_UP_TO_NOW})|今年|{_LAST_YEAR_WORD}(?!{_UP_TO_NOW}))(?:[底末]|{_PERIOD})?(?![\d月]))")
# what a speaker says, quoted after a colon (贾建刚说：…; 报告指出：…)
_SPEECH_OPENS = re.compile(rf"(?:{_alt(M['reports'])})[：:]")
_OPENING_PERIOD = re.compile(rf"\s*(?:{_DATA_SHOWS})?{_PERIOD_LOOKED_BACK.pattern}")
_NOW = re.compile(rf"{_alt(M['now'] + M['now_also'])}|年来(?<=[\d一二三四五六七八九十近]年来)(?<!\d{{4}}年来)")


# The year or years up to now that a review opens with (过去一年，…; 在过去的一年里，…; 刚刚过去的一年，…; 五年来，…;
# 报告指出，过去五年，…): not a span after an event (成立一年来: since then), nor the years at large (近年来, 多年来)
_YEARS_COUNTED = r"(?:[一二两三四五六七八九十]|\d{1,2})年"
_OPENING_REVIEW = re.compile(rf"\s*(?:{_DATA_SHOWS})?在?(?:(?:(?:刚刚|刚|回首|回顾|回望)?过去的?){_YEARS_COUNTED}[里中间]?"
                             rf"|{_YEARS_COUNTED}来)[，,]")


def reviews_last_year(frame: Frame, month: Optional[int]) -> bool:
    """The sentence opens with the year or years up to now (过去一年，…; 五年来，…)
    and is told in a year's first months (``month``, see Thresholds.review_months),
    when the year before is reviewed (the people's congresses' work reports): the
    period it looks back on ended with that year, whose figures it tells."""
    if month is None or month > frame.settings.thresholds.review_months:
        return False
    mark = _ITEM_MARK.match(frame.text, frame.dateline)
    return _OPENING_REVIEW.match(frame.text, mark.end() if mark else frame.dateline) is not None


def opening_year(frame: Frame, year: Optional[int], month: Optional[int] = None) -> Optional[int]:
    """The year the sentence opens with, after its dateline and item mark
    (一、2019年工作回顾), or the year before the document's ``year`` where it
    opens reviewing the year or years up to now in the year's first ``month``
    (see reviews_last_year); None if it opens with none."""
    mark = _ITEM_MARK.match(frame.text, frame.dateline)
    start = mark.end() if mark else frame.dateline
    speech = _SPEECH_OPENS.search(frame.text, start)  # 在回顾2015年工作时，贾建刚说：2015年，…: what the speaker tells opens so
    m = _OPENING_YEAR.match(frame.text, start) or (_OPENING_YEAR.match(frame.text, speech.end()) if speech else None)
    if m:
        return _year(m.group(), year, None, False)
    if year is not None and reviews_last_year(frame, month):
        return year - 1  # 过去一年，国内生产总值达到114万亿元, in March 2022: 2021's
    period = _OPENING_PERIOD.match(frame.text, start)  # “十三五”时期，… in 2021: 2020
    return _plan_end(period) if period and year is not None and _plan_end(period) < year else None


# A statistical bulletin's title with the one year it reports on (丹寨县2015年国民经济和社会发展统计公报,
# 《2021年通信业统计公报》), not a headline about one (统计公报：装备制造业占…比重达30.4%)
_BULLETIN_TITLE = re.compile(rf"[《“]?[^，,。；;：:\d]{{0,16}}(\d{{4}})年度?[^，,。；;：:\d]{{2,24}}(?:{_alt(_BULLETINS)})[》”]?\s*")


def bulletin_year(frame: Frame) -> Optional[int]:
    """The year a heading that is a statistical bulletin's title reports on
    (丹寨县2015年国民经济和社会发展统计公报 -> 2015): the year of the figures
    the bulletin states with no year, though it was published the next."""
    m = _BULLETIN_TITLE.fullmatch(frame.text, frame.dateline)
    return int(m.group(1)) if m else None


# The marks of a text's top-level parts (一、…) and a round-up's series tags (【“十三五”成就巡礼】…), not of
# the items under them ((一)…, 1.…, 1、…)
_TOP_ITEM_MARK = re.compile(r"[一二三四五六七八九十]+、|【")


# ——经济保持恢复发展。…: a paragraph opening with a dash, one item of a list that the paragraph before leads
_DASHED_ITEM = re.compile(r"\s*(?:——|－－)")


def opens_dashed_item(frame: Frame) -> bool:
    """The sentence opens with a dash (——经济保持恢复发展。): an item of the
    list its paragraph is one of, under what the paragraph before told."""
    return _DASHED_ITEM.match(frame.text, frame.dateline) is not None


def opens_subsection(frame: Frame) -> bool:
    """The heading is an item of a part under a heading before it ((一)…, 1.…, 1、…)."""
    mark = _ITEM_MARK.match(frame.text, frame.dateline)
    return mark is not None and not _TOP_ITEM_MARK.fullmatch(mark.group())


_BACKGROUND_HEAD = re.compile(f"[^，,。；;]{{0,6}}?(?:{_alt(M['background_heads'])})[^，,。；;]{{0,6}}$")


def heading_level(frame: Frame) -> int:
    """How deep a heading is by its mark: 1 for 一、…, 2 for (一)…, 3 for 1.…,
    4 for (1)… (the order Chinese official documents number their parts in);
    0 for one with no mark (a title, a date line), which closes every part."""
    mark = _ITEM_MARK.match(frame.text, frame.dateline)
    if mark is None or mark.group() == "【":
        return 0
    if _TOP_ITEM_MARK.fullmatch(mark.group()):
        return 1
    if mark.group()[0] in OPENING_BRACKETS:
        return 4 if mark.group()[1].isdigit() else 2  # (1) is an item under 1., (一) a part above it
    return 3


def heads_background(frame: Frame) -> bool:
    """A heading of a plan's part that tells where things stand before its
    aims (一、规划背景; (一)发展基础; 一、发展基础和形势): a marked heading,
    short, that names such a part."""
    mark = _ITEM_MARK.match(frame.text, frame.dateline)
    return mark is not None and _BACKGROUND_HEAD.match(frame.text.rstrip("。 "), mark.end()) is not None


_PRESENT = any_of(M['now'])


def speaks_of_the_present(frame: Frame) -> bool:
    """The sentence speaks of the present state of things (目前, 如今), not of today's news (今天)."""
    return _PRESENT.search(frame.text) is not None


def speaks_of_now(frame: Frame) -> bool:
    """The sentence speaks of the present (目前, 如今, 十年来), whatever year it opens with."""
    return _NOW.search(frame.text) is not None


def target_year(text: str, year: Optional[int]) -> Optional[int]:
    """The last year the sentence aims at (到2025年), if any: the year its
    article's later targets that name none are of; not one gone by in the
    document's ``year`` (2013年到2017年 in 2018: a period looked back on)."""
    years = [int(aimed) for aimed in _TARGET_YEAR.findall(text) if aimed]  # an as-of date matches with no year
    years = [aimed for aimed in years if year is None or aimed >= year]
    return years[-1] if years else None


_FORECAST = any_of(M['forecasts'])
_WORLD = any_of(M['world_scope'])
_COUNTRIES_OPENERS = re.compile(f"(?:{_alt(M['countries_counted_openers'])})?")
_COUNTRIES_COUNTED = re.compile(rf"(?:{_alt(_QUALIFIERS)})?[{ORDINAL_DIGITS}]+多?个(?:{_alt(M['countries_counted'])})(?=的|[，,。；;、）)]|$)")
# 全国首条, 全国最大的…, 全国唯一的…, 我国首个, 全国第三个…省份, 全国知名的: a superlative, a rank or a quality compares
# with the country, it is not the subject; nor is a market whose share a body has (国内市场占有率)
_MARKET_SHARES = _alt(M["market_shares"])
_COMPARES = r"首|最|唯一|第[一二三四五六七八九十\d]|领先|前列|一流|率先|性|代表性|知名|闻名|平均水平|[（(][\d.]+%?[）)]|" + _MARKET_SHARES
_HOME_AND_ABROAD = "国内外|国内国际"
_WHOLE_BEFORE = "占居比于"  # 占全国…的比重, 高于全国: the country is the whole compared with
# 国内外 (at home and abroad: 国内外2302个单位参展) and 国内国际 (国内国际双循环) are no scope, the country's or any;
# nor 国际国内 the other way round (国际国内航线达到172条, 设立113个国际和国内展园: a Tibet item's routes, no China's)
_ABROAD_AND_HOME = "".join(f"(?<!国际{sep})" for sep in ("", "、", "和", "与"))
_NATIONAL = re.compile(f"(?<![{_WHOLE_BEFORE}]){_ABROAD_AND_HOME}(?!{_HOME_AND_ABROAD})(?:{_alt(M['national_scope'])})(?!{_COMPARES})")
_COMPARES_AFTER = re.compile(_COMPARES)
_MARKET_SHARE_AFTER = re.compile(_MARKET_SHARES)
# what a body reports through: a few words and a title (农业农村部最新发布的《…报告》显示); an aside
# in brackets after its name (（以下简称“河北移动”）) is passed over whole: its 称 reports nothing;
# or its spokesperson (relation.spokesperson, 有关 or 相关 before it), wherever he speaks
# (工业和信息化部负责人今天在全国…会议上表示, 国家卫生健康委有关负责人介绍)
_REPORTS = re.compile(f"(?:《[^》]{{1,40}}》|[（(][^）)]{{0,30}}[）)]|[^，,。《（(]){{0,16}}?(?:{_alt(M['reports'])})"
                      f"|(?:有关|相关)?(?:{_alt(LEX.patterns['relation']['spokesperson'])})[^，,。]{{0,30}}?(?:{_alt(M['reports'])})")
# 在X，…, 从X看，…, 以X为例，… (a round-up's example: its figures are X's) and 位于X的… set the scene
_OPENS = re.compile(r"在|从|位于|以")
_SETS_SCENE = {"在": re.compile(r"[，,]"), "从": re.compile(r"看?[，,]"), "位于": re.compile(r"的"), "以": re.compile(r"为例[，,]")}
_COUNTED_NEXT = "(?:数量|总数|已经|已|共有|累计|达到|达|超过|超|突破|增至|由)+[\\d.]+[万亿]?[余多]?[个家所座处项]"  # 互联网医院已超3000家, 哨点医院由312个扩大到…: a class counted
# IT项目投资占全社会固定资产投资总额比例, 重点工程投资占比: a class's share of a whole, no one facility's; not 占地, 占用
# (杭州湾跨海大桥项目占地面积: the land one facility takes)
_SHARE_NEXT = "[^，,。；;：:\\d]{0,4}?占(?![地用])"
# a figure right after a facility's head that counts such facilities, sums them or takes a share of them (医院3000家,
# 重大项目70个, 其中高速铁路610公里, 投资项目14233亿元: its unit ends the clause; 科技项目80%以上), not what one
# facility has, a noun after its unit (雷神山医院1500张病床, 页岩气田8口新井, 大庆油田1000吨液体二氧化碳: its own figures)
_CLASS_COUNT_NEXT = "[\\d.]+[万亿]?[余多]?(?:[个家所座处项条批%]|[^\\d，,。；;]{0,3}?(?:[，,。；;]|$))"
_FACILITY = re.compile(f"[^，,。；;：:\\d“”]{{0,16}}?(?:{_alt(M['facility_heads'])})"
                       f"(?![的等和、]|{_CLASS_COUNT_NEXT}|[一二两三四五六七八九十百千万]+[个家项座]|{_COUNTED_NEXT}|{_SHARE_NEXT})")


# the clause right before a bare 项目 or 工程 counts such projects (…首批43个重点项目集中开工，项目总投资601亿元; 共支持2300多个项目，
# 项目总投资约7万亿元: 新闻联播 items and genre pages, session 31): the bare head is them, their sum the count's owner's
_PROJECTS_COUNTED_BEFORE = re.compile(rf"\d+[多余]?个[^，,。；;\d]{{0,20}}?(?:{_alt(_PROJECT_HEADS)})[^，,。；;]*[，,]$")


def _opens_with_facility(frame: Frame, lead: int, end: int, named: bool = False, kinds: bool = False) -> bool:
    """The clause at ``lead`` opens with a facility, project or event the
    text names as no entity (船坞全长…, 本届博览会): its subject; a figure
    before or after it counts such things (建成263个项目, 其中重大项目70个,
    哨点医院由312个扩大到3120个), a
    name the text gives is an entity's (国家大剧院, 四川一批重大项目), one after
    a verb is its object. With ``named``, and where a figure follows the head
    at once (雷神山医院1500张病床), only one facility the text names
    (_one_facility) counts: a bare head or a kind may be the whole class.
    With ``kinds`` (after a lead), a kind of facility (_a_kind) is not one, as a kind jieba knows as one word never is."""
    line = _NAMED_LINE.match(frame.text, lead)
    if line is not None and line.end() <= end and _names_a_line(frame, lead, line.end()):
        return True  # 牡佳高铁全长371.6公里，…34座隧道已贯通31座
    f = _FACILITY.match(frame.text, lead)  # the whole text: what follows the head tells whether it is counted
    if f is None or f.end() > end:
        return False
    span = _words_up_to(frame.text, lead, f.end())
    if span is not None and len(span) == 1 and _NETWORK_LENGTH.match(frame.text, f.end()) and not _names_one_line(span[0]):
        return False  # 铁路营业里程达到6247公里: the length of the place's network, as 高铁运营里程 (_names_a_line)
    if span is not None and len(span) == 1 and span[0] in _PROJECT_HEADS and _PROJECTS_COUNTED_BEFORE.search(frame.text, 0, lead):
        return False  # 雄安新区…43个重点项目集中开工，项目总投资601亿元: the projects just counted, no one of them
    # 完成基站…, 投产铁路新线…: a verb (a project's stage among them) makes it an object; 全区重点项目: a class, as
    # a plan's stage makes one (续建项目完成投资…, 储备项目投资总额…: patterns.toml project_stages);
    # 重点项目2024年…, 截至目前，医院…: maybe the class;
    # 今年以来，重点项目完成投资…: a kind jieba knows as one word wherever it stands (but 新机场, 国家高山滑雪中心, 大兴机场
    # opening the sentence: one facility; a bare 工程 or 项目 there is the one named before)
    return span is not None and not any(t in _PREDICATES or t in _NEW_WORDS or t in _PROJECT_STAGES or _COUNTY_WORD.fullmatch(t)
                                        for t in span) \
        and not _stage_verb(span) \
        and not any(m.start < f.end() and m.end > lead for m in frame.top) and not ((kinds or len(span) == 1) and _a_kind(span)) \
        and (not (named or frame.text[f.end():f.end() + 1].isdigit()) or _one_facility(span))


_PROJECT_STAGES = frozenset(M["project_stages"])  # a plan's stages of its projects (续建, 储备): a kind, no name
# a project's stages (投产, 投用, 竣工…): verbs, as after 后 so before their object; not 运营, which also names (运营中心)
_STAGES = frozenset(M["once_done"]) - frozenset(M["once_done_nouns"])


def _stage_verb(span: tuple[str, ...]) -> bool:
    """A project's stage among the words before a facility's head is its verb (投产铁路新线1820公里: the place's
    new lines), unless 的 follows it: then it tells which facility (投产的电站装机容量120万千瓦, 建成投用的数据中心…:
    the facility's own figures, no one's)."""
    return any(t in _STAGES and _OF not in span[i + 1:] for i, t in enumerate(span))


# Words that open a kind of facility, not a name: the modifiers of degree, scope or novelty that make a kind of
# industry (patterns.toml [sector] generic_modifiers: 重点, 重大, 国家, 民生, 产业…): 国家铁路, 产业项目, 民生工程;
# a level of government (省重点项目, 市…); a word jieba tags as a distinguishing adjective (b: 三级, 民营, 省级),
# a time (t: 近期铁路将迎来…, after a source lead) or a verb (v: the stage of a project, 在建项目, 拟建项目, 签约项目;
# 公立医院, which jieba knows as one word)
# (not the words among them that point to the one named before: 该中心, 本项目, 同)
_STEM_KINDS = ("省", "市", "县", "区")  # the kinds of place a stem names with one more character (大兴区, 新县)
_KIND_OPENERS = frozenset(LEX.patterns["sector"]["generic_modifiers"] + list(_STEM_KINDS)) - {"该", "本", "同"}
_NO_NAME_TAGS = ("b", "t", "v")
_ONE_NAME_TAGS = ("nt", "nz", "ns", "nr", "nrt", "")  # a name jieba knows as one word (大庆油田, 长庆油田) or does not know
_FACILITY_HEADS = tuple(M["facility_heads"])


def _before_facility_head(word: str) -> Optional[str]:
    """The part of one word before the facility head it ends in (重点|项目, 公立|医院, 京沪|铁路), never empty;
    None where it ends in none."""
    head = next((h for h in _FACILITY_HEADS if word.endswith(h) and len(word) > len(h)), None)
    return word[:-len(head)] if head is not None else None


def _a_kind(span: tuple[str, ...]) -> bool:
    """The words of a facility opening a clause make a kind of them (重大项目, 国家铁路, 民生工程, 三级医院, 在建项目,
    省重点项目), each word before the head and, where jieba joins the head to a word, its part before the head (重点|项目,
    公立|医院) making the kind; not where one of them names (国家会展中心: 会展|中心; 国家高山滑雪中心)."""
    *before, last = span
    head = next((h for h in _FACILITY_HEADS if last.endswith(h)), last)
    modifiers = [w for w in (*before, last[:len(last) - len(head)]) if w]
    # every word before the head makes the kind, not only the first (国家|会展中心, 国家|高山|滑雪|中心: names), and none
    # is a place's stem, which jieba may tag b or v (大兴机场: 大兴区; 包头, 遵义) and the news may write without its
    # kind where no mention is made of it (新机场: 新县 too, one facility)
    return bool(modifiers) and all((w in _KIND_OPENERS or words.tag(w) in _NO_NAME_TAGS)
                                   and not any(LEX.region(w + kind) for kind in _STEM_KINDS) for w in modifiers)


def _one_facility(span: tuple[str, ...]) -> bool:
    """The words of a facility opening a clause name one facility (雷神山医院, 塔里木油田, 大庆油田), not
    the bare head (医院床位总数…, 铁路将迎来…) nor a kind (_a_kind), which speak of all of them in the place,
    as often after a time or a source (截至目前，…; 记者从…获悉，…) or with a date after the head
    (重点项目2024年完成投资…) as of one facility."""
    return not _a_kind(span) and (len(span) > 1 or words.tag(span[0]) in _ONE_NAME_TAGS)


_NETWORK_LENGTH = re.compile("(?:营业|运营|通车|总)?里程")  # after a bare head (铁路营业里程): a network's length


def _names_one_line(word: str) -> bool:
    """A word jieba knows as a line's whole name (京沪铁路, 青藏铁路, 陇海铁路: the cities' or regions' characters
    before the head, tagged as _names_a_line reads them), whose 营业里程 is that line's, not a kind of the network
    (高速铁路营业里程: 高速 an adverb to jieba)."""
    name = _before_facility_head(word)
    return name is not None and all(words.tag(t) in _ONE_LINE_NAME_TAGS for t in words.cut(name))


_NAMED_LINE = re.compile(f"[{CJK}]{{2,4}}(?:{_alt(M['line_heads'])})(?![站网、等和])")  # not 淮蚌高铁、…等5条高铁: an example the count is of
# a word jieba does not know (雅万, 牡佳, 张吉怀: the cities' characters), a place's or a name's (贵南, 哈伊, 西康),
# or an abbreviation (京沪, 沪宁; 渝|昆, 津|潍, 济|郑: a name jieba cuts into the cities' characters); not nz, which
# jieba gives to words that are no name (新开通|高铁300公里, 普通|高铁)
_LINE_NAME_TAGS = ("", "ns", "nrt", "nr", "j")
# …and inside one word jieba knows as a line's whole name (_names_one_line), nz too: there it is the cities' characters
# (京广|铁路, 京九|铁路 nz), not a word that is no name
_ONE_LINE_NAME_TAGS = (*_LINE_NAME_TAGS, "nz")


def _names_a_line(frame: Frame, lead: int, end: int) -> bool:
    """The words from ``lead`` to a line's head ending at ``end`` are a name and the head (雅万|高铁, 哈伊|高铁,
    京沪|高铁, 渝|昆|高铁), the name no place or body the text names (贵州|高铁总里程: the province's network) nor a
    common word (沿江|高铁, 东部|高铁, 城际|高铁)."""
    span = _words_up_to(frame.text, lead, end)
    return span is not None and (len(span) == 2 or len(span) > 2 and all(len(t) == 1 for t in span[:-1])) \
        and all(words.tag(t) in _LINE_NAME_TAGS for t in span[:-1]) and not any(m.start < end and m.end > lead for m in frame.top)


def _words_up_to(text: str, start: int, end: int) -> Optional[tuple[str, ...]]:
    """The words from ``start`` to a head ending at ``end``, cut with what
    follows it; None where the head is inside a word (船舶, 工程师, 厂商)."""
    toks = words.cut(text[start:end + 2])
    ends = list(itertools.accumulate(len(t) for t in toks))
    return toks[:ends.index(end - start) + 1] if end - start in ends else None


_NAMED_FACILITY = re.compile(f"[^，,。；;：:\\d“”、的]{{1,12}}?(?:{_alt(M['named_facility_heads'])})"
                             f"(?![的等和及、]|{_CLASS_COUNT_NEXT}|[一二两三四五六七八九十百千万]+[个家项座])")
_NAME_TAGS = ("n", "nz", "vn", "ns", "nt", "ng", "zg", "")  # a name's words: nouns, and words the dictionary lacks (钢帘线)


def _names_a_facility(frame: Frame, m: Mention, end: int) -> bool:
    """The region ``m`` is the first word of a facility's name (淮安钢帘线厂,
    北京商业航天产业基地, 青岛胶东国际机场) that ends before ``end``: a compound
    of nouns up to the facility's head, no verb (山东开工…项目, 重庆市利用…平台:
    the region does something with it) nor a name of a body. Not the country
    or a scope word: 我国互联网医院, 全国重点实验室 name a class of them."""
    if m.name == COUNTRY or m.surface in SCOPE_WORDS:
        return False
    if _names_a_line_by_ends(frame, m, end):
        return True
    f = _NAMED_FACILITY.match(frame.text, m.end)
    if f is None or f.end() > end:
        return False
    span = _words_up_to(frame.text, m.end, f.end())
    return span is not None and all(words.tag(t) in _NAME_TAGS for t in span) \
        and not any(o.start < f.end() and o.end > m.end and o.type != "Sector" for o in frame.top)


# 至 and the other end of a line (…至南通高铁, …至雄安新区高速公路, …至金华的甬金铁路); not 至今, 至少, 至于, 至关, 至此, 至多
# (after a place, the first end's own name the text may not know: 云南|弥勒至蒙自高铁)
_LINE_BY_ENDS_AFTER = re.compile(f"([{CJK}]{{0,3}}?)至(?![今少于关此多])[{CJK}]{{1,6}}?(?:{_alt(M['line_by_ends_heads'])})")


def _names_a_line_by_ends(frame: Frame, m: Mention, end: int) -> bool:
    """The place ``m``, or the place right after it (云南|弥勒至蒙自高铁: named or not), is the first end of a line named by its two
    ends that ends before ``end`` (盐城至南通高铁正线长156.6公里, 北京至雄安新区高速公路河北段…7500多名建设者): the line's
    figures, not the place's."""
    inner = next((o for o in frame.top if o.start == m.end and o.type == "Region"), None)
    at = inner.end if inner is not None else m.end
    line = _LINE_BY_ENDS_AFTER.match(frame.text, at)
    return line is not None and line.end() <= end \
        and not any(words.tag(t).startswith("v") for t in words.cut(line.group(1)))  # not 增至, 延伸至: a verb


# what follows a place that opens an example the figure counts: more of the example's name, 等, and at most a
# word of kind before the figure (黑龙江庆安县等96个县市区, 上海静安商圈等35个商圈, 天津…等各类创新机构100多家)
_EXAMPLE_AFTER = re.compile(r"([^，,。；;、：:\d等]{0,12})等[^，,。；;、：:\d]{0,4}")
# …and what follows a place inside one of the examples: the rest of the examples' names, 、 between them (up to
# Thresholds.max_examples_span characters), 等, a word of kind before the count
_EXAMPLES_AFTER = re.compile(r"([^，,。；;：:\d等]+)等[^，,。；;、：:\d]{0,4}")
# …and what follows a body that opens one example project's name in a list of projects (腾讯西部云计算数据中心二期等
# 智能计算基础设施项目5个, 长安汽车L4级无人驾驶运营平台等创新试验基础设施项目2个): the rest of the name, 等, the kind of
# projects (patterns.toml project_list_heads) right before the count (the figure's, or an earlier one of the part's:
# …项目2个，总投资11亿元); the projects are the list's, the body owns one
_PROJECT_EXAMPLE_AFTER = re.compile(rf"([^，,。；;、：:等]+)等[^，,。；;、：:\d等]{{0,12}}(?:{_alt(M['project_list_heads'])})")
# the word before a place inside a name: the verb that names the examples (签约|北京中信旅游…) or a word of the name
# (粮油|江苏基地); not a time word, adverb or preposition (今年|江苏新开工…, 在|天津引进…: the place acts or is where)
_BEFORE_A_NAME_WORD = {"v", "n", "nz", "vn"}
# …and the word after it is no verb (支持江苏|建设…等10个项目: 江苏 builds them)
_NOT_NAME_TAGS = {"v", "vd", "vn", "p", "d", "c"}


def _opens_an_example(text: str, m: Mention, pos: int, th: Thresholds) -> bool:
    """The place or body ``m`` is (the first word of) an example named before 等 and the figure right after
    counts the examples (认定黑龙江庆安县等96个县市区为…, 大同黄花等32件地理标志, 湖北宜昌等106个地方): the figure is of
    those counted, not of the place; not where a verb follows the place (天津新增生产力促进中心等各类创新机构
    100多家: 天津 acts, the figure is its own), as _EXAMPLES keeps 北京等地 for a name right before 等.
    So too a place inside an example's longer name, glued to a word before it and a noun after it
    (签约北京中信旅游…度假区等8个项目, 包括…、三河汇福粮油江苏基地、…等24个新开工项目): a project's name, no owner."""
    example = _EXAMPLE_AFTER.fullmatch(text, m.end, pos)
    if example is not None and all(words.tag(t) in _NAME_TAGS for t in words.cut(example.group(1))):
        return True
    project = _PROJECT_EXAMPLE_AFTER.match(text, m.end, pos) if m.type == "Organization" else None
    if project is not None and _FIGURE_DIGITS.match(text, project.end()) and len(project.group(1)) <= th.max_examples_span \
            and words.tag(words.cut(project.group(1))[0]) not in _NOT_NAME_TAGS:
        return True  # 长安汽车L4级…平台等创新试验基础设施项目2个: one project's name, not the projects' owner (腾讯投资…等: it acts)
    inside = _EXAMPLES_AFTER.fullmatch(text, m.end, pos) if m.type == "Region" else None
    if inside is None or len(inside.group(1)) > th.max_examples_span or not HAN_CHAR.fullmatch(text, m.start - 1, m.start) \
            or _OF in inside.group(1):
        return False  # 天津新增…等: a place opening its clause acts; 大湾区域内广东省的广州…等9个城市: its own
    before = words.word_before(text, m.start)
    return words.tag(before) in _BEFORE_A_NAME_WORD and words.tag(words.cut(inside.group(1))[0]) not in _NOT_NAME_TAGS


def _owned_facility(frame: Frame, m: Mention, owners: list[Mention], end: int) -> bool:
    """Inside a clause, the region ``m`` names a facility that a body
    owns, after 的 or the body's name (中天的淮安钢帘线厂): the facility's figures;
    after a verb it is what the clause does (实现武汉定点医院储备床位3万张)."""
    owned = frame.text[m.start - 1:m.start] == _OF or any(o.type == "Organization" and o.end == m.start for o in owners)
    return owned and _names_a_facility(frame, m, end)


_COMPANY = "Enterprise"


def _facility_owner(frame: Frame, clause_start: int, scope: Optional[Mention]) -> Optional[Mention]:
    """Whose a facility's figures are (annotation.md: the company that owns
    it, else no one's): the company the sentence opens with before the clause
    at ``clause_start`` (中国海油…宣布，我国首个自营深水油田群…投产，油田群高峰年产量达350万吨),
    or the one the article is about (渤海油田原油产量… in a 中国海油 story)."""
    opening = next((m for m in _owners(frame) if m.subtype == _COMPANY and m.start == frame.lead and m.end <= clause_start), None)
    return opening or (scope if scope is not None and scope.subtype == _COMPANY else None)


def _opens_with_named_facility(frame: Frame) -> bool:
    """The sentence opens with a facility named with its region's name
    (青岛胶东国际机场位于…，航站楼面积…), a news item's day may come first (今天，山东潍坊至莱西高铁开工，
    全线长122.2千米): the subject of its later clauses."""
    start = _past_day(frame)
    end = clause_span(frame.text, start)[1]
    return any(m.type == "Region" and m.start == start and _names_a_facility(frame, m, end) for m in _owners(frame))


def _told_here(frame: Frame, pos: int) -> bool:
    """The figure at ``pos`` is told as here (这里, 这儿, 那里: patterns.toml deictic_scenes): in its own clause
    (每天约10万名建设者在这里日夜施工; 全国80%以上的银耳都产自这里), in a scene set before it (在这里，我国唯一的…基地集聚了
    600多家相关企业) or in an earlier clause with no place or body named in between (超过10万只羽毛球从这里“飞”向全球，带动
    了近千名脱贫人口在家门口就业; not 我国在这里建成了…，全国已建成射电望远镜10座: the country's again): at the place or
    thing the text told of before, not the country a national word or an article's default would give it."""
    text = frame.text
    a, b = clause_span(text, pos)
    here = None
    for here in _HERE_WORD.finditer(text, 0, b):
        pass
    return here is not None and (here.start() >= a or _HERE_SCENE.search(text, 0, pos) is not None
                                 or not any(here.end() <= m.start < pos for m in _owners(frame)))


def _here_s_owner(frame: Frame) -> Optional[Mention]:
    """Whose a figure told as here is (_told_here): the place or body its sentence opens with (在福建古田县，…产自这里;
    如今，上海张江高新区…，中国医药工业百强超过40%布局在这里), not the country, or the event it opens with (2014年中国苗木交易
    大会正在安徽合肥举行，…全国一千三百多家企业在这里进行…); else no one's the text names (这个超级制造工厂在天津落成，这里的
    智能化产线长达120米: the factory's)."""
    starts = [frame.lead]
    a, b = clause_span(frame.text, frame.lead)
    if not any(a <= m.start < b for m in _owners(frame)):
        starts.append(b + 1)  # 如今，上海张江高新区…: past an opening clause that names no one
    for start in starts:
        place = opening_place(frame, start)
        if place is not None:
            return place if place.name != COUNTRY else None
        event = next((e for e in frame.of(_EVENT) if e.start == start), None)
        if event is not None:
            return event
    return None


def _past_day(frame: Frame) -> int:
    """Where the sentence's subject may open, past a news item's day (今天（8月17日），…; 今天，…)."""
    day = _DAY_LEAD.match(frame.text, frame.lead)
    return day.end() if day else frame.lead


# 该课题组…, 这家企业…: a thing pointed at; not a link or time word (此前，…; 此外，…; 此后, 此时), which may
# open before one (此外，该公司…); 那时 (back then) still points back to a story's past, whose figures are of no
# year or place the text names (那时人均收入只有几十元，但一部电话的安装费要5000元)
_DEMONSTRATIVE = re.compile(f"(?:[^，,。]{{0,20}}?(?:{_alt(M['reports'])})说?[，,:：])?(?:此[外前后时][，,]?)?(?:该|这|那|此(?![外前后时刻]))")
_ITEM_MARK = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)|【")
_HERE = _alt(M['deictic_scenes'])
_HERE_SCENE = re.compile(rf"(?<![^，,])在(?:{_HERE})[，,]")  # 在这里，: the site told before
_UNNAMED_PLACE = re.compile(rf"(?<![^，,])(?:在|位于)[^，,。；;]{{2,20}}?(?:{_alt(LEX.patterns['region']['zone_suffixes'] + LEX.patterns['region']['place_named_zones'] + M['place_heads'])})[，,的]"
                            rf"|{_HERE_SCENE.pattern}")
# "here" as a place word, not inside a quoted name or title (《文明生长在这里》)
_HERE_WORD = re.compile(f"(?:{_HERE})(?![^“”《》]*[”》])")
# 在陕西太白，…: a place inside the one named, a name we do not know (not 在浙江考察时，, 在湖北的…, 在广东全省，)
_INNER_NAME = re.compile(rf"(?!全)[{CJK}]{{1,6}}(?<![时上中下里内间前后])[，,]")
# …nor what is done there (在浙江调研，, 在杭州召开，): a visit or a meeting held, no place
_DONE_THERE = re.compile(_alt([w for w in LEX.patterns["organization"]["visit_words"] if len(w) > 1]  # not 在, 到: no verbs
                              + LEX.patterns["event"]["held"]))
_HEARSAY = re.compile(f"(?:{_alt(M['hearsay'])})[，,]")
_YEARS = r"[一二两三四五六七八九十几多\d]{1,2}年"
_YEAR_SPAN = re.compile(f"(?:(?:{_alt(M['year_span_leads'])}){_YEARS}来?|{_YEARS}来)[，,]")  # 未来三年，…; 十年来，…
_SUBJECT_TYPES = ("Organization", "Region")
_SCENE_TYPES = _SUBJECT_TYPES + ("Event",)  # what a heading may name whose figures it reports
_EXAMPLES = ("、", "等")  # 康芝药业、…等220家, 大连、宁波等9个试点: examples, not the subject
_NOT_AFTER_SUBJECT = _EXAMPLES + ("的",)  # 贵州的…: a modifier
_NOT_BEFORE_SUBJECT = "在向对从到为给与和、据" + _WHOLE_BEFORE  # 据国家统计局统计: the source, not the subject
_SHARE_AFTER = re.compile(r"\d+(?:\.\d+)?%|[一二三四五六七八九]成")  # 60%的…, 六成以上的…: a share of what follows
_VERB_BEFORE = re.compile(f"(?![{_NOT_BEFORE_SUBJECT}将把])[{CJK}]")  # a word, not a preposition
# what a share's subject may follow with no comma: who reports it (统计显示全国60%的企业…, 调查发现…, 据悉…)
# or its date (截至去年底全国60%的企业…, 2023年全国…, “十三五”期间全国…, 党的十八大以来全国…)
_SUBJECT_LEADS_TO = re.compile(f"(?:{_alt(M['reports'] + M['hearsay'] + M['source_verbs'])}|表明|发现|[年月底末]|期间|以来|年来|同期|时期)$")


_owners_of: tuple[Optional[Frame], list[Mention]] = (None, [])  # the last frame asked of and its owners


def _owners(frame: Frame) -> list[Mention]:
    """The sentence's outermost mentions that can own figures: not a news
    outlet (央视网消息：…), nor a name in the dateline (annotation.md:
    outlets and datelines are no actors), nor either of a pair of countries
    (中俄两国的跨境电商…: the two's, neither's own), nor another country's
    capital: the news names it as where things happen, an event's venue or
    a scene (阿布扎比防务展…，9家中国军工企业参展; 2024年多哈游泳世锦赛…; 巴格达再发
    三起爆炸超200人死伤), whose figures are the event's, another owner's or
    no one's the text makes clear, nor the country a rank or quality compares
    a thing with (全国首个陶瓷行业工业互联网平台汇聚了…, 我国首个…大气田…11口生产井:
    the thing's figures, as _NATIONAL reads the scope word: _ranks_against_country). Asked a dozen times a
    figure, of one frame after another: the last frame's list is kept (its
    mentions and dateline are fixed when it is made), and callers must not
    change it."""
    global _owners_of
    last, owners = _owners_of
    if last is not frame:
        owners = [m for m in frame.top if m.subtype != "Media" and m.start >= frame.dateline
                  and m.source not in (COUNTRY_PAIR, ABBREVIATION_SEAT) and m.name not in CAPITAL_CITIES
                  and not _ranks_against_country(frame.text, m)
                  and not (m.name == COUNTRY and m.surface in _SCOPE_OF_COUNTRY and _opens_a_designation(frame.text, m.end))]
        _owners_of = (frame, owners)  # one tuple, swapped whole
    return owners


_SCOPE_OF_COUNTRY = frozenset(M["national_scope"])  # 我国, 全国, 国内 as one word: the country
_DESIGNATION_AFTER = any_of(M["national_designations"])


def _opens_a_designation(text: str, end: int) -> bool:
    """The country's scope word ending at ``end`` opens a designation a place's things hold (安徽…，全国重点实验室总数达到
    23家: 全国|重点实验室, patterns.toml national_designations): no owner of the figure."""
    return _DESIGNATION_AFTER.match(text, end) is not None


def _ranks_against_country(text: str, m: Mention) -> bool:
    """The country written as a scope word (全国, 我国, 国内) before a rank or a quality
    (全国首个…平台, 我国最大的…气田): the whole a thing is compared with, not its owner; not
    the country by its name before an ordinal of its own (中国第十六批赴…维和部队100名官兵), nor
    a scope word before a batch, round or time the country counts (全国首批获准上线的8个…产品,
    我国第一轮退耕还林工程…累计投入4056.6亿元, 我国首次…), or before a word that only opens with 最
    (我国最终消费支出对经济增长贡献率为60.5%)."""
    return m.name == COUNTRY and m.surface in _SCOPE_OF_COUNTRY and _COMPARES_AFTER.match(text, m.end) is not None \
        and _ROUND_ORDINAL.match(text, m.end) is None and _NO_SUPERLATIVE.match(text, m.end) is None \
        and _FIRST_DOCUMENT.match(text, m.end) is None


# 我国首部湿地保护法, 我国首部…国家标准, 我国首部…大数据分析报告显示: the country's first law, standard or report of its
# kind (patterns.toml first_document_heads), a document with no figures of its own
_LONGEST_TITLE_WORDS = 16  # characters between 首部 and the document's last word: its field (湿地保护, …大数据分析)
_FIRST_DOCUMENT = re.compile(rf"(?:首|第一)部[^，,。；;]{{0,{_LONGEST_TITLE_WORDS}}}?(?:{_alt(M['first_document_heads'])})》?"
                             rf"(?![{''.join(M['first_document_not_before'])}])")


# 我国最终消费支出, 我国最近…, 我国最初…: a word that opens with 最, no rank; not 最新 or 最后, which rank a thing as
# the newest or last (我国最新研制的“海翼1000”水下滑翔机…航行1884公里, 全国最后一个不通公路的建制村: the thing's figures)
_NO_SUPERLATIVE = re.compile("最[终近初]")


# …a round or time (我国第一轮, 首次, 第N届, 全国第一季度, 首季), the sectors of the economy (我国第三产业增加值
# 比重…, 我国第一产业增加值…: the country's own accounts, no rank), or a first batch counted in its phrase (全国首批258个…,
# 首批获准上线的8个…); not a first batch named as a rank (全国首批、深交所首单数据中心REITs获批: that REIT's figures)
_ROUND_ORDINAL = re.compile(r"(?:首|第[一二三四五六七八九十百\d]+)(?:[次轮届期季]|产业|阶段)|(?:首|第[一二三四五六七八九十百\d]+)批"
                            r"(?=[^，,。；;、]{0,10}?[\d两一二三四五六七八九十百千]+[个家项座架台只条部所])")


# 首个, 第一台, 唯一的, 最大的: one thing ranked against the country (batches and rounds: _ROUND_ORDINAL)
_ONE_RANKED = re.compile(r"首|第一|唯一|最")
# 我国(自主)研制的…, 我国设计制造的…, 我国具有…知识产权的…: one thing the country makes, the verb (and at most a second
# verb) right before the 的 (patterns.toml country_made_verbs); not the verb as a noun's first word (我国制造业的…, 我国研发投入
# 的强度…, 研发人员/经费/能力…: the country's own accounts)
_COUNTRY_MADE = re.compile(f"(?:自主|自行)?(?:{_alt(M['country_made_verbs'])})(?!业|投入|经费|人员|能力|强度|支出|费用|水平|体系|成果|实力)"
                           f"[^，,。；;：:的]{{0,4}}的|具有[^，,。；;：:]{{0,6}}?知识产权的")


def _country_made(text: str, m: Mention) -> bool:
    """我国, 全国 or 国内 before a verb of making and its 的 (我国具有完全自主知识产权的智能动车组…, 我国自主研制的…): the maker
    of the thing the clause tells of, not the clause's subject."""
    return m.name == COUNTRY and m.surface in _SCOPE_OF_COUNTRY and _COUNTRY_MADE.match(text, m.end) is not None


def _opens_with_first_of_its_kind(frame: Frame, at: int) -> bool:
    """The clause at ``at`` opens with one thing ranked against the country (我国首个…大气田“深海一号”11口生产井
    全部开井产气，日产天然气…; 全国首个…平台——车联正式投入运营，该平台由3万多家…): its subject, whose figures are the
    thing's, a facility's (_facility_owner), not the country's, as is one thing the country makes (我国具有…知识产权的智能
    动车组…，最高测试速度达到350km/h: _country_made); not a batch the country counts (全国首批258个示范县),
    nor a place or body the clause names as the thing (我国最大的棉花产区新疆今年…: 新疆's) unless it opens the name of a
    project or facility after 之一—— (_ONE_OF_COUNTRY_S)."""
    end = clause_span(frame.text, at)[1]
    for m in frame.top:
        if m.start != at:
            continue
        one = _ONE_OF_COUNTRY_S.match(frame.text, m.end) if m.name == COUNTRY and m.surface in _SCOPE_OF_COUNTRY else None
        if (_ranks_against_country(frame.text, m) and _ONE_RANKED.match(frame.text, m.end) or _country_made(frame.text, m)
                or one is not None) \
                and not any(m.end <= o.start < end and o.type in _SUBJECT_TYPES
                            and not (one and o.start >= one.end() and _opens_a_facility_s_name(frame.text, o, end))
                            for o in _owners(frame)):
            return True
    return False


def _opens_a_facility_s_name(text: str, o: Mention, end: int) -> bool:
    """The place ``o`` opens the name of a project or facility ending before ``end`` (福建|莆田木兰溪下游水生态修复与治理工程)."""
    f = _FACILITY.match(text, o.end)
    return o.type == "Region" and f is not None and f.end() <= end


# 我国重大水利工程之一——: one of the country's things, named after the dash; the place that opens a project's name there
# (——福建莆田木兰溪下游水生态修复与治理工程启动，…计划生态治理河道162.9公里: 新闻联播 corpus, subj5's N gains, rsubj review)
# is part of the name, not the thing (我国重要的产粮大省之一——河南，…: no project's name, 河南's)
_ONE_OF_COUNTRY_S = re.compile(r"[^，,。；;：:]{0,12}?之一——")


def _names_an_owner(frame: Frame, start: int, end: int) -> bool:
    """A place or body is named between ``start`` and ``end`` (a later clause of the sentence, before the
    figure): the sentence has moved on from the ranked thing its first clause opened with (全国首个国家级大数据
    综合试验区建设以来，贵州数字经济增速连续7年全国第一，数字经济增加值达到7000亿元: 贵州's)."""
    return any(start <= o.start and o.end <= end and o.type in _SUBJECT_TYPES for o in _owners(frame))


_QUANTITY = f"(?:{_alt(M['quantities'])}|规模|总[量额]|[数产销]量|用户数?)"
_QUANTITY_END = re.compile(f"{_QUANTITY}$")
_QUANTITY_OF_COUNTED = re.compile(f"(?:{_alt(M['quantities'] + M['counted_quantities'])})(?:同比)?$")
_BARE_PREDICATE = re.compile(rf"(?:{_LEVEL_VERB}|升至|增至)(?:人民币)?")
_ENDS_IN_QUANTITY_REACHED = re.compile(f"{_QUANTITY}(?:{_BARE_PREDICATE.pattern})$")  # 相关业务收入超过…
_MODIFIER_GOES_ON = ("、", "的")
_ANOTHER_PERIOD = re.compile(rf"\s*(?:其中)?(?:{_PERIOD}|第[一二三四]季度)(?:{_BARE_PREDICATE.pattern})?\s*")


# A rate's clause that is its growth verb alone, with its basis and period (，同比增长35.1%; ，上半年同比增长7.9%), after a
# clause that says the quantity grew (电子信息制造业固定资产投资快速增长，…; 新兴服务业逆势增长，…): that quantity's rate
_BARE_GROWTH = re.compile(rf"(?:{_PERIOD})?(?:{_RATE_BASIS_WORD}|[较比](?:上年|去年)(?:同期)?)?"
                          rf"(?:{_alt(M['growth_reaching_rate'])})了?")
_TOLD_GROWING = re.compile(rf"(?:{_alt(M['growth'])})了?$")


def _clause_before_quantity(frame: Frame, a: int, pos: int, unit: str) -> str:
    """What a figure whose clause is a bare predicate (，达到人民币1016亿元), or a rate's clause its growth verb alone
    after a clause that says something grew (…快速增长，同比增长35.1%), counts: the noun phrase the clause before
    opens with, after its subject (中国电信移动通信服务收入继续保持良好增长，…); "" if none."""
    if not (_BARE_PREDICATE.fullmatch(frame.text, a, pos) or unit == "%" and a > 1
            and _BARE_GROWTH.fullmatch(frame.text, a, pos) and _TOLD_GROWING.search(frame.text, 0, a - 1)):
        return ""
    return _quantity_opening_clause_before(frame, a)


def _quantity_opening_clause_before(frame: Frame, a: int) -> str:
    """The quantity the clause before ``a`` opens with, after its subject
    (我国基础设施算力规模达到…，位居全球第二 -> 基础设施算力规模); "" if none."""
    if a < 2:
        return ""
    start, end = clause_span(frame.text, a - 2)
    start = _DATE_LEAD.match(frame.text, start).end()
    start = max([o.end for o in _owners(frame) if start <= o.start and o.end <= end and o.start - start <= 1] + [start])
    out = quantity = ""
    toks = words.cut(frame.text[start:end])
    if toks and _PLACED.fullmatch(toks[0]):
        toks = toks[1:]  # 全省工业投资快速增长，…: a scope word opening the clause is the owner's, not the quantity's
    for tok in toks:
        if _PUNCTUATION.fullmatch(tok) or words.is_function_word(tok) or tok in _LEFT_STOP \
                or len(out) + len(tok) > _LONGEST and not _QUANTITY_END.fullmatch(tok):
            break  # (the quantity's own word may close a longer name: 电子信息制造业固定资产|投资)
        out += tok
        if _QUANTITY_END.search(out):
            quantity = out  # the longest run ending in a quantity: not the verb jieba keeps whole after it (投资|快速增长)
    return quantity


# the date or period the clause opens with, before its subject (2022年底，…; 上半年中国移动净利润…; 1-5月…)
_DATE_LEAD = re.compile(rf"\s*(?:(?:\d{{4}}年|今年|去年)(?:底|末)?|(?:\d{{4}}年|今年|去年)?(?:{_PERIOD})|目前)?[，,]?")
_PART_LEAD = re.compile(r"\s*(?:从[^，,；;。]{1,10}看[，,])?(?:其中|首先是|其次是|再次是|然后是|最后是|[其再]次)?[，,]?")


def _part_field(frame: Frame, a: int) -> str:
    """The field that opens the part of the sentence the clause at ``a`` is
    in, as written up to its last known field (新装备制造业规模最大，增加值为…;
    …；其次是信息通信技术服务业，增加值为…): what a bare quantity of the
    part is of; "" if none."""
    text = frame.text
    start = _PART_LEAD.match(text, max(_last_semicolon(text, a), frame.lead - 1) + 1).end()
    first_clause_end = clause_span(text, start)[1]
    if first_clause_end > a:
        return ""  # the figure's clause opens the part: its own words name what it counts
    end = max((m.end for m in frame.of("Sector") if start <= m.start and m.end <= first_clause_end), default=start)
    return text[start:end] if end - start <= _LONGEST else ""


def _part_place(frame: Frame, pos: int) -> Optional[Mention]:
    """The place that opens the part of the sentence after its last
    semicolon before the figure (…；在浙江，5G基站达到12万个): that part's figures are set there."""
    cut = _last_semicolon(frame.text, pos)
    place = opening_place(frame, cut + 1) if cut >= 0 else None
    if place is not None and _opens_an_example(frame.text, place, pos, frame.settings.thresholds):
        return None  # …；长安汽车L4级无人驾驶运营平台等创新试验基础设施项目2个，总投资11亿元: an example project's name opens the part
    return place


def _last_semicolon(text: str, pos: int) -> int:
    """Where the last semicolon before ``pos`` is, which parts a sentence; -1 if none."""
    return max(text.rfind("；", 0, pos), text.rfind(";", 0, pos))


def _owned_after(frame: Frame, m: Mention, owners: list[Mention]) -> Mention:
    """The company written right after its owner (中国电信全资子公司天翼云…,
    中国移动旗下咪咕…) or the place written right after the region that holds it
    (四川省广安市签约3个项目, 广东省深圳市…): the clause is about it, unless a list
    of such places goes on or closes there (湖北省武汉市、宜昌市…; 广东省广州市等21个地市:
    the region's figure, counted over its places); else ``m``."""
    if m.type == "Region":
        inner = next((r for r in owners if r.type == "Region" and r.start == m.end and m.name in LEX.region_chain(r.name)[1:]), None)
        if inner is None or frame.text[inner.end:inner.end + 1] in (*LIST_JOINERS, LIST_CLOSER):
            return m
        return _owned_after(frame, inner, owners)  # 浙江省杭州市余杭区: the last of the chain
    word = OWNS.match(frame.text, m.end)
    return next((o for o in owners if word and o.start == word.end() and o.type == "Organization"), m)


_FIGURE_DIGITS = re.compile(r"(?<![\d.])\d")  # where a figure's digits start
_EACH_OF_GROUP = re.compile(_alt([*M["group_each_words"], _RESPECTIVELY_WORD]))  # 均, 都, 各, 分别: each item's figure


def _counted_stretches(frame: Frame, a: int, pos: int) -> list[tuple[int, int]]:
    """The lists of names that the figure at ``pos`` or one before it in its clause (from ``a``) counts (_counted_list):
    a group the text names by its count (国家发展改革委、中央网信办等13个部门就…提出19项支持政策; 北京、天津、河北等15个
    省区市公安机关…抓获犯罪嫌疑人610余名), none of whose items owns the count or what the group did."""
    text = frame.text
    spans = [(_counted_list(frame, d.start()), d.start()) for d in _FIGURE_DIGITS.finditer(text, a, pos + 1)]
    ends = {m.end for m in _owners(frame)}
    # (not where each of them has the later figure: 内蒙古、新疆…江苏5个省（区）完成投资额均超过2000亿元; nor the partner
    # the group is joined to, who acts with it: 新疆与中国大唐、中煤地质总局等18家央企集中签署92个项目合作意向书)
    return [(b if e == pos else max([i + 1 for i in range(b, e) if text[i] in _PARTNER_BEFORE and i in ends], default=b), e)
            for b, e in spans if b < e and (e == pos or not _EACH_OF_GROUP.search(text, e, pos))]


def _inside(stretches: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` lies in one of the (start, end) ``stretches``."""
    return any(b <= at < e for b, e in stretches)


def _counted_list(frame: Frame, pos: int) -> int:
    """Where a list of names right before the figure starts (北京、上海…、重庆5个
    国家顶级节点; 南京和贵阳两个灾备节点; 《A》《B》等120余项成果, titles set
    side by side and closed by 等; 北京延庆区、江苏苏州市等46个市县, places
    written after their province): the figure counts its items; ``pos`` where
    no such list is."""
    ends = {m.end: m for m in _owners(frame) if m.type in _SUBJECT_TYPES}
    start, items, whole = pos - 1 if frame.text[pos - 1:pos] == LIST_CLOSER else pos, [], None
    while (m := ends.get(start)) is not None:
        items.append(m)
        whole = m
        while _province_written_before(ends.get(whole.start), whole):
            whole = ends[whole.start]  # 江苏苏州市, 贵州省贵阳市息烽县: one item, written after the places it lies in
        start = whole.start
        if frame.text[start - 1:start] in LIST_JOINERS and start - 1 in ends:
            start -= 1
        elif not (m.type == "Policy" and start in ends and ends[start].type == "Policy"):
            break  # titles side by side (《A》《B》) need no joiner
    if whole is not None and whole is not items[-1] and all(within(i.name, whole.name) for i in items):
        start = items[-1].start  # 浙江杭州、宁波等5个城市: the province all the items lie in is no item, the list's whole
    return start if len(items) >= 2 else _items_opened_by_owners(frame, pos)


_ITEM_TAIL_STOPS = ("p", "d", "c")  # a preposition, an adverb or a conjunction: a clause goes on (市场监管总局依法对拼多多…), no item's name


def _items_opened_by_owners(frame: Frame, pos: int) -> int:
    """Where a list closed by 等 right before the figure starts whose items are longer names than the places or bodies
    that open them, two items or more so opened (北京市气象探测中心、长治市气象科技馆等16家单位; 江西已建立南昌航空港、九江水运港、
    赣州铁路港等4个开放口岸; 江西篁岭村、安徽西递村、广西大寨村等8个村): the figure counts the items, whose openers own none of
    it; ``pos`` where no such list is. The first item opens with the last owner before the list's first 、 (past the places
    it is written after: 上海市宝山区), and what follows that owner up to the 、 reads as a name (no preposition, adverb
    or conjunction: 市场监管总局依法对拼多多、美团…, whose 市场监管总局 is the clause's subject)."""
    text, joiner = frame.text, LIST_JOINERS[0]
    if text[pos - 1:pos] != LIST_CLOSER:
        return pos
    a = clause_span(text, pos)[0]
    first_cut = text.find(joiner, a, pos)
    if first_cut < 0:
        return pos
    owners = [m for m in _owners(frame) if m.type in _SUBJECT_TYPES and a <= m.start < pos]
    opening_later = [m for m in owners if m.start > first_cut and text[m.start - 1] == joiner]
    first = [m for m in owners if m.end <= first_cut]
    if not opening_later or not first:
        return pos
    ends = {m.end: m for m in owners}
    opener = first[-1]
    while _province_written_before(ends.get(opener.start), opener):
        opener = ends[opener.start]  # 上海市宝山区: one item, written after the place it lies in
    tail = words.cut(text[first[-1].end:first_cut])
    if any(words.tag(t) in _ITEM_TAIL_STOPS for t in tail) or tail and words.tag(tail[-1]) not in _NAME_TAGS:
        return pos
    return opener.start


def _province_written_before(outer: Optional[Mention], place: Mention) -> bool:
    """``outer`` is a region ``place`` lies in, written right before it (江苏|苏州市, 北京|延庆区)."""
    return outer is not None and place.type == outer.type == "Region" and outer.name != place.name and within(place.name, outer.name)


# 包括美国在内的全球108个国家, 包括伊拉克在内的21个阿拉伯国家: what is named inside is one of those counted
_INCLUDED = re.compile(r"包括[^，,。；;]{1,30}?在内的?")


def _after_marker(text: str, start: int) -> bool:
    """A name right after 在/向/据… (在西青区…, 据统计局…) is a place or a
    source, not a subject; one that opens the sentence is after none."""
    return start > 0 and text[start - 1] in _NOT_BEFORE_SUBJECT


# the words between 占 and the whole its share is of (占到全国的50%, 占同期全国外贸的12%, 约占了全省…), or between
# a comparison and the whole compared with (高出同期全国增速5.4个百分点, 高于同期全国平均水平)
_SHARE_OF_LEAD = re.compile(r"(?:占[到了据]?|高出|超出|[于比居])(?:同期|当期|同年|当年)?$")
_CONTRIBUTION_TO = re.compile(r"对(?:同期)?$")  # 对(同期)全国外贸增长的贡献率: the whole a contribution is to…
# characters before the whole searched for those leads, no fewer than the longest has (高出同期, 占到同期: 4; 对同期: 3)
_SHARE_OF_LEAD_REACH, _CONTRIBUTION_TO_REACH = 5, 3
_CONTRIBUTION = re.compile(r"[^，,。；;]{0,12}?贡献")  # …where the clause names the contribution
_AT_SHARE = "在"  # (稳定)在全国的22%: the level a share is held at


def _is_whole(text: str, start: int, end: int) -> bool:
    """A name right after 占/居/比/于 (占全省近30%), or a share's whole (支撑全国60%的…), is the whole
    a share or a comparison is of, not the subject; so is one after 占到/占同期/高出同期 (占同期全国进出口总值的19.5%),
    one a contribution is to (对全国经济增长贡献率达25.1%) and one a share is held at (经济总量稳定在全国的22%左右)."""
    return start > 0 and (text[start - 1] in _WHOLE_BEFORE
                          or _SHARE_OF_LEAD.search(text, max(0, start - _SHARE_OF_LEAD_REACH), start) is not None
                          or _CONTRIBUTION_TO.search(text, max(0, start - _CONTRIBUTION_TO_REACH), start) is not None
                          and _CONTRIBUTION.match(text, end) is not None
                          or text[start - 1] == _AT_SHARE and text.startswith(_OF, end) and _SHARE_AFTER.match(text, end + 1) is not None) \
        or _whole_of_a_share(text, start, end)


_DOMESTIC = "国内"


def _domestic_kind(text: str, start: int, end: int, scope: Optional[Mention]) -> bool:
    """国内 inside a word jieba knows (开通国内航线287条, 国内航班) where the text speaks of a place other than the
    country (``scope``: a province's plan): a kind of the thing counted, no place the figure is counted in (the
    province's routes). In national news the kind's figures are the country's (1-10月，国内航线完成旅客运输量3.2亿人次,
    国内机票价格下降了10%: annotation.md, 国内 is 中国)."""
    if text[start:end] != _DOMESTIC or scope is None or scope.type != "Region" or scope.name == COUNTRY:
        return False
    word = words.cut(text[start:start + _DOMESTIC_WORD_REACH])[0]
    return len(word) > len(_DOMESTIC)


_DOMESTIC_WORD_REACH = 8  # characters after 国内 enough to cut its word


def _whole_of_a_share(text: str, start: int, end: int) -> bool:
    """A place after a verb and before a share (支撑全国60%的…, 聚集了全国14%的人口) is the whole the
    share is of, not the subject; one that opens its clause (目前，全国73%的企业…), follows a
    preposition (对全市80%的企业给予扶持, 在全国70%的地市开展试点), a report (统计显示全国60%的企业…)
    or a date (截至去年底全国60%的企业…) is the subject. A word of how near the share is may stand before the place or
    after it (粤港澳大湾区以不到全国0.6%的国土面积, 集聚了全国约17%的人口: the region's shares of the country's)."""
    near = _NEAR_BEFORE.search(text, max(0, start - _NEAR_REACH), start)
    start = near.start() if near else start
    after = _NEAR_AFTER.match(text, end)
    return start > 0 and _VERB_BEFORE.match(text, start - 1) is not None \
        and _SHARE_AFTER.match(text, after.end() if after else end) is not None \
        and _SUBJECT_LEADS_TO.search(text, max(0, start - 8), start) is None


_NEAR_BEFORE = re.compile(f"(?:{_alt(list(_QUALIFIERS))})$")  # 不到|全国0.6%: the qualifiers a figure may open with
_NEAR_AFTER = re.compile(_alt(list(_QUALIFIERS)))  # 全国|约17%
_NEAR_REACH = max(map(len, _QUALIFIERS))


def _reports(frame: Frame, m: Mention) -> bool:
    """A body or person that reports figures (商务部指出，…; …介绍，我国…)
    is not their subject: the figures are of what it reports on; a company
    that releases its own results is (中国电信公布了…主要运营数据，5G套餐用户累计达…)."""
    said = _REPORTS.match(frame.text, m.end) or _REPORTS.match(frame.text, _co_reporters_end(frame, m))
    return bool(said) and not (m.subtype == _COMPANY and _OWN_RESULTS.match(frame.text, said.end()))


def _co_reporters_end(frame: Frame, m: Mention) -> int:
    """Where the list of government bodies that a government body ``m`` opens ends (文化和旅游部、国家发展和改革委员会、工业和信息化部
    日前公布了…名单，…等42个项目入选: the bodies report together, as two of them do within _REPORTS' reach; vr audit,
    session 29), where the report's word is out of reach of the first; ``m``'s own end for any other body or where no such
    body follows it."""
    end = m.end
    if m.subtype not in _GOVERNING:
        return end
    bodies = {o.start: o for o in frame.of("Organization") if o.subtype in _GOVERNING}
    while (join := next((j for j in LIST_JOINERS if frame.text.startswith(j, end)), None)) and end + len(join) in bodies:
        end = bodies[end + len(join)].end
    return end


# what a company releases of its own (运营数据, 业绩, 年报), after the verb with a date or period between (公布了2022年5月
# 主要运营数据, 公布,截至去年底止全年业绩), no other holder (公布了一季度全球手机市场业绩: a market's, reported on)
_OWN_RESULTS = re.compile(rf"[，,:：]?(?:{_alt(M['own_results_leads'])}|\d|[{''.join(_CN_DIGITS)}十]|[年月日号底末初第首季度]|{_PERIOD}|今年|去年|上年|本年|当年)*?"
                          rf"(?:{_alt(M['own_results'])})")


_REGION_AIMS = any_of(M["region_aims"])


_TITLE_OPENS = "《"


def _region_aimed_at(frame: Frame, subj: Optional[Mention], pos: int, status: str) -> Optional[Mention]:
    """A government or party body (市工信局, 辽宁省通信管理局, a ministry) that
    aims at a figure or requires it (力争…产业规模突破2000亿元, 确保完成“全年建设开通
    5G基站20005座”), or whose plan named after it sets it as a target (工信部下发的
    《…规划》提出，到2025年…): the aim is its region's, the country's for a
    national body, as national figures are the country's, not the ministry's
    (annotation.md); its own acts (梳理发布418家企业, 抓获69名) stay its own.
    ``subj`` otherwise."""
    if subj is None or subj.type != "Organization" or subj.subtype not in _GOVERNING:
        return subj
    seat = seat_of(subj.name) or (COUNTRY if is_national_body(subj) else None)
    if seat is None:
        return subj
    aims = _REGION_AIMS.search(frame.text, _last_semicolon(frame.text, pos) + 1, pos)
    # a document named in 《》, not 组织编制三年行动计划; after a subject the sentences before named (…发改委等5部门联合印发了《…》。
    # 根据《行动计划》，到2025年…实现3个“1050”：引育10个行业头部企业: its plan's aims still; offsets count in each sentence)
    plans = status == "target" and any((subj.sentence < frame.sentence.index or subj.end <= p.start) and p.start < pos
                                       and frame.text.startswith(_TITLE_OPENS, p.start) for p in frame.of("Policy"))
    if not (aims or plans):
        return subj
    return _region_for(frame, seat)


def opening_place(frame: Frame, start: Optional[int] = None) -> Optional[Mention]:
    """The place or body a sentence opens with (after a date or 目前…), or
    the part of it from ``start``: the subject of a heading, a round-up item
    or a paragraph (江西省力争…), or a place it sets the scene in (在安徽合肥，…;
    从东部地区看，…: the last, innermost place of the run)."""
    pointed = _pointed_place(frame, frame.lead if start is None else start)
    if pointed is not None:
        return pointed  # 该街道…: the place named before, for the paragraph
    run, opener = _opening_run(frame, start)
    if not run or _reports(frame, run[-1]):
        return None
    text = frame.text
    if opener:  # 在X建设…: X is where, not whose; 在X，…, 以X为例，… and 位于X的… set the scene
        return run[-1] if _SETS_SCENE[opener.group()].match(text, run[-1].end) else None
    if len(run) > 1 and run[-2].subtype == _COMPANY and run[-1].type == "Region" \
            and _PLACED_PROJECT.match(text, run[-1].end):
        return run[-2]  # 中金数据集团中卫项目…计划投资400亿元: the company's project there, the company's figures
    return None if text[run[-1].end:run[-1].end + 1] in _NOT_AFTER_SUBJECT else run[-1]


def _pointed_place(frame: Frame, start: int) -> Optional[Mention]:
    """The place a clause opening at ``start`` points back to by its kind (该街道,
    该县; 街道 alone: relations.pointing_word), as a mention there: the place of
    that kind the sentence names before it, else the topic the pipeline carried
    (relations.pointed_place). None where it opens with no such word."""
    m = pointing_word(frame.text, start, opening=True)
    if m is None or _kind_opens_a_name(frame, m):
        return None
    kind = pointed_kind(m)
    place = named_before_pointer(frame, m)
    if place is None and frame.topic is not None and frame.topic.type == "Region" and of_kind(frame.topic.name, kind):
        place = frame.topic
    if place is None and kind in BARE_ZONE_KINDS:
        # a zone's kind in a sentence with a subject of its own (“千年秀林”工程已造林47万亩，新区绿化面积73万亩): the
        # zone of that kind the article named last (雄安新区), as relations.pointed_place gives a sentence with none
        place = next((r for r in reversed(frame.named_places) if of_kind(r.name, kind)), None)
    if place is None:
        return None
    # …and that place's IRI where resolution gave it one (a township keyed by its city: 黄升镇_滨州市)
    return Mention(type="Region", surface=kind, name=place.name, start=m.end() - len(kind), end=m.end(),
                   sentence=frame.sentence.index, source="measure.pointed-place.v1", subtype=place.subtype, iri=place.iri)


def _points_to_unnamed_zone(frame: Frame, start: int) -> bool:
    """A zone's kind alone opens the clause at ``start`` (园区, 示范区: relations.pointing_word). Asked where
    _pointed_place found no zone of that kind for it: then a zone the text names as no entity."""
    m = pointing_word(frame.text, start, opening=True)
    return m is not None and pointed_kind(m) in BARE_ZONE_KINDS and not _kind_opens_a_name(frame, m)


def _kind_opens_a_name(frame: Frame, m: re.Match) -> bool:
    """The pointed kind opens the name of a body the clause names (新区政务服务中心推行的…已承接383项: the centre's)."""
    at = m.end() - len(pointed_kind(m))
    return any(o.start == at and o.end > m.end() and o.type != "Region" for o in frame.mentions)


_QUOTED_ACCOUNT = re.compile(r"“[^”“。]*?[，,]")
# A company's project or site named by its place right after the company (中金数据集团中卫项目, 华为东莞基地)
_PLACED_PROJECT = re.compile(f"[^，,。；;：:\\d“”的]{{0,6}}?(?:{_alt(M['facility_heads'])})")


def _opening_run(frame: Frame, start: Optional[int] = None) -> tuple[list[Mention], Optional[re.Match]]:
    """The places or bodies a sentence opens with, one after another, and
    the word that sets them as where (在…) if one does (see opening_place)."""
    owners = _owners(frame)
    if not owners:
        return [], None  # most sentences name no place or body to open with
    text = frame.text
    lead = frame.lead if start is None else start  # after the dateline, a date or 目前, 其中…
    mark = _ITEM_MARK.match(text, lead)  # 一、…, (二)…, 【山东】…
    lead = mark.end() if mark else lead
    hearsay = _HEARSAY.match(text, lead) or _YEAR_SPAN.match(text, lead)  # 据悉，杭州移动…; 未来三年，福建省…; 十年来，安徽…
    lead = hearsay.end() if hearsay else lead
    # “中金数据集团中卫项目今年5月启动，…”: a quoted account (its clauses go on past a comma) opens with its
    # subject; not a quoted name (“中原粮仓”连年丰收, “南海Ⅰ号”船体…)
    lead += bool(_QUOTED_ACCOUNT.match(text, lead))
    opener = _OPENS.match(text, lead)
    if opener and any(m.start == lead for m in owners):
        opener = None  # 以色列军队…: the word opens a name, it sets no scene
    at = opener.end() if opener else lead
    run: list[Mention] = []
    for m in owners:
        if m.start < at:
            continue
        if m.start != (run[-1].end if run else at) or m.type not in _SUBJECT_TYPES:
            break
        run.append(m)
    return run, opener


def _inner_place_unnamed(frame: Frame, pos: int) -> int:
    """Where a sentence that opens with 在 and a region goes on naming a place
    inside it that we do not know (在陕西太白，…21条雪道陆续开放; 在吉林大安，…)
    sets its scene, if before ``pos``; else -1. The figures there are that
    place's, neither the region's nor the article's."""
    run, opener = _opening_run(frame)
    if not run or opener is None or opener.group() != "在" or run[-1].type != "Region":
        return -1
    inner = _INNER_NAME.match(frame.text, run[-1].end)
    return run[-1].end if inner and "的" not in inner.group() and not _DONE_THERE.search(inner.group()) \
        and inner.end() <= pos else -1


def opens_with_national_report(frame: Frame) -> bool:
    """The sentence opens with an official of a national body who reports
    (工信部信息通信管理局副局长王鹏介绍，…): what he and his paragraph go on to
    state of no one named is the country's (annotation.md), wherever the
    article is set (a conference in 江苏 where the ministry speaks)."""
    if "Person" not in frame.types:
        return False  # most paragraphs: no one speaks
    run, opener = _opening_run(frame)
    return len(run) == 1 and opener is None and is_national_body(run[0]) and _official_reports(frame, run[0])


_REPORTS_NOW = re.compile(f"(?:在[^，,。]{{1,30}}?)?(?:{_alt(M['reports'])})")  # 王鹏介绍, 王鹏在会上表示


def _of_another_country(name: str) -> bool:
    """A body whose name opens with a country other than China's (俄罗斯国防部)."""
    return any(_another_country(name[:k]) for k in range(2, len(name)))


def _another_country(word: str) -> bool:
    return any(e.type == "Region" and e.subtype == "Country" and e.name != COUNTRY for e in LEX.entries.get(word, ()))


def _names_another_country(name: str) -> bool:
    """A body whose name holds a country other than China's anywhere (中国德国商会: the German chamber in China)."""
    return any(_another_country(name[i:k]) for i in range(len(name)) for k in range(i + 2, len(name) + 1))


def heading_scope(frame: Frame) -> Optional[Mention]:
    """Whose a heading is (a round-up item's, a section's): the place or
    body it opens with, else the country where it speaks of 全国/我国. A
    national body's heading (工信部：1-2月电信业务收入…) gives the country's
    figures (annotation.md: not the ministry's that reports them); one that
    opens with a national body reporting them gives none (heads_national_release). A
    document's title may open with the period its figures are of and no
    comma (前三季度沈阳市电信业运行情况, 2023年1-8月份四川省软件业运行情况): the
    place follows it. Not a round-up item's headline (前10个月兰州新区国际货运
    班列增长超100%), whose item goes on to other figures (…75152次…班列)."""
    place = opening_place(frame)
    if place is None and frame.sentence.index == 0:
        place = opening_place(frame, _DATE_LEAD.match(frame.text, frame.lead).end())
    if place is not None and is_national_body(place):
        return _country_for(frame)
    issues = _ISSUES_AFTER.match(frame.text, place.end) if place is not None and place.subtype == _GOVERNMENT else None
    if issues and _PLAN.search(frame.text.rstrip("。 》”"), issues.end()):  # a plan for its region (…规划, …方案（2021—2023年）,
        # …的通知), not a report of its own work (杭州市公安局发布打击电信诈骗成果), whose figures stay the body's
        seat = seat_of(place.name)  # 新疆通信管理局印发…“十四五”发展规划: the plan's region's figures, not the issuer's
        if seat is not None:
            return _region_for(frame, seat)
    return place or _national_word(frame, 0, len(frame.text))


# A heading's body that issues a document (新疆通信管理局印发…规划, 省工信厅发布…方案)
_ISSUES_AFTER = re.compile(f"(?:正式|近日|日前|联合)?(?:{_alt(LEX.patterns['relation']['issues'])})")


def heads_national_release(frame: Frame) -> bool:
    """A heading that opens with a national body reporting (工信部公布10月通信业
    运行状况, 国家统计局发布…): the body is no subject, and the heading leaves
    whose figures follow to the article, as a heading naming no one does: the
    country's in national news or a release about no region, a province's in
    its own story (工信部公布…名单, then 我省52家企业入选…). Not where the heading
    names whose figures it reports (国务院新闻办举行发布会介绍第七届进博会…: the event's)."""
    if opening_place(frame) is not None:
        return False
    run, opener = _opening_run(frame)
    return len(run) == 1 and opener is None and _national_source(frame, run[0]) \
        and not any(m is not run[0] and m.type in _SCENE_TYPES and m.name != COUNTRY for m in _owners(frame))


_SOURCE_COLONS = ("：", ":")
_FROM = re.compile(r"[^，,。]{0,8}?从$")
_SOURCE_VERBS = tuple(M["source_verbs"])


def _news_source(frame: Frame) -> Optional[Mention]:
    """The body or place a report's news came from (记者今天从国家统计局获悉，…; 记者从武汉市获悉，…)."""
    text = frame.text
    return next((m for m in _owners(frame) if m.type in ("Organization", "Region") and text.startswith(_SOURCE_VERBS, m.end)
                 and _FROM.fullmatch(text, frame.lead, m.start)), None)


def _national_source(frame: Frame, m: Mention) -> bool:
    """A national body that reports figures (国家统计局数据显示，…; 工信部：…; its head,
    工信部部长：…), or whose official named after it does (国家数据局…司司长杜巍在此间指出，…):
    they are the country's (annotation.md), not the body's."""
    return is_national_body(m) and (_reports(frame, m) or frame.text.startswith(_SOURCE_COLONS, post_after(frame.text, m.end))
                                    or _RELEASE_OPENS.match(frame.text, m.end) is not None or _official_reports(frame, m))


# what a body releases, named before the colon that opens it (中国人民银行发布最新金融数据：…; 保监会今天发布
# 商业车险费率改革试点情况：…; read off the 新闻联播 corpus): a national body's release gives the country's
# figures; a company's (华为发布最新经营数据：…) stays its own, so this is no word of _REPORTS
_RELEASE_OPENS = re.compile(r"[^，,。：:]{0,6}?(?:发布|公布)[^，,。：:]{0,16}[：:]")


def _place_reporting(frame: Frame, m: Mention, scope: Optional[Mention]) -> Optional[Mention]:
    """The region whose figures a government body that reports them gives: the
    country for a national body (annotation.md), its seat for a local one
    (上海市经信委向媒体透露，…; 广东省通信管理局介绍，…), not the article's default
    place (another place of a round-up); None for any other subject, and for
    an office named by its seat's short name (海口海关, 哈尔滨海关: a state
    office serving a wider area than its city) in an article about its seat's
    province or a zone of it (据海口海关统计，…海南自由贸易港…: the article's)."""
    if m.type != "Organization" or m.subtype not in _GOVERNING or not _reports(frame, m):
        return None
    if is_national_body(m):
        return _country_for(frame)
    seat = seat_of(m.name) or branch_seat(m)
    if seat is None or not m.name.startswith(seat) and _of_province_around(scope, seat):
        return None
    return _region_for(frame, seat)


def _of_province_around(scope: Optional[Mention], city: str) -> bool:
    """``scope`` is the province the city is in, or a zone of that province."""
    province = LEX.region_chain(city)[1:][-1:]
    if scope is None or scope.type != "Region" or not province:
        return False
    return scope.name == province[0] or any(e.type == "Region" and e.subtype == "Zone" and e.parent == province[0]
                                            for e in LEX.entries.get(scope.name, ()))


def cites_national_data(frame: Frame) -> bool:
    """The sentence opens with a national body whose data it reports (此外，工信部数据显示，…;
    国家统计局数据显示，…): the figures after it in its paragraph that name no one are the
    country's (annotation.md), not those of the place the figures before were of; not where
    the data it cites are of a place it names (海关总署数据显示，前10个月，浙江进出口总值…:
    the paragraph goes on with 浙江's)."""
    run, opener = _opening_run(frame)
    return bool(run) and opener is None and _national_source(frame, run[0]) \
        and not any(r.start >= run[-1].end and r.name != COUNTRY for r in frame.of("Region", top=False))


def _official_reports(frame: Frame, m: Mention) -> bool:
    """The first person named after the body, in its clause, reports (王鹏介绍, 杜巍在会上表示), or is a
    headline's source (工信部部长金壮龙：今年将新建…, as 工信部部长：… is)."""
    if "Person" not in frame.types:
        return False  # most sentences: no one speaks
    official = next((p for p in frame.of("Person") if p.start >= m.end), None)
    return official is not None and _COMMA.search(frame.text, m.end, official.start) is None \
        and (_REPORTS_NOW.match(frame.text, official.end) is not None or frame.text.startswith(_SOURCE_COLONS, official.end))


def titles_national_release(frame: Frame) -> bool:
    """A title that cites a national body as its figures' source (工信部：…;
    国家统计局：…)."""
    place = opening_place(frame)
    return place is not None and is_national_body(place) and frame.text.startswith(_SOURCE_COLONS, place.end) \
        or heads_national_release(frame)


def is_venue(frame: Frame, m: Mention) -> bool:
    """The place is named as where a meeting is held (国资委在浙江桐庐召开…专题会,
    …博览会今天在上海开幕), with the other places of its run (浙江|桐庐)."""
    ends = {x.end: x.start for x in frame.of("Region")}
    starts = {x.start: x.end for x in frame.of("Region")}
    start, end = m.start, m.end
    while start in ends:
        start = ends[start]
    while end in starts:
        end = starts[end]
    return frame.text[start - 1:start] == _AT and bool(_VENUE_VERB.match(frame.text, end))


_AT = "在"


def within(name: str, region: Optional[str]) -> bool:
    """The region ``name`` is ``region`` or inside it (桐庐县 in 浙江省)."""
    return region is not None and (name == region or region in LEX.region_chain(name))
_VENUE_VERB = re.compile(f"(?:隆重|盛大)?(?:{_alt(LEX.patterns['event']['held'])})")


# 约合13亿元, 折合9.3亿元, 合9.3亿元, 相当于…: a sum told again in another unit (the converted words, 合 and 相当于)
_RESTATES = re.compile(rf"(?:{_alt([*_CONVERTED_WORDS, '合', '相当于'])})(?=约?\d)")


def _agency_s_country(frame: Frame, agency: Mention, pos: int) -> Optional[Mention]:
    """Another country's agency that opens the sentence owns the figures of its own clause (法国气象局将19个省份列为…);
    a later clause's, set in the sentence's opening place for want of a subject of its own, are its country's, the
    scene (…，截至23日，有超10万户家庭断电), as a national body's are China's (_national_source); not a clause that
    restates the figure before it in another currency (…开出2.08亿美元，约合13亿元人民币的罚单: the same sum)."""
    clause = clause_span(frame.text, pos)[0]
    if agency.source != FOREIGN_AGENCY or agency.sentence != frame.sentence.index \
            or clause <= clause_span(frame.text, agency.end)[1] or _RESTATES.match(frame.text, clause):
        return None
    return _region_for(frame, agency.parent)


def _country_for(frame: Frame) -> Mention:
    """The country, in place of a national body that reports its figures: the
    sentence says so as a whole (no word of it names the country)."""
    return _region_for(frame, COUNTRY)


def _region_for(frame: Frame, name: str) -> Mention:
    """The region ``name``, whose figures the sentence as a whole gives."""
    return Mention(type="Region", surface=name, name=name, start=0, end=len(frame.text),
                   sentence=frame.sentence.index, source="measure.context.v1")


_NEWS_LEAD = re.compile(rf"(?:{_alt(M['news_leads'])}|\d{{1,2}}月\d{{1,2}}日)")


def opens_as_news(text: str) -> bool:
    """A paragraph that opens as a news item does: a day, a source, 据悉."""
    return bool(_NEWS_LEAD.match(text))


def cites_source(text: str) -> bool:
    """A paragraph that opens by citing its source (据X统计，…)."""
    return text.startswith(_SOURCE_LEADS)


_SOURCE_LEADS = tuple(M["source_leads"])


def is_national_body(m: Mention) -> bool:
    """A government body seated in no region (教育部, 国家医保局), a central
    party body (中央网信办, 中共中央宣传部: 中央 opens its name), or a national
    association (中国汽车工业协会, 全国乘用车市场信息联席会: _national_association),
    and not another country's (俄罗斯国防部): what it reports of the whole
    country is the country's."""
    central = m.subtype == _PARTY and (m.name.startswith(_CENTRAL_PARTY_OPENERS) or _party_group_of_ministry(m))
    return m.type == "Organization" and (m.subtype == _GOVERNMENT or central or _national_association(m)) \
        and seat_of(m.name) is None and branch_seat(m) is None and not _of_another_country(m.name)


def _party_group_of_ministry(m: Mention) -> bool:
    """A party body named after the government body it serves, one the lexicon lists (水利部党组, 工业和信息化部党组:
    is_national_body then asks of the whole name what it asks of a ministry's), whose paragraph's figures are the
    country's as the ministry's are (水利部党组高度重视智慧水利建设…。…80.5%的县级水利部门接入了水利信息网; session 31)."""
    return bool(m.parent) and m.name.startswith(m.parent) \
        and any(e.type == "Organization" and e.subtype == _GOVERNMENT for e in LEX.entries.get(m.parent, ()))


def _national_association(m: Mention) -> bool:
    """An association named as the country's (中国 or 全国 opens its name, an association's head ends it, no other
    country in it): 中国汽车工业协会, 全国乘用车市场信息联席会, whose releases give the industry's figures; not
    中国德国商会 (another country's chamber), 中国—东盟数字教育联盟 (an alliance), nor the people's organisations
    named 中华全国… (全国工商联, 全国妇联), whose figures are their own deeds."""
    return m.subtype == _ASSOCIATION and m.name.startswith(_NATIONAL_ASSOCIATION_OPENERS) \
        and m.name.endswith(_NATIONAL_ASSOCIATION_HEADS) and not _names_another_country(m.name)


def branch_seat(m: Mention) -> Optional[str]:
    """The region a national body's office is named after, right after the body's
    name (国家统计局湖北调查总队 -> 湖北省, 海关总署广东分署 -> 广东省,
    国家金融监督管理总局北京监管局 -> 北京市): the office serves that region, and the
    figures it reports are the region's, not the country's."""
    return seat_of(m.name[len(m.parent):]) if m.type == "Organization" and m.parent and m.name.startswith(m.parent) else None


_GOVERNMENT = "GovernmentBody"
_PARTY = "PartyOrganization"
_GOVERNING = (_GOVERNMENT, _PARTY)  # a region's governing bodies
_CENTRAL_PARTY_OPENERS = tuple(LEX.patterns["organization"]["central_party_openers"])  # 中央网信办, 中共中央办公厅
_ASSOCIATION = "Association"
_NATIONAL_ASSOCIATION_OPENERS = tuple(LEX.patterns["organization"]["national_association_openers"])  # 中国汽车工业协会
_NATIONAL_ASSOCIATION_HEADS = tuple(LEX.patterns["organization"]["national_association_heads"])  # 协会, 联席会


def names_someone(frame: Frame, home: Optional[str] = None) -> bool:
    """The sentence names a place or body other than the country; a numbered
    part's heading (heading_level) in a local story, one other than ``home``
    too, the place the article is about (一、改革成效明显，上海“一网通办”能力水平
    排名第一 in a 上海 story names no one else: its part goes on with 上海's figures;
    not a title, which may name the venue of an event whose figures follow)."""
    own = home if home is not None and heading_level(frame) > 0 else None
    return any(m.type in _SUBJECT_TYPES and m.name not in (COUNTRY, own) for m in _owners(frame))


# A briefing (国务院新闻办今天举行发布会，…介绍): where news is told, like its source, not a scene the figures are of
_BRIEFING = re.compile(f"(?:{_alt(LEX.patterns['event']['briefings'])})$")


def names_a_scene(frame: Frame) -> bool:
    """The sentence names a place other than the country, an event (not a
    briefing), or a body other than a national government body and not as the
    source of its news (…大会在上海开幕, …在江苏南京启航, 胜利油田共发现…): a news
    item set there or about that one is that one's, not the whole country's."""
    source = _news_source(frame)
    return any(m.type == "Event" and not _BRIEFING.search(m.name) or m.type == "Region" and m.name != COUNTRY
               or m.type == "Organization" and not is_national_body(m) and m is not source and not _reports(frame, m)
               for m in _owners(frame))


def names_its_source(frame: Frame) -> bool:
    """The sentence names where its news came from (记者从X获悉, X数据显示,
    来自X的消息, 据X统计)."""
    source = _news_source(frame)
    return source is not None or frame.text.startswith(_SOURCE_LEADS, frame.lead) \
        or any(m.type == "Organization" and _reports(frame, m) for m in _owners(frame))


def is_byline(frame: Frame) -> bool:
    """A line that is a body's name alone (海南省工业和信息化厅 under a title,
    中共X党组 under a report), or a writer's line that names a person (科技日报记者
    陈汝健; 本报记者 谭伦 北京报道; 运营商财经网 陈聪敏/文): who writes, not what
    an item is about; not a headline of what a reporter does (央视记者探访雄安新区: no one named)."""
    return signer_of(frame.sentence, frame.of("Organization")) is not None or _WRITERS_END.fullmatch(frame.text) is not None \
        or "Person" in frame.types and _WRITERS_LINE.fullmatch(frame.text) is not None


_WRITERS_LINE = re.compile(rf"[^，,。；;：:]{{0,16}}(?:{_alt(LEX.patterns['person']['bylines'])})[^，,。；;：:]{{2,16}}")
# …or ends on the writer's word after a space (运营商财经网 陈聪敏/文), whether or not the name is read as a person's
_WRITERS_END = re.compile(rf"[^，,。；;：:]{{2,16}}[ \u3000][^，,。；;：:\s]{{2,12}}(?:{_alt(LEX.patterns['person']['byline_ends'])})")


_REACH_VERBS = [*M["reach_verbs"], *M["route_reach_verbs"]]
_COUNTRY_REACHED = re.compile(f"(?:{_alt(_REACH_VERBS)})(?:了|到)?$")
_REACHED_VERB_LONGEST = max(map(len, _REACH_VERBS)) + 1  # the verb and its 了 or 到 (覆盖到, 辐射了)


def _reached_country(frame: Frame, start: int) -> bool:
    """The country's scope word at ``start`` is what a thing reaches (贵州的网络设施联通全国38个城市, 宁波舟山港…，业务辐射
    全国15个省区市; patterns.toml reach_verbs, route_reach_verbs), the whole its places are counted in, where the thing is
    another's: a place the sentence names before it, other than the country, or a body, not a national one, that opens
    its clause. A national thing's reach stays the country's (中欧班列已联通国内128个城市; 记者从国家卫生健康委获悉，…卒中
    中心建设已覆盖全国1490个区县), as does one in an article about a place (江苏省。这个主干网覆盖全国31个省、市、自治区)."""
    if not _COUNTRY_REACHED.search(frame.text, max(0, start - _REACHED_VERB_LONGEST), start):
        return False
    return any(m.end <= start and (m.type == "Region" and m.name != COUNTRY or m.type == "Organization" and not is_national_body(m)
                                   and m.start == _clause_opening(frame.text, m.start)) for m in _owners(frame))


# …or gathers (汇聚全国350多家, 聚集了全国9000多家, 吸引来自全国的; patterns.toml drawn_from_verbs)
_DRAWN_FROM_VERBS = _alt(M["drawn_from_verbs"])
_COUNTRY_DRAWN_FROM = re.compile(f"(?:{_DRAWN_FROM_VERBS})[了着]?(?:{_DRAWN_FROM_VERBS})?$")
_DRAWN_FROM_LONGEST = 2 * max(map(len, M["drawn_from_verbs"])) + 1  # 吸引了来自


def _drawn_from_country(text: str, start: int) -> bool:
    """The country's scope word at ``start`` is where the things counted after it are drawn from (本届书市…汇聚全国350多家
    出版发行单位, 本届大赛…共吸引全国2700多所高校): the whole they come from, not their owner, which is the event that
    gathers them."""
    return _COUNTRY_DRAWN_FROM.search(text, max(0, start - _DRAWN_FROM_LONGEST), start) is not None


def _clause_opening(text: str, at: int) -> int:
    """Where the clause holding ``at`` opens, past its time words (目前，宁波舟山港…: 宁波舟山港)."""
    return _past_lead_words(text, clause_span(text, at)[0])


def _role_then_owner(frame: Frame, opening: int, a: int, owners: list[Mention]) -> bool:
    """The sentence opens with an adverbial that says what its subject serves as (作为国际科技创新中心，: patterns.toml
    adverbial_leads), and a clause after it, before the figure's at ``a``, opens with a region or body (…，数据显示，2022年
    北京研发经费投入强度…，培育形成…2个万亿级产业集群，拥有高新技术企业2.82万家): that one is the subject of the clauses after, not
    the facility the opening names (作为京津冀…重大交通项目，京雄高速是连接北京城区与…: 北京 opens no clause)."""
    text = frame.text
    if not text.startswith(_ADVERBIAL_LEADS, opening):
        return False
    end = clause_span(text, opening)[1]
    return any(end < m.start < a and m.start == _DATE_LEAD.match(text, _past_lead_words(text, clause_span(text, m.start)[0])).end()
               for m in owners)


def _past_lead_words(text: str, a: int) -> int:
    """Where the words after ``a`` start, past the time and linking words that lead a clause (_LEAD_WORDS)."""
    return _LEAD_WORDS.match(text, a).end()


def _national_word(frame: Frame, a: int, pos: int, scope: Optional[Mention] = None) -> Optional[Mention]:
    """全国/我国/国内 in the figure's clause or heading: the figure is 中国's;
    not in a title the figure counts (《全国数据资源调查报告》等120余项成果),
    nor in a body's or meeting's name (十三届全国人大四次会议应出席代表2953人;
    a heading 全国政协十三届三次会议举行视频会议 heads the meeting's figures:
    12名委员作大会发言)."""
    text = frame.text
    m = next((m for m in _NATIONAL.finditer(text, a, pos) if text.rfind("《", a, m.start()) <= text.rfind("》", a, m.start())
              and not _is_whole(text, m.start(), m.end()) and not _inside_a_name(frame, m.start())
              and not _opens_a_designation(text, m.end())
              and not _domestic_kind(text, m.start(), m.end(), scope) and not _reached_country(frame, m.start())), None)
    if m is None:
        return None
    return Mention(type="Region", surface=m.group(), name=COUNTRY, start=m.start(), end=m.end(),
                   sentence=frame.sentence.index, source="measure.scope-word.v1")


def _inside_a_name(frame: Frame, pos: int) -> bool:
    """The scope word at ``pos`` is part of a body's or meeting's name the
    text gives (十一届全国政协, 全国人大常委会, 全国总工会, 全国农业工作会议): it
    names whom the body gathers, not the country as the figure's whole; not
    a campaign's or census's (第三次全国土壤普查采集样点287.2万个), which the
    country carries out over the whole of it: its figures are the country's."""
    return any(m.start <= pos < m.end and m.subtype != CAMPAIGN_SUBTYPE for m in frame.of("Organization", "Event"))


def _county_of(frame: Frame, m: re.Match, county: Optional[str]) -> Optional[Mention]:
    """Whose 全县/我县/本县 is: the county the document is about; 全区 that
    district, or in an autonomous region's news with no district, the
    region (广西全区)."""
    province = frame.scopes.get("省", "")
    if county and county.endswith(m.group(1)):
        name = county
    elif m.group(1) == "区" and not county and province.endswith(_AUTONOMOUS):
        name = province
    else:
        return None
    return Mention(type="Region", surface=m.group(), name=name, start=m.start(), end=m.end(),
                   sentence=frame.sentence.index, source="measure.scope-word.v1")


_WORLD_REGION = "WorldRegion"
_ZONE = "Zone"  # a development zone, a hub: no government 当地 stands for


def _continent_inside_clause(frame: Frame, m: Mention) -> bool:
    """A continent named inside a clause is where things go or come from
    (中欧班列通达欧洲26个国家, 出口东南亚的10000辆重卡, 从中亚进口的天然气): a
    continent owns the figures of a clause it opens only (亚洲的预测增速为5.5%)."""
    if m.subtype != _WORLD_REGION:
        return False
    a, _ = clause_span(frame.text, m.start)
    return m.start > _past_lead_words(frame.text, a) + 1


_COUNTY_WORD = re.compile(r"[全我本]([县区])(?![长委政])")  # 全县; not 县长, 区委
# A village's or township's own scope (全村, 本村, 全镇, 全乡), not 镇长, 村委, 全乡村振兴, 全镇江, nor a county's
# 全乡镇 (all its townships); and a clause that opens with the village (村里有15、6家钢琴厂, 村集体的年收入…):
# their figures are no region's, unless the clause counts villages (村集体经济收入超过10万元的村达到153个: the region's)
_VILLAGE_WORD = re.compile(r"[全我本][村镇乡](?![长委政村江镇])")
_VILLAGE_OPENERS = ("村里", "村集体")
_VILLAGES_COUNTED = re.compile(r"的(?:行政)?村(?![民里庄干委集级])")
_AUTONOMOUS = "自治区"


def _owns_figures(m: Mention) -> bool:
    """A region or body; a meeting; a named index, programme or report (营商环境
    指数2022由18项分指标组成); not a plan, whose figures are its region's
    targets (《行动方案》提出，到2023年…), nor a work report, whose figures are
    its region's too (《政府工作报告》提出，2021年，福建将…); nor another
    country's capital, where things happen (_owners)."""
    return m.type in _SUBJECT_TYPES and m.name not in CAPITAL_CITIES or m.type == "Event" \
        or (m.type == "Policy" and not _PLAN.search(m.name) and not m.name.endswith(_WORK_REPORTS))


# the session a body's name follows (十一届全国政协, 第十三届全国人大): it opens the clause with the body
_SESSION = re.compile(rf"第?[{ORDINAL_DIGITS}]+届")
_WHEN = re.compile(r"后|以来|期间|之前|前夕")  # 党的十八大以来: a time, not a subject
_PLAN = re.compile(f"(?:{_alt(M['plan_heads'])})(?:[（(].*[)）])?$")


# a clause that opens with the company the text speaks of (…，全市信息化水平将大幅提升，公司5G用户将达到300万户):
# its figures are the company's, not the place's whole an earlier clause opened with
_COMPANY_WORD = re.compile(rf"(?:该|本|其)?(?:{_alt(BARE_LEGAL_FORMS)})")  # 公司, 集团 alone
_IT = "它"  # 它, 它们: a thing or animal, never a body or a place (那里, 该市)
_ITS = re.compile(r"其(?![它他中余实次间后])")  # not 其它, 其中, 其余, 其间 (meanwhile)…
_SEGMENT_END = re.compile(r"[；;。！？!?]")
_COMMA = re.compile(r"[，,：:]")


# a winner's role and its copula or colon right before the body a procurement result names (第一中标候选人为|X,
# 中标候选人依次为：|X, 第一中标候选人：|X as a 公示 lists it)
_WINNER_NAMED = re.compile(rf"(?:{_alt(M['winner_roles'])})(?:(?:依次|分别)?(?:为|是)[：:]?|[：:])$")


# a count of bodies (12家企业, 20余家单位: 家, the classifier of firms and bodies), no winner's own figure
_BODIES_COUNTED = re.compile(r"[\d.]+万?[多余]?家")


def _named_winner(frame: Frame, a: int) -> Optional[Mention]:
    """The body the clause before ``a`` names as a procurement's winner, the clause ending with it (第一中标候选人为中兴通讯
    股份有限公司，投标报价1602.5万元; 包一中标的是联通数字科技，成交金额1.125亿) or with its winning (包三由湖南移动中标，成交
    金额1.137亿): the later clause's figures are its bid, its share, its sum; not a body named inside the role's clause
    before another word (中标单位为X联合体成员…)."""
    text = frame.text
    comma = _COMMA.match(text, a - 1) if a > 0 else None
    if comma is None:
        return None
    return next((m for m in _owners(frame) if m.type == "Organization" and (
        m.end == a - 1 and _WINNER_NAMED.search(text, 0, m.start) or WIN.regex.fullmatch(text, m.end, a - 1))), None)


def _previous_clause_subject(frame: Frame, a: int) -> Optional[Mention]:
    """The region or body that opens a clause before ``a`` in its part of the
    sentence (up to a ；), the nearest first."""
    text = frame.text
    segment = max((m.end() for m in _SEGMENT_END.finditer(text, 0, a)), default=0)
    starts = {segment} | {c.end() for c in _COMMA.finditer(text, segment, a)}
    return max((m for m in _owners(frame) if m.type in _SUBJECT_TYPES and m.end <= a
                and any(s <= m.start <= s + 1 or _cited_from(frame, m, s) for s in starts)), key=lambda m: m.start, default=None)


_CITED_FROM = tuple(M["cited_from_leads"])


def _cited_from(frame: Frame, m: Mention, s: int) -> bool:
    """The body opens the clause from ``s`` after 来自 and reports (来自交通运输部的数据显示，…): the data's source, read
    as after 据 (a national body's figures the country's); not one that does not report (来自全国各地的代表…)."""
    return any(frame.text.startswith(w, s) and m.start == s + len(w) for w in _CITED_FROM) and _reports(frame, m)


# what right after 我国 makes it a thing's maker, not the clause's subject (我国首批两架海事无人直升机…, 我国自主研发的…系统)
_COUNTRY_S_THING = re.compile(r"首|第一|自主")


def _country_opens_clause(frame: Frame, m: Mention) -> bool:
    """我国, 全国 or 国内 itself opens an earlier clause (至此，我国共拥有…; 全国铁路迎来…客流高峰): the country the sentence
    goes on about, not a word after 是 or 占 (是全国少数…之一, 占全国的57.7%), nor the maker of the thing the clause is
    about (我国首批…, 我国自主研发的…)."""
    text = frame.text
    return m.name == COUNTRY and m.surface in _SCOPE_OF_COUNTRY and (m.start <= frame.lead or _COMMA.match(text, m.start - 1) is not None) \
        and _COUNTRY_S_THING.match(text, m.end) is None and not _country_made(text, m)


def _in_section(m: Optional[Mention], scope: Optional[Mention]) -> Optional[Mention]:
    """全市 under another city's heading (武汉：…, in a round-up of cities) is
    that city, not the one the article names most."""
    if m is not None and scope is not None and scope.type == "Region" and m.surface in SCOPE_WORDS and scope.name != m.name \
            and scope.name.endswith(m.surface[-1]):
        return scope
    return m


def _own_place(frame: Frame, pos: int, m: Mention) -> Optional[Mention]:
    """The region the sentence (or its part after a ；) opens with before the
    scope word ``m`` (在吉林，…，目前全省播种面积…): the one 全省 is, not the section's."""
    if m.surface not in SCOPE_WORDS:
        return None  # most owners are names, which _in_section leaves as they are
    own = _part_place(frame, pos) or opening_place(frame)
    return own if own is not None and own.type == "Region" and own.end <= m.start else None


_WHERE = "在"
_ACT_TAGS = ("v", "d")  # a verb or an adverb (共, 已, 累计)


_SHARE_OF_WHOLE = ("占", "占到")  # 占全球的70%以上, 约占全球5G总用户数的89%
_SHARE_WORD_AFTER = "占比"  # 全球占比超60%


def _whole_of_share(text: str, world: re.Match) -> bool:
    """The world is the whole a share is taken of (5G基站总数达到96.1万个，占全球的70%以上; 5G用户达5.61亿户，
    全球占比超60%): the share is of the subject the sentence names, not the world's figure."""
    return text.endswith(_SHARE_OF_WHOLE, 0, world.start()) or text.startswith(_SHARE_WORD_AFTER, world.end())


def _done_worldwide(text: str, world: re.Match, pos: int, named_before: list[Mention]) -> bool:
    """The world as where a subject the sentence named before acts, a verb or adverb right
    after it (华为是…之一，在全球共持有有效授权专利12万件): the figure is that subject's, not
    the world's (全球5G用户达到…; 华为表示，在全球5G用户达到…: a noun after it; 在全球已发布的
    3755个大模型中: what the world did, told in a clause before the counted noun)."""
    if not named_before or not text.endswith(_WHERE, 0, world.start()) or "的" in text[world.end():pos]:
        return False
    following = words.cut(text[world.end():world.end() + words.CONTEXT_AROUND])
    return bool(following) and words.tag(following[0]) in _ACT_TAGS


def _placed(m: Optional[Mention]) -> bool:
    """No subject, or a place: not a body or an event the discourse is about, whose reach across countries is its own
    (华为…支持100多个国家的运营商部署绿色站点; 来自…29个国家和地区的36个境外代表团组…参展参会, under the expo)."""
    return m is None or m.type == "Region"


def _countries_open_clause(text: str, a: int, pos: int) -> bool:
    """The figure's clause opens with countries counted, past a lead (已经有, 共有: patterns.toml countries_counted_openers),
    and the figure is that count or what it counts after it (截至2019年6月，已经有94个国家的280家运营商开展了5G的测试; 近100个
    国家和地区的1000多名嘉宾参会; 经过初评之后，57个国家的498部影片进入评奖和展映环节): those who act are of many countries,
    the world's, no one country's. Asked only where no body or place opens the clause and the discourse is about a place
    (see _placed); not countries a subject reaches (产品已出口120多个国家和地区, 连通世界200多个国家的600多个港口: the
    place's reach, after a verb)."""
    lead = _past_lead_words(text, a)
    counted = _COUNTRIES_COUNTED.match(text, lead + len(_COUNTRIES_OPENERS.match(text, lead).group()))
    return counted is not None and counted.start() <= pos


# a count of firms and "each" (三家均, 其余6家均, 两家各): the figures after it are each firm's of a group
_EACH_OF_FIRMS = re.compile(rf"[{ORDINAL_DIGITS}两]+家(?:{_alt(M['group_each_words'])})")
# the winners' shares given in order (中标份额依次为50.04%、23.35%…): each an unnamed winner's
_SHARES_IN_ORDER = re.compile(rf"(?:{_alt(M['winners_shares'])})[:：]?(?:{_alt(M['in_order_words'])})[:：]?")


def _measure_subject(frame: Frame, pos: int, carried: Optional[Mention], scope: Optional[Mention],
                     county: Optional[str] = None) -> Optional[Mention]:
    """The region or body the figure belongs to, by what the text makes
    clear: one that opens its clause (全省完成…, 湖南省工信厅…梳理发布…), a
    scope word or region counted in the clause (全国规模以上工业增加值, 组织全市
    753户…), the place the sentence is set in (在X，…), the subject of an
    earlier figure of the sentence, the sentence's own subject; else the
    scope the discourse has opened (a heading, an item, the article: see
    pipeline._figure_scopes). A body that only reports the figures is not
    their subject."""
    source = _news_source(frame)
    if source is not None and source.type == "Region":
        scope = source  # 记者从武汉市获悉，今年以来，重点项目…: the place the news is from stands for the article's (湖北省)
    pointed = _pointed_body_before(frame, pos)
    if pointed is not None:
        return pointed  # …长春算力中心…。该中心可每秒进行5千万亿次计算: the centre named before
    firm = _firm_told_before(frame, pos)
    if firm is not None:  # …一家出口企业…。前11个月，企业出口逆势增长20%: that company's, or no one's the text names
        return firm[1]
    if _points_to_a_thing(frame, pos, (carried, scope)):
        return None  # 一大早，这家超市…就来了100多个线上订单: an unnamed thing's figure
    if _counts_persons_named(frame, pos):
        return None  # 李希、马兴瑞…等8位代表先后发言: the count of the persons just named, no one's figure
    if _persons_open_sentence(frame, pos):
        return None  # 此外，4位部长还就…回答了记者提问: the persons who act, the sentence's subject, no region's figure
    if _in_named_reserve(frame, pos):
        return None  # 兴凯湖国家级自然保护区位于黑龙江鸡西市，每年途经兴凯湖的鸟类有110多种: the reserve's, no entity's
    if _of_a_film(frame, pos):
        return None  # 国产影片《南京照相馆》已超27亿元: the film's, no entity's
    located = _located_thing(frame, pos)
    if located is not None:
        return located  # 位于上海的长三角国家技术创新中心，…218家: the centre's, not 上海's
    venue = _round_venue(frame, pos)
    if venue is not None:
        return venue  # 60个外资项目在上海集中签约，投资总额超过73亿美元: the round's place's
    a, _ = clause_span(frame.text, pos)
    text = frame.text
    if _EACH_OF_FIRMS.search(text, a, pos) or _EACH_OF_FIRMS.match(text, pos):
        return None  # 浪潮、长江计算和中科，三家均中标4个标包 (其余6家均…): each of a group's, no one body's
    in_order = _SHARES_IN_ORDER.search(text, a, pos)
    if in_order and not any(in_order.end() <= m.start < pos for m in frame.of("Organization")):
        return None  # 中标份额依次为50.04%、23.35%: the shares of winners the text does not name, no one's it does
    lead = _past_lead_words(text, a)
    if _person_acts(frame, lead, pos):
        return None  # 王爱华也申请领养了100只, 习近平总书记主持召开了11次…会议: what the person did, no place's figure
    counted = _counted_stretches(frame, a, pos)
    included = [(i.start(), i.end()) for i in _INCLUDED.finditer(text, a, pos)]
    this_event = _this_event_opening(text, frame.lead, lead)
    # the items a figure counts own none of it (北京、上海…5个节点), nor one it counts among others (包括X在内的N个)
    # (nor the country the things an edition of an event gathers are drawn from: 本届书市…汇聚全国350多家…单位; 本届长春农博会
    # 以…为主题，全国300多个农业优质种源…现场集中展示, the country's word opening a clause of the edition's sentence)
    owners = [m for m in _owners(frame) if not _inside(counted, m.start) and not _inside(included, m.start)
              and not (m.name == COUNTRY and m.surface in _SCOPE_OF_COUNTRY
                       and (_reached_country(frame, m.start)
                            or this_event and (_drawn_from_country(text, m.start) or _clause_opening(text, m.start) == m.start)))]
    if _provinces_run_before(frame, owners, pos):
        return None  # 川渝地区汽车产量达到30万辆, 粤港澳三地…: the group's, no one province's
    group = _province_group(frame, owners, pos)
    if group is not None:  # 东北三省新登记市场主体83万余户; 长江经济带…，11省市进出口总值…: the group's, no one province's
        return _part_of_country(frame, group, carried, scope)
    described = _described_after(frame, owners, pos, lead)
    if described is not None:
        return described  # 超过了拥有4115项专利申请的美国, 面积5.6万平方公里的粤港澳大湾区，…: the place it describes
    for m in owners:  # 华盛60名施工人员, 湖南50个重点企业: the body or place the figure is of
        if m.type in _SUBJECT_TYPES and m.end == pos and m.start >= a and not _is_whole(text, m.start, m.end) \
                and not _continent_inside_clause(frame, m):
            return m
    if this_event:  # 本届书博会…，全国…1000多家单位参展: the event's, if named just before
        return _this_edition(frame, this_event)
    joint = _joint_companies_opening(frame, pos)
    if joint is not None and not any(m.start == lead and m.start > joint.start and m.type in (*_SUBJECT_TYPES, _EVENT) for m in owners):
        # (a field opening the clause, 广东、江苏，5G基站达…, names no owner of its own)
        return None  # 中国电信和中国联通携手…, 中国移动、中国电信…共完成…，占…: a group the text names as no one body
    for m in owners:
        if m.type in _SUBJECT_TYPES and (lead <= m.start <= lead + 1 or _SESSION.fullmatch(text, lead, m.start)) and m.end <= pos \
                and text[m.end:m.end + 1] not in _EXAMPLES and not _after_marker(text, m.start) \
                and not _opens_an_example(text, m, pos, frame.settings.thresholds) \
                and not (m.name == COUNTRY and _MARKET_SHARE_AFTER.match(text, m.end)):  # 全国市场份额: the market a share is of
            if m.type == "Region" and _names_a_facility(frame, m, pos):
                return None  # 西藏自治区人民医院总床位650张: the hospital's, not the region's
            if _national_source(frame, m):
                return _country_for(frame)  # 工信部：…, 国家统计局数据显示，…: the country's figures
            if not _reports(frame, m):
                return _in_section(_owned_after(frame, m, owners), _own_place(frame, pos, m) or scope)
    winner = _named_winner(frame, a)
    if winner is not None and not _BODIES_COUNTED.match(text, pos):  # (not 华为独家中标，共有12家企业参与投标: the bidders)
        return winner  # 第一中标候选人为中兴通讯股份有限公司，投标报价1602.5万元: the winner's bid
    if text.startswith(_IT, lead):
        return None  # 超算中心已经在四川天府新区投用，它的最高算力…: 它 points back to a thing, whose figures are no one's
    if _ITS.match(text, lead):  # 杭州作为…，其城市大脑…: whose 其 is, the subject the clause before opens with
        return _in_section(_previous_clause_subject(frame, a), scope) or scope
    pointed = _pointed_place(frame, lead)
    if pointed is not None:  # …新河街道…。该街道公共财政预算收入全年完成4.31亿元: the township named before
        return pointed
    if _points_to_unnamed_zone(frame, lead):
        return None  # 目前，园区已吸纳了600多人就业, in news that names no park: the unnamed park's
    if _VILLAGE_WORD.search(text, a, pos) or text.startswith(_VILLAGE_OPENERS, lead) and not _VILLAGES_COUNTED.search(text, lead, pos):
        return None  # 全村153户村民…, 2018年，村里997户人家…: a village's or township's, no entity the text names
    if _in_village_sentence(frame, a, pos, owners):
        return None  # …的黄蒿湾村曾是…，全村234户884人…，就要修建近30公里…农村公路: the village's still
    national = _national_word(frame, a, pos, scope)
    # (not the whole a share is of, a larger region: 乌海市邮政行业业务收入…，占全区邮政行业业务收入2.70%; the county
    # the document is about stays, its share of its own whole its own: 河南尉氏，高标准农田…占全县耕地72%)
    local = next((w for w in _COUNTY_WORD.finditer(text, a, pos)
                  if not _is_whole(text, w.start(), w.end()) or county and county.endswith(w.group(1))), None)
    if local is not None:  # 全县新建…: that county's, or no one's the text makes clear
        return _county_of(frame, local, county)
    for m in owners:  # 组织全市753户…: the region the figure is counted in, not a vision (发布数字中国建设…等70余项成果)
        if m.type == "Region" and a <= m.start and m.end <= pos and not _after_marker(text, m.start) \
                and not text.endswith(VISION_OPENERS, 0, m.start) \
                and text[m.end:m.end + 1] not in _EXAMPLES and not _opens_an_example(text, m, pos, frame.settings.thresholds) \
                and not (m.name == COUNTRY and _COMPARES_AFTER.match(text, m.end)) and not _is_whole(text, m.start, m.end) \
                and not _continent_inside_clause(frame, m) and not _domestic_kind(text, m.start, m.end, scope):
            return None if _owned_facility(frame, m, owners, pos) else _in_section(_owned_after(frame, m, owners), _own_place(frame, pos, m) or scope)
    if national is not None:
        return national
    held = _event_held(frame, a)
    if held is not None:
        return held
    by_kind = _event_by_its_kind(frame)
    if by_kind is not None:  # 峰会期间，福建省签约项目486个，总投资2000亿元: an earlier figure's subject goes on
        return carried or by_kind
    opening = _past_lead_words(text, frame.lead)  # past a time (截至目前，雷神山医院…)
    if _HEARSAY.match(text, opening) or _news_source(frame) is not None:
        opening = clause_span(text, opening)[1] + 1  # …and past the news's source (记者从…获悉，雅万高铁自…)
    # the figure's own clause past such a lead is read as the later clauses are (截至目前，重大项目完成投资…: the kind); past
    # a lead the sentence's own opening already skips (今年以来，, 近日，, 目前，: Frame.lead) only a kind of facility is
    # (今年以来，在建项目…), not a bare head, there as often the one named before (目前，基地已引育了16家…; 自2019年以来，
    # 工程已累计调水…; 近日，铁路警方…: 新闻联播 corpus, review of subj4)
    led = bool(text[frame.dateline:frame.lead].strip())
    first = _past_day(frame)  # 今天（11月7日），我国首个…/我国自主研制的…，…: the ranked or made thing past the news item's day
    if _opens_with_facility(frame, lead, pos, named=lead == opening > frame.lead, kinds=lead == opening and led) \
            or _opens_with_first_of_its_kind(frame, lead) or a > frame.lead and (
            a > opening and _opens_with_facility(frame, opening, clause_span(text, opening)[1], named=opening > frame.lead, kinds=led)
            and not _role_then_owner(frame, opening, a, owners)
            or _opens_with_named_facility(frame)
            or _opens_with_first_of_its_kind(frame, first) and not _names_an_owner(frame, clause_span(text, first)[1], pos)) \
            or _describes_one_facility(frame, pos) or _opens_once_done(frame, pos):
        return _facility_owner(frame, a, scope)  # 船坞全长740米, 工程为期9个月，将移栽…: a thing's figures, no entity's
    worlds = list(_WORLD.finditer(text, a, pos))
    world = next((w for w in worlds if not _whole_of_share(text, w)), None)
    if world is None and worlds:  # a share of the world's whole is the world's where the sentence counted the world's before
        world = next((w for w in _WORLD.finditer(text, 0, a) if not _whole_of_share(text, w)), None)
    if _FORECAST.search(text, 0, pos) or world and not _done_worldwide(text, world, pos, [m for m in owners if m.end <= a]):
        return None  # 华为预测，今年全球将有…: a forecast, or the world's figure, is no one's the text names
    if not worlds and _countries_open_clause(text, a, pos) and _placed(scope) and _placed(carried):
        return None  # 已经有94个国家的280家运营商开展了5G的测试, 36个国家和地区的1500多名运动员参加…: the world's
    place = _part_place(frame, pos) or opening_place(frame)
    if place is not None and _inside(counted, place.start):
        place = None  # 北京、上海、广州、武汉、重庆5个国家顶级节点全部上线: the list opening the sentence is what the figure counts
    scenes, inner = list(_UNNAMED_PLACE.finditer(text, 0, pos)), _inner_place_unnamed(frame, pos)
    scene = max([s.start() for s in scenes if not _read_as_region(frame, s)] + [inner])
    local = _local_before(frame, pos, place) if scene < 0 else None  # 在台儿庄张山子镇，当地…: the town's, which we do not know
    if local is not None:
        return local
    # a town we know set as the scene (在保定涞水的三坡镇，) is 当地's only: with no 当地, its figures stay unowned, as
    # an unknown scene's (…三坡镇，救援队伍已转移…2.6万人 is not the article's 河北省's)
    scene = max([s.start() for s in scenes] + [inner])
    if scene > (place.end if place is not None else -1) and carried is None:
        return None  # …，在滨江数据中心集群，…: set in a place the text names as no entity we know, unless an earlier figure named its own
    if place is not None and place.end <= pos and not (carried is not None and carried.start > place.end and _opens_clause(text, carried)
                                                       and not _company_goes_on(place, carried, text, pos)):
        return _country_for(frame) if _national_source(frame, place) else _agency_s_country(frame, place, pos) or place
    if carried is not None:  # …数据湖产业园是旅顺口区…之一，目前全区有50个…项目，总投资351.5亿元: the later clause's subject goes on
        return carried
    whole = _previous_clause_subject(frame, a) if a > frame.lead and not _COMPANY_WORD.match(text, lead) else None
    if whole is not None and (whole.surface in SCOPE_WORDS or _country_opens_clause(frame, whole)):
        # 全市宽带用户接入速率将达到…，互联网普及率达到85%以上; 至此，我国共拥有18个自贸试验区，累计参与…的省（区、市）数量占到
        # 全国的近60%: the list goes on in the place's whole, the country's
        return _in_section(whole, scope)

    after_opening = _subject_after_opening_clause(frame, a)
    if after_opening is not None:
        return after_opening
    subj = subject(frame)
    if subj is not None and subj.sentence == frame.sentence.index and _national_source(frame, subj):
        return _country_for(frame)
    reporter = subj if subj is not None and subj.sentence == frame.sentence.index else _previous_clause_subject(frame, a)
    seat = _place_reporting(frame, reporter, scope) if reporter is not None else None
    if seat is not None:
        return seat  # 此前在4月份，上海市经信委向媒体透露，计划到2021年累计建设3万个5G基站: 上海's, in a round-up
    if subj is not None and subj.sentence == frame.sentence.index and _of_another_country(subj.name) and _reports(frame, subj):
        return None  # 此前美国商务部公布的…, 俄罗斯国防部称，…: another country's, not the article's
    source = _news_source(frame)
    if source is not None and is_national_body(source):
        return _country_for(frame)  # 记者从工业和信息化部获悉，…
    if subj is not None and _owns_figures(subj) and subj.sentence == frame.sentence.index and not _reports(frame, subj) \
            and not _inside(counted, subj.start) \
            and not _WHEN.match(text, subj.end) and not _continent_inside_clause(frame, subj) and not _listed_with(text, subj.end, pos) \
            and not _opens_an_example(text, subj, pos, frame.settings.thresholds):  # 湖北宜昌等106个地方: an example the figure counts
        return subj
    this = _THIS.match(text, frame.lead)
    if this is not None:  # 此次开工687个项目; 这次山西省全省开发区…活动，签约项目413个: the round's region
        place = next((m for m in _owners(frame) if m.start == this.end() and m.type == "Region"), None)
        if place is not None or _ROUND_OF_PROJECTS.match(text, this.end()):
            return place or _event_of_round(frame) or scope
    if _DEMONSTRATIVE.match(text) or _opens_with_joint_bodies(frame):
        return None  # 该课题组…联合9家单位, 中国电信和中国联通携手…: a subject the text names as no one body
    if _set_abroad(frame, pos):
        return None  # 其中在德国的一间最大的工厂原来有900多名员工: a thing in another country, not the article's scope's
    return scope or _event_signed_at(frame)  # (a round-up item's) 会上签约项目417个: the event's named before


# a nature reserve or park and its level (黄河三角洲|国家级自然保护区), not a body it names (…自然保护区管理局)
_RESERVE = re.compile(f"(?:{_alt(M['reserve_levels'])})?(?:{_alt(M['reserve_heads'])})(?!{_alt(M['reserve_bodies'])})")
_RESERVE_NAME_LONGEST = 8  # characters before the head read for the reserve's own name (湖南岳阳东洞庭湖, 桃红岭梅花鹿)
# the name's last word, Chinese: a noun, a place's or a person's name or a word jieba lacks (草海, 盐池|湾 zg, 子午岭 nr); not a verb
# or a noun of one (建设国家公园, 构建以国家公园为主体: the class), nor 我国 (r)
_RESERVE_NAME_TAGS = (*(t for t in _NAME_TAGS if t != "vn"), "nr", "nrt")
_RESERVE_COUNT = r"[\d一二两三四五六七八九十百千万几]"
# reserves counted: a count and its classifier before the head in its phrase (7个中华白海豚自然保护区), a count right after it
# (建成湿地公园25个)
_RESERVES_COUNTED_BEFORE = re.compile(rf"{_RESERVE_COUNT}[余多]?[个处家座][^，,。；;、]*$")
_RESERVES_COUNTED_AFTER = re.compile(_RESERVE_COUNT)


def _in_named_reserve(frame: Frame, pos: int) -> bool:
    """The figure's clause, or the sentence's opening clause before it, names one nature reserve or park by its own
    words (近20万只候鸟陆续飞抵湖南岳阳东洞庭湖国家级自然保护区越冬; 黄河入海口处的山东黄河三角洲国家级自然保护区内，吸引了10万多只候鸟;
    三门峡天鹅湖国家城市湿地公园野生鸟类品种达到279种): the birds, herds and areas counted there are the reserve's, no
    entity's (patterns.toml reserve_heads). Not reserves counted (7个中华白海豚自然保护区, 建成湿地公园25个), the class
    (自然保护区面积达41.22万平方公里, 以国家公园为主体), nor a reserve's office (朱鹮自然保护区管理局确认，…), a body."""
    text = frame.text
    for r in _told_of(frame, pos, _RESERVE, whole_clause=True):
        before = text[max(0, r.start() - _RESERVE_NAME_LONGEST):r.start()]
        if _RESERVES_COUNTED_AFTER.match(text, r.end()) or _RESERVES_COUNTED_BEFORE.search(before):
            continue
        name = words.cut(before)
        if name and HAN_CHAR.match(name[-1]) and words.tag(name[-1]) in _RESERVE_NAME_TAGS \
                and name[-1] not in SCOPE_WORDS and name[-1] not in _SCOPE_OF_COUNTRY \
                and not _place_alone_before(frame, r.start()):
            return True
    return False


def _place_alone_before(frame: Frame, at: int) -> bool:
    """A place (no zone) ends right before the head or its level: the place's reserves or parks as a class (云南省自然保护区面积
    达到286万公顷, 江苏省城市湿地公园面积, 我省国家级自然保护区), no one reserve's name (review rvse)."""
    return any(m.end == at and m.subtype != _ZONE for m in frame.of("Region", top=False))


# a film's or a show's title (电影《长津湖》, 国产影片《南京照相馆》), or a title with its box office after it in its clause
# (《给阿嬷的情书》连续两周占据单日票房榜首位); not an example before 、 or 等 (《辛亥革命》、《桃姐》等32部优秀华语影片: those counted)
_FILM_TITLE_LONGEST = 20
# a title cited as the source (据《中国电影报》统计全年票房…: the paper reports the year's box office, no film's; review rvse)
_NOT_CITED = "".join(f"(?<!{re.escape(w)})" for w in _SOURCE_LEADS)
_FILM_TITLE = f"《[^》]{{1,{_FILM_TITLE_LONGEST}}}》(?![、等])"
_FILM = re.compile(f"(?:{_alt(M['film_words'])}){_FILM_TITLE}|{_NOT_CITED}{_FILM_TITLE}[^，,。；;]*?(?:{_alt(M['box_office_words'])})")


def _of_a_film(frame: Frame, pos: int) -> bool:
    """The figure's clause, or the sentence's opening clause before it, names a film or a show by its title
    (电影《长津湖》票房已突破56.95亿元; 中国动画电影《哪吒之魔童闹海》全球票房…突破100亿元人民币，…观影人次超2亿): its box
    office and audience are the work's, no entity's (patterns.toml film_words); not a title after the figure
    (2026年电影春节档档期总票房…已超14亿元，《飞驰人生3》…: the season's)."""
    return next(_told_of(frame, pos, _FILM), None) is not None


# a thing set in a place by its description (位于上海的, 坐落于…的, 地处…的; patterns.toml located_verbs), the place
# written with no comma nor 的 of its own (位于广西钦州的, 位于四川凉山州德昌县境内的)
_LOCATED_PLACE_LONGEST = 16
_LOCATED = re.compile(f"(?:{_alt(M['located_verbs'])})[^，,。；;、的]{{1,{_LOCATED_PLACE_LONGEST}}}的")
_LOCATED_OPENERS = ("", "在")  # what may stand before it in its clause (在位于深圳的腾讯公司，…)


# Counted projects and the place they are signed or started in, right after 在 (60个外资项目在上海集中签约, 152个重大产业项目在
# 上海市集中签约, 30个项目在安徽合肥集中签约、开工; patterns.toml project_list_heads, project_rounds; 新闻联播 items and
# project round-ups, session 31): the round's place owns the count and the figures the sentence goes on with; how the round
# is held between the place and its verb (集中, 现场, 进行了: patterns.toml manner_before_deed, round_linking_verbs).
_ROUND_VENUE = re.compile(rf"\d+[多余]?个[^，,。；;、\d]{{0,12}}?(?:{_alt(_PROJECT_HEADS)})在(?P<place>[^，,。；;、]{{2,12}}?)"
                          rf"(?:{_alt(M['manner_before_deed'] + M['round_linking_verbs'])})*(?:{_alt(M['project_rounds'])})")


def _round_venue(frame: Frame, pos: int) -> Optional[Mention]:
    """The place a round of counted projects is signed or started in (_ROUND_VENUE), where the figure is their count or
    comes after it in the sentence with no body or place of its own between: the place named last right before the
    round's verb (安徽合肥: 合肥市), no country (where a deal abroad is signed) nor a list (在南京、无锡等地); not where a body or
    place opens the count's clause and owns its projects (中国—上海合作组织…示范区20个重点项目在山东青岛集中开工)."""
    text = frame.text
    venue = None
    for r in _ROUND_VENUE.finditer(text):
        if r.start() > pos:
            break
        venue = r
    if venue is None or venue.start() != pos and venue.end() > pos:
        return None
    owners = frame.of(*_SUBJECT_TYPES)
    if any(clause_span(text, venue.start())[0] <= o.start < venue.start() or venue.end() <= o.start < pos for o in owners):
        return None
    places = [o for o in frame.of("Region") if venue.start("place") <= o.start and o.end == venue.end("place")]
    return places[0] if places and places[0].subtype != COUNTRY_SUBTYPE else None


def _located_thing(frame: Frame, pos: int) -> Optional[Mention]:
    """The body or place named as a thing set in a place, opening the figure's clause or the sentence's opening clause
    (位于上海的长三角国家技术创新中心，…已有218家企业联合创新中心; 在位于沈阳的中德装备产业园，入驻项目已经超过200个): the
    figures are the thing's, not the place's (audit home34). An unnamed thing's stay the place's, the thing named with
    the figure as the tuning gold does (位于宁夏中卫的这个商业卫星测控指挥中心，…卫星数量已超过了400颗: 中卫市's), as does
    the thing's own size counted right after 的 (位于吉林西部大安市的40万亩盐碱地)."""
    text = frame.text
    for m in _told_of(frame, pos, _LOCATED):
        start = clause_span(text, m.start())[0]
        if text[start:m.start()] not in _LOCATED_OPENERS or m.end() == pos:
            continue
        # a place right after 的 is the thing only as a whole (位于长江中游的江西是…; a zone, 位于广西钦州的中马产业园), not
        # one opening its name (位于…的江苏盐城条子泥湿地)
        named = [o for o in frame.of(*_SUBJECT_TYPES, top=False) if o.start == m.end()
                 and (o.type != "Region" or o.subtype == _ZONE or _ends_its_phrase(text, o.end))]
        return max(named, key=lambda o: o.end) if named else None
    return None


_NEXT_WORD_REACH = 4  # characters read for the word after a name


def _ends_its_phrase(text: str, end: int) -> bool:
    """The name ending at ``end`` ends its noun phrase: the clause ends or a verb follows (江西，, 江西是), no more of a name
    (江苏|盐城条子泥湿地, 新疆|和田)."""
    after = text[end:end + _NEXT_WORD_REACH]
    return not after or after[0] in _CLAUSE_ENDS or words.tag(words.cut(after)[0]).startswith(_VERB)


def _told_of(frame: Frame, pos: int, rx: re.Pattern, whole_clause: bool = False) -> Iterator[re.Match]:
    """The matches of ``rx`` in the figure's clause before the figure (anywhere in the clause with ``whole_clause``: 近20万只候鸟
    飞抵…自然保护区越冬) or in the sentence's opening clause (兴凯湖国家级自然保护区位于…，每年途经兴凯湖的鸟类有110多种): the
    thing the figure's clause or the sentence tells of."""
    a, b = clause_span(frame.text, pos)
    first_ends = clause_span(frame.text, frame.lead)[1]
    return (m for m in rx.finditer(frame.text, 0, b if whole_clause else pos) if (a <= m.start() or m.start() < first_ends)
            and not _owner_named_between(frame, max(a, m.end()) if m.end() <= pos else a, pos))


def _owner_named_between(frame: Frame, lo: int, pos: int) -> bool:
    """An owner the figure's clause names after the thing told of and before the figure (三江源国家公园体制试点以来，青海省草原
    综合植被覆盖度达到57%; 电影《流浪地球》在青岛取景，青岛市去年影视产业产值…): the figure is that owner's, the thing is
    only its setting (review rvse)."""
    return any(lo <= m.start < pos for m in _owners(frame))


_FOREIGN_KINDS = (COUNTRY_SUBTYPE, _WORLD_REGION)  # a country or a world region (在欧洲…的)
_THING_OF_PLACE = re.compile(r"[^，,。；;]{0,12}?的")  # 在德国|的, 在德国|不来梅这个4万平米的, 在欧洲|及东南亚市场的


def _set_abroad(frame: Frame, pos: int) -> bool:
    """A figure of a thing the sentence sets in another country before it, 在 + the country + its 的
    (其中在德国的一间最大的工厂原来有900多名员工; “都市鱼”在巴西的市场占有率从不足35%…; 在德国不来梅这个4万平米的
    海外仓，每天处理订单达6000个, whose 4万 is inside the modifier): the thing's there, no figure of the article's
    region or country (subj7 audit, session 23). The country in the figure's clause, or opening the sentence (past
    its day); not in a clause between (67名在肯尼亚…实施电信诈骗的犯罪嫌疑人被遣返回大陆，加上…10名…: the later clause's
    suspects were sent back too). Asked only where nothing in the sentence names the figure's owner."""
    clause, opening = clause_span(frame.text, pos)[0], _past_day(frame) + len(_AT)
    return any(m.type == "Region" and m.subtype in _FOREIGN_KINDS and m.name != COUNTRY and m.start > 0
               and frame.text[m.start - 1] == _AT and _THING_OF_PLACE.match(frame.text, m.end) is not None
               for m in frame.top if (clause <= m.start or m.start == opening) and m.end <= pos)


# the rest of a modifier the figure opens or is in, up to the 的 before what it describes (拥有4115项专利申请的|美国);
# not a distance to a place (远在100公里外的南宁)
_MODIFIER_LONGEST = 16  # characters of the modifier after the figure: its unit and the noun it counts (项专利申请)
_MODIFIER_AFTER = re.compile(rf"[^，,；;。的、等]{{1,{_MODIFIER_LONGEST}}}(?<![外远])的")
_DESCRIBED_ENDS = re.compile(r"[，,；;。！？!?）)]|$")


def _described_after(frame: Frame, owners: list[Mention], pos: int, lead: int) -> Optional[Mention]:
    """The place a modifier with the figure describes, right after its 的, named whole
    (…，超过了拥有4115项专利申请的美国。 面积5.6万平方公里的粤港澳大湾区，常住人口…): the figure is
    its; not one opening a longer name (总投资8.87亿元的无极县医院迁建项目: a project's), a scope word
    (投资10亿元的全国一体化算力网), a zone or a body (设置了约12000平方米的室内场景示范区, 他的6人团队原来供职于…的
    西太银行: what a deed makes or where someone works, as often as what the figure describes). A zone is described
    where its size or investment opens the clause (``lead``) and the zone, no example of a list nor the opening of a
    longer name (总投资近170亿元的东数西算贵安新区算力产业集群配套项目: a noun or a word jieba does not know after it), is what
    the clause tells of (总面积4平方公里的深港科技创新特别合作区在深圳福田区全面启动: patterns.toml zone_size_words)."""
    modifier = _MODIFIER_AFTER.match(frame.text, pos)
    if modifier is None:
        return None
    m = next((o for o in owners if o.start == modifier.end()), None)
    if m is None or m.type != "Region" or m.surface in SCOPE_WORDS:
        return None
    if m.subtype == _ZONE:
        return m if _ZONE_SIZE_OPENING.fullmatch(frame.text, lead, pos) and frame.text[m.end:m.end + 1] not in _EXAMPLES \
            and words.tag(_word_at(frame.text, m.end)) not in _ZONE_NAME_GOES_ON_TAGS else None
    return m if _DESCRIBED_ENDS.match(frame.text, m.end) is not None else None


_ZONE_NAME_GOES_ON_TAGS = (*_COMMON_NOUN_TAGS, "b", "")  # 贵安新区|算力…项目, …新区|二期: the zone's name opens a longer one
_ZONE_SIZE_OPENING = re.compile(f"(?:{_alt(M['zone_size_words'])})(?:{_APPROXIMATE})?")


# a project's stage opening the sentence as its time (全部建成后，…; 投产后将提供200余个就业岗位; 项目达产后，…), a few words of
# the project before it, which may count one plant's units (6台机组全部建成后，年发电量约520亿千瓦时: 新闻联播 corpus, rsubj
# review; not 10个项目建成后, the place's many)
_ONCE_DONE_LEAD = re.compile(f"(?:\\d+台)?[^，,。；;：:\\d]{{0,6}}?(?:{_alt(M['once_done'])})后")


# a zone pointed back to by its kind before its stage (新区全面建成后，将容纳人口500万; 合作区全面建成后…): the zone's own
# stage, whose figures are its own as 福州新区建成后 is (rsubj review, session 26)
_ZONE_WORD = re.compile(_alt(LEX.patterns["region"]["zone_suffixes"] + ["合作区"]))


def _opens_once_done(frame: Frame, pos: int) -> bool:
    """The sentence opens with the stage of a project the text spoke of before as its time, no place or body
    named before the figure at ``pos`` (全部达产后，首年预计生产电脑300万台; 建成后，年旅客吞吐量可达3000万人次; 全部建成后每年可发电43
    亿度; 投产后，每年将新增新能源汽车零部件产能40万套: a field named is no owner): the project's figures, not its place's; not
    a place's or body's own stage (福州新区建成后, 新区建成后, 该公司投产后), nor
    where a place or body acts after it (开通试运营后，甘肃省将新增…，…省际通道出口…5个)."""
    once = _ONCE_DONE_LEAD.match(frame.text, frame.lead)
    return once is not None and not _DEMONSTRATIVE.match(frame.text, frame.lead) and not _ZONE_WORD.search(once.group()) \
        and not any(frame.lead <= m.start < pos and m.type in _SCENE_TYPES for m in _owners(frame))  # a field's word is no owner


# a count or a share in a modifier (8座…的新型储能电站, 超过八成的钢铁企业建成…中心): of the facilities, not one's
_COUNT_OR_SHARE = re.compile(r"[\d.]+[万亿]?[余多]?[个家所座处项条批户名位%]|[一二两三四五六七八九十]成")
_NUMERAL_RUN = re.compile(r"[\d.一二两三四五六七八九十百千万亿]+")


def _describes_one_facility(frame: Frame, pos: int) -> bool:
    """The figure is in a modifier of one facility or project right after its 的 (在盘锦，…总金额超800亿元的石化项目加速
    推进; 总投资8.87亿元的无极县医院迁建项目; 总装机容量50万千瓦的马驹沟光伏电站): the facility's figure, not the place the
    sentence is set in. Not a count or a share of them (6个投资超百亿的…项目, 超过八成的钢铁企业…, 600余项、总投资…的),
    a verb after the figure (投资1000多万元建起的…工厂: what the clause's subject did), a list (…科学城等重大项目) or a
    kind (…的重大项目, a bare 项目: _one_facility), which may be the place's."""
    text = frame.text
    modifier = _MODIFIER_AFTER.match(text, pos)
    if modifier is None or _COUNT_OR_SHARE.search(modifier.group()) or _COUNT_OR_SHARE.search(text, clause_span(text, pos)[0], pos):
        return False  # …规划600余项、总投资达到2万亿元的重大工业项目: the projects counted
    numeral = _last_match(_NUMERAL_RUN, modifier.group())
    if numeral is None or any(words.tag(t).startswith("v") and words.tag(t) != "vn"
                              for t in words.cut(modifier.group()[numeral.end():-1])):
        return False
    f = _FACILITY.match(text, modifier.end())
    span = _words_up_to(text, modifier.end(), f.end()) if f is not None else None
    return span is not None and not any(t in _EXAMPLES or t == "和" for t in span) and _one_facility(span) \
        and not _MANY_FACILITIES.search(text, modifier.end(), f.end()) and not _DONE_TOGETHER.match(text, f.end())


# a batch written in the facility's words (总投资1200亿元的一批重大项目, …的一系列…项目), or a round the facilities go through
# together after them (总投资1200亿元的工业项目集中开工, …的先进制造业项目集中签约): many, the place's round (rsubj review,
# session 26: kinds _a_kind does not know). Not 陆续 (…的现代农业综合服务中心陆续竣工: the stages of one, subj5's N-sample)
_MANY_FACILITIES = re.compile(r"一批|一系列|多个|若干|[两数]个")
_DONE_TOGETHER = re.compile(r"[已正将]?(?:集中|批量|分批)")


_PROVINCE_RUN = "region.abbreviations.v1"  # the source of provinces named in a run of one-character names (川渝两地)


def _provinces_run_before(frame: Frame, owners: list[Mention], pos: int) -> bool:
    """The sentence's first owner is a run of provinces' one-character names (川渝地区, 粤港澳三地,
    港澳居民) and no other place or body is named between it and the figure: the figure is the
    group's, which the text names as no one body (annotation.md), not its first province's; a whole a
    share is of (…，占全国比重超过12%) names no other owner."""
    first = next((m for m in owners if m.start < pos), None)
    return first is not None and first.source == _PROVINCE_RUN \
        and all(m.source == _PROVINCE_RUN or _is_whole(frame.text, m.start, m.end) for m in owners if first.end <= m.start < pos)


# a count of provinces naming a group of them (东北三省, 沿黄九省区, 三省一市, 西部9省区, 6省（市）)
_PROVINCE_GROUP = re.compile(rf"(?:{_alt(M['province_group_heads'])})?(?:\d{{1,2}}|[{''.join(_CN_DIGITS)}十]{{1,2}})"
                             rf"省(?:区市|区|市|份)?(?:[（(][区市][）)])?(?:[一二两][市区])?")
# …or a count of other places after the places it counts (深圳、宁波两地, 长沙、株洲、湘潭三市: patterns.toml places_counted_heads)
_PLACES_COUNTED_AFTER_THEM = re.compile(rf"(?:\d{{1,2}}|[{''.join(_CN_DIGITS)}十]{{1,2}})(?:{_alt(M['places_counted_heads'])})")
_GROUP_COUNT_WORDS = ("省", *M["places_counted_heads"])  # what a group's count holds: the text is scanned only where one is
_ECONOMIC_REGION = "EconomicRegion"  # a part of the country (长三角, 东北地区, 长江经济带): the ontology's subtype


def _province_group(frame: Frame, owners: list[Mention], pos: int) -> Optional[int]:
    """Where a count of provinces that opens a clause of the sentence before the figure at ``pos``
    (东北三省新登记市场主体83万余户, 目前，东北三省国家级高新技术企业超1.1万户，科技型中小企业超1.9万户) starts, alone,
    after the part of the country that names them (黄河流域9省区, 长三角三省一市) or after the provinces it counts
    (山东、辽宁、吉林三省消防救援总队调集2万多名…; other places too: 深圳、宁波两地海关共查获…, 长沙、株洲、湘潭三市将协同…),
    where no other place or body is named between it and the figure (东北三省与中国一汽签约…: the firm's); None otherwise."""
    text = frame.text
    if not holds_one(text[:pos], _GROUP_COUNT_WORDS):
        return None
    for a in sorted({0} | {c.end() for c in _MID_SENTENCE_MARK.finditer(text, 0, pos)}, reverse=True):
        lead = _past_lead_words(text, a)
        part = next((m for m in owners if m.start == lead and m.subtype == _ECONOMIC_REGION), None)
        members = _members_end(text, lead, owners, "Region")
        g = _PROVINCE_GROUP.match(text, part.end if part is not None else members) \
            or (_PLACES_COUNTED_AFTER_THEM.match(text, members) if part is None and members > lead
                and not _opens_with_their_province(owners, lead) else None)
        if g is not None and g.end() <= pos:
            if any(g.end() <= m.start < pos and m.type in _SUBJECT_TYPES and not _is_whole(text, m.start, m.end) for m in owners) \
                    or _EACH_OF_GROUP.search(text, g.end(), pos):
                return None  # (…两省均新增…, 分别: each province's figure)
            return lead
    return None


def _opens_with_their_province(owners: list[Mention], lead: int) -> bool:
    """The places listed at ``lead`` open with the region they lie in, written before the first (辽宁省丹东、抚顺两市共有5座
    大中型灌区受到影响): the region's figure, counted over its places, as a counted list's whole is (_counted_list)."""
    starts = {m.start: m for m in owners if m.type == "Region"}
    first = starts.get(lead)
    return first is not None and _province_written_before(first, starts.get(first.end, first))


def _part_of_country(frame: Frame, at: int, carried: Optional[Mention], scope: Optional[Mention]) -> Optional[Mention]:
    """The part of the country a group of provinces counted at ``at`` makes up: the one the sentence names last before it
    (黄河流域9省区; 长江经济带外贸规模再创历史同期新高，11省市…), else the one the discourse goes on with; None where
    none is named (annotation.md: a group the text does not name as one body is left out)."""
    named = [m for m in frame.of("Region") if m.subtype == _ECONOMIC_REGION and m.start <= at]
    if named:
        return named[-1]
    return next((m for m in (carried, scope) if m is not None and m.subtype == _ECONOMIC_REGION), None)


def _event_of_round(frame: Frame) -> Optional[Mention]:
    """The event whose round of projects a sentence opening with 此次 counts, where it names
    no place (…智博会举行重大项目招商签约活动…。此次签约项目…，其中智能制造类项目32个): the event
    held just before, as the deals of an event's own sentence are its (_event_held). 此次 points
    back as 本届 does, as far (this_event_named_within): a sentence between may name the round's
    own signer (…博览会在天津开幕。天津市举行重大项目签约仪式。此次签约项目60个). A signing or starting ceremony
    is no owner: its round is its holder's, the article's place (耒阳市举行重大项目集中签约仪式。此次…项目共73个)."""
    held = frame.held_event
    near = held is not None and frame.sentence.index - held.sentence <= frame.settings.thresholds.this_event_named_within
    return held if near and not held.name.endswith(_CEREMONIES) else None


_CEREMONIES = tuple(LEX.patterns["event"]["ceremonies"])
_VILLAGE_CLAUSE = re.compile(rf"(?<![^，,；;])(?:[全我本]村|{_alt(_VILLAGE_OPENERS)})")


def _in_village_sentence(frame: Frame, a: int, pos: int, owners: list[Mention]) -> bool:
    """An earlier clause of the sentence opens with the village (全村, 村里) and
    no place, body or scope is named after it before the figure at ``pos``, in
    its clause from ``a``: the clause goes on with the village, no entity."""
    village = None
    for village in _VILLAGE_CLAUSE.finditer(frame.text, frame.lead, a):
        pass
    return village is not None and not any(village.end() <= m.start and m.end <= pos for m in owners) \
        and _COUNTY_WORD.search(frame.text, village.end(), pos) is None and _NATIONAL.search(frame.text, village.end(), pos) is None


def _pointed_body_before(frame: Frame, pos: int) -> Optional[Mention]:
    """The body a pointer before the figure at ``pos`` stands for (该中心, 这家企业: relations.pointed_body),
    in its part of the sentence (up to a ；) with no place or body named between them (该公司…，在上海…: the
    place's clause)."""
    if frame.pointed is None:
        return None
    m, body = frame.pointed
    if m.end() > pos or _SEGMENT_END.search(frame.text, m.end(), pos):
        return None
    return None if any(m.end() <= o.start < pos for o in _owners(frame) if o.type in _SUBJECT_TYPES) else body


def _firm_told_before(frame: Frame, pos: int) -> Optional[tuple[re.Match, Optional[Mention]]]:
    """企业 or 公司 alone opening a clause before the figure at ``pos`` and the one company the text
    told of that it stands for (relations.firm_opening: a named one, or None for one the text does not
    name), in its part of the sentence (up to a ；) with no place or body named between them (企业…，全国…: the
    country's); None where no such clause is."""
    if frame.firm is None:
        return None
    m, _ = frame.firm
    if m.end() > pos or _SEGMENT_END.search(frame.text, m.end(), pos):
        return None
    return None if any(m.end() <= o.start < pos for o in _owners(frame) if o.type in _SUBJECT_TYPES) else frame.firm


def _without_firm_word(frame: Frame, subj: Optional[Mention], indicator: str, start: int, pos: int) -> str:
    """The ``indicator`` of the figure at ``pos`` (its clause from ``start``) without 企业 or 公司 alone opening it
    where that word stands for the company ``subj`` told of before (relations.firm_opening: …长安汽车…。目前，企业营业收入
    达到3000亿元 -> 营业收入, as 该中心营业收入 -> 营业收入); not where it is companies at large (企业开办平均用时)."""
    firm = _firm_told_before(frame, pos) if subj is not None else None
    if firm is None or firm[1] is not subj or firm[0].start(1) < start:
        return indicator
    rest = indicator.removeprefix(firm[0].group(1))
    return rest if rest != indicator and _long_enough(rest) and HAN_OR_LATIN.search(rest) else indicator


def _counts_persons_named(frame: Frame, pos: int) -> bool:
    """The figure at ``pos`` closes a list of persons named just before it
    (应勇、李林…等7位代表, 袁隆平、钟南山、叶培建等25位科技工作者代表): it counts the
    persons the text names, which is no figure of a place or body."""
    return frame.text[pos - 1:pos] == LIST_CLOSER and any(m.end == pos - 1 for m in frame.of("Person", top=False))


def _persons_open_sentence(frame: Frame, pos: int) -> bool:
    """The figure at ``pos`` opens its sentence, after its link and time
    words, counting persons (此外，4位部长还就…热点问题回答了记者提问): those the
    sentence tells of as acting, its subject, not a figure of the place or
    country it is set in."""
    at = _LEAD_WORDS.match(frame.text, _LINK_LEAD.match(frame.text, frame.lead).end()).end()
    return pos == at and _PERSONS_COUNTED.match(frame.text, pos) is not None


_LINK_LEAD = re.compile(r"(?:此时此刻|此[外前后时刻]|另外)?[，,]?")  # link and time words a sentence may open with
_PERSONS_COUNTED = re.compile(r"[\d.一二三四五六七八九十两百千万]+[多余]?[位名]")  # 4位部长, 3名记者: persons, by their classifiers


def _person_acts(frame: Frame, lead: int, pos: int) -> bool:
    """A person the text names opens the figure's clause at ``lead`` and acts in it (王爱华也申请领养了100只, 方勤带着75名
    同事…, 习近平总书记主持召开了11次…会议): the figure is what the person did or has, no place's nor body's (annotation.md:
    a figure's subject is a region or a body); not a person who reports (普京还指出美国…军费…: _reports), nor where a
    body or place is named between the person and the figure (潘东升带领福州公安先后打掉…, 习近平同巴林国王…, …走遍了全国
    14个…地区: theirs)."""
    person = next((m for m in frame.top if m.type == "Person" and m.start == lead), None)
    return person is not None and person.end <= pos and not _reports(frame, person) \
        and not _PERSON_ANNOUNCES.match(frame.text, person.end) \
        and not any(person.end <= m.start < pos for m in _owners(frame))


# a person who announces (李强宣布将新增发行1万亿元国债) speaks for the state or body: no act of the person's own
_PERSON_ANNOUNCES = re.compile(f"[^，,。]{{0,16}}?(?:{_alt(M['person_announces'])})")


def _company_goes_on(opening: Mention, carried: Mention, text: str, pos: int) -> bool:
    """The company a sentence opens with, acting, is the subject again of a
    later clause that points back to what the sentence told, past a clause
    the country opens (中国铁塔…，八年来，我国新建铁塔共享率…提升至81%，这相当于
    少建铁塔92万座，节约土地5.1万亩: the company's savings); the country's
    clause keeps its own figures by its word, and so do the clauses that go on
    with its list (中国移动加快5G建设，目前我国5G基站达到300万个，5G用户超过7亿户)."""
    return opening.subtype == _COMPANY and carried.name == COUNTRY and _CLAUSE_POINTS_BACK.search(text, carried.end, pos) is not None


_CLAUSE_POINTS_BACK = re.compile("[，,；;](?:这|此)")  # a clause that opens pointing back to what was told (，这相当于…, ，这意味着…)


def _opens_clause(text: str, m: Mention) -> bool:
    """The mention is its clause's subject, opening it after its time words (目前全区有…,
    2016年我国…; not 占全区…比重, a share's whole)."""
    a = clause_span(text, m.start)[0]
    a = _past_lead_words(text, a)
    return m.start in (a, a + len(_DATE_LEAD.match(text, a).group()))  # …宣布，2012年我国…


def _listed_with(text: str, end: int, pos: int) -> bool:
    """The figure is an item of the list the body or place ending at ``end``
    opens (国家超级计算长沙中心、…测试区及40多个大数据中心相继投入运营): a peer of it, not its."""
    between = text[end:pos]
    return between[:1] in LIST_JOINERS and between[-1:] in LIST_JOINERS and not _CLAUSE_MARKS.search(between)


_CLAUSE_MARKS = re.compile(r"[，,；;：:。]")
_THIS_YEAR_LEAD = re.compile(r"(?:今年|去年|目前|如今)?")
_ADVERBIAL_LEADS = tuple(M["adverbial_leads"])


def _local_before(frame: Frame, pos: int, opening: Optional[Mention] = None) -> Optional[Mention]:
    """The place 当地 stands for (frame.local: the place named last before
    it), where a clause before the figure opens with it as its subject and
    no region or body is named between it and the figure (哈尔滨境内多条高速封闭，
    当地启动…预案，…设置了600多处执勤岗位; …兴文县…。今年收获季，当地引入30多架无人机):
    the figure is that place's, not the article's. Where the sentence opens
    with a place (``opening``: 在苏州，…; 杭州…), a place named after it and
    not inside it (在苏州，与上海相比，当地…; 在义乌，总部位于深圳的企业…，当地…) is
    compared, come from or gone to: 当地 is still the scene, which the caller gives."""
    if frame.local is None or frame.local.subtype == _ZONE:
        return None  # most sentences: no 当地 opens a clause; a zone's (…的5G高标准农田示范区。当地组织…) is its place's
    local = opens_with_locality(frame.text, frame.lead, described=True)
    if local is None or local.end() > pos:
        return None
    if opening is not None and opening.type == "Region" and opening.end <= local.start() \
            and not within(frame.local.name, opening.name) and not _opening_narrows_to(frame, opening):
        return None  # 在宜宾，比成都早两年，当地新增企业…: 宜宾's (在四川，宜宾…，当地…: still 宜宾's)
    return None if any(local.end() <= m.start < pos for m in _owners(frame) if m.type in _SUBJECT_TYPES) else frame.local


def _opening_narrows_to(frame: Frame, opening: Mention) -> bool:
    """The place 当地 stands for is named right after the opening, places written one inside the next
    (在保定涞水的三坡镇，当地已转移…: a town the gazetteer does not place in 保定 is the scene still;
    not 杭州与上海相比，当地…, a place compared)."""
    local = frame.local
    if local.sentence != frame.sentence.index or local.start < opening.end:
        return False
    ends = {m.start: m.end for m in frame.of("Region", top=False)}
    at = opening.end
    while at < local.start and (frame.text[at] == "的" or at in ends):  # places one inside the next (涞水的), not 与上海
        at = at + 1 if frame.text[at] == "的" else ends[at]
    return at == local.start


def _read_as_region(frame: Frame, scene: re.Match) -> bool:
    """The place an opening 在…镇， names right before its comma is one we know, a Region (保定涞水的三坡镇) and no zone
    (乌兰察布数据中心集群); not one followed by 的 (在贵州清镇的时光贵州小镇上: the scene is the place after it)."""
    end = scene.end() - 1
    return frame.text[end] in "，," and any(m.end == end and m.subtype != _ZONE for m in frame.of("Region", top=False))


# A sentence that opens with a round of project signings or starts told of in the one before
# (…重大项目集中开工。此次开工687个项目，总投资2167亿元; 此次签约项目94个), or with the region
# that held it (这次山西省全省开发区…活动，签约项目413个): its figures are that region's, the scope's
_THIS = re.compile(_alt(LEX.patterns['event']['this']))
# …a round of projects, which the clause counts (此次开工的54个重大项目, 此次签约动工的项目): not one
# plant or line it opened (此次投产的1号机组装机容量100万千瓦: the plant's figures, no one's)
_ROUND_OF_PROJECTS = re.compile(f"(?:集中)?(?:{_alt(M['project_rounds'])})[^，,。；;]*?项目")


def _subject_after_opening_clause(frame: Frame, clause_start: int) -> Optional[Mention]:
    """The body, region or named index that opens the sentence's second clause
    where its first is an adverbial that names no one (作为openEuler项目群黄金捐赠人，润和软件深度参与…，
    在应急安全领域创下单项目交付15000套; 相较于去年，今年数字生态指数（2021）将…，合作单位…由15个增至23个):
    the subject of the clauses after it, up to the figure's."""
    text = frame.text
    first_end = clause_span(text, frame.lead)[1]
    if not text.startswith(_ADVERBIAL_LEADS, frame.lead) or first_end >= clause_start \
            or any(frame.lead <= m.start < first_end for m in _owners(frame)):
        return None
    lead = first_end + 1
    lead += len(_THIS_YEAR_LEAD.match(text, lead).group())
    return next((m for m in _owners(frame) if m.start == lead and m.end <= clause_start and _owns_figures(m)
                 and text[m.end:m.end + 1] not in _NOT_AFTER_SUBJECT and not _reports(frame, m)), None)


def _this_edition(frame: Frame, said: Optional[re.Match] = None) -> Optional[Mention]:
    """The event the article is about, if named just before: the edition whose
    figures a sentence gives (本届…, 比上届增长…), or no one's the text makes clear.
    Where the sentence says which (``said``: 本届数博会, 本届大赛), named further
    back will do: by the short name the event goes by, or by the kind of event
    its name ends with (本届大赛 after 第三届中国工业互联网大赛…), held rather
    than announced."""
    event = frame.event
    if said is not None:
        short = next((m for m in frame.of(_EVENT, top=False) if said.start() <= m.start and m.end <= said.end()
                      and m.name != m.surface), None)
        if short is not None:
            return short
        # the kind a word's end (本届艺术节, 本届重庆车展), not the start of another (此次改革节约…)
        kind = _event_of_kind(frame, said.group("head")) if _words_up_to(frame.text, said.start(), said.end()) else None
        if kind is not None:
            return kind
    near = event is not None and frame.sentence.index - event.sentence <= frame.settings.thresholds.this_event_named_within
    return event if near else None


def _this_event_opening(text: str, *at: int) -> Optional[re.Match]:
    """This edition of an event (本届数贸会, 本届大赛) opening the text at the first of ``at`` where one does, unless it
    speaks there (本届大会提出…: what it says, not its figures)."""
    this_event = next((m for m in (_THIS_EVENT.match(text, a) for a in at) if m), None)
    return this_event if this_event and not _SPEAKS.match(text, this_event.end()) else None


def edition_opening(frame: Frame) -> Optional[Mention]:
    """The edition of an event a sentence opens with (本届数贸会可以用…来概括, 本届广交会吸引了…), as
    _measure_subject reads it for the sentence's own figures; not one that speaks (本届大会提出…)."""
    this_event = _this_event_opening(frame.text, frame.lead)
    return _this_edition(frame, this_event) if this_event else None


def _edition_taken_part_in(frame: Frame) -> Optional[Mention]:
    """The event named in the sentence before (_this_edition) whose attendees a sentence that names no owner counts
    (进博会…将于11月举办。截至目前，已有50多个国家和国际组织确认参展); not a briefing, where the event was told of
    (国新办发布会…。目前，已有87个国家和地区报名参展，邮展将…: the stamp show's; review rsm, session 23)."""
    event = _this_edition(frame)
    return None if event is None or _BRIEFING.search(event.name) else event


def _event_by_its_kind(frame: Frame) -> Optional[Mention]:
    """The article's event, where the sentence opens with its kind alone
    (博览会共签订…, 峰会期间，…) and the event was named just before; not where
    it speaks (论坛指出，…)."""
    # the lead passes a period (峰会期间，), which is the event's here
    bare = _BARE_EVENT.match(frame.text, frame.lead) or _BARE_EVENT.match(frame.text, frame.dateline)
    if bare is None or _SPEAKS.match(frame.text, bare.end()):
        return None
    event = _event_of_kind(frame, bare.group("head"))
    near = event is not None and frame.sentence.index - event.sentence <= frame.settings.thresholds.bare_event_named_within
    return event if near else None


_SIGNED_AT_EVENT = re.compile(rf"(?:{_alt(M['event_signing_openers'])})[，,]?[^，,。；;]{{0,16}}?签约")


def _event_signed_at(frame: Frame) -> Optional[Mention]:
    """The event named just before (within bare_event_named_within sentences) at which the sentence's opening clause
    signs deals (_SIGNED_AT_EVENT: 会上签约项目417个，总投资超3400亿元 after …2025苏州全球招商大会举行): its figures the event's."""
    if not (_SIGNED_AT_EVENT.match(frame.text, frame.lead) or _SIGNED_AT_EVENT.match(frame.text, frame.dateline)):
        return None
    event = frame.held_event or frame.event
    near = event is not None and frame.sentence.index - event.sentence <= frame.settings.thresholds.bare_event_named_within
    return event if near else None


def _event_of_kind(frame: Frame, head: str) -> Optional[Mention]:
    """The article's event whose name ends with ``head`` (大赛, 博览会), the one
    held before one announced (…落下帷幕，第四届…即日起启动)."""
    return next((e for e in (frame.held_event, frame.event) if e is not None and e.name.endswith(head)), None)


def _event_held(frame: Frame, clause_start: int) -> Optional[Mention]:
    """The event a sentence opens with, told as held in its first clause
    (2019中国国际智能产业博览会在重庆开幕，国内外参展企业达843家; …论坛今天举行，…):
    the figures of its later clauses that name no one of their own are the
    event's (its exhibitors, guests, deals), not its venue's nor the country's;
    not one that dates them (十九大闭幕至今，…), nor one whose words the later
    clauses are (…召开，会议决定…). A news item's day may come first
    (今天（4月7日），第104届全国糖酒商品交易会在成都开幕，…), and the event's length before its name
    (为期四天的第十七届中国国际农产品交易会今天在江西南昌开幕，…共有8000多家企业…参展)."""
    lead = _past_day(frame)
    lasting = _LASTING.match(frame.text, lead)
    lead = lasting.end() if lasting else lead
    event = next((m for m in frame.of("Event") if m.start == lead or m.start == lead + 1
                  and frame.text[lead] in _NAME_OPENERS), None)  # “2019中国…博览会”在重庆开幕
    if event is None or event.end > clause_start:
        return None
    held = _HELD_IN_CLAUSE.match(frame.text, event.end)
    if held is None or held.end() > clause_start \
            or _MEETING_RESOLVES.search(frame.text, held.end(), clause_span(frame.text, clause_start)[1]):
        return None  # …召开，会议决定新增…3000亿元: the holder's resolve, not the meeting's own figures
    return event


_NAME_OPENERS = ("“", "《", "「", "‘", *OPENING_BRACKETS)  # a mark that opens a name written after it
_LONGEST_DURATION = 6  # characters of an event's length after 为期 (四天, 5天, 一个多月)
_LASTING = re.compile(rf"为期[^，,。；;的]{{1,{_LONGEST_DURATION}}}的")  # 为期四天的, 为期5天的: how long the event named after it lasts (subj7 audit)
_DAY_LEAD = re.compile(rf"(?:{_alt(M['news_days'])})(?:[（(][^（）()，,。]{{1,12}}[)）])?(?:上午|下午|晚上|凌晨)?[，,]")
_MEETING_RESOLVES = re.compile(f"[，,]{meeting_saying(_SAYS_OR_RESOLVES)}")
_HELD_IN_CLAUSE = re.compile(f"[^，,。；;]{{0,16}}?(?:{_alt(LEX.patterns['event']['held_itself'] + M['event_runs'])})(?!{_alt(M['since'])})")


_ACTS_AT = re.compile(r"[^，,。；;\d在]{0,12}(?<!所)在")  # 这家企业在…: where the thing pointed at acts (not 所在: where it is)


def _points_to_a_thing(frame: Frame, pos: int, carried: tuple[Optional[Mention], ...] = ()) -> bool:
    """The sentence before ``pos`` points back to one thing (这家企业, 这款产品,
    湖南的这家装备制造企业) or tells of one unnamed company (东莞一家外贸公司)
    and names no region, body or scope after it: the
    figure is that thing's, which the text names as no entity (全市 is a
    mention: a region named). A facility pointed back to with words of its kind
    (该智算中心) is the one the subject the text carries (the topic, ``carried``: an
    earlier figure's, the scope) names, where that one's name ends with its head,
    and one in a place the sentence names before it, or the place carried, is that
    place's: only the country's figures it takes."""
    pointer = None
    for found in _POINTED.finditer(frame.text, 0, pos):
        if not found.group("kind") or not any(words.tag(t)[:1] in _ITEM_TAIL_STOPS for t in words.cut(found.group("kind"))):
            pointer = found  # (not words that open a clause: 这个从实验室走出的新产业, whose head is no 实验室)
    if pointer is None:
        return False
    if pointer.group("kind") and (any(m is not None and m.name.endswith(pointer.group("head")) for m in (frame.topic, *carried))
                                  or any(m is not None and m.type == "Region" and m.name != COUNTRY for m in carried)
                                  or any(m.type == "Region" and m.name != COUNTRY and m.end <= pointer.start() for m in _owners(frame))):
        # …中国电信杭州大数据中心…。目前该智算中心可运营算力…: the one named before, the subject carried; 贵州建成…，这个数据中心
        # 总投资50亿元, or a place's article: a thing set in the place, the place's (the tuning gold's unnamed located things)
        return False
    # …not where the thing acts, in the figure's clause (这家企业在东南亚和非洲市场销售量达到13000多台: its
    # sales there; not 这种服务已经在河南全面铺开，1000多个省级权力事项…: a later clause, the place's)
    where = _ACTS_AT.match(frame.text, pointer.end())
    where_ends = clause_span(frame.text, where.end())[1] if where else -1
    # (the words between a pointer and its head are read as after it: 这个天津超级工厂 names 天津)
    told = pointer.start("kind") if pointer.group("kind") else pointer.end()
    after = where_ends if pos <= where_ends else told
    named_after = any(after <= m.start and m.end <= pos for m in _owners(frame) if m.type in _SUBJECT_TYPES)
    return not named_after and _NATIONAL.search(frame.text, told, pos) is None \
        and _COUNTY_WORD.search(frame.text, told, pos) is None


# …or to one facility or project by its head (该站点配备12座充电桩, 这个平台发布…岗位需求达254.1万; not 这个中心城市), a few
# words of its kind between (这个超级制造工厂, 这个工业互联网平台上的…企业, 该智算中心: no 的, no list, no time as 这个月;
# not 该 before a place's or a body's kind, 该市, 该省, 该公司, read as pointing back to the one named: _pointed_place,
# pointed_body)
# …or names one unnamed company (浙江绍兴一家汽车配件生产企业…，产能提高50%); not 是一家…企业, which classes a named one
# …or to a group of offenders (此犯罪团伙主要冒充公检法工作人员实施电信诈骗，涉及70余起案件; 这两个电信诈骗犯罪团伙…; not
# 因此, 此外, nor 这次: a round of the campaign)
# …or opens a clause with one unnamed thing (，一台机械每天能播种500亩; 一只成年穿山甲只能产出0.6千克: what one
# of them does or gives; not 一座座, 一批: many; nor 一个月, 一个小时: a time, not_units)
_POINTED_KIND_LONGEST = 6  # characters of the kind words between (超级制造: 4, 工业互联网: 5)
_NOT_POINTED_KINDS = _alt(LEX.patterns["region"]["pointed_place_kinds"] + list(LEX.patterns["relation"]["pointed_body_kinds"])
                          + M["pointed_not_kinds"])
_POINTED = re.compile(f"[这那该](?:{_alt(M['pointed_classifiers'])})"
                      f"|(?:[这那该]个?|(?:[这那](?!{_alt(M['not_units'])})个|该(?!{_NOT_POINTED_KINDS}))"
                      f"(?P<kind>[^，,。；;、和与及的\\d]{{1,{_POINTED_KIND_LONGEST}}}?))"
                      f"(?P<head>{_alt(M['named_facility_heads'] + M['pointed_facility_heads'])})(?!城市)"
                      f"|(?<!是)一家[^，,。；;\\d]{{0,14}}?(?:{_alt(M['group_bodies'])})"
                      f"|(?:[这那该](?![次场样])|(?<![因从由如彼对为借据])此(?![外前后次时刻]))[^，,。；;\\d]{{0,8}}?(?:{_alt(M['pointed_group_heads'])})"
                      f"|(?:^|(?<=[，,；;：:]))一(?!{_alt(M['not_units'])})(?P<one>{_alt(_ONE_THING_CLASSIFIERS)})(?!(?P=one))")


def _opens_with_joint_bodies(frame: Frame) -> bool:
    """The sentence opens with two bodies that act together (中国电信和中国联通
    携手共建…): their figures are a group's, no one's (annotation.md)."""
    bodies = [m for m in _owners(frame) if m.type == "Organization"][:2]
    lead = _past_lead_words(frame.text, 0)  # 截至目前，…
    return len(bodies) == 2 and lead <= bodies[0].start <= lead + 1 and frame.text[bodies[0].end:bodies[1].start] in LIST_JOINERS


_OPENING_QUOTES = "“\"「"
# the end of a list of places standing as the topic of what follows (…、四川，; …、江苏两省，; …等地：), or closed by 等
# and a word of their kind, which makes them one group whatever follows (新疆、四川、北京等地森林公安机关…侦破…; 湖北、四川等地
# 旅游收入同比增长30%以上: 新闻联播 corpus)
# A count may be rough (等10多个省份, 等十余个省市区, 等多个城市) and a word of degree or rank may stand before a kind
# of two characters or more (等一线城市, 等重点城市, 等沿海省份: 新闻联播 corpus, genre pages; the review of subj4)
_TOPIC_PLACES_NUMBER = "(?:[两三四五六七八九十百]+|\\d+)"
_TOPIC_PLACES_COUNT = f"{_TOPIC_PLACES_NUMBER}?[余多]?个?"  # how many places the list has (两省, 5个省份, 10多个)
_TOPIC_PLACE_KIND = f"(?:{_alt(M['topic_place_kinds'])})"  # …and their kind (地, 省, 城市)
# how many places the list right before names and their kind, or 等 and the kind (江苏、浙江两省各新增企业5万户,
# 两市地区生产总值均…, 等省份地区生产总值各…): the list's own words, no quantity of each (the review of who25)
_LIST_COUNTED = re.compile(f"^(?:{LIST_CLOSER}|{_TOPIC_PLACES_NUMBER}[余多]?个?){_TOPIC_PLACE_KIND}")


def _without_list_count(between: str) -> str:
    """The words after a list of places without its count and kind (两省|企业), where they end a word
    (等地|区生产总值 is 等|地区生产总值: no kind there)."""
    counted = _LIST_COUNTED.match(between)
    if counted is None or counted.end() not in itertools.accumulate(map(len, words.cut(between))):
        return between
    return between[counted.end():]
_TOPIC_LONG_KIND = f"(?:{_alt([k for k in M['topic_place_kinds'] if len(k) > 1])})"  # …after a word of rank (重点城市)
_PLACES_AS_TOPIC = re.compile(f"{LIST_CLOSER}?{_TOPIC_PLACES_COUNT}{_TOPIC_PLACE_KIND}?[{_TOPIC_COMMAS}]"
                              f"|{LIST_CLOSER}{_TOPIC_PLACES_COUNT}(?:{_TOPIC_PLACE_KIND}|[{CJK}]{{0,3}}?{_TOPIC_LONG_KIND})")


def _joint_companies_opening(frame: Frame, pos: int) -> Optional[Mention]:
    """The first of two or more companies or other bodies, not government
    ones, listed at the sentence's opening as acting together before the
    figure at ``pos`` (中国电信和中国联通携手共建…; 中国移动、中国电信、中国联通和
    中国铁塔共完成…); else None. Their figures are a group's, no one's
    (annotation.md: 三大运营商), not the first body's; but not where the list
    reports figures (中国物流与采购联合会、国家统计局今天公布：…: the country's)
    or each of them has the figure (百度、阿里巴巴各开放3000多个…, …均已超1000亿元).
    So places a round-up lists with 、 as the topic of what follows the comma
    (广东、江苏、浙江、山东、河南、四川，经济总量占全国的45%左右): the group's share,
    not the first place's."""
    text = frame.text
    at = {m.start: m for m in _owners(frame) if m.type in ("Organization", "Region")}  # bodies and places by where they start
    lead = _LEAD_WORDS.match(text, frame.lead).end()  # 2021年…, 截至目前，…
    first = at.get(lead) or (at.get(lead + 1) if text[lead:lead + 1] in _OPENING_QUOTES else None)
    if first is None or first.subtype in _GOVERNING:
        return None
    listed = [first]
    joins = []
    while (join := next((j for j in LIST_JOINERS if text.startswith(j, listed[-1].end)), None)) \
            and (following := at.get(listed[-1].end + len(join))) is not None and following.type == first.type:
        listed.append(following)
        joins.append(join)
    last = listed[-1]
    if len(listed) < 2 or _reports(frame, last):
        return None
    if first.type == "Region" and (set(joins) != {LIST_JOINERS[0]} or not _PLACES_AS_TOPIC.match(text, last.end)):
        return None  # 中国和东盟贸易额…; 北京、上海5G基站…: not a list standing as the topic
    acts = set(words.cut(text[last.end:pos]))
    if acts & _DISTRIBUTIVE or _WITH_PARTNER in joins and not acts & _JOINT_ACTS:
        return None
    return first


_DISTRIBUTIVE = frozenset(M["distributive_adverbs"])  # each of the bodies listed has the figure
_JOINT_ACTS = frozenset(M["joint_acts"])
_WITH_PARTNER = "与"  # 上海移动与中兴通讯…完成: a body and its partner, a group only where they act jointly
