#!/usr/bin/env python3
"""Validate the gold files of a set annotated blind (eval/dev6-mixed, eval/dev7-mixed).

  python eval/check_gold.py eval/dev7-mixed   # checks its gold_perdoc.jsonl (per document) and gold.jsonl (per set)

Per line: valid JSON, known kind/type/predicate, required fields; evidence is a verbatim
substring of docs/<doc>.txt; relation subject/object and measure subject are the `name` of an
entity record of the same doc (gold_perdoc.jsonl) or of the set (gold.jsonl); predicate
domain/range types as records.md; hasPosition has a role; no duplicate (s,p,o) per doc."""
import json, os, sys
from collections import Counter
if len(sys.argv) != 2:
    sys.exit("usage: python eval/check_gold.py SET_FOLDER")
HERE = os.path.abspath(sys.argv[1])
TYPES = {"Organization", "Region", "Person", "Policy", "Sector", "Event"}
DOM = {"issues": ({"Organization", "Region"}, {"Policy"}),
       "targets": ({"Organization", "Region", "Policy"}, {"Sector"}),
       "subOrganizationOf": ({"Organization"}, {"Organization"}),
       "locatedIn": ({"Organization", "Region"}, {"Region"}),
       "holds": ({"Organization"}, {"Event"}),
       "chairs": ({"Person"}, {"Event"}),
       "hasPosition": ({"Person"}, {"Organization"}),
       "signs": ({"Organization"}, {"Policy"}),
       "cooperatesWith": ({"Organization", "Region"}, {"Organization", "Region"})}
STATUS = {"actual", "target"}; CHANGE = {"new", "total", "rate"}

def check(path, per_doc):
    errs = []; texts = {}
    recs = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            recs.append((n, json.loads(line)))
        except json.JSONDecodeError as e:
            errs.append(f"{path}:{n}: not JSON: {e}")
    ents = {}  # key -> {name: type}
    for n, r in recs:
        if r.get("kind") == "entity":
            if r.get("type") not in TYPES: errs.append(f"{n}: bad type {r.get('type')}")
            if not isinstance(r.get("aliases"), list): errs.append(f"{n}: aliases not a list")
            key = r["doc"] if per_doc else "*"
            d = ents.setdefault(key, {})
            if r["name"] in d: errs.append(f"{n}: duplicate entity {r['name']} in {key}")
            d[r["name"]] = r["type"]
    seen = Counter()
    for n, r in recs:
        k = r.get("kind"); doc = r.get("doc")
        fn = os.path.join(HERE, "docs", f"{doc}.txt")
        if doc not in texts:
            if not os.path.exists(fn): errs.append(f"{n}: no document {doc}"); continue
            texts[doc] = open(fn, encoding="utf-8").read()
        if k == "entity": continue
        ev = r.get("evidence", "")
        if not ev or ev not in texts[doc]: errs.append(f"{n}: evidence not verbatim in {doc}: {ev}")
        names = ents.get(doc if per_doc else "*", {})
        if k == "relation":
            p = r.get("predicate")
            if p not in DOM: errs.append(f"{n}: bad predicate {p}"); continue
            s, o = r.get("subject_name"), r.get("object_name")
            for role, nm, allowed in (("subject", s, DOM[p][0]), ("object", o, DOM[p][1])):
                if nm not in names: errs.append(f"{n}: {role} '{nm}' is no entity of {doc if per_doc else 'the set'}")
                elif names[nm] not in allowed: errs.append(f"{n}: {role} '{nm}' is {names[nm]}, {p} wants {allowed}")
            if p == "hasPosition" and not r.get("role"): errs.append(f"{n}: hasPosition without role")
            seen[(doc, s, p, o)] += 1
        elif k == "measure":
            if r.get("subject_name") not in names: errs.append(f"{n}: measure subject '{r.get('subject_name')}' is no entity")
            if not isinstance(r.get("value"), (int, float)): errs.append(f"{n}: value not a number")
            if r.get("status") not in STATUS or r.get("change") not in CHANGE: errs.append(f"{n}: bad status/change")
            if not r.get("indicator") or not r.get("unit"): errs.append(f"{n}: indicator/unit missing")
            if r.get("year") is not None and not isinstance(r.get("year"), int): errs.append(f"{n}: bad year")
        else:
            errs.append(f"{n}: unknown kind {k}")
    errs += [f"duplicate relation {k}" for k, v in seen.items() if v > 1]
    c = Counter(r.get("kind") for _, r in recs)
    print(f"{os.path.basename(path)}: {len(recs)} lines, {dict(c)}, {len(texts)} docs, {len(errs)} problems")
    for e in errs: print("  ", e)
    return not errs

ok = check(os.path.join(HERE, "gold_perdoc.jsonl"), True)
ok &= check(os.path.join(HERE, "gold.jsonl"), False)
sys.exit(0 if ok else 1)
