"""Whether new documents share passages with a set nobody may tune on, told
without showing that set: a helper gathering fresh text for an audit runs it
on every file and drops the ones it names.

    python eval/seen_check.py FILE [FILE ...]

A file sharing 25 or more 14-character runs (spaces dropped), or over 5 % of
its runs, with the held-out or check sets is "SEEN-BLIND"; the same with a
tuning set is "in a tuning set already"; else "clean". Shorter shared runs are
the genre's stock phrases (中共中央政治局常委、国务院总理), not the same text.
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BLIND = ["eval/heldout-web/docs", "eval/heldout-xwlb/docs", "eval/dev6-mixed/docs", "eval/dev7-mixed/docs"]
TUNING = ["../shared/eval/dev2/docs", "../shared/seeds", "eval/dev3-web/docs", "eval/dev3-xwlb/docs",
          "eval/dev4-figures/docs", "eval/dev5-figures/docs", "eval/dev5-relations/docs", "eval/web-audit/docs",
          "eval/genre-pages/docs"]
RUN = 14
SHARED_RUNS, SHARED_FRACTION = 25, 0.05


def runs(text: str) -> set[str]:
    text = "".join(text.split())
    return {text[i:i + RUN] for i in range(len(text) - RUN + 1)}


def runs_of(folders: list[str]) -> set[str]:
    return {r for folder in folders for path in sorted((REPO / folder).glob("*")) if path.is_file()
            for r in runs(path.read_text(encoding="utf-8", errors="replace"))}


def shares(mine: set[str], theirs: set[str]) -> bool:
    common = len(mine & theirs)
    return common >= SHARED_RUNS or common > SHARED_FRACTION * max(1, len(mine))


def main(paths: list[str]) -> None:
    blind, tuning = runs_of(BLIND), runs_of(TUNING)
    for path in paths:
        mine = runs(Path(path).read_text(encoding="utf-8", errors="replace"))
        verdict = "SEEN-BLIND" if shares(mine, blind) else "in a tuning set already" if shares(mine, tuning) else "clean"
        print(f"{path}\t{verdict}")


if __name__ == "__main__":
    main(sys.argv[1:])
