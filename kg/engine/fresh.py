"""A build fresh from the engine, as exporters read it: report.json,
records.jsonl and the page joined from the assembly's pieces."""
from __future__ import annotations

import functools

import orjson

from kg.engine.assembly import Assembly
from kg.engine.corpus import Corpus
from kg.exporters.view import BuildView


class FreshBuild(BuildView):
    def __init__(self, corpus: Corpus, assembly: Assembly) -> None:
        self.corpus, self.assembly = corpus, assembly
        self.titles = {d.document.id: d.document.title for d in assembly.docs}
        self.parts = assembly.parts

    @functools.cached_property
    def records(self) -> list[dict]:
        # The assembly's chunks hold one document's lines, or one entity's.
        return [orjson.loads(line) for line in b"".join(self.assembly.records).split(b"\n") if line]

    def record_lines(self):
        return self.assembly.records

    def page_chunks(self):
        return self.assembly.page

    def report(self) -> dict:
        return report(self.corpus, self.assembly)


def report(corpus: Corpus, assembly: Assembly) -> dict:
    return {
        "documents": len(assembly.docs),
        "failed": len(corpus.failures),
        **assembly.counts(),
        "validation": corpus.validation,
        "cache": corpus.cache,
        "assembled": assembly.merged._asdict(),
        "seconds": {k: round(v, 3) for k, v in sorted(corpus.seconds.items())},
        "files": sorted([d.report for d in assembly.docs] + list(corpus.reports.values()), key=lambda f: f["file"]),
    }


