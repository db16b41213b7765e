"""A web page as a document: its text as a reader sees it, its title and its date.

A page's text is what a browser shows of its content: each block (heading,
paragraph, list item, table row, date line) on a line of its own, entities
decoded, scripts, styles, the <head> and navigation left out (<nav>,
<footer>, <aside>, menus and breadcrumbs by class or id, and every block
made only of links, such as a menu bar or a list of other articles). The
title is the page's <title> without the site's name (…_浙江省人民政府) or
the heading that matches it; it opens the text if no block holds it. The
date comes from the page's metadata (PubDate, article:published_time, a
<time> element) or from a date line (发布时间：2023-06-20). Offsets, and so
evidence, count in this text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

_SKIP = {"script", "style", "noscript", "template", "head", "title", "nav", "footer", "aside", "menu", "form", "select",
         "button", "iframe", "svg", "object", "canvas", "textarea"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody",
          "thead", "tfoot", "section", "article", "header", "main", "blockquote", "pre", "br", "hr", "figure",
          "figcaption", "address", "center", "caption", "body", "html"}
_CELL = {"td", "th"}
# Class or id of a page's furniture rather than its content.
_FURNITURE = re.compile(r"(?i)(?:^|[\s_-])(?:nav|navbar|menu|crumbs?|bread(?:crumbs?)?|footer|foot|sidebar|share|"
                        r"toolbar|copyright|skip|topbar|location|position|weizhi|dqwz|related|relate|xgyd|xglj|xgwz)(?:$|[\s_-]|\d)")
_SEPARATORS = re.compile(r"[\s|｜/>»›·•\-—_,，、:：]*")


_YEAR = r"((?:19|20)\d{2})"  # a year of the pages' span, captured
_MONTH = r"(0?[1-9]|1[0-2])"  # a real month, captured


def _full_date(after_year: str, after_month: str) -> str:
    """A full date (year, real month and day) as a pattern, its parts apart as a writer sets them."""
    return rf"{_YEAR}{after_year}{_MONTH}{after_month}(0?[1-9]|[12]\d|3[01])(?!\d)"


# A full date as pages write it (2021-09-30, 2021/9/30, 2024年09月04日), its 年月日 form alone
# (2023年6月20日, as a notice signs off), the label of a page's date line (发布时间：, 成文日期:)
# and of its source (来源：, 作者：). clean.py and ingest.py read dates with these.
DATE = re.compile(_full_date(r"\s*[-/.年]\s*", r"\s*[-/.月]\s*") + "日?")
DATE_YMD = _full_date(r"\s*年\s*", r"\s*月\s*") + r"\s*日"
DATE_LABEL = r"(?:发布|发文|成文|印发|公布|更新)?(?:时间|日期)"
SOURCE_LABEL = r"(?:来源|作者)"
_DATE_META = {"pubdate", "publishdate", "publish_date", "publishtime", "article:published_time", "og:published_time",
              "firstpublishedtime", "dc.date", "dc.date.issued", "dcterms.date", "date", "releasedate"}
_LABELLED_DATE = re.compile(DATE_LABEL + r"\s*[:：]\s*" + DATE.pattern)
_SITE_SEPARATOR = re.compile(r"\s*[_|｜]\s*|\s+[-—–]+\s+|--+")
_CLOCK_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
_CLOCK = re.compile(rf"\s*{_CLOCK_TIME}\s*$")
# A page's date line as its text keeps it (a saved page's line under its title): the date written with
# dashes, slashes or dots, after no label or a date's own (发布时间：), and then only the time, the weekday,
# the source (| 来源：…) or a short source name to the line's end (2025-07-22 16:43:51 星期二,
# 2015/7/2 08:58 中国电子报; read after web copy's spaces are dropped: 2021-07-20三门峡市统计局).
# Not a headline's date (重磅：2025.7.1起，…), an event's time (举办时间：…) or a period (2021.1.1-2021.12.31),
# nor a line opening with a date in 年月日, which may be the text's own (2022年11月25日 …会议通过).
PAGE_DATE_LINE = re.compile(rf"^\W*(?:{DATE_LABEL}\s*[:：]\s*)?{_full_date('[-/.]', '[-/.]')}"
                            rf"(?=\s*(?:{_CLOCK_TIME})?\s*(?:星期.|周.)?\s*"
                            rf"(?:$|[|｜_]|{SOURCE_LABEL}|[^\s，,。；;：:起至到前后~～—－-][^，,。；;]{{1,15}}$))")
# A page's date line that gives only the year and the month, alone on its line under the title, after no label or a
# date's own (2022-03, 2013-9, 2020年11月, 发布时间：2021.11): the month the page is of (genre pages of reports,
# company blogs and white papers, session 26). Not a year alone (2022年) nor a line that goes on (2020年7月，…印发).
PAGE_MONTH_LINE = re.compile(rf"^\W*(?:{DATE_LABEL}\s*[:：]\s*)?{_YEAR}(?:\s*年\s*|[-/.]){_MONTH}\s*月?\s*$")
# …and one of the year alone (2022, 2020年): no date the page is dated by (a year the text names as often may be the
# page's), but a line of its date all the same, no part of the title above it nor of the body below (a title joined
# over it read 通知 | 2022 | the notice's title again as one policy's name: session 30 water audit; 34 genre pages).
PAGE_YEAR_LINE = re.compile(rf"^\W*(?:{DATE_LABEL}\s*[:：]\s*)?{_YEAR}\s*年?\s*$")
_SPACE = re.compile(r"[ \t\r\n\f\xa0]+")  # HTML's white space and &nbsp;; U+3000 is text
_WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
# A line break between two Chinese characters shows as nothing (CSS Text 3), not as a space.
_WIDE_BREAK = re.compile(rf"(?<=[{_WIDE}])[ \t]*\n[ \t\r\n]*(?=[{_WIDE}])")


@dataclass(frozen=True)
class Page:
    text: str
    title: str
    date: str | None  # ISO, when the page states one


def is_page(source: str, text: str) -> bool:
    head = text[:2048].lower()
    return source.lower().endswith((".html", ".htm")) or "<html" in head or "<!doctype html" in head


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.headings: list[str] = []
        self.title = ""
        self.meta_dates: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # open elements: (tag, skipped)
        self.skipping = 0  # open skipped elements
        self.links = 0  # open <a> elements
        self.parts: list[tuple[str, bool]] = []  # the current block's text: (text, inside a link)
        self.in_title = False
        self.pre = 0
        self.heading: str | None = None

    # -- elements
    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "meta":
            name = (a.get("name") or a.get("property") or a.get("itemprop") or "").lower()
            if name in _DATE_META and a.get("content"):
                self.meta_dates.append(a["content"])
        elif tag == "time" and a.get("datetime"):
            self.meta_dates.append(a["datetime"])
        if tag == "title":
            self.in_title = True
        if tag in _VOID:
            if tag in ("br", "hr"):
                self._end_block()
            return
        skipped = tag in _SKIP or bool(_FURNITURE.search(f"{a.get('class', '')} {a.get('id', '')}"))
        self.stack.append((tag, skipped))
        self.skipping += skipped
        if tag in _BLOCK:
            self._end_block()
            if tag in ("h1", "h2", "h3"):
                self.heading = tag
        elif tag in _CELL:
            self.parts.append((" ", False))
        elif tag == "a":
            self.links += 1
        if tag == "pre":
            self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _VOID or not any(t == tag for t, _ in self.stack):
            return  # a stray end tag
        while self.stack:  # close what the page left open inside it
            open_tag, skipped = self.stack.pop()
            self.skipping -= skipped
            if open_tag == "a":
                self.links -= 1
            if open_tag == "pre":
                self.pre -= 1
            if open_tag in _BLOCK:
                self._end_block()
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        if self.skipping:
            return
        self.parts.append((data if self.pre else _SPACE.sub(" ", _WIDE_BREAK.sub("", data)), self.links > 0))

    def _end_block(self) -> None:
        text = "".join(t for t, _ in self.parts).strip(" \u3000\xa0\ufeff")
        linked = "".join(t for t, in_link in self.parts if in_link)
        unlinked = "".join(t for t, in_link in self.parts if not in_link)
        self.parts = []
        if text and not (linked.strip() and _SEPARATORS.fullmatch(unlinked)):  # a block of links only: navigation
            self.blocks.append(text)
            if self.heading:
                self.headings.append(text)
        self.heading = None

    def close(self) -> None:
        super().close()
        self._end_block()


def read_page(markup: str) -> Page:
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    blocks = [b for line in reader.blocks for b in line.split("\n") if b.strip()]
    title = page_title(_SPACE.sub(" ", reader.title).strip(), reader.headings)
    if title and title not in blocks[:5]:
        blocks.insert(0, title)
    date = next(filter(None, map(_iso, reader.meta_dates)), None) or _date_line(blocks)
    return Page("\n".join(blocks) + "\n" if blocks else "", title, date)


def _date_line(blocks: list[str]) -> str | None:
    """The date of a short line that gives it (发布时间：2023-06-20 10:30, or the date alone)."""
    for b in blocks:
        if len(b) <= 80:
            m = _LABELLED_DATE.search(b) or DATE.fullmatch(_CLOCK.sub("", b))
            if m:
                return _iso(m.group(0))
    return None


def page_title(title: str, headings: list[str]) -> str:
    """The page's title without the site's name: the longest heading that
    matches a part of <title> (a site's logo may be a heading too), else
    <title>'s first part, else the first heading.

    >>> page_title("关于印发数字经济发展规划的通知_浙江省人民政府", ["浙江省人民政府", "关于印发数字经济发展规划的通知"])
    '关于印发数字经济发展规划的通知'
    >>> page_title("天津出台新基建三年行动方案 - 新闻 - 天津政务网", [])
    '天津出台新基建三年行动方案'
    """
    parts = [p for p in _SITE_SEPARATOR.split(title) if p.strip()]
    matching = [h for h in headings if any(len(p) > 4 and (p in h or h in p) and len(h) >= len(p) / 2 for p in parts)]
    if matching:
        return max(matching, key=len)
    return parts[0] if parts else (headings[0] if headings else "")


def _iso(text: str) -> str | None:
    m = DATE.search(text) or re.search(r"((?:19|20)\d{2})(\d{2})(\d{2})", text)
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None
