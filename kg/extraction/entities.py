"""Stage 4: recognise entity mentions in a sentence.

Recognisers are small named functions ``(sentence, found, settings) ->
mentions``, registered under a versioned name and run in registration order;
``found`` holds what earlier recognisers produced, so composition (a region, then the
body it prefixes) needs no second search. Lexicons lead; patterns fill in
names no lexicon can hold (companies, units, people, meetings, zones).
"""
from __future__ import annotations

import functools
import re
from itertools import accumulate, chain
from typing import Callable, Iterable, Iterator, Optional

from kg.lang import words
from kg.lang.lexicon import FORMER_PREFECTURE_WORD, LEXICONS, MUNICIPALITIES, Entry, load
from kg.doc import schema
from kg.doc.model import Mention, Sentence
from kg.doc.settings import DEFAULT, Settings, Thresholds
from kg.lang.registry import Guarded, Registry, alternation as _alt, holds_one

Recogniser = Callable[[Sentence, list[Mention], Settings], Iterable[Mention]]
RECOGNISERS = Registry()
recogniser = RECOGNISERS.register


LEX = load()
P = LEX.patterns
CJK = "\u4e00-\u9fff"
HAN_CHAR = re.compile(f"[{CJK}]")  # one Chinese character (the one definition measures, relations and resolution read)
_HAN_RUN = re.compile(f"[{CJK}]+")
HAN_OR_LATIN = re.compile(f"[{CJK}A-Za-z]")
_NOT_NAME_CHARS = re.compile(f"[^{CJK}A-Za-z0-9()（）]+")
_SEAT_IN_BRACKETS = re.compile(f"[(（][{CJK}]{{2,4}}[)）]$")
SURNAMES = {w for line in (LEXICONS / "surnames.txt").read_text(encoding="utf-8").splitlines()
            if not line.startswith("#") for w in line.split()}
_GENERIC = set(P["organization"]["generic"])
_GRADING_WORDS = P["organization"]["grading_words"]
_REFERENCE_OPENERS = tuple(P["organization"]["reference_openers"])
_OWNER_WORDS = set(P["relation"]["owns"])  # B旗下A, B控股子公司A


def _after_owner_word(text: str, start: int, end: int) -> int:
    """Where the words after the last owner word jieba reads in the span
    begin (控股|子公司|徐工汉云…: there; 微电子|公司 holds none); ``start`` if none."""
    pos = after = start
    for tok in words.cut(text[start:end]):
        pos += len(tok)
        if tok in _OWNER_WORDS:
            after = pos
    return after
# The largest few (五大国有银行, 全球10大船舶管理公司) or a class (数字科技类公司) of
# bodies: a kind, which the annotation leaves out as it does 三大运营商.
_LARGEST_FEW = r"(?:\d+|[两三四五六七八九十百几])大"  # a count of the largest few (三大, 10大)
_KIND = re.compile(rf"{_LARGEST_FEW}|类(?=[^类]{{2,4}}$)")
_KIND_HEADS = tuple(P["organization"]["kind_heads"])
# A level of a group's branches after a word for companies (铁塔公司省级公司, 各电信企业省公司和
# 市公司): the provincial or city companies of a group, none named; a place before the level
# word (中国移动江苏省公司) names one.
_BRANCH_LEVEL = re.compile(r"(?<=[司业商团])(?:省级|市级|县级|地市级?|省|市|县)分?公司$")


# A designated kind of platform with only scope words before it (国家技术创新中心, 首批国家实验室), or a count of the
# largest few (粤港澳大湾区三大国际科技创新中心): patterns.toml platform_kinds
_PLATFORM_KIND = re.compile(rf"(?:^|{_LARGEST_FEW})(?:{_alt(P['organization']['platform_scopes'])})*"
                            rf"(?:{_alt(P['organization']['platform_kinds'])})$")


def _names_a_kind(name: str) -> bool:
    """The name (or a unit's words) speaks of a kind of bodies, not of one."""
    if name.endswith(_KIND_HEADS) or _BRANCH_LEVEL.search(name) or _PLATFORM_KIND.search(name):
        return True
    for m in _KIND.finditer(name):
        big = m.end() - 1
        if name[big] == "大" and any(e.type == "Sector" for k in (2, 3, 4) for e in LEX.entries.get(name[big:big + k], ())):
            continue  # 新华三|大数据有限公司: a field opens there, not a count of the largest
        return True
    return False


def _mention(sent: Sentence, type_: str, start: int, end: int, name: str, source: str, *,
             subtype: str = "", parent: str = "", scope: str = "", iri: str = "") -> Mention:
    # Positional, in Mention's field order: cheaper than by keyword, and nearly every mention is built here.
    return Mention(type_, sent.text[start:end], name, start, end, sent.index, subtype, source, parent, scope, iri)


def _name_left(text: str, end: int, max_chars: int = 10, stop_at: int = 0) -> int:
    """Where a name ending at ``end`` starts: walk back over jieba words that
    could belong to a name, stopping at punctuation, function words, or a
    mention already found (``stop_at``)."""
    lo = max(stop_at, end - max_chars - 6)
    chunk = text[lo:end]
    m = _NOT_NAME_CHARS.search(chunk[::-1])
    if m:
        chunk_start = len(chunk) - m.start()
        lo, chunk = lo + chunk_start, chunk[chunk_start:]
    start = end
    toks = words.cut(chunk)
    for i in range(len(toks) - 1, -1, -1):
        tok = toks[i]
        if words.is_function_word(tok) and not _era_word_in_name(text, start - len(tok), tok) \
                and not _unit_ordinal(tok, toks[i - 1] if i else "") or tok in _STOP_TOKENS \
                or end - (start - len(tok)) > max_chars:
            break
        start -= len(tok)
    # jieba glues a preposition to a name's first character (以中|新天津…).
    if end - start > 2 and text[start] in _LEADING_PREPOSITIONS:
        start += 1
    return start


_LEADING_PREPOSITIONS = set("以在对把将从向为与和及由")
_ERA_WORDS = set(P["organization"]["era_words"])
_OPENING_ERA_WORDS = set(P["organization"]["opening_era_words"])


def _era_word_in_name(text: str, start: int, tok: str) -> bool:
    """A word of an era or a generation right after the place or the body that opens a
    name (中国|新一代|人工智能…研究院, 浙江省|现代|纺织…中心, 北京大学|未来|技术学院); elsewhere it
    describes a kind (当代大学生, 县级现代农事综合服务中心)."""
    if tok in _OPENING_ERA_WORDS and (start == 0 or not HAN_CHAR.fullmatch(text[start - 1])):
        return True  # opening a clause or a list's item: 、新一代人工智能联盟理事长, 新一代人工智能发展研究中心发布…
    before = words.cut(text[max(0, start - words.CONTEXT_AROUND):start])
    return tok in _ERA_WORDS and bool(before) and words.tag(before[-1]) in ("ns", "nt")


_STOP_TOKENS = set(P["relation"]["subject_end"]) | set(P["relation"]["issues"]) | set(P["event"]["holds"]) | {
    "帮助", "协调", "推动", "组织", "支持", "引导", "鼓励", "依托", "联合", "会同", "通过", "其中", "如", "包括",
    "以及", "和", "与", "及", "等", "由", "对", "向", "为", "是", "的", "了", "在", "从", "经", "据", "被",
    "来自", "作为", "代表", "这", "该", "其", "各", "有关", "相关", "重点", "全省", "全市", "我市", "本市",
    "现有", "拥有",  # 中国联通|现有|数据中心880余个: what the body has, no unit of it (jieba tags 现有 as a modifier)
} | set(P["policy"]["programme_verbs"]) | set(P["organization"]["lead_verbs"]) | set(P["organization"]["noun_tagged_verbs"]) \
    | set(P["region"]["settling_verbs"])


# -- gazetteers -----------------------------------------------------------

_WORD_ONLY = {"Country", "WorldRegion"}  # two-character names (海地, 加纳, 中东) are also pieces of other words
GAZETTEER = "lexicon.gazetteer.v1"  # the source of the mentions the lexicon lists
SUFFIX_RULE = "org.suffix.v1"  # the source of the bodies read by their last word (X集团, X研究院)
COUNTRY = "中国"  # the country the news is of
COUNTRY_SUBTYPE = "Country"  # the subtype of a country's mention (pipeline reads it too)
CAMPAIGN_SUBTYPE = "Campaign"  # the subtype of campaigns and activities (专项行动, 学习教育: relations and measures read it too)
OPENING_BRACKETS = ("（", "(")  # a short name in brackets opens with one (read by resolution, relations, measures); a name in brackets too
_CLOSING_BRACKETS = ("）", ")")


@recogniser(GAZETTEER)
def gazetteer(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """Regions, listed organisations and sector concepts, longest match first."""
    country_end = name_end = -1
    found_here = list(LEX.find(sent.text, functools.partial(_stands_as_word, sent.text, settings.thresholds)))
    for k, (start, end, entries) in enumerate(found_here):
        e: Entry = entries[0] if len(entries) == 1 else next(  # 西安新城区, 长春朝阳区: the district of the city before it
            (x for x in entries if x.type == "Region" and x.parent and _under_its_parent(sent.text, start, x)), None) \
            or _read_among_items(sent.text, found_here, k)
        if e.subtype in _FOREIGN and not _foreign_name_reading(sent.text, start, end, country_end, name_end):
            continue
        if e.name in CAPITAL_CITIES and not _foreign_name_reading(sent.text, start, end, -1, name_end):
            continue  # a capital right after its country is the place there (俄罗斯莫斯科), no ruler's title
        name_end = end
        if e.subtype == "Country":
            country_end = end
        yield _mention(sent, e.type, start, end, e.name, GAZETTEER,
                       subtype=e.subtype, parent=e.parent if e.type == "Region" else "", iri=e.iri)


def _trade_word_across(text: str, start: int, end: int) -> bool:
    """The name's last character and the next make a trade's word (行业) that jieba reads across the name's end and
    ends with (中国|银行业, 12条|银行业): the trade, no body ends there; where jieba cuts at the end (中国工商银行|业) or
    reads on past the trade's word (平安|银行业务: the bank's business) it does."""
    trade = next((w for w in _SHORT_NAME_END_WORDS if text.startswith(w, end - 1)), None)
    word = _word_across(text, start, end, end) if trade else None
    return word is not None and word[1] == end - 1 + len(trade)


def _read_among_items(text: str, found: list[tuple[int, int, tuple[Entry, ...]]], k: int) -> Entry:
    """The entry a key of several (阿里: a prefecture and a company) names
    here: the type of its list's other items, when the items next to it are
    all of one (百度、阿里、腾讯等: companies; 日喀则、阿里: places); else the
    lexicon's first."""
    start, end, entries = found[k]
    beside = [found[k - 1] if k > 0 and found[k - 1][1] == start - 1 else None,
              found[k + 1] if k + 1 < len(found) and found[k + 1][0] == end + 1 else None]
    types = {item[2][0].type for item, at in zip(beside, (start - 1, end)) if item and text[at] == "、"}
    return next((e for e in entries if types == {e.type}), entries[0])


_BODY_END_WORDS = tuple(P["organization"]["body_end_words"])
# a zone's clock and the time it tells (北京时间8月14日, 北京时间今天凌晨, 北京时间周二)
_CLOCK_TIME = re.compile(f"{P['region']['clock_time']}(?:\\d|{_alt(P['region']['clock_days'] + P['relation']['day_parts'] + P['relation']['week_days'])})")
_SHORT_NAME_END_WORDS = tuple(P["organization"]["short_name_end_words"])
# A road's number (G20青银高速, G20高速公路): a capital letter and digits, then the road's name or kind
_ROAD_NUMBER = re.compile(r"[A-Z]\d{1,4}")
_ROAD_AFTER = re.compile(rf"[{CJK}]{{0,4}}?(?:{_alt(P['organization']['road_number_heads'])})")
_ROAD_WORDS = frozenset(P["region"]["road_words"])


def _names_a_road(text: str, end: int) -> bool:
    """jieba's next word after a place's name is a road's (北京|中路166号, 河南|路等): a street named after the place."""
    return words.cut(text[end:end + words.CONTEXT_AROUND])[0] in _ROAD_WORDS if end < len(text) else False


def _stands_as_word(text: str, th: Thresholds, start: int, end: int, entries: tuple[Entry, ...]) -> bool:
    """Whether a short or foreign key is read as the word it names here."""
    e = entries[0]
    if e.apart:
        return _stands_apart(text, start, end)
    if e.ends:
        return not _noun_runs_into(text, start, end)
    if e.name in CAPITAL_CITIES:
        # 河内 of 黄河|内, 罗马 of 古罗马, 万象 of 包罗万象: other words; 总统科|罗马: a name's last characters;
        # but 英国伦敦, 法国巴黎 are one word to jieba: the capital after its country, ending a word (not 美国华盛顿州, 俄罗斯莫斯科州)
        return (_whole_word(text, start, end) or _after_its_parent(text, start, e) and end in words.cuts_around(text, start, end)) \
            and not _name_character_before(text, start)
    if e.type == "Sector" and text.startswith("业务", end - 1):
        return False  # 电信业 of 电信业务收入, 软件业 of 软件业务: the business of X, read X|业务
    if e.type == "Sector" and _plus_action(text, start, end):
        return False  # “互联网+政务服务”: the way of applying the field, not the field
    if e.type == "Sector" and end - start > 2 and _first_character_ends_word(text, start, th):
        return False  # 强大|数据库, 十大|数据中心, 加大|数据资源: the field's first character ends the word before
    if e.type == "Organization" and text[end - 1] == "部" and text.startswith("门", end):
        return False  # 农业部门, 人社部门, 外交部门: a sector's departments anywhere, no one ministry
    if e.type == "Organization" and (text.startswith(_BODY_END_WORDS, end - 1) or e.short and text.startswith(_SHORT_NAME_END_WORDS, end - 1)) \
            and len(words.cut(text[end:end + words.CONTEXT_AROUND])[0]) == 1:
        return False  # 信息产业部分|领域: 部分, "some"; 水利部|分别 is the ministry; 民生银行业|金融机构 the banking trade
    if e.type == "Organization" and _operator_opens_term(text, start, end):
        return False  # 中国移动|物联网连接数, 中国移动|支付市场规模, 其中移动|电话用户: the country and a term, no operator
    if e.type == "Organization" and _trade_word_across(text, start, end):
        return False  # 中国|银行业协会, 美国|银行业: the banking trade, no 中国银行 or 美国银行 (中国工商银行|业 is the bank)
    if e.type == "Organization" and _ROAD_NUMBER.fullmatch(text, start, end) and _ROAD_AFTER.match(text, end):
        return False  # G20青银高速, G20高速公路: the road's number, not 二十国集团 (G20峰会, G20成员 are the group)
    if e.type == "Region" and e.level and _names_a_road(text, end):
        return False  # 北京中路166号, 杭州西路194号, 南京西路商圈: a street named after the place, no mention of it
    if e.type == "Region" and e.short and (pair := _PAIR.regex.match(text, start)) and pair.end() == end \
            and not _listed_after_a_place(text, start):
        return False  # 推动巴中关系, 巴中建交50周年: a pair of countries written by their first characters, no 巴中市
    if e.type == "Region" and _CLOCK_TIME.match(text, end):
        return False  # 北京时间8月14日晚: the zone's clock telling a time, no mention of the place
    if e.type == "Region" and text.startswith(_WARSHIP, end) and not text.startswith(_SHIP_WORDS, end):
        return False  # 昆明舰, 辽宁舰, 北海舰队: a warship or fleet named after the place (not 大连舰艇学院, 大连舰载机)
    if e.type == "Region" and e.short and CRAFT_NUMBER.match(text, end):
        return False  # 吉林一号高分03D卫星, 北京三号B星: a satellite named after the place by its short name, numbered in
        # characters (not 广东省一号文件, the province's own first document)
    if e.type == "Region" and e.level and text.startswith(_DISTRICT_END_WORDS, end - 1):
        return False  # 西安|区域科技创新中心, 县城|城关|区域: the 区 opens a word of its own, no district
    if e.type == "Region" and text[start:end] in _TOWN_PART_DISTRICTS:
        # 老城区改造: any town's old part; 洛阳老城区, 阳泉市城区、矿区: the district
        return any(_under_its_parent(text, start, x) for x in entries)
    if e.type == "Region" and text[start:end] in _SEA_NAMES and _names_the_sea(text, start, end):
        return False  # 移入东海南部海面, 东海救助局, 渤海、黄海、东海: the sea, not 东海县
    if e.type == "Organization" and any(text.startswith(head, start + 1 - len(head)) for head in _FOREIGN_PARTY_HEADS):
        return False  # 古巴共产|党中央委员会: the 党 ends another party's name, whose central committee this is
    if e.short and e.level == "prefecture" and text.endswith(FORMER_PREFECTURE_WORD, start, end):
        # 那曲地区, 西藏山南地区 (one word to jieba with its province); not 福州|地区生产总值, the GDP's word
        return not text.startswith(_AREA_TERMS, end - len(FORMER_PREFECTURE_WORD)) and (
            _whole_word(text, start, end) or end in words.cuts_around(text, start, end) and _names_in_one_word(text, start, end))
    if e.level in _DIVISION_LEVELS and end - start > 2 and _inside_another_word(text, start, end, th):
        return False  # 沿海|城市 (海城市), 以上|城区 (上城区), 东南|山区 (南山区): a common word opens there
    if e.type == "Region" and e.short and not e.level and _ends_a_quoted_name(text, start, end):
        return False  # 台风“桦加沙”: a typhoon's quoted name that a foreign place's short form ends (review rer)
    if end - start == 2 and e.level == "county" and _opens_another_name(text, start, end):
        return False  # 郎溪路, “江海”号, 《山城风雨》: a road, ship or title named with the county's characters
    if end - start == 2 and not e.short and (e.subtype in _WORD_ONLY or e.level == "county"):
        # 美国 inside 欧美国家, 印度 in 印度洋, 中区 in 华中区域; not 德国 in 德国总理
        return _word_start(text, start, end) and not _last_character_opens_word(text, start, end)
    if end - start == 2 and (e.type in ("Sector", "Organization") or e.short) or e.subtype == "InternationalOrganization":
        # 化工 inside 数字化工厂, 兴业 inside 新兴业务, 联合国 in 联合|国家卫健委; but 中办国办, one
        # word to jieba, is two listed names
        return _whole_word(text, start, end) or e.short and _names_in_one_word(text, start, end) \
            or e.subtype == "InternationalOrganization" and (_member_states_after(text, start, end)
                                                             or _head_title_after(text, start, end))
    if e.short and e.type == "Organization" and _university_across(text, start, end):
        return False  # 中国|石油大学: a university whose name opens with a group's short name, no unit of the group
    if e.short and e.type == "Organization" and start > 0 and text[start - 1] in SCOPE_LEVELS:
        return False  # 省外汇局, 市卫生健康委: a local body by a national body's short name
    if end - start == 3 and e.short and e.type == "Organization" and start > 0:
        # 国新办 in 我国新办…: its first character ends a common name the lexicon
        # lists (我国), which jieba's cut (我|国新办) would wrongly refuse
        before = text[start - 1:start + 1]
        return before not in LEX.entries or words.frequency(before) < th.common_word_freq
    return True


# jieba's tags of the words that a field's first character may end (强大, 加大, 扩大, 十大, 最大): adjectives,
# verbs, abbreviations and numerals; words it glues to a preposition (以大, 用大) are in no dictionary
_WORD_ENDING_TAGS = ("a", "v", "j", "m")
_CHINESE_COUNT = re.compile("[两三四五六七八九十几]大")  # 三大|数据库: a count of the largest, no dictionary word


def _first_character_ends_word(text: str, start: int, th: Thresholds) -> bool:
    """jieba reads the span's first character as the end of a common word that
    opens before it (强大|数据库, 壮大|数据市场, 十大|数据中心, 三大|数据库): the
    name starts one character later, if anywhere; not where jieba glues a
    preposition to it (以大|数据, 用大|数据: no dictionary word) or cuts before
    it (加强|大|数据)."""
    cuts = words.cuts_around(text, start, start + 1)
    if start == 0 or start in cuts or start + 1 not in cuts:
        return False
    word = text[max(c for c in cuts if c < start):start + 1]
    return _CHINESE_COUNT.fullmatch(word) is not None or words.tag(word) in _WORD_ENDING_TAGS \
        and words.frequency(word) >= th.common_word_freq


# “互联网+”, “人工智能+政务服务”: a quotation opened by a field and a plus sign,
# not the name of a programme (“互联网+”行动计划, which sets goals for the field)
_PLUS_QUOTE = re.compile(r"[+＋]([^“”「」+＋]{0,12})[”」](?!行动|工程|专项|计划)")


def _plus_action(text: str, start: int, end: int) -> bool:
    """A field opening a quotation with a plus sign names a way of applying it
    (推进“互联网+政务服务”, 顺应“互联网+”的发展趋势, “人工智能+”赋能), not the
    field; unless what the plus joins opens with a field too (“5G+工业互联网应用示范园区”,
    “5G+4K/8K+AI”: all are named)."""
    quoted = start > 0 and text[start - 1] in "“「" and _PLUS_QUOTE.match(text, end)
    if not quoted:
        return False
    joined = quoted.group(1)
    return not any(e.type == "Sector" for k in range(2, len(joined) + 1) for e in LEX.entries.get(joined[:k], ()))


_WARSHIP, _SHIP_WORDS = P["region"]["warship"], tuple(P["region"]["ship_words"])
_AREA_TERMS = tuple(P["region"]["area_terms"])
_DISTRICT_END_WORDS = tuple(P["region"]["district_end_words"])  # 区域: a district's 区 opening it names no district
_SEA_NAMES = frozenset(P["region"]["sea_names"])
_TOWN_PART_DISTRICTS = frozenset(P["region"]["town_part_districts"])
_SEA_UNITS = P["region"]["sea_units"]
_SEA_WORD_AFTER = re.compile(rf"(?:[东南西北中]部)?(?:{_alt(P['region']['sea_words'])})")
_SEA_UNIT_AFTER = re.compile(_alt(_SEA_UNITS))
_CITY_WATERS = frozenset(P["region"]["city_waters"])


def _names_the_sea(text: str, start: int, end: int) -> bool:
    """A sea's name that is also a place's short form (东海, 北海) names the sea where a word of the sea
    follows it (not 北海海域: the city's waters), a sea's unit is named by it, or another sea is listed beside it."""
    before = start >= 3 and text[start - 1] in LIST_JOINERS and text[start - 3:start - 1] in _SEA_NAMES
    after = text[end:end + 1] in LIST_JOINERS and text[end + 1:end + 3] in _SEA_NAMES
    waters = text[start:end] not in _CITY_WATERS and _SEA_WORD_AFTER.match(text, end)
    return bool(waters or _SEA_UNIT_AFTER.match(text, end) or before or after) and not _after_own_province(text, start, text[start:end])


def _after_own_province(text: str, start: int, key: str) -> bool:
    """The place's own province or city is written right before it (广西北海海域, 江苏东海)."""
    above = {r for e in LEX.entries[key] if e.type == "Region" for r in LEX.region_chain(e.name)[1:]}
    return any(e.name in above for k in range(2, 9) for e in LEX.entries.get(text[max(0, start - k):start], ()))
_DIVISION_LEVELS = ("prefecture", "county")  # cities and counties by their full names (海城市, 上城区)
_FOREIGN = _WORD_ONLY | {"InternationalOrganization"}
# Another country's capital (countries.tsv: a City whose parent is a country), read as a word of its own
CAPITAL_CITIES = frozenset(e.name for es in LEX.entries.values() for e in es
                      if e.subtype == "City" and any(x.subtype == "Country" for x in LEX.entries.get(e.parent, ())))
_NAME_DOTS = set("·•‧")  # 阿卜杜拉·阿曼: a transliterated personal name goes on
_HYPHENS = set("-－‐")  # 施奈德-阿曼 too, but 中国-东盟 joins two names
_NAME_DASH = {"—"}  # 托宁—施密特: one dash joins a double name after a title (two, ——, open an aside)
_NUMERALS_AFTER = re.compile(r"[\d一二三四五六七八九十百千几数]")


def _foreign_name_reading(text: str, start: int, end: int, country_end: int, name_end: int) -> bool:
    """A country's or an international body's name read as such, not as a
    piece of a transliterated personal name (施奈德-阿曼; but 东盟-中国 joins
    two names the lexicon knows), a ruler's title right after his country
    (文莱苏丹哈桑纳尔), or a direction and 约 before a number (以北约四百公里)."""
    joiner = text[start - 1:start]
    if joiner in _NAME_DOTS or joiner in _HYPHENS and start - 1 != name_end or start == country_end:
        return False
    return not (text[end - 1] == "约" and _NUMERALS_AFTER.match(text, end))


def _after_its_parent(text: str, start: int, e: Entry) -> bool:
    """The place holding the entry's is written right before it: a capital's country (英国伦敦, 法国巴黎), a district's city
    (洛阳老城区)."""
    return any(x.name == e.parent for k in range(2, _NAME_CONTEXT) for x in LEX.entries.get(text[max(0, start - k):start], ()))


def _under_its_parent(text: str, start: int, e: Entry) -> bool:
    """The district's city is written right before it, or before the districts of that city listed ahead of it
    (阳泉市城区、矿区、郊区; 西安市碑林区、新城区: not 北京城区、郊区, where 城区 is no district of 北京)."""
    if _after_its_parent(text, start, e):
        return True
    if start < 1 or not text.startswith(LIST_JOINERS, start - 1):
        return False
    end = start - 1
    return any(x.type == "Region" and x.parent == e.parent and _under_its_parent(text, end - k, x)
               for k in range(2, min(_NAME_CONTEXT, end + 1)) for x in LEX.entries.get(text[end - k:end], ()))


def _name_character_before(text: str, start: int) -> bool:
    """jieba's word before the span is one character its dictionary tags a noun (科|罗马 of 总统科罗马):
    the span ends a transliterated name that character opens; not 在|罗马, 赴|河内, 后|雅加达,
    乌兹别克斯坦|塔什干."""
    lo = max(0, start - _NAME_CONTEXT)
    toks = words.cut(text[lo:start + words.CONTEXT_AROUND])
    ends = list(accumulate(map(len, toks), initial=lo))
    if start not in ends or ends.index(start) == 0:
        return False
    before = toks[ends.index(start) - 1]
    return len(before) == 1 and words.tag(before).startswith("n")


_NAME_CONTEXT = 8  # characters cut before a span to find the word before it whole


def _names_in_one_word(text: str, start: int, end: int) -> bool:
    """The word jieba reads around the span is this name and another listed
    short name side by side (中办国办: 中办 + 国办), a place and an
    operator's word, its branch there (浙江电信, 湖南电信: 浙江 + 电信), a
    national system's unit named by its seat (兰州铁路局: 兰州 + 铁路局), or a
    province and a place in it (辽宁沈阳, 广西南宁, 上海浦东: _region_within)."""
    cuts = sorted(words.cuts_around(text, start, end))
    a, b = max(c for c in cuts if c <= start), min((c for c in cuts if c >= end), default=end)
    rest = text[end:b] if a == start else text[a:start] if b == end else ""
    name = text[start:end]
    return bool(rest) and (LEX.names(rest, "Organization")
                           or a == start and (rest in _OPERATORS or rest in _LOCAL_GOVERNMENT_BODIES)
                           and LEX.names(name, "Region")
                           or (_region_within(name, rest) if a == start else _region_within(rest, name)))


def _region_within(outer: str, inner: str) -> bool:
    """``inner`` names a region that ``outer`` (a listed region's name or short
    form) contains: 辽宁 + 沈阳, 湖南 + 长沙市."""
    return any(x.type == "Region" and y.type == "Region" and LEX.within(y.name, x.name)
               for x in LEX.entries.get(outer, ()) for y in LEX.entries.get(inner, ()))


_MEMBER_STATES = "国家"


def _member_states_after(text: str, start: int, end: int) -> bool:
    """An international body's name that jieba glues to 国家 after it (东盟国家领导人: 东盟国家 one word):
    the body is named, by its member states."""
    return text.startswith(_MEMBER_STATES, end) and _whole_word(text, start, end + len(_MEMBER_STATES))


_HEAD_TITLES = tuple(sorted(P["person"]["foreign_titles"], key=len, reverse=True))


def _head_title_after(text: str, start: int, end: int) -> bool:
    """An international body's name that jieba glues to its head's title after it (世界|银行行长金墉,
    新|开发|银行行长罗塞夫: 银行行长 one word): the body is named, with its head's post."""
    title = next((t for t in _HEAD_TITLES if text.startswith(t, end)), None)
    return title is not None and _whole_word(text, start, end + len(title))


def _whole_word(text: str, start: int, end: int) -> bool:
    """jieba cuts the text at both ends of the span."""
    cuts = words.cuts_around(text, start, end)
    return start in cuts and end in cuts


# jieba's tags of nouns (n, nr, ns, nt, nz, ng) and abbreviations (j): the words a name is made of
_NAME_NOUN_TAGS = ("n", "j")
_ITEM_FOLLOWERS = ("、", "等", "和", "及")  # what follows an item of a list
_ACTION_NOUN_TAGS = ("vn",)  # jieba's verbs used as nouns (发展, 变革): the word before a common noun they qualify
_LOCALIZER_TAG = "f"  # jieba's localizers (中, 下, 上): one after a word places in it, as after a common noun
_BODY_OWN_WORDS = tuple(P["organization"]["body_own_nouns"]) + tuple(P["organization"]["party_units"]) + tuple(_OWNER_WORDS)


def _stands_apart(text: str, start: int, end: int) -> bool:
    """A short name that opens other words and names (~中国电子 of 中国电子|信息, 中国电子学会;
    ~中电信 of 其中|电信) names its body only as a word of its own: jieba cuts at both ends, the
    word before is no noun it would go on (服务业|中电信), and the word after is no noun that
    would go on it (中国电子|材料行业协会, 中国电子|工业), unless that is the body's post, owner
    word, unit or seat (中国电子董事长, 中国电子旗下, 中国电子党组, 中国电子总部)."""
    cuts = sorted(words.cuts_around(text, start, end))
    if start not in cuts or end not in cuts:
        return False
    before = cuts[cuts.index(start) - 1] if cuts.index(start) else start
    if before < start and words.tag(text[before:start]).startswith(_NAME_NOUN_TAGS + _ACTION_NOUN_TAGS):
        return False  # 服务业|中电信; 产业变革|浪潮, 科技革命发展|浪潮: the common noun an action word qualifies
    after = cuts[cuts.index(end) + 1] if end < cuts[-1] else end
    if after - end == 1 and words.tag(text[end:after]) == _LOCALIZER_TAG:
        return False  # 产业变革浪潮|中, 数字化发展的浪潮|下: a localizer after a common noun, no body's name
    if text[end:after] == "、":
        # the next item a common noun that opens with no listed name: a list of goods (满载中国电子、瓷器、鞋帽)
        item = words.cut(text[after:after + 2 * words.CONTEXT_AROUND])[0]
        if words.tag(item).startswith(_NAME_NOUN_TAGS) and text.startswith(_ITEM_FOLLOWERS, after + len(item)) \
                and not any(item[:k] in LEX.entries for k in range(2, len(item) + 1)):
            return False
    return not (words.tag(text[end:after]).startswith(_NAME_NOUN_TAGS) and not _TITLE.match(text, end)
                and not text.startswith(_BODY_OWN_WORDS, end))


def _noun_runs_into(text: str, start: int, end: int) -> bool:
    """A short name that is also a common noun's head (<总台: 酒店|总台, 服务|总台, 江苏省|广播电视|总台, a front desk
    or another broadcaster) is that other thing where jieba does not cut it off or a noun right before runs on into
    it; after a verb, a preposition or a clause's start it names its body (在|总台, 依托|总台, ，总台)."""
    cuts = sorted(words.cuts_around(text, start, end))
    if start not in cuts or end not in cuts:
        return True
    at = cuts.index(start)
    before = cuts[at - 1] if at else start
    word = text[before:start]
    return before < start and words.tag(word) in _NOUNS_RUNNING_ON and (len(word) > 1 or words.tag(word) != "nt")


# 酒店 n, 广电 nz, 广播电视 nt, 服务 vn: nouns (and verbs as nouns) that run on; not one character jieba tags nt, the
# joiner 暨 (…创新产品暨|总台国重实验室)
_NOUNS_RUNNING_ON = {"n", "nz", "nt", "ns", "j", "vn"}


_COMPOUND_TAILS = set(P["region"]["country_compound_tails"])


def opens_as_country(name: str, country: str) -> bool:
    """``name`` opens with the country's name as a word, as the gazetteer reads
    it (德国|宝马公司, 越南共产党…); not another name it begins (马里兰大学, 印度洋…)."""
    return name.startswith(country) and len(name) > len(country) and _word_start(name, 0, len(country))


_NAMED_AFTER_COUNTY = tuple(P["region"]["named_after_county"])
_TITLE_OPENERS = ("《",)
_QUOTE_CLOSERS = ("”", "」")
_QUOTE_OPENERS = ("“", "「")


def _opens_another_name(text: str, start: int, end: int) -> bool:
    """A county's short form right after 《 or right before a word of a road or
    ship (closing quote or not: “江海”号) opens that other name."""
    rest = text[end + 1:] if text[end:end + 1] in _QUOTE_CLOSERS else text[end:]
    return text[start - 1:start] in _TITLE_OPENERS or rest.startswith(_NAMED_AFTER_COUNTY)


def _ends_a_quoted_name(text: str, start: int, end: int) -> bool:
    """The span closes a quotation that one or two other characters open (台风“桦加沙”): the last characters of
    another quoted name, no place."""
    return text[end:end + 1] in _QUOTE_CLOSERS and any(
        text[start - k - 1:start - k] in _QUOTE_OPENERS and all(HAN_CHAR.match(c) for c in text[start - k:start]) for k in (1, 2))


def _last_character_opens_word(text: str, start: int, end: int) -> bool:
    """jieba reads the span's first character alone and its last into a word that goes on after it
    (城市医疗集团和|县域医共体, 运转和|县委书记, 地级市和|县城城区): a conjunction before a county-level
    word, not the county 和县 (安徽和县, 马鞍山市和县 stay: jieba keeps the name one word)."""
    cuts = words.cuts_around(text, start, end)
    return start + 1 in cuts and end not in cuts


def _word_start(text: str, start: int, end: int) -> bool:
    """jieba cuts the text before the span, and after it too unless the word
    goes on with a word of its own (德国|总理), not into another name (印度|洋)."""
    cuts = words.cuts_around(text, start, end)
    return start in cuts and (end in cuts or text[end:end + 1] not in _COMPOUND_TAILS)


# -- policies -------------------------------------------------------------

_BRACKETED = re.compile(r"《([^《》]{2,})》")
_MEDIA_AFTER = re.compile(r"(杂志社|杂志|报社|出版社|日报|周刊)")


_POLICY_HEAD = re.compile(rf"(?:{_alt(P['policy']['heads'])})(?:\d{{4}}年?)?(?:[(（][^()（）]{{1,16}}[)）]){{0,2}}$")
_POLICY_VERB = re.compile(rf"(?:{_alt(P['policy']['verbs'])})了?\s*$")
STANDARD_NUMBER = P['policy']['standard_number']  # GB/T 35273-2020, T/CCSA 328-2021: a standard's number
_NUMBER_BEFORE = re.compile(rf"(?:{STANDARD_NUMBER})\s*$")
_NUMBER_OR_KIND_AFTER = re.compile(rf"\s*(?:[(（]\s*(?:{STANDARD_NUMBER})\s*[)）]|{_alt(P['policy']['standard_kinds'])})")


def _standard_after(text: str, end: int) -> bool:
    """A standard's number in brackets or its kind right after a title, the kind a word of its own: jieba cuts after
    it (《快递服务》国家标准, 《…》团体标准发布), not inside a longer word (《茉莉花》国际|标准舞, 国家|标准化工作)."""
    k = _NUMBER_OR_KIND_AFTER.match(text, end)
    return k is not None and (text[k.end() - 1] in _CLOSING_BRACKETS or k.end() in words.cuts_around(text, k.start(), k.end()))


_INNER_TITLE = re.compile(r"〈([^〈〉]{2,60})〉")
_CITED_IN = re.compile(rf"→\s*([A-Za-z0-9{CJK}]{{2,10}})\s*$")  # →C114《headline》: a digest cites a medium
_TALK_AFTER = re.compile(rf"的?(?:{_alt(P['policy']['talk_heads'])})")
_WORKS_AFTER = re.compile(rf"(?:等([^，,。；;：:、《》\s]*?))?(?:{_alt(P['policy']['works'])})")
_DOCUMENT_WORDS = tuple(P["policy"]["document_words"])  # the words that call titles documents (等法律法规保护作品)
_TALK_VERB = re.compile(rf"(?:{_alt(P['policy']['talk_verbs'])})了?\s*$")


def _titles_a_talk(text: str, title: re.Match) -> bool:
    """The 《…》 at ``title`` is a talk's title: a talk after it, a verb of giving one before it
    (发表了《…框架》的主题演讲); not a talk on a document (开展《…条例》的讲座)."""
    return _TALK_AFTER.match(text, title.end()) is not None \
        and _TALK_VERB.search(text, max(0, title.start() - 6), title.start()) is not None


@recogniser("policy.brackets.v1", needs=("《",))
def policy_in_brackets(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """《…》 names a policy when the title ends in a document's head noun
    (…条例, …方案, …规划) or follows an issuing verb, itself or as an item
    of the list of titles the verb governs (出台《…纲要》《中国制造2025》), not a
    programme, book or headline; a publisher's suffix after it (《旗帜》杂志社)
    or a medium citing it (→C114《…》) makes a medium; a talk's title
    (《…》的主题演讲) is none. A title quoted inside (〈河北省湿地保护条例〉)
    is a policy of its own. A standard's title is a document whatever its
    last word: its number before it or in brackets after it, or its kind
    after it (GB/T 35273-2020《…》, 《…》(GB 40879—2021), 《…》团体标准)."""
    text = sent.text
    listed_after = -1  # where the last title an issuing verb governs ends: a title joined to it is one too
    for m in _BRACKETED.finditer(text):
        if len(m.group(1)) > settings.thresholds.max_title:
            continue
        inner = _strip_quotes(m.group(1))
        after = _MEDIA_AFTER.match(text, m.end())
        cited = _CITED_IN.search(text, max(0, m.start() - 12), m.start())
        listed = _POLICY_VERB.search(text, max(0, m.start() - 8), m.start()) is not None \
            or listed_after >= 0 and text[listed_after:m.start()] in ("", *LIST_JOINERS)
        listed_after = -1
        standard = _NUMBER_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None \
            or _standard_after(text, m.end())
        if _titles_works(text, m, settings.thresholds):
            continue  # 发布《文明的荣光》《中国奇迹》等多个中法合拍影视项目: films, not documents
        if after:
            yield _mention(sent, "Organization", m.start(), after.end(), inner + after.group(1),
                           "policy.brackets.v1", subtype="Media")
        elif LEX.entries.get(inner) and LEX.entries[inner][0].type == "Organization" or _titles_a_talk(text, m):
            continue  # a listed body; a talk's title
        elif _POLICY_HEAD.search(inner) or listed or standard:
            listed_after = m.end() if listed else -1
            yield _mention(sent, "Policy", m.start(), m.end(), _INNER_TITLE.sub(r"\1", inner), "policy.brackets.v1",
                           subtype="Policy")
            for t in _INNER_TITLE.finditer(m.group(1)):
                a = m.start(1) + t.start(1)
                yield _mention(sent, "Policy", a, a + len(t.group(1)), t.group(1), "policy.brackets.v1", subtype="Policy")
            yield from _issued_inside(sent, m.start(1), m.end(1), "policy.brackets.v1")
        elif cited and not words.is_function_word(words.cut(cited.group(1))[-1]):
            yield _mention(sent, "Organization", cited.start(1), cited.end(1), cited.group(1), "policy.brackets.v1",
                           subtype="Media")


def _titles_works(text: str, title: re.Match, th: Thresholds) -> bool:
    """The title, or the list of titles it opens or is an item of, is called a film, a programme, a book or a
    medium right after it (《大国重器》纪录片; 《X》《Y》等多部国产影片): what the text says they are."""
    end = title.end()
    for n in _BRACKETED.finditer(text, title.end()):
        if text[end:n.start()] not in ("", *LIST_JOINERS):
            break
        end = n.end()
    kind = _WORKS_AFTER.match(text, end)
    between = kind.group(1) or "" if kind else ""
    return kind is not None and len(between) <= th.works_kind_span and not any(
        len(w) > 1 and (w.endswith(_DOCUMENT_WORDS) or _POLICY_HEAD.search(w)) for w in words.cut(between))


ISSUING = rf"关于(?:{_alt(P['policy']['issuing_verbs'])})"  # a notice's title issuing what follows (关于印发)
_ISSUED_INSIDE = re.compile(rf"{ISSUING}(?![〈《])(.{{4,60}}?)的(?:{_alt(P['policy']['issuing_heads'])})$")


def _issued_inside(sent: Sentence, a: int, b: int, source: str) -> Iterator[Mention]:
    """The document a notice issues, named in its title without 〈〉
    (…关于印发六盘水市新型基础设施建设三年行动方案(2022—2024年)的通知)."""
    m = _ISSUED_INSIDE.search(sent.text, a, b)
    if m and _POLICY_HEAD.search(m.group(1)):
        yield _mention(sent, "Policy", m.start(1), m.end(1), _strip_quotes(m.group(1)), source, subtype="Policy")


_NOTICE_TITLE = re.compile(rf"(?:[{CJK}（）() \u3000]{{2,{P['policy']['notice_issuers_chars']}}}?)?关于.{{2,100}}的(?:{_alt(P['policy']['notice_heads'])})")
_ISSUED_TITLE = re.compile(rf"^[^《》]*{ISSUING}《[^《》]+》的(?:{_alt(P['policy']['issuing_heads'])})$")  # …关于印发《X》的通知


@recogniser("policy.notice-title.v1", needs=("关于",))
def policy_notice_title(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A heading that is a 公文's title, its issuer first (市人民政府办公室关于
    印发…的通知) or left to the page it is on (关于组织开展…申报工作的通知): the
    document is that notice, and what it issues a document too, in 《》 or not
    (…关于印发《X》的通知 names the notice without the marks)."""
    text = sent.text.strip()
    if not sent.title_line or not _NOTICE_TITLE.fullmatch(text) or "《" in text and not _ISSUED_TITLE.search(text):
        return
    a = sent.text.index(text)
    if any(c in text[:text.find("关于")] for c in " \u3000") and not any(
            f.start == a and f.type in ("Organization", "Region") for f in found):
        return  # issuers a space apart open with a body or place (安徽省财政厅 安徽省经济和信息化厅关于…); 解读 关于…: a label
    yield _mention(sent, "Policy", a, a + len(text), _strip_quotes(text).replace("《", "").replace("》", ""),
                   "policy.notice-title.v1", subtype="Policy")
    yield from _issued_inside(sent, a, a + len(text), "policy.notice-title.v1")


_ADOPTING = tuple(P["policy"]["adopting_verbs"])
_ADOPTED_TITLE = Guarded(rf"关于[^，。；、：《》“”\s]{{2,60}}?的(?:{_alt(P['policy']['adopted_heads'])})(?![草（(])", needs=("关于",))


@recogniser("policy.adopted-decision.v1", needs=_ADOPTED_TITLE.needs)
def policy_adopted_decision(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A decision named without 《》 right after the verb that adopts it, the body
    that makes it opening the name where the text writes it (表决通过了全国人大常委会
    关于…的决定), or after 、 in the list that verb opens (…的决定、关于…的决定): the
    verb marks it a document adopted, not a draft (关于…的决定草案) nor a motion's aim."""
    text = sent.text
    taken = [(m.start, m.end) for m in found if m.type == "Policy"]
    bodies = {m.end: m.start for m in found if m.type == "Organization"}
    for m in _ADOPTED_TITLE.finditer(text):
        a = bodies.get(m.start(), m.start())
        before = text[:a].removesuffix("了")
        clause = text[max(text.rfind(c, 0, a) for c in "，。；：") + 1:a]
        if not (before.endswith(_ADOPTING) or before.endswith("、") and any(v in clause for v in _ADOPTING)) \
                or any(s < m.end() and a < e for s, e in taken):
            continue
        yield _mention(sent, "Policy", a, m.end(), text[a:m.end()], "policy.adopted-decision.v1", subtype="Policy")


_LAW_TITLE = re.compile(rf"[{CJK}0-9（）()]{{4,40}}(?:{_alt(P['policy']['law_heads'])})")
_PLAN_TITLE = re.compile(rf"[{CJK}0-9“”]{{4,40}}(?:{_alt(P['policy']['plan_title_heads'])})"
                         rf"(?:[（(]\d{{4}}[—–-]+\d{{4}}年?[)）])?")
# 江苏制定新规划, 我国将对…采取措施: a headline, no plan's title
_HEADLINE = re.compile(_alt(P["policy"]["verbs"] + P["relation"]["issues"] + P["policy"]["headline_words"]))


@recogniser("policy.title-line.v1", needs=tuple(P["policy"]["law_heads"] + P["policy"]["plan_title_heads"]))
def policy_title_line(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A heading that is nothing but a law's or a plan's name, opening with the
    region or state that makes it (河北省数据条例; 六盘水市新型基础设施建设三年
    行动方案(2022—2024年)): the document, or the text under it, is that law or plan."""
    text = sent.text.strip()
    if not sent.title_line or not (_LAW_TITLE.fullmatch(text) or _PLAN_TITLE.fullmatch(text)
                                and not _HEADLINE.search(text)):
        return
    a = sent.text.index(text)
    if text.startswith("中华人民共和国") or any(m.type == "Region" and m.start == a for m in found):
        yield _mention(sent, "Policy", a, a + len(text), _strip_quotes(text), "policy.title-line.v1", subtype="Policy")


_PROGRAMME_HEAD = rf"(?:{_alt(P['policy']['programme_heads'])})"
_PROGRAMME_ITEM = rf"[{CJK}A-Za-z0-9“”+]{{2,24}}?{_PROGRAMME_HEAD}(?=[，。；、和及等,;）)]|$)"
_GENERIC_HOLDERS = tuple(P["policy"]["generic_holders"])
_GENERIC_OPENERS = _GENERIC_HOLDERS + tuple(P["policy"]["generic_openers"])
_CAMPAIGN_HEADS = tuple(P["policy"]["campaign_heads"])
_VERB_JOINER = "并"  # 制定并开始实施…: a second verb follows
_NOT_ONE_NAME = re.compile(r"的|等|\d+多?项|[一二三四五六七八九十两几百千万多]项")  # a description or a bundle of several (百项重点工程, 汾河…等一系列工程)
_AFTER_PROGRAMME_VERB = Guarded(rf"(?:{_alt(P['policy']['programme_verbs'])})(?:好|了)?((?:{_PROGRAMME_ITEM}、)*{_PROGRAMME_ITEM})",
                                needs=P["policy"]["programme_verbs"])


@recogniser("policy.after-verb.v1", needs=tuple(P["policy"]["programme_heads"]))
def policy_after_verb(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """Plans and programmes named without 《》 right after the verb that
    issues or carries them out: 深入实施绿色制造提升工程; 先后印发A行动计划、
    B行动方案. The verb marks where the name starts."""
    text = sent.text
    taken = [(m.start, m.end) for m in found if m.type in ("Policy", "Event", "Organization")]
    for m in _AFTER_PROGRAMME_VERB.finditer(text):
        if _issued_by_several(text, m, found):
            continue
        pos = m.start(1)
        for item in m.group(1).split("、"):
            a, b = pos, pos + len(item)
            pos = b + 1
            if any(s <= a < e or s < b <= e for s, e in taken) or item.startswith(_GENERIC_OPENERS + LIST_JOINERS + (_VERB_JOINER,)) \
                    or _NOT_ONE_NAME.search(item) or _COUNT_OPENS.match(item):  # 制定和实施…方案, 制定并开始实施…: the verbs go on, no name starts
                continue
            yield _programme(sent, a, b, _strip_quotes(item), "policy.after-verb.v1")


_SEVERAL_ISSUERS = tuple(P["policy"]["several_issuers"])
_ISSUING_PROGRAMME_VERBS = tuple(P["policy"]["issuing_programme_verbs"])
# …unless they issue it together (沪苏浙等省市联合制定长三角…总体方案, 国家发展改革委会同多地出台…规划纲要): one document
_JOINTLY = tuple(P["relation"]["together"] + P["relation"]["partner_verbs"])


def _issued_by_several(text: str, m: re.Match, found: list[Mention]) -> bool:
    """The clause's places issue the plans as several (北京、上海等地相继制定|商业航天发展规划, 多地出台|…规划):
    each its own of that kind, no one named document; not where they issue it jointly (联合印发, 会同多地出台) or
    the plan's name opens with its place (长三角数字经济发展规划, 成渝地区双城经济圈建设规划纲要: a named one)."""
    clause = max((c.end() for c in _CLAUSE_START.finditer(text, 0, m.start())), default=0)
    before = text[clause:m.start()]
    return m.group().startswith(_ISSUING_PROGRAMME_VERBS) and any(w in before for w in _SEVERAL_ISSUERS) \
        and not any(w in before for w in _JOINTLY) \
        and not any(r.type == "Region" and r.start == m.start(1) for r in found)


# A drive named with its year (“剑网2021”行动, “云剑-2020”行动): that year's round of a campaign.
_YEARLY_DRIVE = re.compile(r"(?<!\d)(?:19|20)\d{2}行动$")


def _programme(sent: Sentence, a: int, b: int, name: str, source: str) -> Mention:
    """A programme carried out; a campaign (专项整治行动, “剑网2021”行动) is an Event held by its
    organiser (annotation.md)."""
    if name.endswith(_CAMPAIGN_HEADS) or _YEARLY_DRIVE.search(name):
        return _mention(sent, "Event", a, b, name, source, subtype=CAMPAIGN_SUBTYPE)
    return _mention(sent, "Policy", a, b, name, source, subtype="Programme")


# A five-year plan's name: the period, its field, 规划; the national plan's title joins the long-range
# aims (“十四五”规划和2035年远景目标纲要). 的/等 right after the period make a description or several
# plans (“十三五”的规划目标, “十四五”等规划), 期间 a time (“十四五”期间规划建设…; not 时期, which
# titles keep: 《“十三五”时期艺术创作规划》).
_FIVE_YEAR_PLAN = re.compile(rf"(“?十[一二三四五六七八九]五”?(?!的|等|期间)[{CJK}]{{0,16}}?(?:规划"
                             r"(?:和(?:\d{4}|[〇一二三四五六七八九]{4})年远景目标)?(?:建议|纲要)|规划))")
# A year's programme, or a quoted name; a quoted name with its head word may go on into a clause
# where jieba cuts after the head (“东数西算”工程已经全面启动, not “X”工程师): the last branch, also
# after words that go on past the head (推进“东数西算”工程建设, 实施“村村通”工程等), names the
# quote and its head alone.
_QUOTED_PROGRAMME = r"[“「][^“”「」]{2,16}[”」](?:行动|工程|专项行动|计划)"
# A programme's whole name in quotes, its head inside (“万人计划”, 人社部推出“雨露计划”, 海军的“蓝网工程”): the
# marks close the name, whatever follows (“万人计划”首批入选者), unless a head goes on after them (alternative 2's);
# not a head alone, a short reference to a plan named before (按照“行动计划”和“任务书”要求), a project's
# phase (“二期工程”), nor a discipline (“低空技术与工程”专业); nor words quoted as said (村民说：“这是一项民心
# 工程”; 他说，“…，终于完成了这项工程”): a name has no stop inside, opens with no pronoun, and no colon introduces it.
_QUOTED_WHOLE = (rf"(?<![：:])[“「](?!{_PROGRAMME_HEAD}[”」])(?![一二三四五六七八九十\d]+期工程)"
                 r"(?![这那我你他她它咱])[^“”「」，,。；;：:！!？?\s]{2,14}(?:计划|(?<![与和])工程)[”」](?!行动|工程|专项行动|计划)")
_PROGRAMME = Guarded(rf"(\d{{4}}年度?[{CJK}]{{2,14}}?(?:行动|工程|专项行动|行动计划)(?![{CJK}])|(?:[{CJK}A-Za-z0-9]{{2,8}})?{_QUOTED_PROGRAMME}(?![{CJK}])"
                     rf"|[{CJK}]{{2,8}}[“「][^“”「」]{{1,14}}(?:工程|行动)[”」](?![{CJK}])|{_QUOTED_PROGRAMME}|{_QUOTED_WHOLE})",
                     needs=("年", "“", "「"))
# 全面实施“5G+”计划, 大力开展“人工智能+”行动: the verb that carries a programme out, or holds it, is no part of its name
_PROGRAMME_VERB = re.compile(_alt(P["policy"]["programme_verbs"] + P["event"]["holds"]))
# …and before a quoted name a count opens, a verb that carries it out with its complement (共同实施好“十大伙伴行动”,
# 深入落实“十大伙伴行动”: the 新闻联播 items gave 好十大伙伴行动, 落实十大伙伴行动; review of session 25)
_CARRIES_OUT = re.compile(rf"(?:{_alt(P['policy']['programme_verbs'] + P['event']['holds'] + P['policy']['carries_out'])})好?")
_VERB_REACH = 4  # characters before the name's start searched for the verb the name's walk left stopped after
_NUMERAL_OPENS = re.compile(r"[\d一二三四五六七八九十百千两]")  # “一号工程”, “十大行动”, “百日行动”: a rank or count, named by its field
# A government's yearly work report; 施政报告, a special administrative region's chief executive's yearly policy address.
_WORK_REPORT = Guarded(r"(?:\d{4}年)?(?:政府工作报告|施政报告)", needs=("政府工作报告", "施政报告"))
# A named index, published yearly under its year (数字生态指数2020, “数字生态指数（2021）”).
_YEARLY_INDEX = re.compile(r"指数(?:\d{4}|[（(]\d{4}[)）])(?!\d)")


def _field_start(text: str, q: int, found: list[Mention], max_chars: int = 8) -> int:
    """Where the words before a quoted name that belong to it start (工业互联网“十百千万”工程): walking left over
    words, fields included (a field opens names), to the first other mention, and after the verb that carries the
    name out (全面实施“5G+”计划, 深入落实“十大伙伴行动”)."""
    stop = max((f.end for f in found if f.end <= q and f.type != "Sector"), default=0)
    a = _name_left(text, q, max_chars=max_chars, stop_at=stop)
    verb = list(_CARRIES_OUT.finditer(text, max(0, a - _VERB_REACH), q))
    return max(a, verb[-1].end()) if verb else a


_PLAN_FIELD_CHARS = 10  # 电动汽车充电基础设施“十四五”发展规划: the longest field before a period in the genre pages


def _plan_field_start(text: str, q: int, found: list[Mention], regions: dict[int, Mention]) -> int:
    """A five-year plan's field written before its quoted period (国际通信“十二五”规划, 上海市数字经济“十四五”发展规划,
    集成电路产业“十二五”发展规划): the field's words open the name, with the place before them; only where a field the
    lexicon names is among them (比重提前完成“十四五”规划, 围绕当地“十五五”规划: no field, the period opens the name)."""
    a = _field_start(text, q, found, max_chars=_PLAN_FIELD_CHARS)
    if not any(f.type == "Sector" and a <= f.start and f.end <= q for f in found):
        return q
    if a in regions and _own_place(regions[a]) and regions[a].subtype != "Country":
        return regions[a].start
    return a


_PROVINCE_OR_CITY = ("省", "市")  # the scope words a province's or a city's report or congress is written with


@recogniser("policy.programme.v1", needs=("规划", "行动", "工程", "计划", "政府工作报告", "施政报告", "指数"))
def policy_programme(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """Plans, programmes and yearly indexes named without 《》: “十四五”规划,
    天津市“十四五”规划, 2025年度智能工厂梯度培育行动, 工业互联网“十百千万”工程,
    数字生态指数2020."""
    text = sent.text
    inside = [(m.start, m.end) for m in found if m.type == "Policy"]
    regions = {m.end: m for m in found if m.type == "Region" and not m.scope}
    for m in _WORK_REPORT.finditer(text):  # 佛山市2022年政府工作报告: a government's yearly report
        if any(s <= m.start() < e for s, e in inside):
            continue
        if m.group().endswith("施政报告"):  # the chief executive's address, named alone (not 中国施政报告, a foreign press's words)
            yield _mention(sent, "Policy", m.start(), m.end(), m.group(), "policy.programme.v1", subtype="Policy")
        elif m.start() in regions:
            a = regions[m.start()].start
            yield _mention(sent, "Policy", a, m.end(), text[a:m.end()], "policy.programme.v1", subtype="Policy")
        elif text[m.start() - 1:m.start()] in _PROVINCE_OR_CITY:  # 省政府工作报告: the province's the text is about
            yield _mention(sent, "Policy", m.start() - 1, m.end(), "{}" + m.group(), "policy.programme.v1", subtype="Policy",
                           scope=text[m.start() - 1])
        else:
            yield _mention(sent, "Policy", m.start(), m.end(), m.group(), "policy.programme.v1", subtype="Policy")
    for m in _YEARLY_INDEX.finditer(text):  # its name: the words before 指数
        a = _name_left(text, m.start(), max_chars=12)
        if a < m.start() and not any(s <= a < e for s, e in inside):
            yield _mention(sent, "Policy", a, m.end(), text[a:m.end()], "policy.programme.v1", subtype="Index")
    for pattern in (_FIVE_YEAR_PLAN, _PROGRAMME):
        for m in pattern.finditer(text):
            a = m.start()
            if any(s <= a < e for s, e in inside) or pattern is _PROGRAMME and m.end() not in words.cuts_around(text, m.end() - 2, m.end()):
                continue
            if pattern is _FIVE_YEAR_PLAN and a in regions and _own_place(regions[a]) \
                    and regions[a].subtype != "Country":  # 天津市“十四五”规划; the country's plan is named without it
                a = regions[a].start
            elif pattern is _FIVE_YEAR_PLAN and text[:a].endswith(_GENERIC_HOLDERS):
                continue  # 编制实施行业“十五五”发展规划, 全省“十四五”规划: any body's plan, no named one (nor the country's)
            elif pattern is _FIVE_YEAR_PLAN and m.group().startswith("“"):
                a = _plan_field_start(text, a, found, regions)
            quote = next((q for q in "“「" if q in m.group()), None)
            if pattern is _PROGRAMME and quote and not m.group().startswith(quote):
                q = m.group().index(quote) + a
                if m.group().endswith(("”", "」")) and not _NUMERAL_OPENS.match(text, q + 1):
                    a = q  # 千兆光网“追光行动”: the quote holds the whole name, its head too; not 数字经济“一号工程”
                else:
                    a = max(a, _field_start(text, q, found))
            yield _programme(sent, a, m.end(), _strip_quotes(text[a:m.end()]), "policy.programme.v1")


_AGREEMENT_HEADS = P["policy"]["quoted_agreement_heads"]
_QUOTED_AGREEMENT = Guarded(rf"[“「][^“”「」，,。；;：:！!？?\s]{{2,24}}[”」](?:{_alt(_AGREEMENT_HEADS)})", needs=_AGREEMENT_HEADS)


QUOTED_AGREEMENT = "policy.quoted-agreement.v1"  # resolution: the tail of a longer title the text gives is that title


_AGREEMENT_SIGNING = P["relation"]["signs"]
_PARTIES_COUNTED = re.compile(rf"(?:\d+|[一二三四五六七八九十百千多几]+)个?(?:{_alt(P['policy']['agreement_party_counts'])})")
_AGREEMENT_CLAUSE_START = re.compile("[，。；：,;:！？!?]")


@recogniser(QUOTED_AGREEMENT, needs=_AGREEMENT_HEADS)
def policy_quoted_agreement(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """An agreement named by a quoted name and its kind right after the marks (签订“5G+创新应用”战略合作协议,
    签署“数字吉林”战略合作协议): a named document, as in 《》; not one inside a name already found. Only where the
    sentence tells a signing (率先实现“一带一路”合作协议在地区全覆盖: the quotes set off an initiative), and not after a
    count of parties (同周边25个国家签署共建“一带一路”合作协议: as many agreements of one kind)."""
    if not holds_one(sent.text, _AGREEMENT_SIGNING):
        return
    for m in _QUOTED_AGREEMENT.finditer(sent.text):
        clause = max((c.end() for c in _AGREEMENT_CLAUSE_START.finditer(sent.text, 0, m.start())), default=0)
        if _PARTIES_COUNTED.search(sent.text, clause, m.start()):
            continue
        if not any(f.type == "Policy" and f.start <= m.start() < f.end for f in found):
            yield _mention(sent, "Policy", m.start(), m.end(), _strip_quotes(m.group()), QUOTED_AGREEMENT,
                           subtype="Policy")


_QUOTE_MARKS = re.compile(r"[“”\"‘’「」]")


def _strip_quotes(text: str) -> str:
    return _QUOTE_MARKS.sub("", text).strip()


# -- government and party bodies -------------------------------------------

_ABBR = P["organization"]["abbreviations"]
_FUNC_BODY = re.compile(
    rf"(?:{_alt(P['organization']['functions'])})(?:{_alt(P['organization']['body_suffixes'])})|(?:{_alt(_ABBR)})")
# A task force's standing bodies; 联席会议办公室: the office of a joint conference (the conference itself is a mechanism).
_NATIONAL_ONLY_SUFFIXES = tuple(P["organization"]["national_only_suffixes"])
_TASK_OFFICES = ("领导小组办公室", "领导小组", "指挥部", "联席会议办公室")
_TASK_OFFICE = Guarded(rf"(?<![{CJK}])(自治区|[省市县区])([{CJK}]{{2,16}}?(?:{_alt(_TASK_OFFICES)}))", needs=_TASK_OFFICES)
_LOCAL_REGION_BODIES = frozenset(P["organization"]["local_region_bodies"])
_FIELD_AFTER = tuple(P["organization"]["local_region_body_not_before"])  # 安康市大数据中心投资: the field's
_REGION_BODY = re.compile(rf"(?:委(?:{_alt(k for k in _ABBR if k.startswith('网信'))})|{_alt(P['organization']['region_bodies'])})")
SCOPE_LEVELS = "省市县区州盟"  # 州/盟: an autonomous prefecture's or a league's own bodies (州工信局, 盟委)
# a county's level words as its name ends (惠民县 has a 县长, 南山区 a 区长) and as it calls itself (我县, 我区)
COUNTY_WORDS = ("县", "区")
_SCOPE = re.compile(f"[{SCOPE_LEVELS}]")
# Every body these patterns find ends in one of these characters (局, 厅,
# 委, 府...), or is a task office: a sentence without any has no body.
_BODY_ENDS = tuple(sorted({s[-1] for s in P["organization"]["body_suffixes"]} | {k[-1] for k in _ABBR}
                          | {s[-1] for s in P["organization"]["region_bodies"]} | set(_TASK_OFFICES)))
EXTENT_WORDS = frozenset(P["region"]["extent_words"])  # the whole of the region the context names (全省, 本市)
SCOPE_WORDS = EXTENT_WORDS | set(P["region"]["own_region_words"])  # a region the context names


def _expand(body: str) -> str:
    """Full form of an abbreviated body: 工信局 -> 工业和信息化局 (a body
    already written in full, 人民政府办公厅, stays as it is)."""
    for abbr in sorted(_ABBR, key=len, reverse=True):
        if body.endswith(abbr) and not body.endswith(_ABBR[abbr]):
            return body[: -len(abbr)] + _ABBR[abbr]
    return body


_PARTY_COMMITTEE = ("委", "党委")


def _body_name(prefix: str, body: str) -> str:
    full = _expand(body)
    if full.startswith(_PARTY_COMMITTEE):  # a party committee: 陕西省 + 委 (or 党委) -> 中共陕西省委
        return "中共" + prefix + full.removeprefix("党")
    return prefix + full


@recogniser("org.government.v1", needs=_BODY_ENDS)
def government_body(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """[region | 省/市/县/区] + function + suffix, and region + 政府/委/法院.

    海南省工信厅 -> 海南省工业和信息化厅 (located in 海南省); 市工信局 ->
    {city}工业和信息化局; 省委 -> 中共{province}委. An item of a list
    (省科技厅、国际经发局) takes the prefix of the item before it.
    """
    text = sent.text
    regions = {m.end: m for m in found if m.type == "Region" and m.subtype not in _WORD_ONLY
               and m.name not in CAPITAL_CITIES}  # 德国政府, 巴黎政府: no 人民政府
    if not regions and not _SCOPE.search(text):
        return  # every body found follows a region or 省/市/县/区 (its own, or the list item's before it)
    for m in _TERM.finditer(text):  # 河北省 + 第十四届 + 人民代表大会常务委员会: the body of every term
        if m.start() in regions and not text[:_chain_start(regions, regions[m.start()])].endswith(_CPPCC_OPENERS):
            regions[m.end()] = regions[m.start()]
    out: list[Mention] = []
    prefixes: dict[int, str] = {}  # a place's department by its start -> the place as its name writes it (广东省)
    for pattern in (_FUNC_BODY, _REGION_BODY):
        for m in pattern.finditer(text):
            a, b = m.start(), m.end()
            if text.startswith("门", b) and m.group().endswith("部"):
                continue  # 市统计部门, 经济和信息化部门: a kind of department, no one body
            region = regions.get(a)
            if m.group() in _LOCAL_REGION_BODIES and (text.startswith(_FIELD_AFTER, b) or region is not None and (
                    region.subtype not in _LOCAL_LEVELS or region.surface[-1:] not in _LEVEL_WORDS)):
                continue  # 粤港澳大湾区大数据中心, 丽水大数据中心项目, 安康市大数据中心投资: a zone's or a place's facility
                # or investment, no province's or city's institution, which is named with its level word (上海市大数据中心)
            party = text[a - 2:a] == "中共" if region is None else text[region.start - 2:region.start] == "中共"
            if m.group() == "委" and text.endswith(tuple(_DEMOCRATIC_PARTIES), 0, a - 1 if region is None else region.start):
                continue  # 民进上海市委会, 民盟市委: a democratic party's committee (org.party-local.v1), not the CPC's
            if region is not None:
                start = region.start - 2 if party else region.start
                name = _body_name(region.surface if region.surface.endswith("军分区") or _with_level_word(region) else region.name,
                                  m.group())
                if m.group() in ("军分区", "警备区"):
                    name = region.surface + m.group()
                out.append(_mention(sent, "Organization", start, b, name, "org.government.v1",
                                    subtype=_subtype(name), parent=region.name))
                if pattern is _FUNC_BODY and not party:
                    prefixes[start] = name[:len(name) - len(_expand(m.group()))]
            elif text.startswith(_AUTONOMOUS_SCOPE, a - len(_AUTONOMOUS_SCOPE)) and a >= len(_AUTONOMOUS_SCOPE) \
                    and not HAN_CHAR.match(text[a - len(_AUTONOMOUS_SCOPE) - 1:a - len(_AUTONOMOUS_SCOPE)]):
                # 自治区工信厅 in a 广西 story: the autonomous region's, as 省工信厅 is the province's
                out.append(_mention(sent, "Organization", a - len(_AUTONOMOUS_SCOPE), b, _body_name("{}", m.group()),
                                    "org.government.v1", subtype=_subtype(m.group()), scope="省"))
            elif a > 0 and text[a - 1] in SCOPE_LEVELS and _scope_ok(text, a - 1, settings.thresholds):
                scope = text[a - 1]
                out.append(_mention(sent, "Organization", a - 1, b, _body_name("{}", m.group()), "org.government.v1",
                                    subtype=_subtype(m.group()), scope=scope))
            elif pattern is _FUNC_BODY or m.group() in ("检察院", "人民检察院"):
                prev = out[-1] if out else None
                if prev is not None and prev.end < a and re.fullmatch(r"[、，,和及]", text[prev.end:a]) and prev.scope:
                    out.append(_mention(sent, "Organization", a, b, _body_name("{}", m.group()), "org.government.v1",
                                        subtype=_subtype(m.group()), scope=prev.scope))
                elif prev is not None and prev.parent and prev.start in prefixes and text[prev.end:a] in LIST_JOINERS \
                        and not m.group().endswith(_NATIONAL_ONLY_SUFFIXES):
                    # 广东省发改委、经信委、财政厅; 天津市工信局、交通运输委和公安局: the place's departments listed after
                    # its first are that place's (a bare 发改委 there is no national NDRC)
                    name = _body_name(prefixes[prev.start], m.group())
                    out.append(_mention(sent, "Organization", a, b, name, "org.government.v1", subtype=_subtype(name),
                                        parent=prev.parent))
                    prefixes[a] = prefixes[prev.start]
    for m in _TASK_OFFICE.finditer(text):
        if not any(o.start <= m.start() < o.end for o in out):
            scope = "省" if m.group(1) == _AUTONOMOUS_SCOPE else m.group(1)  # 自治区…办公室 in a 广西 story, as 省…
            out.append(_mention(sent, "Organization", m.start(), m.end(), "{}" + m.group(2), "org.government.v1",
                                subtype="GovernmentBody", scope=scope))
    yield from out


# What opens a CPPCC's name before its place and term (政协北京市昌平区第六届委员会, 中国人民政治协商会议X第N届委员会):
# the 委员会 after the term is the CPPCC, no party committee of the place.
_CPPCC_OPENERS = ("政协", "中国人民政治协商会议")


def _chain_start(regions: dict[int, Mention], region: Mention) -> int:
    """Where the run of places written one after another that ends with
    ``region`` starts (北京市昌平区: at 北京市); ``regions`` by their ends."""
    while region.start in regions:
        region = regions[region.start]
    return region.start


def _with_level_word(region: Mention) -> bool:
    """A region written short but with its level word (延边州 for 延边朝鲜族自治州;
    not 徐州, the plain short form of 徐州市): its bodies are named as written."""
    shorts = {r.short for r in LEX.regions_by_name.get(region.name, ())}
    return region.surface != region.name and region.surface not in shorts and region.surface[-1:] in _LEVEL_WORDS


_LEVEL_WORDS = "省市州县区旗盟"
ORDINAL_DIGITS = "一二三四五六七八九十百零〇\\d"  # what an ordinal's number is written with (第十四届, 第3次)
_TERM = Guarded(rf"第[{ORDINAL_DIGITS}]+届", needs=("届",))
_STANDING_COMMITTEE = "常务委员会"


@recogniser("org.congress.v1", needs=("人民代表大会" + _STANDING_COMMITTEE,))
def congress_of_committee(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A region's people's congress, named inside its standing committee's
    name (山东省第十届人民代表大会|常务委员会): a body of its own, the
    committee's parent."""
    for m in found:
        if m.type == "Organization" and m.source == "org.government.v1" and not m.scope \
                and m.name.endswith("人民代表大会" + _STANDING_COMMITTEE) and m.surface.endswith(_STANDING_COMMITTEE):
            end = m.end - len(_STANDING_COMMITTEE)
            yield _mention(sent, "Organization", m.start, end, m.name[:-len(_STANDING_COMMITTEE)], "org.congress.v1",
                           subtype="GovernmentBody", parent=m.parent)


_PARTY_DEPARTMENTS = P["organization"]["party_departments"]
_PARTY_DEPARTMENT = re.compile(rf"(?:{_alt(_PARTY_DEPARTMENTS)})(?!门)")  # 党委组织部门: a kind of department


@recogniser("org.party-department.v1", needs=tuple(_PARTY_DEPARTMENTS))
def party_department(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A working department of a local party committee, written right after
    it: 浙江省委 + 统战部 -> 中共浙江省委统一战线工作部 (a unit of 中共浙江省委),
    市委 + 宣传部 -> 中共{city}委宣传部."""
    for org in found:
        if org.type != "Organization" or org.source != "org.government.v1" \
                or not (org.name.startswith("中共") and org.name.endswith("委")):
            continue
        m = _PARTY_DEPARTMENT.match(sent.text, org.end)
        if m:
            yield _mention(sent, "Organization", org.start, m.end(), org.name + _PARTY_DEPARTMENTS[m.group()],
                           "org.party-department.v1", subtype="PartyOrganization", parent=org.name, scope=org.scope)


_CONGRESS_COMMITTEES = P["organization"]["congress_committees"]
_CONGRESS_COMMITTEE = re.compile(_alt(_CONGRESS_COMMITTEES))
_CONGRESSES = ("人民代表大会", "人民代表大会" + _STANDING_COMMITTEE)


@recogniser("org.congress-committee.v1", needs=tuple(_CONGRESS_COMMITTEES))
def congress_committee(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A committee of a people's congress or of its standing committee, written
    right after it (全国人大 + 宪法和法律委员会 -> 全国人民代表大会宪法和法律委员会,
    a unit of it; 全国人大常委会 + 法工委), the next ones a list names bare
    after it (全国人大宪法和法律委员会、农业与农村委员会), and one written bare again later in the sentence
    (全国人大宪法和法律委员会副主任委员A作的报告，宪法和法律委员会副主任委员B作的报告)."""
    text = sent.text
    named: dict[str, Mention] = {}  # a committee's written form -> its first mention after its congress
    last = 0
    for org in found:
        if org.type != "Organization" or not org.name.endswith(_CONGRESSES):
            continue
        m = _CONGRESS_COMMITTEE.match(text, org.end)
        start = org.start
        while m:
            mention = _mention(sent, "Organization", start, m.end(), org.name + _CONGRESS_COMMITTEES[m.group()],
                               "org.congress-committee.v1", subtype="GovernmentBody", parent=org.name, scope=org.scope)
            named.setdefault(m.group(), mention)
            yield mention
            last = max(last, m.end())
            if not text.startswith("、", m.end()):
                break
            m = _CONGRESS_COMMITTEE.match(text, m.end() + 1)
            start = m.start() if m else start
    for m in _CONGRESS_COMMITTEE.finditer(text, last) if named else ():
        first = named.get(m.group())
        # not the same committee of another congress, written after its name (全国人大财政经济委员会…，
        # 广东省人大财政经济委员会: the province's, which no rule here names)
        if first is not None and not _after_a_name(text, m.start(), found):
            yield _mention(sent, "Organization", m.start(), m.end(), first.name, "org.congress-committee.v1",
                           subtype="GovernmentBody", parent=first.parent, scope=first.scope)


def _after_a_name(text: str, pos: int, found: list[Mention]) -> bool:
    """Whether ``pos`` is right after a name (a mention ending there, a congress's short form: 广东省人大|,
    市人大常委会|) or a region's level word (…县|), which the words from ``pos`` go on."""
    return any(o.end == pos for o in found) or text.endswith(("人大", "常委会", _STANDING_COMMITTEE), 0, pos) \
        or pos > 0 and text[pos - 1] in _LEVEL_WORDS


# A country's one-character short form as the opener of its body's name (俄国防部, 美财政部): a
# partner's character (patterns.toml region.partner_characters), not one of a pair (中美, 美俄).
_PARTNER_CHARACTERS = P["region"]["partner_characters"]
_COUNTRY_INITIAL = rf"(?<![{_PARTNER_CHARACTERS}中])[{_PARTNER_CHARACTERS}]"
_COUNTRY_INITIAL_AT = re.compile(_COUNTRY_INITIAL)
_DEMOCRATIC_PARTIES = P["organization"]["democratic_parties"]
_FOREIGN_PARTY_HEADS = P["organization"]["foreign_party_heads"]
_CENTRAL_COMMITTEE = "中央委员会"
_COMMITTEE_WORD = "委员会"  # a committee's word in full, as its name is written (民建武汉市委: …武汉市委员会)
# The central committee's own organs, named after it (越南共产党中央政治局): not the CPC's.
_CENTRAL_ORGANS = tuple(P["organization"]["central_organs"])
# A foreign communist party by its short form: a country's one character + 共 (越共, 日共), not 中共.
_COMMUNIST_PARTY = "共产党"
_SHORT_COMMUNIST = rf"{_COUNTRY_INITIAL}共(?=中央)"
# The next post of one person's list of posts, held in another organ of the same central committee.
_NEXT_POST_ORGAN = re.compile(rf"[{CJK}]{{1,6}}?、(中央(?:{_alt(_CENTRAL_ORGANS)}))")
_PARTY_CENTRAL = Guarded(rf"({_alt(_DEMOCRATIC_PARTIES)}|{_alt(_FOREIGN_PARTY_HEADS)}|{_SHORT_COMMUNIST})"
                         rf"(中央(?:委员会|{_alt(_CENTRAL_ORGANS)})?)?",
                         needs=("中央", *_FOREIGN_PARTY_HEADS))


def _foreign_countries(found: list[Mention]) -> list[Mention]:
    return [m for m in found if m.subtype == "Country" and m.name != COUNTRY]


@recogniser("org.party-central.v1", needs=_PARTY_CENTRAL.needs)
def party_central_committee(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """Another party and its central committee: 民建中央 -> 中国民主建国会中央委员会;
    越南 + 共产党 -> 越南共产党, + 中央 -> 越南共产党中央委员会, + 中央政治局 ->
    越南共产党中央政治局 (under its central committee); by the short form 越共, the
    country of that character the document names (as 越方 is). Its 党中央 or 中央政治局
    is not the CPC's (the inner mention goes: it ends this longer one)."""
    text = sent.text
    countries = {m.end: m for m in _foreign_countries(found)}
    for m in _PARTY_CENTRAL.finditer(text):
        party, central = m.group(1), m.group(2)
        scope = ""
        if party in _DEMOCRATIC_PARTIES:
            if not central:
                continue  # the party itself: its short form alone (民进) is also a piece of other names (民进党)
            start, name, parent = m.start(), _DEMOCRATIC_PARTIES[party], ""
        elif m.start() in countries:
            start = countries[m.start()].start
            name = parent = text[start:m.end(1)]
            yield _mention(sent, "Organization", start, m.end(1), name, "org.party-central.v1", subtype="PartyOrganization")
        elif party not in _FOREIGN_PARTY_HEADS and central:  # 越共中央: the country the document names names the party
            start, name, parent, scope = m.start(), "{}" + _COMMUNIST_PARTY, "", party[0] + "方"
        else:
            continue  # 中国共产党中央委员会 is 中共中央委员会; a party of no country named: no one name
        if not central:
            continue
        committee = name + _CENTRAL_COMMITTEE
        if central.endswith(_CENTRAL_ORGANS):
            yield _mention(sent, "Organization", start, m.end(), name + central, "org.party-central.v1",
                           subtype="PartyOrganization", parent=committee, scope=scope)
        else:
            yield _mention(sent, "Organization", start, m.end(), committee, "org.party-central.v1",
                           subtype="PartyOrganization", parent=parent, scope=scope)
        organ = _NEXT_POST_ORGAN.match(text, m.end())
        if organ and party not in _DEMOCRATIC_PARTIES:  # 越共中央政治局委员、中央书记处书记: the same party's organ
            yield _mention(sent, "Organization", organ.start(1), organ.end(1), name + organ.group(1), "org.party-central.v1",
                           subtype="PartyOrganization", parent=committee, scope=scope)


# A democratic party's committee of a province, city or district, by the party's short form, the place (or its level
# word alone: the article's place) and 委 or 委员会 (民盟上海市委, 民建武汉市委, 民建武汉经济技术开发区委员会, 民盟市委 in a
# 上海 story, 民进上海市委会): the party's full name + the place + 委员会, as the parties' charters name it (中国民主同盟上海市委员会),
# not the CPC's committee of the place (中共武汉市委)
_PARTY_LOCAL = Guarded(f"({_alt(_DEMOCRATIC_PARTIES)})", needs=tuple(_DEMOCRATIC_PARTIES))
# 委员会, 委会 (民进上海市委会, 民建市委会: the parties' own short form; not 市委会议) or 委 alone
_LOCAL_COMMITTEE = re.compile(f"{_COMMITTEE_WORD}|委会(?!议)|委(?![员会])")


@recogniser("org.party-local.v1", needs=_PARTY_LOCAL.needs)
def party_local_committee(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """民建武汉市委 -> 中国民主建国会武汉市委员会 (located in 武汉市); 民盟市委 -> 中国民主同盟{}委员会,
    the article's city filled in."""
    text = sent.text
    regions: dict[int, Mention] = {}
    for m in found:  # the longest place that opens at each position (武汉经济技术开发区, not 武汉 in it)
        if m.type == "Region" and (m.start not in regions or m.end > regions[m.start].end):
            regions[m.start] = m
    for m in _PARTY_LOCAL.finditer(text):
        if m.start() not in words.cuts_around(text, m.start(), m.end()):
            continue  # the short form's first character closes another word (居民|建县委…): no party
        region = regions.get(m.end())
        if region is not None:
            end, place, scope = region.end, region.name, ""
        elif text[m.end():m.end() + 1] in SCOPE_LEVELS:
            end, place, scope = m.end() + 1, "{}", text[m.end()]
        else:
            continue
        committee = _LOCAL_COMMITTEE.match(text, end)
        if committee:
            yield _mention(sent, "Organization", m.start(), committee.end(),
                           _DEMOCRATIC_PARTIES[m.group(1)] + place + _COMMITTEE_WORD, "org.party-local.v1",
                           subtype="PartyOrganization", parent=region.name if region is not None else "", scope=scope)


# What the gazetteer names a government body by: a sentence with none has no other country's
_LISTED_GOVERNMENT_BODIES = tuple(key for key, entries in LEX.entries.items()
                                  if entries[0].type == "Organization" and entries[0].subtype == "GovernmentBody")


_CONCURRENT = "兼"  # 董事长兼首席执行官: one person's two posts
# What stands between another country and its ministry in a minister's posts: an opener (前, 代理) and
# posts held with the ministry's (副总理兼): 美国代理|国防部长, 新加坡副总理兼|财政部长, 新加坡前副总理兼|财政部长
_FOREIGN_OPENER_WORDS = _alt(P["person"]["foreign_title_openers"])
_FOREIGN_POSTS_BEFORE = (rf"(?:{_FOREIGN_OPENER_WORDS})?"
                         rf"(?:(?:{_alt(P['person']['foreign_titles'])}){_CONCURRENT}(?:{_FOREIGN_OPENER_WORDS})?)*")
_POSTS_BEFORE_BODY = re.compile(_FOREIGN_POSTS_BEFORE)


_POSTED_TO = "驻"  # 中国驻美国大使兼|外交部副部长: the country is where the envoy serves, the posts after it are not its


def _holds_the_posts(text: str, country: Mention, body_start: int) -> bool:
    """Whether the posts between another country and a ministry are that country's: not where 驻 opens
    the country (中国驻新加坡大使兼外交部…: China's envoy, China's ministry); right before the body, the
    country names it all the same (驻美国国防部武官: the body is 美国国防部)."""
    return country.end == body_start or not text.endswith(_POSTED_TO, 0, country.start)


def _foreign_body_start(text: str, country: Mention, body_start: int) -> int:
    """Where another country's body named after its posts opens: at the country where only an
    opener stands between (美国代理国防部), at the body's own words where a post held with it does
    (新加坡副总理兼|财政部: the country's all the same)."""
    return body_start if _CONCURRENT in text[country.end:body_start] else country.start


@recogniser("org.foreign-body.v1", needs=_LISTED_GOVERNMENT_BODIES)
def foreign_government_body(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """Another country right before a government body the lexicon lists (the country's own:
    国防部, 外交部, 商务部, 国务院) names that country's body, a body of its own: 俄罗斯国防部,
    美国商务部, 美国国务院; so does the country before a minister's posts held with the body's
    (新加坡副总理兼财政部长: 新加坡财政部, not China's); by its one-character short form (俄国防部),
    the country of that character the document names (as 俄方 is: resolution fills it in, or drops
    the name). The listed name inside goes: it ends this longer one, or is this one's span. The
    country it is named after is its parent: the body is located there (巴西政府 -> 巴西)."""
    text = sent.text
    countries = [m for m in _foreign_countries(found) if not m.scope]
    for body in found:
        if body.type != "Organization" or body.subtype != "GovernmentBody" or body.source != GAZETTEER:
            continue
        country = next((c for c in countries if c.end <= body.start and _POSTS_BEFORE_BODY.fullmatch(text, c.end, body.start)
                        and _holds_the_posts(text, c, body.start)),
                       None)
        initial = body.start - 1
        if country:
            yield _mention(sent, "Organization", _foreign_body_start(text, country, body.start), body.end,
                           country.name + body.surface, "org.foreign-body.v1", subtype="GovernmentBody", parent=country.name)
        elif initial >= 0 and _COUNTRY_INITIAL_AT.match(text, initial) \
                and _whole_word(text, initial, body.end):  # not 美最高法|院: a word of its own
            yield _mention(sent, "Organization", initial, body.end, "{}" + body.surface, "org.foreign-body.v1",
                           subtype="GovernmentBody", scope=text[initial] + "方")


FOREIGN_AGENCY = "org.foreign-agency.v1"  # the source of another country's agency, whose short forms resolution reads
_FOREIGN_AGENCY_KINDS = P["organization"]["foreign_agency_kinds"]
_FOREIGN_AGENCY = re.compile(rf"([{CJK}]+?)(?:{_alt(_FOREIGN_AGENCY_KINDS)})")
_LEGISLATURE_SOURCE = "org.legislature.v1"  # the source of a country's legislature, named in full or by its one character
_LEGISLATURES = P["organization"]["legislatures"]
_CHAMBERS = P["organization"]["legislature_chambers"]  # 参议院, 上院: after the legislature (美国国会参议院) or alone (津巴布韦众议院)
_LEGISLATURE = re.compile(rf"(?:({_alt(_LEGISLATURES)})(?:{_alt(_CHAMBERS)})?|(?:{_alt(_CHAMBERS)}))"
                          rf"(?!{_alt(P['organization']['legislature_not_before'])})")
_LEGISLATURE_INITIALS = _PARTNER_CHARACTERS + P["organization"]["legislature_initials"]
# 葡议会, 奥国民议会: a country's one character (not the second of a pair, 中俄议会合作委员会) + the kind
_SHORT_LEGISLATURE = re.compile(rf"(?<![{_LEGISLATURE_INITIALS}中])[{_LEGISLATURE_INITIALS}](?={_LEGISLATURE.pattern})")


_COUNTRY_WORD_END = "国"  # ends 日本国, whose 国 jieba's word takes from 国会


def _country_less_its_end_word(country: Mention) -> bool:
    """The country found is written with 国 after a name of its own that names it too (日本国: 日本), so that the
    国 may open its legislature's 国会 (日本国会); not 哈萨克斯坦共和国 (哈萨克斯坦共和 names nothing)."""
    short = country.surface.removesuffix(_COUNTRY_WORD_END)
    return short != country.surface and len(short) > 1 and any(
        e.type == "Region" and e.name == country.name for e in LEX.entries.get(short, ()))


@recogniser(FOREIGN_AGENCY, needs=(*_FOREIGN_AGENCY_KINDS, *_LEGISLATURES, *_CHAMBERS))
def foreign_agency(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """Another country right before its own words and an agency's kind names that country's agency,
    though no lexicon lists it: 美国国家安全局, 德国联邦统计局, 新加坡金融管理局, 埃及最高文物委员会. The
    words before the word that holds the kind are no verbs, particles or numerals (南非五国税务局长: several
    countries' heads), the kind ends a word (乌克兰危机|局势 does not) and is no two-character word's end (国内|政局,
    美国|当局), and no name found runs across them; a country after another and a pair's dash or joiner
    (中国－巴西高层协调与合作委员会, 中国和哈萨克斯坦合作委员会) is the partner in a joint body. Its legislature is
    named from the country written out straight to the kind, no own words between (韩国国会, 法国国民议会,
    澳大利亚联邦议会; not the building, 美国国会大厦), or from its one character (葡议会, 奥国民议会: the
    country the document names with that character, as for 葡方); a chamber after the kind or alone names the
    chamber (美国国会参议院, 英国议会下院, 津巴布韦众议院, 俄罗斯国家杜马, 澳参议院), and the legislature written before
    it is named too (美国国会 in 美国国会参议院)."""
    text = sent.text
    spans = [(m.start, m.end) for m in found if m.type in ("Organization", "Person", "Event")]
    ends = {m.end for m in found if m.type == "Region"}
    for country in _foreign_countries(found):
        legislature, surface = _LEGISLATURE.match(text, country.end), country.surface
        if not legislature and _country_less_its_end_word(country):  # 日本国|会: the 国 of 日本国 opens 国会
            legislature, surface = _LEGISLATURE.match(text, country.end - 1), surface[:-1]
        if legislature and not country.scope and len(surface) > 1:
            yield _mention(sent, "Organization", country.start, legislature.end(), surface + legislature.group(),
                           _LEGISLATURE_SOURCE, subtype="GovernmentBody", parent=country.name)
            if legislature.end(1) not in (-1, legislature.end()):  # 美国国会|参议院: the legislature its chamber is of
                yield _mention(sent, "Organization", country.start, legislature.end(1), surface + legislature.group(1),
                               _LEGISLATURE_SOURCE, subtype="GovernmentBody", parent=country.name)
        agency = _FOREIGN_AGENCY.match(text, country.end)
        if country.scope or not agency or country.start - 1 in ends and text[country.start - 1] in (*_DASHES, *WORD_JOINERS):
            continue
        a, b, end = agency.start(1), agency.end(1), agency.end()
        *own, last = words.cut(text[a:end])  # the words before the one that holds the kind (联邦|统计局)
        if b - a > settings.thresholds.max_foreign_agency or any(map(words.is_function_word, own)) \
                or len(last) == end - b + 1 or _NUMERALS_AFTER.search(text, a, b) \
                or end not in words.cuts_around(text, a, end) or any(s < end and e > country.start for s, e in spans):
            continue
        yield _mention(sent, "Organization", country.start, end, country.name + text[a:end], FOREIGN_AGENCY,
                       subtype="GovernmentBody", parent=country.name)
    for initial in _SHORT_LEGISLATURE.finditer(text):
        legislature = _LEGISLATURE.match(text, initial.end())
        if _whole_word(text, initial.start(), legislature.end()) \
                and not any(s < legislature.end() and e > initial.start() for s, e in spans):
            # by the country's one character (葡议会, 奥国民议会): the country of that character the document
            # names (as 葡方 is), filled in by resolution, or the name dropped
            yield _mention(sent, "Organization", initial.start(), legislature.end(), "{}" + legislature.group(),
                           _LEGISLATURE_SOURCE, subtype="GovernmentBody", parent="{}", scope=initial.group() + "方")
            if legislature.end(1) not in (-1, legislature.end()):  # 塔议会|上院
                yield _mention(sent, "Organization", initial.start(), legislature.end(1), "{}" + legislature.group(1),
                               _LEGISLATURE_SOURCE, subtype="GovernmentBody", parent="{}", scope=initial.group() + "方")


_JOINT_BODY_KINDS = P["organization"]["joint_body_kinds"]
_JOINT_BODY = Guarded(rf"中[{_PARTNER_CHARACTERS}]{{1,2}}(?![{_PARTNER_CHARACTERS}]|方|双方|两|三|各)([{CJK}]+?)(?:{_alt(_JOINT_BODY_KINDS)})",
                      needs=_JOINT_BODY_KINDS)
_CLAUSE_CHARACTERS = set("的在对将把被为从于是了也都就兼、")  # words of a clause, or a second post (兼), in no body's name


@recogniser("org.joint-body.v1", needs=_JOINT_BODY.needs)
def joint_body(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A body two countries set up together, named from the pair's short form (中 + the partner's
    initial: 中俄, 中新) to its kind (委员会, 理事会, 工作组): 中俄投资合作委员会, 中新双边合作联合委员会,
    中法企业家委员会. The pair opens a word (不|集中, 其中|俄方 do not); 中美双方, 中俄两国 are the two
    sides, no body's name."""
    text = sent.text
    bodies = [(m.start, m.end) for m in found if m.type == "Organization"]
    names = [(m.start, m.end) for m in found if m.type in ("Organization", "Region")]
    for m in _JOINT_BODY.finditer(text):
        a, b = m.span()
        pair_end, middle = m.start(1), m.group(1)
        cuts = words.cuts_around(text, a, pair_end)
        if len(middle) > settings.thresholds.max_joint_body or _CLAUSE_CHARACTERS & set(middle) \
                or middle.endswith(WORD_JOINERS) or a not in cuts or not any(a < c <= pair_end for c in cuts) \
                or any(a < s < pair_end < e for s, e in names) or any(s <= a < e or a < s and e == b for s, e in bodies):
            continue  # 中美洲, 中新网, 中老年, 中英文: 中 opens a longer word (中|柬政府 does not); 中|美国国会…,
            # 中|欧盟委员会: the partner's character opens a name found; 中新网北京电国家卫生健康委员会: the kind
            # is a body's found inside; 中美经贸磋商牵头人和工作组: a list's item
        yield _mention(sent, "Organization", a, b, text[a:b], "org.joint-body.v1", subtype=_org_subtype(text[a:b]))


_MISSIONS = P["organization"]["missions"]
_MISSION = Guarded(rf"驻([{CJK}]{{1,8}}?)(?:{_alt(_MISSIONS)})", needs=_MISSIONS)
_HOST_OF_ENVOYS = "华"  # 驻华: in China, its host written by its one character


@recogniser("org.mission.v1", needs=_MISSION.needs)
def diplomatic_mission(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A country's embassy or consulate, named 驻 + its host + its kind and opened by the country
    it serves where the text writes it (中国驻美国大使馆, 美国驻华大使馆, 驻西安总领事馆): the host is a
    place the text names (or 华), so 驻各国使馆 is no one mission. 驻华大使馆 alone says no country."""
    text = sent.text
    places = {(m.start, m.end): m for m in found if m.type == "Region"}
    countries = {m.end: m for m in found if m.subtype == "Country" and not m.scope}
    for m in _MISSION.finditer(text):
        host = m.group(1)
        country = countries.get(m.start())
        if m.span(1) not in places and not (host == _HOST_OF_ENVOYS and country):
            continue
        start = country.start if country else m.start()
        name = (country.name if country else "") + text[m.start():m.end()]
        yield _mention(sent, "Organization", start, m.end(), name, "org.mission.v1", subtype="GovernmentBody")


# The office of a national committee or leading group, by the usual short form: the level that
# sets it up + the group's two- or three-character abbreviation + 办 (国务院安委办, 国务院食安办,
# 中央文明办, 全国老龄办). The abbreviation is one word to jieba; a verb before 办 (举办, 主办,
# 将举|办) or a word 办 opens (办理, 办公) is no office.
_NATIONAL_LEVELS = P["organization"]["national_levels"]
_OFFICE_SHORT = Guarded(rf"(?<![{CJK}])({_alt(_NATIONAL_LEVELS)})([{CJK}]{{2,3}}?)办", needs=("办",))


@recogniser("org.office-short.v1", needs=_OFFICE_SHORT.needs)
def office_by_short_name(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """国务院安委办 is a body of its own, not 国务院: named as written (as the
    lexicon's 国务院扶贫办 would be without its full form), under the body of
    its level where one is found there (国务院)."""
    text, th = sent.text, settings.thresholds
    for m in _OFFICE_SHORT.finditer(text):
        a, b = m.start(), m.end()
        group = m.group(2)
        if words.cut(group) != (group,) or words.frequency(text[b - 2:b]) >= th.common_word_freq \
                or b not in words.cuts_around(text, a, b):
            continue
        if any(o.type == "Organization" and o.start <= a and o.end >= b for o in found):
            continue  # listed (国务院扶贫办, 中央网信办): the lexicon's full name
        level = next((o for o in found if o.type == "Organization" and (o.start, o.end) == m.span(1)), None)
        yield _mention(sent, "Organization", a, b, m.group(), "org.office-short.v1", subtype="GovernmentBody",
                       parent=level.name if level else "")


# A body of the party centre by its field (中央全面深化改革领导小组, 中央财经委员会): 中央 + the field + its head,
# from the 中央 nearest the head (中央组织部统一管理中央机构编制委员会 names the second).
_CENTRAL_BODY_HEADS = P["organization"]["central_body_heads"]
_CENTRAL_BODY = Guarded(rf"中央((?:(?!中央)[{CJK}]){{2,14}}?)(?:{_alt(_CENTRAL_BODY_HEADS)})", needs=_CENTRAL_BODY_HEADS)
# A field names what the body works on (应对疫情工作, 区域协调发展: verbs with their objects), with no
# preposition, adverb, numeral or pronoun (中央第三轮巡视将对…委员会), nor a verb setting a body up (中央成立…委员会).
_NOT_FIELD_TAGS = {"p", "d", "m", "r"}
_SETTING_UP = set(P["organization"]["founding_verbs"]) | set(P["organization"]["lead_verbs"])
# …nor a body's word (中央企业网络安全领导小组, 中央财经大学学术委员会: a group of those bodies, not the centre's)
_HOLDER_WORDS = set(P["organization"]["central_body_not_fields"])


CENTRAL_BODY = "org.central-body.v1"  # the source of a body of the party centre, whose name holds its field, not its seat


@recogniser(CENTRAL_BODY, needs=_CENTRAL_BODY.needs)
def central_party_body(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """中央 + a field + 领导小组/委员会 is the party centre's body, named as
    written, unless another body or person is named over its span (全国政协,
    中央统战部, the lexicon's 中央财经委员会) or its field is no field."""
    text = sent.text
    for m in _CENTRAL_BODY.finditer(text):
        a, b = m.span()
        if any(o.type in ("Organization", "Person") and o.start < b and o.end > a for o in found) \
                or any(words.tag(w) in _NOT_FIELD_TAGS or w in _SETTING_UP or w in _HOLDER_WORDS or w.endswith(_ORG_SUFFIX_ENDS)
                       for w in words.cut(m.group(1))):
            continue
        yield _mention(sent, "Organization", a, b, m.group(), CENTRAL_BODY, subtype="PartyOrganization")


_AUTONOMOUS_SCOPE = "自治区"


def _scope_ok(text: str, i: int, th: Thresholds) -> bool:
    """省/市/县/区 at ``i`` stands alone as "this province/city", not inside
    a word of two or three characters (城市, 超市, 上市, 省市; 直辖市, 开发区 in a
    notice's addressees: 各省、自治区、直辖市通信管理局 names no city's bureau)."""
    if i == 0:
        return True
    pair = text[i - 1:i + 1]
    if pair in SCOPE_WORDS:
        return False
    if i >= 2 and text[i - 1] not in SCOPE_LEVELS and words.frequency(text[i - 2:i]) >= th.scope_word_freq \
            and i in words.cuts_around(text, i, i + 1):
        return True  # 召开|市委专题会议: the character before closes a word of its own (召开), not 开市; not 各省|区党委
    return not any(HAN_CHAR.match(text[j]) and words.frequency(text[j:i + 1]) >= th.scope_word_freq for j in (i - 1, i - 2) if j >= 0)


def _closes_a_word(text: str, i: int, th: Thresholds) -> bool:
    """The character at ``i`` ends a word opened before it (资本 of 资本市场, 健全 of 健全市场体系): jieba cuts
    after it, not before, and the pair is a word (`scope_word_freq`)."""
    return i > 0 and words.frequency(text[i - 1:i + 1]) >= th.scope_word_freq \
        and i not in words.cuts_around(text, i, i + 1)


_PARTY_BODY = re.compile(r"中共|党组|党委|党支部|委员会办公室$|工委$|^中共|纪委")


def _subtype(name: str) -> str:
    if _PARTY_BODY.search(name) or name.endswith("委") and "中共" in name:
        return "PartyOrganization"
    return "GovernmentBody"


_CONTEXT_WORD = re.compile(r"(?:我|全|本)([市省])|我([县区])")


@recogniser("region.context-word.v1", needs=("市", "省", "县", "区"))
def context_region(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """我市/全市/本市 and 我省/全省 mention the document's own city or province;
    我县/我区 its county or district (我区与中国联通岳阳市分公司签订协议), in the first
    person only (全区 is as often an autonomous region's whole); not where 本/全 closes a word of the text
    before it (资本|市场, 健全|市场: _closes_a_word)."""
    for m in _CONTEXT_WORD.finditer(sent.text):
        if _closes_a_word(sent.text, m.start(), settings.thresholds):
            continue
        yield _mention(sent, "Region", m.start(), m.end(), "{}", "region.context-word.v1", scope=m.group(1) or m.group(2))


# A ministry's department named by itself before its head's title (，信息化推进司副司长洪京一; 部规划司司长X):
# in a ministry's text, a unit of that ministry (the 部 the document names; none where it names no 部).
# Not after 、, where a chain of posts runs on from the body named before (国家统计局新闻发言人、国民经济综合统计司司长).
_HEADED_DEPARTMENT = re.compile(rf"(?:^|(?<=[，。；：,;:\s]))部?([{CJK}]{{2,10}}?司)(?=副?司长)")
_NOT_IN_DEPARTMENT = re.compile("[的及等在是了]")
# 和 or 与 joining two fields of a department's name (规划与财务司, 信息化和软件服务业司), once, a word either side
_FIELD_JOINERS = ("和", "与")


HEADED_DEPARTMENT = "org.headed-department.v1"  # the source of a department named by itself, whose ministry resolution checks


@recogniser(HEADED_DEPARTMENT, needs=("司长",))
def headed_department(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """规划司司长X, 国际合作司副司长X, 部政策法规司司长X in a ministry's text:
    a department of the ministry, named after it (工业和信息化部规划司). A
    field named inside it (电子信息|司) is the department's field, no clash."""
    for m in _HEADED_DEPARTMENT.finditer(sent.text):
        if _NOT_IN_DEPARTMENT.search(m.group(1)) or not _fields_joined_once(m.group(1)) \
                or any(o.type != "Sector" and o.start < m.end(1) and m.start() < o.end for o in found):
            continue
        yield _mention(sent, "Organization", m.start(), m.end(1), "{}" + m.group(1), HEADED_DEPARTMENT,
                       subtype="GovernmentBody", scope="部")


def _fields_joined_once(name: str) -> bool:
    """A department's name with at most one 和/与, a word of two characters or
    more either side (规划与财务司, 信息化和软件服务业司; not 和平…司, A和B与C司)."""
    parts = re.split(f"[{''.join(_FIELD_JOINERS)}]", name)
    return len(parts) <= 2 and all(len(p) >= 2 for p in parts)


_STATE_WORD = "国家"
_STATE_ACTS = re.compile(rf"(?:^|(?<=[，,；;。：:\s]))(?:{_alt(P['region']['state_leads'])})?({_STATE_WORD})"
                         rf"(?=(?:{_alt(P['region']['state_acts'])}))(?!(?:{_alt(P['region']['state_acts'])})的)")  # 国家启动的: a modifier


@recogniser("region.state-subject.v1", needs=(_STATE_WORD,))
def state_as_subject(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """国家 opening a clause as the one who acts (同时，国家启动…; 下一步，国家将…; 今年国家要加快…) is
    the country, as 我国 is (annotation.md)."""
    for m in _STATE_ACTS.finditer(sent.text):
        if not any(o.start < m.end(1) and m.start(1) < o.end for o in found):
            yield _mention(sent, "Region", m.start(1), m.end(1), COUNTRY, "region.state-subject.v1", subtype="Country")


# 巴方, 法方: 方 after the first character of a country's name, not a common word (南方, 多方)
_COUNTRY_INITIALS = "".join(sorted({e.name[0] for es in LEX.entries.values() for e in es if e.subtype == "Country"}
                                   - {side[0] for side in P["region"]["own_side"]}))
_SIDE = re.compile(f"[{_COUNTRY_INITIALS}]方")
_NOT_SIDES = set(P["region"]["not_sides"])
_SIDE_GLUED_BEFORE = set(P["region"]["side_glued_before"])
_SIDE_GLUED_AFTER = set(P["region"]["side_glued_after"])


def _side_word(text: str, start: int, end: int) -> bool:
    """X方 is a word of its own: jieba cuts at both ends, or its HMM glued the
    side to the one preposition before it (同德方) or the one modal or
    preposition after it (柬方愿, 荷方为), and to nothing else."""
    cuts = words.cuts_around(text, start, end)
    if start in cuts and end in cuts:
        return True
    if start + 1 in cuts:
        return False  # 同意|方面: the first character closes another word
    if end in cuts:  # 同德方
        return text[start - 1:start] in _SIDE_GLUED_BEFORE and start - 1 in cuts
    return start in cuts and text[end:end + 1] in _SIDE_GLUED_AFTER and end + 1 in cuts  # 柬方愿


@recogniser("region.side.v1", needs=("方",))
def country_side(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """X方 in foreign-affairs news (中方愿同巴方…) is the country the article
    names whose name opens with X (resolution fills it in; the scope is X方)."""
    text = sent.text
    for m in _SIDE.finditer(text):
        if m.group() not in _NOT_SIDES and _side_word(text, m.start(), m.end()) \
                and not any(o.start < m.end() and m.start() < o.end for o in found):
            yield _mention(sent, "Region", m.start(), m.end(), "{}", "region.side.v1", subtype="Country", scope=m.group())


_UNION_SIDES = P["region"]["union_sides"]
_UNION_SIDE = re.compile(_alt(_UNION_SIDES))
_UNION_SIDE_NOT_BEFORE = tuple(P["region"]["union_side_not_before"])


@recogniser("organization.union-side.v1", needs=tuple(_UNION_SIDES))
def union_side(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A union of states' side written as a country's is (欧方愿同中方加强沟通): the union
    it stands for (patterns ``region.union_sides``), where it is a word as 巴方 is; not where it
    names a partner's people or firms (与会欧方企业家, 欧方股东: the European side of a business pair)."""
    for m in _UNION_SIDE.finditer(sent.text):
        if _side_word(sent.text, m.start(), m.end()) and not sent.text.startswith(_UNION_SIDE_NOT_BEFORE, m.end()) \
                and not any(o.start < m.end() and m.start() < o.end for o in found):
            entry = LEX.entries[_UNION_SIDES[m.group()]][0]
            yield _mention(sent, entry.type, m.start(), m.end(), entry.name, "organization.union-side.v1",
                           subtype=entry.subtype, iri=entry.iri)


_PROVINCE_ABBREVIATIONS = LEX.province_abbreviations
_ONE_CHAR = "".join(_PROVINCE_ABBREVIATIONS)
_ABBREVIATION_GROUPS = P["region"]["abbreviation_groups"]
_ABBREVIATION_RUN = Guarded(rf"(?<![{_ONE_CHAR}])(?:[{_ONE_CHAR}]、?)+[{_ONE_CHAR}](?={_alt(_ABBREVIATION_GROUPS)})",
                            needs=_ABBREVIATION_GROUPS)


@recogniser("region.abbreviations.v1", needs=_ABBREVIATION_GROUPS)
def province_abbreviations(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """Provinces named by their one-character abbreviations, in a run before
    a word that groups places: 港澳台同胞, 川渝两地, 港、澳、台地区. A run
    that is a name already found (辽宁地区, 京津冀地区) is left to it."""
    for m in _ABBREVIATION_RUN.finditer(sent.text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        for i in range(m.start(), m.end()):
            name = _PROVINCE_ABBREVIATIONS.get(sent.text[i])
            if name:
                yield _mention(sent, "Region", i, i + 1, name, "region.abbreviations.v1", subtype="Province")


_SEAT_WORD = "在"
_SEAT_ABBREVIATIONS = "".join(c for c in _ONE_CHAR if c not in P["region"]["abbreviation_seat_ambiguous"])
_ABBREVIATION_SEAT = Guarded(rf"(?<={_SEAT_WORD})[{_SEAT_ABBREVIATIONS}](?={_alt(P['region']['abbreviation_seat_acts'])})",
                             needs=(_SEAT_WORD,))
ABBREVIATION_SEAT = "region.abbreviation-seat.v1"  # measures: where an act takes place, no owner of figures


@recogniser(ABBREVIATION_SEAT, needs=_ABBREVIATION_SEAT.needs)
def province_abbreviation_seat(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A province or city named by its one-character abbreviation after 在 and
    before an act, where it takes place (…主题活动在京启动, 李强4日在沪出席,
    在渝签署; patterns.toml abbreviation_seat_acts): 在京津冀, 在京东 are other names; an abbreviation that is
    also a word or another place's (在新成立的, 在宁召开: abbreviation_seat_ambiguous) is left out."""
    for m in _ABBREVIATION_SEAT.finditer(sent.text):
        if not any(f.start < m.end() and m.start() < f.end for f in found):
            yield _mention(sent, "Region", m.start(), m.end(), _PROVINCE_ABBREVIATIONS[m.group()], ABBREVIATION_SEAT,
                           subtype="Province")


# The country's economic regions named in one run that writes their last words once:
# 东、中、西部和东北地区, 中部、西部和东北地区, 中部和西部地区 (each listed in regions_extra.tsv).
# Glued runs (中西部地区, 中东部地区) name one part of the country, one entity as the text
# names it (annotation.md: every distinct entity the text names): they are not split.
_MACRO_REGION_ITEM = re.compile(r"(?:东北|[东中西])部?")
# …and the four written short (东中西和东北四个地区, in a ministry's data release): 东中西 glued only before 和东北.
# The run may close with 区域 (东部、中部、西部和东北四个区域), or with no such word where it lists the
# country's three belts (东部、中部和西部业务总量分别增长…, 东、中、西部实际使用外资…): the three
# together are those regions, not a place's parts (东部与西部, 云南东部、贵州西部).
_MACRO_REGION_RUN = Guarded(rf"(?<![东中西北])(?:东中西部?(?=[、和与及]东北)|{_MACRO_REGION_ITEM.pattern})"
                            rf"(?:[、和与及]{_MACRO_REGION_ITEM.pattern})+(?P<closer>(?:[三四][个大])?(?:地区|区域))?",
                            needs=("地区", "区域", "东部", "西部"))
_THREE_BELTS = {"东", "中", "西"}
# a place the lexicon may not know, or one written by its level alone, closing right before the run: the
# belts are its parts (该省东部、中部和西部, 省内…, 青藏高原…, 四川盆地…, 长江流域…), not the country's
_PLACE_HEAD_BEFORE = re.compile(r"[省市县区州内境原地域岛]$")
_MACRO_REGION_WORDS = {"东北": "东北地区", "东": "东部地区", "中": "中部地区", "西": "西部地区"}
MACRO_REGIONS = "region.macro-regions.v1"  # measures reads a run of them as one list (东中西和东北四个地区)


@recogniser(MACRO_REGIONS, needs=_MACRO_REGION_RUN.needs)
def macro_regions(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """Each item of 东、中、西部和东北地区 names its economic region (东部地区 …);
    not where a place opens the run (内蒙古东部、东北地区东部, 伊朗西部和中部地区:
    parts of that place; the country's are these regions: 我国东部、中部、西部…).
    A run with no closing 地区 names them where it lists the three belts
    with 部 written (东部、中部和西部, 东、中、西部)."""
    text = sent.text
    for m in _MACRO_REGION_RUN.finditer(text):
        if any(r.type == "Region" and r.end == m.start() and r.name != COUNTRY for r in found):
            continue
        end = m.start("closer") if m.group("closer") else m.end()
        items = list(_MACRO_REGION_ITEM.finditer(text, m.start(), end))
        if not m.group("closer") and not (text[end - 1] == "部" and _THREE_BELTS <= {i.group().rstrip("部") for i in items}
                                          and not _PLACE_HEAD_BEFORE.search(text, 0, m.start())):
            continue
        for item in items:
            if any(f.start < item.end() and item.start() < f.end for f in found):
                continue
            entry = LEX.entries[_MACRO_REGION_WORDS[item.group().rstrip("部")]][0]
            yield _mention(sent, "Region", item.start(), item.end(), entry.name, MACRO_REGIONS,
                           subtype=entry.subtype, iri=entry.iri)


# 部, 局, 厅 standing alone before the body's party group: the body the text is about (部党组书记、部长X;
# 局党组成员、副局长X in a 通信管理局's news; 厅党组书记、厅长X in a 工信厅's)
CONTEXT_BODY_WORDS = tuple(P["organization"]["context_body_words"])
_CONTEXT_BODY = re.compile(rf"(?<![{CJK}])[{''.join(CONTEXT_BODY_WORDS)}](?=党组|机关党委)|集团公司(?:党组)?|(?<![A-Za-z0-9{CJK}])[本该]?公司(?!法|章程|债)(?=[{CJK}])")


@recogniser("org.context-body.v1", needs=("部", "局", "厅", "公司"))
def context_body(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """部党组 in a ministry's text is that ministry's party group (局党组 in a
    bureau's, 厅党组 in a department's); 集团公司 in
    a group's text is the group itself; 公司 opening a clause (上半年，公司
    移动通信服务收入…) in a company's report is that company."""
    for m in _CONTEXT_BODY.finditer(sent.text):
        if m.group().startswith("集团公司"):
            party = m.group().endswith("党组")
            yield _mention(sent, "Organization", m.start(), m.end(), "{}" + m.group()[4:], "org.context-body.v1",
                           subtype="PartyOrganization" if party else "Enterprise", scope="集团", parent="{}" if party else "")
        elif m.group().endswith("公司"):
            yield _mention(sent, "Organization", m.start(), m.end(), "{}", "org.context-body.v1",
                           subtype="Enterprise", scope="公司")
        else:
            yield _mention(sent, "Organization", m.start(), m.end(), "{}", "org.context-body.v1",
                           subtype="GovernmentBody", scope=m.group())


# a dateline: its outlet, the place and day, 电 (新华社北京7月8日电) or 讯 (福州新闻网8月8日讯, as news sites write it);
# a dateline cited by a repost (据新华社石家庄9月6日电): the citing word is no part of the outlet's name;
# the outlet apart from the place by a space, as 中新社 and 中新网 write it (中新社 北京7月31日电, 中新网 上海12月16日电:
# 3 of the genre pages and a storage page, stor audit, session 29; the place was else the subject of the report's figures)
DATELINE_GAP = rf"(?:[A-Za-z{CJK}]{{2,8}}[ \u3000]+)?"
_DATELINE = re.compile(rf"^\s*(?:{_alt(P['measure']['source_leads'])})?({DATELINE_GAP}[A-Za-z{CJK}]{{2,12}}?)(\d{{1,2}}月\d{{1,2}}日)[电讯]")
# an outlet that opens its report: 央视网消息, and a news site's 讯 with no day (光明网讯, 证券时报网讯, 青岛新闻网讯);
# outlets that file it together, listed with 、 before the last (中国经济导报、中国发展网讯: session 31)
_NEWS_OUTLET = rf"[A-Za-z{CJK}]{{1,10}}(?:网|台|社|报)"
_JOINT_OUTLET = re.compile(rf"({_NEWS_OUTLET})、")
_NEWS_FROM = re.compile(rf"^\s*((?:{_NEWS_OUTLET}、)*)({_NEWS_OUTLET})(?:{_alt(P['organization']['outlet_channels'])})?"
                        rf"(?:[(（][^()（）]{{2,8}}[)）])?(?:消息|讯)")
_SOURCE_LINE = re.compile(rf"(?:来源|稿源|出处)\s*[：:丨|]\s*([A-Za-z0-9{CJK}（）()]{{2,30}})")
_DATE_AFTER_SOURCE = re.compile(r"(?:19|20)\d{2}(?:年|[-/.]\d)")
_NOT_OUTLET = ("本台", "本网", "本报", "我台")  # the paper or station itself (a tuple: names end with them too)
# the bracket that closes a paragraph as its source, after the sentence's end or alone ((上证报), (央视新闻), (中新经纬APP)):
# an outlet where its name ends as one's does (patterns.toml signoff_outlet_ends), no reporter's sign-off ((李心萍))
_SIGNOFF_OUTLET_ENDS = frozenset(P["organization"]["signoff_outlet_ends"])
_SIGNOFF_OUTLET_END = re.compile(rf"(?:{_alt(_SIGNOFF_OUTLET_ENDS)})$")
_SIGNOFF_SOURCE = re.compile(rf"(?:^|(?<=[。！？!?”]))\s*[(（](?:{_alt(P['organization']['signoff_source_leads'])})?"
                             rf"([A-Za-z0-9{CJK}]{{2,12}})[)）]\s*$")  # (据新华社): 新华社
_DATELINE_CHANNELS = {"", *P["organization"]["dateline_channels"]}  # the place filed at, then the day or its channel's word
_OUTLET_ENDS = "网|台|社|报|新闻|电视"
_OUTLET_END = re.compile(rf"(?:{_OUTLET_ENDS})$")  # 新华社, 人民网, 中国新闻网, 澎湃新闻
# an outlet before its reporter (澎湃新闻记者从国铁集团获悉, (深圳特区报记者 杨明铭), 对证券时报记者表示): its name opens the
# sentence or follows a mark, or a word that governs it glued before it; not 记者们
_REPORTER_OPENS = "|".join(["^", r"(?<=[\s　(（,，。；;：:、·■！!？?])",
                            *(f"(?<={w})" for w in P["organization"]["reporter_outlet_openers"])])
_OUTLET_OPENS = re.compile(_REPORTER_OPENS)
_BEFORE_REPORTER = re.compile(rf"(?:{_OUTLET_ENDS})(?=(?:{_alt(P['organization']['reporter_words'])})(?!们))")
_OUTLET_CHARS_MAX = 10  # the longest outlet's name read before its reporter (济南广播电视台, 中央广播电视总台)
_OUTLET_CHARS = re.compile(rf"[A-Za-z{CJK}]{{2,{_OUTLET_CHARS_MAX}}}")
_GENERIC_OUTLETS = frozenset(P["organization"]["generic_outlets"])
_OUTLET_WORDS = 3  # the most words an outlet's name before its reporter is read with (封面|新闻, 济南|广播|电视台)
_NOT_OUTLET_TAGS = ("p", "c", "u", "r", "d", "m", "t")  # prepositions, conjunctions, particles, pronouns, adverbs, numerals, times
_OUTLET_SCOPES = frozenset(P["organization"]["outlet_scopes"])
_OUTLET_SCOPE_TAGS = ("s", "a", "b")  # 当地, 广大, 境内外, 省级: any outlet of a place or a kind


NEWS_SOURCE = "org.media.v1"  # the source of a report's outlet (dateline, 消息, 来源：)


_CHANNEL_WORD = "频道"
_CHANNEL_OWNERS = P["organization"]["channel_owners"]
# the broadcaster's name, then the channel's own words (综合, 财经, 多个: a count of channels) before 频道
_CHANNEL = Guarded(rf"(?:{_alt(_CHANNEL_OWNERS)})([{CJK}]{{2,6}}?){_CHANNEL_WORD}", needs=(_CHANNEL_WORD,))
_CHANNEL_COUNTS = re.compile(_alt(P["organization"]["channel_counts"] + P["organization"]["channel_breaks"]))
_CHANNEL_OWNER_SHORT = _CHANNEL_OWNERS[0]  # the broadcaster's short form, which a channel is named with (央视)


@recogniser("org.channel.v1", needs=_CHANNEL.needs)
def broadcast_channel(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A channel of the national broadcaster, named after it (央视综合频道, 中央电视台财经频道): an outlet, named with
    the broadcaster's short form whichever is written (央视财经频道); not a count of its channels (央视多个频道), nor
    words joined to the broadcaster (央视和地方频道)."""
    for m in _CHANNEL.finditer(sent.text):
        if not _CHANNEL_COUNTS.search(m.group(1)):  # the channel's own words, not the owner's
            yield _mention(sent, "Organization", m.start(), m.end(), _CHANNEL_OWNER_SHORT + m.group(1) + _CHANNEL_WORD,
                           "org.channel.v1", subtype="Media")


def _reporter_outlet(name: str, start: int, end: int, found: list[Mention]) -> bool:
    """An outlet's own name before its reporter, read from ``start`` to ``end``: not a kind of outlet (电视台记者,
    港澳台记者), nor the words of a clause before an outlet (来看本台记者, 请看总台记者 where 总台 is read already,
    生动讲述中国新闻记者): a few words, none a function word but a verb (澎湃|新闻)."""
    pieces = words.cut(name)
    return not name.endswith(_NOT_OUTLET) and name not in _GENERIC_OUTLETS and len(pieces) <= _OUTLET_WORDS \
        and not (len(pieces) > 1 and _outlet_scope(pieces[0])) and _OUTLET_END.sub("", name) != "" \
        and not any(words.tag(w).startswith(_NOT_OUTLET_TAGS) for w in pieces) \
        and not any(f.type == "Organization" and f.end == end and f.start > start for f in found)


def _credited_outlet(name: str, th: Thresholds) -> bool:
    """The name bracketed after a paragraph is an outlet's: it ends as one's does, with more before that end ((综合)报道),
    neither the paper itself ((本报)) nor a kind of outlet ((电视台)), and its last word is an outlet's word (上证|报,
    央视|新闻, 21世纪经济|报道, 经济|参考报, 无锡|日报), a rare or proper one, or the whole name (人民网): not a common
    word that only ends alike (工业互联网|平台, 农民专业|合作社, 统计|公报), nor a listed body or field of another kind
    (国家电网, 物联网)."""
    if not _SIGNOFF_OUTLET_END.search(name) or name in _NOT_OUTLET or name in _GENERIC_OUTLETS \
            or not _SIGNOFF_OUTLET_END.sub("", name):
        return False
    entry = LEX.entries.get(name)
    if entry:
        return entry[0].subtype == "Media"  # 上证报; not 国家电网 (a company), 物联网 (a field)
    last = words.cut(name)[-1]
    return last == name or len(last) == 1 or last in _SIGNOFF_OUTLET_ENDS or last in _GENERIC_OUTLETS \
        or words.tag(last) in PROPER_TAGS or words.frequency(last) < th.common_word_freq


def _outlet_scope(word: str) -> bool:
    """A word before an outlet's kind that makes it any outlet of a scope (当地|电视台, 中外|新闻, 市|广播|电视台),
    where a brand's first word is a name or a common word of no scope (澎湃|新闻, 封面|新闻, 上游|新闻, 甘肃|法制报)."""
    return word in _OUTLET_SCOPES or word in SCOPE_LEVELS or words.tag(word) in _OUTLET_SCOPE_TAGS \
        or word.startswith(_REFERENCE_OPENERS)


@recogniser(NEWS_SOURCE, needs=("电", "讯", "消息", "来源", "稿源", "出处", ")", "）", "记者"))
def news_source(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """Who a report comes from, never an actor in it: the outlet of a dateline
    (人民网北京3月9日电, 华龙网6月24日讯: the place inside is where it was filed), of
    央视网消息 and 光明网讯, the body after 来源：, the outlet a reporter is of (澎湃新闻记者从…获悉), and an
    outlet's name bracketed after a paragraph's last sentence (…增长率为60.3%。(上证报)). The dateline's mention
    covers the whole dateline, so nothing inside it is read as a subject."""
    text = sent.text
    m = _SIGNOFF_SOURCE.search(text)
    if m and _credited_outlet(m.group(1), settings.thresholds):
        yield _mention(sent, "Organization", m.start(1), m.end(1), m.group(1), NEWS_SOURCE, subtype="Media")
    for m in _BEFORE_REPORTER.finditer(text):
        # the shortest name that opens where a name may open (回答中新社记者: 中新社, not the clause before it)
        start = next((a for a in range(m.end() - 2, max(m.end() - _OUTLET_CHARS_MAX, 0) - 1, -1)
                      if _OUTLET_OPENS.match(text, a)), -1)
        name = text[start:m.end()] if start >= 0 else ""
        if _OUTLET_CHARS.fullmatch(name) and _reporter_outlet(name, start, m.end(), found):
            yield Mention("Organization", name, name, start, m.end(), sent.index, "Media", NEWS_SOURCE)
    m = _DATELINE.match(text)
    if m:
        place = next((r for r in found if r.type == "Region" and m.start(1) < r.start and r.end <= m.start(2)
                      and text[r.end:m.start(2)] in _DATELINE_CHANNELS), None)  # 中新网|四川|新闻|10月28日电
        outlet = text[m.start(1):place.start if place else m.end(1)].rstrip()
        entry = LEX.entries.get(outlet)
        if outlet not in _NOT_OUTLET and (_OUTLET_END.search(outlet) or entry and entry[0].subtype == "Media"):
            # the outlet, written as itself: the date and place after it are no name of it (no alias 新华社北京7月8日电);
            # so is 央视网 of 央视网消息 below
            yield Mention("Organization", outlet, outlet, m.start(1), m.end(), sent.index, "Media", NEWS_SOURCE)
    m = _NEWS_FROM.match(text)
    if m and m.group(2) not in _NOT_OUTLET and not words.is_function_word(words.cut(m.group(1) or m.group(2))[0]):  # 据当地气象台消息
        for joint in _JOINT_OUTLET.finditer(text, m.start(1), m.end(1)):
            yield Mention("Organization", joint.group(1), joint.group(1), joint.start(1), joint.end(1), sent.index, "Media",
                          NEWS_SOURCE)
        yield Mention("Organization", m.group(2), m.group(2), m.start(2), m.end(), sent.index, "Media", NEWS_SOURCE)
    for m in _SOURCE_LINE.finditer(text):
        if m.end() == len(text.rstrip()) or not HAN_CHAR.match(text[m.end():m.end() + 1]):
            name = m.group(1)  # the label (来源：) is no part of the body's name, nor an alias of it
            date = _DATE_AFTER_SOURCE.search(text, m.start(1) + 2)
            if date and date.start() < m.end(1):
                name = text[m.start(1):date.start()]  # 来源:漳州市发改委 2023年12月9日: the page's date, its space dropped
            if name.endswith(_CLOSING_BRACKETS) and not any(b in name for b in OPENING_BRACKETS):
                name = name[:-1]  # （文章来源：中国证券报）: the bracket closes the line's aside, not a name's
            name = name[:_source_end(sent, m.start(1), name)]
            yield _mention(sent, "Organization", m.start(1), m.start(1) + len(name), name, NEWS_SOURCE,
                           subtype=_source_subtype(name))


_SOURCE_LINE_FIELD = re.compile(rf"(?:{_alt(P['organization']['source_line_fields'])})[：:]")


def _source_end(sent: Sentence, start: int, name: str) -> int:
    """Where a source line's outlet ends in ``name`` (read from ``start``): at a space or line break of the raw text,
    which cleaning took out (来源:21世纪经济报道 21财经APP 夏旭田; 数据来源:中国移动采购与招标网 从中标金额来看), or
    where another field's label and colon follow (来源:法国里昂商学院时间:2021-03-10)."""
    end = start + len(name)
    gap = next((cs for cs, _ in sent.runs if start < cs < end and sent.raw(cs) > sent.raw(cs - 1) + 1), end)
    label = next((f.start() for f in _SOURCE_LINE_FIELD.finditer(sent.text, start, end + 3) if f.start() > start), end)
    return min(gap, label) - start


def _source_subtype(name: str) -> str:
    entry = LEX.entries.get(name)
    if entry and entry[0].type == "Organization":
        return entry[0].subtype
    if re.search(r"(?:网|台|社|报|杂志|新闻)$", name):
        return "Media"
    return _subtype(name) if name.endswith(_BODY_ENDS) else _org_subtype(name)


_SEA_UNIT = Guarded(rf"(?:{_alt(P['region']['sea_names'])})(?:{_alt(_SEA_UNITS)})", needs=_SEA_UNITS)


@recogniser("org.sea-unit.v1", needs=_SEA_UNIT.needs)
def sea_unit(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A national unit named by the sea it serves (东海救助局, 由北海航海保障中心…), where no longer name holds
    it (交通运输部东海救助局: its ministry's name right before it): a body of no place of that name. The sea's
    name opens a word (由|东海, 从|东海: not a word's last characters)."""
    text = sent.text
    for m in _SEA_UNIT.finditer(text):
        if m.start() in words.cuts_around(text, m.start(), m.end()) \
                and not any(f.start <= m.start() and m.end() <= f.end or f.end == m.start() for f in found if f.type == "Organization"):
            yield _mention(sent, "Organization", m.start(), m.end(), m.group(), "org.sea-unit.v1", subtype="GovernmentBody")


_LOCAL_GOVERNMENT_BODIES = tuple(P["organization"]["local_government_bodies"])
_LOCAL_BODY = re.compile(rf"(?:{_alt(P['organization']['local_bodies'] + list(_LOCAL_GOVERNMENT_BODIES))})")
_OPERATORS = set(P["organization"]["operator_names"])
# 移动物联网 -> 移动: each term an operator's word opens, with that word
_OPERATOR_TERMS = {term: next(op for op in _OPERATORS if term.startswith(op)) for term in P["organization"]["operator_word_terms"]}


def _operator_opens_term(text: str, start: int, end: int) -> bool:
    """The name ends with an operator's word that opens a term there (中国移动|物联网, 温州移动|物联网终端用户数,
    中国移动|支付市场规模, 其中移动|电话用户): the operator's word is the term's, no operator is named."""
    return any(text.endswith(op, start, end) and text.startswith(term, end - len(op)) for term, op in _OPERATOR_TERMS.items())


# A branch's officer written right after its name (陕西联通总经理X, 上海联通党委书记X): the name ends there.
_BRANCH_OFFICER = re.compile(rf"(?:{_alt(P['organization']['party_units'])})?(?:{_alt(P['person']['titles'])})")
_NO_LOCAL_BODIES = _WORD_ONLY | {"EconomicRegion"}  # countries, continents, parts of the country


@recogniser("org.local-body.v1", needs=P["organization"]["local_bodies"] + list(_LOCAL_GOVERNMENT_BODIES) + list(P["organization"]["operator_names"]))
def local_body(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A region's own body named by the region and a short word (南昌市科协,
    贵阳社科院, 深圳海关), and an operator's branch named by its place (杭州移动,
    常州电信) where jieba cuts the operator as a word of its own (not
    杭州|移动互联网)."""
    text = sent.text
    for r in found:
        if r.type != "Region" or r.scope or r.subtype in _NO_LOCAL_BODIES or r.name in CAPITAL_CITIES:
            continue  # a country's or continent's academy (非洲科学院), 东北地区海关, 巴黎政府: no local body
        m = _LOCAL_BODY.match(text, r.end)
        if m:
            name = r.surface + m.group()
            subtype = "GovernmentBody" if name.endswith(_LOCAL_GOVERNMENT_BODIES) else "ResearchInstitute" if name.endswith("院") \
                else "Association"
            yield _mention(sent, "Organization", r.start, m.end(), name, "org.local-body.v1", subtype=subtype,
                           parent=r.name)
            continue
        if text[r.end:r.end + 2] not in _OPERATORS:
            continue
        end = r.end
        while True:  # 新疆电信、移动、联通、铁塔公司: the operators listed after the first are the same place's
            toks = words.cut(text[end:end + 8])
            after = toks[1] if len(toks) > 1 else ""
            company_word = end > r.end and after == "公司"
            if end == r.end:
                ends_item = not after or not HAN_CHAR.match(after) or words.is_function_word(after) or after in _STOP_TOKENS \
                    or bool(_BRANCH_OFFICER.match(text, end + len(toks[0])))
            else:  # a later item ends the list's item: 成都电信和移动|支付企业 lists no second operator
                ends_item = not after or company_word or after in _OPERATOR_ITEM_ENDS or not HAN_CHAR.match(after) and not after[0].isalnum()
            if not (toks and toks[0] in _OPERATORS and ends_item) or _operator_opens_term(text, end, end + len(toks[0])):
                break  # (温州|移动物联网终端用户数: the term's first word, no branch)
            item_end = end + len(toks[0]) + (len(after) if company_word else 0)  # 铁塔公司: the item whole
            yield _mention(sent, "Organization", r.start if end == r.end else end, item_end, r.surface + toks[0],
                           "org.local-body.v1", subtype="Enterprise", parent=r.name)
            end = item_end
            if text[end:end + 1] not in LIST_JOINERS:
                break
            end += 1


_FOUNDED = Guarded(rf"(?:{_alt(P['organization']['founding_verbs'])})(?:了|起)?“?([^，,。；;、“”\s]{{2,20}}?"
                   rf"(?:{_alt(P['organization']['founded_suffixes'])}))(?![{CJK}])",
                   needs=P["organization"]["founding_verbs"])
# …its seat in brackets in it (国家（上海）新型互联网交换中心), where it is unveiled between it and the verb
# (联合国全球地理信息知识与创新中心在德清成立: a place the lexicon names)
_UNVEILED = Guarded(rf"(?:^|(?<=[，,。；;：:\s]))“?((?:[^，,。；;：:、“”\s（）()]|[（(][^，,。；;：:、“”\s（）()]{{2,6}}[)）]){{2,20}}?"
                   rf"(?:{_alt(P['organization']['founded_suffixes'])}))”?(?:在([^，。；：、“”\s（）()]{{2,8}}?))?"
                   rf"(?:正式)?(?:{_alt(P['organization']['unveiling_verbs'])})", needs=P["organization"]["unveiling_verbs"])
# Tags of the words of a clause, no name's, before the body it unveils (藏文…数据中心在|中国藏学研究中心揭牌,
# 习近平向|…中心成立大会, 标志着|…中心正式成立, 并共同为|…中心揭牌): prepositions, conjunctions, adverbs,
# particles, pronouns; but 与, 和, 及 join a name's fields (成像与智能技术实验室)
_CLAUSE_WORD_TAGS = {"p", "c", "d", "r", "u", "uj", "ul", "ud", "uz", "ug", "uv"}
_NAME_JOINERS = {"与", "和", "及"}
_FOUNDED_SUFFIXES = tuple(sorted(P["organization"]["founded_suffixes"], key=len, reverse=True))  # longest first: the one a name ends in


def _unveiled_start(text: str, m: re.Match, found: list[Mention]) -> int | None:
    """Where an unveiled body's name starts: after the last clause word before it (_CLAUSE_WORD_TAGS: 国家主席习近平向|
    可持续发展大数据国际研究中心成立大会, 标志着|国际红树林中心正式成立, 并共同为|比什凯克中国文化中心揭牌), the joiners 与,
    和, 及 aside (成像与智能技术实验室). None where the words before its last word are two bodies that build it
    (吉大通信与|吉林大学|共建…实验室揭牌), or hold a body's name whole (京津冀国家技术创新中心|雄安中心, a unit the unit
    recogniser names; 公共科研平台|崖州湾种子实验室, a kind before the name), or where it is unveiled is no place the
    lexicon names (该中心在去年成立)."""
    if m.group(2) and not any(o.type == "Region" and o.start == m.start(2) and o.end == m.end(2) for o in found):
        return None
    toks = words.cut(m.group(1))
    if any(t in _NAME_JOINERS and k + 1 < len(toks) and _BODY_WORD_END.search(toks[k + 1])
           or k < len(toks) - 1 and t.endswith(_FOUNDED_SUFFIXES) for k, t in enumerate(toks)):
        return None
    clause = [k for k, t in enumerate(toks) if words.tag(t) in _CLAUSE_WORD_TAGS and t not in _NAME_JOINERS]
    return _name_opening(text, m.start(1) + (sum(map(len, toks[:clause[-1] + 1])) if clause else 0), m.end(1), found)


_NEWS_DAYS = tuple(P["measure"]["news_days"])
# Tags of the words of a clause that stand before a place or body opening a name (李强|出席|上海国际能源交易中心揭牌
# 仪式, 双方共同|见证|北京市…中心揭牌, 今天上午|上海市大数据中心揭牌, 本周|三|…): verbs, times, numbers, persons
_BEFORE_NAME_TAGS = {"v", "t", "m", "nr", "nrfg"}


def _name_opening(text: str, start: int, end: int, found: list[Mention]) -> int:
    """Where an unveiled body's name opens, from where its clause's words before it end: after the time the clause
    opens with (近日|江苏省人工智能学会成立, 今天上午|…), and at the first place or body in it where a verb, a time, a
    number or a person stands before that (李强出席|上海国际能源交易中心揭牌仪式, 见证|北京市人工智能创新中心揭牌);
    not where the words before it are a name's (比什凯克中国文化中心, 国家（上海）新型互联网交换中心), nor where a place
    opens the name already (浙江支援四川发展研究中心: its verb is the name's)."""
    toks = words.cut(text[start:end])
    offsets = list(accumulate(map(len, toks), initial=start))
    k = 0
    while k < len(toks) - 1 and (words.tag(toks[k]) == "t" or toks[k].startswith(_NEWS_DAYS)):
        k += 1
    start = offsets[k]
    first = min((o.start for o in found if _own_place(o) and start <= o.start and o.end <= end), default=None)
    if first is not None and first > start and any(words.tag(t) in _BEFORE_NAME_TAGS for t, at in zip(toks, offsets) if start <= at < first):
        return first
    return start


_UNVEILED_SCOPES = frozenset(P["organization"]["unveiled_scopes"])


def _unveiled_kind(prefix: str, start: int, end: int, found: list[Mention]) -> bool:
    """What an unveiled body's name holds before its suffix is dictionary words only, none a place, a body or the
    scope it serves (应急指挥中心成立, 联合研发中心揭牌, 疫情防控领导小组成立: a kind that every town or firm sets
    up, no body's name; not 上海市大数据中心, 公安部…查控中心, 可持续发展大数据国际研究中心)."""
    return _common_words(prefix) and not any(t in _UNVEILED_SCOPES for t in words.cut(prefix)) \
        and not any(_own_place(o) and start <= o.start and o.end <= end for o in found)


_NOT_A_FOUNDED_NAME = re.compile(r"的|等|和|\d|各|一批|多个|首个|首家|第一家|专门|相关|有关|以上|上百|基础上|[一二三四五六七八九十两几]+[个家大级]")


@recogniser("org.founded.v1", needs=tuple(P["organization"]["founding_verbs"] + P["organization"]["unveiling_verbs"]))
def organization_founded(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A body named right after the verb that founds it, whole: 组建了船舶
    数字化转型工作组, 成立“智慧海洋协同创新平台”; or opening a clause right
    before the verb that founds or unveils it (上海市大数据中心揭牌). Not a kind
    (设立研发中心), a count (组建57个…联盟) or a description (以创新为导向的…)."""
    text = sent.text
    unveiled = [(start, m.end(1), False) for m in _UNVEILED.finditer(text) for start in [_unveiled_start(text, m, found)]
                if start is not None]
    for start, end, after_verb in chain(((m.start(1), m.end(1), True) for m in _FOUNDED.finditer(text)), unveiled):
        name = text[start:end]
        suffix = next(x for x in _FOUNDED_SUFFIXES if name.endswith(x))
        prefix = name[:-len(suffix)]
        if _NOT_A_FOUNDED_NAME.search(name) or len(prefix) < 2 or _generic_company(prefix, suffix, found, start, settings.thresholds) \
                or _names_a_kind(name) \
                or _common_words(prefix) and len(words.cut(prefix)) == 1 \
                or any(o.type == "Organization" and o.end == end and o.start <= start for o in found) \
                or not after_verb and _unveiled_kind(prefix, start, end, found):
            continue
        subtype = _org_subtype(name)  # a working group or platform is no enterprise; an unveiled body is read as the
        # suffix recogniser reads the same span, which it may find too (长三角（芜湖）智算中心揭牌运行: the 该中心 figures' company)
        yield _mention(sent, "Organization", start, end, name, "org.founded.v1",
                       subtype="Organization" if subtype == "Enterprise" and after_verb else subtype)


# -- units, companies and institutes ---------------------------------------

_VENUES = P["organization"]["venue_suffixes"]
ORG_SUFFIXES = P["organization"]["suffixes"] + _VENUES  # a name ending so is an organisation
_ORG_SUFFIX_ENDS = tuple(ORG_SUFFIXES)
_COMPANY = re.compile(rf"({_alt(ORG_SUFFIXES)})")
_AFTER_VISIT = re.compile(rf".*(?:{_alt(P['organization']['visit_words'])})")  # greedy: after the last such word
HAN_NUMERALS = "一二三四五六七八九十"  # 五院, 十八所: a number written in characters
# 吉林|一号, 北斗|三号: a craft's number after its name (read by measures too)
CRAFT_NUMBER = re.compile(rf"[{HAN_NUMERALS}]+{P['region']['craft_designation']}(?!{_alt(P['region']['craft_not_before'])})")
_NUMBERED_INSTITUTE = Guarded(rf"(?<![\d.{HAN_NUMERALS}])(\d{{1,3}}|[{HAN_NUMERALS}]{{1,3}})(所|院)(?![{CJK}]{{0,1}}[长内外里])",
                              needs=("所", "院"))


def _numbered_unit(text: str, start: int, end: int, found: list[Mention]) -> bool:
    """29所 names a unit where it follows its body (中国电科29所) or opens a
    clause or an item, and a verb, a function word or punctuation follows
    (29所将…, 29所承担). Elsewhere 所 and 院 are measure words: of the
    noun after them (160所乡镇中心学校, 建成10所鲁班工坊) or before them
    (成人高等学校248所, 建设高校147所). One numbered in characters only after its body
    (航天科技集团五院, 中电科十八所): 十所学校, 三院 alone are counts or a word."""
    after_body = any(o.type == "Organization" and o.end == start for o in found)
    opens = after_body or text[start].isdigit() and (start == 0 or text[start - 1] in _ITEM_DELIMITERS)
    following = words.cut(text[end:end + words.CONTEXT_AROUND])
    return opens and (not following or not HAN_CHAR.match(following[0]) or words.is_function_word(following[0]))


@recogniser(SUFFIX_RULE, needs=ORG_SUFFIXES + list(_NUMBERED_INSTITUTE.needs))
def organization_by_suffix(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """Names ending in a body's suffix (公司, 子集团, 药业, 研究院 …), their
    start found by walking back over name-like words; numbered institutes (29所)."""
    text = sent.text
    # A field named inside a company's name (机器人技术有限公司) does not end it.
    # Nor does a seat in brackets (乐聚(深圳)机器人技术有限公司).
    taken = sorted((m.start, m.end) for m in found if m.type != "Sector" and not m.scope and not (
        text[m.start - 1:m.start] in ("(", "（") and text[m.end:m.end + 1] in (")", "）")))
    found_bodies = [(m.start, m.end, m.type) for m in found if m.type in ("Organization", "Person", "Policy", "Event")]
    for m in _COMPANY.finditer(text):
        if any(s <= m.start() < e and e >= m.end() for s, e in taken) or _in_generic(text, m.start(), m.end()) \
                or m.group() in _WORD_SUFFIXES and _inside_another_word(text, m.start(), m.end(), settings.thresholds) \
                or _LEGAL_FORM.match(text, m.end()) or text.startswith(_READ_ON.get(m.group(), "\0"), m.end()) \
                or _common_word_goes_on(text, m.start(), m.end(), settings.thresholds) or _trade_word_across(text, m.start(), m.end()):
            continue  # 集团 + 有限公司: the name goes on; 27日|报道: no paper
        stop = max([e for s, e in taken if e <= m.start()], default=0)
        kind_end = _before_hospital_words(text, m.start(), stop) if m.group() == _HOSPITAL else m.start()
        start = _name_left(text, kind_end, max_chars=settings.thresholds.max_company_name, stop_at=stop)
        start = _past_field_in_name(start, stop, found)
        if start == m.start() and m.group() in _COMPANY_SUFFIXES:
            start = _name_before_trade(text, m.start(), stop, found, settings.thresholds.max_company_name)
        elif m.group() in _ASSOCIATION_SUFFIXES:  # 中国|演出|行业协会: the walk stopped at the field's verb
            start = _name_before_trade(text, start, stop, found, settings.thresholds.max_company_name - (m.start() - start),
                                       _ASSOCIATION_FIELD_VERBS)
        if m.group() in _FIELD_PAIR_SUFFIXES:
            start = _field_pair_start(text, start, m.start(), stop, found, settings.thresholds)
        bracket = _SEAT_IN_BRACKETS.search(text[:start])
        if bracket:  # a seat in brackets inside the name
            start = _name_left(text, bracket.start(), max_chars=settings.thresholds.max_name_before_seat)
        region = next((r for r in found if r.type == "Region" and r.end == start), None)
        if region is not None and not region.scope:
            start = region.start
            if m.group() in ("分公司", "分行", "支行"):  # 电信 + 安康 + 分公司
                start = _name_left(text, start, max_chars=6)
        if not bracket:  # the walk stopped at the seat's bracket or inside it (中国移动|(成都)产业研究院, 东软集团(|大连)有限公司)
            start = _before_bracketed_seat(text, start, m.start(), settings.thresholds)
        # A body written whole before this name (an item before it) bounds it; one
        # glued to it (云帆 + 数字技术（杭州）有限公司) is part of it.
        bodies_before = [e for s, e, t in found_bodies if e <= m.start() and (
            t != "Organization" or e == m.start() or text[e] in _ITEM_DELIMITERS)]
        legal = bool(_LEGAL_FORM.search(m.group()))
        if legal:
            start = min(start, _legal_name_left(text, m.start(), max(bodies_before, default=0), settings.thresholds))
        item = _list_item_start(text, m.end(), max(bodies_before, default=0), legal, settings.thresholds)
        if item is not None and item < start:
            start = item
        if legal or m.group() in _COMPANY_SUFFIXES:  # 工程机械龙头|徐工集团, 封测企业|长电科技…有限公司
            start = _after_kind_said(text, start, m.start(), named=True)
        start = _joined_name_start(text, start, m.start(), found, settings.thresholds)
        if text[start] == "国" or text[start] in _NUMERALS and "国" in text[start:m.start()]:
            while start > 0 and text[start - 1] in _NUMERALS:  # 二十国集团, 七国集团: the count is part of the name
                start -= 1
        date = _DATE_START.match(text, start, m.start())
        if date:  # 李克强15日到|国家粮食局科学研究院: a date and the visit's verb
            start = date.end()
            for tok in words.cut(text[start:m.start()]):
                if not (words.is_function_word(tok) or tok in _STOP_TOKENS):
                    break
                start += len(tok)
        opening = max(text.rfind("（", start, m.start()), text.rfind("(", start, m.start()))
        if opening >= 0 and not re.search(r"[)）]", text[opening:m.end()]):
            start = opening + 1  # 研究院（华信研究院, 4月16日讯（湖南日报: the name starts after a bracket it does not close
        visit = _AFTER_VISIT.match(text, start, m.start()) if m.group() in _VENUES else None
        if visit:  # 通过参观|航天展览馆: a venue's name follows the going there
            start = visit.end()
        start = _after_complement(text, start)
        copula = _DEMONSTRATIVE_COPULA.match(text, start, m.start())
        if copula:  # 这是|上海大学: jieba knows no word 这是, and the walk took it in
            start = copula.end()
        owned = _after_owner_word(text, start, m.end())
        if owned == m.end():
            continue  # 全资子公司, 中国移动子公司: a company by its owner, not by a name
        start = _after_time_word(text, owned, m.start())  # 徐工机械控股子公司|徐工汉云技术股份有限公司: the owner and its word are no part of the name
        start = _pair_start(text, start, found)
        start = _after_joined_party(text, start, m.start(), found)
        start += len(next((w for w in _GRADING_WORDS if text.startswith(w, start, m.start())), ""))  # 知名|安谋科技公司
        name = text[start:m.end()]
        if not legal and _LEGAL_FORM.search(name):
            continue  # …股份有限公司私人银行|部: a unit of the company, named with its unit word
        if _starts_inside_field(text, start):
            continue  # 更名为工业物|联网联盟, 有的是物|联网公司: jieba cut the field's name apart, and the walk stopped inside it
        if text[m.start() - 1:m.start()] == _FORMER and not _straddles(text, m.start() - 1, settings.thresholds):
            continue  # 天塔街道原党工委委员: a former post, in no body of that name (平原 is a word)
        if m.group() in _ZONE_BODIES and text[start:m.start()] in _ZONE_SUFFIXES and _EVERY_ZONE.search(text, 0, start):
            continue  # 全省开发区党工委书记、管委会主任, 各园区管委会: every zone's committees, no one body
        if m.group() in _COLUMN_SUFFIXES and any(
                start <= f.start and f.end <= m.start() for f in found if f.type == "Sector"):
            continue  # 5G行业动态日报: a newsletter on a field, no paper
        if start == m.start() or name in _GENERIC or name.startswith(_REFERENCE_OPENERS) or _names_a_kind(name) or len(name) < 3 \
                or _preposition_and_deictic(text[start:m.start()]) \
                or not HAN_OR_LATIN.search(text[start:m.start()]) \
                or _generic_company(text[start:m.start()], m.group(), found, start, settings.thresholds) \
                or _after_count(text, start) or _COUNT_OPENS.match(text, start, m.start()) or _COUNTED_CLASS.match(text, m.end()) \
                or not legal and _PLACES_COUNTED.search(text, start, m.start()) \
                or m.group() in _PLACE_NAMED_CENTRES and not _place_or_brand_opens(text, start, m.start(), found) \
                or m.group() == _HOSPITAL and not _hospital_name(text, start, m.start(), found) \
                or not legal and (_qualifier_opens(text[start:m.start()], settings.thresholds) or _graded_kind(text, start, m.start(), settings.thresholds)
                                  or _described_kind(text, start, m.start(), settings.thresholds)):
            continue
        yield _mention(sent, "Organization", start, m.end(), _strip_quotes(name), SUFFIX_RULE,
                       subtype=_org_subtype(name))
    for m in _NUMBERED_INSTITUTE.finditer(text):
        if _numbered_unit(text, m.start(), m.end(), found):
            yield _mention(sent, "Organization", m.start(), m.end(), m.group(), SUFFIX_RULE, subtype="ResearchInstitute")


def _past_field_in_name(start: int, stop: int, found: list[Mention]) -> int:
    """Where the walk back over a body's name goes on when it stopped at the end of a field found whose last word
    jieba tags a verb (中国|卫星导航|定位协会: 导航 v) or inside one whose first words it tags so (中国超高|清|视频产业联盟:
    超高 v, 清 t), and a place found opens right before the field: the field's start, so that the place opens the name
    (中国卫星导航定位协会, 中国超高清视频产业联盟); ``start`` where no place does (发展卫星导航产业联盟: the verb is the
    clause's, the rest a kind)."""
    field = next((m for m in found if m.type == "Sector" and m.start < start <= m.end and m.start >= stop), None)
    if field is None or not any(m.type == "Region" and not m.scope and m.end == field.start for m in found):
        return start
    return field.start


# An open-source project's community, named by the project's Latin name (openEuler 社区, OpenHarmony社区, TiDB 社区):
# the body of its developers and member companies, as the projects' news writes it; the name has a small letter
# (not an acronym: APEC社区, OS 社区 name no project), and 社区版 is the project's community edition.
COMMUNITY_WORDS = tuple(P["organization"]["community_words"])  # read by resolution too
_COMMUNITY = Guarded(rf"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9]*[a-z][A-Za-z0-9]*) ?(?:{_alt(COMMUNITY_WORDS)})"
                     rf"(?!版|{_alt(P['organization']['community_residential'])})",
                     needs=COMMUNITY_WORDS)


COMMUNITY_RULE = "org.community.v1"  # read by resolution: the project named alone is its community


@recogniser(COMMUNITY_RULE, needs=_COMMUNITY.needs)
def organization_community(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """An open-source project's community named by the project (openEuler 社区 -> openEuler社区)."""
    for m in _COMMUNITY.finditer(sent.text):
        yield _mention(sent, "Organization", m.start(), m.end(), m.group().replace(" ", ""), COMMUNITY_RULE,
                       subtype="Association")


# A count of places right before the suffix (原则同意两地交易所, 沪深两市交易所, 各地数据交易所): the bodies of
# several places, no one body; not 国 (七国集团, 二十国集团: the count is the name's).
_PLACES_COUNTED = re.compile(r"[两二三四五六七八九十几多各数]+[地市省区]$")
_PLACE_NAMED_CENTRES = frozenset(P["organization"]["place_named_centres"])
_MOST = "最"
_COUNT_CHARACTERS = set("0123456789一二三四五六七八九十百千万亿两几")  # a size opens the words (万卡, 千P): no place or brand


_HOSPITAL = P["organization"]["hospital_suffix"]
_HOSPITAL_WORDS = sorted(P["organization"]["hospital_name_words"], key=len, reverse=True)  # the longest first
_HOSPITAL_OPENING_TAGS = ("ns", "nz")  # jieba's tags for a place's and another proper name (华山, 朝阳)
_HOSPITAL_AREA_ENDS = tuple(P["organization"]["hospital_area_ends"])


_ORDINAL = re.compile(rf"第[{ORDINAL_DIGITS}]+")
_ENDING_ORDINAL = re.compile(_ORDINAL.pattern + "$")  # 第三人民医院: an ordinal before the kind


def _before_hospital_words(text: str, end: int, stop: int) -> int:
    """Where the kind's words and ordinals before 医院 begin (沧州|中西医结合|医院: jieba reads 结合 a verb;
    深圳市|第三人民|医院: an ordinal; the walk over a name's words stops at both)."""
    while True:
        kind = next((w for w in _HOSPITAL_WORDS if text.endswith(w, stop, end)), "")
        ordinal = _ENDING_ORDINAL.search(text, stop, end) if not kind else None
        if not (kind or ordinal):
            return end
        end -= len(kind) if kind else len(ordinal.group())


def _hospital_name(text: str, start: int, end: int, found: list[Mention]) -> bool:
    """The words before 医院 name one hospital: they open with a place or body found (not the country's) or a
    word jieba tags as a place's or knows not (华山, 朝阳), and go on only with bodies found or named, the kind's own
    words and ordinals (人民, 儿童, 第一附属), proper names or words it knows not (燕达); not a coined term in quotes
    (“无废医院”)."""
    if start > 0 and text[start - 1] in _QUOTE_OPENERS or text.endswith(_ORG_SUFFIX_ENDS, 0, start):
        return False  # a coined term; a body's name glued before it (香港大学|深圳医院): the walk stopped inside the name
    if text.endswith(_HOSPITAL_AREA_ENDS, start, end) and not any(
            m.type == "Region" and m.subtype == "City" and m.end == end for m in found):
        return False  # the hospitals of an area (北京地区医院, 西部地区医院, 偏远地区医院); a prefecture's (喀什地区医院) stays
    bodies = {m.start: m for m in found if m.type in ("Region", "Organization")}
    opening = bodies.get(start)
    if opening is not None:
        if text[start:opening.end] in _NOT_PLACES_TAGGED_PLACES:
            return False  # 新建医院 (a verb, the gazetteer's 新建区)
        pos = opening.end
        if opening.subtype == COUNTRY_SUBTYPE:  # the hospital of a national body (中国医学科学院|肿瘤医院), not 中国医院
            word_ends = accumulate(len(t) for t in words.cut(text[pos:end]))  # each word's end, counted from pos
            pos = next((pos + n for n in word_ends if text.endswith(_ORG_SUFFIX_ENDS, pos, pos + n)), None)
            if pos is None:
                return False  # 中国医院, 中日友好医院 (the country's initial)
    else:
        first = next(iter(words.cut(text[start:end])), "")
        if len(first) < 2 or first[:1] in _COUNT_CHARACTERS or first in _NOT_PLACES_TAGGED_PLACES or first.startswith(_REFERENCE_OPENERS) \
                or not (words.tag(first) in _HOSPITAL_OPENING_TAGS or first.endswith(_ORG_SUFFIX_ENDS)
                                  or words.frequency(first) == 0 and _HAN_RUN.fullmatch(first)):
            return False  # 智慧医院, 康复医院 (jieba: nr), 中西部中心医院 (nt), 云医院, 一到医院, 新建医院; 郑州大学第一附属医院 stays
        pos = start + len(first)
    while pos < end:
        if pos in bodies and bodies[pos].end <= end:
            pos = bodies[pos].end  # 武汉|华中科技大学|附属协和医院
            continue
        kind = next((w for w in _HOSPITAL_WORDS if text.startswith(w, pos, end)), "")
        if kind:
            pos += len(kind)  # 中西医结合 (jieba: 中西医|结合), 妇产|儿童
            continue
        tok = words.cut(text[pos:end])[0]
        if tok.startswith(_REFERENCE_OPENERS):
            return False  # 北京各大医院, 武汉相关医院: hospitals counted or pointed at, no name (jieba knows no 各大)
        if not (tok.endswith(_ORG_SUFFIX_ENDS) or _ORDINAL.fullmatch(tok) or _proper_or_unknown(tok)):  # 郑州|大学|第一|附属: a body's word, an ordinal
            return False  # 北京|大医院, 福州市|所有医院, 武汉|定点医院
        pos += len(tok)
    return True


def _place_or_brand_opens(text: str, start: int, end: int, found: list[Mention]) -> bool:
    """The words before a computing centre's suffix open with a place or body found, a word jieba
    tags as a proper name, or Han characters its dictionary does not know (a brand: 燧弘华创), not a
    field, and rank it with no superlative (长三角最大人工智能超算中心: a description)."""
    if _MOST in text[start:end] or any(c in text[start:end] for c in _CLOSING_BRACKETS) \
            and not any(c in text[start:end] for c in OPENING_BRACKETS):
        return False  # 中国移动(甘肃·庆阳)绿色智算中心: no name opens inside the brackets
    if any(m.start == start and m.type == "Sector" for m in found):
        return False  # 算力产业2000P智算中心: a field opens the words, a description
    first = next(iter(words.cut(text[start:end])), "")
    if first in _NOT_PLACES_TAGGED_PLACES or first[:1] in _COUNT_CHARACTERS:
        return False  # 城市算力中心, 新建智算中心 (a kind, a verb: jieba's ns, the gazetteer's 新建区); 万卡智算中心 (a size)
    opening = next((m for m in found if m.start == start and m.type in ("Region", "Organization")), None)
    if opening is not None:  # not a country's (中国智算中心相关投资: the country's centres, a kind)
        return opening.subtype != COUNTRY_SUBTYPE
    # not a verb and preposition jieba glues into a word it does not know (能为算力中心提供…)
    return words.tag(first) in PROPER_TAGS or bool(_HAN_RUN.fullmatch(first)) and words.frequency(first) == 0 \
        and words.tag(first[-1]) != _PREPOSITION_TAG


def _preposition_and_deictic(prefix: str) -> bool:
    """The words before the suffix are a preposition and a demonstrative
    (对本公司, 以该公司): a reference to the company the text is about, no
    name (not 和平公司: 平 points at nothing)."""
    return len(prefix) == 2 and prefix[0] in _LEADING_PREPOSITIONS and prefix[1] in _DEICTICS


_DEICTICS = set("本该此这其我贵")  # this, that, our, your: 本公司, 我公司, 贵公司


_TRADE_VERBS = set(P["organization"]["trade_verbs"])
_COMPANY_SUFFIXES = set(P["organization"]["trade_suffixes"])
_ASSOCIATION_FIELD_VERBS = _TRADE_VERBS | set(P["organization"]["association_field_verbs"])
_ASSOCIATION_SUFFIXES = set(P["organization"]["association_suffixes"])
# The text jieba cuts to find the trade word: the longest one and as many characters before it.
_TRADE_WINDOW = 2 * max(map(len, _ASSOCIATION_FIELD_VERBS))


def _name_before_trade(text: str, end: int, stop: int, found: list[Mention], longest: int,
                       trades: frozenset[str] | set[str] = _TRADE_VERBS) -> int:
    """Where a company's name starts when a trade word jieba tags as a verb
    ends it (许昌裕同印刷包装|公司, 江西出版|集团), or an association's where one
    of ``trades`` ends the words the walk read (中国|演出|行业协会): the walk goes
    on past the trade, and the words before it must hold a place or a brand (a
    word jieba does not know or tags as a name); a trade after common words
    names a kind (融资租赁公司, 旅游开发公司, 文物保护协会). ``end`` if none;
    ``longest``: the name's most characters, the trade included."""
    trade = next((t for t in words.cut(text[max(stop, end - _TRADE_WINDOW):end])[-1:] if t in trades), "")
    if not trade:
        return end
    start = _name_left(text, end - len(trade), max_chars=longest - len(trade), stop_at=stop)
    places = [r for r in found if _own_place(r, ("Region",))]  # 全国|出版集团: a kind
    start = next((r.start for r in places if r.end == start), start)  # 江西|出版集团
    brand = any(start <= r.start < end - len(trade) for r in places) or any(
        _proper_or_unknown(t) for t in words.cut(text[start:end - len(trade)]))
    return start if brand else end


_COMPANY_OWNER_WORDS = ("旗下", "全资子公司", "控股子公司", "全资孙公司")
_SUFFIX_WORDS = set(ORG_SUFFIXES)  # 该集团旗下: a body the text named before


@recogniser("org.owner.v1", needs=_COMPANY_OWNER_WORDS)
def organization_owner(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A name right before 旗下 or 控股子公司 (徐工机械控股子公司徐工汉云…) is
    a company's, whatever its last word: only a company owns subsidiaries.
    Not a name already found, a kind (该公司, 集团) or words of a clause."""
    text = sent.text
    for word in _COMPANY_OWNER_WORDS:
        at = text.find(word)
        while at > 0:
            start = _name_left(text, at, max_chars=settings.thresholds.max_owner_name)
            if _company_name_before(text, start, at, found, settings.thresholds):
                yield _mention(sent, "Organization", start, at, text[start:at], "org.owner.v1", subtype="Enterprise")
            at = text.find(word, at + len(word))


def _company_name_before(text: str, start: int, at: int, found: list[Mention], th: Thresholds,
                         rare_word: bool = False) -> bool:
    """The words from ``start`` to ``at``, before a word only a company goes with (旗下, 中标), are a company's name:
    long enough, no name already found over them, no reference (该公司), kind (集团) or dictionary words only, save
    (``rare_word``) one word jieba seldom sees, as a company's prefix is a brand (神州数码预计中标: 3)."""
    name = text[start:at]
    brand = rare_word and len(words.cut(name)) == 1 and words.frequency(name) < th.generic_word_freq \
        and not name.endswith(_KINDS_OF_BODIES)  # 民营企业: a kind jieba holds as one word
    return th.min_owner_name <= len(name) and bool(HAN_OR_LATIN.search(name)) \
        and not any(f.start < at and start < f.end for f in found) \
        and not name.startswith(_REFERENCE_OPENERS) and name not in _SUFFIX_WORDS and (brand or not _common_words(name))


_WINS = tuple(P["organization"]["winning_verbs"])
# 中标 or 中选 with the adverbs that may stand before it (共计中标, 独家中标): read by the winner rule here and by
# measures for the winner whose clause ends so (包三由湖南移动中标，成交金额…)
WIN = Guarded(rf"(?:{_alt(P['organization']['winning_adverbs'])})?(?P<verb>{_alt(_WINS)})", needs=_WINS)
_WINNER_OPENS = set(P["organization"]["winner_opens"])
_WINNER_ROLE = re.compile(_alt(P["measure"]["winner_roles"]))  # 包四中标的是华为云: the winner is named after the role
_WINNING_PAPER = re.compile(_alt(P["organization"]["winning_papers"]))  # 长江大桥中标结果: the thing tendered
_BIDDER_KINDS = set(P["organization"]["bidder_kinds"])  # 联合体中标: a kind of bidder, no name
_LOT_WORDS = _alt(P["organization"]["lot_words"])
_LOT_LABEL = re.compile(rf"第?[{ORDINAL_DIGITS}A-Za-z]+(?:{_LOT_WORDS})|(?:{_LOT_WORDS})[{ORDINAL_DIGITS}A-Za-z]+")  # 标包三, A包


@recogniser("org.winner.v1", needs=_WINS)
def organization_winner(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A name that opens a clause, a list's last item or 由's phrase right before 中标 or 中选 (中天科技中标14项, 亨通光电共
    中标6个项目, 四川虹信共计中标5个标包, 包三由湖南移动中标) is a company's, whatever its last word: only a bidder wins a
    tender; a place may open it (四川虹信, 湖南移动). Not a kind or a count of bodies (16家企业中标, 复合肥生产企业中标), words of a
    clause (…光缆集采中中标), a role whose winner follows (包四中标的是华为云), a name with digits (亨通光电2025年中标), nor
    one in Latin letters only, as often a product as a firm (TiDB 中标杭州银行核心系统数据库项目); nor the project or product
    whose tender's result follows (长江大桥中标结果公示, 鸿蒙系统中选名单), a kind of bidder (联合体中标后), a lot's label
    (标包三中标份额, A包中标金额) or one place word (华东中标金额最多). A short name a surname opens is still a firm's (包钢,
    马钢, 徐工中标: more often than a person's in such news)."""
    text, th = sent.text, settings.thresholds
    for win in WIN.finditer(text):
        at = win.start()
        start = max((i + 1 for i in range(max(0, at - th.max_owner_name - 1), at) if text[i] in _WINNER_OPENS), default=0)
        name = text[start:at]
        # a place opening the name (四川|虹信共计中标, 湖南|移动中标), not before a kind (中国|企业中标)
        places = [f for f in found if f.type == "Region" and start == f.start and f.end < at
                  and (text[f.end:at] in _OPERATORS or not _common_words(text[f.end:at]))]
        if (start > 0 or at <= th.max_owner_name) and len(name) >= th.min_owner_name and HAN_CHAR.search(name) \
                and not any(c.isdigit() for c in name) \
                and not _names_a_kind(name) \
                and not _WINNER_ROLE.match(text, win.start("verb")) and words.tag(words.cut(name)[-1]) != _LOCATIVE_TAG \
                and not _WINNING_PAPER.match(text, win.end()) and name not in _BIDDER_KINDS \
                and not _LOT_LABEL.fullmatch(name) and not (len(words.cut(name)) == 1 and words.tag(name) == PLACE_WORD_TAG) \
                and _company_name_before(text, start, at, [f for f in found if f not in places], th, rare_word=True):
            yield _mention(sent, "Organization", start, at, name, "org.winner.v1", subtype="Enterprise")


_FUNDS = tuple(P["organization"]["fund_suffixes"])
_SEAT_SUFFIX = Guarded(f"({_alt(P['organization']['seat_suffixes'])})(?![{CJK}]?[长员场])"  # 研究院院长, 分会会员, 分会场: no name ends so
                       f"|(?:{_alt(_FUNDS)})(?!{_alt(P['organization']['fund_suffix_not_before'])})",  # 基金会, 基金委: no fund
                       needs=[*P["organization"]["seat_suffixes"], *_FUNDS])
_FUND_WORD = re.compile(_alt(_FUNDS))  # in a field, the end of another fund's name (国家中小企业发展基金|实体基金): two names
_SHORT_NAME_SAID = "简称"
_FUND_POOLS = tuple(P["organization"]["fund_pool_fields"])


def _money_pool(text: str, suffix: re.Match) -> bool:
    """A fund named by a pool of insurance or security money (广东省社会保险基金, 浙江省医保基金): the region's
    money, no body of its own."""
    return suffix.group() in _FUNDS and text.endswith(_FUND_POOLS, 0, suffix.start())


_ALLIANCE = "联盟"  # an industry alliance is seated in a place, or paired (中国—东盟多式联运联盟)
_ACT_TAGS = {"v", "l", "i"}  # 湖南加快|湘江实验室, 安徽省充分发挥|国家实验室: the seat acts, it names nothing


@recogniser("org.seat-name.v1", needs=_SEAT_SUFFIX.needs)
def organization_after_seat(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A research body named from its seat or parent (江苏省 + 未来网络创新 +
    研究院, 北京大学 + 大数据分析与应用技术国家工程 + 实验室): the words
    between may be verbs and times the suffix walk stops at, never a
    function word, stop word, punctuation or another name."""
    text = sent.text
    seats = [m for m in found if _own_place(m)]
    for m in _SEAT_SUFFIX.finditer(text):
        for seat in sorted((s for s in seats if m.start() - settings.thresholds.max_seat_name <= s.end <= m.start() - 2), key=lambda s: -s.end):
            toks = words.cut(text[seat.end:m.start()])
            # A society's branch is named by its discipline (中国数学会 + 计算数学 + 分会).
            acts = words.tag(toks[0]) in _ACT_TAGS and not (seat.type == "Organization" and m.group() == "分会")
            # 与 right after the seat joins two parties (中国移动与|鹏城实验室): only inside the field is it a name's (设计与制造)
            # a short name in brackets ends the name before it (长江经济带产业基金（简称长江基金）): no field holds it, and
            # none opens with a bracket right after the seat (…投资基金股份有限公司(大基金一期): the seat's own short name)
            if acts or toks[0] == "与" or _SHORT_NAME_SAID in toks or text.startswith(OPENING_BRACKETS, seat.end) \
                    or _FUND_WORD.search(text, seat.end, m.start()) or _money_pool(text, m) \
                    or not _seat_words(toks) or any(
                    s.start < m.start() and seat.end < s.end for s in found if s is not seat and s.type != "Sector"):
                break
            start = next((s.start for s in seats if s.end == seat.start and s.type == "Region"), seat.start)
            start = _before_bracketed_seat(text, start, m.start(), settings.thresholds)
            paired = _pair_start(text, start, found)  # 中国－联合国和平与发展基金: the pair's, neither side's unit
            if paired == start and m.group() == _ALLIANCE and seat.subtype == "InternationalOrganization":
                break  # 土耳其愿再次加入欧盟关税联盟: a union of states's own pact (a customs union), no body it seats
            name = text[paired:m.end()]
            if _PLATFORM_KIND.search(name):
                break  # 粤港澳大湾区这三大国际科技创新中心, 新建省级技术创新中心: a kind, counted or by its level
            yield _mention(sent, "Organization", paired, m.end(), name, "org.seat-name.v1",
                           subtype=_org_subtype(name), parent=seat.name if seat.type == "Organization" and paired == start else "")
            break


# 我国光电信息顶级实验室: a kind of lab the country wants; 中方企业 the country's companies
_NATIONAL = set(P["measure"]["national_scope"]) | set(P["region"]["own_side"])


def _own_place(m: Mention, types: tuple[str, ...] = ("Region", "Organization")) -> bool:
    """A place or body of its own: not a scope word (全市, 省) nor the country's (全国, 我国)."""
    return m.type in types and not m.scope and m.surface not in _NATIONAL


_STATE = re.compile(_STATE_WORD)


@recogniser("org.state-name.v1", needs=_SEAT_SUFFIX.needs)
def organization_of_state(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A national body named 国家 + its field + suffix where a name may start
    (推动|国家数字化设计与制造创新中心): the field's words as in a seat's name,
    enough of them, not only degree words (国家重点实验室 is a kind)."""
    text = sent.text
    for m in _SEAT_SUFFIX.finditer(text):
        state = next((s for s in _STATE.finditer(text, max(0, m.start() - settings.thresholds.max_seat_name), m.start())), None)
        if state is None or m.start() - state.end() < settings.thresholds.min_state_field or not _name_may_start(text, state.start()) \
                or _FUND_WORD.search(text, state.end(), m.start()) or _money_pool(text, m) or any(f.start < m.end() and state.start() < f.end for f in found if f.type != "Sector"):
            continue
        toks = words.cut(text[state.end():m.start()])
        if words.tag(toks[0]) not in _ACT_TAGS and _seat_words(toks) and not all(t in _DOMAINS for t in toks) \
                and not _PLATFORM_KIND.search(text[state.start():m.end()]):  # 国家综合类技术创新中心: a kind of platform
            yield _mention(sent, "Organization", state.start(), m.end(), text[state.start():m.end()],
                           "org.state-name.v1", subtype=_org_subtype(m.group()))


_CENTRE = "中心"
# what 中心 opens after a city's name where it is the city's centre, no body's (中心城区, 中心区, 中心地带)
_PART_OF_A_CITY = re.compile("城区|城市|区|地带|地区|街区|位置")


@recogniser("org.state-centre.v1", needs=(_CENTRE,))
def organization_of_state_in_city(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A national centre of a field named by the city that hosts it, the
    city between the field and 中心 (国家超级计算长沙中心, 国家超算天津中心):
    one body, so its field word is no Sector of the text's."""
    text = sent.text
    for city in found:
        if city.type != "Region" or not _own_place(city, ("Region",)) or not text.startswith(_CENTRE, city.end) \
                or _PART_OF_A_CITY.match(text, city.end + len(_CENTRE)):
            continue  # 国家森林城市长沙中心城区, 国家体育场北京中心区: the city's centre, after a title of the city or a venue
        state = text.rfind(_STATE_WORD, max(0, city.start - settings.thresholds.max_seat_name), city.start)
        field = text[state + len(_STATE_WORD):city.start]
        # where the name may start, or wherever the field is one the text names (送往|国家超级计算成都中心,
        # 今年以来|国家超算成都中心): no act of the state's (国家支持长沙中心城区) is a field
        field_named = any(f.type == "Sector" and f.start == state + len(_STATE_WORD) and f.end == city.start for f in found)
        if state < 0 or len(field) < 2 or not (field_named or _name_may_start(text, state)) or any(
                f.start < city.start and state < f.end for f in found if f.type != "Sector"):
            continue
        toks = words.cut(field)
        if words.tag(toks[0]) not in _ACT_TAGS and _seat_words(toks) and not all(t in _DOMAINS for t in toks):
            end = city.end + len(_CENTRE)
            yield _mention(sent, "Organization", state, end, text[state:end], "org.state-centre.v1", subtype=_org_subtype(_CENTRE))


def _name_may_start(text: str, i: int) -> bool:
    """At the text's start, after punctuation, or after a verb that puts a name after it."""
    if i == 0 or text[i - 1] in _ITEM_DELIMITERS:
        return True
    toks = words.cut(text[max(0, i - 6):i])
    return bool(toks) and toks[-1] in _STOP_TOKENS


def _before_bracketed_seat(text: str, start: int, end: int, th: Thresholds) -> int:
    """Where a name opens that the walk began inside a bracket it closes
    (中国移动紫金（江苏）创新研究院, 合盈数据（怀来）科技产业园): at the words before
    the bracket, the place in brackets being a seat inside the name; at
    ``start`` where no word of a name stands before the bracket."""
    opening = start if text[start:start + 1] in OPENING_BRACKETS else start - 1
    if text[opening:opening + 1] not in OPENING_BRACKETS or not any(c in text[start:end] for c in _CLOSING_BRACKETS):
        return start
    left = _name_left(text, opening, max_chars=th.max_name_before_seat)
    return left if left < opening else start


def _seat_words(toks: list[str]) -> bool:
    """Words that can name what a body studies: no function word but 与
    (设计与制造), no stop word, title, number or punctuation."""
    return all(t == "与" or not _NOT_NAME_CHARS.search(t) and not t.isdigit() and t not in _STOP_TOKENS
               and not _TITLE.fullmatch(t) and words.tag(t) not in _NOT_IN_NAME_TAGS - {"t"} for t in toks)


# A suffix read as part of the next word when this follows it (日报道; 医院船 a ship, 医院管理局 a bureau)
_READ_ON = {suffix: tuple(after) for suffix, after in P["organization"]["suffix_read_on"].items()}
_COLUMN_SUFFIXES = {"日报"}  # a paper's name holds no field; a newsletter's does
_NUMERALS = set(HAN_NUMERALS)
# Suffixes that jieba may read as the end of another word (部分|行, 细分|行, 专题|协商|会,
# a meeting), where they name no body; 海南省|分行 and 美国商会 do.
_WORD_SUFFIXES = ("分行", "支行", "商会")


def _word_across(text: str, start: int, end: int, at: int) -> tuple[int, int] | None:
    """The word jieba reads across ``at`` (the span's start or end), or None
    where jieba cuts there."""
    cuts = words.cuts_around(text, start, end)
    if at in cuts:
        return None
    return max(c for c in cuts if c < at), min(c for c in cuts if c > at)


_UNIVERSITY_WORDS = ("大学", "学院")


def _university_across(text: str, start: int, end: int) -> bool:
    """jieba reads the span's end into a university's word (中国|石油大学, 中国|地质大学): the name is the
    university's, which the span only opens (not 华为|大学, cut at the span's end: the company's own)."""
    word = _word_across(text, start, end, end)
    return word is not None and text.endswith(_UNIVERSITY_WORDS, word[0], word[1])


def _inside_another_word(text: str, start: int, end: int, th: Thresholds) -> bool:
    """jieba reads the span's first character as part of a word that began
    before it: a common word that ends inside the span (部分|行业), or
    one that holds it whole and opens with a common word (协商会; not 美国商会)."""
    word = _word_across(text, start, end, start)
    if word is None:
        return False
    if word[1] < end:
        return words.frequency(text[word[0]:word[1]]) >= th.rare_word_freq  # a common word, not a rare one (羊毛商|会)
    return words.frequency(text[start - 1:start + 1]) >= th.common_word_freq


def _common_word_goes_on(text: str, start: int, end: int, th: Thresholds, least: int = 0) -> bool:
    """jieba reads the span's end into a common word that goes on after it
    (世界|大学生, 银行家, 北部|集团军): no name ends there. A rare word does not
    count (南京工业|大学教授, 日中经济|协会会长: the body and its post), unless
    ``least`` (a lower frequency) says any dictionary word does."""
    word = _word_across(text, start, end, end)
    return word is not None and words.frequency(text[word[0]:word[1]]) >= (least or th.common_word_freq)


_DEMONSTRATIVE_COPULA = re.compile(r"[这那](?:就|也|正|便|还)?是")
_DATE_START = re.compile(r"(?:\d{1,2}月)?\d{1,2}日")
_LEGAL_FORM = re.compile(r"(?:股份)?有限(?:责任)?公司")
_ITEM_DELIMITERS = set("、，,；;：:。！？“”《》—\n\t 　")
# Tags of words no name holds: prepositions, conjunctions, particles, pronouns,
# numerals, measure words, adverbs, times (与, 和, 的, 我们, 100余家, 先后).
_NOT_IN_NAME_TAGS = {"p", "c", "u", "uj", "ul", "ud", "uz", "r", "y", "e", "o", "m", "q", "d", "ad", "t", "tg", "f"}
_BODY_WORD_END = re.compile(r"(?:会|院|所|社|局|部|委|厅|办|府|中心|集团|公司|大学|学院|学校|银行|联盟|组织)$")


def _name_words_ok(toks: list[str], verbs: bool) -> bool:
    """Every word could stand inside a name: no function word, stop word or
    title, and no verb unless the name is a legal one (…城市建设投资集团有限公司)."""
    return all(not _not_in_name(t, toks[i - 1] if i else "") and t not in _STOP_TOKENS and not _TITLE.fullmatch(t)
               and (verbs or words.tag(t) != "v") for i, t in enumerate(toks))


def _glued(tok: str, before: str) -> bool:
    """jieba's pieces of a name it does not know: 嘉|和 软件 (和 is no conjunction there)."""
    return len(tok) == 1 and len(before) == 1 and bool(HAN_CHAR.match(before))


_FUND_PHASE = re.compile(f"[{HAN_NUMERALS}]期")  # a fund's phase, each a company of its own (大基金二期, 三期)


def _not_in_name(tok: str, before: str) -> bool:
    """A function word, but not an "adverb" jieba's tags give a place's
    epithet right after the place (西安|高新, tagged d like 先后), nor a unit's ordinal,
    nor a fund's phase (…产业投资基金|三期|股份有限公司: jieba tags 一期 d and 三期 t)."""
    tag = words.tag(tok)
    return tag in _NOT_IN_NAME_TAGS and not (tag == "d" and words.tag(before) == "ns") and not _unit_ordinal(tok, before) \
        and not (_FUND_PHASE.fullmatch(tok) and before.endswith(_FUNDS))


_OWNER_TYPES = ("Region", "Organization")


def _unit_ordinal(tok: str, before: str) -> bool:
    """An ordinal right after a place's or a body's name numbers one of its units
    (华北油田|第一|采油厂, 胜利油田|第三|采油厂): it is part of the unit's name."""
    return bool(_ORDINAL.fullmatch(tok)) and (
        words.tag(before) in _OWNER_TAGS or LEX.names(before, *_OWNER_TYPES))


def _list_item_start(text: str, end: int, stop: int, legal: bool, th: Thresholds) -> int | None:
    """Where a name ending at ``end`` starts when it is an item of a list of
    bodies (…、合肥滨湖城市建设投资集团有限公司、…): the whole item from the
    delimiter before it, its leading verbs dropped (来自, 包括, 创建). None
    when the name is no list item or the item holds more than a name."""
    lo = max(stop, end - th.max_list_item)
    a = end
    while a > lo and text[a - 1] not in _ITEM_DELIMITERS:
        a -= 1
    if a == lo and lo > stop:
        return None  # the item runs further back than any name does
    if not (text[a - 1:a] == "、" or text[end:end + 1] == "、" or text.startswith("等", end)):
        return None
    toks = list(words.cut(text[a:end]))
    while toks and (words.is_function_word(toks[0]) or toks[0] in _STOP_TOKENS):
        a += len(toks.pop(0))
    return a if toks and _name_words_ok(toks, verbs=legal) else None


def _after_time_word(text: str, start: int, end: int) -> int:
    """Past a word of time jieba cuts alone (本次增资前|徐工汉云…, 交易完成后|…):
    when, before the name, no word of it. (中 is no such word: 中|船集团.) Past a
    verb jieba cuts with its 于 too (任教于|清华大学, 归属于|公司权益持有者): the
    clause's verb, no word of the name, and nothing left where the suffix follows it."""
    at = start
    for tok in words.cut(text[start:end]):
        at += len(tok)
        if tok in _TIME_WORDS and at < end or len(tok) > 1 and tok.endswith(_AT):
            start = at
    return start


_TIME_WORDS = {"前", "后", "之前", "之后", "以前", "以后"}
_AT = "于"  # 位于, 任教于, 归属于: a verb's preposition, which no body's name ends a word with


def _visitor_before_name(toks: list[str], i: int, th: Thresholds) -> bool:
    """A rare word jieba tags as a person's name (习近平) before a verb (来到, 走进) is a visitor, no word of the
    name; before a noun it is the brand the name opens (秦淮|数据|集团控股有限公司, 施耐德|电气|中国有限公司)."""
    tok = toks[i]
    return words.tag(tok) in _PERSON_TAGS and words.frequency(tok) < th.common_word_freq \
        and not (i + 1 < len(toks) and words.tag(toks[i + 1]) in _BRAND_FOLLOWERS)


_BRAND_FOLLOWERS = {"n", "nz"}  # 数据 n, 电气 n: a trade word after a brand


_LOCATIVE_TAG = "f"  # jieba's localizers and words of place (后, 中, 上: 集采中|中标, 市场上)


def _locative_opening(text: str, at: int, tok: str) -> bool:
    """A one-character locative (中, 上, 下) that opens a clause is no locative, which
    follows its noun: it is the first character of a name jieba cuts off
    (、中|集|来福士海洋工程有限公司, 中|天科技股份有限公司, 中|创新航科技股份有限公司)."""
    return len(tok) == 1 and words.tag(tok) == _LOCATIVE_TAG and (at == 0 or text[at - 1] in _ITEM_DELIMITERS)


def _legal_name_left(text: str, end: int, stop: int, th: Thresholds) -> int:
    """Start of a legal name (…有限公司): verbs are words of such names
    (数字福建云计算运营发展有限公司), so the walk back stops only at
    punctuation, function words and stop words, then drops leading verbs
    (李强来到|北京人形机器人创新中心有限公司)."""
    lo = max(stop, end - th.max_list_item)
    a = end
    while a > lo and text[a - 1] not in _ITEM_DELIMITERS:
        a -= 1
    start = end
    toks = words.cut(text[a:end])
    for i in range(len(toks) - 1, -1, -1):
        tok = toks[i]
        before = toks[i - 1] if i else ""
        if _glued(tok, before) or not i and _locative_opening(text, a, tok):
            start -= len(tok)
            continue
        if _not_in_name(tok, before) or tok in _STOP_TOKENS and words.tag(tok) != "vn" \
                or _TITLE.fullmatch(tok) or _visitor_before_name(toks, i, th):
            break  # …, a person (习近平来到|…有限公司)
        start -= len(tok)
    for n in (3, 2):  # a visitor and the verb of the visit: 李强来到|…
        verb = _NOT_NAME_VERB.match(text, start + n)
        if _plain_name(text[start:start + n], th, rare=False) and verb:
            start += n + len(verb.group())
            break
    for tok in words.cut(text[start:end]):
        if words.tag(tok) != "v" and tok not in _STOP_TOKENS:
            break
        start += len(tok)
    return _after_kind_said(text, start, end)


_KIND_WORD_ENDS = tuple(P["organization"]["kind_word_ends"])
_KIND_WORDS_ALONE = set(P["organization"]["kind_words_alone"])


def _after_kind_said(text: str, start: int, end: int, named: bool = False) -> int:
    """Where a name starts after the kind of company the text says it is,
    right before it (运营商和服务商|万国数据控股有限公司, 上市公司|世纪互联): after
    the last word of three characters or more ending in a kind's word, where a
    name of two characters or more is left, or after a bare kind's word where
    the place a name opens with follows (“专精特新”企业|浙江连信科技有限公司), or after a
    kind's word standing alone after the words saying which kind, where a proper
    or an unknown word opens the name (软件|企业|甲骨文公司, 工程机械|龙头|徐工集团). A legal
    form (…有限公司|北京分公司) is part of the name, and so is a kind's word after the
    place a name opens with (深圳市|中小企业融资担保有限公司: 行政区划 + 字号 + 行业).
    ``named``: only where a proper or an unknown word opens what is left (中小企业服务集团 stays whole)."""
    toks = words.cut(text[start:end])
    if toks and words.tag(toks[0]) == "ns":
        return start
    at, cut = start, start
    for i, tok in enumerate(toks[:-1]):
        at += len(tok)
        alone = i and tok in _KIND_WORDS_ALONE
        if (len(tok) >= 3 or words.tag(toks[i + 1]) == "ns" or alone) and tok.endswith(_KIND_WORD_ENDS) \
                and not _LEGAL_FORM.search(tok) and end - at >= 2 and (not (named or alone) or _opens_with_a_name(text, at, end)):
            cut = at
    return cut


def _opens_with_a_name(text: str, start: int, end: int) -> bool:
    """The first word of text[start:end] is a proper noun or no dictionary word (甲骨文, 兰友; not 科技)."""
    return _proper_or_unknown(words.cut(text[start:end])[0])


_NOT_NAME_VERB = re.compile(r"(?:乘车|先后|专程|再次|一行)?(?:来到|走进|到|前往|考察|视察|调研)")


_JOINERS = set("与和")


def _joined_name_start(text: str, start: int, suffix: int, found: list[Mention], th: Thresholds) -> int:
    """A name joining two fields with 与/和 (中国计算与应用统计学会,
    上海感知科学与技术协同创新中心) starts at the region or 中国 that
    opens it: the walk back stops at the joiner or a verb inside (应用).
    Not when either side is a body or a place of its own (中国历史研究院和
    俄罗斯历史协会, 天津市和华为公司), nor across punctuation or stop words."""
    for r in sorted((r for r in found if r.type == "Region" and not r.scope and start - th.max_list_item <= r.start < start
                     and r.end < suffix), key=lambda r: -r.start):
        between = text[r.end:start]
        joiner = next((i for i, ch in enumerate(between) if ch in _JOINERS), -1)
        left, right = between[:joiner], text[r.end + joiner + 1:suffix]
        if joiner < 0 or len(right) < 2 or not 2 <= len(left) <= th.max_joined_part or _BODY_WORD_END.search(left) or any(
                ch in _ITEM_DELIMITERS for ch in between) or any(
                m.type in ("Organization", "Person", "Policy") and r.start <= m.start < start and m.end > r.end
                or m.type == "Region" and r.end + joiner < m.start < suffix for m in found):
            continue  # a body opening at the place (浙江移动与…), or a second place after the joiner
        toks = words.cut(left) + words.cut(between[joiner + 1:])
        if _name_words_ok(toks, verbs=True) and not any(words.tag(t) in PROPER_TAGS for t in toks):
            return r.start
    return start


# Academic units named by two fields joined by 与 (计算机科学与工程学院, 数学与系统科学研究院,
# 国际工程与技术科学院): the names of colleges and academies by the disciplines they teach or study.
# Not 研究所: read so, a check set lost entities and relations (its files unread; cause not found).
_FIELD_PAIR_SUFFIXES = {"学院", "研究院", "科学院"}
_FIELD_JOINER = "与"
_SEAT_ENDS = tuple(P["organization"]["seat_suffixes"])  # 泰尔终端实验室与|无线电研究所: two bodies
# a common noun (科学, 政策), or a field jieba tags as a body's name (信息科学 nt); not a place or person (ns, nr)
_FIELD_TAGS = {"n", "nt"}


def _field_pair_start(text: str, start: int, suffix: int, stop: int, found: list[Mention], th: Thresholds) -> int:
    """Where a college's or institute's name starts when the walk back stopped
    at the 与 joining its two fields (电子科大计算机科学与|工程学院, 数学与|系统
    科学研究院): past the joiner, where the word before it is a common noun
    (a field, not a verb: 加强与|工程学院的合作) and no body, place or person
    ends there (天津市与|中国科学院, 国资委与|…, 吉林大学与|…研究院). ``start`` if not."""
    joiner = start - 1
    # the second field is words of its own (数学与|系统科学研究院), not the suffix alone: 企业与|研究院, 高校与|科学院
    # join two parties
    if text[joiner:start] != _FIELD_JOINER or joiner <= stop or suffix - start < th.min_field_pair_part:
        return start
    left = _name_left(text, joiner, max_chars=th.max_company_name - (suffix - start) - 1, stop_at=stop)
    toks = words.cut(text[left:joiner])
    if joiner - left < th.min_field_pair_part or words.tag(toks[-1]) not in _FIELD_TAGS or _BODY_WORD_END.search(text, left, joiner) \
            or text.endswith(tuple(_COUNTABLE_KINDS), left, joiner) \
            or text.endswith(_SEAT_ENDS, left, joiner) or any(
            m.type in ("Organization", "Region", "Person", "Policy", "Event") and m.end == joiner for m in found):
        return start
    return left


# One dash after a place or body pairs it with what follows (中国—东盟, 中国－中亚, 中国--东盟, and
# partners no lexicon lists: 中国—阿拉伯国家, 中国-葡语国家, 中国—东北亚, 海尔-斐雪派克); two em
# dashes (——) set off an aside (首批疏解央企——中国华能集团), no pair.
_DASH_CHARS = "—–-－"
_DASHES = set(_DASH_CHARS)
_DASH = f"[{re.escape(_DASH_CHARS)}]"
_PAIR_DASH = f"(?:--|{_DASH})"
_PAIR_DASH_BEFORE = re.compile(rf"(?<!{_DASH}){_PAIR_DASH}$")
_PAIR_DASH_AFTER = re.compile(rf"{_PAIR_DASH}(?!{_DASH})")


def _pair_start(text: str, start: int, found: list[Mention]) -> int:
    """A name opened by a pair (中国—东盟信息港股份有限公司, 中国-东盟自贸区)
    starts at its first member, a place or body, not after the dash; the
    second need be no mention (中国—阿拉伯国家博览会), and where it is one the
    walk back stopped at, the name is still the pair's (中国—东盟|地球大数据区域
    创新中心, 中国－上海合作组织|经贸学院), no name of the second's own."""
    dash = _PAIR_DASH_BEFORE.search(text, max(0, start - 3), start)
    second = next((m for m in found if _own_place(m) and m.end == start and m.start < start), None)
    if dash is None and second is not None:
        dash = _PAIR_DASH_BEFORE.search(text, max(0, second.start - 3), second.start)
    if dash is None:
        return start
    first = next((m for m in found if _own_place(m) and m.end == dash.start()), None)
    return first.start if first is not None else start


_ALSO = "暨"  # 创建暨…发起仪式, 协议暨…: joins two things named, as 和 and 与 do


def _after_joined_party(text: str, start: int, end: int, found: list[Mention]) -> int:
    """A name walked back across a word joining two parties starts after that word: 与/和/及 with a place or body
    found right after it (拟与|国网电动汽车服务有限公司, 海淀街道和|中关村科学城公司) or a person right before it
    (祖钧公与|中国移动安徽有限公司), and 暨 standing as a word of its own (创建暨|5G产业技术联盟). Not where a place or
    body found ends before it too: the two name a joint body (中国联通与华为联合创新中心), nor where the word is a
    name's own (工业和信息化部, 中国物流与采购联合会: nothing found after it; 暨南大学) or inside a name found (埃及开罗…)."""
    for c in range(end - 1, start - 1, -1):
        if text[c] == _ALSO and c + 1 < end and _whole_word(text, c, c + 1):
            return c + 1
        if text[c] not in WORD_JOINERS or c == start or any(f.start <= c < f.end for f in found):
            continue  # 埃及|开罗国际机场有限公司, 呼和浩特: the character inside a name found, no joiner
        before = [f.type for f in found if f.end == c]
        if "Person" in before or not {"Region", "Organization"} & set(before) and any(
                f.start == c + 1 and f.type in ("Region", "Organization") for f in found):
            return c + 1
    return start


_NUMBER_WORD = re.compile(r"^[一二三四五六七八九十两几多各该本某][大家个所]?$")


def _generic_company(prefix: str, suffix: str, found: list[Mention], start: int, th: Thresholds) -> bool:
    """A suffix after a common word names a kind, not a body: 产业创新中心,
    技术协会, 科技公司, 五大公司; so does a country or city before a bare
    公司 (英国公司). A legal form (…有限公司) always names one."""
    if suffix.endswith("有限公司") or suffix.endswith("有限责任公司"):
        return False
    if _NUMBER_WORD.match(prefix):
        return True
    toks = words.cut(prefix)
    if suffix == "集团公司" and not any(r.type == "Region" and r.start == start for r in found) and all(
            words.tag(t) not in PROPER_TAGS and words.frequency(t) > 0 for t in toks):
        return True  # 交流集团公司…: 集团公司 is the document's group, after dictionary words; a brand is none
    if suffix == "公司" and prefix.endswith(_TRADE_HEADS) and prefix[0] not in SCOPE_LEVELS and all(
            words.tag(t) not in PROPER_TAGS | {""} and words.frequency(t) > 0 for t in toks) and _qualifies_a_kind(toks):
        return True  # 国际公关公司, 融资平台公司, 部分互联网服务公司: a kind of company named by its trade in common words
        # (not 市供电公司: a local body by its level, which resolution names)
    if suffix == "公司" and len(toks) > 1 and _acts_on_companies(toks, th):
        return True  # 出售|附属公司, 审理|境外公司, 消费|金融公司, 合资|基金管理公司
    if suffix in ("公司", "集团") and (len(toks) == 1 and words.tag(prefix) == "ns" or any(
            r.type == "Region" and r.start == start and r.end - r.start == len(prefix) for r in found)):
        return True  # 英国公司, 深圳公司: companies of a place
    if suffix in _KIND_SUFFIXES and _org_subtype(suffix) != "Association" \
            and any(f.type == "Sector" and f.start == start and f.end == start + len(prefix) for f in found):
        return True  # 全国第五的|大数据交易所, 在福建，|大数据交易所: a field alone before a kind's suffix, no place or brand;
        # an association goes by its field in short after its full name (数字经济联合会 for 新疆…数字经济联合会)
    # a common word and a venue's suffix the dictionary holds as one proper name (故宫博物院 ns, 国家图书馆 nt)
    # name one venue (not so 中资银行 nt, 外贸公司 nz: kinds the dictionary tags as names)
    return suffix in _KIND_SUFFIXES and len(toks) == 1 and words.tag(prefix) not in PROPER_TAGS | {""} \
        and words.frequency(prefix) >= th.generic_word_freq \
        and not (suffix in _VENUES and words.tag(prefix + suffix) in PROPER_TAGS)


def _acts_on_companies(toks: list[str], th: Thresholds) -> bool:
    """The words before a bare 公司 open with a common verb or action word and go on in common words: an act done to
    companies (剔除出售|附属|公司的收入, 集中管辖审理|境外|公司损害…的案件, 出售|国家|石油|公司5%的股份) or a kind of them
    (消费|金融|公司, 合资|基金|管理|公司, 移动|通信|公司), no brand. A verb alone before 公司 may be one (联想公司), and so
    may a name the dictionary holds whole (通用汽车公司: one word, nt); a proper word among them makes a name (美国|通用|公司)."""
    return words.tag(toks[0]) in _ACTION_TAGS and len(toks[0]) > 1 and words.frequency(toks[0]) > th.common_word_freq \
        and not any(words.tag(t) in PROPER_TAGS for t in toks)


_TRADE_HEADS = tuple(P["organization"]["trade_heads"])
_KIND_OPENERS = tuple(P["organization"]["kind_openers"])
_KIND_SCOPES = tuple(P["organization"]["kind_scopes"])
_QUALITY_TAGS = ("vn", "a", "b")  # jieba's action nouns, adjectives, distinguishing words (融资, 清洁, 大型): a kind's qualifier


def _qualifies_a_kind(toks: list[str]) -> bool:
    """The words before a trade and 公司 say what kind of company (部分互联网服务, 国际公关, 融资平台, 清洁机器人, 包装材料:
    one dictionary word, a word that opens a kind, or an action or quality word), not a brand the trade follows (东方物流,
    中铁物流, 大众物流, 绿城物业服务: a common noun used as a name)."""
    return len(toks) == 1 or toks[0] in _KIND_OPENERS or any(words.tag(t) in _QUALITY_TAGS for t in toks[:-1])
_MODIFIER_TAG = "b"  # jieba's distinguishing words (大型, 国有, 在线): a modifier, no verb


def _qualifier_opens(prefix: str, th: Thresholds) -> bool:
    """A common distinguishing word (jieba's tag b: 大型, 国有, 省级, 国家级, 民营, 整个) or a word of ownership or reach
    (organization.kind_scopes: 外资, 当地, 区域性) opens the words before a body's suffix: it sorts bodies into a kind
    (大型互联网公司, 国有大型银行, 省级制造业创新中心, 外资法人银行, 当地电话公司); a body's own name opens with its place or brand."""
    toks = words.cut(prefix)
    return bool(toks) and (words.tag(toks[0]) == _MODIFIER_TAG and words.frequency(toks[0]) >= th.generic_word_freq
                           or prefix.startswith(_KIND_SCOPES))


_BODY_MEASURE_WORDS = set("家个所批些座")
# …and such a count opening the words before a suffix (由…组织的8家军贸公司, 一天最多有8家新公司, 实施27个山水工程, 启动十个
# 绿化提质工程): so many bodies or programmes of a kind, no one's name (about 14 in the 新闻联播 items, their counts lost to
# the names; figl13 audit, session 30). Not 十八所, 29所: the number names the institute, its measure word the suffix.
_COUNT_OPENS = re.compile(rf"(?:\d+|[{HAN_NUMERALS}百千两几]+)[多余]?[{''.join(sorted(_BODY_MEASURE_WORDS))}]")
# A count of bodies closing the clause after a name (国家制造业创新中心达33家, 建成国家级企业技术
# 中心166家。): the name is a class the text counts, no one body.
_COUNTED_CLASS = re.compile(r"(?:达到|达|超过|增至|突破|共有|共|有)?(?:[\d.]+|[一二三四五六七八九十百千两几]+)[多余]?[万亿]?[多余]?[家个所]"
                            r"(?=$|[，。；、,;）)])")


_SUPERLATIVE = re.compile(rf"最[{CJK}]{{1,2}}的$")
_TIME_SUPERLATIVES = tuple(P["organization"]["time_superlatives"])
_GRADED = re.compile(rf"(?:{_alt(_GRADING_WORDS)})的?$")
# how far back a grade can start: 最 + two characters + 的, or the longest grading word and 的
_GRADE_REACH = max(4, max(map(len, _GRADING_WORDS)) + 1)


def _graded_kind(text: str, start: int, suffix: int, th: Thresholds) -> bool:
    """A grade stands right before the name: the words describe the kind of body the
    sentence's subject is, not name one. A superlative grades a kind (国内最大的|清洁能源集团,
    全球最大的|专利许可收费公司), a time being none (最新的|星河研究院); after a grading
    word (顶尖的|核电技术公司, 高水平|师范大学) only dictionary words are a kind, a
    frequent word jieba tags a person's name too (师范); a name keeps its grade off
    (著名的|安康学院, 知名|安谋科技公司, 著名的|北京大学)."""
    before = text[max(0, start - _GRADE_REACH):start]
    superlative = _SUPERLATIVE.search(before)
    if superlative:
        return not before[superlative.start():].startswith(_TIME_SUPERLATIVES)
    return bool(_GRADED.search(before)) and _dictionary_words(text, start, suffix, th)


def _dictionary_words(text: str, start: int, suffix: int, th: Thresholds) -> bool:
    """The words before the body's suffix are dictionary words, none a name (a
    frequent word jieba tags a person's name too, 师范, counts as none): they
    name a kind of body, no brand or place."""
    return all(words.frequency(t) > 0 and (words.tag(t) not in PROPER_TAGS
                                           or words.tag(t) in _PERSON_TAGS and words.frequency(t) >= th.common_word_freq)
               for t in words.cut(text[start:suffix]))


# A count of bodies (一家, 首个, 一批, 3家) opening the clause's words before 的 and a name.
_COUNT_OF_BODIES = re.compile(rf"(?:首|第一|唯一|[一两二三四五六七八九十几多]|\d+)[{''.join(sorted(_BODY_MEASURE_WORDS))}]")
_CLAUSE_OR_ITEM_END = re.compile(r"[，,。；;：:！？!?、]")  # a clause's or a list item's end
_COUNTABLE_KINDS = P["organization"]["countable_kinds"]


def _described_kind(text: str, start: int, suffix: int, th: Thresholds) -> bool:
    """A count of bodies opens a phrase that ends with 的 right before the
    name (一家为…服务的|技术咨询公司, 首个面向关键应用领域的|IT产业联盟,
    一个崭新的|国际科技创新中心): the words describe the kind of body counted,
    when they are dictionary words only (首家入驻的|星河科技公司 names one).
    A count of other bodies the phrase names (由教育部牵头21所高校和单位联合组成的|
    全球教师发展学院, 1800多家跨国公司的|研发中心) describes none."""
    if text[start - 1:start] != "的":
        return False
    lo = max(0, start - th.max_described_kind)
    clause = max((c.end() for c in _CLAUSE_OR_ITEM_END.finditer(text, lo, start)), default=lo)
    count = _COUNT_OF_BODIES.search(text, clause, start)
    if count is None:
        return False
    phrase = text[count.end():start]
    return not _COMPANY.search(phrase) and not any(kind in phrase for kind in _COUNTABLE_KINDS) \
        and _dictionary_words(text, start, suffix, th)


def _after_count(text: str, start: int) -> bool:
    """The words before the name count bodies (一家, 3家, 首个, 一批, 第一所)
    or take each (各): what follows describes a kind (一家芯片科技公司,
    首家专业化人才服务银行, 各省级广播电视台), not one body's name."""
    before = words.cut(text[max(0, start - 6):start])
    return bool(before) and (before[-1] == "各" or before[-1][-1] in _BODY_MEASURE_WORDS and words.tag(before[-1]) in ("m", "q"))


_KIND_SUFFIXES = set(P["organization"]["kind_suffixes"] + _VENUES)
PROPER_TAGS = {"nr", "ns", "nt", "nz", "nrt", "nrfg"}


def _proper_or_unknown(word: str) -> bool:
    """A word jieba tags as a proper name or does not know (a brand, a place, a coined name), no common word."""
    return words.tag(word) in PROPER_TAGS or not words.frequency(word)


_SUBJECT_VERBS = ("作为", "将", "认为", "正在", "积极", "已经", "要", "通过")
_SUBJECT_HEAD = rf"(?:院|所|中心|局|委|办)(?={'|'.join(_SUBJECT_VERBS)})"
_SUBJECT_ORG = re.compile(rf"(?:^|(?<=[，,。；;]))([{CJK}]{{2,4}}{_SUBJECT_HEAD})")
# The pattern above is tried at every position; its head, found in C from its first
# characters, rules out all but a few sentences first.
_SUBJECT_ORG_HEAD = re.compile(_SUBJECT_HEAD)


@recogniser("org.subject-position.v1", needs=_SUBJECT_VERBS)
def organization_in_subject_position(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A short name opening a clause and followed by its verb (创新院作为…,
    创新院将…) names a body even without a region or a listed suffix."""
    if not _SUBJECT_ORG_HEAD.search(sent.text):
        return
    for m in _SUBJECT_ORG.finditer(sent.text):
        name = m.group(1)
        if any(x.start <= m.start(1) < x.end for x in found) or name in _GENERIC or name.startswith(_REFERENCE_OPENERS) \
                or name.endswith(tuple(_TITLES)):  # 穆占英常委认为: a person and their post speak
            continue
        centre = next((c for c in _PLACE_NAMED_CENTRES if name.endswith(c)), None)
        if centre and not _place_or_brand_opens(sent.text, m.start(1), m.end(1) - len(centre), found):
            continue  # 公共智算中心正在…, 新型智算中心将…: a kind of centre, as after org.suffix.v1's suffix
        yield _mention(sent, "Organization", m.start(1), m.end(1), name, "org.subject-position.v1",
                       subtype=_org_subtype(name))


_FIELD_REACH = max(map(len, LEX.sector_labels))  # the longest name of a field


def _starts_inside_field(text: str, start: int) -> bool:
    """Whether ``start`` falls inside the name of a field (工业物联网联盟: 工业物|联网联盟 as jieba cuts it), which no
    body's name starts in (ident pages, session 27; 江苏广电网物|联网研究中心 in the 新闻联播 items)."""
    lo = max(0, start - _FIELD_REACH)
    return any(lo + s < start < lo + e for s, e, entries in LEX.find(text[lo:start + _FIELD_REACH])
               if entries[0].type == "Sector")


def _in_generic(text: str, a: int, b: int) -> bool:
    """The suffix is part of a generic word (集团公司, 子集团 on its own)."""
    return any(text[max(0, a - len(g)):b + len(g)].find(g) >= 0 and g.find(text[a:b]) >= 0
               for g in ("投资公司",) if g.endswith(text[a:b]) or g.startswith(text[a:b]))


_ORG_SUBTYPES = [(re.compile(pattern), subtype) for pattern, subtype in (
    (r"交易所$", "Enterprise"),  # an exchange (上海数据交易所, 深圳证券交易所), no institute for its 所
    (r"医院$", "Organization"),  # a hospital (北京朝阳医院), no institute for its 院
    (r"(研究院|研究所|科学院|工程院|实验室|所|院)$", "ResearchInstitute"),
    (r"(大学|学院)$", "University"),
    (r"(协会|学会|研究会|促进会|联合会|商会|联盟|基金会)$", "Association"),
    (r"(杂志社|报社|出版社|电视台|日报)$", "Media"),
    (r"(管委会|管理委员会)$", "GovernmentBody"),
    (r"党工委$", "PartyOrganization"),  # a zone's party working committee (察哈尔高新区党工委)
    (rf"(?:{_alt(_FUNDS)})$", "Organization"),  # a fund, no company
    (rf"(?:{_alt(_VENUES)})$", "Organization"),  # a public institution, no company
    (r"卫星发射中心$", "Organization"),  # a launch centre (西昌卫星发射中心), no company
)]


def _org_subtype(name: str) -> str:
    return next((subtype for pattern, subtype in _ORG_SUBTYPES if pattern.search(name)), "Enterprise")


_LIST_ITEM = rf"[{CJK}A-Za-z0-9()（）]{{2,12}}"
_BRAND = re.compile(rf"(?:{_alt(P['organization']['brand_suffixes'])})$")
# The short words for companies by owner or standing (等央企, 等“老字号”国企, 中央企业): unlike 企业, which
# follows fields as often as names (光伏、储能等企业), they follow names of companies only.
_COMPANY_KINDS = ("央企", "国企", "民企", "名企")
_LISTED_AS = ("企业", "公司", "药企", "药店", "单位", "集团", "机构", "外资企业", "外企", "龙头企业") + _COMPANY_KINDS
_KINDS_OF_BODIES = ("企业", "单位", "机构")  # what no company's name ends with (龙头企业, 金融机构), unlike 公司, 集团, 药店
# A list closed by 等 and, a few words on, what its items are (…、星河银行等一批金融机构,
# …、lightsoft等 OpenHarmony 生态伙伴企业); an item may follow 、 after a space.
_ORG_LIST = Guarded(rf"((?:{_LIST_ITEM}、\s*)+{_LIST_ITEM}(?:及{_LIST_ITEM})?)等\s*(?:[多数几\d]+家|一批|众多)?[^，。；、,;：:的]{{0,12}}?(?:{'|'.join(_LISTED_AS)})(?!家)",  # 等10位企业家: people
                    needs=_LISTED_AS)
_NOT_BODIES_AFTER_LIST = re.compile(_alt(P["organization"]["not_bodies_after_list"]))
_PEOPLE_AFTER_LIST = re.compile(rf"[^，。；、,;：:]{{0,16}}?(?:{_alt(P['organization']['people_after_list'])})")
# A list its count of bodies closes with no 等, where the count is how many items it has (小店区与山西省产教融合促进会、
# 仁和诚信、希云科技、…、百年职校8家优质信创企业现场签约; 穆迪、标准普尔、惠誉3家评级机构): closed as by 等.
_COUNTED_LIST = Guarded(rf"((?:{_LIST_ITEM}、\s*)+{_LIST_ITEM}?)(?<![等这\d])(\d{{1,2}}|[{HAN_NUMERALS}])家(?=[^，。；、,;：:的]{{0,12}}?"
                        rf"(?:{'|'.join(_LISTED_AS)})(?!家))", needs=("家",))  # not …等3家 (_ORG_LIST's), 这四家, 等14家


def _counted_lists(text: str) -> list[tuple[int, str]]:
    """The lists of _COUNTED_LIST whose count is the number of their items."""
    return [(m.start(1), m.group(1)) for m in _COUNTED_LIST.finditer(text)
            if len(m.group(1).split("、")) == (int(m.group(2)) if m.group(2).isdigit() else HAN_NUMERALS.index(m.group(2)) + 1)]


_BARE_LIST = re.compile(rf"(?:{_LIST_ITEM}、)+{_LIST_ITEM}")
_ABOUT_COMPANIES = re.compile(r"企业|公司|外资")
_SUCH_AS = re.compile(rf"(?:如|比如|包括)((?:{_LIST_ITEM}、)+{_LIST_ITEM})(?:等|。|$)")


@recogniser("org.list.v1", needs=("、",))
def organization_list(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """Items of a list that ends "等企业" or follows "如" in a sentence about
    companies are organisations (华建药业、京润珍珠、先声药业等企业)."""
    text = sent.text
    # _ORG_LIST's own guard is the listed-as word; its 等 is the rarer need, tested first.
    spans = [(m.start(1), m.group(1)) for m in _ORG_LIST.finditer(text)
             if not _NOT_BODIES_AFTER_LIST.search(text, m.end(1), m.end())] if "等" in text else []
    spans += _counted_lists(text)
    closed = len(spans)  # lists closed by 等 and what their items are: the first spans
    if _ABOUT_COMPANIES.search(text):
        spans += [(m.start(1), m.group(1)) for m in _SUCH_AS.finditer(text)]
    # A bare list with one company-like item (协调南大洋、朗腾公司开足马力). Its pattern is tried at
    # every position: only a text holding a company's suffix somewhere can have one.
    for m in _BARE_LIST.finditer(text) if _COMPANY.search(text) else ():
        items = m.group().split("、")
        if any(_COMPANY.search(i) and _COMPANY.search(i).end() == len(i) and i not in _GENERIC and not i.endswith(_HOSPITAL)
               for i in items) \
                and all(len(i) <= 6 for i in items[1:]):  # 个人、公司、云厂商: a bare 公司 is no company; a hospital no company
            spans.append((m.start(), m.group()))
    if not spans:
        return  # most texts: no list of companies
    covered = [(m.start, m.end) for m in found]
    others = {(m.start, m.end) for m in found if m.type in ("Region", "Sector", "Person", "Policy", "Event")}
    bodies = {(m.start, m.end) for m in found if m.type == "Organization"}
    for k, (start, items) in enumerate(spans):
        # 政府、龙头企业、科研院所 / 联合星河智能、蓝海科技、高校科研机构等单位: a kind among the items makes
        # the others kinds too, but for those a company's last word names after a name (蓝海科技; not 网络公司)
        item_spans = _org_list_items(text, start, items)
        if _names_people(text, start + len(items), item_spans, settings.thresholds):
            continue  # 王晓东、李红梅、张建军3家企业负责人: the people, not their companies
        with_kinds = any(text[a:b].strip() in _GENERIC or text[a:b].strip().endswith(_KINDS_OF_BODIES) for a, b in item_spans)
        named, fields = [], False
        for a, b in item_spans:
            item = text[a:b]
            a += len(item) - len(item.lstrip())
            if (a, b) in bodies:
                named.append(None)  # a body found already (云南铜业 beside 中联重科)
            if any(e == b and (s == a or a == start and _lead_words(text[a:s])) for s, e in others):
                fields = True  # 同时医药、建筑、民航等中央企业: a field (医药) makes the list one of kinds
            if with_kinds and not _names_a_company(item.strip()) or _titled_name(item.strip(), settings.thresholds) \
                    or item.strip() in _GENERIC:
                continue  # (免收农村商业银行、农村合作银行…等10类金融机构: a kind the list names is none of its bodies)
            if item.strip() and not any(s <= a and b <= e for s, e in covered) \
                    and (a, b) not in others and words.tag(item.strip()) not in ("ns", "nr"):  # 上海, 集成电路, 刘屹
                lead = _after_complement(text, _name_left(text, b, max_chars=12)) if a == start else a
                name = re.sub(r"(?:等+[)）]?|[（(].*?[)）])$", "", text[lead:b])  # 华芯等等）: the list's end
                if (lead, b) in bodies:
                    named.append(None)  # after its lead words, a body found already (新疆与|中国大唐)
                # a brand's last word alone is a field (医药、能源等中央企业), no name
                elif len(name) >= 2 and not words.is_function_word(name) and not _NOT_ONE_ITEM.search(name) \
                        and not _BRAND.fullmatch(name):
                    named.append((lead, b, name, _common_words(name)))
        # Dictionary words put together may be a company's coined name (中联重科, 数码大方) where the
        # same list, closed by 等 and the word for companies, names a company the words of which are
        # no common words (中联重科、云南铜业等工业企业).
        peered = k < closed and not with_kinds and not fields and not _KINDS_COUNTED.match(text, start + len(items)) \
            and any(n is None or not n[3] for n in named)
        # Closed by a word for companies only (中国石油、通用技术等10家央企), a list with a name in it names
        # companies in common words too (通用技术, 海油发展).
        companies = peered and _COMPANIES_ONLY.match(text, start + len(items))
        for lead, b, name, common in filter(None, named):
            if not common or companies or peered and _coined_name(name):
                yield _mention(sent, "Organization", lead, b, name, "org.list.v1", subtype="Enterprise")


def _names_people(text: str, end: int, item_spans: list[tuple[int, int]], th: Thresholds) -> bool:
    """Most of the list's items are personal names and words for people of its bodies follow (王晓东、李红梅、
    张建军3家企业负责人; not 华为、李宁、安踏3家企业负责人, companies whose heads they are)."""
    return bool(_PEOPLE_AFTER_LIST.match(text, end)) \
        and 2 * sum(_plain_name(text[a:b].strip(), th, rare=False) for a, b in item_spans) > len(item_spans)


_COMPANIES_ONLY = re.compile(  # the word whole: not 国企 in 跨国企业, 中国企业
    rf"等\s*(?:[多数几\d]+家|一批|众多)?[^，。；、,;：:的]{{0,12}}?(?:中央企业|(?:{_alt(_COMPANY_KINDS)})(?!业))")


def _org_list_items(text: str, start: int, items: str) -> list[tuple[int, int]]:
    """The spans of a list's items: split at 、, the last one at a 及 too where
    it is a word or stands in none jieba knows (中铁建电气化|局及|北京千方科技;
    not 以及, 涉及). Not at 和 or 与: fields join so (航天材料和先进能源)."""
    spans, pos = [], start
    for item in items.split("、"):
        spans.append((pos, pos + len(item)))
        pos += len(item) + 1
    a, b = spans.pop()
    at = a
    for tok in words.cut(text[a:b]):
        joiner = tok.find(_LAST_JOINER) if tok == _LAST_JOINER or not words.frequency(tok) else -1
        if joiner >= 0 and a < at + joiner < b - 1:
            spans.append((a, at + joiner))
            a = at + joiner + 1
        at += len(tok)
    return spans + [(a, b)]


_LAST_JOINER = "及"
_KINDS_COUNTED = re.compile(r"等[^，。；]{0,4}[类种]")  # 农村商业银行、农村信用社等10类金融机构: kinds of bodies
_ABBREVIATION_TAG = "j"  # jieba's tag for a short form (中联重科, 中石化)


def _lead_words(text: str) -> bool:
    """Only words that lead into a list (同时, 以及), or none."""
    return all(words.is_function_word(t) or t in _STOP_TOKENS for t in words.cut(text))


def _coined_name(name: str) -> bool:
    """Dictionary words that may be a company's coined name: a short form (中联重科) or words put
    together with a character of its own (中|软|国际); not common words of a kind (政府, 个体|工商户,
    服务器|生产) nor words ending in a body's last word (科研院所, 商业银行: a kind of bodies)."""
    toks = words.cut(name)
    coined = words.tag(name) == _ABBREVIATION_TAG and words.tag(name[-2:]) not in _ACTION_TAGS if len(toks) == 1 \
        else any(len(t) == 1 for t in toks)  # 证券监管 (j): an act's short form, no company's
    return coined and not name.endswith(_ORG_SUFFIX_ENDS)


def _titled_name(item: str, th: Thresholds) -> bool:
    """The item is a title and a person's name (执行总裁董岩、副总裁马超等集团领导): no company."""
    return any(_plain_name(item[t.end():], th, rare=False) for t in _TITLE.finditer(item))


def _names_a_company(item: str) -> bool:
    """The item ends in a company's last word after words that are no common words (蓝海科技, 华建药业;
    not 网络公司)."""
    brand = _BRAND.search(item)
    return brand is not None and not _common_words(item[:brand.start()])


_PEER_LIST = re.compile(rf"(?:[{CJK}A-Za-z0-9]{{2,12}}、\s*)+[{CJK}A-Za-z0-9]{{2,12}}")
_LAST_PEER = re.compile(r"(?:和|与|及)(?=[^、]*$)")  # 沃达丰、高通和爱立信: the last item after 和
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]+")
_COUNTED_ITEM = re.compile(r"\d+[家个名所]|^以及")
# an item whose last digit opens a decimal figure (银联、网联交易总金额3.89万亿元): the words before a figure, no name
_INTO_FIGURE = re.compile(r"\d[.．]\d")


@recogniser("org.list-peer.v1", needs=("、",))
def organization_peers(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A bare list with an item the lexicon names as a company (飞腾、华为、
    龙芯等; 联合沃达丰、高通和爱立信) lists companies: its other short items,
    none a place, field, person or common word, are companies too."""
    text = sent.text
    # known: by the lexicon, or by the suffix rule where the name ends in a company's last word
    # (长江存储、华工激光公司; not 社区卫生服务中心、乡镇卫生院: kinds)
    known = {(m.start, m.end) for m in found if m.type == "Organization" and m.subtype in _PEER_SUBTYPES
             and (m.source == GAZETTEER or m.source == SUFFIX_RULE and _BRAND.search(text, m.start, m.end))}
    if not known:
        return
    others = [(m.start, m.end) for m in found if m.type != "Organization"]
    bodies = [(m.start, m.end) for m in found if m.type == "Organization"]
    for m in _PEER_LIST.finditer(text):
        spans = _peer_spans(text, m, bodies)
        if sum(span in known for span in spans) < settings.thresholds.min_known_peers or any(
                s < b and a < e for a, b in spans for s, e in others) or any(
                t.start() < b and a <= t.end() for a, b in spans for t in _TITLE.finditer(text, max(0, a - 6), b)):
            continue  # a person after a title (副总经理刘奇, 企业代表王再东): a list of people
        unknown = [(a, b) for a, b in spans if not any(s <= a and b <= e for s, e in bodies)]
        if any(text[a:b].endswith(_KINDS_OF_BODIES) for a, b in unknown):
            continue  # 在华外商投资企业、国际公关公司: an item that ends in a kind's word lists kinds
        # One item that is no name (玉米, 豆子 beside 小米) makes the list one of things.
        if all((2 <= b - a <= settings.thresholds.max_peer_item or _LATIN_WORD.fullmatch(text[a:b])) and _peer_name(text[a:b], settings.thresholds)
               and not _INTO_FIGURE.match(text, b - 1) for a, b in unknown):
            for a, b in unknown:
                yield _mention(sent, "Organization", a, b, text[a:b], "org.list-peer.v1",
                               subtype=_org_subtype(text[a:b]))


def _peer_spans(text: str, m: re.Match, bodies: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items of a bare list: the first one after its lead words (例如飞腾,
    来自华为), the last one up to 等, or split at 和 into two names."""
    spans, pos = [], m.start()
    items = m.group().split("、")
    for i, item in enumerate(items):
        a, b = pos + len(item) - len(item.lstrip()), pos + len(item)
        pos = b + 1
        if i == 0:  # after the last lead word: 例如|飞腾, OPPO联合|沃达丰, 许可|中国电信
            body = next((s for s, e in bodies if a <= s and e == b), None)
            a = body if body is not None else a
            toks = words.cut(text[a:b]) if body is None else [text[a:b]]
            lead = max((j + 1 for j, t in enumerate(toks[:-1]) if t in _STOP_TOKENS or words.is_function_word(t)),
                       default=0)
            a += sum(map(len, toks[:lead]))
        if i == len(items) - 1:
            joiner = _LAST_PEER.search(text, a, b)
            if joiner and a < joiner.start() < joiner.end() < b and not any(
                    t in _STOP_TOKENS or words.tag(t) in _NOT_IN_NAME_TAGS for t in words.cut(text[a:joiner.start()])):
                spans.append((a, joiner.start()))  # 高通和爱立信; not 南方电网日前分别与…
                a = joiner.end()
            b = _last_peer_end(text, a, b, bodies)
        if a < b:
            spans.append((a, b))
    return spans


def _last_peer_end(text: str, a: int, b: int, bodies: list[tuple[int, int]]) -> int:
    """The last item ends at 等, at a known body's end, or before the first
    word after its first that no name holds (爱立信|实现, 太平洋保险|的资源,
    南方电网|日前): the list's pattern runs on into the clause."""
    if "等" in text[a:b]:
        return text.index("等", a)
    body = next((e for s, e in bodies if s == a and e <= b), None)
    if body is not None:
        return body
    toks = words.cut(text[a:b])
    for k in range(1, len(toks)):
        if words.tag(toks[k]) in _NOT_IN_NAME_TAGS | {"v", "uj"} or toks[k] in _STOP_TOKENS:
            return a + sum(map(len, toks[:k]))
    return b


def _peer_name(name: str, th: Thresholds) -> bool:
    """A list item that could be a company's name: no function word, place,
    count or common noun (钢铁, 事业单位); a brand's last word is
    fine (麒麟软件), and so are characters jieba knows no word of (兆|芯)."""
    toks = words.cut(name)
    if words.tag(name) in _NOT_IN_NAME_TAGS | {"ns"} or _COUNTED_ITEM.search(name) \
            or name in _NOT_LATIN_NAMES:
        return False
    if len(toks) == 1:
        return words.frequency(name) < th.peer_common_freq
    return _BRAND.search(name) is not None or any(len(t) == 1 for t in toks) or not _common_words(name)


_PEER_SUBTYPES = {"Enterprise"}


def _eats_title(text: str, end: int) -> bool:
    """A name ending at ``end`` has eaten the first characters of a title
    (…局局|长, …司副司|长): a title starts inside its last three characters
    and runs past its end. The body ends before the title."""
    for i in range(max(0, end - 3), end):
        m = _TITLE.match(text, i)
        if m and m.end() > end and not m.group().startswith(_PARTY_UNITS):  # 党组|书记: the 党组 is a body
            return True
    return False


_PARTY_UNITS = tuple(P["organization"]["party_units"])


_NOT_ONE_ITEM = re.compile(r"\d+[家个名所]|^以及|[和与及]")  # 以及国内50家基金, 沃达丰和韦里孙: no one body


def _common_words(item: str) -> bool:
    """An item made of dictionary words only, none a name and no brand's
    last word, is a kind of body (事业单位, 学校, 医疗机构), not one."""
    toks = words.cut(item)
    return not _BRAND.search(item) and all(
        words.frequency(t) > 0 and words.tag(t) not in PROPER_TAGS for t in toks)


_FORMER = "原"  # before a unit's word: a former post (原党委书记), not a unit's name
_NOT_UNITS = {"大局", "布局", "格局", "全局", "开局", "结局", "当局", "时局", "出局"}
_STANDING = "地位"  # 坚持东盟中心地位, 香港国际金融中心地位: 中心 of a standing (centrality), no unit named 中心
_UNIT = re.compile(rf"({_alt(P['organization']['unit_suffixes'])})")
_UNIT_STOP = _STOP_TOKENS | set(P["person"]["titles"])


_OFFICES = tuple(P["organization"]["offices"])  # the unit words of the offices that sign joint notices


def _is_unit(text: str, org: Mention) -> bool:
    """A body named as a unit already, by this recogniser or, written as an office, by the lexicon (国务院办公厅):
    a unit's word after the next body's name is that body's (国务院办公厅 + 中国科学院办公厅), not a unit of this
    one; not a body's full name that ends as a unit does (中央纪委, 中央纪律检查委员会 + 国家监委驻部纪检监察组)."""
    return org.source == "org.unit.v1" or text[org.start:org.end].endswith(_OFFICES)


_OWN_NAMED_UNITS = ("公司", "分公司", "子集团", "集团", "油田", "大学")  # a group's companies, named as written (中电科仪器仪表公司)
_UNIVERSITY = "大学"
_FIELD = "油田"
# A field company's registered name runs on to its company word (中国石化西北油田分公司, 中国石油大庆油田有限责任公司):
# the field's word ends no unit there, the company is one body (not 西北油田分公司 a unit of 西北油田)
_FIELD_COMPANY_WORDS = ("分公司", "公司", "有限公司", "有限责任公司", "股份有限公司")
_HEAD_OFFICE_WORDS = tuple(P["organization"]["head_office_words"])


@recogniser("org.unit.v1", needs=P["organization"]["unit_suffixes"])
def organization_unit(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A unit named right after its body: 工业和信息化部 + 装备工业司,
    网络通信子集团 + 党委. The unit's own words must be nouns."""
    text = sent.text
    queue = [m for m in found if m.type == "Organization"]
    while queue:  # units of units: 工业和信息化部 + 党组 + 巡视工作领导小组办公室
        org = queue.pop(0)
        for length in range(0, 13):
            m = _UNIT.match(text, org.end + length)
            if not m:
                continue
            middle = text[org.end:org.end + length]
            if m.group(1) == "集团" and not middle:
                continue  # 中国移动 + 集团 is the group itself (中国移动集团公司 may follow); 中国铁建 + 重工集团 a company of it
            if m.group(1) == _UNIVERSITY and (middle or org.surface != org.name):
                continue  # 中国科学院 + 大学 is its university; 教育部 + 直属大学 a kind of university, 中国石油(short) + 大学 a field's
            if m.group(1) == _FIELD and text.startswith(_FIELD_COMPANY_WORDS, m.end()):
                continue  # 中国石化 + 西北油田分公司: the field company by its whole name (not 中原油田 + 普光分公司, its branch)
            if len(m.group(1)) == 1 and _straddles(text, m.end(), settings.thresholds) and not _TITLE.match(text, m.end()):
                continue  # 纪律|处分条例, 内务|司法委员会: a one-character unit word that begins a word ends no unit
            if text[m.end() - 2:m.end()] in _NOT_UNITS or _eats_title(text, m.end()) or middle[:1] in _LEADING_PREPOSITIONS \
                    or text.startswith(_STANDING, m.end()) \
                    or _after_owner_word(text, org.end, m.end()) > org.end:
                break  # 法院 + 对…集团: no unit; 东盟 + 中心地位: a standing; 中国移动 + 旗下咪咕…公司, 中国电信 + 全资子公司: a company the body owns, by its own name
            if middle == _FORMER:
                break  # 大连海关原党委书记: the post the person held, in no unit of that name
            if middle[:1] == LIST_CLOSER and words.cut(text[org.end:m.end()])[0] == LIST_CLOSER:
                break  # 国际合作司 + 等司局: the list's end and a kind of units, none named (not 中科院 + 等离子体物理研究所)
            if _BRANCH_LEVEL.search(text, org.start, m.end()):
                break  # 铁塔公司 + 省级 + 公司: the group's provincial companies, none named
            headed = _headed_unit(text, m)
            department = _department_name(text, org, m)
            if middle and (not _HAN_RUN.fullmatch(middle) or _names_a_kind(middle)
                           or middle.startswith(_REFERENCE_OPENERS)  # 州人民政府 + 各委办局: every unit, none named
                           or not department and any(not (headed and words.tag(t) == _VERB_TAG and (k or t not in _UNIT_STOP))
                                  and (t in _UNIT_STOP or (words.is_function_word(t) and t not in ("发展", "监督", "召回", "巡视", "工作")
                                                           and not _ORDINAL.fullmatch(t)))  # 电子|第五|研究所
                                  for k, t in enumerate(words.cut(middle)))):
                break
            # A company named after its group (中电科 + 仪器仪表公司) keeps its
            # own name; a unit of a body is named from the body's full name.
            own_name = m.group(1) in _OWN_NAMED_UNITS
            if not own_name and any(org.end < f.start < m.start() or _is_unit(text, org) and f.start == org.end
                                    and f.end <= m.start() for f in found if f.type == "Organization"):
                # …部统一管理中央机构编制委员会办公室; a unit, then a body (发展改革委办公厅 + 科技部办公厅, not
                # 中央纪委 + 国家监委驻部纪检监察组: one body's two plates): the unit is the body named after the words
                break
            end, unit = m.end(), text[org.end:m.end()]
            paired = _pair_start(text, org.start, found)
            if paired < org.start:  # 中国－上海合作组织 + 大数据合作中心, 中国-东盟 + 中心: the pair's body, as written, no unit of the second
                yield _mention(sent, "Organization", paired, end, text[paired:end], "org.unit.v1", subtype=_org_subtype(unit))
                break
            name = text[org.start:end] if own_name else org.name + unit
            subtype = "Enterprise" if own_name else _subtype(unit) if not middle else (
                "GovernmentBody" if org.subtype in ("GovernmentBody", "PartyOrganization") else org.subtype)
            # 中国铁路 + 总公司: the head office is the company itself (the railways' company before 国铁集团), no unit of it
            head_office = unit in _HEAD_OFFICE_WORDS
            unit_mention = _mention(sent, "Organization", org.start, end, name, "org.unit.v1",
                                    subtype=subtype, parent="" if head_office else org.name, scope=org.scope)
            queue.append(unit_mention)
            yield unit_mention
            break


# A government body's department named as ministries name theirs (运行监测协调局, 节能与综合利用司,
# 规划与财务司, 科技和信息化局, 产业发展促进中心): its fields and the verbs of its work, two of them
# joined by 和 or 与, a sea or area it serves among them. Its word (司, 局, 处) ends a word of the text;
# a 中心's name opens with no verb (推进|数据中心, 支持|创新中心: the body's act and its object).
_DEPARTMENT_WORDS = ("司", "局", "处")
_DEPARTMENT_TAGS = {"n", "vn", "v", "l", "an", "nz", "nt", "j", "ns"}  # ns: a region's part (南海|航海保障中心)
_NOUN_TAG = "n"
_UNIT_NAME_TAGS = {"", "n", "nt", "nz", "nr", "j"}  # the unit's word alone (司 nr) or a noun ending in it


def _department_name(text: str, org: Mention, unit: re.Match) -> bool:
    """The words between a government body and a unit's word name a department
    of it (工业和信息化部 + 运行监测协调局, + 节能与综合利用司): nouns and
    verbs of a field (not the body's acts: 召开, 发布, 推动 …), a 和 or 与 only
    between two of them, and the unit's word ends a word of the text."""
    word = unit.group(1)
    if org.subtype != "GovernmentBody" or word not in (*_DEPARTMENT_WORDS, _CENTRE) \
            or unit.end() not in words.cuts_around(text, unit.start(), unit.end()) and not _TITLE.match(text, unit.end()):
        return False  # 人工智能处|处长: jieba may glue the unit's word to its head's title (处处)
    toks = words.cut(text[org.end:unit.end()])
    if word == _CENTRE and words.tag(toks[0]) == _VERB_TAG:
        return False
    return _department_words(toks, word)


def _department_words(toks: tuple[str, ...], word: str) -> bool:
    """The words of a department's name up to its word (运行|监测|协调局; 节能|与|综合利用|司)."""
    return all(0 < k < len(toks) - 1 if t in _FIELD_JOINERS else
               words.tag(t) in _UNIT_NAME_TAGS if t.endswith(word) else  # 协调局, 财务司; not 落到实处 (an idiom)
               words.tag(t) in _DEPARTMENT_TAGS and (t not in _UNIT_STOP or k and _work_word(t))
               and not _BODY_WORD_END.search(t)  # 中共河南省委 + 省政府|有关|数据中心: another body, no department
               for k, t in enumerate(toks))


def _work_word(token: str) -> bool:
    """A word of a body's acts that jieba tags as a noun (指导 n): after the
    department's first word, a word of its work (农村合作经济|指导|司); not
    a reference (有关 vn) nor a title."""
    return words.tag(token) == _NOUN_TAG and not _TITLE.fullmatch(token)


# A local government's bureau named by its place and its fields (浙江省 + 海洋与渔业局, 北京市 + 园林绿化局)
# where the function list has no entry for it: the same grammar as a department's name, ending in 局.
_BUREAU = re.compile(rf"[{CJK}]{{2,10}}?局")
_BUREAU_WORD = "局"
_LOCAL_LEVELS = {"Province", "City", "District"}


@recogniser("org.local-bureau.v1", needs=(_BUREAU_WORD,))
def local_bureau(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """[province | city | county] + the words of a department's name + 局: that
    place's bureau (浙江省海洋与渔业局, located in 浙江省); not a body found
    already there, nor one opening with a national name (北京市|国家税务局), nor
    a place's when a nearer place follows it (陕西省|宝鸡市交通局: 宝鸡市's)."""
    text = sent.text
    taken = [(o.start, o.end) for o in found if o.type == "Organization"]
    for region in (m for m in found if m.type == "Region" and m.subtype in _LOCAL_LEVELS):
        m = _BUREAU.match(text, region.end)
        if m is None or text.startswith(_NATIONAL_NAMES, region.end) or text[m.end() - 2:m.end()] in _NOT_UNITS \
                or any(a < m.end() and region.start < b for a, b in taken) \
                or any(r.type == "Region" and r.start == region.end for r in found) \
                or m.end() not in words.cuts_around(text, m.start(), m.end()):
            continue
        toks = words.cut(m.group())
        if toks[0] not in _FIELD_JOINERS and _JOINED_NAMES not in m.group() and _department_words(toks, _BUREAU_WORD):
            # 崇川区|重大项目开工暨中铁四局: 暨 joins two names, no department's words
            place = region.surface if _with_level_word(region) else region.name  # as org.government.v1 names it
            yield _mention(sent, "Organization", region.start, m.end(), place + m.group(), "org.local-bureau.v1",
                           subtype="GovernmentBody", parent=region.name)


def _headed_unit(text: str, unit: re.Match) -> bool:
    """The unit's word is followed by its head's title, which repeats it
    (运行监测协调局|局长, 运行监测处|副处长): the words before name a unit of the
    body, verbs among them (运行, 统计; 协调 after the first word), not an act
    of the body (省工信厅召开|处处长会议: the first word is the body's act)."""
    title = _TITLE.match(text, unit.end())
    return title is not None and title.group().removeprefix("副").startswith(unit.group(1)[-1])


_BARE_UNIT_ENDS = ("局", "司", "厅", "室", "中心")
_NATIONAL_NAMES = ("国家", "中国", "全国", "中央")
_UNIT_NAME = re.compile(rf"[{CJK}]{{2,12}}")


def _post_ends_unit_run(text: str, title: re.Match) -> bool:
    """A post, a word of its own, that no unit's word follows: the run of a
    unit's name stops before it (常委会办公厅|主任王某; 党组书记、局长许继金 and
    代理局长许继金率局 name the same person's second post, no unit), while
    常委会办公厅 and 总工程师办公室 open with a title and go on."""
    cuts = words.cuts_around(text, title.start(), title.end())
    following = words.cut(text[title.end():title.end() + words.CONTEXT_AROUND])
    return title.start() in cuts and title.end() in cuts and not (following and following[0].endswith(_BARE_UNIT_ENDS))


@recogniser("org.unit-after-post.v1", needs=("、",))
def unit_after_post(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A unit named bare after a post in its body (工业和信息化部新闻发言人、
    运行监测协调局局长陶青): a unit of that body, as if its name were written out."""
    text = sent.text
    for org in found:
        if org.type != "Organization" or org.subtype != "GovernmentBody":
            continue
        for k, post in enumerate(_speakers_posts(text, org, settings.thresholds)):
            if text[post.end():post.end() + 1] == "、" and not (k and text.startswith(_NATIONAL_NAMES, post.end() + 1)):
                yield from _unit_after(sent, org, post.end() + 1)  # a later speaker's 国家统计局 is a body of its own


def _speakers_posts(text: str, org: Mention, th: Thresholds) -> Iterator[re.Match]:
    """The first post of each speaker of ``org`` a list names: the one right
    after the body, and after a comma the next speaker's, where the speaker
    before is named after a chain of posts only (工业和信息化部新闻发言人、总工程师
    赵志国，新闻发言人、运行监测协调局局长陶青)."""
    pos = org.end
    while (post := _TITLE.match(text, pos)) is not None:
        yield post
        end = post.end()
        while text[end:end + 1] == "、":  # the speaker's other posts, one maybe in a unit named bare
            unit_end = _bare_unit_end(text, end + 1)
            more = _TITLE.match(text, end + 1 if unit_end is None else unit_end)
            if more is None:
                break
            end = more.end()
        name_end = _person_at(text, end, th)
        if name_end < 0 or text[name_end:name_end + 1] not in SPEAKERS_COMMAS:
            return
        pos = name_end + 1


def _bare_unit_end(text: str, start: int) -> Optional[int]:
    """The end of a unit named bare at ``start`` before its head's title
    (运行监测协调局|局长), or None."""
    run = _UNIT_NAME.match(text, start)
    run_end = run.end() if run else start
    run_end = next((t.start() for t in _TITLE.finditer(text, start, run_end) if _post_ends_unit_run(text, t)), run_end)
    return next((e for e in range(start + 2, run_end + 1)
                 if text[start:e].endswith(_BARE_UNIT_ENDS) and _TITLE.match(text, e)), None)


def _unit_after(sent: Sentence, org: Mention, start: int) -> Iterator[Mention]:
    """A unit of ``org`` named bare at ``start``, before its head's title."""
    text = sent.text
    end = _bare_unit_end(text, start)
    if end is not None:  # 国家移民管理局 names itself in full
        name = text[start:end] if text.startswith(_NATIONAL_NAMES, start) else org.name + text[start:end]
        yield _mention(sent, "Organization", start, end, name, "org.unit-after-post.v1",
                       subtype="GovernmentBody", parent=org.name, scope=org.scope)


_UNIT_LIST_ENDS = ("等", "和", "及", "联合", "共同", "负责人", "有关负责人")  # what follows a list of units, no unit's word
_SIBLING_UNIT = re.compile(rf"、([{CJK}]{{2,12}}?(?:{_alt(_BARE_UNIT_ENDS)}))(?=[、，。；,;\s)）]|$|{_alt(_UNIT_LIST_ENDS)})")


@recogniser("org.sibling-unit.v1", needs=("、",))
def sibling_unit(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """Units of one body listed after the first, which names the body (工业和信息化部信息技术发展司、
    办公厅; 工业和信息化部运行监测协调局、网络安全管理局): each is a unit of that body, named in full.
    Not a body of its own (国家统计局, 广东省通信管理局: found, or opening with a national name)."""
    text = sent.text
    starts = {m.start for m in found if m.type in ("Organization", "Region")}
    for unit in (m for m in found if m.type == "Organization" and m.source == "org.unit.v1" and m.parent):
        end = unit.end
        while (m := _SIBLING_UNIT.match(text, end)) is not None and m.start(1) not in starts \
                and not m.group(1).startswith(_NATIONAL_NAMES):
            yield _mention(sent, "Organization", m.start(1), m.end(1), unit.parent + m.group(1), "org.sibling-unit.v1",
                           subtype=unit.subtype, parent=unit.parent, scope=unit.scope)
            end = m.end()


_CAPITALS = tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LATIN_TOKEN = re.compile(r"(?<![A-Za-z0-9&._-])[A-Z][A-Za-z0-9]*[A-Za-z](?![A-Za-z0-9_-])")
_NOT_LATIN_NAMES = set(P["organization"]["latin_not_names"])
_LATIN_BODY_AFTER = tuple(P["organization"]["latin_body_after"])
_LATIN_SUBJECT_VERBS = tuple(P["organization"]["latin_subject_verbs"])
_LATIN_PARTNER_BEFORE = tuple(P["organization"]["latin_partner_before"])
_LATIN_PARTNER_AFTER = tuple(P["organization"]["latin_partner_after"])
_LATIN_CLAUSE_START = set("，。；：！？、（(“\n由")  # where a subject starts; 由X承办 names the host
WORD_JOINERS = ("和", "与", "及")  # the words that join two items (服务器和存储技术)
LIST_JOINERS = ("、", *WORD_JOINERS)  # what stands between the items of a list (A、B和C), read by relations and measures too
LIST_CLOSER = "等"  # the word that closes a list (A、B等), read by measures too
_OPERATOR_ITEM_ENDS = (*LIST_JOINERS, LIST_CLOSER)  # what follows an operator listed after the first (电信、移动、联通等)


def _latin_name_shape(token: str, th: Thresholds) -> bool:
    caps = sum(c.isupper() for c in token)
    return token not in _NOT_LATIN_NAMES and (caps >= 2 or len(token) >= th.min_capitalised_letters)


@recogniser("org.latin-name.v1", needs=_CAPITALS)  # a name opens with one (_LATIN_TOKEN)
def organization_latin_name(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A name in Latin letters (Nokia, ZTE, IEEE, OSCHINA) where the sentence
    treats it as a body: a regional arm after it (Nokia 大中华区), an event or
    speech verb after it at a clause's start (OSCHINA 承办, ZTE宣布), a
    partner word before it (与Nokia合作), or bodies beside it in a list
    (恒远软件、Nokia、中国电信). Technology words (5G, AI, APP, CPU) are data
    in latin_not_names."""
    text = sent.text
    orgs = [m for m in found if m.type == "Organization"]
    for m in _LATIN_TOKEN.finditer(text):
        if not _latin_name_shape(m.group(), settings.thresholds) or any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        before = text[:m.start()].rstrip(" \u3000")
        after_at = m.end() + (1 if text[m.end():m.end() + 1] in (" ", "\u3000") else 0)
        after = text[after_at:]
        org_before = any(o.end == len(before) for o in orgs)
        org_after = next((o for o in orgs if o.start == after_at + 1 and after[:1] in LIST_JOINERS), None)
        if after.startswith(_LATIN_BODY_AFTER) \
                or (not before or before[-1] in _LATIN_CLAUSE_START) and after.startswith(_LATIN_SUBJECT_VERBS) \
                or before.endswith(_LATIN_PARTNER_BEFORE) and after.startswith(_LATIN_PARTNER_AFTER) \
                or before.endswith("、") and any(o.end == len(before) - 1 for o in orgs) \
                or org_after is not None and (after.startswith("、") or text.startswith(_LATIN_PARTNER_AFTER, org_after.end)) \
                or org_before and after[:1] == "、":
            yield _mention(sent, "Organization", m.start(), m.end(), m.group(), "org.latin-name.v1", subtype="Enterprise")


_LATIN_ARM = Guarded(rf"(?<![A-Za-z0-9&._-])([A-Za-z][A-Za-z0-9]+)[ \u3000]?({_alt(P['organization']['latin_arms'])})",
                    needs=P["organization"]["latin_arms"])


@recogniser("org.latin-arm.v1", needs=_LATIN_ARM.needs)
def organization_latin_arm(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A body's regional arm or committee written after its Latin-script
    name (GSMA 大中华区, openEuler 技术委员会): one body, named whole."""
    for m in _LATIN_ARM.finditer(sent.text):
        if m.group(1) not in _NOT_LATIN_NAMES:
            yield _mention(sent, "Organization", m.start(), m.end(), m.group(1) + m.group(2), "org.latin-arm.v1",
                           subtype="Enterprise", parent=m.group(1))


# -- people ----------------------------------------------------------------

_TITLE = re.compile(rf"({_alt(P['person']['titles'] + P['person']['place_leaders'])})")
_PLAIN_AFTER_NAME = set(P["person"]["plain_after_name"])
_VERB_TITLES = {title: tuple(after) for title, after in P["person"]["verb_titles"].items()}  # 代表 -> 的, 着: the verb there
_KIND_LED_TITLES = frozenset(P["person"]["kind_led_titles"])  # 智库|代表: a kind, no name, where the dictionary has the word
# The stems of bodies' short names (文旅局, 卫健委, 林草局): before a head's title they name the body, not a
# person (文旅局长, 卫健局长 as media write a bureau's head), though a surname opens them.
_BODY_STEMS = frozenset(P["organization"]["functions"]) | {k[:i] for k in _ABBR for i in range(2, len(k))}
_AFTER_NAME_WORDS = P["person"]["after_name"] + P["person"]["plain_after_name"]
_HONORIFICS = ("先生", "女士", "同志")  # the words after a name (person.after_name) that are no post's title
_TITLES = set(P["person"]["titles"]) | set(_AFTER_NAME_WORDS)
# where a name before its title opens: not inside a run of Han characters or digits, but right after a
# verb of study or a preposition glued to it (学习|习近平总书记, 贯彻落实|李强总理, 以|习近平同志为核心)
_NAME_OPENS = "|".join([rf"(?<![{CJK}0-9])", *(f"(?<={verb})" for verb in P["person"]["study_verbs"] + P["person"]["preposition_openers"])])
_AFTER_NAME = Guarded(rf"(?:{_NAME_OPENS})([{CJK}]{{2,3}}?)({_alt(_AFTER_NAME_WORDS)})", needs=_AFTER_NAME_WORDS)
_CONTACTS = tuple(P['person']['contacts'])
_PHONE_AFTER = re.compile(rf"[，,、;；\s　]*(?:{_alt(P['person']['phone_words'])})?[：:]?\s*[\d(（]")  # 张彬，电话：0431-…; 左成林，0771-…
_BRACKETED_NAMES = re.compile(rf"(?:[、\s　]+[{CJK}]{{2,3}})*[)）]")  # the names a byline's bracket closes
_BYLINE_GAPS = " 　：:丨|"  # what sets a byline's names off from it (记者 吴丽琳, 记者：吴丽琳)
_PHOTO = "摄"  # a photo's credit after its taker's name: (刘岭逸 摄), 新华社记者刘岭逸 摄
# the names a byline's line ends with, glued to it (新华社记者马剑、严赋憬、张璇; 新华社记者刘岭逸 摄)
_CLOSING_NAMES = re.compile(rf"[{CJK}]{{2,3}}(?:、[{CJK}]{{2,3}})*(?:[\s　]+{_PHOTO})?[\s　]*$")
# a byline glued to its names where the bracket closes them (新华社北京7月27日电(记者孙铁翔、朱基钗)), the line ends with
# them, or another byline word follows (记者李聪 通讯员 陈希元): the names end there
_BYLINE = re.compile(rf"(?:{_alt(P['person']['bylines'])})(?:[\s　]+|[\s　]*[：:丨|][\s　]*"
                     rf"|(?=[{CJK}]{{2,3}}{_BRACKETED_NAMES.pattern})|(?={_CLOSING_NAMES.pattern})"
                     rf"|(?=[{CJK}]{{2,3}}[\s　]+(?:{_alt(P['person']['bylines'])})))"
                     rf"([{CJK}]{{2,4}})(?![{CJK}])")
_CO_AUTHOR = re.compile(rf"(?:[\s　]+|、)([{CJK}]{{2,4}})(?![{CJK}])")  # 记者 曹娴 刘勇; (记者孙铁翔、朱基钗)
_REPORTED = re.compile(r"[\s　]*报道")  # 记者 刘勇 申城 报道: the words before 报道 may say where from
_SIGNOFF = re.compile(rf"[(（]([{CJK}]{{2,3}})[)）]$")
# the reporters' names bracketed right after a dateline with no byline word (人民网北京3月1日电 (赵超), 新华社北京2月1日电
# (白瀛、胡梦雪), 宜昌3月10日电（董晓斌 韩成）): the bracket says they are names, each a plain one (audit uhd, session 28:
# 19 of the genre pages' 78 bracketed dateline names, all of these, were missed)
_DATELINE_NAMES = re.compile(rf"{_DATELINE.pattern}[\s　]*[(（]([{CJK}]{{2,3}}(?:[、\s　]+[{CJK}]{{2,3}})*)[)）]")
_NAMES_SPLIT = re.compile(r"[、\s　]+")
_PHOTO_CREDIT = re.compile(rf"[(（]([{CJK}]{{2,3}})[\s　]*{_PHOTO}[)）]")
_NOT_NAME = re.compile(r"[组委部局厅市省区县司院所会办处室队团长记员党国中央各本该我其]|^全")


_VERB_SURNAMES = set("来到向于和与对为在从将把但由都位")  # surnames that are also verbs or prepositions
_COMPOUND_SURNAMES = {s for s in SURNAMES if len(s) == 2}
_SPEECH_VERB = re.compile(rf"(?:{_alt(P['person']['speech_verbs'])})")
_AFTER_NAME_PUNCT = set("，。、；：,;:（()）“”\"\n ")
_PERSON_TAGS = {"nr", "nrfg", "nrt"}
_PERSON_NAME_TAG = "nr"  # a personal name's tag, not a transliteration's (nrt: 伊拉克, 华为 too) nor a fragment's (nrfg)
_VERB_TAG = "v"
_NAME_FRAGMENT = "nrfg"
_PLACE_TAGS = {"ns", "nt", "nz"}  # places, bodies, other proper names: 成渝, 江苏  # jieba's tags for personal names
_OWNER_TAGS = _PLACE_TAGS | {"j"}  # …and their short forms: the owners of numbered units (华北油田 nt, 中冶 j)


def _person_at(text: str, i: int, th: Thresholds) -> int:
    """End of a person's name starting at ``i``, or -1: a surname, then one
    or two given-name characters. jieba's cut says where the name ends
    unless what follows says otherwise: a 2-character cut whose next
    character is followed by a title, a verb of speech or punctuation is a
    3-character name (陆治|原表示 -> 陆治原)."""
    if _TITLE.match(text, i + 1):
        return -1  # 由分管副省长任组长, 任副组长: 任 (a surname, and the verb "serve as") before a post names no one
    end = _unglued(text, i, _person_by_cut(text, i, th), th)
    if end > 0 and text.startswith("一" + _DELEGATION, end) and _plain_name(text[i:end + 1], th):
        return end + 1  # 张庆一|一行: a given name's 一, then the delegation
    if end > 0 and _conjunction_ends_name(text, i, end, th):
        return end + 1
    if end == i + 2 and text[end:end + 1] in _GIVEN_AND_AFTER_NAME and _plain_name(text[i:end], th) \
            and (_name_ends_at(text, end + 1) or _verb_follows(text, end + 1)):
        return end + 1  # 罗叶|中、, 刘国|中陪同: 中 ends the name when the name's end or a verb follows (not 王毅|中方)
    if end > 0 and _name_ends_at(text, end):
        return end
    if end > 0 and words.frequency(text[i:end]) >= th.common_word_freq \
            and not (words.tag(text[i:end]) in _PERSON_TAGS and _act_follows(text, end)):
        end = -1  # a common word jieba also tags a name (汪洋, 荣获, 蓝天): only where what follows says so
    return next((i + n for n in _NAME_LENGTHS[text[i:i + 2] in _COMPOUND_SURNAMES]
                 if _plain_name(text[i:i + n], th, rare=not _given_character_after_cut(text, i, n, end))
                 and (_name_ends_at(text, i + n) or _verb_follows(text, i + n) and not _rare_verb_across_cut(text, i + n, end, th))
                 and not _straddles(text, i + n, th)), _given_character_before_word(text, i, end, th))


_GLUED_AFTER_NAME = set(P["person"]["glued_after_name"])
_WORD_AFTER_NAME_TAGS = ("p", "c", "v", "t")  # prepositions, conjunctions, verbs, time words: 向, 受, 和, 赴, 近些年来


def _given_character_before_word(text: str, i: int, end: int, th: Thresholds) -> int:
    """Where nothing tells a 2-character cut (surname and one given character) from a 3-character name:
    the character after the cut that jieba left alone or glued to the next into no word (万鄂|湘|建议, 江小|涓|近些年来,
    黄润|秋受|国务院, 韩长|赋向|公众) is the given name's last when a word that follows a name comes after it (a
    preposition, conjunction, verb or time word, or a common word: 受, 向, 建议), not an act word of its own
    (刘刚|赴京, 钟山|很, 董磊|正为: a verb or adverb; 李明|日前, 郑蕾|充分: a word) nor one that never ends a name;
    else the cut's end."""
    if end != i + 2 or not _HAN_RUN.fullmatch(text[i + 2:i + 3]):
        return end
    cut = words.cut(text[end:end + words.CONTEXT_AROUND])
    following = words.cut(text[end + 1:end + 1 + words.CONTEXT_AROUND])
    if not cut or not following or len(cut[0]) > 1 and words.frequency(cut[0]) >= th.rare_word_freq \
            or _straddles(text, end + 1, th):
        return end  # 李明|日前, 郑蕾|充分肯定: the character opens a word
    char = text[end]
    if char in _NOT_NAME_LAST or char in _COMING_GOING or char in _GLUED_AFTER_NAME \
            or words.tag(char) in (_LOCATIVE_TAG, *_HOW_WORD_TAGS) or len(cut[0]) == 1 and words.is_function_word(char):
        return end  # 张军|在, 刘奇|来, 董磊|正为, 钟山|很|有信心: a word after the name
    word = following[0]
    # a one-character verb before a common word is the act and that word its object (李明|答|记者问), no given name's
    # last character; before a preposition or a list's 等 it may be one (韩长|赋|向, 米卡|提|等)
    object_follows = words.tag(char).startswith("v") and words.tag(word) not in _WORD_AFTER_NAME_TAGS
    after_name = words.tag(word) in _WORD_AFTER_NAME_TAGS or word in _ITEM_FOLLOWERS \
        or len(word) > 1 and words.frequency(word) >= th.common_word_freq and not object_follows  # 罗塞|芙|等
    return end + 1 if after_name and _plain_name(text[i:end + 1], th, rare=False) else end


def _unglued(text: str, i: int, end: int, th: Thresholds) -> int:
    """jieba's cut of a name of surname and one given character with the word after it glued on
    (韩正到|内蒙古, 刘鹤以|视频连线, 李鸿等|先后发言): a word that follows a name and ends none (patterns.toml
    glued_after_name) ends the name before it (张|平等|出席 too); else the cut's end."""
    return end - 1 if end - i == 3 and text[end - 1] in _GLUED_AFTER_NAME and _plain_name(text[i:end - 1], th, rare=False) else end


_TIME_AFTER_NOUN = "时"  # with a localizer (后, 前, 上, 中: jieba's f), what closes a time clause after a noun
# jieba's tags of the one-character words that say how or when a person acts, never a name's last character:
# adverbs (均, 先, 刚), prepositions (同), conjunctions, time words (昨, 当) and pronouns (另): 市长雷鸣均出席
_ACT_WORD_TAGS = ("d", "p", "c", "t", "r")
_HOW_WORD_TAGS = tuple(t for t in _ACT_WORD_TAGS if t != "t")  # …but a time word's character ends given names (黄润秋)
_COMING_GOING = set(P["person"]["coming_going"])


def _given_character_after_cut(text: str, i: int, n: int, end: int) -> bool:
    """jieba cut the name's first two characters as a word (陶方, a noun it counts 54 times) and the
    character after as one of its own, no word that follows a name (陶方|启|出席): after a title the
    three are the name, whose first two need not be rare (not 陈述|说: 说 follows a name; nor
    总理|官邸|时: a noun, then the word that makes it a time; nor 雷鸣|来|调研, 雷鸣|均|出席: a verb of coming
    or going, an adverb, preposition or time word, which says how the person named acts)."""
    return n == 3 and end == i + 2 and end + 1 in words.cuts_around(text, end, end + 1) \
        and text[end] not in _NOT_NAME_LAST and text[end] != _TIME_AFTER_NOUN and text[end] not in _COMING_GOING \
        and words.tag(text[end]) not in (_LOCATIVE_TAG, *_ACT_WORD_TAGS)


def _rare_verb_across_cut(text: str, at: int, end: int, th: Thresholds) -> bool:
    """The verb after a shorter reading opens inside the name jieba cut (王代强|到 read as 王代|强到, a
    verb jieba counts 3 times): no proof that the name ends before it."""
    following = words.cut(text[at:at + words.CONTEXT_AROUND])
    return at < end and bool(following) and words.frequency(following[0]) < th.rare_word_freq


PLACE_WORD_TAG = "ns"
_NAME_PART_TAGS = _PERSON_TAGS | {PLACE_WORD_TAG, "x"}  # jieba reads pieces of transliterated names as names or places (苏里亚 ns, 姆 x)


_SHORT_HAN_WORD = re.compile(f"[{CJK}]{{1,3}}")


def _name_goes_on(text: str, end: int, th: Thresholds) -> int:
    """Where a transliterated name that jieba cut in two ends (阿什|拉夫,
    梅德韦|杰夫, 阿马拉|苏里亚), or ``end``: the next word is no common
    word, read as a piece of a name or place the lexicon does not list or as
    no word at all (then with no verb, preposition or particle at either end:
    王毅|应询, 米卡|提等 go no further), and a name's end follows it."""
    following = words.cut(text[end:end + 8])
    if not following or not _SHORT_HAN_WORD.fullmatch(following[0]):
        return end
    piece, tag = following[0], words.tag(following[0])
    if len(piece) == 1 and tag in _NAME_PART_TAGS and text[end + 1:end + 2].isdigit():
        return end + 1  # 哈格|尔14号, 霍尔|德6号: a name's last piece (尔 nr, 德 ns, 姆 x), then the date
    no_word = not tag and not (words.is_function_word(piece[0]) or words.is_function_word(piece[-1]))
    if piece in LEX.entries or words.frequency(piece) >= th.common_word_freq or not (tag in _NAME_PART_TAGS or no_word):
        return end
    after = end + len(piece)
    ends = _name_ends_at(text, after) or text[after:after + 1].isdigit() or text[after:after + 1] in _NAME_DOTS \
        or _verb_follows(text, after) or len(following) > 1 and words.is_function_word(following[1])
    return after if ends else end


_CONJUNCTIONS_IN_NAMES = set("和与及同")  # given names' last characters that are also conjunctions: 饶子和, 魏凤和
_CLAUSE_END = re.compile("[，。、；：,;:]")


def _conjunction_ends_name(text: str, i: int, end: int, th: Thresholds) -> bool:
    """The conjunction jieba cut off after a name of surname and one given
    character is the name's last character when it joins nothing: a list's
    or a clause's punctuation follows it (魏凤|和、李作成), or a verb whose
    clause holds no 的 (饶子|和主持开幕式; but 习近平同出席开幕式的外方领导人
    joins a noun phrase)."""
    after = end + 1
    if text[end:after] not in _CONJUNCTIONS_IN_NAMES or after - i > 3 or words.cut(text[end:end + words.CONTEXT_AROUND])[0] != text[end]:
        return False
    surname = text[i:end - 1]
    if surname not in SURNAMES or surname in _VERB_SURNAMES or not _plain_name(text[i:end], th):
        return False
    if _CLAUSE_END.match(text, after):
        return True
    following = words.cut(text[after:after + words.CONTEXT_AROUND])
    clause_end = _CLAUSE_END.search(text, after)
    return bool(following) and len(following[0]) >= 2 and words.tag(following[0]) == "v" \
        and "的" not in text[after:clause_end.start() if clause_end else len(text)]


_DAY = re.compile(r"\d{1,2}日")


def _act_follows(text: str, end: int) -> bool:
    """A date, a time word, or an adverb then a verb follows: the name is the
    subject of an act (国务院总理温家宝30日主持, 汪洋今天在京会见, 温家宝先后主持召开),
    which a name that is also a common word (温家宝, 汪洋: frequent in jieba's
    dictionary) needs after its title; not a one-character time word, a given
    name's last character (校长张大|冬代表)."""
    if _DAY.match(text, end):
        return True
    following = words.cut(text[end:end + 2 * words.CONTEXT_AROUND])
    if len(following) < 2:
        return False
    if words.tag(following[0]) == "t" and len(following[0]) > 1:
        # the time word opens an act (汪洋今天在京会见, 温家宝今天下午主持), not a noun phrase the common word
        # governs as a verb (省委书记明白今年经济工作的重点)
        k = next((k for k, w in enumerate(following) if words.tag(w) != "t"), len(following))
        at = end + sum(map(len, following[:k]))
        act = following[k] if k < len(following) else ""
        return act[:1] == "在" or words.tag(act) in ("v", "d", "l") or words.tag(act[:2]) == "v"  # 主持|会议 one word
    return words.tag(following[0]) == "d" and _verb_follows(text, end + len(following[0]))


def _verb_follows(text: str, end: int) -> bool:
    """A verb of two characters or more, or a conjunction, follows (省长易炼红|陪同,
    易炼红|和省长: jieba cuts 易炼|红)."""
    following = words.cut(text[end:end + words.CONTEXT_AROUND])
    return bool(following) and (following[0] in LIST_JOINERS or len(following[0]) >= 2 and words.tag(following[0]) == "v")


_NOT_GIVEN = re.compile(r"[组委部局厅市省区县司院所会办处室队团党老总们与和及的之]")  # bodies' last characters; 邬老, 王总
_GIVEN_AND_AFTER_NAME = set("中")  # a given name's last character, and a word after a name (王毅|中方, 会谈|中)
_NOT_NAME_LAST = set("说称作在和与及的了是将等也都就还则又亦即曾已再对向把被为从于以并而性化方中")  # one-character words that follow a name, not end it
_PREPOSITIONS = set("为对向把被受从于与和在将同给")
_DELEGATION = "一行"  # 张庆一行: a person and those with them
_NAME_LENGTHS = {False: (3, 2), True: (4, 3)}  # given names of two characters first, then one
_NAME_SIZES = range(2, 5)  # characters of a person's Chinese name, surname and given name (王毅 to 欧阳明高)


def _person_by_cut(text: str, i: int, th: Thresholds) -> int:
    toks = words.cut(text[i:i + 6])
    if not toks:
        return -1
    first = toks[0]
    if len(first) == 2 and first[0] in _VERB_SURNAMES:
        return -1
    if len(first) in (2, 3) and (first[0] in SURNAMES or first[:2] in SURNAMES) and not words.is_function_word(first) \
            and (words.tag(first) not in _PLACE_TAGS or _name_tagged_place(text, i, first)) \
            and (words.frequency(first) < th.common_word_freq or words.tag(first) in _PERSON_TAGS):
        if len(first) == 3 and first[-1] in _PREPOSITIONS and len(toks) > 1 and words.tag(toks[1]).startswith("n"):
            return i + 2  # 张平为|大会, 刘昆受|国务院委托: jieba's HMM took the preposition before a noun into the name
        return i + len(first)
    if len(first) == 1 and first in SURNAMES and first not in _VERB_SURNAMES and len(toks) > 1 and len(toks[1]) <= 2 \
            and _given_name_word(toks[1], th) and _HAN_RUN.fullmatch(toks[1]):
        return i + 1 + len(toks[1])
    return -1


def _name_tagged_place(text: str, i: int, word: str) -> bool:
    """jieba tags the name a place (ns) though the gazetteer knows no place so named, and a name's end follows
    (二级巡视员苏平表示, 越共中央总书记苏林表示, 特多总理罗利在仪式上): the person, not a place."""
    end = i + len(word)
    return words.tag(word) == PLACE_WORD_TAG and word not in LEX.entries \
        and (_name_ends_at(text, end) or text[end:end + 1] in _NOT_NAME_LAST)


def _given_name_word(tok: str, th: Thresholds) -> bool:
    """The word jieba cuts after a surname may be a given name: no function
    word, but a rare verb of two characters may be one (刘|拥军, 时|建中: verbs
    seldom written; not 李|强调, 王|指出), unless it opens with a word that
    follows a name (席|就座 of 主席台执行主席席就座)."""
    return not words.is_function_word(tok) or len(tok) == 2 and words.tag(tok) == _VERB_TAG \
        and words.frequency(tok) < th.rare_given_verb_freq and tok[0] not in _NOT_NAME_LAST


def _plain_name(name: str, th: Thresholds, rare: bool = True, listed: bool = False) -> bool:
    """Surname first, Han characters only, no function word or common word
    (强调, 江苏) and none of the characters that end bodies' names. An item of a list of
    names (``listed``: marked off by 、 and what closes the list) may end with a character
    that elsewhere follows a name (张世方、李毅中: nothing runs on after the item)."""
    if len(name) not in _NAME_SIZES or not _HAN_RUN.fullmatch(name) or _NOT_GIVEN.search(name[1:]):
        return False
    surname = name[:2] if name[:2] in _COMPOUND_SURNAMES else name[0]
    if surname not in SURNAMES or surname in _VERB_SURNAMES or len(name) - len(surname) > 2:
        return False
    if name[-1] in _NOT_NAME_LAST and not listed or words.is_function_word(name) or words.tag(name) in _PLACE_TAGS:
        return False
    # Each word jieba finds in it is rare: 党建|工, 尤其|要, 陆军, 师生 are words
    # (jieba tags the last two as names too), but a fragment of a name (刘家|义,
    # tagged nrfg) is no word. A byline needs no such proof.
    return not rare or all(len(w) == 1 or words.tag(w) == _NAME_FRAGMENT
                           or words.frequency(w) < th.rare_word_freq and not words.is_function_word(w)
                           for w in words.cut(name))


def _straddles(text: str, end: int, th: Thresholds) -> bool:
    """The name's last character and the next make a word (马中合|作); at the text's end no next one does (a signature
    line, 联系单位:工业和信息化部信息通信管理局: the last character alone is no word running on)."""
    return end < len(text) and words.frequency(text[end - 1:end + 1]) >= th.rare_word_freq


def _name_ends_at(text: str, end: int) -> bool:
    """What follows a name: the end, punctuation, a title or a verb of speech."""
    return end >= len(text) or text[end] in _AFTER_NAME_PUNCT or bool(
        _TITLE.match(text, end) or _SPEECH_VERB.match(text, end))


_SPACES = (" ", "\u3000")
_STATE_IN_OFFICE = "国"
_HEADS_AFTER_BODY = frozenset(P["person"]["heads_after_body"])
_MESSAGES = frozenset(P["person"]["messages"])
_NAME_TAGGED_VERBS = frozenset(P["person"]["name_tagged_verbs"])
# What joins the titles of one person's chain: 党组书记、部长; 董事长兼首席执行官 (one person holding both); read by relations too.
TITLE_JOINERS = ("、", "兼")
# What parts the speakers of a list that names each by title: 、, or a comma where each has a chain of
# titles (部长李乐成，副部长辛国斌、副部长张云明出席); read by relations too.
SPEAKERS_COMMAS = (",", "，")


# A post as a body's people hold it, its function and grade before its title (研发副总裁, 高级副总裁, 助理副总裁; a Latin
# word may name the function: CAE首席专家); read by the caption recogniser and by relations for each body's posts.
POST = re.compile(f"(?:[A-Z][A-Za-z0-9]{{1,7}}|{_alt(P['position']['title_functions'])})?(?:{_alt(P['position']['title_grades'])})?"
                  f"(?:{_alt(P['person']['titles'] + P['position']['post_titles'] + list(P['position']['title_bodies']))})")


def _caption_name(name: str, th: Thresholds) -> bool:
    """A caption's name: a plain name that jieba knows as no word, or as a name and no common one (罗文, 李强);
    not an opener it knows as a word of another kind or a common one (连日来，…; 方面，…; 谢谢，…; 华容，…)."""
    return _plain_name(name, th, rare=False) and (words.frequency(name) == 0 or words.tag(name) in _PERSON_TAGS
                                                  and words.frequency(name) < th.common_word_freq)


@recogniser("person.caption.v1", needs=SPEAKERS_COMMAS)
def person_captioned(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A name opening the sentence, a comma, then the body and the post that close the clause: a photo's
    caption or an interview's name line (李博，开放原子开源基金会副秘书长; 罗文，工业和信息化部规划司司长，全程参与…)."""
    text = sent.text
    n = next((i for i in _NAME_SIZES if text[i:i + 1] in SPEAKERS_COMMAS), 0)
    # the frame proves it a name (a body and its post follow), as a list of names needs no rarity (罗文 is a word)
    if not n or not _caption_name(text[:n], settings.thresholds) or any(m.start < n for m in found):
        return
    body = max((o for o in found if o.type == "Organization" and o.start == n + 1), key=lambda o: o.end, default=None)
    post = POST.match(text, body.end) if body is not None else None
    # no Han character after the post: the clause or the line ends there (a caption's line runs into the next
    # paragraph's Latin words as the text is cleaned: 副秘书长openEuler 24.03…), or the talk's title follows (《…》)
    if post is not None and not HAN_CHAR.match(text, post.end()):
        yield _mention(sent, "Person", 0, n, text[:n], "person.caption.v1", subtype="Person")


@recogniser("person.title.v1", needs=P["person"]["titles"] + P["person"]["place_leaders"])
def person_after_title(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """部长李乐成, 局长邢海英; a list after one title (部领导叶民、熊继军);
    a name set off by spaces after its title (研究员 李鹏 表示)."""
    text = sent.text
    # Places written without their level word (泸州 for 泸州市): their last character is the name's own
    places = [(r.start, r.end) for r in found if r.type == "Region" and r.name != r.surface and r.name.startswith(r.surface)]
    bodies = [(o.start, o.end) for o in found if o.type == "Organization"]
    body_ends = {end for _, end in bodies}
    for m in _TITLE.finditer(text):
        i = m.end()
        if any(m.start() < start < m.end() < end for start, end in bodies):
            continue  # 水利部长|江水利委员会: the title's last characters open a body's name (长江水利委员会), no post
        if text.startswith(_STATE_IN_OFFICE, i):
            continue  # 轮值主席国南非, 主席国由俄罗斯担任: a state holds the office
        if any(start < m.start() < end for start, end in places):
            continue  # 泸州|长江六桥, 福州|长乐: not a 州长 (浙江省长袁家军 is a 省长)
        shared = next((r for r in found if r.type == "Region" and r.end == m.start() + 1), None)
        if shared is not None and _title_end_opens_word(text, shared.start, m.end()):
            continue  # 马鞍山市|长江岸线, 湖北省|长阳县: the place's level word, then a word (宝鸡市长上官吉庆 has a 市长)
        if m.group().removeprefix("副") in _HEADS_AFTER_BODY and m.start() not in body_ends \
                and text[m.start() - 1:m.start()] not in (m.group()[-2], *TITLE_JOINERS):
            continue  # 部署|长江, 进行|长时间: a kind's head only after its body or its chain (该行行长; 党委书记、行长)
        spaced = text[i:i + 1] in _SPACES
        i += spaced
        while True:
            if _TITLE.match(text, i):
                break  # 市委常委、常务副市长张庆一: the list goes on with another title, not a name
            end = _dotted_name_end(text, i, settings.thresholds)
            if end < 0:
                end = _person_at(text, i, settings.thresholds)
            if end > 0 and not _name_ends_at(text, end):
                end = _name_goes_on(text, end, settings.thresholds)
            end = _before_message(text, i, end)
            if end < 0 or i > m.end() + spaced and (not _ends_listed_name(text, end) or text[i:end] in LEX.entries) \
                    or text[i:end] in _MESSAGES:
                break  # 周宏伟、星河|智能…: a company follows; …、黎巴嫩总理: the next title's country; 主席|贺词: what he sent
            if spaced and text[end:end + 1] not in _SPACES and not _name_ends_at(text, end):
                break  # 研究员 李鹏 9月…: the spaces on both sides set the name off
            yield _mention(sent, "Person", i, end, text[i:end], "person.title.v1", subtype="Person")
            if text[end:end + 1] not in _ITEM_FOLLOWERS or _joiner_in_word(text, end):
                break
            i = end + 1


_CALLING = re.compile(_alt(P["person"]["callings"]))
_A_NOT_A = re.compile(r"(.)不\1")  # 农民富不富: a question of yes or no after the calling, no name
_CALLING_NOT_NAMES = tuple(P["person"]["calling_not_names"])
_CALLING_HOMES = sorted(P["person"]["calling_homes"], key=len, reverse=True)  # 一家 before 家
_HOME_NAME_SIZES = (3, 2)  # the longer first: 洪家勇|家, not 洪家
_NOT_IN_CALLED_NAME_TAGS = {"j", "v", "vn", "a"}  # 市民|居住证 (j), 游客|景中|逛 (v): a noun or a clause, no name


def _called_name(name: str, th: Thresholds, rare: bool) -> bool:
    """The words after a calling are a name: plainly a person's, no A-not-A question (农民富不富), no surname with a
    form of address or a withheld name (张女士, 曾某), and no word jieba tags a short form, verb or adjective."""
    return _plain_name(name, th, rare=rare) and not _A_NOT_A.search(name) and not name.endswith(_CALLING_NOT_NAMES) \
        and not any(words.tag(w) in _NOT_IN_CALLED_NAME_TAGS for w in words.cut(name)) and words.tag(name) != _NOUN_TAG  # 专家|智库


def _name_before_home(text: str, i: int, th: Thresholds) -> int:
    """Where a name read at ``i`` after a calling ends when its bearer's home is written glued to it (村民赵玉学家,
    店主韩光莹一家; the dictionary's words may run across the two: 赵兴福家, 洪家|勇): three or two characters plainly a
    name, rare in the dictionary, right before the home (the longer home first: 桑姆|一家, not 桑姆一|家), its last
    character and the home no common word (农民富则国家盛), no name withheld (村民李某家); -1 where none is."""
    return next((i + n for home in _CALLING_HOMES for n in _HOME_NAME_SIZES
                 if text.startswith(home, i + n) and _plain_name(text[i:i + n], th)
                 and not text[i:i + n].endswith(_CALLING_NOT_NAMES)
                 and words.frequency(text[i + n - 1:i + n + 1]) < th.home_word_freq), -1)


@recogniser("person.calling.v1", needs=P["person"]["callings"])
def person_after_calling(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A name right after a calling or walk of life, as the news introduce people with no post (村民郭利辉, 大国工匠
    梁凌宇, 志愿者杨炳琴补充讲解; a list: 航天员翟志刚、王亚平、叶光富): a name plainly a person's after a calling that
    opens a word, ending where a name ends, a verb or the bearer's home follows (走进村民洪家勇家), each item of a list
    after it the same."""
    text, th = sent.text, settings.thresholds
    taken = {m.start for m in found if m.type == "Person"}
    for m in _CALLING.finditer(text):
        if m.start() not in words.cuts_around(text, m.start(), m.end()):
            continue  # 党|员工: the calling's characters close another word
        i = m.end()  # jieba may glue the surname to the calling (店|主张|黎斌, 专业|师庄|宇飞): the name is read afresh
        while i not in taken:
            end = _person_at(text, i, th)
            # the first name must be rare in jieba's words; a list's later items are names by the frame (王亚平)
            if end < i + 2 or not _called_name(text[i:end], th, rare=i == m.end()) \
                    or not (_name_ends_at(text, end) or _verb_follows(text, end)):
                end = _name_before_home(text, i, th)
                if end < 0:
                    break
            yield _mention(sent, "Person", i, end, text[i:end], "person.calling.v1", subtype="Person")
            if text[end:end + 1] != "、":
                break
            i = end + 1


def _joiner_in_word(text: str, at: int) -> bool:
    """The 和 or 及 after a name opens a function word with what follows (县长李华|及时|部署, 及早):
    no joiner of a list, no name after it (not 和|田春华, which jieba cuts 和田|春华: a place's name)."""
    return text[at:at + 1] in WORD_JOINERS and at + 1 not in words.cuts_around(text, at, at + 1) \
        and words.is_function_word(text[at:at + 2])


def _ends_listed_name(text: str, end: int) -> bool:
    """What follows a name listed after the first under one title: what
    follows any name, or the word that joins or closes the list (副主席李树宏、
    谢清军及政协常委; 书记刘云山和刘奇葆; 甄宇、冯利英等; not 与, "with")."""
    return _name_ends_at(text, end) or text[end:end + 1] in _ITEM_FOLLOWERS


def _before_message(text: str, start: int, end: int) -> int:
    """Where a name read from start to end ends when what its bearer sent closes the reading
    (总理阮春福|贺信, 总统X|贺电): before the message, where a name of two characters or more is left."""
    message = next((w for w in _MESSAGES if text.startswith(w, end - len(w))), "") if end > 0 else ""
    return end - len(message) if message and end - len(message) - start >= 2 else end


def _title_end_opens_word(text: str, place_start: int, title_end: int) -> bool:
    """The last character of a title that shares its first with a place's
    level word opens a word of the dictionary (马鞍山市|长江: no 市长)."""
    pos = place_start
    for word in words.cut(text[place_start:title_end + words.CONTEXT_AROUND]):
        if pos >= title_end - 1:
            return pos == title_end - 1 and len(word) > 1 and words.frequency(word) > 0
        pos += len(word)
    return False


_BRACKETS = set("()（）")
_ZONE_BODIES = ("党工委", "管委会")  # a zone's party working committee and its administrative committee
_EVERY_ZONE = re.compile("(?:全[省市县区州国]|各)$")  # before a zone's kind word: every zone of the place (全省开发区)
_ZONE_SIBLING = re.compile(rf"{_TITLE.pattern}(?:、{_TITLE.pattern})*、(?P<body>{_alt(_ZONE_BODIES)})(?={_TITLE.pattern})")


@recogniser("org.zone-body.v1", needs=_ZONE_BODIES)
def zone_sibling_body(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A zone's other committee, named bare in its officer's chain of titles after the first
    (察哈尔高新区党工委书记、管委会主任王兵; 三山经开区党工委书记、管委会主任): the same zone's,
    where the first committee's name is the zone's and its word."""
    text = sent.text
    for body in [m for m in found if m.type == "Organization" and m.name.endswith(_ZONE_BODIES)]:
        m = _ZONE_SIBLING.match(text, body.end)
        zone = body.name[:-len(next(w for w in _ZONE_BODIES if body.name.endswith(w)))]
        if m and not body.name.endswith(m.group("body")) and zone.endswith(tuple(_ZONE_SUFFIXES)) and not _BRACKETS & set(zone):
            name = zone + m.group("body")
            yield _mention(sent, "Organization", m.start("body"), m.end("body"), name, "org.zone-body.v1",
                           subtype=_org_subtype(name))


_DESIGNATED_LAB = Guarded(f"(?:{_alt(P['organization']['designated_labs'])})", needs=P["organization"]["designated_labs"])
_VISIT_WORDS = set(P["organization"]["visit_words"])
_NOT_IN_FIELD_TAGS = ("p", "r", "d", "uj", "ul")  # prepositions, pronouns, adverbs, particles
_ACTION_TAGS = ("v", "vn")
_KIND_ADJECTIVE_END = "性"  # 综合性, 区域性: an adjective of a kind of lab, no field
_LAB_OBJECT_VERBS = set(P["organization"]["lab_object_verbs"]) | set(P["organization"]["lead_verbs"])
_LAB_KINDS = set(P["organization"]["lab_kinds"])
_GRADE_OPENERS = tuple(_GRADING_WORDS)  # a field opening with a grade (一流) grades a kind of lab


def _lab_field_start(text: str, end: int, bodies: list[Mention], th: Thresholds) -> int:
    """Where the field a lab is named by starts: jieba's words walked back
    from the designation, verbs (激光|推进|技术) and 和/与/及 between fields
    included, to punctuation, a body's name, a function word or a word that
    visits or acts on the lab (走进, 作为); then no verb or joiner opens it
    (创建|…), and verbs alone are no field (优化|重组…). A word the reach cuts
    into is left out."""
    lo = max(0, end - th.max_lab_field)
    bound = max([m.end() for m in _NOT_NAME_CHARS.finditer(text, lo, end)] + [b.end for b in bodies if lo <= b.end <= end],
                default=-1)
    toks = words.cut(text[max(lo, bound):end])
    if bound < 0 and lo > 0:
        toks = toks[1:]  # …交通|大学: the reach cut a word
    field = end
    for tok in reversed(toks):
        joiner = tok in WORD_JOINERS
        if joiner and field == end or not joiner and (
                tok in _STOP_TOKENS or tok in _VISIT_WORDS or words.tag(tok) in _NOT_IN_FIELD_TAGS):
            break
        field -= len(tok)
    toks = words.cut(text[field:end])
    if all(words.tag(tok) in _ACTION_TAGS for tok in toks):
        return end  # 优化|重组 (v, vn) 国家重点实验室: an act on the designation, no field
    for tok in toks:
        if tok not in WORD_JOINERS and words.tag(tok) != _VERB_TAG:
            break  # 测绘 (vn) 遥感信息工程: a field may open with a verbal noun
        field += len(tok)
    return field


@recogniser("org.designated-lab.v1", needs=_DESIGNATED_LAB.needs)
def designated_lab(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A lab the state designates, named by its field before the designation
    (激光推进技术国家重点实验室, 高效能服务器和存储技术国家重点实验室: the
    fields joined by 和 are one name); not a count or a kind of them
    (多个国家重点实验室, 我国首个…国家重点实验室, 区域综合性国家重点实验室,
    一流国家重点实验室, 企业国家重点实验室), nor the designation alone after
    a verb (重组全国重点实验室, 学校现有|国家重点实验室)."""
    text, th = sent.text, settings.thresholds
    for m in _DESIGNATED_LAB.finditer(text):
        if any(f.type == "Organization" and f.start < m.start() and f.end >= m.end() for f in found):
            continue  # named whole by another recogniser (a seat's lab)
        bodies = [f for f in found if f.type == "Organization" and f.end <= m.start()]
        start = _lab_field_start(text, m.start(), bodies, th)
        field = text[start:m.start()]
        if len(field) < th.min_owner_name or field.endswith(_KIND_ADJECTIVE_END) or _COUNT_OF_BODIES.search(field) \
                or field in _LAB_KINDS or field.startswith(_GRADE_OPENERS) or words.cut(field)[-1] in _LAB_OBJECT_VERBS \
                or field.startswith(_REFERENCE_OPENERS) or _after_count(text, start) or _qualifier_opens(field, th) \
                or _graded_kind(text, start, m.start(), th):
            continue
        start = next((b.start for b in bodies if b.end == start), start)  # 东南大学|毫米波…: the body's lab
        yield _mention(sent, "Organization", start, m.end(), text[start:m.end()], "org.designated-lab.v1",
                       subtype="ResearchInstitute")


_LAB_SUFFIX = P["organization"]["named_lab_suffix"]
_NAMED_LAB = Guarded(rf"([{CJK}]{{2,3}}){_LAB_SUFFIX}", needs=(_LAB_SUFFIX,))
_LANDFORMS = tuple(P["organization"]["named_lab_landforms"])
# the levels of place whose name names no lab (江苏实验室联盟, 中国实验室, 欧洲实验室: a kind), the ontology's subtypes
_NOT_LAB_PLACE_LEVELS = frozenset((COUNTRY_SUBTYPE, "Province", "City", "WorldRegion"))
_DESCRIBED = "的"  # 一个小小的|山洞|实验室: a description's kind, no name


@recogniser("org.named-lab.v1", needs=_NAMED_LAB.needs)
def named_lab(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A lab named by a place word alone (鹏城实验室, 之江实验室, 湘江实验室) or
    a landform's (紫金山实验室, 岳麓山实验室): the whole word before the suffix;
    not a province's, city's or country's name (江苏实验室联盟, 中国实验室), nor
    a description's kind (一个小小的山洞实验室) or a count's (5个海河实验室: a series,
    counted), nor a locality word (沿海实验室: a kind), nor one another recogniser named."""
    text = sent.text
    for m in _NAMED_LAB.finditer(text):
        word = _clause_word_before(text, m.end(1))  # the word right before the suffix, whole (5个|海河|实验室)
        start = m.end(1) - len(word)
        if len(word) < 2 or text[start - 1:start] == _DESCRIBED or _after_count(text, start) \
                or not (words.tag(word) == PLACE_WORD_TAG or word.endswith(_LANDFORMS)) \
                or words.tag(word) == _LOCATIVE_TAG \
                or any(e.type == "Region" and e.subtype in _NOT_LAB_PLACE_LEVELS for e in LEX.entries.get(word, ())) \
                or any(f.type == "Organization" and f.start <= m.end(1) and f.end >= m.end() for f in found):
            continue
        yield _mention(sent, "Organization", start, m.end(), text[start:m.end()], "org.named-lab.v1", subtype="ResearchInstitute")


def _clause_word_before(text: str, end: int) -> str:
    """jieba's last word before ``end``, the clause up to it cut whole (its words as in the sentence, not as
    words.word_before's few characters cut them); the clause is not empty."""
    clause = max(text.rfind(c, 0, end) for c in "，,。；;：:、“”（）() ") + 1
    return words.cut(text[clause:end])[-1]


# A joint lab's name in quotes (“人工智能联合实验室”揭牌, 共同成立的“北京集成电路测试技术联合实验室”):
# the lab several bodies build together is a body of its own, named by its field; quoted, the words are its
# name, not a kind (建设校企联合实验室, 共建10家联合实验室 go unquoted). Its field words come first.
_QUOTED_JOINT_LAB = Guarded(r"“([^“”，。；、\s]{2,24}?联合[^“”，。；、\s]{0,6}?实验室)”", needs=("联合",))


_JOINT_LAB_PARTNERS = set(P["organization"]["joint_lab_partner_kinds"])


@recogniser("org.quoted-joint-lab.v1", needs=_QUOTED_JOINT_LAB.needs)
def quoted_joint_lab(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A joint lab named in quotes (“智能高性能计算技术联合实验室”,
    “宝鸡市人工智能联合共享实验室”); not one another recogniser named."""
    text = sent.text
    for m in _QUOTED_JOINT_LAB.finditer(text):
        if text[m.start(1):m.end(1)].split("联合")[0] in _JOINT_LAB_PARTNERS:
            continue  # “产学研联合实验室”: the kind by who builds it, no lab's field
        if not any(f.type == "Organization" and f.start <= m.start(1) and f.end >= m.end(1) for f in found):
            yield _mention(sent, "Organization", m.start(1), m.end(1), m.group(1), "org.quoted-joint-lab.v1",
                           subtype="ResearchInstitute")


_EXECUTIVE_POST = Guarded(f"(?:{_alt(P['organization']['executive_posts'])})", needs=P["organization"]["executive_posts"])
_EXECUTIVE_POST_OPENERS = tuple(P["organization"]["executive_post_openers"])
_EXECUTIVE_AREA_ENDS = tuple(P["organization"]["executive_area_ends"])
_MEETING_ENDS = tuple(P["event"]["suffixes"])  # 乌镇峰会|总经理: a meeting's name, no company's
_TYPES_NOT_IN_COMPANY_NAME = ("Organization", "Person", "Event", "Policy")  # a company's name holds none of these (a place or field it may)


_NEXT_EXECUTIVE_POST = re.compile(rf"{_CONCURRENT}(?:{_alt(_EXECUTIVE_POST_OPENERS)})*(?:{_alt(P['organization']['executive_posts'])})")


def _person_after_posts(text: str, end: int) -> int:
    """Where the person holding a post ending at ``end`` is named: after any
    posts held with it (董事长兼首席执行官|黄伟, 总裁兼CEO|…)."""
    while (held := _NEXT_EXECUTIVE_POST.match(text, end)) is not None:
        end = held.end()
    return end


EXECUTIVE_COMPANY = "org.executive.v1"  # the source of a company named by its executive, whose name resolution finds again


# Here, after person.title.v1: it reads the person that recogniser found after the post.
@recogniser(EXECUTIVE_COMPANY, needs=_EXECUTIVE_POST.needs)
def organization_of_executive(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A name right before a company's executive post with a person's name
    right after it (水发云天置业董事长沙德庆, 新松机器人总裁曲道奎) is a
    company's, whatever its last word: only a company has a 董事长 or a CEO.
    Words that qualify the post (轮值, 常务) and the company's area division
    (亚太区) are no part of it; not a name already found, a reference (该公司),
    a place alone (深圳|总经理), a meeting's name (乌镇峰会), words of a clause
    or a kind (企业, 上市公司), words longer than a company's name
    (海尔智家中国区市场: the reach cuts into it), nor words with no brand (a
    place or a word jieba does not know or tags as a name) in them."""
    text = sent.text
    people = {m.start for m in found if m.type == "Person"}
    th = settings.thresholds
    for post in _EXECUTIVE_POST.finditer(text):
        if _person_after_posts(text, post.end()) not in people:
            continue
        at = post.start()
        while text.endswith(_EXECUTIVE_POST_OPENERS, 0, at):
            at -= next(len(w) for w in _EXECUTIVE_POST_OPENERS if text.endswith(w, 0, at))
        start = _name_left(text, at, max_chars=th.max_owner_name)
        if _name_left(text, at, max_chars=2 * th.max_owner_name) != start:
            continue  # the words go on past a company's name: where it starts is unknown
        toks = list(words.cut(text[start:at]))
        while toks and toks[-1].endswith(_EXECUTIVE_AREA_ENDS):
            at -= len(toks.pop())  # 西门子亚太区|CEO: the company's area division
        name = text[start:at]
        if len(name) < th.min_owner_name or not HAN_OR_LATIN.search(name) or name.startswith(_REFERENCE_OPENERS) \
                or name in _SUFFIX_WORDS or _common_words(name) or _names_a_kind(name) or name.endswith(_MEETING_ENDS) \
                or any(f.type in _TYPES_NOT_IN_COMPANY_NAME and f.start < at and start < f.end for f in found) \
                or any(r.type == "Region" and r.start == start and r.end == at for r in found):
            continue
        places = [r for r in found if r.type == "Region" and start <= r.start and r.end <= at]
        if places or any(_proper_or_unknown(t) for t in words.cut(name)):
            yield _mention(sent, "Organization", start, at, name, EXECUTIVE_COMPANY, subtype=_org_subtype(name))


LISTED_COMPANY = "org.listed.v1"  # the source of a company named by its stock code, whose name resolution finds again
# A stock code in brackets: an exchange's name and the code (纳斯达克股票代码:GDS; Nasdaq:VNET), a US or
# Hong Kong ticker (VNET.US, 00762.HK), or a Hong Kong or mainland code (09698, 300173, 600050.SH).
STOCK_CODE = re.compile(rf"[(（](?:(?:{_alt(P['organization']['listing_words'])})\s*[:：]\s*[A-Z0-9]{{1,6}}"
                         r"|[A-Z]{1,5}\.(?:US|HK)|0\d{4}(?:\.HK)?|(?:60|68|00|30)\d{4}(?:\.S[HZ])?)(?=[;；,，)）])")


@recogniser(LISTED_COMPANY, needs=OPENING_BRACKETS)
def listed_company(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A name right before a stock code in brackets (万国数据（纳斯达克股票代码：GDS）,
    世纪互联(VNET.US)) is a listed company's, whatever its words: only a company is
    listed. The kind said before it (上市公司, 服务商) is no part of it; not a name
    already found (…有限公司（以下简称…）), a reference (该公司), nor one over
    another mention."""
    text, th = sent.text, settings.thresholds
    for code in STOCK_CODE.finditer(text):
        at = code.start()
        if any(o.type == "Organization" and o.end == at for o in found):
            continue
        start = _after_kind_said(text, _name_left(text, at, max_chars=th.max_owner_name), at)
        name = text[start:at]
        if len(name) < th.min_owner_name or not HAN_OR_LATIN.search(name) or name.startswith(_REFERENCE_OPENERS) \
                or name in _SUFFIX_WORDS or any(f.type in _TYPES_NOT_IN_COMPANY_NAME and f.start < at and start < f.end for f in found):
            continue
        if code.group()[1].isdigit() and (_common_words(name) or any(
                f.type == "Sector" and start <= f.start and f.end <= at for f in found)):
            continue  # 5G基站（300000）, 邮政编码（300072）: a bare number after common words or a field's is no code
        yield _mention(sent, "Organization", start, at, name, LISTED_COMPANY, subtype="Enterprise")


FINANCED = "org.financing.v1"  # the source of a company named by a round of financing it raises or invests in
_FINANCING_ROUNDS = P["organization"]["financing_rounds"]
_RAISING = Guarded(rf"(?:{_alt(P['organization']['raising_verbs'])})了?[^，,。；;：:！？!?\s]{{0,16}}?(?:{_alt(_FINANCING_ROUNDS)})",
                   needs=_FINANCING_ROUNDS)
_INVESTING_WORDS = P["organization"]["investing_words"]
_INVESTING = Guarded(rf"(?:{_alt(P['organization']['investing_openers'])})?(?:{_alt(_INVESTING_WORDS)})", needs=_INVESTING_WORDS)
_INVESTORS_AFTER = P["organization"]["investors_after"]
_INVESTORS_CLOSE = P["organization"]["investors_close"]
_ANNOUNCING = re.compile(rf"(?:{_alt(P['organization']['raising_announcers'])})$")
_CLAUSE_OPEN = re.compile(r"[，,。；;：:！？!?、\s]")  # where a raiser's clause opens, or its list item (之一、老鹰半导体获…)
_LIST_CLAUSE_OPEN = re.compile(r"[，,。；;：:！？!?\s]")  # where a list of investors' clause opens
_BRACKET_NOTE = re.compile(r"[(（][^()（）]*[)）]")  # 鼎晖VGC(创新与成长基金): a note on the name, no part of it
_RAISER_BREAK_TAGS = {"p", "c", "u", "uj", "ul", "ud", "uz", "ug", "uv", "r", "d", "m", "q", "x"}
_RAISER_SKIP_TAGS = {"t", "d"}  # 今日, 近日, 已: the time or manner of the raising, after the name
_INVESTOR_JOINERS = ("和", "与", "及")
_FINANCED_KIND_ENDS = _KIND_WORD_ENDS + tuple(P["organization"]["investor_kind_ends"])


def _financed_name(text: str, start: int, end: int, found: list[Mention], th: Thresholds, kind_said: bool = False) -> bool:
    """text[start:end] may be a company named by a round of financing: no mention found over it, no kind of body
    (企业, 投资机构), no reference (该公司), no count (多家), some letter, and not words of the language only unless
    as long as a company's short name (天天果园, not 公司) or given as an example of the kind said (像传化这样的大企业)."""
    name = text[start:end]
    return th.min_owner_name <= len(name) <= th.max_owner_name and HAN_OR_LATIN.search(name) is not None \
        and not name.startswith(_REFERENCE_OPENERS) and not name.endswith(_FINANCED_KIND_ENDS) \
        and name not in _GENERIC and name not in _SUFFIX_WORDS and not _names_a_kind(name) \
        and not _COUNT_OF_BODIES.match(name) and not any(f.start < end and start < f.end for f in found) \
        and (kind_said or len(name) >= 4 or not _common_words(name))


def _raiser_start(text: str, end: int) -> tuple[int, int]:
    """Where the name before a verb of raising starts and ends: the time or manner words right before the verb
    (今日(8月8日), 近日) are skipped, then the name runs back over the clause's words to a preposition, a
    conjunction, a particle, a pronoun, an adverb, a count or a list's number (…D轮投资的|生鲜电商天天果园, 4.|老鹰半导体); the kind said before it is cut off."""
    opening = max((m.end() for m in _CLAUSE_OPEN.finditer(text, 0, end)), default=0)
    chunk = _BRACKET_NOTE.sub(lambda b: "\0" * len(b.group()), text[opening:end])
    toks = list(words.cut(chunk))
    while toks and (toks[-1].strip("\0") == "" or words.tag(toks[-1]) in _RAISER_SKIP_TAGS):
        end -= len(toks.pop())
    start = end
    for tok in reversed(toks):
        if words.tag(tok) in _RAISER_BREAK_TAGS or tok in _STOP_TOKENS or "\0" in tok or not HAN_OR_LATIN.search(tok):
            break
        start -= len(tok)
    return _after_kind_said(text, start, end), end


def _investor_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The items of a list of investors in text[start:end] (蓝驰创投和启明创投; 华登国际、高瓴创投、鼎晖VGC(…)):
    split at 、 and at a joiner jieba reads as a word of its own with two characters or more either side (润和软件
    stays whole); a bracketed note ends its item's name."""
    masked = _BRACKET_NOTE.sub(lambda b: "\0" * len(b.group()), text[start:end])
    pos = start
    for item in masked.split("、"):
        a, b = pos, pos + len(item)
        pos = b + 1
        cuts, at = [a], a
        for tok in words.cut(item):
            if tok in _INVESTOR_JOINERS and at - cuts[-1] >= 2 and b - at - len(tok) >= 2:
                cuts.append(at + len(tok))
            at += len(tok)
        for i, c in enumerate(cuts):
            e = cuts[i + 1] - 1 if i + 1 < len(cuts) else b
            note = masked.find("\0", c - start, e - start)
            yield c, (start + note if note >= 0 else e)


@recogniser(FINANCED, needs=tuple(_FINANCING_ROUNDS) + tuple(_INVESTING_WORDS))
def organization_financed(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A name right before a verb of raising and a round of financing (老鹰半导体获超7亿元B+轮融资, 天天果园今日宣布新获
    1亿元D+轮融资), or in the list of investors before 领投 or 跟投 (由蓝驰创投和启明创投联合领投; 线性资本、襄禾资本和
    高瓴创投等多家知名投资机构跟投), is a company's whatever its last word: only a company raises a round, and only
    an investing firm leads or follows one. Not a name already found, a kind (投资机构), a count or a reference."""
    text, th = sent.text, settings.thresholds
    for m in _RAISING.finditer(text):
        announced = _ANNOUNCING.search(text, 0, m.start())
        start, end = _raiser_start(text, announced.start() if announced else m.start())
        if start < end and _financed_name(text, start, end, found, th) and words.tag(words.cut(text[start:end])[0]) != "v":
            yield _mention(sent, "Organization", start, end, text[start:end], FINANCED, subtype="Enterprise")
    for m in _INVESTING.finditer(text):
        opening = max((c.end() for c in _LIST_CLAUSE_OPEN.finditer(text, 0, m.start())), default=0)
        opening = max(opening, text.rfind(_INVESTORS_AFTER, opening, m.start()) + 1)
        close = text.rfind(_INVESTORS_CLOSE, opening, m.start())
        for a, b in _investor_spans(text, opening, close if close >= 0 else m.start()):
            if _financed_name(text, a, b, found, th) and not words.is_function_word(text[a:b]):
                yield _mention(sent, "Organization", a, b, text[a:b], FINANCED, subtype="Enterprise")


EXAMPLED = "org.example.v1"  # the source of a company given as an example of a kind of company
_EXAMPLE_LINKS = P["organization"]["example_links"]
_EXAMPLES = Guarded(rf"(?:{_alt(P['organization']['example_openers'])})([^，,。；;：:！？!?\s]{{2,40}}?)(?:{_alt(_EXAMPLE_LINKS)})"
                    rf"[^，,。；;：:！？!?\s]{{0,{P['organization']['example_kind_reach']}}}?"
                    rf"(?:{_alt(P['relation']['company_kinds'] + P['relation']['suppliers'])})", needs=_EXAMPLE_LINKS)
_PERSON_NAME_SIZE = 3  # 卢自力, 张佳维: a surname and a given name of two


@recogniser(EXAMPLED, needs=_EXAMPLE_LINKS)
def organization_exampled(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """The names given as examples of a kind of company (像优必选、宇树(Unitree)这样的公司, 像正泰、传化这样的大企业) are
    companies, whatever their last words; not one already found, a kind, a count or a reference, nor a name of three
    characters opening with a surname (像卢自力这样的中小微企业: a person's enterprise)."""
    text, th = sent.text, settings.thresholds
    for m in _EXAMPLES.finditer(text):
        for a, b in _investor_spans(text, m.start(1), m.end(1)):
            if _financed_name(text, a, b, found, th, kind_said=True) and not words.is_function_word(text[a:b]) \
                    and not (b - a == _PERSON_NAME_SIZE and text[a] in SURNAMES):
                yield _mention(sent, "Organization", a, b, text[a:b], EXAMPLED, subtype="Enterprise")


_FOREIGN_TITLE = re.compile(rf"(?:{_FOREIGN_OPENER_WORDS})?(?:{_alt(P['person']['foreign_titles'])})")
# Characters no transliterated name holds and the one-character words after a name
# (patterns.toml person.after_foreign_name): where one stands, the name has ended.
_AFTER_FOREIGN_NAME = _NOT_NAME_LAST | set(P["person"]["after_foreign_name"])


def _foreign_bodies(found: list[Mention]) -> list[Mention]:
    """Bodies whose name another country's opens (苏丹主权委员会, 俄罗斯国家杜马, 塞内加尔国民议会): their heads are
    that country's leaders, written as a country's are (苏丹主权委员会主席布尔汉, 俄罗斯国家杜马主席沃洛金)."""
    opens = {m.start for m in _foreign_countries(found)}
    return [m for m in found if m.type == "Organization" and m.start in opens and m.subtype != "InternationalOrganization"]


@recogniser("person.foreign-title.v1", needs=P["person"]["foreign_titles"])
def person_after_foreign_title(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A transliterated name after another country, a body it opens the name of, or an international body and its
    leader's title (德国总理默克尔, 泰国国王哇集拉隆功, 法国前总理拉法兰, 苏丹主权委员会主席布尔汉, 联合国秘书长古特雷斯), which
    no surname opens: the name runs over the words jieba reads as pieces of names or no word at
    all, and any single character that is no particle or preposition (拉|法兰), to the first
    common word (表示, 的, 举行)."""
    text = sent.text
    persons = {m.start: m.end for m in found if m.type == "Person"}
    for led in _foreign_countries(found) + _foreign_bodies(found) + [m for m in found if m.subtype == "InternationalOrganization"]:
        title = _FOREIGN_TITLE.match(text, led.end)
        if led.scope or not title or text.startswith(_STATE_IN_OFFICE, title.end()):
            continue  # 二十国集团主席国沙特: a state holds the office
        name = _name_after_title(text, title.end(), settings.thresholds)
        # a name read already there stands, unless the title reader cut it short at a surname's reading (希腊副总理哈齐|达基斯)
        if name and title.end() + len(name) > persons.get(title.end(), title.end()):
            yield _mention(sent, "Person", title.end(), title.end() + len(name), name, "person.foreign-title.v1", subtype="Person")


_NAMESAKE_THINGS = tuple(P["person"]["namesake_things"])


def _named_after(text: str, end: int, following: tuple[str, ...]) -> bool:
    """A thing named after the person follows the name (冯·卡门撞击坑, 冯·卡门奖, 马可·波罗号), not a verb
    its character opens (普京号召, 号称, 奖励: the person acts)."""
    thing = next((t for t in _NAMESAKE_THINGS if text.startswith(t, end)), "")
    return bool(thing) and not (following and len(following[0]) > len(thing) and words.tag(following[0]).startswith(_VERB_TAG))
# Marks a quotation or a title is written between: a dotted run inside one is a title's
# (“吾老·新街”, 【新思想引领新征程·非凡十年】), not a person's name.
_QUOTATION_MARKS = ("“”", "《》", "【】", "「」")


@recogniser("person.dotted-name.v1", needs=tuple(_NAME_DOTS))
def person_dotted_name(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A transliterated name of parts joined by a dot, whatever stands before it (主任克莉丝汀·阿拉布,
    由阿卜杜拉·阿曼主持, 曝光者爱德华·斯诺登, 车手阿里扎德·侯赛因): the words on both sides of the dot are
    pieces of names or no words at all (not 新征程·非凡十年, 中国·哈尔滨…: common words and places),
    the name opens with a word of two characters or more (由|阿卜杜拉), and neither a name found
    already (彼得·彼得森基金会) nor a quotation or title holds it."""
    text, th = sent.text, settings.thresholds
    taken = [(m.start, m.end) for m in found if m.type != "Region" and m.type != "Sector"]
    toks = words.cut(text)
    offsets = list(accumulate(map(len, toks), initial=0))
    for k, tok in enumerate(toks):
        if tok not in _NAME_DOTS:
            continue
        first = _name_pieces_before(toks, k, th, _NAME_CHARACTER_TAGS | {"r"}, unsure_rejects=False)
        start = offsets[first]
        name = _dotted_name(text, start, th) if first < k else ""
        end = start + len(name)
        following = words.cut(text[end:end + words.CONTEXT_AROUND])
        if not name or _taken_or_quoted(text, start, end, taken) or text[start - 1:start] in _HYPHENS \
                or _named_after(text, end, following) or len(following) > 1 and HAN_CHAR.fullmatch(following[0]) and words.tag(following[1]) in _PERSON_TAGS:
            continue  # 哈里木拉提·阿布|都|克里木: a name's piece after the character it stopped at, its end unsure
            # (not 罗伯特·卡恩|、|阿里巴巴: punctuation ends a name); 汉斯-|彼得·弗里德里希: a part joined by a
            # hyphen before, its start unsure; 冯·卡门|撞击坑: a crater named after him
        yield _mention(sent, "Person", start, end, name, "person.dotted-name.v1", subtype="Person")


def _name_pieces_before(toks: tuple[str, ...], k: int, th: Thresholds, name_tags: set[str], unsure_rejects: bool) -> int:
    """The index of the first of the words before toks[k] that are pieces of a transliterated
    name, back to the first that is none (主任|克莉丝|汀), less the clause's single characters
    opening them (由|阿卜杜拉, 请|特雷莎: any whose tag is no name character's): k where none is.
    With ``unsure_rejects``, a single character of the clause's (同|默克尔, 4月|奥朗德) ends the
    words, and -1 says one of unsure reading stands among them (托|卡耶夫 or 应|普京: see
    _CLAUSE_EDGE_TAGS)."""
    first = k
    # 伊曼纽尔|·雷伊·凯因蒂克: a rare word right before the first of two dots is the name's first piece, as
    # _foreign_name reads it (else 雷伊·凯因蒂克, cut short); before one dot alone it may be a title's word
    # (启航新征程·数风流人物, 解放日报·上观新闻)
    three_parts = k + 2 < len(toks) and toks[k + 2] in _NAME_DOTS
    while first > 0 and toks[first - 1] not in _NAME_DOTS and (_foreign_name_piece(toks[first - 1], th)
                                                               or three_parts and _beside_name_dot(toks, first - 1, th)):
        if unsure_rejects and len(toks[first - 1]) == 1:
            tag = words.tag(toks[first - 1])
            if tag in _CLAUSE_EDGE_TAGS:
                break
            if tag not in name_tags:
                return -1
        first -= 1
    while first < k and len(toks[first]) == 1 and words.tag(toks[first]) not in name_tags:
        first += 1
    return first


def _taken_or_quoted(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """A name found already crosses the span, or a quotation or title holds it."""
    return any(a < end and start < b for a, b in taken) \
        or any(text.rfind(o, 0, start) > text.rfind(c, 0, start) for o, c in _QUOTATION_MARKS)


_REGNAL_WORD = P["person"]["regnal_word"]
# a monarch's regnal number (六世, 十一世), not a word 世 opens (六世纪: a century)
_REGNAL_NUMBER = re.compile(rf"[{HAN_NUMERALS}]{{1,2}}{_REGNAL_WORD}(?![纪界代])")


def _name_after_title(text: str, start: int, th: Thresholds) -> str:
    """The transliterated name right after a foreign title at start: one of dotted parts, which may run
    longer (部长乔尼·杰勒德·普拉特), or one with no dot (总统普京), or "" where none stands."""
    dotted = _dotted_name_end(text, start, th)
    name = text[start:dotted] if dotted > 0 else _foreign_name(text, start, th)
    regnal = _REGNAL_NUMBER.match(text, start + len(name)) if name and not name.endswith(_REGNAL_WORD) else None
    name += regnal.group() if regnal else ""  # 费利佩|六世: jieba tags 六世 a time word
    end = start + len(name)
    joiner = text[end:end + 1]
    if name and joiner in _HYPHENS | _NAME_DASH and text[end + 1:end + 2] not in _NAME_DASH:
        # 首相托宁-施密特, 总统阿吉亚尔-布兰科, 总统迪亚斯-卡内尔: a second name joined by a hyphen (or one dash) goes on
        second = _foreign_name(text, end + 1, th)
        name = name + joiner + second if second and not _opens_with_a_place(second) else name
    return name


def _opens_with_a_place(name: str) -> bool:
    """A place the lexicon lists opens the name and more follows (德国总理朔尔茨, which jieba tags a person's
    word: 法国总统马克龙—德国总理朔尔茨 lists two leaders, no double name)."""
    return any(e.type == "Region" for k in range(2, len(name)) for e in LEX.entries.get(name[:k], ()))


def _dotted_name(text: str, start: int, th: Thresholds) -> str:
    """The name of parts joined by a dot that opens at start (吾拉木江·热依木, 克莉丝汀·阿拉布), read as
    a transliterated name up to max_dotted_name characters, or "" where no dot stands inside it:
    both the dotted-name recogniser and the readers after a title (_dotted_name_end) read it so."""
    name = _foreign_name(text, start, th, th.max_dotted_name)
    return name if any(ch in _NAME_DOTS for ch in name[1:-1]) else ""


def _dotted_name_end(text: str, start: int, th: Thresholds) -> int:
    """Where a name of parts joined by a dot that opens at start ends (市长吾拉木江·热依木,
    总统谢尔达尔·别尔德穆哈梅多夫: Uyghur, Kazakh and foreign names after any title), or -1:
    no surname opens such a name, and the dot between two pieces of names tells it from words."""
    end = start + len(name := _dotted_name(text, start, th))
    # 哈里木拉提·阿布|都克里木: no name's end; 弗拉基米尔·诺罗夫|先生: a word after a name is
    ends = _name_ends_at(text, end) or _verb_follows(text, end) or text.startswith(_HONORIFICS, end)
    return end if name and ends else -1


def _foreign_name(text: str, start: int, th: Thresholds, longest: int = 0) -> str:
    """The transliterated name that opens at start, or "" where none does."""
    end = start
    inside = set()  # offsets of the characters inside a word, neither its first nor its last
    longest = longest or th.max_foreign_name
    toks = words.cut(text[start:start + longest + 1])
    for k, tok in enumerate(toks):
        if not (_foreign_name_piece(tok, th) or _beside_name_dot(toks, k, th)) or tok in _MESSAGES:
            break  # 总理阮春福|贺信: what the leader sent
        inside.update(range(end - start + 1, end - start + len(tok) - 1))
        end += len(tok)
    name = text[start:end].rstrip("".join(_NAME_DOTS))
    cut = next((k for k, ch in enumerate(name) if ch in _AFTER_FOREIGN_NAME and k not in inside), len(name))
    name = name[:cut]  # 普京|同, 卢拉在|巴西利亚: jieba glued the next word to the name's end (文在寅's 在 is the name's)
    return name if 2 <= len(name) <= longest and end - start <= longest and name not in LEX.entries else ""


_MINISTER = ("部长", "副部长")
FOREIGN_MINISTRY = "person.foreign-minister.v1"  # the source of a ministry named by its minister, whose name resolution finds again
# 长 of 部长官 is a Korean minister's title's (韩国产业通商资源部长官安德根), no name's first character
_FOREIGN_MINISTRY = re.compile(rf"{_FOREIGN_POSTS_BEFORE}([{CJK}]+?部)(?:部|副部)?长(?!官)")
_NOT_MINISTRY_WORDS = set("内外全总本局干东西南北中")  # 内部, 全部, 总部, 东部: no ministry's 部
_MINISTER_ROLES = tuple(P["person"]["minister_roles"])


@recogniser(FOREIGN_MINISTRY, needs=_MINISTER)
def person_after_foreign_ministry(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A minister of another country whose ministry no lexicon lists: the country, perhaps a post held
    with it (副总理兼), the ministry's own words up to its 部, then the minister's title, 部长 or 副部长
    (经济部长 writes 部 once), then a transliterated name: 墨西哥经济部副部长德拉莫拉, 塞尔维亚能源与矿业部
    部长杰多维奇, 缅甸副总理兼交通和通讯部长妙吞乌. The ministry is an Organization of its own, named with
    its country; a minister's role (经济政策统筹部长) names none."""
    text = sent.text
    persons = {m.start for m in found if m.type == "Person"}
    bodies = {(m.start, m.end) for m in found if m.type == "Organization"}
    ends = [m.end for m in found if m.type in ("Organization", "Person")]
    for country in _foreign_countries(found):
        post = _FOREIGN_MINISTRY.match(text, country.end)
        if country.scope or not post:
            continue
        a, b = post.span(1)
        if not _holds_the_posts(text, country, a):
            continue
        words_ = text[a:b - 1]
        if not 2 <= len(words_) <= settings.thresholds.max_foreign_ministry or _CLAUSE_CHARACTERS & set(words_) \
                or words_[-1] in _NOT_MINISTRY_WORDS:
            continue
        name = _name_after_title(text, post.end(), settings.thresholds)
        if not name and post.end() not in persons:
            continue  # 法国内政部长期…: no name follows, no minister (越南工贸部副部长高国兴: a name of a surname's)
        start = _foreign_body_start(text, country, a)
        # 俄罗斯总统普京和外交部长, 美国国务院和财政部长, 美国国防部前部长: a name ends inside the words, so
        # they are no one ministry's; the minister after them is named all the same
        if (start, b) not in bodies and not words_.endswith(_MINISTER_ROLES) and not any(a < e < b for e in ends):
            yield _mention(sent, "Organization", start, b, country.name + text[a:b], FOREIGN_MINISTRY,
                           subtype="GovernmentBody", parent=country.name)
        if name and post.end() not in persons:
            yield _mention(sent, "Person", post.end(), post.end() + len(name), name, FOREIGN_MINISTRY,
                           subtype="Person")


def _beside_name_dot(toks: tuple[str, ...], k: int, th: Thresholds) -> bool:
    """The word at k stands right before a name's dot (伊曼纽尔|·雷伊): a piece of the name though jieba
    tags it a proper noun of another kind (nz), where it is rare and no listed name."""
    tok = toks[k]
    return k + 1 < len(toks) and toks[k + 1] in _NAME_DOTS and bool(_HAN_RUN.fullmatch(tok)) \
        and words.frequency(tok) < th.common_word_freq and tok not in LEX.entries


def _foreign_name_piece(tok: str, th: Thresholds) -> bool:
    """A piece of a transliterated name: a name's or place's word that is no common word
    (默克尔, 普京, 法兰), no word at all (集拉隆功), a dot, or a single character that is
    no word following a name (拉, 哇; not 的, 将, 和)."""
    if tok in _NAME_DOTS:
        return True
    if not _HAN_RUN.fullmatch(tok) or tok in _NAME_TAGGED_VERBS:
        return False  # 普京|祝贺|中方: a verb jieba tags a name's
    if len(tok) == 1:
        return tok not in _NOT_NAME_LAST
    tag = words.tag(tok)
    if tag == PLACE_WORD_TAG and not any(e.type == "Region" and e.name not in CAPITAL_CITIES for e in LEX.entries.get(tok, ())):
        return True  # 奥巴马 (ns, as common as a place's name): no place any lexicon lists but a capital (科|罗马)
    return tag in _PERSON_TAGS or tag in _NAME_PART_TAGS | {""} and words.frequency(tok) < th.common_word_freq


_NOT_IN_GIVEN_NAME_TAGS = _NOT_IN_NAME_TAGS | {"v", "vn", "b", "s", "ns"}
_CLAUSE_OPENER_TAGS = {"r", "p", "c"}  # 这是, 在浙江(省长), 与苏林(总书记), 和总统


_TENURE_ENDS = tuple(P["person"]["tenure_ends"])
_POSTING_STARTS = tuple(P["person"]["posting_starts"])


def _may_be_honoured(name: str, th: Thresholds) -> bool:
    """What stands before a title or honorific at a clause's start is a name:
    a full one (surname first), or a given name alone (俊民书记) in which no
    word is a verb, pronoun, preposition, adverb, numeral or place, that
    opens with no pronoun, preposition or conjunction (齐声向|总书记,
    得到了|院士, 在浙江|省长: the clause before the title) and that is no word
    of tenure or posting (前任|副部长, 驻村|副市长)."""
    if _plain_name(name, th, rare=False):
        return True
    return not name.endswith(_TENURE_ENDS) and not name.startswith(_POSTING_STARTS) and words.tag(name[0]) not in _CLAUSE_OPENER_TAGS and not any(
        words.is_function_word(w) or words.tag(w) in _NOT_IN_GIVEN_NAME_TAGS for w in words.cut(name))


# A name between its body and its title (辽宁省政府高涛副省长, 中国工业互联网研究院鲁春丛院长发布…), as a
# conference report writes the speakers it lists by what they release: the shortest name a title follows.
_NAME_THEN_TITLE = re.compile(rf"([{CJK}]{{2,3}}?)({_alt(P['person']['titles'])})")


def _names_after_bodies(text: str, found: list[Mention], th: Thresholds) -> Iterator[tuple[int, int]]:
    """The spans of names written right after a body's name and before a title, where the
    title ends the words about the person (a verb, a list's joiner or punctuation follows):
    a name plainly a person's, not a place (省政府沈阳市长) nor a word (市政府秘书长)."""
    for body in found:
        if body.type != "Organization":
            continue
        m = _NAME_THEN_TITLE.match(text, body.end)
        if m and _plain_name(m.group(1), th) and not _names_region(m.group(1)) \
                and not any(_TITLE.match(text, i) for i in range(m.start() + 1, m.end(1))) \
                and (m.end() >= len(text) or text[m.end()] in _AFTER_NAME_PUNCT or _verb_follows(text, m.end())):
            yield m.span(1)  # not 工业和信息化部|原副|部长: a longer title opens inside the words


_PLURAL = "们"


def _known_name(name: str, honorific: str, after: str, th: Thresholds) -> bool:
    """A name the dictionary knows as a person's (jieba's nr: 江泽民, 毛泽东, 胡锦涛), surname first, before an
    honorific only a person is called by (江泽民同志逝世, 江泽民先生): its count is a well-known person's, no common word's.
    Not before the honorific's plural (``after`` 们), which addresses many: 谢谢同志们, 祝贺同志们, 谢谢女士们 (jieba
    tags 谢谢, 祝贺, 明白, 关怀 nr too)."""
    return honorific in _HONORIFICS and not after.startswith(_PLURAL) and words.tag(name) == _PERSON_NAME_TAG \
        and _plain_name(name, th, rare=False)


@recogniser("person.honorific.v1", needs=_AFTER_NAME_WORDS + P["person"]["bylines"] + P["person"]["titles"] + ["(", "（"])
def person_before_title(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """寇全安同志, 俊民书记, 文罡代市长; a name between its body and its title
    (辽宁省政府高涛副省长); bylines (本报记者 张琪玮) and sign-offs ((耀文))."""
    text = sent.text
    for a, b in _names_after_bodies(text, found, settings.thresholds):
        yield _mention(sent, "Person", a, b, text[a:b], "person.honorific.v1", subtype="Person")
    for m in _AFTER_NAME.finditer(text):
        name = m.group(1)
        if _NOT_NAME.search(name) or words.is_function_word(name) \
                or words.frequency(name) > 300 and not _known_name(name, m.group(2), text[m.end():m.end() + 1], settings.thresholds) \
                or any(name[-k:] + m.group(2) in _TITLES for k in (1, 2, 3)) or not _may_be_honoured(name, settings.thresholds) \
                or m.group(2) in _PLAIN_AFTER_NAME and (not _plain_name(name, settings.thresholds) or name in _BODY_STEMS) \
                or text.startswith(_VERB_TITLES.get(m.group(2), ()), m.end()) \
                or m.group(2) in _KIND_LED_TITLES and words.tag(name) not in (_PERSON_NAME_TAG, _NAME_FRAGMENT, "") \
                or name.endswith(_TENURE_ENDS) \
                or LEX.region(name + m.group(2)[0]) is not None \
                or (post := _TITLE.match(text, m.start(2))) is not None and post.end() > m.end(2):
            continue  # 以总|书记, 常务副|市长: the words before are part of a longer title; 海尔|总裁, 文旅|局长: a body's short name;
            # 连接数|代表的是: the title as a verb (stands for); 智库|代表: a kind the dictionary knows, no name;
            # 肖捷副|委员|长: the word after opens a longer post (委员长), which the words before lead
            # 曾任|市长, 原任|局长: a word of tenure, which a plain name's check lets through (曾, 原 are surnames);
            # 宝鸡|市长: the place and its level word (宝鸡市), whose head is named after the title
        yield _mention(sent, "Person", m.start(1), m.end(1), name, "person.honorific.v1", subtype="Person")
    for m in _BYLINE.finditer(text):
        if m.group(1)[1:] in _AFTER_NAME_WORDS:
            continue  # 联系人：李女士: a surname and a form of address, no name
        if m.group(0).startswith(_CONTACTS) and not (_plain_name(m.group(1), settings.thresholds) or _plain_name(
                m.group(1), settings.thresholds, rare=False) and _PHONE_AFTER.match(text, m.end(1))):
            continue  # a contact line's name: plainly one, or one its phone number follows (左成林，0771-…); not 联系人 信息表
        bracketed = _BRACKETED_NAMES.match(text, m.end(1))
        # glued to the byline only as the line's last words (新华社记者马剑、严赋憬): a name, no common word (记者连线, 记者时评)
        closing = m.group(0)[-len(m.group(1)) - 1] not in _BYLINE_GAPS and not bracketed and _CLOSING_NAMES.match(text, m.start(1))
        if _plain_name(m.group(1), settings.thresholds, rare=bool(closing)) or m.group(0)[-len(m.group(1)) - 1] in " 　" \
                or bracketed:  # 记者 吴丽琳, (记者于小博 刘帅): the space or the bracket says it
            yield _mention(sent, "Person", m.start(1), m.end(1), m.group(1), "person.honorific.v1", subtype="Person")
            co = _CO_AUTHOR.match(text, m.end(1))
            while co and _co_author(text, co, settings.thresholds):  # 记者 曹娴 刘勇 彭可心: names the spaces set off
                yield _mention(sent, "Person", co.start(1), co.end(1), co.group(1), "person.honorific.v1", subtype="Person")
                co = _CO_AUTHOR.match(text, co.end())
    dateline = _DATELINE_NAMES.match(text)
    names = _NAMES_SPLIT.split(dateline.group(3)) if dateline else []
    if names and all(_plain_name(name, settings.thresholds, rare=False) for name in names):
        at = dateline.start(3)
        for name in names:
            at = text.index(name, at)
            yield _mention(sent, "Person", at, at + len(name), name, "person.honorific.v1", subtype="Person")
            at += len(name)
    for m in _PHOTO_CREDIT.finditer(text):
        if _plain_name(m.group(1), settings.thresholds, rare=False):
            yield _mention(sent, "Person", m.start(1), m.end(1), m.group(1), "person.honorific.v1", subtype="Person")
    m = _SIGNOFF.search(text)
    if m and not _NOT_NAME.search(m.group(1)) and words.frequency(m.group(1)) < 50 and not _SIGNOFF_OUTLET_END.search(m.group(1)) \
            and not _names_region(m.group(1)) and not _says_what_it_is(m.group(1), settings.thresholds):
        # 标识中国行(江苏站): a stage; 联系电话：51782596(兼传真): what the number is
        yield _mention(sent, "Person", m.start(1), m.end(1), m.group(1), "person.honorific.v1", subtype="Person")


_APPOINTMENT_VERBS = P["person"]["appointment_verbs"]
APPOINTMENT = re.compile(_alt(_APPOINTMENT_VERBS))  # read by relations too: the posts of the names listed
# where a list of appointed names may open: right after the verb, or after a clause mark that follows it
_APPOINTED_OPENS = re.compile(rf"{APPOINTMENT.pattern}|[，,；;：:]")
# what an appointment says of a name's bearer in brackets after it (刘延东(女), 杨晶(蒙古族)); read by relations too
NAME_NOTE = r"[(（][^()（）]{1,8}[)）]"
# (not ending in 同志, which the match reads after the name: 任命张明同志为副主任 lists 张明)
_APPOINTED_NAME = rf"[{CJK}]{{2,4}}(?<!同志)(?:{NAME_NOTE})?"
_APPOINTED = re.compile(rf"((?:{_APPOINTED_NAME}、)*{_APPOINTED_NAME})(?:同志)?为[^，,。；;：:、\s]{{0,20}}?{_TITLE.pattern}(?=[，,。；;、]|$)")
_NAME_NOTE = re.compile(f"{NAME_NOTE}$")


def _appointed_name(name: str, th: Thresholds) -> bool:
    """A name an appointment lists: plainly a name, its last character a conjunction too (魏凤和、王勇: the
    list's 、 follows it), and not a place's whole name (黄山为试点城市; 常万全 holds a district's, 万全), nor
    a common word jieba tags no name (全体为委员: 全 is a surname; 汪洋, a word too, is tagged a name)."""
    return (_plain_name(name, th, rare=False) or len(name) == 3 and name[-1] in _CONJUNCTIONS_IN_NAMES
            and _plain_name(name[:-1], th, rare=False)) and not LEX.names(name, "Region") \
        and not (words.frequency(name) >= th.common_word_freq and words.tag(name) not in _PERSON_TAGS)


@recogniser("person.appointed.v1", needs=_APPOINTMENT_VERBS)
def person_appointed(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """Names an appointment lists before 为 and the post (决定任命王毅为外交部部长；徐绍史为国家发展和改革委员会主任；
    经投票表决决定，韩正、孙春兰、胡春华、刘鹤为国务院副总理): right after an appointment verb, or after a
    clause mark that follows one, a list of names then 为 and a post: each name is a person's where all of
    them are plainly names (not 以企业为主体, which opens after no verb or mark)."""
    text = sent.text
    verb = APPOINTMENT.search(text)
    if verb is None:
        return
    for opens in _APPOINTED_OPENS.finditer(text, verb.start()):
        m = _APPOINTED.match(text, opens.end())
        if m is None:
            continue
        names, at = [], m.start(1)
        for item in m.group(1).split("、"):
            name = _NAME_NOTE.sub("", item)
            names.append((at, at + len(name), name))
            at += len(item) + 1
        if all(_appointed_name(name, settings.thresholds) for _, _, name in names):
            for a, b, name in names:
                yield _mention(sent, "Person", a, b, name, "person.appointed.v1", subtype="Person")


_LEADER_TITLE = re.compile(_alt(P["person"]["leader_titles_after_name"]))
_STATE_ENDS = ("国",)  # 共和国, 王国: a state's name's last word
_FOREIGN_TITLE_OPENERS = tuple(P["person"]["foreign_title_openers"])


@recogniser("person.before-leader-title.v1", needs=P["person"]["leader_titles_after_name"])
def person_before_leader_title(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A transliterated name written before a foreign leader's title, its country unsaid
    (习近平主席同普京总统举行会谈, 同默克尔总理, 西哈莫尼国王和莫尼列太后, 古特雷斯秘书长): the
    words before the title, a word of its own, are pieces of names or no words (not 两国|总统, 内阁|总理),
    and the name runs up to the title (not 巴西利亚|总统府: no title there)."""
    text, th = sent.text, settings.thresholds
    taken = [(m.start, m.end) for m in found if m.type != "Sector"]
    toks = words.cut(text)
    offsets = list(accumulate(map(len, toks), initial=0))
    at = {o: k for k, o in enumerate(offsets)}
    for title in _LEADER_TITLE.finditer(text):
        k = at.get(title.start())
        if k is None or title.end() not in at:
            continue  # the title is no word of its own (总统府, 总理府)
        first = _name_pieces_before(toks, k, th, _NAME_CHARACTER_TAGS, unsure_rejects=True)
        if first < 0:
            continue
        start = offsets[first]
        glued = toks[first] if first < k and len(toks[first]) == 2 and not words.tag(toks[first]) else ""
        if glued and words.tag(glued[0]) in _CLAUSE_EDGE_TAGS:
            start += 1  # 同埃|尔多|安: jieba glued the clause's word to the name's first character, a word it does not know
        elif glued and words.tag(glued[0]) not in _NAME_CHARACTER_TAGS:
            continue  # 我应|普京, 应托|卡耶夫: glued to a character of unsure reading
        if first + 1 < k and len(toks[first]) > 1 and words.frequency(toks[first]) >= th.common_word_freq:
            start += len(toks[first])  # 致电祝贺|塞古罗总统: a common verb jieba tags a name's (祝贺 nr), the clause's
        name = _foreign_name(text, start, th) if start < title.start() else ""
        if start + len(name) == title.start() and any(len(t) > 1 for t in words.cut(name)) \
                and not name.endswith(_STATE_ENDS) and not name.endswith(_FOREIGN_TITLE_OPENERS) \
                and not _country_pair(name) and not any(r.type == "Region" and r.end == start for r in found) \
                and not _taken_or_quoted(text, start, title.start(), taken):
            # not 两|国|总统 (single characters), 鞑靼斯坦共和国总统 (a state), 率前|总统 (a former one's), 坦桑尼亚|桑给巴尔
            # 总统 (a part of the country named before: the title's), 美韩|总统 (two countries' leaders)
            yield _mention(sent, "Person", start, title.start(), name, "person.before-leader-title.v1", subtype="Person")


_STATE_CHARACTERS = P["region"]["state_characters"]


def _country_pair(name: str) -> bool:
    """Two or more states each written by its one character (美韩总统会晤, 美日首相会谈, 美日韩总统): the
    leaders of all, no transliterated name."""
    return len(name) >= 2 and all(ch in _STATE_CHARACTERS for ch in name)


def _says_what_it_is(inside: str, th: Thresholds) -> bool:
    """Brackets whose words are several, one a common verb (兼|传真, 含|预售, 已|死亡), say
    what the thing before them is or holds; an editor's sign-off ((耀文)) is a name, and so is one
    surname first whose given name is a verb's word ((黄建成): 黄|建成)."""
    toks = words.cut(inside)
    return not _plain_name(inside, th, rare=False) and len(toks) > 1 and any(words.frequency(t) > th.common_word_freq and words.tag(t).startswith("v") for t in toks)


def _co_author(text: str, co: re.Match, th: Thresholds) -> bool:
    """A group the spaces set off after a byline's name names another author, not
    where the report is from: no region (记者 刘勇 安康 报道), and right before 报道
    no common word (申城, 常态)."""
    name = co.group(1)
    return _plain_name(name, th, rare=False) and words.frequency(name) < th.common_word_freq \
        and not _names_region(name) and (not _REPORTED.match(text, co.end()) or _plain_name(name, th))


def _names_region(word: str) -> bool:
    """The gazetteer lists a region in the word (安康, 江苏站)."""
    return any(e.type == "Region" for _, _, entries in LEX.find(word) for e in entries)


# Greedy up to the last character a clause opens after: matched back from a verb, it finds the clause's start.
_TO_SPEAKER_CLAUSE = re.compile("(?s:.*)[，,。；;：:！!？? \t\n　]")  # a page may write its commas in ASCII
_HONORIFIC_WORDS = ("院士", "教授", "同志")
_HONORIFIC = Guarded(rf"(?:{_alt(_HONORIFIC_WORDS)})", needs=_HONORIFIC_WORDS)


_LONGEST_MODIFIER = 4  # characters read after a speech verb for the modifier it may open (在线)


def _opens_a_modifier(text: str, verb: re.Match) -> bool:
    """The verb is the first character of a modifier jieba reads whole (华声|在线|记者, 四川在线:
    an outlet's name, no one who is somewhere)."""
    word = words.cut(text[verb.start():verb.start() + _LONGEST_MODIFIER])[0]
    return len(word) > len(verb.group()) and words.tag(word) == _MODIFIER_TAG


@recogniser("person.speaker.v1", needs=P["person"]["speech_verbs"] + list(_HONORIFIC_WORDS))
def person_by_verb(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A name opening a clause and followed by what a person does
    (陆治原表示, 王建国主持召开, 赵明、钱立、孙刚参加); a name written
    right after its body and before an honorific (浙江大学陈立新院士)."""
    text = sent.text
    taken: list[tuple[int, int]] | None = None  # the spans found, listed once a name is in question (most verbs follow none)
    for v in _SPEECH_VERB.finditer(text):
        lo = max(0, v.start() - settings.thresholds.max_speakers - 1)  # one further back than a list of speakers reaches
        clause = _TO_SPEAKER_CLAUSE.match(text, lo, v.start())
        start = clause.end() if clause else lo
        if start == v.start() or v.start() - start > settings.thresholds.max_speakers or text[start] not in SURNAMES \
                and text[start:start + 2] not in _COMPOUND_SURNAMES or _opens_a_modifier(text, v):
            continue
        pos, names = start, []
        if taken is None:
            taken = [(m.start, m.end) for m in found]
        for item in text[start:v.start()].split("、"):
            a, b = pos, pos + len(item)
            pos = b + 1
            # several names in a list need no proof of rarity each (蒋立新: 立新 is a word)
            if len(item) not in _NAME_SIZES or not _plain_name(item, settings.thresholds, rare="、" not in text[start:v.start()]) \
                    or _straddles(text, b, settings.thresholds) or any(s < b and a < e for s, e in taken):
                names = []
                break
            names.append((a, b))
        for a, b in names:
            yield _mention(sent, "Person", a, b, text[a:b], "person.speaker.v1", subtype="Person")
    honorifics = list(_HONORIFIC.finditer(text))
    if not honorifics:
        return
    org_ends = {o.end for o in found if o.type == "Organization"}
    if taken is None:
        taken = [(o.start, o.end) for o in found]
    for m in honorifics:
        for n in (3, 2):
            a = m.start() - n
            if a >= 0 and (a in org_ends or a == 0 or not HAN_CHAR.match(text[a - 1])) and _plain_name(text[a:m.start()], settings.thresholds) \
                    and not any(s < m.start() and a < e for s, e in taken):
                yield _mention(sent, "Person", a, m.start(), text[a:m.start()], "person.speaker.v1", subtype="Person")
                break


_PEOPLE_KIND = re.compile(_alt(P["person"]["list_kinds"]))
_LIST_FIELDS = tuple(P["person"]["list_fields"])
_PEOPLE_COUNT = re.compile(r"(?:\d+|[一二两三四五六七八九十百千余多几]+)[人名位]")  # 等10人当选, 等十余位词人
_ANONYMISED = "某"  # 徐某、梅某等6名犯罪嫌疑人: no name
_KIND_CLAUSE_END = re.compile("[，。；：,;:、！？\n]")
_LIST_CLOSINGS = re.compile(LIST_CLOSER)


def _people_follow(text: str, at: int, th: Thresholds) -> bool:
    """After a list's 等 at ``at``: what they do (等出席), how many they are (等10人)
    or, within the clause, the kind of people they are (等信息科学领域的两院院士)."""
    after = at + 1
    if text.startswith(_LIST_FIELDS, after):
        return False  # 康养、文旅、冷链等领域专家: the items are fields
    if _SPEECH_VERB.match(text, after) or _PEOPLE_COUNT.match(text, after):
        return True
    clause_end = _KIND_CLAUSE_END.search(text, after)
    kind = _PEOPLE_KIND.search(text, after, clause_end.start() if clause_end else len(text))
    return bool(kind) and kind.start() - after <= th.max_people_kind


def _rare_name(name: str, th: Thresholds) -> bool:
    """A name no common word could be: its words are rare, or jieba reads it whole as a name
    (邓稼先; 李四光 and 张维迎 are frequent for names)."""
    return _plain_name(name, th) or words.tag(name) in _PERSON_TAGS


def _lone_name(name: str, th: Thresholds, others: bool) -> bool:
    """A name that may stand alone before a verb of attending: its words rare, or one jieba reads whole as a name where it
    has three characters (温家宝, 杨洁篪) or others after it (汪洋等参加: 等 after one item counts people); not two
    characters jieba tags as a name that are common words or places (文明参加, 高峰出席, 白宫会见: review rvvr)."""
    return _plain_name(name, th) or (len(name) == 3 or others) and words.tag(name) in _PERSON_TAGS


def _given_name_county(text: str, m: Mention) -> bool:
    """A county written short right after a surname, the two filling an item of a list (何|卫东、何立峰,
    王|岐山、张高丽等, 柯|卫东等10位): a person's given name, no place (the item's name, when the list is read as people,
    drops the place: drop_places_in_person_names)."""
    a = m.start - 1
    return m.source == GAZETTEER and m.type == "Region" and m.end - m.start == 2 and m.surface != m.name \
        and a >= 0 and text[a] in SURNAMES and (a == 0 or text[a - 1] == "、" or _TO_SPEAKER_CLAUSE.match(text, a - 1, a)) \
        and text.startswith(("、", LIST_CLOSER), m.end) and any(e.level == "county" for e in LEX.entries.get(m.surface, ()))


def _not_people(text: str, found: list[Mention]) -> list[tuple[int, int]]:
    """The spans of the mentions found that no name of a list of people may cross: all but people and given names
    read as counties (_given_name_county)."""
    return [(m.start, m.end) for m in found if m.type != "Person" and not _given_name_county(text, m)]


@recogniser("person.list.v1", needs=("等",))
def person_list(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A list of names closed by 等 and the people they are (王选、邓稼先、李四光等科学家;
    张仕波、刘福连等参加): each item after the first is a name; the first is one where it
    opens the clause, else the name its words end with (首批委员既有|高文、李培根等…,
    项目组由|周新、秦明等10人). An item that is a place or body already found (江苏、河南等地,
    越南、老挝等国家领导人) makes no list of names."""
    text, th = sent.text, settings.thresholds
    if "、" not in text:
        return
    others = _not_people(text, found)
    for closing in _LIST_CLOSINGS.finditer(text):
        k = closing.start()
        if not _people_follow(text, k, th):
            continue
        lo = max(0, k - th.max_speakers)
        clause = _TO_SPEAKER_CLAUSE.match(text, lo, k)
        start = clause.end() if clause else lo
        opens_clause = bool(clause) or lo == 0
        items, pos = [], start
        for item in text[start:k].split("、"):
            items.append((pos, pos + len(item)))
            pos += len(item) + 1
        if len(items) < 2:
            continue
        names = [(a, b) for a, b in items if _plain_name(text[a:b], th, rare=False, listed=True) and _ANONYMISED not in text[a:b]
                 and not any(s < b and a < e for s, e in others)]
        if names[-len(items) + 1:] != items[1:]:
            continue  # an item after the first is no name: a list of something else
        if 2 * sum(_rare_name(text[a:b], th) for a, b in items[1:]) <= len(items) - 1:
            continue  # most items are common words (农业、卫生, 支农、支医): no list of names
        if items[0] in names and not opens_clause:
            names.remove(items[0])  # a window's cut may have split a word before it
        if items[0] not in names:
            a, b = items[0]
            tail = _name_tail(text, a, b, th)
            if tail is not None and not any(s < b and tail < e for s, e in others):
                names.insert(0, (tail, b))
        for a, b in names:
            yield _mention(sent, "Person", a, b, text[a:b], "person.list.v1", subtype="Person")


_ATTENDING_VERBS = tuple(P["person"]["attending_verbs"])
_ATTENDING_VERB = re.compile(_alt(_ATTENDING_VERBS))
_ATTENDING_LIST_END = re.compile(rf"{P['person']['attending_tail']}$")


@recogniser("person.attending-list.v1", needs=_ATTENDING_VERBS)
def person_attending_list(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A list of names joined by 、 or 和 that opens its clause right before a verb of attending
    (王沪宁、栗战书、杨洁篪陪同; 许其亮、王沪宁等分别陪同; 丁薛祥、刘鹤和中央有关部门负责同志陪同):
    each item a name, and one of them a person already found or a name no common word could be
    (_rare_name), so that a list of common words (如何、为何) or places is never read as people.
    One name alone is such a list where it opens its sentence and no common word could be it
    (张又侠陪同接见。吴政隆陪同调研。: the news item's last line, the name nowhere else in it; _lone_name)."""
    text, th = sent.text, settings.thresholds
    people = {(m.start, m.end) for m in found if m.type == "Person"}
    others = _not_people(text, found)
    for verb in _ATTENDING_VERB.finditer(text):
        lo = max(0, verb.start() - th.max_speakers - 1)
        end = _ATTENDING_LIST_END.search(text, lo, verb.start()).start()
        clause = _TO_SPEAKER_CLAUSE.match(text, lo, end)
        start = clause.end() if clause else lo
        if start >= end or not clause and lo > 0:
            continue
        items, pos = [], start
        for part in text[start:end].split("、"):
            halves = part.split("和")  # 范长龙和宋普选; 胡和平 keeps its 和
            if len(halves) == 2 and not _plain_name(part, th, rare=False) and all(_plain_name(h, th, rare=False) for h in halves):
                items += [(pos, pos + len(halves[0])), (pos + len(halves[0]) + 1, pos + len(part))]
            else:
                items.append((pos, pos + len(part)))
            pos += len(part) + 1
        if len(items) < 2 and not (start == 0 and items and _lone_name(text[slice(*items[0])], th, text.startswith("等", end))):
            continue
        if not all(_plain_name(text[a:b], th, rare=False, listed=len(items) > 1) for a, b in items) \
                or any(s < b and a < e for a, b in items for s, e in others):
            continue
        if not any((a, b) in people or _rare_name(text[a:b], th) for a, b in items):
            continue
        for a, b in items:
            if (a, b) not in people:
                yield _mention(sent, "Person", a, b, text[a:b], "person.attending-list.v1", subtype="Person")


def _name_tail(text: str, a: int, b: int, th: Thresholds) -> Optional[int]:
    """Where the longest name that ends text[a:b] starts after a word of it (项目组由|周新,
    既有|高文): the first item of a list that does not open its clause; None if no name."""
    at = a
    for tok in words.cut(text[a:b])[:-1]:
        at += len(tok)
        if _plain_name(text[at:b], th, rare=False) and _ANONYMISED not in text[at:b]:
            return at
    return None


# -- events ----------------------------------------------------------------

_WORKING_MEETINGS = tuple(P["event"]["working_meetings"])
_CEREMONIES = tuple(P["event"]["ceremonies"])
_CEREMONY_HOLDERS = ("Organization", "Region")
# the words before a place that make it where a ceremony is held, the second of its parties or where a guest went
_NO_CEREMONY_HOLDER = set(P["event"]["ceremony_place_leads"]) | set(P["region"]["visit_verbs"])
_EVENT_SUFFIX = _alt(P["event"]["suffixes"] + P["event"]["working_meetings"])
_ATTENDS = tuple(P["event"]["attends"])
_EVENT_SUFFIXES = set(P["event"]["suffixes"]) | set(_WORKING_MEETINGS)
_CAMPAIGNS = ("学习教育", "主题教育", "专项行动", "专项整治", "整治行动", "提升行动")
_MEETING_AFTER = re.compile(rf"[^，。；、,;：:]{{0,12}}?(?:{_alt(P['event']['named_suffixes'] + ['会议'])})(?![会议班堂])")
_NOT_EVENT_OPENERS = set("他她其为或该此这")  # 热恩别科夫为出席会议…, 或旁听了大会: a clause, no name
_UNNAMED_QUALIFIERS = ("相关", "有关", "各类", "各种", "各大")  # 在微博和各大论坛上: many of a kind, none named
_UNNAMED_EVENT_OPENERS = tuple(P["event"]["this"]) + _UNNAMED_QUALIFIERS
_WEIGHTY = ("重大", "重要")  # 重要会议, 等重大活动: how much a meeting matters, not its name
_UNNAMED_EVENT_END = re.compile(rf"(?:{_alt(_WEIGHTY + _UNNAMED_QUALIFIERS)})(?:会议|活动|论坛)$")
# 隆重举行纪念峰会, 召开庆祝大会: an anniversary's meeting by its kind, what it marks named elsewhere
_UNNAMED_ANNIVERSARY = re.compile(rf"(?:{_alt(P['event']['anniversary_verbs'])})(?:{_alt(P['event']['anniversary_kinds'])})")
# A meeting after a verb of holding, attending or chairing (主持金砖国家领导人第十四次会晤); of
# 出席并主持…峰会 the second verb is no part of the name.
_EVENT_VERBS = tuple(P["event"]["holds"] + P["event"]["attends"] + P["event"]["chairs"])
_EVENT_VERB = re.compile(_alt(_EVENT_VERBS))
_EVENT_AFTER_VERB = re.compile(
    rf"(?:{_EVENT_VERB.pattern})(?:并(?:{_alt(P['event']['chairs'])}))?(?:了|的)?((?:[^，。；、,;：:]{{0,40}}?)(?:{_EVENT_SUFFIX}))(?![会议班堂])"
    rf"(?!(?<=报告会)[计商])(?!(?<=仪式)暨)")  # 财务报告|会计处理, 统计报告|会商: a report, no 报告会; X签约仪式|暨Y发布会: one event
_TIME_TAG = "t"  # jieba's time words (今年, 昨天)
_HELD_BY_NAMED_BODY = re.compile(r"(党组|党委|专题|全体|中心组|理论学习)")  # a meeting named with its holder before it (党组会议)
_AT_MEETING_OPEN, _AT_MEETING_CLOSE = P["event"]["at_meeting"]
# A meeting named where something is said or done at it (在网络安全和信息化工作座谈会上): read as after a verb of attending.
_EVENT_AT = re.compile(rf"{_AT_MEETING_OPEN}((?:[^，。；、,;：:{_AT_MEETING_OPEN}]{{0,40}}?)(?:{_EVENT_SUFFIX}))(?![会议班堂]){_AT_MEETING_CLOSE}")


def _name_start(text: str, start: int, end: int, attended: bool) -> int:
    """Where the name of a meeting after its verb begins: past the particle
    that completes the verb (开展好党纪学习教育, 召开的…全会), past an attending
    verb's clause up to its last 的 (出席在岘港举行的…峰会, 他所在的…会议), and
    past how long or how many (为期一年的…专项行动, 一场…大赛). None of these
    is a word of the name, nor of the surface its aliases are read from."""
    while start < end and text[start] in _VERB_PARTICLES:
        start += 1
    if attended:
        start = max(start, text.rfind("的", start, end) + 1)
    lead = EVENT_LEAD.match(text, start, end)
    return lead.end() if lead else start


def yearly_kind(name: str) -> bool:
    """A year and a kind of meeting alone (2024年工作会议, 2023年度大会): every
    body holds one each year, so one is named with its holder where the text
    puts it before the verb (中国移动召开2024年工作会议)."""
    year = _YEAR_OF_KIND.match(name)
    return bool(year) and (name[year.end():] in _EVENT_SUFFIXES or bool(_GENERIC_KIND.fullmatch(name, year.end())))


_DATE_IN_NAME = re.compile(r"\d+月|\d+日|[上下]午|晚上|今天|日前|近日")
_CLAUSE_AFTER_EDITION = set(_EVENT_VERBS) | {"的", "在", "于", "将", "再次"}


def _event_verb_word(tok: str) -> str:
    """The verb of holding, attending or chairing a word is or opens with a meeting after it
    (出席, 出席会议 as jieba reads it; not 主持人, 主办方): "" when none."""
    verb = next((v for v in _EVENT_VERBS if tok.startswith(v)), "")
    return verb if verb and (tok == verb or tok[len(verb):] in _MEETING_WORDS) else ""


def _after_event_verbs(text: str, start: int, end: int) -> int:
    """Where a meeting's name starts after the last verb of holding, attending or chairing
    between start and end (…隆重举行 习近平出席大会; 奥尼尔和夫人为出席亚太经合组织…会议): the verb
    opens a clause whose object is the meeting."""
    at = start
    for tok in words.cut(text[start:end]):
        verb = _event_verb_word(tok)
        if verb:
            start = at + len(verb)
        at += len(tok)
    return start


def _clause_after_edition(middle: str) -> bool:
    """A date, or a verb of holding or attending, 的 or a preposition, after a
    meeting's edition or year: a clause, not the rest of its name."""
    return bool(_DATE_IN_NAME.search(middle)) or any(t in _CLAUSE_AFTER_EDITION or _event_verb_word(t) for t in words.cut(middle))


# An edition or a year opens a meeting's name: 2023年数字中国建设峰会, 第五届世界智能大会, 首届数字中国建设峰会, and a
# year written straight before a brand's name (2022世界5G大会, 2021MEC全球应用开发者大会), not
# a count before a noun (2000名代表出席大会).
_BARE_YEAR = r"(?<![\d.])(?:19|20)\d{2}"  # not inside a longer number
_YEAR_OF_KIND = re.compile(rf"{_BARE_YEAR}年度?")  # the year a body's yearly meeting is named by (yearly_kind)
ORDINAL_EDITION = rf"第[{ORDINAL_DIGITS}]+届|首届"
# a numbered session (第五次全体会议, 第156次常务会议, 第二十四次定期会晤)
_SESSION_WORDS = r"(?:(?:全体|常务)?会议|(?:定期)?会晤)"
_OPENING = re.compile(rf"\d{{4}}年度?|{_BARE_YEAR}(?=[{CJK}A-Za-z“])(?![年月日多余万亿千百个家名位人项场次件元届])"
                      rf"|{ORDINAL_EDITION}|第[{ORDINAL_DIGITS}]+次")
_TREATY_HEADS = tuple(P["event"]["treaty_heads"])
_SEAT_IN_NAME = re.compile(rf"[(（]([{CJK}]{{2,6}})[)）]")  # 丝绸之路（敦煌）国际文化博览会: the place it is held, part of the name
# 启动 before an event with its own opening (中国移动启动|2023中国移动…大会) launches it; elsewhere it is
# a word of the name (数字化改革启动大会, 西部大开发战略启动20周年座谈会).
_LAUNCHES_AN_EDITION = re.compile(rf"(?:{_alt(P['relation']['launches'])})(?:{_OPENING.pattern})")
_NAMED_EVENT = Guarded(
    rf"(?:{_OPENING.pattern})(?:[{CJK}A-Za-z0-9“”]|{_SEAT_IN_NAME.pattern}){{1,20}}?(?:大会|峰会|论坛|博览会|圆桌会议|会议|全会|展览会)"
    rf"(?:[(（](?!以下简称|下称|简称)[^()（）]{{1,20}}[)）])?",  # a seat or tag in brackets (MWC上海); a short name (以下简称…) is no part
    needs=("会", "论坛"))
_CONGRESS = Guarded(r"(?:党的)?(?<![一二三四五六七八九十])((?:二)?十[一二三四五六七八九]?)(?:大|届([一二三四五六七八九](?:中)?)全会)",
                    needs=("十",))  # 二十大 is the twentieth, not 十大
_CONGRESS_LIST = Guarded(r"(?:党的)?(?<![一二三四五六七八九十])((?:二)?十[一二三四五六七八九]?)大和((?:二)?十[一二三四五六七八九]?)届((?:[一二三四五六七八九]中、?)+)全会",
                         needs=("全会",))
_TENTH = "十"  # 十大 bare is a top ten (十大新兴技术, 十大前沿技术); the tenth congress is written 党的十大 or 中共十大
_PARTY_BEFORE = ("党的", "中共")
_CONGRESS_AFTER = re.compile(r"精神|以来|报告|召开|胜利|代表|期间|开幕|闭幕|上|和|、|提出|指出|强调|作出|确立|明确|以后|后|前")
_THEMED_KINDS = ("主题教育", "专项行动", "主题活动")
_THEMED = Guarded(rf"“([^”]{{2,20}})”({'|'.join(_THEMED_KINDS)})", needs=_THEMED_KINDS)
_GENERIC_EVENT = {"会议", "党委会", "专题会议", "全体会议", "学习会", "座谈会", "研讨会", "新闻发布会", "发布会",
                  "视频会议", "电视电话会议", "联组会议", "重要会议", "主题论坛", "分论坛", "主题教育", "集体学习",
                  "专项行动", "专项整治", "整治行动", "专项整治行动", "报告会", "吹风会", "对话会", "年度会议"}
# A generic kind qualified only by words of its kind (形势报告会, 政策例行吹风会, 专题座谈会): generic too.
_GENERIC_KIND = re.compile(rf"(?:{_alt(P['event']['generic_modifiers'])})*(?:{_alt(_GENERIC_EVENT)})")
# How long (为期一年的…专项行动, 一场…大赛): not what.
EVENT_LEAD = re.compile(r"(?:为期|从|自)[^的]{1,12}的|一场|以[^的，,。；;]{1,24}?为主题的")
_VERB_PARTICLES = "了的好"  # what completes the verb before a meeting's name (召开了, 召开的, 开展好)
# Meetings counted (多场分论坛, 13场专题会议, 50多场技术峰会, 16个专题会议, 3项国际品牌赛事, 一次联席会议,
# 多次…会议): a kind or a number of times, no one event.
_EVENTS_COUNTED = re.compile(r"[多数几两\d一二三四五六七八九十百千]+[余多]?[场个项次批]")
_TALKS_COUNTED = re.compile(r"(?<![第\d一二三四五六七八九十百])[两几多数\d一二三四五六七八九十]+次会晤$")  # 西安和北京两次会晤
_NTH_TIME = rf"(?:第[{ORDINAL_DIGITS}]+|首)次"  # a session's or a sitting's number (第二次, 首次)
_NUMBERED_SESSION = re.compile(rf"{_NTH_TIME}{_SESSION_WORDS}")
# A plenary sitting of a session, numbered within it (第三次全体会议).
_SITTING = Guarded(rf"{_NTH_TIME}全体会议", needs=("全体会议",))
# A scope word's body and its numbered session written as one name (召开市政府第156次常务会议).
# A body's numbered session, or its standing committee's, after the body's name (第十三届全国人民代表大会|常务委员会第七次会议).
_BODY_SESSION_AFTER = re.compile(rf"(?:常务委员会|常委会)?{_NUMBERED_SESSION.pattern}")
_SCOPED_BODY_SESSION = re.compile(rf"([{SCOPE_LEVELS}])({_REGION_BODY.pattern}|{_FUNC_BODY.pattern})({_NUMBERED_SESSION.pattern})")


# An event's subtype by the head words of its name: the ones the ontology's subtypes list in their
# comments (kg:Conference "大会、峰会、论坛、博览会"), and the ones patterns.toml names as kinds of those
# (交易会 a 博览会, 年会 a 会议).
_SUBTYPE_OF_HEAD = {h: c.name for c in schema.entity_type("Event").subtypes for h in schema.head_words(c.name)}
_SUBTYPE_OF_HEAD |= {w: _SUBTYPE_OF_HEAD[h] for w, h in P["event"]["head_kinds"].items()}


# A national congress or a plenary session of the Party's central committee named in full
# (中国共产党第二十次全国代表大会, 中国共产党第二十届中央委员会第三次全体会议, 中国共产党第十九届六中全会):
# kg:PartyCongress
# whatever its 大会 or 会议.
_PARTY_CONGRESS_NAME = re.compile(r"(?:中国共产党|中共)(?:第[一二三四五六七八九十]+次全国代表大会"
                                  r"|(?:第[一二三四五六七八九十]+届)?中央委员会第[一二三四五六七八九十]+次全体会议"
                                  r"|(?:中央)?第?[一二三四五六七八九十]+届[一二三四五六七八九]中全会)")
_BY_HEAD = ("Meeting", "Conference")  # subtypes a name's head decides; a congress or campaign its recogniser does


def event_subtype(name: str, default: str) -> str:
    """The subtype of the event ``name`` names, by its last head word, the
    longest of those ending there: 举办中国国际服务贸易交易会 a Conference (a
    fair), 数字经济论坛年会 a Meeting (the forum's annual meeting), 世界人工智能
    大会开幕式 a Conference; ``default`` for a name with no head word (签约仪式)."""
    if _PARTY_CONGRESS_NAME.fullmatch(name):
        return "PartyCongress"
    best, at = default, (-1, 0)
    for head, subtype in _SUBTYPE_OF_HEAD.items():
        i = name.rfind(head)
        if i >= 0 and (i + len(head), len(head)) > at:
            best, at = subtype, (i + len(head), len(head))
    return best


_PARTY_OPENING = re.compile(r"(?:中国共产党|中共)(?:中央)?")


def _congress_name(congress: re.Match) -> str:
    """党的十八大, 党的十九届五中全会: one name however the text writes it (十九届五中全会, 中共十九届五中全会)."""
    return _party_meeting(congress.group(1), congress.group(2))


def _party_meeting(term: str, plenum: Optional[str]) -> str:
    """The one name of a party congress (党的十八大: its ``term``) or of a plenum of its
    central committee (党的十九届五中全会: the term and the ``plenum``'s number, 五 or 五中)."""
    return f"党的{term}大" if plenum is None else f"党的{term}届{plenum.rstrip('中')}中全会"


# The official numbering written out (中国共产党第二十次全国代表大会, 中国共产党第二十届中央委员会第三次
# 全体会议, 中国共产党第十九届六中全会): the congress is its term's 大 and the sitting its term's 中全会,
# what 党的二十大 and 党的二十届三中全会 write short (by_numbering).
_NUMBER = "[一二三四五六七八九十]+"  # a congress's or a term's number written in characters (二十, 十四)
_CONGRESS_IN_FULL = re.compile(rf"(?:中国共产党|中共)第({_NUMBER})次全国代表大会"
                               rf"|(?:中国共产党|中共)(?:中央)?第({_NUMBER})届(?:中央委员会第([一二三四五六七八九])次全体会议"
                               rf"|([一二三四五六七八九])中全会)")


def _as_congress(name: str) -> str:
    """The congress's or plenum's one name for a meeting's name written with the
    party before it (中共十八届三中全会, 中国共产党二十届三中全会), else ""."""
    party = _PARTY_OPENING.match(name)
    congress = _CONGRESS.regex.fullmatch(name, party.end()) if party else None
    return _congress_name(congress) if congress else ""


def _named_by_scoped_holder(text: str, holder: Mention, end: int) -> tuple[str, str]:
    """The name and scope of an edition a scope word's body opens (县政协|第十四届委员会第四次常委会议,
    市政府|第十次常务会议): named with the body, which resolution fills in with the county or city,
    not one event of every county's fourth standing meeting."""
    return holder.name + _strip_quotes(text[holder.end:end]), holder.scope


def _session_of_scoped_body(name: str) -> tuple[str, str]:
    """A numbered session's name and scope: 市政府第156次常务会议 is the session of
    the city's 人民政府, named with it once resolution fills the city in (not one
    entity of every city's 156th meeting); any other name as it is, unscoped."""
    m = _SCOPED_BODY_SESSION.fullmatch(name)
    return (_body_name("{}", m.group(2)) + m.group(3), m.group(1)) if m else (name, "")


_MEETING_WORDS = sorted(_EVENT_SUFFIXES | set(P["event"]["named_suffixes"]), key=len, reverse=True)
# A list's 等 right before a kind of event, counted or qualified (断卡等专项行动, 二十国集团等重要峰会,
# …等多场高峰论坛, 等一系列专项整治): several events, no one name; 三北等重点生态工程建设座谈会 is one.
_SERIES = ("一系列", "系列")  # 等一系列工程, 系列活动: a series, not one name
_SEVERAL_OF_A_KIND = re.compile(rf"等(?:{_EVENTS_COUNTED.pattern}|{_alt(_SERIES + _WEIGHTY)}|高峰)*(?:{_alt(_MEETING_WORDS)})$")
_LIST_GOES_ON = ("、", "等")


def _kind_of_activity(text: str, end: int, name: str, th: Thresholds) -> bool:
    """An item of a list of activities (举办现场推进会等活动, 将举办高端论坛、平行分论坛…)
    named by one common word and a meeting's word: a kind of activity, no one
    event; a place or a name before the word makes one (敦煌论坛、文化展览)."""
    if not text.startswith(_LIST_GOES_ON, end):
        return False
    word = next((w for w in _MEETING_WORDS if name.endswith(w) and len(name) > len(w)), "")
    head = name[:len(name) - len(word)]
    return bool(word) and len(words.cut(head)) == 1 and words.tag(head) not in PROPER_TAGS | {""} \
        and words.frequency(head) >= th.generic_word_freq


_PART_JOINERS = re.compile(f"[{''.join(LIST_JOINERS)}]")
_MEETING_PARTS = set(P["event"]["chaired_parts"])  # 开幕式, 闭幕式


def _parts_joined(name: str) -> bool:
    """Two or more kinds of session joined, each generic (开幕式和主论坛, 主旨演讲、分论坛): no one meeting."""
    parts = _PART_JOINERS.split(name)
    return len(parts) > 1 and all(p in _MEETING_PARTS or _GENERIC_KIND.fullmatch(p) or _GENERIC_PART.fullmatch(p)
                                  for p in parts)


_AT_MEETING_PARTS = tuple(P["event"]["at_meeting_parts"])
_DAY_IN_BRACKETS = re.compile(r"[（(][^（()）]*[）)]")  # 今天（7月23日）: the day in brackets after the time word


def _past_when(text: str, start: int, end: int) -> int:
    """Past the time words that open the words between 在 and a meeting's kind, and the day bracketed after them
    (在今年博鳌亚洲论坛年会上, 在今天（7月23日）国务院政策例行吹风会上): when it met, no word of its name."""
    lead = words.cut(text[start:end])[0] if start < end else ""
    if words.tag(lead) != _TIME_TAG:
        return start
    day = _DAY_IN_BRACKETS.match(text, start + len(lead), end)
    return day.end() if day else start + len(lead)


def _event_before_name(text: str, start: int, end: int) -> bool:
    """The words between 在 and a meeting's name (up to its last 的) name an event, by its kind or a fair's short
    name (在进博会为期3天的供需对接会上, 在第三届数字中国建设峰会期间举行的签约仪式上): the meeting is a session of
    that event, which its own patterns name (review rvsr, session 31)."""
    return re.search(_EVENT_SUFFIX, text[start:end]) is not None or _SHOW_SHORT.regex.search(text, start, end) is not None


def _unnamed_at_meeting(name: str, th: Thresholds) -> bool:
    """Words between 在 and 上 that name no meeting of their own: a campaign (在抓实党纪学习教育上: what is done), a
    session of a longer meeting (分论坛), a party congress or plenum (read by their own pattern, 党的二十届三中全会),
    words with a year or an edition inside (在ESIE2023第11届储能国际峰会上, 在乌镇第二届世界互联网大会上: the edition's
    own patterns name it from there), a name opening with a meeting's word (在论坛北京峰会上: the forum named before),
    or one common word before the kind (在成立大会上, 在科技大会上: what kind of meeting, not which)."""
    if name.endswith(_CAMPAIGNS + _AT_MEETING_PARTS) or _CONGRESS.regex.search(name) or _PLENUM_ALONE.search(name) \
            or _OPENING.search(name, 1):
        return True
    toks = words.cut(name)
    if not toks or toks[0] in _MEETING_WORDS or toks[0] in P["organization"]["suffixes"]:
        return True  # (…, or a bare kind of body opening it: 在集团成立大会上, 在公司年会上: whose, the frame does not say)
    kind = next((k for k in _MEETING_WORDS if name.endswith(k)), "")
    before = words.cut(name[:len(name) - len(kind)])
    return len(before) == 1 and words.frequency(before[0]) >= th.common_word_freq


@recogniser("event.meeting.v1", needs=(*P["event"]["holds"], *P["event"]["attends"], *_NAMED_EVENT.needs, *_CONGRESS_LIST.needs, *_CONGRESS.needs,
                                      "”", _AT_MEETING_OPEN))  # what each of its patterns holds (the themed campaign: ”主题教育)
def event_meeting(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """Meetings after 召开/举办/举行 (named with their holder when the name
    starts generic: 召开党委理论学习中心组学习会) or between 在 and 上 (在冰雪旅游研讨会上指出: named
    in full, as no holder is said), numbered and dated events, party congresses and plenums, themed campaigns."""
    text = sent.text
    after_verb: list[Mention] = []
    for m in chain(_EVENT_AFTER_VERB.finditer(text), _EVENT_AT.finditer(text)):
        at_meeting = m.re is _EVENT_AT
        verb_end = m.start() + len(_AT_MEETING_OPEN) if at_meeting else _EVENT_VERB.match(text, m.start()).end()
        if verb_end not in words.cuts_around(text, m.start(), verb_end):
            continue  # a noun, not the verb: 大会主持人王沪宁, 主办方 (主持|人工智能专题会议 is the verb); 存|在, 现|在
        end = _forum_sitting_end(text, m.end(1)) if m.group(1).endswith("论坛") else m.end(1)  # 出席博鳌亚洲论坛|2013年年会
        about = _MEETING_AFTER.match(text, end) if m.group(1).endswith(_CAMPAIGNS) else None
        if about:  # 召开…学习教育征求意见座谈会: a meeting about the campaign
            end = about.end()
        start = _after_event_verbs(text, m.start(1), end)  # …隆重举行 习近平出席大会: the second verb's meeting
        start = _name_start(text, start, end, at_meeting or m.group().startswith(_ATTENDS))
        if at_meeting:
            start = _past_when(text, start, end)
        name = _strip_quotes(text[start:end])
        if name[:1] in _NOT_EVENT_OPENERS or name.startswith(_UNNAMED_EVENT_OPENERS) or _UNNAMED_EVENT_END.search(name) \
                or _UNNAMED_ANNIVERSARY.fullmatch(name) or "了" in name:
            continue  # 本次会议, 召开这次座谈会, 相关论坛, 基层党组织重大会议: a meeting the text names no further;
            # 参加会见的各国领导人介绍了…全会: a clause past the verb's own 了
        generic = bool(_GENERIC_KIND.fullmatch(name)) or yearly_kind(name)
        if at_meeting and (generic or _NUMBERED_SESSION.fullmatch(name) or name.endswith(_WORKING_MEETINGS)
                           or _HELD_BY_NAMED_BODY.match(name) or _unnamed_at_meeting(name, settings.thresholds)):
            continue  # 在国新办举行的发布会上, 在党组会议上: known only by a holder the frame does not name
        if at_meeting and _event_before_name(text, m.start(1), start):
            continue  # 在进博会为期3天的供需对接会上: a session of the event named before it, no meeting of its own
        if _parts_joined(name):
            continue  # 举办一场开幕式和主论坛: the parts of the meeting the text is about, no meeting's name
        if len(name) < 3 or len(name) < 4 and not generic or name in _EVENT_SUFFIXES and not generic or _GENERIC_PART.fullmatch(name) \
                or name.startswith(("多项", *_SERIES)) or _EVENTS_COUNTED.match(name) or _TALKS_COUNTED.search(name) \
                or _DATE_IN_NAME.match(name) or _SEVERAL_OF_A_KIND.search(name) \
                or _kind_of_activity(text, end, name, settings.thresholds):
            continue  # 部学习教育: the campaign the text named before; 主持上午论坛: a session of the day; 高级别论坛: a kind;
            # a bare 会议 (X召开会议: a headline's for the session the body names); 发布会, 座谈会 with their holder are named
        scope = ""
        if generic or _NUMBERED_SESSION.fullmatch(name) or name.endswith(_WORKING_MEETINGS):  # 工信部举行新闻发布会: known by its holder
            holder = _holder_of_verb(text, found, m.start())
            if holder is None and name.endswith(_CEREMONIES) and not m.group().startswith(_ATTENDS):
                # 鼓楼区举行…签约仪式; not the venue (…在石家庄举行), nor where a guest went (赴土库曼斯坦出席…开工仪式)
                holder = _holder_of_verb(text, [r for r in found if _may_hold_a_ceremony(text, r, found)], m.start(), _CEREMONY_HOLDERS)
            if holder is None:
                continue
            # 省政府: the province's; a place by its one name (江苏举行… in the headline, 江苏省举行… in the body: one ceremony)
            named = holder.name if holder.scope or holder.type == "Region" else holder.surface
            name, scope = named + name, holder.scope
        elif _HELD_BY_NAMED_BODY.match(name):
            holder = _holder_before(found, m.start())
            if holder is None:
                continue
            name = (holder.name if holder.scope else holder.surface) + name
            scope = holder.scope
        else:
            name, scope = _session_of_scoped_body(name)
            holder = None if scope else next((o for o in found if o.start == start < o.end < end and o.scope
                                              and o.type == "Organization" and _OPENING.match(text, o.end)), None)
            if holder is not None:  # 召开县政协|第十四届委员会第四次常委会议
                name, scope = _named_by_scoped_holder(text, holder, end)
        congress = _as_congress(name)  # 召开的中共十八届三中全会
        after_verb.append(_mention(sent, "Event", start, end, congress or name, "event.meeting.v1",
                                   subtype="PartyCongress" if congress else event_subtype(name, "Meeting"), scope=scope))
        campaign_start = m.end(1) - len(m.group(1).lstrip("了的好"))
        campaign = _strip_quotes(text[campaign_start:m.end(1)])
        if about and campaign not in _CAMPAIGNS:  # the campaign the meeting is about is an event too
            after_verb.append(_mention(sent, "Event", campaign_start, m.end(1), campaign, "event.meeting.v1", subtype=CAMPAIGN_SUBTYPE))
    yield from after_verb
    for m in _NAMED_EVENT.finditer(text):
        if any(o.type == "Organization" and o.start <= m.start() < o.end for o in found) or _SEVERAL_OF_A_KIND.search(m.group()) \
                or _BODY_SESSION_AFTER.match(text, m.end()):
            continue  # 第十四届人民代表大会 inside 河北省第十四届人民代表大会常务委员会; the term of the body
            # whose numbered session follows (第十四届全国人民代表大会|第二次会议, |常务委员会第七次会议: event.session.v1's)
        if any(not LEX.names(seat.group(1), "Region")
               for seat in _SEAT_IN_NAME.finditer(m.group(), 0, len(m.group()) - 1)):
            continue  # brackets inside the name hold its seat, a place, or no name is read here
        # A date or a clause after the edition (第十一次会议6月28日上午在北京人民大会, 2023年底召开的
        # 中央经济工作会议): the name, if any, is what a later edition opens (2026年在中国举办|第二届中阿峰会).
        start = m.start()
        while start >= 0 and _clause_after_edition(text[_OPENING.match(text, start).end():m.end()]):
            later = [e.start() for e in _OPENING.finditer(text, start + 1, m.end())]
            start = later[0] if later else -1
        if start >= 0:
            # A body, forum or treaty written right before the edition holds it and opens its name
            # (亚太经合组织|第三十二次领导人非正式会议, 中非合作论坛|第八届部长级会议, 《湿地公约》|第十四届缔约方大会),
            # a scoped one too (县政协|第十四届委员会第四次常委会议, as the sentence that holds it after 召开 names it).
            holder = next((o for o in found + after_verb if o.end == start and (
                o.type in ("Organization", "Event") or o.type == "Policy" and o.name.endswith(_TREATY_HEADS))), None)
            if holder is not None:
                start = holder.start
            elif _SITTING.regex.fullmatch(text, start, m.end()):
                continue  # a bare plenary sitting: its session's (event.sitting.v1)
            name, scope = _strip_quotes(text[start:m.end()]), ""
            if holder is not None and holder.scope:
                name, scope = _named_by_scoped_holder(text, holder, m.end())
            yield _mention(sent, "Event", start, m.end(), name, "event.meeting.v1", subtype=event_subtype(name, "Conference"),
                           scope=scope)
    for m in _CONGRESS_LIST.finditer(text):
        yield _mention(sent, "Event", m.start(), m.start() + len(m.group(1)) + 3, f"党的{m.group(1)}大",
                       "event.meeting.v1", subtype="PartyCongress")
        for plenum in re.finditer(r"[一二三四五六七八九]中", m.group(3)):
            a = m.start(3) + plenum.start()
            yield _mention(sent, "Event", a, a + 2, f"党的{m.group(2)}届{plenum.group()}全会",
                           "event.meeting.v1", subtype="PartyCongress")
    for m in _CONGRESS.finditer(text):
        if any(e.start <= m.start() < e.end for e in found if e.type == "Event"):
            continue
        if m.group(2) is None and not m.group().startswith("党的") \
                and (m.group(1) == _TENTH and not text.endswith(_PARTY_BEFORE, 0, m.start()) or not _CONGRESS_AFTER.match(text, m.end())):
            continue  # 十大民生工程, 人工智能十大前沿技术: ten, not a congress (the tenth only after 党的 or 中共)
        name = _congress_name(m)
        yield _mention(sent, "Event", m.start(), m.end(), name, "event.meeting.v1", subtype="PartyCongress")
        if m.group(2) is None and text.startswith("报告", m.end()):  # 十九大报告: the congress's report
            yield _mention(sent, "Policy", m.start(), m.end() + 2, f"{m.group(1)}大报告", "event.meeting.v1",
                           subtype="Policy")
    for m in _THEMED.finditer(text):
        yield _mention(sent, "Event", m.start(), m.end(), m.group(1) + m.group(2), "event.meeting.v1", subtype=CAMPAIGN_SUBTYPE)


# X、Y等专项行动 after the verb that carries them out: each item is a campaign of that kind
# (组织开展IPv6网络就绪、IPv6端到端贯通等专项行动; 开展“云剑”“断卡”“团圆”等专项行动).
_CAMPAIGN_LIST_END = Guarded(rf"等(?:{_alt(_SERIES)})?({_alt(_CAMPAIGN_HEADS)})", needs=_CAMPAIGN_HEADS)
_CAMPAIGN_VERB = re.compile(_alt(P["event"]["holds"] + P["policy"]["programme_verbs"]))
_QUOTED_ITEM = re.compile(r"“([^“”]{2,12})”")
_CLAUSE_OR_LINE_ENDS = "，。；：,;:\n"  # a clause's or a line's end (not 、: the list is in the clause)


def _list_items(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of a list's items between start and end, split at the list's joiners where
    they stand as words (not the 与 of 参与, the 和 of 和平)."""
    at = start
    for tok in words.cut(text[start:end]):
        if tok in LIST_JOINERS:
            if at > start:
                yield start, at
            start = at + len(tok)
        at += len(tok)
    if end > start:
        yield start, end


@recogniser("event.campaign-list.v1", needs=_CAMPAIGN_LIST_END.needs)
def event_campaign_list(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """The items of a list of campaigns of one kind, named each with the kind: an item quoted
    or written plain, not one that names a campaign of its own (扫黑除恶专项斗争) or mixes both."""
    text = sent.text
    for m in _CAMPAIGN_LIST_END.finditer(text):
        clause = max(text.rfind(c, 0, m.start()) for c in _CLAUSE_OR_LINE_ENDS) + 1
        verb = list(_CAMPAIGN_VERB.finditer(text, clause, m.start()))
        if not verb:
            continue
        a = verb[-1].end() + (text[verb[-1].end()] == "了")
        lead = EVENT_LEAD.match(text, a, m.start())  # 为期三年的…: how long, not what
        a = lead.end() if lead else a
        for item_start, item_end in _list_items(text, a, m.start()):
            item = text[item_start:item_end]
            quoted = list(_QUOTED_ITEM.finditer(text, item_start, item_end))
            if quoted and "".join(q.group() for q in quoted) == item:
                spans = [q.span(1) for q in quoted]
            elif "“" not in item and "专项" not in item and len(item) >= 2:
                spans = [(item_start, item_end)]
            else:
                continue
            for b, e in spans:
                yield _mention(sent, "Event", b, e, text[b:e] + m.group(1), "event.campaign-list.v1", subtype=CAMPAIGN_SUBTYPE)


# 第十届中国艺术节; after a year, a place or body must open the name (2021哈尔滨国际冰雪系列活动,
# not 2021年春节): _YEAR_OF_EVENT marks where that place must start
_YEAR_OF_EVENT = rf"{_BARE_YEAR}年?"
_EDITION_EVENT = Guarded(
    rf"(?:{ORDINAL_EDITION}|({_YEAR_OF_EVENT}))([{CJK}A-Za-z0-9“”（）()]{{1,20}}?)(?:{_alt(P['event']['edition_heads'])})(?![{CJK}]?[会场馆])",
    needs=("届", "年", "19", "20"))
_EDITION_AFTER_YEAR = re.compile(ORDINAL_EDITION)  # 2022年|第19届亚运会: a year, then the edition that opens the name
_GAMES_GAP = 2  # 夏季, 全国
_GAMES_BODIES = tuple(P["organization"]["organizing_committees"])
# 第十四届全运会, 第33届夏季奥运会: an edition, up to a season's or scope's words, a games' short form
_EDITION_GAMES = re.compile(rf"(?:{ORDINAL_EDITION})[{CJK}]{{0,{_GAMES_GAP}}}?(?:{_alt(P['event']['games_short_forms'])})")
_SEVERAL_EVENTS = re.compile("等|各")  # …大会等多项活动, 进博会各大展: several events, no one name
_OPEN_BRACKET = re.compile(r"[(（][^)）]*$")  # a bracket the name does not close
_HOLIDAYS = set(P["event"]["holidays"])


_JOINED_EDITION = re.compile(rf"[和与及](?={ORDINAL_EDITION})")  # not 暨, which names one joint event


def _second_of_joined_editions(m: re.Match) -> re.Match:
    """A match that joins two editions by 和/与/及 (首届人形机器人半程马拉松和首届人形机器人运动会: two events, no
    one name) read from its second edition on (首届人形机器人运动会); other matches as they are."""
    while (joined := _JOINED_EDITION.search(m.group(2))) is not None \
            and (again := _EDITION_EVENT.regex.match(m.string, m.start(2) + joined.end())) is not None:
        m = again
    return m


@recogniser("event.edition.v1", needs=_EDITION_EVENT.needs)
def event_edition(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A festival, show or contest named with its edition, or with its year
    and its place or body: 第十届中国艺术节, 第十三届中国航展, 2021哈尔滨国际冰雪系列活动; games named with their
    edition and short form (第十四届全运会).
    Not a clause after the edition (第137届广交会已举办…活动), nor several
    events (…大会等多项活动)."""
    text, read = sent.text, []
    for m in map(_second_of_joined_editions, _EDITION_EVENT.finditer(text)):
        middle = m.group(2)
        if _clause_after_edition(middle) or _SEVERAL_EVENTS.search(middle) or _EVENTS_COUNTED.search(middle) \
                or _OPEN_BRACKET.search(middle):
            continue  # …交易会（广交会: the short name in brackets
        end = m.end()
        if _edition_name_ends_badly(text, m.start(), end, settings):
            # 首届…推广活动|周期为三个月: a head inside a longer one (活动 of 活动周) may end the name where the longer cannot
            cut = _LONGER_HEAD_END.search(text, m.start(), end)
            end = end - _LONGER_HEADS[cut.group()] if cut else -1
            if end < 0 or _edition_name_ends_badly(text, m.start(), end, settings):
                continue  # …相关活动; 第一支节|目; 2015年中国春节
        if m.group(1) and not any(o.start == m.end(1) and _own_place(o) for o in found) \
                and not _EDITION_AFTER_YEAR.match(text, m.end(1)):
            continue  # 2026五一国际劳动节, 2023年校招活动: a year and no host (2025年第12届世界运动会: its edition names it)
        name = _strip_quotes(text[m.start():end])
        read.append((m.start(), end))
        yield _mention(sent, "Event", m.start(), end, name, "event.edition.v1", subtype=event_subtype(name, "Conference"))
    for m in _EDITION_GAMES.finditer(text) if "会" in text else ():
        # 第十一届残运会暨…活动: the longer name holds it; …运动会暨第七届特奥会: one joint event's; 第19届亚运会组委会: its body's
        if not any(a < m.end() and m.start() < b for a, b in read) and _ALSO not in text[max(m.start() - 1, 0):m.end() + 1] \
                and not text.startswith(_GAMES_BODIES, m.end()):
            yield _mention(sent, "Event", m.start(), m.end(), m.group(), "event.edition.v1",
                           subtype=event_subtype(m.group(), "Conference"))


# A national campaign's week or month (2023年国家网络安全宣传周, 第25届全国肿瘤防治宣传周, 全国食品安全宣传周): its opener
# (国家, 全国) and its theme name it, with a year, an edition (第N届, 第N个) or neither; the theme may be a law's title
# (第22个全国《职业病防治法》宣传周).
_NATIONAL_CAMPAIGN_HEADS = tuple(P["event"]["national_campaign_heads"])
_NATIONAL_CAMPAIGN = Guarded(
    rf"(?:{ORDINAL_EDITION}|第[{ORDINAL_DIGITS}]+个|{_YEAR_OF_EVENT})?(?:{_alt(P['event']['national_campaign_openers'])})"
    rf"(《[{CJK}]{{2,16}}》|[{CJK}]{{2,12}}?)(?:{_alt(_NATIONAL_CAMPAIGN_HEADS)})",  # a law's title the theme
    needs=_NATIONAL_CAMPAIGN_HEADS)
_CAMPAIGN_LAUNCHES = set(P["event"]["campaign_launch_verbs"])  # 全国启动…宣传月: where it is launched, no word of its name


@recogniser("event.national-campaign.v1", needs=_NATIONAL_CAMPAIGN.needs)
def event_national_campaign(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A national campaign's week or month named by its theme: 2023年国家网络安全宣传周, 全国食品安全宣传周.
    Its first word starts a word (not 举国家…), no clause stands in the theme (全国各地开展宣传周: not one name), nor a
    verb of launching it (全国启动就业政策宣传月: 全国 is where it starts), nor a body found (国家统计局宣传周)."""
    text = sent.text
    for m in _NATIONAL_CAMPAIGN.finditer(text):
        theme = m.group(1)
        if m.start() not in words.cuts_around(text, m.start(), m.end()) or _clause_after_edition(theme) \
                or _SEVERAL_EVENTS.search(theme) or any(t in _CAMPAIGN_LAUNCHES for t in words.cut(theme)) \
                or any(o.type == "Organization" and m.start() <= o.start < m.start(1) + len(theme) for o in found):
            continue  # 国家统计局宣传周, 国家网信办部署宣传周: a body opens the words, whose campaign it is, no theme
        yield _mention(sent, "Event", m.start(), m.end(), m.group(), "event.national-campaign.v1", subtype=CAMPAIGN_SUBTYPE)


# edition heads that open with a shorter one (活动周: 活动, 节目展: 节), and how many characters the shorter leaves off
_LONGER_HEADS = {h: len(h) - len(s) for s in sorted(P["event"]["edition_heads"], key=len) for h in P["event"]["edition_heads"]
                 if s != h and h.startswith(s)}
_LONGER_HEAD_END = re.compile(f"{_alt(_LONGER_HEADS)}$")
# the heads of one character (节): jieba reading it into any dictionary word that goes on, however rare (首届中国节|水奖,
# 第一支节|约用水, 电视娱乐节|目), says the name ends elsewhere (er10 audit: 6 such festivals in the 新闻联播 items); not a
# glue of 节 and a preposition no dictionary holds (渡江节|在, 动漫节|以)
_ONE_CHARACTER_HEADS = tuple(h for h in P["event"]["edition_heads"] if len(h) == 1)


def _edition_name_ends_badly(text: str, start: int, end: int, settings: Settings) -> bool:
    """The edition's name cannot end at ``end``: an event left unnamed (…相关活动), jieba reading the end into a
    common word (第一支节|目), a holiday (2015年中国春节)."""
    name = text[start:end]
    return bool(_UNNAMED_EVENT_END.search(name)) or _common_word_goes_on(text, start, end, settings.thresholds) \
        or name.endswith(_ONE_CHARACTER_HEADS) and _common_word_goes_on(text, start, end, settings.thresholds, least=1) \
        or words.cut(name)[-1] in _HOLIDAYS


_SHOW_SHORT_KINDS = P["event"]["show_short_kinds"]
_SHOW_KINDS_ALSO_VERBS = tuple(P["event"]["show_short_kinds_also_verbs"])  # 交会 "to meet": 在此交会
_PREPOSITION_TAG = "p"  # 在此|交会: a place the text points at, no fair
_NOT_FAIR_HOST_TAGS = _NOT_IN_NAME_TAGS - {"f"}  # a direction opens a fair's short name (西洽会, 东博会)
_SHOW_SHORT = Guarded(rf"({_YEAR_OF_EVENT}|{ORDINAL_EDITION})?([{CJK}])({_alt(_SHOW_SHORT_KINDS)})会(?!议)",
                      needs=tuple(k + "会" for k in _SHOW_SHORT_KINDS))
SHOW_SHORT_NAME = "event.show-short.v1"  # the source of a fair's short name, whose referent resolution names


@recogniser(SHOW_SHORT_NAME, needs=_SHOW_SHORT.needs)
def event_show_short_name(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A fair by its usual short name (进博会, 广交会, 西洽会), one word whose first
    character starts a word: not 成交|会 (a common word, then 会 "will"), 空间|交会
    (to meet), 在此|交会 (交会 after a preposition, not read as one word with its first
    character: _meets_after_preposition). With its edition (第三届进博会) it is that
    edition's, where event.edition.v1 reads none (第三届进博会上: jieba's 会上 ends no name there);
    a year right before it names the year's fair (2023年服贸会)."""
    text, th = sent.text, settings.thresholds
    for m in _SHOW_SHORT.finditer(text):
        a, b = m.start(2), m.end()
        if words.tag(m.group(2)) in _NOT_FAIR_HOST_TAGS or words.frequency(text[a:a + 2]) >= th.common_word_freq \
                or not m.group(1) and (a not in words.cuts_around(text, a, b) or _meets_after_preposition(text, m)):
            continue  # (after a year, jieba may cut 年|服 or 年服|贸会: the year ends where 年 does)
        yield _mention(sent, "Event", m.start(), b, m.group(), SHOW_SHORT_NAME, subtype="Conference")


def _meets_after_preposition(text: str, m: re.Match) -> bool:
    """A short name's kind that is also a verb (交会 "to meet") after a preposition, as
    the place lines meet (两条河流在此交会), unless jieba reads the short name as one word
    (在广交会上, 从广交会到…); a fair's other kinds are fairs there too (在进博会上, 在服贸会上)."""
    a, b = m.start(2), m.end()
    if words.tag(text[a - 1:a]) != _PREPOSITION_TAG or m.group(3) not in _SHOW_KINDS_ALSO_VERBS:
        return False
    cuts = words.cuts_around(text, a, b)
    return not (a in cuts and b in cuts and not any(a < c < b for c in cuts))


# A session of a congress or a political consultative conference, or of its standing committee:
# 十四届全国人大二次会议, 全国政协十四届二次会议, 省十三届人大三次会议, 政协鄂尔多斯市第四届委员会第四次会议,
# 政协第十四届全国委员会常务委员会第二次会议.
_SESSION_BODY = ("全国人大常委会|全国人大|人大常委会|人大|全国人民代表大会常务委员会|全国人民代表大会|人民代表大会常务委员会|人民代表大会"
                 "|全国政协|政协|全国委员会常务委员会|全国委员会|委员会常务委员会|委员会|常委会")
_SESSION = Guarded(rf"(?:中国人民政治协商会议|政协[{CJK}]{{0,8}}?)?第?[一二三四五六七八九十]{{1,3}}届(?:{_SESSION_BODY})?第?[一二三四五六七八九十百]{{1,4}}次(?:全体)?会议",
                   needs=("届",))
_SESSION_NAMES_BODY = re.compile(rf"政协|{_SESSION_BODY}")
_SESSION_OPENERS = ("全国政协", "全国人大", "全国")  # 全国政协十四届二次会议: part of the name
# A session written with its numbering and its body in full (第十四届全国人民代表大会第二次会议, 政协鄂尔多斯市
# 第四届委员会第四次会议) is the one the short form names (十四届全国人大二次会议, 鄂尔多斯市政协四届四次会议):
# the body's short name, no 第 before the term, nor before a session's number but a standing
# committee's (十三届全国人大常委会第七次会议 keeps it), 全国政协 before its term.
_SESSION_SHORT_BODIES = (("全国人民代表大会", "全国人大"), ("人民代表大会", "人大"), ("常务委员会", "常委会"))
_CPPCC_IN_FULL = re.compile(rf"(?:中国人民政治协商会议|政协)(.{{0,8}}?)第?({_NUMBER})届(全国)?委员会")
_TERM_WRITTEN_OUT = re.compile(rf"第({_NUMBER}届)")
_SITTING_WRITTEN_OUT = re.compile(r"第([一二三四五六七八九十百]+次)")
_TERM_BEFORE_CPPCC = re.compile(rf"({_NUMBER}届)全国政协")
# 中华人民共和国|第十三届全国人民代表大会…: 全国 says whose
_STATE_BEFORE_NATIONAL = re.compile(rf"(?:中华人民共和国|中国)(?=第?{_NUMBER}届全国)")


# A province or city written before the place inside it (北京市昌平区, 广西壮族自治区南宁市): the short form of
# the inner place's CPPCC names that place alone (昌平区政协六届常委会第六次会议).
_OUTER_PLACE = re.compile(rf"[{CJK}]{{2,7}}?(?:省|自治区|市)(?=[{CJK}]{{2,}}[市区县旗州]$)")


def _innermost_place(place: str) -> str:
    """The last place of a chain written in full (北京市昌平区 -> 昌平区), where its name is no
    other place's too (南京市鼓楼区 stays: 福州、徐州、开封 have a 鼓楼区, whose sessions are others')."""
    while (outer := _OUTER_PLACE.match(place)) and len(LEX.regions_by_name.get(place[outer.end():], ())) < 2:
        place = place[outer.end():]
    return place


def by_numbering(name: str) -> str:
    """What makes a numbered meeting's names one event (resolution's key): a party congress
    or plenum written with its numbering in full as its short name (中国共产党第二十次全国代表大会
    -> 党的二十大), a session of a congress or a CPPCC as its short form writes it
    (第十四届全国人民代表大会第二次会议 -> 十四届全国人大二次会议); any other name as it is."""
    full = _CONGRESS_IN_FULL.fullmatch(name)
    if full:
        return _party_meeting(full.group(1), None) if full.group(1) else _party_meeting(full.group(2), full.group(3) or full.group(4))
    session = _SESSION.regex.search(name)
    return _session_name(name) if session is not None and session.end() == len(name) else name


def _session_name(name: str) -> str:
    """A numbered session's name as its short form writes it (第十四届全国人民代表大会第二次会议 ->
    十四届全国人大二次会议; 中国人民政治协商会议第十四届全国委员会第二次会议 and 十四届全国政协二次会议 ->
    全国政协十四届二次会议)."""
    state = _STATE_BEFORE_NATIONAL.match(name)
    name = name[state.end():] if state else name
    for full, short in _SESSION_SHORT_BODIES:
        name = name.replace(full, short)
    cppcc = _CPPCC_IN_FULL.search(name)
    if cppcc:
        name = f"{name[:cppcc.start()]}{_innermost_place(cppcc.group(1))}{cppcc.group(3) or ''}政协{cppcc.group(2)}届{name[cppcc.end():]}"
    name = _TERM_BEFORE_CPPCC.sub(r"全国政协\1", _TERM_WRITTEN_OUT.sub(r"\1", name))
    return name if "常委会" in name else _SITTING_WRITTEN_OUT.sub(r"\1", name)


@recogniser("event.session.v1", needs=("届",))
def session(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A numbered session of a congress or of a CPPCC (十四届全国人大二次会议),
    named with the region or 全国/政协 before it; 省/市 before it is the
    document's province or city (省十三届人大三次会议 -> 广东省…)."""
    text = sent.text
    for m in _SESSION.finditer(text):
        a, b = m.start(), m.end()
        if not _SESSION_NAMES_BODY.search(m.group()) and not text.startswith(("全国人大", "全国政协", "政协"), max(0, a - 4)) \
                and not any(r.end == a for r in found if r.type == "Region"):
            continue  # 第三届…第二次会议 of no body the text names: 第二届理事会第三次会议 is the org's own
        for opener in _SESSION_OPENERS:
            if text.startswith(opener, a - len(opener)):
                a -= len(opener)
                break
        region = next((r for r in found if r.type == "Region" and not r.scope and r.end == a), None)
        if region is not None:
            yield _mention(sent, "Event", region.start, b, text[region.start:b], "event.session.v1", subtype="Meeting")
        elif text[a - 1:a] in _PROVINCE_OR_CITY and not _CJK_BEFORE_SCOPE.match(text, a - 2):
            yield _mention(sent, "Event", a - 1, b, "{}" + text[a:b], "event.session.v1", subtype="Meeting", scope=text[a - 1])
        else:
            yield _mention(sent, "Event", a, b, text[a:b], "event.session.v1", subtype="Meeting")


_CJK_BEFORE_SCOPE = re.compile(rf"[{CJK}](?=[省市])")  # 广东省十三届…: the region's own name, found above


_CLAUSE_BREAK = re.compile("[，。；：,;:！？]")
_SESSION_END = "会议"


@recogniser("event.sitting.v1", needs=_SITTING.needs)
def sitting(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A bare plenary sitting is one of the session its clause names before it
    (十三届全国人大常委会第七次会议24日下午在北京人民大会堂举行第三次全体会议):
    named with that session; one of no session named there has no name (the
    same words would make one event of every session's third sitting)."""
    text = sent.text
    for m in _SITTING.finditer(text):
        if any(o.type == "Event" and o.start <= m.start() and m.end() <= o.end for o in found):
            continue  # named in full already (中央军民融合发展委员会第一次全体会议)
        session = max((o for o in found if o.type == "Event" and o.end <= m.start() and o.name.endswith(_SESSION_END)
                       and not _CLAUSE_BREAK.search(text, o.end, m.start())), key=lambda o: o.end, default=None)
        if session is not None:
            yield _mention(sent, "Event", m.start(), m.end(), session.name + m.group(), "event.sitting.v1",
                           subtype="Meeting", scope=session.scope)


_EVENT_END = Guarded(rf"(?:第[{ORDINAL_DIGITS}]+次{_SESSION_WORDS}|{_alt(P['event']['named_suffixes'])})(?![会堂班室厅场馆])",
                     needs=("会", "论坛", "集体学习", "开幕式", "仪式"))
# 全国…工作会议, 中央…会议; a bilateral pair (中非|合作论坛, 中俄|总理第二十四次定期会晤) after a non-Han character
_EVENT_ANCHOR_WORDS = re.compile(rf"(?:全国|中央|(?<![{CJK}])中[{_PARTNER_CHARACTERS}]{{1,2}})(?=[{CJK}])")
# 世界人工智能大会, 全球边缘计算大会: a worldwide conference's name opens at its scope word as a
# national one's at 全国, but not where the word says "the world's first, -class" (全球首发仪式).
_WORLD_OPENER = re.compile(rf"(?:{_alt(P['event']['world_openers'])})(?!{_alt(P['event']['world_rank_words'])})(?=[{CJK}])")
# What makes such a name the body that organises (由世界互联网大会主办, …今天（10月24日）召开新闻发布会)
_ORGANISER_AFTER = re.compile(rf"(?:{_alt(P['measure']['news_days'])})?(?:[（(][^）)]{{1,12}}[）)])?"
                              rf"(?:{_alt(P['event']['organiser_verbs'])}|(?:召开|举行)(?:{_alt(P['event']['briefings'])}))")
_NOT_IN_EVENT_NAME = set(P["event"]["holds"]) | set(P["relation"]["subject_end"]) | set(P["event"]["chairs"]) \
    | set(P["person"]["speech_verbs"]) | set(P["event"]["plural_meetings"]) | {  # plural: 省委十二届历次全会, no one meeting
    "的", "于", "由", "是", "对", "将", "上", "时", "就", "进行", "参加", "出席", "同志", "负责",
    "作为", "担任",  # 刚果（布）作为|中非合作论坛共同主席国: a party's role at the meeting
    "贯彻", "落实", "传达", "如何",  # 全国政协学习贯彻|中共二十届三中全会精神: the meeting whose spirit is carried out
    "了", "成为", "宣布",  # 民营企业家开了一个座谈会, 中国银行成为2022年冬奥会…伙伴, 领导人共同宣布成立中拉论坛: a clause
    "并", "见证", "办好"}  # 出席闭幕式并见证第四届…大赛, 中国支持法国办好巴黎奥运会: two acts joined, an act on the event
# 第十一届 and a term without 第 (十四届|全国人大二次会议…, 二十届|中央国家安全委员会第一次会议):
# the same name recurs in every term, so the term is part of it.
_EDITION = re.compile(rf"(?:\d{{4}}年?|{ORDINAL_EDITION}|(?<![{ORDINAL_DIGITS}第])[一二三四五六七八九十]+届)\s*$")
_EDITION_REACH = 8  # characters before a meeting's name searched for its edition (2024年, 第十一届, 十四届)
_QUOTED_THEME = re.compile(r"“[^“”，。；、,;：:]{2,16}”")
# 上海微电子）一款…发运仪式: a bracket closed between, the anchor stood inside it
_CLOSES_A_BRACKET = re.compile(r"[^（(]*[）)]")
# A与B签约仪式, A向B…交付仪式: the two parties of what the meeting marks
_PAIR_JOINERS = ("与", "和", "同", "向")
_NAME_SEASONS = set(P["event"]["name_seasons"])


def _edition_start(text: str, a: int) -> int:
    """Where a meeting's name that opens at ``a`` starts with the edition or year right before it (第十一届 +
    中国国际农产品交易会, 首届 + “中国+中亚五国”峰会): part of the name; ``a`` where none is."""
    edition = _EDITION.search(text, max(0, a - _EDITION_REACH), a)
    return edition.start() if edition else a


_HOST_CITY_GAMES = tuple(P["event"]["host_city_games"])
# What may stand between a games' host city and its head: a year, an edition, a season (杭州2022年第19届亚运会,
# 巴黎2024年夏季奥运会; name_seasons holds 冬季 and 夏季)
_GAMES_EDITION = re.compile(rf"(?:\d{{4}}年?|第?[{ORDINAL_DIGITS}]+届|{_alt(P['event']['name_seasons'])})*")


def _games_named_from(text: str, a: int, b: int, head: int, places: set[tuple[int, int]]) -> bool:
    """Whether a games' or expo's name (its head word at ``head``) may open at the anchor a..b: only at its host place,
    with nothing but other places, a year, an edition or a season after it (阿联酋迪拜世博会, 北京2022年冬奥会); not at a
    body (总台|米兰冬奥会) nor at a place a clause follows (北京申办2022年冬季奥运会)."""
    if (a, b) not in places:
        return False
    rest = "".join(w for w in words.cut(text[b:head]) if words.tag(w) != "ns" and w not in LEX.entries)
    return bool(_GAMES_EDITION.fullmatch(rest))


@recogniser("event.named.v1", needs=_EVENT_END.needs + ("暨",))
def event_named(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A meeting named from the body or place that holds it to its last word,
    as written: 中共中央政治局第十二次集体学习, 全国工业和信息化工作会议,
    省委十三届九次全会, 河北省第十四届人民代表大会常务委员会第十五次会议; a
    joint event (A发布会暨B论坛) is named whole."""
    text = sent.text
    ends = list(_EVENT_END.finditer(text))
    if not ends and "暨" not in text:
        return
    orgs = [m for m in found if m.type == "Organization"]
    world = {(m.start(), m.end()) for m in _WORLD_OPENER.finditer(text) if _opens_a_name(text, m.start())}
    anchors = sorted([(m.start, m.end) for m in found if m.type in ("Organization", "Region")
                      and m.surface not in _NATIONAL and not _SIDE.fullmatch(m.surface)  # 中方, 法方|办好…峰会: a party
                      and not (m.subtype in _FOREIGN and _name_goes_on_left(text, m.start))]
                     + [(m.start(), m.end()) for m in _EVENT_ANCHOR_WORDS.finditer(text)] + list(world))
    places = {(m.start, m.end) for m in found if m.type == "Region"}
    out: list[Mention] = []
    for m in ends:
        if any(o.start <= m.start() < o.end for o in orgs):
            continue  # 全国人民代表大会 is a body
        for a, b in anchors:
            if b > m.start() or m.end() - a > settings.thresholds.max_event_name or (a, b) == (m.start(), m.end()):
                continue
            if not _whole_word(text, a, b):
                continue  # 中国 inside 发展中国家
            if m.group().endswith(_HOST_CITY_GAMES) and not _games_named_from(text, a, b, m.start(), places):
                continue  # 总台米兰冬奥会, 总台成功转播北京冬奥会: the games open at the host city, not at a body or a clause
            if text[a - 1:a] in _PAIR_JOINERS and any(x.end == a - 1 and x.type in ("Organization", "Region") for x in found):
                continue  # 海南省与|中央企业…签约仪式, 中国向|联合国…交付仪式: the second of two parties opens no name
            if (a, b) in places and not any(e.type == "Event" and e.end == a for e in found):
                a = _name_opening_before(text, a)
                if m.end() - a > settings.thresholds.max_event_name:
                    continue
            if (a, b) in world and (not _names_a_field(text[b:m.start()]) or _ORGANISER_AFTER.match(text, m.end())
                                    or _TITLE.match(text, m.end()) or text[m.end():m.end() + 1] in _NAME_DOTS):
                continue  # 全球|推介会, 全球|启动|仪式: a reach, not a conference's name; 由世界互联网大会主办,
                # 世界互联网大会秘书长: its body; 世界互联网大会·互联网发展论坛: a longer name goes on
            pair = _PAIR_DASH_AFTER.match(text, b)  # 中国—东盟博览会: the pair opens the name
            middle = _QUOTED_THEME.sub("", text[pair.end() if pair else b:m.start()])  # 溧阳市“工业经济品质突破年”动员大会: the year's theme is named
            if text[a - 1:a] in ("（", "(") or _CLOSES_A_BRACKET.match(middle) or _TITLE.search(middle) or any(ch in _ITEM_DELIMITERS for ch in middle) \
                    or _DATE_IN_NAME.search(middle) or _EVENT_END.regex.search(middle) or _SEVERAL_OF_A_KIND.search(text, b, m.end()) \
                    or _reads_as_clause(words.cut(middle)) or _LAUNCHES_AN_EDITION.search(middle):  # 隆重举行
                continue  # a date, a second meeting or a clause between: no one name
            a = _edition_start(text, a)  # 第十一届 + 中国国际农产品交易会: the edition is part of the name
            forum = next((e for e in found if e.type == "Event" and e.end == a and not e.scope), None)
            if forum is not None:  # 中非合作论坛 + 北京峰会: a summit of the forum, named by its host city
                a = forum.start
            a = _second_meeting_start(text, a, m.end(), found)
            name, scope = _session_of_scoped_body(_strip_quotes(text[a:m.end()]))
            congress = _as_congress(name)
            out.append(_mention(sent, "Event", a, m.end(), congress or name, "event.named.v1",
                                subtype="PartyCongress" if congress else event_subtype(name, "Meeting"), scope=scope))
            break
    for e in out + [m for m in found if m.type == "Event"]:
        joint = _JOINT_EVENT.match(text, e.end)
        if joint:
            name = _strip_quotes(e.name + text[e.end:joint.end()])
            yield _mention(sent, "Event", e.start, joint.end(), name, "event.named.v1",
                           subtype=event_subtype(name, e.subtype) if e.subtype in _BY_HEAD else e.subtype, scope=e.scope)
        sitting_end = _forum_sitting_end(text, e.end) if e.name.endswith("论坛") else e.end
        if sitting_end > e.end:
            name = e.name + text[e.end:sitting_end]
            yield _mention(sent, "Event", e.start, sitting_end, name, "event.named.v1", subtype=event_subtype(name, e.subtype))
        part = _PART_EVENT.match(text, e.end) if e.name.endswith(_PART_OF) else None
        if part and _names_a_part(part.group()):
            name = e.name + part.group()
            yield _mention(sent, "Event", e.start, part.end(), name, "event.named.v1",
                           subtype=event_subtype(name, e.subtype) if e.subtype in _BY_HEAD else e.subtype)
    yield from out


_JOINED_EVENTS = re.compile("[和及]")
_PLENUM_ALONE = re.compile(r"(?:第?[一二三四五六七八九十]+届)?[一二三四五六七八九]中全会")
_TOPIC_MEETINGS = tuple(P["event"]["topic_meetings"])


def _second_meeting_start(text: str, start: int, end: int, found: list[Mention]) -> int:
    """Where a meeting's name ending at ``end`` starts when its span joins two things with 和/及: after the
    joiner where a meeting already named ends before it (上海进博会和中国国际服务贸易交易会, 亚太经合组织领导人非正式
    会议和二十国集团领导人峰会: two meetings), where a plenum follows (党中央重大决策部署和三中全会, 中国经济形势和
    中共十八届五中全会), or where a place opens what follows and no body or place ends what precedes (北京城市规划
    建设和北京冬奥会: a topic, then the meeting). Not two holders (中华人民共和国和印度尼西亚共和国两国元首会晤,
    金砖国家工商理事会和新开发银行对话会, 解放军和武警部队代表团全体会议) nor two topics (黄河流域生态保护和高质量发展座谈会,
    京津冀协同发展和雄安新区建设座谈会: a meeting on a topic, where a place may open the second)."""
    for j in reversed([j.start() for j in _JOINED_EVENTS.finditer(text, start, end)]):
        ends_before = {x.type for x in found if x.end == j and x.start >= start}
        if "Event" in ends_before or _PLENUM_ALONE.fullmatch(text, j + 1, end) or _as_congress(text[j + 1:end]) \
                or any(x.type == "Region" and x.start == j + 1 for x in found) and not ends_before & {"Organization", "Region"} \
                and not text.endswith(_TOPIC_MEETINGS, start, end):
            return j + 1
    return start


_CENSUS = Guarded(rf"第[{ORDINAL_DIGITS}]+次全国[{CJK}]{{2,10}}?(?:{_alt(P['event']['census_heads'])})"
                  rf"(?!{_alt(P['event']['census_bodies'])})", needs=("次全国",))


@recogniser("event.census.v1", needs=_CENSUS.needs)
def event_census(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A national census by its round: 第五次全国经济普查, 第三次全国国土调查."""
    for m in _CENSUS.finditer(sent.text):
        yield _mention(sent, "Event", m.start(), m.end(), m.group(), "event.census.v1", subtype=CAMPAIGN_SUBTYPE)


_ANNIVERSARY_VERB = re.compile(_alt(P["event"]["anniversary_verbs"]))
_ANNIVERSARY = re.compile(
    rf"(?:{_ANNIVERSARY_VERB.pattern})([^，。；、,;：:“”《》\s]{{2,40}}?(?:\d+|[一二三四五六七八九十百]+)周年"
    rf"[^，。；、,;：:“”《》\s]{{0,10}}?)(?:{_alt(P['event']['anniversary_kinds'])})(?![会场馆])")
# 庆祝建党100周年之际召开座谈会: a time (the words that make an event one, and 期间), then a clause
_NOT_IN_ANNIVERSARY = set(P["measure"]["since"]) | {"期间"}


@recogniser("event.anniversary.v1", needs=("周年",))
def event_anniversary(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A meeting or activity named by what it celebrates and the anniversary,
    from 庆祝/纪念 to its last word: 庆祝中国共产党成立100周年大会,
    纪念中国人民抗日战争暨世界反法西斯战争胜利80周年活动."""
    text = sent.text
    for verb in _ANNIVERSARY_VERB.finditer(text):
        m = _ANNIVERSARY.match(text, verb.start())
        if m and not _UNNAMED_EVENT_END.search(m.group()) \
                and not any(t in _NOT_IN_EVENT_NAME or t in _NOT_IN_ANNIVERSARY for t in words.cut(m.group(1))):
            yield _mention(sent, "Event", m.start(), m.end(), m.group(), "event.anniversary.v1",
                           subtype=event_subtype(m.group(), "Meeting"))


def _name_goes_on_left(text: str, start: int) -> bool:
    """A country or continent inside a longer name that starts before it:
    博鳌|亚洲论坛, 中国—中亚峰会, not the name's own start."""
    if text[start - 1:start] in _DASHES:
        return True
    before = words.cut(text[max(0, start - words.CONTEXT_AROUND):start])
    return bool(before) and words.tag(before[-1]) in _PLACE_TAGS | _PERSON_TAGS  # jieba tags 博鳌 a name


VISION_OPENERS = tuple(P["region"]["vision_openers"])  # 数字|中国: a vision, not the place; read by measures too


_BEFORE_A_NAME_TAGS = {"p", "v", "c", "uj"}  # 在|, 出席|, 和|, 举办的|: a word a name follows, no part of it
_A_YEAR = re.compile(_BARE_YEAR)
_A_COUNT = re.compile(rf"[{ORDINAL_DIGITS}]+大")


def _opens_a_name(text: str, start: int) -> bool:
    """Whether no word before ``start`` is part of a name going on (三星堆|全球文化推介会,
    春天里的中国|全球对话会): the text opens there, or a verb, preposition, conjunction or 的
    (出席|世界互联网大会, 在|全球…大会, 举办的|…) or a year or edition (2021|全球数字经济大会) ends before it."""
    lo = max(0, start - 8)
    if start == 0 or not HAN_CHAR.match(text, start - 1) or _EDITION.search(text, lo, start):
        return True
    before = words.cut(text[lo:start])[-1]
    return words.tag(before) in _BEFORE_A_NAME_TAGS or before.endswith(_EVENT_VERBS)


def _names_a_field(middle: str) -> bool:
    """Whether the words between 世界/全球 and a meeting's head name what it is about
    (人工智能, 边缘计算, 服务贸易): not nothing (全球|推介会), one verb (全球|启动|仪式) nor a year."""
    if len(middle) < 2 or _A_YEAR.search(middle) or _A_COUNT.match(middle):
        return False  # 构建全球创新网络 2025浦江创新论坛: the year opens the name; 全球三大…论坛: a kind counted
    tokens = words.cut(middle)
    return not (len(tokens) == 1 and words.tag(tokens[0]).startswith("v"))


def _name_opening_before(text: str, start: int) -> int:
    """Where a meeting's name opens when the place that seems to open it is
    inside a vision's name (数字|中国建设峰会, 办好数字|福建建设峰会): at the
    vision's first word; elsewhere (落实|中国…峰会, 双方|中国—东盟博览会) at the place."""
    return next((start - len(w) for w in VISION_OPENERS if text.endswith(w, 0, start)), start)


_JOINT_EVENT = re.compile(rf"暨[^，。；、,;：:\s]{{2,30}}?(?:{_alt(P['event']['named_suffixes'])})")
# A forum or summit of a conference or fair, written right after its name
# (2025年世界互联网大会|乌镇峰会, 第五届中国国际进口博览会|虹桥国际经济论坛): one event, named whole.
_PART_EVENT = re.compile(rf"[{CJK}A-Za-z]{{2,12}}?(?:{_alt(P['event']['part_heads'])})")
_PART_OF = tuple(P['event']['part_of'])
# A forum's yearly meeting or numbered session written right after its name (博鳌亚洲论坛|2013年年会,
# 中非合作论坛|第八届部长级会议, 全球共享发展行动论坛|第二届高级别会议): the forum is a standing series and
# the sitting is named with it, not by its year or number alone.
_FORUM_SITTING = re.compile(rf"(?:\d{{4}}年度?|{ORDINAL_EDITION})[^，。；、,;：:\s“”]{{0,12}}?(?:{_EVENT_SUFFIX})(?![会议班堂])")


def _forum_sitting_end(text: str, end: int) -> int:
    """Where the sitting of a forum whose name ends at ``end`` ends (_FORUM_SITTING), no clause
    after its year or number (博鳌亚洲论坛2015年5月举行的…: a date); ``end`` where none follows."""
    sitting = _FORUM_SITTING.match(text, end)
    return sitting.end() if sitting and not _clause_after_edition(text[_OPENING.match(text, end).end():sitting.end()]) else end
_GENERIC_PART = re.compile(rf"(?:{_alt(P['event']['generic_modifiers'])})*(?:{_alt(P['event']['part_heads'])})")
_NAME_WORD_TAGS = {"n", "nz", "ns", "nr", "nt", "vn", "eng"}


def _reads_as_clause(tokens: list[str]) -> bool:
    """A holding verb, a preposition, a time word (not a season: 夏季峰会) or a
    word no meeting's name holds among ``tokens``: a clause, not a name."""
    return any(t in _NOT_IN_EVENT_NAME or words.tag(t) in ("p", "t", "i") and t not in _NAME_SEASONS or t.endswith(_EVENT_VERBS)
               for t in tokens)


def _names_a_part(part: str) -> bool:
    """Whether the words after a conference's name name one forum of it: nouns
    and places only (乌镇峰会, 虹桥国际经济论坛); not a clause (期间举办的论坛,
    新设…论坛, 和虹桥…论坛), a count (多场分论坛) nor a generic kind (分论坛, 配套论坛)."""
    tokens = words.cut(part)
    return not _GENERIC_PART.fullmatch(part) and not part.startswith(_SERIES) and not _reads_as_clause(tokens) \
        and all(words.tag(t) in _NAME_WORD_TAGS or t.isascii() and t.isalnum() for t in tokens)


# Between the body and its verb of holding: the place it holds the meeting at (国资委在浙江桐庐|召开), or
# the day, as a news item writes it (中新双边合作联合委员会12月29日|召开, 工信部今天上午|召开, 国务院新闻办公室
# 今天（4月16日）|举行: the date in brackets after the day word)
_AT_PLACE = re.compile(rf"(?:(?:\d{{1,2}}月)?\d{{1,2}}日|{_alt(P['measure']['news_days'])})?(?:[（(][^（()）]{{1,10}}[)）])?"
                       rf"(?:[上下]午|晚上?)?(?:在[^，。；、,;：:]{{1,12}})?")


def _holder_of_verb(text: str, found: list[Mention], verb_start: int, types: tuple[str, ...] = ("Organization",)) -> Mention | None:
    """The body (or, for a ceremony, the place: ``types``) right before the verb of holding, or before the
    place it holds the meeting at (国资委在浙江桐庐召开…专题会, 鼓楼区举行招商引资项目签约仪式)."""
    holder = _holder_before(found, verb_start, types)
    if holder is None or holder.end != verb_start and not _AT_PLACE.fullmatch(text, holder.end, verb_start):
        return None
    verb = _EVENT_VERB.match(text, verb_start)
    if text[holder.start - 1:holder.start] == "在" and not (verb and text.startswith("的", verb.end())):
        # 习近平在清华大学医学院|主持召开座谈会: the place it is held at, no holder; a body right before 在 holds
        # it (国家发展改革委在国务院新闻办公室举行新闻发布会); not 在国新办举行的发布会上, the relative clause's own
        # (工信部今天下午|在国务院新闻办举行发布会: the day between the body and 在, as _AT_PLACE allows it)
        return next((o for o in found if o.type == "Organization" and o.end <= holder.start - 1
                     and _AT_PLACE.fullmatch(text, o.end, holder.start - 1)), None)
    return holder


def _may_hold_a_ceremony(text: str, m: Mention, found: list[Mention]) -> bool:
    """No word before ``m`` (or before the places it follows: 在江苏|南京) makes it the venue (在, 于), the second of
    two parties (中国同塞尔维亚举行…签约仪式) or where a guest went (国资委赴江苏举行…): _NO_CEREMONY_HOLDER."""
    start = m.start
    while (prior := next((r for r in found if r.type == "Region" and r.end == start and r.start < start), None)) is not None:
        start = prior.start
    if start == 0:
        return True
    return words.word_before(text, start) not in _NO_CEREMONY_HOLDER  # 现在|鼓楼区: a word's 在


def _holder_before(found: list[Mention], pos: int, types: tuple[str, ...] = ("Organization",)) -> Mention | None:
    orgs = [m for m in found if m.type in types and m.end <= pos]
    return max(orgs, key=lambda m: (m.end, m.end - m.start)) if orgs else None


# Verbs that report an event itself held, its name their subject (E在长沙开幕, E今天举行).
_EVENT_HELD = tuple(P["event"]["held_itself"])
_QUOTED_EVENT = Guarded(
    rf"(?:^|(?<=[，。；：,;:\n]))“([^“”，。；、,;]{{3,24}})”(?=(?:今天|昨天|(?:\d+月)?\d+日)?(?:[（(][^（()）]{{1,10}}[)）])?"
    rf"(?:在[^，。；“”]{{1,15}}?)?(?:隆重)?(?:{_alt(_EVENT_HELD)}))", needs=_EVENT_HELD)


@recogniser("event.quoted-subject.v1", needs=_EVENT_HELD)
def event_quoted_subject(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A name in quotes opening a clause whose verb holds it, after a date or
    a place: “算力中国·星耀之夜”在大同举办, “广西三月三·八桂嘉年华”开幕,
    “深化山东与港澳台合作推进会”今天在济南举办. Galas, fairs and shows have
    no meeting's word to end their names; the quotes and the verb say what
    they are."""
    for m in _QUOTED_EVENT.finditer(sent.text):
        if not any(e.type == "Event" and e.start < m.end(1) and m.start(1) < e.end for e in found):
            name = _strip_quotes(m.group(1))
            yield _mention(sent, "Event", m.start(1), m.end(1), name, "event.quoted-subject.v1",
                           subtype=event_subtype(name, "Conference"))


_ACTIVITY_WORDS = tuple(P["event"]["quoted_activity_kinds"])
_QUOTED_ACTIVITY = Guarded(rf"“([^“”，。；、,;]{{2,24}})”(?:{_alt(_ACTIVITY_WORDS)})(?!{_alt(P['event']['quoted_activity_goes_on'])})",
                           needs=_ACTIVITY_WORDS)
# Several of a kind before the quotes (推出多项“电影+”活动, 开展了丰富多彩的“金砖+”活动, 在丰富的“电影+”活动带动下, 各类“X”活动):
# a kind of activity that places hold many of, no one campaign
_ACTIVITIES_OF_A_KIND = re.compile(rf"(?:{_EVENTS_COUNTED.pattern}|{_alt(_UNNAMED_QUALIFIERS + _SERIES)}|丰富(?:多彩)?的?)$")


@recogniser("event.quoted-activity.v1", needs=_ACTIVITY_WORDS)
def event_quoted_activity(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """An activity named in quotes right before its kind's word (开展“三下乡”活动, “中国华服日”系列活动,
    “AI伊所向·算力AI产业投资项目签约”仪式): a campaign or activity is an Event (annotation.md:
    “三创四建”活动), named without its quotes."""
    for m in _QUOTED_ACTIVITY.finditer(sent.text):
        if len(m.group(1)) < settings.thresholds.min_activity_name or _ACTIVITIES_OF_A_KIND.search(sent.text, 0, m.start()):
            continue  # “读书”活动, “展佛”仪式: a word in quotes; 多项“电影+”活动: a kind, held many times
        if not any(e.type in ("Event", "Policy") and e.start < m.end() and m.start() < e.end for e in found):
            yield _mention(sent, "Event", m.start(), m.end(), _strip_quotes(m.group()), "event.quoted-activity.v1",
                           subtype=CAMPAIGN_SUBTYPE)


# A meeting named in quotes before its kind's word, glued or after a few nouns (“互联网之光”博览会, “丝路电商”年度交流会,
# “读懂中国·湾区对话”专题论坛): the quotes name it, as event.quoted-activity's name an activity. Up to the kind's word:
_QUOTED_BEFORE_KIND = re.compile(rf"“([^“”，。；、,;：:]{{2,16}})”([{CJK}]{{0,6}})$")
_JOINING_CHARACTERS = set(P["event"]["quoted_name_joiners"])  # “一带一路”和中非合作论坛, 为主题的论坛: two names, or a clause


def _no_name_between(between: str) -> bool:
    """The words between the quotes and the kind's word join two names, count the meetings, or read as a clause or
    a verb (“一带一路”和中非合作论坛, “A”“B”六场主题峰会, 围绕“…”作大会发言): no one name; none between is one."""
    toks = words.cut(between) if between else ()
    return bool(_JOINING_CHARACTERS & set(between)) or bool(_EVENTS_COUNTED.search(between)) or _reads_as_clause(toks) \
        or any(words.tag(w) == _VERB_TAG for w in toks)


@recogniser("event.quoted-name.v1", needs=_EVENT_END.needs)
def event_quoted_name(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A conference or meeting named in quotes, its kind's word after them (“互联网之光”博览会, “丝路电商”年度交流会,
    “中国+中亚五国”峰会), named without its quotes; not where the words between read as a clause or join two names
    (围绕“…”作大会发言, “一带一路”和中非合作论坛), nor where the kind is one held many times (多场“X”论坛,
    “A”“B”六场主题峰会)."""
    text, th = sent.text, settings.thresholds
    for m in _EVENT_END.finditer(text):
        q = _QUOTED_BEFORE_KIND.search(text, max(0, m.start() - th.max_event_name), m.start())
        if q is None or len(q.group(1)) < th.min_activity_name or _no_name_between(q.group(2)) \
                or _ACTIVITIES_OF_A_KIND.search(text, 0, q.start()) \
                or any(e.type in ("Event", "Policy") and e.start < m.end() and q.start() < e.end for e in found):
            continue
        a = _edition_start(text, q.start())  # 首届“中国+中亚五国”峰会: the edition's
        name = _strip_quotes(text[a:m.end()])
        yield _mention(sent, "Event", a, m.end(), name, "event.quoted-name.v1", subtype=event_subtype(name, "Conference"))


# -- zones -----------------------------------------------------------------

_ZONE_SUFFIXES = P["region"]["zone_suffixes"] + P["region"]["place_named_zones"]
_JOINED_NAMES = "暨"  # X会暨Y会: two events' names joined, no zone's
_ZONE_SUFFIX = re.compile(f"({_alt(_ZONE_SUFFIXES)})")


def _joined_names_end(text: str, start: int, end: int, found: list[Mention]) -> int:
    """Just past the last 暨 in text[start:end] that joins two names (…交流会|暨|新区工作推动会): a word of its own that
    no name found covers, not the 暨 of a place's or body's name (诸暨经济开发区, 暨南大学); ``start`` if none."""
    at = text.rfind(_JOINED_NAMES, start, end)
    if at < 0 or any(o.start <= at < o.end for o in found) \
            or not {at, at + 1} <= words.cuts_around(text, at, at + 1):
        return start
    return at + 1


_CAPITAL_WORDS = tuple(P["region"]["capital_words"])
_PLACE_NAME_TAGS = {"ns", "nr", "nrt", "nz"}  # jieba tags foreign capitals as any of these (开罗 nz), or as rare nouns (金边 n)


@recogniser("region.capital.v1", needs=_CAPITAL_WORDS)
def capital(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A country's capital named after it (巴西首都巴西利亚): the word jieba
    reads after 首都, a city in that country, where the lexicon lists no such place."""
    text = sent.text
    for country in (m for m in found if m.subtype == "Country"):
        word = next((w for w in _CAPITAL_WORDS if text.startswith(w, country.end)), None)
        if word is None:
            continue
        start = country.end + len(word)
        name = next(iter(words.cut(text[start:start + settings.thresholds.max_capital_name + 2])), "")
        if 2 <= len(name) <= settings.thresholds.max_capital_name and _HAN_RUN.fullmatch(name) \
                and (words.tag(name) in _PLACE_NAME_TAGS or words.tag(name) == "n"
                     and words.frequency(name) < settings.thresholds.common_word_freq) and name not in LEX.entries \
                and _may_be_a_city(name) and not any(m.start < start + len(name) and start < m.end for m in found):
            yield _mention(sent, "Region", start, start + len(name), name, "region.capital.v1", subtype="City", parent=country.name)


_PLACE_MARKERS = ("在", "于")  # the words before a place where something happens


@recogniser("region.foreign-place.v1", needs=_PLACE_MARKERS)
def foreign_place(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A place of another country written right after it, after 在 or 于 (在泰国曼谷召开, 在英国伦敦举行,
    在韩国庆州出席): the word jieba reads as a place's (ns) that no lexicon lists, a city or a state
    of that country (在美国弗吉尼亚州), located there. Not a body's kind jieba also tags a place's (海关), nor
    a verb or kind of place it tags so (在美国上市, 在美国城市中: patterns.toml not_places_tagged_places)."""
    text = sent.text
    for country in _foreign_countries(found):
        if country.scope or not text.endswith(_PLACE_MARKERS, 0, country.start):
            continue
        start = country.end
        name = next(iter(words.cut(text[start:start + settings.thresholds.max_capital_name + 2])), "")
        if 2 <= len(name) <= settings.thresholds.max_capital_name and _HAN_RUN.fullmatch(name) \
                and words.tag(name) == PLACE_WORD_TAG and name not in LEX.entries and not name.endswith(_BODY_KIND_ENDS) \
                and _may_be_a_city(name) \
                and not any(m.start < start + len(name) and start < m.end for m in found):
            # 弗吉尼亚州, 茨城县: a division; 庆州, 光州 (two characters): a Korean city's own 州
            subtype = "Province" if name.endswith(_DIVISION_ENDS) and len(name) > 2 else "City"
            yield _mention(sent, "Region", start, start + len(name), name, "region.foreign-place.v1", subtype=subtype,
                           parent=country.name)


_FOREIGN_DIVISIONS = tuple(P["region"]["foreign_division_words"])


@recogniser("region.foreign-division.v1", needs=_FOREIGN_DIVISIONS)
def foreign_division(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A state, province or area of another country written right after it, a transliterated name then the
    division's word (美国亚利桑那州, 叙利亚哈马省, 巴勒斯坦加沙地带): located in that country. Each word of the name is
    a piece of a name (no common word: 日本经济产业省, 乌克兰东部地区 are no such place), and two characters or more."""
    text, th = sent.text, settings.thresholds
    for country in _foreign_countries(found):
        if country.scope:
            continue
        toks = words.cut(text[country.end:country.end + th.max_capital_name + 4])
        end = country.end
        division = None
        for tok in toks:
            if tok in _FOREIGN_DIVISIONS or not _foreign_name_piece(tok, th) or tok in LEX.entries \
                    or len(tok) == 1 and words.tag(tok) not in _NAME_PART_TAGS or _NOT_NAME_LAST & set(tok):
                # 对|佩洛西…地区, 及本|地区, 核等|地区: a word of a clause, no piece of a name
                division = tok if tok in _FOREIGN_DIVISIONS else None  # the division's word cut off as a word (哈马|省)
                end += len(division or "")
                break
            end += len(tok)
            division = next((w for w in _FOREIGN_DIVISIONS if tok.endswith(w) and len(tok) > len(w) + 1), None)
            if division:
                break  # one word with its division (亚利桑那州)
        if division is None or end - country.end - len(division) < 2 \
                or any(m.start < end and country.end < m.end for m in found):
            continue
        name = text[country.end:end]
        yield _mention(sent, "Region", country.end, end, name, "region.foreign-division.v1", subtype="Province",
                       parent=country.name)


_DIVISION_ENDS = ("州", "省", "县")  # a state's, province's or prefecture's word (弗吉尼亚州, 茨城县)
_BODY_KIND_ENDS = ("关",)  # 朝鲜海关: a body's kind jieba tags a place's
_NOT_PLACES_TAGGED_PLACES = frozenset(P["region"]["not_places_tagged_places"])  # 在美国上市, 在英国长大: no city
_WATER_ENDS = tuple(P["region"]["water_ends"])  # 黑海, 密歇根湖, 多瑙河: a sea, lake or river of the country


def _may_be_a_city(name: str) -> bool:
    """Whether the word jieba tags a place's after a country (在泰国曼谷, 巴西首都巴西利亚) may be its
    city or state: not a verb or kind of place (上市, 治安), nor a body of water (在罗马尼亚黑海港口)."""
    return name not in _NOT_PLACES_TAGGED_PLACES and not name.endswith(_WATER_ENDS)


_PORT = "港"
_NOT_PORT_AFTER = set("澳股资口务币元区城湾台人珠航商")  # 港澳, 港口, 港区: words, not a port's name


@recogniser("region.port.v1", needs=(_PORT,))
def port(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A port named by its city (天津港, 贵港港; 宁波舟山港, the cities it
    joins): a place of its own, in that city. jieba reads the known ones as
    one word, so the city is looked up in the lexicon, not among the
    mentions found. A port named by a place no city's name is (洋山港, 蛇口港,
    汉堡港) is one where jieba's dictionary has the whole word as a place's."""
    text = sent.text
    at = text.find(_PORT, 2)
    while at > 0:
        if text[at + 1:at + 2] not in _NOT_PORT_AFTER and not any(m.start <= at < m.end for m in found):  # 港 inside a name found (香港)
            city = _port_city(text, at)
            if city is not None:
                start = at - len(city[0])
                joined = _port_city(text, start)  # 宁波 + 舟山港
                if joined is not None and joined[1].level == city[1].level:
                    start -= len(joined[0])
                yield _mention(sent, "Region", start, at + 1, text[start:at + 1], "region.port.v1", subtype="Zone",
                               parent=city[1].name)
            else:
                start = _port_word_start(text, at)
                if start is not None:
                    yield _mention(sent, "Region", start, at + 1, text[start:at + 1], "region.port.v1", subtype="Zone")
        at = text.find(_PORT, at + 1)


_NOT_PORT_WORDS = frozenset(P["region"]["not_port_words"])
_PLACE_TAG = "ns"


def _port_word_start(text: str, at: int) -> Optional[int]:
    """Where a port's name that ends with the 港 at ``at`` starts, where jieba's
    dictionary has the name (three or four characters) as a place's word and the
    text's cut keeps it whole (洋山港, 汉堡港; not 深水港, a kind of harbour); else None."""
    for size in (4, 3):
        start = at + 1 - size
        name = text[start:at + 1] if start >= 0 else ""
        if name and name not in _NOT_PORT_WORDS and words.tag(name) == _PLACE_TAG \
                and {start, at + 1} <= words.cuts_around(text, start, at + 1):
            return start
    return None


def _port_city(text: str, end: int) -> Optional[tuple[str, Entry]]:
    """The city or county whose name (full or short) ends at ``end``."""
    for size in (4, 3, 2):
        key = text[max(0, end - size):end]
        entry = next((e for e in LEX.entries.get(key, ()) if e.type == "Region" and (
            e.level in ("prefecture", "county") or e.name in MUNICIPALITIES)), None) if len(key) == size else None
        if entry is not None:
            return key, entry
    return None


@recogniser("region.zone.v1", needs=_ZONE_SUFFIXES)
def zone(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """Named zones and parks: 安康高新区, 天津(西青)国家级车联网先导区."""
    text = sent.text
    zones: list[Mention] = []  # found so far: 滨海高新区中国信创谷 is a zone inside the one it opens with
    for m in _ZONE_SUFFIX.finditer(text):
        if any(r.start < m.start() and r.end >= m.end() for r in found if r.type == "Region"):
            continue
        start = _before_bracketed_seat(text, _zone_start(text, m.start(), found), m.start(), settings.thresholds)
        # A name never starts inside a place's name (在|和林格尔: 和 read as a conjunction).
        start = next((r.start for r in found if r.type == "Region" and r.start < start < r.end), start)
        lead = _ZONE_LEAD.match(text, start, m.start())
        if lead:  # 建设安康5G…产业园区: a verb before the name is not part of it
            start = lead.end()
        start = _after_complement(text, start)
        for head in _HEAD_BEFORE_ZONE.finditer(text, start, m.start()):
            start = head.end()  # 光通信产业基地武汉光谷: the zone is named after what it is called
        for brk in _ZONE_NAME_BREAK.finditer(text, start, m.start()):
            start = brk.end()  # …集群这一国家数据中心集群, …新区地处…经济圈: no word of the name
        start = _clause_before_place(text, start, m.start(), found)
        start = _pair_start(text, start, found)
        # a body and the preposition jieba glues to its last character (国家发展改革委|在四川天府新区: 委在), or two
        # meetings joined by 暨 (…经验交流会暨新区工作推动会): the zone's name starts after them
        start = max([start, _joined_names_end(text, start, m.start(), found)]
                    + [o.end + 1 for o in found if o.type == "Organization" and start <= o.start and o.end < m.start()
                       and text[o.end] in _LEADING_PREPOSITIONS])
        quality = _ZONE_OF_QUALITY.match(text, start)
        if quality and _place_in(text, quality.end(), m.start(), found):
            start = quality.end()  # 打造高能级|临港新片区: the word of quality describes the zone its place names
        period = _ZONE_PERIOD.match(text, start, m.start())
        if period:
            start = period.end()  # 新时期|横琴粤澳深度合作区…政策, 新时代|国家高新区: a period, no word of the name
        graded = _ZONE_GRADE.match(text, start, m.start())
        if graded:  # 创建国家级车联网先导区: a kind of zone; 国家级新区|贵安新区: the kind in apposition, the name after it
            apposed = _ZONE_SUFFIX.match(text, graded.end(), m.start())
            if apposed is None:
                continue
            start = apposed.end()
        name = text[start:m.end()]
        if start == m.start() or len(name) < 4 or name in _GENERIC or _nickname_in_quotes(text, start, m) \
                or _ZONE_KIND.fullmatch(text, start, m.start()) or _COUNT_IN_ZONE.search(text, start, m.start()) \
                or _ZONE_OF_QUALITY.match(text, start) \
                or _ALL_OF_A_PLACE.search(text, start, m.start()) \
                or m.group() in _PLACE_NAMED_ZONES and not _place_in(text, start, m.start(), found) \
                or _after_count(text, start) or _in_figure_unit(text, start):
            continue  # “医护产业园”: a nickname in quotes, not a place; 国家级经开区, 十大…集群, 首个…产业园, 高标准自贸区: kinds of zone
        # (not the home country: 中国光谷, 中国声谷 are in 武汉 and 合肥, the country only their brand's)
        parent = next((r for r in zones[::-1] + found if r.type == "Region" and r.start == start and not r.scope
                       and r.name != COUNTRY and not _joined_place_after(r, found)), None) \
            or next((r for r in found if r.type == "Region" and not r.scope and start < r.start and r.end < m.start()
                     and text[r.start - 1] in OPENING_BRACKETS and text[r.end] in _CLOSING_BRACKETS), None)  # its seat in brackets
        zones.append(_mention(sent, "Region", start, m.end(), name, "region.zone.v1", subtype="Zone",
                              parent=parent.name if parent else ""))
        yield zones[-1]


TOWNSHIP = "Township"  # the subtype of a 街道, 镇 or 乡 (the ontology's class)
_TOWNSHIP_KINDS = tuple(P["region"]["township_kinds"])
_TOWNSHIP_SEATS = {"City", "District", "Zone"}  # a township is named after its county, district or zone, or a city with none
_TOWNSHIP_KIND_WORDS = tuple(P["region"]["township_kind_words"])
_NOT_IN_TOWNSHIP_NAME = {"的"}  # 敦化的青沟子乡, 下姜村的乡亲: a phrase, no name
_NOT_TOWNSHIP_OPENERS = _LEADING_PREPOSITIONS | {"的"}  # …试验区|在|闽宁镇: a preposition jieba cuts alone opens no name
_PREFECTURE_SHORT = "州"
_SEAT_OF = "的"  # 广东佛山的容桂街道, 吉林敦化的青沟子乡: a township written after its seat and 的
_KIND_WORD_WINDOW = 3  # characters after a kind word read to see whether jieba cuts the kind alone (乡|村民)
_TOWNSHIP_NAME_TAGS = _PLACE_NAME_TAGS | {"nrfg"}  # …and a family's 谭家, 谢家 (谭家湾镇, 谢家湾街道): townships named after a clan


@recogniser("region.township.v1", needs=_TOWNSHIP_KINDS)
def township(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A 街道, 镇 or 乡 named right after the place it is in (莱芜区凤城街道,
    大通回族土族自治县东峡镇, 盐南高新区新河街道): a Region in that place. Not a
    kind of them (各乡镇, 重点乡镇, 所有街道, 这个镇), a word the kind ends or
    opens (城乡, 下乡; 中北部乡村), nor a phrase (敦化的青沟子乡, …试验区在闽宁镇):
    its name is no common word, opens with no function word and the kind is a word of its own."""
    text, th = sent.text, settings.thresholds
    # not a district written short as X州 (巴州|焉耆镇): an autonomous prefecture's short form as often as the district's
    for seat in [m for m in found if m.type == "Region" and not m.scope and m.subtype in _TOWNSHIP_SEATS
                 and (m.surface == m.name or m.subtype != "District" or not m.surface.endswith(_PREFECTURE_SHORT))]:
        after = seat.end + text.startswith(_SEAT_OF, seat.end)  # 广东佛山的容桂街道: the seat, 的, then the name
        for size in range(th.min_township_name, th.max_township_name + 1):
            start, end = after, after + size
            kind = next((k for k in _TOWNSHIP_KINDS if text.startswith(k, end)), None)
            if kind is None or not _HAN_RUN.fullmatch(text, start, end):
                continue
            if not _names_a_township(text, start, end, kind, found, th) or after > seat.end and any(
                    len(w) > 1 and words.frequency(w) >= th.common_word_freq for w in words.cut(text[start:end])):
                break  # after 的 a frequent word, a place's or a people's too, describes the towns (福州的山区乡, 昆明的彝族乡)
            yield _mention(sent, "Region", start, end + len(kind), text[start:end + len(kind)], "region.township.v1",
                           subtype=TOWNSHIP, parent=seat.name)
            break


# What shows a 街道, 镇 or 乡 named alone a township: its own bodies or heads right after it (新桥镇党委书记,
# 江川路街道党工委, 姚家乡政府, 兴福镇镇长), or a village named right after it (赵庄镇岔河寺村, 巡店镇顾李村).
_TOWNSHIP_BODIES = P["region"]["township_bodies"]
_TOWNSHIP_OWN = re.compile(_alt(_TOWNSHIP_BODIES + P["region"]["township_heads"]))
_TOWNSHIP_BODY = re.compile(_alt(_TOWNSHIP_BODIES))
_VILLAGE_AFTER = re.compile(rf"[{CJK}]{{2,3}}?村(?![民委级])")  # 岔河寺村; not …村民, 村委会, 村级
# jieba's tags of a single character that opens no place's name: a preposition's, conjunction's, adverb's,
# pronoun's or particle's (在, 和|农村, 的|农村, 都, 其); a noun's, a numeral's (三坡镇), an adjective's (长港镇) may.
# A township's name opens with no verb's either (到|赵庄镇, 是|侨乡); a village's may (顾|李村).
_FUNCTION_TAGS = {"p", "c", "d", "r", "uj", "ul", "uz", "ug", "ud", "uv", "y"}
# One character before a transliterated name's words that the clause writes, where the name starts (同|普京, 由|阿卜杜拉,
# 者|爱德华, 当|李克强, 4月|奥朗德): a preposition's, conjunction's, particle's, suffix's, numeral's, measure's, time's
# or place word's; and one a name's first character is as often (a name's, a place's or none: 奥|朗德, 洪|玛尼, 克莉丝|汀,
# and a pronoun's in a dotted name: 吾|拉木江·热依木). Any other (托|卡耶夫 or 应|普京, 古|特雷斯 or 经|李克强: a verb's,
# noun's, adjective's, adverb's) leaves the name's start unsure before a leader's title; after a dot's name it is
# the clause's where it opens the words (请|特雷莎·梅), a name's inside them (艾拉|提·苏莱曼, 吉列|尔|莫·拉索).
_CLAUSE_EDGE_TAGS = {"p", "c", "uj", "ul", "uz", "ug", "ud", "uv", "k", "m", "t", "q", "f"}
_NAME_CHARACTER_TAGS = _PERSON_TAGS | {PLACE_WORD_TAG, "x", "j", ""}
_NOT_NAME_OPENING_TAGS = _FUNCTION_TAGS | {_VERB_TAG}
_CLAUSE_TAGS = {_VERB_TAG, _PREPOSITION_TAG}  # …nor a verb or preposition inside it (李明|调任|镇党委书记): a clause
_TOWN_KIND_WORDS = set(P["region"]["town_kind_words"])


@recogniser("region.township.alone.v1", needs=_TOWNSHIP_KINDS)
def township_alone(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A 街道, 镇 or 乡 named with no place before it, where what follows shows it
    a township: its own bodies or heads (新桥镇党委书记, 江川路街道党工委书记) or a
    village in it (赵庄镇岔河寺村). Its name is the longest run of jieba's words
    before the kind that opens no common word or function word (来到|坦头镇,
    2021年10月28日,江川|路街道), not a place the text names (湖北|城镇和…), nor a place jieba
    knows opening a longer name (涿州|刁窝镇: the seat written short); it is located in the county the
    sentence names before it, if any (see _county_before)."""
    text, th = sent.text, settings.thresholds
    opening: dict[int, str] | None = None  # the sentence's words by where they start
    for kind in _TOWNSHIP_KINDS:
        at = text.find(kind)
        while at >= 0:
            after = at + len(kind)
            if _TOWNSHIP_OWN.match(text, after) or _village_after(text, after, th):
                if opening is None:
                    toks = words.cut(text)
                    opening = dict(zip(accumulate(map(len, toks), initial=0), toks))
                start = next((at - size for size in range(th.max_township_name, th.min_township_name - 1, -1)
                              if at - size in opening and _opens_a_township_name(opening[at - size])
                              and not _acts_before(text, at - size, at, opening)
                              and not text[at - size - 1:at - size].isdigit()  # 1998|年任|新桥镇: a date's unit opens no name
                              and _HAN_RUN.fullmatch(text, at - size, at)
                              and _names_a_township(text, at - size, at, kind, found, th)), None)
                if start is not None and opening.get(start, "") and words.tag(opening[start]) == PLACE_WORD_TAG \
                        and at - start - len(opening[start]) >= th.min_township_name:
                    start += len(opening[start])  # 河北涿州|刁窝镇: a place jieba knows, then the name, is its seat written short
                if start is not None and not any(m.type == "Region" and m.start < after and start < m.end for m in found):
                    yield _mention(sent, "Region", start, after, text[start:after], "region.township.alone.v1", subtype=TOWNSHIP,
                                   parent=_county_before(found, start))
            at = text.find(kind, after)


@recogniser("org.township-body.v1", needs=_TOWNSHIP_BODIES)
def township_body(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A township's own body written right after it (黄升镇党委, 姚家乡政府, 江川路街道党工委,
    城关街道办事处): an Organization located in the township, named as written (政府 as
    人民政府, as a city's), where jieba cuts the body's word alone or glues it to its head's
    title (党委|书记 as 党委书记)."""
    text = sent.text
    for town in (m for m in found if m.type == "Region" and m.subtype == TOWNSHIP and not m.scope):
        body = _TOWNSHIP_BODY.match(text, town.end)
        if body and (body.end() in words.cuts_around(text, body.start(), body.end()) or _TITLE.match(text, body.end())):
            name = town.name + _expand(body.group())
            yield _mention(sent, "Organization", town.start, body.end(), name, "org.township-body.v1",
                           subtype=_subtype(name), parent=town.name)


_OTHER_PLACE_LEVELS = {"District", "City", "Province", "Country"}  # places a township between its county and it would be in


def _county_before(found: list[Mention], start: int) -> Optional[str]:
    """The one county or district a sentence names before a township written alone, with no other city or
    province between them but those above it (光山县西南部的文殊乡, 广州市从化区是…，在鳌头镇…, 河北涿州刁窝镇):
    the one the sentence places it in. None where the sentence names none, or several (商城县和罗山县的干部来到X乡)."""
    before = sorted((m for m in found if m.type == "Region" and m.end <= start and m.subtype in _OTHER_PLACE_LEVELS),
                    key=lambda m: m.end)
    counties = {m.name for m in before if m.subtype == "District"}
    if len(counties) != 1:
        return None
    county = next(m for m in reversed(before) if m.subtype == "District")
    chain = LEX.region_chain(county.name)
    return county.name if all(m.name in chain for m in before if m.start >= county.end) else None


def _opens_a_township_name(word: str) -> bool:
    """A word that may open a township's name: two characters or more, or no function word's one (姚, 三, 长)."""
    return len(word) > 1 or words.tag(word) not in _NOT_NAME_OPENING_TAGS


def _acts_before(text: str, start: int, at: int, opening: dict[int, str]) -> bool:
    """A verb or preposition between ``start`` and the kind at ``at``: the clause's, not a
    name's (村民们|到|镇政府, 李明|调任|镇党委书记, 周杰|是|镇党委委员, 村干部|向|乡政府; 小李在|乡政府,
    where jieba glues the preposition to the name before, by its last character)."""
    return words.tag(text[at - 1]) == _PREPOSITION_TAG or any(
        words.tag(opening[i]) in _CLAUSE_TAGS and i + len(opening[i]) <= at for i in range(start, at) if i in opening)


def _village_after(text: str, at: int, th: Thresholds) -> bool:
    """A village's name right after ``at`` (岔河寺村, 顾李村): no common word, 村 included
    (美丽乡村, 新农村, 重点村), and no function word opening it (城镇|和|农村)."""
    village = _VILLAGE_AFTER.match(text, at)
    if village is None:
        return False
    toks = words.cut(village.group())
    return not (len(toks[0]) == 1 and words.tag(toks[0]) in _FUNCTION_TAGS) \
        and not any(len(t) > 1 and words.frequency(t) >= th.common_word_freq and words.tag(t) not in _TOWNSHIP_NAME_TAGS
                    for t in toks)


def _names_a_township(text: str, start: int, end: int, kind: str, found: list[Mention], th: Thresholds) -> bool:
    """text[start:end] before ``kind`` is a township's name (see township)."""
    toks = words.cut(text[start:end + len(kind)])
    # 石|山镇, 姚|家乡, 王稳|庄镇: jieba glues the name's last character to the kind; not a word of a kind of
    # town or home (袜艺|小镇, 太湖|古镇, 福州是|侨乡) nor a verb's (天门人|回乡), nor one a verb or preposition
    # opens, whatever jieba tags the whole (杭州市长|坐镇指挥: 坐; 同乡); a pronoun's character may end a name
    # written by its sound (和田巴格|其镇)
    glued = len(toks) > 1 and toks[-1] != kind and toks[-1].endswith(kind) and toks[-1] not in _TOWN_KIND_WORDS \
        and words.tag(toks[-1]) != _VERB_TAG and words.tag(toks[-1][0]) not in _CLAUSE_TAGS
    if toks[-1] != kind and len(toks) > 1 and not glued or text.startswith(_TOWNSHIP_KIND_WORDS, end) \
            and words.cut(text[end:end + len(kind) + _KIND_WORD_WINDOW])[0] != kind:
        return False  # 重点|乡镇; 中北部|乡村 (not 中益|乡|村民: the kind alone before a village's word)
    if text.startswith(_REFERENCE_OPENERS, start) or toks[0] in _NOT_TOWNSHIP_OPENERS or text[start] in SCOPE_LEVELS \
            or _NOT_IN_TOWNSHIP_NAME & set(text[start:end]) or not _opens_a_township_name(words.cut(text[start:end])[0]):
        return False  # 各乡镇, …区在闽宁镇, 下姜村的乡亲, 福州|是|侨乡
    # the name's own words (cut alone where jieba glues its last character to the kind: 石山镇 is 石山|镇, not
    # 石|山镇), or the name itself where jieba keeps name and kind one word (中心镇, 小城镇, 民族乡)
    name_words = words.cut(text[start:end]) if glued else toks[:-1] if len(toks) > 1 else (text[start:end],)
    if any(len(t) > 1 and words.frequency(t) >= th.common_word_freq and words.tag(t) not in _TOWNSHIP_NAME_TAGS for t in name_words):
        return False  # 所有街道, 这个镇, 中心镇, 小城镇: a common word, no name
    # no other mention crosses it, but a body named after it (江川路街道党工委) holds it
    return not any(m.start < end + len(kind) and start < m.end and not _short_form_inside(m, start, end)
                   and not (m.type == "Organization" and m.start <= start and end + len(kind) <= m.end) for m in found)


def _short_form_inside(m: Mention, start: int, end: int) -> bool:
    """A county's short form the gazetteer reads inside a township's name (凤城 in
    莱芜区凤城街道, 新河 in 新河街道): a piece of that name, no mention of the county."""
    return m.type == "Region" and m.source == GAZETTEER and m.surface != m.name and start <= m.start and m.end <= end


_CLAUSE_CUT_PLACES = {"Province", "City"}  # provinces and cities: their short forms are no other words
_PLACE_WORD_TAGS = {"f", "s", "ns"}  # 西部|重庆科学城: a part of the country opens the name


def _clause_before_place(text: str, start: int, end: int, found: list[Mention]) -> int:
    """Where a zone's name opens when a place inside it comes after words of
    the clause (一是深化|上海自贸试验区, 全面完成|辽宁自贸试验区, 重工|长沙经开区):
    at a province or city (not a district: 我市荔城经济开发区 stays), unless a body or place opens the words
    before it (中粮面业|河南漯河产业园, 西部|重庆科学城), the place is a seat in
    brackets, or the words are single characters, a pair's (中|新|天津生态城)."""
    place = min((r for r in found if r.type == "Region" and not r.scope and start < r.start < end),
                key=lambda r: r.start, default=None)
    if place is None or place.subtype not in _CLAUSE_CUT_PLACES or any(b in text[start:place.start] for b in OPENING_BRACKETS) \
            or any(o.start == start and o.type in ("Region", "Organization") and not o.scope for o in found):
        return start  # 国家大数据（贵州）综合试验区: a seat in brackets; 尧舜|牡丹产业园: a district's short form may be a word
    before = words.cut(text[start:place.start])
    return place.start if any(len(t) > 1 for t in before) and words.tag(before[0]) not in _PLACE_WORD_TAGS else start


# 十大…集群, 23处…产业园, 349项自贸试验区(改革试点经验), 2018年版自贸试验区(负面清单): counted or
# versioned kinds of zone, or what a zone's policy counts, not one zone's name
# 山西省全省开发区, 全市产业园区, 作为全国…试验区: every zone of the place, or a kind of them, none named; not
# the national computing network a hub's name opens with (全国一体化算力网络…国家枢纽…数据中心集群)
_ALL_OF_A_PLACE = re.compile("全(?:国(?!一体化)|[省市县区]|州(?!县))")  # not 广西全州县 (a county's name)
_COUNT_IN_ZONE = re.compile(r"[\d一二三四五六七八九十]+大|\d+[项处个]|\d{4}年版")
_PLACE_NAMED_ZONES = set(P["region"]["place_named_zones"])


def _place_in(text: str, start: int, end: int, found: list[Mention]) -> bool:
    """A place or a body names the head (科大讯飞北方声谷): a region or
    organisation found in it, or a word jieba knows as a place."""
    return any(start <= r.start < end for r in found if r.type in ("Region", "Organization")) or any(
        words.tag(t) == "ns" for t in words.cut(text[start:end]))


def _nickname_in_quotes(text: str, start: int, suffix: re.Match) -> bool:
    """The zone's name opens a quotation (“医护产业园”): a nickname, no place; but not a valley named for its
    place, quoted whole (“天心数字谷”, “中国光谷”: the name the park is known by, its place checked after)."""
    return text[start - 1:start] == "“" and not (suffix.group() in _PLACE_NAMED_ZONES and text.startswith("”", suffix.end()))


_HEAD_BEFORE_ZONE = re.compile("基地|项目|之一")
_ZONE_NAME_BREAK = re.compile(_alt(P["region"]["zone_name_breaks"]))
_FIGURE_BEFORE_LETTER = re.compile(r"[\d万亿千百][A-Za-z]")


def _in_figure_unit(text: str, start: int) -> bool:
    """The name would open with the Latin unit of a figure (规模最大的万P智算产业园: 万P is an amount of
    computing power, the words after it a kind of park)."""
    return start > 0 and bool(_FIGURE_BEFORE_LETTER.match(text, start - 1))


# words of a kind of zone before a suffix, no name: 国家级经开区, 各高新区, 我国自贸试验区, 多地自由贸易试验区; and a zone's
# kind itself (推动自贸区新片区…: the areas of free trade zones in general, no one zone) or the head of its kind's name
# (自贸试验区, 综合试验区, 先行示范区: patterns.toml zone_kind_words)
_ZONE_KIND = re.compile(f"(?:部分|全国|国家级|国家|省级|市级|大|{_alt(_REFERENCE_OPENERS)}|"
                        f"{_alt(P['region']['zone_kind_words'])}|{_alt(_ZONE_SUFFIXES)})+")
_ZONE_OF_QUALITY = re.compile(f"(?:{_alt(P['region']['zone_quality_openers'])})")  # 高标准自贸区: a kind aimed for
_ZONE_GRADE = re.compile(_alt(P['region']['zone_grade_openers']))  # 国家级车联网先导区: a graded kind of zone
_COMPLEMENT = "好"


def _after_complement(text: str, start: int) -> int:
    """建设好|安康高新区, 用好|孔子学院: the complement of the verb before a
    name is not part of the name."""
    if not text.startswith(_COMPLEMENT, start) or start == 0:
        return start
    toks = words.cut(text[max(0, start - words.CONTEXT_AROUND):start + len(_COMPLEMENT)])  # cut with 好: 要用|好, not 要|用
    verb = toks[-2] if len(toks) > 1 and toks[-1] == _COMPLEMENT else ""
    return start + len(_COMPLEMENT) if words.tag(verb).startswith("v") else start


_ZONE_LEAD = re.compile(f"(?:(?:{_alt(P['relation']['targets'] + P['region']['zone_lead_words'] + P['region']['settling_verbs'])}|成为|作为|是){_COMPLEMENT}?)+")  # 利用好|自贸试验区


_ZONE_PERIOD = re.compile(_alt(P["region"]["zone_period_openers"]))


def _joined_place_after(first: Mention, found: list[Mention]) -> bool:
    """Another place of its level written right after it (广州|清远经济特别合作区: two cities): the zone joins the two, in
    neither by its name alone (广东|深圳深汕特别合作区: a city of the province, which holds it)."""
    return bool(first.subtype) and any(r.type == "Region" and r.start == first.end and not r.scope
                                       and r.subtype == first.subtype and r.parent != first.name for r in found)


_ZONE_NAME_VERBS = set(P["region"]["zone_name_verbs"])
_ZONE_NAME_OPENERS = set(P["region"]["zone_name_openers"])
_ZONE_NAME_CHARS = 14


def _zone_start(text: str, end: int, found: list[Mention]) -> int:
    start = _name_left(text, end, max_chars=_ZONE_NAME_CHARS)
    while start > 0:  # 新一代 + 人工智能 + 创新 + 发展试验区: a verb of the name, with words before it
        word = words.word_before(text, start)
        if word not in _ZONE_NAME_VERBS and word not in _ZONE_NAME_OPENERS:
            break
        before = start - len(word)
        further = _name_left(text, before, max_chars=_ZONE_NAME_CHARS - (end - before))
        if further == before and word not in _ZONE_NAME_OPENERS and (before == 0 or words.word_before(text, before) not in _ZONE_NAME_VERBS):
            break  # a verb opens no name; two in a row may go on (深港科技|创新|特别|合作区)
        start = further
    # A field named inside the zone's name (车联网先导区) is part of it.
    for s in found:
        if s.type == "Sector" and s.start < start < s.end:
            start = _name_left(text, s.start, max_chars=10) if s.start > 0 else s.start
    # A region written just before, with a bracketed district: 天津(西青)…; a body just
    # before a bracketed seat: 上合组织（连云港）国际物流园
    for r in sorted((r for r in found if r.type in ("Region", "Organization") and r.end <= end), key=lambda r: -r.end):
        gap = text[r.end:start] if r.end <= start else None
        if gap is not None and re.fullmatch(r"(?:[(（][\u4e00-\u9fff]{2,4}[)）])?(?:国家级|省级)?", gap) \
                and (r.type == "Region" or not gap and text.startswith(OPENING_BRACKETS, start)):
            start = r.start
    return start


# -- sectors ---------------------------------------------------------------

_SECTOR = P["sector"]
_FIELD_WORDS = "领域|行业|重点行业|产业|产业链|方向|新技术|技术|新兴产业"
_MANY = ("多个", "诸多", "众多", "各")  # 等多个领域
_FIELD_MODIFIERS = _SECTOR["field_list_modifiers"]
_INDUSTRY_KINDS = _SECTOR["industry_kinds"]
# A list closed by its count (钢铁、煤炭、水泥、平板玻璃、焦炭、火电六大行业; 集成电路、生物医药、
# 人工智能三大领域), with or without 等/这 before the count, lists as "等领域/行业" does.
_COUNTED_HEAD = "(?:个|大)(?:领域|行业|产业)"
_SECTOR_LIST = Guarded(rf"((?:{_LIST_ITEM}[、和及与])+{_LIST_ITEM})(?:等(?:{'|'.join(_MANY)})?"
                       rf"(?:(?:{_alt(_FIELD_MODIFIERS)})?(?:{_FIELD_WORDS})"
                       rf"|(?P<kind>(?:{_alt(_INDUSTRY_KINDS)}){{1,2}}(?:产业|行业)))"
                       rf"|(?<![等这])[等这]?[两三四五六七八九十]{_COUNTED_HEAD})",
                       needs=[f"等{w}" for w in _FIELD_WORDS.split("|") + list(_MANY) + _FIELD_MODIFIERS + _INDUSTRY_KINDS]
                       + [f"{n}{h}" for n in "个大" for h in ("领域", "行业", "产业")])
_KIND_ENDS = re.compile(rf"[，,。；;、和与及]|$|{_alt(_SECTOR['industry_kind_ends'])}")
_KIND_LOOKAHEAD = 8  # characters read after a kind of industry: its next two words
_PREDICATE_OPENERS = ("d", "t", "p", "c")  # jieba's adverbs, time words, prepositions, conjunctions
_IN_FIELD = re.compile(rf"在([{CJK}A-Za-z0-9]{{2,10}})(?:领域|行业)")
_NOT_SECTOR = re.compile(r"\d|企业|公司|集团|部门|单位|政府|项目|工程|平台|基地|园区|中心|问题|工作|能力|服务$|方面|环节|水平"
                         r"|办公室|政策"  # 共同体建设办公室, 竞争政策: a body, a rule
                         r"|合作$"  # 电影合作、检疫等领域, 产业合作等领域: an area of cooperation, no field (audit er9)
                         rf"|(?:{_alt(_ZONE_SUFFIXES)})$"  # 稀土新材料、自贸试验区等重点领域: a kind of zone, no field (er10)
                         r"|^[一二两三四五六七八九十]+[大个]$")  # 在十大行业形成…场景: how many fields, none named
_DOMAINS = set(_SECTOR["not_sectors"]) | set(_SECTOR["generic_modifiers"])
# A verb of focus glued to the item's start (深化经贸, 推动钢铁) is no part of it.
_LEADING_VERB = re.compile(f"^(?:以|在|对|把|面向|{_alt(P['relation']['targets'])})")
_PROCESS = re.compile("(?:化|转型|治理|发展)$")  # 数字化, 城镇化, 绿色转型, 社会治理, 农村产业发展: processes, not fields
_OPEN_FIELDS = ("领域", "方向", "新技术", "技术")  # list ends that follow any topic, not only industries
_ABLE_PREFIXES = set(_SECTOR["able_prefixes"])  # 可|再生能源: one adjective with the verb it opens
_ACT_ON_VERBS = set(_SECTOR["act_on_verbs"])  # 打击, 应对, 维护: what opens an act, not a field
# …等领域(的)(多项)(双边)合作文件: what parties sign on a list of areas (patterns.toml cooperation_papers)
_PAPERS_SIGNED = re.compile(rf"[^，,。；;]{{0,10}}?(?:{_alt(_SECTOR['cooperation_papers'])})")


_NUMERAL_TAG = "m"  # jieba's tag for counts and ordinals: 第三方, 两岸


def _field_modifier(lead: str) -> bool:
    """``lead``, all that comes between a list's separator and the item's name
    where the walk back stopped, is one word that qualifies the field (可|再生能源,
    休闲|农业, 合成|生物, 高速|动车组): an item between two separators has no
    clause of its own. Not a verb that acts on its object (打击|芬太尼) or opens
    a focus (发展|农业)."""
    return len(words.cut(lead)) == 1 and lead not in _ACT_ON_VERBS and not _LEADING_VERB.match(lead)


@recogniser("sector.list.v1", needs=("等", "领域", "行业", "产业"))
def sector_list(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """Items of "A、B、C等领域/行业/产业", "A、B、C三大领域/行业/产业" and "在X领域" are fields of work."""
    text = sent.text
    known = [(m.start, m.end) for m in found]
    sectors = [(m.start, m.end) for m in found if m.type == "Sector"]
    for m in _SECTOR_LIST.finditer(text):
        # "A、B等领域" lists topics of any kind (经贸、投资、人文等领域): its
        # items are fields only in a list that names a known field.
        if m.group().endswith(_OPEN_FIELDS) and not any(m.start(1) <= s < m.end(1) for s, _ in sectors):
            continue
        if m.group().endswith(_OPEN_FIELDS) and _PAPERS_SIGNED.match(text, m.end()):
            continue  # 签署政党交流、…、媒体等领域十余项合作文件: areas of cooperation between states
        if m.group("kind") and not _ends_noun_phrase(text, m.end()):
            continue  # 等特色产业经营主体: the kind of industry qualifies the bodies that follow
        # 和/及/与 join items where they are words of their own (not 与 of 参与)
        cuts = [k for k in range(m.start(1), m.end(1))
                if text[k] == "、" or text[k] in "和及与" and _whole_word(text, k, k + 1)]
        for a, b in zip([m.start(1)] + [k + 1 for k in cuts], cuts + [m.end(1)]):
            yield from _sector_item(sent, a, b, known, whole=a > m.start(1))
    for m in _IN_FIELD.finditer(text):
        yield from _sector_item(sent, m.start(1), m.end(1), known)


def _ends_noun_phrase(text: str, end: int) -> bool:
    """The noun phrase closes at ``end`` (…等优势产业，; …发展/集群; …正在发展壮大; …加快发展):
    nothing it qualifies follows (…经营主体, …示范区, …承载平台: a verb with its own noun)."""
    if _KIND_ENDS.match(text, end):
        return True
    after = words.cut(text[end:end + _KIND_LOOKAHEAD])
    first = words.tag(after[0])
    if first.startswith(_PREDICATE_OPENERS):
        return True
    return first == "v" and (len(after) == 1 or not words.tag(after[1]).startswith("n"))


def _sector_item(sent: Sentence, a: int, b: int, known: list[tuple[int, int]], whole: bool = False) -> Iterator[Mention]:
    """The field named by text[a:b], walked back to from its last word; a
    ``whole`` item (one between two of the list's separators) keeps a
    qualifying first word the walk stops at."""
    text = sent.text
    start = max(_name_left(text, b, max_chars=b - a), a) if b - a > 1 else a
    lead = text[a:start] if whole and a < start < b else ""
    if lead and words.tag(words.cut(lead)[-1]) == _NUMERAL_TAG:
        return  # 第三方|市场合作, 类石墨烯二维|材料: a count or ordinal inside the item; the words after it name no field
    if lead and _field_modifier(lead):
        start = a
    elif a < start and text[start - 1] in _ABLE_PREFIXES:
        start -= 1  # 先进可|再生能源: 可 and the verb after it are one adjective (可再生), not the clause's modal
    name = re.sub(r"[（(][^)）]*[)）]$", "", text[start:b])
    name = _LEADING_VERB.sub("", name)
    clause = _clause_end(name)  # 中方愿同法方深化|农食: the names in that clause are none of the item's
    name = name[clause:]
    first = b - len(name) if text[start:b].endswith(name) else start
    if any(s < b and a < e and not (clause and first - clause <= s and e <= first) for s, e in known):
        return
    lead = words.cut(text[a:first])
    if lead and lead[-1] in _ACT_ON_VERBS:
        return  # 打击|芬太尼, 维护|国际法权威: an act on a crime, threat or norm
    if whole and lead and name in _INDUSTRY_HEADS and lead[-1] not in _FOCUS_VERBS:
        # 可穿戴|设备, 高端制造|装备: a bare head cut from its item names no field (制造、服务 whole do; so does one after
        # a verb of focus, 巩固提升|电子等支柱产业, or the first item's after the clause's verb, 覆盖|通信、互联网…等领域)
        return
    if 2 <= len(name) <= 12 and not _NOT_SECTOR.search(name) and not words.is_function_word(name) \
            and name not in _DOMAINS and not _new_domain(words.cut(name)) and not _PROCESS.search(name) and _whole_word(text, first, b):  # not 平利用核能 of 和平…
        yield _mention(sent, "Sector", first, b, name, "sector.list.v1", subtype="Sector")


_NEW = "新"  # 新|消费, 新|产业 (新基建、新消费、新产业、新都市四大领域): "new" on a domain word is a slogan


def _new_domain(toks: tuple[str, ...] | list[str]) -> bool:
    """The words are 新 and a domain word (新消费, 新产业): no field, unlike a
    modifier that makes a domain one (绿色|经济, 新型|基础设施)."""
    return len(toks) >= 2 and toks[0] == _NEW and all(t in _DOMAINS for t in toks[1:])


# 中方, 法方, 双方, 两国: the parties to a cooperation
_PARTIES = re.compile(f"^(?:[{CJK}]方|{_alt(P['organization']['parties'])})$")


def _clause_end(name: str) -> int:
    """Where a list's first item starts after the clause it opens with: past
    the last verb of focus or word for the parties (中方愿同法方深化|农食,
    两国|电信, 全力发展|乡村旅游); its last word is the field's own."""
    words_in = words.cut(name)
    start = end = 0
    for w in words_in[:-1]:
        end += len(w)
        if w in _FOCUS_VERBS or _PARTIES.match(w):
            start = end
    return start


@recogniser("sector.list-peer.v1", needs=("、",))
def sector_peers(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A bare list in which two items are fields already (物联网、大数据、
    机器学习; 数字支付、智慧城市、数字商城、数字政府) lists fields: its other
    items are fields too, when every one of them is a noun phrase of a
    field's shape (no verb first, no number, place, body or process)."""
    text = sent.text
    fields = [(m.start, m.end) for m in found if m.type == "Sector"]
    if len(fields) < settings.thresholds.min_known_fields:
        return
    others = [(m.start, m.end) for m in found if m.type != "Sector"]
    for m in _PEER_LIST.finditer(text):
        if sum(m.start() <= s and e <= m.end() for s, e in fields) < settings.thresholds.min_known_fields:
            continue  # its items lie inside the match, which holds too few known fields
        spans = _peer_spans(text, m, fields)
        known = [span for span in spans if span in fields]
        unknown = [(a, b) for a, b in spans if not any(s <= a and b <= e for s, e in fields)]
        # A place or body as an item, opening one (全国水能) or across one makes it no list of
        # fields; a gazetteer word further inside an item (商城 in 数字商城) does not.
        if len(known) < settings.thresholds.min_known_fields or not unknown or any(
                s < b and a < e and not (a < s and e <= b) for a, b in spans for s, e in others):
            continue
        # The list's last item must end where the list does, not run on into the clause.
        last_a, last_b = spans[-1]
        if (last_a, last_b) in unknown and not (text.startswith("等", last_b) or last_b == len(text)
                                               or text[last_b] in _ITEM_DELIMITERS):
            unknown.remove((last_a, last_b))
        # an item after a count is the kind counted, no peer (船舶与海工装备等6个|世界级产业集群、电力装备…)
        unknown = [(a, b) for a, b in unknown if not _COUNT_BEFORE.search(text, max(0, a - 4), a)]
        # each item whole words (not 民间资本有序参 of 参与低空经济)
        if unknown and all(_field_shape(text[a:b], settings.thresholds) and _whole_word(text, a, b) for a, b in unknown):
            for a, b in unknown:
                yield _sector_mention(sent, a, b, "sector.list-peer.v1")


_COUNT_BEFORE = re.compile(r"(?:\d+|[一二两三四五六七八九十几])[个大类项种]$")


def _field_shape(name: str, th: Thresholds) -> bool:
    """A list item that could name a field: a noun phrase, not a process,
    activity, place, count or generic domain word."""
    if name in _INDUSTRY_HEADS:  # 制造, 服务: a kind of activity listed among fields is one
        return True
    toks = words.cut(name)
    return 2 <= len(name) <= th.max_field_peer and not _NOT_SECTOR.search(name) and name not in _DOMAINS | _NOT_FIELDS \
        and not _PROCESS.search(name) and words.tag(toks[0]) not in _NOT_IN_NAME_TAGS | {"v", "vn", "ns", "nr"} \
        and not any(t in _STOP_TOKENS or t in _FOCUS_VERBS or t in _ACTIVITIES or t in _DOMAINS and len(toks) == 1
                    for t in toks) and not _new_domain(toks) and not name.isascii()


_INDUSTRY_HEADS = set(_SECTOR["industry_heads"])
_ACTIVITIES = {"合作", "创新", "交流", "利用"}  # 海上合作, 科技创新: what partners do together, no field


_SMART_COMPOUND = Guarded(f"(?:{_alt(_SECTOR['smart_prefixes'])})(?:{_alt(_SECTOR['compound_heads'])})",
                          needs=_SECTOR["smart_prefixes"])
_NOT_FIELDS = set(_SECTOR["not_fields"])
_NAME_TAIL = re.compile(f"{_alt(_SECTOR['name_tails'])}|"
                        f"(?:{_alt(_SECTOR['name_tail_modifiers'])})+(?:{_alt(_SECTOR['proper_name_tails'])})")
# 制造业/服务业 head the statistical classifications' own names (医药制造业,
# 高技术服务业, 信息通信技术服务业), like 行业.
_INDUSTRY = Guarded("行业|产业|制造业|服务业", needs=("行业", "产业", "制造业", "服务业"))
_INDUSTRY_HEAD = re.compile(f"(?:{_alt(_SECTOR['industry_heads'])})$")
_NOUN_TAGS = {"n", "nz", "j"}  # not vn: 分析行业, 规划产业 are verb and object
_FOCUS_VERBS = set(P["relation"]["targets"])  # 布局商业航天产业: the verb is no part of X
_COUNTED = re.compile("[一二三四五六七八九十几多余]")  # 五大行业, 余场: counts, not names
_VERBS_TAGGED_AS_NOUNS = set(_SECTOR["verbs_tagged_as_nouns"])
_INDUSTRY_ACTIVITIES = tuple(_SECTOR["industry_activities"])  # 发电|行业, 铝冶炼|行业: verbs naming a class
_MARKET = "市场"  # 碳排放权交易市场|发电行业: the market the industry trades in is no part of its name


@recogniser("sector.compound.v1", needs=tuple(_SECTOR["smart_prefixes"]) + _INDUSTRY.needs)
def sector_compound(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """Fields named by word formation: a smart/digital prefix on a field of
    activity (智慧交通, 数字政府, 智能电网), a noun before 行业 (钢铁行业), and
    a kind of product or activity before 产业 (船舶电子产业). Processes,
    visions and names are left out."""
    text = sent.text
    taken = [(m.start, m.end) for m in found]
    for m in _SMART_COMPOUND.finditer(text):
        a, b = m.span()
        if m.group() in _NOT_FIELDS or text[b:b + 1] == "化" or _NAME_TAIL.match(text, b) \
                or any(s < b and a < e for s, e in taken) or not _whole_word(text, a, b):
            continue
        yield _sector_mention(sent, a, b, "sector.compound.v1")
    # A field the lexicon knows may end the name (通信行业 in 无线通信行业): the
    # longer name wins and drop_embedded_sectors drops the inner one.
    others = [(m.start, m.end) for m in found if m.type != "Sector"]
    fields = [(m.start, m.end) for m in found if m.type == "Sector"]
    for m in _INDUSTRY.finditer(text):
        a = _industry_head(text, m.start(), settings.thresholds)
        if m.group() == "产业" and not _INDUSTRY_HEAD.search(text[a:m.start()]):
            continue
        inner = [(s, e) for s, e in fields if s < m.end() and a < e]
        if a < m.start() and not any(s < m.end() and a < e for s, e in others) and _whole_word(text, a, m.end()) \
                and all(a < s and e <= m.end() for s, e in inner):
            yield _sector_mention(sent, a, m.end(), "sector.compound.v1")


_INFRASTRUCTURE = Guarded("基础设施", needs=("基础设施",))
_INFRASTRUCTURE_WORDS = set(_SECTOR["infrastructure_words"])
_INFRASTRUCTURE_QUALIFIERS = set(_SECTOR["infrastructure_qualifiers"])


_NETWORK_MODE = re.compile(f"(?<![A-Za-z0-9])({_alt(_SECTOR['network_generations'])}) ?({_alt(_SECTOR['network_modes'])})(?![A-Za-z])")


@recogniser("sector.network-mode.v1", needs=tuple(_SECTOR["network_generations"]))
def network_mode(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A mode of a mobile network (5G SA, 5G专网, 5G To B), named as written."""
    for m in _NETWORK_MODE.finditer(sent.text):
        yield _sector_mention(sent, m.start(), m.end(), "sector.network-mode.v1")


_CARRIER_NETWORK = Guarded(f"(?:{_alt(_SECTOR['network_kinds'])})网(?:络)?", needs=_SECTOR["network_kinds"])
_NETWORK_WORK_WORDS = _SECTOR["network_work_words"]
_GENERATION_BEFORE = re.compile(f"(?:第.代|{_alt(_SECTOR['network_generations'])})$")


@recogniser("sector.network.v1", needs=_CARRIER_NETWORK.needs)
def carrier_network(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A network named by what it carries (移动通信网络, 广播电视传输网), as a
    whole word and not inside another name (中国广播电视网络集团有限公司).
    After a generation (5G通信网络, 第五代移动通信网络) it is that generation's
    network, the field already named. Only the object of work names a field
    (推动…通信网络高质量发展, 通信网建设规划), not the network that covers an area."""
    text = sent.text
    for m in _CARRIER_NETWORK.finditer(text):
        a, b = m.span()
        clause_start = max((c.end() for c in _CLAUSE_START.finditer(text, 0, a)), default=0)
        clause_end = next((c.start() for c in _CLAUSE_START.finditer(text, b)), len(text))
        worked_on = any(v in text[clause_start:a] for v in _FOCUS_VERBS) or any(
            w in text[b:clause_end] for w in _NETWORK_WORK_WORDS)
        if worked_on and _whole_word(text, a, b) and not _GENERATION_BEFORE.search(text, 0, a) and not any(
                f.start < b and a < f.end and not (a <= f.start and f.end <= b) or f.type == "Sector" and f.end == a
                for f in found):
            yield _sector_mention(sent, a, b, "sector.network.v1")


@recogniser("sector.infrastructure.v1", needs=_INFRASTRUCTURE.needs)
def sector_infrastructure(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A kind of digital infrastructure named by its words (数字信息基础设施,
    大数据基础设施, 新一代网络基础设施): words of information, data, networks
    or a known field walked back from 基础设施, with qualifiers before them."""
    text = sent.text
    fields = [m for m in found if m.type == "Sector"]
    for m in _INFRASTRUCTURE.finditer(text):
        a, kinds = _infrastructure_head(text, m.start(), fields, settings.thresholds)
        if kinds and not _NOT_SECTOR.search(text[a:m.start()]) and not any(
                s.start <= a and m.end() <= s.end for s in fields):  # 算力中心基础设施: a facility's
            yield _sector_mention(sent, a, m.end(), "sector.infrastructure.v1")


_PRODUCT_HEADS = set(_SECTOR["product_industry_heads"])
_PAIRED_GOODS = set(_SECTOR["paired_goods"])


@recogniser("sector.product.v1", needs=tuple(_SECTOR["product_industry_heads"]))
def sector_product(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A field word and the class of goods after it (jieba's next word) are one
    field, the goods' own (汽车芯片, 人工智能芯片, 新能源汽车零部件): the text
    works on the chips or parts, not on the field word inside their name. Not
    before other goods the word qualifies too (5G芯片器件), before a name's tail
    (汽车零部件企业: drop_embedded_sectors reads the field there), or inside a
    body's or event's name."""
    text = sent.text
    others = [m for m in found if m.type != "Sector"]
    for f in found:
        if f.type != "Sector":
            continue
        head, *after = words.cut(text[f.end:f.end + words.CONTEXT_AROUND * 2]) or ("",)
        b = f.end + len(head)
        if head in _PRODUCT_HEADS and not (after and after[0] in _PAIRED_GOODS) and not _NAME_TAIL.match(text, b) \
                and not any(o.start < b and f.start < o.end for o in others):
            yield _sector_mention(sent, f.start, b, "sector.product.v1")


def _infrastructure_head(text: str, end: int, fields: list[Mention], th: Thresholds) -> tuple[int, int]:
    """Where X of "X基础设施" starts, and how many of its words name a kind."""
    lo = max(0, end - th.max_infrastructure_head)
    a, kinds, qualifiers = end, 0, False
    while a > lo:
        field = next((f for f in fields if f.start < a <= f.end and f.start >= lo), None)
        if field and not qualifiers:  # 大数据 in 大|数据基础设施: the field whole
            a, kinds = field.start, kinds + 1
            continue
        tok = words.cut(text[lo:a])[-1]
        if tok in _INFRASTRUCTURE_QUALIFIERS:
            qualifiers = True
        elif qualifiers or tok not in _INFRASTRUCTURE_WORDS and tok not in LEX.sector_labels:
            break
        else:
            kinds += 1
        a -= len(tok)
    return a, kinds


_NOT_NAME_CHAR = re.compile(f"[^{CJK}A-Za-z0-9]")


# 全区|邮政|行业, 全县|快递|行业: the scope of a district or county (as 全省, 全市 in _STOP_TOKENS) opens no industry's name
_COUNTY_WHOLES = {"全" + w for w in COUNTY_WORDS}


def _industry_head(text: str, end: int, th: Thresholds) -> int:
    """Where X of "X行业" starts: nouns walked back from the suffix, none of
    them a modifier (重点行业, 传统产业 name no industry); ``end`` if none."""
    lo = max(0, end - th.max_industry_head)
    chunk = _NOT_NAME_CHAR.split(text[lo:end])[-1]
    start = end
    for tok in reversed(words.cut(chunk)):
        if tok in _DOMAINS or tok in _STOP_TOKENS or tok in _COUNTY_WHOLES or tok in _FOCUS_VERBS or tok in _VERBS_TAGGED_AS_NOUNS \
                or tok.endswith(_MARKET) \
                or _COUNTED.match(tok) \
                or words.tag(tok) not in _NOUN_TAGS and not tok.endswith(_INDUSTRY_ACTIVITIES) \
                or end - start + len(tok) > th.max_industry_head:
            break
        start -= len(tok)
    head = text[start:end]
    return start if len(head) >= 2 and head not in _DOMAINS and not _NOT_SECTOR.search(head) else end


def _sector_mention(sent: Sentence, a: int, b: int, source: str) -> Mention:
    """A field named by a rule: the taxonomy's concept when the name is one of its labels."""
    name = sent.text[a:b]
    iri, pref = LEX.sector_labels.get(name, ("", name))
    return _mention(sent, "Sector", a, b, pref, source, subtype="SectorConcept" if iri else "Sector", iri=iri)


_ORG_LIST_END = Guarded(f"等(?:{_alt(_SECTOR['organization_list_ends'])})", needs=["等"])
_CLAUSE_START = re.compile(r"[，,。；;：:！？!?]")


_NARROWED_HEADS = tuple(_SECTOR["narrowed_field_heads"])
_NARROWING_TAGS = {"n", "nz"}  # jieba's tags of a noun (农村, 手术), not vn (发展|人工智能) nor a (最大, 一般, 落实: this dictionary tags verbs a)
_ATTRIBUTE_ENDS = tuple(_SECTOR["narrowing_attribute_ends"])
# …nor a grade (全球领先|机器人, 世界顶尖|机器人: organization.grading_words)
_NOT_NARROWING = (_DOMAINS - set(_SECTOR["narrowing_generic_modifiers"])) | _FOCUS_VERBS | _VERBS_TAGGED_AS_NOUNS \
    | set(_GRADING_WORDS)


# A body's kind ending a noun of three characters or more before the field word (科技厅|人工智能处): the body and
# its office named after the field, no branch of it.
_MODIFIER_BODY_ENDS = tuple(P["organization"]["body_suffixes"])
# A company's executive's post within a few characters after the field word, in the same clause (新松机器人|总裁曲道奎,
# 新松机器人|高端事业部总经理): the noun and the field word are the company's name, no branch of the field.
_COMPANY_POST_AFTER = re.compile(rf"[{CJK}]{{0,6}}?(?:{_alt(_EXECUTIVE_POST_OPENERS)})*(?:{_alt(P['organization']['executive_posts'])})")


def _modifier_is_modified(text: str, a: int, found: list[Mention]) -> bool:
    """Whether the noun at a before a field word is itself the head of a longer phrase, so that it narrows no field:
    after a field found (电商|平台|人工智能, 人工智能|美女|机器人, 制造业|企业|人工智能) or a one-character adjective
    (新|时代|人工智能)."""
    before = words.word_before(text, a) if a else ""
    return any(o.type == "Sector" and o.end == a for o in found) \
        or len(before) == 1 and HAN_CHAR.match(before) and words.tag(before) == "a"


@recogniser("sector.narrowed.v1", needs=_NARROWED_HEADS)
def sector_narrowed(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A field word and the noun jieba reads right before it are one field, a branch of the field (手术机器人, 农村电商,
    分布式光伏, 生成式人工智能): the text works on the branch. Not after a scope or a domain (全球|人工智能, 国家|人工智能),
    a verb jieba tags a noun or a phrase ending in one (布局|人工智能, 充分发挥|人工智能, 充分利用|人工智能, 主管|人工智能),
    a grade (全球领先|机器人), a name found (风电|光伏, 中国|电商), nor a noun that heads a longer phrase itself
    (电商平台|人工智能, 新时代|人工智能: _modifier_is_modified), a body (科技厅|人工智能处), nor a company's name before
    its executive's post (新松机器人总裁曲道奎)."""
    text = sent.text
    for f in found:
        if f.type != "Sector" or f.surface not in _NARROWED_HEADS:
            continue
        modifier = words.word_before(text, f.start) if f.start else ""
        a = f.start - len(modifier)
        if len(modifier) < 2 or not HAN_CHAR.match(modifier) \
                or words.tag(modifier) not in _NARROWING_TAGS and not modifier.endswith(_ATTRIBUTE_ENDS) \
                or modifier in _NOT_NARROWING or len(modifier) > 2 and (words.tag(modifier[-2:]) == _VERB_TAG
                                                                      or modifier[-2:] in _NOT_NARROWING) \
                or not {a, f.start} <= words.cuts_around(text, a, f.end) or any(o.start < f.start and a < o.end for o in found) \
                or _modifier_is_modified(text, a, found) or _COMPANY_POST_AFTER.match(text, f.end) \
                or len(modifier) > 2 and modifier.endswith(_MODIFIER_BODY_ENDS):
            continue
        yield _sector_mention(sent, a, f.end, "sector.narrowed.v1")


# fields built around a shorter one
_LONGER_FIELDS = ("sector.compound.v1", "sector.infrastructure.v1", "sector.network-mode.v1", "sector.network.v1",
                  "sector.product.v1", "sector.narrowed.v1")


def drop_embedded_sectors(text: str, mentions: list[Mention]) -> list[Mention]:
    """A field word that is part of something else is no field: inside an
    organisation's or event's name (华东恒远新材料科技股份有限公司) or a
    longer field's (通信行业 in 无线通信行业), before 化
    (数字产业化 is a process), before a name's tail (超算中心, 数字政府指数), an
    artefact (大数据平台) or a mindset (信息安全意识), or an item of a list of organisations (A、B等企业/等单位)."""
    if "Sector" not in {m.type for m in mentions}:
        return mentions
    names = [(m.start, m.end) for m in mentions if m.type in ("Organization", "Event") or m.source in _LONGER_FIELDS]
    lists = []
    for m in _ORG_LIST_END.finditer(text):
        clause = max((c.end() for c in _CLAUSE_START.finditer(text, 0, m.start())), default=0)
        if "、" in text[clause:m.start()]:
            lists.append((clause, m.start()))

    def embedded(m: Mention) -> bool:
        return text[m.end:m.end + 1] == "化" or bool(_NAME_TAIL.match(text, m.end)) or _before_artefact(text, m) \
            or _before_vessel(text, m) or _after_medium(text, m) or _ends_inside_a_thing(text, m) or _reform_manner(text, m) \
            or any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in names + lists)
    return [m for m in mentions if m.type != "Sector" or not embedded(m)]


def drop_names_opened_by_a_bracket(text: str, mentions: list[Mention]) -> list[Mention]:
    """A body's or place's name that opens with a bracket, or with one
    character and a bracket, right after a Han character opens inside a
    longer name whose start no recogniser found (分（子）公司,
    中日（成都）地方发展合作示范区, 区（开发区）管委会 of 集聚|区（开发区）管委会,
    jieba reading 集聚 as a verb): no name; no name before a bracket has one character.
    A mention's surface is the text's own (_mention): a text with no bracket keeps them all."""
    if not holds_one(text, OPENING_BRACKETS):
        return mentions  # most sentences: no bracket
    return [m for m in mentions if not (m.type in ("Organization", "Region") and any(c in OPENING_BRACKETS for c in m.surface[:2])
                                        and m.start > 0 and HAN_CHAR.match(text, m.start - 1))]


def drop_places_in_person_names(mentions: list[Mention]) -> list[Mention]:
    """A person's name and a place the lexicon lists that share characters
    (without one holding the other whole): a place written short is a piece
    of the name (德庆 in 沙德庆, 江陵 in 袁江陵) or straddles a post and the
    name after it (长沙 of 董事长|沙德庆); a place written in full, its level
    word included, is the place, and the "name" after a post ending in its
    first character is none (安区局 of 西安市|长安区局地). A person's name that
    opens a longer one is that name cut short (哈齐 of 希腊副总理哈齐达基斯:
    the title reader's surname and one character, the foreign title reader's
    whole transliteration)."""
    people = [m for m in mentions if m.type == "Person"]
    if not people:
        return mentions  # most sentences: no person
    places = [m for m in mentions if m.type == "Region" and m.source == GAZETTEER]
    crossed = {(p, r) for p in people for r in places
               if p.start < r.end and r.start < p.end and not (r.start <= p.start and p.end <= r.end)}
    wrong = {id(r) if r.surface != r.name else id(p) for p, r in crossed}
    wrong |= {id(p) for p in people for q in people if q.start == p.start and q.end > p.end}
    return [m for m in mentions if id(m) not in wrong]


def drop_country_in_outlet_names(mentions: list[Mention]) -> list[Mention]:
    """中国 opening a national outlet's name (中国日报, 中国网络电视台消息, 中国经济网8月31日讯, 中国证券报) is the
    brand's first word, not the country: an outlet takes part in nothing (annotation.md), so it is no mention of
    中国. A local paper's place stays (泰安 of 来源于:泰安日报, 大同 of 来源:大同日报: it says whose 市委 and 全市 the
    report's are), and so does a foreign state broadcaster's country (伊朗国家电视台: the country's own). A
    dateline's place after the outlet's name (北京 of 新华社北京7月8日电) is not inside it."""
    outlets = [m for m in mentions if m.subtype == "Media"]
    if not outlets:
        return mentions  # most sentences: no outlet
    return [m for m in mentions if m.type != "Region" or m.name != COUNTRY
            or not any(o.start <= m.start and m.end <= o.start + len(o.surface) for o in outlets)]


_REFORM_MANNERS = set(_SECTOR["reform_manners"])
_MANNER_BEFORE = re.compile(f"(?:{_alt(_SECTOR['reform_manner_before'])})$")
_MANNER_AFTER = re.compile(f"(?:{_alt(_SECTOR['reform_manner_after'])})")
_MANNER_OF_VERB = re.compile(f"(?:{_alt(_SECTOR['reform_manner_verbs'])})$")
_MARK_AFTER = re.compile(r"[，,。；;]")


def _reform_manner(text: str, m: Mention) -> bool:
    """A field word (系统集成) written as how reform is carried out (改革系统集成, 系统集成、协同高效, 强化系统集成，):
    a process, no field (patterns.toml reform_manners)."""
    return m.surface in _REFORM_MANNERS and bool(
        _MANNER_BEFORE.search(text, 0, m.start) or _MANNER_AFTER.match(text, m.end)
        or _MANNER_OF_VERB.search(text, 0, m.start) and _MARK_AFTER.match(text, m.end))


def _before_artefact(text: str, m: Mention) -> bool:
    """The field word modifies the noun after it, jieba's next word, which names
    an artefact (大数据|平台, 风电|机组, 大数据产业|园) or a mindset (信息安全|意识);
    but the last item of a list shares that head with the fields before it
    (超算、云计算、边缘计算平台)."""
    after = words.cut(text[m.end:m.end + words.CONTEXT_AROUND])
    return bool(after) and after[0] in _ARTEFACT_HEADS and text[m.start - 1:m.start] not in LIST_JOINERS


_ARTEFACT_HEADS = set(_SECTOR["artefact_heads"] + _SECTOR["mindset_heads"])  # what a field word before them serves or is of
_FIELD_MEDIA = tuple(sorted(_SECTOR["field_media"], key=len, reverse=True))


def _after_medium(text: str, m: Mention) -> bool:
    """A medium a field works in, written right before the field word and
    opening a word of its own (海上|风电, 水下|机器人, 海洋|电子信息产业), narrows
    it to its branch there, a field the taxonomy lacks: the text works on
    offshore wind, not on wind power at large."""
    medium = next((w for w in _FIELD_MEDIA if text.startswith(w, m.start - len(w))), "")
    return bool(medium) and m.start - len(medium) in words.cuts_around(text, m.start - len(medium), m.end)


# a vessel's word after a field word, with up to two characters of its job or cargo (汽车|运输船, 风电|安装|船)
_VESSEL = re.compile(rf"(?!{_alt(_SECTOR['vessel_object_verbs'])})[{CJK}]{{0,2}}?[{_SECTOR['vessel_characters']}]")


def _before_vessel(text: str, m: Mention) -> bool:
    """The field word names what a vessel after it carries or serves (汽车运输船,
    风电安装船, 无人驾驶船): jieba's word ends at the vessel's character; not
    船舶, a field's own word (汽车、船舶), nor a vessel that a verb takes (乘船)."""
    vessel = _VESSEL.match(text, m.end)
    return bool(vessel) and vessel.end() in words.cuts_around(text, m.end, vessel.end())


_THING_CHARACTERS = set(_SECTOR["thing_characters"])


def _ends_inside_a_thing(text: str, m: Mention) -> bool:
    """jieba reads the field word's last characters and one character after
    it as one word that names a thing (超级|计算机, 云|服务器, 汽车制造厂,
    数据安全法): the field word qualifies a machine, plant, law or award."""
    cuts = words.cuts_around(text, m.start, m.end)
    return m.end not in cuts and text[m.end:min((c for c in cuts if c > m.end), default=m.end)] in _THING_CHARACTERS


_ISSUING_VERBS = P["relation"]["issues"]
_ISSUER_KINDS = set(P["organization"]["body_suffixes"]) | set(_TASK_OFFICES)  # (_alt puts the longest first)
_ISSUER_BEFORE_TITLE = Guarded(rf"(?:^|(?<=[，,。；;：:、\s]))([{CJK}]{{4,20}}?(?:{_alt(_ISSUER_KINDS)}))(?:联合)?"
                               rf"(?:{_alt(_ISSUING_VERBS)})了?《", needs=_TITLE_OPENERS)
_ISSUER_COUNT = re.compile(f"[{P['organization']['issuer_count_characters']}]")


@recogniser("org.issuer.v1", needs=_ISSUER_BEFORE_TITLE.needs)
def issuer_before_title(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A body that opens its clause, ends in a body's kind and issues a titled document (联合国环境署发布了《…》,
    教育部、国家语言文字工作委员会发布《…》, 数字广西建设领导小组印发了《…》): an organisation, where no mention found
    ends there (国务院办公厅, 国家发展改革委与中央网信办) and every one found inside it lies whole in it; not a count of
    bodies (三部委, 商务部等四部委). Read after the recognisers of bodies, which name most issuers whole (工信部办公厅:
    工业和信息化部办公厅)."""
    for m in _ISSUER_BEFORE_TITLE.finditer(sent.text):
        a, b = m.span(1)
        if _ISSUER_COUNT.search(m.group(1)) or any(f.end == b or f.start < b and a < f.end and not (a <= f.start and f.end <= b)
                                                   or f.type in ("Person", "Policy", "Event") and a <= f.start < b for f in found):
            continue
        # a task force or its office (成都市新经济发展工作领导小组办公室印发《…》: vr audit, session 29) is a government's body, as
        # the task offices' recogniser reads them; the party centre's groups are found whole before. Not a company's
        # (华润集团项目建设指挥部发布《…》: a company found inside it; review rvvr)
        own = m.group(1).endswith(_TASK_OFFICES) and not any(a <= f.start and f.end <= b and f.subtype == "Enterprise" for f in found)
        yield _mention(sent, "Organization", a, b, m.group(1), "org.issuer.v1", subtype="GovernmentBody" if own else "")


_OFFICE = "办公室"
_NATIONAL_OFFICE = Guarded(rf"(?:^|(?<=[，,。；;：:、\s])|{'|'.join(f'(?<={w})' for w in P['organization']['national_office_after'])})"
                           rf"(?=((?:{_alt(P['organization']['national_office_openers'])})(?:[{CJK}]{{2}}|“[{CJK}]+”)(?:[{CJK}]|“[{CJK}]+”){{0,12}}?{_OFFICE}))",
                           needs=(_OFFICE,))
_NATIONAL_OFFICE_BREAKS = re.compile(f"[{P['organization']['national_office_breaks']}{P['organization']['issuer_count_characters']}]")


@recogniser("org.national-office.v1", needs=_NATIONAL_OFFICE.needs)
def national_office(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """The office of a national programme, system or task force (据中国载人航天工程办公室消息, 全国“扫黄打非”办公室今天公布,
    国家防总办公室派出工作组): a government body, where it opens a clause or follows a source's or an item's word, no
    mention found ends there or crosses its bounds (国家互联网信息办公室, 中国|国务院新闻办公室), and its words hold no
    count, particle or preposition (国家代表和秘书长技术特使办公室) and no body found (国家版权局|联合全国…办公室: the
    office is the one after 联合, each opening tried)."""
    for m in _NATIONAL_OFFICE.finditer(sent.text):
        a, b = m.span(1)
        if _NATIONAL_OFFICE_BREAKS.search(m.group(1)) or any(
                f.end == b or f.start < b and a < f.end and not (a <= f.start and f.end <= b)
                or f.type in ("Organization", "Person", "Policy", "Event") and a <= f.start < b for f in found):
            continue
        yield _mention(sent, "Organization", a, b, _strip_quotes(m.group(1)), "org.national-office.v1", subtype="GovernmentBody")


_ORGANIZING_COMMITTEE = Guarded(_alt(P["organization"]["organizing_committees"]), needs=P["organization"]["organizing_committees"])
_COMMITTEE_EVENT_CHARS = P["organization"]["organizing_committee_event_chars"]


@recogniser("org.organizing-committee.v1", needs=_ORGANIZING_COMMITTEE.needs)
def organizing_committee(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """The organizing committee of an event, named after the event found right before its word (北京冬奥会组委会,
    中国—东盟博览会组委会) or after the host place found and the event's abbreviation, a few characters no other
    mention holds (北京|冬奥|组委, 杭州|亚|组委, 德国|世界杯|组委会): an organisation. Read after the events; the
    word alone or after common words (今天组委会…, 大会组委会) names none, nor a place and a verb or preposition
    (杭州召开组委会全体会议, 中国向组委会提交申请: the place acts, the committee is unnamed)."""
    text = sent.text
    for m in _ORGANIZING_COMMITTEE.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found if f.type != "Event"):
            continue
        event = next((f for f in found if f.type == "Event" and f.end == m.start()), None)
        host = next((f for f in found if f.type == "Region" and not f.scope
                     and 0 < m.start() - f.end <= _COMMITTEE_EVENT_CHARS and _HAN_RUN.fullmatch(text, f.end, m.start())
                     and not any(map(words.is_function_word, words.cut(text[f.end:m.start()])))
                     and not any(o is not f and f.end <= o.start < m.start() for o in found)), None) if event is None else None
        named = event or host
        if named is not None:
            yield _mention(sent, "Organization", named.start, m.end(), _strip_quotes(text[named.start:m.end()]),
                           "org.organizing-committee.v1", subtype="Organization")


_PAIR_AFTER = P["region"]["pair_after"]
# …or the words of kind before their cooperation that relations read (中南|互利务实合作, 中法|战略合作, 中美|双边合作)
_PAIR_COOPERATION_KINDS = P["region"]["pair_cooperation_kinds"]
_PARTNERS = f"[{''.join(sorted(set(_COUNTRY_INITIALS) - set(P['region']['pair_not_partners'])))}]"
# China's character first (中法关系), or the partner's, as the partner's own words write it (德中关系, 巴中建交)
_PAIR = Guarded(rf"(?:{COUNTRY[0]}({_PARTNERS})|({_PARTNERS}){COUNTRY[0]})"
                rf"(?={_alt(_PAIR_AFTER)}|(?:{_alt(_PAIR_COOPERATION_KINDS)})+(?:{_alt(P['region']['pair_cooperation_words'])}))",
                needs=_PAIR_AFTER + _PAIR_COOPERATION_KINDS)


COUNTRY_PAIR = "region.pair.v1"  # relations read the pair's two mentions as two parties written together


def _listed_after_a_place(text: str, start: int) -> bool:
    """A partner-first pair's two characters stand after a list's joiner and a place's name (广元与巴中携手, 达州、巴中共同打造,
    汉中、巴中之间): a place listed with another of China's (巴中市), not two countries; not 巴经济发展与巴中合作,
    对匈牙利和匈中关系 (a country has no level), 吉中、塔中关系 (review rvle, session 31)."""
    joiner = start - 1
    return text[joiner:start] in LIST_JOINERS and any(e.type == "Region" and e.level for k in (2, 3, 4) if joiner - k >= 0
                                                    for e in LEX.entries.get(text[joiner - k:joiner], ()))


@recogniser(COUNTRY_PAIR, needs=_PAIR.needs)
def country_pair(sent: Sentence, found: list[Mention], settings: Settings) -> Iterator[Mention]:
    """A pair of countries by their first characters, China's first (中法作为…, 中俄双方, 中巴两国) or the
    partner's, as its leaders' words are reported (德中关系, 巴中建交, 马中友谊): 中 is 中国, the partner's
    character the country the article names that opens with it, as its X方 is (resolution fills it in, or drops
    the name). The pair opens a word of its own (not 其中|美国). Read after every other recogniser: a name the pair
    opens (中阿合作论坛, 中俄投资合作委员会) is its own."""
    text = sent.text
    for m in _PAIR.finditer(text):
        if m.start() not in words.cuts_around(text, m.start(), m.end()) \
                or any(o.start < m.end() and m.start() < o.end for o in found):
            continue
        p = 1 if m.group(1) else 2  # the partner's character: after 中, or before it
        if p == 2 and _listed_after_a_place(text, m.start()):
            continue  # 广元与巴中携手, 达州、巴中共同: the city 巴中 listed with another place, no pair
        yield from pair_mentions(sent, m.start(p), m.start() if p == 1 else m.end(p))


def pair_mentions(sent: Sentence, partner: int, china: int) -> list[Mention]:
    """The two mentions of a pair written by the countries' first characters: 中国, and the partner's side
    (巴方), which resolution fills with the country the article names that opens with the character."""
    pair = (_mention(sent, "Region", china, china + 1, COUNTRY, COUNTRY_PAIR, subtype="Country"),
            _mention(sent, "Region", partner, partner + 1, "{}", COUNTRY_PAIR, subtype="Country", scope=sent.text[partner] + "方"))
    return sorted(pair, key=lambda x: x.start)


# A place's short form written as a pair with the partner's character first (巴中: 巴中市 in 四川, or 巴西 or
# 巴基斯坦 and 中国 as the partner's leaders put it: 巴中是全面战略伙伴, 巴中命运共同体)
PARTNER_FIRST_PAIR = re.compile(rf"{_PARTNERS}{COUNTRY[0]}")


# -- running them ------------------------------------------------------------

def recognise(sent: Sentence, settings: Settings = DEFAULT) -> list[Mention]:
    """All mentions in a sentence: every recogniser's, nested ones kept
    (网络通信子集团党委 holds 网络通信子集团), exact duplicates dropped."""
    found: list[Mention] = []
    for fn in RECOGNISERS.for_text(sent.text):
        found += list(fn(sent, found, settings))  # listed in full first: a recogniser reads only what came before it
    if not found:
        return found  # about two sentences in five name nothing: no duplicates or overlaps to drop
    return drop_country_in_outlet_names(drop_places_in_person_names(
        drop_inner_suffixes(drop_names_opened_by_a_bracket(sent.text, drop_embedded_sectors(sent.text, _dedupe(found))))))


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    best: dict[tuple[int, int], Mention] = {}
    for m in mentions:
        if not m.name.replace("{}", "") and not m.scope:
            continue
        key = (m.start, -m.end)  # a span, as it sorts: by start, the longer first
        # A later, more specific recogniser wins over the gazetteer for one span.
        best[key] = m if key not in best or best[key].source == GAZETTEER and m.type != "Region" else best[key]
    return [best[key] for key in sorted(best)]


def drop_inner_suffixes(mentions: list[Mention]) -> list[Mention]:
    """Drop a mention that ends a longer one of the same type (发改委 in
    市发改委, 网信办 in 市委网信办): it names a different body. A mention that
    starts a longer one (网络通信子集团 in 网络通信子集团党委) is its parent
    and stays."""
    if len(mentions) < 2:
        return mentions  # most sentences: no two to compare
    first_start: dict[tuple[str, int], int] = {}
    for o in mentions:
        key = (o.type, o.end)
        first_start[key] = min(first_start.get(key, o.start), o.start)
    return [m for m in mentions if first_start[(m.type, m.end)] >= m.start]


def outermost(mentions: list[Mention]) -> list[Mention]:
    """Mentions not inside a longer one: what relation extractors read."""
    if len(mentions) < 2:
        return list(mentions)  # none or one (two sentences in five name nothing): nothing to sort, none inside another
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out
