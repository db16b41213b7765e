"""Scores on the dev and tuning sets, overall and per document.

    python bench/scores.py [--shared ../shared] [--markdown]

Builds ``seeds/`` (gold: ``eval/dev``), ``eval/dev2/docs`` (gold:
``eval/dev2``) and the tuning sets ``eval/dev3-web``, ``eval/dev3-xwlb``,
``eval/dev4-figures``, ``eval/dev5-figures`` and ``eval/dev5-relations``, and
the check sets ``eval/dev6-mixed`` and ``eval/dev7-mixed``, with ``kg build`` into a temporary folder and scores each with ``eval/score.py``:
the whole set, then each document's relations and measures against its own
gold, and each relation predicate on each set and on all of them together.
The held-out sets ``eval/heldout-xwlb`` and ``eval/heldout-web`` are left out
on purpose. Entities are scored per set only: the gold lists each entity once
per corpus, under the first document that names it.
"""
from __future__ import annotations

import argparse
import importlib.util
import io
import json
import subprocess
import sys
import tempfile
from contextlib import redirect_stdout
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("entities", "relations", "measures")


def scorer(shared: Path):
    """``eval/score.py`` as a module."""
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def dev_sets(shared: Path) -> dict[str, tuple[Path, Path]]:
    """Each dev or tuning set's documents folder and gold file."""
    return {"dev": (ROOT / "seeds", shared / "eval/dev/gold.jsonl"),
            "dev2": (shared / "eval/dev2/docs", shared / "eval/dev2/gold.jsonl"),
            **{name: (ROOT / "eval" / name / "docs", ROOT / "eval" / name / "gold.jsonl")
               for name in ("dev3-web", "dev3-xwlb", "dev4-figures", "dev5-figures", "dev5-relations", "dev6-mixed", "dev7-mixed")}}


def scored(score, gold: Path, records: Path, docs: str | None = None) -> dict:
    """score.py's JSON result."""
    argv = [str(gold), str(records), "--json"] + (["--docs", docs] if docs else [])
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        score.main(argv)
    return json.loads(buffer.getvalue())


def f1s(score, gold: Path, records: Path, docs: str | None = None) -> dict[str, float | None]:
    result = scored(score, gold, records, docs)
    kept = set(docs.split(",")) if docs else None
    held = {kind for path in (gold, records) for r in score.load(path, kept) if r.get("doc") for kind in [r["kind"]]}
    # A document with no such fact in gold or output has nothing to score.
    return {k: None if docs and (k == "entities" or k[:-1] not in held) else result[k]["f"] for k in KINDS}


def _cell(f: float | None) -> str:
    return "–" if f is None else f"{f:.3f}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--markdown", action="store_true", help="print Markdown tables (as docs/quality.md shows them)")
    a = ap.parse_args(argv)
    score = scorer(a.shared)
    predicates: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        pooled = {"gold": Path(tmp) / "all-gold.jsonl", "records": Path(tmp) / "all-records.jsonl"}
        sets = dev_sets(a.shared)
        for name, (docs, gold) in sets.items():
            out = Path(tmp) / name
            subprocess.run([sys.executable, "-m", "kg.cli", "build", str(docs), "--out", str(out), "--no-cache"],
                           check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            records = out / "records.jsonl"
            predicates[name] = scored(score, gold, records)["predicates"]
            for kind, path in (("gold", gold), ("records", records)):
                with pooled[kind].open("a", encoding="utf-8") as fh:
                    fh.write(path.read_text(encoding="utf-8"))
            rows = [("all", f1s(score, gold, records))]
            for path in sorted(docs.glob("*.txt")):
                rows.append((path.stem, f1s(score, gold, records, path.stem)))
            if a.markdown:
                print(f"\n**{name}** (F1)\n\n| document | entities | relations | measures |\n|---|---|---|---|")
                for doc, f in rows:
                    print(f"| {doc} | " + " | ".join(_cell(f[k]) for k in KINDS) + " |")
            else:
                print(f"== {name}")
                for doc, f in rows:
                    print(f"{doc:<70}" + "".join(f"{_cell(f[k]):>10}" for k in KINDS))
        predicates["all"] = scored(score, pooled["gold"], pooled["records"])["predicates"]
    columns = [*sets, "all"]
    if a.markdown:
        print("\n**relations by predicate** (F1)\n\n| predicate | " + " | ".join(columns) + " |\n|" + "---|" * (len(columns) + 1))
    else:
        print("== relations by predicate (F1)    " + "".join(f"{c:>10}" for c in columns))
    for p in sorted(predicates["all"]):
        cells = [_cell(predicates[s][p]["f"]) if p in predicates[s] else "–" for s in columns]
        print(f"| {p} | " + " | ".join(cells) + " |" if a.markdown else f"{p:<34}" + "".join(f"{c:>10}" for c in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
