"""RDF statements held as N-Triples text, written out as Turtle.

A document's graph has hundreds of statements, and a pyoxigraph object per
term costs more than the rest of the graph stage: 4 µs for a literal, which
pyoxigraph's argument conversion reaches after trying the other term types.
So graphs are built as tuples of N-Triples terms (``<iri>``, ``"text"@zh``,
``"3"^^<…#integer>``) and written here. The text is what Oxigraph writes
for the same statements, byte for byte (tests compare the two on the seeds
and on generated names and strings), so readers see no difference.
"""
from __future__ import annotations

import functools
import re
from typing import Iterable

Statement = tuple[str, str, str]  # subject, predicate, object: N-Triples terms

RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
XSD = "http://www.w3.org/2001/XMLSchema#"

# N-Triples string escapes, as Oxigraph writes them: the short forms, and
# \uXXXX for the other control characters and U+FFFE/U+FFFF.
_ESCAPES = {c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)} | {
    0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", ord('"'): '\\"', ord("\\"): "\\\\"}
# Most strings need none: one scan in C is cheaper than translate's per-character lookups.
_NEEDS_ESCAPE = re.compile("[" + re.escape("".join(map(chr, _ESCAPES))) + "]")


def iri(value: str) -> str:
    return f"<{value}>"


def literal(value: str, language: str = "", datatype: str = "") -> str:
    """A literal's N-Triples text; ``datatype`` is an IRI (xsd:string is left implicit)."""
    text = f'"{value.translate(_ESCAPES)}"' if _NEEDS_ESCAPE.search(value) else f'"{value}"'
    if language:
        return f"{text}@{language}"
    if datatype and datatype != XSD + "string":
        return f"{text}^^<{datatype}>"
    return text


# -- Turtle -----------------------------------------------------------------------

# Turtle's PN_CHARS_BASE, and what PN_CHARS adds for characters after the first.
_BASE = ("A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D"
         "\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF")
_FIRST = re.compile(f"[{_BASE}_:0-9]")
_LATER = re.compile(f"[{_BASE}_:0-9\\-\u00B7\u0300-\u036F\u203F-\u2040]")
_ESCAPABLE = set("_~.-!$&'()*+,;=/?#@%")  # PN_LOCAL_ESC: written with a backslash
_INLINE = {  # datatypes whose valid values Turtle writes bare
    XSD + "integer": re.compile(r"[+-]?[0-9]+"),
    XSD + "decimal": re.compile(r"[+-]?[0-9]*\.[0-9]+"),
    XSD + "double": re.compile(r"[+-]?(?:[0-9]+\.[0-9]*[eE]|\.[0-9]+[eE]|[0-9]+[eE])[+-]?[0-9]+"),
    XSD + "boolean": re.compile(r"true|false"),
}


_PLAIN_LOCAL = re.compile(f"{_FIRST.pattern}(?:(?:{_LATER.pattern}|\\.)*{_LATER.pattern})?")


def _local_name(local: str) -> str | None:
    """``local`` as a prefixed name's local part, escaped; None when Turtle
    cannot write it so (the IRI is then written whole)."""
    if _PLAIN_LOCAL.fullmatch(local):
        return local
    out = []
    last = len(local) - 1
    for i, ch in enumerate(local):
        if (_FIRST if i == 0 else _LATER).match(ch) or ch == "." and 0 < i < last:
            out.append(ch)
        elif ch in _ESCAPABLE:
            out.append("\\" + ch)
        else:
            return None
    return "".join(out)


@functools.lru_cache(maxsize=1 << 12)  # confidences, years and offsets recur
def _bare(typed: str) -> str | None:
    """A typed literal's value as Turtle writes it bare (an integer, a
    decimal, a double, a boolean), or None when it needs its datatype."""
    value, datatype = typed.rsplit("^^", 1)
    inline = _INLINE.get(datatype[1:-1])
    return value[1:-1] if inline is not None and inline.fullmatch(value, 1, len(value) - 1) else None


def _longest_of(strings: Iterable[str]) -> str:
    """A pattern matching the longest of ``strings`` at the position tried,
    as a tree of their common beginnings: a text is read once, where an
    alternation of the strings reads what they share
    (``https://kg-news.org/id/``) again for each, only to fail on the
    statement and sentence IRIs, which take no prefix."""
    tree: dict = {}
    for s in strings:
        node = tree
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}  # a string ends here

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(rest) for ch, rest in node.items() if ch]
        if "" in node:
            branches.append("")  # a string ends here: tried after every longer one
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return pattern(tree)


class Turtle:
    """Turtle text for statements under fixed prefixes, laid out as
    Oxigraph lays it out: consecutive statements about one subject share it
    (``;``), and about one subject and predicate share both (``,``)."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        self.header = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in prefixes.items())
        self._namespace = re.compile(_longest_of(prefixes.values()))  # an IRI takes the most specific prefix
        self._prefix = {ns: p for p, ns in prefixes.items()}
        self._prefixed: dict[str, str] = {}  # IRI terms written as prefixed names: entities, vocabulary
        self._predicates: dict[str, str] = {}  # predicate terms as written: a few dozen, each asked for thousands of times

    def _iri(self, term: str) -> str:
        """An IRI term as a prefixed name, when Turtle can write it so.
        Only those are remembered: the others are mostly statement and
        sentence nodes, each seen once or twice."""
        short = self._prefixed.get(term)
        return short if short is not None else self._shorten(term)

    def _shorten(self, term: str) -> str:
        """``_iri`` of a term not yet remembered."""
        ns = self._namespace.match(term, 1)
        if ns is None:
            return term
        local = _local_name(term[ns.end():-1])
        if local is None:
            return term
        short = self._prefixed[term] = f"{self._prefix[ns.group()]}:{local}"
        return short

    def term(self, term: str) -> str:
        if term[-1] != ">":  # a plain or language-tagged literal
            return term
        if term[0] == "<":
            short = self._prefixed.get(term)  # most IRIs, without a call
            return short if short is not None else self._shorten(term)
        bare = _bare(term)
        if bare is not None:
            return bare
        value, datatype = term.rsplit("^^", 1)
        return f"{value}^^{self._iri(datatype)}"

    def _predicate(self, term: str) -> str:
        written = self._predicates.get(term)
        if written is None:
            written = self._predicates[term] = "a" if term == RDF_TYPE else self._iri(term)
        return written

    def statements(self, statements: Iterable[Statement]) -> str:
        """The statements, without the prefix lines."""
        out: list[str] = []
        add, term = out.append, self.term
        subject = predicate = None
        for s, p, o in statements:
            if s == subject:
                if p == predicate:
                    add(f" , {term(o)}")
                    continue
                add(f" ;\n\t{self._predicate(p)} {term(o)}")
            else:
                if subject is not None:
                    add(" .\n")
                add(f"{term(s)} {self._predicate(p)} {term(o)}")
            subject, predicate = s, p
        if subject is not None:
            add(" .\n")
        return "".join(out)
