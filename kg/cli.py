"""Command line: ``kg build [DIR_OR_FILES...] [--out OUT]``.

Exit codes: 0 every input was read, 1 some inputs failed (each is named on
stderr and in report.json; the others are built), 2 usage error.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

OUTPUTS = {"graph.ttl": "turtle", "records.jsonl": "records", "graph.html": "html", "report.json": "report"}


class Progress:
    """A one-line progress bar on stderr, shown only for many files on a terminal."""

    def __init__(self, total: int) -> None:
        self.total, self.done = total, 0
        self.enabled = total >= 20 and sys.stderr.isatty()

    def __call__(self, _doc) -> None:
        self.done += 1
        if self.enabled:
            filled = int(30 * self.done / self.total)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total}")
            if self.done == self.total:
                sys.stderr.write("\n")


def cmd_build(args: argparse.Namespace) -> int:
    from .exports import EXPORTERS, Build, report
    from .graph import build_graph
    from .ingest import Failure, find_inputs, read_all
    from .pipeline import build

    started = time.perf_counter()
    paths = args.inputs or ["seeds"]
    files, _ = find_inputs(paths)
    corpus = build(read_all(paths), progress=Progress(len(files)))
    for f in corpus.failures:
        print(f"kg: {f.path}: {f.reason}", file=sys.stderr)
    if not corpus.documents:
        print("kg: no document could be read; nothing written", file=sys.stderr)
        return 1
    t = time.perf_counter()
    graph = build_graph(corpus)
    corpus.seconds["graph"] = time.perf_counter() - t
    out = Path(args.out)
    bundle = Build(corpus, graph)
    for name, fmt in OUTPUTS.items():
        t = time.perf_counter()
        EXPORTERS[fmt](bundle, out / name)
        corpus.seconds[f"export.{fmt}"] = time.perf_counter() - t
    EXPORTERS["report"](bundle, out / "report.json")  # again, with the export times in it
    summary = report(corpus)
    total = time.perf_counter() - started
    print(f"{summary['documents']} documents, {summary['failed']} failed, {len(graph)} triples -> {out}/")
    print("entities:  " + ", ".join(f"{k} {v}" for k, v in summary["entities"].items()))
    print("relations: " + ", ".join(f"{k} {v}" for k, v in summary["relations"].items()))
    print(f"measures:  {summary['measures']}")
    print(f"seconds:   {total:.2f} (" + ", ".join(f"{k} {v:.2f}" for k, v in summary["seconds"].items()) + ")")
    return 1 if corpus.failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kg", description="Knowledge graphs from Chinese policy and industry news.")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="extract a graph from .txt/.html files or folders (default: seeds/)")
    b.add_argument("inputs", nargs="*", help="files or folders (default: seeds)")
    b.add_argument("--out", default="out", help="output folder (default: out)")
    b.set_defaults(func=cmd_build)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
