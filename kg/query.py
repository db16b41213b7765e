"""SPARQL over a build: ``kg query SPARQL_OR_FILE [--build DIR] [--format F]``.

Queries run on the build's Oxigraph store with the default graph as the
union of all graphs, so a query needs no GRAPH clause unless it asks which
document said what. Results print as an aligned table (a Chinese character
counts two columns), CSV, TSV or SPARQL JSON results.
"""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .graph import PREFIXES
from .store import open_store

FORMATS = ("table", "csv", "tsv", "json")


class QueryError(Exception):
    """A query that cannot run; the message gives line and column for syntax errors."""


@dataclass
class Table:
    variables: list[str]
    rows: list[list[str | None]]


def read_query(text_or_file: str) -> str:
    """The query text: the argument itself, or the file it names (.rq)."""
    path = Path(text_or_file)
    if text_or_file.endswith((".rq", ".sparql")) or (len(text_or_file) < 4096 and "\n" not in text_or_file and path.is_file()):
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"{text_or_file}: {exc.strerror}") from None
    return text_or_file


def with_prefixes(query: str) -> str:
    """The project's prefixes (kg:, skos:, prov:, region: …) are declared
    for every query unless it declares them itself."""
    declared = set(re.findall(r"(?im)^\s*PREFIX\s+([\w-]*):", query))
    missing = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if p not in declared)
    return missing + query, missing.count("\n")


def run(build: Path, query: str, said=None):
    """``query`` on the build's store (made first if need be: ``open_store``)."""
    text, added = with_prefixes(query)
    store = open_store(build, said)
    try:
        return store.query(text, use_default_graph_as_union=True)
    except SyntaxError as exc:
        m = re.match(r"error at (\d+):(\d+): (.*)", str(exc), re.S)
        if m:
            line, col, msg = int(m.group(1)) - added, int(m.group(2)), m.group(3)
            raise QueryError(f"syntax error at line {line}, column {col}: {msg}") from None
        raise QueryError(f"syntax error: {exc}") from None
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(str(exc)) from None


def _term(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


def to_table(result) -> Table:
    if isinstance(result, ox.QueryBoolean):
        return Table(["ask"], [["true" if bool(result) else "false"]])
    if isinstance(result, ox.QueryTriples):
        return Table(["subject", "predicate", "object"], [[_term(t.subject), _term(t.predicate), _term(t.object)] for t in result])
    names = [v.value for v in result.variables]
    return Table(names, [[_term(row[i]) for i in range(len(names))] for row in result])


def width(text: str) -> int:
    """Columns a string takes in a terminal: wide (CJK) characters take two.

    >>> width("天津市"), width("5G")
    (6, 2)
    """
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def render_table(table: Table) -> str:
    cells = [table.variables] + [[re.sub(r"\s*\n\s*", " ", c) if c is not None else "" for c in row] for row in table.rows]
    widths = [max(width(r[i]) for r in cells) for i in range(len(table.variables))]

    def line(row):
        return "  ".join(c + " " * (w - width(c)) for c, w in zip(row, widths)).rstrip()
    rule = "  ".join("-" * w for w in widths)
    out = [line(cells[0]), rule] + [line(r) for r in cells[1:]]
    out.append(f"({len(table.rows)} row{'s' if len(table.rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def render(result, fmt: str) -> str:
    if fmt == "json":
        if isinstance(result, ox.QueryTriples):
            table = to_table(result)
            return json.dumps({"head": {"vars": table.variables},
                               "results": {"bindings": [{v: {"type": "literal", "value": c} for v, c in zip(table.variables, r)}
                                                        for r in table.rows]}}, ensure_ascii=False) + "\n"
        return result.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8") + "\n"
    table = to_table(result)
    if fmt == "table":
        return render_table(table)
    buf = io.StringIO()
    if fmt == "csv":
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(table.variables)
        writer.writerows([[c if c is not None else "" for c in r] for r in table.rows])
    else:
        buf.write("\t".join(table.variables) + "\n")
        for r in table.rows:
            buf.write("\t".join((c or "").replace("\t", " ").replace("\n", " ") for c in r) + "\n")
    return buf.getvalue()
