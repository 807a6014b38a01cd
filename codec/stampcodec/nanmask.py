"""Missing samples as run lengths: per channel, (gap, length) pairs of NaN runs, as varints.

A frame with no NaN carries no mask at all; a gap of a few hundred samples costs a few bytes.
"""

from __future__ import annotations

import numpy as np

from stampcodec.bitpack import read_varint, write_varint


def runs(missing: np.ndarray) -> list[tuple[int, int]]:
    """Boolean (T,) -> [(start, length)] of True runs."""
    m = np.concatenate([[False], np.asarray(missing, bool), [False]])
    edges = np.flatnonzero(m[1:] != m[:-1])
    return [(int(s), int(e - s)) for s, e in zip(edges[::2], edges[1::2])]


def encode(missing: np.ndarray) -> bytes:
    """(T, C) boolean -> bytes: per channel varint(run count), then varint(gap), varint(length)."""
    out = bytearray()
    for c in range(missing.shape[1]):
        rs = runs(missing[:, c])
        out += write_varint(len(rs))
        prev = 0
        for start, length in rs:
            out += write_varint(start - prev) + write_varint(length)
            prev = start + length
    return bytes(out)


def decode(buf: bytes, length: int, channels: int) -> np.ndarray:
    """Inverse of encode; raises ValueError when the runs do not fit (length, channels)."""
    missing = np.zeros((length, channels), dtype=bool)
    pos = 0
    for c in range(channels):
        count, pos = read_varint(buf, pos)
        if count > length:
            raise ValueError(f"channel {c}: {count} runs in a frame of {length} samples")
        at = 0
        for _ in range(count):
            gap, pos = read_varint(buf, pos)
            n, pos = read_varint(buf, pos)
            at += gap
            if n == 0 or at + n > length:
                raise ValueError(f"channel {c}: run [{at}, {at + n}) outside the frame of {length} samples")
            missing[at:at + n, c] = True
            at += n
    if pos != len(buf):
        raise ValueError(f"{len(buf) - pos} stray bytes after the runs")
    return missing
