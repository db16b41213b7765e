"""How a build's records of the web-audit documents stand against the judgements.

    python eval/web-audit/tally.py OUT/records.jsonl [-v]

Each judged record (judgments_*.tsv: the audit's; judgments_measures_added.tsv:
figures judged later, as rules added them) is right, cut (a shortened
indicator the scorer's containment still matches) or wrong; a record no one
judged is counted as new (-v lists them). Relations were judged as a sample,
so their new records are most of them.
"""
import collections
import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _key(kind: str, row: dict) -> tuple:
    if kind == "measure":
        value = row["value"]
        return row["doc"], row["subject"], row["indicator"], str(float(value)) if value not in (None, "") else "", row["unit"] or ""
    if kind == "relation":
        return row["doc"], row["subject"], row["predicate"], row["object"]
    return row["type"], row["name"]


def judgements() -> dict[str, dict[tuple, str]]:
    files = {"measure": ["judgments_measures.tsv", "judgments_measures_added.tsv"],
             "relation": ["judgments_relations.tsv"], "entity": ["judgments_entities.tsv"]}
    out: dict[str, dict[tuple, str]] = {}
    for kind, names in files.items():
        out[kind] = {}
        for name in names:
            with open(HERE / name, encoding="utf-8") as f:
                for row in csv.DictReader(f, delimiter="\t"):
                    out[kind][_key(kind, row)] = row["verdict"]
    return out


def as_row(r: dict) -> dict:
    if r["kind"] == "measure":
        return {"doc": r["doc"], "subject": r["subject_name"], "indicator": r["indicator"], "value": r["value"], "unit": r["unit"]}
    if r["kind"] == "relation":
        return {"doc": r["doc"], "subject": r["subject_name"], "predicate": r["predicate"], "object": r["object_name"]}
    return {"type": r["type"], "name": r["name"]}


def main(argv: list[str]) -> None:
    judged = judgements()
    tally: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    with open(argv[0], encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            verdict = judged[r["kind"]].get(_key(r["kind"], as_row(r)))
            verdict_class = "new" if verdict is None else verdict.split(":")[0].split(" ")[0]
            verdict_class = verdict_class if verdict_class in ("right", "cut", "wrong", "new") else "wrong"
            tally[r["kind"]][verdict_class] += 1
            if "-v" in argv and verdict is None:
                print("new", r["kind"], *as_row(r).values(), sep="\t")
    for kind in ("entity", "relation", "measure"):
        print(kind, sum(tally[kind].values()), dict(sorted(tally[kind].items())))


if __name__ == "__main__":
    main(sys.argv[1:])
