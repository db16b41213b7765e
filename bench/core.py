"""The extraction core against jieba, in one process, on real news.

    python bench/core.py [--corpus ../shared/corpus/xwlb-topic.jsonl.gz] [--every 1] [--runs 3]

Each item of the corpus (every ``--every``-th) is written out as a .txt file
and read back as ``kg build`` reads it; then, alternating, ``jieba.lcut``
cuts every text and ``extract_document`` extracts every document, ``--runs``
times each. Prints min / median / max of both and of their ratio (jieba's
time over ours: above 1 means extracting is faster than merely cutting),
and the median seconds of each extraction stage. Times are this process's
CPU seconds, which other load on a shared machine disturbs less than wall
time.
"""
from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extraction.ingest import read_document  # noqa: E402
from kg.extraction.pipeline import extract_document  # noqa: E402


def documents(corpus: Path, every: int, folder: Path) -> list:
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh][::every]
    paths = []
    for item in items:
        path = folder / f"{item['id']}.txt"
        path.write_text(item["text"], encoding="utf-8")
        paths.append(path)
    return [read_document(p) for p in paths]


def spread(values: list[float]) -> str:
    return f"min {min(values):.3f}  median {statistics.median(values):.3f}  max {max(values):.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "xwlb-topic.jsonl.gz")
    ap.add_argument("--every", type=int, default=1, help="take every N-th item (default: all)")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()

    import jieba
    jieba.setLogLevel(60)
    with tempfile.TemporaryDirectory() as tmp:
        docs = documents(args.corpus, args.every, Path(tmp))
    texts = [d.text for d in docs]
    jieba.lcut(texts[0])  # load the dictionary and the extraction's lexicons before timing
    extract_document(docs[0])

    ours, theirs, stages = [], [], []
    for _ in range(args.runs):
        t = time.process_time()
        for text in texts:
            jieba.lcut(text)
        theirs.append(time.process_time() - t)
        seconds: dict[str, float] = {}
        t = time.process_time()
        for doc in docs:
            for stage, s in extract_document(doc).seconds.items():
                seconds[stage] = seconds.get(stage, 0.0) + s
        ours.append(time.process_time() - t)
        stages.append(seconds)
    chars = sum(map(len, texts))
    print(f"{len(docs)} documents, {chars:,} characters, {args.runs} paired runs")
    print(f"jieba.lcut          {spread(theirs)} s")
    print(f"extract_document    {spread(ours)} s")
    print(f"ratio (jieba/ours)  {spread([j / o for j, o in zip(theirs, ours)])}")
    print("stages (median s)   " + ", ".join(f"{k} {statistics.median(s[k] for s in stages):.2f}" for k in stages[0]))


if __name__ == "__main__":
    main()
