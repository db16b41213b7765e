"""Peak memory of `kg build` against the number of documents.

    python bench/memory.py --corpus ../scale/docs-10k --sizes 2000 6000 10000 20000 [--runs 3] [--no-cache]
        [--workers 1] [--engine local]

Each size builds the first N files of the corpus (sorted by name, linked
into a folder of their own) into a fresh output folder, as a child
process: its peak resident memory is the kernel's (wait4), which counts the
processes it forked and waited for (the pool's workers, the forked
merger and check) at their own peaks, not summed. Prints, per size, the
peak and the wall time as min / median / max of the runs, then the growth
of the median peak per extra 1,000 documents between consecutive sizes.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Builds run as an installed package runs, its compiled modules cached.
BUILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def subset(corpus: Path, n: int, folder: Path) -> Path:
    """The first ``n`` files of ``corpus``, linked into ``folder``."""
    files = sorted(p for p in corpus.iterdir() if p.is_file())
    if len(files) < n:
        sys.exit(f"bench/memory.py: {corpus} has {len(files)} files, fewer than {n}")
    folder.mkdir(parents=True)
    for f in files[:n]:
        (folder / f.name).symlink_to(f.resolve())
    return folder


def peak(inputs: Path, out: Path, options: list[str]) -> tuple[float, float]:
    """One build: its peak resident memory in MB, and its wall time in seconds."""
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(inputs), "--out", str(out), *options],
                             cwd=ROOT, env=BUILD_ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench/memory.py: kg build {inputs} failed: {child.stderr.read().decode()[-2000:]}")
    child.stderr.close()
    return usage.ru_maxrss / 1024, seconds  # KB on Linux


def spread(values: list[float], fmt: str = "{:.0f}") -> str:
    return "/".join(fmt.format(v) for v in (min(values), statistics.median(values), max(values)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "scale" / "docs-10k")
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 6000, 10000])
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--no-cache", action="store_true")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--engine", default="local")
    args = ap.parse_args()
    options = ["--workers", str(args.workers), "--engine", args.engine] + (["--no-cache"] if args.no_cache else [])
    print(f"kg build {' '.join(options)}: peak RSS (MB) and seconds, min/median/max of {args.runs}")
    medians = []
    with tempfile.TemporaryDirectory(prefix="kg-memory-") as tmp:
        for n in args.sizes:
            inputs = subset(args.corpus, n, Path(tmp) / f"in-{n}")
            runs = [peak(inputs, Path(tmp) / "out", options) for _ in range(args.runs)]
            mb, sec = [r[0] for r in runs], [r[1] for r in runs]
            medians.append(statistics.median(mb))
            print(f"{n:>7} documents  peak {spread(mb):>17} MB  {spread(sec, '{:.1f}'):>17} s", flush=True)
            shutil.rmtree(inputs)
    for (a, pa), (b, pb) in zip(zip(args.sizes, medians), zip(args.sizes[1:], medians[1:])):
        print(f"{a:>7} -> {b:>7}: {(pb - pa) / (b - a) * 1000:+.1f} MB per 1,000 documents (medians)")


if __name__ == "__main__":
    main()
