"""The build's tail: what `kg build --workers N` spends after the last
document's result arrives (merging the entities, writing the outputs,
the SHACL check, publishing), against the whole build.

    python bench/tail.py --corpus ../scale/docs-1k [--corpus DIR ...] [--workers 2] [--runs 3] [--root CHECKOUT ...]

Each run builds each corpus into a fresh output folder (every document
extracted, the cache written) as a child process. The tail is the sum of
the stages ``kg build`` times after the engine's last result (assemble,
validate, export, as its last line prints them: report.json is written
before the export ends); the whole build is the time that line prints.
Prints both, and the tail's share, as min / median / max of the runs.
``--root`` runs another checkout's code (the figures before a change);
given several times, each run builds each corpus with each checkout in
turn, so a minute when the shared machine is slow weighs on all of them.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from memory import BUILD_ENV, ROOT, spread

TAIL = ("assemble", "validate", "export")


def build(corpus: Path, out: Path, workers: int, root: Path) -> tuple[float, float]:
    """One build's time and tail, in seconds."""
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out),
                           "--workers", str(workers)], cwd=root, env=BUILD_ENV, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"bench/tail.py: kg build {corpus} failed: {done.stderr[-2000:]}")
    total, stages = re.search(r"^seconds: +([\d.]+) \((.*)\)$", done.stdout, re.M).groups()
    stages = dict((k, float(v)) for k, v in (s.split() for s in stages.split(", ")))
    return float(total), sum(stages.get(s, 0.0) for s in TAIL)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, action="append")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--root", type=Path, action="append")
    args = ap.parse_args()
    corpora = [c.resolve() for c in args.corpus or [ROOT.parent / "scale" / "docs-1k"]]
    roots = [r.resolve() for r in args.root or [ROOT]]
    whole: dict[tuple, list[float]] = {(c, r): [] for c in corpora for r in roots}
    tail: dict[tuple, list[float]] = {(c, r): [] for c in corpora for r in roots}
    with tempfile.TemporaryDirectory(prefix="kg-tail-") as tmp:
        for run in range(args.runs):
            for i, corpus in enumerate(corpora):
                for j, root in enumerate(roots):
                    sec, t = build(corpus, Path(tmp) / f"out-{run}-{i}-{j}", args.workers, root)
                    whole[corpus, root].append(sec)
                    tail[corpus, root].append(t)
                    print(f"run {run + 1}  {corpus}  {root}  {sec:6.1f} s, tail {t:5.2f} s", flush=True)
    print(f"\nkg build --workers {args.workers}: seconds, min/median/max of {args.runs}")
    for corpus, root in whole:
        share = [100 * t / s for t, s in zip(tail[corpus, root], whole[corpus, root])]
        print(f"{corpus} ({root}): whole {spread(whole[corpus, root], '{:.1f}')}  "
              f"tail {spread(tail[corpus, root], '{:.2f}')}  tail share {spread(share, '{:.0f}')} %")


if __name__ == "__main__":
    main()
