"""Stable, safe IRIs derived from a type and a canonical name.

The name is kept readable (Chinese characters are valid IRI characters) and
everything that is not an IRI-safe character is percent-encoded, so any
name, with spaces, quotes, ``<>{}|^\\`` or newlines, gives a valid IRI that
Turtle and N-Triples accept unescaped.

>>> entity_iri("Region", "天津市")
'https://kg-news.org/id/region/天津市'
>>> entity_iri("Policy", 'a "b" <c>')
'https://kg-news.org/id/policy/a%20%22b%22%20%3Cc%3E'
"""
from __future__ import annotations

import functools
import hashlib
import unicodedata

BASE = "https://kg-news.org/id/"
_UNRESERVED = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")


def slug(name: str) -> str:
    name = unicodedata.normalize("NFC", name)
    out = []
    for ch in name:
        if ch in _UNRESERVED or (ord(ch) >= 0xA0 and unicodedata.category(ch)[0] in "LNM"
                                 and not 0xD800 <= ord(ch) <= 0xDFFF):
            out.append(ch)
        else:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass")))
    return "".join(out) or "_"


@functools.lru_cache(maxsize=1 << 16)  # every mention of an entity asks again
def entity_iri(type_: str, name: str) -> str:
    return f"{BASE}{type_.lower()}/{slug(name)}"


def node_iri(kind: str, *parts: object) -> str:
    """IRI of a provenance or statement node, from a hash of what defines it."""
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{BASE}{kind}/{digest}"


@functools.lru_cache(maxsize=1 << 16)
def document_iri(doc_id: str) -> str:
    return f"{BASE}doc/{slug(doc_id)}"
