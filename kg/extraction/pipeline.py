"""The pipeline: ingest → clean → sentences → entities → resolution →
relations and measures per document; the corpus is assembled from them
(``kg.engine.assembly``).

``extract_document`` is a pure function of one Document; ``facts_of``
turns what it found into ``DocFacts``, plain records the graph, the records
and the assembly read; ``build`` runs an engine over a corpus and collects
what each document contributes (``kg.engine.assembly.DocPiece``) in input order.
"""
from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, replace
from typing import AbstractSet, Iterable, Iterator, NamedTuple, Optional

from kg.extraction import entities, measures, relations
from kg.extraction.clean import clean
from kg.doc.model import Document, Extraction, Measure, Mention, Relation, Sentence
from kg.doc.settings import DEFAULT, Settings
from kg.extraction.resolution import Sighting, city_quoted, entity_key, mention_iri, resolve_document, sighting
from kg.extraction.sentences import split
from kg.lang.lexicon import BARE_LEGAL_FORMS


class Timer:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._t = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.seconds[stage] = self.seconds.get(stage, 0.0) + now - self._t
        self._t = now


@dataclass(slots=True)
class _Meetings:
    """The meetings an article (or a news item of a round-up) has told of so far."""
    last: Optional[Mention] = None  # the last meeting a sentence held or announced: 主持会议, 本次大会 speak of it
    held: Optional[Mention] = None  # the last meeting a sentence held, not one it announced (决定…召开E)
    unnamed_holder: Optional[Mention] = None  # the body that held a meeting named by a generic word alone (X召开会议)
    held_region: Optional[Mention] = None  # the region a meeting held of the whole province or city is of (全省X会议)
    speaking_holder: Optional[Mention] = None  # the body whose meeting has spoken (会议指出，…)


def _frames(sentences: list[Sentence], mentions: list[list[Mention]], ctx) -> Iterator[tuple[relations.Frame, list[Relation]]]:
    """One frame per sentence, with its relations.

    The frame carries the article's subject forward: the last body, region
    or policy a sentence opened with, or the policy a sentence issued
    (天津印发了《行动方案》… then the plan's goals). A sentence without a
    subject of its own speaks of it when the subject is a policy, or when the
    sentence points back (子集团将…, 下一步…). A person who speaks
    (习近平指出，要…) and a heading end the topic, and a policy's ends at a
    paragraph not in its voice (记者看到…, 今年以来，…). The meeting later
    sentences speak of (主持会议, 本次大会) is the last one a sentence held or
    announced; 主持会议 names the chair of the last one held, not of one
    announced (决定…召开E).

    Some texts say whose aims their sentences are without naming it: a
    local leader's speech the region it calls 我省/我市 (or 全市, where the
    leader's post is in that place's own government), a speaker who says
    what their body will do (下一步，将…) that body, a meeting that speaks
    (会议指出，要…) the body that held it, a speech the place its words open
    with (习近平指出，山东…。要…), 当地 the place named last before it, 双方
    the two sides of the cooperation its paragraph named last, and a
    law's articles (第X条) the law titling the text.
    """
    topic, leading, article, paragraph = None, False, -1, -1
    texts = [sent.text for sent in sentences]  # where a body a pointer stands for is named (relations.pointed_body)
    meetings = _Meetings()
    headline = -2  # the paragraph of the last heading
    # A speech: the region it speaks for (我省), the speaker's body, whether
    # the speaker has said what the body will do, and whether the speech is
    # still to come in the next paragraph (王建伟副司长指出 as a heading).
    voice, body, plans, speech, pending = None, None, False, False, False
    addressee = None  # the place the speech's words are addressed to (习近平指出，山东…。要…)
    head = None  # the body the speaker heads (中共无锡市委 of its 书记)
    aims = False  # the speech has laid out aims, not only looked back or cited others (杜小刚强调，要…)
    said: list[list[Mention]] = []  # the mentions of the paragraph's sentences so far: the places 当地 may stand for
    said_before: list[list[Mention]] = []  # the mentions of the paragraph before's sentences
    firm: tuple[int, int, Optional[Mention]] = (-1, -1, None)  # the article, paragraph and company last told of (firm_told)
    posts: dict[str, Mention] = {}  # each person's body, by the posts found so far
    headed: dict[str, Mention] = {}  # the body each person heads (书记, 市长), by the posts found so far
    holders: dict[str, Mention] = {}  # each meeting's holder, by the holds found so far
    law, articles = None, False  # the law titling the text; whether its articles (第X条) have begun
    plan = None  # the plan titling the text (a line that is only its name, or a notice issuing it): its aims follow
    named_plans: list[Mention] = []  # the policies the article has named so far: a bare 行动计划提出 stands for one
    issued_last = None  # the policy the article said was issued last: 相关内容包括：… lists its contents
    lister = None  # the subject that announced the points of a list (X着力推动…：一是…): each point is its
    regions: dict[str, Mention] = {}  # the places within a country the article has named so far: a local leader speaks for the one they head
    parties: tuple[Mention, ...] = ()  # the two sides of the cooperation the paragraph named last: 双方 stands for them
    scopes_of: dict[int, dict[str, str]] = {}
    places = frozenset(m.name for ms in mentions if any(m.type == "Region" for m in ms)  # outermost() only where it can find one
                       for m in relations.outermost(ms) if m.type == "Region")
    for i, (sent, ms) in enumerate(zip(sentences, mentions)):
        if sent.article != article:
            topic, article, meetings, said = None, sent.article, _Meetings(), []
            voice, body, plans, speech, pending, addressee, head, aims = None, None, False, False, False, None, None, False
            law, articles, plan, issued_last, lister = None, False, None, None, None
            regions, named_plans = {}, []
        new_paragraph = sent.paragraph != paragraph
        if new_paragraph:
            said_before = said  # the paragraph before: 该中心 may stand for a centre named there
            said, parties = [], ()  # 双方 stands for a pair named in its own paragraph
        paragraph = sent.paragraph
        item = new_paragraph and relations.starts_list_item(sent.text)
        if speech and (sent.heading or new_paragraph and not pending and not relations.continues_speech(sent.text)):
            voice, body, plans, speech, addressee, head, aims = None, None, False, False, None, None, False  # the speech is over
        pending = pending and not new_paragraph
        # a new news item (今天（2月11日），…), other than the one under the headline
        # that named the plan, leaves the plan behind
        next_item = new_paragraph and paragraph != headline + 1 and measures.opens_as_news(sent.text)
        # and so does the heading of such an item (…试点 then 记者今天（2月25日）从财政部了解到，…)
        after = sentences[i + 1] if i + 1 < len(sentences) else None
        next_item = next_item or sent.heading and after is not None and after.paragraph != paragraph \
            and measures.opens_as_news(after.text)
        # 一是…, 二是… inside the paragraph that named the subject: its points
        inline_item = not new_paragraph and relations.starts_list_item(sent.text)
        if new_paragraph and not item:
            lister = None
        if next_item:
            meetings = _Meetings()  # another news item: another meeting
        if lister is not None and (item or inline_item):
            # 一是…印发《通知》…。二是…: the next point is the list's subject's again, not
            # the policy an earlier point issued
            topic, leading = lister, True
        elif topic is not None and topic.type == "Policy" and item and relations.starts_list(sent.text) \
                and issued_last is not None and topic.name == issued_last.name:
            # X印发《方案》，…。 then 一是…, 二是… as paragraphs: the points of the plan the article
            # reports issued (not an essay's points on a plan it discusses: 《规划》指明，…。一是…作用)
            lister, leading = topic, True
        elif topic is not None and topic.type == "Policy" and (item or next_item):
            topic = None  # so does a new item of a speech's list
        carried = None
        # 当地 carries a place on, never the home country (近年来，当地大力发展旅游业 after a village's visit: no 中国's aim)
        if topic is not None:
            if topic.type == "Policy" or relations.points_back(sent.text) or inline_item \
                    or relations.company_points_back(topic, sent.text) \
                    or topic.type == "Region" and topic.name != measures.COUNTRY and relations.opens_with_locality(sent.text) \
                    or (leading and (not new_paragraph or item)):
                carried = topic
        if sent.article not in scopes_of:  # frames share their article's (read-only) scopes
            # a county's or district's only where its name ends with the word (区长 of 南山区): the 区 scope
            # holds any county-level place, and a 溧阳市 story's 区长, a 平潭综合实验区 story's, is no 溧阳市's, 平潭县's head
            scopes_of[sent.article] = {k: v for k in ("市", "州", "省", "区", "县", *entities.CONTEXT_BODY_WORDS, "集团") if (v := ctx.scope(k, sent.article))
                                       and (k not in relations.COUNTY_WORDS or v.endswith(k))}
        scopes = scopes_of[sent.article]
        frame = relations.Frame(sent, ms, topic=carried, event=meetings.last, held_event=meetings.held, scopes=scopes,
                                author=ctx.authors.get(sent.article), places=places, parties=parties, settings=ctx.settings)
        if topic is not None and topic.type == "Policy" and new_paragraph and law is None \
                and paragraph != headline + 1 and not relations.continues_plan(frame, topic):
            # a paragraph of news, not in the voice of the plan named before (记者看到…, 今年以来，…);
            # the one under a headline that named the plan tells of the plan (今天（7月21日），…出台文件)
            topic = frame.topic = None
        if sent.heading and law is None and topic is None:
            law = relations.law_titled(frame)  # the text is a law's: its articles follow
        if law is not None and new_paragraph and not sent.heading:
            articles = relations.opens_article(sent.text) or articles
        if articles and not (sent.heading and not relations.names_chapter(sent.text)):
            frame.law = law
        if sent.title_line and law is None:
            plan = relations.plan_titled(frame) or plan
        own = relations.explicit_subject(frame)
        speaks = relations.speaker_opens(frame)
        if speaks:
            frame.topic = None  # 习近平指出，要…: the person's words, not the topic's
            who = relations.speaker(frame)  # None for 他/她: the same speaker goes on
            new_speaker = who is not None or not speech
            if new_speaker:  # another speaker's words are not the region the last one spoke for
                body, plans, voice, aims = relations.speaker_body(frame, who, posts), False, None, False
                head = relations.headed_body(frame, who, headed)
            speech, pending = True, relations.says_only(frame)
            addressee = relations.addressed_place(frame) or (None if new_speaker else addressee)  # 李强表示: not 习近平's 山东
        if speech:
            # A local leader's speech says whose plans it lays out (我省, 我市):
            # that region is the subject of its sentences that name none; a
            # speaker who says what their body will do (下一步，将…) speaks for it; the
            # place their words open with (山东在…大有可为。要…) is whom they direct, before
            # the place the speaker heads (无锡市委书记: 江阴要…。要…).
            voice = relations.speaks_for(frame, body) or voice
            plans = plans or relations.states_plan(frame)
            leader = relations.leader_of(head, regions)
            aims = leader is not None and relations.states_aims(frame, aims)
            if own is None:
                frame.topic = voice or addressee or (leader if aims else None) \
                    or (body if plans or relations.company_speaks(frame, body) else None)
        held_by = (holders.get(meetings.held.name) or meetings.held_region) if meetings.held is not None else None
        convener = (held_by or meetings.unnamed_holder) if relations.meeting_says(frame) else None
        meetings.speaking_holder = convener or meetings.speaking_holder
        if convener is not None and own is None and (frame.topic is None or frame.topic.name != convener.name):
            # 会议指出，要…: the body that held the meeting, not a place an earlier sentence of its words named (我国经济…)
            frame.topic, frame.convened = convener, True
        if own is None and (local := relations.local_place(frame, said)
                            or relations.pointed_place(frame, said, regions.values())) is not None:
            frame.topic = local  # 在四川宜宾，当地全面布局…; …静宁县…。今年，当地持续推进…; …新河街道…。该街道…
        frame.local = relations.local_place(frame, said, described=True)  # whose figures (当地企业的…) are
        frame.named_places = tuple(regions.values())  # a zone's kind alone (新区) may point back to one of them
        frame.pointed = relations.pointed_body(frame, said_before + said, texts)
        opening = relations.firm_opening(frame)
        if opening is not None:  # …一家出口企业…。危机面前，企业把…: the company told of in the paragraph or the one before
            here = relations.firm_told(frame, opening.start())
            told_before = (here[0], here[1]) if here is not None and here[2] else \
                (0, firm[2]) if here is None and firm[0] == sent.article and firm[1] >= paragraph - 1 else None
            if told_before is not None and not relations.named_before_firm(frame, told_before[0], opening.start(), told_before[1]):
                frame.firm = (opening, told_before[1])  # (not after a place or body it names: 目前辽宁已有…，企业…)
        told = relations.firm_told(frame, len(sent.text))
        if told is not None and (opening is None or told[0] > opening.start()):
            firm = (sent.article, paragraph, told[1]) if told[2] else (-1, -1, None)
        elif frame.firm is not None:
            firm = (sent.article, paragraph, frame.firm[1])  # (the next clause so opening goes on with it)
        elif opening is not None:
            firm = (-1, -1, None)  # 企业 alone, of companies at large: no one company told of goes on
        if own is None and frame.pointed is not None:
            frame.topic = frame.pointed[1]  # …长春算力中心揭牌。该中心将…; 法院认为，该公司…: the body named before
        said.append(ms)
        # only the places named as such: 全市 resolves to the same name but is the text's scope, not a place
        for m in ms:  # in the order last named: a place named again moves to the end (雄安新区…浦东新区…雄安新区…。新区…)
            if m.type == "Region" and relations.is_local(m):
                regions.pop(m.name, None)
                regions[m.name] = m
        if plan is not None and frame.topic is None and own is None and not speaks and not sent.heading:
            frame.topic = plan  # under a plan's title, a sentence that names no subject states its aims
        if own is None and not speaks and (said_back := relations.plan_said_back(frame, named_plans)) is not None:
            frame.topic = said_back  # 行动计划提出，到2025年，…: the plan named before speaks
        elif own is None and not speaks and relations.plan_word_misfits(frame, frame.topic):
            frame.topic = None  # …启动“登峰行动”。规划提出，…: a plan of another kind speaks
        named_plans += frame.of("Policy")  # its outermost policies, as the frame found them (not cut again)
        found = list(relations.run(frame))
        if found:  # most sentences (nine in ten news sentences) state no relation: nothing to note of them
            cooperations = [r for r in found if r.predicate == "cooperatesWith"]
            if cooperations:  # one pair: 双方 stands for it; several: for none of them
                pairs = {frozenset((r.subject.name, r.object.name)) for r in cooperations}
                parties = (cooperations[0].subject, cooperations[0].object) if len(pairs) == 1 else ()
            # the posts a person is first titled with (市委副书记、市长X): a later one may be a former post (时任…省委书记)
            titled_first = {r.subject.name for r in found if r.predicate == "hasPosition"} - posts.keys()
            for r in found:
                if r.predicate == "hasPosition":
                    posts.setdefault(r.subject.name, r.object)
                    if r.subject.name in titled_first and relations.heads(r.role):
                        headed.setdefault(r.subject.name, r.object)
                elif r.predicate == "holds":
                    holders.setdefault(r.object.name, r.subject)
        issued = sorted([r.object for r in found if r.predicate == "issues" and r.extractor == "issues.trigger.v1"]
                        + relations.named_by_issuing(frame), key=lambda p: p.start)
        issued_last = issued[-1] if issued else issued_last
        if issued and not relations.cites(frame):  # a document cited as the source is no topic
            topic, leading = issued[-1], True
        elif own is None and (issued_last or plan) is not None and relations.announces_contents(sent.text):
            topic, leading = issued_last or plan, True  # 相关内容包括：: the paragraphs after it are the policy's
        elif frame.convened:
            topic, leading = frame.topic, True  # the meeting's words go on (…。要…)
        elif own is not None and meetings.speaking_holder is not None and not speaks and not sent.heading and relations.names_own_country(own):
            # the meeting's words of the country (我国经济具有…): the directives after them stay the holder's
            topic, leading = meetings.speaking_holder, True
        elif speaks or sent.heading and not item and own is None:
            # a person speaks now (习近平指出，中国将…，要…: their words carry no
            # topic), or a heading opens a new part
            topic, leading = None, False
        elif own is not None:
            same = topic is not None and own.name == topic.name
            topic, leading = own, relations.leads(frame, own) or (same and leading)
        count = relations.points_counted(sent.text)
        if relations.opens_list(sent.text, count):
            lister = relations.list_announcer(frame, count) if not speaks else None
        reported = relations.meeting(frame, found)
        if reported is not None:
            meetings.last = reported
            if not relations.to_come(frame, reported):
                meetings.held, meetings.held_region = reported, relations.whole_region_of(frame, reported)
        if own is not None and relations.holds_unnamed_meeting(frame, own):
            meetings.unnamed_holder = own
        if sent.heading:
            headline = sent.paragraph
        yield frame, found


def _region_mention(name: str, sent: Sentence) -> Mention:
    return Mention(type="Region", surface=name, name=name, start=0, end=len(sent.text), sentence=sent.index,
                   source="measure.context.v1")


def _article_default(ctx, sent: Sentence, introduced: Optional[set[str]] = None, venue: bool = False,
                     company: Optional[Mention] = None, national_plan: bool = False) -> Optional[Mention]:
    """Whose figures an article's sentences give when they name no one:
    the whole country's in national news (a ministry's data release), the
    region a local article is about (in a news report, one its opening
    paragraph names: ``introduced``; not one named only as a meeting's
    venue: ``venue``), the country's in an article about no region that
    reports a national body's plan or is its release (``national_plan``: 工业和信息化部印发
    《…行动计划》，…提出，到2021年底，千兆宽带用户突破1000万户; 工信部：…: its targets
    and figures are the country's, annotation.md), the body whose own report it is (it signs it), the
    company whose results it reports (``company``: 中国移动 named throughout,
    its 移动云…收入达到503亿元); otherwise no one's (annotation.md: a figure
    with no subject the text makes clear is left out)."""
    if sent.article in ctx.national:
        return _region_mention(measures.COUNTRY, sent)
    home = ctx.home(sent.article)
    # a province's story is set where its report opens only if the opening names the place it visits
    # (ctx.visited): one that opens on the province alone and visits villages, farms and parks (西藏：…塔玛村…)
    # gives no one's figures, as it would with the place it visits for its home
    if home and not venue and (introduced is None or ctx.visited.get(sent.article, home) in introduced):
        return _region_mention(home, sent)
    if national_plan and home is None:
        return _region_mention(measures.COUNTRY, sent)
    return ctx.authors.get(sent.article) or ctx.signers.get(sent.article) or company


def _inside_scope(scope: Mention, last: Optional[Mention]) -> bool:
    """The sentence before's last figure was of a place inside the region
    whose figures the sentence's would be by default (``scope``: the
    article's, the paragraph's opening): the paragraph goes on about that
    place (广州累计建成5G基站4.6万座…。人工智能方面，将推动50个…应用场景 in a 广东
    story), not back to the whole region; after a sentence with no figure
    (陕西还整合…。力争全年…) it may have gone back."""
    return last is not None and last.type == "Region" and scope.type == "Region" \
        and last.name != scope.name and scope.name in measures.LEX.region_chain(last.name)


def _back_to_whole(scope: Mention, last: Mention, before: relations.Frame, frame: relations.Frame) -> bool:
    """Whether a sentence that names no one after one giving figures of
    ``last``, a place inside ``scope``, speaks of the whole region again: the
    sentence before named the whole region ahead of the place, the place only
    a part of the region's story (甘肃省6条新建公路通车，包括平凉至天水等5条高速公路…。
    总里程达到559公里; not 广州累计建成…，居广东首位, the whole only what the place
    is measured against), or the sentence names other places of the region
    beside it, speaking across them (在北京…。房山完成…抢修。今天，50多条公交线路
    恢复运行，房山、门头沟、昌平地区…)."""
    regions = before.of("Region")
    whole = [m.start for m in regions if m.name == scope.name]
    place = [m.start for m in regions if m.name == last.name]
    if whole and (not place or min(whole) < min(place)):
        return True
    return any(m.name not in (scope.name, last.name) and scope.name in measures.LEX.region_chain(m.name)
               for m in frame.of("Region"))


def _companies(frames: list[relations.Frame], ctx) -> dict[int, Mention]:
    """Each article's company: the one it names more than once (ctx.scope 公司)
    and in its title, its first paragraph when that is a title line
    (创造历史!中国移动成为世界第一 over a results report), as the title names it."""
    found: dict[int, Mention] = {}
    titles: dict[int, int] = {}  # each article's first paragraph
    for frame in frames:
        sent = frame.sentence
        if titles.setdefault(sent.article, sent.paragraph) != sent.paragraph or not sent.title_line:
            continue
        name = ctx.scope("公司", sent.article)  # a company by a company's name, not a committee the recogniser typed so
        m = next((m for m in frame.of("Organization") if m.name == name), None) if name and name.endswith(BARE_LEGAL_FORMS) else None
        if m is not None:
            found.setdefault(sent.article, m)
    return found


def _venue_homes(frames: list[relations.Frame], ctx) -> set[int]:
    """Articles that name their home region (ctx.home), or places in it,
    only as where a meeting is held (国资委在浙江桐庐召开…专题会; a body's name
    such as 浙江省国资委 names no place it is about): a report of the meeting,
    not of the place, whose figures are not the place's."""
    venue, elsewhere = set(), set()
    article, home = -1, None
    for frame in frames:
        if frame.sentence.article != article:
            article = frame.sentence.article
            home = ctx.home(article)
        if home is None or article in elsewhere:
            continue  # an article about no one region, or one that names its home region for itself
        for m in frame.of("Region"):
            if measures.within(m.name, home):
                (venue if measures.is_venue(frame, m) else elsewhere).add(article)
    return venue - elsewhere


def _cities_quoted(frames: list[relations.Frame], ctx) -> dict[tuple[int, int], str]:
    """The paragraphs (article, paragraph) in which a county's article passes
    on its city's figures, and that city (resolution.city_quoted)."""
    paragraphs: dict[tuple[int, int], list[relations.Frame]] = {}
    for frame in frames:
        paragraphs.setdefault((frame.sentence.article, frame.sentence.paragraph), []).append(frame)
    found = {}
    for (article, paragraph), members in paragraphs.items():
        home = ctx.home(article)
        if home is None:
            continue
        named = any(m.name == home and not frame.text.endswith(measures.AMONG_THEM, 0, m.start) for frame in members for m in frame.of("Region"))
        city = city_quoted(ctx, article, "".join(frame.text for frame in members), named)
        if city is not None:
            found[(article, paragraph)] = city
    return found


def _report_openings(frames: list[relations.Frame]) -> dict[int, set[str]]:
    """For each article that opens as a news report does (a dateline, 央视网
    消息：, 今天…), the regions its first paragraph names: a report says
    there where it is set (北京市公安局 later in a story set elsewhere makes
    no 北京 report)."""
    named: dict[int, set[str]] = {}
    first: dict[int, int] = {}  # each article's first paragraph that is no heading
    for frame in frames:
        sent = frame.sentence
        if sent.heading:
            continue
        if sent.article not in first:
            first[sent.article] = sent.paragraph
            if not (frame.dateline or measures.opens_as_news(sent.text)):
                continue
            named[sent.article] = set()
        if sent.paragraph == first[sent.article] and sent.article in named:
            named[sent.article].update(m.name for m in frame.of("Region", top=False) if m.start >= frame.dateline)
    return named


def _figure_scopes(frames: list[relations.Frame], numerals: list[bool], ctx, roundups: AbstractSet[int],
                   national_plans: AbstractSet[int] = frozenset()) -> Iterator[Optional[Mention]]:
    """For each sentence, whose figures it gives when it names no one: a
    heading (a section's, a round-up item's) that opens with a place, body
    or the country opens that one's scope until the next heading, one that
    names a place or body otherwise leaves it unclear, one that names none
    goes on with the article's, until a paragraph opens as news does (a
    dateline); a paragraph that opens with a place opens it for the
    paragraph (a ministry's, in the country's scope, does not); otherwise
    the article's default. A round-up of news items (联播快讯) has none: there
    an item that so far cites its source and names no scene of its own goes
    on with the round-up's title (国内联播快讯: the country's). A sentence
    with no numeral (``numerals``: whether each holds one) gives no figure:
    it is not given the article's default."""
    introduced = _report_openings(frames)
    venues = _venue_homes(frames, ctx)
    quoted = _cities_quoted(frames, ctx)
    companies = _companies(frames, ctx)
    article, paragraph, item, unclear, opened, title, placed, sourced = -1, -1, None, False, None, None, False, False
    headed = -1  # the paragraph of the heading whose place or body the item is
    national_title = False
    for frame, numeral in zip(frames, numerals):
        sent = frame.sentence
        if sent.article != article:
            article, item, unclear, headed, title, placed, sourced = sent.article, None, False, -1, None, False, False
            if sent.heading:
                title = measures.heading_scope(frame)
            # a national body's release (工信部：…建设项目超3100个): its paragraphs that name no one give the
            # country's figures, as a national body's plan does
            # (not one that speaks of 全省/我省: a province's story under the ministry's headline)
            national_title = sent.title_line and measures.titles_national_release(frame) and sent.article not in ctx.provincial
        if sent.paragraph != paragraph:
            paragraph, opened = sent.paragraph, None
            if sent.heading and measures.is_byline(frame):
                if headed >= 0 and sent.paragraph == headed + 1:
                    headed = sent.paragraph  # a writer's line under the headline (科技日报记者 陈汝健): the lead under it is the headline's
            elif sent.heading:
                item = measures.heading_scope(frame)
                headed = sent.paragraph if item is not None else -1
                local = None if sent.article in ctx.national else ctx.home(sent.article)
                unclear = item is None and measures.names_someone(frame, local) and not measures.heads_national_release(frame)
                placed = sourced = False
            elif not sent.heading:
                opened = measures.opening_place(frame)
                if opened is None and measures.opens_with_national_report(frame):
                    opened = _region_mention(measures.COUNTRY, sent)  # 工信部…介绍，…: the country's, in a local article too
                # a dateline starts a new item, but not the one right under its headline;
                # a source cited goes on with a heading's place
                if measures.opens_as_news(sent.text) and not (
                        headed >= 0 and (sent.paragraph == headed + 1 or measures.cites_source(sent.text))):
                    item, unclear, headed, placed, sourced = None, False, -1, False, False
        elif not sent.heading and measures.cites_national_data(frame):
            # …浙江…分别为236.6部。此外，工信部数据显示，…。截至10月末，移动电话用户总数达18.3亿户: the country's
            opened = _region_mention(measures.COUNTRY, sent)
        roundup = sent.article in roundups
        if roundup:  # read in order, as a listener hears the item: what it has named so far
            placed = placed or measures.names_a_scene(frame)
            sourced = sourced or measures.names_its_source(frame)
        default = None if unclear or roundup or not numeral \
            else _article_default(ctx, sent, introduced.get(sent.article), sent.article in venues, companies.get(sent.article),
                               sent.article in national_plans or national_title)
        if default is not None and default.name == ctx.home(sent.article) and (sent.article, sent.paragraph) in quoted:
            default = _region_mention(quoted[(sent.article, sent.paragraph)], sent)  # a county's article quoting its city
        national = item or default
        if opened is not None and (national is None or national.name == measures.COUNTRY) and measures.is_national_body(opened):
            # 教育部今天发布…名单，…其中，…2919所: national figures are the country's (annotation.md), also in an
            # article whose figures are no one's by default (工业和信息化部总工程师赵志国…致辞。…工业互联网平台达270余家)
            opened = national or _region_mention(measures.COUNTRY, sent)
        titled = title if roundup and numeral and sourced and not (unclear or placed) else None
        yield opened or national or titled


def _period_plans(rels: list[Relation], sentences: list[Sentence], lead: int) -> dict[int, list[Mention]]:
    """Each article's issuers of a plan of goals for the years its title names
    (工业和信息化部印发《…行动计划（2021—2023年）》), issued in its first
    ``lead`` paragraphs of text (its title and date lines before them): an
    article that reports the plan, not one that names it in passing; not a
    body's rules or measures (国务院…通过《…条例》, whose counts are no one's goals)."""
    issues = [r for r in rels if r.predicate == "issues"]
    if not issues:
        return {}  # most documents issue nothing: no need to find their articles' openings
    opening: dict[int, set[int]] = {}  # each article's opening paragraphs
    texts: Counter = Counter()  # how many paragraphs of text each article has opened with so far
    for sent in sentences:
        paragraphs = opening.setdefault(sent.article, set())
        if sent.paragraph not in paragraphs and texts[sent.article] < lead:
            paragraphs.add(sent.paragraph)
            texts[sent.article] += not sent.heading
    found: dict[int, list[Mention]] = {}
    for r in issues:
        sent = sentences[r.subject.sentence]
        if sent.paragraph in opening[sent.article] and measures.names_its_period(r.object.name):
            found.setdefault(sent.article, []).append(r.subject)
    return found


def _under_plans(sentences: list[Sentence], plans: dict[int, list[Mention]], roundups: set[int]) -> set[int]:
    """The sentences that report a plan of goals (see _period_plans): from
    the last paragraph of the opening that issues it (not its title, over a
    date line) to the next heading (a round-up's next item: …联合印发《…实施
    方案（2025—2027年）》。\n海河流域地下水超采区面积减少近三成); none in a
    round-up of items that open as news do (each item its own)."""
    issued = {article: sentences[issuers[-1].sentence].paragraph for article, issuers in plans.items() if article not in roundups}
    under, ended = set(), set()
    for sent in sentences:
        start = issued.get(sent.article)
        if start is None or sent.paragraph < start or sent.article in ended:
            continue
        if sent.heading and sent.paragraph > start:
            ended.add(sent.article)
        else:
            under.add(sent.index)
    return under


def _reports_last_year(opened: Optional[int], ctx, settings: Settings) -> bool:
    """An article's lead opens with the year before the document's, told in a year's first months
    (Thresholds.review_months): what the article goes on to tell with no time of its own is of that year
    (商务部数据显示，2024年，…。…此外，知识密集型服务进出口28965.2亿元, in February 2025: 2024's)."""
    return opened is not None and ctx.year is not None and opened == ctx.year - 1 \
        and ctx.month is not None and ctx.month <= settings.thresholds.review_months


def _heads_place_item(frame: relations.Frame) -> bool:
    """A heading that opens with a place (广东; 【山东】…; 伊朗总统选举将于…): a
    round-up's item on it, which aims at its own years, not at those the item
    before it aimed at."""
    if measures.heading_level(frame) != 0:
        return False  # （一）苏州市: a numbered part of one document (a plan's), under the years its goals aim at
    place = measures.heading_scope(frame)
    return place is not None and place.type == "Region" and place.name != measures.COUNTRY


def _roundups(frames: list[relations.Frame], least: int) -> set[int]:
    """Articles made of news items (联播快讯, a daily digest): ``least``
    paragraphs or more, each under its headline or not, that open as news
    items do (今天…, 记者从…获悉); each item is about its own place or body."""
    items: Counter = Counter()
    paragraph = -1
    for frame in frames:
        sent = frame.sentence
        if sent.paragraph != paragraph:
            paragraph = sent.paragraph
            if not sent.heading and measures.opens_as_news(sent.text):
                items[sent.article] += 1
    return {article for article, n in items.items() if n >= least}


def _issued_by_its_body(rels: list[Relation]) -> list[Relation]:
    """The country issuing a policy that a body of the document issues (我国发布轻工业数字化转型实施方案 over
    工业和信息化部印发…, 中国发布《5G经济社会影响白皮书》 over 中国信息通信研究院发布了…): a headline's 我国/中国
    stands for that body, no issuer of its own; countries that issue a statement together (双方发表《中华人民共和国和
    X联合声明》) and a country no body shares a policy with keep theirs."""
    issued = [r for r in rels if r.predicate == "issues"]
    by_body = {entity_key(r.object) for r in issued if r.subject.type == "Organization"}
    # another country issuing it too is a joint act (中国和俄罗斯发表《…联合声明》, 外交部发布了…全文): 中国 stays
    by_partner = {entity_key(r.object) for r in issued
                  if r.subject.subtype == entities.COUNTRY_SUBTYPE and r.subject.name != measures.COUNTRY}
    return [r for r in rels if not (r.predicate == "issues" and r.subject.type == "Region" and r.subject.name == measures.COUNTRY
                                    and entity_key(r.object) in by_body - by_partner)]


_OWNER_TYPES = ("Region", "Organization")  # what a sentence names that may own its figures, not this edition of an event
_DIGIT = re.compile(r"\d")


def _owner_before_figures(frame: relations.Frame) -> bool:
    """The sentence names a place or body before its first digit (今年是我国5G商用三周年，…占全球60%以上)."""
    first = _DIGIT.search(frame.text)
    end = first.start() if first else len(frame.text)
    return any(m.start < end for m in frame.of(*_OWNER_TYPES))


def extract_document(doc: Document, settings: Settings = DEFAULT) -> Extraction:
    timer = Timer()
    paragraphs = clean(doc, settings)
    timer.lap("clean")
    sentences = split(doc.id, paragraphs, settings.limits.max_sentence_chars)
    timer.lap("sentences")
    mentions = [entities.recognise(s, settings) for s in sentences]
    timer.lap("entities")
    ctx, mentions = resolve_document(doc, sentences, mentions, settings)
    timer.lap("resolution")

    frames, rels = [], []
    for frame, found in _frames(sentences, mentions, ctx):
        frames.append(frame)
        rels.extend(found)
    rels = relations.titles_held_in_named_bodies(_issued_by_its_body(rels)) + relations.branches_of_named_operators(frames) \
        + relations.signed_notices(frames, rels)
    timer.lap("relations")
    found: list[Measure] = []
    target_year: dict[int, Optional[int]] = {}
    # The county or district the document is about, as it names it (the context
    # also counts short forms that resolution then drops: 新建 is a verb).
    named = {m.name for ms in mentions for m in ms if m.type == "Region"}
    last: tuple[int, Optional[Mention], int] = (-1, None, -1)  # the paragraph, subject and sentence of the last figure
    before: Optional[relations.Frame] = None  # the frame of that sentence
    stated: tuple[int, Optional[int]] = (-1, None)  # the paragraph and the year its last sentence to open with one named
    headed: tuple[int, Optional[int]] = (-1, None)  # the article and the year its last heading opened with (一、2019年工作回顾)
    reported: dict[int, int] = {}  # the year an article that is a statistical bulletin reports on, as its title names it
    # the year before the document's that an article's lead opens with, told in a year's first months (商务部数据显示，
    # 2024年，…, in February 2025): the year the article reports on; None where its lead opens with no such year
    led: dict[int, Optional[int]] = {}
    looked_back = -1  # the paragraph whose first sentence opened looking back over a period (过去五年，…)
    listed: tuple[int, Optional[int], bool] = (-1, None, False)  # a dashed list's last item, and its lead's year and looking back
    background = (-1, 0)  # the article and heading level of a plan's part on where things stand (一、规划背景)
    grouped = -1  # the paragraph whose last sentence with a numeral ended inside a counted group's figures
    edition: tuple[int, Optional[Mention], int] = (-1, None, -1)  # the paragraph, event and sentence of its last 本届X… opening
    numerals = [measures.may_give_figures(frame.sentence.text) for frame in frames]
    plans = _period_plans(rels, sentences, settings.thresholds.plan_lead_paragraphs)
    national_plans = {article for article, issuers in plans.items() if any(map(measures.is_national_body, issuers))}
    roundups = _roundups(frames, settings.thresholds.roundup_items)
    under_plan = _under_plans(sentences, plans, roundups)
    # past the last sentence with a numeral no figure is found: what the loop carries on, nothing reads
    read = max((i + 1 for i, numeral in enumerate(numerals) if numeral), default=0)
    for frame, numeral, scope in zip(frames[:read], numerals, _figure_scopes(frames, numerals, ctx, roundups, national_plans)):
        sent = frame.sentence
        opened = measures.opening_year(frame, ctx.year, ctx.month)
        reviewed = measures.reviews_last_year(frame, ctx.month)
        opens_paragraph = sent.index == 0 or sentences[sent.index - 1].paragraph != sent.paragraph
        if opens_paragraph and sent.index > 0 and measures.opens_dashed_item(frame):
            # ——经济保持恢复发展。…: an item of a list under the paragraph that leads it (过去一年，…), of its year and
            # looking back as it did; not of the year an item before it named (——…截至2016年5月，…)
            previous = sentences[sent.index - 1].paragraph
            if listed[0] != previous:  # the list's first item
                listed = (sent.paragraph, stated[1] if stated[0] == previous else None, looked_back == previous)
            listed = (sent.paragraph, listed[1], listed[2])
            stated = (sent.paragraph, listed[1]) if listed[1] is not None else stated
            looked_back = sent.paragraph if listed[2] else looked_back
        if sent.heading and (opened is not None or not measures.opens_subsection(frame)):
            # the part under it, to the next heading of its level, is of that year; not of one aimed at
            # (2030年通用航空产业将形成万亿级市场规模: what the text tells now is not of 2030), nor of a
            # story's past (2008年北京奥运场馆今昔, in 2023): the year of a report or a round-up's data
            recent = ctx.year is None or opened is None or 0 <= ctx.year - opened <= settings.thresholds.heading_year_lag
            headed = (sent.article, opened if recent else None)
        if sent.heading:  # 一、规划背景 until the next heading of its level or above: what was found, not aims
            level = measures.heading_level(frame)
            if measures.heads_background(frame):
                background = (sent.article, level)
            elif background[0] == sent.article and (level == 0 or level <= background[1]):
                background = (-1, 0)
        bulletin = measures.bulletin_year(frame) if sent.heading else None
        if bulletin is not None:  # 丹寨县2015年…统计公报, published in 2016: what it states with no year is of 2015
            reported[sent.article] = bulletin
        if sent.heading and measures.heading_level(frame) == 0:
            led.pop(sent.article, None)  # a headline with no mark (a round-up's item: 北京新增绿地): its own lead follows
        if not sent.heading and sent.article not in led:
            led[sent.article] = opened if _reports_last_year(opened, ctx, settings) else None
        stated_year = stated[1] if stated[0] == sent.paragraph else headed[1] if headed[0] == sent.article else None
        stated_year = stated_year if stated_year is not None else reported.get(sent.article)
        # the lead's year gone by, where nothing nearer dates the sentence and it names no time of its own
        led_year = led.get(sent.article) if stated_year is None else None
        if led_year is not None and measures.names_its_time(frame, ctx.month):  # asked only where a lead's year is
            led_year = None
        if measures.speaks_of_now(frame) and not reviewed:  # 目前, 如今: not of the year stated before, nor dating the next
            # nor, as the present goes on to the paragraph's end, of the year headed
            stated_year, stated, led_year = None, (sent.paragraph if measures.speaks_of_the_present(frame) else -1, None), None
        elif opened is not None:
            stated = (sent.paragraph, opened)
            stated_year = opened if reviewed else stated_year  # 过去一年，GDP增长8.1%: the sentence's own figures too
        elif measures.opens_looking_ahead(frame):  # 今后五年，…: aims, of no year a sentence before looked back on
            stated_year, stated, led_year = None, (-1, None), None
        if opens_paragraph and measures.opens_looking_back(frame):
            looked_back = sent.paragraph
        elif looked_back == sent.paragraph and measures.opens_looking_ahead(frame):  # 今后五年，…: aims again
            looked_back = -1
        if sent.heading and not numeral and _heads_place_item(frame):
            target_year.pop(sent.article, None)  # 湖北…到2030年…。\n上海\n…将再实施58项: a place's item aims at its own years
        opened_edition = measures.edition_opening(frame)
        if opened_edition is not None:
            edition = (sent.paragraph, opened_edition, sent.index)
        if not numeral:
            continue  # no figure, nor a target year
        aimed = measures.target_year(sent.text, ctx.year)
        if aimed is not None:
            target_year[sent.article] = aimed
        if last[0] == sent.paragraph and (scope is None or last[2] == sent.index - 1
                                          and (_inside_scope(scope, last[1]) and not _back_to_whole(scope, last[1], before, frame)
                                               or relations.opens_breakdown(frame))):
            # a paragraph's figures that name no one go on with whose its last figure was; so do the parts of a whole
            # the sentence before gave (…我国…产业总体产值达到5758亿元。其中，…产业核心产值达到1699亿元: 中国's, not the
            # article's 雄安新区; bds audit, session 28)
            scope = last[1]
        if edition[0] == sent.paragraph and edition[2] < sent.index and not _owner_before_figures(frame):
            # 本届数贸会可以用“五个翻番”来概括。…集聚各类参展企业1546家: the paragraph goes on about the edition it
            # opened a sentence with, whose figures those that name no one are (not the host city's, the article's scope);
            # not a sentence that names a place or body before its figures (今年是我国5G商用三周年，5G基站和用户数均占全球
            # 60%以上; not 中国 after them: 42家国际知名参展企业举办发布活动，…中国首展的…)
            scope = edition[1]
        county = ctx.scope("区", sent.article)
        figures = list(measures.extract(frame, ctx.year, target_year.get(sent.article), scope, county if county in named else None,
                                        stated_year, grouped == sent.paragraph, sent.index in under_plan,
                                        looked_back == sent.paragraph or background[0] == sent.article, ctx.month,
                                        led_year))
        if sent.heading or sent.index == 0 and len(sentences) > 1 and sentences[1].paragraph != sent.paragraph:
            # a headline (a heading, or a first line standing alone over a body) sums up what the body states, and dates
            figures = [replace(f, confidence=frame.confidences.measure_headline) for f in figures]
        grouped = sent.paragraph if measures.ends_in_group(frame) else -1
        if figures:
            last, before = (sent.paragraph, figures[-1].subject, sent.index), frame
        found.extend(figures)
    timer.lap("measures")
    return Extraction(document=doc, sentences=tuple(sentences), mentions=tuple(m for ms in mentions for m in ms),
                      relations=tuple(rels), measures=tuple(found), warnings=doc.warnings, seconds=timer.seconds)


class Fact(NamedTuple):
    """Where a relation or measure was said: its document and sentence (a
    tuple, as ``StatedRelation`` is: a corpus builds one per sentence that
    states something)."""
    doc: str
    sentence: int  # the sentence's index in its document
    start: int     # raw offsets of the sentence
    end: int
    text: str      # the raw text at [start:end]


class StatedRelation(NamedTuple):
    """A relation as the corpus reads it: each end by its entity's key
    (``entity_key``) and IRI, not by Mention objects, because a rebuild
    unpickles every cached document's relations (0.07 s against 0.26 s for
    46,000)."""
    subject: tuple[str, str]
    subject_iri: str
    predicate: str
    object: tuple[str, str]
    object_iri: str
    extractor: str
    confidence: float
    role: Optional[str]
    fact: Fact


def stated_relation(r: Relation, fact: Fact) -> StatedRelation:
    return StatedRelation(entity_key(r.subject), mention_iri(r.subject), r.predicate, entity_key(r.object), mention_iri(r.object),
                r.extractor, r.confidence, r.role, fact)


@dataclass
class DocFacts:
    """What one document contributes to the corpus, without its full text:
    what the graph, the records and the assembly read of it."""
    document: Document
    mentions: list[Sighting]
    relations: list[StatedRelation]
    measures: list[tuple[Measure, Fact]]
    report: dict
    seconds: dict


def _endpoint_mentions(ex: Extraction) -> Iterable[Mention]:
    """Mentions relations and measures bring with them (a body named by a
    title chain, a parent region) that recognisers did not list."""
    for r in ex.relations:
        yield r.subject
        yield r.object
    for m in ex.measures:
        yield m.subject


def facts_of(ex: Extraction) -> DocFacts:
    doc = ex.document
    sents = {s.index: s for s in ex.sentences}

    mentions, seen = [], set()
    for m in list(ex.mentions) + list(_endpoint_mentions(ex)):
        key = (m.type, m.name, m.sentence, m.start, m.end)
        if key in seen:
            continue
        seen.add(key)
        s = sents[m.sentence]
        mentions.append(sighting(m, doc.id, s.raw_span(m.start, m.end) if m.end > m.start else (s.start, s.end)))
    best: dict[tuple, Relation] = {}
    for r in ex.relations:  # one statement per sentence and extractor, at its best confidence
        key = (r.sentence, entity_key(r.subject), r.predicate, entity_key(r.object), r.extractor)
        if key[1] == key[3]:
            continue  # two names of one entity (中国船舶重工集团公司, …集团): no relation between them
        if key not in best or best[key].confidence < r.confidence:
            best[key] = r
    facts = {index: _fact(doc, sents[index])  # one per sentence, shared by its relations and measures
             for index in {r.sentence for r in best.values()} | {m.sentence for m in ex.measures}}
    relations = [stated_relation(r, facts[r.sentence]) for r in sorted(best.values(), key=lambda r: (r.sentence, r.subject.start,
                                                                                               r.predicate, r.object.name))]
    measures = [(m, facts[m.sentence]) for m in ex.measures]
    return DocFacts(replace(doc, text=""), mentions, relations, measures, _report(ex), dict(ex.seconds))


def _fact(doc: Document, s: Sentence) -> Fact:
    start, end = s.start, s.end  # each maps a clean offset to the raw text
    return Fact(doc.id, s.index, start, end, doc.text[start:end])


def _report(ex: Extraction) -> dict:
    return {
        "file": ex.document.source,
        "status": "ok",
        "document": ex.document.id,
        "title": ex.document.title,
        "encoding": ex.document.encoding,
        "sha256": ex.document.sha256,
        "published": ex.document.published,
        "sentences": len(ex.sentences),
        "entities": dict(sorted(Counter(m.type for m in ex.mentions).items())),
        "relations": dict(sorted(Counter(r.predicate for r in ex.relations).items())),
        "measures": len(ex.measures),
        "warnings": list(ex.warnings),
        "seconds": {k: round(v, 4) for k, v in ex.seconds.items()},
    }
