"""The rule report: what each recogniser and extractor does on real text.

    python bench/rules.py [--shared ../shared] [--corpus-limit N] [--json]

Runs the pipeline over both annotated dev sets and the unannotated news
corpus, and prints one row per rule (the ``source`` of a mention, the
``extractor`` of a relation or measure): in how many documents it fires in
each set, how many facts it gives on the dev sets, and how many of those the
gold holds (its precision). Entity rules are split by the type they give (the
gazetteer gives regions, bodies and sectors alike). A rule that fires in a single document is marked:
it is more likely fitted to one text than a way the news is written.

Matching follows ``eval/score.py``: names after its normalisation, against a
gold name or alias of the same document; a relation by its two ends and
predicate; a measure by subject, value and indicator containment. Entities
are judged against the whole set's gold (it lists each entity once per
corpus), relations and measures against their document's. A fact is
credited to every rule that produced it.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extraction.ingest import read_document  # noqa: E402
from kg.doc.model import Document  # noqa: E402
from kg.extraction.pipeline import extract_document  # noqa: E402
from scores import dev_sets, scorer  # noqa: E402

SINGLE_DOCUMENT = 1  # a rule firing in no more documents than this is flagged


class Gold:
    """One dev set's gold, by document, in the scorer's terms."""

    def __init__(self, path: Path, score) -> None:
        self.score = score
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        entities = [r for r in records if r["kind"] == "entity"]
        self.index = score.GoldIndex(entities)
        self.relations: dict[str, set] = defaultdict(set)
        self.measures: dict[str, list] = defaultdict(list)
        for r in records:
            if r["kind"] == "relation":
                self.relations[r["doc"]].add(score.rel_key(r, self.index))
            elif r["kind"] == "measure":
                self.measures[r["doc"]].append(r)

    def entity(self, type_: str, name: str) -> bool:
        return bool(self.index.lookup(name, type_))

    def relation(self, doc: str, subject: str, predicate: str, object_: str) -> bool:
        key = self.score.rel_key({"subject_name": subject, "predicate": predicate, "object_name": object_}, self.index)
        return key in self.relations[doc]

    def measure(self, doc: str, subject: str, indicator: str, value: float, unit: str) -> bool:
        s = self.score
        pred = {"subject_name": subject, "indicator": indicator, "value": value, "unit": unit}
        skey, ind = self.index.key(subject), s.norm(indicator)
        for g in self.measures[doc]:
            gind = s.norm(g.get("indicator"))
            if self.index.key(g.get("subject_name")) == skey and s.close(s.base_value(pred), s.base_value(g)) \
                    and gind and ind and (gind in ind or ind in gind):
                return True
        return False


def facts(doc: Document):
    """(kind, rule, judge) for every fact the pipeline finds in ``doc``;
    ``judge(gold)`` says whether the gold holds it."""
    ex = extract_document(doc)
    seen = set()
    for m in ex.mentions:
        if "{" in m.name or (m.source, m.type, m.name) in seen:
            continue
        seen.add((m.source, m.type, m.name))
        yield "entity", f"{m.source} {m.type}", (lambda g, m=m: g.entity(m.type, m.name))
    for r in ex.relations:
        yield "relation", r.extractor, (lambda g, r=r: g.relation(doc.id, r.subject.name, r.predicate, r.object.name))
    for x in ex.measures:
        yield "measure", x.extractor, (lambda g, x=x: g.measure(doc.id, x.subject.name, x.indicator, x.value, x.unit))


def corpus_documents(path: Path, limit: int | None):
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                return
            item = json.loads(line)
            yield Document(id=item["id"], text=item["text"], published=item.get("date"), title=item.get("title", ""))


def _precision(counts: dict) -> str:
    if not counts["given"]:
        return "-"
    return f"{counts['precision']:.2f} ({counts['right']}/{counts['given']})"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--corpus-limit", type=int, default=None, help="read only the corpus's first N items")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    a = ap.parse_args(argv)
    score = scorer(a.shared)
    sets = {name: (sorted(docs.glob("*.txt")), Gold(gold, score)) for name, (docs, gold) in dev_sets(a.shared).items()}
    docs_fired: dict[str, Counter] = defaultdict(Counter)  # set -> rule -> documents
    given: dict[str, Counter] = defaultdict(Counter)  # set -> rule -> facts
    right: dict[str, Counter] = defaultdict(Counter)
    kinds: dict[str, str] = {}
    for name, (paths, gold) in sets.items():
        for path in paths:
            doc = read_document(path)
            fired = set()
            for kind, rule, judge in facts(doc):
                kinds[rule] = kind
                fired.add(rule)
                given[name][rule] += 1
                right[name][rule] += judge(gold)
            docs_fired[name].update(fired)
    corpus = a.shared / "corpus" / "xwlb-topic.jsonl.gz"
    n_corpus = 0
    for doc in corpus_documents(corpus, a.corpus_limit):
        n_corpus += 1
        fired = set()
        for kind, rule, _ in facts(doc):
            kinds[rule] = kind
            fired.add(rule)
        docs_fired["corpus"].update(fired)
    rows = []
    for rule in sorted(kinds, key=lambda r: (kinds[r], r)):
        row = {"kind": kinds[rule], "rule": rule}
        for name in ("dev", "dev2"):
            g, r = given[name][rule], right[name][rule]
            row[name] = {"docs": docs_fired[name][rule], "given": g, "right": r,
                         "precision": round(r / g, 3) if g else None}
        row["corpus_docs"] = docs_fired["corpus"][rule]
        row["smell"] = row["dev"]["docs"] + row["dev2"]["docs"] + row["corpus_docs"] <= SINGLE_DOCUMENT
        rows.append(row)
    if a.json:
        print(json.dumps({"documents": {"dev": len(sets["dev"][0]), "dev2": len(sets["dev2"][0]), "corpus": n_corpus},
                          "rules": rows}, ensure_ascii=False))
        return 0
    print(f"documents: dev {len(sets['dev'][0])}, dev2 {len(sets['dev2'][0])}, corpus {n_corpus}")
    print(f"{'':<51}{'documents fired in':^22}  {'precision on gold (right/given)':^34}")
    print(f"{'kind':<9}{'rule':<42}{'dev':>6}{'dev2':>6}{'corpus':>8}  {'dev':>16}{'dev2':>16}")
    for r in rows:
        flag = "  <- fires in one document" if r["smell"] else ""
        print(f"{r['kind']:<9}{r['rule']:<42}{r['dev']['docs']:>6}{r['dev2']['docs']:>6}{r['corpus_docs']:>8}  "
              f"{_precision(r['dev']):>16}{_precision(r['dev2']):>16}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
