"""Select the four 新闻联播 items of dev7-mixed (rule: SELECTION_RULE.md) and write docs/<id>.txt."""
import gzip, json, os, re, glob
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
EVAL = os.path.dirname(SET)
KW = ["5G", "工业互联网", "数据中心", "算力", "数字经济", "新型基础设施", "信息化", "大数据"]
skip = set()
dirs = [f"{EVAL}/dev3-xwlb/docs", "/work/main/eval/heldout-xwlb/docs", f"{EVAL}/dev6-mixed/docs",
        f"{EVAL}/dev4-figures/docs", *glob.glob(f"{EVAL}/dev5-*/docs"), "/work/shared/eval/dev2/docs"]
for d in dirs:
    skip |= {f[:-4] for f in os.listdir(d) if f.endswith(".txt")}   # file names only
srcs = glob.glob(f"{EVAL}/*/SOURCES.md") + glob.glob("/work/main/eval/*/SOURCES.md") + ["/work/shared/eval/dev2/SOURCES.md"]
src_text = "".join(open(p, encoding="utf-8").read() for p in srcs)   # grepped, not read
skip |= set(re.findall(r"xwlb-\d{8}-\d+", src_text))
# dev2 names its xwlb items by china-data/xwlb asset dates and titles, not corpus ids: skip by title
dev2_titles = set(re.findall(r"\| (\S[^|]*?) \| \d{4}-\d{2}-\d{2} \|", open("/work/shared/eval/dev2/SOURCES.md", encoding="utf-8").read()))
years = ["2018", "2021", "2024", "2025"]
used = set(years) | {"2019", "2020", "2022", "2023"}   # this set's years and dev6-mixed's
by_year = {}
for line in gzip.open("/work/shared/corpus/xwlb-topic.jsonl.gz", "rt", encoding="utf-8"):
    r = json.loads(line)
    y = r["date"][:4]
    if y in by_year:
        continue
    if r["title"] == "国内联播快讯" or r["id"] in skip or r["title"] in dev2_titles:
        continue
    if not any(k in r["title"] for k in KW):
        continue
    if not (600 <= len(r["text"]) <= 2000):
        continue
    by_year[y] = r
for y in years:
    yy = y
    while yy not in by_year:   # fallback: next earlier year not yet used
        yy = str(int(yy) - 1)
        while yy in used:
            yy = str(int(yy) - 1)
        print(f"{y}: no qualifying item, falling back to {yy}")
        used.add(yy)
    r = by_year[yy]
    print(r["id"], r["date"], len(r["text"]), r["title"], r["source"])
    with open(f"{SET}/docs/{r['id']}.txt", "w", encoding="utf-8") as fh:
        fh.write(r["title"] + "\n" + r["text"] + "\n")
