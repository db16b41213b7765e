"""Build a blind set's gold_perdoc.jsonl (entities per document) and gold.jsonl (one
entity record per set) from its hand annotations (SET_FOLDER/build/annotations.py).

  python eval/make_gold.py eval/dev7-mixed
"""
import json, os, sys
if len(sys.argv) != 2:
    sys.exit("usage: python eval/make_gold.py SET_FOLDER")
ROOT = os.path.abspath(sys.argv[1])
sys.path.insert(0, os.path.join(ROOT, "build"))
from annotations import A
ORDER = sorted(A)  # xwlb-* then w*

def records():
    for doc in ORDER:
        a = A[doc]
        for t, n, al in a["E"]:
            yield {"kind": "entity", "type": t, "name": n, "aliases": list(al), "doc": doc}
        for r in a["R"]:
            s, p, o, ev = r[:4]
            rec = {"kind": "relation", "subject_name": s, "predicate": p, "object_name": o, "doc": doc, "evidence": ev}
            if p == "hasPosition":
                rec["role"] = r[4]
            yield rec
        for s, ind, v, u, y, st, ch, q, ev in a["M"]:
            yield {"kind": "measure", "subject_name": s, "indicator": ind, "value": v, "unit": u, "year": y,
                   "status": st, "change": ch, "qualifier": q, "doc": doc, "evidence": ev}

recs = list(records())
with open(os.path.join(ROOT, "gold_perdoc.jsonl"), "w", encoding="utf-8") as fh:
    for r in recs:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
# merged: one entity record per (type, name) for the whole set, first doc, aliases unioned
merged, seen = [], {}
for r in recs:
    if r["kind"] == "entity":
        k = (r["type"], r["name"])
        if k in seen:
            for a in r["aliases"]:
                if a not in seen[k]["aliases"]:
                    seen[k]["aliases"].append(a)
            continue
        r = dict(r, aliases=list(r["aliases"]))
        seen[k] = r
    merged.append(r)
with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as fh:
    for r in merged:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(recs), "per-doc records;", len(merged), "merged records")
