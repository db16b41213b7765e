"""SPARQL over a build: ``kg query SPARQL_OR_FILE [--build DIR] [--format F]``.

Queries run on the build's Oxigraph store with the default graph as the
union of all graphs, so a query needs no GRAPH clause unless it asks which
document on_store what. SELECT and ASK results print as an aligned table (a
Chinese character counts two columns; IRIs under the project's prefixes as
prefixed names), CSV, SPARQL TSV or SPARQL JSON results; CONSTRUCT and
DESCRIBE results as RDF (Turtle, N-Triples or JSON-LD).
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.rdf.terms import PREFIXES
from kg.serve.store import open_store

FORMATS = ("table", "csv", "tsv", "json")
GRAPH_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
_UPDATE = re.compile(r"(?is)^(?:\s|#[^\n]*\n|(?:PREFIX\s+[\w.-]*:\s*<[^>]*>)|(?:BASE\s*<[^>]*>))*"
                     r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b")


class QueryError(Exception):
    """A query that cannot run; the message gives line and column for syntax errors."""


@dataclass
class Table:
    variables: list[str]
    rows: list[list[str | None]]


def read_query(text_or_file: str) -> str:
    """The query text: the argument itself, the file it names (.rq), or
    standard input for ``-``."""
    if text_or_file == "-":
        return sys.stdin.read()
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


def _undeclared(query: str) -> str | None:
    """The first prefix the query uses but neither it nor the project declares."""
    declared = set(re.findall(r"(?im)^\s*PREFIX\s+([\w.-]*):", query)) | set(PREFIXES)
    # IRIs, strings and comments may hold colons that are no prefixed names.
    return next((m.group(1) for m in re.finditer(r"(?<![\w?$:])([A-Za-z][\w.-]*|):(?=[\w%\s\\(){};,.]|$)", _bare(query))
                 if m.group(1) not in declared), None)


def _bare(query: str) -> str:
    """The query without its IRIs, strings and comments: its keywords and names."""
    return re.sub(r'<[^<>\s]*>|"""(?:.|\n)*?"""|\'\'\'(?:.|\n)*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n]*',
                  " ", query)


_SERVICE = re.compile(r"(?i)(?<![\w?$:.-])SERVICE(?![\w:.-])")
NO_FEDERATION = ("SERVICE (a federated query) is off: it would make this machine fetch any URL the query names; "
                 "{flag} turns it on")


def federated(query: str) -> bool:
    """Whether the query asks for a SERVICE, which makes the store fetch the
    URL it names (from the server's machine and network).

    >>> federated('SELECT * { SERVICE <http://10.0.0.1/> { ?s ?p ?o } }'), federated('SELECT ?service { ?s kg:service "SERVICE" }')
    (True, False)
    """
    return bool(_SERVICE.search(_bare(query)))


def run(build: Path, query: str, on_store=None, federation: bool = False, progress=None):
    """``query`` on the build's store (made first if need be: ``open_store``,
    whose ``progress`` and ``on_store`` it passes on); a SERVICE only with
    ``federation``."""
    if not federation and federated(query):
        raise QueryError(NO_FEDERATION.format(flag="kg query --federation"))
    if _UPDATE.match(query):
        raise QueryError(f"{_UPDATE.match(query).group(1).upper()}: kg query is read-only: it runs SELECT, ASK, "
                         "CONSTRUCT and DESCRIBE (to change the graph, change the input and build again)")
    text, added = with_prefixes(query)
    store = open_store(build, on_store, progress)
    try:
        return store.query(text, use_default_graph_as_union=True)
    except SyntaxError as exc:
        unknown = _undeclared(query) if "Prefix not found" in str(exc) else None
        if unknown is not None:
            known = sorted(set(re.findall(r"(?im)^\s*PREFIX\s+([\w.-]*):", query)) | set(PREFIXES))
            raise QueryError(f"unknown prefix {unknown}: (declared: {', '.join(p + ':' for p in known)})") from None
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


_NAMESPACES = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))
_LOCAL = re.compile(r"(?:[\w-]|%[0-9A-Fa-f]{2})(?:[\w.-]|%[0-9A-Fa-f]{2})*(?<!\.)|")


def prefixed(iri: str) -> str:
    """The IRI as a prefixed name under the project's prefixes, where it
    makes one; else itself.

    >>> prefixed("https://kg-news.org/id/region/天津市"), prefixed("http://example.org/x")
    ('region:天津市', 'http://example.org/x')
    """
    for p, ns in _NAMESPACES:
        if iri.startswith(ns) and _LOCAL.fullmatch(iri[len(ns):]):
            return f"{p}:{iri[len(ns):]}"
    return iri


def columns(query: str) -> list[str] | None:
    """For ``SELECT *``, the variables in the order the query first names
    them (Oxigraph gives them sorted); None for any other query."""
    if not re.search(r"(?is)\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?\*", query):
        return None
    return list(dict.fromkeys(re.findall(r"[?$]([\w]+)", re.sub(r"<[^<>\s]*>|#[^\n]*", " ", query))))


def _solutions(result, order: list[str] | None) -> tuple[list[str], list[list]]:
    """A SELECT's variables (in ``order`` when given) and its rows of terms."""
    names = [v.value for v in result.variables]
    if order:
        names.sort(key=lambda n: order.index(n) if n in order else len(order))
    return names, [[row[n] for n in names] for row in result]


def to_table(result, order: list[str] | None = None, compact: bool = False) -> Table:
    """Rows of the terms' values; IRIs as prefixed names with ``compact``."""
    if isinstance(result, ox.QueryBoolean):
        return Table(["ask"], [["true" if bool(result) else "false"]])
    names, rows = _solutions(result, order)
    value = (lambda t: prefixed(t.value) if isinstance(t, ox.NamedNode) else _term(t)) if compact else _term
    return Table(names, [[value(t) for t in row] for row in rows])


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


def render(result, fmt: str | None, query: str = "") -> str:
    """The result in ``fmt``: a table format (table, csv, tsv, json; table
    by default) for SELECT and ASK, an RDF one (ttl, nt, jsonld; ttl by
    default) for CONSTRUCT and DESCRIBE. ``query`` gives SELECT *'s column order."""
    if isinstance(result, ox.QueryTriples):
        fmt = fmt or "ttl"
        if fmt not in GRAPH_FORMATS:
            raise QueryError(f"CONSTRUCT and DESCRIBE give RDF: --format {', '.join(GRAPH_FORMATS)}, not {fmt}")
        rdf = GRAPH_FORMATS[fmt]
        return ox.serialize(result, format=rdf, prefixes=PREFIXES if rdf != ox.RdfFormat.N_TRIPLES else None).decode("utf-8")
    fmt = fmt or "table"
    if fmt not in FORMATS:
        raise QueryError(f"SELECT and ASK give solutions: --format {', '.join(FORMATS)}, not {fmt}")
    order = columns(query)
    if fmt == "json":
        data = json.loads(result.serialize(format=ox.QueryResultsFormat.JSON))
        if order and "vars" in data["head"]:
            data["head"]["vars"].sort(key=lambda n: order.index(n) if n in order else len(order))
        return json.dumps(data, ensure_ascii=False) + "\n"
    if fmt == "tsv":
        return _tsv(result, order)
    table = to_table(result, order, compact=fmt == "table")
    if fmt == "table":
        return render_table(table)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(table.variables)
    writer.writerows([[c if c is not None else "" for c in r] for r in table.rows])
    return buf.getvalue()


def _tsv(result, order: list[str] | None) -> str:
    """SPARQL 1.1 Query Results TSV: ?-named columns, each term in SPARQL
    syntax (IRIs in <>, literals quoted with their tag or type, tabs and
    newlines escaped), an unbound value empty."""
    if isinstance(result, ox.QueryBoolean):
        return result.serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8")
    names, rows = _solutions(result, order)
    lines = ["\t".join("?" + n for n in names)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return "\n".join(lines) + "\n"
