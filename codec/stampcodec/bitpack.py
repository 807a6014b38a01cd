"""Fixed-width bit packing of token indices, most significant bit first, and LEB128 varints."""

from __future__ import annotations

import numpy as np


def packed_size(count: int, bits: int) -> int:
    return (count * bits + 7) // 8


def pack(values: np.ndarray, bits: int) -> bytes:
    """Unsigned integers < 2**bits -> ceil(n*bits/8) bytes, MSB first, zero-padded at the end."""
    v = np.asarray(values, dtype=np.uint32).ravel()
    if bits == 8:
        return v.astype(np.uint8).tobytes()
    shifts = np.arange(bits - 1, -1, -1, dtype=np.uint32)
    bitmat = ((v[:, None] >> shifts) & 1).astype(np.uint8)
    return np.packbits(bitmat.ravel()).tobytes()


def unpack(data: bytes, count: int, bits: int) -> np.ndarray:
    """Inverse of pack: the first `count` values (int64)."""
    raw = np.frombuffer(data, dtype=np.uint8)
    if bits == 8:
        return raw[:count].astype(np.int64)
    bitmat = np.unpackbits(raw)[:count * bits].reshape(count, bits).astype(np.int64)
    return bitmat @ (np.int64(1) << np.arange(bits - 1, -1, -1, dtype=np.int64))


def write_varint(n: int) -> bytes:
    if n < 0:
        raise ValueError("varints are unsigned")
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def read_varint(buf: bytes, pos: int) -> tuple[int, int]:
    """-> (value, position after it). Raises ValueError on a truncated or over-long varint."""
    n = shift = 0
    while True:
        if pos >= len(buf):
            raise ValueError("truncated varint")
        b = buf[pos]
        pos += 1
        n |= (b & 0x7F) << shift
        if not b & 0x80:
            return n, pos
        shift += 7
        if shift > 63:
            raise ValueError("varint longer than 64 bits")
