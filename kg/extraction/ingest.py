"""Stage 1: find input files, decode them, make Documents.

Decoding tries, in order: a byte-order mark (UTF-8, UTF-16), strict UTF-8,
strict GB18030 (a superset of GBK and GB2312), or Big5 when GB18030 reads
it as rare and private-use characters. A file that is none of these,
or that looks binary, is reported with its path and reason and skipped.
"""
from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Union

from kg.doc.model import Document
from kg.doc.settings import DEFAULT
from kg.extraction.page import DATE_YMD, PAGE_DATE_LINE, PAGE_MONTH_LINE, is_page, read_page

SUFFIXES = (".txt", ".html", ".htm")


MAX_BYTES = int(DEFAULT.limits.max_mb * 1024 * 1024)  # larger inputs are reported, not read (see --max-mb)
_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF", b"BM")


_KINDS = {stat.S_IFIFO: "a named pipe", stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a character device",
          stat.S_IFBLK: "a block device"}


class IngestError(Exception):
    """A file that cannot be read as text; the message names the reason."""


@dataclass(frozen=True)
class Failure:
    path: str
    reason: str


def _link_problem(p: Path) -> str | None:
    """Why a symbolic link cannot be followed, if it cannot."""
    if not p.is_symlink():
        return None
    try:
        os.stat(p)
    except OSError as exc:
        return "symbolic link loop" if exc.errno == errno.ELOOP else "broken symbolic link"
    return None


def shown(path: Union[str, Path]) -> str:
    """A path as outputs and messages give it: a name that is not UTF-8
    (names are bytes on Linux) keeps its other characters and shows each
    undecodable byte as ``\\xNN``.

    >>> shown(os.fsdecode(b"a\\x80.txt"))
    'a\\\\x80.txt'
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def find_inputs(paths: Iterable[Union[str, Path]]) -> tuple[list[Path], list[Failure]]:
    """Expand files and folders into a sorted list of input files.

    Linked folders are followed, each once; a link to a folder it is in
    (a loop) is named and skipped."""
    found: set[Path] = set()
    failures: list[Failure] = []
    for p in map(Path, paths):
        problem = _link_problem(p)
        if problem:
            failures.append(Failure(shown(p), problem))
        elif p.is_dir():
            _walk(p, found, failures)
        elif p.exists():
            found.add(p)
        else:
            failures.append(Failure(shown(p), "no such file or folder"))
    return sorted(found, key=str), failures


def _walk(top: Path, found: set[Path], failures: list[Failure]) -> None:
    read = {_identity(top)}
    within = {str(top): read.copy()}  # each folder walked -> the identities of it and the folders it is in
    for root, dirs, files in os.walk(top, followlinks=True, onerror=lambda e: failures.append(
            Failure(shown(e.filename), e.strerror or str(e)))):
        kept = []
        for name in dirs:
            folder = Path(root) / name
            identity = _identity(folder)
            if identity in within[root]:
                failures.append(Failure(shown(folder), "symbolic link loop (a link to a folder it is in)"))
            elif identity not in read:  # a second link to a folder read once adds nothing
                read.add(identity)
                within[str(folder)] = within[root] | {identity}
                kept.append(name)
        dirs[:] = kept
        for name in files:
            f = Path(root) / name
            if f.suffix.lower() not in SUFFIXES:
                continue
            problem = _link_problem(f)
            if problem:
                failures.append(Failure(shown(f), problem))
            else:
                found.add(f)


def _identity(folder: Path) -> tuple[int, int]:
    st = os.stat(folder)
    return st.st_dev, st.st_ino


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Return (text, encoding, warnings) or raise IngestError.

    A few bad bytes in an otherwise UTF-8 file (a truncated character, an
    encoded lone surrogate) become U+FFFD with a warning rather than sinking
    the file; stray NUL characters become U+FFFD too, so every offset still
    counts the characters read and no output carries a NUL.
    """
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        text, enc = _strict(data[3:], "utf-8"), "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, enc = _strict(data, "utf-16"), "utf-16"
    else:
        head = data[:65536]
        if head.startswith(_BINARY_MAGIC) or head.count(b"\x00") > max(8, len(head) // 100):
            raise IngestError("binary content (an image, archive or executable, or many NUL bytes)")
        text, enc = _guess(data, warnings)
    if "\x00" in text:
        warnings.append(f"{text.count(chr(0))} NUL characters replaced by U+FFFD")
        text = text.replace("\x00", "\ufffd")
    return text, enc, warnings


def _guess(data: bytes, warnings: list[str]) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    lenient = data.decode("utf-8", "replace")
    bad = lenient.count("\ufffd") - data.decode("utf-8", "ignore").count("\ufffd")
    good = sum(1 for ch in lenient if ord(ch) >= 0x80) - lenient.count("\ufffd")
    if good >= 20 * bad:  # mostly UTF-8 with a few broken sequences (GBK text has almost none)
        warnings.append(f"{bad} invalid UTF-8 sequence(s) replaced by U+FFFD (first at byte {first_bad})")
        return lenient, "utf-8"
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    # Big5 bytes are mostly valid GB18030 too, read as kana, Greek and
    # private-use characters among the Han: the decoding with fewer odd
    # characters is the text.
    odd = _odd(text) if text is not None else None
    if odd is None or odd * 10 > _non_ascii(text):
        try:
            big5 = data.decode("big5hkscs")
        except UnicodeDecodeError:
            big5 = None
        if big5 is not None and (odd is None or _odd(big5) * 2 < odd):
            return big5, "big5"
    if text is None:
        raise IngestError(f"not valid UTF-8 (byte {first_bad}), UTF-16, GB18030 or Big5 text") from None
    if odd * 3 > _non_ascii(text):
        warnings.append(f"read as GB18030, but {odd} of its {_non_ascii(text)} non-ASCII characters are rare or "
                        "private-use: the encoding may be another")
    return text, "gb18030"


_USUAL = re.compile(r"[\x00-\x7f\u4e00-\u9fff\u3400-\u4dbf\u3000-\u303f\uff00-\uffef\u2000-\u206f]")


def _odd(text: str) -> int:
    """Characters that Chinese text seldom holds: neither ASCII, Han, nor CJK or general punctuation."""
    return len(text) - len(_USUAL.findall(text))


def _non_ascii(text: str) -> int:
    return sum(1 for ch in text if ord(ch) >= 0x80)


def _strict(data: bytes, enc: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        raise IngestError(f"invalid {enc} at byte {exc.start}") from None


# A date in 年月日 alone on its line, as under a speech's title: （2021年7月20日）
_DATE_ALONE = re.compile(rf"^[\s（(]*{DATE_YMD}[\s）)]*$", re.M)
# A report opens with its date (2022年9月8日，…; 新华社北京2021年3月5日电) and a
# notice or regulation signs off with it (…办公厅\n2023年6月20日, 2023年6月20日印发).
_OPENING_DATE = re.compile(rf"^\D{{0,16}}?{DATE_YMD}(?:电|[，,\s])")
_SIGN_OFF_DATE = re.compile(rf"{DATE_YMD}(?:印发|发布)?[\s。）)]*$")
# A file named by its date: 20220709 or 2022-07-09 between non-alphanumerics
# (xwlb-20220709-13.txt), a real month and day (not a hash's or a number's digits).
_NAME_DATE = re.compile(r"(?<![0-9A-Za-z])((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?![0-9A-Za-z])")
# …and a news item saved under its programme, date and running number (xwlb-20220709-13.txt): the day
# it was aired; any other name's date may be the day a page was saved (2021-07-20_通知.txt).
_ITEM_NAME = re.compile(r"[A-Za-z]+-\d{8}-\d+\.\w+")
# Opens with a lookahead on its first character, so that ``re`` skips the
# other positions in C instead of trying the lookbehind at each.
_YEAR = re.compile(r"(?=[12])(?<![\d到至—-])((?:19|20)\d{2})年")
_FUTURE_YEAR = re.compile(r"(?:到|至|—|-|~|力争|预计|2\d{3}—)((?:19|20)\d{2})年")
# A year compared with (比2012年增长, 较2015年提升, 是2012年的4倍) is a baseline before the text's own;
# not one after 是 that no multiple follows (这是2022年首次发射)
_BASELINE_YEAR = re.compile(r"(?:比|较|是(?=\d{4}年[^，,。；;倍]{0,12}倍))((?:19|20)\d{2})年")
# A year written with no 年 before a name in a title is an edition's (2022中国信息通信业发展高层论坛,
# 2021世界人工智能大会): the year of the event reported.
_EDITION_YEAR = re.compile(r"(?<![\d到至—-])((?:19|20)\d{2})(?=[\u4e00-\u9fff])(?![年月日])")


# The day a page dated by its month alone (2022-03) is given: unknown, so the first, as a month is read as a date
# (ISO 8601's 2022-03 is 2022-03-01); what extraction reads of a date is its year and month (DocContext), not its day.
_MONTH_DAY = 1


def publication_date(text: str, file_name: str = "", date_lines: int = DEFAULT.thresholds.date_lines) -> str | None:
    """The date a document states, else the date its file is named by, else its usual year.

    A dated line of its own ("（2021年7月20日）", a signature date) wins,
    then the date a news item was saved under (xwlb-20220709-13.txt):
    surer than any date its text names, as a story that opens with the day
    it recalls (2015年6月18日，总书记在贵州…) or ends with a day to come
    (下次要到2032年8月12日。). Then a date that opens one of the first lines
    (a dateline, or a page's date line under its title: 2025-07-22 16:43:51) or ends one
    of the last (a sign-off), then the date of any other file name
    (2021-07-20_通知.txt), then a date line of the year and month alone
    (2022-03, 2020年11月: the month's first day). Otherwise the one year the title
    names (a report's: 2022年1－5月电子信息制造业运行情况), else the most
    frequent year named outside target phrases (到2025年) and baselines
    (是2012年的4倍), stands in, as "YYYY" only.

    >>> publication_date("通知\\n各单位：\\n请遵照执行。\\n省工业和信息化厅 2023年6月20日")
    '2023-06-20'
    >>> publication_date("标题\\n2022年9月8日，论坛在成都举办。2021年产值增长。")
    '2022-09-08'
    >>> publication_date("2022年1－5月电子信息制造业运行情况\\n比2021年同期下降，2021年全年增长。")
    '2022'
    >>> publication_date("工信部：上半年电信业务收入9055亿元\\n2025-07-22 16:43:51 星期二\\n截至6月末，5G基站…")
    '2025-07-22'
    >>> publication_date("国家电网前9月完成固定资产投资超4200亿元\\n2025-10\\n今年1至9月，国家电网完成投资。")
    '2025-10-01'
    >>> publication_date("标题\\n今年是2002年以来的第十年。", "xwlb-20120702-19.txt")
    '2012-07-02'
    >>> publication_date("2022中国信息通信业发展高层论坛举行\\n从2012年到2021年，规模增长。")
    '2022'
    >>> publication_date("数字经济规模稳居世界第二\\n2021年规模达7.1万亿美元，是2012年的4倍多；收入是2012年的3.8倍。")
    '2021'
    """
    m = _DATE_ALONE.search(text) or _ITEM_NAME.fullmatch(file_name) and _NAME_DATE.search(file_name)
    if not m:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        # a page's date line stands under the title, never is it (重磅：2025.7.1起，…)
        m = next(filter(None, (_OPENING_DATE.match(line) or i > 0 and PAGE_DATE_LINE.match(line)
                               for i, line in enumerate(lines[:date_lines]))), None) \
            or next(filter(None, (_SIGN_OFF_DATE.search(line) for line in reversed(lines[-date_lines:]))), None) \
            or _NAME_DATE.search(file_name)
        # a date line of the year and month alone (2022-03, 2020年11月) dates the page by its month
        month = None if m else next(filter(None, (i > 0 and PAGE_MONTH_LINE.match(line)
                                                  for i, line in enumerate(lines[:date_lines]))), None)
        if month is not None:
            return f"{month.group(1)}-{int(month.group(2)):02d}-{_MONTH_DAY:02d}"
    if m:
        y, mo, d = m.groups()
        return f"{y}-{int(mo):02d}-{int(d):02d}"
    future = {m.start(1) for m in _FUTURE_YEAR.finditer(text)}
    title = _title(text)
    in_title = {m.group(1) for pattern in (_YEAR, _EDITION_YEAR) for m in pattern.finditer(title) if m.start(1) not in future}
    if len(in_title) == 1:
        return in_title.pop()
    counts: dict[str, int] = {}
    compared = {m.start(1) for m in _BASELINE_YEAR.finditer(text)}
    for m in _YEAR.finditer(text):
        if m.start(1) not in future and m.start(1) not in compared:
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    if not counts:
        return None
    return max(sorted(counts), key=lambda y: counts[y])


@dataclass(frozen=True)
class Source:
    """An input file read but not yet decoded: enough for the cache's key
    (``id``, ``source``, ``sha256`` as the Document will have them), so a
    document the cache holds is never decoded again, and a worker, not the
    process reading the files, decodes the others."""
    id: str
    source: str  # the file's path
    data: bytes
    sha256: str

    def document(self) -> Document:
        """The decoded Document; IngestError if the bytes are not text."""
        text, enc, warnings = decode(self.data)
        if is_page(self.source, text):  # a web page is read as the text it shows
            page = read_page(text)
            if not page.text.strip():
                raise IngestError("no text (a page with no content outside its navigation and scripts)")
            return Document(id=self.id, text=page.text, source=self.source, sha256=self.sha256, encoding=enc,
                            published=page.date or publication_date(page.text, Path(self.source).name), title=page.title,
                            warnings=tuple(warnings))
        if not text.strip():
            raise IngestError("no text (whitespace only)")
        return Document(id=self.id, text=text, source=self.source, sha256=self.sha256, encoding=enc,
                        published=publication_date(text, Path(self.source).name), title=_title(text),
                        warnings=tuple(warnings))


def read_source(path: Path, doc_id: str | None = None, max_bytes: int = MAX_BYTES) -> Source:
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):  # opening a named pipe or a device would block or never end
            raise IngestError(f"not a regular file ({_KINDS.get(stat.S_IFMT(st.st_mode), 'special file')})")
        size = st.st_size
        if size > max_bytes:
            raise IngestError(f"file too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB; raise --max-mb to read it)")
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(exc.strerror.lower() if exc.strerror else str(exc)) from None
    if not data:
        raise IngestError("empty file")
    return Source(doc_id or shown(path.stem), shown(path), data, hashlib.sha256(data).hexdigest())


def read_document(path: Path, doc_id: str | None = None, max_bytes: int = MAX_BYTES) -> Document:
    return read_source(path, doc_id, max_bytes).document()


def _title(text: str) -> str:
    for line in text.splitlines():
        line = line.strip().strip("#* ").strip()
        if line:
            return re.sub(r"^原标题[:：]", "", line)[:200]
    return ""


def with_ids(files: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    """Each file with its document id, its stem: two files with one stem get
    ids ``stem`` and ``stem~2``, so none is lost."""
    seen: dict[str, int] = {}
    for f in files:
        stem = shown(f.stem)
        seen[stem] = seen.get(stem, 0) + 1
        yield f, stem if seen[stem] == 1 else f"{stem}~{seen[stem]}"


def read_sources(paths: Iterable[Union[str, Path]], max_bytes: int = MAX_BYTES) -> Iterator[Union[Source, Failure]]:
    """Every input file's bytes, Failures for those that cannot be read, in
    path order, each with its id (``with_ids``)."""
    files, failures = find_inputs(paths)
    yield from failures
    for f, doc_id in with_ids(files):
        try:
            yield read_source(f, doc_id, max_bytes)
        except IngestError as exc:
            yield Failure(shown(f), str(exc))


def read_all(paths: Iterable[Union[str, Path]], max_bytes: int = MAX_BYTES) -> Iterator[Union[Document, Failure]]:
    """Documents for every readable input, Failures for the rest, in path order."""
    for item in read_sources(paths, max_bytes):
        yield item if isinstance(item, Failure) else as_document(item)


def as_document(source: Source) -> Union[Document, Failure]:
    try:
        return source.document()
    except IngestError as exc:
        return Failure(source.source, str(exc))
