"""Publishing a build's outputs: each written beside its target and renamed
into place, all of one build published at once, one build at a time
writing a folder. What an interrupted or failed build leaves is never
half written."""
from __future__ import annotations

import fcntl
import functools
import glob
import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from kg.engine.forked import Forked
from kg.exporters import exporter
from kg.exporters.view import BuildView

def _umask() -> int:
    """The process's umask, read without changing it where Linux tells it
    (another thread may be creating files); elsewhere set and put back."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            return next(int(line.split()[1], 8) for line in fh if line.startswith("Umask:"))
    except (OSError, StopIteration, ValueError):
        mask = os.umask(0o022)
        os.umask(mask)
        return mask


def _fsync(path: Path) -> None:
    if path.is_file() and not path.is_symlink():
        with open(path, "rb") as fh:
            os.fsync(fh.fileno())


class WriteError(Exception):
    """An output that cannot be written (a full disk, a file size limit, no
    memory, no permission, another build writing the folder): one line
    naming the path and the reason; ``kg build`` exits with code 3."""

    @classmethod
    def of(cls, path: Path, exc: BaseException) -> "WriteError":
        if isinstance(exc, MemoryError):
            reason = "out of memory"
        elif isinstance(exc, OSError) and exc.strerror:
            reason = exc.strerror[0].lower() + exc.strerror[1:]
        else:
            reason = f"{type(exc).__name__}: {exc}"
        return cls(f"{path}: cannot write: {reason}")


LOCK = ".build.lock"


@contextmanager
def writer(out: Path) -> Iterator[None]:
    """One build at a time writes ``out``: a second one, started while the
    first writes, stops at once instead of deleting its staged files."""
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        fh = open(out / LOCK, "a+b")
    except OSError as exc:
        raise WriteError.of(out / LOCK, exc) from None
    with fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise WriteError(f"another build is writing {out}; nothing written (run again when it ends)") from None
        yield


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


class Staging:
    """Outputs written beside their targets, then renamed into place together.

    Nothing is renamed until every file is written, so a build that fails
    or is killed before that leaves the previous outputs untouched; the
    renames that follow are one system call each. ``begin`` clears what a
    killed build left, ``write`` writes one output beside its target, ``end``
    renames them all, and ``abort`` deletes what was written. Staged files
    are named ``.NAME.PID.tmp``: those of a process still running (a
    ``kg export`` beside a build, the store's link) are left alone.
    """

    def __init__(self, out: Path, outputs: dict[str, str]) -> None:
        self.out, self.outputs = Path(out), outputs
        self.staged: dict[str, Path] = {}  # output name -> the file being written

    def begin(self) -> None:
        try:
            self.out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WriteError.of(self.out, exc) from None
        for name in self.outputs:  # what a killed process left of these outputs
            _clear(self.out, name)

    def _path(self, name: str) -> Path:
        """Where an output is written before it is published."""
        return self.out / f".{name}.{os.getpid()}.tmp"

    def write(self, build: BuildView, name: str) -> None:
        tmp = self.staged[name] = self._path(name)
        try:
            exporter(self.outputs[name])(build, tmp)
            if tmp.is_file() and not tmp.is_symlink():
                os.chmod(tmp, 0o666 & ~_umask())
            _fsync(tmp)
        except (OSError, MemoryError) as exc:
            raise WriteError.of(self.out / name, exc) from None
        except Exception as exc:
            raise RuntimeError(f"writing {name}: {type(exc).__name__}: {exc}") from exc

    def write_forked(self, build: BuildView, name: str, then: Callable[[], object]) -> Forked:
        """``write`` in a forked process, while this one goes on: its
        ``result()`` is what ``then()`` returned there once the output was
        written, or the WriteError that ``write`` raised, to raise here."""
        self.staged[name] = self._path(name)
        return Forked(functools.partial(_written, self, build, name, then))

    def end(self) -> None:
        try:
            for name in self.outputs:
                try:
                    _replace(self.staged[name], self.out / name)
                except OSError as exc:
                    raise WriteError.of(self.out / name, exc) from None
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        """Delete every staged file."""
        for tmp in self.staged.values():
            _remove(tmp)


def _written(staging: Staging, build: BuildView, name: str, then: Callable[[], object]) -> object:
    try:
        staging.write(build, name)
    except WriteError as exc:
        return exc
    return then()


BUILDS = ".builds"  # in a build's folder: one folder per build, the published one and any being written
CURRENT = ".build"  # the symbolic link to the published one


class Publication(Staging):
    """A build's outputs published as a whole: written into a folder of
    their own (``OUT/.builds/ID``), then published by one rename, of the
    symbolic link ``OUT/.build`` to that folder. Each output in OUT is a
    link through it (``graph.ttl -> .build/graph.ttl``), so every reader,
    and a build killed at any moment, finds all the outputs of one build,
    never some of the new and some of the old. Once published, the other
    builds' folders are deleted (a reader that opened a file keeps it)."""

    def begin(self) -> None:
        super().begin()
        _clear(self.out, CURRENT[1:])  # the link a killed build was about to publish
        self.folder = self.out / BUILDS / f"{time.time_ns():016x}-{os.getpid()}"
        self.published = False
        try:
            self.folder.mkdir(parents=True)
        except OSError as exc:
            raise WriteError.of(self.folder, exc) from None

    def _path(self, name: str) -> Path:
        return self.folder / name

    def end(self) -> None:
        try:
            link_atomic(self.out / CURRENT, Path(BUILDS) / self.folder.name)
        except OSError as exc:
            self.abort()
            raise WriteError.of(self.out / CURRENT, exc) from None
        self.published = True
        # Made once; `kg html` or `kg export` may have written a file in place of one.
        for name in self.outputs:
            try:
                link_atomic(self.out / name, Path(CURRENT) / name)
            except OSError as exc:
                raise WriteError.of(self.out / name, exc) from None
        for other in (self.out / BUILDS).iterdir():
            if other != self.folder:
                _remove(other)

    def abort(self) -> None:
        if not self.published:
            _remove(self.folder)


def link_atomic(path: Path, target: Path) -> None:
    """``path`` made a symbolic link to ``target`` by one rename, unless it is one."""
    if path.is_symlink() and os.readlink(path) == str(target):
        return
    tmp = path.with_name(f"{path.name if path.name.startswith('.') else '.' + path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(target)
    os.replace(tmp, path)


def _clear(out: Path, name: str) -> None:
    """``.NAME.PID.tmp`` (and ``.old``) files left in ``out`` by this process or one that is gone."""
    for stale in list(out.glob(f".{glob.escape(name)}.*.tmp")) + list(out.glob(f".{glob.escape(name)}.*.old")):
        pid = stale.name[len(name) + 2:].rpartition(".")[0]
        if pid.isdigit() and (int(pid) == os.getpid() or not _alive(int(pid))):
            _remove(stale)


def _remove(path: Path) -> None:
    """A staged file, or folder (neo4j), if it is there."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _replace(tmp: Path, final: Path) -> None:
    """Rename into place; a folder output (neo4j) swaps with the old folder."""
    if tmp.is_dir() and not tmp.is_symlink() and final.is_dir() and not final.is_symlink():
        old = final.with_name(f".{final.name}.{os.getpid()}.old")
        os.replace(final, old)
        os.replace(tmp, final)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(tmp, final)


def write_one(build: BuildView, fmt: str, path: Path) -> None:
    """One export to ``path``, written beside it and renamed into place."""
    path = Path(path)
    staging = Staging(path.parent, {path.name: fmt})
    staging.begin()
    try:
        staging.write(build, path.name)
        staging.end()
    except BaseException:
        staging.abort()
        raise


def write_atomic(path: Path, data: bytes | Callable) -> None:
    """Write ``data`` (or what ``data(file)`` writes) beside ``path`` and
    rename it into place, so a reader finds the previous file or the new
    one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            if isinstance(data, bytes):
                fh.write(data)
            else:
                data(fh)
        os.replace(tmp, path)
    except BaseException:  # a full disk: no partial file that no build would remove
        tmp.unlink(missing_ok=True)
        raise
