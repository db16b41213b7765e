import gzip, json, os
KW = ["5G", "工业互联网", "数据中心", "算力", "数字经济", "新型基础设施", "信息化", "大数据"]
skip = set()
for d in ["/work/main/eval/dev3-xwlb/docs", "/work/main/eval/heldout-xwlb/docs"]:
    skip |= {f[:-4] for f in os.listdir(d) if f.endswith(".txt")}
want = {"2019", "2020", "2022", "2023"}
got = {}
for line in gzip.open("/work/shared/corpus/xwlb-topic.jsonl.gz", "rt", encoding="utf-8"):
    r = json.loads(line)
    y = r["date"][:4]
    if y not in want or y in got:
        continue
    if r["title"] == "国内联播快讯" or r["id"] in skip:
        continue
    if not any(k in r["title"] for k in KW):
        continue
    if not (600 <= len(r["text"]) <= 2000):
        continue
    got[y] = r
for y in sorted(got):
    r = got[y]
    print(r["id"], r["date"], len(r["text"]), r["title"], r["source"])
    with open(f"/work/ann6/docs/{r['id']}.txt", "w", encoding="utf-8") as fh:
        fh.write(r["title"] + "\n" + r["text"] + "\n")
