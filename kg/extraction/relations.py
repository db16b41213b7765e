"""Stage 5: relations between the mentions of a sentence.

Extractors are small named functions ``(frame) -> relations``, registered
under a versioned name. A ``Frame`` is one sentence with its mentions and the
subject carried from earlier sentences of the same article ("莱斯子集团认为…
下一步，子集团将聚焦…"), so each extractor stays testable on one sentence.
"""
from __future__ import annotations

import functools
from itertools import accumulate
import re
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Iterator, Optional, Sequence

from kg.extraction.entities import _AT_PLACE as AT_PLACE, APPOINTMENT, POST, CAMPAIGN_SUBTYPE, CENTRAL_BODY, CJK, DATELINE_GAP, COUNTRY, COUNTRY_PAIR, COUNTY_WORDS, EVENT_LEAD, EXTENT_WORDS, GAZETTEER, STANDARD_NUMBER, HAN_CHAR, HAN_NUMERALS, ISSUING, NAME_NOTE, ORG_SUFFIXES, PLACE_WORD_TAG, PROPER_TAGS, SCOPE_LEVELS, TOWNSHIP, SCOPE_WORDS, LIST_JOINERS, OPENING_BRACKETS, SPEAKERS_COMMAS, SURNAMES, TITLE_JOINERS, WORD_JOINERS, event_subtype, opens_as_country, outermost
from kg.lang import words
from kg.lang.lexicon import BARE_LEGAL_FORMS, Region, load
from kg.doc.model import Mention, Relation, Sentence, coverage
from kg.doc.settings import DEFAULT, Confidences, Settings
from kg.lang.registry import Guarded, Registry, alternation as _alt, any_of, holds_one

LEX = load()
P = LEX.patterns
SUBJECT_TYPES = ("Organization", "Region", "Policy")


_PREFECTURE = "州"  # an autonomous prefecture's own level word (州长, 州委), besides a prefecture's 市


class _Unknown:
    """An answer not yet worked out (where None is an answer)."""


_UNKNOWN = _Unknown()


@dataclass(slots=True)
class Frame:
    sentence: Sentence
    mentions: list[Mention]
    topic: Optional[Mention] = None      # the subject carried over
    event: Optional[Mention] = None      # the meeting the article is about
    held_event: Optional[Mention] = None  # the last meeting held, not announced (决定…召开E): 主持会议 chairs it
    scopes: dict[str, str] = field(default_factory=dict)  # the document's 市/省/部 …
    author: Optional[Mention] = None     # the body the article speaks for (我们)
    parties: tuple[Mention, ...] = ()    # the two sides of the cooperation the paragraph named last (双方将…)
    convened: bool = False               # the topic is the body whose meeting speaks (会议指出…)
    law: Optional[Mention] = None        # the law whose articles (第X条) the sentence is part of
    places: Optional[frozenset[str]] = None  # the regions the document names on their own (None: unknown)
    local: Optional[Mention] = None      # the place 当地 stands for where a clause opens with it (local_place)
    pointed: Optional[tuple[re.Match, Mention]] = None  # a pointer to a body (该中心) and the body it stands for (pointed_body)
    firm: Optional[tuple[re.Match, Optional[Mention]]] = None  # 企业/公司 alone opening a clause and the company told of (firm_opening)
    named_places: tuple[Mention, ...] = ()  # the places the article named before the sentence, in the order last named
    settings: Settings = DEFAULT         # the thresholds and confidences the extraction was given
    # Worked out when built, from the above; slots, as extractors read them
    # hundreds of thousands of times. Attributes, not properties, for the same reason.
    text: str = field(init=False, repr=False, compare=False)  # the sentence's: read 30 times a sentence
    top: list[Mention] = field(init=False, repr=False, compare=False)  # the outermost mentions
    types: set[str] = field(init=False, repr=False, compare=False)  # the kinds named: of() answers the others at once
    # of()'s answers by the types asked, outermost or all: asked again and
    # again, by a key that needs no tuple built
    _top_of: dict[tuple[str, ...], tuple[Mention, ...]] = field(init=False, repr=False, compare=False)
    _all_of: dict[tuple[str, ...], tuple[Mention, ...]] = field(init=False, repr=False, compare=False)
    dateline: int = field(init=False, repr=False, compare=False)  # where the report's dateline or source line ends (0 if none)
    _lead_at: Optional[int] = field(init=False, repr=False, compare=False)  # lead, found when first asked
    _subject: Optional[Mention] | _Unknown = field(init=False, repr=False, compare=False)  # explicit_subject's, when first asked

    def __post_init__(self) -> None:
        self.text = self.sentence.text
        self.top = outermost(self.mentions)
        self.types = {m.type for m in self.mentions}
        self._top_of, self._all_of = {}, {}
        self.dateline = dateline_end(self.text)
        self._lead_at = None
        self._subject = _UNKNOWN

    @property
    def lead(self) -> int:
        """Where the sentence's own words start (_lead), found when first
        asked: a frame that names no subject and holds no verb of speech
        never is. A plain property, not a cached one, whose lock costs more."""
        if self._lead_at is None:
            self._lead_at = self._lead()
        return self._lead_at

    @property
    def confidences(self) -> Confidences:
        return self.settings.confidences

    def names_place(self, region: str) -> bool:
        """The document names ``region`` on its own (not only inside a
        body's name), or is about it."""
        return self.places is None or region in self.places or self.is_scope_place(region)

    def is_scope_place(self, region: str, county: bool = False) -> bool:
        """``region`` is one of the document's scopes (no set built: asked per
        mention); its county or district only where ``county`` is asked for,
        as it only names its own titles' bodies (区长 -> {区}人民政府)."""
        return any(name == region for word, name in self.scopes.items()
                   if word != _PREFECTURE and (county or word not in COUNTY_WORDS))

    def scope_places(self) -> set[str]:
        """The names of the document's scopes; not its 州 as the text writes it
        (楚雄州), nor its county or district, which only name their own titles'
        bodies."""
        return {name for word, name in self.scopes.items() if word != _PREFECTURE and word not in COUNTY_WORDS}

    def of(self, *types: str, top: bool = True) -> tuple[Mention, ...]:
        """The outermost mentions of ``types`` (all of them: ``top=False``), in order."""
        answers = self._top_of if top else self._all_of
        found = answers.get(types)
        if found is None:
            found = answers[types] = () if self.types.isdisjoint(types) else \
                tuple(m for m in (self.top if top else self.mentions) if m.type in types)
        return found

    def _lead(self) -> int:
        """Where the sentence's own words start: after the dateline and an
        opening time or linking phrase (近日，, 党的十八大以来，), and after a
        document that says what a place or body named next will do (报告提出
        长沙计划…; but 规划提出，力争… speaks of the plan itself)."""
        lead = _lead_end(self, self.dateline)
        says = _DOCUMENT_SAYS.match(self.text, lead)
        if says and any(m.start == says.end() and m.type in ("Region", "Organization") for m in self.mentions):
            return says.end()
        return lead


Extractor = Callable[[Frame], Iterator[Relation]]
EXTRACTORS = Registry()
extractor = EXTRACTORS.register


def _rel(frame: Frame, s: Mention, p: str, o: Mention, name: str, conf: float, role: str | None = None) -> Relation:
    return Relation(subject=s, predicate=p, object=o, sentence=frame.sentence.index,
                    extractor=name, confidence=conf, role=role)


_LEAD = re.compile(r"(?:本报讯\s*)?(?:(?:"
                   f"{_alt(P['relation']['lead_phrases'])}|{_alt(P['measure']['hearsay'])}|"  # 据悉，广东移动…: the news was heard; the subject follows
                   f"(?:{_alt(P['relation']['lead_phrases_comma'])})(?=[，,])|"
                   f"在[^，,。]{{1,8}}上(?=[，,])|"  # 在行动上，…
                   f"(?:{_alt(P['relation']['view_leads'])})[^，,。；;]{{0,8}}?来?看(?=[，,])|"  # 分地区来看，…; 从区域看，… (not 总体看: a summing-up)
                   # a period since a time, read before a year or a month alone would stop in it (2020年|以来，)
                   r"[^，,。；;]{1,14}以来(?=[，,])|"
                   # 2021年3月5日，2020年底(前)，今年3月中旬，2021年3月，今年3月，2021年，: a day, or a part of a month or year (not 初步)
                   # 北京时间8月14日晚，本周二，: a zone's clock, a part of the day before a comma, a day of the week
                   f"(?:{_alt(P['relation']['time_zones'])})?"
                   rf"(?:(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日|[本上下]?(?:{_alt(P['relation']['week_days'])}))"
                   f"(?:(?:{_alt(P['relation']['day_parts'])})(?=[，,]))?|"
                   r"(?:\d{4}年|今年|去年)(?:\d{1,2}月份?)?(?:底|末|初(?!步)|[上中下]旬)前?|"
                   r"(?:\d{4}年|今年|去年)\d{1,2}月份?|\d{4}年|"
                   r"[^，,。；;]{1,10}(?:期间|时期)(?=[，,]))[，,]?\s*)*")  # “十四五”期间，…: a period, as 以来
PLAN_PERIOD = re.compile(r"“?十([一二三四五六七八九])五”?")  # “十四五”, 十三五: the years of a five-year plan
# A plan's period right after a body or place (我国“十三五”期间，…): whose figures and plans follow
_NAMED_PERIOD = re.compile(f"(?:{PLAN_PERIOD.pattern})(?:期间|时期)[，,]")


_BEFORE_SUBJECT = "，, "  # what may stand right before a subject inside the opening phrases


def _lead_end(frame: Frame, pos: int) -> int:
    """Where the opening phrases from ``pos`` (_LEAD) end; before a body or
    place whose plan period opens the words (我国“十三五”期间，…; 中国移动“十四五”
    期间，…): it is the subject whose words follow, not part of a time. Not one that
    names an occasion (全国“两会”期间，各主流媒体…)."""
    text = frame.text
    end = _LEAD.match(text, pos).end()
    if end == pos:
        return end
    return next((m.start for m in frame.top if pos <= m.start < end and m.type in SUBJECT_TYPES
                 and (m.start == pos or text[m.start - 1] in _BEFORE_SUBJECT) and _NAMED_PERIOD.match(text, m.end)), end)


_DOCUMENT_SAYS = re.compile(f"(?:{_alt(P['relation']['document_says'])})[还也]?(?:{_alt(P['relation']['says_verbs'])})[，,：:]?")
_CLAUSE_END = re.compile(r"[，,；;：:。！？!?]")
# A dateline or a source line opens a report and names no actor:
# 新华社青岛3月18日电, 中国甘肃网8月22日讯, 本报讯, 央视网消息（新闻联播）：, 来源：人民网, 责任编辑：X;
# nor does the paper a provincial site reports from (…日讯 据甘肃日报报道（记者 X）).
_CREDIT = r"(?:\s*[（(][^（）()，,。]{1,20}[）)])?"  # 电 (记者 张三), 电 (梁钦卿): the reporter's credit
# 本报讯 (宁夏日报报业集团全媒体记者 闻海霞 何娟亮 见习记者 杨月儿 王强): a paper's credit names its whole crew
_CREW_CREDIT = r"(?:\s*[（(][^（）()，,。]{1,40}[）)])?"
_REPORTED_BY = r"(?:\s*据[^，,。\s]{2,12}?报道" + _CREDIT + ")?"
# The date is the dateline's own, not a report's time in brackets followed by a word
# opening with 电 (市场监管总局今天（11月14日）发布《电子商务…》; 记者今天（9月9日）从国家电网了解到).
# A site's 讯 follows its date and stands alone (中国甘肃网8月22日讯 据…, 本报12月15日讯（记者…）):
# not 讯 inside a name after a date (10月28日中兴通讯发布…; 9月5日讯飞医疗上市).
# Nor is 电 inside one (3月5日中国电信发布…, 国家电网): only 专 comes between (…3月5日专电).
# The outlet may stand apart from the place by a space, as 中新社 and 中新网 write it (中新社 北京7月31日电 (王梦瑶):
# entities.DATELINE_GAP).
_DATELINE = re.compile(r"^\s*(?:" + DATELINE_GAP + r"[^，,。\s]{0,12}?\d{1,2}月\d{1,2}日(?:专?电|讯(?=[\s（(]))"
                       + _CREDIT + _REPORTED_BY
                       + "|本报讯" + _CREW_CREDIT + "|"
                       r"[^，,。\s]{0,8}消息(?:[（(][^）)]{0,10}[）)])?[：:]|"
                       r"(?:来源|稿源|责任编辑|编辑|作者|记者|通讯员)[：:]\s*[^，,。\s]*)\s*")


_DATELINE_WORDS = re.compile(r"电|讯|消息|来源|稿源|编辑|作者|记者|通讯员")
_DATELINE_SPAN = 40  # a dateline's last word falls within a sentence's first characters
# A headline run into its report's dateline: 习近平…强调 推动…发展央视网消息（新闻联播）：中共中央政治局…
_RUN_IN_DATELINE = re.compile(r"消息[（(][^）)]{0,10}[）)][：:]\s*|[^，,。\s]{0,12}?\d{1,2}月\d{1,2}日电" + _CREDIT + r"\s*")
_HEADLINE_SPAN = 160


def dateline_end(text: str) -> int:
    """Where a dateline or source line ends: at the sentence's start, or
    after a headline the report's first sentence was run into."""
    if _DATELINE_WORDS.search(text, 0, _DATELINE_SPAN):
        m = _DATELINE.match(text)
        if m:
            return m.end()
    # each run-in dateline holds 消息 or 日电: a text with neither is not searched
    m = _RUN_IN_DATELINE.search(text, 0, _HEADLINE_SPAN) if "消息" in text or "日电" in text else None
    return m.end() if m else 0


def actors(frame: Frame, *types: str) -> list[Mention]:
    """The sentence's outermost mentions of ``types`` that can act: not a
    news outlet, nor a name in the dateline (新华社青岛3月18日电), nor the
    short name glossed in brackets after a full one (…研究院（赛迪研究院））."""
    start = frame.dateline
    return [m for m in frame.of(*types) if m.start >= start and not is_outlet(m) and not glosses(frame, m)]


_ACTING_MEDIA = frozenset(P['relation']['acting_media'])
_AIRS = any_of(P['relation']['media_airs'])
_REPORTER = any_of(P['person']['bylines'])  # 中央广播电视总台记者从…获悉: the broadcaster's reporter, who acts for no one


def is_outlet(m: Mention) -> bool:
    """A news outlet, which takes part in no relation (annotation.md): a Media body, save the few that act as
    bodies too (patterns.toml acting_media: the state broadcaster co-issues plans, co-hosts and signs)."""
    return m.subtype == "Media" and m.name not in _ACTING_MEDIA


def glosses(frame: Frame, m: Mention) -> bool:
    """``m`` is written in brackets right after another name: A（B）."""
    at = m.start - 1 if frame.text[m.start - 1:m.start] in OPENING_BRACKETS else m.start
    return frame.text[at:at + 1] in OPENING_BRACKETS and any(o.end == at for o in frame.top if o is not m)


_SUBJECT_END = re.compile(f"(?:专门|多次|正在|已|也|还|积极|第一时间)?(?:{_alt(P['relation']['subject_end'])})")


def _clause_ending_in(words: Sequence[str]) -> re.Pattern:
    """A clause (up to 30 characters) that ends in one of ``words``, with its comma or colon."""
    return re.compile(f"[^，,。；;：:]{{0,30}}?(?:{_alt(words)})[，,：:]\\s*")


# A clause that only cites figures' source (国家统计局发布的数据显示，): what follows
# it is the sentence's own words.
_DATA_SHOWS = _clause_ending_in(P['relation']['data_shows'])
# A clause that only says who announces what follows (国家数据局今天表示，我国将…).
_ANNOUNCES = _clause_ending_in(P['relation']['announces'])
# A clause that only names who forecasts what follows (业内预计，到2025年，…).
_FORECASTS = _clause_ending_in(P['relation']['forecast_leads'])
_RANKS_WITHIN = any_of(P['relation']['ranks_within'])
# A time word that opens the words, written without the comma _LEAD wants
# after it, right before the name of the subject (当前浙江正…, 今年我国将…).
_TIME_GLUED = re.compile(f"(?:{_alt(P['relation']['lead_phrases_comma'])})")
_ADVERBIAL = re.compile(r"^(?:结合|为了?|按照|根据|围绕|面向|依托|对于|通过|随着|基于|针对|在|作为)[^，,。]*[，,]")
_ABOUT = re.compile(r"(?:对于|对)(.{2,20}?)(?:来说|而言)[，,]")
_SPOKESPERSON = any_of(P['relation']['spokesperson'])
_LEADS = any_of(P['relation']['leads'])
_SPEAKER_NOT_OWN = re.compile(f"(?:{_alt(P['relation']['speaker_self'])})?[还也]?"
                              f"(?:{_alt(P['relation']['speaker_not_own'] + P['measure']['group_scopes'])})")
_SPEECH = any_of(P['relation']['speech'])
_PRONOUNS = ("他", "她")  # a person named before, who now speaks
_NAME_LENGTHS = (2, 3, 4)  # characters of a Chinese name written bare before 指出


def _names_person(head: str) -> bool:
    """The words open with a person's name as the dictionary knows it
    (习近平指出 when no title let the recognisers name him)."""
    toks = words.cut(head)
    return bool(toks) and words.tag(toks[0]).startswith("nr")


_SAYS = re.compile(f"[^，,。；;]{{0,24}}?{_SPEECH.pattern}[，,：:]")
# 邓纯东委员发言说，…; 李继耐代表说，…; 穆占英常委认为，…: a member of a congress or a conference,
# named bare before the title after the surname, speaks (not …委员会, …代表团, …代表处: bodies)
_MEMBER_AFTER_SURNAME = re.compile(f"[{CJK}]{{1,2}}(?=(?:委员|代表|常委)(?![会团处]))")


def _may_be_name(head: str) -> bool:
    """jieba reads the words as a person's name or does not know them, not as a
    place or a noun (江苏代表说, 高校代表表示, 文化界委员说: no one's name)."""
    tag = words.tag(words.cut(head)[0])
    return not tag or tag.startswith("nr")


_CORE = re.compile(r"以[\u4e00-\u9fff]{2,4}同志为核心的")
# What a place is known as, written right before it (制造业大省江苏以…, 农业大省河南…): no subject of its own
_STANDING_BEFORE = re.compile(rf"(?!在)[^，,。；;：:“”]{{1,10}}?(?:{_alt(P['relation']['standings'])})")


def explicit_subject(frame: Frame) -> Optional[Mention]:
    """The organisation, region or policy a sentence opens with, or that
    opens a clause of its first words and is followed by its verb
    (面向新基建,莱斯子集团认为…). An opening adverbial clause (结合…,
    为…) and a place (在西青区…) are not subjects; a body whose
    spokesperson speaks (…相关负责人表示) gives way to what is said.
    Asked of a frame again and again (subject, subjects, the pipeline), it
    reads only what the frame was built with: the answer is kept on it."""
    if frame._subject is _UNKNOWN:
        frame._subject = _explicit_subject(frame)
    return frame._subject


def _explicit_subject(frame: Frame) -> Optional[Mention]:
    if frame.types.isdisjoint(SUBJECT_TYPES) or not any(m.type in SUBJECT_TYPES for m in frame.top):
        return None  # most sentences: none of the names it opens with could be the subject
    text = frame.text
    lead = frame.lead
    said, speaker = _speaker_says(frame, lead)
    if said:  # 他指出，党的十八大以来，党中央…: the subject of what is said
        lead = _lead_end(frame, said)
    data = _DATA_SHOWS.match(text, lead)
    announced = None if data else _body_announces(frame, lead)
    source = data or announced
    if source:  # 工业和信息化部数据显示，目前浙江已…: the body only gives the figures or the news
        named_after = _opener(frame, _lead_end(frame, source.end()))
        if named_after is not None:
            return named_after
        if announced:  # 工业和信息化部相关负责人介绍，下一步将…: what the body's own spokesperson says of no one else is the body's
            return next(m for m in frame.top if m.start >= lead)
    opener = _opener(frame, lead)
    if opener is None and said:
        return _speakers_company(frame, lead, speaker)
    return opener


def _speakers_company(frame: Frame, said_from: int, speaker: Optional[Mention]) -> Optional[Mention]:
    """The company whose post titles the speaker (中国移动董事长杨杰表示，要大力发展…):
    what an executive says, naming no one else in its first clause (not 将与华为…),
    is the company's plan, unless it opens as a wish or advice to others
    (希望/建议…) or as others' task (各地要…); so is a department's where the
    words open with its plan (_department_plans). Not a region's government or
    party committee: a governor's or a leader's words are the topic's (the province's, the Party's)."""
    text = frame.text
    if _SPEAKER_NOT_OWN.match(text, said_from):
        return None
    if speaker is None or not titles_person(frame, speaker) or not (
            speaker.subtype == "Enterprise" or speaker.subtype == "GovernmentBody" and _department_plans(speaker, text, said_from)):
        return None
    _, clause_end = clause_span(text, said_from)
    others = any(said_from <= m.start < clause_end and m.type in SUBJECT_TYPES and m.name != speaker.name for m in frame.top)
    return None if others else speaker


def _department_plans(body: Mention, text: str, said_from: int) -> bool:
    """A department's head or spokesperson lays out its plan (工业和信息化部部长X表示，要加快培育…;
    …部长X表示，明年将…): the words open with an aim (要, 将, a focus verb), not with what
    something else will do (人工智能将推动…; 部分地区将…: a forecast, others' plan). Not a
    region's own government, congress or party committee (region_bodies, which hold the
    leader_bodies): its leader's words are the region's."""
    if any(body.name.endswith(b) for b in _REGION_BODIES):
        return False
    return bool(_AIM_OPENS.match(text, said_from))


def _aim_word(word: str) -> str:
    """``word`` as a pattern that is not the start of a longer word it opens
    (要, not 要素/要求; 将, not 将领), by the not_aims list."""
    longer = [w[len(word):] for w in P['relation']['not_aims'] if w.startswith(word) and w != word]
    return re.escape(word) + (f"(?!{_alt(longer)})" if longer else "")


# What the speaker's body does, opening a clause of the speech (深耕主责主业，…; 打造…; 将…; 要…; 我们还将…;
# 同时要…): a focus verb, or an aim word, right at the clause's opening or after the speaker's own
# name for it or an adverb of sequence; not after any other subject (行业要…, 各地要…), nor 重要/需要,
# nor what was done (推进了…).
_AIM_OPENS = re.compile(f"\\s*(?:(?:{_alt(P['relation']['speaker_self'] + P['relation']['aim_sequence'])})[还也]?[，,]?)?"
                        f"(?:(?:{_alt(P['relation']['focus_verbs'])})(?!了)|{'|'.join(map(_aim_word, P['relation']['aim_opens']))})")


def company_speaks(frame: Frame, body: Optional[Mention]) -> bool:
    """An executive's speech goes on in the company's voice: a sentence of it
    that names no subject and opens with what is done (中国移动学习贯彻…。深耕主责
    主业…。打造新型信息基础设施，…) states the company's work, as the words right after
    董事长X表示 do; not one that tells how things stand (锚定这一发展思路，当前，…已经…),
    nor a wish or advice to others (希望…, 建议…) or others' task (各地要…)."""
    return body is not None and body.subtype == "Enterprise" and bool(_AIM_OPENS.match(frame.text, frame.lead)) \
        and not _SPEAKER_NOT_OWN.match(frame.text, frame.lead)


def _body_announces(frame: Frame, lead: int) -> Optional[re.Match]:
    """The clause at ``lead`` that a named body opens only to announce what
    follows (国家数据局今天表示，…; 国家发展改革委有关负责人介绍，…); not a
    meeting's or a document's words (会议指出，我国…; 规划提出，…), said by no body."""
    said = _ANNOUNCES.match(frame.text, lead)
    if said is None:
        return None
    first = next((m for m in frame.top if m.start >= lead), None)
    return said if first is not None and first.start == lead and first.type == "Organization" and first.end < said.end() else None


def cites_figures(frame: Frame, m: Mention) -> bool:
    """``m`` is named only as the source of the figures the sentence gives
    (国家统计局发布的数据显示，…): it states no aim of its own."""
    source = _DATA_SHOWS.match(frame.text, frame.lead)
    return source is not None and m.sentence == frame.sentence.index and frame.lead <= m.start < source.end()


# A company described before a dash that names it (我国最大的重卡生产企业——中国重汽; 西南地区最大的氯碱化工企业——天原集团);
# not what a clause says something is (…的背后都是同一家互联网科技企业——阿里云: the company is no subject of it)
_DESCRIBED_COMPANY = re.compile(rf"[^，,。；;：:—是]{{2,24}}?(?:企业|{_alt(BARE_LEGAL_FORMS)})——")
# the kind of company said right before its name, no dash (…高端处理器提供商|湖北芯擎科技有限公司宣布…); not after a
# preposition or a joiner, where the company is another side (希望与全球不锈钢龙头企业|青拓集团合作)
_KIND_SAID = re.compile(rf"[^，,。；;：:—是“”在对与向从把和同为给跟]{{0,22}}(?:{_alt(P['relation']['company_kinds'] + P['relation']['suppliers'])})")


def _opener(frame: Frame, lead: int) -> Optional[Mention]:
    """The subject the words from ``lead`` open with, if they name one."""
    text = frame.text
    about = _ABOUT.match(text, lead)
    if about:  # 对于中国电科来说，…
        inside = [m for m in frame.top if about.start(1) <= m.start and m.end <= about.end(1) and m.type in SUBJECT_TYPES]
        if inside:
            return inside[0]
    adverbial = _ADVERBIAL.match(text[lead:])
    if adverbial:
        lead += adverbial.end()
    time = _TIME_GLUED.match(text, lead)
    if time and any(m.start == time.end() for m in frame.top):
        lead = time.end()  # 当前浙江正深入实施…: the time word written without its comma
    standing = _STANDING_BEFORE.match(text, lead)
    if standing and any(m.start == standing.end() and m.type == "Region" for m in frame.top):
        lead = standing.end()  # 制造业大省江苏以创新驱动推进…: the place, described first, opens the words
    core = _CORE.match(text, lead)
    if core:  # 以习近平同志为核心的党中央…: the formula names the body that follows
        return next((o for o in frame.top if o.start == core.end() and o.type == "Organization"), None)
    described = _DESCRIBED_COMPANY.match(text, lead)
    named = described and next((o for o in frame.top if o.start == described.end() and o.type == "Organization"), None)
    if named:
        return named  # 我国主要的光纤光缆生产企业——富通集团，…: the company the words describe, not the place in them
    for m in frame.top:
        if m.start < lead:
            continue
        if m.start > lead + 24:
            break
        if m.start <= lead + 2 and (m.type == "Person" or titles_person(frame, m)):
            return None  # 中国科学院院士、北京大学副校长张平文表示: the person speaks
        if m.type not in SUBJECT_TYPES or text[m.end:m.end + 1] in ("的", "之") or (
                m.start > 0 and text[m.start - 1] in "在对与向从把") or _modifies_next(frame, m) \
                or m.type == "Region" and _RANKS_WITHIN.match(text, m.end):
            if m.start <= lead and _places_next(frame, m):
                lead = m.end  # 山东青岛加速布局…: the province places the city, which opens the words
            continue  # 天津市的…, 在西青区…, 我国首个…: a modifier, not the subject
        if is_outlet(m) or _SPOKESPERSON.match(text, m.end) or m.subtype == "Media" and _REPORTER.match(text, m.end):
            continue
        if m.start <= lead or _quoted_whole(text, lead, m) or (text[m.start - 1] in "，," and _SUBJECT_END.match(text, m.end)) \
                or m.type == "Organization" and _KIND_SAID.fullmatch(text, lead, m.start) and not _LIST_GAP.match(text, m.end):
            return m  # …, and a company after the kind the words say it is (芯片企业|芯擎科技宣布…), not the first of
            # companies listed (首批入驻企业京东、阿里巴巴等共投资50亿元: the group's)
    return None


def _quoted_whole(text: str, lead: int, m: Mention) -> bool:
    """The words open with a body's or a zone's name quoted whole (“天心数字谷”是…项目, “大湾区5G产业联盟”由…成立: the
    name it is known by): it opens them. Not a place's (“深圳”被多次提及: the word, quoted, is what is spoken of), nor
    one that modifies the noun after it (“浙江大学滨江研究院”的建立,是高新区实现数字经济…的动能: as 天津市的…)."""
    return m.start == lead + 1 and text[lead] == "“" and text.startswith("”", m.end) \
        and not text.startswith(("的", "之"), m.end + 1) and (m.type == "Organization" or m.subtype == "Zone")


def _modifies_next(frame: Frame, m: Mention) -> bool:
    """``m`` is written right before a field or a place inside it, which it
    qualifies: 我国互联网基础设施…, 安徽芜湖数据中心集群…, 安徽绩溪县政协…"""
    return any(o.start == m.end and o.type == "Sector" for o in frame.top) or any(
        o.start == m.end and m.name in LEX.region_chain(o.name) for o in frame.of("Region", top=False))


def _places_next(frame: Frame, m: Mention) -> bool:
    """``m`` is a region written right before one place inside it (山东|青岛, 广东|东莞), or
    before a body whose name opens with such a place (安徽|绩溪县政协), not before the first of
    a list of its places (重庆|开州、涪陵等地)."""
    return m.type == "Region" and any(o.start == m.end and m.name in LEX.region_chain(o.name)
                                      and not _LIST_GAP.match(frame.text, o.end) for o in frame.of("Region", top=False))


def _speaker_says(frame: Frame, lead: int) -> tuple[int, Optional[Mention]]:
    """The end of a person's 指出，/强调， that opens the sentence at
    ``lead``, or 0; and the name the speaker is written with first (the
    person, or the body whose post titles them; None for 他/她)."""
    verb = _SAYS.match(frame.text, lead)
    if verb is None:
        return 0, None
    first = next((m for m in frame.top if m.start >= lead), None)
    if first is not None and first.start <= lead + 2 and first.end <= verb.end() \
            and (first.type == "Person" or titles_person(frame, first)):
        return verb.end(), first
    return (verb.end(), None) if frame.text.startswith(_PRONOUNS, lead) else (0, None)


def lays_out(frame: Frame, m: Mention) -> bool:
    """The words right after ``m`` lay out what it will do (将/提出/计划…)."""
    return bool(_LEADS.search(frame.text, m.end, m.end + 8))


def leads(frame: Frame, m: Mention) -> bool:
    """The subject lays out what it will do (将/提出/计划…) or the sentence
    opens a list (北京已取得一定成效：一是…): its topic carries on."""
    return lays_out(frame, m) or frame.text.rstrip().endswith(("：", ":"))


def _point_mark(ordinal: str, numbered: str) -> str:
    """The mark that opens a point whose number is ``ordinal`` (一是, 第一，) or,
    in brackets, ``numbered`` (（一）, （1））."""
    return f"(?:{ordinal}[是要、]|[（(]{numbered}[)）]|第{ordinal}[，,、])"


# The mark that opens a point of a list (一是, （1）, 第一，).
_POINT = _point_mark("[一二三四五六七八九十]+", r"[一二三四五六七八九十\d]+")
_LIST_MARK = re.compile(f"^{_POINT}")


def starts_list_item(text: str) -> bool:
    return bool(_LIST_MARK.match(text))


_FIRST_POINT = re.compile(f"^{_point_mark('一', '[一1]')}")


def starts_list(text: str) -> bool:
    """The text opens with the first point of a list (一是…, （一）…, 第一，…)."""
    return bool(_FIRST_POINT.match(text))


_LIST_OPENS = re.compile(f"[：:]\\s*{_POINT}|[：:]\\s*$")  # a colon before the first point, or ending the sentence
# A sentence that ends by counting the points to come (提出2022年要重点做好八方面工作。; 要重点抓好五方面工作。)
_POINT_COUNTERS = tuple(P['relation']['point_counters'])
_POINTS_COUNTED = re.compile(f"[一二三四五六七八九十\\d]+(?:个)?(?:{_alt(_POINT_COUNTERS)})(?:的)?(?:重点)?"
                             f"(?:{_alt(P['relation']['point_nouns'])})[。.]?\\s*$")
# What the count's clause says before it when the points are not the announcer's to come: work
# done (总结了2022年完成的八项重点工作), or tasks set for others (对各设区市提出三项…).
# The word that opens the others (对), where no longer word ends in it (针对)
_FOR_OTHERS = "|".join("".join(f"(?<!{w[:-len(to)]})" for w in P['relation']['not_for_others'] if w.endswith(to)) + to
                       for to in P['relation']['points_for_others'])
_POINTS_NOT_TO_COME = re.compile(f"(?:{_alt(P['relation']['points_done'])})[^，,。；;]*$"
                                 f"|(?:{_FOR_OTHERS})[^，,。；;]+(?:{_alt(P['relation']['points_for_others_verbs'])})[^，,。；;]*$")


def points_counted(text: str) -> Optional[re.Match]:
    """The count of the points to come that ends the sentence (要重点做好八方面工作。),
    looked for only where a counter word is written."""
    if not holds_one(text, _POINT_COUNTERS):
        return None
    count = _POINTS_COUNTED.search(text)
    if count is None or _POINTS_NOT_TO_COME.search(text, _statement_start(text, count.start()), count.start()):
        return None
    return count


def opens_list(text: str, count: Optional[re.Match]) -> bool:
    """The sentence announces a list of points (国资委着力推动…：一是…; …如下：;
    提出要重点做好八方面工作。, its ``count`` by points_counted): each point to
    come is the announcer's, whom list_announcer finds."""
    return count is not None or ((":" in text or "：" in text) and bool(_LIST_OPENS.search(text)))


def list_announcer(frame: Frame, count: Optional[re.Match]) -> Optional[Mention]:
    """Whose points a sentence that opens a list announces: its subject,
    unless a body titling a person (中国移动董事长杨杰; no verb of speaking is
    looked for) follows it in the count's clause or the one just before
    (工业和信息化部召开…座谈会，中国移动董事长杨杰发言，提出今年要重点做好五方面工作。):
    then the speaker's company, the region whose whole the speaker's count
    names (江苏省委书记…讲话，提出全省要…), or the subject where the speaker
    heads it (无锡市召开…，市委书记…讲话，提出…); no one where the speaker is
    another body's (…召开…，特邀某部副部长…讲话，提出…)."""
    own = subject(frame)
    if count is None:
        return own
    clause = _statement_start(frame.text, count.start())
    before = _statement_start(frame.text, max(clause - 2, 0))
    speaker = max((m for m in frame.top if before <= m.start and m.end <= count.start() and (own is None or m.start > own.start)
                   and m.type == "Organization" and titles_person(frame, m)), key=lambda m: m.start, default=None)
    if speaker is None:
        return own
    if speaker.subtype == "Enterprise":
        return speaker
    body = acting_body(frame, speaker)
    return speaks_for(frame, body, since=clause) or (own if own is not None and own.type == "Region" and _own_body(body, own) else None)


_POINTS_BACK = re.compile(r"^(?:[^，,]{0,8}[，,])?\s*(?:下一步|同时|此外|后续|并|还|另外|其中|会议|会上)|^要|子集团|该集团|该公司|该市|该省|该局|其")


_SPEECH_GOES_ON = re.compile(r"^\s*(?:——|—|要|[一二三四五六七八九十]+是|在[^，,。；;]{1,20}方面[，,])")


def continues_speech(text: str) -> bool:
    """A paragraph that goes on with a speech's points (——要…, 一是…, 在千兆光网建设方面，…:
    the next of the aspects the speaker goes through)."""
    return starts_list_item(text) or bool(_SPEECH_GOES_ON.match(text))


_TASK_LEAD = 4  # characters of an adverb before a task's verb (全面, 适度超前, 服务业重点)
_PLAN_GOES_ON = re.compile(
    f"\\s*(?:{_alt(P['relation']['plan_voice'])}|到\\d{{4}}年|在[^，,。]{{1,16}}方面[，,]"  # aims, parts
    f"|(?:{_alt(P['relation']['document_says'])})?(?:{_alt(P['relation']['says_verbs'])})"  # what it says
    f"|[^，,。；;：:]{{0,{_TASK_LEAD}}}?(?:{_alt(P['relation']['targets'])})"  # its tasks
    r"|[（(][^（）()]*[）)]\s*$)")  # a note on it alone: （…全体会议通过）
_THIS_PLAN = re.compile(f"本(?:{_alt(P['relation']['plan_heads'])})")  # 制定本计划: the plan itself


def continues_plan(frame: Frame, plan: Mention) -> bool:
    """A paragraph that goes on in the voice of a plan named before it: it
    names the plan again (本次《导则》的发布，…; …，制定本计划) or notes how it came
    (（…全体会议通过）), or states its aims (要…, 到2025年，…), points (一是…),
    tasks (全面发展…, 适度超前部署…) or what it says (意见指出，…), where a
    paragraph of news (记者看到…, 在深圳，…) does not."""
    return starts_list_item(frame.text) or bool(_PLAN_GOES_ON.match(frame.text)) \
        or any(m.name == plan.name for m in frame.mentions) or bool(_THIS_PLAN.search(frame.text))


_VOICES = tuple(P["relation"]["voices"])
# The whole of the document's own place (全市, 本省): a leader of that place's own
# government or party committee who names it speaks for it, as by 我市 (市长X强调，
# 要…推动全市经济社会持续健康发展).
_LEADER_VOICES = SCOPE_WORDS - set(_VOICES)


def speaks_for(frame: Frame, body: Optional[Mention] = None, since: int = 0) -> Optional[Mention]:
    """The region a speaker speaks for, by the first person (我省, 我市): a
    local leader's speech lays out that region's plans; a speaker whose
    ``body`` is that region's own (铜川市人民政府, 中共铜川市委) does so by the
    whole of it too (全市). Not 我国: a national leader's points are the
    country's policy in general, said of no body. Only the words from ``since`` on are read."""
    return next((m for m in frame.mentions if m.start >= since and m.type == "Region" and (
        m.surface in _VOICES or m.surface in _LEADER_VOICES and body is not None and _own_body(body, m))), None)


# A clause of a leader's speech that opens with a task, as a plan's do (_PLAN_GOES_ON): an aim
# word, or a task's verb after an adverb of a few characters (加快推进…, 全力打造…, 深化…), not one
# done (推进了…).
_TASK_OPENS = re.compile(f"{_AIM_OPENS.pattern}|\\s*[^，,。；;：:]{{0,{_TASK_LEAD}}}?(?:{_alt(P['relation']['targets'])})(?!了)")


def _cited_person(frame: Frame, m: Mention) -> bool:
    """A person whose words the clause reports: one that opens it, bare or
    after their title (习近平总书记…强调要…; 省委书记信长星指出…), not one
    named inside the leader's own task (要落实省委书记信长星…的要求)."""
    start = _statement_start(frame.text, m.start)
    return start == m.start or any(o.start == start and titles_person(frame, o) and role_chain(frame, o)[1] == m.start
                                   for o in frame.top)


def _cited_policy(frame: Frame, m: Mention) -> bool:
    """A policy whose words the clause reports (国家…规划提出，…), not one
    whose tasks the leader carries out (落实《…规划》提出的任务): its verb of
    saying modifies nothing."""
    says = _SPEECH.search(frame.text, m.end, m.end + frame.settings.thresholds.cited_says)
    return says is not None and not frame.text.startswith("的", says.end())


def states_aims(frame: Frame, stated_before: bool) -> bool:
    """A local leader's words that lay out the region's aims: a clause of
    them opens with one (杜小刚强调，…，要重点抓好五方面工作; 一是加快…), or
    the speech stated aims ``stated_before`` and these go on from them
    (深入实施…，落实…); not words that look back or tell what was done
    (过去一年，…建成…; 目前…已…), nor ones that cite others' (习近平总书记…
    强调要…; 国家…规划提出，…): those are no aims of the region."""
    text = frame.text
    said = _speaker_says(frame, frame.lead)[0] or frame.lead
    if _LOOKS_BACK.match(text, said) or _RECORDED.match(text, said) \
            or any(m.start >= said and (m.type == "Person" and _cited_person(frame, m)
                                                 or m.type == "Policy" and _cited_policy(frame, m))
                   for m in frame.top):
        return False
    return stated_before or starts_list_item(text[said:]) or bool(_TASK_OPENS.match(text, said)) \
        or any(_TASK_OPENS.match(text, c.end()) for c in _CLAUSE_END.finditer(text, said))


_LEADER_BODIES = frozenset(P["relation"]["leader_bodies"])


_HEAD_POST = re.compile(f"(?:{_alt(P['relation']['acting_marks'])})?(?:{_alt(P['relation']['leader_titles'])})")


def heads(role: Optional[str]) -> bool:
    """A post that heads a body (书记, 市长, 代市长), not a deputy's or a member's (副市长, 常委, 副秘书长)."""
    return role is not None and _HEAD_POST.fullmatch(role) is not None


def headed_body(frame: Frame, who: Optional[Mention], headed: dict[str, Mention]) -> Optional[Mention]:
    """The body a speaker heads: the one titling them as its head (中共无锡市委书记杜小刚强调),
    else the one a head's post found earlier names (``headed``, by person)."""
    if who is None:
        return None
    if who.type == "Person":
        return headed.get(who.name)
    if who.type != "Organization" or not titles_person(frame, who):
        return None
    chain, _ = role_chain(frame, who)
    return next((_org_mention(frame, body, at) for body, role, at in reversed(chain) if heads(role)), None)


def leader_of(body: Optional[Mention], regions: dict[str, Mention]) -> Optional[Mention]:
    """The place among ``regions``, named earlier in the text, whose own party committee or
    government ``body`` is (中共无锡市委, 衢州市人民政府): the speech of its head (书记,
    市长; ``headed_body``) lays out the region's plans, whether or not it says 全市
    (杜小刚强调，…要重点抓好五方面工作。). The caller keeps only places within a
    country in ``regions``: this does not test it."""
    if body is None:
        return None
    name = body.name.removeprefix("中共")
    return next((m for r, m in regions.items() if name.startswith(r) and name[len(r):] in _LEADER_BODIES), None)


def addressed_place(frame: Frame) -> Optional[Mention]:
    """The place inside the country a speaker's words open with as their
    subject (习近平指出，山东在…上大有可为; 韩正强调，海南要…): the directives
    that follow in the speech with no subject of their own (要…) are that
    place's. Not a place abroad, nor the country, unless the speaker says
    what the country will do (金壮龙说，我国将…。…巩固提升5G…): a national
    leader's points (习近平指出，我国…。要…) are said of no body."""
    own = explicit_subject(frame)
    if own is None or own.type != "Region" or not _speaker_says(frame, frame.lead)[0]:
        return None
    if names_own_country(own) and _WILL.match(frame.text, own.end):
        return own
    if own.subtype == "Country" or _written_as_scope(own) or not LEX.region_chain(own.name):
        return None
    return own


_WILL = re.compile(r"[^，,。；;]{0,6}?将")  # 我国将, 我国今年将: what the country will do


_REGION_BODIES = frozenset(P["organization"]["region_bodies"])


def _own_body(body: Mention, region: Mention) -> bool:
    """``body`` is the region's own government, congress or party committee
    (铜川市人民政府, 中共铜川市委), not a body inside it (北京市海淀区人民政府
    is not 北京市's)."""
    name = body.name.removeprefix("中共")
    return name.startswith(region.name) and name[len(region.name):] in _REGION_BODIES


_ARTICLE = re.compile(r"^\s*第[一二三四五六七八九十百零〇\d]+条")
_CHAPTER = re.compile(r"^\s*第[一二三四五六七八九十百零〇\d]+[章节]")
_LAW_HEAD = re.compile(f"(?:{_alt(P['policy']['law_heads'])})$")


def opens_article(text: str) -> bool:
    """A law's article: 第十条 县级以上人民政府应当…"""
    return bool(_ARTICLE.match(text))


def names_chapter(text: str) -> bool:
    """A law's chapter or section heading: 第三章  信息产业促进."""
    return bool(_CHAPTER.match(text))


def law_titled(frame: Frame) -> Optional[Mention]:
    """The law a heading names as a whole line (山东省信息化促进条例): the
    text under it is the law's own."""
    laws = [m for m in frame.of("Policy") if _LAW_HEAD.search(m.name)]
    return laws[0] if laws and frame.text.strip() == laws[0].surface.strip() else None


_CITATIONS = tuple(P["relation"]["citations"])


def cites(frame: Frame) -> bool:
    """The sentence opens by citing its source (根据…发布的《白皮书》，…)."""
    return frame.text.startswith(_CITATIONS, frame.lead)


def cited_source(frame: Frame, m: Mention) -> bool:
    """``m`` is named in the clause by which the sentence opens citing its
    source (根据…发布的《白皮书》的数据，…), not after it (据了解，会上发布了《白皮书》)."""
    if not cites(frame):
        return False
    end = _CLAUSE_END.search(frame.text, frame.lead)
    return frame.lead <= m.start < (end.start() if end else len(frame.text))


def plan_titled(frame: Frame) -> Optional[Mention]:
    """The plan a title line names as a whole (六盘水市新型基础设施建设三年
    行动方案(2022—2024年)), or the plan a notice titling the text issues
    (…关于印发X的通知): the sentences under it that name no subject are its aims."""
    line = frame.text.strip()
    whole = next((m for m in frame.of("Policy") if m.surface.strip() == line), None)
    if whole is None or not _PLAN_HEAD.search(whole.name) or _LAW_HEAD.search(whole.name) or REPORT_HEAD.search(whole.name):
        return None
    return next(_issued_in(frame, whole), whole)


# a plan's kind word, bare, saying what the plan says (行动计划提出，…; 规划明确，…)
_PLAN_SAYS = re.compile(f"((?:{_alt(P['relation']['plan_heads'] + P['relation']['report_heads'])})+)[还也]?"
                        f"(?:{_alt(P['relation']['says_verbs'])})")
_HEAD_TAIL = re.compile(r"[(（].*|\d.*")  # what follows a plan's kind word in its name (规划（2021-2025年）, 报告2023)


def plan_said_back(frame: Frame, named: Sequence[Mention]) -> Optional[Mention]:
    """The plan a sentence opening with its kind word alone stands for (…启动登峰行动。
    实施“强基行动”，是此次登峰行动中的一项重点任务。行动计划提出，到2025年，…: 登峰行动):
    of the plans ``named`` before, in order, the first whose name ends with a kind word
    that the bare word holds (行动 in 行动计划): the plan the article is about, not a
    part of it named since. None where the sentence names the plan itself (《规划》提出), and
    where the word fits plans of two kinds (宽带中国计划, then 登峰行动: 行动计划 may be
    either) or two reports (《政府工作报告》, then a 研究报告: 报告指出 is most often the
    last one's; a report has no parts named after it)."""
    says = _PLAN_SAYS.match(frame.text, frame.lead)
    if says is None or any(m.start < says.end() and m.end > frame.lead for m in frame.mentions):
        return None
    fits = []  # (plan, its kind word) for each plan named whose kind word the bare word holds
    for plan in named:
        head = _PLAN_HEAD.search(plan.name) or REPORT_HEAD.search(plan.name)
        kind = _HEAD_TAIL.sub("", head.group()) if head else ""
        if kind and kind in says.group(1) and plan.name not in (p.name for p, _ in fits):
            fits.append((plan, kind))
    if not fits or len({kind for _, kind in fits}) > 1 or REPORT_HEAD.search(fits[0][1]) and len(fits) > 1:
        return None
    return fits[0][0]


def plan_word_misfits(frame: Frame, topic: Optional[Mention]) -> bool:
    """The sentence opens with a bare plan kind word that the carried ``topic``'s
    title does not end with (…启动“5G登峰行动”。规划提出，到2025年，…): another
    document speaks, not the plan carried."""
    says = _PLAN_SAYS.match(frame.text, frame.lead)
    if says is None or topic is None or topic.type != "Policy" \
            or any(m.start < says.end() and m.end > frame.lead for m in frame.mentions):
        return False
    head = _PLAN_HEAD.search(topic.name) or REPORT_HEAD.search(topic.name)
    return head is not None and _HEAD_TAIL.sub("", head.group()) not in says.group(1)


def _issued_in(frame: Frame, notice: Mention) -> Iterator[Mention]:
    """The policies a notice's title issues: X of …关于印发《X》的通知."""
    return (q for q in frame.of("Policy", top=False) if notice.start < q.start and q.end <= notice.end
            and _ISSUING.search(frame.text, notice.start, q.start))


def speaker(frame: Frame) -> Optional[Mention]:
    """The name, a person's or the body titling them, a sentence that opens a
    speech starts with (None for 他/她)."""
    if frame.text.startswith(_PRONOUNS, frame.lead):
        return None
    return next((m for m in frame.top if m.start >= frame.lead), None)


def speaker_body(frame: Frame, who: Optional[Mention], posts: dict[str, Mention]) -> Optional[Mention]:
    """The body a speaker holds a post in: the one titling them
    (信息技术发展司副司长王建伟指出), else the one a post found earlier names."""
    if who is None:
        return None
    if who.type == "Person":
        return posts.get(who.name)
    return acting_body(frame, who) if who.type == "Organization" and titles_person(frame, who) else None


_SAYS_ONLY = re.compile(f"[^，,。；;]{{0,30}}?{_SPEECH.pattern}[：:，,。]?\\s*$")


def says_only(frame: Frame) -> bool:
    """The sentence is nothing but a speaker and the verb (王建伟副司长指出,
    他强调，): what is said follows in the next paragraphs."""
    return bool(_SAYS_ONLY.match(frame.text, frame.lead))


def meeting_saying(verbs: str) -> str:
    """A pattern of a meeting that says what follows (会议指出, 会议还强调),
    its verb one of ``verbs`` (an alternation); measures reads it too."""
    return f"(?:{_alt(P['event']['generic'])})(?:{_alt(P['event']['says_adverbs'])})?(?:{verbs})"


# …or resolves (会议部署加快推进…, 会议确定…): patterns.toml measure.meeting_resolves, as measures reads them
_MEETING_SAYS = re.compile(f"(?:{_alt(P['event']['this'])})?"
                           f"{meeting_saying(_alt(P['relation']['speech'] + P['measure']['meeting_resolves']))}")


def meeting_says(frame: Frame) -> bool:
    """The report's meeting speaks (会议指出，要…; 会议强调…): what it says is
    the resolve of the body that held it."""
    return bool(_MEETING_SAYS.match(frame.text, frame.lead))


_OWN_PLAN = re.compile(r"\s*(?:(?:下一步|今后|接下来)[，,]\s*)?(?:我们)?将")


def states_plan(frame: Frame) -> bool:
    """A speaker lays out what their body will do: 下一步，将…; 我们将…,
    said at the sentence's start or right after 指出，."""
    return bool(_OWN_PLAN.match(frame.text, _speaker_says(frame, frame.lead)[0] or frame.lead))


_ANNOUNCES_CONTENTS = re.compile(r"(?:内容|任务|措施|举措|要点|重点)(?:主要)?(?:包括|如下|有)[：:]\s*$")


def announces_contents(text: str) -> bool:
    """The line says the paragraphs after it list a document's contents
    (相关内容包括：, 主要任务如下：)."""
    return bool(_ANNOUNCES_CONTENTS.search(text))


def points_back(text: str) -> bool:
    """The sentence continues the one before: 下一步，子集团将…"""
    return bool(_POINTS_BACK.search(text))


# 公司 or 集团 as the word a sentence opens with, after a few words of time (公司将…, 今年，集团将重点发展…):
# the company the article is about, as 该公司 is (not 公司法…, 集团化…: other words jieba reads there)
_COMPANY_WORDS = BARE_LEGAL_FORMS  # 公司, 集团
WORD_AFTER = 6  # characters enough for jieba to cut the one word they open (after 当地; the 公司 or 集团 of _COMPANY_OPENS)
_GROUP_WORD = "集团"
_COMPANY_OPENS = re.compile(rf"^(?:[^，,。]{{0,8}}[，,])?\s*(?={_alt(_COMPANY_WORDS)})")


def company_points_back(topic: Mention, text: str) -> bool:
    """The sentence's subject is 公司 or 集团 alone, and the ``topic`` carried is a company: that one;
    集团 only where the topic is a group (宁德时代与中国一汽集团签约。…集团将…: 集团 is 一汽's, and a
    province company's 集团 is its parent's)."""
    m = _COMPANY_OPENS.match(text) if topic.subtype == "Enterprise" else None
    word = words.cut(text[m.end():m.end() + WORD_AFTER])[0] if m is not None else None
    return word in _COMPANY_WORDS and (word != _GROUP_WORD or _GROUP_WORD in topic.name)


def subject(frame: Frame) -> Optional[Mention]:
    own = explicit_subject(frame)
    if own is not None:
        return own
    if frame.author is not None and re.match(r"^[^，,。]{0,12}我们", frame.text):
        return frame.author
    if frame.topic is not None and frame.topic.type == "Policy" \
            and (_opens_with_actor(frame) or _LOOKS_BACK.match(frame.text, frame.dateline)):
        return None  # 现在，贵州全省已建…; 开年以来，…: a record of what was done, not the plan's goals
    if frame.topic is not None and _set_elsewhere(frame, frame.topic):
        return None  # 在广西南宁，…；在江苏如东，…: a round-up's scene, not the topic's doing
    if opens_breakdown(frame):
        return None  # 其中，…增加值占比超过四成: the parts of a whole, not the topic's doing
    return frame.topic


# a time that may open a clause before its subject, with no comma (目前新区已汇聚…, 2021年该街道…, 今年当地试点在…)
_POINTER_TIME = rf"\s*(?:{_alt(P['measure']['now'])}|[^，,。；;\s]{{0,6}}?[年月日来])?"
# 当地 as the subject of its clause (眼下，当地正积极布局…; 今年当地试点在12个产粮乡镇…: 15 such after a time in the
# 新闻联播 items and the genre pages, subj12), not qualifying a noun (当地企业, 当地农业部门): it stands for the place named
# last before it.
_LOCAL_WORD = "当地"
_LOCAL = re.compile(rf"(?:^|(?<=[，,；;])){_POINTER_TIME}{_LOCAL_WORD}")
_LOCAL_ADVERBS = tuple(P['region']['local_adverbs'])


def opens_with_locality(text: str, start: int = 0, described: bool = False) -> Optional[re.Match]:
    """A clause from ``start`` on that opens with 当地 standing for a place as its subject;
    or, where ``described``, describing the subject too (当地纺织企业的生产效率提升了20%: the place's)."""
    if _LOCAL_WORD not in text:
        return None  # most sentences: no scan
    for local in _LOCAL.finditer(text, start):
        after = words.cut(text[local.end():local.end() + WORD_AFTER])
        if after and (described or not words.tag(after[0]).startswith("n") or _adverb_opens_verb(after)):
            return local  # not 当地企业: a noun it describes (当地的“龙舟村赛”… is still the place's)
    return None


def _adverb_opens_verb(toks: Sequence[str]) -> bool:
    """The words open with an adverb jieba tags as a noun and a verb after it, cut apart or as one
    word (当地|重点|围绕…, 当地|大力发展…), not a noun it qualifies (当地|重点|企业)."""
    adverb = next((a for a in _LOCAL_ADVERBS if toks[0].startswith(a)), None)
    if adverb is None:
        return False
    verb = toks[0][len(adverb):] or (toks[1] if len(toks) > 1 else "")
    return words.tag(verb).startswith("v")


def local_place(frame: Frame, before: Sequence[Sequence[Mention]], described: bool = False) -> Optional[Mention]:
    """The place 当地 stands for, opening a clause as its subject (or, where
    ``described``, describing it: opens_with_locality): the place
    named last before it, in the sentence (在四川宜宾，…，当地以锂电池产业为核心)
    or else in the paragraph's sentences before (``before``, their mentions: 甘肃静宁县的…苹果
    最近完成采摘。今年，当地持续推进…), or else the topic carried, where a place."""
    local = opens_with_locality(frame.text, frame.lead, described)
    if local is None:
        return None
    here = last_place(m for m in frame.of("Region", top=False) if m.end <= local.start())
    earlier = next((p for ms in reversed(before) if (p := last_place(ms)) is not None), None)
    if here is not None or earlier is not None:
        return here or earlier
    return frame.topic if frame.topic is not None and frame.topic.type == "Region" and is_local(frame.topic) else None


# 该县, 该街道 or a 街道 alone opening a clause (not 该区域, 街道办, 该市民: the kind opens a longer word,
# patterns.toml pointed_kind_word_ends): the place of that kind named before. A 街道 alone is no street
# (街道两侧, 街道上: a place on a street, street_position_words).
_BARE_PLACE_KINDS = tuple(P['region']['bare_place_kinds'] + P['region']['bare_zone_kinds'])
BARE_ZONE_KINDS = frozenset(P['region']['bare_zone_kinds'])
# the other last words a place of a pointed kind is named with: 园区's, any zone's kind or a park's end (of_kind)
_KIND_ENDINGS = {P['region']['any_zone_kind']: (*P['region']['park_ends'], *P['region']['bare_zone_kinds'])}
_POINTER_NEEDS = ("该", *_BARE_PLACE_KINDS)  # what a pointing word holds: the text is scanned only where one is
_POINTER_WORD = (rf"(?:该({_alt(P['region']['pointed_place_kinds'])})|"
                 rf"({_alt(_BARE_PLACE_KINDS)})(?![{''.join(P['region']['street_position_words'])}]))"
                 rf"(?![{''.join(P['region']['pointed_kind_word_ends'])}])")
_POINTER = re.compile(rf"(?:^|(?<=[，,；;])){_POINTER_TIME}{_POINTER_WORD}")
_OPENING_POINTER = re.compile(_POINTER_TIME + _POINTER_WORD)  # at a clause's opening the caller found already


def pointing_word(text: str, start: int = 0, opening: bool = False) -> Optional[re.Match]:
    """The first clause from ``start`` on that opens with a word pointing back to a
    place by its kind (2021年，该街道围绕…; 截至10月底，街道完成…; the one at
    ``start`` only, where ``opening``); pointed_kind gives the kind."""
    if not holds_one(text, _POINTER_NEEDS):
        return None  # most sentences: no scan
    return _OPENING_POINTER.match(text, start) if opening else _POINTER.search(text, start)


def pointed_kind(m: re.Match) -> str:
    """The kind of place a pointing word names (街道 of 该街道)."""
    return m.group(1) or m.group(2)


def pointed_place(frame: Frame, before: Sequence[Sequence[Mention]], regions: Iterable[Mention]) -> Optional[Mention]:
    """The place a clause's pointing word stands for (pointing_word): the place of
    its kind named last before it, in the sentence, else in the paragraph's
    sentences before (``before``), else in the article (``regions``, in the order named)."""
    m = pointing_word(frame.text, frame.lead, opening=True) or pointing_word(frame.text, frame.lead)
    if m is None:
        return None
    kind = pointed_kind(m)
    here = named_before_pointer(frame, m)
    earlier = next((p for ms in reversed(before) if (p := last_place(ms, kind)) is not None), None)
    return here or earlier or next((r for r in reversed(list(regions)) if of_kind(r.name, kind)), None)


def named_before_pointer(frame: Frame, m: re.Match) -> Optional[Mention]:
    """The place of the pointing word ``m``'s kind that its sentence names last before it
    (…新河街道…，该街道…: 新河街道)."""
    return last_place((r for r in frame.of("Region", top=False) if r.end <= m.start()), pointed_kind(m))


# 该中心, 该行, 这家企业 opening a clause (patterns.toml pointed_body_kinds): the body of that kind named last
# before it, in the sentence, its paragraph or the paragraph before (…长春算力中心揭牌。该中心可每秒进行…)
_BODY_KINDS: dict[str, list[str]] = P['relation']['pointed_body_kinds']
_THIS = "该"
_BARE_KINDS: list[str] = P['relation']['bare_pointed_kinds']  # kinds pointing back with no 该 (联盟将…)
_BODY_POINTER_NEEDS = (_THIS, "这家", *_BARE_KINDS)
# (a time may open the clause before it, with no comma: 未来五年该行还将…, 2020年这家企业…)
_BODY_POINTER = re.compile(rf"(?:^|(?<=[，,；;]))\s*(?:[^，,。；;\s]{{0,6}}?[年月日来])?(?:{_THIS}|这家|(?={_alt(_BARE_KINDS)}))"
                           rf"(?=({_alt(sorted(_BODY_KINDS, key=len, reverse=True))}))")


def body_pointer(text: str, start: int = 0) -> Optional[re.Match]:
    """The first clause from ``start`` on that opens with a word pointing back to a
    body by its kind (该中心…, 目前，该基地…, 这家企业…); the kind is group(1). A kind of
    one character only where jieba cuts 该 and it as one word (该校, 该行, 该局: not 该行业,
    该所有, 该局面, 该院长), a longer one where it opens no place's word (not 该中心区)."""
    if not holds_one(text, _BODY_POINTER_NEEDS):
        return None  # most sentences: no scan
    for m in _BODY_POINTER.finditer(text, start):
        kind = m.group(1)
        if not m.group().endswith(_BODY_POINTER_NEEDS[:2]):  # no 该: the kind a word of its own, a verb or function word after it (联盟将…)
            toks = words.cut(text[m.end():m.end() + len(kind) + WORD_AFTER])
            if toks[0] == kind and len(toks) > 1 and words.is_function_word(toks[1]):
                return m
            continue
        if len(kind) > 1 and words.tag(words.cut(text[m.end():m.end() + WORD_AFTER])[0]) != PLACE_WORD_TAG \
                or len(kind) == 1 and words.cut(text[m.end() - 1:m.end() + WORD_AFTER])[0] == _THIS + kind:
            return m  # (a longer kind opening no place's word: not 该中心区, a district; 该公司总部 is the company's)
    return None


def _of_kind(m: Mention, kind: str) -> bool:
    """A body named as one of the pointer's ``kind`` (长春算力中心 of 中心, 江门农商银行 of 行; a
    company of 公司, 企业, of 集团 where its name says so)."""
    if m.type != "Organization":
        return False
    endings = _BODY_KINDS[kind]
    if endings:
        return m.name.endswith(tuple(endings)) or m.surface.endswith(tuple(endings))
    # a company, not one named as a body of another kind (中关村前沿技术创新中心 is no 这家企业)
    return m.subtype == "Enterprise" and (kind != _GROUP_WORD or _GROUP_WORD in m.name) \
        and not m.name.endswith(_OTHER_KINDS_ENDINGS)


_OTHER_KINDS_ENDINGS = tuple(e for endings in _BODY_KINDS.values() for e in endings)


def pointed_body(frame: Frame, before: Sequence[Sequence[Mention]], texts: Sequence[str]) -> Optional[tuple[re.Match, Mention]]:
    """The pointer to a body the sentence's first clauses open with (body_pointer) and the body
    it stands for: the one of its kind named last before it, in the sentence, else in the
    sentences ``before`` it (its paragraph's, then the paragraph's before; ``texts``: every
    sentence's text, by index). None where there is none (广东顺德这家企业…: a company the text does
    not name), where that body is one example of a list (…拿到了中建、中铁建等大企业的订单。…这家企业…),
    or where an unnamed one of its kind is told of after it (…走进一家陶瓷企业…。这家企业…)."""
    m = body_pointer(frame.text, frame.lead)
    if m is None:
        return None
    kind = m.group(1)
    here = [b for b in frame.of("Organization", top=False) if b.end <= m.start()]
    for ms in (here, *reversed(before)):
        body = max((b for b in ms if _of_kind(b, kind)), key=lambda b: (b.end, -b.start), default=None)
        if body is None:
            continue
        text = texts[body.sentence]
        if text[body.end:body.end + 1] in _EXAMPLE_MARKS or text[body.start - 1:body.start] in (LIST_JOINERS[0], _COUNTED):
            return None  # …中建、中铁建等大企业; 多家中国电信公司: one of several, not the one pointed at
        between = [frame.text[body.end:m.start()]] if body.sentence == frame.sentence.index else \
            [text[body.end:], *texts[body.sentence + 1:frame.sentence.index], frame.text[:m.start()]]
        if any(re.search(_UNNAMED_ONE + kind, t) or _another_of_kind(t, kind) for t in between) \
                or _BODY_KINDS[kind] and _another_of_kind(text[:body.start], kind):
            return None  # (…数据中心在中国藏学研究中心揭牌成立。该中心…: the centre opened, not its host)
        return m, body
    return None


def _another_of_kind(text: str, kind: str) -> bool:
    """``text``, between the body found and its pointer, names another of the pointer's kind the
    recognisers missed, which the pointer more likely stands for (北京大学…。在衡水中学，该校…; 华为…。记者来到
    一家模具厂，这家企业…): a two-character ending of the kind (one-character endings such as 局, 所 end common words:
    布局, 场所), or 一家 for a company's kind."""
    if not _BODY_KINDS[kind]:
        return _ONE_COMPANY.search(text) is not None
    return any(text[i.start() - 1:i.start()] != _ROLE_AS for e in _BODY_KINDS[kind] if len(e) > 1 for i in re.finditer(e, text))


_ONE_COMPANY = re.compile(r"一家(?![人子])")  # 一家模具厂, 一家外贸公司: one company the text does not name (not 一家人)
_ROLE_AS = "为"  # 以广州为中心, 以…为基地: a role a place has, not a body of the kind


_EXAMPLE_MARKS = ("、", "等")
_COUNTED = "家"  # 多家, 两家: the companies counted before a name
_UNNAMED_ONE = "一[家所个座][^，,。；;\\d]{0,14}?"  # 一家建筑陶瓷企业, 一所学校: one of the pointer's kind, not named


# 企业 or 公司 alone opening a clause (patterns.toml bare_firm_words): the one company the text has just told of, named
# or not (…一家出口企业…。危机面前，企业把…; …这家箱包企业…。作为…龙头企业，企业超过三成订单来自美国), where it has told
# of one; elsewhere companies at large (企业开办平均用时压缩至5个工作日内)
_BARE_FIRMS: list[str] = P['relation']['bare_firm_words']
_BARE_FIRM = re.compile(rf"(?:^|(?<=[，,；;：:]))\s*({_alt(_BARE_FIRMS)})")
# one company told of that the text does not name (一家出口企业, 这家箱包企业), not one a name before is classed as
# (百瑞源枸杞公司是宁夏最大的…企业, 作为一家…企业); or many (许多制造业企业, 一批企业), after which 企业 alone is any of them
_FIRM_TOLD = re.compile(rf"(?P<one>(?<![是为]){_ONE_COMPANY.pattern}|[这那]家)|(?P<many>(?:{_alt(P['relation']['many_firms'])})[^，,。；;、\d]{{0,8}}?(?:{_alt(_BARE_FIRMS)}))")
_FIRM_KIND = "企业"  # the pointed_body_kinds key of any company
_FIRM_TOLD_WORDS = (*_BARE_FIRMS, "家")  # what _FIRM_TOLD needs in a sentence: 一家/这家, or 企业/公司 after many_firms
# what may stand in a clause before a company it opens: a scene's 在 and a kind (在服装企业酷特智造，), or a time (上世纪90年代末，)
_FIRM_CLAUSE_LEAD = re.compile(r"\s*(?:在[^，,。；;]{0,6}|[^，,。；;]{0,8}[年月日来])?")


def firm_opening(frame: Frame) -> Optional[re.Match]:
    """The first clause that opens with 企业 or 公司 as a word of its own (企业|出口, 公司|Q2; not 企业家, 企业界)
    that is no mention already (a company report's 公司, resolved to the article's company); the word is group(1)."""
    text = frame.text
    if not holds_one(text, _BARE_FIRMS):
        return None  # most sentences: no scan
    return next((m for m in _BARE_FIRM.finditer(text) if words.cut(text[m.start(1):m.start(1) + WORD_AFTER])[0] == m.group(1)
                 and not any(o.start == m.start(1) for o in frame.of("Organization"))), None)


def firm_told(frame: Frame, end: int) -> Optional[tuple[int, Optional[Mention], bool]]:
    """What the sentence tells last before ``end`` of the companies 企业 alone may stand for, and where: one
    it names that opens a clause, not one of a list (…，洛轴集团成立多支团队; not 中建、中铁建等, nor 进入国家电网), one
    it does not name (一家出口企业, 这家箱包企业: None; 这家企业 for a company named before, frame.pointed: that
    one), or many (许多制造业企业: False, no one). None where it tells of none."""
    text = frame.text
    if not holds_one(text, _FIRM_TOLD_WORDS) and not frame.of("Organization"):
        return None  # most sentences: asked of each, so no scan where nothing could match
    told: list[tuple[int, Optional[Mention], bool]] = [
        (m.end, m, True) for m in frame.of("Organization") if m.end <= end and _of_kind(m, _FIRM_KIND)
        and text[m.end:m.end + 1] not in _EXAMPLE_MARKS and text[m.start - 1:m.start] not in (LIST_JOINERS[0], _COUNTED)
        and _FIRM_CLAUSE_LEAD.fullmatch(text, clause_span(text, m.start)[0], m.start)]
    pointed = frame.pointed
    told += [(u.end(), pointed[1] if pointed is not None and pointed[0].end() == u.end() else None, u.group("one") is not None)
             for u in _FIRM_TOLD.finditer(text, 0, end)]
    return max(told, key=lambda t: t[0], default=None)


# a clause citing statistics (数据显示，; 据统计，): the figures after it are of companies at large
_CITES_FIGURES = re.compile(f"(?:{_alt(P['relation']['data_shows'])})[，,：:]|(?:{_alt(P['relation']['figures_cited'])})")


def named_before_firm(frame: Frame, start: int, end: int, firm: Optional[Mention]) -> bool:
    """The sentence names a place or body other than ``firm`` between ``start`` and 企业 alone at ``end``
    (目前辽宁已有109个…项目完成建设，企业生产效率…: the province's companies; 位于南昌经开区的海立压缩机…，企业…: a
    company the text names as no entity), not in a clause that says what the company is (作为嘉兴箱包的龙头企业，);
    or cites statistics there (据统计，今年前三季度，企业营业收入…: companies at large)."""
    text = frame.text
    if _CITES_FIGURES.search(text, start, end):
        return True
    return any(start <= m.start < end and m is not firm and not text.startswith(_AS, clause_span(text, m.start)[0])
               for m in frame.of("Region", "Organization"))


def last_place(mentions: Iterable[Mention], kind: str = "") -> Optional[Mention]:
    """The place within a country named last (the outer name where two end together: 辽宁沈阳中德产业园),
    of the ``kind`` its name ends with where one is given (街道 for 该街道: pointing_word)."""
    return max((m for m in mentions if m.type == "Region" and of_kind(m.name, kind) and is_local(m)),
               key=lambda m: (m.end, -m.start), default=None)


def of_kind(name: str, kind: str) -> bool:
    """A place's name is of the pointed ``kind``: it ends with the kind or with another word a place of that kind
    is named with (园区: 光谷人工智能产业园)."""
    return name.endswith((kind, *_KIND_ENDINGS.get(kind, ())))


def is_local(m: Mention) -> bool:
    """A place within a country that 当地 may stand for: not a country, nor a
    region no government acts for (长江经济带, 中东地区), nor the text's own scope (全省)."""
    return m.subtype not in ("Country", *_NO_GOVERNMENT) and not _written_as_scope(m)


def _written_as_scope(m: Mention) -> bool:
    """The text's own scope, not a place it names (全市, 本省, 我市)."""
    return m.surface[:1] in "全本我"


# A sentence that opens by looking back over a period (开年以来，…; 五年来，…; 近一段时间，…; 截至…)
_LOOKS_BACK = re.compile(rf"[^，,。]{{0,12}}?(?:以来|年来)[，,]|{_alt(P['relation']['looks_back'])}")
_BREAKDOWN = re.compile(f"\\s*(?:{_alt(P['relation']['breakdowns'])})[，,]")  # not 其中明确，… (what a document says)


def opens_breakdown(frame: Frame) -> bool:
    """The sentence opens with 其中， : it gives the parts of a whole the sentence before told of."""
    return _BREAKDOWN.match(frame.text, frame.dateline) is not None


_SET_IN = re.compile(r"在([^，,。；;]{2,16})[，,]")


def _set_elsewhere(frame: Frame, topic: Mention) -> bool:
    """The sentence opens by setting its scene in a place or body other than
    the topic (在江苏昆山，…; 在南京紫金山实验室，…): what follows happens there."""
    scene = _SET_IN.match(frame.text, frame.lead)
    if scene is None or topic.sentence == frame.sentence.index and scene.start(1) <= topic.start < scene.end(1):
        return False  # 在四川宜宾，当地…: the place the scene names
    return any(m.start == scene.start(1) and m.name != topic.name for m in frame.of("Region", "Organization", top=False))


def _opens_with_actor(frame: Frame) -> bool:
    """The sentence opens with a named place or body (after a time word and
    a comma: 现在，贵州全省…)."""
    start = frame.lead
    comma = re.match(r"[^，,。]{0,6}[，,]", frame.text[start:])
    if comma:
        start += comma.end()
    first = next((m for m in frame.top if m.start >= frame.lead), None)
    return first is not None and first.type in ("Region", "Organization") and first.start == start \
        and first.start - frame.lead <= frame.settings.thresholds.opening_span and first.subtype != "Country" \
        and not _written_as_scope(first)  # 全市…, 本省…: the plan's own scope


_BOTH_SIDES = any_of(P['relation']['both_sides'])


def opens_with_both_sides(frame: Frame) -> bool:
    """The words open, after an adverbial clause (根据协议，), with the word
    for the two sides of a cooperation named before (双方将…), naming no subject of their own."""
    adverbial = _ADVERBIAL.match(frame.text[frame.lead:])
    return bool(_BOTH_SIDES.match(frame.text, frame.lead + (adverbial.end() if adverbial else 0))) \
        and explicit_subject(frame) is None


def _two_states_jointly(frame: Frame, s: Mention) -> bool:
    """``s`` stands for two states together: one of a pair written by their first characters (中摩关系得到新的发展，
    双方在通信…等领域交流合作) or of 双方 for two states named before (中方愿同吉方加强合作。双方要…在人工智能等方面
    培育新的增长点). What they will do is their joint aim, an area of their cooperation, no focus of either's
    (as 中方愿同X方在A、B等领域加强合作 names none); two sides of which one is no state (A与B签署协议。双方将…)
    keep theirs."""
    return s.source == COUNTRY_PAIR or s in frame.parties and _both_sides_two_states(frame)


def _both_sides_two_states(frame: Frame) -> bool:
    """The sentence opens with 双方 for the two states named before."""
    return len(frame.parties) == 2 and all(p.subtype == "Country" for p in frame.parties) and opens_with_both_sides(frame)


def _side_resumes(frame: Frame, s: Mention) -> bool:
    """``s`` opens a later clause of a sentence that opened with 双方 for two states, and is one of them
    (双方可以在钢铁、汽车等领域开展合作；…；中方愿积极参与捷克核电建设): that side speaks for itself again, as
    the sentence's own subject would (a verb of aim after the field in its clause counts too, but one in
    its clause it needs: 中方注意到捷方在汽车产业的优势 states none)."""
    return s.sentence == frame.sentence.index and s.name in {p.name for p in frame.parties} and _both_sides_two_states(frame)


def subjects(frame: Frame) -> list[Mention]:
    """The subject and those listed with it: 《A》和《B》也都对…作出了部署; or
    the two sides of the cooperation named before, where the words open with
    双方 (A与B签署…协议。根据协议，双方将…)."""
    if frame.parties and opens_with_both_sides(frame):
        return list(frame.parties)
    first = subject(frame)
    if first is None or first is not explicit_subject(frame):
        return [first] if first is not None else []
    return listed_with(frame, first)


def listed_with(frame: Frame, first: Mention) -> list[Mention]:
    """``first`` and the names of its kind listed right after it (A、B和C)."""
    out = [first] + [m for m in frame.mentions if (m.start, m.end) == (first.start, first.end)
                     and m.type == first.type and m.name != first.name]
    for m in frame.top:
        if m.start >= out[-1].end and m.type == first.type:
            if re.fullmatch(r"[、和及与]", frame.text[out[-1].end:m.start]):
                out.append(m)
                continue
            break
    return out


# Up to the last clause end before a position: the greedy .* backtracks from
# there, in C, where a scan of every clause end before it would run in Python.
_UP_TO_CLAUSE_END = re.compile(f".*{_CLAUSE_END.pattern}", re.S)


def clause_span(text: str, pos: int, up_to: re.Pattern = _UP_TO_CLAUSE_END) -> tuple[int, int]:
    """The clause around ``pos``: from the last clause end before it to the next one."""
    before = up_to.match(text, 0, pos)
    end = _CLAUSE_END.search(text, pos)
    return before.end() if before else 0, end.start() if end else len(text)


# -- positions ---------------------------------------------------------------

_PARTY_TITLES = P["position"]["party_titles"]
_OWN_BODY_TITLES = P["position"]["own_body_titles"]
_TITLE_BODIES = sorted(P["position"]["title_bodies"].items(), key=lambda kv: -len(kv[0]))  # longest title first
_LONGEST_TITLE = len(_TITLE_BODIES[0][0])
_BODY_OF_TITLE = dict(_TITLE_BODIES)
_REGION_TITLE_LEVEL = P["position"]["region_title_level"]
_PLACEHOLDER = re.compile(r"\{(.)\}")  # the level word a title's body is written with: {市}人民政府
_UNIT = any_of(P['organization']['party_units'])


def role_chain(frame: Frame, org: Mention) -> tuple[list[tuple[str, str, Mention]], int]:
    """The (body, role, where the body is written) triples of a title chain
    after ``org`` and where it ends: 工业和信息化部党组 | 书记、部长 ->
    [(…党组, 党组书记, org), (…部, 部长, org)]; a government reached through a
    place's committee (吉林省委副书记、省长) is written as its head's title."""
    text, pos, out = frame.text, org.end, []
    base = _unit_base(org)
    party = org.name if base != org.name else ""
    while True:
        unit = _UNIT.match(text, pos) if not POST.match(text, pos) or text.startswith(("党组书记", "党组成员", "党委书记"), pos) else None
        if unit and not text.startswith(tuple(_PARTY_TITLES), pos):
            body = base + unit.group()
            pos = unit.end()
            title = POST.match(text, pos)
            if not title:
                break
            out.append((body, title.group(), org))
            pos = title.end()
        else:
            title = POST.match(text, pos) or pos == org.end and _shared_head_title(text, pos)
            if not title:
                break
            role = title.group()
            if role in _OWN_BODY_TITLES:
                out.append((_OWN_BODY_TITLES[role], role, org))
            elif (government := _committee_government(frame, org, role, pos)) is not None:
                out.append((government.name, role, government))
            elif role in _PARTY_TITLES:
                out.append((base + _PARTY_TITLES[role], role, org))
            elif role in ("书记", "副书记", "成员") and party:
                out.append((party, ("党组" if party.endswith("党组") else "") + role, org))
            else:
                out.append((base, role, org))
            pos = title.end()
        if text[pos:pos + 1] not in TITLE_JOINERS:
            break
        pos += 1
    return out, pos


def post_after(text: str, pos: int) -> int:
    """Where a post written at ``pos`` ends (工信部|部长：…), or ``pos`` where none is."""
    title = POST.match(text, pos)
    return title.end() if title else pos


_SHARED_HEAD_TITLE = re.compile(f"(?:{_alt(P['position']['shared_head_titles'])})")


def _shared_head_title(text: str, end: int) -> Optional[re.Match]:
    """The head's title that the body's name ending at ``end`` shares its last
    character with (外交部|长王毅: 部长 of 外交部), where jieba reads the two as
    one word (外交部长), not the next word opening there (水利部|长江委)."""
    title = _SHARED_HEAD_TITLE.match(text, end - 1)
    return title if title and end not in words.cuts_around(text, end - 1, title.end()) else None


def _unit_base(org: Mention) -> str:
    """The body a party unit is of (北京大学党委 -> 北京大学), or the body itself."""
    return org.parent if _UNIT.fullmatch(org.name[len(org.parent):] or "-") and org.parent else org.name


# A place's party committee written out (中共萍乡市委), one name for the two patterns below.
_PLACE_COMMITTEE = f"中共.{{2,8}}?[{SCOPE_LEVELS}]委"
# A place's own party committee, written out or short (中共萍乡市委; 市委 in a 萍乡 story).
_LOCAL_COMMITTEE = re.compile(rf"中共\{{\}}委|{_PLACE_COMMITTEE}")
_COMMITTEE_PLACE = re.compile(f"中共(.+)委")


def _committee_government(frame: Frame, org: Mention, role: str, at: int) -> Optional[Mention]:
    """The government a head's title at ``at`` names in a chain that opens
    with a place's party committee: 市委副书记、市长李江河 is the mayor of the
    city, a post in its 人民政府, not in the committee; an autonomous region's
    主席 (自治区主席, or 常务副主席 after the region's committee, which has no
    主席) and a prefecture's 州长 likewise; None for other titles."""
    if not _LOCAL_COMMITTEE.fullmatch(org.name):
        return None
    written = _COMMITTEE_PLACE.fullmatch(org.name)  # 中共延边州委: 延边州人民政府, as the committee is written
    # a district's or county's committee resolved from 区委/县委 keeps no place: its name says it (中共君山区委)
    place = org.parent or frame.scopes.get(org.scope or "") or (written.group(1) if written else "")
    body = _BODY_OF_TITLE.get(role) or (_BODY_OF_TITLE.get(_REGION_TITLE_LEVEL + role, "")
                                        if place and place.endswith(_REGION_TITLE_LEVEL) else "")
    if "人民政府" not in body:
        return None
    if org.scope and not org.parent:  # 州委副书记、州长X: the document's own place, as the text writes it (楚雄州)
        return _scope_body(frame, role, body, at)
    return _scope_body(frame, role, body, at, place, written.group(1)) if place and LEX.region(place) else None


def _org_mention(frame: Frame, name: str, near: Mention) -> Mention:
    return Mention(type="Organization", surface=_written_as(near, name), name=name, start=near.start, end=near.end,
                   sentence=frame.sentence.index, source="relations.role-chain.v1",
                   subtype="PartyOrganization" if re.search("党组|党委|中共", name) else near.subtype or "GovernmentBody")


def _body_at(frame: Frame, pos: int) -> Optional[Mention]:
    """The longest organisation named from ``pos`` on."""
    return max((m for m in frame.of("Organization", top=False) if m.start == pos), key=lambda m: m.end, default=None)


def post_chain(frame: Frame, org: Mention) -> tuple[list[tuple[str, str, Mention]], int]:
    """The (body, role, body's mention) triples of a title chain that runs
    across bodies, and where it ends: 中共中央政治局常委、国务院总理、
    中央网信委副主任 | 李克强; 北京大学副校长、中国科学院院士 | 张平文;
    工业和信息化部部长兼国家航天局局长 | 苗圩."""
    out, pos, at = [], org.start, org
    while at is not None:
        chain, end = role_chain(frame, at)
        if not chain:
            break
        out += chain
        pos = end
        at = _body_at(frame, end) if frame.text[end - 1:end] in TITLE_JOINERS else None
    if out and frame.text[pos - 1:pos] in TITLE_JOINERS:
        pos -= 1  # role_chain stepped past the 、 (or 兼) before a body that holds no title
    return out, pos


def _tail_of_name(frame: Frame, org: Mention) -> bool:
    """A short form glued to the characters before it ends a longer name
    nobody recognised: 党中央 of 农工党中央 is no 中共中央; 中央政治局 written
    right after another party's name (越共中央政治局, 老挝党中央) is that party's. The
    country's own name before it is no such name (中国|国务院总理李强, 中国|工信部部长)."""
    before = frame.text[org.start - 1:org.start]
    if org.surface != org.name and org.surface.startswith("中央") and before in _PARTY_NAME_ENDS:
        return True
    return len(org.surface) <= 3 and org.surface != org.name and bool(HAN_CHAR.fullmatch(before)) \
        and before not in _FUNCTION_CHARS and not _function_word_before(frame.text, org.start) \
        and not any(r.name == COUNTRY and r.end == org.start for r in frame.of("Region", top=False))


_OPENS_NO_NAME_TAGS = ("p", "v")  # jieba's tags of a preposition and a verb


def _function_word_before(text: str, at: int) -> bool:
    """The word jieba cuts right before ``at`` is a preposition or verb (根据|国务院总理李克强的提名, 受|国务院委托):
    it opens no longer name the short form would end."""
    before = words.cut(text[max(0, at - words.CONTEXT_AROUND):at])
    return bool(before) and at in words.cuts_around(text, at, at + 1) and words.tag(before[-1]) in _OPENS_NO_NAME_TAGS


# …and 兼, which opens a post held with the one before it (新加坡副总理兼|财政部长王瑞杰: a body of its own), and 同,
# the preposition 与 is (李克强同|东盟秘书长林玉辉)
_FUNCTION_CHARS = set("的是在对与同和及任为由向把被从兼")
_PARTY_NAME_ENDS = set("党共")  # …党, and X共 for X共产党 (越共)


_BLANKS = " \u3000\xa0"  # an ASCII, an ideographic and a no-break space
_NAME_BLANK = 3  # the most blank characters read between a title and its name (广东省发改委主任　李春洪)


def _person_after(frame: Frame, people: Sequence[Mention], pos: int) -> Optional[Mention]:
    """The person named at ``pos``, or after the blank an interview's name line or a caption sets between a
    title and its name where the name goes on into what is said or done (广东省发改委主任　李春洪：…, 工业和信息化部
    副部长 熊继军致辞; not a byline, the name alone at the line's end: 21世纪经济研究院研究员 李鹏, which holds no
    post by annotation.md); not the first characters of a body's name (安世亚太科技股份有限公司 is no person 安世)."""
    text = frame.text
    window = text[pos:pos + _NAME_BLANK]
    blank = len(window) - len(window.lstrip(_BLANKS))
    person = next((p for p in people if p.start == pos + blank), None)
    if person is None or any(o.start == pos + blank and o.end > person.end for o in frame.of("Organization", top=False)):
        return None
    if blank and (person.end == len(text) or text[person.end] in _BLANKS):
        return None
    return person


def _captioned(frame: Frame, people: Sequence[Mention], org: Mention, end: int) -> Optional[Mention]:
    """The person a caption names first, before a comma and the body whose post ends the clause or the line at
    ``end`` (李博，开放原子开源基金会副秘书长; 罗文，工业和信息化部规划司司长，全程参与…: entities' person.caption.v1
    reads the name so)."""
    text = frame.text
    if HAN_CHAR.match(text, end):
        return None
    return next((p for p in people if p.start == 0 and p.end + 1 == org.start and text[p.end] in SPEAKERS_COMMAS), None)


def titles_person(frame: Frame, org: Mention) -> bool:
    """A post follows ``org`` (中国科学院院士、北京大学副校长…张平文; 全国人大
    常委会委员长栗战书): the body only titles the person who acts, named or
    not; a board (董事会, 理事会) is a body."""
    if org.type != "Organization":
        return False
    title = POST.match(frame.text, org.end)
    return title is not None and frame.text[title.end():title.end() + 1] not in ("会", "单") or cuts_title(frame, org)


def cuts_title(frame: Frame, org: Mention) -> bool:
    """The name ends inside a title: 信息技术发展司副司|长 is no body."""
    return frame.text[org.end:org.end + 1] == "长" and org.surface[-2:-1] in ("副", "正")


def speaker_opens(frame: Frame) -> bool:
    """The sentence opens with a person, named or titled, who speaks
    (习近平指出，要…): what follows is theirs, not the topic's. A person
    who chairs the topic's meeting leaves it in place."""
    text = frame.text
    if _SPEECH.search(text) is None:
        return False  # most sentences: no verb of speech anywhere, so no need to find where their words start
    lead = frame.lead
    said = _SPEECH.search(text, lead, clause_span(text, lead)[1])
    if said is None:
        return False
    if text.startswith(_PRONOUNS, lead) or said.start() - lead in _NAME_LENGTHS and _names_person(text[lead:said.start()]):
        return True
    member = _MEMBER_AFTER_SURNAME.match(text, lead + 1) if text[lead:lead + 1] in SURNAMES else None
    if member is not None and _may_be_name(text[lead:member.end()]):
        return True
    first = next((m for m in frame.top if m.start >= lead), None)
    return first is not None and first.start <= lead + 2 and (first.type == "Person" or titles_person(frame, first)) \
        and bool(_SPEECH.search(text, first.end, clause_span(text, first.end)[1]))


# … or the verb that gives the post: an appointment or an election (申恒涛获聘成为X院长, 李四受聘为X教授,
# 胡占凡当选为X主席, 王五出任X总经理).
_AFTER_NAME = re.compile(r"[（(]|[，,]\s*|是|任|担任|现任|当选为?|获聘(?:成为|为)|受聘(?:担任|为)|出任")
_POST_ENDS = re.compile(r"[）)，,。；;]|$")


# … or, in an appointment, 为 after the list of names the post is given to (决定任命王毅为外交部部长; 韩正、孙春兰、
# 胡春华、刘鹤为国务院副总理; 刘延东(女)、汪洋为…: a note on the bearer may follow a name)
_APPOINTED_TO = re.compile(f"(?:{NAME_NOTE})?(?:同志)?为")
_NOTE_AFTER_NAME = re.compile(NAME_NOTE)


def _appointed_to(frame: Frame, people: Sequence[Mention], person: Mention) -> Optional[re.Match]:
    """The 为 that gives ``person`` a post in an appointment: right after the name, or after the list of
    names it opens or goes on (each joined by 、), in a sentence with an appointment verb before it."""
    text = frame.text
    if APPOINTMENT.search(text, 0, person.start) is None:
        return None
    starts = {p.start: p for p in people}
    at = person.end
    while (to := _APPOINTED_TO.match(text, at)) is None:
        note = _NOTE_AFTER_NAME.match(text, at)
        joint = note.end() if note else at
        if text[joint:joint + 1] != "、" or joint + 1 not in starts:
            return None
        at = starts[joint + 1].end
    return to


def _posts_after_name(frame: Frame, people: Sequence[Mention]) -> Iterator[Relation]:
    """Posts written after the name: 张平文（中国科学院院士、北京大学副校长）;
    李明，华为公司董事长，…; 王强是中国移动的总经理; 刘奇现任X所长;
    申恒涛获聘成为X院长; 决定任命王毅为外交部部长."""
    text = frame.text
    for person in people:
        gap = _AFTER_NAME.match(text, person.end) or _appointed_to(frame, people, person)
        if gap is None:
            continue
        org = _body_at(frame, gap.end())
        if org is None:
            continue
        if text.startswith("的", org.end) and not gap.group().startswith(("，", ",")):
            org_end = org.end + 1  # 王强是中国移动的总经理
            chain = [(org.name, t.group(), org)] if (t := POST.match(text, org_end)) else []
            end = t.end() if chain else 0
        else:
            chain, end = post_chain(frame, org)
        if chain and _POST_ENDS.match(text, end) and not any(p.start == end for p in people):
            for body, role, at in chain:
                yield _rel(frame, person, "hasPosition", _org_mention(frame, body, at), "hasPosition.title.v1", frame.confidences.position_after_name, role)


_TRAILING_POSTS = re.compile(f"(?:{_alt(P['position']['title_grades'])})?(?:{_alt(P['position']['trailing_post_deputies'])})?"
                             f"(?:{_alt(P['position']['trailing_posts'])})")  # graded, a deputy's: 常务副院长


def _posts_around_name(frame: Frame, people: Sequence[Mention]) -> Iterator[Relation]:
    """A body, then a name with its post after it (清华大学张三院士,
    某公司李四董事长); a body, 的, a post, then the name (某集团的企业代表
    王五): the post is held in that body."""
    text = frame.text
    for org in frame.of("Organization"):
        if _tail_of_name(frame, org) or titles_person(frame, org):
            continue  # a chain of titles after the body: has_position reads it
        role, person = None, _person_after(frame, people, org.end)
        if person is not None:
            post = _TRAILING_POSTS.match(text, person.end)
            role = post.group() if post else None
        elif text.startswith("的", org.end) and (post := POST.match(text, org.end + 1)):
            person, role = _person_after(frame, people, post.end()), post.group()
        if person is not None and role is not None:
            yield _rel(frame, person, "hasPosition", org, "hasPosition.title.v1", frame.confidences.position_around_name, role)


def _scope_body(frame: Frame, title: str, body: str, at: int, place: Optional[str] = None,
                written: Optional[str] = None) -> Optional[Mention]:
    """The body a bare title names in the document's place, or in ``place``
    (市长 -> {市}人民政府), a prefecture ``written`` as the text writes it."""
    scopes = frame.scopes if place is None else _place_scopes(frame, place, written)
    level = _PLACEHOLDER.search(body)
    if level is not None and not scopes.get(level.group(1)):
        return None
    name = body.replace(level.group(), scopes[level.group(1)]) if level is not None else body
    # the title stands for the body but writes none of its name: no surface, so no alias (市长 of 上海市人民政府)
    return Mention(type="Organization", surface="", name=name, start=at, end=at + len(title),
                   sentence=frame.sentence.index, source="hasPosition.title.v1", subtype="GovernmentBody")


_SCOPE_OF_LEVEL = {"province": "省", "prefecture": "市"}


def _level_words(region: Region) -> tuple[str, ...]:
    """The scope words whose posts a region has: a city its own 市; any place
    named …市 has a 市长 too (上海市, a municipality, is a province with one;
    昆山市, a county-level city, a county with one); an autonomous prefecture
    (楚雄彝族自治州) its 州 as well; a county its 县 or 区 as it is named."""
    word = _SCOPE_OF_LEVEL.get(region.level, "")
    if region.level == "county" and region.name[-1] in COUNTY_WORDS:
        word = region.name[-1]
    if word == "市" and region.name.endswith("自治" + _PREFECTURE):
        return word, _PREFECTURE
    return (word, "市") if word != "市" and region.name.endswith("市") else (word,)


def _place_scopes(frame: Frame, place: str, written: Optional[str]) -> dict[str, str]:
    """The names ``place`` gives each of its level words; a prefecture keeps
    its 州 as the text writes it (延边州委 -> 延边州人民政府; the document's own
    as resolution names its 州工信局)."""
    scopes = dict.fromkeys(_level_words(LEX.region(place)), place)
    if _PREFECTURE in scopes:
        own = frame.scopes.get(_PREFECTURE) if place == frame.scopes.get("市") else None
        scopes[_PREFECTURE] = written or own or place
    return scopes


def _has_post_for(body: str, level_words: Iterable[str]) -> bool:
    """Whether a title's body ({市}人民政府) holds a post at one of a place's levels."""
    return any("{%s}" % w in body for w in level_words)


_LEADERS_JOINED = ("、", "和")  # 省委书记A、省长B; 在省委书记A和省长B陪同下


def _title_place(frame: Frame, people: tuple[Mention, ...], at: int, title: str) -> Optional[str]:
    """The place whose post a bare ``title`` at ``at`` is, where the text
    says: the place written right before it (武汉市市长周先旺, or with one 市:
    宝鸡市长上官吉庆), or, after 、 or
    和, the place of the body whose post the person before holds (山东省委书记刘家义、
    省长龚正; 在江苏省委书记信长星和省长许昆林陪同下 -> 江苏省); of the title's
    level (省长 of a province)."""
    # the place may share its level word with the title (宝鸡市长上官吉庆: 宝鸡市 and 市长), where no
    # place goes on past the title (福州市长乐区: 长乐区, no 市长)
    regions = frame.of("Region", top=False)
    shared = not any(r.start < at + len(title) < r.end for r in regions)
    region = next((LEX.region(r.name) for r in regions
                   if r.end == at or shared and r.end == at + 1 and r.surface.endswith(title[0])), None)
    if region is None and frame.text[at - 1:at] in _LEADERS_JOINED:
        before = next((p for p in people if p.end == at - 1), None)
        body = max((o for o in frame.of("Organization", top=False) if before is not None and o.end <= before.start and o.parent),
                   key=lambda o: o.end, default=None)
        if body is not None and POST.fullmatch(frame.text[body.end:before.start]):
            region = LEX.region(body.parent)
        elif before is not None:  # 江西省常务副省长毛伟明、副省长李贻煌: the place written before the title of the person before
            region = next((LEX.region(r.name) for r in regions if frame.text[r.end:before.start] in _BODY_OF_TITLE), None)
    if region is None:
        return None
    return region.name if _has_post_for(_BODY_OF_TITLE[title], _level_words(region)) else None


@extractor("hasPosition.title.v1", types=("Person",))
def has_position(frame: Frame) -> Iterator[Relation]:
    """部党组书记、部长李乐成; 海南省工信厅厅长王静; a chain across bodies
    (中共中央政治局常委、国务院总理李克强: a post in each); 俊民书记 (the body
    from the document's context); 部领导叶民、熊继军 (each person of a list).
    A place's government or party committee that a bare title names (省长王正谱 ->
    河北省人民政府, 市委书记 -> 中共长春市委) is in that place, as its name written
    out would say (structure.name.v1 reads 河北省人民政府 so)."""
    seated = set()
    for r in _posts(frame):
        yield r
        seat = _seat_of_titled_body(r.object)
        if seat is not None and r.object.name not in seated:
            seated.add(r.object.name)
            region = Mention(type="Region", surface="", name=seat, start=r.object.start, end=r.object.end,
                             sentence=frame.sentence.index, source="hasPosition.title.v1")
            yield _rel(frame, r.object, "locatedIn", region, "hasPosition.title.v1", frame.confidences.located_in_named)


# the recognisers that make a body from a bare title, with no surface of its own (省长 -> 河北省人民政府)
_TITLED_BODY_SOURCES = ("hasPosition.title.v1", "relations.role-chain.v1")
_GOVERNMENT_WORD = "人民政府"  # a place's government: 河北省 + 人民政府


def _seat_of_titled_body(org: Mention) -> Optional[str]:
    """The place a body named by a bare title alone is of (no surface: 省长 -> 河北省人民政府 -> 河北省;
    书记 -> 中共长春市委 -> 长春市), else None."""
    if org.source not in _TITLED_BODY_SOURCES or org.surface:
        return None
    committee = _COMMITTEE_PLACE.fullmatch(org.name)
    place = committee.group(1) if committee else org.name.removesuffix(_GOVERNMENT_WORD) if org.name.endswith(_GOVERNMENT_WORD) else ""
    entry = LEX.region(place) if place else None
    return entry.name if entry is not None else None


def _bare_title_post(r: Relation) -> bool:
    """A post read from a bare title alone, its body the title's default (阮富仲总书记 -> 中共中央, X书记 ->
    中共{市}委): no body written."""
    return r.predicate == "hasPosition" and r.object.source in _TITLED_BODY_SOURCES and not r.object.surface \
        and r.role in _BODY_OF_TITLE


def titles_held_in_named_bodies(rels: list[Relation]) -> list[Relation]:
    """A bare title after a name (阮富仲总书记) is the post the document gave that person in a body it named
    (越共中央总书记阮富仲: 越南共产党中央委员会), not the title's default body (中共中央): a document-level pass over
    its posts, which drops the default's where the same person holds a post
    whose role ends in the title in another body the document names (中共中央总书记习近平, then 习近平总书记: the same
    body, kept)."""
    held = {(r.subject.name, r.role, r.object.name) for r in rels
            if r.predicate == "hasPosition" and r.role and not _bare_title_post(r)}
    return [r for r in rels if not (_bare_title_post(r) and any(
        person == r.subject.name and role.endswith(r.role) and body != r.object.name for person, role, body in held))]


_OPERATOR_NAMES = P["organization"]["operator_names"]  # 联通 -> its legal and brand names
_NOT_BRANCHES = frozenset(P["organization"]["operators_place_not_branch"])  # 湖南广电: the province's broadcaster
_COMPANY_WORD = "公司"  # a company's last word; 湖北移动公司: the branch's name with the company word after the operator's
_BRANCH_WORD = "分公司"  # 联通岳阳分公司, 铁塔茂名市分公司: the operator's word, the place, then the branch's word


def _operator_of(m: Mention) -> Optional[tuple[str, Optional[str]]]:
    """The operator word of an operator named (中国联合网络通信集团有限公司: 联通, None) or of its branch named by
    its place (安徽联通, 湖北移动公司: 联通 or 移动, and the branch's region) or by its word, its place and 分公司
    (联通岳阳分公司, 铁塔茂名市分公司); None for any other body, and for a place's own broadcaster (湖南广电, no
    branch of 中国广电)."""
    if m.type != "Organization":
        return None
    word = next((w for w, names in _OPERATOR_NAMES.items() if m.name in names), None)
    if word is not None:
        return word, None
    base = m.name.removesuffix(_COMPANY_WORD)
    word = next((w for w in _OPERATOR_NAMES if base.endswith(w) and w not in _NOT_BRANCHES), None)
    place = base[:-len(word)] if word else ""
    if not word and m.name.endswith(_BRANCH_WORD):
        word = next((w for w in _OPERATOR_NAMES if m.name.startswith(w) and w not in _NOT_BRANCHES), None)
        place = m.name[len(word):-len(_BRANCH_WORD)] if word else ""
    region = next((e.name for e in LEX.entries.get(place, ()) if e.type == "Region" and e.name != COUNTRY), None)
    return (word, region) if region else None


def branches_of_named_operators(frames: Sequence[Frame]) -> list[Relation]:
    """An operator's branch named by its place (安徽联通, 鄂尔多斯移动) belongs to the operator where the document
    names the operator too (中国联通集团公司董事长刘烈宏…赴安徽联通调研): a document-level pass, one relation per
    branch, cited where the branch is first named. Not a branch in the place of another of the operator's branches
    the document names (京山移动 beside 湖北移动公司: the county's is the province's, which the text does not say)."""
    operators, branches = {}, {}
    for frame in frames:
        for m in frame.mentions:
            found = _operator_of(m)
            if found is None:
                continue
            word, region = found
            if region is None:
                operators.setdefault(word, m)
            else:
                branches.setdefault(m.name, (frame, m, word, region))
    return [_rel(frame, m, "subOrganizationOf", operators[word], "structure.branch.v1", frame.confidences.sub_organization_named)
            for frame, m, word, region in branches.values()
            if word in operators and not any(w == word and LEX.within(region, r) for _, _, w, r in branches.values())]


_HANDS_OVER = any_of(P['relation']['notice_hands_over'])
_SIGNATURE_GAP = re.compile(r"[\s、,，]*")  # what stands between the names on a signature line


def signed_notices(frames: Sequence[Frame], rels: Sequence[Relation]) -> list[Relation]:
    """A notice that hands its documents over (现将《X》印发给你们) is signed under it, on a line of the bodies' names
    alone (淄博市工业和信息化局 淄博市财政局): each body issues the documents listed last before the verb (not one
    cited before them: 根据…《Y》…，我局编制了《X》，现印发给你们), cited where the notice hands them over, where no
    sentence (the notice's title) gave that issuing already. A document-level pass: the signature is a paragraph."""
    issued = {(r.subject.name, r.object.name) for r in rels if r.predicate == "issues"}
    out = []
    for frame, signed in zip(frames, frames[1:]):
        verb = _HANDS_OVER.search(frame.text)
        if verb is None or signed.sentence.paragraph == frame.sentence.paragraph:
            continue
        policies = [p for p in frame.of("Policy") if p.end <= verb.start()]
        while len(policies) > 1 and not _POLICY_GAP.fullmatch(frame.text, policies[-2].end, policies[-1].start):
            del policies[-2]  # only the run of documents listed last before the verb
        signers = signed.of("Organization")
        gaps = zip([0, *(m.end for m in signers)], [*(m.start for m in signers), len(signed.text)])
        if policies and signers and all(_SIGNATURE_GAP.fullmatch(signed.text, a, b) for a, b in gaps):
            out.extend(_rel(frame, body, "issues", p, "issues.signed.v1", frame.confidences.issues_trigger)
                       for body in signers for p in policies if (body.name, p.name) not in issued)
    return out


def _posts(frame: Frame) -> Iterator[Relation]:
    """The posts of has_position."""
    text = frame.text
    people = frame.of("Person", top=False)
    not_named = set()  # bodies a chain of another's posts runs through: 越共中央政治局委员、中央书记处书记
    for org in frame.of("Organization", top=False):
        chain, end = post_chain(frame, org)
        if org.start in not_named or _tail_of_name(frame, org):
            not_named.update(at.start for _, _, at in chain)
            continue
        if _contrasted_with_named(frame, org) or _former_body(frame, org):
            continue
        person = _person_after(frame, people, end)
        if person is None and chain and text.startswith(TITLE_JOINERS, end):
            person = _person_after_next_body(frame, people, end)
        if person is None and chain:
            person = _captioned(frame, people, org, end)
        if person is not None and _goes_to_its_place(frame, org, person):
            continue
        while person is not None:
            for body, role, at in chain:
                yield _rel(frame, person, "hasPosition", _org_mention(frame, body, at), "hasPosition.title.v1", frame.confidences.position_chain, role)
            person, chain = _next_in_list(frame, people, person, chain)
    for person in people:
        after = text[person.end:person.end + _LONGEST_TITLE]
        for title, body in _TITLE_BODIES:
            if after.startswith(title):
                org = _scope_body(frame, title, body, person.end) if not _foreign_state_before(frame, person.start) else None
                if org is not None:
                    yield _rel(frame, person, "hasPosition", org, "hasPosition.title.v1", frame.confidences.position_of_place, title)
                break
        # 省长易炼红 opening a clause: the post of the document's province, where the
        # sentence names no other place (not 书记, which a branch or a village has too)
        before = text[max(person.start - _LONGEST_TITLE, 0):person.start]
        own = next((t for t in _OWN_BODY_TITLES if before.endswith(t)), None)
        if own and not before[:-len(own)].endswith(_FORMER_TITLES) and not _foreign_state_ends(frame, person.start - len(own)):
            # 国务委员杨洁篪 written alone: a post of one body only, whatever comes before it (not 原国务委员,
            # nor 朝鲜国务委员崔龙海: another state's post of that name); the bare names listed after it hold
            # it too (国务委员王小洪、吴政隆、谌贻琴)
            org = _scope_body(frame, own, _OWN_BODY_TITLES[own], person.start - len(own))
            listed: Optional[Mention] = person
            while listed is not None:
                yield _rel(frame, listed, "hasPosition", org, "hasPosition.title.v1", frame.confidences.position_of_place, own)
                listed = _person_after(frame, people, listed.end + 1) if text.startswith("、", listed.end) else None
        title = next((t for t, _ in _TITLE_BODIES if before.endswith(t) and t != "书记"), None)
        titled = [(title, person.start - len(title))] if title else []
        titled += _stacked_place_title(frame, people, person)
        for title, at in titled:
            documents_place = (at == 0 or text[at - 1] in "，,。；;：:") and all(
                _in_documents_place(frame, r, _BODY_OF_TITLE[title]) for r in frame.of("Region", top=False) if r.subtype != "Country")
            place = None if documents_place else _title_place(frame, people, at, title)
            org = _scope_body(frame, title, _BODY_OF_TITLE[title], at, place) if documents_place or place else None
            if org is not None:
                yield _rel(frame, person, "hasPosition", org, "hasPosition.title.v1", frame.confidences.position_of_place, title)
    yield from _posts_after_name(frame, people)
    yield from _posts_around_name(frame, people)
    at = text.find("部领导")
    if at >= 0 and frame.scopes.get("部"):
        org = Mention(type="Organization", surface="部", name=frame.scopes["部"], start=at, end=at + 1,
                      sentence=frame.sentence.index, source="hasPosition.title.v1", subtype="GovernmentBody")
        pos = at + len("部领导")
        for person in sorted((p for p in people if p.start >= pos), key=lambda p: p.start):
            if person.start != pos:
                break
            yield _rel(frame, person, "hasPosition", org, "hasPosition.title.v1", frame.confidences.position_ministry_leaders, "部领导")
            pos = person.end + 1


_STACKED_TITLES_LONGEST = 24  # characters of the titles written between a place's title and 、 and the name (…、中共东城园工委书记)
_STACK_BREAKS = re.compile(r"[，,。；;：:（(）)“”《》\s]")


def _stacked_place_title(frame: Frame, people: Sequence[Mention], person: Mention) -> list[tuple[str, int]]:
    """A place's bare government title that opens the person's stacked titles before 、, another body's title between it and
    the name (东城区副区长、中共东城园工委书记赵海东; 副市长、武进区委书记李林): the person holds that place's post too, as
    with the title right before the name; as (title, where it starts), or none. Not a list of persons (副省长、…张三、李四:
    the title after 、 is another's), nor 书记, a branch's or a village's title as well."""
    text = frame.text
    lo = max(0, person.start - _STACKED_TITLES_LONGEST)
    joint = text.rfind("、", lo, person.start)
    run = text[joint + 1:person.start]
    if joint < 0 or not run or _STACK_BREAKS.search(run) or not POST.search(run) \
            or any(joint < p.start < person.start for p in people):
        return []
    title = next((t for t, _ in _TITLE_BODIES if text.endswith(t, 0, joint) and t != "书记"), None)
    if title is None or any(p.end == joint - len(title) for p in people):
        return []
    return [(title, joint - len(title))]


def _contrasted_with_named(frame: Frame, org: Mention) -> bool:
    """A bare local form (市委, 省政府) that the sentence follows with the
    same body written with its place for another person's post: the writer
    tells the two apart, so the bare one is the home place's, not the place
    the document's context took from the other (市委副书记、市长周继军与江西省
    赣州市委常委、副市长王建冬一行座谈: 周继军 is no 赣州 official). Written the
    other way round the bare form repeats the place (江苏省委书记信长星、省委
    副书记、省长许昆林); a body named later for no post (《中共浙江省委关于…》)
    tells nothing apart, and neither does one whose place the sentence named
    before the bare form (赣州市召开…，市委书记吴忠琼出席…，赣州市委副书记、市长
    李克坚主持: the bare form is that place's)."""
    return org.surface[:1] in SCOPE_LEVELS and org.surface != org.name and any(
        o.name == org.name and o.start > org.end and o.surface[:1] not in SCOPE_LEVELS and post_chain(frame, o)[0]
        for o in frame.of("Organization", top=False)) and not any(
        r.end <= org.start and r.name in org.name for r in frame.of("Region", top=False))


def _foreign_states(frame: Frame) -> Iterator[Mention]:
    """The states other than China the sentence names."""
    return (r for r in frame.of("Region", top=False) if r.subtype == "Country" and r.name != COUNTRY)


def _foreign_state_ends(frame: Frame, at: int) -> bool:
    """A state other than China is named right before ``at`` (朝鲜|国务委员): the title is that state's."""
    return any(r.end == at for r in _foreign_states(frame))


_ENVOY = "驻"  # 德国驻华大使, 德国驻沪总领事: a state's envoy, the state no scene of the clause
_CLOSING_BRACKETS = ("）", ")")
_STATE_BODIES = ("GovernmentBody", "PartyOrganization")  # a state's own bodies: the state's scene still


def _foreign_state_before(frame: Frame, at: int) -> bool:
    """A state other than China is named earlier in the clause of ``at`` (希腊副总理哈齐达基斯、南爱琴省省长、罗德市长):
    a bare title after a name there is that state's post (or the name a place's), not one of the document's place.
    Not a state that only says whose envoy (德国驻华大使柯慕贤、易炼红省长出席) or whose firm (德国大众汽车集团董事长迪斯、
    易炼红省长) an earlier guest of the list is: the governor after them is the document's own. (A state's own
    ministry still counts: 希腊外交部副部长X、罗德市长.)"""
    start = clause_span(frame.text, at)[0]
    bodies = [o for o in frame.of("Organization", top=False) if o.subtype not in _STATE_BODIES]
    return any(start <= r.start and r.end <= at and not frame.text.startswith(_ENVOY, r.end)
               and not any(o.start <= r.start and r.end < o.end for o in bodies)
               for r in _foreign_states(frame))


_FORMER_BEFORE_BODY = tuple(P["position"]["former_before_body"])
_FORMER_TITLES = tuple(P["position"]["former_before_title"])  # 原国务委员, 前任国务委员: a post held before


def _former_body(frame: Frame, org: Mention) -> bool:
    """原 standing alone before a body (，原工业和信息化部副部长杨学山): the posts
    after it are past ones, no post held; not the end of a word or a place
    (太原, 中原, 高原) glued to the name."""
    text, at = frame.text, org.start
    return text.endswith(_FORMER_BEFORE_BODY, 0, at) and (at == 1 or not HAN_CHAR.fullmatch(text[at - 2]))


_GOES_TO = re.compile(f"[^，,。；;]{{0,4}}?(?:{_alt(P['region']['departure_verbs'])})")  # (率队)赴, 一行前往


def _goes_to_its_place(frame: Frame, org: Mention, person: Mention) -> bool:
    """A bare local form whose place the person then goes to (市委副书记、市长
    陈红辉率队赴北京、内蒙古招商引资): nobody travels to their own city, so
    the document's context, which took the place visited, names no post. The
    place gone to is the longest one there: 赴福州新区 goes to a district of
    福州, not to 福州."""
    went = _GOES_TO.match(frame.text, person.end)
    if went is None or org.surface[:1] not in SCOPE_LEVELS or org.surface == org.name:
        return False
    gone_to = max((r for r in frame.of("Region", top=False) if r.start == went.end()), key=lambda r: r.end, default=None)
    return gone_to is not None and gone_to.name in org.name


# Titles that name a body of their own, not the one a list's first post names: a place's heads
# (省通信管理局副局长吴俊、副市长岳劲: the city's), their deputies, a committee's secretaries, and the
# titles of one body only (院士, 总理).
_TITLES_OF_OTHER_BODIES = tuple(P["relation"]["leader_titles"] + P["position"]["one_body_titles"])


def _next_in_list(frame: Frame, people: Sequence[Mention], person: Mention,
                  chain: list[tuple[str, str, Mention]]) -> tuple[Optional[Mention], list[tuple[str, str, Mention]]]:
    """The next person of a list after one named with a chain of posts, and
    that person's posts: a bare name after 、 holds the same ones (部领导叶民、
    熊继军); a name after a title of its own, after 、 or a comma, holds that
    title in the chain's last body, not in its party unit (青拓集团董事长姜海洪、
    总裁陈庆科; 北京大学党委书记郝平、校长林建华: 北京大学's; 工业和信息化部部长
    李乐成，副部长辛国斌: the ministry's), and where a unit of that body
    follows the title, the unit's posts too (…，新闻发言人、信息通信管理局局长
    赵志国: the ministry's 新闻发言人)."""
    text, at = frame.text, person.end + 1
    joiner = text[person.end:at]
    if joiner != "、" and joiner not in SPEAKERS_COMMAS:
        return None, chain
    following = _person_after(frame, people, at) if joiner == "、" else None  # 张三，李四说: a clause of its own
    if following is not None:
        return following, chain
    title = POST.match(text, at)
    if title is None or not chain or title.group() in _BODY_OF_TITLE or title.group() in _OWN_BODY_TITLES \
            or title.group() in _PARTY_TITLES or title.group().endswith(_TITLES_OF_OTHER_BODIES) \
            or any(at <= o.start < title.end() for o in frame.of("Organization", top=False)):
        return None, chain  # a title of a body of its own (省长, 国务委员, 书记), or written with its body (…、OPPO副总裁刘波: OPPO's)
    following = _person_after(frame, people, title.end())
    _, _, where = chain[-1]
    unit = _body_at(frame, title.end() + 1) if following is None and text.startswith("、", title.end()) else None
    if unit is not None and unit.parent and unit.parent in (where.name, where.parent):
        posts, end = post_chain(frame, unit)  # …，新闻发言人、运行监测协调局局长陶青: the bare title is the unit's body's
        return _person_after(frame, people, end), [(unit.parent, title.group(), unit), *posts]
    return following, [(_unit_base(where), title.group(), where)]


def _in_documents_place(frame: Frame, region: Mention, body: str) -> bool:
    """``region`` is the document's place, or lies in the place whose
    government ``body`` names ({市}人民政府) without a government of that
    kind of its own: 萍乡经开区 in a 萍乡 story leaves 副市长黄强 the city's;
    another city of the province, or a county-level city inside it, does not."""
    if frame.is_scope_place(region.name, county=True):
        return True
    entry = LEX.region(region.name)
    if entry is not None and _has_post_for(body, _level_words(entry)):
        return False  # 昆山市 in a 苏州 story has a 副市长 of its own: whose the title is, is unsaid
    place = next((frame.scopes.get(w) for w in ("市", "省") if "{%s}" % w in body), None)
    chain = LEX.region_chain(region.name) or [region.name, *LEX.region_chain(region.parent)]
    return place is not None and place in chain


def _person_after_next_body(frame: Frame, people: Sequence[Mention], end: int) -> Optional[Mention]:
    """The person a chain of posts leads to past the next body (…主任、X大学徐宗本院士),
    or past a body nobody recognised that holds a post too (…常委、国务院总理、
    中央网信委副主任李克强); no one where another person stands in between."""
    text = frame.text
    after = max((o for o in frame.of("Organization", top=False) if o.start == end + 1), key=lambda o: o.end, default=None)
    if after is not None:
        posts, at = post_chain(frame, after)
        person = _person_after(frame, people, at if posts else after.end)
        if person is not None:
            return person
    stop = clause_span(text, end + 1)[1]
    person = next((p for t in POST.finditer(text, end, stop) if (p := _person_after(frame, people, t.end()))), None)
    return None if person is not None and any(end < p.start < person.start for p in people) else person


def acting_body(frame: Frame, org: Mention) -> Mention:
    """The body that acts when a title chain follows it: 四川省通信管理局党组
    书记、局长邢海英…签订 is signed for 四川省通信管理局."""
    chain, _ = role_chain(frame, org)
    if chain:
        body, _, at = chain[-1]
        return _org_mention(frame, body, at)
    return org


# -- issuing and signing -------------------------------------------------------

_ISSUES = any_of(P['relation']['issues'] + P['relation']['launches'])
_SIGNS = any_of(P['relation']['signs'])


def _agents_before(frame: Frame, pos: int, clause_only: bool = True) -> list[Mention]:
    a = clause_span(frame.text, pos)[0] if clause_only else 0
    return [acting_body(frame, m) for m in actors(frame, "Organization", "Region") if a <= m.start and m.end <= pos
            and not _opens_unnamed_body(frame, m, pos)
            and not (m.type == "Region" and (frame.text[m.start - 1:m.start] in ("在", "于")  # X在北京发布: a place
                                             or m.subtype in _NO_GOVERNMENT  # 成渝…印发: a region no government acts for
                                             or _places_the_next(frame, m)))]


def _places_the_next(frame: Frame, region: Mention) -> bool:
    """A place written right before another inside it (北京市|海淀区发布, 重庆|两江新区启动): it only says where
    the next is, which acts alone; not two places run together (川渝两地联合印发: both act)."""
    return any(r.start == region.end and region.name in LEX.region_chain(r.name)[1:] for r in frame.of("Region", top=False))


def _unnamed_actor(frame: Frame, pos: int) -> bool:
    """The clause before the verb at ``pos`` opens with a body the recognisers missed."""
    a = clause_span(frame.text, pos)[0]
    return any(a <= m.start and m.end <= pos and _opens_unnamed_body(frame, m, pos)
               for m in actors(frame, "Organization", "Region"))


# What may stand between an actor and its verb: a day, a time word, a manner, a place
# (A、B今天（4月10日）在北京签署; 中国地质调查局日前发布).
_BEFORE_VERB = re.compile(r"(?:[（(][^（）()，,。]{0,12}[）)]|\d{1,2}日|今天|昨天|日前|近日|近期|正式|共同|联合|首次|先后|也|还|已|"
                          r"在[^，,。、]{1,8})*")
_BODY_ENDS = [*P['organization']['body_suffixes'], *ORG_SUFFIXES, *P['organization']['local_bodies'],
              *P['relation']['name_ends']]
_NAME_ENDS = re.compile(f"({_alt(_BODY_ENDS)}){_BEFORE_VERB.pattern}$")  # …调查局今天（4月10日）| 发布
_NAME_END_WORD = re.compile(f"(?:{_alt(P['relation']['name_end_words'] + P['event']['holds'])})$")  # 公安部|部署开展: the body's act


# What follows a body that counts or joins others (商务部等四部委, 十部委, 文化和旅游部联合多个部委), not a longer
# name; nor does a time or manner before the verb (_BEFORE_VERB: 文化和旅游部日前联合十部委印发).
_NOT_NAME_GOES_ON = re.compile(f"[^{CJK}]|[、和及与等各多几两\\d一二三四五六七八九十]|"
                               f"{_alt(P['relation']['partner_verbs'] + P['relation']['together'])}")


def _opens_unnamed_body(frame: Frame, opener: Mention, pos: int) -> bool:
    """The words from ``opener`` to the verb at ``pos``, in one clause, end as
    a body's name does (中国地质调查局今天发布, 全国网络安全标准化技术委员会近日发布,
    国务院联防联控机制印发): the region or body opens the name of a body the
    recognisers missed, which acts. A body's name goes on right after it, and
    holds no other body (not 中共中央办公厅、国务院办公厅印发)."""
    text = frame.text
    body = opener.type == "Organization"
    if body and (_NOT_NAME_GOES_ON.match(text, opener.end) or _BEFORE_VERB.match(text, opener.end).end() > opener.end
                 or any(opener.end <= o.start < pos for o in frame.of("Organization", "Region"))):
        return False
    if pos <= opener.end or _CLAUSE_END.search(text, opener.end, pos):
        return False
    name = _NAME_ENDS.search(text, opener.end, pos)
    return name is not None and not (body and _NAME_END_WORD.search(text, opener.end, name.end(1)))


_NO_GOVERNMENT = ("EconomicRegion", "WorldRegion")


# What may stand between a verb and the policies it acts on: 了, a second verb,
# list marks, an edition (发布第53次《…报告》, 公布第二批《…目录》) and a standard's
# number (批准发布GB/T 35273-2020《…》).
_POLICY_GAP = re.compile(r"(?:了|实施|实施了|印发了?|并印发|联合印发)?(?:第[\d一二三四五六七八九十百]+[次批期版])?"
                         rf"(?:{STANDARD_NUMBER})?[《》、和及与,，“”\s]*")


def _policies_after(frame: Frame, pos: int) -> list[Mention]:
    out = []
    for m in frame.of("Policy"):
        if m.start < pos:
            continue
        gap = frame.text[pos:m.start]
        if _POLICY_GAP.fullmatch(gap) or not out and len(gap) <= 2 \
                or not out and re.fullmatch(r"(?:了)?通知[，,]\s*(?:联合|共同)?(?:开展|实施|启动|组织开展)", gap):
            out.append(m)
            pos = m.end
        else:
            break
    return out


_WORK_REPORT = re.compile(r"(?:\d{4}年)?政府工作报告$")


def reporting_region(frame: Frame, policy: Mention) -> Optional[Mention]:
    """The region whose government's yearly work report ``policy`` is
    (深圳市2019年政府工作报告 -> 深圳市): the report is the region's, and so
    are the acts it announces (出台…行动计划)."""
    if not _WORK_REPORT.search(policy.name):
        return None
    region = seat_of(policy.name)
    if region is None:
        return None
    short = region[:-1]  # 深圳2019年政府工作报告 names 深圳市 by its short form
    rest = policy.name[len(region):] if policy.name.startswith(region) else policy.name[len(short):]
    if not _WORK_REPORT.fullmatch(rest):
        return None  # another body's report (深圳市发改委…)
    return Mention(type="Region", surface=region, name=region, start=policy.start, end=policy.end,
                   sentence=frame.sentence.index, source="issues.report.v1")


def _issuers(frame: Frame, trigger: re.Match) -> list[Mention]:
    agents = _agents_before(frame, trigger.start())
    if frame.text.startswith("的", trigger.end()):
        # a policy named by its issuing (X部印发的《…》) names its issuer in
        # that clause or none (结合最近出台的《…条例》), not a body that speaks of it
        return _issuers_of_named(frame, agents, trigger.start())
    if agents or _unnamed_actor(frame, trigger.start()):
        # a body the recognisers missed issues it, not one named before (…介绍，国务院联防联控机制印发《…》)
        return agents
    # The nearest body named earlier in the sentence that opens a clause, its subject
    # (天津市为了…，正式颁布实施《…》), not a place where something happened (在成都签署…并印发…)
    # nor one named in passing (中方愿同东盟、海合会…商讨制定…; 记者从A了解到，近日九部门印发…).
    earlier = [m for m in _agents_before(frame, trigger.start(), clause_only=False)
               if frame.text[m.start - 1:m.start] != "在" and _opens_clause(frame, m)]
    return earlier[-1:] or (
        [frame.topic] if frame.topic is not None and frame.topic.type in ("Organization", "Region") else [])


def _opens_clause(frame: Frame, m: Mention) -> bool:
    """``m`` opens its clause, after a time or linking phrase (今年，天津市…; 近日，A…)
    or the regions that place it (新疆昆玉市…); a region that a body's name goes
    on from (中国中央广播电视总台与…) is no actor."""
    if m.type == "Region" and any(o.start == m.end for o in frame.of("Organization", top=False)):
        return False
    start = m.start
    while (before := next((r for r in frame.of("Region", top=False) if r.end == start), None)) is not None:
        start = before.start
    return _lead_end(frame, clause_span(frame.text, m.start)[0]) == start


# Words by which a body speaks of a policy another issued (邀请A部负责人介绍了B、C印发的《…》,
# A部对近日出台的《…》进行解读): the bodies before them are not its issuers.
_SPEAKS_OF = any_of(P['relation']['speaks_of_policy'])


def _issuers_of_named(frame: Frame, agents: list[Mention], pos: int) -> list[Mention]:
    """Of the bodies before a verb naming a policy by its issuing (…印发的《X》), those
    after the last word by which others speak of it."""
    a = clause_span(frame.text, pos)[0]
    cut = max((w.end() for w in _SPEAKS_OF.finditer(frame.text, a, pos)
               if _word_of_its_own(frame, w.start(), w.end()) and not any(m.start <= w.start() < m.end for m in frame.mentions)), default=a)
    return [m for m in agents if m.start >= cut]


def _word_of_its_own(frame: Frame, start: int, end: int) -> bool:
    """The span is a word, not part of one (对 in 针对, 对外): jieba cuts the text at
    its end, and at its start unless a name ends there (国家发展改革委对…, cut 委对)."""
    cuts = words.cuts_around(frame.text, start, end)
    return end in cuts and (start in cuts or any(m.end == start for m in frame.mentions))


@extractor("issues.report.v1")
def work_report(frame: Frame) -> Iterator[Relation]:
    """A government's yearly work report is issued by its region, and the
    plans it announces with no body named (出台…行动计划) are the region's."""
    for p in frame.of("Policy"):
        region = reporting_region(frame, p)
        if region is not None:
            yield _rel(frame, region, "issues", p, "issues.report.v1", frame.confidences.issues_report)
    owner = reporting_region(frame, frame.topic) if frame.topic is not None and frame.topic.type == "Policy" else None
    if owner is None:
        return
    for _, policies in _issued_by_no_one(frame):
        for p in policies:
            yield _rel(frame, owner, "issues", p, "issues.report.v1", frame.confidences.issues_report)


def _issued_by_no_one(frame: Frame) -> Iterator[tuple[re.Match, list[Mention]]]:
    """Each issuing verb (印发, 出台…) with no issuer named, and the policies right after it."""
    for t in _ISSUES.finditer(frame.text):
        if not _issuers(frame, t):
            yield t, _policies_after(frame, t.end())


@extractor("issues.trigger.v1", needs=P['relation']['issues'] + P['relation']['launches'])
def issues(frame: Frame) -> Iterator[Relation]:
    """Bodies before 印发/发布/出台/编制/制定 and the policies right after it."""
    for t in _ISSUES.finditer(frame.text):
        policies = _policies_after(frame, t.end())
        if not policies:
            continue
        agents = _issuers(frame, t)
        carried = frame.topic is not None and agents == [frame.topic] and frame.topic.sentence != frame.sentence.index
        for agent in agents:
            for p in policies:
                if carried and _titled_by_body(frame, p):
                    continue  # 二是…印发《X部办公厅关于…的通知》: the body its title names issued it, not the topic
                if agent.subtype == "Media" and not _titled_as_document(p):
                    continue  # 总台发布《千里江山如画》…等37档重点节目, 发布《2026年春节联欢晚会》吉祥物: programmes it airs
                if _party_post_only(frame, agent) and not _titled_by_body(frame, p):
                    continue  # 重庆市委常委、万州区委书记于会文…共同发布了《…白皮书》: officials at a launch
                yield _rel(frame, agent, "issues", p, "issues.trigger.v1", frame.confidences.issues_trigger)


def _party_post_only(frame: Frame, agent: Mention) -> bool:
    """``agent`` is a party committee named only in the post of the person who acts (重庆市委常委、万州区委书记X,
    中国信通院党委副书记Y …共同发布了《…》): the official launches the document, the committee issues none of it
    (session 31; a document whose title names the committee, 《中共X委关于…》, stays its)."""
    return agent.subtype == "PartyOrganization" and (agent.name.startswith("中共") or _UNIT.search(agent.name) is not None) \
        and titles_person(frame, agent)


_MEDIA_DOCUMENT = re.compile(f"(?:{_alt(P['relation']['media_documents'])})(?:[(（][^)）]*[)）])?$")


def _titled_as_document(p: Mention) -> bool:
    """``p``'s title ends as a document's does (…行动计划, …白皮书（2025版）, …联合倡议): not a programme's, which a
    broadcaster 发布s too (《千里江山如画》, 《赢在AI+》)."""
    return bool(_PLAN_HEAD.search(p.name) or REPORT_HEAD.search(p.name) or _MEDIA_DOCUMENT.search(p.name))


def named_by_issuing(frame: Frame) -> list[Mention]:
    """The policies a sentence names by their issuing with no issuer
    (解读日前印发的《X》): what it says next is about them, though no one issues them here."""
    if "Policy" not in frame.types or "的" not in frame.text:
        return []  # most sentences name no policy, or not after 印发的
    return [p for t, policies in _issued_by_no_one(frame) if frame.text.startswith("的", t.end()) for p in policies]


def _titled_by_body(frame: Frame, p: Mention) -> bool:
    """A body's name opens the policy's title (《工业和信息化部办公厅关于…》)."""
    return any(o.start in (p.start, p.start + 1) and o.end < p.end for o in frame.of("Organization", top=False))


# A clause that opens with its partner and leaves its subject to the sentence's (A与B签署了《X》，与C签署了《Y》)
_PARTNER_WORDS = ("与", "同", "和")
_PARTNER_OPENS = re.compile(rf"\s*(?:并|还|又|也)?(?:{_alt(_PARTNER_WORDS)})")


def _signing_parties(frame: Frame, at: int, agents: list[Mention]) -> list[Mention]:
    """Who signs at ``at``: where its clause opens with a partner (，与C签署了《Y》),
    the sentence's subject and the partners of that clause, not those an earlier
    clause signed with (B of A与B签署了《X》)."""
    a, _ = clause_span(frame.text, at)
    opener = _PARTNER_OPENS.match(frame.text, a)
    partners = [m for m in agents if m.start >= a]
    if a == 0 or not partners:
        return agents
    if opener is None or not any(m.start == opener.end() for m in partners):
        # no partner word before a body (和平区…, 与此同时，…): a clause that opens with its own signer after
        # an earlier clause's signing (A与B签署了《X》，C与D签署了《Y》, …，同时，C与D签署了《Y》) is C's and D's
        opens = any(a <= m.start <= a + 1 for m in partners) and _SIGNS.search(frame.text, 0, a) is not None
        return partners if opens else agents
    # the sentence's subject: the body its first partner follows (中国移动与B…), else the first named
    # as no partner; none the text names (…与广东省人民政府签署了《X》，与C…: an unknown signer) leaves C alone
    earlier = [m for m in agents if m.start < a]
    subject = next((m for m in earlier if _PARTNER_OPENS.match(frame.text, m.end)), None) \
        or next((m for m in earlier if not frame.text.endswith(_PARTNER_WORDS, 0, m.start)), None)
    return ([subject] if subject is not None else []) + partners


@extractor("signs.trigger.v1", needs=P['relation']['signs'])
def signs(frame: Frame) -> Iterator[Relation]:
    """Bodies that 签署/签订 a policy or agreement."""
    for t in _SIGNS.finditer(frame.text):
        policies = _policies_after(frame, t.end())
        if not policies:
            continue
        agents = [acting_body(frame, m) for m in actors(frame, "Organization") if m.end <= t.start()]
        if not agents and frame.topic is not None and frame.topic.type == "Organization":
            agents = [frame.topic]
        agents = _signing_parties(frame, t.start(), agents)
        for agent in agents:
            for p in policies:
                yield _rel(frame, agent, "signs", p, "signs.trigger.v1", frame.confidences.signs_trigger)
        for i, x in enumerate(agents):
            for y in agents[i + 1:]:
                yield _rel(frame, x, "cooperatesWith", y, "signs.trigger.v1", frame.confidences.cooperates_trigger)


# -- meetings ------------------------------------------------------------------

_HOLDS = any_of(P['event']['holds'] + P['event']['organises'] + P['relation']['launches'])
_LAUNCHES = set(P['relation']['launches'])
_CHAIRS = any_of(P['event']['chairs'])


def _event_after(frame: Frame, pos: int) -> Optional[Mention]:
    """The event named right after a verb (召开E, 召开了E), or past how long
    or how many it runs (开展为期一年的E, 举办一场E)."""
    lead = EVENT_LEAD.match(frame.text, pos + frame.text.startswith("了", pos))
    reach = max(pos + 3, lead.end() if lead else pos)
    for m in frame.of("Event", top=False):
        if pos <= m.start <= reach:
            return m
    return None


# The meeting a report is about, named again by a demonstrative (本次大会由…主办).
_THIS_MEETING = re.compile(f"(?:{_alt(P['event']['this'])})?(?:{_alt(P['event']['generic'])})")
_HELD = any_of(P['event']['held'])
_HELD_ITSELF = any_of(P['event']['held_itself'])
# What may follow 主持 for the report's meeting to be meant: 主持会议, 主持开幕式,
# 主持并讲话, 主持。 (not 主持中新双边合作机制会议, a meeting the recognisers missed).
_GENERIC_MEETING = re.compile(f"(?:了|召开)?(?:{_alt(P['event']['generic'] + P['event']['chaired_parts'])})?(?=[，,。；;并和及时]|$)")


def _event_before_by(frame: Frame, pos: int) -> Optional[Mention]:
    """The meeting of a passive clause, 《E》由A、B联合主办 (…由A主办，B承办):
    the event named before 由, or the report's meeting when the sentence
    opens with it (本次大会由…, 大会将…由…)."""
    by = frame.text.rfind("由", 0, pos)
    if by < 0 or "的" in frame.text[by:pos]:
        return None
    before = [m for m in frame.of("Event", top=False) if m.end <= by]
    if before:  # the outermost of the last: 2021年世界互联网大会乌镇峰会, not the conference inside it
        return max(before, key=lambda m: (m.end, m.end - m.start))
    return frame.event if _THIS_MEETING.match(frame.text, frame.lead) else None


# Each further group of organisers the hosts' clause names past a comma: ，B、C承办 (的 when
# the event follows: (由)A主办，B承办，C协办的E).
_CLAUSE_COMMA = re.compile(r"[，,]\s*")
_ORGANISER_ROLE = any_of(P['event']['organiser_roles'])


def _event_organised_after(frame: Frame, pos: int) -> Optional[Mention]:
    """The event a clause of its organisers qualifies when the first of them
    (A主办, the hosts, their verb ending at ``pos``) are followed by others
    (，B承办的E; ，B承办，C协办的E): E, which A holds as B does. Each clause
    past a comma names bodies and their part and nothing else: not
    论坛由A主办，此前举办的E (another event, no organisers), nor
    ，B承办了同期举行的E (B's part, not A's event)."""
    while comma := _CLAUSE_COMMA.match(frame.text, pos):
        first = next((m for m in frame.top if m.start == comma.end() and m.type == "Organization"), None)
        if first is None:
            return None
        last = listed_with(frame, first)[-1].end
        note = _NOTE_AFTER_NAME.match(frame.text, last)  # …服务分会(ITSS)承办: the short name glossed after it
        role = _ORGANISER_ROLE.match(frame.text, note.end() if note else last)
        if not role:
            return None
        if frame.text.startswith("的", role.end()):
            return _event_after(frame, role.end() + 1)
        pos = role.end()
    return None


# 学习贯彻习近平总书记在E上提出的要求: words said at E taken up, not a speaker at the meeting reported.
_STUDIES = any_of(P['event']['studies'])


def _speaks_at(text: str, e: Mention, clause: tuple[int, int]) -> bool:
    """``e`` is where the sentence's speaker speaks: 习近平在E时强调, X在E上讲话;
    not the occasion of words the clause cites (习近平总书记在E时的重要讲话，为…;
    贯彻…在E上提出的要求), though a verb of taking up may open a body's name
    (市委理论学习中心组成员X在E上讲话)."""
    a, b = clause
    return text[e.start - 1:e.start] == "在" and bool(_AT_MEETING.match(text, e.end)) \
        and not (_STUDIES.search(text, a, e.start) and "的" in text[e.end:b])


def meeting(frame: Frame, found: list[Relation]) -> Optional[Mention]:
    """The meeting a sentence reports as held (A召开E; E在长沙开幕), which
    later sentences speak of (主持会议, 本次大会)."""
    held = [r.object for r in found if r.predicate == "holds" and r.extractor != "holds.name.v1"]  # not one named in passing
    if held and _BRIEFING.search(held[0].name):
        # a briefing that announces an event (召开发布会，通报第二届数字中国建设峰会将于…举办): the item is about
        # that event, which later sentences speak of (本届峰会由…主办)
        told = next((e for e in frame.of("Event", top=False)
                     if e.start >= held[0].end and e.subtype != CAMPAIGN_SUBTYPE and to_come(frame, e)), None)
        return told or held[0]
    if held:
        return held[0]
    for e in frame.of("Event", top=False):
        if e.subtype == CAMPAIGN_SUBTYPE:
            continue  # …召开会议…听取第三次全国国土调查情况汇报: a campaign or census is carried out, not met at
        a, b = clause_span(frame.text, e.start)
        if _HELD.search(frame.text, a, b) or _speaks_at(frame.text, e, (a, b)):
            return e
        if b == e.end and frame.text.startswith("于", b + 1) and _HELD.search(frame.text, b + 1, clause_span(frame.text, b + 1)[1]):
            return e  # a communiqué's opening: E，于10月26日至29日在北京举行
    return None


def whole_region_of(frame: Frame, event: Mention) -> Optional[Mention]:
    """The region a meeting of the whole province or city is of, its name
    opening with the scope word (全省信息产业链工作推进会: 全省, the province
    the paragraph or document is about): what the meeting says to do (会议指出，
    要…) is that region's aim where no body is said to hold it. Where the
    clause holds it in a place outside that region (全市…会议在苏州召开 in an
    item whose 全市 was read as 南京), the venue is the region when it is a
    city or province itself (苏州), else none is."""
    region = next((m for m in frame.of("Region", top=False)
                   if m.start == event.start and m.surface in EXTENT_WORDS), None)
    if region is None:
        return None
    venue = next((m for m in frame.of("Region") if event.end <= m.start < clause_span(frame.text, event.end)[1]
                  and frame.text[m.start - 1] == "在"), None)
    chain = LEX.region_chain(venue.name) if venue is not None else ()
    if not chain or region.name in chain:
        return region
    return venue if venue.name.endswith(region.surface[-1]) else None


_UNNAMED_MEETING = re.compile(f"[^，,。；;]{{0,12}}?(?:{_alt(P['event']['holds'])})了?(?:{_alt(P['event']['generic'])})(?=[，,。；;]|$)")


def holds_unnamed_meeting(frame: Frame, body: Mention) -> bool:
    """``body`` holds a meeting the text names by a generic word alone
    (中共中央政治局7月24日召开会议，…): the meeting that speaks after it
    (会议指出，…) is that body's, though no event was named to hold."""
    return body.type == "Organization" and bool(_UNNAMED_MEETING.match(frame.text, body.end))


_OWN_COUNTRY = ("我国",)


def names_own_country(m: Mention) -> bool:
    """``m`` is the country the text speaks from, in the first person (我国)."""
    return m.type == "Region" and m.surface in _OWN_COUNTRY


# 习近平在E时强调, X在E上讲话: the meeting a report is about, where its speaker spoke (not 在E上的讲话).
_AT_MEETING = re.compile(r"(?:时|上|期间)(?!的)")
_TO_COME = any_of(P['event']['to_come'])


def to_come(frame: Frame, event: Mention) -> bool:
    """The sentence announces ``event``, still to come: in its clause before it
    (决定今年10月在北京召开E), in the clauses before that when its own names
    no actor (中方将继续…，举办E), or between it and the verb that holds it
    (E将于11月在上海举行)."""
    text = frame.text
    a = clause_span(text, event.start)[0]
    if not any(a <= m.start and m.end <= event.start for m in frame.of("Organization", "Region", "Person")):
        a = 0
    held = _HELD_ITSELF.search(text, event.end, clause_span(text, event.end)[1])
    return bool(_TO_COME.search(text, a, event.start) or held and _TO_COME.search(text, event.end, held.start()))


@extractor("holds.trigger.v1", needs=P['event']['holds'] + P['event']['organises'] + P['relation']['launches'])
def holds(frame: Frame) -> Iterator[Relation]:
    """The bodies right before 召开/举办/举行 hold the meeting after it, and
    those before 启动 the campaign after it; bodies that hold it jointly
    (联合召开) cooperate."""
    for t in _HOLDS.finditer(frame.text):
        if any(m.start <= t.start() < m.end for m in frame.of("Organization")):
            continue  # a word of a body's name (上海合作组织的…), no verb
        a = clause_span(frame.text, t.start())[0]
        event = _event_after(frame, t.end()) or _event_organised_after(frame, t.end()) \
            or (None if frame.text.startswith("的", t.end()) else _event_before_by(frame, t.start()))
        if event is None or t.group() in _LAUNCHES and event.subtype != CAMPAIGN_SUBTYPE:
            continue
        if _PLURAL_MEETING.search(event.name) or _team_for(frame, event):
            continue
        event = _briefing_on(frame, event)
        before = _holders_around_at(frame, [m for m in frame.top if a <= m.start and m.end <= t.start()], a, t)
        if any(m.type == "Person" for m in before):
            continue
        start = frame.dateline
        orgs = [acting_body(frame, m) for m in before
                if m.type == "Organization" and not is_outlet(m) and m.start >= start and not glosses(frame, m)
                and not _opens_unnamed_body(frame, m, t.start())]
        if not orgs and frame.topic is not None and frame.topic.type == "Organization" and t.start() - a <= 6:
            orgs = [frame.topic]
        for org in orgs:
            yield _rel(frame, org, "holds", event, "holds.trigger.v1", frame.confidences.holds_trigger)
        if len(orgs) > 1 and re.search(r"联合|共同", frame.text[a:t.end()]):
            for i, x in enumerate(orgs):
                for y in orgs[i + 1:]:
                    yield _rel(frame, x, "cooperatesWith", y, "holds.trigger.v1", frame.confidences.cooperates_trigger)


_UNDER_GUIDANCE = tuple(P['event']['under_guidance'])
_JOINTLY = ("联合", "共同")
_HOST_OPENERS = ("在", "由")  # the words before the host of a meeting in a relative clause (在B举行的E, 由A主办的E)


_DATE_IN_BRACKETS = re.compile(r"[（(][^（()）]{1,10}[)）]")  # 今天（1月20日）: the date a news item adds to its day word


def _holders_around_at(frame: Frame, before: list[Mention], a: int, verb: re.Match) -> list[Mention]:
    """Which of the mentions ``before`` the verb hold the meeting when 在 or 由 opens
    a place or body among them: in 在B指导下举办的E (or 在B的支持下) B only guides, the
    body before 在 holds E; in the relative clause A负责人在B举行的E上 (only B,
    和/与, 联合 and a time word, its date in brackets too, between 在 and the verb) B holds it, A speaks
    there; so in X出席由A和B共同主办的E, A and B hold it, X attends. A在B举行E
    (no 的) is A's meeting, held at B's."""
    cut = words.cut(frame.text[a:verb.start()])
    opener = next((w for w in reversed(cut) if w in _HOST_OPENERS), None)
    if opener is None:  # a word of its own: not the 在 of 正在, 存在; but right after a body jieba may glue it (改革|委在)
        at = next((m.end for m in reversed(before) if m.type == "Organization"
                   and frame.text[m.end:m.end + 1] in _HOST_OPENERS), None)
        if at is None:
            return before
        opener = frame.text[at]
    else:
        at = a + len("".join(cut[:len(cut) - 1 - cut[::-1].index(opener)]))
    hosts = [m for m in before if m.type == "Organization" and m.start > at]
    if not hosts or any(m.start <= at < m.end for m in before):
        return before
    # a host's country or place written before it (由中国商务部和…) is a word of the host
    places = {m.end: m.start for m in before if m.type == "Region"}
    spans = [(at, at + 1), *sorted((places.get(m.start, m.start), m.end) for m in hosts), (verb.start(), verb.start())]
    rest = "".join(frame.text[x[1]:y[0]] for x, y in zip(spans, spans[1:]))  # what stands between the bodies
    if rest.endswith(_UNDER_GUIDANCE):
        return [m for m in before if m.start < at]
    if frame.text.startswith("的", verb.end()) and all(
            w in LIST_JOINERS or w in _JOINTLY or words.tag(w) == "t" for w in words.cut(_DATE_IN_BRACKETS.sub("", rest))):
        return [m for m in before if m.start > at]
    # A在B举行E: A's meeting, B the venue (国家发展改革委在国务院新闻办公室举行新闻发布会, 工信部今天下午在…); A right
    # before 在, its day between at most (not a chair's title bodies: 国务院副总理韩正3日在国家市场监管总局主持召开)
    holders = [m for m in before if m.type == "Organization" and m.end <= at and AT_PLACE.fullmatch(frame.text, m.end, at)]
    if opener == "在" and holders and not frame.text.startswith("的", verb.end()):
        return holders
    return before


_PLURAL_MEETING = any_of(P['event']['plural_meetings'])
_EVENT_TEAM = re.compile(rf"[^，,。；;：:]{{0,8}}?(?:{_alt(P['event']['event_teams'])})")


def _team_for(frame: Frame, event: Mention) -> bool:
    """``event`` names what a team is for (举行东京奥运会前方报道团出发仪式; 北京冬奥会、冬残奥会前方报道团出征仪式):
    the ceremony held is the team's, not the event's (patterns.toml event_teams)."""
    return bool(_EVENT_TEAM.match(frame.text, event.end))


_BRIEFING = re.compile(f"[”》\"]?(?:{_alt(P['event']['briefings'])})")


def _briefing_on(frame: Frame, event: Mention) -> Mention:
    """The briefing on ``event`` written right after its name (国新办举行第四届数字
    中国建设峰会新闻发布会): the press conference is held, not the summit; else ``event``."""
    briefing = _BRIEFING.match(frame.text, event.end)
    if briefing is None:
        return event
    name = event.name + briefing.group().lstrip("”》\"")  # a briefing: a meeting, whatever it is on
    return replace(event, surface=frame.text[event.start:briefing.end()], end=briefing.end(), name=name,
                   subtype=event_subtype(name, event.subtype), source="holds.briefing.v1")


@extractor("holds.name.v1", types=("Event",))
def holds_by_name(frame: Frame) -> Iterator[Relation]:
    """A meeting named after the body that holds it: the body its name opens
    with (中共中央政治局第三十四次集体学习, 山东省第十届人民代表大会常务委员会
    第三十一次会议, X学会Y论坛). Not a body's founding meeting (X成立大会, X揭牌仪式),
    nor a name opened by a style (中共十九届五中全会)."""
    for e in frame.of("Event", top=False):
        body = _holder_by_name(frame, e)
        if body is not None and not _PLURAL_MEETING.search(e.name):
            yield _rel(frame, body, "holds", e, "holds.name.v1", frame.confidences.holds_name)


_JOINT_STATEMENT = re.compile(f"(?:{_alt(P['relation']['joint_statements'])})$")
_PARTY_GOVERNMENTS = tuple(P["relation"]["party_governments"])
# The verb right before a joint statement's title when the two sides sign it (两国元首共同签署了《…》,
# 两国元首签署的《…》), and, after 签署, whether they publish it too (签署并发表《…》, 签署和发表了《…》).
_SIGNED_BEFORE = re.compile(f"(?:{_alt(P['relation']['signs'])})(?P<issued>[并和]发表)?[了的]?$")


@extractor("issues.joint-title.v1", needs=P['relation']['joint_statements'] + P['relation']['party_governments'], types=("Policy",))
def issues_joint_statement(frame: Frame) -> Iterator[Relation]:
    """A joint statement titled by the two countries that issue it, joined by 和/同/与
    (《中华人民共和国同阿根廷共和国关于…的联合声明》, 《中华人民共和国和X共和国联合声明》):
    each issues it, or, where the title comes right after 签署/签订 (两国元首共同签署《…》), each
    signs it (records.md: signs is 签署, 签订), and issues it too where it is 签署并发表.
    A title naming the two governments (《中华人民共和国政府与X共和国政府…合作规划》) is an
    agreement between them, whatever its last word: signed by the two right after 签署, and
    issued by no one where it is only named (两国元首共同见证了《…谅解备忘录》的签署).
    Not one of a meeting (《中非…峰会联合声明》) nor of countries written short (中法…)."""
    text = frame.text
    countries = [r for r in frame.of("Region", top=False) if r.subtype == "Country"]
    for p in frame.of("Policy"):
        opens = p.start + (text[p.start:p.start + 1] == "《")
        first = next((r for r in countries if r.start == opens), None)
        government = first and next((g for g in _PARTY_GOVERNMENTS if text.startswith(g, first.end)), "")
        if first is None or not (government or _JOINT_STATEMENT.search(p.name)):
            continue
        joiner = first.end + len(government)
        second = next((r for r in countries if r.start == joiner + 1 and text[joiner] in "和同与"), None)
        if second is None or second.name == first.name or not text.startswith(government, second.end):
            continue
        rest = text[second.end + len(government):p.end].lstrip()
        signed = _SIGNED_BEFORE.search(text, 0, p.start)
        agreement = government and not _JOINT_STATEMENT.search(p.name)  # acted on only where signed
        if signed if agreement else rest.startswith("关于") or _JOINT_STATEMENT.match(rest.rstrip("》")):
            acts = ["signs"] + (["issues"] if signed.group("issued") else []) if signed else ["issues"]
            for side in (first, second):
                for act in acts:
                    yield _rel(frame, side, act, p, "issues.joint-title.v1", frame.confidences.issues_title)


def _holder_by_name(frame: Frame, e: Mention) -> Optional[Mention]:
    """The body a meeting's name opens with (山东省人大常委会 of its 第五次会议),
    after the term if it opens with one (十三届|全国人大常委会第七次会议); a
    body and a term before another body name the term's committee of the
    first, whose session it is (中国共产党第十九届中央委员会第五次全体会议:
    中共中央's), and so does a party's term before a plenum's short name
    (中国共产党二十届三中全会: 中央委员会's 第三次全体会议)."""
    def opening(starts: tuple[int, ...]) -> Optional[Mention]:
        return max((o for o in frame.of("Organization", top=False) if o.start in starts and o.end < e.end
                    and not is_outlet(o)), key=lambda o: o.end, default=None)

    term = _TERM_FIRST.match(frame.text, e.start)
    body = opening((e.start, term.end()) if term else (e.start,))
    term = _TERM_FIRST.match(frame.text, body.end) if body is not None else None
    body = (opening((term.end(),)) if term else None) or body
    if body is None or body.surface in _STYLE_PREFIXES or frame.text.startswith(_INAUGURATIONS, body.end):
        return None
    briefing = _BRIEFING.search(frame.text, body.end, e.end)
    if briefing is not None and _opens_unnamed_body(frame, body, briefing.start()):
        return None  # 国务院联防联控机制新闻发布会: the briefing of a body the recognisers missed
    if term is not None and body.subtype == "PartyOrganization" and _PLENUM_SHORT.match(frame.text, term.end()):
        return _org_mention(frame, _CENTRAL_COMMITTEE, body) if _CENTRAL_COMMITTEE is not None else body
    return body


_TERM_FIRST = re.compile(r"第?[一二三四五六七八九十]{1,3}届")
_INAUGURATIONS = tuple(P["event"]["inaugurations"])
# A plenum by its short name (五中全会: 中央委员会第五次全体会议), held by the term's 中央委员会
# (the body the lexicon lists by that name).
_PLENUM_SHORT = re.compile(r"[一二三四五六七八九十]{1,3}中全会")
_CENTRAL_COMMITTEE = next((c.name for c in LEX.entries.get("中央委员会", ()) if c.type == "Organization"), None)
_ADOPTS = re.compile(f"(?:{_alt(P['relation']['adopts'])})(?=[\\s\\d，,。；;）)]|$)")  # not 通过的X, 通过了X


@extractor("issues.adopted.v1", types=("Event",))
def adopted(frame: Frame) -> Iterator[Relation]:
    """A law's header: the meeting that adopted it (X人大常委会第N次会议通过)
    or a decision it passed to amend it (会议《关于修改…的决定》修正) is
    its body's act: the body issues the law, and the decision."""
    for e in frame.of("Event", top=False):
        body = _holder_by_name(frame, e)
        if body is None:
            continue
        passed = [p for p in _policies_after(frame, e.end) if _ADOPTS.match(frame.text, p.end)]
        if _ADOPTS.match(frame.text, e.end) and frame.topic is not None and frame.topic.type == "Policy":
            passed.append(frame.topic)
        for p in passed:
            yield _rel(frame, body, "issues", p, "issues.adopted.v1", frame.confidences.issues_adopted)


@extractor("chairs.trigger.v1", needs=P['event']['chairs'])
def chairs(frame: Frame) -> Iterator[Relation]:
    """A person before 主持(召开) chairs the meeting after it, or the
    article's meeting when none follows: the last one held, not one
    announced since (决定…召开E), unless they will chair that (将主持会议)."""
    for t in _CHAIRS.finditer(frame.text):
        people = [m for m in frame.of("Person") if m.end <= t.start() and _chairs_from(frame, m.end, t)]
        if not people:
            continue
        event = _event_after(frame, t.end())
        if event is None and _GENERIC_MEETING.match(frame.text, t.end()):
            # the report's meeting: the one held (named before in the sentence: E在北京召开，X出席并主持会议),
            # or the one announced by one who will chair it (王毅将主持会议)
            will_chair = _TO_COME.search(frame.text, clause_span(frame.text, t.start())[0], t.start())
            named = [e for e in frame.of("Event") if e.end <= people[-1].start]
            event = frame.event if will_chair else named[-1] if named else frame.held_event
        if event is not None and event.subtype != CAMPAIGN_SUBTYPE:  # a campaign is held, no one chairs it (党纪学习教育)
            for person in [*_co_chairs(frame, people[-1], t.start()), people[-1]]:
                yield _rel(frame, person, "chairs", event, "chairs.trigger.v1", frame.confidences.chairs_trigger)


# When and where a chair chairs, between the name and 主持 (李克强9月1日主持召开E, 习近平7日下午在黑龙江省
# 哈尔滨市主持召开E, 习近平12日上午在京主持召开座谈会): the day, the part of it, the place after 在.
_DAY_WORDS = _alt(P['measure']['news_days'] + P['relation']['recent_days'])
_WHEN_WHERE = re.compile(rf"(?:\d{{1,2}}月)?(?:\d{{1,2}}日|{_DAY_WORDS})?(?:[（(][^）)]{{1,12}}[）)])?"
                         r"(?:上午|下午|晚上|晚间)?(?:在(?P<place>[^，,。；;：:、“”《》]+?))?")


# What may stand between a chair and 主持: the post written after the name (吉炳轩副委员长主持会议, 张德江委员长
# 主持), then a word of attending or what was attended before 并 (市长赵建军出席揭牌仪式并主持会议: the one who
# attends chairs too).
_CHAIR_GAP = re.compile(rf"(?:{_alt(P['person']['after_name'] + P['person']['plain_after_name'])})?"
                        rf"(?:{_alt(P['event']['chair_attends'])}|出席[^，,。；;：:、]{{1,8}}并)?")


def _chairs_from(frame: Frame, name_end: int, verb: re.Match) -> bool:
    """The words between a person and 主持 leave them the chair: two words
    at most (习近平同志主持), their post and a word of attending (_CHAIR_GAP), or when and
    where they chair it (_WHEN_WHERE);
    not where 在 names the chair (王毅在李克强主持召开的会议上发言: a person
    there, or 主持…的 making the meeting the place of the one before)."""
    if verb.start() - name_end <= 2 or _CHAIR_GAP.fullmatch(frame.text, name_end, verb.start()):
        return True
    m = _WHEN_WHERE.fullmatch(frame.text, name_end, verb.start())
    if m is None or len(m.group("place") or "") > frame.settings.thresholds.max_chair_place:
        return False
    return not m.group("place") or not (frame.text.startswith("的", verb.end())
                                        or any(name_end < p.start < verb.start() for p in frame.of("Person")))


_CO_CHAIRED = "共同"  # A与B共同主持: both chair
_CO_CHAIR_JOINERS = ("与", "同", "和")


def _co_chairs(frame: Frame, chair: Mention, verb: int) -> list[Mention]:
    """The person joined to the chair before 共同主持 (李乐成与南非…部长马拉齐共同主持, 由王瑞杰和…韩正共同主持):
    the partner's titles may stand between, no clause's end nor another person."""
    if _CO_CHAIRED not in frame.text[chair.end:verb]:
        return []
    before = [m for m in frame.of("Person") if m.end < chair.start]
    if not before:
        return []
    partner = before[-1]
    between = frame.text[partner.end:chair.start]
    if not between.startswith(_CO_CHAIR_JOINERS) or _CLAUSE_END.search(between):
        return []
    return [partner]


# -- fields of work --------------------------------------------------------------

_PLAN_HEAD = re.compile(f"(?:{_alt(P['relation']['plan_heads'])})(?:[(（][^)）]*[)）])?$")
# with its year or edition after it (中国互联网发展报告2019, …白皮书（2022年）)
REPORT_HEAD = re.compile(f"(?:{_alt(P['relation']['report_heads'])})(?:\\d{{4}}年?|[(（][^)）]*[)）])?$")
_CARRIES_OUT = re.compile(f"(?:{_alt(P['relation']['carries_out'])})$")


# Between the plans of a list one verb carries out (实施A工程、《B计划》和C行动)
_PLANS_JOINED = re.compile(f"[》”]?(?:{_alt(LIST_JOINERS)}|以及)[《“]?")


def _fields_of_plans_carried_out(frame: Frame) -> list[Mention]:
    """The fields named in the titles of plans the sentence carries out
    (深入实施智能制造升级工程 -> 智能制造), or lists after one it carries out
    (实施千兆光纤宽带网络部署工程、高性能集成电路提升工程等 -> 集成电路): whoever
    carries a plan out works on its field."""
    out = []
    carried_to = None  # where the last plan carried out ends
    for p in frame.of("Policy"):  # in order: a list's plans follow the one carried out
        if not _PLAN_HEAD.search(p.name) or not (
                _CARRIES_OUT.search(frame.text, 0, p.start)
                or carried_to is not None and _PLANS_JOINED.fullmatch(frame.text, carried_to, p.start)):
            continue
        carried_to = p.end
        inside = [m for m in frame.mentions if m.type == "Sector" and p.start <= m.start and m.end <= p.end]
        out += [m for m in inside if not any(o is not m and o.start <= m.start and m.end <= o.end for o in inside)]
    return out


_PLUS = ("+", "＋")
# "基于…的行业优势": fields a subject builds on, not fields it aims at; nor the fields
# it says it is strong in or suited to (在铁路、核电…等领域经验丰富; 在装备制造、冶金…等领域
# 有着深厚的积淀; 在航空航天…等领域具有广阔应用前景).
_BUILDS_ON = ("基于", "依托", "凭借", "发挥")  # what it builds on, aimed or not (将充分发挥在…信息技术等方面优势)
_FIELDS_REACH = 60  # characters of the fields a clause lists before the word that closes them (在…领域, …等技术处于)
_STANDING_REACH = 6  # characters between 处于 and the word of its lead (处于全球|领先, 处于国际国内|前列)
_STRENGTHS = re.compile(rf"(?:{'|'.join(_BUILDS_ON)})[^，,。；;]{{0,30}}?优势"
                        rf"|在[^，,。；;]{{0,{_FIELDS_REACH}}}?(?:领域|方面)(?:都|均|也)?(?:具备|拥有|有着|具有|经验丰富|"
                        rf"{_alt(P['relation']['early_starts'])})")
# the fields of a clause that says they lead (…人工智能等技术处于全球领先地位): a standing, aimed only by a word before 处于
_LEADING = re.compile(rf"[^，,。；;]{{0,{_FIELDS_REACH}}}?处于[^，,。；;]{{0,{_STANDING_REACH}}}?(?:{_alt(P['relation']['lead_words'])})")
_WISHES = any_of(P['relation']['wishes'] + P['relation']['welcomes'])
_WELCOMES = frozenset(P['relation']['welcomes'])
_OWN_PLAN_AFTER = re.compile(r"[，,]\s*(?:并|还|也|同时)?将")  # …，将…: what the welcomer itself will do
_SPEAKER_SELF = frozenset(P['relation']['speaker_self'])  # 我们, 本人…: the speaker's own side
_GENERIC_BODIES = tuple(P['organization']['generic'])
_ADDRESSEES = ("Organization", "Region", "Person")


# States in general as a clause's subject (…。各国把发展X作为…重点; 当前，世界各国纷纷将X作为…): their trend, no one's aim here
_OTHER_STATES = re.compile(rf"(?:^|(?<=[，,。；;：:]))\s*(?:当前|目前|近年来|如今)?[，,]?\s*({_alt(P['relation']['other_states'])})")
_OTHER_STATES_READ_ON = P['relation']['other_states_read_on']  # 各国|有企业, 各国家|级: no states


def _trends_of_other_states(text: str) -> list[tuple[int, int]]:
    """The clauses states in general open (各国把发展新能源、新材料…作为新一轮产业发展重点): up to
    each clause's end, what other states make their priority, no aim of the sentence's subject or plan."""
    return [(m.start(), clause_span(text, m.end())[1]) for m in _OTHER_STATES.finditer(text)
            if not any(m.group(1).endswith(end) and text[m.end():m.end() + 1] and text[m.end()] in after
                       for end, after in _OTHER_STATES_READ_ON.items())]


def _wished_of_others(frame: Frame) -> list[tuple[int, int]]:
    """The spans of wishes addressed to others (庆阳市…。希望企业进一步…加快建设…；
    希望中国电信加大投资，建设5G…), each up to the end of its item (…；): the
    addressee's hoped-for tasks, no aim of the subject who hopes. Not a wish
    to act oneself (希望同中方加强…合作; 希望继续…) nor one for both sides (希望双方…). A welcome
    (欢迎阿方加大…投资) stops at a clause of what the welcomer will do (…，将大力发展…)."""
    text = frame.text
    if not _WISHES.search(text):
        return []  # most sentences: no scan
    spans = []
    for w in _WISHES.finditer(text):
        if _addresses_other(frame, w.end()):
            end = _item_end(text, w.end())
            own = _OWN_PLAN_AFTER.search(text, w.end(), end) if w.group() in _WELCOMES else None
            spans.append((w.end(), own.start() if own else end))
    return spans


def _addresses_other(frame: Frame, at: int) -> bool:
    """The words at ``at`` name someone other than the speaker's side: a
    named body, place or person, a generic body (企业, 各地) or a pronoun
    (你们, 其, 各方); not a verb (继续, 借鉴), a preposition (同, 通过) or 双方."""
    if any(m.start == at and m.type in _ADDRESSEES for m in frame.top):
        return True
    if frame.text.startswith(_GENERIC_BODIES, at):
        return True
    first = words.cut(frame.text[at:at + WORD_AFTER])
    return bool(first) and words.tag(first[0]) == "r" and first[0] not in _SPEAKER_SELF


# A briefing held (举行新闻发布会; 召开“…新闻发布会”), not one held at (举行的新闻发布会上)
_HOLDS_BRIEFING = re.compile(f"(?:{_alt(P['event']['holds'])})了?(?!的)[^，,。；;的]{{0,30}}?(?:{_alt(P['event']['briefings'])})")
_PRESENTS = any_of(P['relation']['presents'])


def _presented_from(frame: Frame, subj: Mention) -> int:
    """Where what is presented at a briefing ``subj`` holds starts (国新办举行
    新闻发布会，介绍…方案; …新闻办公室举行“…新闻发布会”，韩雪松介绍了…数字经济
    发展…): the host gives the floor, and the fields presented there are not its
    aims. The end of the text where the subject holds none in its own clause
    (工信部总工程师…在国新办举行的新闻发布会上说 is another's briefing), or where no
    word of presenting follows the briefing (华为举行发布会，…进军人工智能领域: the
    host's own act)."""
    end = len(frame.text)
    if subj.sentence != frame.sentence.index:
        return end
    held = _HOLDS_BRIEFING.search(frame.text, subj.end, clause_span(frame.text, subj.start)[1])
    if held is None or any(subj.end <= o.start < held.start() and o.type in SUBJECT_TYPES and o.name != subj.name for o in frame.top):
        return end
    presenting = _PRESENTS.search(frame.text, held.end())
    return end if presenting is None else presenting.start()


# a report's finding: its kind word (or the 》 closing its title), a verb of finding, then the year or the country
# surveyed (《数字中国发展报告（2022年）》显示，2022年我国…), patterns.toml report_finds and finding_opens
_REPORT_FINDS = re.compile(f"(?:{_alt(P['relation']['report_heads'])}|》)(?:{_alt(P['relation']['report_finds'])})"
                           f"[，,：:]?\\s*(?:{_alt(P['relation']['finding_opens'])}|\\d{{4}}年)")


_REPORTS_OF_AIMS = tuple(P['relation']['reports_of_aims'])  # 政府工作报告, 二十大报告: a work report's aims


def _findings_from(frame: Frame, subj: Mention) -> int:
    """Where a report ``subj`` starts telling its findings (国家网信办发布了《数字中国发展报告（2021年）》，
    报告显示，我国建成…; 《报告》指出，2023年，我国持续发挥…): what stands in the country or the year
    it surveys, no aim of the report's. The end of the text for any other subject, for a work report, which states
    its aims so (《政府工作报告》指出，2024年，大力发展…), or where no finding is told."""
    found = _REPORT_FINDS.search(frame.text) if subj.type == "Policy" and REPORT_HEAD.search(subj.name) \
        and not subj.name.endswith(_REPORTS_OF_AIMS) else None
    return len(frame.text) if found is None else found.start()


_TARGETS = any_of(P['relation']['targets'])
# not as an adjective (形成了较为完善的信息产业体系; 人工智能产业体系不够完善; 日趋完善) nor as
# what is done already (全省已构建起较为完整的集成电路产业链): what stands, no task
_PLAN_TASKS = re.compile(f"(?<!已)(?<!已经)(?<![不够趋臻])(?:{_alt(P['relation']['plan_tasks'])})(?!的)")
_SURVEY_SAMPLES = any_of(P['relation']['survey_samples'])
_CALL = re.compile(rf"(?:{_alt(P['relation']['call_verbs'])}).*的(?:{_alt(P['relation']['call_heads'])})$")
_FOCUS = any_of(P['relation']['focus_verbs'])
_MEANS = any_of(P['relation']['means'])
_NOT_MEANS = tuple(P['relation']['not_means'])
_FIELD_RECORDS = any_of(P['relation']['field_records'])
_AIMED = re.compile(f"{_alt(P['measure']['target_strong'] + P['relation']['aims'])}|到\\d{{4}}年")
_NOT_AIMS = any_of(P['relation']['not_aims'])


@functools.lru_cache(maxsize=256)
def _aim_nouns(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the nouns a word of aim may stand in (主要, 需要), once per sentence."""
    return tuple((n.start(), n.end()) for n in _NOT_AIMS.finditer(text))


def _aimed(text: str, end: int) -> bool:
    """A word of aim comes before ``end`` (将, 力争, 要…), not inside a noun (主要)."""
    nouns = [(a, b) for a, b in _aim_nouns(text) if b <= end + 1]
    return any(not any(a <= w.start() < b for a, b in nouns) for w in _AIMED.finditer(text, 0, end))


def _as_means(frame: Frame, m: Mention, triggers: Sequence[re.Match]) -> bool:
    """The field is a tool its clause works with (运用大数据、人工智能等科技手段;
    依托互联网、大数据优化…流程): a verb of means comes before it in its clause,
    and no trigger (通过打造工业互联网平台; 推动企业运用5G… is an aim: that they use it)."""
    text = frame.text
    a, _ = clause_span(text, m.start)
    return any(not any(text.endswith(noun, 0, means.end()) for noun in _NOT_MEANS)
               for means in _MEANS.finditer(text, a, m.start)) \
        and not any(a <= t.start() < m.start for t in triggers)


def _records(frame: Frame, m: Mention, triggers: Sequence[re.Match]) -> bool:
    """A single field's clause says how the field stands (光伏组件产量全球占比超过
    3/4; 数字经济发展平稳), with no aim stated before it nor a focus verb on the
    way (…集群培育提升工作): a record of the field, not its subject's aim."""
    text = frame.text
    a, b = clause_span(text, m.start)
    if text[m.end:m.end + 1] in LIST_JOINERS or text[m.start - 1:m.start] in LIST_JOINERS:
        return False  # 新能源、新材料…等产业规模…: the subject's industries, listed
    record = _FIELD_RECORDS.search(text, m.end, b)
    return record is not None and not any(a <= t.start() < m.start for t in triggers) \
        and not _aimed(text, record.start()) and not _FOCUS.search(text, m.end, record.start())


_FORMED = any_of(P['relation']['formed'])


def _formed(frame: Frame, m: Mention) -> bool:
    """The field's clause says, before it, that its subject has already formed
    or reached it (…，形成了纺织化纤、电子信息等千亿产业集群; 福建已培育形成集成电路…等产业集群;
    累计支持…光纤网络建设) with no word of aim before (我国将…培育形成6G产业): a record of what stands."""
    a, _ = clause_span(frame.text, m.start)
    formed = _FORMED.search(frame.text, a, m.start)
    return formed is not None and not _aimed(frame.text, formed.start())


# 在X、Y等领域取得…: the area a subject reports its results in (the fields, group 1)
_AREA_RESULTS = re.compile(f"在([^，,。；;：:]{{1,60}}?)(?:等)?(?:领域|方面)(?:{_alt(P['relation']['area_results'])})")


def _achieved_in(frame: Frame, m: Mention, triggers: Sequence[re.Match]) -> bool:
    """The field is in the area its subject reports results in (…，在量子通信、高性能计算机等领域
    取得重大突破; 在数字基础设施建设领域取得显著进展), with no aim nor focus verb before in its
    clause (力争在人工智能领域取得突破; 推动峰会在财金领域取得…成果): a record of what was done."""
    text = frame.text
    a, _ = clause_span(text, m.start)
    return any(area.start(1) <= m.start and m.end <= area.end(1)
               and not _aimed(text, area.start()) and not any(a <= t.start() < area.start() for t in triggers)
               for area in _AREA_RESULTS.finditer(text, a))


# 就X、Y等情况作了介绍, 听取X情况汇报: the topic of a report (the fields, group 1), patterns.toml report_*
_REPORTED_ON = re.compile(f"(?:{_alt(P['relation']['report_openers'])})([^，,。；;：:]{{1,60}}?)(?:等)?"
                          f"(?:{_alt(P['relation']['report_topics'])})(?:作了|作|做了|做|进行了|进行)?"
                          f"(?:{_alt(P['relation']['report_verbs'])})")


# 围绕X作专题报告: the topic of a talk (the fields, group 1), patterns.toml report_openers and lecture_kinds;
# 作 the verb, not the end of 工作/合作 (早就把人工智能作为主攻方向写进政府|工作报告: no talk given)
_LECTURED_ON = re.compile(f"(?:{_alt(P['relation']['report_openers'])})([^，,。；;：:]{{1,60}}?)(?<![工合])(?:作了|作|做了|做|进行了|进行)"
                          f"(?:{_alt(P['relation']['lecture_kinds'])})")


def _reported_on(frame: Frame, m: Mention) -> bool:
    """The field is in the topic of a report its clause tells of (分别就…5G建设等情况作了介绍),
    or of a talk given (围绕“…数字经济活力”作专题报告): a record of how it stands, or the
    talk's subject, no aim of the one who reports or speaks."""
    a, _ = clause_span(frame.text, m.start)
    return any(r.start(1) <= m.start and m.end <= r.end(1)
               for topic in (_REPORTED_ON, _LECTURED_ON) for r in topic.finditer(frame.text, a))


# 把/将 X 作为…主攻方向: the 把 before a field its clause puts as a priority reads as a verb of aim; the priority
# (group 1) is the class the field is put in (将新能源汽车明确为战略性新兴产业), no aim of its own
_PRIORITY = re.compile(f"[把将](?=[^，,。；;]{{2,30}}?(?:{_alt(P['relation']['priority_verbs'])})[^，,。；;]{{0,8}}?"
                       f"({_alt(P['relation']['priorities'])}))")


@extractor("targets.trigger.v1", needs=P['relation']['targets'] + P['relation']['joint_acts'] + P['relation']['priority_verbs']
           + P['relation']['plan_tasks'],
           types=("Sector",))
def targets(frame: Frame) -> Iterator[Relation]:
    """The sentence's subject targets the sectors named after a focus verb
    (聚焦, 瞄准, 布局, 加快建设, 推进 … 领域) or put as its priority (把X作为重要增长点)."""
    triggers = sorted([*_TARGETS.finditer(frame.text), *_JOINT.finditer(frame.text), *_PRIORITY.finditer(frame.text)],
                      key=lambda t: t.start())
    fields = [m for m in (*frame.of("Sector"), *_fields_of_plans_carried_out(frame))
              if frame.text[m.end:m.end + 1] not in _PLUS] if triggers or _PLAN_TASKS.search(frame.text) else []  # 互联网+政务服务: a way of working
    if not fields:
        return
    covered = coverage([(m.start, m.end) for m in frame.mentions], len(frame.text))
    triggers = [t for t in triggers if not covered[t.start()] and not _SURVEY_SAMPLES.match(frame.text, t.start())]
    tasks = [t for t in _PLAN_TASKS.finditer(frame.text) if not covered[t.start()]]
    if not triggers and not tasks:
        return
    end = len(frame.text)
    # A law's articles state what the law requires, whoever they name to do it.
    if frame.law is not None:
        chosen, domains = [(frame.law, 0, end, False)], []
    else:
        own = [s for s in subjects(frame) if not cites_figures(frame, s) and not _two_states_jointly(frame, s)]
        # 会上，A汇报了…，B汇报了…: a later clause that names its own body or place is that one's
        # up to the next such clause or the end of its item (…；), where the sentence's subject resumes.
        # A plan named in the sentence keeps it (规划提出，…); one carried from before, or none, gives way
        # to a place (…内生动力，辽宁加快发展…), and to a body only where it lays out what it will do
        # (…；中国电信将投入聚焦于…建设；): one that issues a document states no aim (…等13个部门联合出台文件，…)
        carried_plan = own and own[0].type == "Policy" and own[0].sentence != frame.sentence.index
        domains = clause_domains(frame, max([frame.lead] + [s.end for s in own if s.sentence == frame.sentence.index]),
                                 {s.name for s in own}) if not own or own[0].type != "Policy" or carried_plan else []
        if carried_plan or not own:
            domains = [d for d in domains if d[0].type == "Region" or lays_out(frame, d[0])]
        # the sentence's subject gives way in those clauses; each clause's subject has its own
        # of two sides (A与B签署协议，A将…), each the sentence's subject up to a clause that names the other again
        chosen = [(s, 0, _named_again(frame, {o.name for o in own} - {s.name}, s), True) for s in own] \
            + [(c, a, b, False) for m, a, b in domains if not _two_states_jointly(frame, m) for c in listed_with(frame, m)]
    aims_from = {}  # where the aims of each plan the sentence issues start
    for r in issues(frame):
        # 为加快推动制造业…, 六部门印发通知,开展…行动: the plan aims at what it
        # names; its issuers at the aims stated before they issue it.
        # the verb that issues it in its own item (…发布《X》，推动汽车…；教育部启动“Y计划”: 启动, not 发布)
        item = _item_start(frame.text, r.object.start)
        trigger = _ISSUES.search(frame.text, item, r.object.start)
        chosen += [(r.object, 0, end, False), (r.subject, item, trigger.start() if trigger else 0, False)]
        aims_from.setdefault(r.object.name, max(item, _issued_aims_from(frame, trigger)))
    chosen += [(p, 0, end, False) for p in _joint_partners(frame, [s for s, _, _, _ in chosen])]
    # plans issued together, each with its own goals (《A》和《B》，明确…); not a set named as one
    # (印发《A》《B》等文件，促进5G网络建设: what follows is all of theirs)
    issued = [r.object for r in issues(frame)]
    issued_plans = {q.name for q in issued} if issued and not frame.text.startswith(
        "等", max(q.end for q in issued)) else set()
    # the spans that state no aim of the subject's: its strengths and standings (but 力争在人工智能领域拥有一批领军企业
    # and 力争…处于全国领先 are aims), what it hopes others will do, and what it forbids (禁止境内主体协助…开展营销、软件开发)
    not_own = [(m.start(), m.end()) for m in _STRENGTHS.finditer(frame.text)
               if m.group().startswith(_BUILDS_ON) or not _aimed(frame.text, m.start())] \
        + [(m.start(), m.end()) for m in _LEADING.finditer(frame.text) if not _aimed(frame.text, m.end())] + _wished_of_others(frame) \
        + list(_forbidden(frame)) + [t.span(1) for t in _PRIORITY.finditer(frame.text)] + _trends_of_other_states(frame.text)
    # whether each field's clause records how it stands, or works with it as a tool: the same for every subject
    checked = [(m, _records(frame, m, triggers) or _formed(frame, m) or _achieved_in(frame, m, triggers)
                or _reported_on(frame, m),
                _as_means(frame, m, triggers)) for m in fields]
    lists = _field_lists(frame.text, fields)
    area = _AREA.match(frame.text, frame.lead)
    area = area.span(1) if area else (0, 0)
    seen = set()
    for subj, since, until, gives_way in chosen:
        if subj.name.endswith("党委") and subj.parent:  # a company's party committee speaks for the company
            subj = _org_mention(frame, subj.parent, subj)
        if subj.name in seen:
            continue
        seen.add(subj.name)
        here = subj.sentence == frame.sentence.index
        if subj.type == "Policy" and not here and _CALL.search(subj.name):
            continue  # a call for applications carried from before: its body's fields say who may apply, no aim
        presented = min(_presented_from(frame, subj), _findings_from(frame, subj))
        # a plan's tasks (构建X) are its aims, from where they start (…、构建新型城市形态，启动了“城市大脑”建设工程: not)
        verbs = sorted(triggers + [t for t in tasks if t.start() >= aims_from.get(subj.name, 0)], key=lambda t: t.start()) \
            if subj.type == "Policy" else triggers
        if not verbs:
            continue
        for m, record, means in checked:
            if m.end > until or m.start < since or any(a <= m.start < b for a, b in not_own):
                continue
            if m.start >= presented and not _AIMED.search(frame.text, presented, m.start):
                continue  # presented at the subject's briefing, or a report's findings, not said as its plan (…，宣布将…)
            if m.start < aims_from.get(subj.name, 0):
                continue  # an earlier clause's task, not the plan's (…，前瞻布局人工智能…，制定X方案)
            if subj.name in issued_plans and _titled_by_another(m, subj.name, issued_plans):
                continue  # 发布《关于化纤工业…》和《关于产业用纺织品行业…》，…化纤行业构建…: the other's goal
            if gives_way and any(a <= m.start < b for _, a, b in domains):
                continue  # another clause's subject's
            if since and not any(since <= t.start() < (until if _side_resumes(frame, subj) else m.start) for t in verbs):
                continue  # a clause's own subject aims at what it puts a verb of aim before (one side after 双方: in its clause)
            if subj.type != "Policy" and record:
                continue  # a plan's figures are its goals; anyone else's, a record
            if means or _priced(frame.text, lists[m][1]) or _POLICED_IN.match(frame.text, lists[m][1]) \
                    or _LAW_NAMED_BY.match(frame.text, m.end):
                continue  # a tool; a price of the field (降低宽带和专线平均资费15%), cut or set; a field policed;
                # a law the field names (网络安全法执法检查): no aim
            if _cooperation_area(frame.text, lists[m][1]):
                # 吉方…在公路、电信等领域加强同中方合作, 双方将围绕…智慧城市和新基建等领域深化合作: an area
                # of two sides' cooperation (states, a city and a company, two companies), no focus of either's
                continue
            if subj.subtype == "Country" and here and _acts_with_others(frame.text, subj.end, m.start):
                # 中方愿与东盟各方一道，聚焦…人工智能…等领域, 中国愿同各国一道，推动…数字经济…: what a state will
                # do together with others, as in an area of their cooperation, no focus of its own
                continue
            if here and m.end <= subj.start and not any(t.end() <= m.start for t in verbs) \
                    and not area[0] <= m.start < area[1]:
                continue  # 在数字经济的发展背景下，杭州银行…: the setting, not the aim (but 在X领域，: the area it acts in)
            if frame.convened and not here and not _after_focus_verb(frame, m):
                continue  # a meeting's resolve: only what it says to develop (会议指出，要大力发展X)
            if subj.subtype == "Media" and _AIRS.search(frame.text, subj.end, min(m.start, clause_span(frame.text, subj.end)[1])):
                continue  # 总台今晚播出专题片，聚焦人工智能发展: the programme's topic, not the broadcaster's aim
            # a trigger just after the field (X发展) reads as the aim only when the
            # sentence names its subject: 在人工智能发展等带动下 says nothing of a
            # subject carried over from earlier sentences; nor when the field opens
            # its clause as the one that acts (…，数字技术赋能千行百业), outside goals
            # (a list of fields is one: 在制造业、医疗、教育等领域打造…, 新能源、新材料产业发展)
            first, last = lists[m]
            opens = _statement_start(frame.text, first) == first and not _states_goals(frame, subj, m)
            if _governed(frame, subj, m, verbs) or here and not opens and any(
                    last <= t.start() <= last + 6 and not _CLAUSE_END.search(frame.text, last, t.start())
                    for t in verbs):  # X手段，精准推进: another clause's verb
                yield _rel(frame, subj, "targets", m, "targets.trigger.v1", frame.confidences.targets_trigger)


_LISTED = re.compile(f"{_alt(LIST_JOINERS)}|以及")
_FORBIDS = re.compile(f"(?<!{_alt(P['relation']['forbids_not_before'])})(?:{_alt(P['relation']['forbids'])})"
                      f"(?!{_alt(P['relation']['forbids_not_after'])})")  # 禁止X开展…: what follows is forbidden, no aim
_FORBIDS_END = any_of(P['relation']['forbids_end'])


def _forbidden(frame: Frame) -> Iterator[tuple[int, int]]:
    """The spans a body forbids: from 禁止/严禁 to the end of its clause, or to 的同时 before it (在严禁新增产能的
    同时加快发展新能源汽车: what follows is done); not a 禁止 inside a name (《禁止出口限制出口技术目录》,
    禁止化学武器组织), which forbids nothing in the sentence."""
    for m in _FORBIDS.finditer(frame.text):
        if any(o.start <= m.start() < o.end for o in frame.top):
            continue
        end = clause_span(frame.text, m.start())[1]
        stop = _FORBIDS_END.search(frame.text, m.end(), end)
        yield m.start(), stop.start() if stop else end
# a price word closing the noun phrase a list of fields opens (宽带和专线平均资费, 互联网网间结算价格), or a word of
# policing after the list's head (…等领域系统整治, …等行业领域安全监管, …等重点领域执法)
_PRICE_OF = re.compile(rf"([{CJK}]{{0,6}}?)(?:{_alt(P['relation']['prices'])})")
_PRICES_NOT_AFTER = re.compile(_alt(P['relation']['prices_not_after']))


def _priced(text: str, end: int) -> bool:
    """A price word closes the noun phrase the field list ending at ``end`` opens
    (宽带和专线平均资费); not where a word of building or spreading the field comes
    between (加快5G网络建设和提速降费: the field is aimed at, its price too)."""
    m = _PRICE_OF.match(text, end)
    return bool(m) and not _PRICES_NOT_AFTER.search(m.group(1))


_LAW_NAMED_BY = re.compile(f"(?:{_alt(P['relation']['law_after_field'])})"
                           f"(?:(?={_alt(P['relation']['law_verbs_after'])})|(?!{_alt(P['relation']['law_not_after'])}))")
_POLICED_IN = re.compile(rf"等?(?:重点)?(?:行业)?(?:领域|行业|方面)的?[{CJK}]{{0,3}}?(?:{_alt(P['relation']['policing'])})"
                         rf"(?!{_alt(P['relation']['policing_built'])})")
# 与/同 another party, then a word of acting together (愿同各国一道, 与东盟各方携手), in one clause
_TOGETHER_WORDS = tuple(P['relation']['together'])
_WITH_OTHERS_TOGETHER = re.compile(f"(?:与|同)[^，,。；;]{{1,16}}?(?:{_alt(_TOGETHER_WORDS)})")


def _acts_with_others(text: str, start: int, end: int) -> bool:
    """Between start and end the subject acts together with another party (愿同各国一道, 与东盟各方携手):
    与/同 the preposition (not the 同 of 同时, 共同, 不同, 会同) and the together word no noun's piece
    (联合国, 联合会, 共同体; but 联合推出, a verb)."""
    for m in _WITH_OTHERS_TOGETHER.finditer(text, start, end):
        lo = max(0, m.start() - words.CONTEXT_AROUND)
        toks = words.cut(text[lo:m.end() + words.CONTEXT_AROUND])
        offsets = list(accumulate(map(len, toks), initial=lo))
        k = next(i for i, o in enumerate(offsets) if o > m.start()) - 1  # the word holding 与/同
        together = m.end() - next(len(w) for w in _TOGETHER_WORDS if text.startswith(w, m.end() - len(w)))
        j = next(i for i, o in enumerate(offsets) if o > together) - 1  # the word holding the together word
        if offsets[k + 1] != m.start() + 1 or len(toks[k]) > 1 and words.frequency(toks[k]):
            continue  # 同时|联合, 共同, 会同: a word of the dictionary holds it (愿同, none, is the preposition's)
        if len(toks[j]) > len(text[together:m.end()]) and words.tag(toks[j]).startswith("n"):
            continue  # 与各国在|联合国|框架下: a name's or noun's piece
        return True
    return False


# …等领域(加强同中方的务实)合作, …合作潜力, …等合作: the fields one side names as areas of cooperation with another
# (as the papers states sign on such lists name no Sectors, patterns.toml sector.cooperation_papers)
# (not 融合/结合/整合 作为, nor a place or body named for cooperation: 人工智能产业合作中心, 合作区, 合作社; but
# 金融合作, 产融合作 are areas: …数字经济、新能源和金融合作)
_COOPERATION_AREA = re.compile(r"[^，,。；;：:]{0,16}?(?!(?<=[融结整])合作为)合作(?!中心|区|园|基地|平台|社)")
# what, between a list of fields and the 合作 after it, opens a predicate of the subject's own: a joiner of
# clauses (…5G网络建设并与安康市开展合作), a verb of cooperation after a joiner (…新能源汽车产业和加强对外合作),
# a focus verb where no 等/领域/方面 closes a list of areas (…数字经济打造合作新高地): the fields are the aim of
# the verb before them, no area of the cooperation (but …等领域打造更多合作, …5G布局、注册制试点等一批重大合作事项 are)
_OWN_PREDICATE = re.compile(f"并|同时|(?:{_alt(LIST_JOINERS)})(?:{_alt(P['relation']['cooperation_verbs'])})"
                            f"|^(?!.*(?:等|领域|方面)).*?(?:{_alt(P['relation']['focus_verbs'])})")


def _cooperation_area(text: str, end: int) -> bool:
    """The list of fields that ends at ``end`` names areas of a cooperation (_COOPERATION_AREA), with no
    predicate of the subject's own between it and 合作 (_OWN_PREDICATE)."""
    m = _COOPERATION_AREA.match(text, end)
    return m is not None and not _OWN_PREDICATE.search(m.group())


_LIST_ETC = re.compile(r"[^，,。；;：:]*?等")  # …、现代农业以及现代服务业等领域: items not named as fields, up to 等


# 在新基建领域，武汉已累计建成…: the field the subject acts in, named before it (not 在X的发展背景下, a setting)
_AREA = re.compile(r"在([^，,。；;的]{2,24}?)(?:等)?(?:领域|方面|行业)(?:上)?[，,]")
_PURPOSE = re.compile(r"为了?|围绕|面向|针对")  # 为推动文化产业快速发展，国务院出台…: what the plan is for


def _issued_aims_from(frame: Frame, trigger: Optional[re.Match]) -> int:
    """Where the aims of a plan issued by ``trigger`` start: at the clause
    of its issuing verb (…，前瞻布局人工智能等未来产业，高标准制定新型工业化
    实施方案: the earlier clauses are the issuer's other tasks), or at the
    sentence's start where it opens by saying what the plan is for (为推动
    文化产业快速发展，国务院出台了《…》)."""
    if trigger is None or _PURPOSE.match(frame.text, frame.lead):
        return 0
    return _statement_start(frame.text, trigger.start())


def _field_lists(text: str, fields: Sequence[Mention]) -> dict[Mention, tuple[int, int]]:
    """Where the list each field is listed in starts and ends (制造业、医疗、
    教育、文旅等: from 制造业 to 等): a verb or noun of aim right after a list
    (…等领域打造) reaches all of it, not only the item it stands next to. A
    list runs over fields joined by 、/和/及/与, then, where an item follows
    that is no field, up to the 等 that closes it."""
    spans: list[list[int]] = []
    members: list[list[Mention]] = []
    for m in sorted(fields, key=lambda f: f.start):
        if spans and spans[-1][1] <= m.start and _LISTED.fullmatch(text, spans[-1][1], m.start):
            spans[-1][1] = max(spans[-1][1], m.end)
            members[-1].append(m)
        else:
            spans.append([m.start, m.end])
            members.append([m])
    for span in spans:
        joined = _LISTED.match(text, span[1])
        etc = _LIST_ETC.match(text, joined.end()) if joined else None
        if etc:
            span[1] = etc.end() - 1
    return {m: (a, b) for (a, b), ms in zip(spans, members) for m in ms}


def clause_domains(frame: Frame, after: int, names: set[str]) -> list[tuple[Mention, int, int]]:
    """The bodies and places that open a clause after ``after`` as its own
    subject (会上，中国电信广西分公司…汇报了…，自治区广电局汇报了…), each with
    the span it is the subject of: up to the next clause that opens with a
    subject, or the end of its item (…；). A clause that opens with one of
    ``names``, the text's own scope (全省, 本市, 我国) or a region no government
    acts for (中东地区) speaks of the sentence's subject again. Not a clause
    inside quotes (“A牵头，B配合”)."""
    text, openers = frame.text, []
    # _opener finds a subject that starts where it looks or after: no clause
    # after the last one the frame names can open with one
    last = max((m.start for m in frame.top if m.start > after and m.type in SUBJECT_TYPES), default=after)
    for stop in _CLAUSE_END.finditer(text, after, last):
        if text.count("“", 0, stop.start()) > text.count("”", 0, stop.start()):
            continue
        at = _lead_end(frame, stop.end())
        m = _opener(frame, at)
        if m is not None and m.start < clause_span(text, at)[1] and not (openers and m is openers[-1]):
            openers.append(m)
    return [(m, m.start, min([o.start for o in openers if o.start > m.start] + [_item_end(text, m.start)]))
            for m in openers if not (m.type == "Policy" or m.name in names or _written_as_scope(m)
                                     or m.subtype in _NO_GOVERNMENT)]


_ITEM_END = re.compile(r"[；;]")


def _item_start(text: str, pos: int) -> int:
    """Where the item of a list of clauses that ``pos`` is in starts (…；教育部联合湖北省启动
    “X计划”；…): the items before are others' doings, and a purpose clause opening the
    sentence is all of theirs, not this item's plan's alone."""
    return max((m.end() for m in _ITEM_END.finditer(text, 0, pos)), default=0)


def _item_end(text: str, pos: int) -> int:
    """Where the item of a list of clauses that ``pos`` is in ends (…；)."""
    stop = _ITEM_END.search(text, pos)
    return stop.start() if stop else len(text)


_JOINT = any_of(P['relation']['joint_acts'])


def _joint_partners(frame: Frame, subjects_: list[Mention]) -> list[Mention]:
    """The partners a subject works with when the sentence says they act
    together (A与B牵手，共筑5G智慧社区; A携手B共同推进…): they share its aims."""
    if not subjects_ or not _JOINT.search(frame.text):
        return []
    names = {s.name for s in subjects_}
    out = []
    for r in cooperates(frame):
        for me, other in ((r.subject, r.object), (r.object, r.subject)):
            if me.name in names and other.name not in names and _JOINT.search(frame.text, other.end):
                out.append(other)
    return out


_SIDES_JOINED = {"与", "和", "及", "同", "、"}


def _named_again(frame: Frame, names: set[str], side: Mention) -> int:
    """Where a clause after ``side`` opens by naming one of ``names`` (the other sides) again (中国银行与湖北省政府
    签署协议，中行将…支持交通、电力…): what it says from there is that side's alone, no aim its partner shares;
    not where ``side`` is named with it again (华为与深圳市政府签署协议，华为和深圳市政府将共同推动…)."""
    def with_side(m: Mention) -> bool:
        return any(o.name == side.name and frame.text[m.end:o.start] in _SIDES_JOINED for o in frame.mentions)
    return next((m.start for m in frame.mentions if m.name in names and m.start > side.end
                 and _statement_start(frame.text, m.start) == m.start and not with_side(m)), len(frame.text))


_UP_TO_STATEMENT_END = re.compile(f".*{_CLAUSE_END.pattern.replace('：:', '')}", re.S)


def _statement_start(text: str, pos: int) -> int:
    """Where the clause around ``pos`` starts, past its spaces; a colon ends
    no clause here: it introduces what the verb before it governs."""
    start, _ = clause_span(text, pos, _UP_TO_STATEMENT_END)
    return len(text) - len(text[start:].lstrip())


# A clause that opens by telling how things stand now or what has been done
# (目前，…; 截至…; 北京已形成…; 已有30个省份建成…): an aim stated in an earlier clause does not reach past it.
_RECORDED = re.compile(rf"(?:^|(?<=[，,；;]))\s*(?:{_alt(P['relation']['as_things_stand'])}|[^，,；;。]{{0,6}}?已)")


def _governed(frame: Frame, subj: Mention, m: Mention, triggers: Sequence[re.Match]) -> bool:
    """A trigger before the field reaches it: one in the field's own clause
    (加快发展X; 重点发展：X、Y), or one in an earlier clause when the field's
    clause goes on without a subject of its own (加强…保护，健全现代文化产业体系).
    A clause that opens with another name has that as its subject, which no
    earlier verb governs (…条件的贫困村，在那里，旅游业不仅…; …快速提升，人工智能、
    云计算等跻身…), unless it is among goals (力争到2025年，X、Y等产业链成为…): there
    the fields that open clauses are what is aimed at. Nor does an earlier
    trigger reach past a clause that tells what has been done (…，目前…已形成…)."""
    start = _statement_start(frame.text, m.start)
    if any(start <= t.start() < m.start for t in triggers):
        return True
    if triggers[0].start() >= start:
        return False
    last = max(t.end() for t in triggers if t.start() < start)
    if _RECORDED.search(frame.text, last, m.start):
        return False  # 布局新兴产业…，目前，…形成了新一代信息技术…产业集群: what has been done
    opener = next((o for o in frame.top if o.start == start), None)
    return opener is None or opener.name == subj.name or _states_goals(frame, subj, m)


def _states_goals(frame: Frame, subj: Mention, m: Mention) -> bool:
    """The field is among goals: a plan's, or after a word of aim (力争到2025年，X…)."""
    return subj.type == "Policy" or _aimed(frame.text, m.start)


def _after_focus_verb(frame: Frame, m: Mention) -> bool:
    """``m`` follows one of the spec's focus verbs in its clause (大力发展X、Y)."""
    a, _ = clause_span(frame.text, m.start)
    return bool(_FOCUS.search(frame.text, a, m.start))


@extractor("targets.title.v1", types=("Policy",))
def targets_in_title(frame: Frame) -> Iterator[Relation]:
    """A plan targets the field its title is about: 《河南省推进新型基础设施
    建设行动计划》 -> 新型基础设施建设; 智能制造升级工程 -> 智能制造. Not a notice
    by the field in the title of the plan it issues (…关于印发六盘水市新型基础设施建设
    三年行动方案的通知): the plan it issues sets the goals, the notice none. Nor a
    report cited as the source of the sentence's figures (根据…发布的《中国数字经济发展白皮书》
    的数据，…): it states them, it aims at nothing."""
    plans = [p for p in frame.of("Policy") if _PLAN_HEAD.search(p.name)
             and not (REPORT_HEAD.search(p.name) and cited_source(frame, p))]
    if not plans:
        return
    sectors = [m for m in frame.mentions if m.type == "Sector"]
    said = {(r.subject.name, r.object.name) for r in targets(frame)}  # one statement of a fact per sentence
    for p in plans:
        issued = list(_issued_in(frame, p))
        inside = [m for m in sectors if p.start <= m.start and m.end <= p.end
                  and not any(q.start <= m.start and m.end <= q.end for q in issued)]
        for m in inside:
            if (p.name, m.name) not in said and not any(o is not m and o.start <= m.start and m.end <= o.end for o in inside):
                yield _rel(frame, p, "targets", m, "targets.title.v1", frame.confidences.targets_title)


_FIELD_TAIL = re.compile(f"(?:{_alt(P['relation']['field_tails'])})$")


def _titled_by_another(m: Mention, plan: str, plans: set[str]) -> bool:
    """Of the plans issued together, another's title names the field ``m`` (its name
    without 行业/产业…: 化纤 in 关于化纤工业高质量发展的指导意见) and ``plan``'s does not."""
    stem = _FIELD_TAIL.sub("", m.name)
    return len(stem) >= 2 and stem not in plan and any(stem in q for q in plans if q != plan)


# a figure: digits that are no date (2025年, 3月) nor part of a name (10G-PON, 4K)
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.A-Za-z年月日])")


@extractor("targets.goal.v1", types=("Sector",))
def targets_by_goal(frame: Frame) -> Iterator[Relation]:
    """A plan's goal figures: the field that a figure counts in the field's own
    clause, after a word of aim (《规划》提出，到2025年，…工业互联网平台应用普及率从14.7%
    提升到45%), is a field the plan targets, with no focus verb needed. Not a
    figure stated with no aim (如今，…通5G的行政村占比超过90%: what stands), nor a
    report's (白皮书, 报告), whose figures are findings, nor one the sentence cites,
    nor a forecaster's (业内预计，到2025年，…: an estimate, whoever is carried; 《规划》预计，… is the plan's)."""
    forecast = _FORECASTS.match(frame.text, frame.lead)
    if forecast and not any(m.type == "Policy" and m.start < forecast.end() for m in frame.top):
        return
    plans = [s for s in subjects(frame) if s.type == "Policy" and _PLAN_HEAD.search(s.name)
             and not REPORT_HEAD.search(s.name) and not cites_figures(frame, s)]
    goals = [(p, m) for p in plans for m in frame.of("Sector") if p.sentence != frame.sentence.index or m.start >= p.end]
    goals = [(p, m) for p, m in goals if (figure := _FIGURE.search(frame.text, m.end, clause_span(frame.text, m.start)[1]))
             and _aimed(frame.text, figure.start())]
    if not goals:
        return
    said = {(r.subject.name, r.object.name) for r in targets(frame)}  # one statement of a fact per sentence
    for p, m in goals:
        if (p.name, m.name) not in said:
            yield _rel(frame, p, "targets", m, "targets.goal.v1", frame.confidences.targets_goal)


_SUPPLIER = re.compile(rf"[^，,。；;：:]{{0,12}}?(?:{_alt(P['relation']['suppliers'])})[，,]?\s*")  # 作为领先的云计算服务商，阿里云…


@extractor("targets.supplier.v1", needs=P['relation']['suppliers'], types=("Sector",))
def targets_as_supplier(frame: Frame) -> Iterator[Relation]:
    """A company named by the field it supplies targets that field: 领先的
    物联网数据基础设施供应商 EMQ映云科技 -> 物联网数据基础设施."""
    orgs = frame.of("Organization")
    for field in frame.of("Sector"):
        m = _SUPPLIER.match(frame.text, field.end)
        company = next((o for o in orgs if m and o.start == m.end()), None)
        if company is not None:
            yield _rel(frame, company, "targets", field, "targets.supplier.v1", frame.confidences.targets_supplier)


# -- structure -------------------------------------------------------------------

_CAPITAL_WORD = "首都"


@extractor("structure.name.v1", types=("Organization", "Region"))
def structure_from_names(frame: Frame) -> Iterator[Relation]:
    """What a name says: a unit belongs to the body it is named after
    (工业和信息化部装备工业司 -> 工业和信息化部); a body or zone named after a
    region is located in it (海南省工信厅 -> 海南省); a region written in
    brackets or before a district locates what follows (天津(西青)…,
    北京市西城区)."""
    yield from _parents_named(frame)
    yield from _named_after_country(frame)
    regions = frame.of("Region", top=False)
    nested = len(frame.top) < len(frame.mentions)  # else no name holds another: most sentences
    for m in frame.of("Organization", "Region", top=False) if nested else ():
        if m.name.endswith(_NAMED_NOT_SEATED):
            continue
        for r in regions:
            if r is m or not (m.start < r.start and r.end < m.end):
                continue
            inner = frame.text[r.start - 1:r.end + 1]
            branch = frame.text.startswith(("分公司", "分行", "支行"), r.end)
            inside = m.type == "Organization" and LEX.region(r.name) and frame.text[r.end:r.end + 1] not in ("省", "市", "区", "县") \
                and (r.surface == r.name or frame.names_place(r.name)) \
                and m.source != CENTRAL_BODY  # 中车株洲X公司: a place the story is not about; 中央新疆工作协调小组: its field
            if _IN_BRACKETS.fullmatch(inner) or branch or (inside or r.start == m.start) and r.name != "中国":
                yield _rel(frame, m, "locatedIn", r, "structure.name.v1", frame.confidences.located_in_name)
    for a, b in zip(regions, regions[1:]):
        if frame.text[a.end:b.start] in ("", _CAPITAL_WORD) and (LEX.within(b.name, a.name) or b.parent == a.name):
            # 深圳南山区: whichever 南山区 深圳市 holds; 越南河内, 巴西首都巴西利亚: a capital (countries.tsv)
            yield _rel(frame, b, "locatedIn", a, "structure.name.v1", frame.confidences.located_in_named)
        elif _IN_BRACKETS.fullmatch(frame.text[a.end:b.end + 1]) and b.name in LEX.region_chain(a.name)[1:]:
            yield _rel(frame, a, "locatedIn", b, "structure.name.v1", frame.confidences.located_in_named)  # 武汉（湖北）
    yield from _seat_in_name(frame)
    yield from _implied_by_names(frame)
    for m in frame.of("Organization", top=False) if holds_one(frame.text, OPENING_BRACKETS) else ():
        if frame.text.startswith(OPENING_BRACKETS, m.end):
            inside = [o for o in frame.of("Organization") if o.start == m.end + 1 and not _other_plate(frame.text, m, o)]
            for o in inside:
                yield _rel(frame, m, "subOrganizationOf", o, "structure.name.v1", frame.confidences.sub_organization_bracketed)


def _other_plate(text: str, m: Mention, o: Mention) -> bool:
    """In A（B）, B is A's other name when both are state bodies, B fills the
    brackets and A is no unit of a named parent: one office under two plates
    (市场监管总局（国家标准委）, 国家市场监督管理总局（国家认证认可监督管理委员会）),
    neither one's parent. A unit's parent is written before it (国家发展改革委规划司),
    a firm's owner in brackets after it (中电亿科电子器材有限公司（中国电子）), and a
    body that words in the brackets say manages A is its parent (国家粮食和物资储备局
    （国家发展改革委管理的国家局）)."""
    return m.subtype in _STATE_BODIES and o.subtype in _STATE_BODIES and not m.parent \
        and text.startswith(_CLOSING_BRACKETS, o.end)


def _parents_named(frame: Frame) -> Iterator[Relation]:
    """The body or region the lexicon or a name's own words give a mention
    as its parent (海南省工信厅 -> 海南省)."""
    parented = [m for m in frame.mentions if m.parent and m.parent != m.name and not cuts_title(frame, m)]
    if not parented:
        return  # most sentences
    orgs = {m.name: m for m in frame.of("Organization", top=False)}
    named = {r.name for r in frame.of("Region")} | frame.scope_places()
    # a body named after its country names the country too (柬埔寨移民总局…在金边…: 金边 is 柬埔寨's)
    named |= {o.parent for o in frame.of("Organization", top=False) if o.parent and _names_country(o.parent)}
    for m in parented:
        if m.type == "Region" and m.source == GAZETTEER and m.parent not in named:
            continue  # the division list puts it there, but neither the sentence nor the document's place says so
        if _zone_misplaced(frame, m):
            continue
        # a township's body (黄升镇党委): its parent, no listed region, is the township its name opens with, as keyed
        township = next((r for r in frame.of("Region", top=False) if r.subtype == TOWNSHIP and r.name == m.parent
                         and r.start == m.start), None)
        if township is not None:
            yield _rel(frame, m, "locatedIn", township, "structure.name.v1", frame.confidences.located_in_named)
            continue
        parent_type = "Region" if LEX.region(m.parent) or m.type == "Region" or _names_country(m.parent) else "Organization"
        if parent_type == "Organization" and m.type == "Organization" and not _names_its_parent(m):
            parent = orgs.get(m.parent) or Mention(type="Organization", surface=_written_as(m, m.parent), name=m.parent,
                                                  start=m.start, end=m.end, sentence=m.sentence, source="structure.name.v1")
            yield _rel(frame, m, "subOrganizationOf", parent, "structure.name.v1", frame.confidences.sub_organization_named)
        elif parent_type == "Region":
            region = Mention(type="Region", surface=m.parent, name=m.parent, start=m.start, end=m.end,
                             sentence=m.sentence, source="structure.name.v1")
            yield _rel(frame, m, "locatedIn", region, "structure.name.v1", frame.confidences.located_in_named)


# Another country's bodies whose names open with it that are not there: a mission (俄罗斯驻罗马尼亚大使馆), a
# branch (巴基斯坦哈比银行北京分行) abroad, or a company's Chinese arm, named with 中国 in brackets as the
# corpus writes these (西门子（中国）有限公司, 葛兰素史克(中国)投资有限公司: 日本松下电器（中国）有限公司 is in China)
_ABROAD = re.compile(r"驻|[（(]中国[）)]|(?:分行|分公司|办事处|代表处)$")
_COUNTRY_NAMES = sorted({e.name for es in LEX.entries.values() for e in es if e.subtype == "Country"} - {COUNTRY},
                        key=len, reverse=True)
# …by their first character, longest first: a body's name is tried only against the countries it could open with
# (every sentence's bodies are looked at; most open with no country's first character)
_COUNTRIES_BY_INITIAL = {first: [c for c in _COUNTRY_NAMES if c[0] == first] for first in {c[0] for c in _COUNTRY_NAMES}}


def _named_after_country(frame: Frame) -> Iterator[Relation]:
    """A body named after another country, its name opening with the country's (越共中央 ->
    越南共产党中央委员会, 德国宝马公司, 俄罗斯经济发展部), is there, as a body the lexicon places there is
    (_parents_named: dev gold 巴西政府 locatedIn 巴西); not a mission or branch abroad (_ABROAD), nor a
    name the country's characters only begin (马里兰大学: 马里|兰 is no 马里, as the gazetteer reads it)."""
    for m in frame.of("Organization", top=False):
        if m.parent or _ABROAD.search(m.name):
            continue
        country = next((c for c in _COUNTRIES_BY_INITIAL.get(m.name[:1], ()) if m.name.startswith(c)), None)  # the longest: 印度尼西亚, not 印度
        country = country if country is not None and opens_as_country(m.name, country) else None
        if country is not None:
            region = Mention(type="Region", surface=country, name=country, start=m.start, end=m.end,
                             sentence=m.sentence, source="structure.name.v1")
            yield _rel(frame, m, "locatedIn", region, "structure.name.v1", frame.confidences.located_in_named)


def _names_country(name: str) -> bool:
    """A country's name, which another country's body has for its parent (巴西政府 -> 巴西)."""
    return any(e.subtype == "Country" for e in LEX.entries.get(name, ()))


def _zone_misplaced(frame: Frame, m: Mention) -> bool:
    """A zone placed only by the document's place, where its own name opens
    with another region (海南自贸港 in a 联播快讯 item about 北京) or the
    sentence names no place for it (国家级海洋牧场示范区 in a roundup): a news
    roundup's items are about different places."""
    if m.type != "Region" or m.subtype != "Zone":
        return False
    own = seat_of(m.name)
    if own is not None:
        return m.parent != own and m.parent not in LEX.region_chain(own) and not _placed_as_written(frame, m, own)
    return m.parent not in {r.name for r in frame.of("Region", top=False)}


def _placed_as_written(frame: Frame, m: Mention, own: str) -> bool:
    """The zone is where the words it is written with here place it, within the
    region its name opens with: 兰州高新区 in 兰州市 where the document also
    writes it 甘肃兰州高新区 (one zone under its fullest name, resolution._zones_by_place)."""
    return own in LEX.region_chain(m.parent) and any(
        r.name == m.parent and m.start <= r.start and r.end <= m.end for r in frame.of("Region", top=False))


_WATERSIDE = tuple(P['relation']['waterside'])
_LOCATED = Guarded(f"(?:总部)?(?:{_alt(P['relation']['located'])})(?:在|于)?了?|总部(?:{_alt(P['relation']['seat_moves'])})",
                   P['relation']['located'] + P['relation']['seat_moves'])


@extractor("locatedIn.trigger.v1", needs=_LOCATED.needs)
def located(frame: Frame) -> Iterator[Relation]:
    """A位于B, A落户B, 位于B的A, A总部迁至B: a body or place in the region the text
    names for it (位于青岛崂山区的X -> 青岛市, 崂山区)."""
    text = frame.text
    for t in _LOCATED.finditer(text):
        things = frame.of("Organization", "Region")
        regions = [m for m in things if m.type == "Region"]
        places, pos = [], t.end()
        for r in regions:  # 宁夏中卫: each region of a chain written together
            if r.start == pos:
                places.append(r)
                pos = r.end
        if not places or text.startswith(_WATERSIDE, pos):
            continue  # 坐落在巢湖之滨: the lake, not the county named after it
        places = [r for r, nxt in zip(places, places[1:] + [None]) if not _title_of(r, nxt)]
        pos += _sub_place(frame, pos)  # 位于上海临港的X: X is in 上海 too
        if text.startswith("的", pos):  # 位于B的A; A位于B的项目 places the project, not A
            what = next((m for m in things if m.start == pos + 1 and _placed_after(frame, m)), None)
        elif "的" not in text[pos:clause_span(text, pos)[1]]:
            what = next((m for m in things if m.end == t.start()), None)
        else:
            continue
        if what is None or is_outlet(what):
            continue
        for w in _sites_listed(frame, what) if text.startswith("的", pos) else (what,):
            for r in places:
                if r.name != w.name and r.subtype != "Country" and w.name not in LEX.region_chain(r.name):
                    yield _rel(frame, w, "locatedIn", r, "locatedIn.trigger.v1", frame.confidences.located_in_trigger)


# Places a 位于B的 may open besides bodies: those below a county, named in the place they are in
# (位于西藏墨脱县的巴登村, 位于湘江新区的58小镇); not a city or province (位于长江中游的江西: a river's stretch).
_PLACED_REGIONS = (TOWNSHIP, "Zone")


_PART_WORD_TAG, _PART_WORD_END = "f", "部"  # jieba's direction words; the part of a region ends in 部 (北部, 中南部), not 以北


def _sub_place(frame: Frame, pos: int) -> int:
    """The length of a part of the region just named that a 的 closes (位于上海临港的, 位于北京海淀的,
    位于湖北中南部的): places jieba knows, or a direction ending in 部; not a place outside
    (位于北京以北的), a river's shore (位于南宁市邕江之畔的) or a list (位于黑龙江、乌苏里江交汇处的)."""
    end = frame.text.find("的", pos, pos + frame.settings.thresholds.max_sub_place + 1)
    if end <= pos:
        return 0
    toks = words.cut(frame.text[pos:end])
    parts = all(words.tag(t) == PLACE_WORD_TAG or words.tag(t) == _PART_WORD_TAG and t.endswith(_PART_WORD_END) for t in toks)
    return end - pos if parts else 0


def _title_of(zone: Mention, place: Optional[Mention]) -> bool:
    """A zone that names no place, written right before a region, is that region's title, not what holds it
    (坐落于国家综合配套改革试验区天津滨海新区: 滨海新区 is the 试验区)."""
    return place is not None and zone.subtype == "Zone" and zone.end == place.start and seat_of(zone.name) is None


def _placed_after(frame: Frame, m: Mention) -> bool:
    """``m``, right after 位于B的, is what B holds: a body named whole or a township or zone."""
    return m.type == "Organization" and _whole_name(frame, m) or m.type == "Region" and m.subtype in _PLACED_REGIONS


def _sites_listed(frame: Frame, first: Mention) -> list[Mention]:
    """位于B的A、C和D，: every site of a list that the clause closes on (来到位于东湖高新区的烽火科技集团和
    武汉新芯集成电路制造有限公司，考察…); not where the list goes on to act (位于中关村软件园的A和清华大学合作:
    和 joins partners, and 清华大学 is not in the park)."""
    listed = [m for m in listed_with(frame, first) if m is first or _whole_name(frame, m)]
    return listed if _CLAUSE_END.match(frame.text, listed[-1].end) else [first]


_SEATED_ACT = Guarded(f"(?:正式|同时|集中|全面)?(?:{_alt(P['relation']['seated_acts'])})", P['relation']['seated_acts'])
_SEATED_FOUNDING = tuple(P['relation']['seated_founding'])
# Between the body (or its project) and 在: the day it happened (今天（3月28日）, 近日)
_BEFORE_SEAT = re.compile(rf"(?:项目)?(?:{_DAY_WORDS})?(?:[（(][^）)]{{1,12}}[）)])?")


@extractor("locatedIn.seat.v1", needs=_SEATED_ACT.needs)
def seated(frame: Frame) -> Iterator[Relation]:
    """A在B开工建设, A在B揭牌成立: the body or zone founded there stands in the
    region (园区项目在三山经济开发区开工建设, 云计算中心在长沙高新区开工)."""
    text = frame.text
    for t in _SEATED_ACT.finditer(text):
        at = text.rfind("在", clause_span(text, t.start())[0], t.start())
        if at < 0:
            continue
        things = frame.of("Organization", "Region")
        places, pos = [], at + 1
        for r in things:  # 在上海松江: each region of a chain written together
            if r.type == "Region" and r.start == pos:
                places.append(r)
                pos = r.end
        what = next((m for m in things if _BEFORE_SEAT.fullmatch(text, m.end, at)), None)
        if not places or pos != t.start() or what is None or is_outlet(what) or what.subtype == "Country" \
                or what.type == "Region" and what.subtype != "Zone" or t.end() < len(text) and not _CLAUSE_END.match(text, t.end()) \
                or what.name.endswith(BARE_LEGAL_FORMS) and not t.group().endswith(_SEATED_FOUNDING):
            continue  # 在上海开工的项目; a city 在 a province names no site; 在北京开工建设数据中心, 比亚迪在合肥开工建设: the builder
        for r in places:
            if r.name != what.name and r.subtype != "Country" and what.name not in LEX.region_chain(r.name):
                yield _rel(frame, what, "locatedIn", r, "locatedIn.seat.v1", frame.confidences.located_in_trigger)


def _whole_name(frame: Frame, m: Mention) -> bool:
    """``m`` is the whole name written there, not the head of a longer one
    the recognisers missed (中科院 of 中科院量子创新研究院, 三星 of 三星堆遗址)."""
    rest = frame.text[m.end:m.end + 6]
    if not rest or _CLAUSE_END.match(rest) or _LIST_GAP.match(rest):
        return True
    if rest[0] in "(（":
        return False
    following = words.cut(rest)
    return m.end in words.cuts_around(frame.text, m.start, m.end) and bool(following) \
        and not words.tag(following[0]).startswith(("n", "b"))


_IN_BRACKETS = re.compile(r"[(（].+[)）]")
_SAME_BODY = ("集团公司", "公司", "集团")


_STATE_PLATES = ("国家", "国务院")  # the state's name of a body the lexicon lists as the party's (国家互联网信息办公室)
_PARTY_CENTRE = ("中央", "中共")


def _names_its_parent(m: Mention) -> bool:
    """中国联通公司 is 中国联通 written with 公司, not a unit of it."""
    for suffix in _SAME_BODY:
        if m.name.endswith(suffix):
            head = m.name[:-len(suffix)]
            return head == m.parent or any(e.name == m.parent for e in LEX.entries.get(head, ()))
    return False


_NOT_SEATS = set(P["relation"]["not_seat_prefixes"])
_NAMED_NOT_SEATED = tuple(P["relation"]["named_not_seated"])  # 酒泉卫星发射中心: named after a city near it
_SEAT_LEVELS = ("province", "prefecture")
_RARELY_SHORTENED = ("地区", "盟", "自治州")  # 阿里 is a company more often than 阿里地区


@functools.lru_cache(maxsize=1 << 14)  # bodies are named again and again
def seat_of(name: str) -> Optional[str]:
    """The region a body's name opens with (北京大学 -> 北京市, 杭州银行 ->
    杭州市, 广州市物业管理行业协会 -> 广州市): a province or city written in
    full, or its short form; a county's short form (光明, 平安, 金山) reads
    as a word too often to count."""
    for k in range(min(len(name) - 2, 8), 1, -1):
        region = next((e for e in LEX.entries.get(name[:k], ()) if e.type == "Region"), None)
        if region is None:
            continue
        if name[:k] in _NOT_SEATS or region.subtype == "Country" or region.short and (
                region.level not in _SEAT_LEVELS or region.name.endswith(_RARELY_SHORTENED)):
            return None
        return region.name
    return None


def _seat_in_name(frame: Frame) -> Iterator[Relation]:
    """A body named after its region is located in it; a unit of another
    body (北京大学工学院) or one naming a second place (北京大学重庆大数据
    研究院) is not placed by its first words."""
    orgs = frame.of("Organization", top=False)
    places = frame.of("Region", top=False)
    for m in orgs:
        if is_outlet(m) or m.start < frame.dateline:
            continue  # news outlets and datelines carry no relations (annotation.md)
        if m.subtype == "InternationalOrganization" or m.name.endswith(_NAMED_NOT_SEATED):
            continue  # 上海合作组织 is named after the city it was founded in, not seated there; 酒泉卫星发射中心 after one near it
        zone = max((r for r in places if r.start == m.start and r.end < m.end and r.subtype == "Zone"),
                   key=lambda r: r.end, default=None)
        if zone is not None:  # X高新区管委会: the zone's body sits in the zone, which its own name places
            yield _rel(frame, m, "locatedIn", zone, "structure.name.v1", frame.confidences.located_in_name)
            continue
        if any(o.start == m.start and o.end < m.end for o in orgs) or any(
                m.start < r.start and r.end <= m.end for r in places):
            continue
        seat = seat_of(m.name)
        # written so, not resolved from 市政府; by the place's full name (a
        # local body: 广州市X协会) or a short one the text is about (上海移动
        # in a story about 上海), not one named only by a brand (苏州X公司
        # in a list of speakers)
        if seat and seat_of(m.surface) == seat and (m.surface.startswith(seat) or frame.names_place(seat)):
            region = Mention(type="Region", surface=seat, name=seat, start=m.start, end=m.end,
                             sentence=m.sentence, source="structure.name.v1")
            yield _rel(frame, m, "locatedIn", region, "structure.name.v1", frame.confidences.located_in_name)


# Words that open the names of a whole family of bodies as a style, not as
# the body they belong to: 中共中央 is the party's committee, named 中共….
_STYLE_PREFIXES = ("中共",)
_BRANCHES = ("分公司", "子公司", "分行", "支行", "分院", "分中心")
_UNIT_ENDS = tuple(P["organization"]["unit_suffixes"])
_CHAMBERS = tuple(P["organization"]["legislature_chambers"])  # 美国国会参议院: a chamber of the legislature written before it
# a hospital named after the university or academy that runs it (温州医科大学附属第一医院, 北京大学人民医院, 中国医学科学院肿瘤医院:
# 17 in the 新闻联播 items and the genre pages, 1 linked; er10 audit)
_HOSPITAL = P["organization"]["hospital_suffix"]
_NAMED_AFTER_HEAD = _UNIT_ENDS + _CHAMBERS + (_HOSPITAL,)  # the ends of a unit, chamber or hospital named after its head
# What a company's registered name adds to its short name: X集团有限公司 is X集团.
_LEGAL_FORM = re.compile(r"[(（]?(?:集团)?[)）]?(?:股份|控股)?(?:有限)?(?:责任)?(?:总)?(?:公司)?")
_UNIT_OF_GROUP = re.compile(rf"子集团$|^\d{{1,3}}所$|^[{HAN_NUMERALS}]{{1,3}}[所院]$")  # 29所, 五院 (entities._numbered_unit)
_PARENT_HEAD = re.compile(r"(?:.+?(?:委|府|部|局|厅|集团|公司|院|党组|司|大学|银行)|.+?代表大会)")
_UNIT_OF_PARENT = re.compile(r"(?:办公厅|办公室|党组|党委|党支部|直属机关党委|常务委员会|"
                             r"领导小组办公室|工作领导小组|[^党]{2,10}(?:司|局|中心|领导小组办公室|领导小组|学院|研究院|研究所|"
                             r"实验室|分行|支行)|[^党]学院|[^党]{11,20}实验室)$")  # 北京大学工学院: a school named by one word;
# a key laboratory named by its field at length (南京大学|固体微结构物理国家重点实验室, 武汉大学|测绘遥感信息工程国家重点实验室)
_PARENT_OF_UNIT = re.compile(rf"^({_PARENT_HEAD.pattern}){_UNIT_OF_PARENT.pattern}")
_PARTY_COMMITTEE = re.compile(f"^({_PLACE_COMMITTEE})(?!员会).+")  # the committee a unit named on it belongs to


def _parent_of_unit(name: str) -> Optional[str]:
    """The body a unit's name opens with (湖南省人民政府|办公厅, 工业和信息化部|运行监测协调局): the shortest that
    ends where a word of the name ends, if one does (美国远东军司令部|情报局, not 美国远东军司|令部情报局: 司 of
    司令部 is no body's kind); else the shortest (工业和信息化|部党组: jieba's word runs across the two)."""
    m = _PARENT_OF_UNIT.match(name)
    if m is None:
        return None
    cuts = set(accumulate(map(len, words.cut(name))))
    if m.end(1) in cuts:
        return m.group(1)
    return next((name[:k] for k in sorted(cuts) if k > m.end(1) and _PARENT_HEAD.fullmatch(name, 0, k)
                 and _UNIT_OF_PARENT.match(name, k)), m.group(1))


def _region(frame: Frame, name: str, near: Mention) -> Mention:
    return Mention(type="Region", surface=name, name=name, start=near.start, end=near.end,
                   sentence=near.sentence, source="structure.name.v1")


def _org(frame: Frame, name: str, near: Mention) -> Mention:
    return Mention(type="Organization", surface=_written_as(near, name), name=name, start=near.start, end=near.end,
                   sentence=near.sentence, source="structure.name.v1")


def _written_as(near: Mention, name: str) -> str:
    """How the text writes ``name``, a body whose name opens ``near``'s: 科技部
    in 科技部基础研究司 (named 科学技术部基础研究司 by the lexicon); the name
    itself where the text does not show it. A surface is what is written."""
    if name.startswith(near.name):  # …研究中心 + 党委 of 党委书记
        return near.surface + name[len(near.name):]
    rest = near.name[len(name):]
    if near.name.startswith(name) and near.surface.endswith(rest) and len(near.surface) > len(rest):
        return near.surface[:len(near.surface) - len(rest)]
    return name


def _surface_head(surface: str, head) -> str:
    for k in range(len(surface) - 1, 1, -1):
        if head in LEX.entries.get(surface[:k], ()):
            return surface[:k]
    return head.name


_ISSUING = re.compile(rf"{ISSUING}[〈《]?$")
_TITLE_VERBS = set(P["relation"]["targets"]) | set(P["relation"]["issues"]) | set(P["relation"]["title_verbs"])


_GOVERNING_HEAD = re.compile(f"(?:{_alt(P['relation']['governing_heads'])})$")


def _names_a_document(rest: str) -> bool:
    """What follows an issuer inside a title reads as a title (关于…, a
    noun), not a sentence about it (部党组落实…清单)."""
    rest = rest.lstrip("《")
    if rest.startswith("关于"):
        return True
    toks = words.cut(rest[:6])
    return bool(toks) and not words.is_function_word(toks[0]) and toks[0] not in _TITLE_VERBS \
        and not words.tag(toks[0]).startswith("v")


@functools.lru_cache(maxsize=1 << 14)  # read again wherever the body is named
def _listed_heads(written: str, name: str) -> tuple:
    """Listed bodies whose name opens ``written``, longest first; not by a short name that
    opens other names (~中国电子 of 中国电子科技集团, which is no unit of it)."""
    return tuple(e for k in range(len(written) - 1, 1, -1) for e in LEX.entries.get(written[:k], ())
                 if e.type == "Organization" and e.name != name and not e.apart and written[:k] not in _STYLE_PREFIXES)


# a group's name, its legal form written or not (中国铁路工程集团有限公司, 大唐电信科技产业集团)
_LISTED_GROUP = re.compile(rf"{_GROUP_WORD}[)）]?(?:(?:股份|控股)?(?:有限)?(?:责任)?公司)?$")


def _implied_by_names(frame: Frame) -> Iterator[Relation]:
    """Relations a name implies by itself: a policy titled after its issuer
    (中共中央关于…的建议), a body written right before a policy
    (中央和国家机关工委《关于…》), an office of a body (湖南省人民政府办公厅 ->
    湖南省人民政府; 中共安康市委网信办 -> 中共安康市委), a member unit of the
    group a document is about (网络通信子集团, 29所 -> 中国电科)."""
    orgs = frame.of("Organization", top=False)
    if not orgs:
        return  # a body is at one end of each
    text = frame.text
    policies = frame.of("Policy", top=False)
    for p in frame.of("Policy"):
        opens = p.start + (text[p.start:p.start + 1] == "《")
        inside = max((o for o in orgs if o.start == opens and o.end < p.end), key=lambda o: o.end, default=None)
        bodies = _joint_title_bodies(text, orgs, inside, p) if inside is not None else []
        if bodies and _names_a_document(text[bodies[-1].end:p.end]) \
                and not (_GOVERNING_HEAD.search(p.name) and "关于" not in text[inside.end:p.end]):
            for body in bodies:
                yield _rel(frame, body, "issues", p, "structure.name.v1", frame.confidences.issues_title)
                for q in policies:  # …关于印发《X》的通知: the notice's issuer issues X
                    if p.start < q.start and q.end <= p.end and _ISSUING.search(text, inside.end, q.start):
                        yield _rel(frame, body, "issues", q, "structure.name.v1", frame.confidences.issues_title)
        before = max((o for o in orgs if o.end == p.start), key=lambda o: o.end - o.start, default=None)
        if before is not None:
            listed = _listed_up_to(text, orgs, before)
            if len(listed) > 1 and p.name.endswith(_AGREEMENT_ENDS):
                continue  # 天津市政府与信息产业部《…合作协议》, 中国移动与华为《…合作协议》: the parties of an agreement, no issuer
            for body in listed:
                yield _rel(frame, body, "issues", p, "structure.name.v1", frame.confidences.issues_title)
    group = frame.scopes.get("集团")
    known = {o.name for o in orgs}
    for o in orgs:
        committee = _PARTY_COMMITTEE.match(o.name)
        head = committee.group(1) if committee else (
            _parent_of_unit(o.name) if o.source != GAZETTEER and not o.name.endswith(_COMPANY_WORD) else None)
        if head and head != o.name and not (o.parent and o.parent in known and o.parent != head):
            parent = _org(frame, head, o)
            yield _rel(frame, o, "subOrganizationOf", parent, "structure.name.v1", frame.confidences.sub_organization_unit)
            seat = seat_of(parent.name)
            if seat and parent.name.startswith(seat) and o.surface.startswith(seat):
                # 河南省人民政府办公厅: the government it names is 河南省's too
                yield _rel(frame, parent, "locatedIn", _region(frame, seat, o), "structure.name.v1", frame.confidences.located_in_seat)
        if o.source == GAZETTEER and not _LISTED_GROUP.search(o.name):
            # (a listed group is no unit of the group whose short name opens it: 中国石油|化工集团 -> 中国石油,
            # 中国铁路|工程集团 -> 中国铁路 = 国铁集团, 京东|方科技集团 -> 京东; each is a group of its own)
            # 国务院国资委: a listed body whose name starts with another's, as
            # written or, by that one's full name, in full (中央网信办 is
            # 中央网络安全和信息化委员会办公室; not 京东 in 京东方…, a short name).
            written = o.surface if _listed_heads(o.surface, o.name) else o.name
            # 中国银行保险监督管理委员会 opens with 中国银行: a state body is no company's unit
            # what follows the head is a name of its own (国资委), not a last character (京东 + 方);
            # a party office written by its state name (国家网信办: one body, two plates) names no party body
            listed = [e for e in _listed_heads(written, o.name) if (written is o.surface or written.startswith(e.name))
                      and (e.subtype != "Enterprise" or o.subtype == "Enterprise")
                      and len(written) - len(_surface_head(written, e)) >= 2
                      and not (written is not o.surface and o.surface.startswith(_STATE_PLATES) and e.name.startswith(_PARTY_CENTRE))]
            if listed:
                head = replace(_org(frame, listed[0].name, o), surface=_surface_head(written, listed[0]),
                               source=GAZETTEER)
                yield _rel(frame, o, "subOrganizationOf", head, "structure.name.v1", frame.confidences.sub_organization_head)
        if group and o.name != group and _UNIT_OF_GROUP.search(o.name):
            yield _rel(frame, o, "subOrganizationOf", _org(frame, group, o), "structure.name.v1", frame.confidences.sub_organization_head)
        if o.name.endswith(_BRANCHES) or o.source != GAZETTEER and o.name.endswith(_NAMED_AFTER_HEAD):
            # 中国移动江苏分公司 -> 中国移动; 中车株洲时代新材料科技股份有限公司 -> 中车; 北京大学人民医院 -> 北京大学:
            # a unit, company or hospital named after the body written at its start
            head = max((i for i in orgs if i.start == o.start and i.end < o.end), key=lambda i: i.end, default=None)
            if head is not None and not _LEGAL_FORM.fullmatch(text[head.end:o.end]) and not cuts_title(frame, o):
                yield _rel(frame, o, "subOrganizationOf", head, "structure.name.v1", frame.confidences.sub_organization_unit)


_JOINT_TITLE_SEP = ("、", " ", "\u3000", "")  # 中共中央 国务院关于…, 中共中央办公厅、国务院办公厅关于…


_AGREEMENT_ENDS = tuple(P['relation']['agreements'])  # what an agreement's name ends with (…合作协议, …协定, …备忘录)


def _listed_up_to(text: str, orgs: list[Mention], last: Mention) -> list[Mention]:
    """``last`` and the bodies listed right before it, each one joiner apart, the longest there (中共中央、国务院《质量
    强国建设纲要》, 国家发改委、国家能源局《关于加快推动新型储能发展的指导意见》, 省委、省政府《关于…》: the bodies
    written before a policy's name issue it jointly; stor audit, session 29), first to last."""
    run = [last]
    while (prev := max((o for o in orgs if o.end == run[0].start - 1 and text[o.end] in LIST_JOINERS),
                       key=lambda o: o.end - o.start, default=None)) is not None:
        run.insert(0, prev)
    return run


def _joint_title_bodies(text: str, orgs: list[Mention], first: Mention, p: Mention) -> list[Mention]:
    """The bodies a policy's title opens with, ``first`` and each written right after the
    one before, the longest there (中共中央 国务院关于…的意见; 国家发展改革委 国家数据局关于印发…的通知;
    工业和信息化部办公厅发展改革委办公厅科技部办公厅关于…): a title that several bodies sign is
    issued by each. The chain counts only where 关于 follows its last body, the title's own
    opening of its subject."""
    chain = [first]
    while True:
        end = chain[-1].end
        nxt = max((o for o in orgs if o.end < p.end and any(o.start == end + len(sep) and text.startswith(sep, end)
                                                              for sep in _JOINT_TITLE_SEP)), key=lambda o: o.end, default=None)
        if nxt is None:
            break
        chain.append(nxt)
    return chain if len(chain) == 1 or text[chain[-1].end:p.end].lstrip(" \u3000").startswith("关于") else chain[:1]


_BELONGS_TO = any_of(P['relation']['belongs_to'])
OWNS = re.compile(f"(?:{_alt(P['relation']['owns'])})的?")


# 管理 closing its phrase (由B管理，/。, 是B管理的事业单位), not opening a longer word of B's (华为管理创新, B管理团队运营)
_MANAGED_BY = re.compile(f"(?:{_alt(P['relation']['managed_by'])})(?=[的，,。；;、]|$)")
_MANAGED_LEAD = re.compile(f"[，,]?(?:{_alt(P['relation']['managed_by_leads'])})$")
_FUNDS = tuple(P['organization']['fund_suffixes'])


@extractor("subOrganizationOf.trigger.v1", needs=P['relation']['belongs_to'] + P['relation']['owns'] + P['relation']['managed_by'])
def belongs(frame: Frame) -> Iterator[Relation]:
    """A unit and its parent the text names together: A（隶属B）, A隶属于B;
    B旗下的A、C, B下属A; A，由B管理, A是B管理的事业单位."""
    text = frame.text
    if not _BELONGS_TO.search(text) and not OWNS.search(text) and not _MANAGED_BY.search(text):
        return
    orgs = frame.of("Organization")
    for t in _BELONGS_TO.finditer(text):
        unit = next((o for o in orgs if o.end == t.start() or o.end == t.start() - 1 and text[o.end] in "（("), None)
        parent = next((o for o in orgs if o.start == t.end() or o.start == t.end() + 1 and text[t.end()] == "于"), None)
        if unit is not None and parent is not None:
            yield _rel(frame, unit, "subOrganizationOf", parent, "subOrganizationOf.trigger.v1", frame.confidences.sub_organization_trigger)
    for parent in orgs:
        lead = _MANAGED_LEAD.search(text, max(0, parent.start - 2), parent.start)
        if lead is None or not _MANAGED_BY.match(text, parent.end):
            continue
        unit = next((o for o in orgs if o.end == lead.start()), None)
        if unit is not None and unit.name.endswith(_FUNDS):
            continue  # 国家中小企业发展基金由…投资集团有限公司管理: a fund its manager invests, no unit of it
        if unit is not None and unit.name != parent.name:  # 国家数据局，由|国家发改委|管理: the unit before, its manager between
            yield _rel(frame, unit, "subOrganizationOf", parent, "subOrganizationOf.trigger.v1", frame.confidences.sub_organization_trigger)
    for t in OWNS.finditer(text):
        parent = next((o for o in orgs if o.end == t.start()), None)
        referred = parent is None and _OWNER_REFERENCE.search(text, 0, t.start()) is not None
        if referred:
            parent = _referred_company(frame)  # 该集团旗下的A, 基于控股子公司A的…: the company the text is about
        group = frame.scopes.get("集团") if referred and parent is None else None
        if parent is None and group is None:
            continue
        for unit in _own_units(frame, _listed_from(frame, orgs, t.end())):  # 集团旗下的A、B和C
            owner = parent or _org(frame, group, unit)  # …or the group the article is about
            if owner.name != unit.name:
                yield _rel(frame, unit, "subOrganizationOf", owner, "subOrganizationOf.trigger.v1", frame.confidences.sub_organization_trigger)


def _own_units(frame: Frame, units: list[Mention]) -> list[Mention]:
    """The units of a list after 旗下的/下属的, less a partner joined last by 和/与 where the two then sign or
    cooperate (总台下属的中国国际电视总公司和中国移动签署合作框架协议: 中国移动 is the partner, no unit)."""
    if len(units) >= 2 and frame.text[units[-2].end:units[-1].start] in ("和", "与", "同") \
            and _COOP.search(frame.text, units[-1].end, clause_span(frame.text, units[-1].end)[1]):
        return units[:-1]
    return units


# The owner of a unit said as the company the text is about: 该集团, 本公司, 集团 or 公司 alone, or
# none at all before a word that says a subsidiary (基于控股子公司联通红筹公司的…)
_OWNER_REFERENCE = re.compile(r"(?:(?:该|本|其)?(?:集团|公司)|其|基于|通过|由|(?<!\w))$")


def _referred_company(frame: Frame) -> Optional[Mention]:
    """The company a sentence's reference to its owner stands for: the body the
    sentence opens with or the topic carried, where that is a company."""
    owner = subject(frame)
    return owner if owner is not None and owner.subtype == "Enterprise" else None


# A body, then the verb that founds a unit (组建了, 牵头成立, 设立的): the unit is the body's.
_FOUNDS = Guarded(f"(?:牵头|专门|已|还|先后|率先)?(?:{_alt(P['organization']['founding_verbs'])})(?:了|起|的)?",
                  P['organization']['founding_verbs'])
_FOUNDED_JOINTLY = re.compile(r"联合|共同|合作|携手|一起|一道|合资")


@extractor("subOrganizationOf.founded.v1", needs=_FOUNDS.needs)
def founded(frame: Frame) -> Iterator[Relation]:
    """A body that founds a unit (工信部组建了X工作组, A牵头成立的B
    联盟, 由A设立的B): the unit belongs to it. Not a unit several bodies
    found together (A与B联合成立C), nor one founded by a place."""
    text = frame.text
    for t in _FOUNDS.finditer(text):
        a, _ = clause_span(text, t.start())
        head = text[a:t.start()]
        founder = next((o for o in actors(frame, "Organization") if o.end == t.start() or o.end == t.start() - 1
                        and text[o.end] == "所"), None)  # 由A所设立的B
        if founder is None or _FOUNDED_JOINTLY.search(head) or re.search(r"[、和与及同]", head[:founder.start - a]):
            continue  # A与B联合成立…, A、B成立…: founded together
        unit = next((o for o in frame.of("Organization") if o.start == t.end()), None)
        if unit is not None and unit.name != founder.name:
            yield _rel(frame, unit, "subOrganizationOf", acting_body(frame, founder), "subOrganizationOf.founded.v1", frame.confidences.sub_organization_founded)


# -- cooperation -------------------------------------------------------------------

# 签约率, 签约服务: a rate or a service named by the word, not two parties signing; 签署/签订 an agreement
# with no cooperation word (A与B签署框架协议, A与B签订自由贸易协定) is their signing of a contract, as 签约 is
_COOP = re.compile(f"{any_of(P['relation']['cooperates']).pattern}(?!(?<=签约)(?:{_alt(P['relation']['signing_nouns'])}))"
                   f"(?!(?<=一道)(?:{_alt(P['relation']['alongside_after'])}))"
                   rf"|(?:{_alt(P['relation']['signs'])})了?[^，,。；;]{{0,24}}?(?:{_alt(P['relation']['agreements'])})")


_PARTNER_VERB = any_of(P['relation']['partner_verbs'])
_TOGETHER = any_of(P['relation']['together'])
_LIST_GAP = re.compile(r"[、和及与]|以及")
# What may follow a place listed last as a partner: a list's end, the joint act
# (not 刑事警察局 after 台湾 in 联手台湾刑事警察局).
_ACTS_AFTER = re.compile(r"[、和及与等，,。；;]|以及|在|于|共同|一起|一道|开展|签署|签订|发布|印发|举办|召开|合作|联合|成功|完成|实现|推出|建设|打造|研发|开发|对|就|向|为|从|将|今天|近日|日前|\d|$")
# The joint act in the clause after the partners (常州移动联合中兴通讯，在…完成了…).
_ACT_NEXT_CLAUSE = re.compile(r"[，,]\s*(?:在|于|共同|一起|一道|成功|完成|实现|开展|推出|打造|建设|研发|开发|发布)")
_ADVERBS = re.compile(r"(?:宣布|将|也|还|又|正式|再次|首次|已|已经|决定|积极)*")


def _listed_from(frame: Frame, parties: Sequence[Mention], pos: int) -> list[Mention]:
    """The bodies listed from ``pos`` on: 沃达丰、高通和爱立信."""
    out = []
    for p in parties:
        if p.start == pos:
            out.append(p)
            gap = _LIST_GAP.match(frame.text, p.end)
            pos = gap.end() if gap else -1
    return out


def _every_pair(group: Sequence[Mention]) -> Iterator[tuple[Mention, Mention]]:
    """Each pair of bodies a group that works together holds, in the order listed."""
    return ((x, y) for i, x in enumerate(group) for y in group[i + 1:])


def _partners(frame: Frame, parties: list[Mention]) -> Iterator[Relation]:
    """A携手/联合/牵手 B(、C): the subject works with each partner; with
    共同 after the list (联合B、C共同实现…) every pair works together."""
    text = frame.text
    for v in _PARTNER_VERB.finditer(text):
        partners = _listed_from(frame, parties, v.end())
        if not partners or any(p.start < v.end() <= p.end or p.start <= v.start() < p.end for p in frame.top) \
                or partners[-1].type == "Region" and not _ACTS_AFTER.match(text, partners[-1].end) \
                or not HAN_CHAR.search(text, partners[-1].end, clause_span(text, partners[-1].end)[1]) \
                and not _ACT_NEXT_CLAUSE.match(text, partners[-1].end):
            continue  # 联合 inside a name (联合国), no joint act after the partners, or a place opening a longer name
        a = clause_span(text, v.start())[0]
        own = [p for p in parties if a <= p.start and p.end <= v.start()]
        subj = own[-1] if own and _ADVERBS.fullmatch(text, own[-1].end, v.start()) else None
        if subj is None:
            continue  # 常州移动联合…: the place inside an unrecognised name does not act
        group = [subj] + [p for p in partners if p.name != subj.name]
        end = clause_span(text, partners[-1].end)[1]
        pairs = list(_every_pair(group)) if _TOGETHER.search(
            text, partners[-1].end, end) else [(subj, y) for y in group[1:]]
        for x, y in pairs:
            yield _rel(frame, x, "cooperatesWith", y, "cooperatesWith.trigger.v1", frame.confidences.cooperates_trigger)


_AGREEMENT = re.compile(r"合作|协议|备忘录")
_SCOPE_WORDS = ("全国",)  # 与全国高校合作: nationwide, no partner
# A list after these is no subject: 来自A和B的嘉宾 (where they are from); 袁家军代表市委、市政府欢迎… (whom a person speaks for)
_GOVERNED = re.compile(r"按照|根据|依据|在|对|把|向|为|来自|代表")
_AND = re.compile(r"[、和及]|以及")  # not 与: A与B、C签署 is A with each of them


# Between a list and the 与 of its partner: what kind its items are and 分别 or 各自, each on its own
# (华为、小米、浪潮等智能科技龙头企业分别与广西签订…, 北京、天津两地政府分别与河北签定…), or 共同, all of them
# (中国移动、中国电信、中国联通共同与华为签署…: each works with the partner too; review26 rrels)
_ALL_TOGETHER = ("共同", "一起", "一道", "携手")
_EACH_BEFORE_WITH = re.compile(rf"[^，,。；;、与同和]{{0,12}}?(?:{_alt(P['relation']['separately'] + list(_ALL_TOGETHER))})")


def _each_listed_before(frame: Frame, parties: list[Mention], pos: int) -> list[Mention]:
    """The parties of a list that ends before the 与 at ``pos`` with 分别 or 共同 (each with
    the partners after 与), two or more, not governed by a word before it in its clause
    (来自北京、上海的企业分别与…: where those who sign come from); else none."""
    text = frame.text
    group = [p for p in parties if p.end <= pos and _EACH_BEFORE_WITH.fullmatch(text, p.end, pos)][-1:]
    while group:
        prev = next((p for p in parties if p.end <= group[0].start and _AND.fullmatch(text, p.end, group[0].start)), None)
        if prev is None:
            break
        group.insert(0, prev)
    if len(group) < 2 or _GOVERNED.search(text, clause_span(text, group[0].start)[0], group[0].start):
        return []
    return group


_GROUP_AFTER = re.compile("(?:地区)?国家")  # 拉美和加勒比国家, …地区国家: the countries of both; not 京津冀和长三角地区, two areas


def _one_group(text: str, prev: Mention, p: Mention) -> bool:
    """Two regions larger than a country joined by 和/及 before 国家/地区 name one group (拉美和加勒比国家,
    拉美和加勒比地区国家之间加强合作: the countries of the area), not two parties working with each other;
    each is still a partner of a party outside it (中国与拉美和加勒比国家, 中国与欧洲和非洲国家: both).
    A country before 和 is a party of its own (中国和中亚国家)."""
    return (p.type == prev.type == "Region" and "Country" not in (p.subtype, prev.subtype)
            and text[prev.end:p.start] in WORD_JOINERS
            and bool(_GROUP_AFTER.match(text, p.end)))


_IN_ORDER = "分别"  # A、B分别与C、D: A with C, B with D (各自 pairs none in order)
_LIST_OPEN = "等"  # 华为、中兴等企业: a list that goes on, whose length says nothing of whom each item pairs with


def _each_with_partner(text: str, each: list[Mention], partners: list[Mention]) -> Iterable[tuple[Mention, Mention]]:
    """Who works with whom when a list acts each on its own with the partners after 与: item by item
    where 分别 stands and both lists are as long and closed (中国电信、中国联通分别与华为、中兴签署: 电信
    with 华为, 联通 with 中兴); else each item with every partner (A、B分别与C签署; 北京、上海分别与
    华为、中兴等企业签署: the two named of more)."""
    if len(each) == len(partners) and _IN_ORDER in text[each[-1].end:partners[0].start] \
            and not any(text.startswith(_LIST_OPEN, group[-1].end) for group in (each, partners)):
        return zip(each, partners)
    return ((s, p) for s in each for p in partners)


def _signatories(frame: Frame, parties: list[Mention]) -> Iterator[Relation]:
    """A、B(和C)签署战略合作协议 where no named agreement follows (the signs
    extractor reads those): every pair of signatories works together."""
    text = frame.text
    for t in _SIGNS.finditer(text):
        end = clause_span(text, t.end())[1]
        if not _AGREEMENT.search(text, t.end(), end) or _policies_after(frame, t.end()):
            continue
        last = [p for p in parties if p.end <= t.start() and _BEFORE_VERB.fullmatch(text, p.end, t.start())
                and text[p.start - 1:p.start] not in ("在", "于")]  # 在北京签订: the place signs nothing
        group = last[:1]
        while group:
            prev = next((p for p in parties if p.end <= group[0].start and _AND.fullmatch(text, p.end, group[0].start)), None)
            if prev is None:
                break
            group.insert(0, prev)
        if group and text[group[0].start - 1:group[0].start] in ("与", "同", "跟"):
            continue  # A与B、C签署: each signs with A, which the 与 rule reads
        for x, y in _every_pair(group):
            yield _rel(frame, x, "cooperatesWith", y, "cooperatesWith.trigger.v1", frame.confidences.cooperates_trigger)


_REFUSED = tuple(P['relation']['cooperation_refused'])
_ENDED_GAP = 4  # between the word that ends and what it ends (终止了双方的合作: 4)
_ENDED = re.compile(f"的?(?:一切)?(?:{_alt(P['relation']['cooperation_ended'])})[^，,。；;]{{0,{_ENDED_GAP}}}?"
                    f"(?:{_alt(P['relation']['cooperation_ended_what'])})")
_SURROUNDINGS = any_of(P['relation']['surroundings'])  # 与上海多个周边城市: the places around it are the parties


def _opens_a_name(frame: Frame, m: Mention) -> bool:
    """A country written in full that opens a longer name the recognisers missed: jieba cuts a name of its own
    right after it, no common word (与德国|奥迪签署, 同坦桑尼亚|革命党加强; not 参与阿富汗|和平重建), so the party
    is that body, not the country (but 同南非|密切协作, 与日本|就…, 同巴西|分享…: the country itself)."""
    if m.subtype != "Country" or m.surface != m.name:
        return False  # 我国, 泰方, 中|美双边合作: no name follows a country written so
    after = words.cut(frame.text[m.start:m.end + words.CONTEXT_AROUND])
    ends = list(accumulate(map(len, after)))
    if m.end - m.start not in ends[:-1]:
        return False
    name = after[ends.index(m.end - m.start) + 1]
    return words.tag(name) in PROPER_TAGS and words.frequency(name) < frame.settings.thresholds.name_after_country_freq


@extractor("cooperatesWith.trigger.v1", needs=P['relation']['cooperates'] + P['relation']['signs'])
def cooperates(frame: Frame) -> Iterator[Relation]:
    """与/同 X(、Y)… 合作/共同/对接/研讨 (中方愿同法方深化…合作), and a list
    of bodies or regions that 开展合作 together."""
    text = frame.text
    if not _COOP.search(text):
        return
    parties = [p for p in actors(frame, "Organization", "Region") if p.surface not in _SCOPE_WORDS
               and not _opens_a_name(frame, p) and not _SURROUNDINGS.match(text, p.end)]
    for m in re.finditer(r"[与同]", text):
        partners = []
        pos = m.end()
        for p in parties:
            if p.start == pos:
                p = _placed_partner(p, parties)
                partners.append(p)
                joint = _AND.match(text, p.end)  # 与华为、中兴和爱立信: every body of the list
                pos = joint.end() if joint else -1
        clause_end = clause_span(text, m.end())[1]
        end = clause_end + 12
        if partners and text.endswith(_PARTNER_WISHES, 0, m.start()):
            end = max(end, _wished_series_end(text, parties, m.end()))  # 愿同X保持…，巩固…，深化…合作
        # the word of working together after the partners, not inside their names (与横琴粤澳深度合作区的建设: no act)
        coops = list(_COOP.finditer(text, pos if pos > 0 else partners[-1].end, end)) if partners else []
        if not coops:
            continue
        # only a later clause's 为两国合作营造…环境: the countries' cooperation, no body's (全国人大 and 新西兰议会
        # exchange); a cooperation of their own besides (…，深化双方立法机构合作) pairs them
        countries_only = all(c.start() >= clause_end and _COUNTRIES_OWN.search(text, clause_span(text, c.start())[0], c.start())
                             for c in coops)
        if text.endswith(_REFUSED, 0, m.start()) or _ENDED.match(text, partners[-1].end):
            continue  # 拒绝与X合作, 与X中止合作: a cooperation refused or ended
        before = [p for p in parties if p.end <= m.start() and m.start() - p.end <= 1
                  and frame.text[p.start - 1:p.start] != "在"]  # 在北京同X…: the venue, no party
        each = [] if before else _each_listed_before(frame, parties, m.start())
        subj = before[-1] if before else each[-1] if each else explicit_subject(frame) or frame.author
        if subj is None or subj.type not in ("Organization", "Region"):
            continue
        if not before and not each and subj.sentence == frame.sentence.index and not _whole_name(frame, subj):
            continue  # 中国中央广播电视总台与…: the place opens a body's name the recognisers missed
        for s, p in _each_with_partner(text, each, partners) if each else ((subj, p) for p in partners):
            if p.name != s.name and not (countries_only and "Organization" in (s.type, p.type)):
                yield _rel(frame, s, "cooperatesWith", p, "cooperatesWith.trigger.v1", frame.confidences.cooperates_trigger)
    yield from _partners(frame, parties)
    yield from _signatories(frame, parties)
    yield from _listed_together(frame, parties)
    yield from _pair_cooperation(frame, parties)
    yield from _jointly_by(frame, parties)


_PARTNER_WISHES = tuple(P['relation']['partner_wishes'])
_ANOTHER_PARTNER = "与同"  # …，同Y…: a word that opens another party's acts
_SERIES_END = re.compile(rf"[。；;！？!?{_ANOTHER_PARTNER}]")
_COUNTRIES_OWN = re.compile(_alt(P['relation']['series_countries_own']))


def _wished_series_end(text: str, parties: Sequence[Mention], start: int) -> int:
    """Where the series of acts a wish with a partner opens ends (中方愿同泰方保持高层交往，巩固…，深化…合作；): the
    sentence's or item's end, or a 与/同 before another party (…，同Y…: Y's own acts)."""
    starts = {p.start for p in parties}
    return next((m.start() for m in _SERIES_END.finditer(text, start) if m.group() not in _ANOTHER_PARTNER or m.end() in starts),
                len(text))


def _placed_partner(p: Mention, parties: list[Mention]) -> Mention:
    """A partner written after the places it is in (与苏州市|姑苏区行政审批局签署合作备忘录, 与上海市|宝山区…
    签订协议): the body or place the chain ends in, not the city or province ahead of it, which only
    says where it is; a country right before a body (同中国|全国人大, 与美国|高通公司: the body named after
    the country that says whose it is) is that body."""
    while p.type == "Region":
        after = max((q for q in parties if q.start == p.end), key=lambda q: q.end, default=None)
        if after is not None and after.type == "Organization" and p.subtype == "Country":
            return after
        seat = None if after is None else after.name if after.type == "Region" else seat_of(after.name)
        if seat is None or not any(e.type == "Region" and e.parent and p.name in LEX.region_chain(e.parent)
                                   for e in LEX.entries.get(seat, ())):  # 上海市|宝山区, not 双鸭山's
            break
        p = after
    return p


# a 合作社 is a kind of body, no act; 共建“一带一路” (国家) names the initiative, not a joint act of those listed;
# 共建共治共享 names a way of governing (打造共建共治共享的社会治理格局), not a joint act of the places before it;
# 联合 before what they do (联合发出倡议, 联合举办, 联合成立) is a joint act, not the 联合 of a noun (联合国, 联合会 but
# 联合会见, 联合体, and the joint papers 联合声明/联合公报, which the issues and signs extractors read; nor the machine
# 联合收割机, which 三夏 items count after the provinces that field it: 河南、山东等地联合收割机已全面投入麦收), of a title
# (《联合早报》) nor a name's last word before a list's mark (…、中通联合、万兴科技: no Chinese character after it);
# a list become a third's partners (中科院、东华大学…等科研院所都成了他们合作的对象; A、B成为消博会全球战略合作伙伴:
# _thirds_partners) works with that third, not with each other (but 中国和巴基斯坦是全天候战略合作伙伴, A和B成为
# 战略合作伙伴 and 合作伙伴关系 are the pair's own)
_JOINT_MANNER = "联合"
_TOGETHER_ACT = re.compile(r"合作(?!社|的?对象)|携手|协同|共同|共建(?![“\"]?一带一路|共治)"
                           rf"|(?<!《){_JOINT_MANNER}(?!国|会(?!见)|体|声明|公报|收割)(?=[{CJK}])")
# Between a 由-list and its joint act: how many there are or what kind (三方, 两地, 等单位), where (在渝), a manner
# (联合); anything else (由A、B批准设立的中外合作办学机构, 由A、B主办的合作论坛) makes the act no verb of theirs
_LIST_COUNTED = r"等?(?:[两二三四五六七八九十多几\d]+(?:方|地|国|省|市|家|所|个?部门))?(?:等?(?:单位|部门|机构))?"
_JOINT_ACT_AFTER = re.compile(rf"{_LIST_COUNTED}(?:在[^\s，,。、的]{{1,6}})?(?:联合|一起|一道)?(?:{_TOGETHER_ACT.pattern})")
# A list's clause that only counts it, dates it or says it announces (…等八部门今天宣布，; …四部门，) before a clause
# of what the list will do (将于…期间联合打击): the list's act stands in that next clause
# (the next clause may name the list again by its count or as both sides: 北京、天津、河北今天宣布，三地将联合推进…;
# 中国和巴西今天宣布，双方将共同推动…)
_ANNOUNCED_PLAN = re.compile(rf"{_LIST_COUNTED}{_BEFORE_VERB.pattern}(?:{_alt(P['relation']['announces'])})?[，,]\s*"
                             rf"(?:[两二三四五六七八九十\d]+(?:方|地|国|省|市|家|所|个?部门|部委)|{_alt(P['relation']['both_sides'])})?将")
# What may stand in that clause between 将 and the list's joint manner: when or where it acts and an adverb of
# going on (将于2016年12月至2017年4月期间联合打击; 将从8月至11月联合启动; 将在全国范围内共同开展); not a verb of
# the list's whose object acts together (将支持企业与高校合作; 将推动产学研协同创新; 将加强与欧盟的合作: others'
# cooperation, or the list's with a third)
_PLAN_FRAME = re.compile(r"(?:[于从自在][^，,。；;、与同和跟及]{1,24}?)?(?:进一步|继续|再次|首次|持续|全面)?")
_PLAN_MANNERS = (_JOINT_MANNER, "共同", "携手", "协同")
_SEPARATELY = any_of(P['relation']['separately'])


def _listed_together(frame: Frame, parties: list[Mention]) -> Iterator[Relation]:
    """A list of bodies or regions that opens the sentence or a later clause and
    acts together in it (A和B携手…; …，C和D也宣布携手共建; 江西、湖北、湖南三省今天联合发出…倡议): every pair
    works together, where the last place is a party of its own (_lead_ends_whole)."""
    text = frame.text
    for start in sorted({0} | {clause_span(text, p.start)[0] for p in parties}):
        # A later clause's list opens it and joins its items as equals (A与B、C: B and C each work with A)
        joints = ("、", "和", "与") if start == 0 else ("、", "和")
        written = _pair_said_as(text, _list_goes_on(frame, parties, start, joints,
                                                    [p for p in parties if start <= p.start < start + 12]))
        # an item written after the places it is in (华为技术有限公司与深圳市|南山区人民政府签署…) is the body or place
        # the chain ends in (_placed_partner), as for a partner after 与; the places ahead of it are no items
        ends = [_placed_partner(p, parties) for p in written]
        items = [i for i, p in enumerate(written) if not any(
            ends[j] is not written[j] and written[j].start < p.start and p.end <= ends[j].end for j in range(i))]
        written, lead = [written[i] for i in items], [ends[i] for i in items]
        # 拉美和加勒比国家: one group, whose two places are no pair of their own (each still works with the others)
        grouped = {(a.start, b.start) for a, b in zip(lead, lead[1:]) if _one_group(text, a, b)}
        if start and lead and written[0].start != start:
            continue
        act = _together_act(frame, lead[-1].end, _acts_to(text, lead)) if len(lead) >= 2 else None
        if act and _acts_as_planned(text, lead, act) \
                and all(text[a.end:b.start] in joints or _paired(a, b) for a, b in zip(lead, written[1:])) \
                and _lead_ends_whole(frame, lead, act) \
                and not _SEPARATELY.search(text, lead[-1].end, act.start()) \
                and not _ENDED.search(text, lead[-1].end, act.end()) \
                and not _GOVERNED.search(text, clause_span(text, lead[0].start)[0], lead[0].start):  # 按照党中央、国务院部署…
            for x, y in _every_pair(lead):
                if (x.start, y.start) not in grouped:
                    yield _rel(frame, x, "cooperatesWith", y, "cooperatesWith.trigger.v1", frame.confidences.cooperates_listed)


def _list_goes_on(frame: Frame, parties: list[Mention], start: int, joints: tuple[str, ...],
                  lead: list[Mention]) -> list[Mention]:
    """The parties opening the clause at ``start``, with the rest of their list where it runs on past the
    opening, joined by ``joints`` (工业和信息化部、公安部、国土资源部等八部门: _listed_from; not past 及, nor to a
    place that opens the next body's name, recognised or not: 重庆市经济和信息化委员会、重庆市|九龙坡区人民政府;
    …国家开发银行、中国|平安今天签订); a list after other words (该指导意见由A、B…) keeps only the opening's."""
    text = frame.text
    whole = _listed_from(frame, parties, start) if lead and lead[0].start == start else []
    if whole[:len(lead)] != lead:
        return lead
    n = len(lead)
    while n < len(whole) and text[whole[n - 1].end:whole[n].start] in joints \
            and not any(o.start == whole[n].end for o in frame.of("Organization", "Region")) \
            and (whole[n].type != "Region" or _NOT_NAME_GOES_ON.match(text, whole[n].end)
                 or _BEFORE_VERB.match(text, whole[n].end).end() > whole[n].end):
        n += 1
    return whole[:n]


def _lead_ends_whole(frame: Frame, lead: list[Mention], act: re.Match) -> bool:
    """The last place of a list is a party of its own (江西、湖北、湖南三省今天联合…; 四川、重庆信息通信业将…共同推进;
    中国和赞比亚在纽约联合国总部共同举办: a time or venue after it), not the opening of a body's name the recognisers
    missed (_opens_unnamed_body: 上海市卫健委、上海市|医疗急救中心联合…)."""
    last = lead[-1]
    return last.type != "Region" or _BEFORE_VERB.match(frame.text, last.end).end() > last.end \
        or not _opens_unnamed_body(frame, last, act.start())


# between 联合 and the verb that issues: to whom (五部门联合对外发布《…》), or the study before it (联合研究制定了《…》)
_BEFORE_ISSUING = re.compile(r"(?:对外|向社会|向全社会|研究)?")
_WITH = re.compile("[与同]")  # the preposition before a partner (与X联合)
# a 公文 named before the 由 of those who make it jointly (该指导意见由A、B联合提出): the document is issued, by each
_DOCUMENT_BEFORE = re.compile(rf"(?:{_alt(P['policy']['notice_heads'])})[》”]?(?:是|则)?$")


def _issues_named_at(frame: Frame, pos: int) -> bool:
    """A verb issuing a named document stands at ``pos``, right after a joint act's 联合 (八部门联合印发《…》):
    each body issues it (annotation.md: one issues relation each), which states no cooperation of its own;
    an unnamed one (联合印发通知, 联合发布公告) leaves the joint act as what the text says of them."""
    verb = _ISSUES.match(frame.text, _BEFORE_ISSUING.match(frame.text, pos).end())
    return verb is not None and bool(_policies_after(frame, verb.end()))


def _together_act(frame: Frame, start: int, end: int) -> re.Match | None:
    """The first word of acting together (_TOGETHER_ACT) between ``start`` and ``end``: not one inside a
    name (中国联合网络通信集团), nor in the title of a document the list issues (联合印发《关于组织开展“千校万企”
    协同创新伙伴行动的通知》; but 签署《关于合作共建…的框架协议》 is signed together), nor a 联合 after a partner the
    list acts with (…等地海关…与联防联控部门联合进行), after a named document the list issued before it (A、B印发的《…》要求各地联合执法: the 联合 is no manner of what the list
    did, and each issued the document on its own; but 发布联合公告, 启动联合执法行动 are joint), nor one that issues a
    named document (_issues_named_at)."""
    for act in _TOGETHER_ACT.finditer(frame.text, start, end):
        if _thirds_partners(frame, start, act):
            continue
        inside = next((m for m in frame.top if m.start <= act.start() < m.end), None)
        if inside is not None and (act.group() == _JOINT_MANNER or inside.type != "Policy"
                                   or _ISSUES.search(frame.text, start, inside.start)):
            continue
        if act.group() != _JOINT_MANNER:
            return act
        if not _WITH.search(frame.text, start, act.start()) \
                and not any(start <= p.start and p.end <= act.start() for p in frame.of("Policy")) \
                and not _issues_named_at(frame, act.end()):
            return act
    return None


_AS = "作为"


# A pair said to be each other's partners: a verb, then only kinds of partnership before 合作伙伴
_EACH_OTHERS_PARTNERS = re.compile(rf"[^，,。；;的]{{0,4}}?(?:{_alt(P['relation']['partners_verbs'])})(?:了|彼此|相互|互相)?"
                                   rf"(?:{_alt(P['relation']['partnership_kinds'])})*")


def _thirds_partners(frame: Frame, start: int, act: re.Match) -> bool:
    """The 合作 of 合作伙伴 (not 合作伙伴关系) where more than a verb and kinds of partnership stand between
    the list and it (A、B继续成为消博会全球战略合作伙伴; A、B是华为的合作伙伴): the list's partnership with a
    third, not a pair's own (中国和巴基斯坦是全天候战略合作伙伴; A和B结为战略合作伙伴)."""
    text = frame.text
    if act.group() != "合作" or not text.startswith("伙伴", act.end()) or text.startswith("伙伴关系", act.end()):
        return False
    return _EACH_OTHERS_PARTNERS.fullmatch(text, start, act.start()) is None \
        or any(start <= m.start and m.end <= act.start() for m in frame.top)


def _pair_said_as(text: str, lead: list[Mention]) -> list[Mention]:
    """A pair of countries said to be something (中法作为联合国安理会常任理事国，…) is the list: what
    the 作为 phrase names is no party of it."""
    if len(lead) > 2 and _pair_said_to_be(text, lead[0], lead[1]):
        return lead[:2]
    return lead


def _acts_as_planned(text: str, lead: list[Mention], act: re.Match) -> bool:
    """An act past the list's own clause after one that only announces (_ANNOUNCED_PLAN) is the list's joint
    manner of what it will do (将于…期间联合打击), not a word of others' cooperation the plan speaks of (_PLAN_FRAME)."""
    plan = _ANNOUNCED_PLAN.match(text, lead[-1].end)
    if plan is None or act.start() < clause_span(text, lead[-1].end)[1]:
        return True
    return act.group() in _PLAN_MANNERS and _PLAN_FRAME.fullmatch(text, plan.end(), act.start()) is not None


def _acts_to(text: str, lead: list[Mention]) -> int:
    """Where the act of a list opening a clause may stand: its clause, and the next one after a
    pair of countries said to be something (中德作为有影响力的大国，在变局中更应该携手合作) or after a
    clause that only announces what the list will do (_ANNOUNCED_PLAN: 八部门今天宣布，将…联合打击)."""
    end = clause_span(text, lead[-1].end)[1]
    if end < len(text) and (len(lead) == 2 and _pair_said_to_be(text, *lead) or _ANNOUNCED_PLAN.match(text, lead[-1].end)):
        return clause_span(text, end + 1)[1]
    return end


def _paired(a: Mention, b: Mention) -> bool:
    """Two countries written as a pair by their first characters (中|法)."""
    return a.end == b.start and a.source == b.source == COUNTRY_PAIR


def _pair_said_to_be(text: str, a: Mention, b: Mention) -> bool:
    """A pair of countries (_paired) that 作为 follows (中法作为常任理事国): said to be something."""
    return _paired(a, b) and text.startswith(_AS, b.end)


_PAIR_COOPERATION = re.compile(rf"(?:{_alt(P['region']['pair_cooperation_kinds'])})*(?:{_alt(P['region']['pair_cooperation_words'])})(?!社)")


def _pair_cooperation(frame: Frame, parties: list[Mention]) -> Iterator[Relation]:
    """A pair of countries right before 合作 (推进中法合作, 深化中俄务实合作) or a partnership
    (推动中越全面战略合作伙伴关系, 中法全面战略伙伴关系): the two work together."""
    for a, b in zip(parties, parties[1:]):
        if _paired(a, b) and _PAIR_COOPERATION.match(frame.text, b.end):
            yield _rel(frame, a, "cooperatesWith", b, "cooperatesWith.trigger.v1", frame.confidences.cooperates_listed)


def _jointly_by(frame: Frame, parties: list[Mention]) -> Iterator[Relation]:
    """The bodies a passive lists after 由 that act together, the act right after them (由A、B、C三方共建的…;
    由A、B和C共同发起成立): every pair works together. (Read only in a sentence holding a cooperates word:
    由A、B共同倡导成立 alone is not.)"""
    text = frame.text
    for m in re.finditer("由", text):
        group = _listed_from(frame, parties, m.end())
        if len(group) < 2:
            continue
        act = _JOINT_ACT_AFTER.match(text, group[-1].end)
        if not act or act.group().endswith(_JOINT_MANNER) and (_issues_named_at(frame, act.end())
                                                               or _DOCUMENT_BEFORE.search(text, clause_span(text, m.start())[0], m.start())):
            continue  # 由A、B联合印发的《…》, 该指导意见由A、B联合提出: each issues the document
        for x, y in _every_pair(group):
            yield _rel(frame, x, "cooperatesWith", y, "cooperatesWith.trigger.v1", frame.confidences.cooperates_listed)


# -- running them ------------------------------------------------------------------

def run(frame: Frame) -> Iterator[Relation]:
    """Every registered extractor that could find something in the frame's sentence."""
    for fn in EXTRACTORS.for_text(frame.text, frame.types):
        for r in fn(frame):
            # News outlets (a dateline's 新华社, 《旗帜》杂志社) take part in no relation (annotation.md).
            if r.subject.name != r.object.name and not is_outlet(r.subject) and not is_outlet(r.object):
                yield r
