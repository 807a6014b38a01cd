"""Write files so that an error, a signal or a crash never leaves a half-written output behind.

A regular file is written under no name at all where the system allows it (Linux O_TMPFILE),
given a temporary name only for the instant before it is renamed over the target, and the
folder is synced after the rename. Elsewhere the temporary file is named after the target and
the process, and the next write of the same target removes one left by a process that died.
Character devices (/dev/null, a terminal) and FIFOs cannot be replaced: they are written
directly, as a stream, and so is standard output ("-").
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from stampcodec.errors import StampError

_TMP = ".{name}.stampcodec-{pid}-{tag}.tmp"
_TMP_RE = r"\.{name}\.stampcodec-(\d+)-[0-9a-f]+\.tmp"


def is_stream(path: str | os.PathLike[str]) -> bool:
    """"-", or a path that is a character device, FIFO or socket: written in place as an output,
    read only once as an input (a missing path is not a stream; opening it names the problem)."""
    if str(path) == "-":
        return True
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


def check_output_path(path: str | os.PathLike[str], force: bool = False,
                      inputs: Iterable[str | os.PathLike[str]] = ()) -> Path:
    """Fail early, before any work, on an output path that cannot or must not be written:
    a missing folder, a folder, an existing file without force, or one of the inputs."""
    p = Path(path)
    if str(path) == "-":
        return p
    if p.is_dir():
        raise StampError(f"{p}: output path is a directory (give a file name)")
    if not p.parent.exists():
        raise StampError(f"{p}: output directory {str(p.parent)!r} does not exist")
    for src in inputs:
        if str(src) != "-" and _same_file(p, Path(src)):
            raise StampError(f"{p}: output is the input file {str(src)!r} (writing it would destroy the input)")
    if is_stream(p):
        return p
    if p.exists() and not force:
        raise StampError(f"{p}: output file exists (use --force to overwrite)")
    return p


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write to a temporary file in the same directory, fsync, then rename over the target."""
    with atomic_output(path) as f:
        f.write(data)


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary file that appears at `path` only if the block completes. Standard output ("-"),
    character devices and FIFOs are written directly (a stream cannot be taken back)."""
    if str(path) == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    p = Path(path)
    if is_stream(p):
        with open(p, "wb") as f:
            yield f
        return
    remove_stale_temporaries(p)
    fd, tmp = _open_unnamed(p)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
            if tmp is None:  # give the unnamed file a name only now, for the rename
                tmp = p.parent / _TMP.format(name=p.name, pid=os.getpid(), tag=secrets.token_hex(4))
                _link_unnamed(f.fileno(), tmp)
        os.replace(tmp, p)
        _sync_folder(p.parent)
    except BaseException:
        if tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        raise


def _link_unnamed(fd: int, name: Path) -> None:
    """linkat(fd, AT_SYMLINK_FOLLOW) through /proc, which needs no privilege (open(2), O_TMPFILE)."""
    procfd = os.open("/proc/self/fd", os.O_RDONLY)
    try:
        os.link(str(fd), name, src_dir_fd=procfd, follow_symlinks=True)
    finally:
        os.close(procfd)


def _open_unnamed(target: Path) -> tuple[int, Path | None]:
    """(fd, None) for an O_TMPFILE file beside target, or (fd, name) for a named temporary file."""
    folder = target.parent
    umask = os.umask(0)
    os.umask(umask)
    if hasattr(os, "O_TMPFILE") and Path("/proc/self/fd").is_dir():
        try:
            return os.open(folder, os.O_TMPFILE | os.O_WRONLY, 0o666 & ~umask), None
        except OSError:
            pass  # a file system without O_TMPFILE: fall back to a name
    name = folder / _TMP.format(name=target.name, pid=os.getpid(), tag=secrets.token_hex(4))
    fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666 & ~umask)
    return fd, name


def remove_stale_temporaries(target: Path) -> None:
    """Delete temporary files for `target` left by processes that no longer run (SIGKILL, power loss)."""
    pattern = re.compile(_TMP_RE.format(name=re.escape(target.name)))
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return
    for e in entries:
        m = pattern.fullmatch(e.name)
        if m and not _alive(int(m.group(1))):
            with contextlib.suppress(OSError):
                os.unlink(e.path)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (a crash after it would otherwise lose the new name)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the data itself was synced
    finally:
        os.close(fd)
