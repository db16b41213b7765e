"""Stage 2: clean a page into paragraphs, keeping a map back to the raw text.

Real pages hold noise inside the prose: a photo caption or a page-jump
marker cut into a sentence, a paragraph repeated after a page break,
subscription blurbs, several articles on one page. Cleaning
removes or moves that noise and joins what a page break split, but every
character it keeps remembers where it stood in the raw text (``Mapped``), so
offsets stay true to the file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

from kg.doc.model import Document, raw_offset
from kg.doc.settings import DEFAULT, Settings
from kg.extraction.page import DATE, DATE_LABEL, PAGE_DATE_LINE, PAGE_YEAR_LINE, SOURCE_LABEL
from kg.lang.registry import Guarded


@dataclass(frozen=True)
class Mapped:
    """Text with runs mapping it back to raw offsets.

    Each run ``(clean_start, raw_start)`` says that the clean text from
    ``clean_start`` on was copied from the raw text at ``raw_start``, until
    the next run starts (full-width letters, digits and signs folded to
    ASCII, one character for one, so offsets hold).
    """
    text: str
    runs: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, text: str, raw_start: int) -> "Mapped":
        return cls(text, ((0, raw_start),) if text else ())

    def raw(self, i: int) -> int:
        return raw_offset(self.runs, i)

    def __len__(self) -> int:
        return len(self.text)

    def __add__(self, other: "Mapped") -> "Mapped":
        if not other.text:
            return self
        if not self.text:
            return other
        n = len(self.text)
        runs = list(self.runs)
        for cs, rs in other.runs:
            if runs and rs - runs[-1][1] == n + cs - runs[-1][0]:
                continue  # contiguous with the previous run
            runs.append((n + cs, rs))
        return Mapped(self.text + other.text, tuple(runs))

    def slice(self, a: int, b: int) -> "Mapped":
        a, b = max(0, a), min(len(self.text), b)
        if a >= b:
            return EMPTY
        runs = [(0, self.raw(a))]
        for cs, rs in self.runs:
            if a < cs < b:
                runs.append((cs - a, rs))
        return Mapped(self.text[a:b], tuple(runs))

    def delete(self, pattern: re.Pattern | Guarded) -> "Mapped":
        out, last = EMPTY, 0
        for m in pattern.finditer(self.text):
            out = out + self.slice(last, m.start())
            last = m.end()
        return self if last == 0 else out + self.slice(last, len(self.text))

    def fold(self, table: dict[int, int]) -> "Mapped":
        """The text with characters replaced one for one (``str.translate``)."""
        return Mapped(self.text.translate(table), self.runs)

    def strip(self, chars: str | None = None) -> "Mapped":
        left = len(self.text) - len(self.text.lstrip(chars))
        right = len(self.text.rstrip(chars))
        if left == 0 and right == len(self.text):
            return self  # most lines: nothing to strip, no copy
        return self.slice(left, right)


EMPTY = Mapped("", ())


@dataclass(frozen=True)
class Paragraph:
    text: Mapped
    article: int
    heading: bool = False
    caption: bool = False


# -- resources, compiled once -------------------------------------------------

_HEADING_LEVEL = re.compile(r"\s*(#{0,6})")
_MARKUP = Guarded(r"^\s*#{1,6}\s*|\*\*|__", needs=("#", "**", "__"))
# Web copy sets figures and Latin words off from Chinese by a space (营业收入为 2,587 亿元, 5G 套餐) and groups
# digits by thousands: extractors read 营业收入为2587亿元 and 5G套餐, as the news write them. A short word set off
# on both sides stays so (研究员 李鹏 9月22日: a name after its title).
_SPACED = re.compile(r"(?<![ \xa0][\u4e00-\u9fff]{2})(?<![ \xa0][\u4e00-\u9fff]{3})(?<=[\u4e00-\u9fff])[ \xa0]+(?=[A-Za-z0-9])"
                     r"|(?<=[A-Za-z0-9%])[ \xa0]+(?=[\u4e00-\u9fff])|(?<=\d),(?=\d{3}(?!\d))")
_MAY_BE_SPACED = re.compile("[ \xa0,]")
# Some pages write figures and Latin words in full-width forms (建成５Ｇ基站１２．５万个, 增长６％): extractors read
# them as ASCII. The 。，：（） of Chinese prose stay as they are.
HALF_WIDTH = {c: c - 0xfee0 for c in [0xff05, 0xff0e, *range(0xff10, 0xff1a), *range(0xff21, 0xff3b), *range(0xff41, 0xff5b)]}
_FULL_WIDTH = re.compile("[" + "".join(map(chr, HALF_WIDTH)) + "]")
_CONTINUED = re.compile(r"[（(]\s*上接第?\s*[\d一二三四五六七八九十]+\s*版")
_PAGE_JUMP = re.compile(r"[（(]\s*[上下]?[接转转]第?\s*[\d一二三四五六七八九十]+\s*版\s*[)）]")
_CAPTION = re.compile(r"^(?:图为|图[:：]|图片[:：]|（图|\(图|摄影|图/)")
_AD = re.compile(r"扫码|二维码|微信号|公众号|官方店|微订阅|长按识别|点击关注|关注即可|免责声明|版权所有|责任编辑")
# The editor's line (责任编辑：李墨轩; （责任编辑：李跃群 王芳）; 编辑：X 责任编辑：Y) closes the article: the
# blurbs around it go, but it is a byline and its names Persons (annotation.md), so the line itself stays,
# as a line of the text: no headline of the article after it.
_EDITOR_NAMES = r"[\u4e00-\u9fff]{2,4}(?:[\s、，,]+[\u4e00-\u9fff]{2,4})*"
_EDITOR_LINE = re.compile(rf"[（(【\[]?(?:编辑[：:]\s*{_EDITOR_NAMES}\s*)?责任编辑[：:]\s*{_EDITOR_NAMES}(?:\s+[A-Z]+\d*)?[)）】\]]?$")
_TERMINAL = "。！？!?；;：:”’」』）)…】"
_CLOSING = "”’」』）)"
_CLAUSE = re.compile(r"[,，]")  # a comma in a short line: prose cut short, not a headline
_LINE_BREAK = re.compile(r"[\n\r]")
# An official document's number on its own line under its title (郑政〔2022〕29号, 工信厅信管函〔2022〕252号,
# 川府发(2021)15号, 国办函〔2021〕103 号): the title ends above it, and neither it nor the addressees below join the title.
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,16}[〔［\[（(]\d{4}[〕］\]）)]\d{1,5} ?号")
_LIST_MARK = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十]+)")
# A paragraph that opens with its day (11月18日，…): a report's lead, under a headline with a comma
# (12.42亿，…EPC招标启动, in a round-up of news items), which is no prose cut short
_DAY_LEAD = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日[，,]")
# …unless the line stops where a date goes on it (根据省委部署，| 3月5日，…; 经研究决定，定于| 2024年3月5日，…):
# a headline ends on a word, never on a comma or a preposition a date follows
_BEFORE_A_DATE = re.compile(r"[，,、；;：:于在至到从自是为的和与及]$")
_NEWS_LEAD = re.compile(r"本报讯|新华社.{0,8}电|[^，,。]{0,12}讯[ 　]")
_SOURCE_LINE = re.compile(r"[^，,。\s]{0,8}消息[（(]|本报讯|新华社")
# A page's byline under its headline, no line of a title set over several lines: a line that
# holds a full date (2021-04-16; 2024年09月04日来源:上海证券报; 来源：浙江省人民政府 发布时间：2021-09-30;
# 二〇二一年九月三十日, written out under a notice), or opens with a label (作者：张三 2021年9月; 【发布日期】).
_WRITTEN_DATE = r"[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
_BYLINE = re.compile(rf"{DATE.pattern}|{_WRITTEN_DATE}|^\W*(?:{DATE_LABEL}|{SOURCE_LABEL})\s*[:：】]")


def lines(text: Mapped) -> Iterator[Mapped]:
    start = 0
    for brk in _LINE_BREAK.finditer(text.text):
        yield text.slice(start, brk.start())
        start = brk.end()
    yield text.slice(start, len(text.text))


_NOT_KEY = re.compile(r"[\W_]+")  # spaces (\s is in \W), punctuation, underscores


def _key(text: str) -> str:
    return _NOT_KEY.sub("", text)


def _is_heading(text: str, markdown: bool, max_chars: int) -> bool:
    # A bracket closes a sentence only after its full stop (…建设。）): a plan's years (…行动计划（2023—2025年）) end a title
    return markdown or (len(text) <= max_chars and text.rstrip(_CLOSING)[-1:] not in _TERMINAL)


def _mark_ads(paragraphs: list[Mapped]) -> set[int]:
    """Indexes of blurb lines: a trigger line and the short lines around it."""
    ads = {i for i, p in enumerate(paragraphs) if _AD.search(p.text) and len(p.text) < 80}
    editors = {i for i in ads if _EDITOR_LINE.match(paragraphs[i].text)}
    grow = True
    while grow:
        grow = False
        for i in list(ads):
            for j in (i - 1, i + 1):
                if 0 <= j < len(paragraphs) and j not in ads:
                    t = paragraphs[j].text
                    if len(t) <= 12 and t[-1] not in "。！？":
                        ads.add(j)
                        grow = True
    return ads - editors


def clean(doc: Document, settings: Settings = DEFAULT) -> list[Paragraph]:
    """The paragraphs extractors read, in reading order, captions last."""
    text = Mapped.of(doc.text, 0)  # a web page's text is read from its markup on input (kg.extraction.page)
    raw_lines: list[tuple[Mapped, int]] = []  # (line, markdown heading level)
    for line in lines(text):
        level = len(_HEADING_LEVEL.match(line.text).group(1))
        line = line.delete(_MARKUP).strip(" \t\u3000\xa0\ufeff")
        if _FULL_WIDTH.search(line.text):
            line = line.fold(HALF_WIDTH)
        if _MAY_BE_SPACED.search(line.text):  # a scan for one character first: most lines have none
            line = line.delete(_SPACED)
        if line.text:
            raw_lines.append((line, level))

    ads = _mark_ads([l for l, _ in raw_lines])
    # Headings of the page's top level separate articles; lower ones are sections.
    top = min((lvl for _, lvl in raw_lines if lvl), default=0)
    body: list[Paragraph] = []
    captions: list[Paragraph] = []
    article, opened_at = 0, 0  # article number, index in body where it opened
    title_lines = None  # the lines above a saved page's date line: the whole title
    for i, (line, level) in enumerate(raw_lines):
        if i in ads:
            continue
        # a picture's caption, and a saved page's date line under its title (2022-04-09 10:01 | 来源：…, or the year
        # alone: 2022年; the title itself is none): read apart, after the body, so that neither joins the title nor
        # opens the article
        if _CAPTION.match(line.text) or 0 < i < settings.thresholds.date_lines and (
                PAGE_DATE_LINE.match(line.text) or PAGE_YEAR_LINE.match(line.text)):
            captions.append(Paragraph(line, article, heading=True, caption=True))
            if body and not _CAPTION.match(line.text) and title_lines is None:
                title_lines = len(body)
            continue
        heading = _is_heading(line.text, level > 0, settings.thresholds.heading_max_chars) \
            and not _EDITOR_LINE.match(line.text)
        if (level and level == top or _CONTINUED.match(line.text)) and body:
            article, opened_at = article + 1, len(body)
        elif _NEWS_LEAD.match(line.text) and body and body[-1].heading and opened_at < len(body) - 1:
            # "本报讯" opens an article whose headline is the line before it.
            article, opened_at = article + 1, len(body) - 1
            body[-1] = Paragraph(body[-1].text, article, heading=True)
        line = line.delete(_PAGE_JUMP).strip(" \t\u3000\xa0")
        if line.text:
            body.append(Paragraph(line, article, heading=heading))

    body = _join_title(body, title_lines)
    body = _drop_repeats(body)
    # the document's title is no broken line, unless a report's source line follows (央视网消息…：) and reads it as its headline
    keep_first = bool(doc.title) and len(body) > 1 and body[0].text.text == doc.title \
        and not _SOURCE_LINE.match(body[1].text.text)
    body = _join_broken(body, settings.thresholds.long_line_chars, keep_first=keep_first)
    return body + captions


def _drop_repeats(paragraphs: list[Paragraph], window: int = 8) -> list[Paragraph]:
    """Drop a paragraph repeated after a page break, whole or in part.

    An exact repeat anywhere goes; a paragraph contained in a longer one
    nearby (a pull quote, the second half of a split paragraph) goes too,
    unless it is the document's title (a lead repeats its headline) or the
    longer one cites it by name: a plan's title over its text, after the
    notice that issues 《the plan》, is no quote of it.
    """
    keys = [_key(p.text.text) for p in paragraphs]
    seen: set[str] = set()
    keep: list[Paragraph] = []
    for i, (p, k) in enumerate(zip(paragraphs, keys)):
        if len(k) >= 12:
            if k in seen:
                continue
            near = keys[max(0, i - window): i] + keys[i + 1: i + 1 + window]
            # k lies inside a longer key nearby where it occurs in them more often than they repeat it whole
            # (one search over them all: keys hold no "\n", so no occurrence spans two)
            if i > 0 and "\n".join(near).count(k) > near.count(k) and not _cited(p, paragraphs[max(0, i - window): i + 1 + window]):
                continue
            seen.add(k)
        keep.append(p)
    return keep


def _cited(p: Paragraph, nearby: list[Paragraph]) -> bool:
    name = f"《{p.text.text}》"
    return any(name in q.text.text for q in nearby)


def _join_title(paragraphs: list[Paragraph], most: Optional[int] = None) -> list[Paragraph]:
    """A speech's title set over several short lines becomes one heading; no
    more than the ``most`` lines above a saved page's date line, where the
    title ends (…发展前景非常好 | 2021-03-14 | 川报集团特派记者卢荡在提问。视频截图:
    the caption under the date is no part of it)."""
    n = 0
    while n < len(paragraphs) and (most is None or n < most) and paragraphs[n].heading and paragraphs[n].article == 0 \
            and not _BYLINE.search(paragraphs[n].text.text) and not DOC_NUMBER.fullmatch(paragraphs[n].text.text):
        n += 1
    if n < 2 or any(p.text.text[-1] in _TERMINAL for p in paragraphs[: n - 1]):
        return paragraphs
    title = paragraphs[0].text
    for p in paragraphs[1:n]:
        title = title + p.text
    return [Paragraph(title, 0, heading=True)] + paragraphs[n:]


def _join_broken(paragraphs: list[Paragraph], long_chars: int, keep_first: bool = False) -> list[Paragraph]:
    """Join a long paragraph (``long_chars``) that stops mid-sentence to the next
    one; not the document's title (``keep_first``: …建创新链, then 北京大学…)."""
    out: list[Paragraph] = []
    for p in paragraphs:
        if out and not (keep_first and len(out) == 1 and out[0] is paragraphs[0]):
            prev = out[-1]
            t = prev.text.text
            broken = (len(t) >= long_chars or (prev.heading and _CLAUSE.search(t) and not _LIST_MARK.match(t)))
            if (broken and t[-1] not in _TERMINAL and (not prev.heading or not prev.caption)
                    and not p.heading and re.match(r"[\u4e00-\u9fff\w]", p.text.text)
                    and not (prev.heading and _DAY_LEAD.match(p.text.text) and not _BEFORE_A_DATE.search(t))):
                out[-1] = Paragraph(prev.text + p.text, prev.article)
                continue
        out.append(p)
    return out
