"""What a build may be told: limits, extraction thresholds, confidences,
and how it runs. One frozen ``Settings`` is filled by the command line
(``kg build`` options) or the API (``kg.build(inputs, out, **fields)``) and
handed to every component that reads one of its values; nothing reads them
from module state. The defaults are what ``kg build`` has always used.

>>> Settings.of(workers=2, roundup_items=4).thresholds.roundup_items
4
>>> Settings.of(colour="red")
Traceback (most recent call last):
  ...
TypeError: unknown settings: colour
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields, replace
from typing import Any, Optional


@dataclass(frozen=True)
class Limits:
    """What a build reads, and when it forks."""
    max_mb: float = 32                # larger input files are reported, not read (--max-mb)
    max_sentence_chars: int = 600     # a run-on "sentence" (a 2 MB line) is cut at a comma, then hard
    fork_from: int = 500              # entities to merge before a second process saves more than it costs


@dataclass(frozen=True)
class Thresholds:
    """Lengths (in characters), counts and jieba word frequencies the
    extractors decide by."""
    # clean: headings and broken paragraphs
    heading_max_chars: int = 32       # a line this short without a full stop is a heading
    long_line_chars: int = 40         # a paragraph this long that stops mid-sentence goes on in the next
    date_lines: int = 3               # the lines at either end of a text that may give its date: the title and the
                                      # lines under it (a dateline; a page's date line), a notice's last (its sign-off)
    # entities
    max_seat_name: int = 16           # between a seat (a region, a body, 国家) and a research body's suffix
    max_company_name: int = 12        # a company's name before its suffix, its trade word included
    max_name_before_seat: int = 8     # a name's words before a seat in brackets (中国移动紫金|（江苏）创新研究院)
    max_lab_field: int = 16           # the field a designated lab is named by (激光推进及其应用|国家重点实验室)
    max_owner_name: int = 8           # a company named only by what it owns (徐工机械控股子公司…): its longest name
    min_owner_name: int = 2           # fewer characters before 旗下 are a word (其旗下), not a name
    min_state_field: int = 4          # what a 国家…中心 studies: fewer make a kind (国家重点实验室), not a name
    min_field_pair_part: int = 2      # characters of each field a 与 joins in a college's name (数学与系统科学研究院; 企业与研究院 joins parties)
    max_list_item: int = 24           # one item of a list of bodies
    max_joined_part: int = 6          # the left of 与 in a joined name (计算与应用统计)
    generic_word_freq: int = 50       # a one-word company prefix this frequent is a common word (某科技公司)
    max_peer_item: int = 8            # an unknown item named beside a known company (a Latin word may be longer)
    min_known_peers: int = 1          # companies the lexicon knows that make a bare list one of companies
    peer_common_freq: int = 500       # a one-word list item this frequent is a common noun (钢铁, 汽车)
    min_capitalised_letters: int = 3  # a capitalised Latin name (Nokia); shorter ones must be all capitals (HP)
    common_word_freq: int = 200       # a dictionary word this frequent is a word, not a name (unless tagged a name)
    county_word_freq: int = 1000      # a county's short form this frequent (中原, 古城, 江南) names it only right after its province or city
    rare_word_freq: int = 20          # with no title to vouch for it, a name holds no more frequent word
    home_word_freq: int = 1000        # a word a name's last character and 家 make this frequent (富则国|家: 国家) ends no
                                      # name before its bearer's home (学家 322: 赵玉学|家 is one)
    scope_word_freq: int = 20         # 省/市/县 in a pair or triple this frequent is inside a word (城市, 上市), after one the word before it (召开|市委)
    max_described_kind: int = 40      # how far back before 的 and a body a count (一家…的公司) may open its description
    rare_given_verb_freq: int = 100   # a verb jieba counts less often may be a given name after a surname (刘|拥军: 72)
    max_speakers: int = 40            # a list of names before their verb (赵明、钱立、孙刚参加)
    max_people_kind: int = 12         # after a list's 等, the words before the kind of people (等信息科学领域的两院院士)
    max_event_name: int = 40          # from the body or place opening a meeting's name to its last word
    min_activity_name: int = 3        # a quoted activity's name; two characters are a word in quotes (“读书”活动, “展佛”仪式, “双创”)
    min_known_fields: int = 2         # known fields that make a bare list one of fields
    max_field_peer: int = 8           # an unknown item named beside known fields
    max_industry_head: int = 6        # X in X行业: longer runs are clauses, not names
    max_infrastructure_head: int = 8  # X in X基础设施
    max_capital_name: int = 6         # a capital's name after 首都 (贝尔格莱德: 5)
    min_township_name: int = 2        # a township's name before 街道/镇/乡 (凤城街道, 东峡镇); one character is a word's (城乡, 乡镇)
    max_township_name: int = 4        # …and its longest (彭家桥街道: 3, 半淞园路街道: 4)
    max_foreign_name: int = 8         # a transliterated name after a foreign leader's title (哇集拉隆功, 阿卜杜拉·阿曼)
    max_dotted_name: int = 14         # a name of parts joined by · after any title (市长吾拉木江·热依木, 副局长哈里木拉提·阿布都克里木)
    max_foreign_ministry: int = 8     # a foreign ministry's words before its 部 (能源与矿业: 5, 交通和通讯: 5)
    max_foreign_agency: int = 8       # another country's agency's own words before its kind (国家杜马国际事务: 8, 联邦航空: 4)
    max_joint_body: int = 12          # a joint body's words between its pair and its kind (双边合作联合: 6, 天津生态城联合协调: 9)
    max_title: int = 160              # a title in 《》: six ministries' offices signing one notice write 81 characters
    works_kind_span: int = 10         # after a list of titles' 等, within which the word for what they are follows (等菲律宾多家主流媒体: 6, 等赞颂中柬友好的歌曲: 7)
    max_examples_span: int = 40       # the examples' names (with 、 between them) after a place inside one, before 等N个 (签约北京中信旅游…度假区等8个项目)
    # relations
    opening_span: int = 6             # after the lead, within which a sentence's first name opens it
    name_after_country_freq: int = 500  # a word jieba tags a name, right after a country written in full, opens a
                                      # body's name under this count (德国|奥迪 92, 坦桑尼亚|革命党 308), not above (阿富汗|和平 7998)
    cited_says: int = 3               # after a cited policy's name, within which its verb of saying follows (规划》提出)
    max_sub_place: int = 4            # a part of a region jieba knows, after it and before 的 (位于上海临港的, 位于湖北中南部的)
    max_chair_place: int = 12         # the place between a chair and 主持 (习近平…在内蒙古自治区巴彦淖尔市主持召开: 11)
    # resolution
    national_min: int = 2             # 全国-words that make an article national news (when no region outnumbers them)
    min_found_again: int = 3          # a short name this long is looked for everywhere; a shorter one (华信) only where given
    title_scope_weight: float = 2.0   # a place or body the title names counts this many times toward the document's scope
    province_outnumbers: float = 3.0  # a province named by its own name this many times as often as its city or county the text is about
    # figures
    min_body_in_indicator: int = 3    # a body named inside what a figure counts owns it (2-character names are often words: 苹果)
    min_field_tail: int = 2           # the shortest end of a field's name an indicator may open with (信息技术服务业, not 业)
    min_counted_name: int = 2         # counted things before a quantity named after them (321个项目总投资): fewer characters name none
    max_titled_place: int = 12        # the place a plan's title opens with (《新疆维吾尔自治区…规划》: 8), whose aims it sets
    max_set_before: int = 16          # before a count, where the set it counts a part of is named (41个工业大类行业中，有: 12); half as far after it, its members by a kind of their own (110个试点县（市）)
    max_quote_lead_verbs: int = 2     # verbs between a quoted name and the noun it modifies (8个“5G+工业互联网”应用|示范|园区)
    max_counted_noun_gap: int = 4     # between a figure's end and the noun it counts (个, 多家, 余所: 新建200个铁塔)
    this_event_named_within: int = 1  # sentences before 本届X… within which its event is named (a round-up's event is another item's)
    bare_event_named_within: int = 2  # sentences before 峰会期间，… within which the event of that kind is named (not one told of further back)
    roundup_items: int = 3            # paragraphs opening as news (今天…) that make an article a round-up of items
    plan_lead_paragraphs: int = 2     # opening paragraphs where a plan issued makes the article a report of that plan
    heading_year_lag: int = 1         # years before the document's that a heading's year may be and date the part under it
                                      # (一、2019年工作回顾 in 2020; not a story's past: 2008年北京奥运场馆今昔, in 2023)
    year_closing_months: int = 1      # months into a year in which a period since last year (2023年以来, in January 2024) is
                                      # read to that year's end: January is when the year before is summed up (the national
                                      # statistics' annual release, ministries' annual press conferences); by February the
                                      # period reaches into the new year (2016年以来…侦破…600多起, 18 Feb 2017: up to then)
    review_months: int = 3            # months into a year in which a sentence opening with the year or years up to now
                                      # (过去一年，…; 五年来，…) reviews the year before: the work reports of the people's
                                      # congresses, January to March, look back on it (李克强…指出，过去一年，… 5 March 2022;
                                      # 过去五年，我国全社会研发经费从…, 21 January 2026); by April such a year is the last twelve months


@dataclass(frozen=True)
class Confidences:
    """The confidence each kind of evidence gives the relation or figure it
    states (records' ``confidence``); by predicate, then evidence."""
    position_chain: float = 0.9           # 部党组书记、部长李乐成: a chain of posts right before the name
    position_after_name: float = 0.8      # 张平文（北京大学副校长）, 王强是中国移动的总经理
    position_around_name: float = 0.8     # 清华大学张三院士, 某集团的企业代表王五
    position_of_place: float = 0.7        # 省长易炼红: a bare title, of the document's place
    position_ministry_leaders: float = 0.8  # 部领导叶民、熊继军
    issues_trigger: float = 0.9           # X印发《Y》
    issues_report: float = 0.8            # a government work report, issued by its region
    issues_adopted: float = 0.8           # a law adopted by the meeting its header names
    issues_title: float = 0.8             # 《X关于…的通知》: a policy titled after its issuer
    signs_trigger: float = 0.85           # X签署《Y》
    holds_trigger: float = 0.85           # X召开Y
    holds_name: float = 0.8               # a meeting named after its holder
    chairs_trigger: float = 0.85          # X主持召开Y
    targets_trigger: float = 0.6          # a subject, a focus verb, the sectors after it
    targets_title: float = 0.8            # a plan titled after its field
    targets_supplier: float = 0.7         # a company named as a field's supplier
    targets_goal: float = 0.6             # a plan's goal figure that counts a field
    sub_organization_named: float = 0.9   # a unit named with its parent body (recognised with it)
    sub_organization_unit: float = 0.75   # a unit's name that opens with its parent's (X办公厅), or the body written at its start
    sub_organization_head: float = 0.7    # a unit of a group or a head body its name implies
    sub_organization_bracketed: float = 0.7  # A（B）: B the body A belongs to
    sub_organization_trigger: float = 0.8  # A隶属于B, B旗下的A
    sub_organization_founded: float = 0.75  # B组建了A
    located_in_named: float = 0.9         # a unit named with its region, or a region with the one it lies in
    located_in_name: float = 0.8          # a body whose name opens with a region, seat or zone
    located_in_seat: float = 0.75         # a government the unit's name places in its seat
    located_in_trigger: float = 0.8       # A位于B, A落户B
    cooperates_trigger: float = 0.7       # A携手B, A与B合作, A、B签署协议, joint signers or holders
    cooperates_listed: float = 0.6        # the bodies a sentence lists as working together
    measure: float = 0.6                  # a figure and its subject
    measure_headline: float = 0.5         # a headline's figure (我国网民规模达10.67亿): the body's statement of it,
                                          # which writes its date (截至2022年12月，…), is the better evidence


ENGINES = ("local", "dask")
VALIDATION = ("auto", "full", "sample", "off")


@dataclass(frozen=True)
class Settings:
    """Everything a build may be told. ``workers``, ``engine``,
    ``scheduler``, ``validate`` and ``cache`` say how it runs; the groups
    what it finds and draws."""
    workers: int = 1                  # extraction processes
    engine: str = "local"             # where extraction runs: local (this machine) or dask
    scheduler: Optional[str] = None   # with the dask engine, the scheduler's address (None: a local cluster)
    validate: str = "auto"            # the SHACL check: auto, full, sample or off
    cache: bool = True                # read and write the extraction cache (OUT/.cache)
    limits: Limits = Limits()
    thresholds: Thresholds = Thresholds()
    confidences: Confidences = Confidences()

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"engine {self.engine!r}: one of {', '.join(ENGINES)}")
        if self.validate not in VALIDATION:
            raise ValueError(f"validate {self.validate!r}: one of {', '.join(VALIDATION)}")
        if self.workers < 1:
            raise ValueError(f"workers {self.workers!r}: at least 1")

    @classmethod
    def of(cls, **names: Any) -> "Settings":
        """The defaults with ``names`` changed: a field of Settings, or of
        one of its groups by the group field's own name
        (``Settings.of(max_mb=4, roundup_items=5)``). An unknown name is a
        TypeError naming it."""
        return DEFAULT.but(**names)

    def but(self, **names: Any) -> "Settings":
        """These settings with ``names`` changed (as ``of``)."""
        own = {f.name for f in fields(self)}
        groups: dict[str, dict[str, Any]] = {}
        top = {}
        unknown = []
        for name, value in names.items():
            if name in own:
                top[name] = value
                continue
            group = next((g for g in _GROUPS if name in _GROUP_FIELDS[g]), None)
            if group is None:
                unknown.append(name)
            else:
                groups.setdefault(group, {})[name] = value
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
        changed = replace(self, **top)
        return replace(changed, **{g: replace(getattr(changed, g), **v) for g, v in groups.items()})

    def extraction_key(self) -> str:
        """A short hash of what changes the outputs (the groups; not how
        the build runs): cached results made under other values are not
        reused."""
        return hashlib.sha256(repr((self.limits.max_sentence_chars, self.thresholds,
                                    self.confidences)).encode()).hexdigest()[:16]


_GROUPS = ("limits", "thresholds", "confidences")
_GROUP_FIELDS = {g: {f.name for f in fields(t)} for g, t in zip(_GROUPS, (Limits, Thresholds, Confidences))}
DEFAULT = Settings()
