"""Regenerate docs/queries.md, the example queries with their outputs, from queries/*.rq.

Run after `kg build` on seeds/: each query's question (its first comment
line), the query, and its output on the seeds go between the markers
<!-- queries --> and <!-- /queries --> in docs/queries.md. A test checks that
the outputs shown are the outputs the queries give.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parts = []
    for path in sorted((ROOT / "queries").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        question = " ".join(l.lstrip("# ").strip() for l in text.splitlines() if l.startswith("#"))
        body = "\n".join(l for l in text.splitlines() if not l.startswith("#")).strip()
        rel = path.relative_to(ROOT).as_posix()
        out = subprocess.run([sys.executable, "-m", "kg.cli", "query", rel], capture_output=True, text=True,
                             cwd=ROOT, check=True).stdout
        parts.append(f"**{question}** (`{rel}`)\n\n```sparql\n{body}\n```\n\n```text\n$ kg query {rel}\n{out}```\n")
    page = ROOT / "docs" / "queries.md"
    readme = page.read_text(encoding="utf-8")
    section = "<!-- queries -->\n" + "\n".join(parts) + "<!-- /queries -->"
    readme = re.sub(r"<!-- queries -->.*<!-- /queries -->", lambda _: section, readme, flags=re.S)
    page.write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    main()
