"""Lexicons: the data files in ``kg/lang/lexicons`` and the ontology's sector scheme.

Loaded once per process (``load()`` is cached) and compiled into an
Aho-Corasick automaton, so a gazetteer lookup over a sentence costs one pass
whatever the lexicon's size.
"""
from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import ahocorasick_rs
import pyoxigraph as ox

from kg.doc.schema import ONTOLOGY

LEXICONS = Path(__file__).resolve().parent / "lexicons"
SECTOR_NS = "https://kg-news.org/sector/"
MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})  # 直辖市: province-level cities
_PREF_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
_ALT_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
APART_MARK = "~"  # organizations.tsv: an alias that opens other words and names (~中国电子: 中国电子信息行业)
ENDS_MARK = "<"  # organizations.tsv: an alias that ends other words and names (<总台: 酒店总台, 江苏省广播电视总台)
BARE_LEGAL_FORMS = ("公司", "集团")  # the words that end a company's name in passing (百度公司, 海信集团)
# The forms a company's registered name ends with after the name the lexicon lists (中国建设银行股份有限公司 in the
# shareholder lists of funds and listed companies: chip pages, session 27): the same company
REGISTERED_FORMS = ("股份有限公司", "有限责任公司", "有限公司")
_AUTONOMOUS_KINDS = ("自治州", "自治县")  # the kinds of an autonomous prefecture and county, which the news write short
# A prefecture's level word before it became a city (西藏山南地区 → 山南市 in 2016, 那曲地区, 昌都地区, 毕节地区;
# MCA's 地区 → 地级市 changes keep the short name): its short form and this word name the city, as does
# 成都地区 or 苏州地区 (the city's area) in today's news
FORMER_PREFECTURE_WORD = "地区"


@dataclass(frozen=True)
class Entry:
    """What a gazetteer key names."""
    type: str
    name: str          # canonical name in the lexicon
    subtype: str = ""
    iri: str = ""      # a fixed IRI (sector concepts), else derived later
    parent: str = ""   # containing region or body, canonical name
    level: str = ""    # province / prefecture / county, for regions
    short: bool = False  # the key is a short form (天津 for 天津市)
    apart: bool = False  # the key opens other words and names (~ in organizations.tsv): read only standing apart
    ends: bool = False  # the key ends other words and names (< in organizations.tsv): read only where no noun runs into it


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    level: str
    parent: str  # parent's name
    short: str


class Lexicon:
    def __init__(self) -> None:
        self.patterns = tomllib.loads((LEXICONS / "patterns.toml").read_text(encoding="utf-8"))
        self.regions: dict[str, Region] = {}
        self.regions_by_name: dict[str, list[Region]] = {}
        self.entries: dict[str, list[Entry]] = {}
        self.sector_labels: dict[str, tuple[str, str]] = {}  # label -> (iri, prefLabel)
        self.province_abbreviations: dict[str, str] = {}  # 港 -> 香港特别行政区
        self._load_regions()
        self._load_organizations()
        self._load_sectors()
        keys = list(self.entries)
        # Per key: its readings, likeliest first, and whether its first and last characters are
        # ASCII, and its last a letter (what find checks against the characters around a match).
        self._found = [(tuple(sorted(self.entries[key], key=_preference)), key[0].isascii(), key[-1].isascii(),
                        key[-1].isalpha()) for key in keys]
        self._automaton = ahocorasick_rs.AhoCorasick(keys)

    # -- loading ---------------------------------------------------------
    def _add(self, key: str, entry: Entry) -> None:
        if key and entry not in self.entries.setdefault(key, []):
            self.entries[key].append(entry)

    def _load_regions(self) -> None:
        rows = [l.rstrip("\n").split("\t") for l in (LEXICONS / "regions.tsv").read_text(encoding="utf-8").splitlines(keepends=True)
                if l.strip() and not l.startswith("#")]
        names = {r[0]: r[1] for r in rows}
        for code, name, level, parent, short in rows:
            region = Region(code, name, level, names.get(parent, ""), short)
            self.regions[code] = region
            self.regions_by_name.setdefault(name, []).append(region)
            subtype = {"province": "Province", "prefecture": "City", "county": "District"}[level]
            self._add(name, Entry("Region", name, subtype, parent=region.parent, level=level))
            if short:
                entry = Entry("Region", name, subtype, parent=region.parent, level=level, short=True)
                self._add(short, entry)
                # an autonomous prefecture or county by its short name and its kind's last character: the news
                # write 延边州, 黔东南州 and 石柱县, 门源县, 印江县
                autonomous = next((k for k in _AUTONOMOUS_KINDS if name.endswith(k)), None)
                if autonomous:
                    self._add(short + autonomous[-1], entry)
        for region in self.regions.values():  # 山南地区; not 吉林地区 or 海南地区, whose short forms name a province too
            if region.level == "prefecture" and region.short and not region.name.endswith(FORMER_PREFECTURE_WORD) \
                    and len(self.entries.get(region.short, ())) == 1:
                self._add(region.short + FORMER_PREFECTURE_WORD, Entry("Region", region.name, "City", parent=region.parent,
                                                                       level=region.level, short=True))
        for line in _data_lines("regions_extra.tsv", "countries.tsv"):
            name, subtype, aliases, parent = (line.rstrip("\n").split("\t") + ["", ""])[:4]
            self._add(name, Entry("Region", name, subtype, parent=parent))
            for alias in filter(None, aliases.split("|")):
                self._add(alias, Entry("Region", name, subtype, parent=parent, short=True))
        for line in _data_lines("province_abbreviations.tsv"):
            abbreviation, name = line.rstrip("\n").split("\t")[:2]
            self.province_abbreviations[abbreviation] = name

    def _load_organizations(self) -> None:
        company_short_forms = []
        for line in (LEXICONS / "organizations.tsv").read_text(encoding="utf-8").splitlines(keepends=True):
            if not line.strip() or line.startswith("#"):
                continue
            name, subtype, aliases = (line.rstrip("\n").split("\t") + ["", ""])[:3]
            self._add(name, Entry("Organization", name, subtype))
            if subtype == "Enterprise" and not name.endswith("公司"):
                for form in REGISTERED_FORMS:
                    if name + form not in self.entries:
                        self._add(name + form, Entry("Organization", name, subtype, short=True))
            for alias in filter(None, aliases.split("|")):
                apart, ends = alias.startswith(APART_MARK), alias.startswith(ENDS_MARK)
                alias = alias.removeprefix(APART_MARK).removeprefix(ENDS_MARK)
                self._add(alias, Entry("Organization", name, subtype, short=True, apart=apart, ends=ends))
                if alias.endswith("集团"):  # 国家电力投资集团公司: the name before 2017's reform
                    self._add(alias + "公司", Entry("Organization", name, subtype, short=True))
                elif subtype == "Enterprise" and not alias.endswith("公司"):
                    company_short_forms.append((alias, name))
        # News name a company by its short form and a bare 公司 or 集团 (百度公司, 小米公司,
        # 海信集团): the same body, unless the lexicon lists that name for another, or the
        # short form opens with another body's (京东|方: 京东方公司 would read as 京东's unit;
        # not a short name that opens other names, as ~中国建筑 opens 中国建筑科学研究院).
        for alias, name in company_short_forms:
            if any(e.type == "Organization" and e.name != name and not e.apart
                   for k in range(2, len(alias)) for e in self.entries.get(alias[:k], ())):
                continue
            for form in BARE_LEGAL_FORMS:
                if alias + form not in self.entries:
                    self._add(alias + form, Entry("Organization", name, "Enterprise", short=True))

    def _load_sectors(self) -> None:
        # Concepts and their altLabels in the file's order (pyoxigraph yields
        # triples as written): the order decides which reading a shared label keeps.
        prefs: dict[str, str] = {}  # iri -> prefLabel@zh
        alts: dict[str, list[str]] = {}
        path = ONTOLOGY / "sectors.ttl"
        try:
            for t in ox.parse(path=path, format=ox.RdfFormat.TURTLE):
                if (t.predicate == _PREF_LABEL or t.predicate == _ALT_LABEL) \
                        and getattr(t.object, "language", None) == "zh" and t.subject.value.startswith(SECTOR_NS):
                    if t.predicate == _PREF_LABEL:
                        prefs[t.subject.value] = t.object.value
                    else:
                        alts.setdefault(t.subject.value, []).append(t.object.value)
        except SyntaxError as e:
            raise ValueError(f"{path}: not valid Turtle: {e}") from None
        for iri, pref in prefs.items():
            for label in [pref] + alts.get(iri, []):
                self.sector_labels[label] = (iri, pref)
                self._add(label, Entry("Sector", pref, "SectorConcept", iri=iri, short=label != pref))

    # -- lookup ----------------------------------------------------------
    def find(self, text: str, accept: Callable[[int, int, tuple[Entry, ...]], bool] = lambda *_: True,
             ) -> Iterator[tuple[int, int, tuple[Entry, ...]]]:
        """Longest non-overlapping gazetteer matches, left to right, each
        with what its key names, the likeliest reading first. A match that
        ``accept`` refuses takes no room: 联合国 refused inside 联合国家卫健委
        leaves 国家卫健委 to be found.

        ASCII keys (AI, 5G, IPv6) must not touch other ASCII letters or
        digits, so AI does not fire inside EMAIL nor 5G inside 15G.
        """
        hits = []
        for index, start, end in self._automaton.find_matches_as_indexes(text, overlapping=True):
            entries, ascii_first, ascii_last, letter_last = self._found[index]
            if ascii_first and start > 0 and text[start - 1].isascii() and text[start - 1].isalnum():
                continue
            if ascii_last and end < len(text) and text[end].isascii() and text[end].isalnum() \
                    and letter_last == text[end].isalpha():
                continue
            hits.append((start, start - end, end, entries))
        hits.sort()  # by start, the longest first: no two hits share both, so entries are never compared
        # ``accept`` (a jieba cut for short keys) only where a match could
        # still be taken: the same matches as filtering all of them first.
        last = 0
        for start, _, end, entries in hits:
            if start >= last and accept(start, end, entries):
                yield start, end, entries
                last = end

    def names(self, key: str, *types: str) -> bool:
        """Whether ``key`` is listed as a name of one of ``types`` (Region, Organization, Person, Sector),
        whichever of its readings that is (长沙: the city; 中方: a country's side)."""
        return any(e.type in types for e in self.entries.get(key, ()))

    def region(self, name: str) -> Region | None:
        found = self.regions_by_name.get(name)
        return found[0] if found else None

    def within(self, name: str, outer: str) -> bool:
        """Whether a region of that name lies inside ``outer``, whichever of
        its homonyms it is (深圳市 + 南山区: the lexicon lists 鹤岗市's first)."""
        for r in self.regions_by_name.get(name, ()):
            seen = {r.name}
            while r.parent and r.parent not in seen:
                if r.parent == outer:
                    return True
                seen.add(r.parent)
                r = self.region(r.parent)
                if r is None:
                    break
        return False

    def region_chain(self, name: str) -> list[str]:
        """The region and its ancestors' names: 汉滨区 -> [汉滨区, 安康市, 陕西省]."""
        chain = []
        r = self.region(name)
        while r is not None and r.name not in chain:
            chain.append(r.name)
            r = self.region(r.parent) if r.parent else None
        return chain


def _data_lines(*files: str) -> Iterator[str]:
    """The data rows of tab-separated lexicons, comments and blank lines left out."""
    for file in files:
        for line in (LEXICONS / file).read_text(encoding="utf-8").splitlines(keepends=True):
            if line.strip() and not line.startswith("#"):
                yield line


def _preference(e: Entry) -> tuple[bool, int]:
    # A full name before a short form; among regions the higher level first
    # (吉林 the province before 吉林市); then the lexicon's order (a stable sort).
    return e.short, {"province": 0, "prefecture": 1, "county": 2}.get(e.level, 3)


@functools.cache
def load() -> Lexicon:
    return Lexicon()
