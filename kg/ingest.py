"""Stage 1: find input files, decode them, make Documents.

Decoding tries, in order: a byte-order mark (UTF-8, UTF-16), strict UTF-8,
strict GB18030 (a superset of GBK and GB2312). A file that is none of these,
or that looks binary, is reported with its path and reason and skipped.
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Union

from .model import Document

SUFFIXES = (".txt", ".html", ".htm")


class IngestError(Exception):
    """A file that cannot be read as text; the message names the reason."""


@dataclass(frozen=True)
class Failure:
    path: str
    reason: str


def find_inputs(paths: Iterable[Union[str, Path]]) -> tuple[list[Path], list[Failure]]:
    """Expand files and folders into a sorted list of input files."""
    found: set[Path] = set()
    failures: list[Failure] = []
    for p in map(Path, paths):
        if p.is_symlink() and not p.exists():
            failures.append(Failure(str(p), "broken symbolic link"))
        elif p.is_dir():
            for root, _dirs, files in os.walk(p, followlinks=False):
                for name in files:
                    f = Path(root) / name
                    if f.suffix.lower() not in SUFFIXES:
                        continue
                    if f.is_symlink() and not f.exists():
                        failures.append(Failure(str(f), "broken symbolic link"))
                    else:
                        found.add(f)
        elif p.exists():
            found.add(p)
        else:
            failures.append(Failure(str(p), "no such file or folder"))
    return sorted(found, key=str), failures


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding) or raise IngestError."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16"), "utf-16"
    if b"\x00" in data[:65536]:
        raise IngestError("binary content (NUL bytes) and no UTF-16 byte-order mark")
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise IngestError("not valid UTF-8, UTF-16 or GB18030 text")


def _strict(data: bytes, enc: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        raise IngestError(f"invalid {enc} at byte {exc.start}") from None


_DATE_LINE = re.compile(r"^[\s（(]*(\d{4})年(\d{1,2})月(\d{1,2})日[\s）)]*$", re.M)
_YEAR = re.compile(r"(?<![\d到至—-])((?:19|20)\d{2})年(?!\d)")
_FUTURE_YEAR = re.compile(r"(?:到|至|—|-|~|力争|预计|2\d{3}—)((?:19|20)\d{2})年")


def publication_date(text: str) -> str | None:
    """The date a document states on a line of its own, else its usual year.

    A dated line ("（2021年7月20日）", a signature date) wins. Otherwise the
    most frequent year named outside target phrases (到2025年) stands in, as
    "YYYY" only, since news pages rarely print their date in the body.
    """
    m = _DATE_LINE.search(text)
    if m:
        y, mo, d = m.groups()
        return f"{y}-{int(mo):02d}-{int(d):02d}"
    future = {m.start(1) for m in _FUTURE_YEAR.finditer(text)}
    counts: dict[str, int] = {}
    for m in _YEAR.finditer(text):
        if m.start(1) not in future:
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    if not counts:
        return None
    return max(sorted(counts), key=lambda y: counts[y])


def read_document(path: Path, doc_id: str | None = None) -> Document:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(exc.strerror or str(exc)) from None
    if not data.strip():
        raise IngestError("empty file")
    text, enc = decode(data)
    if not text.strip():
        raise IngestError("no text (whitespace only)")
    # Lone surrogates cannot be written back out as UTF-8: replace them so
    # every later stage and every output stays valid.
    text = text.encode("utf-8", "replace").decode("utf-8") if _has_surrogate(text) else text
    return Document(
        id=doc_id or path.stem,
        text=text,
        source=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=enc,
        published=publication_date(text),
        title=_title(text),
    )


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
        return False
    except UnicodeEncodeError:
        return True


def _title(text: str) -> str:
    for line in text.splitlines():
        line = line.strip().strip("#* ").strip()
        if line:
            return re.sub(r"^原标题[:：]", "", line)[:200]
    return ""


def read_all(paths: Iterable[Union[str, Path]]) -> Iterator[Union[Document, Failure]]:
    """Documents for every readable input, Failures for the rest, in path order.

    Two files with one stem get ids ``stem`` and ``stem~2`` so none is lost.
    """
    files, failures = find_inputs(paths)
    yield from failures
    seen: dict[str, int] = {}
    for f in files:
        stem = f.stem
        seen[stem] = seen.get(stem, 0) + 1
        doc_id = stem if seen[stem] == 1 else f"{stem}~{seen[stem]}"
        try:
            yield read_document(f, doc_id)
        except IngestError as exc:
            yield Failure(str(f), str(exc))
