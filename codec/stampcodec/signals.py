"""Interrupts always stop work. SIGINT, SIGTERM and SIGHUP raise Interrupted (a
KeyboardInterrupt) in the main thread, so every `with` block unwinds: temporary outputs are
removed and the command exits with 128 + the signal number (130 for Ctrl-C, 143 for SIGTERM).

Library code can swallow a KeyboardInterrupt (numpy's per-element string functions did), so the
signal is also remembered: `checkpoint()`, called between frames, raises it again, and the CLI
never reports success after one arrived.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from typing import Iterator

HANDLED = tuple(s for s in (getattr(signal, n, None) for n in ("SIGINT", "SIGTERM", "SIGHUP")) if s is not None)


class Interrupted(KeyboardInterrupt):
    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum

    @property
    def exit_status(self) -> int:
        return 128 + self.signum


_pending: int | None = None


def _raise(signum: int, _frame: object) -> None:
    global _pending
    _pending = signum
    raise Interrupted(signum)


def pending() -> Interrupted | None:
    """The interrupt that arrived, if any (even if something swallowed its exception)."""
    return Interrupted(_pending) if _pending is not None else None


def checkpoint() -> None:
    """Raise the interrupt again if one arrived and was swallowed."""
    if _pending is not None:
        raise Interrupted(_pending)


@contextlib.contextmanager
def handled() -> Iterator[None]:
    """Install the handlers for the block (main thread only; elsewhere a no-op)."""
    global _pending
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _pending = None
    old = {s: signal.signal(s, _raise) for s in HANDLED}
    try:
        yield
    finally:
        for s, h in old.items():
            signal.signal(s, h)
