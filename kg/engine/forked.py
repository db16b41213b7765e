"""Work beside the build in a forked process: the SHACL check while the
outputs are written, half of the entities while the other half merge. Only
when the build has workers to spare (``--workers`` 2 or more): a
one-worker build stays one process."""
from __future__ import annotations

import ctypes
import os
import signal
from typing import Callable


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


class Forked:
    """``function()`` run in a forked process beside the build (which it
    sees as it was when forked); ``result`` waits for what it returned, or
    raises what it raised as a RuntimeError."""

    def __init__(self, function: Callable[[], object]) -> None:
        import multiprocessing  # only a build with workers to spare forks: a one-worker build need not load it
        fork = multiprocessing.get_context("fork")
        self._receive, send = fork.Pipe(duplex=False)
        self._child = fork.Process(target=_reply, args=(function, send, self._receive, os.getpid()), daemon=True)
        self._child.start()
        send.close()

    def result(self) -> object:
        try:
            failed, value = self._receive.recv()
        except EOFError:
            failed, value = True, f"its process ended with code {self._child.exitcode}"
        finally:
            self._child.join()
        if failed:
            raise RuntimeError(value)
        return value

    def kill(self) -> None:
        self._child.kill()
        self._child.join()


def _reply(function: Callable[[], object], send, receive, parent: int) -> None:
    # A build killed (SIGKILL: its daemon processes are not stopped) takes
    # this process with it, and a reply to it never blocks on a pipe no one
    # reads: this end of it is closed here.
    receive.close()
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: it ends when its work does
        pass
    if os.getppid() != parent:  # killed before it was asked to follow
        os._exit(1)
    try:
        value = function()
    except BaseException as exc:  # the parent raises it
        send.send((True, f"{type(exc).__name__}: {exc}"))
    else:
        send.send((False, value))
