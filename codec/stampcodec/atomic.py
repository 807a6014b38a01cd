"""Write files so that a crash or an error never leaves a half-written output behind."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO, Iterator

from stampcodec.errors import StampError


def check_output_path(path: str | os.PathLike[str], force: bool = False) -> Path:
    """Fail early, before any work, on an output path that cannot or must not be written."""
    p = Path(path)
    if str(path) == "-":
        return p
    if not p.parent.exists():
        raise StampError(f"{p}: output directory {str(p.parent)!r} does not exist")
    if p.exists() and not force:
        raise StampError(f"{p}: output file exists (use --force to overwrite)")
    if p.is_dir():
        raise StampError(f"{p}: output path is a directory")
    return p


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write to a temporary file in the same directory, fsync, then rename over the target."""
    with atomic_output(path) as f:
        f.write(data)


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary file that appears at `path` only if the block completes; "-" is standard output."""
    if str(path) == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    p = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
