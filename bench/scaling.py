"""Scaling with workers: `kg build` with 1 and N workers, local and Dask.

    python bench/scaling.py --corpus ../scale/docs-1k [--workers 2] [--runs 3]

Each run builds the corpus (without the cache, so every document is
extracted) once in each configuration, one after the other: one local
worker, N local workers, a Dask local cluster of one worker and of N. The
ratios pair each run's builds (one local worker's time over the other's),
so a minute when the shared machine is slow weighs on both sides. Prints
each configuration's seconds and peak memory, and each ratio, as
min / median / max of the runs, and whether every build wrote the same
bytes (a SHA-256 of graph.ttl, graph.parts.json, records.jsonl and
graph.html).
"""
from __future__ import annotations

import argparse
import hashlib
import statistics
import tempfile
from pathlib import Path

from memory import ROOT, peak, spread

COMPARED = ("graph.ttl", "graph.parts.json", "records.jsonl", "graph.html")


def digest(out: Path) -> str:
    h = hashlib.sha256()
    for name in COMPARED:
        with open(out / name, "rb") as fh:
            h.update(hashlib.file_digest(fh, "sha256").digest())
    return h.hexdigest()[:16]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "scale" / "docs-1k")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    n = str(args.workers)
    configs = {"local 1": ["--workers", "1"], f"local {n}": ["--workers", n],
               "dask 1": ["--engine", "dask", "--workers", "1"], f"dask {n}": ["--engine", "dask", "--workers", n]}
    seconds: dict[str, list[float]] = {c: [] for c in configs}
    memory: dict[str, list[float]] = {c: [] for c in configs}
    digests: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="kg-scaling-") as tmp:
        for run in range(args.runs):
            for name, options in configs.items():
                mb, sec = peak(args.corpus, Path(tmp) / "out", ["--no-cache", *options])
                seconds[name].append(sec)
                memory[name].append(mb)
                digests.add(written := digest(Path(tmp) / "out"))
                print(f"run {run + 1}  {name:<8} {sec:7.1f} s  {mb:6.0f} MB  outputs {written}", flush=True)
    print(f"\nevery build wrote the same bytes: {'yes' if len(digests) == 1 else 'NO'}")
    print(f"{args.corpus}: seconds and peak MB, min/median/max of {args.runs}")
    for name in configs:
        print(f"{name:<8} {spread(seconds[name], '{:.1f}'):>17} s  {spread(memory[name]):>14} MB")
    print("\nspeed-up, paired by run, min/median/max")
    for a, b in (("local 1", f"local {n}"), ("dask 1", f"dask {n}"), ("local 1", f"dask {n}"),
                 (f"local {n}", f"dask {n}")):
        ratios = [x / y for x, y in zip(seconds[a], seconds[b])]
        print(f"{b} against {a}: {spread(ratios, '{:.2f}')}x (median of times "
              f"{statistics.median(seconds[a]) / statistics.median(seconds[b]):.2f}x)")


if __name__ == "__main__":
    main()
