"""Work spread over the cores this process may use, results in order.

The C encoder does its work without the GIL, so a long recording's frames can go to a pool of
threads and come back in order (stampcodec.codec encodes frames this way when it encodes with the
C encoder). The numpy encoder does not gain from it: its small BLAS products and ufuncs hand the
GIL back and forth (two frames at once were no faster).
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from stampcodec.errors import ConfigError

T = TypeVar("T")
R = TypeVar("R")


THREADS_ENV = "STAMPCODEC_THREADS"  # a limit for every encoder of the process (bulk workers set 1)


def available_cores() -> int:
    """Threads to use: $STAMPCODEC_THREADS when set (a positive integer), else the cores this
    process may run on (its affinity mask where the OS has one)."""
    limit = os.environ.get(THREADS_ENV, "").strip()
    if limit:
        if not limit.isdigit() or int(limit) < 1:
            raise ConfigError(f"{THREADS_ENV} must be a positive integer, got {limit!r}")
        return int(limit)
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


_pools: dict[int, ThreadPoolExecutor] = {}
_pools_lock = threading.Lock()


def _pool(threads: int) -> ThreadPoolExecutor:
    """One pool per size, kept for the process: its threads keep their per-thread encoder states
    (about 1 MB each for the C encoder's double path), which a fresh pool per file would make
    again."""
    with _pools_lock:
        pool = _pools.get(threads)
        if pool is None:
            pool = _pools[threads] = ThreadPoolExecutor(threads, thread_name_prefix="stampcodec")
        return pool


def ordered_map(fn: Callable[[T], R], items: Iterable[T], threads: int) -> Iterator[R]:
    """fn over items on `threads` threads, results in the items' order (threads <= 1: here, one
    after another). At most 2 x threads items are taken ahead of the one being yielded, so memory
    stays bounded on long inputs; items are drawn from `items` in the calling thread. An exception
    in fn is raised at its item's turn; the items not yet started are then dropped, and those
    running are waited for."""
    if threads <= 1:
        yield from map(fn, items)
        return
    pool, pending = _pool(threads), deque[Future[R]]()
    try:
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) >= 2 * threads:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for f in pending:
            f.cancel()
        for f in pending:  # nothing of this call may still run when it returns
            if not f.cancelled():
                f.exception()
