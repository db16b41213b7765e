"""Stage 6: resolution.

Within a document (``resolve_document``): short local forms get the
document's context (市工信局 in a speech about 安康 is 安康市工业和信息化局;
我市 is 安康市; 部党组 in a ministry's report is that ministry's party group),
a policy's short name (《导则》, “行动计划”) points at its full title, and a
name found once (a person, a policy) is found again wherever it recurs.

Across the corpus (``entity_of``, which the assembly runs for each entity):
an entity's mentions in every document give it one canonical name, its
aliases, and one deterministic IRI, so that graphs built apart merge by
union.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import accumulate
from operator import itemgetter, ne
from typing import Callable, Collection, Iterable, Optional, Sequence

from kg.doc.iri import entity_iri
from kg.extraction.clean import DOC_NUMBER
from kg.extraction.entities import (ABBREVIATION_SEAT, CJK, COMMUNITY_RULE, COMMUNITY_WORDS, CONTEXT_BODY_WORDS, COUNTRY_PAIR, COUNTY_WORDS, EXECUTIVE_COMPANY, EXTENT_WORDS, FINANCED, FOREIGN_AGENCY, FOREIGN_MINISTRY, GAZETTEER, HEADED_DEPARTMENT, LISTED_COMPANY, NEWS_SOURCE, OPENING_BRACKETS, QUOTED_AGREEMENT, ORDINAL_DIGITS, ORDINAL_EDITION,
                                   HAN_CHAR, HAN_OR_LATIN, LIST_JOINERS, PARTNER_FIRST_PAIR, PROPER_TAGS, SHOW_SHORT_NAME, STOCK_CODE, TOWNSHIP, by_numbering,
                                   pair_mentions, yearly_kind)
from kg.lang import words
from kg.lang.lexicon import BARE_LEGAL_FORMS, MUNICIPALITIES, REGISTERED_FORMS, Entry, load
from kg.doc.model import Document, Mention, Sentence, evolve
from kg.doc.settings import DEFAULT, Settings
from kg.lang.registry import alternation as _alt, holds_one

LEX = load()


@dataclass
class DocContext:
    """What a document is about: its city, province and bodies,
    per article (a page holds several) with the document's as fallback."""
    year: int | None
    month: int | None = None  # the month it was published, where its date gives one (kg.extraction.measures reads it)
    scopes: dict[tuple[int, str], str] = field(default_factory=dict)  # (article, kind) -> name
    doc_scopes: dict[str, str] = field(default_factory=dict)

    home_regions: dict[int, str] = field(default_factory=dict)
    # the city or county a province's story visits, which would be its home but for the province it names
    # many times as often (_province_outnumbering): a report is set there if its opening names that place
    visited: dict[int, str] = field(default_factory=dict)
    authors: dict[int, Mention] = field(default_factory=dict)  # the body an article speaks for

    def scope(self, kind: str, article: int) -> str | None:
        return self.scopes.get((article, kind)) or self.doc_scopes.get(kind)


    def home(self, article: int) -> str | None:
        """The region an article is about: named there at least twice."""
        return self.home_regions.get(article)

    national: set[int] = field(default_factory=set)  # articles that are national news (kg.extraction.measures reads it)
    provincial: set[int] = field(default_factory=set)  # articles that speak of 我省/全市 (a place's own story, its home named or not)
    signers: dict[int, Mention] = field(default_factory=dict)  # the body that signs an article: its own report
    settings: Settings = DEFAULT  # the thresholds the extraction was given


@functools.lru_cache(maxsize=1 << 12)  # a document names its regions again and again
def _region_level(name: str) -> str:
    r = LEX.region(name)
    if r is None:
        return ""
    if r.level == "province" and name in MUNICIPALITIES:
        return "city"
    return {"province": "province", "prefecture": "city", "county": "county"}[r.level]


_PREFECTURE_SCOPES = ("州", "盟")  # the level words of an autonomous prefecture and a league


# A general office (国务院办公厅, 省政府办公厅) is headed by a 主任, no 厅长, and is cited as a document's issuer
# far more than it writes of itself: a text's 厅长, 厅党组 are of the department it is about, not of the office.
_GENERAL_OFFICE = "办公厅"
_BUREAU_SCOPES = ("局", "厅")  # a bureau's, a department's: named twice or by its bare party group (局党组)


def context_of(doc: Document, sentences: list[Sentence], mentions: list[list[Mention]],
               settings: Settings = DEFAULT) -> DocContext:
    year = int(doc.published[:4]) if doc.published else None
    month = int(doc.published[5:7]) if doc.published and doc.published[5:7].isdigit() else None
    ctx = DocContext(year=year, month=month, settings=settings)
    per_article: defaultdict[int, defaultdict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    whole: defaultdict[str, Counter] = defaultdict(Counter)
    sides: set[str] = set()  # 巴方: the country of the article that names it, never another item's
    nationwide: Counter = Counter()  # per article, how often it speaks of 我国/全国/国内
    localwide: Counter = Counter()  # … and of 我市/全省
    addresses: defaultdict[int, Counter] = defaultdict(Counter)  # a city named as its county's address (宁波市鄞州区)
    counties_named: defaultdict[int, Counter] = defaultdict(Counter)  # a county by its full name (鄞州区, not 三峡 in 三峡集团)
    spoken: defaultdict[int, Counter] = defaultdict(Counter)  # per article, its scope words by level (全省: 省)
    lent: defaultdict[int, Counter] = defaultdict(Counter)  # per article, what a province's count owes to its cities' names
    own_party: defaultdict[int, set] = defaultdict(set)  # per article, the body words of its bare party groups (局党组: 局)
    in_outlets: defaultdict[int, set] = defaultdict(set)  # per article, places named in its outlets' names (兰州日报讯)
    outside: defaultdict[int, set] = defaultdict(set)  # … and those it names elsewhere
    title_weight = settings.thresholds.title_scope_weight  # the title says what the document is about
    groups: defaultdict[int, Counter] = defaultdict(Counter)  # per article, how often it names a side's group (阿拉伯国家: 阿方)
    for sent, ms in zip(sentences, mentions):
        nationwide[sent.article] += _nationwide_words(sent.text)
        for side, names in _SIDE_GROUPS.items():
            groups[sent.article][side] += sum(map(sent.text.count, names)) * (title_weight if sent.index == 0 and sent.heading else 1)
        if sent.heading:  # a line that may be a byline or a signature
            orgs = [m for m in ms if m.type == "Organization" and not m.scope]
            if len(orgs) == 1 and orgs[0].surface == sent.text:
                ctx.authors.setdefault(sent.article, orgs[0])  # a byline: 海南省工业和信息化厅
            signer = signer_of(sent, orgs)
            if signer is not None:
                ctx.signers[sent.article] = signer
        for m in ms:
            if m.source == ABBREVIATION_SEAT:
                continue  # 在京举行: where an act takes place, not what the text is about (nor its figures' owner)
            if m.scope:
                # 全省唯一一家…, 全市第一: a place ranked within its province or city is compared with it, as with
                # 全国唯一 (_NATIONWIDE); the text is not the province's for it
                spoken[sent.article][m.scope] += m.type == "Region" and not _RANKED_AFTER.match(sent.text, m.end)
                localwide[sent.article] += m.type == "Region" and m.scope in _REGION_SCOPES  # 我市, 全省; not 法方
                if m.type == "Organization" and m.scope in _BUREAU_SCOPES:
                    own_party[sent.article].add(m.scope)  # 局党组: the text speaks as its bureau
                continue
            if m.type == "Region" and _LISTING_VENUE_AFTER.match(sent.text, m.end) \
                    and not any(o.type == "Organization" and o.start <= m.start and m.end < o.end for o in ms):
                continue  # 香港财务报告准则, 香港联合交易所: what a company reports by or where it lists, not where the text is
                # set (an exchange found as a body keeps its place, its locatedIn read off the name)
            if m.type == "Region":
                (in_outlets if _in_outlet_name(m, ms) else outside)[sent.article].add(m.name)
            kinds = []
            if m.subtype == "Country":
                side = m.name[0] + "方"  # 巴方 in an article that names 巴西
                kinds.append((side, m.name))
                sides.add(side)
            if m.type == "Region":
                level = _region_level(m.name)
                if level == "city":
                    kinds.append("市")
                    if _names_county_address(m, ms):
                        addresses[sent.article][m.name] += title_weight if sent.index == 0 and sent.heading else 1
                    if m.name.endswith(_PREFECTURE_SCOPES):  # 延边朝鲜族自治州: its 州工信局, 州委 are its own
                        kinds.append(m.name[-1])
                    parent = LEX.region(m.name).parent
                    if parent:  # a municipality (北京市) is its own province, but never 全省: it says 全市
                        kinds.append(("省", parent))
                elif level == "province":
                    kinds.append("省")
                elif level == "county":
                    kinds.append("区")
                    if m.name.endswith("县"):  # a county (惠民县): its 县委, 县政府 are its own, as a district's 区委 are
                        kinds.append("县")
                    if m.surface == m.name:
                        counties_named[sent.article][m.name] += 1
                    if m.name.endswith("市"):  # a county-level city (溧阳市): its 市工信局, 全市 are its own
                        kinds.append("市")
                        kinds.extend(("省", province) for province in LEX.region_chain(m.name)[2:3])
            elif m.type == "Organization":
                if m.subtype == "GovernmentBody" and m.name.endswith(CONTEXT_BODY_WORDS) and not m.name.endswith(_GENERAL_OFFICE):
                    kinds.append(m.name[-1])  # the ministry, bureau or department whose 部党组, 局党组, 厅党组 it is
                if m.subtype == "Enterprise" and "集团" in m.name and "子集团" not in m.name:
                    kinds.append("集团")
                if m.subtype == "Enterprise":
                    kinds.append("公司")
            for kind in kinds:
                kind, name = kind if isinstance(kind, tuple) else (kind, m.name)
                weight = (1 if name == m.name else 0.5) * (title_weight if sent.index == 0 and sent.heading else 1)
                per_article[sent.article][kind][name] += weight
                lent[sent.article][name] += weight if name != m.name else 0
                whole[kind][name] += weight

    def value(kind: str, counts: Counter) -> str:
        # A body is named as the text names it (中国电科, not the lexicon's
        # 中国电子科技集团有限公司); a region by its full name.
        # A prefecture as the text writes it with its level word (州工信局 in a
        # 延边州 story: 延边州工业和信息化局, as 延边州自然资源局 is named as written).
        top = _top(counts)
        if kind not in ("部", "集团") + _PREFECTURE_SCOPES:
            return top
        forms = Counter(m.surface for ms in mentions for m in ms if m.name == top and not m.scope
                        and (kind not in _PREFECTURE_SCOPES or m.surface.endswith(kind)))
        return _top(forms) if forms else top

    def clear(kind: str, counts: Counter, parties: set) -> bool:
        # 公司 is the company a report is about: one it names more than once; so a bureau or department (a
        # title naming it counts twice), unless the text speaks of its 局党组, 厅党组: one cited once (传达了国家能源局
        # 通知 in a 供电公司's news, 落实市通信管理局要求 in a 中国电信…分局's) is no text's own, nor its 局长 the body's
        return kind != "公司" and kind not in _BUREAU_SCOPES or counts[_top(counts)] >= 2 or kind in parties

    for article, kinds in per_article.items():
        for kind, counts in kinds.items():
            if clear(kind, counts, own_party[article]) and groups[article][kind] <= counts[_top(counts)]:
                ctx.scopes[(article, kind)] = value(kind, counts)
    parties = set().union(*own_party.values())
    ctx.doc_scopes = {kind: value(kind, counts) for kind, counts in whole.items() if clear(kind, counts, parties) and kind not in sides}
    for article, kinds in per_article.items():
        kinds = _without_outlets_places(kinds, in_outlets[article] - outside[article])
        county = _county_home(kinds, addresses[article], localwide[article], counties_named[article])
        home = county if county is not None else _city_or_province_home(kinds, lent[article], spoken[article])
        if home is None:
            continue
        ctx.home_regions[article] = home
        province = _province_outnumbering(kinds, lent[article], settings.thresholds.province_outnumbers)
        if province is not None and province != home and province in LEX.region_chain(home):
            ctx.home_regions[article], ctx.visited[article] = province, home
    ctx.provincial = {article for article, n in localwide.items() if n}
    for article, n in nationwide.items():
        kinds, home = per_article.get(article, {}), ctx.home_regions.get(article)
        local = max((kinds[k][home] for k in ("市", "省", "区") if k in kinds), default=0) if home else 0
        if n >= ctx.settings.thresholds.national_min and n >= max(local, localwide[article]):
            ctx.national.add(article)
    return ctx


# Words by which an article speaks of the whole country (annotation.md: 我国,
# 全国, 国内 in national news are 中国); 全国人大 and the like are bodies. A place
# ranked or compared with the country (排全国第12位, 居全国前列, 超过全国平均水平,
# 高于全国, 全国首个, 全国唯一的…, 具有全国影响力) and 国内外, 国内国际 (双循环, 两个市场: at
# home and abroad) speak of another place.
# Each word opens with its first character, the checks on what stands before
# it come after that character: a pattern that opens with a literal lets re
# skip ahead to the next candidate instead of trying every position.
_COMPARED_BY = "居排超过高低于比占"  # 居全国…, 排全市…, 高于全国: the characters before a whole something is compared with
_RANKED_IN = "第|前列|平均|领先|首|最|唯一"  # 全国第一, 全市前列, 全国首个: a rank or a mean within the whole
_NATIONWIDE = re.compile("(?:" + "|".join(f"{word[0]}(?<![{_COMPARED_BY}].)(?<!国(?=内外|内国际)){word[1:]}"
                                          for word in LEX.patterns["measure"]["national_scope"]) + ")"
                         f"(?!人大|政协|人民代表|委员会|总工会|妇联|{_RANKED_IN}|影响)")
_RANKED_AFTER = re.compile(f"{_RANKED_IN}|影响")  # 全省唯一…: a place ranked within the whole, no text speaking for it
# A side whose character also names a group of countries (阿方: the Arab states), by the group's names: an article
# that names the group more often than the country is the group's, and its side no country's
_SIDE_GROUPS = LEX.patterns["region"]["side_groups"]
# a place opening the name of an exchange or a reporting standard (香港联合交易所, 香港财务报告准则)
_LISTING_VENUE_AFTER = re.compile(_alt(LEX.patterns["region"]["listing_venue_heads"]))


def _in_outlet_name(m: Mention, ms: Sequence[Mention]) -> bool:
    """A place inside a news outlet's name (兰州 in 兰州日报讯, 兰州日报社全媒体记者): where the paper is, not the
    story (a 甘肃 province report filed by 兰州日报)."""
    return any(o.type == "Organization" and o.subtype == "Media" and o.start <= m.start and m.end <= o.end
               and o.end - o.start > m.end - m.start for o in ms)


def _without_outlets_places(kinds: dict[str, Counter], dropped: set) -> dict[str, Counter]:
    """An article's places by kind less those it names only inside outlets' names (``dropped``; session 31): an outlet's own
    place is no evidence of where its story is set (兰州日报讯 …全省签约招商引资项目3989个: 甘肃's report, no 兰州 home);
    one the article names again elsewhere keeps every count (宁波日报讯 …宁波…: 宁波's story). What the place lends its
    province stays: the scope words (全省) are still the paper's province's."""
    if not dropped:
        return kinds
    return {kind: Counter({name: n for name, n in counts.items() if name not in dropped}) for kind, counts in kinds.items()}


def _names_county_address(m: Mention, ms: Sequence[Mention]) -> bool:
    """A city named only as the address of one of its counties: right before
    it (宁波市鄞州区) or inside its name (长沙 in 长沙县)."""
    return any(c is not m and c.type == "Region" and not c.scope and _region_level(c.name) == "county"
               and (c.start == m.end or c.start <= m.start and m.end <= c.end and c.end - c.start > m.end - m.start)
               for c in ms)


def _city_or_province_home(kinds: dict[str, Counter], lent: Counter, spoken: Counter) -> str | None:
    """The city or province an article is about: named at least twice, the
    city first; the province in a province's text (全省…, 我省…, more than 全市)
    that names the province as often as any city in it, not a city it names
    twice in passing (长沙四小时航空经济圈 in 湖南's work report); the province
    by its own name, not by the half its cities lend it (安徽潜山…潜山…潜山市: 潜山's text)."""
    top = {kind: max(n - lent[name] for name, n in kinds[kind].items()) for kind in ("省", "市") if kinds.get(kind)}
    provincial = spoken["省"] > spoken["市"] and top.get("省", 0) >= top.get("市", 0)
    for kind in ("省", "市") if provincial else ("市", "省"):
        counts = kinds.get(kind)
        if counts and counts[_top(counts)] >= 2:
            return _top(counts)
    return None


def _province_outnumbering(kinds: dict[str, Counter], lent: Counter, ratio: float) -> str | None:
    """The province an article names most, where it names it by its own name
    ``ratio`` times as often as any of its cities or counties (广东 13 times,
    深圳 twice; 浙江 19 times, 杭州 three): a province's story that visits a
    place in passing, whose sentences that name no one give the province's
    figures, not that place's. A city's story that writes its province before
    it (江西赣州…赣州) lends the province no more than it names the city; a
    round-up whose places lie in other provinces has none."""
    provinces = kinds.get("省")
    if not provinces:
        return None
    province = _top(provinces)
    own = provinces[province] - lent[province]
    places = [n for kind in ("市", "区") for name, n in kinds.get(kind, Counter()).items()
              if name != province and province in LEX.region_chain(name)]
    return province if places and own >= ratio * max(places) else None


def _county_home(kinds: dict[str, Counter], addressed: Counter, city_words: float, named: Counter) -> str | None:
    """The county or district an article is about, as a county's own work
    report is (在宁波市鄞州区第十八届人民代表大会…上, 区长 …): the county it names
    by its full name at least twice (``named``; not 三峡 in 三峡集团), more often
    than any city it names other than as the county's address and than it
    says 我市/全市 (a city's speech that names one of its districts twice
    stays the city's)."""
    counties = kinds.get("区")
    if not counties:
        return None
    county = _top(counties)
    own = counties[county]
    cities = kinds.get("市", Counter())
    if named[county] < 2 or city_words >= own:
        return None
    if any(counts - addressed[name] >= own for name, counts in cities.items() if name != county):
        return None
    return county


# Words by which a county's article speaks of its city as a whole (确保全市5G网络发展水平走在全国前列), not
# of a place ranked, compared or given to it (居全市第一, 占全市比重, 在全市推广, 全市首个, 为全市…作出贡献);
# and of itself (全区, 我县).
_CITYWIDE = re.compile(f"(?<![{_COMPARED_BY}在列为])(?:全市|我市)(?!{_RANKED_IN})")
_COUNTYWIDE = re.compile("[全我本][区县]")


def city_quoted(ctx: DocContext, article: int, text: str, county_named: bool) -> str | None:
    """The city whose figures a county's article passes on in a paragraph
    (``text``): where the article's home is a county (not a county-level city,
    whose 全市 is its own), and the paragraph speaks of the city as a whole
    (全市) and of the county neither as itself (全区, 我县) nor by its name
    (``county_named``) other than as a part (其中黄陂区1170个): a city's plan
    quoted (武汉市人民政府印发《…实施方案》…建设宏基站3000个和微基站不少于
    27000个(其中黄陂区1170个微基站)…2020年建成覆盖全市的5G网络)."""
    home = ctx.home(article)
    region = LEX.region(home) if home else None
    if region is None or region.level != "county" or home.endswith("市") or not region.parent \
            or county_named or _COUNTYWIDE.search(text) or not _CITYWIDE.search(text):
        return None
    return region.parent


def _nationwide_words(text: str) -> int:
    return len(_NATIONWIDE.findall(text)) if ("国" in text) else 0


def signer_of(sent: Sentence, orgs: Sequence[Mention]) -> Mention | None:
    """A line that is a body's name alone, the party's 中共 before it
    (中共工业和信息化部党组 under a report, 海南省工业和信息化厅 under a title):
    the body signs the article."""
    if not sent.heading:
        return None
    name = sent.text.strip()
    name = name[2:] if name.startswith("中共") else name
    return next((m for m in orgs if m.surface == name), None)


def _top(counts: dict[str, float]) -> str:
    return max(sorted(counts), key=lambda k: counts[k])


_REGION_SCOPES = ("市", "省") + _PREFECTURE_SCOPES  # scope words that name a region (集团, 部 name a body)


def _province_of(name: str) -> str | None:
    return next((r for r in LEX.region_chain(name)[-1:] if _region_level(r) == "province"), None)


def _city_of(name: str) -> str | None:
    return next((r for r in LEX.region_chain(name) if _region_level(r) == "city" or r.endswith("市")), None)


# The region a scope word names in terms of a place the text names: 全省 the place's province
# (never a municipality, which says 全市), 全市 the city it is or is in (昆山, 宁波北仑).
_SCOPE_OWNERS = {"省": _province_of, "市": _city_of}


_VISITED = re.compile(f"(?:{'|'.join(LEX.patterns['region']['visit_verbs'])})$")


def _visited(text: str, x: Mention, regions: list[Mention]) -> bool:
    """The region is where a verb of going goes, itself or as the last of a run of
    regions right after it (赴广东省深圳市学习考察)."""
    start = x.start
    for y in reversed(regions):
        if y.end == start:
            start = y.start
    return _VISITED.search(text, 0, start) is not None


def _places_named(sentences: list[Sentence], mentions: list[list[Mention]], present: set[str], anchored: set[str],
                  common: int, very_common: int) -> list[list[tuple[int, dict[str, str | None]]]]:
    """Each sentence's regions that may own a 全省/全市 after them (not one visited: 赴广东省深圳市,
    nor a district the document does not place, which is no district: 县城以上城区全覆盖 names
    no 阳泉's 城区), in order: where each ends, and the province and the city it is or is in,
    by scope word."""
    places = []
    for sent, ms in zip(sentences, mentions):
        regions = [x for x in ms if x.type == "Region" and not x.scope and _county_in_context(x, present, anchored, common, very_common)]
        places.append([(x.end, {scope: owner(x.name) for scope, owner in _SCOPE_OWNERS.items()}) for x in regions
                       if (x.name in x.surface or _region_level(x.name) != "county" or x.name.endswith("市"))  # not 郝|卫东 (卫东区)
                       and not _visited(sent.text, x, regions)])
    return places


def _region_named_before(sentences: list[Sentence], places: list[list[tuple[int, dict[str, str | None]]]], k: int,
                         m: Mention) -> str | None:
    """The province or city the text names last before 全省/全市 in its paragraph or the
    heading just above it, itself or by a place in it (在湖南，…全省2.4万余名…; 浙江举行
    全省民兵大比武活动; 在浙江宁波，全市…): whose 全省/全市 it is, in a round-up's item as in
    an article about one place; ``places`` are each sentence's (_places_named)."""
    here = sentences[k]
    for j in range(k, -1, -1):
        there = sentences[j]
        if there.article != here.article or there.paragraph != here.paragraph and not there.heading:
            return None
        named = [owners[m.scope] for end, owners in places[j] if (j < k or end <= m.start) and owners[m.scope]]
        if named:
            return named[-1]
        if there.paragraph != here.paragraph:
            return None  # the heading above the paragraph: another item's above it
    return None


def _region_named(written: str) -> str:
    """The region a scope's value names: 延边州, a prefecture as the text
    writes it, is 延边朝鲜族自治州."""
    return next((e.name for e in LEX.entries.get(written, ()) if e.type == "Region"), written)


def _fill(m: Mention, ctx: DocContext, article: int, value: str | None = None) -> Mention | None:
    """The mention with its scope word's place or body filled in: ``value`` where the
    text says which, else the one its article or document is about."""
    if not m.scope:
        return m
    if m.type == "Region" and m.scope in COUNTY_WORDS and not value:
        # 我区/我县 is the county or district the article is about (its home: 君山区与联通签约…我区与…签订), not one
        # it names in passing (天津经开区's 我区 beside 滨海新区副区长X); in an autonomous region's news 我区 is the
        # region, but in a district's of the region (南宁市青秀区, 乌鲁木齐市沙依巴克区) still the district
        home = ctx.home(article) or ""
        autonomous = ctx.scope("省", article) or ""
        value = home if _region_level(home) == "county" and home.endswith(m.scope) \
            else autonomous if m.scope == "区" and autonomous.endswith("自治区") else None
        if value is None:
            return None
    value = value or ctx.scope(m.scope, article)
    if value is None:  # no city, province or body in the document to say which
        return None
    if m.scope in ("集团", "公司") and m.name == "{}":
        return evolve(m, name=value, scope="", parent="")
    name = m.name.replace("{}", value)
    name = name.replace("中共中共", "中共")
    if m.parent:
        parent = m.parent.replace("{}", value)
    else:  # 市政府 in a 鄂州 story is 鄂州市人民政府, located in 鄂州市 as if the name were written out
        parent = _region_named(value) if m.scope in _REGION_SCOPES and m.type == "Organization" else ""
    return evolve(m, name=name, scope="", parent=parent if parent != name else "")


_DEPARTMENTS_BODIES = tuple(LEX.patterns["organization"]["departments_bodies"])


def _other_central_bodies(sentences: list[Sentence], mentions: list[list[Mention]], ctx: DocContext) -> set[int]:
    """The articles that name a central body with departments (司) other than
    the ministry their 部 is (海关总署, 国家发展改革委 in a 工信部 text): a
    department named by itself there may be either's."""
    out = set()
    for sent, ms in zip(sentences, mentions):
        bodies = [m.name for m in ms if m.source == GAZETTEER and m.subtype == "GovernmentBody" and not m.parent
                  and not m.scope and m.name.endswith(_DEPARTMENTS_BODIES)]
        if not bodies or sent.article in out:
            continue  # most sentences name no such body: the ministry's own names are looked up only where one does
        ministry = ctx.scope("部", sent.article)
        own = {e.name for e in LEX.entries.get(ministry or "", ()) if e.type == "Organization"} | {ministry}
        if any(name not in own for name in bodies):
            out.add(sent.article)
    return out


def _present_ancestor(name: str, present: set[str]) -> str:
    """The nearest containing division the document names, if any."""
    return next((a for a in LEX.region_chain(name)[1:] if a in present), "")


_ONE_CHARACTER_DISTRICT = re.compile(".区")


def _county_of_mention(m: Mention) -> str:
    """The division a mention names or a body's mention is of."""
    return m.name if m.type == "Region" else m.parent if m.type == "Organization" else ""


def _written_out(m: Mention, written_out: set[str], scoped: bool) -> bool:
    """The county a mention names or a body's mention is of is one the text writes out in full: a scope
    word's (市委, 全市) or a short form's (昆山), but for a short form not a district of one character
    and 区 (城区, 矿区), which the text writes out wherever it uses the word."""
    county = _county_of_mention(m)
    return county in written_out and (scoped or _ONE_CHARACTER_DISTRICT.fullmatch(county) is None)


def _county_in_context(m: Mention, present: set[str], anchored: set[str], common: int, very_common: int) -> bool:
    """A county named by its short form (汉滨, 西青) is kept only where the
    document also names its city or province: 新建 alone is a verb. So is a
    body named after one (新建|铁塔 in 我国新建铁塔共享率: no branch of 中国铁塔
    in 新建区), and a district named by one character and 区 (城区, 郊区, 矿区,
    西区: a town's districts, suburbs or mines anywhere; not 和县, 雄县),
    which only its own city, not its province, places. A district or county
    whose short form is a common word (jieba counts it `common` times or more:
    中原, 江南, 天山, 古城, 太湖, 凤凰, 新建) is most often the plain, region,
    mountains, old town or lake it is named after, or the word (中原大地,
    江南、华南等地, 天山深处, 丽江古城, 环太湖, 凤凰涅槃, 新建线路): kept where
    its city is named, or where the text writes the short form right after its
    province or city (`anchored`: 江西兴国, 广东顺德); not a county-level city
    (井冈山, 敦煌, 江阴: the city is what the news mean by its name). Where the
    word is very common (`very_common`: 中原, 古城, 江南, 江汉, 新建), only the
    anchor keeps it: 谱写新时代中原更加出彩的绚丽篇章 and 中原科技城 in a 郑州 story,
    丽江大研古城, 江南、华南 in a forecast name no district (延庆, 浦东, 松江 are rarer)."""
    county = _county_of_mention(m)
    one_character = _ONE_CHARACTER_DISTRICT.fullmatch(county) is not None
    if not county or county in m.surface and not one_character:
        return True
    r = LEX.region(county)
    if r is None or r.level != "county":
        return True
    above = LEX.region_chain(county)[1:]
    if one_character:  # 太原城区, 山西…矿区生态环境: any city's; only its own city names it
        return above[0] in present
    if _named_by_a_word(m, common):
        return county in anchored or above[0] in present and words.frequency(m.surface) < very_common
    if _ends_its_province(m.surface, above[-1]):
        return above[0] in present or county in anchored  # 大美龙江 in a 黑龙江 story: the province's own short name
    return bool(set(above) & present)


def _ends_its_province(surface: str, province: str) -> bool:
    """A county's short form that ends its own province's short name (龙江 of 黑龙江; 龙江县 is in 黑龙江省): in a text
    naming the province it is the province, as its media call it (广袤的龙江大地, 大美龙江), not the county."""
    r = LEX.region(province)
    return r is not None and r.short != surface and r.short.endswith(surface)


_WORD_NAMED_KINDS = ("区", "县")  # the kinds whose short forms may be words (中原区, 太湖县); not 市


def _named_by_a_word(m: Mention, common: int) -> bool:
    """A district's or county's mention by a short form that is a common word (中原, 太湖: _county_in_context)."""
    return m.type == "Region" and m.name.endswith(_WORD_NAMED_KINDS) and m.name not in m.surface \
        and words.frequency(m.surface) >= common


def _anchored_counties(sentences: list[Sentence], mentions: list[list[Mention]]) -> set[str]:
    """The counties a document names by a short form written right after their province or city
    (江西|兴国, 广东|顺德, 浙江|平湖): the place, though the word may be another thing elsewhere; and
    those listed after one of them or after a county or city written in full, in its province (湖北长阳、
    秭归等四县区; 福建古田、德化等地; 甘肃省将新增环县、秦安、华亭3个县: the province is written once,
    before the list, or not next to it)."""
    anchored: set[str] = set()
    for sent, ms in zip(sentences, mentions):
        for a, b in zip(ms, ms[1:]):
            if a.type != "Region" or b.type != "Region":
                continue
            chain, before = LEX.region_chain(b.name), LEX.region_chain(a.name)
            if a.end == b.start and a.name in chain[1:] \
                    or (a.name in anchored or a.name in a.surface and len(before) > 1) \
                    and sent.text[a.end:b.start] in LIST_JOINERS and len(chain) > 1 and before[-1] == chain[-1]:
                anchored.add(b.name)
    return anchored


_SETTING_WORD = "在"  # 在张家港，…: the place a clause or report is set in
_SETTING_ENDS = ("，", ",")
_SEAS = frozenset(LEX.patterns["region"]["sea_names"])  # 在东海，渔船陆续返港: the sea, as likely as 东海县


def _county_as_setting(text: str, m: Mention, common: int) -> bool:
    """A county's short form between 在 and a comma sets the scene (在张家港，连接钱凯港的航线…; 在安吉，一片叶子…):
    the place, though the document names no city or province above it; not a district of one character and 区
    (在城区，: any town's), not a sea's name (在东海，), nor a common word's (在太湖，, 在江南，: the lake, the
    region, as likely: _named_by_a_word), and 在 the preposition, a word of its own (not 实在|太湖，, 现在|…: the
    word's last character)."""
    return m.type == "Region" and m.start > 0 and text[m.start - 1] == _SETTING_WORD and text.startswith(_SETTING_ENDS, m.end) \
        and _ONE_CHARACTER_DISTRICT.fullmatch(m.name) is None and m.surface not in _SEAS and not _named_by_a_word(m, common) \
        and m.start - 1 in words.cuts_around(text, m.start - 1, m.end)


# The bracket after a title that gives its short name, the document's number perhaps before it, in it
# (（工信部联通信〔2023〕260号，以下简称《通知》）) or in a bracket of its own (（豫政〔2023〕6号）（以下简称…）)
_SHORT_NAME = re.compile(rf"[（(](?:{DOC_NUMBER.pattern}(?:[，,]\s*|[)）][（(]))?以下简称为?[“《\"]?([^”》\")）]{{2,20}})[”》\"]?[)）]")
_GROUP_NAME = re.compile(r"[（(]以下(?:统|合)称[“\"]?([^”\")）]{2,10})[”\"]?[)）]")
_SHORT_NAME_WORD = "以下"  # in every match of both: the sentences without it are not searched
_JOINER = re.compile(r"[的和与及、]")  # a tail of a title that starts here is no name of its own
# 行动计划提出…: a title's last words, its kind before its head
_TITLE_KINDS = ("行动", "实施", "工作", "三年行动")
_TITLE_HEADS = ("协议", "方案", "意见", "规划", "导则", "通知", "计划", "要点", "办法")
_BARE_HEAD = re.compile(rf"^(?:本报讯\s*)?((?:{'|'.join(_TITLE_KINDS)})?({'|'.join(_TITLE_HEADS)}))(?=约定|提出|指出|明确|要求|强调|规定)")
_POLICY_HEAD = re.compile(r"(协议|方案|计划|规划|意见|通知|导则|要点|办法|条例|规定|清单|台账|目录|纲要|报告)(?:[（(][^()（）]*[)）])?$")  # …计划(2023—2025年)
# A title that is nothing but a document's kind and head (《实施方案》, 《工作要点》, 《报告》, 《决定》): a
# short form, which stands for the title it cuts (_short_title); one that stands for none names no document
# (annotation.md: a Policy is a named document).
_GENERIC_TITLE = re.compile(rf"(?:{'|'.join(_TITLE_KINDS + ('指导', '研究'))})?(?:{'|'.join(LEX.patterns['policy']['heads'])})")


_SHORT_NAMED_TYPES = ("Policy", "Event", "Organization")  # what a bracket's 以下简称 may shorten
# A title's period in brackets at its end (…规划(2017-2020年), …行动计划（2023—2025年）, …报告(2020年)).
_TITLE_YEARS = re.compile(r"[（(]\d{4}(?:[—–\-－~至]+\d{4})?年?[)）]$")
_MIN_UNDATED_TITLE = 4  # …规划 and longer before the years: a name of its own


def _policy_aliases(sentences: list[Sentence], mentions: list[list[Mention]]) -> dict[str, str]:
    """Short names of the document's policies: 以下简称《导则》, and any tail of
    a title that ends in its head noun (战略合作协议 of …建设战略合作协议) and
    starts a word of it (not 州市数据中心产业发展规划 of 郑州市…: found again in
    现将郑州市…规划印发给你们, it would cut the place's name)."""
    aliases: dict[str, str] = {}
    titles = sorted({m.name for ms in mentions for m in ms if m.type == "Policy"})
    # a quoted name and its kind (签署建设“数字吉林”战略合作协议) that a longer title the text gives ends with
    # (《建设“数字吉林”战略合作协议》): that title's tail, not a document of its own
    quoted = {m.name for ms in mentions for m in ms if m.type == "Policy"} - \
        {m.name for ms in mentions for m in ms if m.type == "Policy" and m.source != QUOTED_AGREEMENT}
    for sent, ms in zip(sentences, mentions):
        if _SHORT_NAME_WORD not in sent.text:
            continue  # most sentences: a call to the pattern costs more than this test
        for m in _SHORT_NAME.finditer(sent.text):
            # The name the bracket follows: a policy's (…的通知》（以下简称《通知》）), not a meeting's or a
            # body's named after the policy (…的通知》…举办第三届…大赛（以下简称“大赛”）)
            before = max((p for p in ms if p.type in _SHORT_NAMED_TYPES and p.end <= m.start()),
                         key=lambda p: (p.end, p.end - p.start), default=None)
            if before is not None and before.type == "Policy":
                aliases[m.group(1)] = before.name
    tails: dict[str, set[str]] = {}
    for title in titles:
        if not _POLICY_HEAD.search(title):
            continue
        word_starts = set(accumulate(map(len, words.cut(title))))
        for i in range(1, len(title) - 3):
            tail = title[i:]
            if i not in word_starts:
                continue
            if _POLICY_HEAD.search(tail) and not _JOINER.match(tail):
                tails.setdefault(tail, set()).add(title)
    for tail, owners in tails.items():
        if len(owners) == 1 and (tail not in titles or tail in quoted) and len(tail) >= 4:
            aliases.setdefault(tail, next(iter(owners)))
    dated: dict[str, set[str]] = {}
    for title in titles:  # 《X规划》 and 《X规划(2017-2020年)》 in one document: one plan, named without its years
        m = _TITLE_YEARS.search(title)
        if m and m.start() >= _MIN_UNDATED_TITLE:
            dated.setdefault(title[:m.start()], set()).add(title)
    for stem, owners in dated.items():
        if len(owners) == 1 and stem in titles:  # not where two editions share the name
            aliases.setdefault(stem, next(iter(owners)))
    return aliases


_MIN_PLACED_REST = 2  # 科协 after 长沙: a body's word, not a letter of the place's name
_MIN_PLACED_NAME = 4  # 药品集团 and longer: a name of its own, not a kind (集团, 大学)
# (以下简称“万国数据”或“公司”): the first of the names given; the others are references (公司, 本行);
# 以下简称为“华中科大” says the same as 以下简称“华中科大”; the listing a company's release adds in the same bracket
# (以下简称“招商局港口”或“公司”,香港联交所股份代号00144) is no part of the name
_BRACKETED_SHORT = re.compile(r"[（(](?:(?:以下简称|下称|简称)为?)?[“\"]?([^（）()“”\"，,、。]{2,12})[”\"]?"
                              r"(?:或[“\"][^（）()“”\"，,、。]{1,12}[”\"])*"
                              rf"(?:[，,]\s*(?:{_alt(LEX.patterns['organization']['listing_words'])})[^（）()]{{0,16}})?[)）]")
# A project or its phase after a body's name, before a bracket that shortens it (四川云上天府云计算中心一期项目
# （以下简称“云计算中心”）): the short name, a word of the body's name, is the body's
_PROJECT_TAIL = re.compile(r"(?:[一二三四五六七八九十]期)?(?:工程|项目)$")
_LEGAL_SUFFIXES = (*REGISTERED_FORMS, "公司")


def _org_aliases(sentences: list[Sentence], mentions: list[list[Mention]]) -> dict[str, Mention]:
    """Short names of the document's bodies, each to the mention of its full
    name: the name in brackets right after it (浙江恒远软件股份有限公司
    （以下简称“恒远软件”）, 华东电子信息研究院（华信研究院）), a group's
    name without its legal form (海尔集团 of 海尔集团公司, X集团 of
    X集团有限公司), and an operator's place-named short form of the branch
    named in full (海南电信 of 中国电信股份有限公司海南分公司): one body, named in full."""
    aliases: dict[str, Mention] = {}
    orgs: dict[str, Mention] = {}
    for sent, ms in zip(sentences, mentions):
        for m in ms:
            if m.type == "Organization" and not m.scope:
                if m.name not in orgs or m.iri and not orgs[m.name].iri:
                    orgs[m.name] = m
        if not holds_one(sent.text, OPENING_BRACKETS):
            continue  # most sentences: no short name in brackets
        ends = {m.end: m for m in ms if m.type == "Organization" and not m.scope}
        for b in _BRACKETED_SHORT.finditer(sent.text):
            full = ends.get(b.start())
            short = b.group(1)
            if full is None:  # …云计算中心一期项目（以下简称“云计算中心”）: the body's project, by a word of its name
                project = _PROJECT_TAIL.search(sent.text, 0, b.start())
                full = ends.get(project.start()) if project else None
                full = full if full is not None and short in full.name else None
            if full is None or short == full.name or not HAN_OR_LATIN.search(short) or any(
                    m.type == "Region" and (m.start, m.end) == b.span(1) for m in ms) or STOCK_CODE.match(sent.text, b.start()):
                continue  # (北京): a seat, not a short name; (VNET.US): its stock code; (6.25%): a share held, no name
            if full.source == NEWS_SOURCE:
                continue  # 新华社北京7月8日电(记者温竞华): the reporter's credit, not the outlet's short name
            aliases.setdefault(short, full)
    for name in orgs:
        for suffix in _LEGAL_SUFFIXES:
            base = name[:-len(suffix)] if name.endswith(suffix) else ""
            if base.endswith("集团") and base in orgs and len(base) > 2:
                aliases.setdefault(base, orgs[name])
    for name, m in orgs.items():
        branch = _operator_branch(m, orgs.values())
        if branch is not None:
            aliases.setdefault(name, branch)
        short = _state_group_short(name)
        if short and short not in orgs and sum(o.startswith(short) for o in orgs) == 1 \
                and _listed_body("Organization", short) is None:
            aliases.setdefault(short, m)
        placed = _placed_form(name, orgs)
        if placed is not None:
            aliases.setdefault(name, placed)
    for name, m in orgs.items():
        full = _foreign_agency_in_full(m, orgs.values())
        if full is not None:
            aliases.setdefault(name, full)
    # 长沙科协 of 长沙市科协, 大湾区5G产业联盟 of 粤港澳大湾区5G产业联盟: one body, its place written short and in full
    written: dict[str, list[str]] = defaultdict(list)
    for name in orgs:
        k = _opening_place(name, lambda after: len(after) >= _MIN_PLACED_REST)
        written[_region_named(name[:k]) + name[k:] if k else name].append(name)
    for names in written.values():
        full = max(names, key=lambda n: (len(n), n))
        for name in names:
            if name != full:
                aliases.setdefault(name, orgs[full])
    # 麒麟软件 of 麒麟软件有限公司: the company's name less its legal form, where the text also writes
    # it alone; after the forms above, which say which company a form names (安徽移动 of the operator's branch)
    text = "\n".join(s.text for s in sentences)
    for name in orgs:
        for suffix in _LEGAL_SUFFIXES:
            base = name.removesuffix(suffix)
            if base != name and len(base) >= _MIN_PLACED_NAME and not _opens_with_field(base) and _stands_alone(text, base):
                aliases.setdefault(base, orgs[name])
                break
    # openEuler of openEuler社区: the project named alone, or as the body a unit of it is of (openEuler技术委员会), is
    # its community
    parents = {o.parent for o in orgs.values()}
    for name, m in orgs.items():
        word = next((w for w in COMMUNITY_WORDS if name.endswith(w)), "") if m.source == COMMUNITY_RULE else ""
        project = name[:-len(word)] if word else ""
        if project and (project in orgs or project in parents):
            aliases.setdefault(project, m)
    # 润泽科技 of 润泽智算科技集团股份有限公司: the trade name (the legal name's first two characters, where
    # no place opens it) and a brand word the name holds, written alone, where no other body opens so
    for name in orgs:
        trade = name[:_TRADE_NAME]
        if not name.endswith(_LEGAL_SUFFIXES) or _opens_with_place(name) or sum(o.startswith(trade) for o in orgs) > 1:
            continue
        for brand in _BRAND_WORDS:
            short = trade + brand
            if brand in name[_TRADE_NAME:] and short not in orgs and _listed_body("Organization", short) is None \
                    and _stands_alone(text, short):
                aliases.setdefault(short, orgs[name])
    return aliases


_MIN_AGENCY_SHORT = 3  # 中情局, 航管局: two characters of the agency's own words and its kind's last


def _foreign_agency_in_full(m: Mention, orgs: Iterable[Mention]) -> Mention | None:
    """The one agency of the same country the document names in full that ``m``, another country's agency,
    abbreviates by dropping characters of its own words, its kind kept (美国中情局 of 美国中央情报局, 美国航管局 of
    美国联邦航空管理局): one body, named in full; not where two agencies of the country would fit (美国国安局 beside
    美国国家安全局 and 美国国土安全局), nor a kind alone with one word before it."""
    own = m.name[len(m.parent):]
    if m.source != FOREIGN_AGENCY or len(own) < _MIN_AGENCY_SHORT:
        return None
    fuller = [o for o in orgs if o.source == FOREIGN_AGENCY and o.parent == m.parent and len(o.name) > len(m.name)
              and o.name[-1] == m.name[-1] and _abbreviates(own, o.name[len(o.parent):])]
    return fuller[0] if len(fuller) == 1 else None


_TRADE_NAME = 2  # a company's trade name (字号) in its short form: 润泽 of 润泽智算科技集团股份有限公司
_BRAND_WORDS = tuple(w for w in LEX.patterns["organization"]["brand_suffixes"] if w != "公司")


def _opens_with_place(name: str) -> bool:
    """A place opens the name (深圳市|…, 中国|…): its first characters are no trade name."""
    return words.tag(words.cut(name)[0]) == "ns" or any(
        e.type == "Region" for k in (2, 3) for e in LEX.entries.get(name[:k], ()))


def _opens_with_field(name: str) -> bool:
    """``name`` opens with a field the lexicon lists (数据中心|服务 of 数据中心服务公司,
    人工智能|产业): a kind of business, which the text writes alone as the field."""
    return LEX.names(words.cut(name)[0], "Sector")


def _stands_alone(text: str, name: str) -> bool:
    """The text writes ``name`` somewhere as a word of its own, between words
    that are no nouns (，麒麟软件发布…, 像福州京东方这样): not only as a piece
    of a longer noun phrase (互联网消费金融的, 石油天然气管网运营机制)."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        before = words.cut(text[max(0, at - words.CONTEXT_AROUND):at])[-1:]
        after = words.cut(text[end:end + words.CONTEXT_AROUND])[:1]
        if all(not HAN_CHAR.match(w) or words.is_function_word(w) for w in before + after):
            return True
        at = text.find(name, end)
    return False


def _placed_form(name: str, orgs: dict[str, Mention]) -> Mention | None:
    """The one body of the document named by a place and then ``name``
    (济南市智慧杆塔产业联盟 of 济南市5G产业联盟和智慧杆塔产业联盟 and 智慧杆塔产业联盟,
    广西柳工集团 of 柳工集团): the place, written once, is left out of its
    other mentions. Not a body the lexicon lists under ``name`` (清华大学
    beside 中国清华大学), nor one several places' bodies share (北京、上海国际科技创新中心)."""
    if len(name) < _MIN_PLACED_NAME or _listed_body("Organization", name) is not None:
        return None
    placed = [m for full, m in orgs.items() if full != name and full.endswith(name)
              and names_place(full[:-len(name)])]
    return placed[0] if len(placed) == 1 else None


_COUNTRY = "中国"
# jieba's tags of a coined name or an abbreviation (普天 nz, 中化 j, 华录 unknown), not of a word
# of running text (建设, 人民, 电子, 石油: 数字中国建设, 全中国人民 name no company)
_COINED_TAGS = ("nz", "j", "")


def _state_group_short(name: str) -> str | None:
    """The short form a state group goes by, the country's name and the two
    characters of its coined name (中国普天 of 中国普天信息产业集团有限公司,
    中国华录 of 中国华录集团有限公司): not a branch's (中国电信股份有限公司四川分公司,
    whose 中国电信 is its parent), nor one whose two characters are a common word
    (中国电子 of 中国电子科技集团有限公司 is another group)."""
    if not name.startswith(_COUNTRY) or not name.endswith(_LEGAL_SUFFIXES) or name.index("公司") != len(name) - 2:
        return None
    coined = name[len(_COUNTRY):len(_COUNTRY) + 2]
    return _COUNTRY + coined if words.tag(coined) in _COINED_TAGS else None


_BRANCH_WORDS = "|".join(LEX.patterns["organization"]["operator_branch_words"])  # 分公司, 有限公司, 公司: a branch's name ends
_BRANCH_OF = {operator: re.compile(f"(?:{'|'.join(names)})(.+?)(?:{_BRANCH_WORDS})")
              for operator, names in LEX.patterns["organization"]["operator_names"].items()}


def _operator_branch(m: Mention, orgs: Iterable[Mention]) -> Mention | None:
    """The branch, named in full in the document, that an operator's
    place-named short form stands for (海南电信 for 中国电信股份有限公司海南分公司,
    江苏移动 for 中国移动通信集团江苏有限公司, 广东电信 for 中国电信广东公司): a company named by the operator's
    name and a place that is the short form's region (not 中国电信股份有限公司吉林市分公司
    for 吉林电信, nor 北京电信规划设计院有限公司 for 北京电信)."""
    branch = _BRANCH_OF.get(m.name[-2:]) if m.parent else None  # every operator's word has two characters
    if branch is None:
        return None
    fulls = [o for o in orgs if (b := branch.fullmatch(o.name)) and _region_named(b.group(1)) == m.parent]
    # the same branch written twice (中国电信广东分公司, 中国电信广东公司): the longer, registered form
    return max(fulls, key=lambda o: len(o.name)) if fulls else None


def _merge_org(m: Mention, aliases: dict[str, Mention]) -> Mention:
    """A body's mention under its full name (and the lexicon's IRI of either
    form), so that both forms are one entity."""
    full = aliases.get(m.name) if m.type == "Organization" else None
    parent = aliases.get(m.parent) if m.type == "Organization" and m.parent else None
    if parent is not None:  # openEuler技术委员会 of openEuler, which is openEuler社区
        m = evolve(m, parent=parent.name)
    if full is None:
        return m
    short_iri = m.iri
    return evolve(m, name=full.name, iri=full.iri or short_iri, subtype=full.subtype or m.subtype)


def _groups(sentences: list[Sentence], mentions: list[list[Mention]]) -> dict[str, list[str]]:
    """Names for several bodies at once: …消防监督司(以下统称“三部门”)."""
    groups = {}
    for sent, ms in zip(sentences, mentions):
        if _SHORT_NAME_WORD not in sent.text:
            continue
        for m in _GROUP_NAME.finditer(sent.text):
            members = [o.name for o in ms if o.type == "Organization" and o.end <= m.start()]
            if len(members) >= 2:
                groups[m.group(1)] = members
    return groups


def _group_mentions(sent: Sentence, groups: dict[str, list[str]], ms: list[Mention]) -> list[Mention]:
    if not groups:
        return ms  # most documents name no group
    out = list(ms)
    for alias, members in groups.items():
        for m in re.finditer(re.escape(alias), sent.text):
            if any(x.start <= m.start() < x.end for x in ms) or sent.text[m.start() - 1:m.start()] == "“":
                continue
            out.extend(Mention(type="Organization", surface=alias, name=name, start=m.start(), end=m.end(),
                               sentence=sent.index, source="resolution.group.v1") for name in members)
    return out


def _bare_policy(sent: Sentence, last: dict[tuple[int, str], str], ms: list[Mention]) -> list[Mention]:
    """协议约定… at a sentence's start is the article's last 协议 (``last``:
    each article's last title of each head)."""
    m = _BARE_HEAD.match(sent.text)
    title = _last_title(last, sent.article, m.group(1), m.group(2)) if m else None
    if title is not None and not any(x.start <= m.start(1) < x.end for x in ms):
        return ms + [Mention(type="Policy", surface=m.group(1), name=title, start=m.start(1),
                             end=m.end(1), sentence=sent.index, source="resolution.bare-title.v1", subtype="Policy")]
    return ms


_SHORT_TITLE = re.compile(rf"《((?:{'|'.join(_TITLE_KINDS + ('指导',))})?({'|'.join(_TITLE_HEADS + ('纲要',))}))》")


def _last_title(last: dict[tuple[int, str], str], article: int, kind_and_head: str, head: str) -> Optional[str]:
    """The article's last title of ``head`` (``last``: each article's last
    title of each head) if it ends with ``kind_and_head``, its years after
    the head allowed for (行动计划 of …三年行动计划(2023—2025年))."""
    title = last.get((article, head))
    return title if title is not None and title.endswith(
        kind_and_head, 0, _POLICY_HEAD.search(title).start(1) + len(head)) else None


def _short_title(m: Mention, last: dict[tuple[int, str], str], article: int) -> Mention:
    """《通知》提出…, 根据《方案》…: a title cut to its kind and head, in 《》,
    is the article's last policy whose title ends with them (以下简称 written or not)."""
    if m.type != "Policy":
        return m
    short = _SHORT_TITLE.fullmatch(m.surface)
    title = _last_title(last, article, short.group(1), short.group(2)) if short else None
    if title is None:
        return m
    return evolve(m, name=title)


def _names_in(sentences: list[Sentence], names: dict[str, tuple[str, str]]) -> list[list[tuple[str, tuple[str, str]]]]:
    """For each sentence, the names it holds, the longest first (a title written
    out is found whole, not as the tail an alias of it is): one search of the
    document's text per name, not one per name and sentence."""
    held: list[list[tuple[str, tuple[str, str]]]] = [[] for _ in sentences]
    if not names or not sentences:
        return held
    text = "\n".join(s.text for s in sentences)
    starts = [0]  # where each sentence starts in ``text``
    for s in sentences[:-1]:
        starts.append(starts[-1] + len(s.text) + 1)
    for surface, found in sorted(names.items(), key=lambda held_name: -len(held_name[0])):
        at = text.find(surface)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            if at + len(surface) <= starts[k] + len(sentences[k].text):
                held[k].append((surface, found))
                at = starts[k + 1] if k + 1 < len(starts) else len(text)  # on to the next sentence
            else:
                at += 1  # across the line between two sentences: in neither
            at = text.find(surface, at)
    return held


# The subtype a name found again is given: a body's is read later (its words), a region's is a township's
# (a township placed once, then named alone) or, found by a part of its name, a zone's (_valley_head); a
# person's or title's is its type.
_FOUND_AGAIN_SUBTYPES = {"Organization": "", "Region": TOWNSHIP}
_RECURRENCE = "resolution.recurrence.v1"  # the source of a mention found again
_ZONE = "Zone"
# The valleys of place_named_zones (武汉光谷, 中国声谷, 中国信创谷): a park named for an industry, its name without the
# place or brand before it the one a text goes on to call it by (…考察光谷，为光谷和全国的科技创新…).
_VALLEYS = tuple(sorted((h for h in LEX.patterns["region"]["place_named_zones"] if h.endswith("谷")), key=len, reverse=True))


_SHORTENED_ZONES = tuple(LEX.patterns["region"]["short_formed_zones"])


def _zone_short_forms(m: Mention) -> set[str]:
    """The shorter names a zone of short_formed_zones named in full goes by again: its name less the places and
    countries that open it (深圳市深汕特别合作区, 中国埃及苏伊士经贸合作区: 深汕特别合作区, 苏伊士经贸合作区) and its first word with
    its kind (河套深港科技创新合作区: 河套合作区). Not where what is left opens with a word of the zones' kinds
    (广州清远经济特别合作区: 经济特别合作区 is any such zone) or is only the kind, nor a first word of one character
    (前海深港现代服务业合作区: jieba's 前|海)."""
    kind = next((k for k in _SHORTENED_ZONES if m.name.endswith(k)), "") if m.subtype == _ZONE else ""
    rest = m.name
    while kind and (k := _opening_place(rest, bool, countries=True)):
        rest = rest[k:]
    first = next(iter(words.cut(rest)), "")
    if not kind or len(rest) <= len(kind) or first in _ZONE_KIND_WORDS:
        return set()
    return ({rest} | ({first + kind} if len(first) > 1 else set())) - {m.name}


def _valley_head(m: Mention) -> str:
    """The valley a zone's name ends in where a place or brand opens it (武汉光谷: 光谷); "" where none."""
    head = next((h for h in _VALLEYS if m.name.endswith(h)), "") if m.subtype == _ZONE else ""
    return head if len(m.name) > len(head) else ""


_CITY_LEVEL = "prefecture"  # the gazetteer's level of a city (地级市), above a county
# A Latin name going on after the one found again (EMQ + X, EMQ + Tech Day): another name.
_LATIN_GOES_ON = re.compile(r" ?[A-Za-z0-9]")


def _find_again(sent: Sentence, present: list[tuple[str, tuple[str, str]]], ms: list[Mention]) -> list[Mention]:
    """Mentions of names the document introduced elsewhere (a person named
    after a title once, then alone; a policy's short name), of those
    ``present`` in the sentence."""
    if not present:
        return ms  # most sentences hold none
    out = list(ms)
    for surface, (type_, name) in present:  # the longest first (_names_in)
        start = sent.text.find(surface)
        while start >= 0:
            end = start + len(surface)
            if type_ == "Organization":  # 交通部 inside 德国数字化和交通部, found again: a word of the longer name
                out = [m for m in out if not (m.type == type_ and start <= m.start and m.end <= end
                                              and m.end - m.start < end - start and m.source == GAZETTEER)]
            # not inside a mention, nor sharing a character with one of its type
            if not any(m.start <= start and end <= m.end for m in ms) \
                    and not any(m.type == type_ and max(m.start, start) < min(m.end, end) for m in out) \
                    and not (surface[-1].isascii() and _LATIN_GOES_ON.match(sent.text, end)) \
                    and not (surface.endswith(_SHORTENED_ZONES) and end not in words.cuts_around(sent.text, start, end)):
                # 深港合作|区域: a zone's short form running on into a longer word is none
                # 中国普天整体并入…: the country's name opening a body's short name is no mention of the country
                if type_ == "Organization":
                    out = [m for m in out if not (m.subtype == "Country" and start <= m.start and m.end <= end)]
                out.append(Mention(type=type_, surface=surface, name=name, start=start, end=end,
                                   sentence=sent.index, source=_RECURRENCE,
                                   subtype=_ZONE if type_ == "Region" and name != surface else _FOUND_AGAIN_SUBTYPES.get(type_, type_)))
            start = sent.text.find(surface, end)
    # the mentions come in order (recognise sorts them): only added ones need sorting in
    return sorted(out, key=lambda m: (m.start, -m.end)) if out != ms else ms


_TITLES_ALONE = tuple(LEX.patterns["position"]["titles_alone"])
_BODY_ENDS = "党央会"  # 两党|总书记, 中共中央|总书记, 中央委员会|总书记: a body's title, not the person's alone
_HELD_BY = re.compile(r"(?:同志)?为$")  # 以阮富仲同志为|总书记的越南共产党: the title of the name before it


def _titles_alone(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """A title written alone (总书记) is the one person its document names with it
    (习近平总书记) and names again, where it names one: not after a name or a body, nor before a name."""
    texts = [s.text for s in sentences]
    if not any(t in text for t in _TITLES_ALONE for text in texts):
        return mentions
    holders: dict[str, set[str]] = defaultdict(set)
    named = Counter(m.name for ms in mentions for m in ms if m.type == "Person")
    for sent, ms in zip(sentences, mentions):
        for m in ms:
            if m.type == "Person":
                title = next((t for t in _TITLES_ALONE if sent.text.startswith(t, m.end)), None)
                if title:
                    holders[title].add(m.name)
    # a holder the document names once only, with the title, may be a verb read as a name (听闻|总书记来了)
    holders = {title: names for title, names in holders.items() if len(names) == 1 and named[next(iter(names))] > 1}
    if not holders:
        return mentions
    out = []
    for sent, ms in zip(sentences, mentions):
        added = []
        for title, names in holders.items():
            start = sent.text.find(title)
            while start >= 0:
                end = start + len(title)
                held_by = _HELD_BY.search(sent.text, 0, start)
                if not any(m.start <= end and start <= m.end for m in ms) and sent.text[start - 1:start] not in _BODY_ENDS \
                        and not (held_by and any(m.type == "Person" and m.end == held_by.start() for m in ms)):
                    added.append(Mention(type="Person", surface=title, name=next(iter(names)), start=start, end=end,
                                         sentence=sent.index, source=_RECURRENCE, subtype="Person"))
                start = sent.text.find(title, end)
        out.append(sorted(ms + added, key=lambda m: (m.start, -m.end)) if added else ms)
    return out


def _body_of_key(key: str) -> Optional[Entry]:
    """The body a gazetteer key names besides a region (阿里: 阿里巴巴 and 阿里地区), if any."""
    return next((e for e in LEX.entries.get(key, ()) if e.type == "Organization"), None)


def _region_or_body(mentions: list[list[Mention]]) -> list[list[Mention]]:
    """A key that names a region and a body (阿里: 阿里地区 and 阿里巴巴), read as the region, is the region only
    in a document that also names it in full, a region above it or one inside it (西藏阿里, 阿里地区日土县);
    elsewhere it is the body (从远在杭州的阿里小微金融贷到了款, 与阿里签署战略合作协议)."""
    bodies = {m.surface: body for ms in mentions for m in ms
              if m.source == GAZETTEER and m.type == "Region" and (body := _body_of_key(m.surface))}
    if not bodies:
        return mentions  # most documents hold none
    others = {m.name for ms in mentions for m in ms if m.type == "Region" and m.surface not in bodies}

    def read(m: Mention) -> Mention:
        body = bodies.get(m.surface) if m.source == GAZETTEER and m.type == "Region" else None
        if body is None or any(n in LEX.region_chain(m.name) or m.name in LEX.region_chain(n) for n in others):
            return m
        return evolve(m, type=body.type, name=body.name, subtype=body.subtype, parent="", iri=body.iri)
    return [[read(m) for m in ms] for ms in mentions]


def _place_or_pair(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """A place's short form that is also a pair of countries with the partner's character first (巴中: 巴中市, or
    巴西 and 中国), read as the place, is the pair in a document that names a country opening with that character
    and no place above the place or inside it (罗塞芙…巴中是全面战略伙伴, 巴中命运共同体: the partner's words);
    with 四川 or 恩阳 beside it, or no such country, it stays the place (四川巴中至南充高铁)."""
    pairs = {m.surface for ms in mentions for m in ms
             if m.source == GAZETTEER and m.type == "Region" and PARTNER_FIRST_PAIR.fullmatch(m.surface)}
    if not pairs:
        return mentions  # nearly every document holds none
    countries = {m.name[0] for ms in mentions for m in ms if m.subtype == "Country" and not m.scope}
    others = {m.name for ms in mentions for m in ms if m.type == "Region" and m.surface not in pairs}

    def read(sent: Sentence, m: Mention) -> list[Mention]:
        if m.surface not in pairs or m.source != GAZETTEER or m.surface[0] not in countries \
                or any(n in LEX.region_chain(m.name) or m.name in LEX.region_chain(n) for n in others):
            return [m]
        return pair_mentions(sent, m.start, m.start + 1)
    return [[x for m in ms for x in read(sent, m)] for sent, ms in zip(sentences, mentions)]


def _seat_county_bodies(resolved: list[list[Mention]], county_bodies: list[tuple[int, int, str]]) -> None:
    """A county's or district's body written with its level word alone (县委, 区工信局 in a 惠民县 story: 中共惠民县委)
    is in that county, as its name written out would say (as 市政府 is, _fill), where the text names the county as
    a place it keeps (not 惠民 read in 惠民生, which made the story a 惠民县 one) and the level word is the county's own
    (县委 of a …县, 区委 of a …区; not 区委 in a 溧阳市 story)."""
    kept = {m.name for ms in resolved for m in ms if m.type == "Region"}
    for k, i, seat in county_bodies:
        if seat in kept:
            resolved[k][i] = evolve(resolved[k][i], parent=seat)


def resolve_document(doc: Document, sentences: list[Sentence],
                     mentions: list[list[Mention]], settings: Settings = DEFAULT) -> tuple[DocContext, list[list[Mention]]]:
    mentions = _place_or_pair(sentences, _region_or_body(mentions))
    ctx = context_of(doc, sentences, mentions, settings)
    present = {m.name for ms in mentions for m in ms if m.type == "Region" and not m.scope}
    # a county the text writes out in full (曲阜市, 汉滨区) owns its scope words (市委, 区政府, 全市)
    # though the text names no city or province above it, and its short form (昆山市…，2024年昆山GDP达…:
    # the text says which 昆山 it means); not a district of one character and 区 (城区, 矿区), a word anywhere
    written_out = {m.name for ms in mentions for m in ms if m.type == "Region" and not m.scope and m.name in m.surface}
    others = _other_central_bodies(sentences, mentions, ctx)
    anchored, common = _anchored_counties(sentences, mentions), settings.thresholds.common_word_freq
    very_common = settings.thresholds.county_word_freq
    resolved = []
    places: list[list[tuple[int, dict[str, str | None]]]] | None = None
    placed_by_name: set[str] = set()  # zones placed by their name or gazetteer entry (天津港: 天津市), not by the text
    county_bodies: list[tuple[int, int, str]] = []  # 县委 in a 惠民县 story: where, and the county it is of
    for k, (sent, ms) in enumerate(zip(sentences, mentions)):
        kept = []
        for m in ms:
            named = None
            if m.surface in EXTENT_WORDS:
                places = places if places is not None else _places_named(sentences, mentions, present, anchored, common, very_common)  # once, where needed
                named = _region_named_before(sentences, places, k, m)
            if named and named in LEX.region_chain(ctx.scope(m.scope, sent.article) or "")[1:]:
                named = None  # 溧阳 story: 当好常州市…排头兵，…全市 is still 溧阳's, inside the city named
            if m.source == HEADED_DEPARTMENT and sent.article in others:
                continue  # 高技术司司长X in a text naming 国家发展改革委 besides 工信部: whose, the text does not say
            scoped = bool(m.scope)
            county_scope = m.scope if m.type == "Organization" and m.scope in COUNTY_WORDS and not m.parent and not named else ""
            m = _fill(_as_listed(m), ctx, sent.article, named)
            if m is not None and (_written_out(m, written_out, scoped) or _county_in_context(m, present, anchored, common, very_common)
                                  or _county_as_setting(sent.text, m, common)):
                seat = ctx.scope(county_scope, sent.article) if county_scope else None
                if seat and seat.endswith(county_scope) and seat in m.name and _region_level(seat) == "county":
                    county_bodies.append((k, len(kept), seat))
                if m.type == "Region" and m.parent and m.parent not in present:
                    if m.subtype == _ZONE:  # what the text names above its city (广西钦州港) or nothing, never the story's region
                        placed_by_name.add(m.name)
                        m = evolve(m, parent=_present_ancestor(m.parent, present))
                    else:
                        m = evolve(m, parent=_present_ancestor(m.name, present))
                tidy = _tidy(m.name)
                kept.append(m if tidy == m.name else evolve(m, name=tidy))
        resolved.append(kept)
    _seat_county_bodies(resolved, county_bodies)
    aliases = _policy_aliases(sentences, resolved)
    names: dict[str, tuple[str, str]] = {alias: ("Policy", title) for alias, title in aliases.items()}
    for ms in resolved:
        for m in ms:
            if m.type == "Policy" and len(m.name) >= 6:
                names.setdefault(m.name, ("Policy", m.name))
    for ms in resolved:
        for m in ms:
            if m.type == "Person" or m.subtype == TOWNSHIP:  # …and a township named once (沾化区黄升镇), again alone
                names.setdefault(m.name, (m.type, m.name))
            elif head := _valley_head(m):  # a valley named with its place once (武汉光谷), again alone (光谷)
                names.setdefault(head, ("Region", m.name))
            # a company its executive's post or its stock code names (万国数据董事长…黄伟, 世纪互联(VNET.US))
            # is that company wherever the text writes the name alone (万国数据19日公布…), though it ends
            # in no company's word; so is a foreign ministry its minister's post names (德国数字化和交通部部长维辛:
            # 国家网信办与德国数字化和交通部签署…)
            elif m.source in (EXECUTIVE_COMPANY, LISTED_COMPANY, FINANCED, FOREIGN_MINISTRY) and m.type == "Organization" \
                    and len(m.name) >= ctx.settings.thresholds.min_found_again:
                names.setdefault(m.name, ("Organization", m.name))
            elif shorts := _zone_short_forms(m):  # a cooperation zone named in full once, again shorter (河套合作区)
                names.update((short, ("Region", m.name)) for short in shorts if short not in names)
    org_aliases = _org_aliases(sentences, resolved)
    for short, full in org_aliases.items():
        if len(short) >= ctx.settings.thresholds.min_found_again:
            names.setdefault(short, ("Organization", full.name))
    resolved = [_find_again(s, held, ms) for s, ms, held in zip(sentences, resolved, _names_in(sentences, names))]
    resolved = _titles_alone(sentences, resolved)
    if aliases or org_aliases:  # most documents give no short name
        resolved = [[_merge_org(_alias(m, aliases), org_aliases) for m in ms] for ms in resolved]
    resolved = _series_by_edition(sentences, _shows_by_short_name(sentences, resolved), ctx.year)
    resolved = _events_by_holder_or_year(sentences, resolved, ctx.year)
    resolved = _townships_of_their_city(resolved)
    resolved = [[_of_one_occasion(m, doc) for m in ms] for ms in resolved]
    resolved = _zones_by_place(sentences, resolved)  # by the places the text gives, before the article's own fills the rest
    # A zone the text builds in a place (在青岛建设X示范区) is there; one it places nowhere, nor its name, is in the
    # region its article is about; not a valley found again by its head (美国硅谷, then 硅谷 in a 北京 story), which
    # its mention with its place placed.
    built_in = _zones_built_in(sentences, resolved)
    resolved = [[evolve(m, parent=built_in.get(m.name) or ctx.home(s.article))
                 if m.type == "Region" and m.subtype == _ZONE and not m.parent and m.name not in placed_by_name
                 and m.source != _RECURRENCE and not _joins_two_places(m.name)
                 and (built_in.get(m.name) or _zone_home(ctx.home(s.article))) not in (None, m.name) else m
                 for m in ms]
                for s, ms in zip(sentences, resolved)]
    groups = _groups(sentences, resolved)
    last_titles: dict[tuple[int, str], str] = {}
    final = []
    for sent, ms in zip(sentences, resolved):
        if sent.heading:  # a new item's headline: 《方案》 under it is no title named before it
            last_titles = {k: v for k, v in last_titles.items() if k[0] != sent.article}
        grown = _bare_policy(sent, last_titles, _group_mentions(sent, groups, ms))
        shortened, named, shortens = [], {}, set()
        for m in grown:  # in order: a short title stands for one named before it in its own sentence too
            m = _short_title(m, last_titles, sent.article) if last_titles else m  # else none named before
            if m.type == "Policy" and _GENERIC_TITLE.fullmatch(m.name):
                continue
            head = _POLICY_HEAD.search(m.name) if m.type == "Policy" else None
            if head and _SHORT_NAME.match(sent.text, m.end):  # 对《X规划》（以下简称《规划》）进行解读: 《规划》 is X,
                last_titles[(sent.article, head.group(1))] = m.name  # not a plan named in an earlier sentence
                shortens.add((sent.article, head.group(1)))
            elif head:  # 为落实《国家…规划》，《规划》提出…: a title the bracket shortens not is no 《规划》 after it
                named[(sent.article, head.group(1))] = m.name  # in its sentence; it is for the sentences after
            shortened.append(m)
        last_titles.update((k, v) for k, v in named.items() if k not in shortens)  # the bracket's title goes on
        grown = shortened
        # the mentions come in order (_find_again): only added ones need sorting in
        final.append(sorted(grown, key=lambda m: (m.start, -m.end)) if len(grown) > len(ms) else grown)
    return ctx, final


_ZONAL = (_ZONE, "EconomicRegion")
_ZONE_BUILT = re.compile(_alt(LEX.patterns["region"]["zone_building_verbs"]))


def _zones_built_in(sentences: list[Sentence], mentions: list[list[Mention]]) -> dict[str, str]:
    """The zones a document builds in a place written right before the verb (在青岛建设中国-上海合作组织地方经贸合作
    示范区: 青岛市), by name, the first such place of each: where the zone is, though its article names another
    place more often (a State Council meeting's list of documents, one of them about 深圳)."""
    built: dict[str, str] = {}
    for sent, ms in zip(sentences, mentions):
        text = sent.text
        for m in ms:
            if m.type != "Region" or m.subtype != _ZONE or m.parent or m.name in built:
                continue
            place = next((r for r in ms if r.type == "Region" and r.subtype not in _ZONAL + ("Country",)
                          and text[r.start - 1:r.start] == "在" and _ZONE_BUILT.fullmatch(text, r.end, m.start)), None)
            if place is not None:
                built[m.name] = place.name
    return built
_ZONE_KIND_SHORT = dict(LEX.patterns["region"]["zone_kind_short_forms"])
_ZONE_KIND = re.compile("|".join(_ZONE_KIND_SHORT))  # listed longest first
_BARE_ZONE_KINDS = tuple(sorted(set(LEX.patterns["region"]["zone_suffixes"]) | set(_ZONE_KIND_SHORT.values()),
                                key=lambda w: (-len(w), w)))
_MAX_PLACE = 8  # characters of a place's name that may open a zone's or a body's
_CHINA_BRACKET = re.compile(rf"^中国[（(]([^（）()]{{2,{_MAX_PLACE}}})[)）]")  # 中国（上海）自由贸易试验区: the zone's place
# the words of the zones' kinds (经济, 开发区, 高新区…): no short name of one zone opens with them
_ZONE_KIND_WORDS = frozenset(w for kind in _BARE_ZONE_KINDS for w in words.cut(kind))
_MIN_ZONE_PART = 3  # 临港新片区 after 上海自贸区: a part's name, not a kind's word
_NATIONAL = "国家"  # opens a designation many places hold (国家现代农业产业园, 国家网络安全产业园区)


def _kinds_shortened(name: str) -> str:
    """A zone's name with its kind's official short form and no 中国 or 中国（…） before its place (中国（上海）自由贸易
    试验区 and 中国上海自由贸易试验区 give 上海自贸区): the form `_zone_key` and `_zone_stem` read its place from."""
    rest = _ZONE_KIND.sub(lambda m: _ZONE_KIND_SHORT[m.group()], _CHINA_BRACKET.sub(r"\1", name))
    if rest.startswith(_COUNTRY) and _opening_place(rest[len(_COUNTRY):], bool):  # 中国上海自由贸易试验区, unbracketed
        rest = rest[len(_COUNTRY):]
    return rest


def _zone_key(name: str) -> tuple[str, str]:
    """A zone's name as the place that opens it (the innermost, by the
    lexicon's name; "" where none) and the rest, with its kind's official short
    form and without the kind of the whole zone a part is named under:
    中国（上海）自由贸易试验区临港新片区, 上海自贸区临港新片区 and 上海临港新片区 give
    (上海市, 临港新片区), 临港新片区 ("", 临港新片区). A place is no zone's whole
    name less its kind (上海自贸区, 宜昌国家高新技术产业开发区 and 宜昌高新区 give ("",
    上海自贸区), ("", 宜昌高新区); 和林格尔新区 ("", 和林格尔新区)), nor a country
    (中国特色社会主义先行示范区); nor is a shorter place inside the longest (成都市高新区 gives ("", 成都市高新区), not
    (成都市, 市高新区))."""
    rest = _kinds_shortened(name)
    place = ""
    while (k := _opening_place(rest, bool)) and rest[k:] not in _BARE_ZONE_KINDS:
        place, rest = _region_named(rest[:k]), rest[k:]
    whole = next((w for w in _BARE_ZONE_KINDS if rest.startswith(w) and len(rest) - len(w) >= _MIN_ZONE_PART), "")
    return place, rest[len(whole):] if place else rest


@functools.lru_cache(maxsize=1 << 12)  # a zone's name recurs in every mention
def _zone_stem(name: str) -> str:
    """What makes a zone's names one entity across documents, as `_zones_by_place` makes them one within one:
    its kind by the official short form, its place by the short form that opens it, the 中国（…） around the
    place dropped (上海自贸区, 上海自贸试验区, 上海自由贸易试验区 and 中国（上海）自由贸易试验区 give 上海自贸区; 成都市高新区
    and 成都高新区 give 成都高新区; 北京经济技术开发区 and 北京经开区 give 北京经开区). A region the lexicon lists
    (浦东新区), or a name ending in no zone's kind (上海市, 天津港), is its own stem; so is a place inside another's
    zone (南京江北新区, 江北新区: the place that opens the name is the one kept)."""
    if not name.endswith(_BARE_ZONE_KINDS) or LEX.region(name) is not None:
        return name
    rest = _kinds_shortened(name)
    k = _opening_place(rest, bool)
    place = LEX.region(_region_named(rest[:k])) if k else None
    return place.short + rest[k:] if place is not None and place.short else rest


def _opening_place(name: str, before: Callable[[str], bool], countries: bool = False) -> int:
    """How many characters the place that opens ``name`` takes (the longest the
    lexicon lists, no country unless ``countries``), where ``before`` takes what follows it; 0 where none."""
    return next((k for k in range(min(len(name) - 1, _MAX_PLACE), 1, -1) if before(name[k:]) and any(
        e.type == "Region" and (countries or e.subtype != "Country") for e in LEX.entries.get(name[:k], ()))), 0)


def _one_place(a: str, b: str) -> bool:
    """Two places the one holds the other of (武汉市 and 湖北省) or the same."""
    return a == b or a in LEX.region_chain(b) or b in LEX.region_chain(a)


def _zones_by_place(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """One zone's names in one document as one entity, named by the fullest:
    the zone with its place before it and without (武汉东湖新技术开发区 and
    东湖新技术开发区), with its kind in full or short (上海自贸区 and
    中国（上海）自由贸易试验区), a part under its whole's name and its place's
    (中国（上海）自由贸易试验区临港新片区, 上海临港新片区, 临港新片区). Not where
    the places differ (上海自贸试验区 and 广东自贸试验区: a bare 自贸试验区 is
    neither), nor a zone and its part (上海自贸区 and 临港新片区), nor a bare
    kind with a place's zone (自贸试验区: any of them), nor a bare national
    designation the text does not place there (在陕西大荔，…创建国家现代农业产业园
    after 广西来宾国家现代农业产业园), nor parks a field names under a province
    and its city (四川, 成都现代农业产业园), nor a name with no place in another
    article, or in an item that places it elsewhere (a roundup's next item)."""
    zones = [m for ms in mentions for m in ms if m.type == "Region" and m.subtype in _ZONAL]
    keys = {m.name: _zone_key(m.name) for m in zones}
    if len(keys) < 2:
        return mentions  # most documents: one zone or none
    placed_in: dict[str, set[str]] = defaultdict(set)  # where the text places each name's mentions
    articles: dict[str, set[int]] = defaultdict(set)  # the articles of a page each name is written in
    around: dict[str, set[str]] = defaultdict(set)  # the places its item's headline names, and its sentence before it
    headline: set[str] = set()
    for k, (sent, ms) in enumerate(zip(sentences, mentions)):
        places_here = [r for r in ms if r.type == "Region" and r.subtype not in _ZONAL + ("Country",)
                       and LEX.region_chain(r.name) and not any(  # not a body's or zone's (东莞市政务服务和数据管理局)
                           o.start <= r.start and r.end <= o.end and o.end - o.start > r.end - r.start for o in ms)]
        if sent.heading or k and sent.article != sentences[k - 1].article:
            headline = {r.name for r in places_here} if sent.heading else set()  # a roundup's next item (联播快讯)
        for m in ms:
            if m.type == "Region" and m.subtype in _ZONAL:
                articles[m.name].add(sent.article)
                around[m.name] |= headline | {r.name for r in places_here if r.end <= m.start}
                if m.parent:
                    placed_in[m.name].add(m.parent)
    by_rest: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, (place, rest) in sorted(keys.items()):
        by_rest[rest].append((place, name))
    fullest: dict[str, str] = {}
    homes: dict[str, str] = {}  # each fullest name's place, where its name gives one
    for rest, named in by_rest.items():
        places = sorted({p for p, _ in named if p})
        if len(named) < 2 or rest in _BARE_ZONE_KINDS:
            continue
        if not places:  # 上海自贸区 and 中国（上海）自由贸易试验区: the place is in the name
            groups = [[n for _, n in named]]
        elif all(_one_place(a, b) for a in places for b in places) and (len(places) < 2 or not _named_by_field(rest)):
            # one place's names, or a zone with a name of its own under its province's and its city's (湖南湘江新区,
            # 长沙湘江新区); not a park a field names, which each level has its own of (四川, 成都 and 郫都现代农业产业园)
            # a national designation written bare (国家现代农业产业园) is any place's: the one the text places there
            groups = [[n for p, n in named if p or not n.startswith(_NATIONAL)
                       or any(_one_place(a, b) for a in placed_in[n] for b in places)]]
            # a name with no place is the placed one's only in the articles of a page that write that, and a park a
            # field names not where its item's headline or its sentence before it names another place (广西来宾现代
            # 农业产业园 … 陕西大荔冬枣上市 / 现代农业产业园今年…: a roundup's next item; 在陕西大荔，现代农业产业园…)
            written = set().union(*(articles[n] for p, n in named if p))
            groups = [[n for n in group if keys[n][0] or articles[n] <= written and not (_named_by_field(rest) and any(
                not any(_one_place(a, b) for b in places) for a in around[n]))] for group in groups]
        else:  # several places' zones of one name: each place's own, the unplaced name none of them
            groups = [[n for p, n in named if p == place] for place in places]
        for group in groups:
            if len(group) > 1:
                name = max(group, key=lambda n: (len(n), n))
                fullest.update((n, name) for n in group if n != name)
                homes[name] = places[0] if places else ""
    if not fullest:
        return mentions
    bearers = {m.name: m for ms in mentions for m in ms if m.name in fullest.values()}
    return [[evolve(m, name=b.name, iri=b.iri, subtype=b.subtype, parent=_zone_parent(m, b, homes[b.name]))
             if m.type == "Region" and (b := bearers.get(fullest.get(m.name, ""))) is not None
             else evolve(m, parent=fullest[m.parent]) if m.parent in fullest  # a park in 成渝双城经济圈: in the one zone
             else m for m in ms]
            for ms in mentions]


def _named_by_field(rest: str) -> bool:
    """A zone's name less its place and kind is words of the dictionary, none a
    name (现代农业|产业园, 大数据|产业园, 人工智能|产业园): a designation each
    level of government grants its own, not a zone's own name (湘江|新区,
    和林格尔|新区, 葛店|经开区)."""
    kind = next((k for k in _BARE_ZONE_KINDS if rest.endswith(k)), "")  # longest first
    stem = rest[:len(rest) - len(kind)]
    return bool(stem) and all(words.tag(t) not in PROPER_TAGS and words.frequency(t) > 0
                              and not names_place(t) for t in words.cut(stem))


_SAR = "特别行政区"


def _zone_home(home: Optional[str]) -> Optional[str]:
    """The region of an article that a zone it places nowhere is in: not a special administrative region, whose
    stories name the mainland's zones that serve it (横琴粤澳深度合作区 in a 澳门 story; review rrf); its own parks
    carry its name (香港科学园)."""
    return None if home is None or home.endswith(_SAR) else home


def _joins_two_places(name: str) -> bool:
    """A zone whose name opens with two places of one level (广州清远经济特别合作区): it joins them, in neither of
    them nor in the region its article is about by its name alone (review rrf: was placed in 广州市)."""
    first = _opening_place(name, bool)
    second = _opening_place(name[first:], bool) if first else 0
    if not second:
        return False
    a, b = (next((e for e in LEX.entries[written] if e.type == "Region" and e.level), None)
            for written in (name[:first], name[first:first + second]))
    return a is not None and b is not None and a.level == b.level and a.name != b.name


def _zone_parent(m: Mention, full: Mention, home: str) -> str:
    """Where a zone's mention under its fullest name is: where the text placed
    that mention, if that is in the place the zone's names give (兰州高新区 in
    兰州市 beside 甘肃兰州高新区; not 葛店经开区 in 武汉市 beside 鄂州葛店经开区, nor
    成渝双城经济圈 in 成渝地区双城经济圈, itself), else where its fullest name is."""
    if m.parent and m.parent != full.name and (not home or _one_place(m.parent, home)):
        return m.parent
    return full.parent


_FAIR_KINDS = tuple(LEX.patterns["event"]["fair_kinds"])


def _headline_articles(sentences: list[Sentence]) -> set[int]:
    """The articles of headings alone: a headline, whose event the article after it names."""
    headings: dict[int, bool] = {}
    for sent in sentences:
        headings[sent.article] = headings.get(sent.article, True) and sent.heading
    return {a for a, alone in headings.items() if alone}


def _shows_by_short_name(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """A fair's short name (消博会, 广交会) in an article that names one fair it
    abbreviates is that fair, its edition as the text means: one that ends with
    it (第125届广交会, 2023年服贸会), else one whose name holds its characters in
    order and ends with a fair's kind (第三届中国国际消费品博览会; not 全球服务贸易峰会
    for 服贸会). So is an edition named by the short name, with its host before it
    or not (第14届深圳文博会, 第二十届高交会): the same edition's fair whose name holds
    the short name's characters (第14届中国国际文化产业博览交易会; _short_edition)."""
    if not any(m.source == SHOW_SHORT_NAME or _short_edition(m) for ms in mentions for m in ms):
        return mentions  # most documents name no fair by its short name
    named: dict[int, set[str]] = {}
    for sent, ms in zip(sentences, mentions):
        named.setdefault(sent.article, set()).update(m.name for m in ms if m.type == "Event")
    headlines = _headline_articles(sentences)

    @functools.cache
    def full_name(short: str, article: int) -> str:
        others = (named[article] | (named.get(article + 1, set()) if article in headlines else set())) - {short}
        edition = _EDITION_OPENING.match(short).group()
        if edition:  # 第14届深圳文博会: the short name after the edition (and its host) abbreviates the full one's rest
            host, initials = short[len(edition):-_SHORT_SHOW_LENGTH], short[-_SHORT_SHOW_LENGTH:]
            fuller = [n for n in others if n.endswith(_FAIR_KINDS) and _EDITION_OPENING.match(n).group() == edition
                      and (_abbreviates(host + initials, n[len(edition):])
                           or names_place(host) and _abbreviates(initials, n[len(edition):]) and not (_host_city(host) and _hosted_elsewhere(n, host)))]
        else:
            editions = [n for n in others if n.endswith(short)]
            fuller = editions or [n for n in others if n.endswith(_FAIR_KINDS) and _abbreviates(short, n)]
        longest = max(fuller, key=len, default=short)  # 中国（深圳）国际文化产业博览交易会 over the same without its seat
        if longest == short or not all(_abbreviates(n, longest) for n in fuller):
            return short
        return full_name(longest, article) if longest.endswith(short) else longest  # 服贸会 -> 2023年服贸会 -> its full name

    return [[evolve(m, name=full_name(m.name, sent.article)) if m.source == SHOW_SHORT_NAME or _short_edition(m) else m
             for m in ms] for sent, ms in zip(sentences, mentions)]


# A fair's short name: a character of its host or theme, one of its kind and 会 (文博会, 高交会, 西洽会, 服贸会:
# entities.SHOW_SHORT_NAME).
_SHORT_SHOW_ENDS = tuple(k + "会" for k in LEX.patterns["event"]["show_short_kinds"])
_SHORT_SHOW_LENGTH = 3


def _short_edition(m: Mention) -> bool:
    """An edition of a fair named by its short name (第14届深圳文博会, 第二届进博会), not by its full one."""
    return m.type == "Event" and m.name.endswith(_SHORT_SHOW_ENDS) and bool(_EDITION_OPENING.match(m.name).group())


def _hosted_elsewhere(name: str, host: str) -> bool:
    """Whether a fair's full name names a host city other than ``host`` (第14届中国（义乌）文化和旅游产品交易博览会
    is no 第14届深圳文博会, though 文博会's characters run through it in order). Only for a city's fair: 中国科博会's
    country hosts it in any of its cities."""
    return any(_host_city(name[i:j]) and host not in name[i:j]
               for i in range(len(name)) for j in range(i + 2, min(i + _MAX_PLACE_NAME, len(name)) + 1))


_MAX_PLACE_NAME = 8  # characters of a host city's name (乌鲁木齐, 布宜诺斯艾利斯)


def names_place(text: str) -> bool:
    """Whether the lexicon lists ``text`` as a place (the host city before a fair's short name: 深圳文博会)."""
    return LEX.names(text, "Region")


# What an event's edition adds before the series' name: its year, its number, or both (2020年第四届).
_EDITION_OPENING = re.compile(rf"(?:((?:19|20)\d{{2}})(?:年度?)?)?(?:{ORDINAL_EDITION})?")
_OF_THE_SERIES = tuple(LEX.patterns["event"]["series"])


def _series_by_edition(sentences: list[Sentence], mentions: list[list[Mention]], year: Optional[int]) -> list[list[Mention]]:
    """A meeting or fair named without its edition (本届中国网络文明大会) after
    its article has named one edition of it (第七届数字中国建设峰会, 2020年第四届
    世界智能大会) is that edition; two editions (第三届进博会 and 第四届进博会): the
    bare name is neither. A headline (X在杭州开幕) names the edition its item
    tells of, wherever the item names it. Not an edition of another year than
    the document's (与2023年X相比; …支持中方主办2026年X: one past, one to come),
    nor where the sentence speaks of the series (X已连续举办六届). A sitting
    named without its body, term or number is the numbered one its article names
    (_numbers_the_sitting)."""
    if not any(m.type == "Event" and (_EDITION_OPENING.match(m.name).group() or _SITTING_NUMBER.search(m.name)
                                      or _summit_of_a_city(m.name)) for ms in mentions for m in ms):
        return mentions  # most documents name no edition, no numbered sitting and no city's summit
    named: dict[int, list[str]] = defaultdict(list)  # each article's events so far, in order
    in_article: dict[int, list[str]] = defaultdict(list)
    for sent, ms in zip(sentences, mentions):
        in_article[sent.article].extend(n for m in ms if m.type == "Event" for n in _event_names(m))
    headlines = _headline_articles(sentences)
    out, opened = [], set()
    for sent, ms in zip(sentences, mentions):
        of_series = any(w in sent.text for w in _OF_THE_SERIES)
        title_end = _untagged_title_end(sent) if sent.article not in opened else 0
        opened.add(sent.article)
        resolved = []
        for m in ms:
            if m.type == "Event":
                named[sent.article].extend(_event_names(m))
                if not of_series:
                    article = in_article[sent.article] + (in_article[sent.article + 1] if sent.article in headlines else [])
                    # a title, or this meeting (本次X) named before a fuller name: the one its article tells of
                    titled = sent.heading or m.end <= title_end or sent.text[:m.start].endswith(_THIS_ONE)
                    m = evolve(m, name=_edition(m.name, article if titled else named[sent.article], year))
                    m = evolve(m, name=_group_summit(m.name, article)) if _summit_of_a_city(m.name) else m
            resolved.append(m)
        out.append(resolved)
    return out


_YEAR_OPENING = re.compile(r"((?:19|20)\d{2})?(?:年度?)?")  # 2022北京冬奥会, 2025年…: the year before a holder or name
_HOLDER_TYPES = ("Organization", "Region")


def _events_by_holder_or_year(sentences: list[Sentence], mentions: list[list[Mention]],
                              year: Optional[int]) -> list[list[Mention]]:
    """A meeting named in its article once with its holder or its year before the name
    (山东省通信管理局2025年工作会议, 2022北京冬奥会, 2022年金砖国家工商论坛) and elsewhere without
    them (2025年工作会议, 北京冬奥会, 金砖国家工商论坛), before or after, is that one meeting by its
    fuller name, as a year's edition after it already is (_series_by_edition). The holder is a body
    or place the article names; the year the document's. Not where two fuller names end so and
    neither holds the other (首届X and 第二届X), nor another year's (与2023年X相比; 2026年X after X)."""
    events: dict[int, set[str]] = defaultdict(set)
    holders: dict[int, set[str]] = defaultdict(set)
    for sent, ms in zip(sentences, mentions):
        events[sent.article].update(m.name for m in ms if m.type == "Event")
        holders[sent.article].update(n for m in ms if m.type in _HOLDER_TYPES for n in (m.name, m.surface))
    if not any(len(names) > 1 for names in events.values()):
        return mentions  # most articles name one meeting, or none

    def fuller(name: str, article: int) -> str:
        longer = [n for n in events[article] if len(n) > len(name) and n.endswith(name)
                  and _holder_or_year(n[:-len(name)], holders[article], year)]
        longest = max(longer, key=len, default=name)
        return longest if all(longest.endswith(n) for n in longer) else name

    return [[evolve(m, name=fuller(m.name, sent.article)) if m.type == "Event" else m for m in ms]
            for sent, ms in zip(sentences, mentions)]


def _holder_or_year(prefix: str, holders: set[str], year: Optional[int]) -> bool:
    """``prefix`` is a year (the document's, where it has one), a body or place in ``holders``, or a year and one."""
    opening = _YEAR_OPENING.match(prefix)
    rest = prefix[opening.end():]
    if opening.group(1) and year and int(opening.group(1)) != year:
        return False
    return (rest == "" and opening.end() > 0) or rest in holders


def _event_names(m: Mention) -> list[str]:
    """An event's name, and the short edition the text wrote it by where _shows_by_short_name gave it its full
    name (第五届进博会 → 第五届中国国际进口博览会): a bare 进博会 in an article that also names 第四届进博会 still
    sees two editions, and is neither."""
    if m.surface != m.name and _short_edition(evolve(m, name=m.surface)):
        return [m.name, m.surface]
    return [m.name]


def _untagged_title_end(sent: Sentence) -> int:
    """Where the title ends that an article's first sentence opens with, though the layout did not
    mark it a heading: a first line not closed as a sentence is (全国政协召开双周协商座谈会 围绕“…”协商议政
    汪洋主持), alone or glued by the cleaner to its lede (…协商议政|央视网消息（新闻联播）：十三届全国政协
    第49次双周协商座谈会14日在京召开。: the raw text's line break is a gap in ``runs``); 0 where none.
    Such a title names the meeting its body tells of."""
    end = sent.runs[1][0] if len(sent.runs) > 1 else len(sent.text)
    return 0 if sent.text[:end].rstrip().endswith(_SENTENCE_ENDS) else end


_SENTENCE_ENDS = ("。", "！", "？", "!", "?", "…")
_THIS_ONE = tuple(LEX.patterns["event"]["this"])  # 本次, 此次, 本届


_DATED_SITTING = tuple(LEX.patterns["event"]["dated_sittings"])
_SITTING_NUMBER = re.compile(r"第|届|首次|\d|[一二三四五六七八九十]次")  # 第156次常务会议, 首次集体学习: named once for all
_DAY_LENGTH = len("2020-01-31")  # an ISO date that gives the day, not only the month or year


def _townships_of_their_city(mentions: list[list[Mention]]) -> list[list[Mention]]:
    """A township is its city's: many counties name a 新桥镇 or a 城关镇, so its IRI
    holds the city (or municipality) the text places it in (沾化区黄升镇: 黄升镇_滨州市).
    A mention placed is its own city's, though the document placed the name in another
    city before (南京市江宁区新桥镇 … 绵阳市游仙区新桥镇: two townships, each located in
    its own district); a mention alone is the one placed last before it, or where none
    is, the one placed first after it."""
    first: dict[str, str] = {}
    for ms in mentions:
        for m in ms:
            if m.subtype == TOWNSHIP and m.parent:
                first.setdefault(m.name, _city_above(m.parent))
    if not first:
        return mentions  # a township the text places nowhere keeps its name alone: a story's home is no sure seat
    last: dict[str, str] = {}
    out = []
    for ms in mentions:
        row = []
        for m in ms:
            if m.subtype == TOWNSHIP and not m.iri and m.name in first:
                if m.parent:
                    last[m.name] = _city_above(m.parent)
                m = evolve(m, iri=entity_iri("Region", f"{m.name}_{last.get(m.name) or first[m.name]}"))
            row.append(m)
        out.append(row)
    return out


def _city_above(place: str) -> str:
    """The prefecture-level city or municipality a place is or lies in (沾化区: 滨州市; 房山区: 北京市);
    a county under its province alone (仙桃市, 琼中黎族苗族自治县) or a place the gazetteer does not
    hold (a zone) stands for itself."""
    return next((a for a in LEX.region_chain(place) if a in MUNICIPALITIES or LEX.region(a).level == _CITY_LEVEL), place)


def _of_one_occasion(m: Mention, doc: Document) -> Mention:
    """An unnumbered sitting of a standing body (国务院常务会议) is the one of its
    document's day, or of its document where the text gives no day (a year
    alone holds many sittings): the name stays, the entity is that day's. A
    year's meeting its holders do not name (三大运营商陆续召开2024年工作会议)
    is its document's: every body holds one."""
    if m.type != "Event" or m.iri:
        return m
    if yearly_kind(m.name):
        return evolve(m, iri=entity_iri("Event", f"{m.name}_{doc.id}"))
    if not m.name.endswith(_DATED_SITTING) or _SITTING_NUMBER.search(m.name):
        return m
    day = doc.published if doc.published and len(doc.published) == _DAY_LENGTH else doc.id
    return evolve(m, iri=entity_iri("Event", f"{_body_stem('Event', m.name)}_{day}"))


def _edition(name: str, before: list[str], year: Optional[int]) -> str:
    """The one edition of ``name`` among the event names ``before`` it, else the one numbered
    sitting it stands for among them (a headline's ``before`` is its item's: the body's
    numbered name), else ``name``. Not a sitting named after it: 出席中国－中东欧国家领导人会晤。
    …去年举行的第四次中国－中东欧国家领导人会晤 (this year's is another)."""
    editions = set()
    for n in before:
        opening = _EDITION_OPENING.fullmatch(n[:-len(name)]) if len(n) > len(name) and n.endswith(name) else None
        if opening and not (year and opening.group(1) and int(opening.group(1)) != year):
            editions.add(n)
    if not editions:  # a sitting named before its later term's is its own (2014年…第一次会议 before 二十届…第一次会议)
        editions = {n for n in before if len(n) > len(name) and n.endswith(name)
                    and not _EDITION_OPENING.fullmatch(n[:-len(name)]) and _numbers_the_sitting(n[:-len(name)], name)}
    longest = max(editions, key=len, default=name)
    return longest if all(longest.endswith(n) for n in editions) else name  # 2020年第四届X holds 第四届X


def _numbers_the_sitting(prefix: str, name: str) -> bool:
    """``prefix`` + ``name`` is the numbered sitting ``name`` stands for: the prefix gives its term or
    number (十三届全国政协第49次|双周协商座谈会, 十三届|全国人大常委会第一百零二次委员长会议), or
    ``name`` opens with its number, or is a summit named by its city, and the prefix gives its body
    (中拉论坛|第四届部长级会议, 中非合作论坛|北京峰会). A year
    alone is an edition's (_EDITION_OPENING), checked against the document's; a dateline before a
    name (人民网北京5月20日电（记者…）) or a count of editions (2019两届) numbers nothing."""
    return bool(_TERM_OR_SITTING.search(prefix) or (_TERM_OR_SITTING.match(name) or _summit_of_a_city(name))
                and not _NO_BODY.search(prefix))


def _summit_of_a_city(name: str) -> bool:
    """A summit named by its host city alone (北京峰会, 杜尚别峰会): the one of the body or forum its
    article names it with (中非合作论坛北京峰会, 亚信杜尚别峰会). Not a country or a part of the
    world, which names a series of its own (东亚峰会 beside 世界经济论坛东亚峰会)."""
    return name.endswith(_SUMMIT) and _host_city(name[:-len(_SUMMIT)])


def _host_city(text: str) -> bool:
    """Whether the lexicon lists ``text`` as a place that hosts meetings and fairs: no country or part of the world."""
    return any(e.type == "Region" and e.subtype not in _NOT_A_HOST_CITY for e in LEX.entries.get(text, ()))


_SUMMIT = "峰会"
_NOT_A_HOST_CITY = ("Country", "WorldRegion")


def _group_summit(name: str, article: list[str]) -> str:
    """A summit named by its host city alone (杭州峰会, 罗马峰会) that its article names with no body before it,
    in an article whose summits are all one listed group's (二十国集团领导人汉堡峰会, 二十国集团峰会, G20大阪峰会):
    that group's summit in that city (二十国集团杭州峰会: one event with 二十国集团领导人杭州峰会, _event_stem).
    Not where the article names two groups' summits (上合组织青岛峰会 beside 二十国集团峰会) or none, nor a
    summit that opens with no listed body (首届中国—中亚峰会 beside 二十国集团领导人峰会: 西安峰会 is that one's;
    人工智能行动峰会 and 巴黎峰会): the city's summit may be that one's. A year or edition before the group
    (2016年二十国集团杭州峰会) opens no summit of another."""
    summits = [n for n in article if n.endswith(_SUMMIT) and not _summit_of_a_city(n)]
    holders = {holder.name if holder else None
               for holder, _ in (_opening_body(n[_EDITION_OPENING.match(n).end():]) for n in summits)}
    return holders.pop() + name if len(holders) == 1 and None not in holders else name


# A term, an edition or a sitting's number (第, 十三届, 首届, 第49次, 首次), not a count of editions (两届) nor a digit of a name (5G, G20)
_TERM_OR_SITTING = re.compile(rf"第|[{ORDINAL_DIGITS}首]届|首次|[{ORDINAL_DIGITS}]次")
_NO_BODY = re.compile(r"[\d（(]")  # a date or an aside: a dateline (人民网北京5月20日电（记者…）), no body's name


def _abbreviates(short: str, name: str) -> bool:
    """Every character of ``short`` is in ``name``, in order."""
    rest = iter(name)
    return all(c in rest for c in short)


def _as_listed(m: Mention) -> Mention:
    """A body another recogniser named by a form the lexicon lists (中兴通讯
    in a list of companies, 百度 before 旗下) is the lexicon's body, as the
    gazetteer would have named it: else it is a second entity beside it."""
    if m.type != "Organization" or m.source == GAZETTEER:
        return m  # the lexicon lists bodies, and the gazetteer's are its own names already
    listed = _listed_body(m.type, m.name)
    if listed is None or listed.name == m.name:
        return m
    return evolve(m, name=listed.name, subtype=listed.subtype or m.subtype, parent=m.parent or listed.parent)


def _listed_body(type_: str, name: str) -> Entry | None:
    """The one body the lexicon lists under this name, if any."""
    if type_ != "Organization":
        return None
    listed = [e for e in LEX.entries.get(name, ()) if e.type == "Organization"]
    return listed[0] if len(listed) == 1 else None


def _alias(m: Mention, aliases: dict[str, str]) -> Mention:
    if m.type == "Policy" and m.name in aliases:
        return evolve(m, name=aliases[m.name])
    return m


_SPACE_IN_HAN = re.compile(rf"(?<=[{CJK}])\s+(?=[{CJK}])")


_HALF_BRACKETS = str.maketrans("()", "（）")


@functools.lru_cache(maxsize=1 << 16)  # names recur in every mention, in every document
def _tidy(name: str) -> str:
    # Spaces between Chinese characters are layout, not part of a name; so is
    # a bracket pair typed half in each width (西部(重庆）科学城).
    # A short-name aside inside a name (…通信发展管理办公室（以下简称通管办）工作会议) is the text's, not the name's.
    name = _SHORT_NAME_ASIDE.sub("", _SPACE_IN_HAN.sub("", name)).strip()
    if re.search("[()]", name) and re.search("[（）]", name):
        name = name.translate(_HALF_BRACKETS)
    return name


_SHORT_NAME_ASIDE = re.compile(r"[（(](?:以下简称|以下称|下称|简称)[^（）()]{1,20}[）)](?=.)")


# -- corpus level -------------------------------------------------------------

@dataclass
class Entity:
    iri: str
    type: str
    subtype: str
    name: str
    aliases: list[str]
    mentions: list[tuple[str, int, int]]  # (doc id, raw start, raw end)


def entity_key(m: Mention) -> tuple[str, str]:
    """What makes two mentions one entity: the lexicon's canonical name or
    concept, else the resolved name."""
    return key_of(m.type, m.name, m.iri)


def key_of(type_: str, name: str, iri: str) -> tuple[str, str]:
    return (type_, iri or _field_iri(type_, name) or _body_stem(type_, name))


def mention_iri(m: Mention) -> str:
    """The IRI of the entity a mention names: a function of the mention
    alone (its entity key), so any worker agrees with the merge."""
    return iri_of(m.type, m.name, m.iri)


def iri_of(type_: str, name: str, iri: str) -> str:
    return iri or _field_iri(type_, name) or entity_iri(type_, _body_stem(type_, name))


# A field named with its word of industry (集成电路产业, 交通行业) and the bare field
# (集成电路, 交通) are one Sector: the taxonomy's concept where it has one (by either
# form, 汽车行业 -> 汽车, 半导体 -> 半导体产业), else the bare field's key. Not where
# the stem is a word of kind or degree (新兴产业, 未来产业, 相关行业: the suffix makes
# the term), nor a word that names a field only with its head (数字产业 is no 数字:
# patterns.toml sector.bound_field_words).
_INDUSTRY_WORDS = ("产业", "行业")
_NO_FIELD = frozenset(LEX.patterns["sector"]["generic_modifiers"] + LEX.patterns["sector"]["not_sectors"]
                      + LEX.patterns["sector"]["bound_field_words"])
# the kinds and degrees a stem may end with (战略性新兴, 劳动密集型, 资源型); not a domain word a
# compound field ends with (高新技术, 信息技术), nor one character (创新 ends with 新)
_KIND_WORDS = tuple(w for w in LEX.patterns["sector"]["generic_modifiers"]
                    if len(w) >= 2 and w not in LEX.patterns["sector"]["not_sectors"])
_SECTOR_PREFS = {iri: pref for iri, pref in LEX.sector_labels.values()}


def field_stem(name: str) -> str:
    """The field an industry's name names (交通行业 -> 交通), else the name."""
    if name.endswith(_INDUSTRY_WORDS):
        stem = name[:-2]
        if len(stem) >= 2 and stem not in _NO_FIELD and not stem.endswith(_KIND_WORDS):
            return stem
    return name


@functools.lru_cache(maxsize=1 << 14)
def _field_iri(type_: str, name: str) -> str:
    """The taxonomy concept a Sector mention without one names by its
    industry's word or its bare field; "" when none."""
    if type_ != "Sector":
        return ""
    stem = field_stem(name)
    forms = [name] + ([stem] if stem != name else []) + ([stem + w for w in _INDUSTRY_WORDS] if stem not in _NO_FIELD else [])
    return next((LEX.sector_labels[f][0] for f in forms if f in LEX.sector_labels), "")


# A bare legal-form word ends a company's name as news write it in passing: 宝马公司,
# 宝马集团 and 富士康, 富士康公司 are one body each. 有限公司, 分公司, 子公司, 总公司 and
# 子集团 say more than that (a registered name, a unit) and stay.
_BARE_LEGAL_FORM = re.compile(f"(?<![限分子总])(?:集团公司|{'|'.join(BARE_LEGAL_FORMS)})$")
_MIN_STEM = 2  # 集团公司 alone, 某公司: no name before the word


# The same name typed with another dash or bracket width (中国—东盟博览会 and 中国－东盟博览会,
# 中国(上海)自由贸易试验区 and 中国（上海）…) in different items: one dash between Han
# characters or digits, full-width brackets. Latin names keep their hyphen (5G-A).
_DASH_IN_NAME = re.compile(r"(?<=[\u4e00-\u9fff\d])[—–\-－―](?=[\u4e00-\u9fff\d])")


@functools.lru_cache(maxsize=1 << 16)  # every sighting's key asks, and names recur
def _body_stem(type_: str, name: str) -> str:
    """What makes a body's names one entity: the lexicon's name for a listed
    short form (a relation's or a figure's own mention of 中科院 names
    中国科学院, as resolution makes the recognisers' mentions), without a
    bare 公司 or 集团, with one dash and one bracket width."""
    listed = _listed_body(type_, name)
    name = _standard_spelling(listed.name if listed else name)
    if type_ == "Region":
        return _zone_stem(name)
    if type_ == "Sector":
        return field_stem(name)
    if type_ == "Event":
        return _event_stem(name)
    m = _BARE_LEGAL_FORM.search(name) if type_ == "Organization" else None
    return name[:m.start()] if m and m.start() >= _MIN_STEM else name


_ASIDE = re.compile(r"（([^（）]{1,12})）")
_ACTIVITY_QUALIFIER = re.compile(r"(?:系列|主题)(?=活动$)")  # a campaign's activities, or its theme's: the campaign
_MAX_HOLDER = 20  # characters of a listed body's name that may open a meeting's
# A group's summit is its leaders' meeting: 领导人 between the group and 峰会 says it again
# (二十国集团领导人杭州峰会 and 二十国集团杭州峰会, G20杭州峰会; 二十国集团领导人峰会 and 二十国集团峰会).
_LEADERS = "领导人"


def _event_stem(name: str) -> str:
    """What makes a meeting's names one event: the body that opens it by the
    lexicon's name (上合组织青岛峰会 and 上海合作组织青岛峰会, 中国电科2025年度工作会议 and
    中国电子科技集团有限公司2025年度工作会议), without an aside in brackets that
    says a word again (（中国电科）, （10+3）, （总理）, （2019）); a place in
    brackets is part of the name (中国（青海）藏毯国际展览会); a campaign's 系列活动 or 主题活动 is its 活动;
    a numbered meeting by its numbering (中国共产党第二十次全国代表大会 and 党的二十大,
    第十四届全国人民代表大会第二次会议 and 十四届全国人大二次会议: entities.by_numbering);
    a listed group's summit with or without 领导人 after the group (_LEADERS)."""
    name = by_numbering(name)
    name = _ASIDE.sub(lambda m: m.group() if names_place(m.group(1)) else "", name)
    name = _ACTIVITY_QUALIFIER.sub("", name)  # “节俭养德人人行动”主题活动 and …活动: one campaign
    holder, i = _opening_body(name)
    if holder is None:
        return name
    rest = name[i:]
    return holder.name + (rest[len(_LEADERS):] if rest.startswith(_LEADERS) and rest.endswith(_SUMMIT) else rest)


def _opening_body(name: str) -> tuple[Optional[Entry], int]:
    """The listed body a meeting's name opens with (上合组织|青岛峰会, G20|杭州峰会) and where its words end; (None, 0)."""
    for i in range(min(len(name) - 1, _MAX_HOLDER), 1, -1):
        holder = _listed_body("Organization", name[:i])
        if holder is not None:
            return holder, i
    return None, 0


# What merging an entity reads of one mention: type, name, iri (what
# key_of and iri_of take), surface, subtype, source, then where it was
# said: doc id, raw start, raw end. A plain tuple, not a Mention: workers
# marshal them (kg.engine.assembly), and a rebuild reads back those of every
# entity a change touches.
Sighting = tuple[str, str, str, str, str, str, str, int, int]


def sighting(m: Mention, doc: str, span: tuple[int, int]) -> Sighting:
    return (m.type, m.name, m.iri, m.surface, m.subtype, m.source, doc, span[0], span[1])


_NAME, _SURFACE, _SUBTYPE, _SPAN = itemgetter(1), itemgetter(3), itemgetter(4), itemgetter(6, 7, 8)


def _pair_characters(items: list[Sighting]) -> Counter:
    """The one characters a pair of countries writes them by (中|法): no alias of either."""
    return Counter(s[3] for s in items if s[5] == COUNTRY_PAIR)


def entity_of(key: tuple[str, str], items: list[Sighting]) -> Entity:
    """One entity from all its sightings. The work per mention runs in C
    (map, Counter, set): a large corpus has thirty mentions per entity."""
    surfaces: Counter = Counter()
    for surface, n in (Counter(map(_SURFACE, items)) - _pair_characters(items)).items():
        surfaces[_clean_surface(surface)] += n
    first_type, first_name, first_iri = items[0][:3]  # any sighting's: all give the key's IRI
    name = canonical_name(items, surfaces)
    aliases = [s for s, _ in sorted(surfaces.items(), key=lambda kv: (-kv[1], kv[0])) if s != name and s]
    # the names resolution gave it that no text writes as such (a lexicon's IRI names it without them)
    aliases += sorted({s[1] for s in items if not s[2]} - {name} - set(aliases))
    return Entity(iri=iri_of(first_type, first_name, first_iri), type=key[0],
                  subtype=_subtype(items) or key[0], name=name, aliases=aliases, mentions=sorted(set(map(_SPAN, items))))


def _subtype(items: list[Sighting]) -> str:
    """The subtype most sightings give; between as many, the one its fullest
    mention gives (甘肃省委 a PartyOrganization, its 省委 a GovernmentBody),
    then the one given nearest the start of its document (within one
    document, its first mention), then the first in code order: never the
    first document's, which the order of the files decides."""
    counts = Counter(filter(None, map(_SUBTYPE, items)))
    if not counts:
        return ""
    top = max(counts.values())
    tied = {t for t, n in counts.items() if n == top}
    if len(tied) == 1:
        return tied.pop()
    return min((-len(_clean_surface(s[3])), s[7], s[4]) for s in items if s[4] in tied)[2]


def _fullest(names: Collection[str], counts: Counter) -> str:
    """The fullest of ``names``, then the one nearest the spelling its key
    writes (中国—东盟, 中国（上海）: ``_body_stem``), then the most written
    (``counts``), then the first in code order: not the first document's,
    which the order of the files decides."""
    if len(names) == 1:  # nearly every entity: nothing to weigh (the key below costs a regex per name)
        return next(iter(names))
    return min(names, key=lambda n: (*_fullness(n), _respelt(n), -counts[n], n))


# An aside that says again what the name or the day says (第二届世界顶尖科学家论坛（2019）,
# …大会（COP28）, 中国电子科技集团有限公司（中国电科）…: a year, a Latin acronym, a short form
# of the words before it) makes no name fuller; one that says more does (（10+1）, （总理）).
_SAID_AGAIN = re.compile(r"\d{4}年?|[A-Za-z][A-Za-z\d]*")


def _fullness(name: str) -> tuple[int, int]:
    """What ranks a name first, least first: whether it carries an aside that says a thing again
    (a name written without one is the cleaner: 中国电科2025年度工作会议, not
    中国电子科技集团有限公司（中国电科）2025年度工作会议), then its length less such asides,
    negated (``_event_stem`` leaves every aside out of the key: only these make no name fuller)."""
    spelt = _standard_spelling(name)
    repeated = sum(len(m.group()) for m in _ASIDE.finditer(spelt) if _says_again(m.group(1), spelt[:m.start()]))
    return repeated > 0, repeated - len(name)


def _says_again(aside: str, before: str) -> bool:
    chars = iter(before)  # a short form: its characters in the words before it, in order
    return bool(_SAID_AGAIN.fullmatch(aside)) or len(aside) >= 2 and all(c in chars for c in aside)


def _standard_spelling(name: str) -> str:
    """One dash between Han characters or digits, full-width brackets (a character for a character)."""
    return _DASH_IN_NAME.sub("—", name).translate(_HALF_BRACKETS)


def _respelt(name: str) -> int:
    """How many of the name's characters its standard spelling writes otherwise."""
    return sum(map(ne, name, _standard_spelling(name)))


def _clean_surface(surface: str) -> str:
    return _tidy(re.sub(r"[《》“”\"]", "", surface))


_CONTEXT_BODY = "org.context-body.v1"


def canonical_name(items: list[Sighting], surfaces: Counter) -> str:
    """The fullest form the corpus gives.

    Sectors use the taxonomy's preferred label when the text uses it (or
    it with 产业/行业), else the bare field written beside its industry;
    regions their full administrative name; a name that resolution built
    from context (市工信局 -> 安康市工业和信息化局) is that name; otherwise
    the longest surface form written for it.
    """
    first_type, first_name, first_iri = items[0][:3]
    if first_type == "Sector":
        # the taxonomy's label where the text writes that field as fully (集成电路产业 ->
        # 集成电路; 软件 alone is not named 软件产业 after the concept), else the bare field
        # where the text writes it (交通 beside 交通行业), else its name, or the longest form written
        pref = _SECTOR_PREFS.get(first_iri or _field_iri(first_type, first_name))
        # a classification's X业 (通信业, 金融业) is X产业 and X行业 written in full
        field = pref[:-1] if pref and len(pref) >= 3 and pref.endswith("业") and field_stem(pref) == pref else field_stem(pref or "")
        if pref and (pref in surfaces or any(field_stem(s) == field and len(s) >= len(pref) for s in surfaces)):
            return pref
        bare = sorted(s for s in surfaces if any(field_stem(t) == s != t for t in surfaces))  # 交通 beside 交通行业
        if bare:
            return max(bare, key=len)
        # one node may hold several names written (钢铁产业 in one document, 钢铁行业 in another)
        written = {s[1] for s in items} & surfaces.keys()
        return _fullest(written, surfaces) if written else max(sorted(surfaces), key=len)
    if first_type in ("Region", "Policy", "Event", "Person"):
        # the names resolution gave (上合组织青岛峰会 in one document, 上海合作组织青岛峰会 in another;
        # 中国－中亚峰会 and 中国—中亚峰会): the fullest, then the standard spelling, then the most given
        names = Counter(map(_NAME, items))
        return _fullest(names, names)
    # each distinct (name, surface) once: an entity has tens of sightings
    listed = {s[1] for s in items if s[5] == GAZETTEER}
    built = {name for name, surface, source in {(s[1], s[3], s[5]) for s in items if s[5] != GAZETTEER}
             if not _spells_out(name, surface) and not (source == _CONTEXT_BODY and name in listed)  # 公司 in 中国电信's report
             and not _short_form_as_written(first_type, name, surface)}
    if built:
        return max(sorted(built), key=len)
    # a report's company written as 公司 is no name of it (华为 …; 公司实现销售收入…: 华为)
    anaphors = {s[3] for s in items if s[5] == _CONTEXT_BODY}
    return max(sorted(surfaces.keys() - anaphors or surfaces), key=len)


def _short_form_as_written(type_: str, name: str, surface: str) -> bool:
    """A listed body's short form, named as written (中科院 as a relation's own
    mention): no fuller form than the lexicon's."""
    listed = _listed_body(type_, name)
    return name == surface and listed is not None and listed.name != name


def _spells_out(name: str, surface: str) -> bool:
    """The name is the written form with a listed body's short form spelled
    out (科技部基础研究司 -> 科学技术部基础研究司). Such a name is no fuller
    form the corpus gives: only one it writes is."""
    return any(e.type == "Organization" and e.short and name == e.name + surface[i:]
               for i in range(2, len(surface) + 1) for e in LEX.entries.get(surface[:i], ()))
