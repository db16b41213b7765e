"""Benchmark on real text: the single-process build against jieba.lcut on
the 新闻联播 corpus (../shared/corpus/xwlb-topic.jsonl.gz, 5,216 items).

    python bench/corpus.py [--corpus PATH] [--runs 3] [--keep DIR]

Each item is written as a .txt file (its title, a blank line, its text),
as a user's input would be; `kg build --no-cache` then runs on the folder
as a child process, timed from the outside like bench/run.py's builds,
and jieba.lcut reads the same texts just before each build. Each run pairs
one jieba reading with one build, in turn, and its ratio is the build's
characters a second over jieba's; the ratios are reported as min / median
/ max, not the best (the machine's speed drifts from minute to minute).
Prints a table and JSON.
"""
from __future__ import annotations

import argparse
import gzip
import json
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import ROOT, jieba_rate, kg_build  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "xwlb-topic.jsonl.gz"


def write_items(corpus: Path, folder: Path) -> list[str]:
    """Each item of the .jsonl.gz as ``ID.txt``; the texts written."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = []
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                item = json.loads(line)
                name, text = item["id"], f"{item['title']}\n\n{item['text']}"
            except (ValueError, KeyError, TypeError) as exc:
                raise SystemExit(f"{corpus}: line {n}: not an item with id, title and text ({exc})") from None
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
            texts.append(text)
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", help="keep the input files and the build in this folder")
    args = ap.parse_args()
    if not args.corpus.is_file():
        raise SystemExit(f"{args.corpus}: no such file (the corpus lies in ../shared/corpus/ beside the checkout)")
    work = Path(args.keep or tempfile.mkdtemp(prefix="kg-bench-corpus-"))
    src = work / "corpus"
    shutil.rmtree(src, ignore_errors=True)
    texts = write_items(args.corpus, src)
    chars = sum(map(len, texts))
    runs = []
    for _ in range(args.runs):
        jieba = jieba_rate(texts)
        build = kg_build(src, work / "out", "--no-cache")
        runs.append({"jieba_chars_per_s": jieba, "build_seconds": build["seconds"], "cpu_seconds": build["cpu_seconds"],
                     "peak_mb": build["peak_mb"], "steal": build["steal"], "stages": build["stages"],
                     "ratio": chars / build["seconds"] / jieba})
    ratios = [r["ratio"] for r in runs]
    seconds = [r["build_seconds"] for r in runs]
    result = {"corpus": str(args.corpus), "documents": len(texts), "chars": chars, "runs": runs,
              "ratio": {"min": min(ratios), "median": statistics.median(ratios), "max": max(ratios)},
              "build_seconds": {"min": min(seconds), "median": statistics.median(seconds), "max": max(seconds)}}
    print(f"{args.corpus.name}: {len(texts):,} items, {chars:,} characters; single-process `kg build --no-cache`")
    print(f"{'run':>3} {'jieba chars/s':>14} {'build s':>8} {'build chars/s':>14} {'ratio':>6} {'CPU s':>6} {'peak MB':>8}")
    for i, r in enumerate(runs, 1):
        print(f"{i:>3} {r['jieba_chars_per_s']:>14,.0f} {r['build_seconds']:>8.1f} {chars / r['build_seconds']:>14,.0f}"
              f" {r['ratio']:>6.2f} {r['cpu_seconds']:>6.1f} {r['peak_mb']:>8.0f}")
    print(f"ratio to jieba.lcut, min / median / max of {len(runs)} paired runs: "
          + " / ".join(f"{result['ratio'][k]:.2f}" for k in ("min", "median", "max")))
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
