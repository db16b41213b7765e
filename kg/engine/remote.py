"""Inputs by URL: ``kg build s3://bucket/news/`` (or ``gcs://``,
``file:///abs/dir``, ``memory://…``), read through fsspec, an optional
extra (``pip install 'kg[url]'``; ``kg[s3]``, ``kg[gcs]`` add the file
system). A folder's files are listed with the suffixes and in the order
of a local folder's (``kg.extraction.ingest.find_inputs``), and get the
same document ids (``with_ids``). Local paths never come here: fsspec is
imported only when a URL is given.

A document read from a URL names its URL as its source, except one read
through ``file://``, which names its local path, as a build of that path
would: the two builds write the same bytes.
"""
from __future__ import annotations

import hashlib
import posixpath
import re
from pathlib import Path, PurePosixPath
from typing import Iterable, Iterator, NamedTuple

from kg.extraction.ingest import SUFFIXES, Failure, IngestError, Source, read_source, read_sources, shown, with_ids

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(name: object) -> bool:
    """Whether an input names a URL (``scheme://``) rather than a path."""
    return isinstance(name, str) and _SCHEME.match(name) is not None


class Remote(NamedTuple):
    """An input file found at a URL."""
    url: str  # what fsspec opens
    source: str  # what the document names: the URL, or a file:// URL's local path
    size: int

    @property
    def stem(self) -> str:  # the document id's root, as a path's stem (``with_ids``)
        return PurePosixPath(self.source).stem

    def __str__(self) -> str:  # the order of inputs: a local path's order (``find_inputs``)
        return self.source


def _reason(exc: BaseException) -> str:
    """An fsspec error as one line: a file system's errors are not all OSErrors."""
    if isinstance(exc, FileNotFoundError):
        return "no such file or folder"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return " ".join(f"{type(exc).__name__}: {exc}".split())


def _file_system(url: str):
    """The URL's file system and its path there; IngestError, its reason,
    when fsspec or the protocol's package is missing or the protocol unknown."""
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise IngestError("reading a URL needs fsspec (pip install 'kg[url]')") from None
    try:
        return url_to_fs(url)
    except ImportError as exc:  # a known protocol whose package is missing: fsspec names it
        raise IngestError(f"{url.split('://')[0]}:// needs a package that is not installed ({exc})") from None
    except ValueError as exc:
        raise IngestError(f"unknown protocol ({exc})") from None


def _source(fs, path: str) -> str:
    return path if "file" in _protocols(fs) else fs.unstrip_protocol(path)


def _protocols(fs) -> tuple[str, ...]:
    return (fs.protocol,) if isinstance(fs.protocol, str) else tuple(fs.protocol)


def find_urls(urls: Iterable[str]) -> tuple[list[Remote], list[Failure]]:
    """The files each URL names: a folder's files with a known suffix, at
    any depth, or the file itself; a URL that cannot be listed is a Failure."""
    found: dict[str, Remote] = {}
    failures: list[Failure] = []
    for url in urls:
        try:
            fs, path = _file_system(url)
            info = fs.info(path)
            if info["type"] == "directory":
                listed = fs.find(path, withdirs=False, detail=True).items()
                files = [(p, i) for p, i in listed if posixpath.splitext(p)[1].lower() in SUFFIXES]
            else:
                files = [(path, info)]
        except IngestError as exc:
            failures.append(Failure(url, str(exc)))
            continue
        except Exception as exc:  # a remote store's errors are its own (network, credentials)
            failures.append(Failure(url, _reason(exc)))
            continue
        for p, i in files:
            remote = Remote(fs.unstrip_protocol(p), _source(fs, p), i.get("size") or 0)
            found[remote.source] = remote
    return sorted(found.values(), key=str), failures


def read_url(url: str, doc_id: str, max_bytes: int) -> Source:
    """The file at ``url`` read, as ``read_source`` reads a path; IngestError if it cannot be."""
    fs, path = _file_system(url)
    try:
        size = fs.size(path)
        if size is not None and size > max_bytes:
            raise IngestError(f"file too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB; raise --max-mb to read it)")
        data = fs.cat_file(path)
    except IngestError:
        raise
    except Exception as exc:  # a remote store's errors are its own (network, credentials)
        raise IngestError(_reason(exc)) from None
    if not data:
        raise IngestError("empty file")
    return Source(doc_id, shown(_source(fs, path)), data, hashlib.sha256(data).hexdigest())


def read(name: str, doc_id: str, max_bytes: int) -> Source:
    """An input read by path or URL (``Remote.url``): what a Dask worker does with each."""
    return read_url(name, doc_id, max_bytes) if is_url(name) else read_source(Path(name), doc_id, max_bytes)


def read_inputs(files: list[Path | Remote], max_bytes: int) -> Iterator[Source | Failure]:
    """``read_sources`` of files found by path and by URL: each read, in order, with its id."""
    if not any(isinstance(f, Remote) for f in files):
        yield from read_sources(files, max_bytes)
        return
    for f, doc_id in with_ids(files):
        try:
            yield read_url(f.url, doc_id, max_bytes) if isinstance(f, Remote) else read_source(f, doc_id, max_bytes)
        except IngestError as exc:
            yield Failure(f.url if isinstance(f, Remote) else shown(f), str(exc))
