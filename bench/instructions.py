"""Instructions spent extracting documents, counted by callgrind.

    python bench/instructions.py [--docs 40]

On a shared 2-core machine the same build takes 19 s one minute and 25 s
the next, so a change that saves a few per cent cannot be seen in seconds.
Callgrind counts the instructions instead: with a fixed hash seed, the
same code gives the same count on every run. The count covers extraction
alone (``kg.engine.engines.process`` on each document, caches warmed by a first
pass), not start-up or imports. Needs valgrind (Debian: ``apt-get install
valgrind``); a run takes a minute or two.

Compare two commits in one checkout (check each out in turn at the same
path): the count is steady in one checkout, but two checkouts of the same
commit at different paths differ by up to a tenth, with the same Python
calls (docs/benchmarks.md).
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def child(folder: Path, docs: int) -> None:
    """Runs under callgrind: extraction once to warm caches, then again,
    counted. Callgrind collects only inside the builtin ``exec`` (see
    ``--toggle-collect`` below), so the counted pass runs in one."""
    from kg.engine.engines import process
    from kg.extraction.ingest import read_document
    documents = [read_document(p) for p in sorted(folder.glob("*.txt"))[:docs]]
    for doc in documents:
        process(doc)
    exec("for doc in documents: process(doc)", {"documents": documents, "process": process})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(Path(args.child), args.docs)
        return
    from bench.run import generate
    with tempfile.TemporaryDirectory(prefix="kg-instructions-") as tmp:
        corpus = Path(tmp) / "corpus"
        generate(max(1, -(-args.docs // 10)), corpus)  # each scale makes ten documents
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/callgrind.out",
               "--toggle-collect=builtin_exec", sys.executable, __file__, "--child", str(corpus), "--docs", str(args.docs)]
        run = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    counted = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode != 0 or counted is None:
        raise SystemExit(f"callgrind failed:\n{run.stderr[-2000:]}")
    print(f"extracting {args.docs} documents: {int(counted.group(1)):,} instructions")


if __name__ == "__main__":
    main()
